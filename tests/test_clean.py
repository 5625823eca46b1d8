"""Unit tests for the cleaning rules, on invented text (not only the seeds)."""

from __future__ import annotations

from pathlib import Path

from dossier import clean
from dossier.model import Kind, Source


def article(body: str, markdown: bool = False, **meta: object) -> clean.Article:
    return clean.clean(Source(id="x", path=Path("x.txt"), rel="x.txt", body=body, meta=dict(meta), markdown=markdown))


def kinds(body: str, markdown: bool = False) -> list[tuple[str, str]]:
    return [(b.kind.value, b.plain) for b in article(body, markdown).blocks]


PARA = "Ceci est un paragraphe complet qui parle du sujet de l’article avec assez de mots."


# --- title and byline ---------------------------------------------------------


def test_first_line_title_and_byline_facts() -> None:
    a = article(f"Un titre sans point final\n\nPar\nJeanne Dupont\n5 min de lecture\n\n{PARA}")
    assert (a.title, a.author, a.reading_time, a.title_derived) == (
        "Un titre sans point final",
        "Jeanne Dupont",
        5,
        False,
    )
    assert [b.plain for b in a.blocks] == [PARA]


def test_inline_byline_with_date_and_dateline() -> None:
    a = article(f"Titre\nPar Hervé Legenvre et Erkko Autio, le 3 juillet 2025\n{PARA}")
    assert a.author == "Hervé Legenvre et Erkko Autio"
    assert a.date == "2025-07-03"
    b = article(f"Titre\nPublié le 1er août 2024 à 10h\n{PARA}")
    assert b.date == "2024-08-01"


def test_front_matter_wins() -> None:
    a = article(f"Titre du texte\nPar Jean Martin\n{PARA}", title="Titre YAML", author="Autre", summary="Résumé.")
    assert (a.title, a.author, a.summary) == ("Titre YAML", "Autre", "Résumé.")


def test_derived_title_prefers_the_opening_question() -> None:
    body = (
        "Le secteur change vite. Alors que Meta se positionne comme un leader, la question se pose : "
        "pourquoi Meta, un géant de la technologie doté de vastes ressources, rend-il ses modèles ouverts, "
        "et quels avantages en tire-t-il ?\nSuite de l’article avec des phrases."
    )
    a = article(body)
    assert a.title == "Pourquoi Meta rend-il ses modèles ouverts ?"
    assert a.title_derived


def test_derived_title_from_long_first_sentence_is_shortened() -> None:
    a = article(
        "Meta a annoncé mardi un changement majeur de sa politique de publication des modèles, "
        "qui inquiète les chercheurs et les startups du monde entier. Autre phrase."
    )
    assert a.title == "Meta a annoncé mardi un changement majeur de sa politique de publication des modèles"


def test_series_note_is_not_the_title() -> None:
    a = article(
        "Cet article fait partie d’une série sur l’IA. Il explore le sujet.\nMeta publie Llama en open source.\n"
    )
    assert a.title == "Meta publie Llama en open source"
    assert a.blocks[0].role == "note"


# --- structure ------------------------------------------------------------------


def test_headings_short_lines_and_questions() -> None:
    body = f"Titre\n{PARA}\nUn intertitre sans point\n{PARA}\nPourquoi Meta change-t-il de cap ?\n{PARA}"
    assert [k for k, _ in kinds(body)] == ["paragraph", "heading", "paragraph", "heading", "paragraph"]


def test_not_headings() -> None:
    body = (
        f"Titre\n{PARA}\nVoici les raisons :\n- une\n- deux\n"
        "une ligne en minuscules sans point\n"
        f"{'Une très longue ligne sans ponctuation finale qui compte bien plus de seize mots et donc ' * 2}\n{PARA}"
    )
    assert [k for k, _ in kinds(body)] == ["paragraph", "paragraph", "list", "paragraph", "paragraph", "paragraph"]


def test_bullets_of_every_kind_become_lists() -> None:
    body = f"Titre\n{PARA}\n  • un\n  • deux\n{PARA}\n* a\n* b\n{PARA}\n1. premier\n2) second\n"
    blocks = article(body).blocks
    lists = [b for b in blocks if b.kind is Kind.LIST]
    assert [b.items for b in lists] == [[(0, "un"), (0, "deux")], [(0, "a"), (0, "b")], [(0, "premier"), (0, "second")]]
    assert [b.ordered for b in lists] == [False, False, True]


def test_nested_bullets() -> None:
    items = next(
        b for b in article(f"Titre\n{PARA}\n- a\n    - a1\n    - a2\n- b\n").blocks if b.kind is Kind.LIST
    ).items
    assert items == [(0, "a"), (1, "a1"), (1, "a2"), (0, "b")]


def test_dash_attribution_makes_a_quotation() -> None:
    body = f"Titre\n{PARA}\nNous ne partagerons pas tout.\n– Mark Zuckerberg, PDG de Meta\n{PARA}"
    quote = article(body).blocks[1]
    assert (quote.kind, quote.text, quote.attribution) == (
        Kind.QUOTE,
        "Nous ne partagerons pas tout.",
        "Mark Zuckerberg, PDG de Meta",
    )


def test_dash_list_is_not_an_attribution() -> None:
    body = f"Titre\n{PARA}\n- Premier point\n- Second point\n{PARA}"
    assert [k for k, _ in kinds(body)] == ["paragraph", "list", "paragraph"]


def test_hard_wrapped_paragraphs_are_joined() -> None:
    body = (
        "Un titre\n\n"
        "Meta a longtemps défendu l'ouverture de ses modèles de langage, et\n"
        "cette stratégie a permis à de nombreux développeurs de construire des\n"
        "produits à moindre coût sans dépendre d'un fournisseur unique.\n\n"
        "Les startups craignent désormais un changement de cap qui les obligerait\n"
        "à payer pour accéder aux meilleurs modèles du marché actuel.\n"
    )
    blocks = article(body).blocks
    assert len(blocks) == 2
    assert blocks[0].text.startswith("Meta a longtemps") and blocks[0].text.endswith("fournisseur unique.")


def test_markdown_source_structure() -> None:
    body = (
        "# Titre Markdown\n\nPremier paragraphe\nsur deux lignes.\n\n## Section\n\n- un\n- deux\n\n"
        "> Une citation\n> sur deux lignes.\n\n– Jeanne Dupont, chercheuse\n\nTexte avec <b>HTML</b> et [lien](x).\n"
    )
    a = article(body, markdown=True)
    assert a.title == "Titre Markdown"
    got = [(b.kind.value, b.text or b.items, b.attribution) for b in a.blocks]
    assert got == [
        ("paragraph", "Premier paragraphe sur deux lignes.", ""),
        ("heading", "Section", ""),
        ("list", [(0, "un"), (0, "deux")], ""),
        ("quote", "Une citation sur deux lignes.", "Jeanne Dupont, chercheuse"),
        ("paragraph", "Texte avec <b>HTML</b> et lien.", ""),
    ]
    # The raw HTML stays text; the link is a mark on its words, with its target.
    assert a.blocks[-1].marks == [(0, 26, 30, "a", "x")]


# --- cruft ----------------------------------------------------------------------


def test_cruft_families_from_other_sites() -> None:
    body = "\n".join(
        [
            "Un titre d’article",
            PARA,
            "Lire aussi : Comment OpenAI a changé de modèle économique",
            "Partager sur Facebook",
            "Crédit photo : AFP",
            PARA.replace("Ceci", "Cela"),
            "12 commentaires",
            "Inscrivez-vous à notre newsletter quotidienne",
            "Ce site utilise des cookies pour améliorer votre expérience de navigation.",
            "Tous droits réservés © 2025 Le Journal",
            "Articles similaires",
            "OpenAI lève 10 milliards",
            "Google répond à Meta",
        ]
    )
    assert [b.plain for b in article(body).blocks] == [PARA, PARA.replace("Ceci", "Cela")]


def test_republication_filler_is_removed_but_bios_stay() -> None:
    filler = (
        "Ce billet a été sélectionné par notre site pour vous. Vous avez la possibilité de contacter notre "
        "rédaction sur exemple.fr et de consulter notre site en ligne régulièrement."
    )
    bio = "Jeanne Dupont est professeure à l’université. Elle a fondé Lab (www.lab.org), Obs (obs.org) et X (x.com)."
    a = article(f"Titre\n{PARA}\nÀ propos de l’auteur\n{bio}\n{filler}")
    assert [(b.kind.value, b.role) for b in a.blocks] == [
        ("paragraph", "body"),
        ("heading", "about"),
        ("paragraph", "about"),
    ]
    assert a.words == len(PARA.split())


def test_publisher_from_site_name_line() -> None:
    a = article(f"Titre\n{PARA}\nauthor avatar\nExemple-Tech.fr\nÀ lire également")
    assert a.publisher == "Exemple-Tech.fr"
    assert [b.plain for b in a.blocks] == [PARA]


# --- anchors and summary ----------------------------------------------------------


def test_anchors_are_stable_when_a_paragraph_is_inserted() -> None:
    one = article(f"Titre\n{PARA}\nIntertitre\nDeuxième paragraphe ici.\n").blocks
    two = article(f"Titre\nUn ajout en tête de l’article.\n{PARA}\nIntertitre\nDeuxième paragraphe ici.\n").blocks
    assert [b.anchor for b in one] == [b.anchor for b in two[1:]]
    assert one[1].anchor == "intertitre"


def test_duplicate_paragraphs_get_distinct_anchors() -> None:
    anchors = [b.anchor for b in article(f"Titre\n{PARA}\nAutre.\n{PARA}").blocks]
    assert len(set(anchors)) == 3
    assert anchors[2] == anchors[0] + "-2"


def test_summary_skips_a_derived_title_sentence() -> None:
    a = article("Meta va-t-il fermer ses modèles ? Le groupe hésite. Les startups s’inquiètent.\n")
    assert a.title == "Meta va-t-il fermer ses modèles ?"
    assert a.summary == "Le groupe hésite. Les startups s’inquiètent."


# --- other publishers' habits (fixtures written in their styles) ------------------

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_article(name: str) -> clean.Article:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return clean.clean(Source(id=name, path=FIXTURES / name, rel=name, body=text))


def test_daily_newspaper_layout() -> None:
    a = fixture_article("quotidien.txt")
    assert a.title == "Llama 4 : Meta joue la carte de l’ouverture face à OpenAI"  # rubric line skipped
    assert (a.author, a.date, a.reading_time) == ("Claire Martin", "2025-04-06", 3)
    assert [b.kind.value for b in a.blocks] == ["paragraph", "paragraph", "paragraph", "heading", "paragraph", "list"]
    assert a.blocks[-1].ordered
    text = " ".join(b.plain for b in a.blocks)
    for cruft in ("Offrir", "abonnés", "Lire aussi", "appareil", "offres multicomptes", "Claire Martin"):
        assert cruft not in text


def test_hard_wrapped_blog_layout() -> None:
    a = fixture_article("blog_wrapped.txt")
    assert (a.title, a.date, a.reading_time) == ("Meta, Llama et la bataille de l'open source", "2025-03-12", 4)
    assert [b.kind.value for b in a.blocks] == ["paragraph", "paragraph", "heading", "paragraph"]
    assert a.blocks[1].text.startswith("Dans un entretien") and a.blocks[1].text.endswith("par le groupe.")
    text = " ".join(b.plain for b in a.blocks)
    for cruft in ("Tags", "Partager", "Facebook", "LinkedIn", "commentaire"):
        assert cruft not in text
