"""Shared fixtures: the repository, and real MkDocs builds in temporary folders."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "sources" / "articles"


@dataclass
class Build:
    project: Path
    site: Path
    returncode: int
    log: str
    url: str = ""  # where the site is served during the session, if it is

    def page(self, url: str) -> str:
        return (self.site / url / "index.html").read_text(encoding="utf-8")


def unbound(text: str) -> str:
    """Page text with French typography's no-break spaces as the plain spaces the source typed."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def make_project(dest: Path, articles: dict[str, bytes | str] | None = None, seeds: bool = True) -> Path:
    """A copy of the site's project files, with the seeds and/or given articles."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", dest / "docs")
    shutil.copytree(ROOT / "hooks", dest / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "overrides", dest / "overrides")
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


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The seeds and the configuration files in a temporary folder, for :func:`dossier.corpus.build`."""
    (tmp_path / "sources").mkdir()
    shutil.copytree(SEEDS, tmp_path / "sources" / "articles")
    for config in (ROOT / "sources").glob("*.yml"):
        shutil.copy(config, tmp_path / "sources" / config.name)
    return tmp_path


# The build's date, fixed as reproducible builds fix it (MkDocs reads SOURCE_DATE_EPOCH), for tests that compare two
# builds byte for byte: the sitemap dates each page by the build, and two builds either side of midnight would
# differ by it alone.
REPRODUCIBLE = {"SOURCE_DATE_EPOCH": "1767225600"}


def run_build(
    project: Path,
    strict: bool = True,
    site_url: str | None = None,
    env: dict[str, str] | None = None,
    verbose: bool = False,
) -> Build:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    if site_url:
        env["SITE_URL"] = site_url
    cmd = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(project / "site")]
    if strict:
        cmd.append("--strict")
    if verbose:
        cmd.append("--verbose")
    proc = subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True, timeout=300)
    return Build(project, project / "site", proc.returncode, proc.stdout + proc.stderr)


def _internal_target(page: Path, href: str) -> tuple[Path, str] | None:
    if href.startswith(("http:", "https:", "mailto:", "javascript:", "data:")) or href.startswith("//"):
        return None
    path, _, fragment = href.partition("#")
    target = (page.parent / path).resolve() if path else page
    if target.is_dir():
        target = target / "index.html"
    return target, fragment


def broken_links(site: Path) -> list[tuple[Path, str]]:
    """Links in page content whose target file or anchor does not exist."""
    broken = []
    ids: dict[Path, set[str]] = {}
    for page in site.rglob("*.html"):
        doc = BeautifulSoup(page.read_text("utf-8"), "html.parser")
        for link in doc.select("article a[href]"):
            resolved = _internal_target(page, link["href"])
            if resolved is None:
                continue
            target, fragment = resolved
            if not target.exists():
                broken.append((page, link["href"]))
                continue
            if fragment and target.suffix == ".html":
                if target not in ids:
                    ids[target] = {
                        el["id"] for el in BeautifulSoup(target.read_text("utf-8"), "html.parser").select("[id]")
                    }
                if fragment not in ids[target]:
                    broken.append((page, link["href"]))
    return broken


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Build]:
    """One strict build of the real site (seeds only), shared by the build and browser tests.

    The site is served on 127.0.0.1 for the whole session and built with that
    address as ``site_url``, as on a real host: instant navigation and link
    previews only work for URLs listed in the sitemap.
    """
    project = make_project(tmp_path_factory.mktemp("seed-site"))
    handler = functools.partial(QuietHandler, directory=str(project / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    build = run_build(project, site_url=url)
    assert build.returncode == 0, build.log
    build.url = url
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield build
    server.shutdown()
