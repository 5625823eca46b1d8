"""MkDocs hooks: the only module that knows MkDocs events. A table of contents of the build.

The pipeline, all in ``dossier``:

    sources/articles/*.txt|*.md ──▶ per-file analysis (cached)  dossier.sources, clean, themes, quotes, facts…
        ──▶ corpus (slugs, related articles, totals)            dossier.corpus
        ──▶ pages and open data                                 dossier.pages (the render* modules, export)
        ──▶ MkDocs: virtual pages, then the fragments written    dossier.session (the MkDocs side)

Analysis and rendering are pure functions. What a `mkdocs serve` rebuild
reuses of the last build is decided in one layer, ``dossier.reuse``, which
wraps them. The state the hooks keep lives in one object, ``dossier.session.Session``.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from dossier import report, sources
from dossier.session import Session

log = logging.getLogger("mkdocs.hooks.dossier")
log.addFilter(report.OneLine())

# Everything the hooks keep, across the rebuilds of `mkdocs serve` and for the build under way.
session = Session(log)


def on_startup(command: str, dirty: bool) -> None:
    """`mkdocs build` builds once: nothing needs to outlive it. `mkdocs serve` keeps what rebuilds reuse."""
    session.serve = command == "serve"


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
    """Glossary links in hand-written pages (a Markdown extension); the settings a page's rendering depends on."""
    session.configure(config)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Read and analyse the articles, build the corpus, add every generated page; report the sources' problems."""
    return session.add_pages(files, config)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Fill the home page's listings; a serve rebuild hands back last build's render of an unchanged skeleton."""
    return session.page_markdown(markdown, page, files)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Place the headings written as HTML in the rendered skeleton and make their anchors known to MkDocs."""
    return session.page_content(html, page)


def on_env(env: Any, config: MkDocsConfig, files: Files) -> Any:
    """Every page's Markdown is rendered: `mkdocs build` writes the generated pages out ahead, in another process."""
    session.pages_ready(files)
    return env


# The search plugin indexes a page at priority 0: the full page exists between these two, for one page at a time.
@event_priority(100)
def _fill_page(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    """Write a generated page out: its fragments, term links and URLs in place in the rendered skeleton."""
    session.fill_page(page)
    return context


@event_priority(-100)
def _show_page(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    """Give the theme the full page (the search plugin was given its text without the links' markup)."""
    session.show_page(page)
    return context


on_page_context = CombinedEvent(_fill_page, _show_page)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """The page is written: it keeps its small skeleton, so memory stays flat however many articles there are."""
    session.page_written(page)
    return output


def on_post_build(config: MkDocsConfig) -> None:
    """Write the open data (site/data/*.json), one file at a time, then let the corpus go."""
    session.write_data(config.site_dir)
    session.let_go()


def on_build_error(error: Exception) -> None:
    session.let_go()
