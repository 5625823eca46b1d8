"""What readers see, by element geometry in Chromium: nothing overlaps, scrolls sideways or is cut off.

Every page type at 1280, 768 and 390 px. Boxes come from ``getBoundingClientRect``,
never from pixels, so the checks stay stable across fonts and renderers:

- no element of the page content intersects the title (h1), and no block of the
  content runs into the next one (the breadcrumb once sat on the title);
- the document is no wider than the viewport, and nothing in the content reaches
  past it unless it is inside a box that scrolls sideways (wide tables);
- no element that hides its overflow has more content than it shows, and no text of
  a picture (inline SVG) lies outside the picture or on another of its texts;
- the links laid over a picture are 24 px targets at least, and none covers another.

The pictures' links are checked by keyboard, and their colours in the dark palette.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from .conftest import ROOT, Build
from .test_browser import browser, page_types

__all__ = ["browser"]  # the fixture, imported so that this module can use it

WIDTHS = {"desktop": 1280, "tablet": 768, "mobile": 390}
ARTIFACTS = ROOT / "test-artifacts" / "screenshots"
CHART_PAGES = ("themes", "actors", "actor", "figures", "timeline")

# Returns a list of problems found on the page, each in words.
GEOMETRY = """
() => {
  const problems = [];
  const width = document.documentElement.clientWidth;
  const scrollWidth = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
  if (scrollWidth > window.innerWidth) {
    problems.push(`the page scrolls sideways: ${scrollWidth} px wide in a ${window.innerWidth} px window`);
  }
  const name = (e) => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "")
    + (typeof e.className === "string" && e.className.trim() ? "." + e.className.trim().split(/\\s+/).join(".") : "");
  // Visually hidden text (1 px boxes) is meant to be clipped.
  const shown = (e) => {
    const s = getComputedStyle(e), r = e.getBoundingClientRect();
    return s.display !== "none" && s.visibility !== "hidden" && r.width > 1 && r.height > 1;
  };
  const scrollsSideways = (e) => {
    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
      const o = getComputedStyle(a).overflowX;
      if (o === "auto" || o === "scroll") return true;
    }
    return false;
  };
  const meet = (a, b, t = 1) =>
    a.left < b.right - t && b.left < a.right - t && a.top < b.bottom - t && b.top < a.bottom - t;
  const article = document.querySelector("article.md-content__inner");
  const h1 = article.querySelector("h1");
  if (!h1) problems.push("no title");
  else {
    const title = h1.getBoundingClientRect();
    for (const e of article.querySelectorAll("*")) {
      if (e === h1 || h1.contains(e) || e.contains(h1) || !shown(e)) continue;
      if (meet(e.getBoundingClientRect(), title)) problems.push(`${name(e)} overlaps the title`);
    }
  }
  const blocks = [...article.children].filter(shown).filter((e) => getComputedStyle(e).position === "static");
  for (let i = 1; i < blocks.length; i++) {
    const a = blocks[i - 1].getBoundingClientRect(), b = blocks[i].getBoundingClientRect();
    if (a.bottom > b.top + 1) {
      problems.push(`${name(blocks[i - 1])} runs ${(a.bottom - b.top).toFixed(1)} px into ${name(blocks[i])}`);
    }
  }
  const hides = (o) => o === "hidden" || o === "clip";
  for (const e of document.querySelector(".md-content").querySelectorAll("*")) {
    if (!shown(e)) continue;
    const r = e.getBoundingClientRect();
    if ((r.right > width + 1 || r.left < -1) && !scrollsSideways(e)) {
      const where = `${r.left.toFixed(0)} to ${r.right.toFixed(0)} of ${width} px`;
      problems.push(`${name(e)} reaches past the window (${where})`);
    }
    const s = getComputedStyle(e);
    const wider = hides(s.overflowX) && e.scrollWidth > e.clientWidth + 1;
    if (wider || (hides(s.overflowY) && e.scrollHeight > e.clientHeight + 1)) {
      problems.push(`${name(e)} cuts off its content`);
    }
  }
  // Links over the pictures: 24 px targets at least (WCAG 2.5.8), none on top of another.
  const targets = [...article.querySelectorAll("a.dossier-chart__hit")].map((a) => [a, a.getBoundingClientRect()]);
  for (const [a, r] of targets) {
    if (r.width < 23.5 || r.height < 23.5) {
      problems.push(`picture link «${a.textContent}» is ${r.width.toFixed(1)} × ${r.height.toFixed(1)} px`);
    }
  }
  for (let i = 0; i < targets.length; i++) {
    for (let j = i + 1; j < targets.length; j++) {
      if (meet(targets[i][1], targets[j][1])) {
        problems.push(`picture links «${targets[i][0].textContent}» and «${targets[j][0].textContent}» overlap`);
      }
    }
  }
  for (const svg of article.querySelectorAll("svg.dossier-chart__svg")) {
    const box = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll("text")].filter(shown);
    for (const t of texts) {
      const r = t.getBoundingClientRect();
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
        problems.push(`picture text «${t.textContent}» is cut off`);
      }
    }
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        if (meet(texts[i].getBoundingClientRect(), texts[j].getBoundingClientRect())) {
          problems.push(`picture texts «${texts[i].textContent}» and «${texts[j].textContent}» overlap`);
        }
      }
    }
  }
  return problems;
}
"""


@pytest.fixture(scope="module")
def pages(seed_build: Build) -> dict[str, str]:
    return page_types(seed_build)


@pytest.fixture
def tab(browser: Browser) -> Iterator[Page]:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    yield page
    page.close()


@pytest.mark.parametrize("size", list(WIDTHS))
def test_no_overlap_no_sideways_scroll_no_cut_text_on_any_page_type(
    browser: Browser, seed_build: Build, pages: dict[str, str], size: str
) -> None:
    page = browser.new_page(viewport={"width": WIDTHS[size], "height": 900})
    found = []
    try:
        for kind, path in pages.items():
            page.goto(seed_build.url + path, wait_until="networkidle")
            found += [f"{kind} (/{path}): {problem}" for problem in page.evaluate(GEOMETRY)]
    finally:
        page.close()
    assert not found, f"at {WIDTHS[size]} px:\n" + "\n".join(found)


def test_breadcrumb_sits_on_its_own_line_above_the_title(tab: Page, seed_build: Build, pages: dict[str, str]) -> None:
    for kind in ("article", "theme", "actor", "figures", "timeline", "to-review", "to-define"):
        tab.goto(seed_build.url + pages[kind], wait_until="networkidle")
        crumb = tab.locator("article .dossier-path").bounding_box()
        title = tab.locator("article h1").bounding_box()
        assert crumb and title, kind
        assert crumb["y"] + crumb["height"] <= title["y"], (kind, crumb, title)


def test_every_picture_is_a_named_image_with_its_data_beside_it(
    tab: Page, seed_build: Build, pages: dict[str, str]
) -> None:
    for kind in CHART_PAGES:
        tab.goto(seed_build.url + pages[kind], wait_until="networkidle")
        pictures = tab.locator("article figure.dossier-chart")
        assert pictures.count() >= 1, kind
        for i in range(pictures.count()):
            svg = pictures.nth(i).locator("svg")
            assert svg.get_attribute("role") == "img", kind
            assert svg.locator("title").inner_html().strip() and svg.locator("desc").inner_html().strip(), kind
            # No link inside the image (it would be hidden from screen readers): links lie over it.
            assert svg.locator("a").count() == 0, kind
        assert tab.locator("article table, article ul, article p").count() > 0, kind


def test_picture_links_work_by_keyboard(tab: Page, seed_build: Build, pages: dict[str, str]) -> None:
    """Tab reaches the chronology's points; Enter opens the paragraph the point stands for."""
    tab.goto(seed_build.url + pages["timeline"], wait_until="networkidle")
    first = tab.locator(".dossier-chart--timeline a.dossier-chart__hit").first
    href = str(first.get_attribute("href"))
    assert "#" in href
    first.focus()
    assert tab.evaluate("document.activeElement.classList.contains('dossier-chart__hit')")
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.classList.contains('dossier-chart__hit')")  # the next point
    tab.keyboard.press("Shift+Tab")
    tab.keyboard.press("Enter")
    anchor = href.rsplit("#", 1)[1]
    tab.wait_for_function("a => location.hash === '#' + a", arg=anchor, timeout=15000)
    tab.locator(f"[id='{anchor}']").wait_for()
    # The actor pages' pictures lead to other actors.
    tab.goto(seed_build.url + pages["actor"], wait_until="networkidle")
    link = tab.locator(".dossier-chart--fan a.dossier-chart__hit").first
    name = link.inner_text().strip()
    link.focus()
    tab.keyboard.press("Enter")
    tab.wait_for_function("n => document.querySelector('article h1')?.innerText.startsWith(n)", arg=name, timeout=15000)


LUMINANCE = """
(selector) => {
  const parse = (c) => (c.match(/[\\d.]+/g) || []).slice(0, 3).map(Number);
  const lum = (c) => { const [r, g, b] = parse(c); return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255; };
  const el = document.querySelector(selector);
  const bg = getComputedStyle(document.body).backgroundColor;
  return { text: lum(getComputedStyle(el.querySelector("text")).fill), background: lum(bg) };
}
"""


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_pictures_follow_the_palette(browser: Browser, seed_build: Build, pages: dict[str, str], scheme: str) -> None:
    """Text of the pictures contrasts with the page in Material's light and dark palettes; screenshots of both."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": WIDTHS["mobile"], "height": 844})
    try:
        for kind in CHART_PAGES:
            page.goto(seed_build.url + pages[kind], wait_until="networkidle")
            page.evaluate("s => document.body.setAttribute('data-md-color-scheme', s)", scheme)
            seen = page.evaluate(LUMINANCE, "article svg.dossier-chart__svg")
            assert abs(seen["text"] - seen["background"]) > 0.5, (kind, scheme, seen)
            if scheme == "slate":
                page.locator("figure.dossier-chart").first.screenshot(path=ARTIFACTS / f"{kind}-chart-mobile-dark.png")
    finally:
        page.close()
