"""Related articles: ranking, and the same ranking in every process."""

from __future__ import annotations

import dataclasses
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from dossier import related as related_mod
from dossier.model import Article
from dossier.related import EXHAUSTIVE, related

HOOKS = Path(__file__).resolve().parents[1] / "hooks"


def _corpus(n: int) -> tuple[list[Article], dict[str, frozenset[str]]]:
    """``n`` articles whose names overlap in many ways: equal scores reached by sums in different orders."""
    articles, names = [], {}
    themes = ["strategy", "security", "geopolitics", "startups"]
    for i in range(n):
        article = Article(id=f"a{i:04d}", source_file=f"sources/articles/{i}.txt", title=f"Article {i}")
        article.themes = [themes[i % 4], themes[(i // 4) % 4]]
        articles.append(article)
        # Names shared by 2, 3, 5… articles: weights of several sizes, many three-term sums.
        names[article.id] = frozenset(f"name-{k}-{i % k}" for k in (2, 3, 5, 7, 11, 13, 17))
    return articles, names


def test_shared_themes_and_rare_names_rank_first() -> None:
    a, b, c, d = (Article(id=x, source_file=f"{x}.txt", title=x) for x in "abcd")
    a.themes, b.themes, c.themes, d.themes = ["security"], ["security"], ["strategy"], ["security"]
    names = {
        "a": frozenset({"llama", "meta", "zuckerberg"}),
        "b": frozenset({"llama", "meta"}),
        "c": frozenset({"meta", "zuckerberg"}),
        "d": frozenset({"meta"}),
    }
    ranked = related([a, b, c, d], limit=3, names=names)
    # b: theme and a rare name; d: the theme alone (meta is in every article: weight 0); c: a rare name alone.
    assert [o.id for o, _ in ranked["a"]] == ["b", "d", "c"]
    assert ranked["a"][0][1] == ["security"]


_SCRIPT = """
import json, sys
sys.path.insert(0, sys.argv[1])
sys.path.insert(0, sys.argv[2])
from test_related import _corpus
from dossier.related import related
articles, names = _corpus(int(sys.argv[3]))
print(json.dumps({k: [o.id for o, _ in v] for k, v in related(articles, names=names).items()}, sort_keys=True))
"""


def test_the_ranking_is_the_same_whatever_the_hash_seed() -> None:
    # Scores are sums of floats over sets of names; a set's order follows the process's hash seed.
    outputs = set()
    for n in (60, EXHAUSTIVE + 40):  # every pair scored; the inverted index
        for seed in ("1", "2", "3", "4"):
            env = {**os.environ, "PYTHONHASHSEED": seed}
            done = subprocess.run(
                [sys.executable, "-c", _SCRIPT, str(HOOKS), str(Path(__file__).parent), str(n)],
                capture_output=True,
                text=True,
                env=env,
                check=True,
            )
            outputs.add((n, done.stdout))
        assert len({out for size, out in outputs if size == n}) == 1
    assert all(json.loads(out) for _, out in outputs)


def _ranking(ranking: related_mod.Ranking) -> tuple[object, ...]:
    return ranking.rows, ranking.fallback, ranking.df, {n: ids for n, ids in ranking.postings.items() if ids}


@pytest.mark.parametrize("seed", range(8))
def test_ranking_again_after_edits_is_ranking_from_scratch(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    """`mkdocs serve`: edit after edit, the articles ranked again are all those whose ranking can differ."""
    monkeypatch.setattr(related_mod, "EXHAUSTIVE", 10)  # the inverted index, on a small corpus
    monkeypatch.setattr(related_mod, "RARE", 4)  # names cross the rarity line both ways
    monkeypatch.setattr(related_mod, "CANDIDATES", 3)  # and few candidates: shared themes fill in
    rng = random.Random(seed)
    articles, names = _corpus(60)
    themes = ["strategy", "security", "geopolitics", "startups"]
    ranking = related_mod.rank_again(None, articles, names)
    for _ in range(6):
        articles, names = list(articles), dict(names)
        for _ in range(rng.choice([1, 1, 2, 4])):
            i = rng.randrange(len(articles))
            key = articles[i].id
            change = rng.random()
            if change < 0.4:  # another article's names
                names[key] = names[articles[rng.randrange(len(articles))].id]
            elif change < 0.6:  # a name of its own, or none left
                names[key] = frozenset({f"only-{key}-{rng.random()}"}) if rng.random() < 0.5 else frozenset()
            elif change < 0.8:  # a rare name spreads
                names[key] = names[key] | {f"name-13-{rng.randrange(13)}"}
            else:  # other themes
                articles[i] = dataclasses.replace(articles[i], themes=rng.sample(themes, rng.randrange(3)))
        again = related_mod.rank_again(ranking, articles, names)
        assert _ranking(again) == _ranking(related_mod.rank_again(None, articles, names))
        ranking = again


def test_an_edit_ranks_few_articles_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(related_mod, "EXHAUSTIVE", 10)
    articles, names = _corpus(300)
    ranking = related_mod.rank_again(None, articles, names)
    names = dict(names)
    names["a0007"] = names["a0007"] | {"kestrelys"}  # a new rare name
    calls = []
    real = related_mod._rank
    monkeypatch.setattr(related_mod, "_rank", lambda *args: calls.append(set(args[4])) or real(*args))
    again = related_mod.rank_again(ranking, articles, names)
    assert calls == [{"a0007"}]
    assert again.rows == related_mod.rank_again(None, articles, names).rows
