"""Plain data types shared by every stage of the pipeline.

Nothing here knows about MkDocs: the hook adapts these to MkDocs files.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import TypeVar

from .text import count_words, one_line


class Level(StrEnum):
    INFO = "info"
    WARNING = "warning"


@dataclass(frozen=True)
class Diagnostic:
    """A problem found in the content, reported Sphinx-style as ``path:line: message``.

    Shown as one line of at most :data:`~dossier.text.MESSAGE_LIMIT` characters (300 with MkDocs'
    ``WARNING -  `` before it): line breaks and unseen characters of a file name or a value cannot
    break it or hide in it, and a value quoted in full (:func:`~dossier.text.quoted` cuts them) cannot
    bury the log.
    """

    level: Level
    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return one_line(f"{where}: {self.message}")


@dataclass(frozen=True)
class Source:
    """A decoded article file, split into front matter and body."""

    id: str
    path: Path
    rel: str  # path shown to contributors, relative to the project root
    body: str  # text after the front matter, newlines normalised to "\n"
    meta: dict[str, object] = field(default_factory=dict)
    body_line: int = 1  # line number of the body's first line in the file
    encoding: str = "utf-8"
    markdown: bool = False  # True for .md sources: Markdown block syntax is honoured


@dataclass(frozen=True, slots=True)
class Removal:
    """A line the cleaner took out of an article's text, and the rule that did (see clean.RULES)."""

    line: int
    text: str
    rule: str


class Kind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST = "list"
    QUOTE = "quote"
    EMBED = "embed"  # a table, code block, figure or the footnotes of a Markdown article: HTML made once


@dataclass
class Block:
    """One unit of article content, with a stable anchor for deep links.

    ``text`` is plain text (never Markdown). For lists, ``items`` holds
    ``(depth, text)`` pairs and ``ordered`` tells the list style. For
    quotations, ``attribution`` is the raw attribution line without its dash.
    ``role`` marks blocks that are not the article body proper ("lead",
    "about" for author biographies) so analysis can leave them out.
    """

    kind: Kind
    text: str = ""
    line: int = 0
    anchor: str = ""
    items: list[tuple[int, str]] = field(default_factory=list)
    ordered: bool = False
    attribution: str = ""
    role: str = "body"
    level: int = 2  # heading level (the article title is level 1)
    scores: dict[str, int] = field(default_factory=dict)  # theme id -> points
    themes: list[str] = field(default_factory=list)  # themes this passage treats
    # Inline quotations: (paragraph or item text, start, end, anchor) of each quoted span.
    spans: list[tuple[str, int, int, str]] = field(default_factory=list)
    # Glossary terms found: (segment index, start, end, entry slug), see segments().
    terms: list[tuple[int, int, int, str]] = field(default_factory=list)
    # Per theme, the sentences that carry it most: (segment index, start, end).
    excerpts: dict[str, list[tuple[int, int, int]]] = field(default_factory=dict)
    # Markdown formatting: (segment index, start, end, tag, value), see dossier.markdown_article.
    marks: list[tuple[int, int, int, str, str]] = field(default_factory=list)
    html: str = ""  # an embed's sanitised HTML
    unlike: set[int] = field(default_factory=set)  # list items in a nested list of the other kind (ordered or not)

    def marks_by_segment(self) -> dict[int, list[tuple[int, int, str, str]]]:
        """``marks`` grouped by segment: (start, end, tag, value), in order."""
        grouped: dict[int, list[tuple[int, int, str, str]]] = {}
        for segment, start, end, tag, value in self.marks:
            grouped.setdefault(segment, []).append((start, end, tag, value))
        return grouped

    def opaque(self, segment: int, start: int, end: int) -> bool:
        """Whether ``start:end`` of a segment overlaps a link or code: no term link or quotation goes there."""
        return any(
            s == segment and m_start < end and start < m_end and tag in ("a", "code")
            for s, m_start, m_end, tag, _ in self.marks
        )

    def terms_by_segment(self) -> dict[int, list[tuple[int, int, str]]]:
        """``terms`` grouped by segment: (start, end, slug), in order."""
        grouped: dict[int, list[tuple[int, int, str]]] = {}
        for segment, start, end, slug in self.terms:
            grouped.setdefault(segment, []).append((start, end, slug))
        return grouped

    def segments(self) -> list[str]:
        """The pieces of text rendered separately: the paragraph, each list item,
        each paragraph of a quotation then its attribution. Headings and embeds
        have none (terms are never linked in a heading, a table or code)."""
        if self.kind is Kind.PARAGRAPH:
            return [self.text]
        if self.kind is Kind.LIST:
            return [text for _, text in self.items]
        if self.kind is Kind.QUOTE:
            parts = [part for part in self.text.split("\n") if part.strip()]
            return [*parts, self.attribution] if self.attribution else parts
        return []

    @cached_property
    def word_count(self) -> int:
        return count_words(self.plain)

    @property
    def plain(self) -> str:
        """All readable text of the block, for counting and analysis."""
        if self.kind is Kind.LIST:
            return "\n".join(text for _, text in self.items)
        if self.kind is Kind.QUOTE and self.attribution:
            return f"{self.text}\n{self.attribution}"
        return self.text


@dataclass(frozen=True, slots=True)
class Passage:
    """A block that treats a theme, as theme pages and the open data show it.

    Its plain text is ``article.text[start:end]`` (see :meth:`Article.passage_text`):
    stored once per article, however many themes a passage treats.
    """

    anchor: str
    start: int
    end: int
    excerpt: str = ""  # HTML: the sentences that carry the theme, glossary terms linked
    quote: bool = False  # a quotation block: listed apart, whole
    attribution: str = ""

    def __reduce__(self) -> tuple[type[Passage], tuple[str, int, int, str, bool, str]]:
        # Unpickled (from the worker processes) by the constructor: several times faster than the
        # per-field __setstate__ dataclasses give a slotted class.
        return Passage, (self.anchor, self.start, self.end, self.excerpt, self.quote, self.attribution)


@dataclass
class Article:
    """A cleaned article.

    ``blocks`` hold its content while it is analysed; the corpus then keeps
    only what pages and data need (``passages`` per theme, ``text``) and
    drops the blocks, so a large corpus stays small in memory.
    """

    id: str
    source_file: str
    title: str
    slug: str = ""
    author: str | None = None
    publisher: str | None = None
    date: str | None = None  # ISO 8601: YYYY-MM-DD, or YYYY-MM when the source gives only the month
    reading_time: int = 1  # minutes
    summary: str = ""
    blocks: list[Block] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    title_derived: bool = False
    passages: dict[str, list[Passage]] = field(default_factory=dict)  # theme id -> passages, in reading order
    text: str = ""  # plain text of the article proper (no author biography), blocks apart by a blank line
    removed: list[Removal] = field(default_factory=list)  # what cleaning took out, in source order
    tags: list[str] = field(default_factory=list)  # keywords from the front matter
    source_url: str | None = None  # the original article on the web (front matter)
    lang: str = "fr"  # the language of the text (front matter), a BCP 47 tag
    media: list[str] = field(default_factory=list)  # project paths of the images a Markdown article shows

    @property
    def url(self) -> str:
        return f"articles/{self.slug}/"

    def passage_text(self, passage: Passage) -> str:
        return self.text[passage.start : passage.end]

    @cached_property
    def words(self) -> int:
        """Words of the text proper (author biographies left out); blocks are final once cleaned."""
        return sum(b.word_count for b in self.blocks if b.role != "about")


Row = TypeVar("Row")


def replace_run(rows: list[Row], article: str, new: Iterable[Row], key: Callable[[Row], str]) -> None:
    """Replace, in ``rows`` (in article order, ``key`` giving a row's article id), that article's rows by ``new``.

    The corpus totals list occurrences, figures and dates article by article:
    after an edit, the edited article's run is found by bisection and replaced.
    """
    start = bisect.bisect_left(rows, article, key=key)
    end = bisect.bisect_right(rows, article, key=key)
    rows[start:end] = new
