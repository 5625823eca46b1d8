"""Pages checked in a real browser: Debian's Chromium driven by Playwright."""

from __future__ import annotations

import functools
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from .conftest import Build, make_project, run_build
from .test_build import HOSTILE

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


def test_seed_pages_load_cleanly(browser: Browser, seed_build: Build) -> None:
    server, base = serve(seed_build.site)
    try:
        records = json.loads((seed_build.site / "data" / "articles.json").read_text("utf-8"))
        for path in ["", "articles/", *[r["url"] for r in records]]:
            seen = visit(browser, base, path)
            assert seen["console"] == [] and seen["errors"] == [], (path, seen)
            assert seen["external"] == [], (path, seen["external"])
    finally:
        server.shutdown()


def test_hostile_article_executes_nothing(browser: Browser, tmp_path: Path) -> None:
    build = run_build(make_project(tmp_path, {"hostile.md": HOSTILE}, seeds=False))
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


def test_hovering_a_glossary_term_shows_its_definition(browser: Browser, seed_build: Build) -> None:
    server, base = serve(seed_build.site)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(base + "articles/meta-prevoit-d-abandonner-son-modele-d-ia-ouvert-alors/", wait_until="networkidle")
        term = page.locator("article a.dossier-term", has_text="Hyperion").first
        definition = term.get_attribute("title")
        assert definition and "Louisiane" in definition
        term.hover()
        # Material moves the title into a tooltip element the link is described by, shown on hover.
        page.wait_for_function("a => a.hasAttribute('aria-describedby')", arg=term.element_handle(), timeout=5000)
        tooltip = page.locator("#" + str(term.get_attribute("aria-describedby")))
        tooltip.wait_for(state="visible", timeout=5000)
        assert tooltip.inner_text().strip() == definition
        term.click()
        page.wait_for_url("**/glossaire/#hyperion")
        assert page.locator("#hyperion").is_visible()
    finally:
        page.close()
        server.shutdown()
