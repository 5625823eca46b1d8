"""The quote index (citations/): quotations grouped by speaker.

A small corpus gets one page: people first, then roles and anonymous
sources, then the quotations by theme. Past :data:`QUOTES_PER_PAGE`
quotations the index splits by the speaker's initial (``citations/a/``,
``citations/b/``…, and ``citations/a-2/`` when one letter is still too long),
and ``citations/`` becomes a directory of letters and the most quoted
speakers, so no page grows with the corpus.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from . import escape
from .fragments import Heading, Skeleton, linked, text
from .glossary import Entry
from .linking import ACTORS_DIR, LinkState, url
from .model import Article
from .quotes import Quote
from .render import breadcrumbs, front_matter, pager, plural, relative
from .text import slugify, unaccented
from .themes import Theme

QUOTES_PER_PAGE = 300
TOP_SPEAKERS = 30  # on the directory page of a split index
INDEX = "citations/index.md"


@dataclass(frozen=True)
class QuotePage:
    src: str
    page: Skeleton
    made_from: object = None  # what a page of a split index shows (see quote_pages' ``before``)


def speaker_groups(quotes: list[Quote]) -> list[tuple[str, bool, list[Quote]]]:
    """(speaker, named, quotes): named people first, then roles; most quoted first, then by name."""
    groups: dict[str, list[Quote]] = defaultdict(list)
    for quote in quotes:
        groups[quote.speaker].append(quote)
    ordered = sorted(groups.items(), key=lambda g: (not g[1][0].named, -len(g[1]), g[0].casefold()))
    return [(speaker, qs[0].named, qs) for speaker, qs in ordered]


def speaker_anchor(speaker: str) -> str:
    return "s-" + (slugify(speaker) or "anonyme")


def initial(speaker: str) -> str:
    """The letter a speaker is filed under: 'Élodie' -> 'e'; digits and others -> '0'."""
    first = unicodedata.normalize("NFKD", speaker.strip())[:1].lower()
    return first if "a" <= first <= "z" else "0"


class _Lines:
    """Writes the quotations of one page as HTML, linking glossary terms once per section."""

    def __init__(
        self,
        by_id: Mapping[str, Article],
        themes: Mapping[str, Theme],
        entries: Mapping[str, Entry],
        policy: str,
        actors: Mapping[str, str],
    ) -> None:
        self.by_id, self.themes, self.entries = by_id, themes, entries
        self.state = LinkState(policy)
        self.actors = actors  # speaker name -> slug of their actor page

    def quote(self, quote: Quote, with_speaker: bool = False) -> str:
        article = self.by_id[quote.article]
        link = url(f"articles/{article.slug}.md", quote.anchor)
        who = f"<strong>{text(quote.speaker)}</strong> — " if with_speaker else ""
        detail = ""
        if quote.speaker_detail and not with_speaker:
            detail = f" <small>({text(quote.speaker_detail)})</small>"
        tags = "".join(
            f' <a class="md-tag" href="{url(f"themes/{t}.md")}">{text(self.themes[t].title)}</a>'
            for t in quote.themes
            if t in self.themes
        )
        words = linked(quote.text, quote.terms, self.entries, self.state)
        source = f'<a href="{link}" data-preview>{text(article.title)}</a>'
        return f"<li>{who}«\u00a0{words}\u00a0»{detail}<br>{source}{tags}</li>"

    def speaker(
        self, page: Skeleton, speaker: str, quotes: list[Quote], level: int = 3, more: str = "", kind: str = ""
    ) -> None:
        """A speaker's section; ``level`` 2: a page of speakers only, whose headings are written as HTML."""
        if level == 2:
            page.heading(Heading(2, speaker + more, speaker_anchor(speaker)))
        else:
            page.md(f"{'#' * level} {escape.md(speaker)}{more} {{: #{speaker_anchor(speaker)} }}", "")
        actor = self.actors.get(speaker)
        card = f' · <a href="{url(f"{ACTORS_DIR}/{actor}.md")}">fiche acteur</a>' if actor else ""
        page.html(f'<p class="dossier-count">{plural(len(quotes), "citation")}{text(kind)}{card}</p>')
        items = "".join(self.quote(q) for q in quotes)
        page.html(f'<ul class="dossier-quotes" data-search-exclude>{items}</ul>', indexed=False)


def quote_pages(
    quotes: list[Quote],
    articles: list[Article],
    themes: list[Theme],
    entries: Mapping[str, Entry] | None = None,
    actors: Mapping[str, str] | None = None,
    before: Mapping[str, QuotePage] | None = None,
) -> tuple[list[QuotePage], dict[str, str]]:
    """The pages of the quote index, and for each speaker the link target of their section (``src#anchor``).

    ``actors`` maps the names of actors with a page to their slug: a speaker who is one links to it.
    ``before``: the last build's pages by source path (`mkdocs serve`); a letter page made from
    the same quotations, speakers, articles' slugs and titles, themes, glossary and actor pages is
    taken as it was (an edit changes the pages of the speakers it quotes).
    """
    actors = actors or {}
    by_id = {a.id: a for a in articles}
    theme_map = {t.id: t for t in themes}
    entries = entries or {}
    groups = speaker_groups(quotes)
    if len(quotes) <= QUOTES_PER_PAGE:
        # A listing links each glossary term once per page, whatever the glossary's policy for articles.
        page = _single_page(quotes, groups, _Lines(by_id, theme_map, entries, "first-per-page", actors), themes)
        return [page], {speaker: f"{INDEX}#{speaker_anchor(speaker)}" for speaker, _, _ in groups}
    by_letter: dict[str, list[tuple[str, bool, list[Quote]]]] = defaultdict(list)
    for group in sorted(groups, key=lambda g: _fold(g[0])):
        by_letter[initial(group[0])].append(group)
    pages: list[QuotePage] = []
    targets: dict[str, str] = {}
    letters: list[tuple[str, str, int, int]] = []  # (letter, first page, speakers, quotes)
    for letter in sorted(by_letter):
        chunks = _chunks(by_letter[letter])
        for number, chunk in enumerate(chunks, 1):
            src = letter_src(letter, number)
            made_from = None if before is None else _made_from(chunk, len(chunks), by_id, themes, entries, actors)
            last = before.get(src) if before is not None else None
            if last is not None and last.made_from == made_from:
                pages.append(last)
            else:
                page = _letter_page(src, letter, number, len(chunks), chunk, by_id, theme_map, entries, actors)
                pages.append(QuotePage(src, page.page, made_from))
            for speaker, _, _, continued in chunk:
                if not continued:
                    targets[speaker] = f"{src}#{speaker_anchor(speaker)}"
        count = sum(len(qs) for _, _, qs in by_letter[letter])
        letters.append((letter, f"citations/{letter}.md", len(by_letter[letter]), count))
    pages.insert(0, _directory(quotes, groups, letters, targets))
    return pages, targets


def _made_from(
    chunk: list[tuple[str, bool, list[Quote], bool]],
    count: int,
    by_id: Mapping[str, Article],
    themes: list[Theme],
    entries: Mapping[str, Entry],
    actors: Mapping[str, str],
) -> object:
    """Everything a letter page shows: its quotations (the analyses' objects, with this build's speakers),
    their articles' slugs and titles, the speakers' actor pages, the letter's page count, themes and glossary."""
    shown = [
        (
            speaker,
            named,
            continued,
            actors.get(speaker),
            [(q, q.speaker_detail, by_id[q.article].slug, by_id[q.article].title) for q in quotes],
        )
        for speaker, named, quotes, continued in chunk
    ]
    return shown, count, themes, entries


def _fold(text: str) -> str:
    return unaccented(text.casefold())


def _chunks(
    groups: list[tuple[str, bool, list[Quote]]],
) -> list[list[tuple[str, bool, list[Quote], bool]]]:
    """Speaker groups cut into pages of at most QUOTES_PER_PAGE quotations; a long group continues on the next."""
    pages: list[list[tuple[str, bool, list[Quote], bool]]] = [[]]
    room = QUOTES_PER_PAGE
    for speaker, named, quotes in groups:
        continued = False
        while quotes:
            if room == 0:
                pages.append([])
                room = QUOTES_PER_PAGE
            part, quotes = quotes[:room], quotes[room:]
            pages[-1].append((speaker, named, part, continued))
            room -= len(part)
            continued = True
    return pages


def _summary(quotes: list[Quote], groups: list[tuple[str, bool, list[Quote]]]) -> str:
    people = sum(1 for _, named, _ in groups if named)
    return (
        f"{plural(len(quotes), 'citation')} de {plural(len(groups), 'source')}\u00a0: "
        f"{plural(people, 'personne ou organisation nommée', 'personnes ou organisations nommées')}, puis les sources "
        "désignées par leur fonction. "
        "Chaque citation renvoie à l'endroit exact de l'article."
    )


def _single_page(
    quotes: list[Quote], groups: list[tuple[str, bool, list[Quote]]], lines_for: _Lines, themes: list[Theme]
) -> QuotePage:
    page = Skeleton()
    page.md(
        front_matter("Citations", "Toutes les citations du dossier, regroupées par personne ou par fonction."),
        "# Citations",
        "",
        _summary(quotes, groups) + " La section [Par thème](#par-theme) les classe par thème.",
        "",
    )
    if groups:
        page.md('<div class="dossier-speakers" markdown>', "")
        page.md(*(f"- [{escape.md(speaker)}](#{speaker_anchor(speaker)}) ({len(qs)})" for speaker, _, qs in groups))
        page.md("", "</div>", "")
    current = None
    for speaker, named, qs in groups:
        section = "Personnes et organisations" if named else "Fonctions et sources anonymes"
        if section != current:
            page.md(f"## {section}", "")
            current = section
        lines_for.speaker(page, speaker, qs)
    page.md("## Par thème {: #par-theme }", "")
    for theme in themes:
        on_theme = [q for q in quotes if theme.id in q.themes]
        page.md(f"### {escape.md(theme.title)} ({len(on_theme)}) {{: #theme-{theme.id} }}", "")
        if not on_theme:
            page.md("Aucune citation sur ce thème pour l'instant.", "")
            continue
        items = "".join(lines_for.quote(q, with_speaker=True) for q in on_theme)
        page.html(f'<ul class="dossier-quotes" data-search-exclude>{items}</ul>', indexed=False)
    return QuotePage(INDEX, page)


def letter_src(letter: str, number: int) -> str:
    return f"citations/{letter}.md" if number == 1 else f"citations/{letter}-{number}.md"


def _letter_label(letter: str) -> str:
    return letter.upper() if letter != "0" else "0–9 et autres"


def _letter_page(
    src: str,
    letter: str,
    number: int,
    count: int,
    chunk: list[tuple[str, bool, list[Quote], bool]],
    by_id: Mapping[str, Article],
    themes: Mapping[str, Theme],
    entries: Mapping[str, Entry],
    actors: Mapping[str, str],
) -> QuotePage:
    label = _letter_label(letter)
    title = f"Citations\u00a0: {label}" + (f" (page {number})" if number > 1 else "")
    page = Skeleton()
    page.md(
        front_matter(title, f"Les citations des personnes et sources dont le nom commence par {label}."),
    )
    page.html(breadcrumbs(("Accueil", "index.md"), ("Citations", INDEX)), indexed=False)
    page.md(
        f"# {escape.md(title)}",
        "",
    )
    nav = pager(number, count, src, lambda n: letter_src(letter, n), f"Pages de la lettre {label}")
    if nav:
        page.md(nav, "")
    writer = _Lines(by_id, themes, entries, "first-per-page", actors)
    for speaker, named, quotes, continued in chunk:
        more = " (suite)" if continued else ""
        kind = "" if named else " · fonction ou source anonyme"
        writer.speaker(page, speaker, quotes, level=2, more=more, kind=kind)
    return QuotePage(src, page)


def _directory(
    quotes: list[Quote],
    groups: list[tuple[str, bool, list[Quote]]],
    letters: list[tuple[str, str, int, int]],
    targets: Mapping[str, str],
) -> QuotePage:
    page = Skeleton()
    lines = [
        front_matter("Citations", "Toutes les citations du dossier, regroupées par personne ou par fonction."),
        "# Citations",
        "",
        _summary(quotes, groups) + " Les pages sont classées par initiale de la personne ou de la fonction.",
        "",
        "## Par initiale {: #par-initiale }",
        "",
    ]
    lines += [
        f"- [{escape.md(_letter_label(letter))}]({relative(src, INDEX)})\u00a0: "
        f"{plural(speakers, 'source')}, {plural(count, 'citation')}"
        for letter, src, speakers, count in letters
    ]
    lines += ["", "## Les plus cités {: #plus-cites }", ""]
    for speaker, named, qs in groups[:TOP_SPEAKERS]:
        target = targets[speaker]
        src, _, anchor = target.partition("#")
        kind = "" if named else " <small>fonction ou source anonyme</small>"
        lines.append(f"- [{escape.md(speaker)}]({relative(src, INDEX)}#{anchor}) · {plural(len(qs), 'citation')}{kind}")
    lines += [
        "",
        "Les citations sur un thème sont aussi rassemblées à la fin de chaque page de thème.",
        "",
    ]
    page.md(*lines)
    return QuotePage(INDEX, page)


def render_quote_index(quotes: list[Quote], articles: list[Article], themes: list[Theme]) -> str:
    """The first page of the quote index (all of it for a small corpus), fragments in place."""
    return quote_pages(quotes, articles, themes)[0][0].page.inline()
