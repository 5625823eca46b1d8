"""The open-data export under ``site/data/`` (see the data contract in the docs)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import msgspec

from .facts import Facts
from .figures import Figure
from .glossary import Glossary, TermData
from .linking import ACTORS_DIR
from .model import Article
from .quotes import Quote
from .render_facts import Event
from .themes import Theme

_ENCODER = msgspec.json.Encoder()


def lines(records: Iterable[dict[str, object]]) -> Iterator[bytes]:
    """Deterministic UTF-8 JSON, piece by piece: a list with one record per line (stable key order).

    One line per record keeps the files easy to read, grep and diff; each record
    is encoded by msgspec (compact, non-ASCII characters as they are), about
    three times faster than the standard library on a large corpus.
    """
    first = True
    for record in records:
        yield (b"[\n" if first else b",\n") + _ENCODER.encode(record)
        first = False
    yield b"[]\n" if first else b"\n]\n"


def dumps(records: Iterable[dict[str, object]]) -> str:
    return b"".join(lines(records)).decode("utf-8")


def write(path: Path, records: Iterable[dict[str, object]]) -> None:
    """Write the records as :func:`dumps` would, one record at a time (a large corpus's file never sits in memory)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        out.writelines(lines(records))


def article_record(article: Article) -> dict[str, object]:
    return {
        "id": article.id,
        "slug": article.slug,
        "title": article.title,
        "url": article.url,
        "source_file": article.source_file,
        "author": article.author,
        "publisher": article.publisher,
        "date": article.date,
        "themes": sorted(article.themes),
        "words": article.words,
    }


def articles_records(articles: list[Article]) -> Iterator[dict[str, object]]:
    return (article_record(a) for a in sorted(articles, key=lambda a: a.id))


def themes_records(themes: list[Theme], articles: list[Article]) -> Iterator[dict[str, object]]:
    ordered = sorted(articles, key=lambda a: a.id)
    urls = [(a, a.url) for a in ordered]
    for theme in sorted(themes, key=lambda t: t.id):
        yield (
            {
                "id": theme.id,
                "title": theme.title,
                "url": theme.url,
                "articles": [a.id for a in ordered if theme.id in a.themes],
                "passages": [
                    {"article": a.id, "url": f"{url}#{p.anchor}", "text": a.text[p.start : p.end]}
                    for a, url in urls
                    for p in a.passages.get(theme.id, ())
                ],
            }
        )


def quotes_records(quotes: list[Quote], articles: list[Article]) -> Iterator[dict[str, object]]:
    by_id = {a.id: a for a in articles}
    return (
        {
            "id": q.id,
            "text": q.text,
            "speaker": q.speaker,
            "speaker_detail": q.speaker_detail,
            "article": q.article,
            "url": f"{by_id[q.article].url}#{q.anchor}",
            "themes": sorted(q.themes),
        }
        for q in sorted(quotes, key=lambda q: q.id)
    )


def glossary_records(
    glossary: Glossary, terms: dict[str, TermData], articles: list[Article]
) -> Iterator[dict[str, object]]:
    urls = {a.id: a.url for a in articles}
    by_term = {e.term: e.slug for e in glossary.entries}
    for entry in sorted(glossary.entries, key=lambda e: e.slug):
        data = terms.get(entry.slug, TermData())
        # In article id order, then reading order (the corpus is merged in that order), once per passage.
        occurrences = [
            {"article": article, "url": f"{urls[article]}#{anchor}"}
            for article, anchor in data.occurrences
            if article in urls
        ]
        yield (
            {
                "term": entry.term,
                "slug": entry.slug,
                "aliases": entry.aliases,
                "definition": entry.definition,
                "url": f"glossaire/#{entry.slug}",
                "see_also": [by_term[s] for s in entry.see_also if s in by_term],
                "themes": sorted(data.themes),
                "related": [s for s, _ in sorted(data.related.items(), key=lambda x: (-x[1], x[0]))[:8]],
                "occurrences": occurrences,
            }
        )


def actors_records(facts: Facts, articles: list[Article]) -> Iterator[dict[str, object]]:
    """Every actor the articles name: what it is, where (article, paragraph), its quotations and companions."""
    urls = {a.id: a.url for a in articles}
    for slug in sorted(facts.actors):
        data = facts.actors[slug]
        actor = data.actor
        yield (
            {
                "slug": slug,
                "name": actor.name,
                "kind": actor.kind,
                "aliases": list(actor.aliases),
                "parent": actor.parent,
                "description": actor.description,
                "url": f"{ACTORS_DIR}/{slug}/",
                "mentions": data.mentions,
                "articles": [
                    {"article": a, "mentions": n, "urls": [f"{urls[a]}#{anchor}" for anchor in anchors]}
                    for a, anchors, n in data.articles
                    if a in urls
                ],
                "themes": dict(sorted(data.themes.items(), key=lambda x: (-x[1], x[0]))),
                "quotes": [q.id for q in data.quotes],
                "related": [{"actor": s, "articles": n} for s, n in data.related],
            }
        )


def figures_records(facts: Facts, articles: list[Article]) -> Iterator[dict[str, object]]:
    """Every quantified fact, in article then reading order, with its value normalised."""
    urls = {a.id: a.url for a in articles}
    slugs = facts.actor_slugs()
    for article_id, located in facts.figures:
        figure = located.item
        if not isinstance(figure, Figure) or article_id not in urls:
            continue
        yield (
            {
                "article": article_id,
                "url": f"{urls[article_id]}#{located.anchor}",
                "raw": figure.raw,
                "kind": figure.kind,
                "value": figure.value,
                "unit": figure.unit,
                "noun": figure.noun,
                "approx": figure.approx,
                "actor": slugs.get(figure.actor) if figure.actor else None,
                "sentence": figure.sentence,
            }
        )


def timeline_records(events: list[Event], articles: list[Article]) -> Iterator[dict[str, object]]:
    """Dated mentions and publication dates, in date order."""
    urls = {a.id: a.url for a in articles}
    for event in events:
        if event.article not in urls:
            continue
        mention = event.mention
        record: dict[str, object] = {
            "date": event.iso,
            "label": event.label,
            "type": "publication" if mention is None else "mention",
            "precision": "day" if mention is None else mention.precision,
            "qualifier": "" if mention is None else mention.qualifier,
            "raw": None if mention is None else mention.raw,
            "sentence": None if mention is None else mention.sentence,
            "article": event.article,
            "url": urls[event.article] + (f"#{event.anchor}" if event.anchor else ""),
        }
        yield record


def articles_json(articles: list[Article]) -> str:
    return dumps(articles_records(articles))


def themes_json(themes: list[Theme], articles: list[Article]) -> str:
    return dumps(themes_records(themes, articles))


def quotes_json(quotes: list[Quote], articles: list[Article]) -> str:
    return dumps(quotes_records(quotes, articles))


def glossary_json(glossary: Glossary, terms: dict[str, TermData], articles: list[Article]) -> str:
    return dumps(glossary_records(glossary, terms, articles))


def actors_json(facts: Facts, articles: list[Article]) -> str:
    return dumps(actors_records(facts, articles))


def figures_json(facts: Facts, articles: list[Article]) -> str:
    return dumps(figures_records(facts, articles))


def timeline_json(events: list[Event], articles: list[Article]) -> str:
    return dumps(timeline_records(events, articles))
