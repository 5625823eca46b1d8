"""A site's template found across the corpus (dossier.boilerplate): lines that frame several articles word for word."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier import boilerplate, corpus, export
from dossier.text import fold, normalise_line, visible, words

# An invented regional site's furniture, pasted with each of its articles.
TOP = ["Le Courrier des Vallées", "Accès abonnés  |  Se connecter", "Économie"]
BOTTOM = [
    "Le Courrier des Vallées, le journal qui vous ressemble depuis 1948",
    "Recevez chaque vendredi notre sélection d'articles sur l'innovation",
    "© Le Courrier des Vallées – Tous droits réservés",
]

ARTICLES = {
    "vallees-cloud": (
        "Un hébergeur de la vallée mise sur des modèles ouverts",
        "L'entreprise, installée près de Grenoble, propose depuis l'automne des serveurs où tourne Llama.",
        "Sa dirigeante y voit une façon de garder les données des clients dans la région.",
    ),
    "vallees-lycee": (
        "Un lycée forme ses élèves aux assistants de code",
        "Les élèves de terminale apprennent à relire le code qu'un modèle de langage leur propose.",
        "Le proviseur compte étendre l'atelier aux classes de première à la rentrée.",
    ),
    "vallees-startup": (
        "Une jeune pousse locale lève deux millions d'euros",
        "La société conçoit un outil de traduction des notices techniques fondé sur un modèle libre.",
        "Les fonds serviront à recruter six ingénieurs d'ici l'été prochain.",
    ),
}


def copy(title: str, lead: str, second: str, byline: str = "Par Jeanne Roux") -> str:
    return "\n\n".join([*TOP, title, byline, lead, second, *BOTTOM]) + "\n"


def write(project: Path, names: dict[str, str]) -> Path:
    folder = project / "sources" / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in names.items():
        (folder / name).write_text(text, "utf-8")
    return folder


@pytest.fixture
def site(tmp_path: Path) -> Path:
    write(tmp_path, {f"{name}.txt": copy(*parts) for name, parts in ARTICLES.items()})
    return tmp_path


def build(project: Path, cache: corpus.Cache | None = None) -> corpus.Corpus:
    return corpus.build(project / "sources" / "articles", project, THEMES, GLOSSARY, cache=cache)


def build_stored(project: Path, store: corpus.Store) -> corpus.Corpus:
    return corpus.build(project / "sources" / "articles", project, THEMES, GLOSSARY, store=store)


ROOT = Path(__file__).resolve().parent.parent
THEMES = ROOT / "sources" / "themes.yml"
GLOSSARY = ROOT / "sources" / "glossary.yml"


def removed(articles: list) -> str:
    return str(export.removed_records(articles))


# -- the pure functions -----------------------------------------------------------------------------


def test_edges_are_the_short_lines_at_the_top_and_bottom_folded() -> None:
    middle = [f"Paragraphe {i} du corps de l'article, assez long pour ne rien encadrer du tout." for i in range(40)]
    data = "\n".join(["• Menu  Principal", *middle, "Tous droits RÉSERVÉS"]).encode()
    found = boilerplate.edges(data)
    assert "menu principal" in found.lines and "tous droits réservés" in found.lines
    assert not any(line.startswith("paragraphe 20") for line in found.lines)  # the middle of the text: never


def test_long_lines_markdown_files_and_front_matter_are_not_edges() -> None:
    long = " ".join(["mot"] * (boilerplate.MAX_WORDS + 1))
    assert long not in boilerplate.edges(f"{long}\nCourt\nUn autre paragraphe un peu plus long.".encode()).lines
    assert boilerplate.edges(b"## Sources\nUn texte.", markdown=True) == boilerplate.NO_EDGES
    fronted = boilerplate.edges(b"---\ntitle: Un titre\n---\nLigne du haut\nLe texte de l'article.")
    assert "title: un titre" not in fronted.lines and "---" not in fronted.lines
    assert "ligne du haut" in fronted.lines


def test_a_line_framing_two_different_texts_is_a_template_line() -> None:
    pages = [boilerplate.edges(copy(*parts).encode()) for parts in ARTICLES.values()]
    template = boilerplate.recurring(pages[:2])
    assert boilerplate.fold(BOTTOM[1]) in template and boilerplate.fold(TOP[0]) in template
    assert boilerplate.recurring(pages[:1]) == frozenset()  # one page is no template


def test_copies_of_one_text_count_once() -> None:
    """A dispatch pasted from three sites shares its headline and text: no template line comes of it."""
    title, lead, second = ARTICLES["vallees-cloud"]
    pages = [boilerplate.edges(f"Site {site}\n{title}\n{lead}\n{second}\n".encode()) for site in "ABC"]
    assert boilerplate.recurring(pages) == frozenset()


# -- the corpus: removed, reported, never the title or the byline ---------------------------------------


def test_template_lines_are_removed_and_reported_with_their_rule(site: Path) -> None:
    built = build(site)
    for article in built.articles:
        assert article.title == ARTICLES[article.id][0]
        assert article.author == "Jeanne Roux"  # the byline recurs too, and stays the byline
        for line in [*TOP, *BOTTOM]:
            assert " ".join(line.split()) not in article.text
        rules = {r.text: r.rule for r in article.removed}
        assert rules[BOTTOM[0]] == "site-template"  # a slogan: no rule of its own knows it
        assert ARTICLES[article.id][1] in article.text
    assert "site-template" in removed(built.articles)


def test_the_only_article_of_a_site_keeps_its_lines(tmp_path: Path) -> None:
    """One article of the site: its slogan is not known to be furniture (a contributor removes it with 'remove')."""
    name, parts = next(iter(ARTICLES.items()))
    others = {"autre.txt": "Un autre site\n\nUn autre titre\n\nUn autre texte, sur un autre sujet, assez long.\n"}
    write(tmp_path, {f"{name}.txt": copy(*parts), **others})
    article = next(a for a in build(tmp_path).articles if a.id == name)
    assert not any(r.rule == "site-template" for r in article.removed)
    assert BOTTOM[0] in article.text


def test_markdown_articles_keep_their_recurring_lines(tmp_path: Path) -> None:
    md = {
        f"{name}.md": f"# {t}\n\n{lead}\n\n{second}\n\n## Pour aller plus loin\n"
        for name, (t, lead, second) in ARTICLES.items()
    }
    write(tmp_path, md)
    for article in build(tmp_path).articles:
        assert not any(r.rule == "site-template" for r in article.removed)


def test_a_serve_rebuild_that_adds_a_second_article_of_the_site_analyses_the_first_again(tmp_path: Path) -> None:
    """The template is decided over the corpus: the cache keeps each analysis under the lines it removed."""
    items = list(ARTICLES.items())
    write(tmp_path, {f"{items[0][0]}.txt": copy(*items[0][1]), "autre.txt": "Un autre site\n\nUn texte à part.\n"})
    cache = corpus.Cache()
    build(tmp_path, cache)
    write(tmp_path, {f"{items[1][0]}.txt": copy(*items[1][1])})
    again = build(tmp_path, cache)
    assert (cache.hits, cache.misses) == (1, 2)  # "autre.txt" holds no template line: kept
    assert export.articles_json(again.articles) == export.articles_json(build(tmp_path).articles)
    assert all(BOTTOM[0] not in a.text for a in again.articles)
    unchanged = build(tmp_path, cache)
    assert (cache.hits, cache.misses) == (3, 0)
    assert removed(unchanged.articles) == removed(again.articles)


def test_the_store_keeps_each_analysis_under_its_template_lines(tmp_path: Path) -> None:
    write(tmp_path, {f"{name}.txt": copy(*parts) for name, parts in ARTICLES.items()})
    store = corpus.Store(tmp_path / "store")
    first = build_stored(tmp_path, store)
    second_store = corpus.Store(tmp_path / "store")
    second = build_stored(tmp_path, second_store)
    assert second_store.hits == 3
    assert removed(second.articles) == removed(first.articles)
    for name in ("vallees-lycee.txt", "vallees-startup.txt"):  # one left: no template any more
        (tmp_path / "sources" / "articles" / name).unlink()
    third_store = corpus.Store(tmp_path / "store")
    third = build_stored(tmp_path, third_store)
    assert third_store.hits == 0
    assert all(BOTTOM[0] in a.text for a in third.articles)


def every_line_read(data: bytes) -> boilerplate.Edges:
    """:func:`boilerplate.edges` as it reads the lines: each one, then the first and last ones and the longest."""
    text = visible(data.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n"))
    front = boilerplate._FRONT_MATTER.match(text)
    if front:
        text = text[front.end() :]
    lines = [line for line in (normalise_line(boilerplate._item_text(raw)) for raw in text.split("\n")) if line]
    if not lines:
        return boilerplate.NO_EDGES
    longest = max(lines, key=len)
    edge = boilerplate.EDGE_LINES
    framing = lines if len(lines) <= 2 * edge else lines[:edge] + lines[-edge:]
    found = frozenset(
        fold(line) for line in framing if 0 < len(words(line)) <= boilerplate.MAX_WORDS and line != longest
    )
    return boilerplate.Edges(found, hashlib.sha1(fold(longest).encode()).hexdigest())


PIECES = ["", " ", "  ", "\t", "\u00a0", "\u200b", "\u00ad", "- ", "• ", "1. ", "mot", "une ligne longue", "l'IA 'dit'"]
PIECES += ["‘‘oui’’", "a\u2011t\u2011il", "\u2003 \u2003", "Accueil", "x" * 30, "deux mots " * 12, "---", "title: x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=4).map("".join), max_size=60))
def test_edges_read_only_the_lines_they_need_and_find_the_same(lines: list[str]) -> None:
    data = "\n".join(lines).encode()
    assert boilerplate.edges(data) == every_line_read(data)
