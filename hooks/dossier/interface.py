"""Lines of a site's interface the named rules did not recognise, weighed by a small learned model.

Every site has its own template: the rules in :mod:`dossier.clean` each name a convention ("Lire aussi", a date
line, a photo credit), and a site that words its buttons or its tags another way slips through. What such lines
share is their shape: a few words, no verb, no sentence's stop, set apart at the page's edges, words of a site's
interface ("Actus", "0 Likes", "Retour en haut"). A logistic regression weighs those traits, learned from the
project's own annotated corpus, written in the project's words (``tests/eval/articles``):
``scripts/train_interface.py`` (``make model``) writes its weights to ``interface_model.json`` next to this file;
the site only computes a dot product.

A line goes only when the model is very sure of it (:data:`THRESHOLD`), when the line gives more than its shape (a
word learned as a site's, a figure, a sign), and never when it reads as text: a sentence with its verb, a
quotation, a line that runs on from the one before. Where it may go (the page's edges, not between paragraphs) is
:func:`dossier.clean.drop_interface_lines`'s to decide. What it removes is listed with the rule ``interface`` on the
review page, and a contributor keeps a line with ``keep:``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

from .text import FINITE_WORDS, QUOTE_MARKS

MODEL = Path(__file__).with_name("interface_model.json")
THRESHOLD = 0.95  # the probability a line must reach to be removed
MAX_WORDS = 12  # a longer line is text, whatever its shape

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_VERB_TOKEN = re.compile(r"c’est|[^\W\d_]+")  # ("est-il": "est"; "c’est" whole)
_STOP_END = re.compile(r"[.!?…»”\"]\s*$")
# The small words of a phrase (an intertitle, a caption), rare in a button, a tag or a name.
_FUNCTION_WORDS = frozenset("de du des la le les un une à au aux et en pour sur avec dans par face qui que".split())
_URL = re.compile(r"https?://|www\.|\.(?:com|fr|net|org|be|ch|ca)\b", re.I)


def _has_verb(text: str) -> bool:
    """Whether a line has one of the finite verbs news copy writes most: a sentence cannot do without one."""
    return any(word in FINITE_WORDS for word in _VERB_TOKEN.findall(text.casefold().replace("'", "’")))


def features(texts: Sequence[str], index: int) -> dict[str, float]:
    """The traits of the line ``texts[index]`` among the lines of its article (named, for the weights file)."""
    text = texts[index].strip()
    words = text.split()
    n = len(words)
    letters = [c for c in text if c.isalpha()]
    found: dict[str, float] = {
        "bias": 1.0,
        "words<=2": float(n <= 2),
        "words<=4": float(n <= 4),
        "words<=8": float(n <= 8),
        "ends:stop": float(bool(_STOP_END.search(text))),
        "ends:colon": float(text.endswith(":")),
        "ends:comma": float(text.endswith(",")),
        "first:upper": float(text[:1].isupper()),
        "first:lower": float(text[:1].islower()),
        "caps": float(bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.5),
        "digits": float(sum(c.isdigit() for c in text) / max(1, len(text)) > 0.15),
        "has:digit": float(any(c.isdigit() for c in text)),
        "has:verb": float(_has_verb(text)),
        "has:url": float(bool(_URL.search(text))),
        "has:mark": float(bool(QUOTE_MARKS.search(text))),
        "has:separator": float(bool(re.search(r"[|•·>/#@©]", text))),
        "has:phrase": float(n >= 3 and any(w.casefold() in _FUNCTION_WORDS for w in words[1:])),
        "has:date": float(bool(re.search(r"\b(?:19|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}\b", text))),
        "at:first": float(index == 0),
        "at:last": float(index == len(texts) - 1),
        "at:head": float(index < len(texts) / 10),
        "at:tail": float(index >= len(texts) * 9 / 10),
    }
    for side, other in (("prev", index - 1), ("next", index + 1)):
        if 0 <= other < len(texts):
            size = len(texts[other].split())
            found[f"{side}:long"] = float(size >= 25)
            found[f"{side}:short"] = float(size <= 4)
        else:
            found[f"{side}:none"] = 1.0
    for word in {w.casefold() for w in _WORD.findall(text)}:
        found[f"w:{word}"] = 1.0
    return found


@cache
def _weights() -> dict[str, float]:
    """The model's weights (feature name -> weight), loaded once."""
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    return {str(name): float(weight) for name, weight in data["weights"].items()}


def _probability(found: dict[str, float]) -> float:
    """How sure the model is that a line with these traits is a line of the site's interface."""
    weights = _weights()
    score = sum(weights.get(name, 0.0) * value for name, value in found.items())
    return 1.0 / (1.0 + math.exp(-score))


def reads_as_text(texts: Sequence[str], index: int) -> bool:
    """A line no model may take: too long, a sentence with its verb and stop, a quotation, a line running on from
    the one before (it ends with a comma, or this one opens in lower case)."""
    text = texts[index].strip()
    if len(text.split()) > MAX_WORDS or QUOTE_MARKS.search(text):
        return True
    if _STOP_END.search(text) and _has_verb(text):
        return True
    previous = texts[index - 1].rstrip() if index > 0 else ""
    return text[:1].islower() or previous.endswith((",", ";")) or text.endswith(",")


def _evidence(found: dict[str, float]) -> bool:
    """Whether a line gives the model more than its shape: a word it learned as a site's ("lectures", "réactions"),
    or a figure or a sign (a counter, a date, an address). A short line of words it never saw, at the foot of a
    page, may be the author's ("Merci"): the shape alone does not take it."""
    weights = _weights()
    return any(weights.get(name, 0.0) > 0 for name in found if name.startswith("w:")) or bool(
        found["has:digit"] or found["has:url"] or found["has:separator"]
    )


def interface_lines(texts: Sequence[str], candidates: Iterable[int]) -> set[int]:
    """Which of the ``candidates`` among an article's lines are its site's interface: the model sure of it, the line
    giving more than its shape, and no text."""
    found_lines = set()
    for index in candidates:
        if reads_as_text(texts, index):
            continue
        found = features(texts, index)
        if _probability(found) >= THRESHOLD and _evidence(found):
            found_lines.add(index)
    return found_lines
