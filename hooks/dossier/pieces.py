"""The per-item pieces of a long listing: a table's rows, a data file's records.

A renderer that writes one piece per item asks ``pieces.get(item, shown,
make)`` for it, where ``shown`` is what the piece shows besides the item
itself (an article's slug and title, a URL), or calls ``make()`` itself when
given no ``pieces``. Whoever passes ``pieces`` promises to return what
``make()`` returns: the reuse layer (:mod:`dossier.reuse`) hands back the
last build's piece for the same item showing the same, which only saves time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

T = TypeVar("T")


class Pieces(Protocol):
    """A source of pieces: ``make()``'s value, or one equal to it."""

    def get(self, item: object, shown: object, make: Callable[[], T]) -> T: ...
