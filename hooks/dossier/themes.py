"""Theme taxonomy (``sources/themes.yml``) and passage-level classification.

Each block is scored per theme by counting keyword occurrences, matched on
French lemmas (simplemma) so inflected forms count, in one pass over its
tokens. A heading lends its themes to the blocks of its section. An article
carries a theme when enough of its text treats it.

Two conventions of news writing weigh the evidence. Weak keywords (a theme's
``weak:`` list) only back up strong ones: the press tags every actor with its
origin ("la start-up française", "le géant américain"), so a demonym alone
says nothing of geopolitics; it counts in a passage that has a strong keyword
of the theme, or another weak one (two blocs named: a rivalry). And the
headline and the lead (the first paragraph, which states the essentials: the
inverted pyramid) say what the article is about. Last, a newspaper files every
article under a rubric: one that reaches no threshold goes under the theme it
names most, if it names it in two places.

A theme may name whom it is about (``about:``): a business paper's company news is about
companies, so its words ("investissement", "marché", "talents") file a passage under it only when
the passage, or the one before it in its section, names one. A head of state's investment plan
uses the same words and is filed under the rivalry of nations instead. The press names a company
once, then takes it up with a common noun ("le groupe", "la firme", "l'éditeur"): such nouns (a
theme's ``reprises:``) name whom the theme is about only after the article has named one, by its
name or in its headline. Before that, "les entreprises" of a regional forum are anybody's.

The four themes are facets of one subject, the dossier's: AI and the companies that make it (the
file's ``subject:`` list, and the names of its ``about:`` lists). An article that never names it
treats another subject: a cabinet reshuffle's "gouvernement" or a flood's "sécurité" are not the
dossier's geopolitics or security, so its passages file under no theme (unless its front matter
sets themes: a contributor's call).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import simplemma
import yaml

from .model import Article, Block, Diagnostic, Kind, Level, Passage
from .text import is_first_name, sentence_spans

_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+")
_ID = re.compile(r"^[a-z][a-z0-9-]*$")
_LETTER_WORD = re.compile(r"(?<![\w'’])[^\W\d_](?![\w'’])")  # a one-letter word, not an elision

# A passage treats a theme with this many points (keyword hits, plus one when
# its section heading treats the theme); long paragraphs need one more.
PASSAGE_MIN_SCORE = 2
LONG_PASSAGE_WORDS = 120
# An article carries a theme when its passages on it make this share of its
# words, or when it has this many passages on it.
ARTICLE_MIN_SHARE = 0.2
ARTICLE_MIN_PASSAGES = 3
# ...or two passages making a smaller, still substantial share.
ARTICLE_MIN_SHARE_TWO_PASSAGES = 0.08
# ...or, in a short news item whose paragraphs are too short to score alone, keywords spread over
# several paragraphs: this many hits, in two blocks or more, at this many hits per 100 words.
ARTICLE_MIN_HITS = 3
ARTICLE_MIN_DENSITY = 1.5
# The lead (the first paragraph) states the essentials of a news item (the inverted pyramid): its
# keywords count this many times in the short-item rule.
LEAD_WEIGHT = 2
# An article no rule above files anywhere goes under the theme it names most, named in this many blocks.
RUBRIC_MIN_BLOCKS = 2


class ThemeConfigError(Exception):
    """themes.yml cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Theme:
    id: str
    title: str
    description: str
    keywords: tuple[str, ...]
    weak: tuple[str, ...] = ()  # keywords that only back up others in the same passage (see Matcher.count_units)
    about: tuple[str, ...] = ()  # whom the theme is about: a passage must name one (see classify)
    reprises: tuple[str, ...] = ()  # common nouns that take one of ``about`` up, once the article has named one

    @property
    def url(self) -> str:
        return f"themes/{self.id}/"


_LEMMAS: dict[str, str] = {}


# Lower-cased words the lemmatizer reads as a common noun's form where the press nearly always writes a proper
# name: "Paris" is the city, not the plural of "pari" (a bet, a keyword of strategy). Each stays its own lemma.
_PROPER_NAMES = {"paris": "paris"}
_LEMMAS.update(_PROPER_NAMES)


def lemma(word: str) -> str:
    """The French lemma of a lower-case word, memoised: a corpus reuses a few thousand words."""
    found = _LEMMAS.get(word)
    if found is None:
        found = _LEMMAS[word] = simplemma.lemmatize(word, lang="fr").lower()
    return found


def tokens(text: str) -> list[tuple[str, str]]:
    """(surface, lemma) pairs, lower-cased; elided articles (l’, d’) fall off."""
    get = _LEMMAS.get
    return [(word, get(word) or lemma(word)) for word in words_of(text)]


def words_of(text: str) -> list[str]:
    """The lower-cased words of a text, as keywords are matched (one-letter words left out)."""
    return [word for word in _TOKEN.findall(text.lower()) if len(word) > 1 or word.isdigit()]


def forms_of(text: str, words: Iterable[str] | None = None) -> frozenset[str]:
    """The words of a text (``words``: its :func:`words_of`, when already found) and their lemmas."""
    seen = set(words_of(text) if words is None else words)
    lemmas = set(map(_LEMMAS.get, seen))  # words counted already were lemmatised then: looked up at once
    if None in lemmas:
        lemmas = {lemma(word) for word in seen}
    return frozenset(seen | lemmas)


@dataclass
class _Said:
    """What a block says, as the ``about`` check reads it: its text, and the words of the units it was scored by."""

    text: str
    units: list[str] = field(default_factory=list)
    words: list[list[str]] = field(default_factory=list)  # words_of of each unit

    @cached_property
    def forms(self) -> frozenset[str]:
        """:func:`forms_of` the text, found once (the next block asks again), from the units' words when the units
        are the whole text cut between words: the same words, not read again."""
        if self.text.split() == " ".join(self.units).split():
            return forms_of(self.text, itertools.chain.from_iterable(self.words))
        return forms_of(self.text)


def _read(path: Path, rel: str) -> object:
    if not path.is_file():
        raise ThemeConfigError(f"{rel}: the theme file is missing; it defines the site's themes")
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise ThemeConfigError(f"{rel}{where}: invalid YAML: {exc}") from exc


def load_taxonomy(path: Path, rel: str) -> tuple[list[Theme], tuple[str, ...]]:
    """The themes and the dossier's subject, from one reading of the file."""
    data = _read(path, rel)
    return _themes_of(data, rel), _subject_of(data, rel)


def _subject_of(data: object, rel: str) -> tuple[str, ...]:
    """The dossier's subject (``subject:``): words and names, one of which an article names to be filed under a
    theme. Empty when the file has none: every article may then be."""
    subject = data.get("subject", []) if isinstance(data, dict) else []
    if not isinstance(subject, list) or not all(isinstance(k, str) and k.strip() for k in subject):
        raise ThemeConfigError(f"{rel}: 'subject' must be a list of words or phrases")
    return tuple(subject)


def load_themes(path: Path, rel: str) -> list[Theme]:
    return _themes_of(_read(path, rel), rel)


def _themes_of(data: object, rel: str) -> list[Theme]:
    entries = data.get("themes") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise ThemeConfigError(f"{rel}: expected a 'themes:' list of themes")
    themes: list[Theme] = []
    for index, entry in enumerate(entries):
        where = f"{rel}: themes[{index}]"
        if not isinstance(entry, dict):
            raise ThemeConfigError(f"{where}: each theme is a mapping with id, title, description, keywords")
        for key in ("id", "title", "description"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise ThemeConfigError(f"{where}: '{key}' must be a non-empty text")
        if not _ID.match(entry["id"]):
            raise ThemeConfigError(f"{where}: id '{entry['id']}' must be lower-case letters, digits and dashes")
        keywords = entry.get("keywords")
        if not isinstance(keywords, list) or not all(isinstance(k, str) and k.strip() for k in keywords):
            raise ThemeConfigError(f"{where}: 'keywords' must be a list of words or phrases")
        lists = {}
        for key in ("weak", "about", "reprises"):
            lists[key] = entry.get(key, [])
            if not isinstance(lists[key], list) or not all(isinstance(k, str) and k.strip() for k in lists[key]):
                raise ThemeConfigError(f"{where}: '{key}' must be a list of words or phrases")
        if lists["reprises"] and not lists["about"]:
            raise ThemeConfigError(f"{where}: 'reprises' take up one of 'about', which is missing")
        weak, about, reprises = lists["weak"], lists["about"], lists["reprises"]
        for keyword in [*keywords, *weak, *about, *reprises]:
            if _LETTER_WORD.search(keyword):
                # One-letter words are not matched (words_of): "série A" would match every "série".
                # An elided article ("d'", "l'") falls off in the text too.
                raise ThemeConfigError(
                    f"{where}: '{keyword}' has a one-letter word, which is not matched: the keyword would"
                    " match without it; write it without that word, or as another phrase"
                )
        if entry["id"] in {t.id for t in themes}:
            raise ThemeConfigError(f"{where}: duplicate theme id '{entry['id']}'")
        themes.append(
            Theme(
                entry["id"],
                entry["title"].strip(),
                " ".join(entry["description"].split()),
                tuple(keywords),
                tuple(weak),
                tuple(about),
                tuple(reprises),
            )
        )
    return themes


Keyword = tuple[frozenset[str], ...]  # a keyword's words, each as its surface form and lemma
Candidates = list[tuple[Keyword, str, bool]]  # (keyword, theme id, weak keyword)


@dataclass(frozen=True)
class _Names:
    """Entries a text may name (every word of an entry, in any order, by surface form or lemma)."""

    words: frozenset[str]  # the forms of the entries of one word, merged: a text names one when it shares a form
    phrases: tuple[Keyword, ...]  # the entries of several words

    @classmethod
    def of(cls, entries: Iterable[str]) -> _Names:
        split = [tuple(frozenset(pair) for pair in tokens(entry)) for entry in entries]
        return cls(
            frozenset(form for entry in split if len(entry) == 1 for form in entry[0]),
            tuple(entry for entry in split if len(entry) > 1),
        )

    def named_in(self, seen: frozenset[str]) -> bool:
        """Whether a text whose :func:`forms_of` are ``seen`` names an entry."""
        if not self.words.isdisjoint(seen):
            return True
        return any(all(not forms.isdisjoint(seen) for forms in entry) for entry in self.phrases)


@dataclass
class Matcher:
    """All keywords of all themes, indexed by their first word, for one pass over a text."""

    themes: list[Theme]
    index: dict[str, Candidates] = field(default_factory=dict)
    _by_word: dict[str, Candidates] = field(default_factory=dict, repr=False)
    about: dict[str, _Names] = field(default_factory=dict)  # theme id -> whom it is about (its ``about``)
    reprises: dict[str, _Names] = field(default_factory=dict)  # theme id -> the nouns that take one up
    subject_entries: tuple[str, ...] = ()  # the dossier's subject (``subject:``); none: no article is off it
    subject: _Names | None = None

    def __post_init__(self) -> None:
        if self.subject_entries:
            # The names of the about lists say the subject too, save a common first name ("Claude" the model is
            # also Claude the mayor), which says it only with another entry.
            names = [e for t in self.themes for e in t.about if e[:1].isupper() and not is_first_name(e)]
            self.subject = _Names.of([*self.subject_entries, *names])
        self.about = {theme.id: _Names.of(theme.about) for theme in self.themes if theme.about}
        self.reprises = {theme.id: _Names.of(theme.reprises) for theme in self.themes if theme.reprises}
        index: dict[str, Candidates] = defaultdict(list)
        for theme in self.themes:
            for keyword, weak in [(k, False) for k in theme.keywords] + [(k, True) for k in theme.weak]:
                seq = tuple(frozenset({surface, lem}) for surface, lem in tokens(keyword))
                if not seq:
                    continue
                for form in seq[0]:
                    index[form].append((seq, theme.id, weak))
        for candidates in index.values():
            candidates.sort(key=lambda c: -len(c[0]))  # longest phrase first
        self.index = dict(index)

    def _starting(self, word: str) -> Candidates:
        """Keywords that may start at a word (by its surface or its lemma), longest first; memoised."""
        found = self._by_word.get(word)
        if found is None:
            lem = lemma(word)
            merged = self.index.get(word, []) + (self.index.get(lem, []) if lem != word else [])
            found = self._by_word[word] = sorted(merged, key=lambda c: -len(c[0]))
        return found

    def count_words(self, words: list[str], weak: dict[str, list[Keyword]] | None = None) -> dict[str, int]:
        """Keyword hits per theme id in a list of :func:`words_of` (each word counts once).

        Weak keywords found go to ``weak`` (theme id -> the keywords, once per hit) when given;
        they are left out of the result.
        """
        hits: dict[str, int] = {}
        by_word = self._by_word
        i, n = 0, len(words)
        while i < n:
            found = by_word.get(words[i])
            if found is None:
                found = self._starting(words[i])
            step = 1
            for seq, theme_id, is_weak in found:
                size = len(seq)
                # The first word matches by construction; phrases check the next ones.
                if size == 1 or (
                    i + size <= n
                    and all(words[i + j] in seq[j] or lemma(words[i + j]) in seq[j] for j in range(1, size))
                ):
                    if not is_weak:
                        hits[theme_id] = hits.get(theme_id, 0) + 1
                    elif weak is not None:
                        weak.setdefault(theme_id, []).append(seq)
                    step = size
                    break
            i += step
        return hits

    def names_subject(self, text: str, theme_id: str, forms: frozenset[str] | None = None) -> bool:
        """Whether a text names one of whom the theme is about (every word of an entry, in any order).

        ``forms``: the text's :func:`forms_of`, when already found.
        """
        about = self.about.get(theme_id)
        return about is None or about.named_in(forms_of(text) if forms is None else forms)

    def takes_up_subject(self, text: str, theme_id: str, forms: frozenset[str] | None = None) -> bool:
        """Whether a text has one of the theme's reprises, a noun that takes up whom it is about ("le groupe")."""
        reprises = self.reprises.get(theme_id)
        return reprises is not None and reprises.named_in(forms_of(text) if forms is None else forms)

    def count(self, text: str) -> Counter[str]:
        """Keyword hits per theme id in ``text`` (each word counts once), weak ones counted as in a passage."""
        return Counter(self.count_units([text])[0])

    def count_units(self, texts: list[str], words: list[list[str]] | None = None) -> list[dict[str, int]]:
        """Keyword hits per theme id in each text of one passage (its sentences or items).

        ``words``: the :func:`words_of` of each text, when already found.

        A theme's weak keywords count when the passage has a strong keyword of the theme, or two
        different weak ones ("des modèles chinois" against "des valeurs américaines": a rivalry);
        one weak keyword alone is left out.
        """
        weaks: list[dict[str, list[Keyword]]] = [{} for _ in texts]
        if words is None:
            words = [words_of(text) for text in texts]
        found = [self.count_words(unit, weak) for unit, weak in zip(words, weaks, strict=True)]
        if any(weaks):
            strong = {t for hits in found for t in hits}
            distinct: dict[str, set[Keyword]] = {}
            for weak in weaks:
                for theme_id, keywords in weak.items():
                    distinct.setdefault(theme_id, set()).update(keywords)
            backed = strong | {t for t, keywords in distinct.items() if len(keywords) >= 2}
            for hits, weak in zip(found, weaks, strict=True):
                for theme_id, keywords in weak.items():
                    if theme_id in backed:
                        hits[theme_id] = hits.get(theme_id, 0) + len(keywords)
        return found


def _units(block: Block) -> list[tuple[int, int, int]]:
    """The units a passage is scored by: sentences of a paragraph, list items, quotation parts."""
    if block.kind is Kind.PARAGRAPH:
        return [(0, start, end) for start, end in sentence_spans(block.text)]
    return [(i, 0, len(text)) for i, text in enumerate(block.segments())]


def classify(article: Article, matcher: Matcher) -> list[Diagnostic]:
    """Score every block, then decide the article's themes (unless front matter set them).

    One pass over each block's sentences: their keyword hits make the block's
    score and pick the sentences that carry each theme (``block.excerpts``,
    shown on the theme pages). An article that never names the dossier's
    subject gets no theme and no passage; the note returned says so.
    """
    section: set[str] = set()
    previous: set[str] = set()  # themes of the previous passage in the same section
    spread: dict[str, list[int]] = {}  # theme id -> its keyword hits in each block that has some
    lead: dict[str, int] | None = None  # the first paragraph's hits
    lead_themes: list[str] = []  # the themes the first paragraph treats as a passage
    before = _Said("")  # what the previous block in the section says: it may name whom the block is about
    story = _Story(matcher, [_Said(article.title)])  # what the article has said so far: the headline first
    for block in article.blocks:
        block.excerpts = {}
        if block.kind is Kind.HEADING:
            story.said.append(_Said(block.text))
            section = set(matcher.count(block.text))
            block.scores, block.themes, previous, before = {}, [], set(), _Said("")
            continue
        if block.role in ("about", "note"):
            block.scores, block.themes = {}, []
            continue
        segments = block.segments()
        units = _units(block)
        texts = [segments[seg][start:end] for seg, start, end in units]
        words = [words_of(text) for text in texts]
        unit_hits = matcher.count_units(texts, words)
        # A quotation's speaker ("PDG de Meta") says whom it is about.
        said = _Said(f"{block.text} {block.attribution}", texts, words)
        _about(matcher, unit_hits, said, before, story)
        before = said
        story.said.append(said)
        hits: dict[str, int] = {}
        for found in unit_hits:
            for theme_id, n in found.items():
                hits[theme_id] = hits.get(theme_id, 0) + n
        is_lead = lead is None and block.kind is Kind.PARAGRAPH
        weight = LEAD_WEIGHT if is_lead else 1
        if is_lead:
            lead = hits
        for theme_id, n in hits.items():
            spread.setdefault(theme_id, []).append(weight * n)
        # Context lends a point: the section heading, or the passage just before
        # (a quotation or list that follows a paragraph on the same theme).
        block.scores = {t: n + (1 if t in section or t in previous else 0) for t, n in hits.items()}
        words = block.word_count
        block.themes = [
            t.id
            for t in matcher.themes
            if hits.get(t.id, 0) >= 1
            and block.scores[t.id] >= PASSAGE_MIN_SCORE + (1 if words > LONG_PASSAGE_WORDS else 0)
        ]
        if is_lead:
            lead_themes = list(block.themes)
        for theme_id in block.themes:
            block.excerpts[theme_id] = _key_units(units, unit_hits, theme_id)
        previous = set(block.themes)
    if article.themes:
        return []  # set by front matter
    if matcher.subject is not None and not any(matcher.subject.named_in(said.forms) for said in story.said):
        filed = sorted({t for block in article.blocks for t in block.themes})
        for block in article.blocks:
            block.themes, block.excerpts = [], {}
        if not filed:
            return []
        return [
            Diagnostic(
                Level.INFO,
                article.source_file,
                f"names nothing of the dossier's subject (themes.yml 'subject'): filed under no theme, though "
                f"its words suggest {', '.join(filed)}; set 'themes' in its front matter to file it",
            )
        ]
    total = article.words or 1
    # The headline states what the article is about (press convention): a theme it names needs one
    # passage, or its keywords in two paragraphs, or in the lead.
    headline = matcher.count(article.title) if not article.title_derived else {}
    lead = lead or {}
    for theme in matcher.themes:
        passages = [b for b in article.blocks if theme.id in b.themes]
        share = sum(b.word_count for b in passages) / total
        hits = spread.get(theme.id, [])
        if (
            share >= ARTICLE_MIN_SHARE
            or len(passages) >= ARTICLE_MIN_PASSAGES
            or (len(passages) == 2 and share >= ARTICLE_MIN_SHARE_TWO_PASSAGES)
            or (passages and headline.get(theme.id))
            or theme.id in lead_themes
        ):
            article.themes.append(theme.id)
        elif (headline.get(theme.id) and hits) or (
            len(hits) >= 2 and sum(hits) >= ARTICLE_MIN_HITS and 100 * sum(hits) / total >= ARTICLE_MIN_DENSITY
        ):
            # A short item, or one whose headline names the theme: the paragraphs that name it are its passages.
            article.themes.append(theme.id)
            _promote(article, matcher, theme.id)
    if not article.themes:
        for theme_id in _rubric(spread, [t.id for t in matcher.themes]):
            article.themes.append(theme_id)
            _promote(article, matcher, theme_id)
    return []


@dataclass
class _Story:
    """What an article has said so far, for the reprises: whether it has named whom a theme is about.
    Read lazily: only a block whose theme words need a reprise asks, and the blocks are read once."""

    matcher: Matcher
    said: list[_Said]
    _read: dict[str, int] = field(default_factory=dict)  # theme id -> how many of ``said`` were read for it
    _named: set[str] = field(default_factory=set)  # theme ids whose ``about`` the article has named

    def has_named(self, theme_id: str) -> bool:
        """Whether a text said so far names whom the theme is about."""
        if theme_id in self._named:
            return True
        about = self.matcher.about[theme_id]
        for said in self.said[self._read.get(theme_id, 0) :]:
            if about.named_in(said.forms):
                self._named.add(theme_id)
                return True
        self._read[theme_id] = len(self.said)
        return False


def _about(matcher: Matcher, unit_hits: list[dict[str, int]], said: _Said, before: _Said, story: _Story) -> None:
    """Drop the hits of a theme whose ``about`` neither the block nor the one before it names; a reprise
    ("le groupe") names it when the article has named one before the block (asked only then)."""
    for theme_id in matcher.about:
        if not any(theme_id in found for found in unit_hits):
            continue
        if matcher.names_subject(said.text, theme_id, said.forms) or matcher.names_subject(
            before.text, theme_id, before.forms
        ):
            continue
        if (
            matcher.takes_up_subject(said.text, theme_id, said.forms)
            or matcher.takes_up_subject(before.text, theme_id, before.forms)
        ) and story.has_named(theme_id):
            continue
        for found in unit_hits:
            found.pop(theme_id, None)


def _rubric(spread: dict[str, list[int]], order: list[str]) -> list[str]:
    """The themes an article that reached no threshold is filed under: a newspaper files every article
    under a rubric. Its rubric is the theme it names most (the lead counting twice), when it names it
    in two blocks or more (one stray word is no evidence); ties file it under each, in ``order``."""
    evidence = {theme_id: sum(hits) for theme_id, hits in spread.items() if len(hits) >= RUBRIC_MIN_BLOCKS}
    if not evidence:
        return []
    best = max(evidence.values())
    return [theme_id for theme_id in order if evidence.get(theme_id) == best]


def _promote(article: Article, matcher: Matcher, theme_id: str) -> None:
    """Make every block with a keyword of the theme one of the article's passages on it."""
    for block in article.blocks:
        if block.scores.get(theme_id, 0) < 1 or theme_id in block.themes:
            continue
        segments = block.segments()
        units = _units(block)
        unit_hits = matcher.count_units([segments[seg][start:end] for seg, start, end in units])
        if not any(found.get(theme_id) for found in unit_hits):
            continue  # its point came from the context, not from its own words
        block.themes.append(theme_id)
        block.excerpts[theme_id] = _key_units(units, unit_hits, theme_id)


def _key_units(
    units: list[tuple[int, int, int]], unit_hits: list[dict[str, int]], theme_id: str, limit: int = 2
) -> list[tuple[int, int, int]]:
    """The units that carry most of the theme (the first one if none does), in reading order."""
    scored = [(hits.get(theme_id, 0), i) for i, hits in enumerate(unit_hits)]
    best = sorted((x for x in scored if x[0] > 0), key=lambda x: (-x[0], x[1]))[:limit] or scored[:1]
    return [units[i] for _, i in sorted(best, key=lambda x: x[1])]


def check_front_matter_themes(article: Article, themes: list[Theme]) -> list[Diagnostic]:
    known = {t.id for t in themes}
    unknown = [t for t in article.themes if t not in known]
    if not unknown:
        return []
    article.themes = [t for t in article.themes if t in known]
    return [
        Diagnostic(
            Level.WARNING,
            article.source_file,
            f"unknown theme id(s) {', '.join(repr(t) for t in unknown)} in front matter 'themes' "
            f"(known: {', '.join(sorted(known))}); they are ignored",
            1,
        )
    ]


def passages(article: Article, theme_id: str) -> list[Passage]:
    """The article's passages on a theme (set by the corpus build, see :func:`dossier.render.passages`)."""
    return article.passages.get(theme_id, [])


def key_sentences(block: Block, theme_id: str) -> list[str]:
    """The sentences of a passage that carry most of the theme, in reading order (see classify)."""
    segments = block.segments()
    return [segments[seg][start:end] for seg, start, end in block.excerpts.get(theme_id, [])]
