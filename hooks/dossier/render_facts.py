"""Key figures (``chiffres/``) and the chronology (``chronologie/``).

Key figures are one sortable table (Tablesort, served with the site): the
value as written, the value normalised (its ``data-sort`` is the number, so
"14,3 milliards de dollars" sorts after "100 millions de dollars"), the kind,
the actor, the sentence and a link to the paragraph. Past
:data:`FIGURES_PER_PAGE` figures the index keeps a summary and each kind gets
its own pages (largest first).

The chronology lists the dated mentions of the articles and their
publication dates, in date order, by year; past :data:`EVENTS_PER_PAGE`
events each year gets its own pages.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from . import charts
from .facts import Facts, Located
from .figures import KINDS, Figure
from .fragments import Deferred, Skeleton, text
from .linking import ACTORS_DIR, url
from .model import Article
from .pieces import Pieces
from .render import breadcrumbs, date_parts, french_date, front_matter, pager
from .timeline import DateMention

FIGURES_PER_PAGE = 300
EVENTS_PER_PAGE = 300
TOP_PER_KIND = 10  # on the summary of a large corpus
BARS_SHOWN = 12  # distinct values per kind in the key figures' pictures
TIMELINE_POINTS = 80  # events drawn one by one on the chronology's picture; past that, grouped by period

KIND_TITLES = {
    "money": "Montants",
    "count": "Effectifs et volumes",
    "power": "Puissance et énergie",
    "share": "Parts et pourcentages",
    "tokens": "Fenêtres de contexte",
    "other": "Autres grandeurs",
}
KIND_LABELS = {
    "money": "montant",
    "count": "nombre",
    "power": "puissance",
    "share": "part",
    "tokens": "jetons",
    "other": "autre",
}
UNIT_LABELS = {
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "%": "%",
    "W": "W",
    "Wh": "Wh",
    "tokens": "jetons",
    "users": "utilisateurs",
    "subscribers": "abonnés",
    "downloads": "téléchargements",
    "GPU": "GPU",
    "chips": "puces",
    "parameters": "paramètres",
    "employees": "employés",
    "researchers": "chercheurs",
    "engineers": "ingénieurs",
    "developers": "développeurs",
    "customers": "clients",
    "people": "personnes",
    "companies": "entreprises",
    "models": "modèles",
    "countries": "pays",
    "requests": "requêtes",
    "servers": "serveurs",
    "visitors": "visiteurs",
    "members": "membres",
    "jobs": "emplois",
    "times": "fois",
    "×": "×",
}
_SCALES = ((1e12, "billion", "billions"), (1e9, "milliard", "milliards"), (1e6, "million", "millions"))
_POWER = ((1e12, "TW"), (1e9, "GW"), (1e6, "MW"), (1e3, "kW"), (1.0, "W"))


def french_number(value: float, decimals: int = 1) -> str:
    """1234567.5 -> "1 234 567,5" (narrow no-break spaces between thousands, decimal comma)."""
    rounded = round(value, decimals)
    digits = f"{int(rounded):,}" if rounded == int(rounded) else f"{rounded:,.{decimals}f}".rstrip("0")
    return digits.replace(",", "\u202f").replace(".", ",")


def normalised(figure: Figure) -> str:
    """The value in a comparable form: "14,3 milliards $", "5 GW", "8 %", "128 000 jetons"."""
    unit = figure.unit
    value = figure.value
    if unit in ("W", "Wh"):
        for size, name in _POWER:
            if abs(value) >= size or size == 1.0:
                return f"{french_number(value / size, 2)}\u00a0{name}{'h' if unit == 'Wh' else ''}"
    label = UNIT_LABELS.get(unit, unit)
    if unit == "%":
        return f"{french_number(value, 2)}\u00a0%"
    if unit == "×":
        return f"×\u00a0{french_number(value, 2)}"
    for size, one, many in _SCALES:
        if abs(value) >= size:
            scaled = value / size
            return f"{french_number(scaled, 2)}\u00a0{one if scaled < 2 else many}" + (f" {label}" if label else "")
    return french_number(value, 2) + (f"\u00a0{label}" if label else "")


def sort_value(figure: Figure) -> str:
    """The number Tablesort compares (plain digits, no exponent)."""
    return f"{figure.value:.6f}".rstrip("0").rstrip(".")


def _highlight(sentence: str, raw: str) -> str:
    """The sentence as HTML, the figure (or date) as written in bold."""
    at = sentence.find(raw)
    if at < 0:
        return text(sentence)
    return f"{text(sentence[:at])}<strong>{text(raw)}</strong>{text(sentence[at + len(raw) :])}"


@dataclass(frozen=True)
class FactPage:
    src: str
    page: Skeleton


def _figure_rows(
    rows: Sequence[tuple[str, Located]],
    articles: Mapping[str, Article],
    actor_slugs: Mapping[str, str],
    parts: Pieces | None = None,
) -> str:
    out = [
        '<table class="dossier-sortable dossier-figures">',
        "<thead><tr>"
        '<th scope="col" data-sort-method="number">Valeur</th>'
        '<th scope="col">Tel qu’écrit</th>'
        '<th scope="col">Nature</th>'
        '<th scope="col">Acteur</th>'
        '<th scope="col" data-sort-method="none">Phrase</th>'
        '<th scope="col">Article</th>'
        "</tr></thead><tbody>",
    ]
    for article_id, located in rows:
        figure = located.item
        article = articles.get(article_id)
        if not isinstance(figure, Figure) or article is None:
            continue
        slug = actor_slugs.get(figure.actor) if figure.actor else None
        if parts is None:
            out.append(_figure_row(located, figure, article, slug))
        else:
            row = functools.partial(_figure_row, located, figure, article, slug)
            out.append(parts.get(located, (article.slug, article.title, slug), row))
    out.append("</tbody></table>")
    return "".join(out)


def _figure_row(located: Located, figure: Figure, article: Article, actor_slug: str | None) -> str:
    actor = "—"
    if figure.actor:
        name = text(figure.actor)
        actor = f'<a href="{url(f"{ACTORS_DIR}/{actor_slug}.md")}">{name}</a>' if actor_slug else name
    approx = f"{text(figure.approx)} " if figure.approx else ""
    link = url(f"articles/{article.slug}.md", located.anchor)
    return (
        f'<tr><td data-sort="{sort_value(figure)}">{approx}{text(normalised(figure))}</td>'
        f"<td>{text(figure.raw)}</td>"
        f"<td>{KIND_LABELS.get(figure.kind, figure.kind)}</td>"
        f"<td>{actor}</td>"
        f"<td>{_highlight(figure.sentence, figure.raw)}</td>"
        f'<td><a href="{link}">{text(article.title)}</a></td></tr>'
    )


def figure_chart(kind: str, rows: Sequence[tuple[str, Located]]) -> str:
    """Bars of one kind's largest distinct values, on one scale, each labelled as the table writes it.

    A value cited several times (the same fact in several articles) has one bar and says how many times.
    """
    seen: dict[tuple[float, str, str], list[Figure]] = {}  # the same value, unit and approximation: one bar
    for _, located in rows:
        figure = located.item
        if isinstance(figure, Figure):
            seen.setdefault((figure.value, figure.unit, figure.approx), []).append(figure)
    ranked = sorted(seen.items(), key=lambda item: (-item[0][0], item[0][1], item[0][2]))
    if len(ranked) < 2:
        return ""  # nothing to compare: the table says it
    bars = []
    for (_, _, approx), same in ranked[:BARS_SHOWN]:
        label = normalised(same[0])
        actors = sorted({f.actor for f in same if f.actor})
        note = [", ".join(actors)] if actors else []
        if len(same) > 1:
            note.append(f"cité {len(same)}\u00a0fois")
        bars.append(charts.Bar(same[0].value, f"{approx} {label}" if approx else label, " · ".join(note)))
    units = {fig.unit for _, figs in ranked[:BARS_SHOWN] for fig in figs}
    unit = units.pop() if len(units) == 1 else ""
    shown = len(bars)
    caption = (
        f"Les {shown} plus grandes valeurs sur {len(ranked)}, de la plus grande à la plus petite."
        if len(ranked) > shown
        else f"{shown} valeurs, de la plus grande à la plus petite."
    )
    if any(len(same) > 1 for _, same in ranked[:BARS_SHOWN]):
        caption += " Une valeur citée plusieurs fois n’a qu’une barre."
    title = f"{KIND_TITLES.get(kind, kind)}\u00a0: les valeurs comparées"
    return charts.bars(f"chart-{kind}", title, bars, functools.partial(tick_label, unit), caption)


_COMPACT = ((1e9, "\u00a0Md"), (1e6, "\u00a0M"), (1e3, "\u00a0k"))


def tick_label(unit: str, value: float) -> str:
    """A scale's graduation, short: "10 M$", "1 Md $", "5 GW", "50 %", "100 k"."""
    if unit in ("W", "Wh"):
        for size, name in _POWER:
            if abs(value) >= size or size == 1.0:
                return f"{french_number(value / size, 1)}\u00a0{name}{'h' if unit == 'Wh' else ''}"
    symbol = {"USD": "$", "EUR": "€", "GBP": "£", "%": "%", "×": "×"}.get(unit, "")
    if unit == "%":
        return f"{french_number(value, 1)}\u00a0%"
    if unit == "×":
        return f"×{french_number(value, 1)}"
    for size, suffix in _COMPACT:
        if abs(value) >= size:
            return f"{french_number(value / size, 1)}{suffix}" + (f"\u00a0{symbol}" if symbol else "")
    return french_number(value, 1) + (f"\u00a0{symbol}" if symbol else "")


def _named(rows: Sequence[tuple[str, Located]], actor_slugs: Mapping[str, str]) -> dict[str, str | None]:
    """The actors a table's rows name, with their page's slug (None: no page): all of the actors it depends on.

    A listing page compared on every actor's slug would be written again whenever
    an edit adds an actor page anywhere in the corpus.
    """
    names = {row[1].item.actor for row in rows if isinstance(row[1].item, Figure) and row[1].item.actor}
    return {name: actor_slugs.get(name) for name in sorted(names)}


def figures_src(kind: str, number: int = 1) -> str:
    return f"chiffres/{kind}.md" if number == 1 else f"chiffres/{kind}/{number}.md"


def figure_pages(
    facts: Facts, articles: Mapping[str, Article], titles: object = None, parts: Pieces | None = None
) -> list[FactPage]:
    """``chiffres/``: every figure in one sortable table, or a summary and pages per kind for a large corpus.

    The listing pages' tables say what they are made from: the figures and ``titles`` (what they show of
    the articles, see :func:`render.article_titles`; None: the tables are written on every build).
    ``parts`` gives the table rows (:mod:`dossier.pieces`).
    """
    actor_slugs = facts.actor_slugs()
    figures = [(a, loc) for a, loc in facts.figures if isinstance(loc.item, Figure) and a in articles]
    by_kind: dict[str, list[tuple[str, Located]]] = {}
    for row in figures:
        by_kind.setdefault(row[1].item.kind, []).append(row)  # type: ignore[union-attr]
    index = Skeleton()
    index.md(
        front_matter("Chiffres clés", "Montants, volumes, puissances et parts cités dans les articles, comparables."),
    )
    index.html(breadcrumbs(("Accueil", "index.md")), indexed=False)
    index.md(
        "# Chiffres clés",
        "",
        f"{len(figures)} chiffres relevés dans les articles, chacun avec sa phrase et un lien vers son paragraphe. "
        "La colonne «\u00a0Valeur\u00a0» ramène chaque chiffre à une unité commune "
        "(dollars, watts, pourcentage, jetons…)\u00a0: "
        "cliquez sur un en-tête de colonne pour trier par valeur, par nature ou par acteur. L’acteur n’est indiqué "
        "que lorsque la phrase le désigne sans ambiguïté.",
        "",
    )
    summary = [
        f"[{KIND_TITLES[k]}](#{k})\u00a0({len(by_kind[k])})"
        if len(figures) <= FIGURES_PER_PAGE
        else f"[{KIND_TITLES[k]}]({k}.md)\u00a0({len(by_kind[k])})"
        for k in KINDS
        if k in by_kind
    ]
    if summary:
        index.md(" · ".join(summary), "{: .dossier-fact }", "")
    pages: list[FactPage] = []
    if len(figures) <= FIGURES_PER_PAGE:
        for kind in KINDS:
            if kind in by_kind:
                index.md(f"## {KIND_TITLES[kind]} {{: #{kind} }}", "")
                index.html(figure_chart(kind, by_kind[kind]), indexed=False)
                index.html(_figure_rows(by_kind[kind], articles, actor_slugs, parts))
        if not figures:
            index.md("Aucun chiffre n’a été relevé dans les articles.", "")
        return [FactPage("chiffres/index.md", index), *pages]
    for kind in KINDS:
        rows = sorted(by_kind.get(kind, []), key=lambda r: -r[1].item.value)  # type: ignore[union-attr]
        if not rows:
            continue
        index.md(f"## {KIND_TITLES[kind]} {{: #{kind} }}", "")
        index.html(figure_chart(kind, rows), indexed=False)
        index.md("", f"Les {TOP_PER_KIND} plus grands sur {len(rows)} :", "")
        index.html(_figure_rows(rows[:TOP_PER_KIND], articles, actor_slugs, parts))
        index.md("", f"[Tous les chiffres\u00a0: {KIND_TITLES[kind].lower()}]({kind}.md)", "")
        chunks = [rows[i : i + FIGURES_PER_PAGE] for i in range(0, len(rows), FIGURES_PER_PAGE)]
        for number, chunk in enumerate(chunks, 1):
            pages.append(
                _listing_page(
                    (figures_src(kind, number), lambda n, k=kind: figures_src(k, n), number, len(chunks)),
                    KIND_TITLES[kind],
                    f"{len(rows)} chiffres des articles\u00a0: {KIND_TITLES[kind].lower()}.",
                    ("Chiffres clés", "chiffres/index.md"),
                    "Du plus grand au plus petit ; cliquez sur un en-tête de colonne pour trier autrement.",
                    Deferred(
                        functools.partial(_figure_rows, chunk, articles, actor_slugs, parts),
                        (chunk, titles, _named(chunk, actor_slugs)),
                    ),
                )
            )
    return [FactPage("chiffres/index.md", index), *pages]


def _listing_page(
    where: tuple[str, Callable[[int], str], int, int],
    title: str,
    description: str,
    section: tuple[str, str],
    intro: str,
    listing: Callable[[], str],
) -> FactPage:
    """Page ``number`` of ``count`` of a listing too long for one page (left out of the search index).

    ``where`` is (this page's source path, the source path of page n, number,
    count); ``section`` the (label, source path) of the section's first page;
    ``listing`` writes the page's HTML when the page is written.
    """
    here, src_of, number, count = where
    title += f" (page {number})" if number > 1 else ""
    page = Skeleton()
    page.md(front_matter(title, description, search="{exclude: true}"))
    page.html(breadcrumbs(("Accueil", "index.md"), section), indexed=False)
    page.md(f"# {title}", "")
    if intro:
        page.md(intro, "")
    nav = pager(number, count, here, src_of)
    if nav:
        page.md(nav, "")
    page.html(listing)
    if nav:
        page.md("", nav, "")
    return FactPage(here, page)


# ----------------------------------------------------------------------------
# Chronology
# ----------------------------------------------------------------------------

_QUALIFIER_LABELS = {
    "prévu": "prévu",
    "depuis": "depuis",
    "avant": "avant",
    "après": "après",
    "jusqu'à": "jusqu’à",
    "vers": "vers",
}


@dataclass(frozen=True)
class Event:
    """A dated mention in an article, or an article's publication."""

    key: tuple[int, int, int]
    iso: str
    label: str
    article: str
    anchor: str = ""
    mention: DateMention | None = None  # None: the article's publication date


def events(facts: Facts, articles: Mapping[str, Article]) -> list[Event]:
    """Dated mentions and publication dates, in date order (then article, then position)."""
    return sorted(_events(facts.dates, articles.values(), articles), key=_event_order)


def _events(
    dates: Iterable[tuple[str, Located]], published: Iterable[Article], articles: Mapping[str, Article]
) -> Iterator[Event]:
    for article_id, located in dates:
        mention = located.item
        if isinstance(mention, DateMention) and article_id in articles:
            yield Event(mention.sort_key, mention.iso, mention.label, article_id, located.anchor, mention)
    for article in published:
        if article.date:  # "YYYY-MM-DD", or "YYYY-MM" (day 0: it sorts before its month's days, as a month cited does)
            yield Event(date_parts(article.date), article.date, french_date(article.date), article.id)


def _event_order(event: Event) -> tuple[object, ...]:
    # Unique to each event: a mention's position in its article, or -1 for the article's publication.
    return event.key, event.article, event.mention.start if event.mention else -1, event.anchor


Dated = tuple[list[tuple[str, Located]], list[tuple[str, str]]]  # facts.dates; each article's id and date


def events_again(
    previous: tuple[Dated, list[Event]] | None, dated: Dated, facts: Facts, articles: Mapping[str, Article]
) -> list[Event]:
    """:func:`events`, from the last build's (``previous``: what they were made from, and them) when few changed.

    ``dated`` is ``(facts.dates, [(article id, date) for each article])``. The
    events of the articles whose dates changed are taken out and theirs put in
    place; from scratch when articles came or went, or many changed.
    """
    if previous is None:
        return events(facts, articles)
    (old_dates, old_published), old_events = previous
    new_dates, new_published = dated
    if [a for a, _ in old_published] != [a for a, _ in new_published]:
        return events(facts, articles)
    changed = {a for (a, old), (_, new) in zip(old_published, new_published, strict=True) if old != new}
    old_runs, new_runs = _runs(old_dates), _runs(new_dates)
    changed |= {a for a in old_runs.keys() | new_runs.keys() if old_runs.get(a) != new_runs.get(a)}
    if len(changed) > AGAIN_MAX * len(new_published):
        return events(facts, articles)
    found = [event for event in old_events if event.article not in changed]
    edited = [(a, located) for a in sorted(changed) for located in new_runs.get(a, [])]
    for event in _events(edited, [articles[a] for a in sorted(changed) if a in articles], articles):
        bisect.insort(found, event, key=_event_order)
    return found


AGAIN_MAX = 0.1  # beyond this share of articles with other dates, sorting every event again is as quick


def _runs(rows: list[tuple[str, Located]]) -> dict[str, list[Located]]:
    runs: dict[str, list[Located]] = {}
    for article_id, located in rows:
        runs.setdefault(article_id, []).append(located)
    return runs


def _event_item(event: Event, articles: Mapping[str, Article]) -> str:
    article = articles[event.article]
    if event.mention is None:
        link = url(f"articles/{article.slug}.md")
        return (
            f'<li class="dossier-event dossier-event--publication"><strong>{text(event.label)}</strong> — '
            f'publication de <a href="{link}">{text(article.title)}</a></li>'
        )
    mention = event.mention
    qualifier = _QUALIFIER_LABELS.get(mention.qualifier, "")
    date = f"{text(qualifier)} {text(event.label)}" if qualifier else text(event.label)
    link = url(f"articles/{article.slug}.md", event.anchor)
    return (
        f'<li class="dossier-event"><strong>{date}</strong> — {_highlight(mention.sentence, mention.raw)} '
        f'<small><a href="{link}">{text(article.title)}</a></small></li>'
    )


def is_announced(event: Event, articles: Mapping[str, Article]) -> bool:
    """A date the article gives as planned (« prévu pour 2026 »), or later than the article's own date."""
    mention = event.mention
    if mention is None:
        return False
    if mention.qualifier == "prévu":
        return True
    published = articles[event.article].date if event.article in articles else None
    if not published:
        return False
    common = min(
        len(mention.iso), len(published)
    )  # at the coarser precision: a day in the month published is not later
    return mention.iso[:common] > published[:common]


_PART_OF_YEAR = {"début": 0.1, "mi": 0.5, "fin": 0.9}


def when(event: Event) -> float:
    """The event as a fractional year, in the middle of the period it names (2025.5: mid-2025)."""
    mention = event.mention
    year, month, day = event.key
    if (mention is None and day) or (mention is not None and mention.precision == "day"):
        return year + (max(month, 1) - 1 + (max(day, 1) - 0.5) / 31) / 12
    if mention is None:  # published in a month, its day not given
        return year + (max(month, 1) - 0.5) / 12
    if mention.precision == "year":
        return year + _PART_OF_YEAR.get(mention.part, 0.5)
    months = {"month": 1, "quarter": 3, "half": 6}.get(mention.precision, 1)
    return year + (max(month, 1) - 1 + months / 2) / 12


_QUARTERS = ("1er", "2e", "3e", "4e")


def timeline_chart(found: Sequence[Event], articles: Mapping[str, Article], year_href: Callable[[int], str]) -> str:
    """The chronology as a picture: each event a point linking to its paragraph, or groups by period past
    :data:`TIMELINE_POINTS` events (linking to their year)."""
    lanes = [
        ("publication" if e.mention is None else "announced" if is_announced(e, articles) else "past", e)
        for e in found
        if e.article in articles
    ]
    if len(lanes) <= TIMELINE_POINTS:
        moments = []
        for lane, event in lanes:
            article = articles[event.article]
            what = {"publication": "publication", "announced": "date annoncée", "past": "date citée"}[lane]
            moments.append(
                charts.Moment(
                    when(event),
                    lane,
                    f"{event.label} ({what}) — {article.title}",
                    url(f"articles/{article.slug}.md", event.anchor),
                )
            )
        caption = "Chaque point mène à son paragraphe (ou à l’article, pour une publication)."
        return charts.timeline("chart-timeline", moments, caption)
    years = [event.key[0] for _, event in lanes]
    span = max(years) - min(years) + 1
    by_quarter = span <= 6
    groups: dict[tuple[str, int, int], int] = {}
    for lane, event in lanes:
        year, month, _ = event.key
        part = (max(month, 1) - 1) // 3 if by_quarter else 0
        groups[(lane, year, part)] = groups.get((lane, year, part), 0) + 1
    names = {"publication": "publications", "announced": "dates annoncées", "past": "dates citées"}
    moments = [
        charts.Moment(
            year + (part * 3 + 1.5) / 12 if by_quarter else year + 0.5,
            lane,
            f"{n} {names[lane]}, {_QUARTERS[part] + ' trimestre ' if by_quarter else ''}{year}",
            year_href(year),
            n,
        )
        for (lane, year, part), n in sorted(groups.items(), key=lambda g: (g[0][1], g[0][2], g[0][0]))
    ]
    period = "trimestre" if by_quarter else "année"
    caption = (
        f"{len(lanes)} dates regroupées par {period}\u00a0: la surface d’un disque suit leur nombre\u202f; "
        "chaque disque mène aux dates de son année."
    )
    return charts.timeline("chart-timeline", moments, caption)


def timeline_src(year: int | None, number: int = 1) -> str:
    if year is None:
        return "chronologie/index.md"
    return f"chronologie/{year}.md" if number == 1 else f"chronologie/{year}/{number}.md"


def _events_html(items: Sequence[Event], articles: Mapping[str, Article], parts: Pieces | None = None) -> str:
    if parts is None:
        listed = [_event_item(e, articles) for e in items]
    else:
        listed = []
        for event in items:
            article = articles[event.article]
            shown = (article.slug, article.title)
            listed.append(parts.get(event, shown, functools.partial(_event_item, event, articles)))
    return '<ul class="dossier-timeline">' + "".join(listed) + "</ul>"


def timeline_pages(
    facts: Facts,
    articles: Mapping[str, Article],
    found: list[Event] | None = None,
    titles: object = None,
    parts: Pieces | None = None,
) -> list[FactPage]:
    """``chronologie/``: all events on one page by year, or a page (or more) per year for a large corpus.

    ``found`` are :func:`events` when already listed; the lists say what they are made from, and
    ``parts`` gives their items (see :func:`figure_pages`).
    """
    found = events(facts, articles) if found is None else found
    return _timeline_pages(found, articles, titles, parts)


def _timeline_pages(
    found: list[Event], articles: Mapping[str, Article], titles: object, parts: Pieces | None
) -> list[FactPage]:
    by_year: dict[int, list[Event]] = {}
    for event in found:
        by_year.setdefault(event.key[0], []).append(event)
    index = Skeleton()
    mentions = sum(1 for e in found if e.mention is not None)
    index.md(
        front_matter("Chronologie", "Les dates citées dans les articles et leurs dates de publication, dans l’ordre."),
    )
    index.html(breadcrumbs(("Accueil", "index.md")), indexed=False)
    index.md(
        "# Chronologie",
        "",
        f"{mentions} dates relevées dans les articles, avec leur phrase et un lien vers leur paragraphe, et les "
        f"dates de publication des articles qui en ont une ({len(found) - mentions}). Une date qui n’indique que "
        "l’année vient en tête de son année ; « prévu » marque ce que l’article annonce pour plus tard.",
        "",
    )
    single = len(found) <= EVENTS_PER_PAGE
    link: Callable[[int], str] = (lambda y: f"#annee-{y}") if single else (lambda y: f"{y}.md")
    if found:
        year_href: Callable[[int], str] = (lambda y: f"#annee-{y}") if single else (lambda y: url(timeline_src(y)))
        index.html(timeline_chart(found, articles, year_href), indexed=False)
    if by_year:
        index.md(
            " · ".join(f"[{y}]({link(y)})\u00a0({len(by_year[y])})" for y in sorted(by_year)), "{: .dossier-fact }", ""
        )
    else:
        index.md("Aucune date n’a été relevée dans les articles.", "")
    pages: list[FactPage] = []
    for year in sorted(by_year):
        items = by_year[year]
        if single:
            index.md(f"## {year} {{: #annee-{year} }}", "")
            # Written with the page.
            index.html(Deferred(functools.partial(_events_html, items, articles, parts), (items, titles)))
            continue
        chunks = [items[i : i + EVENTS_PER_PAGE] for i in range(0, len(items), EVENTS_PER_PAGE)]
        for number, chunk in enumerate(chunks, 1):
            pages.append(
                _listing_page(
                    (timeline_src(year, number), lambda n, y=year: timeline_src(y, n), number, len(chunks)),
                    f"Chronologie\u00a0: {year}",
                    f"{len(items)} dates de {year} citées dans les articles.",
                    ("Chronologie", "chronologie/index.md"),
                    "",
                    Deferred(functools.partial(_events_html, chunk, articles, parts), (chunk, titles)),
                )
            )
    return [FactPage("chronologie/index.md", index), *pages]
