"""Article text must render literally, whatever it contains."""

from __future__ import annotations

import markdown
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier import escape

EXTENSIONS = ["attr_list", "md_in_html", "admonition", "toc", "pymdownx.escapeall"]
CONFIG = {"pymdownx.escapeall": {"hardbreak": False, "nbsp": False}}


def rendered_text(source: str) -> tuple[str, BeautifulSoup]:
    html = markdown.markdown(source, extensions=EXTENSIONS, extension_configs=CONFIG)
    soup = BeautifulSoup(html, "html.parser")
    return soup.get_text(), soup


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
        "L’open source a-t-il un avenir ? Oui : 14,3 milliards."
    )


def test_html_and_yaml_strings() -> None:
    assert escape.html_text('<b a="1">&') == "&lt;b a=&quot;1&quot;&gt;&amp;"
    assert escape.yaml_string('Un "titre" \\ <x>') == '"Un &quot;titre&quot; \\\\ &lt;x&gt;"'
