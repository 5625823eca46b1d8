"""Corpus → pages and data: every generated page and open-data file of the site, in the order they are added.

One stream of ``(path, content)``: a page's Markdown (or a :class:`Skeleton`,
whose fragments are written once MkDocs has rendered it), a data file
(``data/*.json``, written after the pages), or a file of the project published
as it is (a :class:`~pathlib.Path`: an image a Markdown article shows). The functions that make them are
the pure renderers; they are called through the reuse layer
(:class:`dossier.reuse.Reuse`), which hands back the last build's page when a
`mkdocs serve` rebuild makes it from equal inputs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from . import export, feeds, render_actors, render_glossary, render_review, render_themes
from .corpus import Corpus
from .facts import glossary_actors
from .fragments import Skeleton
from .glossary import key_terms
from .model import Level
from .reuse import Reuse

GLOSSARY_PAGE = "glossaire/index.md"

Content = str | Skeleton | export.DataFile | Path
Note = Callable[[Level, str], None]


def site_pages(
    corpus: Corpus, reuse: Reuse, note: Note, site_url: str, name: str, about: str
) -> Iterator[tuple[str, Content]]:
    """Every generated page and data file; ``note`` takes what contributors should hear of (frequent unknown names)."""
    yield from article_pages(corpus, reuse)
    yield from theme_pages(corpus, reuse)
    yield from glossary_pages(corpus, reuse, note)
    yield from quote_pages(corpus, reuse)
    yield from fact_pages(corpus, reuse, note)
    # What cleaning removed from each article, and why (the front matter's keep/remove correct it).
    yield render_review.PAGE, render_review.render_review(corpus.articles)
    urls = reuse.urls(corpus.articles)
    files = export.data_files(corpus.articles, corpus.quotes, corpus.glossary, corpus.terms, corpus.themes, urls)
    yield from ((f"data/{file}", made) for file, made in files.items())
    yield "feed.xml", feeds.rss(corpus.articles, name, about, site_url)
    yield "feed.json", feeds.json_feed(corpus.articles, name, about, site_url)
    yield "robots.txt", feeds.robots(site_url)


def article_pages(corpus: Corpus, reuse: Reuse) -> Iterator[tuple[str, Content]]:
    themes = {t.id: t for t in corpus.themes}
    for article in corpus.articles:
        body, related = corpus.bodies[article.id], corpus.related[article.id]
        yield f"articles/{article.slug}.md", reuse.article_page(article, body, related, themes)
    corpus.bodies = {}  # the article pages hold them now, until each is written
    yield from corpus.media  # the images Markdown articles show (dossier.markdown_article.media_files)
    yield from reuse.article_index(corpus.articles)


def theme_pages(corpus: Corpus, reuse: Reuse) -> Iterator[tuple[str, Content]]:
    for theme in corpus.themes:
        terms = key_terms(corpus.glossary, corpus.terms, theme.id)
        for page in reuse.theme_pages(theme, corpus.themes, corpus.articles, terms):
            yield page.src, page.page
    yield "themes/index.md", render_themes.render_themes_index(corpus.themes, corpus.articles)


def glossary_pages(corpus: Corpus, reuse: Reuse, note: Note) -> Iterator[tuple[str, Content]]:
    named = glossary_actors(corpus.glossary.entries, corpus.facts)
    yield GLOSSARY_PAGE, reuse.glossary_page(corpus, named)
    yield "glossaire/a-definir.md", render_glossary.render_missing(corpus.missing_terms)
    if corpus.missing_terms:
        shown = ", ".join(name for name, _ in corpus.missing_terms[:8])
        count = len(corpus.missing_terms)
        note(Level.INFO, f"glossary: {count} frequent terms have no entry ({shown}…); see glossaire/a-definir/")


def quote_pages(corpus: Corpus, reuse: Reuse) -> Iterator[tuple[str, Content]]:
    entries = {e.slug: e for e in corpus.glossary.entries}
    # Only the speakers' actor pages: an edit that gives some other actor a page leaves the index as it was.
    actor_slugs = corpus.facts.actor_slugs()
    speakers = set([q.speaker for q in corpus.quotes])  # a set of the list: the same order as ever
    speaker_slugs = {s: actor_slugs[s] for s in speakers if s in actor_slugs}
    pages, corpus.speaker_targets = reuse.quote_pages(corpus, entries, speaker_slugs)
    for page in pages:
        yield page.src, page.page


def fact_pages(corpus: Corpus, reuse: Reuse, note: Note) -> Iterator[tuple[str, Content]]:
    """Actor pages, key figures, the chronology and their data files."""
    by_id = corpus.by_id()
    facts = corpus.facts
    yield "acteurs/index.md", render_actors.render_index(facts, len(facts.unknown))
    yield "acteurs/a-verifier.md", render_actors.render_review(facts.unknown)
    if facts.unknown:
        shown = ", ".join(name for name, _ in facts.unknown[:8])
        note(
            Level.INFO,
            f"actors: {len(facts.unknown)} frequent names are not in sources/actors.yml ({shown}…); "
            "see acteurs/a-verifier/",
        )
    themes = {t.id: t for t in corpus.themes}
    forms = render_actors.glossary_forms(corpus.glossary.by_slug())
    for actor in facts.actors.values():
        page = render_actors.actor_page(actor, facts, by_id, themes, forms, corpus.speaker_targets)
        yield page.src, page.page
    for page in reuse.figure_pages(facts, by_id):
        yield page.src, page.page
    events = reuse.events(facts, by_id, [(a.id, a.date) for a in corpus.articles])
    for page in reuse.timeline_pages(facts, by_id, events):
        yield page.src, page.page
    files = export.facts_files(facts, events, corpus.articles, reuse.urls(corpus.articles))
    yield from ((f"data/{file}", made) for file, made in files.items())
