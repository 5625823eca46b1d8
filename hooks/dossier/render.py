"""Render articles and listings as Markdown strings for MkDocs.

All article text goes through :mod:`dossier.escape`; the only Markdown and
HTML syntax in the output is the one written here.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Iterable
from typing import Protocol

from . import escape
from .model import Article, Block, Kind
from .themes import Theme

_MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip


def french_date(iso: str) -> str:
    day = dt.date.fromisoformat(iso)
    return f"{'1er' if day.day == 1 else day.day} {_MONTHS_FR[day.month - 1]} {day.year}"


def front_matter(title: str, description: str, **extra: str) -> str:
    lines = ["---", f"title: {escape.yaml_string(title)}", f"description: {escape.yaml_string(description)}"]
    # Generated pages are reached from the tabs and from links, not from a sidebar.
    lines.append("hide: [navigation]")
    lines += [f"{key}: {value}" for key, value in extra.items()]
    lines.append("---")
    return "\n".join(lines) + "\n"


class TocItem(Protocol):
    """What MkDocs' table of contents entries (``AnchorLink``) offer."""

    level: int
    children: list  # type: ignore[type-arg]


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
    """A trail of (label, link) above a generated page's title, for pages outside the navigation."""
    links = " › ".join(f"[{escape.md(label)}]({target})" for label, target in trail)
    return f'<nav class="dossier-path" aria-label="Fil d’Ariane" markdown>{links}</nav>'


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


def _attrs(anchor: str, *classes: str) -> str:
    names = " ".join(f".{c}" for c in classes if c)
    return f"{{: #{anchor}{' ' + names if names else ''} }}"


_ROLE_CLASS = {"lead": "dossier-lead", "note": "dossier-note", "about": "dossier-about"}


def render_block(block: Block) -> str:
    role_class = _ROLE_CLASS.get(block.role, "")
    if block.kind is Kind.HEADING:
        return f"{'#' * block.level} {escape.md(block.text)} {_attrs(block.anchor)}"
    if block.kind is Kind.PARAGRAPH:
        return f"{with_quotes(block, block.text)}\n{_attrs(block.anchor, role_class)}"
    if block.kind is Kind.LIST:
        lines = []
        for depth, text in block.items:
            marker = "1." if block.ordered else "-"
            item = with_quotes(block, text) if any(t == text for t, *_ in block.spans) else list_item(text)
            lines.append(f"{'    ' * depth}{marker} {item}")
        body = "\n".join(lines)
        classes = " ".join(filter(None, ("dossier-list", role_class)))
        return f'<div class="{classes}" id="{block.anchor}" markdown>\n\n{body}\n\n</div>'
    # Quotation: a figure so the attribution is tied to the quoted words.
    paragraphs = "\n\n".join(escape.md(part) for part in block.text.split("\n") if part.strip())
    caption = ""
    if block.attribution:
        caption = f'\n<figcaption markdown="span">— {escape.md(block.attribution)}</figcaption>'
    return (
        f'<figure class="dossier-quote" id="{block.anchor}" markdown>\n'
        f"<blockquote markdown>\n\n{paragraphs}\n\n</blockquote>{caption}\n</figure>"
    )


def with_quotes(block: Block, text: str) -> str:
    """Escaped text with its attributed quotations marked and anchored."""
    spans = sorted((s, e, a) for t, s, e, a in block.spans if t == text)
    out, pos = [], 0
    for start, end, anchor in spans:
        out.append(escape.md(text[pos:start]))
        out.append(f'<span class="dossier-quote-inline" id="{anchor}">{escape.md(text[start:end])}</span>')
        pos = end
    out.append(escape.md(text[pos:]))
    return "".join(out)


_LABEL = re.compile(r"^(?P<label>[^:.!?]{2,60}?)\s:\s(?P<rest>\S.*)$")


def list_item(text: str) -> str:
    """Bold the lead-in label of items written "Label : explanation"."""
    match = _LABEL.match(text)
    if match and len(match.group("label").split()) <= 6:
        return f"**{escape.md(match.group('label'))}**\u00a0: {escape.md(match.group('rest'))}"
    return escape.md(text)


def theme_tags(article: Article, themes: dict[str, Theme], from_dir: str) -> str:
    """The article's themes as tags linking to the theme pages."""
    links = [
        f"[{escape.md(themes[t].title)}]({posixpath.relpath(f'themes/{t}.md', from_dir)}){{ .md-tag }}"
        for t in article.themes
        if t in themes
    ]
    return (" ".join(links) + "\n{: .dossier-tags }") if links else ""


def render_related(related: list[tuple[Article, list[str]]], themes: dict[str, Theme]) -> str:
    if not related:
        return ""
    lines = ["## Articles liés {: #articles-lies }", ""]
    for other, shared in related:
        why = ", ".join(themes[t].title for t in shared if t in themes)
        suffix = f" <small>({escape.md(why)})</small>" if why else ""
        lines.append(f"- [{escape.md(other.title)}]({other.slug}.md){suffix}")
    return "\n".join(lines)


def render_article(
    article: Article,
    themes: dict[str, Theme] | None = None,
    related: list[tuple[Article, list[str]]] | None = None,
) -> str:
    themes = themes or {}
    meta = {"page_kind": "article"}  # Open Graph type, see overrides/main.html
    if article.date:
        meta["published"] = article.date
    if article.author:
        meta["author"] = escape.yaml_string(article.author)
    parts = [
        front_matter(article.title, article.summary or article.title, **meta).rstrip("\n"),
        breadcrumbs(("Accueil", "../index.md"), ("Articles", "index.md")),
        f"# {escape.md(article.title)}",
        byline_html(article),
        theme_tags(article, themes, "articles"),
    ]
    parts += [render_block(block) for block in article.blocks]
    parts.append(render_related(related or [], themes))
    parts.append(f'<p class="dossier-source">Source\u00a0: <code>{escape.html_text(article.source_file)}</code></p>')
    parts.append("[← Tous les articles](index.md)")
    return "\n\n".join(p for p in parts if p) + "\n"


def article_link(article: Article, from_dir: str) -> str:
    """Relative link to an article's Markdown file from a page in ``from_dir``."""
    target = f"articles/{article.slug}.md"
    return posixpath.relpath(target, from_dir or ".")


def render_listing(articles: list[Article], from_dir: str) -> str:
    """Article cards: title, byline facts, one-line summary. Newest first, then by title."""
    lines = ['<div class="dossier-cards dossier-nolink" markdown>', ""]
    for article in sort_for_listing(articles):
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
    by_title = sorted(articles, key=lambda a: (a.title.casefold(), a.id))
    return sorted(by_title, key=lambda a: a.date or "", reverse=True)


def render_articles_index(articles: list[Article]) -> str:
    count = len(articles)
    description = f"Les {count} articles du dossier, nettoyés et annotés."
    return (
        front_matter("Articles", description)
        + "\n# Articles\n\n"
        + f"{count} article{'s' if count > 1 else ''} du dossier, du plus récent au plus ancien "
        "(les articles sans date suivent, par titre).\n\n" + render_listing(articles, "articles")
    )
