"""Read article files: discover, decode, split YAML front matter, validate it.

Nothing here raises on a file's content: every problem becomes a :class:`Diagnostic` naming the
file (and the line, when known) and what to do, and a file that cannot become an article is
skipped. Text is made :func:`~dossier.text.visible` once, here: no later stage sees a bidi
override, a zero-width space, a soft hyphen or a NUL.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml
from charset_normalizer import from_bytes

from .model import Diagnostic, Level, Source
from .text import UNSEEN_OR_CONTROL, quoted, visible

ARTICLE_SUFFIXES = (".txt", ".md")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif")  # pictures Markdown articles may show
# Front matter keys a contributor may set, with the type each must have.
# The MkDocs and Material conventions (description, tags, authors, date) are understood as such.
META_TYPES: dict[str, tuple[type, ...]] = {
    "title": (str,),
    "author": (str,),
    "authors": (list, str),
    "publisher": (str,),
    "date": (dt.date, str),
    "themes": (list,),
    "summary": (str,),
    "description": (str,),
    "tags": (list, str),
    "source_url": (str,),
    "url": (str,),
    "canonical_url": (str,),
    "lang": (str,),
}
# How each key is written, for the warning a key of the wrong type or form gets.
META_FORMS: dict[str, str] = {
    "title": 'title: "Le titre de l\'article"',
    "author": "author: Prénom Nom",
    "authors": "authors: [Prénom Nom, Autre Nom]",
    "publisher": "publisher: Le Journal",
    "date": "date: 2025-03-14 (or 2025-03-14 10:30)",
    "themes": "themes: [strategy, security]",
    "summary": 'summary: "Une phrase qui résume l\'article."',
    "description": 'description: "Une phrase qui résume l\'article."',
    "tags": "tags: [open source, Llama]",
    "source_url": "source_url: https://exemple.fr/article",
    "url": "url: https://exemple.fr/article",
    "canonical_url": "canonical_url: https://exemple.fr/article",
    "lang": "lang: fr (a language tag: fr, en, fr-BE…)",
}
# Front matter keys that are another name for one of ours (Material's and common static site generators').
META_ALIASES = {"url": "source_url", "canonical_url": "source_url", "description": "summary"}
_WEB_URL = re.compile(r"https?://[^\s/?#]+\S*", re.I)
_LANGUAGE_TAG = re.compile(r"[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*")
# Text keys with a form of their own: the pattern the value must match, what it is not, how much the warning quotes.
_FORMS: dict[str, tuple[re.Pattern[str], str, int]] = {
    **{key: (_WEB_URL, "is not a web address", 60) for key in ("source_url", "url", "canonical_url")},
    "lang": (_LANGUAGE_TAG, "is not a language tag", 40),
}
# Corrections a contributor makes to one article's cleaning and quotations (their effect is the
# cleaner's and the quote extractor's): lines to keep or remove, texts that are not quotations, and
# quotation fragment -> speaker. Passed on in Source.meta under the same names.
CORRECTION_KEYS: dict[str, str] = {
    "keep": 'a list of lines the cleaner removed that must be kept, e.g. keep: ["Une ligne à garder"]',
    "remove": 'a list of lines to remove, e.g. remove: ["Une ligne à retirer"]',
    "not_quotes": 'a list of texts that are not quotations, e.g. not_quotes: ["chevalier blanc"]',
    "speakers": 'a mapping of quotation fragment to speaker, e.g. speakers: {"nous publierons": "Mark Zuckerberg"}',
}
KNOWN_KEYS = (*META_TYPES, *CORRECTION_KEYS)
# Front matter is a few lines; longer is a file whose first line happens to be "---" (PyYAML reads
# about a megabyte in seconds: the bound keeps every file's reading time proportional to its size).
FRONT_MATTER_LIMIT = 100_000  # characters
NESTING_LIMIT = 100  # brackets in brackets: far more than any front matter needs
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


WESTERN_ENCODINGS = ("cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850")


# Files editors, file managers and patch tools leave next to the ones being edited: never articles,
# skipped without a word (hidden files and folders too: their names start with a dot).
_LEFTOVER_NAMES = {"thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r", "4913"}
_LEFTOVER_ENDINGS = ("~", ".swp", ".swo", ".swx", ".tmp", ".bak", ".orig", ".rej", ".part", ".crdownload")
_LEFTOVER_FOLDERS = {"__macosx"}


def is_leftover(name: str) -> bool:
    """An editor's or a system's file, never an article: ``*~``, ``.*.swp``, ``#*#``, ``.DS_Store``, ``Thumbs.db``…"""
    lower = name.lower()
    return (
        name.startswith((".", "~$"))
        or (len(name) > 1 and name.startswith("#") and name.endswith("#"))
        or lower.endswith(_LEFTOVER_ENDINGS)
        or lower in _LEFTOVER_NAMES
    )


class SourceError(Exception):
    """An article file that cannot become an article; the message says why (and ``line`` where, when known)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def discover(folder: Path, root: Path) -> tuple[list[Path], list[Diagnostic], list[Path]]:
    """Article files under ``folder``, sorted by name so disk order never matters; what to report; the pictures.

    Editors' leftovers and hidden files are passed over silently (:func:`is_leftover`); other
    files that are not ``.txt`` or ``.md``, and names holding invisible characters, are reported.
    Pictures (:data:`IMAGE_SUFFIXES`) are for Markdown articles to show: returned apart.
    """
    diagnostics: list[Diagnostic] = []
    pictures: list[Path] = []
    if not folder.is_dir():
        return [], diagnostics, pictures
    found: list[Path] = []
    for path in sorted(folder.rglob("*")):
        parts = path.relative_to(folder).parts
        if any(part.startswith(".") or part.lower() in _LEFTOVER_FOLDERS for part in parts[:-1]):
            continue
        if is_leftover(path.name) or not path.is_file():
            continue
        odd = UNSEEN_OR_CONTROL.search(path.name)
        if odd:
            diagnostics.append(
                Diagnostic(
                    Level.WARNING,
                    _rel(path, root),
                    f"the file name holds an invisible or control character (U+{ord(odd.group()):04X}); "
                    "the article is skipped: rename the file",
                )
            )
        elif path.suffix.lower() in ARTICLE_SUFFIXES:
            found.append(path)
        elif path.suffix.lower() in IMAGE_SUFFIXES:
            pictures.append(path)  # published when a Markdown article shows it
        else:
            diagnostics.append(
                Diagnostic(
                    Level.WARNING,
                    _rel(path, root),
                    "unsupported file type (only .txt and .md articles are read): "
                    "convert it to plain text or move it out of sources/articles/",
                )
            )
    return found, diagnostics, pictures


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text, returning ``(text, encoding)``.

    A byte-order mark wins; then strict UTF-8; then charset-normalizer's
    detection over the whole file. Raises :class:`SourceError` for binary data.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            name = encoding.replace("-sig", "")
            try:
                return data.decode(encoding), name
            except UnicodeDecodeError as exc:
                raise SourceError(
                    f"starts with a {name.upper()} byte-order mark but is not {name.upper()} text "
                    f"(byte {exc.start}): save the article as UTF-8 text"
                ) from exc
    if b"\x00" in data[:4096]:
        raise SourceError("looks like a binary file, not text: save the article as plain text (.txt) or remove it")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Articles are French: let the detector choose among the encodings French
    # text is saved in first, then among all it knows.
    best = from_bytes(data, cp_isolation=list(WESTERN_ENCODINGS)).best()
    if best is None or best.chaos > 0.2:
        best = from_bytes(data).best()
    if best is None:
        raise SourceError("cannot detect the text encoding (binary file?): save the article as UTF-8 text")
    return str(best), best.encoding


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _as_text_when_invalid(construct: Callable[[yaml.SafeLoader, yaml.Node], object]) -> Callable[..., object]:
    """A PyYAML constructor that keeps the scalar's text when the value it stands for cannot be made."""

    def guarded(loader: yaml.SafeLoader, node: yaml.Node) -> object:
        try:
            return construct(loader, node)
        except (ValueError, TypeError, AttributeError, ArithmeticError):
            return loader.construct_scalar(node)  # type: ignore[arg-type]

    return guarded


class _Loader(yaml.SafeLoader):
    """PyYAML's safe loader, for front matter a contributor may get wrong.

    PyYAML makes ``2025-02-30`` or ``9999-99-99`` a date and raises ValueError
    when that date does not exist, and raises it too for an integer of more
    than 4,300 digits: such values stay text here, and :func:`validate_meta`
    says what is wrong with their key. Aliases are never expanded (a
    "billion laughs" document is as small as its text), and nothing but plain
    data can be made (no Python objects).
    """


for _tag, _construct in (
    ("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_timestamp),
    ("tag:yaml.org,2002:int", yaml.SafeLoader.construct_yaml_int),
    ("tag:yaml.org,2002:float", yaml.SafeLoader.construct_yaml_float),
):
    _Loader.add_constructor(_tag, _as_text_when_invalid(_construct))


def _yaml(raw: str) -> tuple[object, dict[str, int]]:
    """The YAML document in ``raw``, and the line (in ``raw``, from 0) of each top-level key."""
    loader = _Loader(raw)
    try:
        node = loader.get_single_node()
        lines: dict[str, int] = {}
        if isinstance(node, yaml.MappingNode):
            for key, _ in node.value:
                if isinstance(key, yaml.ScalarNode):
                    lines.setdefault(str(key.value), key.start_mark.line)
        return (loader.construct_document(node) if node is not None else None), lines
    finally:
        loader.dispose()


def split_front_matter(text: str) -> tuple[dict[str, object], str, int]:
    """Return ``(meta, body, body_line)``; raise SourceError on invalid YAML.

    :func:`front_matter` gives the line of each key too.
    """
    meta, body, body_line, _ = front_matter(text)
    return meta, body, body_line


def front_matter(text: str) -> tuple[dict[str, object], str, int, dict[str, int]]:
    """Return ``(meta, body, body_line, key_lines)``: ``key_lines`` maps each key to its line in the file.

    Raises SourceError when the front matter cannot be read, with the line at fault when known.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text, 1, {}
    raw = match.group(1) or ""
    if len(raw) > FRONT_MATTER_LIMIT:
        raise SourceError(
            f"the front matter is {len(raw):,} characters long (at most {FRONT_MATTER_LIMIT:,}): "
            "close it with a '---' line after its few 'key: value' lines",
            1,
        )
    if _nesting(raw) > NESTING_LIMIT:
        raise SourceError(
            f"the front matter nests brackets more than {NESTING_LIMIT} deep: write plain 'key: value' lines", 2
        )
    try:
        meta, key_lines = _yaml(raw) if raw.strip() else ({}, {})
    except yaml.YAMLError as exc:
        # Where the faulty construct starts (an unclosed bracket) rather than where YAML gave up.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None)
        detail = f" ({quoted(problem, 80)[1:-1]})" if isinstance(problem, str) else ""
        raise SourceError(
            f"invalid YAML front matter{detail}: fix the YAML between the '---' lines",
            mark.line + 2 if mark is not None else None,
        ) from exc
    except RecursionError as exc:
        raise SourceError(
            "the front matter nests too deeply (or an alias refers to itself): write plain 'key: value' lines", 2
        ) from exc
    if not isinstance(meta, dict):
        raise SourceError("front matter must be a YAML mapping of 'key: value' lines", 2)
    body_line = text.count("\n", 0, match.end()) + 1
    keys = {k: n + 2 for k, n in key_lines.items()}
    return {_key(k): v for k, v in meta.items()}, text[match.end() :], body_line, keys


def _nesting(raw: str) -> int:
    """How deep YAML flow brackets nest at most (quoted ones counted too: a bound, not a parse).

    PyYAML scans nested flow collections in time quadratic in their depth, and composes them by
    recursion: deep nesting is refused before it is parsed.
    """
    if raw.count("[") + raw.count("{") <= NESTING_LIMIT:
        return 0
    depth = deepest = 0
    for char in raw:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(0, depth - 1)
    return deepest


def _key(key: object) -> str:
    """A front matter key as text (YAML keys may be numbers, dates, booleans)."""
    try:
        return str(key)
    except ValueError:  # an integer too long to write out (Python's limit: 4,300 digits)
        return quoted(key, 40)


def _date(value: object) -> dt.date | str | None:
    """A front matter date: a YAML date or date and time, or text written YYYY-MM-DD[ HH:MM]; or a month
    written YYYY-MM (ISO 8601 reduced precision, kept as that text); None when it is none of these."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*", value):
        try:  # a date and time must be a valid time too
            return dt.datetime.fromisoformat(value.strip()).date()
        except ValueError:
            return None
    if isinstance(value, str) and re.fullmatch(r"\s*\d{4}-(?:0[1-9]|1[0-2])\s*", value):
        return value.strip()
    return None


def _shown_date(value: object) -> str:
    """A wrong date as the message shows it: as written when it is one short word (9999-99-99), else quoted."""
    if isinstance(value, str | int | float | dt.date) and re.fullmatch(r"[\w.:/+-]{1,32}", str(value)):
        return str(value)
    return quoted(value, 40)


def _strings(value: object) -> tuple[list[str], list[object]] | None:
    """A correction list's texts and its entries that are not texts; None when ``value`` is not a list."""
    if not isinstance(value, list):
        return None
    texts: list[str] = []
    others: list[object] = []
    for item in value:
        if isinstance(item, str):
            if item.strip():
                texts.append(item.strip())
        else:
            others.append(item)
    return texts, others


def _correction(key: str, value: object, rel: str, line: int) -> tuple[object | None, Diagnostic | None]:
    """A correction key's value when well formed (:data:`CORRECTION_KEYS`), and a warning when not (wholly)."""

    def wrong(what: str) -> Diagnostic:
        return Diagnostic(
            Level.WARNING, rel, f"front matter '{key}' {what}; write {CORRECTION_KEYS[key]}: it is ignored", line
        )

    if key == "speakers":
        if not isinstance(value, dict):
            return None, wrong(f"should be a mapping, got {type(value).__name__} {quoted(value, 40)}")
        pairs = {
            k.strip(): v.strip()
            for k, v in value.items()
            if isinstance(k, str) and isinstance(v, str) and k.strip() and v.strip()
        }
        bad = [(k, v) for k, v in value.items() if not (isinstance(k, str) and isinstance(v, str))]
        if bad:
            return pairs or None, wrong(f"maps {quoted(bad[0][0], 40)} to {quoted(bad[0][1], 40)}, not text to text")
        return pairs or None, None
    found = _strings(value)
    if found is None:
        return None, wrong(f"should be a list of texts, got {type(value).__name__} {quoted(value, 40)}")
    texts, others = found
    if others:
        return texts or None, wrong(f"lists {quoted(others[0], 40)}, which is not a text")
    return texts or None, None


def validate_meta(
    meta: dict[str, object], rel: str, lines: Mapping[str, int] | None = None
) -> tuple[dict[str, object], list[Diagnostic]]:
    """Keep well-typed known keys; report the others, which are ignored.

    ``lines`` gives each key's line in the file (:func:`front_matter`); without it, messages say line 1.
    Unknown keys make one note (a key another tool uses never fails a strict build); a known key of
    the wrong type or shape, a warning naming its line and the form expected.
    """
    clean: dict[str, object] = {}
    diagnostics: list[Diagnostic] = []
    unknown: list[str] = []
    lines = lines or {}
    for key, value in meta.items():
        line = lines.get(key, 1)

        def warn(message: str) -> None:
            diagnostics.append(Diagnostic(Level.WARNING, rel, message, line))  # noqa: B023 (called in this turn)

        if value is None:
            continue
        if key in CORRECTION_KEYS:
            kept, problem = _correction(key, value, rel, line)
            if problem is not None:
                diagnostics.append(problem)
            if kept is not None:
                clean[key] = kept
            continue
        expected = META_TYPES.get(key)
        if expected is None:
            unknown.append(key)
            continue
        if key == "date":
            date = _date(value)
            if date is None:
                warn(f"front matter 'date' {_shown_date(value)} is not a valid date: write YYYY-MM-DD (or YYYY-MM)")
                continue
            value = date
        if not isinstance(value, expected):
            names = " or ".join("text" if t is str else "a list" if t is list else t.__name__ for t in expected)
            warn(
                f"front matter '{key}' should be {names}, got {type(value).__name__} {quoted(value, 60)}; "
                f"it is ignored: write {META_FORMS[key]}"
            )
            continue
        if key in ("tags", "authors"):
            items = [value] if isinstance(value, str) else list(value)  # type: ignore[call-overload]
            value = [" ".join(str(item).split()) for item in items if isinstance(item, str | int | float)]
            value = [item for item in value if item]
            if len(value) != len(items):
                warn(
                    f"front matter '{key}' lists {quoted(items, 80)}, not only texts; the others are ignored: "
                    f"write {META_FORMS[key]}"
                )
            if value:
                clean[key] = value
            continue
        form = _FORMS.get(key)
        if form is not None and not form[0].fullmatch(value.strip()):
            warn(f"front matter '{key}' {quoted(value, form[2])} {form[1]}; it is ignored: write {META_FORMS[key]}")
            continue
        if key == "themes":
            items = list(value)  # type: ignore[call-overload]
            value = [item.strip() for item in items if isinstance(item, str) and item.strip()]
            if len(value) != len(items):
                warn(
                    f"front matter 'themes' should list theme ids, got {quoted(items, 80)}; "
                    "the entries that are not ids are ignored"
                )
        if isinstance(value, str):
            value = " ".join(value.split())
            if not value:
                continue
        clean[key] = value
    for alias, key in META_ALIASES.items():  # an alias counts when the key itself is not set
        if alias in clean:
            value = clean.pop(alias)
            clean.setdefault(key, value)
    if unknown:
        names = ", ".join(quoted(key, 30) for key in unknown[:5]) + (", …" if len(unknown) > 5 else "")
        diagnostics.append(
            Diagnostic(
                Level.INFO,
                rel,
                f"unknown front matter key{'s' if len(unknown) > 1 else ''} {names} ignored "
                f"(known keys: {', '.join(KNOWN_KEYS)})",
                lines.get(unknown[0], 1),
            )
        )
    return clean, diagnostics


def load(path: Path, root: Path, data: bytes | None = None) -> tuple[Source | None, list[Diagnostic]]:
    """Read one article file (or decode its bytes, when already read). Never raises: problems become diagnostics.

    :func:`read` is the same but lets an unexpected exception (a bug) through, for a caller that
    reports it itself (:func:`dossier.corpus.analyse_source`'s caller does, and tries the file again
    on the next build).
    """
    try:
        return read(path, root, data)
    except Exception as exc:  # a bug here must not take the other articles down
        problem = f"cannot be read ({type(exc).__name__}: {quoted(str(exc), 80)}); the article is skipped: "
        return None, [
            Diagnostic(Level.WARNING, _rel(path, root), problem + "please report this problem, with the file")
        ]


def read(path: Path, root: Path, data: bytes | None = None) -> tuple[Source | None, list[Diagnostic]]:
    """:func:`load`, raising what is not a problem of the file (its content, its permissions) but of this code."""
    rel = _rel(path, root)
    diagnostics: list[Diagnostic] = []
    try:
        if data is None:
            data = path.read_bytes()
        text, encoding = decode(data)
        text = visible(normalise_newlines(text))
        if not text.strip():
            raise SourceError("the file is empty: write the article text or delete the file")
        meta, body, body_line, key_lines = front_matter(text)
        meta, problems = validate_meta(meta, rel, key_lines)
        diagnostics.extend(problems)
        if not body.strip():
            raise SourceError("the article has front matter but no text: add the article text after the '---' line")
    except OSError as exc:
        return None, [
            Diagnostic(
                Level.WARNING,
                rel,
                f"cannot be read ({exc.strerror or type(exc).__name__}); the article is skipped: check its permissions",
            )
        ]
    except SourceError as exc:
        return None, [*diagnostics, Diagnostic(Level.WARNING, rel, f"{exc}; the article is skipped", exc.line)]
    if encoding != "utf-8":
        diagnostics.append(Diagnostic(Level.INFO, rel, f"decoded as {encoding}; consider saving it as UTF-8"))
    source = Source(
        id=path.stem,
        path=path,
        rel=rel,
        body=body,
        meta=meta,
        body_line=body_line,
        encoding=encoding,
        markdown=path.suffix.lower() == ".md",
    )
    return source, diagnostics


def load_all(paths: Iterable[Path], root: Path) -> tuple[list[Source], list[Diagnostic]]:
    sources: list[Source] = []
    diagnostics: list[Diagnostic] = []
    for path in paths:
        source, problems = load(path, root)
        diagnostics.extend(problems)
        if source is not None:
            sources.append(source)
    return sources, diagnostics


def ignoring_leftovers(callback: Callable[[Any], None]) -> Callable[[Any], None]:
    """A file-watcher callback that events on editors' leftovers alone (swap files, backups) do not reach."""

    def on_any_event(event: Any) -> None:
        paths = [event.src_path, getattr(event, "dest_path", "") or event.src_path]
        if not all(is_leftover(os.path.basename(os.fsdecode(path))) for path in paths):
            callback(event)

    return on_any_event
