"""Time the hooks' work by phase without editing them: wrap functions at import time.

Two clocks, each counting only the *outermost* wrapped call so nested calls
are never counted twice:

* **hooks total**: every MkDocs event function registered by a hook file
  (``on_files``, ``on_page_markdown``…) plus the Markdown processors and
  extensions the ``dossier.mdext`` module adds (they run inside MkDocs' own
  page rendering, outside any event). This is the hooks' own time.
* **phases**: the functions listed in :data:`PHASES`. A phase function called
  from inside another phase function counts for the outer one (``render_theme``
  calling ``Matcher.count`` is render time, not analyse time).

Hook time spent outside every phase function (``site.py`` glue, ``File.generated``,
sorting and loops in ``corpus.build``, new code not yet in the table) is reported
as ``other``, so ``sum(phases) + other == total``.

A function missing from the package (renamed, removed) is skipped and listed
under ``missing``: update the table when the hooks change.
"""

from __future__ import annotations

import fnmatch
import functools
import importlib
import inspect
import pkgutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

PHASE_NAMES = ("read", "clean", "analyse", "render", "link", "export", "workers")

# (module pattern, attribute, phase). The attribute is a function name, "Class.method",
# or "*" for every public (non-generator) function defined in the module.
PHASES: list[tuple[str, str, str]] = [
    # read: find files, decode, front matter; load the two YAML configuration files
    ("dossier.sources", "*", "read"),
    ("dossier.corpus", "load_config", "read"),
    ("dossier.glossary", "load_glossary", "read"),
    ("dossier.themes", "load_taxonomy", "read"),
    ("dossier.actors", "load_actors", "read"),
    # clean: raw text -> Article (units, head, cruft, blocks, anchors)
    ("dossier.clean", "clean", "clean"),
    # analyse: themes, quotes, glossary terms and names of each article; then slugs, speakers,
    # related articles and the glossary's totals over the corpus
    ("dossier.themes", "Matcher.__post_init__", "analyse"),
    ("dossier.themes", "check_front_matter_themes", "analyse"),
    ("dossier.themes", "classify", "analyse"),
    ("dossier.themes", "Matcher.count", "analyse"),
    ("dossier.quotes", "extract", "analyse"),
    ("dossier.quotes", "unify_speakers", "analyse"),
    ("dossier.corpus", "assign_slugs", "analyse"),
    ("dossier.related", "*", "analyse"),
    ("dossier.corpus", "Totals.related", "analyse"),
    ("dossier.reuse", "KeptTotals.related", "analyse"),
    ("dossier.glossary", "Linker.__post_init__", "analyse"),
    ("dossier.glossary", "scan", "analyse"),
    ("dossier.glossary", "article_terms", "analyse"),
    ("dossier.glossary", "name_counts", "analyse"),
    ("dossier.glossary", "merge", "analyse"),
    ("dossier.glossary", "merge_again", "analyse"),
    ("dossier.glossary", "missing_terms", "analyse"),
    # actors, figures and dates of each article (facts.extract), then per actor over the corpus
    ("dossier.actors", "ActorMatcher.__init__", "analyse"),
    ("dossier.facts", "extract", "analyse"),
    ("dossier.facts", "gather", "analyse"),
    ("dossier.facts", "gather_again", "analyse"),
    ("dossier.facts", "glossary_actors", "analyse"),
    # render: Markdown skeletons and HTML fragments of every generated page
    ("dossier.glossary", "key_terms", "render"),
    ("dossier.render*", "*", "render"),
    ("dossier.fragments", "BlockWriter.block", "render"),
    # link: fragments put in place, generated links and term links written out, page by page
    ("dossier.fragments", "fill", "link"),
    ("dossier.fragments", "Skeleton.write", "link"),
    ("dossier.reuse", "Reuse.write_page", "link"),
    ("dossier.fragments", "Skeleton.place_headings", "link"),
    ("dossier.linking", "resolve", "link"),
    ("dossier.linking", "searchable", "link"),
    # export: data/*.json
    ("dossier.export", "*", "export"),
    # workers: waiting for the worker processes that read, clean, analyse and render articles in
    # parallel (from 200 articles to analyse on; DOSSIER_WORKERS=1 keeps everything in one process)
    ("dossier.corpus", "_analyse_in_workers", "workers"),
]
# link: every Markdown processor and extension class of these modules (see wrap_markdown_classes).
LINK_MODULES = ("dossier.mdext",)


@dataclass
class Clock:
    total: float = 0.0
    events: dict[str, float] = field(default_factory=dict)
    phases: dict[str, float] = field(default_factory=lambda: dict.fromkeys(PHASE_NAMES, 0.0))
    calls: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PHASE_NAMES, 0))
    missing: list[str] = field(default_factory=list)
    wrapped: list[str] = field(default_factory=list)
    _in_hook: bool = False
    _in_phase: bool = False

    def reset(self) -> None:
        self.total = 0.0
        self.events = {}
        self.phases = dict.fromkeys(PHASE_NAMES, 0.0)
        self.calls = dict.fromkeys(PHASE_NAMES, 0)

    def snapshot(self) -> dict[str, Any]:
        phased = sum(self.phases.values())
        return {
            "total_s": self.total,
            "phases_s": {**self.phases, "other": max(0.0, self.total - phased)},
            "calls": dict(self.calls),
            "events_s": dict(sorted(self.events.items())),
        }


CLOCK = Clock()


def _phase_wrapper(fn: Callable[..., Any], phase: str, clock: Clock = CLOCK) -> Callable[..., Any]:
    @functools.wraps(fn)
    def timed(*args: Any, **kwargs: Any) -> Any:
        if clock._in_phase:
            return fn(*args, **kwargs)
        clock._in_phase = True
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            clock.phases[phase] += time.perf_counter() - start
            clock.calls[phase] += 1
            clock._in_phase = False

    timed.__bench_wrapped__ = True  # type: ignore[attr-defined]
    return timed


def _hook_wrapper(fn: Callable[..., Any], name: str, clock: Clock = CLOCK) -> Callable[..., Any]:
    @functools.wraps(fn)
    def timed(*args: Any, **kwargs: Any) -> Any:
        if clock._in_hook:
            return fn(*args, **kwargs)
        clock._in_hook = True
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - start
            clock.total += elapsed
            clock.events[name] = clock.events.get(name, 0.0) + elapsed
            clock._in_hook = False

    timed.__bench_wrapped__ = True  # type: ignore[attr-defined]
    return timed


def _package_modules(package: str = "dossier") -> dict[str, Any]:
    root = importlib.import_module(package)
    for info in pkgutil.iter_modules(root.__path__, prefix=f"{package}."):
        importlib.import_module(info.name)
    return {name: mod for name, mod in sys.modules.items() if name == package or name.startswith(f"{package}.")}


def _rebind(modules: dict[str, Any], original: object, replacement: object) -> None:
    """Make ``from .x import f`` copies in every package module point at the wrapper too."""
    for mod in modules.values():
        for attr, value in list(vars(mod).items()):
            if value is original:
                setattr(mod, attr, replacement)


def _targets(module: Any, attribute: str) -> list[tuple[Any, str]]:
    """(owner, name) pairs to wrap for one table row."""
    if attribute == "*":
        return [
            (module, name)
            for name, obj in vars(module).items()
            if inspect.isfunction(obj)
            and obj.__module__ == module.__name__
            and not name.startswith("_")
            and not inspect.isgeneratorfunction(obj)
        ]
    owner: Any = module
    *path, name = attribute.split(".")
    for part in path:
        owner = getattr(owner, part, None)
        if owner is None:
            return []
    value = vars(owner).get(name) if isinstance(owner, type) else getattr(owner, name, None)
    return [(owner, name)] if inspect.isfunction(value) else []


def install_phases(clock: Clock = CLOCK, package: str = "dossier") -> Clock:
    """Wrap the phase functions of the (already importable) ``dossier`` package."""
    modules = _package_modules(package)
    done: set[int] = set()
    for pattern, attribute, phase in PHASES:
        names = sorted(name for name in modules if fnmatch.fnmatchcase(name, pattern))
        found = False
        for mod_name in names:
            for owner, name in _targets(modules[mod_name], attribute):
                original = getattr(owner, name)
                if getattr(original, "__bench_wrapped__", False) or id(original) in done:
                    found = True
                    continue
                wrapped = _phase_wrapper(original, phase, clock)
                setattr(owner, name, wrapped)
                _rebind(modules, original, wrapped)
                done.add(id(original))
                qualified = f"{owner.__name__}.{name}" if isinstance(owner, type) else name
                clock.wrapped.append(f"{mod_name}.{qualified}:{phase}")
                found = True
        if not found:
            clock.missing.append(f"{pattern}:{attribute}")
    wrap_markdown_classes(modules, clock)
    return clock


def wrap_markdown_classes(modules: dict[str, Any], clock: Clock = CLOCK) -> None:
    """Markdown processors and extensions run inside MkDocs' page rendering: phase "link", hooks' own time."""
    from markdown.extensions import Extension
    from markdown.inlinepatterns import InlineProcessor
    from markdown.postprocessors import Postprocessor
    from markdown.preprocessors import Preprocessor
    from markdown.treeprocessors import Treeprocessor

    methods = {Extension: "extendMarkdown", InlineProcessor: "handleMatch"}
    methods.update({Treeprocessor: "run", Preprocessor: "run", Postprocessor: "run"})
    found = False
    for mod_name in LINK_MODULES:
        module = modules.get(mod_name)
        if module is None:
            continue
        for cls in vars(module).values():
            if not (isinstance(cls, type) and cls.__module__ == mod_name):
                continue
            for base, method in methods.items():
                if issubclass(cls, base) and method in vars(cls):
                    original = vars(cls)[method]
                    timed = _hook_wrapper(_phase_wrapper(original, "link", clock), f"markdown:{cls.__name__}", clock)
                    setattr(cls, method, timed)
                    clock.wrapped.append(f"{mod_name}.{cls.__name__}.{method}:link")
                    found = True
    if not found:
        clock.missing.append(f"{','.join(LINK_MODULES)}:<markdown processors>")


def install_events(config: Any, clock: Clock = CLOCK) -> int:
    """Wrap the event functions that hook files registered on a loaded MkDocs config."""
    hook_modules = {module.__name__ for module in (config.get("hooks") or {}).values()}
    plugins = config.plugins
    count = 0
    for event, methods in plugins.events.items():
        for index, method in enumerate(methods):
            if getattr(method, "__module__", None) in hook_modules and not getattr(method, "__bench_wrapped__", False):
                timed = _hook_wrapper(method, f"on_{event}", clock)
                methods[index] = timed
                origin = plugins._event_origins.get(method)
                if origin is not None:
                    plugins._event_origins[timed] = origin
                count += 1
    return count
