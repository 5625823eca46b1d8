"""The quote index (citations/): quotations grouped by speaker, then by theme."""

from __future__ import annotations

from collections import defaultdict

from . import escape
from .model import Article
from .quotes import Quote
from .render import front_matter
from .text import slugify
from .themes import Theme


def speaker_groups(quotes: list[Quote]) -> list[tuple[str, bool, list[Quote]]]:
    """(speaker, named, quotes): named people first, then roles; most quoted first, then by name."""
    groups: dict[str, list[Quote]] = defaultdict(list)
    for quote in quotes:
        groups[quote.speaker].append(quote)
    ordered = sorted(groups.items(), key=lambda g: (not g[1][0].named, -len(g[1]), g[0].casefold()))
    return [(speaker, qs[0].named, qs) for speaker, qs in ordered]


def speaker_anchor(speaker: str) -> str:
    return "s-" + (slugify(speaker) or "anonyme")


def _quote_line(quote: Quote, article: Article, themes: dict[str, Theme], with_speaker: bool = False) -> str:
    link = f"../articles/{article.slug}.md#{quote.anchor}"
    who = f"**{escape.md(quote.speaker)}** — " if with_speaker else ""
    detail = f" <small>({escape.md(quote.speaker_detail)})</small>" if quote.speaker_detail and not with_speaker else ""
    tags = " ".join(
        f"[{escape.md(themes[t].title)}](../themes/{t}.md){{ .md-tag }}" for t in quote.themes if t in themes
    )
    return (
        f"- {who}« {escape.md(quote.text)} »{detail}  \n"
        f"    [{escape.md(article.title)}]({link}){(' ' + tags) if tags else ''}"
    )


def render_quote_index(quotes: list[Quote], articles: list[Article], themes: list[Theme]) -> str:
    by_id = {a.id: a for a in articles}
    theme_map = {t.id: t for t in themes}
    groups = speaker_groups(quotes)
    people = sum(1 for _, named, _ in groups if named)
    lines = [
        front_matter("Citations", "Toutes les citations du dossier, regroupées par personne ou par fonction."),
        "# Citations",
        "",
        f"{len(quotes)} citation{'s' if len(quotes) != 1 else ''} de {len(groups)} source"
        f"{'s' if len(groups) != 1 else ''} : {people} personne{'s' if people != 1 else ''} "
        "nommée{0}, puis les sources désignées par leur fonction. Chaque citation renvoie à l'endroit exact "
        "de l'article ; la section [Par thème](#par-theme) les classe par thème.".format("s" if people != 1 else ""),
        "",
    ]
    if groups:
        lines += ['<div class="dossier-speakers" markdown>', ""]
        lines += [f"- [{escape.md(speaker)}](#{speaker_anchor(speaker)}) ({len(qs)})" for speaker, _, qs in groups]
        lines += ["", "</div>", ""]
    current = None
    for speaker, named, qs in groups:
        section = "Personnes" if named else "Fonctions et sources anonymes"
        if section != current:
            lines += [f"## {section}", ""]
            current = section
        lines += [
            f"### {escape.md(speaker)} {{: #{speaker_anchor(speaker)} }}",
            "",
            f"{len(qs)} citation{'s' if len(qs) > 1 else ''}",
            "{: .dossier-count }",
            "",
        ]
        lines += [_quote_line(q, by_id[q.article], theme_map) for q in qs]
        lines.append("")
    lines += ["## Par thème {: #par-theme }", ""]
    for theme in themes:
        on_theme = [q for q in quotes if theme.id in q.themes]
        lines += [f"### {escape.md(theme.title)} ({len(on_theme)}) {{: #theme-{theme.id} }}", ""]
        if not on_theme:
            lines += ["Aucune citation sur ce thème pour l'instant.", ""]
            continue
        lines += [_quote_line(q, by_id[q.article], theme_map, with_speaker=True) for q in on_theme]
        lines.append("")
    return "\n".join(lines)
