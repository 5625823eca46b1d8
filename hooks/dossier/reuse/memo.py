"""Values of the previous build, reused by the next one when their inputs are equal (`mkdocs serve`).

The per-file cache (:mod:`dossier.corpus`) keeps each article's analysis
across the rebuilds of one ``mkdocs serve`` session; what the corpus makes of
them (written pages, corpus totals, open-data records) is made again on every
build. A :class:`Memo` keeps those outputs for one more build: a value is reused
when everything it was made from is equal to what it is made from now. After
editing one article, the pages and records of the others are not written again.

The caller names a value's ``slot``, a tuple whose first item says what kind
of value it is (each kind is made by one function) and the rest which one
(a page's source path, an article id); and its ``inputs``: a tuple of
everything the value depends on. Inputs compare with ``==``, which for the same object is an identity check: the cached
analyses' objects (figures, dates, passages) are the same objects from one
build to the next while their file is unchanged, so comparing them is cheap.
Values derived per build (an article's slug, its title, a URL) must be
inputs too, as values: an object the corpus changes in place (an article
gets its slug on every build) compares equal to itself whatever it holds.

A value not asked for during a build is forgotten at the next one, so the
memo holds at most one build's worth (plus the previous while a build runs).
``mkdocs build`` builds once: :meth:`Memo.new_build` with ``enabled=False``
makes :meth:`Memo.get` call ``make`` and keep nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any, TypeVar

T = TypeVar("T")


class Memo:
    """One build's values by slot, with the inputs they were made from."""

    def __init__(self) -> None:
        self.enabled = False
        self._previous: dict[Hashable, tuple[Any, Any]] = {}
        self._current: dict[Hashable, tuple[Any, Any]] = {}
        self.hits = 0
        self.misses = 0

    def new_build(self, enabled: bool) -> None:
        """Start a build: the last build's values can be reused during this one, then they go."""
        self._previous = self._current if enabled else {}
        self._current = {}
        self.enabled = enabled
        self.hits = self.misses = 0

    def get(self, slot: Hashable, inputs: Any, make: Callable[[], T]) -> T:
        """The value made from ``inputs``: the kept one if its inputs were equal, else ``make()`` (then kept)."""
        return self.renew(slot, inputs, lambda last: make())

    def renew(self, slot: Hashable, inputs: Any, make: Callable[[tuple[Any, Any] | None], T]) -> T:
        """:meth:`get`, where ``make`` is given the last build's ``(inputs, value)`` (None: there is none).

        For a value cheaper to update from the last one than to make anew (the
        corpus totals after an edit); ``make(None)`` makes it from scratch, as
        it does when the memo is off.
        """
        if not self.enabled:
            return make(None)
        kept = self.kept(slot)
        if kept is not None and kept[0] == inputs:
            self.keep(slot, inputs, kept[1], hit=True)
            return kept[1]  # type: ignore[no-any-return]
        value = make(kept)
        self.keep(slot, inputs, value)
        return value

    def kept(self, slot: Hashable) -> tuple[Any, Any] | None:
        """The inputs and value kept under ``slot`` (this build's, else the last one's), for a caller that checks them.

        For inputs only known once the value is made (the pages a written page links to): the
        caller compares them and, either way, :meth:`keep` s the value it uses.
        """
        return self._current.get(slot) or self._previous.get(slot) if self.enabled else None

    def keep(self, slot: Hashable, inputs: Any, value: Any, hit: bool = False) -> None:
        """Keep ``value`` made from ``inputs`` for the next build (``hit``: it is the one :meth:`kept` gave)."""
        if self.enabled:
            if hit:
                self.hits += 1
            else:
                self.misses += 1
            self._current[slot] = (inputs, value)

    def stamp(self, name: str, make: Callable[[], T]) -> T:
        """A value many inputs share (every article's slug and title), made and compared once per build.

        It is the last build's object when equal, so inputs holding it compare
        by identity. Every caller during one build gets the same object: the
        value must not depend on the caller.
        """
        if not self.enabled:
            return make()
        slot = ("stamp", name)
        kept = self._current.get(slot)
        if kept is not None:
            return kept[1]  # type: ignore[no-any-return]
        value = make()
        return self.get(slot, value, lambda: value)

    def unchanged(self, name: str) -> bool:
        """Whether this build's :meth:`stamp` ``name`` is the last build's."""
        current, previous = self._current.get(("stamp", name)), self._previous.get(("stamp", name))
        return current is not None and previous is not None and current[1] is previous[1]

    def __len__(self) -> int:
        return len(self._current)


# A memo that never keeps anything.
NONE = Memo()


class Parts:
    """Pieces of a long listing made per item (a table's rows, a data file's records), kept by the item's identity.

    For a listing made again when one item comes or goes (a new figure shifts
    every later page of a table sorted by value; a data file is written whole):
    the pieces of the other items are the last build's. A piece is reused while
    its item is the same object (an analysis' object: the same while its article
    is unchanged) and ``shown`` (the per-build values it shows: an article's slug
    and title, a URL) is equal.

    A listing made anew takes its parts from the ``last`` one's: those of the
    items still ``alive`` when given (a listing whose pages are not all written
    on every build), else those it asks for.
    """

    def __init__(self, last: Parts | None = None, alive: Iterable[object] | None = None) -> None:
        self._parts: dict[int, tuple[object, object, Any]] = {}
        self._last: dict[int, tuple[object, object, Any]] = {}
        if last is not None and alive is not None:
            ids = {id(item) for item in alive}
            self._parts = {key: part for key, part in last._parts.items() if key in ids}
        elif last is not None:
            self._last = last._parts

    def get(self, item: object, shown: object, make: Callable[[], T]) -> T:
        """The piece made for ``item`` showing ``shown``: the kept one if the same, else ``make()`` (then kept)."""
        key = id(item)
        kept = self._parts.get(key) or self._last.get(key)
        if kept is not None and kept[0] is item and kept[1] == shown:
            self._parts[key] = kept
            return kept[2]  # type: ignore[no-any-return]
        part = make()
        self._parts[key] = (item, shown, part)  # the item is held: its id is not reused meanwhile
        return part

    def __len__(self) -> int:
        return len(self._parts)
