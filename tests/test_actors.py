"""Actors: the curated list, YAML validation, one-pass matching, unknown names."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier import actors
from dossier.model import Level

from .conftest import ROOT, SEEDS

REAL = ROOT / "sources" / "actors.yml"

SMALL = """\
ignore: [IA]
actors:
  - name: Meta
    kind: organisation
    aliases: [Meta Platforms]
    description: Groupe américain.
  - name: Meta AI
    kind: produit
    parent: Meta
  - name: Google
    kind: organisation
  - name: Google DeepMind
    kind: organisation
    parent: Google
  - name: Mark Zuckerberg
    kind: personne
    aliases: [Zuckerberg]
    parent: Meta
  - name: Llama
    kind: modèle
    aliases: [LLaMA]
    parent: Meta
  - name: Llama 4
    kind: modèle
    parent: Llama
  - name: Behemoth
    kind: modèle
    parent: Llama 4
  - name: Mistral AI
    kind: organisation
    aliases: [Mistral]
    exclude: [Frédéric Mistral]
  - name: Canada
    kind: pays
    exclude: [Air Canada]
  - name: États-Unis
    kind: pays
  - name: Chine
    kind: pays
  - name: OpenAI
    kind: organisation
  - name: Anthropic
    kind: organisation
  - name: DeepSeek
    kind: organisation
  - name: DeepSeek-R1
    kind: modèle
    parent: DeepSeek
"""


def load(tmp_path: Path, text: str) -> actors.Actors:
    path = tmp_path / "actors.yml"
    path.write_text(text, encoding="utf-8")
    return actors.load_actors(path, "sources/actors.yml")


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> actors.ActorMatcher:
    loaded = load(tmp_path_factory.mktemp("actors"), SMALL)
    assert loaded.diagnostics == []
    return actors.ActorMatcher(loaded)


@pytest.fixture(scope="module")
def real() -> actors.ActorMatcher:
    return actors.ActorMatcher(actors.load_actors(REAL, "sources/actors.yml"))


def found(matcher: actors.ActorMatcher, text: str) -> list[tuple[str, str]]:
    return [(text[s:e], actor.name) for s, e, actor in matcher.find(text)]


def test_real_list_loads_cleanly(real: actors.ActorMatcher) -> None:
    loaded = real.actors
    assert loaded.diagnostics == []
    names = loaded.by_name()
    assert len(names) == len(loaded.actors) == len(loaded.by_slug())
    for actor in loaded.actors:
        assert actor.kind in actors.KINDS
        assert actor.description and actor.slug
        assert actor.parent is None or actor.parent in names
    assert {a.kind for a in loaded.actors} == set(actors.KINDS)
    assert names["Mark Zuckerberg"].aliases == ("Zuckerberg",)
    assert names["États-Unis"].slug == "etats-unis"
    assert real.root(names["Behemoth"]).name == "Meta"
    assert real.root(names["Kimi K2"]).name == "Moonshot AI"
    assert real.root(names["Qwen 3"]).name == "Alibaba"


def seed(name: str) -> str:
    (path,) = SEEDS.glob(f"{name}_*.txt")
    return path.read_text(encoding="utf-8")


# Read off the seeds: every actor each one names (bylines and author notes included, page furniture not).
EXPECTED: dict[str, set[str]] = {
    "000": {
        "Meta", "Behemoth", "Llama", "Mark Zuckerberg", "OpenAI", "Microsoft", "Anthropic", "Google DeepMind",
        "xAI", "Meta AI", "Google", "Chine", "DeepSeek", "Moonshot AI",
    },
    "001": {
        "Meta", "Mark Zuckerberg", "Llama", "OpenAI", "Google DeepMind", "GPT-4", "Meta Superintelligence Labs",
        "Scale AI", "Behemoth", "xAI",
    },
    "002": {
        "Xiaoling Qian", "Meta", "Llama", "Behemoth", "Chine", "Meta Superintelligence Labs", "OpenAI", "Anthropic",
        "Google", "Scale AI", "Alexandr Wang", "Prometheus", "Hyperion", "DeepSeek-R1", "DeepSeek-V3",
        "Gemini 2.5 Pro", "Kimi K2", "Moonshot AI", "Qwen 3", "Alibaba", "GitHub", "Hugging Face", "Tchéquie",
        "Australie", "Canada", "Inde", "États-Unis", "Marc Andreessen", "Llama 4", "Mistral AI", "GPT-Next",
        "Gemini Ultra-2", "Google DeepMind", "Claude 4.5", "Mixtral", "Occident",
    },
    "003": {
        "Hervé Legenvre", "Erkko Autio", "Meta", "Llama", "OpenAI", "o1", "Gemini", "Google", "Llama 2",
        "Hugging Face", "Llama 3.1", "AT&T", "Goldman Sachs", "Spotify", "Zoom", "Infosys", "KPMG", "AWS",
        "Microsoft Azure", "Google Cloud", "Microsoft", "Facebook", "Instagram", "React", "PyTorch", "EIPM",
        "Imperial College Business School", "Londres", "Global Entrepreneurship Monitor",
        "Global Entrepreneurship Index", "Wicked Acceleration Labs",
    },
    "004": {
        "Meta", "Mark Zuckerberg", "Llama", "Elon Musk", "OpenAI", "Google", "Llama 3.1", "GPT-4o",
        "Claude 3.5 Sonnet", "Anthropic", "Meta Superintelligence Labs", "Behemoth", "Nvidia", "H100",
    },
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_actors(real: actors.ActorMatcher, name: str) -> None:
    assert set(real.mentions(seed(name))) == EXPECTED[name]


def test_seed_spellings(real: actors.ActorMatcher) -> None:
    text = seed("002") + seed("003") + seed("004")
    spelled = {(text[s:e], a.name) for s, e, a in real.find(text)}
    assert {
        ("SuperIntelligence Lab", "Meta Superintelligence Labs"),
        ("MSL", "Meta Superintelligence Labs"),
        ("Deepseek V3", "DeepSeek-V3"),
        ("Deepseek-V3", "DeepSeek-V3"),
        ("Large Language Model Meta AI", "Llama"),
        ("LLaMA 3.1 405B", "Llama 3.1"),
        ("Hugging face", "Hugging Face"),
        ("Erkko Auto", "Erkko Autio"),
        ("Meta Platforms, Inc.", "Meta"),
        ("Mistral", "Mistral AI"),
        ("Zuckerberg", "Mark Zuckerberg"),
    } <= spelled


def test_unknown_names_on_seeds_are_all_reviewed(real: actors.ActorMatcher) -> None:
    """Every capitalised name of the seeds is an actor or listed under 'ignore'."""
    for path in sorted(SEEDS.glob("*.txt")):
        assert actors.unknown_names(path.read_text(encoding="utf-8"), real) == Counter(), path.name


def test_elision(small: actors.ActorMatcher) -> None:
    text = "l'OpenAI de 2024, d’Anthropic, qu'OpenAI et l’Llama 4"
    assert found(small, text) == [
        ("OpenAI", "OpenAI"),
        ("Anthropic", "Anthropic"),
        ("OpenAI", "OpenAI"),
        ("Llama 4", "Llama 4"),
    ]


def test_longest_match_first(small: actors.ActorMatcher) -> None:
    text = "Google DeepMind, Google, Mark Zuckerberg, Zuckerberg, Meta AI, Meta, Llama 4, Llama, Meta Platforms."
    assert [name for _, name in found(small, text)] == [
        "Google DeepMind",
        "Google",
        "Mark Zuckerberg",
        "Mark Zuckerberg",
        "Meta AI",
        "Meta",
        "Llama 4",
        "Llama",
        "Meta",
    ]
    # An unlisted version is the family, never a shorter listed version.
    assert found(small, "Llama 4.1 et Llama 3.2") == [("Llama", "Llama"), ("Llama", "Llama")]
    assert found(small, "Mark\u00a0Zuckerberg") == [("Mark\u00a0Zuckerberg", "Mark Zuckerberg")]


def test_case_and_word_boundaries(small: actors.ActorMatcher) -> None:
    text = "chine, meta, META, métadonnées, meta-analyse, Meta-analyse, MetaAI, Google-Meta, DeepSeek-R2, xMeta"
    assert found(small, text) == []
    assert found(small, "la Chine, DeepSeek-R1 et DeepSeek.") == [
        ("Chine", "Chine"),
        ("DeepSeek-R1", "DeepSeek-R1"),
        ("DeepSeek", "DeepSeek"),
    ]
    assert found(small, "les Etats-Unis") == [("Etats-Unis", "États-Unis")]


def test_exclusions(small: actors.ActorMatcher) -> None:
    text = "Air Canada vole au Canada ; Frédéric Mistral écrit, Mistral publie, le mistral souffle."
    assert found(small, text) == [("Canada", "Canada"), ("Mistral", "Mistral AI")]


def test_root_and_mentions(small: actors.ActorMatcher) -> None:
    by_name = small.actors.by_name()
    assert small.root(by_name["Behemoth"]).name == "Meta"
    assert small.root(by_name["Meta"]).name == "Meta"
    assert small.mentions("Meta, Meta AI et Meta.") == Counter({"Meta": 2, "Meta AI": 1})


def test_unknown_names(small: actors.ActorMatcher) -> None:
    text = (
        "Cependant, Meta collabore avec Banque Lumière et Jean Dupont. Selon Paul Martin, la banque "
        "Lumière grandit avec Nvidia. Superintelligence et superintelligence. L'IA de Cohere, avec l’Ifremer.\n"
        "Quel Avenir pour les Startups Françaises ?\n"
        "– Claire Durand, analyste\n"
        "Mark Zuckerberg et Mark ont parlé à Frédéric Mistral."
    )
    assert actors.unknown_names(text, small) == Counter(
        {
            "Banque Lumière": 1,
            "Lumière": 1,  # "la banque Lumière": "banque" is lower case, the name is the next word
            "Jean Dupont": 1,
            "Paul Martin": 1,  # "Selon" opens the sentence
            "Nvidia": 1,  # not in this small list
            "Cohere": 1,
            "Ifremer": 1,  # elided: "l’Ifremer"
            "Claire Durand": 1,  # an attribution line is not a heading
        }
    )
    assert "Cohere" not in actors.unknown_names(text, small, ignore=["cohère"])


def test_invalid_yaml_names_file_and_line(tmp_path: Path) -> None:
    with pytest.raises(actors.ActorsError, match=r"^sources/actors\.yml:3: invalid YAML"):
        load(tmp_path, "actors:\n  - name: Meta\n    kind: pays: organisation\n")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("actors: Meta\n", r"^sources/actors\.yml:1: 'actors' must be a list"),
        ("", r"^sources/actors\.yml:1: 'actors' must be a list"),
        ("actors: []\nlink: all\n", r"^sources/actors\.yml:2: unknown top-level key\(s\) link"),
        ("actors:\n  - Meta\n", r"^sources/actors\.yml:2: each actor is a mapping"),
        ("actors:\n  - name: Meta\n    kind: org\n", r"^sources/actors\.yml:3: 'kind' must be one of .*not 'org'"),
        ("actors:\n  - name: Meta\n", r"^sources/actors\.yml:2: 'kind' must be a non-empty text"),
        ("actors:\n  - kind: pays\n    name: ''\n", r"^sources/actors\.yml:3: 'name' must be a non-empty text"),
        (
            "actors:\n  - name: Meta\n    kind: pays\n    alias: [Facebook]\n",
            r"^sources/actors\.yml:4: unknown key\(s\) alias \(known: name, kind",
        ),
        ("actors:\n  - name: Meta\n    kind: pays\n    aliases: Facebook\n", r"^sources/actors\.yml:4: 'aliases' must"),
        (
            "actors:\n  - name: Meta\n    kind: pays\n    aliases:\n      - Facebook\n      - 12\n",
            r"^sources/actors\.yml:6: 'aliases' must be a list of names; item 2 is 12",
        ),
        ("actors:\n  - name: Meta\n    kind: pays\n    parent: [Meta]\n", r"^sources/actors\.yml:4: 'parent' must"),
        ("ignore: IA\nactors: []\n", r"^sources/actors\.yml:1: 'ignore' must be a list"),
    ],
)
def test_wrong_types_name_line_and_key(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(actors.ActorsError, match=message):
        load(tmp_path, text)


def test_not_utf8_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "actors.yml"
    path.write_bytes(b"actors:\n  - name: M\xe9ta\n")
    with pytest.raises(actors.ActorsError, match=r"^a\.yml:2: not UTF-8"):
        actors.load_actors(path, "a.yml")
    missing = actors.load_actors(tmp_path / "none.yml", "none.yml")
    assert missing.actors == [] and missing.diagnostics[0].level is Level.INFO
    assert list(actors.ActorMatcher(missing).find("Meta")) == []


def test_duplicates_warn_with_both_lines(tmp_path: Path) -> None:
    loaded = load(
        tmp_path,
        "actors:\n"
        "  - name: Meta\n"  # line 2
        "    kind: organisation\n"
        "    aliases: [Facebook]\n"
        "  - name: Facebook\n"  # line 5: the name is taken, the whole actor is ignored
        "    kind: produit\n"
        "  - name: Instagram\n"  # line 7
        "    kind: produit\n"
        "    aliases: [Meta, Insta]\n",
    )
    assert [a.name for a in loaded.actors] == ["Meta", "Instagram"]
    assert loaded.by_name()["Instagram"].aliases == ("Insta",)
    assert [str(d) for d in loaded.diagnostics] == [
        "sources/actors.yml:5: 'Facebook' of actor 'Facebook' (line 5) duplicates 'Facebook' of actor 'Meta' "
        "at line 2; the second is ignored: keep it in one entry only",
        "sources/actors.yml:7: 'Meta' of actor 'Instagram' (line 7) duplicates 'Meta' of actor 'Meta' at line 2; "
        "the second is ignored: keep it in one entry only",
    ]
    assert all(d.level is Level.WARNING for d in loaded.diagnostics)


def test_reference_warnings(tmp_path: Path) -> None:
    loaded = load(
        tmp_path,
        "actors:\n"
        "  - {name: A, kind: modèle, parent: B}\n"
        "  - {name: B, kind: modèle, parent: A}\n"
        "  - {name: C, kind: modèle, parent: Nobody, exclude: [A]}\n"
        "  - {name: Etats-Unis, kind: pays}\n"
        "  - {name: États-Unis, kind: pays}\n",
    )
    messages = [str(d) for d in loaded.diagnostics]
    assert messages[0].startswith("sources/actors.yml:6: 'États-Unis' of actor 'États-Unis' (line 6) duplicates")
    assert messages[1:] == [
        "sources/actors.yml:2: parent 'B' of 'A' makes a cycle",
        "sources/actors.yml:4: parent 'Nobody' of 'C' is not an actor",
        "sources/actors.yml:4: exclude 'A' of 'C' is a name of 'A'; ignored",
    ]
    by_name = loaded.by_name()
    assert by_name["A"].parent is None and by_name["B"].parent == "A" and by_name["C"].exclude == ()


PIECES = [
    "Meta",
    "Meta AI",
    "Google",
    " DeepMind",
    "l'",
    "d’",
    "-",
    " ",
    "\n",
    "é",
    "Llama",
    " 4",
    ".1",
    "Air ",
    "Canada",
]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(st.sampled_from(PIECES), max_size=30).map("".join)))
def test_any_text(small: actors.ActorMatcher, text: str) -> None:
    previous_end = -1
    for start, end, actor in small.find(text):
        assert " ".join(text[start:end].replace("’", "'").split()) in {
            form for f in actor.forms for form in (f, actors._unaccented(f))
        }
        assert start >= previous_end
        previous_end = end
    assert all(count > 0 for count in actors.unknown_names(text, small).values())
