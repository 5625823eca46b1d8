"""HTML fragments of generated pages and the links written in them."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from dossier import fragments, glossary, linking
from dossier.model import Block, Kind

from .conftest import ROOT, unbound

GLOSSARY = glossary.load_glossary(ROOT / "sources" / "glossary.yml", "sources/glossary.yml")
LINKER = glossary.Linker(GLOSSARY)
ENTRIES = {e.slug: e for e in GLOSSARY.entries}


def scanned(block: Block) -> Block:
    block.terms = [
        (i, start, end, entry.slug)
        for i, segment in enumerate(block.segments())
        for start, end, entry in LINKER.find(segment)
    ]
    return block


TITLES = linking.titles(GLOSSARY.entries)


def html(block: Block, policy: str = "first-per-section") -> BeautifulSoup:
    written = fragments.BlockWriter(ENTRIES, policy).block(scanned(block))
    return BeautifulSoup(linking.resolve(written, lambda src: src, TITLES), "html.parser")


def test_paragraph_with_anchor_role_terms_and_inline_quotation() -> None:
    text = "Selon Meta, « l'open source reste notre choix » et l'open source progresse."
    block = Block(Kind.PARAGRAPH, text, anchor="p-1", role="lead")
    start = text.index("«")
    block.spans = [(text, start, text.index("»") + 1, "q-1")]
    soup = html(block)
    p = soup.p
    assert p["id"] == "p-1" and p["class"] == ["dossier-lead"]
    assert unbound(p.get_text()) == text
    quote = p.select_one("span.dossier-quote-inline#q-1")
    assert quote is not None and unbound(quote.get_text()).startswith("« l'open source")
    links = p.select("a.dossier-term")
    assert [a.get_text() for a in links] == ["open source"]  # the first occurrence of the section only
    assert links[0]["href"].startswith("glossaire/index.md#")
    assert links[0]["title"] == ENTRIES[links[0]["href"].rsplit("#", 1)[1]].definition


def test_nested_lists_bold_labels_and_ordered_lists() -> None:
    items = [(0, "Coûts : des milliards"), (1, "sous-point"), (1, "autre"), (0, "fin")]
    soup = html(Block(Kind.LIST, anchor="l-1", items=items))
    outer = soup.select_one("div.dossier-list#l-1 > ul")
    assert outer is not None and [li.find(string=True, recursive=False) for li in outer.find_all("li", recursive=False)]
    assert outer.find("strong").get_text() == "Coûts"
    assert [li.get_text(" ", strip=True) for li in outer.select(":scope > li > ul > li")] == ["sous-point", "autre"]
    assert soup.get_text(" ", strip=True).endswith("fin")
    ordered = html(Block(Kind.LIST, anchor="l-2", items=[(0, "un"), (0, "deux")], ordered=True))
    assert [li.get_text() for li in ordered.select("ol > li")] == ["un", "deux"]


def test_quotation_figure_with_attribution() -> None:
    block = Block(Kind.QUOTE, "Premier paragraphe.\nSecond sur l'AGI.", anchor="q-9", attribution="Mark Zuckerberg")
    soup = html(block)
    figure = soup.select_one("figure.dossier-quote#q-9")
    assert [p.get_text() for p in figure.select("blockquote p")] == ["Premier paragraphe.", "Second sur l'AGI."]
    assert figure.figcaption.get_text() == "— Mark Zuckerberg"


HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[clic](javascript:alert(1)) {{ config }} {% raw %}",
    "--8<-- /etc/passwd",
    "&amp; &lt; <!-- x -->",
    "\x00url\x00glossaire/index.md\x00",
]


def test_article_text_is_always_text() -> None:
    for payload in HOSTILE:
        for block in (
            Block(Kind.PARAGRAPH, payload, anchor="p"),
            Block(Kind.LIST, anchor="l", items=[(0, payload), (1, payload)]),
            Block(Kind.QUOTE, payload, anchor="q", attribution=payload),
        ):
            soup = html(block)
            assert not soup.find(["script", "img"]) and not soup.select("a:not(.dossier-term)"), payload
            for tag in soup.find_all(True):
                assert not any(name.startswith("on") for name in tag.attrs), payload
            assert payload.replace("\x00", "") in unbound(soup.get_text()).replace("\x00", ""), payload


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.just("\n"), min_size=1))
def test_any_text_round_trips(text: str) -> None:
    """Source text has no control characters but line breaks once read (sources.py, text.py)."""
    # BeautifulSoup's parser reads a whitespace-only string as one space; cleaning never makes such a paragraph.
    assume(text.strip())
    soup = html(Block(Kind.PARAGRAPH, text, anchor="p"))
    assert unbound(soup.p.get_text()) == unbound(text.replace("\n", " "))
    assert [t.name for t in soup.find_all(True) if t.name not in ("p", "a")] == []


def test_link_policies() -> None:
    agi = next(e for e in GLOSSARY.entries if e.term == "AGI")
    state = linking.LinkState("first-per-section")
    assert state.allow(agi) and not state.allow(agi)
    state.new_section()
    assert state.allow(agi)
    per_page = linking.LinkState("first-per-page")
    assert per_page.allow(agi)
    per_page.new_section()
    assert not per_page.allow(agi)
    every = linking.LinkState("all")
    assert every.allow(agi) and every.allow(agi)
    every.new_section(own=agi.slug)
    assert not every.allow(agi)  # never inside its own glossary entry


def test_term_links_are_short_until_written_out() -> None:
    agi = next(e for e in GLOSSARY.entries if e.term == "AGI")
    written = linking.term_link(agi, "AGI")
    assert agi.definition[:20] not in written and len(written) < 30
    out = linking.resolve(f"<p>{written}</p>", lambda src: "../../glossaire/", TITLES)
    link = BeautifulSoup(out, "html.parser").a
    assert link["href"] == f"../../glossaire/#{agi.slug}" and link["title"] == agi.definition
    assert link["class"] == ["dossier-term"] and link.get_text() == "AGI"


def test_urls_resolve_per_page_and_fragments_fill_placeholders() -> None:
    page = fragments.Skeleton()
    page.md("# Titre", "")
    page.html(f'<a href="{linking.url("articles/x.md", "p-1")}">lien</a>')
    page.md("", "Fin.")
    markdown = page.markdown()
    assert "<!-- dossier:fragment 0 -->" in markdown and "lien" not in markdown
    rendered = fragments.fill("<h1>Titre</h1>\n<!-- dossier:fragment 0 -->\n<p>Fin.</p>", page.fragments)
    resolved = linking.resolve(rendered, lambda src: f"../{Path(src).stem}/", {})
    assert '<a href="../x/#p-1">lien</a>' in resolved
    assert "Fin." in page.inline() and "articles/x.md#p-1" in page.inline()


def test_consecutive_fragments_share_one_placeholder() -> None:
    page = fragments.Skeleton()
    page.md("# Titre", "")
    page.html("<p>un</p>")
    page.html("<ul><li>deux</li></ul>", indexed=False)
    page.html("<p>trois</p>")
    page.md("Entre.")
    page.html("<p>quatre</p>")
    markdown = page.markdown()
    assert "<!-- dossier:fragment 0-2 -->" in markdown and "<!-- dossier:fragment 3 -->" in markdown
    assert markdown.count("dossier:fragment") == 2
    rendered = "<h1>Titre</h1>\n<!-- dossier:fragment 0-2 -->\n<p>Entre.</p>\n<!-- dossier:fragment 3 -->"
    assert fragments.fill(rendered, page.fragments) == (
        "<h1>Titre</h1>\n<p>un</p>\n<ul><li>deux</li></ul>\n<p>trois</p>\n<p>Entre.</p>\n<p>quatre</p>"
    )
    # What the search plugin reads: the unindexed fragment left out of its run.
    assert "deux" not in fragments.fill(rendered, page.fragments, page.unindexed)
    assert "trois" in fragments.fill(rendered, page.fragments, page.unindexed)


class Entry:
    """A stand-in for MkDocs' AnchorLink."""

    def __init__(self, title: str, id: str, level: int) -> None:
        self.title, self.id, self.level = title, id, level
        self.children: list[Entry] = []


def test_headings_take_the_markup_of_the_model_heading_and_join_the_toc() -> None:
    page = fragments.Skeleton()
    page.md("# Stratégie", "", "Intro.", "")
    page.heading(fragments.Heading(2, "Tom & <Jerry>  *gras*", "tom-jerry"))
    page.html("<p>passages</p>", indexed=False)
    page.heading(fragments.Heading(2, "Citations", "citations"))
    markdown = page.markdown()
    assert "Tom" not in markdown and markdown.count("dossier:fragment") == 1
    # The model heading MkDocs renders with the site's heading settings, at the end of the skeleton.
    assert markdown.rstrip().endswith("## DOSSIERHEADINGTITLE {: #dossier-heading }")
    # Tests and review see Markdown headings.
    assert "## Tom &amp; &lt;Jerry&gt; \\*gras\\* {: #tom-jerry }\n\n\n<p>passages</p>" in page.inline()
    permalink = '<a class="headerlink" data-preview="" href="#{}" title="Lien">&para;</a>'
    rendered = (
        f'<h1 id="strategie">Stratégie{permalink.format("strategie")}</h1>\n<p>Intro.</p>\n'
        "<!-- dossier:fragment 0-2 -->\n"
        f'<h2 id="dossier-heading">DOSSIERHEADINGTITLE{permalink.format("dossier-heading")}</h2>\n'
    )
    toc = [Entry("Stratégie", "strategie", 1)]
    toc[0].children.append(Entry("DOSSIERHEADINGTITLE", "dossier-heading", 2))
    original = page.fragments
    rendered = page.place_headings(rendered, toc, Entry)
    assert "dossier-heading" not in rendered and "DOSSIERHEADINGTITLE" not in rendered
    html = fragments.fill(rendered, page.fragments)
    assert (
        f'<h2 id="tom-jerry">Tom &amp; &lt;Jerry&gt; *gras*{permalink.format("tom-jerry")}</h2>\n<p>passages</p>\n'
        f'<h2 id="citations">Citations{permalink.format("citations")}</h2>'
    ) in html
    assert [(e.title, e.id, e.level) for e in toc[0].children] == [
        ("Tom &amp; &lt;Jerry&gt; *gras*", "tom-jerry", 2),
        ("Citations", "citations", 2),
    ]
    # A skeleton `mkdocs serve` keeps for the next build still has its headings to write.
    assert page.fragments is not original and isinstance(original[0], fragments.Heading)


def test_a_heading_never_written_is_an_error() -> None:
    page = fragments.Skeleton()
    page.heading(fragments.Heading(2, "Titre", "titre"))
    try:
        fragments.fill("<!-- dossier:fragment 0 -->", page.fragments)
    except ValueError as error:
        assert "titre" in str(error)
    else:
        raise AssertionError("an unwritten heading was filled in")
    try:
        page.place_headings("<p>no model heading</p>", [], Entry)
    except ValueError as error:
        assert "dossier-heading" in str(error)
    else:
        raise AssertionError("a missing model heading went unnoticed")


def test_the_search_text_drops_inline_tags_but_not_heading_permalinks() -> None:
    page = fragments.Skeleton()
    page.md("# Titre", "")
    page.heading(fragments.Heading(2, "Partie", "partie"))
    term = linking.term_link(ENTRIES["ia"], "IA")
    page.html(f'<p id="p-1"><strong>Label</strong>\u00a0: <span class="q">« {term} »</span> <small>x</small></p>')
    model = '<h2 id="dossier-heading">DOSSIERHEADINGTITLE<a class="headerlink" href="#dossier-heading">¶</a></h2>'
    rendered = '<h1 id="titre">Titre</h1>\n<!-- dossier:fragment 0-1 -->\n' + model
    rendered = page.place_headings(rendered, [], Entry)
    full, light = page.write(rendered, lambda src: "../glossaire/", TITLES)
    assert "<strong>" in full and 'class="dossier-term"' in full
    assert '<h2 id="partie">Partie<a class="headerlink" href="#partie">¶</a></h2>' in light
    assert '<p id="p-1">Label\u00a0: « IA » x</p>' in light


def test_headings_nest_in_the_table_of_contents_as_python_markdown_nests_them() -> None:
    page = fragments.Skeleton()
    page.md("# Titre")
    for level, anchor in ((3, "avant"), (2, "un"), (3, "un-a"), (4, "un-a-i"), (3, "un-b"), (2, "deux")):
        page.heading(fragments.Heading(level, anchor, anchor))
    markdown = page.markdown()
    assert markdown.count("DOSSIERHEADINGTITLE") == 1  # one model, whatever the levels
    model = '<h2 id="dossier-heading">DOSSIERHEADINGTITLE<a href="#dossier-heading">¶</a></h2>\n'
    toc = [Entry("Titre", "titre", 1)]
    toc[0].children.append(Entry("DOSSIERHEADINGTITLE", "dossier-heading", 2))
    rendered = page.place_headings('<h1 id="titre">Titre</h1>\n<!-- dossier:fragment 0-5 -->\n' + model, toc, Entry)
    assert rendered == '<h1 id="titre">Titre</h1>\n<!-- dossier:fragment 0-5 -->\n'

    def tree(entries: list[Entry]) -> list[object]:
        return [(e.id, tree(e.children)) if e.children else e.id for e in entries]

    assert tree(toc) == [("titre", ["avant", ("un", [("un-a", ["un-a-i"]), "un-b"]), "deux"])]
    assert '<h4 id="un-a-i">un-a-i<a href="#un-a-i">¶</a></h4>' in fragments.fill(rendered, page.fragments)


def test_a_shifted_model_heading_shifts_every_heading() -> None:
    """toc's baselevel makes the model's ## an h3: the headings move down alike."""
    page = fragments.Skeleton()
    page.heading(fragments.Heading(2, "Un", "un"))
    page.heading(fragments.Heading(3, "Deux", "deux"))
    toc: list[Entry] = []
    rendered = page.place_headings('<h3 id="dossier-heading">DOSSIERHEADINGTITLE</h3>', toc, Entry)
    assert rendered == ""
    written = fragments.fill("<!-- dossier:fragment 0-1 -->", page.fragments)
    assert written == '<h3 id="un">Un</h3>\n<h4 id="deux">Deux</h4>'
    assert [(e.id, e.level, [c.id for c in e.children]) for e in toc] == [("un", 3, ["deux"])]


def test_a_space_between_a_term_and_the_mark_after_it_is_bound() -> None:
    # French typography's space before « ? » stays bound when a glossary link ends right before it: the paragraph
    # is bound as a whole, not piece by piece between the links.
    page = html(Block(Kind.PARAGRAPH, "Quel avenir pour l’open source ? Personne ne sait : « peut-être »."))
    assert page.select_one("a.dossier-term").get_text() == "open source"
    assert "open source\u202f? Personne ne sait\u00a0: «\u00a0peut-être\u00a0»." in page.get_text()


def test_a_line_break_before_a_mark_is_bound_as_the_space_it_becomes() -> None:
    # a line break inside a text becomes a space, and French typography binds it before « ? » and « : », whether
    # the text is written whole or cut at glossary links
    assert fragments.text("Pourquoi\n? Parce que\n: oui") == "Pourquoi\u202f? Parce que\u00a0: oui"
    page = html(Block(Kind.PARAGRAPH, "Quel avenir pour l’open source\n? Personne ne sait\n: rien."))
    assert "open source\u202f? Personne ne sait\u00a0: rien." in page.get_text()
