"""Pictures drawn at build time: inline SVG, no script, no request, the site's colours.

Each picture is a ``<figure class="dossier-chart">`` holding an ``<svg
role="img">`` with a ``<title>`` and a short ``<desc>``, a legend and a
caption written as HTML (readable at any width), and the picture's links.

An ``<svg role="img">`` is one image to assistive technology: a link inside
it would be hidden from screen readers (axe: ``nested-interactive``). So the
links are HTML ``<a>`` elements laid over the picture (:class:`Hit`), placed
in percentages of its box: they follow the picture at every width, take the
keyboard focus in reading order and carry their own accessible name.

Colours are never written here: every mark has a class that
``docs/stylesheets/dossier.css`` colours with Material's variables, so the
pictures follow the light and dark palettes.

Sizes are in user units of the ``viewBox``; the picture is drawn at 100 % of
its column up to its own width (CSS), so text keeps the size of small print
on a desktop and stays readable on a 390 px phone. Every piece of text is
escaped here; link targets (``href``) come from :func:`dossier.linking.url`.

The module knows nothing of articles or MkDocs: callers give it numbers,
labels and links (plain, typed, pure functions).
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .escape import french_spacing

FONT = 13  # user units; the pictures are drawn at most 1:1 (see dossier.css)
CHAR = 0.58  # average advance of a character, in font sizes (system sans-serif, digits and French text)
LINE = 18  # a line of text
# The smallest side of a link's box: 24 CSS px (WCAG 2.5.8, Lighthouse's target-size) in a 358 px column.
TARGET = 32.0


_BREAKS = re.compile(r"[ \t\r\n\f\v\u2028\u2029\x85]+")


def esc(value: str) -> str:
    """Untrusted text as SVG/HTML content or a double-quoted attribute value (one line, no NUL).

    No-break spaces stay: « 14,3 milliards $ », « 75 % »; the spaces French typography binds are bound
    (:func:`dossier.escape.french_spacing`), in a label, a tooltip or a caption alike.
    """
    return html.escape(french_spacing(_BREAKS.sub(" ", value.replace("\x00", "")).strip()), quote=True)


def num(value: float) -> str:
    """A coordinate, short: at most one decimal."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def text_width(value: str, size: float = FONT) -> float:
    """The estimated width of a line of text (user units)."""
    return len(value) * size * CHAR


def clip(value: str, width: float, size: float = FONT) -> str:
    """The text cut with « … » to fit ``width`` (whitespace collapsed)."""
    value = " ".join(value.split())
    fits = max(1, int(width / (size * CHAR)))
    return value if len(value) <= fits else value[: fits - 1].rstrip() + "…"


def french_number(value: float) -> str:
    """12345.5 -> "12 345,5" (narrow no-break space between thousands, decimal comma, at most one decimal)."""
    rounded = round(value, 1)
    digits = f"{int(rounded):,}" if rounded == int(rounded) else f"{rounded:,.1f}"
    return digits.replace(",", "\u202f").replace(".", ",")


@dataclass(frozen=True)
class Hit:
    """A link laid over a part of the picture: its box (user units), target and accessible name."""

    x: float
    y: float
    width: float
    height: float
    href: str  # a dossier.linking.url placeholder (trusted)
    label: str  # plain text: the link's name and tooltip


@dataclass(frozen=True)
class Key:
    """A legend entry: the mark's class (a swatch drawn by CSS) and its label."""

    mark: str
    label: str


@dataclass
class Picture:
    """A picture being drawn: SVG elements, links over it, legend and caption."""

    kind: str  # dossier-chart--<kind>
    uid: str  # unique in the page: ids of the title and description
    width: float
    height: float
    title: str
    desc: str
    caption: str = ""
    body: list[str] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    keys: list[Key] = field(default_factory=list)

    def text(self, x: float, y: float, value: str, cls: str = "", anchor: str = "start") -> None:
        attrs = f' class="{cls}"' if cls else ""
        if anchor != "start":
            attrs += f' text-anchor="{anchor}"'
        self.body.append(f'<text x="{num(x)}" y="{num(y)}"{attrs}>{esc(value)}</text>')

    def rect(self, x: float, y: float, w: float, h: float, cls: str) -> None:
        self.body.append(
            f'<rect class="{cls}" x="{num(x)}" y="{num(y)}" width="{num(max(w, 0))}" height="{num(max(h, 0))}"/>'
        )

    def line(self, x1: float, y1: float, x2: float, y2: float, cls: str) -> None:
        self.body.append(f'<line class="{cls}" x1="{num(x1)}" y1="{num(y1)}" x2="{num(x2)}" y2="{num(y2)}"/>')

    def html(self) -> str:
        """The figure: picture, links over it, legend, caption (one line: safe inside a Markdown page)."""
        w, h = self.width, self.height
        svg = (
            f'<svg class="dossier-chart__svg" viewBox="0 0 {num(w)} {num(h)}" role="img" '
            f'aria-labelledby="{self.uid}-title" aria-describedby="{self.uid}-desc" focusable="false">'
            f'<title id="{self.uid}-title">{esc(self.title)}</title><desc id="{self.uid}-desc">{esc(self.desc)}</desc>'
            + "".join(self.body)
            + "</svg>"
        )
        links = "".join(
            f'<a class="dossier-chart__hit" href="{hit.href}" title="{esc(hit.label)}" style="left:{_pct(hit.x, w)};'
            f'top:{_pct(hit.y, h)};width:{_pct(hit.width, w)};height:{_pct(hit.height, h)}">'
            f'<span class="dossier-chart__name">{esc(hit.label)}</span></a>'
            for hit in self.hits
        )
        keys = "".join(
            f'<span class="dossier-chart__key"><span class="dossier-chart__swatch {k.mark}" aria-hidden="true">'
            f"</span>{esc(k.label)}</span>"
            for k in self.keys
        )
        legend = f'<span class="dossier-chart__legend">{keys}</span>' if keys else ""
        caption = f"<figcaption>{legend}{esc(self.caption)}</figcaption>" if legend or self.caption else ""
        return (
            f'<figure class="dossier-chart dossier-chart--{self.kind}" data-search-exclude>'
            f'<div class="dossier-chart__canvas">{svg}{links}</div>{caption}</figure>'
        )


def _pct(value: float, whole: float) -> str:
    return f"{max(0.0, min(100.0, 100 * value / whole)):.2f}%"


# ----------------------------------------------------------------------------
# Scales
# ----------------------------------------------------------------------------

LOG_SPAN = 100.0  # largest / smallest value from which bars use a logarithmic scale


@dataclass(frozen=True)
class Scale:
    """Values to a fraction of the bars' length: linear from 0, or logarithmic over whole decades."""

    low: float
    high: float
    log: bool

    def __call__(self, value: float) -> float:
        if self.log:
            if value <= 0:
                return 0.0
            a, b = math.log10(self.low), math.log10(self.high)
            return max(0.0, min(1.0, (math.log10(value) - a) / (b - a)))
        return max(0.0, min(1.0, value / self.high)) if self.high > 0 else 0.0

    def ticks(self) -> list[float]:
        """Powers of ten (log) or round steps from 0 (linear), at most about six."""
        if self.log:
            first, last = round(math.log10(self.low)), round(math.log10(self.high))
            step = max(1, math.ceil((last - first) / 6))
            return [10.0**e for e in range(first, last + 1, step)]
        if self.high <= 0:
            return [0.0]
        return [i * self.step for i in range(int(self.high / self.step + 1e-9) + 1)]

    @property
    def step(self) -> float:
        raw = self.high / 4
        power = 10 ** math.floor(math.log10(raw))
        return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw - 1e-12)


def scale_for(values: Sequence[float]) -> Scale:
    """Logarithmic when the positive values span :data:`LOG_SPAN` or more, else linear from 0 to a round top."""
    positive = [v for v in values if v > 0]
    if not positive:
        return Scale(0.0, 1.0, False)
    low, high = min(positive), max(positive)
    if high / low >= LOG_SPAN and len(positive) == len(values):
        return Scale(10.0 ** math.floor(math.log10(low)), 10.0 ** math.ceil(math.log10(high) + 1e-12), True)
    linear = Scale(0.0, high, False)
    step = linear.step
    return Scale(0.0, math.ceil(high / step - 1e-9) * step, False)


# ----------------------------------------------------------------------------
# Bars: key figures
# ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    value: float
    label: str  # the value as written, e.g. « 14,3 milliards $ »
    note: str = ""  # muted, after the label: who, how many times


BARS_WIDTH = 440


def bars(
    uid: str,
    title: str,
    rows: Sequence[Bar],
    tick_label: Callable[[float], str],
    caption: str = "",
) -> str:
    """Horizontal bars on one scale, each labelled above its bar; the scale's ticks below.

    A logarithmic scale says so in the picture and in its description.
    """
    scale = scale_for([r.value for r in rows])
    width = BARS_WIDTH
    left, right = 4.0, width - 12.0
    length = right - left
    row = LINE + 16
    top = 4.0
    pic = Picture("bars", uid, width, 0, title, "")
    ticks = scale.ticks()
    bottom = top + row * len(rows)
    for tick in ticks:
        x = left + length * scale(tick)
        pic.line(x, top, x, bottom, "dossier-chart__grid")
    for i, r in enumerate(rows):
        y = top + i * row
        label = clip(r.label, length)
        note = clip(r.note, length - text_width(label) - 8) if r.note and text_width(label) + 40 < length else ""
        tail = f'<tspan class="dossier-chart__muted" dx="6">{esc(note)}</tspan>' if note else ""
        pic.body.append(f'<text x="{num(left)}" y="{num(y + FONT)}">{esc(label)}{tail}</text>')
        pic.rect(left, y + LINE, max(1.5, length * scale(r.value)), 9, "dossier-chart__bar")
    pic.line(left, bottom, right, bottom, "dossier-chart__axis")
    for x, value, anchor in _spaced([(left + length * scale(t), tick_label(t)) for t in ticks], width):
        pic.text(x, bottom + LINE, value, "dossier-chart__muted", anchor)
    height = bottom + LINE + 6
    if scale.log:
        pic.text(width, height + FONT - 2, "échelle logarithmique", "dossier-chart__muted", "end")
        height += LINE
    pic.height = height
    how = "sur une échelle logarithmique (chaque graduation vaut dix fois la précédente)" if scale.log else ""
    pic.desc = f"{len(rows)} barres, de la plus grande à la plus petite{', ' + how if how else ''}."
    pic.caption = caption + (" Échelle logarithmique : chaque graduation vaut dix fois la précédente." if how else "")
    return pic.html()


def _extent(x: float, value: str, width: float) -> tuple[float, float, str]:
    """Where a tick label centred on ``x`` lies (start, end), and its anchor: pushed inside at the picture's ends."""
    half = text_width(value) / 2
    if x - half < 0:
        return x, x + 2 * half, "start"
    if x + half > width:
        return x - 2 * half, x, "end"
    return x - half, x + half, "middle"


def _spaced(ticks: list[tuple[float, str]], width: float) -> list[tuple[float, str, str]]:
    """Tick labels that do not run into each other (every other one dropped until they fit), with their anchor."""
    for step in range(1, len(ticks) + 1):
        kept = [(x, value, *_extent(x, value, width)) for x, value in ticks[::step]]
        if all(kept[i + 1][2] - kept[i][3] >= 6 for i in range(len(kept) - 1)):
            return [(x, value, anchor) for x, value, _, _, anchor in kept]
    return []


# ----------------------------------------------------------------------------
# Timeline: the chronology
# ----------------------------------------------------------------------------

LANES = {
    "publication": "Publication d’un article",
    "past": "Date citée",
    "announced": "Date annoncée (à venir)",
}


@dataclass(frozen=True)
class Moment:
    """A point in time: a fractional year (2025.5 is mid-2025), its lane, and where it links."""

    when: float
    lane: str  # publication | past | announced
    label: str
    href: str
    count: int = 1  # more than one: a group of dates (radius by count)


TIMELINE_WIDTH = 440
_RADIUS = 5.0


def timeline(uid: str, moments: Sequence[Moment], caption: str = "") -> str:
    """Lanes on one time axis: publications, dates cited, dates announced; each point a link.

    Points at the same place in a lane are stacked upward; groups (``count`` > 1)
    are discs whose area follows the count.
    """
    width = TIMELINE_WIDTH
    pad = 14.0
    lanes = [lane for lane in LANES if any(m.lane == lane for m in moments)]
    first = math.floor(min((m.when for m in moments), default=2025))
    last = math.floor(max((m.when for m in moments), default=2025)) + 1
    span = last - first

    def x_of(when: float) -> float:
        return pad + (width - 2 * pad) * (when - first) / span

    biggest = max((m.count for m in moments), default=1)
    grouped = biggest > 1
    per_year = (width - 2 * pad) / span
    top_radius = min(14.0, max(_RADIUS, per_year / 4)) if grouped else _RADIUS

    def radius(m: Moment) -> float:
        return top_radius * math.sqrt(m.count / biggest) if grouped else _RADIUS

    pic = Picture("timeline", uid, width, 0, "", "")
    y = 6.0
    placed: list[tuple[Moment, float, float, float]] = []
    for lane in lanes:
        pic.text(0, y + FONT, LANES[lane], "dossier-chart__muted")
        y += LINE + 4
        levels: list[list[tuple[float, float]]] = []  # per level: (x, r) of the points on it
        points = sorted((m for m in moments if m.lane == lane), key=lambda m: m.when)
        spots = []
        for m in points:
            x, r = x_of(m.when), max(radius(m), 2.5)
            level = next(
                (i for i, row in enumerate(levels) if all(abs(x - px) >= TARGET for px, _ in row)), len(levels)
            )
            if level == len(levels):
                levels.append([])
            levels[level].append((x, r))
            spots.append((m, x, r, level))
        step = TARGET  # points (and their links) a target apart
        height = step * max(1, len(levels))
        base = y + height - step / 2
        pic.line(pad, base, width - pad, base, "dossier-chart__grid")
        for m, x, r, level in spots:
            placed.append((m, x, base - level * step, r))
        y += height + 8
    axis = y
    pic.line(pad, axis, width - pad, axis, "dossier-chart__axis")
    every = next(k for k in (1, 2, 5, 10, 20, 50) if per_year * k >= text_width("2025") + 12)
    for year in range(first, last + 1):
        x = x_of(year)
        pic.line(x, 6 + LINE, x, axis + 4, "dossier-chart__grid")
        if year < last and (year - first) % every == 0:
            pic.text(x_of(year + 0.5) if every == 1 else x, axis + LINE, str(year), "", "middle")
    for m, x, cy, r in placed:
        pic.body.append(_mark(m.lane, x, cy, r))
        box = TARGET
        pic.hits.append(Hit(x - box / 2, cy - box / 2, box, box, m.href, m.label))
    pic.height = axis + LINE + 6
    pic.title = "Frise chronologique des dates citées"
    counts = {lane: sum(m.count for m in moments if m.lane == lane) for lane in lanes}
    parts = {
        "publication": f"{counts.get('publication', 0)} publications",
        "past": f"{counts.get('past', 0)} dates citées",
        "announced": f"{counts.get('announced', 0)} dates annoncées",
    }
    pic.desc = f"De {first} à {last - 1} : " + ", ".join(parts[lane] for lane in lanes) + "."
    pic.keys = [Key(f"dossier-chart__swatch--{lane}", LANES[lane]) for lane in lanes]
    pic.caption = caption
    return pic.html()


def _mark(lane: str, x: float, y: float, r: float) -> str:
    cls = f"dossier-chart__mark dossier-chart__mark--{lane}"
    if lane == "publication":  # a square
        return f'<rect class="{cls}" x="{num(x - r)}" y="{num(y - r)}" width="{num(2 * r)}" height="{num(2 * r)}"/>'
    if lane == "announced":  # a hollow diamond
        d = r * 1.25
        points = f"{num(x)},{num(y - d)} {num(x + d)},{num(y)} {num(x)},{num(y + d)} {num(x - d)},{num(y)}"
        return f'<polygon class="{cls}" points="{points}"/>'
    return f'<circle class="{cls}" cx="{num(x)}" cy="{num(y)}" r="{num(r)}"/>'


# ----------------------------------------------------------------------------
# Shares: themes per article or per period
# ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Share:
    """One row of a 100 % bar: its label, each series' count, and where the label links (optional)."""

    label: str
    counts: tuple[int, ...]
    href: str = ""


SHARES_WIDTH = 440


def shares(uid: str, title: str, series: Sequence[str], rows: Sequence[Share], caption: str = "") -> str:
    """One bar per row split by series (100 %), the share written in segments wide enough to hold it.

    Series are coloured ``dossier-chart__series--1`` to ``--4`` (then again).
    """
    width = SHARES_WIDTH
    row = LINE + 20
    pic = Picture("shares", uid, width, 0, title, "")
    y = 4.0
    for r in rows:
        total = sum(r.counts)
        label = clip(r.label, width - 70)
        count = f"{total}\u00a0passage{'s' if total > 1 else ''}"
        pic.body.append(
            f'<text x="0" y="{num(y + FONT)}">{esc(label)}'
            f'<tspan class="dossier-chart__muted" dx="6">{esc(count)}</tspan></text>'
        )
        if r.href:
            pic.hits.append(Hit(0, y, max(TARGET, min(width, text_width(label) + 4)), TARGET, r.href, r.label))
        x = 0.0
        for i, n in enumerate(r.counts):
            if not n or not total:
                continue
            w = width * n / total
            pic.rect(x, y + LINE, w, 14, f"dossier-chart__series dossier-chart__series--{i % 4 + 1}")
            share = f"{round(100 * n / total)}\u00a0%"
            if w >= text_width(share, 11) + 6:
                pic.body.append(
                    f'<text class="dossier-chart__inside" x="{num(x + w / 2)}" y="{num(y + LINE + 11)}" '
                    f'text-anchor="middle">{esc(share)}</text>'
                )
            x += w
        y += row
    pic.height = y
    pic.desc = f"{len(rows)} barres : la part de chaque thème dans les passages ({', '.join(series)})."
    pic.keys = [Key(f"dossier-chart__swatch--series-{i % 4 + 1}", name) for i, name in enumerate(series)]
    pic.caption = caption
    return pic.html()


# ----------------------------------------------------------------------------
# Co-citation: who is named with whom
# ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Node:
    name: str
    href: str


MATRIX_NAMES = 150.0


def cocitation_matrix(
    uid: str, nodes: Sequence[Node], together: Sequence[Sequence[int]], caption: str = "", total: int = 0
) -> str:
    """A triangle of cells: row i, column j (j < i) shaded and numbered by the articles naming both.

    Rows are named (links to the actors' pages) and numbered; columns carry the numbers.
    """
    count = len(nodes)
    biggest = max((together[i][j] for i in range(count) for j in range(i)), default=0)
    digits = max(2, len(str(biggest)))
    cell = max(TARGET, text_width("0" * digits) + 8)
    names = MATRIX_NAMES
    width = names + cell * max(1, count - 1) + 2
    pic = Picture("matrix", uid, width, 0, "", "")
    top = LINE + 4
    for j in range(count - 1):
        pic.text(names + j * cell + cell / 2, LINE - 2, str(j + 1), "dossier-chart__muted", "middle")
    for i, node in enumerate(nodes):
        y = top + i * cell
        label = clip(f"{i + 1}. {node.name}", names - 8)
        pic.text(names - 6, y + cell / 2 + FONT / 2 - 2, label, "", "end")
        pic.hits.append(
            Hit(
                max(0, names - 8 - text_width(label)), y, max(TARGET, text_width(label) + 4), cell, node.href, node.name
            )
        )
        for j in range(i):
            n = together[i][j]
            x = names + j * cell
            level = 0 if not n or not biggest else 1 + min(4, int(4 * n / biggest))
            pic.rect(x + 1, y + 1, cell - 2, cell - 2, f"dossier-chart__cell dossier-chart__cell--{level}")
            if n:
                cls = "dossier-chart__inside" if level >= 3 else ""
                pic.text(x + cell / 2, y + cell / 2 + FONT / 2 - 2, str(n), cls, "middle")
    pic.height = top + count * cell + 4
    pic.title = "Qui est cité avec qui"
    shown = f"les {count} acteurs les plus cités" + (f" sur {total}" if total > count else "")
    pic.desc = (
        f"Tableau croisé de {shown} : chaque case donne le nombre d’articles qui citent les deux acteurs "
        "de sa ligne et de sa colonne ; plus elle est foncée, plus ils sont nombreux."
    )
    pic.caption = caption
    return pic.html()


EGO_WIDTH = 440


def cocitation_fan(uid: str, center: str, others: Sequence[tuple[Node, int]], caption: str = "") -> str:
    """The actor on the left, the actors named with it on the right; lines as thick as the articles in common."""
    width = EGO_WIDTH
    row = TARGET
    names_x = 250.0
    height = max(row * len(others), 2 * LINE) + 8
    pic = Picture("fan", uid, width, height, f"Acteurs cités avec {center}", "")
    cy = height / 2
    biggest = max((n for _, n in others), default=1)
    box = 130.0
    for i, (node, n) in enumerate(others):
        y = 4 + row * i + row / 2
        stroke = 1.5 + 7 * n / biggest
        pic.body.append(
            f'<path class="dossier-chart__link" stroke-width="{num(stroke)}" '
            f'd="M{num(box)} {num(cy)} C{num(box + 60)} {num(cy)} {num(names_x - 90)} {num(y)} '
            f'{num(names_x - 40)} {num(y)}"/>'
        )
        pic.text(names_x - 8, y + FONT / 2 - 2, str(n), "dossier-chart__muted", "end")
        label = clip(node.name, width - names_x)
        pic.text(names_x, y + FONT / 2 - 2, label)
        pic.hits.append(Hit(names_x - 2, y - row / 2, max(TARGET, text_width(label) + 4), row, node.href, node.name))
    pic.rect(0, cy - 15, box, 30, "dossier-chart__node")
    pic.text(box / 2, cy + FONT / 2 - 2, clip(center, box - 10), "dossier-chart__inside", "middle")
    names = ", ".join(f"{node.name} ({n})" for node, n in others)
    pic.desc = f"Nombre d’articles qui citent {center} avec : {names}."
    pic.caption = caption
    return pic.html()
