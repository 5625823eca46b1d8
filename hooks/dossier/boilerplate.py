"""A site's template: furniture found by comparing the articles of the corpus with one another.

A news site prints the same furniture around every article of its template: its menu above the
headline, its newsletter call and copyright line below the text. A contributor who pastes several
articles of one site pastes that furniture each time, word for word, while the articles' own lines
differ. So a short line found **word for word at the top or at the bottom of** :data:`MIN_PAGES`
**articles or more** is a line of a site's template, whatever its wording: the cleaner removes it
where its own rules would have kept it, and reports it (rule ``site-template``). This is the
template detection of web-content extraction (boilerplate found as what the pages of one site
share), applied to the copies in ``sources/articles/``.

Guards, each for a way a real article line could recur:

* only plain-text copies (``.txt``) take part: a Markdown article is written by a contributor,
  whose recurring lines ("## Sources") are their own;
* only the first and last :data:`EDGE_LINES` lines of the text (after any front matter), and only
  lines of at most :data:`MAX_WORDS` words with a letter in them: a template frames the article;
* copies of one text (a wire dispatch pasted from three sites) count once: a line counts the
  *different* texts it frames, told apart by their longest line (:attr:`Edges.body`). Their
  shared headline is therefore never a template line;
* the line is removed only where no other rule took it first (a byline repeated on several
  articles of one author stays the author, a date stays the date).

Pure functions: :func:`edges` of one file's bytes, :func:`recurring` over the corpus's. The
corpus layer passes each file the template lines it holds, and keeps the analysis under them.
"""

from __future__ import annotations

import hashlib
import itertools
import operator
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .clean import BULLET
from .text import fold, normalise_line, visible, words

EDGE_LINES = 12  # lines looked at, at the top and at the bottom of a text
MIN_PAGES = 2  # different articles a line must frame to be a template's
MAX_WORDS = 20  # a template line is short: a menu, a button, a call, a copyright line

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


@dataclass(frozen=True)
class Edges:
    """The lines that may be a template's in one file, folded, and a fingerprint of its own text."""

    lines: frozenset[str] = frozenset()
    body: str = ""  # digest of the file's longest line: copies of one text share it


NO_EDGES = Edges()


def edges(data: bytes, markdown: bool = False) -> Edges:
    """The first and last :data:`EDGE_LINES` lines of a plain-text copy that are short enough to be furniture.

    Decoded as UTF-8 (undecodable bytes replaced: such a file's lines then match only its own
    kind's), front matter skipped, list markers taken off as the cleaner does.
    """
    if markdown or not data:
        return NO_EDGES
    text = visible(data.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n"))
    front = _FRONT_MATTER.match(text)
    if front:
        text = text[front.end() :]
    lines = _Lines(text.split("\n"))
    framing = lines.framing()
    if not framing:
        return NO_EDGES
    longest = lines.longest()
    found = frozenset(fold(line) for line in framing if 0 < len(words(line)) <= MAX_WORDS and line != longest)
    return Edges(found, hashlib.sha1(fold(longest).encode()).hexdigest())


class _Lines:
    """A file's lines as the template detection reads them (list marker off, spaces collapsed; empty ones
    left out), each read only when asked for: the first and last :data:`EDGE_LINES`, and the longest.

    Reading a line never makes it longer (:func:`normalise_line` only removes or replaces characters one
    for one or fewer), so the longest is found among the longest raw lines, without reading the others.
    """

    def __init__(self, raws: list[str]) -> None:
        self.raws = raws
        self._read: dict[int, str] = {}

    def line(self, index: int) -> str:
        found = self._read.get(index)
        if found is None:
            raw = self.raws[index]
            found = self._read[index] = normalise_line(_item_text(raw)) if raw else ""
        return found

    def framing(self) -> list[str]:
        """The first and the last :data:`EDGE_LINES` non-empty lines, in order (each once: all of them when there
        are no more than twice as many)."""
        head: list[int] = []
        for index in range(len(self.raws)):
            if self.line(index):
                head.append(index)
                if len(head) == EDGE_LINES:
                    break
        tail: list[int] = []
        for index in range(len(self.raws) - 1, head[-1] if head else -1, -1):
            if self.line(index):
                tail.append(index)
                if len(tail) == EDGE_LINES:
                    break
        return [self.line(index) for index in (*head, *reversed(tail))]

    def longest(self) -> str:
        """The first of the longest non-empty lines (what ``max(lines, key=len)`` gives)."""
        best, best_index = -1, -1
        # (-length, index): the longest raw lines first, the first of equally long ones first.
        for minus_size, index in sorted(zip(map(operator.neg, map(len, self.raws)), itertools.count())):
            if -minus_size < best:
                break
            line = self.line(index)
            if line and (len(line) > best or (len(line) == best and index < best_index)):
                best, best_index = len(line), index
        return self.line(best_index)


def _item_text(raw: str) -> str:
    """A line without its list marker, as the cleaner reads a list item."""
    item = BULLET.match(raw)
    return item.group("text") if item else raw


def recurring(files: Iterable[Edges], min_pages: int = MIN_PAGES) -> frozenset[str]:
    """The lines that frame at least ``min_pages`` different texts: a site's template lines."""
    texts: dict[str, set[str]] = defaultdict(set)
    for found in files:
        for line in found.lines:
            texts[line].add(found.body)
    return frozenset(line for line, bodies in texts.items() if len(bodies) >= min_pages)


def held(found: Edges, template: frozenset[str]) -> frozenset[str]:
    """The template lines one file holds (what its analysis depends on, besides its own bytes)."""
    return found.lines & template if template else frozenset()
