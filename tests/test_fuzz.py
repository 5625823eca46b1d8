"""Fuzzing the whole per-file pipeline: bytes → Source → analysis → rendered fragments and open data.

Whatever the bytes, the front matter (YAML of any shape: nested, aliased, "billion laughs", dates
and numbers out of range) or the Unicode, nothing raises, every message is one line of at most 300
characters, nothing unseen (bidi controls, zero-width characters, soft hyphens, NUL) reaches a
title, a slug, a heading or the open data, and each file takes at most a bounded time per megabyte.

The pipeline is called without the isolation the build wraps around it (corpus._analyse), so that
a failure here is a bug found, not one hidden. `make test` runs a small, derandomised budget;
``FUZZ_EXAMPLES=2000 .venv/bin/python -m pytest tests/test_fuzz.py`` runs a longer, random one.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import time

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context

from dossier import corpus, export, linking, render, sources, text
from dossier.model import Diagnostic

from .conftest import ROOT

CONFIG = corpus.load_config(ROOT, ROOT / "sources" / "themes.yml", ROOT / "sources" / "glossary.yml")
THEMES = {t.id: t for t in CONFIG.taxonomy}
TITLES = linking.titles(CONFIG.glossary.entries)
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=EXAMPLES or 100,
    derandomize=not EXAMPLES,  # `make test`: the same examples on every run
    database=None,
    deadline=None,  # the time bound below is per megabyte, and generous: the machine may be busy
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
# Time bound: seconds per file, plus seconds per megabyte of it (bench/huge.py measures about 5 s/MB).
BOUND_BASE, BOUND_PER_MB = 3.0, 40.0
UNSEEN = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u200e\u200f\ufeff\u00ad\x00")
SLUG = re.compile(r"(?:[a-z0-9]+(?:-[a-z0-9]+)*)?")


def pipeline(name: str, data: bytes) -> None:
    """Read, analyse and render one file as the build does, checking what every stage hands on."""
    started = time.perf_counter()
    path = ROOT / "sources" / "articles" / name
    source, diagnostics = sources.load(path, ROOT, data)
    if currently_in_test_context():  # counted in --hypothesis-show-statistics
        event("read" if source is not None else "skipped by the reader")
    if source is not None:
        for value in [source.body, *(v for v in source.meta.values() if isinstance(v, str))]:
            assert not UNSEEN & set(value), repr(value)
        analysis = corpus.analyse_source(source, CONFIG)
        diagnostics = [*diagnostics, *analysis.diagnostics]
        article = analysis.article
        article.slug = text.slugify(article.title)
        assert SLUG.fullmatch(article.slug), article.slug
        for value in (article.title, article.summary, article.author or "", article.text):
            assert not UNSEEN & set(value), repr(value)
        for section in analysis.body:
            assert section.heading is None or not UNSEEN & set(section.heading.title)
        article.slug = article.slug or "article"
        page = render.render_article(article, THEMES, [], analysis.body)
        html = page.inline(TITLES)
        records = export.articles_json([article]) + export.quotes_json(analysis.quotes, [article])
        for value in (html, records):
            assert not UNSEEN & set(value)
        json.loads(export.articles_json([article]))
    # The build's own path (corpus._analyse: reading, analysis, the check for an empty article) never
    # has to catch anything: its isolation is for bugs not found yet.
    entry = corpus._analyse(corpus._Pending(path, f"sources/articles/{name}", (0, 0), "", data), ROOT, CONFIG)
    assert not entry.failed, [str(d) for d in entry.diagnostics]
    for diagnostic in [*diagnostics, *entry.diagnostics]:
        assert isinstance(diagnostic, Diagnostic)
        shown = str(diagnostic)
        assert "\n" not in shown and len(shown) <= text.MESSAGE_LIMIT, shown
    elapsed = (time.perf_counter() - started) / 2  # the file went through twice
    assert elapsed <= BOUND_BASE + BOUND_PER_MB * len(data) / 1e6, f"{elapsed:.1f} s for {len(data):,} bytes"


# ----------------------------------------------------------------------------
# Strategies: French prose with its punctuation, web furniture, unseen characters; YAML of any shape
# ----------------------------------------------------------------------------

PIECES = [
    "Meta",
    "Llama 4",
    "l’IA open source",
    "« Nous publierons nos modèles », affirme Mark Zuckerberg.",
    "« chevalier blanc »",
    "“Behemoth”",
    "– Jean Dupont, PDG de Meta",
    "> Une citation en bloc.",
    "Par Jeanne Martin, le 3 mars 2025",
    "Publié le 12/03/2025 à 10h30",
    "5 min de lecture",
    "À lire aussi",
    "Abonnez-vous à notre newsletter",
    "Accepter les cookies",
    "Partager",
    "# Un titre",
    "## Un intertitre",
    "- un élément",
    "• une puce",
    "1. premier",
    "14,3 milliards de dollars",
    "![image](x.png) © AFP",
    "<script>alert(1)</script>",
    "[lien](javascript:alert(1))",
    "www.exemple.fr",
    "---",
    "...",
    "« ouvert",
    "fermé »",
    "a-t-il expliqué.",
]
CHARACTERS = st.characters(exclude_categories=("Cs",)) | st.sampled_from(
    [*"«»“”\"'’–—-•*#>:.!?|[](){}&<>\t \u00a0\u202f", *UNSEEN, "\u2028", "\x0c", "\x85", "\ufffe"]
)
PROSE = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(PIECES), st.text(CHARACTERS, max_size=60)), st.sampled_from(["\n", "\n\n", " "])
    ),
    max_size=25,
).map(lambda parts: "".join(piece + sep for piece, sep in parts))

KEYS = [*sources.KNOWN_KEYS, "couleur", "<<", "? ", "1", "true", "null", "''", "date ", "ti tle"]
SCALARS = [
    "9999-99-99",
    "2025-02-30",
    "2025-13-01",
    "2025-07-31",
    "2025-07-31T25:61:00",
    "2025-07-31 10:30:00 +25:00",
    "0000-00-00",
    "1e999",
    "-.inf",
    ".nan",
    "0x" + "f" * 40,
    "0b" + "1" * 200,
    "1" * 5000,
    "1:" * 2500 + "0",
    "1.5:" * 30 + "1",
    "~",
    "null",
    "yes",
    "'it''s'",
    '"\\x00\\u202e\\ud800"',
    "!!binary aGVsbG8=",
    "!!binary é",
    "!!timestamp pas une date",
    "!!int douze",
    "!!float x",
    "!!python/object:os.system x",
    "!!set {a, b}",
    "!!omap [a: 1, b: 2]",
    "!!str",
    "&a x",
    "*a",
    "*undefined",
    "|\n  un bloc\n  de texte",
    ">-\n  plié",
    "[a, [b, [c]]]",
    "{a: {b: c}}",
    "[" * 150 + "]" * 150,
    "{" * 60,
    "'\u202etitre'",
    "« Un titre »",
]
SCALAR = st.one_of(
    st.sampled_from(SCALARS),
    st.integers().map(str),
    st.floats().map(repr),
    st.text(CHARACTERS, max_size=30).map(json.dumps),
    st.text(CHARACTERS, max_size=30),
)
KEY = st.one_of(st.sampled_from(KEYS), st.text(CHARACTERS, min_size=1, max_size=12))


def _flow(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    sequence = st.lists(children, max_size=4).map(lambda items: "[" + ", ".join(items) + "]")
    mapping = st.lists(st.tuples(KEY, children), max_size=4).map(
        lambda pairs: "{" + ", ".join(f"{k}: {v}" for k, v in pairs) + "}"
    )
    return sequence | mapping


VALUE = st.recursive(SCALAR, _flow, max_leaves=12)


def _laughs(depth: int, width: int, key: str) -> str:
    """A "billion laughs" document: width ** depth items by aliases, a few hundred bytes of YAML."""
    lines = [f"l0: &l0 [{', '.join(['lol'] * width)}]"]
    lines += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * width)}]" for i in range(1, depth)]
    return "\n".join([*lines, f"{key}: *l{depth - 1}"])


def _nested_block(depth: int) -> str:
    return "\n".join(" " * i + f"k{i}:" for i in range(depth)) + " fin"


FRONT_MATTER = st.one_of(
    st.lists(st.tuples(KEY, VALUE), max_size=8).map(lambda pairs: "\n".join(f"{k}: {v}" for k, v in pairs)),
    st.builds(_laughs, st.integers(1, 12), st.integers(2, 10), st.sampled_from(sources.KNOWN_KEYS)),
    st.integers(1, 400).map(_nested_block),
    st.integers(1, 3000).map(lambda n: "title: " + "[" * n + "]" * n),
    st.sampled_from(["title: &a [*a]", "&a {<<: *a}", "a: &a {b: *a}\nspeakers: *a", "<<: {title: x}", "- a\n- b"]),
    st.text(CHARACTERS, max_size=200),
)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32", "cp1252", "latin-1", "mac_roman"]


def encode(value: str, encoding: str) -> bytes:
    data = value.encode(encoding, errors="replace") if encoding != "utf-16-be" else value.encode("utf-16-be", "replace")
    return codecs.BOM_UTF16_BE + data if encoding == "utf-16-be" else data


ARTICLE = st.builds(
    lambda front, body, closing: (f"---\n{front}\n{closing}\n" if front is not None else "") + body,
    st.none() | FRONT_MATTER,
    PROSE,
    st.sampled_from(["---", "...", "--- ", "", "----"]),
)


# ----------------------------------------------------------------------------
# The properties
# ----------------------------------------------------------------------------


@FUZZ
@given(
    st.sampled_from(["", "---\n", "---\ntitle: ", codecs.BOM_UTF8.decode("latin-1"), "\ufeff"]).map(
        lambda s: s.encode("utf-8", "surrogatepass")
    ),
    st.binary(max_size=3000),
    st.sampled_from(["a.txt", "a.md"]),
)
def test_any_bytes(prefix: bytes, data: bytes, name: str) -> None:
    pipeline(name, prefix + data)


@FUZZ
@given(ARTICLE, st.sampled_from(ENCODINGS), st.sampled_from(["a.txt", "a.md"]))
def test_any_front_matter_and_any_text(article: str, encoding: str, name: str) -> None:
    pipeline(name, encode(article, encoding))


@pytest.mark.parametrize(
    "front",
    [
        _laughs(12, 10, "title"),
        _laughs(12, 10, "speakers"),
        _laughs(12, 10, "keep"),
        "title: " + "[" * 20_000 + "]" * 20_000,
        "title: " + "{a: " * 95 + "x" + "}" * 95,
        _nested_block(900),
        "title: &a [*a]\nthemes: *a\nkeep: *a\nspeakers: &m {a: *m}",
        "date: 9999-99-99\nauthor: " + "1:" * 30_000 + "0",
        "summary: " + "é" * 99_000,
    ],
    ids=[
        "laughs-title",
        "laughs-speakers",
        "laughs-keep",
        "brackets",
        "mappings",
        "blocks",
        "cycles",
        "numbers",
        "long",
    ],
)
def test_hostile_front_matter_is_cheap(front: str) -> None:
    pipeline("a.md", f"---\n{front}\n---\nUn titre\n\nDu texte.\n".encode())


def test_time_grows_with_size_not_faster() -> None:
    """A large, adversarial file (one paragraph of unclosed quotations and unseen characters) within the bound."""
    unit = "« Il a dit\u200b que l’IA\u00ad ouverte « change\u202e tout, a-t-il expliqué – Meta ; "
    body = unit * (200_000 // len(unit))
    pipeline("a.txt", f"Un titre\n\n{body}\n\n{'- point ' * 2000}\n".encode())
