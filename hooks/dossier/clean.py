"""Turn a raw source into a clean :class:`Article`.

The pipeline is a series of small, testable steps over *units* (one logical
line or paragraph of the source, with its line number):

1. :func:`units_from_text` / :func:`units_from_markdown` split the body;
2. :func:`read_head` takes the title and byline facts from the top;
3. :func:`drop_cruft` removes site furniture by rule families
   (related-content teasers, sharing, newsletters, cookies, legal notices,
   disclaimers, republication filler), not by matching known sentences;
4. :func:`build_blocks` recognises headings, lists and quotations;
5. :func:`assign_anchors` gives every block a stable anchor.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import islice, pairwise

from . import interface
from .model import Article, Block, Kind, Removal, Source
from .text import (
    FINITE_WORDS,
    MONTHS,
    QUOTE_MARKS,
    WEEKDAYS,
    asks,
    content_words,
    count_words,
    fold,
    is_first_name,
    is_french_word,
    is_person_name,
    is_unlisted_name,
    names_text,
    normalise_line,
    reads_as_verb,
    short_hash,
    slugify,
    split_sentences,
    trie_pattern,
    truncate,
    words,
)

WORDS_PER_MINUTE = 230
HEADING_MAX_WORDS = 16
TITLE_MAX_WORDS = 36  # headlines written for search engines run to 35 words ("…: X revient sur son départ et…")
TITLE_QUOTE_WORDS = 10
DERIVED_TITLE_MAX_WORDS = 14


@dataclass(frozen=True)
class Unit:
    text: str
    line: int
    kind: str = "text"  # text | bullet | dash | heading | quote
    indent: int = 0
    marker: str = ""
    level: int = 0  # Markdown heading level, 0 when unknown
    blank_before: bool = True
    attribution: str = ""
    # Markdown sources (dossier.markdown_article): inline formatting of each segment, an embed's HTML.
    marks: tuple[tuple[tuple[int, int, str, str], ...], ...] = ()
    html: str = ""
    markdown: bool = False

    @cached_property
    def word_count(self) -> int:
        return count_words(self.text)

    @property
    def formatted(self) -> bool:
        """A Markdown paragraph with formatting or links: the author's, which no furniture rule reads."""
        return any(self.marks)


TITLE_COPY_MIN_WORDS = 5  # a headline cut short keeps at least this many of its words


def _title_copy(text: str, title: str) -> bool:
    """Whether a line is the (folded) headline again: whole, cut short ("Macron salue un partenariat…"),
    or followed by a picture's credit ("… française Source : X / @Elysee")."""
    folded = fold(text)
    if folded == title or folded.replace("...", "…") == title.replace("...", "…"):
        return True  # (three stops typed for the ellipsis in one copy of the two)
    folded = re.sub(r"\s*[(\[](?:…|\.\.\.)[)\]]$", "…", folded)  # a breadcrumb's cut: "… une fenêtre (…)"
    cut = folded.rstrip(" .…").strip()
    if folded.endswith(("…", "...")) and len(cut.split()) >= TITLE_COPY_MIN_WORDS and title.startswith(cut):
        return True
    rest = folded[len(title) :].strip() if folded.startswith(title) else ""
    return bool(rest) and len(rest.split()) <= 8 and bool(CREDIT.match(rest))


@dataclass(frozen=True)
class Fixes:
    """A contributor's corrections from the front matter: lines to keep whatever the rules say, lines to remove.

    An entry matches a line, case and spacing aside, as :func:`~dossier.text.names_text` says.
    """

    keep: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()
    # Lines of a site's template this source holds (dossier.boilerplate), folded: removed where no rule took them.
    template: frozenset[str] = frozenset()

    @classmethod
    def from_meta(cls, meta: dict[str, object], template: frozenset[str] = frozenset()) -> Fixes:
        def entries(key: str) -> tuple[str, ...]:
            value = meta.get(key)
            return tuple(fold(str(v)) for v in value if str(v).strip()) if isinstance(value, list) else ()

        return cls(entries("keep"), entries("remove"), template)

    def keeps(self, text: str) -> bool:
        return bool(self.keep) and _named(self.keep, fold(text))

    def removes(self, text: str) -> bool:
        return bool(self.remove) and _named(self.remove, fold(text))

    def templated(self, unit: Unit) -> bool:
        """Whether a line of the copy is one of its site's template lines (never a Markdown author's line)."""
        return bool(self.template) and not unit.markdown and fold(unit.text) in self.template


def _named(entries: tuple[str, ...], folded: str) -> bool:
    return any(names_text(entry, folded) for entry in entries)


# ----------------------------------------------------------------------------
# 1. Units
# ----------------------------------------------------------------------------

BULLET = re.compile(r"^(?P<indent>[ \t\u00a0]*)(?P<marker>[-•*‣◦▪▸►●·–—]|\d{1,3}[.)])[ \t\u00a0]+(?P<text>\S.*)$")
_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?(.*)$")
_QUOTE_SIGNATURE = re.compile(r"^[—–-]\s*([A-ZÀ-ÖØ-Þ].{1,150})$")
_TERMINAL = '.!?…:»”")'


def _bullet_unit(match: re.Match[str], line: int, blank_before: bool) -> Unit:
    marker = match.group("marker")
    indent = len(match.group("indent").expandtabs(4))
    kind = "dash" if marker in "-–—" else "bullet"
    return Unit(normalise_line(match.group("text")), line, kind, indent, marker, blank_before=blank_before)


def _wrap_width(lines: list[str]) -> int:
    """The width paragraphs are broken at, or 0 when the text is not hard-wrapped.

    Needs blank-line-separated groups, most lines inside groups of three or
    more, a bounded width, and many lines ending mid-sentence.
    """
    groups: list[int] = [0]
    for line in lines:
        if line.strip():
            groups[-1] += 1
        elif groups[-1]:
            groups.append(0)
    filled = sum(groups)
    one_block = len([g for g in groups if g]) < 2
    if (one_block and filled < 6) or sum(g for g in groups if g >= 3) < filled / 2:
        return 0
    long_lines = [ln.rstrip() for ln in lines if len(ln.strip()) >= 40]
    if len(long_lines) < 4:
        return 0
    widths = sorted(len(ln) for ln in long_lines)
    p90 = widths[int(len(widths) * 0.9) - 1]
    open_ended = sum(1 for ln in long_lines if not ln.endswith(tuple(_TERMINAL)))
    if one_block:
        # (a copy wrapped at a fixed width with no blank line between its paragraphs, as agency wires and e-mails
        # are: most lines end mid-sentence and the next goes on in lower case; a web copy's one paragraph per line
        # runs wider than the bound and ends its lines on their stops)
        filled_lines = [ln.strip() for ln in lines if ln.strip()]
        going_on = sum(
            1
            for before, after in pairwise(filled_lines)
            if not before.endswith(tuple(_TERMINAL)) and _MID_SENTENCE_START.match(after)
        )
        if going_on < len(filled_lines) / 3:
            return 0
    return p90 if p90 <= 100 and open_ended / len(long_lines) >= 0.4 else 0


STRAY_BREAK_CHARS = 20
OPEN_QUOTE_LINES = 6  # an open quotation mark closes within this many lines of text, or it is a stray one
_MID_SENTENCE_START = re.compile(r"^[a-zà-öø-ÿ]")


def units_from_text(body: str, first_line: int = 1) -> list[Unit]:
    """Plain-text sources: one unit per line, or per paragraph when hard-wrapped.

    In hard-wrapped text a line is joined to the previous one only when the
    previous line was itself long (it was wrapped); a short line ends its
    paragraph, so short furniture lines ("Facebook", "Partager :") stay apart.
    Joined lines are collected and joined once, and the open quotation marks
    counted as lines come, so a huge paragraph costs no more than its length.
    """
    raw = body.split("\n")
    width = _wrap_width(raw)
    units: list[Unit] = []
    joined: dict[int, list[str]] = {}  # unit index -> its text's pieces, when lines were joined
    balance = (0, 0)  # « minus », “ minus ” in the last unit's text
    straight_open = False  # whether the last unit's text opened a straight quotation that nothing closed
    blank = True
    previous_length = 0
    for offset, line in enumerate(raw):
        number = first_line + offset
        if not line.strip():
            blank = True
            continue
        match = BULLET.match(line)
        text = normalise_line(line)
        wrapped = width and not blank and units and previous_length >= 0.6 * width
        # A stray line break inside a sentence (a copy of a page that broke a line where its layout did): the long
        # line before ends with a comma and this one goes on in lower case ("…, Donald Trump," / "a qualifié…").
        wrapped = (
            wrapped
            or bool(
                not blank
                and units
                and not match
                and (
                    (
                        previous_length >= STRAY_BREAK_CHARS
                        and _MID_SENTENCE_START.match(text)
                        and units[-1].text.endswith((",", ";"))
                    )
                    # a page that set a quotation in its own element: '"…"' / ', a déclaré X, à CNBC.'
                    or (text[:1] in ",;" and units[-1].text.endswith(("»", "”", '"')))
                )
            )
        )
        if wrapped and units[-1].text.rstrip().endswith((".", "!", "?", "…")) and _NAME_ALONE.match(text):
            # (a name alone on its line after a sentence's end is no wrapped text's: the writer's signature between
            # the standfirst and the text, as some dailies print it, "… des Armées." / "Michel Roe" / "Alors que…";
            # the same shape of name the head reads as a signature, see read_head)
            wrapped = False
        if units and not match and (balance[0] > 0 or balance[1] > 0 or straight_open):
            # A quotation continues over the line break, unless a new paragraph opens with «: French
            # typography's mark for a quotation running over several paragraphs. A mark left open longer than a
            # quotation runs is a stray one (a headline's decorative “, closed nowhere in the lines after): the
            # lines stay apart. So is one that a new quotation follows before any closing mark (guillemets do not
            # nest in French; a round-up's "X (rôle) : « …" that lost its » is no start of the next one's).
            ahead = " ".join(islice((raw[k] for k in range(offset, len(raw)) if raw[k].strip()), OPEN_QUOTE_LINES))
            wrapped = not text.startswith(("«", '"')) and (
                (balance[0] > 0 and _closes_first(ahead, "«", "»"))
                or (balance[1] > 0 and _closes_first(ahead, "“", "”"))
                # (straight marks too, which neither nest nor tell opening from closing but by their shape: the
                # next one glued to the word before it closes the quotation, '"Le premier jour…' / '… dormir."')
                or (straight_open and _straight_closes_first(ahead))
            )
        if match:
            units.append(_bullet_unit(match, number, blank))
            balance = _quote_balance(units[-1].text)
            straight_open = _straight_left_open(units[-1].text)
        elif wrapped:
            joined.setdefault(len(units) - 1, [units[-1].text]).append(text)
            more = _quote_balance(text)
            balance = (balance[0] + more[0], balance[1] + more[1])
            straight_open = straight_open != (text.count('"') % 2 == 1)
        elif text:
            units.append(Unit(text, number, blank_before=blank))
            balance = _quote_balance(text)
            straight_open = _straight_left_open(text)
        blank = False
        previous_length = len(line.rstrip())
    for index, pieces in joined.items():
        units[index] = replace(units[index], text=" ".join(pieces))
    return units


def _closes_first(text: str, opening: str, closing: str) -> bool:
    """Whether ``text`` closes a quotation (``closing``) before it opens another (``opening``)."""
    closes, opens = text.find(closing), text.find(opening)
    return closes >= 0 and (opens < 0 or closes < opens)


def _straight_left_open(text: str) -> bool:
    """Whether ``text`` ends inside a straight quotation: an odd number of straight marks, the last one set as an
    opening mark (after a space, a colon or the line's start, glued to the word it opens)."""
    at = text.rfind('"')
    return (
        text.count('"') % 2 == 1
        and at + 1 < len(text)
        and text[at + 1].isalnum()
        and (at == 0 or text[at - 1] in " \u00a0\u202f(:")
    )


def _straight_closes_first(text: str) -> bool:
    """Whether the first straight mark of ``text`` is set as a closing one: glued to the word before it, a space, a
    stop or the end after it."""
    at = text.find('"')
    return at > 0 and not text[at - 1].isspace() and (at + 1 == len(text) or text[at + 1] in " ,.;:!?)…")


def _quote_balance(text: str) -> tuple[int, int]:
    return text.count("«") - text.count("»"), text.count("“") - text.count("”")


def read_markdown(body: str, first_line: int = 1, source_rel: str = "") -> tuple[list[Unit], list[Removal], list[str]]:
    """Markdown sources: the blocks the author wrote (:mod:`dossier.markdown_article`), as units.

    Returns the units, the link and image targets dropped as unsafe (with their line), and the
    project images the article shows.
    """
    from . import markdown_article  # it builds on this module's Unit

    reading = markdown_article.read(body, source_rel)
    units = []
    for piece in reading.pieces:
        line = first_line + piece.line - 1
        if piece.kind == "none":
            continue
        if piece.kind == "bullet":
            marker = "1." if piece.ordered else "-"
            unit = Unit(piece.text, line, "bullet", piece.level * 4, marker, marks=piece.marks, markdown=True)
        elif piece.kind == "dash":
            unit = Unit(piece.text[1:].strip(), line, "dash", marker=piece.text[0], markdown=True)
        else:
            unit = Unit(
                piece.text,
                line,
                piece.kind,
                level=piece.level,
                attribution=piece.attribution,
                marks=piece.marks,
                html=piece.html,
                markdown=True,
            )
        units.append(unit)
    removed = [replace(r, line=first_line + r.line - 1) for r in reading.removed]
    return units, removed, reading.media


def units_from_markdown(body: str, first_line: int = 1) -> list[Unit]:
    """The units of a Markdown body (:func:`read_markdown`)."""
    return read_markdown(body, first_line)[0]


# ----------------------------------------------------------------------------
# 2. Head: title and byline facts
# ----------------------------------------------------------------------------

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("janvier", "janv"),
            ("février", "fevrier", "févr", "fevr"),
            ("mars",),
            ("avril", "avr"),
            ("mai",),
            ("juin",),
            ("juillet", "juil"),
            ("août", "aout"),
            ("septembre", "sept"),
            ("octobre", "oct"),
            ("novembre", "nov"),
            ("décembre", "decembre", "déc", "dec"),
        ],
        start=1,
    )
    for m in names
}
# Dates in English on French pages: a CMS left in its default locale prints "January 26, 2026" (WordPress's
# "F j, Y") or "26 January 2026" above the title. Full month names and the unambiguous abbreviations only.
_MONTHS_EN = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march",),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep"),
            ("october",),
            ("november",),
            ("december",),
        ],
        start=1,
    )
    for m in names
}
_MONTHS.update({m: i for m, i in _MONTHS_EN.items() if m not in _MONTHS})
_DATE_EN = re.compile(
    r"\b(?P<m>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b"
)
_DATE_FR = re.compile(r"\b(?P<d>\d{1,2})(?:er)?\s+(?P<m>[a-zéûè]+)\.?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
# A French month in the English order, as a theme's date format ("F j, Y") prints it: "octobre 1, 2025".
_DATE_FR_EN_ORDER = re.compile(r"\b(?P<m>[a-zéûè]{3,})\.?\s+(?P<d>\d{1,2}),\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_DATE_NUM = re.compile(r"\b(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d\d)\b")
# The ISO 8601 day, alone or as a timestamp's start ("2025-01-28T17:49:41Z": the "T" glued to the day).
_DATE_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?:\b|(?=T\d\d:\d\d))")
_DATELINE = re.compile(
    # (in parentheses too, as an archive prints the update under the byline: "(mis à jour le 23 juillet 2010…)")
    # (the update's abbreviation after a bar the copy kept: "/ Màj. le 14 déc. 2015 à 00:01")
    r"^(?:[/|]\s*)?\(?(?:(?:dernière\s+)?(?:publié|mis à jour|mise à jour|modifié|modification|paru|m[àa]j)|published"
    r"|updated|posted"
    # a daily's issue it was printed in: "Edition du 18 Novembre 2025"
    r"|(?:é|e)dition\s+du(?=\s+\d)"
    # a label and its colon: "Date de publication :01 juillet 2025"
    r"|date\s+de\s+(?:publication|mise\s+en\s+ligne|parution)(?=\s*:))\b"
    r".*?(?:le\s+)?",
    re.I,
)
# A date line's label whose value the copy lost (the date was drawn by a script or an element that did not come
# along): "Publié le", "Mis à jour le", "Dernière mise à jour :", "le" alone under the headline.
_DATE_LABEL = re.compile(
    r"^(?:(?:article\s+)?(?:dernière\s+)?(?:publiée?|rédigée?|mis à jour|mise à jour|modifiée?|modification|parue?)"
    # (the two labels of a publication and its update, both days lost: "Rédigé le , mis à jour le")
    r"(?:\s+le)?(?:\s*,\s*(?:mis|mise)\s+à\s+jour(?:\s+le)?)?|le)\s*:?$",
    re.I,
)
# …and the label that names the date ("Date de publication :"), alone when the copy lost the date.
_DATE_NAME_LABEL = re.compile(r"^date de (?:publication|mise en ligne|parution)\s*:?$", re.I)
_DATE_LOST_BY = re.compile(
    r"^(?:posté|postée|publié|publiée|mis en ligne)\s+le\s+par\s+(?P<name>[A-ZÀ-ÖØ-Þ][^,.;:!?]{1,60})$", re.I
)
# A reading time's label alone, its figure on the next line: "Temps de lecture :" above "2 min"; "Durée".
_READING_LABEL = re.compile(r"^(?:temps de lecture|durée(?: de lecture)?)\s*:?$", re.I)
_READING_UNIT = re.compile(r"^min(?:utes?)?\.?\s+de\s+lecture$", re.I)
# The time of day a template prints on its own line next to the date, after one word of label at most: "19h17",
# "à 08:30", "Modifié 19h17", "Durée 19h17" (taken only right above another of the head's facts).
_TIME_LINE = re.compile(r"^(?:[^\W\d]+(?:\s+(?:à|le))?\s+)?(?:à\s+)?\d{1,2}\s*[h:]\s*\d\d$", re.I)
# Reading time: "5 min de lecture", "Temps de lecture : 4 minutes", "Durée de lecture: 5 Min.", and the magazine's
# "Lecture en 15 min. environ".
_READING = re.compile(
    # (after the separator a template sets between the head's facts: "·1 min de lecture", "| 3 min")
    # (the icon's alt text glued before the label: "temps de lectureTemps de lecture 5 min")
    r"^(?:[·•|]\s*)?(?:temps de lecture(?=temps))?(?:(?:temps|durée) de )?(?:lecture\s*(?:en\s+)?:?\s*)?"
    r"(\d{1,3}|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)"  # (spelled out: "Temps de lecture : une minute.")
    r"\s*(?:min(?:utes?|s)?\.?)"
    # (an English theme's "1 min read")
    r"(?:\s+(?:de lecture|environ|read))?"
    # (a report's video beside it: "Temps de lecture : 6min - vidéo : 5min")
    r"(?:\s*[-–]\s*vidéo\s*:\s*\d{1,3}\s*min\w*)?$",
    re.I,
)
_SPELLED = {
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
}


def _minutes(figure: str) -> int:
    """A reading time's figure, in digits or spelled out ("une minute")."""
    return int(figure) if figure.isdigit() else _SPELLED[figure.casefold()]


# a label no sentence opens with; and a blog's post meta: "Publié par X", "Édité par : X", "Mis en ligne par X"
_WRITTEN_BY_LABEL = r"(?:un\s+)?(?:article\s+)?(?:rédigé|écrit|publié|édité|mis en ligne) par"
_BYLINE = re.compile(
    # (WordPress's French label is "Auteur/autrice"; the inclusive writings "Auteur·rice", "Auteur(e)")
    # (a template's date label left empty before it: "Publié le Écrit par X")
    r"^(?:publié le\s+(?=écrit par|par\s))?"
    r"(?:par|by|texte de|propos recueillis par|auteur\s*/\s*autrice|auteur[·.]rice|auteur\(e\)|auteur\(s\)"
    r"|auteur|autrice|auteurs"
    r"|signé"
    rf"|{_WRITTEN_BY_LABEL}"  # ("Un article rédigé par X")
    # an interview's writer ("Entretien réalisé par X", "Propos recueillis par" mistyped "Propose"), the text's
    # writer on a magazine's credits line ("Texte: X, 10 octobre 2017")
    r"|(?:entretiens?|interviews?)\s+(?:réalisée?s?|menée?s?|conduite?s?)\s+par|propose\s+recueillis\s+par|texte(?=\s*:)"
    # a television report's credit: "Reportage de Jeanne Roe et Paul Blanc", "Un reportage de…"
    # ("Reportage sur place de Paul Roe pour Sud Radio": where it was made, and for whom, around the name)
    # ("Le reportage de…", as a radio's page credits the report under the text)
    r"|(?:un\s+|le\s+)?reportage(?:\s+(?:sur\s+place|vidéo|photo|radio))?\s+(?:de|réalisé\s+par)(?=\s+[A-ZÀ-ÖØ-Þ])"
    # The writer's picture's alt text, WordPress's "Avatar de <name>" (or "Photo de l'auteur").
    r"|avatar de|photo de l[’']auteur(?:e|rice)?)(?:\b|(?<=\)))"  # (a bracket ends "Auteur(s)": no word boundary)
    r"\s*:?\s*(?P<rest>.*)$",
    re.I,
)
# A media group's name alone, a few capitalised words with no stop, under a newsroom's byline.
_GROUP_UNDER_NEWSROOM = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]*){0,2}$")
# newsroom_byline in lower case: after a label no sentence opens with ("Article rédigé par franceinfo"), a newsroom's
# brand as it writes itself, one word in lower case, signs as a name would ("Par" alone would take "Par ailleurs").
_WRITTEN_BY = re.compile(rf"^{_WRITTEN_BY_LABEL}\b", re.I)
_BRAND = re.compile(r"[a-z][a-z0-9.-]{2,30}")
# "Jeanne Martin, envoyée spéciale à Bruxelles": a signature with the writer's post; or with the editor who put the
# copy online after the writer, as radio sites credit both ("Jeanne Martin, édité par Paul Roe").
_CORRESPONDENT = re.compile(
    r"^(?P<name>[^,]{3,60}),\s+(?:notre\s+)?(?:envoyée?s?\s+spéciale?s?|correspondante?s?|journaliste|rédactrice|rédacteur"
    r"|chroniqueuse|chroniqueur|reporter|éditée?\s+par(?=\s+[A-ZÀ-ÖØ-Þ]))\b.{0,80}$",
    re.I,
)
# The same post before the name, as the French press heads a report sent from abroad: "De notre envoyée spéciale à
# Kyiv, Jeanne Roe", "De notre correspondant permanent à Bruxelles, Paul Roe", "De nos envoyés spéciaux au Caire,
# A et B"; the radio's "Avec notre correspondant à Caracas, Paul Roe"; and the Moroccan press's abbreviation of it,
# "DNES à Rabat, Paul Roe".
_FROM_OUR_CORRESPONDENT = re.compile(
    r"^\(?(?:(?:de|avec)\s+(?:notre|nos)\s+(?:envoyée?s?\s+spéciale?s?|envoyés\s+spéciaux|correspondante?s?"
    r"(?:\s+permanente?s?)?)|(?-i:DNES|DNC))"
    # (the place may be left out: "De notre correspondant Paul Roe")
    r"(?:\s+(?:à|au|aux|en|dans|pour)\s+[^,()]{2,40},)?\s+(?P<name>[^,()]{3,80}?)\)?\.?$",
    re.I,
)
# The same post without the name, alone on its line: "Envoyé spécial à Kiev", "CORRESPONDANT", "Notre
# correspondante permanente à Bruxelles".
_POST_ALONE = re.compile(
    # ("De votre envoyée spéciale à Roland-Garros": the radio's and the sports press's address to the reader)
    r"^(?:(?:de|avec)\s+)?(?:notre\s+|nos\s+|votre\s+|vos\s+)?(?:envoyée?s?\s+spéciale?s?|envoyés\s+spéciaux"
    r"|correspondante?s?(?:\s+permanente?s?)?"
    r"|(?:de\s+)?notre\s+correspondante?\s+locale?)(?:\s+(?:à|au|aux|en)\s+[^,.;:!?«»“”\"]{2,40})?"
    r"\s*[,.–—-]*$",  # (the comma or the dash that led to the text: "De notre correspondante à Dakar,")
    re.I,
)
# More writers after the first in a byline, listed with commas and "et" ("Par A, B et C", "Par A, B, publié le…"),
# up to what ends a byline: a comma and a date or its label, or the line's end.
_WRITER = r"[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:\s+(?:(?:de|du|des|de la|le|la|van|von|da|di)\s+)?[A-ZÀ-ÖØ-Þ][\w’'.-]*){1,3}"
# (a list: the last writer after "et", or the day after them; "Par X, France Bleu Breizh Izel" names the newsroom)
_CO_WRITERS = re.compile(
    rf"^\s*,\s*(?P<names>{_WRITER}(?:\s*,\s*{_WRITER})*\s+(?:et|&)\s+{_WRITER}(?=\s*$|\s*,)"
    rf"|{_WRITER}(?:\s*,\s*{_WRITER})*(?=\s*,\s*(?:[Pp]ublié|[Mm]is à jour|[Mm]ise à jour|le\s+\d|\d)))"
)


def _joined_names(names: list[str]) -> str:
    """People as a byline names them: "A", "A et B", "A, B et C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} et {names[-1]}"


def _co_writers(names: str) -> list[str]:
    return [part.strip() for part in re.split(r"\s*,\s*|\s+(?:et|&)\s+", names) if part.strip()]


# A byline ending on the time of the last change, as a broadcaster's site prints it (the time often lost in the copy).
_MODIFIED_AT = re.compile(
    # (or after a dash, the reading time last, as the JDD prints it: "Jeanne Roe - Mis à jour le 3 mars. 1 min")
    # (the name is no date's own label, its day lost in the copy: "Rédigé le , mis à jour le")
    r"^(?!(?:rédigée?|publiée?|écrite?|postée?|mise?\s+en\s+ligne)\s+le\b)"
    r"(?P<name>[^,«»“”\"]{0,80}?(?:,\s*[^,«»“”\"]{2,40}?)*?)(?:\s*,\s*|\s+[-–—]\s+)"
    r"(?P<when>(?:modifiée?|mis à jour|mise à jour)\s+(?:le|à)\b(?:[\s\d:h/.]|\bà\b|[a-zéû]+(?=\s+\d{4})){0,24}?)"
    r"(?:\s*\.?\s*(?P<minutes>\d{1,2})\s*min\.?)?\s*$",
    re.I,
)


# A writer's initials in such a byline, one to three with their stops ("N.M."; compare _INITIALS, two or three,
# hyphens and spaces allowed, for a signature alone on its line).
_WRITER_INITIALS = re.compile(r"(?:[A-ZÀ-ÖØ-Þ]\.\s*){1,3}[A-ZÀ-ÖØ-Þ]?\.?")


def _writers(names: str) -> str | None:
    """The people a byline names, the newsroom's share left out ("N.M. avec AFP", "Paul Roe, Anne Blanc et"): "A",
    "A et B", "A, B et C"; None when it names a newsroom only ("Europe1.fr (avec AFP)", "Europe 1 avec AFP")."""
    names = re.sub(r"\s*\(?\s*avec\s+(?:l[’']\s*)?[A-Z][\w.-]*\s*\)?\s*$", "", names.strip())
    names = re.sub(r"\s+(?:et|&)\s*$", "", names)
    people = _co_writers(names)
    if not people or not all(
        (looks_like_name(p) and not re.search(r"\.[a-z]{2,4}$", p)) or _WRITER_INITIALS.fullmatch(p) for p in people
    ):
        return None
    return _joined_names(people)


# Where a byline's name stops: "Par Jeanne Martin le 3 mars 2025", "Par Jeanne Martin | Tech". "le" stops it
# only before a date: surnames with a particle ("Par Corentin Le Gall") keep it.
_BYLINE_END = re.compile(
    r"\s+le\s+(?=\d|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)|\s+(?:publié|mis à jour|mise à jour)\s+"
    r"|\s+(?=(?:published|updated)\b)"  # an English theme's byline: "By Jeanne Roe Published on 15 avril 2025"
    # …translated word for word, the month first: "Écrit par Jeanne ROE sur décembre 20, 2023"
    r"|\s+sur\s+(?=[a-zéû]+\.?\s+\d{1,2},\s*(?:19|20)\d\d)"
    r"|\s*[,|·•]\s*|\s+[-–—]\s+"
    # (the dash glued to the name before the date: "Par Fabrice Roe— Publié le 27/06/2023")
    r"|(?<=\w)[–—]\s*(?=(?:publié|mis à jour|mise à jour|le\s+\d)\b)"
    # the writer's post with no comma: "Par Jeanne Roux correspondante en Asie"
    r"|\s+(?=(?:notre\s+)?(?:envoyée?\s+spéciale?|correspondante?|journaliste|rédactrice|rédacteur|reporter)\b)"
    # the medium written for, its name capitalised: "Par Jeanne Roux pour Le Monde", "… pour Sud Radio"
    r"|\s+(?=pour\s+(?:l[ea]\s+|l[’']\s*)?(?-i:[A-ZÀ-ÖØ-Þ]))"
    # the comments' count the page prints after the name, its icon lost: "par Jeanne Roe 0"
    # (not a channel's number: "France 2", "Radio 1")
    r"|\s*(?<=[a-zà-ÿ])(?<!France)(?<!Radio)(?<!Télé)\s*(?=\d{1,4}$)",
    re.I,
)
# Section names a breadcrumb runs through ("Accueil > Tech > IA", "Accueil Actualité" glued to the title).
_SECTIONS = (
    r"actualités?|actus?|tech|high-tech|hi-tech|technologies?|technos?|numérique|digital|économie|eco|business"
    r"|entreprises?|start-?ups?|innovation|sciences?|société|monde|international|europe|france|politique|economie"
    r"|intelligence artificielle|ia|ai|médias|culture|news|dossiers?|opinions?|tribunes?|analyses?|décryptages?"
    r"|enquêtes?|futur|finance|marchés|bourse|tribune|rubriques?|articles?|blog|logiciels?|internet|web|cybersécurité"
    r"|industries?|nouvelles technologies|santé|environnement|éducation|sports?|idées|régions?|archives?"
)
_CRUMB_SEPARATOR = re.compile(r"\s*(?:>|›|»|→|/|\\|\|)\s*")
_BREADCRUMB_HOME = re.compile(r"^(?:vous êtes ici\s*:?\s*)?(?:accueil|home|à la une)(?:\b|(?-i:(?=[A-ZÀ-ÖØ-Þ])))", re.I)
# "Accueil Actualité Meta lance…", and the English home of a French site's theme with a rubric of two names
# glued to the headline: "Home Industrie et technologieMeta ouvre…" (the last crumb's lower-case end meets the
# headline's capital).
# (the crumbs glued to one another too, with no space at all: "AccueilEconomieMayotte bourrée de TIC")
_GLUED_SECTIONS = re.compile(
    rf"^(?:accueil|home)(?:(?:\s+|(?-i:(?<=[a-zà-ÿ])(?=[A-ZÀ-ÖØ-Þ])))(?:{_SECTIONS})(?:\s+(?:et|&)\s+(?:{_SECTIONS}))?)+"
    r"(?:\s+(?=\S)|(?-i:(?<=[a-zà-ÿ])(?=[A-ZÀ-ÖØ-Þ])))",
    re.I,
)
# A tag list copied without separators, each tag a rubric name: "Société Économie Sciences et technologie".
# Three names at least: two ("Économie et société") may be a section title of the article.
RUBRIC_LINE = re.compile(rf"^(?:{_SECTIONS})(?:(?:\s+|\s+(?:et|&)\s+)(?:{_SECTIONS})){{2,}}$", re.I)
# regions_menu: a regional broadcaster's selector of the French regions, copied as one line ("Provence-Alpes-Côte
# d'Azur Corse Auvergne-Rhône-Alpes Grand Est …"): four region names at least, nothing else.
_REGION = (
    r"(?:provence-alpes-côte d[’']azur|corse|auvergne-rhône-alpes|grand est|bourgogne-franche-comté|occitanie"
    r"|nouvelle-aquitaine|centre-val de loire|île-de-france|hauts-de-france|normandie|pays de la loire|bretagne"
    r"|guadeloupe|martinique|guyane|la réunion|mayotte|outre-mer|polynésie|nouvelle-calédonie)"
)
REGIONS_MENU = re.compile(rf"^{_REGION}(?:\s*[,|/•·]?\s*{_REGION}){{3,}}$", re.I)
_REGION_ITEM = re.compile(rf"^(?:{_REGION}|toute la france|bourgogne franche-comté)$", re.I)
# The rubric trail a page prints again at its foot, without the home page: "Archive / Tech", "Économie > Entreprises".
RUBRIC_TRAIL = re.compile(rf"^(?:{_SECTIONS})(?:\s*[/>›|]\s*(?:{_SECTIONS}))+$", re.I)
# Navigation and buttons on a line of their own.
NAV = re.compile(
    r"^(?:menu|accueil|home|rechercher|recherche|fermer|retour|suivant|précédent|se connecter|connexion|s[’']abonner"
    r"|mon compte|mon espace|newsletters?|podcasts?|vidéos?|émissions?|replay|en direct|toutes les rubriques|rubriques"
    r"|voir tout|tout voir|s[’']inscrire|inscription"
    # A page's skip links, one or several copied on a line, glued perhaps: "Aller au contenu principal", "Passer au
    # playerPasser au contenu principal", "Aller à la navigation".
    r"|(?:(?:passer|aller|accéder|sauter)\s+(?:directement\s+)?(?:au|à la|aux)\s+(?:contenu(?:\s+principal)?|player"
    r"|lecteur(?:\s+vidéo)?|menu(?:\s+principal)?|navigation|recherche|pied de page)\s*){1,4}"
    # (and the accessibility toggles beside them: "Activer le contraste adaptéDésactiver le contraste adapté")
    r"(?:(?:activer|désactiver)\s+le\s+contraste(?:\s+(?:adapté|renforcé|élevé))?\s*)*"
    # an English theme's skip links, copied as one line: "Skip to main navigation Aller au contenu principal Skip to…"
    r"|skip to (?:main )?(?:content|navigation|breadcrumb|footer)(?:\s+(?:skip to|aller au|passer au)\b.{0,160})?"
    r"|(?:ouvrir|fermer) le menu(?: principal)?|menu principal|navigation|édition du jour|kiosque"
    # (a skip link with no preposition, and a listing's way back: "Sauter la navigation", "Retour à l'agenda")
    r"|(?:sauter|passer|ignorer) (?:la )?navigation"
    r"|retour (?:à|aux) (?:l[’']agenda|la liste|l[’']accueil|la page d[’']accueil|actualités|la rubrique|articles)"
    # The header's contact and follow links: "Nous joindre" (Quebec's "contact us"), "Nous rejoindre sur les
    # réseaux", "Nous suivre".
    r"|nous (?:re)?joindre|nous suivre|(?:nous (?:re)?joindre|nous suivre) sur (?:les )?réseaux(?: sociaux)?"
    r"|écouter(?: l[’']article)?|lecture zen|mode sombre|ajouter à (?:mes|vos) favoris|suivre(?: ce sujet)?"
    # Reading tools beside the text: the text-size buttons ("Taille du texte", "A+ A-").
    r"|taille du texte|taille (?:de la |des )?(?:police|caractères)"
    r"|(?:agrandir|réduire|diminuer) (?:le texte|la police)|a\s?[+-]\s*a\s?[+-]"
    # ("Augmenter la taille du texte", misspelt "Agmenter" too; the tools box's heading "Vos outils"; "Envoyer le
    # lien à un ami")
    r"|(?:augmenter|agmenter|agrandir|réduire|diminuer) la taille (?:du texte|de la police|des caractères)"
    r"|vos outils|(?:envoyer|transmettre) (?:le lien|cet article|cette page) à un(?:e)? ami(?:e)?"
    # The skip link's target, the anchor where the page's content starts: "Début du contenu", "Contenu principal".
    r"|début du contenu(?: principal)?|contenu principal|fin du menu"
    # A menu's toggle button, its two states copied on one line: "Show navigation Hide navigation", "Afficher le
    # menu Masquer le menu".
    r"|(?:show|open) (?:navigation|menu)(?: (?:hide|close) (?:navigation|menu))?"
    r"|(?:afficher|ouvrir) (?:la navigation|le menu)(?: (?:masquer|fermer) (?:la navigation|le menu))?"
    r"|recherche avancée|advanced search"
    # a blog platform's search box and its feed reader's test link: "Rechercher dans ce blog", "Adblock test (Why?)"
    r"|rechercher dans (?:ce|le) (?:blog|site)|adblock test \(why\?\)"
    # the link back to the list the article was opened from: "Retour aux actualités", "Retour à la liste"
    r"|retour (?:aux actualités|à l[’']accueil|à la liste|aux articles|à la rubrique|aux communiqués)"
    # The link out of a site's mobile (AMP) version, at the foot of the page: "Exit mobile version" (WordPress's AMP
    # plugin), "Quitter la version mobile", "Version classique".
    r"|exit mobile version|quitter la version mobile|(?:afficher la )?version (?:classique|ordinateur|complète)"
    # The skip link as some French themes word it, and an English theme's header and post meta whose values did not
    # come along: "Accès au contenu", "Skip to content", "Connect with us", "Published" / "on" (a date left out).
    r"|accès au contenu|skip to (?:main )?content|connect with us|follow us|published|posted|on|by|table of contents"
    # The link back to the top of the page, and an accessibility toggle after the logo's alt text: "RETOUR HAUT DE
    # PAGE", "Logo X Quitter la lecture facile".
    r"|retour (?:en )?haut de (?:la )?page|haut de (?:la )?page|back to top|remonter"
    # The labels a site's template prints around the article: the breadcrumb's own ("Vous êtes ici", "Fil
    # d'Ariane"), the sidebars' headings ("Autres vidéos", "Ailleurs sur le web", "Le fil info", "Les plus
    # populaires", "Contenus sponsorisés", "Les derniers épisodes"), a picture's and a layer's buttons ("Cliquer pour
    # agrandir", "× fermer"), the link back from a print view ("Retour à l'article normal").
    r"|vous êtes ici|fil d[’']ariane|autres vidéos|toutes les vidéos|ailleurs sur le web|(?:voir tout )?le fil info"
    r"|les plus (?:populaires|partagés|commentés)|tous les sports|contenus? sponsorisés?|les derniers épisodes"
    r"|(?:cliquer|cliquez) pour agrandir|[×x✕]\s*fermer|retour à l[’']article(?: normal)?"
    r"|(?:logo\s+\S+\s+)?(?:activer|quitter|désactiver)\s+(?:la\s+)?lecture\s+(?:facile|zen))"
    r"\s*[:.]?$",
    re.I,
)
# A section name alone on a line, above the title (a menu entry or the rubric).
SECTION = re.compile(rf"^(?:{_SECTIONS})(?:\s+(?:et|&)\s+(?:{_SECTIONS}))?$", re.I)  # "Dossiers et enquêtes"
_COUNTER = re.compile(r"^\d{1,5}$")
_CAMEL = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý])")


def _glued_sections(text: str) -> bool:
    """'Intelligence ArtificielleTechnologie': menu entries copied without a space between them."""
    parts = _CAMEL.split(text)
    return len(parts) >= 2 and len(words(text)) <= 8 and all(SECTION.match(part.strip()) for part in parts)


CREDIT_LINE_WORDS = 12  # "Crédit photo : Jeanne Roux / Hans Lucas pour le journal"
ALT_TEXT_WORDS = 5  # a picture's alt text copied above its caption: a few keywords


def _lead_after(units: list[Unit], start: int) -> bool:
    """Whether the first unit from ``start`` is a paragraph of the text (a sentence ending as one, a lead's length)."""
    nxt = units[start] if start < len(units) else None
    return nxt is not None and nxt.kind == "text" and nxt.word_count >= 20 and nxt.text.endswith((".", "!", "?", "»"))


def _is_caption(unit: Unit, following: Unit | None) -> bool:
    """A picture's caption or alt text: a short line right above its photo credit (a credit line, not
    another caption that ends with its credit, as in "… le 4 février. (AFP)"), or a picture's alt text of a
    few words glued above its caption and credit ("Meta IA France" above "Le formulaire… © Studio")."""
    return (
        following is not None
        and unit.kind == "text"  # the lengths first: most units are paragraphs, whose words need no count
        and len(unit.text) <= 200
        and len(following.text) <= SHORT_CHARS
        and (
            following.word_count <= CREDIT_LINE_WORDS
            or bool(CREDIT.match(following.text))
            or (unit.word_count <= ALT_TEXT_WORDS and not following.blank_before)
        )
        and unit.word_count <= 25
        and following.word_count <= 30
        and bool(CREDIT.search(following.text))
        and not CREDIT.search(unit.text)
        and not _QUOTE_HEADLINE_SHAPE.search(unit.text)  # « … » : a headline with its quotation, not a caption
        # a question above the text's source ("Source :Preuves & Pratiques"), which credits no picture
        and not (unit.text.endswith("?") and bool(re.match(r"source\s*:", following.text, re.I)))
    )


_QUOTE_HEADLINE_SHAPE = re.compile(r"^«[^«»]{3,200}»\s*:|:\s*«[^«»]{3,300}»$")


# A date at the start of a line, alone or glued to the first sentence ("2025-03 Meta a…", "12/03/2025 Meta…").
# The ISO 8601 timestamp a CMS prints from its metadata, alone on a line of the head: "2025-01-28T17:49:41Z",
# "2025-01-28T17:49:41+01:00" (seconds, their fraction and the offset from UTC optional), "2025-01-28 17:49".
# A French date may open with its weekday: "mardi 4 février 2025", "Le jeudi 3 avril 2025".
_DATE_PREFIX = re.compile(
    rf"^(?:le\s+|date\s*:?\s*)?(?:(?:{WEEKDAYS}),?\s+(?=\d))?(?P<date>"
    r"(?:19|20)\d\d-\d\d(?:-\d\d)?"
    r"(?:[ T]\d\d:\d\d(?::\d\d(?:[.,]\d{1,6})?)?(?:(?<=\d)(?:Z|[+-]\d\d(?::?\d\d)?))?)?"
    r"|\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d(?:\s+(?:à\s+)?\d{1,2}[h:]\d\d)?"
    # The month written out or abbreviated with its point ("3 nov. 2025", as blog and social platforms print it).
    r"|\d{1,2}(?:er)?\s+(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre"
    r"|décembre|decembre|(?:janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec)\.)\s+(?:19|20)\d\d"
    r"(?:\s+(?:à\s+)?\d{1,2}[h:]\d\d)?)(?=\s|$|[,.:;|-])\s*[,.:;|–—-]?\s*",
    re.I,
)
_MONTH_ONLY = re.compile(r"^(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)$")
_MONTH_NAMES = (
    r"janvier|janv|février|fevrier|févr|fevr|mars|avril|avr|mai|juin|juillet|juil|août|aout|septembre|sept"
    r"|octobre|oct|novembre|nov|décembre|decembre|déc|dec"
)
# A site's date bar in the English order, without the year: "jeudi, décembre 18", "vendredi, janvier 31".
_DATE_BAR = re.compile(rf"^(?:{WEEKDAYS}),?\s+(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}$", re.I)
_TODAY_BAR = re.compile(
    r"^(?:nous sommes le|aujourd[’']hui,?\s+(?:nous sommes\s+)?le|on est le)\s+"
    rf"(?:(?:{WEEKDAYS})\s+)?\d{{1,2}}(?:er)?\s+(?:{_MONTH_NAMES})\.?\s+(?:19|20)\d\d\s*\.?$",
    re.I,
)
# A date line that gives only the month (ISO 8601 reduced precision, or as written): "2025-03",
# "03/2025", "mars 2025", "Publié en mars 2025", "Mis à jour en mars 2025".
_MONTH_LINE = re.compile(
    r"^(?:(?:publié|publiée|mis à jour|mise à jour|modifié|paru|parue)(?:\s+(?:en|le))?\s+|date\s*:?\s*)?"
    rf"(?:(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)|(?P<m2>\d{{1,2}})/(?P<y2>(?:19|20)\d\d)|(?P<m3>{_MONTH_NAMES})\.?\s+(?P<y3>(?:19|20)\d\d))"
    r"\s*\.?$",
    re.I,
)
_DOMAIN = re.compile(
    r"^(?P<domain>(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:fr|com|net|org|info|io|eu|be|ch|ca|co|news|tech|media|ai))"
    # (its tagline may follow after an arrow or a bar: "Alpha-News.org ➤ L'actualité du monde est ici")
    r"(?:\s*[➤›»|–—-]\s*[^.!?]{3,60})?$",
    re.I,
)


_NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][\w’'.-]*|[dl][’'][A-ZÀ-ÖØ-Þ][\w’'.-]*|et|avec|de|du|des|la|le|van|von|der|da|di|&)$"
)


def parse_french_date(text: str) -> dt.date | None:
    for pattern in (_DATE_ISO, _DATE_FR, _DATE_NUM, _DATE_EN, _DATE_FR_EN_ORDER):
        match = pattern.search(text)
        if not match:
            continue
        month_text = match.group("m").lower()
        month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text)
        if not month:
            continue
        try:
            return dt.date(int(match.group("y")), month, int(match.group("d")))
        except ValueError:
            continue
    return None


def _month(year: str, month: str) -> str | None:
    """'2025-03' (ISO 8601 reduced precision) for a year and a month number or name; None if no month."""
    number = int(month) if month.isdigit() else _MONTHS.get(month.lower().rstrip("."), 0)
    return f"{year}-{number:02d}" if 1 <= number <= 12 else None


def parse_month_line(text: str) -> str | None:
    """The month of a line that is only a month and a year ('mars 2025', '03/2025', '2025-03'): 'YYYY-MM'."""
    match = _MONTH_LINE.match(text.strip())
    if not match:
        return None
    year, month = next(
        (match.group(y), match.group(m)) for y, m in (("y", "m"), ("y2", "m2"), ("y3", "m3")) if match.group(y)
    )
    return _month(year, month)


def looks_like_name(text: str) -> bool:
    """'Xiaoling Qian', 'Hervé Legenvre et Erkko Autio'; not a sentence."""
    tokens = text.replace(",", " ").split()
    if not 1 <= len(tokens) <= 10 or text.endswith((".", "?", "!", ":")):
        return False
    capitalised = sum(1 for t in tokens if t[:1].isupper())
    return capitalised >= 1 and all(_NAME_WORD.match(t) for t in tokens)


@dataclass
class Head:
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    date: dt.date | None = None
    month: str | None = None  # "YYYY-MM": a date line that gives only the month (the article's date without a day)
    reading_time: int | None = None
    title_line: int = 0  # the line the title was read from


# Pictographs, their modifiers and joiners, and spaces, at the start of a line.
_DECORATION = re.compile(r"^[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D\s]+")


def _reads_as_title(unit: Unit, following: Unit | None) -> bool:
    if unit.kind == "heading":
        return unit.level <= 1
    if unit.kind != "text" or following is None or unit.markdown:  # Markdown: the title is "# Title"
        return False
    count = unit.word_count
    # A citation-titre runs longer: up to TITLE_QUOTE_WORDS more when the headline ends with its quotation, and up
    # to QUOTE_TITLE_MAX_WORDS for "clause : « quotation »" ("La ministre hausse le ton : « … »"), given whole.
    limit = TITLE_MAX_WORDS + (TITLE_QUOTE_WORDS if unit.text.endswith(("»", "”")) else 0)
    if count > limit and count <= QUOTE_TITLE_MAX_WORDS and _QUOTE_HEADLINE.match(unit.text):
        limit = QUOTE_TITLE_MAX_WORDS
    if not 1 <= count <= limit or unit.text.endswith((".", ",", ";", ":", "…")):
        return False
    first = _DECORATION.sub("", unit.text)[:1]  # newsletters open their headlines with emoji: "🌊 DeepSeek…"
    # A headline may open with a figure: "42 millions d'euros : …" (a date, a count or a reading time alone on the
    # line were taken off before).
    if not first.isupper() and not first.isdigit() and first not in '«“"':
        return False
    # A citation-titre may quote several sentences ("X : « Nous ne pouvons pas… Si vous… »"): the headline is one
    # sentence around its quotation.
    text = _HEADLINE_QUOTATION.sub("« »", unit.text) if unit.text.endswith(("»", "”")) else unit.text
    sentences = split_sentences(text)
    return len(sentences) == 1 or (len(sentences) == 2 and bool(_HEADLINE_LEAD.match(sentences[0].strip())))


STANDFIRST_ABOVE_WORDS = (10, 45)
STANDFIRST_HEADLINE_WORDS = 14


def _standfirst_above(unit: Unit, following: Unit, units: list[Unit], at: int) -> bool:
    """A standfirst (chapô) copied above its headline, as some pages lay them out: one or two sentences, then a
    short line that reads as a headline, then the lead, a paragraph."""
    if unit.kind != "text" or unit.markdown or not unit.text.endswith((".", "!", "?")):
        return False
    if (
        not STANDFIRST_ABOVE_WORDS[0] <= unit.word_count <= STANDFIRST_ABOVE_WORDS[1]
        or len(split_sentences(unit.text)) > 2
    ):
        return False
    after = units[at + 2] if at + 2 < len(units) else None
    return (
        following.word_count <= STANDFIRST_HEADLINE_WORDS
        # (one word in capitals is the rubric under the headline, "CULTURE", never a headline under its standfirst)
        and not (following.word_count == 1 and following.text.isupper())
        and after is not None
        and after.kind == "text"
        and after.word_count >= PLACE_DASH_LEAD_WORDS * 2
        and _reads_as_title(following, after)
        # (a line of the head's facts or furniture is no headline: "X | AFP | Getty Images", "Le Journal - 9 février
        # 2025 - Par Jeanne Roe")
        and not _head_fact(following.text)
        and not _signed(following.text)
        and not _byline_line(following)
        and cruft_reason(following) is None
        and not _SEPARATORS.search(following.text)
    )


def _stopped_headline(unit: Unit, following: Unit | None) -> bool:
    """'L'Italie suspend un assistant chinois pour des raisons de confidentialité.' above 'Dernière mise à jour :
    …': a headline some sites end with a full stop, told from a lead by the head's facts right under it (a date
    line or a byline)."""
    text = unit.text
    if (
        unit.kind != "text"
        or unit.markdown
        or following is None
        or following.kind != "text"
        or not text.endswith(".")
        or text.endswith("..")
        or not (_is_dateline(following.text) or _signed(following.text) or _DATE_LABEL.match(following.text))
    ):
        return False
    return _reads_as_title(replace(unit, text=text[:-1]), following)


def _signed(text: str) -> bool:
    """A byline naming its writer: "Par Jeanne Roux", "Par Jeanne Roux le 3 mars 2025" (not "Par ailleurs, …")."""
    byline = _BYLINE.match(text)
    if byline is None:
        return False
    name = byline.group("rest").strip()
    cut = _BYLINE_END.search(name)
    return looks_like_name((name[: cut.start()] if cut else name).strip())


_HEADLINE_QUOTATION = re.compile(r"«[^«»]*»|“[^“”]*”")
# The quotation headline of French news: a clause, a colon, then the quotation as the rest of the line.
_QUOTE_HEADLINE = re.compile(r"^[^«»:.!?]{10,200}\s:\s«[^«»]{3,400}»$")
QUOTE_TITLE_MAX_WORDS = 60


# Press headlines in two sentences: a label in capitals ("DIRECT. …", "VIDÉO. …", "INFO FRANCEINFO. …") or a
# short exclamation or question before the headline proper ("Papiers s'il vous plaît ! La CNIL…").
_HEADLINE_LEAD = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ0-9][A-ZÀ-ÖØ-Þ0-9’'-]*(?:\s+[A-ZÀ-ÖØ-Þ0-9][A-ZÀ-ÖØ-Þ0-9’'-]*){0,2}\s*[.:]"
    r"|[^.!?]{1,60}[!?]"
    # the regional dailies' kicker, a place or a topic in a few words, then a full stop, glued to the headline on its
    # line: "Saverdun. La Maison France Services inaugurée", "Incendie à Arès. Rencontre avec les habitants"
    # (a noun phrase with no article, or a place with its own: never a sentence, "Le secteur change vite.")
    r"|(?!(?:Le|La|Les|L[’']|Un|Une|Des|Ce|Cette|Ces|Il|Elle|Ils|Elles|On|Nous|Je)\b\s*[a-zà-ÿ])"
    r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ’'-]+(?:[\s-]+[\w’'-]+){0,5}\."
    # an enumeration left open by suspension points before the headline's clause: "Chauffage à 17°C, matériel… Les
    # présidents d'université ne savent plus…"
    r"|[^.!?…]{1,60},[^.!?…]{1,40}(?:\.\.\.|…))$"
)


_SEPARATORS = re.compile(r"\s+[|·•]\s+|\s+[-–—]\s+")
DATELINE_MAX_WORDS = 20


_DAY_MONTH_IN = re.compile(rf"\b\d{{1,2}}(?:er)?\s+(?:{_MONTH_NAMES})\b", re.I)
# A day and a time alone, the year left out as news sites print the current one: "Le 14 juin à 09h12", "mardi 3
# mars, 18:05".
_DAY_TIME_LINE = re.compile(
    rf"^(?:le\s+)?(?:{WEEKDAYS}\s+)?\d{{1,2}}(?:er)?\s+(?:{_MONTH_NAMES})\.?\s*,?\s+(?:à\s+)?\d{{1,2}}\s*[h:]\s*\d\d$",
    re.I,
)


# relative_dateline: a site's time since publication or update, as a script prints it: "Publié il y a 17 minutes",
# "Mis à jour il y a 2 heures", "Il y a 3 jours", both labels on one line perhaps.
_RELATIVE_TIME = r"il\s+y\s+a\s+(?:\d{1,3}|une?)\s+(?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?)"
_TIME_LABEL = r"(?:publiée?|mis\s+à\s+jour|mise\s+à\s+jour|actualisée?|modifiée?)"
_RELATIVE_DATELINE = re.compile(
    rf"^(?:{_TIME_LABEL}\s+)?{_RELATIVE_TIME}(?:\s*[/|·•,–—-]\s*{_TIME_LABEL}\s+{_RELATIVE_TIME})?\s*\.?$",
    re.I,
)


_BRACKETED = re.compile(r"\([^()]*\)")


def _is_dateline(text: str) -> bool:
    """'Publié le 6 avril 2025 à 18h05', '12 mars 2025 | Rédaction | IA', 'Lille / Gand, le 4 mars 2025'.

    Not an embedded post's signature ("— Name (@handle) April 18, 2024"): its date is the post's.
    """
    if "(@" in text:
        return False
    if _RELATIVE_DATELINE.match(text):
        return True  # "Publié il y a 17 minutes / Actualisé il y a 17 minutes": the time since, no date to read
    if parse_french_date(text) is None:
        # "Publié le 5 février à 19h14, mis à jour le 6 février à 10h19": a news site leaves out the current year
        # (the label and the update make the line longer than a plain date line)
        return bool(
            (_DATELINE.match(text) and _DAY_MONTH_IN.search(text) and len(words(text)) <= 2 * DATELINE_MAX_WORDS)
            or _DAY_TIME_LINE.match(text)
        )
    if len(words(text)) > DATELINE_MAX_WORDS:
        return False
    return bool(
        _DATELINE.match(text)
        or _SEPARATORS.search(text)
        or parse_french_date(text[:20])
        or _place_dateline(text)
        or _EDITION_DATE.match(text)
    )


# The day of a broadcast's or an edition's page, after its label: "Audio fil du jeudi 28 mars 2019", "Émission du
# 4 mars 2025", "Édition du mardi 4 février 2025". A label of three words at most, then the day: with its weekday
# (a law or an event is never cited so: "la loi du 6 janvier 1978"), or after a word naming an edition.
_EDITION_DATE = re.compile(
    rf"^[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+[\w’'-]+){{0,2}}\s+(?:du|le)\s+(?:{WEEKDAYS})\s+\d{{1,2}}(?:er)?\s+\w+\s+(?:19|20)\d\d"
    r"(?:\s+(?:à\s+)?\d{1,2}\s*[h:]\s*\d\d)?$"
    r"|^(?:édition|émission|épisode|journal|podcast|audio|vidéo|numéro|lettre|chronique|mise? en ligne)"
    r"(?:\s+[\w’'-]+){0,2}\s+(?:du|le)\s+\d{1,2}(?:er)?\s+\w+\s+(?:19|20)\d\d$",
    re.I,
)


# A press release's or a report's dateline names the places it was written in, then the day: "Paris, le 3 mars
# 2025", "Lille / Gand, le 4 mars 2025", "Lyon et Grenoble, 4 avril 2025".
_PLACE = r"[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:[ -][A-ZÀ-ÖØ-Þ][\w’'.-]*){0,3}"
_PLACE_DATELINE = re.compile(rf"^{_PLACE}(?:\s*(?:/|&|,|\bet\b)\s*{_PLACE}){{0,3}},?\s+(?=(?:le\s+)?\d)")


def _place_dateline(text: str) -> bool:
    match = _PLACE_DATELINE.match(text) if len(text) <= 100 else None
    if match is None:
        return False
    dated = _date_prefix(text[match.end() :])
    return dated is not None and not words(dated[1])


# An episode's header (podcast, video): its date, then its running time, glued when copied ("19 mars 202527:54").
_DATED_DURATION = re.compile(r"^(?P<date>.{6,40}?(?:19|20)\d\d)\s*(?:[|·•-]\s*)?(?P<duration>\d{1,2}:\d\d(?::\d\d)?)$")


def _read_dateline(text: str, head: Head) -> None:
    head.date = head.date or parse_french_date(text)
    # (a dash inside brackets separates nothing: "…, France Bleu Normandie (Seine-Maritime - Eure)")
    segments = _SEPARATORS.split(_BRACKETED.sub("", text))
    signed = False  # a segment opens with "Par" ("Par Aina A. | Gate Of Africa Magazine"): no bare name below
    for segment in segments:
        labelled = _BYLINE.match(segment)
        signed = signed or labelled is not None
        byline = labelled or _DATE_THEN_BY.search(segment)
        if head.author is None and byline and looks_like_name(byline.group("rest")):
            head.author = byline.group("rest")
    # a theme's meta line without "Par": the writer's name beside the day, before or after it ("Jeanne Roe | 21
    # novembre 2025 | 4 min de lecture", "28 juin 2024 | Jeanne ROE |", "… - Mise à jour le … - Jeanne Roe - 2 min");
    # a person's name, opening with a first name (one no dictionary knows will do: "Clothilde"), not a rubric
    # (a separator closing the line: "… | Jeanne ROE |"; the newsroom after the name's comma, "Jeanne ROE, Midi Libre –
    # Edition du…": the writer's name alone)
    stripped = (_NEWSROOM_AFTER_NAME.split(segment.strip(" |•·–—-"), maxsplit=1) for segment in segments)
    names = (
        parts
        for parts in stripped
        if 2 <= len(parts[0].split()) <= 4 and looks_like_name(parts[0]) and _first_name_like(parts[0].split()[0])
    )
    if head.author is None and len(segments) > 1 and not signed:
        name, *newsroom = next(names, [None])
        head.author = name
        if newsroom and newsroom[0].strip():
            head.publisher = head.publisher or newsroom[0].strip()


_NEWSROOM_AFTER_NAME = re.compile(r"\s*,\s*(?=[A-ZÀ-ÖØ-Þ])")


# The writer after the day, as blog templates set it: "Publié le 02-08-2025 par Jeanne Roe".
# (the newsroom after the name's comma: "… à 12:26 Par Jeanne Roe, France Bleu Normandie")
_DATE_THEN_BY = re.compile(r"\d[^|]*?\s+[Pp]ar\s+(?P<rest>[A-ZÀ-ÖØ-Þ][^|,;()]{2,60}?)\s*(?:,[^|,;]{2,60})?$")


def _first_name_like(token: str) -> bool:
    """A listed first name, or a capitalised word no French dictionary knows ("Clothilde", "Corentin"; not
    "Intelligence", "Rédaction")."""
    return is_first_name(token) or (token[1:].islower() and not is_french_word(token))


# A site's rubric printed before the headline on its line, the colon glued to it as a template writes a field
# ("Technologie: Meta lance…"); a headline's own topic takes the French space before its colon ("IA : Meta lance…").
# Newspaper sections only, not a topic a headline may open with.
_RUBRIC_PREFIX = re.compile(
    r"^(?:actualités?|actus?|technologies?|tech|high-tech|hi-tech|technos?|économie|business|société|monde"
    r"|international|politique|culture|sciences?|sports?|news|opinions?|tribunes?|analyses?|décryptages?|enquêtes?"
    # (or its bar, as a theme sets the section before the headline: "Politique | Région : les élus…")
    r"|innovation|médias|entreprises?)(?::|\s+\|)\s+(?=[A-ZÀ-ÖØ-Þ0-9«“\"])"
    # The rubric before a headline that is a quotation, with no colon: "Intelligence artificielle « Ne pas… »"
    r"|^(?:intelligence artificielle|numérique|tech|économie|société|innovation|agriculture|santé)(?:\s+|\.\s*)(?=«)"
    # A rubric in capitals and a dash, as the magazines set it above the standfirst: "PORTRAIT - L'ingénieur…"
    # (a pictogram may stand before it: "🔎 ENQUÊTE - Sommet IA : …", "📰 ARTICLE - …")
    r"|^(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]+\s*)?"
    r"(?-i:PORTRAIT|ENQUÊTE|ENQUETE|ENTRETIEN|INTERVIEW|REPORTAGE|ANALYSE|DÉCRYPTAGE|RÉCIT|TRIBUNE|CHRONIQUE"
    r"|ÉDITORIAL|EDITORIAL|DOSSIER|ARTICLE|VIDÉO|VIDEO|PODCAST|INFOGRAPHIE|FOCUS|EXCLUSIF|OPINION|BILLET"
    r"|PHOTOS?|DIAPORAMA|EXCLUSIVITÉ|REPLAY"
    # (the readers' own word, and the day's feature, as the dailies label them: "TÉMOIGNAGES - Vos galères…",
    # "VOUS TÉMOIGNEZ Des parents…", "FAIT DU JOUR « … »")
    r"|TÉMOIGNAGES?|TEMOIGNAGES?|VOUS\s+TÉMOIGNEZ|VOUS\s+TEMOIGNEZ|FAIT\s+DU\s+JOUR)"
    # ("DOSSIER. Entretien avec…"; a space alone before a capitalised word of the line: "REPORTAGE Florilège…")
    r"(?:(?:\s+[-–—]|\.|\s*:)\s+|\s+(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ’']|[«“\"]))(?=[A-ZÀ-ÖØ-Þ«“\"])"
    # …or in capitals between square brackets: "[ TRIBUNE ] À l'heure où…"
    r"|^\[\s*(?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ' ]{2,25}?)\s*\]\s*(?=[A-ZÀ-ÖØ-Þ«“\"])"
    # …or in capitals glued to a bullet, as a daily's site sets its rubric before the standfirst: "SOCIAL•Le syndicat…"
    r"|^(?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ' ]{2,25})•\s*(?=[A-ZÀ-ÖØ-Þ«“\"])"
    # The kind of piece before the headline with a stop, or after a colon left by the page's label: "Témoignages.
    # « J'ai fait 50 visites… »", ": Témoignage « En ce moment… »"
    r"|^(?::\s*(?:témoignages?|reportage|portrait|entretien|interview|enquête|analyse|décryptage|récit|vidéo)\.?\s+"
    r"|(?:témoignages?|reportage|portrait|entretien|interview|enquête|analyse|décryptage|récit|vidéo)\.\s+)"
    r"(?=[A-ZÀ-ÖØ-Þ«“\"])"
    # A WordPress theme's text for screen readers before the headline: "You are currently viewing <title>"
    r"|^you are currently viewing\s+(?=\S)"
    # A wire's version label before its headline, as Reuters sets it: "LEAD 2 Reuters - Résultats…", "RPT-…"
    r"|^(?-i:LEAD\s*\d{1,2}|RPT|URGENT|FLASH|ENCADRÉ|ENCADRE|ÉCLAIRAGE|ECLAIRAGE)(?:\s*[-–—]\s*|\s+)(?=[A-ZÀ-ÖØ-Þ«“\"])"
    # …or the keywords' slug, the agency's country and rubrics joined by hyphens, then a slash, as the Senegalese
    # agency sets it: "SENEGAL-AGRICULTURE-TECHNOLOGIE / Un projet…"
    r"|^(?-i:[A-ZÀ-ÖØ-Þ]{2,}(?:-[A-ZÀ-ÖØ-Þ]{2,})+)\s*/\s+(?=[A-ZÀ-ÖØ-Þ«“\"])",
    re.I,
)


# A rubric's name glued without a space to the headline that follows it, the page's two elements copied as one
# line: "InnovationLa création de…", "ÉconomieMeta ouvre…" (the rubric capitalised, then the headline's capital).
_SECTION_ONLY = re.compile(rf"^(?:{_SECTIONS})$", re.I)
_GLUED_RUBRIC = re.compile(rf"^(?i:{_SECTIONS})(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’']|[A-ZÀ-ÖØ-Þ]\s)")


def _without_rubric(text: str) -> str:
    """The headline without a rubric before it, with its colon (:data:`_RUBRIC_PREFIX`) or glued to it
    (:data:`_GLUED_RUBRIC`): for telling the headline printed again, never for cutting a title."""
    rubric = _RUBRIC_PREFIX.match(text) or (_GLUED_RUBRIC.match(text) if text[:1].isupper() else None)
    return text[rubric.end() :] if rubric else text


KICKER_GAP = 2  # furniture lines (a live blog's status, a share button) between a rubric and the title


def _past_furniture(units: list[Unit], start: int) -> Unit | None:
    """The first unit from ``start`` that is not a short furniture line (nor a magazine's issue line, nor a printed
    issue's reference: "Du LeVif Weekend du 09/06/17", nor a date line), looking past :data:`KICKER_GAP` at most."""
    for unit in units[start : start + KICKER_GAP + 1]:
        dated = _date_prefix(unit.text)
        if dated is not None and not words(dated[1]):
            continue  # "08/06/17 à 09:02 - Mise à jour à 09/06/17 à 09:10"
        furniture = (
            cruft_reason(unit) is not None or _issue_line(unit) is not None or _print_issue(unit.text) is not None
        )
        if unit.word_count > 6 or not furniture:
            return unit
    return None


def _is_kicker(unit: Unit, following: Unit | None, signature: Unit | None = None) -> bool:
    """A short rubric line right above a longer title line; or a site's tagline or a rubric of up to
    :data:`KICKER_WORDS` words above a longer line that the byline follows (``signature``: the unit after
    ``following``): the headline is the line right above its byline."""
    if unit.kind != "text" or following is None:
        return False
    if _kiosk_publication(unit, signature):
        return _reads_as_title(following, following)
    if unit.text.endswith(tuple(_TERMINAL)):
        return False
    after = following
    if _READING.match(after.text) or _BYLINE.match(after.text) or _NEWSROOM.match(after.text):
        return False  # a reading time or a byline under a short title is no title
    items = [item.strip() for item in unit.text.split(",")]
    if len(items) >= 3 and all(item and count_words(item) <= 3 for item in items):
        # a list of rubrics or tags above the headline: "AMF IA, Numérique, réseaux sociaux"
        return _reads_as_title(after, after) and after.word_count >= 4 and after.text.count(",") < 2
    if unit.word_count <= 4:
        # (a headline asking or exclaiming is one however short: "IA comme Intelligence Agricole ?")
        margin = 2 if after.text.endswith(("?", "!")) else 3
        # (sentences that end with their stop below a short line are its standfirst: "La vida Léo" is the headline)
        standfirst = after.text.rstrip().endswith(".") and _INNER_STOP.search(after.text.rstrip()[:-1]) is not None
        return _reads_as_title(after, after) and after.word_count >= unit.word_count + margin and not standfirst
    return (
        unit.word_count <= KICKER_WORDS
        and signature is not None
        and _byline_line(signature)
        and not _byline_line(following)
        and _reads_as_title(after, after)
        and unit.word_count + 2 <= after.word_count <= HEADLINE_WORDS
    )


KICKER_WORDS = 7
# A press kiosk's copy of a printed page opens on the publication and its edition in brackets ("Nice-Matin
# (Cannes)", "La Marne (édition Meaux)"), then the headline, then the writer after a dash or the dash alone.
_KIOSK_EDITION = re.compile(
    # (a paper's name may open on a figure: "20 Minutes (Nantes)")
    # (and its particles: "Le Courrier du Lot (Figeac)")
    r"^(?P<title>(?:\d{1,2}\s+)?[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+(?:(?:du|de|des|de\s+la)\s+|d[’']\s*)?[A-ZÀ-ÖØ-Þ][\w’'-]*){0,3})\s*"
    r"\((?P<edition>édition\s+)?(?:de\s+|d[’']\s*)?[A-ZÀ-ÖØ-Þ][a-zà-ÿ’' -]{2,30}\)$"
)


def _kiosk_publication(unit: Unit, signature: Unit | None) -> bool:
    """kiosk_publication: the publication's line atop a kiosk's copy (see :data:`_KIOSK_EDITION`): a press title with
    its edition, or a press title alone when the kiosk's dash line follows the headline ("Le Point", "Goncourt des
    lycéens", "- JULIE MALAURE")."""
    edition = _KIOSK_EDITION.match(unit.text)
    if edition is not None:
        title = edition.group("title")
        return bool(edition.group("edition")) or "-" in title or title[:1].isdigit() or bool(_PRESS_TITLE.match(title))
    kiosk_dash = signature is not None and (
        signature.text.strip() == "-" or (signature.kind == "dash" and signature.text.isupper())
    )
    return kiosk_dash and unit.word_count <= 3 and bool(_PRESS_TITLE.match(unit.text)) and looks_like_name(unit.text)


_INNER_STOP = re.compile(r"[a-zà-öø-ÿ)»”][.!?]\s+[A-ZÀ-ÖØ-Þ«“]")  # a sentence's end inside a paragraph
MENU_ITEMS = 4  # a menu copied line by line has this many items at least
LEAD_MIN_WORDS = 25  # a lead paragraph is this long at least


def _menu_item(unit: Unit) -> bool:
    text = unit.text
    return (
        unit.kind == "text"
        and not unit.markdown
        and len(text) <= 40
        and unit.word_count <= 4
        and not text.endswith((*_TERMINAL, ":", ",", "»", "”"))
        and not _byline_line(unit)
        and not _is_dateline(text)
        and parse_french_date(text) is None
    )


def _numbered_trail(units: list[Unit], start: int) -> int:
    """How many units from ``start`` are a breadcrumb set as an ordered list: "1." on the home page's name, then the
    next numbers, three steps at least; 0 when there is none."""
    first = units[start]
    # (or the site's name with the trail's separator after it, two steps then: "1. TDN >" / "2. Actualité")
    separated = first.text.rstrip().endswith((">", "›")) and first.word_count <= 3
    if first.kind != "bullet" or first.marker not in ("1.", "1)"):
        return 0
    if not (_BREADCRUMB_HOME.fullmatch(first.text) or separated):
        return 0
    end = start + 1
    while end < len(units) and units[end].kind == "bullet" and units[end].marker[:-1] == str(end - start + 1):
        end += 1
    return end - start if end - start >= (2 if separated else 3) else 0


def _menu_run(units: list[Unit], start: int) -> int:
    """How many units from ``start`` are a menu's items, one a line, above the headline: four short lines at least
    (blank lines between or not), then a headline of five words or more; 0 when there is none."""
    end = start
    while end < len(units) and end - start < 16 and _menu_item(units[end]):
        end += 1
    if end - start < MENU_ITEMS or end >= len(units):
        return 0
    after = units[end]
    following = units[end + 1] if end + 1 < len(units) else None
    if after.word_count >= 5 and _reads_as_title(after, following or after):
        return end - start
    # a longer run straight above the lead, a fact box's labels and values ("Secteur Tech et Services" / "Pays
    # concerné" / "Suisse" / "Thématique"…): none of it is the headline
    long_run = end - start >= MENU_ITEMS + 1 and after.kind == "text" and after.word_count >= LEAD_MIN_WORDS
    return end - start if long_run else 0


# A place alone on its line: one to three capitalised words ("Constantine", "Saint-Louis", "Le Cap").
_PLACE_LINE = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){0,2}$")
# A news ticker's label: the line after it is the headline of another article, the latest one.
_TICKER = re.compile(
    r"^(?:flash[- ]infos?|fil (?:d[’'])?infos?|en continu|derni(?:ère|eres|ères) (?:minute|infos?)|breaking news"
    r"|à chaud|l[’']info en continu)\s*:?$",
    re.I,
)
HEADLINE_WORDS = 14  # a headline's usual length; a standfirst without its stop runs longer
GLUED_SIGNATURE_TEXT_WORDS = 12  # the text's first paragraph under a signature glued to it


_INITIAL_SURNAME = re.compile(r"^[A-ZÀ-ÖØ-Þ]\.\s*[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’'-]+$")
_CAPS_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+){1,2}$")


_BULLET_GLYPH = re.compile(r"^[•·▪◦]\s*")


def _dashed_name(text: str) -> bool:
    """A writer's name as a signature gives it: in capitals ("JEANNE ROE"), an initial and the surname ("J. Roe"),
    or a common first name and the surname ("Jeanne Roe")."""
    tokens = text.split()
    if _CAPS_NAME.match(text):
        return is_first_name(_capitalised(tokens[0])) or is_unlisted_name(_capitalised(text))
    return bool(_INITIAL_SURNAME.match(text)) or (
        len(tokens) in (2, 3) and is_first_name(tokens[0]) and looks_like_name(text)
    )


# What a signature set after a dash may carry besides the name: the place the reporter writes from before it, as an
# envoy signs ("À Lyon, Jeanne Roe"), and the writer's e-mail address after it ("JEANNE ROE jroe@journal.fr").
_SIGNED_FROM = re.compile(r"^(?:À|A)\s+[A-ZÀ-ÖØ-Þ][\w’' -]{1,40}?,\s+(?=\S)")
_SIGNED_ADDRESS = re.compile(r"\s+[\w.-]+@[\w-]+(?:\.[\w-]+)+$")


def _dash_signature(text: str) -> str | None:
    """The writer a signature after a dash names ("- JEANNE ROE", "- J. Roe", "- SO. B.", "- À Lyon, Jeanne Roe",
    "- JEANNE ROE jroe@journal.fr"), as written in lower case, or None: the name, or the initials as printed."""
    text = _SIGNED_ADDRESS.sub("", _SIGNED_FROM.sub("", _BULLET_GLYPH.sub("", text)))
    if _INITIALS.match(text):
        return text
    tokens = text.split()
    # (a compound first name is known by its first part: "Anne-Laure Roe")
    compound = bool(tokens) and "-" in tokens[0] and is_first_name(tokens[0].split("-")[0])
    if _dashed_name(text) or (compound and looks_like_name(text) and len(tokens) <= 3):
        return _capitalised(text) if text.isupper() else text
    return None


def _signature_above_rule(text: str) -> str | None:
    """The writers a line above the dash rule names (see read_head's rule_signature), as printed, or None: one name
    (:func:`_dash_signature`), a name then the publication (:func:`_bare_signature`), or writers joined by "avec",
    "et" or commas, each a name or initials."""
    signed = _dash_signature(text) or _bare_signature(text)
    if signed is not None:
        return signed
    people = [part.strip() for part in re.split(r"\s*,\s*|\s+(?:et|&|avec)\s+", text) if part.strip()]
    joined = len(people) >= 2 and all(
        _INITIALS.match(p) or _WRITER_INITIALS.fullmatch(p) or (looks_like_name(p) and is_person_name(p))
        for p in people
    )
    return " ".join(text.split()) if joined else None


def _byline_line(unit: Unit) -> bool:
    """A byline on its own line: "Par X", an agency's name ("Keystone-SDA", "AFP"), "X, envoyée spéciale…"."""
    return unit.kind == "text" and bool(
        _BYLINE.match(unit.text)
        or _AGENCY_LINE.match(unit.text)
        or _CORRESPONDENT.match(unit.text)
        or _FROM_OUR_CORRESPONDENT.match(unit.text)
        or _NAME_PAPER.match(unit.text)
        or _INITIALS_WITH.match(unit.text)
    )


def breadcrumb(text: str) -> tuple[str, str] | None:
    """'Accueil > Tech > IA' -> ('Accueil > Tech > IA', '');
    'Accueil Actualité Meta lance…' -> ('Accueil Actualité', 'Meta lance…').

    A breadcrumb starts at the home page and runs through section names,
    separated by >, ›, /, | or nothing at all when copied as glued words. The
    first crumb of five words or more is the page's own title, and all that
    follows it on the line: the separators may come again in the text of a
    page copied on one line (the guillemets of a quotation, a slash), where
    they part no crumbs.
    """
    if not _BREADCRUMB_HOME.match(text):
        return None
    parts = _CRUMB_SEPARATOR.split(text)
    if len(parts) >= 2:
        long = next((k for k, part in enumerate(parts) if len(words(part)) >= 5), None)
        if long is not None and long >= 1:
            # The crumbs are the parts before the first long one: cut after the separator that ends them.
            crumb = _crumb_end(text, long)
            return text[:crumb].rstrip(), text[crumb:].strip()
        if long is None:
            return text, ""
        return None
    glued = _GLUED_SECTIONS.match(text)
    if glued:
        return text[: glued.end()].strip(), text[glued.end() :].strip()
    return None


# A page copied on one line prints its headline twice in a row, the page's header then the article's own heading
# ("Meta ouvre un labo à Lyon Meta ouvre un labo à Lyon Le groupe…"): the headline is what comes twice.
_DOUBLED = re.compile(r"^(?P<h>\S.{18,300}?)\s+(?P=h)(?=\s|$)")


def _doubled_headline(text: str) -> tuple[str, str] | None:
    """(the headline, the rest of the line) when ``text`` opens with the same headline twice, else None."""
    match = _DOUBLED.match(text) if len(text) > 40 else None
    if match is None:
        return None
    headline = match.group("h").strip()
    unit = Unit(headline, 0)
    if unit.word_count < TITLE_COPY_MIN_WORDS or not _reads_as_title(unit, unit):
        return None
    return headline, text[match.end() :].strip()


PREFIX_WORDS = 4  # the site's name or a button glued before a headline copy has at most this many words
MENU_LINE_WORDS = 8  # a line of the site's menu between its title bar and the headline is this short
PREFIXED_LOOKAHEAD = 16  # the headline's own line comes within this many units of its prefixed copy (a ticker between)


def _title_bar(text: str, later: list[Unit]) -> int | None:
    """title_bar: where in ``later`` the headline follows on its own line when a line carries it as the page's
    title bar sets it, the site's domain after a separator ("Le conseil vote le budget | Exemple.fr"), with only the
    site's menu between (short lines); None otherwise."""
    if _SITE_SUFFIX.search(text) is None:
        return None
    bare = fold(_site_name_off(text) or "")
    for k, unit in enumerate(later):
        if unit.kind == "text" and fold(unit.text) == bare and count_words(unit.text) >= TITLE_COPY_MIN_WORDS:
            return k
        if unit.word_count > MENU_LINE_WORDS:
            return None
    return None


def _prefixed_headline(text: str, later: list[Unit]) -> bool:
    """Whether a line is the page's header with the headline that follows on its own line, a short prefix glued
    before it: the site's name as the title bar sets it ("Berliner Tageblatt - Avec J.D. Vance, la liste…"), or the
    back button ("Retour Le Conseil de l'Europe ouvre…"); or the site's name after a separator ("L'IA au cœur de
    l'élevage - Le Point Vétérinaire.fr")."""
    folded = fold(text)
    for unit in later:
        other = fold(unit.text)
        if unit.kind != "text" or len(other.split()) < TITLE_COPY_MIN_WORDS or len(other) >= len(folded):
            continue
        suffix = folded[len(other) :]
        if folded.startswith(other) and re.match(r"^\s+[-–—|:]\s+\S", suffix) and count_words(suffix) <= PREFIX_WORDS:
            return True  # the title bar's "Headline - Site", above the headline on its own line
        prefix = folded[: -len(other)]
        if folded.endswith(other) and prefix[-1:] == " " and count_words(prefix) <= PREFIX_WORDS:
            glued = " ".join(text.split()[: len(prefix.split())])
            # a site's name (a separator after it, or capitalised words), a button, a label in lower case; not a
            # word of the headline's own ("Pourquoi le Conseil…" above "Le Conseil…")
            return bool(
                re.search(r"[-–—|:>•·]$", glued)
                or NAV.match(glued)
                or glued[:1].islower()
                or (len(glued.split()) >= 2 and all(w[:1].isupper() for w in glued.split()))
            )
    return False


# The switch between the languages of a bilingual site (Belgium, Switzerland), alone above the title: "NL",
# "FR | NL", "Nederlands".
_LANGUAGE_SWITCH = re.compile(
    r"^(?:fr|nl|en|de|it|es|français|nederlands|english|deutsch|italiano|español)"
    r"(?:\s*[|/·•-]\s*(?:fr|nl|en|de|it|es|français|nederlands|english|deutsch|italiano|español))*$",
    re.I,
)
# A series label in square brackets before the title or the lead: "[Série « L’IA au bureau », épisode 2]",
# "[Feuilleton 3/5]" (the press's series convention: the series' name and the episode's number).
_SERIES_LABEL = re.compile(
    r"^\[\s*(?:série|feuilleton|saga|épisode|chronique|dossier|grand format)\b[^\[\]]{0,120}\]\s*", re.I
)
# A blog post's meta line, its date and its comments link ("2025-04-18 | Commenter"), glued into the text of a page
# copied without its line breaks: "… la vie privée. 2025-04-18Comment Dès cette semaine…". The ISO date glued to
# the link's word, after a sentence's end, is no prose.
_GLUED_POST_META = re.compile(
    r"(?<=[.!?»”] )(?P<date>(?:19|20)\d\d-\d\d-\d\d)(?:\d+\s*)?"
    r"(?:comments?|commentaires?|commenter|réagir|réactions?|partager)\b\s*",
    re.I,
)


_DAY_WORDS = r"\d{1,2}(?:er)?\s+[a-zéû]+\.?\s+(?:19|20)\d\d(?:\s+à\s+\d{1,2}\s*[h:]\s*\d\d)?"
_GLUED_BYLINE_DATE = re.compile(
    r"(?<=[.!?»”] )Par\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,3}"
    r"(?:\s+(?:et|avec)\s+[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,3})?)\.?\s+"
    rf"Publiée?\s+le\s+(?P<date>{_DAY_WORDS})(?:\s*[-–|]\s*(?:Mis|Mise)\s+à\s+jour\s+le\s+{_DAY_WORDS})?\s*"
)


def _crumb_end(text: str, crumbs: int) -> int:
    """Where the separator after the first ``crumbs`` parts of a breadcrumb ends in ``text``."""
    end = 0
    for _ in range(crumbs):
        separator = _CRUMB_SEPARATOR.search(text, end)
        if separator is None:
            return len(text)
        end = separator.end()
    return end


_GLUED_TIME = re.compile(r"^\d{1,2}[:h]\d\d(?=\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d)")


# A date line with its label, the time perhaps, glued to the capital of the sentence after it: "Publié le 24/07/2025
# à 14:50France Travail reconnaît…", "Mis à jour le 3 mars 2025 à 10h12 Le maire a…".
_LABELLED_DATE_GLUED = re.compile(
    r"^(?P<line>(?:Publié|Publiée|Mis\s+à\s+jour|Modifié|Paru)\s+le\s+"
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:[a-zé]+\s+)?\d{1,2}(?:er)?\s+[a-zéû.]+\s+\d{4})"
    r"(?:\s*(?:à|-|,)?\s*\d{1,2}\s*[:h]\s*\d{2})?)\s*(?=[A-ZÀ-ÖØ-Þ«“\"][a-zà-öø-ÿ’' ])"
)


GLUED_SENTENCE_WORDS = 5  # words of the sentence a date line is glued to, at least (fewer: the line's own tail)


def _date_prefix(text: str) -> tuple[str, str, dt.date | str] | None:
    """A date opening a line: (the date as written, the rest, the date or its month 'YYYY-MM') or None.

    The time a template glues before the day ("11:3427/01/2025") and one word after it (a weekday or a place in
    the site's own language: "27/01/2025, Pazartesi") belong to the date line."""
    glued = _GLUED_TIME.match(text)
    if glued is not None:
        found = _date_prefix(text[glued.end() :])
        return (text[: glued.end()] + found[0], found[1], found[2]) if found is not None else None
    bracketed = _BRACKETED_POSTED.match(text)
    posted = parse_french_date(bracketed.group("note")) if bracketed is not None else None
    if bracketed is not None and posted is not None:
        return text[: bracketed.end()].strip(), text[bracketed.end() :].strip(), posted
    match = _DATE_PREFIX.match(text)
    if not match:
        short = _SHORT_YEAR_LINE.match(text.strip())
        return (text.strip(), "", _short_year_date(short)) if short and _short_year_date(short) else None
    written = match.group("date")
    month = _MONTH_ONLY.match(written)
    date = _month(month.group("y"), month.group("m")) if month else parse_french_date(written)
    if date is None:
        return None
    rest = text[match.end() :].strip()
    if rest and " " not in rest and rest[:1].isupper() and rest.isalpha():
        return text.strip(), "", date
    if rest and _DATE_LINE_TAIL.fullmatch(rest):
        return text.strip(), "", date
    return text[: match.end()].strip(), rest, date


# The time and the age after the day, slashes between them, as a wire's archived page prints its date line: "6 mars
# 2008 / 07:56 / il y a 9 ans".
_DATE_LINE_TAIL = re.compile(
    r"(?:/\s*)?\d{1,2}[h:]\d\d(?:\s*/\s*il y a (?:\d+|un|une) (?:ans?|mois|jours?|heures?|minutes?))?"
    r"|(?:/\s*)?il y a (?:\d+|un|une) (?:ans?|mois|jours?|heures?|minutes?)"
    # the update's day and time after the label, the print button after them: "Act: 19.03.2020 10:30 Print"
    r"|(?:act(?:ualisé(?:\s+le)?|\.)?|maj|mis à jour(?:\s+le)?)\s*:?\s*\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d"
    r"(?:\s+(?:à\s+)?\d{1,2}[h:]\d\d)?(?:\s+(?:print|imprimer))?",
    re.I,
)


# Wire copy opens its lead with a dateline naming the place and the agency: "PARIS (AFP) - ",
# "MILAN (AP) - ", "Paris, France | AFP | dimanche 10/12/2023 - ", "BRUXELLES, 4 mars (Reuters) - "; a dispatch
# written in several cities names them all, in capitals joined by "/": "GENÈVE/ZURICH (Reuters) - ".
_AGENCIES = (
    r"(?:AFP|AP|Reuters|Belga|ATS|ANSA|DPA|Xinhua|Bloomberg|APS|MAP|AFP[ -]Services|AA|Anadolu"
    # the national agencies of Tunisia, Côte d'Ivoire, the Emirates, Qatar, Kuwait, Korea, Japan, Russia, and the
    # African agencies APA and PANA, as francophone sites reprint them
    r"|TAP|AIP|WAM|QNA|KUNA|Yonhap|Kyodo|TASS|APA|PANA"
    # …and the national agencies of the Congo, Guinea, Burkina Faso, Niger, Togo, Benin and Mali
    r"|ACP|AGP|AIB|ANP|ATOP|ABP|AMAP"
    r"|Keystone[- ](?:ATS|SDA)(?:[ /-]ATS)?)"  # the Swiss agency, as it signs in French: "Keystone-ATS", "Keystone-SDA"
)
_WIRE_DATELINE = re.compile(
    r"^(?P<line>[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:[ -][A-ZÀ-ÖØ-Þ][\w’'.-]*){0,3}"
    r"(?:\s*/\s*[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:[ -][A-ZÀ-ÖØ-Þ][\w’'.-]*){0,3}){0,3}(?:,\s*[^,|()\n]{2,30}?)?\s*"
    # (a comma may close the day before the agency: "PARIS, 20 mai 2025, (WAM) –")
    # (the Swiss financial wire's name before the agency it relays, in small letters: "New York (awp/afp) -"; the
    # German agency's financial service: "Kiev (dpa-AFX) –")
    rf"(?:,?\s*\(\s*(?P<agency>(?:awp\s*/\s*)?(?:{_AGENCIES}|afp)|dpa-AFX)(?:\s*/\s*[\w ]{{1,30}})?\s*\)"
    rf"|\|\s*(?P<agency2>{_AGENCIES})\s*\|(?P<date>[^|\n]{{0,40}}?))"
    # (the dash typed as two hyphens, as Xinhua's French service does: "XIAMEN, 3 avril (Xinhua) -- "; a stop
    # before it, as the ACP sets it: "Kinshasa, 02 juillet 2023 (ACP).- ")
    r"\s*\.?(?:--|[-–—:])\s+)(?=\S)"
)


# Financial news sites sign their lead like a wire, with their own name and a double dash: "Investing.com -- …",
# "Boursier.com — …" (a single hyphen only between spaces).
# The domain may stand in brackets ("(Boursier.com) — …"), and African sites open their lead with their name in
# square brackets and a dash, as a wire does with its agency: "[Vitrine du Cameroun] – Sous le haut patronage…".
_SITE_DATELINE = re.compile(
    r"^(?:(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|io|[a-z]{2})"
    r"|\(\s*(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|io|[a-z]{2})\s*\)"
    r"|\[\s*[A-ZÀ-ÖØ-Þ][^\[\]]{1,40}\]"
    # …or its name of two words in brackets, before a long dash: "(CIO Mag) – …"
    r"|\(\s*[A-ZÀ-ÖØ-Þ][\w’'.&-]*\s+[A-ZÀ-ÖØ-Þ][\w’'.&-]*\s*\)(?=\s*[–—]|\s+-\s+(?-i:[A-ZÀ-ÖØ-Þ])))"
    r"(?:\s*(?:--|—|–)\s*|\s+-\s+|\s+:\s+)(?=\S)",
    re.I,
)
# A wire agency's name as it signs a dispatch: its acronym, or "Agence" and its name ("Agence QMI", "Agence
# France-Presse", "Agence Nordique de Presse"), or the Canadian wire's "La Presse canadienne".
_AGENCY_NAME = (
    rf"(?:{_AGENCIES}|QMI|Agence(?:\s+(?:de\s+la|de|du|des|d[’'])?\s*[A-ZÀ-ÖØ-Þ][\w’'-]*){{1,4}}"
    r"|(?:La\s+)?Presse\s+[Cc]anadienne)"
)
# The agency's dateline on a line of its own, as Anadolu prints it: the agency, the place, the writer
# ("AA / Paris / Jeanne Roux"); or the agency alone on its line under the headline, the dispatch's byline
# ("Agence QMI", "AFP", "Belga"): the agency is the author, as written.
_AGENCY_LINE = re.compile(
    # (the acronym printed twice, or with the name in full, as a portal's byline field repeats it: "ATS ATS", "AFP
    # Agence France-Presse")
    rf"^(?P<agency>{_AGENCY_NAME})(?:\s+(?:Agence\s+France[- ]Presse|(?P=agency)))?"
    rf"(?P<dateline>\s*/\s*{_PLACE}(?:\s*/\s*(?P<name>[A-ZÀ-ÖØ-Þ][^/]{{2,50}}))?)?$"
)


# A person's name in two or three capitalised words ("Jeanne Roe", "Hugues Le Roe").
_PERSON_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,2}"
# A writer's name and a head fact side by side (see read_head): "Jeanne Roe 18 min de lecture", "Jeanne Roe Publié le".
_NAME_THEN_FACT = re.compile(
    rf"^(?P<name>{_PERSON_NAME})\s*,?\s+"
    r"(?P<fact>(?i:\d{1,3}\s*min(?:utes?)?\.?(?:\s+de\s+lecture)?|(?:publiée?|mise? à jour)\s+le\b.*))$"
)


# A blog platform's post header copied with its three facts glued (Wix's "Rudy Roe15 mars 20262 min de lecture"):
# the writer's name, the date, the reading time, no space between them.
_GLUED_POST_HEADER = re.compile(
    r"^(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]*[a-zà-öø-ÿ](?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]*[a-zà-öø-ÿ]){1,2})\s*"
    r"(?P<date>\d{1,2}\s+[a-zéûà]+\.?\s+\d{4})\s*(?P<minutes>\d{1,3})\s*min(?:utes?)?\.?(?:\s+de\s+lecture)?$"
)
# (the comma may be lost in the copy, the agency's name in full: "Jeanne ROE Agence France-Presse")
_NAME_AGENCY = re.compile(rf"^(?P<name>[^,]{{3,60}}?)(?:,\s+(?:{_AGENCY_NAME})|\s+Agence\s+France[- ]Presse)\s*$")
# The Quebec dailies' byline, the writer's name above the paper's, copied onto one line: "Gabriel Roe La Presse",
# "Louise Roe Le Devoir".
_NAME_PAPER = re.compile(
    r"^(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,2})\s*,?\s+"
    r"(?:La\s+Presse|Le\s+Devoir|Le\s+Soleil|Le\s+Droit|Le\s+Nouvelliste|La\s+Tribune|Le\s+Quotidien"
    r"|Le\s+Journal\s+de\s+(?:Montréal|Québec))$"
)
# A radio's web byline, the editor's initials and the reporter: "C.P. avec Virginie Roe".
_INITIALS_WITH = re.compile(
    r"^(?P<name>(?:[A-ZÀ-ÖØ-Þ]\.\s*){1,3}\s*avec\s+[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,2})$"
)
# crew_credits: a broadcaster's report signed by its crew, each by the first name's initial and the surname, as the
# public channels' sites print it under the headline ("A. Roe, C. Doe, E. Poe", "TF1 | Reportage A. Roe, C. Doe",
# "Article rédigé par France 3 - J.Roe, E.Doe", the channel after them perhaps: "… France 2 France Télévisions"):
# the names are the authors.
_CREW_MEMBER = r"[A-ZÀ-ÖØ-Þ]\.\s?(?:[A-ZÀ-ÖØ-Þ]\.\s?)?[A-ZÀ-ÖØ-Þ][\w’'-]+(?:[ -][A-ZÀ-ÖØ-Þ][\w’'-]+)?"
_CHANNEL = r"(?:TF1|France\s?[2-5]|France\s+Télévisions|France\s+Info|franceinfo|M6|BFMTV|LCI)"
_CREW_CREDITS = re.compile(
    rf"^(?:{_CHANNEL}\s*\|\s*)?(?:Reportage\s+|Article\s+rédigé\s+par\s+{_CHANNEL}\s*[-–—]\s*)?"
    rf"(?P<name>{_CREW_MEMBER}(?:\s*,\s*{_CREW_MEMBER})*(?:\s*,\s*|\s+(?:et|&)\s+){_CREW_MEMBER})"
    rf"(?:\s+{_CHANNEL}){{0,2}}$"
)
# initials_byline: the writer's initials with their stops, alone on their line under the headline or its standfirst,
# as the regional and popular dailies sign a brief ("C.D.", "B.D."), with the agency that helped perhaps ("M.R. avec
# AFP"): the initials are the author (see read_head, beside _INITIALS).
_INITIALS_ALONE = re.compile(
    rf"^(?P<name>[A-ZÀ-ÖØ-Þ]\.\s?[A-ZÀ-ÖØ-Þ]\.(?:\s?[A-ZÀ-ÖØ-Þ]\.)?)(?:\s+avec\s+(?:{_AGENCY_NAME}))?$"
)


def _agency_byline(unit: Unit | None) -> bool:
    """Whether a line is a wire agency's name alone (:data:`_AGENCY_LINE`), set apart from the line above by a blank
    line: the dispatch's byline under its headline, not the credit glued under a picture's caption."""
    if unit is None or unit.kind != "text" or unit.markdown or not unit.blank_before:
        return False
    match = _AGENCY_LINE.match(unit.text)
    return match is not None and not match.group("dateline")


def _credit_above(removed: list[Removal], above: Unit) -> bool:
    """Whether the line above was just taken as a picture's caption or credit."""
    return bool(removed) and removed[-1].line == above.line and removed[-1].rule == "credit"


# The Swiss agency's dateline is its name alone in brackets, no place: "(Keystone-ATS) Le robot…".
_AGENCY_OPENING = re.compile(rf"^\(\s*(?P<agency>{_AGENCIES})\s*\)\s*(?:[-–—]\s*)?(?=[A-ZÀ-ÖØ-Þ«“\"])")


_PUBLISHED_BY = re.compile(
    rf"\b(?:published by|publiée? (?:à l[’']origine |d[’']abord )?par)\s+(?P<agency>{_AGENCIES})\b"
)


# any_agency_wire: a wire dateline whose agency is not a known one, when its shape leaves no doubt: the city (in
# capitals, or a capital and lower case), the day and the month, the agency's name in brackets and a dash
# ("LINHAI, 17 novembre (Huaxin) --", "Milan, 12 février (LaPresse) –"), or between slashes as the Russian wire
# sets it ("HONG KONG, 31 janvier. /TASS/.").
# A place in small letters, of one to three words ("Francfort", "Saint-Denis de la Réunion" aside), and an agency's
# name in brackets, up to four capitalised words, before the dash ("(Agence Ouest Info) -").
_WIRE_PLACE = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’'-]+(?:[ -][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’'-]+){0,2}"
_BRACKETED_AGENCY = (
    r"\s*\(\s*(?P<agency>[A-ZÀ-ÖØ-Þ][\w&.-]{1,20}(?:\s+[A-ZÀ-ÖØ-Þ][\w&.-]{1,20}){0,3})\s*\)\s*(?:--|[-–—])"
)
_DATED_WIRE = re.compile(
    r"^(?P<line>(?:[A-ZÀ-ÖØ-Þ]{2,}(?:[ -][A-ZÀ-ÖØ-Þ]{2,}){0,3}"
    rf"|{_WIRE_PLACE})"
    # (the country in brackets after a city abroad, as La Presse sets it: "Francfort (Allemagne), 30 septembre")
    r"(?:\s*\([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’'-]+(?:[ -][A-ZÀ-ÖØ-Þa-zà-öø-ÿ][a-zà-öø-ÿ’'-]+){0,2}\))?"
    rf",\s*(?P<date>\d{{1,2}}(?:er)?\s+(?i:{_MONTH_NAMES})\.?(?:\s+(?:19|20)\d\d)?)"
    rf"(?:{_BRACKETED_AGENCY}"
    r"|\.?\s*/\s*(?P<slashed>[A-ZÀ-ÖØ-Þ][\w&.-]{1,20})\s*/\s*\.?)\s+)"
    r"(?=\S)"
)


# …or with no day, when the place is in capitals and the agency an acronym in capitals, as the Canadian wires and
# the governments' news services set it: "FREDERICTON (GNB) –", "OTTAWA (PC) —"; or a known agency in small
# letters, with the agency it relays after a slash, as the Swiss financial wire sets it: "BUENOS AIRES (awp/afp) -".
_CAPS_WIRE = re.compile(
    r"^(?P<line>[A-ZÀ-ÖØ-Þ]{2,}(?:[ -][A-ZÀ-ÖØ-Þ]{2,}){0,3}\s*\(\s*"
    rf"(?P<agency>[A-ZÀ-ÖØ-Þ]{{2,6}}|(?i:awp|{_AGENCIES})(?:\s*/\s*(?i:{_AGENCIES}))?)\s*\)\s*(?:--|[-–—])\s+)"
    r"(?=\S)"
)
# The Quebec dailies' dateline: the place in capitals, the region after a comma, a vertical bar, the agency in
# brackets when the story is a wire's ("DAVOS, Suisse | Contrairement…", "WASHINGTON | (AFP) Sous pression…").
_BAR_DATELINE = re.compile(
    r"^(?P<line>[A-ZÀ-ÖØ-Þ]{2,}(?:[ -][A-ZÀ-ÖØ-Þ]{2,}){0,3}(?:,\s*[A-ZÀ-ÖØ-Þ][\w’'-]+(?:[ -][\w’'-]+){0,2})?"
    # (a sentence after the bar, not a menu's next item in capitals: "COURS | GRAPHIQUES | ACTUS |")
    rf"\s*\|\s*(?:\(\s*(?P<agency>{_AGENCIES}|QMI)\s*\)\s*)?)(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’']|[ÀÂÉÈ]\s|[«“\"])"
)


# The Italian agency's French service dates its copy with "le" and the month cut short, the agency in brackets
# after: "Rome, le 26 nov. (LaPresse) –", "Bruxelles, le 20 février. (LaPresse) –".
_LE_DATED_WIRE = re.compile(
    rf"^(?P<line>{_WIRE_PLACE}"
    rf",\s*le\s+(?P<date>\d{{1,2}}(?:er)?\s+(?i:{_MONTH_NAMES}|(?:janv|févr?|avr|juil|sept|oct|nov|déc)(?=\.))\.?"
    rf"(?:\s+(?:19|20)\d\d)?){_BRACKETED_AGENCY}\s+)(?=\S)"
)


# A news portal's copy of an agency's dispatch, stamped with the time it was received in brackets, the place (its
# country in brackets perhaps), the agency in brackets, no dash: "[23/08/2006 12:04:32] PARIS (AFP) Les caprices…",
# "[16/04/2014 12:03:39] Carquefou (France) (AFP) Au lendemain…".
_STAMPED_WIRE = re.compile(
    r"^(?P<line>\[(?P<date>\d{1,2}/\d{1,2}/(?:19|20)\d\d)\s+\d{1,2}:\d\d(?::\d\d)?\]\s+"
    r"[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:[ -][A-ZÀ-ÖØ-Þa-zà-ÿ][\w’'.-]*){0,3}(?:\s*\([A-ZÀ-ÖØ-Þ][\w’' -]{1,30}\))?"
    rf"\s*\(\s*(?P<agency>{_AGENCIES})\s*\)\s*(?:[-–—]\s*)?)(?=\S)"
)


def _dated_wire(text: str) -> re.Match[str] | None:
    """A wire dateline naming its place (:data:`_WIRE_DATELINE`, :data:`_STAMPED_WIRE`, :data:`_DATED_WIRE`,
    :data:`_LE_DATED_WIRE`, :data:`_CAPS_WIRE`, :data:`_BAR_DATELINE`), or None."""
    return (
        _WIRE_DATELINE.match(text)
        or _STAMPED_WIRE.match(text)
        or _DATED_WIRE.match(text)
        or _LE_DATED_WIRE.match(text)
        or _CAPS_WIRE.match(text)
        or _BAR_DATELINE.match(text)
    )


def _wire_agency(text: str) -> str | None:
    """The agency a wire dateline names, if any."""
    match = _AGENCY_OPENING.match(text) or _dated_wire(text)  # (the first opens with "(", the others never do)
    if match is None:
        return None
    return match.group("agency") or match.groupdict().get("agency2") or match.groupdict().get("slashed")


# A dispatch's place and day opening the lead, then a dash, as government and agency releases set it: "Abidjan, le
# 11 février 2025- Une délégation…".
_PLACE_DATE_DASH = re.compile(
    rf"^(?P<line>{_PLACE},\s+le\s+\d{{1,2}}(?:er)?\s+(?:{_MONTH_NAMES})\s+(?:19|20)\d\d\s*[-–—]\s*)(?=[A-ZÀ-ÖØ-Þ«“\"])",
    re.I,
)


# La Presse's dateline, the city alone in brackets opening the lead: "(Québec) Le maire de Québec a défendu…".
_BRACKETED_PLACE = re.compile(
    r"^\((?P<place>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’'-]+(?:[ -](?:[A-ZÀ-ÖØ-Þ]|d[’'])[\w’'-]+){0,3})\)\s+(?=[A-ZÀ-ÖØ-Þ«“\"])"
)


# A place with its country, or "De" and the place, alone on a line above the headline.
_PLACE_ALONE = re.compile(
    rf"^(?:{_PLACE},\s+(?:France|Belgique|Suisse|Luxembourg|Canada|Québec|Monaco|Sénégal|Maroc|Algérie|Tunisie"
    rf"|Cameroun|Côte d[’']Ivoire)|De\s+{_PLACE})$"
)
# The special envoy's dateline opening the lead: "Al-Geneina (Soudan), de notre envoyée spéciale.– Des abris…".
_ENVOY_DATELINE = re.compile(
    rf"^(?P<line>{_PLACE}(?:\s*\([^()]{{2,30}}\))?,\s+de\s+(?:notre|nos)\s+(?:envoyée?s?\s+spéciale?s?"
    r"|envoyés\s+spéciaux|correspondante?s?(?:\s+permanente?s?)?)\s*\.?\s*[–—-]+\s*)(?=\S)"
)


# A press archive's (Europresse's) header: the paper, perhaps its edition, an empty field between two dashes, the page
# or rubric, then the writer: "Le Parisien (Paris) - - FAIT DU JOUR -", "Causeur - - Sommaire N° 46 - Par Jeanne Roe".
_ARCHIVE_HEADER = re.compile(
    r"^(?P<paper>[^\s-](?:(?!\s-\s).){1,60}?)(?:\s+-\s+(?P<edition>(?:(?!\s-\s).){2,40}?))?\s+-\s+-\s+"
    r"(?P<rubric>(?:(?!\s-(?:\s|$)).){2,60}?)\s+-(?:\s+(?P<rest>\S.{0,80}))?$"
)


def _wire_dateline(text: str) -> tuple[str, str, dt.date | None] | None:
    """A wire dateline opening a paragraph: (the dateline, the rest, the date it gives) or None."""
    opening = _AGENCY_OPENING.match(text) or _ENVOY_DATELINE.match(text)
    if opening is not None:
        return opening.group().strip(), text[opening.end() :], None
    place = _BRACKETED_PLACE.match(text)
    names = re.split(r"[ -]|[’']", place.group("place")) if place is not None else []
    if place is not None and any(w[:1].isupper() and not is_french_word(w.casefold()) for w in names):
        # (a place's name, not words of the language only: "(Vidéo)", "(Photo)" label a medium; "(Les
        # Sables-d'Olonne)" is a place)
        return place.group().strip(), text[place.end() :], None
    match = _dated_wire(text)
    if not match:
        site = _SITE_DATELINE.match(text)
        if site is None:
            dated = _PLACE_DATE_DASH.match(text)
            if dated is None:
                return None
            return dated.group("line").strip(), text[dated.end() :], parse_french_date(dated.group("line"))
        return (text[: site.end()].strip(), text[site.end() :], None)
    date = parse_french_date(match.groupdict().get("date") or "") or parse_french_date(match.group("line"))
    return match.group("line").strip(), text[match.end() :], date


# A dispatch's lead opened by the place it was written in and a dash, without the agency's name (the dateline of
# the AFP or the APS as a reprint keeps it): "Dakar — La jeune pousse…", "Paris – Le fondateur de…". The place is
# one to four capitalised words (not a person's first name: "Jeanne Roux – …"), the lead a paragraph.
# (a hyphen between spaces does as well, "Marrakech - Le Maroc…", or two typed for the dash, "LONDRES -- Le…"; and
# the place in capitals may take a colon, as reprints of the AFP set it: "SAN FRANCISCO : Des années de pratique…")
_PLACE_DASH = re.compile(
    # (places of a dispatch written in two, joined by a slash: "LUXEMBOURG/FRANCE - Le Premier ministre…")
    rf"^(?P<line>(?:{_PLACE}(?:/{_PLACE})?\s+(?:[–—]|--?(?=\s))|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’' -]{{2,30}}[A-ZÀ-ÖØ-Þ]\s*:)\s+)"
    r"(?=[A-ZÀ-ÖØ-Þ«“\"])"
)
PLACE_DASH_LEAD_WORDS = 15
# A firm's or a product's name, not a place: a capital inside the word ("OpenAI", "DeepSeek") or a short acronym
# ("Mistral AI", "Meta IA").
_BRAND_WORD = re.compile(r"[a-zà-öø-ÿ][A-ZÀ-ÖØ-Þ]|^[A-Z]{2,3}$")


def _place_dash(unit: Unit) -> tuple[str, str, None] | None:
    """A place dateline opening a lead (:data:`_PLACE_DASH`): (the dateline, the rest, no date) or None."""
    if unit.kind != "text" or unit.markdown:
        return None
    match = _PLACE_DASH.match(unit.text)
    line = match.group("line").replace("/", " ") if match else ""
    tokens = [t.rstrip(":") for t in line.split() if t not in ("-", "–", "—", ":")]
    capitals = len(tokens) > 1 and all(token.isupper() for token in tokens)  # "SAN FRANCISCO": a place, no acronym
    if not tokens or is_first_name(tokens[0]) or (not capitals and any(_BRAND_WORD.search(t) for t in tokens)):
        return None
    lead = unit.text[match.end() :]
    if count_words(lead) < PLACE_DASH_LEAD_WORDS or not lead.rstrip().endswith((".", "!", "?", "…", "»", '"', "”")):
        return None
    return match.group("line").strip(), lead, None


# A blog's or a news site's post line, one line for the kind of post, the day, the rubric and the writer: "Chronique
# publié le 17/11/19 9:11 dans Science et Technologie par Jeanne Roux pour Le Journal", "Publié le 3 mars 2025 dans
# Tech par Jeanne Roux". The day may be written with two digits for the year.
_POSTED = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][\w’'-]*\s+)?(?:publiée?|postée?|mise? en ligne)(?:\s+le\s+|\s*:\s*|\s+)"
    r"(?P<date>\d{1,2}[/.]\d{1,2}[/.]\d\d(?:\d\d)?|\d{1,2}(?:er)?\s+[a-zéûè]+\.?\s+(?:19|20)\d\d)"
    r"(?:\s+(?:à\s+)?\d{1,2}\s*[h:]\s*\d\d)?(?:\s+dans\s+(?P<rubric>[^,|]{1,60}?))?"
    r"\s+par\s+(?P<name>[^,|]{3,60}?)(?:\s+pour\s+[^,|]{1,80})?\s*$",
    re.I,
)
_SHORT_YEAR = re.compile(r"^(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d\d)$")
# …alone on a date line, with its time and the update after it, as Belgian magazines print it: "08/06/17 à 09:02 -
# Mise à jour à 09/06/17 à 09:10".
_SHORT_YEAR_LINE = re.compile(
    r"^(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d\d)(?:\s+(?:à\s+)?\d{1,2}[h:]\d\d)?"
    r"(?:\s*[-–|,]\s*(?i:mis(?:e)?\s+à\s+jour)\b[\d/.:hà ]{0,30})?$"
)
# The publication note in square brackets glued before the lead: "[Article publié le vendredi 26 avril 2024 à 09h29
# et mis à jour à 11h14] Voilà…".
_BRACKETED_POSTED = re.compile(
    r"^\[\s*(?P<note>(?:article\s+|dépêche\s+)?(?:publiée?|parue?|mise?\s+en\s+ligne|mise?\s+à\s+jour)\b[^\[\]]{4,120})"
    r"\]\s*",
    re.I,
)


def _posted(text: str) -> tuple[dt.date | None, str] | None:
    """The day and the writer of a post line (:data:`_POSTED`), or None when the name is not a name."""
    match = _POSTED.match(text) if len(text) <= HEAD_LINE_CHARS else None
    if match is None or not looks_like_name(match.group("name")):
        return None
    written = match.group("date")
    short = _SHORT_YEAR.match(written)
    if short is None:
        return parse_french_date(written), match.group("name")
    return _short_year_date(short), match.group("name")


def _short_year_date(short: re.Match[str]) -> dt.date | None:
    """The day a "17/11/19" date gives: a web page's two-digit year is of this century."""
    try:
        return dt.date(2000 + int(short.group("y")), int(short.group("m")), int(short.group("d")))
    except ValueError:
        return None


HEAD_FACTS = ("byline", "dateline", "reading-time")  # the rules that take the head's facts
HEADER_REPEAT_WORDS = 8  # a name in the site's header printed twice ("Le Matin de la Radio, Première.")
HEADER_UNITS = 40  # a site's header (its name, its tagline, its menu) holds at most this many lines


# The anchor a page's skip link leads to, where its content starts: "Début du contenu", "Début du contenu principal".
CONTENT_START = re.compile(r"^début du (?:contenu|texte)(?: principal)?\s*\.?$", re.I)


def _site_header(units: list[Unit]) -> int:
    """How many units at the top are the site's header: its name, its tagline, its menu, set above a breadcrumb
    whose last crumb is the headline printed on the next line ("Accueil > Articles > Février 2025 > Un titre
    coupé (…)" above "Un titre coupé à sa fin"; the breadcrumb stays, for its own rule), or above the anchor its
    skip link leads to ("Début du contenu", which goes with the header). Only short lines come above (none of
    the article's paragraphs); 0 when there is no such line."""
    masthead = _masthead(units)
    if masthead:
        return masthead
    named = _logo_named(units)
    if named:
        return named
    tagline = _tagline_alone(units)
    if tagline:
        return tagline
    twice = _headline_twice(units)
    if twice:
        return twice
    for index, unit in enumerate(units[:HEADER_UNITS]):
        if unit.kind == "text" and not unit.markdown and CONTENT_START.match(unit.text):
            return index + 1
        if index and unit.kind == "text" and not unit.markdown and index + 1 < len(units):
            crumb = breadcrumb(unit.text)
            if crumb is not None and crumb[1] and _title_copy(crumb[1], fold(units[index + 1].text)):
                return index
        if unit.word_count > HEADING_MAX_WORDS:
            return 0
    return 0


HEADLINE_TWICE_GAP = 4  # the headline's second copy comes this many lines after the first at most
HEADLINE_TWICE_WORDS = (4, 25)  # a headline's length, in words
HEADLINE_TWICE_TOP = 7  # the first copy comes this close to the top
HEADER_LINE_WORDS = 5  # a line of the menu or the site's name above the first copy is this short, no date in it
_DATE_LIKE = re.compile(r"\d{1,2}[/.:h]\d{2}|\b(?:19|20)\d\d\b")  # a date or a time in a line: a date line


def _headline_twice(units: list[Unit]) -> int:
    """headline_twice: a page prints its headline twice near the top (the page's title, then the article's, a
    rubric or a date between them), under the site's menu and name ("Abonnement 1€" / "Le Journal du Sud" /
    "Un titre" / "Actualité" / "Un titre"): the short lines above the first copy are the site's header. Returns how
    many units they are (0 when the first copy opens the page, or no line is printed twice)."""
    low, high = HEADLINE_TWICE_WORDS
    for index, unit in enumerate(units[:HEADLINE_TWICE_TOP]):
        if index and unit.kind == "text" and low <= unit.word_count <= high and _headline_again_below(units, index):
            return index
        if unit.kind != "text" or unit.markdown or unit.word_count > HEADER_LINE_WORDS or _DATE_LIKE.search(unit.text):
            return 0  # (a paragraph, a date line or a byline above: no menu, the head's own rules read it)
        if unit.text.casefold().startswith(("par ", "by ")):
            return 0
    return 0


def _headline_again_below(units: list[Unit], index: int) -> bool:
    """Whether the line at ``index`` reads as a headline printed again a few lines below (see _headline_twice)."""
    unit = units[index]
    if unit.markdown or unit.text.rstrip().endswith("."):
        return False
    # (not the very next line: a picture's caption printed twice is its alternative text, then its caption)
    later = units[index + 2 : index + 1 + HEADLINE_TWICE_GAP]
    return any(other.kind == "text" and other.text.strip() == unit.text.strip() for other in later)


_SITE_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:[ -](?:(?:de|du|des|la|le)\s+|d[’'])?[A-ZÀ-ÖØ-Þ0-9][\w’'.-]*){0,2}$")
# A site's tagline names what it is: "Quotidien d'informations destiné aux élus locaux", "Toute l'actualité de…".
_SITE_KINDS = r"quotidien|hebdomadaire|mensuel|magazine|journal|site|média|portail"  # what a site says it is
_TAGLINE = re.compile(
    rf"^(?:(?:le|un|votre)\s+)?(?:{_SITE_KINDS})\b"
    r"|^(?:toute\s+)?l[’']actualité\b|^l[’']information\b|^votre\s",
    re.I,
)


# A site's tagline alone at the top, what the site is and for whom: "Le magazine des maires et présidents
# d'intercommunalité", "LE MAGAZINE DES VILLES ET DES TERRITOIRES CONNECTÉS". No verb of a headline follows the noun,
# and no figure (an issue's line, "Le Mensuel du Code n° 47 – avril 2025", has its own rule).
_TAGLINE_ALONE = re.compile(
    rf"^(?!.*\d)(?:le|la|un|une|votre)\s+(?:{_SITE_KINDS}|revue)"
    r"\s+(?:de|des|du|d[’']|en ligne|indépendant|numérique)\b[^.!?:;]*$",
    re.I,
)
TAGLINE_WORDS = 16


def _tagline_alone(units: list[Unit]) -> int:
    """How many units a tagline alone at the top takes (with the site's name glued under it: 2), or 0. A headline
    must come after it ("Le journal de Mickey fête ses 90 ans", alone, is the title)."""
    first = units[0] if units else None
    if (
        first is None
        or first.kind != "text"
        or first.markdown
        or not 3 <= first.word_count <= TAGLINE_WORDS
        or not _TAGLINE_ALONE.match(first.text)
    ):
        return 0
    taken = 2 if len(units) > 1 and not units[1].blank_before and _SITE_NAME.match(units[1].text) else 1
    later = units[taken : taken + 6]
    if not any(_reads_as_title(u, u) for u in later):
        return 0
    return taken


def _logo_named(units: list[Unit]) -> int:
    """How many units at the top belong to a header whose logo names the site: its alternative text ("Logo Eco
    Austral") tells that the lines saying only that name ("Eco Austral", printed again above the headline) are the
    site's, with the short lines between them (banners, a stray letter); 0 when no logo names it. Only short lines
    come above."""
    top = units[:HEADER_UNITS]
    logo = next(
        (u for u in top if u.kind == "text" and not u.markdown and _LOGO.match(u.text) and len(u.text.split()) > 1),
        None,
    )
    if logo is None:
        return 0
    name = fold(_LOGO_LABEL.sub("", logo.text, count=1))
    printed = [k for k, u in enumerate(top) if fold(u.text) == name]  # the name alone on a line of its own
    if not printed:
        return 0
    last = max(printed[-1], top.index(logo))
    if any(u.word_count > HEADING_MAX_WORDS for u in top[: last + 1]) or last + 1 >= len(units):
        return 0
    return last + 1


def _masthead(units: list[Unit]) -> int:
    """How many units the site's masthead copied above the headline takes (0 when none): its tagline and its name on
    two lines glued together, in either order ("Quotidien d'informations destiné aux élus locaux" / "Maire-info"),
    or its name and the rubric under it ("RMC" / "Éducation", "BFMTV" / "Police-Justice"), a blank line, then the
    headline; the menu's button glued above them ("Menu" / "Libération" / "Reportage") goes with them."""
    skip = 1 if units and not units[0].markdown and NAV.match(units[0].text) and units[0].word_count <= 2 else 0
    units = units[skip:]
    if len(units) < 3 or units[0].markdown or units[1].blank_before or not units[2].blank_before:
        return 0
    first, second = units[0], units[1]
    if (
        first.kind == second.kind == "text"
        and _SITE_NAME.match(first.text)
        and first.word_count <= 3
        and units[2].kind == "text"
        and units[2].word_count <= TITLE_MAX_WORDS
        and (
            _SECTION_ONLY.match(second.text)
            # (a rubric no list holds, a short capitalised label without a stop, above a headline that reads as one)
            or (
                _RUBRIC_LABEL.match(second.text)
                and not is_first_name(second.text.split()[0])  # (a byline: "PARIS" / "JEANNE ROUX")
                and cruft_reason(second) is None  # (a line with a rule of its own keeps it: "Live terminé")
                and _reads_as_title(units[2], units[3] if len(units) > 3 else None)
            )
        )
    ):
        return skip + 2  # the logo's name and the rubric's link glued under it: "RMC" / "Éducation"
    for tagline, name in ((first, second), (second, first)):
        if (
            tagline.kind == name.kind == "text"
            and _SITE_NAME.match(name.text)
            and _TAGLINE.match(tagline.text)
            and 3 <= tagline.word_count <= 10
            and not tagline.text.endswith((".", "!", "?", "…", ":", "»"))
            and _reads_as_title(units[2], units[3] if len(units) > 3 else None)
        ):
            return skip + 2
    return 0


# A rubric's label under the site's name: one to three capitalised words, a hyphen maybe, no stop ("Police-Justice",
# "Prix immobilier", "Canicule").
_RUBRIC_LABEL = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+[\w’'-]+){0,2}$")


def _headline_again(unit: Unit, head: Head) -> bool:
    """Whether a unit kept under the title is the headline printed again (drop_cruft takes it off later)."""
    return head.title is not None and not unit.markdown and _title_copy(_without_rubric(unit.text), fold(head.title))


# A name glued after a standfirst's ellipsis, ending the line: "…ne parle pas…Charlotte Roe".
_GLUED_SIGNATURE = re.compile(r"(?:…|\.\.\.)(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,2})\s*$")
# A date's label and an ISO day or month, as an archive stamps a page: "date 2019-06", "Date : 2019-06-21".
_DATE_LABELLED = re.compile(r"^date\s*:?\s*(?:19|20)\d\d-\d\d(?:-\d\d)?\s", re.I)


# An HTML comment a copy of a page kept in its text: the empty one a React page leaves between two pieces of text
# ("…retiennent la directrice<!-- --> | Atlantico.fr"), or a note of its template.
_HTML_COMMENT = re.compile(r"\s*<!--.*?-->")


# glued_credit: a picture's credit glued to the paragraph after it, the page's break lost ("… la mer. © Claire
# RoeAu port de pêche, ce sont…"): the credit's last word meets the sentence's first, capitalised.
_CREDIT_GLUED_TO_TEXT = re.compile(
    r"©\s*[^©\n]{2,60}?[a-zà-ÿ.)](?=(?:Au|Aux|À|A|Le|La|Les|L[’']|Un|Une|Des|Du|De|Ce|Cet|Cette|Ces|Il|Elle|Ils|Elles"
    r"|On|En|Dans|Pour|Par|Depuis|Après|Avant|Mais|Et|Si|Selon|Alors|Lors|Pourtant|Cependant|C[’']est|Sur|Chez"
    r"|Quand|Lorsque|Comme|Ici|Là|Tous|Toutes|Chaque|Certains|Certaines|Plus|Près|Parmi)\b[\s’'])"
)
GLUED_CREDIT_WORDS = 8  # the paragraph after a glued credit is this long at least


def _split_glued_credits(units: list[Unit]) -> list[Unit]:
    """Each text unit with a picture's credit glued to the paragraph after it (:data:`_CREDIT_GLUED_TO_TEXT`) as
    two: the caption and its credit, which the cleaner removes as such, then the paragraph, kept."""
    out: list[Unit] = []
    for unit in units:
        found = _CREDIT_GLUED_TO_TEXT.search(unit.text) if unit.kind == "text" and "©" in unit.text else None
        if found is None or count_words(unit.text[found.end() :]) < GLUED_CREDIT_WORDS:
            out.append(unit)
            continue
        out.append(replace(unit, text=unit.text[: found.end()]))
        out.append(replace(unit, text=unit.text[found.end() :], blank_before=False))
    return out


def _without_html_comments(units: list[Unit]) -> tuple[list[Unit], list[Removal]]:
    """html_comment: the units of a plain-text copy without the HTML comments the page left in them, each reported
    (a unit that was nothing else goes); a plain-text unit carries no marks."""
    kept: list[Unit] = []
    removed: list[Removal] = []
    for unit in units:
        if "<!--" not in unit.text or unit.marks:
            kept.append(unit)
            continue
        comments = [m.group().strip() for m in _HTML_COMMENT.finditer(unit.text)]
        removed += [Removal(unit.line, comment, "markup") for comment in comments]
        text = _HTML_COMMENT.sub("", unit.text).strip()
        if text:
            kept.append(replace(unit, text=text))
    return kept, removed


def _retext(unit: Unit, text: str) -> Unit:
    """The unit with the end of its text only (a date or a breadcrumb taken off its start), marks shifted."""
    if not unit.marks:
        return replace(unit, text=text)
    cut = len(unit.text) - len(text) if unit.text.endswith(text) else unit.text.find(text)
    marks = tuple(
        tuple((s - cut, e - cut, tag, value) for s, e, tag, value in segment if s >= cut) for segment in unit.marks
    )
    return replace(unit, text=text, marks=marks if cut >= 0 else ())


def _take_date(unit: Unit, dated: tuple[str, str, dt.date | str], head: Head, removed: list[Removal]) -> str:
    """A date opening ``unit`` (:func:`_date_prefix`) goes to the head and the removals; the rest of the line."""
    if isinstance(dated[2], dt.date):
        head.date = head.date or dated[2]
    else:
        head.month = head.month or dated[2]
    removed.append(Removal(unit.line, dated[0], "dateline"))
    return dated[1]


def _crumb_above_headline(text: str, headline: str) -> tuple[str, str] | None:
    """'Accueil Tribunes libres Meta ouvre…' above 'Meta ouvre…': a breadcrumb copied without separators, its
    rubric names unknown, is the start of the line when the rest is the headline the page prints again below."""
    if len(headline) < 20 or not text.endswith(headline) or not _BREADCRUMB_HOME.match(text):
        return None
    crumb = text[: len(text) - len(headline)].strip()
    return (crumb, headline) if crumb and len(words(crumb)) <= 6 else None


# A blog platform's post header lists the author, the day and the reading time as items under the headline
# ("- Jeanne Roux", "- 14 janv.", "- 3 min de lecture"): the day may come without its year. A news aggregator's
# lists the source publication in the author's place ("- L'Écho du Port", "- Tech Info"): a press title opens with
# its article and a capital ("Le Monde", "La Croix", "L'Express", "Les Échos") or names its kind.
_DAY_MONTH = re.compile(rf"^\d{{1,2}}(?:er)?\s+(?:{_MONTH_NAMES})\.?$", re.I)
POST_META_ITEMS = 4
_MEDIA_WORD = (
    r"\b(?:News|Info|Infos|Actu|Actus|Journal|Presse|Press|Magazine|Mag|Hebdo|Quotidien|Gazette|Tribune|Courrier"
    r"|Dépêche|Média|Médias|Media|Times|Post|Daily|TV|Radio|Télé|Nouvelles)\b"
)
_PRESS_TITLE = re.compile(rf"^(?:(?:(?:Le|La|Les)\b|L[’'])\s*[A-ZÀ-ÖØ-Þ]|.*{_MEDIA_WORD})")
# A newsroom's name signing under the headline, in place of a person, as Québec's broadcasters and papers do ("TVA
# Nouvelles", "Radio-Canada Info"): a few capitalised words, one of them a word of the press.
_PRESS_BYLINE = re.compile(
    rf"^(?=.*{_MEDIA_WORD})(?!.*(?i:nouvelles\s+technologies))[A-ZÀ-ÖØ-Þ0-9][\w’'-]*(?:\s+[A-ZÀ-ÖØ-Þ0-9][\w’'-]*){{0,3}}$"
)


def _post_meta(units: list[Unit], start: int) -> list[tuple[str, object]]:
    """The items of a post header list at ``start`` with what each gives: ('byline', name), ('publisher',
    title), ('dateline', date, month or None), ('reading-time', minutes); empty unless every item is one of these,
    with a day or a reading time among them, and one name at most."""
    items: list[tuple[str, object]] = []
    for unit in units[start : start + POST_META_ITEMS + 1]:
        if unit.kind not in ("dash", "bullet") or unit.markdown or (items and unit.blank_before):
            break
        text = unit.text
        reading = _READING.match(text)
        dated = _date_prefix(text)
        byline = _BYLINE.match(text)
        name = byline.group("rest").strip() if byline else text
        if reading:
            items.append(("reading-time", _minutes(reading.group(1))))
        elif dated is not None and not words(dated[1]):
            items.append(("dateline", dated[2]))
        elif _DAY_MONTH.match(text) or parse_month_line(text):
            items.append(("dateline", parse_month_line(text)))
        elif not byline and len(text.split()) <= 4 and looks_like_name(text) and _PRESS_TITLE.match(text):
            items.append(("publisher", text))
        elif len(name.split()) <= 4 and looks_like_name(name) and not any(rule == "byline" for rule, _ in items):
            items.append(("byline", name))
        else:
            return []
    if len(items) > POST_META_ITEMS or not any(rule in ("dateline", "reading-time") for rule, _ in items):
        return []
    return items


# A newsroom's signature: "Par la Rédaction", "La rédaction", "Rédaction Cloud et Industrie de X" (a date and the
# places may follow on the line).
_NEWSROOM = re.compile(r"^(?:par\s+)?(?:la\s+)?rédaction\b", re.I)
NEWSROOM_WORDS = 20


def _newsroom_byline(unit: Unit) -> bool:
    text = unit.text
    return (
        bool(_NEWSROOM.match(text))
        and unit.word_count <= NEWSROOM_WORDS
        and not text.endswith((".", "!", "?", "…", ":", "»", "”"))
    )


# The rank a forum gives its members, printed under the user name in a post's header (phpBB, XenForo, vBulletin
# and their French translations): "Well-known member", "Membre actif", "Modérateur".
_FORUM_RANK = re.compile(
    r"^(?:(?:well-known|new|active|senior|junior|established|registered|banned|verified)\s+member|member|moderator"
    r"|administrator|staff member|(?:nouve(?:au|lle)\s+)?membre(?:\s+(?:actif|active|confirmée?|éminente?|junior|senior"
    r"|régulier|régulière|bien connue?|d[’']honneur|du forum|vip|premium))?|habituée?|modérat(?:eur|rice)(?:\s+global)?"
    r"|administrat(?:eur|rice)|super modérat(?:eur|rice)|contribut(?:eur|rice)(?:\s+actif|\s+active)?|vip)$",
    re.I,
)
_HANDLE = re.compile(r"^[\w.-]{2,30}$")


def _forum_poster(unit: Unit, following: Unit | None) -> bool:
    """A user name ("Jeanne_R", "TchatcheurLunaire", "Jeanne Roux") right above a forum rank line."""
    return (
        unit.kind == "text"
        and following is not None
        and following.kind == "text"
        and bool(_FORUM_RANK.match(following.text))
        and (bool(_HANDLE.match(unit.text)) or (unit.word_count <= 3 and looks_like_name(unit.text)))
    )


def _signature_above_date(unit: Unit, following: Unit | None) -> str | None:
    """'Jeanne Roux - Club des juristes' right above '3/5/2025': a byline without its label, the writer's name
    (a common first name and a surname) then the publication, set above the date line, or above the reading time
    or a date's label whose value was lost ("Temps de lecture :", "Publié le"): the head's facts, one a line."""
    if unit.kind != "text" or following is None or following.kind != "text" or unit.word_count > 10:
        return None
    if not (_head_fact(following.text) or _DOMAIN.match(following.text)):
        return None  # (the site's domain under the writer's name: "Jeanne Roux" / "Le7.info")
    signed = _bare_signature(unit.text)
    # The writer's first name may be missing from the list of common ones ("Rafal Naczyk"): a name no dictionary knows.
    return signed if signed is not None or not is_unlisted_name(unit.text) else unit.text


# A publication's name alone on its line: a few capitalised words, its article perhaps ("Les Trois Coups", "Le
# Courrier du Sud", "France Bleu Isère"), no stop.
_PUBLICATION_NAME = re.compile(
    r"^(?:(?:Le|La|Les)\s+|L[’'])?[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+(?:(?:du|de|des|de\s+la|d[’'])\s*)?[A-ZÀ-ÖØ-Þ0-9][\w’'-]*){0,4}$"
)


def _signature_above_publication(unit: Unit, following: Unit, after: Unit | None) -> str | None:
    """'Jeanne Roux' right above 'Les Trois Coups', the text after them: the writer's name (a common first name and a
    surname) and the publication's, each alone on its line under the headline, as a review or a magazine signs."""
    if unit.kind != "text" or following.kind != "text" or unit.word_count > 4 or following.word_count > 6:
        return None
    if after is None or after.kind != "text" or after.word_count < 12:
        return None  # (the article's text right after them)
    if not _PUBLICATION_NAME.match(following.text) or _bare_signature(following.text) is not None:
        return None  # (two names one under the other are two people, a list)
    signed = _bare_signature(unit.text)
    # (or a name no list knows, its capitalised words no dictionary's, a particle perhaps: "Lorène de Bonnay")
    capitalised = [t for t in unit.text.split() if t[:1].isupper()]
    unlisted = (
        2 <= len(capitalised) <= 3
        and looks_like_name(unit.text)
        and not any(is_french_word(t) for t in capitalised)
        and not is_unlisted_name(following.text)
    )
    return signed or (unit.text.strip() if unlisted else None)


def _lone_menu_item(unit: Unit, following: Unit | None, head: Head) -> bool:
    """A list item of three words at most, alone (text follows it), before the headline: the site's menu, the other
    items lost in the copy ("• Économie"). An article's list has more than one item and comes after its title."""
    return (
        head.title is None
        and unit.kind in ("bullet", "dash")
        and unit.word_count <= 3
        and not unit.text.endswith(tuple(_TERMINAL))
        and following is not None
        and following.kind == "text"
    )


def _rubric_under_title(unit: Unit, following: Unit | None, after: list[Unit]) -> bool:
    """A rubric of one or two words between the headline and the byline or the date ("IAtech", "Santé publique")."""
    if unit.kind != "text" or unit.word_count > 2 or unit.text.endswith(tuple(_TERMINAL)) or following is None:
        return False
    if not unit.text[:1].isupper() or _head_fact(unit.text):
        return False
    if _signature_above_date(unit, following) is not None or _bare_signature(unit.text) is not None:
        return False  # the writer's name itself
    return bool(
        _head_fact(following.text)
        or _BYLINE.match(following.text)
        or _signature_above_date(following, after[0] if after else None)
    )


def _head_fact(text: str) -> bool:
    """A line of the head's facts: a date line, a date alone, a reading time, or the label of either alone."""
    dated = _date_prefix(text)
    return bool(
        _is_dateline(text)
        or (dated is not None and not words(dated[1]))
        or _READING.match(text)
        or _READING_LABEL.match(text)
        or _DATE_LABEL.match(text)
    )


# The copyright year a news agency prints after its name in its signature: "La Presse Canadienne, 2024".
_SIGNATURE_YEAR = re.compile(r",\s*(?:©\s*)?(?:19|20)\d\d$")


_PROFILE_LINK = re.compile(r"\s+(?:Twitter|X|LinkedIn|Linkedin|Facebook|Instagram|Bluesky|Mastodon)$")
_SOURCE_BYLINE = re.compile(
    r"^Source\s*:?\s*(?P<agency>AFP|Reuters|AP|Belga|ATS|Agence France-Presse|Agence France Presse)"
    r"(?:\s*$|(?=Lien copié|Copier le lien))"
)
# Two or three initials, each a capital and perhaps a stop, a hyphenated one too ("T.D.", "H. D", "J.-L. M.").
# (each set off by a stop or a space: "AFP" is an acronym). Regional dailies also sign with the first two letters of
# a name, before its stop or last ("SO. B.", "M. DS.", "A. LG").
_INITIAL = r"[A-ZÀ-ÖØ-Þ](?:\.?-[A-ZÀ-ÖØ-Þ]|[A-ZÀ-ÖØ-Þ](?=\.|$))?"
_INITIALS = re.compile(rf"^{_INITIAL}(?:(?:\.\s*|\s+){_INITIAL}){{1,2}}\.?$")
_NAME_ALONE = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,2}$")


_SURNAME_IN_CAPS = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?(?:\s+[A-ZÀ-ÖØ-Þ]{2,}(?:-[A-ZÀ-ÖØ-Þ]{2,})?){1,2}$"
)


def _bare_signature(text: str) -> str | None:
    """The writer of a signature line without its label, or None: a common first name and a surname, the
    publication after a dash or a comma ("Jeanne Roux - Club Numérique"), or an agency's name with its copyright
    year ("Agence Nordique de Presse, 2024": the agency signs)."""
    year = _SIGNATURE_YEAR.search(text)
    if year is not None:
        name = text[: year.start()].strip()
        return name if 2 <= len(name.split()) <= 4 and looks_like_name(name) else None
    parts = re.split(r"\s+[-–—|]\s+", text, maxsplit=1)
    if len(parts) == 2 and _SECTION_ONLY.match(parts[0].strip()):
        text = parts[1]  # the rubric first: "Actualité - Jeanne Roux, Le Journal"
    name = re.split(r"\s+[-–—|]\s+|,\s+", text, maxsplit=1)[0].strip()
    tokens = name.split()
    # (or the surname in capitals, as French forms and many signatures write it, whatever the first name: "Cyrielle
    # ROE"; the first name no word of the language)
    caps = bool(_SURNAME_IN_CAPS.match(name)) and not is_french_word(tokens[0].lower())
    return name if 2 <= len(tokens) <= 4 and looks_like_name(name) and (is_first_name(tokens[0]) or caps) else None


def _same_writer(text: str, author: str) -> bool:
    """Whether a line signs again for the author already read: 'Par X', 'X', 'X, 2024' (an agency's year)."""
    byline = _BYLINE.match(text)
    name = byline.group("rest") if byline else text
    year = _SIGNATURE_YEAR.search(name)
    name = name[: year.start()] if year else name
    return bool(author) and fold(name.strip()) == fold(author)


# Magazines say in which printed issue the article ran: "Publié dans le numéro 5112 (Février 2026)", "Paru dans
# Le Mensuel n° 212 du 3 mars 2025". The issue's day, or its month, is the article's date; a reading time may
# follow on the same line ("… Lecture en 15 min. environ").
_ISSUE = re.compile(
    # ("Extrait de l'hebdo n°3947": the weekly's issue the article is taken from)
    r"^(?:(?:publiée?|parue?|article paru)\s+dans|(?:article\s+)?extrait\s+d(?:e|u|es|[’']))"
    r"\s*.{0,60}?\b(?:numéro|n°|no\.?)\s*\d{1,5}\b"
    # …or the magazine and its issue's day, as a weekly's site heads the articles of its print issue: "Du LeVif
    # Weekend du 09/06/17", "Paru dans Le Journal du 4 mars 2025"
    r"|^(?:du|(?:publiée?|parue?|article paru)\s+dans|(?:article\s+)?extrait\s+d(?:e|u|es|[’']))\s+"
    r"(?:(?-i:[A-ZÀ-ÖØ-Þ])[\w’'&.-]*\s+|(?:(?:le|la)\b|l[’'])\s*){1,5}du\s+"
    r"(?=\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s*$|\d{1,2}(?:er)?\s+[a-zéû]+\.?\s+(?:19|20)\d\d\s*$)",
    re.I,
)
_MONTH_IN = re.compile(rf"\b(?P<m>{_MONTH_NAMES})\.?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_READING_IN = re.compile(r"\blecture\s*(?:en\s+)?:?\s*(\d{1,3})\s*min", re.I)
ISSUE_LINE_CHARS = 160


# A magazine's issue line at the top of the page, the magazine's name then its issue: "Revue Numérique 5/2025"
# (the issue's number in its year), "Le Mensuel du Code n° 312 – mars 2025" (a number is followed by the issue's
# month or year: "Le Chat devient numéro 1" is a headline). Furniture, never the title; a month named is the
# article's.
_ISSUE_LINE = re.compile(
    # The number first, the months it covers after it: "N°626 Septembre - Octobre 2025".
    rf"^(?:[nN][°º]|[nN]o\.|[nN]uméro)\s*\d{{1,4}}\s+(?i:(?P<m0>{_MONTH_NAMES}))\.?(?:\s*[-–/]\s*(?i:{_MONTH_NAMES})\.?)?"
    r"\s+(?P<y0>(?:19|20)\d\d)$|"
    r"^(?P<name>[A-ZÀ-ÖØ-Þ][\w’'&.-]*(?:\s+[\w’'&.-]+){0,5}?)\s+"
    rf"(?:(?:[nN][°º]|[nN]o\.|[nN]uméro)\s*\d{{1,4}}\s*[-–—,|/(]\s*(?:(?i:(?P<m>{_MONTH_NAMES}))\.?\s+)?"
    r"(?P<y>(?:19|20)\d\d)\)?|\d{1,2}\s*/\s*(?:19|20)\d\d)$"
)
ISSUE_LINE_WORDS = 10
# The line saying where a reprinted article first ran (the press's syndication mention): "L'article provient de
# La Gazette", "Cet article est paru dans Le Courrier", "Article publié initialement sur gazette.example", "Ce
# texte a d'abord été publié par…". Alone on a line of the head: furniture, never the title.
_SYNDICATION = re.compile(
    r"^(?:(?:l[’']|cet\s+)article|article|ce\s+(?:texte|billet|reportage|papier)|cette\s+(?:chronique|tribune|enquête))"
    r"\s+(?:provient\s+(?:de|du|des|d[’'])"
    r"|(?:(?:est|a)\s+)?(?:(?:initialement|originellement|d[’']abord|précédemment)\s+)?(?:été\s+)?"
    r"(?:(?:initialement|originellement|d[’']abord|précédemment)\s+)?"  # "a été initialement publié par"
    r"(?:re)?(?:paru|publié|diffusé)e?(?:\s+(?:initialement|originellement|à\s+l[’']origine|en\s+premier|d[’']abord))?"
    r"\s+(?:dans|sur|par|chez|à\s+partir\s+(?:de|du|d[’'])|en\s+partenariat\s+avec)"
    r"|est\s+(?:extrait|issu|tiré)e?\s+(?:de|du|des|d[’']))"
    r"\s*\S.{0,260}$"
    # A press review's source under the reprinted headline, the paper in quotation marks and its day: "« Le
    # Monde » du 24 juillet 2008"
    r"|^[«“\"]\s*(?-i:[A-ZÀ-ÖØ-Þ])[^«»“”\"]{1,40}?\s*[»”\"]\s+du\s+\d{1,2}(?:er)?\s+[a-zéûà]+\s+(?:19|20)\d\d$",
    re.I,
)
SYNDICATION_WORDS = 25
# A post's view counter in a blog theme's head: "76 vues", "1 234 lectures", "Lu 532 fois".
_COUNT = r"\d{1,3}(?:[ \u00a0\u202f.,]?\d{3})*"  # "76", "1 234", "12.500"
_VIEW_COUNT = re.compile(rf"^(?:lu\s+{_COUNT}\s+fois|{_COUNT}\s+(?:vues?|lectures?|views?))$", re.I)
# A blog theme's category and the post's reading time on one line of the head, without "de lecture": "Technologie
# 7 minutes", "Chronique 4 min". The category is a rubric name, or one to three capitalised words (not a headline
# ending with its figure: "Comprendre Llama en 7 minutes" has a word in lower case).
_RUBRIC_READING = re.compile(
    rf"^(?P<rubric>(?i:{_SECTIONS})|[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]*){{0,2}})"
    r"\s*[|·•:–—-]?\s*(?P<minutes>\d{1,3})\s*min(?:utes?)?\.?$"
)
# The writer's name set in capitals at the start of the lead, as print magazines sign: "STÉPHANE MARTIN Nous avons
# rendez-vous…": two or three words in capitals, then the lead's first word, capitalised.
_CAPS_BYLINE = re.compile(
    r"^(?P<name>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+){1,2})\s+(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’'])"
)
CAPS_BYLINE_MIN_WORDS = 12  # the lead after the name is a paragraph, not a line of the head
# The writer's name alone on its line with the title of a doctor, a professor or a lawyer before it, as medical and
# legal papers sign: "Dr Jeanne Roux", "Pr. Jean Martin", "Me Paul Durand". The name is the author, without it.
_CIVIL_SIGNATURE = re.compile(r"^(?:Dr|Pr|Me|Docteure?|Professeure?|Maître)\.?\s+(?P<name>[A-ZÀ-ÖØ-Þ].{2,50})$")
# The head of a print page copied from a digital kiosk (PressReader): the paper, the edition's date (often lost,
# leaving "- -"), the section and the writer, in capitals: "Le Quotidien - - ÉCONOMIE - JEANNE ROUX".
_KIOSK_HEADER = re.compile(
    r"^(?P<paper>[A-ZÀ-ÖØ-Þ][\w’'. -]{1,40}?)\s+-\s+(?:[^-]{0,30}?\s*)-\s+"
    r"(?P<section>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ&’' -]{1,30}?)"
    r"\s+-\s+(?P<name>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+){1,3})$"
)
# A rubric whose pictogram's name came along, glued before it: "plus-iconNvidia", "arrow-iconÉconomie".
_ICON_RUBRIC = re.compile(r"^[a-z]+(?:-[a-z]+)*-icon(?=[A-ZÀ-ÖØ-Þ])(?P<rubric>[^.!?]{1,40})$")
# genre_label: the kind of piece a site labels its article with, alone on a line at the top ("INTERVIEW",
# "REPORTAGE", "Témoignage", "Le vrai ou faux"): never the headline, whatever follows it
_GENRE_LABEL = re.compile(
    r"^(?:interview|reportage|enquête|entretien|témoignages?|analyse|décryptage|portrait|tribune|éditorial"
    r"|édito|chronique|récit|infographie|grand format|fact-check(?:ing)?|(?:le\s+)?vrai ou faux|le vrai du faux"
    r"|point de vue|opinion|en direct|live)\s*:?$",
    re.I,
)


def _civil_signature(unit: Unit) -> str | None:
    """The name of a signature with a civility (:data:`_CIVIL_SIGNATURE`), alone on a line of plain text, or None."""
    match = _CIVIL_SIGNATURE.match(unit.text) if unit.kind == "text" and not unit.markdown else None
    name = match.group("name").strip() if match is not None else ""
    return name if name and len(name.split()) <= 4 and looks_like_name(name) else None


def _issue_line(unit: Unit) -> re.Match[str] | None:
    """A magazine's issue line (:data:`_ISSUE_LINE`), a short line of plain text."""
    if unit.kind != "text" or unit.markdown or unit.word_count > ISSUE_LINE_WORDS:
        return None
    return _ISSUE_LINE.match(unit.text)


def _syndication(unit: Unit) -> bool:
    """A syndication mention (:data:`_SYNDICATION`): one short line, one sentence at most."""
    return (
        unit.kind == "text"
        and not unit.markdown
        and unit.word_count <= SYNDICATION_WORDS * 2
        and bool(_SYNDICATION.match(unit.text))
        and (unit.word_count <= SYNDICATION_WORDS or _REPUBLISHED.search(unit.text) is not None)
        # (or two: "Cet article a été initialement publié par X le … . Une version éditée est republiée sur Y …")
        and (len(split_sentences(unit.text)) == 1 or _REPUBLISHED.search(unit.text) is not None)
    )


_REPUBLISHED = re.compile(r"\.\s+(?:une\s+version|il|elle|ce\s+texte)\b[^.]{0,80}\brepubliée?\b", re.I)


def _rubric_reading(unit: Unit) -> int | None:
    """The reading time of a category-and-reading-time line (:data:`_RUBRIC_READING`), or None."""
    match = _RUBRIC_READING.match(unit.text) if unit.kind == "text" and not unit.markdown else None
    return int(match.group("minutes")) if match else None


def _caps_byline(unit: Unit) -> re.Match[str] | None:
    """The writer's name set in capitals at the start of the lead (:data:`_CAPS_BYLINE`), or None. The first word
    is a common first name: "MISTRAL AI annonce…" and "LA CNIL a…" open with a firm's or a body's name."""
    if unit.kind != "text" or unit.markdown or unit.word_count < CAPS_BYLINE_MIN_WORDS:
        return None
    match = _CAPS_BYLINE.match(unit.text)
    tokens = match.group("name").split() if match is not None else []
    if not tokens or not is_first_name(tokens[0]) or any(t in ("ET", "OU") for t in tokens):
        return None  # "PAUL ET VIRGINIE": two names, or a work's title
    return match


STANDFIRST_WORDS = 45


def _kept_lines(rest: list[Unit]) -> int:
    """How many lines kept above this one are no furniture: 0 right under the headline, 1 under the standfirst."""
    return sum(1 for unit in rest if not cruft_reason(unit))


# The byline closing the standfirst after its last sentence, a dash after it perhaps: "… Par Jeanne ROUX –".
_STANDFIRST_BYLINE = re.compile(
    r"(?<=[.!?…»])\s+Par\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,3})\s*[–—-]?\s*$"
)


# A rubric of a few words glued to the headline, the link's text copied without a space: "Révolution
# pédagogiqueL'école doit-elle…". The rubric's last word is a French word ("DeepSeek" is one name, not a glue).
_GLUED_KICKER = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][a-zà-ÿ’'-]+(?:\s+[a-zà-ÿ’'-]+){0,3}?\s+(?P<last>[a-zà-ÿ’'-]*[a-zà-ÿ])(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ’'])"
)


# The regional dailies' kicker is the place: its name glued before the headline, which opens with a determiner in
# capitals no sentence has after a name ("Notre-Dame-des-Landes Les habitants…", "Vallée de Chamonix Le Secours…").
_PLACE_KICKER = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+(?:(?:de|des|du|la|le|sur|sous|en|lès)\s+){0,2}(?:d[’'])?[A-ZÀ-ÖØ-Þ][\w’'-]+){0,3}\s+"
    r"(?=(?:Le|La|Les|Un|Une|Des|Ce|Cet|Cette|Ces|Son|Sa|Ses)\s|L[’']\w)"
)


# …or in capitals, as some sites print the rubric above the headline: "ENSEIGNEMENT SUPERIEURLes universités…".
# (or glued to the quotation a headline opens on: "SOCIETE«Depuis mon handicap…»")
_GLUED_CAPS_KICKER = re.compile(r"^[A-ZÀ-ÖØ-Þ]{2,}(?:[\s-][A-ZÀ-ÖØ-Þ]{2,}){0,3}(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ’']|[«“])")


# A rubric of _RUBRIC_PREFIX in capitals, a pictogram before it perhaps.
_CAPS_RUBRIC = re.compile(r"^[^\w\[]*[A-ZÀ-ÖØ-Þ]{2,}(?:\s+[A-ZÀ-ÖØ-Þ]{2,})*(?:\s*[-–—.:•]\s*|\s+)$")


# A topic's rubric in capitals opening the standfirst, as the dailies print it: "SANTÉ Pour les patients…",
# "TRANSPORTS Le conflit…", "GRÈVE SNCF. Alors que…", "VIE LOCALE / Dans les années…" (one to three words, the first
# a word of the language, then a stop, a slash or a space, then the sentence's capital).
_CAPS_TOPIC = re.compile(
    # (or a dash, as broadcasters set the kicker: "FEU – Des milliers…", "MATINALE SPÉCIALE - Pourtant…")
    r"^(?P<first>[A-ZÀ-ÖØ-Þ]{3,})(?:[\s-][A-ZÀ-ÖØ-Þ0-9]{2,}){0,2}(?:\s*[.:]\s+|\s+/\s+|\s+[-–—]\s+|\s+)"
    r"(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’']|[A-ZÀ-ÖØ-Þ][’']\s*[A-Za-zÀ-ÿ]|[«“\"])"
)


def _caps_topic(text: str) -> re.Match[str] | None:
    """A topic's rubric in capitals opening a line (:data:`_CAPS_TOPIC`): its first word is a word of the language,
    its accents perhaps dropped as web copy drops them on capitals ("SANTE"), not an acronym ("SNCF Réseau a…")."""
    found = _CAPS_TOPIC.match(text)
    if found is None:
        return None
    word = found.group("first").casefold()
    if is_first_name(found.group("first")):  # (in capitals: a name rare at home is no name there, see text.py)
        return None  # the writer's name in capitals opening the lead: "FRANÇOIS ROE Les élèves…" (a byline)
    # (the accents a capital lost: an "e" may be "é" or "è", one at most restored per try)
    tries = [word] + [word[:i] + accent + word[i + 1 :] for i, c in enumerate(word) if c == "e" for accent in "éè"]
    return found if any(is_french_word(t) for t in tries) else None


def _rubric_prefix(unit: Unit) -> tuple[re.Match[str] | None, bool]:
    """The rubric opening a line of plain text (:data:`_RUBRIC_PREFIX`, :data:`_CAPS_TOPIC`), and whether it is in
    capitals (:data:`_CAPS_RUBRIC`)."""
    if unit.kind != "text" or unit.markdown:
        return None, False
    rubric = _RUBRIC_PREFIX.match(unit.text)
    if rubric is None and unit.text[:3].isupper():
        topic = _caps_topic(unit.text)
        return topic, topic is not None
    return rubric, rubric is not None and _CAPS_RUBRIC.match(rubric.group()) is not None


def _glued_kicker(text: str) -> re.Match[str] | None:
    """The rubric glued to a headline (:data:`_GLUED_KICKER`, :data:`_GLUED_CAPS_KICKER`, :data:`_PLACE_KICKER`), or
    None."""
    if len(text) > HEAD_LINE_CHARS:
        return None
    match = _GLUED_KICKER.match(text) or _GLUED_CAPS_KICKER.match(text)
    if match is not None and "last" not in match.re.groupindex:
        return match if count_words(text[match.end() :]) >= 4 else None
    if match is not None and not is_french_word(match.group("last")):
        match = None
    if match is None:
        place = _PLACE_KICKER.match(text)
        # (a place's name, not a word of the language: "Logo Le Courrier" is the logo's alt text)
        named = place is not None and any(
            not is_french_word(w.casefold()) for w in re.findall(r"[\w’'-]+", place.group())
        )
        match = place if named else None
    if match is None or count_words(text[match.end() :]) < 4:
        return None
    return match


def _split_rubric(units: list[Unit]) -> bool:
    """Three lines "Word" / "&" / "word" that make one rubric's name (:func:`read_head`)."""
    if len(units) < 3 or units[1].text not in ("&", "+") or any(u.markdown or u.kind != "text" for u in units):
        return False
    return all(u.word_count <= 3 and not u.text.endswith(tuple(_TERMINAL)) for u in (units[0], units[2]))


# The national and regional titles whose name a page's title bar adds after the headline: "… – Le Monde".
_PRESS_NAMES = (
    r"Le Monde|Le Parisien|Le Figaro|Libération|Les Echos|Les Échos|L[’']Express|Le Point|L[’']Obs|Ouest-France"
    r"|Ouest France|Sud Ouest|La Dépêche|20 Minutes|LCI|BFMTV|franceinfo|France Info|France Bleu|ici|France 3"
    r"|France Inter|France Culture|RTL|Europe 1|TF1 Info|TF1INFO|Le JDD|La Croix|Marianne|Mediapart|Challenges"
    r"|Midi Libre|Nice-Matin|Var-Matin|La Provence|Le Progrès|La Voix du Nord|Le Télégramme|L[’']Humanité"
    r"|Courrier international|Le Dauphiné Libéré|Le Républicain Lorrain|L[’']Est Républicain|La Montagne"
    r"|Le Huffington Post|HuffPost|Konbini|Numerama|Les Numériques|Le Journal du Dimanche|RFI|France 24|Paris Match"
)
_SITE_SUFFIX = re.compile(
    rf"(?:\s+[-–|]\s+(?:(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:fr|com|net|org|info|io|eu|be|ch|ca|cn|ma|dz|tn|sn|ci|news)"
    rf"|{_AGENCIES}|(?:{_PRESS_NAMES})))+$"
)


def _site_name_off(title: str | None) -> str | None:
    """A headline copied from the page's title bar, the site after it: "Un forum pour la coopération - Xinhua -
    french.news.cn" -> "Un forum pour la coopération" (site_suffix). Only a domain or an agency's name goes."""
    if not title:
        return title
    suffix = _SITE_SUFFIX.search(title)
    if suffix is None or count_words(title[: suffix.start()]) < 4:
        return title
    return title[: suffix.start()].rstrip()


def _stray_marks_off(title: str | None) -> str | None:
    """A headline without the quotation mark a page set before or after it for decoration, left open: "“Le titre"
    -> "Le titre", nor the bar of a table layout's cell after it. A headline quoting someone keeps its marks, opened
    and closed."""
    if not title:
        return title
    if title.endswith(" |") and "|" not in title[:-2]:
        title = title[:-2].rstrip()  # a table layout's cell bar after the headline: "Le comice réunit… |"
    for opening, closing in (("«", "»"), ("“", "”")):
        if title.count(opening) != title.count(closing):
            if title.startswith(opening) and closing not in title:
                return title[1:].strip()
            if title.endswith(closing) and opening not in title:
                return title[:-1].strip()
    return title


def _before_lead(rest: list[Unit]) -> bool:
    """Whether the text has not started yet: nothing kept below the head, or a standfirst only (one paragraph of
    plain text, :data:`STANDFIRST_WORDS` at most)."""
    return not rest or (len(rest) == 1 and rest[0].kind == "text" and rest[0].word_count <= STANDFIRST_WORDS)


def _capitalised(name: str) -> str:
    """'JEAN-MARC LE GOFF' -> 'Jean-Marc Le Goff'; "D’ARTOIS" -> "D’Artois"."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group()[:1] + m.group()[1:].lower(), name)


# A programme's credits line: its roles and their names, "Présentation : X / Article : Y".
_CREDIT_ROLES = (
    r"(?:présentation|article|texte|rédaction|reportage|images?|montage|réalisation|photos?|vidéo|jri|interview"
    r"|propos recueillis)"
)
_CREDITS_LINE = re.compile(
    rf"^{_CREDIT_ROLES}\s*:\s*[^/|:]{{2,40}}(?:\s*[/|]\s*{_CREDIT_ROLES}\s*:\s*[^/|:]{{2,40}})+$", re.I
)
_CREDITS_WRITER = re.compile(
    r"(?:^|[/|]\s*)(?:article|texte|rédaction|reportage|propos recueillis)\s*:\s*(?P<name>[^/|:]{2,40})", re.I
)
# A press release's wire dateline: the place, the day, the wire between slashes and a dash (Canada's CNW, PR
# Newswire, Business Wire, GlobeNewswire).
_NEWSWIRE = re.compile(
    r"^(?P<line>[A-ZÀ-ÖØ-Þ][\w’' .-]{1,40},\s+(?:le\s+)?[^/]{3,30}?(?:19|20)\d\d\s*"
    r"/\s*(?:CNW|PRNewswire|PR Newswire|Business ?Wire|GLOBE NEWSWIRE|Globe Newswire)[^/]{0,30}/\s*[-–—]\s*)",
)


def _print_issue(text: str) -> tuple[dt.date | None, str | None, int | None] | None:
    """A printed issue's reference: (its day, its month 'YYYY-MM', a reading time), or None."""
    match = _ISSUE.match(text) if len(text) <= ISSUE_LINE_CHARS else None
    if match is None:
        return None
    rest = text[match.end() :]
    short = _SHORT_YEAR.match(rest.strip())
    date = _short_year_date(short) if short else parse_french_date(rest)
    month_match = _MONTH_IN.search(rest) if date is None else None
    month = _month(month_match.group("y"), month_match.group("m")) if month_match else None
    reading = _READING_IN.search(rest)
    return date, month, _minutes(reading.group(1)) if reading else None


def read_head(units: list[Unit], fixes: Fixes | None = None) -> tuple[Head, list[Unit], list[Removal]]:
    """Take the title and byline lines off the top of the article.

    Byline facts are recognised in the first few units only; the title is the
    first unit when it reads as one (a single sentence-like line, not ending
    like a paragraph). Site furniture above the title (breadcrumbs, menu
    words, date lines, reading times) is taken off and never becomes the
    title. Returns the head, the remaining units and what was taken off.
    """
    fixes = fixes or Fixes()
    head = Head()
    rest: list[Unit] = []
    removed: list[Removal] = []
    i = _site_header(units)
    if any(fixes.keeps(unit.text) for unit in units[:i]):
        i = 0
    for unit in units[:i]:
        # The site's name, its tagline and its menu above the breadcrumb that leads to the headline: never the title.
        removed.append(Removal(unit.line, unit.text, "site-header"))
    seen = 0  # units looked at that were not furniture
    kicker = ""  # a rubric in capitals glued to the headline, which the standfirst may carry again
    while i < len(units) and seen < 8:
        unit = units[i]
        following = units[i + 1] if i + 1 < len(units) else None
        text = unit.text
        if fixes.keeps(text):
            rest.append(unit)
            i, seen = i + 1, seen + 1
            continue
        labelled = _DATE_LABELLED.match(text) if unit.kind == "text" and not unit.markdown else None
        if labelled is not None and words(text[labelled.end() :]):
            # a date label and its ISO day or month glued before a line of any kind (a caption, a byline, a rubric:
            # "date 2019-06 Les épreuves… — Paul Roe / 20 Minutes"): the date is the head's whatever the line is
            dated = _date_prefix(text)
            if dated is not None:
                units[i] = unit = _retext(unit, _take_date(unit, dated, head, removed))
                text = unit.text
        glued = (
            _GLUED_SIGNATURE.search(text)
            if head.author is None and head.title is not None and unit.kind == "text" and not unit.markdown
            else None
        )
        if glued is not None and (_person_name(glued.group("name")) or is_unlisted_name(glued.group("name"))):
            # standfirst_signature: the writer's name glued after the standfirst's ellipsis, as a daily's site sets
            # it ("…quand leur enfant ne parle pas…Charlotte Roe"): the byline; the standfirst stays
            head.author = glued.group("name")
            removed.append(Removal(unit.line, glued.group("name"), "byline"))
            cut = glued.start("name")
            marks = tuple(tuple(m for m in segment if m[1] <= cut) for segment in unit.marks)
            units[i] = unit = replace(unit, text=text[:cut], marks=marks)
            text = unit.text
        # The lead of wire copy: its dateline goes, the paragraph stays. Only furniture comes before a lead; with no
        # headline above it (a copy that lost it), the paragraph must be a lead's length.
        lead = head.title is not None or count_words(text) >= PLACE_DASH_LEAD_WORDS
        rubric, in_caps = _rubric_prefix(unit)  # (read below, after the dateline)
        # a lead is a paragraph: it is never read as the title, with one or without; the kind of piece in capitals
        # opening it names no place ("TÉMOIGNAGES - Alors que…")
        wire = (
            None if in_caps else ((_wire_dateline(text) if lead and unit.kind == "text" else None) or _place_dash(unit))
        )
        # (the agency's name in brackets is a dateline wherever it opens a paragraph of the head, below a standfirst)
        # (below a standfirst or a list of key points, the lead's dateline still opens the body: "Initié par…" then
        # "Marrakech - Le Maroc…")
        if wire is not None and (
            _before_lead([u for u in rest if u.kind != "bullet" and not (cruft_reason(u) or _headline_again(u, head))])
            or (len(rest) <= 2 and _AGENCY_OPENING.match(text))
        ):
            removed.append(Removal(unit.line, wire[0], "dateline"))
            head.date = head.date or wire[2]
            agency = _wire_agency(text)
            if agency is not None and head.author is None:
                head.author = agency  # no byline: the agency signs
            units[i] = unit = _retext(unit, wire[1])
            text = unit.text
            rubric, in_caps = _rubric_prefix(unit)
        if rubric is not None and rubric.re is _CAPS_TOPIC and head.title is None:
            rubric = None  # (a topic in capitals opens a standfirst; before the headline, "DIRECT." is the headline's)
        # (under the headline, only the bracketed kind: "Économie: …" there is the headline printed again)
        bracketed = head.title is None or text.startswith("[")
        if rubric is not None and not bracketed and not in_caps:
            rubric = None  # (under the headline, a kind of piece in capitals opens the standfirst: "TÉMOIGNAGES - …")
        if rubric is not None and head.title is not None and _headline_again(unit, head):
            rubric = None  # (the headline printed again, its rubric with it: the whole line is the copy)
        if rubric is None and kicker and text.startswith(kicker) and unit.kind == "text":
            # the rubric glued to the headline, glued again to the standfirst under it
            rubric = _GLUED_CAPS_KICKER.match(text)
            rubric = rubric if rubric is not None and rubric.group() == kicker else None
        if rubric is None and head.title is None and not rest and unit.kind == "text" and not unit.markdown:
            rubric = _glued_kicker(text)
        if (
            rubric is not None
            and text[rubric.end() :].strip()
            and all(_headline_again(u, head) or cruft_reason(u) for u in rest)  # above the text still
        ):
            # The rubric glued before the headline or the standfirst ("PORTRAIT - L'ingénieur…"): it goes, the
            # line stays.
            removed.append(Removal(unit.line, rubric.group().strip(), "kicker"))
            kicker = rubric.group() if rubric.re is _GLUED_CAPS_KICKER else kicker
            units[i] = unit = _retext(unit, text[rubric.end() :])
            text = unit.text
        caps = _caps_byline(unit) if head.author is None and _before_lead(rest) else None
        if caps is not None:
            # The writer's name in capitals opening the lead (under the standfirst if there is one): the author, as
            # the name is written in lower case ("Stéphane Martin"); the paragraph goes on without it.
            head.author = _capitalised(caps.group("name"))
            removed.append(Removal(unit.line, caps.group("name"), "byline"))
            units[i] = unit = _retext(unit, text[caps.end() :])
            text = unit.text
        closing = _STANDFIRST_BYLINE.search(text) if head.author is None and not rest and unit.kind == "text" else None
        if closing is not None and looks_like_name(closing.group("name")):
            # The byline closing the standfirst, as dailies print it before the text: "… langues locales. Par
            # Jeanne ROUX –". The writer signs; the standfirst stays.
            head.author = closing.group("name")
            removed.append(Removal(unit.line, closing.group().strip(), "byline"))
            units[i] = unit = _retext(unit, text[: closing.start()])
            text = unit.text
        if head.title is None and not rest and _split_rubric(units[i : i + 3]):
            # A rubric of two words joined by "&", each on its line as the menu sets it: "Recrutement" / "&" /
            # "talents" above the headline, never the title.
            for part in units[i : i + 3]:
                removed.append(Removal(part.line, part.text, "kicker"))
            i += 3
            continue
        if head.title is None and not rest and not unit.markdown and SUMMARY.match(text):
            # A table of contents above the headline ("Consulter Masquer le sommaire" and its items): never the
            # title; its items go with it.
            removed.append(Removal(unit.line, text, "summary"))
            i += 1
            while i < len(units) and units[i].kind in ("bullet", "dash") and units[i].word_count <= SUMMARY_ITEM_WORDS:
                removed.append(Removal(units[i].line, units[i].text, "summary"))
                i += 1
            continue
        if not rest and not unit.markdown and _lone_menu_item(unit, following, head):
            removed.append(Removal(unit.line, text, "menu"))  # "• Rubrique": a menu's item alone above the headline
            i += 1
            continue
        if not rest and head.title is not None and _rubric_under_title(unit, following, units[i + 2 : i + 3]):
            removed.append(Removal(unit.line, text, "kicker"))  # "IAtech" between the headline and the byline
            i += 1
            continue
        labelled = _LABELLED_DATE_GLUED.match(text) if unit.kind == "text" and not unit.markdown else None
        if labelled is not None and count_words(text[labelled.end() :]) >= GLUED_SENTENCE_WORDS:
            # glued_dateline: the date line glued to the standfirst that follows it, the page's break lost ("Publié le
            # 24/07/2025 à 14:50France Travail reconnaît…"): the date goes to the metadata, the sentence stays
            head.date = head.date or parse_french_date(labelled.group("line"))
            removed.append(Removal(unit.line, labelled.group("line").strip(), "dateline"))
            units[i] = _retext(unit, text[labelled.end() :])
            continue
        if len(text) > HEAD_LINE_CHARS and (rest or head.title is not None):
            # A paragraph of the article: no head line is that long (a date glued to it is looked for first).
            dated = _date_prefix(text) if not rest else None
            if dated is not None and not _DATELINE.match(text):
                units[i] = unit = _retext(unit, _take_date(unit, dated, head, removed))
            glued = _GLUED_POST_META.search(unit.text) if unit.kind == "text" and not unit.markdown else None
            if glued is not None:
                # A post's date and its comments link, glued into the text of a page that lost its line breaks.
                head.date = head.date or parse_french_date(glued.group("date"))
                removed.append(Removal(unit.line, glued.group().strip(), "dateline"))
                units[i] = unit = replace(unit, text=unit.text[: glued.start()] + unit.text[glued.end() :])
            signed = _GLUED_BYLINE_DATE.search(unit.text) if unit.kind == "text" and not unit.markdown else None
            if signed is not None and looks_like_name(signed.group("name")):
                # The byline and the date lines glued into the text of a page copied on one line: "… de la e-santé.
                # Par Jeanne Roe avec Paul Blanc. Publié le 28 janvier 2025 à 8h00 - Mis à jour le … Après…"
                head.author = head.author or signed.group("name")
                head.date = head.date or parse_french_date(signed.group("date"))
                removed.append(Removal(unit.line, signed.group().strip(), "byline"))
                units[i] = unit = replace(unit, text=unit.text[: signed.start()] + unit.text[signed.end() :])
            rest.append(unit)
            i, seen = i + 1, seen + 1
            continue
        if unit.kind == "text" and not rest:
            crumb = breadcrumb(text) if head.title is None else None
            if crumb is None and head.title is None and following is not None:
                crumb = _crumb_above_headline(text, following.text)
            if (
                crumb
                and crumb[1]
                and following is not None
                and fold(crumb[1]) != fold(following.text)
                and _title_copy(crumb[1], fold(following.text))
            ):
                # The last crumb is the headline cut short ("… une fenêtre (…)"), printed whole on the next line:
                # the whole line is the breadcrumb, the next line the title.
                crumb = (text, "")
            if crumb:
                removed.append(Removal(unit.line, crumb[0], "breadcrumb"))
                if crumb[1]:
                    units[i] = _retext(unit, crumb[1])
                else:
                    i += 1
                continue
            if (
                head.title is None
                and following is not None
                and following.text == text
                and not following.blank_before
                and not unit.markdown
                and unit.word_count <= HEADER_REPEAT_WORDS
                and not _reads_as_title(unit, following)
            ):
                # A line of the site's header printed twice in a row (the page's desktop and mobile headers), no
                # headline: a programme's or a publication's name ("Le Matin de la Radio, Première.").
                removed.append(Removal(unit.line, text, "site-header"))
                removed.append(Removal(following.line, text, "site-header"))
                i += 2
                continue
            doubled = _doubled_headline(text) if head.title is None and not unit.markdown else None
            if doubled is not None:
                # The page's header and the article's own heading, one after the other on a line that lost its breaks.
                head.title, head.title_line = doubled[0], unit.line
                removed.append(Removal(unit.line, doubled[0], "title-repeat"))
                if words(doubled[1]):
                    units[i] = _retext(unit, doubled[1])
                else:
                    i += 1
                continue
            bar = (
                _title_bar(text, units[i + 1 : i + 1 + PREFIXED_LOOKAHEAD])
                if head.title is None and not unit.markdown
                else None
            )
            if bar is not None:
                # title_bar: the page's title bar, "Headline | Site.fr", then the site's menu, then the headline on its
                # own line: the headline is the title; the site's name, the menu between and the copy go
                copy, headline = units[i + 1 + bar], _site_name_off(text) or text
                head.title, head.title_line = copy.text, copy.line
                removed.append(Removal(unit.line, text[len(headline) :].strip(), "site-header"))
                removed += [Removal(u.line, u.text, "site-header") for u in units[i + 1 : i + 1 + bar]]
                removed.append(Removal(unit.line, headline, "title-repeat"))
                i += 2 + bar
                continue
            if (
                head.title is None
                and not unit.markdown
                and _prefixed_headline(text, units[i + 1 : i + 1 + PREFIXED_LOOKAHEAD])
            ):
                # headline_repeat: the page's header, its name or its back button glued to the headline that follows
                removed.append(Removal(unit.line, text, "title-repeat"))
                i += 1
                continue
            language = _LANGUAGE_SWITCH.match(text) if head.title is None and not unit.markdown else None
            if language is not None:
                removed.append(Removal(unit.line, text, "menu"))  # a bilingual site's language switch: "NL", "FR | NL"
                i += 1
                continue
            series = _SERIES_LABEL.match(text) if not unit.markdown else None
            if series is not None:
                # "[Série « … », épisode 4]": the series an article belongs to, set before its title or its lead.
                removed.append(Removal(unit.line, series.group().strip(), "series-label"))
                remainder = text[series.end() :].strip()
                if words(remainder):
                    units[i] = _retext(unit, remainder)
                else:
                    i += 1
                continue
            if (
                NAV.match(text)
                or EMPTY_ITEM.match(text)
                or (following is not None and (SECTION.match(text) or _glued_sections(text)))
            ):
                removed.append(Removal(unit.line, text, "menu"))
                i += 1
                continue
            if _COUNTER.match(text):  # a comment or share count left alone on its line ("0", "12")
                removed.append(Removal(unit.line, text, "furniture"))
                i += 1
                continue
            if _VIEW_COUNT.match(text):  # a post's view counter: "76 vues", "Lu 532 fois"
                removed.append(Removal(unit.line, text, "view-count"))
                i += 1
                continue
            issue_line = _issue_line(unit)
            if issue_line is not None:
                # "Revue Numérique 5/2025": the magazine and its issue, never the title.
                month, year = (
                    issue_line.group("m") or issue_line.group("m0"),
                    issue_line.group("y") or issue_line.group("y0"),
                )
                if month:
                    head.month = head.month or _month(year, month)
                removed.append(Removal(unit.line, text, "print-issue"))
                i += 1
                continue
            minutes = _rubric_reading(unit)
            if minutes is not None:  # "Technologie 7 minutes": a blog theme's category and reading time
                head.reading_time = head.reading_time or minutes
                removed.append(Removal(unit.line, text, "reading-time"))
                i += 1
                continue
            dated = _date_prefix(text)
            # A date line's separators ("12 mars 2025 | Rédaction"), not a dash further in a paragraph the date opens.
            whole = _DATELINE.match(text) or (_SEPARATORS.search(text) and unit.word_count <= DATELINE_MAX_WORDS)
            if dated and (not whole or _SHORT_YEAR_LINE.match(text)):  # else a whole date line
                remainder = _take_date(unit, dated, head, removed)
                if words(remainder):
                    units[i] = _retext(unit, remainder)
                else:
                    i += 1
                continue
        alone = (
            _date_prefix(text)
            if unit.kind in ("text", "dash") and rest and len(rest) <= 2 and unit.word_count <= 6
            else None
        )
        if alone is not None and not words(alone[1]):
            # the day alone under the standfirst or the lead ("26/09/25"), after a dash perhaps ("— Le 13 janvier 2023")
            _take_date(unit, alone, head, removed)
            i += 1
            continue
        meta = _post_meta(units, i) if head.title is not None and not rest else []
        if meta:
            for item, (rule, value) in zip(units[i : i + len(meta)], meta, strict=True):
                removed.append(Removal(item.line, item.text, rule))
                if rule == "byline" and isinstance(value, str):
                    head.author = head.author or value
                elif rule == "publisher" and isinstance(value, str):
                    head.publisher = head.publisher or value
                elif rule == "reading-time" and isinstance(value, int):
                    head.reading_time = value
                elif isinstance(value, dt.date):
                    head.date = head.date or value
                elif isinstance(value, str):
                    head.month = head.month or value
            i += len(meta)
            continue
        plain = unit.kind == "text" and not unit.markdown
        date_bar = plain and bool(_DATE_BAR.match(text))
        if plain and len(text) <= 60 and _TODAY_BAR.match(text):
            # the day the page was seen, as a site's header prints it: "Nous sommes le 5 septembre 2023" (today_bar);
            # not the article's date
            removed.append(Removal(unit.line, text, "site-header"))
            i += 1
            continue
        if date_bar or (plain and not rest and RELATED.fullmatch(text)):
            # the site's date bar ("jeudi, décembre 18"), or a related-reading label alone above the text: never the
            # title
            removed.append(Removal(unit.line, text, "dateline" if date_bar else "related"))
            i += 1
            continue
        lost = _DATE_LOST_BY.match(text) if unit.kind == "text" and not unit.markdown else None
        if lost is not None:
            # The post's meta line whose date the copy lost, its author kept: "Posté le par AFP".
            head.author = head.author or lost.group("name").strip()
            removed.append(Removal(unit.line, text, "byline"))
            i += 1
            continue
        after_fact = i > 0 and bool(removed) and removed[-1].line == units[i - 1].line
        after_fact = after_fact and removed[-1].rule in HEAD_FACTS
        if (
            unit.kind in ("text", "bullet", "dash")  # a meta item's separator may read as a list's ("· Publié le")
            and not unit.markdown
            and (
                _DATE_LABEL.match(text)
                or (unit.kind == "text" and len(text) <= 40 and _DATE_NAME_LABEL.match(text))
                or (
                    (_READING_LABEL.match(text) or _TIME_LINE.match(text))
                    and following is not None
                    and _head_fact(following.text)
                )
                # The reading time's label alone under the byline or the date line, its figure lost in the copy.
                or (_READING_LABEL.match(text) and after_fact)
            )
        ):
            # A date's or a reading time's label alone: its value was lost in the copy, or stands on the next line.
            rule = "reading-time" if _READING_LABEL.match(text) else "dateline"
            removed.append(Removal(unit.line, text, rule))
            i += 1
            continue
        if head.author is not None and unit.kind == "text" and _same_writer(text, head.author):
            removed.append(Removal(unit.line, text, "byline"))  # the signature printed twice in the head
            i += 1
            while i < len(units) and _bio_line(units[i]):
                removed.append(Removal(units[i].line, units[i].text, "byline"))  # author_box: see drop_cruft
                i += 1
            continue
        byline = _BYLINE.match(text) if unit.kind == "text" else None
        if byline and head.author is None:
            name = byline.group("rest").strip()
            # (the name on the line under the label, the newsroom perhaps after a dash, as franceinfo sets it:
            # "Article rédigé par" then "Jeanne Roe - franceinfo")
            under = _BYLINE_END.split(following.text, maxsplit=1)[0].strip() if following is not None else ""
            if not name and following is not None and not _BYLINE.match(under) and looks_like_name(under):
                head.author = under
                removed.append(Removal(unit.line, text, "byline"))
                removed.append(Removal(following.line, following.text, "byline"))
                i += 2
                group = units[i] if i < len(units) and under != following.text.strip() else None
                if group is not None and not group.blank_before and _GROUP_UNDER_NEWSROOM.match(group.text):
                    # (the newsroom's group glued under it, capitalised words alone: "Radio France")
                    removed.append(Removal(group.line, group.text, "byline"))
                    i += 1
                continue
            if not name:
                # The label alone, its name lost in the copy (a link or an avatar): "Par" on a line of its own.
                removed.append(Removal(unit.line, text, "byline"))
                i += 1
                continue
            if _NEWSROOM.match(name) and not name.endswith(":"):
                # newsroom_byline after a label: "Auteur(s): La rédaction de FranceSoir.fr" signs no one (its date
                # is the article's: "Par la Rédaction …, le 12 février 2026"); "Reportage de la rédaction sur
                # place :" announces a report
                head.date = head.date or parse_french_date(name)
                removed.append(Removal(unit.line, text, "byline"))
                i += 1
                continue
            cut = _BYLINE_END.search(name)
            name, tail = (name[: cut.start()], name[cut.start() :]) if cut else (name, "")
            if not name.strip() and re.match(r"^\s*,\s*[A-ZÀ-ÖØ-Þ]", tail):
                # the name lost in the copy, the newsroom left after its comma: "Par , France Bleu Creuse"
                head.date = head.date or parse_french_date(tail)
                removed.append(Removal(unit.line, text, "byline"))
                i += 1
                continue
            others = _CO_WRITERS.match(tail) if looks_like_name(name.strip()) else None
            if others is not None and all(looks_like_name(other) for other in _co_writers(others.group("names"))):
                # co_writers: the writers listed with commas, the last after "et" ("Par A, B et C", "Par A, B,
                # publié le…"): all of them sign
                name, tail = name + tail[: others.end("names")], tail[others.end("names") :]
            if re.search(r"[a-zà-ÿ]{2}\.$", name.strip()):
                name = name.strip()[:-1]  # the byline's own stop: "Par Valérie Roe avec Sara Blanc."
            brand = _WRITTEN_BY.match(text) and _BRAND.fullmatch(name.strip()) and not is_french_word(name.strip())
            if brand:
                # newsroom_brand: the newsroom's brand in lower case after the label ("Article rédigé par radioinfo")
                # is the publisher, as "La rédaction" signs no one; the reporter named after it signs ("Article
                # rédigé par radioinfo, Jeanne Roe", "… radioinfo - Jeanne Roe")
                head.publisher = head.publisher or name.strip()
                reporter = re.sub(r"^\s*(?:,|[-–—])\s*", "", tail).strip()
                name = reporter if tail and looks_like_name(reporter) and is_person_name(reporter) else ""
                tail = ""
            if looks_like_name(name.strip()) or brand:
                head.author = name.strip() or None
                head.date = head.date or parse_french_date(tail)
                removed.append(Removal(unit.line, text, "byline"))
                i += 1
                continue
        modified = (
            _MODIFIED_AT.match(text)
            if unit.kind == "text" and not unit.markdown and ("odifi" in text or "à jour" in text)
            else None
        )
        if modified is not None and all(
            # (a channel's number is part of its name: "Europe 1 avec AFP , modifié à")
            word[:1].isupper() or word.isdigit() or word in ("avec", "et", "&", "de", "du", "des", "la", "le")
            for word in re.findall(r"[^\s,()]+", modified.group("name"))
        ):
            # modified_at: a broadcaster's byline, the writers then the time of the last change, the time lost in
            # the copy ("Paul Roe , modifié à", "N.M. avec AFP , modifié à", "Europe1.fr (avec AFP) , modifié à")
            head.author = head.author or _writers(modified.group("name"))
            head.date = head.date or parse_french_date(modified.group("when"))
            if modified.group("minutes"):
                head.reading_time = head.reading_time or int(modified.group("minutes"))
            removed.append(Removal(unit.line, text, "byline"))
            i += 1
            continue
        civil = _civil_signature(unit) if head.author is None and len(rest) <= 1 else None  # under a standfirst
        if civil is not None:
            head.author = civil  # "Dr Jeanne Roux" under the headline or its standfirst: the writer, signing
            removed.append(Removal(unit.line, text, "byline"))
            i += 1
            continue
        kiosk = _KIOSK_HEADER.match(text) if unit.kind == "text" and not unit.markdown and not rest else None
        if kiosk is not None and looks_like_name(_capitalised(kiosk.group("name"))):
            # A kiosk's print page header: the writer in capitals is the author, written in lower case.
            head.author = head.author or _capitalised(kiosk.group("name"))
            removed.append(Removal(unit.line, text, "byline"))
            i += 1
            continue
        if head.author is None and not rest and not unit.markdown and _forum_poster(unit, following):
            # A forum post's header: the poster's user name, then the rank the forum gives them.
            assert following is not None
            head.author = text
            removed.append(Removal(unit.line, text, "byline"))
            removed.append(Removal(following.line, following.text, "byline"))
            i += 2
            continue
        posted = _posted(text) if unit.kind == "text" and not unit.markdown and head.author is None else None
        if posted is not None:
            # "Chronique publié le 17/11/19 9:11 dans Sciences par Jeanne Roux": the post's day and its writer.
            head.date = head.date or posted[0]
            head.author = posted[1].strip()
            removed.append(Removal(unit.line, text, "byline"))
            i += 1
            continue
        previous_unit = units[i - 1] if i else None
        if (
            unit.kind in ("dash", "bullet")
            and head.author is None
            and head.title is not None
            and len(rest) <= 1
            and (following is None or following.kind not in ("dash", "bullet"))
            and (previous_unit is None or previous_unit.kind not in ("dash", "bullet"))
            and (dash_signed := _dash_signature(text)) is not None
        ):
            # The writer's name alone after a dash under the title or its standfirst, as the Quebec dailies and
            # regional papers sign ("- JEANNE ROE", "- J. Roe", "- • Jeanne Roe" with the list's glyph kept): the
            # byline, the name as written in lower case.
            head.author = dash_signed
            text = _BULLET_GLYPH.sub("", text)
            removed.append(Removal(unit.line, text, "byline"))
            i += 1
            continue
        # (some templates print the name twice, the link to the writer's page then the name)
        doubled = following is not None and following.text == text
        lead = (units[i + 2] if i + 2 < len(units) else None) if doubled else following
        # (the separator the byline's date stood after, the date lost in the copy: "Félix Roe |")
        name = _PROFILE_LINK.sub("", text).rstrip(" |•·")
        if (
            unit.kind == "text"
            and not unit.markdown
            and head.author is None
            and head.title is not None
            # (set apart, or printed twice, or glued right under the headline)
            and (unit.blank_before or doubled or (i > 0 and units[i - 1].line == head.title_line))
            and lead is not None
            and lead.kind == "text"
            and lead.word_count >= LEAD_MIN_WORDS
            and _dashed_name(name)
            and not _AGENCY_LINE.match(text)  # ("ATS ATS": the agency, read below)
            # (under the standfirst at most; the headline printed again and a caption are no text)
            and _kept_lines([kept for kept in rest if not _headline_again(kept, head)]) <= 1
        ):
            # The writer's name alone on its line, set apart under the title or its standfirst and right above the
            # lead, as news sites print the byline without "Par" ("Michel Roe", "LOUIS ROE"): the byline. The label
            # of the link to the writer's account may follow the name ("Jeanne Roe Twitter").
            head.author = _capitalised(name) if name.isupper() else name
            removed.append(Removal(unit.line, text, "byline"))
            if doubled and following is not None:
                removed.append(Removal(following.line, text, "byline"))
                i += 1
            i += 1
            continue
        crew_line = _CREW_CREDITS.match(text) if unit.kind == "text" else None
        correspondent = (
            # (or the wire the writer works for: "Anja Roe, La Presse Canadienne"; or the paper, "Gabriel Roe La
            # Presse"; the initials of the editor with the reporter, "C.P. avec Virginie Roe"; a crew's initials)
            _CORRESPONDENT.match(text)
            or _FROM_OUR_CORRESPONDENT.match(text)
            or _NAME_AGENCY.match(text)
            or _NAME_PAPER.match(text)
            or _INITIALS_WITH.match(text)
            or crew_line
            if unit.kind == "text" and head.author is None
            else None
        )
        if correspondent is None and crew_line is not None and crew_line.group("name") == head.author:
            correspondent = crew_line  # (the crew's line again, the channel after it: the same byline)
        with_initials = correspondent is not None and correspondent.re is _INITIALS_WITH
        named = correspondent.group("name").partition(" avec ")[2] if with_initials else None
        crew = correspondent is not None and correspondent.re is _CREW_CREDITS
        if correspondent and (crew or looks_like_name(named or correspondent.group("name").split(" et ")[0])):
            head.author = correspondent.group("name").strip()
            removed.append(Removal(unit.line, text, "byline"))
            i += 1
            continue
        if unit.kind == "text" and not unit.markdown and _POST_ALONE.match(text):
            # The writer's post with no name, on its line above the text ("Envoyé spécial à Kiev", "CORRESPONDANT"):
            # a byline that tells no author.
            removed.append(Removal(unit.line, text, "byline"))
            i += 1
            continue
        if len(rest) <= 1 and _syndication(unit):
            # "L'article provient de La Gazette": where the reprinted article first ran; a day it gives is its date.
            head.date = head.date or parse_french_date(text)
            removed.append(Removal(unit.line, text, "syndication"))
            i += 1
            continue
        if unit.kind == "text" and len(rest) <= 1 and _newsroom_byline(unit):  # under the title or its lead
            # The newsroom signs, not a person: the line goes, the author stays unknown; a date in it is the article's.
            head.date = head.date or parse_french_date(text)
            removed.append(Removal(unit.line, text, "byline"))
            i += 1
            # "La rédaction avec" and the agency on a line below (a date line may come between): the agency signs.
            if text.rstrip().endswith("avec") and head.author is None:
                for later in units[i : i + 3]:
                    agency = _AGENCY_LINE.match(later.text) if later.kind == "text" else None
                    if agency is not None and not agency.group("dateline"):
                        head.author = agency.group("agency")
                        break
            continue
        if (
            head.title is not None
            and all(_headline_again(u, head) for u in rest)
            and head.author is None
            and unit.kind == "text"
            and not unit.markdown
            and _PRESS_BYLINE.match(text)
            and not _AGENCY_LINE.match(text)  # (an agency's name twice: its acronym signs, read below)
        ):
            head.author = text  # the newsroom signs under the headline (printed again or not): "TVA Nouvelles"
            removed.append(Removal(unit.line, text, "byline"))
            i += 1
            continue
        archive = _ARCHIVE_HEADER.match(text) if unit.kind == "text" and not unit.markdown else None
        if archive is not None:
            # A press archive's header under the headline, its empty field between two dashes: "Le Télégramme -
            # Châteaulin - - LA UNE - Hervé Roe" (the paper, its edition, the page or rubric, the writer)
            head.publisher = head.publisher or archive.group("paper").strip()
            writer = _BYLINE.match((archive.group("rest") or "").strip())
            name = writer.group("rest") if writer is not None else (archive.group("rest") or "")
            # (a name in capitals, perhaps the writer's address glued after it: "STEVE ROE steve. roe@ tc. tc")
            caps = re.match(r"[A-ZÀ-ÖØ-Þ’'-]{2,}(?:\s+[A-ZÀ-ÖØ-Þ’'-]{2,}){1,2}(?=\s|$)", name.strip())
            # (or in its own capitals, the address glued after it: "Marion Roe marion.roe@centrefrance.com")
            name = _SIGNED_ADDRESS.sub("", name.rstrip()) if caps is None else name
            initials = _INITIALS.match(name.strip())  # (or the writer's initials: "- Politique - V. M.")
            name = name.strip() if initials else _capitalised(caps.group() if caps is not None else name.strip())
            if head.author is None and name and (initials or looks_like_name(name)):
                head.author = name
            removed.append(Removal(unit.line, text, "byline"))
            i += 1
            continue
        agency = _AGENCY_LINE.match(text) if unit.kind == "text" and not unit.markdown else None
        if agency and agency.group("dateline"):
            name = (agency.group("name") or "").strip()
            if head.author is None and name and looks_like_name(name):
                head.author = name
            removed.append(Removal(unit.line, text, "dateline"))
            i += 1
            continue
        if (
            agency
            and _kept_lines(rest) <= (1 if _agency_byline(unit) else 0)
            and not (i and _credit_above(removed, units[i - 1]) and not CREDIT.search(units[i - 1].text))
        ):
            # The agency alone under the headline signs the dispatch, or under its standfirst set apart by blank
            # lines, as Swiss portals print it (not a picture's credit under its caption; a caption that closes on
            # its own credit, "… (archives).", needs none below it).
            head.author = head.author or agency.group("agency")
            removed.append(Removal(unit.line, text, "byline"))
            i += 1
            continue
        above_rule = (
            _signature_above_rule(text)
            if head.author is None
            and head.title is not None
            and unit.kind == "text"
            and not unit.markdown
            and following is not None
            and following.text.strip() in ("—", "–", "-")
            and _kept_lines(rest) <= 1
            else None
        )
        if above_rule is not None:
            # rule_signature: the writers' names alone under the headline or its standfirst, the dash rule under them
            # (blank lines between or not), as 20 Minutes and regional sites set the byline above the lead picture
            # ("Jeanne Roe", "Jeanne Roe avec J. D.", "Jeanne Roe - ©2024 Le Journal")
            head.author = above_rule
            removed.append(Removal(unit.line, text, "byline"))
            i += 1
            continue
        # (the name in capitals, as some Swiss and regional papers set the byline: "FRANÇOIS ROE")
        alone = text.title() if text.isupper() and len(text.split()) <= 3 else text
        # (or glued between the standfirst's last sentence and the text's first, no blank line around it, as La
        # Tribune's copy sets it: "… des Armées." / "Michel Roe" / "Alors que…")
        glued = (
            not unit.blank_before
            and bool(rest)
            and rest[-1].text.rstrip().endswith((".", "!", "?", "…"))
            and following is not None
            and following.word_count >= GLUED_SIGNATURE_TEXT_WORDS
        )
        name_alone = (
            head.author is None
            and unit.kind == "text"
            and not unit.markdown
            and (unit.blank_before or glued)
            and _NAME_ALONE.match(alone) is not None
        )
        # (a dash line right under the name, the separator 20 Minutes and regional sites print between the byline
        # and the picture)
        dash_under = (
            name_alone and following is not None and not following.blank_before and cruft_reason(following) == "markup"
        )
        if (
            name_alone
            and (following is None or following.blank_before or dash_under or glued)
            # under the standfirst (right under the headline, a name may head a portrait's first part, but not above
            # the dash line)
            and (rest or dash_under)
            and (is_first_name(alone.split()[0]) or (alone == text and is_unlisted_name(text)))  # "Tobias Roe"
            and not ADDRESS.match(text)  # ("Physical Address": an English footer's heading)
            and cruft_reason(unit) is None  # ("Privacy Preference Center": a consent panel's title)
            # (not a witness's name above their role and their words: "Olivier Roe" / "responsable pôle innovation"
            # / « … »)
            and not (following is not None and _ROLE_LINE.match(following.text))
            and _kept_lines(rest) <= 1
        ):
            # The writer's name alone on its line under the standfirst or the lead picture, as Swiss and German-
            # language sites print it ("Tobias Roe"): the byline without its label.
            head.author = alone
            removed.append(Removal(unit.line, text, "byline"))
            i += 1
            continue
        post = _GLUED_POST_HEADER.match(text) if head.author is None and unit.kind == "text" else None
        if post is not None and parse_french_date(post.group("date")) is not None:
            head.author = post.group("name")
            head.date = head.date or parse_french_date(post.group("date"))
            head.reading_time = head.reading_time or int(post.group("minutes"))
            removed.append(Removal(unit.line, text, "byline"))
            i += 1
            continue
        glued = _NAME_THEN_FACT.match(text) if head.author is None and unit.kind == "text" else None
        if glued is not None and _head_fact(glued.group("fact")) and is_person_name(glued.group("name")):
            # The writer's name and the post's fact side by side, their separator lost in the copy: "Jeanne Roe 18
            # min de lecture", "Jeanne Roe Publié le" (the date lost too).
            head.author = glued.group("name")
            reading = _READING.match(glued.group("fact"))
            if reading:
                head.reading_time = head.reading_time or _minutes(reading.group(1))
            else:
                head.date = head.date or parse_french_date(glued.group("fact"))
            removed.append(Removal(unit.line, text, "byline"))
            i += 1
            continue
        if (
            head.author is None
            and head.title is not None
            and unit.kind == "text"
            and not unit.markdown
            and following is not None
            and following.kind == "text"
            and _NAME_ALONE.match(text)
            and is_person_name(text)
            and _AGENCY_LINE.match(following.text)
            and _kept_lines(rest) <= 1
        ):
            # The writer's name alone, then the agency on the next line, as the Canadian wire signs under the
            # headline ("Katrine Roe" / "La Presse Canadienne"): the writer signs, the agency line goes as a byline.
            head.author = text
            removed.append(Removal(unit.line, text, "byline"))
            removed.append(Removal(following.line, following.text, "byline"))
            i += 2
            continue
        if (
            head.author is None
            and head.title is None
            and not rest
            and unit.kind == "text"
            and not unit.markdown
            and following is not None
            and _NAME_ALONE.match(text)
            and is_first_name(text.split()[0])
            and _is_dateline(following.text)
        ):
            # The writer's name alone, then the date line, above the headline (a blog theme's post head).
            head.author = text
            removed.append(Removal(unit.line, text, "byline"))
            i += 1
            continue
        initials = _INITIALS_ALONE.match(text) if unit.kind == "text" and not unit.markdown else None
        if (
            head.author is None
            and head.title is not None
            and unit.kind in ("text", "dash")
            and not unit.markdown
            and (
                (
                    _INITIALS.match(text)
                    and not any(_prose(before) and before.line != head.title_line for before in units[:i])
                )
                # initials_byline: under the standfirst too, whatever follows them (a rule, a picture's credit),
                # with the agency that helped perhaps ("C.D.", "M.R. avec AFP")
                or (initials is not None and _kept_lines(rest) <= 1)
            )
        ):
            # The reporter's initials alone under the headline, above the text, as regional dailies sign a local
            # story ("T.D.", "- H. D"): the author, however short (after the text, _end_signature reads them).
            head.author = " ".join((initials.group("name") if initials is not None else text).split())
            removed.append(Removal(unit.line, text, "byline"))
            i += 1
            continue
        source = _SOURCE_BYLINE.match(text) if head.author is None and head.title is not None else None
        if source is not None and unit.kind == "text" and not unit.markdown:
            # "Source AFP": the agency whose dispatch a paper reprints signs it (the share button's words may be
            # glued after it: "Source AFPLien copié Copier le lien")
            head.author = source.group("agency")
            removed.append(Removal(unit.line, text, "byline"))
            i += 1
            continue
        # (above the site's domain, the writer's name may open a copy that lost its headline: "Jeanne Roe" / "Le7.info")
        domain_under = following is not None and following.kind == "text" and bool(_DOMAIN.match(following.text))
        signed = (
            _signature_above_date(unit, following)
            if head.author is None and (head.title is not None or domain_under)
            else None
        )
        publication = (
            _signature_above_publication(unit, following, units[i + 2] if i + 2 < len(units) else None)
            if signed is None and head.author is None and head.title is not None and following is not None
            else None
        )
        if publication is not None and following is not None:
            # the writer's name, then the publication's, each alone on its line, under the headline ("Jeanne Roux"
            # then "Les Trois Coups"): the byline as a review or a magazine prints it
            head.author = publication
            removed.append(Removal(unit.line, text, "byline"))
            removed.append(Removal(following.line, following.text, "byline"))
            i += 2
            continue
        if signed is None and head.author is None and head.title is not None and unit.kind == "text" and i:
            # The signature under the date line: the name right below a date or a reading time just taken.
            above = units[i - 1].line
            if removed and removed[-1].line == above and removed[-1].rule in ("dateline", "reading-time"):
                # (or the writer's initials: "Publié le" / "P. V.")
                signed = (_bare_signature(text) or (_INITIALS.match(text) and text)) if unit.word_count <= 10 else None
        if signed:
            head.author = signed
            removed.append(Removal(unit.line, text, "byline"))
            i += 1
            continue
        issue = _print_issue(text) if unit.kind == "text" else None
        if issue is not None:
            date, month, minutes = issue
            head.date = head.date or date
            head.month = head.month or month
            head.reading_time = head.reading_time or minutes
            removed.append(Removal(unit.line, text, "print-issue"))
            i += 1
            continue
        # (a theme may set its post's facts as a list: "• Temps de lecture: 2 min")
        reading = _READING.match(text) if unit.kind in ("text", "bullet") else None
        if reading:
            head.reading_time = _minutes(reading.group(1))
            removed.append(Removal(unit.line, text, "reading-time"))
            i += 1
            continue
        if _READING_UNIT.match(text):
            # "min de lecture": the reading time, its figure lost in the copy (a script printed it)
            removed.append(Removal(unit.line, text, "reading-time"))
            i += 1
            continue
        episode = _DATED_DURATION.match(text) if unit.kind == "text" else None
        aired = _date_prefix(episode.group("date")) if episode is not None else None
        if aired is not None and not words(aired[1]):
            # A podcast's or a video's header: the day it was published, then its running time.
            _take_date(unit, (text, "", aired[2]), head, removed)
            i += 1
            continue
        credits = _CREDITS_LINE.match(text) if plain else None
        if credits is not None:
            # a programme's credits under its title: "Présentation : X / Article : Y" (the article's writer signs)
            writer = _CREDITS_WRITER.search(text)
            if writer is not None:
                head.author = head.author or writer.group("name").strip()
            removed.append(Removal(unit.line, text, "byline"))
            i += 1
            continue
        wire = _NEWSWIRE.match(text) if plain else None
        if wire is not None and words(text[wire.end() :]):
            # a press release's dateline on the wire, the headline after it: "QUÉBEC, le 23 sept. 2025 /CNW/ - …"
            head.date = head.date or parse_french_date(wire.group("line"))
            removed.append(Removal(unit.line, wire.group("line").strip(), "dateline"))
            units[i] = _retext(unit, text[wire.end() :])
            continue
        if unit.kind == "text" and not unit.formatted and _is_dateline(text):
            _read_dateline(text, head)
            removed.append(Removal(unit.line, text, "dateline"))
            i += 1
            continue
        month = parse_month_line(text) if unit.kind == "text" and not rest else None
        if month:  # above the text only: lower down, "Mars 2025" alone is an intertitle
            head.month = head.month or month
            removed.append(Removal(unit.line, text, "dateline"))
            i += 1
            continue
        above = head.title is None and not rest and not unit.markdown
        trail = _numbered_trail(units, i) if above else 0
        menu = _menu_run(units, i) if above and not trail else 0
        if trail or menu:
            # numbered_breadcrumb: the trail a page marks up as an ordered list, "1. Accueil" / "2. Culture" / "3. Arts
            # et spectacles" / "4. <the headline>": the site's path to the page, its last step the headline, which
            # the page prints again below it. Or a site's menu copied above the headline, an item a line: "Recherche
            # avancée" / "A PROPOS" / "Nos chiffres" / "Témoignages" / "Contact" (menu_column). Never the title.
            for item in units[i : i + (trail or menu)]:
                removed.append(Removal(item.line, item.text, "breadcrumb" if trail else "menu"))
            i += trail or menu
            continue
        if (
            head.title is None
            and not rest
            and unit.kind == "text"
            and following is not None
            and following.kind == "text"
            and not following.blank_before
            and _PLACE_LINE.match(text)
            and not any(is_french_word(t) for t in text.split() if t not in ("Le", "La", "Les"))  # not "Souveraineté"
            and (_is_dateline(following.text) or (len(following.text) <= 40 and parse_french_date(following.text)))
            and not _is_dateline(text)
        ):
            # A dateline set on two lines above the headline, the place, then the day: "Constantine" / "vendredi 5
            # décembre 2025" (split_dateline). The place is no headline.
            removed.append(Removal(unit.line, text, "dateline"))
            i += 1
            continue
        if head.title is None and not rest and unit.kind == "text" and not unit.markdown and _PLACE_ALONE.match(text):
            # the place a local edition or a correspondent writes from, alone above the headline: "Saint-Astier,
            # France", "De Londres" (place_line). Never the title.
            removed.append(Removal(unit.line, text, "dateline"))
            i += 1
            continue
        if head.title is None and not rest and unit.kind == "text" and not unit.markdown and _GENRE_LABEL.match(text):
            removed.append(Removal(unit.line, text, "kicker"))  # "INTERVIEW" above the lead, no headline copied
            i += 1
            continue
        if (
            head.title is None
            and not rest
            and unit.kind == "text"
            and not unit.markdown
            and re.fullmatch(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ-]{2,}", text)
            and is_french_word(text.casefold())
            and following is not None
            and following.kind == "text"
            and following.word_count >= LEAD_MIN_WORDS
        ):
            # rubric_label: one common noun alone above the lead of a copy that lost its headline ("Supermarché"): the
            # site's rubric, never the title (which the lead then gives)
            removed.append(Removal(unit.line, text, "kicker"))
            i += 1
            continue
        if head.title is None and not rest and unit.kind == "text" and _ICON_RUBRIC.match(text):
            removed.append(Removal(unit.line, text, "kicker"))  # a rubric with its pictogram's name, above the title
            i += 1
            continue
        if (
            head.title is None
            and not rest
            and _is_kicker(unit, _past_furniture(units, i + 1), units[i + 2] if i + 2 < len(units) else None)
            and not cruft_reason(unit)  # a live blog's status above the title is furniture, named as such
        ):
            removed.append(Removal(unit.line, text, "kicker"))
            kiosk = _KIOSK_EDITION.match(text)
            if kiosk is not None and head.publisher is None:
                head.publisher = kiosk.group("title")  # the kiosk's publication, its edition left out
            i += 1  # a rubric above the title ("Intelligence artificielle")
            after = units[i + 1] if i + 1 < len(units) else None
            if (
                _TICKER.match(text)
                and after is not None
                and _reads_as_title(units[i], after)
                and _reads_as_title(after, after)
            ):
                # a news ticker ("Flash infos") and the headline it shows, another article's, above this one's
                removed.append(Removal(units[i].line, units[i].text, "teaser"))
                i += 1
            continue
        domain = _DOMAIN.match(text) if unit.kind == "text" else None
        if domain is not None:
            head.publisher = head.publisher or domain.group("domain")
            removed.append(Removal(unit.line, text, "publisher"))
            i += 1
            continue
        reason = cruft_reason(unit) if unit.word_count <= FURNITURE_MAX_WORDS and not unit.formatted else None
        if reason is None and head.title is None and not rest and not unit.formatted and _captioned(unit, following):
            assert following is not None
            # A picture's caption and its photographer's credit above the headline: never the title.
            removed.append(Removal(unit.line, text, "credit"))
            removed.append(Removal(following.line, following.text, "credit"))
            i += 2
            continue
        if (
            reason is None
            and head.title is None
            and not rest
            and _is_caption(unit, following)
            and not _agency_byline(following)  # "Un titre" then "AFP" a blank line below: the headline, signed
            # the first line reads as a headline and the lead, not another headline, comes after the credit: it is
            # the headline above the lead picture's credit
            # (the first line left once the furniture above it is gone: a newsletter's issue line, a menu)
            and not (_reads_as_title(unit, following) and _lead_after(units, i + 2))
            # (a caption is glued to its credit: a line that reads as a headline, a blank line above the credit, is
            # the headline over the lead picture, whatever comes after the credit)
            and not (following is not None and following.blank_before and _reads_as_title(unit, following))
        ):
            reason = "credit"  # a photo's caption above the title, with its credit: never the title
        if reason and head.title is None and not rest:
            removed.append(Removal(unit.line, text, reason))  # furniture above the title is never the title
            published = _PUBLISHED_BY.search(text) if reason == "disclaimer" else None
            if published is not None and head.author is None:
                head.author = published.group("agency")  # "The original was published by Belga": the agency signs
            i += 1
            continue
        if head.title is None and not rest and fixes.templated(unit):
            removed.append(Removal(unit.line, text, "site-template"))  # the site's furniture is never the title
            i += 1
            continue
        if head.title is None and not rest and _stopped_headline(unit, following):
            head.title, head.title_line = text, unit.line  # the headline's own stop is kept, as the page prints it
            i, seen = i + 1, seen + 1
            continue
        if head.title is None and not rest and following is not None and _standfirst_above(unit, following, units, i):
            # standfirst_above: the standfirst copied above its headline, the lead under it; the headline is the
            # title, the standfirst opens the text
            assert following is not None
            head.title, head.title_line = following.text, following.line
            rest.append(unit)
            i, seen = i + 2, seen + 2
            continue
        if (
            head.title is None
            and head.author is None
            and not rest
            and unit.kind == "text"
            and not unit.markdown
            and 2 <= unit.word_count <= 3
            and _person_name(text)
            and following is not None
            and following.kind == "text"
            and following.word_count >= LEAD_MIN_WORDS
        ):
            # name_over_lead: a person's name alone above the lead, the copy having lost the headline (" date … Jeanne
            # Roe" then the text): the writer's signature, never the title
            head.author = text
            removed.append(Removal(unit.line, text, "byline"))
            i += 1
            continue
        if head.title is None and not rest and _reads_as_title(unit, following):
            rubric = _RUBRIC_PREFIX.match(text) if not unit.markdown else None  # a Markdown heading is the author's
            if rubric is None and not unit.markdown and text[:3].isupper():
                # a topic's rubric in capitals glued before the headline on its line, as the regional dailies print
                # it ("FAITS DIVERS Accident mortel à…"): words of the language in capitals, not an acronym; with
                # a stop, the label is the headline's own ("DIRECT. Conférence…")
                rubric = _caps_topic(text)
                spaced = rubric is not None and rubric.group().rstrip()[-1:].isalpha()
                rubric = rubric if spaced and rubric and count_words(text[rubric.end() :]) >= 4 else None
            if rubric is not None:
                removed.append(Removal(unit.line, rubric.group().strip(), "kicker"))
                text = text[rubric.end() :]
            head.title, head.title_line = text, unit.line
            i, seen = i + 1, seen + 1
            continue
        rest.append(unit)
        i, seen = i + 1, seen + 1
    rest.extend(units[i:])
    return head, rest, removed


# ----------------------------------------------------------------------------
# 3. Cruft
# ----------------------------------------------------------------------------


# A town and its country alone on a line, as a broadcaster's page tags where the story happens: "Quimper, France",
# "Sainte-Menehould, France" (a town's name of a few capitalised words, its hyphens and articles).
_PLACE_TAG = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w’'-]+(?:[\s-](?:(?:le|la|les|sur|en|de|du|des|lès|aux?)[\s-])?[A-ZÀ-ÖØ-Þ][\w’'-]+){0,3}"
    r",\s*(?:France|Belgique|Suisse|Canada|Luxembourg)$"
)


def _rx(*patterns: str) -> re.Pattern[str]:
    """One case-insensitive pattern of alternatives. When every alternative opens with ``^``, call ``match``:
    ``search`` would try each alternative's anchor at every offset of the text."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


# Teasers for other content: the marker and the short items after it go.
RELATED = _rx(
    r"^(?:à|a) lire (?:aussi|également|egalement|sur le même (?:thème|sujet))\b",
    # The label glued to the other article's headline, the link's text copied without a space: "À lire aussiLe titre".
    r"^(?:(?:à|a) lire (?:aussi|également|egalement)|lire (?:aussi|également|la suite))(?-i:[A-ZÀ-ÖØ-Þ«“\"])",
    r"^lire (?:aussi|également|la suite)\b",
    # (the excerpt's elision mark before it, as a feed cuts the text and links the rest: "[...] Lire la suite")
    r"^(?:\[\s*(?:\.{3}|…)\s*\]|\(\s*(?:\.{3}|…)\s*\)|\.{3}|…)\s*lire la suite\b.{0,40}$",
    # the label alone and a colon before the other article's headline: "Lire : Le jour où…"
    r"^(?:(?:à|a)\s+)?lire\s*:\s*(?-i:[A-ZÀ-ÖØ-Þ«“\"])",
    # the page's place in a series of the newsroom's: "Cet article fait partie du dossier …", "Notre dossier sport"
    r"^cet article fait partie (?:du|de notre|d[’']un|de la série|de la rubrique)\b.{0,100}$",
    r"^notre dossier\b[^.!?]{0,60}$",
    # …in brackets inside the text ("(lire : App Store : record des ventes)"), or "Lire" glued before the other
    # article's headline, which has no stop ("Lire Fâchée par le DMA, Apple renonce…"), or an arrow and a genre's label
    # in capitals before it ("→ ANALYSE. Sur le logement, le bilan reste mitigé")
    r"^\((?:à\s+)?lire(?:\s+aussi)?\s*:(?=[^()]{3,200}\)\.?$)",
    r"^(?-i:Lire)(?=\s+(?-i:[A-ZÀ-ÖØ-Þ])[^.!?]{10,200}$)",
    # The label and an arrow or a guillemet pointing at the other article's headline: "A lire > <titre>", "À lire »
    # <titre>", "Lire aussi > <titre>", "À voir › <titre>".
    r"^(?:(?:à|a) (?:lire|voir|découvrir)|lire|voir)(?:\s+(?:aussi|également|encore))?\s*[>»›→]",
    # …or the arrow first, then what to read, hear or watch and where, before a colon: "→ À relire : <titre>",
    # "→ Écouter sur RFI : <titre>", "► Voir aussi : <titre>"
    # (the arrow may be read as a list's glyph, the label left: "À relire : <titre>", "Écouter sur RFI : <titre>")
    r"^[→►▶➜>]\s*(?:(?:à|a)\s+)?(?:lire|relire|écouter|réécouter|voir|revoir|regarder)\b[^:]{0,40}:\s*\S",
    r"^(?:(?:à|a)\s+)?(?:relire|écouter|réécouter|revoir|regarder)\b[^:.!?]{0,40}:\s*(?-i:[A-ZÀ-ÖØ-Þ«“\"])",
    r"^(?:voir|découvrir|découvrez) (?:aussi|également)\b",
    r"^vous (?:aimerez|pourriez aimer|aimeriez|pourriez être intéressé)",
    # an English template's heading over the teasers: "Related News :", "Related articles", "Read also" (not "Read
    # More", a button under a teaser's text)
    r"^(?:related (?:news|articles?|posts?|stories)|read also)\s*:?$",
    # a print issue's pointer to other pages ("(lire notre dossier en pages précédentes)", "(voir aussi page 4)"),
    # a broadcast's to the other reports of the same programme ("À écouter également dans ce journal :")
    r"^\((?:lire|voir)\s+(?:aussi\s+)?(?:notre|nos|la|le|les|en)?\b[^()]{0,60}\bpages?\b[^()]{0,30}\)\.?$",
    r"^(?:à|a) (?:écouter|voir|lire) (?:également|aussi) dans (?:ce|cette|le|la)"
    r" (?:journal|émission|édition|rubrique)\b.{0,20}$",
    r"^sur ce sujet\s*:?$",
    # a topic page's label over its links: "Toute l'info sur", "Plus sur le thème :"
    r"^toute l[’']info(?:rmation)? sur\s*:?$|^plus sur (?:le|ce) (?:thème|sujet)\s*:?$",
    r"^(?:sur le même (?:sujet|thème)|dans la même rubrique|(?:nos )?articles? (?:similaires|liés|connexes|recommandés)"
    r"|nos derniers articles|(?:ces|d'autres) articles (?:pourraient|peuvent|devraient) vous intéresser"
    r"|les plus lus|en lien avec cet article|pour aller plus loin|à découvrir|recommandé pour vous)\b",
    # A site's list of attachments or links about the article, under its label alone on the line: "Documents
    # associés", "Pièces jointes", "Liens utiles", "Ressources".
    r"^(?:documents? (?:associés|joints|liés|à télécharger|utiles)|pièces? jointes?|à télécharger|téléchargements?"
    r"|liens? utiles|ressources (?:associées|utiles|liées))\s*:?$",
    # An English theme's label: "You May Be Interested In:", "Related posts", "Read more:".
    r"^(?:you may (?:also )?(?:be interested in|like)|related (?:posts|articles|stories)|read (?:also|more|next)\s*:)",
    # …and its sidebar's headings alone on their line: "Must read", "Trending now", "Popular posts".
    r"^(?:must read|trending(?: now| news)?|popular posts|recent posts|latest (?:news|posts|articles)"
    r"|top stories)\s*:?$",
    r"^(?:prochainement|à venir|à suivre|bientôt) dans (?:la|cette|notre) série\b",
    # the invitation to the links that follow: "Envie d'en savoir plus ? Voici quelques liens intéressants."
    r"^(?:envie d[’']en savoir plus\s*\?\s*)?voici (?:quelques|des|nos) (?:liens|articles|lectures)\b.{0,40}$",
    r"^(?:dans|de) la même série\b",
    # The pointer to the whole piece elsewhere: "Retrouvez l'interview en intégralité dans le magazine X du 22 mai",
    # "Notre article complet sur le rôle de Y".
    r"^retrouve[rz]? (?:l[’']interview|l[’']entretien|l[’']intégralité|le reportage|notre (?:article|dossier|enquête))"
    r"\b.{0,140}$",
    r"^notre (?:article|dossier|enquête|reportage) (?:complet|complète)\b.{0,120}$",
)
# (the arrow drawn as several glyphs or a triangle: "►►► A lire aussi : …", "▶ Lire aussi")
_TEASER_ARROW = re.compile(r"^(?:[>›»→]|[►▶▸➤]+)\s*(?=\w)")
# One-line site furniture: sharing, avatars, credits, comment prompts.
FURNITURE = _rx(
    r"^(?:partager|partagez|partage)\b(?:.{0,40})$",
    # a site builder's skip links ("top of page", "bottom of page"), a form's field notes ("Champ obligatoire"),
    # a pager or a calendar's days copied as one line ("1 2 3 4 5 … 20")
    r"^(?:top|bottom) of page$|^(?:haut|bas) de (?:la )?page$",
    r"^(?:champ|mot de passe|adresse e-?mail|e-?mail)\s+(?:obligatoire|requis)\b.{0,60}$",
    r"^1\s+2\s+3\s+4\s+5(?:\s+\d{1,2}){0,40}$",
    r"^(?:suivez-nous|retrouvez-nous|tweeter|imprimer|copier le lien|envoyer par e-?mail|réagir|commenter)\b.{0,60}$",
    # the share button by mail, its label said twice; the topic's follow button; a news aggregator's link to its
    # page on the story ("Envoyer l'article par mail", "Recevoir tous les articles sur ce sujet", "Suivez la
    # couverture complète")
    r"^envoyer (?:l[’']article|cet article)\b.{0,40}$",
    r"^recevoir (?:tous )?les (?:articles|alertes|actualités) (?:sur|de) ce (?:sujet|thème)\W*$",
    r"^suivez la couverture complète\W*$",
    # an image's file name the copy kept as its alternative text: "photo-output (1)", "img_2044.jpg"
    r"^(?-i:[a-z0-9]+(?:[-_][a-z0-9]+)+)(?:\s*\(\d{1,2}\))?(?:\.(?:jpe?g|png|webp|gif))?$",
    # the comment form's invitation and its condition: "Réagissez à cet article en nous laissant un commentaire.",
    # "Vous devez être connecté à votre compte X pour pouvoir commenter cet article."
    r"^réagissez à cet article\b.{0,60}$",
    r"^vous devez être connectée? à votre compte\b.{0,60}\bcommenter\b.{0,20}$",
    r"^(?:\d+\s+)?(?:commentaires?|réactions?)\b.{0,40}$",
    r"^laisser un commentaire\b",
    # WordPress's comment form, as French themes word it: its heading "Laisser une réponse", its placeholders "S'il
    # vous plaît entrez votre commentaire!", "Veuillez entrer votre nom ici", and the condition "Vous devez être
    # membre pour ajouter un commentaire."
    r"^laisser une réponse\W*$",
    r"^(?:s[’']il vous plaît,?\s+)?(?:entrez|veuillez entrer|saisissez) votre"
    r" (?:commentaire|nom|adresse e-?mail|e-?mail)(?:\s+ici)?\W*$",
    r"^vous devez être (?:membre|inscrite?|abonnée?|connectée?)\b.{0,60}\b(?:commenter|commentaires?|réagir)\b.{0,20}$",
    # a web app's connection banner: "Vous êtes hors-ligne", "Connexion rétablie..."
    r"^vous êtes hors[- ]?ligne\W*$",
    r"^connexion (?:internet )?rétablie\W*$",
    # the thread's link and the moderation notice: "Tous les commentaires", "Votre commentaire sera publié dans les
    # plus brefs délais après modération"
    r"^(?:voir |afficher |lire )?tous les commentaires\W*$",
    r"^votre commentaire (?:sera|doit être|est) (?:publié|visible|modéré|validé)\b.{0,80}$",
    # where an interview's words were taken, as a note under it: "Propos recueillis en conférence de presse."
    r"^propos recueillis (?:en|lors d(?:e|u|es|[’'])|au cours d(?:e|u|es|[’'])|à l[’']issue d(?:e|u|es|[’']))"
    r"\b.{0,80}$",
    # the comment form's options and the share button's confirmation: "Souhaitez-vous recevoir une notification lors
    # de la réponse", "Lien copié Copier le lien"
    r"^souhaitez-vous recevoir une notification\b.{0,60}$",
    r"^lien copié\b.{0,30}$",
    r"^(?:author|auteur|autrice)?\s*avatar\b.{0,40}$",
    r"^(?:photo|crédits? photo|crédits?|illustration|image|source image|infographies?)\s*:.{0,200}$",
    # A login or registration form's labels, as a paywall sets them: "Déjà inscrit(e) ?", "Pas encore inscrit ?",
    # "M'inscrire gratuitement", "Identifiant et/ou mot de passe non valides".
    r"^(?:déjà|pas encore)\s+(?:inscrit|abonné|membre|client)(?:\(e\)|e)?s?\s*\?$",
    r"^(?:m[’']inscrire|s[’']inscrire)(?:\s+gratuitement)?\W*$",
    r"^(?:identifiant|e-?mail|adresse e-?mail)\s+(?:et|ou|et/ou)\s+mot de passe\s+"
    r"(?:non valides?|incorrects?|invalides?)\W*$",
    r"^nous n[’']avons pas reconnu votre (?:e-?mail|adresse e-?mail|identifiant)\W*$",
    # (the ad slot's label after its information sign, and in an English template: "ⓘ Publicité", "Advertisement")
    r"^(?:[ⓘℹ]\ufe0f?\s*)?(?:publicit[ée]s?|sponsorisé|contenu sponsorisé|annonce|advertisement|sponsored)$",
    # A media player's controls read out as text: "Lancer la diffusion Mettre en pause Volume Couper le son…", and
    # its loading state ("loading", "Chargement…")
    r"^(?:lancer la (?:diffusion|lecture)|mettre en pause|lecture)\b(?:\s+(?:mettre en pause|volume|couper le son"
    r"|remettre le son|plein écran|\d{1,3}\s*%|\d{1,2}:\d\d))+.{0,40}$",
    r"^(?:loading|chargement)(?:\.\.\.|…)?$",
    # A regional paper's template around the text: the menu's sections ("Petites annonces", "Supplément du
    # journal"), the back-to-top button ("Bouton retour en haut de la page"), the copy lock's notice ("Vous ne pouvez
    # pas copier le contenu de cette page"), an ad blocker's notice ("Vous utilisez un bloqueur de publicité…"), a
    # mail widget's buttons glued ("RépondreTransférer"), a player's replay link ("Réécouter en podcast") and its
    # caption closed by the copy-link button ("Reportage France Bleu Belfort / Jeanne Roe Copier")
    r"^(?:petites annonces|supplément du journal)\W*$",
    r"^(?:bouton\s+)?retour en haut(?: de (?:la )?page)?\W*$",
    r"^vous ne pouvez pas copier le contenu de cette page\W*$",
    r"^vous utilisez un bloqueur de publicités?\b.{0,160}$",
    r"^répondre\s*transférer\W*$",
    r"^(?:réécouter|écouter|réécoutez|écoutez)\s+(?:en podcast|le podcast|l[’']émission|ce reportage)\W*$",
    r"^(?:reportage|vidéo|audio|podcast)\b[^.!?]{0,100}\bcopier$",
    r"^[^.!?]{3,100}[—–-]\s*(?:reportage|vidéo|audio)\s+copier$",
    # A reading time glued to the page's view counter: "Temps de lecture 3 min Nombre de vues"
    r"^temps de lecture\s*:?\s*\d{1,3}\s*min(?:utes?)?\.?\s+nombre de (?:vues|lectures)\W*\d*$",
    # An advertisement's slot still loading when the page was copied: "Publicité en cours de chargement...".
    r"^publicité en cours de chargement\W*$",
    # The advertisement's notice that the text goes on below it: "Publicité, votre contenu continue ci-dessous",
    # "(L'article continue plus bas - Inf. publicitaire)".
    r"^publicité\s*[,:-]\s*votre contenu continue ci-dessous\W*$",
    r"^\(?l[’']article continue (?:plus bas|ci-dessous)\b[^()]{0,40}\)?\.?$",
    # Messages a site's template prints, never the article: a comment form's rules and counters ("Vos réactions
    # doivent respecter nos CGU.", "0 comments:"), an error in a widget ("Une erreur est survenue. Veuillez
    # réessayer plus tard."), the errata prompt ("Une erreur dans le texte ? C'est le bon endroit pour nous
    # l'indiquer !"), an embed's warning ("Contenu externe", "Le contenu suivant a été fourni par des partenaires
    # externes."), a login prompt ("(mot de passe oublié ?)").
    r"^vos (?:réactions|commentaires) doivent respecter (?:nos|les) (?:cgu|conditions|règles)\b.{0,60}$",
    r"^\d+\s+comments?\s*:?$",
    r"^une erreur est survenue\W*(?:veuillez réessayer(?: plus tard)?\W*)?$",
    r"^veuillez réessayer(?: plus tard)?\W*$",
    r"^une erreur dans (?:le texte|cet article)\s*\?.{0,80}$",
    r"^c[’']est le bon endroit pour nous l[’']indiquer\W*$",
    r"^contenu externe\W*$",
    r"^le contenu suivant a été fourni par des partenaires externes\W*$",
    r"^\(?mot de passe oublié\s*\?\)?$",
    # The follow prompt: "Pour ne manquer aucune actualité de X, suivez-nous sur Google Actualités et WhatsApp."
    r"^pour ne (?:rien )?manquer (?:aucune?|rien)\b.{0,80}\bsuivez-nous\b.{0,80}$",
    # A highlight-to-share widget's prompt: "NOUVEAU ! SURLIGNE ET PARTAGE", "Surlignez la phrase que vous voulez
    # partager sur Facebook et Twitter"; a follow button in English: "Follow Le Courrier de l'Ouest".
    r"^(?:nouveau\s*!?\s*)?surlign(?:e|ez)\b.{0,100}\bpartag\w*\b.{0,60}$",
    r"^(?-i:Follow)\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w’' -]{2,50}$",
    # The share button's confirmation: "Lien copié".
    r"^lien copié\W*$",
    r"^(?:mots-clés|mots clés|tags|étiquettes)\s*:",
    r"^(?:cliquez ici|en savoir plus|voir plus|lire plus)\b.{0,60}$",
    r"^(?:facebook|twitter|x|linkedin|whatsapp|messenger|e-?mail|courriel|pinterest|reddit|telegram|bluesky|threads"
    r"|mastodon|flipboard|imprimer|copier le lien|short url|url courte|lien court|permalien|lien permanent"
    # An English theme's buttons, as French sites built on one keep them: "Share.", "Tweet", "Pin it".
    r"|share|tweet|pin it|print|email)[.:]?$",
    # A share bar copied as one line, its buttons' labels side by side: "Facebook Twitter LinkedIn E-mail Copy Link".
    # (each button's label may say it: "Copier le lien Partager sur FaceBook Partager sur Twitter Imprimer")
    r"^(?:(?:partager\s+(?:sur|par)\s+)?(?:facebook|twitter|x|linkedin|whatsapp|messenger|e-?mail|courriel|pinterest"
    r"|reddit|telegram|bluesky|threads|mastodon|flipboard|imprimer|print|copy link|copier le lien|share|partager)"
    r"(?:\s+|$)){3,}$",
    # A video player's skip button, a podcast player's download link, a blog template's comment count and button:
    # "Passer la publicité", "ou téléchargez au format MP3", "No comments:", "Read More".
    r"^passer (?:la )?(?:publicité|pub)\W*$",
    # A blog platform's post header in English, its facts: "Sunday, April 23, 2023", "11/17/20241 min read" (the
    # American date glued to the reading time)
    r"^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),\s+)?(?:january|february|march|april|may|june"
    r"|july|august|september|october|november|december)\s+\d{1,2},\s+(?:19|20)\d\d$",
    r"^\d{1,2}/\d{1,2}/(?:19|20)\d\d\s*\d{1,3}\s*min(?:ute)?s?\s+read$",
    # the lead picture's alternative text, its picture lost: "Illustration de l'article"
    r"^(?:illustration|image|photo|visuel)\s+de\s+l[’']article\W*$",
    # A market widget's quotes, a figure with decimals and its change in brackets, one per line, and its status:
    # "11 181,54", "-343,01 (-2,98 %)", "La bourse est fermée" (never prose: no word)
    r"^[+\-−]?\d{1,3}(?:[ \u202f\u00a0]\d{3})*,\d{2,4}(?:\s*\(\s*[+\-−]?\d{1,3}(?:,\d+)?\s*%\s*\))?$",
    r"^la bourse est (?:fermée|ouverte)\W*$",
    r"^(?:ou\s+)?(?:téléchargez|télécharger)(?:-le)? (?:au format|en) mp3\W*$",
    r"^no comments?\s*:?\s*$|^read more\W*$",
    # The comment section's button and its empty state: "Ajouter un commentaire", "Plus aucun commentaire.",
    # "Soyez le premier à réagir".
    r"^(?:ajouter|écrire|rédiger|publier|poster) un commentaire\W*$|^(?:plus\s+)?aucun commentaire\b.{0,30}$",
    r"^soyez (?:le premier|la première) à (?:commenter|réagir|donner votre avis)\b.{0,30}$",
    # An author box's links under the writer's name (WordPress's "Website | More posts"): "Site Web | Plus de
    # publications", "Voir tous ses articles".
    r"^(?:site (?:web|internet)\s*[|·]\s*)?plus de publications$"
    r"|^voir tou(?:s|tes) (?:ses|les) (?:articles|publications)$",
    r"^(?:offrir|sauvegarder|écouter|partager|imprimer|enregistrer) (?:cet |l[’'])article\b",
    r"^(?:cet )?article réservé aux abonnés\b|^réservé aux abonnés\b|^(?:déjà abonné|connectez-vous|se connecter)\b"
    r"|^connecte-toi\W*$",  # (the same button on a site that speaks to its readers as "tu")
    r"^cet article vous a (?:plu|intéressé)\b|^laissez(?:-nous)? un commentaire\b|^(?:signaler|répondre)$",
    # a rating widget: "(aucun avis, cliquez pour noter)", "Notez cet article", "4,5/5 (12 avis)"
    r"^\(?\s*(?:aucun|\d+)\s+avis\s*,\s*cliquez\s+pour\s+noter\s*\)?$|^notez\s+cet\s+article\b.{0,40}$",
    # A podcast's or a site's call to pass it on: "Ce podcast vous a plu ?", "Aidez-nous à faire connaître X, en le
    # partageant autour de vous !"
    r"^(?:ce|cet|cette) (?:podcast|épisode|émission|contenu|vidéo) vous a (?:plu|intéressée?)\b.{0,60}$",
    r"^aidez-nous à (?:faire connaître|diffuser|soutenir|faire vivre)\b.{0,300}$",
    # A site's app prompt: "Télécharger l'appli", "Découvrez notre appli flèche vers le bas" (its icon's alt text).
    r"^(?:(?:à la une|menu)\s+)?(?:télécharger|téléchargez|découvrez|installez)\s+(?:l[’']|notre\s+)appli(?:cation)?\b"
    r".{0,60}$",
    # …after the call to follow the news it brings: "Gardez un œil sur l'actualité et téléchargez notre application"
    r"^(?:gardez|suivez|restez|ne manquez)\b.{0,100}\bet\s+(?:télécharger|téléchargez|installez)\s+(?:l[’']|notre\s+)"
    r"appli(?:cation)?\b.{0,60}$",
    # An English theme's comment prompts: "Add new comment", "Leave a reply".
    r"^(?:add (?:a |new )?comment|leave a (?:comment|reply)|post a comment|\d+\s+comments?)\s*$",
    # …their heading and counters: "Comments", "Be the first to comment on …", "0 Réponses à “Le titre…”"
    r"^(?:comments?|reply_?author|be the first to comment\b.{0,120})\s*$",
    r"^\d+\s+réponses?\s+(?:à|sur)\s+[“«\"].{2,200}$",
    # The page's print and send buttons: "Format imprimable Envoyer cet article", "Créer un fichier PDF", "email
    # print share on Facebook…"
    r"^(?:format|version) imprimable\b.{0,40}$",
    r"^(?:envoyer|envoyez) (?:cet article|à un ami)\b.{0,40}$",
    r"^créer un (?:fichier )?pdf\b.{0,30}$",
    r"^(?:e-?mail\s+)?print\s+share on\b.{0,120}$",
    # The comment section's invitation under the article, and its account prompt: "Réagissez à cet article",
    # "Vous avez déjà un compte ? Connectez-vous et retrouvez vos commentaires…".
    r"^(?:réagissez|commentez|donnez votre avis)"
    r"(?:\s+(?:à|sur)\s+(?:cet|l[’'])\s*article|\s+ici|\s+ci-dessous)?\s*[!:.]?$",
    r"^(?:vous avez déjà un compte|vous n[’']avez pas (?:encore )?de compte|pas encore (?:de compte|inscrit|membre))"
    r"\s*\?.{0,200}$",
    # The advertisement break a site leaves in its text: "La suite après cette publicité", "Publicité - la suite
    # ci-dessous".
    r"^(?:la suite (?:de l[’']article )?(?:après|sous) (?:cette|la) publicité|publicité\s*[-–—,.:]?\s*"
    r"(?:la suite|l[’']article continue|poursuivez votre lecture|lire la suite)(?: ci-dessous| après)?)\s*\.?$",
    # A live blog's status lines: "Ce direct est maintenant terminé.", "Ce live est terminé".
    r"^(?:ce|le) (?:direct|live) est (?:maintenant |désormais )?(?:terminé|clos|fini)\b.{0,60}$",
    r"^(?:c[’']est )?la fin de ce (?:direct|live)\b.{0,60}$",
    r"^(?:live|direct) (?:terminé|clos)\.?$|^fin du (?:direct|live)\.?$",
    # …and its sign-off: "Merci de l'avoir suivi sur X.", "Merci de nous avoir suivis."
    r"^merci (?:à tous |à toutes )?de (?:nous |l[’']|les )avoir suivie?s?\b.{0,60}$",
    # A sponsor's mention in the text: "Avec notre partenaire X, …", "En partenariat avec X".
    r"^(?:avec notre partenaire|en partenariat avec|contenu proposé par|article sponsorisé par)\b.{0,120}$",
    # The platform or sponsor a page credits at its head or foot: "Propulsé par X", "Powered by X" (a few words,
    # no punctuation: "Propulsé par la demande, le titre…" is a sentence).
    r"^(?:propulsée?|powered|sponsorisée?)\s+(?:par|by)\s+[^\s,.;:!?][^,.;:!?]{0,38}$",
    # The comment form under a blog's post: "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont
    # indiqués avec *".
    r"^votre adresse (?:e-?mail|courriel|de messagerie|électronique) ne sera pas publiée\s*\.?"
    r"(?:\s*(?:les\s+)?champs obligatoires sont (?:indiqués|marqués|signalés)\b.{0,40})?$",
    r"^les champs obligatoires sont (?:indiqués|marqués|signalés) (?:avec|par) (?:une? )?(?:\*|astérisque)\W*$",
    # The newsroom's invitation to write: "Vous avez une question, une remarque ? Contactez notre rédaction", "Une
    # info à nous signaler ? Écrivez-nous".
    r"^(?:vous (?:avez|souhaitez|voulez|avez repéré)|une) [^?]{0,100}\?\s*"
    r"(?:contactez|écrivez|envoyez|signalez)[- ]?(?:nous|notre|la|à)\b.{0,100}$",
    # …and its fields, the asterisk marking the required ones: "Nom *", "E-mail *", "Commentaire *".
    r"^(?:nom|prénom|e-?mail|adresse e-?mail|courriel|site web|site internet|commentaire|message)\s*\*$",
    # A theme's share and close buttons, their icons lost: "share close".
    r"^(?:share|close|menu|search)(?:\s+(?:share|close|menu|search))+$",
    # A sharing plugin's label: "Spread the love".
    r"^spread the love\W*$",
    # A wire's note under a developing story: "D'autres détails suivront.", "Plus d'informations à venir", "Article
    # en cours de mise à jour".
    r"^[-–—]?\s*(?:d[’']autres\s+|plus d(?:e\s+|[’']\s*))(?:détails|informations|précisions)"
    r" (?:suivront|à suivre|à venir)\W*$",
    r"^(?:article|dépêche|information) en cours (?:de mise à jour|d[’']actualisation)\W*$",
    # A bilingual page's switch to its other language: "English version below", "Version anglaise ci-dessous".
    r"^(?:english (?:version )?below|(?:version|texte) (?:française|anglaise|en anglais|en français) ci-dessous)\W*$",
    # An affiliate links' disclosure, as blogs print it: "Disclosure: This website may contain affiliate links", "Cet
    # article contient des liens d'affiliation".
    r"^(?:disclosure|divulgation)\s*:.{0,200}$",
    r"^(?:ce site|cet article|cette page|this (?:website|site|article|post|page))\b.{0,40}"
    r"\b(?:liens? d[’']affiliation|liens? affiliés?|affiliate links?)\b.{0,100}$",
    # The site's call to read more of it: "Retrouvez toute l'actualité sur X.be", "Retrouvez tous nos articles sur…".
    r"^retrouvez (?:toute l[’']actualité|tous nos articles|toutes nos (?:infos|informations|actualités))\b[^,;]{0,80}$",
    # The writer's initials in brackets on a line of their own, the regional papers' signature of a short item:
    # "(J.D.)", "(J.-P. M.)", "(or)".
    r"^\(\s*(?:[A-ZÀ-ÖØ-Þ]\.\s*-?\s*){1,3}\)$|^\([a-z]{2,3}\)$",
    # The newsroom's call for witnesses: "Notre service WhatsApp. Vous êtes témoin d'un événement ? Envoyez-nous…".
    r"^(?:notre service whatsapp\W*)?vous êtes (?:le )?témoins? d[’'`].{0,140}\?\s*"
    r"(?:envoyez|contactez|écrivez)\b.{0,80}$",
    # A weather widget in the page's header: "7.7 C", "12 °C".
    r"^-?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]$",
    # The comment section's link, house rules and buttons: "Voir les commentaires", "L'espace des commentaires est
    # ouvert aux inscrits.", "Vous avez droit à 3 commentaires par jour…", "Signaler Répondre".
    r"^(?:voir|afficher|lire) (?:les|tous les) (?:\d+ )?commentaires\W*$",
    r"^(?:l[’']espace (?:des|de) commentaires?|les commentaires) (?:est|sont) (?:ouverts?|réservés?|accessibles?) aux"
    r" (?:inscrits|abonnés|membres|lecteurs inscrits)\b.{0,80}$",
    r"^vous avez droit à \d+ (?:commentaires?|réactions?) par (?:jour|article)\b.{0,200}$",
    r"^(?:signaler|répondre|citer)(?:\s+(?:signaler|répondre|citer))+$",
    # The login box a site's template prints with the page: "Connexion utilisateur", "Vous pouvez vous connecter avec
    # votre compte facebook.", "Le champ mot de passe est sensible à la casse.", "Mot de passe oublié ?".
    r"^connexion(?: utilisateur| abonnée?)?\W*$|^(?:mot de passe oublié|créer (?:un|mon) compte)\W*$",
    r"^vous pouvez vous connecter (?:avec|soit|via|en utilisant)\b.{0,160}$",
    r"^le champ (?:du )?mot de passe\b.{0,80}$",
    # The local correspondent's telephone at the foot of a regional paper's item: "Correspondant Midi Libre : 06 32
    # 69 54 72".
    r"^(?:contact\s*:?\s*)?correspondante?s?\b[^.!?]{0,50}:?\s*(?:\+\d{2,3}\s?|0)\d(?:[ .]?\d\d){4}\W*$",
    # A kiosk's footer under a digitised newspaper page: "Newspapers in French", "Newspapers from France".
    r"^newspapers (?:in|from) [a-z]+$",
    # A WordPress theme's text for screen readers, copied with the page: "You are currently viewing <title>".
    r"^you are currently viewing$",
    # The ad slot's own offer, as the Swiss regional sites print it: "Votre publicité ici avec IMPACT_medias".
    r"^votre (?:publicité|pub|annonce) ici\b.{0,60}$",
    # The comment section still loading, and the blog platform's empty section: "Chargement des commentaires…",
    # "Aucun commentaire:", "Enregistrer un commentaire", "Publier un commentaire".
    r"^chargement des commentaires\W*$|^aucun commentaire\s*:?$|^(?:enregistrer|publier|poster) un commentaire$",
    # The comment section's state and rules, in the site's voice: "Aucun commentaire n'est disponible pour le
    # moment", "Les commentaires restent ouverts 30 jours", "Nous avons décidé de fermer les commentaires…"
    r"^aucun commentaire n[’']est (?:disponible|publié|encore publié)\b.{0,40}$",
    r"^les commentaires\b.{0,40}\b(?:restent|sont|seront) (?:ouverts|fermés|clos|désactivés)\b.{0,80}$",
    r"^.{0,60}\bnous\b.{0,40}\b(?:suspendre|fermer|désactiver|suspendu|fermé|désactivé) les commentaires\b.{0,100}$",
    # The ad blocker's notice and its plea, the share buttons' networks in a row, a list's buttons: "Vous utilisez un
    # bloqueur de publicités ?", "Désactivez-le pour ce site : la publicité fait vivre la presse", "Facebook X
    # Linkedin Mail", "Afficher les titres Masquer les titres"
    r"^vous utilisez un (?:ad-?block(?:er)?|bloqueur de publicités?)\b.{0,20}$",
    r"^.{0,40}\bdésactive[rz]?\b.{0,40}\b(?:pour|sur) (?:ce|notre) site\b.{0,120}$",
    r"^(?:(?:facebook|twitter|x|linkedin|bluesky|mail|e-?mail|whatsapp|messenger|telegram|pinterest|threads|reddit"
    r"|copier(?: le lien)?|enregistrer|imprimer|partager)\s*){3,}$",
    r"^(?:(?:afficher|masquer|voir|cacher) les titres\s*){1,2}$",
    # The account's login and recovery screens copied with the page: "Mot de passe oublié ?", "Saisissez votre
    # adresse e-mail : nous vous enverrons un lien…", "Nous vous avons envoyé un e-mail…", "Devenez membre ou
    # connectez-vous"
    r"^(?:vous avez )?(?:oublié votre mot de passe|mot de passe oublié)\s*\??$",
    r"^(?:saisissez|entrez|indiquez|renseignez) votre (?:adresse )?(?:e-?mail|courriel)\b.{0,40}\b(?:mot de passe"
    r"|lien|réinitialis)\S*.{0,60}$",
    r"^nous vous avons envoyé un (?:e-?mail|courriel|lien|message)\b.{0,100}$",
    r"^devenez membre\s*,?\s*(?:ou\s+)?(?:connectez-vous|identifiez-vous)\W*$",
    # The notice of an archive moved from an older site or kept after the title closed: "Ce contenu provient de
    # notre ancien site web. Il est possible que sa mise en page…", "Cet article fait partie des archives en ligne
    # du HuffPost Québec, qui a fermé ses portes en 2021."
    r"^ce contenu provient de (?:notre|l[’']ancien|notre ancien) (?:ancien )?site\b.{0,200}$",
    r"^cet article fait partie des archives\b.{0,160}$",
    # The report-an-error button: "Une faute?", "Signaler une erreur".
    r"^une faute\s*\?$|^signaler une (?:erreur|faute|coquille)\W*$",
    # A template's file name copied with the page: "single.php".
    r"^[\w-]+\.php$",
    # A video player's duration alone on its line: "1:35".
    r"^\d{1,2}:\d\d$",
    # The advertiser's call in the ad slot: "Envie d'afficher votre publicité ?"
    r"^(?:envie|besoin) d[’'](?:afficher|diffuser|annoncer) votre (?:publicité|annonce|pub)\b.{0,40}$",
    # A video player's share box: "Copier/coller le lien embed de la vidéo de l'article :".
    r"^copier\s*/\s*coller (?:le|ce) (?:lien|code)\b.{0,160}$",
    # A link's prompt in the text of the site: "Pour accéder au premier volet de l'entretien, cliquer ici."
    r"^pour (?:accéder|lire|voir|retrouver|découvrir|écouter|regarder|consulter)\b.{0,100},\s*clique[rz] ici\W*$",
)
_GENERATED_WITH = re.compile(r"^(?:image\s+)?generated (?:with|by)\s+\S.{0,40}$", re.I)
_ARROW_PROMO = re.compile(r"^>>\s*(?:accédez|découvrez|profitez|abonnez-vous|rejoignez)\b", re.I)
# The link to another article, its headline behind two arrows typed as ">>" as franceinfo sets it, or behind one
# with the kind of link first: ">> Incendies en Gironde : quel avenir… ?", "> En photos: perturbations au centre".
# (a headline: no final stop, thirty words at most)
_ARROW_TEASER = re.compile(
    r"^(?:>>\s*|>\s*(?=(?i:en (?:photos?|vidéos?|images)|à (?:lire|voir|écouter)|lire|voir)\b))"
    r"(?=[A-ZÀ-ÖØ-Þ«“\"0-9])(?:\S+\s+){0,29}\S+(?<![.;,])$"
)
_CODE_FENCE = re.compile(r"^[“”\"']?`{1,3}\s*(?:html|css|js|javascript|json|xml|python)?$", re.I)
_PIPE_MENU = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][\w’'&.-]*(?:\s+[\w’'&.-]+){0,2}\s*\|\s*){2,}[A-ZÀ-ÖØ-Þ][\w’'&.-]*(?:\s+[\w’'&.-]+){0,2}\s*\|?$"
)
# A portrait's caption, as the press prints it under a photo: the person's full name, a comma, the role, the stop, and
# no verb ("Jeanne Roe, la directrice digitale de Nexa.", "Paul Roe, président de la coopérative.").
_ROLE_CAPTION = re.compile(
    r"^(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+(?:de\s+|du\s+|[Ll]e\s+|[Ll]a\s+)?[A-ZÀ-ÖØ-Þ][\w’'-]+){1,3}),\s+"
    r"(?P<role>(?:le\s+|la\s+|l[’']\s*)?[a-zà-ÿ][^.!?«»“”\":;,]{2,100}(?:,\s+[^.!?«»“”\":;,]{2,60})?)\.$"
)
_CAPTION_VERBS = re.compile(r"\b(?:est|sont|était|a|ont|avait|sera|fut|reste|devient|se|s[’']\w+)\b")
ROLE_CAPTION_WORDS = 18


def _role_caption(unit: Unit, following: Unit) -> bool:
    """A portrait's caption with the role (:data:`_ROLE_CAPTION`) set between paragraphs: not the line that names the
    speaker of the quotation after it, nor a sentence (a verb in the role)."""
    match = _ROLE_CAPTION.match(unit.text) if unit.kind == "text" else None
    if match is None or unit.word_count > ROLE_CAPTION_WORDS or _CAPTION_VERBS.search(match.group("role")):
        return False
    _, comma, second = match.group("role").partition(",")
    if comma and second.split() and reads_as_verb(second.split()[0]):
        return False  # "Marie Roe, présidente de la CNIL, défend une ligne ferme.": the sentence's verb after the role
    name = match.group("name")
    if not is_person_name(name):
        return False
    return not following.text.lstrip().startswith(("«", "“", '"', "—", "–", "-"))


# A writer's presentation in an author box: a role or a trade first, no quotation ("Formateur expert en IA.
# Fondateur de X.", "Journaliste indépendante, spécialiste des questions numériques").
# The roles a line opens with when it presents a person (an author box, a witness's card).
_LINE_ROLES = (
    r"responsable|directeur|directrice|président|présidente|rédacteur|rédactrice|chef|cheffe|fondateur|fondatrice"
    r"|journaliste|chargée?"
)
_BIO_LINE = re.compile(
    rf"^(?:{_LINE_ROLES}|cofondateur|cofondatrice|co-fondateur|co-fondatrice|consultante?"
    r"|formateur|formatrice|experte?|ingénieure?|chercheur|chercheuse|enseignante?|professeure?|avocate?"
    r"|docteure?|doctorante?|étudiante?|auteure?|autrice|spécialiste|passionnée?"
    r"|analyste|entrepreneure?|coach|conférencière|conférencier|blogueuse|blogueur)\b[^«»“”\"]{0,280}$",
    re.I,
)
AUTHOR_BOX_WORDS = 40


def _bio_line(unit: Unit) -> bool:
    """A line of an author box's presentation (:data:`_BIO_LINE`)."""
    text = unit.text
    return (
        unit.kind == "text"
        and not unit.markdown
        and unit.word_count <= AUTHOR_BOX_WORDS
        and bool(_BIO_LINE.match(text))
        # (no sentence about someone: "Chercheur au CNRS, Paul Roe estime…" is the article's)
        and not _CAPTION_VERBS.search(text)
        and not any(is_first_name(word) for word in text.split()[1:])
    )


_ROLE_LINE = re.compile(rf"^(?:{_LINE_ROLES}|coordinat(?:eur|rice)|délégué|déléguée)\b[^.!?«»]{{0,80}}$", re.I)
_AGENCY_PAIR = re.compile(r"^[A-Za-z][\w.-]{1,20}\s*/\s*[A-Z][A-Z.&-]{2,20}$")
_SLASH_AGENCY = re.compile(r"^/\s*[A-ZÀ-ÖØ-Þ][\w.&-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.&-]*){0,2}$")
# The Swiss financial wire's sign-off under a dispatch: the source agency and its editor's initials, two to four
# small letters, joined by slashes ("afp/ck", "afp/ther", "awp/ats/rp").
_WIRE_SIGN_OFF = re.compile(rf"^(?:awp\s*/\s*)?(?i:awp|{_AGENCIES})(?:\s*/\s*[a-z]{{2,4}}){{1,2}}$")
_DISTRIBUTED_AT = re.compile(
    r"^\d{1,2}-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d{4}\s*/\s*\d{1,2}:\d{2}(?:\s+[A-Z/]{3,9})?$"
)
# The label of a press release alone on its line: "COMMUNIQUÉ DE PRESSE", "Communiqué".
_RELEASE_LABEL = re.compile(r"^(?:communiqué(?: de presse)?|press release)\s*:?$", re.I)
# A wire's closing credits, in brackets, as Reuters prints them in French: "(Reportage Jeanne Roe ; version française
# Marc Olier, édité par Kim Lee)", "(Rédigé par Paul Roe)".
# The writers' names may come first, the editor last: "(Jeanne Roe, avec Paul Blanc, édité par Kim Lee)".
_WIRE_CREDITS = re.compile(
    # ("(Rapport de Jeanne Roe)": "Reporting by", as a translation of Reuters' English credits renders it)
    r"^\(\s*(?:(?:reportage|rédigé|rédaction|écrit|édité|version française|bureau|avec la contribution"
    r"|rapport\s+de(?=\s+(?-i:[A-ZÀ-ÖØ-Þ][\w’'-]+\s+[A-ZÀ-ÖØ-Þ])))\b[^()]{2,200}"
    r"|(?-i:(?:(?:avec\s+)?[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)+\s*[,;]\s*){1,4})"
    r"(?-i:édité(?:e|s)?\s+par\s+[A-ZÀ-ÖØ-Þ])[^(),;]{2,60})"
    r"(?<=\w)\s*\)\.?$",
    re.I,
)
# A wire's revision note above an updated dispatch, in its telegraphic style (no article): "Ajoute adoption
# communiqué final, sources", "(Actualisé avec réaction ministre)": the verb of revision, then what it adds, no stop
# ("Ajoute du sel" is a sentence).
_REVISION_NOTE = re.compile(
    r"^\(?\s*(?:ajoute|actualisée?|complétée?)\s+(?!(?:[^.!?:]*\s)?(?:à|que|qu[’']|le|la|les|l[’']|du|des|de\s+la|un|une)\b)"
    r"(?-i:[a-zà-ÿ])[^.!?:«»“”\"]{2,80}\)?$",
    re.I,
)
_BRACKETED_REVISION = re.compile(
    r"^\(\s*(?:ajoute|ajout\s+de|actualisée?\s+avec|complétée?\s+avec|mise?\s+à\s+jour\s+avec|répétition\s+sans"
    r"|corrige|rectifie|précise)\b[^()]{2,140}\)$",
    re.I,
)
# The access badge of a site with a paywall, alone on its line: "Offert", "Article offert", "Abonnés", "Premium"; and
# the label a site pins on a story it has alone, above the headline: "Exclusif", "Exclusivité", "Info Le Journal".
BADGE = re.compile(
    # (and the Swiss German sites' "Abo", on their French pages too)
    r"^(?:article\s+|contenu\s+)?(?:offert|gratuit|abonnés?|premium|exclusif abonnés|(?:en\s+)?accès libre"
    r"|abo)$"
    r"|^(?:exclusif|exclusivité|en exclusivité|révélations?)$",
    re.I,
)
# Where the print edition comes in: the current issue's cover shown beside the article ("Couverture du journal du
# 02/05/2025", "Feuilleter le journal"); the issue an article ran in is read in the head (_print_issue).
PRINT_COVER = re.compile(
    r"^(?:couverture|la une) (?:du|de notre) (?:journal|magazine|numéro|dernier numéro|mensuel|hebdo)\b.{0,80}$"
    r"|^(?:feuilleter|lire) (?:le|notre) (?:journal|magazine)(?: numérique| en ligne)?$",
    re.I,
)


def _twice_on_its_line(text: str) -> bool:
    """Whether a line is a picture's caption twice in a row: the same words, four at least each time, dated as an
    agency dates its pictures ("…, le 25 janvier 2022.")."""
    tokens = text.split()
    half = len(tokens) // 2
    return (
        len(tokens) >= 8
        and len(tokens) % 2 == 0
        and tokens[:half] == tokens[half:]
        and _DAY_MONTH_IN.search(" ".join(tokens[:half])) is not None
    )


# Icons named by their alternative text, one after the other: "Icône menu hamburger Icône loupe de recherche".
_ICON_NAMES = re.compile(r"^(?:(?:Icône|Icone|Pictogramme)\s+(?:[a-zà-ÿ’'-]+\s*){1,4}){1,5}$")
# Pictures copied with the text: Markdown images and bare image addresses.
IMAGE = re.compile(
    # (a table's cell bar after it, as a copy of a layout table leaves it: "![]() |")
    r"^!\[[^\]]*\]\([^)]*\)\s*(?:\{[^}]*\})?(?:\s*\|)?$"
    r"|^(?:https?://|www\.)\S+\.(?:jpe?g|png|gif|webp|avif|svg)(?:\?\S*)?$",
    re.I,
)
# A caption's mark of a picture that only illustrates: "(Illustration)", "(Photo d'illustration)", opening or closing
# the caption.
_ILLUSTRATION = r"\(\s*(?:(?:photo|image)\s+d[’']\s*)?illustration\s*\)"
_ILLUSTRATION_MARK = re.compile(rf"^{_ILLUSTRATION}|{_ILLUSTRATION}\s*\.?$", re.I)
# The photographer and the paper or the agency in brackets, as regional dailies credit: "(Jeanne Roe/Le Journal)"; two
# capitalised words at least before the slash ("(Paris/Lyon)" is no credit).
_BRACKETED_PHOTOGRAPHER = r"\((?-i:[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,3})\s*/\s*[^()/]{2,40}\)"
# The picture agencies that sign first, before the photographer: "(REUTERS/Jeanne Roe)", "KEYSTONE/PAUL ROE".
_PICTURE_AGENCY = r"(?-i:AFP|REUTERS|Reuters|AP|EPA|MAXPPP|MaxPPP|KEYSTONE|Keystone|SIPA|Sipa|ABACA|Abaca|BELGA|Belga)"
# Credits alone on their line (CREDIT) or glued after a caption (_TRAILING_CREDIT), one pattern each: the agency first
# in brackets, then the photographer ("(REUTERS/Jeanne Roe)", "[AFP / Paul Roe]"); names in capitals and the pool
# between slashes in square brackets ("[PAUL ROE / POOL / AFP]"); the agency and the photographer in capitals
# ("KEYSTONE/JEANNE ROE"); a picture from the paper's archives, credited without a colon ("Photo archives R. Roe.",
# "Photo d'archives AFP").
_AGENCY_FIRST_CREDIT = rf"[(\[]\s*{_PICTURE_AGENCY}\s*/\s*[^()\[\]]{{2,50}}[)\]]"
_POOL_CREDIT = r"\[(?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .’'-]+)(?:\s*/\s*(?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .’'-]+)){1,3}\]"
_AGENCY_CAPS_CREDIT = rf"{_PICTURE_AGENCY}\s*/\s*(?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’' .-]+)"
_ARCHIVE_PHOTO_CREDIT = r"photos?\s+(?:d[’']\s*)?archives?\b[^!?«»]{0,60}"
# Where a person stands in the picture, in brackets: "(à droite)", "(au centre)" (see CREDIT and cruft_reason).
_POSITION_IN_PICTURE = r"\(\s*(?:à|au)\s+(?:droite|gauche|centre|premier plan|second plan)\s*\)"
# Photo credits and captions ending with one: "© AFP", "Crédit photo : X", "Credits image : X / Unsplash".
CREDIT = re.compile(
    rf"^{_BRACKETED_PHOTOGRAPHER}\.?$|"
    r"^(?:cr[ée]dits?|photo|photos|illustration|image|source)(?:\s+(?:photos?|images?|illustrations?|photographiques?"
    r"|de\s+l[’']image|de\s+la\s+photo))*(?:\s+de\s+(?:la\s+)?une)?\s*:"
    r"|©|\bphoto\s*:|(?:^|[/(|–—-]|\svia)\s*(?:AFP|Reuters|Getty(?: Images)?|Shutterstock|Unsplash|Pexels|iStock"
    r"|Adobe Stock|Fotolia|Alamy|Dreamstime|Depositphotos|123RF|Keystone|Belga|dpa|Xinhua|Photononstop"
    r"|Midjourney|Bloomberg|Hans Lucas|Sipa|Abaca|MaxPPP|IMAGO|EPA|Pixabay|Freepik|Flickr|Wikimedia(?: Commons)?"
    # (the regional dailies' own photo desks, as they sign: La Dépêche's "DDM", the regional press pool "PQR")
    r"|(?-i:DDM|PQR))"
    r"\s*\)?\s*\.?$"
    # The credit in capitals as Quebec's dailies print it above the caption: "PHOTO JEANNE ROE, AGENCE
    # FRANCE-PRESSE", "PHOTO PAUL ROE, LA PRESSE"; and the agency glued to the caption's stop: "X peut jubiler.AFP".
    r"|^(?-i:PHOTOS?|ILLUSTRATION)\s+(?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’' .-]+(?:,\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’' .-]+)?)$"
    r"|[.!?]\s?(?-i:AFP|Reuters|AP|EPA|Getty Images)$"
    # A picture under an open licence, its credit closed by the licence's name: "Illustration Jeanne Roe via
    # Pixabay, CC0", "Photo Paul Roe, CC BY-SA 4.0".
    r"|(?:^|[\s,(/|–—-])(?-i:CC0|CC[ -]BY(?:[ -](?:SA|NC|ND)){0,2}(?:\s+\d\.\d)?)\s*\)?\s*\.?$"
    # The lead picture's credit ("Image de Une"), or a picture a model made: "Image générée par X via Midjourney".
    r"|^(?:image|photo|illustration|visuel)s?(?:\s+de\s+(?:la\s+)?une)?\s+(?:générée?s?|créée?s?|réalisée?s?)"
    r"\s+(?:par|avec|via)\s.{1,120}$"
    # The attribution line a stock-photo site gives to copy under its picture, in English or in French: "Photo by
    # Jeanne Roe on Unsplash", "Photo de Jeanne Roe sur Pexels".
    r"|^(?:photo|image)\s+(?:by|de|par)\s+[^.!?]{2,60}?\s+(?:on|sur)\s+(?:Unsplash|Pexels|Pixabay)\s*\.?$"
    # The photographer and whom the picture was taken for: "Photo Jeanne Roe pour Libération".
    r"|^photos?\s+(?-i:[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,3})\s+pour\s+[^.!?]{2,40}$"
    # A broadcast report's crew, full names only after the label: "Reportage Jeanne Roe et Paul Doe", "Images :
    # Paul Doe, montage : Anne Roe".
    r"|^(?:reportage|images?|montage|vidéo)\s*:?\s+(?-i:[A-ZÀ-ÖØ-Þ][\w’'-]+\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)"
    r"(?:\s*(?:,|\bet\b)\s*(?:(?:images?|montage|son)\s*:\s*)?(?-i:[A-ZÀ-ÖØ-Þ][\w’'-]+\s+[A-ZÀ-ÖØ-Þ][\w’'-]+))*$"
    # A screenshot's credit: "Capture d'écran vidéo Assemblée nationale", "Capture d'écran X / YouTube".
    r"|^captures? d[’']écran\b[^.!?]{0,80}$"
    # A picture taken from an account or an archive: "Photo tirée du compte X de la présidence".
    r"|^photos?\s+(?:tirée?s?|extraite?s?|issue?s?)\s+d(?:u|e|es|[’'])\s*[^.!?]{2,80}$"
    # The paper's photo desk by its acronym, then the photographers: "Photos DDM, M. Roe, J.-L. Roux".
    r"|^photos?\s+(?-i:[A-Z]{2,5})(?:\s*[,/]\s*[^!?]{2,80})?$"
    # "Crédit photo" and its source without a colon: "Crédit photo DR", "Crédits photos Studio Demo".
    r"|^cr[ée]dits?\s+photos?\s+[^\s:][^.!?:]{0,60}$"
    # the archives' picture, the agency signing first, the pool's credit in capitals (see _AGENCY_FIRST_CREDIT)
    rf"|^{_ARCHIVE_PHOTO_CREDIT}$|^{_AGENCY_FIRST_CREDIT}\.?$|^{_POOL_CREDIT}\.?$|^{_AGENCY_CAPS_CREDIT}$"
    # A caption's credit in brackets with "@" typed for "©": "… les objets connectés. (@ Groupe Galilé)".
    r"|\(\s*@\s*[^()@]{2,40}\)\s*\.?$"
    # …or opening the credit line, the photographer then the institution: "@Jeanne Roux - Département du Cher".
    r"|^@\s*(?-i:[A-ZÀ-ÖØ-Þ][\w’'-]+\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)\s*[-–—/|]\s*\S.{1,60}$"
    # A short caption, then its credit after a dash: the photographer and the paper joined by a slash ("… occupée
    # en juin. — F. Roux / 20 Minutes", "… augmentent. - G. ROUX / 20 Minutes"), or "Crédit :" and its source ("…
    # le 14 avril. - Credit:Jeanne Roux/Studio").
    r"|\s[–—-]\s*(?-i:(?:[A-Z]\.\s*)?[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){0,2})"
    r"\s*/\s*(?-i:[A-Z0-9])[\w .&’'-]{1,30}$"
    r"|\s[–—-]\s*cr[ée]dits?(?:\s+photos?)?\s*:\s*[^.!?]{2,80}$"
    # The photographer and the agency in square brackets, on their own line: "[JEANNE ROUX / AFP]".
    r"|^\[\s*(?-i:[A-ZÀ-ÖØ-Þ][\w .’'-]{1,40})\s*/\s*[^\[\]/]{2,40}\]\.?$"
    # "DR" (droits réservés): the French credit of a picture whose author is not named.
    r"|^\(?\s*DR\s*\)?\.?$"
    # The agency first, then the photographer, in brackets: "( AFP / JEANNE ROUX )".
    r"|^\(\s*(?:AFP|Reuters|AP|EPA|Getty Images|Sipa|Abaca|MaxPPP)\s*/[^()]{2,60}\)\.?$"
    # The credit in brackets closing a caption, as the French press prints it: the photographer in capitals, with
    # the agency or the paper he worked for ("… en octobre 2019. (JEANNE ROUX POUR « LE JOURNAL »)", "(JEAN ROUX /
    # AFP)"), or "photo" and its source ("… à Lorient en 2016 (photo archives Le Journal)", "(Photo Jeanne Roux)").
    # Two capitalised words at least: "(OTAN)", "(UE)" are acronyms; and the name alone in capitals comes after the
    # caption's stop: inside the sentence, "… en Intelligence artificielle (AI RCC)." defines an acronym.
    r"|(?-i:\(\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'.-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'.-]+)+"
    r"(?:\s*/\s*[A-ZÀ-ÖØ-Þ][\w’'. -]{1,30}|\s+POUR\s+«?\s*[^()«»]{2,30}?\s*»?)\s*\))\s*\.?$"
    r"|(?-i:(?:^|[.!?…»”]\s*)\(\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'.-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'.-]+)+\s*\))\s*\.?$"
    r"|(?-i:\(\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]{3,}(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]{3,})+\s*\))\s*\.?$"
    r"|\(\s*photos?\s+(?:d[’']\s*)?(?:archives?\b|[A-ZÀ-ÖØ-Þ])[^()]{0,50}\)\s*\.?$"
    # A wire picture from the archives, as Swiss and Belgian sites mark its caption: "… sa propre IA (archives)."
    r"|\((?:photo\s+d[’']\s*)?archives?\)\s*\.?$"
    r"|\(\s*cr[ée]dits?(?:\s+photos?)?\s*:[^()]{1,60}\)\s*\.?$"  # "… l'évènement.(Crédit : JDP)"
    # "DR" (droits réservés) closing a caption: "Jeanne Roe, ministre (DR)"; "Image par Jeanne Roe"; a source
    # closing a picture's caption: "Llama version 3.1. Source : Meta".
    r"|\(\s*DR\s*\)\s*\.?$|^(?:image|photo|illustration)s?\s+(?:par|de)\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w’'-]*(?:\s+[\w’'-]+){0,3}$"
    r"|(?<=[.!?] )source\s*:\s*[^.!?]{1,40}\.?$"
    # The photographer, the agency and the paper, in brackets closing a caption, in lower case: "(Jeanne Roux/VU'
    # pour Le Journal)".
    r"|\(\s*(?-i:[A-ZÀ-ÖØ-Þ][\w’'-]+\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)\s*/\s*[^()/]{1,30}\s+pour\s+[^()]{2,40}\)\s*\.?$"
    # Who stands where in the picture, as captions tell it: "Liang Roe (à droite) lors d'une réunion…".
    rf"|{_POSITION_IN_PICTURE}"
    # "Photo" and its source or its subjects, capitalised, as the caption's last words or the whole line: "… outils
    # d'entreprise. Photo Infomaniak", "Photo de Jeanne Roux et Paul Marchetti".
    r"|(?:^|(?<=[.!?…»”] ))photos?\s+(?:de\s+|d[’'])?(?-i:[A-ZÀ-ÖØ-Þ][\w.’'-]*)"
    r"(?:\s+(?:et\s+)?(?-i:[A-ZÀ-ÖØ-Þ][\w.’'-]*)){0,5}\.?$",
    re.I,
)
# A credit line of the photographer and the agency, slash-separated: "IMAGO/Avalon.red", "Jean Roux/AFP/SIPA".
AGENCY_CREDIT = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w.’' -]{1,40}(?:/[A-ZÀ-ÖØ-Þ][\w.’' -]{1,40})+$")
# Lists of tags or topics: "Sujets : IA, Meta", "#IA #Meta #Llama".
TAGS = re.compile(
    r"^(?:mots-clés|mots clés|tags?|étiquettes|sujets?|thèmes|thématiques|catégories?|rubriques?|dans la rubrique)\s*:"
    # (the list's label alone on its line, the tags under it: "Étiquettes", "Thèmes abordés")
    r"|^(?:étiquettes|thèmes abordés|sujets abordés|mots-clés|mots clés)$"
    r"|^(?:#[\w-]+\s*){2,}$"
    # Tag pills copied with their "#" apart: "Toulouse # Intelligence artificielle # Transition numérique".
    r"|^[^#\s][^#]{0,40}(?:\s#\s[^#\s][^#]{0,40}){2,}$"
    # The same pills each with its "#" before it, in a text copy: "# Numérique # Réseaux d'entreprises" (two at least:
    # "# Titre" alone is a Markdown heading).
    r"|^#\s[^#\s][^#]{0,40}(?:\s#\s[^#\s][^#]{0,40})+$",
    re.I,
)
# An embedded social-media post ends with its signature: "— Jeanne Dupont (@jdupont) April 6, 2025",
# "— Meta (@Meta) 5 avril 2025"; the post's text is the line right above it.
# The signature's end: the handle, then the day in English or French ("April 6, 2025", "5 avril 2025").
_SIGNATURE_HANDLE_DATE = (
    r"\(@[\w.]{1,30}\)\s+(?:[A-Za-zéû]+\.?\s+\d{1,2},?|\d{1,2}(?:er)?\s+[a-zéû]+\.?)\s+(?:19|20)\d\d$"
)
SOCIAL_SIGNATURE = re.compile(rf"^(?:[—–-]\s*)?[^()\n]{{1,60}}{_SIGNATURE_HANDLE_DATE}")
SOCIAL_POST_WORDS = 70  # an embedded post's text (a post on X holds at most about 50 words)
# The same post flattened to one line, its text then its signature: "Llama partout… pic.twitter.com/x — Jeanne
# Dupont (@jdupont) April 2, 2024" (the end of the line only is matched, from the last "(@").
SOCIAL_SIGNATURE_END = re.compile(rf"\s[—–-]\s*[^()\n—–]{{1,60}}{_SIGNATURE_HANDLE_DATE}")


# The picture or the link an embedded post on X ends with, and its address.
SOCIAL_LINK = re.compile(r"\bpic\.(?:twitter|x)\.com/\w+|\bt\.co/\w+|https?://(?:www\.)?(?:twitter|x)\.com/\S+", re.I)
_FRENCH_WORDS = re.compile(
    r"\b(?:le|la|les|des|du|une?|est|sont|et|que|qui|dans|pour|sur|avec|pas|nous|vous|il|elle|ce|cette|au|aux)\b", re.I
)
_ENGLISH_WORDS = re.compile(
    r"\b(?:the|is|are|was|and|of|to|for|an|it[’']s|this|that|with|we|our|my|you|your|will|be|has|have)\b", re.I
)


def _post_paragraphs(kept: list[Unit]) -> int:
    """How many units at the end of ``kept`` are the text of an embedded post whose signature comes next, set
    apart from it by blank lines (the embedded-post convention: a post on X copied as its paragraphs, its picture's
    link "pic.twitter.com/…", then "— Name (@handle) date").

    The last paragraph ends the post when it holds the post's link or is in English (a post quoted in the language
    it was written in); the paragraphs above belong to it while they are in English too (an English word, or a
    short exclamation, and no French one), :data:`SOCIAL_POST_WORDS` in all. A French paragraph ends the post:
    the article's own text is never taken."""
    count = total = 0
    for unit in reversed(kept):
        if unit.kind != "text" or unit.markdown:
            break
        total += unit.word_count
        if total > SOCIAL_POST_WORDS:
            break
        linked = count == 0 and SOCIAL_LINK.search(unit.text) is not None
        english = not _FRENCH_WORDS.search(unit.text) and (
            bool(_ENGLISH_WORDS.search(unit.text)) or (unit.word_count <= 3 and unit.text.endswith("!"))
        )
        if not (linked or english):
            break
        count += 1
    return count


_LINKS_ONLY = re.compile(r"^(?:(?:https?://|pic\.(?:twitter|x)\.com/|t\.co/)\S+\s*)+$")
_HANDLE_MENTION = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{2,30}\b")
_HASHTAG = re.compile(r"(?<![\w#&])#[^\W\d_][\w-]*")


def _embedded_post_line(unit: Unit) -> bool:
    """A line of an embedded post copied from the page: its links alone ("https://t.co/… pic.twitter.com/…"), or its
    text, which tags and mentions accounts ("… #opensource développée par @linagora"). An article's sentence
    names a firm, not its account."""
    if _LINKS_ONLY.match(unit.text):
        return True
    return (
        unit.word_count <= SOCIAL_POST_WORDS
        and _HANDLE_MENTION.search(unit.text) is not None
        and _HASHTAG.search(unit.text) is not None
    )


def _flat_social_post(unit: Unit) -> bool:
    text = unit.text
    at = text.rfind("(@")
    if at < 0 or unit.word_count > SOCIAL_POST_WORDS + 12:
        return False
    return SOCIAL_SIGNATURE_END.search(text, max(0, at - 70)) is not None


# A picture's caption that says what the picture is: a stock image's title ("Un robot devant un globe,
# illustration 3D du calcul…"), "Photo d'illustration", "Image générée par IA". Alone, or after the description.
PICTURE_KIND = re.compile(
    r"(?:^|,\s+)(?:photo|image|illustration|visuel)s?\s+(?:d[’']illustration|d[’']archives?|3D\b"
    r"|générée?s?\s+(?:par|avec)\s+(?:l[’'])?(?:ia\b|intelligence artificielle))",
    re.I,
)
PICTURE_WORDS = 25
# Postal address and contact blocks from a site's footer.
ADDRESS = re.compile(
    r"^\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|quai|allée|impasse|chemin|route|cours|square)\b"
    r"|^(?:cs|bp)\s*\d+|^\d{5}\s+[A-ZÀ-Ý][\w’' -]{1,40}(?:\s+cedex(?:\s*\d+)?)?$"
    r"|^(?:tél|tel|téléphone|fax|standard)\.?\s*:?\s*(?:\+|\(|\d)"
    r"|^[\w.+-]+@[\w-]+\.[\w.]+$"
    r"|^(?:nous contacter|contactez-nous|contact|nous écrire|adresse|siège social|nos bureaux|nous trouver|plan du site"
    r"|qui sommes-nous\s*\??|à propos de nous|mentions légales|informations légales|la rédaction|rédaction"
    r"|service (?:lecteurs|abonnés|clients?|abonnements))\s*:?$"
    # An English theme's footer, as a site built on it leaves it: "Physical Address", "304 North Cardinal St.",
    # "Dorchester Center, MA 02124".
    r"|^(?:physical|postal|mailing|street) address\s*:?$"
    r"|^\d{1,5}\s+(?:[A-Z][\w.]*\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Dr|Way)\.?$"
    r"|^[A-Z][\w .’'-]{1,40},\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?$",
    re.I,
)
# The labels of a key-points box (not a table of contents): the points under them may go whatever their length
# (see drop_cruft).
_KEY_POINT_LABELS = (
    r"l[’']essentiel|ce qu[’']il faut retenir|les points clés|points clés|en bref|tl;\s?dr|à retenir"
    # ("En 5 secondes", "L'essentiel en 30 secondes", the explainer's "De quoi parle-t-on ?", "Leçon principale")
    r"|(?:l[’']essentiel )?en \d{1,2} (?:secondes|minutes?)|de quoi (?:on parle|parle-t-on)\s*\?"
    r"|leçons? principales?"
)
KEY_POINTS_LABEL = re.compile(rf"^(?:{_KEY_POINT_LABELS})\s*:?$", re.I)
# Summary and table-of-contents widgets: the marker and the short lines after it go.
SUMMARY = _rx(
    r"^(?:sommaire(?: du dossier)?|au sommaire|table des matières|dans cet article|contenu de l[’']article"
    r"|plan de l[’']article"
    rf"|{_KEY_POINT_LABELS}|résumé(?: de l[’']article)?|résumé généré par (?:l[’'])?ia"
    r"|coup d[’']\s*(?:œ|oe)il sur cet article)\s*:?$",
    # the buttons of a table of contents, copied as text: "Consulter Masquer le sommaire", "Afficher le sommaire"
    r"^(?:(?:consulter|afficher|voir|masquer|cacher|ouvrir|fermer)\s+){1,2}(?:le\s+)?sommaire$",
)


# What a video player leaves in copied text: its thumbnail's alt text ("placeholder video"), its status and
# buttons ("Lecture en cours", "Regarder la vidéo"), the browser's fallback message.
VIDEO = re.compile(
    r"^(?:placeholder (?:vid[ée]o|image|player)|vid[ée]o placeholder"
    r"|(?:lecture|chargement)(?: de la vidéo| du lecteur)? en cours\.*|chargement du lecteur\.*"
    r"|(?:regarder|lire|voir|revoir) la vidéo|cliquez (?:ici )?pour (?:lire|lancer|regarder|activer) la vidéo"
    r"|vidéo suivante|la vidéo (?:va |)commence(?:ra)? (?:après|dans)\b.{0,30}"
    r"|(?:cette|la) vidéo (?:n[’']est pas disponible|ne peut (?:pas )?être lue)\b.{0,40}"
    r"|votre navigateur ne (?:prend pas en charge|supporte pas) (?:la lecture de )?(?:cette |la |les )?vidéos?\b.{0,40}"
    r"|your browser does not support (?:the )?video\b.{0,30}"
    # An audio player's button and its counters glued together: "Écouter l'article", "0:000:00".
    r"|(?:écouter|écoutez) (?:l[’']article|cet article)|\d{1,2}:\d\d(?::\d\d)?\s*/?\s*\d{1,2}:\d\d(?::\d\d)?"
    # (the button with the recording's length, as radio sites print it: "écouter (3min)")
    r"|(?:écouter|écoutez)(?: l[’']article| cet article)?\s*\(\s*\d{1,3}\s*(?:min|mn)\.?\s*\)"
    # a radio's player: "Écouter le son", "Écouter l'extrait", "Écouter l'émission"
    r"|(?:é|e)cout(?:er|ez) (?:le son|l[’']extrait|l[’']émission|le podcast|l[’']épisode|l[’']interview|le reportage))"
    # a video player's running time and file label: "Durée de la vidéo : 2 min", "durée de la vidéo :
    # 00h01mn30s", "Fichier vidéo", and its time code alone, hours first ("00:03:50")
    r"|durée de la vidéo\s*:\s*[\dhmns :]{1,20}|fichier (?:vidéo|audio)|\d{1,2}:\d\d:\d\d"
    # an audio plugin's loading line: "Getting your Trinity Audio player ready..."
    r"|getting your (?:trinity )?audio player ready\W*"
    r"\s*[.:!]?$"
    # the line that announces the player: "Écoutez le ministre X expliquer cet investissement, au micro de Y."
    r"|^(?:é|e)coutez\s.{1,200}\bau micro d(?:e|u|es|[’'])\s*.{1,80}$"
    # a radio's live stream: "Écoutez Radio X en direct", "RRI Live!"
    r"|^(?:é|e)coutez\s.{2,60}\sen direct\W*$|^(?-i:[A-Z]{2,6})\s+live\s*!?$"
    # The line that announces a video the copy left out, ending with its colon: "La vidéo de présentation (en
    # anglais) :", "Vidéo :", "Notre reportage vidéo :"; and the player's credit, the platform and the channel:
    # "Vidéo: YouTube/Le Journal" (a headline "Vidéo : YouTube lance…" goes on, and is no credit).
    r"|^(?:(?:la|une|notre|en)\s+)?(?:reportage\s+)?vid[ée]os?(?:\s+(?:de|du|d[’'])\s*[^.!?:«»]{1,40})?"
    r"(?:\s*\([^()]{1,30}\))?\s*:$"
    r"|^vid[ée]o\s*:\s*(?:youtube|vimeo|dailymotion|tiktok|instagram|facebook|x)(?:\s*/\s*[\w .’'-]{1,30})?$"
    # a television report's credits above its player, the reporters' names and a colon: "Reportage de Paul Roe :",
    # "Reportage Roe Anne, Vidal Paul et Morel Marc :"
    r"|^reportage\s+(?:de\s+|d[’']\s*)?(?-i:[A-ZÀ-ÖØ-Þ][\w’'.-]*)(?:(?:\s+|\s*,\s*|\s+et\s+)(?-i:[A-ZÀ-ÖØ-Þ][\w’'.-]*)){0,8}\s*:$"
    # audio_player: a radio site's player announced by its imperative and a colon, the copy's "Copier" (the link
    # button) glued perhaps ("Écoutez-le :", "Écoutez : reportage de Paul Roe au musée Copier"), and the pointer to
    # a sound clip beside the text ("(Voir extrait sonore ci-contre)")
    r"|^(?:é|e)coutez(?:-(?:le|la|les))?\s*:(?:\s.{1,100})?$"
    r"|^\(?\s*(?:voir|écouter|écoutez)\s+(?:l[’']\s*|notre\s+)?extrait\s+sonore(?:\s+ci-(?:contre|dessous|dessus))?\s*\)?\.?$",
    re.I,
)
# A subscription campaign's label, printed as a banner next to the paywall's offer ("Black Friday", "Offre
# spéciale", "Soldes d'hiver"): alone on a line, it goes only beside a paywall line (it may head a section).
# A price by the period of a subscription: "6,99€/mois", "2 € par mois", "1 € le premier mois", "99 €/an".
_PRICE = r"\d{1,3}(?:[,.]\d\d)?\s*€\s*(?:/\s*|par\s+|le\s+(?:premier\s+)?)(?:mois|an|année|semaine)\b\.?"
PROMO = re.compile(
    r"^(?:black friday|cyber monday|french days|soldes(?: d[’'](?:hiver|été))?|offre (?:spéciale|limitée|exclusive"
    r"|de (?:noël|rentrée|bienvenue|lancement|printemps|l[’']été))|(?:vente|offre) flash|promo(?:tion)?s?|bons plans"
    # "OU" alone between two offers of the paywall's box.
    r"|ou)\s*[!:.]?$"
    # An offer's price by the month or the year, a label before it: "Exclusif Google : 6,99€/mois 2€ par mois",
    # "1 € le premier mois", "Offre numérique 9,99 € / mois".
    rf"|^[^.!?]{{0,40}}?{_PRICE}(?:\s*{_PRICE})*\s*$",
    re.I,
)


class Rules:
    """One family of cruft rules.

    ``start`` patterns are anchored at the start of a unit (cheap whatever the
    unit's length). ``anywhere`` patterns may match inside a unit; each comes
    with lower-case words one of which any match contains, and runs only on
    units containing one of them: a paragraph of the article body contains
    none, and scanning it with a dozen case-insensitive patterns would cost
    more than everything else the cleaning does.
    """

    def __init__(self, start: tuple[str, ...] = (), anywhere: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> None:
        self.start = _rx(*(f"^{p}" for p in start)) if start else None
        self.anywhere = [(re.compile(pattern, re.I), triggers) for pattern, triggers in anywhere]

    def search(self, text: str, present: set[str], long: bool = False) -> bool:
        """Whether a rule matches; ``present`` is the set of trigger words the unit contains (:func:`triggers`).

        ``anywhere`` rules leave ``long`` units alone: site furniture is short,
        and a paragraph of the article may well mention a newsletter or cookies.
        """
        if self.start is not None and self.start.match(text):
            return True
        if not present or long:
            return False
        return any(present.intersection(triggers) and pattern.search(text) for pattern, triggers in self.anywhere)


# Subscription and paywall prompts.
PAYWALL = Rules(
    start=(
        r"ce message s[’']affichera\b",
        r"(?:découvrir|découvrez|voir) (?:les|nos) offres\b",
        # unlimited access as the wall's pitch: "Découvrez tous nos articles en illimité. Je m'abonne"
        r"(?:découvrez|lisez|accédez à) (?:tous nos|tous les|l[’']ensemble de nos) (?:articles|contenus)\b.{0,40}"
        r"\ben illimité\b",
        # (the button glued to the next one, their spaces lost: "S'abonnerDéjà Abonné ?")
        r"(?:abonnez[- ]vous|je m[’']abonne|s[’']abonner)(?:\b|(?=[A-ZÀ-ÖØ-Þ]))",
        # a trial or an offer pitched to the reader: "Essayez gratuitement X pendant 30 jours", "Profitez de notre
        # offre Black Friday : 3 mois = 3€ !"
        r"essayez gratuitement\b.{0,60}\bpendant\s+\d+\s+(?:jours|mois|semaines)\b.{0,20}$",
        r"profitez de (?:notre|nos|l[’']) ?offres?\b.{0,80}$",
        # the trial offered: "1ère semaine offerte", "Le premier mois offert"
        r"(?:\d{1,2}(?:re|ère|er|e)?|le premier|la première|les premiers|les premières)\s+(?:jours?|semaines?|mois)"
        r"\s+offerte?s?\W*$",
        # a platform's discount on the subscription: "Google : -50% les 6 premiers mois"
        r"[^:]{2,30}\s*:\s*-\d{1,2}\s*%\s+(?:les|pendant les)\s+(?:\d+|[a-z]+)\s+premiers\s+mois\W*$",
        # the wall's login and offers: "Vous êtes abonné(e) Identifiez-vous", "Choisissez votre formule et créez
        # votre compte…", "Le journal du jour à partir de 0,49"
        r"vous êtes abonnée?(?:\(e\))?\s*\??\s*identifiez-vous\b",
        r"choisissez votre (?:formule|offre)\b",
        r"(?:le journal|l[’']édition) du jour à partir de\b.{0,20}$",
        # the paper read without limit for an offer: "Découvrez La Gazette en illimité pour 1€ seulement"
        r"découvrez\s+[^.!?]{2,60}?\s+en illimité\b.{0,80}$",
        r"pensez à (?:vous )?abonner\b",
        r"(?:cet article|la suite(?: de cet article)?|cette enquête|ce contenu|ce document|cette page|cet entretien)"
        r" (?:est|vous est)"
        r" (?:réservée?|offerte?)\b",
        r"il vous reste \d+\s*%",
        # the copy a site syndicates cut short, and where to read the rest: "Cet article a été tronqué. Abonnez-vous…"
        r"(?:cet article|ce contenu|cette enquête) a été (?:tronquée?|coupée?|raccourcie?)\b.{0,100}$",
        # The wall's call to read on, and the pitch that pays for the newsroom: "POUR LIRE L'ARTICLE COMPLET",
        # "L'information de qualité a un prix. En vous abonnant à X, vous défendez…"
        r"pour (?:lire|consulter|accéder à) (?:l[’']article|la suite|cet article)(?: complet| en entier)?\W*$",
        r"l[’']information\b.{0,60}\ba un (?:prix|coût)\b.{0,40}\ben vous abonnant\b",
        # A subscription offer next to the paywall: "-70% sur l'abonnement numérique".
        r"-?\d{1,2}\s*%\s+(?:sur|de réduction sur)\s+(?:l[’']|votre |notre )?abonnement\b",
        # The registration wall: "Vous devez vous inscrire pour consulter librement tous les articles."
        r"vous devez (?:vous inscrire|vous connecter|vous identifier|être abonnée?"
        r"|être connectée?(?:\(e\))?(?:\(s\))?s?) pour (?:consulter|lire|accéder)\b",
        # the wall's call with its login ("Pour lire la suite de cet article, identifiez-vous ou créez un compte"),
        # its login button alone ("Identifiez-vous.", "Je me connecte"), and its pay-per-article packs ("Je choisis
        # un pack", "Achetez un pack de crédits")
        # (or the immediate access the wall sells: "Pour un accès immédiat, abonnez-vous")
        r"pour un accès (?:immédiat|illimité|complet)\s*,\s*(?:abonnez-vous|inscrivez-vous)\b.{0,40}$",
        r"pour (?:lire|consulter) la suite(?: de (?:cet|l[’'])\s*article)?\s*,\s*(?:identifiez-vous|connectez-vous"
        r"|abonnez-vous|inscrivez-vous|créez)\b.{0,60}$",
        r"(?:identifiez-vous|connectez-vous|je me connecte|se connecter|me connecter)\W*$",
        r"(?:je choisis|choisissez|achetez|j[’']achète)\s+(?:un|mon|votre)\s+pack\b.{0,40}$",
        # The wall's questions to the reader, and what it asks for: "Pas encore abonné(e) ?", "Vous êtes déjà
        # abonné ?", "Déjà membre ?", "As-tu déjà un compte ?", "Vous voulez lire la suite de cet article ?", "Pour
        # voir cet article, vous devez l'ajouter à votre panier.", "Le contenu de cet article est payant.",
        # "Accédez à la suite du contenu."
        r"(?:pas encore|déjà|vous êtes déjà|êtes-vous déjà|tu es déjà) (?:abonnée?s?|abonné\(e\)|membre|inscrite?)"
        r"\s*\?",
        r"(?:as-tu|avez-vous|vous avez|tu as) déjà un compte\s*\?",
        # ("| Déjà abonné ?": the button's bar before it)
        r"\|\s*(?:déjà|pas encore) (?:abonnée?s?|abonné\(e\)|membre|inscrite?)\s*\?",
        # The wall's label on a story for subscribers: "Cet article fait partie de l'édition abonnés."
        r"cet article fait partie de (?:l[’']édition|l[’']offre|nos contenus|la sélection) (?:abonnés?|premium)\W*$",
        r"(?:vous (?:voulez|souhaitez)|tu veux|(?:vous avez |tu as )?envie de) (?:lire|découvrir|connaître) la suite"
        r"\b.{0,40}\?",
        # The wall's offer and what it unlocks: "Découvrez la suite, 1€ pour 1 mois (sans engagement)", "Avec cette
        # offre, profitez de :", "L'accès illimité à tous les articles…", "Le journal en version numérique",
        # "Débloquez tous les articles immédiatement.", "Vous devez bénéficier d'un abonnement premium pour lire
        # l'article.", "Pour poster un commentaire, merci de vous abonner."
        r"découvrez la suite\b.{0,60}$",
        r"avec cette offre,? profitez de\s*:?\s*$",
        r"l[’']accès illimité à (?:tous les|toutes les|l[’']ensemble des|nos) (?:articles|contenus)\b.{0,80}$",
        r"le journal en version numérique\W*$",
        r"débloquez (?:tous les|l[’']ensemble des|nos|cet|ces) (?:articles?|contenus?)\b.{0,40}$",
        r"vous devez (?:bénéficier d[’']|avoir |disposer d[’']|souscrire )un abonnement\b.{0,60}$",
        r"pour (?:poster|publier|laisser|écrire) un commentaire,? (?:merci de|vous devez|il faut)\b.{0,60}$",
        r"pour (?:lire|voir|consulter|accéder à) (?:cet article|la suite|l[’']article|ce contenu)"
        r"(?: en entier| complet| en intégralité)?,? (?:vous devez|il faut|tu dois)\b",
        r"(?:le contenu de )?(?:cet article|ce contenu) est payant\b",
        r"acc[éè]de[zr]? à la suite (?:du contenu|de l[’']article|de cet article)\W*$",
        # The wall as a rule of the house, in inclusive writing too: "La lecture des articles est réservée aux
        # abonné·es.", "L'accès à ce contenu est réservé aux abonnés."
        # (its login button glued after it: "… réservée aux abonné·es. Se connecter")
        r"(?:la lecture|l[’']accès|la consultation)\b.{0,40}\best réservée? aux (?:abonné|membre|inscrit)\S*\W*"
        r"(?:(?:se connecter|connexion|s[’']identifier|je m[’']abonne)\W*)?$",
        # A trial offer's price and length, and its terms: "1€ pour 15 jours", "Résiliable en ligne à tout moment"
        r"\d{1,3}(?:[,.]\d\d)?\s*€\s+pour\s+(?:\d+|un|une|deux|trois|six)\s+(?:jours?|semaines?|mois|ans?)\b.{0,40}$",
        r"(?:résiliable|sans engagement|désinscription|désabonnement)\b.{0,20}\bà tout moment\b.{0,40}$",
        # The call to subscribe or give in the newsroom's voice: "Profitez-en pour vous abonner", "Vous préférez nous
        # soutenir directement ?", "RCF vit grâce à vos dons"
        r"profitez-en pour vous abonner\b.{0,40}$",
        r"vous (?:préférez|souhaitez|voulez) nous soutenir\b.{0,40}$",
        r"[^\s].{0,40}\svit grâce à (?:vos dons|vous|ses lecteurs|ses auditeurs|ses abonnés)\b.{0,40}$",
        # The same wall on a French site's English pages: "This article is reserved for subscribers. You still
        # have 86% to discover.", "Already a subscriber? Log in", "Flash Sale €1 per month for 3 months."
        r"this (?:article|content) is (?:reserved|available) (?:for|to) subscribers\b",
        # A title's subscription banner and its button: "L'abonnement à X que vous ne regretterez jamais !", "J'en
        # profite"; the login notice "Vous n'êtes pas identifié."
        r"l[’']abonnement\b.{0,60}\bque vous ne regretterez (?:jamais|pas)\b",
        r"j[’']en profite\s*!?$",
        r"vous n[’']êtes pas (?:identifiée?|connectée?|abonnée?)\b.{0,60}$",
        # the newsroom's plea for support under the article, and the length the wall hides: "Cet article vous a plu ?
        # Il a mobilisé notre rédaction…", "Avec votre soutien, X continuera à…", "L'information a un coût…", "Cet
        # article compte 170 mots."
        r"(?:l[’']|cet )article vous a plu\s*\?.{0,160}$",
        r"avec votre soutien\b.{0,60}\bcontinuera\b.{0,100}$",
        r"l[’']information a un (?:coût|prix)\b.{0,140}$",
        r"(?:cet article|ce contenu) (?:compte|contient|fait) \d+\s+mots\W*$",
        # the offer's terms and the wall's pitch for paid news: "Sans engagement ni carte bancaire.", "Une
        # information fiable n'est pas gratuite.", the lost login's help: "Vous êtes abonné mais n'avez pas vos
        # identifiants ?", "Contactez notre service abonnés au 01 …"
        r"sans engagement(?: de durée)?(?: ni (?:carte bancaire|cb|frais))?\W*$",
        r"(?:l[’']|une )?information\b.{0,40}\bn[’']est pas gratuite\W*$",
        r"vous êtes abonnée?(?:\(e\))?\s*,?\s*mais (?:vous )?n[’']avez pas (?:vos|de) (?:identifiants|codes?"
        r"|accès)\b.{0,60}$",
        r"contactez (?:le|notre|votre) service (?:client|clients|abonnés?|abonnement)\b.{0,60}$",
        r"you (?:still )?have \d+\s*% (?:left )?to (?:discover|read)\b",
        r"already (?:a )?subscriber\b",
        r"(?:flash sale|special offer|limited offer)\b.{0,80}\b(?:per|a) month\b",
        # The call for readers' gifts that independent and community sites print under their articles: "Envoyez
        # vos dons !", "Faites un don", "Soutenez-nous", "Soutenez la rédaction".
        r"(?:envoyez|faites|faire|je fais)\s+(?:un|vos|des|votre)\s+dons?\b.{0,80}$",
        # a union's or an association's call to join: "Adhérez", "Découvrez 10 bonnes raisons d'adhérer à notre
        # syndicat et rejoignez-nous en quelques clics"
        r"(?:adhérez|adhérer|rejoignez-nous|devenez membre)\s*!?$",
        # the call for readers' support in the site's voice: "Apportez votre soutien à la rédaction de X…", "X a
        # besoin de vous", "Soutenez X sur Tipeee"
        r"apportez votre soutien\b.{0,160}$",
        r"[^\s].{0,40}\sa besoin de vous\W*$",
        r"soutenez\s.{1,40}\ssur\s+(?:tipeee|patreon|ulule|helloasso|kisskissbankbank|liberapay)\b.{0,40}$",
        r"(?:découvrez\s+)?(?:\d+|dix|cinq)\s+bonnes\s+raisons\s+d[’']adhérer\b.{0,120}$",
        r"soutenez[- ](?:nous|notre (?:travail|journal|média|site|rédaction)|la rédaction|le journalisme"
        r" indépendant|l[’']information indépendante"
        r"|une? (?:média|journal|presse|journalisme) (?:\d+\s*%\s+)?indépendante?)\b.{0,80}$",
        # The subscription offer around the wall: "Retrouvez toutes nos offres", "Abonnement" alone, "et accédez à
        # l'intégralité de nos articles…", "à partir de 1 € le 1er mois, sans engagement de durée", "Les abonnés de X
        # bénéficient d'un accès illimité", "Je prends un abonnement Je suis déjà abonné", "Je m'enregistre".
        r"(?:retrouvez|consultez) (?:toutes )?nos offres\b.{0,40}$",
        r"abonnements?\W*$",
        r"(?:et\s+)?accéde[zr] à l[’']intégralité de nos (?:articles|contenus)\b.{0,100}$",
        r"(?:à partir de|dès|pour seulement|seulement)\s+\d+(?:[,.]\d+)?\s*€\s+(?:le|par|pendant|les)\s+"
        r"(?:\d+(?:er|e)?\s+|premiers?\s+)?(?:mois|an|année|semaine)\b.{0,60}$",
        r"les abonnés\b.{1,50}\bbénéficient d[’']un accès (?:illimité|privilégié|intégral)\b.{0,60}$",
        r"je (?:prends|souscris) (?:un|mon) abonnement\b.{0,60}$",
        r"je m[’'](?:enregistre|identifie|connecte)\b.{0,60}$",
        r"je suis déjà (?:abonnée?|enregistrée?|inscrite?|client(?:e)?)\W*$",
        # The regional paper's pointer to its print edition: "Plus d'infos dans nos colonnes ce lundi 2 novembre."
        r"(?:plus d[’']infos?|plus d[’']informations|la suite|retrouvez (?:l[’']intégralité|notre dossier))\b.{0,20}"
        r"\bdans (?:nos colonnes|notre édition|l[’']édition|le journal|notre journal)\b.{0,60}$",
    ),
    anywhere=(
        (r"\bsur un seul appareil à la fois\b", ("appareil",)),
        (r"\boffres? (?:d[’']abonnement|multicomptes|numériques?)\b", ("offre",)),
        (r"\bla suite (?:de cet article )?est réservée aux abonnés\b", ("abonnés",)),
    ),
)
# Newsletter and subscription prompts.
NEWSLETTER = Rules(
    start=(
        r"(?:abonnez-vous|inscrivez-vous|souscrivez)\b",
        # the alerts' pitch in the newsroom's voice: "Restez informé ! Recevez des alertes pour…"
        r"restez informée?s?\s*!?\s*(?=recevez|inscrivez|abonnez)",
        r"(?:recevez|obtenez|ne manquez)\b.{0,160}\b"
        r"(?:nouvelles|actualités?|offres|alertes|articles|infos|informations?|essentiel|lettre d[’']information)\b",
        # the newsletter's time of sending, alone on its line: "Tous les soirs à partir de 18h", "Chaque matin à 7h"
        r"(?:tous les|chaque) (?:soirs?|matins?|jours|midis?|semaines?|lundis?|mardis?|mercredis?|jeudis?|vendredis?"
        r"|samedis?|dimanches?)\s+(?:à partir de|dès|à|vers)\s+\d{1,2}\s*h(?:\d\d)?\W*$",
        # ("l'essentiel de l'actualité"); the form's button and the newsletter's pitch in the newsroom's voice: "Je
        # m'inscris !", "Chaque jour, notre rédaction vous réserve le meilleur de l'info régionale.", "L'essentiel du
        # jour : notre sélection exclusive".
        r"je m[’']inscris\W*$",
        # the follow prompt on a news aggregator: "Pour ne manquer aucune actualité de X, suivez-nous sur Google
        # Actualités et WhatsApp."
        # (an emoji before it, as the site flags it: "🔴 Pour ne manquer…")
        r"(?:[^\w\s«“\"]{1,2}\s*)?pour ne (?:rien )?manquer (?:aucune actualité|de l[’']actualité|rien)\b.{0,60}"
        r"\bsuivez-nous\b.{0,80}$",
        r"chaque (?:jour|semaine|matin|soir|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b.{0,20}"
        r"\bnotre rédaction vous\b.{0,120}$",
        r".{0,60}\bnotre sélection (?:exclusive|de la semaine|du jour|d[’']articles)\W*$",
        # The sign-up form's messages, copied with the page: "Votre adresse email n'est pas valide", "Veuillez
        # renseigner votre adresse email", "Votre inscription a bien été prise en compte avec l'adresse email :".
        r"(?:votre|l[’'])\s*adresse (?:e-?mail|électronique|mail) (?:n[’']est pas valide|est invalide)\W*$",
        r"veuillez (?:renseigner|saisir|indiquer|entrer) (?:votre|une) adresse (?:e-?mail|électronique|mail)"
        r"(?: valide)?\W*$",
        r"votre inscription (?:a bien été|est) (?:prise en compte|enregistrée|confirmée)\b.{0,80}$",
    ),
    anywhere=(
        (r"\bnewsletters?\b", ("newsletter",)),
        (r"\bbulletin d[’']information\b", ("bulletin",)),
        # the newsletter's pitch in the site's voice: "Chaque vendredi, l'essentiel de la tech dans votre boîte mail"
        (r"\bdans votre bo[iî]te (?:mail|e-?mail|aux lettres|de réception)\b", ("boîte", "boite")),
    ),
)
# Cookie banners and legal notices.
LEGAL = Rules(
    start=(
        r"©",
        r"(?:accepter|refuser|gérer|paramétrer|personnaliser|tout accepter|continuer sans accepter)\b.{0,40}$",
        r"(?:ce site|notre site|nous) utilis(?:e|ons) des cookies\b",
        # The placeholder of an embedded post the reader's consent blocked: "Vous avez refusé les cookies associés
        # aux contenus issus de tiers".
        r"vous avez (?:refusé|bloqué|désactivé) (?:les|des) cookies\b.{0,200}$",
        # …or asks for it: "Pour afficher ce contenu Youtube, vous devez accepter les cookies Publicité."
        r"pour (?:afficher|voir|lire|visualiser|accéder à) ce contenu\b[^.!?]{0,60}\bcookies?\b.{0,80}$",
        # A consent manager's panel title, in English: "Privacy Preference Center", "Manage Consent Preferences".
        r"(?:privacy preference center|manage consent preferences|cookie settings|privacy overview)$",
    ),
    anywhere=(
        # A banner speaks to the reader in the site's voice ("nous utilisons", "votre navigation"); an article about
        # cookies ("la CNIL a sanctionné des cookies déposés sans consentement") does not.
        (
            r"^(?=.*\b(?:vous|votre|vos|nous|notre|nos)\b).*?\bcookies?\b.{0,200}\b(?:site|navigation|expérience|accept"
            r"|consentement|paramètres|traceurs)",
            ("cookie",),
        ),
        # The site's own policy ("notre politique de confidentialité", the link's label), not a firm's the article
        # is about: "sa politique de confidentialité", "la politique de confidentialité de l’application".
        (
            r"(?<!\bsa )(?<!\bleur )\bpolitique de (?:confidentialité|cookies)\b(?!\s+(?:de|du|des|d[’'])\s*\w)",
            ("politique",),
        ),
        # The footer's link, a short line ("Conditions d'utilisation", "CGU | Mentions légales"), or the site's own
        # ("nos conditions d'utilisation"); not a firm's that the article is about ("ses conditions d'utilisation").
        (
            r"^(?=.{0,150}$)(?!.*\b(?:ses|leurs|sa|son|de l[’']application|du service)\s+conditions).*\bconditions "
            r"(?:générales )?d[’']utilisation\b"
            r"|\b(?:nos|vos|les présentes) conditions (?:générales )?d[’']utilisation\b",
            ("conditions",),
        ),
        (r"\bmentions légales\b", ("mentions",)),
        (r"\btous droits réservés\b", ("droits",)),
    ),
)
# Disclaimers: submissions, copyright complaints, investment warnings.
DISCLAIMER = Rules(
    start=(
        r"(?:avertissement|clause de non-responsabilité|disclaimer|note de la rédaction)\s*:",
        # A multilingual portal's machine-translation notice and its link to the original ("nl flag go to the
        # original language article"), as the page prints them, in English or in French.
        r"this article has been (?:machine[- ])?translated\b",
        r"cet article a été traduit (?:automatiquement|par (?:une |l[’'])?intelligence artificielle)\b",
        r"(?:[a-z]{2} flag )?go to the original language article$",
        # The page's message to a browser without JavaScript, copied with the text: "JavaScript is disabled! …",
        # "Veuillez activer JavaScript…".
        r"javascript is disabled\b",
        r"(?:veuillez |merci d[’'])?activer (?:le )?javascript\b",
        r"please enable javascript\b",
        # A summary the site had a model write, and the link to its method: "Le résumé de cette page a été généré
        # par une IA générative.", "▶︎▶︎▶︎ Cliquez pour en savoir plus sur la méthodologie".
        r"(?:le|ce) résumé (?:de cette page|de cet article|ci-dessus|ci-dessous)\b.{0,40}\bgénéré",
        r"[▶►▸→>︎\s]*cliquez (?:ici )?pour en savoir plus sur (?:la|notre) méthodologie\b",
        # A listed company's press release, as a distributor carries it: "Information réglementaire transmise par
        # X.", "Le contenu de ce communiqué est de la responsabilité de l'émetteur.", "Communication à caractère
        # promotionnel", "Ne pas distribuer, directement ou indirectement, aux États-Unis…".
        r"information réglementaire (?:transmise|diffusée|communiquée) par\b.{0,60}$",
        r"le contenu de ce communiqué (?:est|relève) de la (?:seule )?responsabilité de l[’']émetteur\b",
        r"communication à caractère promotionnel\W*$",
        r"ne pas (?:distribuer|diffuser|publier)\s*,?\s*directement ou indirectement\b",
        # The notice a site puts on its old articles: "Cet article date de plus de trois ans.", "Cet article a plus
        # d'un an", "Prenez note que cet article publié en 2016 pourrait contenir des informations qui ne sont plus
        # à jour."
        r"cet article (?:date de|a) plus d(?:e|[’']une?)\s+(?:\w+\s+)?(?:ans?|mois)\W*$",
        r"(?:prenez note|veuillez noter|notez|attention)\s*(?:que|:)?\s*cet article (?:publié|paru|date)\b.{0,160}"
        r"\b(?:plus à jour|obsolètes?|dépassées?|plus d[’']actualité)\b.{0,20}$",
    ),
    anywhere=(
        (
            r"\bcet article (?:est|a été) (?:soumis|proposé|rédigé) par (?:notre|un) "
            r"(?:utilisateur|lecteur|partenaire)",
            ("cet article",),
        ),
        (r"\b(?:règles|directives) de soumission\b", ("soumission",)),
        (r"\bviolerait|viole(?:nt)? (?:les|vos|des) droits d[’']auteur\b", ("viole",)),
        (r"\bles performances passées ne (?:garantissent|préjugent)\b", ("performances",)),
        (r"\bne constitue pas un conseil (?:en investissement|financier)\b", ("constitue",)),
    ),
)
# Republication / SEO filler: each match is one signal; two make a paragraph filler.
# Each signal comes with the lower-case words it cannot match without (see Rules).
FILLER_SIGNALS = (
    (re.compile(r"\b(?:ce|cet) (?:post|billet)\b", re.I), ("post", "billet")),
    (
        re.compile(r"\bcette (?:chronique|publication) a été (?:reproduite|publiée|sélectionnée)\b", re.I),
        ("chronique", "publication"),
    ),
    (
        re.compile(r"\b(?:notre|ce|le) (?:site|média|journaliste|rédaction|blog)\b", re.I),
        ("site", "média", "journaliste", "rédaction", "blog"),
    ),
    (re.compile(r"\b(?:www\.)?[\w-]+\.(?:fr|com|net|org|info)\b", re.I), (".fr", ".com", ".net", ".org", ".info")),
    (re.compile(r"\b(?:consulter|visiter|parcourir) (?:notre|ce) site\b", re.I), ("site",)),
    (re.compile(r"\bvous avez la possibilité\b|\bn[’']hésitez pas à\b", re.I), ("possibilité", "hésitez")),
    (re.compile(r"\ben ligne\b", re.I), ("en ligne",)),
    (re.compile(r"\bsur internet\b", re.I), ("internet",)),
)
_TRIGGERS = re.compile(
    trie_pattern(
        {word for rules in (PAYWALL, NEWSLETTER, LEGAL, DISCLAIMER) for _, words_ in rules.anywhere for word in words_}
        | {word for _, words_ in FILLER_SIGNALS for word in words_},
        prose=False,
    )
)
ABOUT = _rx(
    r"^(?:à|a) propos (?:de l[’']auteur|des auteurs|de l[’']autrice|des autrices|de nous)\b",
    r"^l[’']auteur$",
    r"^les auteurs$",
)


FILLER_MAX_WORDS = 150
FURNITURE_MAX_WORDS = 120  # longer units are not site furniture, whatever words they contain
VOICE_WORDS = 12  # a longer unit is a site's prompt only in the site's voice (_SITE_VOICE)
_SITE_VOICE = re.compile(r"\b(?:vous|votre|vos|nous|notre|nos|inscri\w*|abonn\w*|cliquez|connectez)\b", re.I)


def triggers(text: str) -> set[str]:
    """The trigger words of the cruft rules found in ``text`` (one scan for all rules)."""
    return set(_TRIGGERS.findall(text.lower()))


def is_filler(text: str, present: set[str] | None = None) -> bool:
    """A paragraph that talks about the website rather than the subject.

    Signals are counted once per kind, so a biography listing three web
    addresses is not mistaken for filler.
    """
    present = triggers(text) if present is None else present
    if not present:
        return False
    signals = sum(1 for pattern, words_ in FILLER_SIGNALS if present.intersection(words_) and pattern.search(text))
    if signals < 2:
        return False
    count = count_words(text)  # a notice is short: a long paragraph that mentions sites is the article's
    return (signals >= 3 and count < FILLER_MAX_WORDS) or count < 60


# A picture's placeholder left by an HTML page converted to text: the <image> element with an inline data-URI
# (a lazy-loading pixel), or the data-URI alone. Its length is the encoded picture's, not a paragraph's.
IMAGE_PLACEHOLDER = re.compile(r"^<image\b[^>]*>.*</image>$|^<image\b[^>]*/?>$|^data:image/[\w.+-]+[;,]\S*$", re.I)
# What a page's pictures leave in a text copy when the picture does not come along: the name its template gives the
# image's slot, in lower case joined by hyphens ("top-article-image", "author-image", "post-thumbnail"), and the
# alternative text of the site's logo ("Logo Le Journal", "Logo de La Gazette": "logo" and a name, nothing else).
IMAGE_SLOT = re.compile(
    r"^[a-z]+(?:[-_][a-z]+)*[-_](?:image|img|picture|photo|thumbnail|thumb|avatar|icon|logo)$"
    # the picture's slot by its kind alone, a word on its line: "illustration", "Photo", "Image"
    r"|^(?i:illustration|image|photo|visuel|vignette)$"
    # (the slot's name in the template's language, English or German, and "Image d'illustration" alone)
    r"|^(?i:thumbnail|storybild|image d[’']illustration)\.?$"
    # …or with the agency that supplied it: "Visuel AFP", "Photo Reuters"
    r"|^(?i:illustration|image|photo|visuel)\s+(?:AFP|Reuters|AP|EPA|Belga|Getty Images|Keystone|DR)$"
    r"|^(?i:logo)\s+(?:(?:de|du|de la)\s+|d[’'])?[A-ZÀ-ÖØ-Þ][\w’'.&-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ\d][\w’'.&-]*|de|du|des))"
    r"{0,3}$"
)
# A digest's list of its sources at its foot: "Sources : Le Journal, Jeanne Roux (12/07/2024) ; Revue X (13/07/2024)"
# (names, dates in brackets, commas and semicolons: no sentence).
SOURCES = re.compile(r"^sources\s*:\s*[^.!?«»“”]{2,200}$", re.I)
# A promoted link to another article of the site: a short label, "Cliquez ici", then that article's headline
# ("Contenu exclusif - Cliquez ici Comment sécuriser…", "À découvrir : cliquez ici …").
CLICK_TEASER = re.compile(r"^[^.!?:]{1,30}?\s*[-–—:|]\s*cliquez ici\b\s*[:.]?\s*.{0,120}$", re.I)


# A stock picture's alternative text in English, a line of its own: "man holding mouse and iPhone while using
# Macbook Pro". English function words, few French ones, no stop (a quotation in English opens with its marks).
_ALT_ENGLISH = frozenset("the and with while of using holding on in at his her their a an into from over".split())


def _english_alt_text(unit: Unit) -> bool:
    text = unit.text
    if not 4 <= unit.word_count <= 15 or text.endswith((".", "!", "?", "…", ":", "»", "”", '"')):
        return False
    tokens = [t.strip(",;()").casefold() for t in text.split()]
    english = sum(t in _ALT_ENGLISH for t in tokens)
    french = sum(is_french_word(t) and t not in _ALT_ENGLISH for t in tokens if t.isalpha())
    return english >= 2 and french * 3 <= len(tokens)


# A caption's credit after a dash at the end of its line, the press's layout for a caption: "Jeanne Roux, directrice
# de X : "…" — Photo : Studio Demo". A paragraph of the text never ends so (its stop comes last).
_DASH_CREDIT_END = re.compile(
    r"\s[–—]\s*(?:photos?|cr[ée]dits?(?:\s+photos?)?|illustration)\s*:\s*[^.!?«»“”\"]{2,60}$", re.I
)
_LOST_BYLINE = re.compile(r"^(?:par|by)\s*,\s*[A-ZÀ-ÖØ-Þ][^.!?«»“”\"]{2,60}$", re.I)
# dash_outlet_credit: a caption, then a hyphen and the broadcaster or the photo agency its picture comes from, as
# television and radio sites print it ("… dans leur boulangerie de la Marne. - BFMTV", "… parc éolien - Radio France",
# "… - Photo musée X"), or the template's credit fields left empty ("… ont été évacués. - -"). A wire agency after a
# dash signs a dispatch's last paragraph instead, and is left to the signature rules.
_DASH_OUTLET_END = re.compile(
    r"\S\s+-\s+(?:-|(?:bfm\s?tv|radio france|france bleu(?:\s+[\w-]+){0,2}|france\s?info|france télévisions"
    r"|france [235](?:\s+[\w-]+){0,2}|rmc|rtl|tf1|lci|europe 1|m6|maxppp|getty images|abaca(?:press)?|sipa(?: press)?"
    r"|hans lucas|ip3 press|(?:photo|illustration|image)\s+[^.!?«»“”\"]{2,60}))\s*\.?$",
    re.I,
)
# …or in brackets after the caption's last sentence, as agencies' captions end: "… à Barcelone, en Espagne. (Photo de
# Jeanne Roux / Agence)". A paragraph's sentence may mention a photo; it does not end with its credit so.
_BRACKET_CREDIT_END = re.compile(
    # (the label then a comma, as wire reprints set it: "… à l'humanité". (Photo, AFP)")
    r"[.!?…\"”»]\s*\((?:photos?|cr[ée]dits?(?:\s+photos?)?|illustration|image)\s*(?::|,|de\s|d[’'])\s*[^()]{2,60}\)\.?$"
    # …or after it without brackets, as a site prints the source of a picture: "… le 9 septembre. Photo tirée du
    # compte X de la présidence", "… à Rabat. Crédit photo : X"
    r"|[.!?…]\s+(?:photos?\s+(?:tirée?s?|extraite?s?|issue?s?)\s+d(?:u|e|es|[’'])|cr[ée]dits?\s+photos?\s*:)"
    r"\s*[^.!?]{2,80}$",
    re.I,
)
# The place in capitals and a colon glued to it, alone on its line: the dateline as English-language wires set it
# above a French dispatch ("PARIS:", "SAN FRANCISCO:"); French typography puts a space before the colon.
_CAPS_DATELINE = re.compile(r"^[A-ZÀ-ÖØ-Þ]{2,}(?:[ -][A-ZÀ-ÖØ-Þ]{2,}){0,2}:$")
# A date line's two labels glued, their dates lost in the copy: "Publié Mis à jour".
_LATE_DATELINE = re.compile(r"^(?:publiée?|créée?)\s+(?:le\s+)?mise? à jour(?:\s+le)?$", re.I)
# A financial site's syndication line, its date after it: "information fournie par Reuters 13/02/2026 à 01:11".
_INFORMATION_FROM = re.compile(
    r"^information fournie par\s+\S[^.!?]{0,40}?(?:\s+\d{1,2}/\d{1,2}/\d{4}(?:\s+à\s+\d{1,2}:\d\d)?)?$", re.I
)
_ARROW_GENRE = re.compile(r"^[→►▶]\s*[A-ZÀ-ÖØ-Þ]{4,}(?:\s+[A-ZÀ-ÖØ-Þ]{2,})?\s*[.:-](?=\s*[A-ZÀ-ÖØ-Þ])")
CAPTION_CHARS = 400
DATED_CAPTION_CHARS = 200  # an agency's dated caption is one line: who, where, when
# The day a picture was taken, in full, as agencies date a caption: "le 24 novembre 2022", "le 1er mai 2024".
_DATED_CAPTION = re.compile(
    rf"(?:^|[\s,])le\s+\d{{1,2}}(?:er)?\s+{MONTHS}\s+(?:19|20)\d\d\b",
    re.I,
)


# Words only a clause holds: a subject or a reflexive pronoun ("la question se pose", "il reçoit"), a conjunction or
# a relative pronoun that opens one ("estime que", "qui dirige").
_CLAUSE_PRONOUNS = frozenset("se s il ils elle elles on nous vous je j que qu qui".split())


def _reads_as_clause(text: str) -> bool:
    """Whether a line reads as a clause: it holds a finite verb the press writes most, a word whose lemma is a verb
    it differs from (not a past participle, which a caption may hold: "détruit", "réunis"), or a word only a clause
    holds (:data:`_CLAUSE_PRONOUNS`)."""
    tokens = [t.casefold() for t in re.findall(r"[^\W\d_]+", text)]
    # (a subject or a reflexive pronoun, which only a clause holds: "la question se pose", "il reçoit")
    if any(t in _CLAUSE_PRONOUNS for t in tokens):
        return True
    return any(
        t in FINITE_WORDS
        or (reads_as_verb(t) and (t.endswith(("ait", "ais")) or not t.endswith(("it", "is", "u", "us", "ert", "int"))))
        for t in tokens
    )


# The agencies' picture credit in brackets closing a caption, the agency first or last ("… le 9 décembre 2022 ( AFP /
# Jeanne ROUX )", "… du Parti socialiste. [JEANNE ROUX / AFP]"), or opening it, the photographer after ("NTB/AFP /
# Jeanne Roux Les joueurs…"): the whole line is the picture's caption.
_PICTURE_AGENCIES = r"(?:AFP|Reuters|AP|EPA|Getty Images|Sipa|Abaca|MaxPPP|Hans Lucas|Belga|Keystone|dpa|Xinhua)"
_AGENCY_BRACKET_END = re.compile(
    rf"[(\[]\s*(?:{_PICTURE_AGENCIES}\s*/\s*[^()\[\]/]{{2,50}}|[^()\[\]/]{{2,50}}/\s*{_PICTURE_AGENCIES}(?:\s*[\s/]\s*Archives?)?)"
    r"\s*[)\]]\.?$"
)
_AGENCY_CREDIT_START = re.compile(
    rf"^(?:[A-ZÀ-ÖØ-Þ][\w-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w-]*)?\s*/\s*)?{_PICTURE_AGENCIES}\s*/\s*"
    r"[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,2}\s+(?=[A-ZÀ-ÖØ-Þ])"
)
# The caption's formula for who the picture shows: "…, sur la photo", "sur notre photo", "(photo ci-dessus)".
_ON_THE_PHOTO = re.compile(r"\bsur (?:la|notre|cette) photo\b|\bphoto ci-(?:dessus|contre)\b", re.I)
# A group picture's caption, as the press words it: "De gauche à droite : Jeanne Roux (…), Paul Blanc (…)".
_GROUP_CAPTION = re.compile(
    # (the Canadian press's "Dans l'ordre habituel :", left to right)
    r"^(?:de gauche à droite|de droite à gauche|de g\.\s?à d\.|dans l[’']ordre habituel)\s*[:,]",
    re.I,
)
# The agencies a newsroom's article draws on, credited on their own line: "Avec AFP", "(Avec agences)", "Avec les
# informations de l'Agence France-Presse".
_WITH_AGENCY = re.compile(
    # (in brackets, the newsroom's name may come first: "(upday avec AFP)", "(La Rédaction avec AFP)")
    rf"^(?:\(\s*(?:[\w.’'-]+\s+){{1,2}}(?=avec\s)|\(?\s*)avec\s+(?:(?:les|des)\s+informations\s+d(?:e|u|es|[’'])\s*"
    rf"(?:l[’']\s*)?)?(?:{_AGENCIES}|agences?|Agence\s+France[- ]Presse|(?:la\s+)?Presse\s+[Cc]anadienne)\s*\)?\.?$",
    re.I,
)
_FEED_IMAGE = re.compile(r"^image may be nsfw\b", re.I)
# The translator's credit: "Traduction : Yannick Roe", "Traduit de l'anglais par Yannick Roe" (no caption above it).
_TRANSLATOR = re.compile(
    r"^(?:traduction|traduit(?:e)?(?:\s+de\s+l[’']\s*[a-zé]+)?\s+par)\s*:?\s*(?-i:[A-ZÀ-ÖØ-Þ])[^.!?:]{1,60}$", re.I
)
# press_credit_line: a picture's credit alone on its line in the shapes the press prints it: the photographer and the
# agency in brackets, as the wire sets it ("(DOGUKAN KESKINKILIC / ANADOLU AGENCY / KIEV)"); the initial, the
# surname and the newspaper after a dash, as 20 Minutes does ("— F. Roe / 20 Minutes"); La Dépêche's photo desk and
# the photographer ("DDM - Edwige Roe"); or a caption closed by the rights formula ("… — DR", "… Copyright Reuters").
_BRACKETED_CREDIT = re.compile(r"^\(\s*(?:[A-Z]\.\s*)?[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:\s+[\w’'.-]+){0,3}\s*/\s*[^()]{2,60}\)$")
_INITIAL_SLASH_SOURCE = re.compile(r"^[A-Z]\.\s*[\w’'-]+\s*/\s*[\w’' .-]{2,30}$")
_DESK_CREDIT = re.compile(r"^(?:DDM|PQR)\s*[-–—]\s*[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,2}$")
_RIGHTS_END = re.compile(r"\s[–—-]\s*(?:DR|dr|D\.R\.)$|[.!?]\s+Copyright\s+[A-ZÀ-ÖØ-Þ][\w&.-]*(?:\s+[\w&.-]+){0,2}$")


def _credit_line(unit: Unit) -> bool:
    """A picture's credit alone on its line, or closing a short caption (see :data:`_BRACKETED_CREDIT`; the caller
    bounds the line's length)."""
    text = unit.text
    if text.startswith("(") and "/" in text:
        return _BRACKETED_CREDIT.match(text) is not None
    if unit.kind == "dash" and "/" in text:
        return _INITIAL_SLASH_SOURCE.match(text) is not None
    if text.startswith(("DDM", "PQR")):
        return _DESK_CREDIT.match(text) is not None
    return unit.kind == "text" and _RIGHTS_END.search(text) is not None and not QUOTE_MARKS.search(text)


# A photographer or a source and the site it comes from, joined by a slash on the line under a picture: "Jeanne
# Roux/X", "Paul Blanc / Studio". Two capitalised words at least before the slash ("TCP/IP" is no credit).
_NAME_SLASH_SOURCE = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,3}\s*/\s*[A-Z][\w.&-]{0,20}$")
# A logo's alternative text ("Logo midi libre"), or the label a WordPress theme gives its site icon, before the
# site's name ("Site icon Le blog de Jeanne Roe").
_LOGO_LABEL = re.compile(r"^(?:logo|site\s+(?:icon|logo))\s+", re.I)
_LOGO = re.compile(r"^(?:logo(?:\s+[\w’'&.-]+){0,4}|site\s+(?:icon|logo)(?:\s+[\w’'&.-]+){0,10})$", re.I)
_PICTURE_ENDS = frozenset({".jpg", "jpeg", ".png", ".gif", "webp", "avif"})  # the last four characters, folded
_PICTURE_NAME = re.compile(r"^[^.!?:;,«»“”\"]{2,100}\.(?:jpe?g|png|gif|webp|avif)$", re.I)
_SHORT_CAPTION_CREDIT = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][^.!?()«»“”\"]{1,60}\((?:[A-Z]\.\s*)?[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:\s+[\w’'.-]+){0,3}\s*/\s*[^()/]{2,40}\)\.?$"
)
# A forum's or a blog's counters: "Réponse : 0 / Vues : 20", "Pages: 1", "Messages : 12".
_FORUM_COUNTS = re.compile(
    r"^(?:(?:réponses?|vues?|messages?|pages?|commentaires?|likes?)\s*:\s*\d+(?:\s+\d+)*\s*(?:[/|·-]\s*)?)+$", re.I
)
# Another article's headline in a list, glued to its own date line, the link's text copied without a space: "Le
# choix de l'EuropePublié le 29/08/2025 à 10:44".
_GLUED_POSTED = re.compile(r"[^\s\d]Publiée? le \d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?:\s+à\s+\d{1,2}[:h]\d\d(?::\d\d)?)?$")
# A file's name: one token with a long run of digits and an underscore, an extension perhaps.
_FILE_NAME = re.compile(
    r"^(?:(?=[\w.-]*\d{4})(?=[\w.-]*_)[\w.-]{8,}"
    # a camera's or a gallery's name for a picture: "IMG_2024", "DSC0123", "Rimg0"
    r"|(?:r?img|dscn?|pic)[_-]?\d{1,6}(?:\.(?:jpe?g|png|webp|gif))?"
    # a picture's slug, lower-case words joined by hyphens: "nvidia-chip-china"
    r"|(?-i:[a-z0-9]+(?:-[a-z0-9]+){2,})(?:\.(?:jpe?g|png|webp|gif))?"
    # a picture's identifier, as content systems name uploads: "31AA4644-E4CE-417B-B52E-B3424D3D8DF4"
    r"|[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}(?:\.(?:jpe?g|png|webp|gif))?"
    # the tail of a picture's address, its image lost in the copy: "/s3.amazonaws.com/…/5347a177.png)",
    # ":focal(1681x846:1691x836)/cloudfront-…/PFXYY.jpg)"
    r"|\S*/\S*\.(?:jpe?g|png|gif|webp|avif|svg)(?:\?\S*)?\)?)$",
    re.I,
)
# A menu's item whose label did not come along with the copy (a pictogram): its bullet alone on the line.
EMPTY_ITEM = re.compile(r"^[•·▪◦‣●►▸|]$")
TEXT_SIZE = re.compile(r"^A[+−-]?$")
# Three capitalised words or more glued with no space, as tag pills come out of a copy ("MetaLicenciementsIA"): two
# changes from a lower-case letter to a capital; one makes a brand ("OpenAI", "DeepSeek").
_GLUED_TAGS = re.compile(r"^(?=\w+$)(?:[^\W\d_]*?[a-zà-öø-ÿ][A-ZÀ-ÖØ-Þ]){2}\w*$")
# A tracking pixel's fallback a copy keeps as text: Facebook's "fbpx", a "noscript" tag's name.
_TRACKER = re.compile(r"^(?:fbpx|noscript)$", re.I)
# What a copy keeps of a page's code or layout, with nothing to read: a line without a letter or a digit (a
# stray "»" or ">" of a widget, a "***" or "—" drawn between sections), or an HTML element's attributes
# ('data-script="https://…/index.js"', the site's typography turning its quotes into guillemets).
_NO_WORDS = re.compile(r"^(?:[^\w!?]|_)+$")  # ("!!!", "?!": the author's cry, a title perhaps, stays)
# A template's placeholder left unfilled: "**related_articles[11527]**", "{{ share_buttons }}".
_PLACEHOLDER = re.compile(
    r"^\W*[a-z]+(?:_[a-z]+)+(?:\[\d+\])?\W*$|^\{\{[^{}]{1,60}\}\}$|^\{%[^{}]{1,60}%\}$"
    # a script's template expression left unrendered: "image.title ?? image.filename"
    r"|^[a-z]+(?:\.[a-z]+)+(?:\s*(?:\?\?|\|\||&&)\s*[a-z]+(?:\.[a-z]+)+)+$"
    # a byline's template whose fields came out empty: "Par , publié le , Modifié le ."
    r"|^(?i:(?:par|publiée?\s+le|modifiée?\s+le|mise?\s+à\s+jour\s+le)\s*[,.]\s*){2,}$"
    # a script's message with its template literal left unrendered inside: "Votre navigateur (${ browser.name })
    # est obsolète"
    r"|^.{0,200}\$\{\s*[A-Za-z_][\w.]*(?:\s*[+?:|&]{1,2}\s*(?:[A-Za-z_][\w.]*|'[^']{0,10}'))*\s*\}.{0,200}$"
)
_HTML_ATTRIBUTES = re.compile(
    r"^<?(?:[a-z][\w:.-]*\s*=\s*(?:\"[^\"]*\"|'[^']*'|\s*[«»“”][^«»“”]*[«»“”]|[^\s\"'«»“”<>]+)\s*)+/?>?$"
)


# video_label: a video's thumbnail copied as a line, its label then its running time ("Marine Roe 1:40", "courses
# 1:56"); a time of day after "à", "dès", "vers" is the text's ("rendez-vous à 20:45"), and French writes it "20h45".
_VIDEO_LABEL = re.compile(r"^(?!.*\b(?:à|dès|vers|jusqu[’']à|de|entre)\s+\d{1,2}:\d\d$)[^.!?:]{2,70}\s\d{1,2}:\d\d$")
VIDEO_LABEL_WORDS = 10
# video_chapters: a video's chapters as a platform lists them, each line a time code and a short title, the first at
# the video's start ("00:00 Introduction", "01:37 Les propositions").
_CHAPTER = re.compile(r"^\d{1,2}:\d\d(?::\d\d)?\s+\S.{0,60}$")
_CHAPTER_START = re.compile(r"^0?0:00(?::00)?\s")
CHAPTERS = 3  # chapters that make a list


def _video_chapters(units: list[Unit]) -> list[bool]:
    """For each unit: whether it is a chapter of a video's list (:data:`_CHAPTER`): three lines at least in a row, the
    first at 0:00, each a time code then a title of a few words."""
    flags = [False] * len(units)
    for start, unit in enumerate(units):
        if unit.kind != "text" or not _CHAPTER_START.match(unit.text):
            continue
        end = start
        while end < len(units) and units[end].kind == "text" and _CHAPTER.match(units[end].text):
            end += 1
        if end - start >= CHAPTERS:
            flags[start:end] = [True] * (end - start)
    return flags


# A line in brackets, all capitals, two parts or more set apart by a slash or a dash: the photographer, the pool, the
# agency or the publication a picture's credit names.
_BRACKETED_CAPS_CREDIT = re.compile(
    r"^[\[(]\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.’' -]*(?:\s*[/–-]\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.’' -]*)+\s*[\])]$"
)


@lru_cache(maxsize=256)  # memoised: read_head asks about the head's lines, drop_cruft again, and about a line's next
def cruft_reason(unit: Unit) -> str | None:
    text = unit.text
    if len(text) == 1 and EMPTY_ITEM.match(text):
        return "menu"
    if len(text) <= 2 and TEXT_SIZE.match(text):
        return "menu"  # the text size buttons: "A", "A+", "A-"
    if not unit.markdown and (
        _NO_WORDS.match(text)
        or (len(text) <= 400 and (_HTML_ATTRIBUTES.match(text) or _PLACEHOLDER.match(text)))
        or (len(text) <= 10 and _TRACKER.match(text))
    ):
        return "markup"
    if (
        unit.kind == "text"
        and not unit.markdown
        and (IMAGE_PLACEHOLDER.match(text) or (len(text) <= 120 and IMAGE_SLOT.match(text)))
    ):
        return "image"
    # Furniture lines are short: a long paragraph (by characters, cheaper than counting its words) is not one.
    short = len(text) <= SHORT_CHARS and unit.word_count <= 30
    if short and unit.kind == "text" and _twice_on_its_line(text):
        # a picture's alternative text and its caption glued on one line, the same words twice ("Une station-essence
        # en France, le 25 janvier 2022. Une station-essence en France, le 25 janvier 2022."): no text says so
        return "credit"
    if short and _ICON_NAMES.match(text):
        return (
            "image"  # the icons' alternative texts of a site's header: "Icône menu hamburger Icône loupe de recherche"
        )
    if (short or text.startswith(("!", "http", "www"))) and IMAGE.match(text):
        return "image"  # (a picture however long its address: "![…](https://…/rcrop/375,250,…/photo.jpg?VersionId=…)")
    if short and (TAGS.match(text) or (len(text) <= 100 and RUBRIC_LINE.match(text))):
        return "tags"
    if len(text) <= 80 and " " not in text and not unit.markdown and _GLUED_TAGS.match(text):
        return "tags"  # tag pills glued by a copy that lost their spaces: "MetaLicenciementsIA"
    if len(text) <= 100 and RUBRIC_TRAIL.match(text):
        return "breadcrumb"
    if len(text) <= 400 and unit.kind == "text" and REGIONS_MENU.match(text):
        return "menu"  # regions_menu: a regional broadcaster's region selector, copied as one line
    if len(text) <= 30 and unit.kind == "bullet" and _REGION_ITEM.match(text):
        return "menu"  # …or as a list, one region a bullet: nothing but the region's name ("• Bretagne")
    if len(text) <= 40 and BADGE.match(text):
        return "badge"
    if len(text) <= 140 and (PRINT_COVER.match(text) or _print_issue(text) is not None):
        return "print-issue"
    if len(text) <= 90 and _TRANSLATOR.match(text):
        return "translation"
    if len(text) <= 220 and text.startswith("(") and _WIRE_CREDITS.match(text):
        return "translation"  # the wire's reporters, translator and editor, in brackets under the dispatch
    if len(text) <= 100 and text[:1] in "AaCc(" and _REVISION_NOTE.match(text):
        return "translation"  # the wire's note on what an update adds
    if len(text) <= 160 and text.startswith("(") and _BRACKETED_REVISION.match(text):
        return "translation"  # the same in brackets, in any style: "(complété avec déclarations de la direction)"
    if len(text) <= 30 and _RELEASE_LABEL.match(text):
        return "kicker"
    if len(text) <= 40 and _LATE_DATELINE.match(text):
        return "dateline"
    if len(text) <= 60 and unit.kind == "text" and not unit.markdown and _PLACE_TAG.match(text):
        return "dateline"  # place_tag: where the story happens, as a broadcaster's page tags it ("Quimper, France")
    if len(text) <= 36 and text.endswith(":") and _CAPS_DATELINE.match(text):
        return "dateline"
    if len(text) <= 80 and _INFORMATION_FROM.match(text):
        return "syndication"
    if len(text) <= 40 and _DISTRIBUTED_AT.match(text):
        return "dateline"  # when a distributor sent a press release out: "21-Nov-2024 / 17:51 CET/CEST"
    credit = CREDIT.search(text) if short and _MAY_CREDIT.search(text) else None
    if credit is not None and not (_POSITION_ONLY.fullmatch(credit.group()) and _ATTRIBUTED_QUOTATION.search(text)):
        return "credit"
    # (the comma before the bar is where the credit went on; a headline cut with its ellipsis ends "… |" in a table
    # layout's copy, "Le comice réunit plus de 180 animaux... |", and stays)
    if short and text.endswith(", |") and unit.kind == "text" and not unit.markdown and "|" not in text[:-2]:
        return (
            "credit"  # a caption whose credit after the bar was lost in the copy: "L'actrice prononce un discours, |"
        )
    if len(text) <= 60 and unit.word_count <= 6 and AGENCY_CREDIT.match(text):
        return "credit"
    if len(text) <= 90 and _WITH_AGENCY.match(text):
        return "syndication"  # "Avec AFP", "Avec les informations de l'Agence France-Presse": the sources credited
    if len(text) <= 80 and not unit.markdown and _LOGO.match(text):
        return "image"  # a logo's alternative text: "Logo", "Logo midi libre", "Site icon Le blog de X"
    if len(text) <= 120 and text[-4:].casefold() in _PICTURE_ENDS and not unit.markdown and _PICTURE_NAME.match(text):
        return "image"  # a picture's file name with spaces: "Yann Roe Patrick Imbert Collège de France.JPG"
    if len(text) <= 120 and text.endswith((")", ").")) and not unit.markdown and _SHORT_CAPTION_CREDIT.match(text):
        return "credit"  # "Yann Roe (P. Imbert/Collège de France)": who the picture shows, its credit in brackets
    if len(text) <= 60 and "/" in text and not unit.markdown and _NAME_SLASH_SOURCE.match(text):
        return "credit"
    if len(text) <= 90 and not unit.markdown and _credit_line(unit):
        return "credit"
    # (a picture's credit in capitals in brackets: "[LUDOVIC ROE / POOL / AFP]", "(MER ET MARINE - X)")
    if len(text) <= 80 and text[:1] in "[(" and not unit.markdown and _BRACKETED_CAPS_CREDIT.match(text):
        return "credit"
    if len(text) <= 40 and "/" in text and not unit.markdown and _AGENCY_PAIR.match(text):
        return "credit"  # two picture agencies, the photographer's and its distributor: "imago/ABACAPRESS"
    if len(text) <= 20 and "/" in text and not unit.markdown and _WIRE_SIGN_OFF.match(text):
        return "translation"  # the wire's source and editor under the dispatch: "afp/ck"
    if len(text) <= 40 and text.startswith("/") and not unit.markdown and _SLASH_AGENCY.match(text):
        return "credit"  # the agency's half of a credit whose photographer was lost in the copy: "/ VCG"
    if len(text) <= 80 and _LOST_BYLINE.match(text):
        return "byline"  # the byline's name lost in the copy, its newsroom left: "Par , France Bleu Creuse"
    if len(text) <= 60 and _GENERATED_WITH.match(text):
        return "credit"  # a picture a model made, credited in English: "Generated with DALL·E 3"
    if len(text) <= 240 and text.startswith(">>") and _ARROW_PROMO.match(text):
        return "paywall"  # the site's paid content, promoted behind arrows: ">> Accédez à nos analyses exclusives…"
    if len(text) <= 200 and text.startswith(">") and _ARROW_TEASER.match(text) and unit.kind == "text":
        return "related"  # another article's headline behind the link's arrows: ">> Incendies en Gironde : …"
    if len(text) <= 12 and "`" in text and _CODE_FENCE.match(text):
        return "markup"  # a code block's fence left by a copy: "```html", "“`html"
    if len(text) <= 100 and text.count("|") >= 2 and _PIPE_MENU.match(text):
        return "menu"  # a menu's items joined by bars: "COURS | GRAPHIQUES | ACTUS | FORUM |"
    if len(text) <= 3 and unit.kind == "text" and _COUNTER.match(text):
        return "furniture"  # a share or comment count alone on its line, its pictogram lost ("1", "12")
    if len(text) <= 80 and ":" in text and _FORUM_COUNTS.match(text):
        return "view-count"
    if len(text) <= 200 and "Publi" in text and _GLUED_POSTED.search(text):
        return "teaser"
    if len(text) <= 60 and _FEED_IMAGE.match(text):
        return "image"  # a feed reader's notice in place of a picture
    if len(text) <= 80 and " " not in text and not unit.markdown and _FILE_NAME.match(text):
        return "image"  # a picture's file name, its image lost in the copy ("5437685854_d630fceaff_b")
    if (
        len(text) <= CAPTION_CHARS
        and unit.kind == "text"
        and not unit.markdown
        and (
            _DASH_CREDIT_END.search(text)
            or (" -" in text and _DASH_OUTLET_END.search(text) and not QUOTE_MARKS.search(text))
            or (text.endswith(("]", ")", "].", ").")) and _AGENCY_BRACKET_END.search(text))
            or _AGENCY_CREDIT_START.match(text)
            or (
                (text.endswith((")", ").")) or "hoto" in text or "rédit" in text or "redit" in text)
                and _BRACKET_CREDIT_END.search(text)
            )
            # illustration_caption: the press marks a picture that only illustrates the story, not its scene, with
            # "(Illustration)" opening or closing the caption ("(Illustration). Des travaux ont lieu…")
            or _ILLUSTRATION_MARK.search(text)
        )
    ):
        return "credit"  # a caption, however long, that ends with its credit after a dash or in brackets
    if (
        len(text) <= CAPTION_CHARS
        and " - " in text
        and unit.kind == "text"
        and not unit.markdown
        and _named_credit(text)
        and _signed_line(unit) is None  # (someone's words signed on their line are no caption: see _signed_line)
    ):
        return "credit"  # a caption, then a dash and the photographer's name: "La digue a cédé - Paul Roe"
    if (
        len(text) <= DATED_CAPTION_CHARS
        and unit.kind == "text"
        and not unit.markdown
        and _DATED_CAPTION.search(text)
        and not text.rstrip().endswith(":")
        and len(split_sentences(text)) == 1
        and not QUOTE_MARKS.search(text)
        and not _reads_as_clause(text)
    ):
        # dated_caption: an agency's caption says who or what the picture shows, where, and the day it was taken, with
        # no verb ("Emmanuel Roe à l'Élysée, le 11 janvier 2022", "La députée Anne Roe à l'Assemblée nationale, le
        # 24 novembre 2022 à Paris."): a sentence of the text has its verb
        return "credit"
    if len(text) <= 600 and unit.kind == "text" and _GROUP_CAPTION.match(text):
        return "credit"  # a group picture's caption naming who stands where
    if len(text) <= 600 and unit.kind == "text" and _ON_THE_PHOTO.search(text) and not QUOTE_MARKS.search(text):
        return "credit"  # "X est accompagné sur la photo de…": the caption says where its people stand
    if unit.kind == "text" and not unit.markdown and text[:1].islower() and _english_alt_text(unit):
        return "image"
    if FURNITURE.match(text):
        return "furniture"
    if short and unit.word_count <= 40 and CLICK_TEASER.match(text):
        return "related"
    if short and unit.kind == "text" and SOURCES.match(text):
        return "sources"
    if short and ADDRESS.match(text):
        return "address"
    if short and NAV.match(text):
        return "menu"
    if len(text) <= 120 and VIDEO.match(text):
        return "video"
    if unit.kind == "text" and unit.word_count <= VIDEO_LABEL_WORDS and _VIDEO_LABEL.match(text):
        return "video"
    present = triggers(text)
    # A site's prompt is short, or speaks to the reader ("vous", "nos offres", "abonnez-vous"); a paragraph of the
    # article that names a newsletter or a firm's terms of use does neither.
    long = bool(present) and (
        unit.word_count > FURNITURE_MAX_WORDS or (unit.word_count > VOICE_WORDS and not _SITE_VOICE.search(text))
    )
    for name, rules in (("paywall", PAYWALL), ("newsletter", NEWSLETTER), ("legal", LEGAL), ("disclaimer", DISCLAIMER)):
        if rules.search(text, present, long):
            return name
    if unit.kind == "text" and not unit.markdown and is_filler(text, present):
        return "filler"  # a guess from the words: never for a paragraph an author wrote in Markdown
    return None


# A photographer's full name after a dash, ending the line: "… après la tempête du 9 août - Paul Roe".
_DASH_NAME_END = re.compile(
    r"\s-\s+(?P<first>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?)\s+[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)?$"
)
CREDITED_CAPTION_WORDS = 5  # a caption before its credit is a sentence of this many words at least


def _named_credit(text: str) -> bool:
    """dash_name_credit: a caption without its stop, then a dash and a common first name with the surname, as radio
    and regional sites credit the photographer under a picture."""
    credit = _DASH_NAME_END.search(text)
    return (
        credit is not None
        and is_first_name(credit.group("first"))
        and count_words(text[: credit.start()]) >= CREDITED_CAPTION_WORDS
        and text[: credit.start()].rstrip()[-1:] not in ".!?:"
        and not QUOTE_MARKS.search(text)  # ("« Nous tiendrons » - Paul Roe": words and their speaker, kept)
    )


def _short(unit: Unit) -> bool:
    return unit.word_count <= 25


PROSE_WORDS = 8  # a sentence of the text, ended by its stop, is at least this long


def _prose(unit: Unit) -> bool:
    """A sentence of the article's text: long enough, ended by its stop."""
    return unit.word_count >= PROSE_WORDS and unit.text.rstrip(' »”"').endswith(tuple(_TERMINAL))


TEASER_SENTENCE_WORDS = 16  # a teaser under its label, kept with a stop, is shorter than this


HEAD_LINE_CHARS = 300  # title, byline, date and menu lines are shorter than this
# A quotation closed, then a comma and the verb after it: the body's attribution ("« … », dit Paul Roe (à gauche),
# ministre"), where the person stands in the picture is no caption's credit (a credit proper still is).
_ATTRIBUTED_QUOTATION = re.compile(r"[«“][^«»“”]{12,}[»”]\s*,\s*[a-zà-ÿ]")
_POSITION_ONLY = re.compile(_POSITION_IN_PICTURE, re.I)
_MAY_CREDIT = re.compile(
    r"[©:/(|–—-]|\b(?:photo|image|illustration|capture|reportage|montage)s?\b|\b(?:AFP|Reuters|Getty|Shutterstock|Unsplash|Pexels|iStock|DR)\b"
    r"|\b(?:Pixabay|Freepik|Flickr|Wikimedia|CC0|CC BY)\b",
    re.I,
)
SHORT_CHARS = 240  # a line of furniture is at most this long (and 30 words)
FEATURE_BOX_WORDS = 4  # a feature box is a run of lines this short
FEATURE_BOX_LINES = 3


def _feature_boxes(units: list[Unit]) -> list[bool]:
    """For each unit: whether it belongs to a feature box, a run of three lines or more of a few words each.

    Product sheets and "fiche" boxes are copied as such runs ("Llama 4 / Licence
    ouverte / 400 milliards de paramètres"); the article's own text never is:
    its headings stand alone and its lists have markers.
    """
    flags = [False] * len(units)
    start = 0
    while start < len(units):
        end = start
        # One line after the other, no blank line between: a box copied from a page, not spaced-out paragraphs.
        while end < len(units) and _box_line(units[end]) and (end == start or not units[end].blank_before):
            end += 1
        if end - start >= FEATURE_BOX_LINES:
            for k in range(start, end):
                flags[k] = True
        start = max(end, start + 1)
    return flags


# The speaker's line of a pull quote: the name, a first name perhaps alone, then what the person is after a comma,
# the medium the words were given to glued last ("Claire, habitante de l'immeubleà franceinfo"), or the first name
# alone with its comma, the role on the next line.
_PULL_QUOTE_SPEAKER = re.compile(
    r"^(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){0,2})\s*"
    r"(?:,\s*(?P<role>[a-zà-ÿ][^.!?«»“”\"]{2,100}?)?)?\s*(?P<medium>(?<=\S)à\s+[a-z][\w.-]+)?$"
)
_PULL_QUOTE_MEDIUM = re.compile(r"^à\s+[\w.-]+(?:\s+\w+)?$")  # "à franceinfo", on its line under the name
PULL_QUOTE_WORDS = (5, 45)  # a pull quote's length, in words
PULL_QUOTE_SPEAKER_WORDS = 14  # the speaker's line under it, in words at most
PULL_QUOTE_REPEATED_WORDS = 5  # the pull quote's first words, said again in the text
# A pull quote is someone's words: the speaker's first person, "on", the listener, or speech's "ça" and "c'est";
# the journalist's sentence above a name (a caption, a signature) tells of others.
_SPEECH_WORDS = r"je|j[’']|me|m[’']|moi|on|nous|nos|notre|ça|c[’']est"


def _spoken_words(more: str) -> re.Pattern[str]:
    """Any of :data:`_SPEECH_WORDS` or ``more`` as a word of its own, in any case."""
    return re.compile(rf"(?:^|[\s,.;:!?(])(?:{_SPEECH_WORDS}|{more})(?=[\s,.;:!?)]|$)", re.I)


_SPOKEN = _spoken_words(r"vous|votre|vos|y\s+a")


def _pull_quote_boxes(units: list[Unit]) -> list[bool]:
    """For each unit: whether it belongs to a pull quote box (pull_quote_box): words of the report's said again,
    set apart without their marks, then the speaker's line under them (:data:`_PULL_QUOTE_SPEAKER`), the medium
    perhaps on a line of its own ("à franceinfo"), as broadcasters' sites frame a sentence of the report.

    Words set apart above the speaker's line that the text does not say again, no medium named, are the quotation
    itself, not its copy; the speaker's line above the words it introduces is no box: after the box, words in marks
    come only as the pull quote said again. The words go, and the medium's line; the speaker's line stays (it may be
    the only place the text says what the person is), unless the medium is glued to it."""
    flags = [False] * len(units)
    low, high = PULL_QUOTE_WORDS
    for k in range(len(units) - 1):
        words_unit, speaker = units[k], units[k + 1]
        if not all(u.kind == "text" and not u.markdown for u in (words_unit, speaker)):
            continue
        text = words_unit.text.rstrip()
        if QUOTE_MARKS.search(text) or not low <= words_unit.word_count <= high or text.endswith(("?", ":", ",")):
            continue
        line = _PULL_QUOTE_SPEAKER.match(speaker.text.strip())
        if line is None or speaker.word_count > PULL_QUOTE_SPEAKER_WORDS or QUOTE_MARKS.search(speaker.text):
            continue
        name = line.group("name")
        if not (is_first_name(name.split()[0]) or is_person_name(name)) or not _SPOKEN.search(text):
            continue
        end = k + 2
        if speaker.text.rstrip().endswith(",") and end < len(units) and units[end].word_count <= 8:
            end += 1  # (the first name alone with its comma, what the person is on the next line)
        own_line = end < len(units) and bool(_PULL_QUOTE_MEDIUM.match(units[end].text.strip()))
        end += 1 if own_line else 0
        medium = own_line or bool(line.group("medium"))
        opening = fold(" ".join(text.split()[:PULL_QUOTE_REPEATED_WORDS]))
        repeated = any(opening in fold(other.text) for j, other in enumerate(units) if j != k)
        if not (repeated or medium):
            continue  # words set apart that the text does not say again are the quotation itself (speaker_line_after)
        after = units[end].text.lstrip() if end < len(units) else ""
        marked = after[:1] in '«“"' and bool(after)
        if not medium and marked and opening not in fold(after):
            continue  # the speaker's line introduces the words after it
        for j in range(k, end):
            # (the speaker's line stays, what the person is told once perhaps, unless the medium glued to it makes it
            # the frame's own: "…du chantierà radioinfo")
            flags[j] = j != k + 1 or bool(line.group("medium"))
    return flags


_SEPARATOR = re.compile(r"^[-–—•·|]$")
SEPARATED_TEASERS = 3


def _separated_teasers(units: list[Unit]) -> list[bool]:
    """For each unit: whether it belongs to a list of other articles' headlines set apart by lone dashes, as a
    sidebar's "latest news" comes out in a text copy ("-" / "Coup d'envoi du festival" / "-" / "La Chambre
    clôture sa session" / …): three headlines at least, each a short line without a final stop."""
    flags = [False] * len(units)
    i = 0
    while i < len(units):
        j, headlines = i, 0
        while j + 1 < len(units) and _SEPARATOR.match(units[j].text) and _teaser_line(units[j + 1]):
            j, headlines = j + 2, headlines + 1
        if headlines >= SEPARATED_TEASERS:
            end = j + 1 if j < len(units) and _SEPARATOR.match(units[j].text) else j
            for k in range(i, end):
                flags[k] = True
            i = end
        else:
            i += 1
    return flags


# Other articles' headlines after their rubric in capitals and a dash, as a daily lists them under an article
# ("ENQUÊTE- Européennes : la crise explique-t-elle… ?", "LE REPÈRE - L'Unédic table sur…"): two in a row at least
# (one alone under the title is the article's own kicker).
_RUBRIC_TEASER = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’' ]{2,30}?\s*[-–—]\s+(?=[A-ZÀ-ÖØ-Þ«“\"])[^\n]{10,160}(?<![.:])$")
RUBRIC_TEASERS = 2
# place_rubric_teasers: a regional site's list of other stories, each under its town or area in capitals with no dash
# ("ALÈS Les urgences du centre hospitalier…", "AIGUES-MORTES Le quai fermé aux voitures"), its section's label on
# the line above perhaps ("Actualités"); a headline has no final stop.
_PLACE_TEASER = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+)(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+){0,2}\s+(?=[A-ZÀ-ÖØ-Þ«“\"][a-zà-ÿ’' ])"
    r"[^\n]{10,160}(?<![.:])$"
)
_SECTION_LABEL = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[\w’'-]+)?$")
PLACE_TEASERS = 3
# The buttons a comment thread prints after each comment, glued to the next one in a text copy ("Signaler
# RépondreTrésor bonne décision…").
_COMMENT_BUTTONS = re.compile(r"^(?:signaler\s*répondre|répondre\s*signaler)", re.I)
COMMENT_BUTTONS = 2  # lines of buttons that make a thread; then the line above the first is a comment too


def _teasers_and_comments(units: list[Unit]) -> list[str | None]:
    """For each unit: "related" when it is one of a run of rubric teasers (:data:`_RUBRIC_TEASER`), "comment" when
    it belongs to a comment thread (:data:`_COMMENT_BUTTONS`), else None."""
    flags: list[str | None] = [None] * len(units)
    plain = [u.kind == "text" and not u.markdown for u in units]
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and plain[j] and _RUBRIC_TEASER.match(units[j].text):
            j += 1
        if j - i >= RUBRIC_TEASERS and i > 0 and len({fold(units[k].text) for k in range(i, j)}) > 1:
            # (a run opening the text is the article's own head, its headline and standfirst under one rubric:
            # "TÉMOIGNAGES - Vos galères…" then "TÉMOIGNAGES - Alors que les cheminots…"; one line printed twice is
            # the headline and its copy, never other articles' teasers)
            flags[i:j] = ["related"] * (j - i)
        i = max(j, i + 1)
    place = [plain[k] and _PLACE_TEASER.match(u.text) is not None for k, u in enumerate(units)]
    label = [plain[k] and _SECTION_LABEL.match(u.text) is not None for k, u in enumerate(units)]
    i = 0
    while i < len(units):
        # (a run of teasers under their places, a section's label alone between them)
        j, teasers = i, 0
        while j < len(units) and plain[j]:
            if place[j]:
                teasers += 1
            elif not (label[j] and j + 1 < len(units) and plain[j + 1]):
                break
            j += 1
        while j > i and not place[j - 1]:
            j -= 1  # (the run ends on a teaser: a label after the last one is not known to be the list's)
        if teasers >= PLACE_TEASERS and i > 0:
            flags[i:j] = ["related"] * (j - i)
            i = j
        else:
            i += 1
    buttons = [k for k, u in enumerate(units) if plain[k] and _COMMENT_BUTTONS.match(u.text)]
    if len(buttons) >= COMMENT_BUTTONS:  # (one line of buttons alone is furniture: see FURNITURE)
        for k in buttons:
            flags[k] = "comment"
        if buttons[0] > 0 and plain[buttons[0] - 1]:
            flags[buttons[0] - 1] = "comment"  # the first comment, above its buttons
    return flags


def _teaser_line(unit: Unit) -> bool:
    return unit.kind == "text" and unit.word_count <= 20 and not unit.text.endswith((".", ":", "»", "”"))


def _address_heads(units: list[Unit]) -> list[bool]:
    """For each unit: whether it is a short line heading a postal address block (a company, a service name).

    A footer's address comes as lines one after the other: the names right
    above the street line belong to it.
    """
    flags = [False] * len(units)
    below = False  # the next unit is an address line, or heads one
    for index in range(len(units) - 1, -1, -1):
        unit = units[index]
        is_address = unit.kind == "text" and len(unit.text) <= 120 and bool(ADDRESS.match(unit.text))
        nxt = units[index + 1] if index + 1 < len(units) else None
        heads = (
            not is_address
            and below
            and nxt is not None
            and not nxt.blank_before
            and unit.kind == "text"
            and len(unit.text) <= 60
            and unit.word_count <= 5
            and not unit.text.endswith((".", "?", "!", "…", ":", "»", "”"))
        )
        flags[index] = heads
        below = is_address or heads
    return flags


def _box_line(unit: Unit) -> bool:
    return (
        unit.kind == "text"
        and len(unit.text) <= 60
        and unit.word_count <= FEATURE_BOX_WORDS
        and not unit.text.endswith((".", "?", "!", "…", ":"))
    )


_NEWSLETTER_NAMED = re.compile(r"\bnewsletters?\s*[«“\"]\s*(?P<name>[^«»“”\"]{2,40}?)\s*[»”\"]", re.I)
# The pitch of a sign-up box, to the reader: "De la vie quotidienne aux grands enjeux, découvrez les sujets…".
_BOX_PITCH = re.compile(r"\b(?:découvrez|recevez|retrouvez|suivez|inscrivez|abonnez|vous|votre|vos)\b", re.I)


def _newsletter_box(kept: list[Unit], consent: Unit) -> list[Unit]:
    """The lines of a newsletter's sign-up box right above its consent line (no blank line between): a pitch to
    the reader and the heading that names the newsletter as the consent does. Popped from ``kept``, in order."""
    named = _NEWSLETTER_NAMED.search(consent.text)
    if named is None:
        return []
    name = fold(named.group("name"))
    box: list[Unit] = []
    below = consent
    while kept and len(box) < 2 and not below.blank_before and kept[-1].kind == "text":
        unit = kept[-1]
        heading = fold(unit.text.strip(" .:")) == name
        pitch = not box and unit.word_count <= 40 and _BOX_PITCH.search(unit.text) is not None
        if not (heading or pitch):
            break
        box.insert(0, kept.pop())
        below = unit
        if heading:
            break
    return box


def drop_cruft(
    units: list[Unit], head: Head | None = None, fixes: Fixes | None = None
) -> tuple[list[Unit], list[Removal]]:
    """Remove site furniture; return the units kept and what was removed, with the rule that removed it.

    A bare related-content marker ("À lire également") also takes the teasers
    after it: list items, title-like short lines, and the short line right
    after it. An inline teaser ("Lire aussi : Un autre titre") goes alone. A
    summary or table-of-contents marker ("Sommaire") takes its short items.
    A line the front matter's ``keep`` names is never removed; one its
    ``remove`` names always is.
    """
    fixes = fixes or Fixes()
    kept: list[Unit] = []
    removed: list[Removal] = []
    region = 0  # units seen since a bare related-content or summary marker; 0 when outside one
    region_rule = "teaser"
    summary_items: set[str] = set()
    teaser_tail = _short_teaser_tails(units)
    boxes = _feature_boxes(units)
    pull_quotes = _pull_quote_boxes(units)
    footer = _address_heads(units)
    repeated = _repeated_summary(units)
    points = _key_points_box(units)
    playlist = _video_playlist(units)
    closing_headlines = _trailing_headlines(units)
    twice = _caption_twice(units)
    chapters = _video_chapters(units)
    title = fold(head.title) if head is not None and head.title else ""
    key_points: set[int] = set()  # the points of a labelled key-points box

    def drop(unit: Unit, rule: str) -> None:
        removed.append(Removal(unit.line, unit.text, rule))

    for index, unit in enumerate(units):
        following = units[index + 1] if index + 1 < len(units) else None
        if fixes.keeps(unit.text) or unit.kind == "embed":
            kept.append(unit)
            region = 0
            continue
        if fixes.removes(unit.text):
            drop(unit, "front-matter")
            continue
        if twice[index]:
            drop(unit, "credit")  # a picture's caption printed twice, as its alternative text and under it
            continue
        if (
            title
            and index < TITLE_REPEAT_UNITS
            and not unit.markdown
            and _title_copy(_without_rubric(unit.text), title)
        ):
            # A page that prints its headline twice (the page's header, then the article's own heading, or the
            # headline again under the tags, cut short by an ellipsis, or as a picture's caption with its
            # credit): the second copy goes.
            drop(unit, "title-repeat")
            continue
        later = units[index + 1 : index + 1 + EXCERPT_LOOKAHEAD]
        repeat = _lead_repeat(unit, later) if index < TITLE_REPEAT_UNITS else None
        if repeat is not None:
            # The standfirst in the page's header, or the excerpt cut by an ellipsis, then the text: said once.
            drop(unit, repeat)
            continue
        if repeated[index]:
            drop(unit, "summary-repeat")  # a key-points list whose every item the text says again below
            continue
        if playlist[index]:
            drop(unit, "related")  # another video's headline under its running time, in the player's playlist
            continue
        if chapters[index]:
            drop(unit, "video")  # the chapters of the video the page embeds
            continue
        if points[index]:
            drop(unit, "key-points")  # the site's key-points box between the head and the text
            continue
        if unit.kind in ("text", "heading") and SUMMARY.match(unit.text) and unit.word_count <= 12:
            drop(unit, "summary")
            region, region_rule = 1, "summary"
            if KEY_POINTS_LABEL.match(unit.text) and not unit.markdown:
                # a key-points box under its label ("En bref", "Tl;dr"): its points go, however long, when the
                # text says the same at length below (points found nowhere else are the article's: they stay)
                box = index + 1
                while (
                    box < len(units)
                    and units[box].kind in ("bullet", "dash")
                    and not units[box].markdown
                    and units[box].word_count <= KEY_POINT_MAX_WORDS
                    and box - index <= KEY_POINTS[1]
                ):
                    box += 1
                below = content_words(" ".join(u.text for u in units[box:]))
                listed = range(index + 1, box)
                if len(listed) >= 2 and all(_told_below(units[k].text, below) for k in listed):
                    key_points.update(listed)
                    region = 0
            continue
        if index in key_points:
            drop(unit, "key-points")
            continue
        # (a plain-text copy may keep the ">" a site drew before its teaser: "> A lire aussi : …")
        teaser_text = _TEASER_ARROW.sub("", unit.text, count=1) if unit.kind in ("text", "heading") else ""
        marker = RELATED.match(teaser_text) if teaser_text else None
        if marker is None and teaser_text and _ARROW_GENRE.match(unit.text):
            # an arrow and a genre's label in capitals before the other article's headline ("→ ANALYSE. Sur le
            # logement, le bilan reste mitigé"): the link itself, no teasers under it
            region = 0
            drop(unit, "related")
            continue
        if marker is not None:
            remainder = teaser_text[marker.end() :].strip()
            inline = len(words(remainder)) >= 2 and not remainder.endswith(":")
            region, region_rule = (0 if inline else 1), "teaser"
            drop(unit, "related")
            continue
        if region:
            # (right after the label, a teaser may keep its stop; a long sentence with its stop is prose all the same,
            # the article going on after a label whose teaser the copy lost)
            title_like = (_short(unit) and not unit.text.endswith(".")) or (
                region == 1 and _short(unit) and unit.word_count < TEASER_SENTENCE_WORDS
            )
            teaser = unit.kind in ("bullet", "dash") or (title_like and not ABOUT.match(unit.text))
            # The article's next section title after the teasers: a heading followed by prose, once
            # two teasers or more have gone.
            section = _heading_like(unit, following) and region > 2 and not teaser_tail[index]
            # Teasers listed line after line end at the first line after a blank one.
            section = section or (region > 2 and unit.blank_before and not units[index - 1].blank_before)
            if region_rule == "summary":
                # A table of contents lists the headings to come: it ends at prose, or at an item met again
                # (the first heading itself).
                listed = fold(unit.text) in summary_items
                # Key points written as long sentences are the article's own summary, not a table of contents.
                section = listed or (
                    not (_short(unit) and not unit.text.endswith("."))
                    and (unit.kind not in ("bullet", "dash") or unit.word_count > SUMMARY_ITEM_WORDS)
                )
                summary_items.add(fold(unit.text))
                if listed:  # the first heading the table listed: the article starts here
                    region = 0
                    kept.append(unit)
                    continue
            if teaser and not section and region <= 8:
                region += 1
                drop(unit, region_rule)
                continue
            region = 0
        if unit.kind == "text" and not unit.markdown and TEASER_LINK.match(unit.text):
            drop(unit, "related")  # the link to another article, its headline lost in the copy: it takes no teasers
            continue
        domain = _DOMAIN.match(unit.text) if unit.kind == "text" else None
        if domain is not None:
            if head is not None and head.publisher is None:
                head.publisher = domain.group("domain")
            drop(unit, "publisher")
            continue
        reason = cruft_reason(unit) if not unit.formatted else None
        if reason is None and unit.kind == "text" and not unit.markdown and PROMO.match(unit.text):
            # A subscription campaign's banner ("Black Friday") goes beside the paywall's lines only.
            dropped_before = index > 0 and bool(removed) and removed[-1].line == units[index - 1].line
            if (dropped_before and removed[-1].rule == "paywall") or (
                following is not None and cruft_reason(following) == "paywall"
            ):
                reason = "paywall"
        if (
            reason == "credit"
            and following is None
            and head is not None
            and kept
            and _prose(kept[-1])
            and unit.blank_before
            and _AGENCY_LINE.match(unit.text)
        ):
            # The agency's name alone on the article's last line, set apart under the text, as regional and news
            # sites sign a dispatch they publish ("AFP"): the dispatch's author, not a picture's credit (that one is
            # glued under its caption)
            head.author = head.author or unit.text.strip()
            drop(unit, "signature-end")
            continue
        if reason == "newsletter" and not unit.blank_before:
            # newsletter_box: the consent under a sign-up box names its newsletter ("…vous envoyer la newsletter
            # "Société"."): the box's heading, that name, and its pitch to the reader just above go with it
            for box_unit in _newsletter_box(kept, unit):
                drop(box_unit, "newsletter")
        if reason:
            drop(unit, reason)
            continue
        if unit.kind in ("text", "dash") and SOCIAL_SIGNATURE.match(unit.text):  # the dash may read as a list
            # An embedded post: its signature, and its text above it: the line right above (no blank line
            # between), or the post's paragraphs (:func:`_post_paragraphs`).
            post = kept[-1] if kept and not unit.blank_before else None
            if post is not None and post.kind == "text" and post.word_count <= SOCIAL_POST_WORDS:
                drop(kept.pop(), "social-post")
            else:
                count = _post_paragraphs(kept)
                for post_unit in kept[len(kept) - count :]:
                    drop(post_unit, "social-post")
                del kept[len(kept) - count :]
            drop(unit, "social-post")
            continue
        # Guesses from a line's shape, never for a Markdown paragraph (the author wrote it as one).
        shaped = not unit.markdown
        if shaped and unit.kind == "text" and _flat_social_post(unit):
            drop(unit, "social-post")
            continue
        if shaped and _twin_caption(unit, following, removed, units[index - 1] if index else None):
            drop(unit, "credit")  # a picture's alt text and its caption, the same words one above the other
            continue
        if shaped and _picture_kind(unit):
            drop(unit, "credit")
            continue
        if shaped and _is_caption(unit, following) and unit.word_count <= 15 and not unit.text.endswith((":", ".")):
            drop(unit, "credit")  # the caption goes with its credit
            continue
        if shaped and _caption_sentence(unit, following, units[index + 2] if index + 2 < len(units) else None):
            drop(unit, "credit")  # a caption written as a sentence, glued above a credit line of its own
            continue
        if shaped and _captioned(unit, following):
            drop(unit, "credit")  # a caption above its photographer's credit ("— Jeanne Roux")
            continue
        if shaped and following is not None and _role_caption(unit, following):
            drop(unit, "credit")  # a portrait's caption: the name and the role, nothing said
            continue
        if shaped and index and _photographer_credit(unit) and _credit_above(removed, units[index - 1]):
            drop(unit, "credit")  # the photographer's credit under the caption just taken
            continue
        if footer[index]:
            drop(unit, "address")  # the company or service name heading an address block
            continue
        if shaped and (boxes[index] or pull_quotes[index]):
            drop(unit, "feature-box")
            continue
        if head is not None and head.author and unit.word_count <= 12 and _same_writer(unit.text, head.author):
            drop(unit, "signature")  # the author's name repeated as a signature ("Par X", "X, 2024")
            continue
        if shaped and index and _BARE_AGENCY.match(unit.text.strip()) and units[index - 1].word_count >= 12:
            drop(unit, "signature")  # agency_sign_off: the wire's name alone under its paragraph ("AP")
            continue
        if (
            shaped
            and removed
            and removed[-1].rule == "signature"
            and index
            and removed[-1].line == units[index - 1].line
            and _bio_line(unit)
        ):
            # author_box: the writer's line of presentation under the name that signs ("Consultante en
            # transformation numérique des PME."), one line or more, each a role without a verb
            drop(unit, "signature")
            continue
        if (
            shaped
            and _portrait_caption(unit)
            and not any(u.text.lstrip()[:1] in '«“"' for u in units[index + 1 : index + 1 + ROUNDUP_GAP])
        ):
            # a portrait's caption: the name and, in brackets, where the person works (above a quotation, the line
            # names the speaker, as a round-up of reactions sets it: "Luka Roe (entraîneur d'Amiens)" / "« … »",
            # a line of the journalist's between them perhaps)
            drop(unit, "credit")
            continue
        if fixes.templated(unit):
            drop(unit, "site-template")  # word for word around several articles of the corpus
            continue
        if shaped and unit.kind == "text" and _embedded_post_line(unit):
            drop(unit, "social-post")  # an embedded post's text or its links, copied without its frame
            continue
        if closing_headlines[index]:
            drop(unit, "related")  # other articles' headlines closing the page, their list's heading lost
            continue
        tag = _GLUED_TAG.match(unit.text) if shaped and unit.kind == "text" else None
        if tag is not None:
            removed.append(Removal(unit.line, tag.group().strip(), "tags"))
            unit = _retext(unit, unit.text[tag.end() :])
        # a picture's credit, then the wire's closing credits, glued after the paragraph's last sentence
        caption = False
        for trailing, rule in ((_trailing_credit, "credit"), (_trailing_wire_credits, "translation")):
            cut = trailing(unit) if shaped else None
            if cut is not None:
                removed.append(Removal(unit.line, unit.text[cut:].strip(), rule))
                unit = _retext(unit, unit.text[:cut].rstrip())
                caption = caption or (rule == "credit" and _caption_alone(unit))
        if caption:
            # captioned_line: one short sentence alone on its line, its picture's credit glued after it ("Les parents
            # devant l'école, lundi. Photo archives."), is the caption: it goes with its credit
            drop(unit, "credit")
            continue
        crew = _trailing_crew_credits(unit) if shaped else None
        if crew is not None:
            # then a crew's, which signs the report
            cut, names = crew
            removed.append(Removal(unit.line, unit.text[cut:].strip(), "signature-end"))
            if head is not None:
                head.author = head.author or names
            unit = _retext(unit, unit.text[:cut].rstrip())
        kept.append(unit)
    signature = _end_signature(kept, head)
    if signature is not None and head is not None:
        head.author = head.author or signature  # "Jeanne Roux" alone under the text: the writer signs at the end
        drop(kept.pop(), "signature-end")
    if head is not None and head.author is None:
        # agency_author: a dispatch no writer signs is the agency's when the wire's sign-off closes it ("afp/ther",
        # "/ATS"); "Avec AFP" credits a source the newsroom drew on, not the writer
        head.author = _agency_sign_off(removed, kept)
    if head is not None and _end_publisher(kept):
        head.publisher = head.publisher or kept[-1].text  # a repost names the publication it took the text from
        drop(kept.pop(), "publisher")
    return kept, removed


_PORTRAIT = re.compile(rf"^(?P<name>{_PERSON_NAME})\s*\((?P<org>[^()]{{2,40}})\)\.?$")


ROUNDUP_GAP = 2  # in a round-up of reactions, the quotation comes this many lines at most under the speaker's name


def _portrait_caption(unit: Unit) -> bool:
    """ "Hugues Roe (Iridia)" alone on its line: the caption of a person's portrait, the name and the lab or the firm
    in brackets (not a heading: no verb, a person's name)."""
    match = _PORTRAIT.match(unit.text) if unit.kind == "text" and not unit.markdown else None
    if match is None:
        return False
    tokens = match.group("name").split()
    return is_first_name(tokens[0]) or is_unlisted_name(match.group("name"))


def _end_publisher(kept: list[Unit]) -> bool:
    """Whether the last kept line is a press title alone ("Le Point", "Tech Info") under a paragraph of the text."""
    if len(kept) < 2:
        return False
    last, above = kept[-1], kept[-2]
    text = last.text.strip()
    return (
        last.kind == "text"
        and not last.markdown
        and above.kind == "text"
        and above.word_count >= LEAD_REPEAT_WORDS
        and len(text.split()) <= 4
        and not text.endswith(tuple(_TERMINAL))
        and looks_like_name(text)
        and bool(_PRESS_TITLE.match(text))
    )


# A link to another article alone on its line, its headline lost in the copy (it was a picture): "Lire l’article".
TEASER_LINK = re.compile(r"^(?:lire|voir|découvrir) l[’']article\s*[:.→»›>]?$", re.I)
# A picture's caption and credit glued at the end of the paragraph above it, after its last sentence: "… Regards
# croisés. Photo d’illustration © Jeanne Roux – Unsplash", "… en 2024. Crédit photo : Studio Demo" ("Crédits :"
# alone may be a budget's).
_TRAILING_CREDIT = re.compile(
    r"(?<=[.!?…»”] )(?:(?:photo|image|illustration|visuel)s?\s+d[’']illustration\b"
    r"|cr[ée]dits?\s+(?:photos?|images?)\s*:|photo\s*:"
    r"|photo\s+(?-i:[A-ZÀ-ÖØ-Þ]))[^.!?«»]{0,100}$"
    # The credit in brackets glued to the caption's stop: "… en ouverture de l'évènement.(Crédit : JDP)".
    r"|(?<=[.!?…»”])\s?\(\s*cr[ée]dits?(?:\s+photos?)?\s*:[^()]{1,60}\)$"
    # After a bar, as a caption and its credit share one line: "… le supercalculateur Alps. | © EPFL / iStock".
    r"|(?<=[.!?…»”])\s+\|\s*©[^|©]{1,80}$"
    # …or after a slash and the label, a copyright glued to the stop, a picture agency in brackets: "… la grille. /
    # Crédits : Jeanne Roe", "… du quartier.© 2012 AFP", "… du marché. (Getty)"
    r"|(?<=[.!?…»”\"])\s+/\s*cr[ée]dits?\s*:[^/]{1,60}$"
    r"|(?<=[.!?…»”\"])\s*©\s*(?:19|20)\d\d\s+[^©]{1,40}$"
    r"|(?<=[.!?…»”])\s*\((?:Getty(?:\s+Images)?|Shutterstock|iStock|Maxppp|MaxPPP|Sipa|Abaca)\)$"
    # …or the photographer and the paper or the agency in brackets: "… avant d'être installé. (Jeanne Roe/Le Journal)"
    rf"|(?<=[.!?…»”])\s*{_BRACKETED_PHOTOGRAPHER}$"
    # …or the agency first in brackets, the caption's stop often left out: "… à la prison de Perpignan
    # (REUTERS/Jeanne Roe)", "… 250 sites. [PAUL ROE / POOL / AFP]"; the agency and the photographer in capitals
    # after the stop: "… (archives). KEYSTONE/JEANNE ROE"; the archives' picture: "… de ce site. Photo archives R. Roe."
    rf"|(?<=\S)\s*{_AGENCY_FIRST_CREDIT}$|(?<=[.!?…»”])\s*{_POOL_CREDIT}$"
    rf"|(?<=[.!?…»”] ){_AGENCY_CAPS_CREDIT}$|(?<=[.!?…»”] ){_ARCHIVE_PHOTO_CREDIT}$"
    # …or after a slash, "Crédit photo" without a colon: "… du moment / Crédit photo Jeanne Roe"
    r"|\s+/\s*cr[ée]dits?\s+photos?\s+[^/:]{1,60}$",
    re.I,
)
TRAILING_CREDIT_WORDS = 14


CAPTION_SENTENCE_WORDS = 25  # a picture's caption, one sentence, is this long at most


def _caption_alone(unit: Unit) -> bool:
    """One short sentence, no words quoted in it: what a picture's caption is (see drop_cruft's captioned_line)."""
    text = unit.text.strip()
    return (
        0 < unit.word_count <= CAPTION_SENTENCE_WORDS
        and _INNER_STOP.search(text.rstrip(".!?… ")) is None
        and not QUOTE_MARKS.search(text)
    )


def _trailing_credit(unit: Unit) -> int | None:
    """Where a caption's credit glued at the end of a paragraph starts (:data:`_TRAILING_CREDIT`), or None.

    The credit names its author: a © or a colon after the label, a picture agency or a photographer's name."""
    if unit.kind != "text" or unit.markdown or len(unit.text) < 40:
        return None
    match = _TRAILING_CREDIT.search(unit.text, max(0, len(unit.text) - 140))
    if match is None or count_words(match.group()) > TRAILING_CREDIT_WORDS or not match.start():
        return None
    return match.start() if CREDIT.search(match.group().strip(" /|")) else None  # (the separator before the label)


# The wire's closing credits glued after the dispatch's last sentence, as a copy that lost the line break keeps them:
# "… s'asseoir et parler. (Reportage Jeanne Roe, rédigé par Paul Roe; version française Kim Lee)".
_CREDITS_AFTER_STOP = re.compile(r"(?<=[.!?…»”\"])\s+(?=\([^()]{8,220}\)\.?$)")


def _trailing_wire_credits(unit: Unit) -> int | None:
    """Where a wire's closing credits glued at the end of a paragraph start (:data:`_WIRE_CREDITS`), or None."""
    if unit.kind != "text" or unit.markdown or not unit.text.endswith((")", ").")):
        return None
    match = _CREDITS_AFTER_STOP.search(unit.text, max(0, len(unit.text) - 230))
    if match is None or not _WIRE_CREDITS.match(unit.text[match.end() :]):
        return None
    return match.start()


# crew_credits glued at the end: a broadcaster's site closes its report's text with the crew on the same line, after
# the last sentence ("… en surplus en hiver. TF1 | Reportage A. Roe, C. Doe"): the channel and "Reportage" announce it.
_CREW_AFTER_STOP = re.compile(rf"(?<=[.!?…»”\"])\s+(?={_CHANNEL}\s*\|\s*Reportage\s)")


def _trailing_crew_credits(unit: Unit) -> tuple[int, str] | None:
    """Where a crew's credit glued at the end of a paragraph starts (:data:`_CREW_AFTER_STOP`), and the crew's names
    (:data:`_CREW_CREDITS`), or None."""
    if unit.kind != "text" or unit.markdown:
        return None
    match = _CREW_AFTER_STOP.search(unit.text, max(0, len(unit.text) - 120))
    crew = _CREW_CREDITS.match(unit.text[match.end() :].strip()) if match is not None else None
    return (match.start(), crew.group("name").strip()) if match is not None and crew is not None else None


LEAD_REPEAT_WORDS = 8
# The ellipsis a CMS theme ends an article's excerpt with: "…", ",…", "[…]", "(...)", "...".
_EXCERPT_END = re.compile(r"[\s,;:–—-]*(?:\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\.\.\.)$")
EXCERPT_LOOKAHEAD = 3  # the full text starts this close below the excerpt (a caption or a credit may come between)


def _lead_repeat(unit: Unit, later: list[Unit]) -> str | None:
    """A standfirst or an excerpt printed above the text it repeats: the rule that takes it, or None.

    * "lead-repeat": a standfirst (chapô) printed in the page's header, then again as the first sentence of the
      text below. The line is one sentence, ending as one (a heading above a paragraph that opens with its words
      has no final stop), and the next paragraph starts with it, word for word, and goes on; or the standfirst
      printed again whole as the caption of the lead picture just below it (an image or a credit between the
      two). Other paragraphs said twice are the author's (or a copy slip): they stay.
    * "excerpt": the excerpt a CMS theme prints right before the full text, the article's first words cut and
      ended with an ellipsis ("…", ",…", "[…]", "..."): without its ellipsis, it is the start of one of the next
      paragraphs (:data:`EXCERPT_LOOKAHEAD`). A paragraph that ends with an ellipsis and opens no later paragraph
      is the author's.
    """
    if unit.kind != "text" or unit.markdown or unit.word_count < LEAD_REPEAT_WORDS:
        return None
    following = later[0] if later else None
    if (
        following is not None
        and following.kind == "text"
        and unit.text.endswith((".", "!", "?", "…"))
        and fold(following.text).startswith(fold(unit.text) + " ")
        and len(split_sentences(unit.text)) == 1
    ):
        return "lead-repeat"
    picture = False
    for paragraph in later[:EXCERPT_LOOKAHEAD]:
        if picture and paragraph.kind == "text" and fold(paragraph.text) == fold(unit.text):
            return "lead-repeat"  # printed again whole under the lead picture, as its caption
        reason = cruft_reason(paragraph)
        if reason not in ("image", "credit"):
            break  # the picture (and its credit) come between
        picture = picture or reason == "image"
    ellipsis = _EXCERPT_END.search(unit.text)
    start = fold(unit.text[: ellipsis.start()]) if ellipsis is not None else ""
    if count_words(start) < LEAD_REPEAT_WORDS:
        return None
    for paragraph in later[:EXCERPT_LOOKAHEAD]:
        if paragraph.kind == "text" and len(paragraph.text) > len(start) and fold(paragraph.text).startswith(start):
            return "excerpt"
    return None


SUMMARY_ITEM_WORDS = 30  # a table of contents' item is a heading; a longer item is a key point, the article's text
TITLE_REPEAT_UNITS = 6  # the headline printed again comes within this many units of the title
SUMMARY_REPEAT_UNITS = 12  # a key-points list sits this close to the top
_ITEM_END = " .;…"


def _repeated_summary(units: list[Unit]) -> list[bool]:
    """For each unit: whether it is an item of a key-points list near the top whose items all come again below.

    Press sites open an article with its key points as a list ("L'essentiel", with or without the marker),
    each point a sentence of the lead or the text: copied with the page, every point would be read twice.
    A list counts when each of its items is found, word for word, in a later paragraph of plain text.
    Never for Markdown (the author wrote the list).
    """
    flags = [False] * len(units)
    start = 0
    limit = min(len(units), SUMMARY_REPEAT_UNITS)
    while start < limit:
        if units[start].kind not in ("bullet", "dash") or units[start].markdown:
            start += 1
            continue
        end = start
        while end < len(units) and units[end].kind in ("bullet", "dash"):
            end += 1
        later = [fold(u.text) for u in units[end:] if u.kind == "text"]
        items = [fold(u.text).rstrip(_ITEM_END) for u in units[start:end]]
        if all(len(item.split()) >= 6 and any(item in text for text in later) for item in items):
            for k in range(start, end):
                flags[k] = True
        start = end
    return flags


# A video's running time alone on its line, as a player's playlist prints it above each video's headline.
_RUNNING_TIME = re.compile(r"^\d{1,2}:\d\d$")
# The playlist's button to a video whose headline follows: "Aller à la vidéo".
_GO_TO_VIDEO = re.compile(r"^aller à la vid[ée]o$", re.I)
PLAYLIST_ITEMS = 2  # videos listed with their running time that make a playlist
PLAYLIST_HEADLINE_WORDS = 25


def _video_playlist(units: list[Unit]) -> list[bool]:
    """For each unit: whether it is a headline of a video player's playlist ("01:29" then "USA : la victoire de…"),
    the player's button included ("Aller à la vidéo" then a headline).

    News video sites (Africanews, TV5, Euronews) list other videos after the article, each headline under its
    running time or the button to it; copied with the page, the headlines read as short paragraphs. Two videos so
    listed at least, after the text's last paragraph; a headline is a short line with no final stop."""
    flags = [False] * len(units)
    # (after the text's last paragraph: a live blog's entries under their time, "12:30", are the text)
    prose = [k for k, u in enumerate(units) if u.kind == "text" and u.word_count >= LEAD_MIN_WORDS]
    after = prose[-1] + 1 if prose else 0
    marks = [
        k
        for k, u in enumerate(units[after:], start=after)
        if u.kind == "text" and (_RUNNING_TIME.match(u.text) or _GO_TO_VIDEO.match(u.text))
    ]
    items = [
        k + 1
        for k in marks
        if k + 1 < len(units)
        and units[k + 1].kind == "text"
        and units[k + 1].word_count <= PLAYLIST_HEADLINE_WORDS
        and not units[k + 1].text.endswith(tuple(_TERMINAL))
    ]
    if sum(1 for k in items if _RUNNING_TIME.match(units[k - 1].text)) < PLAYLIST_ITEMS:
        return flags
    for k in items:
        flags[k] = flags[k - 1] = True
    return flags


_LIST_SEPARATORS = (" -> ", " → ", " : ", " – ", " - ", " = ")
TRAILING_HEADLINES = 3  # a run of other articles' headlines closing a page has this many at least
TRAILING_HEADLINE_WORDS = (4, 22)  # a headline's length, in words


CAPTION_TWICE_GAP = 3  # the second copy of a caption comes this many lines after the first at most


def _caption_twice(units: list[Unit]) -> list[bool]:
    """caption_twice: a picture's caption printed twice, the alternative text of the picture then its caption, one
    line under the other with no blank line between (the credit's lines between them perhaps, or glued after the
    second copy: "… une réunion publique © Radio France - X"). Both copies go: the text never says a sentence twice
    in a row. A caption is short: forty words at most, the whole line."""
    marked = [False] * len(units)
    for i, unit in enumerate(units):
        if unit.kind != "text" or unit.markdown or not 3 <= unit.word_count <= CAPTION_TWICE_WORDS:
            continue
        for j in range(i + 1, min(i + 1 + CAPTION_TWICE_GAP, len(units))):
            other = units[j]
            if other.kind != "text" or other.markdown:
                break
            rest = other.text[len(unit.text) :].strip() if other.text.startswith(unit.text) else None
            # (a blank line between the copies only when the second carries the credit after a dash, as a picture's
            # alternative text and its caption with the credit: "Illustration du vaccin" / "Illustration du vaccin
            # - Transgene")
            spaced = j == i + 1 and bool(rest) and rest.startswith(("- ", "– ", "— ")) and count_words(rest) <= 6
            if other.blank_before and not spaced:
                break
            if rest is None:
                continue
            # (the credit glued after the second copy, or alone on the lines between the copies: a sentence printed
            # twice with no credit at all may be a copy's slip, and the text's)
            # ("© X", "AFP", or a photographer's name and the outlet after a slash: "Jeanne Roe/ RFI)")
            credited = spaced or (
                bool(rest)
                and (bool(CREDIT.search(rest)) or rest.startswith("©") or ("/" in rest and count_words(rest) <= 6))
            )
            between = range(i + 1, j)
            # (a wire's name alone between two copies of a long sentence is the agency's sign-off of a paragraph
            # the copy printed twice, "… la colonisation. / AP / … la colonisation.", no picture's credit)
            signed_off = unit.word_count > CAPTION_SIGNED_OFF_WORDS and all(
                _BARE_AGENCY.match(units[k].text.strip()) for k in between
            )
            if credited or (between and not signed_off and all(_lone_credit(units[k].text) for k in between)):
                marked[i] = marked[j] = True
            break
    return marked


CAPTION_TWICE_WORDS = 40
CAPTION_SIGNED_OFF_WORDS = 20
_BARE_AGENCY = re.compile(rf"^\(?{_AGENCIES}\)?$")  # a wire's name alone: "AFP", "(AP)"
_CREDIT_LABEL = re.compile(r"^cr[ée]dits?(?:\s+photos?)?\s*:?$", re.I)


def _lone_credit(text: str) -> bool:
    """A picture's credit alone on its line, or its label: "© X / AFP", "Crédits"."""
    return count_words(text) <= 10 and (bool(_CREDIT_LABEL.match(text)) or bool(CREDIT.search(text)))


def _trailing_headlines(units: list[Unit]) -> list[bool]:
    """For each unit: whether it is one of the headlines of other articles that close the page, their heading lost
    in the copy (trailing_headlines).

    A news site lists its other stories under the article ("Plus d'articles", "Dans la même rubrique"); a copy that
    lost the list's heading keeps their headlines as the last lines, one under the other: short, no final stop (a
    question or a quotation as a headline may end on its mark), no list glyph. The text itself never ends on three
    such lines: its paragraphs end with their stop, an exclamation too. At least :data:`TRAILING_HEADLINES` of them,
    after the text's last paragraph; not the items of a list whose glyphs were lost, which share their separator
    ("Rio -> 46 000 entrées", "Prix du jury : X")."""
    flags = [False] * len(units)
    low, high = TRAILING_HEADLINE_WORDS
    start = len(units)
    while start > 0:
        unit = units[start - 1]
        text = unit.text.rstrip()
        # (a headline drops its stop inside its quotation's marks too: « Nos vaches produisent 16 200 kg »)
        bare = text.rstrip(' »”"')
        if not (
            unit.kind == "text"
            and not unit.markdown
            and low <= unit.word_count <= high
            and (text.endswith(("...", "…")) or not bare.endswith((".", ":", ",", ";", "!")))
            and (text[:1].isupper() or text[:1].isdigit() or text[:1] in '«“"')
        ):
            break
        start -= 1
    if len(units) - start < TRAILING_HEADLINES or not any(_prose(unit) for unit in units[:start]):
        return flags
    if any(all(separator in unit.text for unit in units[start:]) for separator in _LIST_SEPARATORS):
        return flags
    for k in range(start, len(units)):
        flags[k] = True
    return flags


KEY_POINT_MAX_WORDS = 45
KEY_POINT_TOLD = 0.5  # a point is told again below when this share of its content words is found there


def _told_below(point: str, below: set[str]) -> bool:
    """Whether a key point's content words are mostly found in the text below it (:data:`KEY_POINT_TOLD`)."""
    mine = content_words(point)
    return bool(mine) and len(mine & below) >= KEY_POINT_TOLD * len(mine)


KEY_POINTS = (3, 6)  # a key-points box holds this many points
HEAD_LINES_ABOVE_POINTS = 5  # the standfirst, a picture's caption and credit above a key-points box
KEY_POINT_WORDS = (6, SUMMARY_ITEM_WORDS)


def _key_points_box(units: list[Unit]) -> list[bool]:
    """For each unit: whether it is a point of the key-points box that opens the page, before any paragraph.

    Press sites set their "L'essentiel" / "Les points clés" box between the head (title, date) and the text,
    the marker often lost in the copy: three to six bullet points, each one sentence with its final stop, then
    the article's prose. A list at the very start of the body, before any paragraph, with that shape, is the
    box: the text says the same at length below. Never for Markdown (the author wrote the list).
    """
    flags = [False] * len(units)
    # (the standfirst, the lead picture's caption and its credit may stand above it: lines shorter than a lead)
    start = 0
    while (
        start < min(len(units), HEAD_LINES_ABOVE_POINTS)
        and units[start].kind == "text"
        and units[start].word_count < LEAD_MIN_WORDS
    ):
        start += 1
    end = start
    while end < len(units) and units[end].kind == "bullet" and not units[end].markdown:
        end += 1
    if not KEY_POINTS[0] <= end - start <= KEY_POINTS[1]:
        return flags
    prose = [u for u in units[end : end + 4] if u.kind == "text" and u.word_count >= SUMMARY_ITEM_WORDS]
    for unit in units[start:end]:
        sentences = split_sentences(unit.text)
        if (
            len(sentences) != 1
            or not unit.text.endswith(".")
            or not KEY_POINT_WORDS[0] <= unit.word_count <= KEY_POINT_WORDS[1]
        ):
            return flags
    if not prose:
        return flags
    return [start <= k < end for k in range(len(units))]


TWIN_CAPTION_WORDS = 15


def _twin_caption(unit: Unit, following: Unit | None, removed: list[Removal], previous: Unit | None) -> bool:
    """'Mark Dupont et Jeanne Roux' twice, one line above the other: a picture's alt text copied above its caption
    (the same words, no credit, no final stop). Prose never says the same short line twice in a row; both go."""
    if unit.kind != "text" or unit.word_count > TWIN_CAPTION_WORDS:
        return False
    # The caption again with its credit glued at its end: "… Yoshua Bengio PHOTO : Radio-Canada / J. Roux", "…
    # monoparentale. — NICOLAS ROE/SIPA" (the credit tells a caption, whatever its final stop), a blank line between
    # them too, as the picture's block sets its alt text apart
    next_text = following.text if following is not None and following.kind == "text" else None
    if next_text is not None and next_text.startswith(unit.text + " ") and CREDIT.search(next_text[len(unit.text) :]):
        return True
    below = next_text if following is not None and not following.blank_before else None  # (glued: the same words)
    if unit.text.endswith(tuple(_TERMINAL)):
        return False  # a caption has no final stop: a sentence said twice is the article's (or a copy slip)
    if below == unit.text:
        return True
    return (
        previous is not None
        and not unit.blank_before
        and previous.text == unit.text
        and bool(removed)
        and removed[-1].line == previous.line
        and removed[-1].rule == "credit"
    )


def _picture_kind(unit: Unit) -> bool:
    """A caption naming the picture's kind (:data:`PICTURE_KIND`): a line without a final stop, short when it
    opens with the kind ("Photo d'illustration"), a description and the kind after a comma otherwise."""
    text = unit.text
    if unit.kind != "text" or unit.word_count > PICTURE_WORDS or text.endswith((".", "!", "?", "…", ":", "»")):
        return False
    match = PICTURE_KIND.search(text)
    return match is not None and (match.start() > 0 or unit.word_count <= 8)


def _caption_sentence(unit: Unit, following: Unit | None, after: Unit | None = None) -> bool:
    """'Mark Dupont, patron de Lumen.' right above 'Jean Roux/AFP': a caption ending with a full stop.

    One short sentence, set apart from the text above by a blank line and glued to the line below, which is
    a credit and nothing else (the photographer and the agency, or "Crédit photo : …"), or the caption with its
    credit at its end, the two lines a block of their own (``after``, the line below, set apart): the picture's
    title above its caption ("La Suisse entre dans la course." over "Le pays veut… Image: © EPFL").
    """
    return (
        following is not None
        and unit.kind == "text"
        and unit.blank_before
        and not following.blank_before
        and unit.text.endswith(".")
        and unit.word_count <= 15
        and len(split_sentences(unit.text)) == 1
        and following.kind == "text"
        and cruft_reason(following) == "credit"
        and (
            following.word_count <= 8
            or (following.word_count <= CAPTION_WORDS and (after is None or after.blank_before))
        )
    )


# A photographer's credit on the line under a picture's caption: a dash and the photographer's name ("— Jeanne
# Roux", "– Jeanne Roux"), or the label and the name ("Photo : Jeanne Roux", "Crédit photo : Jeanne Roux").
_PHOTO_LABEL = re.compile(r"^(?:photos?|cr[ée]dits?(?:\s+photos?)?|photographie)\s*:\s*(?P<name>.+)$", re.I)
CAPTION_WORDS = 30
# First and second persons: someone speaks (a quotation without its marks), no caption describes a picture so.
_SPEAKING = re.compile(r"\b(?:je|j[’']|nous|vous|tu|me|m[’']|mon|ma|mes|notre|nos|votre|vos|on)\b", re.I)
_QUOTATION_MARKS = ("«", "»", "“", "”", '"')


def _photographer_credit(unit: Unit) -> bool:
    """Whether a line is a photographer's credit (:data:`_PHOTO_LABEL`, or a dash then a person's name alone)."""
    if unit.markdown:
        return False
    if unit.kind == "dash" and unit.marker in ("—", "–"):
        name = unit.text
    elif unit.kind == "text" and (label := _PHOTO_LABEL.match(unit.text)):
        name = label.group("name")
    else:
        return False
    return _person_name(name.strip())


def _person_name(text: str) -> bool:
    """'Jeanne Roux', 'Jean-Marc Dupuis', 'Anne Le Goff': two to four words, a common first name first, the rest
    capitalised words or particles; no acronym nor a firm's word ('Martin Technologies', 'Anne SA')."""
    tokens = text.split()
    return (
        2 <= len(tokens) <= 4
        and looks_like_name(text)
        and is_first_name(tokens[0])
        and not any(_ORGANISATION_WORD.match(t) or (len(t) > 1 and t.isupper()) for t in tokens)
    )


# Words that make a name a firm's or a body's: "Martin Industries", "Louise Conseil".
_ORGANISATION_WORD = re.compile(
    r"^(?:groupe?|labs?|technolog(?:y|ies)|tech|capital|partners|ventures|fondation|foundation|institut(?:e)?"
    r"|agence|université|studio|studios|consulting|conseil|systems|solutions|digital|médias?|holding|industries"
    r"|software|robotics|research|cloud|data|associés|&|et)$",
    re.I,
)


CAPTION_TWICE_HEAD_WORDS = 6
_GLUED_CREDIT = re.compile(r"^(?:cr[ée]dits?(?:\s+photos?)?|photo\s*:|©)", re.I)


def _captioned(unit: Unit, following: Unit | None) -> bool:
    """A picture's caption right above its photographer's credit (:func:`_photographer_credit`), glued to it: one
    line of plain text, one sentence at most, no quotation and nobody speaking in it ("nous", "je", "vous": words
    above "— Name" are attributed, the press's other convention), not a question."""
    if (
        following is not None
        and unit.kind == "text"
        and not following.blank_before
        and unit.word_count <= CAPTION_TWICE_HEAD_WORDS
        and following.text.startswith(unit.text)
        and _GLUED_CREDIT.match(following.text[len(unit.text) :].strip())
    ):
        # caption_twice above the title: a picture's alternative text, a name or a few words, then the same glued to
        # its credit on the next line ("Yannick Roe" / "Yannick RoeCredit Photo - X"); a headline printed again with
        # a credit after it, a blank line between, is the title and its copy
        return True
    return (
        following is not None
        and unit.kind == "text"
        and not unit.markdown
        and not following.blank_before
        and unit.word_count <= CAPTION_WORDS
        and not unit.text.endswith(("?", "!", ":", ";", ","))
        and not any(mark in unit.text for mark in _QUOTATION_MARKS)
        and not _SPEAKING.search(unit.text)
        and len(split_sentences(unit.text)) == 1
        and _photographer_credit(following)
    )


# A writer's signature alone on the article's last line, the French press's way of signing at the end: the name
# of a person (:func:`_person_name`) after the text, or the initials (_INITIALS).
# A tag pill glued before the lead's first words: "#IA générative Les entreprises suisses…".
_GLUED_TAG = re.compile(r"^#[^\W\d_][\w-]*(?:\s+[a-zà-öø-ÿ][\w’'-]*){0,3}\s+(?=[A-ZÀ-ÖØ-Þ«“\"])")


_AGENCY_IN = re.compile(rf"\b{_AGENCIES}\b", re.I)


def _agency_sign_off(removed: list[Removal], kept: list[Unit]) -> str | None:
    """The agency whose sign-off closes a dispatch, below its text ("afp/ther", "/ATS"), or None."""
    if not kept:
        return None
    last = kept[-1].line
    for removal in removed:
        below = removal.line > last and (
            _WIRE_SIGN_OFF.match(removal.text) is not None or _SLASH_AGENCY.match(removal.text) is not None
        )
        agency = _AGENCY_IN.search(removal.text) if below else None
        if agency is not None:
            name = agency.group()
            return name.upper() if len(name) <= 5 else name[:1].upper() + name[1:]
    return None


# shared_signature: the signature under the text shared with whoever helped, joined by "avec", "et" or "&": a
# colleague ("Jeanne Roe avec Paul Blanc"), the wire or a paper the copy drew on ("J.R. avec AFP", "Jeanne Roe, avec
# agences", "AFP & Jeanne Roe", "La rédaction de Radio X et Jeanne Roe").
_SHARED_SIGNATURE = re.compile(r"^(?P<a>[^,&]{2,50}?)\s*(?:,\s*)?(?:\bavec\b|&|\bet\b)\s+(?P<b>[^,&]{2,60})$")
_CONTRIBUTOR = re.compile(
    rf"^(?:{_AGENCY_NAME}|agences?|(?:la\s+)?rédaction\b.*"
    r"|(?-i:(?:(?:Le|La|Les)\b|L[’'])\s*[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]*)*))$",
    re.I,
)


def _signing_person(text: str) -> bool:
    """A writer's name as a signature gives it: a person's name, one no list knows, the initials, in capitals."""
    return bool(
        _person_name(text)
        or is_unlisted_name(text)
        or _INITIALS.match(text)
        or (_CAPS_NAME.match(text) and _dashed_name(text))
    )


def _shared_signature(text: str) -> str | None:
    """Who signs a shared signature line (see :data:`_SHARED_SIGNATURE`): both people as printed, or the person
    alone when the other is the wire, the newsroom or a paper; None for anything else."""
    shared = _SHARED_SIGNATURE.match(text.rstrip(". "))
    if shared is None:
        return None
    a, b = shared.group("a").strip(), shared.group("b").strip()
    people = [_signing_person(a), _signing_person(b)]
    if all(people):
        return " ".join(text.rstrip(". ").split())
    if people[0] and _CONTRIBUTOR.match(b):
        return a
    if people[1] and _CONTRIBUTOR.match(a):
        return b
    return None


def _end_signature(kept: list[Unit], head: Head | None) -> str | None:
    """The name signing the article on its last kept line, or None. Only when the head gave no author (or the
    same one), below a paragraph of the text."""
    if head is None or len(kept) < 2:
        return None
    last, above = kept[-1], kept[-2]
    if last.kind != "text" or last.markdown or above.kind != "text" or above.word_count < LEAD_REPEAT_WORDS:
        return None
    name = last.text.strip()
    labelled = _BYLINE.match(name.rstrip(". "))
    if labelled is not None and not name.endswith(("!", "?", "…", ":")):
        # The report's credit signing it below the text: "Reportage de Jeanne Roe et Paul Blanc", "Entretiens
        # réalisés par Paul Roe.": the names are the authors.
        names = [n.strip() for n in re.split(r",|\bet\b", labelled.group("rest")) if n.strip()]
        if names and all(_person_name(n) for n in names):
            signed = labelled.group("rest").strip()
            return signed if head.author is None or fold(head.author) == fold(signed) else None
        return None
    shared = _shared_signature(name)
    if shared is not None:
        return shared if head.author is None or fold(head.author) == fold(shared) else None
    if _INITIALS.match(name):
        return name if head.author is None else None  # "N.C.": the writer's initials, as regional papers sign
    # (a name in capitals, as regional papers sign, "JEANNE ROE"; or a first name no list knows, "Rosanne Roe")
    caps = _CAPS_NAME.match(name) is not None
    if name.endswith(tuple(_TERMINAL)) or not _signing_person(name):  # (the initials were read above)
        return None
    name = _capitalised(name) if caps else name  # (written as a name is: "Jeanne Roux")
    return name if head.author is None or fold(head.author) == fold(name) else None


def _short_teaser_tails(units: list[Unit]) -> list[bool]:
    """For each index: whether the rest of the article is nothing but short lines (a teaser list).

    One pass from the end, instead of looking ahead from every unit.
    """
    tails = [True] * (len(units) + 1)
    for index in range(len(units) - 1, -1, -1):
        unit = units[index]
        tails[index] = tails[index + 1] and _short(unit) and unit.kind != "heading" and not ABOUT.match(unit.text)
    return tails[: len(units)]


# ----------------------------------------------------------------------------
# 4. Blocks
# ----------------------------------------------------------------------------


def _heading_like(unit: Unit, following: Unit | None) -> bool:
    if unit.kind == "heading":
        return True
    if unit.kind != "text" or following is None or unit.markdown:  # Markdown: a heading is marked as one
        return False
    text = unit.text
    if len(text) > 140:
        return False
    count = unit.word_count
    if not 1 <= count <= HEADING_MAX_WORDS:
        return False
    if text[0].islower() or text.endswith((".", ",", ";", ":", "…", "»", "”", '"')):
        return False
    if len(split_sentences(text)) > 1:
        return False
    if text.endswith(("?", "!")):
        # A question line between paragraphs reads as a section title.
        return following.kind in ("text", "bullet", "dash", "heading") and count <= HEADING_MAX_WORDS
    return True


# The signature under a quotation set apart: a name, a comma and a role ("Karine Roe, principale du collège").
_SIGNATURE_SHAPE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w’'.-]*){1,3}\s*,\s*[a-zà-ÿ][^.!?«»“”\"]{2,150}$"
)


def _signature_under_quotation(unit: Unit, previous: Block | None) -> bool:
    """A line glued under a paragraph that is a quotation alone, signing it: a paragraph, not a section title."""
    return (
        previous is not None
        and previous.kind is Kind.PARAGRAPH
        and not unit.blank_before
        and previous.text[:1] in '«“"'
        and previous.text.rstrip(" .")[-1:] in '»”"'
        and bool(_SIGNATURE_SHAPE.match(unit.text))
    )


SPOKEN_BOX_WORDS = (5, 80)  # words set apart without their marks above the speaker's line, as broadcasters set them


def _signs_words_above(unit: Unit, previous: Block | None, following: Unit | None) -> bool:
    """speaker_line_after without marks: the speaker's line, a name and what the person is after a comma ("Jean Roe,
    entraîneur des avants"), under a paragraph of spoken words set apart without their marks (the first person,
    "on", "ça"), as broadcasters' sites frame a reaction: those words are that person's quotation. Not when the line
    introduces words in marks below it, nor under the journalist's narration."""
    if unit.kind != "text" or unit.markdown or previous is None or previous.kind is not Kind.PARAGRAPH:
        return False
    line = _PULL_QUOTE_SPEAKER.match(unit.text.strip())
    if line is None or not line.group("role") or unit.word_count > PULL_QUOTE_SPEAKER_WORDS:
        return False
    name = line.group("name")
    if not (is_first_name(name.split()[0]) and len(name.split()) >= 2) or _finite_role(line.group("role")):
        return False
    text = previous.text.rstrip()
    low, high = SPOKEN_BOX_WORDS
    if QUOTE_MARKS.search(text) or not low <= count_words(text) <= high or text.endswith(("?", ":", ",")):
        return False
    if following is not None and following.text.lstrip()[:1] in '«“"':
        return False  # (the line names whoever says the words in marks below it)
    return bool(_SPOKEN.search(text)) and len(_SPOKEN.findall(text)) >= 2


# A pull quote and its signature on one line, after a spaced dash, as broadcasters' sites set a reaction in a box
# that a copy flattens, its marks lost or left dangling ("C'est une perte colossale - Alexandre, agriculteur",
# "…non-retour.’ – Manon, aide-soignante dans un Ehpad"): the words, then the name and what the person is.
_SIGNED_LINE = re.compile(
    r"^[«“\"‘’]?\s*(?P<words>[^«»“”\"]{20,600}?)\s*[»”\"’]?\s+[-–—]\s+"
    r"(?P<signature>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){0,2}(?:\s*,\s*[a-zà-ÿ][^.!?«»“”\"©|]{1,200})?)$"
)
# The speaker's own words: the first person, its possessives, "on", speech's "ça" and "c'est".
_FIRST_PERSON = _spoken_words(r"mon|ma|mes")
SIGNED_LINE_WORDS = (5, 80)  # words of a pull quote signed on its line


def _signed_line(unit: Unit) -> tuple[str, str] | None:
    """pull_quote_signed_line: (the words, the signature) of a line that sets someone's words apart and signs them
    after a spaced dash (:data:`_SIGNED_LINE`), the words in the first person or speech's "on", "ça", "c'est", the
    name a person's (a common first name opens it); None otherwise. Never a caption or a credit ("©", "Photo")."""
    if unit.kind != "text" or unit.markdown or "©" in unit.text:
        return None
    signed = _SIGNED_LINE.match(unit.text.strip())
    if signed is None:
        return None
    words, signature = signed.group("words").rstrip(" ,"), signed.group("signature")
    low, high = SIGNED_LINE_WORDS
    if not low <= count_words(words) <= high or not _FIRST_PERSON.search(words) or words.endswith(("?", ":")):
        return None
    if not is_first_name(signature.split()[0].strip(",")) or re.match(r"(?i)photo|crédit|illustration", words):
        return None
    return words, signature


def _finite_role(role: str) -> bool:
    """Whether the words after the name's comma hold a verb of the narration ("Jean Roe, qui a vu…", "…, a dit")."""
    return bool(re.match(r"(?:qui|que|dont|a|avait|est|était)\b", role.strip()))


def _is_attribution(unit: Unit, previous: Block | None, following: Unit | None) -> bool:
    if unit.kind != "dash" or previous is None or previous.kind not in (Kind.PARAGRAPH, Kind.QUOTE):
        return False
    if previous.kind is Kind.QUOTE and previous.attribution:
        return False
    if following is not None and following.kind == "dash" and following.marker == unit.marker:
        return False
    text = unit.text
    if _TURN.match(text):
        return False  # an interview's turn, the speaker's name and a colon before the words: "– Jeanne Roe : « … »"
    if _DASHED_DAY.match(text) and parse_french_date(text) is not None:
        return False  # the day a blog post went out under its standfirst, "— Le 13 janvier 2023": no one signs
    if asks(text):
        return False  # an interview's question after a dash ("– Que proposez-vous ?"): no one signs
    if (
        unit.blank_before
        and previous.kind is Kind.PARAGRAPH
        and previous.text[:1] not in '«“"'
        and not _SPEAKING.search(previous.text)
    ):
        # set apart under a paragraph that is neither in quotation marks nor in the first person (someone's words
        # set apart, "Nous croyons que…" over "– Paul Roe, PDG"), the dashed name is the writer's ("- J. Roe" under
        # the standfirst), or an item
        return False
    return unit.word_count <= 15 and not text.endswith((".", ";", ":")) and (text[:1].isupper() or text[:1] in '«“"')


_TURN = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w’'.-]*){0,3}\s*:\s*[«“\"]")


def _interview_question(unit: Unit, previous: Block | None, following: Unit | None) -> bool:
    """A dash line that asks a question, neither in a list nor followed by another dash line: an interview's turn."""
    return (
        unit.kind == "dash"
        and not unit.markdown
        and asks(unit.text)
        and (previous is None or previous.kind is not Kind.LIST)
        and (following is None or following.kind != "dash")
    )


_DASHED_DAY = re.compile(rf"^(?:le\s+)?(?:{WEEKDAYS}\s+)?\d{{1,2}}(?:er)?\s+\S+\s+\d{{4}}\W*$", re.I)


# An intertitle between dashes, as the AFP sets them in its dispatches: "- Etoile filante -" (a heading, never a list
# item nor a quotation's attribution).
_INTERTITLE = re.compile(r"^(?P<title>\S.{0,100}?)\s+(?P<dash>[-–—])$")


def build_blocks(units: list[Unit]) -> list[Block]:
    blocks: list[Block] = []
    indents: list[int] = []  # indentation of each open nesting level of the current list
    role = "body"
    for index, unit in enumerate(units):
        following = units[index + 1] if index + 1 < len(units) else None
        previous = blocks[-1] if blocks else None
        intertitle = _INTERTITLE.match(unit.text) if unit.kind == "dash" and not unit.markdown else None
        if intertitle is not None and intertitle.group("dash") == unit.marker.strip():
            blocks.append(Block(Kind.HEADING, intertitle.group("title"), unit.line, role=role, level=2))
            continue
        if _is_attribution(unit, previous, following) or _signs_words_above(unit, previous, following):
            assert previous is not None
            if previous.kind is Kind.PARAGRAPH:
                previous.kind = Kind.QUOTE
            previous.attribution = unit.text
            continue
        if _interview_question(unit, previous, following):
            # interview_turn: the journalist's question after a dash, alone between the answers ("– Que
            # proposez-vous ?"): a turn of the interview, kept with its dash, not a list of one item
            blocks.append(Block(Kind.PARAGRAPH, f"{unit.marker.strip()} {unit.text}", unit.line, role=role))
            continue
        if unit.kind in ("bullet", "dash"):
            ordered = unit.marker[:1].isdigit()
            new_list = unit.markdown and unit.indent == 0 and previous is not None and previous.ordered != ordered
            if previous is None or previous.kind is not Kind.LIST or new_list:
                previous = Block(Kind.LIST, line=unit.line, ordered=ordered, role=role)
                blocks.append(previous)
                indents = []
            depth = min(unit.indent // 4, previous.items[-1][0] + 1 if previous.items else 0) if unit.markdown else None
            if unit.markdown and ordered != previous.ordered:  # a nested list of the other kind
                previous.unlike.add(len(previous.items))
            previous.marks.extend(_marks(unit, len(previous.items)))
            previous.items.append((_depth(indents, unit.indent, previous) if depth is None else depth, unit.text))
            continue
        if unit.kind == "quote":
            block = Block(Kind.QUOTE, unit.text, unit.line, role=role, attribution=unit.attribution)
            block.marks = _marks(unit)
            blocks.append(block)
            continue
        if unit.kind == "embed":
            blocks.append(Block(Kind.EMBED, unit.text, unit.line, role=role, html=unit.html))
            continue
        signed = _signed_line(unit)
        if signed is not None:
            blocks.append(Block(Kind.QUOTE, signed[0], unit.line, role=role, attribution=signed[1]))
            continue
        if _heading_like(unit, following) and not _signature_under_quotation(unit, previous):
            role = "about" if ABOUT.match(unit.text) else "body"
            blocks.append(Block(Kind.HEADING, unit.text, unit.line, role=role, level=max(unit.level, 2)))
            continue
        shaped = role if unit.markdown else _paragraph_role(unit.text, role, blocks)  # no standfirst guess in Markdown
        block = Block(Kind.PARAGRAPH, unit.text, unit.line, role=shaped)
        block.marks = _marks(unit)
        blocks.append(block)
    return _merge_quote_paragraphs(blocks)


def _marks(unit: Unit, first: int = 0) -> list[tuple[int, int, int, str, str]]:
    """A unit's Markdown marks as a block's, its segments numbered from ``first``."""
    return [(first + i, *mark) for i, marks in enumerate(unit.marks) for mark in marks]


def _paragraph_role(text: str, role: str, blocks: list[Block]) -> str:
    """Opening paragraphs that are a standfirst ("lead") or a series note ("note").

    Only the first blocks can be: an opening run of paragraphs none of which is
    body text yet, which the last block tells (it is itself a lead or a note).
    """
    if role != "body" or (blocks and (blocks[-1].kind is not Kind.PARAGRAPH or blocks[-1].role == "body")):
        return role
    if _META_SENTENCE.match(text):
        return "note"
    if not text.endswith(tuple(_TERMINAL)) and len(split_sentences(text)) == 1:
        return "lead"
    return role


def _merge_quote_paragraphs(blocks: list[Block]) -> list[Block]:
    """Consecutive ``>`` quotation paragraphs followed by one attribution are one quotation."""
    merged: list[Block] = []
    for block in blocks:
        prev = merged[-1] if merged else None
        if prev is not None and block.kind is Kind.QUOTE and prev.kind is Kind.QUOTE and not prev.attribution:
            shift = len([part for part in prev.text.split("\n") if part.strip()])
            prev.marks.extend((segment + shift, *rest) for segment, *rest in block.marks)
            prev.text = f"{prev.text}\n{block.text}"
            prev.attribution = block.attribution
            continue
        merged.append(block)
    return merged


def _depth(indents: list[int], indent: int, block: Block) -> int:
    """Nesting depth from indentation relative to the list's own items.

    A list indented as a whole (``  • item``) stays flat; an item indented
    deeper than the previous one nests one level at most.
    """
    while indents and indent < indents[-1]:
        indents.pop()
    if not indents or indent > indents[-1] + 1:
        indents.append(indent)
    depth = len(indents) - 1
    if block.items:
        depth = min(depth, block.items[-1][0] + 1)
    return depth


# ----------------------------------------------------------------------------
# 5. Anchors, title, summary
# ----------------------------------------------------------------------------

_PREFIX = {Kind.PARAGRAPH: "p", Kind.LIST: "l", Kind.QUOTE: "q", Kind.EMBED: "e"}


def assign_anchors(blocks: list[Block]) -> None:
    """Headings get a readable slug; other blocks a short hash of their text.

    Hash anchors survive edits elsewhere in the article (inserting a paragraph
    does not renumber the others), so deep links from other sites stay valid.
    """
    seen: set[str] = set()
    for block in blocks:
        if block.kind is Kind.HEADING:
            base = slugify(block.text) or "section"
        else:
            base = f"{_PREFIX[block.kind]}-{short_hash(block.plain or block.html)}"
        anchor, n = base, 2
        while anchor in seen:
            anchor, n = f"{base}-{n}", n + 1
        seen.add(anchor)
        block.anchor = anchor


_META_SENTENCE = re.compile(
    r"^(?:cet article|cette (?:chronique|tribune|analyse|série)|dans cet article|ce (?:billet|post|texte|dossier))\b",
    re.I,
)
_APPOSITION = re.compile(r",\s+(?:un|une|le|la|les|l[’'])\s*[^,]{3,90},\s+")


def _title_from_question(sentence: str) -> str:
    """'…, la question se pose : pourquoi Meta, un géant…, rend-il X, et quels… ?' -> 'Pourquoi Meta rend-il X ?'."""
    text = sentence.rsplit(" : ", 1)[-1].strip()
    text = _APPOSITION.sub(" ", text, count=1)
    # A second question joined by "et" goes: "…, et quels avantages… ?"
    text = re.split(r",?\s+et\s+(?=(?:quels?|quelles?|comment|pourquoi|qu[’']|combien|où))", text, maxsplit=1)[0]
    text = text.rstrip(" ?") + " ?"
    if len(words(text)) > DERIVED_TITLE_MAX_WORDS:
        head = re.split(r",\s+(?:et|mais|ou)\s+", text, maxsplit=1)[0].rstrip(" ?")
        text = head + " ?"
    return text[:1].upper() + text[1:]


def derive_title(blocks: list[Block]) -> str | None:
    """A title from the opening paragraphs for articles that have none."""
    for block in blocks:
        if block.kind is not Kind.PARAGRAPH or block.role not in ("body", "lead"):
            continue
        sentences = [s for s in split_sentences(block.text) if not _META_SENTENCE.match(s)]
        if not sentences:
            continue
        question = next((s for s in sentences[:4] if s.endswith("?")), None)
        if question:
            return _title_from_question(question)
        first = sentences[0]
        if len(words(first)) <= DERIVED_TITLE_MAX_WORDS:
            return first.rstrip(".")
        clause = re.split(r"\s[:;–—]\s|,\s", first)[0]
        return truncate(clause if len(words(clause)) >= 5 else first, 90).rstrip(".")
    return None


def make_summary(blocks: list[Block], title: str, limit: int = 220) -> str:
    """One or two opening sentences that do not repeat the title."""
    norm_title = " ".join(title.casefold().split()).rstrip(" ?.!")
    for block in blocks:
        if block.kind is not Kind.PARAGRAPH or block.role not in ("body", "lead"):
            continue
        sentences = [
            s
            for s in split_sentences(block.text)
            if not _META_SENTENCE.match(s) and " ".join(s.casefold().split()).rstrip(" ?.!") != norm_title
        ]
        if not sentences:
            continue
        summary = sentences[0]
        for sentence in sentences[1:]:
            if len(summary) + len(sentence) + 1 > limit:
                break
            summary = f"{summary} {sentence}"
        return truncate(summary, limit)
    return ""


_CIVILITY = re.compile(r"^(?:Dr|Pr|Me|M\.|Mme|Mlle)\.?\s+(?=[A-ZÀ-ÖØ-Þ])")


def _without_civility(author: str | None) -> str | None:
    """A byline's name without its civility: "Par Dr Jeanne Roe" is signed by Jeanne Roe."""
    if not author or _CREW_CREDITS.match(author) or _INITIALS.match(author):
        return author  # (a crew's initials: "M. Dana, C. Guyon" is signed by M. Dana; initials: "M. DS.")
    return _CIVILITY.sub("", author)


def clean(source: Source, template: frozenset[str] = frozenset()) -> Article:
    """The whole cleaning pipeline for one source; ``template``: the site-template lines it holds (folded)."""
    unsafe: list[Removal] = []
    media: list[str] = []
    if source.markdown:
        units, unsafe, media = read_markdown(source.body, source.body_line, source.rel)
    else:
        units = units_from_text(source.body, source.body_line)
    fixes = Fixes.from_meta(source.meta, template)
    teasers: list[Removal] = []
    comments: list[Removal] = []
    if not source.markdown:
        units, comments = _without_html_comments(units)
        units = _split_glued_credits(units)
        # other articles' headlines between lone dashes, wherever they are: never the title
        separated = _separated_teasers(units)
        if any(separated):
            teasers = [Removal(u.line, u.text, "related") for u, flag in zip(units, separated, strict=True) if flag]
            units = [u for u, flag in zip(units, separated, strict=True) if not flag]
        # (rubric teasers and comment threads too, wherever they are)
        marked = _teasers_and_comments(units)
        if any(marked):
            teasers += [Removal(u.line, u.text, rule) for u, rule in zip(units, marked, strict=True) if rule]
            units = [u for u, rule in zip(units, marked, strict=True) if not rule]
    head, units, taken = read_head(units, fixes)
    units, dropped = drop_cruft(units, head, fixes)
    units, learned = drop_interface_lines(units, fixes, titled=bool(head.title))
    dropped += learned
    taken = comments + teasers + taken
    blocks = build_blocks(units)
    assign_anchors(blocks)
    meta = source.meta
    bare_title = _site_name_off(head.title)
    if head.title and bare_title and bare_title != head.title and not meta.get("title"):
        # (the page's title bar adds the site's name: listed, as any line the cleaner takes off)
        dropped.append(Removal(head.title_line, head.title[len(bare_title) :].strip(" -–|"), "site-suffix"))
    title = meta.get("title") or _stray_marks_off(bare_title)
    if meta.get("title") and head.title and " ".join(head.title.split()) != " ".join(str(meta["title"]).split()):
        dropped.append(Removal(head.title_line, head.title, "title"))  # the front matter's title is shown instead
    derived = not title
    if not title:
        title = derive_title(blocks) or source.id
    title = str(title)
    article = Article(
        id=source.id,
        source_file=source.rel,
        title=title,
        author=_str(meta.get("author")) or _names(meta.get("authors")) or _without_civility(head.author),
        publisher=_str(meta.get("publisher")) or head.publisher,
        blocks=blocks,
        title_derived=derived,
        removed=sorted(taken + dropped + unsafe, key=lambda r: r.line),
        media=media,
    )
    # A day when the front matter or a date line gives one, else a month ("YYYY-MM", ISO 8601 reduced precision).
    date = meta.get("date") or head.date or head.month
    article.date = date.isoformat() if isinstance(date, dt.date) else date if isinstance(date, str) else None
    article.reading_time = head.reading_time or max(1, math.ceil(article.words / WORDS_PER_MINUTE))
    article.summary = _str(meta.get("summary")) or make_summary(blocks, title)
    themes = meta.get("themes")
    article.themes = list(themes) if isinstance(themes, list) else []
    tags = meta.get("tags")
    article.tags = list(dict.fromkeys(tags)) if isinstance(tags, list) else []
    article.source_url = _str(meta.get("source_url"))
    article.lang = _str(meta.get("lang")) or "fr"
    return article


INTERFACE_LONG_WORDS = 15  # a paragraph this long is the article's body: intertitles stand between such ones


def drop_interface_lines(
    units: list[Unit], fixes: Fixes | None = None, titled: bool = True
) -> tuple[list[Unit], list[Removal]]:
    """The lines of a site's interface no named rule took, at the page's edges, as the learned model weighs them
    (see dossier.interface): before the body's first paragraph and after its last one. Between them stand the
    intertitles, which share the shape of a button; a heading, a quotation, a Markdown article's line (its author
    wrote its structure), a line the front matter keeps and a line right above a quotation (the speaker's) are never
    weighed, nor the first line of a page whose head gave no title (``titled``): it may be the headline."""
    texts = [unit.text for unit in units]
    body = [i for i, unit in enumerate(units) if unit.word_count >= INTERFACE_LONG_WORDS]
    if not body:
        return units, []
    first, last = body[0], body[-1]
    candidates = [
        index
        for index, unit in enumerate(units)
        if not first < index < last
        and (titled or index > 0)
        and unit.kind in ("text", "bullet", "dash")
        and not unit.markdown
        and not (fixes is not None and fixes.keeps(unit.text))
        # (nor the line above words set apart, which names who says them: "Marie, 45 ans, habitante du quartier")
        and not (index + 1 < len(units) and units[index + 1].text.lstrip()[:1] in '«“"')
    ]
    flagged = interface.interface_lines(texts, candidates)
    if not flagged:
        return units, []
    kept = [unit for index, unit in enumerate(units) if index not in flagged]
    removed = [Removal(units[index].line, units[index].text, "interface") for index in sorted(flagged)]
    return kept, removed


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _names(value: object) -> str | None:
    """Front matter ``authors`` as a byline: "A", "A et B", "A, B et C"."""
    if not isinstance(value, list) or not value:
        return None
    return _joined_names([str(name) for name in value])
