"""The generated parts of hand-written pages (the home page): theme cards, latest
articles, most quoted speakers, entry points.

A hand-written page places a part with an HTML comment marker such as
``<!-- dossier:themes -->``; :func:`fill` replaces each marker it knows and
leaves the rest of the page alone, so the prose stays editable in ``docs/``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from . import escape
from .corpus import Corpus
from .quotes import Quote
from .render import ARTICLES_PER_PAGE, plural, relpath, render_listing, sort_for_listing
from .render_quotes import speaker_anchor, speaker_groups
from .themes import passages


def _link(from_dir: str, target: str) -> str:
    """A Markdown link target to a source page, relative to the page's folder."""
    return relpath(target, from_dir)


def theme_cards(corpus: Corpus, from_dir: str) -> str:
    lines = ['<div class="grid cards dossier-cards-4 dossier-nolink" markdown>', ""]
    for theme in corpus.themes:
        articles = sum(1 for a in corpus.articles if theme.id in a.themes)
        count = sum(len(passages(a, theme.id)) for a in corpus.articles)
        lines += [
            f"-   [**{escape.md(theme.title)}**]({_link(from_dir, f'themes/{theme.id}.md')})",
            "",
            f"    {plural(articles, 'article')} · {plural(count, 'passage')}",
            "    {: .dossier-card-facts }",
            "",
            f"    {escape.md(theme.description)}",
            "",
        ]
    lines.append("</div>")
    return "\n".join(lines) + "\n"


def latest_articles(corpus: Corpus, from_dir: str, limit: int = 5) -> str:
    shown = sort_for_listing(corpus.articles)[:limit]
    listing = render_listing(shown, from_dir)
    total = len(corpus.articles)
    more = f"[Tous les articles ({total}) →]({_link(from_dir, 'articles/index.md')})"
    return listing + "\n" + more + "\n"


_CIRCUMSTANCE = ("dans ", "lors ", "en ", "au ", "aux ", "à ", "sur ", "selon ", "pendant ")


def _role(quotes: list[Quote]) -> str:
    """The speaker's most frequent detail that says who they are, not where they spoke."""
    details = Counter(q.speaker_detail for q in quotes if q.speaker_detail)
    roles = [d for d, _ in details.most_common() if not d.casefold().startswith(_CIRCUMSTANCE)]
    return roles[0] if roles else ""


def top_speakers(corpus: Corpus, from_dir: str, limit: int = 5) -> str:
    groups = speaker_groups(corpus.quotes)[:limit]
    if not groups:
        return "Aucune citation pour l'instant.\n"
    index = _link(from_dir, "citations/index.md")
    lines = []
    for speaker, _named, quotes in groups:
        detail = _role(quotes)
        extra = f" <small>{escape.md(detail)}</small>" if detail else ""
        page, _, anchor = corpus.speaker_targets.get(
            speaker, f"citations/index.md#{speaker_anchor(speaker)}"
        ).partition("#")
        lines.append(
            f"- [{escape.md(speaker)}]({_link(from_dir, page)}#{anchor}) · {plural(len(quotes), 'citation')}{extra}"
        )
    lines += ["", f"[Toutes les citations ({len(corpus.quotes)}) →]({index})"]
    return "\n".join(lines) + "\n"


def entry_points(corpus: Corpus, from_dir: str) -> str:
    cards = [
        (
            "Glossaire",
            "glossaire/index.md",
            f"{plural(len(corpus.glossary.entries), 'terme')} expliqués\u00a0: modèles, laboratoires, "
            "infrastructures, économie. Survolez un terme souligné dans un article pour lire sa définition.",
        ),
        (
            "Citations",
            "citations/index.md",
            f"{plural(len(corpus.quotes), 'citation')} classées par personne puis par thème, "
            "chacune reliée à son passage.",
        ),
        (
            "Acteurs",
            "acteurs/index.md",
            f"{plural(len(corpus.facts.actors), 'acteur')}\u00a0: entreprises, personnes, modèles et pays, "
            "chacun avec ses mentions, ses citations et ses liens.",
        ),
        (
            "Chiffres clés",
            "chiffres/index.md",
            f"{plural(len(corpus.facts.figures), 'chiffre')} (montants, puissances, parts, utilisateurs), "
            "comparables et triables.",
        ),
        (
            "Chronologie",
            "chronologie/index.md",
            f"{plural(len(corpus.facts.dates), 'date')} citées dans les articles, remises dans l'ordre.",
        ),
        (
            "Méthode",
            "methode.md",
            "Comment les articles bruts deviennent ce dossier, et les limites de l'exercice.",
        ),
        (
            "Données ouvertes",
            "methode.md",
            "Articles, thèmes, citations, glossaire, acteurs, chiffres et dates en JSON, "
            "pour les journalistes et les chercheurs.",
        ),
    ]
    lines = ['<div class="grid cards dossier-cards-4 dossier-nolink" markdown>', ""]
    for title, target, text in cards:
        anchor = "#donnees-ouvertes" if title == "Données ouvertes" else ""
        lines += [f"-   [**{title}**]({_link(from_dir, target)}{anchor})", "", f"    {text}", ""]
    lines.append("</div>")
    return "\n".join(lines) + "\n"


MARKERS: dict[str, Callable[[Corpus, str], str]] = {
    "themes": theme_cards,
    "latest": latest_articles,
    "articles": lambda corpus, from_dir: latest_articles(corpus, from_dir, ARTICLES_PER_PAGE),
    "speakers": top_speakers,
    "explore": entry_points,
}
# A marker counts only alone on its line, so a page can mention one in its text.
_MARKER = re.compile(r"^<!-- dossier:([a-z]+) -->[ \t]*$", re.MULTILINE)


def fill(markdown: str, corpus: Corpus, from_dir: str) -> str:
    """Replace every known marker of a hand-written page by its generated Markdown."""

    def replace(match: re.Match[str]) -> str:
        render = MARKERS.get(match.group(1))
        return render(corpus, from_dir) if render else match.group()

    return _MARKER.sub(replace, markdown)
