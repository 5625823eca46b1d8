"""Reading article files: encodings, front matter, bad files."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import pytest

from dossier import sources
from dossier.model import Level

TEXT = "Élan à l’été : « œuvre » coûte 5 €.\nDeuxième ligne"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_decode_known_encodings(data: bytes, encoding: str) -> None:
    text, found = sources.decode(data)
    assert text.lstrip("\ufeff") == TEXT
    assert found.replace("_", "-").lower() in (encoding, "windows-1252") or encoding == "cp1252"


def test_decode_latin1_long_text() -> None:
    text = "Le géant a dépensé beaucoup d'argent à l'été, déjà, pour être le leader européen. " * 5
    decoded, encoding = sources.decode(text.encode("latin-1"))
    assert decoded == text
    assert encoding != "utf-8"


def test_binary_is_rejected() -> None:
    with pytest.raises(sources.SourceError):
        sources.decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_newlines_are_normalised() -> None:
    assert sources.normalise_newlines("a\r\nb\rc\n") == "a\nb\nc\n"


def test_front_matter_split_and_line() -> None:
    meta, body, line = sources.split_front_matter("---\ntitle: T\nauthor: A\n---\nCorps\n")
    assert meta == {"title": "T", "author": "A"}
    assert body == "Corps\n"
    assert line == 5


def test_invalid_front_matter_raises_with_line() -> None:
    with pytest.raises(sources.SourceError, match="invalid YAML front matter"):
        sources.split_front_matter("---\ntitle: [unclosed\n---\nCorps\n")


def test_validate_meta_types() -> None:
    meta, problems = sources.validate_meta(
        {"title": "  Un   titre ", "date": "2025-07-31", "themes": "strategy", "colour": "red", "author": 3}, "a.md"
    )
    assert meta == {"title": "Un titre", "date": dt.date(2025, 7, 31)}
    messages = [str(p) for p in problems]
    assert any("'themes' should be list" in m for m in messages)
    assert any("unknown front matter key 'colour'" in m for m in messages)
    assert any("'author' should be str" in m for m in messages)
    assert all(m.startswith("a.md:1: ") for m in messages)


def test_bad_date_string() -> None:
    _, problems = sources.validate_meta({"date": "demain"}, "a.md")
    assert "is not a date" in str(problems[0])


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    folder = tmp_path / "sources" / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "the file is empty"),
        (b"  \n\t\n", "the file is empty"),
        (b"---\ntitle: x\n---\n", "no text"),
        (b"---\n: [\n---\ntext", "invalid YAML"),
        (b"\x00\x01\x02binary", "binary"),
    ],
)
def test_load_bad_files_give_one_warning(tmp_path: Path, data: bytes, expected: str) -> None:
    path = _write(tmp_path, "bad.txt", data)
    source, problems = sources.load(path, tmp_path)
    assert source is None
    assert len(problems) == 1
    assert problems[0].level is Level.WARNING
    assert str(problems[0]).startswith("sources/articles/bad.txt")
    assert expected in problems[0].message
    assert "skipped" in problems[0].message


def test_load_non_utf8_gives_info(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "latin.txt", ("Un été déjà très chaud à Paris, où l'on a vu des records. " * 4).encode("cp1252")
    )
    source, problems = sources.load(path, tmp_path)
    assert source is not None and "été" in source.body
    assert [p.level for p in problems] == [Level.INFO]
    assert "decoded as" in problems[0].message


def test_discover_sorted_and_warns_on_unsupported(tmp_path: Path) -> None:
    _write(tmp_path, "b.txt", b"x")
    _write(tmp_path, "a.md", b"x")
    _write(tmp_path, "image.png", b"x")
    _write(tmp_path, ".hidden.txt", b"x")
    found, problems = sources.discover(tmp_path / "sources" / "articles", tmp_path)
    assert [p.name for p in found] == ["a.md", "b.txt"]
    assert [str(p) for p in problems] == [
        "sources/articles/image.png: unsupported file type (only .txt and .md articles are read): "
        "convert it to plain text or move it out of sources/articles/"
    ]
