"""Theme pages and the theme index, as Markdown."""

from __future__ import annotations

from collections import Counter

from . import escape
from .glossary import Entry
from .model import Article, Block, Kind
from .render import breadcrumbs, front_matter, sort_for_listing
from .themes import Matcher, Theme, key_sentences, passages


def cooccurring(theme: Theme, themes: list[Theme], articles: list[Article]) -> list[tuple[Theme, int]]:
    """Other themes by the number of articles that carry both, most first."""
    counts: Counter[str] = Counter()
    for article in articles:
        if theme.id in article.themes:
            counts.update(t for t in article.themes if t != theme.id)
    by_id = {t.id: t for t in themes}
    return [(by_id[t], n) for t, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])) if t in by_id]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n > 1 else ''}"


def render_theme(
    theme: Theme,
    themes: list[Theme],
    articles: list[Article],
    matcher: Matcher,
    key_terms: list[tuple[Entry, int]] | None = None,
) -> str:
    tagged = [a for a in sort_for_listing(articles) if theme.id in a.themes]
    # Articles that carry the theme first, then others with passages on it.
    others = [a for a in sort_for_listing(articles) if theme.id not in a.themes and passages(a, theme.id)]
    count = sum(len(passages(a, theme.id)) for a in tagged + others)
    lines = [
        front_matter(theme.title, theme.description),
        breadcrumbs(("Accueil", "../index.md"), ("Thèmes", "index.md")),
        "",
        f"# {escape.md(theme.title)}",
        "",
        f"{escape.md(theme.description)}\n{{: .dossier-lead }}",
        "",
        f"{_plural(len(tagged), 'article')} {'traitent' if len(tagged) > 1 else 'traite'} ce thème ; "
        f"{_plural(count, 'passage')} {'en parlent' if count > 1 else 'en parle'} ci-dessous, "
        "chacun relié à l'endroit exact de l'article.",
        "",
    ]
    near = cooccurring(theme, themes, articles)
    if near:
        links = ", ".join(f"[{escape.md(t.title)}]({t.id}.md) ({_plural(n, 'article')} en commun)" for t, n in near)
        lines += [f"Thèmes voisins : {links}.", ""]
    if key_terms:
        links = ", ".join(f"[{escape.md(e.term)}](../glossaire/index.md#{e.slug}) ({n})" for e, n in key_terms)
        lines += [f"Termes clés du glossaire : {links}.", ""]
    quotes: list[tuple[Article, Block]] = []
    for article in tagged + others:
        blocks = passages(article, theme.id)
        if not blocks:
            continue
        lines += [f"## {escape.md(article.title)} {{: #{article.slug} }}", ""]
        facts = [f for f in (article.author and f"Par {article.author}", article.publisher) if f]
        if article.id not in {a.id for a in tagged}:
            facts.append("mention secondaire")
        link = f"../articles/{article.slug}.md"
        header = f"[Lire l'article]({link})"
        if facts:
            header = f"{escape.md(' · '.join(facts))} · {header}"
        lines += [f"<small>{header}</small>", ""]
        for block in blocks:
            if block.kind is Kind.QUOTE:
                quotes.append((article, block))
                continue
            excerpt = " […] ".join(key_sentences(block, matcher, theme.id))
            lines.append(f"- {escape.md(excerpt)} [→ passage]({link}#{block.anchor})")
        lines.append("")
    if quotes:
        lines += ["## Citations {: #citations }", ""]
        for article, block in quotes:
            link = f"../articles/{article.slug}.md#{block.anchor}"
            who = f" — {escape.md(block.attribution)}" if block.attribution else ""
            lines.append(f"- « {escape.md(block.text)} »{who} ([{escape.md(article.title)}]({link}))")
        lines.append("")
    return "\n".join(lines)


def render_themes_index(themes: list[Theme], articles: list[Article]) -> str:
    lines = [
        front_matter("Thèmes", "Les thèmes du dossier : stratégie, sécurité, géopolitique, startups."),
        "# Thèmes",
        "",
        "Chaque page de thème rassemble les passages de tous les articles qui le traitent.",
        "",
        '<div class="grid cards dossier-cards-4 dossier-nolink" markdown>',
        "",
    ]
    for theme in themes:
        n = sum(1 for a in articles if theme.id in a.themes)
        lines += [
            f"-   [**{escape.md(theme.title)}**]({theme.id}.md) · {_plural(n, 'article')}",
            "",
            f"    {escape.md(theme.description)}",
            "",
        ]
    lines.append("</div>")
    return "\n".join(lines) + "\n"
