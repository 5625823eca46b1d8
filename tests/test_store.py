"""The analyses kept on disk (`corpus.Store`): what a second `mkdocs build` or a new `mkdocs serve` reuses."""

from __future__ import annotations

import filecmp
import pickle
import shutil
from pathlib import Path

import pytest

from dossier import corpus

from .conftest import make_project, run_build
from .test_corpus import snapshot

ARTICLE = "004_ad1c9ff902deb2c0.txt"


def build(project: Path, store: corpus.Store | None, cache: corpus.Cache | None = None) -> corpus.Corpus:
    return corpus.build(project / "sources" / "articles", project, cache=cache, store=store)


def stored(store: corpus.Store) -> set[str]:
    """The keys of the analyses the store's folder holds, as the next build finds them."""
    return set(corpus.Store(store.folder, store.code).index.entries)


def files(store: corpus.Store, suffix: str) -> set[str]:
    return {p.name for p in store.folder.iterdir() if p.suffix == suffix}


def indexes(store: corpus.Store) -> set[str]:
    return files(store, corpus.Store.INDEX)


def packs(store: corpus.Store) -> set[str]:
    return files(store, corpus.Store.PACK)


def fresh(project: Path, code: str = "code") -> corpus.Store:
    """The store as a new process sees it (nothing used, nothing read yet)."""
    return corpus.Store(project / ".cache" / "analyses", code)


def test_a_new_process_reads_every_analysis_from_the_store(project: Path) -> None:
    first = fresh(project)
    expected = snapshot(build(project, first))
    assert (first.hits, first.writes) == (0, 5)
    assert len(stored(first)) == 5
    second = fresh(project)
    cache = corpus.Cache()
    assert snapshot(build(project, second, cache)) == expected == snapshot(build(project, None))
    assert (second.hits, second.writes) == (5, 0)
    assert (cache.hits, cache.misses) == (5, 0)  # nothing was analysed


def test_an_edited_article_alone_is_analysed_again_and_its_old_analysis_goes(project: Path) -> None:
    build(project, fresh(project))
    before = stored(fresh(project))
    path = project / "sources" / "articles" / ARTICLE
    path.write_text(path.read_text("utf-8") + "\n\nUn paragraphe ajouté sur la Chine.\n", "utf-8")
    store = fresh(project)
    edited = build(project, store)
    assert (store.hits, store.writes) == (4, 1)
    after = stored(store)
    assert len(after) == 5 and len(after - before) == 1
    assert snapshot(edited) == snapshot(build(project, None))


def test_configuration_code_and_deleted_files_leave_nothing_stale(project: Path) -> None:
    build(project, fresh(project))
    glossary = project / "sources" / "glossary.yml"
    glossary.write_text(glossary.read_text("utf-8") + "\n", "utf-8")
    store = fresh(project)
    build(project, store)
    assert (store.hits, store.writes) == (0, 5)
    assert len(stored(store)) == 5  # the analyses made with the old glossary are gone
    other_code = fresh(project, code="changed")
    build(project, other_code)
    assert (other_code.hits, other_code.writes) == (0, 5)
    (project / "sources" / "articles" / ARTICLE).unlink()
    store = fresh(project, code="changed")
    build(project, store)
    assert store.hits == 4 and len(stored(store)) == 4


def test_a_corrupt_or_foreign_analysis_is_analysed_again(project: Path) -> None:
    build(project, fresh(project))
    index = fresh(project).index
    damaged = sorted(index.entries)[:2]
    (pack,) = {index.entries[key].pack for key in damaged}
    with (fresh(project).folder / pack).open("r+b") as out:
        first, second = (index.entries[key] for key in damaged)
        out.seek(first.offset)
        out.write(b"\0" * first.length)
        out.seek(second.offset)
        out.write(b"not a pickle")
    store = fresh(project)
    rebuilt = build(project, store)
    assert (store.hits, store.writes) == (3, 2)
    assert snapshot(rebuilt) == snapshot(build(project, None))
    assert all(fresh(project).load(key) is not None for key in damaged)  # written anew


def test_a_missing_pack_or_a_corrupt_index_has_every_file_analysed_again(project: Path) -> None:
    expected = snapshot(build(project, fresh(project)))
    for pack in packs(fresh(project)):
        (fresh(project).folder / pack).unlink()
    store = fresh(project)
    assert snapshot(build(project, store)) == expected
    assert (store.hits, store.writes) == (0, 5)
    (index,) = indexes(fresh(project))
    path = fresh(project).folder / index
    for damage in (path.read_bytes()[:50], b"not a pickle", pickle.dumps({"edges": {}})):
        path.write_bytes(damage)
        store = fresh(project)
        assert snapshot(build(project, store)) == expected
        assert (store.hits, store.writes) == (0, 5)
        assert path.read_bytes() != damage  # written anew
        again = fresh(project)
        build(project, again)
        assert (again.hits, again.writes) == (5, 0)


def test_one_pack_per_build_and_packs_mostly_unused_are_compacted(project: Path) -> None:
    build(project, fresh(project))
    assert len(packs(fresh(project))) == 1
    articles = sorted((project / "sources" / "articles").iterdir())

    def edit(*paths: Path) -> corpus.Store:
        for path in paths:  # each its own words: a line added to several would be a site-template line
            path.write_text(path.read_text("utf-8") + f"\n\nUn paragraphe ajouté à {path.stem}.\n", "utf-8")
        store = fresh(project)
        build(project, store)
        return store

    store = edit(articles[0])  # the first pack still holds four of the five analyses
    assert (store.hits, store.writes) == (4, 1)
    assert len(packs(store)) == 2
    store = edit(articles[1], articles[2])  # the first holds two of five: they are copied into the new pack
    assert (store.hits, store.writes) == (3, 2)
    assert len(packs(store)) == 2 and len(stored(store)) == 5
    again = fresh(project)
    build(project, again)
    assert (again.hits, again.writes) == (5, 0)
    assert snapshot(build(project, fresh(project))) == snapshot(build(project, None))


def test_analyses_kept_one_per_file_by_earlier_versions_are_deleted(project: Path) -> None:
    folder = fresh(project).folder
    folder.mkdir(parents=True)
    (folder / "0123456789abcdef0123456789abcdef01234567.pickle").write_bytes(b"an earlier version's analysis")
    (folder / "x.tmp").write_bytes(b"an unfinished write")
    build(project, fresh(project))
    assert {p.suffix for p in folder.iterdir()} == {corpus.Store.PACK, corpus.Store.INDEX}


def test_serve_keeps_the_analyses_it_holds_in_memory_on_disk(project: Path) -> None:
    cache = corpus.Cache()
    build(project, fresh(project), cache)
    store = fresh(project)
    build(project, store, cache)  # every file from memory: none may be pruned from the disk
    assert (cache.hits, store.hits, store.writes) == (5, 0, 0)
    assert len(stored(store)) == 5


def test_what_worker_processes_analyse_is_stored(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus, "PARALLEL_MIN", 2)
    monkeypatch.setattr(corpus, "BATCH", 2)
    monkeypatch.setenv("DOSSIER_WORKERS", "2")
    expected = snapshot(build(project, None))
    first = fresh(project)
    assert snapshot(build(project, first)) == expected
    assert len(stored(first)) == 5
    second = fresh(project)
    assert snapshot(build(project, second)) == expected
    assert second.hits == 5


def test_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    default = corpus.store(tmp_path)
    assert default is not None and default.folder == tmp_path / ".cache" / "dossier" / "analyses"
    assert default.code == corpus.code_key()
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path / "ailleurs"))
    elsewhere = corpus.store(tmp_path)
    assert elsewhere is not None and elsewhere.folder == tmp_path / "ailleurs"
    monkeypatch.setenv("DOSSIER_CACHE", "0")
    assert corpus.store(tmp_path) is None


def test_a_second_mkdocs_build_reads_the_store_and_writes_the_same_site(tmp_path: Path) -> None:
    folder = make_project(tmp_path / "project")
    first = run_build(folder, verbose=True)
    assert first.returncode == 0, first.log[-2000:]
    shutil.move(first.site, folder / "site-1")
    second = run_build(folder, verbose=True)
    assert second.returncode == 0, second.log[-2000:]
    assert "0 analyses read from" in first.log and ", 5 written" in first.log
    assert "5 analyses read from" in second.log and ", 0 written" in second.log
    compared = filecmp.dircmp(folder / "site-1", second.site)

    def same(c: filecmp.dircmp[str]) -> bool:
        return not (c.left_only or c.right_only or c.diff_files) and all(same(s) for s in c.subdirs.values())

    assert same(compared)


def test_the_edge_lines_are_read_from_the_index(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = snapshot(build(project, fresh(project)))
    assert len(indexes(fresh(project))) == 1

    def never(data: bytes, markdown: bool = False) -> object:
        raise AssertionError("edge lines read from the text")

    with monkeypatch.context() as patched:
        patched.setattr(corpus.boilerplate, "edges", never)
        store = fresh(project)
        assert snapshot(build(project, store)) == expected
        assert store.hits == 5
    # An edited file's edge lines are read from its text, and the index holds the current files' only.
    path = project / "sources" / "articles" / ARTICLE
    path.write_text(path.read_text("utf-8") + "\n\nUn paragraphe ajouté.\n", "utf-8")
    seen: list[bytes] = []
    edges = corpus.boilerplate.edges

    def counted(data: bytes, markdown: bool = False) -> object:
        seen.append(data)
        return edges(data, markdown)

    with monkeypatch.context() as patched:
        patched.setattr(corpus.boilerplate, "edges", counted)
        build(project, fresh(project))
        assert len(seen) == 1
        build(project, fresh(project))
        assert len(seen) == 1
    # Another code: another index, and the old one goes.
    before = indexes(fresh(project))
    build(project, fresh(project, code="changed"))
    after = indexes(fresh(project))
    assert len(after) == 1 and after != before
