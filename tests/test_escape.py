"""Article text must render literally, whatever it contains."""

from __future__ import annotations

import markdown
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier import escape

from .conftest import unbound

EXTENSIONS = ["attr_list", "md_in_html", "admonition", "toc", "pymdownx.escapeall"]
CONFIG = {"pymdownx.escapeall": {"hardbreak": False, "nbsp": False}}


def rendered_text(source: str) -> tuple[str, BeautifulSoup]:
    html = markdown.markdown(source, extensions=EXTENSIONS, extension_configs=CONFIG)
    soup = BeautifulSoup(html, "html.parser")
    return unbound(soup.get_text()), soup


HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[clic](javascript:alert(1))",
    "![image](http://example.com/x.png)",
    "<!-- commentaire -->",
    "{{ config.site_name }} {% include 'x' %}",
    '--8<-- "/etc/passwd"',
    "--8<-- mkdocs.yml",
    "# pas un titre",
    "| a | b |",
    "- pas une liste",
    "1. pas une liste",
    "> pas une citation",
    "&amp; &lt; &#x27;",
    "**gras** _italique_ `code`",
    "texte {: #id onclick=alert(1) }",
    "!!! note",
    "    indentation de code",
    "<https://example.com>",
    "a\\b\\\\c",
    "---",
    "===",
    "*[HTML]: Hyper",
    "[^1]: note",
    ": définition",
    "$x^2$ ~~barré~~ ==marqué== ^^sup^^",
]


def test_hostile_strings_render_as_text() -> None:
    for payload in HOSTILE:
        text, soup = rendered_text(escape.md(payload))
        assert text == " ".join(payload.split()), payload
        assert not soup.find(["script", "img", "a", "h1", "table", "ul", "ol", "blockquote", "code", "strong", "em"])
        for tag in soup.find_all(True):
            assert not any(name.startswith("on") for name in tag.attrs), payload
            assert "id" not in tag.attrs, payload


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60))
def test_any_text_renders_literally(payload: str) -> None:
    expected = " ".join(payload.split())
    if not expected:
        return
    text, soup = rendered_text(escape.md(payload))
    assert text.strip() == expected
    assert [t.name for t in soup.find_all(True)] in ([], ["p"])


def test_escaping_keeps_french_readable() -> None:
    assert escape.md("L’open source a-t-il un avenir ? Oui : 14,3 milliards.") == (
        "L’open source a-t-il un avenir\u202f? Oui\u00a0: 14,3 milliards."
    )


def test_french_spacing_binds_what_french_typography_never_breaks() -> None:
    bind = escape.french_spacing
    # Inside guillemets, and before the colon: a no-break space.
    assert bind("Elle dit : « Nous verrons »") == "Elle dit\u00a0: «\u00a0Nous verrons\u00a0»"
    # Before ; ! ?: the narrow one (the Imprimerie nationale's « espace fine »).
    assert bind("Vraiment ? Oui ; enfin !") == "Vraiment\u202f? Oui\u202f; enfin\u202f!"
    # Groups of three digits, and a unit's sign after its number.
    assert bind("1 200 000 euros, 75 %, 30 €") == "1\u202f200\u202f000 euros, 75\u00a0%, 30\u00a0€"
    # Nothing is added where the source typed no space, and a year before a number is no group of digits.
    assert bind("«Non» (2024) : http://x.fr?a=1") == "«Non» (2024)\u00a0: http://x.fr?a=1"
    assert bind("en 2023 123 entreprises") == "en 2023 123 entreprises"
    # A mark that starts a word ends no sentence.
    assert bind("{% raw %}") == "{% raw %}"
    assert bind("voir ![image](x.png) :) ?!") == "voir ![image](x.png) :)\u202f?!"
    # A space alone at an edge is left to the text it is concatenated with.
    assert bind(" : ") == " : "


@given(st.text(alphabet=" «»:;!?%€0123456789ab", max_size=30))
def test_french_spacing_keeps_every_offset(text: str) -> None:
    # Marks are offsets in an article's text (fragments): binding swaps characters one for one.
    bound = escape.french_spacing(text)
    assert len(bound) == len(text) and unbound(bound) == text


def test_html_and_yaml_strings() -> None:
    assert escape.html_text('<b a="1">&') == "&lt;b a=&quot;1&quot;&gt;&amp;"
    assert escape.yaml_string('Un "titre" \\ <x>') == '"Un &quot;titre&quot; \\\\ &lt;x&gt;"'
