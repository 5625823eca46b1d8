"""Any input: encodings, broken files, hostile text, duplicate names, huge articles, determinism.

One real build of a folder of deliberately broken and hostile files next to
the seed articles (the browser side is in test_browser.py).
"""

from __future__ import annotations

import codecs
import importlib.util
import json
import logging
import os
import pickle
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from bs4 import BeautifulSoup

from dossier import corpus, sources, text
from dossier import facts as facts_mod
from dossier import glossary as glossary_mod
from dossier import quotes as quotes_mod
from dossier import themes as themes_mod
from dossier.model import Level
from dossier.report import Report

from .conftest import ROOT, SEEDS, Build, broken_links, make_project, run_build, unbound

PAYLOAD = (
    '<script>window.pwned=1</script><img src=x onerror="window.pwned=2"> [clic](javascript:window.pwned=3) '
    "![i](x.png) {{ config.site_name }} {% raw %} <!-- c --> &amp; **gras** `code` | a | b |"
)
HOSTILE = f"""---
title: '{PAYLOAD.replace("'", "''")}'
author: '<img src=x onerror=window.pwned=4>'
publisher: "{{{{ config }}}}"
summary: '<script>window.pwned=5</script> résumé'
---

Un premier paragraphe ordinaire sur Meta et l'open source, assez long pour être du texte. {PAYLOAD}

# Un faux titre Markdown

- un élément {PAYLOAD}
- <b>gras</b> et [lien](javascript:window.pwned=6)

--8<-- "/etc/passwd"

--8<-- "mkdocs.yml"

En juillet 2025, Meta a investi 14,3 milliards de dollars {PAYLOAD} dans Scale AI.

« Nous publierons nos modèles ouverts quoi qu'il arrive », affirme <script>window.pwned=7</script> Dupont.

> Une citation en bloc qui parle de stratégie et de monétisation des modèles.
– Jean <img src=x onerror=window.pwned=8>, PDG de Meta
"""

# The picture the payload's Markdown image names (its content does not matter to the build).
PICTURE = b"\x89PNG\r\n\x1a\n"
TEXT = "Le géant a dépensé 14 € à l’été : « œuvre » déjà réussie, à Noël. Deuxième phrase ici."
BROKEN: dict[str, bytes | str] = {
    "vide.txt": "",
    "espaces.txt": " \n\t\n \u00a0\n",
    "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    "rapport.docx": b"PK\x03\x04\x14\x00\x06\x00",
    "photo.png": b"\x89PNG\r\n\x1a\n",
    "yaml-casse.md": "---\ntitle: [non fermé\n---\nTexte.\n",
    "types.md": "---\ntitle: 42\ndate: demain\nthemes: [cuisine, strategy]\ncouleur: rouge\n---\nUn titre\n\n" + TEXT,
    "sans-texte.md": "---\ntitle: Rien\n---\n\n",
}
ENCODED: dict[str, bytes] = {
    "utf8-bom.txt": codecs.BOM_UTF8 + f"Titre UTF-8 avec BOM\n\n{TEXT}".encode(),
    "utf16.txt": codecs.BOM_UTF16_LE + f"Titre UTF-16\n\n{TEXT}".encode("utf-16-le"),
    "utf16-be.txt": codecs.BOM_UTF16_BE + f"Titre UTF-16 grand-boutien\n\n{TEXT}".encode("utf-16-be"),
    "windows.txt": f"Titre Windows-1252\r\n\r\n{TEXT}\r\n".encode("cp1252"),
    "latin1.txt": ("Titre Latin-1\n\n" + "Le géant a dépensé à l'été, déjà très chaud à Noël. " * 4).encode("latin-1"),
    "mac.txt": f"Titre Mac\r\r{TEXT}\r".encode(),
    "espaces-fines.txt": f"Titre\u202favec espaces fines\n\nUn\u00a0paragraphe :\u202fcontenu ; {TEXT}".encode(),
}
NAMES: dict[str, str] = {
    "Mon Article Été.v2.TXT": "Un même titre\n\nPremier texte sur Meta.",
    "doublon.md": "Un même titre\n\nSecond texte sur Meta.",
    "..hidden.txt": "Jamais lu\n\nTexte.",
    "--.txt": "---\ntitle: '../../etc'\n---\nUn texte.",
    "sans-titre.txt": "!!!\n\nDu texte sous un titre illisible.",
}
# tests/fixtures/robustness/: one file per case of a bad or odd file (issue 23). What each must give:
# skipped with this warning, or published with this warning or note (line numbers included).
FIXTURES = ROOT / "tests" / "fixtures" / "robustness"
SKIPPED = {
    "yaml-profond.md": ":2: the front matter nests brackets more than 100 deep: write plain 'key: value' lines",
    "cookies-seulement.txt": ": nothing to publish: cleaning removed",
    "titre-seul.txt": ": nothing to publish: title 'Un titre et rien d’autre' and no text",
    "intertitres-seuls.md": ": nothing to publish: title 'Un titre' and no text",
    "utf16-invalide.txt": ": starts with a UTF-16 byte-order mark but is not UTF-16 text",
}
WARNED = {
    "date-invalide.md": ":4: front matter 'date' 9999-99-99 is not a valid date: write YYYY-MM-DD (or YYYY-MM)",
    "date-inexistante.md": ":3: front matter 'date' 2025-02-30 is not a valid date: write YYYY-MM-DD (or YYYY-MM)",
    "milliard-de-rires.md": ":11: front matter 'title' should be text, got list [[[",
    "alias-circulaire.md": ":2: front matter 'title' should be text, got list",
    "entier-geant.md": ":3: front matter 'author' should be text, got int <int>",
    "corrections-mal-formees.md": ":3: front matter 'keep' should be a list of texts, got str 'une seule ligne'",
}
NOTED = {"cles-inconnues.md": ":3: unknown front matter keys 'couleur', 'layout', 'aliases' ignored (known keys: "}
PUBLISHED = {"corrections.md", "caracteres-invisibles.txt", "utf16-nul.txt"}
# Editors' and systems' leftovers: never read, never mentioned (made here: a global gitignore would drop them).
LEFTOVERS = ["article.txt~", ".article.txt.swp", "#article.txt#", ".DS_Store", "Thumbs.db", "~$rapport.docx"]
INVISIBLE_NAME = "exe.\u202etxt.md"
UNSEEN = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u200e\u200f\ufeff\u00ad\x00"


def robustness_corpus() -> dict[str, bytes | str]:
    files: dict[str, bytes | str] = {
        path.name: path.read_bytes() for path in sorted(FIXTURES.iterdir()) if path.name != "README.md"
    }
    assert set(files) == {*SKIPPED, *WARNED, *NOTED, *PUBLISHED}
    files.update({name: b"Un titre\n\nDu texte." for name in [*LEFTOVERS, INVISIBLE_NAME]})
    return files


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Build, Build]:
    files = {"hostile.md": HOSTILE, "x.png": PICTURE, **BROKEN, **ENCODED, **NAMES, **robustness_corpus()}
    project = make_project(tmp_path_factory.mktemp("hostile"), files)
    strict = run_build(project, strict=True)
    lenient = run_build(project, strict=False)
    assert lenient.returncode == 0, lenient.log
    return strict, lenient


def records(build: Build, name: str = "articles") -> list[dict[str, object]]:
    return json.loads((build.site / "data" / f"{name}.json").read_text("utf-8"))


def test_every_bad_file_gets_one_clear_warning_and_the_rest_builds(hostile: tuple[Build, Build]) -> None:
    strict, lenient = hostile
    assert strict.returncode != 0
    assert "Traceback" not in strict.log and "Traceback" not in lenient.log
    warnings = [line for line in lenient.log.splitlines() if line.startswith("WARNING")]
    expected = {
        "vide.txt": "the file is empty: write the article text or delete the file",
        "espaces.txt": "the file is empty",
        "image.txt": "looks like a binary file, not text: save the article as plain text",
        "rapport.docx": "unsupported file type",
        "yaml-casse.md:2": "invalid YAML front matter (expected ',' or ']', but got '<stream end>'): fix the YAML",
        "sans-texte.md": "front matter but no text: add the article text",
    }
    for name, message in expected.items():
        found = [w for w in warnings if f"sources/articles/{name}:" in w or f"sources/articles/{name} " in w]
        assert len(found) == 1, (name, found)
        assert message in found[0], found[0]
    types = [w for w in warnings if "sources/articles/types.md:" in w]
    assert any("types.md:2: front matter 'title' should be text, got int 42" in w for w in types)
    assert any(
        "types.md:3: front matter 'date' demain is not a valid date: write YYYY-MM-DD (or YYYY-MM)" in w for w in types
    )
    assert any("types.md:1: unknown theme id(s) 'cuisine'" in w and "known: geopolitics" in w for w in types)
    assert "INFO    -  sources/articles/types.md:5: unknown front matter key 'couleur' ignored" in lenient.log
    ids = {r["id"] for r in records(lenient)}
    assert {p.stem for p in SEEDS.iterdir()} <= ids
    assert {"hostile", "types", "utf16", "windows", "latin1", "mac", "doublon"} <= ids
    assert not ids & {"vide", "espaces", "image", "rapport", "photo", "yaml-casse", "sans-texte", ".hidden"}
    assert broken_links(lenient.site) == []


def test_each_odd_file_is_skipped_or_published_with_one_line_saying_why(hostile: tuple[Build, Build]) -> None:
    strict, lenient = hostile
    ids = {r["id"] for r in records(lenient)}
    for name, message in {**SKIPPED, **WARNED, **NOTED}.items():
        level = "INFO    -  " if name in NOTED else "WARNING -  "
        found = [line for line in lenient.log.splitlines() if line.startswith(f"{level}sources/articles/{name}:")]
        assert any(message in line for line in found), (name, found)
        assert (Path(name).stem in ids) == (name not in SKIPPED), name
        assert ("the article is skipped" in found[-1]) == (name in SKIPPED), found
    assert {Path(name).stem for name in PUBLISHED} <= ids
    for line in strict.log.splitlines() + lenient.log.splitlines():  # one line each, never a flood
        assert len(line) <= 300, line
    assert "Traceback" not in strict.log + lenient.log


def test_leftovers_are_silent_and_an_invisible_file_name_is_named(hostile: tuple[Build, Build]) -> None:
    _, lenient = hostile
    for name in LEFTOVERS:
        assert f"articles/{name}" not in lenient.log, name
    assert "Thumbs.db" not in lenient.log and ".swp" not in lenient.log
    assert (
        "WARNING -  sources/articles/exe.\\u202etxt.md: the file name holds an invisible or control character "
        "(U+202E); the article is skipped: rename the file"
    ) in lenient.log


def test_unseen_characters_never_reach_titles_slugs_headings_or_the_open_data(hostile: tuple[Build, Build]) -> None:
    _, build = hostile
    by_id = {r["id"]: r for r in records(build)}
    record = by_id["caracteres-invisibles"]
    assert record["title"] == "Un titre euqilbup avec des zéros invisibles et l’œuvre « cachée »"
    assert record["slug"] == "un-titre-euqilbup-avec-des-zeros-invisibles-et-l-oeuvre"
    assert by_id["utf16-nul"]["title"] == "Un titre avec un NUL"
    page = BeautifulSoup(build.page(str(record["url"]).rstrip("/")), "html.parser").article
    assert "Un intertitre à droite" in [h.get_text(strip=True).rstrip("¶") for h in page.find_all("h2")]
    assert "Un paragraphe isolé avec un traitdunion conditionnel, un joint et une marque." in page.get_text()
    shown = [*build.site.rglob("*.html"), *(build.site / "data").glob("*.json"), build.site / "feed.xml"]
    shown += [build.site / "feed.json", build.site / "search" / "search_index.json"]
    for path in shown:
        text = path.read_text("utf-8")
        assert not set(text) & set(UNSEEN), (path, sorted(set(text) & set(UNSEEN)))


def test_encodings_decode_to_the_right_characters(hostile: tuple[Build, Build]) -> None:
    _, build = hostile
    by_id = {r["id"]: r for r in records(build)}
    for article_id in ("utf8-bom", "utf16", "utf16-be", "windows", "mac"):
        text = BeautifulSoup(build.page(str(by_id[article_id]["url"]).rstrip("/")), "html.parser").article.get_text()
        for character in "éàœ’«»€":
            assert character in text, (article_id, character)
        assert "Deuxième phrase ici." in text
    latin = BeautifulSoup(build.page(str(by_id["latin1"]["url"]).rstrip("/")), "html.parser").article.get_text()
    assert "Le géant a dépensé à l'été, déjà très chaud à Noël." in latin
    assert by_id["mac"]["title"] == "Titre Mac" and by_id["windows"]["title"] == "Titre Windows-1252"
    infos = [line for line in build.log.splitlines() if line.startswith("INFO") and "decoded as" in line]
    assert any("windows.txt: decoded as cp1252" in line for line in infos), infos
    assert any("latin1.txt: decoded as" in line for line in infos), infos
    assert not any("utf8-bom.txt" in line or "mac.txt" in line for line in infos)
    assert by_id["espaces-fines"]["words"] > 10


def all_html(site: Path) -> list[tuple[Path, BeautifulSoup]]:
    return [(path, BeautifulSoup(path.read_text("utf-8"), "html.parser")) for path in site.rglob("*.html")]


def test_hostile_text_is_text_everywhere(hostile: tuple[Build, Build]) -> None:
    _, build = hostile
    for path, page in all_html(build.site):
        for script in page.find_all("script"):
            assert "pwned" not in script.get_text() and "pwned" not in str(script.get("src", "")), path
        for tag in page.find_all(True):
            assert not [a for a in tag.attrs if a.lower().startswith("on")], (path, tag)
            for attr in ("href", "src"):
                assert not str(tag.get(attr, "")).lower().startswith("javascript:"), (path, tag)
        assert not page.find("img", src="x") and not page.find("img", src="x.png"), path
        assert "root:x:0:0" not in page.get_text(), path  # no snippet of /etc/passwd
        assert "site_name: Dossier" not in page.get_text(), path  # no snippet of mkdocs.yml
    record = next(r for r in records(build) if r["id"] == "hostile")
    assert record["title"] == PAYLOAD and record["author"] == "<img src=x onerror=window.pwned=4>"
    article = BeautifulSoup(build.page(str(record["url"]).rstrip("/")), "html.parser")
    text = unbound(article.article.get_text(" "))
    for literal in ('--8<-- "/etc/passwd"', '--8<-- "mkdocs.yml"'):
        assert literal in text, literal
    # A Markdown link to a script keeps its words, loses its target, and the removal is listed.
    removed = next(r["removed"] for r in records(build, "removed") if r["article"] == "hostile")
    assert any(r["rule"] == "unsafe-link" and "javascript:window.pwned=6" in r["text"] for r in removed), removed
    for image in article.select("article img"):
        assert image["src"].endswith("medias/sources/articles/x.png"), image  # the project picture, nothing else
    assert unbound(article.title.get_text()).startswith(PAYLOAD)
    assert article.select_one("article h1").get_text().startswith("<script>window.pwned=1</script>")
    quotes = [q for q in records(build, "quotes") if q["article"] == "hostile"]
    assert any("window.pwned=7" in str(q["speaker"]) + str(q["speaker_detail"]) for q in quotes)
    assert any("window.pwned=8" in str(q["speaker"]) + str(q["speaker_detail"]) for q in quotes)
    index = BeautifulSoup(build.page("citations"), "html.parser").article.get_text(" ")
    assert "window.pwned=7" in index and "window.pwned=8" in index
    themes = {r["id"]: r for r in records(build, "themes")}
    assert any(p["article"] == "hostile" for t in themes.values() for p in t["passages"])
    search = (build.site / "search" / "search_index.json").read_text("utf-8")
    assert "window.pwned" in search  # indexed as text (Material escapes it when showing results)


def test_duplicate_titles_and_odd_file_names(hostile: tuple[Build, Build]) -> None:
    _, build = hostile
    by_id = {r["id"]: r for r in records(build)}
    same = [by_id["Mon Article Été.v2"], by_id["doublon"]]
    assert {r["title"] for r in same} == {"Un même titre"}
    assert [r["slug"] for r in sorted(same, key=lambda r: str(r["id"]))] == ["un-meme-titre", "un-meme-titre-2"]
    assert by_id["Mon Article Été.v2"]["source_file"] == "sources/articles/Mon Article Été.v2.TXT"
    for record in by_id.values():
        slug = str(record["slug"])
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug), slug
        assert (build.site / "articles" / slug / "index.html").is_file()
    assert by_id["--"]["slug"] == "etc"
    assert by_id["sans-titre"]["slug"] == "sans-titre"
    assert not (build.site / "etc").exists()


def test_two_builds_are_byte_identical_whatever_the_order_on_disk(tmp_path: Path) -> None:
    first = make_project(tmp_path / "a", {"hostile.md": HOSTILE, "x.png": PICTURE, **ENCODED})
    second = make_project(tmp_path / "b", seeds=False)
    folder = second / "sources" / "articles"
    for path in sorted((first / "sources" / "articles").iterdir(), reverse=True):  # other order, other times
        shutil.copy(path, folder / path.name)
        os.utime(folder / path.name, (1_000_000_000, 1_000_000_000))
    one, two = run_build(first), run_build(second)
    assert one.returncode == 0 and two.returncode == 0, one.log + two.log
    for name in ("articles", "themes", "quotes", "glossary"):
        assert (one.site / "data" / f"{name}.json").read_bytes() == (two.site / "data" / f"{name}.json").read_bytes()
    pages = sorted(p.relative_to(one.site) for p in (one.site / "articles").rglob("index.html"))
    assert pages == sorted(p.relative_to(two.site) for p in (two.site / "articles").rglob("index.html"))
    for page in pages:
        assert (one.site / page).read_bytes() == (two.site / page).read_bytes(), page


def test_a_huge_article_builds(tmp_path: Path) -> None:
    """A 2 MB article (its time per megabyte is measured by bench/huge.py, not here)."""
    paragraphs = [seed.read_text("utf-8") for seed in sorted(SEEDS.iterdir())]
    body = "\n\n".join(paragraphs * 40)
    project = make_project(tmp_path, {"enorme.txt": "Un très long article\n\n" + body}, seeds=False)
    build = run_build(project)
    assert build.returncode == 0, build.log
    (record,) = records(build)
    assert record["words"] > 200_000
    page = (build.site / str(record["url"]) / "index.html").read_text("utf-8")
    assert page.count('class="dossier-term"') > 10 and "Zuckerberg" in page


# ----------------------------------------------------------------------------
# Each file in isolation: a failure injected into each stage of the per-file pipeline
# ----------------------------------------------------------------------------

TARGET = "cible.txt"
_WARM = corpus.Cache()  # the seeds' analyses, shared by the tests below (their bytes are the same in every copy)


def failing(original: Callable[..., object], hit: Callable[..., bool], error: Exception) -> Callable[..., object]:
    """``original``, raising ``error`` when called for the target file."""

    def call(*args: object, **kwargs: object) -> object:
        if hit(*args, **kwargs):
            raise error
        return original(*args, **kwargs)

    return call


def _is_target_source(source: object, *_: object) -> bool:
    return getattr(source, "id", None) == "cible" or getattr(source, "source_file", "").endswith(TARGET)


# stage -> (object, attribute, the call is the target's, the exception, what the warning says)
STAGES: dict[str, tuple[object, str, Callable[..., bool], Exception, str]] = {
    "read": (
        Path,
        "read_bytes",
        lambda self: self.name == TARGET,
        PermissionError(13, "Permission denied"),
        "cannot be read (Permission denied); the article is skipped: check its permissions",
    ),
    "decode": (
        sources,
        "decode",
        lambda data: b"CIBLE" in data,
        LookupError("codec"),
        "LookupError while reading at sources.py:",
    ),
    "front matter": (
        sources,
        "front_matter",
        lambda text: "CIBLE" in text,
        ValueError("year 9999 is out of range"),
        "ValueError while reading at sources.py:",
    ),
    "validation": (
        sources,
        "validate_meta",
        lambda meta, rel, *_: rel.endswith(TARGET),
        TypeError("unhashable"),
        "TypeError while reading at sources.py:",
    ),
    "cleaning": (corpus, "clean", _is_target_source, IndexError("list index"), "IndexError while analysing"),
    "themes": (themes_mod, "classify", _is_target_source, KeyError("strategy"), "KeyError while analysing"),
    "glossary": (glossary_mod, "scan", _is_target_source, RecursionError("deep"), "RecursionError while analysing"),
    "quotations": (quotes_mod, "extract", _is_target_source, MemoryError(), "MemoryError while analysing"),
    "facts": (facts_mod, "extract", _is_target_source, ZeroDivisionError("0"), "ZeroDivisionError while analysing"),
    "rendering": (corpus, "render_body", _is_target_source, AttributeError("x"), "AttributeError while analysing"),
}


@pytest.mark.parametrize("stage", list(STAGES))
def test_a_failure_in_any_stage_skips_that_article_with_a_warning_and_the_build_goes_on(
    project: Path, monkeypatch: pytest.MonkeyPatch, stage: str
) -> None:
    owner, name, hit, error, message = STAGES[stage]
    articles = project / "sources" / "articles"
    # Bytes of its own per stage: an analysis cached by an earlier test is never this one.
    (articles / TARGET).write_text(f"Un titre CIBLE\n\nDu texte sur Meta et l’open source ({stage}).\n", "utf-8")
    monkeypatch.setattr(owner, name, failing(getattr(owner, name), hit, error))
    built = corpus.build(articles, project, cache=_WARM)
    assert sorted(a.id for a in built.articles) == sorted(p.stem for p in SEEDS.iterdir())
    about = [d for d in built.diagnostics if d.path == f"sources/articles/{TARGET}"]
    assert [d.level for d in about] == [Level.WARNING], [str(d) for d in about]
    assert message in str(about[0]) and "the article is skipped" in str(about[0]), str(about[0])
    assert len(str(about[0])) <= 289 and "\n" not in str(about[0])
    # Not kept: the next build (`mkdocs serve`) tries the file again, and publishes it once it can.
    monkeypatch.undo()
    again = corpus.build(articles, project, cache=_WARM)
    assert "cible" in {a.id for a in again.articles}
    assert not [d for d in again.diagnostics if d.path.endswith(TARGET)]


def test_a_failure_names_the_stage_and_the_place_in_the_code(tmp_path: Path) -> None:
    try:
        text.slugify(None)  # type: ignore[arg-type]
    except TypeError as exc:
        problem = corpus._failure("sources/articles/x.txt", exc)
    assert str(problem).startswith("sources/articles/x.txt: TypeError while reading the text at text.py:")
    assert str(problem).endswith("the article is skipped: report this bug with the file attached, or remove the file")


def test_worker_batches_isolate_each_file(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a worker process runs (corpus._analyse_batch), here in-process so that a failure can be injected."""
    config = corpus.load_config(project, project / "sources" / "themes.yml", project / "sources" / "glossary.yml")
    articles = project / "sources" / "articles"
    (articles / TARGET).write_text("Un titre CIBLE\n\nDu texte sur Meta pour un travailleur.\n", "utf-8")
    (articles / "illisible.txt").write_text("Un autre titre\n\nDu texte qui ne se met pas en conserve.\n", "utf-8")
    store = corpus.Store(project / "store", "code")
    items = []
    for path in sorted(articles.iterdir()):
        data = path.read_bytes()
        rel = sources._rel(path, project)
        items.append(corpus._Pending(path, rel, (0, len(data)), "d", data, store.key(rel, "d", config.key)))
    monkeypatch.setattr(corpus, "clean", failing(corpus.clean, _is_target_source, ValueError("boom")))
    analyse = corpus.analyse_source

    def unpicklable(
        source: sources.Source, config: corpus.Config, template: frozenset[str] = frozenset()
    ) -> corpus.Analysis:
        analysis = analyse(source, config, template)
        if source.id == "illisible":
            analysis.names = lambda: None  # type: ignore[assignment]
        return analysis

    monkeypatch.setattr(corpus, "analyse_source", unpicklable)
    monkeypatch.setitem(corpus._worker_configs, config.key, config)
    job = (str(project), "", "", config.key, items)
    batch = corpus._analyse_batch(job)
    results = {rel: pickle.loads(data) for rel, data in batch}
    assert len(results) == len(items)
    failed = {rel for rel, entry in results.items() if entry.failed}
    assert failed == {f"sources/articles/{TARGET}", "sources/articles/illisible.txt"}
    assert "ValueError while analysing ('boom')" in str(results[f"sources/articles/{TARGET}"].diagnostics[0])
    unpicklable_message = str(results["sources/articles/illisible.txt"].diagnostics[0])
    assert "Error while analysing" in unpicklable_message and "the article is skipped" in unpicklable_message
    for item, (rel, data) in zip(items, batch, strict=True):  # what the parent process does with a batch
        corpus._store(store, item, results[rel], data)
    store.finish()
    stored = corpus.Store(store.folder, store.code).index.entries
    assert len(stored) == len(items) - 2  # failures are not stored: the next build tries again


def test_a_file_that_fails_in_a_worker_process_is_skipped_and_the_others_come_back(project: Path) -> None:
    """A real worker process: the failure (bytes that are not bytes) happens there, and comes back as a warning."""
    config = corpus.load_config(project, project / "sources" / "themes.yml", project / "sources" / "glossary.yml")
    articles = project / "sources" / "articles"
    items = [
        corpus._Pending(p, sources._rel(p, project), (0, 0), "", p.read_bytes()) for p in sorted(articles.iterdir())
    ]
    broken = corpus._Pending(articles / TARGET, f"sources/articles/{TARGET}", (0, 0), "", 12345)  # type: ignore[arg-type]
    results = corpus._analyse_in_workers(
        [*items, broken],
        project,
        config,
        project / "sources" / "themes.yml",
        project / "sources" / "glossary.yml",
        count=1,
    )
    assert all(results[item.rel].analysis is not None for item in items)
    entry = results[broken.rel]
    assert entry.analysis is None
    assert "AttributeError while reading at sources.py:" in str(entry.diagnostics[0])
    assert "the article is skipped" in str(entry.diagnostics[0]) and entry.failed


# ----------------------------------------------------------------------------
# The log: a larger corpus says little, `mkdocs serve` one summary line per rebuild
# ----------------------------------------------------------------------------


def load_module(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_a_generated_corpus_builds_with_a_short_log(tmp_path: Path) -> None:
    """The bench corpus (bench/generate.py) in worker processes: at most 20 lines, none over 300 characters.

    N = 60 here; N = 1,000 is measured by hand (bench/README.md, `make bench`).
    """
    generate = load_module("bench_generate", ROOT / "bench" / "generate.py")
    project = make_project(tmp_path, {name: b"x" for name in LEFTOVERS}, seeds=False)
    generate.write_raw(generate.generate(60), project / "sources" / "articles")
    build = run_build(project, env={"DOSSIER_PARALLEL_MIN": "20", "DOSSIER_WORKERS": "2"})
    assert build.returncode == 0, build.log
    lines = build.log.splitlines()
    assert len(lines) <= 20, build.log
    assert all(len(line) <= 300 for line in lines), build.log
    assert "does not contain an anchor" not in build.log and "WARNING" not in build.log


def test_serve_rebuilds_repeat_nothing_and_end_with_one_summary_line(caplog: pytest.LogCaptureFixture) -> None:
    hook = load_module("dossier_site_hook", ROOT / "hooks" / "site.py")
    report = Report(hook.log)
    built = corpus.Corpus()
    caplog.set_level(logging.INFO, logger="mkdocs.hooks.dossier")

    def one_build(messages: list[tuple[Level, str]], strict: bool = False) -> list[str]:
        caplog.clear()
        for level, message in messages:
            report.add(level, message)
        report.flush(True, strict, len(built.articles), 0, 0)
        return [record.getMessage() for record in caplog.records]

    first = [(Level.WARNING, "a.md:3: front matter 'date' x is not a valid date"), (Level.INFO, "b.txt: decoded")]
    said = one_build(first)
    assert said[:2] == [first[0][1], first[1][1]]
    assert len(said) == 3 and said[2].startswith("dossier: 0 articles") and "1 warning, 1 note" in said[2]
    assert one_build(first) == [said[2] + " (as in the last build)"]
    new = (Level.WARNING, "c.md: nothing to publish")
    again = one_build([*first, new])
    assert again[0] == new[1] and len(again) == 2 and "2 warnings, 1 note (1 new above" in again[1]
    assert one_build([*first, new], strict=True)[:2] == [first[0][1], new[1]]  # --strict counts them: all told
    many = [(Level.INFO, f"n{i}.txt: decoded as cp1252") for i in range(30)]
    report.builds = 0
    notes = one_build(many)
    assert len(notes) == report.NOTES + 2 and "… and 22 more notes like these" in notes[-2]
    assert all(len(line) <= 289 and "\n" not in line for line in notes)
    caplog.clear()
    hook.log.info("x" * 1000 + "\nsecond line")
    assert [len(r.getMessage()) for r in caplog.records] == [289]
