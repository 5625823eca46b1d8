"""The reuse layer: what a `mkdocs serve` rebuild takes from the last build instead of making it again.

Everything else in :mod:`dossier` is plain functions of their inputs: the
analysis of one file, the corpus totals, each page, each data file. This layer
wraps them, one method per function, and decides by their inputs whether the
last build's result can stand (the model is Salsa's memoised pure queries, or
Sphinx's environment asking which documents are out of date):

* per-file analyses, by content and configuration hashes (:class:`dossier.corpus.Cache`);
* corpus totals (related articles, glossary and fact totals), made again from
  the last ones where few articles changed (:class:`KeptTotals`);
* generated pages and their listings' rows (:meth:`Reuse.theme_pages`…);
* pages written out with their links (:meth:`Reuse.write_page`);
* what MkDocs rendered of a generated page's skeleton (:mod:`.rendered`);
* the open data's files and records (:meth:`Reuse.write_data`).

Values are kept by :class:`.memo.Memo` for one build. ``mkdocs build`` and
``DOSSIER_SERVE_MEMO=0`` turn it off: every method then calls its function
and keeps nothing, so nothing but speed depends on this layer.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Hashable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from .. import corpus as corpus_mod
from .. import export, glossary, render, render_facts, render_glossary, render_quotes, render_themes
from .. import facts as facts_mod
from .. import quotes as quotes_mod
from ..fragments import Fragment, Skeleton, fingerprint
from ..glossary import Entry
from ..model import Article
from ..related import rank_again
from ..themes import Theme
from .memo import Memo, Parts
from .rendered import Rendered, Renders

T = TypeVar("T")

__all__ = ["KeptTotals", "Memo", "Parts", "Rendered", "Renders", "Reuse"]


class KeptTotals(corpus_mod.Totals):
    """:class:`dossier.corpus.Totals`, made again from the last build's where articles changed."""

    def __init__(self, memo: Memo) -> None:
        self.memo = memo

    def related(
        self, articles: list[Article], names: dict[str, frozenset[str]]
    ) -> dict[str, list[tuple[Article, list[str]]]]:
        # The ranking depends on the articles' themes and names only; it is kept as article ids, so the
        # result holds this build's articles.
        if not self.memo.enabled:
            return super().related(articles, names)
        inputs = [(a.id, a.themes, names[a.id]) for a in articles]
        ranking = self.memo.renew(
            ("related",), inputs, lambda last: rank_again(last[1] if last else None, articles, names)
        )
        by_id = {a.id: a for a in articles}
        return {key: [(by_id[other], shared) for other, shared in rows] for key, rows in ranking.rows.items()}

    def terms(self, parts: list[glossary.ArticleTerms]) -> dict[str, glossary.TermData]:
        return self.memo.renew(
            ("terms",), parts, lambda last: glossary.merge_again(last[1] if last else None, parts)
        ).terms

    def facts(
        self, per_article: list[facts_mod.ArticleFacts], config: corpus_mod.Config, quotes: list[quotes_mod.Quote]
    ) -> facts_mod.Facts:
        # Quotations by value and with this build's speaker (unify_speakers sets it on the same objects every build).
        inputs = (per_article, config.actors, [(q, q.speaker) for q in quotes]) if self.memo.enabled else None
        totals = self.memo.renew(
            ("facts",),
            inputs,
            lambda last: facts_mod.gather_again(
                last[1] if last else None, per_article, config.actors, config.actor_matcher, quotes
            ),
        )
        return totals.facts


class Reuse:
    """The last build's results, handed back when made from equal inputs; else the pure function's."""

    def __init__(self) -> None:
        self.memo = Memo()
        self.analyses = corpus_mod.Cache()  # per-file analyses, for the whole serve session
        self.renders = Renders(self.memo)
        self.serve = False

    def new_build(self, serve: bool) -> None:
        """A build starts: ``serve`` keeps analyses and (unless ``DOSSIER_SERVE_MEMO=0``) everything else."""
        self.serve = serve
        self.memo.new_build(enabled=serve and os.environ.get("DOSSIER_SERVE_MEMO", "1") != "0")

    @property
    def enabled(self) -> bool:
        return self.memo.enabled

    # --- the corpus -------------------------------------------------------------------------------

    def corpus(self, articles_dir: Path, root: Path, store: corpus_mod.Store | None) -> corpus_mod.Corpus:
        """:func:`dossier.corpus.build`, with the analyses kept for the serve session and the totals renewed."""
        cache = self.analyses if self.serve else None
        return corpus_mod.build(articles_dir, root, cache=cache, totals=KeptTotals(self.memo), store=store)

    def titles(self, articles: list[Article]) -> object:
        """:func:`render.article_titles`, the last build's object while equal (inputs holding it compare quickly)."""
        return self.memo.stamp("article-titles", lambda: render.article_titles(articles))

    def urls(self, articles: list[Article]) -> dict[str, str] | None:
        """:func:`export.article_urls` as :meth:`titles`; None when nothing is kept (the export makes them)."""
        return self.memo.stamp("article-urls", lambda: export.article_urls(articles)) if self.enabled else None

    def pages(self, uris: Collection[str]) -> frozenset[str]:
        """The site's pages, the last build's object while the same."""
        return self.memo.stamp("pages", lambda: frozenset(uris))

    def definitions(self, make: Callable[[], T]) -> T:
        """What term and actor links show (their titles), the last build's object while the same."""
        return self.memo.stamp("definitions", make)

    # --- pages --------------------------------------------------------------------------------------

    def article_page(
        self, article: Article, body: Any, related: list[tuple[Article, list[str]]], themes: Mapping[str, Theme]
    ) -> Skeleton:
        # What the page shows besides the cached analysis: its slug, and its related articles' links.
        inputs = (article, article.slug, body, [(a.slug, a.title, shared) for a, shared in related], themes)
        return self.memo.get(
            ("article-page", article.id), inputs, lambda: render.render_article(article, themes, related, body)
        )

    def article_index(self, articles: list[Article]) -> list[tuple[str, str]]:
        inputs = [render.card(a) for a in articles] if self.enabled else None
        return self.memo.get(("article-index",), inputs, lambda: render.article_index_pages(articles))

    def theme_pages(
        self, theme: Theme, themes: list[Theme], articles: list[Article], key_terms: list[tuple[Entry, int]] | None
    ) -> list[render_themes.ThemePage]:
        # Else a page or an article's group is the last build's when made from the same (theme_pages_again).
        inputs = (theme, themes, articles, self.titles(articles), key_terms) if self.enabled else None
        pages, _ = self.memo.renew(
            ("theme-pages", theme.id),
            inputs,
            lambda last: render_themes.theme_pages_again(last[1] if last else None, theme, themes, articles, key_terms),
        )
        return pages

    def glossary_page(self, corpus: corpus_mod.Corpus, actors: Mapping[str, tuple[str, str]]) -> Skeleton:
        """The glossary page, made again on every build; each entry's facts the last build's while the same."""
        if not self.enabled:
            return render_glossary.render_glossary(
                corpus.glossary, corpus.terms, corpus.articles, corpus.themes, corpus.linker, actors
            )
        last = self.memo.kept(("glossary-facts",))
        parts = Parts(last[1] if last is not None else None)
        self.memo.keep(("glossary-facts",), None, parts)
        titles = self.titles(corpus.articles)
        return render_glossary.render_glossary(
            corpus.glossary, corpus.terms, corpus.articles, corpus.themes, corpus.linker, actors, titles, parts
        )

    def quote_pages(
        self, corpus: corpus_mod.Corpus, entries: Mapping[str, Entry], speaker_slugs: dict[str, str]
    ) -> tuple[list[render_quotes.QuotePage], dict[str, str]]:
        # Quotations by value, with this build's speakers (unify_speakers sets them on the same objects).
        speakers = [q.speaker for q in corpus.quotes]
        titles = self.titles(corpus.articles)

        def make(last: tuple[object, tuple[list[render_quotes.QuotePage], dict[str, str]]] | None) -> Any:
            # Pages say what they are made from while reuse is on, for the next build to compare.
            before = {page.src: page for page in last[1][0]} if last is not None else {} if self.enabled else None
            return render_quotes.quote_pages(
                corpus.quotes, corpus.articles, corpus.themes, entries, speaker_slugs, before
            )

        inputs = (corpus.quotes, speakers, titles, corpus.themes, entries, speaker_slugs)
        return self.memo.renew(("quote-pages",), inputs, make)

    def figure_pages(self, facts: facts_mod.Facts, articles: Mapping[str, Article]) -> list[render_facts.FactPage]:
        if not self.enabled:
            return render_facts.figure_pages(facts, articles)
        titles = self.titles(list(articles.values()))

        def make(last: tuple[object, tuple[list[render_facts.FactPage], Parts]] | None) -> Any:
            # The table rows of the figures still there are the last build's (a new figure shifts later pages).
            rows = Parts(last[1][1] if last is not None else None, (located for _, located in facts.figures))
            return render_facts.figure_pages(facts, articles, titles, rows), rows

        pages, _ = self.memo.renew(("figure-pages",), (facts.figures, titles, facts.actor_slugs()), make)
        return pages  # type: ignore[no-any-return]

    def events(
        self, facts: facts_mod.Facts, articles: Mapping[str, Article], published: list[tuple[str, str]]
    ) -> list[render_facts.Event]:
        """:func:`render_facts.events`: the last build's list, its changed articles' events replaced."""
        dated = (facts.dates, published)
        return self.memo.renew(("events",), dated, lambda last: render_facts.events_again(last, dated, facts, articles))

    def timeline_pages(
        self, facts: facts_mod.Facts, articles: Mapping[str, Article], found: list[render_facts.Event]
    ) -> list[render_facts.FactPage]:
        if not self.enabled:
            return render_facts.timeline_pages(facts, articles, found)
        titles = self.titles(list(articles.values()))

        def make(last: tuple[object, tuple[list[render_facts.FactPage], Parts]] | None) -> Any:
            rows = Parts(last[1][1] if last is not None else None, found)  # the items of the events still there
            return render_facts.timeline_pages(facts, articles, found, titles, rows), rows

        pages, _ = self.memo.renew(("timeline-pages",), (found, titles), make)
        return pages  # type: ignore[no-any-return]

    # --- pages written out ----------------------------------------------------------------------------

    def rendered(self, src: str, inputs: Hashable) -> Rendered | None:
        """What MkDocs rendered of page ``src``'s skeleton in the last build, when made from equal ``inputs``."""
        return self.renders.reuse(src, inputs)

    def keep_rendered(self, src: str, rendered: Rendered) -> None:
        self.renders.keep(src, rendered)

    def place_headings(
        self,
        src: str,
        rendered: Rendered,
        fragments: list[Fragment],
        place: Callable[[], tuple[str, list[Fragment], list[dict[str, Any]]]],
    ) -> tuple[str, list[Fragment], list[dict[str, Any]]]:
        """``place()``, the page with its headings placed (:meth:`Skeleton.place_headings`), or the last build's.

        The last build's when made from the same render (the same object, see :meth:`rendered`) and fragments.
        """
        return self.memo.get(("placed-headings", src), (rendered, fragments), place)

    def write_page(
        self,
        page: Skeleton,
        src: str,
        stamp: Callable[[], object],
        rendered: str,
        relative: Callable[[str], str | None],
        definitions: Mapping[str, str],
        pages: Collection[str],
        indexed: bool = True,
    ) -> tuple[str, str, list[str]]:
        """:meth:`Skeleton.write`, or the last build's page when the same: full page, search text, missing targets.

        ``relative(src)`` is the URL of the source page ``src`` from this page,
        None when ``src`` is not one of the site's ``pages``: the link gets ``#``
        and ``src`` is listed in the third value (the same from a kept page, so
        that the caller reports it on every build). The page is the last
        build's when its skeleton, its fragments (:meth:`Skeleton.made_from`)
        and ``stamp()`` (this page's URL, the definitions) are the same, and
        each page it links to still exists or still does not (a page's URL
        follows from its source path). The page is kept as UTF-8, with its
        search text (half the memory of a French text as a str).
        """
        linked: dict[str, bool] = {}

        def link(target: str) -> str:
            url = relative(target)
            linked[target] = url is not None
            return "#" if url is None else url

        memo = self.memo
        if not memo.enabled:  # nothing to keep
            full, search = page.write(rendered, link, definitions, indexed)
            return full, search, [target for target, found in linked.items() if not found]
        key = ("written-page", src)
        inputs = (fingerprint(rendered), page.made_from(), frozenset(page.unindexed), indexed, stamp())
        self.pages(pages)
        kept = memo.kept(key)
        if kept is not None and kept[0][0] == inputs:
            links = kept[0][1]
            if memo.unchanged("pages") or all((target in pages) == found for target, found in links):
                memo.keep(key, kept[0], kept[1], hit=True)
                full_bytes, search_bytes = kept[1]
                return full_bytes.decode(), search_bytes.decode(), [target for target, found in links if not found]
        full, search = page.write(rendered, link, definitions, indexed)
        memo.keep(key, (inputs, tuple(linked.items())), (full.encode(), search.encode()))
        return full, search, [target for target, found in linked.items() if not found]

    # --- open data ------------------------------------------------------------------------------------

    def write_data(self, site_dir: Path, files: Mapping[str, export.DataFile]) -> None:
        """:func:`export.write_files`; a file made from the same inputs as in the last build is its records.

        One made again takes the last build's encoded record of each item it still has.
        """
        if not self.enabled:
            export.write_files(site_dir, files)  # streamed: a large corpus's file never sits in memory
            return
        for uri, made in files.items():

            def make(
                last: tuple[object, tuple[list[export.Record], Parts]] | None, made: export.DataFile = made
            ) -> Any:
                parts = Parts(last[1][1] if last is not None else None)
                return list(made.records(parts)), parts

            records, _ = self.memo.renew(("data-file", uri), made.inputs(), make)
            export.write(site_dir / uri, records)
