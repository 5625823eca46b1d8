"""Property-based tests of the reader, the cleaner, the extractors and the rendering (Hypothesis).

Whatever the bytes or the text: nothing raises; the words of ordinary
paragraphs all survive cleaning; what is rendered reads back as the text.
"""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from pathlib import Path

import markdown as python_markdown
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier import clean, corpus, linking, markdown_article, render, sources
from dossier.model import Kind, Source
from dossier.text import words

from .conftest import ROOT

CONFIG = corpus.load_config(ROOT, ROOT / "sources" / "themes.yml", ROOT / "sources" / "glossary.yml")
ENTRIES = {e.slug: e for e in CONFIG.glossary.entries}
TITLES = linking.titles(CONFIG.glossary.entries)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def load(tmp_path: Path, data: bytes, name: str) -> Source | None:
    path = tmp_path / name
    path.write_bytes(data)
    source, problems = sources.load(path, tmp_path)
    assert (source is None) == any(p.level.value == "warning" and "skipped" in p.message for p in problems)
    return source


@SETTINGS
@given(st.binary(max_size=400), st.sampled_from(["a.txt", "a.md"]))
def test_any_bytes_are_read_or_reported(tmp_path_factory: object, data: bytes, name: str) -> None:
    folder = Path(str(tmp_path_factory.mktemp("bytes")))  # type: ignore[attr-defined]
    source = load(folder, data, name)
    if source is not None:
        corpus.analyse_source(source, CONFIG)


TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from(list("«»“”\"'’–—-•*#>:.!?\n ")),
    max_size=300,
)


@SETTINGS
@given(TEXT, st.booleans())
def test_any_text_is_analysed_and_rendered_as_text(text: str, markdown: bool) -> None:
    body = sources.normalise_newlines(text)
    source = Source(id="x", path=Path("x.md" if markdown else "x.txt"), rel="x", body=body, markdown=markdown)
    analysis = corpus.analyse_source(source, CONFIG)
    html = linking.resolve("".join(s.html for s in analysis.body), lambda src: src, TITLES)
    soup = BeautifulSoup(html, "html.parser")
    assert not soup.find(["script", "iframe", "style", "object", "embed", "form", "input"])
    assert all(not any(a.startswith("on") for a in tag.attrs) for tag in soup.find_all(True))
    allowed = {"p", "div", "ul", "ol", "li", "strong", "span", "a", "figure", "blockquote", "figcaption"}
    if markdown:  # the formatting Markdown gives (dossier.markdown_article)
        allowed |= {
            "em",
            "code",
            "pre",
            "br",
            "sup",
            "sub",
            "del",
            "hr",
            "img",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
        }
    assert {tag.name for tag in soup.find_all(True)} <= allowed
    for tag in soup.find_all(["a", "img"]):
        target = tag.get("href") or tag.get("src") or ""
        assert markdown_article.safe_href(target) is not None or not target, target


# Ordinary French prose, none of it site furniture (no "newsletter", "partager", "cookies"…).
VOCABULARY = (
    "le la les un une des de du et à en pour avec sur dans par que qui Meta modèle modèles ouvert fermé "
    "stratégie l’entreprise d’IA chercheurs développeurs laboratoire chinois européens investissement "
    "milliards 14,3 2025 a-t-il grands petites entreprises marché concurrence sécurité données calcul "
    "Zuckerberg OpenAI Llama Behemoth Chine États-Unis licence poids très plus déjà été œuvre coûte"
).split()
SENTENCE = st.lists(st.sampled_from(VOCABULARY), min_size=4, max_size=18).map(
    lambda ws: " ".join(ws)[:1].upper() + " ".join(ws)[1:] + "."
)
PARAGRAPH = st.lists(SENTENCE, min_size=2, max_size=5).map(" ".join)


@SETTINGS
@given(st.lists(PARAGRAPH, min_size=1, max_size=6))
def test_no_word_of_an_ordinary_paragraph_is_lost(paragraphs: list[str]) -> None:
    body = "Un titre d'article sur Meta\n\n" + "\n\n".join(paragraphs)
    article = clean.clean(Source(id="x", path=Path("x.txt"), rel="x", body=body))
    kept = Counter(words(" ".join(b.plain for b in article.blocks)))
    wanted = Counter(w for p in paragraphs for w in words(p))
    assert not wanted - kept, wanted - kept
    assert article.title == "Un titre d'article sur Meta"


@SETTINGS
@given(st.lists(PARAGRAPH, min_size=1, max_size=4), st.lists(SENTENCE, min_size=1, max_size=4))
def test_rendering_reads_back_as_the_text(paragraphs: list[str], items: list[str]) -> None:
    lines = "\n".join(f"• {item}" for item in items)
    quote = "« Nous garderons nos modèles ouverts, quoi qu'il arrive », affirme Mark Zuckerberg."
    body = "Un titre\n\n" + "\n\n".join(paragraphs) + f"\n\nLes points clés :\n{lines}\n\n{quote}"
    source = Source(id="x", path=Path("x.txt"), rel="x", body=body)
    article = clean.clean(source)
    blocks = {b.anchor: b for b in article.blocks}
    analysis = corpus.analyse_source(source, CONFIG)
    html = linking.resolve("".join(s.html for s in analysis.body), lambda src: src, TITLES)
    soup = BeautifulSoup(html, "html.parser")
    for anchor, block in blocks.items():
        if block.kind is Kind.HEADING:
            continue
        element = soup.find(id=anchor)
        assert element is not None, anchor
        shown = "".join(element.get_text().split())
        if block.kind is Kind.QUOTE:
            assert all("".join(part.split()) in shown for part in block.segments())
        else:
            assert shown == "".join(block.plain.split()), (shown, block.plain)
    assert soup.find(class_="dossier-quote-inline") is not None
    assert render.render_body(article)  # without glossary: the same blocks, no links


SEGMENT = st.sampled_from(["a", "b", "articles", "themes", "x.md", "2", "index.md", ".", "..", ""])


@SETTINGS
@given(st.lists(SEGMENT, max_size=5), st.lists(SEGMENT, max_size=5))
def test_relative_paths_are_posixpaths_own(target: list[str], folder: list[str]) -> None:
    """render.relpath, which listings call for every link, is posixpath.relpath for any pair of paths."""
    to, base = "/".join(target) or "x.md", "/".join(folder)
    if to.startswith("/") or base.startswith("/"):  # never a docs path; relpath would mix absolute and relative
        return
    assert render.relpath(to, base) == posixpath.relpath(to, base or ".")


# Markdown: the same prose, with the formatting authors use.
INLINE = st.sampled_from(VOCABULARY).flatmap(
    lambda w: st.sampled_from(
        [w, f"**{w}**", f"*{w}*", f"`{w}`", f"[{w}](https://exemple.fr/{len(w)})", f"[{w}](javascript:x)", f"_{w}_"]
    )
)
MD_SENTENCE = st.lists(INLINE, min_size=4, max_size=14).map(lambda ws: " ".join(ws) + ".")
MD_PARAGRAPH = st.lists(MD_SENTENCE, min_size=1, max_size=3).map(" ".join)
MD_BLOCK = st.one_of(
    MD_PARAGRAPH,
    MD_PARAGRAPH.map(lambda p: "## " + p[:60].rstrip(".*_`[ ")),
    st.lists(MD_SENTENCE, min_size=1, max_size=4).map(lambda items: "\n".join(f"- {i}" for i in items)),
    st.lists(MD_SENTENCE, min_size=1, max_size=3).map(
        lambda items: "\n".join(f"{n}. {i}" for n, i in enumerate(items, 1))
    ),
    MD_PARAGRAPH.map(lambda p: "> " + p),
    st.lists(st.sampled_from(VOCABULARY), min_size=2, max_size=4).map(
        lambda ws: "| " + " | ".join(ws) + " |\n|" + "---|" * len(ws) + "\n| " + " | ".join(reversed(ws)) + " |"
    ),
    st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=6).map(lambda ws: "```\n" + " ".join(ws) + "\n```"),
)


def shown_words(markdown_text: str) -> Counter[str]:
    """The words a reader sees when Python-Markdown itself renders the text (an independent reading)."""
    rendered = python_markdown.markdown(markdown_text, extensions=["tables", "fenced_code", "sane_lists"])
    return tokens(BeautifulSoup(rendered, "html.parser").get_text(" "))


def tokens(text: str) -> Counter[str]:
    """Letters and digits, punctuation aside: tags split "le." from its full stop in one reading, not the other."""
    return Counter(re.findall(r"[^\W_]+", text))


@SETTINGS
@given(st.lists(MD_BLOCK, min_size=1, max_size=8))
def test_markdown_rendering_never_raises_and_loses_no_word_it_shows(blocks: list[str]) -> None:
    body = "# Un titre d'article sur Meta\n\n" + "\n\n".join(blocks) + "\n"
    source = Source(id="x", path=Path("x.md"), rel="sources/articles/x.md", body=body, markdown=True)
    article = clean.clean(source)
    analysis = corpus.analyse_source(
        Source(id="x", path=Path("x.md"), rel="sources/articles/x.md", body=body, markdown=True), CONFIG
    )
    html = linking.resolve("".join(s.html for s in analysis.body), lambda src: src, TITLES)
    page = BeautifulSoup(html, "html.parser")
    kept = tokens(" ".join([article.title, *(b.plain for b in article.blocks), *(r.text for r in article.removed)]))
    lost = shown_words(body) - kept
    assert not lost, (lost, body)
    # And the page shows each block's text (tags aside).
    shown = "".join(page.get_text().split())
    for block in article.blocks:
        if block.kind is not Kind.HEADING:
            assert "".join(block.plain.split()) in shown, (block.plain, body)
