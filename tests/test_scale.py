"""A corpus big enough to split the listings: 130 generated articles, one real strict build.

Theme pages, the article index and the quote index continue on further pages
instead of growing with the corpus; every page stays light and every link
resolves. (Timings are the benchmark's business: bench/, `make bench`.)
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
from bs4 import BeautifulSoup

from dossier import render, render_quotes, render_themes

from .conftest import REPRODUCIBLE, ROOT, Build, broken_links, make_project, run_build

N = 130
PAGE_LIMIT = 500_000  # bytes: the ceiling for any generated page


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Build:
    generate = load_generator()
    project = make_project(tmp_path_factory.mktemp("big-site"), seeds=False)
    generate.write_raw(generate.generate(N), project / "sources" / "articles")
    # Worker processes analyse the articles, as they do from 200 articles on (bench/).
    build = run_build(
        project,
        env={"DOSSIER_PARALLEL_MIN": "50", "DOSSIER_WORKERS": "2", "PYTHONHASHSEED": "1", **REPRODUCIBLE},
    )
    assert build.returncode == 0, build.log
    return build


def soup(build: Build, url: str) -> BeautifulSoup:
    return BeautifulSoup(build.page(url), "html.parser")


def test_worker_processes_and_hash_seeds_give_the_same_site(big: Build, tmp_path: Path) -> None:
    """The same sources analysed in one process, under another hash seed, give a byte-identical site.

    Python orders sets and dictionaries of strings by a hash seeded per process:
    nothing the site shows may depend on that order.
    """
    generate = load_generator()
    project = make_project(tmp_path, seeds=False)
    generate.write_raw(generate.generate(N), project / "sources" / "articles")
    alone = run_build(project, env={"DOSSIER_WORKERS": "1", "PYTHONHASHSEED": "2", **REPRODUCIBLE})
    assert alone.returncode == 0, alone.log

    def listed(site: Path) -> list[Path]:  # the gzip of the sitemap holds its own time of writing
        return sorted(p.relative_to(site) for p in site.rglob("*") if p.is_file() and p.suffix != ".gz")

    files = listed(big.site)
    assert files == listed(alone.site)
    different = [f for f in files if (big.site / f).read_bytes() != (alone.site / f).read_bytes()]
    assert different == []


def test_every_page_stays_light_and_every_link_resolves(big: Build) -> None:
    sizes = {p.relative_to(big.site).as_posix(): p.stat().st_size for p in big.site.rglob("*.html")}
    assert len(sizes) > N
    assert max(sizes.values()) <= PAGE_LIMIT, max(sizes.items(), key=lambda kv: kv[1])
    assert broken_links(big.site) == []


def test_theme_pages_continue_on_numbered_pages(big: Build) -> None:
    themes = json.loads((big.site / "data" / "themes.json").read_text("utf-8"))
    strategy = next(t for t in themes if t["id"] == "strategy")
    assert len(strategy["articles"]) > render_themes.PAGE_ARTICLES
    first, second = soup(big, "themes/strategy"), soup(big, "themes/strategy/2")
    pager = first.select_one("nav.dossier-pager")
    assert pager is not None and pager.find("a", string="Suivante →")["href"] == "2/"
    assert second.select_one("article h1").get_text().startswith("Stratégie (page 2)")
    groups = [h["id"] for h in first.select("article h2[id]") if h["id"] != "citations"]
    assert len(groups) == render_themes.PAGE_ARTICLES
    # Every article that carries the theme has its group on one of the pages.
    pages = [*sorted((big.site / "themes" / "strategy").glob("*/index.html")), big.site / "themes/strategy/index.html"]
    shown = {h["id"] for page in pages for h in BeautifulSoup(page.read_text("utf-8"), "html.parser").select("h2[id]")}
    slugs = {a["id"]: a["slug"] for a in json.loads((big.site / "data" / "articles.json").read_text("utf-8"))}
    assert {slugs[a] for a in strategy["articles"]} <= shown


def test_article_index_is_paginated_and_later_pages_stay_out_of_search(big: Build) -> None:
    first = soup(big, "articles")
    assert len(first.select(".dossier-cards li")) == render.ARTICLES_PER_PAGE
    assert first.select_one("nav.dossier-pager a[href='pages/2/']") is not None
    last = (N + render.ARTICLES_PER_PAGE - 1) // render.ARTICLES_PER_PAGE
    assert (big.site / "articles" / "pages" / str(last) / "index.html").is_file()
    index = json.loads((big.site / "search" / "search_index.json").read_text("utf-8"))
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert "articles/pages/2/" not in locations and "themes/strategy/2/" not in locations
    assert any(loc.startswith("articles/") and "pages" not in loc for loc in locations)


def test_quote_index_splits_by_initial(big: Build) -> None:
    quotes = json.loads((big.site / "data" / "quotes.json").read_text("utf-8"))
    assert len(quotes) > render_quotes.QUOTES_PER_PAGE
    directory = soup(big, "citations")
    letters = [a["href"] for a in directory.select("#par-initiale + ul a")]
    assert letters and all(re.fullmatch(r"[a-z0]/", href) for href in letters)
    counted = 0
    for href in letters:
        letter = href.rstrip("/")
        pages = [big.site / "citations" / letter / "index.html"]
        pages += sorted((big.site / "citations").glob(f"{letter}-*/index.html"))
        for page in pages:
            counted += len(BeautifulSoup(page.read_text("utf-8"), "html.parser").select("ul.dossier-quotes > li"))
    assert counted == len(quotes)
    # The home page's most quoted speakers point at their section, wherever it is.
    home = soup(big, "")
    speakers = home.select("#qui-parle + ul a:not(.dossier-term)")
    assert speakers and all(a["href"].startswith("citations/") and "#s-" in a["href"] for a in speakers)


def test_pager_stays_short() -> None:
    def src(n: int) -> str:
        return f"themes/strategy/{n}.md" if n > 1 else "themes/strategy.md"

    nav = render.pager(50, 100, src(50), src)
    links = re.findall(r"\[([^\]]+)\]\(([^)]+)\)", nav)
    assert [label for label, _ in links] == ["← Précédente", "1", "48", "49", "51", "52", "100", "Suivante →"]
    assert "**50**" in nav and nav.count("…") == 2
    assert dict(links)["1"] == "../strategy.md" and dict(links)["51"] == "51.md"
    assert render.pager(1, 1, src(1), src) == ""
    first = render.pager(1, 3, src(1), src)
    assert "Précédente" not in first and re.findall(r"\[(\d)\]", first) == ["2", "3"]
