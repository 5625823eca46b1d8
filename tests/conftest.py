"""Shared fixtures: the repository, and real MkDocs builds in temporary folders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "sources" / "articles"


@dataclass
class Build:
    project: Path
    site: Path
    returncode: int
    log: str

    def page(self, url: str) -> str:
        return (self.site / url / "index.html").read_text(encoding="utf-8")


def make_project(dest: Path, articles: dict[str, bytes | str] | None = None, seeds: bool = True) -> Path:
    """A copy of the site's project files, with the seeds and/or given articles."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", dest / "docs")
    shutil.copytree(ROOT / "hooks", dest / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
    target = dest / "sources" / "articles"
    target.mkdir(parents=True)
    for extra in (ROOT / "sources").glob("*.yml"):
        shutil.copy(extra, dest / "sources" / extra.name)
    if seeds:
        for seed in SEEDS.iterdir():
            shutil.copy(seed, target / seed.name)
    for name, content in (articles or {}).items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (target / name).write_bytes(data)
    return dest


def run_build(project: Path, strict: bool = True) -> Build:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    cmd = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(project / "site")]
    if strict:
        cmd.append("--strict")
    proc = subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True, timeout=300)
    return Build(project, project / "site", proc.returncode, proc.stdout + proc.stderr)


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """One strict build of the real site (seeds only), shared by the build tests."""
    project = make_project(tmp_path_factory.mktemp("seed-site"))
    build = run_build(project)
    assert build.returncode == 0, build.log
    return build
