"""Related articles, ranked by shared themes and shared named entities."""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict

from .glossary import names
from .model import Article

# Candidates for an article come from the articles sharing one of its rare
# names: a name found in more than RARE articles still counts in the final
# score, but does not bring candidates, so the work per article is bounded
# whatever the size of the corpus.
RARE = 30
CANDIDATES = 20  # best candidates by shared rare names, scored in full
EXHAUSTIVE = 200  # up to this many articles, every pair is scored


def entities(article: Article) -> frozenset[str]:
    """Capitalised names and acronyms used inside sentences, lower-cased (see :func:`glossary.names`)."""
    return names(article)[1]


def related(
    articles: list[Article], limit: int = 3, names: dict[str, frozenset[str]] | None = None
) -> dict[str, list[tuple[Article, list[str]]]]:
    """For each article id: up to ``limit`` others with the shared themes, best first.

    Score: 2 per shared theme plus the IDF weight of each shared name, so a
    name every article mentions counts for nothing. Up to EXHAUSTIVE articles,
    every pair is scored. Beyond, candidates come from an inverted index: the
    weights of the rarer names an article shares with others are added up
    posting by posting, the best CANDIDATES are scored in full, and articles
    sharing the most themes fill in when rare names bring too few. The work
    grows with the number of articles, not with its square. The ranking is the
    same in every process (ties go to the smaller article id), whatever the
    hash seed that orders Python's sets.
    ``names`` may hold each article's :func:`entities`, computed earlier.
    """
    if names is None:
        names = {a.id: entities(a) for a in articles}
    total = len(articles)
    df: Counter[str] = Counter(name for ns in names.values() for name in ns)
    weight = {name: math.log(total / n) for name, n in df.items()}
    postings: dict[str, list[Article]] = defaultdict(list)
    by_themes: dict[frozenset[str], list[Article]] = defaultdict(list)
    for article in sorted(articles, key=lambda a: a.id):
        for name in names[article.id]:
            if df[name] <= RARE:
                postings[name].append(article)
        by_themes[frozenset(article.themes)].append(article)
    by_id = {a.id: a for a in articles}
    result: dict[str, list[tuple[Article, list[str]]]] = {}
    for article in articles:
        own = names[article.id]
        themes = set(article.themes)
        if total <= EXHAUSTIVE:
            candidates = [a for a in articles if a.id != article.id]
        else:
            shared: dict[str, float] = defaultdict(float)
            for name in sorted(own):  # a set's order changes with each process's hash seed; float sums with it
                for other in postings.get(name, ()):
                    shared[other.id] += weight[name]
            shared.pop(article.id, None)
            best = heapq.nsmallest(CANDIDATES, shared, key=lambda key: (-shared[key], key))
            candidates = [by_id[key] for key in best]
            if len(candidates) < limit and themes:
                for key in sorted(by_themes, key=lambda k: (-len(k & themes), sorted(k))):
                    if not key & themes or len(candidates) >= limit + CANDIDATES:
                        break
                    candidates += [a for a in by_themes[key][: limit + CANDIDATES] if a.id != article.id]
        scored = []
        seen: set[str] = set()
        for other in candidates:
            if other.id in seen:
                continue
            seen.add(other.id)
            shared_themes = [t for t in article.themes if t in other.themes]
            # fsum: correctly rounded whatever the order of the set, so ties stay ties in every process.
            score = 2 * len(shared_themes) + math.fsum(weight[n] for n in own & names[other.id])
            if score > 0:
                scored.append((-score, other.id, other, shared_themes))
        result[article.id] = [(other, shared_themes) for _, _, other, shared_themes in sorted(scored)[:limit]]
    return result
