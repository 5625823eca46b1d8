"""Glossary: YAML validation, one-pass matching, linking on the element tree."""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier import glossary
from dossier.mdext import GlossaryExtension, LinkContext

from .conftest import ROOT

SMALL = """\
link: first-per-section
terms:
  - term: open source
    aliases: [OSS, logiciel libre]
    definition: Code publié avec le droit de le modifier.
  - term: source
    definition: Origine d'une information.
  - term: AGI
    aliases: [intelligence artificielle générale]
    definition: Une IA aussi capable qu'un humain.
    see_also: [open source]
  - term: centre de données
    definition: Bâtiment rempli de serveurs.
  - term: métaverse
    definition: Monde virtuel partagé.
  - term: Llama
    aliases: [LLaMA]
    definition: Famille de modèles de Meta.
"""


def load(tmp_path: Path, text: str) -> glossary.Glossary:
    path = tmp_path / "glossary.yml"
    path.write_text(text, encoding="utf-8")
    return glossary.load_glossary(path, "sources/glossary.yml")


@pytest.fixture
def small(tmp_path: Path) -> glossary.Glossary:
    return load(tmp_path, SMALL)


def render(
    g: glossary.Glossary,
    source: str,
    page_src: str = "articles/x.md",
    policy: str | None = None,
    scope: str | None = None,
) -> BeautifulSoup:
    if policy:
        g.link = policy
    context = LinkContext(glossary.Linker(g), page_src=page_src, scope_class=scope)
    md = markdown.Markdown(extensions=["attr_list", "toc", "pymdownx.escapeall", GlossaryExtension(context)])
    return BeautifulSoup(md.convert(source), "html.parser")


def terms(soup: BeautifulSoup) -> list[tuple[str, str]]:
    return [(a.get_text(), a["href"].rsplit("#", 1)[1]) for a in soup.select("a.dossier-term")]


def test_elision_plural_case_and_accents(small: glossary.Glossary) -> None:
    soup = render(
        small, "L’AGI, les centres de données, le metaverse et d'OSS.\n\n## S\n\nLes Métaverses et LLaMA.", policy="all"
    )
    assert terms(soup) == [
        ("AGI", "agi"),
        ("centres de données", "centre-de-donnees"),
        ("metaverse", "metaverse"),
        ("OSS", "open-source"),
        ("Métaverses", "metaverse"),
        ("LLaMA", "llama"),
    ]


def test_acronyms_are_case_sensitive(small: glossary.Glossary) -> None:
    assert terms(render(small, "Le mot agi ou oss en minuscules.")) == []


def test_longest_match_first_and_no_overlap(small: glossary.Glossary) -> None:
    assert terms(render(small, "L'open source, puis une source.", policy="all")) == [
        ("open source", "open-source"),
        ("source", "source"),
    ]


def test_never_in_headings_links_code_or_another_term(small: glossary.Glossary) -> None:
    soup = render(small, "## L'AGI en titre\n\n[AGI](https://example.org) `AGI` et\n\n    AGI en code\n\nPuis l'AGI.")
    assert terms(soup) == [("AGI", "agi")]
    assert soup.h2.find("a") is None
    assert soup.code.find("a") is None


def test_first_occurrence_per_section(small: glossary.Glossary) -> None:
    soup = render(small, "AGI et AGI.\n\nEncore AGI.\n\n## Suite\n\nAGI ici.")
    assert [t for t, _ in terms(soup)] == ["AGI", "AGI"]
    assert len(terms(render(small, "AGI et AGI.\n\n## Suite\n\nAGI ici.", policy="first-per-page"))) == 1


def test_apostrophes_typographic_or_straight(tmp_path: Path) -> None:
    g = load(tmp_path, "terms:\n  - term: dépenses d'investissement\n    definition: Capex.\n")
    found = terms(render(g, "Les dépenses d’investissement et les dépenses d'investissement.", policy="all"))
    assert found == [
        ("dépenses d’investissement", "depenses-d-investissement"),
        ("dépenses d'investissement", "depenses-d-investissement"),
    ]


def test_excluded_phrases_do_not_link_the_term(tmp_path: Path) -> None:
    g = load(
        tmp_path,
        "terms:\n  - term: entraînement\n    definition: Phase d'apprentissage.\n"
        "    exclude: [effet d'entraînement]\n"
        "  - term: licence MIT\n    aliases: [MIT]\n    definition: Licence permissive.\n"
        "    exclude: [du MIT]\n",
    )
    text = "Un effet d’entraînement, des chercheurs du MIT. Puis l'entraînement sous licence MIT, type MIT."
    assert terms(render(g, text, policy="all")) == [
        ("entraînement", "entrainement"),
        ("licence MIT", "licence-mit"),
        ("MIT", "licence-mit"),
    ]


def test_entry_policy_overrides_the_glossary_policy(tmp_path: Path) -> None:
    g = load(
        tmp_path,
        "terms:\n  - term: IA\n    definition: Intelligence artificielle.\n    link: first-per-page\n"
        "  - term: GPU\n    definition: Processeur graphique.\n",
    )
    soup = render(g, "L'IA et les GPU.\n\n## Deux\n\nL'IA et les GPU.\n\n### Trois\n\nDes GPU, de l'IA.")
    assert [t for t, _ in terms(soup)] == ["IA", "GPU", "GPU", "GPU"]


def test_glossary_page_links_only_definitions_and_never_an_entry_to_itself(small: glossary.Glossary) -> None:
    source = (
        "### AGI {: #agi }\n\nUne AGI dépasserait le métaverse.\n{: .def }\n\nAussi : AGI, métaverse\n\n"
        "### Métaverse {: #metaverse }\n\nLe métaverse selon l'AGI.\n{: .def }\n"
    )
    soup = render(small, source, page_src="glossaire/index.md", scope="def")
    assert terms(soup) == [("métaverse", "metaverse"), ("AGI", "agi")]
    assert soup.select_one("a.dossier-term")["href"] == "index.md#metaverse"


def test_tooltip_and_relative_href(small: glossary.Glossary) -> None:
    link = render(small, "L'AGI.", page_src="themes/strategy.md").select_one("a.dossier-term")
    assert link["title"] == "Une IA aussi capable qu'un humain."
    assert link["href"] == "../glossaire/index.md#agi"  # MkDocs turns it into a URL and validates it
    assert render(small, "L'AGI.", page_src="index.md").select_one("a")["href"] == "glossaire/index.md#agi"


def test_escaped_text_is_still_linked_and_safe(small: glossary.Glossary) -> None:
    soup = render(small, "\\<script\\> l'AGI \\[x\\]\\(y\\)")
    assert terms(soup) == [("AGI", "agi")]
    assert soup.find("script") is None


def test_duplicate_alias_warns_naming_both_entries(tmp_path: Path) -> None:
    g = load(tmp_path, SMALL + "  - term: Logiciel ouvert\n    aliases: [OSS]\n    definition: Doublon.\n")
    messages = [str(d) for d in g.diagnostics]
    assert messages == [
        "sources/glossary.yml:19: 'OSS' (Logiciel ouvert) duplicates 'OSS' of entry 'open source' at line 3; "
        "the second is ignored: keep it in one entry only"
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("terms: {}", "expected a 'terms:' list"),
        ("terms:\n  - term: X\n", "sources/glossary.yml:2: 'definition' must be a non-empty text"),
        ("terms:\n  - term: X\n    definition: Y\n    aliases: Z\n", "'aliases' must be a list"),
        ("terms:\n  - term: X\n    definition: Y\n    colour: red\n", "unknown key(s) colour"),
        ("link: sometimes\nterms: []\n", "'link' must be one of"),
        ("terms:\n  - term: X\n    definition: Y\n    link: twice\n", "sources/glossary.yml:2: 'link' must be one of"),
        ("terms:\n  - term: X\n    definition: Y\n    exclude: Z\n", "'exclude' must be a list"),
        ("terms: [\n", "invalid YAML"),
    ],
)
def test_invalid_yaml_fails_with_file_line_and_key(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(glossary.GlossaryError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load(tmp_path, text)


def test_unknown_see_also_warns(tmp_path: Path) -> None:
    g = load(tmp_path, "terms:\n  - term: X\n    definition: Y\n    see_also: [Z]\n")
    assert [str(d) for d in g.diagnostics] == [
        "sources/glossary.yml:2: see_also 'Z' of 'X' is not a term of the glossary"
    ]


def test_inline_definitions() -> None:
    text = (
        "Le développement de l’intelligence artificielle générale (AGI) avance. Les modèles LLaMA "
        "(Large Language Model Meta AI) de Meta. Environ 13 milliards de revenus annuels récurrents (ARR) via le SaaS."
    )
    assert glossary.inline_definitions(text) == [
        ("LLaMA", "Large Language Model Meta AI"),
        ("AGI", "intelligence artificielle générale"),
        ("ARR", "revenus annuels récurrents"),
    ]


def test_one_pattern_for_all_terms(small: glossary.Glossary) -> None:
    linker = glossary.Linker(small)
    assert linker.pattern is not None
    assert [e.term for _, _, e in linker.find("AGI, OSS, Llama")] == ["AGI", "open source", "Llama"]


def test_the_real_glossary_is_valid_and_large_enough() -> None:
    g = glossary.load_glossary(ROOT / "sources" / "glossary.yml", "sources/glossary.yml")
    assert len(g.entries) >= 40
    assert [d for d in g.diagnostics if d.level.value == "warning"] == []
    for needed in ("AGI", "LLM", "open source", "Llama", "Behemoth", "Qwen", "Hyperion", "ARR", "EBIT", "H100"):
        assert glossary.Linker(g).entry_for(needed) is not None, needed


def _reference_find(g: glossary.Glossary, text: str) -> list[tuple[int, int, str]]:
    """The obvious, slow matcher: one alternation of every form, longest first."""
    forms: dict[str, str] = {}
    for entry in g.entries:
        for names, slug in ((entry.exclude, ""), (entry.forms, entry.slug)):
            for form in names:
                for variant in glossary._variants(form):
                    forms.setdefault(variant, slug)
    bodies = []
    for form in sorted(forms, key=lambda f: (-len(f), f)):
        body = r"\s+".join(re.escape(w).replace("'", "['’]") for w in form.split())
        bodies.append(f"(?-i:{body})" if glossary._is_acronym(form) else body)
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(bodies)})(?:s|x)?(?![\w-])", re.IGNORECASE)
    folded = {glossary._fold(" ".join(f.split())): slug for f, slug in forms.items()}
    out = []
    for m in pattern.finditer(text):
        key = glossary._fold(" ".join(m.group().split()))
        slug = folded[key] if key in folded else folded.get(key[:-1])
        if slug:
            out.append((m.start(), m.end(), slug))
    return out


REAL = glossary.load_glossary(ROOT / "sources" / "glossary.yml", "sources/glossary.yml")
REAL_LINKER = glossary.Linker(REAL)
WORDS = [*sorted({w for e in REAL.entries for f in e.forms for w in f.split()}), "le", "l’", "d'", "de", "x", "agi"]


def test_trie_matches_the_seeds_like_the_obvious_matcher() -> None:
    for seed in sorted((ROOT / "sources" / "articles").iterdir()):
        text = seed.read_text(encoding="utf-8")
        found = [(s, e, entry.slug) for s, e, entry in REAL_LINKER.find(text)]
        assert found == _reference_find(REAL, text), seed.name


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30), st.lists(st.sampled_from([" ", "  ", "\n", "s ", ", "])))
def test_trie_matches_like_the_obvious_matcher(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + (gaps[i % len(gaps)] if gaps else " ") for i, w in enumerate(words))
    assert [(s, e, entry.slug) for s, e, entry in REAL_LINKER.find(text)] == _reference_find(REAL, text)


_CASED_WORDS = [*WORDS, "AGI", "Llama", "LLAMA", "OPEN SOURCE", "Modèles", "ſ", "İ", "µ", "ı", "é", "É", "-", "_"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=60), st.lists(st.sampled_from(_CASED_WORDS), max_size=30).map(" ".join)))
def test_the_lower_case_pattern_finds_what_the_case_insensitive_one_does(text: str) -> None:
    # Linker.find reads a lower-cased copy of a text with no character of NOT_FOLDED with a case-sensitive pattern.
    assert REAL_LINKER._lowered is not None
    expected = [(m.start(), m.end()) for m in REAL_LINKER.pattern.finditer(text)]
    if not glossary.NOT_FOLDED.search(text):
        assert [(m.start(), m.end()) for m in REAL_LINKER._lowered.finditer(text.lower())] == expected
    assert [(s, e) for s, e, _ in REAL_LINKER.find(text)] == [
        (s, e) for s, e in expected if REAL_LINKER.entry_for(text[s:e]) is not None
    ]


def test_outside_not_folded_case_insensitive_matching_is_lower_casing() -> None:
    # The claim of text.NOT_FOLDED, character by character: among the characters it leaves out, one matches another
    # case-insensitively exactly when it lower-cases to it; lower-casing keeps one character, and keeps \w and \s.
    chars = [chr(i) for i in range(0x10000) if not glossary.NOT_FOLDED.match(chr(i))]
    for c in chars:
        assert len(c.lower()) == 1 and not glossary.NOT_FOLDED.match(c.lower())
        assert bool(re.match(r"[\w-]", c)) == bool(re.match(r"[\w-]", c.lower()))
        assert bool(re.match(r"\s", c)) == bool(re.match(r"\s", c.lower()))
    for p in sorted({c.lower() for c in chars}):
        pattern = re.compile(re.escape(p), re.IGNORECASE)
        assert [c for c in chars if pattern.fullmatch(c)] == [c for c in chars if c.lower() == p], p


def test_every_rendered_page_is_bound_as_french_typography_binds_it(tmp_path: Path) -> None:
    # Hand-written pages and the site's own words in generated ones: headings (so the table of contents and the
    # page title), paragraphs, text after an element, link titles and term tooltips; code keeps its spaces.
    defined = 'link: all\nterms:\n  - term: open source\n    definition: "Code publié : modifiable."\n'
    page = render(
        load(tmp_path, defined),
        '# Le dossier : Meta\n\n**Note** : voir « ceci » ? L\'open source [lien](y.md "Titre : suite").\n\n'
        "Un `a : b` ici.\n\n    x : y ?\n",
    )
    heading = page.h1
    assert heading.get_text() == "Le dossier\u00a0: Meta" and heading["id"] == "le-dossier-meta"
    paragraph = page.find_all("p")[0]
    assert paragraph.get_text().startswith("Note\u00a0: voir «\u00a0ceci\u00a0»\u202f? L'open source lien")
    assert paragraph.find("a", href="y.md")["title"] == "Titre\u00a0: suite"
    assert paragraph.select_one("a.dossier-term")["title"] == "Code publié\u00a0: modifiable."
    assert page.code.get_text() == "a : b" and page.pre.get_text() == "x : y ?\n"
