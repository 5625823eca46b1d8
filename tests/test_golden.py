"""Golden files: each seed's raw text -> the article page we generate (Markdown skeleton, HTML fragments in place).

Regenerate after an intended change with ``UPDATE_GOLDEN=1 pytest tests/test_golden.py``
and review the diff like code.
"""

from __future__ import annotations

import os

import pytest

from dossier import corpus, facts, linking, render

from .conftest import ROOT, SEEDS

GOLDEN = ROOT / "tests" / "golden"
CORPUS = corpus.build(SEEDS, ROOT)
ARTICLES = {a.id: a for a in CORPUS.articles}
THEMES = {t.id: t for t in CORPUS.themes}


@pytest.mark.parametrize("article_id", sorted(p.stem for p in SEEDS.iterdir()))
def test_seed_matches_golden(article_id: str) -> None:
    body = CORPUS.bodies[article_id]
    page = render.render_article(ARTICLES[article_id], THEMES, CORPUS.related[article_id], body)
    rendered = page.inline(linking.titles([*CORPUS.glossary.entries, *facts.actor_entries(CORPUS.actors).values()]))
    golden = GOLDEN / f"{article_id}.md"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(rendered, encoding="utf-8")
    assert rendered == golden.read_text(encoding="utf-8")
