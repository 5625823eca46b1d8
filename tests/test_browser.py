"""Pages checked in a real browser: Debian's Chromium driven by Playwright."""

from __future__ import annotations

import functools
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Browser, Locator, Page, sync_playwright

from .conftest import ROOT, Build, make_project, run_build
from .test_build import HOSTILE
from .test_markdown import example, png
from .test_robustness import HOSTILE as HOSTILE_CORPUS

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: run `make browser` (make test does it)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
        yield b
        b.close()


def visit(browser: Browser, base: str, path: str) -> dict[str, list[str]]:
    """Load a page; return console errors, page errors, dialogs and off-site requests."""
    seen: dict[str, list[str]] = {"console": [], "errors": [], "dialogs": [], "external": []}
    page = browser.new_page()
    page.on("console", lambda m: seen["console"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.on("request", lambda r: None if r.url.startswith((base, "data:", "blob:")) else seen["external"].append(r.url))
    page.goto(base + path, wait_until="networkidle")
    seen["title"] = [page.title()]
    seen["h1"] = [page.locator("article h1").first.inner_text()]
    seen["pwned"] = [str(page.evaluate("typeof window.pwned"))]
    page.close()
    return seen


ARTIFACTS = ROOT / "test-artifacts" / "screenshots"
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "mobile": {"width": 390, "height": 844}}


def page_types(build: Build) -> dict[str, str]:
    """One URL per kind of page the site has (path relative to the site root)."""
    records = json.loads((build.site / "data" / "articles.json").read_text("utf-8"))
    return {
        "home": "",
        "articles": "articles/",
        "article": records[0]["url"],
        "themes": "themes/",
        "theme": "themes/strategy/",
        "quotes": "citations/",
        "glossary": "glossaire/",
        "to-define": "glossaire/a-definir/",
        "actors": "acteurs/",
        "actor": "acteurs/mark-zuckerberg/",
        "to-review": "acteurs/a-verifier/",
        "figures": "chiffres/",
        "timeline": "chronologie/",
        "method": "methode/",
        "quotes-method": "methode-citations/",
        "speakers-method": "methode-locuteurs/",
        "contributing": "contribuer/",
    }


def test_every_page_type_loads_cleanly_with_no_third_party_request(browser: Browser, seed_build: Build) -> None:
    """Zero console errors and zero requests off the site, on every page; screenshots for review."""
    records = json.loads((seed_build.site / "data" / "articles.json").read_text("utf-8"))
    for path in {*page_types(seed_build).values(), *(r["url"] for r in records)}:
        seen = visit(browser, seed_build.url, path)
        assert seen["console"] == [] and seen["errors"] == [], (path, seen)
        assert seen["external"] == [], (path, seen["external"])
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for size, viewport in VIEWPORTS.items():
        page = browser.new_page(viewport=viewport)
        for kind, path in page_types(seed_build).items():
            page.goto(seed_build.url + path, wait_until="networkidle")
            page.screenshot(path=ARTIFACTS / f"{kind}-{size}.png", full_page=True)
        page.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    tab = browser.new_page(viewport=VIEWPORTS["desktop"])
    yield tab
    tab.close()


def in_view(page: Page, selector: str) -> bool:
    """The element's top is inside the viewport (below the fixed header)."""
    return bool(
        page.eval_on_selector(
            selector,
            "e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }",
        )
    )


def wait_for_location(page: Page, path_end: str, hash_: str) -> None:
    """Instant navigation changes the URL with the History API: no load event to wait for."""
    page.wait_for_function(
        "([p, h]) => location.pathname.endsWith(p) && location.hash === h", arg=[path_end, hash_], timeout=15000
    )


def test_home_theme_cards_lead_to_theme_pages_without_reloading(page: Page, seed_build: Build) -> None:
    page.goto(seed_build.url, wait_until="networkidle")
    cards = page.locator(".dossier-cards-4").first.locator("li")
    assert cards.count() == 4
    assert [t.strip() for t in cards.locator("a").all_inner_texts()] == [
        "Stratégie",
        "Sécurité",
        "Géopolitique",
        "Startups",
    ]
    assert "articles" in cards.first.inner_text() and "passages" in cards.first.inner_text()
    page.evaluate("window.__stillHere = true")
    cards.locator("a", has_text="Sécurité").click()
    page.wait_for_url("**/themes/security/")
    page.locator("article h1", has_text="Sécurité").wait_for()
    # Instant navigation swapped the page content: the window (and our marker) survived.
    assert page.evaluate("window.__stillHere") is True


def test_passage_link_lands_on_the_paragraph(page: Page, seed_build: Build) -> None:
    page.goto(seed_build.url + "themes/geopolitics/", wait_until="networkidle")
    link = page.locator("article a", has_text="→ passage").first
    href = str(link.get_attribute("href"))
    anchor = href.rsplit("#", 1)[1]
    link.click()
    wait_for_location(page, href.split("#")[0].rsplit("/", 2)[-2] + "/", f"#{anchor}")
    page.wait_for_function(f"() => document.getElementById({anchor!r}) !== null")
    page.wait_for_timeout(300)
    assert in_view(page, f"[id='{anchor}']")


def test_internal_link_shows_a_preview_on_hover(page: Page, seed_build: Build) -> None:
    page.goto(seed_build.url + "themes/geopolitics/", wait_until="networkidle")
    link = page.locator("article a[data-preview]", has_text="→ passage").first
    link.hover()
    preview = page.locator(".md-tooltip2--active")
    preview.wait_for(state="visible", timeout=10000)
    assert len(preview.inner_text().strip()) > 40


def test_quote_index_link_lands_on_the_quotation(page: Page, seed_build: Build) -> None:
    quotes = json.loads((seed_build.site / "data" / "quotes.json").read_text("utf-8"))
    page.goto(seed_build.url + "citations/", wait_until="networkidle")
    quote = next(q for q in quotes if q["speaker"] == "Mark Zuckerberg")
    anchor = quote["url"].rsplit("#", 1)[1]
    page.locator(f"article a[href$='#{anchor}']").first.click()
    wait_for_location(page, quote["url"].split("#")[0], f"#{anchor}")
    page.wait_for_function(f"() => document.getElementById({anchor!r}) !== null")
    page.wait_for_timeout(300)
    assert in_view(page, f"[id='{anchor}']")
    assert quote["text"].split(" […] ")[0][:30] in page.locator(f"[id='{anchor}']").inner_text()


def search(page: Page, query: str) -> list[str]:
    """Type in Material's search box; return the titles of the results."""
    page.locator("input.md-search__input").click()
    page.keyboard.type(query, delay=20)
    page.locator(".md-search-result__item").first.wait_for(timeout=15000)
    return [t.strip() for t in page.locator(".md-search-result__item h1, .md-search-result__item h2").all_inner_texts()]


def test_french_search_finds_articles_by_body_words_and_glossary_entries(page: Page, seed_build: Build) -> None:
    page.goto(seed_build.url, wait_until="networkidle")
    found = search(page, "Hyperion")
    assert any(t.startswith("Meta prévoit d'abandonner son modèle d'IA ouvert") for t in found), found
    page.goto(seed_build.url + "articles/", wait_until="networkidle")
    found = search(page, "distillation")
    assert "distillation" in found, found
    assert page.locator(".md-search-result__link[href*='glossaire/'][href$='#distillation']").count() >= 1


def test_hostile_article_executes_nothing(browser: Browser, tmp_path: Path) -> None:
    build = run_build(make_project(tmp_path, {"hostile.md": HOSTILE, "x.png": png()}, seeds=False))
    assert build.returncode == 0, build.log
    server, base = serve(build.site)
    try:
        record = json.loads((build.site / "data" / "articles.json").read_text("utf-8"))[0]
        seen = visit(browser, base, record["url"])
        assert seen["dialogs"] == [] and seen["pwned"] == ["undefined"]
        assert seen["h1"][0].startswith("<script>window.pwned=1</script>")
        assert seen["title"][0].startswith("<script>window.pwned=1</script> & {{ config }}")
    finally:
        server.shutdown()


def test_hostile_corpus_executes_nothing_on_any_page(browser: Browser, tmp_path: Path) -> None:
    """Payloads in titles, authors, bodies, lists, quotations and speakers: every page type, and the search."""
    build = run_build(make_project(tmp_path, {"hostile.md": HOSTILE_CORPUS, "x.png": png()}))
    assert build.returncode == 0, build.log
    server, base = serve(build.site)
    try:
        records = json.loads((build.site / "data" / "articles.json").read_text("utf-8"))
        hostile = next(r for r in records if r["id"] == "hostile")
        themes = [t["url"] for t in json.loads((build.site / "data" / "themes.json").read_text("utf-8"))]
        actors = [a["url"] for a in json.loads((build.site / "data" / "actors.json").read_text("utf-8"))]
        pages = ["", hostile["url"], "articles/", "citations/", "glossaire/", "themes/", *themes]
        for path in [*pages, "acteurs/", *actors, "chiffres/", "chronologie/"]:
            seen = visit(browser, base, path)
            assert seen["dialogs"] == [] and seen["pwned"] == ["undefined"], (path, seen)
            assert seen["errors"] == [] and seen["external"] == [], (path, seen)
        page = browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(base, wait_until="networkidle")
        found = search(page, "Dupont")  # the hostile article's title (a payload) is shown among the results
        assert any(title.startswith("<script>window.pwned=1</script>") for title in found), found
        page.wait_for_timeout(300)
        assert dialogs == [] and page.evaluate("typeof window.pwned") == "undefined"
        page.close()
    finally:
        server.shutdown()


def tooltip_on_hover(page: Page, link: Locator) -> str:
    """Hover a link with a title: Material moves the title into a tooltip the link is described by."""
    link.scroll_into_view_if_needed()
    link.hover()
    page.wait_for_function("a => a.hasAttribute('aria-describedby')", arg=link.element_handle(), timeout=15000)
    tooltip = page.locator("#" + str(link.get_attribute("aria-describedby")))
    tooltip.wait_for(state="visible", timeout=15000)
    return tooltip.inner_text().strip()


def test_hovering_a_glossary_term_shows_its_definition(page: Page, seed_build: Build) -> None:
    path = "articles/meta-prevoit-d-abandonner-son-modele-d-ia-ouvert-alors/"
    static = BeautifulSoup(seed_build.page(path.rstrip("/")), "html.parser")
    definition = static.select_one("a.dossier-term[href$='#hyperion']")["title"]
    assert "Louisiane" in definition
    page.goto(seed_build.url + path, wait_until="networkidle")
    term = page.locator("article a.dossier-term", has_text="Hyperion").first
    term.scroll_into_view_if_needed()
    assert tooltip_on_hover(page, term) == definition
    term.click()
    wait_for_location(page, "/glossaire/", "#hyperion")
    page.locator("#hyperion").wait_for()
    page.wait_for_timeout(300)
    assert in_view(page, "#hyperion")


def test_key_figures_sort_by_value_and_actor_links_show_their_description(page: Page, seed_build: Build) -> None:
    """Tablesort is served with the site: a click (or Enter) on "Valeur" sorts by the normalised number."""
    page.goto(seed_build.url + "chiffres/", wait_until="networkidle")
    table = "table.dossier-sortable >> nth=0"
    values = "els => els.map(e => parseFloat(e.dataset.sort))"
    header = page.locator(table).locator("th", has_text="Valeur")
    header.click()
    first = page.locator(table).locator("tbody td:first-child").evaluate_all(values)
    assert len(first) > 3 and first in (sorted(first), sorted(first, reverse=True))
    header.focus()
    page.keyboard.press("Enter")
    second = page.locator(table).locator("tbody td:first-child").evaluate_all(values)
    assert second != first and second == sorted(first, reverse=first == sorted(first))  # the other way
    assert header.get_attribute("aria-sort") in ("ascending", "descending")
    # An actor named in an article: its description on hover, its page on click.
    records = json.loads((seed_build.site / "data" / "articles.json").read_text("utf-8"))
    article = next(r for r in records if r["id"].startswith("002"))
    page.goto(seed_build.url + article["url"], wait_until="networkidle")
    link = page.locator("article a.dossier-actor", has_text="Alexandr Wang").first
    link.scroll_into_view_if_needed()
    assert tooltip_on_hover(page, link).startswith("Personne.")
    link.click()
    wait_for_location(page, "/acteurs/alexandr-wang/", "")
    # Instant navigation changes the URL before it swaps the content in: wait for the new page's heading.
    page.wait_for_function(
        "t => (document.querySelector('article h1')?.innerText || '').startsWith(t)", arg="Alexandr Wang"
    )
    assert page.locator("article h1").inner_text().startswith("Alexandr Wang")


def test_a_markdown_article_shows_its_formatting_on_every_screen(browser: Browser, tmp_path: Path) -> None:
    """The Contribuer page's complete Markdown article: no error, no request off the site, nothing wider than
    the screen (a table scrolls inside its box), and screenshots for review."""
    project = make_project(tmp_path, {"llama-en-entreprise.md": example()})
    (project / "sources" / "articles" / "images").mkdir()
    (project / "sources" / "articles" / "images" / "tableau-de-bord.png").write_bytes(png())
    build = run_build(project)
    assert build.returncode == 0, build.log
    server, base = serve(build.site)
    try:
        records = json.loads((build.site / "data" / "articles.json").read_text("utf-8"))
        path = next(r["url"] for r in records if r["id"] == "llama-en-entreprise")
        seen = visit(browser, base, path)
        assert seen["console"] == [] and seen["errors"] == [] and seen["external"] == [], seen
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        for size, viewport in VIEWPORTS.items():
            page = browser.new_page(viewport=viewport)
            page.goto(base + path, wait_until="networkidle")
            assert page.locator("article table").count() == 1 and page.locator("article pre code").count() == 1
            wide = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert wide <= 0, (size, wide)
            figure = page.locator("figure.dossier-figure img")
            assert figure.evaluate("img => img.complete && img.naturalWidth > 0")  # the project image is served
            page.screenshot(path=ARTIFACTS / f"article-markdown-{size}.png", full_page=True)
            page.close()
    finally:
        server.shutdown()
