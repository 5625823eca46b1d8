"""Small text utilities for French prose: whitespace, sentences, slugs, anchors."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from slugify import slugify as _slugify

# Zero-width and control characters that never carry meaning in an article.
_INVISIBLE = dict.fromkeys(
    [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD] + [c for c in range(0x20) if c not in (0x09, 0x0A)] + [0x7F]
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ABBREVIATIONS = {"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "etc", "cf", "p", "vol", "no", "n°"}
_SENTENCE_END = re.compile(r"[.!?…]+[»”\"')\]]*(?=\s+[«“\"(\[]?\s*[A-ZÀ-ÖØ-Þ0-9])")


def normalise_line(line: str) -> str:
    """Collapse runs of spaces (keeping French non-breaking spaces as single spaces)."""
    line = line.translate(_INVISIBLE)
    return _SPACES.sub(lambda m: "\u00a0" if m.group() in ("\u00a0", "\u202f") else " ", line).strip()


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def words(text: str) -> list[str]:
    return [w for w in text.split() if any(ch.isalnum() for ch in w)]


def split_sentences(text: str) -> list[str]:
    """Split French prose into sentences; guillemets and common abbreviations stay whole."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        before = text[start : match.start()].split()
        last = before[-1].lower().strip('(«“"') if before else ""
        if match.group().startswith(".") and (last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha())):
            continue
        if _inside_guillemets(text, start, end):
            continue
        sentences.append(text[start:end].strip())
        start = end
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def _inside_guillemets(text: str, start: int, end: int) -> bool:
    chunk = text[start:end]
    return chunk.count("«") > chunk.count("»") or chunk.count("“") > chunk.count("”")


_DANGLING = {
    "l",
    "d",
    "de",
    "du",
    "des",
    "la",
    "le",
    "les",
    "un",
    "une",
    "et",
    "ou",
    "a",
    "au",
    "aux",
    "en",
    "s",
    "qu",
    "que",
    "par",
    "pour",
    "sur",
    "dans",
}


def slugify(text: str, max_length: int = 60) -> str:
    """ASCII slug for URLs and anchors: accents folded, elisions split (l’IA -> l-ia).

    When the slug is cut to ``max_length``, dangling articles and prepositions
    at the cut are dropped ("…-dans-le-monde-de-l" -> "…-dans-le-monde").
    """
    text = re.sub(r"[’'`´]", " ", text)
    full = _slugify(text, word_boundary=True, save_order=True)
    slug = _slugify(text, max_length=max_length, word_boundary=True, save_order=True)
    if slug != full:
        parts = slug.split("-")
        while len(parts) > 1 and parts[-1] in _DANGLING:
            parts.pop()
        slug = "-".join(parts)
    return slug


def short_hash(text: str, length: int = 6) -> str:
    key = " ".join(text.split()).casefold()
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:length]


def truncate(text: str, limit: int) -> str:
    """Cut at a word boundary, adding an ellipsis when something was cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:–—-")
    return cut + "…"
