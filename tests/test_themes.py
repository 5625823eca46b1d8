"""Theme taxonomy, passage classification, and the seeds' expected themes."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier import corpus, themes
from dossier.clean import clean
from dossier.model import Source

from .conftest import ROOT, SEEDS

TAXONOMY = themes.load_themes(ROOT / "sources" / "themes.yml", "sources/themes.yml")
MATCHER = themes.Matcher(TAXONOMY)
SEED_CORPUS = corpus.build(SEEDS, ROOT)
BY_ID = {a.id: a for a in SEED_CORPUS.articles}


def test_taxonomy_ids_and_titles() -> None:
    assert [(t.id, t.title) for t in TAXONOMY] == [
        ("strategy", "Stratégie"),
        ("security", "Sécurité"),
        ("geopolitics", "Géopolitique"),
        ("startups", "Startups"),
    ]


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Les enjeux géopolitiques", "geopolitics"),
        ("des laboratoires chinoises face aux États-Unis", "geopolitics"),
        ("face à la Chine", "geopolitics"),
        ("les États-Unis", "geopolitics"),
        ("des usages malveillants", "security"),
        ("les régulateurs européens", "security"),
        ("monétiser ses modèles", "strategy"),
        ("les investissements massifs", "strategy"),
        ("les jeunes pousses françaises", "startups"),
        ("des petites entreprises", "startups"),
        # Competition as business news words it: a rival, a counter-attack, a change of course.
        ("pour rivaliser avec OpenAI", "strategy"),
        ("Meta contre-attaque", "strategy"),
        ("le groupe a radicalement changé de cap", "strategy"),
        # A royalty is how an "open" licence earns money; collecting users' data is a privacy matter.
        ("une redevance versée à Meta", "strategy"),
        ("une nouvelle politique de collecte de données", "security"),
        # A law that would ban: regulation.
        ("rendre les modèles ouverts illégaux", "security"),
        # The national or European champion: industrial sovereignty.
        ("une championne européenne de l'IA", "geopolitics"),
        # What the strategy theme is about, in its own definition: opening or closing one's models.
        ("Meta dit ses modèles open source", "strategy"),
        ("le groupe a choisi d'ouvrir Llama", "strategy"),
        ("Meta referme peu à peu ses modèles", "strategy"),
        # Attacks on information systems and fraud, the misuse of the technology, as news copy names them.
        ("la mairie a subi une cyberattaque", "security"),
        ("un rançongiciel a chiffré les serveurs de l'hôpital", "security"),
        ("les pirates ont revendiqué le piratage", "security"),
        ("une fuite de données touche 19 millions d'abonnés", "security"),
        ("des étudiants ont triché avec ChatGPT", "security"),
        ("le logiciel détecte le plagiat", "security"),
    ],
)
def test_inflected_forms_and_phrases_match(text: str, theme: str) -> None:
    assert MATCHER.count(text)[theme] >= 1


def test_phrase_counts_once_and_longest_first() -> None:
    assert MATCHER.count("les petites entreprises")["startups"] == 1
    assert MATCHER.count("Le pays, la Chine et les États-Unis")["geopolitics"] == 3


def article(body: str) -> themes.Article:
    a = clean(Source(id="x", path=Path("x.txt"), rel="x.txt", body=body))
    themes.classify(a, MATCHER)
    return a


FILLER = "Le texte continue ici avec des phrases neutres sur le sujet du jour et rien de plus. " * 3


def test_one_stray_word_is_not_a_theme() -> None:
    a = article(f"Titre\n{FILLER}\nUne phrase mentionne la Chine en passant. {FILLER}\n{FILLER}")
    assert a.themes == []
    assert all(not b.themes for b in a.blocks)


def test_a_demonym_alone_is_no_evidence_of_geopolitics() -> None:
    # The press tags every actor with its origin: a weak keyword counts only with a strong one of the
    # theme in the same passage, or with another weak one (two blocs named: a rivalry).
    assert "geopolitics" not in MATCHER.count("La jeune pousse française séduit des clients européens.")
    assert MATCHER.count("Les clients européens regardent vers Pékin.")["geopolitics"] == 2
    assert MATCHER.count("Les laboratoires chinois talonnent les géants américains.")["geopolitics"] == 2
    origin = (
        "Une société européenne ouvre ses modèles\n"
        "La société européenne Valmont publie ses modèles pour ses clients européens. "
        "Elle vise les banques et les assureurs du continent.\n"
        "Ses ingénieurs européens promettent une version par trimestre, et une documentation complète.\n"
    )
    assert "geopolitics" not in article(origin).themes


def test_institution_names_and_tech_hubs_only_back_up_geopolitics() -> None:
    # "national" is mostly part of an institution's name, and the Silicon Valley a place where
    # companies are: neither is evidence alone; with a strong keyword of the theme, both count.
    assert "geopolitics" not in MATCHER.count("Il a travaillé à l'Institut national de recherche en informatique.")
    assert "geopolitics" not in MATCHER.count("Les fonds de la Silicon Valley ont suivi le tour de table.")
    assert MATCHER.count("La Silicon Valley regarde Pékin.")["geopolitics"] == 2
    assert MATCHER.count("Une question de sécurité nationale.")["geopolitics"] == 1


NEUTRAL = "Le service sera disponible à la rentrée, d'abord en anglais, puis dans une dizaine de langues."


def test_a_theme_the_headline_and_the_lead_name_is_the_articles() -> None:
    # Headline and lead (the opening paragraph) state what a news item is about: one keyword in each.
    a = article(
        "Une jeune pousse lyonnaise lance son assistant\n"
        f"Le fondateur de Brisa a présenté mardi son outil.\n{NEUTRAL}\n{NEUTRAL}\n"
    )
    assert a.themes == ["startups"]
    # The same keyword lower down, with a headline that does not name the theme: a stray word.
    b = article(f"Brisa lance son assistant\n{NEUTRAL}\n{NEUTRAL}\nLe fondateur de Brisa a présenté mardi son outil.\n")
    assert b.themes == []


def test_the_lead_weighs_more_in_a_short_item() -> None:
    # In a short item, keywords spread over its paragraphs make a theme; the lead's count twice.
    lead = "La start-up Brisa a présenté mardi son assistant pour les cabinets comptables."
    later = "Le tour de table réunit deux fonds régionaux."
    rival = "Son concurrent mise sur la publicité pour rester rentable."  # strategy, filed by its own passage
    assert article(f"Brisa présente son assistant\n{lead}\n{NEUTRAL}\n{rival}\n{later}\n").themes == [
        "strategy",
        "startups",
    ]
    assert article(f"Brisa présente son assistant\n{NEUTRAL}\n{lead}\n{rival}\n{later}\n").themes == ["strategy"]


def test_a_lead_that_treats_a_theme_files_the_article_under_it() -> None:
    # The lead states the essentials (inverted pyramid): when the opening paragraph is itself a
    # passage on a theme, the article is about it, however long the rest runs on something else.
    lead = "La jeune pousse Brisa, cofondée en 2022 par deux ingénieures, présente son assistant."
    body = f"Brisa présente son assistant\n{lead}\n" + f"{NEUTRAL}\n" * 8
    assert article(body).themes == ["startups"]
    # The same passage lower down is one passage in a long article: not enough.
    assert (
        article("Brisa présente son assistant\n" + f"{NEUTRAL}\n" * 4 + f"{lead}\n" + f"{NEUTRAL}\n" * 4).themes == []
    )


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        # A start-up's founding, as its portrait gives it.
        ("l'entreprise, cofondée en 2023 par trois chercheurs", 1),
        ("la société fondée en 2021 à Nantes", 1),
        ("une plateforme fondée par deux anciennes de Google", 1),
        # "Fondé sur" is "based on", not a founding; a "série" of models is no funding round.
        ("un raisonnement fondé sur des données publiques", 0),
        ("sa nouvelle série de modèles", 0),
    ],
)
def test_founding_counts_for_startups_and_based_on_does_not(text: str, hits: int) -> None:
    assert MATCHER.count(text)["startups"] == hits


def test_an_article_no_rule_files_goes_under_the_theme_it_names_most() -> None:
    # A newspaper files every article under a rubric: when no theme reaches a threshold, the one
    # named most, in two paragraphs or more, is the article's.
    body = (
        f"Brisa présente son assistant\n{NEUTRAL}\nLa start-up Brisa a présenté mardi son assistant.\n"
        f"{NEUTRAL}\nLe tour de table réunit deux fonds régionaux.\n"
    )
    a = article(body)
    assert a.themes == ["startups"]
    # Its paragraphs that name the theme are its passages on the theme page.
    assert [b.text[:9] for b in a.blocks if "startups" in b.themes] == ["La start-", "Le tour d"]
    # Named in one paragraph only: a stray mention, no rubric.
    assert article(f"Brisa présente son assistant\n{NEUTRAL}\nLa start-up Brisa ouvre.\n{NEUTRAL}\n").themes == []
    # Two themes named equally often: filed under both.
    tied = article(
        f"Brisa présente son assistant\n{NEUTRAL}\nLa start-up Brisa vise la publicité.\n"
        f"{NEUTRAL}\nSon fondateur parle de concurrence.\n"
    )
    assert tied.themes == ["strategy", "startups"]


def test_company_strategy_needs_a_company_named() -> None:
    # Strategy is a company's: the same business words about a state's plan are no strategy passage.
    def themes_of(body: str, start: str) -> list[str]:
        return next(b.themes for b in article(body).blocks if b.text.startswith(start))

    state = "Le président a promis cent milliards d'investissements et un marché unique de la donnée."
    assert "strategy" not in themes_of(f"Titre\n{FILLER}\n{state}\n{FILLER}\n", "Le président")
    company = "Meta a promis cent milliards d'investissements et vise le marché de la donnée."
    assert "strategy" in themes_of(f"Titre\n{FILLER}\n{company}\n{FILLER}\n", "Meta a")
    # A paragraph that goes on about the company named in the one before it is about that company too.
    follow = "Les investisseurs doutent de la rentabilité d'un modèle aussi coûteux donné gratuitement."
    lead = "Meta repousse encore la sortie de son plus grand modèle, sans donner de date."
    assert "strategy" in themes_of(f"Titre\n{lead}\n{follow}\n{FILLER}\n", "Les investisseurs")
    assert "strategy" not in themes_of(f"Titre\n{lead}\n{FILLER}\n{follow}\n", "Les investisseurs")


def test_a_company_taken_up_by_a_common_noun_is_named_once_before() -> None:
    # The press names a company once, then takes it up as "le groupe", "la firme", "l'éditeur" (a reprise):
    # the noun names a company only after the article has named one, in its headline or a passage before.
    def themes_of(body: str, start: str) -> list[str]:
        return next(b.themes for b in article(body).blocks if b.text.startswith(start))

    reprise = "Le groupe a promis cent milliards d'investissements et vise le marché de la donnée."
    assert "strategy" in themes_of(f"Meta change de cap\n{FILLER}\n{reprise}\n{FILLER}\n", "Le groupe")
    named = "Meta publie ses résultats trimestriels, sans surprise pour les analystes du secteur."
    assert "strategy" in themes_of(f"Titre\n{named}\n{FILLER}\n{FILLER}\n{reprise}\n", "Le groupe")
    # Nobody named before: "le groupe", "les entreprises" of a regional forum are anybody's.
    assert "strategy" not in themes_of(f"Titre\n{FILLER}\n{reprise}\n{FILLER}\n", "Le groupe")
    forum = "Les entreprises de la région veulent investir et conquérir de nouveaux marchés grâce à l'IA."
    assert "strategy" not in themes_of(f"Un forum à Rodez\n{FILLER}\n{forum}\n{FILLER}\n", "Les entreprises")
    # A reprise takes up a name given before it, never one given later.
    assert "strategy" not in themes_of(f"Titre\n{reprise}\n{FILLER}\n{FILLER}\n{named}\n", "Le groupe")


def test_strategic_autonomy_is_geopolitics() -> None:
    # "Autonomie stratégique" is the European Union's word for independence from other powers.
    hits = MATCHER.count("Le texte plaide pour l'autonomie stratégique du continent.")
    assert hits["geopolitics"] == 1 and "strategy" not in hits


def test_heading_lends_its_theme_to_its_section() -> None:
    a = article(
        f"Titre\n{FILLER}\nUn impact géopolitique ?\nLes pays émergents pourraient en souffrir.\n"
        "Un second paragraphe parle de la Chine et de son influence.\n"
    )
    geo = [b.text for b in a.blocks if "geopolitics" in b.themes]
    assert geo == [
        "Les pays émergents pourraient en souffrir.",
        "Un second paragraphe parle de la Chine et de son influence.",
    ]
    assert a.themes == ["geopolitics"]


def test_front_matter_themes_override_and_unknown_ids_warn() -> None:
    a = clean(
        Source(
            id="x",
            path=Path("x.md"),
            rel="x.md",
            body="Titre\nTexte sur la Chine et les pays.",
            meta={"themes": ["startups", "cuisine"]},
        )
    )
    problems = themes.check_front_matter_themes(a, TAXONOMY)
    themes.classify(a, MATCHER)
    assert a.themes == ["startups"]
    assert str(problems[0]).startswith("x.md:1: unknown theme id(s) 'cuisine'")


def test_seed_expectations() -> None:
    assert "geopolitics" not in BY_ID["001_d22fc0e83397598a"].themes
    assert "geopolitics" in BY_ID["002_ee4ddc32e73303fa"].themes
    assert "strategy" in BY_ID["003_ace1d19fd2e066c3"].themes
    assert "security" not in BY_ID["003_ace1d19fd2e066c3"].themes
    assert "security" in BY_ID["004_ad1c9ff902deb2c0"].themes
    assert "startups" in BY_ID["000_4cf25603e8a583ce"].themes
    assert "geopolitics" in BY_ID["000_4cf25603e8a583ce"].themes


def test_geopolitics_passages_are_about_geopolitics() -> None:
    geo_words = (
        "Chine",
        "chinois",
        "États-Unis",
        "pays",
        "géopolitique",
        "occidental",
        "souverain",
        "nationaux",
        "influence",
    )
    for a in SEED_CORPUS.articles:
        for passage in themes.passages(a, "geopolitics"):
            text = a.passage_text(passage)
            assert any(w in text for w in geo_words), text


def test_about_and_note_blocks_are_not_passages() -> None:
    source = SEEDS / "003_ace1d19fd2e066c3.txt"
    a = clean(Source(id=source.stem, path=source, rel=source.name, body=source.read_text("utf-8")))
    themes.classify(a, MATCHER)
    assert any(b.role in ("about", "note") for b in a.blocks)
    assert all(not b.themes for b in a.blocks if b.role in ("about", "note"))
    anchors = {b.anchor for b in a.blocks if b.role in ("about", "note")}
    assert not anchors & {p.anchor for ps in BY_ID[source.stem].passages.values() for p in ps}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("themes: []", "expected a 'themes:' list"),
        ("themes:\n  - id: Bad Id\n    title: X\n    description: Y\n    keywords: [mot]", "must be lower-case"),
        ("themes:\n  - id: a\n    title: X\n    description: Y\n    keywords: mot", "'keywords' must be a list"),
        ("themes:\n  - {id: a, title: X, description: Y, keywords: [mot], weak: b}", "'weak' must be a list"),
        ("themes:\n  - {id: a, title: X, description: Y, keywords: [mot], about: b}", "'about' must be a list"),
        ("themes:\n  - {id: a, title: X, description: Y, keywords: [mot], reprises: [b]}", "'about', which is missing"),
        (
            "themes:\n" + "  - {id: a, title: X, description: Y, keywords: [mot]}\n" * 2,
            "duplicate theme id 'a'",
        ),
        ("themes: [", "invalid YAML"),
        # "série A" would match every "série" (one-letter words are not matched).
        ("themes:\n  - {id: a, title: X, description: Y, keywords: [série A]}", "'série A' has a one-letter word"),
    ],
)
def test_bad_taxonomy_fails_with_file_and_key(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "themes.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(themes.ThemeConfigError, match=message) as info:
        themes.load_themes(path, "sources/themes.yml")
    assert str(info.value).startswith("sources/themes.yml")


def test_fifth_theme_needs_only_the_yaml(tmp_path: Path) -> None:
    text = (ROOT / "sources" / "themes.yml").read_text(encoding="utf-8")
    text += (
        "  - id: hardware\n    title: Matériel\n    description: Puces et centres de données.\n"
        "    keywords: [GPU, centre de données, H100, cluster]\n"
    )
    path = tmp_path / "themes.yml"
    path.write_text(text, encoding="utf-8")
    c = corpus.build(SEEDS, ROOT, themes_file=path)
    assert [t.id for t in c.themes][-1] == "hardware"
    assert any(themes.passages(a, "hardware") for a in c.articles)


@pytest.mark.parametrize(
    "text",
    [
        "l'Autorité de la concurrence a ouvert une enquête sur l'accord",
        "une plainte pour pratiques anticoncurrentielles",
        "le régulateur britannique a clos son examen antitrust",
        "au titre du contrôle des concentrations",
    ],
)
def test_competition_law_is_regulation(text: str) -> None:
    # Competition authorities' inquiries into deals are regulation: the security theme in its broad sense.
    assert MATCHER.count(text)["security"] >= 1


def test_ethics_alone_is_a_slogan_not_safety() -> None:
    # "Une IA éthique, inclusive et accessible": a value in a pitch; with a risk named, ethics backs it up.
    assert MATCHER.count_units(["Nous voulons une IA éthique, inclusive et accessible."])[0].get("security", 0) == 0
    backed = MATCHER.count_units(["Les risques de la technologie posent une question éthique."])[0]
    assert backed["security"] == 2


def test_the_city_of_paris_is_no_bet() -> None:
    # "Paris" lower-cased reads to the lemmatizer as the plural of "pari" (a bet, a strategy keyword).
    assert MATCHER.count("Le salon s’est tenu à Paris, devant des élus de Paris.").get("strategy", 0) == 0
    assert MATCHER.count("Le groupe fait un pari risqué sur les modèles ouverts.")["strategy"] >= 1


def test_a_big_foreign_lab_called_a_start_up_is_no_start_up_news() -> None:
    # The press tags OpenAI or DeepSeek "la start-up américaine", "la startup chinoise": an epithet, which only backs
    # up the theme's other words; a funding round or a founder still makes the passage one on start-ups.
    tagged = "La start-up américaine présente un nouveau modèle, que ses concurrents observent de près."
    assert "startups" not in MATCHER.count(tagged)
    founded = "La start-up américaine, cofondée en 2021, boucle une levée de fonds de cent millions."
    assert MATCHER.count(founded)["startups"] >= 2


SUBJECT = themes.load_taxonomy(ROOT / "sources" / "themes.yml", "sources/themes.yml")[1]
GATED = themes.Matcher(TAXONOMY, subject_entries=SUBJECT)


def test_an_article_on_another_subject_is_filed_under_no_theme() -> None:
    # The themes are facets of the dossier's subject (AI and its companies): a cabinet reshuffle names the
    # government and the nation, a flood report security and danger, and neither is the dossier's geopolitics
    # or security; the contributor is told, and front matter may still file it.
    reshuffle = (
        "Le gouvernement remanié se réunit\n\nLe gouvernement a été remanié mardi : le pays attend ses "
        "premières décisions, et la nation reste divisée sur sa souveraineté budgétaire.\n\n"
        "Les tensions au sein du gouvernement, qui tient son premier conseil, n'ont pas disparu, "
        "selon plusieurs ministres qui parlent d'influence et de sanction dans le pays."
    )
    on_ai = reshuffle.replace("premières décisions", "premières décisions sur l'intelligence artificielle")
    for body, subject in ((reshuffle, False), (on_ai, True)):
        a = clean(Source(id="x", path=Path("x.txt"), rel="x.txt", body=body))
        notes = themes.classify(a, GATED)
        assert ("geopolitics" in a.themes) is subject
        assert any("geopolitics" in b.themes for b in a.blocks) is subject
        assert [n.level.value for n in notes] == ([] if subject else ["info"])
    # front matter files it anyway
    a = clean(Source(id="x", path=Path("x.txt"), rel="x.txt", body=reshuffle, meta={"themes": ["geopolitics"]}))
    a.themes = ["geopolitics"]
    assert themes.classify(a, GATED) == [] and any("geopolitics" in b.themes for b in a.blocks)


def test_a_first_name_of_the_about_lists_alone_is_not_the_subject() -> None:
    # "Claude" is Anthropic's model and a common French first name: alone, it says nothing of the subject
    assert not GATED.subject.named_in(themes.forms_of("Le maire, Claude Martin, a présenté le budget."))
    assert GATED.subject.named_in(themes.forms_of("Meta a présenté son budget."))
    assert GATED.subject.named_in(themes.forms_of("Des développeurs réunis à Nantes."))
