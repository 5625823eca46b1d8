"""The open data written by a forked process while MkDocs writes the pages (`session.DataWriter`)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dossier import corpus, export, render_facts
from dossier.session import DataWriter

from .conftest import make_project, run_build

forking = pytest.mark.skipif(not corpus.can_fork(), reason="the platform cannot fork")


def data_files(project: Path) -> dict[str, export.DataFile]:
    c = corpus.build(project / "sources" / "articles", project)
    files = export.data_files(c.articles, c.quotes, c.glossary, c.terms, c.themes)
    files.update(export.facts_files(c.facts, render_facts.events(c.facts, c.by_id()), c.articles))
    return {f"data/{name}": made for name, made in files.items()}


@forking
def test_a_forked_process_writes_the_files_this_one_would(project: Path) -> None:
    files = data_files(project)
    export.write_files(project / "here", files)
    writer = DataWriter.start(project / "there", files)
    assert writer.pid is not None and writer.done()
    assert writer.pid is None  # waited for
    here, there = project / "here" / "data", project / "there" / "data"
    assert len(list(here.iterdir())) == 8
    for path in here.iterdir():
        assert (there / path.name).read_bytes() == path.read_bytes()


@forking
def test_a_process_that_fails_says_so(project: Path) -> None:
    parent = os.getpid()

    def records(parts: object) -> list[dict[str, object]]:
        if os.getpid() != parent:
            raise RuntimeError("in the forked process")
        return [{"id": "x"}]

    writer = DataWriter.start(project, {"data/x.json": export.DataFile(records, lambda: None)})
    assert not writer.done()
    assert not DataWriter.NONE.done()  # no process: the caller writes the data


@forking
def test_a_stopped_process_is_waited_for(project: Path) -> None:
    writer = DataWriter.start(project, data_files(project))
    writer.stop()
    assert writer.pid is None


def test_a_build_writes_the_same_data_in_one_process_or_two(tmp_path: Path) -> None:
    folder = make_project(tmp_path / "project")
    two = run_build(folder, env={"DOSSIER_WORKERS": "2", "DOSSIER_CACHE": "0"})
    assert two.returncode == 0, two.log[-2000:]
    (folder / "site").rename(folder / "site-2")
    one = run_build(folder, env={"DOSSIER_WORKERS": "1", "DOSSIER_CACHE": "0"})
    assert one.returncode == 0, one.log[-2000:]
    left, right = folder / "site-2" / "data", one.site / "data"
    names = sorted(p.name for p in left.iterdir())
    assert names == sorted(p.name for p in right.iterdir()) and len(names) == 8
    assert all((left / name).read_bytes() == (right / name).read_bytes() for name in names)
