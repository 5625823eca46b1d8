"""Make untrusted text safe to embed in generated Markdown, HTML and YAML.

Every character of an article is data. The Markdown escaper relies on
``pymdownx.escapeall`` (any backslash-escaped character is literal) and on
entities for ``&``, ``<`` and ``>``, so no HTML, link, emphasis, attribute
list, snippet, table or heading syntax from a source can take effect.

Text is also shown the way French typography binds it (:func:`french_spacing`):
the space a source typed inside guillemets, before a double punctuation mark,
between groups of digits and before a unit sign becomes a no-break space, so
a line never starts with « » », « ? » or « 000 ».
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

NBSP = "\u00a0"
NNBSP = "\u202f"  # the narrow no-break space (« espace fine insécable »)
# The Imprimerie nationale's rules (Lexique des règles typographiques): a no-break space inside French
# guillemets and before the colon, a narrow one before ; ! and ?. Only a space the source typed is bound;
# none is added, and a mark that starts a word ("![image]", ":)") is no punctuation of the sentence.
_AFTER_OPENING = re.compile("« +")
_BEFORE_CLOSING = re.compile(" +»")
_PUNCTUATION_END = r"(?=$|[\s»”\"’)\].,;:!?…])"
_BEFORE_COLON = re.compile(r"(?<=\S) +:(?=\s|$)")
_BEFORE_HIGH = re.compile(r"(?<=\S) +(?=[;!?]" + _PUNCTUATION_END + ")")
# Digits grouped by three with spaces, as French writes large numbers ("1 200 000"): the groups stay on one line.
_DIGIT_GROUPS = re.compile(r"(?<![\d,.])\d{1,3}(?: \d{3})+(?![\d])")
# A unit's sign after its number: "75 %", "30 €", "14 milliards $" (not "{% raw %}").
_BEFORE_SIGN = re.compile(r"(\d|\b(?:mille|millions?|milliards?)) +(?=[%€$£‰](?!\w))")


# A space any rule below may bind, found in one pass (most texts have none: a line of prose, a label).
_MAY_BIND = re.compile(r"« | [:;!?»%€$£‰]|\d \d")
# What each rule needs in the text to match: a rule runs only where it may (a sub's scan costs more than this).
_DIGIT_PAIR = re.compile(r"\d \d")
_SPACE_SIGN = re.compile(r" [%€$£‰]")


def french_spacing(text: str) -> str:
    """Bind the spaces French typography never breaks; every character keeps its offset.

    One space becomes one no-break space (several typed spaces become as many),
    so marks given as offsets in the text (:mod:`dossier.fragments`) stay right.
    """
    if " " not in text or _MAY_BIND.search(text) is None:
        return text
    if "« " in text:
        text = _AFTER_OPENING.sub(lambda m: "«" + NBSP * (len(m.group()) - 1), text)
    if " »" in text:
        text = _BEFORE_CLOSING.sub(lambda m: NBSP * (len(m.group()) - 1) + "»", text)
    if " :" in text:
        text = _BEFORE_COLON.sub(lambda m: NBSP * (len(m.group()) - 1) + ":", text)
    if " ;" in text or " !" in text or " ?" in text:
        text = _BEFORE_HIGH.sub(lambda m: NNBSP * len(m.group()), text)
    if _DIGIT_PAIR.search(text):
        text = _DIGIT_GROUPS.sub(lambda m: m.group().replace(" ", NNBSP), text)
    if _SPACE_SIGN.search(text):
        text = _BEFORE_SIGN.sub(lambda m: m.group(1) + NBSP * (len(m.group()) - len(m.group(1))), text)
    return text


def md(text: str) -> str:
    """Escape plain text for inline use in Markdown (one logical line).

    Hyphens inside a word (``a-t-il``), full stops not after a digit and
    colons not at the start are inert in Markdown and stay readable.
    """
    text = french_spacing(_WHITESPACE.sub(" ", text))  # one line; edge spaces kept for inline concatenation
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
    return html.escape(french_spacing(" ".join(text.split())), quote=False).replace('"', "&quot;")


def yaml_string(text: str) -> str:
    """A double-quoted YAML scalar holding the HTML-escaped text.

    Page metadata (title, description) is printed unescaped by the theme's
    templates, so it is stored HTML-escaped.
    """
    value = html_text(text)
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
