"""Theme taxonomy (``sources/themes.yml``) and passage-level classification.

Each block is scored per theme by counting keyword occurrences, matched on
French lemmas (simplemma) so inflected forms count, in one pass over its
tokens. A heading lends its themes to the blocks of its section. An article
carries a theme when enough of its text treats it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import simplemma
import yaml

from .model import Article, Block, Diagnostic, Kind, Level
from .text import split_sentences

_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+")
_ID = re.compile(r"^[a-z][a-z0-9-]*$")

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


class ThemeConfigError(Exception):
    """themes.yml cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Theme:
    id: str
    title: str
    description: str
    keywords: tuple[str, ...]

    @property
    def url(self) -> str:
        return f"themes/{self.id}/"


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    return simplemma.lemmatize(word, lang="fr").lower()


def tokens(text: str) -> list[tuple[str, str]]:
    """(surface, lemma) pairs, lower-cased; elided articles (l’, d’) fall off."""
    out = []
    for match in _TOKEN.finditer(text):
        word = match.group().lower()
        if len(word) > 1 or word.isdigit():
            out.append((word, lemma(word)))
    return out


def load_themes(path: Path, rel: str) -> list[Theme]:
    if not path.is_file():
        raise ThemeConfigError(f"{rel}: the theme file is missing; it defines the site's themes")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise ThemeConfigError(f"{rel}{where}: invalid YAML: {exc}") from exc
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
        if entry["id"] in {t.id for t in themes}:
            raise ThemeConfigError(f"{where}: duplicate theme id '{entry['id']}'")
        themes.append(
            Theme(entry["id"], entry["title"].strip(), " ".join(entry["description"].split()), tuple(keywords))
        )
    return themes


@dataclass
class Matcher:
    """All keywords of all themes, indexed by their first word, for one pass over a text."""

    themes: list[Theme]
    index: dict[str, list[tuple[tuple[frozenset[str], ...], str]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        index: dict[str, list[tuple[tuple[frozenset[str], ...], str]]] = defaultdict(list)
        for theme in self.themes:
            for keyword in theme.keywords:
                seq = tuple(frozenset({surface, lem}) for surface, lem in tokens(keyword))
                if not seq:
                    continue
                for form in seq[0]:
                    index[form].append((seq, theme.id))
        for candidates in index.values():
            candidates.sort(key=lambda c: -len(c[0]))  # longest phrase first
        self.index = dict(index)

    def count(self, text: str) -> Counter[str]:
        """Keyword hits per theme id in ``text`` (each word counts once)."""
        toks = tokens(text)
        hits: Counter[str] = Counter()
        i = 0
        while i < len(toks):
            surface, lem = toks[i]
            candidates = (
                self.index.get(surface, []) + self.index.get(lem, []) if surface != lem else self.index.get(surface, [])
            )
            step = 1
            for seq, theme_id in sorted(candidates, key=lambda c: -len(c[0])):
                window = toks[i : i + len(seq)]
                if len(window) == len(seq) and all(
                    s in forms or lm in forms for (s, lm), forms in zip(window, seq, strict=True)
                ):
                    hits[theme_id] += 1
                    step = len(seq)
                    break
            i += step
        return hits


def classify(article: Article, matcher: Matcher) -> None:
    """Score every block, then decide the article's themes (unless front matter set them)."""
    section: set[str] = set()
    previous: set[str] = set()  # themes of the previous passage in the same section
    for block in article.blocks:
        if block.kind is Kind.HEADING:
            section = set(matcher.count(block.text))
            block.scores, block.themes, previous = {}, [], set()
            continue
        if block.role in ("about", "note"):
            block.scores, block.themes = {}, []
            continue
        hits = matcher.count(block.plain)
        # Context lends a point: the section heading, or the passage just before
        # (a quotation or list that follows a paragraph on the same theme).
        block.scores = {t: n + (1 if t in section or t in previous else 0) for t, n in hits.items()}
        words = len(block.plain.split())
        block.themes = [
            t.id
            for t in matcher.themes
            if hits.get(t.id, 0) >= 1
            and block.scores[t.id] >= PASSAGE_MIN_SCORE + (1 if words > LONG_PASSAGE_WORDS else 0)
        ]
        previous = set(block.themes)
    if article.themes:
        return  # set by front matter
    total = article.words or 1
    for theme in matcher.themes:
        passages = [b for b in article.blocks if theme.id in b.themes]
        share = sum(len(b.plain.split()) for b in passages) / total
        if (
            share >= ARTICLE_MIN_SHARE
            or len(passages) >= ARTICLE_MIN_PASSAGES
            or (len(passages) == 2 and share >= ARTICLE_MIN_SHARE_TWO_PASSAGES)
        ):
            article.themes.append(theme.id)


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


def passages(article: Article, theme_id: str) -> list[Block]:
    return [b for b in article.blocks if theme_id in b.themes]


def key_sentences(block: Block, matcher: Matcher, theme_id: str, limit: int = 2) -> list[str]:
    """The sentences of a passage that carry most of the theme, in reading order."""
    sentences = [text for _, text in block.items] if block.kind is Kind.LIST else split_sentences(block.text)
    scored = [(matcher.count(s).get(theme_id, 0), i, s) for i, s in enumerate(sentences)]
    best = sorted((x for x in scored if x[0] > 0), key=lambda x: (-x[0], x[1]))[:limit]
    if not best:
        best = scored[:1]
    return [s for _, _, s in sorted(best, key=lambda x: x[1])]
