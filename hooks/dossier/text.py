"""Small text utilities for French prose: whitespace, sentences, slugs, anchors."""

from __future__ import annotations

import functools
import hashlib
import importlib.resources
import itertools
import re
import reprlib
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

import simplemma
from gender_guesser.detector import Detector
from slugify import slugify as _slugify
from slugify import smart_truncate

# Zero-width and control characters that never carry meaning in an article.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0b-\x1f\x7f]")
# Runs of spaces to collapse: two or more, or a single one that is not a plain
# space or a non-breaking space (a plain space, the common case, is left alone).
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u2000-\u200a\u202f\u205f\u3000]")
_NON_BREAKING = ("\u00a0", "\u202f")
WEEKDAYS = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"  # the days' names, as dates and times write them
# The months' names written out, as a date in the text gives them ("le 3 mars 2025"; no abbreviation).
MONTHS = r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
QUOTE_MARKS = re.compile(r"[«»“”\"]")  # any mark that opens or closes a quotation
# Finite verbs the press writes most, which no lemmatizer tells from nouns ("fait", "est"): a clause has one.
FINITE_WORDS = frozenset(
    "est sont était étaient sera seront serait seraient a ont avait avaient aura auront aurait fait font peut peuvent "
    "doit doivent faut va vont veut veulent sommes avons allons pouvons devons voulons suis ai vais peux dois veux "
    "êtes avez allez pouvez devez voulez c’est".split()
)
_ABBREVIATIONS = {"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "etc", "cf", "p", "vol", "no", "n°"}
_SENTENCE_END = re.compile(
    r"[.!?…][.!?…]*(?:"  # one stop first (not a repeat): the regular-expression engine skips to the next
    # The closing guillemet may follow the stop after its inner space ("Jamais. » Puis").
    r"(?:\s?[»”]|[\"')\]])*(?=\s+[«“\"(\[]?\s*[A-ZÀ-ÖØ-Þ0-9])"
    # A copy that lost its paragraph breaks glues one sentence to the next ("chinois.Ce"): the stop, then a
    # capitalised word (the two lower-case letters before the stop are checked in sentence_spans: not "I.A." nor
    # "Mistral.AI"). A straight quote glued to both is the next one's opening mark ('Meta."Je…').
    r"|(?P<glued>[»”]?)(?=[«“\"]?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]))"
)
_TWO_LOWER = re.compile(r"[a-zà-öø-ÿ]{2}")  # the lower-case class of _SENTENCE_END's capitalised word
# Initials, in the French way or the English one ("J.D.", "J.-P.", "l'I.A."), as the last word before a stop.
_INITIALS = re.compile(r"^(?:[^\W\d_]['’])?[^\W\d_](?:\.-?[^\W\d_])*$")


# Characters a case-insensitive pattern may match otherwise than as str.lower() writes them: all but the Latin
# letters of Latin-1 and Latin Extended-A, the punctuation of U+2000-U+206F and the currency signs, and among those
# µ, ı, ſ (case-insensitive matching pairs them with μ, i, s) and İ (lower-cased to two characters). In a text with
# none of them, a pattern written in lower case finds in the lower-cased text (the same length), case-sensitively,
# the matches it finds in the text case-insensitively, at the same offsets; about twice as fast, as the engine
# compares a case-insensitive pattern's characters one costly way.
NOT_FOLDED = re.compile(r"[^\x00-\xb4\xb6-\u012f\u0132-\u017e\u2000-\u206f\u20a0-\u20cf]")


class StartOrAfter:
    r"""A pattern that begins with a choice between the start of the text and characters that a match may follow
    (``(?:^|[.!?…]\s+)``: a sentence's start), with the same ``finditer``, found faster.

    The pattern is tried whole at the start of the text only; elsewhere its second branch, written to start with
    those characters (``[.!?…]\s+``), which the regular-expression engine skips to: it tries a pattern that starts
    with a choice at every position of a text. Other methods are the pattern's.
    """

    def __init__(self, pattern: re.Pattern[str], start: str, after: str) -> None:
        if not pattern.pattern.startswith(start):
            raise ValueError(f"{pattern.pattern[:40]!r} does not start with {start!r}")
        self.pattern = pattern
        self.after = re.compile(after + pattern.pattern[len(start) :], pattern.flags)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        first = self.pattern.match(text)
        if first is not None:
            yield first
        yield from self.after.finditer(text, first.end() if first is not None else 0)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


# Two single quotation marks typed for a double one, a typewriter's and some CMS's habit: ‘‘…’’, ''…'', and the
# ‘’…’’ a word processor's smart quotes make of two typed apostrophes. Opening at a word's start, closing at its end;
# a doubled apostrophe inside a word ("l’’IA", a slip) stays as it is.
_DOUBLED_OPEN = re.compile(r"(?<![^\s(\[—–-])(?:‘‘|‘’|’’|'')(?=[^\s'‘’])")
_DOUBLED_CLOSE = re.compile(r"(?<=[^\s'‘’])(?:’’|‘‘|'')(?![^\s.,;:!?)\]…—–-])")


# Straight single quotation marks for quotations, as some sites print agency copy: 'Il nous a fallu du temps', a
# expliqué… The mark opens at a word's start and closes at a word's end; an apostrophe inside a word (l'entreprise,
# d'approfondir) is neither, so a pair read this way is a quotation mark's. Not on a line with code (`…`).
_SINGLE_OPEN = re.compile(r"(?<![^\s(\[—–-])'(?=[^\W\d_])")
_SINGLE_CLOSE = re.compile(r"(?<=[^\s'])'(?![^\s.,;:!?)\]…—–-])")
SINGLE_QUOTE_CHARS = 600  # a quotation between straight single marks is closed within this many characters
# The same with typographic single marks, ‘…’, the English convention some French sites keep: ‘ never stands for an
# apostrophe, and ’ closes only at a word's end (the elision's apostrophe is always followed by its word: l’IA).
_CURLY_SINGLE_OPEN = re.compile(r"(?<![^\s(\[—–-])‘(?=[^\W\d_])")
_CURLY_SINGLE_CLOSE = re.compile(r"(?<=[^\s‘’])’(?![^\s.,;:!?)\]…—–-])")


def _single_pairs(line: str, opens: re.Pattern[str] = _SINGLE_OPEN, closes: re.Pattern[str] = _SINGLE_CLOSE) -> str:
    """The line with its single quotation marks read as “ ” (see above); each opening mark looks for its closing
    one a bounded distance ahead, so a line of many apostrophes costs its length, not its square."""
    out: list[str] = []
    position = 0
    for opening in opens.finditer(line):
        if opening.start() < position:
            continue
        closing = closes.search(line, opening.end(), opening.end() + SINGLE_QUOTE_CHARS)
        if closing is None:
            continue
        out.append(line[position : opening.start()])
        out.append(f"“{line[opening.end() : closing.start()]}”")
        position = closing.end()
    out.append(line[position:])
    return "".join(out)


# A comma glued to the next word, as reprints that lost the space after commas print it ("»,croit même X,directeur
# de…"): French sets a space after a comma. Not between digits ("3,5"), nor in a web address or code.
_GLUED_COMMA = re.compile(r"(?<=[^\W\d_]|[»”)]),(?=[^\W\d_])")
_COMMA_LETTER = re.compile(r",(?=[^\W\d_])")
_ADDRESS_LIKE = re.compile(r"[/@]|\.[a-z]{2,4}\b")
# A full stop glued to the next sentence, as copies that lost the break between two paragraphs print it ("…, Julien
# Roe.Evoquant le projet, il…", "…le groupe Thales.Ce montant…"): a word of two lower-case letters or more, its stop,
# then a capitalised word. Not an initial ("M.Roe", "J.-C."), nor in a web address ("www.LeSite.fr").
_GLUED_STOP = re.compile(r"(?<=[a-zà-öø-ÿ]{2})\.(?=[A-ZÀ-ÖØ-Þ](?:[a-zà-öø-ÿ]|[’'][A-ZÀ-ÖØ-Þa-zà-öø-ÿ]))")


def _respaced(line: str, glued: re.Pattern[str], spaced: str) -> str:
    """Each mark ``glued`` finds replaced by ``spaced``, word by word: a token that reads as an address or a path is
    left alone."""

    def token_spaced(token: re.Match[str]) -> str:
        word = token.group()
        return word if _ADDRESS_LIKE.search(word) else glued.sub(spaced, word)

    return re.sub(r"\S+", token_spaced, line)


def _space_commas(line: str) -> str:
    """:data:`_GLUED_COMMA` spaced (see :func:`_respaced`)."""
    if not _COMMA_LETTER.search(line) or not _GLUED_COMMA.search(line):
        return line  # (the first test is the cheap one: the lookbehind costs twenty times more)
    return _respaced(line, _GLUED_COMMA, ", ")


def _space_stops(line: str) -> str:
    """:data:`_GLUED_STOP` spaced (see :func:`_respaced`)."""
    return _respaced(line, _GLUED_STOP, ". ") if _GLUED_STOP.search(line) else line


def normalise_line(line: str) -> str:
    """Collapse runs of spaces (keeping French non-breaking spaces as single spaces)."""
    line = _INVISIBLE.sub("", line)
    if "\u2010" in line or "\u2011" in line:  # hyphens a page typeset as such ("a‑t‑il"): the hyphen words use
        line = line.replace("\u2010", "-").replace("\u2011", "-")
    if "‘‘" in line or "‘’" in line or "’’" in line or "''" in line:
        line = _DOUBLED_CLOSE.sub("”", _DOUBLED_OPEN.sub("“", line))
    if "'" in line and "`" not in line:
        line = _single_pairs(line)
    if "‘" in line and "`" not in line:
        line = _single_pairs(line, _CURLY_SINGLE_OPEN, _CURLY_SINGLE_CLOSE)
    if "," in line:
        line = _space_commas(line)
    if "." in line:
        line = _space_stops(line)
    return _SPACES.sub(lambda m: "\u00a0" if m.group() in _NON_BREAKING else " ", line).strip()


@functools.lru_cache(maxsize=256)  # memoised: the cleaning rules compare the same lines, each folding them
def fold(text: str) -> str:
    """A line as lines are compared (front matter's keep/remove, a site's template): case, curly apostrophes
    and runs of spaces aside."""
    return " ".join(text.casefold().replace("’", "'").split())


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# A run of non-space characters with at least one letter or digit: "l’IA", "14,3", "«Oui»", not "–".
# A run of non-spaces holding a letter or a digit. Tried from a token's start only: from every position, a long run
# without a letter ("(@(@(@…") cost its length squared.
_WORD = re.compile(r"(?<!\S)\S*?[^\W_]\S*")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def content_words(text: str) -> set[str]:
    """The words of ``text`` long enough to carry its content (four letters or more), folded: what two passages share
    when one takes up the other."""
    return {w.casefold() for w in words(text) if len(w) >= 4}


def unaccented(text: str) -> str:
    """The text with its accents and other combining marks taken off ("Élodie" -> "Elodie")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def first_words(text: str, limit: int | None = None) -> list[str]:
    """:func:`words`, or only the first ``limit`` of them (read no further into the text)."""
    if limit is None:
        return _WORD.findall(text)
    return [match.group() for match in itertools.islice(_WORD.finditer(text), limit)]


APOSTROPHES = "'\u2019"
_Trie = dict[str, "_Trie"]


def trie_pattern(forms: Iterable[str], prose: bool = True, guard: str = "") -> str:
    r"""A regular expression matching any of ``forms``, built from their character trie.

    A flat alternation costs one attempt per form at every position of a text;
    the trie shares prefixes, so each position costs the length of the longest
    form that starts there, whatever the number of forms. Children are tried
    before the end of a form, so the longest form wins. With ``prose``, a space
    in a form matches any run of spaces and an apostrophe either apostrophe
    (names and terms as articles write them); otherwise every character is literal.

    ``guard`` is written after the first character of every form: a look-behind
    there (``(?<![\w-].)``, "no letter before this character") checks what a
    look-behind before the form would, and the pattern then starts with its
    forms' first characters, which the regular-expression engine skips to
    instead of trying the look-behind at every position of a text.
    """
    trie: _Trie = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def piece(char: str) -> str:
        if prose and char == " ":
            return r"\s+"
        return f"[{APOSTROPHES}]" if prose and char == "'" else re.escape(char)

    def walk(node: _Trie, first: str = "") -> str:
        branches = [piece(char) + first + walk(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        if "" in node:
            return f"(?:{body})?" if len(branches) == 1 else f"{body}?"
        return body

    return walk(trie, guard)


@functools.lru_cache(maxsize=256)  # memoised: a paragraph is counted by several cleaning rules, then as a block
def count_words(text: str) -> int:
    """Words as a reader counts them: elided forms (l'IA) count as one."""
    return len(_WORD.findall(text))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of French prose, surrounding spaces excluded.

    Guillemets and common abbreviations ("M.", "etc.") keep a sentence whole.
    Quotation marks are counted as the text is read, once: an unclosed « in a
    long paragraph costs no more than the paragraph's length.
    """
    return list(_sentence_spans(text))


@functools.lru_cache(maxsize=256)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`sentence_spans`, memoised: a paragraph is split when it is cleaned, and again when it is scored."""
    spans: list[tuple[int, int]] = []
    start = 0
    counted = 0  # text[start:counted] is counted in balance
    balance = [0, 0]  # « minus », “ minus ” since start
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if match.group("glued") is not None:
            before = text[max(0, match.start() - 2) : match.start()]
            if "…" in match.group() or not _TWO_LOWER.fullmatch(before):
                continue  # glued to the next sentence only after a lower-case word: not "I.A." nor "AI.Meta"
        chunk = text[counted:end]
        balance[0] += chunk.count("«") - chunk.count("»")
        balance[1] += chunk.count("“") - chunk.count("”")
        counted = end
        if match.group().startswith("."):
            before = text[max(start, match.start() - 60) : match.start()].rsplit(None, 1)
            last = before[-1].lower().strip('(«“"') if before else ""
            if last in _ABBREVIATIONS or _INITIALS.match(last):
                continue
        if balance[0] > 0 or balance[1] > 0:
            continue
        spans.append(_stripped(text, start, end))
        start = end
        balance = [0, 0]
    if text[start:].strip():
        spans.append(_stripped(text, start, len(text)))
    return tuple(span for span in spans if span[0] < span[1])


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str) -> list[str]:
    """Split French prose into sentences; guillemets and common abbreviations stay whole."""
    return [text[start:end] for start, end in sentence_spans(text)]


_DANGLING = {
    "l",
    "d",
    "de",
    "du",
    "des",
    "la",
    "le",
    "les",
    "un",
    "une",
    "et",
    "ou",
    "a",
    "au",
    "aux",
    "en",
    "s",
    "qu",
    "que",
    "par",
    "pour",
    "sur",
    "dans",
}


_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d)")


def _ascii_slug(text: str) -> str | None:
    """python-slugify's result for text that folds to ASCII by dropping accents, computed directly.

    python-slugify decodes HTML entities and transliterates with text-unidecode,
    which costs a tenth of a millisecond a call; for the common case (French
    words, digits, punctuation that folds to ASCII) the result is the same
    (tests/test_text.py checks it), so only other text takes the library's path.
    """
    if "&" in text:
        return None
    folded = unaccented(text)
    if not folded.isascii():
        return None
    folded = _DIGIT_COMMA.sub("", folded.lower().replace("'", ""))
    return _NOT_SLUG.sub("-", folded).strip("-")


@functools.lru_cache(maxsize=32768)  # every build slugs every article's title again
def slugify(text: str, max_length: int = 60) -> str:
    """ASCII slug for URLs and anchors: accents folded, elisions split (l’IA -> l-ia).

    When the slug is cut to ``max_length``, dangling articles and prepositions
    at the cut are dropped ("…-dans-le-monde-de-l" -> "…-dans-le-monde").
    """
    text = re.sub(r"[’'`´]", " ", text)
    full = _ascii_slug(text)
    if full is None:
        full = _slugify(text, word_boundary=True, save_order=True)
    slug = smart_truncate(full, max_length, word_boundary=True, separator="-", save_order=True)
    if slug != full:
        parts = slug.split("-")
        while len(parts) > 1 and parts[-1] in _DANGLING:
            parts.pop()
        slug = "-".join(parts)
    return slug


def short_hash(text: str, length: int = 6) -> str:
    key = " ".join(text.split()).casefold()
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:length]


FRAGMENT_MIN = 8  # characters: a shorter front matter fragment only names a whole text


def names_text(fragment: str, text: str) -> bool:
    """Whether a contributor's fragment (front matter ``keep``, ``remove``, ``not_quotes``, ``speakers``)
    names a text, both normalised alike: the whole of it, or a part of :data:`FRAGMENT_MIN` characters or more
    (``remove: [a]`` must not take every line with an "a" in it)."""
    return bool(fragment) and (fragment == text or (len(fragment) >= FRAGMENT_MIN and fragment in text))


def truncate(text: str, limit: int) -> str:
    """Cut at a word boundary, adding an ellipsis when something was cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:–—-")
    return cut + "…"


# ----------------------------------------------------------------------------
# Characters a reader cannot see, and one-line messages
# ----------------------------------------------------------------------------

# Characters that change how text reads, or hide in it, without being seen: C0 and C1 controls (tab and
# newline aside), bidirectional embeddings, overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069,
# U+200E, U+200F, U+061C), zero-width spaces, joiners and the byte-order mark (U+200B–U+200D, U+2060–U+2064,
# U+FEFF), the soft hyphen, the Mongolian vowel separator, the combining grapheme joiner, the Hangul
# fillers that pass for blank names, and interlinear annotation marks. Real characters (accents, « », ’,
# œ, non-breaking spaces) are not among them.
_UNSEEN = re.compile(
    "[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0\ufff9-\ufffb]"
)
# Line and page breaks other than "\n" ("\r" is normalised before): a space, so that line numbers stay those
# an editor shows and every module splits lines alike (str.splitlines would split on them, "\n" would not).
_ODD_BREAKS = re.compile("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def visible(text: str) -> str:
    """The text without the characters a reader cannot see (:data:`_UNSEEN`); odd line breaks become spaces.

    Applied once, to every source as it is decoded (:func:`dossier.sources.load`): titles, slugs,
    headings, quotations and the open data are made of what is left.
    """
    return _UNSEEN.sub("", _ODD_BREAKS.sub(" ", text))


# Every control, invisible or direction-changing character, line breaks included: what :func:`one_line`
# shows escaped, so that a message is one line and reads as it is (and what a file name may not hold).
UNSEEN_OR_CONTROL = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064"
    "\u2066-\u2069\u3164\ufeff\uffa0\ufff9-\ufffb]"
)
MESSAGE_LIMIT = 289  # characters: with MkDocs' "WARNING -  " before it, a log line of at most 300


def one_line(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """``text`` as one line of at most ``limit`` characters: tabs and line breaks as spaces, other unseen
    characters escaped (``\\u202e``), cut with "…" when longer."""
    text = text.replace("\t", " ").replace("\r\n", " ").replace("\n", " ")
    text = UNSEEN_OR_CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


_REPR = reprlib.Repr()
_REPR.maxstring = _REPR.maxother = 60
_REPR.maxlevel = 2


def quoted(value: object, limit: int = 60) -> str:
    """A value as a message shows it: text in single quotes, anything else as Python writes it; one line, cut.

    Safe on any value YAML can make (nested, self-referencing, an integer too long for ``repr``).
    """
    if isinstance(value, str):
        return f"'{one_line(value, limit - 2)}'"
    try:
        shown = _REPR.repr(value)
    except Exception:  # an integer of more than 4,300 digits, an object whose repr fails
        shown = f"<{type(value).__name__}>"
    return one_line(shown, limit)


# Common first names in French news (French ones first, then others the press often names), folded to lower
# case without accents. Not a register of people: a hint of where a person's name starts in a run of
# capitalised words ("le président de l'Université Fédérale de Toulouse Philippe Raimbault"). A compound
# first name counts when its first part is listed ("Jean-Marc").
FIRST_NAMES = frozenset(
    """
    adam adele adrien agathe agnes aicha alain alban albert alex alexandra alexandre alexis alice aline alix amandine
    amelie anais andre andrea ange angele angelique anne annie anthony antoine antoinette arnaud arthur audrey aurelie
    aurelien axel baptiste barbara bastien beatrice benedicte benjamin benoit bernard bertrand blanche brigitte bruno
    camille capucine caroline catherine cecile cedric celine chantal charles charlotte chloe christelle christian
    christine christophe claire clara clarisse claude clement clementine colette corinne damien daniel daniele david
    delphine denis denise didier dominique dorothee edgar edith edouard eleonore elisabeth elise elodie eloise emile
    emilie emma emmanuel emmanuelle eric estelle etienne eugenie eve fabien fabienne fabrice fanny florence florent
    florian francis franck francois francoise frederic frederique gabriel gabrielle gael gaelle gaspard genevieve
    georges gerald gerard gilles ginette gisele guillaume guy gwenaelle helene henri herve hugo hugues ines irene
    isabelle jacqueline jacques jean jeanne jeremie jeremy jerome joel johanna jonathan jordan joseph josephine julie
    julien juliette justine karine kevin laetitia laure laurence laurent lea lea leo leon leonard lionel loic louis
    louise luc luca lucas lucie lucien lucile ludovic lydie madeleine manon marc marcel margaux margot marguerite marie
    marine marion martin martine mathieu mathilde matthieu maud maurice maxime melanie michel michele mireille monique
    morgane muriel myriam nadia nadine natacha nathalie nicolas nicole noemie oceane odile olivia olivier pascal
    pascale patrice patricia patrick paul pauline perrine philippe pierre quentin raphael raphaelle regis remi renaud
    rene richard robert roger romain romane rose sabine sacha salome samuel sandra sandrine sarah sebastien serge
    severine simon simone solene sophie stephane stephanie suzanne sylvain sylvie thibault thierry thomas timothee
    tristan valentin valerie vanessa veronique victor victoire vincent violaine virginie xavier yann yannick yves
    yvonne zoe yael elsa lina nora jade ambre noe nathan enzo felicite alfred auguste aurore blaise colin diane fatma
    germain gloria jeannette johan johanne julienne lise marianne marina maya rosette sibylle urbain valentine
    violette
    aaron ada ahmed aidan ali amir amy andrew andy angela anna arvind ben bill bob brad brian carlos chris cynthia
    dan dario demis donald elena elon emily eric fei fiona gavin geoffrey greg hans helen ian ilya ivan jack james jan
    jane jason jeff jennifer jensen jessica jim joe john jonas josh juan julia kai karen kate kevin klaus lars laura
    lisa lukas marco maria mario mark martha matt max michael mike mira mohamed mustafa nat nick noam omar
    oscar paolo pedro peter rachel ray reid richard rishi robin ruth ryan sam sara satya scott sean sergey sheryl
    stefan steve sundar susan tim tom ursula walter werner will william yoshua yuval
    """.split()
) | frozenset(
    # The dictionary below dates from 2007 and counts a name by its frequency per country: it misses first names
    # given in France since (Mathis, Lola, Louane), the first names of French families from the Maghreb and West
    # Africa that the French press quotes every day (Kamel, Najat, Mamadou), and names it spells as words of the
    # language (Germaine, Manuel). The most given names in France by decade (INSEE's register of first names) and
    # the most common of those families, as the press writes them; witnesses are named by them alone.
    """
    mathis matheo matteo timeo nolan evan ethan noah kylian killian mael maelle maelys lola louane lou lilou mila lena
    eva leana ilan liam lenny eliott elliot jules marius gaspard augustin felix octave hadrien flavien gautier gauthier
    geoffroy thibaud thibaut guilhem corentin maxence baptiste dylan jimmy johnny teddy eddie eddy willy freddy
    mickael gregory raymond marcelle lucienne yvette paulette odette josette huguette
    jeannine liliane lyliane josiane evelyne nadege marjolaine alize alizee priscilla priscillia jenifer cindy
    melissa clemence apolline heloise anais germaine manuel luis luiz jose miguel antonio francisco fernando sergio
    diego pablo jorge ricardo linus
    rayan yanis ilyes amine yassine yacine karim kamel djamel farid rachid nabil samir sofiane mehdi bilal hamza
    ibrahim ismael youssef walid hakim malik nordine mourad abdel abdelkader mohammed mamadou moussa ousmane abdoulaye
    babacar cheikh modou ibrahima seydou boubacar souleymane amadou lamine fode salah aissa yahya idriss
    imane yasmine yasmina leila fatima fatoumata aminata awa astou khadija hafsa najat samira karima malika naima
    nawel sihem mariam meryem salma lila
    larbi mustapha mokhtar noureddine abdelaziz abderrahmane abdallah abdellah aziz redouane adel anis ayoub aymen
    brahim djamal driss faycal fouad hassan hicham hocine houari ilias ilyas issam jamal kader khaled lahcen lounes
    madjid mahmoud mohand mounir nassim nasser rabah riad riyad salim slimane tarek tarik toufik wassim yazid younes
    youcef zakaria zinedine
    yamina alima halima zohra fatiha farida houria djamila saida sabrina chaima chaimae sirine syrine nour amel amal
    assia asma dounia ikram ilham kenza lamia latifa loubna manel meriem nassima rachida rania safia samia sana
    souad soraya wafa yousra zineb zahra habiba hakima jamila kahina nabila nesrine
    fatou aissata aissatou kadiatou djeneba ndeye khady hawa nafissatou rokia rokhaya salimata mariama binta coumba
    adama aliou alioune assane bakary demba djibril issa lassana oumar ousseynou saliou sekou thierno youssouf fanta
    oumou maimouna
    """.split()
)


@functools.lru_cache(maxsize=4096)
def is_french_word(token: str) -> bool:
    """Whether simplemma's French dictionary knows the word, in lower case ("Intelligence", "Martin"; not "Naczyk")."""
    return simplemma.is_known(token.casefold(), lang="fr")


def asks(text: str) -> bool:
    """Whether a line ends with a question mark, inside its closing quotation mark perhaps: a question."""
    return text.rstrip(' »”"').endswith("?")


PAST_PARTICIPLE_ENDS = ("é", "ée", "és", "ées")  # a past participle's endings, which a description may open with
# Feminine nouns whose lemma reads as an infinitive ("conseillère" -> "conseiller", "directrice"): not verbs.
FEMININE_NOUN_ENDS = ("ère", "rice", "euse", "enne", "ante", "ente", "esse", "onne")


@functools.lru_cache(maxsize=8192)
def reads_as_verb(word: str) -> bool:
    """Whether a lower-case word reads as a finite verb ("défend", "explique", "soutient"): its lemma is an infinitive
    it differs from. Not a past participle ("chargée de…") nor a feminine role ("conseillère"), which an apposition
    describing a person may open."""
    word = word.casefold()
    if not word.isalpha() or word.endswith((*PAST_PARTICIPLE_ENDS, *FEMININE_NOUN_ENDS, "ant")):
        return False
    base = simplemma.lemmatize(word, lang="fr")
    return base != word and base.endswith(("er", "ir", "re", "oir"))


_NAME_SHAPE = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?$")


def is_unlisted_name(text: str) -> bool:
    """Two or three capitalised words that no French dictionary knows: a person's name whose first name is not among
    :data:`FIRST_NAMES` ("Rafal Naczyk", "Daniella Gorbunova"); not a rubric ("Intelligence Artificielle")."""
    tokens = text.split()
    return 2 <= len(tokens) <= 3 and all(_NAME_SHAPE.match(t) and not is_french_word(t) for t in tokens)


def is_person_name(text: str) -> bool:
    """A person's name: a common first name first ("Jeanne Roe"), or words no dictionary knows
    (:func:`is_unlisted_name`: "Rafal Naczyk")."""
    tokens = text.split()
    return bool(tokens) and (is_first_name(tokens[0]) or is_unlisted_name(text))


# Beyond that list, the first names of Jörg Michael's dictionary (the data of gender-guesser), with the gender it
# gives and how common each is per country (a hexadecimal digit from 1, rare, to D): a name given in France,
# Belgium, Switzerland or Luxembourg, however rarely when the dictionary was made ("Ambroise", "Katel", "Maëlys":
# the names of a generation since), or very common anywhere (at least 6) counts. Not a word of the language
# ("Rose", "Avril", "Les" are names too, with accents or without: "Santé") and not a country's name ("France",
# "Israel"). A rare one (under 3 at home) only written as a name, not in capitals, where it is an acronym more
# often ("le patron du BEA").
_HOME_COUNTRIES = ("france", "belgium", "swiss", "luxembourg")
HOME_FREQUENCY = 1
COMMON_HOME_FREQUENCY = 3
ANYWHERE_FREQUENCY = 6
# (nor the name of the firm this dossier follows, a rare first name in the dictionary: "Meta a annoncé…")
_NOT_FIRST_NAMES = frozenset({"france", "israel", "georgia", "jordan", "china", "india", "italia", "paris", "meta"})


def _frequency(digit: str) -> int:
    return 0 if digit == " " else int(digit, 16)


def _name_genders() -> dict[str, str]:
    """Folded first name -> "m", "f" or "" (either): see :func:`_name_table`."""
    return _name_table()[0]


@functools.cache
def _name_table() -> tuple[dict[str, str], frozenset[str]]:
    """Folded first name -> "m", "f" or "" (either) from the dictionary (see its header for the format), words of
    the language too ("Marc", "Pierre" are words and names; :func:`is_first_name` leaves the words out).

    A name the dictionary lists more than once takes the gender of its lines most common in France, Belgium,
    Switzerland or Luxembourg ("Jean" is a man's name there, a woman's in Britain); lines as common there that
    disagree tell no gender. And the names rare at home (see above), read as acronyms when in capitals."""
    countries = Detector.COUNTRIES
    home = [countries.index(country) for country in _HOME_COUNTRIES]
    data = importlib.resources.files("gender_guesser") / "data" / "nam_dict.txt"
    lines: dict[str, list[tuple[int, int, str]]] = {}
    for line in data.read_text("utf-8").splitlines():
        # (a "+" in column 30 marks a line repeated for another sorting of umlauts)
        if line[:1] in "#=" or len(line) < 31 or line[29] == "+":
            continue
        # (the digits, a space for none, sort as their values do: " " < "1" < "9" < "A" < "D")
        field = line[30 : 30 + len(countries)]
        here, anywhere = _frequency(max(field[i] for i in home)), _frequency(max(field))
        if here < HOME_FREQUENCY and anywhere < ANYWHERE_FREQUENCY:
            continue
        code, name = line[:2].strip(), line[3:29].strip()
        # (a unisex name, "?M" or "?F" as well as "?", tells no gender)
        gender = "" if code.startswith("?") else "m" if "M" in code else "f"
        # ("+" joins the parts of an Arabic, Chinese or Korean name: "Jun+Wei" is "Junwei", "Jun-Wei", "Jun Wei")
        for written in {name.replace("+", glue) for glue in ("", "-", " ")}:
            folded = unaccented(written.casefold())
            if folded not in _NOT_FIRST_NAMES:
                lines.setdefault(folded, []).append((here, anywhere, gender))
    genders: dict[str, str] = {}
    rare: set[str] = set()
    for folded, found in lines.items():
        if max(found)[0] < COMMON_HOME_FREQUENCY and max(anywhere for _, anywhere, _ in found) < ANYWHERE_FREQUENCY:
            rare.add(folded)
        top = max(found)[:2]
        # (a name common nowhere near: every line counts)
        chosen = {gender for here, anywhere, gender in found if not top[0] or (here, anywhere) == top}
        genders[folded] = chosen.pop() if len(chosen) == 1 else ""
    return genders, frozenset(rare)


def is_first_name(token: str) -> bool:
    """Whether a capitalised word is a common first name ("Philippe", "Jean-Marc", "Yann", "Frank")."""
    if not token[:1].isupper():
        return False
    first = token.split("-")[0].casefold()
    folded = unaccented(first)
    # (a word of the language is looked up only for a name the dictionary lists: few tokens, and loading the
    # dictionary asks no question of the language's lexicon; with its accents too, "Santé" being no "Sante")
    return folded in FIRST_NAMES or (
        folded in _name_genders()
        and not (token.isupper() and folded in _name_table()[1])
        and not is_french_word(folded)
        and not is_french_word(first)
    )


def first_name_gender(token: str) -> str | None:
    """ "m" or "f" when the dictionary gives a first name one gender ("Frank", "Sonia"), else None."""
    return _name_genders().get(unaccented(token.split("-")[0].casefold())) or None
