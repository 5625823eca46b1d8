"""Build the whole corpus from the sources folder.

Two levels of work:

* **per source file** (:func:`analyse_source`): read, clean, classify passages,
  find quotations and glossary terms, render the article body. The result
  depends only on the file's bytes and on the configuration (``themes.yml``,
  ``glossary.yml``), so it is cached (:class:`Cache`) under the file's content
  hash and the configuration's, across the rebuilds of one ``mkdocs serve``
  session: after an edit, only the edited file is analysed again, and an entry
  made with other bytes or another configuration is never used.
  The same analyses are also kept on disk (:class:`Store`, ``.cache/dossier/``),
  under a key that adds the package's own code and the versions of the
  libraries the analysis uses: a second ``mkdocs build`` or a new ``mkdocs
  serve`` analyses only the files that changed since the last build.
* **per corpus** (:func:`build`): slugs, speakers, related articles, glossary
  totals and missing terms, made from the per-file results on every build
  (:class:`Totals`) and never stored. A `mkdocs serve` rebuild passes the reuse
  layer's totals (:class:`dossier.reuse.KeptTotals`), which give the same result.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import importlib.metadata
import logging
import multiprocessing
import os
import pickle
import sys
import tempfile
import threading
import traceback
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import BinaryIO

from . import actors as actors_mod
from . import boilerplate, markdown_article, sources, themes
from . import facts as facts_mod
from . import glossary as glossary_mod
from . import quotes as quotes_mod
from .clean import clean
from .model import Article, Diagnostic, Level
from .related import related
from .render import Section, passages, render_body
from .text import first_words, one_line, quoted, slugify

log = logging.getLogger("mkdocs.hooks.dossier")

RESERVED_SLUGS = {"index", "pages"}
# Part of every cache key: bump it when a change to the analysis changes its results.
ANALYSIS_VERSION = "9"


@dataclass
class Config:
    """themes.yml, glossary.yml and actors.yml, loaded, with a fingerprint of the three files."""

    taxonomy: list[themes.Theme]
    glossary: glossary_mod.Glossary
    linker: glossary_mod.Linker
    key: str
    actors: actors_mod.Actors = field(default_factory=actors_mod.Actors)
    actor_matcher: actors_mod.ActorMatcher = field(default_factory=lambda: actors_mod.ActorMatcher(actors_mod.Actors()))
    subject: tuple[str, ...] = ()  # themes.yml's subject: what an article names to be filed under a theme

    @cached_property
    def matcher(self) -> themes.Matcher:
        """The theme keywords' matcher, made when an article is analysed (it loads the French lemmas).

        A build whose analyses all come from the caches never needs it.
        """
        return themes.Matcher(self.taxonomy, subject_entries=self.subject)

    @cached_property
    def not_people(self) -> frozenset[str]:
        """Names that are not persons: listed actors of other kinds (organisations, models, places) and
        glossary terms. A pronoun never stands for one."""
        actors = (form for a in self.actors.actors if a.kind != "personne" for form in a.forms)
        terms = (form for e in self.glossary.entries for form in (e.term, *e.aliases))
        return frozenset(quotes_mod.speaker_key(form) for form in (*actors, *terms))

    @cached_property
    def entries(self) -> dict[str, glossary_mod.Entry]:
        """Link targets of article text: glossary entries and actors (``linking.ACTOR_PREFIX`` slugs)."""
        return {**{e.slug: e for e in self.glossary.entries}, **facts_mod.actor_entries(self.actors)}


@dataclass
class Analysis:
    """Everything one source file yields on its own."""

    article: Article
    quotes: list[quotes_mod.Quote]
    terms: glossary_mod.ArticleTerms
    names: Counter[str]  # candidate names for the terms-to-define list
    entities: frozenset[str]  # for related articles
    body: list[Section]  # the article's blocks, section by section, terms linked
    facts: facts_mod.ArticleFacts = field(default_factory=lambda: facts_mod.ArticleFacts(""))
    diagnostics: list[Diagnostic] = field(default_factory=list)


@dataclass
class _Entry:
    stat: tuple[int, int]  # (mtime_ns, size) when read
    digest: str  # of the file's bytes
    config: str
    analysis: Analysis | None
    diagnostics: list[Diagnostic]
    # The analysis raised (a bug, or memory ran out): the warning says so; never kept, tried again next build.
    failed: bool = False
    edges: boilerplate.Edges = boilerplate.NO_EDGES  # the file's lines that may be a site template's
    template: frozenset[str] = frozenset()  # the site-template lines the analysis removed as such


@dataclass
class Cache:
    """Per-file analyses, kept between the builds of one process (``mkdocs serve``).

    ``hits`` and ``misses`` count the files of the last build served from the
    cache and analysed again.
    """

    files: dict[str, _Entry] = field(default_factory=dict)
    config: Config | None = None
    hits: int = 0
    misses: int = 0


class Store:
    """Per-file analyses on disk, for the builds of other processes: a second `mkdocs build`, a new `mkdocs serve`.

    Each file's analysis is kept under a key, a hash of everything it
    depends on: the file's path and bytes, the configuration files (the
    :class:`Config` key), this package's source code and the versions of
    Python and of the libraries the analysis calls (:func:`code_key`). A
    changed input gives another key, so a stale analysis is never read; an
    unreadable or corrupt one is analysed again. Deleting the folder is always safe.

    The analyses a build makes are appended, pickled, to one file of its own (a *pack*,
    ``pack-….pack``); one *index* (``index-….index``, named after the code) says where each
    key's analysis lies, and holds each source's edge lines by its bytes' digest
    (:func:`boilerplate.edges`: what the keys depend on besides the file itself). A build
    reads the index once, each analysis from its pack, and writes a new index at its end
    (:meth:`finish`) holding the analyses it used only, atomically: a build reading the
    folder at the same time sees the old index or the new one. Packs it no longer refers to
    are deleted, a pack mostly of analyses no longer used is copied (its live part) into
    the new one: the folder holds about the analyses of the current sources. One file per
    build rather than per source: creating a file costs the system more than writing it.
    """

    PACK = ".pack"
    INDEX = ".index"
    SUFFIX = ".pickle"  # one analysis per file, as earlier versions kept them: deleted by finish()

    def __init__(self, folder: Path, code: str | None = None) -> None:
        self.folder = folder
        self.code = code if code is not None else code_key()
        self.hits = 0
        self.writes = 0
        self._index: _Index | None = None  # as the last build left it
        self._edges_now: dict[tuple[str, bool], boilerplate.Edges] = {}  # this build's sources'
        self._entries_now: dict[str, _Place] = {}  # where this build's analyses lie
        self._pack: BinaryIO | None = None  # this build's pack, while it writes one
        self._pack_name = ""
        self._readers: dict[str, BinaryIO | None] = {}  # packs read from, open until finish()

    @property
    def index_name(self) -> str:
        return "index-" + hashlib.sha1(f"{self.code}\0index".encode()).hexdigest()[:16] + self.INDEX

    def key(self, rel: str, digest: str, config: str, template: frozenset[str] = frozenset()) -> str:
        held = "\0".join(sorted(template))  # the site-template lines the file holds (none: the key as before)
        return hashlib.sha1(f"{self.code}\0{config}\0{rel}\0{digest}\0{held}".encode()).hexdigest()

    # --- the index --------------------------------------------------------------------------------------

    @property
    def index(self) -> _Index:
        if self._index is None:
            self._index = self._read_index()
        return self._index

    def _read_index(self) -> _Index:
        try:
            found = pickle.loads((self.folder / self.index_name).read_bytes())
        except Exception:  # none yet, unreadable or corrupt: every file is analysed again
            return _Index()
        return found if isinstance(found, _Index) else _Index()

    def edges(self, digest: str, markdown: bool) -> boilerplate.Edges | None:
        """The edge lines of the file with these bytes, as the index holds them (None: not there)."""
        found = self.index.edges.get((digest, markdown))
        return found if isinstance(found, boilerplate.Edges) else None

    def keep_edges(self, digest: str, markdown: bool, edges: boilerplate.Edges) -> None:
        """Keep the edge lines of one of this build's files in the index (:meth:`finish` writes it)."""
        self._edges_now[(digest, markdown)] = edges

    # --- analyses ---------------------------------------------------------------------------------------

    def load(self, key: str) -> _Entry | None:
        """The analysis stored under ``key`` (None: none, or unreadable)."""
        place = self.index.entries.get(key)
        if place is None:
            return None
        data = self._read(place)
        if data is None:
            return None
        try:
            entry = pickle.loads(data)
        except Exception:  # truncated or corrupt: analysed again, and written anew
            return None
        if not isinstance(entry, _Entry):
            return None
        self._entries_now[key] = place
        self.hits += 1
        return entry

    def keep(self, key: str) -> None:
        """Keep the analysis stored under ``key`` for the next build, if there is one (this build did not read it)."""
        place = self.index.entries.get(key)
        if place is not None:
            self._entries_now[key] = place

    def save(self, key: str, data: bytes) -> None:
        """Append one pickled entry to this build's pack (the index says where when the build ends)."""
        if self._append(key, data):
            self.writes += 1

    def _append(self, key: str, data: bytes) -> bool:
        try:
            if self._pack is None:
                self.folder.mkdir(parents=True, exist_ok=True)
                self._pack_name = f"pack-{uuid.uuid4().hex}{self.PACK}"
                self._pack = open(self.folder / self._pack_name, "xb")  # noqa: SIM115 (closed by finish)
            offset = self._pack.tell()
            self._pack.write(data)
        except OSError as exc:  # a read-only project still builds
            log.debug(f"analysis cache: cannot write {self.folder}: {exc}")
            return False
        self._entries_now[key] = _Place(self._pack_name, offset, len(data))
        return True

    def _read(self, place: _Place) -> bytes | None:
        if place.pack not in self._readers:
            try:
                self._readers[place.pack] = open(self.folder / place.pack, "rb")  # noqa: SIM115 (closed by finish)
            except OSError:
                self._readers[place.pack] = None
        reader = self._readers[place.pack]
        if reader is None:
            return None
        try:
            reader.seek(place.offset)
            data = reader.read(place.length)
        except OSError:
            return None
        return data if len(data) == place.length else None

    # --- the end of a build -----------------------------------------------------------------------------

    def finish(self) -> int:
        """Write the index of what this build used, and delete what it no longer needs; the files removed."""
        self._compact()
        if self._pack is not None:
            with contextlib.suppress(OSError):
                self._pack.close()
            self._pack = None
        for reader in self._readers.values():
            if reader is not None:
                reader.close()
        self._readers = {}
        now = _Index(self._edges_now, self._entries_now)
        if now != self.index and not self._write_index(now):
            return 0
        self._index = now
        return self._prune({place.pack for place in now.entries.values()})

    def _compact(self) -> None:
        """Copy the analyses still used of packs mostly made of analyses no longer used into this build's pack."""
        live: dict[str, int] = {}
        for place in self._entries_now.values():
            live[place.pack] = live.get(place.pack, 0) + place.length
        for pack, size in live.items():
            if pack == self._pack_name:
                continue
            try:
                total = (self.folder / pack).stat().st_size
            except OSError:
                continue
            if size * 2 >= total:
                continue
            for key, place in list(self._entries_now.items()):
                if place.pack == pack and (data := self._read(place)) is not None:
                    self._append(key, data)

    def _write_index(self, index: _Index) -> bool:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(handle, "wb") as out:
                out.write(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(temporary, self.folder / self.index_name)
            return True
        except OSError as exc:
            log.debug(f"analysis cache: cannot write {self.folder}: {exc}")
            return False

    def _prune(self, packs: set[str]) -> int:
        """Delete the packs the index does not refer to, other indexes, unfinished writes and earlier layouts."""
        removed = 0
        try:
            names = os.listdir(self.folder)
        except OSError:
            return 0
        for name in names:
            suffix = os.path.splitext(name)[1]
            stale = (
                (suffix == self.PACK and name not in packs)
                or (suffix == self.INDEX and name != self.index_name)
                or suffix in (self.SUFFIX, ".tmp")
            )
            if stale:
                with contextlib.suppress(OSError):
                    os.unlink(self.folder / name)
                    removed += 1
        return removed


@dataclass(frozen=True)
class _Place:
    """Where one analysis lies: its pack (a file name in the store's folder), offset and length."""

    pack: str
    offset: int
    length: int


@dataclass
class _Index:
    """What a store holds: each analysis' place by key, each source's edge lines by its digest."""

    edges: dict[tuple[str, bool], boilerplate.Edges] = field(default_factory=dict)
    entries: dict[str, _Place] = field(default_factory=dict)


@functools.lru_cache(maxsize=1)
def code_key() -> str:
    """A fingerprint of what the analysis runs: this package's code and data (the interface model's weights),
    Python, and the libraries it calls."""
    digest = hashlib.sha1(f"{ANALYSIS_VERSION}\0{sys.version}".encode())
    package = Path(__file__).parent
    for path in sorted([*package.glob("*.py"), *package.glob("*.json")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for package in ("simplemma", "gender-guesser", "charset-normalizer", "python-slugify", "PyYAML"):
        try:
            digest.update(f"{package}={importlib.metadata.version(package)}".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"{package}=none".encode())
    return digest.hexdigest()


def store(root: Path) -> Store | None:
    """The project's analysis store, ``.cache/dossier/analyses`` (or ``DOSSIER_CACHE_DIR``).

    None when ``DOSSIER_CACHE=0``: every build analyses every file (``mkdocs serve`` still keeps them in memory).
    """
    if os.environ.get("DOSSIER_CACHE", "1").strip() == "0":
        return None
    folder = os.environ.get("DOSSIER_CACHE_DIR", "").strip()
    return Store(Path(folder) if folder else root / ".cache" / "dossier" / "analyses")


@dataclass
class Corpus:
    articles: list[Article] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    themes: list[themes.Theme] = field(default_factory=list)
    related: dict[str, list[tuple[Article, list[str]]]] = field(default_factory=dict)
    quotes: list[quotes_mod.Quote] = field(default_factory=list)
    glossary: glossary_mod.Glossary = field(default_factory=lambda: glossary_mod.Glossary([]))
    linker: glossary_mod.Linker | None = None
    terms: dict[str, glossary_mod.TermData] = field(default_factory=dict)
    missing_terms: list[tuple[str, int]] = field(default_factory=list)
    bodies: dict[str, list[Section]] = field(default_factory=dict)  # article id -> Analysis.body
    speaker_targets: dict[str, str] = field(default_factory=dict)  # speaker -> "citations/….md#anchor", set by the hook
    actors: actors_mod.Actors = field(default_factory=actors_mod.Actors)
    facts: facts_mod.Facts = field(default_factory=facts_mod.Facts)
    media: list[tuple[str, Path]] = field(default_factory=list)  # (site path, file) of the images articles show

    def by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}


def assign_slugs(articles: list[Article]) -> None:
    """Slugs from titles; duplicates get -2, -3… in source-file order, so they are stable."""
    taken: set[str] = set(RESERVED_SLUGS)
    for article in sorted(articles, key=lambda a: a.id):
        base = slugify(article.title) or slugify(article.id) or "article"
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        article.slug = slug


def load_config(
    root: Path, themes_file: Path, glossary_file: Path, cache: Cache | None = None, actors_file: Path | None = None
) -> Config:
    """Load the configuration files, or reuse the cached ones when their bytes are unchanged.

    Raises ThemeConfigError, GlossaryError or ActorsError when a file cannot be used.
    """
    actors_file = actors_file or root / "sources" / "actors.yml"
    digest = hashlib.sha1(ANALYSIS_VERSION.encode())
    for path in (themes_file, glossary_file, actors_file):
        digest.update(path.read_bytes() if path.is_file() else b"\0missing")
    key = digest.hexdigest()
    if cache is not None and cache.config is not None and cache.config.key == key:
        return cache.config
    glossary = glossary_mod.load_glossary(glossary_file, sources._rel(glossary_file, root))
    taxonomy, subject = themes.load_taxonomy(themes_file, sources._rel(themes_file, root))
    cast = actors_mod.load_actors(actors_file, sources._rel(actors_file, root))
    config = Config(
        taxonomy,
        glossary,
        glossary_mod.Linker(glossary),
        key,
        cast,
        actors_mod.ActorMatcher(cast),
        subject,
    )
    if cache is not None:
        cache.config = config
        # `mkdocs serve`: made now, with the first build, rather than by the first rebuild that analyses an edit.
        _ = config.matcher
    return config


def analyse_source(source: sources.Source, config: Config, template: frozenset[str] = frozenset()) -> Analysis:
    """Clean one source and analyse it on its own (no other article is needed).

    ``template``: the lines of its site's template it holds (:mod:`dossier.boilerplate`), the one
    thing the other articles tell about it.
    """
    article = clean(source, template)
    diagnostics = themes.check_front_matter_themes(article, config.taxonomy)
    diagnostics += themes.classify(article, config.matcher)
    glossary_mod.scan(article, config.linker)
    found = quotes_mod.extract(article, source.meta, config.not_people)
    for quote in found:
        quote.terms = [(start, end, entry.slug) for start, end, entry in config.linker.find(quote.text)]
        if not quote.themes:  # a quotation outside any passage: the article's themes it speaks to
            hits = config.matcher.count(quote.text)
            quote.themes = [t for t in article.themes if hits.get(t)]
    candidates, all_names = glossary_mod.names(article)
    terms = glossary_mod.article_terms(article, config.linker)
    # After the glossary's own use of Block.terms: adds the actor links that overlap no term.
    found_facts = facts_mod.extract(article, config.actor_matcher, config.linker)
    entries = config.entries
    analysis = Analysis(
        article=article,
        quotes=found,
        terms=terms,
        names=candidates,
        entities=all_names,
        body=render_body(article, entries, config.glossary.link),
        diagnostics=diagnostics,
        facts=found_facts,
    )
    # What pages and data need from the blocks, before they go.
    article.text, article.passages = passages(article, entries)
    _ = article.words  # counted now, kept
    article.blocks = []
    return analysis


@dataclass
class _Pending:
    """A file whose analysis is not in the cache: read, hashed, to analyse."""

    path: Path
    rel: str
    stamp: tuple[int, int]
    digest: str
    data: bytes | None
    key: str = ""  # its name in the Store, where its analysis is written ("": not stored)
    edges: boilerplate.Edges = boilerplate.NO_EDGES
    template: frozenset[str] = frozenset()  # the site-template lines it holds


@dataclass
class _Seen:
    """A source file as this build finds it: its bytes' digest, its edge lines, its analysis in this process's cache."""

    path: Path
    rel: str
    stamp: tuple[int, int]
    digest: str
    data: bytes | None  # None when the cache answered from the file's size and time (or it cannot be read)
    edges: boilerplate.Edges | None  # None: not found yet (:func:`_edges`)
    cached: _Entry | None


def _see(
    path: Path, root: Path, config: Config, cache: Cache | None, store: Store | None = None, compute: bool = True
) -> _Seen:
    """Stat the file; read and hash it unless this process's cache has its analysis under the same size and time.

    Its edge lines come from the cache, else from the ``store``'s index, else from its bytes (unless not
    ``compute``: they are None then, for the caller to find).
    """
    rel = sources._rel(path, root)
    try:
        stat = path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
    except OSError:
        stamp = (0, -1)
    cached = cache.files.get(rel) if cache is not None else None
    if cached is not None and cached.config != config.key:
        cached = None
    markdown = path.suffix.lower() == ".md"
    if cached is not None and cached.stat == stamp and stamp[1] >= 0:
        if store is not None:  # the index keeps them for the next process
            store.keep_edges(cached.digest, markdown, cached.edges)
        return _Seen(path, rel, stamp, cached.digest, None, cached.edges, cached)
    data: bytes | None = None
    with contextlib.suppress(OSError):  # sources.load reports it
        data = path.read_bytes()
    digest = hashlib.sha1(data).hexdigest() if data is not None else ""
    if cached is not None and (data is None or cached.digest != digest):
        cached = None
    if cached is not None:
        cached.stat = stamp  # touched, not changed
        if store is not None:
            store.keep_edges(digest, markdown, cached.edges)
        return _Seen(path, rel, stamp, digest, data, cached.edges, cached)
    if data is None:
        return _Seen(path, rel, stamp, digest, data, boilerplate.NO_EDGES, None)
    edges = store.edges(digest, markdown) if store is not None else None
    if edges is None and compute:
        edges = boilerplate.edges(data, markdown)
    if store is not None and edges is not None:
        store.keep_edges(digest, markdown, edges)
    return _Seen(path, rel, stamp, digest, data, edges, None)


def _lookup(seen: _Seen, template: frozenset[str], config: Config, store: Store | None = None) -> _Entry | _Pending:
    """The file's analysis under the site-template lines it holds: from this process's cache, then the store."""
    held = boilerplate.held(seen.edges, template)
    cached = seen.cached
    if cached is not None and cached.template == held:
        if store is not None:  # still the file's analysis: keep it on disk too
            store.keep(store.key(seen.rel, cached.digest, config.key, held))
        return cached
    data, digest = seen.data, seen.digest
    if data is None and seen.stamp[1] >= 0:  # cached under other template lines: read again
        with contextlib.suppress(OSError):
            data = seen.path.read_bytes()
            digest = hashlib.sha1(data).hexdigest()
    pending = _Pending(seen.path, seen.rel, seen.stamp, digest, data, "", seen.edges, held)
    if store is None or data is None or digest != seen.digest:  # changed since: analysed, not stored
        return pending
    pending.key = store.key(seen.rel, seen.digest, config.key, held)
    stored = store.load(pending.key)
    if stored is not None and stored.digest == seen.digest and stored.config == config.key and stored.template == held:
        stored.stat = seen.stamp
        return stored
    return pending


def _analyse(item: _Pending, root: Path, config: Config) -> _Entry:
    """Read and analyse one file, in isolation: whatever goes wrong, a warning naming the file, and the others go on.

    An article with nothing to publish (no text after cleaning, or a title alone) is skipped with a
    warning saying what cleaning removed.
    """
    entry = _analysed(item, root, config)
    entry.edges, entry.template = item.edges, item.template
    return entry


def _analysed(item: _Pending, root: Path, config: Config) -> _Entry:
    problems: list[Diagnostic] = []
    try:
        source, problems = sources.read(item.path, root, item.data)
        if source is None:  # unreadable (permissions, a file being written): tried again next build, as failures
            return _Entry(item.stamp, item.digest, config.key, None, problems, failed=item.data is None)
        analysis = analyse_source(source, config, item.template)
        empty = _nothing_to_publish(source, analysis.article, analysis.body)
    except Exception as exc:  # Exception only: Ctrl-C still stops the build
        return _Entry(item.stamp, item.digest, config.key, None, [*problems, _failure(item.rel, exc)], failed=True)
    if empty is not None:
        return _Entry(item.stamp, item.digest, config.key, None, [*problems, empty])
    return _Entry(item.stamp, item.digest, config.key, analysis, problems)


# What each module of the per-file pipeline does, for a warning saying where an analysis failed.
_STAGES = {
    "sources": "reading",
    "text": "reading the text",
    "clean": "cleaning",
    "themes": "classifying themes",
    "quotes": "finding quotations",
    "glossary": "finding glossary terms",
    "actors": "finding actors",
    "facts": "finding figures and dates",
    "render": "rendering",
    "fragments": "rendering",
    "linking": "rendering",
}


def _failure(rel: str, exc: BaseException) -> Diagnostic:
    """The warning for a file whose reading or analysis raised: what, where, and what to do."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [
        f for f in frames if Path(f.filename).parent == Path(__file__).parent and not f.filename.endswith("corpus.py")
    ]
    stage = _STAGES.get(Path(ours[0].filename).stem, "analysing") if ours else "analysing"
    where = f" at {Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else ""
    return Diagnostic(
        Level.WARNING,
        rel,
        f"{type(exc).__name__} while {stage}{where} ({quoted(str(exc), 80)}); the article is skipped: "
        "report this bug with the file attached, or remove the file",
    )


def _nothing_to_publish(source: sources.Source, article: Article, body: list[Section]) -> Diagnostic | None:
    """A warning when the article has no text of its own after cleaning (None when it has).

    No text: no paragraph, list or quotation, or only the words of its title. The warning names
    what cleaning removed, and the rules that removed it (``Article.removed``).
    """
    title = _bare_words(article.title)
    text = _bare_words(article.text, len(title) + 1)  # one word more than the title's tells them apart
    if text and text != title and any(section.html.strip() for section in body):
        return None
    removed = article.removed
    if removed:
        rules = Counter(r.rule for r in removed)
        by_rule = ", ".join(f"{count} '{rule}'" for rule, count in rules.most_common(3))
        more = ", …" if len(rules) > 3 else ""
        first = removed[0]
        what = f"cleaning removed {len(removed)} line(s) by rule: {by_rule}{more}"
        what += f"; line {first.line} {quoted(first.text, 40)}"
        todo = "add the text, or keep a line with front matter 'keep'"
    else:
        what = f"title {quoted(article.title, 50)} and no text" if text or title else "no text after cleaning"
        todo = "add the article text"
    return Diagnostic(Level.WARNING, source.rel, f"nothing to publish: {what}; the article is skipped: {todo}")


def _bare_words(text: str, limit: int | None = None) -> list[str]:
    """The text's words without case or punctuation; with ``limit``, the first ``limit`` of them."""
    return [word.strip(_PUNCTUATION) for word in first_words(text.casefold(), limit)]


_PUNCTUATION = ".,;:!?…«»“”\"'’()[]–—-"


def _pickled(entry: _Entry, rel: str) -> tuple[_Entry, bytes]:
    """The entry pickled (what a worker sends back, what the store keeps).

    An analysis that cannot be pickled becomes a failure (a warning naming the file) rather than
    failing its whole batch; the entry returned is the one pickled.
    """
    try:
        return entry, pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:
        entry = _Entry(entry.stat, entry.digest, entry.config, None, [_failure(rel, exc)], failed=True)
        return entry, pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)


def _store(store: Store | None, item: _Pending, entry: _Entry, data: bytes) -> None:
    """Keep a pickled entry in the ``store`` when there is one; a failed analysis is not kept (the next build tries
    again)."""
    if store is not None and item.key and not entry.failed:
        store.save(item.key, data)


# ----------------------------------------------------------------------------
# Analysing many files at once: worker processes
# ----------------------------------------------------------------------------

# Below this many files to analyse, one process does it: a worker first starts
# Python and loads the French dictionary, which costs about as much as
# analysing a hundred articles.
PARALLEL_MIN = 200
MAX_WORKERS = 8
# Files per task sent to a worker. Small enough that the workers finish together (the last task of a
# worker is all its partner waits for), large enough that the tasks' traffic does not count.
BATCH = 16
_worker_configs: dict[str, Config] = {}


def workers() -> int:
    """How many processes analyse articles: ``DOSSIER_WORKERS`` if set (1 turns them off), else the CPUs.

    ``DOSSIER_PARALLEL_MIN`` changes :data:`PARALLEL_MIN`, the number of files to analyse from which they start.
    """
    setting = os.environ.get("DOSSIER_WORKERS", "").strip()
    if setting.isdigit() and int(setting) > 0:
        return min(int(setting), MAX_WORKERS)
    try:
        count = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        count = os.cpu_count() or 1
    return max(1, min(count, MAX_WORKERS))


def _analyse_batch(job: tuple[str, str, str, str, list[_Pending]]) -> list[tuple[str, bytes]]:
    """In a worker process: load the configuration once, then analyse a batch of files.

    Each analysis comes back pickled, as the parent writes it to the store:
    pickled once, not once for the way back and once more for the store.
    """
    root, themes_file, glossary_file, key, items = job
    config = _worker_configs.get(key)
    if config is None:
        config = _worker_configs[key] = load_config(Path(root), Path(themes_file), Path(glossary_file))
    if config.key != key:
        raise RuntimeError("themes.yml or glossary.yml changed during the build")
    return [(item.rel, _pickled(_analyse(item, Path(root), config), item.rel)[1]) for item in items]


def _analyse_in_workers(
    pending: list[_Pending],
    root: Path,
    config: Config,
    themes_file: Path,
    glossary_file: Path,
    count: int,
    store: Store | None = None,
    pool: ProcessPoolExecutor | None = None,
) -> dict[str, _Entry]:
    """Analyse files in ``count`` worker processes (results are the same as in one process); ``pool``: the
    processes already started (:func:`_edges`), else new ones.

    When this process runs no other thread (``mkdocs build``), the workers are
    forked: they start with this package imported and the configuration
    loaded, which a fresh interpreter takes about a second to do. Otherwise
    (``mkdocs serve``, whose threads a fork would copy mid-work) they are
    started fresh ("spawn"): nothing of the parent's state is shared. A fresh
    worker needs this package importable, which MkDocs arranges only while it
    imports the hook file, so it first puts the package's folder on its
    ``sys.path``; either kind loads a configuration it does not have.
    """
    files = (str(root), str(themes_file), str(glossary_file), config.key)
    jobs = [(*files, pending[i : i + BATCH]) for i in range(0, len(pending), BATCH)]
    by_rel = {item.rel: item for item in pending}
    results: dict[str, _Entry] = {}
    with contextlib.ExitStack() as stack:
        if pool is None:
            pool = stack.enter_context(_pool(count, config))
        for batch in pool.map(_analyse_batch, jobs):
            for rel, data in batch:
                entry = results[rel] = pickle.loads(data)
                _store(store, by_rel[rel], entry, data)
    return results


@contextlib.contextmanager
def _pool(count: int, config: Config) -> Iterator[ProcessPoolExecutor]:
    """``count`` worker processes (see :func:`_analyse_in_workers`); they start with the first task.

    Forked workers start with the parent's objects out of their collector's sight (frozen until the pool
    closes): a collection in a worker would touch each, and so copy every page of memory it shares with the parent.
    """
    initializer: Callable[..., object]
    initargs: tuple[object, ...]
    forked = can_fork()
    if forked:
        context = multiprocessing.get_context("fork")
        initializer, initargs = _forked_worker, (config,)
        gc.freeze()
    else:
        package_parent = str(Path(__file__).resolve().parent.parent)
        setup = f"import sys\nif {package_parent!r} not in sys.path: sys.path.insert(0, {package_parent!r})"
        context = multiprocessing.get_context("spawn")
        initializer, initargs = exec, (setup,)
    try:
        with ProcessPoolExecutor(count, mp_context=context, initializer=initializer, initargs=initargs) as pool:
            yield pool
    finally:
        if forked:
            gc.unfreeze()


def can_fork() -> bool:
    """Whether worker processes can be forked safely: the platform forks, and no other thread is running."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _forked_worker(config: Config) -> None:
    """In a forked worker: the parent's configuration is this worker's; the collector runs as in any process.

    (The parent pauses it while it builds the corpus; a worker's garbage is its own.)
    """
    _worker_configs[config.key] = config
    gc.enable()


def _parallel_min() -> int:
    setting = os.environ.get("DOSSIER_PARALLEL_MIN", "").strip()
    return int(setting) if setting.isdigit() else PARALLEL_MIN


# Files per task when worker processes find edge lines: many (a file's take little time).
EDGES_BATCH = 64


def _edges(
    seen: list[_Seen], config: Config, store: Store | None, stack: contextlib.ExitStack
) -> ProcessPoolExecutor | None:
    """Find the edge lines the caches did not give (:func:`boilerplate.edges`), in place.

    When they are many (a first build: the files to analyse are as many), worker processes that can be
    forked find them, and are returned to analyse the files next (closed with ``stack``): they start while
    the edge lines are found, not after.
    """
    unknown = [item for item in seen if item.edges is None and item.data is not None]
    pool = None
    found: list[boilerplate.Edges] | None = None
    if workers() > 1 and len(unknown) >= _parallel_min() and can_fork():
        items = [(item.data, item.path.suffix.lower() == ".md") for item in unknown]
        try:
            pool = stack.enter_context(_pool(workers(), config))
            batches = pool.map(_edges_batch, [items[i : i + EDGES_BATCH] for i in range(0, len(items), EDGES_BATCH)])
            found = [edges for batch in batches for edges in batch]
        except Exception as exc:  # found in this process, as the analyses will be
            log.info(one_line(f"article analysis: worker processes unavailable ({type(exc).__name__}: {exc})"))
            pool, found = None, None
    for i, item in enumerate(unknown):
        markdown = item.path.suffix.lower() == ".md"
        assert item.data is not None
        item.edges = found[i] if found is not None else boilerplate.edges(item.data, markdown)
        if store is not None:
            store.keep_edges(item.digest, markdown, item.edges)
    for item in seen:
        if item.edges is None:  # unreadable
            item.edges = boilerplate.NO_EDGES
    return pool


def _edges_batch(items: list[tuple[bytes, bool]]) -> list[boilerplate.Edges]:
    """In a worker process: the edge lines of files (their bytes, and whether each is Markdown)."""
    return [boilerplate.edges(data, markdown) for data, markdown in items]


def analyse_files(
    pending: list[_Pending],
    root: Path,
    config: Config,
    themes_file: Path,
    glossary_file: Path,
    store: Store | None = None,
    pool: ProcessPoolExecutor | None = None,
) -> dict[str, _Entry]:
    """Analyse the files the caches could not give, in worker processes when there are many; store them.

    ``pool``: worker processes already started (:func:`_edges`).
    """
    count = workers()
    if count > 1 and len(pending) >= _parallel_min():
        try:
            return _analyse_in_workers(pending, root, config, themes_file, glossary_file, count, store, pool)
        except Exception as exc:  # each file is isolated in one process too (_analyse): any failure here is the pool's
            problem = f"{type(exc).__name__}: {exc}"
            log.info(one_line(f"article analysis: worker processes unavailable ({problem}); analysing in one process"))
    results = {item.rel: _analyse(item, root, config) for item in pending}
    if store is not None:
        for item in pending:
            _store(store, item, *_pickled(results[item.rel], item.rel))
    return results


def build(
    articles_dir: Path,
    root: Path,
    themes_file: Path | None = None,
    glossary_file: Path | None = None,
    cache: Cache | None = None,
    totals: Totals | None = None,
    store: Store | None = None,
) -> Corpus:
    """Read, clean and analyse every article (each from the cache when unchanged), then the corpus.

    ``totals`` makes the corpus-level results (:class:`Totals`; the reuse layer passes its own).
    ``store`` keeps each file's analysis on disk for the next process (:class:`Store`); it is pruned
    of the analyses of files that are no longer there or have changed.

    Raises ThemeConfigError or GlossaryError when themes.yml or glossary.yml cannot be used.
    """
    themes_file = themes_file or root / "sources" / "themes.yml"
    glossary_file = glossary_file or root / "sources" / "glossary.yml"
    config = load_config(root, themes_file, glossary_file, cache)
    diagnostics_config = config.actors.diagnostics
    paths, diagnostics, pictures = sources.discover(articles_dir, root)
    seen = [_see(path, root, config, cache, store, compute=False) for path in paths]
    with contextlib.ExitStack() as stack:
        pool = _edges(seen, config, store, stack)
        # What the articles tell about one another before each is analysed: their sites' template lines.
        template = boilerplate.recurring(item.edges or boilerplate.NO_EDGES for item in seen)
        found = [_lookup(item, template, config, store) for item in seen]
        pending = [item for item in found if isinstance(item, _Pending)]
        fresh = analyse_files(pending, root, config, themes_file, glossary_file, store, pool)
    if store is not None:
        store.finish()
    entries = [fresh[item.rel] if isinstance(item, _Pending) else item for item in found]
    if cache is not None:  # deleted and moved files drop out
        cache.files = {
            sources._rel(path, root): entry for path, entry in zip(paths, entries, strict=True) if not entry.failed
        }
        cache.misses, cache.hits = len(pending), len(paths) - len(pending)
    analyses: list[Analysis] = []
    for entry in entries:
        diagnostics += entry.diagnostics
        if entry.analysis is not None:
            diagnostics += entry.analysis.diagnostics
            analyses.append(entry.analysis)
    analyses.sort(key=lambda a: a.article.id)
    corpus = Corpus(
        diagnostics=config.glossary.diagnostics + diagnostics_config + diagnostics,
        themes=config.taxonomy,
        glossary=config.glossary,
        linker=config.linker,
    )
    corpus.articles = [a.article for a in analyses]
    # The images Markdown articles show, checked on every build (a missing one is reported with its article).
    corpus.media, media_notes = markdown_article.media_files(corpus.articles, root, pictures)
    corpus.diagnostics += media_notes
    corpus.bodies = {a.article.id: a.body for a in analyses}
    corpus.quotes = [quote for a in analyses for quote in a.quotes]
    quotes_mod.unify_speakers(corpus.quotes)
    assign_slugs(corpus.articles)
    totals = totals or Totals()
    corpus.related = totals.related(corpus.articles, {a.article.id: a.entities for a in analyses})
    corpus.terms = totals.terms([a.terms for a in analyses])
    corpus.missing_terms = glossary_mod.missing_terms(None, config.linker, counts=[a.names for a in analyses])
    corpus.actors = config.actors
    corpus.facts = totals.facts([a.facts for a in analyses], config, corpus.quotes)
    return corpus


class Totals:
    """The corpus-level results made of the articles' analyses: related articles, glossary and fact totals.

    Each is made from scratch here; the reuse layer (:class:`dossier.reuse.KeptTotals`) makes them
    again from the last build's where few articles changed, with the same result.
    """

    def related(
        self, articles: list[Article], names: dict[str, frozenset[str]]
    ) -> dict[str, list[tuple[Article, list[str]]]]:
        """:func:`related.related`: each article's related articles, by id."""
        return related(articles, names=names)

    def terms(self, parts: list[glossary_mod.ArticleTerms]) -> dict[str, glossary_mod.TermData]:
        """:func:`glossary.merge`: each glossary entry's totals over the corpus."""
        return glossary_mod.merge_again(None, parts).terms

    def facts(
        self, per_article: list[facts_mod.ArticleFacts], config: Config, quotes: list[quotes_mod.Quote]
    ) -> facts_mod.Facts:
        """:func:`facts.gather`: each actor's, figure's and date's totals over the corpus."""
        return facts_mod.gather_again(None, per_article, config.actors, config.actor_matcher, quotes).facts
