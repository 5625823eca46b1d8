"""The corpus build and its per-file cache (what `mkdocs serve` reuses between rebuilds)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from dossier import corpus, export, render_facts


def build(project: Path, cache: corpus.Cache | None = None) -> corpus.Corpus:
    return corpus.build(project / "sources" / "articles", project, cache=cache)


def snapshot(c: corpus.Corpus) -> tuple[str, ...]:
    """Everything the site shows, as text: the open data and every article body."""
    bodies = "\n".join(section.html for a in c.articles for section in c.bodies[a.id])
    return (
        export.articles_json(c.articles),
        export.quotes_json(c.quotes, c.articles),
        export.themes_json(c.themes, c.articles),
        export.glossary_json(c.glossary, c.terms, c.articles),
        export.actors_json(c.facts, c.articles),
        export.figures_json(c.facts, c.articles),
        export.timeline_json(render_facts.events(c.facts, c.by_id()), c.articles),
        str(c.facts.unknown),
        str(c.missing_terms),
        str({k: [o.id for o, _ in v] for k, v in c.related.items()}),
        bodies,
    )


def test_unchanged_files_come_from_the_cache_and_give_the_same_corpus(project: Path) -> None:
    cache = corpus.Cache()
    first = snapshot(build(project, cache))
    assert (cache.hits, cache.misses) == (0, 5)
    again = snapshot(build(project, cache))
    assert (cache.hits, cache.misses) == (5, 0)
    assert again == first == snapshot(build(project))


def test_an_edited_article_alone_is_analysed_again(project: Path) -> None:
    cache = corpus.Cache()
    build(project, cache)
    path = project / "sources" / "articles" / "004_ad1c9ff902deb2c0.txt"
    path.write_text(path.read_text("utf-8") + "\n\nUn paragraphe ajouté sur la Chine et les startups.\n", "utf-8")
    edited = build(project, cache)
    assert (cache.hits, cache.misses) == (4, 1)
    assert snapshot(edited) == snapshot(build(project))
    assert "Un paragraphe ajouté" in edited.bodies["004_ad1c9ff902deb2c0"][-1].html


def test_a_touched_file_with_the_same_bytes_is_not_analysed_again(project: Path) -> None:
    cache = corpus.Cache()
    build(project, cache)
    path = project / "sources" / "articles" / "000_4cf25603e8a583ce.txt"
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 5_000_000_000))
    build(project, cache)
    assert (cache.hits, cache.misses) == (5, 0)


def test_configuration_changes_invalidate_every_entry(project: Path) -> None:
    cache = corpus.Cache()
    before = build(project, cache)
    glossary = project / "sources" / "glossary.yml"
    glossary.write_text(
        glossary.read_text("utf-8").replace("terms:\n", "terms:\n  - term: Zuckerberg\n    definition: Le PDG.\n", 1),
        "utf-8",
    )
    after = build(project, cache)
    assert (cache.hits, cache.misses) == (0, 5)
    assert "zuckerberg" in after.terms and "zuckerberg" not in before.terms
    themes = project / "sources" / "themes.yml"
    themes.write_text(themes.read_text("utf-8") + "\n", "utf-8")
    build(project, cache)
    assert cache.misses == 5
    actors = project / "sources" / "actors.yml"
    actors.write_text(actors.read_text("utf-8") + "\n", "utf-8")
    build(project, cache)
    assert cache.misses == 5


def test_deleted_and_added_files(project: Path) -> None:
    cache = corpus.Cache()
    build(project, cache)
    (project / "sources" / "articles" / "001_d22fc0e83397598a.txt").unlink()
    (project / "sources" / "articles" / "nouveau.txt").write_text("Un titre\n\nUn texte sur Meta.\n", "utf-8")
    c = build(project, cache)
    assert sorted(a.id for a in c.articles) == sorted(
        ["000_4cf25603e8a583ce", "002_ee4ddc32e73303fa", "003_ace1d19fd2e066c3", "004_ad1c9ff902deb2c0", "nouveau"]
    )
    assert (cache.hits, cache.misses) == (4, 1)
    assert not any("001_d22" in rel for rel in cache.files)


def test_corpus_level_results_never_leak_between_builds(project: Path) -> None:
    """Speakers are unified across articles: removing the article that names someone in full undoes it."""
    articles = project / "sources" / "articles"
    quote = "« Nous publierons nos modèles ouverts », affirme ZUCKERBERG."
    (articles / "a.txt").write_text(f"Un titre\n\n{quote}\n", "utf-8")
    cache = corpus.Cache()
    with_full_name = build(project, cache)
    assert {q.speaker for q in with_full_name.quotes if q.article == "a"} == {"Mark Zuckerberg"}
    for seed in articles.glob("0*.txt"):
        seed.unlink()
    alone = build(project, cache)
    assert {q.speaker for q in alone.quotes} == {"ZUCKERBERG"}


def test_bad_files_are_reported_on_every_build(project: Path) -> None:
    (project / "sources" / "articles" / "vide.txt").write_text("   \n", "utf-8")
    cache = corpus.Cache()
    for _ in range(2):
        c = build(project, cache)
        assert any("vide.txt" in str(d) and "empty" in str(d) for d in c.diagnostics)


def test_worker_processes_give_the_same_corpus(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sequential = snapshot(build(project))
    monkeypatch.setattr(corpus, "PARALLEL_MIN", 2)
    monkeypatch.setattr(corpus, "BATCH", 2)
    monkeypatch.setenv("DOSSIER_WORKERS", "2")
    assert corpus.workers() == 2
    cache = corpus.Cache()
    parallel = build(project, cache)
    assert (cache.hits, cache.misses) == (0, 5)
    assert snapshot(parallel) == sequential
    build(project, cache)
    assert (cache.hits, cache.misses) == (5, 0)


def test_workers_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_WORKERS", "1")
    assert corpus.workers() == 1
    monkeypatch.setenv("DOSSIER_WORKERS", "nonsense")
    assert 1 <= corpus.workers() <= corpus.MAX_WORKERS


def _indexed(html: str) -> list[tuple[str | None, str, str]]:
    """What Material's search plugin keeps of a page: each section's anchor, title and text."""
    from material.plugins.search.plugin import Parser

    parser = Parser()
    parser.feed(html)
    parser.close()
    return [(s.id, "".join(s.title).strip(), "".join(s.text).strip()) for s in parser.data if not s.is_excluded()]


def test_search_reads_the_same_text_without_the_links_markup(project: Path) -> None:
    """The hook hands the search plugin the page without link markup and unindexed fragments: same index."""
    from mkdocs.structure.toc import AnchorLink

    from dossier import linking, render, render_actors, render_themes
    from dossier.facts import actor_entries

    c = build(project)
    themes = {t.id: t for t in c.themes}
    titles = linking.titles([*c.glossary.entries, *actor_entries(c.actors).values()])
    pages = [render.render_article(a, themes, c.related[a.id], c.bodies[a.id]) for a in c.articles]
    pages += [p.page for t in c.themes for p in render_themes.theme_pages(t, c.themes, c.articles)]
    forms = render_actors.glossary_forms(c.glossary.by_slug())
    pages += [render_actors.actor_page(d, c.facts, c.by_id(), themes, forms, {}).page for d in c.facts.actors.values()]
    unindexed = 0
    for page in pages:
        # Headings written as HTML: the model headings rendered as MkDocs would, then copied.
        rendered = re.sub(
            r"(#+) DOSSIERHEADINGTITLE \{: #(dossier-heading) \}",
            lambda m: f'<h{len(m[1])} id="{m[2]}">DOSSIERHEADINGTITLE</h{len(m[1])}>',
            page.markdown(),
        )
        rendered = page.place_headings(rendered, [], AnchorLink)
        full, light = page.write(rendered, lambda src: f"/{src}", titles)
        assert "dossier-term" in full or "dossier-actor" in full or page.unindexed
        assert "title=" not in light
        assert _indexed(light) == _indexed(full)
        unindexed += len(page.unindexed)
    assert unindexed >= len(c.themes) + len(c.facts.actors)  # theme passages, actor mentions left out
