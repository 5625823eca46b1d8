"""Chronology: dated mentions in French prose ("en juillet 2025", "le 6 avril 2025", "fin 2024").

``extract_dates`` finds, in one pass of one compiled pattern, every date that
has a year between 1990 and 2039:

- a day: "le 6 avril 2025", "1er mars 2024", "lundi 6 avril 2025", "06/04/2025", "2025-04-06";
- a month: "juillet 2023", "en juil. 2025", "fin juillet 2025", "mi-mars 2025", "2025-07";
- a quarter or half-year: "au premier trimestre 2025", "T1 2025", "Q3 2025", "second semestre 2025", "S2 2025";
- a year: "en 2025", "2024", "fin 2024", "début 2025", "mi-2025", "courant 2025", "d'ici 2027".

Each mention keeps its leading preposition or qualifier in ``raw`` ("en juillet
2025", "prévue pour 2026"), its ``precision`` ("year", "half", "quarter",
"month", "day"), a sortable ``iso`` string ("2025", "2025-07", "2025-07-31";
a quarter or half-year gives the month it starts: Q3 2025 -> "2025-07"), a
``part`` of the period ("début", "mi", "fin" or "") and a ``qualifier``:
"prévu" (prévu pour, attendu en, d'ici, à l'horizon), "depuis" (depuis, dès,
à partir de), "avant", "après", "jusqu'à" (jusqu'en, jusqu'au) or "vers".

Left out on purpose: amounts ("2025 GPU", "2 000 milliards": any number that
``figures.extract_figures`` reads as a figure), names with a number ("Vision
2030", "Windows 2000": a capitalised word right before a bare year), decades
("les années 2020"), parts of other numbers ("12025", "2025,5"), and dates
without a year ("le 6 avril"), whose year the text does not give.
"""

from __future__ import annotations

import calendar
import functools
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .figures import Figure, Sentences, extract_figures
from .text import NOT_FOLDED, WEEKDAYS, unaccented

PRECISIONS = ("year", "half", "quarter", "month", "day")
QUALIFIERS = ("", "prévu", "depuis", "avant", "après", "jusqu'à", "vers")

_MONTH_NUMBERS = {
    "janvier": 1,
    "janv": 1,
    "fevrier": 2,
    "fevr": 2,
    "fev": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "aout": 8,
    "septembre": 9,
    "sept": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "decembre": 12,
    "dec": 12,
}
MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def _month_pattern() -> str:
    spellings = set(_MONTH_NUMBERS) | set(MONTHS) | {"févr", "fév", "déc"}
    return "(?:" + "|".join(sorted(spellings, key=len, reverse=True)) + r")\.?"


_S = r"[ \u00a0\u202f]+"
_YEAR = r"(?:199[0-9]|20[0-3][0-9])"
_MONTH = _month_pattern()
_DE = rf"(?:de{_S}l['’]année{_S}|d['’]année{_S}|de{_S}|d['’])"

# (pattern, qualifier) in the order they are tried.
_QUALIFIER_PATTERNS = (
    (rf"(?:prévu|attendu|programmé|annoncé)(?:e|s|es)?{_S}(?:pour|en|d['’]ici(?:{_S}à)?|à|au|vers)", "prévu"),
    (rf"d['’]ici(?:{_S}à)?|à{_S}l['’]horizon(?:{_S}de)?", "prévu"),
    (rf"depuis|dès|à{_S}partir{_S}d(?:e|['’])", "depuis"),
    ("avant", "avant"),
    ("après", "après"),
    (r"jusqu['’](?:en|à|au)", "jusqu'à"),
    (rf"vers|autour{_S}de", "vers"),
)
_QUALIFIER = "|".join(f"(?P<q{i}>{pattern})" for i, (pattern, _) in enumerate(_QUALIFIER_PATTERNS))
_PREPOSITION = rf"(?:en|le|au|courant|pour|entre|dans{_S}le{_S}courant{_S}de|au{_S}cours{_S}de|l['’]an(?:née)?)"
_ORDINAL = r"(?:premier|1er|deuxième|2e|2ème|second|seconde|troisième|3e|3ème|quatrième|4e|4ème|dernier)"

_QUARTER = r"[TQ][1-4]|[SH][12]"  # "T3 2025", "S1 2026": the only capitals of _DATE
_DATE_SOURCE = (
    r"(?<!\w)(?<![^\W\d_]-)(?<![0-9][.,])"  # "2023-2025" gives two years, "GPT-2030" none
    rf"(?:(?P<qual>{_QUALIFIER}){_S})?"
    rf"(?:(?P<prep>{_PREPOSITION}){_S})?"
    r"(?:"
    rf"(?:{WEEKDAYS}{_S})?(?P<day>1er|[0-9]{{1,2}}){_S}(?P<dmonth>{_MONTH}){_S}(?P<dyear>{_YEAR})"
    rf"|(?:(?P<mpart>début|fin|mi|milieu)(?:-|{_S}){_DE}?)?(?P<month>{_MONTH}){_S}(?:de{_S}l['’]année{_S})?"
    rf"(?P<myear>{_YEAR})"
    rf"|(?P<ordinal>{_ORDINAL}){_S}(?P<period>trimestre|semestre){_S}{_DE}?(?P<pyear>{_YEAR})"
    rf"|(?P<abbr>{_QUARTER}){_S}(?P<ayear>{_YEAR})"
    rf"|(?P<iyear>{_YEAR})-(?P<imonth>0[1-9]|1[0-2])(?:-(?P<iday>0[1-9]|[12][0-9]|3[01]))?(?![0-9-])"
    rf"|(?P<nday>0?[1-9]|[12][0-9]|3[01])/(?P<nmonth>0?[1-9]|1[0-2])/(?P<nyear>{_YEAR})"
    rf"|(?P<part>début|fin|mi|milieu)(?:-|{_S}){_DE}?(?P<yyear>{_YEAR})"
    rf"|(?P<year>{_YEAR})"
    r")"
    r"(?![0-9]|[.,][0-9]|[^\W\d_])"
)
_DATE = re.compile(_DATE_SOURCE, re.IGNORECASE)
# _DATE in lower case, for a lower-cased text (see text.NOT_FOLDED): the same matches, found twice as fast.
_DATE_LOWER = re.compile(_DATE_SOURCE.replace(_QUARTER, _QUARTER.lower()))
# _YEAR alone, not inside a number; its first digit comes before the look back at the character before it:
# a pattern that starts with a character lets the regular-expression engine skip to the next 1 or 2.
_YEAR_ONLY = re.compile(r"(?:1(?<![0-9].)99|2(?<![0-9].)0[0-3])[0-9](?![0-9])")
_LONGEST_PREFIX = 90  # characters a date can have before its year ("prévues d'ici à lundi 1er septembre ")
_LONGEST_SUFFIX = 8  # after the year: ISO "-07-31" and the two characters the final lookahead reads
# A capitalised word right before a bare year names something ("Vision 2030"), unless it is a function word.
_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-Þ][\w.-]*)[ \u00a0]+$")
_DECADE_BEFORE = re.compile(r"(?<![\w-])années[ \u00a0]+$", re.IGNORECASE)
_FUNCTION_WORDS = {
    "en",
    "entre",
    "et",
    "ou",
    "de",
    "du",
    "depuis",
    "dès",
    "avant",
    "après",
    "vers",
    "pour",
    "fin",
    "début",
    "courant",
    "dans",
    "le",
    "au",
    "à",
    "jusqu",
    "mi",
}
_ORDINAL_NUMBERS = {
    "premier": 1,
    "1er": 1,
    "deuxieme": 2,
    "2e": 2,
    "2eme": 2,
    "second": 2,
    "seconde": 2,
    "troisieme": 3,
    "3e": 3,
    "3eme": 3,
    "quatrieme": 4,
    "4e": 4,
    "4eme": 4,
}
_PART_MONTH = {"début": 1, "mi": 6, "fin": 12}
_PART_DAY = {"début": 1, "mi": 15, "fin": 28}
_ORDINAL_LABELS = {1: "1er", 2: "2e", 3: "3e", 4: "4e"}


@dataclass(frozen=True)
class DateMention:
    """A dated mention: ``text[start:end] == raw``; ``month``/``day`` are None below that precision."""

    start: int
    end: int
    raw: str
    year: int
    month: int | None
    day: int | None
    precision: str  # year | half | quarter | month | day
    iso: str  # "2025", "2025-07" (also the first month of a quarter or half), "2025-07-31"
    qualifier: str = ""  # "" | prévu | depuis | avant | après | jusqu'à | vers
    part: str = ""  # "" | début | mi | fin
    sentence: str = ""

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """(year, month, day), with début/mi/fin placed in their period; a bare year sorts first in its year."""
        if self.precision == "year":
            return self.year, _PART_MONTH.get(self.part, 0), 0
        return self.year, self.month or 0, self.day or _PART_DAY.get(self.part, 0)

    @property
    def label(self) -> str:
        """The date in French, without qualifier: "6 avril 2025", "fin juillet 2025", "1er trimestre 2025"."""
        prefix = "mi-" if self.part == "mi" else f"{self.part} " if self.part else ""
        if self.precision == "day" and self.month and self.day:
            return f"{'1er' if self.day == 1 else self.day} {MONTHS[self.month - 1]} {self.year}"
        if self.precision == "month" and self.month:
            return f"{prefix}{MONTHS[self.month - 1]} {self.year}"
        if self.precision == "quarter" and self.month:
            return f"{_ORDINAL_LABELS[(self.month - 1) // 3 + 1]} trimestre {self.year}"
        if self.precision == "half" and self.month:
            return f"{_ORDINAL_LABELS[(self.month - 1) // 6 + 1]} semestre {self.year}"
        return f"{prefix}{self.year}"


@functools.lru_cache(maxsize=256)
def _month_number(word: str) -> int:
    """The month a month word stands for (0 for none), memoised: a corpus spells its months a few ways."""
    # NFKD also folds the odd letters a case-insensitive pattern accepts ("ſept" -> "sept").
    return _MONTH_NUMBERS.get(unaccented(word.rstrip(".")).lower(), 0)


def _part(word: str | None) -> str:
    if not word:
        return ""
    word = word.lower()
    return "mi" if word in ("mi", "milieu") else word


def _qualifier(match: re.Match[str]) -> str:
    if not match.group("qual"):
        return ""
    for i, (_, value) in enumerate(_QUALIFIER_PATTERNS):
        if match.group(f"q{i}"):
            return value
    return ""


def _fields(match: re.Match[str]) -> tuple[int, int | None, int | None, str, str, int] | None:
    """(year, month, day, precision, part, start of the year digits) of a match, or None if it is no date."""
    g = match.group
    if _month_number(g("dmonth") or g("month") or "") == 0 and (g("dmonth") or g("month")):
        return None
    if g("dyear"):
        year, month = int(g("dyear")), _month_number(g("dmonth"))
        day = 1 if g("day").lower() == "1er" else int(g("day"))
        if 1 <= day <= calendar.monthrange(year, month)[1]:
            return year, month, day, "day", "", match.start("dyear")
        return year, month, None, "month", "", match.start("dyear")  # "31 février": keep the month
    if g("myear"):
        return int(g("myear")), _month_number(g("month")), None, "month", _part(g("mpart")), match.start("myear")
    if g("pyear"):
        n = _ORDINAL_NUMBERS.get(unaccented(g("ordinal")).lower(), 4 if g("period").lower() == "trimestre" else 2)
        if g("period").lower() == "trimestre":
            return int(g("pyear")), 3 * (n - 1) + 1, None, "quarter", "", match.start("pyear")
        return int(g("pyear")), 1 if n == 1 else 7, None, "half", "", match.start("pyear")
    if g("ayear"):
        abbr = g("abbr").upper()
        n = int(abbr[1])
        if abbr[0] in "TQ":
            return int(g("ayear")), 3 * (n - 1) + 1, None, "quarter", "", match.start("ayear")
        return int(g("ayear")), 1 if n == 1 else 7, None, "half", "", match.start("ayear")
    if g("iyear"):
        year, month = int(g("iyear")), int(g("imonth"))
        if g("iday") and int(g("iday")) <= calendar.monthrange(year, month)[1]:
            return year, month, int(g("iday")), "day", "", match.start("iyear")
        return (year, month, None, "month", "", match.start("iyear")) if not g("iday") else None
    if g("nyear"):
        year, month, day = int(g("nyear")), int(g("nmonth")), int(g("nday"))
        if day <= calendar.monthrange(year, month)[1]:
            return year, month, day, "day", "", match.start("nyear")
        return None
    if g("yyear"):
        return int(g("yyear")), None, None, "year", _part(g("part")), match.start("yyear")
    return int(g("year")), None, None, "year", "", match.start("year")


def _named_year(text: str, match: re.Match[str]) -> bool:
    """A bare year right after a capitalised name ("Vision 2030") or "années" (a decade)."""
    if not match.group("year") or match.group("prep") or match.group("qual"):
        return False
    start = match.start("year")
    window = max(0, start - 40)
    if _DECADE_BEFORE.search(text, window, start):
        return True
    name = _NAME_BEFORE.search(text, window, start)
    return name is not None and unaccented(name.group(1)).lower().rstrip(".") not in _FUNCTION_WORDS


def _iso(year: int, month: int | None, day: int | None) -> str:
    if month is None:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}" if day is None else f"{year:04d}-{month:02d}-{day:02d}"


def _matches(text: str) -> Iterator[re.Match[str]]:
    """The matches ``_DATE.finditer(text)`` would give, found faster (in the lower-cased text when it may be:
    the same spans, the groups in lower case).

    Every date ends with its year (or starts with it, ISO), so the cheap year
    pattern finds candidates and the full pattern only runs on a short window
    before each: the text is still read once, but the costly pattern is not
    tried at every position.
    """
    date, target = (_DATE, text) if NOT_FOLDED.search(text) else (_DATE_LOWER, text.lower())
    pos = 0
    for year in _YEAR_ONLY.finditer(text):
        if year.start() < pos:
            continue
        start = max(pos, year.start() - _LONGEST_PREFIX)
        while True:
            match = date.search(target, start, year.end() + _LONGEST_SUFFIX)
            if match is None or match.end() >= year.end():
                break
            start = match.end()  # a match ending before this year was already seen
        if match is not None and match.start() <= year.start():
            yield match
            pos = match.end()


def extract_dates(
    text: str, figures: Iterable[Figure] | None = None, sentences: Sentences | None = None
) -> list[DateMention]:
    """Every dated mention of ``text``, in text order, with its sentence (linear in the text size).

    ``figures`` are the text's figures when already extracted; numbers read as
    figures ("2025 GPU") are not dates. ``sentences`` are the text's, when already found.
    """
    matches = list(_matches(text))
    if not matches:
        return []
    spans = sorted((f.start, f.end) for f in (extract_figures(text) if figures is None else figures))
    figure_starts = [s for s, _ in spans]
    sentences = sentences or Sentences(text)
    out: list[DateMention] = []
    for match in matches:
        fields = _fields(match)
        if fields is None or _named_year(text, match):
            continue
        year, month, day, precision, part, year_start = fields
        k = bisect_left(figure_starts, year_start + 4) - 1
        if k >= 0 and spans[k][1] > year_start:
            continue  # the year is part of an amount: "2025 GPU"
        out.append(
            DateMention(
                start=match.start(),
                end=match.end(),
                raw=text[match.start() : match.end()],
                year=year,
                month=month,
                day=day,
                precision=precision,
                iso=_iso(year, month, day),
                qualifier=_qualifier(match),
                part=part,
                sentence=sentences.of(match.start(), match.end()),
            )
        )
    return out


def chronological(mentions: Iterable[DateMention]) -> list[DateMention]:
    """Mentions sorted by date (see ``DateMention.sort_key``), then by position in the text."""
    return sorted(mentions, key=lambda m: (m.sort_key, m.start))
