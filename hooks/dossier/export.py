"""The open-data export under ``site/data/`` (see the data contract in the docs)."""

from __future__ import annotations

import json

from .glossary import Glossary, TermData
from .model import Article
from .quotes import Quote
from .themes import Theme


def dumps(records: list[dict[str, object]]) -> str:
    """Deterministic UTF-8 JSON: a list with one record per line (stable key order).

    One line per record keeps the files easy to read, grep and diff, and lets
    Python's C encoder write them (pretty-printing with ``indent`` falls back to
    the pure-Python one, several times slower on a large corpus).
    """
    if not records:
        return "[]\n"
    lines = ",\n".join(json.dumps(record, ensure_ascii=False) for record in records)
    return "[\n" + lines + "\n]\n"


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


def articles_json(articles: list[Article]) -> str:
    return dumps([article_record(a) for a in sorted(articles, key=lambda a: a.id)])


def themes_json(themes: list[Theme], articles: list[Article]) -> str:
    ordered = sorted(articles, key=lambda a: a.id)
    urls = [(a, a.url) for a in ordered]
    records: list[dict[str, object]] = []
    for theme in sorted(themes, key=lambda t: t.id):
        records.append(
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
    return dumps(records)


def quotes_json(quotes: list[Quote], articles: list[Article]) -> str:
    by_id = {a.id: a for a in articles}
    records = [
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
    ]
    return dumps(records)


def glossary_json(glossary: Glossary, terms: dict[str, TermData], articles: list[Article]) -> str:
    urls = {a.id: a.url for a in articles}
    by_term = {e.term: e.slug for e in glossary.entries}
    records = []
    for entry in sorted(glossary.entries, key=lambda e: e.slug):
        data = terms.get(entry.slug, TermData())
        # In article id order, then reading order (the corpus is merged in that order), once per passage.
        occurrences = [
            {"article": article, "url": f"{urls[article]}#{anchor}"}
            for article, anchor in data.occurrences
            if article in urls
        ]
        records.append(
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
    return dumps(records)
