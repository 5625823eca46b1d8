"""Benchmark: the full site build against a plain MkDocs + Material baseline, side by side.

For each N (default 100, 1,000 and 5,000), in a temporary folder:

* **full**: a copy of the project (mkdocs.yml, docs/, hooks/, overrides/,
  sources/*.yml) with N generated raw articles in sources/articles/;
* **baseline**: the same mkdocs.yml without ``hooks`` and ``watch`` (theme,
  extensions, plugins, extra CSS/JS, ``not_in_nav`` unchanged; ``nav`` keeps the
  entries whose page exists), the same hand-written docs/ pages, and the same N
  articles as ordinary Markdown pages under docs/articles/ with an index page.

Each build runs in a fresh process (bench/child.py), so its peak RSS is its
own. The full build times the hooks by phase (bench/instrument.py). A third
process mimics ``mkdocs serve``: build, append a paragraph to one article,
rebuild, and compares the hooks' time on both builds.

Prints Markdown tables and writes bench/results/<date>-<N>.json.

    .venv/bin/python bench/run.py                    # N = 100, 1000, 5000
    .venv/bin/python bench/run.py --sizes 100,1000
    .venv/bin/python bench/run.py --quick            # N = 20 smoke run
    .venv/bin/python bench/run.py --sizes 1000 --profile   # also a pyinstrument profile of the hooks
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

import generate

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
DEFAULT_SIZES = (100, 1000, 5000)
QUICK_SIZES = (20,)
REBUILDS = ("", "reword_", "rich_")  # key prefixes of the three serve-like rebuilds (bench/child.py)
WORKERS: int | None = None  # DOSSIER_WORKERS for the full builds (--workers); None: the hooks decide
PROJECT_ITEMS = ("mkdocs.yml", "docs", "hooks", "overrides")
_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", ".DS_Store")


# ----------------------------------------------------------------------------
# Projects
# ----------------------------------------------------------------------------


class _Tagged:
    """A YAML value with a custom tag (``!ENV``, ``!!python/name:…``), kept as it is."""

    def __init__(self, tag: str, node: yaml.Node, loader: yaml.SafeLoader) -> None:
        self.tag = tag
        if isinstance(node, yaml.ScalarNode):
            self.value: Any = loader.construct_scalar(node)
        elif isinstance(node, yaml.SequenceNode):
            self.value = loader.construct_sequence(node, deep=True)
        else:
            self.value = loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]


class _Loader(yaml.SafeLoader):
    pass


class _Dumper(yaml.SafeDumper):
    pass


_Loader.add_multi_constructor("!", lambda loader, suffix, node: _Tagged("!" + suffix, node, loader))
_Loader.add_multi_constructor(
    "tag:yaml.org,2002:python/",
    lambda loader, suffix, node: _Tagged("tag:yaml.org,2002:python/" + suffix, node, loader),
)


def _represent_tagged(dumper: yaml.SafeDumper, data: _Tagged) -> yaml.Node:
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value)
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    return dumper.represent_scalar(data.tag, data.value)


_Dumper.add_representer(_Tagged, _represent_tagged)


def project_files(dest: Path) -> Path:
    """A copy of the real project (configuration, docs, hooks, sources/*.yml) with an empty articles folder."""
    dest.mkdir(parents=True)
    for item in PROJECT_ITEMS:
        source = ROOT / item
        if source.is_dir():
            shutil.copytree(source, dest / item, ignore=_IGNORE)
        elif source.is_file():
            shutil.copy2(source, dest / item)
    (dest / "sources" / "articles").mkdir(parents=True)
    for config in (ROOT / "sources").glob("*.yml"):
        shutil.copy2(config, dest / "sources" / config.name)
    return dest


def copy_project(dest: Path, articles: list[generate.GenArticle]) -> Path:
    """The real project with generated articles instead of the seeds."""
    generate.write_raw(articles, project_files(dest) / "sources" / "articles")
    return dest


def _filter_nav(nav: Any, docs: Path) -> Any:
    """Nav entries whose page exists in the baseline's docs/ (or that are external links)."""
    if isinstance(nav, str):
        return nav if "://" in nav or (docs / nav).is_file() else None
    if isinstance(nav, list):
        kept = [item for item in (_filter_nav(entry, docs) for entry in nav) if item not in (None, [], {})]
        return kept
    if isinstance(nav, dict):
        kept = {key: value for key, value in ((k, _filter_nav(v, docs)) for k, v in nav.items()) if value}
        return kept or None
    return nav


def baseline_project(dest: Path, articles: list[generate.GenArticle]) -> Path:
    """Plain MkDocs + Material: same settings without hooks, articles as ordinary Markdown pages."""
    dest.mkdir(parents=True)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    for key in ("hooks", "watch"):
        config.pop(key, None)
    docs_name = str(config.get("docs_dir", "docs"))
    shutil.copytree(ROOT / docs_name, dest / docs_name, ignore=_IGNORE)
    custom_dir = (config.get("theme") or {}).get("custom_dir") if isinstance(config.get("theme"), dict) else None
    if custom_dir and (ROOT / custom_dir).is_dir():
        shutil.copytree(ROOT / custom_dir, dest / custom_dir, ignore=_IGNORE)
    generate.write_plain(articles, dest / docs_name)
    if "nav" in config:
        config["nav"] = _filter_nav(config["nav"], dest / docs_name) or []
    text = yaml.dump(config, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=120)
    (dest / "mkdocs.yml").write_text(text, encoding="utf-8")
    return dest


# ----------------------------------------------------------------------------
# Measuring
# ----------------------------------------------------------------------------


def site_stats(site: Path) -> dict[str, Any]:
    total = 0
    pages = 0
    largest = ("", 0)
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        size = path.stat().st_size
        total += size
        if path.suffix == ".html":
            pages += 1
            if size > largest[1]:
                largest = (path.relative_to(site).as_posix(), size)
    index = site / "search" / "search_index.json"
    return {
        "bytes": total,
        "html_pages": pages,
        "largest_page": largest[0],
        "largest_page_kb": round(largest[1] / 1024, 1),
        "search_index_bytes": index.stat().st_size if index.is_file() else 0,
    }


def run_child(mode: str, project: Path, site: Path, result: Path, *extra: str) -> dict[str, Any]:
    cmd = [sys.executable, str(BENCH / "child.py"), mode, "--config", str(project / "mkdocs.yml")]
    cmd += ["--site-dir", str(site), "--out", str(result), *extra]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    if WORKERS is not None:
        env["DOSSIER_WORKERS"] = str(WORKERS)
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True, timeout=4 * 3600)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{mode} build of {project} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    data = json.loads(result.read_text(encoding="utf-8"))
    data["wall_s"] = wall
    return data


def forget_analyses(project: Path) -> None:
    """Empty the project's analysis store (``.cache/``): the next build analyses every article (a cold build)."""
    shutil.rmtree(project / ".cache", ignore_errors=True)


def measure_build(
    project: Path, work: Path, name: str, instrumented: bool, repeat: int, cold: bool = True
) -> dict[str, Any]:
    """The fastest of ``repeat`` builds (by wall time), with its site's sizes.

    ``cold``: each build starts with an empty analysis store; else with the store the last build left.
    """
    best: dict[str, Any] | None = None
    for attempt in range(repeat):
        if cold:
            forget_analyses(project)
        site = work / f"site-{name}-{attempt}"
        data = run_child("build", project, site, work / f"{name}-{attempt}.json", *(["--instrument"] * instrumented))
        data["site"] = site_stats(site)
        best = faster(best, data)
        shutil.rmtree(site, ignore_errors=True)
    assert best is not None
    return best


def faster(best: dict[str, Any] | None, data: dict[str, Any]) -> dict[str, Any]:
    """The faster of two measurements of the same build (by wall time)."""
    return data if best is None or data["wall_s"] < best["wall_s"] else best


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
    }
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["memory_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
                break
    except OSError:
        pass
    versions = {}
    for package in ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions"):
        try:
            versions[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            versions[package] = None
    info["packages"] = versions
    return info


def project_state() -> dict[str, Any]:
    def git(*args: str) -> str:
        proc = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)
        return proc.stdout.strip() if proc.returncode == 0 else ""

    return {"commit": git("rev-parse", "HEAD") or None, "dirty": bool(git("status", "--porcelain"))}


def bench_one(n: int, args: argparse.Namespace, work: Path, context: dict[str, Any]) -> dict[str, Any]:
    started = time.perf_counter()
    articles = generate.generate(n, args.seed, ROOT)
    full = copy_project(work / "full", articles)
    base = baseline_project(work / "baseline", articles)
    raw_bytes = sum(p.stat().st_size for p in (full / "sources" / "articles").iterdir())
    log(f"N={n}: corpus generated ({raw_bytes / 1e6:.1f} MB); baseline, full and stored-analyses builds…")
    # In rounds (baseline, full, full again with the analyses stored), the fastest of each kind kept: a
    # machine whose speed drifts during the run slows the three kinds alike, and their ratios hold.
    baseline: dict[str, Any] | None = None
    full_result: dict[str, Any] | None = None
    warm: dict[str, Any] | None = None
    for attempt in range(args.repeat):
        baseline = faster(baseline, measure_build(base, work, f"baseline-{attempt}", False, 1))
        full_result = faster(full_result, measure_build(full, work, f"full-{attempt}", True, 1))
        warm = faster(warm, measure_build(full, work, f"warm-{attempt}", True, 1, cold=False))
        log(
            f"N={n}: round {attempt + 1}: baseline {baseline['wall_s']:.1f} s, full {full_result['wall_s']:.1f} s, "
            f"stored {warm['wall_s']:.1f} s (fastest so far)"
        )
    assert baseline is not None and full_result is not None and warm is not None
    result: dict[str, Any] = {
        "n": n,
        **context,
        "seed": args.seed,
        "corpus": {"articles": n, "raw_bytes": raw_bytes, "words": sum(a.words() for a in articles)},
        "full": full_result,
        "baseline": baseline,
        "ratio_wall": full_result["wall_s"] / baseline["wall_s"],
        "ratio_build": full_result["build_s"] / baseline["build_s"],
        "ratio_cpu": full_result["cpu_s"] / baseline["cpu_s"],
        "hooks_share": full_result["hooks"]["total_s"] / full_result["build_s"],
        "warm": warm,
        "ratio_warm": warm["wall_s"] / baseline["wall_s"],
        "warm_hooks_share": warm["hooks"]["total_s"] / warm["build_s"],
    }
    if not args.no_markdown:
        # The same articles, all as .txt then all as .md (formatted as authors write Markdown), cold, side by side.
        for kind, markdown in (("txt", False), ("md", True)):
            log(f"N={n}: every article as .{kind}…")
            project = copy_project(work / f"full-{kind}", generate.variant(articles, markdown))
            result[f"all_{kind}"] = measure_build(project, work, f"all-{kind}", True, args.repeat)
            shutil.rmtree(project, ignore_errors=True)
        result["ratio_md_txt"] = result["all_md"]["wall_s"] / result["all_txt"]["wall_s"]
        result["ratio_md_txt_hooks"] = result["all_md"]["hooks"]["total_s"] / result["all_txt"]["hooks"]["total_s"]
    if not args.no_rebuild:
        log(f"N={n}: serve-like rebuild…")
        forget_analyses(full)  # a first serve build that analyses everything
        edited = sorted((full / "sources" / "articles").iterdir())[n // 2]
        data = run_child(
            "rebuild", full, work / "site-serve", work / "rebuild.json", "--instrument", "--edit", str(edited)
        )
        first, again = data["first_hooks"]["total_s"], data["rebuild_hooks"]["total_s"]
        result["rebuild"] = {
            "edited": edited.name,
            "first_build_s": data["first_build_s"],
            "rebuild_s": data["rebuild_s"],
            "first_hooks_s": first,
            "rebuild_hooks_s": again,
            "hooks_ratio": again / first if first else None,
            "first_hooks": data["first_hooks"],
            "rebuild_hooks": data["rebuild_hooks"],
            "reword_rebuild_s": data["reword_rebuild_s"],
            "reword_rebuild_hooks_s": data["reword_rebuild_hooks"]["total_s"],
            "reword_hooks_ratio": data["reword_rebuild_hooks"]["total_s"] / first if first else None,
            "reword_rebuild_hooks": data["reword_rebuild_hooks"],
            "rich_rebuild_s": data["rich_rebuild_s"],
            "rich_rebuild_hooks_s": data["rich_rebuild_hooks"]["total_s"],
            "rich_hooks_ratio": data["rich_rebuild_hooks"]["total_s"] / first if first else None,
            "rich_rebuild_hooks": data["rich_rebuild_hooks"],
            "peak_rss_mb": data["peak_rss_mb"],
        }
        # `mkdocs serve` after a `make build` starts with the analyses stored: its first build costs the hooks
        # about what the stored-analyses build above does; the same rebuilds as a share of that.
        warm_hooks = warm["hooks"]["total_s"]
        result["rebuild"]["warm_first_hooks_s"] = warm_hooks
        for prefix in REBUILDS:
            spent = result["rebuild"][f"{prefix}rebuild_hooks_s"]
            result["rebuild"][f"{prefix}warm_hooks_ratio"] = spent / warm_hooks if warm_hooks else None
    if n in args.profile_sizes:
        log(f"N={n}: profiled build (pyinstrument)…")
        forget_analyses(full)
        prefix = args.profile_dir / f"{context['date']}-{n}"
        data = run_child(
            "build", full, work / "site-profile", work / "profile.json", "--instrument", "--profile", str(prefix)
        )
        result["profile"] = {**data["profile"], "hooks_total_s": data["hooks"]["total_s"], "build_s": data["build_s"]}
    result["bench_s"] = time.perf_counter() - started
    return result


# ----------------------------------------------------------------------------
# Report
# ----------------------------------------------------------------------------


def _mb(n_bytes: float) -> str:
    return f"{n_bytes / 1e6:.1f}"


def tables(results: list[dict[str, Any]]) -> str:
    lines = [
        "| N | full (s) | baseline (s) | ratio | ratio (build only) | ratio (CPU) | hooks (s) | hooks % "
        "| peak RSS full (+ largest worker) / base (MB) "
        "| site full / base (MB) | largest page, full (KB) | search index full / base (MB) | HTML pages full / base "
        "| warnings full / base |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|---|---|---|",
    ]
    for r in results:
        f, b = r["full"], r["baseline"]
        lines.append(
            f"| {r['n']} | {f['wall_s']:.1f} | {b['wall_s']:.1f} | {r['ratio_wall']:.2f} | {r['ratio_build']:.2f} "
            f"| {r['ratio_cpu']:.2f} "
            f"| {f['hooks']['total_s']:.2f} | {100 * r['hooks_share']:.1f} "
            f"| {f['peak_rss_mb']:.0f} (+ {f.get('workers_peak_rss_mb', 0):.0f}) / {b['peak_rss_mb']:.0f} "
            f"| {_mb(f['site']['bytes'])} / {_mb(b['site']['bytes'])} "
            f"| {f['site']['largest_page_kb']:.0f} `{f['site']['largest_page']}` "
            f"| {_mb(f['site']['search_index_bytes'])} / {_mb(b['site']['search_index_bytes'])} "
            f"| {f['site']['html_pages']} / {b['site']['html_pages']} | {f['warnings']} / {b['warnings']} |"
        )
    phases = [*("read", "clean", "analyse", "render", "link", "export", "workers"), "other"]
    lines += ["", "Hooks' own time by phase, full build (s):", ""]
    lines.append("| N | " + " | ".join(phases) + " | total |")
    lines.append("|---:|" + "---:|" * (len(phases) + 1))
    for r in results:
        hooks = r["full"]["hooks"]
        cells = " | ".join(f"{hooks['phases_s'].get(p, 0.0):.2f}" for p in phases)
        lines.append(f"| {r['n']} | {cells} | {hooks['total_s']:.2f} |")
    stored = [r for r in results if "warm" in r]
    if stored:
        lines += [
            "",
            "The same full build again, in a new process, with the analyses the last one stored "
            "(`.cache/dossier/`: a second `mkdocs build`, a new `mkdocs serve`):",
            "",
            "| N | full, analyses stored (s) | baseline (s) | ratio | hooks (s) | hooks % | workers (s) "
            "| peak RSS (MB) |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for r in stored:
            w = r["warm"]
            lines.append(
                f"| {r['n']} | {w['wall_s']:.1f} | {r['baseline']['wall_s']:.1f} | {r['ratio_warm']:.2f} "
                f"| {w['hooks']['total_s']:.2f} | {100 * r['warm_hooks_share']:.1f} "
                f"| {w['hooks']['phases_s'].get('workers', 0.0):.2f} | {w['peak_rss_mb']:.0f} |"
            )
    variants = [r for r in results if "ratio_md_txt" in r]
    if variants:
        lines += [
            "",
            "Markdown variant: the same articles, all as `.txt`, then all as `.md` with inline formatting, cold:",
            "",
            "| N | all .txt (s) | all .md (s) | .md / .txt | hooks .txt (s) | hooks .md (s) | hooks .md / .txt |",
            "|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for r in variants:
            t, m = r["all_txt"], r["all_md"]
            lines.append(
                f"| {r['n']} | {t['wall_s']:.1f} | {m['wall_s']:.1f} | {r['ratio_md_txt']:.2f} "
                f"| {t['hooks']['total_s']:.2f} | {m['hooks']['total_s']:.2f} | {r['ratio_md_txt_hooks']:.2f} |"
            )
    rebuilt = [r for r in results if "rebuild" in r]
    if rebuilt:
        lines += [
            "",
            "`mkdocs serve`-like rebuilds of one article edited three times in a row: (1) a plain paragraph",
            "appended, (2) a sentence added inside its middle paragraph of prose (whose anchor changes), (3) a",
            "paragraph appended that names an actor, glossary terms, a figure and a date. Each rebuild: its time,",
            "its hooks' time and that as a share of the first build's hooks (serve process peak RSS):",
            "",
        ]
        lines.append(
            "| N | first build (s) | hooks, first (s) | rebuild 1 (s) | hooks 1 (s) | 1 / first "
            "| rebuild 2 (s) | hooks 2 (s) | 2 / first | rebuild 3 (s) | hooks 3 (s) | 3 / first | peak RSS (MB) |"
        )
        lines.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in rebuilt:
            rb = r["rebuild"]
            cells = [f"{r['n']}", f"{rb['first_build_s']:.1f}", f"{rb['first_hooks_s']:.2f}"]
            for prefix in REBUILDS:
                ratio = rb[f"{prefix}hooks_ratio"]
                cells += [
                    f"{rb[f'{prefix}rebuild_s']:.1f}",
                    f"{rb[f'{prefix}rebuild_hooks_s']:.2f}",
                    f"{ratio:.2f}" if ratio is not None else "n/a",
                ]
            lines.append("| " + " | ".join([*cells, f"{rb['peak_rss_mb']:.0f}"]) + " |")
        lines += [
            "",
            "The same rebuilds' hooks as a share of a first build that starts with the analyses stored "
            "(`mkdocs serve` after a `make build`; its hooks taken as the stored-analyses build's above):",
            "",
            "| N | hooks, first with analyses stored (s) | 1 / first | 2 / first | 3 / first |",
            "|---:|---:|---:|---:|---:|",
        ]
        for r in rebuilt:
            rb = r["rebuild"]
            if "warm_first_hooks_s" not in rb:
                continue
            shares = [rb[f"{prefix}warm_hooks_ratio"] for prefix in REBUILDS]
            cells = [f"{x:.2f}" if x is not None else "n/a" for x in shares]
            lines.append(f"| {r['n']} | {rb['warm_first_hooks_s']:.2f} | " + " | ".join(cells) + " |")
    profiled = [r for r in results if "profile" in r]
    for r in profiled:
        lines += profile_tables(r)
    if len(profiled) >= 2:
        lines += scaling_table(profiled[0], profiled[-1])
    missing = sorted({m for r in results for m in r["full"].get("instrumented", {}).get("missing", [])})
    if missing:
        lines += ["", f"Not found in hooks/dossier (timed as 'other'): {', '.join(missing)}"]
    return "\n".join(lines)


def _share(row: dict[str, Any], key: str, hooks_total: float) -> str:
    return f"{100 * row[key] / hooks_total:.1f} %" if hooks_total else ""


def profile_tables(result: dict[str, Any], top: int = 15) -> list[str]:
    """The dossier functions with the most time including callees, then with the most time of their own."""
    profile = result["profile"]
    total = profile["hooks_total_s"]
    rows = profile["hot_spots"]
    lines = ["", f"Hot spots in hooks/dossier, N={result['n']} (pyinstrument; % of the hooks' own time):", ""]
    lines += ["| function | where | inclusive (s) | % | self (s) | % |", "|---|---|---:|---:|---:|---:|"]
    by_self = sorted(rows, key=lambda row: -row["self_s"])[:top]
    for row in [*rows[:top], None, *by_self]:
        if row is None:
            lines += ["", "By self time (excluding callees in the dossier package or libraries):", ""]
            lines += ["| function | where | inclusive (s) | % | self (s) | % |", "|---|---|---:|---:|---:|---:|"]
            continue
        lines.append(
            f"| `{row['function']}` | {row['where']} | {row['inclusive_s']:.2f} | {_share(row, 'inclusive_s', total)} "
            f"| {row['self_s']:.2f} | {_share(row, 'self_s', total)} |"
        )
    return lines


def scaling_table(small: dict[str, Any], large: dict[str, Any], top: int = 15) -> list[str]:
    """Growth of each hot spot's inclusive time from the smallest to the largest profiled N."""
    factor = large["n"] / small["n"]
    before = {(row["function"], row["where"]): row["inclusive_s"] for row in small["profile"]["hot_spots"]}
    lines = ["", f"Growth N={small['n']} -> N={large['n']} (x{factor:g} articles; linear = x{factor:g}):", ""]
    lines += ["| function | where | inclusive, small (s) | inclusive, large (s) | growth |", "|---|---|---:|---:|---:|"]
    for row in large["profile"]["hot_spots"][:top]:
        old = before.get((row["function"], row["where"]))
        growth = f"x{row['inclusive_s'] / old:.0f}" if old else "new"
        old_text = f"{old:.2f}" if old else "< 0.01"
        lines.append(f"| `{row['function']}` | {row['where']} | {old_text} | {row['inclusive_s']:.2f} | {growth} |")
    return lines


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _sizes(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.replace(" ", "").split(",") if part)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=_sizes, default=DEFAULT_SIZES, help="comma-separated N (default 100,1000,5000)")
    parser.add_argument("--quick", action="store_true", help="smoke run: N=20")
    parser.add_argument("--seed", type=int, default=generate.DEFAULT_SEED)
    parser.add_argument("--repeat", type=int, default=1, help="builds per N and kind; the fastest is kept")
    parser.add_argument("--no-rebuild", action="store_true", help="skip the serve-like rebuild measurement")
    parser.add_argument("--no-markdown", action="store_true", help="skip the Markdown variant (all .md vs all .txt)")
    parser.add_argument("--profile", action="store_true", help="also profile the full build with pyinstrument")
    parser.add_argument("--profile-sizes", type=_sizes, help="N to profile (default: all with --profile)")
    parser.add_argument("--profile-dir", type=Path, default=Path(tempfile.gettempdir()) / "dossier-bench-profiles")
    parser.add_argument("--out", type=Path, default=BENCH / "results", help="folder for <date>-<N>.json")
    parser.add_argument("--keep", action="store_true", help="keep the temporary projects and sites")
    parser.add_argument("--workers", type=int, help="article-analysis processes (DOSSIER_WORKERS; 1: none)")
    args = parser.parse_args(argv)
    global WORKERS
    WORKERS = args.workers
    sizes = QUICK_SIZES if args.quick else args.sizes
    if args.profile_sizes is None:
        args.profile_sizes = sizes if args.profile else ()
    args.out.mkdir(parents=True, exist_ok=True)
    context = {
        "date": dt.date.today().isoformat(),
        "machine": machine(),
        "project": project_state(),
        "workers": args.workers if args.workers is not None else "auto",
    }
    results = []
    started = time.perf_counter()
    for n in sizes:
        work = Path(tempfile.mkdtemp(prefix=f"dossier-bench-{n}-"))
        try:
            result = bench_one(n, args, work, context)
        finally:
            if args.keep:
                log(f"N={n}: kept {work}")
            else:
                shutil.rmtree(work, ignore_errors=True)
        path = args.out / f"{context['date']}-{n}.json"
        path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        log(f"N={n}: done in {result['bench_s']:.0f} s; {path}")
        results.append(result)
    print(tables(results))
    log(f"total {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
