"""Related articles, ranked by shared themes and shared named entities."""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from .glossary import names
from .model import Article

# Candidates for an article come from the articles sharing one of its rare
# names: a name found in more than RARE articles still counts in the final
# score, but does not bring candidates, so the work per article is bounded
# whatever the size of the corpus.
RARE = 30
CANDIDATES = 20  # best candidates by shared rare names, scored in full
EXHAUSTIVE = 200  # up to this many articles, every pair is scored
# Beyond this share of articles with other names or themes than in the last ranking, ranking all again is as quick.
AGAIN_MAX = 0.1

Rows = list[tuple[str, list[str]]]  # (other article's id, shared themes), best first


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
    by_id = {a.id: a for a in articles}
    ranked = rank_again(None, articles, names, limit)
    return {key: [(by_id[other], shared) for other, shared in rows] for key, rows in ranked.rows.items()}


@dataclass(frozen=True)
class Ranking:
    """:func:`related`'s ranking by article id, and what :func:`rank_again` needs to redo part of it."""

    rows: dict[str, Rows]
    names: dict[str, frozenset[str]]
    themes: dict[str, tuple[str, ...]]
    df: dict[str, int]  # name -> articles that use it
    postings: dict[str, list[str]]  # rare name -> ids of the articles that use it, in order
    fallback: frozenset[str]  # articles some of whose candidates came from shared themes
    limit: int


def rank_again(
    previous: Ranking | None, articles: list[Article], names: dict[str, frozenset[str]], limit: int = 3
) -> Ranking:
    """The ranking of :func:`related`, from the last one when few articles have other names or themes.

    Only the articles whose ranking can differ are ranked again: those edited;
    those using a name an edited article gained or lost (the name's weight
    changed, and so did their score with that article); if an article's themes
    changed, those sharing a rare name with it (it is one of their candidates)
    and those that took candidates from articles with its themes. The others
    cannot be ranked otherwise: their candidates, the weights of their names
    and their scores with each candidate are all the same. From scratch on a
    first build, for a small corpus (every pair is scored), when articles came
    or went, or when many changed.
    """
    themes = {a.id: tuple(a.themes) for a in sorted(articles, key=lambda a: a.id)}  # in id order
    total = len(themes)
    changed = _changed(previous, names, themes, limit)
    if previous is None or changed is None or total <= EXHAUSTIVE:
        df: dict[str, int] = Counter(name for key in themes for name in names[key])
        postings: dict[str, list[str]] = defaultdict(list)
        for key in themes:
            for name in names[key]:
                if df[name] <= RARE:
                    postings[name].append(key)
        return _rank(themes, names, dict(df), dict(postings), set(themes), None, limit)
    if not changed:
        return previous
    df = dict(previous.df)
    reranked: set[str] = set()  # names whose users rank again
    themed: set[str] = set()  # themes an article whose themes changed has or had
    moved: list[tuple[frozenset[str], frozenset[str]]] = []  # names of the articles whose themes changed
    for key in changed:
        before, after = previous.names[key], names[key]
        for name in before - after:
            df[name] -= 1
            if not df[name]:
                del df[name]
        for name in after - before:
            df[name] = df.get(name, 0) + 1
        # A name the article gained or lost: its weight (and rarity) changed, and so did the article's
        # score with each other article using it.
        reranked |= before ^ after
        if previous.themes[key] != themes[key]:
            themed.update(previous.themes[key], themes[key])
            moved.append((before, after))
    for before, after in moved:
        # The article's score changed with every article that has it as a candidate: those sharing a rare name.
        reranked |= {n for n in before if 0 < previous.df.get(n, 0) <= RARE}
        reranked |= {n for n in after if 0 < df.get(n, 0) <= RARE}
    postings = dict(previous.postings)
    users: dict[str, list[str]] = defaultdict(list)
    redo = set(changed)
    for key in themes:  # in id order: postings stay in order
        shared = names[key] & reranked
        if shared:
            redo.add(key)
            for name in shared:
                users[name].append(key)
        elif key in previous.fallback and themed.intersection(themes[key]):
            redo.add(key)
    for name in reranked:
        if df.get(name, 0) <= RARE and users.get(name):
            postings[name] = users[name]
        else:
            postings.pop(name, None)
    return _rank(themes, names, df, postings, redo, previous, limit)


def _changed(
    previous: Ranking | None, names: dict[str, frozenset[str]], themes: dict[str, tuple[str, ...]], limit: int
) -> list[str] | None:
    """Ids of the articles with other names or themes than in ``previous``; None: rank everything again."""
    if previous is None or previous.limit != limit or previous.themes.keys() != themes.keys():
        return None
    changed = [key for key in themes if previous.themes[key] != themes[key] or previous.names[key] != names[key]]
    return changed if len(changed) <= AGAIN_MAX * len(themes) else None


def _rank(
    themes: dict[str, tuple[str, ...]],
    names: dict[str, frozenset[str]],
    df: dict[str, int],
    postings: dict[str, list[str]],
    redo: Collection[str],
    previous: Ranking | None,
    limit: int,
) -> Ranking:
    """Rank the articles of ``redo`` (the others keep their rows from ``previous``)."""
    total = len(themes)
    weight = {name: math.log(total / n) for name, n in df.items()}
    by_themes: dict[frozenset[str], list[str]] = defaultdict(list)
    for key, own_themes in themes.items():
        by_themes[frozenset(own_themes)].append(key)
    rows = dict(previous.rows) if previous is not None else {}
    fallback = set(previous.fallback) if previous is not None else set()
    for key in [key for key in themes if key in redo]:  # in id order, as the rows of a first ranking
        own, own_themes = names[key], themes[key]
        wanted = set(own_themes)
        used_themes = False
        if total <= EXHAUSTIVE:
            candidates = [other for other in themes if other != key]
        else:
            shared: dict[str, float] = defaultdict(float)
            for name in sorted(own):  # a set's order changes with each process's hash seed; float sums with it
                for other in postings.get(name, ()):
                    shared[other] += weight[name]
            shared.pop(key, None)
            candidates = heapq.nsmallest(CANDIDATES, shared, key=lambda other: (-shared[other], other))
            if len(candidates) < limit and wanted:
                used_themes = True
                for group in sorted(by_themes, key=lambda k: (-len(k & wanted), sorted(k))):
                    if not group & wanted or len(candidates) >= limit + CANDIDATES:
                        break
                    candidates += [other for other in by_themes[group][: limit + CANDIDATES] if other != key]
        scored = []
        seen: set[str] = set()
        for other in candidates:
            if other in seen:
                continue
            seen.add(other)
            shared_themes = [t for t in own_themes if t in themes[other]]
            # fsum: correctly rounded whatever the order of the set, so ties stay ties in every process.
            score = 2 * len(shared_themes) + math.fsum(weight[n] for n in own & names[other])
            if score > 0:
                scored.append((-score, other, shared_themes))
        rows[key] = [(other, shared_themes) for _, other, shared_themes in sorted(scored)[:limit]]
        if used_themes:
            fallback.add(key)
        else:
            fallback.discard(key)
    return Ranking(rows, dict(names), themes, df, postings, frozenset(fallback), limit)
