"""Publishing: the GitHub Pages workflow, and `make build` with SITE_URL served from a sub-folder by a static host."""

from __future__ import annotations

import functools
import http.server
import re
import shlex
import subprocess
import sys
import threading
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import yaml

from .conftest import ROOT, QuietHandler, make_project

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def makefile_targets() -> dict[str, list[str]]:
    """Each target of the Makefile and the lines of its recipe."""
    targets: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in (ROOT / "Makefile").read_text(encoding="utf-8").splitlines():
        if line.startswith("\t") and current is not None:
            current.append(line.strip())
            continue
        match = re.match(r"^([A-Za-z0-9_.$()/-]+)\s*:(?!=)", line)
        current = targets.setdefault(match.group(1), []) if match else None
    return targets


def workflow() -> dict[str, Any]:
    loaded = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def steps(job: str) -> list[dict[str, Any]]:
    return list(workflow()["jobs"][job]["steps"])


def test_the_workflow_builds_with_make_and_publishes_site() -> None:
    flow = workflow()
    triggers = flow.get("on", flow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert "push" in triggers and "workflow_dispatch" in triggers
    assert flow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    build = steps("build")
    (run,) = [step for step in build if "run" in step]
    assert run["run"].strip() == "make build"
    assert "steps.pages.outputs.base_url" in run["env"]["SITE_URL"]  # the address the site is served at
    uses = [step["uses"].split("@")[0] for step in build if "uses" in step]
    assert uses == [
        "actions/checkout",
        "actions/setup-python",
        "actions/configure-pages",
        "actions/upload-pages-artifact",
    ]
    upload = next(step for step in build if step.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "site"
    deploy = flow["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]


def test_every_command_the_workflow_runs_is_in_the_makefile() -> None:
    targets = makefile_targets()
    commands = [step["run"] for job in workflow()["jobs"] for step in steps(job) if "run" in step]
    assert commands
    for command in commands:
        for line in command.strip().splitlines():
            words = shlex.split(line)
            assert words[0] == "make", f"{line!r}: the workflow runs Makefile targets only"
            for target in words[1:]:
                assert target in targets, f"{line!r}: no target {target!r} in the Makefile"
    # `make build` builds strictly into site/, the folder the workflow uploads.
    (recipe,) = targets["build"]
    assert "--strict" in recipe and "--site-dir site" in recipe


def test_make_build_with_site_url_gives_a_folder_a_static_host_serves(tmp_path: Path) -> None:
    """The Makefile's build command, with SITE_URL under a sub-folder, served from that sub-folder."""
    project = make_project(tmp_path / "project")
    (recipe,) = makefile_targets()["build"]
    command = recipe.replace("$(BIN)/", str(Path(sys.executable).parent) + "/")
    host = tmp_path / "host"
    host.mkdir()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(host)))
    url = f"http://127.0.0.1:{server.server_address[1]}/dossier/"
    env = {"PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin", "SITE_URL": url, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run(shlex.split(command), cwd=project, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    (project / "site").rename(host / "dossier")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        sitemap = urllib.request.urlopen(f"{url}sitemap.xml", timeout=10).read()
        pages = [
            loc.text or "" for loc in ET.fromstring(sitemap).iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
        ]
        assert pages and all(page.startswith(url) for page in pages)
        for page in [url, *pages[:: max(1, len(pages) // 20)], f"{url}data/articles.json", f"{url}feed.xml"]:
            with urllib.request.urlopen(page, timeout=10) as response:
                assert response.status == 200, page
        home = urllib.request.urlopen(url, timeout=10).read().decode("utf-8")
        assert f'<link rel="canonical" href="{url}">' in home
    finally:
        server.shutdown()
        server.server_close()
