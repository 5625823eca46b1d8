"""Work a forked process does while MkDocs writes the pages (`dossier.background`): the open data, the pages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dossier import corpus, export, render_facts
from dossier.background import Ahead, DataWriter

from .conftest import REPRODUCIBLE, make_project, run_build

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


def test_a_build_writes_the_same_site_in_one_process_or_two(tmp_path: Path) -> None:
    folder = make_project(tmp_path / "project")
    two = run_build(folder, env={"DOSSIER_WORKERS": "2", "DOSSIER_CACHE": "0", **REPRODUCIBLE})
    assert two.returncode == 0, two.log[-2000:]
    (folder / "site").rename(folder / "site-2")
    one = run_build(folder, env={"DOSSIER_WORKERS": "1", "DOSSIER_CACHE": "0", **REPRODUCIBLE})
    assert one.returncode == 0, one.log[-2000:]
    left, right = folder / "site-2", one.site
    names = sorted(p.relative_to(left) for p in left.rglob("*") if p.is_file() and p.suffix != ".gz")
    assert names == sorted(p.relative_to(right) for p in right.rglob("*") if p.is_file() and p.suffix != ".gz")
    assert len([name for name in names if name.parts[0] == "data"]) == 8
    assert [name for name in names if (left / name).read_bytes() != (right / name).read_bytes()] == []


def jobs(count: int, failing: int | None = None) -> list[tuple[str, object]]:
    def job(i: int) -> tuple[int, str]:
        if i == failing:
            raise ValueError("boom")
        return i, "é" * 1000 * i

    return [(f"page-{i}", lambda i=i: job(i)) for i in range(count)]


@forking
def test_jobs_done_ahead_are_taken_in_any_order() -> None:
    ahead = Ahead.start(jobs(50))  # type: ignore[arg-type]
    assert ahead is not None
    assert ahead.take("page-3") == (3, "é" * 3000)
    assert ahead.take("page-0") == (0, "")
    assert [ahead.take(f"page-{i}") for i in range(49, 3, -1)] == [(i, "é" * 1000 * i) for i in range(49, 3, -1)]
    assert ahead.take("page-50") is None  # no such job: the caller does it
    ahead.stop()
    assert ahead.pid is None


@forking
def test_a_job_that_raises_and_the_jobs_after_it_are_left_to_the_caller() -> None:
    ahead = Ahead.start(jobs(10, failing=4))  # type: ignore[arg-type]
    assert ahead is not None
    assert [ahead.take(f"page-{i}") for i in range(10)] == [(i, "é" * 1000 * i) for i in range(4)] + [None] * 6
    ahead.stop()
    assert Ahead.start([]) is None


@forking
def test_a_process_stopped_early_is_waited_for() -> None:
    ahead = Ahead.start(jobs(2000))  # type: ignore[arg-type]
    assert ahead is not None
    ahead.stop()
    assert ahead.pid is None and ahead.take("page-1") is None
