"""Accessibility of the built site: axe-core run in Chromium on every kind of page.

axe-core comes from the pinned Node tooling (package.json; `make test` runs `npm ci`).
Findings of impact "serious" or "critical" fail the test; no rule is disabled, and target size
(WCAG 2.2), off by default, is on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Browser, Page

from .conftest import ROOT, Build
from .test_browser import browser, serve

__all__ = ["browser"]  # the fixture, imported so that this module can use it

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = {"serious", "critical"}
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "mobile": {"width": 390, "height": 844}}
# Page kinds and their path from the site root; the article is the first in the open data.
PAGES = {
    "home": "",
    "article": None,
    "theme": "themes/strategy/",
    "glossary": "glossaire/",
    "quotes": "citations/",
    "themes": "themes/",
    "articles": "articles/",
    "actors": "acteurs/",
    "actor": "acteurs/mark-zuckerberg/",
    "figures": "chiffres/",
    "timeline": "chronologie/",
}


@pytest.fixture(scope="module")
def base(seed_build: Build) -> Iterator[str]:
    """The seed site's address: the session server if conftest runs one, else our own."""
    url = getattr(seed_build, "url", "")
    if url:
        yield url
        return
    server, url = serve(seed_build.site)
    try:
        yield url
    finally:
        server.shutdown()


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `make node_modules/.installed` (make test does it)")
    return str(AXE)


def path_of(kind: str, build: Build) -> str:
    path = PAGES[kind]
    if path is None:
        records = json.loads((build.site / "data" / "articles.json").read_text("utf-8"))
        path = records[0]["url"]
    return path


def blocking_violations(page: Page, axe_source: str) -> list[dict[str, Any]]:
    # Audit the page at rest: the search dialog fades in (a CSS transition on its opacity), and
    # axe measures contrast through whatever opacity a running transition has reached.
    page.wait_for_function(
        "() => document.getAnimations().every(a => !(a instanceof CSSTransition) || a.playState !== 'running')"
    )
    page.add_script_tag(path=axe_source)
    # Target size (WCAG 2.2, 2.5.8) is off by default in axe: on, for the links laid over the pictures.
    options = "{ resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } }"
    result = page.evaluate(f"async () => await axe.run(document, {options})")
    return [v for v in result["violations"] if v["impact"] in BLOCKING]


def describe(violations: list[dict[str, Any]]) -> str:
    """One line per rule (id, impact, help), then the CSS target of each offending node."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} [{violation['impact']}] {violation['help']}")
        lines.extend(f"    {' '.join(map(str, node['target']))}" for node in violation["nodes"])
    return "\n".join(lines)


@pytest.mark.parametrize("size", list(VIEWPORTS))
@pytest.mark.parametrize("kind", list(PAGES))
def test_no_serious_axe_violation(
    browser: Browser, seed_build: Build, base: str, axe_source: str, kind: str, size: str
) -> None:
    path = path_of(kind, seed_build)
    page = browser.new_page(viewport=VIEWPORTS[size])
    try:
        page.goto(base + path, wait_until="networkidle")
        violations = blocking_violations(page, axe_source)
    finally:
        page.close()
    assert not violations, f"axe, /{path} at {VIEWPORTS[size]['width']} px:\n{describe(violations)}"


@pytest.mark.parametrize("size", list(VIEWPORTS))
def test_no_serious_axe_violation_in_search_results(
    browser: Browser, seed_build: Build, base: str, axe_source: str, size: str
) -> None:
    page = browser.new_page(viewport=VIEWPORTS[size])
    try:
        page.goto(base, wait_until="networkidle")
        page.keyboard.press("s")  # Material's shortcut: open search and focus the query field
        page.keyboard.type("Llama", delay=20)
        page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=10000)
        violations = blocking_violations(page, axe_source)
    finally:
        page.close()
    assert not violations, f"axe, search results at {VIEWPORTS[size]['width']} px:\n{describe(violations)}"


@pytest.mark.parametrize("kind", list(PAGES))
def test_page_declares_french_and_a_description(seed_build: Build, kind: str) -> None:
    path = path_of(kind, seed_build)
    soup = BeautifulSoup(seed_build.page(path), "html.parser")
    assert soup.html is not None and soup.html.get("lang") == "fr", path
    descriptions = [str(m.get("content", "")) for m in soup.select('head meta[name="description"]')]
    assert len(descriptions) == 1 and descriptions[0].strip(), (path, descriptions)
