"""Read a Markdown article: its structure is what the author wrote, its inline formatting renders.

Python-Markdown parses the body with the articles' extension set
(:data:`EXTENSIONS`: tables, footnotes, fenced code, sane lists, backslash
escapes) and with raw HTML switched off, so an article's ``<script>`` stays
text. The element tree then becomes the cleaner's units (:class:`~dossier.clean.Unit`):

- a heading is a line the author marked with ``#``, never a short line;
- a paragraph is what the author wrote as one; its text is the plain text a
  reader reads, and its formatting is kept as *marks*, ``(start, end, tag, value)``
  offsets in that text (``em``, ``strong``, ``code``, ``a`` with its target,
  ``br``, ``img`` and ``fn`` for a footnote reference), which the renderer writes
  back around the text (:mod:`dossier.fragments`);
- list items (nested), block quotations (a last ``— Name, role`` paragraph
  signs them) keep their marks too;
- tables, code blocks, figures (an image alone in its paragraph) and the
  footnotes are *embeds*: HTML written here once, sanitised with an allow-list
  (:mod:`nh3`, the binding of the Ammonia sanitiser), and left alone by analysis
  (glossary, quotations, themes never act inside them).

Link targets keep ``http``, ``https``, ``mailto`` and relative URLs; images keep
``https`` URLs and image files inside the project, published under ``medias/``
(:func:`media_uri`). Every other target is dropped and reported as a removal,
with the article line, like every line the cleaner takes out.

Python-Markdown gives no line numbers: each block's line is found by looking
for its first words in the source, from the previous block's line on.
"""

from __future__ import annotations

import html
import posixpath
import re
import xml.etree.ElementTree as etree
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import markdown
import nh3
from markdown.serializers import to_html_string

from .linking import url
from .model import Article, Diagnostic, Level, Removal
from .sources import IMAGE_SUFFIXES
from .text import quoted

# The articles' Markdown: the site's block syntax and a few extensions everyone expects of an article
# (tables, footnotes, fenced code). No attribute lists, no HTML in Markdown, no snippets, no Jinja:
# nothing an article writes can change the page around it.
EXTENSIONS = ("tables", "footnotes", "fenced_code", "sane_lists", "pymdownx.escapeall")
EXTENSION_CONFIGS = {
    "footnotes": {"BACKLINK_TITLE": "Revenir à l'appel de note %d", "SUPERSCRIPT_TEXT": "{}"},
    "pymdownx.escapeall": {"hardbreak": False, "nbsp": False},
}
MEDIA_DIR = "medias"  # where images from the project are published: medias/<path in the project>
LINK_SCHEMES = ("http", "https", "mailto")

Mark = tuple[int, int, str, str]  # start, end, tag, value (a link's target, an image's "src alt")

# What embeds may hold (tables, code, footnotes, figures), and the attributes each element keeps.
_TAGS = {
    "table", "thead", "tbody", "tr", "th", "td", "pre", "code", "div", "ol", "ul", "li", "p", "hr", "sup",
    "a", "em", "strong", "br", "img", "figure", "figcaption", "span", "blockquote",
}  # fmt: skip
_ATTRIBUTES = {
    "a": {"href", "title", "class"},
    "img": {"src", "alt", "title", "loading"},
    "th": {"style"},
    "td": {"style"},
    "code": {"class"},
    "div": {"class"},
    "li": {"id"},
    "sup": {"id"},
    "figure": {"class", "id"},
}
_STYLE = re.compile(r"text-align: (?:left|right|center);")
_CLASS = re.compile(r"(?:language-[\w+#.-]{1,30}|footnote(?:-ref|-backref)?)")
_BULLET_GLYPH = re.compile(r"^([ \t]*)[•‣◦▪▸►●][ \t\u00a0]+")
_FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})")
_PLACEHOLDER = re.compile("\x02wzxhzdk:(\\d+)\x03")
_PLACEHOLDERS = re.compile("\x02[^\x03]*\x03|qq\\d+zz|zz\\d+qq")
_SPACE = re.compile(r"\s+")
_SIGNATURE = re.compile(r"^[—–]\s*([A-ZÀ-ÖØ-Þ].{1,150})$")
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")


@dataclass
class Piece:
    """A block of a Markdown article, before it becomes a unit: kind, text, marks, line."""

    kind: str  # text | dash | heading | bullet | quote | embed | none (nothing to show: a refused image)
    text: str = ""
    marks: tuple[tuple[Mark, ...], ...] = ()  # per segment: one for most, one per paragraph of a quotation
    level: int = 0  # heading level, or list nesting depth
    ordered: bool = False
    attribution: str = ""
    html: str = ""  # an embed's markup
    # How its first source line starts (any of these), to find its line; else that line shows its first words.
    starts: tuple[str, ...] = ()
    line: int = 0


@dataclass
class Reading:
    """What :func:`read` makes of a body: its pieces, the targets it dropped, the project images it shows."""

    pieces: list[Piece] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    media: list[str] = field(default_factory=list)  # project paths of the images shown
    owners: list[int] = field(default_factory=list)  # per removal: the piece being read when it was made

    def drop(self, text: str, rule: str) -> None:
        """Report a target refused while reading the next piece (its line is that piece's)."""
        self.removed.append(Removal(0, text, rule))
        self.owners.append(len(self.pieces))


@lru_cache(maxsize=1)
def _parser() -> markdown.Markdown:
    md = markdown.Markdown(extensions=list(EXTENSIONS), extension_configs=EXTENSION_CONFIGS)
    # Raw HTML is text: an article's "<script>" shows as typed. A character reference (&amp;) shows its
    # character, decoded with the rest of the text (_Inline.add), never as markup.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.inlinePatterns.deregister("entity")
    return md


def tree(body: str) -> tuple[etree.Element, list[str], markdown.Markdown]:
    """The element tree Python-Markdown makes of ``body`` (inline formatting done), and its stashed HTML."""
    md = _parser()
    md.reset()
    lines = _bullets_as_items(body.split("\n"))
    for processor in md.preprocessors:
        lines = processor.run(lines)
    root = md.parser.parseDocument(lines).getroot()
    for processor in md.treeprocessors:
        replaced = processor.run(root)
        if replaced is not None:
            root = replaced
    stash = [str(block) for block in md.htmlStash.rawHtmlBlocks]
    return root, stash, md


def _bullets_as_items(lines: list[str]) -> list[str]:
    """ "• item": a bullet copied from a French web page is a list item, except inside a fenced code block."""
    fence = ""
    out = []
    for line in lines:
        opening = _FENCE.match(line)
        if opening and (not fence or opening.group(1).startswith(fence)):
            fence = "" if fence else opening.group(1)
        out.append(line if fence or opening else _BULLET_GLYPH.sub(r"\1- ", line))
    return out


def safe_href(href: str) -> str | None:
    """A link target kept as written when its scheme is ``http``, ``https`` or ``mailto``, or when it is relative.

    Browsers ignore control characters and spaces inside a scheme (``java\\tscript:``): they are
    ignored here too before the scheme is read. Protocol-relative targets (``//host``) are refused.
    """
    bare = _CONTROL.sub("", href)
    if not bare or bare.startswith(("//", "\\\\", "/\\", "\\/")):
        return None
    scheme = _SCHEME.match(bare)
    if scheme and scheme.group(1).lower() not in LINK_SCHEMES:
        return None
    return href.strip()


def media_path(src: str, source_rel: str) -> str | None:
    """The project path of an image ``src`` written in the article at ``source_rel``, or None when not allowed.

    Allowed: a relative path to an image file (:data:`IMAGE_SUFFIXES`) that stays inside the
    project (no ``..`` above its root, no hidden folder, no query).
    """
    bare = _CONTROL.sub("", src)
    if not bare or _SCHEME.match(bare) or bare.startswith(("/", "\\")) or "?" in bare or "#" in bare:
        return None
    path = posixpath.normpath(posixpath.join(posixpath.dirname(source_rel), bare.replace("\\", "/")))
    parts = path.split("/")
    if path.startswith("..") or any(part.startswith(".") for part in parts):
        return None
    return path if path.lower().endswith(IMAGE_SUFFIXES) else None


def media_uri(path: str) -> str:
    """Where a project image is published in the site."""
    return f"{MEDIA_DIR}/{path}"


def image_src(src: str, source_rel: str) -> tuple[str, str] | None:
    """``("https", url)`` or ``("media", project path)`` for an allowed image source, None otherwise."""
    bare = _CONTROL.sub("", src)
    if bare.lower().startswith("https://") and len(bare) > len("https://"):
        return "https", src.strip()
    path = media_path(src, source_rel)
    return ("media", path) if path else None


class _Inline:
    """Plain text and marks of one paragraph (or item, or cell), built while walking its elements."""

    def __init__(self, reading: Reading, source_rel: str) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.marks: list[Mark] = []
        self.reading = reading
        self.source_rel = source_rel

    def add(self, value: str | None) -> None:
        if not value:
            return
        value = _SPACE.sub(" ", html.unescape(value))
        if value.startswith(" ") and (not self.parts or self.parts[-1].endswith(" ")):
            value = value[1:]
        if value:
            self.parts.append(value)
            self.length += len(value)

    def walk(self, element: etree.Element, stop: frozenset[str] = frozenset()) -> None:
        """Add the element's content (not its tail) to the text, marking its formatting."""
        self.add(element.text)
        for child in element:
            if child.tag in stop:
                continue
            self.element(child)
            self.add(child.tail)

    def element(self, child: etree.Element) -> None:
        tag = child.tag
        start = self.length
        if tag == "br":
            self.add(" ")
            self.marks.append((start, start, "br", ""))
            return
        if tag == "img":
            self.image(child)
            return
        if tag == "sup" and (child.get("id") or "").startswith("fnref"):
            link = child.find("a")
            target = link.get("href", "") if link is not None else ""
            number = "".join(child.itertext()).strip()
            self.marks.append((start, start, "fn", f"{child.get('id')}\x00{target}\x00{number}"))
            return
        self.walk(child)
        end = self.length
        if tag == "a":
            target = safe_href(child.get("href") or "")
            if target is None:
                self.drop(f"[{''.join(child.itertext())}]({child.get('href') or ''})", "unsafe-link")
                return
            self.marks.append((start, end, "a", target))
        elif tag in ("em", "strong", "code", "del", "sub", "sup") and end > start:
            self.marks.append((start, end, tag, ""))

    def image(self, child: etree.Element) -> None:
        src = child.get("src") or ""
        alt = child.get("alt") or ""
        found = image_src(src, self.source_rel)
        if found is None:
            self.drop(f"![{alt}]({src})", "unsafe-image")
            return
        if found[0] == "media":
            self.reading.media.append(found[1])
        self.marks.append((self.length, self.length, "img", f"{found[0]}\x00{found[1]}\x00{alt}"))

    def drop(self, text: str, rule: str) -> None:
        self.reading.drop(text, rule)

    def result(self) -> tuple[str, tuple[Mark, ...]]:
        text = "".join(self.parts)
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        limit = len(text)
        marks = []
        for start, end, tag, value in self.marks:
            start, end = min(max(start - lead, 0), limit), min(max(end - lead, 0), limit)
            if end > start or tag in ("br", "img", "fn"):
                marks.append((start, end, tag, value))
        marks.sort(key=lambda m: (m[0], -m[1]))
        return text, tuple(marks)


def read(body: str, source_rel: str = "") -> Reading:
    """The pieces of a Markdown body, in order, and what was dropped (unsafe targets) and shown (project images)."""
    root, stash, md = tree(body)
    reading = Reading()
    for element in root:
        for piece in _pieces(element, stash, md, reading, source_rel):
            reading.pieces.append(piece)
    _find_lines(reading, body)
    # A removal was made while its piece was being read: the piece that came next.
    last = reading.pieces[-1].line if reading.pieces else 1
    reading.removed = [
        Removal(reading.pieces[owner].line if owner < len(reading.pieces) else last, removal.text, removal.rule)
        for removal, owner in zip(reading.removed, reading.owners, strict=True)
    ]
    return reading


def _inline(element: etree.Element, reading: Reading, source_rel: str, stop: frozenset[str] = frozenset()) -> _Inline:
    found = _Inline(reading, source_rel)
    found.walk(element, stop)
    return found


def _pieces(
    element: etree.Element, stash: list[str], md: markdown.Markdown, reading: Reading, source_rel: str
) -> Iterator[Piece]:
    tag = element.tag
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        text = " ".join("".join(element.itertext()).split())
        if text:
            yield Piece("heading", text, level=int(tag[1]))
        return
    if tag == "p":
        placeholder = _PLACEHOLDER.fullmatch((element.text or "").strip()) if len(element) == 0 else None
        if placeholder:  # fenced code: Python-Markdown stashes its HTML
            index = int(placeholder.group(1))
            markup = stash[index] if index < len(stash) else ""
            yield Piece("embed", _text_of_html(markup), html=sanitise(markup), starts=("```", "~~~", "    "))
            return
        figure = _figure(element, reading, source_rel)
        if figure is not None:
            yield figure
            return
        text, marks = _inline(element, reading, source_rel).result()
        if text or any(tag == "img" for _, _, tag, _ in marks):
            signed = _SIGNATURE.match(text)
            kind = "dash" if signed else "text"
            yield Piece(kind, text, (marks,))
        return
    if tag in ("ul", "ol"):
        yield from _list_pieces(element, 0, reading, source_rel)
        return
    if tag == "blockquote":
        yield from _quote_pieces(element, stash, md, reading, source_rel)
        return
    if tag == "hr":
        yield Piece("embed", "", html="<hr>", starts=("---", "***", "___", "- - -", "* * *"))
        return
    if tag in ("pre", "table") or (tag == "div" and element.get("class") == "footnote"):
        _fix_targets(element, reading, source_rel)
        markup = to_html_string(element)
        for processor in md.postprocessors:
            markup = processor.run(markup)
        text = " ".join(" ".join(element.itertext()).split())
        if tag == "div":
            text = _PLACEHOLDERS.sub("", text).replace("\u21a9", "").strip()
        starts = ("[^",) if tag == "div" else ("|",) if tag == "table" else ("```", "~~~", "    ", "\t")
        yield Piece("embed", text, html=sanitise(markup), starts=starts)
        return
    # Anything else Python-Markdown made (none with this extension set): its text, as a paragraph.
    text, marks = _inline(element, reading, source_rel).result()
    if text:
        yield Piece("text", text, (marks,))


def _figure(element: etree.Element, reading: Reading, source_rel: str) -> Piece | None:
    """An image alone in its paragraph: a figure, its title (``![alt](src "title")``) as its caption."""
    if len(element) != 1 or element[0].tag != "img" or (element.text or "").strip() or (element[0].tail or "").strip():
        return None
    image = element[0]
    src, alt, title = image.get("src") or "", image.get("alt") or "", image.get("title") or ""
    found = image_src(src, source_rel)
    if found is None:  # refused: a piece of nothing, which gives the removal its line
        reading.drop(f"![{alt}]({src})", "unsafe-image")
        return Piece("none", starts=("![",))
    if found[0] == "media":
        reading.media.append(found[1])
    caption = " ".join(title.split())
    return Piece("embed", caption, html=figure_html(found, alt, caption))


def image_html(kind: str, src: str, alt: str) -> str:
    """An image :func:`image_src` allowed: a project image's ``src`` is a :func:`~dossier.linking.url`
    placeholder, which the hook resolves for the page that shows it."""
    shown = url(media_uri(src)) if kind == "media" else _attribute_text(src)
    return f'<img src="{shown}" alt="{_attribute_text(alt)}" loading="lazy">'


def _attribute_text(value: str) -> str:
    return html.escape(" ".join(value.replace("\x00", "").split()), quote=True)


def figure_html(found: tuple[str, str], alt: str, caption: str) -> str:
    """A figure: the image and its caption."""
    shown = f"<figcaption>{html.escape(caption, quote=False)}</figcaption>" if caption else ""
    return f'<figure class="dossier-figure">{image_html(*found, alt)}{shown}</figure>'


def _list_pieces(element: etree.Element, depth: int, reading: Reading, source_rel: str) -> Iterator[Piece]:
    ordered = element.tag == "ol"
    for item in element:
        if item.tag != "li":
            continue
        nested = [child for child in item if child.tag in ("ul", "ol")]
        inline = _Inline(reading, source_rel)
        paragraphs = [child for child in item if child.tag == "p"]
        if paragraphs:  # a loose list: its paragraphs make the item's text
            inline.add(item.text)
            for child in item:
                if child.tag == "p":
                    inline.walk(child)
                    inline.add(" ")
                elif child.tag not in ("ul", "ol"):
                    inline.element(child)
        else:
            inline.walk(item, frozenset({"ul", "ol"}))
        text, marks = inline.result()
        if text:
            yield Piece("bullet", text, (marks,), level=depth, ordered=ordered)
        for child in nested:
            yield from _list_pieces(child, depth + 1, reading, source_rel)


def _quote_pieces(
    element: etree.Element, stash: list[str], md: markdown.Markdown, reading: Reading, source_rel: str
) -> Iterator[Piece]:
    """A block quotation: its paragraphs one piece, signed by a last ``— Name, role`` paragraph."""
    paragraphs: list[tuple[str, tuple[Mark, ...]]] = []
    others: list[Piece] = []
    signature = ""
    for child in element:
        if child.tag == "p":
            text, marks = _inline(child, reading, source_rel).result()
            # "— Name, role" on the line right after the quotation, which Markdown reads as part of it.
            lines = "".join(child.itertext()).strip().split("\n")
            last = " ".join(lines[-1].split())
            if len(lines) > 1 and _SIGNATURE.match(last) and text.endswith(last):
                text = text[: len(text) - len(last)].rstrip()
                marks = tuple(m for m in marks if m[1] <= len(text))
                signature = last
            if text:
                paragraphs.append((text, marks))
        else:  # a list or a table inside a quotation: shown after it, as it is
            others.extend(_pieces(child, stash, md, reading, source_rel))
    attribution = signature[1:].strip() if signature else ""
    if paragraphs and not attribution:
        signed = _SIGNATURE.match(paragraphs[-1][0])
        if signed and len(paragraphs) > 1:
            attribution = signed.group(1)
            paragraphs.pop()
    if paragraphs:
        text = "\n".join(text for text, _ in paragraphs)
        marks = tuple(marks for _, marks in paragraphs)
        yield Piece("quote", text, marks, attribution=attribution, starts=(">",))
    yield from others


def _fix_targets(element: etree.Element, reading: Reading, source_rel: str) -> None:
    """In an embed, drop the link and image targets :func:`safe_href` and :func:`image_src` refuse (reported)."""
    for link in element.iter("a"):
        href = link.get("href") or ""
        if href.startswith("#fn") or safe_href(href) is not None:
            continue
        reading.drop(f"[{''.join(link.itertext())}]({href})", "unsafe-link")
        link.attrib.pop("href", None)
    for image in element.iter("img"):
        src = image.get("src") or ""
        found = image_src(src, source_rel)
        if found is None or found[0] == "media":  # project images are published for figures only
            reading.drop(f"![{image.get('alt') or ''}]({src})", "unsafe-image")
            image.attrib.pop("src", None)


def _attribute(tag: str, name: str, value: str) -> str | None:
    if name == "style":
        return value if _STYLE.fullmatch(value) else None
    if name == "class":
        kept = [c for c in value.split() if _CLASS.fullmatch(c)]
        return " ".join(kept) or None
    if name == "href":
        return value if value.startswith("#") or safe_href(value) is not None else None
    if name == "src":
        return value if value.startswith("https://") else None
    return value


def sanitise(markup: str) -> str:
    """An embed's HTML through the allow-list sanitiser: only its tags and attributes, only safe URLs."""
    return nh3.clean(
        markup,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        attribute_filter=_attribute,
        url_schemes=set(LINK_SCHEMES),
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def _text_of_html(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", markup)).split())


def _find_lines(reading: Reading, body: str) -> None:
    """Give each piece the line (from 1, in the body) where its first words are, searching forward."""
    lines = body.split("\n")
    cursor = -1
    for piece in reading.pieces:
        found = re.findall(r"[^\W_]+", piece.text[:200])[:3]
        word = max(found, key=len) if found and not piece.starts else ""
        for index in range(cursor + 1, len(lines)):
            line = lines[index]
            if not line.strip():
                continue
            if piece.starts and (line.startswith(piece.starts) or line.lstrip().startswith(piece.starts)):
                break
            if not piece.starts and word in line:
                break
        else:
            index = cursor if cursor >= 0 else 0
        cursor = index
        piece.line = index + 1


def media_files(
    articles: Iterable[Article], root: Path, pictures: Iterable[Path] = ()
) -> tuple[list[tuple[str, Path]], list[Diagnostic]]:
    """The project images Markdown articles show, as (site path, file), and what to say of the others.

    Checked on every build, not when an article is analysed: adding the image file is enough. An
    image an article shows that is not in the project is a warning (once per article and image); one
    of the articles folder's ``pictures`` (:func:`dossier.sources.discover`) that no article shows is
    not published, and a note says so.
    """
    found: dict[str, Path] = {}
    problems: list[Diagnostic] = []
    for article in articles:
        for path in dict.fromkeys(article.media):
            source = root / path
            if source.is_file():
                found[path] = source
                continue
            problems.append(
                Diagnostic(
                    Level.WARNING,
                    article.source_file,
                    f"the image {quoted(path, 80)} is not in the project: add the file or correct the path "
                    "(relative to the article's folder)",
                )
            )
    for picture in pictures:
        rel = picture.relative_to(root).as_posix()
        if rel not in found:
            problems.append(Diagnostic(Level.INFO, rel, "no article shows this picture: it is not published"))
    return sorted((media_uri(path), source) for path, source in found.items()), problems
