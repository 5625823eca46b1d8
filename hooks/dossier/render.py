"""Render articles and listings as Markdown strings for MkDocs.

All article text goes through :mod:`dossier.escape`; the only Markdown and
HTML syntax in the output is the one written here.
"""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from . import escape
from .fragments import BlockWriter, Heading, Skeleton, TocItem
from .fragments import attr as fragment_attr
from .fragments import text as fragment_text
from .glossary import Entry
from .linking import url
from .model import Article, Kind, Passage
from .themes import Theme

_MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip


def date_parts(iso: str) -> tuple[int, int, int]:
    """(year, month, day) of an article's date: "YYYY-MM-DD", or "YYYY-MM" (a month: day 0, before its first day)."""
    if len(iso) == 7:
        year, month = int(iso[:4]), int(iso[5:7])
        dt.date(year, month, 1)  # raises ValueError when it is no month, as fromisoformat does for a day
        return year, month, 0
    day = dt.date.fromisoformat(iso)
    return day.year, day.month, day.day


def french_date(iso: str) -> str:
    """ "3 mars 2025", "1er mars 2025"; "mars 2025" for a month ("YYYY-MM")."""
    year, month, day = date_parts(iso)
    if not day:
        return f"{_MONTHS_FR[month - 1]} {year}"
    return f"{'1er' if day == 1 else day} {_MONTHS_FR[month - 1]} {year}"


def plural(n: int, word: str, many: str | None = None) -> str:
    """ "1\u00a0article", "3\u00a0articles" (``many`` for irregular plurals)."""
    return f"{n}\u00a0{word if n == 1 else many or word + 's'}"


def relpath(target: str, folder: str) -> str:
    """``posixpath.relpath(target, folder or ".")`` without asking for the working directory (a listing has many).

    For paths relative to the docs folder; one with a ``.`` or ``..`` segment, or a
    leading, trailing or double slash, goes to ``posixpath.relpath``.
    """
    to = target.split("/")
    base = folder.split("/") if folder and folder != "." else []
    if "" in to or "." in to or ".." in to or "" in base or "." in base or ".." in base:
        return posixpath.relpath(target, folder or ".")
    common = 0
    while common < len(base) and common < len(to) and to[common] == base[common]:
        common += 1
    return "/".join([".."] * (len(base) - common) + to[common:]) or "."


def relative(target: str, here: str) -> str:
    """A link target from the source page ``here`` to the source page ``target`` (MkDocs resolves and checks it)."""
    return relpath(target, posixpath.dirname(here))


def front_matter(title: str, description: str, **extra: str) -> str:
    lines = ["---", f"title: {escape.yaml_string(title)}", f"description: {escape.yaml_string(description)}"]
    # Generated pages are reached from the tabs and from links, not from a sidebar.
    lines.append("hide: [navigation]")
    lines += [f"{key}: {value}" for key, value in extra.items()]
    lines.append("---")
    return "\n".join(lines) + "\n"


def prune_toc(items: Iterable[TocItem], depth: int) -> None:
    """Drop the entries below heading level ``depth`` (a page's ``toc_depth`` front matter).

    Material prints the table of contents twice in every page (sidebar and mobile
    drawer): a page with a hundred headings, like the glossary, keeps its letters
    there and leaves the terms to the page itself.
    """
    for item in items:
        if item.level >= depth:
            item.children = []
        else:
            prune_toc(item.children, depth)


def breadcrumbs(*trail: tuple[str, str]) -> str:
    """A trail of (label, source page) above a generated page's title, for pages outside the navigation.

    An HTML fragment (:meth:`Skeleton.html` with ``indexed=False``): its links are
    written out per page, and the search index leaves the trail out.
    """
    links = " › ".join(f'<a href="{url(src)}">{fragment_text(label)}</a>' for label, src in trail)
    return f'<nav class="dossier-path" aria-label="Fil d’Ariane" data-search-exclude>{links}</nav>'


def byline_html(article: Article) -> str:
    """One line of facts under the title; every value HTML-escaped."""
    parts: list[str] = []
    if article.author:
        parts.append(f'<span class="dossier-byline__author">Par {escape.html_text(article.author)}</span>')
    if article.publisher:
        parts.append(f'<span class="dossier-byline__publisher">{escape.html_text(article.publisher)}</span>')
    if article.date:
        parts.append(f'<time datetime="{article.date}">{french_date(article.date)}</time>')
    parts.append(f"<span>{article.reading_time}\u00a0min de lecture</span>")
    return '<p class="dossier-byline">' + " · ".join(parts) + "</p>"


@dataclass(frozen=True)
class Section:
    """Part of an article body: its heading (None before the first) and its blocks as HTML."""

    heading: Heading | None
    html: str


def passages(article: Article, entries: Mapping[str, Entry] | None = None) -> tuple[str, dict[str, list[Passage]]]:
    """The article's plain text, and each theme's passages in it.

    A passage's excerpt is written as HTML, glossary terms linked once per
    theme; its text is a slice of the article's text.
    """
    parts: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    offset = 0
    for block in article.blocks:
        if block.role == "about":
            continue
        plain = block.plain
        spans[block.anchor] = (offset, offset + len(plain))
        parts.append(plain)
        offset += len(plain) + 2
    found: dict[str, list[Passage]] = {}
    for theme_id in sorted({t for block in article.blocks for t in block.themes}):
        writer = BlockWriter(entries, "first-per-page")
        items = []
        for block in article.blocks:
            if theme_id not in block.themes or block.anchor not in spans:
                continue
            start, end = spans[block.anchor]
            if block.kind is Kind.QUOTE:
                words = fragment_text(block.text)
                items.append(Passage(block.anchor, start, end, words, quote=True, attribution=block.attribution))
                continue
            segments = block.segments()
            excerpt = " […] ".join(
                writer.text(block, seg, segments[seg], s, e) for seg, s, e in block.excerpts.get(theme_id, [])
            )
            items.append(Passage(block.anchor, start, end, excerpt))
        found[theme_id] = items
    return "\n\n".join(parts), found


def render_body(
    article: Article, entries: Mapping[str, Entry] | None = None, policy: str = "first-per-section"
) -> list[Section]:
    """The article's blocks, section by section, glossary terms linked (``Block.terms``).

    Headings are :class:`~dossier.fragments.Heading` fragments (written in
    the markup MkDocs gives headings, and added to the table of contents by
    the hook); the blocks are HTML fragments (:mod:`dossier.fragments`).
    Depends on the article and the glossary only, so it is computed once per
    source file and cached.
    """
    writer = BlockWriter(entries, policy)
    sections: list[tuple[Heading | None, list[str]]] = [(None, [])]
    for block in article.blocks:
        if block.kind is Kind.HEADING:
            writer.state.new_section()
            sections.append((Heading(block.level, block.text, block.anchor), []))
        else:
            sections[-1][1].append(writer.block(block))
    return [Section(heading, "\n".join(parts)) for heading, parts in sections if heading or parts]


def theme_tags(article: Article, themes: dict[str, Theme]) -> str:
    """The article's themes as tags linking to the theme pages (HTML, links written out per page)."""
    links = [
        f'<a class="md-tag" href="{url(f"themes/{t}.md")}" data-preview>{fragment_text(themes[t].title)}</a>'
        for t in article.themes
        if t in themes
    ]
    return f'<p class="dossier-tags">{" ".join(links)}</p>' if links else ""


def keywords(article: Article) -> str:
    """The front matter's tags, shown as keywords (not links: the themes are the site's classification)."""
    if not article.tags:
        return ""
    shown = " ".join(f'<span class="md-tag">{fragment_text(tag)}</span>' for tag in article.tags)
    return f'<p class="dossier-keywords"><span class="dossier-keywords__label">Mots-clés\u00a0:</span> {shown}</p>'


def related_list(related: list[tuple[Article, list[str]]], themes: dict[str, Theme]) -> str:
    """The related articles as an HTML list, with the themes each shares with the page's article."""
    items = []
    for other, shared in related:
        why = ", ".join(themes[t].title for t in shared if t in themes)
        suffix = f" <small>({fragment_text(why)})</small>" if why else ""
        link = f'<a href="{url(f"articles/{other.slug}.md")}" data-preview>{fragment_text(other.title)}</a>'
        items.append(f"<li>{link}{suffix}</li>")
    return f"<ul>{''.join(items)}</ul>"


def render_article(
    article: Article,
    themes: dict[str, Theme] | None = None,
    related: list[tuple[Article, list[str]]] | None = None,
    body: list[Section] | None = None,
) -> Skeleton:
    """The article page; ``body`` is :func:`render_body` (computed here when not given, without term links)."""
    themes = themes or {}
    meta = {"page_kind": "article"}  # Open Graph type, see overrides/main.html
    if article.date:
        meta["published"] = article.date
    if article.author:
        meta["author"] = escape.yaml_string(article.author)
    # Python-Markdown sees the title only; the rest is HTML fragments, headings and links included
    # (the hook adds the headings to the table of contents): a page of a large corpus costs MkDocs
    # less than an empty one with its headings.
    page = Skeleton()
    page.md(front_matter(article.title, article.summary or article.title, **meta).rstrip("\n"))
    page.html(breadcrumbs(("Accueil", "index.md"), ("Articles", "articles/index.md")), indexed=False)
    page.md(f"# {escape.md(article.title)}")
    page.html(byline_html(article) + theme_tags(article, themes) + keywords(article))
    foreign = article.lang.split("-")[0].lower() != "fr"
    if foreign:  # the text is in another language: screen readers and hyphenation follow it
        page.html(f'<div lang="{fragment_attr(article.lang)}">')
    for section in render_body(article) if body is None else body:
        if section.heading:
            page.heading(section.heading)
        page.html(section.html)
    if foreign:
        page.html("</div>")
    if article.source_url:
        link = f'<a href="{fragment_attr(article.source_url)}" rel="noopener">Lire l’article original</a>'
        page.html(f'<p class="dossier-original">{link}</p>')
    if related:
        page.heading(Heading(2, "Articles liés", "articles-lies"))
        page.html(related_list(related, themes))
    source = f'<p class="dossier-source">Source\u00a0: <code>{fragment_text(article.source_file)}</code></p>'
    page.html(source + f'<p><a href="{url("articles/index.md")}" data-preview>← Tous les articles</a></p>')
    return page


def article_titles(articles: Iterable[Article]) -> dict[str, tuple[str, str]]:
    """Every article's slug and title by id: what a listing shows of an article."""
    return {a.id: (a.slug, a.title) for a in articles}


def article_link(article: Article, from_dir: str) -> str:
    """Relative link to an article's Markdown file from a page in ``from_dir``."""
    return relpath(f"articles/{article.slug}.md", from_dir)


def card(article: Article) -> tuple[object, ...]:
    """Everything :func:`render_listing` shows of an article (what a listing of it is made from)."""
    return (
        article.id,
        article.slug,
        article.title,
        article.author,
        article.publisher,
        article.date,
        article.reading_time,
        article.summary,
    )


def render_listing(articles: list[Article], from_dir: str, ordered: bool = False) -> str:
    """Article cards: title, byline facts, one-line summary. Newest first, then by title (unless ``ordered``)."""
    lines = ['<div class="dossier-cards dossier-nolink" markdown>', ""]
    for article in articles if ordered else sort_for_listing(articles):
        facts = [escape.md(f) for f in (article.author and f"Par {article.author}", article.publisher) if f]
        if article.date:
            facts.append(french_date(article.date))
        facts.append(f"{article.reading_time}\u00a0min de lecture")
        lines.append(f"- [{escape.md(article.title)}]({article_link(article, from_dir)})")
        lines.append(f"    <br><small>{' · '.join(facts)}</small>")
        if article.summary:
            lines.append(f"    <br>{escape.md(article.summary)}")
    lines += ["", "</div>"]
    return "\n".join(lines) + "\n"


def sort_for_listing(articles: list[Article]) -> list[Article]:
    # ISO dates sort as text: a month ("2025-03") comes before its days, as its day 0 would.
    by_title = sorted(articles, key=lambda a: (a.title.casefold(), a.id))
    return sorted(by_title, key=lambda a: a.date or "", reverse=True)


ARTICLES_PER_PAGE = 100


def article_index_src(number: int) -> str:
    return "articles/index.md" if number == 1 else f"articles/pages/{number}.md"


def article_index_pages(articles: list[Article]) -> list[tuple[str, str]]:
    """The article index, :data:`ARTICLES_PER_PAGE` cards a page: ``articles/``, ``articles/pages/2/``…

    Made from each article's :func:`card`.
    """
    count = len(articles)
    ordered = sort_for_listing(articles)
    chunks = [ordered[i : i + ARTICLES_PER_PAGE] for i in range(0, count, ARTICLES_PER_PAGE)] or [[]]
    pages = []
    for number, chunk in enumerate(chunks, 1):
        here = article_index_src(number)
        folder = posixpath.dirname(here)
        title = "Articles" if number == 1 else f"Articles (page {number})"
        extra = {} if number == 1 else {"search": "{exclude: true}"}
        parts = [
            front_matter(title, f"Les {count} articles du dossier, nettoyés et annotés.", **extra),
            f"# {title}",
            "",
            f"{count} article{'s' if count > 1 else ''} du dossier, du plus récent au plus ancien "
            "(les articles sans date suivent, par titre).",
            "",
        ]
        nav = pager(number, len(chunks), here, article_index_src)
        if nav:
            parts += [nav, ""]
        parts += ["<div data-search-exclude markdown>", "", render_listing(chunk, folder, ordered=True), "</div>", ""]
        if nav:
            parts += [nav, ""]
        pages.append((here, "\n".join(parts)))
    return pages


def names_page(
    title: str,
    description: str,
    section: tuple[str, str],
    intro: str,
    columns: tuple[str, str],
    names: list[tuple[str, int]],
    shown: int,
    empty: str,
) -> Skeleton:
    """A page for contributors listing frequent names with their counts (most frequent first, at most ``shown``).

    ``section`` is the (label, source path) of the section page it belongs to.
    """
    page = Skeleton()
    page.md(front_matter(title, description))
    page.html(breadcrumbs(("Accueil", "index.md"), section), indexed=False)
    page.md(f"# {title}", "", intro, "")
    if not names:
        page.md(empty)
        return page
    if len(names) > shown:
        page.md(f"Les {shown} plus fréquents sur {len(names)} :", "")
    page.md(f"| {columns[0]} | {columns[1]} |", "| --- | --- |")
    page.md(*(f"| {escape.md(name)} | {count} |" for name, count in names[:shown]))
    return page


def pager(number: int, count: int, here: str, src_of: Callable[[int], str], label: str = "Pages") -> str:
    """Links between the pages of a listing: « ← Précédente · 1 … 4 5 **6** 7 8 … 40 · Suivante → ».

    The first, the last and the two pages on each side of the current one, so
    the pager stays short however many pages there are.
    """
    if count <= 1:
        return ""
    folder = posixpath.dirname(here) or "."

    def link(n: int) -> str:
        return relpath(src_of(n), folder)

    shown = sorted({1, count, *range(max(1, number - 2), min(count, number + 2) + 1)})
    items = [f"[← Précédente]({link(number - 1)})"] if number > 1 else []
    previous = 0
    for n in shown:
        if n > previous + 1:
            items.append("…")
        items.append(f"**{n}**" if n == number else f"[{n}]({link(n)})")
        previous = n
    if number < count:
        items.append(f"[Suivante →]({link(number + 1)})")
    return f'<nav class="dossier-pager" aria-label="{escape.html_text(label)}" markdown>' + " · ".join(items) + "</nav>"


def render_articles_index(articles: list[Article]) -> str:
    """The first page of the article index (all of it for a small corpus)."""
    return article_index_pages(articles)[0][1]
