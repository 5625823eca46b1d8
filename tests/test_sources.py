"""Reading article files: encodings, front matter, bad files."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import pytest

from dossier import sources, text
from dossier.clean import clean
from dossier.model import Diagnostic, Level

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
    assert any(
        "'themes' should be a list, got str 'strategy'; it is ignored: write themes: [strategy" in m for m in messages
    )
    assert any("unknown front matter key 'colour'" in m for m in messages)
    assert any("'author' should be text, got int 3; it is ignored: write author: Prénom Nom" in m for m in messages)
    assert all(m.startswith("a.md:1: ") for m in messages)


def test_bad_date_string() -> None:
    _, problems = sources.validate_meta({"date": "demain"}, "a.md")
    assert str(problems[0]) == "a.md:1: front matter 'date' demain is not a valid date: write YYYY-MM-DD (or YYYY-MM)"


def test_unknown_keys_make_one_note_never_a_warning() -> None:
    meta, problems = sources.validate_meta({"title": "T", "couleur": "rouge", "layout": "wide"}, "a.md", {"couleur": 3})
    assert meta == {"title": "T"}
    assert [(p.level, str(p)) for p in problems] == [
        (
            Level.INFO,
            "a.md:3: unknown front matter keys 'couleur', 'layout' ignored (known keys: title, author, authors, "
            "publisher, date, themes, summary, description, tags, source_url, url, canonical_url, lang, keep, "
            "remove, not_quotes, speakers)",
        )
    ]


@pytest.mark.parametrize(
    "value", ["9999-99-99", "2025-02-30", "2025-13-01", "0000-01-01", "2025-07-31T25:61:00", "2025-13", "2025-3"]
)
def test_an_impossible_date_is_a_warning_on_its_line_not_a_crash(tmp_path: Path, value: str) -> None:
    path = _write(tmp_path, "x.md", f"---\ntitle: Un titre\nauthor: A\ndate: {value}\n---\nTexte.\n".encode())
    source, problems = sources.load(path, tmp_path)
    assert source is not None and "date" not in source.meta and source.meta["title"] == "Un titre"
    assert [str(p) for p in problems] == [
        f"sources/articles/x.md:4: front matter 'date' {value} is not a valid date: write YYYY-MM-DD (or YYYY-MM)"
    ]


@pytest.mark.parametrize("value", ["2025-07-31", "'2025-07-31'", "2025-07-31 10:30:00", "2025-07-31T10:30:00Z"])
def test_valid_dates(tmp_path: Path, value: str) -> None:
    path = _write(tmp_path, "x.md", f"---\ndate: {value}\n---\nTexte.\n".encode())
    source, problems = sources.load(path, tmp_path)
    assert source is not None and source.meta["date"] == dt.date(2025, 7, 31) and problems == []


@pytest.mark.parametrize("value", ["2025-03", "'2025-03'"])
def test_a_month_alone_is_a_date_of_month_precision(tmp_path: Path, value: str) -> None:
    # ISO 8601 reduced precision: a month without its day stays "YYYY-MM", the article's date.
    path = _write(tmp_path, "x.md", f"---\ndate: {value}\n---\nUn titre\n\nTexte de l'article.\n".encode())
    source, problems = sources.load(path, tmp_path)
    assert source is not None and source.meta["date"] == "2025-03" and problems == []
    assert clean(source).date == "2025-03"


BILLION_LAUGHS = "".join(
    f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9) if i else ', '.join(['lol'] * 9)}]\n" for i in range(10)
)


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        (BILLION_LAUGHS + "title: *l9\n", "front matter 'title' should be text, got list [[["),
        ("title: &a [*a]\n", "front matter 'title' should be text, got list"),
        ("author: " + "1:" * 3000 + "0\n", "front matter 'author' should be text, got int <int>"),
        ("title: " + "[" * 3000 + "]" * 3000 + "\n", "nests brackets more than 100 deep"),
        ("title: " + "{a: " * 90 + "b" + "}" * 90 + "\n", "front matter 'title' should be text, got dict"),
        ("? [a, b]\n: c\n", "invalid YAML front matter (found unhashable key)"),
        ("title: !!python/object:os.system x\n", "invalid YAML front matter"),
        ("title: !!timestamp pas une date\n", None),
        ("title: !!binary é\n", "invalid YAML front matter"),
        ("title: \ufffe\n", "invalid YAML front matter"),
        ("x: " + "y" * 200_000 + "\n", "the front matter is 200,004 characters long"),
    ],
)
def test_hostile_front_matter_never_raises_and_says_it_in_one_short_line(
    tmp_path: Path, front: str, expected: str | None
) -> None:
    path = _write(tmp_path, "x.md", f"---\n{front}---\nTexte.\n".encode())
    _, problems = sources.load(path, tmp_path)
    for problem in problems:
        assert "\n" not in str(problem) and len(str(problem)) <= 289, str(problem)
    if expected is not None:
        assert any(expected in str(p) for p in problems), [str(p) for p in problems]


def test_correction_keys_pass_through() -> None:
    meta, problems = sources.validate_meta(
        {
            "keep": ["  Abonnez-vous pour lire la suite ", ""],
            "remove": ["Une ligne de trop"],
            "not_quotes": ["chevalier blanc"],
            "speakers": {"nous publierons": " Mark Zuckerberg "},
        },
        "a.md",
    )
    assert problems == []
    assert meta == {
        "keep": ["Abonnez-vous pour lire la suite"],
        "remove": ["Une ligne de trop"],
        "not_quotes": ["chevalier blanc"],
        "speakers": {"nous publierons": "Mark Zuckerberg"},
    }


def test_correction_keys_of_the_wrong_shape_are_warned_with_their_line(tmp_path: Path) -> None:
    front = "title: T\nkeep: une ligne\nremove: [1, Une ligne]\nnot_quotes: {a: b}\nspeakers: [Mark Zuckerberg]\n"
    path = _write(tmp_path, "x.md", f"---\n{front}---\nTexte.\n".encode())
    source, problems = sources.load(path, tmp_path)
    assert source is not None and source.meta == {"title": "T", "remove": ["Une ligne"]}
    messages = [str(p) for p in problems]
    assert [p.level for p in problems] == [Level.WARNING] * 4
    assert messages[0].startswith("sources/articles/x.md:3: front matter 'keep' should be a list of texts, got str")
    assert 'e.g. keep: ["Une ligne à garder"]' in messages[0]
    assert messages[1].startswith("sources/articles/x.md:4: front matter 'remove' lists 1, which is not a text")
    assert messages[2].startswith("sources/articles/x.md:5: front matter 'not_quotes' should be a list of texts")
    assert messages[3].startswith("sources/articles/x.md:6: front matter 'speakers' should be a mapping, got list")
    assert "e.g. speakers: {" in messages[3]


UNSEEN = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u200e\u200f\ufeff\u00ad\x00\x07"


def test_visible_removes_what_cannot_be_seen_and_keeps_real_characters() -> None:
    real = "Élan à l’été : « œuvre » — Œil, cœur, 5\u00a0€, 10\u202f%, naïve, ça\tva\n"
    assert text.visible(real) == real
    mixed = "".join(c + u for c, u in zip(real, UNSEEN * 10, strict=False)) + real[len(UNSEEN) * 10 :]
    assert text.visible(mixed) == real
    assert text.visible("a\u2028b\x0cc\x85d") == "a b c d"  # line breaks other than \n: a space, lines unchanged


def test_unseen_characters_never_reach_the_source(tmp_path: Path) -> None:
    title = "Un \u202etitre\u202c avec\u200b zéro\u00ad « œuvre »"
    # A NUL in the first 4 KB makes a binary file; further on, in a text, it goes.
    body = "\ufeffDu texte\u2066 isolé\u2069, l’œil.\n\n" + "Suite du texte. " * 300 + "Fin\x00.\n"
    data = f"---\ntitle: '{title}'\n---\n{body}".encode()
    source, problems = sources.load(_write(tmp_path, "x.md", data), tmp_path)
    assert source is not None and problems == []
    assert source.meta["title"] == "Un titre avec zéro « œuvre »"
    assert source.body.startswith("Du texte isolé, l’œil.\n") and source.body.endswith("Fin.\n")


def test_one_line_and_quoted_messages() -> None:
    assert text.one_line("a\nb\tc\u202ed") == "a b c\\u202ed"
    assert len(text.one_line("x" * 1000)) == text.MESSAGE_LIMIT and text.one_line("x" * 1000).endswith("…")
    assert text.quoted("y" * 1000, 20) == "'" + "y" * 17 + "…'"
    loop: list[object] = []
    loop.append(loop)
    assert len(text.quoted(loop)) <= 60 and text.quoted(10**5000) == "<int>" and text.quoted(7) == "7"
    diagnostic = Diagnostic(Level.WARNING, "sources/articles/a\nb.txt", "x" * 1000, 3)
    assert str(diagnostic).startswith("sources/articles/a b.txt:3: xxx") and len(str(diagnostic)) == 289


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
    _write(tmp_path, "rapport.pdf", b"x")
    _write(tmp_path, "image.png", b"x")  # a picture a Markdown article may show: not reported
    _write(tmp_path, ".hidden.txt", b"x")
    found, problems, _ = sources.discover(tmp_path / "sources" / "articles", tmp_path)
    assert [p.name for p in found] == ["a.md", "b.txt"]
    assert [str(p) for p in problems] == [
        "sources/articles/rapport.pdf: unsupported file type (only .txt and .md articles are read): "
        "convert it to plain text or move it out of sources/articles/"
    ]


LEFTOVERS = [
    "article.txt~",
    ".article.txt.swp",
    ".article.md.swo",
    "#article.txt#",
    ".#article.txt",
    ".DS_Store",
    "Thumbs.db",
    "desktop.ini",
    "~$rapport.docx",
    "article.txt.bak",
    "article.md.orig",
    "4913",
    ".cache/a.txt",
    "__MACOSX/a.txt",
]


def test_editors_leftovers_are_ignored_without_a_word(tmp_path: Path) -> None:
    _write(tmp_path, "article.txt", b"Un titre\n\nDu texte.")
    for name in LEFTOVERS:
        path = tmp_path / "sources" / "articles" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    found, problems, _ = sources.discover(tmp_path / "sources" / "articles", tmp_path)
    assert [p.name for p in found] == ["article.txt"]
    assert problems == []


def test_a_file_name_with_invisible_characters_is_reported(tmp_path: Path) -> None:
    _write(tmp_path, "exe.\u202etxt.md", b"Un titre\n\nDu texte.")
    _write(tmp_path, "a\nb.txt", b"Un titre\n\nDu texte.")
    found, problems, _ = sources.discover(tmp_path / "sources" / "articles", tmp_path)
    assert found == []
    assert [str(p) for p in problems] == [
        "sources/articles/a b.txt: the file name holds an invisible or control character (U+000A); "
        "the article is skipped: rename the file",
        "sources/articles/exe.\\u202etxt.md: the file name holds an invisible or control character (U+202E); "
        "the article is skipped: rename the file",
    ]


def test_a_byte_order_mark_on_invalid_text_is_reported(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + "Titre\n\nTexte".encode("utf-16-le") + b"\x00\xd8"
    source, problems = sources.load(_write(tmp_path, "x.txt", data), tmp_path)
    assert source is None
    assert "starts with a UTF-16 byte-order mark but is not UTF-16 text" in str(problems[0])
