"""MkDocs hooks: the only module that knows MkDocs events.

Reads like a table of contents: build the corpus, add its pages and data
files, report what is wrong with the sources. The work lives in ``dossier``.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, get_toc

from dossier import corpus as corpus_mod
from dossier import (
    export,
    feeds,
    fragments,
    linking,
    markdown_article,
    memo,
    render,
    render_actors,
    render_facts,
    render_glossary,
    render_home,
    render_quotes,
    render_review,
    render_themes,
    report,
    sources,
)
from dossier.actors import ActorsError
from dossier.facts import actor_entries, glossary_actors
from dossier.glossary import GlossaryError, key_terms
from dossier.mdext import GlossaryExtension, LinkContext
from dossier.model import Level
from dossier.rendered import Rendered, Renders, tokens
from dossier.themes import ThemeConfigError

log = logging.getLogger("mkdocs.hooks.dossier")


log.addFilter(report.OneLine())
_report = report.Report(log)

GLOSSARY_PAGE = "glossaire/index.md"
_state: dict[str, Any] = {}
# Generated pages' fragments, by source path (see dossier.fragments), written out in on_page_context.
_fragments: dict[str, fragments.Skeleton] = {}
_skeletons: dict[str, str] = {}
# The page being written: its full HTML while the search plugin indexes its text (see _fill_page).
_pages: dict[str, str] = {}
_links = LinkContext()
# The open data (site/data/*.json), written one file at a time once the pages are: a large corpus's
# JSON would otherwise stay in memory, as generated files, for the whole build.
_exports: dict[str, export.DataFile] = {}
# Per-file analyses, kept across the rebuilds of one `mkdocs serve` (keyed by content and configuration hashes).
_cache = corpus_mod.Cache()
# What the corpus makes of them (written pages, article pages, corpus totals, data records), kept for one more
# `mkdocs serve` build.
_memo = memo.Memo()
# What MkDocs rendered of each generated page's skeleton, reused by the next serve rebuild when the same.
_renders = Renders(_memo)
_reused: dict[str, Rendered] = {}


def on_startup(command: str, dirty: bool) -> None:
    # `mkdocs build` builds once: per-file analyses need not outlive it, nor written pages' fragments.
    _state["serve"] = command == "serve"


def on_serve(server: Any, config: MkDocsConfig, builder: Callable[..., None]) -> Any:
    """`mkdocs serve`: editors' leftovers in sources/ (swap files, backups, .DS_Store) trigger no rebuild."""
    folder = os.path.abspath(Path(config.config_file_path).parent / "sources")
    if folder in config.watch:
        server.watch(folder)  # now, so that the handler is there to wrap (MkDocs' own watch() adds none again)
        # MkDocs' handler, as it registers it in watchdog's observer: when they are not found, nothing changes.
        with contextlib.suppress(AttributeError, KeyError, TypeError):
            for handler in server.observer._handlers[server._watch_refs[folder]]:
                handler.on_any_event = sources.ignoring_leftovers(handler.on_any_event)
    return server


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    config.markdown_extensions.append(GlossaryExtension(_links))  # type: ignore[arg-type]
    # What a skeleton's rendering depends on besides its text and URL (a serve rebuild reloads mkdocs.yml).
    names = [e if isinstance(e, str) else type(e).__name__ for e in config.markdown_extensions]
    _state["markdown"] = repr((names, config.mdx_configs, config.use_directory_urls))
    return config


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No garbage collection while the corpus is built: it allocates millions of objects that all live on.

    Python's collector would otherwise scan the growing heap over and over
    (about a tenth of the hooks' time on a large corpus). Afterwards the corpus
    is frozen out of the collector's sight until the pages are written
    (:func:`on_post_build` lets it go, so a `mkdocs serve` rebuild frees the previous one).
    """
    gc.unfreeze()  # a corpus a `mkdocs build` in this process left frozen (see _let_go) can go now
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
    gc.freeze()


def on_files(files: Files, config: MkDocsConfig) -> Files:
    # DOSSIER_SERVE_MEMO=0: rebuilds redo the corpus-level work, for a machine short of memory (README).
    _memo.new_build(enabled=_state.get("serve", True) and os.environ.get("DOSSIER_SERVE_MEMO", "1") != "0")
    try:
        with _collector_paused():
            return _add_pages(files, config)
    finally:
        built = _state.get("corpus")
        articles = len(built.articles) if built is not None else 0
        _report.flush(_state.get("serve", True), bool(config.strict), articles, _cache.misses, _cache.hits)


def _add_pages(files: Files, config: MkDocsConfig) -> Files:
    root = Path(config.config_file_path).parent
    articles_dir = root / "sources" / "articles"
    if not articles_dir.is_dir():
        raise PluginError(f"{articles_dir}: the articles folder is missing; create it and add .txt or .md articles")
    try:
        cache = _cache if _state.get("serve", True) else None
        store = corpus_mod.store(root)
        corpus = corpus_mod.build(articles_dir, root, cache=cache, memo=_memo, store=store)
    except (ThemeConfigError, GlossaryError, ActorsError) as exc:
        raise PluginError(str(exc)) from exc
    log.debug(f"articles: {_cache.hits} from the cache, {_cache.misses} analysed")
    if store is not None:
        log.debug(f"articles: {store.hits} analyses read from {store.folder}, {store.writes} written")
    _links.linker = corpus.linker
    _state["corpus"] = corpus
    for diagnostic in corpus.diagnostics:
        _report.add(diagnostic.level, str(diagnostic))
    if not corpus.articles:
        where = articles_dir.relative_to(root)
        _report.add(Level.WARNING, f"{where}: no article could be read; the site has no article pages")

    _fragments.clear()
    _reused.clear()
    _skeletons.clear()
    _pages.clear()
    _exports.clear()
    _state["files"] = files
    _state["urls"] = None  # made on the first generated page, once the site's files are final
    _state["titles"] = linking.titles([*corpus.glossary.entries, *actor_entries(corpus.actors).values()])

    def clash(uri: str) -> None:
        if uri in files.src_uris:
            raise PluginError(f"docs/{uri} clashes with a generated page: rename or remove docs/{uri}")

    def data(files: dict[str, export.DataFile]) -> None:
        for name, made in files.items():
            clash(f"data/{name}")
            _exports[f"data/{name}"] = made

    def add(uri: str, content: str | fragments.Skeleton) -> None:
        clash(uri)
        if isinstance(content, fragments.Skeleton):
            # MkDocs has the Markdown now: keep only what fills the page.
            _fragments[uri] = fragments.Skeleton([], content.fragments, content.unindexed, content.headings)
            content = content.markdown()
        files.append(File.generated(config, uri, content=content))

    entries = {e.slug: e for e in corpus.glossary.entries}
    themes = {t.id: t for t in corpus.themes}
    for article in corpus.articles:
        body, related = corpus.bodies[article.id], corpus.related[article.id]
        # What the page shows besides the cached analysis: its slug, and its related articles' links.
        inputs = (article, article.slug, body, [(a.slug, a.title, shared) for a, shared in related], themes)
        page = _memo.get(
            ("article-page", article.id),
            inputs,
            lambda article=article, related=related, body=body: render.render_article(article, themes, related, body),
        )
        add(f"articles/{article.slug}.md", page)
    corpus.bodies = {}  # the article pages hold them now, until each is written
    media, missing = markdown_article.media_files(corpus.articles, root, articles_dir)  # images Markdown articles show
    for diagnostic in missing:
        _report.add(diagnostic.level, str(diagnostic))
    for uri, path in media:
        clash(uri)
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    for uri, page in render.article_index_pages(corpus.articles, _memo):
        add(uri, page)
    for theme in corpus.themes:
        terms = key_terms(corpus.glossary, corpus.terms, theme.id)
        for theme_page in render_themes.theme_pages(theme, corpus.themes, corpus.articles, terms, _memo):
            add(theme_page.src, theme_page.page)
    add("themes/index.md", render_themes.render_themes_index(corpus.themes, corpus.articles))
    named = glossary_actors(corpus.glossary.entries, corpus.facts)
    # Made again on every build from each entry's facts, which the memo keeps (an edit changes a few).
    glossary_page = render_glossary.render_glossary(
        corpus.glossary, corpus.terms, corpus.articles, corpus.themes, corpus.linker, named, _memo
    )
    add(GLOSSARY_PAGE, glossary_page)
    add("glossaire/a-definir.md", render_glossary.render_missing(corpus.missing_terms))
    if corpus.missing_terms:
        shown = ", ".join(name for name, _ in corpus.missing_terms[:8])
        _report.add(
            Level.INFO,
            f"glossary: {len(corpus.missing_terms)} frequent terms have no entry ({shown}…); see glossaire/a-definir/",
        )
    # Quotations by value, with this build's speakers (unify_speakers sets them on the same objects).
    speakers = [q.speaker for q in corpus.quotes]
    # Only the speakers' actor pages: an edit that gives some other actor a page leaves the index as it was.
    actor_slugs = corpus.facts.actor_slugs()
    speaker_slugs = {s: actor_slugs[s] for s in set(speakers) if s in actor_slugs}
    titles = render.article_titles(corpus.articles, _memo)

    def quote_index(last: tuple[object, tuple[list[render_quotes.QuotePage], dict[str, str]]] | None) -> Any:
        # Pages say what they are made from while the memo is on, for the next build to compare.
        before = {page.src: page for page in last[1][0]} if last is not None else {} if _memo.enabled else None
        return render_quotes.quote_pages(corpus.quotes, corpus.articles, corpus.themes, entries, speaker_slugs, before)

    quote_pages, corpus.speaker_targets = _memo.renew(
        ("quote-pages",), (corpus.quotes, speakers, titles, corpus.themes, entries, speaker_slugs), quote_index
    )
    for quote_page in quote_pages:
        add(quote_page.src, quote_page.page)
    add_facts(corpus, add, data)
    # What cleaning removed from each article, and why (the front matter's keep/remove correct it).
    add(render_review.PAGE, render_review.render_review(corpus.articles))
    data(export.data_files(corpus.articles, corpus.quotes, corpus.glossary, corpus.terms, corpus.themes, _memo))
    site_url, name, about = config.site_url or "", config.site_name, config.site_description or ""
    add("feed.xml", feeds.rss(corpus.articles, name, about, site_url))
    add("feed.json", feeds.json_feed(corpus.articles, name, about, site_url))
    add("robots.txt", feeds.robots(site_url))
    return files


def add_facts(
    corpus: corpus_mod.Corpus,
    add: Callable[[str, str | fragments.Skeleton], None],
    data: Callable[[dict[str, export.DataFile]], None],
) -> None:
    """Actor pages, key figures, the chronology and their data files."""
    by_id = corpus.by_id()
    facts = corpus.facts
    add("acteurs/index.md", render_actors.render_index(facts, len(facts.unknown)))
    add("acteurs/a-verifier.md", render_actors.render_review(facts.unknown))
    if facts.unknown:
        shown = ", ".join(name for name, _ in facts.unknown[:8])
        _report.add(
            Level.INFO,
            f"actors: {len(facts.unknown)} frequent names are not in sources/actors.yml ({shown}…); "
            "see acteurs/a-verifier/",
        )
    themes = {t.id: t for t in corpus.themes}
    forms = render_actors.glossary_forms(corpus.glossary.by_slug())
    for actor in facts.actors.values():
        actor_page = render_actors.actor_page(actor, facts, by_id, themes, forms, corpus.speaker_targets, _memo)
        add(actor_page.src, actor_page.page)
    for fact_page in render_facts.figure_pages(facts, by_id, _memo):
        add(fact_page.src, fact_page.page)
    timeline = render_facts.kept_events(facts, by_id, [(a.id, a.date) for a in corpus.articles], _memo)
    for fact_page in render_facts.timeline_pages(facts, by_id, timeline, _memo):
        add(fact_page.src, fact_page.page)
    data(export.facts_files(facts, timeline, corpus.articles, _memo))


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    # Generated pages come with their term links; hand-written ones are linked while MkDocs renders them.
    _links.enabled = not page.file.generated_by
    _links.page_src = page.file.src_uri
    _links.scope_class = None
    if "<!-- dossier:" in markdown and not page.file.generated_by:
        markdown = render_home.fill(markdown, _state["corpus"], page.file.src_uri.rpartition("/")[0])
    if _memo.enabled and page.file.generated_by and "title" in page.meta:
        # `mkdocs serve`: the same skeleton at the same URL renders as last time (dossier.rendered), if its
        # Markdown links (an article's has none) point at the same pages.
        pages = _memo.stamp("pages", lambda: frozenset(files.src_uris)) if "](" in markdown else None
        reused = _renders.reuse(page.file.src_uri, (markdown, page.file.url, pages, _state.get("markdown")))
        if reused is not None:
            _reused[page.file.src_uri] = reused
            return ""
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    rendered = _reused.pop(page.file.src_uri, None)
    reused = rendered is not None
    parts = _fragments.get(page.file.src_uri)
    if rendered is not None:
        html = rendered.html
        page.present_anchor_ids = set(rendered.anchors)
        if parts is None:  # else the table of contents comes with the headings placed (_place_headings)
            page.toc = get_toc(rendered.toc)
    elif page.file.generated_by and _memo.enabled:
        rendered = Rendered(html, tokens(page.toc), frozenset(page.present_anchor_ids or ()))
        _renders.keep(page.file.src_uri, rendered)
    if parts is not None:  # headings written as HTML take the markup MkDocs gave the skeleton's model heading
        html = _place_headings(page, parts, html, rendered, reused)
    if parts is not None and page.present_anchor_ids is not None:
        # Anchors MkDocs did not see (written as HTML, not Markdown): links to them are not reported as broken.
        page.present_anchor_ids |= fragments.fragment_ids(parts.fragments)
    depth = page.meta.get("toc_depth")
    if isinstance(depth, int):
        render.prune_toc(page.toc, depth)
    return html


def _place_headings(
    page: Page, parts: fragments.Skeleton, html: str, rendered: Rendered | None, reused: bool = False
) -> str:
    """``parts.place_headings`` for the page; in a serve rebuild, the last build's result when made from the same.

    The same: the render of the skeleton the last build kept and this one got back (dossier.rendered,
    the same object) and the same fragments. ``reused``: MkDocs rendered nothing this time; the
    page's table of contents is the kept render's (set here, with the headings placed).
    """
    if rendered is None or not _memo.enabled:
        return parts.place_headings(html, page.toc.items, AnchorLink)

    def place() -> tuple[str, list[fragments.Fragment], list[dict[str, Any]]]:
        if reused:
            page.toc = get_toc(rendered.toc)
        placed = parts.place_headings(html, page.toc.items, AnchorLink)
        return placed, parts.fragments, tokens(page.toc)

    placed, parts.fragments, toc = _memo.get(("placed-headings", page.file.src_uri), (rendered, parts.fragments), place)
    page.toc = get_toc(toc)
    return placed


# Generated pages keep their small rendered skeleton in page.content until their turn to be written;
# the full HTML (fragments, term links, URLs) exists for one page at a time: memory stays flat
# however many articles there are (`mkdocs serve` keeps each written page for the next rebuild).
# The search plugin indexes the page in between (priority 0): it reads the text without the
# links' markup, which it would drop anyway (same index, less to parse).
@event_priority(100)
def _fill_page(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    parts = _fragments.get(page.file.src_uri)
    if parts is None or page.content is None:
        return context
    files: Files = _state["files"]
    _skeletons[page.file.src_uri] = page.content
    here = page.file.url
    urls = _state.get("urls")
    if urls is None:  # the URL of each page a generated page links to, from this page (dossier.linking)
        urls = _state["urls"] = linking.PageUrls(lambda src: file.url if (file := files.src_uris.get(src)) else None)
    relative = urls.seen_from(here)

    def stamp() -> object:
        return here, _memo.stamp("definitions", lambda: _state["titles"])

    # A serve rebuild reuses the page written by the last one when nothing it shows changed. The search
    # plugin is given nothing to read of a page it leaves out of the index (listings of a large corpus).
    search = page.meta.get("search")
    indexed = not (isinstance(search, dict) and search.get("exclude"))
    full, page.content, missing = parts.write_kept(
        _memo, page.file.src_uri, stamp, page.content, relative, _state["titles"], files.src_uris, indexed
    )
    for src in missing:
        if src.startswith(f"{markdown_article.MEDIA_DIR}/"):
            continue  # a missing image: reported with its article (on_files)
        log.warning(f"{page.file.src_uri}: a generated link points at {src}, which is not a page of the site")
    _pages[page.file.src_uri] = full
    return context


@event_priority(-100)
def _show_page(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    full = _pages.pop(page.file.src_uri, None)
    if full is not None:
        page.content = full
    return context


on_page_context = CombinedEvent(_fill_page, _show_page)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    skeleton = _skeletons.pop(page.file.src_uri, None)
    if skeleton is not None:
        page.content = skeleton  # written: let the full HTML go
        if not _state.get("serve", True):
            _fragments.pop(page.file.src_uri, None)  # and its fragments (`mkdocs serve` may render it again)
    return output


def on_post_build(config: MkDocsConfig) -> None:
    export.write_files(Path(config.site_dir), _exports, _memo)
    _let_go()


def on_build_error(error: Exception) -> None:
    _let_go()


def _let_go() -> None:
    """The build is over: `mkdocs serve` lets the collector see the corpus again, so the next build frees it.

    `mkdocs build` keeps it frozen: the interpreter exits next, and its last
    collections would otherwise walk the whole corpus (seconds on a large one).
    """
    if _state.get("serve", True):
        gc.unfreeze()
