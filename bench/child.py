"""One measured MkDocs build, run in a fresh process by bench/run.py.

In-process, so the hooks can be timed by phase (see instrument.py) and the
process's own peak RSS is the build's. Modes:

* ``build``: like ``mkdocs build`` (startup event, build, shutdown event);
* ``rebuild``: like ``mkdocs serve``: build once, append a paragraph to one
  article, reload the configuration and build again, as serve does on a change;
  then append a paragraph naming an actor, glossary terms, a figure and a date
  (what the corpus knows beyond the article changes too) and build again.

Writes a JSON result file; prints nothing on success.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

sys.dont_write_bytecode = True  # keep the temporary project free of __pycache__ noise

import instrument  # noqa: E402  (bench/ is sys.path[0] when run as a script)

EDIT = (
    "\n\nMise à jour : selon un porte-parole, le calendrier de publication des modèles ouverts reste inchangé "
    "et une nouvelle version est attendue dans les prochains mois.\n"
)
# A second edit, inside the text: a sentence added to the middle paragraph of prose, whose anchor (a hash of its
# text) changes, and with it the links to that paragraph from the glossary, the themes and the open data.
REWORD = " Les investisseurs suivent de près ce dossier."
PROSE_WORDS = 25  # a paragraph of prose has at least this many words (not a heading, a list item or a teaser)


def reworded(text: str) -> str:
    """``text`` with :data:`REWORD` added to its middle paragraph of prose (the middle paragraph if none is)."""
    paragraphs = text.split("\n\n")
    prose = [
        i
        for i, p in enumerate(paragraphs)
        if len(p.split()) >= PROSE_WORDS and not p.lstrip().startswith(("–", "•", "-"))
    ]
    middle = prose[len(prose) // 2] if prose else len(paragraphs) // 2
    paragraphs[middle] += REWORD
    return "\n\n".join(paragraphs)


# A third edit, which changes what the corpus knows beyond the article: an actor, glossary terms, a figure, a date.
RICH_EDIT = (
    "\n\nMark Zuckerberg a confirmé le 12 mars 2025 que Meta consacrera 65 milliards de dollars à l’IA "
    "open source, dont les modèles Llama.\n"
)


class WarningCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0
        self.samples: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        if len(self.samples) < 10:
            self.samples.append(record.getMessage()[:300])


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def load(config_file: Path, site_dir: Path, instrumented: bool) -> Any:
    from mkdocs.config import load_config

    config = load_config(config_file=str(config_file), site_dir=str(site_dir))
    if instrumented:
        instrument.install_events(config)
    return config


def timed_build(config: Any, serve_url: str | None = None) -> float:
    from mkdocs.commands.build import build

    start = time.perf_counter()
    build(config, serve_url=serve_url)
    return time.perf_counter() - start


def hot_spots(session: Any, package_dir: Path, hooks_total: float, limit: int = 80) -> list[dict[str, Any]]:
    """Inclusive and self time per function of the dossier package, from a pyinstrument session."""
    root = session.root_frame()
    inclusive: dict[tuple[str, str, int], float] = {}
    own: dict[tuple[str, str, int], float] = {}
    prefix = str(package_dir.resolve())

    def walk(frame: Any, active: frozenset[tuple[str, str, int]]) -> None:
        path = frame.file_path or ""
        key = None
        if path.startswith(prefix):
            key = (frame.function, os.path.relpath(path, package_dir.parent.parent), frame.line_no or 0)
            own[key] = own.get(key, 0.0) + frame.total_self_time
            if key not in active:  # recursion: count the outermost frame only
                inclusive[key] = inclusive.get(key, 0.0) + frame.time
        for child in frame.children:
            walk(child, active | {key} if key else active)

    if root is not None:
        walk(root, frozenset())
    rows = []
    for key, total in sorted(inclusive.items(), key=lambda kv: -kv[1])[:limit]:
        function, file, line = key
        rows.append(
            {
                "function": function,
                "where": f"{file}:{line}",
                "inclusive_s": round(total, 4),
                "self_s": round(own.get(key, 0.0), 4),
                "share_of_hooks": round(total / hooks_total, 4) if hooks_total else None,
            }
        )
    return rows


def start_profiler(target: Path | None) -> Any:
    """A running pyinstrument profiler, or None when no profile was asked for."""
    if target is None:
        return None
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.001)
    profiler.start()
    return profiler


def save_profile(profiler: Any, target: Path, project: Path, hooks_total: float) -> dict[str, Any]:
    target.parent.mkdir(parents=True, exist_ok=True)
    Path(f"{target}.txt").write_text(profiler.output_text(unicode=True, show_all=False), "utf-8")
    Path(f"{target}.html").write_text(profiler.output_html(), "utf-8")
    return {
        "text": f"{target}.txt",
        "html": f"{target}.html",
        "hot_spots": hot_spots(profiler.last_session, project / "hooks" / "dossier", hooks_total),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["build", "rebuild"])
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--site-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--instrument", action="store_true", help="time the project's hooks (dossier package)")
    parser.add_argument("--edit", type=Path, help="rebuild: the article to append a paragraph to")
    parser.add_argument(
        "--profile",
        type=Path,
        help="write a pyinstrument profile of the build (rebuild: of the second build) to PROFILE.{txt,html}",
    )
    args = parser.parse_args(argv)

    counter = WarningCounter()
    logging.getLogger("mkdocs").addHandler(counter)
    project = args.config.parent.resolve()
    result: dict[str, Any] = {"mode": args.mode}
    if args.instrument:
        sys.path.insert(0, str(project / "hooks"))
        clock = instrument.install_phases()
        result["instrumented"] = {"wrapped": clock.wrapped, "missing": clock.missing}
    clock = instrument.CLOCK

    if args.mode == "build":
        start = time.perf_counter()
        config = load(args.config, args.site_dir, args.instrument)
        config.plugins.on_startup(command="build", dirty=False)
        profiler = start_profiler(args.profile)
        build_s = timed_build(config)
        if profiler is not None:
            profiler.stop()
        config.plugins.on_shutdown()
        result["build_s"] = time.perf_counter() - start  # configuration loading included, like `mkdocs build`
        result["hooks"] = clock.snapshot()
        result["mkdocs_build_s"] = build_s
        if profiler is not None:
            result["profile"] = save_profile(profiler, args.profile, project, clock.total)
    else:
        if args.edit is None:
            parser.error("rebuild needs --edit")
        serve_url = "http://127.0.0.1:8000/"
        config = load(args.config, args.site_dir, args.instrument)
        config.plugins.on_startup(command="serve", dirty=False)
        config.site_url = serve_url
        first_s = timed_build(config, serve_url)
        first = clock.snapshot()
        clock.reset()
        with args.edit.open("a", encoding="utf-8") as handle:
            handle.write(EDIT)
        start = time.perf_counter()
        config = load(args.config, args.site_dir, args.instrument)  # serve reloads the configuration
        config.site_url = serve_url
        profiler = start_profiler(args.profile)
        timed_build(config, serve_url)
        rebuild_s = time.perf_counter() - start
        if profiler is not None:
            profiler.stop()
        rebuilt = clock.snapshot()
        clock.reset()
        args.edit.write_text(reworded(args.edit.read_text(encoding="utf-8")), encoding="utf-8")
        start = time.perf_counter()
        config = load(args.config, args.site_dir, args.instrument)
        config.site_url = serve_url
        timed_build(config, serve_url)
        reword_s = time.perf_counter() - start
        reword_hooks = clock.snapshot()
        clock.reset()
        with args.edit.open("a", encoding="utf-8") as handle:
            handle.write(RICH_EDIT)
        start = time.perf_counter()
        config = load(args.config, args.site_dir, args.instrument)
        config.site_url = serve_url
        timed_build(config, serve_url)
        rich_s = time.perf_counter() - start
        config.plugins.on_shutdown()
        result.update(
            first_build_s=first_s,
            rebuild_s=rebuild_s,
            first_hooks=first,
            rebuild_hooks=rebuilt,
            reword_rebuild_s=reword_s,
            reword_rebuild_hooks=reword_hooks,
            rich_rebuild_s=rich_s,
            rich_rebuild_hooks=clock.snapshot(),
        )
        if profiler is not None:
            result["profile"] = save_profile(profiler, args.profile, project, clock.total)

    usage = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # the article-analysis worker processes, if any
    # CPU time of the whole build, workers included: steadier than wall time on a busy machine.
    result["cpu_s"] = usage.ru_utime + usage.ru_stime + children.ru_utime + children.ru_stime
    result["workers_cpu_s"] = children.ru_utime + children.ru_stime
    result["peak_rss_mb"] = peak_rss_mb()
    result["workers_peak_rss_mb"] = children.ru_maxrss / 1024  # the largest worker
    result["warnings"] = counter.count
    result["warning_samples"] = counter.samples
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
