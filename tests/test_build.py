"""End to end: real `mkdocs build --strict` runs in temporary folders."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as etree
from pathlib import Path

from bs4 import BeautifulSoup

from dossier import corpus

from .conftest import ROOT, SEEDS, Build, broken_links, make_project, run_build, unbound

CONTRACT_KEYS = ["id", "slug", "title", "url", "source_file", "author", "publisher", "date", "themes", "words"]
CONTRACT_KEYS += ["tags", "source_url", "lang"]  # from the front matter (Markdown articles' conventions)


def soup(build: Build, url: str) -> BeautifulSoup:
    return BeautifulSoup(build.page(url), "html.parser")


def test_every_seed_has_a_clean_article_page(seed_build: Build) -> None:
    records = json.loads((seed_build.site / "data" / "articles.json").read_text(encoding="utf-8"))
    assert [r["id"] for r in records] == sorted(p.stem for p in (ROOT / "sources" / "articles").iterdir())
    for record in records:
        assert list(record) == CONTRACT_KEYS
        assert record["url"] == f"articles/{record['slug']}/"
        page = soup(seed_build, record["url"])
        article = page.select_one("article.md-content__inner")
        assert unbound(article.h1.get_text(strip=True).rstrip("¶")) == record["title"]
        assert unbound(page.title.get_text()).startswith(record["title"])
        assert page.find("meta", attrs={"name": "description"})["content"]
        text = article.get_text(" ")
        for cruft in ("author avatar", "À lire également", "Vous aimerez", "cookies", "Abonnez-vous", "ifa-mantes"):
            assert cruft not in text, (record["id"], cruft)
        assert record["words"] > 400


def test_seed_facts(seed_build: Build) -> None:
    records = {r["id"]: r for r in json.loads((seed_build.site / "data" / "articles.json").read_text("utf-8"))}
    assert records["002_ee4ddc32e73303fa"]["author"] == "Xiaoling Qian"
    assert records["001_d22fc0e83397598a"]["publisher"] == "MondeTech.fr"
    assert records["003_ace1d19fd2e066c3"]["author"] == "Hervé Legenvre et Erkko Autio"
    assert records["000_4cf25603e8a583ce"]["title"].startswith("L’open source a-t-il encore un avenir")
    assert (
        records["004_ad1c9ff902deb2c0"]["title"]
        == "Meta : L'IA de superintelligence ne sera plus entièrement open source ?"
    )
    page = soup(seed_build, records["002_ee4ddc32e73303fa"]["url"])
    assert "Par Xiaoling Qian" in page.select_one(".dossier-byline").get_text()
    assert "7\u00a0min de lecture" in page.select_one(".dossier-byline").get_text()


def test_structure_lists_quotes_and_anchors(seed_build: Build) -> None:
    records = {r["id"]: r for r in json.loads((seed_build.site / "data" / "articles.json").read_text("utf-8"))}
    page = soup(seed_build, records["001_d22fc0e83397598a"]["url"])
    article = page.select_one("article")
    assert len(article.select("h2")) == 8  # seven intertitles, then "Articles liés"
    assert [len(ul.find_all("li")) for ul in article.select(".dossier-list ul")] == [3, 3, 4]
    quotes = article.select("figure.dossier-quote")
    assert [q.figcaption.get_text() for q in quotes] == ["— Mark Zuckerberg, PDG de Meta", "— Porte-parole de Meta"]
    ids = [el["id"] for el in article.select("[id]")]
    assert len(ids) == len(set(ids))
    assert all(
        p.get("id")
        for p in article.find_all("p", recursive=False)
        if "dossier-byline" not in p.get("class", []) and "dossier-source" not in p.get("class", []) and not p.find("a")
    )


def test_home_and_index_list_every_article(seed_build: Build) -> None:
    records = json.loads((seed_build.site / "data" / "articles.json").read_text("utf-8"))
    home = (seed_build.site / "index.html").read_text("utf-8")
    index = seed_build.page("articles")
    for record in records:
        assert f'href="articles/{record["slug"]}/"' in home
        assert f'href="{record["slug"]}/"' in index


def test_site_settings_are_french_and_local(seed_build: Build) -> None:
    html = (seed_build.site / "index.html").read_text("utf-8")
    assert '<html lang="fr"' in html
    assert "fonts.googleapis" not in html and "fonts.gstatic" not in html
    assert json.loads((seed_build.site / "search" / "search_index.json").read_text("utf-8"))["config"]["lang"] == ["fr"]


def test_nothing_written_into_docs(seed_build: Build) -> None:
    docs = sorted(p.relative_to(seed_build.project / "docs") for p in (seed_build.project / "docs").rglob("*"))
    assert docs == sorted(p.relative_to(ROOT / "docs") for p in (ROOT / "docs").rglob("*"))


def test_hand_written_pages_show_their_examples_as_written(seed_build: Build) -> None:
    # A literal example that Markdown reads as syntax (a code fence's "```html", a placeholder in asterisks) turns
    # the prose after it into code or bold: the method page once showed 3,800 characters of its rules as code.
    for url in ("methode", "methode-citations", "methode-locuteurs", "contribuer", ""):
        article = BeautifulSoup(seed_build.page(url), "html.parser").find("article")
        assert article is not None, url
        spans = [code.get_text() for code in article.find_all("code") if code.find_parent("pre") is None]
        assert all(len(span) <= 200 for span in spans), (url, max(spans, key=len)[:80])
        bold = [b.get_text() for b in article.find_all(["strong", "em"])]
        assert all(len(text) <= 60 for text in bold), (url, bold)


# A breakable space where French typography binds one (Imprimerie nationale): before « : ; ! ? » » and after « « »,
# between groups of three digits, before a unit's sign. A line of the page could start with the mark or the group.
BREAKABLE = re.compile(r"\S [:;!?»](?=\s|$|[»)\].,])|« \S|(?<![\d,.])\d{1,3} \d{3}(?!\d)|\d [%€$](?!\w)")


def test_every_page_binds_the_spaces_french_typography_never_breaks(seed_build: Build) -> None:
    # Hand-written pages, the site's own words in generated ones, article text, charts, tooltips: every page's text.
    found = []
    for path in sorted(seed_build.site.rglob("*.html")):
        article = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").find("article")
        if article is None:
            continue
        for verbatim in article.find_all(["code", "pre", "kbd", "script", "style"]):
            verbatim.decompose()
        texts = [article.get_text()]
        texts += [tag[name] for name in ("title", "alt", "aria-label") for tag in article.find_all(attrs={name: True})]
        found += [(str(path.relative_to(seed_build.site)), m.group()) for t in texts for m in BREAKABLE.finditer(t)]
    assert not found, found[:10]


def test_bad_files_warn_and_the_rest_builds(tmp_path: Path) -> None:
    project = make_project(
        tmp_path,
        {"vide.txt": "", "binaire.txt": b"\x89PNG\r\n\x1a\n\x00\x00", "rapport.docx": b"PK\x03\x04"},
    )
    strict = run_build(project, strict=True)
    assert strict.returncode != 0
    for name in ("vide.txt: the file is empty", "binaire.txt: looks like a binary file", "rapport.docx: unsupported"):
        assert f"WARNING -  sources/articles/{name}" in strict.log
    assert "Traceback" not in strict.log
    lenient = run_build(project, strict=False)
    assert lenient.returncode == 0, lenient.log
    assert len(json.loads((lenient.site / "data" / "articles.json").read_text("utf-8"))) == 5


HOSTILE = (
    "---\ntitle: '<script>window.pwned=1</script> & {{ config }}'\nauthor: '<img src=x onerror=alert(1)>'\n---\n"
    "<script>window.pwned = 1</script>\n\n[lien](javascript:alert(1)) ![img](x.png) {{ config.site_name }}\n\n"
    '--8<-- "mkdocs.yml"\n\n# faux titre\n\n<!-- commentaire --> &amp; | a | b |\n'
)


def test_hostile_article_renders_as_text(tmp_path: Path) -> None:
    build = run_build(make_project(tmp_path, {"hostile.md": HOSTILE}, seeds=False), strict=False)
    assert build.returncode == 0, build.log
    # The Markdown image names a picture the project does not have: a warning naming the article.
    assert (
        "WARNING -  sources/articles/hostile.md: the image 'sources/articles/x.png' is not in the project" in build.log
    )
    record = json.loads((build.site / "data" / "articles.json").read_text("utf-8"))[0]
    assert record["title"] == "<script>window.pwned=1</script> & {{ config }}"
    page = soup(build, record["url"])
    article = page.select_one("article")
    assert not article.find("script") and not article.find("a", href="javascript:alert(1)")
    assert all(
        img["src"].endswith("medias/sources/articles/x.png") or img["src"] == "#" for img in article.find_all("img")
    )
    assert "site_name:" not in article.get_text()  # the snippet line did not include mkdocs.yml
    text = article.get_text(" ")
    # "&amp;" is Markdown's way to write "&" (a character reference); the comment stays text.
    for literal in ("<script>window.pwned = 1</script>", '--8<-- "mkdocs.yml"', "<!-- commentaire --> & | a | b |"):
        assert literal in text
    assert "lien" in text and "javascript" not in str(article)  # the link's words stay, its target goes
    assert page.title.get_text().startswith("<script>window.pwned=1</script> & {{ config }}")
    for tag in page.find_all(True):
        assert not any(attr.startswith("on") for attr in tag.attrs)
    head = page.head
    assert head.select_one("meta[property='og:title']")["content"] == record["title"]
    assert head.select_one("meta[property='article:author']")["content"] == "<img src=x onerror=alert(1)>"
    item = etree.fromstring((build.site / "feed.xml").read_bytes()).find("channel/item")
    assert item is not None and item.findtext("title") == record["title"]
    feed = json.loads((build.site / "feed.json").read_text("utf-8"))
    assert feed["items"][0]["title"] == record["title"]
    home = soup(build, "")
    assert not home.select_one("article").find("script") and not home.find("img", src="x")


THEME_KEYS = ["id", "title", "url", "articles", "passages"]


def test_theme_pages_and_themes_json(seed_build: Build) -> None:
    records = json.loads((seed_build.site / "data" / "themes.json").read_text("utf-8"))
    assert [r["id"] for r in records] == ["geopolitics", "security", "startups", "strategy"]
    articles = {r["id"]: r for r in json.loads((seed_build.site / "data" / "articles.json").read_text("utf-8"))}
    for record in records:
        assert list(record) == THEME_KEYS
        assert record["url"] == f"themes/{record['id']}/"
        page = soup(seed_build, record["url"])
        assert page.select_one("article h1").get_text(strip=True).rstrip("¶") == record["title"]
        for article_id in record["articles"]:
            assert record["id"] in articles[article_id]["themes"]
            assert page.find(id=articles[article_id]["slug"]) is not None
        # Article headings are written as HTML in the markup MkDocs gives Markdown headings, and in the TOC.
        assert_headings_like_markdown_ones(page, "article h2[id]")
        for passage in record["passages"]:
            assert set(passage) == {"article", "url", "text"}
            target, _, anchor = passage["url"].partition("#")
            assert soup(seed_build, target.rstrip("/")).find(id=anchor) is not None
    assert {r["id"]: r["title"] for r in records} == {
        "strategy": "Stratégie",
        "security": "Sécurité",
        "geopolitics": "Géopolitique",
        "startups": "Startups",
    }


def assert_headings_like_markdown_ones(page: BeautifulSoup, selector: str) -> list:  # type: ignore[type-arg]
    """Headings written as HTML: the h1's permalink markup, and the page's table of contents, in order."""
    permalink = page.select_one("article h1 a.headerlink")
    headings = page.select(selector)
    assert headings
    for heading in headings:
        link = heading.select_one("a.headerlink")
        assert link["href"] == f"#{heading['id']}"
        assert {k: v for k, v in link.attrs.items() if k != "href"} == {
            k: v for k, v in permalink.attrs.items() if k != "href"
        }
    toc = page.select(".md-sidebar--secondary .md-nav__link")
    assert [a["href"] for a in toc] == [f"#{h['id']}" for h in headings]
    assert [a.get_text(strip=True) for a in toc] == [h.get_text(strip=True).rstrip("¶") for h in headings]
    return headings


def test_article_headings_have_permalinks_and_make_the_table_of_contents(seed_build: Build) -> None:
    records = json.loads((seed_build.site / "data" / "articles.json").read_text("utf-8"))
    for record in records:
        page = soup(seed_build, record["url"].rstrip("/"))
        headings = assert_headings_like_markdown_ones(page, "article h2[id], article h3[id], article h4[id]")
        assert headings[-1]["id"] == "articles-lies"


def test_no_model_heading_is_left_in_the_site(seed_build: Build) -> None:
    for path in seed_build.site.rglob("*.html"):
        text = path.read_text("utf-8")
        assert 'id="dossier-heading"' not in text and "DOSSIERHEADINGTITLE" not in text, path


def test_article_pages_link_their_themes_and_related_articles(seed_build: Build) -> None:
    for record in json.loads((seed_build.site / "data" / "articles.json").read_text("utf-8")):
        page = soup(seed_build, record["url"])
        tags = [a["href"] for a in page.select(".dossier-tags a.md-tag")]
        assert sorted(tags) == [f"../../themes/{t}/" for t in record["themes"]]
        assert page.find(id="articles-lies") is not None


def test_every_internal_link_and_anchor_resolves(seed_build: Build) -> None:
    assert broken_links(seed_build.site) == []


def test_quote_index_and_quotes_json(seed_build: Build) -> None:
    records = json.loads((seed_build.site / "data" / "quotes.json").read_text("utf-8"))
    assert len(records) == 9
    assert all(list(r) == ["id", "text", "speaker", "speaker_detail", "article", "url", "themes"] for r in records)
    assert [r["id"] for r in records] == sorted(r["id"] for r in records)
    page = soup(seed_build, "citations")
    headings = [h.get_text(strip=True).rstrip("¶") for h in page.select("article h3")]
    assert headings[0] == "Mark Zuckerberg"  # named people first
    assert "Porte-parole de Meta" in headings
    for record in records:
        target, _, anchor = record["url"].partition("#")
        spot = soup(seed_build, target.rstrip("/")).find(id=anchor)
        assert spot is not None and record["text"].split(" […] ")[0][:40] in spot.get_text(" ")


def test_glossary_page_links_tooltips_and_json(seed_build: Build) -> None:
    records = json.loads((seed_build.site / "data" / "glossary.json").read_text("utf-8"))
    assert len(records) >= 40
    keys = ["term", "slug", "aliases", "definition", "url", "see_also", "themes", "related", "occurrences"]
    assert all(list(r) == keys for r in records)
    slugs = {r["slug"] for r in records}
    assert all(set(r["see_also"]) | set(r["related"]) <= slugs for r in records)
    page = soup(seed_build, "glossaire")
    for record in records:
        assert page.find(id=record["slug"]) is not None
        for occurrence in record["occurrences"]:
            target, _, anchor = occurrence["url"].partition("#")
            assert soup(seed_build, target.rstrip("/")).find(id=anchor) is not None
    assert page.select(".dossier-letters a")
    for link in page.select("a.dossier-term"):  # only definitions link, never an entry to itself
        assert "dossier-definition" in link.find_parent("p")["class"]
        assert link.find_previous("h3")["id"] != link["href"].rsplit("#", 1)[1]
    definitions = {r["slug"]: r["definition"] for r in records}
    linked = 0
    for record in json.loads((seed_build.site / "data" / "articles.json").read_text("utf-8")):
        article = soup(seed_build, record["url"]).select_one("article")
        for link in article.select("a.dossier-term"):
            slug = link["href"].rsplit("#", 1)[1]
            assert link["href"] == f"../../glossaire/#{slug}"
            assert unbound(link["title"]) == definitions[slug]
            assert link.find_parent(["h1", "h2", "h3", "code", "pre"]) is None
            linked += 1
    assert linked > 50
    for page_path in ("themes/strategy", "citations", ""):
        assert soup(seed_build, page_path).select("a.dossier-term[title]"), page_path


def test_undefined_terms_are_listed_and_logged_without_failing_strict(tmp_path: Path) -> None:
    article = (
        "---\ntitle: Les puces et la NPU\n---\n\n"
        "La NPU de Qualcomm accélère l'inférence. Selon Qualcomm, la NPU consomme peu.\n\n"
        "Les usages se multiplient, et Les modèles tournent sur la NPU.\n"
    )
    build = run_build(make_project(tmp_path, {"npu.md": article}))
    assert build.returncode == 0, build.log
    assert "INFO" in build.log and "frequent terms have no entry (NPU, Qualcomm" in build.log
    cells = [td.get_text() for td in soup(build, "glossaire/a-definir").select("td")]
    assert cells[:4] == ["NPU", "3", "Qualcomm", "2"]
    assert "Les" not in cells and "Selon" not in cells


def test_every_page_has_social_metadata_and_the_site_has_feeds(seed_build: Build) -> None:
    pages = sorted(seed_build.site.rglob("index.html"))
    assert len(pages) >= 15
    for path in pages:
        head = BeautifulSoup(path.read_text("utf-8"), "html.parser").head
        description = head.select_one("meta[name=description]")["content"]
        assert description and description == head.select_one("meta[property='og:description']")["content"], path
        assert head.select_one("meta[property='og:title']")["content"], path
        assert head.select_one("meta[property='og:url']")["content"].startswith(seed_build.url), path
        assert head.select_one("link[type='application/rss+xml']") is not None
    article = json.loads((seed_build.site / "data" / "articles.json").read_text("utf-8"))[0]
    head = soup(seed_build, article["url"].rstrip("/")).head
    assert head.select_one("meta[property='og:type']")["content"] == "article"
    sitemap = (seed_build.site / "sitemap.xml").read_text("utf-8")
    assert f"{seed_build.url}{article['url']}" in sitemap and f"{seed_build.url}glossaire/" in sitemap
    assert f"Sitemap: {seed_build.url}sitemap.xml" in (seed_build.site / "robots.txt").read_text("utf-8")
    rss = etree.fromstring((seed_build.site / "feed.xml").read_bytes())
    links = [item.findtext("link") for item in rss.iter("item")]
    assert len(links) == 5 and f"{seed_build.url}{article['url']}" in links
    feed = json.loads((seed_build.site / "feed.json").read_text("utf-8"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1" and len(feed["items"]) == 5
    assert all(item["url"].startswith(seed_build.url) and item["content_text"] for item in feed["items"])


def test_home_page_shows_themes_latest_articles_speakers_and_entry_points(seed_build: Build) -> None:
    home = soup(seed_build, "").select_one("article")
    sections = [h.get_text(strip=True).rstrip("¶") for h in home.select("h2")]
    assert sections == ["Les thèmes", "Derniers articles", "Qui parle\u202f?", "Explorer"]  # (French spacing)
    cards = home.select(".dossier-cards-4")[0].select("li")
    assert [c.a.get_text(strip=True) for c in cards] == ["Stratégie", "Sécurité", "Géopolitique", "Startups"]
    themes = {t["title"]: t for t in json.loads((seed_build.site / "data" / "themes.json").read_text("utf-8"))}
    for card in cards:
        assert f"{len(themes[card.a.get_text(strip=True)]['articles'])}\u00a0article" in card.get_text()
    assert home.select_one("a[href$='citations/#s-mark-zuckerberg']") is not None
    assert "<!-- dossier:" not in seed_build.page("")
    assert not home.select(".dossier-nolink a.dossier-term")  # no term links inside cards and listings


PAGE_BUDGET = 200_000  # bytes of HTML, before compression


def test_pages_stay_light(seed_build: Build) -> None:
    """Small HTML, scripts that do not hold up the first paint, no per-heading tooltips, a short glossary TOC."""
    for path in seed_build.site.rglob("*.html"):
        assert path.stat().st_size <= PAGE_BUDGET, (path, path.stat().st_size)
    home = BeautifulSoup(seed_build.page(""), "html.parser")
    scripts = home.select("script[src]")
    assert scripts and all(s.has_attr("defer") for s in scripts), scripts
    assert [link["href"] for link in home.select("link[rel=stylesheet]") if "assets/" not in link["href"]] == [
        "stylesheets/dossier.css"
    ]
    glossary = soup(seed_build, "glossaire")
    permalinks = glossary.select("a.headerlink")
    assert permalinks and all(a.get("aria-label") and not a.get("title") for a in permalinks)
    toc = [a["href"] for a in glossary.select(".md-sidebar--secondary .md-nav__link")]
    assert toc and all(href.startswith("#lettre-") for href in toc), toc
    assert "#hyperion" not in toc and glossary.select_one("h3#hyperion") is not None


def test_the_seed_build_log_holds_only_mkdocs_own_lines(seed_build: Build) -> None:
    """No false anchor reports (the paragraphs' anchors are known to MkDocs), no notes: nothing to report."""
    for line in seed_build.log.splitlines():
        assert not line.startswith("WARNING"), line
        assert "does not contain an anchor" not in line and "sources/" not in line, line
        assert len(line) <= 300, line


def test_links_to_paragraphs_are_checked_and_a_missing_anchor_is_still_reported(tmp_path: Path) -> None:
    built = corpus.build(SEEDS, ROOT)
    article = built.articles[0]
    real = re.findall(r'<p id="(p-[0-9a-f]+)"', "".join(section.html for section in built.bodies[article.id]))[3]
    unknown_key = "---\ntitle: Une clé inconnue\nauteur: Jeanne\n---\nMeta publie Llama en open source, dit-on.\n"
    project = make_project(tmp_path, {"cle-inconnue.md": unknown_key})
    (project / "docs" / "verification.md").write_text(
        f"# Vérification\n\n[Un paragraphe](articles/{article.slug}.md#{real}) et "
        f"[un paragraphe qui n'existe pas](articles/{article.slug}.md#p-000000).\n",
        "utf-8",
    )
    build = run_build(project)  # strict: an unknown front matter key is a note, never a failure
    assert build.returncode == 0, build.log
    assert (
        f"Doc file 'verification.md' contains a link 'articles/{article.slug}.md#p-000000', "
        f"but the doc 'articles/{article.slug}.md' does not contain an anchor '#p-000000'."
    ) in build.log
    assert f"#{real}" not in build.log
    assert "INFO    -  sources/articles/cle-inconnue.md:3: unknown front matter key 'auteur' ignored" in build.log
