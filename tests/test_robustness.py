"""Any input: encodings, broken files, hostile text, duplicate names, huge articles, determinism.

One real build of a folder of deliberately broken and hostile files next to
the seed articles (the browser side is in test_browser.py).
"""

from __future__ import annotations

import codecs
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from .conftest import SEEDS, Build, broken_links, make_project, run_build

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
    "sans-titre.txt": "!!!\n\n???",
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Build, Build]:
    project = make_project(tmp_path_factory.mktemp("hostile"), {"hostile.md": HOSTILE, **BROKEN, **ENCODED, **NAMES})
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
        "photo.png": "unsupported file type",
        "yaml-casse.md:2": "invalid YAML front matter (expected ',' or ']', but got '<stream end>'): fix the YAML",
        "sans-texte.md": "front matter but no text: add the article text",
    }
    for name, message in expected.items():
        found = [w for w in warnings if f"sources/articles/{name}:" in w or f"sources/articles/{name} " in w]
        assert len(found) == 1, (name, found)
        assert message in found[0], found[0]
    types = [w for w in warnings if "sources/articles/types.md:1:" in w]
    assert any("'title' should be str, got int 42" in w for w in types)
    assert any("'date' 'demain' is not a date: write it as YYYY-MM-DD" in w for w in types)
    assert any("unknown front matter key 'couleur'" in w for w in types)
    assert any("unknown theme id(s) 'cuisine'" in w and "known: geopolitics" in w for w in types)
    ids = {r["id"] for r in records(lenient)}
    assert {p.stem for p in SEEDS.iterdir()} <= ids
    assert {"hostile", "types", "utf16", "windows", "latin1", "mac", "doublon"} <= ids
    assert not ids & {"vide", "espaces", "image", "rapport", "photo", "yaml-casse", "sans-texte", ".hidden"}
    assert broken_links(lenient.site) == []


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
    text = article.article.get_text(" ")
    for literal in ('--8<-- "/etc/passwd"', '--8<-- "mkdocs.yml"', "[lien](javascript:"):
        assert literal in text, literal
    assert article.title.get_text().startswith(PAYLOAD)
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
    first = make_project(tmp_path / "a", {"hostile.md": HOSTILE, **ENCODED})
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
