"""The open-data export under ``site/data/`` (see the data contract in the docs)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import msgspec

from .facts import ActorData, Facts
from .figures import Figure
from .glossary import Entry, Glossary, TermData
from .linking import ACTORS_DIR
from .model import Article
from .pieces import Pieces
from .quotes import Quote
from .render_facts import Event
from .themes import Theme

_ENCODER = msgspec.json.Encoder()
Record = dict[str, object] | msgspec.Raw  # a record, or one already encoded (kept for the next build)


def encoded(record: dict[str, object]) -> msgspec.Raw:
    """A record as its JSON line, to keep for the next `mkdocs serve` build (:mod:`dossier.pieces`)."""
    return msgspec.Raw(_ENCODER.encode(record))


def lines(records: Iterable[Record]) -> Iterator[bytes | msgspec.Raw]:
    """Deterministic UTF-8 JSON, piece by piece: a list with one record per line (stable key order).

    One line per record keeps the files easy to read, grep and diff; each record
    is encoded by msgspec (compact, non-ASCII characters as they are), about
    three times faster than the standard library on a large corpus.
    """
    first = True
    for record in records:
        yield b"[\n" if first else b",\n"
        # A record already encoded (kept from the last build) is written as it is: no copy of a large corpus's lines.
        yield record if isinstance(record, msgspec.Raw) else _ENCODER.encode(record)
        first = False
    yield b"[]\n" if first else b"\n]\n"


def dumps(records: Iterable[Record]) -> str:
    return b"".join(lines(records)).decode("utf-8")


def write(path: Path, records: Iterable[Record]) -> None:
    """Write the records as :func:`dumps` would, one record at a time (a large corpus's file never sits in memory)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        out.writelines(lines(records))


@dataclass(frozen=True)
class DataFile:
    """One file of ``site/data/``: its records, and for `mkdocs serve` what the whole file is made from.

    ``records(parts)`` are the file's records; with :class:`~dossier.pieces.Pieces`,
    each one encoded, as ``parts`` gives it for its item and what the line shows
    of this build (a slug, a URL).
    ``inputs()`` gathers everything the records depend on (the analyses' objects,
    this build's slugs, speakers and URLs); when equal to the last build's, a
    rebuild writes the last build's records again without looking at each.
    """

    records: Callable[[Pieces | None], Iterable[Record]]
    inputs: Callable[[], object]


def data_files(
    articles: list[Article],
    quotes: list[Quote],
    glossary: Glossary,
    terms: dict[str, TermData],
    themes: list[Theme],
    urls: Mapping[str, str] | None = None,
) -> dict[str, DataFile]:
    """articles.json, quotes.json, glossary.json, themes.json and removed.json.

    ``urls``: :func:`article_urls`, when already made. The facts' files come from :func:`facts_files`.
    """
    urls = article_urls(articles) if urls is None else urls
    slugs = lambda: [(a, a.slug) for a in articles]  # noqa: E731 (articles change their slug in place)
    return {
        "articles.json": DataFile(lambda parts: articles_records(articles, parts), slugs),
        "quotes.json": DataFile(
            lambda parts: quotes_records(quotes, articles, parts, urls),
            lambda: (quotes, [(q.speaker, q.speaker_detail) for q in quotes], urls),
        ),
        "glossary.json": DataFile(
            lambda parts: glossary_records(glossary, terms, articles, parts, urls),
            lambda: (glossary, terms, urls),
        ),
        "themes.json": DataFile(lambda parts: themes_records(themes, articles, parts), lambda: (themes, slugs())),
        "removed.json": DataFile(lambda _: removed_records(articles), lambda: ([a.removed for a in articles], slugs())),
    }


def facts_files(
    facts: Facts, events: list[Event], articles: list[Article], urls: Mapping[str, str] | None = None
) -> dict[str, DataFile]:
    """actors.json, figures.json and timeline.json (``urls``: see :func:`data_files`)."""
    urls = article_urls(articles) if urls is None else urls
    return {
        "actors.json": DataFile(lambda parts: actors_records(facts, articles, parts, urls), lambda: (facts, urls)),
        "figures.json": DataFile(
            lambda parts: figures_records(facts, articles, parts, urls),
            lambda: (facts.figures, urls, facts.actor_slugs()),
        ),
        "timeline.json": DataFile(
            lambda parts: timeline_records(events, articles, parts, urls), lambda: (events, urls)
        ),
    }


def write_files(site_dir: Path, files: Mapping[str, DataFile]) -> None:
    """Write each data file (``files`` by path under ``site_dir``), one at a time, its records streamed.

    A large corpus's file never sits in memory.
    """
    for uri, made in files.items():
        write(site_dir / uri, made.records(None))


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
        "tags": article.tags,
        "source_url": article.source_url,
        "lang": article.lang,
    }


def removed_records(articles: list[Article]) -> list[dict[str, object]]:
    """``data/removed.json``: per article with removals, each removed line with its rule."""
    return [
        {
            "article": a.id,
            "source_file": a.source_file,
            "url": a.url,
            "removed": [{"line": r.line, "rule": r.rule, "text": r.text} for r in a.removed],
        }
        for a in sorted(articles, key=lambda a: a.id)
        if a.removed
    ]


def articles_records(articles: list[Article], parts: Pieces | None = None) -> Iterator[Record]:
    """One record per article; with ``parts``, the last build's line when the article and its slug are unchanged."""
    for a in sorted(articles, key=lambda a: a.id):
        if parts is None:
            yield article_record(a)
        else:
            yield parts.get(a, a.slug, lambda a=a: encoded(article_record(a)))


def themes_records(
    themes: list[Theme], articles: list[Article], parts: Pieces | None = None
) -> Iterator[dict[str, object]]:
    """One record per theme with its passages; with ``parts``, an article's passages are encoded once."""
    ordered = sorted(articles, key=lambda a: a.id)
    for theme in sorted(themes, key=lambda t: t.id):
        passages: list[Record] = []
        for a in ordered:
            on_theme = a.passages.get(theme.id)
            if not on_theme:
                continue
            if parts is None:
                passages += _passages(a, theme.id)
            else:  # the article's passages on the theme: an object of its analysis
                passages += parts.get(on_theme, a.url, lambda a=a, theme=theme: _passages(a, theme.id))
        yield (
            {
                "id": theme.id,
                "title": theme.title,
                "url": theme.url,
                "articles": [a.id for a in ordered if theme.id in a.themes],
                "passages": passages,
            }
        )


def _passages(article: Article, theme: str) -> list[Record]:
    return [
        encoded({"article": article.id, "url": f"{article.url}#{p.anchor}", "text": article.text[p.start : p.end]})
        for p in article.passages.get(theme, ())
    ]


def quotes_records(
    quotes: list[Quote], articles: list[Article], parts: Pieces | None = None, urls: Mapping[str, str] | None = None
) -> Iterator[Record]:
    """One record per quotation; with ``parts``, the last build's line when nothing it shows changed."""
    urls = article_urls(articles) if urls is None else urls
    for q in sorted(quotes, key=lambda q: q.id):
        url = f"{urls[q.article]}#{q.anchor}" if q.anchor else urls[q.article]  # a headline quotation: the page top
        if parts is None:
            yield _quote(q, url)
        else:
            yield parts.get(q, (q.speaker, q.speaker_detail, url), lambda q=q, url=url: encoded(_quote(q, url)))


def _quote(q: Quote, url: str) -> dict[str, object]:
    return {
        "id": q.id,
        "text": q.text,
        "speaker": q.speaker,
        "speaker_detail": q.speaker_detail,
        "article": q.article,
        "url": url,
        "themes": sorted(q.themes),
    }


def article_urls(articles: list[Article]) -> dict[str, str]:
    """Each article's URL by id."""
    return {a.id: a.url for a in articles}


def glossary_records(
    glossary: Glossary,
    terms: dict[str, TermData],
    articles: list[Article],
    parts: Pieces | None = None,
    urls: Mapping[str, str] | None = None,
) -> Iterator[Record]:
    """One record per entry; with ``parts``, the last build's line when the entry and its occurrences are unchanged."""
    urls = article_urls(articles) if urls is None else urls
    by_term = {e.term: e.slug for e in glossary.entries}
    for entry in sorted(glossary.entries, key=lambda e: e.slug):
        data = terms.get(entry.slug, TermData())
        if parts is None:
            yield _entry(entry, data, urls, by_term)
        else:
            yield parts.get(
                entry,
                (glossary, data, urls),
                lambda entry=entry, data=data: encoded(_entry(entry, data, urls, by_term)),
            )


def _entry(entry: Entry, data: TermData, urls: Mapping[str, str], by_term: Mapping[str, str]) -> dict[str, object]:
    # In article id order, then reading order (the corpus is merged in that order), once per passage.
    occurrences = [
        {"article": article, "url": f"{urls[article]}#{anchor}"}
        for article, anchor in data.occurrences
        if article in urls
    ]
    return {
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


def actors_records(
    facts: Facts, articles: list[Article], parts: Pieces | None = None, urls: Mapping[str, str] | None = None
) -> Iterator[Record]:
    """Every actor the articles name: what it is, where (article, paragraph), its quotations and companions.

    With ``parts``, the last build's line when what it says of the actor is unchanged.
    """
    urls = article_urls(articles) if urls is None else urls
    for slug in sorted(facts.actors):
        data = facts.actors[slug]
        if parts is None:
            yield _actor(data, urls)
            continue
        shown = (data.mentions, data.articles, data.themes, [q.id for q in data.quotes], data.related, urls)
        yield parts.get(data.actor, shown, lambda data=data: encoded(_actor(data, urls)))


def _actor(data: ActorData, urls: Mapping[str, str]) -> dict[str, object]:
    actor = data.actor
    return {
        "slug": actor.slug,
        "name": actor.name,
        "kind": actor.kind,
        "aliases": list(actor.aliases),
        "parent": actor.parent,
        "description": actor.description,
        "url": f"{ACTORS_DIR}/{actor.slug}/",
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


def figures_records(
    facts: Facts, articles: list[Article], parts: Pieces | None = None, urls: Mapping[str, str] | None = None
) -> Iterator[Record]:
    """Every quantified fact, in article then reading order, with its value normalised.

    With ``parts``, the last build's line when the figure, its URL and its actor's page are unchanged.
    """
    urls = article_urls(articles) if urls is None else urls
    slugs = facts.actor_slugs()
    for article_id, located in facts.figures:
        figure = located.item
        if not isinstance(figure, Figure) or article_id not in urls:
            continue
        url = f"{urls[article_id]}#{located.anchor}"
        actor = slugs.get(figure.actor) if figure.actor else None
        if parts is None:
            yield _figure(article_id, url, figure, actor)
        else:
            make = lambda a=article_id, u=url, f=figure, s=actor: encoded(_figure(a, u, f, s))  # noqa: E731
            yield parts.get(located, (url, actor), make)


def _figure(article_id: str, url: str, figure: Figure, actor: str | None) -> dict[str, object]:
    return {
        "article": article_id,
        "url": url,
        "raw": figure.raw,
        "kind": figure.kind,
        "value": figure.value,
        "unit": figure.unit,
        "noun": figure.noun,
        "approx": figure.approx,
        "actor": actor,
        "sentence": figure.sentence,
    }


def timeline_records(
    events: list[Event], articles: list[Article], parts: Pieces | None = None, urls: Mapping[str, str] | None = None
) -> Iterator[Record]:
    """Dated mentions and publication dates, in date order.

    With ``parts``, the last build's line when the event (the date mention, or the article's
    publication) and its URL are unchanged.
    """
    urls = article_urls(articles) if urls is None else urls
    for event in events:
        if event.article not in urls:
            continue
        url = urls[event.article] + (f"#{event.anchor}" if event.anchor else "")
        if parts is None:
            yield _event(event, url)
        else:
            yield parts.get(event, url, lambda event=event, url=url: encoded(_event(event, url)))


def _event(event: Event, url: str) -> dict[str, object]:
    mention = event.mention
    return {
        "date": event.iso,
        "label": event.label,
        "type": "publication" if mention is None else "mention",
        "precision": ("day" if len(event.iso) == 10 else "month") if mention is None else mention.precision,
        "qualifier": "" if mention is None else mention.qualifier,
        "raw": None if mention is None else mention.raw,
        "sentence": None if mention is None else mention.sentence,
        "article": event.article,
        "url": url,
    }


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
