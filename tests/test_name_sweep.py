"""Name sweep: the conventions of attribution hold whatever the person's name.

Bugs of a whole class hid behind the few names the tests used: a first name opening on the letters of an article,
a conjunction or a pronoun ("Laurent" on "la", "Simon" on "si", "Quentin" on "qu") was read as that word. This sweep
takes every eighth first name of the list the extractor knows, pairs it with surnames of every shape the press
prints (a demonym's ending, a particle, two words, a foreign name), and checks the speaker of each convention.
"""

from __future__ import annotations

import pytest

from dossier import quotes
from dossier.text import FIRST_NAMES

from .test_press import TITLE, said

# (the words a sentence or a phrase opens on, whose letters a first name may open on: "Laurent", "Simon", "Ilona")
_FUNCTION_WORDS = (
    "la",
    "le",
    "les",
    "si",
    "qu",
    "sa",
    "son",
    "ses",
    "il",
    "elle",
    "on",
    "un",
    "ce",
    "du",
    "des",
    "lors",
)
_KNOWN = sorted(n for n in FIRST_NAMES if len(n) > 2)
_FIRSTS = [
    name[:1].upper() + name[1:]
    for name in sorted(set(_KNOWN[::8]) | {n for n in _KNOWN if n.startswith(_FUNCTION_WORDS)})
]
_SURNAMES = [
    "Martin", "Delien", "Dubois", "Germain", "Desmarais", "Dupont", "Lamarque", "Chrétien", "Parisien", "Normand",
    "Lyonnais", "Lefèvre", "Unal", "Sonnier", "Ndiaye", "Le Gall", "de Villiers", "Da Silva", "Ben Salah", "Fontaine",
    "von der Leyen", "Dupont-Aignan", "N’Diaye", "O’Neill", "Le Pen", "El Khomri", "de La Fontaine", "DUPONT",
]  # fmt: skip
_WORDS = "Nous irons au bout de ce projet, quoi qu'il en coûte aux habitants"
_SHAPES = [
    "« {q} », a déclaré {n}.",
    "« {q} », explique {n}, maire du village.",
    "{n}, maire du village, prévient : « {q} ».",
    "Pour {n}, « {q} ».",
    "Selon {n}, « {q} ».",
    "« {q} », estime le maire du village, {n}.",
    '"{q}", a déclaré {n}.',
    "«{q}», a déclaré {n}.",
    "« {q} » a assuré {n} à la sortie.",
    "{n} l'affirme : « {q} ».",
    "Le maire, {n}, a réagi : « {q} ».",
]
# (with the pronoun of the first name's gender: a first name of either gender is left out)
_PRONOUN_SHAPES = [
    ("{n} est maire depuis 2020. « {q} », dit-{p}.", "{n}"),
    ("{n} a pris la parole en fin de séance. « {q} », a-t-{p} affirmé.", "{n}"),
    ("{f}, 45 ans, attend son bus depuis une heure. « {q} », dit-{p}.", "{f}"),
]


def _cases() -> list[tuple[str, str]]:
    cases = []
    for i, first in enumerate(_FIRSTS):
        name = f"{first} {_SURNAMES[i % len(_SURNAMES)]}"
        cases += [(shape.format(q=_WORDS, n=name), name) for shape in _SHAPES]
        gender = quotes.first_name_gender(first)
        if gender is not None:
            pronoun = "elle" if gender == "f" else "il"
            cases += [
                (shape.format(q=_WORDS, n=name, f=first, p=pronoun), want.format(n=name, f=first))
                for shape, want in _PRONOUN_SHAPES
            ]
    return cases


@pytest.mark.parametrize("start", range(0, 8))
def test_every_convention_names_the_speaker_whatever_the_name(start: int) -> None:
    # (one test per eighth of the cases: a failure names its sentence, the run stays short)
    wrong = []
    for sentence, want in _cases()[start::8]:
        found = said(TITLE + "Le conseil municipal s'est réuni lundi soir.\n\n" + sentence)
        got = found[0][1] if found else None
        if got != want:
            wrong.append(f"{sentence[:90]} -> {got!r}")
    assert wrong == []


# An opening phrase of time, place, manner or point of view before a sentence's subject, as reports write them.
_OPENINGS = [
    "", "Lundi, ", "À Lyon, ", "Depuis trois ans, ", "En larmes, ", "Au micro de France Bleu, ", "Sur place, ",
    "Interrogée par l'AFP, ", "Un peu plus loin, ", "Dans la cour de l'école, ", "Comme chaque matin, ",
    "Devant la mairie, ", "De son côté, ", "Pour sa part, ", "Très émue, ", "En retrait, ", "Après la réunion, ",
]  # fmt: skip
_SUBJECTS = [
    ("Marie Lemaire", "Marie Lemaire"),
    ("Marie", "Marie"),
    ("Marie, 45 ans,", "Marie"),
    ("la maire, Marie Lemaire,", "Marie Lemaire"),
    ("Marie Lemaire, infirmière,", "Marie Lemaire"),
    ("l'infirmière Marie Lemaire", "Marie Lemaire"),
    ("la maire de Trith", "Maire de Trith"),
    ("la présidente de l'association", "Présidente de l'association"),
]
_PREDICATES = [
    "attend son bus", "prend son mal en patience", "se tient à l'écart", "n'en revient pas", "a pris la parole",
    "est inquiète", "observe la scène", "range ses affaires", "doit venir lundi",
]  # fmt: skip


@pytest.mark.parametrize("opening", _OPENINGS)
def test_the_subject_after_an_opening_phrase_is_the_one_the_pronoun_takes_up(opening: str) -> None:
    # witness_first_name, role_subject_unnamed, pronoun: whatever phrase opens the sentence and whatever its verb,
    # its subject (a name, a first name, a role) is the one "elle" after the words stands for
    wrong = []
    for subject, want in _SUBJECTS:
        for predicate in _PREDICATES:
            sentence = f"{opening}{subject} {predicate}."
            sentence = sentence[:1].upper() + sentence[1:]
            found = said(TITLE + f"Le conseil s'est réuni lundi.\n\n{sentence} « {_WORDS} », dit-elle.")
            got = found[0][1] if found else None
            if got != want:
                wrong.append(f"{sentence} -> {got!r}")
    assert wrong == []


# Verbs of saying a report inverts after the words, plain and reflexive ("se réjouit-il" was read as no incise: short
# words were dropped, long ones left to whoever the paragraph followed).
_INCISE_VERBS = [
    "dit", "explique", "ajoute", "précise", "raconte", "confie", "lance", "glisse", "sourit", "soupire", "poursuit",
    "insiste", "tempère", "martèle", "reconnaît", "admet", "regrette", "ironise", "tranche", "réagit", "répond",
    "s'exclame", "se réjouit", "s'agace", "s'inquiète", "se souvient", "s'insurge", "s'indigne", "s'étonne",
    "se désole", "s'amuse", "s'emporte", "se félicite", "se défend", "s'interroge", "se demande", "s'alarme",
]  # fmt: skip


@pytest.mark.parametrize("pronoun", ["il", "elle"])
def test_every_verb_inverted_with_its_pronoun_makes_an_incise_however_short_the_words(pronoun: str) -> None:
    name = "Paul Roux" if pronoun == "il" else "Marie Roux"
    wrong = []
    for verb in _INCISE_VERBS:
        incise = f"{verb}-t-{pronoun}" if verb[-1] in "ae" else f"{verb}-{pronoun}"
        for words in ("Je suis très content", _WORDS):
            found = said(
                TITLE + f"Le conseil s'est réuni lundi.\n\n{name} est maire depuis 2020. « {words} », {incise}."
            )
            got = found[0][1] if found else None
            if got != name:
                wrong.append(f"{incise} | {words[:20]} -> {got!r}")
    assert wrong == []
