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
from functools import cached_property

from .model import Article, Block, Kind, Source
from .text import count_words, normalise_line, short_hash, slugify, split_sentences, trie_pattern, truncate, words

WORDS_PER_MINUTE = 230
HEADING_MAX_WORDS = 16
TITLE_MAX_WORDS = 30
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

    @cached_property
    def word_count(self) -> int:
        return count_words(self.text)


# ----------------------------------------------------------------------------
# 1. Units
# ----------------------------------------------------------------------------

_BULLET = re.compile(r"^(?P<indent>[ \t\u00a0]*)(?P<marker>[-•*‣◦▪▸►●·–—]|\d{1,3}[.)])[ \t\u00a0]+(?P<text>\S.*)$")
_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?(.*)$")
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
    if len([g for g in groups if g]) < 2 or sum(g for g in groups if g >= 3) < filled / 2:
        return 0
    long_lines = [ln.rstrip() for ln in lines if len(ln.strip()) >= 40]
    if len(long_lines) < 4:
        return 0
    widths = sorted(len(ln) for ln in long_lines)
    p90 = widths[int(len(widths) * 0.9) - 1]
    open_ended = sum(1 for ln in long_lines if not ln.endswith(tuple(_TERMINAL)))
    return p90 if p90 <= 100 and open_ended / len(long_lines) >= 0.4 else 0


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
    blank = True
    previous_length = 0
    for offset, line in enumerate(raw):
        number = first_line + offset
        if not line.strip():
            blank = True
            continue
        match = _BULLET.match(line)
        text = normalise_line(line)
        wrapped = width and not blank and units and previous_length >= 0.6 * width
        if units and not match and (balance[0] > 0 or balance[1] > 0):
            wrapped = True  # a quotation continues over the line break
        if match:
            units.append(_bullet_unit(match, number, blank))
            balance = _quote_balance(units[-1].text)
        elif wrapped:
            joined.setdefault(len(units) - 1, [units[-1].text]).append(text)
            more = _quote_balance(text)
            balance = (balance[0] + more[0], balance[1] + more[1])
        elif text:
            units.append(Unit(text, number, blank_before=blank))
            balance = _quote_balance(text)
        blank = False
        previous_length = len(line.rstrip())
    for index, pieces in joined.items():
        units[index] = replace(units[index], text=" ".join(pieces))
    return units


def _quote_balance(text: str) -> tuple[int, int]:
    return text.count("«") - text.count("»"), text.count("“") - text.count("”")


def units_from_markdown(body: str, first_line: int = 1) -> list[Unit]:
    """Markdown sources: blank-line paragraphs, ``#`` headings, lists, ``>`` quotations.

    Only block structure is honoured; inline text stays literal. Lines of one
    paragraph are collected and joined once.
    """
    units: list[Unit] = []
    joined: dict[int, list[str]] = {}  # unit index -> its text's pieces, when lines were joined
    blank = True
    in_quote = False
    for offset, line in enumerate(body.split("\n")):
        number = first_line + offset
        if not line.strip():
            blank, in_quote = True, False
            continue
        heading = _MD_HEADING.match(line)
        quote = _MD_QUOTE.match(line)
        bullet = _BULLET.match(line)
        if heading:
            units.append(Unit(normalise_line(heading.group(2)), number, "heading", level=len(heading.group(1))))
            blank = True
            continue
        if quote:
            text = normalise_line(quote.group(1))
            if in_quote and units and text:
                joined.setdefault(len(units) - 1, [units[-1].text]).append(text)
            elif text:
                units.append(Unit(text, number, "quote", blank_before=blank))
            in_quote, blank = True, False
            continue
        if bullet and not (bullet.group("marker") in "–—" and blank):
            units.append(_bullet_unit(bullet, number, blank))
        elif not blank and units and units[-1].kind in ("text", "bullet", "dash") and not in_quote:
            joined.setdefault(len(units) - 1, [units[-1].text]).append(normalise_line(line))
        elif bullet:
            units.append(_bullet_unit(bullet, number, blank))
        else:
            units.append(Unit(normalise_line(line), number, blank_before=blank))
        blank, in_quote = False, False
    for index, pieces in joined.items():
        units[index] = replace(units[index], text=" ".join(piece for piece in pieces if piece).strip())
    return units


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
_DATE_FR = re.compile(r"\b(?P<d>\d{1,2})(?:er)?\s+(?P<m>[a-zéûè]+)\.?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_DATE_NUM = re.compile(r"\b(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d\d)\b")
_DATE_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")
_DATELINE = re.compile(r"^(?:publié|mis à jour|mise à jour|modifié|paru)\b.*?(?:le\s+)?", re.I)
_READING = re.compile(r"^(?:temps de )?(?:lecture\s*:?\s*)?(\d{1,3})\s*(?:min(?:utes?)?\.?)(?:\s+de lecture)?$", re.I)
_BYLINE = re.compile(r"^(?:par|by|texte de|propos recueillis par)\s*:?\s*(?P<rest>.*)$", re.I)
_DOMAIN = re.compile(
    r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:fr|com|net|org|info|io|eu|be|ch|ca|co|news|tech|media|ai)$", re.I
)
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w’'.-]*|et|de|du|des|la|le|van|von|der|da|di|&)$")


def parse_french_date(text: str) -> dt.date | None:
    for pattern in (_DATE_ISO, _DATE_FR, _DATE_NUM):
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
    reading_time: int | None = None


def _reads_as_title(unit: Unit, following: Unit | None) -> bool:
    if unit.kind == "heading":
        return unit.level <= 1
    if unit.kind != "text" or following is None:
        return False
    count = unit.word_count
    if not 1 <= count <= TITLE_MAX_WORDS or unit.text.endswith((".", ",", ";", ":", "…")):
        return False
    if not unit.text[:1].isupper() and unit.text[:1] not in '«“"':
        return False
    return len(split_sentences(unit.text)) == 1


_SEPARATORS = re.compile(r"\s+[|·•]\s+|\s+[-–—]\s+")


def _is_dateline(text: str) -> bool:
    """'Publié le 6 avril 2025 à 18h05', '12 mars 2025 | Rédaction | IA'."""
    if parse_french_date(text) is None or len(words(text)) > 20:
        return False
    return bool(_DATELINE.match(text) or _SEPARATORS.search(text) or parse_french_date(text[:20]))


def _read_dateline(text: str, head: Head) -> None:
    head.date = head.date or parse_french_date(text)
    for segment in _SEPARATORS.split(text):
        byline = _BYLINE.match(segment)
        if head.author is None and byline and looks_like_name(byline.group("rest")):
            head.author = byline.group("rest")
        elif head.author is None and re.match(r"^(?:la )?rédaction\b", segment, re.I):
            head.author = segment


def _is_kicker(unit: Unit, following: Unit | None) -> bool:
    """A short rubric line right above a longer title line."""
    if unit.kind != "text" or following is None or unit.word_count > 4 or unit.text.endswith(tuple(_TERMINAL)):
        return False
    after = following
    return _reads_as_title(after, after) and after.word_count >= unit.word_count + 3


def read_head(units: list[Unit]) -> tuple[Head, list[Unit]]:
    """Take the title and byline lines off the top of the article.

    Byline facts are recognised in the first few units only; the title is the
    first unit when it reads as one (a single sentence-like line, not ending
    like a paragraph).
    """
    head = Head()
    rest: list[Unit] = []
    i = 0
    limit = min(len(units), 8)
    while i < limit:
        unit = units[i]
        following = units[i + 1] if i + 1 < len(units) else None
        text = unit.text
        byline = _BYLINE.match(text) if unit.kind == "text" else None
        if byline and head.author is None:
            name = byline.group("rest").strip()
            if not name and following is not None and looks_like_name(following.text):
                head.author = following.text
                i += 2
                continue
            name, _, tail = name.partition(",")
            if looks_like_name(name.strip()):
                head.author = name.strip()
                head.date = head.date or parse_french_date(tail)
                i += 1
                continue
        reading = _READING.match(text) if unit.kind == "text" else None
        if reading:
            head.reading_time = int(reading.group(1))
            i += 1
            continue
        if unit.kind == "text" and _is_dateline(text):
            _read_dateline(text, head)
            i += 1
            continue
        if head.title is None and not rest and _is_kicker(unit, following):
            i += 1  # a rubric above the title ("Intelligence artificielle")
            continue
        if unit.kind == "text" and _DOMAIN.match(text):
            head.publisher = head.publisher or text
            i += 1
            continue
        if head.title is None and not rest and _reads_as_title(unit, following):
            head.title = text
            i += 1
            continue
        rest.append(unit)
        i += 1
    rest.extend(units[i:])
    return head, rest


# ----------------------------------------------------------------------------
# 3. Cruft
# ----------------------------------------------------------------------------


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


# Teasers for other content: the marker and the short items after it go.
RELATED = _rx(
    r"^(?:à|a) lire (?:aussi|également|egalement|sur le même (?:thème|sujet))\b",
    r"^lire (?:aussi|également|la suite)\b",
    r"^(?:voir|découvrir|découvrez) (?:aussi|également)\b",
    r"^vous (?:aimerez|pourriez aimer|aimeriez|pourriez être intéressé)",
    r"^(?:sur le même (?:sujet|thème)|dans la même rubrique|(?:nos )?articles? (?:similaires|liés|connexes|recommandés)"
    r"|nos derniers articles|(?:ces|d'autres) articles (?:pourraient|peuvent|devraient) vous intéresser"
    r"|les plus lus|en lien avec cet article|pour aller plus loin|à découvrir|recommandé pour vous)\b",
    r"^(?:prochainement|à venir|à suivre|bientôt) dans (?:la|cette|notre) série\b",
    r"^(?:dans|de) la même série\b",
)
# One-line site furniture: sharing, avatars, credits, comment prompts.
FURNITURE = _rx(
    r"^(?:partager|partagez|partage)\b(?:.{0,40})$",
    r"^(?:suivez-nous|retrouvez-nous|tweeter|imprimer|copier le lien|envoyer par e-?mail|réagir|commenter)\b.{0,60}$",
    r"^(?:\d+\s+)?commentaires?\b.{0,40}$",
    r"^laisser un commentaire\b",
    r"^(?:author|auteur|autrice)?\s*avatar\b.{0,40}$",
    r"^(?:photo|crédits? photo|crédits?|illustration|image|source image)\s*:.{0,200}$",
    r"^(?:publicité|sponsorisé|contenu sponsorisé|annonce)$",
    r"^(?:mots-clés|mots clés|tags|étiquettes)\s*:",
    r"^(?:cliquez ici|en savoir plus|voir plus|lire plus)\b.{0,60}$",
    r"^(?:facebook|twitter|x|linkedin|whatsapp|messenger|e-?mail|courriel|pinterest|reddit|telegram|bluesky|threads"
    r"|mastodon|flipboard|imprimer|copier le lien)$",
    r"^(?:offrir|sauvegarder|écouter|partager|imprimer|enregistrer) (?:cet |l[’'])article\b",
    r"^(?:cet )?article réservé aux abonnés\b|^réservé aux abonnés\b|^(?:déjà abonné|connectez-vous|se connecter)\b",
    r"^cet article vous a (?:plu|intéressé)\b|^laissez(?:-nous)? un commentaire\b|^(?:signaler|répondre)$",
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
        r"(?:abonnez-vous|je m[’']abonne|s[’']abonner)\b",
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
        r"(?:recevez|obtenez|ne manquez)\b.{0,160}\b(?:nouvelles|actualités|offres|alertes|articles|infos)\b",
    ),
    anywhere=(
        (r"\bnewsletters?\b", ("newsletter",)),
        (r"\bbulletin d[’']information\b", ("bulletin",)),
    ),
)
# Cookie banners and legal notices.
LEGAL = Rules(
    start=(r"©",),
    anywhere=(
        (r"\bcookies?\b.{0,200}\b(?:site|navigation|expérience|accept|consentement|paramètres|traceurs)", ("cookie",)),
        (r"\bpolitique de (?:confidentialité|cookies)\b", ("politique",)),
        (r"\bconditions (?:générales )?d[’']utilisation\b", ("conditions",)),
        (r"\bmentions légales\b", ("mentions",)),
        (r"\btous droits réservés\b", ("droits",)),
    ),
)
# Disclaimers: submissions, copyright complaints, investment warnings.
DISCLAIMER = Rules(
    start=(r"(?:avertissement|clause de non-responsabilité|disclaimer|note de la rédaction)\s*:",),
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


def cruft_reason(unit: Unit) -> str | None:
    text = unit.text
    if FURNITURE.search(text):
        return "furniture"
    present = triggers(text)
    long = bool(present) and unit.word_count > FURNITURE_MAX_WORDS
    for name, rules in (("paywall", PAYWALL), ("newsletter", NEWSLETTER), ("legal", LEGAL), ("disclaimer", DISCLAIMER)):
        if rules.search(text, present, long):
            return name
    if unit.kind == "text" and is_filler(text, present):
        return "filler"
    return None


def _short(unit: Unit) -> bool:
    return unit.word_count <= 25


def drop_cruft(units: list[Unit], head: Head | None = None) -> list[Unit]:
    """Remove site furniture.

    A bare related-content marker ("À lire également") also takes the teasers
    after it: list items, title-like short lines, and the short line right
    after it. An inline teaser ("Lire aussi : Un autre titre") goes alone.
    """
    kept: list[Unit] = []
    region = 0  # units seen since a bare related-content marker; 0 when outside one
    teaser_tail = _short_teaser_tails(units)
    for index, unit in enumerate(units):
        if unit.kind in ("text", "heading") and RELATED.search(unit.text):
            marker = RELATED.search(unit.text)
            remainder = unit.text[marker.end() :].strip() if marker else ""
            inline = len(words(remainder)) >= 2 and not remainder.endswith(":")
            region = 0 if inline else 1
            continue
        if region:
            following = units[index + 1] if index + 1 < len(units) else None
            title_like = _short(unit) and (region == 1 or not unit.text.endswith("."))
            teaser = unit.kind in ("bullet", "dash") or (title_like and not ABOUT.search(unit.text))
            if teaser and not (_heading_like(unit, following) and not teaser_tail[index]):
                region += 1
                continue
            region = 0
        if unit.kind == "text" and _DOMAIN.match(unit.text):
            if head is not None and head.publisher is None:
                head.publisher = unit.text
            continue
        if cruft_reason(unit):
            continue
        if head is not None and head.author and unit.text.casefold() == head.author.casefold():
            continue  # the author's name repeated as a signature
        kept.append(unit)
    return kept


def _short_teaser_tails(units: list[Unit]) -> list[bool]:
    """For each index: whether the rest of the article is nothing but short lines (a teaser list).

    One pass from the end, instead of looking ahead from every unit.
    """
    tails = [True] * (len(units) + 1)
    for index in range(len(units) - 1, -1, -1):
        unit = units[index]
        tails[index] = tails[index + 1] and _short(unit) and unit.kind != "heading" and not ABOUT.search(unit.text)
    return tails[: len(units)]


# ----------------------------------------------------------------------------
# 4. Blocks
# ----------------------------------------------------------------------------


def _heading_like(unit: Unit, following: Unit | None) -> bool:
    if unit.kind == "heading":
        return True
    if unit.kind != "text" or following is None:
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


def _is_attribution(unit: Unit, previous: Block | None, following: Unit | None) -> bool:
    if unit.kind != "dash" or previous is None or previous.kind not in (Kind.PARAGRAPH, Kind.QUOTE):
        return False
    if previous.kind is Kind.QUOTE and previous.attribution:
        return False
    if following is not None and following.kind == "dash" and following.marker == unit.marker:
        return False
    text = unit.text
    return unit.word_count <= 15 and not text.endswith((".", ";", ":")) and (text[:1].isupper() or text[:1] in '«“"')


def build_blocks(units: list[Unit]) -> list[Block]:
    blocks: list[Block] = []
    indents: list[int] = []  # indentation of each open nesting level of the current list
    role = "body"
    for index, unit in enumerate(units):
        following = units[index + 1] if index + 1 < len(units) else None
        previous = blocks[-1] if blocks else None
        if _is_attribution(unit, previous, following):
            assert previous is not None
            if previous.kind is Kind.PARAGRAPH:
                previous.kind = Kind.QUOTE
            previous.attribution = unit.text
            continue
        if unit.kind in ("bullet", "dash"):
            if previous is None or previous.kind is not Kind.LIST:
                previous = Block(Kind.LIST, line=unit.line, ordered=unit.marker[:1].isdigit(), role=role)
                blocks.append(previous)
                indents = []
            previous.items.append((_depth(indents, unit.indent, previous), unit.text))
            continue
        if unit.kind == "quote":
            blocks.append(Block(Kind.QUOTE, unit.text, unit.line, role=role))
            continue
        if _heading_like(unit, following):
            role = "about" if ABOUT.search(unit.text) else "body"
            blocks.append(Block(Kind.HEADING, unit.text, unit.line, role=role, level=max(unit.level, 2)))
            continue
        blocks.append(Block(Kind.PARAGRAPH, unit.text, unit.line, role=_paragraph_role(unit.text, role, blocks)))
    return _merge_quote_paragraphs(blocks)


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

_PREFIX = {Kind.PARAGRAPH: "p", Kind.LIST: "l", Kind.QUOTE: "q"}


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
            base = f"{_PREFIX[block.kind]}-{short_hash(block.plain)}"
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


def clean(source: Source) -> Article:
    """The whole cleaning pipeline for one source."""
    split = units_from_markdown if source.markdown else units_from_text
    units = split(source.body, source.body_line)
    head, units = read_head(units)
    units = drop_cruft(units, head)
    blocks = build_blocks(units)
    assign_anchors(blocks)
    meta = source.meta
    title = meta.get("title") or head.title
    derived = not title
    if not title:
        title = derive_title(blocks) or source.id
    title = str(title)
    article = Article(
        id=source.id,
        source_file=source.rel,
        title=title,
        author=_str(meta.get("author")) or head.author,
        publisher=_str(meta.get("publisher")) or head.publisher,
        blocks=blocks,
        title_derived=derived,
    )
    date = meta.get("date") or head.date
    article.date = date.isoformat() if isinstance(date, dt.date) else None
    article.reading_time = head.reading_time or max(1, math.ceil(article.words / WORDS_PER_MINUTE))
    article.summary = _str(meta.get("summary")) or make_summary(blocks, title)
    themes = meta.get("themes")
    article.themes = list(themes) if isinstance(themes, list) else []
    return article


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
