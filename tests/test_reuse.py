"""Listings made again by a `mkdocs serve` rebuild: what did not change is reused, the rest is made afresh.

`tests/test_rebuild.py` compares whole rebuilt sites with fresh builds; its
corpus is too small to split the quote index by initial. Here the listings are
made in one process from a generated corpus, with pages shortened so that they
split: pages made from the same as last time are the last build's objects, and
every page, reused or not, reads as the page made from scratch.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from dossier import corpus, render_quotes, render_themes
from dossier.corpus import Corpus
from dossier.reuse import Reuse

from .conftest import SEEDS
from .test_scale import load_generator


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    root = tmp_path_factory.mktemp("reuse")
    shutil.copytree(SEEDS, root / "sources" / "articles")
    for config in (Path(__file__).parent.parent / "sources").glob("*.yml"):
        shutil.copy(config, root / "sources" / config.name)
    generate = load_generator()
    generate.write_raw(generate.generate(40), root / "sources" / "articles")
    return corpus.build(root / "sources" / "articles", root)


def inline(pages: list[render_quotes.QuotePage] | list[render_themes.ThemePage]) -> dict[str, str]:
    return {page.src: page.page.inline() for page in pages}


def test_quote_letter_pages_are_reused_until_what_they_show_changes(
    generated: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(render_quotes, "QUOTES_PER_PAGE", 12)  # a split index, some letters on several pages
    args = (generated.quotes, generated.articles, generated.themes)
    first, _ = render_quotes.quote_pages(*args, before={})
    assert len(first) > 5
    second, _ = render_quotes.quote_pages(*args, before={p.src: p for p in first})
    assert all(a is b for a, b in zip(first[1:], second[1:], strict=True))  # the directory is always made

    quote = next(q for q in generated.quotes if not q.speaker_detail)
    monkeypatch.setattr(quote, "speaker_detail", "porte-parole")  # as unify_speakers sets it, in place
    third, _ = render_quotes.quote_pages(*args, before={p.src: p for p in second})
    fresh, _ = render_quotes.quote_pages(*args)
    assert inline(third) == inline(fresh)
    remade = [new.src for old, new in zip(second[1:], third[1:], strict=True) if old is not new]
    letter = render_quotes.initial(quote.speaker)
    assert remade and all(src.startswith(f"citations/{letter}") for src in remade)
    assert "porte-parole" in "".join(inline([p for p in third if p.src in remade]).values())


def test_theme_pages_are_reused_until_their_articles_change(generated: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render_themes, "PAGE_ARTICLES", 5)
    theme = generated.themes[0]
    reuse = Reuse()
    reuse.new_build(serve=True)
    first = reuse.theme_pages(theme, generated.themes, generated.articles, None)
    assert len(first) > 3

    # An edit: one article is analysed again (a new object) with another byline (its place stays the same).
    articles = list(generated.articles)
    edited = next(i for i, a in enumerate(articles) if render_themes.passages(a, theme.id))
    articles[edited] = dataclasses.replace(articles[edited], author="Une autrice")
    reuse.new_build(serve=True)
    second = reuse.theme_pages(theme, generated.themes, articles, None)
    assert inline(second) == inline(render_themes.theme_pages(theme, generated.themes, articles))
    remade = [new.src for old, new in zip(first, second, strict=True) if old is not new]
    assert len(remade) == 1 and "Par Une autrice" in inline(second)[remade[0]]
