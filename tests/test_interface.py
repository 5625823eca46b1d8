"""The interface-line model (dossier.interface): what it may weigh, where, and that it matches its corpus."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from dossier import interface
from dossier.clean import clean, drop_interface_lines, units_from_text
from dossier.model import Source

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPH = (
    "Le conseil municipal a adopté lundi soir le plan qui équipera les écoles de la ville d'outils d'écriture "
    "assistée, après deux ans d'essais dans trois établissements du centre."
)
HEADLINE = "Les écoles de la ville passent à l'écriture assistée"
ENDING = (
    "Les premières classes recevront les outils après les vacances de printemps, et un bilan sera présenté au "
    "conseil à la fin de l'année scolaire."
)


def article(body: str, meta: dict[str, object] | None = None) -> list[str]:
    a = clean(Source(id="x", path=Path("x.txt"), rel="x.txt", body=body, meta=meta or {}))
    return [r.text for r in a.removed if r.rule == "interface"]


def test_lines_of_a_sites_interface_at_the_page_edges_go() -> None:
    # A menu word, a button no rule names: a few words, no verb, no stop, at the head or the foot of the page.
    body = f"{HEADLINE}\n\nMis en ligne\n\n{PARAGRAPH}\n\n{ENDING}\n\nVos réactions\n"
    assert article(body) == ["Mis en ligne", "Vos réactions"]


def test_the_model_never_weighs_text() -> None:
    texts = ["Actus", PARAGRAPH, "Le maire est satisfait.", "« Bravo »", "et les parents", "Paris,", "Bordeaux"]
    # a sentence with its verb and stop, a quotation, a line running on from the one before, a long paragraph
    assert [interface.reads_as_text(texts, i) for i in range(len(texts))] == [
        False,
        True,
        True,
        True,
        True,
        True,
        True,
    ]


def test_between_the_body_paragraphs_an_intertitle_stays() -> None:
    body = f"Un titre pour la page de test\n\n{PARAGRAPH}\n\nMis en ligne\n\n{ENDING}\n"
    assert article(body) == []


def test_the_first_line_of_an_untitled_page_may_be_its_headline() -> None:
    units = units_from_text(f"Mis en ligne\n\n{PARAGRAPH}\n\n{ENDING}\n")
    assert drop_interface_lines(units, titled=False)[0][0].text == "Mis en ligne"
    assert drop_interface_lines(units, titled=True)[0][0].text == PARAGRAPH


def test_a_line_the_front_matter_keeps_stays() -> None:
    body = f"{HEADLINE}\n\nMis en ligne\n\n{PARAGRAPH}\n\n{ENDING}\n\nVos réactions\n"
    assert article(body, {"keep": ["Vos réactions"]}) == ["Mis en ligne"]


def test_a_page_with_no_paragraph_is_left_to_the_rules() -> None:
    units = units_from_text("Mis en ligne\n\nVos réactions\n\nTout lire\n")
    assert drop_interface_lines(units)[1] == []


def test_the_weights_were_learned_from_the_current_corpus() -> None:
    # scripts/train_interface.py (make model) learns from tests/eval/articles: the same lines, the same labels.
    spec = importlib.util.spec_from_file_location("train_interface", ROOT / "scripts" / "train_interface.py")
    assert spec is not None and spec.loader is not None
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    rows, labels = train.corpus()
    model = json.loads(interface.MODEL.read_text(encoding="utf-8"))
    assert (model["lines"], model["furniture_lines"]) == (len(labels), sum(labels)), "run `make model`"
    assert set(model["weights"]) <= {name for row in rows for name in row}


def test_the_shape_alone_does_not_take_a_line() -> None:
    # A word the model never learned as a site's, alone at the foot of a page, may be the author's closing word.
    body = f"{HEADLINE}\n\n{PARAGRAPH}\n\n{ENDING}\n\nMerci\n"
    assert article(body) == []
