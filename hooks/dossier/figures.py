"""Key figures ("chiffres clés"): quantified facts found in French news prose.

``extract_figures`` finds amounts of money ("14,3 milliards de dollars"),
counts ("700 millions d'utilisateurs"), power ("5 GW"), shares ("8 %"),
context lengths ("128 000 jetons") and multipliers ("multipliés par 10"), and
normalises each to a comparable ``value`` and ``unit`` (14.3e9 "USD").

How it works, in one pass: one compiled pattern finds every number written
the French way (``1 000`` with ordinary, non-breaking or narrow spaces,
``14,3``, ``un million``) together with the next few characters; a small
tokeniser then reads those characters (scale word, ``de``/``d'``, unit or
counted noun) and decides. A bare number with no scale, unit or known noun is
never a figure: that rule alone leaves out years ("en 2025"), dates ("6 avril
2025"), versions of models ("Llama 3", "Claude 3.5") and list numbers. Numbers
glued to letters ("1er", "405B", "H100", "o1") or to a hyphenated name
("GPT-4", "Apache-2.0") are not figures either.

Conventions (documented choices):
- decimal separator is the comma or the dot: "14,3" and "14.3" are 14.3;
  "10,000" is therefore read as 10.0 (French), not ten thousand;
- "billion(s)" is the French 10^12, "bn" the English 10^9;
- power is normalised to watts ("5 GW" -> 5e9, unit "W");
- signs are not read: "-5 %" gives 5.0;
- an amount with a scale but no currency ("14,3 milliards") is a "count" with
  unit "", since the text does not say what is counted; when a known counted
  noun occurs earlier in the same sentence ("les téléchargements ... près de
  350 millions") it is used, and ``noun_inferred`` says so.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .actors import Actor, ActorMatcher

KINDS = ("money", "count", "power", "share", "tokens", "other")

# Spaces allowed as thousands separators and between a number and its unit (never a newline).
_SP = " \t\u00a0\u202f\u2009"
_GROUP_SEPARATORS = " \u00a0\u202f\u2009"
_GROUP_SEP = f"[{_GROUP_SEPARATORS}]"

# A number, with an optional leading currency symbol, then (as a lookahead, so
# nothing is consumed) the next 80 characters without digits or newlines.
_NUMBER = re.compile(
    r"(?<![\w.,/])(?<![^\W\d_]-)"  # not inside a word or number, nor after "GPT-", "Apache-"
    rf"(?:(?P<pre>[$€£])[{_SP}]?)?"
    rf"(?P<num>[0-9]{{1,3}}(?:{_GROUP_SEP}[0-9]{{3}})+(?:,[0-9]+)?"
    r"|[0-9]+(?:[.,][0-9]+)?"
    r"|(?P<un>[Uu]ne?)(?=\s+(?:millions?|milliards?|milliers?)\b))"
    r"(?![.,]?[0-9])"
    r"(?=(?P<tail>[^0-9\n]{0,80}))"
)

# Where a number of _NUMBER may start: a currency sign, a digit, or "un"/"une" before "million(s)", "milliard(s)",
# "millier(s)". A pattern that starts with a set of characters lets the regular-expression engine skip to them
# (_NUMBER, which starts with its look back, is tried at every position of a text).
_NUMBER_START = re.compile(r"[$€£0-9Uu](?:(?<=[Uu])(?=ne?\s+mill)|(?<![Uu]))")

# Tokens of the tail: a word (with its elided apostrophe, "d'"), a symbol, or nothing more.
_TOKEN = re.compile(rf"[{_SP}]*(?:(?P<word>[^\W\d_]+(?:['’](?=[^\W\d_]))?)|(?P<sym>[%$€£×]))")

_SCALE_WORDS = {
    "mille": 1e3,
    "millier": 1e3,
    "milliers": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "billion": 1e12,  # French: 10^12
    "billions": 1e12,
}
# Abbreviations are case-sensitive and only count when a unit or noun follows ("100 M$", "1,5 Md€").
_SCALE_ABBREVIATIONS = {
    "k": 1e3,
    "K": 1e3,
    "M": 1e6,
    "Md": 1e9,
    "Mds": 1e9,
    "Mrd": 1e9,
    "Mrds": 1e9,
    "mds": 1e9,
    "bn": 1e9,
}
_CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "usd": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "gbp": "GBP",
    "yuan": "CNY",
    "yuans": "CNY",
    "cny": "CNY",
    "yen": "JPY",
    "yens": "JPY",
    "jpy": "JPY",
    "chf": "CHF",
}
_CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}
_POWER_UNITS = {"W": 1.0, "kW": 1e3, "MW": 1e6, "GW": 1e9, "TW": 1e12}
_POWER_WORDS = {
    "watt": 1.0,
    "watts": 1.0,
    "kilowatt": 1e3,
    "kilowatts": 1e3,
    "mégawatt": 1e6,
    "mégawatts": 1e6,
    "megawatt": 1e6,
    "megawatts": 1e6,
    "gigawatt": 1e9,
    "gigawatts": 1e9,
    "térawatt": 1e12,
    "térawatts": 1e12,
    "terawatt": 1e12,
    "terawatts": 1e12,
}
_ENERGY_UNITS = {"Wh": 1.0, "kWh": 1e3, "MWh": 1e6, "GWh": 1e9, "TWh": 1e12}

# Counted nouns (lower case) -> normalised unit. Singular and plural are both listed.
COUNT_NOUNS: dict[str, str] = {}
for _unit, _nouns in {
    "users": "utilisateur utilisateurs usager usagers",
    "subscribers": "abonné abonnés",
    "downloads": "téléchargement téléchargements",
    "GPU": "gpu gpus",
    "chips": "puce puces processeur processeurs",
    "parameters": "paramètre paramètres",
    "tokens": "jeton jetons token tokens",
    "employees": "employé employés salarié salariés",
    "researchers": "chercheur chercheurs chercheuse chercheuses",
    "engineers": "ingénieur ingénieurs",
    "developers": "développeur développeurs",
    "customers": "client clients",
    "people": "personne personnes habitant habitants",
    "companies": "entreprise entreprises startups",
    "models": "modèle modèles",
    "countries": "pays",
    "requests": "requête requêtes",
    "servers": "serveur serveurs",
    "visitors": "visiteur visiteurs",
    "members": "membre membres",
    "jobs": "emploi emplois",
    "times": "fois",
}.items():
    for _noun in _nouns.split():
        COUNT_NOUNS[_noun] = _unit

# Nouns that may be carried over to a later figure of the same sentence ("fois" is not a thing counted).
_INFERABLE = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted((n for n in COUNT_NOUNS if n != "fois"), key=len, reverse=True)) + r")(?![\w-])",
    re.IGNORECASE,
)
_INFER_DISTANCE = 160  # characters between the noun and the figure it describes

_MULTIPLIER_BEFORE = re.compile(r"(?:multipli|divis)[^\W\d_]*\s+par\s+$", re.IGNORECASE)
_APPROX_BEFORE = re.compile(
    r"(?:(?P<environ>environ|quelque|approximativement)"
    r"|(?P<pres>près\s+d(?:e|['’])|presque)"
    r"|(?P<plus>plus\s+d(?:e|['’])|au\s+moins|dépassant\s+(?:les\s+)?|supérieurs?\s+à)"
    r"|(?P<moins>moins\s+d(?:e|['’])|inférieurs?\s+à)"
    r"|(?P<jusqua>jusqu['’]à))\s*$",
    re.IGNORECASE,
)
_APPROX_NAMES = {"environ": "environ", "pres": "près de", "plus": "plus de", "moins": "moins de", "jusqua": "jusqu'à"}
# A capitalised word right before a small bare number names a model or product ("Llama 3", "Qwen 3").
_NAME_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w.-]*[ \u00a0]$")


@dataclass(frozen=True)
class Figure:
    """One quantified fact.

    ``start``/``end`` delimit ``raw`` in the text; ``value`` is normalised
    (14.3e9 for "14,3 milliards de dollars", watts for power, 8.0 for "8 %");
    ``unit`` is "USD", "EUR", "%", "W", "Wh", "tokens", "users", "downloads",
    "GPU", "×" (multipliers)… or "" when the text does not say; ``noun`` is the
    counted noun as written ("utilisateurs"), ``noun_inferred`` tells that it
    was taken from earlier in the sentence; ``approx`` is "", "environ",
    "près de", "plus de", "moins de" or "jusqu'à"; ``actor`` is filled by
    ``attach_actors``.
    """

    start: int
    end: int
    raw: str
    kind: str
    value: float
    unit: str
    noun: str = ""
    noun_inferred: bool = False
    approx: str = ""
    sentence: str = ""
    actor: str | None = None


@dataclass
class _Token:
    text: str
    start: int  # offsets in the text
    end: int
    glued: bool  # no space before it


def _tokens(text: str, pos: int, tail: str) -> list[_Token]:
    """Words and symbols of ``tail`` (which starts at ``pos`` in the text), up to 6, stopping at punctuation."""
    found: list[_Token] = []
    i = 0
    while len(found) < 6:
        match = _TOKEN.match(tail, i)
        if match is None:
            break
        group = "word" if match.group("word") else "sym"
        found.append(
            _Token(match.group(group), pos + match.start(group), pos + match.end(group), match.start(group) == i)
        )
        i = match.end()
    return found


def _number_value(num: str) -> float:
    if num.lower().startswith("un"):
        return 1.0
    digits = "".join(ch for ch in num if ch not in _GROUP_SEPARATORS).replace(",", ".")
    return float(digits)


def _is_elided_de(word: str) -> bool:
    return word in ("de", "d'", "d’")


def _currency(tokens: list[_Token], i: int) -> tuple[str, int] | None:
    """The currency code starting at token ``i`` and the index after it, if any."""
    if i >= len(tokens):
        return None
    word = tokens[i].text
    code = _CURRENCY_SYMBOLS.get(word) or _CURRENCY_WORDS.get(word.lower())
    if code is None:
        if word == "US" and i + 1 < len(tokens) and tokens[i + 1].text == "$" and tokens[i + 1].glued:
            return "USD", i + 2
        if word.lower() == "livres" and i + 1 < len(tokens) and tokens[i + 1].text.lower() == "sterling":
            return "GBP", i + 2
        return None
    i += 1
    if (
        code == "USD"
        and i < len(tokens)
        and tokens[i].text in ("US", "américains")
        and tokens[i].glued == (word == "$")
    ):
        i += 1  # "$US", "dollars américains"
    return code, i


@dataclass
class _Reading:
    """What the tokens after a number say."""

    scale: float = 1.0
    scaled: bool = False
    kind: str = ""
    unit: str = ""
    noun: str = ""
    end_token: int = 0  # tokens used


def _read_unit(tokens: list[_Token], i: int, reading: _Reading) -> int:
    """Read a currency, percent, power unit or counted noun at token ``i``; return the index after it."""
    if i >= len(tokens):
        return i
    money = _currency(tokens, i)
    if money is not None:
        reading.kind, reading.unit = "money", money[0]
        return money[1]
    word = tokens[i].text
    lower = word.lower()
    if word == "%" or lower == "pourcent":
        reading.kind, reading.unit = "share", "%"
        return i + 1
    if lower == "pour" and i + 1 < len(tokens) and tokens[i + 1].text.lower() == "cent":
        reading.kind, reading.unit = "share", "%"
        return i + 2
    if word in _POWER_UNITS or lower in _POWER_WORDS:
        reading.kind, reading.unit = "power", "W"
        reading.scale *= _POWER_UNITS.get(word) or _POWER_WORDS[lower]
        return i + 1
    if word in _ENERGY_UNITS:
        reading.kind, reading.unit = "other", "Wh"
        reading.scale *= _ENERGY_UNITS[word]
        return i + 1
    if lower == "fois" and i + 1 < len(tokens) and tokens[i + 1].text.lower() == "plus":
        reading.kind, reading.unit = "other", "×"
        return i + 2
    unit = COUNT_NOUNS.get(lower)
    if unit is not None:
        reading.kind = "tokens" if unit == "tokens" else "count"
        reading.unit, reading.noun = unit, word
        return i + 1
    return i


def _read(tokens: list[_Token], prefix_currency: str | None) -> _Reading | None:
    """Scale, unit and noun of a number from the tokens after it; None when it cannot be a figure."""
    reading = _Reading()
    i = 0
    abbreviated = False
    if tokens:
        word = tokens[0].text
        if word.lower() in _SCALE_WORDS:
            reading.scale, reading.scaled, i = _SCALE_WORDS[word.lower()], True, 1
        elif word in _SCALE_ABBREVIATIONS:
            reading.scale, reading.scaled, i, abbreviated = _SCALE_ABBREVIATIONS[word], True, 1, True
    after_scale = i
    if reading.scaled and i + 1 < len(tokens) and _is_elided_de(tokens[i].text):
        i = _read_unit(tokens, i + 1, reading)
        if i == after_scale + 1:  # "de" not followed by a unit: leave it out
            i = after_scale
    else:
        i = _read_unit(tokens, i, reading)
    if prefix_currency and not reading.kind:
        reading.kind, reading.unit = "money", prefix_currency
    if abbreviated and not reading.kind:
        return None  # "100 M", "7k": an abbreviation needs a unit or currency to be trusted
    if tokens and tokens[0].glued and i == 0 and tokens[0].text[:1].isalpha():
        return None  # ordinal or name: "1er", "2e", "405B"
    reading.end_token = i
    return reading


def _approx(text: str, start: int) -> str:
    match = _APPROX_BEFORE.search(text, max(0, start - 30), start)
    if match is None:
        return ""
    return next(_APPROX_NAMES[name] for name, value in match.groupdict().items() if value)


def _numbers(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_NUMBER.finditer(text)``, found faster: _NUMBER is tried only where a number may start."""
    end = 0
    for start in _NUMBER_START.finditer(text):
        if start.start() < end:
            continue
        match = _NUMBER.match(text, start.start())
        if match is not None:
            end = match.end()
            yield match


def _figures(text: str) -> Iterable[Figure]:
    last_end = 0  # the unit of a figure is only read ahead, so the next match may start inside it ("10 $5")
    for match in _numbers(text):
        if match.start("num") < last_end:
            continue
        num = match.group("num")
        pre = match.group("pre") if match.start() >= last_end else None
        tokens = _tokens(text, match.end(), match.group("tail"))
        reading = _read(tokens, _CURRENCY_SYMBOLS.get(pre or ""))
        if reading is None:
            continue
        start = match.start() if pre else match.start("num")
        end = tokens[reading.end_token - 1].end if reading.end_token else match.end()
        grouped = any(sep in num for sep in _GROUP_SEPARATORS)
        if not reading.kind:
            multiplier = None
            if text[max(0, start - 5) : start].rstrip().lower().endswith("par"):
                multiplier = _MULTIPLIER_BEFORE.search(text, max(0, start - 40), start)
            if multiplier is not None:
                reading.kind, reading.unit, start = "other", "×", multiplier.start()
            elif start > 0 and text[start - 1] == "×":
                reading.kind, reading.unit, start = "other", "×", start - 1
            elif reading.scaled or grouped:
                reading.kind = "count"
            else:
                continue  # a bare number: year, date, version, list number
        if (
            reading.kind == "count"
            and not (reading.scaled or grouped)
            and _NAME_BEFORE.search(text, max(0, start - 40), start)
        ):
            continue  # "Llama 3 modèles"
        if start < last_end:
            continue
        last_end = end
        yield Figure(
            start=start,
            end=end,
            raw=text[start:end],
            kind=reading.kind,
            value=_number_value(num) * reading.scale,
            unit=reading.unit,
            noun=reading.noun,
            approx=_approx(text, start),
        )


def extract_figures(text: str, sentences: Sentences | None = None) -> list[Figure]:
    """Every quantified fact of ``text``, in order, with its sentence (linear in the text size).

    ``sentences`` are the text's, when already found (one scan serves every extractor).
    """
    found = list(_figures(text))
    if not found:
        return found
    sentences = sentences or Sentences(text)
    nouns = [(m.start(), m.group()) for m in _INFERABLE.finditer(text)] if any(_needs_noun(f) for f in found) else []
    noun_starts = [s for s, _ in nouns]
    out: list[Figure] = []
    for figure in found:
        s, _ = sentences.bounds(figure.start, figure.end)
        figure = replace(figure, sentence=sentences.of(figure.start, figure.end))
        if _needs_noun(figure):
            k = bisect_left(noun_starts, figure.start) - 1
            unit = COUNT_NOUNS.get(nouns[k][1].lower(), "") if k >= 0 else ""  # "" for odd case folds ("ſ")
            if unit and noun_starts[k] >= max(s, figure.start - _INFER_DISTANCE):
                noun = nouns[k][1]
                kind = figure.kind if figure.unit == "×" else "tokens" if unit == "tokens" else "count"
                figure = replace(
                    figure, noun=noun, noun_inferred=True, kind=kind, unit=figure.unit if figure.unit else unit
                )
        out.append(figure)
    return out


def _needs_noun(figure: Figure) -> bool:
    return not figure.noun and (figure.unit in ("", "×"))


# --- sentences -------------------------------------------------------------------------------------------------

# A sentence ends at . ! ? … (and closing quotes) before a space and a capital, digit or opening quote; or at a newline.
# Written to start with one set of characters (the stops and the newline), which the regular-expression engine skips to.
_SENTENCE_END = re.compile(
    r"[.!?…\n](?:(?<=\n)|[.!?…]*[»”\"')\]]*(?=[ \t\u00a0\u202f]+[«“\"(\[–—-]?[ \u00a0\u202f]?[A-ZÀ-ÖØ-Þ0-9]))"
)
_ABBREVIATIONS = {
    "m",
    "mm",
    "mme",
    "mmes",
    "mlle",
    "dr",
    "pr",
    "me",
    "st",
    "ste",
    "cf",
    "p",
    "vol",
    "no",
    "n°",
    "inc",
    "env",
    "av",
    "vs",
    "janv",
    "févr",
    "fevr",
    "avr",
    "juil",
    "sept",
    "oct",
    "nov",
    "déc",
    "dec",
}
_LAST_WORD = re.compile(r"([\w°]+)\W*$")


SENTENCE_LIMIT = 600  # characters: longer "sentences" (lists, text without punctuation) are cut around the span


class Sentences:
    """Sentence boundaries of a text, found once, so each span's sentence is a binary search away."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends: list[int] = []  # offset just after each sentence's last character
        for match in _SENTENCE_END.finditer(text):
            if match.group() != "\n" and match.group().startswith("."):
                word = _LAST_WORD.search(text, max(0, match.start() - 12), match.start())
                last = word.group(1).lower() if word else ""
                if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
                    continue
            self.ends.append(match.start() if match.group() == "\n" else match.end())

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """Offsets of the sentence containing ``text[start:end]`` (stretched if the span crosses a boundary)."""
        k = bisect_right(self.ends, start)
        s = self.ends[k - 1] if k > 0 else 0
        j = bisect_left(self.ends, end)
        e = self.ends[j] if j < len(self.ends) else len(self.text)
        return s, max(e, end)

    def of(self, start: int, end: int, limit: int = SENTENCE_LIMIT) -> str:
        """The sentence around a span; a sentence longer than ``limit`` is cut around the span, marked with "…"."""
        s, e = self.bounds(start, end)
        if e - s <= limit:
            return self.text[s:e].strip()
        margin = max(0, (limit - (end - start)) // 2)
        ws, we = max(s, start - margin), min(e, end + margin)
        if ws > s:
            cut = self.text.find(" ", ws, start)
            ws = cut + 1 if cut >= 0 else ws
        if we < e:
            cut = self.text.rfind(" ", end, we)
            we = cut if cut >= 0 else we
        return ("…" if ws > s else "") + self.text[ws:we].strip() + ("…" if we < e else "")


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` containing ``text[start:end]``.

    Scans the whole text: for many spans of one text, build ``Sentences(text)`` once.
    """
    return Sentences(text).of(start, end)


# --- the actor a figure is about --------------------------------------------------------------------------------

_CLAUSE_MARK = re.compile(r"[,;:()–—]|\s-\s")
_FOR_ACTOR = re.compile(r"[ \u00a0]+(?:pour|chez)[ \u00a0]+(?:l['’]|le[ \u00a0]+|la[ \u00a0]+)?")
_MAX_MENTIONS = 20  # mentions looked at per figure, to stay linear on pathological texts


def attach_actors(
    text: str,
    figures: list[Figure],
    matcher: ActorMatcher,
    sentences: Sentences | None = None,
    mentions: list[tuple[int, int, Actor]] | None = None,
) -> list[Figure]:
    """Figures with ``actor`` set to the name of the actor each is about, when the text makes it clear.

    Rules, first that applies: an actor named right after "pour"/"chez" ("100 millions
    de dollars pour OpenAI"); the actors named earlier in the figure's clause, if they
    all belong to one root (Hyperion and Meta -> Meta); the actors of the whole
    sentence, if they all belong to one root. Otherwise ``actor`` stays None.
    ``sentences`` and ``mentions`` (``matcher.find(text)``, in order) may be given when already found.
    """
    if not figures:
        return figures
    if mentions is None:
        mentions = list(matcher.find(text))
    starts = [s for s, _, _ in mentions]
    by_start = {s: actor for s, _, actor in mentions}
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text)]
    sentences = sentences or Sentences(text)
    out: list[Figure] = []
    for figure in figures:
        actor = _subject(text, figure, matcher, mentions, starts, by_start, marks, sentences)
        out.append(replace(figure, actor=actor.name if actor else None))
    return out


def _one_actor(candidates: list[Actor], matcher: ActorMatcher) -> Actor | None:
    """The single actor the candidates designate: itself if alone, else their common root."""
    if not candidates:
        return None
    distinct = {a.name: a for a in candidates}
    if len(distinct) == 1:
        return candidates[0]
    roots = {matcher.root(a).name: matcher.root(a) for a in candidates}
    return next(iter(roots.values())) if len(roots) == 1 else None


def _subject(
    text: str,
    figure: Figure,
    matcher: ActorMatcher,
    mentions: list[tuple[int, int, Actor]],
    starts: list[int],
    by_start: dict[int, Actor],
    marks: list[int],
    sentences: Sentences,
) -> Actor | None:
    after = _FOR_ACTOR.match(text, figure.end)
    if after is not None and after.end() in by_start:
        return by_start[after.end()]
    s, e = sentences.bounds(figure.start, figure.end)
    k = bisect_right(marks, figure.start)
    clause_start = max(s, marks[k - 1] if k > 0 else 0)
    lo, hi = bisect_left(starts, clause_start), bisect_left(starts, figure.start)
    before = [a for _, end, a in mentions[max(lo, hi - _MAX_MENTIONS) : hi] if end <= figure.start]
    if before:
        return _one_actor(before, matcher)
    lo, hi = bisect_left(starts, s), bisect_left(starts, e)
    if hi - lo > _MAX_MENTIONS:
        return None
    return _one_actor([a for _, _, a in mentions[lo:hi]], matcher)
