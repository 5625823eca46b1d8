"""`mkdocs serve`: the corpus' facts gathered again after edits equal those gathered from scratch.

Real analyses of generated articles; an edit gives an article the facts of
another one (other actors, figures, dates and names), or those of its own text
reworded; quotations come and go.
"""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest

from dossier import corpus, facts, quotes, sources
from dossier.facts import ArticleFacts, Facts, FactTotals, gather, gather_again
from dossier.render_facts import events, events_again

from .conftest import ROOT
from .test_scale import load_generator

CONFIG = corpus.load_config(ROOT, ROOT / "sources" / "themes.yml", ROOT / "sources" / "glossary.yml")


@pytest.fixture(scope="module")
def analyses(tmp_path_factory: pytest.TempPathFactory) -> list[corpus.Analysis]:
    generate = load_generator()
    folder = tmp_path_factory.mktemp("facts")
    found = []
    for path in generate.write_raw(generate.generate(60), folder):
        source, _ = sources.load(path, folder)
        assert source is not None
        found.append(corpus.analyse_source(source, CONFIG))
    found.sort(key=lambda a: a.article.id)
    all_quotes = [q for a in found for q in a.quotes]
    quotes.unify_speakers(all_quotes)
    return found


def snapshot(gathered: Facts) -> list[object]:
    """Everything gathered, in order (theme counts as counts: their readers sort them)."""
    actors = [
        (slug, d.actor.slug, d.articles, d.mentions, sorted(d.themes.items()), d.quotes, d.related, d.figures)
        for slug, d in gathered.actors.items()
    ]
    return [actors, gathered.figures, gathered.dates, gathered.unknown]


def again(previous: FactTotals, parts: list[ArticleFacts], said: list[quotes.Quote]) -> FactTotals:
    totals = gather_again(previous, parts, CONFIG.actors, CONFIG.actor_matcher, said)
    assert snapshot(totals.facts) == snapshot(gather(parts, CONFIG.actors, CONFIG.actor_matcher, said))
    return totals


@pytest.mark.parametrize("seed", range(6))
def test_gathering_again_gives_what_gathering_gives(analyses: list[corpus.Analysis], seed: int) -> None:
    rng = random.Random(seed)
    parts = [a.facts for a in analyses]
    said = [q for a in analyses for q in a.quotes]
    totals = gather_again(None, parts, CONFIG.actors, CONFIG.actor_matcher, said)
    assert snapshot(totals.facts) == snapshot(gather(parts, CONFIG.actors, CONFIG.actor_matcher, said))
    for _ in range(5):  # edit after edit, as in a serve session
        parts = list(parts)
        for _ in range(rng.choice([1, 1, 2, 3])):
            edited, other = rng.randrange(len(parts)), rng.randrange(len(parts))
            parts[edited] = dataclasses.replace(parts[other], article=parts[edited].article)
        if rng.random() < 0.3:
            said = [q for q in said if rng.random() < 0.9]
        totals = again(totals, parts, said)


def test_untouched_actors_keep_their_objects(analyses: list[corpus.Analysis]) -> None:
    parts = [a.facts for a in analyses]
    said = [q for a in analyses for q in a.quotes]
    previous = gather_again(None, parts, CONFIG.actors, CONFIG.actor_matcher, said)
    # An article stops naming one of its actors: every actor it does not name is the same object.
    position = next(i for i, p in enumerate(parts) if len(p.mentions) >= 2)
    slug = sorted(parts[position].mentions)[0]
    edited = list(parts)
    mentions = {s: a for s, a in parts[position].mentions.items() if s != slug}
    edited[position] = dataclasses.replace(parts[position], mentions=mentions)
    totals = again(previous, edited, said)
    assert totals.facts.actors[slug] is not previous.facts.actors[slug]
    untouched = [s for s in previous.facts.actors if s not in parts[position].mentions]
    assert untouched and all(totals.facts.actors[s] is previous.facts.actors[s] for s in untouched)


def test_another_actor_list_gathers_from_scratch(analyses: list[corpus.Analysis], tmp_path: Path) -> None:
    parts = [a.facts for a in analyses]
    previous = gather_again(None, parts, CONFIG.actors, CONFIG.actor_matcher, [])
    other = dataclasses.replace(CONFIG.actors)
    totals = gather_again(previous, parts, other, CONFIG.actor_matcher, [])
    assert snapshot(totals.facts) == snapshot(previous.facts)
    assert all(totals.facts.actors[s] is not previous.facts.actors[s] for s in previous.facts.actors)
    assert facts.AGAIN_MAX < 1


@pytest.mark.parametrize("seed", range(4))
def test_events_again_are_the_events(analyses: list[corpus.Analysis], seed: int) -> None:
    """The chronology's events after edits: the last build's list with the edited articles' events replaced."""
    rng = random.Random(seed)
    articles = {a.article.id: dataclasses.replace(a.article) for a in analyses}
    parts = [a.facts for a in analyses]
    gathered = gather(parts, CONFIG.actors, CONFIG.actor_matcher, [])
    dated = (gathered.dates, [(i, a.date) for i, a in articles.items()])
    found = events(gathered, articles)
    for _ in range(4):
        parts = list(parts)
        for _ in range(rng.choice([1, 2, 3])):
            edited, other = rng.randrange(len(parts)), rng.randrange(len(parts))
            parts[edited] = dataclasses.replace(parts[other], article=parts[edited].article)
        if rng.random() < 0.5:
            moved = rng.choice(sorted(articles))
            articles[moved] = dataclasses.replace(articles[moved], date=rng.choice(["", "2024-02-29", "2025-11-03"]))
        gathered = gather(parts, CONFIG.actors, CONFIG.actor_matcher, [])
        now = (gathered.dates, [(i, a.date) for i, a in articles.items()])
        again_found = events_again((dated, found), now, gathered, articles)
        assert again_found == events(gathered, articles)
        dated, found = now, again_found
