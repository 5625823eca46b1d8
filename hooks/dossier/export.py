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
from .memo import NONE, Memo
from .model import Article
from .quotes import Quote
from .render_facts import Event
from .themes import Theme

_ENCODER = msgspec.json.Encoder()
Record = dict[str, object] | msgspec.Raw  # a record, or one already encoded (kept by a Memo)


def encoded(record: dict[str, object]) -> msgspec.Raw:
    """A record as its JSON line, for a :class:`~dossier.memo.Memo` to keep."""
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
        # A record already encoded (kept by a Memo) is written as it is: no copy of a large corpus's lines.
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

    ``inputs()`` gathers everything the records depend on (the analyses' objects,
    this build's slugs, speakers and URLs); when equal to the last build's, a
    rebuild writes the last build's records again without asking the memo for
    each. ``kinds`` name the memo slots of its records (kept meanwhile).
    """

    records: Callable[[], Iterable[Record]]
    inputs: Callable[[], object]
    kinds: tuple[str, ...]


def data_files(
    articles: list[Article],
    quotes: list[Quote],
    glossary: Glossary,
    terms: dict[str, TermData],
    themes: list[Theme],
    memo: Memo = NONE,
) -> dict[str, DataFile]:
    """articles.json, quotes.json, glossary.json and themes.json (the facts' files: :func:`facts_files`)."""
    slugs = lambda: [(a, a.slug) for a in articles]  # noqa: E731 (articles change their slug in place)
    return {
        "articles.json": DataFile(lambda: articles_records(articles, memo), slugs, ("data:article",)),
        "quotes.json": DataFile(
            lambda: quotes_records(quotes, articles, memo),
            lambda: (quotes, [(q.speaker, q.speaker_detail) for q in quotes], _urls(articles, memo)),
            ("data:quote",),
        ),
        "glossary.json": DataFile(
            lambda: glossary_records(glossary, terms, articles, memo),
            lambda: (glossary, terms, _urls(articles, memo)),
            ("data:glossary",),
        ),
        "themes.json": DataFile(
            lambda: themes_records(themes, articles, memo), lambda: (themes, slugs()), ("data:passages",)
        ),
    }


def facts_files(facts: Facts, events: list[Event], articles: list[Article], memo: Memo = NONE) -> dict[str, DataFile]:
    """actors.json, figures.json and timeline.json."""
    return {
        "actors.json": DataFile(
            lambda: actors_records(facts, articles, memo), lambda: (facts, _urls(articles, memo)), ("data:actor",)
        ),
        "figures.json": DataFile(
            lambda: figures_records(facts, articles, memo),
            lambda: (facts.figures, _urls(articles, memo), facts.actor_slugs()),
            ("data:figure",),
        ),
        "timeline.json": DataFile(
            lambda: timeline_records(events, articles, memo),
            lambda: (events, _urls(articles, memo)),
            ("data:event", "data:publication"),
        ),
    }


def write_files(site_dir: Path, files: Mapping[str, DataFile], memo: Memo = NONE) -> None:
    """Write each data file (``files`` by path under ``site_dir``), one at a time.

    With a ``memo`` (`mkdocs serve`), a file made from the same inputs as in the
    last build is written from the last build's records, which stay kept.
    """
    carried: set[str] = set()
    for uri, made in files.items():
        records: Iterable[Record]
        if not memo.enabled:
            records = made.records()  # streamed: a large corpus's file never sits in memory
        else:
            slot, inputs = ("data-file", uri), made.inputs()
            kept = memo.kept(slot)
            if kept is not None and kept[0] == inputs:
                memo.keep(slot, inputs, kept[1], hit=True)
                carried.update(made.kinds)
                records = kept[1]
            else:
                records = list(made.records())
                memo.keep(slot, inputs, records)
        write(site_dir / uri, records)
    memo.carry(carried)


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


def articles_records(articles: list[Article], memo: Memo = NONE) -> Iterator[Record]:
    """One record per article; with a ``memo``, the last build's line when the article and its slug are unchanged."""
    for a in sorted(articles, key=lambda a: a.id):
        yield memo.get(("data:article", a.id), (a, a.slug), lambda a=a: encoded(article_record(a)))


def themes_records(themes: list[Theme], articles: list[Article], memo: Memo = NONE) -> Iterator[dict[str, object]]:
    """One record per theme with its passages; with a ``memo``, an article's passages are encoded once."""
    ordered = sorted(articles, key=lambda a: a.id)
    for theme in sorted(themes, key=lambda t: t.id):
        passages: list[Record] = []
        for a in ordered:
            if a.passages.get(theme.id):
                passages += memo.get(
                    ("data:passages", theme.id, a.id),
                    (a, a.slug),
                    lambda a=a, theme=theme: _passages(a, theme.id),
                )
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


def quotes_records(quotes: list[Quote], articles: list[Article], memo: Memo = NONE) -> Iterator[Record]:
    """One record per quotation; with a ``memo``, the last build's line when nothing it shows changed."""
    urls = _urls(articles, memo)
    for q in sorted(quotes, key=lambda q: q.id):
        url = f"{urls[q.article]}#{q.anchor}"
        yield memo.get(
            ("data:quote", id(q)), (q, q.speaker, q.speaker_detail, url), lambda q=q, url=url: encoded(_quote(q, url))
        )


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


def _urls(articles: list[Article], memo: Memo) -> dict[str, str]:
    """Each article's URL by id (with a ``memo``, the last build's object when unchanged: quick to compare)."""
    return memo.stamp("article-urls", lambda: {a.id: a.url for a in articles})


def glossary_records(
    glossary: Glossary, terms: dict[str, TermData], articles: list[Article], memo: Memo = NONE
) -> Iterator[Record]:
    """One record per entry; with a ``memo``, the last build's line when the entry and its occurrences are unchanged."""
    urls = _urls(articles, memo)
    by_term = {e.term: e.slug for e in glossary.entries}
    for entry in sorted(glossary.entries, key=lambda e: e.slug):
        data = terms.get(entry.slug, TermData())
        yield memo.get(
            ("data:glossary", entry.slug),
            (glossary, entry, data, urls),
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


def actors_records(facts: Facts, articles: list[Article], memo: Memo = NONE) -> Iterator[Record]:
    """Every actor the articles name: what it is, where (article, paragraph), its quotations and companions.

    With a ``memo``, the last build's line when what it says of the actor is unchanged.
    """
    urls = _urls(articles, memo)
    for slug in sorted(facts.actors):
        data = facts.actors[slug]
        quotes = [q.id for q in data.quotes]
        inputs = (data.actor, data.mentions, data.articles, data.themes, quotes, data.related, urls)
        yield memo.get(("data:actor", slug), inputs, lambda data=data: encoded(_actor(data, urls)))


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


def figures_records(facts: Facts, articles: list[Article], memo: Memo = NONE) -> Iterator[Record]:
    """Every quantified fact, in article then reading order, with its value normalised.

    With a ``memo``, the last build's line when the figure, its URL and its actor's page are unchanged.
    """
    urls = _urls(articles, memo)
    slugs = facts.actor_slugs()
    for article_id, located in facts.figures:
        figure = located.item
        if not isinstance(figure, Figure) or article_id not in urls:
            continue
        url = f"{urls[article_id]}#{located.anchor}"
        actor = slugs.get(figure.actor) if figure.actor else None
        yield memo.get(
            ("data:figure", id(located)),
            (located, url, actor),
            lambda a=article_id, u=url, f=figure, s=actor: encoded(_figure(a, u, f, s)),
        )


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


def timeline_records(events: list[Event], articles: list[Article], memo: Memo = NONE) -> Iterator[Record]:
    """Dated mentions and publication dates, in date order.

    With a ``memo``, the last build's line when the date mention and its URL are unchanged.
    """
    urls = _urls(articles, memo)
    for event in events:
        if event.article not in urls:
            continue
        url = urls[event.article] + (f"#{event.anchor}" if event.anchor else "")
        mention = event.mention
        slot = ("data:event", id(mention)) if mention is not None else ("data:publication", event.article)
        yield memo.get(
            slot, (mention, event.iso, event.label, url), lambda event=event, url=url: encoded(_event(event, url))
        )


def _event(event: Event, url: str) -> dict[str, object]:
    mention = event.mention
    return {
        "date": event.iso,
        "label": event.label,
        "type": "publication" if mention is None else "mention",
        "precision": "day" if mention is None else mention.precision,
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
