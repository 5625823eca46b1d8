"""Actor pages (``acteurs/``): the index by kind, one page per actor, the names to review.

An actor's page says what it is, where it belongs (parent, members), which
themes it comes up in, what it said (quotations), the figures about it, the
actors named with it, and where every article mentions it, each mention
linked to its paragraph. Past :data:`PAGE_ARTICLES` articles the list goes on
``acteurs/<slug>/2/``…, so a page stays light however large the corpus.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass

from . import charts, escape
from .actors import Actor
from .facts import KIND_LABELS, KIND_TITLES, ActorData, Facts
from .fragments import Deferred, Skeleton, text
from .glossary import Entry
from .linking import ACTORS_DIR, url
from .model import Article
from .render import breadcrumbs, front_matter, names_page, plural, relative
from .themes import Theme

ARTICLES_SHOWN = 200  # articles listed on an actor's page, most mentions first (actors.json has them all)
ANCHORS_SHOWN = 5  # paragraph links per article
QUOTES_SHOWN = 10
FIGURES_SHOWN = 10
REVIEW_SHOWN = 200
MATRIX_SHOWN = 10  # actors in the index's co-citation picture, most mentioned first
PAIRS_SHOWN = 8  # pairs named together, written out under it


@dataclass(frozen=True)
class ActorPage:
    src: str
    page: Skeleton


def page_src(slug: str) -> str:
    return f"{ACTORS_DIR}/{slug}.md"


def glossary_forms(entries: Mapping[str, Entry]) -> dict[str, str]:
    """Glossary terms and aliases (case-folded) -> entry slug, to send an actor to its definition."""
    forms: dict[str, str] = {}
    for entry in entries.values():
        for form in entry.forms:
            forms.setdefault(form.casefold(), entry.slug)
    return forms


def render_index(facts: Facts, review: int) -> Skeleton:
    """``acteurs/``: the actors the articles name, by kind, most mentioned first."""
    count = len(facts.actors)
    page = Skeleton()
    about = "Organisations, personnes, modèles d'IA, produits et pays que citent les articles."
    page.md(front_matter("Acteurs", about))
    page.html(breadcrumbs(("Accueil", "index.md")), indexed=False)
    lines = [
        "# Acteurs",
        "",
        f"{plural(count, 'acteur')} cité{'s' if count > 1 else ''} dans les articles\u00a0: chaque fiche montre où "
        "l'acteur apparaît, paragraphe par paragraphe, ses thèmes, ses citations, les chiffres qui le concernent "
        "et les acteurs cités avec lui. La liste des acteurs reconnus est tenue dans `sources/actors.yml`.",
        "",
    ]
    if review:
        lines += [
            f"[{plural(review, 'nom')} à vérifier](a-verifier.md)\u00a0: noms propres fréquents absents de la liste.",
            "",
        ]
    page.md(*lines)
    lines = []
    if len(facts.actors) > 2:
        page.md("## Qui est cité avec qui {: #avec }", "")
        page.html(cocitation_chart(facts), indexed=False)
        pairs = top_pairs(facts)
        if pairs:
            shown = " · ".join(
                f"[{escape.md(a.name)}]({a.slug}.md) et [{escape.md(b.name)}]({b.slug}.md)\u00a0({n})"
                for a, b, n in pairs
            )
            page.md(f"Cités ensemble le plus souvent (nombre d’articles)\u00a0: {shown}.", "")
    by_kind: dict[str, list[ActorData]] = {}
    for data in facts.actors.values():
        by_kind.setdefault(data.actor.kind, []).append(data)
    for kind in KIND_TITLES:
        group = sorted(by_kind.get(kind, []), key=lambda d: (-d.mentions, -len(d.quotes), d.actor.name.casefold()))
        if not group:
            continue
        lines += [f"## {KIND_TITLES[kind]} {{: #{kind.replace('è', 'e').replace('é', 'e')} }}", ""]
        for data in group:
            where = f"{plural(data.mentions, 'mention')} dans {plural(len(data.articles), 'article')}"
            if data.quotes:
                where += f", {plural(len(data.quotes), 'citation')}"
            lines.append(f"- [{escape.md(data.actor.name)}]({data.actor.slug}.md) <small>{where}</small>")
        lines.append("")
    if not facts.actors:
        lines += ["Aucun acteur de `sources/actors.yml` n'est cité dans les articles.", ""]
    page.md(*lines)
    return page


def _ranked(facts: Facts) -> list[ActorData]:
    return sorted(facts.actors.values(), key=lambda d: (-len(d.articles), -d.mentions, d.actor.name.casefold()))


def _together(top: list[ActorData]) -> list[list[int]]:
    """For each pair of actors, the number of articles naming both."""
    sets = [{a for a, _, _ in d.articles} for d in top]
    return [[len(sets[i] & sets[j]) if i != j else 0 for j in range(len(top))] for i in range(len(top))]


def cocitation_chart(facts: Facts) -> str:
    """The index's picture: the :data:`MATRIX_SHOWN` actors named in most articles, crossed."""
    top = _ranked(facts)[:MATRIX_SHOWN]
    nodes = [charts.Node(d.actor.name, url(page_src(d.actor.slug))) for d in top]
    total = len(facts.actors)
    caption = (
        f"Les {len(top)} acteurs cités dans le plus d’articles, sur {total}. "
        if total > len(top)
        else f"Les {len(top)} acteurs. "
    ) + "Chaque case\u00a0: le nombre d’articles qui citent les deux\u202f; le nom mène à la fiche."
    return charts.cocitation_matrix("chart-cocitation", nodes, _together(top), caption, total)


def top_pairs(facts: Facts) -> list[tuple[Actor, Actor, int]]:
    """The pairs of actors (among the most cited) named together in most articles."""
    top = _ranked(facts)[:MATRIX_SHOWN]
    together = _together(top)
    pairs = [(together[i][j], i, j) for i in range(len(top)) for j in range(i) if together[i][j]]
    pairs.sort(key=lambda p: (-p[0], p[2], p[1]))
    return [(top[j].actor, top[i].actor, n) for n, i, j in pairs[:PAIRS_SHOWN]]


def actor_page(
    data: ActorData,
    facts: Facts,
    articles: Mapping[str, Article],
    themes: Mapping[str, Theme],
    glossary: Mapping[str, str],
    speaker_targets: Mapping[str, str],
) -> ActorPage:
    """The actor's page: what it is, its quotations, figures and companions, the articles that name it most.

    The list of mentions says what it is made from (:class:`fragments.Deferred`).
    """
    actor = data.actor
    here = page_src(actor.slug)
    description = actor.description or f"{KIND_LABELS.get(actor.kind, actor.kind)} cité dans le dossier."
    page = Skeleton()
    page.md(
        front_matter(actor.name, description),
    )
    page.html(breadcrumbs(("Accueil", "index.md"), ("Acteurs", f"{ACTORS_DIR}/index.md")), indexed=False)
    page.md(
        f"# {escape.md(actor.name)}",
        "",
    )
    _overview(data, facts, themes, glossary, speaker_targets, articles, here, page)
    page.md("## Mentions par article {: #mentions }", "")
    listed = [(articles[a], anchors) for a, anchors, _ in data.articles if a in articles]
    if len(listed) > ARTICLES_SHOWN:
        page.md(
            f"Les {ARTICLES_SHOWN} articles qui le citent le plus, sur {len(listed)}\u00a0; "
            f"[les données ouvertes]({relative('methode.md', here)}#donnees-ouvertes) (`data/actors.json`) "
            "les listent tous, avec chaque paragraphe.",
            "",
        )
    shown = listed[:ARTICLES_SHOWN]
    # Written with the page: a large corpus has many actors in many articles.
    made_from = [(a.slug, a.title, anchors) for a, anchors in shown]
    page.html(Deferred(functools.partial(_mentions, shown), made_from), indexed=False)
    return ActorPage(here, page)


def _mentions(chunk: list[tuple[Article, list[str]]]) -> str:
    """Each article naming the actor, and a link to each paragraph that does (the first few)."""
    items = []
    for article, anchors in chunk:
        target = f"articles/{article.slug}.md"
        spots = " · ".join(
            f'<a href="{url(target, anchor)}" aria-label="paragraphe {i}">{i}</a>'
            for i, anchor in enumerate(anchors[:ANCHORS_SHOWN], 1)
        )
        if len(anchors) > ANCHORS_SHOWN:
            spots += f" · +{len(anchors) - ANCHORS_SHOWN}"
        paragraphs = plural(len(anchors), "paragraphe")
        items.append(
            f'<li><a href="{url(target)}">{text(article.title)}</a> <small>{paragraphs}\u00a0: {spots}</small></li>'
        )
    return f'<ul class="dossier-mentions" data-search-exclude>{"".join(items)}</ul>'


def _overview(
    data: ActorData,
    facts: Facts,
    themes: Mapping[str, Theme],
    glossary: Mapping[str, str],
    speaker_targets: Mapping[str, str],
    articles: Mapping[str, Article],
    here: str,
    page: Skeleton,
) -> None:
    """What the actor is, its themes, quotations, figures and companions, written on ``page``."""
    actor = data.actor
    facts_line = [KIND_LABELS.get(actor.kind, actor.kind)]
    if actor.parent:
        parent = next((d.actor for d in facts.actors.values() if d.actor.name == actor.parent), None)
        shown = f"[{escape.md(actor.parent)}]({parent.slug}.md)" if parent else escape.md(actor.parent)
        facts_line.append(f"fait partie de {shown}")
    members = sorted(
        (d.actor for d in facts.actors.values() if d.actor.parent == actor.name), key=lambda a: a.name.casefold()
    )
    if members:
        facts_line.append("rattachés\u00a0: " + ", ".join(f"[{escape.md(m.name)}]({m.slug}.md)" for m in members))
    page.md(" · ".join(facts_line), "{: .dossier-fact }", "")
    if actor.description:
        page.md(escape.md(actor.description), "")
    count = f"Cité {plural(data.mentions, 'fois', 'fois')} dans {plural(len(data.articles), 'article')}"
    if data.quotes:
        count += f", {plural(len(data.quotes), 'citation')}"
    page.md(count + ".", "")
    entry = next((glossary[f.casefold()] for f in actor.forms if f.casefold() in glossary), None)
    if entry:
        page.md(
            f"Définition\u00a0: [{escape.md(actor.name)} au glossaire]({relative('glossaire/index.md', here)}#{entry})",
            "",
        )
    ranked = [t for t, _ in sorted(data.themes.items(), key=lambda x: (-x[1], x[0])) if t in themes]
    if ranked:
        tags = " ".join(
            f"[{escape.md(themes[t].title)}]({relative(f'themes/{t}.md', here)}){{ .md-tag }}" for t in ranked
        )
        page.md(tags, "{: .dossier-tags }", "")
    if data.quotes:
        page.md("## Citations {: #citations }", "")
        items = []
        for quote in data.quotes[:QUOTES_SHOWN]:
            article = articles.get(quote.article)
            if article is not None:
                link = url(f"articles/{article.slug}.md", quote.anchor)
                items.append(f'<li>«\u00a0{text(quote.text)}\u00a0» — <a href="{link}">{text(article.title)}</a></li>')
        page.html(f'<ul class="dossier-actor-quotes">{"".join(items)}</ul>')
        page.md("")
        target = speaker_targets.get(data.quotes[0].speaker)
        if target:
            more = len(data.quotes) - QUOTES_SHOWN
            label = f"Les {len(data.quotes)} citations" if more > 0 else "Ses citations"
            section, _, anchor = target.partition("#")
            page.md(f"[{label} dans l’index des citations]({relative(section, here)}#{anchor})", "")
    about = [(a, located) for a, located in data.figures if a in articles]
    if about:
        page.md("## Chiffres {: #chiffres }", "")
        items = []
        for article_id, located in about[:FIGURES_SHOWN]:
            figure = located.item
            article = articles[article_id]
            link = url(f"articles/{article.slug}.md", located.anchor)
            items.append(
                f"<li><strong>{text(figure.raw)}</strong> — {text(figure.sentence)} "
                f'<small><a href="{link}">{text(article.title)}</a></small></li>'
            )
        page.html(f'<ul class="dossier-actor-figures">{"".join(items)}</ul>')
        page.md("")
        if len(about) > FIGURES_SHOWN:
            more = len(about) - FIGURES_SHOWN
            page.md(f"Et {more} autres\u00a0: voir [les chiffres clés]({relative('chiffres/index.md', here)}).", "")
    if data.related:
        page.md("## Souvent cités avec {: #avec }", "")
        names = [
            f"[{escape.md(facts.actors[s].actor.name)}]({facts.actors[s].actor.slug}.md)\u00a0({n})"
            for s, n in data.related
            if s in facts.actors
        ]
        others = [
            (charts.Node(facts.actors[s].actor.name, url(page_src(facts.actors[s].actor.slug))), n)
            for s, n in data.related
            if s in facts.actors
        ]
        if others:
            caption = "L’épaisseur d’un trait suit le nombre d’articles qui citent les deux ; un nom mène à sa fiche."
            page.html(charts.cocitation_fan("chart-avec", actor.name, others, caption), indexed=False)
        page.md(
            " · ".join(names),
            "",
            "<small>Entre parenthèses\u00a0: le nombre d’articles qui citent les deux.</small>",
            "",
        )


def render_review(unknown: list[tuple[str, int]]) -> Skeleton:
    """``acteurs/a-verifier/``: capitalised names the list does not know, for contributors."""
    return names_page(
        "Noms à vérifier",
        "Noms propres fréquents des articles qui ne sont pas dans la liste des acteurs.",
        ("Acteurs", f"{ACTORS_DIR}/index.md"),
        "Ces noms propres reviennent dans les articles sans être des acteurs de `sources/actors.yml`. "
        "Ajoutez ceux qui sont des acteurs (avec leur nature et leurs variantes), et mettez les autres dans "
        "la liste `ignore` du même fichier. La liste est recalculée à chaque construction.",
        ("Nom", "Mentions"),
        unknown,
        REVIEW_SHOWN,
        "Aucun\u00a0: tous les noms fréquents sont connus.",
    )
