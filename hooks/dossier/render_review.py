"""The cleaning review page (``nettoyage/``): every line the cleaner took out of an article, and why.

Contributors read it to check the cleaner on their article; the front matter's
``keep`` and ``remove`` lists correct it (see the Contribuer page). The open
data has the complete list (``data/removed.json``); the page shows the
articles with the most removals first, up to :data:`SHOWN`.
"""

from __future__ import annotations

from collections import Counter

from .escape import md, yaml_string
from .model import Article
from .text import truncate

PAGE = "nettoyage.md"
SHOWN = 60  # articles listed on the page; the data file has them all
TEXT_CHARS = 160

# What each rule removes, as the page names it.
RULES: dict[str, str] = {
    "breadcrumb": "fil d’Ariane",
    "menu": "menu, rubrique ou bouton",
    "dateline": "ligne de date (sa date, quand elle en a une, gardée comme date de l’article)",
    "byline": "signature (gardée comme auteur)",
    "reading-time": "temps de lecture",
    "print-issue": "numéro imprimé (sa date gardée comme date de l’article)",
    "kicker": "rubrique au-dessus du titre",
    "site-header": "en-tête du site (nom, devise, rubrique, menu) au-dessus du titre",
    "publisher": "nom du site (gardé comme éditeur)",
    "site-suffix": "nom du site ajouté au titre par la barre de titre de la page",
    "related": "renvoi « À lire aussi »",
    "teaser": "titre d’un autre article, sous un renvoi",
    "summary": "sommaire ou résumé du site",
    "furniture": "partage, commentaires, publicité",
    "comment": "commentaire d’un lecteur, sous ses boutons",
    "image": "image ou adresse d’image",
    "credit": "crédit photo ou légende",
    "translation": "crédit du traducteur ou générique d’une dépêche",
    "tags": "liste de mots-clés",
    "address": "adresse ou contact du site",
    "feature-box": "encadré de lignes courtes",
    "social-post": "publication de réseau social intégrée",
    "key-points": "encadré de points clés en tête de page",
    "sources": "liste des sources en pied d’article",
    "paywall": "invitation à s’abonner ou à faire un don",
    "badge": "badge d’accès (offert, abonnés)",
    "newsletter": "lettre d’information",
    "legal": "cookies et mentions légales",
    "disclaimer": "avertissement du site",
    "filler": "texte sur le site lui-même",
    "signature": "nom de l’auteur répété",
    "title-repeat": "titre répété sur la page",
    "summary-repeat": "points clés repris dans le texte",
    "lead-repeat": "chapô répété en tête du texte",
    "excerpt": "extrait tronqué (…) répété avant le texte",
    "syndication": "mention de la publication d’origine (article repris)",
    "view-count": "compteur de vues ou de lectures",
    "signature-end": "signature en fin d’article (gardée comme auteur)",
    "series-label": "mention de série ou d’épisode",
    "video": "lecteur vidéo ou audio",
    "site-template": "gabarit du site, répété autour de plusieurs articles",
    "front-matter": "retirée par le front matter (remove)",
    "title": "titre du texte, remplacé par celui de l’en-tête (title)",
    "unsafe-link": "adresse de lien refusée (le texte du lien est gardé)",
    "unsafe-image": "image refusée (ni https, ni fichier du projet)",
    "markup": "signe seul ou code de la page, sans texte",
    "interface": "ligne d’interface du site en marge du texte (modèle appris)",
}


def rule_label(rule: str) -> str:
    return RULES.get(rule, rule)


def render_review(articles: list[Article]) -> str:
    """The page's Markdown: counts by rule, then each article's removed lines (line, rule, text)."""
    with_removals = [a for a in articles if a.removed]
    by_rule: Counter[str] = Counter()
    articles_by_rule: Counter[str] = Counter()
    for article in with_removals:
        rules = [r.rule for r in article.removed]
        by_rule.update(rules)
        articles_by_rule.update(set(rules))
    total = sum(by_rule.values())
    out = [
        "---",
        f"title: {yaml_string('Lignes retirées au nettoyage')}",
        "search:",
        "  exclude: true",
        "toc_depth: 2",
        "---",
        "",
        "# Lignes retirées au nettoyage",
        "",
        "Le nettoyage retire des articles ce qui vient du site d’origine et non du texte\u00a0: fils d’Ariane, menus, "
        "dates et signatures (gardées comme métadonnées), images et crédits, renvois « À lire aussi », encadrés, "
        "adresses, bandeaux de cookies, d’abonnement ou de partage. Rien n’est retiré sans être listé ici.",
        "",
        "Une ligne retirée à tort se garde avec `keep` dans le front matter de l’article ; une ligne restée à tort "
        "se retire avec `remove` (voir [Contribuer](contribuer.md)). La liste complète est aussi dans les "
        "données ouvertes\u00a0: `data/removed.json`.",
        "",
    ]
    if not total:
        out += ["Aucune ligne retirée\u00a0: les articles ne contenaient rien d’autre que leur texte.", ""]
        return "\n".join(out)
    out += [
        "## Par règle",
        "",
        f"{total} lignes retirées dans {len(with_removals)} articles sur {len(articles)}.",
        "",
        "| Règle | Lignes | Articles |",
        "| --- | ---: | ---: |",
    ]
    for rule, count in sorted(by_rule.items(), key=lambda item: (-item[1], item[0])):
        out.append(f"| {md(rule_label(rule))} (`{rule}`) | {count} | {articles_by_rule[rule]} |")
    out += ["", "## Par article", ""]
    shown = sorted(with_removals, key=lambda a: (-len(a.removed), a.id))[:SHOWN]
    if len(with_removals) > SHOWN:
        out += [
            f"Les {SHOWN} articles où le nettoyage a le plus retiré ; les {len(with_removals) - SHOWN} autres "
            "sont dans `data/removed.json`.",
            "",
        ]
    for article in shown:
        out += [
            f"### {md(article.title)}",
            "",
            f"[Lire l’article](articles/{article.slug}.md) · source\u00a0: `{article.source_file.replace('`', '')}`",
            "",
            "| Ligne | Règle | Texte retiré |",
            "| ---: | --- | --- |",
        ]
        for removal in article.removed:
            text = md(truncate(removal.text, TEXT_CHARS))
            out.append(f"| {removal.line} | {md(rule_label(removal.rule))} | {text} |")
        out.append("")
    return "\n".join(out)
