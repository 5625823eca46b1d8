"""Actors of the dossier (``sources/actors.yml``): loading, one-pass matching, unknown names.

An actor is an organisation, a person, an AI model, a product or a country or
region the articles talk about. The curated list gives each one a kind,
aliases, an optional parent (Llama -> Meta), exclusion phrases and a short
French description.

Matching is case-sensitive (actors are proper nouns: "Chine" is the country,
"chine" a verb; "Meta" never matches "métadonnées" or "meta-analyse"),
tolerant of missing accents ("Etats-Unis") and of French elision (l'OpenAI,
d’Anthropic: the apostrophe is not a word character). Hyphens belong to words,
so "Meta" is not found in "Meta-analyse" nor "DeepSeek" in an unlisted
"DeepSeek-R2". All names, aliases and exclusion phrases are compiled into one
regular expression shaped as a character trie, longest form first, so a text
is scanned once whatever the size of the list ("Google DeepMind" wins over
"Google", "Mark Zuckerberg" over "Zuckerberg").

Disambiguation is by exclusion phrases: an ``exclude`` phrase is a longer form
that maps to no actor, so it wins over the name it contains ("Air Canada" is
not the country, "Frédéric Mistral" not the company). The lower-case wind
"mistral" is already left out by case sensitivity; a capitalised "Mistral" at
the start of a sentence about the wind cannot be told apart and is taken for
Mistral AI.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from .model import Diagnostic, Level
from .text import slugify, trie_pattern, unaccented

KINDS = ("organisation", "personne", "modèle", "produit", "pays", "région")
ENTRY_KEYS = ("name", "kind", "aliases", "exclude", "description", "parent")
TOP_KEYS = ("actors", "ignore")
MAX_FORM_LENGTH = 120  # longer names are certainly a mistake, and would make the trie needlessly deep


class ActorsError(Exception):
    """actors.yml cannot be used; the message starts with ``path:line:`` and names the key at fault."""


@dataclass(frozen=True)
class Actor:
    name: str
    slug: str
    kind: str
    aliases: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()  # phrases containing a form where it is not this actor
    description: str = ""
    parent: str | None = None  # name of the actor this one belongs to
    line: int = 0

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass
class Actors:
    actors: list[Actor] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)  # capitalised words that are not actors
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def by_name(self) -> dict[str, Actor]:
        return {a.name: a for a in self.actors}

    def by_slug(self) -> dict[str, Actor]:
        return {a.slug: a for a in self.actors}


# --- loading ----------------------------------------------------------------------------------------------------


class _Mapping(dict[object, object]):
    """A YAML mapping that remembers its line and the line of each key."""

    line: int = 0
    key_lines: dict[object, int]


class _Sequence(list[object]):
    """A YAML sequence that remembers the line of each item."""

    lines: list[int]


class _LineLoader(yaml.SafeLoader):
    """Safe YAML loading that records lines, so errors can name them."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> _Mapping:
    mapping = _Mapping(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        mapping.key_lines.setdefault(key, key_node.start_mark.line + 1)
    return mapping


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> _Sequence:
    items = _Sequence(loader.construct_sequence(node, deep=True))
    items.lines = [child.start_mark.line + 1 for child in node.value]
    return items


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def _normal(form: str) -> str:
    """One space between words and one kind of apostrophe: the shape of a form in the lookup."""
    return " ".join(form.replace("\u2019", "'").split())


def _unaccented(form: str) -> str:
    return unicodedata.normalize("NFC", unaccented(form))


def _key(form: str) -> str:
    """Identity of a form for duplicate detection: case kept (matching is case-sensitive), accents dropped."""
    return _unaccented(_normal(form))


@functools.lru_cache(maxsize=1 << 16)
def _folded_key(form: str) -> str:
    """:func:`_key` without case, memoised: the names of a corpus recur from article to article."""
    return _key(form).casefold()


def _parse(text: str, rel: str) -> object:
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise ActorsError(f"{rel}:{line}: invalid YAML: {getattr(exc, 'problem', None) or exc}") from exc


def _line_of(mapping: object, key: str) -> int:
    if isinstance(mapping, _Mapping):
        return mapping.key_lines.get(key, mapping.line)
    return 1


def _texts(raw: _Mapping, key: str, where: str) -> list[str]:
    value = raw.get(key, [])
    if value is None:
        value = []
    if not isinstance(value, list):
        raise ActorsError(f"{where}: '{key}' must be a list of names, e.g. {key}: [Nom 1, Nom 2]")
    lines = getattr(value, "lines", [])
    for index, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            at = f"{where.rsplit(':', 1)[0]}:{lines[index]}" if index < len(lines) else where
            raise ActorsError(f"{at}: '{key}' must be a list of names; item {index + 1} is {item!r}")
    out = [_normal(v) for v in value]
    for form in out:
        if len(form) > MAX_FORM_LENGTH:
            raise ActorsError(f"{where}: '{key}' has a name longer than {MAX_FORM_LENGTH} characters")
    return out


def _entry(raw: object, line: int, rel: str) -> tuple[str, str, list[str], list[str], str, str | None, int]:
    """Validate one entry; return (name, kind, aliases, exclude, description, parent, line)."""
    if not isinstance(raw, _Mapping):
        raise ActorsError(f"{rel}:{line}: each actor is a mapping with name, kind, aliases, description")
    unknown = sorted(str(k) for k in raw if k not in ENTRY_KEYS)
    if unknown:
        at = _line_of(raw, next(k for k in raw if str(k) == unknown[0]))
        raise ActorsError(f"{rel}:{at}: unknown key(s) {', '.join(unknown)} (known: {', '.join(ENTRY_KEYS)})")
    for key in ("name", "kind"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise ActorsError(f"{rel}:{_line_of(raw, key)}: '{key}' must be a non-empty text")
    name = _normal(raw["name"])
    if len(name) > MAX_FORM_LENGTH:
        raise ActorsError(f"{rel}:{_line_of(raw, 'name')}: 'name' is longer than {MAX_FORM_LENGTH} characters")
    kind = raw["kind"].strip()
    if kind not in KINDS:
        raise ActorsError(f"{rel}:{_line_of(raw, 'kind')}: 'kind' must be one of {', '.join(KINDS)}, not {kind!r}")
    for key in ("description", "parent"):
        if raw.get(key) is not None and not isinstance(raw[key], str):
            raise ActorsError(f"{rel}:{_line_of(raw, key)}: '{key}' must be a text")
    aliases = _texts(raw, "aliases", f"{rel}:{_line_of(raw, 'aliases')}")
    exclude = _texts(raw, "exclude", f"{rel}:{_line_of(raw, 'exclude')}")
    description = " ".join((raw.get("description") or "").split())
    parent = _normal(raw["parent"]) if raw.get("parent") else None
    return name, kind, aliases, exclude, description, parent, raw.line


def load_actors(path: Path, rel: str) -> Actors:
    """Read and validate the actor list; structural problems raise ActorsError, the rest become diagnostics.

    Duplicated names or aliases across two actors are warnings naming both lines;
    the second occurrence is ignored (the whole actor when its name is taken).
    """
    if not path.is_file():
        return Actors(diagnostics=[Diagnostic(Level.INFO, rel, "no actor list; no actor is detected")])
    raw_bytes = path.read_bytes()
    try:
        text = raw_bytes.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw_bytes[: exc.start].count(b"\n") + 1
        raise ActorsError(f"{rel}:{line}: not UTF-8 text; save the file as UTF-8") from exc
    data = _parse(text, rel)
    if not isinstance(data, _Mapping) or not isinstance(data.get("actors"), list):
        line = _line_of(data, "actors")
        raise ActorsError(f"{rel}:{line}: 'actors' must be a list of entries (name, kind, aliases, description)")
    unknown_top = sorted(str(k) for k in data if k not in TOP_KEYS)
    if unknown_top:
        at = _line_of(data, next(k for k in data if str(k) == unknown_top[0]))
        raise ActorsError(f"{rel}:{at}: unknown top-level key(s) {', '.join(unknown_top)} (known: actors, ignore)")
    ignore = _texts(data, "ignore", f"{rel}:{_line_of(data, 'ignore')}")
    entries = data["actors"]
    lines = getattr(entries, "lines", [])
    actors = Actors(ignore=ignore)
    seen: dict[str, tuple[str, Actor]] = {}  # form key -> (form as written, actor)
    slugs: set[str] = set()
    for index, raw in enumerate(entries):
        line = lines[index] if index < len(lines) else data.line
        name, kind, aliases, exclude, description, parent, line = _entry(raw, line, rel)
        taken = seen.get(_key(name))
        if taken is not None:
            actors.diagnostics.append(_duplicate(rel, name, name, line, taken))
            continue
        slug = _unique_slug(name, slugs)
        actor = Actor(name, slug, kind, (), tuple(exclude), description, parent, line)
        kept = []
        for form in [name, *aliases]:
            key = _key(form)
            taken = seen.get(key)
            if taken is not None and taken[1].name != name:
                actors.diagnostics.append(_duplicate(rel, form, name, line, taken))
                continue
            if taken is None:
                seen[key] = (form, actor)
                if form != name:
                    kept.append(form)
        actors.actors.append(replace(actor, aliases=tuple(kept)))
    actors.actors = _check_references(actors, seen, rel)
    return actors


def _unique_slug(name: str, slugs: set[str]) -> str:
    base = slugify(name) or "acteur"
    slug, n = base, 2
    while slug in slugs:
        slug, n = f"{base}-{n}", n + 1
    slugs.add(slug)
    return slug


def _duplicate(rel: str, form: str, name: str, line: int, taken: tuple[str, Actor]) -> Diagnostic:
    other_form, other = taken
    return Diagnostic(
        Level.WARNING,
        rel,
        f"'{form}' of actor '{name}' (line {line}) duplicates '{other_form}' of actor '{other.name}' "
        f"at line {other.line}; the second is ignored: keep it in one entry only",
        line,
    )


def _check_references(actors: Actors, seen: dict[str, tuple[str, Actor]], rel: str) -> list[Actor]:
    """Drop (with a warning) parents that name no actor or make a cycle, and exclusions that are names."""
    names = {a.name for a in actors.actors}
    parents = {a.name: a.parent for a in actors.actors}
    out = []
    for actor in actors.actors:
        parent = actor.parent
        if parent is not None and parent not in names:
            actors.diagnostics.append(
                Diagnostic(Level.WARNING, rel, f"parent '{parent}' of '{actor.name}' is not an actor", actor.line)
            )
            parent = None
        elif parent is not None and _in_cycle(actor.name, parents):
            actors.diagnostics.append(
                Diagnostic(Level.WARNING, rel, f"parent '{parent}' of '{actor.name}' makes a cycle", actor.line)
            )
            parent = None
        parents[actor.name] = parent
        exclude = []
        for phrase in actor.exclude:
            if _key(phrase) in seen:
                actors.diagnostics.append(
                    Diagnostic(
                        Level.WARNING,
                        rel,
                        f"exclude '{phrase}' of '{actor.name}' is a name of '{seen[_key(phrase)][1].name}'; ignored",
                        actor.line,
                    )
                )
            else:
                exclude.append(phrase)
        out.append(replace(actor, parent=parent, exclude=tuple(exclude)))
    return out


def _in_cycle(name: str, parents: dict[str, str | None]) -> bool:
    current = parents.get(name)
    for _ in range(len(parents)):
        if current is None:
            return False
        if current == name:
            return True
        current = parents.get(current)
    return True


# --- matching ---------------------------------------------------------------------------------------------------


class ActorMatcher:
    """One compiled pattern for every actor; ``find`` yields (start, end, actor) in text order."""

    def __init__(self, actors: Actors) -> None:
        self.actors = actors
        self.lookup: dict[str, Actor | None] = {}  # normal form -> actor, None for exclusion phrases
        self._by_name = actors.by_name()
        self.skipped: set[str] | None = None  # names never listed for review (unknown_names), once known
        exact = [(_normal(form), actor) for actor in actors.actors for form in actor.forms]
        for form, actor in exact:
            self.lookup.setdefault(form, actor)
        for form, actor in exact:  # names typed without accents, after every exact form
            self.lookup.setdefault(_unaccented(form), actor)
        for actor in actors.actors:
            for phrase in actor.exclude:
                for variant in (_normal(phrase), _unaccented(_normal(phrase))):
                    self.lookup.setdefault(variant, None)
        self.pattern: re.Pattern[str] | None = None
        if self.lookup:
            # Hyphens are part of words (nothing of them before a name: the guard after its first character);
            # "Llama 3" is not the start of "Llama 3.1".
            forms = trie_pattern(self.lookup, guard=r"(?<![\w-].)")
            self.pattern = re.compile(rf"(?:{forms})(?![\w-]|\.\d)")

    def find(self, text: str) -> Iterator[tuple[int, int, Actor]]:
        if self.pattern is None:
            return
        for match in self.pattern.finditer(text):
            actor = self.lookup.get(_normal(match.group()))
            if actor is not None:
                yield match.start(), match.end(), actor

    def mentions(self, text: str) -> Counter[str]:
        """How many times each actor (by name) is mentioned."""
        return Counter(actor.name for _, _, actor in self.find(text))

    def root(self, actor: Actor) -> Actor:
        """The top of the actor's parent chain (Behemoth -> Llama 4 -> Llama -> Meta)."""
        current = actor
        for _ in range(len(self._by_name)):
            parent = self._by_name.get(current.parent) if current.parent else None
            if parent is None:
                return current
            current = parent
        return current


# --- names not in the list ----------------------------------------------------------------------------------------

_UPPER = "A-ZÀ-ÖØ-Þ"
_NAME_TOKEN = r"(?:[\w&]|[.\-](?=\w))*"
# A capitalised word followed by more capitalised words or numbers ("Global Entrepreneurship Monitor", "Vision 2030").
# The capital comes first, then the look back at the character before it: a pattern that starts with a set of
# characters lets the regular-expression engine skip to the next capital instead of trying every position.
_CAPITALISED = re.compile(
    rf"[{_UPPER}](?<![\w&.\-].){_NAME_TOKEN}(?:[ \u00a0][{_UPPER}0-9]{_NAME_TOKEN})*",
)
_LOWER_WORD = re.compile(r"(?<![\w-])[^\W\d_A-ZÀ-ÖØ-Þ][^\W\d_]*")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_HEADING_MAX = 120  # a title-case heading is a short line
# French words that open sentences; capitalised there, they are never the start of a name ("Selon Paul Martin").
_OPENERS = set(
    "à afin ainsi alors après au aussi aux avant avec c ce cela ces cet cette chez comme comment contrairement d dans "
    "de depuis des donc dès du elle en entre et face grâce il ils l la le les leur leurs lorsque mais malgré ni notre "
    "nous on or ou où outre par parmi pendant plus pour pourquoi puis quand que quel quelle qui s sa sans se selon ses "
    "si son sous suite sur tandis tous tout toute un une vers voici voilà vous".split()
)
_SKIPPED_BEFORE = " \t\u00a0\u202f«“\"‘'’([-–—•*"
_SENTENCE_MARKS = ".!?…:\n"
_MASK = "\x00"


def _sentence_initial(text: str, start: int) -> bool:
    """True when only spaces, quotes or bullets separate ``start`` from a sentence end or the text start."""
    i = start - 1
    stop = max(0, start - 20)
    while i >= stop and text[i] in _SKIPPED_BEFORE:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_MARKS


def unknown_names(text: str, matcher: ActorMatcher, ignore: list[str] | None = None) -> Counter[str]:
    """Capitalised names in ``text`` that are not actors of the list, with their counts, for review.

    Left out: known actors (and exclusion phrases), a single capitalised word at
    the start of a sentence ("Cependant"), a word that also occurs in lower case
    in the same text ("Superintelligence" next to "superintelligence"), lines
    that are title-case headings, a part of a listed person's name ("Hervé" for
    "Hervé Legenvre"), and the names of ``ignore`` (by default the list's
    ``ignore`` key), compared without case or accents. A multi-word name at the
    start of a sentence loses its first word when that word is an ordinary one
    ("Selon Marc Andreessen").
    Linear in the size of the text: four regular-expression passes.
    """
    skipped = _skipped(matcher, ignore)
    lower = set(_LOWER_WORD.findall(text))
    masked = _masked(text, matcher)
    counts: Counter[str] = Counter()
    for match in _CAPITALISED.finditer(masked):
        words = match.group().split()
        if _sentence_initial(masked, match.start()):
            if len(words) == 1:
                continue
            if words[0].lower() in lower or words[0].lower() in _OPENERS:
                words = words[1:]
        while words and not words[0][0].isalpha():
            words = words[1:]
        if not words or all(w.lower() in lower for w in words):
            continue
        name = " ".join(words)
        if _folded_key(name) in skipped or all(_folded_key(w) in skipped for w in words):
            continue
        counts[name] += 1
    return counts


def _skipped(matcher: ActorMatcher, ignore: list[str] | None) -> set[str]:
    """Folded names never listed for review: ``ignore`` (default: the list's) and parts of people's names."""
    if ignore is None and matcher.skipped is not None:
        return matcher.skipped
    skipped = {_key(name).casefold() for name in (matcher.actors.ignore if ignore is None else ignore)}
    # Parts of a person's full name ("Hervé" for "Hervé Legenvre") are short references to a known actor.
    skipped |= {
        _key(word).casefold()
        for actor in matcher.actors.actors
        if actor.kind == "personne"
        for form in actor.forms
        if " " in form
        for word in form.split()
    }
    if ignore is None:
        matcher.skipped = skipped  # the same for every text: computed once per list
    return skipped


def _masked(text: str, matcher: ActorMatcher) -> str:
    """The text with known actors (and exclusion phrases) and title-case headings blanked out, same length."""
    pieces, last = [], 0
    if matcher.pattern is not None:
        for match in matcher.pattern.finditer(text):
            pieces += [text[last : match.start()], _MASK * (match.end() - match.start())]
            last = match.end()
    masked = "".join([*pieces, text[last:]])
    out, offset = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if _is_title_case_heading(body):
            out.append(_MASK * len(body) + line[len(body) :])
        else:
            out.append(masked[offset : offset + len(line)])
        offset += len(line)
    return "".join(out)


def _is_title_case_heading(line: str) -> bool:
    """A short line, no final full stop nor leading dash, where at least half the longer words are capitalised.

    Such headings ("Quel Impact pour les Startups ?") capitalise ordinary words,
    which are not names.
    """
    line = line.strip()
    if not line or len(line) > _HEADING_MAX or line.endswith((".", "…", ";", ",")) or line[0] in "–—-•":
        # Lines starting with a dash are list items or quotation attributions ("– Jean Dupont, analyste").
        return False
    words = _LONG_WORD.findall(line)
    return len(words) >= 2 and 2 * sum(w[0].isupper() for w in words) >= len(words)
