"""Sentence splitting of French prose (``dossier.text.sentence_spans``): the conventions it follows."""

from __future__ import annotations

import pytest

from dossier.text import (
    first_name_gender,
    is_first_name,
    is_unlisted_name,
    normalise_line,
    reads_as_verb,
    sentence_spans,
)


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Courtesy titles and common abbreviations do not end a sentence.
        ("M. Garnier a parlé. Mme Lefort aussi.", ["M. Garnier a parlé.", "Mme Lefort aussi."]),
        # Initials, in the French way ("J.-P.") and the English one ("J.D."), nor do initialisms ("l'I.A.").
        (
            "Le vice-président J.D. Oakes arrive. J.-P. Marchal l'accueille.",
            ["Le vice-président J.D. Oakes arrive.", "J.-P. Marchal l'accueille."],
        ),
        (
            "Le fleuron de l'I.A. française recrute. Il vise Lyon.",
            ["Le fleuron de l'I.A. française recrute.", "Il vise Lyon."],
        ),
        # A copy that lost its paragraph breaks glues one sentence to the next: still two sentences.
        (
            "La start-up grandit vite.Ce normalien de trente ans la dirige.",
            ["La start-up grandit vite.", "Ce normalien de trente ans la dirige."],
        ),
        # ...also before an opening quotation mark, straight or French.
        (
            'Il a quitté la firme."Je voulais bâtir", dit-il.',
            ["Il a quitté la firme.", '"Je voulais bâtir", dit-il.'],
        ),
        ("Il a quitté la firme.«Je voulais bâtir», dit-il.", ["Il a quitté la firme.", "«Je voulais bâtir», dit-il."]),
        # A domain name or a product written with a dot is no sentence end.
        (
            "Le site mistral.ai et la marque Mistral.AI grandissent.",
            ["Le site mistral.ai et la marque Mistral.AI grandissent."],
        ),
        # A quotation holds its sentences together.
        (
            "Elle a dit : « Non. Jamais. » Puis elle est partie.",
            ["Elle a dit : « Non. Jamais. »", "Puis elle est partie."],
        ),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("‘‘C’est un essai’’, dit-elle.", "“C’est un essai”, dit-elle."),
        ("Il répond : ''oui''.", "Il répond : “oui”."),
        ("(‘‘sic’’)", "(“sic”)"),
        # A word processor's smart quotes turn two typed apostrophes into ‘’ at a word's start.
        ("‘’Nous y serons’’, a-t-il dit.", "“Nous y serons”, a-t-il dit."),
        # A doubled apostrophe inside a word is a slip, not a quotation mark.
        ("l’’IA progresse", "l’’IA progresse"),
    ],
)
def test_two_single_marks_typed_for_a_double_one(line: str, expected: str) -> None:
    assert normalise_line(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("'Il nous a fallu du temps pour l'Europe', a dit X.", "“Il nous a fallu du temps pour l'Europe”, a dit X."),
        ("un cadre 'fragmenté' aux 'mises en oeuvre' qui", "un cadre “fragmenté” aux “mises en oeuvre” qui"),
        # Apostrophes inside words, an elided year and code are left alone.
        ("l'IA d'aujourd'hui n'est pas l'IA d'hier", "l'IA d'aujourd'hui n'est pas l'IA d'hier"),
        ("les années '90 reviennent", "les années '90 reviennent"),
        ("appelez `print('x')` ici", "appelez `print('x')` ici"),
    ],
)
def test_straight_single_marks_used_as_quotation_marks(line: str, expected: str) -> None:
    assert normalise_line(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("‘Nous n’avions pas le choix’, dit-elle.", "“Nous n’avions pas le choix”, dit-elle."),
        ("un modèle ‘ouvert’ au sens large", "un modèle “ouvert” au sens large"),
        # Apostrophes of elision, an English possessive and an elided year are no quotation marks.
        ("l’IA d’aujourd’hui n’est pas l’IA d’hier", "l’IA d’aujourd’hui n’est pas l’IA d’hier"),
        ("the users’ data, les années ‘90", "the users’ data, les années ‘90"),
    ],
)
def test_typographic_single_marks_used_as_quotation_marks(line: str, expected: str) -> None:
    assert normalise_line(line) == expected


def test_unlisted_name_is_two_words_no_dictionary_knows() -> None:
    assert is_unlisted_name("Rafal Naczyk") and is_unlisted_name("Daniella Gorbunova")
    assert not is_unlisted_name("Intelligence Artificielle") and not is_unlisted_name("Naczyk")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A reprint that lost the space after its commas: French sets one.
        (
            "« Tout change »,croit Paul Roux,directeur de Lumen,la fondation.",
            "« Tout change », croit Paul Roux, directeur de Lumen, la fondation.",
        ),
        # Decimals, web addresses and mail addresses keep theirs.
        ("Lumen a levé 3,5 milliards.", "Lumen a levé 3,5 milliards."),
        ("Voir lumen.fr/a,b pour le détail.", "Voir lumen.fr/a,b pour le détail."),
        ("Écrire à jean,roe@lumen.fr demain.", "Écrire à jean,roe@lumen.fr demain."),
    ],
)
def test_a_comma_glued_to_the_next_word_is_spaced(line: str, expected: str) -> None:
    assert normalise_line(line) == expected


def test_a_finite_verb_reads_as_one_a_role_or_a_participle_does_not() -> None:
    assert reads_as_verb("défend") and reads_as_verb("explique") and reads_as_verb("soutient")
    assert not reads_as_verb("présidente") and not reads_as_verb("chargée") and not reads_as_verb("directeur")
    assert not reads_as_verb("conseillère")  # its lemma, "conseiller", is an infinitive too


def test_first_names_from_the_dictionary_of_first_names() -> None:
    # Names common in the francophone countries, or very common anywhere, beyond the hand-made list
    for name in ("Frank", "Sonia", "Cyril", "Mickaël", "Grégory", "Mohammed", "Jean-Frank"):
        assert is_first_name(name), name
    # not a word of the language, a country, a firm rare as a first name, nor a word in lower case
    for word in ("Avril", "Les", "Orange", "France", "Israel", "Meta", "frank"):
        assert not is_first_name(word), word
    assert (first_name_gender("Sonia"), first_name_gender("Frank")) == ("f", "m")
    # a unisex name, or a word no dictionary lists, tells no gender
    assert first_name_gender("Camille") is None and first_name_gender("Zorglub") is None


def test_names_given_rarely_at_home_are_names_written_as_names_not_in_capitals() -> None:
    # the dictionary lists names given in France however rarely when it was made ("Ambroise", "Katel", "Maëlys"):
    # first names, with the gender it gives; in capitals the same letters are an acronym more often ("le patron du
    # BEA"); a common name stays one in capitals ("PAUL"); a word with its accents is no name ("Santé")
    for name in ("Ambroise", "Katel", "Maëlys", "Bea", "PAUL"):
        assert is_first_name(name), name
    for word in ("BEA", "AMBROISE", "Santé"):
        assert not is_first_name(word), word
    assert (first_name_gender("Ambroise"), first_name_gender("Katel")) == ("m", "f")
