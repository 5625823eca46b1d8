"""Chronology: French date formats, what is not a date, the seeds' dated mentions, and robustness."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier import figures, timeline

from .conftest import SEEDS


def only(text: str) -> timeline.DateMention:
    found = timeline.extract_dates(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "raw", "iso", "precision", "qualifier", "part"),
    [
        ("révélée en juillet 2025, elle", "en juillet 2025", "2025-07", "month", "", ""),
        ("Rien qu’en août 2024, les modèles", "en août 2024", "2024-08", "month", "", ""),
        ("un podcast 2024 célèbre", "2024", "2024", "year", "", ""),
        ("dans un podcast en 2024.", "en 2024", "2024", "year", "", ""),
        ("En 2025, l'entreprise", "En 2025", "2025", "year", "", ""),
        ("le 1er mars 2024 au matin", "le 1er mars 2024", "2024-03-01", "day", "", ""),
        ("publié le 6 avril 2025.", "le 6 avril 2025", "2025-04-06", "day", "", ""),
        ("lundi 6 avril 2025", "lundi 6 avril 2025", "2025-04-06", "day", "", ""),
        ("une puissance prévue pour 2026", "prévue pour 2026", "2026", "year", "prévu", ""),
        ("attendue en mars 2026", "attendue en mars 2026", "2026-03", "month", "prévu", ""),
        ("d'ici 2027", "d'ici 2027", "2027", "year", "prévu", ""),
        ("à l'horizon 2030", "à l'horizon 2030", "2030", "year", "prévu", ""),
        ("depuis 2023", "depuis 2023", "2023", "year", "depuis", ""),
        ("depuis le 6 avril 2025", "depuis le 6 avril 2025", "2025-04-06", "day", "depuis", ""),
        ("avant 2030", "avant 2030", "2030", "year", "avant", ""),
        ("jusqu’en novembre 2022", "jusqu’en novembre 2022", "2022-11", "month", "jusqu'à", ""),
        ("fin 2024", "fin 2024", "2024", "year", "", "fin"),
        ("début 2025", "début 2025", "2025", "year", "", "début"),
        ("mi-2025", "mi-2025", "2025", "year", "", "mi"),
        ("fin juillet 2025", "fin juillet 2025", "2025-07", "month", "", "fin"),
        ("mi-mars 2025", "mi-mars 2025", "2025-03", "month", "", "mi"),
        ("au premier trimestre 2025", "au premier trimestre 2025", "2025-01", "quarter", "", ""),
        ("au T3 2025", "au T3 2025", "2025-07", "quarter", "", ""),
        ("second semestre 2024", "second semestre 2024", "2024-07", "half", "", ""),
        ("juil. 2025", "juil. 2025", "2025-07", "month", "", ""),
        ("le 06/04/2025", "le 06/04/2025", "2025-04-06", "day", "", ""),
        ("2025-07-31", "2025-07-31", "2025-07-31", "day", "", ""),
        ("le 31 février 2025", "le 31 février 2025", "2025-02", "month", "", ""),
        ("en 1990", "en 1990", "1990", "year", "", ""),
    ],
)
def test_formats(text: str, raw: str, iso: str, precision: str, qualifier: str, part: str) -> None:
    date = only(text)
    assert (date.raw, date.iso, date.precision, date.qualifier, date.part) == (raw, iso, precision, qualifier, part)
    assert text[date.start : date.end] == raw


@pytest.mark.parametrize(
    "text",
    [
        "2 000 milliards de dollars",
        "2025 GPU",
        "en 2025 GPU",
        "Llama 3, GPT-4, Qwen 3, Claude 3.5 Sonnet",
        "GPT-2030",
        "Vision 2030",
        "Windows 2000",
        "les années 2020",
        "12025 et 20251",
        "2025,5",
        "1989 ou 2040",
        "le 6 avril",
        "14,3 milliards",
    ],
)
def test_not_dates(text: str) -> None:
    assert timeline.extract_dates(text) == []


def test_ranges_and_labels() -> None:
    assert [d.raw for d in timeline.extract_dates("Entre 2023 et 2025, puis 2023-2026.")] == [
        "Entre 2023",
        "2025",
        "2023",
        "2026",
    ]
    labels = [d.label for d in timeline.extract_dates("le 1er mars 2024, mi-2025, fin juillet 2025, T2 2026, S2 2026")]
    assert labels == ["1er mars 2024", "mi-2025", "fin juillet 2025", "2e trimestre 2026", "2e semestre 2026"]


def test_chronological_order() -> None:
    text = "fin 2025. En juillet 2025. Début 2025. Le 6 avril 2025. En 2024. Mi-2025."
    order = [d.raw for d in timeline.chronological(timeline.extract_dates(text))]
    assert order == ["En 2024", "Début 2025", "Le 6 avril 2025", "Mi-2025", "En juillet 2025", "fin 2025"]


def test_given_figures_are_reused() -> None:
    text = "En 2025, 2025 GPU."
    assert [d.raw for d in timeline.extract_dates(text, figures.extract_figures(text))] == ["En 2025"]
    assert [d.raw for d in timeline.extract_dates(text, [])] == ["En 2025", "2025"]


def seed(name: str) -> str:
    (path,) = SEEDS.glob(f"{name}_*.txt")
    return path.read_text(encoding="utf-8")


# Read off the seeds: (raw, iso, precision, qualifier) in text order.
EXPECTED: dict[str, list[tuple[str, str, str, str]]] = {
    "000": [("en 2024", "2024", "year", "")],  # "– Mark Zuckerberg, dans un podcast en 2024"
    "001": [
        ("en juillet 2025", "2025-07", "month", ""),  # the change of course was revealed
        ("En 2025", "2025", "year", ""),  # investments
    ],
    "002": [
        ("prévue pour 2026", "2026", "year", "prévu"),  # GPT-Next's 3 GW
        ("en 2024", "2024", "year", ""),  # Meta's EBIT
    ],
    "003": [
        ("en juillet 2023", "2023-07", "month", ""),  # LLaMA 2
        ("en août 2024", "2024-08", "month", ""),  # 20 million downloads
        ("jusqu’en novembre 2022", "2022-11", "month", "jusqu'à"),  # Google's "perfect plan"
    ],
    "004": [],  # "Llama 3.1", "GPT-4o", "Claude 3.5 Sonnet": no date
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_dates(name: str) -> None:
    found = timeline.extract_dates(seed(name))
    assert [(d.raw, d.iso, d.precision, d.qualifier) for d in found] == EXPECTED[name]


def test_seed_sentences() -> None:
    (date,) = timeline.extract_dates(seed("000"))
    assert date.sentence == "– Mark Zuckerberg, dans un podcast en 2024"
    first, _, last = timeline.extract_dates(seed("003"))
    assert first.sentence.startswith("Suite au lancement de LLaMA 2") and first.sentence.endswith("350 millions.")
    assert "Google et l’IA" in last.sentence


PIECES = [
    " ", "  ", "\xa0", "\n", ", ", ". ", "-", "/", "'", "’", "0", "1", "06", "12", "31", "1er", "2025", "1999",
    "2039", "2040", "000", "en", "En", "le", "fin", "début", "mi", "mi-", "juillet", "févr.", "mars", "trimestre",
    "premier", "T1", "S2", "prévue pour", "d'ici", "depuis", "jusqu'en", "années", "Vision", "GPU", "milliards", "é",
    "\x00",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(st.sampled_from(PIECES), max_size=40).map("".join)))
def test_any_text_spans_are_consistent(text: str) -> None:
    found = timeline.extract_dates(text)
    previous_end = -1
    for date in found:
        assert text[date.start : date.end] == date.raw
        assert date.precision in timeline.PRECISIONS and date.qualifier in timeline.QUALIFIERS
        assert 1990 <= date.year <= 2039
        assert date.iso.startswith(str(date.year))
        assert (date.month is None) == (date.precision == "year")
        assert (date.day is None) == (date.precision != "day")
        assert date.raw in date.sentence
        assert date.start >= previous_end
        previous_end = date.end
    # The windowed search finds exactly what a scan of the whole text would.
    assert [m.span() for m in timeline._matches(text)] == [m.span() for m in timeline._DATE.finditer(text)]


_CASED_PIECES = [*PIECES, "JUILLET", "Mars", "FÉVR.", "t3", "s1", "h2", "q4", "Fin", "DÉBUT", "Prévue Pour", "ſ", "İ"]


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(st.sampled_from(_CASED_PIECES), max_size=40).map("".join)))
def test_the_lower_case_pattern_matches_the_lower_cased_text_as_the_pattern_does_the_text(text: str) -> None:
    # _matches reads a lower-cased copy of a text with no character of NOT_FOLDED: the same spans, the groups in
    # lower case.
    if timeline.NOT_FOLDED.search(text):
        return
    expected = list(timeline._DATE.finditer(text))
    found = list(timeline._DATE_LOWER.finditer(text.lower()))
    assert [m.span() for m in found] == [m.span() for m in expected]
    for got, want in zip(found, expected, strict=True):
        assert got.groupdict() == {k: v.lower() if v else v for k, v in want.groupdict().items()}


def test_the_lower_case_pattern_has_no_capital() -> None:
    source = re.sub(r"\\.|\(\?P<\w+>", "", timeline._DATE_LOWER.pattern)  # escapes and group names aside
    assert source == source.lower()
