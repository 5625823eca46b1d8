"""The benchmark keeps working: a small-N smoke run (no timing is asserted)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from .conftest import ROOT

BENCH = ROOT / "bench"


def load_generate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_generate", BENCH / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_generator_is_deterministic_and_varied(tmp_path: Path) -> None:
    generate = load_generate()
    first = [a.to_raw() for a in generate.generate(6, seed=7)]
    again = [a.to_raw() for a in generate.generate(3, seed=7)]
    assert first[:3] == again  # article i depends only on the seed and i
    assert len(set(first)) == 6
    assert [a.to_raw() for a in generate.generate(2, seed=8)] != first[:2]
    text = "\n".join(first)
    assert "«" in text and "»" in text and "\n– " in text
    paths = generate.write_plain(generate.generate(3, seed=7), tmp_path)
    assert len(paths) == 3 and (tmp_path / "articles" / "index.md").is_file()
    assert all(p.read_text(encoding="utf-8").startswith("# ") for p in paths)


def test_quick_benchmark_runs_and_reports(tmp_path: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--quick", "--out", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "| N | full (s) | baseline (s) | ratio |" in proc.stdout
    assert "| 20 |" in proc.stdout
    assert "| read | clean | analyse | render | link | export | workers | other |" in proc.stdout
    assert "| 1 / first |" in proc.stdout and "| 3 / first |" in proc.stdout
    assert "| N | full, analyses stored (s) |" in proc.stdout
    assert "| N | all .txt (s) | all .md (s) | .md / .txt |" in proc.stdout  # the Markdown variant
    (result_file,) = tmp_path.glob("*-20.json")
    result = json.loads(result_file.read_text(encoding="utf-8"))
    keys = ("n", "date", "machine", "project", "corpus", "full", "baseline", "ratio_wall", "ratio_cpu", "rebuild")
    for key in (*keys, "warm", "ratio_warm", "all_txt", "all_md", "ratio_md_txt"):
        assert key in result, key
    assert result["n"] == 20
    for kind in ("full", "baseline"):
        build = result[kind]
        for key in ("wall_s", "build_s", "cpu_s", "peak_rss_mb", "warnings", "site", "hooks"):
            assert key in build, (kind, key)
        assert build["site"]["html_pages"] > 20
        assert build["site"]["search_index_bytes"] > 0
    hooks = result["full"]["hooks"]
    assert set(hooks["phases_s"]) == {"read", "clean", "analyse", "render", "link", "export", "workers", "other"}
    assert hooks["total_s"] > 0
    assert result["full"]["instrumented"]["missing"] == [], "update bench/instrument.py PHASES"
    assert result["baseline"]["hooks"]["total_s"] == 0
    assert {
        "first_hooks_s",
        "rebuild_hooks_s",
        "hooks_ratio",
        "reword_hooks_ratio",
        "rich_rebuild_hooks_s",
        "rich_hooks_ratio",
    } <= set(result["rebuild"])


def test_the_markdown_variant_is_the_same_articles_formatted() -> None:
    generate = load_generate()
    articles = generate.generate(6, seed=11)
    as_md, as_txt = generate.variant(articles, True), generate.variant(articles, False)
    assert all(a.filename.endswith(".md") for a in as_md) and all(a.filename.endswith(".txt") for a in as_txt)
    md_text = "".join(a.to_raw() for a in as_md)
    assert "**" in md_text and "](https://exemple.fr/" in md_text
    assert [a.title for a in as_md] == [a.title for a in as_txt] == [a.title for a in articles]
