"""Key figures: French number formats, what is not a figure, the seeds' figures, and robustness."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier import figures
from dossier.actors import ActorMatcher, load_actors

from .conftest import ROOT, SEEDS

NBSP, NNBSP = "\u00a0", "\u202f"


def only(text: str) -> figures.Figure:
    found = figures.extract_figures(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "raw", "kind", "value", "unit", "noun"),
    [
        ("Meta a déboursé 14,3 milliards de dollars.", "14,3 milliards de dollars", "money", 14.3e9, "USD", ""),
        ("Il y a 1 000 chercheurs.", "1 000 chercheurs", "count", 1000, "researchers", "chercheurs"),
        ("On en compte 1 000.", "1 000", "count", 1000, "", ""),
        ("un contexte de 128 000 jetons publié", "128 000 jetons", "tokens", 128_000, "tokens", "jetons"),
        (f"un contexte de 128{NBSP}000 jetons", f"128{NBSP}000 jetons", "tokens", 128_000, "tokens", "jetons"),
        (f"un contexte de 128{NNBSP}000 jetons", f"128{NNBSP}000 jetons", "tokens", 128_000, "tokens", "jetons"),
        ("environ 6 millions contre", "6 millions", "count", 6e6, "", ""),
        ("100 millions de dollars pour OpenAI", "100 millions de dollars", "money", 1e8, "USD", ""),
        ("un cluster de 5 GW, dit-on", "5 GW", "power", 5e9, "W", ""),
        ("un cluster de 5GW", "5GW", "power", 5e9, "W", ""),
        ("deux gigawatts, puis 3 gigawatts", "3 gigawatts", "power", 3e9, "W", ""),
        ("Meta capterait 8 % de l'inférence", "8 %", "share", 8.0, "%", ""),
        (f"Meta capterait 8{NNBSP}% de l'inférence", f"8{NNBSP}%", "share", 8.0, "%", ""),
        ("soit 13% de plus", "13%", "share", 13.0, "%", ""),
        ("soit 8 pour cent de plus", "8 pour cent", "share", 8.0, "%", ""),
        ("plus de 700 millions d'utilisateurs actifs", "700 millions d'utilisateurs", "count", 7e8, "users", ""),
        ("plus de 700 millions d’utilisateurs actifs", "700 millions d’utilisateurs", "count", 7e8, "users", ""),
        ("350 millions de téléchargements", "350 millions de téléchargements", "count", 3.5e8, "downloads", ""),
        ("un coût de 1,5 Md$ au total", "1,5 Md$", "money", 1.5e9, "USD", ""),
        ("un coût de 100 M$ au total", "100 M$", "money", 1e8, "USD", ""),
        ("un coût de 100 M€ au total", "100 M€", "money", 1e8, "EUR", ""),
        ("2 000 milliards de paramètres", "2 000 milliards de paramètres", "count", 2e12, "parameters", ""),
        ("2 000 milliards", "2 000 milliards", "count", 2e12, "", ""),
        ("405 milliards de paramètres", "405 milliards de paramètres", "count", 4.05e11, "parameters", ""),
        ("10 000 GPU Nvidia H100", "10 000 GPU", "count", 10_000, "GPU", "GPU"),
        ("un milliard d'euros", "un milliard d'euros", "money", 1e9, "EUR", ""),
        ("Scale AI, racheté $14.3bn", "$14.3bn", "money", 14.3e9, "USD", ""),
        ("un budget de €5 millions", "€5 millions", "money", 5e6, "EUR", ""),
        ("12 TWh par an", "12 TWh", "other", 12e12, "Wh", ""),
        ("multipliés par 10 en un an", "multipliés par 10", "other", 10, "×", ""),
        ("c'est 10 fois plus rapide", "10 fois plus", "other", 10, "×", ""),
        ("téléchargés 20 millions de fois", "20 millions de fois", "count", 2e7, "times", "fois"),
        ("2 billions de dollars", "2 billions de dollars", "money", 2e12, "USD", ""),
    ],
)
def test_french_formats(text: str, raw: str, kind: str, value: float, unit: str, noun: str) -> None:
    figure = only(text)
    assert (figure.raw, figure.kind, figure.unit) == (raw, kind, unit)
    assert figure.value == pytest.approx(value)
    assert text[figure.start : figure.end] == raw
    if noun:
        assert figure.noun == noun


@pytest.mark.parametrize(
    "text",
    [
        "en 2025, Meta",
        "En 2024 la situation change",
        "le 6 avril 2025",
        "le 1er mars 2024",
        "Llama 3 et Llama 4 Maverick",
        "Qwen 3 d'Alibaba",
        "GPT-4 et GPT-4o",
        "o1 d'OpenAI",
        "GPU Nvidia H100",
        "LLaMA 3.1 405B",
        "Gemini 2.5 Pro et Claude 3.5 Sonnet",
        "Llama 3 modèles",
        "sous licence Apache-2.0",
        "la 2e place, le 3ème rang",
        "1. Premier point\n2) Second point",
        "7 min de lecture",
        "neuf chiffres",
        "Kimi K2",
        "version 3.1.2",
        "il y a 3 ans",
        "100 M seulement",
    ],
)
def test_not_figures(text: str) -> None:
    assert figures.extract_figures(text) == []


def test_approximations_and_sentence() -> None:
    text = "Premier point. Les rapports citent plus de 100 millions de dollars. Fin."
    figure = only(text)
    assert figure.approx == "plus de"
    assert figure.sentence == "Les rapports citent plus de 100 millions de dollars."
    assert figures.sentence_of(text, figure.start, figure.end) == figure.sentence
    assert only("environ 5 milliards de dollars").approx == "environ"
    assert only("près de 350 millions").approx == "près de"
    assert only("dépassant les 100 millions de dollars").approx == "plus de"


def test_sentences_keep_abbreviations_and_cut_long_ones() -> None:
    text = "M. Dupont estime le coût à 5 millions de dollars. Autre phrase."
    assert only(text).sentence == "M. Dupont estime le coût à 5 millions de dollars."
    long = "mot " * 400 + "soit 8 % de plus " + "mot " * 400
    figure = only(long)
    assert figure.raw in figure.sentence and len(figure.sentence) <= figures.SENTENCE_LIMIT + 2
    assert figure.sentence.startswith("…") and figure.sentence.endswith("…")


def test_counted_noun_inferred_from_the_sentence() -> None:
    text = "Les téléchargements ont été multipliés par 10 pour atteindre près de 350 millions. Puis 6 millions."
    first, second, third = figures.extract_figures(text)
    assert (first.raw, first.unit, first.noun, first.noun_inferred) == (
        "multipliés par 10",
        "×",
        "téléchargements",
        True,
    )
    assert (second.raw, second.unit, second.noun, second.noun_inferred) == (
        "350 millions",
        "downloads",
        "téléchargements",
        True,
    )
    assert (third.unit, third.noun, third.noun_inferred) == ("", "", False)  # another sentence


def seed(name: str) -> str:
    (path,) = SEEDS.glob(f"{name}_*.txt")
    return path.read_text(encoding="utf-8")


# Read off the seeds: (raw, kind, value, unit) in text order.
EXPECTED: dict[str, list[tuple[str, str, float, str]]] = {
    # Only "des milliards" and "neuf chiffres" (no numeral); "en 2024" is a year.
    "000": [],
    "001": [
        ("14,3 milliards de dollars", "money", 14.3e9, "USD"),  # Meta a déboursé…
        ("14,3 milliards de dollars", "money", 14.3e9, "USD"),  # …l'acquisition de Scale AI
    ],
    "002": [
        ("6 millions de dollars", "money", 6e6, "USD"),  # DeepSeek's training cost
        ("100 millions de dollars", "money", 1e8, "USD"),  # OpenAI's
        ("128 000 jetons", "tokens", 128_000, "tokens"),  # Qwen 3 context
        ("100 millions de dollars", "money", 1e8, "USD"),  # pay packages
        ("5 GW", "power", 5e9, "W"),  # Hyperion
        ("3 GW", "power", 3e9, "W"),  # GPT-Next
        ("8 %", "share", 8.0, "%"),  # of global inference
        ("13 milliards de dollars", "money", 13e9, "USD"),  # ARR
        ("5 milliards de dollars", "money", 5e9, "USD"),  # extra profit
        ("11 %", "share", 11.0, "%"),  # of Meta's EBIT
    ],
    "003": [
        ("700 millions d’utilisateurs", "count", 7e8, "users"),
        ("multipliés par 10", "other", 10, "×"),
        ("350 millions", "count", 3.5e8, "downloads"),  # the noun comes from earlier in the sentence
        ("20 millions de fois", "count", 2e7, "times"),
    ],
    # "Llama 3.1", "GPT-4o", "Claude 3.5 Sonnet", "H100" are names; "milliards d'utilisateurs" has no numeral.
    "004": [],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_figures(name: str) -> None:
    found = figures.extract_figures(seed(name))
    assert [(f.raw, f.kind, f.unit) for f in found] == [(r, k, u) for r, k, _, u in EXPECTED[name]]
    assert [f.value for f in found] == pytest.approx([v for _, _, v, _ in EXPECTED[name]])


def test_seed_figures_details() -> None:
    found = figures.extract_figures(seed("002"))
    assert [f.approx for f in found] == ["environ", "", "", "plus de", "", "", "", "environ", "environ", "environ"]
    assert found[2].sentence.startswith("La Chine a construit") and found[2].sentence.endswith("clés.")
    users, times, downloads, fois = figures.extract_figures(seed("003"))
    assert (users.noun, users.noun_inferred) == ("utilisateurs", False)
    assert (times.noun, downloads.noun) == ("téléchargements", "téléchargements")
    assert fois.noun == "fois"


def test_attach_actors_on_seeds() -> None:
    matcher = ActorMatcher(load_actors(ROOT / "sources" / "actors.yml", "sources/actors.yml"))
    text = seed("002")
    about = [(f.raw, f.actor) for f in figures.attach_actors(text, figures.extract_figures(text), matcher)]
    assert about == [
        ("6 millions de dollars", None),  # the sentence names DeepSeek models and Gemini: unclear
        ("100 millions de dollars", "OpenAI"),  # "… pour OpenAI"
        ("128 000 jetons", None),
        ("100 millions de dollars", None),
        ("5 GW", "Meta"),  # "Meta construit son cluster Hyperion": one root
        ("3 GW", "OpenAI"),  # its own clause: "OpenAI développe GPT-Next …"
        ("8 %", "Meta"),
        ("13 milliards de dollars", "Meta"),
        ("5 milliards de dollars", "Meta"),
        ("11 %", "Meta"),
    ]
    text = seed("001")
    about = [f.actor for f in figures.attach_actors(text, figures.extract_figures(text), matcher)]
    assert about == ["Meta", "Scale AI"]


def test_attach_actors_without_figures_or_actors(tmp_path: Path) -> None:
    path = tmp_path / "actors.yml"
    path.write_text("actors: []\n", encoding="utf-8")
    matcher = ActorMatcher(load_actors(path, "actors.yml"))
    assert figures.attach_actors("rien", [], matcher) == []
    assert [f.actor for f in figures.attach_actors("Meta: 5 GW.", figures.extract_figures("Meta: 5 GW."), matcher)] == [
        None
    ]


PIECES = [
    " ", "  ", "\xa0", "\u202f", "\n", ", ", ". ", "0", "1", "14", "2025", "000", ",3", ".5", "$", "€", "%", "-", "×",
    "de", "d'", "d’", "millions", "milliards", "Md", "M", "k", "GW", "jetons", "utilisateurs", "dollars", "pour cent",
    "multipliés par", "fois plus", "Llama", "GPT-", "le", "avril", "1er", "un", "environ", "plus de", "é", "🙂",
    "\x00",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(st.sampled_from(PIECES), max_size=40).map("".join)))
def test_any_text_spans_are_consistent(text: str) -> None:
    found = figures.extract_figures(text)
    previous_end = -1
    for figure in found:
        assert text[figure.start : figure.end] == figure.raw
        assert figure.raw == figure.raw.strip() and figure.raw
        assert figure.kind in figures.KINDS
        assert figure.value >= 0
        assert figure.raw in figure.sentence
        assert figure.start >= previous_end
        previous_end = figure.end


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.text(max_size=80),
        st.lists(st.sampled_from([*PIECES, "Un", "une", "U", "US$", "x"]), max_size=40).map("".join),
    )
)
def test_numbers_are_the_number_pattern_s_matches(text: str) -> None:
    # _numbers tries _NUMBER only where a number may start: the same matches as a scan of every position.
    expected = [(m.span(), m.groupdict()) for m in figures._NUMBER.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in figures._numbers(text)] == expected
