"""Markdown articles (issue 22): the author's structure and formatting render, safely, and analysis reads the text.

Each case is one convention of Markdown (CommonMark / Python-Markdown) or of
MkDocs and Material front matter, written for this test.
"""

from __future__ import annotations

import json
import re
import struct
import zlib
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from dossier import clean, corpus, linking, markdown_article, render, sources
from dossier.fragments import BlockWriter
from dossier.model import Article, Kind, Source

from .conftest import ROOT, make_project, run_build, unbound

CONFIG = corpus.load_config(ROOT, ROOT / "sources" / "themes.yml", ROOT / "sources" / "glossary.yml")
TITLES = linking.titles(CONFIG.glossary.entries)
GOLDEN = ROOT / "tests" / "golden" / "markdown_article.md"


def example() -> str:
    """The complete Markdown article the Contribuer page shows (the page and this test share it)."""
    page = (ROOT / "docs" / "contribuer.md").read_text("utf-8")
    match = re.search(r"^````markdown\n(.*?)^````$", page, re.S | re.M)
    assert match, "docs/contribuer.md shows a complete Markdown article in a ````markdown block"
    return match.group(1)


def read(text: str, name: str = "article.md") -> tuple[Source, list[str]]:
    meta, body, line, lines = sources.front_matter(text)
    meta, problems = sources.validate_meta(meta, f"sources/articles/{name}", lines)
    source = Source(
        id=Path(name).stem,
        path=Path("sources/articles") / name,
        rel=f"sources/articles/{name}",
        body=body,
        meta=meta,
        body_line=line,
        markdown=name.endswith(".md"),
    )
    return source, [str(p) for p in problems]


def article(body: str) -> Article:
    return clean.clean(read(body)[0])


def html_of(body: str) -> BeautifulSoup:
    """The article's blocks as the page shows them (no glossary)."""
    a = article(body)
    writer = BlockWriter()
    shown = "".join(writer.block(b) if b.kind is not Kind.HEADING else f"<h2>{b.text}</h2>" for b in a.blocks)
    return BeautifulSoup(linking.resolve(shown, lambda src: src, {}), "html.parser")


def png() -> bytes:
    """A valid 1×1 PNG, made here (no binary fixture in the repository)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x33\x66\x99"))
        + chunk(b"IEND", b"")
    )


# --- the golden article of the Contribuer page -----------------------------------------------------------------


def test_the_contribuer_example_renders_as_its_golden_file() -> None:
    import os

    source, problems = read(example(), "llama-en-entreprise.md")
    assert problems == []
    analysis = corpus.analyse_source(source, CONFIG)
    themes = {t.id: t for t in CONFIG.taxonomy.themes} if hasattr(CONFIG.taxonomy, "themes") else {}
    rendered = render.render_article(analysis.article, themes, [], analysis.body).inline(TITLES)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(rendered, encoding="utf-8")
    assert rendered == GOLDEN.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    project = make_project(tmp_path_factory.mktemp("markdown"), {"llama-en-entreprise.md": example()})
    images = project / "sources" / "articles" / "images"
    images.mkdir()
    (images / "tableau-de-bord.png").write_bytes(png())
    build = run_build(project)
    assert build.returncode == 0, build.log
    return build.site, build.log


def test_the_example_builds_strict_with_every_element_formatted(built: tuple[Path, str]) -> None:
    site, _ = built
    records = json.loads((site / "data" / "articles.json").read_text("utf-8"))
    record = next(r for r in records if r["id"] == "llama-en-entreprise")
    page = BeautifulSoup((site / record["url"] / "index.html").read_text("utf-8"), "html.parser")
    body = page.select_one("article")
    assert body.select_one("h1").get_text(strip=True).startswith("Llama en entreprise")
    assert [h.get_text(strip=True).rstrip("¶") for h in body.select("h2")][:2] == [
        "L'installation",
        "Les modèles comparés",
    ]
    assert [e.get_text() for e in body.select("p strong")][:1] == ["Llama"]
    assert "à poids ouverts" in [e.get_text() for e in body.select("p em")]
    licence = body.find("a", href="https://www.llama.com/llama3/license/")
    assert licence is not None and licence.get_text() == "licence communautaire" and not licence.find("a")
    assert body.find("code", string="pip install vllm")
    assert "vllm serve" in body.select_one("pre code.language-bash").get_text()
    table = body.select_one("table")
    assert [th.get_text() for th in table.select("th")] == ["Modèle", "Paramètres", "Licence"]
    figure = body.select_one("figure.dossier-figure")
    src = figure.img["src"]
    assert (site / record["url"] / src).resolve().is_file(), src  # the project image is published
    assert figure.figcaption.get_text() == "Le tableau de bord, trois mois après le déploiement"
    quote = body.select_one("figure.dossier-quote")
    assert quote.figcaption.get_text() == "— Nadia Ferrand, directrice technique"
    assert body.select_one("ol > li > ul > li").get_text() == "la clause des 700 millions d'utilisateurs"
    note = body.select_one("div.footnote li")
    assert note["id"] == "fn:licence" and body.select_one(f'a.footnote-ref[href="#{note["id"]}"]')
    original = body.select_one("p.dossier-original a")
    assert original["href"] == "https://exemple.fr/articles/llama-entreprise"
    assert [t.get_text() for t in body.select(".dossier-keywords .md-tag")] == ["licence", "déploiement", "PME"]
    assert "Par Claire Fontaine et Hugo Marchal" in body.select_one(".dossier-byline").get_text()
    assert record["source_url"] == "https://exemple.fr/articles/llama-entreprise"
    assert record["tags"] == ["licence", "déploiement", "PME"] and record["date"] == "2025-05-12"
    meta = page.find("meta", attrs={"name": "description"})
    assert meta["content"].startswith("Comment une PME lyonnaise")
    # Terms are never linked inside a link or code; they are inside emphasis.
    for term in body.select("a.dossier-term"):
        assert not term.find_parent(["code", "pre", "table", "h1", "h2", "figcaption"])
        assert not term.find_parent("a")
    quotes = json.loads((site / "data" / "quotes.json").read_text("utf-8"))
    said = [q for q in quotes if q["article"] == "llama-en-entreprise"]
    assert {(q["text"], q["speaker"]) for q in said} >= {
        ("Nous avons divisé la facture par six", "Nadia Ferrand"),
    }, said
    themes = json.loads((site / "data" / "themes.json").read_text("utf-8"))
    for theme in themes:
        for passage in theme["passages"]:
            assert "**" not in passage["text"] and "](" not in passage["text"]  # plain text, not Markdown


# --- structure: the author's -------------------------------------------------------------------------------


def test_a_heading_is_a_line_marked_as_one_never_a_short_line() -> None:
    a = article(
        "# Le titre\n\nUne ligne courte\n\nUn paragraphe qui suit, avec une phrase.\n\n## Un intertitre\n\nSuite.\n"
    )
    assert a.title == "Le titre"
    assert [(b.kind.value, b.text) for b in a.blocks] == [
        ("paragraph", "Une ligne courte"),
        ("paragraph", "Un paragraphe qui suit, avec une phrase."),
        ("heading", "Un intertitre"),
        ("paragraph", "Suite."),
    ]


def test_without_a_title_line_no_paragraph_becomes_the_title() -> None:
    a = article("Une phrase courte\n\nLe texte de l'article, qui continue ici.\n")
    assert a.title_derived and a.blocks[0].text == "Une phrase courte"


def test_a_paragraph_with_a_link_is_never_taken_for_site_furniture() -> None:
    body = (
        "# Titre\n\nAbonnez-vous à la [lettre d'information](https://exemple.fr/lettre) du laboratoire : "
        "elle publie chaque semaine les **résultats** des modèles ouverts.\n\nSuite du texte.\n"
    )
    a = article(body)
    assert a.blocks[0].text.startswith("Abonnez-vous à la lettre d'information du laboratoire")
    assert a.removed == []


def test_a_plain_furniture_line_is_still_removed_and_reported() -> None:
    a = article("# Titre\n\nLe texte de l'article.\n\nPartager sur Facebook\n")
    assert [b.text for b in a.blocks] == ["Le texte de l'article."]
    assert [(r.line, r.rule) for r in a.removed] == [(5, "furniture")]


def test_lists_nest_by_four_spaces_and_keep_their_kind() -> None:
    a = article("# T\n\n1. un\n2. deux\n    - deux a\n    - deux b\n3. trois\n\n- puce\n")
    lists = [b for b in a.blocks if b.kind is Kind.LIST]
    assert lists[0].ordered and lists[0].items == [(0, "un"), (0, "deux"), (1, "deux a"), (1, "deux b"), (0, "trois")]
    assert not lists[1].ordered and lists[1].items == [(0, "puce")]


def test_a_french_bullet_glyph_is_a_list_item() -> None:
    a = article("# T\n\nLes points :\n\n• premier point\n• second point\n")
    assert a.blocks[-1].kind is Kind.LIST and a.blocks[-1].items == [(0, "premier point"), (0, "second point")]


def test_a_block_quotation_signed_on_its_last_line() -> None:
    a = article("# T\n\n> Premier paragraphe.\n>\n> Second paragraphe.\n>\n> — Jeanne Roux, chercheuse\n")
    quote = a.blocks[0]
    assert quote.kind is Kind.QUOTE and quote.text == "Premier paragraphe.\nSecond paragraphe."
    assert quote.attribution == "Jeanne Roux, chercheuse"


def test_lines_of_blocks_are_the_source_lines() -> None:
    body = "# T\n\nPremier.\n\n## Partie\n\n- a\n- b\n\n> Cité.\n\n| x |\n|---|\n| 1 |\n"
    a = article(body)
    assert [(b.kind.value, b.line) for b in a.blocks] == [
        ("paragraph", 3), ("heading", 5), ("list", 7), ("quote", 10), ("embed", 12),
    ]  # fmt: skip


# --- inline formatting ------------------------------------------------------------------------------------


def test_emphasis_links_and_code_render_as_formatting() -> None:
    soup = html_of("# T\n\nDu **gras**, de l'*italique*, un [lien](https://exemple.fr/) et `du code`.\n")
    p = soup.find("p")
    assert p.get_text() == "Du gras, de l'italique, un lien et du code."
    assert p.find("strong").get_text() == "gras" and p.find("em").get_text() == "italique"
    assert p.find("a")["href"] == "https://exemple.fr/" and p.find("code").get_text() == "du code"


def test_nested_formatting_stays_nested() -> None:
    soup = html_of("# T\n\nUn [lien avec **gras** dedans](https://exemple.fr/) ici.\n")
    assert soup.select_one("a > strong").get_text() == "gras"


def test_a_hard_line_break_is_a_break() -> None:
    soup = html_of("# T\n\nPremière ligne  \nseconde ligne.\n")
    assert soup.find("p").find("br") is not None


def test_backslash_escapes_show_the_character() -> None:
    soup = html_of("# T\n\nUn \\*astérisque\\* et un \\[crochet\\].\n")
    assert soup.find("p").get_text() == "Un *astérisque* et un [crochet]." and not soup.find("em")


def test_a_quotation_split_by_emphasis_gives_balanced_markup() -> None:
    body = "# T\n\n« Nous publierons *tous nos modèles* ouverts, quoi qu'il arrive », affirme Jeanne Roux.\n"
    a = article(body)
    found = corpus.analyse_source(read(body)[0], CONFIG)
    assert [(q.text, q.speaker) for q in found.quotes] == [
        ("Nous publierons tous nos modèles ouverts, quoi qu'il arrive", "Jeanne Roux")
    ]
    html = linking.resolve("".join(s.html for s in found.body), lambda src: src, TITLES)
    soup = BeautifulSoup(html, "html.parser")
    span = soup.select_one(".dossier-quote-inline")
    assert span.find("em").get_text() == "tous nos modèles"
    assert "".join(soup.get_text().split()) == "".join(a.blocks[0].text.split())


def test_no_quotation_is_read_inside_code() -> None:
    found = corpus.analyse_source(
        read("# T\n\nLe message `« Bonjour le monde », dit Jeanne Roux` s'affiche.\n")[0], CONFIG
    )
    assert found.quotes == []


def test_glossary_terms_are_linked_in_emphasis_never_in_a_link_or_code() -> None:
    term = CONFIG.glossary.entries[0]
    body = f"# T\n\nUn mot : *{term.term}*. Un lien : [{term.term}](https://exemple.fr/). Du code : `{term.term}`.\n"
    found = corpus.analyse_source(read(body)[0], CONFIG)
    soup = BeautifulSoup(linking.resolve("".join(s.html for s in found.body), lambda src: src, TITLES), "html.parser")
    links = soup.select("a.dossier-term")
    assert len(links) == 1 and links[0].find_parent("em") is not None


# --- embeds: tables, code, footnotes, figures -------------------------------------------------------------


def test_a_table_is_a_table_with_only_its_alignment() -> None:
    soup = html_of("# T\n\n| Modèle | Taille |\n|:--|--:|\n| Llama | 8 |\n")
    table = soup.select_one(".dossier-embed table")
    assert [td.get_text() for td in table.select("td")] == ["Llama", "8"]
    assert table.select("td")[1]["style"] == "text-align: right;"


def test_fenced_and_indented_code_stay_code() -> None:
    soup = html_of("# T\n\n```python\nprint('<b>')\n```\n\nTexte.\n\n    indenté <i>\n")
    blocks = soup.select("pre code")
    assert [b.get_text() for b in blocks] == ["print('<b>')\n", "indenté <i>\n"]
    assert blocks[0]["class"] == ["language-python"] and not soup.find("b") and not soup.find("i")


def test_footnotes_link_both_ways() -> None:
    soup = html_of("# T\n\nUne affirmation[^1].\n\n[^1]: Sa source.\n")
    call = soup.select_one("sup a.footnote-ref")
    note = soup.select_one(call["href"].replace(":", "\\:"))
    assert (
        note.get_text().strip().startswith("Sa source") and note.select_one("a.footnote-backref")["href"] == "#fnref:1"
    )


@pytest.mark.parametrize(
    ("src", "shown"),
    [
        ("https://exemple.fr/a.png", "https://exemple.fr/a.png"),
        ("images/a.png", "medias/sources/articles/images/a.png"),
        ("../illustrations/b.jpg", "medias/sources/illustrations/b.jpg"),
    ],
)
def test_images_from_https_or_the_project_are_figures(src: str, shown: str) -> None:
    soup = html_of(f'# T\n\n![Un schéma]({src} "Sa légende")\n')
    figure = soup.select_one("figure.dossier-figure")
    assert figure.img["src"] == shown and figure.img["alt"] == "Un schéma"
    assert figure.figcaption.get_text() == "Sa légende"


@pytest.mark.parametrize(
    "src",
    [
        "http://exemple.fr/a.png",  # not https: mixed content, and a tracker's favourite
        "data:image/png;base64,AAAA",
        "javascript:alert(1)",
        "//exemple.fr/a.png",
        "../../../etc/a.png",  # outside the project
        "images/a.svg",  # an SVG file can hold a script
        "images/.cache/a.png",  # a hidden folder
        "/etc/a.png",
    ],
)
def test_other_images_are_dropped_and_reported(src: str) -> None:
    a = article(f"# T\n\nAvant.\n\n![Un schéma]({src})\n\nAprès.\n")
    soup = html_of(f"# T\n\nAvant.\n\n![Un schéma]({src})\n\nAprès.\n")
    assert not soup.find("img")
    assert [(r.line, r.rule) for r in a.removed] == [(5, "unsafe-image")]
    assert a.media == []


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "vbscript:x",
        "data:text/html,x",
        "//evil.example",
    ],
)
def test_unsafe_link_targets_are_dropped_and_reported_the_words_stay(href: str) -> None:
    body = f"# T\n\nVoir [ce lien]({href}) ici.\n"
    soup = html_of(body)
    assert soup.find("p").get_text() == "Voir ce lien ici." and not soup.find("a")
    assert [(r.line, r.rule) for r in article(body).removed] == [(3, "unsafe-link")]


@pytest.mark.parametrize(
    "href", ["https://exemple.fr/x", "http://exemple.fr/x", "mailto:redaction@exemple.fr", "../autre.md", "#section"]
)
def test_safe_link_targets_are_kept(href: str) -> None:
    soup = html_of(f"# T\n\nVoir [ce lien]({href}) ici.\n")
    assert soup.find("a")["href"] == href


def test_an_unsafe_link_in_a_table_loses_its_target() -> None:
    soup = html_of("# T\n\n| a |\n|---|\n| [x](javascript:alert(1)) |\n")
    link = soup.select_one("td a")
    assert link is not None and not link.get("href")


# --- still text ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "<!-- dossier:fragment 0 -->",
        "{{ config.site_name }} {% raw %}",
        '--8<-- "mkdocs.yml"',
        "Un paragraphe {: .classe onclick=alert(1) }",
        "&lt;b&gt; et &amp;",
    ],
)
def test_html_jinja_snippets_and_attribute_lists_are_text(line: str) -> None:
    soup = html_of(f"# T\n\n{line}\n\nFin.\n")
    p = soup.find("p")
    assert not soup.find(["script", "img", "b"]) and not any(
        a.startswith("on") for t in soup.find_all(True) for a in t.attrs
    )
    assert unbound(p.get_text()) in (line, line.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
    assert p.get("class") is None


def test_a_heading_attribute_list_has_no_effect() -> None:
    a = article("# T\n\n## Partie {: #autre onclick=x }\n\nTexte.\n")
    assert a.blocks[0].text == "Partie {: #autre onclick=x }"
    assert a.blocks[0].anchor != "autre"


# --- front matter -------------------------------------------------------------------------------------------


def test_material_front_matter_conventions() -> None:
    source, problems = read(
        "---\ntitle: T\ndescription: Le résumé.\ntags: [IA, licence]\nauthors: [A B, C D, E F]\n"
        "date: 2025-03-04 10:30\ncanonical_url: https://exemple.fr/a\nlang: en\n---\n\nText in English.\n"
    )
    assert problems == []
    a = clean.clean(source)
    assert (a.summary, a.tags, a.author, a.date, a.source_url, a.lang) == (
        "Le résumé.", ["IA", "licence"], "A B, C D et E F", "2025-03-04", "https://exemple.fr/a", "en",
    )  # fmt: skip
    page = render.render_article(a).inline()
    assert '<div lang="en">' in page and "Lire l’article original" in page


def test_url_is_an_alias_and_source_url_wins() -> None:
    source, _ = read("---\nurl: https://exemple.fr/alias\nsource_url: https://exemple.fr/vrai\n---\n\nTexte.\n")
    assert source.meta["source_url"] == "https://exemple.fr/vrai" and "url" not in source.meta


def test_a_single_tag_or_author_may_be_written_as_text() -> None:
    source, problems = read("---\ntags: open source\nauthors: Jeanne Roux\n---\n\nTexte.\n")
    assert problems == [] and source.meta["tags"] == ["open source"] and source.meta["authors"] == ["Jeanne Roux"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("tags: {a: b}", "article.md:3: front matter 'tags' should be a list or text, got dict"),
        ("authors: 42", "article.md:3: front matter 'authors' should be a list or text, got int 42"),
        (
            "source_url: javascript:alert(1)",
            "article.md:3: front matter 'source_url' 'javascript:alert(1)' is not a web address",
        ),
        ("url: exemple.fr", "article.md:3: front matter 'url' 'exemple.fr' is not a web address"),
        ("lang: 'français de France'", "article.md:3: front matter 'lang' 'français de France' is not a language tag"),
        ("description: [a, b]", "article.md:3: front matter 'description' should be text, got list"),
        ("date: le 3 mars", "article.md:3: front matter 'date' 'le 3 mars' is not a valid date"),
    ],
)
def test_a_known_key_of_the_wrong_form_is_a_warning_naming_line_and_form(line: str, message: str) -> None:
    _, problems = read(f"---\ntitle: T\n{line}\n---\n\nTexte.\n")
    assert len(problems) == 1 and message in problems[0], problems
    assert "write " in problems[0]


def test_unknown_keys_are_one_info_line() -> None:
    meta, _, _, lines = sources.front_matter("---\ntitle: T\nhide: [toc]\nicon: x\ntemplate: a.html\n---\n\nTexte.\n")
    _, problems = sources.validate_meta(meta, "a.md", lines)
    assert [p.level.value for p in problems] == ["info"]


def test_the_original_link_and_tags_reach_the_open_data() -> None:
    from dossier import export

    a = article("---\ntags: [IA]\nsource_url: https://exemple.fr/a\n---\n\n# T\n\nTexte.\n")
    record = export.article_record(a)
    assert record["tags"] == ["IA"] and record["source_url"] == "https://exemple.fr/a" and record["lang"] == "fr"


def test_a_missing_project_image_is_a_warning_naming_the_article(tmp_path: Path) -> None:
    build = run_build(
        make_project(tmp_path, {"figure.md": "# Titre\n\nTexte.\n\n![Un schéma](images/absent.png)\n"}, seeds=False)
    )
    assert build.returncode != 0  # strict
    assert (
        "WARNING -  sources/articles/figure.md: the image 'sources/articles/images/absent.png' is not in the project"
        in build.log
    )


def test_markdown_article_module_never_imports_mkdocs() -> None:
    assert "mkdocs" not in Path(markdown_article.__file__).read_text("utf-8")


def test_a_picture_no_article_shows_is_noted_not_published(tmp_path: Path) -> None:
    folder = tmp_path / "sources" / "articles"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "montre.png").write_bytes(png())
    (folder / "images" / "oubliee.jpg").write_bytes(b"x")
    a = Article("a", "sources/articles/a.md", "A", media=["sources/articles/images/montre.png"])
    pictures = [folder / "images" / "montre.png", folder / "images" / "oubliee.jpg"]
    published, notes = markdown_article.media_files([a], tmp_path, pictures)
    assert published == [("medias/sources/articles/images/montre.png", folder / "images" / "montre.png")]
    assert [str(n) for n in notes] == [
        "sources/articles/images/oubliee.jpg: no article shows this picture: it is not published"
    ]


def test_no_figure_or_date_is_read_inside_code() -> None:
    body = "# T\n\nLancez `serve --port 8000 --max 14 milliards` : Meta a levé 2 milliards de dollars en mars 2025.\n"
    found = corpus.analyse_source(read(body)[0], CONFIG)
    values = [located.item.raw for located in found.facts.figures]
    assert values and all("8000" not in v and "14 milliards" not in v for v in values), values


def test_a_date_taken_off_the_first_paragraph_keeps_its_formatting_in_place() -> None:
    soup = html_of("# Titre\n\n12 mars 2025 Meta a **annoncé** un [modèle](https://exemple.fr/) ouvert.\n")
    p = soup.find("p")
    assert p.get_text() == "Meta a annoncé un modèle ouvert."
    assert p.find("strong").get_text() == "annoncé" and p.find("a").get_text() == "modèle"


def test_a_formatted_paragraph_starting_with_a_date_is_never_taken_for_a_date_line() -> None:
    a = article("# Titre\n\n12 mars 2025 — Meta a **annoncé** un modèle ouvert.\n")
    assert [b.text for b in a.blocks] == ["12 mars 2025 — Meta a annoncé un modèle ouvert."]


def test_a_bullet_glyph_inside_fenced_code_stays_code() -> None:
    soup = html_of("# T\n\n```\n• pas une puce\n```\n\n• une puce\n")
    assert soup.select_one("pre code").get_text() == "• pas une puce\n"
    assert [li.get_text() for li in soup.select("li")] == ["une puce"]


def test_a_title_line_the_front_matter_replaces_is_reported() -> None:
    a = article("---\ntitle: Le titre choisi\n---\n\n# Un autre titre\n\nTexte.\n")
    assert a.title == "Le titre choisi" and [(r.line, r.text, r.rule) for r in a.removed] == [
        (5, "Un autre titre", "title")
    ]
    same = article("---\ntitle: Le titre\n---\n\n# Le  titre\n\nTexte.\n")
    assert same.removed == []
