"""The curated glossary (``sources/glossary.yml``): loading, matching, occurrences.

All terms and aliases are compiled into one regular expression, longest form
first, so a text is scanned once whatever the number of terms. Matching is
case-insensitive except for acronyms, accent-tolerant, accepts a final plural
``s``/``x`` and French elision (l’AGI, d’OSS).
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import simplemma
import yaml

from .model import Article, Diagnostic, Kind, Level, replace_run
from .text import NOT_FOLDED, slugify, trie_pattern, unaccented, words

LINK_POLICIES = ("first-per-section", "first-per-page", "all")
ENTRY_KEYS = ("term", "definition", "aliases", "see_also", "exclude", "link")


class GlossaryError(Exception):
    """glossary.yml cannot be used; the message names the file, line and key."""


@dataclass
class Entry:
    term: str
    slug: str
    definition: str
    aliases: list[str] = field(default_factory=list)
    see_also: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)  # phrases in which the term is not linked
    link: str | None = None  # overrides the glossary's policy for this entry
    line: int = 0

    @property
    def forms(self) -> list[str]:
        return [self.term, *self.aliases]


@dataclass
class Glossary:
    entries: list[Entry]
    link: str = "first-per-section"
    no_definition_needed: list[str] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def by_slug(self) -> dict[str, Entry]:
        return {e.slug: e for e in self.entries}


class _LineLoader(yaml.SafeLoader):
    """Records the line of every mapping, so problems can name it."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, object]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _fold(text: str) -> str:
    """Lookup key: no accents, no case, one kind of apostrophe."""
    return unaccented(text.replace("\u2019", "'")).casefold()


def load_glossary(path: Path, rel: str) -> Glossary:
    if not path.is_file():
        return Glossary([], diagnostics=[Diagnostic(Level.INFO, rel, "no glossary file; no term is linked")])
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise GlossaryError(f"{rel}{where}: invalid YAML: {getattr(exc, 'problem', exc)}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("terms"), list):
        raise GlossaryError(f"{rel}: expected a 'terms:' list of entries")
    unknown_top = sorted(set(data) - {"link", "no_definition_needed", "terms", "__line__"})
    if unknown_top:
        raise GlossaryError(
            f"{rel}: unknown top-level key(s) {', '.join(unknown_top)} (known: link, no_definition_needed, terms)"
        )
    link = data.get("link", "first-per-section")
    if link not in LINK_POLICIES:
        raise GlossaryError(f"{rel}: 'link' must be one of {', '.join(LINK_POLICIES)}, not {link!r}")
    skip = data.get("no_definition_needed", [])
    if not isinstance(skip, list) or not all(isinstance(v, str) for v in skip):
        raise GlossaryError(f"{rel}: 'no_definition_needed' must be a list of names")
    glossary = Glossary([], link=str(link), no_definition_needed=skip)
    seen: dict[str, Entry] = {}
    slugs: set[str] = set()
    for raw in data["terms"]:
        line = raw.get("__line__", 0) if isinstance(raw, dict) else 0
        where = f"{rel}:{line}"
        if not isinstance(raw, dict):
            raise GlossaryError(f"{where}: each entry is a mapping with term, definition, aliases, see_also")
        unknown = sorted(set(raw) - {*ENTRY_KEYS, "__line__"})
        if unknown:
            raise GlossaryError(f"{where}: unknown key(s) {', '.join(unknown)} (known: {', '.join(ENTRY_KEYS)})")
        for key in ("term", "definition"):
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                raise GlossaryError(f"{where}: '{key}' must be a non-empty text")
        for key in ("aliases", "see_also", "exclude"):
            value = raw.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise GlossaryError(f"{where}: '{key}' must be a list of texts")
        if raw.get("link") is not None and raw["link"] not in LINK_POLICIES:
            raise GlossaryError(f"{where}: 'link' must be one of {', '.join(LINK_POLICIES)}, not {raw['link']!r}")
        term = " ".join(raw["term"].split())
        slug, n = slugify(term) or "terme", 2
        while slug in slugs:
            slug, n = f"{slugify(term)}-{n}", n + 1
        slugs.add(slug)
        entry = Entry(
            term=term,
            slug=slug,
            definition=" ".join(raw["definition"].split()),
            aliases=[" ".join(a.split()) for a in raw.get("aliases", [])],
            see_also=[" ".join(s.split()) for s in raw.get("see_also", [])],
            exclude=[" ".join(s.split()) for s in raw.get("exclude", [])],
            link=raw.get("link"),
            line=line,
        )
        kept_aliases = []
        for form in entry.forms:
            key = _fold(form)
            other = seen.get(key)
            if other is not None and other is not entry:
                glossary.diagnostics.append(
                    Diagnostic(
                        Level.WARNING,
                        rel,
                        f"'{form}' ({entry.term}) duplicates '{form}' of entry '{other.term}' at line {other.line}; "
                        "the second is ignored: keep it in one entry only",
                        line,
                    )
                )
                continue
            seen[key] = entry
            if form != entry.term:
                kept_aliases.append(form)
        entry.aliases = kept_aliases
        glossary.entries.append(entry)
    terms = {e.term for e in glossary.entries}
    for entry in glossary.entries:
        missing = [s for s in entry.see_also if s not in terms]
        for name in missing:
            glossary.diagnostics.append(
                Diagnostic(
                    Level.WARNING, rel, f"see_also '{name}' of '{entry.term}' is not a term of the glossary", entry.line
                )
            )
        entry.see_also = [s for s in entry.see_also if s in terms]
    glossary.entries.sort(key=lambda e: _fold(e.term))
    return glossary


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(form) <= 6 and len(letters) >= 2 and sum(c.isupper() for c in letters) >= len(letters) - 1


def _variants(form: str) -> set[str]:
    """The form, without accents, and with its first word pluralised for phrases."""
    out = {
        form,
        unicodedata.normalize("NFC", unaccented(form)),
    }
    head, sep, rest = form.partition(" ")
    if sep and not _is_acronym(head) and head[-1:].isalpha() and head[-1:] not in "sx":
        out |= {f"{head}s{sep}{rest}"}
    return out


def _normal(form: str) -> str:
    """One space between words and one kind of apostrophe: the shape stored in the trie."""
    return " ".join(form.replace("\u2019", "'").split())


@dataclass
class Linker:
    """One compiled pattern for all terms; ``find`` yields (start, end, entry).

    The pattern is a trie of every form, matched case-insensitively; acronyms
    ("AGI", "OSS") are then checked against their exact spelling, so "agi" in a
    word is never taken for the term. An entry's ``exclude`` phrases are forms
    that map to no entry: being longer, they win over the term they contain, so
    the term is not linked there ("effet d'entraînement" does not link
    "entraînement").
    """

    glossary: Glossary
    pattern: re.Pattern[str] | None = None
    lookup: dict[str, Entry | None] = field(default_factory=dict)
    exact: dict[str, set[str]] = field(default_factory=dict)  # folded acronym -> its spellings
    _memo: dict[str, Entry | None] = field(default_factory=dict, repr=False)  # matched text -> entry
    # ``pattern`` without case-insensitivity, for lower-cased texts (see text.NOT_FOLDED): twice as fast (the engine
    # compares the characters of a case-insensitive pattern one costly way, a case-sensitive one's quickly).
    _lowered: re.Pattern[str] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        forms: set[str] = set()
        free: set[str] = set()  # keys that some non-acronym form spells ("Llama" next to "LLaMA")
        for entry in self.glossary.entries:
            for names, target in ((entry.forms, entry), (entry.exclude, None)):
                for name in names:
                    for variant in _variants(name):
                        variant = _normal(variant)
                        key = _fold(variant)
                        if target is None or key not in self.lookup:
                            self.lookup[key] = target
                        if target is not None and _is_acronym(variant):
                            self.exact.setdefault(key, set()).add(variant)
                        else:
                            free.add(key)
                        forms.add(variant)
        for key in free:
            self.exact.pop(key, None)
        if not forms:
            return
        # Word boundaries that treat hyphens as part of words; plural s/x allowed.
        lowered = {form.lower() for form in forms}
        source = rf"(?<![\w-])(?:{trie_pattern(lowered)})(?:s|x)?(?![\w-])"
        self.pattern = re.compile(source, re.IGNORECASE)
        if not any(NOT_FOLDED.search(form) for form in lowered):
            self._lowered = re.compile(source)

    def entry_for(self, matched: str) -> Entry | None:
        """The entry a matched text stands for (memoised: a corpus spells its terms a few ways)."""
        try:
            return self._memo[matched]
        except KeyError:
            entry = self._memo[matched] = self._entry_for(matched)
            return entry

    def _entry_for(self, matched: str) -> Entry | None:
        text = _normal(matched)
        for candidate in (text, text[:-1]) if text[-1:] in "sxSX" else (text,):
            key = _fold(candidate)
            if key in self.lookup:
                spellings = self.exact.get(key)
                if spellings is not None and candidate not in spellings:
                    continue
                return self.lookup[key]
        return None

    def find(self, text: str) -> Iterator[tuple[int, int, Entry]]:
        if self.pattern is None:
            return
        if self._lowered is not None and not NOT_FOLDED.search(text):
            matches = self._lowered.finditer(text.lower())  # the same spans as ``pattern``'s, found faster
        else:
            matches = self.pattern.finditer(text)
        for match in matches:
            start, end = match.span()
            entry = self.entry_for(text[start:end])
            if entry is not None:
                yield start, end, entry


class Occurrence(NamedTuple):
    article: str
    anchor: str


@dataclass
class TermData:
    """What the corpus says about one entry: where it appears, with what."""

    occurrences: list[Occurrence] = field(default_factory=list)
    themes: Counter[str] = field(default_factory=Counter)
    related: Counter[str] = field(default_factory=Counter)
    inline_definitions: list[tuple[str, str, str]] = field(default_factory=list)  # (text, article, anchor)


# "expansion (ACR)": found from the parenthesis, then the expansion is read backwards
# (a forward pattern would try an 80-character expansion at every position of the text).
_ACRONYM_IN_PARENS = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z0-9\-]{1,11})\)")
_EXPANSION_CHAR = re.compile(r"[\w’'\- ]")
_INLINE_BEFORE = re.compile(r"\b(?P<acr>[A-Z][A-Za-z0-9\-]{1,11})\s*\((?P<exp>[A-Z][\w’'\- ]{3,80}?)\)")
_STOP = {
    "le",
    "la",
    "les",
    "l",
    "un",
    "une",
    "des",
    "de",
    "du",
    "d",
    "au",
    "aux",
    "en",
    "et",
    "par",
    "sur",
    "son",
    "sa",
    "ses",
}


def _trim_expansion(expansion: str, acronym: str) -> str | None:
    tokens = expansion.replace("’", "' ").replace("'", "' ").split()
    kept: list[str] = []
    for token in reversed(tokens):
        if token.strip("'").lower() in _STOP or len(kept) >= max(6, len(acronym) + 2):
            break
        kept.insert(0, token)
    text = " ".join(kept).replace("' ", "'")
    return text if len(words(text)) >= 2 else None


def inline_definitions(text: str) -> list[tuple[str, str]]:
    """'intelligence artificielle générale (AGI)' -> [('AGI', 'intelligence artificielle générale')]."""
    found: list[tuple[str, str]] = []
    if "(" not in text:
        return found
    for match in _INLINE_BEFORE.finditer(text):
        capitals = "".join(c for c in match.group("exp") if c.isupper())
        letters = "".join(c for c in match.group("acr") if c.isupper())
        if len(words(match.group("exp"))) >= 2 and letters and _subsequence(letters, capitals):
            found.append((match.group("acr"), match.group("exp").strip()))
    previous_end = 0
    for match in _ACRONYM_IN_PARENS.finditer(text):
        acronym = match.group("acr")
        end = match.start()  # the expansion ends where the spaces before "(" begin
        start = end
        while start > max(previous_end, end - 80) and _EXPANSION_CHAR.match(text, start - 1):
            start -= 1
        if end - start < 3:
            continue
        previous_end = match.end()
        if sum(c.isupper() for c in acronym) < 2 or any(acronym == a for a, _ in found):
            continue
        expansion = _trim_expansion(text[start:end], acronym)
        if expansion:
            found.append((acronym, expansion))
    return found


def _subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return all(ch in it for ch in needle)


def scan(article: Article, linker: Linker) -> None:
    """Find every term in every segment of every block, once (``Block.terms``)."""
    for block in article.blocks:
        block.terms = [
            (i, start, end, entry.slug)
            for i, segment in enumerate(block.segments())
            for start, end, entry in linker.find(segment)
            if not (block.marks and block.opaque(i, start, end))  # never inside a Markdown link or code
        ]


@dataclass
class ArticleTerms:
    """One article's share of the glossary data, in plain builtins (cheap to keep and to pass between processes).

    ``blocks`` holds, for each passage with terms, its anchor, the slugs of
    the terms it contains and its themes; ``definitions`` the inline
    definitions found, as (text, slug, anchor).
    """

    article: str
    blocks: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)
    definitions: list[tuple[str, str, str]] = field(default_factory=list)


def article_terms(article: Article, linker: Linker) -> ArticleTerms:
    """Where the article uses each term (needs :func:`scan`). Author biographies and headings do not count."""
    found = ArticleTerms(article.id)
    for block in article.blocks:
        if block.kind is Kind.HEADING or block.role == "about":
            continue
        present = tuple(sorted({slug for _, _, _, slug in block.terms}))
        if present:
            found.blocks.append((block.anchor, present, tuple(block.themes or article.themes)))
        for acronym, expansion in inline_definitions(block.plain):
            entry = linker.entry_for(acronym)
            if entry is not None:
                found.definitions.append((f"{expansion} ({acronym})", entry.slug, block.anchor))
    return found


def merge(parts: list[ArticleTerms]) -> dict[str, TermData]:
    """Occurrences, themes, companions and inline definitions per entry slug, from each article's (in order)."""
    occurrences: dict[str, list[Occurrence]] = defaultdict(list)
    themes: dict[str, dict[str, int]] = defaultdict(dict)
    related: dict[str, dict[str, int]] = defaultdict(dict)
    definitions: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for part in parts:
        for anchor, present, block_themes in part.blocks:
            for slug in present:
                occurrences[slug].append(Occurrence(part.article, anchor))
                counts = themes[slug]
                for theme in block_themes:
                    counts[theme] = counts.get(theme, 0) + 1
                if len(present) > 1:
                    companions = related[slug]
                    for other in present:
                        if other != slug:
                            companions[other] = companions.get(other, 0) + 1
        for text, slug, anchor in part.definitions:
            definitions[slug].append((text, part.article, anchor))
    return {
        slug: TermData(
            occurrences[slug], Counter(themes[slug]), Counter(related.get(slug, {})), definitions.get(slug, [])
        )
        for slug in sorted(occurrences.keys() | definitions.keys())
    }


_Share = tuple[list[tuple[str, tuple[str, ...], tuple[str, ...]]], list[tuple[str, str]]]


def _shares(part: ArticleTerms) -> dict[str, _Share]:
    """What one article adds to each entry's data: the passages that use the entry, its inline definitions."""
    shares: dict[str, _Share] = {}
    for block in part.blocks:
        for slug in block[1]:
            shares.setdefault(slug, ([], []))[0].append(block)
    for text, slug, anchor in part.definitions:
        shares.setdefault(slug, ([], []))[1].append((text, anchor))
    return shares


def _replace_share(
    slug: str, data: TermData | None, article: str, before: _Share | None, after: _Share | None
) -> TermData | None:
    """An entry's data with one article's share replaced (None: no article uses the entry any more).

    Occurrences and definitions are in article order (:func:`merge`), so the
    article's run is found by bisection and replaced; the counts are the
    difference. Counters may then list their keys in another order than a new
    merge would: every reader sorts them (or looks one up).
    """
    occurrences = list(data.occurrences) if data is not None else []
    replace_run(occurrences, article, [Occurrence(article, block[0]) for block in (after[0] if after else [])], _FIRST)
    definitions = list(data.inline_definitions) if data is not None else []
    replace_run(
        definitions, article, [(text, article, anchor) for text, anchor in (after[1] if after else [])], _SECOND
    )
    if not occurrences and not definitions:
        return None
    themes: Counter[str] = Counter(data.themes) if data is not None else Counter()
    related: Counter[str] = Counter(data.related) if data is not None else Counter()
    for sign, share in ((-1, before), (1, after)):
        for _, present, block_themes in share[0] if share else []:
            for theme in block_themes:
                themes[theme] += sign
            if len(present) > 1:
                for other in present:
                    if other != slug:
                        related[other] += sign
    return TermData(occurrences, +themes, +related, definitions)


_FIRST = operator.itemgetter(0)
_SECOND = operator.itemgetter(1)


@dataclass(frozen=True)
class TermTotals:
    """:func:`merge`'s result with the parts it was made from, kept by `mkdocs serve` for :func:`merge_again`."""

    parts: list[ArticleTerms]
    terms: dict[str, TermData]


# Beyond this share of articles changed since the last build, merging everything again is as quick.
AGAIN_MAX = 0.1


def merge_again(previous: TermTotals | None, parts: list[ArticleTerms]) -> TermTotals:
    """:func:`merge` of ``parts`` from the last build's totals: the changed articles' shares are replaced.

    Entries that no changed article uses, or uses as before, keep the last
    build's objects. Merged from scratch on a first build, when articles came,
    went or moved, or when many changed.
    """
    if (
        previous is None
        or len(parts) != len(previous.parts)
        or any(old.article != new.article for old, new in zip(previous.parts, parts, strict=True))
    ):
        return TermTotals(list(parts), merge(parts))
    changed = [
        i for i, (old, new) in enumerate(zip(previous.parts, parts, strict=True)) if old is not new and old != new
    ]
    if len(changed) > AGAIN_MAX * len(parts):
        return TermTotals(list(parts), merge(parts))
    terms = dict(previous.terms)
    for position in changed:
        article = parts[position].article
        before, after = _shares(previous.parts[position]), _shares(parts[position])
        for slug in before.keys() | after.keys():
            if before.get(slug) != after.get(slug):
                data = _replace_share(slug, terms.get(slug), article, before.get(slug), after.get(slug))
                if data is None:
                    terms.pop(slug, None)
                else:
                    terms[slug] = data
    if terms.keys() != previous.terms.keys():
        terms = {slug: terms[slug] for slug in sorted(terms)}
    return TermTotals(list(parts), terms)


def analyse(articles: list[Article], linker: Linker) -> dict[str, TermData]:
    """Occurrences, themes, co-occurring terms and inline definitions per entry slug."""
    for article in articles:
        scan(article, linker)
    return merge([article_terms(a, linker) for a in articles])


_ACRONYM = re.compile(r"(?<![\w&])[A-Z](?:[A-Z0-9]|&[A-Z]){1,5}s?(?![\w&])")
_CAPITALISED = re.compile(r"(?<=[a-zà-ÿ0-9,;:] )[A-Z][\w-]+(?:\s+[A-Z0-9][\w.-]*)*")


# Capitalised names inside sentences ("… de Qualcomm", "… selon Mark Zuckerberg"), or acronyms
# anywhere ("NPU"): one pattern, the longer reading first where both start at the same place.
# It is the two above with the capital written first and their look back after it (at the characters
# before the capital): a pattern that starts with a set of characters lets the regular-expression engine
# skip to the next capital instead of trying both readings at every position.
_NAMES = re.compile(
    r"[A-Z](?:(?<=[a-zà-ÿ0-9,;:] .)[\w-]+(?:\s+[A-Z0-9][\w.-]*)*|(?<![\w&].)(?:[A-Z0-9]|&[A-Z]){1,5}s?(?![\w&]))"
)
_COMMON_NAMES = set("meta ia le la les un une ce cette il elle en de des si pour".split())


def names(article: Article) -> tuple[Counter[str], frozenset[str]]:
    """The article's names, in one scan: candidates for the terms-to-define list, and all names.

    Candidates (:func:`missing_terms`) are acronyms and capitalised names that
    are not glossary terms (needs :func:`scan`); a capitalised single word the
    French dictionary knows ("Les", "Selon") is an ordinary word, not a name.
    All names, glossary terms included, lower-cased, are what related articles
    share (:mod:`dossier.related`). Author biographies and headings do not count.
    """
    counts: Counter[str] = Counter()
    found: set[str] = set()
    for block in article.blocks:
        if block.role == "about" or block.kind is Kind.HEADING:
            continue
        terms = block.terms_by_segment()
        for i, text in enumerate(block.segments()):
            linked = terms.get(i, [])
            k = 0  # names and terms both come in text order: one walk over each
            for match in _NAMES.finditer(text):
                name = match.group().strip().rstrip(".-")
                folded = name.casefold()
                if len(folded) > 2 and folded not in _COMMON_NAMES:
                    found.add(folded)
                start = match.start()
                while k < len(linked) and linked[k][1] <= start:
                    k += 1
                if not (k < len(linked) and linked[k][0] <= start):
                    counts[name] += 1
    for name in list(counts):
        if " " not in name and not name.isupper() and simplemma.is_known(name.lower(), lang="fr"):
            del counts[name]
    return counts, frozenset(found)


def name_counts(article: Article) -> Counter[str]:
    """The candidates of :func:`names`."""
    return names(article)[0]


def missing_terms(
    articles: list[Article] | None, linker: Linker, minimum: int = 2, counts: list[Counter[str]] | None = None
) -> list[tuple[str, int]]:
    """Acronyms and capitalised names used at least ``minimum`` times that have no entry yet.

    ``counts`` are the articles' :func:`name_counts` (computed from ``articles``
    when not given). A surname alone counts for the full name seen elsewhere
    ("Zuckerberg" → "Mark Zuckerberg"); names the glossary lists under
    ``no_definition_needed`` are left out.
    """
    if counts is None:
        counts = [name_counts(a) for a in articles or []]
    total: Counter[str] = Counter()
    for part in counts:
        total.update(part)
    skipped = {_fold(name) for name in linker.glossary.no_definition_needed}
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in total:
        if " " in name:
            by_surname[name.rsplit(" ", 1)[1]].append(name)
    merged: Counter[str] = Counter()
    for name, count in total.items():
        full = by_surname.get(name, []) if " " not in name else []
        merged[full[0] if len(full) == 1 else name] += count
    kept = [(n, c) for n, c in merged.items() if c >= minimum and _fold(n) not in skipped]
    return sorted(kept, key=lambda x: (-x[1], _fold(x[0])))


def key_terms(glossary: Glossary, terms: dict[str, TermData], theme_id: str, limit: int = 8) -> list[tuple[Entry, int]]:
    """The entries most used in a theme's passages."""
    ranked = sorted(
        ((entry, terms[entry.slug].themes[theme_id]) for entry in glossary.entries if entry.slug in terms),
        key=lambda x: (-x[1], _fold(x[0].term)),
    )
    return [(entry, n) for entry, n in ranked if n > 0][:limit]
