"""The glossary page (glossaire/) and the contributors' list of terms to define."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Mapping

from . import escape
from .fragments import Skeleton, linked
from .glossary import Entry, Glossary, Linker, TermData
from .linking import LinkState
from .model import Article
from .pieces import Pieces
from .render import front_matter, names_page
from .themes import Theme

DEFINITION_CLASS = "dossier-definition"  # the only place the glossary page links terms
ARTICLES_SHOWN = 3  # per entry; the open data (data/glossary.json) lists every occurrence
RELATED_SHOWN = 5
MISSING_SHOWN = 300  # rows of the terms-to-define table


def _letter(term: str) -> str:
    first = unicodedata.normalize("NFKD", term)[:1].upper()
    return first if first.isalpha() else "#"


def render_glossary(
    glossary: Glossary,
    terms: dict[str, TermData],
    articles: list[Article],
    themes: list[Theme],
    linker: Linker | None = None,
    actors: Mapping[str, tuple[str, str]] | None = None,
    titles: object = None,
    parts: Pieces | None = None,
) -> Skeleton:
    """The glossary page; with a ``linker``, definitions link the other terms they use.

    ``actors`` maps an entry's slug to the (name, slug) of the actor it names, whose page it links to.
    ``parts`` gives each entry's facts (:mod:`dossier.pieces`), made from the entry, its data, the
    articles' ``titles`` (:func:`render.article_titles`), the glossary and the themes.
    """
    by_id = {a.id: a for a in articles}
    by_term = {e.term: e for e in glossary.entries}
    theme_map = {t.id: t for t in themes}
    letters = sorted({_letter(e.term) for e in glossary.entries})
    lines = [
        front_matter(
            "Glossaire",
            "Les termes du dossier expliqués\u00a0: modèles, laboratoires, infrastructures, économie.",
            toc_depth="2",  # letters only: the terms would double the page's weight
        ),
        "# Glossaire",
        "",
        f"{len(glossary.entries)} termes, définis pour ce dossier. Dans les pages, un terme souligné renvoie ici ; "
        "survolez-le pour lire sa définition.",
        "",
        '<nav class="dossier-letters" aria-label="Lettres" markdown>'
        + " ".join(f"[{letter}](#lettre-{letter.lower()})" for letter in letters)
        + "</nav>",
        "",
    ]
    entries = {e.slug: e for e in glossary.entries}
    state = LinkState(glossary.link)
    page = Skeleton()
    page.md(*lines)
    current = None
    for entry in glossary.entries:
        letter = _letter(entry.term)
        if letter != current:
            page.md(f"## {letter} {{: #lettre-{letter.lower()} }}", "")
            current = letter
        page.md(f"### {escape.md(entry.term)} {{: #{entry.slug} }}", "")
        state.new_section(own=entry.slug)  # an entry never links to itself
        matches = [(s, e, found.slug) for s, e, found in linker.find(entry.definition)] if linker else []
        page.html(f'<p class="{DEFINITION_CLASS}">{linked(entry.definition, matches, entries, state)}</p>')
        data, actor = terms.get(entry.slug), (actors or {}).get(entry.slug)
        make = lambda entry=entry, data=data, actor=actor: _facts(  # noqa: E731
            entry, data or TermData(), by_id, by_term, theme_map, actor
        )
        page.md(*(make() if parts is None else parts.get(entry, (data, titles, glossary, themes, actor), make)))
    page.md("", "[Termes encore sans définition](a-definir.md) · pour les contributeurs", "")
    return page


def _facts(
    entry: Entry,
    data: TermData,
    by_id: dict[str, Article],
    by_term: dict[str, Entry],
    themes: dict[str, Theme],
    actor: tuple[str, str] | None = None,
) -> list[str]:
    """At most four short lines of facts under an entry's definition.

    The page holds every term, so each entry stays small: related terms in one
    list, the articles and themes in one line (the first few articles only; the
    open data lists every occurrence), one definition quoted from the text.
    """
    lines: list[str] = [""]
    facts: list[str] = []
    if entry.aliases:
        facts.append("Aussi\u00a0: " + ", ".join(f"*{escape.md(a)}*" for a in entry.aliases))
    slugs = {e.slug: e for e in by_term.values()}
    # Curated see-also first, then the terms most often found in the same passages.
    related = [by_term[s].slug for s in entry.see_also]
    for slug, _ in sorted(data.related.items(), key=lambda x: (-x[1], x[0])):
        if len(related) >= RELATED_SHOWN:
            break
        if slug in slugs and slug not in related:
            related.append(slug)
    if actor is not None:
        facts.append(f"Fiche acteur\u00a0: [{escape.md(actor[0])}](../acteurs/{actor[1]}.md)")
    if related:
        facts.append("Voir aussi\u00a0: " + ", ".join(f"[{escape.md(slugs[s].term)}](#{s})" for s in related))
    where: list[str] = []
    per_article = Counter(o.article for o in data.occurrences if o.article in by_id)
    if per_article:
        first: dict[str, str] = {}
        for occurrence in data.occurrences:
            first.setdefault(occurrence.article, occurrence.anchor)
        ranked = sorted(per_article.items(), key=lambda x: (-x[1], by_id[x[0]].title))
        links = [
            f"[{escape.md(by_id[a].title)}](../articles/{by_id[a].slug}.md#{first[a]})\u00a0({n})"
            for a, n in ranked[:ARTICLES_SHOWN]
        ]
        more = len(ranked) - ARTICLES_SHOWN
        if more > 0:
            links.append(f"et {more}\u00a0autre{'s' if more > 1 else ''}")
        count = len(ranked)
        where.append(f"Dans {count}\u00a0article{'s' if count > 1 else ''}\u00a0: " + " · ".join(links))
    if data.themes:
        ranked_themes = [t for t, _ in sorted(data.themes.items(), key=lambda x: (-x[1], x[0])) if t in themes]
        where.append(
            "thèmes\u00a0: " + ", ".join(f"[{escape.md(themes[t].title)}](../themes/{t}.md)" for t in ranked_themes)
        )
    if where:
        facts.append(" — ".join(where))
    for text, article_id, anchor in data.inline_definitions:
        article = by_id.get(article_id)
        if article:
            link = f"[{escape.md(article.title)}](../articles/{article.slug}.md#{anchor})"
            facts.append(f"Défini dans le texte\u00a0: «\u00a0{escape.md(text)}\u00a0» ({link})")
            break
    for fact in facts:
        lines += [fact, "{: .dossier-fact }", ""]
    return lines


def render_missing(missing: list[tuple[str, int]]) -> Skeleton:
    return names_page(
        "Termes à définir",
        "Sigles et noms fréquents des articles qui n'ont pas encore d'entrée au glossaire.",
        ("Glossaire", "glossaire/index.md"),
        "Ces sigles et noms reviennent dans les articles mais n'ont pas d'entrée dans `sources/glossary.yml`. "
        "Ajoutez ceux qu'un lecteur a besoin de comprendre (les personnes et les organisations évidentes "
        "peuvent rester sans définition). La liste est recalculée à chaque construction.",
        ("Terme", "Occurrences"),
        missing,
        MISSING_SHOWN,
        "Aucun\u00a0: tous les termes fréquents sont définis.",
    )
