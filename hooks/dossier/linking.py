"""Links written by the generator: glossary terms, and URLs resolved per page.

Generated pages are written from text whose glossary terms were found once,
when the article was analysed (``Block.terms``); the links go into the page's
HTML fragments as they are written (:mod:`dossier.fragments`), so no page
needs a second scan while MkDocs renders it.
Hand-written pages are linked on the element tree instead
(:mod:`dossier.mdext`); both follow the same policy (:class:`LinkState`).

A term link is ``<a class="dossier-term" href="…#slug" title="definition">``:
the title is the definition Material shows as a tooltip. Links the generator
writes as HTML are not seen by MkDocs, so their targets are :func:`url`
placeholders naming the target's source page, and term links are short
:func:`term_link` placeholders; the hook writes both out for the page that
shows them (:func:`resolve`): the same text can be cached small and shown on
pages at any depth.
"""

from __future__ import annotations

import functools
import posixpath
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from . import escape
from .glossary import Entry

GLOSSARY_SRC = "glossaire/index.md"
# Actors are linked like terms (dossier.facts): their slugs carry this prefix, their page is acteurs/<slug>.md.
ACTOR_PREFIX = "acteur:"
ACTORS_DIR = "acteurs"
_PLACEHOLDER = re.compile("\x00(url|term|/term)\x00([^\x00]*)\x00")
_TERM_END = "\x00/term\x00\x00"  # a term link's closing tag: dropped with its opening tag from the search text


@functools.lru_cache(maxsize=16384)
def _segments(path: str) -> tuple[str, ...]:
    normal = posixpath.normpath(path if path.startswith("/") else "/" + path)[1:]
    return tuple(normal.split("/")) if normal else ()


def relative_url(target: str, page: str) -> str:
    """``target``'s URL seen from the page at URL ``page``: what MkDocs' ``File.url_relative_to`` gives.

    The same rules (a last segment with a dot is a file, paths are normalised),
    with each URL's segments computed once per build instead of once per link:
    a large corpus's pages make tens of thousands of these.
    """
    directory, _, name = page.rpartition("/")
    base = _segments(directory if "." in name else page)
    dest = _segments(target)
    common = 0
    for a, b in zip(base, dest, strict=False):
        if a != b:
            break
        common += 1
    out = "/".join(("..",) * (len(base) - common) + dest[common:]) or "."
    return out + "/" if target.endswith("/") else out


class PageUrls:
    """The URLs of source pages as seen from each page of one build, computed once per folder of pages.

    A listing or an article links to the same targets as its neighbours: the
    URL of a target seen from a page depends only on the page's parent folder
    and depth, unless the target lies inside the page's own folder. The
    targets' URLs come from ``url_of(src)`` (None: no such page).
    """

    def __init__(self, url_of: Callable[[str], str | None]) -> None:
        self._url_of = url_of
        self._by_folder: dict[tuple[tuple[str, ...], int], dict[str, tuple[str, tuple[str, ...]] | None]] = {}

    def seen_from(self, page: str) -> Callable[[str], str | None]:
        """``relative(src)`` for the page at URL ``page``: :func:`relative_url` of ``src``'s URL, None if no page."""
        directory, _, name = page.rpartition("/")
        base = _segments(directory if "." in name else page)
        depth = len(base)
        shared = self._by_folder.setdefault((base[:-1], depth), {})
        url_of = self._url_of

        def relative(src: str) -> str | None:
            found = shared.get(src, _UNSEEN)
            if found is _UNSEEN:
                target = url_of(src)
                if target is None:
                    shared[src] = None
                    return None
                dest = _segments(target)
                out = relative_url(target, page)
                if dest[:depth] != base:
                    shared[src] = (out, dest)
                return out
            if found is None:
                return None
            out, dest = found  # type: ignore[misc]
            if dest[:depth] != base:
                return out
            target = url_of(src)
            return relative_url(target, page) if target is not None else None

        return relative


_UNSEEN: object = object()


def url(src: str, anchor: str = "") -> str:
    """The link to a source page (and anchor), resolved per page by :func:`resolve`."""
    return f"\x00url\x00{src}\x00" + (f"#{anchor}" if anchor else "")


def term_link(entry: Entry, inner: str) -> str:
    """A term's link to its glossary entry; ``inner`` is the (escaped) text shown.

    Written as a short placeholder for the opening tag: the full tag repeats
    the entry's definition, which would make every cached article body and
    theme excerpt several times larger. :func:`resolve` writes it out.
    """
    return f"\x00term\x00{entry.slug}\x00{inner}{_TERM_END}"


def titles(entries: Iterable[Entry]) -> dict[str, str]:
    """Each entry's definition as an attribute value, for :func:`resolve`."""
    return {entry.slug: escape.html_text(entry.definition) for entry in entries}


def resolve(text: str, relative: Callable[[str], str], definitions: Mapping[str, str]) -> str:
    """Write out the placeholders of :func:`url` and :func:`term_link` for the page at hand.

    ``relative(src)`` is the URL of a source page from this page;
    ``definitions`` maps entry slugs to escaped definitions (:func:`titles`).
    Each distinct placeholder is written once per call (a page repeats the
    same few targets hundreds of times).
    """
    if "\x00" not in text:
        return text
    # NUL occurs only in placeholders (fragments.text drops it from source text), three per
    # placeholder: the parts alternate text, kind, value.
    parts = text.split("\x00")
    if len(parts) % 3 != 1:
        raise ValueError("resolve: a link placeholder is cut short")
    urls: dict[str, str] = {}  # source page -> its URL from this page
    terms: dict[str, str] = {}  # term or actor slug -> its link's opening tag

    def url_of(src: str) -> str:
        found = urls.get(src)
        if found is None:
            found = urls[src] = relative(src)
        return found

    for i in range(1, len(parts), 3):
        kind = parts[i]
        if kind == "/term":  # a term link's end (its value is empty)
            parts[i] = "</a>"
            parts[i + 1] = ""
            continue
        value = parts[i + 1]
        if kind == "url":
            parts[i] = url_of(value)
        else:
            tag = terms.get(value)
            if tag is None:
                tag = terms[value] = _term_tag(kind, value, url_of, definitions)
            parts[i] = tag
        parts[i + 1] = ""
    return "".join(parts)


def _term_tag(kind: str, value: str, url_of: Callable[[str], str], definitions: Mapping[str, str]) -> str:
    if kind != "term":
        raise ValueError(f"resolve: unknown link placeholder {kind!r}")
    title = definitions.get(value, "")
    if value.startswith(ACTOR_PREFIX):
        target = url_of(f"{ACTORS_DIR}/{value[len(ACTOR_PREFIX) :]}.md")
        return f'<a class="dossier-actor" href="{target}" title="{title}">'
    return f'<a class="dossier-term" href="{url_of(GLOSSARY_SRC)}#{value}" title="{title}">'


def searchable(text: str) -> str:
    """The text with its placeholders dropped instead of written out: what the search index reads.

    The search plugin keeps a page's text and a few block tags, never links nor
    their attributes; a term's link (and its definition, repeated in the title)
    only makes the page slower to index. The term's text stays; both its tags go.
    """
    return _PLACEHOLDER.sub("", text) if "\x00" in text else text


@dataclass
class LinkState:
    """Which terms a page or section has linked already, and the glossary's policy.

    Policies: ``first-per-section`` (the first occurrence after each heading),
    ``first-per-page``, ``all``; an entry's own ``link`` overrides the default.
    """

    policy: str = "first-per-section"
    page: set[str] = field(default_factory=set)
    section: set[str] = field(default_factory=set)
    own: str = ""  # a slug never linked in the current section (a glossary entry's own)

    def new_section(self, own: str = "") -> None:
        """A heading starts a section."""
        self.section = set()
        self.own = own

    def allow(self, entry: Entry) -> bool:
        """Whether this occurrence gets a link; records it when it does."""
        policy = entry.link or self.policy
        if entry.slug == self.own:
            return False
        if (policy == "first-per-page" and entry.slug in self.page) or (
            policy == "first-per-section" and entry.slug in self.section
        ):
            return False
        self.page.add(entry.slug)
        self.section.add(entry.slug)
        return True
