"""What the hooks keep, and the MkDocs side of each event: the one adapter between MkDocs and :mod:`dossier`.

A :class:`Session` lives as long as the hook module: one ``mkdocs build``, or
a whole ``mkdocs serve`` session. It holds the reuse layer (:mod:`dossier.reuse`),
the build report and the link context of the Markdown extension; and, for the
build under way, a :class:`Build`: the corpus, the generated pages' fragments
until each page is written, the open data until the pages are.

A generated page is a Markdown skeleton with HTML fragments (:mod:`dossier.fragments`):
MkDocs renders the skeleton (``on_page_markdown``, ``on_page_content``: the
headings written as HTML take the markup it gave a model heading); the full page
exists for one page at a time (``on_page_context``), while the search plugin
indexes it; once written, the page keeps its small skeleton (``on_post_page``).
`mkdocs build` has the pages written out, and the open data written, by forked
processes while MkDocs writes the pages (:mod:`dossier.background`).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, get_toc

from . import corpus as corpus_mod
from . import export, fragments, linking, markdown_article, render, render_home, report
from .actors import ActorsError
from .background import Ahead, DataWriter
from .corpus import Corpus
from .facts import actor_entries
from .glossary import GlossaryError
from .mdext import GlossaryExtension, LinkContext
from .model import Level
from .pages import site_pages
from .reuse import Rendered, Reuse
from .reuse.rendered import tokens
from .themes import ThemeConfigError


@dataclass
class Build:
    """The build under way: what one MkDocs event leaves for a later one."""

    corpus: Corpus | None = None
    files: Files | None = None
    # Generated pages' fragments, by source path, until each page is written (on_page_context).
    fragments: dict[str, fragments.Skeleton] = field(default_factory=dict)
    # What MkDocs rendered of each skeleton, while the page holds its full HTML.
    skeletons: dict[str, str] = field(default_factory=dict)
    # The page being written: its full HTML while the search plugin indexes its text.
    written: dict[str, str] = field(default_factory=dict)
    # Renders of skeletons the reuse layer gave back (on_page_markdown) for on_page_content.
    reused: dict[str, Rendered] = field(default_factory=dict)
    # The open data (site/data/*.json), written one file at a time once the pages are.
    data: dict[str, export.DataFile] = field(default_factory=dict)
    urls: linking.PageUrls | None = None  # made on the first generated page, once the site's files are final
    titles: dict[str, str] = field(default_factory=dict)  # what term and actor links show
    site_dir: Path | None = None
    writer: DataWriter | None = None  # the process writing the open data while MkDocs writes the pages
    ahead: Ahead | None = None  # the process that wrote the generated pages out before MkDocs asks for them
    ahead_from: dict[str, str] = field(default_factory=dict)  # the rendered skeleton each was written from


class Session:
    """Everything the hooks keep: across a serve session (reuse layer, report), and the :class:`Build` under way."""

    def __init__(self, log: logging.Logger) -> None:
        self.log = log
        self.serve = True  # until on_startup says otherwise
        self.reuse = Reuse()
        self.report = report.Report(log)
        self.links = LinkContext()
        self.markdown: str | None = None  # the Markdown settings, which a skeleton's rendering depends on
        self.build = Build()

    # --- on_config ------------------------------------------------------------------------------------

    def configure(self, config: MkDocsConfig) -> None:
        config.markdown_extensions.append(GlossaryExtension(self.links))  # type: ignore[arg-type]
        names = [e if isinstance(e, str) else type(e).__name__ for e in config.markdown_extensions]
        self.markdown = repr((names, config.mdx_configs, config.use_directory_urls))

    # --- on_files -------------------------------------------------------------------------------------

    def add_pages(self, files: Files, config: MkDocsConfig) -> Files:
        """Build the corpus and add its pages to ``files``; the data files wait for the pages."""
        self.reuse.new_build(self.serve)
        last = self.build.corpus
        self.build = Build(files=files, site_dir=Path(config.site_dir))
        try:
            with _collector_paused():
                return self._add_pages(files, config)
        finally:
            built = self.build.corpus or last  # a build that failed says what the last one read
            articles = len(built.articles) if built is not None else 0
            cache = self.reuse.analyses
            self.report.flush(self.serve, bool(config.strict), articles, cache.misses, cache.hits)

    def _add_pages(self, files: Files, config: MkDocsConfig) -> Files:
        root = Path(config.config_file_path).parent
        articles_dir = root / "sources" / "articles"
        if not articles_dir.is_dir():
            raise PluginError(f"{articles_dir}: the articles folder is missing; create it and add .txt or .md articles")
        try:
            store = corpus_mod.store(root)
            corpus = self.reuse.corpus(articles_dir, root, store)
        except (ThemeConfigError, GlossaryError, ActorsError) as exc:
            raise PluginError(str(exc)) from exc
        cache = self.reuse.analyses
        self.log.debug(f"articles: {cache.hits} from the cache, {cache.misses} analysed")
        if store is not None:
            self.log.debug(f"articles: {store.hits} analyses read from {store.folder}, {store.writes} written")
        self.links.linker = corpus.linker
        self.build.corpus = corpus
        for diagnostic in corpus.diagnostics:
            self.report.add(diagnostic.level, str(diagnostic))
        if not corpus.articles:
            where = articles_dir.relative_to(root)
            self.report.add(Level.WARNING, f"{where}: no article could be read; the site has no article pages")
        self.build.titles = linking.titles([*corpus.glossary.entries, *actor_entries(corpus.actors).values()])
        about = (config.site_url or "", config.site_name, config.site_description or "")
        for uri, content in site_pages(corpus, self.reuse, self.report.add, *about):
            if uri in files.src_uris:
                raise PluginError(f"docs/{uri} clashes with a generated page: rename or remove docs/{uri}")
            if isinstance(content, export.DataFile):
                self.build.data[uri] = content
                continue
            if isinstance(content, Path):
                files.append(File.generated(config, uri, abs_src_path=str(content)))
                continue
            if isinstance(content, fragments.Skeleton):
                # MkDocs has the Markdown now: keep only what fills the page.
                self.build.fragments[uri] = fragments.Skeleton(
                    [], content.fragments, content.unindexed, content.headings
                )
                content = content.markdown()
            files.append(File.generated(config, uri, content=content))
        return files

    # --- on_page_markdown -----------------------------------------------------------------------------

    def page_markdown(self, markdown: str, page: Page, files: Files) -> str:
        generated = bool(page.file.generated_by)
        # Generated pages come with their term links; hand-written ones are linked while MkDocs renders them.
        self.links.enabled = not generated
        self.links.page_src = page.file.src_uri
        self.links.scope_class = None
        if "<!-- dossier:" in markdown and not generated:
            markdown = render_home.fill(markdown, self.build.corpus, page.file.src_uri.rpartition("/")[0])
        if self.reuse.enabled and generated and "title" in page.meta:
            # The same skeleton at the same URL renders as last time, if its Markdown links (an article's
            # has none) point at the same pages: MkDocs is given nothing to render (see on_page_content).
            pages = self.reuse.pages(files.src_uris) if "](" in markdown else None
            reused = self.reuse.rendered(page.file.src_uri, (markdown, page.file.url, pages, self.markdown))
            if reused is not None:
                self.build.reused[page.file.src_uri] = reused
                return ""
        return markdown

    # --- on_page_content ------------------------------------------------------------------------------

    def page_content(self, html: str, page: Page) -> str:
        src = page.file.src_uri
        rendered = self.build.reused.pop(src, None)
        reused = rendered is not None
        parts = self.build.fragments.get(src)
        if rendered is not None:
            html = rendered.html
            page.present_anchor_ids = set(rendered.anchors)
            if parts is None:  # else the table of contents comes with the headings placed
                page.toc = get_toc(rendered.toc)
        elif page.file.generated_by and self.reuse.enabled:
            rendered = Rendered(html, tokens(page.toc), frozenset(page.present_anchor_ids or ()))
            self.reuse.keep_rendered(src, rendered)
        if parts is not None:  # headings written as HTML take the markup MkDocs gave the skeleton's model heading
            html = self._place_headings(page, parts, html, rendered, reused)
        if parts is not None and page.present_anchor_ids is not None:
            # Anchors MkDocs did not see (written as HTML, not Markdown): links to them are not reported as broken.
            page.present_anchor_ids |= fragments.fragment_ids(parts.fragments)
        depth = page.meta.get("toc_depth")
        if isinstance(depth, int):
            render.prune_toc(page.toc, depth)
        return html

    def _place_headings(
        self, page: Page, parts: fragments.Skeleton, html: str, rendered: Rendered | None, reused: bool
    ) -> str:
        """``parts.place_headings`` for the page, through the reuse layer when MkDocs' render is known.

        ``reused``: MkDocs rendered nothing this time; the page's table of contents is the kept render's.
        """
        if rendered is None or not self.reuse.enabled:
            return parts.place_headings(html, page.toc.items, AnchorLink)

        def place() -> tuple[str, list[fragments.Fragment], list[dict[str, Any]]]:
            if reused:
                page.toc = get_toc(rendered.toc)
            placed = parts.place_headings(html, page.toc.items, AnchorLink)
            return placed, parts.fragments, tokens(page.toc)

        placed, parts.fragments, toc = self.reuse.place_headings(page.file.src_uri, rendered, parts.fragments, place)
        page.toc = get_toc(toc)
        return placed

    # --- on_env, on_page_context ---------------------------------------------------------------------

    def pages_ready(self, files: Files) -> None:
        """MkDocs has rendered every page's Markdown and writes the pages next, one at a time: `mkdocs build` has a
        forked process write the generated ones out meanwhile (:class:`Ahead`), when it may fork one and nothing is
        reused."""
        if self.reuse.enabled or corpus_mod.workers() < 2 or not corpus_mod.can_fork():
            return
        jobs: list[tuple[str, Callable[[], tuple[str, str, list[str]]]]] = []
        for file in files.documentation_pages():
            page, parts = file.page, self.build.fragments.get(file.src_uri)
            if page is None or parts is None or page.content is None:
                continue
            self.build.ahead_from[file.src_uri] = page.content
            jobs.append((file.src_uri, functools.partial(self._write, page, parts, page.content)))
        self.build.ahead = Ahead.start(jobs)

    def fill_page(self, page: Page) -> None:
        """A generated page's full HTML: fragments, term links and URLs written in its rendered skeleton."""
        if self.build.writer is None and self.build.data:
            self._start_data()
        src = page.file.src_uri
        parts = self.build.fragments.get(src)
        if parts is None or page.content is None:
            return
        build = self.build
        build.skeletons[src] = page.content
        written = None
        if build.ahead is not None and build.ahead_from.pop(src, None) is page.content:
            written = build.ahead.take(src)  # None: not written ahead, written here
        if written is None:
            written = self._write(page, parts, page.content)
        full, page.content, missing = written
        for target in missing:
            if target.startswith(f"{markdown_article.MEDIA_DIR}/"):
                continue  # a missing image: reported with its article (on_files)
            self.log.warning(f"{src}: a generated link points at {target}, which is not a page of the site")
        build.written[src] = full

    def _write(self, page: Page, parts: fragments.Skeleton, rendered: str) -> tuple[str, str, list[str]]:
        """The page written out from its ``rendered`` skeleton: full HTML, search text, the missing link targets."""
        build = self.build
        files = build.files
        assert files is not None
        here = page.file.url
        if build.urls is None:  # the URL of each page a generated page links to, from this page (dossier.linking)
            build.urls = linking.PageUrls(lambda src: file.url if (file := files.src_uris.get(src)) else None)
        relative = build.urls.seen_from(here)

        def stamp() -> object:
            return here, self.reuse.definitions(lambda: build.titles)

        # The search plugin is given nothing to read of a page it leaves out of the index (large listings).
        search = page.meta.get("search")
        indexed = not (isinstance(search, dict) and search.get("exclude"))
        return self.reuse.write_page(
            parts, page.file.src_uri, stamp, rendered, relative, build.titles, files.src_uris, indexed
        )

    def show_page(self, page: Page) -> None:
        """The search plugin has read the page: MkDocs writes its full HTML."""
        full = self.build.written.pop(page.file.src_uri, None)
        if full is not None:
            page.content = full

    # --- on_post_page, on_post_build ------------------------------------------------------------------

    def page_written(self, page: Page) -> None:
        """Let the full HTML go: the page keeps its skeleton (and, while serving, its fragments)."""
        skeleton = self.build.skeletons.pop(page.file.src_uri, None)
        if skeleton is not None:
            page.content = skeleton
            if not self.serve:
                self.build.fragments.pop(page.file.src_uri, None)

    def _start_data(self) -> None:
        """MkDocs writes the pages now (its static files are in place): `mkdocs build` writes the open data
        meanwhile, in a process of its own (:class:`DataWriter`), when it may fork one and nothing is reused."""
        site_dir = self.build.site_dir
        if self.reuse.enabled or site_dir is None or corpus_mod.workers() < 2 or not corpus_mod.can_fork():
            self.build.writer = DataWriter.NONE
        else:
            self.build.writer = DataWriter.start(site_dir, self.build.data)

    def _stop_ahead(self) -> None:
        ahead, self.build.ahead = self.build.ahead, None
        if ahead is not None:
            ahead.stop()

    def write_data(self, site_dir: str) -> None:
        self._stop_ahead()  # every page is written
        writer, self.build.writer = self.build.writer, None
        if writer is not None and writer.done():
            return
        self.reuse.write_data(Path(site_dir), self.build.data)

    def let_go(self) -> None:
        """The build is over: `mkdocs serve` lets the collector see the corpus again, so the next build frees it.

        `mkdocs build` keeps it frozen: the interpreter exits next, and its last
        collections would otherwise walk the whole corpus (seconds on a large one).
        """
        writer, self.build.writer = self.build.writer, None
        if writer is not None:  # the build failed before its data was written
            writer.stop()
        self._stop_ahead()
        if self.serve:
            gc.unfreeze()


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No garbage collection while the corpus is built: it allocates millions of objects that all live on.

    Python's collector would otherwise scan the growing heap over and over
    (about a tenth of the hooks' time on a large corpus). Afterwards the corpus
    is frozen out of the collector's sight until the pages are written
    (:meth:`Session.let_go` lets it go, so a `mkdocs serve` rebuild frees the previous one).
    """
    gc.unfreeze()  # a corpus a `mkdocs build` in this process left frozen can go now
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
    gc.freeze()
