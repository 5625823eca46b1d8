"""Make untrusted text safe to embed in generated Markdown, HTML and YAML.

Every character of an article is data. The Markdown escaper relies on
``pymdownx.escapeall`` (any backslash-escaped character is literal) and on
entities for ``&``, ``<`` and ``>``, so no HTML, link, emphasis, attribute
list, snippet, table or heading syntax from a source can take effect.
"""

from __future__ import annotations

import html
import re

# Characters with a Markdown meaning somewhere in our extension set.
_ALWAYS = "\\`*_{}[]()#+!|~^=$"
# Runs of whitespace that are not already a single space.
_WHITESPACE = re.compile(r"\s{2,}|[^\S ]")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_ESCAPED = {**_ENTITIES, **{ch: "\\" + ch for ch in _ALWAYS}}
_CANDIDATES = re.compile("[" + re.escape("".join(_ESCAPED) + "-.:") + "]")


def md(text: str) -> str:
    """Escape plain text for inline use in Markdown (one logical line).

    Hyphens inside a word (``a-t-il``), full stops not after a digit and
    colons not at the start are inert in Markdown and stay readable.
    """
    text = _WHITESPACE.sub(" ", text)  # one line; edge spaces kept for inline concatenation
    last = len(text) - 1

    def replace(match: re.Match[str]) -> str:
        ch = match.group()
        escaped = _ESCAPED.get(ch)
        if escaped is not None:
            return escaped
        i = match.start()
        if ch == "-":
            inside_word = 0 < i < last and text[i - 1].isalnum() and text[i + 1].isalnum()
            return ch if inside_word else "\\-"
        if ch == ".":
            return "\\." if i > 0 and text[i - 1].isdigit() else ch
        return "\\:" if i == 0 else ch  # ":"

    return _CANDIDATES.sub(replace, text)


def html_text(text: str) -> str:
    """Escape plain text for HTML element content and double-quoted attribute values.

    Apostrophes stay as they are (French text is full of them, and theme
    templates only use double-quoted attributes), so titles stay searchable.
    """
    return html.escape(" ".join(text.split()), quote=False).replace('"', "&quot;")


def yaml_string(text: str) -> str:
    """A double-quoted YAML scalar holding the HTML-escaped text.

    Page metadata (title, description) is printed unescaped by the theme's
    templates, so it is stored HTML-escaped.
    """
    value = html_text(text)
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
