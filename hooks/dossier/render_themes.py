"""Theme pages and the theme index, as Markdown.

A theme page lists, article by article, the sentences of each passage that
carry the theme, each linked to its paragraph. Past :data:`PAGE_ARTICLES`
articles the page continues on ``themes/<id>/2/``, ``themes/<id>/3/``…, so a
page stays light whatever the size of the corpus.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from . import charts, escape
from .fragments import Heading, Skeleton, text
from .glossary import Entry
from .linking import url
from .model import Article, Passage
from .render import breadcrumbs, front_matter, pager, relative, sort_for_listing
from .themes import Theme, passages

PAGE_ARTICLES = 40  # article groups per page (a page of a large corpus stays under 200 KB)
PASSAGES_SHOWN = 3  # per article that carries the theme; the others are counted, and all are in themes.json
SECONDARY_PASSAGES_SHOWN = 1  # per article that only mentions it
SHARE_ROWS = 12  # rows of the theme index's picture: articles, or periods when the articles are dated


@dataclass(frozen=True)
class ThemePage:
    src: str  # MkDocs source path: themes/<id>.md, then themes/<id>/<n>.md
    page: Skeleton
    made_from: object = None  # what the page shows (see theme_pages): a serve rebuild compares it


def page_src(theme_id: str, number: int) -> str:
    return f"themes/{theme_id}.md" if number == 1 else f"themes/{theme_id}/{number}.md"


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


Group = tuple[Heading, str, list[tuple[Article, Passage]]]


def _group(article: Article, on_theme: list[Passage], secondary: bool) -> Group:
    """An article's passages on the theme: its heading, one line per passage (HTML, quotations apart).

    Headings are HTML too (:class:`Heading`): a page of fifty articles would
    otherwise cost Python-Markdown more than the rest of the page.
    The third value is the article's quotations on the theme, listed at the end of the page.
    """
    article_url = url(f"articles/{article.slug}.md")
    facts = [f for f in (article.author and f"Par {article.author}", article.publisher) if f]
    if secondary:
        facts.append("mention secondaire")
    header = f'<a href="{article_url}" data-preview>Lire l’article</a>'
    if facts:
        header = f"{text(' · '.join(facts))} · {header}"
    heading = Heading(2, article.title, article.slug)
    quotes = [(article, p) for p in on_theme if p.quote]
    prose = [p for p in on_theme if not p.quote]
    shown = prose[: SECONDARY_PASSAGES_SHOWN if secondary else PASSAGES_SHOWN]
    items = [
        f'<li>{p.excerpt} <a href="{url(f"articles/{article.slug}.md", p.anchor)}" data-preview>→ passage</a></li>'
        for p in shown
    ]
    if len(prose) > len(shown):
        more = _plural(len(prose) - len(shown), "autre passage")
        items.append(f'<li><em>et {more} dans <a href="{article_url}">l’article</a></em></li>')
    listing = f"<p><small>{header}</small></p><ul>{''.join(items)}</ul>"
    return heading, f'<div class="dossier-passages" data-search-exclude>{listing}</div>', quotes


def theme_pages(
    theme: Theme,
    themes: list[Theme],
    articles: list[Article],
    key_terms: list[tuple[Entry, int]] | None = None,
) -> list[ThemePage]:
    """Every page of one theme: articles that carry it first (newest first), then those that only mention it."""
    return theme_pages_again(None, theme, themes, articles, key_terms)[0]


Groups = dict[str, tuple[tuple[Article, str, bool], Group]]  # article id -> what its group is made from, the group


def theme_pages_again(
    last: tuple[list[ThemePage], Groups] | None,
    theme: Theme,
    themes: list[Theme],
    articles: list[Article],
    key_terms: list[tuple[Entry, int]] | None,
) -> tuple[list[ThemePage], Groups]:
    """:func:`theme_pages`, from the ``last`` ones (the pages and each article's group) where they are the same.

    A page is the last one while its articles (and their place), its page count
    and its introduction are the same; an article's group is the last one while
    the article and its slug are the same. Returns the pages and the groups.
    """
    kept_pages, kept_groups = last if last is not None else ([], {})
    return _theme_pages(theme, themes, articles, key_terms, kept_groups, {p.src: p for p in kept_pages})


def _theme_pages(
    theme: Theme,
    themes: list[Theme],
    articles: list[Article],
    key_terms: list[tuple[Entry, int]] | None,
    before: Groups,
    pages_before: Mapping[str, ThemePage],
) -> tuple[list[ThemePage], Groups]:
    """The theme's pages, and each article's group; a page or group ``before`` made from the same is reused."""
    groups_made: Groups = {}
    ordered = sort_for_listing([a for a in articles if passages(a, theme.id)])
    tagged = [a for a in ordered if theme.id in a.themes]
    groups = tagged + [a for a in ordered if theme.id not in a.themes]
    tagged_ids = {a.id for a in tagged}
    count = sum(len(passages(a, theme.id)) for a in groups)
    chunks = [groups[i : i + PAGE_ARTICLES] for i in range(0, len(groups), PAGE_ARTICLES)] or [[]]
    pages = []
    for number, chunk in enumerate(chunks, 1):
        here = page_src(theme.id, number)
        intro = _introduction(theme, themes, articles, tagged, count, key_terms, here) if number == 1 else []
        page_from = (theme, len(chunks), intro, [(a, a.slug, a.id not in tagged_ids) for a in chunk])
        kept = pages_before.get(here)
        if kept is not None and kept.made_from == page_from:
            for article in chunk:  # its groups stay kept for the pages still to make
                groups_made[article.id] = before[article.id]
            pages.append(kept)
            continue
        title = theme.title if number == 1 else f"{theme.title} (page {number})"
        # Excerpts repeat the articles' text: left out of the search index, which has the articles.
        extra = {} if number == 1 else {"search": "{exclude: true}"}
        page = Skeleton()
        page.md(
            front_matter(title, theme.description, **extra),
        )
        page.html(breadcrumbs(("Accueil", "index.md"), ("Thèmes", "themes/index.md")), indexed=False)
        page.md(
            f"# {escape.md(title)}",
            "",
        )
        if number == 1:
            page.md(*intro)
        nav = pager(number, len(chunks), here, lambda n: page_src(theme.id, n), "Pages du thème")
        if nav:
            page.md(nav, "")
        quotes: list[tuple[Article, Passage]] = []
        for article in chunk:
            secondary = article.id not in tagged_ids
            made_from = (article, article.slug, secondary)
            last = before.get(article.id)
            group = last[1] if last is not None and last[0] == made_from else None
            if group is None:
                group = _group(article, passages(article, theme.id), secondary)
            groups_made[article.id] = (made_from, group)
            heading, listing, found = group
            page.heading(heading)
            page.html(listing, indexed=False)
            quotes += found
        if quotes:
            page.heading(Heading(2, "Citations", "citations"))
            items = []
            for article, quote in quotes:
                link = url(f"articles/{article.slug}.md", quote.anchor)
                who = f" — {text(quote.attribution)}" if quote.attribution else ""
                title_link = f'<a href="{link}" data-preview>{text(article.title)}</a>'
                items.append(f"<li>«\u00a0{quote.excerpt}\u00a0»{who} ({title_link})</li>")
            page.html(f'<ul class="dossier-theme-quotes" data-search-exclude>{"".join(items)}</ul>', indexed=False)
        if nav:
            page.md("", nav, "")
        pages.append(ThemePage(here, page, page_from))
    return pages, groups_made


def _introduction(
    theme: Theme,
    themes: list[Theme],
    articles: list[Article],
    tagged: list[Article],
    count: int,
    key_terms: list[tuple[Entry, int]] | None,
    here: str,
) -> list[str]:
    lines = [
        f"{escape.md(theme.description)}\n{{: .dossier-lead }}",
        "",
        f"{_plural(len(tagged), 'article')} {'traitent' if len(tagged) > 1 else 'traite'} ce thème ; "
        f"{_plural(count, 'passage')} {'en parlent' if count > 1 else 'en parle'} ci-dessous, "
        "chacun relié à l'endroit exact de l'article.",
        "",
    ]
    near = cooccurring(theme, themes, articles)
    if near:
        links = ", ".join(
            f"[{escape.md(t.title)}]({relative(page_src(t.id, 1), here)}) ({_plural(n, 'article')} en commun)"
            for t, n in near
        )
        lines += [f"Thèmes voisins\u00a0: {links}.", ""]
    if key_terms:
        glossary = relative("glossaire/index.md", here)
        links = ", ".join(f"[{escape.md(e.term)}]({glossary}#{e.slug}) ({n})" for e, n in key_terms)
        lines += [f"Termes clés du glossaire\u00a0: {links}.", ""]
    return lines


def render_theme(
    theme: Theme,
    themes: list[Theme],
    articles: list[Article],
    key_terms: list[tuple[Entry, int]] | None = None,
) -> str:
    """The first page of a theme (all of it for a small corpus), fragments in place (for tests and review)."""
    return theme_pages(theme, themes, articles, key_terms)[0].page.inline()


def render_themes_index(themes: list[Theme], articles: list[Article]) -> str:
    lines = [
        front_matter("Thèmes", "Les thèmes du dossier\u00a0: stratégie, sécurité, géopolitique, startups."),
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
    lines += ["</div>", ""]
    chart = share_chart(themes, articles)
    if chart:
        lines += ["## Part de chaque thème {: #parts }", "", chart, ""]
    return "\n".join(lines) + "\n"


def share_chart(themes: list[Theme], articles: list[Article]) -> str:
    """Each theme's share of the passages: per period when most articles are dated, else per article.

    Periods are years, quarters within a span of three years or less; past :data:`SHARE_ROWS` rows
    (articles with most passages, or latest periods), the picture says what it leaves out.
    """
    counted = [(a, tuple(len(passages(a, t.id)) for t in themes)) for a in articles]
    counted = [(a, c) for a, c in counted if sum(c)]
    if not counted or not themes:
        return ""
    names = [t.title for t in themes]
    dated = [(a, c) for a, c in counted if a.date]
    if len(dated) * 2 >= len(counted) and len({a.date[:4] for a, _ in dated if a.date}) + len(dated) > 2:
        years = sorted({int(a.date[:4]) for a, _ in dated if a.date})
        quarters = years[-1] - years[0] < 3
        sums: dict[tuple[int, int], list[int]] = {}
        for article, counts in dated:
            year, month = int(str(article.date)[:4]), int(str(article.date)[5:7] or 1)
            key = (year, (month - 1) // 3 if quarters else 0)
            total = sums.setdefault(key, [0] * len(themes))
            for i, n in enumerate(counts):
                total[i] += n
        periods = sorted(sums)
        kept = periods[-SHARE_ROWS:]
        rows = [
            charts.Share(f"{('T' + str(q + 1) + ' ') if quarters else ''}{y}", tuple(sums[(y, q)])) for y, q in kept
        ]
        undated = len(counted) - len(dated)
        what = "trimestre" if quarters else "année"
        caption = f"Part des passages de chaque thème, par {what} de publication"
        caption += f" (les {len(kept)} dernières périodes sur {len(periods)})" if len(periods) > len(kept) else ""
        caption += (
            f" ; {undated} article{'s' if undated > 1 else ''} sans date non compté{'s' if undated > 1 else ''}."
            if undated
            else "."
        )
        return charts.shares("chart-themes", "Part de chaque thème dans le temps", names, rows, caption)
    ranked = sorted(counted, key=lambda x: (-sum(x[1]), x[0].title.casefold(), x[0].id))
    kept_articles = ranked[:SHARE_ROWS]
    rows = [charts.Share(a.title, c) for a, c in kept_articles]
    caption = "Part des passages de chaque thème, article par article"
    if len(counted) > len(kept_articles):
        caption += f"\u00a0: les {len(kept_articles)} articles qui ont le plus de passages, sur {len(counted)}"
    return charts.shares("chart-themes", "Part de chaque thème par article", names, rows, caption + ".")
