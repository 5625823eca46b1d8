"""HTML fragments of generated pages, written directly instead of through Markdown.

A generated page is a Markdown *skeleton* (front matter, title, headings,
short prose with Markdown links) plus HTML fragments for the long parts: an
article's paragraphs, lists and quotations, the excerpts of a theme page, the
quotations of the quote index. The skeleton holds a placeholder comment for
each fragment (:func:`placeholder`); MkDocs renders the skeleton (so headings
still make the table of contents and permalinks) and the hook puts the
fragments in place of the comments afterwards (:func:`fill`). Python-Markdown
never sees the long parts: writing them costs a few string operations, where
parsing them back costs MkDocs more than the rest of the page.

Headings (an article's sections, a theme page's articles) are
:class:`Heading` fragments too: the skeleton then ends with one *model*
heading, which MkDocs renders with the site's own heading markup (permalink,
its label, preview attribute); the hook copies that markup for each heading
and adds them to the page's table of contents (:meth:`Skeleton.place_headings`).

Every piece of text in a fragment is HTML-escaped here (:func:`text`): what
an article says is always shown as text.

Links in fragments are not seen by MkDocs either, so they are written as
:func:`linking.url` placeholders naming the target's source path; the hook
replaces them with the URL relative to the page that shows them
(:func:`linking.resolve`).
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable, Collection, Iterable, Mapping, MutableSequence, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from . import escape
from .glossary import Entry
from .linking import LinkState, resolve, searchable, term_link
from .markdown_article import image_html
from .model import Block, Kind

_PLACEHOLDER = re.compile(r"<!-- dossier:fragment (\d+)(?:-(\d+))? -->")
# Inline elements of fragments: the search plugin keeps their text, never their tags (only p, li, lists, code,
# sub and sup), so the text it is given goes without them. Headings keep theirs: their permalink is skipped by tag.
_INLINE_TAGS = re.compile(r"</?(?:a|span|strong|em|small|abbr)\b[^>]*>")


def placeholder(first: int, last: int | None = None) -> str:
    """A Markdown block standing for fragment ``first``, or for ``first`` to ``last`` (blank lines keep it a block).

    Consecutive fragments share one placeholder: each block costs Python-Markdown
    as much as a paragraph of text, and a listing page has a hundred of them.
    """
    span = str(first) if last is None or last == first else f"{first}-{last}"
    return f"\n<!-- dossier:fragment {span} -->\n"


@dataclass(frozen=True)
class Deferred:
    """A fragment written when its page is (a listing of a large corpus), and what it is made from.

    ``inputs`` stand for the fragment when a `mkdocs serve` rebuild checks
    whether a page is the same as in the last build (:meth:`Skeleton.made_from`):
    everything the fragment depends on, compared as :mod:`dossier.reuse`
    compares inputs. None: the page is written again on every build.
    """

    make: Callable[[], str]
    inputs: object = None

    def __call__(self) -> str:
        return self.make()


@dataclass(frozen=True)
class Heading:
    """A heading written as HTML, in the markup MkDocs gives the skeleton's headings (:meth:`Skeleton.place_headings`).

    It comes after every Markdown heading of its page but the title: its
    table-of-contents entry is added after theirs.
    """

    level: int  # 2 to 6
    title: str  # plain text
    anchor: str  # its id: a slug, unique in the page

    def markdown(self) -> str:
        """The same heading in Markdown (what :meth:`Skeleton.inline` shows)."""
        return f"{'#' * self.level} {escape.md(self.title)} {{: #{self.anchor} }}"

    def title_html(self) -> str:
        """The title as MkDocs' table of contents has it: escaped, whitespace collapsed."""
        return text(" ".join(self.title.split()))


# The model heading (Heading): a level-2 heading whose title and id Python-Markdown leaves as they are.
# The markup MkDocs gives a heading is the same at every level but for its tag.
_MODEL_TITLE = "DOSSIERHEADINGTITLE"
_MODEL_ID = "dossier-heading"
_MODEL = re.compile(rf'<h([1-6])( id="{_MODEL_ID}"[^>]*>.*?)</h\1>\n?', re.DOTALL)


class TocItem(Protocol):
    """What MkDocs' table of contents entries (``mkdocs.structure.toc.AnchorLink``) offer."""

    title: str
    id: str
    level: int
    children: list  # type: ignore[type-arg]


Fragment = str | Callable[[], str] | Heading


def fingerprint(text: str) -> tuple[int, int]:
    """A text's length and hash: what :meth:`Skeleton.made_from` says of a text, to compare pages.

    Python's string hash (64-bit SipHash, fixed for the life of a process, so
    for a `mkdocs serve` session) is computed once per string object; two
    different texts of the same length with the same hash are vanishingly
    unlikely. Keeping the fingerprint instead of the text halves what a serve
    session holds of a large corpus.
    """
    return len(text), hash(text)


def _made_from(fragment: Fragment) -> object:
    """What stands for a fragment when comparing pages: its fingerprint, a deferred one's inputs, else never equal."""
    if isinstance(fragment, str):
        return fingerprint(fragment)
    if isinstance(fragment, Deferred) and fragment.inputs is not None:
        return fragment.inputs
    return object()


def fill(page_html: str, fragments: Sequence[Fragment], left_out: Collection[int] = (), sep: str = "\n") -> str:
    """The rendered skeleton with each placeholder replaced by its fragments (written now if deferred).

    Fragments whose index is in ``left_out`` are replaced by nothing; those
    sharing a placeholder are joined by ``sep``.
    """

    def one(index: int) -> str:
        fragment = fragments[index]
        if isinstance(fragment, Heading):
            raise ValueError(f"fill: heading {fragment.anchor!r} was not written (Skeleton.place_headings)")
        return fragment if isinstance(fragment, str) else fragment()

    def put(match: re.Match[str]) -> str:
        first = int(match.group(1))
        last = int(match.group(2)) if match.group(2) else first
        return sep.join(one(i) for i in range(first, last + 1) if i not in left_out)

    return _PLACEHOLDER.sub(put, page_html)


def text(value: str) -> str:
    """Plain text as HTML element content (line breaks inside a paragraph become spaces).

    NUL never survives reading a source; dropping it here too guarantees that
    no text can pass for a link placeholder (:func:`linking.url`). Spaces are
    bound as French typography binds them (:func:`escape.french_spacing`).
    """
    return _escaped(escape.french_spacing(_one_line(value)))


def _one_line(value: str) -> str:
    """``value`` on one line, each character at its offset: a line break becomes a space, which French spacing may
    then bind ("Pourquoi\n?")."""
    return value.replace("\n", " ")


def _escaped(value: str) -> str:
    """:func:`text` for a value already on one line and bound."""
    return html.escape(value.replace("\x00", ""), quote=False)


def attr(value: str) -> str:
    """Plain text as a double-quoted attribute value."""
    return html.escape(" ".join(value.replace("\x00", "").split()), quote=True)


@dataclass
class Skeleton:
    """A page being written: Markdown lines, and the fragments their placeholders stand for."""

    lines: list[str] = field(default_factory=list)
    fragments: list[Fragment] = field(default_factory=list)
    # Fragments the search plugin does not index (their outer element has ``data-search-exclude``).
    unindexed: set[int] = field(default_factory=set)
    # Fragments that are headings (Heading, or written out from one by place_headings).
    headings: set[int] = field(default_factory=set)
    # The fragments the last line's placeholder stands for, while no Markdown line follows it: (first, line).
    _run: tuple[int, int] | None = field(default=None, repr=False, compare=False)

    def md(self, *lines: str) -> None:
        self.lines.extend(lines)

    def html(self, fragment: str | Callable[[], str], indexed: bool = True) -> None:
        """Add a fragment; a callable is a deferred one, written when the page is (listings of a large corpus).

        ``indexed=False`` for a fragment wrapped in an element with
        ``data-search-exclude`` (and no heading inside): the search plugin is
        then given the page without it, which gives the same index (see the
        hook's ``on_page_context`` and :meth:`write`).
        """
        if fragment:
            if not indexed:
                self.unindexed.add(len(self.fragments))
            self._add(fragment)

    def heading(self, heading: Heading) -> None:
        """Add a heading written as HTML (:class:`Heading`), indexed by the search plugin like a Markdown one."""
        self._add(heading)

    def _add(self, fragment: Fragment) -> None:
        """Append a fragment; right after another one, the two share a placeholder."""
        index = len(self.fragments)
        if isinstance(fragment, Heading):
            self.headings.add(index)
        self.fragments.append(fragment)
        if self._run is not None and self._run[1] == len(self.lines) - 1:
            self.lines[-1] = placeholder(self._run[0], index)
        else:
            self.lines.append(placeholder(index))
            self._run = (index, len(self.lines) - 1)

    def markdown(self) -> str:
        """The skeleton MkDocs renders; the model heading at the end when there are :class:`Heading` fragments."""
        model = [f"\n## {_MODEL_TITLE} {{: #{_MODEL_ID} }}\n"] if self.headings else []
        return "\n".join([*self.lines, *model]) + "\n"

    def place_headings(
        self, rendered: str, toc: MutableSequence[TocItem], entry: Callable[[str, str, int], TocItem]
    ) -> str:
        """Write the :class:`Heading` fragments in the markup of the model heading MkDocs rendered.

        Returns the rendered skeleton without its model heading; ``toc`` (the
        page's table of contents) loses its entry and gains one ``entry(title,
        id, level)`` per heading, nested under the last entry of a higher level
        (where Python-Markdown would put a heading that follows the others).
        Levels follow the model's: a ``baselevel`` setting that makes a
        Markdown ``##`` an ``h3`` shifts them all alike.
        Fragments are replaced in a new list: a skeleton kept for the next
        `mkdocs serve` build is left as it was.
        """
        if not any(isinstance(f, Heading) for f in self.fragments):
            return rendered
        match = _MODEL.search(rendered)
        if match is None:
            raise ValueError(f"place_headings: the model heading {_MODEL_ID!r} is missing from the rendered page")
        rendered = rendered[: match.start()] + rendered[match.end() :]
        shift = int(match.group(1)) - 2
        inner = match.group(2)  # ' id="dossier-heading"…>DOSSIERHEADINGTITLE…' (the permalink, where it goes)
        _drop_model(toc)
        written: list[Fragment] = []
        for fragment in self.fragments:
            if isinstance(fragment, Heading):
                level = min(fragment.level + shift, 6)
                title = fragment.title_html()
                tagged = inner.replace(_MODEL_ID, fragment.anchor).replace(_MODEL_TITLE, title)
                written.append(f"<h{level}{tagged}</h{level}>")
                _nest(toc, entry(title, fragment.anchor, level))
            else:
                written.append(fragment)
        self.fragments = written
        return rendered

    def write(
        self, rendered: str, relative: Callable[[str], str], definitions: Mapping[str, str], indexed: bool = True
    ) -> tuple[str, str]:
        """The page's HTML from its ``rendered`` skeleton: the full page, and what the search plugin reads.

        The second leaves out the unindexed fragments, the links' markup
        (:func:`linking.searchable`) and the fragments' inline elements, of which
        the search plugin keeps the text alone: the same index, less to parse.
        It is empty for a page the search plugin does not index (``indexed=False``:
        its front matter says ``search: {exclude: true}``). Deferred fragments are written once.
        """
        written = [fragment if isinstance(fragment, str | Heading) else fragment() for fragment in self.fragments]
        full = resolve(fill(rendered, written), relative, definitions)
        if not indexed:
            return full, ""
        plain = [
            value if i in self.unindexed or i in self.headings else _INLINE_TAGS.sub("", value)
            for i, value in enumerate(written)
        ]
        return full, searchable(fill(rendered, plain, self.unindexed))

    def made_from(self) -> list[object]:
        """What stands for each fragment when comparing pages: its text's :func:`fingerprint`, a deferred one's inputs.

        A fragment that cannot say (a deferred one without inputs) is never equal to another.
        """
        return [_made_from(f) for f in self.fragments]

    def inline(self, definitions: Mapping[str, str] | None = None) -> str:
        """The whole page for tests and review: fragments in place, links naming their target's source path.

        Headings are shown in Markdown, fragments apart as separate placeholders would be (golden files).
        """
        shown = [f.markdown() if isinstance(f, Heading) else f for f in self.fragments]
        return resolve(fill("\n".join(self.lines) + "\n", shown, sep="\n\n\n"), lambda src: src, definitions or {})


def _drop_model(toc: MutableSequence[TocItem]) -> None:
    """Remove the model heading's entry (:meth:`Skeleton.place_headings`) from a table of contents."""
    toc[:] = [item for item in toc if item.id != _MODEL_ID]
    for item in toc:
        _drop_model(item.children)


def _nest(toc: MutableSequence[TocItem], item: TocItem) -> None:
    """Append ``item`` under the last entry of a higher level, as it follows every heading already there."""
    siblings = toc
    while siblings and siblings[-1].level < item.level:
        siblings = siblings[-1].children
    siblings.append(item)


# What binding a space looks at around it (a group of digits at most): a range is bound with this much around.
_MARGIN = 24


def linked(
    value: str,
    matches: Iterable[tuple[int, int, str]],
    entries: Mapping[str, Entry],
    state: LinkState,
    start: int = 0,
    end: int | None = None,
) -> str:
    """HTML for ``value[start:end]``, with a link for each glossary term the state allows.

    ``matches`` are ``(start, end, slug)`` offsets in ``value``, in order;
    those not wholly inside the range are left out. The range is bound once, with
    a margin around it (:func:`escape.french_spacing` keeps offsets), before it is
    cut at the links, so a space between a term and the mark after it
    (« … l’intelligence artificielle ? ») is bound too; the pieces are not bound again.
    """
    end = len(value) if end is None else end
    left, right = max(0, start - _MARGIN), min(len(value), end + _MARGIN)
    # (the bound range alone, read at offsets shifted by its start: the rest of the value is never shown)
    bound = escape.french_spacing(_one_line(value[left:right]))
    out: list[str] = []
    pos = start
    if not isinstance(matches, list):
        matches = list(matches)
    # Matches are in text order: skip straight to the first one in range.
    for m_start, m_end, slug in matches[bisect.bisect_left(matches, (start, -1, "")) :]:
        if m_start >= end:
            break
        if m_start < pos or m_end > end:
            continue
        entry = entries.get(slug)
        if entry is None or not state.allow(entry):
            continue
        out.append(_escaped(bound[pos - left : m_start - left]))
        out.append(term_link(entry, _escaped(bound[m_start - left : m_end - left])))
        pos = m_end
    out.append(_escaped(bound[pos - left : end - left]))
    return "".join(out)


_ROLE_CLASS = {"lead": "dossier-lead", "note": "dossier-note", "about": "dossier-about"}
_LABEL = re.compile(r"^(?P<label>[^:.!?]{2,60}?)\s:\s(?P<rest>\S.*)$")


Mark = tuple[int, int, str, str]  # start, end, tag, value: see dossier.markdown_article
_PLAIN_TAGS = ("em", "strong", "del", "sub", "sup")
_POINTS = ("br", "img", "fn")  # marks with no text of their own, at one position


def _point(tag: str, detail: str) -> str:
    """The markup of a mark with no text: a line break, an image, a footnote call."""
    if tag == "br":
        return "<br>"
    if tag == "img":
        return image_html(*[*detail.split("\x00"), "", "", ""][:3])
    sup_id, target, number = [*detail.split("\x00"), "", "", ""][:3]
    return f'<sup id="{attr(sup_id)}"><a class="footnote-ref" href="{attr(target)}">{text(number)}</a></sup>'


def marked(
    value: str, marks: Sequence[Mark], inner: Callable[[int, int], str], start: int = 0, end: int | None = None
) -> str:
    """HTML for ``value[start:end]`` with its Markdown ``marks`` (properly nested, sorted by start then longest first).

    The text between marks is ``inner(s, e)`` (glossary terms linked); inside a link or code it is
    plain text. Marks are clipped to the range: a quotation or excerpt that starts inside emphasis
    opens its own.
    """
    end = len(value) if end is None else end
    clipped: list[Mark] = []
    for m_start, m_end, tag, detail in marks:
        if tag in _POINTS:
            if start <= m_start < end or m_start == end == len(value):
                clipped.append((m_start, m_start, tag, detail))
        elif m_start < end and start < m_end:
            clipped.append((max(m_start, start), min(m_end, end), tag, detail))
    return _write_marks(value, clipped, inner, start, end, linkable=True)


def _write_marks(
    value: str, marks: list[Mark], inner: Callable[[int, int], str], lo: int, hi: int, linkable: bool
) -> str:
    out: list[str] = []
    pos, i = lo, 0
    while i < len(marks):
        m_start, m_end, tag, detail = marks[i]
        out.append(inner(pos, m_start) if linkable else text(value[pos:m_start]))
        j = i + 1
        while j < len(marks) and (
            (marks[j][0] < m_end) if marks[j][2] not in _POINTS else (m_start <= marks[j][0] < m_end)
        ):
            j += 1
        children = marks[i + 1 : j]
        if tag in _POINTS:
            out.append(_point(tag, detail))
        else:
            plain = linkable and tag not in ("a", "code")
            content = _write_marks(value, children, inner, m_start, m_end, plain)
            if tag == "a":
                out.append(f'<a href="{attr(detail)}">{content}</a>')
            elif tag == "code":
                out.append(f"<code>{content}</code>")
            elif tag in _PLAIN_TAGS:
                out.append(f"<{tag}>{content}</{tag}>")
            else:
                out.append(content)
        pos, i = max(pos, m_end), j
    out.append(inner(pos, hi) if linkable else text(value[pos:hi]))
    return "".join(out)


class BlockWriter:
    """Writes an article's non-heading blocks as HTML, linking glossary terms once per section."""

    def __init__(self, entries: Mapping[str, Entry] | None = None, policy: str = "first-per-section") -> None:
        self.entries: Mapping[str, Entry] = entries or {}
        self.state = LinkState(policy)
        self._by_segment: tuple[Block | None, dict[int, list[tuple[int, int, str]]], dict[int, list[Mark]]] = (
            None,
            {},
            {},
        )  # the last block written: its terms and marks by segment

    def text(self, block: Block, segment: int, value: str, start: int = 0, end: int | None = None) -> str:
        if self._by_segment[0] is not block:
            self._by_segment = (block, block.terms_by_segment(), block.marks_by_segment())
        terms = self._by_segment[1].get(segment, [])
        marks = self._by_segment[2].get(segment)
        if not marks:
            return linked(value, terms, self.entries, self.state, start, end)

        def inner(s: int, e: int) -> str:
            return linked(value, terms, self.entries, self.state, s, e) if e > s else ""

        return marked(value, marks, inner, start, end)

    def block(self, block: Block) -> str:
        role = _ROLE_CLASS.get(block.role, "")
        if block.kind is Kind.PARAGRAPH:
            classes = f' class="{role}"' if role else ""
            return f'<p id="{block.anchor}"{classes}>{self.with_quotes(block, 0, block.text)}</p>'
        if block.kind is Kind.LIST:
            classes = " ".join(filter(None, ("dossier-list", role)))
            return f'<div class="{classes}" id="{block.anchor}">{self.list(block)}</div>'
        if block.kind is Kind.QUOTE:
            segments = block.segments()
            parts = segments[:-1] if block.attribution else segments
            paragraphs = "".join(f"<p>{self.text(block, i, part)}</p>" for i, part in enumerate(parts))
            caption = ""
            if block.attribution:
                caption = f"<figcaption>— {self.text(block, len(segments) - 1, block.attribution)}</figcaption>"
            quote = f"<blockquote>{paragraphs}</blockquote>{caption}"
            return f'<figure class="dossier-quote" id="{block.anchor}">{quote}</figure>'
        if block.kind is Kind.EMBED:  # sanitised when the article was read (dossier.markdown_article)
            return f'<div class="dossier-embed" id="{block.anchor}">{block.html}</div>'
        return ""  # headings belong to the skeleton

    def list(self, block: Block) -> str:
        """Nested <ul>/<ol> from (depth, text) items."""
        out: list[str] = []
        open_tags: list[str] = []  # the list element open at each depth
        for i, (item_depth, value) in enumerate(block.items):
            quoted = any(t == value for t, *_ in block.spans)
            item = self.with_quotes(block, i, value) if quoted else self.list_item(block, i, value)
            ordered = block.ordered != (i in block.unlike)
            tag = "ol" if ordered else "ul"
            if item_depth >= len(open_tags):
                for _ in range(item_depth - len(open_tags) + 1):
                    out.append(f"<{tag}><li>")
                    open_tags.append(tag)
            else:
                while len(open_tags) > item_depth + 1:
                    out.append(f"</li></{open_tags.pop()}>")
                out.append("</li><li>")
            out.append(item)
        while open_tags:
            out.append(f"</li></{open_tags.pop()}>")
        return "".join(out)

    def with_quotes(self, block: Block, segment: int, value: str) -> str:
        """The text with its attributed quotations marked and anchored."""
        spans = sorted((s, e, a) for t, s, e, a in block.spans if t == value)
        out, pos = [], 0
        for start, end, anchor in spans:
            out.append(self.text(block, segment, value, pos, start))
            quoted = self.text(block, segment, value, start, end)
            out.append(f'<span class="dossier-quote-inline" id="{anchor}">{quoted}</span>')
            pos = end
        out.append(self.text(block, segment, value, pos))
        return "".join(out)

    def list_item(self, block: Block, segment: int, value: str) -> str:
        """Bold the lead-in label of items written "Label : explanation"."""
        match = _LABEL.match(value)
        if match and len(match.group("label").split()) <= 6:
            label = self.text(block, segment, value, 0, match.end("label"))
            rest = self.text(block, segment, value, match.start("rest"))
            return f"<strong>{label}</strong>\u00a0: {rest}"
        return self.text(block, segment, value)


# An id attribute in a fragment's markup: inside a tag (fragments escape "<" and ">" in text, not quotes).
_FRAGMENT_ID = re.compile(r' id="([^"<>]+)"')


def fragment_ids(parts: list[Fragment]) -> set[str]:
    """The ids of a page's fragments, written (headings are placed by now); deferred ones have none linked to."""
    found: set[str] = set()
    for part in parts:
        if isinstance(part, str):
            for match in _FRAGMENT_ID.finditer(part):
                if part.rfind("<", 0, match.start()) > part.rfind(">", 0, match.start()):
                    found.add(match.group(1))
    return found
