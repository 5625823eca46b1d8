"""`mkdocs serve` watches sources/: adding or editing an article rebuilds the site."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from .conftest import make_project


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(url: str, needle: str, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        body = fetch(url)
        if body is not None and needle in body:
            return True
        time.sleep(0.5)
    return False


def test_serve_rebuilds_when_an_article_is_added_or_edited(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"ajout.txt": "Un article ajouté\n\nPremière version du texte."}, seeds=False)
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert wait_for(base + "articles/un-article-ajoute/", "Première version du texte.")
        article = project / "sources" / "articles" / "ajout.txt"
        article.write_text("Un article ajouté\n\nSeconde version du texte.", encoding="utf-8")
        assert wait_for(base + "articles/un-article-ajoute/", "Seconde version du texte.")
        (project / "sources" / "articles" / "nouveau.txt").write_text("Un autre article\n\nTexte.", encoding="utf-8")
        assert wait_for(base + "articles/", "Un autre article")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
