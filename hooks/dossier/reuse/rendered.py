"""`mkdocs serve`: what MkDocs rendered of a generated page's skeleton, reused by the next rebuild.

MkDocs renders every page again on each `mkdocs serve` rebuild. A generated
page's Markdown is a small skeleton (:mod:`dossier.fragments`), but Python-Markdown
still costs about a millisecond for it, more than the rest of the page's
Markdown work: most of a rebuild's pages have the same skeleton as in the last
build. When a page's skeleton, its URL and the Markdown settings are the
last build's, and so is the site's set of pages if the skeleton has Markdown
links (an article's has none: its links are in HTML fragments), the hook hands
MkDocs an empty page and puts back what MkDocs made of the skeleton then: its
HTML, its table of contents and the anchors it holds (``Page.present_anchor_ids``).

MkDocs' own check of the skeleton's links is not run again for such a page:
it found nothing to say in the last build, and nothing it links to has changed.
``mkdocs build`` never reuses anything.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import Any

from ..fragments import TocItem
from .memo import Memo

Token = dict[str, Any]


def tokens(items: Iterable[TocItem]) -> list[Token]:
    """A table of contents as the tokens MkDocs makes one from (``mkdocs.structure.toc.get_toc``)."""
    return [{"level": i.level, "id": i.id, "name": i.title, "children": tokens(i.children)} for i in items]


@dataclass(frozen=True)
class Rendered:
    """What MkDocs made of a skeleton: the HTML, the table of contents (as tokens), the anchors present."""

    html: str
    toc: list[Token]
    anchors: frozenset[str]


class Renders:
    """The last build's renders of generated pages, by source path, with what each was made from."""

    def __init__(self, memo: Memo) -> None:
        self.memo = memo
        self._waiting: dict[str, Hashable] = {}  # pages MkDocs renders in this build: what they are made from
        self.reused = 0  # renders given back, since the session started

    def reuse(self, src: str, inputs: Hashable) -> Rendered | None:
        """The last build's render of page ``src`` when it was made from equal ``inputs``, else None.

        When None, MkDocs renders the page and :meth:`keep` records the result.
        """
        if not self.memo.enabled:
            return None
        slot = ("rendered-skeleton", src)
        kept = self.memo.kept(slot)
        if kept is not None and kept[0] == inputs:
            self.memo.keep(slot, inputs, kept[1], hit=True)
            self.reused += 1
            return kept[1]  # type: ignore[no-any-return]
        self._waiting[src] = inputs
        return None

    def keep(self, src: str, rendered: Rendered) -> None:
        """What MkDocs rendered of page ``src`` in this build, for the next one (if :meth:`reuse` asked for it)."""
        inputs = self._waiting.pop(src, None)
        if inputs is not None:
            self.memo.keep(("rendered-skeleton", src), inputs, rendered)
