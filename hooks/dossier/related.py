"""Related articles, ranked by shared themes and shared named entities."""

from __future__ import annotations

import math
import re
from collections import Counter

from .model import Article, Kind

_NAME = re.compile(r"(?<![.!?«“]\s)(?<!^)\b([A-ZÀ-ÖØ-Þ][\w-]*(?:\s+[A-ZÀ-ÖØ-Þ0-9][\w.-]*)*)")
_COMMON = {"meta", "ia", "le", "la", "les", "un", "une", "ce", "cette", "il", "elle", "en", "de", "des", "si", "pour"}


def entities(article: Article) -> set[str]:
    """Capitalised names used inside sentences (not sentence-initial words)."""
    found: set[str] = set()
    for block in article.blocks:
        if block.kind is Kind.HEADING or block.role == "about":
            continue
        for match in _NAME.finditer(block.plain):
            name = match.group(1).casefold()
            if name not in _COMMON and len(name) > 2:
                found.add(name)
    return found


def related(articles: list[Article], limit: int = 3) -> dict[str, list[tuple[Article, list[str]]]]:
    """For each article id: up to ``limit`` others with the shared themes, best first.

    Score: 2 per shared theme plus the IDF weight of each shared name, so a
    name every article mentions counts for nothing.
    """
    names = {a.id: entities(a) for a in articles}
    df = Counter(name for ns in names.values() for name in ns)
    total = len(articles)
    result: dict[str, list[tuple[Article, list[str]]]] = {}
    for article in articles:
        scored = []
        for other in articles:
            if other.id == article.id:
                continue
            shared_themes = [t for t in article.themes if t in other.themes]
            shared_names = names[article.id] & names[other.id]
            score = 2 * len(shared_themes) + sum(math.log(total / df[n]) for n in shared_names)
            if score > 0:
                scored.append((-score, other.id, other, shared_themes))
        result[article.id] = [(other, shared) for _, _, other, shared in sorted(scored)[:limit]]
    return result
