"""A Python-Markdown extension for every page: glossary term links and French spacing, on the element tree.

Like the ``abbr`` extension it walks text nodes after inline processing and
never touches code, preformatted text, headings, links or an existing term.
The definition goes in the ``title`` attribute, which Material shows as a
tooltip (``content.tooltips``).

It then binds the spaces French typography never breaks
(:func:`dossier.escape.french_spacing`) in the text of every page MkDocs
renders: the hand-written ones (home, method, contributing) and the site's own
words in the generated ones, headings included, so the table of contents and
the page title are bound too. Article text is bound where it is escaped; code,
preformatted text and keyboard keys keep the spaces they were typed with.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from .escape import french_spacing
from .glossary import Linker

SKIP = {"a", "code", "pre", "kbd", "script", "style", "h1", "h2", "h3", "h4", "h5", "h6", "abbr", "time"}
SECTION = {"h2", "h3", "h4", "h5", "h6"}
# A term already, or a listing (cards, teasers) where term links would only be noise.
NO_LINK_CLASSES = {"dossier-term", "dossier-nolink"}


@dataclass
class LinkContext:
    """Set by the hook before each page is rendered; ``linker`` is None until the corpus exists."""

    linker: Linker | None = None
    page_src: str = ""  # the source path of the page being rendered ("articles/x.md")
    glossary_src: str = "glossaire/index.md"
    enabled: bool = True
    scope_class: str | None = None  # when set, link only inside elements with this class
    linked_in_page: set[str] = field(default_factory=set)
    linked_in_section: set[str] = field(default_factory=set)

    def href(self, slug: str) -> str:
        """A link to the entry's source page, which MkDocs resolves and validates like any other."""
        here = posixpath.dirname(self.page_src) or "."
        return f"{posixpath.relpath(self.glossary_src, here)}#{slug}"


class GlossaryTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, context: LinkContext) -> None:
        super().__init__(md)
        self.context = context

    def run(self, root: etree.Element) -> None:
        context = self.context
        if context.linker is None or context.linker.pattern is None or not context.enabled:
            return
        context.linked_in_page = set()
        context.linked_in_section = set()
        self._walk(root, active=context.scope_class is None)

    def _walk(self, element: etree.Element, active: bool) -> None:
        """Document order: the element's text, then each child, then that child's tail."""
        children = list(element)  # before any link is inserted
        if active and element.text and not isinstance(element.text, AtomicString):
            element.text = self._link_into(element, 0, element.text)
        for child in children:
            classes = (child.get("class") or "").split()
            if child.tag in SECTION:
                # A new section; a term is never linked inside its own entry (the glossary's headings).
                self.context.linked_in_section = {child.get("id", "")}
            if child.tag not in SKIP and not NO_LINK_CLASSES.intersection(classes):
                self._walk(child, active or self.context.scope_class in classes)
            if active and child.tail and not isinstance(child.tail, AtomicString):
                child.tail = self._link_into(element, list(element).index(child) + 1, child.tail)

    def _link_into(self, parent: etree.Element, index: int, text: str) -> str:
        """Insert term links for ``text`` at ``index`` of ``parent``; return the text before the first one."""
        nodes = self._split(text)
        for offset, (link, tail) in enumerate(zip(nodes[1::2], nodes[2::2], strict=True)):
            assert isinstance(link, etree.Element) and isinstance(tail, str)
            link.tail = tail
            parent.insert(index + offset, link)
        return str(nodes[0])

    def _split(self, text: str) -> list[str | etree.Element]:
        """Text -> [leading text, link, text, link, …] (always starting with a string)."""
        context = self.context
        assert context.linker is not None
        default = context.linker.glossary.link
        out: list[str | etree.Element] = [""]
        pos = 0
        for start, end, entry in context.linker.find(text):
            policy = entry.link or default
            if (policy == "first-per-page" and entry.slug in context.linked_in_page) or (
                policy == "first-per-section" and entry.slug in context.linked_in_section
            ):
                continue
            context.linked_in_page.add(entry.slug)
            context.linked_in_section.add(entry.slug)
            link = etree.Element(
                "a", {"href": context.href(entry.slug), "class": "dossier-term", "title": entry.definition}
            )
            link.text = AtomicString(text[start:end])
            out[-1] += text[pos:start]
            out.append(link)
            out.append("")
            pos = end
        out[-1] += text[pos:]
        return out


class PermalinkLabelTreeprocessor(Treeprocessor):
    """Heading permalinks (toc's ``¶``) are named with ``aria-label`` instead of ``title``.

    Material turns every ``title`` into a tooltip component when the page loads;
    on a page with a hundred headings (the glossary) that work alone costs about
    a tenth of a second of main-thread time on a phone, for a tooltip that only
    repeats the link's purpose. Screen readers read the label all the same.
    """

    def run(self, root: etree.Element) -> None:
        for link in root.iter("a"):
            title = link.get("title")
            if title and "headerlink" in (link.get("class") or "").split():
                del link.attrib["title"]
                link.set("aria-label", title)


# Elements whose text is typed, not typeset: code, preformatted text, keyboard keys, scripts and styles.
VERBATIM = {"code", "pre", "kbd", "samp", "script", "style", "textarea"}
# Attributes a reader sees as text (a tooltip, a label read aloud, an image's description).
READ_ATTRIBUTES = ("title", "alt", "aria-label")


class FrenchSpacingTreeprocessor(Treeprocessor):
    """Bind French spacing in a page's text and readable attributes (see the module's docstring)."""

    def run(self, root: etree.Element) -> None:
        self._walk(root)

    def _walk(self, element: etree.Element) -> None:
        for name in READ_ATTRIBUTES:
            value = element.get(name)
            if value:
                element.set(name, french_spacing(value))
        if element.text:
            element.text = _spaced(element.text, after_element=False)
        for child in element:
            if child.tag not in VERBATIM:
                self._walk(child)
            if child.tail:
                child.tail = _spaced(child.tail, after_element=True)


def _spaced(text: str, after_element: bool) -> str:
    """``text`` bound, as the same type (an AtomicString stays one, so no inline pattern runs on it).

    After an element, the text goes on from it: "<strong>Note</strong> : …" binds the space before the colon,
    which :func:`french_spacing` only binds after a character (a letter stands in for the element)."""
    spaced = french_spacing("x" + text)[1:] if after_element else french_spacing(text)
    if spaced == text:
        return text
    return AtomicString(spaced) if isinstance(text, AtomicString) else spaced


class GlossaryExtension(Extension):
    def __init__(self, context: LinkContext) -> None:
        super().__init__()
        self.context = context

    def extendMarkdown(self, md: Markdown) -> None:
        # After inline patterns (priority 20) and attr_list (8); before toc (5) reads headings, which we skip.
        md.treeprocessors.register(GlossaryTreeprocessor(md, self.context), "dossier-glossary", 6)
        # After the term links, so their tooltips are bound; before toc (5) reads the headings' text.
        md.treeprocessors.register(FrenchSpacingTreeprocessor(md), "dossier-french-spacing", 5.5)
        # After toc (5) has added the permalinks.
        md.treeprocessors.register(PermalinkLabelTreeprocessor(md), "dossier-permalink-label", 4)
