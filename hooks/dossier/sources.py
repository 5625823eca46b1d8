"""Read article files: discover, decode, split YAML front matter, validate it."""

from __future__ import annotations

import codecs
import datetime as dt
import re
import reprlib
from collections.abc import Iterable
from pathlib import Path

import yaml
from charset_normalizer import from_bytes

from .model import Diagnostic, Level, Source

ARTICLE_SUFFIXES = (".txt", ".md")
# Front matter keys a contributor may set, with the type each must have.
META_TYPES: dict[str, tuple[type, ...]] = {
    "title": (str,),
    "author": (str,),
    "publisher": (str,),
    "date": (dt.date, str),
    "themes": (list,),
    "summary": (str,),
    "source_url": (str,),
}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


WESTERN_ENCODINGS = ("cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850")


class SourceError(Exception):
    """An article file that cannot become an article; the message says why (and ``line`` where, when known)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def discover(folder: Path, root: Path) -> tuple[list[Path], list[Diagnostic]]:
    """Article files under ``folder``, sorted by name so disk order never matters."""
    diagnostics: list[Diagnostic] = []
    if not folder.is_dir():
        return [], diagnostics
    found: list[Path] = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        if path.suffix.lower() in ARTICLE_SUFFIXES:
            found.append(path)
        else:
            diagnostics.append(
                Diagnostic(
                    Level.WARNING,
                    _rel(path, root),
                    "unsupported file type (only .txt and .md articles are read): "
                    "convert it to plain text or move it out of sources/articles/",
                )
            )
    return found, diagnostics


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text, returning ``(text, encoding)``.

    A byte-order mark wins; then strict UTF-8; then charset-normalizer's
    detection over the whole file. Raises :class:`SourceError` for binary data.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding.replace("-sig", "")
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


def split_front_matter(text: str) -> tuple[dict[str, object], str, int]:
    """Return ``(meta, body, body_line)``; raise SourceError on invalid YAML."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text, 1
    raw = match.group(1) or ""
    try:
        meta = yaml.safe_load(raw) if raw.strip() else {}
    except yaml.YAMLError as exc:
        # Where the faulty construct starts (an unclosed bracket) rather than where YAML gave up.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None)
        detail = f" ({problem})" if problem else ""
        raise SourceError(
            f"invalid YAML front matter{detail}: fix the YAML between the '---' lines",
            mark.line + 2 if mark is not None else None,
        ) from exc
    if not isinstance(meta, dict):
        raise SourceError("front matter must be a YAML mapping of 'key: value' lines")
    body_line = text.count("\n", 0, match.end()) + 1
    return {str(k): v for k, v in meta.items()}, text[match.end() :], body_line


def validate_meta(meta: dict[str, object], rel: str) -> tuple[dict[str, object], list[Diagnostic]]:
    """Keep well-typed known keys; warn about the others (they are ignored)."""
    clean: dict[str, object] = {}
    diagnostics: list[Diagnostic] = []
    for key, value in meta.items():
        if value is None:
            continue
        expected = META_TYPES.get(key)
        if expected is None:
            known = ", ".join(META_TYPES)
            diagnostics.append(
                Diagnostic(Level.WARNING, rel, f"unknown front matter key '{key}' ignored (known keys: {known})", 1)
            )
            continue
        if isinstance(value, dt.datetime):
            value = value.date()
        if not isinstance(value, expected):
            names = " or ".join(t.__name__ for t in expected)
            diagnostics.append(
                Diagnostic(
                    Level.WARNING,
                    rel,
                    f"front matter '{key}' should be {names}, got {type(value).__name__} {reprlib.repr(value)}; "
                    "it is ignored: correct or remove it",
                    1,
                )
            )
            continue
        if key == "date" and isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value.strip())
            except ValueError:
                diagnostics.append(
                    Diagnostic(
                        Level.WARNING,
                        rel,
                        f"front matter 'date' {reprlib.repr(value)} is not a date: write it as YYYY-MM-DD",
                        1,
                    )
                )
                continue
        if key == "themes":
            items = list(value)  # type: ignore[call-overload]
            value = [item for item in items if isinstance(item, str)]
            if len(value) != len(items):
                diagnostics.append(
                    Diagnostic(
                        Level.WARNING,
                        rel,
                        f"front matter 'themes' should list theme ids, got {reprlib.repr(items)}; "
                        "the entries that are not ids are ignored",
                        1,
                    )
                )
        if isinstance(value, str):
            value = " ".join(value.split())
            if not value:
                continue
        clean[key] = value
    return clean, diagnostics


def load(path: Path, root: Path, data: bytes | None = None) -> tuple[Source | None, list[Diagnostic]]:
    """Read one article file (or decode its bytes, when already read). Never raises: problems become diagnostics."""
    rel = _rel(path, root)
    diagnostics: list[Diagnostic] = []
    try:
        if data is None:
            data = path.read_bytes()
        text, encoding = decode(data)
        text = normalise_newlines(text).lstrip("\ufeff")
        if not text.strip():
            raise SourceError("the file is empty: write the article text or delete the file")
        meta, body, body_line = split_front_matter(text)
        meta, problems = validate_meta(meta, rel)
        diagnostics.extend(problems)
        if not body.strip():
            raise SourceError("the article has front matter but no text: add the article text after the '---' line")
    except OSError as exc:
        return None, [
            Diagnostic(
                Level.WARNING, rel, f"cannot be read ({exc.strerror}); the article is skipped: check its permissions"
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
