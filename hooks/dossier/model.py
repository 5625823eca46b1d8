"""Plain data types shared by every stage of the pipeline.

Nothing here knows about MkDocs: the hook adapts these to MkDocs files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class Level(StrEnum):
    INFO = "info"
    WARNING = "warning"


@dataclass(frozen=True)
class Diagnostic:
    """A problem found in the content, reported Sphinx-style as ``path:line: message``."""

    level: Level
    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


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


class Kind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST = "list"
    QUOTE = "quote"


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

    @property
    def plain(self) -> str:
        """All readable text of the block, for counting and analysis."""
        if self.kind is Kind.LIST:
            return "\n".join(text for _, text in self.items)
        if self.kind is Kind.QUOTE and self.attribution:
            return f"{self.text}\n{self.attribution}"
        return self.text


@dataclass
class Article:
    id: str
    source_file: str
    title: str
    slug: str = ""
    author: str | None = None
    publisher: str | None = None
    date: str | None = None  # ISO 8601 (YYYY-MM-DD)
    reading_time: int = 1  # minutes
    summary: str = ""
    blocks: list[Block] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    title_derived: bool = False

    @property
    def url(self) -> str:
        return f"articles/{self.slug}/"

    @property
    def words(self) -> int:
        return sum(count_words(b.plain) for b in self.blocks if b.role != "about")


def count_words(text: str) -> int:
    """Words as a reader counts them: elided forms (l'IA) count as one."""
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))
