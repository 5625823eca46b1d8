"""Actors, key figures and the chronology in the built site (the extractors alone: test_actors/figures/timeline)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from bs4 import BeautifulSoup

from dossier import render, render_facts
from dossier.actors import Actor
from dossier.facts import ActorData, Facts, Located
from dossier.figures import Figure
from dossier.fragments import Deferred
from dossier.model import Article
from dossier.timeline import DateMention

from .conftest import Build, broken_links, make_project, run_build, unbound

# Named in the issue: the seeds mention each of them.
EXPECTED_ACTORS = {
    "Meta": "organisation",
    "OpenAI": "organisation",
    "DeepSeek": "organisation",
    "Alibaba": "organisation",
    "Mistral AI": "organisation",
    "Mark Zuckerberg": "personne",
    "Alexandr Wang": "personne",
    "Marc Andreessen": "personne",
    "Llama": "modèle",
    "Behemoth": "modèle",
    "Qwen 3": "modèle",
    "Kimi K2": "modèle",
    "Chine": "pays",
    "États-Unis": "pays",
    "Tchéquie": "pays",
}
# Read in the seeds: (article prefix, as written, kind, value, unit, actor slug), in reading order.
EXPECTED_FIGURES = [
    ("001", "14,3 milliards de dollars", "money", 14.3e9, "USD", "meta"),
    ("001", "14,3 milliards de dollars", "money", 14.3e9, "USD", "scale-ai"),
    ("002", "6 millions de dollars", "money", 6e6, "USD", None),
    ("002", "100 millions de dollars", "money", 1e8, "USD", "openai"),
    ("002", "128 000 jetons", "tokens", 128_000, "tokens", None),
    ("002", "100 millions de dollars", "money", 1e8, "USD", None),
    ("002", "5 GW", "power", 5e9, "W", "meta"),
    ("002", "3 GW", "power", 3e9, "W", "openai"),
    ("002", "8 %", "share", 8, "%", "meta"),
    ("002", "13 milliards de dollars", "money", 13e9, "USD", "meta"),
    ("002", "5 milliards de dollars", "money", 5e9, "USD", "meta"),
    ("002", "11 %", "share", 11, "%", "meta"),
    ("003", "700 millions d’utilisateurs", "count", 7e8, "users", "meta"),
    ("003", "multipliés par 10", "other", 10, "×", None),
    ("003", "350 millions", "count", 3.5e8, "downloads", None),
    ("003", "20 millions de fois", "count", 2e7, "times", "llama"),
]
# (date, as written, qualifier) in date order.
EXPECTED_TIMELINE = [
    ("2023-07", "en juillet 2023", ""),
    ("2024", "en 2024", ""),
    ("2024", "en 2024", ""),
    ("2024-08", "en août 2024", ""),
    ("2025", "En 2025", ""),
    ("2025-07", "en juillet 2025", ""),
    ("2026", "prévue pour 2026", "prévu"),
]


def html(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path / "index.html").read_text("utf-8"), "html.parser")


def data(site: Path, name: str) -> list[dict]:
    return json.loads((site / "data" / name).read_text("utf-8"))


def target_text(site: Path, page: Path, href: str) -> str:
    """The text of the element a link points at."""
    path, _, anchor = href.partition("#")
    target = (page.parent / path).resolve() / "index.html" if path else page
    element = BeautifulSoup(target.read_text("utf-8"), "html.parser").find(id=anchor)
    assert element is not None, href
    return element.get_text(" ")


def test_actors_json_and_pages(seed_build: Build) -> None:
    actors = {a["name"]: a for a in data(seed_build.site, "actors.json")}
    assert {name: actors[name]["kind"] for name in EXPECTED_ACTORS if name in actors} == EXPECTED_ACTORS
    zuckerberg = actors["Mark Zuckerberg"]
    assert len(zuckerberg["quotes"]) == 2 and len(zuckerberg["articles"]) == 3 and zuckerberg["parent"] == "Meta"
    assert actors["Meta"]["mentions"] > 50 and len(actors["Meta"]["articles"]) == 5
    assert set(actors["Meta"]["themes"]) == {"strategy", "security", "geopolitics", "startups"}
    assert {r["actor"] for r in zuckerberg["related"]} >= {"meta", "llama"}
    for actor in actors.values():
        assert actor["mentions"] == sum(a["mentions"] for a in actor["articles"])
        page = seed_build.site / actor["url"] / "index.html"
        assert page.is_file(), actor["url"]
    # Every mention link lands on a paragraph that names the actor (or one of its aliases).
    page = seed_build.site / "acteurs" / "mark-zuckerberg" / "index.html"
    doc = BeautifulSoup(page.read_text("utf-8"), "html.parser")
    links = [a["href"] for a in doc.select("ul.dossier-mentions a[href*='#']")]
    assert len(links) == 9
    for href in links:
        assert "Zuckerberg" in target_text(seed_build.site, page, href)
    text = doc.select_one("article").get_text(" ")
    assert "Cofondateur et PDG de Meta" in text and "Nous sommes très favorables à l’open source" in text
    assert doc.select_one(".dossier-fact a[href='../meta/']") is not None  # its parent
    # The quote index sends readers from a speaker who is an actor to the actor's page.
    quotes = html(seed_build.site, "citations")
    assert quotes.select_one("#s-mark-zuckerberg ~ p.dossier-count a[href$='acteurs/mark-zuckerberg/']") is not None
    index = html(seed_build.site, "acteurs").select_one("article").get_text(" ")
    for title in ("Organisations", "Personnes", "Modèles d’IA", "Pays"):
        assert title in index


def test_actor_links_in_articles_never_double_a_glossary_term(seed_build: Build) -> None:
    glossary_terms = set()
    for entry in data(seed_build.site, "glossary.json"):
        glossary_terms |= {entry["term"].casefold(), *(alias.casefold() for alias in entry["aliases"])}
    linked = set()
    for page in (seed_build.site / "articles").glob("*/index.html"):
        doc = BeautifulSoup(page.read_text("utf-8"), "html.parser")
        actor_links = doc.select("article a.dossier-actor")
        names = [a.get_text() for a in actor_links]
        assert len(names) == len({a["href"] for a in actor_links}), names  # each actor once per page
        for link in actor_links:
            assert link.get_text().casefold() not in glossary_terms, link
            assert link.find_parent("a") is None and link.find("a") is None
            assert link["title"].startswith(("Organisation.", "Personne.", "Pays.", "Modèle", "Produit", "Région"))
            linked.add(link.get_text())
    assert {"Meta", "Mark Zuckerberg", "Chine", "Alexandr Wang", "Marc Andreessen", "Tchéquie"} <= linked
    # A glossary entry that is also an actor sends readers to the actor's page.
    glossary = html(seed_build.site, "glossaire")
    assert glossary.select_one("#openai ~ p a[href$='acteurs/openai/']") is not None


def test_key_figures(seed_build: Build) -> None:
    figures = data(seed_build.site, "figures.json")
    got = [(f["article"][:3], f["raw"], f["kind"], f["value"], f["unit"], f["actor"]) for f in figures]
    assert got == EXPECTED_FIGURES
    page = seed_build.site / "chiffres" / "index.html"
    doc = BeautifulSoup(page.read_text("utf-8"), "html.parser")
    rows = doc.select("table.dossier-sortable tbody tr")
    assert len(rows) == len(EXPECTED_FIGURES)
    values = sorted(float(row.td["data-sort"]) for row in rows)
    assert values == sorted(f["value"] for f in figures)
    by_raw = {unbound(row.select("td")[1].get_text()): row for row in rows}
    assert by_raw["14,3 milliards de dollars"].td.get_text() == "14,3\u00a0milliards\u00a0$"
    assert (
        by_raw["5 GW"].td.get_text() == "5\u00a0GW"
        and by_raw["128 000 jetons"].td.get_text() == "128\u202f000\u00a0jetons"
    )
    for row in rows:
        raw = row.select("td")[1].get_text()
        assert row.select_one("strong").get_text() == raw  # highlighted in its sentence
        href = row.select("td")[-1].a["href"]
        assert raw.split()[0] in target_text(seed_build.site, page, href)


def test_chronology(seed_build: Build) -> None:
    events = data(seed_build.site, "timeline.json")
    assert [(e["date"], e["raw"], e["qualifier"]) for e in events] == EXPECTED_TIMELINE
    assert all(e["type"] == "mention" for e in events)  # the seeds carry no publication date
    page = seed_build.site / "chronologie" / "index.html"
    doc = BeautifulSoup(page.read_text("utf-8"), "html.parser")
    items = doc.select("li.dossier-event")
    assert [li.strong.get_text() for li in items] == [
        "juillet 2023", "2024", "2024", "août 2024", "2025", "juillet 2025", "prévu 2026",
    ]  # fmt: skip
    for li in items:
        assert (
            li.select("strong")[1].get_text().casefold() in target_text(seed_build.site, page, li.a["href"]).casefold()
        )


def test_publication_dates_unknown_names_and_links(tmp_path: Path) -> None:
    article = (
        "---\ntitle: Zorglub lève des fonds\ndate: 2025-03-14\n---\n\n"
        "Zorglub Industries a levé 250 millions d’euros en mars 2025, selon Meta.\n\n"
        "Zorglub Industries compte 1 000 salariés et vise 2 milliards de dollars en 2027.\n"
    )
    build = run_build(make_project(tmp_path, {"zorglub.md": article}))
    assert build.returncode == 0, build.log
    assert "Zorglub Industries" in build.log and "acteurs/a-verifier/" in build.log  # INFO: never fails --strict
    review = html(build.site, "acteurs/a-verifier").select_one("table").get_text(" ")
    assert "Zorglub Industries" in review
    events = data(build.site, "timeline.json")
    publication = [e for e in events if e["type"] == "publication"]
    assert [(e["date"], e["article"]) for e in publication] == [("2025-03-14", "zorglub")]
    dates = [e["date"] for e in events]
    assert dates == sorted(dates, key=lambda d: [int(x) for x in d.split("-")])  # "2025" before "2025-03"
    assert "2027" in dates
    figures = [(f["raw"], f["value"], f["unit"]) for f in data(build.site, "figures.json") if f["article"] == "zorglub"]
    assert figures == [
        ("250 millions d’euros", 2.5e8, "EUR"),
        ("1 000 salariés", 1000, "employees"),
        ("2 milliards de dollars", 2e9, "USD"),
    ]
    assert broken_links(build.site) == []


def test_a_broken_actor_list_stops_the_build_with_its_line(tmp_path: Path) -> None:
    project = make_project(tmp_path, seeds=False)
    (project / "sources" / "actors.yml").write_text("actors:\n  - name: Meta\n    kind: planète\n", "utf-8")
    build = run_build(project)
    assert build.returncode != 0
    assert re.search(r"sources/actors\.yml:\d+: .*kind", build.log), build.log[-2000:]
    assert "Traceback" not in build.log


def _article(i: int) -> Article:
    return Article(id=f"a{i:04d}", source_file=f"a{i}.txt", title=f"Article {i}", slug=f"article-{i}")


def test_large_corpora_split_figures_by_kind_and_the_chronology_by_year() -> None:
    articles = {a.id: a for a in (_article(i) for i in range(400))}
    facts = Facts()
    for i, article_id in enumerate(articles):
        figure = Figure(0, 5, "5 GW", "power", 5e9 + i, "W", sentence="Un centre de 5 GW.")
        money = Figure(0, 9, "9 M$", "money", 9e6 * (i + 1), "USD", sentence="Il coûte 9 M$.")
        facts.figures += [(article_id, Located("p-1", figure)), (article_id, Located("p-1", money))]
        year = 2020 + i % 3
        date = DateMention(0, 7, f"en {year}", year, None, None, "year", str(year), sentence=f"Fait en {year}.")
        facts.dates += [(article_id, Located(f"p-{k}", date)) for k in range(3)]
    pages = render_facts.figure_pages(facts, articles)
    srcs = [p.src for p in pages]
    assert srcs == ["chiffres/index.md", "chiffres/money.md", "chiffres/money/2.md", "chiffres/power.md",
                    "chiffres/power/2.md"]  # fmt: skip
    money = pages[1].page.inline()
    values = [float(v) for v in re.findall(r'data-sort="([0-9.]+)"', money)]
    assert len(values) == render_facts.FIGURES_PER_PAGE and values == sorted(values, reverse=True)  # largest first
    assert len(pages[0].page.inline()) < 60_000  # the summary keeps the top of each kind only
    timeline = render_facts.timeline_pages(facts, articles)
    assert [p.src for p in timeline][:3] == ["chronologie/index.md", "chronologie/2020.md", "chronologie/2020/2.md"]
    assert all(p.page.inline().count('class="dossier-event"') <= render_facts.EVENTS_PER_PAGE for p in timeline)


def test_a_figure_page_depends_on_the_actors_its_rows_name_only() -> None:
    """A serve rebuild writes a figure page again when an actor it names gains a page, not for any other actor."""
    articles = {a.id: a for a in (_article(i) for i in range(400))}
    meta, nvidia = Actor("Meta", "meta", "organisation"), Actor("Nvidia", "nvidia", "organisation")
    facts = Facts()
    for i, article_id in enumerate(articles):
        money = Figure(0, 9, "9 M$", "money", 9e6 * (i + 1), "USD", sentence="Meta paie 9 M$.", actor="Meta")
        facts.figures.append((article_id, Located("p-1", money)))

    def inputs() -> list[object]:
        pages = render_facts.figure_pages(facts, articles, render.article_titles(articles.values()))
        return [f.inputs for p in pages[1:] for f in p.page.fragments if isinstance(f, Deferred)]

    without = inputs()
    assert without and all(named == {"Meta": None} for _, _, named in without)
    facts.actors["nvidia"] = ActorData(nvidia)  # an actor no row names gets a page: same inputs
    assert inputs() == without
    facts.actors["meta"] = ActorData(meta)  # the rows' actor gets a page: its links change
    assert all(named == {"Meta": "meta"} for _, _, named in inputs())
