"""Quotations and their speakers, by the conventions of French press.

Where the quotation is:

* a quotation block followed by an attribution line ("– Mark Zuckerberg, PDG
  de Meta"), or a Markdown ``>`` block with one, or with its speaker named in
  the line before, which ends with a colon;
* « … » (with or without inner spaces), “ … ” or "…" spans inside a paragraph
  or a list item;
* a quotation over several paragraphs: each new paragraph opens with « and
  only the last one closes it (French typography).

Who says it, in the order a reader looks for it:

* an incise inside the marks: « A, poursuit-il, B » is one quotation;
* after the quotation, a speech verb in any tense and word order, with or
  without a comma: "…», a déclaré X", "…» a-t-il expliqué", "…» avait-elle
  indiqué", "…», explique-t-on chez Meta", "…», selon X", reflexive ("…», se
  réjouit X"), with a complement before the subject ("…», a déclaré à l'AFP, X,
  rôle", "…» a écrit sur X la présidente…", "…», précise ainsi X");
* a fragment in a sentence that an attribution governs (partial_governed): the
  attribution after the sentence ("… un « … » et … « … », a souligné X"), or a
  verb of saying, judging or describing opening it ("X fustige une industrie
  « … »", "X décrit le modèle comme … « … »", "L'entreprise parle d'une « … »"),
  a passive with its agent ("qualifiée d'« … » par la société"); a fragment
  coordinated with one just attributed ("« … » et « … »") is the same speaker's;
* before it, in the same sentence: "X a déclaré : « … »", "X, directrice de
  …, observe : « … »", "X estime que « … »", "selon X, « … »", "d'après X",
  "Pour X, <rôle>, <phrase> : « … »", a participle ("…, ajoutant que « … »");
* a line or list item just before, ending with a colon, that names the speaker;
* none of these, right after an attributed quotation: the same speaker
  (a second quotation with no new verb);
* the headline's citation-titre ("X : « … »", "« … » : X verbe…", "« … », selon X"),
  counted once: the body's quotation when the body repeats it (see :func:`headline_quotation`).

A short quotation (even one word) counts when words give it to someone explicitly:
"selon l'expression de X", "dixit X", or a verb of judgement whose subject is the
speaker ("X a jugé « exagérées » les craintes", "X dénonce « … »").

Pronouns and anaphora (il, elle, ce dernier, la dirigeante, le Français, la
présidente de la région…) stand for the person named before; "l'entreprise",
"la société chinoise" and a communiqué stand for the organisation named before
as a sentence's subject. A pronoun is never a speaker, and one that nothing
resolves leaves the speaker as « Source non précisée », as do the formulas of an
anonymous source ("un proche du dossier", "un acteur du secteur"), kept as the
description. On an interview page, a quotation set apart as its own paragraph
(a pull quote) is the interviewee's.

Short guillemeted words or labels (« low-cost », « pionnier », “Behemoth”)
are scare quotes, never quotations. Speech verbs are matched by lemma, so
any tense or person of a listed verb counts.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace

from .model import Article, Block, Kind
from .text import (
    FEMININE_NOUN_ENDS,
    FINITE_WORDS,
    MONTHS,
    PAST_PARTICIPLE_ENDS,
    QUOTE_MARKS,
    WEEKDAYS,
    StartOrAfter,
    asks,
    content_words,
    first_name_gender,
    is_first_name,
    is_french_word,
    is_person_name,
    is_unlisted_name,
    names_text,
    reads_as_verb,
    short_hash,
    unaccented,
    words,
)
from .themes import lemma

SPEECH_VERBS = frozenset(
    """
    dire déclarer expliquer estimer souligner noter prédire confier affirmer ajouter assurer indiquer préciser
    rappeler observer remarquer suggérer avertir prévenir juger insister reconnaître admettre lancer marteler
    résumer conclure analyser commenter déplorer regretter avancer poursuivre répondre tempérer nuancer ironiser
    écrire témoigner plaider détailler argumenter considérer pointer relever signaler annoncer promettre prévoir
    constater avouer concéder soutenir clamer proclamer répéter inquiéter alerter raconter relater décrire
    justifier défendre espérer craindre alarmer confirmer démentir nier objecter rétorquer renchérir glisser
    souffler tweeter interroger demander pronostiquer anticiper répliquer trancher tonner asséner assener
    exclamer féliciter réjouir agacer alarmer dénoncer fustiger critiquer saluer développer expliciter
    reprendre enchaîner apprendre continuer conclure certifier garantir jurer révéler dévoiler confesser lâcher résumer
    mettre marteler insister rassurer temporiser abonder acquiescer approuver reconnaître lister énumérer évoquer
    tacler compléter rebondir recadrer cingler railler appuyer préconiser recommander balayer relativiser sourire
    soupirer grincer pester décrypter arguer surenchérir murmurer écrier protester contester offusquer parier désoler
    blaguer plaisanter badiner réagir simplifier imager illustrer schématiser synthétiser vulgariser poser interpeller
    exhorter contextualiser exposer
    enthousiasmer targuer retracer emporter indigner étonner amuser insurger vanter
    croire penser éclairer citer exprimer
    fulminer tempêter rager enrager maugréer ronchonner grogner vitupérer exaspérer impatienter lamenter émouvoir
    esclaffer rire remémorer souvenir étrangler persister questionner redouter partager
    revendiquer introduire mentionner énoncer corriger démystifier soulever
    rapporter requérir réclamer exiger reprocher réitérer rectifier prétendre insinuer invoquer prôner relancer
    riposter enchérir interrompre embrayer ordonner menacer supplier implorer accuser apostropher
    invectiver tancer sermonner admonester enquérir articuler chuchoter susurrer murmurer marmonner bougonner
    bredouiller balbutier bégayer bafouiller crier hurler vociférer rugir gémir
    attester commencer débuter
    rajouter plaindre désespérer émerveiller résigner savourer sangloter rembobiner modérer
    charger attaquer râler rigoler gargariser
    terminer claironner scander grommeler minimiser dédramatiser convenir souhaiter exulter jubiler
    rejeter écarter
    livrer enflammer emballer extasier époumoner égosiller narrer persifler philosopher positiver pouffer taquiner
    réfuter hasarder déclamer réciter épancher énerver irriter assumer consoler enorgueillir
    """.split()
)
# "fait remarquer", "fait valoir", "fait savoir": faire + infinitive of saying.
_FAIRE = frozenset({"remarquer", "valoir", "savoir", "observer", "part", "comprendre", "entendre"})
# Participles and forms the lemmatizer reads as something else.
# (and the participles of a charge given, "chargée de communication", an office's words, never saying)
_NOT_VERBS = frozenset(
    {"qualifié", "qualifiée", "appelé", "appelée", "nommé", "nommée", "surnommé", "surnommée"}
    | {"chargé", "chargée", "chargés", "chargées"}
)


class _RoleNouns(frozenset[str]):
    """Role nouns; membership holds for their French compounds too: a prefix of rank ("vice-rectrice",
    "co-directeur", "sous-préfète", "ex-ministre") or a second noun of rank ("directeur-adjoint", "secrétaire-général",
    "médecin-chef"), the way the press hyphenates titles."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        if not isinstance(word, str) or "-" not in word:
            return False
        head, _, rest = word.partition("-")
        if head in _RANK_PREFIXES:
            return rest in self
        first, _, last = word.rpartition("-")
        return last in _RANK_SECONDS and frozenset.__contains__(self, first)


_RANK_PREFIXES = frozenset({"vice", "co", "sous", "ex", "pro"})
_RANK_SECONDS = frozenset({"adjoint", "adjointe", "général", "générale", "délégué", "déléguée", "chef"})

ROLE_NOUNS = _RoleNouns(
    """
    porte-parole analyste expert experte chercheur chercheuse spécialiste observateur observatrice dirigeant
    dirigeante responsable directeur directrice pdg président présidente ingénieur ingénieure source sources
    investisseur investisseuse capital-risqueur consultant consultante économiste professeur professeure
    fondateur fondatrice cofondateur cofondatrice cadre employé employée représentant représentante avocat avocate
    conseiller conseillère porte-paroles membre journaliste patron patronne ministre commissaire député députée
    eurodéputé eurodéputée général générale colonel amiral gouverneur gouverneure ambassadeur ambassadrice diplomate
    comédien comédienne acteur actrice illustrateur illustratrice auteur autrice écrivain écrivaine réalisateur
    réalisatrice musicien musicienne chanteur chanteuse peintre designer doubleur doubleuse plaignant plaignante
    élève lycéen lycéenne collégien collégienne écolier écolière apprenti apprentie stagiaire
    astronaute spationaute astronome astrophysicien astrophysicienne éducateur éducatrice conservateur conservatrice
    berger bergère inspecteur inspectrice rapporteur rapporteure substitut substitute accompagnateur accompagnatrice
    vendeur vendeuse caporal administrateur administratrice coprésident coprésidente contrôleur contrôleure
    contrôleuse auxiliaire
    entrepreneure startuppeur banquier banquière trader assureur courtier courtière
    sénateur sénatrice développeur développeuse entrepreneur entrepreneuse salarié salariée scientifique juriste
    directeur-général directrice-générale dg ceo cto ancien ancienne homologue successeur successeure
    prédécesseur prédécesseure collègue associé associée partenaire
    maire adjoint adjointe élu élue préfet préfète recteur rectrice proviseur proviseure secrétaire délégué déléguée
    gérant gérante doyen doyenne vice-président vice-présidente coordinateur coordinatrice chef cheffe
    médecin radiologue chirurgien chirurgienne infirmier infirmière pharmacien pharmacienne psychiatre psychologue
    pédiatre cardiologue oncologue généraliste sociologue historien historienne philosophe linguiste mathématicien
    mathématicienne physicien physicienne biologiste informaticien informaticienne enseignant enseignante
    magistrat magistrate procureur procureure juge notaire architecte formateur formatrice bâtonnier bâtonnière
    trésorier trésorière agriculteur agricultrice éleveur éleveuse maraîcher maraîchère doctorant doctorante
    étudiant étudiante militant militante syndicaliste commerçant commerçante artisan artisane
    intervenant intervenante orateur oratrice conférencier conférencière invité invitée interlocuteur interlocutrice
    principal principale censeur documentaliste bibliothécaire artiste compositeur compositrice producteur
    productrice rédacteur rédactrice
    sélectionneur sélectionneuse entraîneur entraîneuse manager capitaine joueur joueuse attaquant attaquante
    gardien gardienne ailier talonneur pilier troisième-ligne deuxième-ligne ouvreur buteur buteuse
    meneur meneuse escrimeur escrimeuse tenniswoman coach skieur skieuse coureur coureuse cycliste nageur
    nageuse athlète judoka boxeur boxeuse navigateur navigatrice skipper champion championne
    accusé accusée prévenu prévenue victime
    humoriste romancier romancière cinéaste scénariste dramaturge chorégraphe poète poétesse pianiste violoniste
    guitariste rappeur rappeuse photographe sculpteur sculptrice danseur danseuse dessinateur dessinatrice
    footballeur footballeuse rugbyman basketteur basketteuse handballeur handballeuse tennisman arbitre pilote
    sprinteur sprinteuse
    instituteur institutrice surveillant surveillante boulanger boulangère viticulteur viticultrice vigneron
    vigneronne cheminot cheminote policier policière gendarme pompier pompière
    serveur serveuse cuisinier cuisinière restaurateur restauratrice hôtelier hôtelière aide-soignant aide-soignante
    ouvrier ouvrière technicien technicienne mécanicien mécanicienne libraire caissier caissière
    organisateur organisatrice enquêteur enquêtrice sauveteur sauveteuse opposant opposante électeur électrice
    imam prêtre curé pasteur pasteure rabbin évêque archevêque cardinal abbé abbesse moine moniale aumônier aumônière
    diacre pape nonce mufti vicaire chanoine prieur prieure
    animateur animatrice chroniqueur chroniqueuse présentateur présentatrice boutiquier boutiquière commerçant
    commerçante épicier épicière négociateur négociatrice
    programmateur programmatrice régisseur régisseuse
    commandant commandante lieutenant lieutenante adjudant adjudante brigadier brigadière sergent sergente major
    substitut greffier greffière huissier huissière
    candidat candidate référent référente coréférent coréférente leader équipier équipière coéquipier
    coéquipière
    édile bourgmestre échevin échevine syndic vétérinaire sage-femme kinésithérapeute ambulancier ambulancière
    urgentiste gériatre neurologue dentiste orthophoniste épidémiologiste virologue infectiologue climatologue
    glaciologue météorologue prévisionniste géographe urbaniste paysagiste démographe politologue politiste
    anthropologue archéologue ethnologue fiscaliste comptable éditeur éditrice traducteur traductrice
    pâtissier pâtissière chocolatier chocolatière boucher bouchère fromager fromagère sommelier sommelière caviste
    ostréiculteur ostréicultrice apiculteur apicultrice céréalier céréalière mareyeur mareyeuse armateur
    conducteur conductrice facteur factrice officier officière militaire soldat
    """.split()
    # (the spelling of the 1990 reform, which drops the circumflex on i and u, as many sites print it)
    + "entraineur entraineuse maraicher maraichère".split()
)


# Titles the French press copies in English, capitalised: "Chris Roe, Chief Product Officer, a déclaré".
ENGLISH_ROLE_WORDS = frozenset(
    "chief head senior vice executive managing general lead principal officer director president founder".split()
)


def _role_noun(word: str) -> bool:
    """A role noun, singular or plural: "les analystes de X" speak as one source (role_speaker)."""
    word = word.casefold()
    if word in ROLE_NOUNS or (word[-1:] in ("s", "x") and word[:-1] in ROLE_NOUNS):
        return True
    parts = word.split("-")
    if len(parts) == 2 and parts[0] in ROLE_NOUNS and parts[1][:1].isalpha():
        # compound_rank: two titles joined, as ranks and offices are ("lieutenant-colonel"), or a profession and its
        # speciality, the head first as French compounds put it ("médecin-réanimateur", "infirmière-anesthésiste")
        return True
    if len(parts) == 2 and parts[0] in ("haut", "haute") and parts[1] in ROLE_NOUNS:
        return True  # a high office, the adjective joined to its noun ("haut-commissaire", "haute-commissaire")
    # Professions by their suffix: "néphrologue", "pédopsychiatre", "dentiste", "kinésithérapeute", "sage-femme".
    return len(word) >= 7 and (word.endswith(_PROFESSION_ENDS) or word.split("-")[-1] in _PROFESSION_HEADS)


_PROFESSION_ENDS = ("logue", "iatre", "iste", "thérapeute", "ologiste", "graphe")
_PROFESSION_HEADS = frozenset({"femme", "dentiste", "chef", "cheffe"})


UNKNOWN_SPEAKER = "Source non précisée"
_PARAGRAPH = object()  # in a _Context's queue: a paragraph starts
# A time adverb before a speaker phrase: "Samedi", "ce lundi", "mardi soir", "hier", "Ce week-end,". Anchored at the
# start, one alternative per word: no backtracking.
_TIME_WORDS = (
    r"(?:(?:ce|cette)\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|week-end|semaine)"
    r"(?:\s+(?:matin|soir|après-midi|dernier|dernière|prochain|prochaine))?|hier(?:\s+soir|\s+matin)?"
    r"|aujourd[’']hui|avant-hier"
    # (the middle or the start of a month, as the press dates a statement: "Mi-avril, …", "Début mars, …")
    r"|(?:mi-|(?:début|fin)\s+)(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))"
)
_TIME_OPENER = re.compile(rf"^{_TIME_WORDS}\b\s*,?\s*(?=\S)", re.I)
_TIME_ALONE = re.compile(rf"{_TIME_WORDS}\s*", re.I)  # (a segment that is only a time: no one's name)
_DETERMINERS = re.compile(r"^(?:(?:une|un|les|le|la|des|notre|son|sa|cette|cet|ces|ce)\s+|l[’']\s*)", re.I)
_ROLE_CUT = re.compile(
    r"\s+(?:qui|que|dont|spécialisée?s?|chargée?s?|basée?s?|travaillant|ayant|interrogée?s?|cité(?:e|s)?|joint|jointe"
    # ("un ancien cadre de X resté anonyme": anonymity, not the role; "une retraitée venue de Lyon": where from; "la
    # gendarmerie présente sur les lieux": where it was)
    r"|restée?s?|souhaitant|préférant|désirant|venue?s?|présente?s?(?=\s+(?:sur|à|au|aux|dans)\s))\b"
    r"|\s*,\s*|\s+(?=d[’']une?\s)|\s+(?=chez\s)|\s+(?=au sein\s)|\s+(?=devant\s|lors\s|en marge\s|sous\s|depuis\s)"
    r"|\s+(?=\()"  # "analystes de JPMorgan (NYSE:JPM)": a ticker or an aside in parentheses is description
    # (where the witness stood, and the age, describe the source; the noun names it: "un vacancier sur sa
    # serviette", "une voisine dans la même rue", "un employé sur place", "une animatrice de 38 ans")
    r"|\s+(?=(?:sur|dans)\s+(?:la|le|les|l[’']|une?|des|sa|son|ses|leurs?|place)\b)"
    # (a child is named by the age, as the press writes it: "un garçon de 6 ans")
    r"|(?<!garçon)(?<!enfant)(?<!fille)(?<!fillette)(?<!bébé)(?<!adolescent)(?<!adolescente)(?<!ado)"
    r"\s+(?=de\s+\d{1,3}\s+ans\b)"
)
# Anaphora: words that stand for a person named before, never a speaker themselves.
_PRONOUNS = frozenset(
    """
    il elle ils elles lui on celui-ci celle-ci ce_dernier cette_dernière l’intéressé l’intéressée
    ceux-ci celles-ci ceux-là celles-là ces_derniers ces_dernières
    """.replace("_", " ").split()
)
# An adjective before the inverted subject, its determiner after it: "décontractée une autre skieuse".
_MANNER_ADJECTIVE_BEFORE = re.compile(r"^(?P<adjective>[a-zà-ÿ]{4,})\s*,?\s+(?=(?:un|une|le|la|les)\s|l[’'])")
# The pronouns of several people, never one person: "ils", "elles", "ceux-ci", "ces derniers" (plural_pronoun).
_PLURAL_PRONOUNS = frozenset(
    ["ils", "elles", "ceux-ci", "celles-ci", "ceux-là", "celles-là", "ces derniers", "ces dernières"]
)
# The age as a noun's complement, in figures or in words: "de 32 ans", "âgée de trente-quatre ans".
_AGE_OF = r"(?:âgée?\s+)?de\s+(?:\d{1,3}|[a-zé]+(?:-[a-zé]+){0,3})\s+ans"
_ANAPHORA = re.compile(
    # (an epithet adjective may come first: "le distingué professeur", "l'heureux scientifique")
    # (the article a word of its own: "Laurent Delien" opens on no "la")
    r"^(?:(?:(?:le|la|les)\s+|l[’']\s*)(?:même\s+)?(?:jeune\s+|nouveau\s+|nouvelle\s+|ancien\s+|ancienne\s+"
    r"|[a-zà-ÿ]+\s+)?"
    r"(?P<noun>[\w-]+)(?:\s+(?:montante?|déchue?|incontestée?|controversée?))?"
    # (a parent's part the press names a witness by: "la mère de famille", "le père de famille")
    r"(?:(?<=mère|père)\s+de\s+famille)?"
    r"(?:\s+(?:américain|américaine|français|française|chinois|chinoise|européen|européenne))?"
    # the press's epithet with the age, in figures or in words: "le jeune patron de 32 ans", "le Montpelliérain de
    # trente-quatre ans"
    r"(?:\s+" + _AGE_OF + r")?"
    r"|ce dernier|cette dernière|celui-ci|celle-ci)$",
    re.I,
)
_ADVERBS = (
    r"(?:encore|aussi|également|ainsi|alors|ensuite|enfin|déjà|d[’']ailleurs|pourtant|toutefois|cependant|néanmoins"
    r"|même|bien|en effet"
    r"|notamment|par\s+exemple|aussitôt|vivement|clairement|publiquement|tout\s+d[’']abord|d[’']abord"
    r"|lui-même|elle-même"
    # (how soon, as a report dates a reaction: "« … » a très vite réagi X", "a tout de suite répondu X")
    r"|(?:très\s+|si\s+|plus\s+)?vite|tout\s+de\s+suite|immédiatement|rapidement|sèchement|simplement|fermement)"
)
# The auxiliary of a compound past, in the third person.
_AUX_FORMS = ("a", "avait", "aurait", "ont", "avaient", "auraient", "eut", "aura")
_AUX = rf"(?:{'|'.join(_AUX_FORMS)})"
_SUBJ = r"(?:il|elle|on|ils|elles)"
# A capitalised word of a name; a stop inside it only before more letters ("J.-P.", "Boursier.com") or after an
# initial ("J."): the stop after "Huang" in "… Jensen Huang. Elle a déclaré" ends the sentence, not the name.
# (elision: a word elided before a lower-case one is no name, "C'est", "Qu'il", "Lorsqu'il"; "N'Golo" is; the
# article and the role, "L'ingénieure Anne Roe", are taken apart where the name is read: _ELIDED_ROLE_BEFORE_NAME)
_NAME_TOKEN = (
    r"(?!(?:C|Qu|J|S|N|D|Lorsqu|Puisqu|Jusqu|Quoiqu|Aujourd)[’'][a-zà-öø-ÿ])[A-ZÀ-ÖØ-Þ](?:\.|(?:[\w’'-]|\.(?=[\w-]))*)"
)
# A first name, hyphenated perhaps ("Jean-Marc"), as witnesses are named by it alone and full names open on it.
_GIVEN_NAME = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?"
_GIVEN_NAME_SHAPE = re.compile(rf"^{_GIVEN_NAME}$")
# A person's name in two or three capitalised words, a particle perhaps between: "Jeanne Roe", "Fabrice le Saché".
# (a particle of two words too: "Ursula von der Leyen", "Rafael van der Vaart", "Jean de la Fontaine")
_NAME_RUN = (
    rf"{_NAME_TOKEN}(?:\s+(?:de\s+|du\s+|[Ll]e\s+|[Ll]a\s+|(?:von|van)\s+(?:der\s+|den\s+)?|de\s+la\s+)?{_NAME_TOKEN})"
    r"{1,2}"
)


@dataclass
class Quote:
    id: str
    text: str
    speaker: str
    speaker_detail: str
    article: str
    anchor: str
    themes: list[str] = field(default_factory=list)
    named: bool = False
    inline: bool = False
    raw_speaker: str = ""  # as parsed from this article; `speaker` is the corpus-wide name (unify_speakers)
    terms: list[tuple[int, int, str]] = field(default_factory=list)  # glossary terms in `text`: (start, end, slug)

    def __post_init__(self) -> None:
        self.raw_speaker = self.raw_speaker or self.speaker

    @property
    def key(self) -> str:
        return speaker_key(self.speaker)


@functools.lru_cache(maxsize=16384)  # a corpus names the same speakers again and again, on every build
def speaker_key(name: str) -> str:
    """Case-, accent- and punctuation-insensitive identity of a speaker."""
    return " ".join(re.sub(r"[^\w]+", " ", unaccented(name.casefold())).split())


def _surname_key(name: str) -> str:
    """The key a person is met again by: the surname ("Roe" for "Jeanne Roe"); the whole name when the surname is
    an initial, as the press names a witness ("Ahmed K.", "Gabin D": two students of one article share "D")."""
    tokens = name.split()
    return speaker_key(name if len(tokens[-1].rstrip(".")) == 1 else tokens[-1])


def is_speech_verb(word: str, faire: bool = False) -> bool:
    # Reflexive verbs of saying, inverted or not: "s'exclame-t-il", "s'enthousiasme X", "s'est targué X".
    word = _REFLEXIVE.sub("", word.lower()).strip("’'")
    if faire:
        return word in _FAIRE
    if word in _NOT_VERBS or len(word) < 3:
        return False
    if any(form in SPEECH_VERBS for form in _verb_candidates(word)):
        return True
    if word.endswith(("nait", "rait")) and is_speech_verb(word[:-2] + "ît"):
        # the spelling rectified in 1990 drops the circumflex of "-aître" verbs: "reconnait" is "reconnaît"
        return True
    # The prefix of repetition before a verb of saying makes one too: "réaffirme" (affirmer), "redit" (dire),
    # "réexpliquait" (expliquer); only verbs that are nothing but saying ("remis" is no "mettre" of "mettre en
    # garde", "réussi" no verb at all).
    again = _AGAIN_PREFIX.match(word)
    return again is not None and bool(_REPEATABLE.intersection(_verb_candidates(word[again.end() :])))


_AGAIN_PREFIX = re.compile(r"^(?:ré(?=[aeéiou])|re(?=[bcdfgjlmnpqrstvz]))")
_REPEATABLE = frozenset(
    "affirmer dire expliquer préciser souligner déclarer demander indiquer confirmer assurer dénoncer plaider"
    " marteler formuler expliciter".split()
)


_REFLEXIVE = re.compile(r"^s[’']")


# The verbs whose subject pronoun, inverted after a comma, makes no incise of reported speech: the copula, the
# auxiliaries and the modals ("est-il", "peut-elle"), and the parentheticals of seeming and hearsay ("semble-t-il",
# "paraît-il", "faut-il le rappeler").
_NOT_INCISE = frozenset(
    "être avoir pouvoir devoir falloir aller vouloir sembler paraître savoir valoir venir rester devenir".split()
)
_NOT_INCISE_FORMS = frozenset(
    "est était sera serait a avait aura aurait été eu pu dû voulu su fallu semblé paru".split()
)
_PARTICIPLE_ENDS = (*PAST_PARTICIPLE_ENDS, "i", "is", "it", "u", "ue", "us", "ert", "int")  # of all groups


def _inverted_incise(verb: str, participle: bool) -> bool:
    """Whether a verb whose subject pronoun is inverted ("embraye-t-il", "a-t-elle requis") can end an incise of
    reported speech, whatever the verb: in French the incise that attributes words quoted just before it inverts its
    subject, so the inversion itself says that the words are the subject's. ``participle``: the verb follows the
    inverted auxiliary, and must read as a past participle."""
    word = verb.casefold()
    if not word.isalpha() or len(word) < 2 or word in _NOT_INCISE_FORMS or lemma(word) in _NOT_INCISE:
        return False
    return word.endswith(_PARTICIPLE_ENDS) if participle else True


def _inverted_name_incise(after: str, match: re.Match[str]) -> bool:
    """post_inverted with a verb of no list and a person's name as its subject: after the quotation and its comma, a
    verb then a first name and a surname is an incise whatever the verb ("…», replace Paul Roe (CGT)", "…», a
    évacué Hélène Roe"), the inversion saying that the words are that person's, as an inverted pronoun does
    (:func:`_inverted_incise`). Not a noun after the comma ("…», film de Paul Roe"), nor a thing as the subject."""
    verb = match.group("verb").casefold()
    if match.group("fait") or after.lstrip()[:1] != "," or not _inverted_incise(verb, bool(match.group("aux"))):
        return False
    if not match.group("aux") and not _finite_verb(verb):
        return False
    tokens = match.group("speaker").split()
    if _DEFINITE.match(match.group("speaker")) is not None:
        # …or a definite role, the person named before taken up ("…», motive l'actrice", "…», tacle le ministre")
        head = _DETERMINERS.sub("", match.group("speaker"), count=1).split()
        return bool(head) and _role_noun(head[0].casefold().strip(",."))
    # (a first name no list knows, the two words no word of the language: "Imane Roe")
    return len(tokens) >= 2 and (
        (is_first_name(tokens[0]) and tokens[1][:1].isupper()) or is_unlisted_name(" ".join(tokens[:2]).rstrip(",."))
    )


def _verb_candidates(word: str) -> set[str]:
    """Possible infinitives of a conjugated form, for when the lemmatizer reads it as a noun ("note")."""
    forms = {word, lemma(word), word + "r"}
    for ending, replacement in (
        ("ent", "er"),
        ("ent", "entir"),  # (the present of "-entir" verbs: "dément" is "démentir")
        ("é", "er"),
        ("ée", "er"),
        # the participle agrees with a feminine or plural subject ("s'est réjouie la directrice", "se sont
        # félicités les élus"): of the first group and the second
        ("és", "er"),
        ("ées", "er"),
        ("ie", "ir"),
        ("ies", "ir"),
        ("is", "ir"),
        ("a", "er"),
        ("ait", "er"),
        ("it", "ire"),
        ("ant", "er"),
        ("ait", "re"),
        ("ant", "ir"),
        ("issant", "ir"),
        ("aient", "er"),
        ("èrent", "er"),
        # (the participle of "émouvoir" and its kin: "s'est-elle émue")
        ("mu", "mouvoir"),
        ("mue", "mouvoir"),
        ("mus", "mouvoir"),
        ("mues", "mouvoir"),
    ):
        if word.endswith(ending):
            forms.add(word[: -len(ending)] + replacement)
    if "è" in word:  # "complète", "répète": the infinitive's stem has é ("compléter"), or e ("relève": "relever")
        forms |= {form.replace("è", "é") for form in forms} | {form.replace("è", "e") for form in forms}
    return forms


_DEMONSTRATIVE = re.compile(
    r"^(?:ce|cet|cette)\s+(?!qui\b|que\b|qu’|dernier\b|dernière\b)[a-zà-ÿ][\w’-]*(?:\s+\(?[\w’-]+\)?){0,7}$"
)


# A definite description of a person, its head noun in lower case after the article and the adjectives the press
# puts first ("le cinéaste", "la triple gagnante du globe", "l'enseignant-chercheur de 75 ans").
_DEFINITE_DESCRIPTION = re.compile(
    r"^(?:(?:[Ll]e|[Ll]a)\s+|[Ll][’']\s*)(?:(?:jeune|nouveau|nouvel|nouvelle|ancien|ancienne|ex|triple|double|quadruple"
    r"|futur|future|premier|première|seul|seule|éternel|éternelle|célèbre|fameux|fameuse)[\s-]+)?"
    r"(?P<noun>[a-zà-ÿ][\w-]*|PDG|CEO|DG|DRH)\b"
)
# Bodies and groups a definite article names without a person behind them ("la préfecture", "le club", "la défense"),
# besides the institutions (_INSTITUTIONS, _INSTITUTION_HEADS).
_COLLECTIVE_HEADS = frozenset(
    """
    préfecture mairie municipalité région département ville commune police gendarmerie armée club équipe parti
    opposition majorité intersyndicale centrale journal quotidien hebdomadaire chaîne radio magazine site média
    ong hôpital établissement école université ambassade chancellerie défense accusation famille foule public
    assistance salle sélection administration état pays collectivité métropole agglomération rectorat académie
    clinique laboratoire enseigne marque
    """.split()
)
# Kinship nouns: "sa mère", "la mère de la victime".
_KINSHIP = frozenset(
    """
    mère père fille fils sœur soeur frère épouse époux mari veuve veuf oncle tante cousin cousine grand-mère
    grand-père compagne compagnon conjoint conjointe
    """.split()
)


def _complement_known(description: str, text: str) -> bool:
    """Whether the body a role's complement names ("la secrétaire générale de la CGT": "CGT") is one ``text`` names
    already (its first word, of four letters at least, by its first five letters), or the role has none. Where the
    person comes from ("le jeune médecin originaire du Jura") is no body the role is held in."""
    description = re.sub(r"\s+originaires?\s.*$", "", description)
    found = re.search(r"\s(?:de\s+la|de\s+l[’']|de|du|des|d[’']|à\s+la|à\s+l[’']|au|aux|à)\s*([\w-]{4,})", description)
    return found is None or found.group(1)[:5].casefold() in text.casefold()


def _bodies_in(description: str, detail: str) -> bool:
    """Whether every body ``description`` names by a capitalised word ("le patron de TSMC") is one ``detail`` names."""
    return all(body.casefold() in detail.casefold() for body in re.findall(r"\b[A-ZÀ-ÖØ-Þ][\w-]*", description))


# Roles held for someone else ("l'avocat de la famille", "le porte-parole du ministre"): never a renaming of the
# person met last unless the text described that person so (see _Context._salient_for_role).
_RELATIONAL_ROLES = frozenset("avocat avocate défenseur conseil porte-parole proche ami amie collègue".split())
_OF_SOMEONE = re.compile(r"\s+(?:de|du|des|d[’'])", re.I)
# The body a spokesperson speaks for, after "de": "du gouvernement", "de la préfecture", "de l'Élysée".
_OF_BODY = re.compile(r"\s+(?:de\s+la\s+|de\s+l[’']\s*|du\s+|des\s+|de\s+|d[’']\s*)(?P<head>[\w-]+)", re.I)


def _relational(phrase: str) -> bool:
    """ "l'avocat de la famille", "le porte-parole du ministre": a role held for someone the phrase names.

    A spokesperson of a body ("le porte-parole du gouvernement", "la porte-parole de la préfecture", "du PS") holds
    an office of that body, as a minister holds one: no relation to a person named before."""
    found = _ROLE_ANAPHORA.match(" ".join(phrase.split()))
    rest = phrase[found.end() :] if found is not None else ""
    if found is None or found.group("noun").casefold() not in _RELATIONAL_ROLES or _OF_SOMEONE.match(rest) is None:
        return False
    body = _OF_BODY.match(rest)
    head = body.group("head") if body is not None else ""
    folded = head.casefold()
    of_body = (
        folded in _INSTITUTIONS
        or folded in _INSTITUTION_HEADS
        or (folded in _COLLECTIVE_HEADS and folded != "famille")
        or (head[:1].isupper() and not is_first_name(head))
    )
    return not (found.group("noun").casefold() == "porte-parole" and of_body)


# Kin by a possessive: "…», se souvient sa mère" (_Context.resolve); "sa femme" is kin, "la femme" an epithet.
_KIN = _KINSHIP | {"femme"}


def _of_person(person: _Person | None) -> str:
    """ " de Paul Roe", " d’Alex" (elided before a vowel), or "" for nobody named: whose kin a description names."""
    if person is None or not person.named:
        return ""
    return f" d’{person.name}" if person.name[:1] in "AEIOUYÉÈÊÂÎÔÛ" else f" de {person.name}"


_KIN_POSSESSIVE = re.compile(r"^(?:son|sa|leur)\s+(?P<noun>[a-zà-ÿ-]+)(?:\s*,?\s+(?P<name>[A-ZÀ-ÖØ-Þ].*))?$", re.I)
# Kin, neighbours, friends, victims, the parties of a trial, elected officials: "la mère de la victime" after her
# daughter, "l'élu" after the minister, "la voisine" after the witness, "l'accusé" after the presiding judge:
# someone else, whom the description names by a relation.
_YOUNG_WOMAN = re.compile(r"^la\s+jeune\s+fille\b(?!\s+d(?:e|u|es)\b|\s+d[’'])", re.I)
_NOT_EPITHET_HEADS = _KINSHIP | frozenset(
    """
    petite-fille petit-fils belle-mère beau-père parent enfant
    voisin voisine ami amie proche élu élue victime accusé accusée prévenu prévenue plaignant plaignante
    """.split()
)
# A participle of company set off by a comma, its agent next: ", accompagné par", ", entourée de", ", escortés par".
_COMPANION_BEFORE = re.compile(
    r",\s+(?:accompagn|entour|escort|suivi)[ée]*e?s?\s+(?:par|de)\s+(?:son|sa|ses|leur|leurs|l[’']|la|le)?\s*$"
)
# A definite noun phrase of a few words, then a relative clause: "le multimilliardaire qui a investi…", "le
# joueur que l'on surnomme ici le Doyen", "la bénévole dont le mari…" (any relative pronoun: the clause says more
# of the person, never who). (an aside may open the clause: "l'humoriste qui, au passage, se moque…")
_EPITHET_RELATIVE = re.compile(
    r"^(?P<np>(?:(?:le|la)\b|l[’'])\s*[^\s,«»]+(?:\s+[^\s,«»]+){0,3}?)\s+(?:qui|que|qu[’']|dont)(?:\s*,)?\s*\S.*$", re.S
)


# Nouns of the press's epithets for a person named before: "l'étoile montante chinoise", "le milliardaire", "le
# trentenaire" (never a speaker of their own).
_EPITHET_NOUNS = frozenset(
    """
    milliardaire multimilliardaire millionnaire magnat prodige génie
    trentenaire quadragénaire quinquagénaire sexagénaire septuagénaire
    octogénaire vétéran pionnier pionnière étoile star gourou visionnaire autodidacte
    femme homme dame
    """.split()
    # party_label: the party or the camp a politician belongs to, the press's way to name again the politician just
    # quoted ("…», a affirmé le socialiste", "estime l'écologiste", "a lancé l'insoumise")
    + """
    socialiste écologiste écolo communiste centriste insoumis insoumise macroniste frontiste lepéniste gaulliste
    travailliste démocrate républicain républicaine conservateur conservatrice libéral libérale souverainiste
    mélenchoniste sarkozyste chiraquien chiraquienne
    """.split()
)


# Nouns of a group, a people or a sector, which a nationality adjective follows ("la presse française").
_GROUPS = frozenset(
    "presse gouvernement diplomatie justice économie société opinion camp délégation communauté capitale industrie"
    " marché entreprise firme groupe peuple nation population jeunesse gauche droite extrême-droite exécutif".split()
)


# A party's or a union's acronym, as the press sets it after a role: "PS", "LR", "CGT", "SNSM".
_PARTY_ACRONYM = r"[A-ZÀ-ÖØ-Þ]{2,5}"
# A definite role and a party's or a union's acronym: "le délégué CGT", "la maire PS", "l'élu LR".
_ROLE_PARTY = re.compile(
    rf"^(?P<role>(?:(?:[Ll]e|[Ll]a)\s+|[Ll][’']\s*)(?P<noun>[a-zà-ÿ][\w-]*))\s+(?P<party>{_PARTY_ACRONYM})$"
)


def is_anaphora(phrase: str) -> bool:
    """'il', 'elle', 'ce dernier', 'la dirigeante', 'l'ingénieur': a person named before, not a new speaker."""
    folded = " ".join(phrase.casefold().replace("'", "’").split()).strip(" ,.;:")
    if folded in _PRONOUNS or _DEMONSTRATIVE.match(folded):
        return True  # a pronoun; a demonstrative epithet ("ce féru de mathématiques", "cette ancienne de Google")
    match = _ANAPHORA.match(folded)
    if not match or _ONE_OF.match(folded):
        return False  # ("l'un des locataires": one of a group, someone new)
    noun = match.group("noun")
    if _institution_named(_DETERMINERS.sub("", " ".join(phrase.split()), count=1)):
        return False  # institution_name: "la Commission européenne", "la Cour des comptes" name a body
    before_noun = _DETERMINERS.sub("", folded, count=1).split()[:-1]
    head = before_noun[-1] if before_noun else ""
    if (
        noun in _DEMONYM_NOUNS
        and (head in _COLLECTIVE_HEADS or head in _INSTITUTION_HEADS or head in _GROUPS)
        and _original_case(noun, phrase)[:1].islower()
    ):
        # a nationality in lower case after a noun is its adjective: after a group's or a body's noun ("l'opposition
        # ivoirienne", "la presse française") the phrase names that group, never the person named before (a
        # person's noun keeps it one: "le fonctionnaire américain", "le joueur français")
        return False
    # "le Français", "l'Américaine", "la Nantaise", "le Lyonnais": a demonym (a nationality or the name of a
    # city's or region's people) after a determiner stands for the person named before, never a speaker of its own
    # (the press's way to avoid repeating a name).
    return (
        noun is None
        or noun in ROLE_NOUNS
        or any(word in _EPITHET_NOUNS for word in folded.replace("’", " ").split())
        or noun in ("intéressé", "intéressée")
        or folded.endswith(" de famille")
        or noun in _DEMONYM_NOUNS
        or _is_demonym(" ".join(phrase.split()).strip(" ,.;:").rsplit(" ", 1)[-1].split("’")[-1].split("'")[-1])
        # (the demonym with the age after it: "le Fribourgeois de 51 ans")
        or _is_demonym(_original_case(noun, phrase))
    )


def _original_case(word: str, phrase: str) -> str:
    """``word`` (folded) as ``phrase`` writes it."""
    found = re.search(re.escape(word), phrase.replace("'", "’"), re.I)
    return found.group() if found is not None else word


def _institution_named(phrase: str) -> bool:
    """Whether a phrase (its article left out) opens with an institution's head noun, capitalised as a name:
    "Commission européenne", "Cour des comptes" (institution_name); "commission" in lower case is a common noun."""
    head = phrase.split(" ", 1)[0]
    return head[:1].isupper() and head.casefold() in _INSTITUTION_HEADS


def _is_demonym(word: str) -> bool:
    """'Nantaise', 'Lyonnais', 'Toulousain', 'Parisienne': a capitalised noun with a suffix of French demonyms
    (-ais, -ois, -ien, -éen, -ain and their feminines), common nouns of the same shape aside."""
    return bool(_DEMONYM_SHAPE.match(word)) and word.casefold() not in _NOT_DEMONYMS and not is_first_name(word)


_ACRONYM = re.compile(r"[A-ZÀ-ÖØ-Þ]{2,8}")
# Lower-case words inside a person's name: "Ursula von der Leyen", "Luiz Inácio da Silva", "Pedro dos Santos".
_PARTICLES_IN_NAMES = frozenset("de du van von der den da di del della dos das ter".split())
# The adjective before a role that dates it: "l'actuel recteur", "le nouveau directeur", "l'ancienne ministre".
_EPITHET_ADJECTIVE = re.compile(r"^(?:actuel|actuelle|nouveau|nouvel|nouvelle|ancien|ancienne|futur|future|jeune)\s+")
# …or ranks it: "le premier adjoint", "la première secrétaire".
_RANK_ADJECTIVE = re.compile(r"^(?:premier|première)\s+")


def _role_head(role: str) -> str:
    """The noun a role's words are about, past the adjectives that date or rank it: "premier ministre israélien" ->
    "ministre", "ancienne directrice" -> "directrice"."""
    return _RANK_ADJECTIVE.sub("", _EPITHET_ADJECTIVE.sub("", role.casefold(), count=1), count=1).split(" ", 1)[0]


# A country's adjective after a body's name: "sud-coréenne", "italienne", "européenne", "américaine", "chinois".
# Or its level: "constitutionnel", "national", "fédéral", "régional", "municipal".
_NATIONALITY = re.compile(
    r"(?:[a-zé]+-)?[a-zéèï]+(?:aise?s?|oise?s?|ienne?s?|éenne?s?|éens?|aine?s?|ane?s?|ique?s?|elle?s?|ale?s?|aux)"
)


_MEDIUM_BEFORE_NAME = re.compile(r"^(?:(?:à|au|aux)\s+)?(?P<run>[A-ZÀ-ÖØ-Þ][^\s,]*(?:\s+[A-ZÀ-ÖØ-Þ][^\s,]*)+)")


# A surname with its lower-case particle, and nothing else: "de Roe", "du Roe", "d'Roe" (capitalised at the
# phrase's start); the capitalised article or particle is _PARTICLE_SURNAME's.
_LOWER_PARTICLE_SURNAME = re.compile(r"^(?:[Dd]e|[Dd]u)\s+[A-ZÀ-ÖØ-Þ][\w’'-]+$|^[Dd][’'][A-ZÀ-ÖØ-Þ][\w’'-]+$")


# The civilities the press writes before a surname.
_CIVILITY_WORDS = frozenset({"M.", "Mme", "Mlle", "Me", "Maître", "Dr", "Dr.", "Dre", "Pr", "Pr."})
# A civility before a name, and its article: "M. Roe", "Mme Roe", "le Dr Roe" (the person is "Roe").
# (the court's "Maître", written out or as "Me", before a lawyer's name; "docteur" and "docteure" as the press
# writes the title out, in capitals or not, before a name or a particle: "la docteure Solen Roe", "le docteur de Roe")
_CIVILITY_OPENING = re.compile(
    r"^(?:(?:(?:[Ll]e|[Ll]a)\b|[Ll][’'])\s*)?(?:M\.|Mme|Mlle|Me|Maître|Dre?\.?|Pr\.?|[Dd]octeure?|Professeure?)\s+"
    r"(?=[A-ZÀ-ÖØ-Þ]|d[eu]\s+[A-ZÀ-ÖØ-Þ]|d[’'][A-ZÀ-ÖØ-Þ])"
)
# A cleric's title before the name, which the press uses as a civility ("le père Giron", "monseigneur Bataille",
# "Mgr Michel Roe", "sœur Marie"); not a kinship ("le père de Timothée": "de" and a name is no particle here).
_CLERIC_TITLE = re.compile(
    r"^(?:(?:[Ll]e|[Ll]a)\s+)?(?P<title>[Pp]ère|[Mm]onseigneur|Mgr|[Ss]œur|[Ss]oeur)\s+(?=[A-ZÀ-ÖØ-Þ])"
)


def _first_name_start(tokens: list[str]) -> int:
    """Where a person's name starts in a run of capitalised words that opens with a medium's or a firm's name
    ("CBC News Jeanne Roe" -> 2): at a first name followed by a surname, after words that are no first name; 0 when
    the run opens with the name."""
    if len(tokens) < 3 or is_first_name(tokens[0]):
        return 0
    for i in range(1, len(tokens) - 1):
        # (or a civility before the surname: "France Inter Mme Filippetti")
        if (is_first_name(tokens[i]) or tokens[i] in _CIVILITY_WORDS) and tokens[i + 1][:1].isupper():
            return i
    # (a first name no list knows, after a medium's last word: "CBC News Kwame Asante", "Washington Post Kwame Roe")
    media = [i for i, token in enumerate(tokens[:-2]) if token.casefold() in _MEDIUM_WORDS]
    return media[-1] + 1 if media else 0


# The words that end a medium's name: "CBC News", "Washington Post", "New York Times", "France Info", "Radio X".
_MEDIUM_WORDS = frozenset(
    "news post times tv télé radio info infos magazine journal presse press tribune herald today daily wire".split()
)


# Arabic names transliterated keep the article in lower case, joined to the name: "al-Otaibi", "el-Sissi".
_ARABIC = r"(?:al|el|ad|ar|as|an|at|az)-(?=[A-ZÀ-ÖØ-Þ])"
_ARABIC_ARTICLE = re.compile(_ARABIC)


_ELIDED_PARTICLE = re.compile(r"^d[’'][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]")


def _particle(tokens: list[str], i: int) -> bool:
    """Whether the lower-case word at ``i`` is a particle of the name: "von der", or "le" between a first name and a
    capitalised surname ("Fabrice le Saché"; not "Macron le 3 mars")."""
    word = tokens[i]
    if word in _PARTICLES_IN_NAMES or _ARABIC_ARTICLE.match(word):
        return True
    if _ELIDED_PARTICLE.match(word) and 0 < i <= 2 and (is_first_name(tokens[0]) or first_name_gender(tokens[0])):
        # the elided particle glued to the surname after a first name ("Olivier d'Ormesson", "Patrick Poivre
        # d'Arvor", "Valéry Giscard d'Estaing"): part of the name, not a body the person is from (a first name
        # that is a word too, as the particle tells a name: "Fleur d'Harcourt")
        return all(t[:1].isupper() for t in tokens[1:i])
    return (
        word in ("le", "la")
        and 0 < i < len(tokens) - 1
        and tokens[i + 1][:1].isupper()
        and is_first_name(tokens[0])
        and not _role_noun(tokens[i + 1])  # "Pierre Roe le PDG du groupe": the role after the name
    )


# A role whose body's acronym is spelt out in brackets, then the name in apposition, and whatever follows it.
_EXPANSION_BEFORE_NAME = re.compile(
    r"^(?P<role>(?:(?:[Ll]e|[Ll]a)\b|[Ll][’'])\s*[\wÀ-ÿ][^,()«»“”\"]{2,80}?[A-ZÀ-ÖØ-Þ]{2,}[\w’'-]*)\s*\([^()]{3,80}\)\s*,\s*"
    rf"(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,2}})(?P<rest>.*)$"
)


_LONE_RELATIVE_END = re.compile(r"(?<=\w)\s+(?:qui|que|dont)\s*$")


# The press's pointer to a person in the picture, in brackets after the name: "(photo)", "(ci-contre)", "(à gauche)",
# "(au centre, en rouge)", "(notre photo)".
_PICTURE_POINTER = re.compile(
    r"\s*\((?:photo|notre\s+photo|sur\s+(?:la|notre)\s+photo|ci-contre|ci-dessus|ci-dessous|en\s+médaillon"
    r"|à\s+(?:gauche|droite)|au\s+(?:centre|milieu|premier\s+plan)|en\s+(?:haut|bas))(?:\s*,\s*[^()]{1,30})?\)",
    re.I,
)


def parse_speaker(phrase: str) -> tuple[str, str, bool]:
    """'Mark Zuckerberg, dans un podcast' -> ('Mark Zuckerberg', 'dans un podcast', True);
    'un analyste de l'industrie qui travaille…' -> ("Analyste de l'industrie", 'qui travaille…', False)."""
    # (a relative pronoun left alone after the noun, its clause cut at the verb, describes nothing: "Le psychiatre
    # qui" read up to "a examiné l'accusé")
    phrase = _LONE_RELATIVE_END.sub("", phrase)
    # (where the person is in the picture, as captions point: "Marc Roe (photo)", "(à gauche)"): no description
    phrase = _PICTURE_POINTER.sub("", phrase)
    cleric = _CLERIC_TITLE.match(phrase.strip())
    if cleric is not None:
        # the title describes the person the name after it names: "le père Giron" is Giron, a priest ("père")
        name, detail, named = _parse_speaker(phrase.strip()[cleric.end() :])
        if named:
            title = "monseigneur" if cleric.group("title") == "Mgr" else cleric.group("title").casefold()
            return name, detail or title, named
    adverb = _SENTENCE_ADVERB.match(phrase.strip())
    if adverb is not None and _adverb_in_ment(adverb.group("word")):
        # a sentence adverb, an adjective's feminine and "-ment", opens the journalist's sentence ("Finalement, les
        # voisins…", "Initialement prévu pour avril, …"): no part of a name ("Clément" is a first name)
        phrase = phrase.strip()[adverb.end() :]
        if not phrase.strip():
            return "", "", False
    party = _PARTY_THEN_NAME.match(" ".join(phrase.split()))
    if party is not None and is_first_name(party.group("rest").split()[0]):
        # party_metonymy: the party's acronym for its member before the name, "l'UDI Ludovic Roe", "le LR Marc Doe"
        # (as "le socialiste Paul Roe"): the person, a member of that party
        name, detail, named = _parse_speaker(party.group("rest"))
        if named:
            return name, ", ".join(filter(None, (party.group("party"), detail))), named
    expanded = _EXPANSION_BEFORE_NAME.match(" ".join(phrase.split()))
    if expanded is not None and is_first_name(expanded.group("name").split()[0]):
        # the expansion of the body's acronym in brackets after the role, then the person's name in apposition: "le
        # président de l'ERL (École de Rugby de Lausanne), André Roe" is André Roe, the role his description
        name, detail, named = parse_speaker(f"{expanded.group('role')}, {expanded.group('name')}")
        if named:
            return name, detail, named
    name, detail, named = _parse_speaker(phrase)
    apposed = _NAME_APPOSED.match(detail) if not named and name and detail else None
    if apposed is not None and is_first_name(apposed.group("name").split()[0]):
        # role_then_name: "un des chercheurs, Paul Roe", "une habitante, Anne Roe": the role, then the person's name in
        # apposition (what follows a colon is the journalist's): the person, described by the role
        role = re.sub(r"^(?:(?:le|la|les)\b|l[’'])\s*", "", phrase.split(",", 1)[0].strip(), count=1, flags=re.I)
        return apposed.group("name"), role, True
    bracket = _BRACKET_THEN_ROLE.match(detail) if named else None
    if bracket is not None:
        # the party or the union in brackets after the name, then the role: "Paul Roe (CGT), élu du personnel" is
        # the elected staff member of the CGT, described as "élu du personnel (CGT)"
        detail = f"{bracket.group('role')} ({bracket.group('body')})"
    person, body = _split_affiliation(name) if named else (name, "")
    if body and is_person_name(person) and all(t[:1].isupper() for t in person.split()[1:]):
        # affiliation_of: "Gioia Roe de la ZHAW", "Paul Roe du CNRS", "Anne Roe de Digital Wallonia": a full name,
        # then "de" and the body the person is from, which describes the person. A surname's particle comes right
        # after the first name ("Charles de Gaulle") or before one word ("François Villeroy de Galhau").
        return person, _with_affiliation(detail, body), True
    return name, detail, named


_NAME_APPOSED = re.compile(
    r"^(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+(?:de\s+|du\s+|le\s+|la\s+)?[A-ZÀ-ÖØ-Þ][\w’'-]+){1,2})\s*(?::.*)?$"
)
_PARTY_THEN_NAME = re.compile(
    r"^(?:(?:le|la)\b|l[’'])\s*(?P<party>[A-Z]{2,5})\s+(?P<rest>[A-ZÀ-ÖØ-Þ][\w-]+\s+[A-ZÀ-ÖØ-Þ].*)$"
)
_BRACKET_THEN_ROLE = re.compile(r"^\((?P<body>[^()]{1,40})\)\s*,\s*(?P<role>[^()]+)$")
_SENTENCE_ADVERB = re.compile(r"^(?P<word>[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{3,}ment)\b\s*,?\s*")


_PARTICIPLE_SHAPE = r"[a-zà-ÿ]{3,}(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|t|te|ts|tes)"
_PARTICIPLE_THEN_PREPOSITION = re.compile(
    rf"\s+(?:(?:très|si|bien|tout|toute|déjà|encore)\s+)?(?P<word>{_PARTICIPLE_SHAPE})\s+"
    r"(?:(?:à|au|aux|de|du|des|par|sur|dans|en|pour|avec|contre|devant|derrière)(?=\s)|d[’'])"
    # (or closing the phrase, its complement taken away as the occasion: "un élu rencontré [à la sortie]")
    rf"|\s+(?P<last>{_PARTICIPLE_SHAPE})\s*$"
)


def _participle_after_noun(role: str) -> int | None:
    """Where a past participle and its complement start after a role's noun ("un policier appelé à la barre", "une
    habitante réveillée par le bruit", "une élue interrogée par la radio"): what the person did or underwent
    describes the source, the noun names it. Not a role noun of that shape ("un ancien député de la Manche")."""
    for found in _PARTICIPLE_THEN_PREPOSITION.finditer(role):
        word = found.group("word") or found.group("last")
        base = lemma(word)
        if not _role_noun(word) and base != word and base.endswith(("er", "ir", "re", "oir")) and not _role_noun(base):
            return found.start()
    return None


def _parse_speaker(phrase: str) -> tuple[str, str, bool]:
    phrase = _FOOTNOTE_CALL.sub("", phrase)  # "a admis le magazine[1]": a footnote's call, no part of the name
    kind = _KIND_THEN_NAME.match(_DETERMINERS.sub("", " ".join(phrase.split()).strip(" ,.;:"), count=1))
    if kind is not None and not is_first_name(kind.group("org").split()[0]):
        # "l'opérateur Opcore, filiale de…", "le groupe Nexa": the kind of organisation, then its name, which speaks
        return kind.group("org"), _without_narration((kind.group("rest") or "").strip(" ,")), True
    phrase = " ".join(phrase.split()).strip(" ,.;:–—-*")  # ("Antoine Roe*": a footnote's mark after the name)
    opening = _DETERMINERS.match(phrase)
    bare, rank = _without_rank(phrase[opening.end() :] if opening else phrase)
    if rank:  # "le Lieutenant-Colonel Anne Roe": a rank capitalised as a civility reads as the role it is
        phrase = f"{rank} {bare}"
    bracket = _AFFILIATION.search(phrase)
    # (one person: not "les chercheurs Imanol Roe (ETHZ) et Martin Blanc (EPFL)")
    if bracket is not None and bracket.start() > 0 and not re.search(r"[()]|\set\s", phrase[: bracket.start()]):
        # affiliation_brackets: "l'experte Trisha Roe (Atlantic Council)": the body in brackets after the name is
        # where the person works, part of the description
        name, detail, named = parse_speaker(phrase[: bracket.start()])
        if named and _looks_like_full_name(name):  # a person's name, not "Centre d'études…"
            org = bracket.group("org")
            return name, f"{detail}, {org}" if detail else org, named
    # A time adverb opening the phrase is the journalist's, never the speaker's: "…, a écrit ce samedi le ministre
    # délégué…", "Mardi le ministre a déclaré : « … »".
    phrase = _TIME_OPENER.sub("", phrase, count=1)
    # The medium the words were given to, between the verb and the person: "…, a déclaré à CBC News Jeanne Roe",
    # "…, explique Tech&Co Paul Roe" (the channel's programme). The person's name starts at its first name.
    medium = _MEDIUM_BEFORE_NAME.match(phrase)
    tokens = medium.group("run").split() if medium is not None else []
    start = _first_name_start(tokens)
    if medium is not None and start:
        phrase = " ".join(tokens[start:]) + phrase[medium.end() :]
    phrase = _CIVILITY_OPENING.sub("", phrase)
    one_of = _ONE_OF.match(phrase)
    if one_of is not None and _one_of_people(one_of.group("noun")):
        # "l'un des locataires": one of a group, unnamed; the partitive is the speaker, not "des locataires"
        # (named by the kind, in the singular, as the press names an unnamed source: "Locataire")
        end = _one_of_end(one_of)
        kind = phrase[one_of.start("young") if one_of.group("young") else one_of.start("noun") : one_of.end("noun")]
        singular = " ".join(w[:-1] if w.endswith(("s", "x")) and is_french_word(w[:-1]) else w for w in kind.split())
        described, rest = singular + phrase[one_of.end("noun") : end], _without_narration(phrase[end:].strip(" ,"))
        return described[:1].upper() + described[1:], rest, False
    # "le Premier ministre": a role, its adjective capitalised by custom, not a name
    phrase = re.sub(r"\b(Premier|Première)(?=\s+ministre\b)", lambda m: m.group(1).lower(), phrase)
    determiner = _DETERMINERS.match(phrase)
    # "un analyste…", and "Un ancien cadre…" at the start of a sentence, are roles; "La Commission…" is a name.
    rest = phrase[determiner.end() :] if determiner else ""
    if determiner and (
        not phrase[:1].isupper()
        or rest[:1].islower()
        or rest.split(" ", 1)[0].casefold().strip(",") in ROLE_NOUNS
        or _ACRONYM.fullmatch(rest.strip())  # "La CNIL a déclaré": the body's acronym, without its article
        # an institution's name, its article left out as the body's acronym's is ("La Commission européenne", "la
        # Cour des comptes": see institution_name below)
        or _institution_named(rest)
    ):
        phrase = phrase[determiner.end() :]
        if not phrase[:1].isupper():
            phrase = phrase[:1].lower() + phrase[1:]
    # The press tags a person with a nationality before the name: "le Français Yann Le Cun", "l'Américaine
    # Jane Roe". The nationality is no part of the name.
    if determiner and phrase[:1].isupper() and _without_demonym(rest) != rest:
        phrase = rest  # "La Nantaise Claire Vasseur" at a sentence's start: the determiner is the demonym's
    phrase = _without_demonym(phrase)
    first = phrase.split(" ", 1)[0].casefold().strip(",")
    named_after = _ROLE_THEN_NAME.match(phrase)
    if named_after and _role_head(named_after.group("role")) in ROLE_NOUNS:
        # "fondatrice, Gwenaëlle Le Bihan" / "le cofondateur Paul Roux": the person, with the role as description.
        detail = named_after.group("role").strip(" ,")
        rest = (named_after.group("rest") or "").strip(" ,")
        # (a civility between the role and the name is neither: "l'avocate Me Ondine Roe")
        name = _CIVILITY_OPENING.sub("", named_after.group("name"), count=1)
        return name, _without_narration(f"{detail}, {rest}" if rest else detail), True
    if first in ROLE_NOUNS or not phrase[:1].isupper():
        phrase = _DETERMINERS.sub("", phrase, count=1)
        apposed = _name_after_role(phrase)
        if apposed is not None:
            return apposed
        parts = [part.strip() for part in phrase.split(",")]
        if len(parts) >= 3 and len(parts[-1].split()) >= 2 and _looks_like_name(parts[-1]):
            # a role whose complement is a list, the name last: "le ministre de l'Économie, de l'Innovation et de
            # l'Énergie, Pierre Roe"
            return parts[-1], ", ".join(parts[:-1]), True
        tokens = phrase.split()
        if (
            len(tokens) >= 2
            and tokens[-1][:1].isupper()
            and not _ACRONYM.fullmatch(tokens[-1])
            and _role_noun(tokens[-2])
            and "," not in phrase
        ):
            # the role and the surname alone, as the press names someone met before: "le ministre Roe" (a party's
            # or a union's acronym is no surname: "le délégué CGT")
            return tokens[-1], " ".join(tokens[:-1]), True
        head, comma, apposition = phrase.partition(",")
        head_tokens = head.split()
        if (
            comma
            and len(head_tokens) == 2
            and _role_noun(head_tokens[0])
            and head_tokens[1][:1].isupper()
            and not is_french_word(head_tokens[1].casefold())
            and apposition.strip()[:1].islower()
        ):
            # the rank and the surname, then an apposition: "le colonel Roe, commandant le groupement de gendarmerie"
            return head_tokens[1], _without_narration(f"{head_tokens[0]}, {apposition.strip()}"), True
        # The role and its complement, then the name in apposition: "le directeur de l'école, Paul Roux, a dit".
        role, comma, rest = phrase.partition(",")
        name, _, more = rest.strip().partition(",")
        name = _CIVILITY_OPENING.sub("", name.strip(), count=1)  # "le cofondateur de X, le Dr James Roe"
        titled = _ROLE_THEN_NAME.match(_DETERMINERS.sub("", name, count=1)) if _DETERMINERS.match(name) else None
        if (
            titled is not None
            and _role_noun(titled.group("role").split()[0])
            and not titled.group("rest")
            and not titled.group("predicate")
            and _looks_like_full_name(titled.group("name"))
        ):
            # the name in apposition with its title: "l'hôte du sommet, le président Paul Roe"
            name, more = titled.group("name"), ", ".join(x for x in (titled.group("role"), more.strip()) if x)
        # (or a witness's first name alone: "…, raconte la mère de famille, Nathalie", witness_first_name)
        if comma and (_looks_like_full_name(name) or (len(name.split()) == 1 and is_first_name(name.strip()))):
            described = f"{role.strip()}, {more.strip()}" if more.strip() else role.strip()
            return name.strip(), _without_narration(described), True
        match = _ROLE_CUT.search(phrase)
        cut = match.start() if match else len(phrase)
        participle = _participle_after_noun(phrase[:cut])
        cut = participle if participle is not None else cut
        name, detail = phrase[:cut], phrase[cut:]
        detail = _without_narration(detail.strip(" ,"))
        return name[:1].upper() + name[1:], detail, False
    expanded = _EXPANDED_ACRONYM.match(phrase)
    if expanded is not None and _initials(expanded.group("name")) == expanded.group("acronym"):
        # acronym_expansion: a body's name in full, then its acronym in brackets ("le Bureau de recherches
        # géologiques et minières (BRGM)", "Médecins sans frontières (MSF)"): French capitalises the first word
        # only, so the name runs to the acronym its words' initials spell; what follows is the detail
        rest = phrase[expanded.end() :].strip(" ,")
        if rest and (rest.split()[0] in FINITE_WORDS or _finite_verb(rest.split()[0])):
            rest = ""  # (the sentence's verb: "MSF va suspendre son travail et accuse…", no description)
        return expanded.group("name"), _without_narration(rest), True
    name, _, detail = phrase.partition(",")
    tokens = name.split()
    # A name is a run of capitalised words; what follows is detail ("Zuckerberg dans une lettre").
    cut = next(
        (
            i
            for i, t in enumerate(tokens)
            # (a capitalised word that opens a sentence after a full name: the stop was lost in the copy, "…»,
            # précise Paul Roe Si les tâches sont simples…")
            if not (t[:1].isupper() or _particle(tokens, i)) or (i >= 2 and t in _SENTENCE_OPENING_WORDS)
        ),
        len(tokens),
    )
    if 0 < cut < len(tokens) and tokens[cut - 1].casefold() in _INSTITUTIONS and _NATIONALITY.fullmatch(tokens[cut]):
        cut += 1  # "la Commission sud-coréenne chargée de…": the body and its country make its name
    if 1 < cut < len(tokens) and tokens[cut - 1] in ("de", "d’", "d'") and tokens[cut].startswith(("la", "l’", "l'")):
        # a particle never ends a name: right after the first name, "de la" and the capitalised word make the
        # surname ("Colin de la Higuera"); after a surname, the body the person is from ("Lina Roe de la ZHAW")
        whole = cut == 2 and tokens[cut] == "la" and cut + 1 < len(tokens) and tokens[cut + 1][:1].isupper()
        cut = cut + 2 if whole else cut - 1
    if 1 < cut < len(tokens) and tokens[cut] in _SENTENCE_OPENING_WORDS:
        return " ".join(tokens[:cut]), "", True  # the next sentence, its stop lost: no description
    # (a particle read as a surname's: "la Commission de régulation…", "la Haute Autorité de santé")
    base = cut - 1 if 0 < cut < len(tokens) and tokens[cut - 1] in ("de", "du", "des") else cut
    if 0 < base <= 2 and cut < len(tokens) and tokens[0].casefold() in _INSTITUTION_HEADS:
        # institution_name: a French institution's name capitalises its first word only ("le Défenseur des droits",
        # "la Cour des comptes", "le Conseil d'État", "le Centre d'études de l'emploi et du travail"): its
        # complement is part of the name, what follows is the detail ("dans un rapport"); so is an adjective alone
        # ("la Confédération paysanne", "la Coordination rurale")
        cut = base
        rest = " ".join(tokens[cut:])
        complement = _INSTITUTION_COMPLEMENT.match(rest)
        if complement is None and cut == 1:
            complement = _INSTITUTION_ADJECTIVE.match(rest)
            word = complement.group() if complement is not None else ""
            if word and (_finite_verb(word) or (word.endswith("e") and is_french_word(f"{word}r"))):
                complement = None  # "le Conseil estime…": the verb (of the first group: "estimer"), not the name
        if complement is not None:
            taken = len(complement.group().split())
            name = " ".join(tokens[: cut + taken])
            rest = " ".join(tokens[cut + taken :])
            detail = rest + (f", {detail.strip()}" if detail.strip() else "")
            return name, _without_narration(detail.strip(" ,")), True
    if 0 < cut < len(tokens):
        after = " ".join(tokens[cut:])
        if tokens[cut] in ("le", "la") and cut + 1 < len(tokens) and _role_noun(tokens[cut + 1]):
            after = " ".join(tokens[cut + 1 :])  # "Pierre Roe le PDG du groupe": the role, without its article
        detail = after + (f", {detail.strip()}" if detail.strip() else "")
        name = " ".join(tokens[:cut])
    return name.strip(), _without_narration(detail.strip()), True


# A body's name, a capital first, then its acronym in brackets: "Médecins sans frontières (MSF)".
_EXPANDED_ACRONYM = re.compile(
    r"^(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[\w’'-]+){1,9}?)\s*\((?P<acronym>[A-ZÀ-ÖØ-Þ]{2,8})\)(?=\s|,|$)"
)
# Words an acronym leaves out: articles, prepositions and "et" ("Bureau de recherches géologiques et minières").
_ACRONYM_SKIPS = frozenset("de du des la le les l d et à au aux en pour sur".split())


def _initials(name: str) -> str:
    """The acronym a body's name spells: its words' initials, articles and prepositions left out."""
    words_ = [w for w in re.split(r"[\s’'-]+", name) if w and w.casefold() not in _ACRONYM_SKIPS]
    return "".join(unaccented(w[0]).upper() for w in words_)


# The head nouns of French institutions' names ("Cour", "Conseil", "Défenseur"), and the complement that completes
# such a name: "des comptes", "d'État", "d'études de l'emploi et du travail (CEET)".
_INSTITUTION_HEADS = frozenset(
    """
    cour conseil caisse défenseur centre autorité agence commission institut office observatoire comité direction
    ministère fédération syndicat chambre banque fondation union association tribunal haut haute inspection
    délégation secrétariat conférence ligue confédération coordination collectif académie assemblée mutualité
    quai palais
    """.split()
)
_LINK = r"(?:de\s+la\s+|de\s+l[’']|d[’']|de\s+|des\s+|du\s+)"
# (a noun's adjective is part of it, "de l'intelligence artificielle"; a preposition opens what follows the name)
_NOT_ADJECTIVE = (
    "dans|sur|lors|en|à|au|aux|pour|par|qui|que|qu|selon|avec|après|avant|depuis|lui|elle|de|des|du|et|la|le|les|l|d"
)
_ADJECTIVE = rf"(?:\s+(?!(?:{_NOT_ADJECTIVE})\b)[a-zà-ÿ-]+)?"
_INSTITUTION_COMPLEMENT = re.compile(
    rf"^{_LINK}[\w’'-]+{_ADJECTIVE}(?:\s+(?:{_LINK}|et\s+(?:de\s+la\s+|de\s+l[’']|du\s+|des\s+|de\s+|la\s+|le\s+"
    rf"|l[’']))[\w’'-]+{_ADJECTIVE})*(?:\s*\([A-ZÀ-ÖØ-Þ]{{2,}}\))?"
)


# An adjective alone after an institution's head noun, by the endings of French adjectives ("paysanne", "rurale",
# "européenne", "constitutionnel", "fédéral", "olympique"); a verb is ruled out where it is read.
_INSTITUTION_ADJECTIVE = re.compile(
    rf"^(?!(?:{_NOT_ADJECTIVE}|qui|dont|où)\b)[a-zà-ÿ-]+(?:e|es|al|aux|el|els|en|ain|ais|ois|if|ifs|eux|ier|iers|an)"
    r"(?=\s|$)"
)
_ELIDED_BODY = re.compile(r"^d[’'](?:[A-ZÀ-ÖØ-Þ]{2,}\b|[A-ZÀ-ÖØ-Þ][\w-]*\s+[A-ZÀ-ÖØ-Þ])")
_BODY_AFTER_OF = re.compile(
    r"^(?:du|des)\s+[A-ZÀ-ÖØ-Þ]|^de\s+(?:la\s+|l[’']\s*)[A-ZÀ-ÖØ-Þ]|^de\s+(?:[A-ZÀ-ÖØ-Þ]{2,}\b|[A-ZÀ-ÖØ-Þ]\S*\s+[A-ZÀ-ÖØ-Þ])"
    # (a title whose article is part of its name: "Paul Roe de L'Express", "de La Provence")
    r"|^de\s+(?:L[’']\s*|La\s+|Le\s+|Les\s+)[A-ZÀ-ÖØ-Þ]"
)


def _with_affiliation(detail: str, body: str) -> str:
    """A person's description with the body the person is from (affiliation_of): after the role that opens it
    ("chercheuse" + "du CNRS" -> "chercheuse du CNRS, spécialiste du langage"), else first ("du CNRS")."""
    if not body:
        return detail
    first, comma, rest = detail.partition(",")
    if first.strip() and _role_noun(_DETERMINERS.sub("", first.strip(), count=1).split(" ", 1)[0]):
        return f"{first.strip()} {body}{comma}{rest}"
    return f"{body}, {detail}" if detail.strip() else body


def _split_affiliation(name: str) -> tuple[str, str]:
    """A person's name and the body after it (affiliation_of): "Anne Roe du CNRS" -> ("Anne Roe", "du CNRS");
    (name, "") when none follows."""
    tokens = name.split()
    of = _affiliation_at(tokens, 2)
    return (" ".join(tokens[:of]), " ".join(tokens[of:])) if of else (name, "")


def _affiliation_at(tokens: list[str], start: int) -> int:
    """The index of the "de"/"du"/"des" that opens a body's name after a person's name (affiliation_of), from
    ``start`` on; 0 when there is none."""
    return next(
        (
            k
            for k in range(start, len(tokens))
            if (tokens[k] in ("de", "du", "des") and _BODY_AFTER_OF.match(" ".join(tokens[k:])))
            # (the elided "d'" glued to a body's name: "Jean-Luc Roe d'Actif VTC", "Léa Roe d'EDF"; not a surname's
            # particle, "Valéry Giscard d'Estaing", which nothing capitalised follows)
            or _ELIDED_BODY.match(" ".join(tokens[k:])) is not None
        ),
        0,
    )


_SENTENCE_OPENING_WORDS = frozenset(
    "Si Il Elle Ils Elles Mais Et En Pour Dans Ce Cette Cela Un Une Des Depuis Avec Sur Selon Nous On Je Au Aux "
    "Ainsi Or Donc Quand Lorsque".split()
)
_AFFILIATION = re.compile(r"\s*\((?P<org>[A-ZÀ-ÖØ-Þ][^()]{1,40})\)$")
# A present participle after a comma opens the journalist's narration, not the speaker's description: "…, a déclaré
# Trump à CBS, ajoutant plus tard que…", "…, allant jusqu'à…" (a verb form to the lemmatizer, unlike "consultant").
_PARTICIPLE_AFTER = re.compile(r"(?:^|,\s*)(?:tout\s+en\s+|en\s+)?(?P<word>[a-zà-ÿ]{3,}ant)\b")


# A role right before a name with no comma: "le ministre des Armées" before "Paul Roux".
_ROLE_NO_COMMA = re.compile(r"(?:^|\s)(?:(?:le|la)\b|l[’'])\s*(?P<role>[a-zà-ÿ][^,;:.!?«»“”\"]{1,80})$", re.I)
_LINK_BEFORE = re.compile(r"(?:\b(?:des|du|de|au|aux|la)\s+|\bl[’'])$")
_OF_BEFORE = re.compile(r"\b(?:de|du|des)\s+$")
_ROLE_BEFORE = re.compile(r"(?:^|\s)(?:(?:le|la)\b|l[’'])\s*(?P<role>[^,;:.!?«»“”\"]{2,80}),\s*$", re.I)
# The gender a description gives its person, from its first role noun (French agrees them): "avocate", "directrice",
# "présidente" are a woman's; "avocat", "directeur", "président" a man's; "ministre", "juge" tell neither.
# (not "-gue": "collègue", "sociologue" are epicene)
_FEMININE_ROLE = re.compile(r"(?:trice|euse|ienne|enne|ère|esse|ée|ante|ente|ate|(?<!g)ue|eure|onne)$")
_MASCULINE_ROLE = re.compile(r"(?:teur|eur|ien|en|ier|er|ant|ent|at|é|u|on)$")
_PARTICIPLE_GENDER = re.compile(r"[a-zà-ÿ]{2,}é(?P<e>e)?")


def person_gender(person: _Person) -> str | None:
    """ "f", "m" or None: what the person's description tells of its gender, else their first name's
    (:func:`text.first_name_gender`: "Sonia Roe" is a woman, "Camille Roe" may be either)."""
    if not person.named:
        # an unnamed source named by its role: the role's own gender ("Présidente de la cour" is a woman)
        return _described_gender(person.name) if person.name != UNKNOWN_SPEAKER else None
    described = _described_gender(person.detail)
    if described is not None:
        return described
    # (a witness named by the first name alone, as the press names those it keeps anonymous: "Bernadette")
    tokens = person.name.split()
    return first_name_gender(tokens[0]) if tokens and is_first_name(tokens[0]) else None


def _described_gender(description: str) -> str | None:
    """What a person's description tells of its gender ("directrice", "chargé de…"), or None."""
    if not description:
        return None
    head = _DETERMINERS.sub("", description.strip(), count=1).split(" ", 1)[0].casefold().strip(",")
    head = head.split("-")[-1] if head.startswith(("co", "vice", "ex")) and "-" in head else head
    if head not in ROLE_NOUNS and lemma(head) not in ROLE_NOUNS:
        # A past participle in apposition agrees with the person: "Nizar Roe, chargé des Technologies", "élue en
        # 2022", "nommée en mai".
        participle = _PARTICIPLE_GENDER.fullmatch(head)
        if participle is None or not lemma(head).endswith("er"):
            return None
        return "f" if participle.group("e") else "m"
    if _FEMININE_ROLE.search(head):
        return "f"
    return "m" if _MASCULINE_ROLE.search(head) else None


_PRONOUN_AFTER = re.compile(r"^\s*[,.]?\s*\S*?-(?:t-)?(?P<pronoun>il|elle)\b")
# The inverted pronoun of an incise inside the quotation: "« J'ai adoré ces années, a-t-il écrit. Ce fut… »".
_PRONOUN_INCISE = re.compile(r",\s*(?:[\w’']+\s+)?[\w’']+-(?:t-)?(?P<pronoun>il|elle)(?:\s+[\w’']+)?\s*[,.]")


def _finite_verb(word: str) -> bool:
    """Whether a lower-case word reads as a verb in the present's third person ("prévoit", "insiste", "dirige"): its
    lemma is an infinitive it differs from, and it is no role noun nor a feminine noun ("conseillère")."""
    word = word.casefold()
    if not word.endswith(("e", "t", "d")) or word in ROLE_NOUNS or word.endswith(FEMININE_NOUN_ENDS) or "-" in word:
        return False
    base = lemma(word)
    return base != word and base.endswith(("er", "ir", "re", "oir"))


def _conjugated(word: str) -> bool:
    """Whether one lower-case word is a verb conjugated in the present (see :func:`_finite_verb`) or the future
    ("renaîtra", "reviendront"): its lemma an infinitive it differs from."""
    return _finite_verb(word) or _verb_ending(word, ("ra", "ront"))


# The journalist's source for the words, after the speaker's description: "…, son patron, cité dans le communiqué
# du groupe", "…, interrogée par l'AFP", "…, joint par téléphone", "…, contacté par Le Journal".
_REPORTED_WORDS = r"cité|citée|cités|interrogée?s?|jointe?s?|contactée?s?|interviewée?s?"
_SOURCED = re.compile(rf",\s*(?:{_REPORTED_WORDS})\b.*$")
_REPORTED_OPENING = re.compile(rf"(?:{_REPORTED_WORDS})\b")
# reported_by with no comma, the journalist's way of reaching the source: "un expert contacté par EuroMK News"
# (or the document that carries the words, which the medium's rule may have cut already: "…, a déclaré le PDG X
# cité dans le communiqué")
_REACHED_BY_AFTER = re.compile(rf"(?<=\S)\s+(?:{_REPORTED_WORDS})(?:\s+(?:par|au|à\s+la|à\s+l[’']|à|dans)\s.*)?$")


def _role_before(text: str, start: int) -> str:
    """The role written right before a name at ``start`` ("par la secrétaire d'État, Ilse Roe"; opening the
    sentence without its article: "Expert en économie, Ilse Roe, dresse…"), or ""."""
    window = max(0, start - 100)
    role = _ROLE_BEFORE.search(text, window, start) or _ROLE_OPENING.search(text, window, start)
    return role.group("role").strip() if role and role.group("role").split()[0].casefold() in ROLE_NOUNS else ""


# "selon" or "d'après" and a role before a name, in the same clause
_SOURCE_BEFORE = re.compile(r"\b(?:selon|d[’']après)\s+[^,.;:!?«»“”\"]*$", re.I)


def _role_right_before(text: str, end: int) -> str:
    """The role written right before a name ending at ``end``, with no comma between ("le ministre des Armées"
    before "Paul Roux"), or ""."""
    # (the nearest role to the name: "Le président inaugure… avec la ministre de la Culture" before "Aurélie Roe" is
    # "ministre de la Culture", not the first article's words nor "Culture")
    nearest = ""
    before = _ROLE_NO_COMMA.search(text, max(0, end - 100), end)
    while before is not None:
        role = before.group("role").strip()
        nearest = role if _role_noun(role.split()[0]) else nearest
        before = _ROLE_NO_COMMA.search(text, before.start("role"), end)
    return nearest


# A capitalised article opening the sentence, right before a role ("Le sélectionneur X…"), read in the few characters
# before the role only.
_OPENING_ARTICLE = re.compile(r"(?:^|[.!?…]\s+)(?:(?:Le|La)\b|L[’'])\s*$")
OPENING_ARTICLE_CHARS = 40
_ARTICLE_IN_WINDOW = re.compile(r"(?:^|\s)(?:le|la|l[’']|du|de\s+la|de\s+l[’'])\s*", re.I)


def _nearest_role_before(text: str, start: int) -> str:
    """The role right before a name at ``start``, from the nearest article ("ouvert par le président chinois" ->
    "président chinois"; "en présence du Premier ministre israélien" -> "Premier ministre israélien"), or ""."""
    window = text[max(0, start - 80) : start]
    articles = list(_ARTICLE_IN_WINDOW.finditer(window))
    if not articles:
        return ""
    role = window[articles[-1].end() :].strip()
    words_ = role.split()
    if not words_ or len(words_) > 6 or re.search(r"[,;:.!?«»“”\"()]", role):
        return ""
    head = words_[0].casefold()
    if (
        len(articles) >= 2
        and articles[-1].group().strip().casefold().startswith("d")
        and articles[-2].group().strip().casefold() not in ("du", "des")  # ("la substitute du procureur du roi")
        and len(words_) <= 2
        and _person_noun(head)
    ):
        # the role's complement names another person by role: "l'avocat du policier Paul Roe" is the lawyer
        first = window[articles[-2].end() : articles[-1].start()].strip()
        if len(first.split()) == 1 and _role_noun(first.casefold()):
            return f"{first} {window[articles[-1].start() :].strip()}"
    return role if _role_noun(head) or (head == "premier" and len(words_) > 1 and words_[1] == "ministre") else ""


def _verb_then_article(detail: str) -> bool:
    match = _VERB_THEN_ARTICLE.match(detail)
    return match is not None and not _role_noun(match.group("verb"))


_ROLE_OPENING = re.compile(r"(?:^|[.!?…]\s+)(?P<role>[A-ZÀ-ÖØ-Þ][a-zà-ÿ-]+(?:\s[^,;:.!?«»“”\"]{1,80})?),\s*$")
# A verb then an article after a name's comma: the clause goes on, no apposition ("…, Ilse Roe, dresse un état…").
# ("des" is also "de les" after a noun: "élu des Verts")
_VERB_THEN_ARTICLE = re.compile(r"^(?P<verb>[a-zà-ÿ]+)\s+(?:(?:un|une|le|les)\s+|l[’']\s*)\S")


def _without_narration(detail: str) -> str:
    if _DAY_ALONE.match(detail.strip()):
        return ""
    # (a sentence adverb set off by commas first: "…, enfin, qui doit répondre": the journalist's)
    head, comma, rest = detail.partition(",")
    if _ADVERB_ASIDE.match(head.strip()):
        detail = rest.strip() if comma else ""
    detail = _SOURCED.sub("", detail)
    detail = _DETAIL_TIME_CUT.sub("", detail)
    detail = _MANNER_AFTER.sub("", detail).strip(" ,")
    # (a subordinate clause of time or cause is the journalist's: "…, a ajouté un collègue alors que le directeur…")
    detail = _SUBORDINATE_CLAUSE.sub("", detail).strip(" ,")
    if "anonym" in detail:  # "souhaitant garder l'anonymat": the source's anonymity is kept as its description
        return detail
    for match in _PARTICIPLE_AFTER.finditer(detail):
        if _narrating(match.group("word")):
            return detail[: match.start()].strip(" ,")
    return detail


# manner_absolute: a noun phrase of the body or the voice after the speaker ("…, lance X, le sourire aux lèvres",
# "s'exclame une habitante la voix brisée", "les larmes aux yeux") says how the words were said, never who said them.
_ADVERB_AFTER = re.compile(r"(?<=\S)\s+(?P<adverb>[a-zà-ÿ]{3,}ment)\s*$")
_MANNER_AFTER = re.compile(
    r"(?:^|,?\s+)(?:la\s+voix|les\s+larmes|le\s+sourire|la\s+gorge|les\s+yeux|le\s+regard|le\s+visage|la\s+mine"
    r"|l[’']\s*air|le\s+ton|le\s+poing|la\s+main|les\s+mains|le\s+c(?:œ|oe)ur|le\s+souffle|les\s+traits)"
    r"\s+(?:[a-zà-ÿ’'-]+\s+){0,3}?(?:[a-zà-ÿ]+(?:ée?s?|ie?s?|ue?s?|te?s?)|aux\s+lèvres|aux\s+yeux|au\s+bord\s+des\s+larmes"
    r"|embués?|rougis|serrée?s?|nouée?|lourd|grave|las|bas|haut)\s*$"
    # what the speaker holds or carries, as a reportage pictures a witness ("…», sourit un habitant avec sa fille dans
    # les bras", "…, un café à la main")
    r"|(?:,\s*|\s+avec\s+)(?:son|sa|ses|un|une|le|la|les)\s+[\w’'-]+(?:\s+[\w’'-]+)?\s+(?:dans\s+les\s+bras"
    r"|à\s+la\s+main|en\s+main|sous\s+le\s+bras|sur\s+les\s+genoux|sur\s+le\s+dos|sur\s+l[’']épaule)\s*$",
    re.I,
)


def _narrating(word: str) -> bool:
    """A present participle of the journalist's narration ("ajoutant", "détaillant"), not a role ("consultant").
    (A participle that is a noun too, "détaillant", is known by its verb: "détaille" -> "détailler".)"""
    if word in _PERSON_NOUNS_IN_ANT or _role_noun(word):
        return False
    return lemma(word) != word or (word.endswith("ant") and lemma(word[:-3] + "e").endswith("er"))


# An emphatic pronoun after a name, alone or with "aussi", "non plus", "-même": "Paul Roe, lui, s'est tu".
_STRESSED = r"(?:lui|elle|eux|elles)(?:-mêmes?)?"
_EMPHATIC = re.compile(rf"^{_STRESSED}(?:\s|$)")  # ("lui aussi présent": no role either)
# (nor a sentence adverb set off by commas: "C'est Paul Roe, enfin, l'enfant terrible, qui…")
_ADVERB_ASIDE = re.compile(rf"^{_ADVERBS}$")
# A role's complement naming a body: "la présidente du CNQA", "le directeur de Kelvo".
_NAMED_COMPLEMENT = re.compile(r"\s(?:de|du|des|d[’']|chez)\s*(?:la\s+|l[’']\s*)?[A-ZÀ-ÖØ-Þ]")
# Nouns of persons shaped as participles, no roles a source is quoted by: "…, habitante du quartier".
_PERSON_NOUNS_IN_ANT = frozenset(
    f"{noun}{ending}"
    for noun in (
        "habitant passant soignant assistant aidant participant manifestant exploitant négociant fabricant intendant"
        " occupant requérant plaignant survivant combattant croyant descendant suppléant mendiant migrant immigrant"
        " figurant postulant débutant gagnant perdant"
    ).split()
    for ending in ("", "e")
)
# The occasion the words were said at, after the speaker without a comma: "…, a affirmé le gouverneur lors d'un
# discours au sommet", "… à l'occasion de la conférence".
# the words that name the occasion of the words, or their subject ("…, de l'association X, au sujet des licences")
_OCCASIONS = r"(?:lors|au cours|à l[’']occasion|en marge|au sujet|à propos)"
_OCCASION_AFTER = re.compile(
    rf"(?<=\S)(?:\s+{_OCCASIONS}\s+d(?:e|u|es|[’'])\b"
    # the sports press's occasions: "en conférence de presse", "en zone mixte", "au micro de X", "à l'issue de la
    # rencontre", "après le match"
    r"|,?\s+(?:en\s+conférence\s+de\s+presse|en\s+zone\s+mixte|au\s+micro\s+d(?:e|u|es|[’'])|à\s+l[’']issue\s+d"
    # when in the day or the event: "…, a réagi l'avocat à la fin du procès dans la nuit de lundi à mardi", "à la
    # sortie de l'audience"
    r"|à\s+la\s+(?:fin|sortie)\s+d(?:e|u|es|[’'])|au\s+(?:terme|début|lendemain)\s+d(?:e|u|es|[’'])"
    r"|dans\s+la\s+(?:nuit|matinée|soirée|journée)\b|dans\s+l[’']après-midi\b"
    r"|après\s+(?:la\s+rencontre|le\s+match|la\s+course|l[’']épreuve)"
    # what the words answered, after the name: "réagit samedi Paul Roe après l'or de l'équipe de France"
    r"|(?:(?:peu|juste|bien|sitôt|aussitôt)\s+)?après\s+(?:l[’']|(?:la|le|les|sa|son|ses|leur|leurs|cette|ce|cet)\s)"
    # what the words answer, and the speaker's turn, after the name: "…, a déclaré le ministère en réponse à
    # l'annonce", "…, a réagi le député X de son côté"
    r"|en\s+(?:réponse|réaction)\s+(?:à|aux?)\s"
    # the document or the medium that carried the words, after the name: "…, ironise la centrale dans un
    # communiqué", "…, a écrit X dans une lettre aux salariés", "…, a déclaré X sur son compte X"
    r"|dans\s+(?:un|une|son|sa|ses|leur|leurs|ce|cet|cette)\s+(?:communiqué|lettre|courrier|message|déclaration"
    r"|tweet|post|publication|billet|tribune|entretien|interview|courriel|e-mail|mail|note|vidéo|discours|texte"
    r"|livre|ouvrage|rapport|podcast|émission|allocution|avis|communication)s?\b"
    r"|(?:de son côté|de leur côté|pour sa part|pour leur part|quant à lui|quant à elle)\s*$)\b).*$",
    re.I,
)
# The audience after a role taken up: "…», a insisté la commissaire devant les eurodéputés" (audience_after).
# (or the listeners by a possessive: "a expliqué le prévenu à ses juges", "a lancé l'entraîneur à ses joueurs")
# (or the listeners by their kind: "…», a confié X à la foule venue l'écouter", "a lancé X aux salariés")
_AUDIENCE = (
    r"\s+(?:(?:devant|face à|face aux|auprès de|auprès des|à\s+(?:ses|son|sa|leurs|leur))\s+.*"
    r"|(?:à\s+la|à\s+l[’']|au|aux)\s*(?:foule|public|auditoire|assistance|assemblée|habitants|riverains|salariés"
    r"|employés|militants|partisans|sympathisants|actionnaires|participants|fidèles|supporters|troupes|invités)\b.*)$"
)
_AUDIENCE_TAIL = re.compile(_AUDIENCE, re.I)  # ("le PDG de X devant les investisseurs")
_AUDIENCE_AFTER = re.compile(rf"^(?P<role>(?:(?:le|la)\b|l[’'])\s*[a-zà-ÿ][\w-]*){_AUDIENCE}", re.I)


_PARTICLES = frozenset({"de", "du", "le", "la", "van", "von", "der", "da", "di", "d’", "d'"})


_INSTITUTION_LINKS = frozenset({"au", "aux", "du", "des", "de", "la", "à"})


# The nouns of places that French names after people: "l'hôpital Raymond-Poincaré", "le collège Jean-Jaurès".
_PLACE_NOUNS = frozenset(
    """hôpital clinique lycée collège école université faculté institut centre musée théâtre stade gymnase salle
    rue avenue boulevard place quai pont gare aéroport port hôtel résidence cité quartier parc square""".split()
)


def _name_after_role(phrase: str) -> tuple[str, str, bool] | None:
    """Apposition, role before name without a comma: 'président de l'Université Fédérale de Toulouse Philippe
    Raimbault' -> ('Philippe Raimbault', "président de l'Université Fédérale de Toulouse", True).

    The organisation's name is capitalised too: the person's name starts at a common first name followed by one
    to three capitalised words (particles allowed) up to the end of the phrase or a comma.
    """
    head, comma, rest = phrase.partition(",")
    tokens = head.split()
    for i in range(1, len(tokens) - 1):
        # a common first name, or two capitalised words no French dictionary knows after the role's lower-case words
        # ("chef du gouvernement Aziz Akhannouch", "les chercheurs Imanol Schlag (ETHZ) et …": the first speaks)
        unlisted = (
            tokens[i][:1].isupper()
            and tokens[i + 1][:1].isupper()
            # (after the role's lower-case words, or an institution's capitalised one: "secrétaire au Commerce X Y")
            and (not tokens[i - 1][:1].isupper() or (i >= 2 and tokens[i - 2].casefold() in _INSTITUTION_LINKS))
            # the name ends there ("…Garonne Ventures Antoine Roe": the firm, then the person)
            and not (i + 2 < len(tokens) and tokens[i + 2][:1].isupper())
            and any(_role_noun(t) for t in tokens[:i])  # ("premier ministre X Y": the role's noun second)
            # (not the role's complement after "de": "directeur général de Google France, Paul Roe" names the firm)
            and tokens[i - 1].casefold() not in ("de", "du", "des")
            and is_unlisted_name(f"{tokens[i]} {tokens[i + 1]}")
        )
        if not (is_first_name(tokens[i]) or unlisted):
            continue
        held_for = i >= 2 and (_role_noun(tokens[i - 2].casefold()) or tokens[i - 2].casefold() in _KINSHIP)
        if tokens[i - 1].casefold() in ("de", "du", "des") and tokens[i + 1][:1].isupper() and held_for:
            # role_of_person: a person named as the complement of a role or a kinship ("l'avocat de Paul Roe", "la
            # mère de David Roe", "le porte-parole de Jeanne Roe") is whom the role is held for, never its holder
            # ("la voix de Nathalie Roe se brise": hers)
            return None
        if re.sub(r"^[dl][’']", "", tokens[i - 1].casefold()) in _PLACE_NOUNS:
            # place_named_after: a place named after a person, its noun before ("l'hôpital Raymond-Poincaré", "le
            # lycée Jean-Moulin", "la rue Victor-Hugo"), is where the person works, not a person
            continue
        if (
            tokens[i - 1][:1].isupper()
            and i + 2 < len(tokens)
            and is_first_name(tokens[i + 1])
            and tokens[i + 2][:1].isupper()
        ):
            # the institution's last capitalised word may be a first name too: "porte-parole de la Maison Blanche
            # Sean Roe" (the name is "Sean Roe", not "Blanche Sean Roe")
            continue
        surname = tokens[i + 1 :]
        # Words after the name that open a complement ("… Jean-Noël Barrot sur X", "… (ETHZ) et …") are description.
        after = next(
            (
                k
                for k, t in enumerate(surname)
                if t.casefold() in _AFTER_NAME
                or t.startswith("(")
                or t == "et"
                # (a lower-case word that is no particle: a participle or a clause after the name, "le ministre des
                # Transports Pierre Roe sollicité par le journal", "… Paul Roe annonçant une hausse")
                or (k >= 1 and t[:1].islower() and t not in _PARTICLES)
            ),
            len(surname),
        )
        of = _affiliation_at(surname, 1)  # ("le chercheur Marc Roe de l'Université de X": where he works)
        after = min(after, of) if of else after
        surname, trailing = surname[:after], " ".join(surname[after:])
        if not surname or len(surname) > 3 or not surname[-1][:1].isupper():
            return None
        if all(t[:1].isupper() or t.casefold() in _PARTICLES for t in surname):
            role = " ".join(tokens[:i])
            if trailing.startswith("("):  # "(ETHZ) et Martin Roe (EPFL) à X": the person's own body, not the rest
                return " ".join(tokens[i : i + 1 + len(surname)]), f"{role} {trailing.split()[0]}", True
            if trailing and trailing.split()[0] in ("de", "du", "des"):  # the body the person is from
                role, trailing = f"{role} {trailing}", ""
            if trailing.startswith(("à propos", "au sujet")):  # what the words were about: the journalist's
                trailing = ""
            more = ", ".join(part for part in (trailing, rest.strip() if comma else "") if part)
            detail = _without_narration(f"{role}, {more}") if more else role
            return " ".join(tokens[i : i + 1 + len(surname)]), detail, True
        return None
    return None


# told_to: the agency or the press the words were given to, after the speaker: "…, a déclaré Paul Roe à l'AFP",
# "…, expose l'artiste à l'agence Reuters", "…, a confié X à la presse".
_RECIPIENT_MEDIA = (
    r"TechCrunch|The Verge|Bloomberg|CNBC|CNN|BBC|Politico|Axios|Wired|Franceinfo|franceinfo|France Info|France Inter"
    r"|France Culture|RTL|RMC|BFMTV|BFM Business|LCI|CNews|TF1|France 2|France 3|Europe 1|Le Monde|Monde|Figaro"
    r"|Le Figaro|Le Parisien|Parisien|Libération|Les Echos|Echos|Mediapart|20 Minutes|Ouest-France|Sud Ouest"
    r"|La Tribune|Challenges|L[’']Express|Le Point|Point|Le JDD|JDD|Marianne|Numerama|Maddyness"
    # the regional dailies, radios and channels the press cites most ("…, raconte le professeur au Progrès")
    r"|Progrès|Le Progrès|Voix du Nord|La Voix du Nord|Télégramme|Le Télégramme|Dépêche|La Dépêche|Dauphiné"
    r"|Le Dauphiné libéré|Nice-Matin|Var-Matin|Corse-Matin|La Provence|Provence|Midi libre|Midi Libre|La Montagne"
    r"|L[’']Est républicain|Le Républicain lorrain|Courrier picard|La Nouvelle République|Nouvelle République"
    r"|Ouest France|Le Journal du dimanche|La Croix|Croix|L[’']Humanité|Humanité|L[’']Obs|Obs|France Bleu"
    r"|France 24|France 5|RFI|Public Sénat|LCP|Arte|M6|TV5 ?Monde|Sud Radio|RTBF|Le Soir|Paris Match|Brut|HuffPost"
    r"|Bien Public|Le Bien Public|Journal de Saône-et-Loire|JSL|L[’']Yonne républicaine|Yonne républicaine"
    r"|Paris-Normandie|Courrier de l[’']Ouest|Le Courrier de l[’']Ouest|Maine libre|Le Maine libre|Charente libre"
    r"|La Charente libre|Populaire du Centre|Le Populaire du Centre|Berry républicain|Le Berry républicain|L[’']Union"
    r"|L[’']Alsace|DNA|Dernières Nouvelles d[’']Alsace|Presse Océan|L[’']Indépendant|Indépendant|Centre Presse"
    r"|La République des Pyrénées|République des Pyrénées|L[’']Éclair des Pyrénées|Le Parisien Libéré|Parisien Libéré"
)
_TOLD_TO_AFTER = re.compile(
    r"(?<=\S),?\s+(?:à|au|aux)\s+(?:la\s+|l[’']\s*|des\s+|quelques\s+)?(?:AFP|AP|Reuters|Bloomberg|Belga|ATS|agence\s+[\w-]+|presse|médias"
    r"|journalistes|micro\s+d[e’']\s*[\w-]+)\s*$"
    # a medium the press often names as the words' recipient ("…, a déclaré une porte-parole d'OpenAI à TechCrunch",
    # "au Monde", "à 20 Minutes"); a place after a role is part of it ("maraîchère à Longué")
    # (an apposition or a relative may follow it: "…, assure l'élu au Progrès, qui rapporte les faits")
    rf"|(?<=\S),?\s+(?:à|au)\s+(?:{_RECIPIENT_MEDIA})(?=\s*(?:,[^«»“”\"]*)?$)"
    # ("…», ont déploré plusieurs députés auprès de BFMTV.com": the medium told, by its name or its site's)
    rf"|(?<=\S),?\s+auprès\s+d(?:e|u|es|[’'])\s*(?:la\s+|l[’']\s*)?(?:{_RECIPIENT_MEDIA}|[\w-]+\.(?:com|fr|net|be|ch))\s*$"
)
# addressee_after: the person the words were said to, right after the speaker, by a role and a name or a first name
# ("…», explique le garçon au caporal-chef Jessie", "confie-t-elle à la juge Anne Roe", "lance Paul à Marie"): whom
# the speaker told, no part of the phrase, nor is the addressee's apposition after it ("…, chargé de l'appel"); a
# place after a role is part of it: "maraîchère à Longué".
_ADDRESSEE_AFTER = re.compile(
    r"(?<=\S)\s+(?:à\s+la\s+|à\s+l[’']\s*|au\s+|à\s+)(?P<role>[a-zà-ÿ-]+\s+)?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)?)(?:\s*,[^,«»“”\"]*)?\s*$"
)
# The document or the medium the words were said in, right after the speaker without a comma: "…, a expliqué
# l'entreprise dans un communiqué", "…, a écrit le ministère sur son compte X". The journalist's, not the speaker's.
_MEDIUM_AFTER = re.compile(
    r"(?i:(?<=\S)\s+(?:dans|par|via|sur)\s+(?:un|une|le|la|les|son|sa|ses|leur|leurs|ce|cet|cette|l[’'])\s*(?:communiqué|déclaration"
    r"|message|courriel|e-mail|mail|lettre|entretien|interview|tribune|billet|post|publication|note|vidéo|podcast"
    r"|article|fil|blog|mémo"
    r"|discours|réponse|conférence|point presse|compte"
    # the broadcast or the writing the words were given in: "sur la chaîne France 2", "dans son écrit"
    r"|chaîne|antenne|plateau|ondes|émission|écrit)\b[^,]*$)"
    # the broadcast or the paper by its name: "…, a reconnu le ministre dans Apolline Matin ce mercredi sur RMC",
    # "sur France Inter" (a title of two capitalised words, or a medium the press often names)
    rf"|(?<=\S)\s+(?:dans|sur)\s+(?:(?:{_RECIPIENT_MEDIA})\b|[A-ZÀ-ÖØ-Þ][\w’'-]+\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)[^,]*$"
    # the paper's pages, as the press names an interview in another title: "…, a confié X dans les colonnes du
    # Parisien", "dans les colonnes de Var-Matin"
    r"|(?<=\S)\s+dans\s+les\s+colonnes\s+d(?:e|u|es|[’'])\s*\S.*$"
    # a social network the words were posted on: "…», a indiqué l'opérateur sur Twitter"
    r"|(?<=\S)\s+sur\s+(?:Twitter|X|Facebook|Instagram|LinkedIn|TikTok|Bluesky|Threads|YouTube|Telegram"
    r"|les\s+réseaux\s+sociaux)\b[^,]*$",
)
# Prepositions that open a complement after a person's name: "sur X", "dans un communiqué", "lors du sommet".
_AFTER_NAME = frozenset({"sur", "dans", "lors", "devant", "en", "à", "au", "aux", "pendant", "depuis", "auprès"})
# (of these, the words that open only where or when something was said: "à", "en", "dans" may open a role, "à la
# tête de X", "en charge de Y", "dans l'équipe de Z")
_WHERE_SAID = frozenset({"sur", "lors", "devant", "pendant", "auprès"})
_COMPLEMENT_WORDS = _AFTER_NAME | {"selon", "d’après", "d'après", "cité", "citée", "interrogé", "interrogée"}


# Nationalities as the press names people by them ("le Slovène", "la Suissesse", "l'Espagnol"), masculine and
# feminine: those the demonym shape below (-ais, -ois, -ien, -éen, -ain) does not catch, and the commonest others.
_DEMONYM_NOUNS = frozenset(
    """
    français française américain américaine chinois chinoise britannique allemand allemande italien italienne
    espagnol espagnole canadien canadienne indien indienne japonais japonaise coréen coréenne belge suisse
    néerlandais néerlandaise israélien israélienne russe européen européenne breton bretonne québécois québécoise
    normand normande flamand flamande basque corse savoyard savoyarde auvergnat auvergnate
    suissesse slovène croate serbe tchèque slovaque bulgare moldave biélorusse monégasque chypriote grec grecque
    turc turque argentin argentine philippin philippine monténégrin monténégrine andorran andorrane afghan afghane
    kazakh kazakhe ouzbek ouzbèke qatari émirati nigérian nigériane kényan kényane ougandais ougandaise
    portugais portugaise anglais anglaise irlandais irlandaise écossais écossaise gallois galloise danois danoise
    suédois suédoise norvégien norvégienne finlandais finlandaise islandais islandaise polonais polonaise
    autrichien autrichienne hongrois hongroise roumain roumaine ukrainien ukrainienne letton lettone estonien
    estonienne lituanien lituanienne marocain marocaine algérien algérienne tunisien tunisienne sénégalais
    sénégalaise ivoirien ivoirienne camerounais camerounaise congolais congolaise malien malienne brésilien
    brésilienne mexicain mexicaine colombien colombienne chilien chilienne australien australienne égyptien
    égyptienne libanais libanaise iranien iranienne saoudien saoudienne éthiopien éthiopienne jamaïcain jamaïcaine
    néo-zélandais néo-zélandaise sud-africain sud-africaine sud-coréen sud-coréenne luxembourgeois luxembourgeoise
    """.split()
)
# The shape of a French demonym: a capitalised word ending in -ais(e), -ois(e), -ien(ne), -éen(ne), -ain(e).
_DEMONYM_SHAPE = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ-]{2,}(?:ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine)$")
# Right before a person's name, -ard and -in too: "le Savoyard", "le Bastognard", "l'Angevine" (alone, a word of that
# shape is as often a place or a thing: "le Kremlin", "Berlin", "le Montbéliard").
_DEMONYM_ENDINGS = r"(?:ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine|ard|arde|in|ine)"
# Common nouns, regions and titles of the same shape, capitalised at a sentence's start or as a name.
_NOT_DEMONYMS = frozenset(
    """
    palais relais marais mois bois fois choix quotidien soutien lien bien moyen chien gardien doyen citoyen
    terrain domaine lendemain demain humain certain certaine prochain prochaine semaine main train bain
    lorraine aquitaine touraine fontaine maine
    matin chemin jardin vin voisin voisine cousin cousine copain copine médecin marin fin usine cuisine machine
    retard regard hasard brouillard milliard standard boulevard
    """.split()
)
_DEMONYM_BEFORE_NAME = re.compile(
    rf"^(?:{'|'.join(sorted((n[:1].upper() + n[1:] for n in _DEMONYM_NOUNS), key=len, reverse=True))}"
    rf"|(?P<shape>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ-]{{2,}}{_DEMONYM_ENDINGS}))"
    rf"\s+(?={_NAME_TOKEN}\s+{_NAME_TOKEN})"
)


def _without_demonym(name: str) -> str:
    """'Nantaise Claire Vasseur' -> 'Claire Vasseur': the demonym the press tags a person with before the name is
    no part of it; a first name of the same shape ('Julien', 'Françoise') is kept."""
    match = _DEMONYM_BEFORE_NAME.match(name)
    if match is None or (
        match.group("shape")
        and (is_first_name(match.group("shape")) or match.group("shape").casefold() in _NOT_DEMONYMS)
    ):
        return name
    return name[match.end() :]


def _without_rank(name: str) -> tuple[str, str]:
    """'Lieutenant-Colonel Anne Roe' -> ('Anne Roe', 'lieutenant-colonel'): a rank or a title the press capitalises
    before a name, as a civility ("le Lieutenant Paul Roe", "le Commandant Paul Roe"), is no part of it; (name, '')
    when none opens it or no first name follows it."""
    tokens = name.split()
    k = 0
    while k < len(tokens) - 2 and tokens[k][:1].isupper() and _role_noun(tokens[k].casefold()):
        k += 1
    if k == 0 or not is_first_name(tokens[k]) or not tokens[k + 1][:1].isupper():
        return name, ""
    return " ".join(tokens[k:]), " ".join(tokens[:k]).lower()


# A footnote's call glued to a word: "a admis le magazine[1]"; or the asterisk the press glues to a first name it
# changed, its note below ("Stéphanie*, la mère" / "* Le prénom a été modifié").
_FOOTNOTE_CALL = re.compile(r"\[\d{1,3}\]|(?<=[a-zà-ÿ])\*{1,2}(?=[\s,.;:)]|$)")
# (a mandate's party in capitals is part of the role, never of the name: "la sénatrice LR Dominique Roe",
# "le député RN Jean Roe")
_ROLE_THEN_NAME = re.compile(
    # (three words when an adjective dates or ranks the role: "premier ministre israélien", "ancien député européen")
    r"^(?P<role>[a-zà-ÿ][\w’'-]*(?:\s+(?!(?:de|du|des|d[’']|chez|à|au|aux|la|le|les|en|pour)\b)[a-zà-ÿ][\w’'-]*)"
    r"{0,2}"
    rf"(?:\s+{_PARTY_ACRONYM}(?=\s+[A-ZÀ-ÖØ-Þ][a-zà-ÿ]))?)"
    r"\s*,?\s+"
    # (a party's or a union's acronym after the role is no name: "la maire PS de Tulle, Claire Roe", "le délégué CGT")
    rf"(?!{_PARTY_ACRONYM}(?:\s+(?:de|du|des|d[’'])\b|\s*[,.;:]|$))"
    rf"(?P<name>{_NAME_TOKEN}(?:\s+(?:de\s+|du\s+|[Ll]e\s+|[Ll]a\s+)?{_NAME_TOKEN}){{1,3}})(?P<rest>\s*,.*)?"
    # (or the clause's predicate after the name, before a colon: "le manager Pierre Roe avait quelques regrets")
    r"(?P<predicate>\s+(?!(?:de|du|des|d[’']|le|la)\b)[a-zà-ÿ].*)?$"
)

# ----------------------------------------------------------------------------
# Spans
# ----------------------------------------------------------------------------

_CLOSERS = {"«": "»", "“": "”", '"': '"'}


@dataclass(frozen=True)
class Span:
    """A quoted span of one text: ``start``/``end`` include the marks; ``open`` when no closing mark ends it."""

    start: int
    end: int
    inner: str
    open: bool = False


_STRAY_OPENER = re.compile(r"»\s?(?=[A-ZÀ-ÖØ-Þ])")


# A « glued to the word before it, a stop or the end after it: a closing mark typed the wrong way round.
_REVERSED_CLOSE = re.compile(r"[\w.!?…]«\s?(?:[.,;:!?)]|$)")


def _nested_close(text: str, start: int) -> int:
    """The » that closes the « at ``start``, nested pairs inside counted; -1 when the nesting never closes."""
    depth = 0
    for match in _GUILLEMETS.finditer(text, start):
        depth += 1 if match.group() == "«" else -1
        if depth == 0:
            return match.start()
    return -1


_GUILLEMETS = re.compile("[«»]")


# A straight mark that opens words: at the text's start or after a space, a colon or a bracket, glued to a word.
_STRAIGHT_OPENS = re.compile(r'(?:(?<=^)|(?<=[\s:(]))"(?=[^\W\d_])')


def spans(text: str, cut: bool = False, lost_open: bool = False) -> list[Span]:
    """The « », “ ” and "…" spans of a text, outermost only (a quotation inside a quotation stays inside).

    A « that nothing closes runs to the end of the text: a quotation that goes
    on in the next paragraph. ``cut``: the text is the last of a copy that may stop mid-sentence, where a " that
    opens words and nothing closes runs to the end too (copy_cut). ``lost_open``: no quotation runs on from the
    paragraph before, so a closing mark that nothing opened closes words opened at the text's start (lost_open).
    """
    out: list[Span] = []
    i = 0
    n = len(text)
    lost = _LOST_OPENING.match(text) if lost_open else None
    if lost is not None and len(words(lost.group("words"))) >= LOST_OPEN_WORDS:
        # lost_open: the copy lost the opening mark of words that open the paragraph ("Nous avons tout changé”.
        # Céline, 41 ans, résume…"): they run from the start to the closing mark
        out.append(Span(0, lost.end("close"), _inner(lost.group("words"))))
        i = lost.end("close")
    while i < n:
        j = min((k for k in (text.find(m, i) for m in _CLOSERS) if k >= 0), default=-1)
        stray = text.find("»", i)
        if stray >= 0 and (j < 0 or stray < j):
            # A » that nothing opened, at the start of a sentence: a page that sets its quotations » … »; the
            # quotation runs to the next ». Not when a « opens first: then the » closed a quotation begun in an
            # earlier paragraph.
            close = text.find("»", stray + 1)
            again = text.find("«", stray + 1)
            opening = not text[:stray].strip() or text[:stray].rstrip()[-1:] in ".!?:"
            if opening and close > stray and not 0 <= again < close and _STRAY_OPENER.match(text, stray):
                out.append(Span(stray, close + 1, _inner(text[stray + 1 : close])))
                i = close + 1
                continue
            i = stray + 1
            continue
        turned = text.find("”", i)
        if turned >= 0 and (j < 0 or turned < j) and _opens_shape(text, turned):
            # reversed_curly: a copy whose typography turned the opening " into ” ("”Je ne recopiais pas”, explique
            # l'étudiant"): the quotation runs to the next ” glued to its last word
            close = next((k for k in _all(text, "”", turned + 1) if _closes_shape(text, k)), -1)
            if close > turned and "“" not in text[turned:close]:
                out.append(Span(turned, close + 1, _inner(text[turned + 1 : close])))
                i = close + 1
                continue
        if j < 0:
            break
        mark = text[j]
        close = text.find(_CLOSERS[mark], j + 1)
        if mark == "«":
            again = text.find("«", j + 1)
            if again >= 0 and (close < 0 or again < close) and _REVERSED_CLOSE.match(text, again - 1):
                # reversed_close: a copy that closes with the opening mark, glued to the last word and followed by
                # a stop or the line's end ("… à l'ESB« . Pour en arriver là…"): one quotation, closed there
                out.append(Span(j, again + 1, _inner(text[j + 1 : again])))
                i = again + 1
                continue
            if 0 <= again < close:
                # « A « B » C »: French nests guillemets; the outer span closes where the nesting does. With no such
                # close, the first « was left unclosed: it is not a span, the second one starts over.
                nested = _nested_close(text, j)
                if nested < 0:
                    i = again
                    continue
                close = nested
            elif close < 0:
                out.append(Span(j, n, _inner(text[j + 1 :]), open=True))
                break
        elif close < 0 and mark == "“":
            # “…“: a page that closes with the opening mark (its typography turned every " into “): the next “
            # glued to the words before it and followed by a stop or a space closes the span.
            close = _same_mark_close(text, j)
            straight = text.find('"', j + 1)
            if close < 0 and straight >= 0 and _closes_shape(text, straight):
                # mixed_marks the other way round: a copy that opens with the curly mark and closes with the straight
                # one ("raconte : “Les sirènes ont hurlé toute la nuit !" »): one quotation, closed by that mark
                close = straight
            if close < 0:
                i = j + 1
                continue
        elif close < 0 and mark == '"' and (curly := text.find("”", j + 1)) >= 0 and not text[curly - 1].isspace():
            # mixed_marks: a copy that opens with the straight mark and closes with the curly one ("…, le pouvoir
            # semble tanguer”, a-t-elle lancé): one quotation, closed by the first ” glued to its words
            close = curly
        elif close < 0 and cut and mark == '"' and _STRAIGHT_OPENS.match(text, j) and len(words(text[j + 1 :])) >= 4:
            out.append(Span(j, n, _inner(text[j + 1 :]), open=True))
            break
        elif close < 0:
            i = j + 1
            continue
        elif mark == '"':
            straight = _straight_span(text, j, close, i)
            if straight is not None:
                out.append(straight)
            i = straight.end if straight is not None and straight.end > j else j + 1
            continue
        out.append(Span(j, close + 1, _inner(text[j + 1 : close])))
        i = close + 1
    return out


def _all(text: str, mark: str, start: int) -> Iterator[int]:
    """Where ``mark`` is in ``text`` from ``start`` on."""
    at = text.find(mark, start)
    while at >= 0:
        yield at
        at = text.find(mark, at + 1)


def _opens_shape(text: str, at: int) -> bool:
    """A straight mark set as an opening one: after a space or the text's start, glued to the word it opens."""
    return (at == 0 or text[at - 1].isspace()) and at + 1 < len(text) and text[at + 1].isalnum()


def _closes_shape(text: str, at: int) -> bool:
    """A straight mark set as a closing one: glued to the word it closes, a space or a stop after it."""
    return (
        at > 0
        and not text[at - 1].isspace()
        and text[at - 1] not in "([{'’‘-–—"
        and (at + 1 == len(text) or text[at + 1].isspace() or text[at + 1] in ',.;:!?)…"')
    )


def _straight_span(text: str, at: int, close: int, since: int) -> Span | None:
    """The span the straight mark at ``at`` opens (``close``: the next straight mark; ``since``: where the text
    not yet read starts); None when it opens none.

    Straight marks do not say which way they face; their spacing does (unbalanced_straight): an opening mark
    follows a space and is glued to its first word, a closing one is glued to the last word and followed by a space
    or a stop. Pairing each mark with the next, a copy that lost one mark would read the words between two
    quotations as one, and every pair after it the wrong way round. So:

    - an opening mark whose next mark opens too either holds quotations inside ('"Il me dit "papa, regarde" et je
      vois…"': closed by the mark after the inner pairs) or lost its partner ('"Je pars, dit-il. Puis "Je reviens",
      ajoute-t-il'): then its quotation ends at a curly mark glued to its words, or before the comma of an
      attribution ("dit-il"), or else before the next mark;
    - a closing mark with no opening one before it lost its partner: when an attribution follows ('…sont de
      nouveau fonctionnels", a indiqué l'opérateur'), the quotation is its sentence up to it; otherwise no span.
    """
    if _closes_shape(text, at) and not _opens_shape(text, at):
        if _post_attribution(text[at + 1 : at + 1 + ATTRIBUTION_WINDOW], marks=False) is None:
            return None
        start = max(since, _last_sentence_start(text[:at]))
        inner = _inner(text[start:at])
        return Span(start, at + 1, inner) if looks_like_quotation(inner) else None
    if not (_opens_shape(text, at) and _opens_shape(text, close) and not _closes_shape(text, close)):
        return Span(at, close + 1, _inner(text[at + 1 : close]))
    opening = close
    for _ in range(8):  # (a bound: the inner pairs of one quotation)
        inner_close = text.find('"', opening + 1)
        after = text.find('"', inner_close + 1) if inner_close >= 0 and _closes_shape(text, inner_close) else -1
        if after < 0:
            break
        if _closes_shape(text, after) and not _opens_shape(text, after):
            return Span(at, after + 1, _inner(text[at + 1 : after]))
        if not _opens_shape(text, after):
            break
        opening = after
    curly = text.find("”", at + 1, close)
    if curly > 0 and not text[curly - 1].isspace():
        return Span(at, curly + 1, _inner(text[at + 1 : curly]))  # mixed_marks (see spans)
    attributed = _attributed_break(text, _INCISE_BREAK, at + 1, close)
    end = attributed[0] if attributed is not None else close
    return Span(at, end, _inner(text[at + 1 : end]))


# Where the words quoted give way to an attribution: a comma, or the space after a question or an exclamation
# ("Et toi ? lance-t-il").
_INCISE_BREAK = re.compile(r",\s|(?<=[?!…])\s")


def _same_mark_close(text: str, start: int) -> int:
    """Where the “ that closes the “ at ``start`` stands, in a text that closes with the opening mark; -1 if none."""
    k = text.find("“", start + 1)
    if k > start + 1 and not text[k - 1].isspace() and (k + 1 == len(text) or text[k + 1] in " ,.;:!?)…"):
        return k
    return -1


def _inner(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def looks_like_quotation(inner: str) -> bool:
    """A sentence or a long fragment; not a scare-quoted word or a title."""
    count = len(words(inner))
    if count >= 8:
        return True
    return count >= 4 and (inner[:1].isupper() or inner.rstrip()[-1:] in ".!?…")


# quoted_figure: a figure the journalist takes from the source in marks, a noun or two after it ("environ « 300
# tablettes »", "« 300 en 2010 »"): the source's number, not words anyone said.
# quoted_name: a newspaper's or a body's name the paper sets in marks, its article in lower case as Libération prints
# it ("entre « le Monde » et OpenAI", "« la Provence »"): a name, nobody's words.
_QUOTED_NAME = re.compile(
    r"^\s*(?:(?:[Ll]e|[Ll]a|[Ll]es)\b|[Ll][’'])\s*[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]*){0,2}\s*$"
)
_QUOTED_FIGURE = re.compile(r"^\s*\d[\d\s.,]*(?:\s*%|\s*€)?(?:\s+[\w’'-]+){0,2}\s*$")


def _quotable(inner: str) -> bool:
    """Long enough to be words someone said, once an attribution is found: not a quoted label."""
    count = len(words(inner))
    if count == 1:
        # a one-word answer or cry, capitalised and ending with its mark: "« Absolument ! » répond X"
        return inner[:1].isupper() and inner.rstrip()[-1:] in "!?"
    return count >= 3 or (count == 2 and (inner[:1].isupper() or inner.rstrip()[-1:] in ".!?…"))


# ----------------------------------------------------------------------------
# Attributions
# ----------------------------------------------------------------------------

PREVIOUS_SPEAKER = "\x00previous"
ATTRIBUTION_WINDOW = 400  # characters looked at on each side of a quotation for its attribution
_VERB = r"[\w’'-]+?"
# A semi-auxiliary before the infinitive of saying, in the incise after a quotation: "…», tient à préciser X",
# "finit par lâcher X", "se contente de réagir X", "veut croire X", "croit savoir X" (the press's periphrases of the
# verb of saying: the infinitive's subject is the incise's).
_SEMI_AUX = (
    r"(?:(?:tien(?:t|nent)|ten(?:ai(?:t|ent)|u(?:e|s|es)?))\s+à"
    r"|fini(?:t|ssent|ssai(?:t|ent)|e|s|es)?\s+par"
    r"|(?:content|born|limit|empress|amus)(?:e|ent|ai(?:t|ent)|é(?:e|s|es)?)\s+(?:à|de\s|d[’'])"
    r"|(?:permet(?:tent|tai(?:t|ent))?|permise?s?)\s+(?:de\s|d[’'])"
    r"|(?:plaî?t|plaisent|plaisai(?:t|ent))\s+à"
    r"|(?:vien(?:t|nent)|venai(?:t|ent))\s+(?:de\s|d[’'])"
    r"|veu(?:t|lent)|voulai(?:t|ent)|voulu|os(?:e|ent|ai(?:t|ent)|é)|préf[èé]r(?:e|ent|ai(?:t|ent)|é)"
    r"|aim(?:e|ent|ai(?:t|ent))(?:\s+à)?|doi(?:t|vent)|devai(?:t|ent)"
    r"|(?P<believes>cro(?:it|ient|yai(?:t|ent)))(?=\s+savoir\b))"
)
# same_source: "(la) même source", the source of the words quoted before (see _POST_PRONOUN, _SAME_SOURCE).
_SAME_SOURCE_WORDS = r"(?:la\s+)?même\s+source"
# "…» a-t-il expliqué", "…», avait-elle indiqué", "…», s'est-elle amusée" (a reflexive verb of saying),
# "…», fait-il remarquer", "…», poursuit-il",
# "…», explique-t-on chez Meta".
_POST_PRONOUN = re.compile(
    # an object pronoun may come first: "…», nous explique-t-il", "…», m'a-t-elle confié", "…», lui a-t-il répondu"
    # (or the adverbial pronoun "y": "…», y explique-t-elle", in the video just named)
    # (and the reflexive pronoun before the impersonal "on": "…», se rappelle-t-on chez Abeille", "s'amuse-t-on")
    # (or before any subject pronoun: "…», se réjouit-il", "…», s'exclame-t-elle", "se souviennent-ils")
    r"^\s*[,.]?\s*(?:(?:nous|vous|lui|leur|me|te|y)\s+|[mt][’']\s*"
    r"|(?:se\s+|s[’']\s*)(?!est-|était-)(?=[\w’']+?(?:-t)?-(?:il|elle|on|ils|elles)\b))?"
    # (the euphonic "t" after a space too, as hurried copy types it: "a t-elle confié")
    rf"(?:(?:{_AUX}|s[’']est|s[’']était)(?:-(?:t-)?|\s+t-){_SUBJ}\s+(?:{_ADVERBS}\s+)?(?P<fait1>fait\s+)?(?P<verb1>[\w’']+)\b"
    rf"|(?P<fait2>fai(?:t|saient)-{_SUBJ}\s+)(?P<verb3>[\w’']+)\b"
    # (the euphonic "t" typed after a space: "explique t-il", or its hyphen after one: "explique -t-elle", or elided
    # as an apostrophe: "explique t’elle")
    rf"|(?P<verb2>[\w’']+?)(?:(?:-t|\s+-?t)?-|\s+t[’'])\s*{_SUBJ}\b)"
    # (an adverb may come first, and the kind of body before its name: "…», déplore-t-on ainsi au sein de
    # l'entreprise Roe Services")
    r"(?P<where>\s+(?:(?:ainsi|aussi|également|encore|alors|enfin|pourtant|d[’']ailleurs)\s+)?"
    r"(?:chez|du côté de|au sein de|à la direction de|dans l[’']entourage de|auprès de|auprès d[’'])\s*"
    r"(?:(?:l[’']|la\s+|le\s+)(?:entreprise|société|groupe|start-up|association|fédération|agence|cabinet|banque)\s+)?"
    r"(?P<org>[A-ZÀ-ÖØ-Þ][^,.;:!?«“\"]{0,60})"
    r"|\s+(?:de|d[’']une?|auprès d[’']une?|auprès de)\s+(?P<source>sources?\s[^,.;:!?«“\"]{0,60})"
    # ("…», ajoute-t-on de même source": the source of the words quoted before)
    rf"|\s+(?P<same>de\s+{_SAME_SOURCE_WORDS}))?",
)
# "…», a déclaré X", "…» déclare X", "…», a encore expliqué X", "…», se réjouit X" (a verb of saying used
# reflexively, in the present as in the past).
# post_inverted with a complement between the verb and its subject, as the press writes it: an adverb or a
# connector ("précise ainsi X", "a souligné de son côté X"), or an indirect object naming a medium or a place, with
# or without a comma before the subject ("a déclaré à l'AFP, X, rôle", "a écrit sur X la présidente…").
# A time complement too, which the press puts between an inverted verb and its subject ("avait déclaré en décembre
# X", "déclarait récemment X", "a affirmé mardi soir X"); up to two complements ("a déclaré mardi à l'AFP X").
_POST_TIME = (
    r"(?:récemment|dernièrement|(?:un\s+peu\s+)?plus\s+(?:tôt|tard)|hier(?:\s+(?:soir|matin))?|avant-hier"
    r"|aujourd[’']hui|ce\s+(?:matin|soir|week-end)"
    # the day written out, as agency copy dates a statement: "samedi 3 août", "ce mardi 29 octobre", "le 3 août 2024"
    rf"|(?:(?:ce\s+)?{WEEKDAYS}\s+|le\s+)\d{{1,2}}(?:er)?\s+{MONTHS}(?:\s+\d{{4}})?"
    rf"|cette\s+semaine|(?:ce\s+)?{WEEKDAYS}(?:\s+(?:matin|soir|dernier))?"
    rf"|(?:en|début|fin|mi-)\s*{MONTHS}(?:\s+\d{{4}})?|en\s+\d{{4}}|la\s+semaine\s+dernière|le\s+mois\s+dernier"
    r"|l[’']an\s+dernier|l[’']année\s+dernière"
    # how long after the events: "quelques jours après les faits", "deux semaines plus tard"
    # (the occasion's "après les faits" cut off already: "quelques jours")
    r"|(?:quelques|deux|trois|quatre|cinq|six|sept|huit|dix|\d{1,2})\s+(?:heures|jours|semaines|mois)"
    r"(?:\s+(?:après|plus\s+tard|avant)|\s*$)"
    # the part of the day: "avait déclaré dans l'après-midi à la presse X", "a dit dans la soirée X"
    r"|dans\s+(?:l[’']après-midi|la\s+(?:matinée|soirée|journée|nuit)))"
)
_TIME_DETAIL = re.compile(rf"{_POST_TIME}\b", re.I)
# A name of two words, the first a short one (a family name of East Asia: "Mao Ning", "Kim Jae-won"), both in plain
# capitalised letters (not "Mistral AI", "Google DeepMind", "Moonshot AI").
_FAMILY_FIRST = re.compile(r"^[A-Z][a-z]{1,5}\s[A-Z][a-z]+(?:-[a-z]+)?$")
# How the words reached the journalist, after a name: "…, Mao Ning, citée par l'agence Chine nouvelle" (reported_by):
# no description of the person; the role before the name is hers.
_REPORTED_BY = re.compile(rf"(?:{_REPORTED_WORDS}|citées|sollicitée?s?)\b", re.I)
# A day written out as the whole description: "…», a déclaré X, 4 février 2026." (a post's date, no role)
_DAY_ALONE = re.compile(
    rf"^(?:le\s+)?(?:{WEEKDAYS}\s+)?\d{{1,2}}(?:er)?\s+{MONTHS}(?:\s+\d{{4}})?\s*\.?$|^{_POST_TIME}$", re.I
)
# When or where the speaker spoke, after the description: "…, président de l'EPFZ, mardi, face aux médias",
# "…, ministre du Numérique, lors de la signature".
_DETAIL_TIME_CUT = re.compile(rf",\s*(?:{_POST_TIME}\s*(?:,.*)?|(?:{_OCCASIONS}|pendant)\b.*)$", re.I)
_ASIDE_TURN = r"(?:de son côté|de leur côté|pour sa part|pour leur part|quant à lui|quant à elle|à son tour)"
_ASIDE_IN_CLAUSE = re.compile(rf"(?<=\w)\s*,?\s+{_ASIDE_TURN}\b\s*,?(?=\s)")
# (or opening the sentence, its comma left out: "De son côté Denis Roe, secrétaire de l'association, a souligné…")
_ASIDE_OPENING = re.compile(rf"^(?i:{_ASIDE_TURN})\s*,?\s+(?=[A-ZÀ-ÖØ-Þ])")
# The day of a trial, a strike or a summit, as court and news reports date what was said ("a dit l'accusé au
# cinquième jour de son procès devant les assises du Gard"): when, and before whom, never who.
_DAY_OF = (
    r"au\s+(?:\d{1,2}e|premier|dernier|[a-zé]+ième)\s+jour\s+"
    r"(?:de\s+(?:son|sa|leur)\s+|du\s+|de\s+la\s+|de\s+l[’']\s*|des\s+)[\w’'-]+(?:\s+devant\s+[^,«»]+)?"
)
# The time the words were said, after the speaker: "…», avait déclaré Zuckerberg à l'époque".
_TIME_AFTER = re.compile(
    r"(?<=\S)\s*,?\s+(?:à l[’']époque|à ce moment-là|à l[’']heure actuelle|ce jour-là|en \d{4}"
    rf"|{_POST_TIME}|{_DAY_OF})\s*$",
    re.I,
)
# Adjectives of a speaker's state of mind, which the press sets before the subject of an inverted verb of saying.
_STATE_ADJECTIVES = (
    r"(?:ému|émue|émus|émues|amer|amère|amers|amères|ravi|ravie|ravis|ravies|soulagé|soulagée|soulagés|soulagées"
    r"|dépité|dépitée|dépités|dépitées|inquiet|inquiète|inquiets|inquiètes|furieux|furieuse|furieuses|agacé|agacée"
    r"|agacés|agacées|fier|fière|fiers|fières|bouleversé|bouleversée|bouleversés|bouleversées|désabusé|désabusée"
    r"|désabusés|désabusées|fataliste|fatalistes|philosophe|philosophes|hilare|hilares|enthousiaste|enthousiastes)"
)
_POST_COMPLEMENT = (
    rf"(?:(?:de son côté|de leur côté|pour sa part|pour leur part|quant à lui|quant à elle|{_ADVERBS}|{_POST_TIME}"
    r"|sous couvert d[’']anonymat|sous le sceau de l[’']anonymat"
    # "a souligné à ce sujet, X", "a précisé en ce sens X"
    r"|à ce sujet|à ce propos|à cette occasion|en conclusion|en ouverture|en clôture|en ce sens|dans ce sens"
    # "souligne d'emblée la professeure", "répond d'entrée X", "ajoute aussitôt X"
    r"|d[’']emblée|d[’']entrée(?:\s+de\s+jeu)?|aussitôt|volontiers"
    r"|[a-zà-ÿ]{3,}ment"  # "résume sobrement X"
    r"|(?:très|si|plutôt|fort)\s+(?:bien|mal)"  # "se rappelle très bien X": a degree and its adverb
    r"|par\s+exemple"  # "commentait par exemple X"
    # (what the speaker shares with others, "résume comme beaucoup une usagère", "témoigne lui aussi X"; the camera
    # or the microphone before which, "témoigne devant les caméras de TF1 un usager")
    r"|comme\s+(?:beaucoup|d[’']autres|tant\s+d[’']autres|souvent|toujours|chaque\s+fois|tous\s+les\s+autres)"
    r"|(?:lui|elle)\s+aussi"
    r"|devant\s+(?:les|la|le|nos|notre)\s+(?:caméras?|micros?|objectifs?)(?:\s+(?:de|d[’']|du)\s*[A-ZÀ-ÖØ-Þ][\w’'&-]*"
    r"(?:\s+[A-ZÀ-ÖØ-Þ0-9][\w’'&-]*)?)?"
    # the speaker's state, an adjective detached before the inverted subject, its commas left out: "a confié ému le
    # colonel X", "lâche amère une habitante"
    rf"|{_STATE_ADJECTIVES}(?=\s+(?:le|la|l[’']|un|une|[A-ZÀ-ÖØ-Þ])\b)"
    # a medium named with its acronym in brackets: "a précisé à l'Agence France Presse (AFP) le lieutenant-colonel X"
    r"|(?:à|au|aux)\s+(?:l[’']\s*|la\s+|le\s+)?[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]*){0,3}\s*\([A-Z]{2,6}\)"
    # the manner and the listener: "lâche avec conviction X", "sourit non sans humour X", "a déclaré à la presse X"
    r"|(?:avec|non sans)\s+(?:un\s+|une\s+)?[a-zà-ÿ]{3,}(?:\s+[a-zà-ÿ]{3,})?"
    r"|sans\s+(?:détours?|ambages|fard|hésiter|hésitation)|d[’']un\s+ton\s+[a-zà-ÿ]+|d[’']une\s+voix\s+[a-zà-ÿ]+"
    r"|(?:à|aux)\s+(?:la\s+presse|journalistes|(?:nos|des|les)\s+(?:journalistes|confrères)|notre\s+(?:journal|micro|rédaction))"
    # (or through what: "annonce au mégaphone un gendarme")
    r"|au\s+(?:téléphone|mégaphone|haut-parleur)"
    # manner_locution: how the words came, as a locution, a gerund or an absolute phrase of the face or the voice
    # ("plaisante à moitié un habitant", "glisse à voix basse", "lâche en souriant", "confie les larmes aux yeux")
    r"|à\s+(?:moitié|demi-mot|voix\s+basse|mi-voix|haute\s+voix)|tout\s+(?:bas|sourire)"
    r"|en\s+(?!tant\b|avant\b)[a-zà-ÿ]{2,}ant|les\s+larmes\s+aux\s+yeux|le\s+sourire\s+aux\s+lèvres"
    r"|(?:la\s+(?:gorge|voix)|le\s+regard|l[’']\s*air|les\s+yeux)\s+[a-zà-ÿ]{4,}(?=\s*,?\s+(?:un|une|le|la|l[’']|[A-ZÀ-ÖØ-Þ]))"
    # how and to whom the words were given, before the speaker: "décrit par téléphone à l'AFP X"
    r"|par\s+(?:téléphone|visioconférence|courriel|e-mail|écrit|sms)|(?:à|auprès\s+de)\s+l[’']\s*(?:AFP|ATS|APS)\b"
    # a medium whose brand is written in lower case, the name or the role after it: "réagit sur franceinfo Paul
    # Roe", "raconte à franceinfo le maire, Paul Roe"
    r"|(?:sur|à|au|pour)\s+[a-zà-ÿ][a-zà-ÿ0-9]{2,}(?=\s+(?:[A-ZÀ-ÖØ-Þ][a-zà-ÿ]|l[ea]\s+[a-zà-ÿ]{3,}|l[’'][a-zà-ÿ]{3,}))"
    # the broadcaster by its formula: "a expliqué sur les ondes de la CRTV X", "au micro de Sud Radio X"
    # (or whom they were told: "confie auprès de l'AFP Maxime")
    r"|(?:sur\s+les\s+ondes|au\s+micro|à\s+l[’']antenne|sur\s+le\s+plateau|auprès)"
    r"\s+d(?:e\s+(?:la\s+|l[’'])?|u\s+|es\s+|[’'])"
    # (the medium's name in one word, or two when no person's name follows: a first name opens the speaker)
    # (a channel's number too: "sur le plateau de France 2 l'ancien ministre X")
    rf"\s*{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})??(?:\s+\d{{1,2}})?(?=\s*,?\s+(?:[A-ZÀ-ÖØ-Þ]|l[ea]\s|l[’']|les\s|un\s|une\s))"
    # where the words were said, in lower-case words, the speaker after it: "répète dans ses interviews le Nigérian
    # X", "a déclaré dans un communiqué le ministère", "a déclaré sur le court X"
    r"|dans\s+(?:un|une|ses|son|sa|leur|leurs|cet|cette|ce)\s+[a-zà-ÿ’'-]+(?:\s+[a-zà-ÿ’'-]+){0,2}?"
    r"(?=\s*,?\s+(?:[A-ZÀ-ÖØ-Þ]|l[ea]\s|l[’']|les\s|un\s|une\s))"
    # (the place, or the network and its name: "a déclaré sur le court X", "a commenté sur le réseau social X le
    # commissaire Y")
    r"|sur\s+(?:(?:le|la|les)\b|l[’'])\s*[a-zà-ÿ’'-]+(?:\s+[a-zà-ÿ’'-]+){0,2}?(?:\s+[A-ZÀ-ÖØ-Þ][\w&.-]*(?=\s+(?:l[ea]|les|un|une)\s))?"
    r"(?=\s*,?\s+(?:[A-ZÀ-ÖØ-Þ][a-zà-ÿ]|l[ea]\s|l[’']|les\s|un\s|une\s))"
    # the occasion in lower-case words, the name after it: "a souligné lors d'une conférence de presse Wu Qing"
    r"|(?:lors|au\s+cours|à\s+l[’']occasion)\s+d(?:e|u|es|[’'])\s*(?:[a-zà-ÿ’'-]+\s+){0,4}?[a-zà-ÿ’'-]+(?=\s+[A-ZÀ-ÖØ-Þ]))"
    r"\s*,?\s+"
    # a medium or a place, its name maybe opening with a number ("indique à 20 Minutes X"); the medium the words
    # were given for ("constate pour l'AFP X")
    # (or closing on its channel's number: "ont précisé à Europe 1 plusieurs pédiatres", "a dit sur France 2 X")
    rf"|(?:à|au|aux|sur|dans|devant|pour)\s+(?:l[’']|(?:[Ll]e|[Ll]a|[Ll]es)\s+|\d+\s+)?{_NAME_TOKEN}(?:\s+\d{{1,2}})?\s*,?\s+)"
)
# The stop that ends an attribution's sentence: not the point of a civility or an initial ("a déclaré M. Huang",
# "selon Dr. Sylla", "a dit J. Roe").
_NOT_A_CIVILITY = r"(?<!\b[A-Z])(?<!\bMme)(?<!\bDr)"  # before a point: no initial ("M.", "J.") nor civility
_STOP = rf"{_NOT_A_CIVILITY}(?<!\bPr)[.!?…;](?=\s|$)"
_END = rf"\s*(?:{_STOP}|$|(?=[«“\"]))"  # where an attribution after the quotation ends: its sentence, or a quotation
_POST = re.compile(
    # (an aside between the auxiliary and the participle: "…», a, de son côté, interrogé X")
    # (the reader or the journalist as the indirect object first: "…», nous relate X", "…», nous a confié X")
    rf"^\s*,?\s*(?:(?:nous|vous|lui|leur|me)\s+|m[’']\s*|y\s+)?(?P<aux>(?:{_AUX}|s[’']est|s[’']était|se\s+sont|s[’']étaient)(?:\s*,\s*{_ASIDE_TURN}\s*,?)?\s+(?:(?:{_ADVERBS}|{_ASIDE_TURN}|auparavant|à\s+nouveau|de\s+nouveau|(?:tout\s+)?[a-zà-ÿ]{{3,}}ment)\s+){{0,2}}|se\s+)?(?P<fait>fait\s+)?(?:{_SEMI_AUX}\s*)?(?P<verb>{_VERB})"
    # (a locution of saying: "…», a mis en garde X", "met en garde X")
    r"(?P<warned>(?<=\bmis|\bmet)\s+en\s+garde)?"
    # (the manner set off by commas between the verb and the inverted subject: "…», lance, en larmes, une habitante",
    # "…», confie, ému, le maire")
    rf"(?P<manner>\s*,\s*(?!(?:le|la|les|l[’']|un|une|des|du|de|que|qu[’'])\s)[a-zà-ÿ][\w’'-]*(?:\s+[\w’'-]+){{0,5}}\s*,(?=\s))?"
    rf"\s+(?:{_POST_COMPLEMENT}){{0,2}}(?P<speaker>[^«“\"]+?){_END}"
)
_ASIDE = re.compile(r"^\s*,?\s*(?P<aside>sous couvert d[’']anonymat|sous le sceau de l[’']anonymat|en off)\b", re.I)
# (a relative pronoun after "selon" opens a clause, it names no source: "un « baromètre » selon lequel les conditions…")
_POST_SELON = re.compile(
    rf"^\s*,?\s*(?:selon|d[’']après)\s+(?!(?:lequel|laquelle|lesquels|lesquelles|quoi)\b)(?P<speaker>[^«“\"]+?){_END}",
    re.I,
)
_SELON_LATER = re.compile(r"^[^«»“”\".!?;]{0,60},\s*(?:selon|d[’']après)\s", re.I)


# "…» pour Umberto Roe, professeur…": after a quotation, "pour" and a name (or a pronoun) is an attribution, as
# "selon"; not "…» pour les entreprises".
# (or a role and the name in apposition: "…», pour le président du club, Christian Roe.")
_POST_POUR = re.compile(
    rf"^\s*,?\s*pour\s+(?P<speaker>(?:{_NAME_TOKEN}\s+{_NAME_TOKEN}|lui|elle|eux|elles"
    rf"|(?:(?:le|la)\b|l[’'])\s*(?P<role>[a-zà-ÿ][\w-]*)[^,«»“”\"]{{0,80}},\s*{_NAME_TOKEN}\s+{_NAME_TOKEN})\b[^«“\"]*?)"
    rf"{_END}"
)
# "« … », comme l'indique le proviseur X": the clause of conformity ("comme" and the verb of saying, its object
# pronoun standing for the words quoted) names the speaker as an inverted verb would.
_POST_AS = re.compile(r"^\s*,\s*comme\s+(?:l[ea]\s+|l[’']\s*|les\s+)?(?=\S)", re.I)
_POST_BETWEEN = re.compile(
    r"^\s*(?:sur|dans|à|au|aux|en|devant|lors|face|après|avant|depuis|auprès|pendant|durant|malgré|avec|par|vu"
    r"|compte\s+tenu|en\s+raison|à\s+cause|faute|grâce)\s"
    # (the circumstance may be long: "« … » compte tenu des mauvais résultats du parti aux municipales, a-t-il dit")
    r"[^,.;:!?«»“”\"]{1,90}(?=,)"
    # A quotation built into the sentence, which a relative clause ends before the attribution: "« Je suis parti au
    # moment où j'ai perçu les opportunités » que cette technologie apportait, confiait-il".
    r"|^\s*(?:que|qu[’']|qui)\s*[^,.;:!?«»“”\"]{1,100}(?=,)"
)
_SPEAKER_TIME = re.compile(
    # ("…», affirme le comité ce mercredi": the demonstrative with the day)
    rf"\s+(?:(?:ce|cette)\s+(?={WEEKDAYS}\b))?(?:(?:en|début|fin|mi-)\s*{MONTHS}\b|en\s+\d{{4}}\b|{WEEKDAYS}\b"
    r"|hier\b|la\s+semaine\s+dernière\b)"
)
# …and where or on what occasion: "…», s'est targué le chef de l'État devant le parterre d'invités", "…», a dit X
# lors du salon", "…», a rappelé X en marge de la réunion".
_ON_MEDIUM = re.compile(
    r"\s*,?\s+sur\s+(?:[A-ZÀ-ÖØ-Þ]|[a-z]{1,3}[A-ZÀ-ÖØ-Þ])[\w’'&.-]*(?:\s+[A-ZÀ-ÖØ-Þ0-9][\w’'&.-]*){0,3}(?=\s*(?:,|$))"
)
_DEMONSTRATIVE_COMPLEMENT = re.compile(
    r"^(?:(?:le|la)\b|l[’'])\s*(?P<noun>[a-zà-ÿ-]+)\s+(?:de\s+|d[’']\s*)(?:ce|cet|cette|ces)\s+[a-zà-ÿ]", re.I
)
# The press's own trades, whose complement "au magazine X" is the employer ("chroniqueuse au magazine Lire").
_PRESS_ROLES = frozenset(
    "journaliste chroniqueur chroniqueuse éditorialiste rédacteur rédactrice correspondant correspondante reporter "
    "reporteur reporteuse envoyé envoyée pigiste critique animateur animatrice présentateur présentatrice directeur "
    "directrice rédacteur-en-chef photographe dessinateur dessinatrice".split()
)
_TOLD_MEDIUM = re.compile(
    r"\s+auprès\s+d(?:e|u|es|[’'])\s*(?:la\s+|l[’']\s*)?(?=[A-ZÀ-ÖØ-Þ0-9])"
    # (or "à" and the medium's kind: "…, a indiqué la filiale au quotidien économique", "… à la radio RTL")
    # (an epithet of the medium may come first: "au bien nommé quotidien Le Progrès", "au très sérieux journal X")
    r"|\s+(?:au|aux|à\s+la|à\s+l[’'])\s*(?:(?:bien\s+nommée?|très\s+sérieux|très\s+sérieuse|grand|grande|vénérable)\s+)?"
    r"(?:quotidien|journal|magazine|hebdomadaire|mensuel|site|radio|chaîne|micro|presse|journalistes?)\b"
)
# Before whom the words were said, between the verb and the speaker: "…», a accusé devant la presse Jeanne Roe".
_AUDIENCE_OPENING = re.compile(
    r"^(?:devant\s+(?:la\s+presse|les\s+(?:journalistes|médias|caméras|micros|députés|sénateurs|élus|militants)"
    r"|ses\s+(?:partisans|militants|soutiens))|en\s+conférence\s+de\s+presse)\s+(?=[A-ZÀ-ÖØ-Þ]|l[ea]\s|l[’'])"
)
_SPEAKER_OCCASION = re.compile(
    r"\s+(?:devant|lors\s+d(?:e|u|es|[’'])|à\s+l[’']occasion\s+d|en\s+marge\s+d|au\s+cours\s+d|pendant|durant"
    r"|face\s+(?:à|au|aux))\b"
)
# The eve or the morrow of an event, after the speaker's role: "à la veille des Rencontres…", "au lendemain du vote".
_EVE_OF = re.compile(r"\s+(?:à\s+la\s+veille|au\s+lendemain)\s+d(?:e|u|es|[’'])")
# What the speaker did next, after the attribution: "…, a dit X, avant d'ajouter :", "…, a dit X, ajoutant qu'elle…".
_THEN_CUT = re.compile(
    r"\s*,\s*(?:(?:avant|puis)\s+d(?:e\s|[’'])|(?:tout\s+)?(?:en\s+)?(?P<participle>[a-zàâçéèêëîïôûù]{3,}ant)\s+"
    r"(?:que|qu[’']|:|d(?:e\s|[’'])))"
    # a subordinate clause, the journalist's again: "…», explique X, alors que « … »", "…, tandis que…"
    r"|\s*,\s*(?:(?:alors|tandis|bien|parce|pendant|si\s+bien|même\s+si)\s+qu|lorsqu|puisqu|quand\s|car\s|mais\s)"
    # …or with no comma, what the speaker did next: "…, assure cette dernière avant de se montrer mitigée"
    r"|\s+(?:avant\s+d(?:e\s|[’'])|après\s+avoir\s)"
    # …or when it was said, the interviewer's question: "…», indique X quand on lui demande pourquoi…", "…, confie
    # X lorsqu'on l'interroge sur…" (a temporal clause, the circumstance of the words; never the speaker's)
    r"|\s+(?:quand\s|lorsque\s|lorsqu[’'])"
    # …or a gerund, what the speaker did while saying it: "…», a renchéri X en pointant la situation de…"
    r"|\s+(?:tout\s+)?en\s+(?!tant\b)[a-zàâçéèêëîïôûù]{3,}ant\s"
)
_LEADS_ON = frozenset({"avec", "et", "ou", "mais", "puis", "dont", "qui", "en", "pour", "par", "sur", "dans"})


def _other_office(detail: str, known: _Person, any_role: bool = False) -> bool:
    """Whether a description gives its person an office that ``known`` was not described with: its head noun is a
    role ("gérant d'un hôtel") that ``known``'s description does not name ("ministre de l'Intérieur"). ``any_role``:
    a head noun that is no role counts as another office too (a witness's "habitante de…")."""
    head = _DETERMINERS.sub("", detail, count=1).split(" ", 1)[0].strip(",").casefold()
    return (any_role or _role_noun(head)) and not _same_role(head, known.detail)


def _then_cut(speaker: str) -> str:
    """The speaker phrase up to what the speaker did next (:data:`_THEN_CUT`). A role noun shaped as a present
    participle opens an apposition, not a clause: French builds the noun with "de" and its complement ("…, déplore
    Bruno, gérant d'un hôtel", "représentant du personnel"), the participle with a direct object or an infinitive
    ("…, promettant de revenir")."""
    for match in _THEN_CUT.finditer(speaker):
        word = match.group("participle")
        if word is None or _narrating(word):
            return speaker[: match.start()]
    return speaker


FOLLOW_ON_WORDS = 3  # a quotation that goes on after its speaker's attribution, shorter is a label


def _leads_on(clause: str, relative: bool = True) -> bool:
    """Whether a clause after an attribution's comma is the speaker's going on, not a description: it opens with a
    link word or a participle ("avec", "qui ajoute", "invitant à"), not with a role ("consultant chez").
    ``relative``: a relative pronoun counts."""
    first = clause.split()[0].casefold() if clause.split() else ""
    if first in ("qui", "dont"):
        return relative
    return first in _LEADS_ON or (first.endswith("ant") and not _role_noun(first))


_FOR_WHOM_CUT = re.compile(r"\s+(?:pour|selon) qui\s")
_RELATIVE = re.compile(r",\s+(?:qui|dont|lequel|laquelle|lesquels|lesquelles)\s")
_RESTRICTIVE_RELATIVE = re.compile(r"(?<=[a-zà-ÿ])\s+(?:qui|dont)\s")


# Possessive speakers that are people though not a role: "son entourage", "ses proches", "ses créateurs".
_ENTOURAGE = frozenset(
    """
    entourage proche proches équipe équipes cabinet service services avocats créateurs créatrices concepteurs
    conceptrices auteurs autrices géniteurs inventeurs partisans détracteurs défenseurs critiques utilisateurs
    clients lecteurs collaborateurs amis parents
    """.split()
)


_POST_READ = re.compile(
    r"^\s*,?\s*(?:peut|pouvait|pourra)-on\s+(?:lire|entendre)\s+(?:dans|sur)\s+(?P<document>[^,.;:!?«“\"]{3,80})"
)
_OF_ORGANISATION = re.compile(r"\s(?:de|d[’'])\s*(?P<org>[A-ZÀ-ÖØ-Þ][^,.;:!?«“\"]{0,60})$")
_POST_PARENTHESES = re.compile(
    # (the stop of the words' sentence before the brackets, and the signature's own inside them: "« … ». (Claire
    # Roe, directrice générale de Renault.)")
    rf"^\s*\.?\s*\((?P<speaker>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}})(?:\s*,\s*(?P<detail>[^()]{{2,80}}?))?\.?\)"
)


# The same credit, a witness's first name alone: "« … » (Odile)", "« … » (Odile, 52 ans)".
_POST_FIRST_NAME = re.compile(rf"^\s*\((?P<name>{_GIVEN_NAME})(?:\s*,\s*(?P<detail>[^()]{{2,80}}))?\)")
# "« … », c'est par ces mots que X a conclu…": the cleft formula of speaker_line_after, inside the sentence.
_POST_CLEFT = re.compile(
    r"^\s*,\s*(?=c[’']est\s+(?:ainsi|en\s+ces\s+termes|(?:par|avec|sur)\s+ces\s+mots)\s)"
    # the cleft of the relative, after the quotation's sentence or its colon: "« … » C'est ce qu'a déclaré ce mardi
    # X", "« … » : voilà ce qu'a indiqué X"
    r"|^\s*[:.,]?\s*(?=(?:c[’']est|voilà|voici)\s+ce\s+qu)",
    re.I,
)


# block_attribution without a verb, on the quotation's line: "« … », porte-parole de Nvidia, 4 septembre 2025." A
# role with its complement, perhaps the day, and nothing else to the end of the paragraph.
_POST_ROLE_ONLY = re.compile(
    r"^\s*,\s*(?P<role>(?P<noun>[a-zà-ÿ][\w-]*)\s+(?:de|du|des|d[’']|chez)\s*[^,.;:!?«»“”\"]{2,60}?)"
    r"(?:\s*,\s*(?:le\s+)?\d{1,2}(?:er)?\s+[a-zéû]+\.?\s+(?:19|20)\d\d)?\s*\.?\s*$"
)


_QUESTION_AHEAD = re.compile(r"[^.!?«»“”]*\?")


def _post_attribution(after: str, opens: bool = False, marks: bool = True) -> tuple[str, int] | None:
    """The speaker named right after a quotation's closing mark, and where the attribution ends; ``opens``: the
    quotation opens its paragraph (a role alone may sign it then); not ``marks``: ``after`` follows a comma of words
    set off by no closing mark, where only a verb of saying makes an incise."""
    role_only = _POST_ROLE_ONLY.match(after) if opens else None
    if role_only is not None and role_only.group("noun") in ROLE_NOUNS:
        return role_only.group("role"), role_only.end()
    cleft = _POST_CLEFT.match(after)
    said = _SAID_AFTER.match(after[cleft.end()].upper() + after[cleft.end() + 1 :]) if cleft is not None else None
    if cleft is not None and said is not None:
        detail = said.group("detail")
        return said.group("name") + (f", {detail}" if detail else ""), cleft.end() + said.end()
    apposed = _cleft_role_name(after[cleft.end()].upper() + after[cleft.end() + 1 :]) if cleft is not None else None
    if apposed is not None:
        # cleft_after, the role first: "« … » C'est ce qu'a déclaré la présidente de la BCE, Christine Roe"
        person, end = apposed
        return f"{person.name}, {person.detail}", cleft.end() + end
    pronoun = _POST_PRONOUN.match(after)
    if pronoun:
        verb = pronoun.group("verb1") or pronoun.group("verb2") or pronoun.group("verb3")
        fait = pronoun.group("fait1") or pronoun.group("fait2")
        rest = after[pronoun.end() :]
        if is_speech_verb(verb, faire=bool(fait)) or (
            # post_inverted with a verb of no list: after the quotation and its comma, the inverted subject is the
            # incise's ("…», embraye-t-il", "…», a-t-elle requis"); not in a question ("…», tient-il ses promesses ?")
            not fait
            and after.lstrip()[:1] == ","
            and _inverted_incise(verb, participle=bool(pronoun.group("verb1")))
            and not _QUESTION_AHEAD.match(rest)
        ):
            if pronoun.group("same"):
                return pronoun.group("same"), pronoun.end()
            org = pronoun.group("org") or pronoun.group("source")
            if org and not re.search(r"-on\b", pronoun.group(0)) and re.match(r"\s*auprès", pronoun.group("where")):
                # "…», estime-t-elle auprès de Maddyness": whom she told, the medium; "auprès de" names the body
                # that speaks only after the impersonal "on" ("…», indique-t-on auprès de la préfecture")
                return PREVIOUS_SPEAKER, pronoun.start("where")
            if org:  # "explique-t-on chez Meta", "a-t-on appris de source proche du dossier"
                return org.strip(), pronoun.end()
            aside = _ASIDE.match(after[pronoun.end() :])
            if aside:  # "…», confie-t-il, sous couvert d'anonymat": kept as the speaker's description
                return f"{PREVIOUS_SPEAKER}{aside.group('aside')}", pronoun.end() + aside.end()
            if re.search(r"-(?:on|ils|elles)\b", pronoun.group(0)):
                # "…», a-t-on appris": the indefinite "on" (the newsroom, a source) stands for nobody named before;
                # "…», disent-ils": several people, never the one person named last (plural_pronoun)
                return f"{PREVIOUS_SPEAKER} ", pronoun.end()
            return PREVIOUS_SPEAKER, pronoun.end()
    read = _POST_READ.match(after)
    if read:
        # "…», peut-on lire dans le communiqué de Meta": the document's author; a document alone speaks for the
        # organisation named before (see _Context.resolve).
        document = read.group("document").strip()
        author = _OF_ORGANISATION.search(document)
        if author is None and not _document_phrase(document):
            return f"{PREVIOUS_SPEAKER} ", read.end()  # "…, peut-on lire sur l'une des pages": where, not whose
        return (author.group("org").strip() if author else document), read.end()
    credit = _POST_PARENTHESES.match(after)
    if credit and _names_speaker(credit.group("speaker")):
        # "« … » (Paul Roux, PDG d'Ondine)": the attribution in parentheses, as captions and verbatim boxes set it
        return credit.group("speaker").strip() + (
            f", {credit.group('detail')}" if credit.group("detail") else ""
        ), credit.end()
    given = _POST_FIRST_NAME.match(after) if credit is None else None
    witness = _witness(given, "detail") if given is not None else None
    if given is not None and witness is not None:  # (the match, for where the credit ends)
        # witness_signature in brackets: "« … » (Odile, 45 ans)", a vox pop's credit by the first name
        name, detail = witness
        return name + (f", {detail}" if detail else ""), given.end()
    selon = _POST_SELON.match(after) or _POST_POUR.match(after)
    if selon and selon.re is _POST_POUR and selon.group("role") and not _role_noun(selon.group("role")):
        selon = None  # ("…», pour la fête du village, Paul Roe…": no role, no person the words are from)
    if selon:
        return selon.group("speaker").strip(), selon.end()
    conformity = _POST_AS.match(after)
    if conformity:
        rest = _post_attribution(after[conformity.end() :], marks=marks)
        return (rest[0], conformity.end() + rest[1]) if rest is not None else None
    between = _POST_BETWEEN.match(after)
    if between:
        # Words between the quotation and its attribution: "« … » sur le sujet, s'est targué X", "« … » lors de
        # la conférence, a-t-il ajouté". A short complement that opens with a preposition, then a comma.
        rest = _post_attribution(after[between.end() :], marks=marks)
        if rest is not None:
            return rest[0], between.end() + rest[1]
    match = _POST.match(after)
    if match is None:
        return None
    # ("croit savoir X": hearsay told as such, the verb of saying is "croire")
    believes = bool(match.group("believes")) and match.group("verb") == "savoir"
    if (
        not believes
        and not match.group("warned")
        and not is_speech_verb(match.group("verb"), faire=bool(match.group("fait")))
        and not (marks and _inverted_name_incise(after, match))
    ):
        return None
    if not match.group("aux") and not match.group("fait") and re.search(r"é(?:e|s|es)?$", match.group("verb")):
        # A past participle without its auxiliary is a participial apposition to the words quoted, not an
        # inverted verb of saying: "l'alliance « Nova », lancée en mai avec six universités" names a thing.
        return None
    if not match.group("aux") and not match.group("fait") and match.group("verb").endswith("ant"):
        # nor is a present participle: "…", saluant une « avancée »" goes on with the speaker of the words, it
        # names nobody after it (the participle's subject is the sentence's)
        return None
    if match.group("manner"):
        subject = match.group("speaker").strip().split(",")[0]
        witness = _DETERMINERS.sub("", subject, count=1).split(" ", 1)[0].casefold() in _WITNESS_NOUNS
        if not (_names_speaker(subject) or witness):
            return None  # ("…», note, par exemple, la présence des secours": the manner leads to no speaker)
    speaker = _FOR_WHOM_CUT.split(match.group("speaker").strip(), maxsplit=1)[0]  # see _FOR_WHOM
    if after[match.end() : match.end() + 1] in _CLOSERS:
        # The attribution runs on to another quotation: the clause that leads to it is the speaker's going on, no
        # description ("…, prévient X, avec « … »", "…, a dit X, invitant à la prudence dans un « … »").
        head, comma, last = speaker.rpartition(",")
        if comma and _leads_on(last):
            speaker = head.strip()
    speaker = _then_cut(speaker)  # "…, a dit X, avant d'ajouter :": no part of X's description
    audience = _AUDIENCE_OPENING.match(speaker)
    if audience is not None:
        speaker = speaker[audience.end() :]
    occasion_first = _OCCASION_OPENER.match(speaker)
    if occasion_first is not None:
        # the occasion between the verb and its inverted subject: "…", a exposé avant le lancement du sommet le
        # président de la Commission, X": the subject starts at the role that follows it
        role = next(
            (
                m
                for m in _ROLE_IN_LEAD.finditer(speaker, occasion_first.end())
                if _role_noun(speaker[m.end() :].split(" ", 1)[0].strip(","))
            ),
            None,
        )
        if role is not None:
            speaker = speaker[role.start() :].strip()
    opener = _TIME_OPENER.match(speaker)  # "a annoncé ce lundi la secrétaire d'État…": a time before the subject
    when = _SPEAKER_TIME.search(speaker, opener.end() if opener else 0)
    if when is not None and "," not in speaker[: when.start()] and words(speaker[: when.start()])[1:]:
        # "…», a salué le chef de l'État en juin 2025, lors du salon…": when it was said ends the speaker phrase
        speaker = speaker[: when.start()]
    occasion = _SPEAKER_OCCASION.search(speaker)
    if occasion is not None and "," not in speaker[: occasion.start()] and words(speaker[: occasion.start()])[1:]:
        speaker = speaker[: occasion.start()]
    medium = _ON_MEDIUM.search(speaker)
    named_before = speaker[: medium.start()].split() if medium is not None else []
    # (a name of two words at least before it: "Arrêt sur Images" is one name)
    if (
        medium is not None
        and len(named_before) >= 2
        and (medium.group().lstrip()[:1] == "," or named_before[-1][:1].isupper())
    ):
        # "…, a reconnu le secrétaire d'État, Thierry Roe sur iTélé": the channel the words were said on, after the
        # name, is no part of it (after a role it may be its complement: "chroniqueur sur France Inter")
        speaker = speaker[: medium.start()] + speaker[medium.end() :]
    told = _TOLD_MEDIUM.search(speaker)
    held = speaker[: told.start()].split()[-1].casefold() if told is not None else ""
    if told is not None and (
        not _role_noun(held) or (not told.group().lstrip().startswith("auprès") and held not in _PRESS_ROLES)
    ):
        # "…», s'indignent les parents d'élèves auprès de France 3": whom the words were told, a medium; not the
        # office's complement ("le conseiller auprès du Premier ministre"; a medium's kind after "à" is never one:
        # "…, explique le professeur au quotidien Le Progrès")
        speaker = speaker[: told.start()]
    # "…», confie Paul Roux, qui côtoie aussi…": a relative clause after the name describes the speaker; one too
    # long for a description is left out rather than losing the attribution.
    # (a relative clause with no comma, restricting the description's last noun, is cut the same way: "…, homme de
    # confiance du pouvoir qui fait partie des personnes sanctionnées par…")
    relative = _RELATIVE.search(speaker) or _RESTRICTIVE_RELATIVE.search(speaker)
    if relative and len(words(speaker)) > 25:
        speaker = speaker[: relative.start()].strip()
    if len(words(speaker)) > 25 and speaker.count(",") >= 2:
        # "…», croit X, directeur de Current AI, la fondation créée lors du sommet pour financer…": a second
        # apposition too long for a description is the journalist's, the name and the role before it stand
        speaker = ",".join(speaker.split(",")[:2]).strip()
    late = _SPEAKER_OCCASION.search(speaker) or _EVE_OF.search(speaker)
    if len(words(speaker)) > 25 and late is not None and len(words(speaker[: late.start()])) >= 2:
        # (the occasion after the role, however long: "…, a mis en garde X, président du syndicat, à la veille des
        # Rencontres nationales … organisées à Marseille du 30 juin au 1er juillet": when, not who)
        speaker = speaker[: late.start()]
    if not speaker or len(words(speaker)) > 25 or speaker[:1] in ",:":
        return None
    first = speaker.split()[0].casefold()
    # (a capitalised name may open on "qu": "…», a déclaré Quentin Roe")
    if first in ("que", "qu’", "qu'", "de", "à", "sur", "pour", "en", "et", "dans", "avec") or (
        first.startswith("qu") and speaker[:1].islower()
    ):
        return None  # "…» explique que…", "…» dit à…": not an attribution
    if speaker[:1].islower() and first.endswith(("er", "ir", "re", "oir")) and lemma(first) == first:
        return None  # "…», confie avoir une « … »": the verb's infinitive complement, no speaker
    head = speaker.split()[1].strip(",").casefold() if len(speaker.split()) > 1 else ""
    if first in ("son", "sa", "ses", "leur", "leurs") and not (
        _role_noun(head)
        or head in _ENTOURAGE
        or head in _KIN
        or _described_by_noun(speaker.split()[1:])
        # (the civility and the name in apposition after the noun: "son conseil, Me Paul Roe", a lawyer)
        or _CIVIL_NAME_APPOSED.search(speaker) is not None
    ):
        # (a noun then the full name is a person: "…», a concédé son équipier Paul Roe")
        return None  # "… de « champion », note son point fort": "noter" governs a thing, not a speaker
    return speaker, match.end()


# The civility and the full name in apposition, closing the phrase: "…, Me Paul Roe", "…, Mme Anne Roe".
_CIVIL_NAME_APPOSED = re.compile(r",\s*(?:Me|Maître|M\.|Mme|Dr)\s+[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)+\.?$")
# The auxiliaries of an incise's compound tense, a reflexive verb's too: « A, s'est réjoui X, B », « A, s'est-il
# félicité, B ».
_INCISE_AUX = rf"(?:{_AUX}|s[’']est|s[’']était)"
_INCISE = re.compile(
    # « A, selon X. B »: "selon" in the incise instead of a verb of saying (first: "selon" is no verb)
    # (after an exclamation or a question mark, no comma: « Quelle soirée ! s'exclame-t-il. B », its verb in lower
    # case, as French typography sets an incise after "!" or "?")
    # (nor with a verb inverted with its "-t-", which only an incise has: « A raconte-t-il. B », the comma lost)
    r"(?:,\s+|(?<=[!?…])\s+(?=[a-zà-ÿ])|(?<=[a-zà-ÿ])\s+(?=[a-zà-ÿ]+-t-(?:il|elle|ils|elles)\b))"
    r"(?:(?:(?P<selon>selon|d[’']après)\s+(?P<source>[A-ZÀ-ÖØ-Þ][^,.]{1,80}?))"
    rf"|(?:{_INCISE_AUX}-(?:t-)?{_SUBJ}\s+(?:fait\s+)?(?P<verb1>[\w’']+)(?=[^,.«»“”\"]{{0,100}}\.\s+[A-ZÀ-ÖØ-Þ])"
    r"[^,.«»“”\"]{0,100}?"  # "a-t-il expliqué plus tôt cette semaine. B": a complement, up to the stop
    rf"|{_INCISE_AUX}-(?:t-)?{_SUBJ}\s+(?:fait\s+)?(?P<verb4>[\w’']+))"
    # (a reflexive verb's clitic before it: "se souvient-il", "s'exclame-t-elle")
    rf"|(?:(?:se\s+|s[’'])?(?P<verb2>[\w’']+?)(?:-t|\s+-?t)?-{_SUBJ})"
    # incise in a compound tense: « A, a insisté Jeanne Roe, B ».
    # (an adverb after the auxiliary, a time before the speaker: "a tout simplement expliqué hier X")
    # (or "en ce sens", "à ce sujet" after the verb: "a précisé en ce sens X")
    # ("a encore insisté le ministre", "a déjà prévenu X": an adverb of the list between the auxiliary and the verb)
    # (a reflexive verb's clitic before it: "se souvient X")
    rf"|(?:(?:{_INCISE_AUX}\s+(?:(?:(?:tout\s+)?[a-zà-ÿ]+ment|{_ADVERBS})\s+)?)?(?:se\s+)?(?P<verb3>[\w’']+)\s+(?:{_POST_TIME}\s+)?"
    r"(?:(?:en\s+ce\s+sens|dans\s+ce\s+sens|à\s+ce\s+sujet|à\s+ce\s+propos|de\s+son\s+côté|pour\s+sa\s+part"
    # ("témoigne ainsi le Dr X", "résume simplement X")
    # ("explique par exemple Alice", "confie également X": the example or the addition, between verb and speaker)
    r"|ainsi|encore|aussi|alors|même|d[’']emblée|en\s+garde|en\s+avant|par\s+exemple|également|notamment|enfin|déjà"
    r"|[a-zà-ÿ]{3,}ment)\s+)?"
    # the medium the words were given to, between the verb and the speaker, a comma maybe after it ("a confié à
    # 20 Minutes, le président de l'Unef, Paul Roe"): not the speaker
    r"(?:(?:à|au|pour)\s+(?:\d+\s+)?[A-ZÀ-ÖØ-Þ][\w’'-]*"
    r"(?:(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]*)?\s*,\s+(?=l[ea]\s|l[’']|[A-ZÀ-ÖØ-Þ])|\s+(?=l[ea]\s|l[’'])))?"
    # ("met en garde X", "met en avant X": the locution's complement)
    # ("ce dernier", "cette dernière": the person named last, as in an incise after the quotation)
    r"(?P<speaker>(?:[A-ZÀ-ÖØ-Þ]|l[’']|le |la |un |une )[^,]{1,80}?|ce dernier\b|cette dernière\b)))"
    # The incise ends with a comma, or with its sentence: « A, avance le professeur. B » (not after an initial
    # or a civility: "explique M. Roe").
    rf"(?:\s*,\s+|(?P<stop>{_NOT_A_CIVILITY}\.\s+(?=[A-ZÀ-ÖØ-Þ])))"
)


# The name in apposition after a role in an incise, perhaps a complement after it, up to the incise's stop.
_INCISE_NAME = re.compile(
    rf"(?P<name>{_NAME_TOKEN}(?:\s+(?:de\s+|du\s+|[Ll]e\s+|[Ll]a\s+)?{_NAME_TOKEN}){{1,3}})"
    r"(?:(?:\s*,\s*[a-zà-ÿ][^.!?;:,«»“”\"]{0,60})?(?P<stop>\.)\s+(?=[A-ZÀ-ÖØ-Þ«“\"])|\s*,\s+(?=\S))"
)
_ROLE_ARTICLE = re.compile(r"^(?:(?:le|la)\b|l[’'])\s*[a-zà-ÿ]", re.I)
_INCISE_RELATIVE = re.compile(r"(?P<clause>(?:dont|qui)\s[^.!?;:,«»“”\"]{2,100}?),\s+(?=\S)")
_INCISE_ROLE_COMMA = re.compile(r"(?P<role>[a-zà-ÿ][^.!?;:,«»“”\"]{2,100}?),\s+(?=\S)")
# An incise's apposition after the name, up to its stop: never a clause going on with the words quoted (« A, note X,
# c'est la vitesse. B »).
_NOT_A_CLAUSE = (
    r"(?!(?:c[’']est|c[’']était|ce\s+sont|ça|cela|il|elle|ils|elles|on|nous|vous|je|tu|mais|et|car|donc|puis)\s|j[’'])"
)
_INCISE_ROLE = re.compile(_NOT_A_CLAUSE + r"(?P<role>[a-zà-ÿ][^.!?;:«»“”\"]{2,150}?)\.\s+(?=[A-ZÀ-ÖØ-Þ])")
# The same closing the quotation, with no comma: « A, explique X, professeur d'écologie. »
_INCISE_ROLE_LAST = re.compile(_NOT_A_CLAUSE + r"(?P<role>[a-zà-ÿ][^.!?;:,«»“”\"]{2,150}?)\.?\s*$")


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match of ``pattern``, each searched from just after the start of the one before: the closing comma of
    a segment that is no incise ("…, après la tech, estime X, …") may open the incise."""
    match = pattern.search(text)
    while match is not None:
        yield match
        match = pattern.search(text, match.start() + 1)


def _with_stop(head: str) -> str:
    """The words before an incise that ends its sentence, with their stop: an exclamation or a question mark is one."""
    head = head.rstrip(" ,")
    return head if head.endswith(("!", "?", "…", ".")) else head + "."


def _incise(inner: str) -> tuple[str, str, str] | None:
    """« A, poursuit-il, B »: (A, speaker phrase or PREVIOUS_SPEAKER, B)."""
    for match in _overlapping(_INCISE, inner):
        verb = match.group("verb1") or match.group("verb2") or match.group("verb3") or match.group("verb4")
        if match.group("selon"):
            head, tail = inner[: match.start()].strip(), inner[match.end() :].strip()
            if words(head) and words(tail) and _names_speaker(match.group("source")):
                return (_with_stop(head) if match.group("stop") else head), match.group("source"), tail
            continue
        pronoun = not match.group("verb3")  # « A, embraye-t-il, B »: the inverted pronoun makes the incise
        if not is_speech_verb(verb) and not (
            pronoun and _inverted_incise(verb, participle=bool(match.group("verb1") or match.group("verb4")))
        ):
            continue
        head, tail = inner[: match.start()].strip(), inner[match.end() :].strip()
        if not words(head) or len(words(head)) + len(words(tail)) < 3:
            continue
        speaker = match.group("speaker") or PREVIOUS_SPEAKER
        if match.group("stop"):
            return _with_stop(head), speaker, tail
        named = _INCISE_NAME.match(tail) if match.group("speaker") and _ROLE_ARTICLE.match(speaker) else None
        if named is not None and _looks_like_name(named.group("name")):
            # « A, explique le directeur du centre, Paul Roe, en entrevue. B »: the role, then the name in apposition
            # (and what the journalist adds, up to the incise's stop) are the incise's
            head = _with_stop(head) if named.group("stop") else head
            return head, f"{speaker}, {named.group('name')}", tail[named.end() :]
        relative = _INCISE_RELATIVE.match(tail) if match.group("speaker") else None
        if relative is not None:
            # « A, se souvient Jean Roe, dont le commerce est situé rue Nationale, mais B »: the relative clause
            # about the speaker is the incise's; the words go on after it
            return head, f"{speaker}, {relative.group('clause')}", tail[relative.end() :]
        apposition = _INCISE_ROLE.match(tail) if match.group("speaker") else None
        role = _INCISE_ROLE_COMMA.match(tail) if match.group("speaker") and apposition is None else None
        last = _INCISE_ROLE_LAST.match(tail) if apposition is None and role is None and match.group("speaker") else None
        if last is not None and _role_noun(_DETERMINERS.sub("", last.group("role"), count=1).split(" ", 1)[0]):
            apposition = last  # (a role's noun first: not the words going on, "…, a dit X, sinon tout s'arrête.")
        if role is not None and _role_noun(_DETERMINERS.sub("", role.group("role"), count=1).split(" ", 1)[0]):
            # « A, estime Jeanne Roe, directrice de X, et B »: the role in apposition between commas is the incise's
            return head, f"{speaker}, {_DETERMINERS.sub('', role.group('role'), count=1)}", tail[role.end() :]
        if apposition is not None:
            # « A, rappelle Jeanne Roe, présidente de X. B »: the role in apposition ends the incise's sentence; the
            # quotation goes on after it.
            speaker = f"{speaker}, {_DETERMINERS.sub('', apposition.group('role'), count=1)}"
            head, tail = _with_stop(head), tail[apposition.end() :]
        return head, speaker, tail
    return None


# "selon X", "d'après X", "à en croire X", and "comme l'explique X" (comme + a verb of saying, its object the
# pronoun l'), each before the quotation.
_SELON = re.compile(
    # (the neuter pronoun whole before a consonant, "comme le relève X", and a compound tense: "comme l'a dit X")
    r"(?:^|[,;]\s*|\s)(?:selon|d[’']après|à en croire|comme\s+(?:l[’']\s*(?:a\s+|avait\s+)?|le\s+)(?P<verb>[\w’']+))"
    r"\s+(?P<speaker>[^,«“\"]+?)"
    # (the role, and where the words were reported: "comme l'explique X, enseignant à l'IFM, cité dans…")
    rf"(?:\s*,\s*(?P<detail>[^,«“\"]+)(?:\s*,\s*(?:{_REPORTED_WORDS})\b[^,«“\"]*)?)?$",
    re.I,
)
# A noun phrase opening what follows "selon X,": its noun, after an adjective of the office perhaps ("l'ancien
# ministre" describes X; "son élection marque…" is the clause).
_SUBJECT_OPENING = re.compile(
    r"^(?:son|sa|ses|leur|leurs|le|la|les|l[’']|un|une|des|ce|cet|cette|ces)\s*"
    r"(?:(?:ancien|ancienne|nouveau|nouvelle|actuel|actuelle|jeune|futur|future|ex)[\s-]+)?"
    r"(?P<noun>[a-zà-ÿ-]+)\s+[a-zà-ÿ]",
    re.I,
)
# Connective nouns that may open a sentence before "pour" and the person whose view follows: "Conclusion pour
# Paul Roe, « … »".
_CONNECTIVE_BEFORE_POUR = "conclusion|bilan|verdict|constat"
_POUR = re.compile(
    rf"^(?:(?:{_CONNECTIVE_BEFORE_POUR})\s+)?pour\s+(?P<speaker>[^,]+?)(?:\s*,\s*(?P<detail>[^,]+?))?\s*,\s+\S.*$",
    re.I,
)
_PARTICIPLE = re.compile(rf"(?:^|,\s*|\s)(?:en\s+)?(?P<verb>[\w’']+ant)(?:\s+{_ADVERBS})?$", re.I)
_THEN_INFINITIVE = re.compile(r"[»”\"][^«“\"]*,\s*(?:avant|puis)\s+d(?:e\s+|[’'])(?P<verb>[\w’']+)$")
# Words that only ever stand before a noun (the article "le" may be an object pronoun: "X le juge sévèrement").
_ONLY_DETERMINERS = frozenset("un une des du sa son ses leur leurs cette ce cet ces".split())
# Words that make the word after them an infinitive ("de réagir", "à dire", "d'ajouter") or a noun ("une attaque").
_NOT_VERB_BEFORE = frozenset("de d à pour un une le la les l des du sa son ses leur leurs cette ce cet ces".split())
# A verb and the "que" of the clause it governs: "a assuré que", "estime qu'".
_VERB_THAT = re.compile(r"(?<![\w’'-])(?P<verb>[a-zà-ÿ][\w-]*)\s+qu(?:e\s|[’'])")
_INFINITIVE = re.compile(r"^(?:et\s+)?(?:(?P<who>[^,]+?)\s+)?d(?:e\s+|[’'])(?P<verb>[\w’']+)$", re.I)
_TRAIL = re.compile(
    rf"(?:\s+|(?<=[’']))(?:(?:{_AUX}|ne|n[’']a|s[’']est|se|s[’']|le|la|l[’']|les|lui|leur|nous|vous|me|m[’']|y|en)"
    rf"(?:\s+|(?<=[’'])))*(?:{_ADVERBS}\s+)*(?:fait\s+)?$|^\s*(?:fait\s+)$",
    re.I,
)


@dataclass(frozen=True)
class Intro:
    """What stands before a quotation: the speaker phrase, or PREVIOUS_SPEAKER / the sentence subject."""

    speaker: str
    detail: str = ""
    # The words before attribute the quoted words themselves, however short: a verb of judgement right before them
    # ("a jugé « exagérées »"), "selon l'expression de X", a copula in reported speech ("… étaient « exagérées »").
    short: bool = False
    # The quoted words follow a determiner in the clause the attribution governs ("Selon X, la start-up prépare un
    # « guide du pêcheur »"): a label unless they read as a quotation ("Selon X, son pays est un « pionnier de l'IA
    # avec une stratégie dédiée… »").
    label: bool = False


_ON_AT = re.compile(
    r"(?:^|[\s,;])(?:[Cc]hez|[Dd]u côté de|[Aa]u sein de|[Dd]ans l[’']entourage de)\s+"
    r"(?P<org>[A-ZÀ-ÖØ-Þ][^,«“\"]{0,60}?)"
    r"\s*,\s*on\s+(?:[\w’']+\s+){0,2}?(?P<verb>[\w’']+)$"
)


_INVERTED_AUX_END = re.compile(rf"(?:^|[\s,])(?:{_AUX}|s[’']est)-(?:t-)?{_SUBJ}$")


_INVERTED_BEFORE = re.compile(
    r",\s*(?P<verb>[a-zà-ÿ][\w’']+)\s+"
    # (an adjective before the noun: "poursuit le premier magistrat", "ajoute la jeune femme")
    r"(?P<speaker>(?:le|la|l[’']|son|sa)\s*(?:(?:premier|première|jeune|nouveau|nouvelle|ancien|ancienne)\s+)?"
    rf"[a-zà-ÿ][\w-]*(?:\s+(?:de|du|des|d[’'])\s*[\w’'-]+)?|{_NAME_RUN})\s*$"
)
# Verbs of saying that take no person as their object, in the present: inverted after the journalist's words, they
# make an incise even when the copy lost the comma before them ("…à un tel choc explique le maire, X :").
_OBJECTLESS_SAYING = "explique|raconte|précise|indique|souligne|ajoute|poursuit|résume|détaille|témoigne"
# The same incise closing a sentence that a colon ends, the name perhaps in apposition after the role: "Le choc est
# immense, explique le maire, Paul Roe : « … »" (incise_colon).
_INVERTED_BEFORE_COLON = re.compile(
    # (when it was said may come between the verb and the role: "…, a indiqué lundi le ministre de l'Économie X :")
    # (a compound tense too: "…, a expliqué le maire, X :")
    # (the comma before the verb left out, as copy sometimes does, with a verb that takes no person as its object:
    # "…à un tel phénomène explique le maire, X :")
    rf"(?:,\s*|\s+(?=(?:{_OBJECTLESS_SAYING})\s))"
    rf"(?:{_AUX}\s+(?:{_ADVERBS}\s+)?)?(?P<verb>[a-zà-ÿ][\w’']+)\s+(?:{_POST_TIME}\s+)?"
    r"(?P<role>(?:(?:le|la)\b|l[’'])\s*[a-zà-ÿ][\w-]*(?:\s+(?:de\s+la|de\s+l[’']|de|du|des|d[’'])\s*[\w’'-]+)*)"
    rf"\s*,?\s*(?P<speaker>{_NAME_RUN})"
    # (and the medium the words were given to, after the name: "… X au micro de RMC :", "… X sur France Inter :")
    r"(?:\s*,?\s+(?:(?:au\s+micro|à\s+l[’']antenne|sur\s+le\s+plateau|dans\s+les\s+colonnes)\s+(?:de\s+la\s+|de\s+l[’']"
    r"|du\s+|des\s+|de\s+|d[’'])|(?:sur|à|au)\s+(?=[A-ZÀ-ÖØ-Þ]))[^,:;«»“”\"]{1,40}?)?"
    rf"\s*,?(?:\s*{_POST_TIME})?\s*$"
)
# cleft_subject with a person's noun: "C'est un soignant qui lâche le morceau", "C'était alors la présidente du
# club qui répondait".
_CLEFT_NOUN_PHRASE = re.compile(
    r"^C[’'](?:est|était)\s+(?:(?:aussi|alors|d[’']abord|encore|enfin|justement)\s+)?"
    r"(?P<np>(?:(?:un|une|le|la|cet|cette|ce)\s+|l[’']\s*)(?P<noun>[a-zà-ÿ][\w-]*)[^,:;«»“”\"]{0,60}?)"
    r"\s+qui\s+[a-zà-ÿ][^«»“”\"]*$"
)
# A noun of words and its complement, whose words they are, the clause's predicate perhaps after it: "le cri du
# cœur d'une infirmière", "Les mots, aussi, de cette aide-soignante", "Le constat du maire est amer".
_SPEECH_NOUN_OF = re.compile(
    # (with no article opening the sentence, as a hearing's report sets the exchanges: "Réponse de l'accusé :",
    # "Question du président à l'expert :")
    r"(?:(?:^|[\s,;])(?:le|la|les|l[’']|ce|cet|cette|ces)\s*|^)"
    r"(?:cri|mots|propos|témoignage|constat|réaction|réponse|analyse|explication|avertissement|confidences?|colère"
    r"|regrets?|souhait|espoir|inquiétude|verdict|conseil|credo|crédo|leitmotiv|mot\s+d[’']ordre|question|réplique)"
    r"(?:\s+du\s+cœur)?(?:\s*,\s*[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+)?\s*,)?\s*"
    r"(?P<prep>de\s+|du\s+|d[’']\s*)(?P<np>[^,:;«»“”\"]{2,60}?)(?:\s+(?:à|au|aux)\s+[^,:;«»“”\"]{2,40})?"
    r"(?:\s*,\s*(?P<detail>[^,:;«»“”\"]{2,60}?))?"
    r"(?:\s+(?:est|était|sont|reste|restait|ne\s+se|se\s+veut|tombe|tombait|a\s+été|fuse|fusait)\b[^«»“”\"]*)?$",
    re.I,
)
# The causative of saying and its indirect object, the speaker, up to the words: "Ce qui fait dire à Paul Roe, …",
# "De quoi faire dire au maire".
_MADE_TO_SAY = re.compile(
    r"\b(?:fai(?:s|t|re|sait|saient)|font|fer(?:a|ont|ait|aient)|(?:a|ont|avait|avaient)\s+fait)\s+"
    r"(?:aussi\s+|encore\s+|souvent\s+|même\s+)?dire\s+(?P<prep>à|au|aux)\s+(?P<speaker>[^:;!?«»]+?)\s*$",
    re.I,
)
# ("…, ce à quoi Paul Roe a répondu : « … »": the answer's relative, its subject the speaker)
_WHAT_RELATIVE = re.compile(r"(?:^|[,;]\s*)ce\s+(?:qu(?:e\s+|[’']\s*)|à\s+quoi\s+)(?=[A-ZÀ-ÖØ-Þ]|l[ea]\s|l[’'])")


# A participle or an infinitive alone before a colon, the speaker going on: "Tout en ajoutant", "Avant de conclure".
_GOING_ON = re.compile(
    r"^(?:(?:[Tt]out\s+)?[Ee]n\s+(?P<participle>[a-zà-ÿ]+ant)|(?:[Aa]vant|[Pp]uis|[Ee]t|[Aa]fin)\s+d(?:e\s+|[’']\s*)"
    r"(?P<infinitive>[a-zà-ÿ]+))\s*$"
)
_CONNECTIVE_OPENING = re.compile(r"^(?P<word>[A-ZÀ-ÖØ-Þ][a-zà-ÿ’']+)\s*,\s+(?=\S)")
_SIDE_OF = re.compile(r"^(?:[Dd]u\s+côté\s+(?:de\s+|d[’']\s*)|[Cc]ôté\s+)(?P<who>[^,.;:!?«»“”\"]{3,50}),\s+\S")
_CONJUNCTION_OPENING = re.compile(
    r"^(?:Mais|Or|Pourtant|Puis|Alors|Cependant)\s+(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ]|(?:le|la|les|un|une)\s|l[’']\s*\w)"
)
_TURN_DASH = re.compile(r"^[-–—]\s*(?=[A-ZÀ-ÖØ-Þ])")
_ANSWER_LABEL = re.compile(r"^(?:R|RÉP|RÉPONSE|REPONSE|Réponse|Rép)\.?$")


# A verb the subject chose to say with: "a tenu à préciser", "a voulu rappeler", "a souhaité souligner".
_CHOSEN = r"tenu|tient|tiennent|voulu|veut|souhaité|souhaite|choisi|pris\s+soin"
# (or tried to: "X tente de rassurer", "cherche à convaincre", "s'efforce de minimiser" (semi_auxiliary))
_CHOSE_TO = re.compile(
    rf"\s(?:(?:a|avait|ont|avaient)\s+)?(?:{_CHOSEN}|veulent|souhaitent|choisit|préféré|préfère|prend\s+soin"
    r"|tente|tentait|tenté|essaie|essaye|essayait|essayé|cherche|cherchait|cherché|s[’']\s*efforce|s[’']\s*efforçait"
    r"|entend|entendait)"
    r"(?:\s+(?:à|de)|\s+d[’']|\s*$)\s*$"
)
_ADJECTIVE_BEFORE_NAME = re.compile(
    r"^\s*(?:(?:[Ll]e|[Ll]a)\b|[Ll][’'])\s*(?P<adjective>jeune|petit|petite|vieux|vieille|vieil|célèbre|regretté|regrettée"
    r"|défunt|défunte)\s+(?=(?P<first>[A-ZÀ-ÖØ-Þ][\w’'-]+)(?P<more>\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)?)"
)
# The elided article and a role before a name at a sentence's start: "L'ingénieure Anne Roe a…" (_Context._scan).
_ELIDED_ROLE_BEFORE_NAME = re.compile(r"^[Ll][’']\s*(?P<role>[a-zà-ÿ][\w-]*)\s+(?=[A-ZÀ-ÖØ-Þ])")
_NAME_THEN_BRACKETED_ROLE = re.compile(r"^(?P<name>[^()«»“”\"]{3,60}?)\s*\((?P<role>[^()«»“”\"]{2,80})\)$")


# Words ending with a closing mark whose opening mark lies before them: a sentence cut inside a quotation.
_INSIDE_QUOTATION_END = re.compile(r"^[^«“]*[»”]\s*,?\s*$")


# A participle of addressing someone, its complement, and nothing else: "S'adressant au prévenu", "Se tournant vers la
# salle", "Interpellant le ministre", "Fixant les jurés".
_ADDRESSING_ALONE = re.compile(
    r"^(?:(?:Puis|Enfin|Et)\s*,?\s+)?(?:S[’']adressant|Se\s+(?:re)?tournant|Interpellant|Apostrophant|Fixant|Regardant"
    r"|Répondant|Haranguant"
    # (the narrative infinitive of it: "Et de s'adresser à Paul Roe :", "Puis de se tourner vers le préfet :")
    r"|(?:Puis|Et|Avant|Enfin)\s+de\s+(?:s[’']adresser|se\s+(?:re)?tourner|interpeller|apostropher|fixer|regarder))"
    r"\b[^,:;«»“”\"]{0,80}$",
    re.I,
)


# A witness's first name and one apposition closing a lead-in to a colon: "…, Éliane, hôtelière dans le village".
_WITNESS_CLOSING_LEAD = re.compile(
    rf"(?<![\w’'-])(?P<name>{_GIVEN_NAME})\s*,\s*(?P<detail>[a-zà-ÿ][^,:;«»“”\"]{{2,80}})$"
)
# One person named as an instance of the group before, closing a lead-in to a colon: "…, comme Paul Roe", "…, à
# l'image de Léa, 19 ans", "…, tel Marc Roe".
_EXAMPLE_CLOSING = re.compile(
    r",\s*(?:comme|à\s+l[’'](?:image|instar)\s+(?:de\s+|d[’']\s*)|tel|telle)\s+"
    r"(?P<who>[A-ZÀ-ÖØ-Þ][^,:;«»“”\"]{1,60}?)(?:\s*,\s*(?P<detail>[^,:;«»“”\"]{2,80}))?$"
)
# "avec X aux manettes", "avec X à la barre": the person in charge, at the end of a lead-in to a colon.
_AT_THE_HELM = re.compile(
    rf"\bavec\s+(?P<name>{_GIVEN_NAME}(?:\s+{_NAME_TOKEN})?)\s+(?:aux?|à\s+la|à\s+l[’'])\s*"
    r"(?:manettes|commandes|fourneaux|barre|micro|volant|caisse|cuisine|baguette|tête\s+du\s+\w+)$"
)


def _speaker_after_preposition(preposition: str, phrase: str) -> str | None:
    """The speaker a preposition's complement names ("d'une infirmière", "à Paul Roe", "du maire", "au maire"): the
    article "le" the contraction holds given back; None unless a person named or described, or a body."""
    who = phrase.strip()
    who = "le " + who if preposition.strip().casefold() in ("du", "au") else who
    return (
        who if _names_speaker(who) and (_is_full_name(who) or is_first_name(who) or _DETERMINERS.match(who)) else None
    )


def _role_opens(clause: str) -> bool:
    """Whether ``clause`` opens on a definite role, its subject ("Le juge se tourne vers Omar, 60 ans", "La présidente
    interroge Lina, 19 ans"): the witness named after it is the one addressed, not the one who speaks."""
    words_after = _DETERMINERS.sub("", clause.strip(), count=1).split()
    return _DEFINITE.match(clause.strip()) is not None and bool(words_after) and _role_noun(words_after[0])


def intro_attribution(intro: str, colon: bool) -> Intro | None:
    """The speaker named by the words just before a quotation, in the same sentence.

    ``intro`` ends where the quotation starts, without its ':', 'que' or ','.
    ``colon`` tells whether a colon introduced the quotation: only then may
    words follow the verb ("X a déclaré à la presse : « … »") or the speaker
    stand alone ("Jeanne Martin, directrice de X : « … »").
    """
    # (the turn of a report to its next speaker, "quant à elle", "de son côté", is an aside: its pronoun is no
    # subject, "Merkel a quant à elle déclaré : « … »" is Merkel's)
    intro = _ASIDE_OPENING.sub("", _ASIDE_IN_CLAUSE.sub(" ", _PICTURE_POINTER.sub("", intro)).strip(), count=1)
    if colon:
        # the dash of a transcript's turn before the speaker's name: "– Jeanne Roe : « … »" (interview_turn)
        intro = _TURN_DASH.sub("", intro, count=1)
    if colon and re.fullmatch(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+", intro) and is_french_word(intro) and not is_first_name(intro):
        return None  # a discourse label before the colon ("Conséquence : « … »", "Résultat :"): nobody named
    label = _CONNECTIVE_LABEL.match(intro)
    if label is not None and label.group("noun").casefold() in _CONNECTIVE_NOUNS:
        return None  # connective_noun, with its article or its comma: "L'objectif : « … »", "Résultat, ses fours…"
    going_on = _GOING_ON.match(intro) if colon else None
    if going_on is not None and is_speech_verb(going_on.group("participle") or going_on.group("infinitive")):
        # the speaker goes on, by a participle or an infinitive of saying alone before the colon: "Tout en
        # ajoutant : « … »", "Avant de conclure : « … »", "Et de poursuivre : « … »"
        return Intro(PREVIOUS_SPEAKER)
    if colon and _ADDRESSING_ALONE.match(intro):
        # the speaker goes on, turned to someone: a participle of addressing with no subject before the colon
        # ("S'adressant au prévenu : « … »", "Se tournant vers la salle : « … »"), the subject the person in focus
        return Intro(PREVIOUS_SPEAKER)
    turn = _turned_to(intro + " :") if colon else None
    if turn is not None:
        return Intro(*turn)  # "Même son de cloche chez Jeanne Roe, fleuriste : « … »": the transition to the witness
    closing = _WITNESS_CLOSING_LEAD.search(intro) if colon else None
    if (
        closing is not None
        and is_first_name(closing.group("name"))
        and _witness_apposition(closing.group("detail"))
        and not any(is_first_name(word) for word in _CAPITALISED_TOKEN.findall(intro[: closing.start("name")]))
        and not _role_opens(intro[: closing.start("name")])
    ):
        # witness_closing_lead: the witness and her apposition close the clause before the colon, no other person
        # named in it ("Cela ne réjouit pas non plus Éliane, hôtelière dans le village : « … »"): her words
        return Intro(closing.group("name"), closing.group("detail").strip())
    helm = _AT_THE_HELM.search(intro) if colon else None
    if helm is not None and is_first_name(helm.group("name").split()[0]):
        # at_the_helm: "…, avec Clotilde aux manettes : « … »", the person a report puts in charge as it turns to her
        return Intro(helm.group("name"))
    example = _EXAMPLE_CLOSING.search(intro) if colon else None
    if example is not None and _is_person_named(example.group("who")):
        # example_closing_lead: a group, then one of them named by "comme" just before the colon ("Les habitués
        # suivent les épreuves avec passion, comme Paul Roe : « … »", "à l'image de Léa, 19 ans :"): the one named
        return Intro(example.group("who"), (example.group("detail") or "").strip())
    fronted = _FRONTED_CLAUSE.match(intro)
    if (
        fronted is not None
        and intro[fronted.end() :].strip()
        and not any(is_speech_verb(word) for word in words(intro[: fronted.end()]))
    ):
        # subordinate_first: a clause of time or cause fronted up to its comma names no speaker ("Quand Florence est
        # arrivée, Josiane a dit : « … »"); the main clause after it does (not "Comme l'explique X, …": its verb)
        intro = intro[fronted.end() :].strip()
    connective = _CONNECTIVE_OPENING.match(intro)
    if connective is not None and connective.group("word").casefold() in _OPENERS:
        intro = intro[connective.end() :]  # "Pourtant, Alexandre Roe remet en question… :": the adverb is no name
    # (a conjunction with no comma before the subject: "Mais Jean Roe tient à rappeler que … : « … »")
    intro = _CONJUNCTION_OPENING.sub("", intro, count=1)
    if not intro:
        return None
    cleft = _CLEFT_NOUN_PHRASE.match(intro) if colon else None
    noun = cleft.group("noun").casefold() if cleft is not None else ""
    if cleft is not None and (_person_noun(noun) or noun in _PERSON_NOUNS_IN_ANT):
        # cleft_subject with a noun phrase: "C'est un soignant qui lâche le morceau : « … »", "C'est une infirmière
        # qui témoigne :": whatever the verb, the cleft puts the speaker first
        return Intro(cleft.group("np"))
    words_noun = _SPEECH_NOUN_OF.search(intro) if colon else None
    if words_noun is not None:
        # speech_noun_of: a noun of words and whose they are, before the colon ("C'est le cri du cœur d'une
        # infirmière : « … »", "Les mots, aussi, de cette aide-soignante :", "Le constat du maire est amer :")
        who = _speaker_after_preposition(words_noun.group("prep"), words_noun.group("np"))
        if who is not None:
            return Intro(who, (words_noun.group("detail") or "").strip())
    made = _MADE_TO_SAY.search(intro)
    if made is not None:
        # made_to_say: the causative "faire dire à" gives the words to its indirect object ("Ce qui fait dire à
        # Bernard Roe, bénévole de la station : « … »", "De quoi faire dire au maire que « … »")
        phrase, _, detail = made.group("speaker").partition(",")
        who = _speaker_after_preposition(made.group("prep"), phrase)
        if who is not None:
            return Intro(who, detail.strip())
    relative = _WHAT_RELATIVE.search(intro) if colon else None
    if relative is not None:
        # "…, ce qu'Antoine Roe a résumé par la formule : « … »": the relative clause holds the attribution
        intro = intro[relative.end() :]
    where = list(_WHERE_RELATIVE.finditer(intro))
    if where:
        # "Même constat au refuge, où une salariée confie que « … »": the relative clause of place holds the verb
        # of saying and its subject
        intro = intro[where[-1].end() :]
    at = _ON_AT.search(intro)
    if at and is_speech_verb(at.group("verb")):
        # "Chez Mistral, on assure que « … »", "Du côté de Meta, on affirme : « … »": "on" speaks for the organisation
        return Intro(at.group("org").strip())
    inverted = _INVERTED_BEFORE.search(intro)
    if colon and inverted is None:
        apposed = _INVERTED_BEFORE_COLON.search(intro)
        if apposed is not None and is_speech_verb(apposed.group("verb")) and _is_full_name(apposed.group("speaker")):
            return Intro(apposed.group("speaker"), _DETERMINERS.sub("", apposed.group("role"), count=1))
    if inverted is not None and is_speech_verb(inverted.group("verb")) and _names_speaker(inverted.group("speaker")):
        # incise_before: the attribution set as an incise before the words, "À l'institut, poursuit son directeur,
        # « … »" (the possessive takes up the person so described, as "le directeur" would)
        speaker = re.sub(r"^son\s+", "le ", re.sub(r"^sa\s+", "la ", inverted.group("speaker")))
        return Intro(speaker)
    words_of = _WORDS_OF_BEFORE.search(intro)
    if words_of and _names_speaker(words_of.group("speaker").strip()):
        detail = (words_of.group("detail") or "").strip()
        role = _DETERMINERS.sub("", words_of.group("speaker").strip(), count=1)
        if detail and _is_full_name(detail) and _role_noun(role.split(" ", 1)[0]):
            # the role, then the name in apposition: "comme le dit le commissaire à la transparence, Vera Roe : « … »"
            return Intro(detail, role, short=True)
        kept: list[str] = []
        for part in detail.split(","):
            part = part.strip()
            first = part.split(" ", 1)[0]
            if not first or _clause_verb(first) or _PREDICATE_START.match(part):
                break  # "Le modèle, comme l'a expliqué X, reste « … »": the sentence goes on, no description
            if _REPORTED_OPENING.match(part):
                break  # "…, cité par un magazine": where the words were reported describes no one
            if any(_clause_verb(w) for w in words(part)[1:]) and not re.search(r"\b(?:qui|dont|que)\b", part):
                break  # "…, cette initiative est cruciale : « … »": the journalist's own clause, not a description
            kept.append(part)
        return Intro(words_of.group("speaker").strip(), ", ".join(kept), short=True)
    side = _SIDE_OF.match(intro) if colon else None
    if side is not None and _looks_like_full_name(side.group("who")):
        # "Du côté de Jeanne Roe, c'était la soupe à la grimace : « … »": the side the sentence turns to speaks,
        # as in round-ups of reactions (the organisation's "on" is _ON_AT's)
        return Intro(side.group("who").strip())
    if colon:
        interview = _INTERVIEW.match(intro)
        if interview and _names_speaker(interview.group("who").partition(",")[0].strip()):
            who, _, detail = interview.group("who").partition(",")
            return Intro(who.strip(), detail.strip())
        # "C'est le cas d'Elon Roe qui avait tweeté début janvier : « … »": the person the relative is about
        relative = _relative_speaker(intro, judging=False)
        if relative is not None:
            return relative
        # (the subject inverted in a relative clause ending the lead-in: "Une performance qu'ignorait Christophe
        # Roe à l'arrivée : « … »")
        inverted_relative = _INVERTED_RELATIVE.search(intro)
        if inverted_relative is not None and _is_full_name(inverted_relative.group("speaker")):
            return Intro(inverted_relative.group("speaker"), inverted_relative.group("detail") or "")
        # relative_before_colon: the person named, perhaps described, then a relative clause up to the colon
        # ("Cela est arrivé aussi à Jacqueline, qui déplore un manque d'informations : « … »"): the antecedent's words
        who = _WHO_THEN_COLON.search(intro)
        if who is not None and (_is_full_name(who.group("who")) or is_first_name(who.group("who"))):
            return Intro(who.group("who"), (who.group("detail") or "").strip())
        # apposed_before_colon: a verbless lead-in whose last words, after a comma, name a person in full ("Même
        # ressenti du côté du maire de X et président de Y, Dominique Roe : « … »", "Réaction du syndicat, Paul Roe :"):
        # that person speaks, however long the lead-in
        apposed_name = _NAME_BEFORE_COLON.search(intro)
        if (
            apposed_name is not None
            and _is_full_name(apposed_name.group("who"))
            and is_first_name(apposed_name.group("who").split()[0])
            and not any(_finite_verb(w) for w in words(intro[: apposed_name.start()]))
        ):
            # (the role the lead-in gives, from its first role noun: "maire de X et président de Y")
            lead = intro[: apposed_name.start()]
            role = next(
                (lead[m.end() :] for m in _ROLE_IN_LEAD.finditer(lead) if _role_noun(lead[m.end() :].split()[0])), ""
            )
            return Intro(apposed_name.group("who"), " ".join(role.split()))
    else:
        qualify = _QUALIFY.search(intro)
        if qualify and qualify.group("verb").endswith("ant"):
            # participle: "X, PDG de Y, est un partisan de l'IA ouverte, la qualifiant de « voie à suivre »": the
            # main clause's subject labels it
            found = _subject(_sentence_of(intro[: qualify.start("verb")]))
            if found is not None:
                return Intro(found.speaker, found.detail, short=True)
        elif qualify and not (
            qualify.group("aux") and not qualify.group("object") and _THAT_CLAUSE_END.search(intro[: qualify.start()])
        ):
            # (after the compound past with no object before "de", the object of a relative pronoun: "ce que X a
            # qualifié d'« arsenal »" labels the thing "que" stands for, a scare quote, as the seeds annotate it)
            subject = _judge_subject(intro[: qualify.start("verb")])
            if subject is not None:
                return subject
        judging = _JUDGING_OBJECT.search(intro)
        if judging is not None and _JUDGEMENT.intersection(_verb_candidates(judging.group("verb").casefold())):
            # participle: "L'administration a menacé l'UE, jugeant le règlement « discriminatoire »": the main
            # clause's subject judges the thing named between the participle and the words
            clause = _sentence_of(intro[: judging.start("verb")])
            found = _subject(clause)
            if found is not None:
                return Intro(found.speaker, found.detail, short=True)
            body = _BODY_SUBJECT.match(clause.strip())
            if body is not None and body.group("noun").casefold() in _INSTITUTIONS:
                # a body named by a common noun: "Le syndicat des enseignants a quitté la réunion, jugeant…"
                return Intro(body.group("np"), short=True)
        # partial_governed: the person the relative clause is about says or judges the words ("…, salué par
        # Emmanuel Roe, qui dénonce pourtant « une dépendance dangereuse »")
        relative = _relative_speaker(intro, judging=True)
        if relative is not None:
            return relative
        labelled = _WHO_LABELLED.search(intro)
        if labelled is not None and _names_speaker(labelled.group("who")):
            # "…des investisseurs comme Marc Roe, qui l'a qualifiée de « percée impressionnante »": the person the
            # relative clause is about labelled it (partial_governed)
            return Intro(labelled.group("who"), short=True)
    selon = _SELON.search(intro)
    if selon and selon.group("verb") and not is_speech_verb(selon.group("verb")):
        selon = None  # "comme l'a montré X": not a verb of saying
    # "selon elle permettre de « … »": the pronoun is the speaker, the words after it are the sentence's (_governed).
    if selon and _names_speaker(selon.group("speaker").strip()):
        detail = selon.group("detail") or ""
        role = selon.group("speaker").strip()
        if (
            _DETERMINERS.match(role)
            and _role_noun(_DETERMINERS.sub("", role, count=1).split()[0])
            and _is_full_name(detail.strip())
            and all(token[:1].isupper() for token in detail.split())  # not "…, l'IA permettrait"
        ):
            # "Selon la ministre chargée du numérique, Clara Roy, « … »": the role, then the name in apposition
            return Intro(detail.strip(), _DETERMINERS.sub("", role, count=1))
        # "Selon X, un moment est proche. « … »": a sentence after the name is the journalist's, not a description;
        # so is the clause the quotation ends ("Selon le fondateur de Facebook, l'IA permettrait « … »")
        # (or a noun phrase that is no role opening it, the clause's subject: "D'après X, son élection marque « … »")
        opening = _SUBJECT_OPENING.match(detail.strip())
        clause = (
            detail.rstrip()[-1:] in ".!?…"
            or (
                not re.search(r"\b(?:qui|dont|que)\b", detail)
                and any(_finite_verb(w) or _finite_form(w) for w in words(detail)[1:])
            )
            # (the clause's verb right after the comma: "La réforme, selon elle, va « dans le mur »")
            or (len(words(detail)) == 1 and _finite_verb(detail.strip()) and not _role_noun(detail.strip()))
            or (
                opening is not None
                and not _role_noun(opening.group("noun").casefold())
                and _ONE_OF.match(detail.strip()) is None  # ("un des fondateurs de Y": one of a group, a role)
            )
        )
        # partial_governed: the words quoted in the clause that "selon X" governs are X's, however short; after a
        # determiner, only words that read as a quotation (see Intro.label)
        # (not after a copula: "Selon X, le projet est un « fardeau colossal »": the attribute is X's judgement)
        after_determiner = bool(_ENDS_WITH_DETERMINER.search(intro)) and not _COPULA_ARTICLE_END.search(intro)
        if _ENDS_WITH_DETERMINER.search(detail):
            detail = ""  # "Selon X, c'est une « … »": the words before the quotation are no description
        reported = intro_attribution(detail, colon=True) if colon and clause and detail.strip() else None
        if reported is not None and reported.speaker != PREVIOUS_SPEAKER and _names_speaker(reported.speaker):
            # selon_reporting: "Selon Fars News, Trump a déclaré : « … »": "selon" names whoever reports it; the
            # clause's subject, with its verb of saying before the colon, speaks
            return reported
        return Intro(
            selon.group("speaker"),
            "" if clause else detail,
            short=clause and not after_determiner,
            label=after_determiner,
        )
    if colon:
        pour = _POUR.match(intro)
        if pour and (
            pour.group("speaker")[:1].isupper()
            or is_anaphora(pour.group("speaker"))
            or _body_after_pour(pour.group("speaker"))
        ):
            return Intro(pour.group("speaker"), pour.group("detail") or "")
    then = _THEN_INFINITIVE.search(intro)
    if then and is_speech_verb(then.group("verb")):
        # "« … », a-t-elle poursuivi, avant d'ajouter : « … »": the same speaker goes on
        return Intro(PREVIOUS_SPEAKER)
    infinitive = _INFINITIVE.match(intro)
    if infinitive is None and colon and "," in intro:
        # (a manner after the infinitive, set off by its comma: "Et l'accusé de répondre, la voix tremblante :")
        infinitive = _INFINITIVE.match(intro.rsplit(",", 1)[0].strip())
    if infinitive and infinitive.group("who") and re.search(r"\bqu(?:e\b|[’'])", infinitive.group("who")):
        # (a clause is no narrative infinitive's subject: "X a assuré que l'hôpital était en mesure de réagir :")
        infinitive = None
    if infinitive and is_speech_verb(infinitive.group("verb")):
        who = infinitive.group("who")  # "Et lui d'ajouter :", "Et de conclure :"
        chosen = _CHOSE_TO.sub("", who) if who else None
        if chosen and chosen != who:
            return Intro(chosen.strip(" ,"))  # semi_auxiliary: "X s'efforce de rappeler :", X's words
        if who and re.search(r"(?:^|\s)et$", who, re.I):
            # "Le pays a tous les atouts et d'ajouter : « … »": the narrative infinitive after a clause that
            # reported the speaker's words goes on with that speaker, not the clause's subject
            return Intro(PREVIOUS_SPEAKER)
        # ("Avant d'ajouter : « … »", a sentence of its own: the narrative infinitive goes on with the speaker just
        # quoted, as after "…, avant d'ajouter :")
        narrative = who is None or is_anaphora(who) or who.casefold() in ("et", "avant", "puis", "et puis")
        if narrative and who is not None and _DEFINITE.match(who) and _role_noun(_DETERMINERS.sub("", who).split()[0]):
            # (a definite role is the infinitive's own subject, not the speaker before: "Et l'accusé de répondre :")
            return Intro(who)
        return Intro(PREVIOUS_SPEAKER if narrative else who)
    participle = _PARTICIPLE.search(intro)
    if participle and is_speech_verb(participle.group("verb")):
        if _INSIDE_QUOTATION_END.search(intro[: participle.start()]):
            # participle: the sentence was cut at a stop inside the quotation just closed ("« Il sera convoqué. Nous
            # allons… », ajoutant que « … »"): its words are nobody's subject; the speaker just quoted goes on
            return Intro(PREVIOUS_SPEAKER)
        subject = _subject(intro[: participle.start()])
        return subject or Intro(PREVIOUS_SPEAKER)
    # "…, que Mark Zuckerberg décrit comme « … »": a verb of saying and "comme" before a partial quotation.
    described = _DESCRIBED_AS.search(intro)
    described_verb = ""
    if described and described.group("article") and not described.group("verb").endswith("ant"):
        described = None
    if described and not colon and _describes(described.group("verb")):
        # "des entreprises qu'il présente comme « … »": présenter, dépeindre comme are verbs of describing too.
        described_verb = described.group("verb")
        intro = intro[: described.end("verb")].rstrip()
        relative = next(reversed(list(_RELATIVE_THAT.finditer(intro))), None)
        if relative is not None:  # "un outil que Martin Roux décrit comme": the relative clause's subject
            intro = intro[relative.end() :]
    if not colon:
        # partial_governed with the time between the verb and the words, as agency copy dates a statement: "X a
        # dénoncé dimanche « une volonté de… »" reads as "X a dénoncé « … »"
        intro = _TIME_BEFORE_WORDS.sub("", intro)
    attribute = _OBJECT_ATTRIBUTE.search(intro) if not colon else None
    if attribute is not None and _ATTRIBUTE_VERBS & _verb_candidates(attribute.group("verb").casefold()):
        # partial_governed: the attribute of the object after a verb of judgement ("X a jugé cette application
        # « impressionnante »", "trouve ce choix « absurde »"): the subject's judgement, however short
        judged = _judge_subject(intro[: attribute.start("verb")])
        if judged is not None:
            return judged
    determined = _DETERMINER_END.search(intro) if not colon else None
    if determined is not None:
        # partial_governed: the quoted noun phrase, its article before the marks, object of a verb of judgement, of
        # demand or of promise with the speaker as its subject ("X réclame un « moratoire immédiat »", "promet une
        # « accélération »"): the subject's words, however short (not a verb of presenting a thing: "dévoile un
        # « modèle ouvert »" names a product)
        verb = re.search(r"([\w’'-]+)\s*$", intro[: determined.start()])
        advocated = _ADVOCACY_END.search(intro[: determined.start()])
        if advocated is not None and _ADVOCACY_VERBS & _verb_candidates(advocated.group("verb").casefold()):
            # (what the subject pleads or calls for, its preposition before the article: "X a plaidé pour une
            # « régulation mondiale »", "appelle à un « sursaut »", "milite pour une « … »")
            verb = advocated
        if verb is not None and (
            _OBJECT_WORDS_VERBS.intersection(_verb_candidates(verb.group(1).casefold())) or verb is advocated
        ):
            judged = _judge_subject(intro[: verb.start()])
            if judged is not None:
                return judged
    said_that = (
        next((m for m in _VERB_THAT.finditer(intro) if is_speech_verb(m.group("verb"))), None) if colon else None
    )
    if said_that is not None and not any(
        is_speech_verb(word) and before not in _NOT_VERB_BEFORE
        for before, word in itertools.pairwise(["", *re.findall(r"[\w-]+", intro[said_that.end() :])])
    ):
        # reported_then_colon: the subject, a verb of saying and its "que" clause, then the colon ("François Roe a
        # assuré que l'hôpital, victime d'une cyberattaque, avait été en mesure de réagir : « … »"): the subject
        # of the verb of saying speaks; the clause is what was said, an infinitive in it ("réagir") no attribution
        phrase = _TRAIL.sub("", _CHOSE_TO.sub("", intro[: said_that.start("verb")])).strip(" ,")
        chosen = _speaker_segment(phrase) if phrase else None
        if chosen is not None:
            return chosen
    tokens = list(re.finditer(r"[\w’'-]+", intro))
    # The speech verb is the last word, or, after a colon, followed by a few words ("à la presse"). pre_verb_colon
    # with a long complement ("X affirmait en février à propos d'une levée de fonds : « … »"): up to 14 words,
    # none of them after a comma.
    for back, token in enumerate(reversed(tokens[-14:])):
        if back and not colon:
            break
        if back >= 8 and "," in intro[token.end() :]:
            break
        word = token.group()
        verb = word.split("-")[0] if re.search(rf"-(?:t-)?{_SUBJ}$", word, re.I) else word
        if not is_speech_verb(verb) and not (back == 0 and word == described_verb):
            continue
        index = len(tokens) - 1 - back
        before = tokens[index - 1].group().casefold().rstrip("’'") if index > 0 else ""
        if before in _ONLY_DETERMINERS or (index == 1 and before in ("le", "la", "les", "l")):
            continue  # a noun after its article, not the verb: "Le juge gronde :", "une réponse fuse :"
        if verb != word:  # "Ainsi explique-t-il :" : the subject is the pronoun
            return Intro(PREVIOUS_SPEAKER)
        # (the verb the subject chose to say with: "X tient à rappeler que … : « … »", "a voulu souligner")
        phrase = _TRAIL.sub("", _CHOSE_TO.sub("", intro[: token.start()])).strip(" ,")
        if not phrase:
            return None
        boundary = list(_CLAUSE_BOUNDARY.finditer(phrase))[-1:]
        # (a clause of the journalist's only, no words quoted nor announced in it)
        if boundary and boundary[0].start() > 0 and not re.search(r"[:«»“”\"]", phrase[boundary[0].end() :]):
            # clause_before_colon: the verb's clause follows a subordinating or a coordinating word ("L'avocate
            # explique qu'il faut…, tandis que le juge commente : « … »"): that clause's subject says the words
            tail = _speaker_segment(phrase[boundary[0].end() :])
            if tail is not None:
                return tail
        if _INVERTED_AUX_END.search(phrase):
            # "En plus simple, a-t-il ajouté, « … »": the inverted auxiliary and pronoun, the incise before the words
            return Intro(PREVIOUS_SPEAKER)
        if _COORDINATED.search(phrase):
            # follow_on: "X fustige une « … » et ajoute : « … »": two verbs, one subject, the speaker just quoted.
            return Intro(PREVIOUS_SPEAKER)
        if re.search(r"(?:^|\s|[’'])(?:il|elle)$", phrase) and len(words(phrase)) > 1:
            # pronoun: a personal pronoun right before the verb is its subject, whatever opens the sentence
            # ("Interrogé sur les moyens il ajoute « … »", the comma after the opening phrase left out), the
            # conjunction before it elided as well ("La Commission se veut rassurante, puisqu'elle estime que"); a
            # verb of judgement right before the marks gives the words however short ("…qu'il juge « médiocres »")
            judging = back == 0 and not colon and bool(_JUDGEMENT.intersection(_verb_candidates(verb.casefold())))
            return Intro(PREVIOUS_SPEAKER, short=judging)
        if back == 0 and described_verb.endswith("ant"):
            # participle: "X, PDG de Y, a défendu l'accord, le décrivant comme la « … »": the speaker is the main
            # clause's subject, whom the present participle refers to.
            subject = _subject(phrase)
            if subject is not None:
                return Intro(subject.speaker, subject.detail, short=True)
        if (
            back == 0
            and not colon
            and _SAYS_ONESELF.search(intro[: token.start()])
            and ({"dire", "déclarer", "avouer"} & _verb_candidates(verb.casefold()))
        ):
            # partial_governed: "X s'est dit « tellement fière »", "se déclare « très inquiet »": the subject says
            # it of oneself, the attribute quoted is the subject's word, however short
            return _judge_subject(_SAYS_ONESELF.sub(" se ", intro[: token.start()]))
        if back == 0 and not colon and (_JUDGEMENT.intersection(_verb_candidates(verb.casefold())) or described_verb):
            # partial_governed: a verb of judgement right before the quoted words, with the speaker as its subject
            # ("X a jugé « exagérées » les craintes", "les craintes, qu'il a jugées « exagérées »", "X dénonce
            # « une faute »"): the verb attributes them, however short.
            return _judge_subject(intro[: token.start()])
        chosen = _speaker_segment(phrase)
        if chosen is None and colon:
            # a witness or a role described, after a connective ("Et les parents préviennent : « … »", "Puis
            # l'accusé, qui risque la perpétuité, prévient la cour : « … »")
            described = _person_subject(phrase, verb_after=True)
            if described is None and "," in phrase:
                # (after an opening phrase of its own: "Sur place, la voisine raconte :", "Interrogée sur la nuit
                # des faits, la voisine raconte :")
                described = _person_subject(phrase.rsplit(",", 1)[1], verb_after=True)
                if described is not None and not re.match(r"(?:[Ll][ea]\s|[Ll][’']|[Uu]ne?\s)", described):
                    described = None  # ("…, notre internaute déplore :": the reader the page presented just before)
            return Intro(described) if described is not None else None
        return chosen
    if colon:
        apposed = _ROLE_COMMA_NAME.search(intro)
        if apposed is not None and _role_noun(apposed.group("noun")) and _is_full_name(apposed.group("name")):
            # role_speaker then the name in apposition, no verb: "la PDG de Nordlys, Jeanne Roe : « … »". The
            # person speaks; the role is the description.
            return Intro(apposed.group("name").strip(), _DETERMINERS.sub("", apposed.group("role").strip(), count=1))
        bracketed = _NAME_THEN_BRACKETED_ROLE.match(intro)
        if bracketed is not None and _looks_like_full_name(bracketed.group("name")):
            # verbless_role in a round-up of reactions, as agencies set them: "Stuart Roe (manager du Racing 92) :
            # « … »", one paragraph per speaker; the brackets hold the description.
            return Intro(bracketed.group("name"), bracketed.group("role").strip())
        presented = _PRESENTED_LAST.search(intro)
        if presented is not None and _is_person_named(presented.group("who").strip()):
            # presentative: "voici" or "voilà" and the person, closing the lead-in ("Souriant, les traits tirés, voici
            # Romain, 27 ans : « … »"): the one presented speaks
            detail = presented.group("detail") or presented.group("age") or ""  # ("voici Romain 27 ans", no comma)
            return Intro(presented.group("who").strip(), detail.strip())
        name, _, detail = intro.partition(",")
        name = _SELON_OPENING.sub("", name.strip(), count=1)  # "Selon Ana Roe, analyste, … :": the name after "selon"
        # (an adverb or a connective opening the sentence is no name: "Heureusement, elle garde le moral :")
        opening = name.casefold() in _OPENERS or _adverb_in_ment(name)
        # (nor a participle, an adjective or an adverb describing the subject after it: "Souriant, les traits tirés,
        # voici X :", "Heureux, le président du club :")
        opening = opening or (" " not in name.strip() and _fronted_modifier(name.strip()))
        if _looks_like_name(name) and not opening and len(words(detail)) <= 15:
            # "X, PDG de Y, est formel : « … »": the apposition is the description, the predicate after it is not
            role, comma, predicate = detail.partition(",")
            if comma and _PREDICATE_START.match(predicate.strip()):
                detail = role
            return Intro(name.strip(), detail.strip())
        subject = _subject(intro)
        if subject is not None and _is_person_named(subject.speaker) and len(words(intro)) <= 20:
            # pre_verb_colon without a verb of saying: a clause whose subject is a person named in full, then a
            # colon ("Son associé, Yves Caron, se montre plus prudent : « … »", "X est catégorique : « … »"): the
            # colon hands over to that person's words.
            return subject
        described = _person_subject(intro) if len(words(intro)) <= 20 else None
        if described is not None:
            # the same with a person described, not named, as the subject ("La voisine de la victime s'aperçoit
            # que rien ne va : « … »", "Une autre directrice partage son sentiment : « … »"): a role or a witness
            return Intro(described)
        if (
            len(words(intro)) <= 16
            and _PRONOUN_PREDICATE.match(intro)
            and not _IMPERSONAL.match(intro)
            and not _NAMING_NOUN_END.search(intro)  # ("…, organisée autour du thème : « … »": a title)
        ):
            # pronoun: the same with a personal pronoun as the subject ("Elle se montre plus prudente : « … »", "Il
            # ne cache pas son inquiétude : « … »"): the person it stands for; not an impersonal "il" ("Il faut le
            # dire :")
            return Intro(PREVIOUS_SPEAKER)
        label = _ROLE_ANAPHORA.match(intro.strip())
        if (
            label is not None
            and label.end() == len(intro.strip())
            and _role_noun(label.group("noun").casefold())
            and intro.strip()[:1].isupper()
        ):
            # role_label: a definite role alone before the colon, as a court report sets the hearing's exchanges
            # ("Le président : « … »", "L'accusé : « … »"): that role speaks, the person the text gave it if any
            return Intro(intro.strip())
    return _governed(intro)


# Partial quotation inside reported speech: the speaker is given earlier in the same sentence.
# "Elle devrait permettre selon lui d'« accélérer »", "Pour lui, la majorité parle de « … »".
_GOVERNING = re.compile(
    # (a connective noun may open the sentence before "pour": "Conclusion pour Paul Roe, « … »")
    rf"(?:(?:^|[\s,;(])(?:[Ss]elon|[Dd][’']après)|^(?:(?i:{_CONNECTIVE_BEFORE_POUR})\s+)?[Pp]our)\s+"
    rf"(?P<speaker>lui|elle|eux|elles"
    rf"|{_NAME_TOKEN}(?:\s+(?:de\s+|du\s+|[Ll]e\s+|[Ll]a\s+)?{_NAME_TOKEN}){{0,2}})(?=\s*[,\s]|$)"
)
# An incise of saying inside the sentence before the marks, its commas round it, the clause going on after it with no
# other comma: "Le secteur, estime Claire Roe, est", "Peut-être, souligne-t-il, parce que".
_MID_INCISE = re.compile(
    # (the speaker's apposition inside the incise: "Le secteur, estime Paul Roe, élu d'opposition, est")
    r",\s+(?P<verb>[a-zà-ÿ]+)(?:(?:-t)?-(?P<pronoun>il|elle)|\s+(?P<speaker>[^,«»“”\"]{3,80}?"
    r"(?:,\s*[a-zà-ÿ][^,«»“”\"]{2,60}?)?))\s*,\s+[^,«»“”\"]*$"
)
# "Pour" and a body after its article, up to the comma: "Pour la CGT, …" (see _body_after_pour).
_POUR_BODY = re.compile(r"^[Pp]our\s+(?P<body>(?:la\s+|le\s+|l[’']\s*)[^,«»“”\"]{2,80}?)\s*(?:,|$)")
_IN_HIS_VIEW = re.compile(
    r"(?:^|[\s;(])(?:[Àà]\s+(?:ses|leurs)\s+yeux|[Àà]\s+son\s+(?:avis|sens)|[Dd]e\s+son\s+point\s+de\s+vue"
    # (the words are the person's own: "Selon ses propos, il s'agit de « … »", "selon ses termes", "d'après ses mots")
    r"|(?:[Ss]elon|[Dd][’']après)\s+(?:ses|leurs)\s+(?:propos|termes|mots|dires|déclarations|explications))\s*[,:]"
    r"[^«»“”\".!?]*$"
)
_GOVERNING_BODY = re.compile(
    r"(?:^|[\s;(])(?:[Ss]elon|[Dd][’']après)\s+(?:(?:la|le)\b|l[’'])\s*(?P<noun>[\w-]+)(?=\s*,)"
)
# "dévoile Jeanne Roe pour qui le réseau est « assez vivant »": the person the relative clause is about.
_FOR_WHOM = re.compile(
    rf"(?P<speaker>{_NAME_RUN}|lui|elle)"
    r"\s*,?\s+(?:pour|selon) qui\s[^«»“”\"]*$"
)
# Indirect speech continued by a direct quotation: "L'autorité a estimé que DeepSeek représentait « … »". The
# subject of the verb of saying, earlier in the sentence, is the speaker.
_SAID = (
    # (an object pronoun between the subject and the verb is whom the words were told: "X nous a indiqué que")
    rf"^(?P<subject>[^«»“”\"]+?)\s+(?:(?:nous|vous|lui|leur|me|te)\s+|[mt][’']\s*)?"
    rf"(?:(?:{_AUX}|s[’']est|ont)\s+)?(?:{_ADVERBS}\s+)?"
    # a verb that the subject chose to say: "a tenu à préciser que", "a voulu rappeler que", "a souhaité souligner"
    rf"(?:(?:{_CHOSEN})\s+(?:à|de|d[’'])?\s*)?"
    r"(?P<verb>[\w’']+)"
    # (an adverb or a day between the verb and its "que": "estime notamment que", "a déclaré lundi que")
    rf"(?:\s+{_ADVERBS})?"
)
_SAID_THAT = re.compile(
    _SAID + r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd[’']hui)(?:\s+(?:matin|soir))?)?"
    r"\s+(?:que(?![\w-])|qu[’'])\s*"
)
# said_to_that: agency copy puts when, to whom and where a statement was made between the verb and its "que": "a
# indiqué dimanche 24 août que", "a déclaré au Washington Post que", "a affirmé à l'AFP que", "a assuré dans un
# communiqué que", "a rappelé devant les députés que". Tried when _SAID_THAT finds no verb of saying: the
# complement's words, none a comma, would otherwise be taken for the verb.
_SAID_TO_THAT = re.compile(
    _SAID + rf"(?:\s+{_POST_TIME})?"
    r"(?:\s+(?:à|au|aux|dans|sur|devant|lors\s+d(?:e|u|es|[’']))\s*[^«»“”\",;:.!?]{1,50}?)?"
    r"\s+(?:que(?![\w-])|qu[’'])\s*"
)
# The subject of a relative clause: a name, a determiner and a noun ("que le PDG Mark Zuckerberg décrit comme"), a
# pronoun ("qu'il présente comme").
_RELATIVE_THAT = re.compile(r"(?:^|\s|,)(?:que|qu[’'])\s*(?=[A-ZÀ-ÖØ-Þ]|(?:(?:le|la|les)\b|l[’'])\s*\w|(?:il|elle)\b)")
# copula_attribute: a copula and an indefinite article before the marks, "est un « … »", "il s'agit d'une
# « … »": the attribute is the judgement of the person whose words the sentence reports, not a label.
_COPULA_ARTICLE_END = re.compile(
    r"(?:(?:^|\s)(?:est|sont|était|étaient|serait|seraient|sera|seront|reste|restent|devient|deviennent|demeure)"
    r"\s+(?:un|une|des)|s[’']agi(?:t|ssait|ra|rait)\s+d[’']\s*(?:un|une)|c[’']est\s+(?:un|une))\s*$"
)
_NOUN_COMPLEMENT_END = re.compile(r"(?:^|\s)(?:de|d[’'])$", re.I)  # "un projet de « … »": the noun's complement
_DETERMINER_WORDS = r"(?:une?|les?|la|des|du|sa|son|ses|leur|leurs|cette|ce|cet|ces|notre|nos|votre|l[’'])"
_ENDS_WITH_DETERMINER = re.compile(rf"(?:^|\s){_DETERMINER_WORDS}$", re.I)
# A determiner and its noun closing the words before the marks: the quoted word after them is the noun's epithet.
_NOUN_AFTER_DETERMINER_END = re.compile(rf"(?:^|\s){_DETERMINER_WORDS}\s*[a-zà-ÿ-]+$", re.I)
_COPULA_END = re.compile(
    r"\s(?:est|sont|était|étaient|serait|seraient|sera|seront|semble|semblent|semblait|semblaient|paraît|paraissent"
    r"|restent|reste|restait|restaient|demeure|demeurent)$"
)
# After a present participle, whose subject is the speaker, the article may stand outside the marks: "la
# décrivant comme la « seule option sérieuse »" (not "présenté comme le « … »": a passive, a label).
# (an object may stand between the verb and "comme": "la start-up définit ce modèle comme « … »")
_DESCRIBED_AS = re.compile(
    r"(?P<verb>[\w’']+)(?:\s+(?:ce|cet|cette|ces|son|sa|ses|leur|leurs)(?:\s+[\w’'-]+){1,2}|\s+[A-ZÀ-ÖØ-Þ][\w’'-]*)?"
    r"\s+(?P<comme>comme)"
    r"(?P<article>\s+(?:la|le|les|un|une)|\s+l[’'])?$"
)


def _describes(verb: str) -> bool:
    """A verb of saying or of describing before "comme": "décrit comme", "présente comme", "dépeint comme"."""
    return is_speech_verb(verb) or bool({"présenter", "dépeindre", "définir"} & _verb_candidates(verb.casefold()))


# Indefinite pronouns as a subject ("Certains se disent « … »"): some people, no one person a pronoun may take up.
_INDEFINITE_PRONOUNS = frozenset("certains certaines d’autres d'autres plusieurs beaucoup chacun chacune tous".split())
# The reflexive before "dire" or "déclarer" that says it of oneself: "X se dit", "s'est déclaré", "s'étaient dits".
_SAYS_ONESELF = re.compile(r"(?:^|\s)(?:se|s[’']est|s[’']était|s[’']étaient|se\s+sont|s[’']est\s+même)\s*$", re.I)
# Verbs of judgement: the quoted words right after them are the subject's, even one word (partial_governed).
_JUDGEMENT = frozenset(
    """
    juger estimer trouver considérer dénoncer fustiger critiquer déplorer regretter saluer vanter condamner
    décrire féliciter réjouir
    """.split()
)
# The verbs whose object, a noun phrase quoted after its article, is the subject's words: blame, praise, demand,
# promise (see intro_attribution). Not "trouver un « équilibre »", "évoquer des « casiers fermés »", "redouter une
# « évaluation à deux vitesses »": what the subject found, mentioned or fears, named in the journalist's marks.
_OBJECT_WORDS_VERBS = frozenset(
    """dénoncer fustiger critiquer déplorer regretter saluer vanter condamner réclamer exiger promettre prôner
    revendiquer reprocher""".split()
    # (what the subject stresses, owns up to or puts forward as a reason, and blame in the press's many words:
    # "soulignait la « vétusté » du site", "reconnaît une « déception »", "a invoqué des « coûts prohibitifs »",
    # "pointent « une transformation… »", "a raillé une « mauvaise » réforme")
    + """souligner reconnaître admettre avouer invoquer pointer stigmatiser railler brocarder épingler étriller
    pourfendre moquer""".split()
)
# A relative "que" and the clause's subject up to its verb: "ce qu'un capital-risqueur", "ce que Jeanne Roe".
_THAT_CLAUSE_END = re.compile(r"(?:^|[\s,])(?:que|qu[’'])\s*[^,;:«»“”\"]*$")
# Adverbs of repetition, addition or contrast a verb of saying takes after it: "a rappelé à plusieurs reprises que",
# "jugent par ailleurs « … »", "a estimé également que".
_VERB_ADVERBS = (
    r"(?:à\s+plusieurs\s+reprises|une\s+nouvelle\s+fois|à\s+nouveau|de\s+nouveau|encore|également"
    r"|par\s+ailleurs|d[’']ailleurs|pourtant|toutefois|cependant|notamment|déjà)"
)
_TIME_BEFORE_WORDS = re.compile(
    rf"(?<=[a-zà-ÿ])(?:\s+(?:{_POST_TIME}|{_VERB_ADVERBS})){{1,2}}(?=(?:\s+(?:un|une|des|le|la|les|du)|\s+l[’'])?\s*$)"
)
_DETERMINER_END = re.compile(r"\s(?:un|une|des|le|la|les|l[’']|du|de\s+la|de\s+l[’'])\s*$", re.I)
# A verb of pleading or calling for something and its preposition, closing the words before the object's article.
_ADVOCACY_END = re.compile(
    rf"(?P<verb>[\w’'-]+)(?:\s+{_ADVERBS}|\s+depuis\s+longtemps|\s+toujours)?\s+(?:pour|à|en\s+faveur\s+d[’'e])\s*$"
)
_ADVOCACY_VERBS = frozenset({"plaider", "militer", "appeler", "inviter", "exhorter", "œuvrer"})
# A determiner that is the whole of a sentence before the marks: "Un « faible nombre », se félicite X".
_LONE_DETERMINER = re.compile(r"(?:un|une|des|le|la|les|l[’'])", re.I)
# "X qualifie de « … »", "X qualifie ce projet d'« … »", "X taxe l'accord de « … »": a finite verb of labelling
# with a subject. The participle ("ce que X a qualifié d'« … »", "un modèle qualifié d'« ouvert »") labels a thing
# and stays a scare quote, as the seeds annotate it.
_QUALIFY = re.compile(
    # the compound past after its auxiliary ("X a qualifié les restrictions d'« échec »"); the participle alone
    # labels a thing ("un modèle qualifié d'« ouvert »")
    rf"(?:^|\s)(?P<aux>{_AUX}\s+(?:{_ADVERBS}\s+)?)?"
    r"(?P<verb>(?:qualifi|tax|trait|accus)(?:e|es|ent|ait|aient|era|eront|ant|(?(aux)é|(?!))))"
    # the thing judged: a few words, an apposition perhaps ("a qualifié Paul Roe, le nouveau responsable…, de");
    # none when it comes after the words ("X a qualifié de « prématurées » les déclarations"; not after a relative
    # pronoun, which the caller tells, see _THAT_CLAUSE_END)
    r"(?P<object>(?:\s+[\w’'-]+){0,6}?)(?:\s*,[^,«»“”\"]{1,80},)?\s+d(?:e|[’'])$",
    re.I,
)
# A body named by a common noun as a sentence's subject: "Le syndicat des enseignants a quitté…".
_BODY_SUBJECT = re.compile(
    r"^(?P<np>(?:L[’']\s*|Le\s+|La\s+)(?P<noun>[a-zà-ÿ-]+)(?:\s+(?:de|des|du|d[’'])\s*[^,]{1,50}?)?)"
    r"\s+(?:a|ont|avait|avaient)\s"
)
# A present participle of judgement and its object right before the quoted words: "…, jugeant le règlement".
_JUDGING_OBJECT = re.compile(
    r",\s*(?P<verb>[a-zà-ÿ]+ant)\s+(?:l[’']\s*|le\s+|la\s+|les\s+|ce\s+|cet\s+|cette\s+|ces\s+|son\s+|sa\s+|ses\s+)"
    r"[\w’'-]+(?:\s+[a-zà-ÿ][\w’'-]*)?\s*$"
)
# A person named in full and the relative pronoun after the comma: "…, Emmanuel Roe, qui …".
_WHO_QUI = rf"(?P<who>{_NAME_RUN})\s*,?\s*qui\s+"  # ("C'est le cas d'Elon Roe qui avait tweeté : « … »")
# "…, Emmanuel Roe, qui salue « … »": a person named in full, then a relative clause whose verb says or judges the
# words that follow (a determiner may stand between).
# (whom and where the words were said may stand around the verb: "…, Boris Roe, qui lui lance à la tribune « … »")
_WHO_SAYS = re.compile(
    rf"{_WHO_QUI}"
    r"(?:(?:lui|leur|nous|vous|me)\s+|m[’']\s*)?"
    rf"(?:{_AUX}\s+)?(?:{_ADVERBS}\s+)?(?P<verb>[a-zà-ÿ]+)(?:\s+{_ADVERBS})?(?:\s+{_POST_TIME})?"
    r"(?:\s+(?:à\s+la\s+tribune|au\s+micro(?:\s+d(?:e\s+|[’']\s*)[^,«»“”\"]{1,25})?|devant\s+[^,«»“”\"]{1,30}))?"
    r"(?:\s+(?:une?|des|le|la|les|l[’']|ce|cette|ces))?\s*$"
)


# (or "dont", a negation and adverbs before the verb, and the person's description in apposition after the name:
# "Une confirmation dont n'avait visiblement pas besoin Paul Roe, éleveur : « … »")
_INVERTED_RELATIVE = re.compile(
    rf"\s(?:qu[’']|dont)\s*(?:n[’']\s*|ne\s+)?(?:{_AUX}\s+)?(?:[a-zà-ÿ]+\s+){{1,3}}?(?P<speaker>{_NAME_RUN})"
    r"(?:\s*,\s*(?P<detail>[a-zà-ÿ][^,:«»“”\"]{1,80}))?"
    r"(?:\s+(?:à|au|en|lors|après|dans)\s[^,:«»“”\"]{0,40})?$"
)
_WHO_THEN_COLON = re.compile(
    rf"(?:^|[\s,;(]|(?<=\b[dl][’']))(?P<who>{_NAME_RUN}|{_GIVEN_NAME})\s*,"
    r"(?:\s*(?P<detail>[a-zà-ÿ][^,«»“”\"]{1,60}),)?\s*qui\s+(?!(?:l[’']|le|la|les)\s)[^«»“”\".!?;]{2,120}$"
)


def _relative_speaker(intro: str, judging: bool) -> Intro | None:
    """The person named in full before a relative clause that says the words (:data:`_WHO_SAYS`), or, when
    ``judging``, judges them (partial_governed: however short)."""
    relative = _WHO_SAYS.search(intro)
    if relative is None or not _is_full_name(relative.group("who")):
        return None
    if _OF_BEFORE_NAME.search(intro, 0, relative.start("who")):
        return None  # (a place or a body a role's complement names: "le locataire de la Place Beauvau, qui affirme")
    verb = relative.group("verb")
    judged = judging and bool(_WORDS_VERBS & _verb_candidates(verb.casefold()))
    return Intro(relative.group("who"), short=judged) if judged or is_speech_verb(verb) else None


# (an article with the preposition: a person's name takes none, "les propos d'Arnaud Roe, qui…" names him)
_OF_BEFORE_NAME = re.compile(r"\b(?:de\s+la|de\s+l[’']|du|des|à\s+la|au|aux)\s*$", re.I)
_WHERE_RELATIVE = re.compile(r",\s+où\s+(?=\S)")
_POSSESSIVE_ROLE = re.compile(r"^(?:son|sa|leur)\s+(?P<noun>[a-zà-ÿ-]{3,})$", re.I)
_WHO_LABELLED = re.compile(
    rf"{_WHO_QUI}"
    rf"(?:l[’']\s*|les\s+)?(?:{_AUX}|ont)\s+(?:{_ADVERBS}\s+)?(?:qualifié|taxé|traité|jugé|décrit)e?s?"
    r"\s+(?:de\s*|d[’']\s*|comme\s+)$"
)
# "selon l'expression de X", "pour reprendre les mots de X", "comme le dit X", "dixit X", "pour citer X": formulas
# that give the quoted words themselves to X (selon, pour_x), however short. Anchored at the end of the intro.
_WORDS_OF = (
    r"(?:(?:selon|d[’']après|pour\s+reprendre|suivant)\s+(?:l[’']expression|les\s+mots|la\s+formule|les\s+termes"
    r"|le\s+mot|les\s+propos)\s+(?:de\s+|du\s+|des\s+|d[’']\s*)"
    r"|comme\s+(?:le\s+|l[’']\s*)?(?:(?:a|avait)\s+)?(?:dit|disait|dirait|écrit|écrivait|résume|résumait|résumé"
    r"|répète|répétait|souligne|soulignait"
    # the past: "comme l'a souligné X", "comme l'avait rappelé X"
    r"|souligné|rappelé|rappelle|rappelait|expliqué|explique|affirmé|déclaré|indiqué|noté|relevé|précisé|martelé)"
    r"(?:\s+(?:si\s+)?(?:bien|souvent|volontiers|joliment))?"
    # when it was said, between the verb and the name: "comme l'a expliqué ce lundi X", "comme le rappelait hier X"
    rf"(?:\s+(?:(?:ce\s+)?{WEEKDAYS}(?:\s+(?:matin|soir|dernier))?|hier))?\s*,?\s+"  # (a stray comma after it)
    r"|dixit\s+|pour\s+citer\s+"
    # words credited to someone: "une phrase célèbre attribuée à un dirigeant politique : « … »"
    r"|(?:phrase|formule|citation|maxime|sentence|devise)(?:\s+[\w’'-]+)?\s+(?:souvent\s+)?attribuée\s+à\s+)"
)
_WORDS_OF_BEFORE = re.compile(
    rf"(?:^|[\s,;(]){_WORDS_OF}(?P<speaker>[^,«»“”\"]{{2,80}}?)"
    # the speaker's description, in one apposition or more ("X, ministre déléguée, chargée des Médias"), and perhaps
    # the sentence that leads to a colon ("Comme le souligne X, de l'université de Pretoria, c'est crucial : « … »")
    r"(?:\s*,\s*(?P<detail>[^,«»“”\"]{1,80}(?:,[^,«»“”\"]{1,80}){0,2}))?$",
    re.I,
)
_WORDS_OF_AFTER = re.compile(
    rf"^\s*,?\s*\(?\s*{_WORDS_OF}(?P<speaker>[^«»“”\"()]+?)\s*(?:[.!?…;:)](?=\s|$)|$|(?=[«“\"]))", re.I
)
# Interview headlines and leads: "Entretien avec X, fondateur de Y : « … »" (the interviewee speaks).
_INTERVIEW = re.compile(
    r"^(?:(?:entretien|interview|rencontre|conversation)\s+avec|(?:interview|portrait)\s+de|(?:interview|portrait)\s+d[’'])"
    r"\s*(?P<who>[^:«»“”\"]{3,160})$",
    re.I,
)
# The lead of an interview page: "Interview exclusive de Jeanne Roe, fondatrice de X", "Entretien avec Jeanne Roe",
# "Interview : Jeanne Roe, directrice de X".
_INTERVIEW_LEAD = re.compile(
    r"^(?:interview|entretien|rencontre)(?:\s+(?:exclusive|exclusif|exclusivement))?\s*(?:avec|de|d[’']|:)\s*"
    # the role first, the name in apposition closing the line: "Entretien avec l'ambassadeur du Maroc auprès de
    # l'UNESCO, Samir X"
    rf"(?:(?:l[ea]\s+|l[’']\s*)(?P<role>[^,.;:!?«»“”\"]{{2,100}}),\s*(?P<named>(?-i:{_NAME_RUN}))\s*\.?$"
    rf"|(?P<name>(?-i:{_NAME_RUN}))"
    r"(?:\s*,\s*(?P<detail>[^,.;:!?«»“”\"]{2,80}))?)",
    re.I,
)


def _interview_lead(text: str) -> _Person | None:
    """The person an interview page is with, from its lead (:data:`_INTERVIEW_LEAD`), or None."""
    lead = _INTERVIEW_LEAD.match(text)
    if lead is None:
        return None
    name = lead.group("name") or lead.group("named")
    if not _is_full_name(name):
        return None
    return _Person(name, (lead.group("detail") or lead.group("role") or "").strip(), True)


_COORDINATED = re.compile(r"[»”\"]\s*,?\s+(?:et|puis)$")
_RELATIVE_PRONOUN = re.compile(r"(?:^|[\s,])(?:que|qu[’'])\s*(?P<who>il|elle|ils|elles|[A-ZÀ-ÖØ-Þ][^,]*)$")


# A verb, then its object (a determiner, a noun, maybe an adjective) right before the marks: the attribute of the
# object follows ("a jugé cette application « … »").
_OBJECT_ATTRIBUTE = re.compile(
    r"(?:^|\s)(?P<verb>[a-zà-ÿ]+)\s+(?:le|la|les|l[’']|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s*[\w’'-]+"
    r"(?:\s+[a-zà-ÿ][\w’'-]*)?\s*$"
)
# The verbs whose object takes an attribute that judges it (attribut du complément d'objet).
_ATTRIBUTE_VERBS = frozenset({"juger", "trouver", "estimer", "considérer"})


_TOPIC_STRESSED = re.compile(
    rf"^(?P<np>[^,«»“”\"]{{2,80}}?)\s*,\s*{_STRESSED}(?:\s+(?:aussi|non\s+plus|en\s+revanche|au\s+contraire))?"
    r"\s*,\s+(?=\S)"
)
_STRESSED_AFTER_SUBJECT = re.compile(rf"(?<=\w),\s*{_STRESSED}(?:\s+aussi)?\s*$")


def _judge_subject(before: str) -> Intro | None:
    """The subject of a verb of judgement, from the words before it: a speaker, or a relative pronoun standing
    for the person named before ("les craintes, qu'il a jugées")."""
    phrase = _TRAIL.sub("", before).strip(" ,")
    # contrastive_topic: the stressed pronoun after the subject stands for it ("La direction, elle, invoque…"),
    # never for the person quoted before
    phrase = _STRESSED_AFTER_SUBJECT.sub("", phrase).strip(" ,")
    if not phrase:
        return None
    if _COORDINATED.search(phrase):
        # "X dénonce « … » et qualifie de « … »": two verbs, one subject, the speaker just quoted.
        return Intro(PREVIOUS_SPEAKER, short=True)
    if re.search(r",\s*qui$", phrase):
        # "…, David Roe, conseiller de la Maison-Blanche, qui accuse…": the relative clause's antecedent, the
        # person named in full with the role in apposition
        parts = [part.strip() for part in phrase[: phrase.rfind(",")].split(",")]
        for k in range(len(parts) - 1, max(-1, len(parts) - 3), -1):
            name = re.sub(r"^.*\b(?:par|de|du|avec|pour|à)\s+", "", parts[k])
            if _is_full_name(name) and is_first_name(name.split()[0]):  # (not a title: "Le Nantais, qui…")
                role = ", ".join(parts[k + 1 :])
                return Intro(name, role if role and _role_noun(role.split()[0]) else "", short=True)
            tokens = name.split()
            if k == len(parts) - 1 and len(tokens) >= 3 and tokens[-1][:1].isupper() and _role_noun(tokens[-2]):
                return Intro(name, short=True)  # the role and the surname: "…, accueilli par le président Roe, qui…"
    linked = list(_CLAUSE_LINK.finditer(phrase))
    if linked and linked[-1].start() > 0:
        # the clause the verb belongs to, after a conjunction: "Ce revirement est troublant, car Jensen Roe avait
        # qualifié…" (Jensen Roe judges)
        tail = phrase[linked[-1].end() :].strip()
        if tail and _is_full_name(tail):
            return Intro(tail, short=True)
    relative = _RELATIVE_PRONOUN.search(phrase)
    if relative is not None:
        who = relative.group("who").strip()
        if who.casefold() in _PRONOUNS:
            return Intro(PREVIOUS_SPEAKER, short=True)
        if _names_speaker(who):
            return Intro(who, short=True)
        return None
    chosen = _speaker_segment(phrase)
    if chosen is None:
        # a group or a document judging: "Les signataires qualifient l'AI Act de « … »", "La lettre, signée par
        # trente fondateurs, qualifie…" (the apposition after the noun is the journalist's)
        opening, comma, rest = phrase.partition(",")
        # (after an opening phrase: "En parallèle, une seconde lettre, signée par…, qualifie")
        for candidate in (phrase, rest.strip()) if comma and len(words(opening)) <= OPENING_WORDS else (phrase,):
            noun_phrase = candidate.split(",")[0].strip()
            head = _DETERMINERS.sub("", noun_phrase, count=1)
            if _GROUP_SUBJECT.match(noun_phrase) or (_DETERMINERS.match(noun_phrase) and _document_words(head)):
                return Intro(noun_phrase, short=True)
    return Intro(chosen.speaker, chosen.detail, short=True) if chosen is not None else None


_CLAUSE_LINK = re.compile(r"(?:^|[\s,])(?:car|puisque|lorsque|quand|mais|alors que|tandis que)\s+")
# A group as a subject, the people who signed, wrote or oppose something: "les signataires", "ses auteurs".
_GROUP_SUBJECT = re.compile(
    r"^(?:les|ses|leurs|ces)\s+(?:signataires|auteurs|autrices|opposants|détracteurs|critiques|syndicats|associations"
    r"|experts|chercheurs|élus|députés|sénateurs|eurodéputés)\b[^,]{0,60}$",
    re.I,
)


# "Pour" and a definite description, up to a comma or a dash opening an aside: "Pour l'ex-ministre, …".
POUR_EPITHET = "\x00pour "  # marks a speaker phrase that is an epithet after "Pour" (see _governed)
_POUR_EPITHET = re.compile(r"^[Pp]our\s+(?P<np>(?:l[’']|le\s+|la\s+)[^,«»“”\"]{3,120}?)\s*(?:,|\s[-–—](?=\S)|$)")
# Nouns of a person's deed, used by the press as epithets: "l'instigateur du projet", "l'artisan de l'accord".
_DEED_NOUNS = frozenset(
    """
    instigateur instigatrice initiateur initiatrice artisan artisane architecte auteur autrice promoteur promotrice
    inventeur inventrice créateur créatrice concepteur conceptrice
    """.split()
)
_EPITHET_HEAD = re.compile(
    r"^(?:l[’']|le\s+|la\s+)\s*(?:(?:ancien|ancienne|nouveau|nouvelle|jeune|ex)[\s-]+)?(?P<noun>[\w-]+)", re.I
)


def _epithet_head(phrase: str) -> str:
    """The head noun of a definite description for a person ('l'ex-député européen' -> 'député'), or ''
    when its head is neither a role nor a deed noun."""
    match = _EPITHET_HEAD.match(phrase.strip())
    if match is None:
        return ""
    noun = match.group("noun").casefold()
    return noun if _role_noun(noun) or noun in _DEED_NOUNS else ""


def _clause_verb(word: str) -> bool:
    """A finite verb that makes a clause of the words around it; not a past participle ("chargée des Médias",
    "nommé en mars"), which an apposition describing a person often opens."""
    return not word.endswith(PAST_PARTICIPLE_ENDS) and (_finite_verb(word) or _finite_form(word))


def _finite_form(word: str) -> bool:
    """A finite verb the press writes most (:data:`FINITE_WORDS`), or one in the future or the conditional."""
    return word.casefold() in FINITE_WORDS or _future(word.casefold())


_SUBJECT_CONNECTIVE = re.compile(r"^(?:Mais|Et|Or|Puis|Pourtant|Cependant|Ensuite|Enfin|Donc)\s+(?=\S)")
_CONJUNCTION_OPENER = re.compile(r"^\s*(?:Mais|Et|Or|Car|Ainsi|Alors)\s+(?=[Pp]our\s|[Ss]elon\s|[Dd][’']après\s)")


def _governed(intro: str) -> Intro | None:
    """The speaker of a partial quotation that reported speech in the same sentence governs.

    Not a name or a label after a determiner ("il a annoncé une « stratégie européenne »"): a scare quote.
    """
    if _ENDS_WITH_DETERMINER.search(intro) and not _COPULA_ARTICLE_END.search(intro):
        return None
    intro = _CONJUNCTION_OPENER.sub("", intro, count=1)  # "Mais pour X, …": the conjunction links to what came before
    body = _POUR_BODY.match(intro)
    if body is not None and _body_after_pour(body.group("body")):
        # pour_body: "Pour la CGT, « … »", "Pour le syndicat Sud Santé, la réforme « … »": the body's view
        return Intro(body.group("body"), short=True)
    for_whom = _FOR_WHOM.search(intro)
    if for_whom and _names_speaker(for_whom.group("speaker")):
        return Intro(for_whom.group("speaker"))
    governing = _GOVERNING.search(intro)
    if governing and _names_speaker(governing.group("speaker")):
        # "Pour X, juriste spécialisé dans le logiciel libre, « … »": a role in apposition describes the speaker
        rest = intro[governing.end() :].strip(" ,")
        head = _DETERMINERS.sub("", rest, count=1).split(" ", 1)[0]
        apposition = intro[governing.end() :].lstrip().startswith(",") and _role_noun(head) and "," not in rest
        return Intro(governing.group("speaker"), rest if apposition and len(words(rest)) <= 15 else "", short=True)
    incise = _MID_INCISE.search(intro)
    if (
        incise is not None
        # (the journalist's sentence before it, no quotation: "« … », poursuit X, dont la mère réside « … »" is
        # the attribution of the words before, its relative clause the journalist's; nor a participle, "citant…")
        and not re.search(r"[«»“”\"]", intro[: incise.start()])
        and not incise.group("verb").endswith("ant")
        and not re.match(
            r"\s*(?:qui|que|qu[’']|dont|où)\b",
            intro[incise.end("speaker" if incise.group("speaker") else "pronoun") :].lstrip(" ,"),
        )
        and is_speech_verb(incise.group("verb"))
        and (incise.group("pronoun") or _names_speaker(incise.group("speaker").strip()))
    ):
        # mid_incise: the incise of saying set between the journalist's subject and verb ("Le secteur, estime Claire
        # Roe, est « au bord de la rupture »", "Peut-être, souligne-t-il, parce que « … »") gives the sentence,
        # and the words it quotes, to its speaker
        return Intro(incise.group("speaker").strip() if incise.group("speaker") else PREVIOUS_SPEAKER, short=True)
    if _IN_HIS_VIEW.search(intro):
        # "À ses yeux, l'IA « permet de gagner… »": the view of the person the text is about, as "selon lui".
        return Intro(PREVIOUS_SPEAKER)
    epithet = _POUR_EPITHET.match(intro)
    apposed = intro[epithet.end() :].strip(" ,") if epithet is not None else ""
    if epithet and _epithet_head(epithet.group("np")) and _is_full_name(apposed) and is_person_name(apposed):
        # "Pour le nouveau député de la circonscription, Laurent Roe, « … »": the role, then the person named in
        # apposition, who holds it
        return Intro(apposed, _DETERMINERS.sub("", epithet.group("np").strip(), count=1), short=True)
    if epithet and _epithet_head(epithet.group("np")):
        # pour_x with an epithet: "Pour l'ancien député, « … »", "Pour l'initiateur de la réforme -
        # … - « … »". A definite description opening the sentence, for the person named before (see resolve).
        return Intro(POUR_EPITHET + epithet.group("np"))
    body = _GOVERNING_BODY.search(intro)
    if body and body.group("noun").casefold() in _INSTITUTIONS:
        # selon with an organisation named by a common noun: "Selon l'entreprise, ce budget doit lui permettre de
        # « … »". A quotation of the organisation, whose name the phrase does not give: kept, source unnamed.
        return Intro(PREVIOUS_SPEAKER + body.group("noun"))
    said = _SAID_THAT.match(intro)
    if not (said and is_speech_verb(said.group("verb"))):
        said = _SAID_TO_THAT.match(intro) or said
    if said and intro.count("(", said.end()) > intro.count(")", said.end()):
        said = None  # an aside in brackets inside the reported clause is the journalist's: "(abrégé en « … »)"
    if said and is_speech_verb(said.group("verb")) and said.group("verb").endswith("ant"):
        # participle: "Meta refuse de signer le code, arguant que ces lignes « étouffent l'innovation »": the main
        # clause's subject argues
        main = _subject(said.group("subject").split(",")[0])
        if main is not None and main.speaker != PREVIOUS_SPEAKER and _names_speaker(main.speaker):
            return Intro(main.speaker, main.detail, short=bool(_COPULA_END.search(intro)))
    if said and is_speech_verb(said.group("verb")):
        # (a coordinating conjunction or a connective adverb opening the sentence is no part of its subject: "Mais
        # elle a jugé qu'il « … »")
        subject = _SUBJECT_CONNECTIVE.sub("", _TRAIL.sub("", said.group("subject")).strip(" ,"), count=1)
        # partial_governed: words quoted in the clause a verb of saying reports are its subject's, however short: the
        # attribute of a copula ("X a affirmé que les craintes étaient « exagérées »"), a complement ("X a déclaré
        # que les défilés n'auraient pas « d'effet »"). Indirect speech marks the speaker's very words; a label
        # after a determiner (above) or an epithet right after its noun ("X croit que le modèle « ouvert »
        # gagnera") stays a scare quote.
        short = bool(_COPULA_END.search(intro)) or not _NOUN_AFTER_DETERMINER_END.search(intro)
        if (
            subject
            and "," not in subject
            and (len(words(subject)) <= 6 or (len(words(subject)) <= 9 and _body_by_kind(subject)))
            and _names_speaker(subject)
        ):
            return Intro(subject, short=short)
        if subject and is_anaphora(subject):
            return Intro(PREVIOUS_SPEAKER, short=short)  # "Le jeune patron de 32 ans a tenu à préciser que…"
        head = _DETERMINERS.sub("", subject, count=1).split(" ", 1)[0] if subject else ""
        role_subject = subject and _DEFINITE.match(subject) and _role_noun(head) and "," not in subject
        if role_subject and len(words(subject)) <= 8:
            return Intro(subject, short=short)  # role_speaker: "Le porte-parole du gouvernement a précisé que…"
        apposed = _subject(subject) if "," in subject and _DEFINITE.match(subject) else None
        if apposed is not None and apposed.detail and _is_full_name(apposed.speaker):
            # role_speaker, the name in apposition: "Le porte-parole du Kremlin, Dmitry Peskov, a déclaré que…"; the
            # words quoted in the clause reported are theirs however short, as after the role and the name with no
            # complement (see _governing_from)
            return Intro(apposed.speaker, apposed.detail, short=True)
        # pre_que after an opening phrase: "Lors d'un panel à Paris, Durand a déclaré que l'accord s'inscrivait dans
        # « … »". The opening adverbial phrase is no part of the subject: the subject is the segment after it.
        opening, comma, last = subject.rpartition(",")
        last = last.strip()
        if (
            comma
            and last
            and len(words(last)) <= 6
            and _names_speaker(last)
            and not is_anaphora(last)
            and not _names_speaker(opening.split(",")[0].strip())
        ):
            return Intro(last, short=short)
        determiner = _DETERMINERS.match(subject)
        if (
            determiner
            and subject[determiner.end() :].split(" ", 1)[0].casefold() in _INSTITUTIONS
            and len(words(subject)) <= 4
        ):
            # "L'autorité a estimé que…": an institution named by a common noun is no person; the quotation is
            # kept, its source unnamed, the noun phrase as description. (A public body is the one the text named,
            # "la préfecture" for "la préfecture de la Manche", read as resolve reads it: body_again.)
            if subject[determiner.end() :].split(" ", 1)[0].casefold() in _PUBLIC_BODIES:
                return Intro(subject)
            return Intro(PREVIOUS_SPEAKER + _DETERMINERS.sub("", subject, count=1))
    return None


# The kinds of firm the press names a firm by: "le laboratoire Ker Avel", "la start-up Kelvo".
_FIRM_KINDS = r"(?:laboratoire|start-up|startup|société|entreprise|groupe|firme|jeune pousse|éditeur)"
# kind_then_name: the kind of organisation, then its name, as the press names a firm ("l'opérateur Opcore",
# "le fonds Nexa Capital"); not a person ("le patron X" is a role, see _ROLE_THEN_NAME).
_KIND_THEN_NAME = re.compile(
    rf"^(?:{_FIRM_KINDS}|opérateur|fonds|cabinet|constructeur|fabricant|fournisseur|distributeur|hébergeur"
    # the other bodies the press names by kind, then name: "le syndicat FO Santé", "l'association One Voice", "le
    # site Campus France", "le parti Renaissance", "le collectif Nous Toutes"
    r"|syndicat|association|site|plateforme|parti|collectif|fédération|mouvement"
    # (a union's branch in a firm, "la section CGT de l'usine")
    r"|section"
    # (a paper by its kind, then its title: "le magazine Le Point", "le quotidien Le Monde")
    r"|magazine|journal|quotidien|hebdomadaire|mensuel|média"
    # (a name may hold a particle before a capital: "le groupe Banque des Vosges", "l'association Amis de la Terre")
    r"|géant)\s+(?P<org>[A-ZÀ-ÖØ-Þ][\w’'&.-]*(?:\s+(?:(?:de\s+la|de|du|des|d[’'])\s*)?[A-ZÀ-ÖØ-Þ][\w’'&.-]*){0,2})"
    # (where the body is, in lower case after its name: "le syndicat FO Santé de la région", "la section CGT du
    # dépôt de Vannes", "des agents municipaux")
    r"(?P<rest>,.*|\s+(?:de|du|des)\s+(?:la\s+|l[’']\s*)?[a-zà-ÿ][\w’'-]*(?:\s+(?:de\s+|d[’']\s*)?[\wÀ-ÿ][\w’'-]*){0,2})?$"
)
# An organisation opening a sentence as its subject, by its name: "Alibaba peut-elle…", "Meta insiste…".
_ORGANISATION_SUBJECT = re.compile(
    r"(?:^|[.!?…]\s+)"
    # the kind of firm may come first: "Le laboratoire Ker Avel", "La start-up Kelvo"
    rf"(?:(?:(?:Le|La)\b|L[’'])\s*{_FIRM_KINDS}\s+)?"
    # an acronym takes the article of the body it stands for: "Le SNES-FSU affirme…", "La CNIL rappelle…"
    r"(?:(?:(?:Le|La)\b|L[’'])\s*(?=[A-ZÀ-ÖØ-Þ]{2,}(?:-[A-ZÀ-ÖØ-Þ]{2,})*\s))?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-Þ0-9][\w-]*){0,2})"
    # an apposition that describes the firm between the name and the verb: "Nordlys, l'éditeur norvégien, s'installe…",
    # "Ker Avel, installé à Lannion, recrute…"
    r"(?:\s*,\s*(?:l[’']|le\s|la\s|un\s|une\s|[a-zà-ÿ]+ée?s?\s)[^,.;:!?«»“”\"]{2,120},)?"
    # the verb next ("Impossible à dire", "Faute de moyens": a preposition, no verb)
    r"\s+(?!(?:à|de|du|des|d[’']|en|pour|sur|dans|par|avec|sans|et|ou|au|aux|comme|que|qu[’'])\s)"
    r"(?=(?:ne\s|n[’'])?[a-zà-ÿ][\w’'-]*(?:-(?:t-)?(?:il|elle))?\s)"
)
# A firm named with its kind and its country, anywhere a clause starts: "Après Londres, la start-up américaine
# OpenAI, créatrice de ChatGPT, va ouvrir…", "le groupe chinois Alibaba a…": the organisation "l'entreprise" stands for.
_KIND_ORGANISATION = re.compile(
    rf"(?:^|[.!?…,]\s+)(?:(?:[Ll]e|[Ll]a)\b|[Ll][’'])\s*(?:{_FIRM_KINDS}|géant)(?:\s+[a-zà-ÿ-]+)?"
    r"\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-Þ0-9][\w-]*){0,2})"
    r"(?=\s*,|\s+[a-zà-ÿ])"
)
_NOT_ORGANISATION = frozenset(
    """
    il elle ils elles on nous vous je ce cette ces cet les la le un une des si quand qui que tout tous cela ça
    leur leurs son sa ses notre nos mon ma mes lui
    quel quelle quels quelles comment pourquoi où combien quoi lorsque puisque mais donc car ainsi alors aussi
    pourtant cependant désormais enfin depuis après avant selon malgré outre face impossible difficile reste
    ni et ou or soit même seul seule chaque aucun aucune plusieurs certains certaines
    """.split()
)
# A capital standing for its state, the press's metonymy ("Paris souhaite…", "Pékin dénonce…"): a sentence's subject,
# never the organisation "l'entreprise" or a communiqué stands for.
_CAPITALS = frozenset(
    """
    paris londres berlin rome madrid lisbonne bruxelles amsterdam vienne berne varsovie prague budapest athènes
    stockholm oslo copenhague helsinki dublin moscou kiev kyiv pékin beijing tokyo séoul taipei new delhi
    washington ottawa canberra brasilia riyad téhéran ankara jérusalem rabat alger tunis dakar abidjan
    """.split()
)
_ORGANISATION_ANAPHORA = re.compile(
    # "le géant des réseaux sociaux", "la firme de Menlo Park" too: a complement of one or two words
    # ("la centrale syndicale", "la centrale de Montreuil": the union named before, as the labour press calls it)
    # (and a firm by its trade: "l'opérateur" for a telecoms firm, "l'enseigne" for a retailer, "le constructeur")
    r"^(?:(?:la|le)\b|l[’'])\s*(?:entreprise|société|groupe|firme|start-up|startup|géant|compagnie|jeune pousse"
    r"|centrale|opérateur|constructeur|enseigne|distributeur|assureur|banque|fabricant|équipementier|transporteur"
    # (a manufacturer, a platform, a cooperative by what it is: "l'industriel", "la plateforme")
    r"|industriel|armateur|exploitant|plateforme|coopérative|mutuelle|gestionnaire|chaîne|éditeur)"
    # (an adjective in lower case: "le groupe Domia" is the firm named, kind_then_name, no anaphora)
    r"(?:\s+(?-i:[a-zà-ÿ]+)|\s+(?:de|des|du|de\s+la|d[’'])\s*[\wà-ÿ-]+(?:\s+[a-zà-ÿ]+)?)?$",
    re.I,
)


# A purpose clause, an infinitive after "pour" or "afin de": "pour préparer une charte" is no description.
_PURPOSE = re.compile(r"^(?:pour|afin\s+d(?:e\s+|[’']))\s*[a-zà-ÿ]+(?:er|ir|re)\b")


def _described_as(noun: str, detail: str) -> bool:
    """Whether a description names this role (in either gender): "syndicaliste" in "délégué syndical et
    syndicaliste CFDT"; or a role it names more precisely ("l'élu" for "député de la 1re circonscription")."""
    found = [w for w in re.findall(r"[\w-]+", detail.casefold()) if _role_noun(w)]
    folded = noun.casefold()
    narrower = _HYPERNYMS.get(folded, ())
    # (not the other gender's form of the noun: "le gérant" is not "X, gérante de la boulangerie")
    return any((w[:5] == folded[:5] and not _other_gender(w, folded)) or w in narrower for w in found)


def _other_gender(one: str, other: str) -> bool:
    """Whether two role nouns are the masculine and the feminine of one noun, as French forms the feminine: "gérant"
    and "gérante", "directeur" and "directrice", "vendeur" and "vendeuse", "pharmacien" and "pharmacienne",
    "patron" and "patronne", "conseiller" and "conseillère"."""
    for masculine, feminine in ((one, other), (other, one)):
        forms = {masculine + "e"}
        if masculine.endswith("teur"):
            forms.add(masculine[:-4] + "trice")
        if masculine.endswith("eur"):
            forms.add(masculine[:-3] + "euse")
        if masculine.endswith(("ien", "on")):
            forms.add(masculine + "ne")
        if masculine.endswith("er"):
            forms.add(masculine[:-2] + "ère")
        if feminine in forms:
            return True
    return False


# The press renames a person by a wider name for the office it gave first: "l'élu" for a député or a maire, "le
# dirigeant" for a PDG, "le magistrat" for a juge (the offices each wider name covers, in both genders).
_ELECTED = tuple(
    """député députée sénateur sénatrice maire eurodéputé eurodéputée conseiller conseillère adjoint adjointe
    édile""".split()
)
_LEADING = tuple(
    """pdg président présidente directeur directrice patron patronne fondateur fondatrice cofondateur cofondatrice
    ceo chef cheffe""".split()
)
# Public offices one person does not hold two of in a report, in both genders (see _Context._holds_other_office);
# and the party a court tries, whom a trial report never calls by another role ("l'accusé" is not the judge).
_PUBLIC_OFFICES = frozenset(
    """maire mairesse préfet préfète sous-préfet sous-préfète ministre procureur procureure juge député députée
    sénateur sénatrice eurodéputé eurodéputée bourgmestre accusé accusée prévenu prévenue""".split()
)
# The parts a hearing gives people, each held by someone else than the others (see _Context._holds_other_office),
# and the court a président presides.
_COURT_ROLES = frozenset(
    """avocat avocate accusé accusée prévenu prévenue juge procureur procureure greffier greffière juré jurée expert
    experte psychiatre psychologue""".split()
)
_COURT_BODY = re.compile(r"\b(?:cour|tribunal|audience)\b", re.I)
# The offices and the officials of a hearing the press names by their full name, never by a first name alone: a
# witness, a defendant or a victim named "Bruno, 58 ans" is never "le procureur" nor "le président" after.
_OFFICIALS = (_PUBLIC_OFFICES | _COURT_ROLES | {"président", "présidente"}) - {
    "accusé",
    "accusée",
    "prévenu",
    "prévenue",
    "juré",
    "jurée",
}


def _witness_for_office(person: _Person, noun: str) -> bool:
    """witness_not_official: whether ``person`` is someone the text named by a first name alone, not described with
    the office ``noun`` (:data:`_OFFICIALS`): the office then brings in someone new ("Bruno, 58 ans, … « … »,
    tranche le procureur")."""
    return (
        noun.casefold() in _OFFICIALS
        and person.named
        and " " not in person.name.strip()
        and noun.casefold() not in re.findall(r"[\w-]+", person.detail.casefold())
    )


_HYPERNYMS: dict[str, tuple[str, ...]] = {
    "élu": _ELECTED,
    "élue": _ELECTED,
    "parlementaire": ("député", "députée", "sénateur", "sénatrice", "eurodéputé", "eurodéputée"),
    "dirigeant": _LEADING,
    "dirigeante": _LEADING,
    "patron": _LEADING,  # "le patron du parti" for its président, its secrétaire général: whoever leads it
    "patronne": _LEADING,
    # (and the head's title for the word that calls a firm's head its boss: "le PDG d'Ariane" after "le patron
    # d'Ariane, Paul Roe")
    "pdg": ("patron", "patronne", "dirigeant", "dirigeante", "ceo"),
    "ceo": ("patron", "patronne", "dirigeant", "dirigeante", "pdg"),
    # the sports press's "le technicien" for the coach of a team or a national side
    "technicien": ("entraîneur", "entraineur", "sélectionneur", "manager", "coach"),
    "technicienne": ("entraîneuse", "entraineuse", "sélectionneuse", "manager", "coach"),
    "magistrat": ("juge", "procureur", "procureure"),
    "magistrate": ("juge", "procureure"),
    # the press's noun for a town's mayor ("l'édile", as "le premier magistrat" in _ROLE_SYNONYMS)
    "édile": ("maire", "mairesse"),
}


def _same_role(noun: str, detail: str) -> bool:
    """Whether a role may be the one a person was described with: yes when the description names no role; else one
    of its role nouns, in either gender ("présidente" for "président de X"). "la directrice" after "Paul Roux, maire"
    is someone else."""
    return not any(_role_noun(w) for w in re.findall(r"[\w-]+", detail.casefold())) or _described_as(noun, detail)


# epithet: the periphrases the French press uses for an office named before ("le chef du gouvernement" for
# the Premier ministre, "le chef de l'État" for the président de la République, "l'édile" for the maire).
_ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "chef du gouvernement": ("premier ministre", "première ministre"),
    "cheffe du gouvernement": ("première ministre", "premier ministre"),
    "premier ministre": ("chef du gouvernement",),
    "première ministre": ("cheffe du gouvernement", "chef du gouvernement"),
    "chef de l’état": ("président de la république", "chef d’état"),
    "cheffe de l’état": ("présidente de la république",),
    "président de la république": ("chef de l’état",),
    "locataire de l’élysée": ("président de la république",),
    "édile": ("maire",),
    "premier magistrat": ("maire",),
    "première magistrate": ("maire",),
    # the State's representative in a department or overseas: its prefect, its high commissioner
    "représentant de l’état": ("préfet", "préfète", "haut-commissaire", "haute-commissaire"),
    "représentante de l’état": ("préfète", "haute-commissaire"),
    "chef de la diplomatie": ("ministre des affaires étrangères",),
    "cheffe de la diplomatie": ("ministre des affaires étrangères",),
    # the seat of an office for the office ("le locataire de Matignon", "le locataire de Bercy")
    "locataire de matignon": ("premier ministre", "première ministre"),
    "locataire de bercy": ("ministre de l’économie",),
    "locataire de beauvau": ("ministre de l’intérieur",),
    "locataire de la place beauvau": ("ministre de l’intérieur",),
    "chef d’établissement": ("proviseur", "proviseure", "principal", "principale", "directeur", "directrice"),
    "cheffe d’établissement": ("proviseure", "proviseur", "principale", "directrice"),
    # a regulator's nickname for its head ("le gendarme des télécoms" for "X, président de l'Arcep")
    "gendarme des télécoms": ("arcep",),
    "gendarme de l’audiovisuel": ("arcom", "csa"),
    "gendarme de la bourse": ("amf", "autorité des marchés financiers"),
    "gendarme des marchés": ("amf", "autorité des marchés financiers"),
    "gendarme de la concurrence": ("autorité de la concurrence",),
    "gendarme du nucléaire": ("asn", "autorité de sûreté nucléaire"),
    "gendarme de la vie privée": ("cnil",),
    "gendarme des données personnelles": ("cnil",),
}


_REFLEXIVE_END = re.compile(r"(?<=\w)\s+(?:se|s[’'])\s*$")


def _periphrasis(phrase: str) -> str:
    """A speaker phrase as :data:`_ROLE_SYNONYMS` keys it: without its determiner, folded ("premier magistrat")."""
    return _DETERMINERS.sub("", " ".join(phrase.split()).strip(" ,."), count=1).casefold().replace("'", "’")


# Each synonym as the description may write it, the country's adjective after the office's first word ("ministre
# ukrainien des affaires étrangères").
def _synonym_patterns(fold: Callable[[str], str]) -> dict[str, tuple[re.Pattern[str], ...]]:
    """The roles of :data:`_ROLE_SYNONYMS` and their synonyms' patterns, every word passed through ``fold``."""
    return {
        fold(role): tuple(
            re.compile(rf"\b{re.escape(first)}(?:\s+[\w-]+)?\s+{re.escape(rest)}" if rest else rf"\b{re.escape(first)}")
            for first, _, rest in (fold(synonym).partition(" ") for synonym in synonyms)
        )
        for role, synonyms in _ROLE_SYNONYMS.items()
    }


_SYNONYM_PATTERNS = _synonym_patterns(str)
# The same, every word without its accents ("chef de l’etat" for "chef de l’état").
_PLAIN_SYNONYM_PATTERNS = _synonym_patterns(unaccented)
# A capitalised word in a description: the body a role is held in is named ("présidente du Rassemblement national").
_CAPITALISED_WORD = re.compile(r"\b[A-ZÀ-ÖØ-Þ]")
_ROLE_ANAPHORA = re.compile(r"^(?:(?:le|la)\s+|l[’']\s*)(?P<noun>[a-zà-ÿ][\w-]*)", re.I)
# The body a role is held in, named: "le patron de TSMC", "la porte-parole de Pékin".
_BODY_NAMED = re.compile(r"\s(?:de|du|des|d[’'])\s*(?:la\s+|l[’']\s*)?(?P<body>[A-ZÀ-ÖØ-Þ][\w’'-]*)")
# A capitalised word that is no institution's (after "de", "du"…): a name given with the role ("l'analyste Vivek Roe").
_NAME_IN_ROLE = re.compile(r"(?<!\bde)(?<!\bdu)(?<!\bdes)(?<![’'])(?<!\bla)(?<!\ble)(?<!\bles)\s[A-ZÀ-ÖØ-Þ]")
# A run of capitalised words and the word before it: "de Guy Degrenne", "l'Intérieur Gérald Darmanin".
_CAPITALISED_RUN = re.compile(
    r"(?P<before>\b(?:de|du|des|la|le|les)\s+|[’']\s*)?(?P<run>[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]*)*)"
)


def _name_in_role(flat: str) -> bool:
    """Whether a definite role names its holder ("le maire Paul Roe", "le ministre de l'Intérieur Gérald Roe").

    The body's name after "de" is no holder's, a firm named after its founder included ("le PDG de Guy Degrenne"):
    in a run after "de", a person's name follows the body's first word."""
    if _NAME_IN_ROLE.search(flat) is None:
        return False
    for found in _CAPITALISED_RUN.finditer(flat[:1].lower() + flat[1:]):  # (the article opening it: "Le maire…")
        if found.group("before") is None and not _ACRONYM.fullmatch(found.group("run")):
            return True  # (a party's or a union's acronym is no name: "le délégué CGT", "la maire PS de Tulle")
        tokens = found.group("run").split()
        if any(is_first_name(t) for t in tokens[1:-1]):
            return True
    return False


# A definite role and the organisation it is held in, named: "le patron d'Anthropic", "le PDG de Meta".
_ROLE_OF_NAMED_ORG = re.compile(
    r"^(?:(?:le|la)\b|l[’'])\s*(?P<noun>[a-zà-ÿ][\w-]*)\s+(?:de|d[’']|du)\s*(?P<org>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)?)$",
    re.I,
)
# A definite role with a complement in common words only, no name: "la présidente (LR) de la région", "le
# directeur de l'école". Not "le directeur de Kelvo" (a firm named: maybe someone else).
_DEFINITE_ROLE = re.compile(
    r"^(?:(?:le|la)\b|l[’'])\s*(?P<noun>[a-zà-ÿ][\w-]*)(?:\s+\([^()]{1,20}\))?"
    # (an institution with its article may be capitalised: "le président de la République")
    r"\s+(?:de\s+la|de\s+l[’']|du|des)\s*[a-zà-ÿA-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+[a-zà-ÿ][\w’'-]*){0,3}$"
)
_DEFINITE = re.compile(r"^(?:(?:le|la)\s+|l[’']\s*)[a-zà-ÿ]", re.I)
# A definite role and an indefinite body: "la psychologue d'un établissement", "le directeur d'une PME".
# (not a manner: "la co-responsable d'une voix douce")
_ROLE_OF_INDEFINITE = re.compile(
    r"^(?:(?:le|la)\s+|l[’']\s*)(?P<noun>[a-zà-ÿ-]+)(?:\s+[a-zà-ÿ-]+)?\s+d[’']\s*une?\s+"
    r"(?!(?:voix|ton|air|manière|façon|geste|sourire|trait|seul|coup)\b)",
    re.I,
)


def _definite_person_role(flat: str) -> tuple[str, list[str], str] | None:
    """A definite role a person holds ("le chef de l'État", "la secrétaire générale de la CGT"): the description
    without its article, its words from the role noun and that noun; None for another phrase or an institution's
    head ("le ministère"). See _Context._role_for_protagonist and _Context._salient_for_role."""
    if _DEFINITE.match(flat) is None:
        return None
    description = _DETERMINERS.sub("", flat, count=1)
    tokens = description.split()
    if len(tokens) > 1 and _EPITHET_ADJECTIVE.match(tokens[0].casefold() + " "):
        tokens = tokens[1:]  # (an adjective that dates the holder first: "le jeune médecin", "la nouvelle maire")
    noun = tokens[0].casefold() if tokens else ""
    if not _role_noun(noun) or noun in _INSTITUTION_HEADS:
        return None
    return description, tokens, noun


def _definite_role(phrase: str) -> bool:
    """ "le président de la région", "l'élu du Morbihan": a definite role noun and the body it is held in."""
    definite = _DEFINITE_ROLE.match(phrase)
    return definite is not None and _role_noun(definite.group("noun"))


_STATE_BODY = re.compile(
    r"\b(?:ministère|ministre|gouvernement|présidence|diplomatie|affaires étrangères|maison-blanche|kremlin|élysée"
    r"|département d[’']état)",
    re.I,
)
_CAPITAL_ROLE = re.compile(r"^(?:(?:le|la)\b|l[’'])\s*(?P<noun>[a-zà-ÿ][\w-]*)\s+de\s+(?P<city>[A-ZÀ-ÖØ-Þ][\w-]+)$")
_VAGUE_SOURCE = re.compile(
    r"^(?:une?|des)\s+(?:(?:bons?|bonnes?|fins?|fines?|grands?|grandes?|autres?)\s+)?(?:acteurs?|actrices?|proches?"
    r"|connaisseurs?|connaisseuses?|participants?|participantes?|témoins?|habitués?|habituées?|familiers?|initiés?"
    r"|personnes?|interlocuteurs?|interlocutrices?)\b",
    re.I,
)
# "de même source", "la même source": the source of the words quoted before (see _Context.resolve).
_SAME_SOURCE = re.compile(rf"^(?:de\s+|selon\s+)?{_SAME_SOURCE_WORDS}$", re.I)
# The public bodies the press names by their common noun, whose releases speak for them.
_PUBLIC_BODIES = frozenset(
    """préfecture sous-préfecture mairie présidence ministère gendarmerie police parquet rectorat ambassade armée
    hôpital direction""".split()
)
_DOCUMENT_OF = re.compile(
    r"^(?:(?:[Ll]e|[Ll]a|[Ll]es|[Uu]n|[Uu]ne|[Ll][’'])\s*)?"
    r"(?:[Cc]ommuniqué|[Rr]apport|[Dd]ocument|[Tt]exte|[Nn]ote|[Dd]éclaration|[Cc]ourrier|[Ll]ettre)"
    r"(?:\s+(?:officiel|officielle|commun|commune|conjoint|conjointe|final|finale|annuel|annuelle))?"
    r"\s+(?:de|d[’']|du)\s*(?:l[’']|la\s+|le\s+|les\s+)?(?:(?P<org>[A-ZÀ-ÖØ-Þ][^,.;:!?«»“”\"()]{0,60}?)"
    # (or a public body by its common noun, the place or office it serves named after it perhaps: "un communiqué de
    # la préfecture du Var", "le communiqué de la présidence")
    rf"|(?P<body>(?:{'|'.join(sorted(_PUBLIC_BODIES))})(?:\s+(?:de\s+la|de\s+l[’']|de|du|des|d[’'])\s*"
    r"[A-ZÀ-ÖØ-Þ][\w’'-]*(?:[\s-]+[A-ZÀ-ÖØ-Þ][\w’'-]*)*)?))"
    # (its acronym in brackets; a joint one's second body after "et": the first signs for both)
    r"(?:\s*\([A-ZÀ-ÖØ-Þ][\w&.-]{0,11}\))?(?:\s+et\s+[^,.;:!?«»“”\"]{2,100})?$"
)
_DOCUMENT_ADJECTIVE = re.compile(
    r"^(?:même|dernier|dernière|premier|première|nouveau|nouvelle|second|seconde)\s+", re.I
)
_DOCUMENTS = frozenset(
    """
    communique texte rapport document decision declaration avis note guide etude charte lettre tribune petition
    """.split()
)
# An organisation opening a sentence as its subject: "L'autorité italienne de la concurrence a ouvert…", "La
# commission, appelée Cnum, s'est dite…" (its name in apposition).
_INSTITUTION_SUBJECT = re.compile(
    r"(?:^|[.!?…]\s+)(?:L[’']|La\s|Le\s)\s*(?P<noun>[\w-]+)(?P<rest>[^,.;:!?«»“”\"]{0,60}?)"
    rf"(?:\s*,\s*(?:appelée?|baptisée?|surnommée?|dite?)\s+(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}})\s*,)?"
    r"\s+(?:a|avait|aurait|est|était|s[’']est|s[’']était|se|ne|n[’']a)\s"
)
# (a public body by its common noun too: "La préfecture indique dans un communiqué que « … »")
_INSTITUTIONS = _PUBLIC_BODIES | frozenset(
    """
    autorité régulateur gendarme commission gouvernement ministère tribunal cour agence présidence entreprise
    société groupe start-up plateforme organisation association syndicat fédération parquet justice comité conseil
    institut observatoire collectif direction compagnie firme intersyndicale municipalité université
    """.split()
)


_RELATIVE_QUE = re.compile(r"^(?:que|qu[’'])\s*(?=[A-ZÀ-ÖØ-Þ])")  # "…, que Mark Zuckerberg décrit comme"
_NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][\w’'.-]*|de|du|d[’'][A-Z]\w*|van|von|der|da|di|le|la|ben|bin|ibn|ould"
    rf"|{_ARABIC}[\w’'-]+)$"  # ("Mansour al-Otaibi")
)


# A role with its complement, a comma, then a person's name ending the phrase: "la PDG de Nordlys, Jeanne Roe".
_ROLE_COMMA_NAME = re.compile(
    r"(?:^|[.;]\s+|,\s+|\s(?=[Ll]e\s|[Ll]a\s|[Ll][’']))(?P<role>(?:[Ll]e|[Ll]a|[Ll][’']|[Ss]on|[Ss]a)\s*"
    r"(?P<noun>[\w-]+)[^,.;:!?«»“”\"]{0,80}?)\s*,\s*"
    rf"(?P<name>{_NAME_RUN})\s*$"
)


_CLAUSE_CONNECTIVE = re.compile(r"^(?:puis|et|mais|alors|ensuite|enfin|or|aussitôt)\s+", re.I)


def _person_subject(clause: str, verb_after: bool = False) -> str | None:
    """The subject of a clause when it describes a person without naming one: a determiner, perhaps an adjective,
    a noun of role or of witness ("l'accusé", "la voisine de la victime", "une autre directrice", "les parents"),
    its complement, then the clause's predicate (``verb_after``: the clause is the subject alone, its verb after
    it). None for anything else (a thing, a name, no predicate after)."""
    clause = _CLAUSE_CONNECTIVE.sub("", " ".join(clause.split()), count=1)  # "Et les parents", "Puis l'accusé"
    # (after a short opening phrase: "Pantoufles aux pieds, un locataire ne se fait pas d'illusion")
    clause = _SHORT_OPENING_BEFORE_PERSON.sub("", clause, count=1)
    partitive = _ONE_OF.match(clause)
    if partitive is not None and _one_of_people(partitive.group("noun")):
        # "l'un des locataires", "une des habitantes": one of a group the press does not name
        end = _one_of_end(partitive)
        # (a second complement the phrase leaves out comes before the predicate: "… de la mairie de Vierzon hausse")
        phrase, rest = clause[:end], _COMPLEMENTS.sub("", clause[end:], count=1)
        predicate = re.match(r"\s+(?:ne\s+|n[’']\s*|se\s+|s[’']\s*|y\s+|en\s+|lui\s+)*(?P<word>[a-zà-ÿ]+)", rest)
        if verb_after:
            return phrase if not rest.strip() else None
        return phrase if predicate and predicate.group("word") not in _NOT_A_VERB_AFTER else None
    determiner = _DETERMINERS.match(clause)
    if determiner is None:
        return None
    # (an adjective first, "la jeune voisine", or the noun at once: "l'enseignant", which reads as an adjective too)
    subject = next(
        (
            found
            for found, described in (
                (_DESCRIBED_PERSON.match(clause, determiner.end()), True),
                (_NOUN_PERSON.match(clause, determiner.end()), False),
            )
            if found is not None
            # ("une jeune femme", "un vieil homme": a person described, never "une femme" alone, too common a subject)
            and (_person_noun(found.group("noun").casefold()) or (described and found.group("noun") in _PEOPLE))
        ),
        None,
    )
    if subject is None:
        return None
    rest = clause[subject.end() :]
    # (a relative clause or an apposition set off by commas may come before the predicate: "l'accusé, qui risque la
    # prison, prévient la cour")
    rest = re.sub(r"^\s*,[^,]{1,100},", "", rest)
    if verb_after:
        return _without_other(clause[: subject.end()]) if not re.sub(r"^\s*,[^,]{1,100}$", "", rest).strip() else None
    predicate = re.match(r"\s+(?:ne\s+|n[’']\s*|se\s+|s[’']\s*|y\s+|en\s+|lui\s+)*(?P<word>[a-zà-ÿ]+)", rest)
    if predicate is None or predicate.group("word") in _NOT_A_VERB_AFTER:
        return None  # a noun phrase alone is a label ("Les parents : « … »"), "la voisine qui…" no clause yet
    return _without_other(clause[: subject.end()])


# A short opening phrase before an indefinite subject ("Pantoufles aux pieds, un locataire…", "Un peu plus loin, une
# fleuriste…"): a circumstance, not the subject.
_SHORT_OPENING_BEFORE_PERSON = re.compile(r"^[A-ZÀ-ÖØ-Þ][^,.;:!?«»“”\"]{1,40},\s+(?=(?:une?|l[’']une?)\s)")
# One of a group: "l'un des locataires", "une des habitantes", "l'une d'entre elles" is no noun.
# The preposition and the article of a noun's complement ("de la mairie", "de l'état", "des élèves", "d'université").
_OF = r"(?:de\s+la|de\s+l[’']|du|des|de|d[’'])"
_ONE_OF = re.compile(
    # ("un de ses collègues", "une de leurs voisines": one of the group a possessive points to)
    r"^(?:[Ll][’']\s*)?(?:[Uu]n|[Uu]ne)\s+(?:des|de\s+(?:ses|leurs|ces|nos|vos|mes))\s+(?:(?P<young>jeunes\s+)|autres\s+)?"
    r"(?P<noun>[a-zà-ÿ-]{3,})"
    # "un des présidents d'université", "l'un des agents de l'état civil" (the complement's adjective too)
    rf"(?:\s+{_OF}\s*[a-zà-ÿ’'-]+(?:\s+(?P<adjective>[a-zà-ÿ-]+))?(?=\s|,|$))?"
)


def _one_of_end(match: re.Match[str]) -> int:
    """Where a partitive's phrase ends: after its complement's adjective ("de l'état civil"), before a verb or a
    clitic that opens the predicate ("de l'état ne cache pas…", "de la ville estime…")."""
    adjective = match.group("adjective")
    if adjective is None:
        return match.end()
    verb = adjective in _CLITICS_AFTER or adjective in FINITE_WORDS or _finite_verb(adjective)
    not_adjective = verb or adjective in _LINKS_AFTER or not is_french_word(adjective)
    return match.start("adjective") - 1 if not_adjective else match.end()


_COMPLEMENTS = re.compile(rf"^(?:\s+{_OF}\s*[\w’'-]+)+")
_CLITICS_AFTER = frozenset("ne n se s y en lui leur le la les qui que dont et ou a".split())
# A preposition or an article after the complement opens a second complement ("de la mairie de Vierzon"), which the
# phrase leaves out, rather than an adjective.
_LINKS_AFTER = frozenset("de du des à au aux en dans sur sous pour par avec chez entre un une".split())


# connective_noun: a noun the press sets at a sentence's head, then a comma or a colon, as a connective or a label
# ("Résultat, ses fours sont éteints : « … »", "L'objectif : « … »", "Bilan : …"): never a speaker's name.
_CONNECTIVE_NOUNS = frozenset(
    """résultat bilan conclusion problème bref verdict constat preuve surprise objectif conséquence explication
    morale enjeu solution priorité ambition mission""".split()
)
_CONNECTIVE_LABEL = re.compile(r"^(?:L[’']\s*|Le\s+|La\s+|Seul\s+|Seule\s+)?(?P<noun>[A-Za-zÀ-ÿ]+)\s*(?:,|$)")
# another_of_the_kind: "un autre", "une autre" alone, its noun left out (see _Context.resolve).
# (or an ordinal: "« … », abonde un deuxième" after "un passant" spoke is the second passer-by)
_ANOTHER_ALONE = re.compile(
    r"^(?P<article>un|une)\s+(?P<which>autre|second|seconde|deuxième|troisième|quatrième|cinquième)$", re.I
)
# ordinal_of_pair: "le premier", "la seconde" after two people named together ("Fathia et Jocelyne trient les
# dons. « … », explique la première"): the one named first, or second, as French orders the two.
_ORDINAL_OF_PAIR = re.compile(r"^(?:le|la)\s+(?P<which>premier|première|second|seconde|deuxième)$", re.I)
# Two people named together, first names or full names: "Fathia et Jocelyne", "Anne Roe et Paul Doe".
_NAMED_PAIR = re.compile(
    rf"(?<![\w’'-])(?P<first>{_GIVEN_NAME}(?:\s+{_NAME_TOKEN})?)\s+et\s+(?P<second>{_GIVEN_NAME}(?:\s+{_NAME_TOKEN})?)"
    r"(?![\w’'-])"
)
# "l'un d'eux", "l'une d'entre elles": one of a group by its pronoun.
_ONE_OF_THEM = re.compile(r"^(?:l[’']\s*)?(?:un|une)\s+(?:d[’']\s*|d[’']entre[\s-]+)(?:eux|elles)$", re.I)
# The public bodies a report names again by their kind alone ("la préfecture", "le parquet").
_PUBLIC_BODY_KINDS = r"préfecture|mairie|rectorat|parquet|ministère|gendarmerie|sous-préfecture"
# A public body named with its place or its name: "la préfecture des Hautes-Alpes", "du parquet de Paris" (the
# article left out).
_BODY_WRITTEN = re.compile(
    rf"(?<![\w’'-])(?i:(?P<noun>{_PUBLIC_BODY_KINDS}))"
    r"\s+(?:de\s+la\s+|de\s+l[’']\s*|des\s+|du\s+|de\s+|d[’']\s*)"
    r"[A-ZÀ-ÖØ-Þ][\w’'-]*(?:(?:\s+|-)(?:[A-ZÀ-ÖØ-Þ][\w’'-]*|de\s+la|de|du|des|d[’'][A-ZÀ-ÖØ-Þ][\w’'-]*))*"
    r"(?<![\s-])(?<!\sde)(?<!\sdu)(?<!\sdes)(?<!\sla)"
)
# A public body by its kind alone, definite: "la préfecture", "le rectorat", "la mairie", "le parquet".
_BODY_AGAIN = re.compile(
    rf"^(?:(?:la|le)\b|l[’'])\s*(?P<noun>{_PUBLIC_BODY_KINDS}|région|commune)$",
    re.I,
)


# An institution by the noun its name opens with, in lower case: "l'agence", "la fédération" (institution_head_again).
_INSTITUTION_HEAD_AGAIN = re.compile(r"^(?:(?:la|le)\b|l[’'])\s*(?P<head>[a-zà-ÿ-]{4,})$")
# An institution by the first words of its name, capitalised: "l'Agence spatiale", "le Conseil constitutionnel".
_SHORT_INSTITUTION = re.compile(
    r"^(?:(?:la|le)\b|l[’'])\s*(?P<name>(?P<head>[A-ZÀ-ÖØ-Þ][a-zà-ÿ-]+)(?:\s+[a-zà-ÿ-]+)?)$"
)
# body_kind_anaphora: the kinds of body the press names once by name, then by kind alone ("le syndicat").
_BODY_KINDS = r"(?:syndicat|association|fédération|collectif|ONG|confédération|intersyndicale)"
# A body named with its kind: the kind, then the name ("le syndicat Sud Rail", "l'association de consommateurs
# UFC-Que Choisir"), or the name, then its kind in apposition ("La FCPE, principale fédération de parents", "le
# Snuipp-FSU, premier syndicat du primaire").
_BODY_WITH_KIND = re.compile(
    rf"\b(?:[Ll]e|[Ll]a|[Ll][’']|[Dd]u|[Dd]e\s+la|[Dd]e\s+l[’'])\s*(?P<kind>{_BODY_KINDS})(?:\s+de\s+[a-zà-ÿ]+)?"
    rf"\s+(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}})"
    rf"|(?:(?:(?:Le|La|Les)\b|L[’'])\s*)?(?P<name2>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}})\s*,\s*(?:le\s+|la\s+|l[’']|un\s+|une\s+)?"
    rf"(?P<described>(?:[a-zà-ÿ]+\s+)?(?P<kind2>{_BODY_KINDS}))\b"
)
# The kind alone, definite, an adjective perhaps after it: "le syndicat", "la fédération", "le collectif citoyen".
# (where it said so may follow: "le syndicat sur son compte Twitter", "la fédération dans un communiqué")
_BODY_KIND_AGAIN = re.compile(
    rf"^(?:(?:la|le)\b|l[’'])\s*(?P<kind>{_BODY_KINDS})(?:\s+(?!sur\b|dans\b|auprès\b|devant\b|lors\b)[a-zà-ÿ]+)?"
    r"(?:\s+(?:sur|dans|auprès|devant|lors)\b.*)?$",
    re.I,
)


def _one_of_people(noun: str) -> bool:
    """The group a partitive takes one from is of people: "l'un des locataires", "une des jeunes femmes"."""
    return _person_noun(noun.casefold()) or noun.casefold() in _PEOPLE


def _without_other(phrase: str) -> str:
    """ "Une autre directrice" is a directrice: "autre" tells the reader she is not the one quoted before."""
    return re.sub(r"^((?:une?|les|des|l[ae])\s+)(?:autres?|même)\s+", r"\1", phrase, count=1, flags=re.I)


# Nouns of people a description needs an adjective for ("une jeune femme"; "une femme" alone narrates).
_PEOPLE = frozenset({"femme", "homme", "femmes", "hommes"})


def _person_noun(noun: str) -> bool:
    """A noun of role or of witness, singular or plural ("directrice", "parents")."""
    return _role_noun(noun) or noun in _WITNESS_NOUNS or (noun[:-1] in _WITNESS_NOUNS and noun[-1:] in "sx")


# A person described: an adjective, the noun, its complement ("de la victime", "du conseil", "d'élèves"); or the
# noun and its complement alone.
# (the complement may end on the place the person is from: "une habitante du quartier de Bellevue")
_PERSON_NOUN = (
    r"(?P<noun>[a-zà-ÿ-]{3,})(?:\s+(?:de\s+la|de\s+l[’']|du|des|de|d[’'])\s*[\w’'-]+"
    r"(?:\s+(?:de\s+|d[’']\s*)[A-ZÀ-ÖØ-Þ][\w’'-]+)?)?(?=\s|,|$)"
)
_DESCRIBED_PERSON = re.compile(
    r"(?:autre|même|jeune|nouveau|nouvelle|ancien|ancienne|[a-zà-ÿ]+(?:euse|eux|ive|if|ant|ante|ée|é))\s+"
    + _PERSON_NOUN
)
_NOUN_PERSON = re.compile(_PERSON_NOUN)


def _adverb_in_ment(word: str) -> bool:
    """An adverb of manner, an adjective and "-ment" ("Heureusement", "Rapidement"), not a first name ("Clément")."""
    folded = word.casefold()
    return folded.endswith("ment") and is_french_word(folded[:-4]) and not is_first_name(word)


def _looks_like_name(text: str) -> bool:
    # (an asterisk after a name marks it changed, the press's footnote "le prénom a été modifié": "Anaëlle*")
    tokens = text.rstrip("*").split()
    if text.endswith("*") and tokens and len(tokens) == 1 and not is_first_name(tokens[0]):
        return not is_french_word(tokens[0])  # (a rare first name, not a word: "Anaëlle*", not "Important*")
    return 1 <= len(tokens) <= 5 and tokens[0][:1].isupper() and all(_NAME_WORD.match(t) for t in tokens)


def _looks_like_full_name(text: str) -> bool:
    """A name of two words or more: "Jeanne Roe", "Olivier Dall'Blanc" (see _looks_like_name)."""
    return len(text.split()) >= 2 and _looks_like_name(text.strip())


TITLE = "\x00title "  # marks a speaker phrase that is a title (see _speaker_segment)
_TITLE_ARTICLE = re.compile(r"^(?:(?:Le|La|Les)\b|L[’'])\s*[A-ZÀ-ÖØ-Þ]")


_PRESENTED_LAST = re.compile(
    r"(?:^|,\s*)(?:voici|voilà)\s+(?P<who>[A-ZÀ-ÖØ-Þ][^,:;«»“”\"\d]{1,40}?)"
    r"(?:\s*,\s*(?P<detail>[^,:;«»“”\"]{2,60})|\s+(?P<age>\d{1,3}\s+ans))?$",
    re.I,
)
_PRESENTATIVE = re.compile(
    r"^(?:c[’']est\s+(?:aussi\s+|également\s+|notamment\s+|d[’']ailleurs\s+)?le\s+cas\s+d(?:e\s+|[’']\s*)"
    r"|il\s+y\s+a\s+(?:aussi\s+|également\s+|encore\s+)?|voilà\s+|voici\s+)(?=[A-ZÀ-ÖØ-Þ])",
    re.I,
)


def _speaker_segment(phrase: str) -> Intro | None:
    """The speaker in 'Dans un entretien, Jeanne Martin, directrice de X': the first name, role or pronoun.

    A segment names a speaker when it is a pronoun or anaphora, a determiner
    and a role noun ("un porte-parole de Meta"), a determiner and a capitalised
    name ("La Commission européenne"), or a proper name: two capitalised words
    or more, or one alone ("Meta", "Zuckerberg"). "Plus tard" or "Mardi" open
    an adverbial phrase instead.
    """
    segments = [_TIME_OPENER.sub("", _RELATIVE_QUE.sub("", s.strip(), count=1), count=1) for s in phrase.split(",")]
    # (a presentative opens the sentence, the person after it: "C'est aussi le cas de Marie, 41 ans, infirmière, qui
    # constate que…", "Il y a aussi Paul Roe, qui estime que…")
    segments[0] = _PRESENTATIVE.sub("", segments[0], count=1)
    for i, segment in enumerate(segments):
        if _names_speaker(segment):
            if i > 0 and _TITLE_ARTICLE.match(segment) and is_anaphora(segment):
                # "De plus, Le Parisien, qui qualifie…": an article in capitals inside a sentence is part of a title
                # (a newspaper's name), not the anaphora "le Parisien" would be.
                return Intro(TITLE + segment)
            # (the relative pronoun left of a clause whose verb of saying was cut off: "…, infirmière, qui")
            kept = [s for s in segments[i:] if s and s.casefold() not in ("qui", "dont")]
            for number, part in enumerate(kept[1:], start=1):
                # (the apposition's closing comma left out, the clause goes on with its verb: "Le président du
                # festival, Igor Roe explique qu'il reste des places et relativise :" names Igor Roe, the role his)
                cut = _NAME_THEN_SAYING.match(part.strip())
                if cut is not None and _is_full_name(cut.group("name")) and is_speech_verb(cut.group("verb")):
                    kept = [*kept[:number], cut.group("name")]
                    break
            return Intro(segment if is_anaphora(segment) else ", ".join(kept))
    return None


# A present participle or an adjective in -ant alone, capitalised as the sentence's first word: "Souriant",
# "Hésitante" (describing the subject after the comma, no name).
_FRONTED_PARTICIPLE_ALONE = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{2,}(?:ant|ante|ants|antes)$")
# Sentence adverbs a sentence opens with, set off by a comma: "Surtout, les grévistes dénoncent « … »".
_FRONTED_ADVERBS = frozenset(
    """surtout ensuite enfin puis alors aussi désormais déjà pourtant toutefois néanmoins cependant ainsi bref
    finalement également parallèlement mieux pire seul seule seuls seules ici là""".split()
)


def _fronted_modifier(word: str) -> bool:
    """fronted_modifier: one word of the language opening the sentence before a comma, which describes the subject
    after it or the sentence ("Heureux, le président…", "Inquiets, les personnels…", "Surtout, les grévistes…"):
    a sentence adverb, or a word inflected or shaped as an adjective or an adverb is; no first name, no role, and
    not a firm's one-word name that is also a word ("Orange", "Carrefour": uninflected, no adjective's ending)."""
    folded = word.casefold()
    if not word[:1].isupper() or not folded.isalpha() or is_first_name(word) or _role_noun(folded):
        return False
    if folded in _FRONTED_ADVERBS or _FRONTED_PARTICIPLE_ALONE.match(word):
        return True
    if not is_french_word(folded):
        return False
    return lemma(folded) != folded or folded.endswith(("ment", "eux", "euse", "euses", "if", "ive", "ifs", "ives"))


# A full name, then a verb of saying in lower case opening the clause: "Igor Roe explique qu'…".
_NAME_THEN_SAYING = re.compile(
    r"^(?P<name>(?:[A-ZÀ-ÖØ-Þ][\w’'-]+\s+){1,3}?[A-ZÀ-ÖØ-Þ][\w’'-]+)\s+(?P<verb>[a-zà-ÿ]+)\b"
)
# A word elided before a lower-case one: "S'il", "Qu'elle", "Lorsqu'on" (not "N'Golo", "O'Neill", "L'Oréal").
_ELIDED_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-z]*[’'][a-zà-öø-ÿ]")


def _names_speaker(segment: str) -> bool:
    if not segment:
        return False
    if is_anaphora(segment) or _ORGANISATION_ANAPHORA.match(" ".join(segment.split())):
        return True  # a person named before, or the organisation ("la start-up définit ce modèle comme « … »")
    tokens = segment.split()
    if tokens[0].casefold() in _OPENERS or re.match(r"j[’']", tokens[0], re.I):
        return False  # (nor the first person: "J'avais alors cité…" is the speaker's own story)
    kin = _KIN_POSSESSIVE.match(" ".join(tokens))
    if kin is not None and kin.group("noun").casefold() in _KIN:
        # a relative by a possessive, and the first name the press gives without commas ("Son épouse Brigitte
        # complète :", "Leur fille Zoé ajoute :"): that person (see _Context.resolve)
        name = (kin.group("name") or "").split()
        if 0 < len(name) <= 3 and all(t[:1].isupper() for t in name):
            return True
    if _TIME_ALONE.fullmatch(segment):
        return False  # "Mi-avril", "Samedi": when, not who
    if len(tokens) == 1 and _fronted_modifier(segment):
        # a participle, an adjective or an adverb opening the sentence: "Souriant, …", "Hésitante, …", "Heureux, le
        # président…", "Surtout, les grévistes…": the subject follows the comma
        return False
    if len(tokens) == 1 and _DETERMINERS.match(tokens[0] + " "):
        return False  # an article alone opens a noun phrase, it names nobody ("Le juge …": "juge" is no verb here)
    determiner = _DETERMINERS.match(segment)
    if determiner:
        head = segment[determiner.end() :].split()
        return (
            bool(head)
            and (
                _role_noun(head[0])
                or _role_noun(_role_head(" ".join(head[:2])))  # ("le premier adjoint", "l'ancienne ministre")
                or head[0][:1].isupper()
                or _described_by_noun(head)
                or _KIND_THEN_NAME.match(" ".join(head)) is not None  # "le syndicat FO Santé", "le site Campus France"
                or _BODY_OF.match(" ".join(head)) is not None  # "le ministère de la Santé", "la préfecture du Var"
                # (a union or an association named by what it gathers: "le deuxième syndicat des gardiens de la paix",
                # "la fédération des parents d'élèves")
                or _ASSOCIATION_OF.match(" ".join(head)) is not None
            )
        )
    if _role_noun(tokens[0]):
        return True
    caps = taken = 0
    for token in tokens:
        if _ELIDED_WORD.match(token):
            break  # a conjunction elided before a pronoun ("S'il", "Lorsqu'elle"), capitalised at a sentence's start
        if token[:1].isupper() or _ARABIC_ARTICLE.match(token):  # ("Youssef el-Amrani")
            caps += 1
        elif token not in ("de", "du", "van", "von", "der", "da", "di", "le", "la") and not token.startswith("d’"):
            break
        taken += 1
    # A name, and at most a few words after it ("Zuckerberg lui-même"): not a clause that starts with one.
    return (caps >= 2 or (caps == 1 and len(tokens) == 1)) and len(tokens) - taken <= 3


def _described_by_noun(tokens: list[str]) -> bool:
    """ "boutiquier Mamadou Roe", "marchand de fruits Awa Roe": after the article, a noun no list of roles holds (and
    its complement), then the full name, as the press presents a person by trade without commas: a person. Not a
    complement's name ("parti de Paul Roe", "fils de Paul Roe": whose, not who)."""
    for i, token in enumerate(tokens[:4]):
        if token[:1].isupper():
            return (
                i > 0
                and tokens[i - 1].casefold() not in _NOT_DESCRIBING
                and is_first_name(token)
                and i + 1 < len(tokens)
                and tokens[i + 1][:1].isupper()
            )
        if not token.isalpha():
            return False
    return False


# Words between an article and a name that make the name a complement, not the person described.
_NOT_DESCRIBING = frozenset("de du des à au aux et ou avec pour sur chez par contre selon dont que qui".split())


# Words that open an adverbial phrase, not a speaker ("Dans un entretien, …", "Mardi, …").
_OPENERS = frozenset(
    """
    dans lors en pour interrogé interrogée interrogés interrogées selon depuis après avant mardi lundi mercredi jeudi
    invité invitée invités invitées contacté contactée contactés contactées sollicité sollicitée sollicités sollicitées
    questionné questionnée questionnés questionnées interviewé interviewée
    cependant néanmoins toutefois désormais aussi également d’ailleurs d'ailleurs
    vendredi samedi dimanche hier aujourd’hui ce cette au aux sur à a face comme pourtant mais et or ainsi enfin
    ensuite puis alors là même parmi outre malgré grâce chez avec sans sous entre vers contre quant
    devant derrière près auprès autour pendant durant dès
    non oui bref certes donc
    """.split()
)


_SELON_OPENING = re.compile(r"^(?:[Ss]elon|[Dd][’']après)\s+(?=[A-ZÀ-ÖØ-Þ])")
_GERUND_OPENER = re.compile(
    r"^(?:(?:[Ee]n|[Tt]out en)\s+[\w’']+ant\b|(?:Malgré|Après|Avant|Depuis|Lors|Dans|Face|Outre|Parmi|Grâce)\s)"
    r"[^«“\"]*?,\s+(?=[A-ZÀ-ÖØ-Þ])"
)
# A list item's label in capitals and a colon before its sentence ("Accès exclusif : Trump a déclaré…").
_LABEL_PREFIX = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+[\w’'-]+){0,4}\s:\s+(?=[A-ZÀ-ÖØ-Þ])")


# (never the point of a civility or an initial: "…, a indiqué M. Roe.")
_NEXT_STOP = re.compile(rf"{_NOT_A_CIVILITY}(?<!\bPr)[.!?…](?=\s|$)")
# A present participle of saying or judging opening a sentence: "Qualifiant …", "Jugeant …", "Estimant que …".
_OPENING_PARTICIPLE = re.compile(
    r"\s*(?:Tout\s+en\s+|En\s+)?(?:Qualifiant|Jugeant|Estimant|Décrivant|Dénonçant|Évoquant|Soulignant|Affirmant"
    r"|Rappelant|Assurant|Expliquant|Saluant|Fustigeant|Critiquant|Déplorant|Regrettant|Présentant|Insistant)\b"
)
_MAIN_CLAUSE = re.compile(r"[^«»“”\".!?]{0,120}?,\s+")


def _sentence_of(text: str) -> str:
    """The last sentence of ``text`` (its quotations masked: a « … » inside does not end it)."""
    return text[_narrated_sentence_start(text) :]


def _narrated_sentence_start(text: str) -> int:
    """Where the last sentence of ``text`` starts, a stop inside words quoted in it left aside: "… « A. B », dit-il"
    starts at the opening mark, not at "B"."""
    cut = _last_sentence_start(text)
    opening = text.rfind("«", 0, cut)
    if text.count("»", cut) > text.count("«", cut) and opening >= 0:
        return opening
    return cut


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` starts."""
    return min(_last_sentence_start(text[: position + 1]), position)


# A clause closing the sentence on the noun before it: a past participle and its complement ("…, organisé par l'AMF").
# (not a relative clause, which may be the speaker's: "…, a déclaré la porte-parole, qui réclame…", see the tests)
_TRAILING_CLAUSE = re.compile(
    r",\s+[a-zà-ÿ]{3,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)\s+"
    r"(?:par|à|au|aux|en|dans|sur|lors|pour|depuis|devant|chez)\s[^,«»“”\"]*[.!?…]?\s*$"
)


def _attributed_sentence_end(text: str, start: int) -> str | None:
    """The speaker phrase of an inverted attribution (a pronoun's too) that ends the sentence going on at ``start``
    after its last comma ("…, estime-t-il.", "…, a dit Durand."), with no other quotation in between; or None."""
    stop = _NEXT_STOP.search(text, start)
    clause = text[start : stop.end() if stop else len(text)]
    trailing = _TRAILING_CLAUSE.search(clause)
    if trailing is not None:
        # (a participle's clause on the last noun after the speaker's name, set off by a comma, is no part of the
        # attribution: "…, a averti X mercredi au congrès, organisé par l'AMF.")
        clause = clause[: trailing.start()] + "."
    commas = [m.start() for m in re.finditer(",", clause)][::-1][:3]
    post = None
    for index, comma in enumerate(commas):
        if index:
            # (the segment this comma opens, up to the next comma: a name, or how the words were reported at the
            # sentence's end)
            end = commas[index - 2] if index > 1 else len(clause)
            segment = clause[commas[index - 1] + 1 : end].strip(" .!?…")
            if not (_looks_like_name(segment) or (index == 1 and _REPORTED_BY.match(segment))):
                break
        # the last comma, or one before it when the speaker's name stands in apposition after the role ("…, a déclaré
        # la porte-parole du ministère, Mao Ning.")
        if comma <= 0 or re.search(r"[«»“”\"]", clause[comma:]):
            return None
        if _PARTICIPLE_AFTER.match(clause[comma:]):
            return None  # "…, suggérant une approche…": the journalist's participle, no attribution
        post = _post_attribution(clause[comma:], marks=False)
        if post is not None and post[1] >= len(clause) - comma - 1:
            break
        post = None
    if post is None:
        return None
    phrase = post[0]
    if phrase.startswith(PREVIOUS_SPEAKER) or _names_speaker(phrase.split(",")[0].strip()):
        return phrase
    head = _DETERMINERS.sub("", phrase.strip(), count=1).split()
    return phrase if _DEFINITE.match(phrase.strip()) and head and head[0].casefold() in ROLE_NOUNS else None


def _told_at_end(clause: str, pronoun: bool = False) -> str | None:
    """The speaker phrase of an inverted attribution that ends ``clause`` after its last comma ("…, a dit Durand",
    "…, reconnaît Yann Roe"), a pronoun's too when ``pronoun`` ("…, a-t-il souligné": PREVIOUS_SPEAKER); None
    when the clause does not end so."""
    # (from the last comma back: "…, pose Clarisse Roe, de l'Upfi": the speaker's description has its own comma)
    commas = [i for i, char in enumerate(clause) if char == ","][::-1][:3]
    post = None
    for comma in commas:
        post = _post_attribution(clause[comma:], marks=False) if comma > 0 else None
        if post is not None and post[1] >= len(clause) - comma - 1:
            break
        post = None
    if post is not None:
        head = [segment.strip() for segment in clause[:comma].split(",")]
        if all(_names_speaker(segment) for segment in head) and not any(
            _finite_verb(word) for word in words(clause[:comma]) if word[:1].islower()
        ):
            # the sentence's subject and its apposition before the comma, no verb among them ("Le président de la
            # cour, Jean Roe, interroge l'accusé"): the verb after the comma is the subject's own, no inverted one
            return None
    if post is None:
        lost = _LOST_COMMA_INCISE.search(clause)  # (a letter right before the verb: no comma there)
        if lost is not None:
            # the comma before the inverted verb lost in the copy, a verb that takes no person as its object and a
            # full name after it: "Impossible de faire autrement explique Adrien Roe, qui vend…"
            rest = ", " + clause[lost.start() + 1 :]
            post = _post_attribution(rest, marks=False)
            if post is None or post[1] < len(rest) - 1 or not _is_full_name(post[0].split(",")[0].strip()):
                return None
        else:
            return None
    if post[0].startswith(PREVIOUS_SPEAKER) and not (pronoun and post[0] == PREVIOUS_SPEAKER):
        return None
    return post[0]


# A verb of saying inverted after the journalist's clause, its comma lost, a capitalised name after it.
_LOST_COMMA_INCISE = re.compile(rf"(?<=[a-zà-ÿ])\s(?=(?:{_OBJECTLESS_SAYING})\s+[A-ZÀ-ÖØ-Þ][a-zà-ÿ-]+\s+[A-ZÀ-ÖØ-Þ])")


def _subject(clause: str) -> Intro | None:
    """The subject a participle refers to: 'Jeanne Martin, patronne de X, a salué l'accord' -> Jeanne Martin."""
    clause = clause.strip(" ,")
    label = _LABEL_PREFIX.match(clause)
    if label is not None:  # "Anciennes générations : Trump a indiqué…": the label is no part of the sentence
        clause = clause[label.end() :]
    # (the phrase that turns to the next person, its comma perhaps lost: "De son côté Rosalie est moins enjouée")
    clause = _SIDE_TURN.sub("", clause, count=1)
    topic = _TOPIC_STRESSED.match(clause)
    if (
        topic is not None
        and _names_speaker(topic.group("np").strip())
        and not any(_finite_verb(word) for word in words(topic.group("np"))[1:])  # ("X revient, lui, sur…")
    ):
        # contrastive_topic: the stressed pronoun after the subject sets it apart ("Le maire, lui aussi, veut
        # agir"): the noun phrase is the subject, the pronoun no one else
        return Intro(topic.group("np").strip())
    found = _with_apposed_name(clause, _subject_of(clause))
    opening, comma, rest = clause.partition(",")
    if (
        comma
        # (or what the whole clause gave is no speaker: "À la sortie de l'audience, Paul Roe, le frère…, est…")
        and (
            found is None
            or found.speaker == opening.split()[0]
            or not _names_speaker(found.speaker)
            # (or the whole clause after the opening phrase, not cut at its verb: "À 30 ans, le Boulonnais participera")
            or " ".join(found.speaker.split()) == " ".join(rest.split())
        )
        and (
            len(words(opening)) <= OPENING_WORDS
            # (a detached participle, or a complement opening on a preposition, may run longer: "Interpellé sur le
            # sujet en marge d'une visite au Salon du livre lundi, le ministre, X, a invité…", "À propos du selfie
            # qu'elle a pris avec un militant, Marine Roe souhaite…")
            or (len(words(opening)) <= 20 and (_detached_participle(opening) or _FRONTED_COMPLEMENT.match(opening)))
        )
        and not _is_full_name(opening.strip())
        and not is_first_name(opening.split()[0])  # "Nadia, infirmière, s'en sert": a witness, by first name
        # "L'un des parrains du salon, par ailleurs…": the subject itself; not a date or a time with its article
        # ("Le 28 mai dernier, Paul Roe a publié…", "Le lendemain, …")
        and (not _DETERMINERS.match(opening) or _DATED_OPENING.match(opening.strip()) is not None)
    ):
        # an opening phrase before the subject: "Dès le lendemain, le porte-parole…, X, a été catégorique",
        # "Témoin direct de la situation, X est formel" (its first word is no speaker)
        after = _with_apposed_name(rest.strip(), _subject_of(rest.strip()))
        if after is not None and _is_full_name(after.speaker):
            return after
        if after is not None and " " not in after.speaker and is_first_name(after.speaker):
            return after  # witness_first_name after the opening phrase: "Près du portail, Kevin attend sa sœur."
        if re.match(r"(?:il|elle)\s+[a-zà-ÿ]", rest.strip()):
            return Intro(PREVIOUS_SPEAKER)  # a pronoun: "Plus préoccupant encore, il évoque…"
        pronoun = _PRONOUN_AFTER_OPENINGS.match(rest.strip())
        if pronoun is not None and not _IMPERSONAL.match(rest.strip()[pronoun.start("pronoun") :]):
            return Intro(PREVIOUS_SPEAKER)  # after a second opening phrase: "Puis, avec ses salariés, il s'est mis…"
    if comma and found is not None and opening.split()[0].casefold() in _OPENERS:
        # an opening phrase, then a role and the full name with no comma ("Au coin de la rue, le marchand de
        # fruits Karim Roe explique…"): the subject is that person, not the words from the opening on
        after = _subject_of(rest.strip())
        if after is not None and _role_then_full_name(after.speaker.strip()) is not None:
            return after
    if found is not None:
        return found
    gerund = _GERUND_OPENER.match(clause)
    # "En soulignant que …, X évoque…", "Malgré …, X a indiqué": the subject follows the opening phrase
    return _subject_of(clause[gerund.end() :]) if gerund is not None else None


# A role, its comma, then the person's name and the verb, the name's closing comma lost: "L'adjoint au maire, Paul
# Roe regrette…".
_ROLE_COMMA_NAME_VERB = re.compile(
    rf"^(?P<role>(?:(?:[Ll]e|[Ll]a)\b|[Ll][’'])\s*[a-zà-ÿ][^,.;:!?«»“”\"]{{1,80}}?)\s*,\s+(?P<name>{_NAME_RUN})\s+"
    r"(?=(?:ne\s+|n[’']|se\s+|s[’'])?[a-zà-ÿ]{3,}\b)"
)


def _with_apposed_name(clause: str, found: Intro | None) -> Intro | None:
    """``found``, the subject read from ``clause``, unless it is a role that the person's name follows in
    apposition, its closing comma lost before the verb ("L'adjoint au maire, Paul Roe regrette…"): then the person,
    the role the description."""
    if found is None or not _DETERMINERS.match(found.speaker):
        return found
    apposed = _ROLE_COMMA_NAME_VERB.match(clause)
    if apposed is None:
        return found
    role = _DETERMINERS.sub("", " ".join(apposed.group("role").split()), count=1)
    name = apposed.group("name")
    if not _role_noun(role.split(" ", 1)[0]) or not _is_full_name(name) or not is_first_name(name.split()[0]):
        return found
    return Intro(name, role)


OPENING_WORDS = 8  # an opening phrase before a sentence's subject is this short
_SIDE_TURN = re.compile(
    # (a subject in capitals, or a definite role after it, its comma often left out: "De son côté la ministre
    # annonce…")
    r"^(?:De\s+(?:son|leur|notre|mon)\s+côté|Pour\s+(?:sa|leur|ma|notre)\s+part)\s*,?\s+"
    r"(?=[A-ZÀ-ÖØ-Þ]|(?:le|la|les)\s+[a-zà-ÿ]|l[’']\s*[a-zà-ÿ])"
)
# A date or a moment with its article, opening a sentence: "Le 28 mai dernier", "Le 3 juin", "Le lendemain", "La
# veille au soir", "La semaine dernière", "Ce matin-là".
_DATED_OPENING = re.compile(
    rf"^(?:le|la|ce|cette|l[’'])\s*(?:\d{{1,2}}(?:er)?\s+{MONTHS}\b|lendemain\b|veille\b|surlendemain\b"
    r"|soir\b|matin\b|jour\b|week-end\b|semaine\b|mois\b|année\b|dimanche\b|samedi\b|lundi\b|mardi\b"
    r"|mercredi\b|jeudi\b|vendredi\b|après-midi\b)",
    re.I,
)
# A circumstantial complement fronted before the subject, by its preposition: "À propos de…", "Après…", "Face à…".
_FRONTED_COMPLEMENT = re.compile(
    r"^(?:[ÀA]\s+propos|Au\s+sujet|Après|Avant|Face|Depuis|Malgré|Lors|Pendant|Durant|Concernant|Quant|Dans|Sur|En)\s"
)
# A clause opening with a personal pronoun as its subject, perhaps after a connective ("Pourtant, elle…").
_PRONOUN_PREDICATE = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+\s*,\s*)?(?:[Ii]l|[Ee]lle)\s+(?!qu)[a-zà-ÿ’']")
# The impersonal "il", no person: "Il faut…", "Il y a…", "Il s'agit…", "Il est temps…", "Il reste…".
_IMPERSONAL = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+\s*,\s*)?[Ii]l\s+(?:ne\s+|n[’']\s*)?(?:faut|fallait|faudra|faudrait|y\s|s[’']agit"
    r"|s[’']agissait|est\s+(?:temps|vrai|clair|évident|possible|probable|certain|sûr|difficile|important|nécessaire|"
    r"urgent|question)|reste|restait|suffit|suffisait|semble|semblait|paraît|convient|arrive|existe|manque|importe"
    r"|était\s+une\s+fois)\b"
)
# A predicate opening after a subject's apposition: "…, est formel", "…, se montre prudent", "…, a été catégorique".
_PREDICATE_START = re.compile(
    r"^(?:est|était|sera|a|avait|reste|restait|semble|paraît|demeure|se|s[’']|n[’']|ne)\b", re.I
)
_ROLE_OPENER = re.compile(r"^(?P<role>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ-]+(?:\s+[a-zà-öø-ÿ’'-]+){0,3}),\s+(?=\S)")
_CIVILITY_ARTICLE = re.compile(r"^(?:le|la)\s+(?:Dr|Pr|docteure?|professeure?)\.?\s+(?=[A-ZÀ-ÖØ-Þ])", re.I)


def _subject_of(clause: str) -> Intro | None:
    if not clause:
        return None
    opener = _ROLE_OPENER.match(clause)
    if opener is not None and opener.group("role").split()[0].casefold() in ROLE_NOUNS:
        # "Radiologue, le Dr Guillaume Roe utilise…": the role first, then the subject it describes
        found = _subject_of(clause[opener.end() :])
        if found is not None and found.speaker != PREVIOUS_SPEAKER and not found.detail:
            return Intro(found.speaker, opener.group("role").lower(), found.short)
        return found
    unfronted = _without_fronted_manner(clause)
    if unfronted != clause:
        return _subject_of(unfronted)
    clause = _CIVILITY_ARTICLE.sub("", clause, count=1)  # "le Dr Guillaume Roe": the civility and its article
    if not clause:
        return None
    tokens = clause.split()
    if is_anaphora(_noun_phrase(clause)):
        return Intro(PREVIOUS_SPEAKER)
    if _DETERMINERS.match(clause) or tokens[0].casefold() in ("sa", "son", "ses", "leur", "notre"):
        # "Le principal investisseur, Halden Partners, s'est félicité…": the name in apposition, or the role.
        head, _, rest = clause.partition(",")
        apposed = rest.partition(",")[0].strip()
        if apposed and _names_speaker(apposed) and apposed[:1].isupper():
            return Intro(apposed, _DETERMINERS.sub("", head.strip(), count=1))
        head = _VERB_AFTER_SUBJECT.split(head, maxsplit=1)[0]  # "Le Courrier a retrouvé…": the subject ends at its verb
        # …or at a verb in the present ("Le mathématicien prend ainsi en exemple… :")
        # (in the future too: "Le Boulonnais participera…")
        verb = next(
            (m for m in list(re.finditer(r"[\w’'-]+", head))[2:] if _finite_verb(m.group()) or _finite_form(m.group())),
            None,
        )
        head = head[: verb.start()] if verb is not None else head
        return _speaker_segment(head) if _names_speaker(head.strip()) else None
    # participle after an inverted attribution: "C'est un « grand effort », a dit Durand, ajoutant que « … »". The
    # participle's subject is the speaker just named, not the words opening the sentence.
    comma = clause.rfind(",")
    if comma > 0 and clause[:comma].rstrip()[-1:] in '»”"':  # the attribution of a quotation just closed
        # (a pronoun's too: "…», a-t-il souligné, précisant que « … »": the speaker of the quotation just closed)
        told = _told_at_end(clause, pronoun=True)
        if told is not None:
            return Intro(told)
    match = re.match(
        rf"^(?:(?:M\.|Mme|Dr)\s+)?(?P<name>{_NAME_TOKEN}(?:\s+(?:de\s+|du\s+)?{_NAME_TOKEN}){{0,3}})", clause
    )
    if match and re.match(r"^[A-ZÀ-ÖØ-Þ][’'][a-zà-ÿ]", match.group("name")):
        match = None  # "L'accusé", "M'a-t-il dit": an elided word, not a name (_NAME_TOKEN leaves "C'est" out too)
    if match and _names_speaker(match.group("name")):
        rest = clause[match.end() :]
        detail = ""
        apposition = re.match(r"^\s*,\s*(?P<detail>[^,]{3,120}?)\s*,", rest)
        if apposition and apposition.group("detail")[:1].islower():
            detail = apposition.group("detail")
        return Intro(match.group("name"), detail)
    # (the subject ends at its verb, an auxiliary or a pronominal one too: "Pourtant, le maire du village s'est senti…")
    return _speaker_segment(_AUXILIARY_AFTER_SUBJECT.split(clause, maxsplit=1)[0])


# A detached phrase of manner opening the sentence: an adverb in -ment and an adjective or a participle, then a comma.
_FRONTED_MANNER = re.compile(r"^(?P<adverb>[A-ZÀ-Ý][a-zà-ÿ]+ment)\s+(?:très\s+|si\s+|un\s+peu\s+)?[a-zà-ÿ]+\s*,\s*")


def _without_fronted_manner(clause: str) -> str:
    """``clause`` without a detached phrase of manner opening it: "Apparemment exaspéré, il a répondu…", "Visiblement
    émue, la maire…" (an adverb in -ment and an adjective describe the subject after the comma; the adverb in capitals
    is no name)."""
    fronted = _FRONTED_MANNER.match(clause)
    if fronted is not None and _manner_adverb(fronted.group("adverb")):
        return clause[fronted.end() :]
    # (a participle phrase too, up to its comma: "Venu soutenir les vignerons, Georges Roe en a appelé…" describes
    # the subject after it, the participle no name; an office is a role, "Délégué à la jeunesse, Paul Roe…")
    # (only before a name: a role after it opens the subject's own apposition, read as it stands)
    participle = _fronted_participle(clause, 0)
    if participle is None or _role_noun(participle.group("participle").casefold()):
        return clause
    rest = clause[participle.end() :].lstrip()
    return rest if rest[:1].isupper() and _DETERMINERS.match(rest) is None else clause


def _manner_adverb(word: str) -> bool:
    """An adverb in -ment ("amèrement", "Visiblement"): the dictionary knows the nouns in -ment ("logement",
    "département"), not the adverbs; nor is it a first name ("Clément")."""
    return word.casefold().endswith("ment") and not is_french_word(word) and not is_first_name(word)


_OCCASION_OPENER = re.compile(
    r"^(?:avant|après|lors|pendant|durant|dès|en\s+marge|à\s+l[’']issue|au\s+cours|à\s+l[’']occasion)\s+(?:de\s+|d[’']\s*|du\s+)?"
    r"(?:le|la|les|l[’']|un|une|son|sa|ses)\s*[a-zà-ÿ]",
    re.I,
)
_AUXILIARY_AFTER_SUBJECT = re.compile(r"\s(?:a|s[’']est|n[’']a|ne\s+s[’']est)\s")
_ROLE_IN_LEAD = re.compile(r"(?:^|\s)(?:le|la|l[’']|du|de\s+la|de\s+l[’']|des)\s*(?=[a-zà-ÿ])", re.I)
_NAME_BEFORE_COLON = re.compile(r",\s*(?P<who>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,2})\s*$")
_VERB_AFTER_SUBJECT = re.compile(
    r",|\s(?:a|avait|aurait|a-t-il|a-t-elle|est|était|s[’']est|se|s[’'](?:en|y)?|ont|avaient|va|doit|reste|n[’']a|ne)\s",
    re.I,
)


def _noun_phrase(clause: str) -> str:
    """The subject noun phrase opening a clause: up to its first comma or verb."""
    return _VERB_AFTER_SUBJECT.split(clause, maxsplit=1)[0].strip()


# "selon" and a role, a comma, then a name right before the words: "Selon la ministre, Anne Roe « … »".
_SELON_ROLE_THEN_SUBJECT = re.compile(
    r"(?:^|\s)(?:[Ss]elon|[Dd][’']après)\s+(?P<role>(?:(?:le|la)\b|l[’'])\s*[^,«»“”\"]+?)\s*,\s*(?P<name>[^,«»“”\"]+)$"
)
# A quotation's inverted verb with a pronoun, then "avant d'ajouter": the lead-in of the same speaker's next words.
_THEN_ADDED = re.compile(
    r"[»”\"]\s*,?\s*[a-zà-ÿ]+-t-(?:il|elle|ils|elles)\b[^«»“”\"]{0,60}?\bavant\s+d[’']\s*"
    r"(?:ajouter|poursuivre|préciser|conclure|expliquer|lancer|glisser|insister|enchaîner)\s*$"
)


def _lead_in_person(text: str, start: int, colon: bool = False) -> Intro | None:
    """The speaker the lead-in to the quotation at ``start`` names, whom a pronoun attributing the words takes up
    ("Pour Hakil, cafetier, « A, raconte-t-il, B »", "X, hôtelière : « … », constate-t-elle"); ``colon``: only a
    lead-in to a colon. None when the sentence before closed, or the lead-in names nobody new."""
    before = _intro_before(text, start)
    if not before or before[0].endswith((".", "!", "?", "…")) or (colon and not before[1]):
        return None  # (the sentence before, closed: no lead-in of these words)
    intro = intro_attribution(*before)
    if intro is None or intro.speaker == PREVIOUS_SPEAKER or QUOTE_MARKS.match(intro.speaker.lstrip()):
        return None
    return intro


def _intro_before(text: str, start: int) -> tuple[str, bool] | None:
    """The words before a quotation in its sentence, and whether a colon introduces it; None if no link word."""
    window = max(0, start - ATTRIBUTION_WINDOW)
    before = text[window:start]
    # (a stop inside words quoted before starts no sentence: "« Elles ont un prénom. Il y a Upi… », illustre-t-il
    # avant d'ajouter : « … »": the lead-in opens with them)
    cut = _narrated_sentence_start(before)
    before = before[cut:].rstrip()
    if window == 0 and cut == 0:
        # live_entry: a live page opens each entry with its time, and a heading perhaps ("23h06 : Yannick Roe :
        # « … »", "15H53 - Amoureux - Paul Roe évoque la France : « … »"): the entry's words start after them
        before = _LIVE_ENTRY.sub("", before, count=1)
    closed = max(_CLOSED_STRAIGHT.finditer(before), key=lambda m: m.start(), default=None)
    if closed is not None:
        # a sentence quoted in straight marks ends with its stop inside them ('…moins cher." Chantal a sa
        # stratégie : "…"'): the words after it are a sentence of their own
        before = before[closed.end() :]
    if before.endswith(":"):
        return before[:-1].rstrip(), True
    tail = re.search(r"\s(?:que|qu[’'])$|^(?:que|qu[’'])$", before, re.I)
    if tail:
        return before[: tail.start()].rstrip(), False
    if before.endswith(","):
        # pre_que with a circumstantial phrase between "que" and the quotation: "…, ajoutant qu'au cours des
        # prochaines années, « … »", "Il a dit que, dans ce cas, « … »". The phrase is set off by commas.
        adverbial = _QUE_ADVERBIAL.search(before)
        if adverbial:
            return before[: adverbial.start()].rstrip(), False
        return before[:-1].rstrip(), False
    return before, False


_LIVE_ENTRY = re.compile(r"^\s*\d{1,2}\s?[hH:]\s?\d{2}\s*[:–—-]\s*(?:[^:–—«»“”\"]{1,40}?\s[–—-]\s+)?")
_QUE_ADVERBIAL = re.compile(
    r"\s(?:que|qu[’'])\s*,?\s*(?:(?:au|aux|à|dans|en|d[’']ici|pour|dès|lors|depuis|sur|après|avant|avec|selon|d[’']après"
    r"|à\s+terme|demain|bientôt|aujourd[’']hui|désormais)\b[^,«»“”\"]{0,60}),$",
    re.I,
)


# The stop first, then the look back at the characters before it: a pattern that starts with a set of characters
# lets the regular-expression engine skip to the next stop instead of trying every position.
_CLOSED_STRAIGHT = re.compile(r"[.!?…]\"\s+(?=[A-ZÀ-ÖØ-Þ])")
_SENTENCE_BREAK = re.compile(
    r"[.!?…»”](?<!\bM.)(?<!\bMme.)(?=\s+[A-ZÀ-ÖØ-Þ«“\"])\s+"
    # (or a straight mark that closes, glued to its last word, before a capital: '"… positiver" Et le coach…', the
    # words' stop left out as copies leave it)
    r"|(?<=[\w.!?…])\"(?=\s+[A-ZÀ-ÖØ-Þ][a-zà-ÿ’'])\s+"
    # (or a stop right after a closing mark, glued to the next sentence, a copy having lost the space:
    # 'Amiens".De son côté')
    r"|(?<=[»”\"])\.(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])"
)
_INITIAL = re.compile(r"(?:^|(?P<before>\S+)\s+)[A-Z]$")


_POSSESSIVE = re.compile(r"(?:^|\s)(?:son|sa|ses)\s", re.I)


def _paragraph_topic(text: str) -> Intro | None:
    """The person the paragraph's text opens on, as its first sentence's subject named in full, when the text names
    nobody else in full (see _standalone_speaker)."""
    text = text.strip()
    if not text or text[:1] in '«“"':
        return None
    end = _SENTENCE_END.search(text)
    subject = _subject(text[: end.start() + 1] if end is not None else text)
    if subject is None or not _is_full_name(subject.speaker):
        return None
    # (the first name of each full name the text holds: one person only, the subject)
    firsts = {m.group(0).split()[0] for m in _FULL_NAME.finditer(text)}
    return subject if firsts <= {subject.speaker.split()[0]} else None


def _last_sentence_start(text: str) -> int:
    """Where the last sentence of ``text`` starts: after a full stop, unless it ends a name's initial ("J. Dupont").

    A capital letter alone before the stop is an initial when it starts the
    text or follows a capitalised word ("Jean C. Dupont"), not after a common
    word ("la série C. Yann Silva déclare").
    """
    for match in reversed(list(_SENTENCE_BREAK.finditer(text))):
        initial = _INITIAL.search(text, 0, match.start())
        if (
            text[match.start()] == "."
            and initial
            and (not initial.group("before") or initial.group("before")[:1].isupper())
        ):
            continue
        return match.end()
    return 0


# ----------------------------------------------------------------------------
# One text: the quotations of a paragraph or a list item
# ----------------------------------------------------------------------------


@dataclass
class _Found:
    parts: list[str]
    speaker_phrase: str
    start: int
    end: int
    detail: str = ""  # speaker's description given apart from the phrase ("Pour X, <rôle>, …")
    how: str = "attributed"  # attributed | follow (same speaker as the last one) | lead-in | continued
    open: bool = False  # runs on into the next paragraph


# A noun that names what follows it: the words after are a title or a label, nobody's speech.
_NAMING_NOUN_END = re.compile(
    r"\b(?:thème|thématique|intitulée?s?|titre|titrée?|slogan|devise|mot d[’']ordre|hashtag|baptisée?s?|surnommée?s?"
    r"|nommée?s?|appelée?s?|dénommée?s?"
    # an electoral list's name, as local election reports give it: "la liste « Agir ensemble »", "la tête de liste
    # « Ensemble pour Sauve » a salué…"
    r"|(?:la|sa|leur|une|cette|de)\s+liste"
    # a work's or a scheme's name after its kind: "la tournée « Je me souviens d'un adieu »", "son album « … »", "le
    # dispositif « … »"
    r"|\b(?:la|le|l[’']|sa|son|leur|cette|ce|cet|une|un|du|de\s+la|sa\s+nouvelle|son\s+nouvel|son\s+nouveau)\s*"
    r"(?:tournée|album|single|spectacle|film|roman|essai|émission|série|exposition|festival|opération|dispositif"
    # ("auteur du livre « Révolutions »", "le documentaire « … »": a work's title, as the press sets it in marks)
    # (not "morceau", as often a piece of something said: "un morceau de bravoure")
    r"|livre|ouvrage|recueil|documentaire|pièce|podcast|chanson|clip|téléfilm|feuilleton|court-métrage"
    r"|long-métrage|bande\s+dessinée|BD)"
    # "dit" as "so-called", agreeing with the noun before it ("des élèves dits « à besoins particuliers »", "un
    # quartier dit « sensible »"), not the verb of saying ("l'a dit", "comme le dit", "s'est dit")
    r"|\b(?:le|la|les|l[’']|un|une|des|du|ces|ce|cette|cet)\s*(?!(?:a|avait|ont|avaient)\s)[\w-]{3,}(?:\s+[\w-]{3,})?"
    r"\s+dite?s?(?=\s*$)"
    # the name of an idea: "son idée de « démocratie augmentée »", "le concept d'« IA frugale »"
    r"|(?:idée|concept|notion|théorie|doctrine)\s+(?:de|d[’']))\s*:?\s*$",
    re.I,
)
_CHARGE_END = re.compile(
    r"\b(?:mise?s?\s+en\s+examen|poursuivie?s?|condamnée?s?|inculpée?s?|jugée?s?|placée?s?\s+en\s+garde\s+à\s+vue"
    r"|interpellée?s?|arrêtée?s?|écrouée?s?|déférée?s?|mise?s?\s+en\s+cause|enquête\s+(?:a\s+été\s+)?ouverte"
    r"|information\s+judiciaire\s+(?:a\s+été\s+)?ouverte|plaintes?|condamnation)"
    # (who lodged the complaint and against whom may stand between: "30 plaintes par des familles contre le groupe
    # pour des faits de « … »")
    r"(?:\s+[\w’'-]+){0,12}?\s+(?:pour|du\s+chef\s+d[e’']|des\s+chefs\s+d[e’'])\s*(?:des\s+faits\s+d[e’']\s*|de\s+|d[’']\s*)?$"
    # "pour des faits de « … »" names a charge whatever the verb before it
    r"|\bpour\s+des\s+faits\s+(?:de\s+|d[’']\s*)$",
    re.I,
)
_SIGN_NOUNS = (
    r"pancartes?|banderoles?|affiches?|panneaux?|panneau|écriteaux?|tracts?|t-shirts?|calicots?|graffitis?|tags?"
)
# A crowd's verb of chanting after the marks: "« … », scandaient les manifestants", "ont entonné les supporters"
# (plural: one voice that "scande" is a host's or a speaker's, "scande l'animateur").
_CHANTED_AFTER = re.compile(
    r"\s*,?\s*(?:(?:ont|avaient)\s+(?:scandé|entonné|chanté)|(?:scand|entonn|chant)(?:ent|aient)(?:-ils|-elles)?)\b",
    re.I,
)
_SIGN_AFTER = re.compile(
    rf"\s*,?\s*(?:pouvait-on|peut-on|pouvait\s+on|on\s+pouvait|on\s+peut)\s+(?:aussi\s+|également\s+|encore\s+)?lire"
    r"\s+sur\s+"
    # (one of several: "sur l'une des nombreuses pancartes")
    rf"(?:l[’']une?\s+des\s+|une?\s+des\s+)?(?:une?|la|les|des|leurs?|ses)?\s*"
    rf"(?:[\w’'-]+\s+)?(?:{_SIGN_NOUNS})\b",
    re.I,
)
_SIGN_BEFORE = re.compile(
    rf"\b(?:{_SIGN_NOUNS})\s+(?:disant|portant|proclamant|affichant|clamant|où\s+(?:l[’']on\s+)?(?:pouvait|peut)\s+(?:se\s+)?lire)"
    r"\s*:?\s*$",
    re.I,
)
# A preposition before the colon: the words are what a document or a debate is about, its title ("une communication
# sur : « l'impact de l'IA sur la culture »"), never words said.
_ABOUT_COLON = re.compile(r"\b(?:sur|concernant|autour de|à propos de)\s*:\s*$", re.I)


_FOR_AFTER = re.compile(
    rf"^\s*,?\s*pour\s+(?P<speaker>{_NAME_RUN}|{_GIVEN_NAME})\s*(?=[;.!?]|$)"
)  # (with a comma after the name, its role follows: the post attribution reads both, pour_x)
_CLAUSE_END = re.compile(r"(?:[.;!?…]|[.!?…][»”\"])$")


def _opens_clause(text: str, start: int) -> bool:
    """Whether the words at ``start`` open the text, a sentence or a clause after a semicolon."""
    before = text[:start].rstrip()
    return not before or _CLAUSE_END.search(before[-2:]) is not None


# A body's or a work's name in marks inside an attribution, after a preposition or the body's kind: "…», s'insurge le
# porte-parole du collectif « Bassines non merci », Julien Roe" (capitalised, a few words, no stop of a sentence).
_NAME_IN_MARKS = re.compile(
    r"(?P<lead>\s(?:de|du|des|d[’']|collectif|association|mouvement|syndicat|groupe|festival|club|émission|opération))"
    r"\s*«\s*[A-ZÀ-ÖØ-Þ][^«»“”\".]{0,60}?\s*»"
)


def _masked_names(after: str) -> str:
    """``after`` with the names in marks it holds (:data:`_NAME_IN_MARKS`) as plain words of the same length, so that
    the attribution reads past them: the marks and a name's "!" or "?" become spaces."""

    def plain(found: re.Match[str]) -> str:
        return re.sub(r"[«»!?]", " ", found.group())

    return _NAME_IN_MARKS.sub(plain, after) if "«" in after else after


# lost_open: words opening a paragraph, no opening mark among them, then a closing one glued to the last word and
# followed by a stop, a comma or the line's end (a sentence at least: "Accueil » Actualités" is a breadcrumb).
_LOST_OPENING = re.compile(r"(?P<words>[A-ZÀ-ÖØ-Þ][^«»“”\"\n]{10,400}?[\w.!?…])(?P<close>[»”])(?=\s*[.,;:]|\s*$)")
LOST_OPEN_WORDS = 4


def inline_quotations(
    text: str, lead_in: str | None = None, interview: bool = False, cut: bool = False, lost_open: bool = False
) -> list[_Found]:
    """Attributed quotations in one paragraph or list item, multi-part spans merged.

    ``lead_in`` is the text of the line just before when it ends with a colon:
    a quotation opening this text takes its speaker from it. ``interview``: the page is an interview, where a
    paragraph that is a quotation alone, even with no stop, is a pull quote (its speaker found by the caller).
    ``cut``: the text is the copy's last (see :func:`spans`).
    """
    found: list[_Found] = []
    last_end = -1
    labels: set[int] = set()  # where the spans a noun or a charge names begin: titles and legal names, never words
    labels_end = -1  # where the last of them ends
    skipped: list[Span] = []  # spans nothing attributed so far: scare quotes, unless their sentence's attribution
    if text.count('"') == 1:
        unclosed = _unclosed_straight(text)
        if unclosed is not None:
            return [unclosed]
    for index, span in enumerate(spans(text, cut, lost_open)):
        inner = span.inner
        if span.start < last_end and inner[:1].isupper() and len(words(inner)) <= NAME_WORDS:
            continue  # (a body's name in marks inside the attribution just read: see _masked_names)
        # incise: also in a quotation that its paragraph does not close (French convention for a quotation running
        # over paragraphs, or a copy cut short): « A, a insisté X, B… names its speaker all the same.
        incise = _incise(inner)
        after = _masked_names(text[span.end : span.end + ATTRIBUTION_WINDOW])
        # a title, not words said: a noun before names it ("L'album, intitulé « Mission Z », interroge…"), or a
        # preposition before the colon gives what a document is about ("une communication sur : « … »")
        named = _NAMING_NOUN_END.search(text, 0, span.start) is not None
        # charge_qualification: the offence's legal name, which the press quotes after the procedure ("mis en
        # examen pour « homicide involontaire »", "poursuivi du chef de « … »"): the law's words, nobody's speech
        named = named or _CHARGE_END.search(text, max(0, span.start - 120), span.start) is not None
        # written_sign: words read on a sign, a banner or a poster ("« … », pouvait-on lire sur une pancarte",
        # "des banderoles disant « … »"): written, nobody said to say them
        named = (
            named
            # (and a slogan chanted or a song sung: "« … », scandaient les manifestants", "entonnent-ils")
            or _CHANTED_AFTER.match(text, span.end) is not None
            or _SIGN_AFTER.match(text, span.end) is not None
            or _SIGN_BEFORE.search(text, max(0, span.start - 80), span.start) is not None
            # (and the next items of the list a label opens: "pour des faits de « A », de « B » et d'« C »")
            or bool(labels and _LABEL_LIST_GOES_ON.fullmatch(text, max(labels_end, 0), span.start))
        )
        if named and _AUX_APPELE_END.search(text, 0, span.start) and _LINK_OPENING.match(inner):
            # appeal_governed, not a name: "a appelé « au calme »", the link word opening the quoted words
            named = False
        if named:
            labels.add(span.start)
            labels_end = span.end
        about = _ABOUT_COLON.search(text, 0, span.start) is not None
        words_of = None if span.open else _WORDS_OF_AFTER.match(after)
        opens_clause = _opens_clause(text, span.start)
        if words_of is None and not span.open and opens_clause:
            # "« Un énorme rassemblement » pour Stéphane ; « À faire une fois » pour Jessy": the words opening the
            # clause, then "pour" and whom they are from (pour_after)
            words_of = _FOR_AFTER.match(after)
            if words_of is not None and not (
                _is_full_name(words_of.group("speaker")) or is_first_name(words_of.group("speaker"))
            ):
                words_of = None
        short = words_of is not None and _names_speaker(words_of.group("speaker").split(",")[0].strip())
        post = (
            (words_of.group("speaker").strip(), words_of.end())
            if short and words_of is not None
            else None
            if span.open or named
            else _post_attribution(after, opens=not text[: span.start].strip())
        )
        # (the sentence's words right before the marks, when an attribution follows them)
        marks_lead = text[: span.start].rstrip() if post is not None and not short else ""
        if (
            post is not None
            and not short
            and len(words(inner)) == 2
            and (_POST_SELON.match(after) or (_COPULA_END.search(marks_lead) and _SELON_LATER.match(after)))
        ):
            # selon: "le « processus patine », selon la spécialiste": "selon X" right after the marks gives X the
            # very words, two as well as ten (one word stays a qualifier the journalist quotes); and a "selon X"
            # closing the sentence gives X the attribute of a copula in it: "15 000 emplois sont « potentiellement
            # menacés » en France, selon l'association"
            short = True
        if (
            post is not None
            and not short
            and not incise
            and len(words(inner)) <= 2
            and inner[:1].isupper()
            and opens_clause
            and after.lstrip().startswith(",")
            and not _POST_SELON.match(after)
        ):
            # post_inverted: a word or two opening the sentence, then the incise ("« Suicide », a conclu le
            # parquet.", "« Magnifique », a réagi X"): the whole reply, not a qualifier inside the journalist's clause
            short = True
        if (
            post is not None
            and not short
            and len(words(inner)) <= 2
            and not incise
            and not _POST_SELON.match(after)  # ("est « historique », selon X": one word stays a qualifier)
            and (
                _COPULA_END.search(marks_lead)
                # (or a fragment of the speaker's clause, in lower case, no determiner before it: "afin de ne « rien
                # négliger », a dit le procureur"; not a label, "une offre « low-cost »", nor a name, « Llama 4 »)
                or (
                    # (one word when it is the speaker's verb, conjugated: "La halle « renaîtra », promet X"; an
                    # adjective after a noun stays a qualifier, "un projet « historique », a salué X")
                    (len(words(inner)) == 2 or _conjugated(inner.strip()))
                    and inner[:1].islower()
                    and after.lstrip().startswith(",")
                    # (a determiner alone opening the sentence is the words' own: "Un « faible nombre », se félicite
                    # X": the whole clause before the incise is the speaker's)
                    and (
                        not _ENDS_WITH_DETERMINER.search(marks_lead)
                        or _LONE_DETERMINER.fullmatch(text[_sentence_start(text, span.start) : span.start].strip())
                    )
                    # (nor a noun's complement: "un projet de « longue haleine »")
                    and not _NOUN_COMPLEMENT_END.search(marks_lead)
                )
            )
            and _sentence_start(text, span.start) >= last_end
        ):
            # post_inverted after a copula's attribute: "Ce serait « contreproductif », se désole X", "C'est
            # « inacceptable », a-t-il dit": the verb of saying right after the marks gives the speaker the sentence,
            # whose quoted words are the judgement (partial_governed)
            short = True
        between = text[last_end : span.start] if last_end >= 0 else None
        joined = found and between is not None and not between.strip(" ,.;:–—-") and not post and not incise
        # (« A », poursuit-il, « B » is one quotation; not when a clause after the name leads to B: see _leads_on)
        # (« A », dit X, qui voit grand : « B »: a colon hands B over to the speaker all the same)
        lead = text[found[-1].end : span.start] if found else ""
        joined = joined and (lead.rstrip().endswith(":") or not _leads_on(lead.rpartition(",")[2]))
        # (« A ? » demande X à Marie. « B »: B is Marie's answer, see _answer_speaker)
        joined = joined and not (found[-1].parts[-1].rstrip().endswith("?") and _ASKED_TO.match(lead))
        # (« A », dit X, auteur du livre « B »: B is a title the noun before it names, see _NAMING_NOUN_END)
        joined = joined and not _NAMING_NOUN_END.search(lead)
        if joined and (looks_like_quotation(inner) or (_quotable(inner) and found[-1].end == last_end)):
            found[-1].parts.append(inner)
            found[-1].end = span.end
            found[-1].open = span.open
            last_end = span.end
            continue
        # An incise is the journalist's, not the speaker's: the words on either side are one sentence.
        parts = [f"{incise[0].rstrip(' ,')} {incise[2]}"] if incise else [inner]
        speaker: str | None = None
        detail = ""
        how = "attributed"
        consumed = 0
        if incise:
            speaker = incise[1]
            intro = (
                _lead_in_person(text, span.start) if speaker == PREVIOUS_SPEAKER and not about and not named else None
            )
            if intro is not None:
                # « A, raconte-t-il, B » after a lead-in that names the speaker ("Pour Hakil, cafetier, « … »", "X
                # prévient : « … »"): the pronoun of the incise takes up that person
                speaker, detail = intro.speaker, intro.detail
        elif post:
            speaker, consumed = post
            introduced = (
                _lead_in_person(text, span.start, colon=True)
                if speaker == PREVIOUS_SPEAKER and not about and not named
                else None
            )
            if introduced is not None and _names_speaker(introduced.speaker):
                # "X, hôtelière : « … », constate-t-elle": the colon's lead-in names the person, the pronoun after
                # the words takes her up (as in an incise, see above)
                speaker, detail = introduced.speaker, introduced.detail
        else:
            # (the speaker going on with a verb that governs these words, see _goes_on_saying)
            going_on = bool(
                found
                and between is not None
                and found[-1].how == "attributed"
                and len(words(inner)) >= 2
                and not inner[:1].isupper()
                and _goes_on_saying(lead if last_end == span.start else between, last_end == span.start)
            )
            before = _intro_before(text, span.start)
            intro = intro_attribution(*before) if before and not about and not named else None
            subject_named = _SELON_ROLE_THEN_SUBJECT.search(before[0]) if intro is not None and before else None
            if (
                subject_named is not None
                and intro is not None
                and intro.speaker == subject_named.group("name").strip()
                and inner[:1].islower()
                and not text[: span.start].rstrip().endswith(",")
            ):
                # selon_role: "Selon le président ukrainien, Vladimir Roe « ne peut plus… »": with no comma closing
                # it, the name is the subject of the clause the words go on, not the role's apposition; the role
                # is the source
                intro = Intro(subject_named.group("role").strip())
            if intro is None and found and before and _THEN_ADDED.search(before[0]):
                # "« A », illustre-t-il avant d'ajouter : « B »": the pronoun's verb attributes the words before, and
                # the same person goes on with these
                intro = Intro(PREVIOUS_SPEAKER, "", short=True)
            if intro is not None and QUOTE_MARKS.match(intro.speaker.lstrip()):
                # "« A » a-t-elle confié avant d'ajouter « B »": the words before are no speaker; the one who said
                # them goes on (a title in marks inside a role is the role's: "l'animateur de « Quotidien »")
                intro = Intro(PREVIOUS_SPEAKER, "", short=True) if found else None
            if intro is not None and not intro.short and not span.open and not _quotable(inner):
                # textual_island after an opening phrase ("Lors de la réunion, X soutenait que l'outil « … »"): the
                # same speaker, the lone word governed inside the clause of indirect speech (or the few words that
                # are the verb's object: "X a reconnu « un échec »", see _governing_from)
                governing = _governing_clause(text[_sentence_start(text, span.start) : span.start], inner)
                if governing is not None and governing.short and governing.speaker == intro.speaker:
                    intro = governing
            if intro is None and index == 0 and lead_in is not None and not text[: span.start].strip(" –—-"):
                intro = _lead_in(lead_in)
                how = "lead-in"
            if (
                intro is None
                and found
                and _COORDINATION.match(text[last_end : span.start])
                and (inner[:1].islower() or looks_like_quotation(inner))  # (not names: "« Le Monde », « Libération »")
            ):
                # follow_on within a sentence: « A » et « B », the second fragment coordinated with a quotation just
                # attributed, with no new verb: the same speaker.
                intro = Intro(found[-1].speaker_phrase, found[-1].detail, short=True)
            if (
                intro is None
                and found
                and found[-1].how == "attributed"
                and not inner[:1].isupper()
                and (
                    (
                        last_end == span.start
                        and _leads_on(lead.rpartition(",")[2], relative=False)
                        and len(words(inner)) >= FOLLOW_ON_WORDS
                    )
                    or going_on
                )
            ):
                # follow_on after the attribution: "« A », prévient X, avec « B »", "…, a dit X, invitant à « B »":
                # the clause that runs from the speaker's name to the second quotation is the speaker's going on. Not
                # a label ("…, détaillant la « doctrine »"), a name, nor a relative clause's, whose antecedent may be
                # a thing ("…, interrogé sur le texte, qui range ces modèles parmi les technologies « … »"). With a
                # verb of saying, judging or appeal right before the marks, the words are the speaker's however short
                # ("…, écrit X en déplorant les « nombreuses victimes »", "…, dit X, qui espère que « … »").
                intro = Intro(found[-1].speaker_phrase, found[-1].detail, short=going_on)
            # (the verb alone, its subject left out, reads as the previous speaker's: the same, the words now governed)
            previous = intro is not None and intro.speaker == PREVIOUS_SPEAKER and not intro.short
            coordinated = (
                _COORDINATED_VERB.match(text, last_end, span.start) if found and (intro is None or previous) else None
            )
            if coordinated is not None and coordinated.end() == span.start and _governs_words(coordinated["verb"]):
                # follow_on: a second verb coordinated with the one that governed the quotation just before shares
                # its subject (« conseille de « A » et promet de « B » »): the same speaker, however short the words.
                intro = Intro(found[-1].speaker_phrase, found[-1].detail, short=True)
            if (
                intro is None
                and found
                and not found[-1].open
                and _CONNECTIVE.match(text[max(last_end, found[-1].end) : span.start])
                and looks_like_quotation(inner)
            ):
                # follow_on after a connective: "« A », explique X. Pour cela, « B »": a sentence that is only a
                # short adverbial and a quotation, right after a quotation, goes on with the same speaker.
                intro = Intro(found[-1].speaker_phrase, found[-1].detail)
            if intro is None and _LABELLED_BEFORE.search(text, max(0, span.start - 40), span.start):
                # partial_governed in the passive, the agent after: "une série de modèles qualifiée
                # d'« exceptionnelle » par la société", "un accord jugé « historique » par Jeanne Roe". The agent
                # said the words, however short; with no agent the participle labels a thing (scare quote).
                agent = _AGENT_AFTER.match(text, span.end)
                if agent is not None and (
                    _names_speaker(agent.group("agent")) or _institution_phrase(agent.group("agent"))
                ):
                    intro = Intro(agent.group("agent"), short=True)
            if intro is None and not span.open and not about and not named:
                # (not a title a noun introduces: "…, organisée autour du thème : « … »", "intitulé « … »")
                sentence = _sentence_start(text, span.start)
                intro = _governing_clause(text[sentence : span.start], inner)
                predicate = _quoted_predicate(text[sentence : span.start], inner) if intro is None else None
                stop = _NEXT_STOP.search(text, span.end) if predicate is not None else None
                rest = text[span.end : stop.end() if stop else len(text)] if predicate is not None else ""
                if predicate is not None and not any(
                    _post_attribution(rest[comma.start() :], marks=False) for comma in re.finditer(",", rest)
                ):
                    # (not when the sentence goes on to its attribution: "La France « est un marché solide », en
                    # concurrence avec…, a indiqué X")
                    intro = predicate
            if (
                intro is not None
                and before is not None
                and not before[1]
                and _IMPERSONAL_END.search(before[0])
                and len(words(inner)) < 5
                and _DE_AFTER.match(text, span.end)
                and inner.rstrip()[-1:] not in ".!?…"
            ):
                # scare_quotes: a short adjective in an impersonal "il est « … » de" ("X estime qu'il est « tout à
                # fait possible » de…") is a qualifier the journalist quotes, like « historique », not a quotation.
                intro = None
            if intro is not None:
                speaker, detail, short = intro.speaker, intro.detail, intro.short or going_on
                if not short and len(words(inner)) >= 2 and _COPULA_ARTICLE_END.search(text, 0, span.start):
                    short = True  # copula_attribute: "estimant qu'il s'agissait d'un « signal d'alarme »"
                if intro.label and not looks_like_quotation(inner):
                    speaker = None  # a label after a determiner (see Intro.label)
        if (
            speaker is None
            and index == 0
            and not span.open
            and not text[: span.start].strip(" –—-")
            and looks_like_quotation(inner)
            and _LEDE_COLON.match(text, span.end)
        ):
            # Citation-titre in the lead (AFP's "attaque"): a paragraph opening with a quotation and a colon,
            # "« … » : le sommet s'est ouvert lundi…". Its speaker is the clause's subject when that is a person or an
            # institution ("« … » : Jeanne Roe a ouvert…"); else nobody named.
            lede = _LEDE_COLON.match(text, span.end)
            subject = _headline_subject(text[lede.end() :]) if lede is not None else None
            fronted = _LEDE_FRONTED.match(text, lede.end()) if lede is not None and subject is None else None
            if fronted is not None:
                # (a phrase of place, time or means first: "« … » : au téléphone, Nathalie Roe, ex-maire, raconte…")
                subject = _headline_subject(text[fronted.end() :])
            said = _said_after(text[lede.end() :]) if lede is not None and subject is None else None
            if said is not None:
                # "« … » : c'est ainsi que X, cofondateur de Y, a commencé son post": the sentence names the speaker
                subject = (said.name, said.detail)
            speaker, detail = subject if subject is not None else ("", "")
        if speaker is None and span.open and len(words(inner)) >= 4:
            # A quotation running on into the next paragraphs: its attribution may come at its end.
            speaker, how = "", "pending"
        elif (
            speaker is None
            and (
                _whole_sentence(text, span)
                # block_attribution of a pull quote without its stop: « … » Jeanne Roe, chercheuse
                or (not span.open and not text[: span.start].strip(" –—-") and _signed_after(text[span.end :]))
                or (
                    interview
                    and not text[: span.start].strip()
                    and not text[span.end :].strip()
                    and looks_like_quotation(inner)
                )
            )
        ):
            # A quotation that is a sentence of its own, with no verb of saying: the speaker is named in the
            # sentence next to it (see _standalone_speaker); with nobody there, it is no quotation.
            speaker, how = "", "standalone"
        opening = _sentence_start(text, span.start) if speaker is None and not span.open else -1
        participle = _PARTICIPLE_THAT.search(text, opening, span.start) if opening >= 0 else None
        if participle is not None and _says_next(participle):
            # participle: a participle of saying and its "que" clause after an inverted attribution, the fragment in
            # that clause ("« … », a-t-il souligné, précisant que ces montants représentent « … »"): the speaker
            # of the attribution said it
            told = _told_at_end(text[opening : participle.start()], pronoun=True)
            if told is not None:
                speaker, short = told, True
        if speaker is None and opening >= 0 and _OPENING_PARTICIPLE.match(text, opening):
            # participle opening the sentence, its subject after it: "Qualifiant l'IA de « technologie stratégique »
            # pour le pays, le ministre a rappelé…". The main clause's subject said the words.
            main = _MAIN_CLAUSE.match(text, span.end)
            subject = _subject_of(text[main.end() :]) if main is not None else None
            if subject is not None:
                speaker, detail, short = subject.speaker, subject.detail, True
        if speaker is None and not span.open and (_governable(span) or looks_like_quotation(inner)):
            # partial_governed, the attribution closing the sentence after more of the journalist's words: "Les
            # restrictions « ne parviennent pas à … » et « … » une technologie comme l'IA, estime-t-il." The whole
            # sentence is the speaker's reported speech.
            told = _attributed_sentence_end(text, span.end)
            if told is not None:
                speaker, short = told, True
        if speaker is None and not span.open and not text[: span.start].strip(" –—-"):
            # words_taken_up (see _WORDS_TAKEN_UP), after words opening the paragraph with no stop of their own:
            # "« … » Ces mots que la sœur de Timéo répète depuis un an…"
            taken_up = _words_taken_up(text[span.end :].lstrip(" .…"))
            if taken_up is not None:
                speaker, detail, short = *taken_up, True
        if (
            speaker is None
            and not span.open
            and not named
            and not about
            and (_unattributed(inner) or _direct_after_colon(text[: span.start], inner))
        ):
            # unattributed: a clause of someone's words in quotation marks, a sentence long, that no convention
            # attributes: French typography keeps the marks for words reported, a label or a scare quote is a few
            # words. The words are kept, their source left unnamed (see extract).
            speaker, how = "", "unattributed"
        if (
            speaker is None
            or not (_quotable(inner) or short or (span.open and len(words(inner)) >= 2))
            or _QUOTED_FIGURE.match(inner)
            or _QUOTED_NAME.match(inner)
        ):
            skipped.append(span)
            continue
        if (
            not incise
            and inner[:1].isupper()
            and len(words(inner)) <= TITLE_WORDS
            and inner.rstrip()[-1:] not in ".!?…,"
            and "," not in inner
            and _ARTICLE_BEFORE_TITLE.search(text, max(0, span.start - 12), span.start) is not None
            and not looks_like_quotation(inner)
        ):
            # title_in_marks: a paper's, a programme's or a work's name in capitals, the article or the preposition
            # before the marks ("déclare au « Quotidien du pharmacien » que…", "le « Financial Times » évoquait",
            # "l'équipe de « Cash Investigation »"): a name, whatever verb of saying the sentence has
            labels.add(span.start)
            skipped.append(span)
            continue
        if (
            not incise
            and not post
            and (
                (not short and _NAMED_THING.search(text, max(0, span.start - 30), span.start))
                # (a name after "de la", "du", "des": a verb of describing does not make it the subject's words,
                # "présente un plan pour les start-up de la « French tech »")
                or _ARTICLE_OF_END.search(text, max(0, span.start - 30), span.start)
            )
            and inner[:1].isupper()
            and len(words(inner)) <= 4
            and inner.rstrip()[-1:] not in ".!?…"
        ):
            skipped.append(span)  # scare_quotes: a name in capitals after "de" ("la fondatrice de « AI Movement »")
            continue
        if post and not incise:
            # partial_governed, the attribution after the sentence: "… un « réveil européen » et … « ne passe pas à
            # côté … », a souligné l'Élysée". The whole sentence is the speaker's reported speech: every fragment
            # quoted in it before is the speaker's too (not a label in capitals, as « Llama 2 »).
            sentence = _sentence_start(text, span.start)
            for earlier in skipped:
                opens = earlier.start == sentence and looks_like_quotation(earlier.inner)  # « C'est … » qui…, dit X
                # (the words opening the sentence, joined to the attributed ones by "et": "« Il vient d'arriver » et
                # « devrait parler », a déclaré X")
                joined = earlier.start == sentence and _COORDINATION.match(text[earlier.end : span.start]) is not None
                if (
                    earlier.start >= max(sentence, last_end)
                    and earlier.start not in labels
                    and (_governable(earlier) or opens or joined)
                ):
                    found.append(_Found([earlier.inner], speaker, earlier.start, earlier.end))
            for index_found, earlier_found in enumerate(found):
                # the words opening the sentence, a clause left unattributed at first, then the journalist's words and
                # the attribution: "« Gucci reste la priorité » mais « la marque a déçu », avait reconnu X" (the
                # attribution after the last quoted words is the whole sentence's)
                if earlier_found.how == "unattributed" and earlier_found.start == sentence:
                    found[index_found] = replace(earlier_found, speaker_phrase=speaker, how="attributed")
        if how == "attributed" and not post and speaker:
            # follow_on backwards: the fragments of an enumeration that ends with words just attributed, "« A », « B »
            # et « C »", share its governing verb and its speaker ("Il fustige des « A », « B » et « C »")
            found.extend(
                _Found([e.inner], speaker, e.start, e.end, detail)
                for e in _enumerated(text, skipped, span, last_end)
                if e.start not in labels
            )
        found.append(_Found(parts, speaker, span.start, span.end, detail, how, span.open))
        last_end = span.end + consumed
    return found


_COMMA = re.compile(r",\s")
# Between two items of a list of labels: "» , de « ", "» et d'« ", "» ou de « ".
_LABEL_LIST_GOES_ON = re.compile(r"\s*(?:,\s*|\s+(?:et|ou)\s+)(?:de\s+|d[’']\s*|du\s+|des\s+)?", re.I)


def _enumerated(text: str, skipped: list[Span], span: Span, after: int) -> list[Span]:
    """The spans left unattributed right before ``span``, after ``after``, that an enumeration joins to it ("« A »,
    « B » et « span »"): words in lower case or a clause, not a name."""
    chain: list[Span] = []
    start = span.start
    for earlier in reversed(skipped):
        if earlier.end > start or earlier.start < after or earlier.open:
            break
        if not _COORDINATION.match(text[earlier.end : start]):
            break
        if not (earlier.inner[:1].islower() or looks_like_quotation(earlier.inner)):
            break
        chain.append(earlier)
        start = earlier.start
    return chain[::-1]


# The speaker's going on, right after the attribution, with a verb that governs the words quoted next: a participle
# or a gerund ("…, a-t-il dit, appelant à « … »", "…, écrit X en déplorant les « … »") or a relative clause on the
# speaker ("…, regrette cette mère de famille, qui espère que « … »"), the verb's link word or article only between.
_GOES_ON = re.compile(
    # (an object pronoun before the relative's verb: "…, se réjouit X, qui la qualifie de « … »")
    r"(?:,\s*|\s(?:tout\s+)?en\s+|,\s*(?P<relative>qui)\s+(?:ne\s+|n[’']\s*)?"
    r"(?:lui\s+|leur\s+|se\s+|s[’']\s*|la\s+|le\s+|les\s+|l[’']\s*)?)"
    r"(?P<verb>[a-zà-ÿ]+)\s+(?P<link>(?:à|de|que)\s+|(?:d|qu)[’']\s*)?"
    r"(?P<article>(?:les|la|le|des|une?|du|ses|sa|son|leurs?)\s+|l[’']\s*)?$"
)
# What may stand between a pronoun's attribution and the speaker's going on: whom the words were told, where
# ("…, a-t-il réagi auprès de l'AFP, appelant à « … »").
_TOLD_TO = re.compile(r"^\s+(?:auprès\s+d(?:e|u|es|[’'])|devant|à|au|sur)\s[^,.;:!?«»“”\"]{1,60}(?=,)")


def _goes_on_saying(between: str, attribution_end: bool) -> bool:
    """Whether the words ``between`` an attributed quotation's attribution and the next quotation are the speaker's
    going on with a verb of saying, judging or appeal (see _GOES_ON). ``attribution_end``: ``between`` runs from the
    quotation's closing mark, the whole attribution in it; else it starts right after a pronoun's incise."""
    if not attribution_end:
        told = _TOLD_TO.match(between)
        between = between[told.end() :] if told is not None else between
        if not between.startswith(","):
            return False
    going = _GOES_ON.search(between)
    if going is None or re.search(r"[.!?;:«»“”\"]", between):
        return False
    verb = going.group("verb")
    if going.group("relative") is None and not (verb.endswith("ant") and not _role_noun(verb)):
        return False
    if going.group("link") is None:
        # the words as the verb's object: blame, praise or demand ("en déplorant les « … »"); what is detailed or
        # presented is a thing, often named in marks ("…, détaillant la « doctrine … »")
        return bool(_OBJECT_WORDS_VERBS & _verb_candidates(verb))
    return _governs_words(verb)


UNATTRIBUTED_WORDS = 8  # a quoted clause this long is reported words, however unattributed


def _unattributed(inner: str) -> bool:
    """Words in quotation marks that are someone's, attributed or not: a clause of UNATTRIBUTED_WORDS or more."""
    return len(words(inner)) >= UNATTRIBUTED_WORDS and _said_words(inner)


# Words written, not said, and sayings nobody's in particular: what they introduce is no one's direct speech ("la
# banderole porte un mot d'ordre : « … »", "une phrase célèbre : « … »").
_WRITTEN_WORDS = re.compile(
    r"\b(?:banderoles?|pancartes?|panneaux?|affiches?|slogans?|inscriptions?|inscrits?|inscrites?|graffitis?|tags?"
    r"|devises?|titres?|intitulés?|mots?\s+d[’']ordre|écriteaux?|t-shirts?|tee-shirts?|phrases?|adages?|dictons?"
    r"|proverbes?|maximes?|formules?|citations?|légendes?|chansons?|refrains?|scandé|scandée|scandent|scandaient"
    r"|chantent|chantaient|lit|lisait|lire|écrit|écrite|écrits|rapports?|études?|lettres?|courriers?|communiqués?"
    r"|documents?|notes?|textes?|décrets?|arrêtés?|jugements?|tweets?|courriels?|mails?|e-mails?|SMS)\b",
    re.I,
)
DIRECT_WORDS = 4  # a sentence in quotation marks after a colon this long is direct speech, however unattributed


def _direct_after_colon(before: str, inner: str) -> bool:
    """direct_after_colon: a colon, then a whole sentence in quotation marks (a capital, a stop closing it): French
    typography's direct speech, someone's words even when short and unattributed ("Le constat est amer : « Nous
    avons tout perdu. »"); a label or a scare quote is neither capitalised nor a sentence."""
    sentence = before[_last_sentence_start(before) :]
    return (
        before.rstrip(" \u00a0\u202f").endswith(":")
        and not _WRITTEN_WORDS.search(sentence)
        and inner.strip()[:1].isupper()
        and inner.rstrip()[-1:] in ".!?…"
        and len(words(inner)) >= DIRECT_WORDS
        and _said_words(inner)
    )


def _said_words(inner: str) -> bool:
    """A passage of someone's words, not a title or a name quoted: a clause with a finite verb, in French, and not a
    title and its subtitle around a colon ("L'adolescence de la technologie : affronter…")."""
    tokens = words(inner)
    if re.search(r"\S\s?:\s", inner) and inner[:1].isupper() and inner.rstrip()[-1:] not in ".!?…":
        return False
    if sum(1 for t in tokens if is_french_word(t)) * 2 < len(tokens):
        return False  # English: a title or a slogan the page quotes
    # (an elided clitic is glued to the verb it stands before: "n'a", "j'ai", "s'est", "qu'elle" is no verb)
    tokens += [re.split(r"[’']", t)[-1] for t in tokens if re.search(r"[’']\w", t)]
    return any(t.casefold() in FINITE_WORDS or _finite_verb(t) or _plural_or_future(t.casefold()) for t in tokens)


_FUTURE_ENDS = ("ra", "ront", "rait", "raient")


def _future(word: str) -> bool:
    """A verb in the future or the conditional ("permettra", "devrait")."""
    return _verb_ending(word, _FUTURE_ENDS)


def _plural_or_future(word: str) -> bool:
    """A verb of the first or second person plural, or in the future or the conditional: "savons", "pouvez",
    "changera" (a noun in -ons has no verb for its lemma: "questions")."""
    return _verb_ending(word, ("ons", "ez", *_FUTURE_ENDS))


def _verb_ending(word: str, endings: tuple[str, ...]) -> bool:
    """A lower-case word with one of these endings whose lemma is a verb it differs from."""
    if not word.endswith(endings) or word in ROLE_NOUNS:
        return False
    base = lemma(word)
    return base != word and base.endswith(("er", "ir", "re", "oir"))


# What the speaker of an inverted attribution says next, in the same sentence: a participle of saying or a gerund
# and its "que" clause ("…, a-t-il dit, précisant que", "…, a-t-il dit tout en estimant que"), "avant de" or "puis
# de" and a verb of saying ("…, a dit X, avant de prévenir qu'il faut"), a participle of appeal and its object
# ("…, a-t-il reconnu, invitant les participants à").
_PARTICIPLE_THAT = re.compile(
    r"(?:,\s*|\s+(?=tout\s+en\s))(?:tout\s+en\s+|en\s+|(?P<then>avant|puis)\s+d(?:e\s+|[’']))?"
    r"(?P<verb>[a-zà-ÿ]+)\s+(?:(?:que|qu[’'])[^«»“”\".!?;]*"
    r"|(?P<object>[^«»“”\".!?;,]{1,60}\s(?:à|de|d[’'])\s*))$"
)


def _says_next(match: re.Match[str]) -> bool:
    """Whether a :data:`_PARTICIPLE_THAT` match is the speaker's going on: a participle (or after "avant de", an
    infinitive) of saying before "que", or of appeal before its object."""
    verb = match.group("verb")
    if match.group("then") is None and not verb.endswith("ant"):
        return False
    return _governs_words(verb) if match.group("object") is not None else is_speech_verb(verb)


_LABELLED_BEFORE = re.compile(
    r"(?:^|\s)(?:qualifiée?s?|jugée?s?|décrite?s?|saluée?s?|présentée?s?|dépeinte?s?)\s+(?:d(?:e\s+|[’']\s*)|comme\s+)?"
    # an adjective of degree before the words ("qualifiée de véritable « tournant »", "comme une vraie « … »")
    r"(?:(?:une?\s+)?(?:véritable|vraie?|pure?|simple|réelle?|authentique)s?\s+)?$"
)
_AGENT_AFTER = re.compile(
    rf"\s*par\s+(?P<agent>(?:(?:(?:le|la|les)\b|l[’'])\s*[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*)?|{_NAME_TOKEN}"
    rf"(?:\s+{_NAME_TOKEN}){{0,2}}))(?=\s*[,.;:!?)]|\s+(?:et|qui)\s|$)"
)
# (an enumeration's comma alone too: "… de « gens méprisables », « dépourvus de morale »")
# (the link word or the article said again before each item, as French coordinates: "de « A », de « B » et de
# « C »", "au « calme » et à la « retenue »", "le « A » et le « B »": repeated_link)
_COORDINATION = re.compile(
    # (or a subordinating conjunction whose clause is the quoted words, the speaker's argument going on: "estimant
    # que « A » alors que « B »", "« A » parce que « B »")
    r"^\s*(?:,?\s*(?:et|ou|puis|mais|mais aussi|voire|alors\s+que|alors\s+qu[’']|parce\s+que|parce\s+qu[’']|puisque"
    r"|puisqu[’']|car|tandis\s+que|tandis\s+qu[’'])|,)\s*"
    r"(?:(?:(?:de|à)\s+(?:la\s+|l[’']\s*)?|d[’']\s*|du\s+|des\s+|aux?\s+|(?:le|la|les|un|une)\s+|l[’']\s*))?$"
)
_CONNECTIVE = re.compile(r"^(?:[^«»“”\"]*?[.!?])?\s*[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’']*(?:\s+[a-zà-öø-ÿ’']+){0,2}\s*,\s*$")


_ARTICLE_OF_END = re.compile(r"\s(?:de\s+la|du|des|de\s+l[’'])\s*$")
# An article or a preposition right before the marks, as a name in capitals takes one ("le « Financial Times »",
# "au « Quotidien du pharmacien »", "de « Cash Investigation »").
_ARTICLE_BEFORE_TITLE = re.compile(r"(?:^|[\s(])(?:le|la|les|l[’']|au|aux|du|des|de|d[’'])\s*$", re.I)
TITLE_WORDS = 4  # a name in capitals in marks is this many words at most
_NAMED_THING = re.compile(r"(?:\s(?:de|du|des)|\sd[’'])\s*$")


def _governable(span: Span) -> bool:
    """A fragment that a sentence's attribution governs: words in lower case (not a name or a title in
    capitals), two at least, the quotation not running on."""
    return not span.open and span.inner[:1].islower() and len(words(span.inner)) >= 2


# Verbs whose object is the words themselves: the fragments they govern are the subject's however short
# (partial_governed): judgement, describing, "parler de", "évoquer".
_WORDS_VERBS = _JUDGEMENT | {"présenter", "dépeindre", "parler", "évoquer", "qualifier"}
# A second verb with no subject of its own after a quotation, and its link word: "» et promet de".
_COORDINATED_VERB = re.compile(
    rf"[»”\"]?\s*,?\s+(?:et|puis|mais)\s+"
    # (a reflexive verb in its compound past: "… et s'est dit « inquiet »")
    rf"(?:(?:s[’']\s*|se\s+)(?:(?:est|était|sont|étaient)\s+)?|{_AUX}\s+)?(?:{_ADVERBS}\s+)?(?P<verb>[a-zà-ÿ]+)"
    r"(?:\s+(?:à|de|d[’']|que|qu[’']|comme))?\s*"
)


def _governs_words(verb: str) -> bool:
    """A verb that says, judges or appeals: the words quoted after it are its subject's."""
    return is_speech_verb(verb) or bool((_WORDS_VERBS | _APPEAL_VERBS) & _verb_candidates(verb))


_PASSIVE_END = re.compile(r"(?:^|\s)(?:est|sont|était|étaient|sera|seront|serait|été|être)(?:\s+[\w’'-]+)?$")
# ("La patronne y répond", "Elle leur conseille": a clitic pronoun, the object, between the subject and its verb)
# (a reflexive pronoun too, alone or with its "en", "y": "Le groupe s'en défend…", "Le maire se dit…")
_CLAUSE_GLUE = re.compile(
    rf"(?:\s+(?:ne|n[’']|{_AUX}|s[’']est|s[’']en|s[’']y|se|y|en|lui|leur|nous|vous|{_ADVERBS}))*\s*$"
)


# Verbs a subject labels itself with, reflexive: "se présenter comme", "se définir comme", "se décrire comme".
_SELF_LABEL = frozenset({"présenter", "définir", "décrire", "qualifier", "proclamer", "revendiquer"})
GOVERNING_WINDOW = 26  # words from the sentence's start within which the governing verb is looked for
_CLAUSE_BOUNDARY = re.compile(
    r"(?:,\s*|\s)(?:mais|lorsque|lorsqu[’']|quand|alors\s+que|alors\s+qu[’']|tandis\s+que|tandis\s+qu[’']|puisque"
    r"|puisqu[’']|car)\s*(?=[\wÀ-ÿ])",
)


_PARTICIPLE_AFTER_MARK = re.compile(r"(?P<mark>[»”])\s+(?=[a-zà-ÿ]{3,}ant\s)")


# The opening of a predicate quoted whole: its negation and its clitic pronouns, then the verb ("ne peut", "s'engage",
# "lui reproche"); an auxiliary is the verb of a compound tense ("a pris attache", "ont refusé").
_PREDICATE_OPENING = re.compile(
    r"^\s*(?:ne\s+|n[’']\s*)?(?:se\s+|s[’']\s*|y\s+|en\s+|lui\s+|leur\s+)?(?P<verb>[a-zà-ÿ]+)(?=[\s,])"
)


def _quoted_predicate(sentence: str, inner: str) -> Intro | None:
    """quoted_predicate: the press quotes a body's or a person's predicate whole, right after its subject, the verb
    inside the marks ("Dans un communiqué, le groupe Domia « ignore tout de ces plaintes »", "Le préfet
    « recommande aux habitants de rester chez eux »"): the subject said the words. Only a person or a body named
    (not a thing, "La forêt « est massacrée »": the words go on with whoever spoke them; nor a pronoun, whom the
    speaker before is already)."""
    opening = _PREDICATE_OPENING.match(inner)
    if opening is None or len(words(inner)) < FUSED_WORDS:
        return None
    verb = opening.group("verb")
    if verb.endswith("ant") or not (verb in _AUX_FORMS or _conjugated(verb)):
        return None  # (a participle is the journalist's clause going on: "…, tout en « faisant attention… »")
    subject = _CONJUNCTION_OPENING.sub("", _TIME_OPENER.sub("", sentence.strip(), count=1), count=1)
    fronted = _OPENING_PHRASE.match(subject)
    if fronted is not None and len(words(fronted.group())) <= OPENING_WORDS:
        subject = subject[fronted.end() :]  # "Dans un communiqué, …", "Mardi, …"
    subject = subject.strip()
    tokens = words(subject)
    if not tokens or re.search(r"[,;:«»“”\"()—–]", subject) or subject.casefold() in _PRONOUNS:
        return None
    if len(tokens) == 1 and is_french_word(tokens[0].casefold()):
        return None  # a pronoun in capitals ("Ceci « ne veut pas dire… »"), no name
    if any(_finite_verb(token) for token in tokens[1:]):
        return None  # a clause, its verb before the marks
    if _DEMONSTRATIVE_OPENING.match(subject) or not (_names_speaker(subject) or _institution_phrase(subject)):
        return None  # ("Ce sentiment d'arnaque « vient du fait que… »": a thing the speaker before explains)
    return Intro(subject, short=True)


# A relative clause on someone named, its verb before the marks: "… à Paul Roe qui a évoqué une année", "…, pour la
# CGT, qui dénonce", "…, par Claire Roe, qui a évoqué les musées" (the antecedent right before "qui").
_RELATIVE_OF_NAMED = re.compile(
    r"(?:^|[\s,(])(?P<np>(?:(?:la|le|les)\s+|l[’']\s*)?[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:\s+(?:de\s+|d[’']|du\s+|le\s+|la\s+)?"
    r"[A-ZÀ-ÖØ-Þ][\w’'.-]*){0,3})\s*,?\s+qui\s+(?P<clause>[^«»“”\"]*)$"
)


def _relative_governing(sentence: str, inner: str) -> Intro | None:
    """relative_of_saying: a fragment quoted in a relative clause whose verb says or judges it, the clause on a
    person or a body named right before "qui" ("Il succède à Paul Roe qui a évoqué une année « … »", "Le compte n'y
    est pas pour la CGT, qui dénonce « … »"): the antecedent said the words, as its subject would."""
    relative = _RELATIVE_OF_NAMED.search(sentence)
    if relative is None:
        return None
    np = relative.group("np").strip()
    bare = _DETERMINERS.sub("", np, count=1)
    if not (_is_full_name(np) or _ACRONYM_HEAD.fullmatch(bare) or _body_after_pour(np)):
        return None  # (a place or a thing: "à Lyon, qui accueille…"; a pronoun in capitals)
    found = _governing_from(f"{np} {relative.group('clause')}", inner)
    return Intro(found.speaker, found.detail, short=True) if found is not None else None


def _governing_clause(sentence: str, inner: str) -> Intro | None:
    """The speaker of a fragment quoted in a sentence whose main clause governs it (see _governing_from), or a
    relative clause on someone named (see _relative_governing)."""
    found = _main_governing_clause(sentence, inner)
    return found if found is not None else _relative_governing(sentence, inner)


def _main_governing_clause(sentence: str, inner: str) -> Intro | None:
    """The speaker of a fragment quoted in a sentence whose main clause governs it (see _governing_from). An
    opening phrase of several commas may stand before the main clause: "Dans un discours dont il a fait part au nom
    du président, Abdel Roe, le ministre a insisté sur l'importance « … »" (long_opening)."""
    # (the present participle detached after words just quoted, its comma left out: "… « inédit » évoquant une « … »")
    sentence = _PARTICIPLE_AFTER_MARK.sub(r"\g<mark>, ", sentence)
    if sentence.rstrip().endswith(":"):
        # clause_before_colon: the colon gives the words to the clause right before it, after a subordinating or a
        # coordinating word ("X conseille de…, tandis que le juge commente : « … »"): that clause's subject says them
        last = list(_CLAUSE_BOUNDARY.finditer(sentence))[-1:]
        found = _governing_from(sentence[last[0].end() :], inner) if last else None
        if found is not None:
            return found
    found = _governing_from(sentence, inner)
    boundaries = list(_CLAUSE_BOUNDARY.finditer(sentence)) if found is None else []
    if boundaries:
        # the clause that holds the fragment may follow a subordinating or a coordinating word: "La polémique a
        # enflé lorsque Jack Roe, cofondateur, a évoqué ses « craintes appropriées »", "…, mais il a critiqué les
        # valorisations « insensées »": that clause's subject said the words
        found = _governing_from(sentence[boundaries[-1].end() :], inner)
        if found is not None:
            return found
    first = sentence.strip().split(" ", 1)[0].casefold()
    if found is not None or first not in _OPENERS or sentence.count(",") < 2:
        return found
    if inner[:1].isupper() and len(words(inner)) <= NAME_WORDS:
        return None  # a name in capitals ("les start-up de la « French tech »"), not the subject's words
    for comma in list(re.finditer(r",\s+", sentence))[::-1][:3]:
        rest = sentence[comma.end() :]
        if re.search(r"[«»“”\"]", rest):
            return None
        found = _governing_from(rest, inner)
        if found is not None:
            return found
    return None


# "Pour Rita, …", "Pour Claudine, la présidente du quartier, …": a person's view opening a sentence, its words not
# quoted there (the words right after the comma are the sentence's, not a quotation).
_POUR_TOPIC = re.compile(
    rf"(?:^|[.!?…]\s+)Pour\s+(?P<name>{_GIVEN_NAME}(?:\s+{_NAME_TOKEN})?)"
    r"(?:\s*,\s*(?P<detail>(?:la|le|l[’']|une?)\s*[a-zà-ÿ][^,.;:!?«»“”\"]{2,60}?))?\s*,\s+(?![«“\"])"
)
# The same with a definite role: "Pour le délégué CGT, ce n'est pas que de la crainte…", "Pour la maire de Lille, …".
_POUR_ROLE_TOPIC = re.compile(
    r"(?:^|[.!?…]\s+)Pour\s+(?P<role>(?:(?:le|la)\s+|l[’']\s*)(?P<noun>[a-zà-ÿ][\w-]*)[^,.;:!?«»“”\"]{0,60}?)\s*,\s+"
    r"(?![«“\"])"
)
# A subject, then a relative clause on it: closed by its comma before the verb, or open up to the words.
_RELATIVE_AFTER_SUBJECT = re.compile(
    r"^(?P<np>[^,«»“”\"]{2,80}?),\s+qui\s+(?:[^,«»“”\"]{1,120},\s+(?P<rest>[^«»“”\"]*)|(?P<open>[^,«»“”\"]*))$"
)
# The auxiliary right before the marks, and a past participle opening the quoted words ("a « condamné … »").
_AUX_BEFORE_WORDS = re.compile(r"\s(?:a|ont|avait|avaient)\s*$")
_PARTICIPLE_INSIDE = re.compile(
    r"^\s*(?:(?:fermement|vivement|aussi|également|déjà)\s+)?(?P<verb>[a-zà-ÿ]+(?:é|ée|és|ées|u|ue|it|is))\s+"
)


def _governing_from(sentence: str, inner: str) -> Intro | None:
    """The speaker of a fragment quoted in a sentence whose main clause is a verb of saying or judging with a
    speaker as its subject, at the start of the sentence (partial_governed): "Il fustige une industrie « … »", "Meta
    décrit le modèle comme surpassant … « … », tout en étant capable de « … »", "L'entreprise parle d'une « … »".

    Not a lone word (« historique », « utile »: a qualifier the journalist quotes, a scare quote), nor a verb in the
    passive ("L'Europe est qualifiée de « … »": who said it is not told). A lone word counts only inside the
    clause of indirect speech the verb opens (textual_island: "a déclaré que le dirigeant avait « disparu »")."""
    single = len(words(inner)) < 2
    capitals = all(w[:1].isupper() for w in words(inner)) and inner.rstrip()[-1:] not in ".!?…"
    if capitals and (_NAME_AFTER_PREPOSITION.search(sentence) or len(words(inner)) >= 2):
        # "a affirmé au « Public Sénat » que…", "a lancé le supplément « Les Echos Week-End »": a medium's or a
        # work's name in marks, every word capitalised, never words said
        return None
    participle = _PARTICIPLE_INSIDE.match(inner)
    if (
        _AUX_BEFORE_WORDS.search(sentence)
        and participle is not None
        and (is_speech_verb(participle.group("verb")) or _WORDS_VERBS & _verb_candidates(participle.group("verb")))
    ):
        # participle_inside: the auxiliary outside the marks, the participle of saying inside ("le Quai d'Orsay a
        # « condamné fermement la décision… »", as agencies quote a statement): the verb read as the journalist's
        found = _governing_from(sentence + participle.group() + " ", inner[participle.end() :])
        return Intro(found.speaker, found.detail, short=True) if found is not None else None
    sentence = _TIME_OPENER.sub("", _PICTURE_POINTER.sub("", sentence).strip(), count=1)  # ("X (photo), a…")
    sentence = _CONJUNCTION_OPENING.sub("", sentence, count=1)  # "Mais le président…, X, évoque…": no subject
    sentence = _SIDE_TURN.sub("", sentence, count=1)  # "De son côté la ministre annonce « … »"
    # fronted_subordinate: a clause of condition, concession or time opens the sentence ("S'il salue…, il regrette
    # une « … »", "Lorsque la ministre est arrivée, le maire a dénoncé…"): the main clause's subject said the words
    sentence = _FRONTED_SUBORDINATE.sub("", sentence, count=1)
    sentence = _SUBORDINATOR_OPENING.sub("", sentence, count=1)
    sentence = _without_fronted_manner(sentence)
    relative = _RELATIVE_AFTER_SUBJECT.match(sentence)
    if relative is not None and _names_speaker(relative.group("np").strip()):
        # subject_relative: a relative clause after the subject, set off by commas ("L'acteur Paul Roe, qui joue
        # dans son film, a rendu hommage à « … »"), is the journalist's; its "qui" takes up the subject when the
        # words are inside it ("Le leader de l'équipe, qui a concédé qu'il « … », a franchi…"): the subject speaks
        rest = relative.group("rest") if relative.group("rest") is not None else relative.group("open")
        sentence = f"{relative.group('np').strip()} {rest}"
    opening = _OPENING_PHRASE.match(sentence)
    if (
        opening is not None
        and opening.group("first").casefold() in _OPENERS
        and (len(words(opening.group())) <= OPENING_WORDS)
    ):
        # an opening phrase before the subject: "Lors de sa conférence de rentrée, la rectrice a vanté des « … »"
        sentence = sentence[opening.end() :]
    # (the verb may come after a long subject: "Le fondateur et directeur scientifique de Mila, Yoshua Roe, a évoqué")
    for token in list(re.finditer(r"[\w’'-]+", sentence))[1:GOVERNING_WINDOW]:
        before = sentence[: token.start()]
        apposed = _APPOSED_SUBJECT.match(_CLAUSE_GLUE.sub("", before)) if "," in before else None
        if apposed is None and before.count(",") == 1:
            # the apposition's closing comma left out: "Le Premier ministre, Robert Roe a souligné que…"
            unclosed = _UNCLOSED_APPOSITION.match(_CLAUSE_GLUE.sub("", before))
            if unclosed is not None and _apposed_name(unclosed.group("a").strip(), unclosed.group("b").strip())[0]:
                apposed = unclosed
        if re.search(r"[«»“”\"]", before) or before.count(",") > 2:
            return None  # the subject is the words before the verb, with no quotation among them
        if "," in before and apposed is None:
            continue  # inside an apposition, or a comma the subject does not hold: no verb of its yet
        verb = token.group().casefold()
        if _SELF_LABEL & _verb_candidates(verb) and re.search(r"(?:^|\s)(?:se|s[’'])\s*$", before):
            # self_label: "X, qui se présente comme un « champion régional »": a label it wears, a scare quote
            return None
        # appeal_governed: a verb of wish, appeal or commitment and its link word right before the marks ("a appelé
        # à « … »", "s'est engagé à « … »", "souhaite que « … »"): the words are the subject's, however short.
        # (the link word may open the quoted words instead: "a appelé « au calme »", "a exhorté « à la retenue »")
        link = _APPEAL_LINK.match(sentence[token.end() :]) or (
            not sentence[token.end() :].strip() and _LINK_OPENING.match(inner)
        )
        appeal = bool(_APPEAL_VERBS & _verb_candidates(verb)) and bool(link)
        words_verb = bool(_WORDS_VERBS & _verb_candidates(verb)) or appeal
        # fused_quotation: with any other verb, a clause of the speaker's quoted in lower case, fused into the
        # journalist's sentence, is the subject's when the subject is a person ("Le ministre a insisté sur l'urgence
        # « de proposer une solution avant janvier »"); see below.
        fused = not (words_verb or is_speech_verb(verb))
        if fused and not (len(words(inner)) >= FUSED_WORDS and inner[:1].islower() and _verb_form(verb)):
            continue
        relative = _SAYING_RELATIVE.search(sentence, token.end())
        if relative is not None and (
            is_speech_verb(relative.group("verb")) or lemma(relative.group("verb")) in _REPROACH
        ):
            return None  # "…répond aux chercheurs qui lui reprochent de… « … »": the relative's antecedent said them
        if apposed is not None:
            # "Le président américain, Donald Trump, a qualifié … de « … »": the role and the name in apposition.
            name, role = _apposed_name(apposed.group("a").strip(), apposed.group("b").strip())
            if name is None and fused:
                continue
            if name is None:
                return None
            # (the fragment inside the clause the verb reports is the person's, however short: "La ministre,
            # Reinette Roe, a déclaré vendredi que la décision avait été prise « pour notre sécurité »")
            reporting = _reports_fragment(verb, sentence, token.end(), inner)
            if single and not (reporting and _island_word(sentence, inner)):
                return None
            role = re.split(r"\s+(?:qui|que|qu[’']|dont)\s", role, maxsplit=1)[0]  # (the relative is narration)
            return Intro(name, _DETERMINERS.sub("", role, count=1), short=words_verb or reporting)
        subject = _CLAUSE_GLUE.sub("", _CHOSE_TO.sub("", _CLAUSE_GLUE.sub("", before))).strip()
        if single and (
            fused or not _reports_fragment(verb, sentence, token.end(), inner) or not _island_word(sentence, inner)
        ):
            return None
        if fused:
            # (a person only, named in full or by a definite role: "Il comporte neuf objectifs, parmi lesquels « … »"
            # or "L'outil permet « de … »" quote a thing's wording, not someone's words)
            head = _DETERMINERS.sub("", subject, count=1).split()
            named = _is_full_name(subject) and not _DETERMINERS.match(subject)  # (not "La Chine")
            named = named and all(t[1:].islower() for t in subject.split() if t[:1].isupper())
            role = _DEFINITE.match(subject) is not None and bool(head) and head[0].casefold() in ROLE_NOUNS
            # (the role and the name without a comma: "La présidente de la région Anne Roe a invité « … »")
            named = named or _role_then_full_name(subject) is not None
            clause = re.search(r"(?:^|\s)(?:que|qu[’']|qui|dont|ce)\b", sentence[: token.end()], re.I)
            # (nor after a relative clause whose own subject said them: "…répond aux chercheurs qui lui reprochent
            # d'avoir publié « … »")
            clause = clause or re.search(r"\s(?:qui|dont|lesquels|lesquelles)\s", sentence[token.end() :])
            labelled = _ENDS_WITH_DETERMINER.search(sentence.rstrip())  # "a annoncé une « … »": a name or a label
            if (named or (role and len(head) <= 4)) and not clause and not labelled:
                return Intro(subject)
            continue
        if _PASSIVE_END.search(subject):
            return None
        if not subject or subject.split()[0].casefold() in _OPENERS:
            return None
        if (
            len(words(subject)) > 5
            and not (
                len(words(subject)) <= 9
                and (
                    _document_phrase(subject)
                    or _role_then_full_name(subject) is not None
                    or _body_by_kind(subject)
                    or (
                        _ROLE_WITH_COMPLEMENTS.match(subject) is not None
                        and _role_noun(_DETERMINERS.sub("", subject, count=1).split()[0])
                    )
                )
            )
        ) or re.search(r"(?:^|\s)(?:que|qu[’']|qui|dont|ce)\b", subject, re.I):
            return None  # a clause, not a subject: "La Chine a construit ce qu'un investisseur a qualifié de"
        document = _document_phrase(subject)
        if document and not (words_verb or lemma(verb) in _DOCUMENT_VERBS):
            return None  # "Le texte reprend une expression « … »": a document takes up words, it does not say them
        if not (_names_speaker(subject) or _institution_phrase(subject) or document):
            return None
        # "a reconnu que l'« embargo … » pesait": the fragment opens the reported clause as its subject (not "…
        # que Nexa publierait une « stratégie … »": a label, the clause's object)
        reported = _THAT_CLAUSE.search(sentence.rstrip(), token.end()) is not None
        if _reports_fragment(verb, sentence, token.end(), inner):
            # partial_governed inside the reported clause: "X a déclaré que l'IA se trouvait dans une « bulle
            # industrielle »". Indirect speech is the subject's words retold; the fragment it quotes is the part
            # the journalist kept as said, however short (not an English term glossed: « world models »). What is
            # announced is a thing, often quoted by its name: "a annoncé que Nexa publierait une « stratégie … »".
            return Intro(subject, short=True)
        if not words_verb and not reported and _ENDS_WITH_DETERMINER.search(sentence.rstrip()):
            return None  # "Il a annoncé […] une « stratégie européenne »": a name or a label after a determiner
        # direct_object_quoted: the marks open right after the verb of saying, its object the quoted words, their
        # determiner inside ("a reconnu « un échec »", "dit « ne pas avoir révisé »"): what the subject said
        said_itself = not sentence[token.end() :].strip() and is_speech_verb(verb)
        return Intro(subject, short=words_verb or said_itself)
    return None


# A public body named by its portfolio or its place, a capital after "de": "ministère de la Santé", "préfecture du
# Var", "mairie de Lyon", "parquet de Paris", "tribunal de Nanterre" (one body, which speaks by its services).
# The portfolio is written as French typography writes a body's name, a capital on its first word only ("des
# Affaires étrangères", "de la Transition écologique"), and may join two ("de l'Économie et des Finances"); the
# country may come first ("le ministère israélien des Affaires étrangères").
_OF_SPACED = r"(?:de\s+la\s+|de\s+l[’']\s*|de\s+|du\s+|des\s+)"  # (_OF with the space after it)
_LOWER_NOT_VERB = rf"(?!(?:{'|'.join(sorted(FINITE_WORDS))})\b)[a-zà-ÿ]+"
_PORTFOLIO = rf"[A-ZÀ-ÖØ-Þ][\w’'-]*(?:[\s-]+[A-ZÀ-ÖØ-Þ][\w’'-]*)*(?:\s+{_LOWER_NOT_VERB}){{0,2}}"
_ASSOCIATION_OF = re.compile(
    r"^(?:(?:premier|première|deuxième|second|seconde|principal|principale|plus\s+grand|plus\s+grande)\s+)?"
    r"(?:syndicat|fédération|association|union|collectif|confédération|ordre|coordination|intersyndicale)"
    r"(?:\s+[a-zà-ÿ]+)?\s+(?:des|du|de\s+la|de\s+l[’']|d[’'])\s*[a-zà-ÿ]"
)
_BODY_OF = re.compile(
    rf"^(?:{'|'.join(sorted(_PUBLIC_BODIES))}|tribunal|conseil\s+(?:départemental|régional|municipal)"
    rf"|agence\s+régionale\s+de\s+santé)(?:\s+{_LOWER_NOT_VERB})?\s+{_OF_SPACED}"
    rf"{_PORTFOLIO}(?:\s+et\s+{_OF_SPACED}{_PORTFOLIO})?$"
)


# A definite role and its complements only, however long: "La ministre des Solidarités et de la Santé" (a subject,
# not a clause: no verb among its words).
_ROLE_WITH_COMPLEMENTS = re.compile(
    r"^(?:(?:[Ll]e|[Ll]a)\b|[Ll][’'])\s*[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+)?"
    r"(?:\s+(?:et\s+)?(?:de\s+la|de\s+l[’']|du|des|de|d[’'])\s*[A-ZÀ-ÖØ-Þa-zà-ÿ][\w’'-]*(?:\s+[a-zà-ÿ]+)?)+$"
)


# An acronym in capitals, as the press names a union, a party or a body ("CGT", "SNES-FSU", "UFC-Que Choisir").
_ACRONYM_HEAD = re.compile(r"^[A-ZÀ-ÖØ-Þ]{2,}(?:-[A-ZÀ-ÖØ-Þ][\w]*)?\b")


def _body_after_pour(phrase: str) -> bool:
    """ "la CGT", "le syndicat Sud Santé", "la préfecture du Cantal", "la Fédération nationale des boulangers": a
    body named after its article, by its acronym, by its kind then its name, by its office and place or by whom it
    gathers (pour_body: "Pour la CGT, « … »" gives the union's view as "selon la CGT" does). Not a common noun nor a
    feast ("Pour la rentrée", "Pour la Toussaint": a time, no source), nor a person's role (see _POUR_EPITHET)."""
    determiner = _DETERMINERS.match(phrase)
    head = " ".join(phrase[determiner.end() :].split()) if determiner is not None else ""
    folded = head[:1].lower() + head[1:]
    return bool(head) and (
        _ACRONYM_HEAD.match(head) is not None
        or _KIND_THEN_NAME.match(folded) is not None
        or _BODY_OF.match(folded) is not None
        or _ASSOCIATION_OF.match(folded) is not None
        or _BODY_OF_NAMED.match(folded) is not None
    )


# A public body or a firm's management and the name of whose it is: "direction d'Onclusive", "mairie de Tulle".
_BODY_OF_NAMED = re.compile(
    rf"^(?:{'|'.join(sorted(_PUBLIC_BODIES))})\s+(?:de\s+la\s+|de\s+l[’']\s*|du\s+|des\s+|de\s+|d[’']\s*)"
    r"[A-ZÀ-ÖØ-Þ]"
)


def _body_by_kind(subject: str) -> bool:
    """ "Le syndicat FO Santé de la région", "le site Campus France": a body named by its kind, then its name
    (kind_then_name), one subject however many words."""
    determiner = _DETERMINERS.match(subject)
    return determiner is not None and _KIND_THEN_NAME.match(subject[determiner.end() :].strip()) is not None


def _role_then_full_name(subject: str) -> tuple[str, str] | None:
    """ "Le directeur de Roscosmos Paul Roe": a definite role and the full name right after it, without a comma, as
    the press names a person by office (role_then_name): one subject, however many words. The name and the role,
    or None."""
    determiner = _DETERMINERS.match(subject)
    head = subject[determiner.end() :].split() if determiner is not None else []
    if not head or not (_role_noun(head[0]) or _described_by_noun(head)):
        return None
    name, detail, named = parse_speaker(subject)
    return (name, detail) if named and detail and _is_full_name(name) and name in subject else None


_NAME_AFTER_PREPOSITION = re.compile(r"\s(?:au|aux|à|dans|sur|par|de|du|des)\s*$", re.I)


def _reports_fragment(verb: str, sentence: str, end: int, inner: str) -> bool:
    """Whether the verb of saying ending at ``end`` opens the clause of indirect speech that quotes ``inner``
    ("a déclaré vendredi que … « … »"); what is announced is a thing, often quoted by its name, unless the words are
    the attribute of a copula ("a annoncé qu'il était « peu probable » que…": a judgement)."""
    return (
        is_speech_verb(verb)
        and (not _ANNOUNCING & _verb_candidates(verb) or _COPULA_END.search(sentence.rstrip()) is not None)
        and _THAT_AFTER.match(sentence, end) is not None
        and _french_fragment(inner)
    )


# "que" after the verb, the day or a time adverb maybe between them ("a déclaré vendredi que", "a estimé lundi qu'")
# (an aside between commas may come first: "Il rappelle, au passage, qu'il est le « … »")
# (or an adverb of repetition or addition: "a rappelé à plusieurs reprises que", "a estimé également que")
_THAT_AFTER = re.compile(
    rf"(?:\s*,[^,«»“”\"]{{1,40}}?,)?(?:\s+(?:{_POST_TIME}|{_VERB_ADVERBS})){{0,2}}\s+(?:que|qu[’'])", re.I
)
_ANNOUNCING = frozenset({"annoncer", "dévoiler", "présenter", "lancer", "officialiser"})


_AUX_OR_COPULA_END = re.compile(
    r"(?:^|\s)(?:a|ont|avait|avaient|aurait|auraient|est|sont|était|étaient|serait|seraient|sera|seront|été|soit"
    r"|semble|semblait|reste|restait|demeure)$"
)


def _island_word(sentence: str, inner: str) -> bool:
    """textual_island: a lone word the clause of indirect speech quotes is the speaker's when it is its verb ("que la
    station « banalisait »") or stands after an auxiliary or a copula ("avait « disparu »", "avaient été
    « chaotiques »"); an adjective after a noun ("des versions « vérifiées »") stays the journalist's qualifier."""
    word = inner.strip(" .!?…").casefold()
    return _AUX_OR_COPULA_END.search(sentence.rstrip()) is not None or _verb_form(word)


def _french_fragment(inner: str) -> bool:
    """Whether a quoted fragment is in French: two thirds of its words in lower case of four letters or more are
    French ("bulle industrielle", not "fair use" nor "world models")."""
    content = [t for t in words(inner) if len(t) >= 4 and t[:1].islower()]
    return bool(content) and sum(1 for t in content if is_french_word(t)) * 3 >= 2 * len(content)


# A relative clause whose verb says, between the main verb and the quotation: its antecedent said the words.
_SAYING_RELATIVE = re.compile(r"\squi\s+(?:lui\s+|leur\s+|l[’']\s*|nous\s+|vous\s+|ne\s+|n[’']\s*)?(?P<verb>[a-zà-ÿ]+)")
_REPROACH = frozenset({"reprocher", "accuser", "critiquer", "dénoncer", "demander"})
FUSED_WORDS = 5  # words of a quoted clause fused into a sentence whose verb is not one of saying (fused_quotation)
_AUXILIARIES = frozenset(_AUX_FORMS)


def _verb_after_name(word: str) -> bool:
    """A finite verb right after a name: "avoir" or "être", a present or an imperfect of the third person."""
    return word in _AUX_WORDS or word in ("sont", "étaient") or _verb_form(word)


def _verb_form(word: str) -> bool:
    """A finite verb of the third person: an auxiliary, the present ("insiste") or the imperfect ("rappelait")."""
    return word in _AUXILIARIES or _finite_verb(word) or (len(word) > 4 and word.endswith(("ait", "aient")))


_APPEAL_VERBS = frozenset(
    {"appeler", "inviter", "exhorter", "engager", "souhaiter", "vouloir", "réclamer", "exiger"}
    | {"conseiller", "recommander", "demander", "promettre", "proposer", "suggérer", "enjoindre", "pousser"}
)
# (the persons appealed to may stand between: "a appelé les pouvoirs publics à « … »")
_APPEAL_LINK = re.compile(
    # (the day may come first, and the appeal's object after "à": "a appelé dimanche à une « mobilisation … »")
    rf"^\s+(?:{_POST_TIME}\s+)?"
    r"(?:(?:les|la|le|l[’']|des|ses|leurs?|tous\s+les|toutes\s+les)\s*[\w’'-]+(?:\s+[\w’'-]+){0,3}\s+(?=à|de|d[’']))?"
    r"(?:à|que|qu[’']|de|d[’'])\s*(?:(?<=à)\s*(?:une|un|la|l[’'])\s*)?$"
)
_AUX_APPELE_END = re.compile(rf"(?:^|\s){_AUX}\s+(?:{_ADVERBS}\s+)?appelée?s?\s*$")
_LINK_OPENING = re.compile(r"^(?:(?:à|aux?|de|du|des|que)\s|(?:d|qu)[’'])", re.I)
_OPENING_PHRASE = re.compile(r"^(?P<first>[\w’']+)[^,«»“”\"]*,\s*")
# A subordinate clause of condition, concession or time before the main clause, up to its comma: "S'il salue…, ",
# "Même si…, ", "Lorsque…, ", "Bien qu'…, ", "Alors que…, ".
# (the clause may quote words itself: "S'il salue un engagement « … », il regrette…"; the conjunction alone is left
# out when the words are inside the clause: "S'il salue l'engagement à reconnaître « … »")
_SUBORDINATOR = (
    r"(?:(?:Même\s+)?(?:[Ss]i\s|[Ss][’'](?=ils?\b))|(?:Lorsqu|Puisqu|Quoiqu|Bien\s+qu|Alors\s+qu|Tandis\s+qu)(?:e\s|[’'])"
    r"|Quand\s)"
)
_FRONTED_SUBORDINATE = re.compile(rf"^{_SUBORDINATOR}(?:[^,«»“”\"]|«[^«»]*»|“[^“”]*”|\"[^\"]*\"){{1,200}}?,\s*(?=\S)")
_SUBORDINATOR_OPENING = re.compile(rf"^{_SUBORDINATOR}\s*(?=\w)")
_THAT_CLAUSE = re.compile(r"\s(?:que|qu[’'])\s*(?:l[’']|le|la|les|un|une|des|ces|cette|ce)$")
# A subject in apposition before its verb: "Le président américain, Donald Trump, " / "Donald Trump, président
# américain, ".
_APPOSED_SUBJECT = re.compile(r"^(?P<a>[^,«»“”\"]{2,80}),\s*(?P<b>[^,«»“”\"]{2,140}),\s*$")
_UNCLOSED_APPOSITION = re.compile(r"^(?P<a>[^,«»“”\"]{2,80}),\s*(?P<b>[^,«»“”\"]{2,40}?)\s*$")


def _apposed_name(first: str, second: str) -> tuple[str | None, str]:
    """The person's full name and its role, from the two parts of an apposition (either order), or (None, "")."""
    for order, (name, role) in enumerate(((second, first), (first, second))):
        name = _CIVILITY_OPENING.sub("", name, count=1)  # "Le Pr Karim Roe, chef du service, a rappelé…"
        tokens = name.split()
        if (
            2 <= len(tokens) <= 4
            and (is_first_name(tokens[0]) or is_unlisted_name(name))  # "Liang Wenfeng": no French word
            and all(t[:1].isupper() for t in tokens[1:])
        ):
            return name, "" if order == 0 and _detached_participle(role) else role
    return None, ""


# A participle detached at the head of the sentence, its complement after it ("Invitée à l'antenne de RTL mardi,
# Anne Roe affirme…", "Venu en voisin, …", "Contactée par nos soins, …"): a circumstance of the sentence, as French
# grammar reads a participle set apart before the subject, not the person's role ("Directrice de l'école, Anne Roe",
# "Délégué à la jeunesse, Paul Roe": an office). A show's guest is invited ("Invitée à l'antenne"): no office.
_DETACHED_PARTICIPLE = re.compile(
    r"^(?P<word>[A-ZÀ-Ý]\w*(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues))\s+"
    r"(?:à|au|aux|par|sur|dans|en|lors|pour|après|devant|chez)\s"
)


def _detached_participle(phrase: str) -> bool:
    found = _DETACHED_PARTICIPLE.match(phrase)
    return found is not None and (
        not _role_noun(found.group("word")) or found.group("word").casefold().startswith("invit")
    )


# What a document does with words it says itself ("Le communiqué affirme que « … »"), besides the verbs of _WORDS_VERBS.
_DOCUMENT_VERBS = frozenset({"affirmer", "indiquer", "préciser", "souligner", "déclarer", "estimer", "expliquer"})


def _document_phrase(phrase: str) -> bool:
    """ "Le communiqué officiel", "le rapport": a document that speaks for its author (see _Context.resolve)."""
    determiner = _DETERMINERS.match(phrase)
    return determiner is not None and _document_words(phrase[determiner.end() :])


def _document_words(words_: str) -> bool:
    """A document's noun phrase, its determiner aside: "communiqué officiel", "même rapport", "rapport annuel de X"."""
    head = _DOCUMENT_ADJECTIVE.sub("", words_, count=1).split()
    if not head or speaker_key(head[0]) not in _DOCUMENTS:
        return False
    # "le communiqué officiel", or whose it is: "le rapport annuel de l'autorité boursière"
    return len(head) <= 3 or bool(re.match(r"^\S+(?:\s+\S+)?\s+(?:de|du|des|d[’'])", " ".join(head)))


def _institution_phrase(phrase: str) -> bool:
    """ "L'entreprise", "la société chinoise": an organisation named by a common noun."""
    determiner = _DETERMINERS.match(phrase)
    head = phrase[determiner.end() :].split() if determiner else []
    return bool(head) and head[0].casefold() in _INSTITUTIONS and len(head) <= 2


_LEDE_COLON = re.compile(r"\s*:\s+(?=\S)")
_IMPERSONAL_END = re.compile(r"(?:^|\s|[’'])il\s+(?:est|serait|était|sera|semble|paraît)$")
_DE_AFTER = re.compile(r"\s*d(?:e\s|[’'])")


def _unclosed_straight(text: str) -> _Found | None:
    """Wire copy that opens a quotation with " and never closes it: '"Depuis mai, nous…, a déclaré X.'

    The quotation opens the paragraph; it ends at the first comma followed by an attribution.
    """
    start = len(text) - len(text.lstrip(" –—-"))
    if text[start : start + 1] != '"':
        return None
    attributed = _attributed_break(text, _COMMA, start + 1, len(text))
    if attributed is None:
        return None
    end, post = attributed
    inner = _inner(text[start + 1 : end])
    return _Found([inner], post[0], start, end) if looks_like_quotation(inner) else None


def _attributed_break(text: str, breaks: re.Pattern[str], start: int, stop: int) -> tuple[int, tuple[str, int]] | None:
    """The first break of ``breaks`` between ``start`` and ``stop`` that an attribution follows (words whose closing
    mark was lost: '"Depuis mai, nous…, a déclaré X'), with the attribution; None if none."""
    for found in breaks.finditer(text, start, stop):
        post = _post_attribution(text[found.start() : found.start() + ATTRIBUTION_WINDOW], marks=False)
        if post is not None:
            return found.start(), post
    return None


def _whole_sentence(text: str, span: Span) -> bool:
    """A quotation that is a full sentence by itself: nothing of its sentence outside the marks."""
    if span.open or not looks_like_quotation(span.inner) or len(words(span.inner)) < 5:
        return False
    before = text[: span.start].rstrip(" –—-")
    if before and before[-1] not in '.!?…»”"':
        return False
    after = text[span.end :].lstrip(" .")
    closed = span.inner.rstrip()[-1:] in ".!?…" or text[span.end : span.end + 1] == "."
    return closed and (not after or after[:1].isupper() or after[:1] in '«“"')


def _lead_in(text: str) -> Intro | None:
    """The speaker of a quotation that opens a paragraph, from the line before, which ends with ':'."""
    text = text.rstrip()
    if not text.endswith(":"):
        return None
    body = text[:-1].rstrip()
    cut = _last_sentence_start(body)
    intro = intro_attribution(body[cut:], colon=True)
    if intro is None:
        # (the line's own words attributed at its end, then the colon: "C'est comme un pèlerinage, assure Jason,
        # venu des États-Unis :" announces more of Jason's words below)
        told = _told_at_end(body[cut:], pronoun=True)
        if told is not None:
            speaker, _, detail = told.partition(",")
            return Intro(speaker.strip(), detail.strip())
    return intro


# ----------------------------------------------------------------------------
# The headline: citation-titre
# ----------------------------------------------------------------------------

# A rubric label in capitals opening a headline: "OPINION. ", "DOSSIER. ", "DIRECT. ", "INFO FRANCEINFO. ".
_HEADLINE_LABEL = re.compile(
    # (a label of two short words too: "EN IMAGES. « … » : reportage…")
    r"^(?:[A-ZÀ-ÖØ-Þ]{3,}|[A-ZÀ-ÖØ-Þ]{2}(?=\s+[A-ZÀ-ÖØ-Þ]{2,}))(?:\s+[A-ZÀ-ÖØ-Þ]{2,}){0,2}\s*[.:]\s+"
    # (the regional dailies' kicker and its full stop, the quotation right after: "Procès de X. « … », selon Y")
    r"|^(?!(?:Le|La|Les|L[’']|Un|Une|Des|Ce|Cette|Ces|Il|Elle|Ils|Elles|On|Nous|Je)\b\s*[a-zà-ÿ])"
    r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ’'-]+(?:[\s-]+[\w’'-]+){0,5}\.\s+(?=[«“\"])"
)
# The subject of a headline clause after or before its quotation: "Yann Roe (Meta) exhorte…", "Yann Roe, l'un des
# pères de l'IA, revient…", "Le gouvernement américain tire…". A name, or a role or institution noun after a
# determiner, with at most a demonym; then a lowercase word (the verb).
_HEADLINE_SUBJECT = re.compile(
    # The adjective: a demonym or another adjective by its ending (-ais, -ois, -ain, -ien, -éen, -and, -al…).
    r"^(?P<np>(?:(?:[Ll]es|[Ll]e|[Ll]a)\s+|[Ll][’']\s*)[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ]+(?:ais|aise|ois|oise|ain|aine|ien"
    r"|ienne|éen|éenne|and|ande|al|ale|aux)s?)?"
    # (the office's body, capitalised: "le maire de Fessenheim s'inquiète…")
    r"(?:\s+(?:de|du|des|d[’'])\s*(?:la\s+|l[’']\s*)?[A-ZÀ-ÖØ-Þ][\w’'-]*)?"
    rf"|{_NAME_TOKEN}(?:\s+(?:de\s+|du\s+|[Ll]e\s+|[Ll]a\s+)?{_NAME_TOKEN}){{0,3}})"
    # (the verb, or the person's own words quoted after the name: "« … » : Éric Roe « forcément inquiet » après…")
    r"(?:\s*\((?P<paren>[^()]{1,40})\))?(?:\s*,\s*(?P<detail>[^,:«»“”\"]{2,80}),)?\s+(?=[a-zà-ÿ]|«)"
)


@dataclass(frozen=True)
class Headline:
    """The quotation a headline carries, and the phrase naming its speaker ("" when the headline names nobody)."""

    text: str
    speaker: str = ""
    detail: str = ""
    surname: bool = False  # a single name as a clause's subject: a speaker only if the body names that person


_HEADLINE_BRACKET_SPEAKER = re.compile(r"^\s*\((?P<who>[^()]{3,80})\)\s*[.!?…]?\s*$")
_HEADLINE_BRACKET_NAME = re.compile(rf"(?P<name>{_NAME_RUN})\s*$")
_MESSAGE_OF = re.compile(
    # (a video's or a live's call to watch before it: "Revivez la conférence de presse de X : « … »")
    r"^(?:(?:Revivez|Regardez|Écoutez|Ecoutez|Retrouvez|Vidéo|VIDÉO|VIDEO)\s*[-–:]?\s+)?"
    r"(?:(?:[Ll]e|[Ll]a|[Ll]es)\b|[Ll][’'])\s*(?:(?:première|premier|dernière|dernier|grande|grand|nouvelle|nouveau|long|longue)\s+)?"
    r"(?:message|mot|mots|conseil|conseils|appel|réponse|leçon|credo|confidence"
    r"|confidences|plaidoyer|cri|colère|avertissement|coup de gueule"
    # the occasion of the words, a speech or an interview: "la conférence de presse de X", "le discours de X"
    r"|discours|conférence de presse|interview|entretien|déclaration|témoignage|aveu|aveux|confession|vœux|voeux"
    r"|plaidoirie|réquisitoire|mise en garde|réaction)"
    r"(?:\s+(?:à|aux|au|pour)\s+[^,:«»“”\"]{2,40}?)?\s+(?:de\s+|d[’']\s*)"
    rf"(?P<name>{_NAME_RUN})(?:\s*,\s*(?P<detail>[^:«»“”\"]{{2,80}}))?$"
)


def headline_quotation(title: str) -> Headline | None:
    """The citation-titre of a headline: the quotation the headline is built on, as French press writes it.

    * ``X : « … »`` — the speaker before the colon: a name and role ("Jeanne Roe, directrice de X : « … »"), an
      interview ("Entretien avec X : « … »"), a verb of saying ("X prévient : « … »"), or a clause whose subject
      is a person or an institution ("Le gouvernement américain tire un coup de semonce à Nvidia : « … »");
    * ``« … » : X verbe …`` — the subject of the clause after the colon ("« … » : Yann Roe (Meta) exhorte…");
    * ``« … », selon X`` or ``« … », affirme X`` — an attribution after it;
    * ``« … »`` — the whole headline (after a rubric label such as "OPINION."): nobody named.

    A topic before the colon ("IA : « … »") names nobody either. Quoted words inside a headline's sentence
    (« historique », « moment Spoutnik ») are labels, never a citation-titre.
    """
    label = _HEADLINE_LABEL.match(title)
    head = title[label.end() :] if label else title
    found = spans(head)
    if not found or found[0].open:
        return None
    span = found[0]
    inner = span.inner
    before = head[: span.start].rstrip()
    after = head[span.end :]
    if before.endswith(("?", "!")) and not after.strip(" .!?…") and looks_like_quotation(inner):
        # a question or an exclamation of the headline's, then the quotation closing it: "Vers la fin des cures ?
        # « Un mal de dos, c'est trois semaines… »" (nobody named)
        return Headline(inner)
    if before.endswith((" que", " qu’", " qu'")) and len(found) == 1 and _quotable(inner):
        # a headline's clause of saying governs the quotation: "Louvre : la ministre assure que « … »"
        clause = before.rsplit(":", 1)[-1].strip()
        governed = _governing_clause(clause + " ", inner)
        if governed is not None and governed.speaker != PREVIOUS_SPEAKER:
            return Headline(inner, governed.speaker, governed.detail)
        return None
    if before and not before.endswith(":"):
        return None
    post = _post_attribution(after)
    if post is not None and not post[0].startswith(PREVIOUS_SPEAKER) and _quotable(inner):
        return Headline(inner, post[0])
    bracket = _HEADLINE_BRACKET_SPEAKER.match(after)
    if bracket is not None and len(found) == 1 and looks_like_quotation(inner):
        # the speaker in brackets after the words, the role perhaps first: "Burkina : « … » (ambassadeur Paul Roe)"
        found_speaker = _HEADLINE_BRACKET_NAME.search(bracket.group("who"))
        if found_speaker is not None and _is_full_name(found_speaker.group("name")):
            role = bracket.group("who")[: found_speaker.start()].strip(" ,")
            return Headline(inner, found_speaker.group("name"), role)
    if not before:
        if not after.strip(" .!?…"):  # the whole headline
            return Headline(inner) if looks_like_quotation(inner) else None
        interview = _INTERVIEW.match(after.strip().rstrip(".!?"))
        if interview is not None and looks_like_quotation(inner):
            # the interview's label after the words, no colon: "« … » Entretien avec Pierre Roe (2/3)"
            who = re.sub(r"\s*\([^()]*\)\s*$", "", interview.group("who")).partition(",")
            if _is_full_name(who[0].strip()):
                return Headline(inner, who[0].strip(), who[2].strip())
        colon = re.match(r"^\s*:\s*", after)
        if (
            colon is None
            and inner.rstrip()[-1:] in ".!?…"
            and after.strip()[:1].isupper()
            and looks_like_quotation(inner)
        ):
            # the quoted sentence opens the headline, the journalist's sentence after it: "« Les animaux pourraient
            # connaître un triste sort. » Pour éviter la fermeture, un parc lance un appel" (nobody named)
            return Headline(inner)
        if colon is None or not looks_like_quotation(inner):
            return None
        subject = _headline_subject(after[colon.end() :])
        return Headline(inner, *subject, surname=" " not in subject[0]) if subject else Headline(inner)
    if len(found) > 1 or not _quotable(inner):
        return None
    who = before[:-1].rstrip()
    rubric, dash, named = who.rpartition(" – ") if " – " in who else who.rpartition(" — ")
    if dash and rubric.strip() and _is_full_name(named.strip()):
        who = named.strip()  # a topic, then the person, set off by a dash: "Orange – Alioune Roe : « … »"
    message = _MESSAGE_OF.match(who)
    if message is not None and _is_full_name(message.group("name")):
        # a noun of speech and whose it is before the colon: "Le message à la jeunesse d'Alain Roe, prix Nobel de
        # physique : « … »", "Les mots de X : « … »"
        return Headline(inner, message.group("name"), (message.group("detail") or "").strip())
    role, comma, name = who.rpartition(",")
    if comma and _is_full_name(name.strip()) and _DETERMINERS.match(role.strip()):
        # "Le fondateur de Kelvo, Marc Aubert : « … »": the role, then the person in apposition.
        return Headline(inner, name.strip(), _DETERMINERS.sub("", role.strip(), count=1))
    intro = intro_attribution(who, colon=True)
    topic = _headline_topic(who)
    if (
        intro is not None
        and intro.speaker != PREVIOUS_SPEAKER
        and _names_speaker(intro.speaker.split(",")[0])
        and (len(intro.speaker.split()) > 1 or intro.detail)  # a single word before the colon is a topic ("IA")
        and not topic
    ):
        return Headline(inner, intro.speaker, intro.detail)
    subject = _headline_subject(who) if not topic else None
    if subject is not None:
        return Headline(inner, *subject, surname=" " not in subject[0])
    if _SURNAME_ALONE.fullmatch(who) and not is_french_word(who) and looks_like_quotation(inner):
        # the surname alone, as headlines name the well-known: "Deschamps : « … »"; a speaker only if the body
        # names that person in full (a topic, a word of the language, "Santé : « … »", names no one)
        return Headline(inner, who, surname=True)
    return Headline(inner) if looks_like_quotation(inner) else None


def _headline_topic(phrase: str) -> bool:
    """A headline's topic before the colon, with no article, a common noun first that names no person, office or
    body ("Réouverture de Notre-Dame : « … »", "Résultats Parcoursup : « … »"): the story, not who speaks."""
    first = phrase.split()[0] if phrase.split() else ""
    folded = first.casefold()
    return (
        "," not in phrase  # (a rubric word glued before a name and its role: "Vidéo Paul Roe, PDG de X : « … »")
        and not _DETERMINERS.match(phrase)
        and first[:1].isupper()
        and is_french_word(first)
        and not is_first_name(first)
        and not _role_noun(folded)
        and not _person_noun(folded)
        and folded not in _INSTITUTIONS
        and folded not in _INSTITUTION_HEADS
        and folded not in _COLLECTIVE_HEADS
    )


# A surname alone after a role or a title: one capitalised word ("Blackmore", "Le Bris" is two).
_SURNAME_AFTER_TITLE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)?")


# A surname alone before a headline's colon: one capitalised word, small letters after its capital ("IA" is a topic).
_SURNAME_ALONE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:[-’'][A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)?")


# Words that open a headline's clause and name no one: a possessive or a pronoun ("« … » : leur facture augmente").
_NOT_A_MONONYM = frozenset(
    "leur leurs son sa ses mon ma mes notre nos votre vos ce cet cette ces il elle ils elles on nous vous cela ça"
    " tout tous toute toutes chacun aucun personne rien".split()
)


def _headline_subject(clause: str) -> tuple[str, str] | None:
    """The speaker phrase and description of a headline clause whose subject is a person or an institution."""
    interview = _INTERVIEW.match(clause.strip().rstrip(".!?"))
    if interview is not None:
        # "« … » : rencontre avec X, cofondateur de Y": the person the interview is with
        who, _, detail = interview.group("who").partition(",")
        if _is_full_name(who.strip()):
            return who.strip(), _DETERMINERS.sub("", detail.strip(), count=1)
    match = _HEADLINE_SUBJECT.match(clause.strip())
    if match is None:
        return None
    if clause.strip()[match.end() :].split(" ", 1)[0].casefold() in _NOT_A_VERB_AFTER | {"plus", "moins", "très"}:
        # a noun phrase without a verb is the headline's topic, nobody who speaks: "« … » : les doctorants de plus en
        # plus précaires", "« … » : les éleveurs à bout"
        return None
    phrase = match.group("np")
    determiner = _DETERMINERS.match(phrase)
    if determiner:
        noun = phrase[determiner.end() :].split()[0].casefold()
        if not (_role_noun(noun) or noun in _INSTITUTIONS):
            return None
    elif not _is_full_name(phrase) and not (
        len(phrase.split()) == 1
        and phrase[:1].isupper()
        and phrase[1:].islower()
        and phrase.casefold() not in _NOT_A_MONONYM
    ):
        return None
    detail = ", ".join(d.strip() for d in (match.group("paren"), match.group("detail")) if d)
    return phrase, detail


# ----------------------------------------------------------------------------
# An article: context across paragraphs, speakers resolved
# ----------------------------------------------------------------------------

# A person introduced the way French press does: "Jeanne Martin, directrice de X," or "Mme Martin".
_MENTION = re.compile(
    rf"(?:(?<=\b[dl][’'])|(?<![\w’'-]))(?!(?:Le|La|Les|Un|Une|Des|Voilà|Voici)\s)(?P<name>{_GIVEN_NAME}"
    rf"(?:\s+(?:de\s+|du\s+|d[’']|van\s+|von\s+|[Ll]e\s+|[Ll]a\s+)?{_NAME_TOKEN}){{1,3}})"  # "Amal El Fallah Roe"
    r"\s*,\s*(?!(?:a|avait|est|était|s[’']est|se|ont|n[’']|ne|y)\s|s[’'])"  # ("X, s'interroge…": a verb)
    # (nor the source of what the sentence reports: "inscrits à Pôle Emploi, selon Olivier Roe, président de…")
    r"(?!(?:selon|d[’']après)\s)"
    # (a role capitalised as some sites print it, "Directeur général de X": see _scan)
    # (or a rank, as the sports press gives it: "Michelle Roe, 3e à 1 s 08 de la gagnante, décroche…")
    r"(?P<detail>(?:l[’']|le |la |un |une |[a-zà-ÿ]|PDG|DG|CEO|CTO|[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+\s|\d{1,2}(?:e|er|re|ème)\s)"
    # (a few words quoted inside it: "Eric Roe, tenant d'une « droite ferme », a été élu")
    r"(?:[^,.;:!?«»“”]|«[^«»“”,.;:!?]{1,40}»){2,120}?)\s*[,.;:]"
)
# A capitalised word and "des", "du" right before a capitalised run: the run completes a proper noun ("le Trophée
# des Deux Rives", "la Coupe du Monde"), it names no one.
_PROPER_NOUN_OF = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'-]+\s+(?:des|du)\s+$")
_NAME_THEN_VERB = re.compile(
    rf"(?:^|\s)(?P<first>{_GIVEN_NAME})\s+{_NAME_TOKEN}\s+(?:(?:ne|n[’']|se|s[’']|l[’']|y|en)\s*)?(?P<verb>[a-zà-ÿ]+)\b"
)
# A capitalised word then "de" before a name: "Autour de Gabriel Roe" (the word is no first name of the person).
_PREPOSITION_OF_NAME = re.compile(r"^(?P<word>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)\s+(?:de|du)\s+(?P<name>\S+\s+\S.*)$")
_AND_NAME = re.compile(rf"\s+et\s+{_NAME_RUN}\s*$")
_LAST_LISTED = re.compile(
    rf",[^,.;:!?«»“”\"]{{2,80}}\s+et\s+(?P<name>{_NAME_RUN})\s*,\s*(?P<detail>[a-zà-ÿ][^,.;:!?«»“”\"]{{2,80}}?)\s*[,.;:]"
)
# A former office ("l'ex-patron de…", "l'ancienne ministre") and the age in apposition ("…, 65 ans").
_FORMER_EPITHET = re.compile(r"^(?:(?:le|la)\b|l[’'])\s*(?:ex-|ancien\s+|ancienne\s+)[\w-]+", re.I)
# (or the age as the noun's complement: "l'astronaute de 43 ans", "la comédienne âgée de 63 ans")
_AGED_FIRST_NAME = re.compile(r"(?P<name>[A-ZÀ-ÖØ-Þ][\w-]+)\s*,\s*(?P<age>\d{1,3}\s+ans)\s*,")
_AGE_APPOSITION = re.compile(r"(?:,\s*|\s+(?:âgée?s?\s+)?de\s+)\d{1,3}\s+ans$")
_QUOTED_APPOSITION = re.compile(
    rf"(?:^|(?<=[.!?…]\s)|(?<=[.!?…]))\s*(?P<name>{_NAME_RUN})\s*,\s*[«“]\s*(?P<detail>[^«»“”]{{2,80}}?)\s*[»”]\s*,?\s+"
    r"(?=(?:a|avait|est|était|s[’']est|se|ne|n[’'])\s|[a-zà-ÿ]+(?:e|t|ent)\b)"
)
_ROLE_THEN_NAME_END = re.compile(
    rf",\s*(?:(?:a|avait|ont)\s+)?(?P<verb>[\w’'-]+)\s+(?:[a-zà-ÿ]+\s+)?(?P<role>(?:(?:le|la)\b|l[’'])\s*[a-zà-ÿ]"
    rf"[^,.;:!?«»“”\"]{{2,90}}?),\s*(?P<name>{_NAME_RUN})\s*(?=[.;!?]|$)"
)
# A conjunction opening a subordinate clause of cause, time or contrast.
_CLAUSE_CONJUNCTION = r"\b(?:(?:puisqu|lorsqu|quoiqu|parce\s+qu|tandis\s+qu|alors\s+qu)(?:e\b|[’'])|quand\b|car\b)"
_SUBORDINATE_CLAUSE = re.compile(rf"(?:^|,?\s+){_CLAUSE_CONJUNCTION}.*$", re.S)
# A role opening a sentence as its subject: "Le directeur financier du groupe a défendu…", "Son homologue
# français s'est montré…". A pronoun after it stands for that role.
_ROLE_SUBJECT = re.compile(
    # (after a short opening phrase too: "En larmes, la mère a évoqué…")
    rf"(?:^|[.!?…]\s+)(?:[A-ZÀ-ÖØ-Þ][^,.;:!?«»“”\"]{{1,30}},\s+(?=(?:(?:le|la)\b|l[’'])\s*[a-zà-ÿ]))?"
    # (a subordinate clause's conjunction ends the noun phrase: "Une victime doublement choquée puisqu'Anne avait
    # été…" is a sentence without a verb, then a clause whose subject is Anne)
    rf"(?P<np>(?:Le|La|L[’']|Les|Son|Sa|Leur|Un|Une|le|la|l[’'])\b\s*(?:(?!{_CLAUSE_CONJUNCTION})[^,.;:!?«»“”\"]){{2,70}}?)"
    r"\s+(?:a|avait|aurait|est|était|s[’']est|se|s[’']|reste|juge|estime|ne|n[’']|y"
    # (a modal, a future or a conditional: "Le maire de Trith souhaiterait sécuriser l'axe", "Le président de la
    # chambre doit venir lundi")
    r"|doit|devait|devrait|veut|voulait|voudrait|peut|pouvait|pourrait|souhaite|souhaitait|souhaiterait|va|allait"
    r"|sera|aura|serait|compte|entend|espère)\s"
)
# An anonymous witness as the subject: "Une voisine de la victime a…", "Un habitant du quartier raconte…".
_WITNESS_SUBJECT = re.compile(
    # (after a short opening phrase too: "Un peu plus loin, une fleuriste a elle aussi jeté…")
    r"(?:^|[.!?…]\s+)(?:[A-ZÀ-ÖØ-Þ][^,.;:!?«»“”\"]{1,40},\s+(?=une?\s))?"
    r"(?P<np>(?:Un|Une|un|une)\s+(?:autre\s+)?(?P<described>(?P<noun>[a-zà-ÿ-]{3,})"
    r"(?:\s+(?:de\s+la|de\s+l[’']|du|des|de|d[’'])\s*[a-zà-ÿ’'-]+(?:\s+[a-zà-ÿ’'-]+)??)?))"
    r"\s+(?:(?:nous|lui|se|s[’']|n[’']|ne)\s*)?(?P<verb>[a-zà-ÿ]+)\b"
)
_WITNESS_NOUNS = frozenset(
    """
    voisin voisine habitant habitante riverain riveraine passant passante témoin client cliente usager usagère
    parent mère père fils fille ami amie proche automobiliste patient patiente bénévole retraité retraitée
    manifestant manifestante gréviste supporter supportrice spectateur spectatrice fleuriste sinistré sinistrée
    rescapé rescapée survivant survivante locataire propriétaire agent agente policier policière gendarme
    utilisateur utilisatrice internaute lecteur lectrice auditeur auditrice salarié salariée employé employée
    commerçant commerçante copropriétaire pêcheur pêcheuse chauffeur chauffeuse routier routière vacancier vacancière
    festivalier festivalière visiteur visiteuse promeneur promeneuse randonneur randonneuse pèlerin pèlerine fidèle
    paroissien paroissienne religieuse maman papa
    voyageur voyageuse passager passagère navetteur navetteuse touriste abonné abonnée consommateur consommatrice
    acheteur acheteuse badaud badaude contribuable
    dame monsieur garçon enfant adolescent adolescente ado exposant
    exposante résident résidente pensionnaire détenu détenue mamie papy grand-mère grand-père
    """.split()
)
_NAME_IN_APPOSITION = re.compile(rf"[^,.;:!?«»“”\"]{{0,60}},\s*{_NAME_RUN}\s*,")
_NOT_A_VERB_AFTER = frozenset(
    "qui que dont de du des à au aux en et ou sur dans pour par avec sans comme le la les".split()
)
# subject_any_verb: a person described by a noun phrase opening a sentence, whatever its verb ("Un homme se remet
# tout juste du choc.", "Cet habitant avait déjà vu sa maison inondée.", "Parmi les clients, une femme, anglaise, ne
# se plaint pas."): the noun phrase is the subject, which a pronoun after the next words stands for ("« … »,
# explique-t-elle"). The verb is found word by word (see _described_subject_verb); the other subject patterns read
# the usual auxiliaries.
_DESCRIBED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?…])\s+)(?:[A-ZÀ-ÖØ-Þ][^,.;:!?«»“”\"]{1,40},\s+(?=[LlUuCc]))?"
    r"(?P<np>(?P<det>[Ll]e|[Ll]a|[Ll][’']|[Uu]n|[Uu]ne|[Cc]e|[Cc]et|[Cc]ette)\s*"
    r"(?:(?P<adjective>jeune|vieil|vieille|petit|petite)\s+)?(?P<noun>[a-zà-ÿ-]{3,}))"
    r"(?P<rest>[^.;:!?«»“”\"]{0,160})"
)
_AGE_COMPLEMENT = re.compile(_AGE_OF)
_SUBJECT_CLITICS = frozenset("ne n’ n' se s’ s' y en lui leur nous vous l’ l'".split())
_COMPLEMENT_LINKS = frozenset("de du des d’ d' la le l’ l' les à au aux en".split())
SUBJECT_WORDS = 8  # words of complement at most between a described subject's noun and its verb
APPOSITION_CHARS = 80  # characters at most of an apposition between a described subject and its verb
_PASSIVE_AFTER_SUBJECT = re.compile(r"^[^.;:!?]{0,80}?\b(?:a|avait|aurait)\s+(?:\w+\s+)?été\b")


def _described_subject_verb(rest: str) -> tuple[str, str] | None:
    """The complement of a described subject, read up to its verb: "de l'établissement fait ce qu'elle peut" gives
    "de l'établissement". The noun may take an adjective and complements after link words ("du conseil des
    prud'hommes de Paris", "de 24 ans"); an apposition between commas or dashes may stand before the verb ("…,
    section commerce, regarde"), and is given second; clitics too ("se remet", "s'approche"). None when no finite
    verb of the third person comes within SUBJECT_WORDS words, or another word does (a clause: "rencontrée par…", a
    name)."""
    complement: list[str] = []
    link = False  # the word before was a link word: this one is its noun
    extra = 0  # words the noun after a link may take ("de 24 ans", "de la région parisienne")
    for token in re.finditer(r"[,–—]|[^\s,–—]+", rest):
        word = token.group()
        if word in (",", "–", "—"):
            close = re.compile(r"," if word == "," else r"[–—]").search(rest, token.end())
            if close is None or close.start() - token.end() > APPOSITION_CHARS:
                return None
            apposition = " ".join(rest[token.end() : close.start()].split())
            return (" ".join(complement), apposition) if _clitic_verb(rest[close.end() :]) else None
        if len(complement) >= SUBJECT_WORDS:
            return None
        folded = word.casefold()
        if link:
            link, extra = False, 1
        elif folded in _COMPLEMENT_LINKS:
            link = True
        elif word[:1].isupper():
            return None
        elif _clitic_verb(rest[token.start() :]):
            return " ".join(complement), ""
        elif _elided_link(folded):
            extra = 1
        elif complement and not extra:
            return None
        else:
            extra = max(0, extra - 1)
        complement.append(word)
    return None


_DEMONSTRATIVE_OPENING = re.compile(r"^(?:ce|cet|cette)\s+", re.I)


def _inside_quotation(text: str, position: int) -> bool:
    """Whether ``position`` falls inside words quoted in ``text`` (a mark opened before it and not closed)."""
    before = text[:position]
    return before.count("«") > before.count("»") or before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _elided_link(word: str) -> bool:
    """ "l'établissement", "d'élèves": a link word and its noun in one token."""
    return word[:2] in ("d’", "d'", "l’", "l'") and len(word) > 2


def _clitic_verb(text: str) -> bool:
    """Whether ``text`` opens on a finite verb of the third person singular, clitics before it perhaps ("ne se
    plaint", "s'approche", "avait")."""
    for word in re.findall(r"[\w’'-]+", text)[:4]:
        folded = word.casefold()
        if folded in _SUBJECT_CLITICS:
            continue
        bare = _CLITIC.sub("", folded) if len(folded) > 2 else folded
        if bare in ("en", "y"):
            continue  # (the negation or the reflexive elided before "en" or "y": "n'en revient pas", "s'y rend")
        # (a verb in -er whose present is a noun too, right after the subject: "range", "affiche", "ferme")
        homograph = len(bare) > 3 and bare.endswith("e") and is_french_word(bare + "r")
        return bare in _IRREGULAR_PRESENT or _verb_form(bare) or homograph
    return False


_ROLE_NAME_SUBJECT = re.compile(
    r"(?:^|[.!?…]\s+|,\s+)(?:(?:[Cc]e|[Cc]ette)\s+)?(?:(?:[Ll]undi|[Mm]ardi|[Mm]ercredi|[Jj]eudi|[Vv]endredi|[Ss]amedi"
    r"|[Dd]imanche|[Hh]ier|[Aa]ujourd[’']hui)\s+)?(?P<np>(?:[Ll]e|[Ll]a|[Ll][’']|[Ss]on|[Ss]a|[Ll]eur)\s*[^,.;:!?«»“”\"]{2,80}?)"
    # (an object pronoun may stand before the auxiliary: "le président du groupe Paul Roe l'a emporté")
    r"\s+(?:l[’']\s*|y\s+|en\s+)?(?:a|avait|aurait|est|était|s[’']est|se|s[’']|n[’']a|ne)\s"
)
# The same subject ending with a capitalised word, before a verb in the present: "Son collègue Marc Roe de
# l'Université de Vallières reste prudent": the lower-case word after the name, not a function word, is the verb.
_FUNCTION_WORDS = frozenset("des les une aux pour sur avec dans par chez qui que dont est".split())
_ROLE_NAME_PRESENT = re.compile(
    r"(?:^|[.!?…]\s+)(?P<np>(?:[Ll]e|[Ll]a|[Ll][’']|[Ss]on|[Ss]a|[Ll]eur)\s*[^,.;:!?«»“”\"]{2,80}?\s[A-ZÀ-ÖØ-Þ][\w’'-]+)"
    r"\s+(?P<verb>[a-zà-öø-ÿ]{3,})\s"
)
# A witness named by the first name alone as the subject of a sentence: "Bastien, professeur de lettres, demande…".
# subordinate_subject: or of a subordinate clause fronted before the main one, whose pronoun then stands for the
# witness ("Quand Florence a ouvert les yeux, elle s'est dit : « … »"), as French sets a clause of time or cause first.
_SUBORDINATORS = (
    r"(?:Quand|Lorsque|Dès\s+que|Depuis\s+que|Alors\s+que|Tandis\s+que|Puisque|Même\s+si|Bien\s+que|Après\s+que"
    r"|Avant\s+que|Si)\s+|(?:Lorsqu|Puisqu)[’']\s*"
)
# pseudonym_note: the press's notice that a witness's first name is not the real one, right after it ("Julie (le
# prénom a été changé) se lamente…", "Karim (prénom d'emprunt)", "Léa*"): no part of the name, no apposition
_PSEUDONYM_NOTE_REQUIRED = (
    r"(?:\*|\s*\((?:(?:le|son)\s+)?prénom\s+(?:a\s+été\s+)?(?:changé|modifié)e?\s*\)"
    r"|\s*\(prénom\s+d[’']emprunt\)|\s*\(\*\)"
    # (or a footnote's number after the first name, the note saying below that the name was changed: "Marie (1)")
    r"|\s*\(\d\)(?=\s*,))"
)
_PSEUDONYM_NOTE = _PSEUDONYM_NOTE_REQUIRED + "?"
_PSEUDONYM = re.compile(rf"(?<=\w){_PSEUDONYM_NOTE_REQUIRED}")
_SUBORDINATOR_ALONE = re.compile(rf"\s*(?:{_SUBORDINATORS})")
_FRONTED_CLAUSE = re.compile(rf"\s*(?:{_SUBORDINATORS})[^,.;:!?«»“”\"]{{3,160}},")
# (after one more phrase set off by commas perhaps: "Quand Florence a ouvert les yeux, après l'opération, elle…")
_MAIN_PRONOUN = re.compile(r"\s*(?:[^,.;:!?«»“”\"]{1,60},\s*)?(il|elle)\s")
_FIRST_NAME_SUBJECT = re.compile(
    # (after "mais", which opens a new clause with its subject: "Les machines tournent mais Sophie, mère de Théo, est
    # sereine"; after a conjunction of time inside the sentence, its comma left out: "le soleil revient alors que
    # Gilbert déblaie le caniveau")
    rf"(?:^|[.!?…]\s+|,\s+|\smais\s+|\s(?=(?i:{_SUBORDINATORS})))(?:\s*(?i:{_SUBORDINATORS}))?"
    # (a child or a young person as the press presents them: "Le petit Mathéo, venu de…", "la jeune Léa")
    r"(?:(?:[Ll]e|[Ll]a)\s+(?:petit|petite|jeune)\s+)?"
    rf"(?P<name>{_GIVEN_NAME}){_PSEUDONYM_NOTE}"
    # (the witness and the group that goes with her, a pronoun after standing for her: "Maxime et son équipe,
    # bénévoles à la Croix-Rouge, commencent leur ronde")
    r"(?:\s+et\s+(?:son|sa|ses)\s+[a-zà-ÿ-]+)?"
    # (contrastive_topic: the stressed pronoun after the name switches to a new witness, its first comma often left
    # out: "Anthony lui, a deux enfants", "Chloé, elle, n'achète plus")
    r"(?:\s*,?\s+(?:lui|elle)(?:\s+aussi)?\s*,)?"
    # (the age the press gives a witness first: "Yahya, 22 ans, est étudiant", "Lina, 19 ans, étudiante, a…")
    r"(?:\s*,\s*(?P<age>\d{1,3}\s+ans)(?=\s*,))?"
    # (a rank as the army or a race gives it, and a second apposition: "Marion, 1re classe, la vingtaine, vient…")
    r"(?:\s*,\s*(?P<detail>(?:\d{1,2}(?:re|er|e|ème)\s+)?[a-zà-ÿ][^,.;:!?«»“”\"]{2,80}?"
    r"(?:\s*,\s*[a-zà-ÿ][^,.;:!?«»“”\"]{2,40}?)?)(?=\s*,))?(?(age)\s*,|(?(detail)\s*,|))"
    # ("Paule en a assez", "Nour ne sait"; "Karim attend, lui aussi, à l'écart": an aside may follow the verb)
    # (the negation elided before "en" or "y": "Marie n'en revient pas", "Karim n'y croit plus")
    # (and the reflexive pronoun elided before them: "Maxence s'en souvient", "Léa s'y rend")
    r"\s+(?:(?:en|ne|se|y)\s+|[ns][’']\s*(?:en|y)\s+)*(?P<verb>(?:[lsnm][’'])?[a-zà-öø-ÿ]{1,})(?=\s|,\s)"
)
# The same witness, an apposition after the name whose closing comma was lost, the verb after it opening on an
# auxiliary, a negation or a reflexive pronoun (see _scan).
_FIRST_NAME_UNCLOSED = re.compile(
    rf"(?:^|[.!?…]\s+|,\s+)(?P<name>{_GIVEN_NAME})\s*,\s*"
    r"(?P<detail>(?:une?\s+)?[a-zà-ÿ][^,.;:!?«»“”\"]{2,100}?)"
    r"\s+(?:a|avait|est|était|ne|n[’']|se|s[’'])\s"
)
# A soldier's rank as the army names it: "1re classe", "2e classe".
_RANK = re.compile(r"^\d(?:re|e|ème)\s+classe$")


# A past participle opening an apposition: "scolarisée dans un lycée", "installé à Vire", "venue de Lyon".
_PAST_PARTICIPLE_OPENING = re.compile(r"^[a-zà-ÿ]{3,}(?:é|ée|és|ées|ie|ies|ue|ues|us|ise|ises|ite|ites)\s")


def _witness_verb(verb: str) -> bool:
    """Whether the word after a witness's first name (and age) reads as the sentence's verb: an auxiliary, an
    irregular present, a finite form ("Fabienne, 57 ans, fait…", "Lucas aide…")."""
    return (
        verb in _AUX_WORDS
        or verb in _IRREGULAR_PRESENT
        or _finite_verb(verb)
        or (len(verb) > 3 and f"{verb}r" in _verb_candidates(verb))
    )


def _witness_apposition(part: str) -> bool:
    """One apposition after a witness's first name: a role ("enseignante"), the age by decade ("la quarantaine"), a
    rank ("1re classe"), a nationality or a place."""
    # (an adjective of age or time before the noun: "jeune père de famille", "ancienne infirmière")
    head = _EPITHET_ADJECTIVE.sub("", _DETERMINERS.sub("", part, count=1), count=1).split(" ", 1)[0]
    return (
        bool(head)
        and (
            _role_noun(head)
            or _AGE_DECADE.match(part) is not None
            or _RANK.match(part) is not None
            # (where the witness is from or is: "Marilyne, française installée en Israël,", "Jahed, à Gaza,")
            or head.casefold() in _DEMONYM_NOUNS
            or _WITNESS_PLACE.match(part) is not None
            # (what the report names the witness by, where she lives or what she uses: "Caroline, une habitante de
            # Mamoudzou,", "Paul, riverain du chantier,")
            or head.casefold() in _WITNESS_NOUNS
            or (head.endswith("s") and head[:-1].casefold() in _WITNESS_NOUNS)  # ("Maxime et son équipe, bénévoles…")
            # (where the witness came from: "le petit Mathéo, venu de Montgiscard pour la journée,")
            or _WITNESS_ORIGIN.match(part) is not None
            # (a person by sex and age, as the press describes a witness: "Jessica, jeune femme qui vit à Beyrouth,")
            or head.casefold() in ("femme", "homme", "fille", "garçon", "dame", "monsieur")
            or _ATTIRE_ON_BODY.match(part) is not None
            # (the witness's situation: "Aminata, au chômage,", "Paul, à la retraite,", "Lina, sans emploi,")
            or _WITNESS_SITUATION.match(part) is not None
        )
    )


# Where a witness came from or lives, by a participle: "venu de Montgiscard", "originaire de Lyon", "installée à Dax".
_WITNESS_ORIGIN = re.compile(
    r"^(?:venue?s?|arrivée?s?|originaires?|installée?s?)\s+(?:de|d[’']|du|des|à|au|aux|en)\s*\S"
)
# A witness's situation in life, as the press sets it after the first name.
_WITNESS_SITUATION = re.compile(
    r"^(?:au\s+chômage|à\s+la\s+retraite|en\s+retraite|retraitée?|sans\s+(?:emploi|abri|domicile(?:\s+fixe)?|papiers)"
    r"|en\s+(?:CDD|CDI|intérim|arrêt\s+maladie|recherche\s+d[’']emploi|situation\s+de\s+handicap|invalidité)"
    r"|au\s+RSA|au\s+SMIC|mère\s+célibataire|père\s+célibataire|veuve?|célibataire|enceinte)\b"
)
# A name closing the text before an apposition: "…joint Lucie, " before "une riveraine".
_NAME_BEFORE_APPOSITION = re.compile(rf"(?<![\w’'-])(?P<name>{_GIVEN_NAME})\s*,\s*$")
# A role noun, then a name of two capitalised words or more closing the phrase: "le maire Youssouf Ambdi".
_ROLE_AND_NAME_END = re.compile(r"(?P<noun>[a-zà-ÿ-]+)\s+[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)+$")
# A first name's initial and the surname: "C. Roe", "J. Ben Roe".
_INITIAL_SURNAME = re.compile(
    r"(?P<initial>[A-ZÀ-ÖØ-Þ])\.\s*(?P<surname>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)?)"
)
# The demonstrative determiners: "ce", "cet", "cette", "ces".
_DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
# words_taken_up: the sentence after words set apart takes them up by a noun of speech, with a demonstrative or a
# definite article, and says whose they are: in a relative clause whose subject is the speaker ("Ces mots que la
# sœur de Timéo répète…", "Ces mots, X les a prononcés…") or as the agent of a participle of uttering ("La phrase,
# adressée au maire, est lancée par X", "Cette formule prononcée par X").
_WORDS_TAKEN_UP = re.compile(
    r"^(?:Ces|Cette|Ce|Le|La|Les)\s+(?:mots?|phrases?|termes|propos|paroles|formules?|confidences?|déclarations?)\b"
    r"(?:\s*,\s*[^,.;:!?«»“”\"]{1,80},)?\s*"
    r"(?:que\s+|qu[’']\s*|(?:(?:est|sont|a\s+été|ont\s+été|ont|a)\s+)?(?:lâchée?s?|prononcée?s?|tenue?s?|écrite?s?"
    r"|employée?s?|confiée?s?|lancée?s?)\s+(?:[^,.;:!?«»“”\"]{1,60}?\s+)?par\s+)"
    rf"(?P<who>(?:(?:la|le)\b|l[’'])\s*[a-zà-ÿœæ-]+(?:\s+(?:de\s+la|de\s+l[’']|du|des|de|d[’'])\s*[\w’'-]+){{0,2}}|{_NAME_RUN})"
    # (the name's apposition: "…, est lancée par X, tête de liste écologiste")
    r"(?:\s*,\s*(?P<detail>(?:l[’']|le\s|la\s)?[a-zà-ÿ][^,.;:!?«»“”\"]{2,80}))?"
)


def _words_taken_up(sentence: str) -> tuple[str, str] | None:
    """The speaker :data:`_WORDS_TAKEN_UP` finds in ``sentence``, and the apposition after a name: a person named in
    full, or a person described by a role, a witness's noun or a kinship ("la sœur de Timéo"); None otherwise."""
    taken_up = _WORDS_TAKEN_UP.match(sentence)
    if taken_up is None:
        return None
    who = " ".join(taken_up.group("who").split())
    head = _DETERMINERS.sub("", who, count=1).split()[0].casefold()
    if _is_full_name(who):
        detail = " ".join((taken_up.group("detail") or "").split())
        # (an apposition, no clause: "…, qui…" or a verb after the comma is the journalist's)
        clause = not detail or detail.startswith(("qui ", "dont ", "que ")) or _finite_verb(detail.split()[0])
        return who, "" if clause else _DETERMINERS.sub("", detail, count=1)
    described = _DETERMINERS.match(who) is not None and (_person_noun(head) or head in _KINSHIP)
    return (who, "") if described else None


# A rank or an office and a surname alone, an apposition perhaps after it: "le colonel Roe", "la juge Roe, qui…".
_RANK_AND_SURNAME = re.compile(
    r"^(?:(?:[Ll]e|[Ll]a)\b|[Ll][’'])\s*(?P<rank>[a-zà-ÿ-]+)\s+(?P<surname>[A-ZÀ-ÖØ-Þ][\w’'-]+)(?:\s*,|$)"
)
# A witness shown with a demonstrative: "cette cliente", "ce riverain qui…" (the noun, what follows it).
# ("cette mère de famille": the noun and its complement of kind, "de famille", "du quartier")
_SHOWN_WITNESS = re.compile(
    r"^(?:[Cc]e|[Cc]et|[Cc]ette)\s+(?P<other>autre\s+)?(?P<noun>[a-zà-ÿ-]+)"
    r"(?P<kind>\s+(?:de\s+famille|du\s+quartier|de\s+la\s+commune))?(?P<rest>\s.*)?$"
)
# A capitalised word, a first name perhaps.
_CAPITALISED_TOKEN = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w-]+")
# Two capitalised words in a row, the shape of a name: "Elvis Roe".
_CAPITALISED_PAIR = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ’'-]+\s+[A-ZÀ-ÖØ-Þ][\w’'-]+")
# A first name and its apposition anywhere in a sentence: "…a contacté Caroline, une habitante de Mamoudzou."
_APPOSED_WITNESS = re.compile(
    rf"(?<![\w’'-])(?P<name>{_GIVEN_NAME})\s*,\s*(?P<detail>(?:une?\s+)?[a-zà-ÿ][^,.;:!?«»“”\"]{{2,80}}?)(?=\s*[,.;])"
)
# absolute_attire: an absolute phrase of what the witness wears or holds and where, the reporter's sketch set off
# by commas ("Pierre, bonnet rouge sur la tête, surveille…", "Lina, les mains dans les poches,", "Marc, chapeau noir
# et lunettes de soleil sur le nez,", "Anne, le sourire aux lèvres,"): a noun phrase of a few words, then a part of
# the body after its preposition.
_ATTIRE_ON_BODY = re.compile(
    r"^(?:(?:le|la|les|l[’']|un|une|des)\s*)?[a-zà-ÿ-]+(?:\s+(?:et|de|d[’']|à|en)?\s*[a-zà-ÿ-]+){0,5}?"
    r"\s+(?:sur|à|aux|au|dans|sous|autour\s+d[eu]|contre)\s+(?:le|la|les|l[’']|son|sa|ses|un|une)?\s*"
    r"(?:tête|nez|dos|épaules?|lèvres|mains?|bras|poches?|cou|oreilles?|yeux|pieds?|taille|poignets?|front|visage"
    r"|joues?|cheveux|genoux|hanches?|ventre|poitrine|torse|cuisses?|doigts?)$"
)
# A witness's place in apposition: "à Gaza", "à Saint-Denis".
# (and since when: "à Reims depuis 2016", "à Lille depuis dix ans", "à Dax depuis mars 2020")
_WITNESS_PLACE = re.compile(
    r"^(?:à|au|aux)\s+[A-ZÀ-ÖØ-Þ][\w’'-]+(?:[\s-][A-ZÀ-ÖØ-Þ][\w’'-]+){0,2}"
    r"(?:\s+depuis\s+(?:\d{4}|(?:\d+|[a-zé]+)\s+ans|[a-zéû]+\s+\d{4}))?$"
)


# Nouns of age a witness is described by ("une octogénaire", "la quinquagénaire").
_AGE_NOUNS = frozenset(
    """quadragénaire quinquagénaire sexagénaire septuagénaire octogénaire nonagénaire centenaire trentenaire
    vingtenaire""".split()
)
# Third persons of irregular verbs the lemmatiser does not bring back to their infinitive ("Christiane vit depuis 45
# ans dans le village"); none of them a noun ("le sort", "la part", "le lit" are left out).
_AGE_DECADE = re.compile(
    r"^(?:la|une)\s+(?:petite\s+|bonne\s+)?(?:vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|septantaine"
    r"|soixante-dizaine|octantaine)(?:\s+d[’']années)?$"
    # (or the noun of the decade, as the press describes a witness by age: "Sophie, quinquagénaire du fin fond des
    # Yvelines,", "Paul, un jeune trentenaire,")
    r"|^(?:une?\s+)?(?:jeune\s+)?(?:vingtenaire|trentenaire|quadragénaire|quinquagénaire|sexagénaire|septuagénaire"
    r"|octogénaire|nonagénaire|centenaire|quadra|quinqua|sexa|septua|octo)\b"
)
_IRREGULAR_PRESENT = frozenset(
    "vit vient tient sait voit croit prend met répond attend vend écrit boit connaît dort revient devient".split()
)
_ORIGIN = re.compile(r"(?:de|du|d[’'])\s*[A-ZÀ-ÖØ-Þ]")  # where a witness comes from: "de Quesnoy-sur-Deûle"
_CLITIC = re.compile(r"^[lsnm][’']")
_AUX_WORDS = frozenset({"a", "avait", "aura", "est", "était", "sera"})
# identifying_copula: a description of a person as the subject, the copula, then the person's full name closing the
# sentence or before its apposition ("Le vainqueur est le Français Paul Roe (Charal), …", "Un autre des favoris est
# Jeanne Roe."): the name identifies whom the subject describes.
_IDENTIFYING_COPULA = re.compile(
    r"(?:^|[.!?…]\s+)(?:Le|La|L[’']|Les|Un|Une|Son|Sa|Leur)\b\s*[a-zà-ÿ][^,.;:!?«»“”\"()]{1,60}?\s+(?:est|était|sera|fut)\s+"
    rf"(?P<name>(?:(?:(?:le|la)\b|l[’'])\s*[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+\s+)?{_NAME_RUN})\s*(?=[.,;(]|$)"
)
# A full name opening a sentence, a relative clause after it: "Isabelle Roe, qui remporte là son deuxième César, …".
_NAME_THEN_RELATIVE = re.compile(rf"(?:^|[.!?…]\s+)(?P<name>{_NAME_RUN})\s*,\s*qui\s")
# relative_inversion: French puts the subject after the verb in a relative clause ("Un lancement auquel a pris part
# Paul Roe", "la salle où travaille Anne Roe", "le projet qu'a présenté Anne Roe"): the person is the clause's
# subject, met there, whom a role or a pronoun after may take up.
_RELATIVE_INVERTED_SUBJECT = re.compile(
    r"(?:\b(?:auquel|auxquels|auxquelles|laquelle|lequel|lesquels|lesquelles|duquel|où)\s+|\bqu[’']\s*)"
    r"(?:(?:a|ont|avait|avaient|est|sont|était|étaient)\s+)?(?:[a-zà-ÿ]+\s+){0,1}[a-zà-ÿ]{3,}\s+"
    rf"(?P<name>{_NAME_RUN})(?=\s*[,.;:!?)]|\s+(?:ainsi|et|avec|en|lors|le|la|les|à|au|aux)\b|$)"
)
# cleft_subject: the cleft sentence, "c'est … qui", puts the subject first ("C'est Salah Roe qui s'est exprimé en
# dernier"): the person named is the sentence's subject, whom a pronoun after stands for.
_CLEFT_SUBJECT = re.compile(
    rf"(?:^|[.!?…]\s+)C[’'](?:est|était)\s+(?P<name>{_NAME_RUN}|{_GIVEN_NAME})"
    r"\s+qui\s"
    # (the presentational "c'est le cas de X", the example the paragraph turns to: "C'est le cas de Sylvie, …")
    # (or whose view it is: "C'est en tout cas le point de vue de X, manager de Castres.", "C'est l'avis de X")
    rf"|(?:^|[.!?…]\s+)C[’'](?:est|était)\s+(?:(?:aussi|notamment|par\s+exemple|en\s+tout\s+cas|du\s+moins)\s+)?"
    r"(?:le\s+cas|le\s+point\s+de\s+vue|l[’']avis|le\s+sentiment|le\s+constat|l[’']analyse|la\s+conviction)"
    r"\s+(?:de\s+|d[’']\s*)"
    rf"(?P<example>{_NAME_RUN}|{_GIVEN_NAME})(?=\s*[,.]|\s+qui\s)"
    r"(?:\s*,\s*(?P<described>[a-zà-ÿ][^,.;:!?«»“”\"]{2,60}?)(?=\s*,|\s*\.))?"  # "…, habitante d'Annecy, …"
)
# example_witness: the witness a report gives as an example of the many, by the first name the press names
# people it keeps anonymous by, after "comme" ("Quelques électeurs restent à convaincre, comme Andréa, une
# citoyenne…", "…, comme Gaëlle, qui vient ici pour la première fois : « … »"): the person the sentence turns to,
# whose words follow.
# (or opening the sentence, the member of the group just named: "Parmi eux, Michel, 58 ans, qui œuvre du côté de
# Tonnerre.")
_EXAMPLE_WITNESS = re.compile(
    r"(?:,\s+comme|(?:^|(?<=[.!?…])\s)\s*Parmi\s+(?:eux|elles|ceux-ci|celles-ci|(?:les|ces)\s+[a-zà-ÿ-]+)\s*,"
    # (the presentative a report brings the next witness on with: "Voici Marcel, 71 ans, qui se tient à la barre")
    r"|(?:^|(?<=[.!?…])\s)\s*(?:Voici|Voilà))"
    rf"\s+(?P<name>{_GIVEN_NAME})"
    r"(?:\s*,\s*(?P<age>\d{1,3}\s+ans)(?=\s*,))?(?=\s*[,.:;]|\s+qui\s)"
)
# contrastive_topic: a witness's first name, the stressed pronoun after it, its comma (the name's own often left out).
_FIRST_NAME_TOPIC = re.compile(rf"(?:^|[.!?…]\s+)(?P<name>{_GIVEN_NAME})\s*,?\s+(?:lui|elle)(?:\s+aussi|-même)?\s*,")
# witness_in_complement: the witness the press names by the first name alone, met as a noun's complement or after
# "pour" or "chez" rather than as the subject ("Le réveil de Nadia tourne au désastre", "une voix, celle de Bruno,
# arrivé ici il y a dix ans", "à l'image de Sylvie", "ce fut lundi pour Olivier qui vit ici"): the person the
# paragraph turns to, whom a pronoun after stands for. Not a full name (read elsewhere), not a first name that is a
# place or a feast too ("la ville de Nancy", "le marché de Noël"), not a person's kin or office ("la mère de Paul"
# is the mother), not a place or a thing named after someone ("le lycée de Marie", "porte le nom d'Isabelle").
_FIRST_NAME_COMPLEMENT = re.compile(
    rf"(?<![\w’'-])(?:(?P<of>de\s+|d[’']\s*)|(?:pour|chez)\s+)"
    rf"(?P<name>{_GIVEN_NAME}){_PSEUDONYM_NOTE}(?![\w’'-])(?!\s+(?:[A-ZÀ-ÖØ-Þ(]|de\s|du\s|d[’']|des\s))"
    # (the description after it, set off by commas or a dash: "pour Thierry, 60 ans, qui…", "d'Olga, une vieille dame")
    r"(?:\s*,\s*(?P<detail>[^,.;:!?«»“”\"–—()]{2,60}?)(?=\s*[,.;–—]|\s+qui\s))?"
)
_WORD_BEFORE = re.compile(r"(?:^|[\s’'])(?P<word>[\w-]+)\s*$")
_PLACE_FIRST_NAMES = frozenset(
    "nancy florence maurice aude charlotte orlando santiago caroline virginie regina".split()
)
# First names that are feasts too: "le marché de Noël", "les vacances de la Toussaint" name the day, nobody.
_FEAST_FIRST_NAMES = frozenset({"noël", "toussaint"})
_NAMED_PLACE_HEADS = frozenset(
    """rue place avenue boulevard quai allée impasse chemin route pont port gare aéroport lycée collège école
    université église cathédrale basilique chapelle paroisse stade salle hôpital clinique musée centre fondation
    institut prix fête saint sainte île lac mont cap golfe ville village commune région département nom""".split()
)
# The transition that turns to the next witness, naming them with no verb of saying, as reports that go from voice
# to voice write it: "Même son de cloche chez Paul Roe.", "Même constat pour Anne : …", "Avis partagé par Annick,
# retraitée.", "Le mot de la fin revient à Valentin Roe, le président du comité." The words set apart after it are
# that person's.
_TURN_TO = re.compile(
    r"(?:^|[.!?…]\s+)(?:(?:Même|Autre)\s+(?:constat|son\s+de\s+cloche|avis|sentiment|discours|analyse|inquiétude"
    r"|colère|réaction|satisfaction|déception|ton|écho|histoire|point\s+de\s+vue|état\s+d[’']esprit|chose|situation"
    r"|problème|crainte|espoir|refrain|galère)"
    r"|(?:Un|Une|Cet|Cette|Ce)\s+(?:avis|constat|sentiment|point\s+de\s+vue|analyse|inquiétude|colère)\s+partagée?"
    r"|(?:Avis|Constat|Sentiment|Point\s+de\s+vue|Analyse|Inquiétude)\s+partagée?"
    r"|Le\s+mot\s+de\s+la\s+fin(?:\s+revient)?|La\s+parole(?:\s+est)?(?:\s+(?:ensuite|enfin|maintenant))?"
    # (an interview's lead-in: "Interview avec Laurent X.", "Entretien avec Jeanne X, chercheuse.")
    r"|(?:Interview|Entretien|Rencontre)(?=\s+avec\s))"
    r"\s*,?\s+(?:par|pour|chez|du\s+côté\s+d(?:e|u)|côté|revient\s+à|à|avec)\s+"
    rf"(?P<name>{_NAME_RUN}|{_GIVEN_NAME})"
    r"(?:\s*,\s*|\s+(?=[a-zà-ÿ]))?(?P<described>[a-zà-ÿ][^,.;:!?«»“”\"]{2,80}?)?\s*(?:[,.;]?\s*$|:)"
)


def _named_witness(name: str) -> bool:
    """A person named in full, or by a first name alone ("Sylvie"), as a sentence presents a witness."""
    return _is_full_name(name) or (" " not in name and is_first_name(name))


def _turned_to(text: str) -> tuple[str, str] | None:
    """The witness a transition at the end of ``text`` turns to (:data:`_TURN_TO`): the name and its description."""
    turn = _TURN_TO.search(text)
    if turn is None or not _named_witness(turn.group("name")):
        return None
    return turn.group("name"), _DETERMINERS.sub("", turn.group("described") or "", count=1)


# A person as the subject of a sentence, with or without the role before: "Adrian Kovac a présenté…",
# "Le nouveau responsable, Adrian Kovac, a présenté…".
_NAMED_SUBJECT = re.compile(
    # (a side turn opening the sentence, its comma left out: "De son côté Paul Roe réalise…", see _SIDE_TURN)
    r"(?:^|[.!?…]\s+|,\s+)(?:(?:De\s+(?:son|leur|notre|mon)\s+côté|Pour\s+(?:sa|leur|ma|notre)\s+part)\s+)?"
    r"(?:(?P<role>(?:[Ll]e|[Ll]a|[Ll][’']|[Ss]on|[Ss]a|[Ll]eur)\s*[^,.;:!?«»“”\"]{2,100}?)\s*,\s*)?"
    # (a demonym and its article before the name: "La Suissesse Michelle Roe décroche…", see _without_demonym)
    r"(?P<article>(?:(?:[Ll]e|[Ll]a)\b|[Ll][’'])\s*(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ-]+\s+[A-ZÀ-ÖØ-Þ]))?"
    # (one name alone after a role and its comma, the way the press names one known by one name: "Le directeur
    # sportif du Séville FC, Monchi, a indiqué…")
    rf"(?P<name>{_NAME_TOKEN}(?:(?:\s+(?:de\s+|du\s+|d[’']|[Ll]e\s+|[Ll]a\s+)?{_NAME_TOKEN}){{1,2}}"
    r"|(?(role)(?=\s*,)|(?!))))"
    # (affiliation_of: the body the person is from, between the name and the verb: "Tom Roe de la Faculté des
    # lettres redoute…", "Anne Roe du CNRS salue…")
    r"(?P<of>\s+(?:de\s+la\s+|de\s+l[’']\s*|du\s+|des\s+)[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]*)*"
    r"(?:\s+(?:des|de|du)\s+[a-zà-öø-ÿ]{3,}(?=\s+[a-zà-öø-ÿ]{3,}\s))?)?"
    # (party_in_parentheses: the party, or the share of the vote, after a politician's name: "Anne Roe (LR) a
    # dénoncé…", "Anne Roe (26 % des suffrages) ne s'avoue pas vaincue")
    r"(?:\s*\([^()«»“”\"]{1,40}\))?"
    r"(?:\s*,?\s+(?:a|avait|aurait|est|était|s[’']est|se|s[’'](?:en|y)|s[’']|reste|n[’'](?:a|avait|aurait|est|était)|ne)\s"
    r"|\s+(?=[a-zà-öø-ÿ]{3,}\s)"
    # (an object pronoun before the verb: "Cette impatience, Marc Roe la reconnaît.", "Paul Roe lui répond")
    r"|\s+(?:(?:la|le|les|lui|leur|y|en)\s+|l[’'])(?=[a-zà-öø-ÿ]{3,}\b)"
    # (the negation elided before any verb: "Paul Roe n'arrête pas de…", "Anne Roe n'y croit plus")
    r"|\s+n[’'](?=(?:y\s+|en\s+)?[a-zà-öø-ÿ]{2,}\s)"
    # The name in apposition to the role before it closes with its comma: the verb follows ("Le formateur, Olivier
    # Chesnel, insiste sur…").
    # (a clitic may come before the verb: "Le gouverneur, Antoine Roe, y était invité", "…, en est convaincu", "…,
    # s'interroge")
    r"|(?(role)\s*,\s+(?=(?:y\s+|en\s+|l[’']|lui\s+|s[’']|se\s+)?[a-zà-öø-ÿ]{3,}\s)|(?!)))"
)
# After a name: its comma, then words up to the sentence's end (no other comma): a predicate, not an apposition.
_PREDICATE_AFTER = re.compile(r"\s*,\s+[^,.;:!?«»“”]{3,200}[.!?;]")
# A surname alone as a sentence's subject: "Ferrant est revenu sur…" (a person named in full before: see _scan).
_SURNAME_SUBJECT = re.compile(
    r"(?:^|[.!?…]\s+|,\s+)(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]+)\s+(?:a|avait|aurait|est|était|s[’']est|n[’']a)\s"
)
_ROLE_SURNAME_SUBJECT = re.compile(
    r"(?:^|[.!?…]\s+)(?:(?:Le|La)\b|L[’'])\s*(?P<role>[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+)?)\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]+)"
    r"\s+(?=[a-zà-ÿ])"
)
# The subjects at a sentence's start (or after a comma), found faster: see text.StartOrAfter.
_ORGANISATION_SUBJECT, _INSTITUTION_SUBJECT, _ROLE_SUBJECT, _ROLE_SURNAME_SUBJECT = (
    StartOrAfter(p, r"(?:^|[.!?…]\s+)", r"[.!?…]\s+")
    for p in (_ORGANISATION_SUBJECT, _INSTITUTION_SUBJECT, _ROLE_SUBJECT, _ROLE_SURNAME_SUBJECT)
)
_ROLE_NAME_SUBJECT, _NAMED_SUBJECT, _SURNAME_SUBJECT = (
    StartOrAfter(p, r"(?:^|[.!?…]\s+|,\s+)", r"[.!?…,]\s+")
    for p in (_ROLE_NAME_SUBJECT, _NAMED_SUBJECT, _SURNAME_SUBJECT)
)
# A capitalised article and one word: a country, a body or a title ("La France", "Le Monde"), a person only when
# the word is the surname of someone named in full ("Le Pen").
_ARTICLE_NAME = re.compile(r"^(?:(?:Le|La|Les)\b|L[’'])\s*\S+$")
# A sentence whose subject is a pronoun for the person named before ("Il a aussi annoncé que…"), after a short
# opening phrase at most; not an impersonal "il" ("Il faut", "Il y a", "Il s'agit").
# The text right after a quotation's closing mark, its incise: ", a déclaré X, avant de saluer Y…".
# (not a clause of its own after the comma: "…», la voix de Paul Roe se brise" names its subject)
_AFTER_QUOTATION = re.compile(
    r"^\s*[»”\"]?\s*,\s*(?!(?:le|la|les|l[’']|un|une|des|son|sa|ses|leur|leurs|ce|cet|cette)\b)[a-zà-ÿ]"
)
_PRONOUN_SUBJECT = re.compile(
    # (the opening phrase may hold a number with a decimal comma, as French writes it: "Avec 53,7 % des voix, il…")
    r"(?:^|(?<=[.!?…])\s+)(?P<s>)(?:[A-ZÀ-ÖØ-Þ](?:[^,.;:!?«»“”\"]|(?<=\d)[,.](?=\d)){0,50},\s+)?(?:Il|Elle|il|elle)\s+"
    r"(?!(?:y|faut|fallait|s[’']agit|s[’']agissait|semble|paraît|reste|suffit|est\s+(?:clair|possible|probable|vrai"
    r"|temps|question|difficile|certain))\b)"
)
# A person named in full anywhere: a common first name and a capitalised surname (see _Context._just_named).
# The organisation a role belongs to: "patron d'Anthropic", "porte-parole de Meta".
_ROLE_OF_ORG = re.compile(r"\s(?:de|du|d[’'])\s*(?:l[’']\s*|la\s+)?(?P<org>[A-ZÀ-ÖØ-Þ][\w’'&.-]+)")
NEAR_CHARS = 200
NAME_WORDS = 4  # a name quoted in capitals is this long at most: « French tech », « Llama 3 »
_HEADLINE_ROLE = re.compile(r"^(?P<role>(?:(?:Le|La)\b|L[’'])\s*[a-zà-ÿ][^,:«»“”\"]{2,90}),\s*$")
# The role in apposition after a name in a headline, up to the colon before the words: ", PDG de Vaisselia :".
_HEADLINE_APPOSITION = re.compile(r"\s*,\s*(?P<role>[a-zà-ÿA-Z][^,:«»“”\"]{1,90}?)\s*:")
# A subordinate clause opening a sentence, up to the comma that closes it (see _scan).
_OPENING_SUBORDINATE = re.compile(
    r"\s*(?:Si|S[’']ils?|Même\s+si|Quand|Lorsqu(?:e\s|[’'])|Alors\s+qu(?:e\s|[’'])|Bien\s+qu(?:e\s|[’'])"
    r"|Tandis\s+qu(?:e\s|[’'])|Puisqu(?:e\s|[’'])|Parce\s+qu(?:e\s|[’'])|Dès\s+lors\s+qu(?:e\s|[’'])|Comme"
    # (a fronted phrase of time or concession: "Après le départ de Thérèse, qui…, Lydie a repris le bar")
    r"|Après|Avant|Depuis|Pendant|Durant|Lors|Dès|Malgré)"
    # (a word of its own: "Simon, 45 ans, attend" opens on no "si")
    r"\b\s*[^,.;:!?«»“”\"]{3,160},"
)
# fronted_participle: a participle phrase detached before the subject, up to its comma ("Menacé en Côte-d'Or par la
# socialiste Colette Roe, le président du groupe Paul Roux l'a emporté"): whom it names is no subject
_FRONTED_PARTICIPLE = re.compile(
    r"\s*(?P<participle>[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues))\s[^,.;:!?«»“”\"]{3,160},"
)


def _fronted_participle(text: str, start: int) -> re.Match[str] | None:
    """The fronted participle phrase opening the sentence at ``start`` (see _FRONTED_PARTICIPLE), a verb's participle,
    not a first name ("René en a assez, …")."""
    found = _FRONTED_PARTICIPLE.match(text, start)
    if found is None:
        return None
    word = found.group("participle").casefold()
    if is_first_name(found.group("participle")) or word in ("nous", "vous"):
        return None  # (nor a subject pronoun: "Nous avons joint Lucie, une riveraine…")
    if lemma(word).endswith(("er", "ir", "re", "oir")):
        return found
    # (a participle in -é or -u the lemmatizer reads as a noun, "élu", "accusé", is a word of the language all the
    # same; not a connective, "Mais", "Puis", nor "Lundi", "Ici", "Aussi")
    noun_read = word.endswith(("é", "ée", "és", "ées", "u", "ue", "us", "ues")) and is_french_word(word)
    return found if noun_read and word not in _OPENERS else None


# The capitalised articles and particles a surname may open on ("Le Pen", "De Gaulle", "Van Damme").
_PARTICLE_WORDS = "Le|La|De|Du|Des|Van|Da|Di|Del|Dos"
# particle_surname: a surname given again with its capitalised article or particle, alone ("Le Pen", "De Gaulle").
_PARTICLE_SURNAME = re.compile(rf"^(?:{_PARTICLE_WORDS}|Von)\s+(?P<surname>[A-ZÀ-ÖØ-Þ][\w’'-]+)$")


def _particle_surname_of(name: str, known: _Person | None) -> bool:
    """particle_surname: whether ``name`` is the surname of ``known`` (named in full before) given again with its
    article or particle ("Le Pen" for "Marine Le Pen")."""
    return (
        known is not None
        and _PARTICLE_SURNAME.match(name) is not None
        and speaker_key(known.name).endswith(speaker_key(name))
    )


# particle_surname: a surname that opens on a capitalised particle, as French, Dutch and Italian names do ("Bruno Le
# Maire", "Jean-Yves Le Drian", "Ursula von der Leyen" aside): the particle is part of the surname.
# (or a transliterated Arabic name's article, joined to it: "Karim al-Haddad")
_PARTICLE = rf"(?:(?:{_PARTICLE_WORDS}|(?:von|van)\s+(?:der|den))\s+(?=[A-ZÀ-ÖØ-Þ])|{_ARABIC})?"
_FULL_NAME = re.compile(
    # (after an elided "d'" or "l'", never inside a hyphenated first name: "d'Éric-Alban Roe" is Éric-Alban Roe)
    rf"(?:(?<=\b[dl][’'])|(?<![\w’'-]))"
    rf"(?P<first>{_GIVEN_NAME})\s+(?P<surname>{_PARTICLE}{_NAME_TOKEN})"
)
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:le|la|les|l[’']|du|des)\s*$", re.I)
# Every full name, overlapping ones too ("la Parisienne Marie Roe": "Parisienne Marie", then "Marie Roe").
_FULL_NAME_ANYWHERE = re.compile(f"(?={_FULL_NAME.pattern})")
# A first name and "et" right before a full name: "Florian et Sébastien Roe" share the surname.
_FIRST_NAME_AND = re.compile(r"(?:^|[\s(])(?P<first>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?)\s+et\s+$")
# "il" or "elle" as a sentence's subject, after up to two opening phrases ("Puis, avec ses salariés, il…").
_PRONOUN_AFTER_OPENINGS = re.compile(r"(?:[^,.;:!?«»“”\"]{1,60},\s*){0,2}(?P<pronoun>[Ii]l|[Ee]lle)\s")
# The stop first, as in _SENTENCE_BREAK.
_SENTENCE_END = re.compile(r"[.!?…](?<!\bM.)(?<!\bMme.)(?=\s+[A-ZÀ-ÖØ-Þ«“\"])\s+")
# An epithet after a verb of saying: "…, a fait savoir celui qui a fondé le laboratoire", "estime celle qui…".
_EPITHET = re.compile(
    rf"(?:{_AUX}\s+|s[’']est\s+)?(?:{_ADVERBS}\s+)?(?P<fait>fait\s+)?(?P<verb>[\w’']+)\s+(?P<who>celui|celle)\s+qui\s"
)
_EPITHET_PHRASE = re.compile(r"^(?:celui|celle)(?:\s+(?:qui|pour\s+qui|dont|que|qu[’'])\s*|$)", re.I)
# (a person's name never takes an article: "les géants de la Silicon Valley", "au Grand-Duché")
_PLACE_BEFORE = re.compile(
    r"(?:^|\s)(?:à|À|a|A|en|En|de|De|depuis|Depuis|vers|Vers|chez|Chez|sur|Sur|de\s+la|du|au)\s+$"
)
_CIVILITY = re.compile(r"\b(?:M\.|Mme|Dr)\s+(?P<surname>[A-ZÀ-ÖØ-Þ][\w’'-]+)")
# Where a sentence's subject may stand: its start, or after a comma closing what opens it ("Jointe par l'AFP, Mme
# Roe s'étonne"); not after a preposition ("contrairement à M. Roe, le chef…").
_SUBJECT_PLACE = re.compile(r"(?:^|[.!?…,]\s*)$")


@dataclass
class _Person:
    name: str
    detail: str
    named: bool


_EPITHET_PERSON = _Person("", "", False)  # placeholder event: the person an epithet stands for


def _anaphora_then_narration(head: str, comma: str, rest: str, context: _Context) -> bool:
    """ "le Premier ministre, avec l'assurance de…": a definite anaphora, then words that name nobody (not "le maire,
    Gérard Roux"), right after a person was named: that person."""
    demonstrative = head.strip().casefold().startswith(("ce ", "cet ", "cette "))
    if not comma or rest.strip()[:1].isupper() or not (_DEFINITE.match(head) or demonstrative):
        return False
    if not is_anaphora(head):
        return False
    last = context.last
    if last is None:
        # (nobody yet the subject of a sentence: the person the article is about, see _Context.resolve)
        return (context.protagonist() or context.most_named()) is not None
    return last.named


class _Context:
    """Who was named last, as the reader of an article knows it at each point.

    Text read and speakers met are queued in reading order, and the text is
    scanned for the people it introduces only when a speaker must be resolved
    against them: the text after an article's last such quotation is never scanned.
    """

    def __init__(self, not_people: frozenset[str] = frozenset()) -> None:
        self.not_people = not_people
        self._last: _Person | None = None  # whom a pronoun stands for: the last speaker or sentence subject
        self._latest: _Person | None = None  # the person named last, wherever: "ce dernier", "cette dernière"
        self._mentions: dict[str, int] = {}  # surname key -> times named: who the article is about
        self._people: dict[str, _Person] = {}  # surname key -> person named in full
        self._queue: list[str | _Person | object] = []
        self._institution: _Person | None = (
            None  # the organisation last subject of a sentence: who a communiqué speaks for
        )
        self._read: list[str] = []  # the text read so far, in order (the last: see _just_named)
        self._paragraph = 0  # where in _read the paragraph being read starts
        self._organisation: _Person | None = None  # the organisation named last as a sentence's subject
        self._seen: list[_Person] = []  # the people met, in order (see of_gender)
        self._headline_names: dict[str, _Person] = {}  # surname key -> a name the headline gives, first name unknown
        self._headline_people: list[_Person] = []  # the people the headline names in full (see headline_holder)
        self._headline = ""  # the headline's text
        self._bodies: dict[str, _Person] = {}  # kind of body ("syndicat") -> the body of that kind named last
        self._met_in_paragraph: set[str] = set()  # the names of the people met in the paragraph being read
        self._quoted: _Person | None = None  # whose words were quoted last (see _epithet_for_subject)
        self._scanning = False  # a text is being scanned: the queue after it waits (see _flush)

    @property
    def last(self) -> _Person | None:
        self._flush()
        return self._last

    @property
    def latest(self) -> _Person | None:
        self._flush()
        return self._latest

    def _met_last(self, test: Callable[[_Person], bool]) -> _Person | None:
        """The person met last who passes ``test``."""
        self._flush()
        return next((p for p in reversed(self._seen) if test(p)), None)

    def described(self, noun: str, body: str = "") -> _Person | None:
        """The person met last whom the text described with this role (and as of this ``body``, when given: the
        role's body must be the person's, unless the text named the role with no body, "le sélectionneur Fabien
        Roe", which "le sélectionneur du XV de France" only says more precisely)."""

        def test(p: _Person) -> bool:
            return (
                p.named
                and _described_as(noun, p.detail)
                and (body.casefold() in p.detail.casefold() or not _CAPITALISED_WORD.search(p.detail))
            )

        # (or the person the headline named with this role: "Thomas Roe, PDG de Vaisselia : « … »" over "Invité de
        # l'émission, le PDG de Vaisselia est venu…")
        return self._met_last(test) or next((p for p in self._headline_people if test(p)), None)

    def taken_up(self, flat: str) -> _Person | None:
        """role_anaphora: the person the text described with the definite role ``flat`` opens on ("le directeur
        national", "le maire du Grand-Lucé"), as of the body it names, if any (see :meth:`described`). A role with a
        name in it ("le maire Paul Roe") names that person, no one met before."""
        found = _ROLE_ANAPHORA.match(flat)
        if found is None or not _role_noun(found.group("noun")) or _name_in_role(flat):
            return None
        body = _BODY_NAMED.search(flat)
        return self.described(found.group("noun"), body.group("body") if body is not None else "")

    def described_by_synonym(self, role: str) -> _Person | None:
        """The person met last whom the text described with a role the press uses as this one's synonym ("le chef
        du gouvernement" for "X, Premier ministre"): an epithet of the office. Either may carry the country's
        adjective ("le chef de la diplomatie ukrainienne" for "le ministre ukrainien des Affaires étrangères")."""
        role = " ".join(role.replace("'", "’").split())
        fold: Callable[[str], str] = str
        synonyms = _SYNONYM_PATTERNS.get(role) or _SYNONYM_PATTERNS.get(role.rsplit(" ", 1)[0], ())
        if not synonyms:
            # capitals_unaccented: web copy drops the accent of a capital ("le chef de l'Etat", "le locataire de
            # l'Elysée"); the office is the same, and so is its description without accents
            fold, plain = unaccented, unaccented(role)
            synonyms = _PLAIN_SYNONYM_PATTERNS.get(plain) or _PLAIN_SYNONYM_PATTERNS.get(plain.rsplit(" ", 1)[0], ())
        if not synonyms:
            return None
        return self._met_last(lambda p: p.named and any(s.search(fold(p.detail.casefold())) for s in synonyms))

    def _may_hold(self, person: _Person, noun: str, phrase: str) -> bool:
        """function_anaphora: whether the office ``noun`` (of the definite ``phrase``) may rename ``person``, just
        the subject ("Paul Roe a visité l'usine. « … », a dit le ministre de l'Industrie"): not when the text gave
        the person another office, nor this office to someone else (that person speaks), nor when the article
        tells another gender. A role held for someone else ("l'avocat de la famille") renames only the person described
        so; a spokesperson, whose office is to speak, also the one whose words were just quoted with no office ("« … »,
        a dit Paul Roe. « … », ajoute le porte-parole du gouvernement")."""
        gender = _article_gender(phrase)
        renaming = noun.casefold() == "porte-parole" and person is self._quoted and not person.detail
        relational = _relational(phrase) and not _described_as(noun, person.detail) and not renaming
        return (
            not relational
            and _same_role(noun, person.detail)
            and (gender is None or person_gender(person) in (None, gender))
            and self._met_last(lambda p: p is not person and p.named and _described_as(noun, p.detail)) is None
        )

    def new_paragraph(self) -> None:
        """The reader starts a paragraph: the text read from now on is in it, until the next."""
        self._queue.append(_PARAGRAPH)

    def _about(self, person: _Person) -> bool:
        """Whether the article is about ``person`` so far (see protagonist)."""
        about = self.protagonist()
        return about is not None and about.name == person.name

    def _named_in_paragraph(self, person: _Person) -> bool:
        """Whether the paragraph being read names ``person`` (by surname) before the words resolved, in its text or
        as the speaker of words it quotes ("« … », raconte Laurence, 49 ans. En colère, l'ouvrière…")."""
        self._flush()
        surname = person.name.split()[-1]
        return person.name in self._met_in_paragraph or any(surname in text for text in self._read[self._paragraph :])

    def _epithet_for_subject(self, flat: str, speaking: bool = False, subject: _Person | None = None) -> _Person | None:
        """The person a definite description stands for: the subject before (:meth:`_epithet_of_subject`), else the
        one public figure the headline named (:meth:`_headline_holder`)."""
        return self._epithet_of_subject(flat, speaking, subject) or self._headline_holder(flat)

    def _new_firm(self, noun: str, flat: str) -> bool:
        """Whether ``flat`` leads a body the text has not named before ("le patron d'Orbis"): a firm's head comes
        with the firm, a new person; a public office ("la ministre de la Transition écologique") does not."""
        of_body = _BODY_NAMED.search(flat)
        if of_body is None or noun not in _LEADING or of_body.group("body") in ("République", "État", "Etat"):
            return False  # (the State's offices are public ones: "le président de la République")
        # (the text read may hold the phrase itself: the body named before it is read twice)
        read = " ".join((self._headline, *self._read))
        return read.count(of_body.group("body")) < 2

    def _headline_holder(self, flat: str) -> _Person | None:
        """headline_protagonist: the office ``flat`` names ("la ministre de la Transition écologique") as the first
        description of the one person the headline named in full with none ("Réacteurs : Élise Roe contredit EDF"),
        as the press names a public figure in the headline, then by the office in the text.

        Not when the headline names this office for someone else ("… contredit le patron d'EDF"), when the text
        described someone with it, when the person's description or gender tells otherwise, nor for a role held for
        someone (:func:`_relational`)."""
        found = _DEFINITE_DESCRIPTION.match(flat)
        if found is None or not self._headline_people or _relational(flat) or _name_in_role(flat):
            return None
        noun = found.group("noun").casefold()
        if not _role_noun(noun) or noun in _INSTITUTIONS or noun in _INSTITUTION_HEADS or noun in _COLLECTIVE_HEADS:
            return None
        if self._new_firm(noun, flat):
            return None
        if re.search(rf"(?<![\w-]){re.escape(noun[:5])}", self._headline.casefold()):
            return None  # (the headline's other person: "X contredit le patron d'EDF")
        gender = _article_gender(flat)
        body = _BODY_NAMED.search(flat)
        holders = {
            p.name: p
            for p in self._headline_people
            if p.named
            and speaker_key(p.name) not in self.not_people
            and (not p.detail or _described_as(noun, p.detail))
            and (gender is None or person_gender(p) in (None, gender))
            and (body is None or not _CAPITALISED_WORD.search(p.detail) or body.group("body") in p.detail)
        }
        if len(holders) != 1 or self._met_last(lambda p: p.named and _described_as(noun, p.detail)) is not None:
            return None
        held = next(iter(holders.values()))
        if self._met_last(lambda p: p.named and p.name != held.name and not p.detail) is not None:
            return None  # (someone else named with no description in the text read: either may hold the office)
        return _Person(held.name, _DETERMINERS.sub("", flat, count=1), True)

    def _epithet_of_subject(self, flat: str, speaking: bool = False, subject: _Person | None = None) -> _Person | None:
        """epithet: a definite description ("…», se reprend le cinéaste", "…, raconte l'arrière montpelliérain",
        "…», sourit l'adolescent", "…, a précisé la ministre de la Santé") right after a person was the subject: that
        person.

        The definite article presents someone the reader knows (a new source comes with "un", "une"). An office
        ("le procureur", "la présidente") is the subject's only if the text gave the subject no other office and
        nobody else this one; a body or a document speaks for itself, and the article must agree with the
        person's gender."""
        found = _DEFINITE_DESCRIPTION.match(flat)
        if found is None:
            return None
        noun = found.group("noun").casefold()
        office = _role_noun(noun)
        if noun in _INSTITUTIONS or noun in _INSTITUTION_HEADS or noun in _COLLECTIVE_HEADS:
            return None
        opening = flat[:1].isupper()
        if opening and not _person_noun(noun):
            return None  # (opening a sentence, a person's noun only: "L'agriculture : « … »" is a rubric)
        if noun in _NOT_EPITHET_HEADS and not _YOUNG_WOMAN.match(flat):
            return None  # ("la jeune fille" is a young woman, no one's daughter: the person named before)
        # (a relative clause after the comma says more of the person, and counts for nothing: "la centenaire, qui a
        # initié son mari à la pêche par le passé")
        if speaker_key(noun) in _DOCUMENTS or len(flat.split(",", 1)[0].split()) > 10:
            return None
        self._flush()
        last = subject or self.last
        if (
            office
            and last is not None
            and not last.named
            and speaker_key(last.name) == speaker_key(_DETERMINERS.sub("", flat, count=1))
        ):
            # the office itself, read as the subject of the sentence that holds the words ("Sur le fond, le chef de
            # file de l'opposition a dénoncé « … »"): the person met before it, if the text gave them no role
            # (or gave them this office, under another of its names: "le patron d'Ariane, Simon Roe" then "Le PDG
            # d'Ariane a dit…")
            before = self._met_last(lambda p: p is not last and p.named)
            last = before if before is not None and (not before.detail or _described_as(noun, before.detail)) else last
        if last is None or not last.named or not is_first_name(last.name.split()[0]):
            return None
        if _article_gender(flat) is not None and person_gender(last) not in (None, _article_gender(flat)):
            return None
        # (the person whose words were just quoted, in the paragraph before perhaps: "« … », a affirmé Paul Roe." then
        # "« … », a ajouté le député de la Loire.": the press renames the speaker by the office rather than repeat
        # the name. As the subject of a new paragraph's narration (not ``speaking``: the phrase is no speaker's),
        # only a person named in full: a new description after a witness known by a first name is a new witness)
        quoted = last is self._quoted and (speaking or " " in last.name)
        # (or a public figure the text named in full with no description, as the press names one the reader knows:
        # "Emmanuel Macron s'est mué en coach. […] Le président de la République s'est félicité…", the office their
        # first description, in a later paragraph too)
        known = office and not speaking and " " in last.name and not last.detail and not self._new_firm(noun, flat)
        if opening and not speaking and not known:
            return None  # (a new paragraph's narration that opens on an office may bring in someone new)
        near = self._named_in_paragraph(last) or self._about(last) or quoted or known
        if office and not (self._may_hold(last, noun, flat) and near):
            return None
        body = _BODY_NAMED.search(flat)
        if body is not None and _CAPITALISED_WORD.search(last.detail) and body.group("body") not in last.detail:
            return None  # (the office of another body: "le maire de Vannes" after "X, maire de Sarzeau")
        if _YOUNG_WOMAN.match(flat) and last.detail:
            return last  # (a girl's age says less than what the text told of her: "étudiante en école d'infirmières")
        return _Person(last.name, _DETERMINERS.sub("", flat, count=1), True)  # (described as the journalist does)

    def protagonist(self) -> _Person | None:
        """The person the article is about so far: named clearly more often than anyone else."""
        self._flush()
        return self._protagonist()

    def _protagonist(self) -> _Person | None:
        leader = _clear_leader(self._mentions)
        return self._people.get(leader) if leader is not None else None

    def of_gender(self, gender: str) -> _Person | None:
        """The person met last whose description tells the ``gender`` ("f" or "m") a pronoun agrees with."""
        return self._met_last(lambda p: person_gender(p) == gender)

    def named_of_gender(self, gender: str) -> _Person | None:
        """The person the text read so far names in full last whose first name tells the ``gender``."""
        self._flush()
        for name in reversed(list(self._full_names())):
            if speaker_key(name) not in self.not_people and first_name_gender(name.split()[0]) == gender:
                # (the person as met, whose name may run on: "Anaïs Da Costa" for the run "Anaïs Da")
                met = [p for p in self._people.values() if p.named and (p.name + " ").startswith(name + " ")]
                return met[-1] if met else self._people.get(_surname_key(name), _Person(name, "", True))
        return None

    def know_headline(self, title: str) -> None:
        """The people the headline names in full ("Hélène Roux plaide pour…"): the body's "Roux a déclaré" is her.
        Known by name only: no pronoun of the body stands for them before the body names them."""
        self._headline = title
        for match in _FULL_NAME.finditer(title):
            name = f"{match.group('first')} {match.group('surname')}"
            if is_unlisted_name(name) and speaker_key(name) not in self.not_people:
                # (a first name no list knows, "Ilse Dorn": a person only when the body gives a role to the surname,
                # "La commissaire Dorn", see role_surname)
                self._headline_names[speaker_key(match.group("surname"))] = _Person(name, "", True)
            if is_first_name(match.group("first")) and speaker_key(name) not in self.not_people:
                # (the role before the name in apposition describes the person: "La ministre de l'Action publique,
                # Vanessa Roe interdit…")
                role = _HEADLINE_ROLE.match(title[: match.start()])
                head = _DETERMINERS.sub("", role.group("role"), count=1).split() if role else []
                detail = " ".join(_DETERMINERS.sub("", role.group("role"), count=1).split()) if role else ""
                detail = detail if head and _role_noun(head[0]) else ""
                apposed = _HEADLINE_APPOSITION.match(title, match.end())
                if not detail and apposed is not None and _role_noun(apposed.group("role").split(" ", 1)[0]):
                    detail = " ".join(apposed.group("role").split())  # ("Thomas Roe, PDG de Vaisselia : « … »")
                person = self._people.setdefault(speaker_key(match.group("surname")), _Person(name, detail, True))
                self._headline_people.append(person)

    def mention(self, text: str) -> None:
        """Text the reader has read, in order: the people it introduces count from now on."""
        if text.strip():
            self._queue.append(text)

    def remember(self, person: _Person) -> None:
        """A speaker the reader has met, in order."""
        self._queue.append(person)

    def _flush(self) -> None:
        if self._scanning:
            return  # (a scan that asks who came last is answered from what was read before the text, never after)
        queue, self._queue = self._queue, []
        for item in queue:
            if item is _PARAGRAPH:
                self._paragraph = len(self._read)
                self._met_in_paragraph = set()
            elif isinstance(item, str):
                self._scan(item)
            else:
                self._remember(item)
                # (a person as the reader knows them; a body or an unnamed source as quoted)
                self._quoted = None if item.name == UNKNOWN_SPEAKER else self._last if item.named else item

    def _scan(self, text: str) -> None:
        """Update from the people introduced in ``text``, in order."""
        self._scanning = True
        try:
            self._scan_text(text)
        finally:
            self._scanning = False

    def _scan_text(self, text: str) -> None:
        self._read.append(text)
        events: list[tuple[int, _Person]] = []
        for match in _INSTITUTION_SUBJECT.finditer(text):
            if match.group("noun").casefold() in _INSTITUTIONS:
                described = " ".join((match.group("noun") + match.group("rest")).split())
                name = match.group("name")
                # (an unnamed body is listed by its description, capitalised as the other roles: "Gouvernement
                # béninois")
                unnamed = _Person(described[:1].upper() + described[1:], "", False)
                self._institution = _Person(name, described, True) if name else unnamed
        for match in _BODY_WITH_KIND.finditer(text):
            name = match.group("name") or match.group("name2")
            if name.split()[0].casefold() not in _NOT_ORGANISATION and not is_first_name(name.split()[0]):
                kind = (match.group("kind") or match.group("kind2")).casefold()
                # (described by the apposition: "premier syndicat", "principale fédération")
                self._bodies[kind] = _Person(name, match.group("described") or "", True)
        organisations = [*_ORGANISATION_SUBJECT.finditer(text), *_KIND_ORGANISATION.finditer(text)]
        for match in sorted(organisations, key=lambda m: m.start()):
            name = match.group("name")
            first = name.split()[0]
            folded = first.casefold()
            if (
                folded not in _NOT_ORGANISATION
                and folded not in _OPENERS
                and folded not in _CAPITALS
                and not is_first_name(first)
                and not re.search(r"[’']", first)
                and _surname_key(name) not in self._people
                # (a past participle alone after the word is no verb of which it is the subject: "Manifestement
                # éprouvé par les discussions, celui-ci…" opens on an adverb)
                and not text[match.end() :].split(" ", 1)[0].endswith(PAST_PARTICIPLE_ENDS)
            ):
                self._organisation = _Person(name, "", True)
        for match in _MENTION.finditer(text):
            if _PROPER_NOUN_OF.search(text, max(0, match.start() - 40), match.start()):
                continue  # "avant le Trophée des Deux Rives, le sélectionneur…": a proper noun's complement, no one
            if _COMPANION_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                # "Ce dernier a présenté au couple, accompagné par Brigitte Roe, sa pépinière": the agent of a
                # participle set off by commas goes with the subject, whom a pronoun next stands for; the words
                # after the name are the sentence's, no description
                continue
            detail = match.group("detail")
            listed = _AND_NAME.search(detail)
            if listed is not None:
                # a list of people, each with a role: "X, maire de A, Y, maire de B et Z, maire de C" (the last
                # person is read by _LAST_LISTED)
                detail = detail[: listed.start()]
            if _EMPHATIC.match(detail) or _ADVERB_ASIDE.match(detail.strip()):
                # "Paul Roe, lui, s'est tu": the pronoun stresses the subject, no description; a role right before
                # the name describes the person ("Le ministre de l'Éducation Paul Roe, lui aussi présent, …")
                detail = _role_before(text, match.start()) or _role_right_before(text, match.start())
            elif (
                _finite_verb(detail.split()[0])
                or _TIME_DETAIL.match(detail)
                or _verb_then_article(detail)
                or _REPORTED_BY.match(detail)
            ):
                # (or when it was said: "…, Joël Roe, mardi, face aux médias")
                # "…par la secrétaire d'État, Ilse Roe, prévoit une fiche…": the clause's verb after the name, no
                # apposition; the role before the name describes the person.
                detail = _role_before(text, match.start())
            elif _PURPOSE.match(detail):
                # (a purpose after the name is the journalist's: "…, autour de sa secrétaire générale, Leila Roe,
                # pour préparer une charte")
                detail = _role_before(text, match.start()) or _role_right_before(text, match.start()) or ""
            elif detail.startswith(("qui ", "dont ")):
                # "la ministre chargée du Numérique, Amal Roe, qui dira le contraire": the role before the name
                # describes her; the relative clause is the journalist's (kept when there is no role before), with
                # the role right before the name too ("L'acteur Paul Roe, qui joue dans son film, …")
                detail = _role_before(text, match.start()) or _role_right_before(text, match.start()) or detail
            if any(
                is_first_name(clause.group("first")) and _verb_after_name(clause.group("verb"))
                for clause in _NAME_THEN_VERB.finditer(detail)
            ):
                # fronted_participle: "Menacé par la socialiste Colette Roe, le président du groupe Paul Roux l'a
                # emporté": after the comma comes the main clause, its subject another person named with a role;
                # no description of the person the fronted phrase named
                detail = ""
                if not is_person_name(_without_demonym(match.group("name"))):
                    continue  # (a competition or a place the fronted phrase names: "pour le Tournoi des Six Nations")
            capitalised = detail[:1].isupper() and not detail.startswith(("PDG", "DG", "CEO", "CTO"))
            head = detail.split()[0].casefold() if detail else ""
            if capitalised and head not in ROLE_NOUNS and head not in ENGLISH_ROLE_WORDS:
                continue  # "Paul Roux, Marie Blanc et…": a list of names, not a capitalised role
            name = _without_demonym(match.group("name"))
            name, rank = _without_rank(name)
            if rank:  # "Le Lieutenant Paul Roe, pompier volontaire, …": the rank describes him too
                detail = f"{rank}, {detail.strip()}" if detail.strip() else rank
            tokens = name.split()
            start = match.start()
            name, body = _split_affiliation(name)
            if body:  # affiliation_of: "Anne Roe du CNRS, qui dirige…": the body describes her
                tokens = name.split()
                detail = _with_affiliation(detail, body) if detail.strip() and _role_noun(detail.split()[0]) else body
            if (
                len(tokens) >= 3
                # (a place that is a first name too, after "de": "le pilier du XV de France Nicolas Roe")
                and (not is_first_name(tokens[0]) or _OF_BEFORE.search(text, max(0, match.start() - 4), match.start()))
                and is_first_name(tokens[1])
                and _LINK_BEFORE.search(text, max(0, match.start() - 8), match.start())
            ):
                # "Le ministre des Armées Paul Roux, lui aussi…": the institution's capitalised word ends the role
                # before the name; that role describes the person, not the words after the comma ("lui aussi…")
                name = " ".join(tokens[1:])
                start = text.index(tokens[1], match.start() + len(tokens[0]))
                role = _role_right_before(text, match.start() + len(tokens[0]))
                no_role = not detail or not _role_noun(detail.split()[0]) or _EMPHATIC.match(match.group("detail"))
                if role and no_role:
                    detail = role
            if _PLACE_BEFORE.search(text, max(0, start - 12), start):
                continue  # "À San Francisco, les autorités…": a place, not a person
            head = _WORD_BEFORE.search(text, max(0, start - 30), start)
            if head is not None and head.group("word").casefold() in _NAMED_PLACE_HEADS:
                continue  # "à l'hôpital Paul-Roe de Paris, les médecins…": a place named after someone, no one here
            preposition = _PREPOSITION_OF_NAME.match(name)
            if (
                preposition is not None
                and not is_first_name(preposition.group("word"))
                and is_first_name(preposition.group("name").split()[0])
            ):
                # "Autour de Gabriel Roe, figurent onze ministres", "Près de Lina Roe, …": a phrase of place
                # opening the sentence; the person is the name after "de", the words after the comma no description
                name, detail = preposition.group("name"), ""
            if (
                detail.strip()
                and not _role_noun(detail.split()[0].casefold())
                and _SOURCE_BEFORE.search(text, max(0, start - 120), start)
            ):
                # "selon la principale du collège Anne Roe, ce sont environ 300 tablettes…": after the source's comma
                # comes the main clause; the role before the name describes the person
                detail = _role_right_before(text, start)
            opener, _, rest = name.partition(" ")
            if opener.casefold() in _OPENERS and len(rest.split()) >= 2:
                # "Pour Hélène Roux, avocate, la sanction…": the opening word is no part of the name, and after the
                # name's comma comes a role ("l'actuel recteur de…" too), or the main clause ("Selon Romain Roe, une
                # annonce est proche").
                name = rest
                head = _EPITHET_ADJECTIVE.sub("", _DETERMINERS.sub("", detail.strip(), count=1), count=1)
                if not _role_noun(head.split(" ", 1)[0]):
                    detail = ""
            last = name.split()[-1].rstrip(".")
            if name.split()[0].casefold() in _OPENERS or (last.isupper() and 2 <= len(last) <= 3):
                # ("Mistral AI": an acronym ends a firm's name; a single letter is the initial a witness is named by,
                # "Ahmed K., étudiant", and a person)
                continue
            bare = _DETERMINERS.sub("", detail.strip(), count=1)
            if bare != detail.strip() and bare and _role_noun(bare.split()[0].casefold()):
                detail = bare  # (the apposition's article: "Anne Roe, la préfète déléguée…" is "préfète déléguée…")
            known = self._people.get(_surname_key(name))
            # (named before without a description - in the headline -, described now: the description counts)
            if known is not None and (known.detail or not detail.strip()):
                person = known
            else:
                person = _Person(name, detail.strip(), True)
            if person.name != name and len(name.split()) > len(person.name.split()):
                person = _Person(name, detail.strip(), True)
            events.append((match.start(), person))
        for match in _LAST_LISTED.finditer(text) if " et " in text else ():
            # the last of a list of people and roles ("…, Thierry Roe, maire de Castéran et Paul Roe, maire de
            # Ciadoux."): "ce dernier" after it is that person
            name = match.group("name")
            if _is_full_name(name) and is_first_name(name.split()[0]) and speaker_key(name) not in self.not_people:
                events.append((match.start("name"), _Person(name, match.group("detail").strip(), True)))
        for match in _FULL_NAME.finditer(text):
            # a role right before a full name, with no comma after it, anywhere in the sentence ("ouvert par le
            # président chinois Paul Roe lundi", "en présence du Premier ministre israélien Benjamin Roe"): the
            # article describes the person so; the description goes with their words later
            name = f"{match.group('first')} {match.group('surname')}"
            if (
                not is_first_name(match.group("first"))
                or text[match.end() : match.end() + 2].lstrip()[:1] == ","  # (_MENTION reads the apposition)
                or len(match.group("surname").rstrip(".")) < 2  # ("Michel A. Roe": an initial, the name goes on)
            ):
                continue
            role = _nearest_role_before(text, match.start())
            role_start = match.start() - len(role) - 1
            if role and _OPENING_ARTICLE.search(text, max(0, role_start - OPENING_ARTICLE_CHARS), role_start):
                continue  # the sentence's subject ("Le sélectionneur X a retenu…"), which _NAMED_SUBJECT reads
            known = self._people.get(_surname_key(name))
            if role and (known is None or not known.detail) and speaker_key(name) not in self.not_people:
                events.append((match.start(), _Person(name, role, True)))
        for match in _QUOTED_APPOSITION.finditer(text):
            # a nickname or a word of the person's, in guillemets as an apposition, then the verb: "Hélène Roe, « la
            # petite main de l'association », est arrivée…": the subject named, the quoted words her description
            name = match.group("name")
            if _is_full_name(name) and speaker_key(name) not in self.not_people:
                known = self._people.get(_surname_key(name))
                events.append(
                    (match.start("name"), known or _Person(name, " ".join(match.group("detail").split()), True))
                )
        for match in _NAME_THEN_RELATIVE.finditer(text):
            # "Isabelle Roe, qui remporte là son deuxième César, a remercié…": the name opening the sentence, a
            # relative clause after it, is the subject whatever the clause holds (its closing comma may be lost)
            name = match.group("name")
            if _is_full_name(name) and is_first_name(name.split()[0]) and speaker_key(name) not in self.not_people:
                events.append((match.start("name"), self._known_or_new(name)))
        for match in _RELATIVE_INVERTED_SUBJECT.finditer(text) if "qu" in text or "où" in text else ():
            name = match.group("name")
            if _is_full_name(name) and is_first_name(name.split()[0]) and speaker_key(name) not in self.not_people:
                events.append((match.start("name"), self._known_or_new(name)))
        for match in _IDENTIFYING_COPULA.finditer(text):
            # "Le vainqueur est le Français Paul Roe.": the subject describes a person, the copula names him; the
            # sentence is about him, whom a pronoun after stands for
            name = _without_demonym(_DETERMINERS.sub("", match.group("name"), count=1))
            if _is_full_name(name) and speaker_key(name) not in self.not_people:
                events.append((match.start("name"), self._known_or_new(name)))
        for match in _CLEFT_SUBJECT.finditer(text) if "C’" in text or "C'" in text else ():
            name = match.group("name") or match.group("example")
            # (or a witness by the first name alone, as the press names people it keeps anonymous: "C'est Philippe
            # qui l'a invitée")
            alone = " " not in name and is_first_name(name)
            if (alone or _is_full_name(name)) and speaker_key(name) not in self.not_people:
                start = match.start("name") if match.group("name") else match.start("example")
                events.append((start, self._known_or_new(name, match.group("described") or "")))
        for match in _EXAMPLE_WITNESS.finditer(text) if "comme " in text or "Parmi " in text or "Voi" in text else ():
            name = match.group("name")
            if is_first_name(name) and speaker_key(name) not in self.not_people:
                events.append(
                    (match.start("name"), self._known_or_new(name, " ".join((match.group("age") or "").split())))
                )
        for match in _NAMED_SUBJECT.finditer(text):
            name = _without_demonym(match.group("name"))
            if match.group("article") and name == match.group("name"):
                continue  # "La Tour Eiffel accueille…": an article before a name, no demonym: a thing
            if not _names_speaker(name) or name.split()[0].casefold() in _OPENERS or is_anaphora(name):
                continue  # "Le Français est reconnu…": the person named before, not someone new
            if name.split()[0].casefold() in ENGLISH_ROLE_WORDS:
                continue  # "…, Chief Product Officer, a déclaré": a title in English, not a name
            if name.split()[0].casefold() in _DEMONSTRATIVES:
                continue  # "Ces Assises régionales montrent…": a demonstrative opens no one's name
            if re.match(r"[Ll][’']\s*[a-zà-ÿ]", name) and not _ELIDED_ROLE_BEFORE_NAME.match(name):
                continue  # "L'élue de la Manche n'apprécie guère…": an elided article and a common noun, no name
            if _ARTICLE_NAME.match(name) and _surname_key(name) not in self._people:
                continue  # "La France est très présente…": a country or a body, not a person
            if name.split()[0] in ("Le", "La") and _role_noun(name.split()[1]):
                continue  # "Le PDG d'Ariane a dit…": an office whose acronym is in capitals, not a name
            role = match.group("role")
            elided = _ELIDED_ROLE_BEFORE_NAME.match(name)
            if elided is not None and _role_noun(elided.group("role")) and not role:
                # "L'ingénieure Anne Roe a…" at a sentence's start: the elided article and the role are no part of
                # the name, the role describes the person (as "La directrice Anne Roe" would)
                name, role = name[elided.end() :], elided.group("role")
            # ("Anne Roe du CNRS salue…": the name's run may take the body in)
            name, body = _split_affiliation(name)
            body = body or " ".join((match.group("of") or "").split())
            known = self._people.get(_surname_key(name))
            if known is not None and _particle_surname_of(name, known):
                name = known.name  # particle_surname: "Le Pen s'est dite…" after "Marine Le Pen" (see resolve)
            detail = _DETERMINERS.sub("", role, count=1) if role else (known.detail if known else body)
            if role:
                # "Le formateur, Olivier Chesnel, insiste sur…." : the role before the name is its description, and
                # what follows the name's comma up to the sentence's end is the predicate, not an apposition
                # (_MENTION read one); so is an epithet after the name ("Le ministre, X, véritable maître d'œuvre de
                # l'événement, a rappelé"). A role after it stays ("…, Jonas Lindqvist, associé du fonds, ajoute").
                predicate = _PREDICATE_AFTER.match(text, match.end("name")) is not None
                events = [
                    e
                    for e in events
                    if e[0] != match.start("name")
                    or e[1].name != name
                    or (not predicate and _role_noun(_DETERMINERS.sub("", e[1].detail, count=1).split(" ", 1)[0]))
                ]
            events.append((match.start("name"), _Person(name, detail, True)))
        for match in _ROLE_THEN_NAME_END.finditer(text):
            # role_then_name: an inverted attribution whose speaker's name stands in apposition after the role and
            # closes the sentence ("…, a déclaré la porte-parole du ministère, Shen Lu."): the role describes the
            # person, named in full from now on (not an object: "…, avec le directeur de Nvidia, Jensen Huang.").
            role = " ".join(match.group("role").split())
            head = _DETERMINERS.sub("", role, count=1).split()
            name = match.group("name")
            if (
                is_speech_verb(match.group("verb").casefold())
                and head
                and _role_noun(head[0])
                and name.split()[0].casefold() not in _OPENERS
                and not any(e[1].name == name for e in events)
            ):
                events.append((match.start("name"), _Person(name, _DETERMINERS.sub("", role, count=1), True)))
        for match in _ROLE_SURNAME_SUBJECT.finditer(text):
            # role_surname: a role and the surname of a person named in full before, as a sentence's subject: "La
            # ministre Aubel dépose une circulaire…". The person is the subject a later "la ministre" stands for.
            key = speaker_key(match.group("name"))
            known = self._people.get(key) or self._headline_names.get(key)
            if known is not None and _role_noun(match.group("role").split()[0]):
                # (the role describes a person named without one: "Lise Aubel" in the headline, "La ministre Aubel")
                role = " ".join(match.group("role").split())
                events.append((match.start("name"), known if known.detail else _Person(known.name, role, True)))
        for match in _SURNAME_SUBJECT.finditer(text):
            # The surname alone once the person was named in full (the press's second mention): "Ferrant est revenu
            # sur…" makes him the subject a later "a-t-il dit" stands for.
            known = self._people.get(speaker_key(match.group("name")))
            if known is not None:
                events.append((match.start("name"), known))
        present = (m for m in _ROLE_NAME_PRESENT.finditer(text) if m.group("verb") not in _FUNCTION_WORDS)
        for match in sorted([*_ROLE_NAME_SUBJECT.finditer(text), *present], key=lambda m: m.start("np")):
            # role_speaker in apposition without a comma, as the subject: "Lors d'un entretien, la présidente de
            # Nordlys Ingrid Vasseur avait affirmé que…". The person is named: a later "avait-elle dit" is hers.
            name, detail, named = parse_speaker(match.group("np"))
            if named and detail and len(name.split()) >= 2 and is_person_name(name):
                # ("La vision de Mark Roe sur l'IA est…": the person the sentence is about, described by no role)
                role = _role_noun(_DETERMINERS.sub("", detail, count=1).split(" ", 1)[0].strip(","))
                events.append((match.start("np"), _Person(name, detail if role else "", True)))
            elif (
                named
                and _SURNAME_AFTER_TITLE.fullmatch(name)
                and (
                    _CLERIC_TITLE.match(" ".join(match.group("np").split()))
                    or (
                        detail
                        and not is_french_word(name)
                        and _role_noun(_DETERMINERS.sub("", detail, count=1).split(" ", 1)[0].strip(","))
                    )
                )
            ):
                # a role or a cleric's title and the surname alone ("La commandante Blackmore a indiqué…", "Le père
                # Giron était ému."): the person named so before, or someone new the pronoun after stands for
                events.append((match.start("np"), self._known_or_new(name, detail)))
        for match in _ROLE_SUBJECT.finditer(text):
            phrase = match.group("np")
            head = _DETERMINERS.sub("", phrase, count=1).split()
            kin = bool(head) and head[0].casefold() in _KINSHIP
            if kin and len(head) == 1:
                # "La mère a évoqué…": the victim's kin the report is about, unnamed, whom "elle" after stands for
                events.append((match.start("np"), _Person(head[0][:1].upper() + head[0][1:], "", False)))
                continue
            if not head or head[0].casefold() not in ROLE_NOUNS:
                continue
            if is_anaphora(phrase):
                # role_subject_unnamed: a definite role with its complement or its adjective opening a sentence
                # ("L'avocat général a requis vingt ans.", "Le président du conseil de prud'hommes regarde la
                # plaignante.") that the text gave nobody named: the subject a pronoun after stands for, unnamed,
                # its role as the speaker. A bare role ("le ministre"), a former one ("l'ancien ingénieur") and a
                # role someone named holds ("la secrétaire générale") stay unread: they rename someone named.
                flat = " ".join(phrase.split())
                described = " ".join(_DETERMINERS.sub("", flat, count=1).split())
                held = self.taken_up(flat) or self.described_by_synonym(described.casefold())
                if held is not None and held.named:
                    events.append((match.start("np"), held))
                elif (
                    held is None
                    and len(described.split()) >= 2
                    and self._new_role(flat, described, text[: match.start("np")])
                ):
                    events.append((match.start("np"), _Person(described[:1].upper() + described[1:], "", False)))
                continue
            name, detail, named = parse_speaker(phrase)
            if not named:
                described = " ".join(_DETERMINERS.sub("", phrase, count=1).split())
                earlier = [e for e in events if e[0] < match.start("np") and e[1].named]
                last = max(earlier, key=lambda e: e[0])[1] if earlier else self._last
                if last is not None and last.named and self._described_before(described, last.name, text):
                    # the description the text gave the person named last, as the subject again: that person
                    events.append((match.start("np"), _Person(last.name, described, True)))
                    continue
                org = _ROLE_OF_ORG.search(described)
                if (
                    last is not None
                    and org is not None
                    and self._holds(last, org.group("org"), text[: match.start("np")])
                ):
                    # role_of_org: "Dario Roe publie une mise au point sur Anthropic […] Le patron d'Anthropic a
                    # diffusé…": the role of the organisation the person was named beside, as the subject right after
                    # that person, with no role given before, is that person's.
                    events.append((match.start("np"), _Person(last.name, described, True)))
                    continue
                flat = " ".join(phrase.split())
                # role_anaphora as the subject: "Pourtant, le maire du Grand-Lucé s'est toujours senti…" takes up the
                # person the text described with that role (and body, when named), as after the words
                held = self.taken_up(flat)
                if held is not None:
                    events.append((match.start("np"), held))
                    continue
                # (the subject met earlier in this text, when there is one: "Chaque jour, Joëlle Roe prend des
                # nouvelles. Cette nuit, la maire de Vanxains a relogé…")
                renamed = self._epithet_for_subject(flat, subject=last)
                if renamed is not None:
                    # epithet as the subject: a definite description opening a sentence right after the person was
                    # the subject ("« … », raconte Laurence, 49 ans. En colère, l'ouvrière a vécu…"): that person,
                    # on the terms of the epithet after the words (see _epithet_for_subject)
                    events.append((match.start("np"), renamed))
                    continue
                events.append((match.start("np"), _Person(name, detail, False)))
        for match in _WITNESS_SUBJECT.finditer(text):
            # unresolved: a witness the press keeps anonymous, introduced by an indefinite article as the subject
            # ("Une voisine de la victime a accepté de témoigner.", "Une habitante du quartier sort de chez elle."):
            # nobody named, but the one a pronoun after stands for ("Elle explique : « … »"), not someone named before
            noun, verb = match.group("noun").casefold(), match.group("verb").casefold()
            if noun not in _WITNESS_NOUNS or _NAME_IN_APPOSITION.match(text, match.end("described")):
                continue  # (a role is read by _ROLE_SUBJECT; "Une voisine, Marie Roe, …" is Marie Roe)
            if verb in _NOT_A_VERB_AFTER:
                continue  # "Une voisine qui…", "Un témoin de plus": no verb after the subject
            named = _NAME_BEFORE_APPOSITION.search(text, max(0, match.start("np") - 40), match.start("np"))
            if named is not None and is_first_name(named.group("name")):
                continue  # (in apposition to a first name: "Nous avons joint Lucie, une riveraine de la digue.")
            described = " ".join(match.group("described").split())
            events.append((match.start("np"), _Person(described[:1].upper() + described[1:], "", False)))
        events += self._described_subjects(text, events)
        for match in _FIRST_NAME_COMPLEMENT.finditer(text):
            # witness_in_complement (see _FIRST_NAME_COMPLEMENT): the noun the name complements, elided article off
            name = match.group("name")
            before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start()) if match.group("of") else None
            head = before.group("word").casefold() if before is not None else ""
            if (
                is_first_name(name)
                and name.casefold() not in _PLACE_FIRST_NAMES | _FEAST_FIRST_NAMES
                and head not in _NAMED_PLACE_HEADS
                and not (head and (_person_noun(head) or head in _KIN))
                and speaker_key(name) not in self.not_people
            ):
                detail = " ".join((match.group("detail") or "").split())
                described = detail and _witness_description(detail)
                events.append(
                    (match.start("name"), self._known_or_new(name, _without_attire(detail) if described else ""))
                )
        for match in _FIRST_NAME_TOPIC.finditer(text) if " elle" in text or " lui" in text else ():
            # contrastive_topic before any clause: "Martine elle, c'est la compagnie qu'elle vient chercher" sets the
            # witness apart as the topic, whatever the clause after the pronoun's comma
            if is_first_name(match.group("name")) and speaker_key(match.group("name")) not in self.not_people:
                events.append((match.start("name"), self._known_or_new(match.group("name"))))
        for match in _FIRST_NAME_SUBJECT.finditer(text):
            # A witness named by the first name alone, as the press names people it keeps anonymous ("Bastien,
            # enseignant en lettres, demande…", "Depuis quatre ans, Fabien enseigne…"): the subject of the sentence.
            name, detail, verb = match.group("name"), (match.group("detail") or "").strip(), match.group("verb")
            age = " ".join((match.group("age") or "").split())
            verb = _CLITIC.sub("", verb)
            first_of_detail = _CLITIC.sub("", detail.split()[0]).strip(",") if detail else ""
            if (
                first_of_detail
                and not _role_noun(first_of_detail)
                and (_finite_verb(first_of_detail) or first_of_detail in _AUX_WORDS)
                and not _witness_verb(verb)
            ):
                # the "apposition" is the predicate, up to a comma of its own: "Fabienne, 57 ans, fait pareil avec
                # Monique, qui vit seule" (the verb right after the age)
                verb, detail = first_of_detail, ""
            head_of_detail, comma, second = detail.partition(",")
            # (the verb past a reflexive or a negation: "Nourdine, 25 ans, informaticien, se tient à l'écart")
            second_word = next((_CLITIC.sub("", w) for w in second.split() if w not in ("en", "ne", "se")), "")
            if comma and second_word and not _witness_verb(verb) and _witness_verb(second_word):
                # (the second "apposition" is the predicate, a complement after it set off by a comma: "Maxime,
                # bénévole à la Croix-Rouge, commence sa ronde, sur le secteur de Créteil")
                verb, detail = second_word, head_of_detail.strip()
            # (an indefinite noun phrase of a person in apposition: "Sirine, une jeune femme de Nanterre, présente…")
            apposed = not age and _witness_by_apposition(Intro(name, detail))
            if (
                # (or a name no list knows, given the age the press gives a witness: "Yahya, 22 ans, est étudiant")
                (is_first_name(name) or (age and not is_french_word(name)) or apposed)
                and _witness_verb(verb)
                and (
                    apposed
                    or not detail
                    or _EMPHATIC.match(detail)  # "Annie, elle, est aux premières loges": the subject stressed
                    or _ADVERB_ASIDE.match(detail)  # "Josiane, par exemple, passe le jeudi": a sentence adverb set off
                    or _role_noun(_DETERMINERS.sub("", detail, count=1).split()[0])
                    # "Paule, 76 ans, de Quesnoy-sur-Deûle, en a…", "Dimitri, de Cocherel, n'a jamais…" (a first name
                    # the lists know: a place's name would be no witness)
                    or ((age or is_first_name(name)) and _ORIGIN.match(detail))
                    or _AGE_DECADE.match(detail) is not None  # "Thierry, la quarantaine, a aussi voté"
                    # (a relative clause on the witness: "Daniel, qui a été embauché la même année, ne retient pas…")
                    or (detail.startswith(("qui ", "dont ")) and "," not in detail)
                    # (two appositions, a rank first: "Marion, 1re classe, la vingtaine, vient de…")
                    or _witness_description(detail)
                    # (a participle's clause on the witness: "Mathilde, scolarisée à Melun, a été écartée…")
                    or (is_first_name(name) and _PAST_PARTICIPLE_OPENING.match(detail) is not None)
                )
            ):
                aside = _EMPHATIC.match(detail) or _ADVERB_ASIDE.match(detail)
                detail = "" if aside or detail.startswith(("qui ", "dont ")) else detail
                detail = _without_attire(detail)
                events.append((match.start("name"), _Person(name, ", ".join(x for x in (age, detail) if x), True)))
        for match in _ACCORDING_SENTENCE.finditer(text) if "elon " in text or "après " in text else ():
            # according_to: "D'après le maire de Mamoudzou Karim Roe interrogé par l'AFP, neuf personnes…" is the
            # person's account, the sentence's source; a pronoun after ("…», a-t-il décrit") stands for that person
            # unless the sentence has a person as its subject, read after
            source = _according_source(match.group("who"))
            after = _subject(_sentence_of_start(text[match.end() :])) if source is not None else None
            person_after = after is not None and (
                after.speaker == PREVIOUS_SPEAKER
                or _is_full_name(after.speaker)
                or _role_then_full_name(after.speaker) is not None
            )
            if source is not None and not person_after and speaker_key(source[0]) not in self.not_people:
                events.append((match.start("who"), self._known_or_new(*source)))
        for match in _POUR_TOPIC.finditer(text) if "Pour " in text else ():
            # pour_topic: "Pour Rita, ça fait 44 ans que ça dure." opens on whose view the sentence gives: the person
            # a pronoun after stands for ("« … », résume-t-elle"), as the subject would be
            name, detail = match.group("name"), " ".join((match.group("detail") or "").split())
            if is_first_name(name.split()[0]) and _witness_description(detail):
                events.append((match.start("name"), _Person(name, detail, True)))
        for match in _POUR_ROLE_TOPIC.finditer(text) if "Pour " in text else ():
            # pour_topic with a definite role ("Pour le délégué CGT, ce n'est pas que de la crainte…"): whose view
            # the sentence gives, whom a pronoun after stands for: the person the text described with that role,
            # else someone unnamed, the role as the speaker (not the witness who was the subject before)
            flat = " ".join(match.group("role").split())
            noun = match.group("noun").casefold()
            if _role_noun(noun) and not _name_in_role(flat):
                held = self.taken_up(flat)
                label = _DETERMINERS.sub("", flat, count=1)
                head, _, core = noun.partition("-")
                core = core if head in _RANK_PREFIXES and core else noun  # ("l'ex-député" for "l'ancien député")
                last = self._last
                if held is not None and held.named:
                    events.append((match.start("role"), held))
                elif last is None or not last.named or not _described_as(core, last.detail):
                    # (the role the person named last was given is the press's periphrase for them: unread here)
                    events.append((match.start("role"), _Person(label[:1].upper() + label[1:], "", False)))
        for match in _FIRST_NAME_UNCLOSED.finditer(text) if ", " in text else ():
            # apposition_unclosed: the witness's first name, an apposition that describes her, then the verb with
            # the apposition's closing comma lost in the copy ("Christine, gérante de la boulangerie ne se doutait
            # pas…", "Maryse, une octogénaire habitant à Nancy a accueilli…"): the subject
            name, detail = match.group("name"), " ".join(match.group("detail").split())
            head = _EPITHET_ADJECTIVE.sub("", _DETERMINERS.sub("", detail, count=1), count=1).split(" ", 1)[0]
            if is_first_name(name) and (_person_noun(head.casefold()) or head.casefold() in _AGE_NOUNS):
                events.append((match.start("name"), _Person(name, detail, True)))
        if "M." in text or "Mme" in text or "Dr" in text:
            for match in _CIVILITY.finditer(text):
                surname = match.group("surname")
                known = self._people.get(speaker_key(surname))
                if known is None and _SUBJECT_PLACE.search(text[max(0, match.start() - 3) : match.start()]):
                    known = self._named_in_full(surname, match.start())
                if known:
                    events.append((match.start(), known))
        # _EPITHET reads "celui" or "celle": a text without either is not scanned with it (the costliest pattern here).
        for match in _EPITHET.finditer(text) if "celui" in text or "celle" in text else ():
            # "…, a fait savoir celui qui est aussi un des pères de l'IA": an epithet for the person the article is
            # about, named often already; when nobody stands out, nobody is guessed.
            if is_speech_verb(match.group("verb"), faire=bool(match.group("fait"))):
                events.append((match.start("who"), _EPITHET_PERSON))  # who, once the people before are counted
        subject_sentences = {m.start("s") for m in _PRONOUN_SUBJECT.finditer(text)}
        if not events and not subject_sentences:
            return
        # Subject of the sentence: in a sentence whose subject is a person (a pronoun or a name at its start), the
        # people named further on, in a complement or a subordinate clause ("…, salué par Sam Altman, …", "Il a
        # annoncé que la présidente, Jeanne Roe, …"), are known from then on but a later "il" still stands for the
        # subject. Only "ce dernier" takes the person named last.
        sentence_starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
        events += self._rheme_to_theme(text, events, subject_sentences, sentence_starts)
        continuation = _AFTER_QUOTATION.match(text) is not None
        seen: set[int] = set()
        for position, person in sorted(events, key=lambda e: e[0]):
            if person is _EPITHET_PERSON:
                about = self._protagonist()
                if about is None:
                    continue
                person = about
            if speaker_key(person.name) in self.not_people:
                continue
            civility, _, surname = person.name.partition(" ")
            if civility in _CIVILITY_WORDS and len(surname.split()) == 1:
                # "…, a affirmé Mme Roe, en entrevue", "Mme Roe juge que…": the civility and the surname are the
                # second mention of the person named in full before (civility_surname), a complement too; else the
                # surname alone names her
                full = self._people.get(_surname_key(surname)) or self._named_in_full(surname, position)
                person = full if full is not None else _Person(surname, person.detail, True)
            sentence = sentence_starts[bisect.bisect_right(sentence_starts, position) - 1]
            # (a person opening the sentence is its subject, whatever pronoun a later clause opens on: "Stéphanie a
            # 14 ans mais sur Instagram, elle en a 21")
            opens = not text[sentence:position].strip()
            clause = _OPENING_SUBORDINATE.match(text, sentence) or _fronted_participle(text, sentence)
            if clause is not None and position < clause.end():
                # subordinate_first: a subordinate clause opening the sentence, up to its comma ("Si François Roe n'a
                # pas évoqué l'AME, Bruno Lebel assure…", "Comme la bibliothèque est fermée, Germaine se réfugie…"):
                # whom it names is no subject of the sentence; the main clause's subject after the comma is
                main = _MAIN_PRONOUN.match(text, clause.end())
                if (
                    main is not None
                    and _SUBORDINATOR_ALONE.fullmatch(text, sentence, position) is not None
                    and person_gender(person) in (None, "f" if main.group(1) == "elle" else "m")
                ):
                    # subordinate_subject: unless that subject is a pronoun, which then stands for the subordinate's
                    # ("Quand Florence a ouvert les yeux, elle s'est dit…"): she is the sentence's subject
                    seen.add(sentence)
                    self._remember(person, True)
                    continue
                self._remember(person, False)
                continue
            subject = sentence not in seen and (sentence not in subject_sentences or opens)
            # (the rest of a sentence a quotation opened, its speaker the subject: "« … », a déclaré la comédienne,
            # avant de saluer Paul Roe, l'auteur du roman" names Paul Roe in a complement)
            subject = subject and not (sentence == 0 and continuation)
            seen.add(sentence)
            self._remember(person, subject)

    def _described_subjects(self, text: str, events: list[tuple[int, _Person]]) -> list[tuple[int, _Person]]:
        """subject_any_verb: the people a noun phrase describes as a sentence's subject (see _DESCRIBED_SUBJECT), where
        no other pattern found a subject. A witness by an indefinite article is someone new ("Un homme" speaks as
        « Homme »), never an office nor a passive's subject; a demonstrative takes up the unnamed witness of that noun
        met before, or renames the person just named, else shows one ("Cet habitant", as a report on video does); a
        definite role takes up only the person the text gave it; a definite noun of witness ("la dame", "la jeune
        femme de 24 ans") renames the subject named just before (an epithet)."""
        taken = {position for position, _ in events}
        found: list[tuple[int, _Person]] = []
        for match in _DESCRIBED_SUBJECT.finditer(text):
            start, noun = match.start("np"), match.group("noun").casefold()
            if start in taken or not (_person_noun(noun) or noun in _PEOPLE) or _inside_quotation(text, start):
                continue
            opening = text[match.start() : start].strip().split(" ", 1)[0].casefold()
            if opening and _person_noun(opening):
                continue  # a description fronted before the subject ("Voisine de la victime, une femme a…"): read apart
            read = _described_subject_verb(match.group("rest"))
            if read is None:
                continue
            complement, apposition = read
            if apposition[:1].isupper():
                continue  # the person named in apposition ("Une voisine, Marie Roux, a…"): read by the name's patterns
            determiner = match.group("det").casefold()
            adjective = match.group("adjective") or ""
            described = " ".join(f"{adjective} {match.group('noun')} {complement}".split())
            label = described[:1].upper() + described[1:]
            if determiner in ("un", "une"):
                # (a witness, never an office: "Un professeur à la fac de Lyon a observé…" is the person named next)
                witness = noun in _WITNESS_NOUNS or noun in _PEOPLE
                if witness and not _PASSIVE_AFTER_SUBJECT.match(match.group("rest")):
                    # (not the object of the deed the passive tells: "Un homme de 23 ans a été placé en garde à vue");
                    # an apposition describes the witness ("une femme, anglaise, ne se plaint pas")
                    described_by = apposition if apposition and _witness_description(apposition) else ""
                    found.append((start, _Person(label, described_by, False)))
                continue
            earlier = [p for position, p in [*events, *found] if position < start] or self._seen
            same = next((p for p in reversed(earlier) if not p.named and p.name.split()[0].casefold() == noun), None)
            if same is not None and _role_noun(noun) and speaker_key(same.name) != speaker_key(described):
                same = None  # (another office: "le ministre de l'Agriculture" after "le ministre de l'Économie")
            if same is not None:
                found.append((start, same))  # "Un habitant … Cet habitant avait…": the witness met before
                continue
            flat = " ".join(match.group("np").split() + complement.split())
            if determiner in ("ce", "cet", "cette"):
                # a demonstrative renames the subject named just before ("Johnny… À 46 ans, ce père de famille se
                # retrouve…"), as an epithet does; else it shows the witness the report is about
                renamed = self._epithet_for_subject(_DEMONSTRATIVE_OPENING.sub("le ", flat, count=1))
                if renamed is not None:
                    # (as the text described the person first: "Bogdan, 29 ans, … Cet ouvrier s'était engagé…")
                    found.append((start, self._last if self._last is not None else renamed))
                elif (noun in _WITNESS_NOUNS or noun in _PEOPLE) and not (self._last is not None and self._last.named):
                    shown = " ".join(f"{match.group('noun')} {complement}".split())
                    found.append((start, _Person(shown[:1].upper() + shown[1:], "", False)))
                continue
            if _role_noun(noun):
                held = self.taken_up(flat) or self.described_by_synonym(described.casefold())
                if held is not None and held.named:
                    found.append((start, held))
                elif (
                    held is None
                    and complement
                    and not _AGE_COMPLEMENT.fullmatch(complement)  # ("la dirigeante de 58 ans": an epithet)
                    # (nobody named the subject before: after a person named, a role may be the press's periphrase
                    # for them, "le chef du parti" for the Prime Minister)
                    and not (self._last is not None and self._last.named)
                    and not any(p.named for position, p in [*events, *found] if position < start)
                    and not adjective
                    and determiner in ("le", "la", "l’", "l'")
                    and self._new_role(flat, described, text[:start])
                ):
                    # role_subject_unnamed whatever the verb (see _ROLE_SUBJECT): a definite role with its complement
                    # opening a sentence, which the text gave nobody named ("Devant la mairie, le maire de Trith
                    # prend la parole."): the subject a pronoun after stands for, unnamed, its role as the speaker.
                    # A bare role ("le ministre") stays unread: the press's periphrase for the person named before.
                    found.append((start, _Person(label, "", False)))
                elif (
                    held is None
                    and noun in _PUBLIC_OFFICES
                    and not adjective
                    and determiner in ("le", "la", "l’", "l'")
                    and self._last is not None
                    and self._last.named
                    and self._holds_other_office(self._last, noun, described)
                ):
                    # role_comparison: a public office the person named before does not hold ("Le maire veut agir"
                    # after "X, kinésithérapeute"): someone new, unnamed, whom a pronoun after stands for
                    found.append((start, _Person(label, "", False)))
                continue
            renamed = self._epithet_for_subject(flat)
            if renamed is not None:
                found.append((start, renamed))
        return found

    def _new_role(self, flat: str, described: str, before: str) -> bool:
        """Whether a definite role opening a sentence (``flat``, ``described`` without its article) is no former one
        ("l'ancien ingénieur") and one the text has not given before, to someone it named ("autour de sa secrétaire
        générale, Leila Roe"): the text read so far and ``before``, the text being read up to the role."""
        return (
            not _FORMER_EPITHET.match(flat)
            and described.casefold() not in (" ".join(self._read[:-1]) + before).casefold()
        )

    def known(self, name: str) -> _Person | None:
        """The person met in the text read so far under this full name, as last described (the text after the last
        quotation is not read for this: scanning it costs as much as the rest of the article)."""
        known = self._people.get(_surname_key(name))
        return known if known is not None and speaker_key(known.name) == speaker_key(name) else None

    def named_in_full(self, surname: str) -> _Person | None:
        """The person the whole text read names in full with this surname (see :meth:`_named_in_full`)."""
        self._flush()
        return self._named_in_full(surname)

    def _named_in_full(self, surname: str, end: int | None = None) -> _Person | None:
        """civility_surname: the person the text read so far (the text being read up to ``end``) named in full with
        this surname, anywhere in a sentence ("L'USM tient Dominique Roe pour responsable. […] Mme Roe s'étonne"):
        the civility and the surname are the press's second mention of that person, whom "elle" after stands for."""
        texts = [self._headline, *self._read[:-1], self._read[-1][:end]] if self._read else [self._headline]
        for text in reversed(texts):
            if surname not in text:
                continue
            # (overlapping names: "la ministre de la Culture Aurélie Roe" holds "Culture Aurélie", then "Aurélie Roe")
            for match in reversed(list(_FULL_NAME_ANYWHERE.finditer(text))):
                name = f"{match.group('first')} {match.group('surname')}"
                if (
                    _ARABIC_ARTICLE.sub("", match.group("surname").split()[-1]) == surname
                    and is_first_name(match.group("first"))
                    and speaker_key(name) not in self.not_people
                ):
                    # (described by the role written right before the name: "la ministre de la Culture Aurélie Roe")
                    return _Person(name, _role_right_before(text, match.start()), True)
        return None

    def _rheme_to_theme(
        self, text: str, events: list[tuple[int, _Person]], subject_sentences: set[int], sentence_starts: list[int]
    ) -> list[tuple[int, _Person]]:
        """linear_progression: the person a sentence with no person as its subject names in its rheme ("Des mots
        jugés sincères par Paul Roe."), when the next sentence opens on "il" or "elle" that agrees: the theme of the
        next sentence, so the subject from then on (progression à thème linéaire). Only one person named, in full."""
        found: list[tuple[int, _Person]] = []
        for start in sorted(subject_sentences):
            index = bisect.bisect_left(sentence_starts, start)
            if not index or index == len(sentence_starts) or sentence_starts[index] != start:
                continue  # (the text's first sentence: the one before it was read apart)
            before = sentence_starts[index - 1]
            if before in subject_sentences:
                continue  # (after a sentence whose subject is a pronoun, "il" goes on standing for that subject)
            if any(before <= position < start for position, _ in events):
                continue  # the sentence before has a person or a body as its subject, or names one in apposition
            if not before and not text.lstrip()[:1].isupper():
                continue  # (the end of a sentence whose start was a quotation and its speaker: "…, a-t-il dit avec…")
            names = {
                speaker_key(f"{m.group('first')} {m.group('surname')}"): m
                for m in _FULL_NAME.finditer(text, before, start)
                # (a first name no list knows in a name no dictionary knows: "Fatou Ndiaye"; not after an article, a
                # place: "la Silicon Valley")
                if is_first_name(m.group("first"))
                or (
                    is_unlisted_name(f"{m.group('first')} {m.group('surname')}")
                    and not _ARTICLE_BEFORE.search(text, before, m.start())
                )
            }
            pronoun = _PRONOUN_AFTER_OPENINGS.match(text, start)
            if pronoun is None:
                continue
            gender = "f" if pronoun.group("pronoun").casefold() == "elle" else "m"
            witnesses = [
                m
                for m in _APPOSED_WITNESS.finditer(text, before, start)
                if is_first_name(m.group("name")) and _witness_description(m.group("detail"))
            ]
            if not names and len(witnesses) == 1:
                # (a witness the report introduces by the first name and what she is, as the object: "Europe 1 a
                # joint Caroline, une habitante de Mamoudzou. Elle vit…")
                witness = witnesses[0]
                if first_name_gender(witness.group("name")) in (None, gender):
                    detail = _without_attire(" ".join(witness.group("detail").split()))
                    found.append((witness.start(), _Person(witness.group("name"), detail, True)))
                continue
            if len(names) != 1:
                continue
            key, match = names.popitem()
            if key in self.not_people or first_name_gender(match.group("first")) not in (None, gender):
                continue
            name = f"{match.group('first')} {match.group('surname')}"
            known = self._people.get(_surname_key(name))
            found.append((match.start(), known if known is not None else _Person(name, "", True)))
        return found

    def _known_or_new(self, name: str, detail: str = "") -> _Person:
        """The person met before under that surname, else someone new so named and described."""
        return self._people.get(_surname_key(name)) or _Person(name, detail, True)

    def _remember(self, person: _Person, subject: bool = True) -> None:
        if person.name == UNKNOWN_SPEAKER or person.name.casefold() in _INDEFINITE_PRONOUNS:
            return  # nobody a pronoun could stand for ("Certains se disent « … »": some people, no one person)
        if person.named and " " not in person.name and is_first_name(person.name):
            # first_name_again as a sentence's subject: "Lucas, en première année, y est apprenti" after "Lucas
            # Roe, 17 ans" is that person; not when the first name comes with an office he does not hold
            known = self._named_by_first_name(person.name)
            if known is not None and not _other_office(person.detail, known):
                person = known if known.detail or not person.detail else _Person(known.name, person.detail, True)
        if person.named and _CIVILITY_OPENING.match(person.name):
            # "Mme Roe" met as a sentence's subject: the person is "Roe", named in full before perhaps
            bare = _CIVILITY_OPENING.sub("", person.name, count=1)
            known = self._people.get(_surname_key(bare))
            if known is None and " " not in bare:
                # (named in full before as an object perhaps: civility_surname)
                known = self._named_in_full(bare)
            person = known if known is not None and not person.detail else _Person(bare, person.detail, True)
        if (
            person.named
            and not person.detail
            and " " not in person.name
            and not is_first_name(person.name)
            and speaker_key(person.name) not in self._people
        ):
            # a name of one word that is nobody's surname: an organisation quoted ("…», a précisé Meta"), which "le
            # groupe" or "le géant des réseaux sociaux" may stand for later
            self._organisation = person
        surname = _surname_key(person.name) if person.named else ""
        known = self._people.get(surname) if person.named else None
        if known is not None and not person.detail and speaker_key(known.name) == speaker_key(person.name):
            person = known  # named again: the description given the first time still holds
        if subject:
            self._last = person
        self._latest = person
        self._seen.append(person)
        self._met_in_paragraph.add(person.name)
        if person.named and len(person.name.split()) > 1:
            self._people[surname] = person
            if _FAMILY_FIRST.match(person.name) and not is_first_name(person.name.split()[0]):
                # family_name_first: Chinese, Korean and Vietnamese names keep the family name first ("Mao Ning",
                # "Liang Wenfeng"), and the press's second mention is that name alone ("Mao a ajouté…")
                self._people.setdefault(speaker_key(person.name.split()[0]), person)
        if known is not None or (person.named and len(person.name.split()) > 1):
            self._mentions[surname] = self._mentions.get(surname, 0) + 1

    def _holds(self, person: _Person, organisation: str, reading: str) -> bool:
        """Whether a role in ``organisation`` is the person's (role_of_org): named, with no role in another
        organisation given (a relative clause of narration is none: "X, qui a fondé l'entreprise, …"), and named
        beside the organisation."""
        detail = person.detail
        # (a role given with no organisation, "Son fondateur, X", may be a role in this one; not "patron de Nvidia")
        free = not detail or detail.startswith(("qui ", "qu’", "qu'", "dont ")) or not re.search(r"[A-ZÀ-ÖØ-Þ]", detail)
        return person.named and free and self._near(organisation, person.name, reading)

    def _near(self, organisation: str, name: str, reading: str) -> bool:
        """Whether the text read so far (and ``reading``, the text being read up to the role) names ``organisation``
        within a sentence's reach of the person's surname."""
        surname = name.split()[-1]
        for text in [*self._read[:-1], reading]:  # (the last text read is the one being read: ``reading`` has it)
            for found in re.finditer(re.escape(surname), text):
                if organisation in text[max(0, found.start() - NEAR_CHARS) : found.end() + NEAR_CHARS]:
                    return True
        return False

    def _described_before(self, description: str, name: str, reading: str = "") -> bool:
        """Whether the text read so far (and ``reading``, the text being read) put ``description`` in apposition to
        ``name`` (either order)."""
        texts = [*self._read, reading] if reading else self._read
        folded, surname = description.casefold(), name.split()[-1]
        holding = [text for text in texts if surname in text and folded in text.casefold()]
        if not holding:
            return False  # (most calls: the description was never written beside the name; no pattern to build)
        surname, described = re.escape(surname), re.escape(description)
        apposition = re.compile(
            # (or the description closing a sentence and the name opening the next: "…du ministre délégué chargé du
            # Numérique. Jean-Noël Roe a réagi…")
            rf"{described}\s*[,.]?\s+(?:[A-ZÀ-ÖØ-Þ][\w’'.-]*\s+){{0,3}}{surname}\b"
            rf"|\b{surname}\s*,\s+(?:le\s+|la\s+|l[’']\s*)?{described}",
            re.I,
        )
        return any(apposition.search(text) for text in holding)

    def resolve(self, phrase: str, detail: str = "") -> _Person:
        """The person a speaker phrase names, pronouns and surnames resolved."""
        detail = "" if _ADVERB_ASIDE.match(detail.strip()) else detail  # ("C'est Paul Roe, enfin, qui…": no role)
        # (the reflexive pronoun of the verb that followed the subject is no part of it: "Paul Roe se dit convaincu
        # que « … »" read up to the verb gives "Paul Roe se")
        phrase = _REFLEXIVE_END.sub("", phrase)
        # What the journalist adds after the speaker is no part of the phrase: a participle clause ("…, a poursuivi
        # le gouverneur dans ce discours, détaillant…"), the medium, the occasion ("lors d'un discours au sommet").
        participle = next(
            (m for m in _PARTICIPLE_AFTER.finditer(phrase) if m.start() and _narrating(m.group("word"))), None
        )
        phrase = phrase[: participle.start()] if participle is not None else phrase
        phrase = _OCCASION_AFTER.sub("", _MEDIUM_AFTER.sub("", phrase, count=1), count=1)
        phrase = _TOLD_TO_AFTER.sub("", phrase, count=1)  # "…, a déclaré X à l'AFP": whom X told, no description
        addressee = _ADDRESSEE_AFTER.search(phrase)
        if addressee is not None and _addressed_person(addressee.group("role"), addressee.group("name")):
            phrase = phrase[: addressee.start()]
        phrase = _REACHED_BY_AFTER.sub("", phrase, count=1)  # "…, confie un expert joint par Le Temps": the same
        phrase = _TIME_AFTER.sub("", phrase, count=1)
        phrase = _MANNER_AFTER.sub("", phrase, count=1)
        adverb = _ADVERB_AFTER.search(phrase)
        if adverb is not None and _manner_adverb(adverb.group("adverb")):
            # manner_after: an adverb in -ment after the speaker ("…! constate l'un d'eux amèrement"), how the words
            # were said; a noun in -ment ends a role ("le ministre du Logement", "le préfet du département")
            phrase = phrase[: adverb.start()]
        manner = _MANNER_ADJECTIVE_BEFORE.match(phrase.strip())
        if manner is not None and _fronted_modifier(manner.group("adjective").capitalize()):
            # manner_adjective: how the words were said, agreeing with the inverted subject after it ("…», résume
            # décontractée une autre skieuse", "…, ajoute, souriante, une secouriste"): no part of the subject
            phrase = phrase.strip()[manner.end() :]
        listeners = _AUDIENCE_TAIL.search(phrase)
        if listeners is not None and re.search(r"(?:\b[A-ZÀ-ÖØ-Þ][\w’'-]*|\))$", phrase[: listeners.start()]):
            # audience_after a name, its party in brackets perhaps: "…, a déclaré le maire de Nanterre, Paul Roe
            # (DVG) devant une centaine d'habitants": whom the person spoke to, no part of the phrase
            phrase = phrase[: listeners.start()]
        audience = _AUDIENCE_AFTER.match(phrase.strip())
        if audience is not None and is_anaphora(audience.group("role")):
            phrase = audience.group("role")
        epithet = _ADJECTIVE_BEFORE_NAME.match(phrase)
        if epithet is not None and (is_first_name(epithet.group("first")) or epithet.group("more")):
            # an affective adjective before a name, as the press writes of the young and the late ("…», lance la
            # jeune Nour Roe", "le petit Émile"): the name, not an anaphora of someone named before
            phrase = phrase[epithet.end("adjective") :].strip()
        # "Mme Roe a expliqué que…": the civility is no part of the name, the surname finds the person named before
        civil = _CIVILITY_OPENING.match(phrase) is not None
        phrase = _CIVILITY_OPENING.sub("", phrase, count=1)
        if " ".join(phrase.casefold().split()).strip(" ,.;:") in _PLURAL_PRONOUNS:
            # plural_pronoun: "Ils craignent…", "Ceux-ci dénoncent…": several people, never the one person named
            # last; unnamed
            return _Person(UNKNOWN_SPEAKER, "", False)
        if phrase.startswith(PREVIOUS_SPEAKER) and phrase != PREVIOUS_SPEAKER:
            aside = phrase[len(PREVIOUS_SPEAKER) :]
            return _Person(UNKNOWN_SPEAKER, aside.strip(), False)  # an anonymous source is nobody named before
        if phrase.startswith(TITLE):
            return _Person(phrase[len(TITLE) :], "", True)
        if _SAME_SOURCE.match(phrase.strip()):
            # same_source: "…», ajoute-t-on de même source", "…, précise la même source": whoever the words quoted
            # just before were from (a body, a release, an unnamed source as well as a person)
            self._flush()
            return self._quoted if self._quoted is not None else _Person(UNKNOWN_SPEAKER, "", False)
        if _ANSWER_LABEL.match(phrase.strip()):
            # interview_turn: "R :", "RÉPONSE :" before the answer, as an agency sets an interview's transcript
            # ("Q : … R : « … »"): the interviewee, the person the article is about or the last one named
            about = self.protagonist() or self.last
            return about if about is not None and about.named else _Person(UNKNOWN_SPEAKER, "", False)
        if _EPITHET_PHRASE.match(phrase):  # "…», confie celle qui dirige le laboratoire": see _EPITHET
            about = self.protagonist()
            if about is None and self.last is not None and self.last.named:
                # ("…», affirme celle pour qui l'IA n'a plus de secret": the person the sentence before was about)
                gender = "f" if phrase[:5].casefold() == "celle" else "m"
                about = _agreeing(self.last, gender, self)
            return about if about is not None else _Person(UNKNOWN_SPEAKER, detail, False)
        relative = _EPITHET_RELATIVE.match(phrase)
        if relative is not None and is_anaphora(relative.group("np")):
            # epithet: a relative clause after the press's substitute for a name says more of the person named
            # before ("…», a assuré le multimilliardaire qui a investi 250 millions dans ce lieu"): the noun
            # phrase is the anaphora, the clause no part of it (with nobody before, both describe the source)
            detail = detail or _DETERMINERS.sub("", " ".join(phrase.split()), count=1)
            phrase = relative.group("np")
        elif relative is not None and _definite_role(" ".join(relative.group("np").split())):
            # (a definite role and its body, then the relative: "…», a assuré l'élu du Morbihan qui restera ministre
            # le temps de la campagne": the role is the speaker phrase, read below; the clause is narration)
            phrase = relative.group("np")
        flat = " ".join(phrase.split()).strip(" ,.;:")  # the phrase on one line, without edge punctuation
        kin = _KIN_POSSESSIVE.match(flat)
        if kin is not None and kin.group("noun").casefold() in _KIN:
            # a relative by a possessive ("…», se souvient sa mère" after her son was named): someone else than the
            # person the possessive refers to (whose kin the description says)
            noun = kin.group("noun").casefold()
            kin_of = noun + _of_person(self.last)
            if kin.group("name"):  # named in apposition ("…», se souvient sa mère Isabelle"): that person
                return self.resolve(kin.group("name"), detail or kin_of)
            # the one the text described as such, else unnamed, the kinship kept
            match = self._met_last(lambda p: p.named and noun in re.findall(r"[\w-]+", p.detail.casefold()))
            return match if match is not None else _Person(UNKNOWN_SPEAKER, kin_of, False)
        one_of = _ONE_OF.match(phrase.strip())
        if one_of is not None and _one_of_people(one_of.group("noun")):
            name, described, _ = parse_speaker(phrase)  # "l'un des locataires": someone new, of a group
            return _Person(name, detail or described, False)
        shown, another = _shown_witness(flat)
        if shown is not None and another:
            # unresolved: "…», note cette autre cliente": the demonstrative shows a new witness, "autre" tells her
            # from the one quoted before; unnamed, named by the noun
            return shown
        other = _ANOTHER_ALONE.match(flat)
        if other is not None:
            # another_of_the_kind: "un autre", "une autre" alone leaves out the noun of the unnamed witness quoted
            # before ("« … », raconte une étudiante. « … », ajoute une autre"): another person of that kind, of the
            # gender the article tells
            gender = "f" if other.group("article").casefold() == "une" else "m"
            kind = self._met_last(lambda p: not p.named and p.name != UNKNOWN_SPEAKER)
            noun = kind.name.split()[0].casefold() if kind is not None else ""
            if _person_noun(noun) and _described_gender(noun) in (gender, None):
                return _Person(f"{other.group('which').capitalize()} {noun}", "", False)  # "Autre", "Deuxième"…
            return _Person(UNKNOWN_SPEAKER, detail, False)
        ordinal = _ORDINAL_OF_PAIR.match(flat)
        pair = self._pair_named() if ordinal is not None else None
        if ordinal is not None and pair is not None:
            return pair[0] if ordinal.group("which").casefold().startswith("premi") else pair[1]
        one, _, aside = flat.partition(",")
        if _ONE_OF_THEM.match(one.strip()):
            # "…», explique l'un d'eux": one of a group the text names, nobody named (what follows the comma says
            # more of that one: "…», lance l'un d'eux, sûrement un indépendant")
            return _Person(UNKNOWN_SPEAKER, ", ".join(p for p in (one.strip(), aside.strip() or detail) if p), False)
        kind = _BODY_KIND_AGAIN.match(flat.split(",", 1)[0].strip())  # (the journalist's words after a comma)
        if kind is not None:
            # body_kind_anaphora: "…, explique le syndicat" after "le Snuipp-FSU, premier syndicat du primaire" or
            # "le syndicat Sud Rail": the body of that kind the text named last
            self._flush()
            named_body = self._bodies.get(kind.group("kind").casefold())
            if named_body is not None:
                return named_body
        body = _BODY_AGAIN.match(flat)
        if body is not None:
            # body_again: "…», ajoute la préfecture" after "la préfecture de l'Ardèche" spoke: the body named in full
            noun = body.group("noun").casefold()
            named = self._met_last(lambda p: p.name.casefold().startswith(noun + " "))
            if named is not None:
                return named
            written = self._body_written(noun)
            if written is not None:
                # (or named in full in the text read, as a subject or a complement: "La préfecture de la Lozère a
                # fermé les routes. « … », a insisté la préfecture")
                return _Person(written, "", False)
        head_again = _INSTITUTION_HEAD_AGAIN.match(flat)
        if head_again is not None and head_again.group("head").casefold() in _INSTITUTION_HEADS:
            # institution_head_again: "…», a noté l'agence" after "l'Agence nationale de sécurité du médicament"
            # spoke or was named: the institution whose name that noun opens, capitalised there
            head = head_again.group("head").casefold()
            named = self._met_last(lambda p: p.name.casefold().startswith(head + " ") and p.name[:1].isupper())
            if named is not None:
                return named
            written = self._institution_written(head)
            if written is not None:
                return _Person(written, "", True)
        shortened = _SHORT_INSTITUTION.match(flat)
        if shortened is not None and shortened.group("head").casefold() in _INSTITUTION_HEADS:
            # shortened_name: a body named in full before ("l'Agence spatiale américaine était arrivée…"), then by the
            # first words of its name ("…», explique l'Agence spatiale"): the body named in full
            full = self._completed_name(shortened.group("name"))
            if full is not None:
                return _Person(full, "", True)
        whose = _POSSESSIVE_ROLE.match(" ".join(phrase.split()))
        if whose is not None and _role_noun(whose.group("noun").casefold()):
            # possessive_role: "son avocat", "leur porte-parole" after the text named someone as that role of
            # another ("l'avocat du policier Paul Roe"): that person, the complement telling whose the role is
            held = self.described(whose.group("noun").casefold())
            if held is not None and re.match(
                rf"(?i:{re.escape(whose.group('noun'))})\s+(?:de|du|des|d[’'])", held.detail
            ):
                return held
        periphrasis = _periphrasis(flat) if _DETERMINERS.match(flat) else ""
        if periphrasis in _ROLE_SYNONYMS:
            # epithet: the press's periphrasis of an office ("le premier magistrat" for the maire, "le chef de
            # l'État"), read before the role's noun alone could rename whoever was the subject: the person the text
            # described with the office
            held = self.described_by_synonym(periphrasis)
            if held is not None:
                return held
        party = _ROLE_PARTY.match(flat)
        if party is not None and _role_noun(party.group("noun").casefold()):
            # role_party: a role and its party's or union's acronym ("…», poursuit le délégué SNSM", "la maire PS"):
            # the role renames the person named before as the role alone does, if the text named that body (a
            # union it never named brings in someone new); else nobody named, and the acronym stays
            self._flush()
            renamed = self.resolve(party.group("role"), detail)
            # (the office of another body is someone else's: "la maire LR" after "Anne Roe, maire de Paris")
            acronym = re.compile(rf"\b{party.group('party')}\b")
            known = (
                renamed.detail if _CAPITALISED_WORD.search(renamed.detail) else " ".join((self._headline, *self._read))
            )
            if renamed.named and acronym.search(known):
                return renamed
        head, comma, rest = phrase.partition(",")
        if phrase == PREVIOUS_SPEAKER or is_anaphora(phrase) or _anaphora_then_narration(head, comma, rest, self):
            # (an anaphora and the journalist's words after it: "le Premier ministre, avec l'assurance de…")
            phrase = head if comma and not is_anaphora(phrase) else phrase
            folded = phrase.casefold().strip()
            if folded in ("ce dernier", "cette dernière") and self.latest is not None:
                return self.latest
            if folded in ("l’intéressé", "l'intéressé", "l’intéressée", "l'intéressée"):
                about = self.protagonist()  # the person the article is about, not the last one named
                if about is not None:
                    return about
            described = _ROLE_ANAPHORA.match(" ".join(phrase.split()))
            noun = described.group("noun") if described else ""
            # (or with nobody the subject of a sentence yet: "Reçus par Anne Roe, la préfète, les élus ont…" then
            # "…, a raconté la préfète")
            if _role_noun(noun) and (self.last is None or not _described_as(noun, self.last.detail)):
                # "…», poursuit le syndicaliste" after a lawyer was named, or after someone named with no role: the
                # person described so, met before
                match = self.described(noun)
                if match is not None:
                    return match
                organisation = (
                    self._organisation is not None
                    and self.last is not None
                    and self.last.name == self._organisation.name
                    and not is_first_name(self.last.name.split()[0])
                    and len(self.last.name.split()) <= 2
                )
                if organisation or _NAMED_COMPLEMENT.search(phrase):
                    # a person's role never stands for the organisation quoted last ("Selon la ministre, …" after
                    # a union's release), and a role of a body named ("la présidente du CNQA") for someone not
                    # described so: the source is unnamed, its role kept
                    return _Person(UNKNOWN_SPEAKER, _DETERMINERS.sub("", " ".join(phrase.split()), count=1), False)
            if (
                self.last is not None
                and not self.last.detail
                and _role_noun(noun)
                and not _witness_for_office(self.last, noun)
            ):
                # epithet: the role renames the subject named with none ("Paul Roe est arrivé. « … », sourit le
                # cinéaste"), on the same terms as any definite description (see _epithet_for_subject); never an
                # office a witness named by the first name alone does not hold ("Omar" is no judge)
                renamed = self._epithet_for_subject(" ".join(phrase.split()).strip(" ,.;:"), speaking=True)
                if renamed is not None:
                    return renamed
            if (
                shown is not None
                and self.last is not None
                and not self.last.named
                and speaker_key(self.last.name) != speaker_key(shown.name)
            ):
                # unresolved: "…», soupire ce retraité" after "« … », note une cliente": a witness of another kind
                # shown now, someone new (see below)
                return shown
            if self.last is not None:
                # (of the gender the noun tells: "…», sourit l'actrice" after a journalist named Philippe is the
                # woman met before him, or nobody named)
                gender = _article_gender(phrase) or _described_gender(phrase)
                kept = _DETERMINERS.sub("", " ".join(phrase.split()), count=1)
                if _role_noun(noun) and (
                    self._holds_other_office(self.last, noun, kept) or _witness_for_office(self.last, noun)
                ):
                    # role_comparison: an office the text gave the person another of ("…», a ajouté la syndicaliste"
                    # after "Claire Roe, maire de Tulle"): someone new, unnamed, the office kept
                    return _Person(UNKNOWN_SPEAKER, kept, False)
                # (a pronoun that agrees with nobody describes no one: "Elle" is no description)
                return _agreeing(self.last, gender, self, "" if kept.casefold() in _PRONOUNS else kept)
            pronoun = phrase == PREVIOUS_SPEAKER or phrase.casefold().strip() in _PRONOUNS
            named = (self._just_named() or self._only_named()) if pronoun else None
            if named is not None:
                # pronoun: nobody was the subject of a sentence yet, but the text just before names a person in
                # full, anywhere in the sentence ("Le plan a été présenté par Jeanne Roe. […] « … », a-t-elle
                # ajouté"): the pronoun stands for that person.
                return self._people.get(_surname_key(named.name), named)
            kept = "" if pronoun else _DETERMINERS.sub("", phrase.strip(), count=1)
            about = None if pronoun else (self.protagonist() or self.most_named())
            if about is None and not pronoun and self.last is None:
                # epithet: with nobody the subject of a sentence yet, the press's substitute for a name takes up the
                # person the text just read names in full ("À peine reconduite…, Delphine Roe est à pied d'œuvre.
                # « … », sourit la dirigeante de 58 ans"), of the gender its article tells
                about = self._just_named(alone=True)
            if about is not None and about.named and _article_gender(phrase) in (None, person_gender(about)):
                # epithet: with nobody yet the subject of a sentence, the press's substitute for a name ("…», a
                # réagi l'Américaine de 30 ans" in a report on Mikaela Roe, named three times already) takes up
                # the person the article is about
                return _Person(about.name, about.detail or kept, True)
            if shown is not None:
                # unresolved: a witness the report shows with a demonstrative, met nowhere before ("…», soupire
                # ce retraité qui promène son chien"): someone new, unnamed, named by the noun as "un retraité" is
                return shown
            return _Person(UNKNOWN_SPEAKER, detail or kept, False)
        # ("l'ancien ministre Paul Roe": named; "Romain, âgé de 20 ans": the word without its comma)
        named_here = any(is_first_name(token) for token in re.findall(r"[\w’'-]+", flat))
        role_and_name = _ROLE_AND_NAME_END.search(flat)
        # (a role, then two capitalised words closing the phrase, a name no list knows: "le maire Youssouf Ambdi")
        named_here = named_here or (role_and_name is not None and _role_noun(role_and_name.group("noun")))
        # (or after the role's complement, set off by a comma or not: "le président du conseil électoral, Elvis
        # Roe", "le président du CNE Elvis Roe, homme de confiance du pouvoir")
        role_head = _DETERMINERS.sub("", flat, count=1).split(maxsplit=1)[:1] if not named_here else []
        if role_head and _role_noun(role_head[0].strip(",")) and _CAPITALISED_PAIR.search(flat):
            parsed, _, named = parse_speaker(flat)
            # (a first name no list knows is no French word either: "Sud Rail" names a union)
            named_here = named and _is_full_name(parsed) and parsed in flat and not is_french_word(parsed.split()[0])
        ranked = _RANK_AND_SURNAME.match(flat) if not named_here else None
        if (
            ranked is not None
            and _role_noun(ranked.group("rank"))
            and not is_french_word(ranked.group("surname").casefold())
        ):
            # (a rank or an office and the surname, as the press names an officer or an official: "le colonel Roe,
            # commandant le groupement", "le juge Roe"; the surname is no word of the language)
            named_here = True
        if (_FORMER_EPITHET.match(flat) or _AGE_APPOSITION.search(flat)) and not named_here:
            # epithet: a former office or the age, the press's periphrases for the person just named ("…», a
            # insisté l'ex-patron d'Exxonmobil, 65 ans" after "Rex Roe" was quoted): that person, so described
            self._flush()
            last = self.last
            # (of the gender the article gives: "la comédienne âgée de 63 ans" is not the producer named last)
            last = _agreeing(last, _article_gender(flat), self) if last is not None else None
            if last is not None and last.named:
                return _Person(last.name, _DETERMINERS.sub("", flat, count=1), True)
        organisation = _ORGANISATION_ANAPHORA.match(flat)
        if organisation is not None:
            # anaphora of an organisation: "l'entreprise", "la société chinoise", "le groupe" stand for the
            # organisation named before as a sentence's subject ("Alibaba peut-elle…").
            self._flush()
            if self._organisation is not None:
                return self._organisation
            return _Person(UNKNOWN_SPEAKER, _DETERMINERS.sub("", flat, count=1), False)  # no firm named before
        if phrase.startswith(POUR_EPITHET):
            # epithet: a definite description for the person named before ("Pour l'ex-député européen,
            # « … »"): that person, the description as detail; with nobody such before, the role speaks.
            phrase = phrase[len(POUR_EPITHET) :]
            flat = " ".join(phrase.split()).strip(" ,.;:")
            head, last = _epithet_head(phrase), self.last
            if (
                last is not None
                and last.named
                and is_first_name(last.name.split()[0])
                and (head in _DEED_NOUNS or _same_role(head, last.detail))
            ):
                return _Person(last.name, _DETERMINERS.sub("", " ".join(phrase.split()), count=1), True)
        indefinite = _ROLE_OF_INDEFINITE.match(flat)  # (an office in capitals too: "la DRH d'un grand groupe")
        if indefinite is not None and (
            _role_noun(indefinite.group("noun").casefold()) or indefinite.group("noun").isupper()
        ):
            # role_of_indefinite: a role held in a body the text leaves indefinite ("…», estime la psychologue d'un
            # établissement près de Poitiers", "la DRH d'un grand groupe") brings in someone new, never the person
            # named before: unnamed, named by the role
            return _Person(UNKNOWN_SPEAKER, detail or _DETERMINERS.sub("", flat, count=1), False)
        definite = _DEFINITE_ROLE.match(flat) if not named_here else None
        if (
            definite
            and _role_noun(definite.group("noun"))
            and self.last is not None
            and self.last.named
            and self._may_hold(self.last, definite.group("noun"), flat)
        ):
            # pronoun / anaphora by a definite description: "« … », se réjouit la présidente (LR) de la région"
            # right after the person was named: the same person (a definite article names someone known), and the
            # description is hers.
            last = self.last
            return _Person(last.name, _DETERMINERS.sub("", definite.group(0), count=1), True)
        # role_anaphora: a definite role with no name ("« … », indique le directeur national") takes up the person
        # the article described with that role, the most recent first ("Le directeur national de l'Économie
        # numérique, Abdel Roe, a ouvert…"); never someone described with another role only. (a body named with the
        # role must be the person's: "le patron de TSMC" is not "X, patron de Nvidia")
        match = self.taken_up(flat) if not named_here else None
        if match is not None:
            return _Person(match.name, _DETERMINERS.sub("", flat, count=1), True)
        if _ROLE_ANAPHORA.match(flat) is not None:
            # epithet: the office named by its periphrasis, the person described with the office ("le chef du
            # gouvernement" after "le Premier ministre, Luc Roe"): that person, described as the text first did
            match = self.described_by_synonym(_DETERMINERS.sub("", flat, count=1).casefold())
            if match is not None:
                return match
        capital = _CAPITAL_ROLE.match(flat.split(",", 1)[0].strip())  # ("…, interrogé sur…" after it: narration)
        if (
            capital
            and capital.group("city").casefold() in _CAPITALS
            and _role_noun(capital.group("noun"))
            and self.last is not None
            and self.last.named
            and _described_as(capital.group("noun"), self.last.detail)
            and (_STATE_BODY.search(self.last.detail) or capital.group("city") in self.last.detail)
        ):
            # capital_metonymy: the capital names its government ("…», a complété le porte-parole de Pékin" right
            # after "Guo Roe, un porte-parole du ministère des Affaires étrangères"): the person described so.
            return self.last
        # (the text read is scanned only when needed; a role with a name in it names that person: "le ministre de
        # l'Intérieur Paul Roe" after "en compagnie du secrétaire d'État Luc Doe," is no apposition to him)
        last = self.last if _DEFINITE.match(flat) and not named_here else None
        if last is not None and last.named:
            description = _DETERMINERS.sub("", flat, count=1)
            head = description.split()[0]
            if (
                _role_noun(head)
                and not _witness_for_office(last, head)
                and self._described_before(description, last.name)
            ):
                # the definite description the article gave the person in apposition, used again as the speaker
                # ("le professeur à HEC Montréal, Laurent Charlin" […] « … », avance le professeur à HEC Montréal).
                return _Person(last.name, description, True)
        of = _DOCUMENT_OF.match(flat)
        if of is not None and of.group("org"):  # "selon un communiqué de Nérée": the organisation whose document it is
            return _Person(of.group("org"), "", True)
        if of is not None:
            # a public body's release ("…», précise un communiqué de la préfecture du Var"): the body speaks, named as
            # "…», précise la préfecture" names it
            body = " ".join(of.group("body").split())
            return _Person(body[:1].upper() + body[1:], "", False)
        taken = self._epithet_for_subject(flat, speaking=True) if not named_here else None
        if taken is not None:
            return taken
        pointed = _DEMONSTRATIVE_COMPLEMENT.match(flat) if not named_here else None
        if pointed is not None and _role_noun(pointed.group("noun").casefold()):
            # a role whose complement a demonstrative points back to ("…», explique le patron de cette exploitation"
            # right after "Arnaud Roe a dû nourrir ses bêtes"): the subject the sentence before was about
            last = self.last
            gender = _article_gender(flat)
            if last is not None and last.named and (gender is None or person_gender(last) in (None, gender)):
                return _Person(last.name, _DETERMINERS.sub("", flat, count=1), True)
        taken = self._role_for_protagonist(flat) if not named_here else None
        if taken is not None:
            return taken
        taken = self._salient_for_role(flat) if not named_here else None
        if taken is not None:
            return taken
        name, parsed_detail, named = parse_speaker(phrase)
        if not name:
            return _Person(UNKNOWN_SPEAKER, detail, False)
        role_held = _AUDIENCE_TAIL.sub("", flat, count=1)  # ("le PDG de X devant les investisseurs")
        led = _ROLE_OF_NAMED_ORG.match(role_held)
        if not named and led is not None and _role_noun(led.group("noun")):
            # role_of_org as the speaker: "le patron d'Anthropic", "le fondateur de Facebook" for the person the
            # article is about (or the last named), named beside that organisation before ("Feu croisé sur
            # Anthropic… Dario Roe publie…"), with no other role given
            about = self.protagonist() or self.last
            described = _DETERMINERS.sub("", role_held, count=1)
            if about is not None and about.named and about.detail.casefold() == described.casefold():
                return about  # the role the text gave the person already
            if (
                about is not None
                and self._holds(about, led.group("org"), self._read[-1] if self._read else "")
                and not self._holds_other_office(about, led.group("noun"), described)
            ):
                return _Person(about.name, described, True)
        if not named and _VAGUE_SOURCE.match(phrase.strip()):
            # unresolved: the press's formulas for a source it keeps anonymous, an indefinite noun phrase that
            # names no role ("un acteur du secteur présent à la réunion", "un proche du dossier", "un bon connaisseur
            # du secteur"): nobody named, the phrase kept as the description.
            return _Person(UNKNOWN_SPEAKER, flat, False)
        # "le même communiqué", "le dernier rapport": the document named again is a document still.
        if not named and _document_words(name):
            # A document as the subject of the verb of saying ("…», indique le communiqué"): it speaks for the
            # organisation last the subject of a sentence; with none, the source is unnamed, not "Communiqué".
            self._flush()
            if self._institution is not None:
                return self._institution
            if self._organisation is not None:  # "Meta a ouvert… « … », précise un communiqué": Meta's release
                return self._organisation
            return _Person(UNKNOWN_SPEAKER, name.lower(), False)
        detail = detail.strip() or parsed_detail
        if named and len(name.split()) == 1:
            known = self._introduced(name)
            # (the civility may follow a medium's name: "…, a déclaré sur France Inter Mme Roe")
            if known is None and (civil or any(f"{word} {name}" in phrase for word in _CIVILITY_WORDS)):
                # civility_surname: "…, a déclaré Mme Roe" after "en compagnie de la ministre Aurélie Roe", named in
                # full anywhere in the text read, a complement too
                known = self.named_in_full(name)
            if known:
                # (the role given before over a relative clause of narration: "…, a déclaré Mme Roe, qui
                # s'exprimait à l'ouverture des assises")
                narration = bool(known.detail) and (
                    detail.startswith(("qui ", "qu’", "qu'"))
                    or detail.split(" ", 1)[0].casefold() in _COMPLEMENT_WORDS  # "depuis Taiwan", "à l'époque"
                )
                return _Person(known.name, known.detail if narration or not detail else detail, True)
        particle = _PARTICLE_SURNAME.match(name) if named else None
        if particle is not None:
            # particle_surname: the surname with its article or particle, as the press names a person again ("Le
            # Pen s'est dite…", "a déclaré de Villepin"): the person named in full before with that surname
            known = self._introduced(particle.group("surname"))
            if known is not None and known.name == name:
                # (met before by a civility and this surname: "Mme Le Pen a évoqué…", the full name given earlier)
                known = self._named_in_full(particle.group("surname")) or known
            if known is not None and _particle_surname_of(name, known):
                return known if not detail else _Person(known.name, detail, True)
        if named and len(name.split()) == 1 and is_first_name(name):
            # first_name_again: a portrait names its subject in full once, then by the first name alone ("Josette
            # Maréchal a 101 ans […] « … », raconte Josette"): the one person named in full with that first name
            known = self._named_by_first_name(name)  # (the text read so far, flushed)
            bare = next((p for p in reversed(self._seen) if p.named and p.name.split()[0] == name), None)
            if bare is not None and bare.name == name and bare.detail:
                # (the witness introduced by this first name alone and what he is, met since: "…», insiste Bruno"
                # after "Bruno, gérant d'un hôtel" spoke is the witness again)
                known = bare if known is None or _other_office(bare.detail, known, any_role=True) else known
            if known is not None and _other_office(detail, known):
                # (a first name given an office the person named in full does not hold is someone new, introduced
                # as the press introduces a witness: "…», déplore Bruno, gérant d'un hôtel" after the minister
                # "Bruno Roe" was quoted)
                known = None
            if known is not None:
                return known if not detail else _Person(known.name, detail, True)
        if named and len(name.split()) == 1 and not is_first_name(name) and not is_french_word(name.casefold()):
            # first_name_again with a first name no list knows: the person met in full with it ("…», raconte
            # Farmata Roe, locataire. […] « … », insiste Farmata"), when only one such person was met
            self._flush()
            met = {p.name: p for p in self._seen if p.named and len(p.name.split()) >= 2 and p.name.split()[0] == name}
            if len(met) == 1:
                known = next(iter(met.values()))
                return known if not detail else _Person(known.name, detail, True)
        initialled = _INITIAL_SURNAME.fullmatch(name) if named else None
        if initialled is not None:
            # initial_surname: the first name cut to its initial, as the press names again someone it named in full
            # ("…», explique C. Roe" after "Clément Roe, porte-parole"): that person
            known = self._introduced(initialled.group("surname").split()[-1])
            if (
                known is not None
                and known.name[:1] == initialled.group("initial")
                and speaker_key(known.name).endswith(speaker_key(initialled.group("surname")))
            ):
                return known if not detail else _Person(known.name, detail, True)
        # (where or when it was said after the name is narration: "…, a expliqué Jensen Roe devant des journalistes
        # à Taipei": the description given before holds)
        aside = named and bool(detail) and detail.split(" ", 1)[0].casefold() in _COMPLEMENT_WORDS
        if (named or _LOWER_PARTICLE_SURNAME.match(name)) and civil and (not detail or aside):
            # "Mme Ben Roe": a surname of two words after a civility, the person named in full before ("Leila Ben Roe");
            # a surname with its particle too ("M. de Roe" after "François de Roe"), where it was said after it
            known = self._introduced(name.split()[-1])
            if known is not None and speaker_key(known.name).endswith(speaker_key(name)):
                return known
        # (a relative clause after the full name is narration when the text described the person before: "…, a
        # déclaré Jérôme Roe, qui espère que…" after "le membre fondateur du Clap, Jérôme Roe")
        relative = named and detail.startswith(("qui ", "qu’", "qu'"))
        if named and (not detail or aside or relative):
            known = self._introduced(name.split()[-1])
            if known and speaker_key(known.name) == speaker_key(name) and (known.detail or not relative):
                return known if not aside or known.detail else _Person(known.name, "", True)
        if (
            aside
            and detail.split(" ", 1)[0].casefold() in _WHERE_SAID
            and not any(_role_noun(word) for word in words(detail))  # ("lors d'un point presse le ministre de…")
        ):
            # "…, déclare Olivier Roe sur BFMTV", "…, estime-t-elle auprès de Maddyness": the medium or the
            # occasion the words were said on is the journalist's narration, no description of the speaker
            detail = ""
        return _Person(name, detail, named)

    def _institution_written(self, head: str) -> str | None:
        """The one institution the text read names in full with the capitalised noun ``head`` first ("Agence
        nationale de sécurité du médicament", up to a verb or a punctuation mark); None if none, or two different."""
        self._flush()
        opening = re.compile(
            rf"\b{re.escape(head.capitalize())}(?P<rest>(?:\s+(?:[a-zà-ÿ’'-]+|[A-ZÀ-ÖØ-Þ][\w’'-]*)){{1,12}})"
        )
        found = set()
        for text in (self._headline, *self._read):
            for match in opening.finditer(text):
                kept = []
                for word in match.group("rest").split():
                    if word[:1].islower() and (
                        _finite_verb(word)
                        or reads_as_verb(word)
                        or is_speech_verb(word)
                        or word in FINITE_WORDS
                        or word.startswith(("qui", "que", "qu’", "qu'"))
                    ):
                        break
                    kept.append(word)
                while kept and kept[-1].casefold() in ("de", "du", "des", "la", "le", "et", "d’", "d'"):
                    kept.pop()
                if kept:
                    found.add(" ".join([head.capitalize(), *kept]))
        return found.pop() if len(found) == 1 else None

    def _completed_name(self, short: str) -> str | None:
        """The one name the text read gives that ``short`` opens, with one adjective more ("Agence spatiale" ->
        "Agence spatiale américaine"); None if none, or two different ones."""
        self._flush()
        completion = re.compile(rf"\b{re.escape(short)}\s+(?P<adjective>[a-zà-ÿ-]{{3,}})\b")
        found = {
            match.group("adjective")
            for text in (self._headline, *self._read)
            for match in completion.finditer(text)
            if match.group("adjective") not in _NOT_A_VERB_AFTER and not _finite_verb(match.group("adjective"))
        }
        return f"{short} {found.pop()}" if len(found) == 1 else None

    def _body_written(self, noun: str) -> str | None:
        """The public body of kind ``noun`` ("préfecture") the text read last names with its place or its name
        ("la préfecture des Hautes-Alpes", "le parquet de Paris"), capitalised as a source: "Préfecture des
        Hautes-Alpes"; None if it names none, or two different ones (either may speak)."""
        self._flush()
        found = [
            " ".join(match.group().split())
            for text in (self._headline, *self._read)
            for match in _BODY_WRITTEN.finditer(text)
            if match.group("noun").casefold() == noun
        ]
        if not found or len({speaker_key(f) for f in found}) > 1:
            return None
        return found[-1][:1].upper() + found[-1][1:]

    def _role_for_protagonist(self, flat: str) -> _Person | None:
        """protagonist_role: a definite role with no name ("…», s'est félicité le chef de l'État", "a ajouté le
        représentant de l'État dans ce département", "le négociateur en chef du Brexit s'en est pris…") takes up
        the person the article is about when that person is also the one met last, of the gender the article
        tells, and the text described nobody else with the role: the press renames its protagonist by office to
        avoid repeating the name, described as the journalist does there."""
        role = _definite_person_role(flat)
        if role is None:
            return None
        description, tokens, noun = role
        if len(tokens) == 2 and tokens[1][:1].isupper():
            return None  # (the role and a surname, "le président Roe": read with the surname)
        about = self.protagonist() or self.most_named()
        last = self.last
        if about is None or not about.named or last is None or last.name != about.name:
            return None
        gender = _article_gender(flat)
        if gender is not None and person_gender(about) not in (None, gender):
            return None
        if self._met_last(lambda p: p.name != about.name and p.named and _described_as(noun, p.detail)) is not None:
            return None
        if self._holds_other_office(about, noun, description):
            return None  # (the protagonist described with another office: "le préfet" is not "X, maire de Tulle")
        body = _BODY_NAMED.search(flat)
        if body is not None and _described_as(noun, about.detail) and body.group("body") not in about.detail:
            return None  # (the same office of another body: "le porte-parole de Pékin" after "X, porte-parole de Nexa")
        return _Person(about.name, description, True)

    def _holds_other_office(self, person: _Person, noun: str, description: str) -> bool:
        """role_comparison: whether the text gave ``person`` a public office that is not the public office ``noun``
        (of the ``description`` without its article), nor one the press renames by it: a wider name ("l'élu" for a
        maire, see _HYPERNYMS) or a periphrasis ("le premier magistrat", see _ROLE_SYNONYMS). Only an office of
        the State, the courts or an elected assembly, which a report gives no one it described otherwise ("le
        préfet" is not "X, maire de Tulle" nor "Y, directeur de l'hôpital"), and a part of a hearing, which no other
        part holds (_COURT_ROLES: "l'expert" is not "Me Roe, avocate"); the press renames people by descriptive
        nouns freely ("l'artisan" for a baker, "le professeur" for an economist)."""
        held = [w for w in re.findall(r"[\w-]+", person.detail.casefold()) if _role_noun(w)]
        if not held or _same_role(noun, person.detail):
            return False
        # (a hearing's parts are distinct people: "l'expert" is not "Me Roe, avocate", nor the court's president)
        presiding = _COURT_BODY.search(person.detail) is not None
        if noun.casefold() in _COURT_ROLES and any(
            w in _COURT_ROLES or (presiding and w in ("président", "présidente")) for w in held
        ):
            return True
        if noun.casefold() not in _PUBLIC_OFFICES:
            return False  # (a descriptive noun may rename anyone: "le syndicaliste" for a union's delegate)
        synonyms = _SYNONYM_PATTERNS.get(" ".join(description.casefold().replace("'", "’").split()), ())
        if any(pattern.search(person.detail.casefold()) for pattern in synonyms):
            return False
        detail = _periphrasis(person.detail)
        if any(
            detail.startswith(key) and any(office.split()[0] == noun.casefold() for office in offices)
            for key, offices in _ROLE_SYNONYMS.items()
        ):
            return False  # (nor the other way: "le ministre" after "le chef de la diplomatie, Paul Roe")
        # (a politician's wider role may come with any office: "X, élu de Tulle" or "conseiller régional" may be
        # "le maire"; another public office, or a role outside politics, may not)
        return all(w in _PUBLIC_OFFICES for w in held) or not any(w in _ELECTED or w in _HYPERNYMS for w in held)

    def _salient_for_role(self, flat: str) -> _Person | None:
        """salient_role: a definite role with no name after the verb of saying ("…», a expliqué la secrétaire
        générale de la CGT" after "selon Sophie Roe", the CGT named before) renames the person the reader has just
        met: the one met last, else the one the text just read names in full. The definite article presents someone
        known; the press renames a person by an office to avoid repeating the name.

        Only a person named in full, of the gender the phrase tells, and never when the text described someone
        else with the role, nor when it gave the person another office ("le représentant de l'État" after "le maire
        Marc Roe"; the press's periphrases of an office are _ROLE_SYNONYMS'). A role that relates the speaker to
        someone ("l'avocat de la famille", "sa mère") is the person's only when the text described the person so.
        The body the role names must be one the reader knows: the person's, or with no description given, one the
        text named already."""
        role = _definite_person_role(flat) if not re.search(r",\s*[A-ZÀ-ÖØ-Þ]", flat) else None
        if role is None:
            return None  # (a name in apposition after a comma: "le dirigeant du groupe, Rob Roe")
        description, tokens, noun = role
        if len(tokens) > 1 and tokens[1][:1].isupper():
            return None  # (the role and a name: "le maire Youssouf Roe", read with the name)
        self._flush()
        met = [self.last] if self.last is not None and self.last.named else []
        just = self._just_named()
        if just is not None:
            met.append(self._people.get(_surname_key(just.name), just))
        gender = _article_gender(flat) or _described_gender(description)
        relational = noun in _KINSHIP or _relational(flat)
        for person in met:
            if len(person.name.split()) < 2 or not is_first_name(person.name.split()[0]):
                continue
            if gender is not None and person_gender(person) not in (None, gender):
                continue
            if self._met_last(lambda p, name=person.name: p.name != name and p.named and _described_as(noun, p.detail)):
                return None
            if not _described_as(noun, person.detail) and (relational or not _same_role(noun, person.detail)):
                continue
            if person.detail and not _bodies_in(description, person.detail):
                continue  # (the same office of another body: "le patron de TSMC" after "X, patron de Nvidia")
            if not person.detail and not _complement_known(description, " ".join(self._read)):
                # (a body the text never named presents someone new: "le professeur à l'université de Liège", "le
                # patron de la coopérative laitière" after a farmer was named)
                continue
            # (described as the text first did when that named the body, "proviseur du lycée" over "chef
            # d'établissement"; else as here, "PDG de Lumeria" over "fondateur")
            bodied = re.search(r"\s(?:de|du|des|d[’'])\s*\w|\s[A-ZÀ-ÖØ-Þ]", person.detail)
            return _Person(person.name, person.detail if bodied else description, True)
        return None

    def _named_by_first_name(self, first: str) -> _Person | None:
        """The one person the text read so far names in full with this first name, if exactly one (see resolve).

        The headline counts (portrait: "LA CRÉATRICE / Gaëlle Roe" over a text that calls her "Gaëlle" throughout)."""
        self._flush()
        # (and the people met so far, a speaker named in an incise too: "« …, explique Jeff Roe. … »")
        met = (p.name for p in self._people.values() if p.named)
        names = (*(p.name for p in self._headline_people), *self._full_names(), *met)
        found = {speaker_key(n): n for n in names if n.split()[0] == first and len(n.split()) >= 2}
        if len(found) != 1:
            return None
        name = next(iter(found.values()))
        known = self._people.get(_surname_key(name))
        # (a relative sharing the surname is met under the same key: "Florian et Sébastien Roe")
        return known if known is not None and known.name.split()[0] == first else _Person(name, "", True)

    def _pair_named(self) -> tuple[_Person, _Person] | None:
        """The two people the paragraph read so far names last together ("Fathia et Jocelyne", "Anne Roe et Paul
        Doe"), each a first name a list knows or a name no dictionary knows (see ordinal_of_pair)."""
        self._flush()
        found = None
        for match in _NAMED_PAIR.finditer(" ".join(self._read[self._paragraph :])):
            names = [" ".join(match.group(group).split()) for group in ("first", "second")]
            firsts = [name.split()[0] for name in names]
            if (
                any(is_first_name(first) for first in firsts)
                and not any(is_french_word(first.casefold()) and not is_first_name(first) for first in firsts)
                and not any(speaker_key(name) in self.not_people for name in names)
            ):
                found = (self._known_or_new(names[0]), self._known_or_new(names[1]))
        return found

    def _just_named(self, alone: bool = False) -> _Person | None:
        """The person named in full last in the text just read: a common first name and a capitalised surname;
        with ``alone``, only when that text names nobody else in full."""
        found = None
        keys = set()
        for match in _FULL_NAME.finditer(self._read[-1] if self._read else ""):
            name = f"{match.group('first')} {match.group('surname')}"
            if speaker_key(name) in self.not_people:
                continue
            if is_first_name(match.group("first")):
                found = _Person(name, "", True)
                keys.add(speaker_key(name))
            elif is_unlisted_name(name):
                keys.add(speaker_key(name))  # (someone else perhaps, a first name no list knows: "Mikaela Roe")
        return found if not alone or len(keys) == 1 else None

    def _only_named(self) -> _Person | None:
        """The one person named in full in all the text read so far, when there is exactly one ("Pour arracher cette
        interview à Sofiane Roe, […] « … », nous a-t-il dit"): whom a pronoun can only stand for."""
        found: dict[str, _Person] = {}
        for name in self._full_names():
            found.setdefault(speaker_key(name), _Person(name, "", True))
        return next(iter(found.values())) if len(found) == 1 else None

    def _full_names(self) -> Iterator[str]:
        """The people's names the text read so far gives in full, wherever, in order, each time it gives them."""
        for text in self._read:
            for match in _FULL_NAME_ANYWHERE.finditer(text):
                name = f"{match.group('first')} {match.group('surname')}"
                # (a first name no list knows counts when no dictionary knows either word, "Sofiane Roe", and no
                # article stands before it: "la Silicon Valley" is a place)
                unlisted = is_unlisted_name(name) and not _ARTICLE_BEFORE.search(text, 0, match.start())
                person = is_first_name(match.group("first")) or unlisted
                if person and speaker_key(name) not in self.not_people:
                    yield name
                    shared = _FIRST_NAME_AND.search(text, max(0, match.start() - 30), match.start())
                    if shared is not None and is_first_name(shared.group("first")):
                        # shared_surname: "Florian et Sébastien Roe", two first names and the surname they share
                        # (a couple, siblings): "Florian" later is Florian Roe
                        yield f"{shared.group('first')} {match.group('surname')}"

    def most_named(self) -> _Person | None:
        """The person the text read so far names in full clearly more often than anyone else (twice at least, and
        at least twice as often as the next), wherever the name stands: whom the article is about."""
        self._flush()
        counts: dict[str, int] = {}
        first: dict[str, str] = {}
        for name in self._full_names():
            counts[speaker_key(name)] = counts.get(speaker_key(name), 0) + 1
            first.setdefault(speaker_key(name), name)
        leader = _clear_leader(counts)
        if leader is None:
            return None
        name = first[leader]
        return self._people.get(_surname_key(name), _Person(name, "", True))

    def introduced(self, surname: str) -> bool:
        """Whether the text read so far named someone in full with this surname."""
        return self._introduced(surname) is not None

    def _introduced(self, surname: str) -> _Person | None:
        """The person named in full with this surname so far (the latest), if any.

        Looks at the queued text that contains the surname only, without
        scanning the rest: a speaker named in full needs no more than that.
        """
        key = speaker_key(surname)
        found = self._people.get(key)
        for item in self._queue:
            if isinstance(item, _Person):
                if item.named and len(item.name.split()) > 1 and _surname_key(item.name) == key:
                    found = item if item.detail or found is None or speaker_key(found.name) != key else found
                continue
            if not isinstance(item, str) or surname not in item:  # (a paragraph's start, or text without the name)
                continue
            people = self._people
            self._people = dict(people)  # a scan of this text alone, kept apart
            saved, read = (self._last, self._latest, self._mentions), len(self._read)
            self._mentions = dict(self._mentions)
            self._scan(item)
            new = self._people.get(key)
            again = found is not None and speaker_key(found.name) == speaker_key(new.name) if new else False
            if new is not None and not (again and found is not None and found.detail and not new.detail):
                found = new  # named again without a description: the one given the first time still holds
            self._people, (self._last, self._latest, self._mentions) = people, saved
            del self._read[read:]  # the text scanned ahead is read for real in its turn
        return found


def _clear_leader(counts: dict[str, int]) -> str | None:
    """The key counted clearly more often than any other: twice at least, and at least twice as often as the next
    (whom an article is about)."""
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return ranked[0][0]


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


# A body as the subject opening a sentence: its kind, or its acronym, with its article ("La mairie a publié…",
# "La SNCF annonce…", "L'organisation a dit…"), its place or name after "de" perhaps ("La préfecture du Var").
_BODY_OPENING = re.compile(
    rf"^(?:(?:[Ll]a|[Ll]e)\b|[Ll][’'])\s*(?P<np>(?P<noun>{_PUBLIC_BODY_KINDS}|ville|municipalité|commune|région|police"
    r"|direction|entreprise|société|organisation|association|fédération|commission|agence|autorité|compagnie"
    r"|enseigne|plateforme|[A-Z]{2,6})"
    r"(?:\s+(?:de\s+la|de\s+l[’']|du|des|de|d[’'])\s*[A-ZÀ-ÖØ-Þ][\w’'-]*(?:[\s-][A-ZÀ-ÖØ-Þ][\w’'-]*)*)?)"
    r"\s+(?:a|avait|est|était|s[’']est|se|n[’']a|ne|[a-zà-ÿ]{3,})\b"
)
_MASCULINE_BODIES = frozenset({"ministère", "rectorat", "parquet"})


def _body_subject(sentence: str, gender: str | None) -> _Person | None:
    """The body ``sentence`` opens on as its subject (:data:`_BODY_OPENING`), when its gender is ``gender``, and no
    person is named in the sentence; None otherwise."""
    found = _BODY_OPENING.match(sentence.strip())
    if found is None or gender is None or any(is_first_name(w) for w in re.findall(r"[\w’'-]+", sentence)):
        return None
    noun = found.group("noun")
    article = sentence.strip()[:2].casefold()
    own = "m" if article == "le" or noun.casefold() in _MASCULINE_BODIES else "f"
    if noun.isupper():  # (an acronym's gender is its article's: "La SNCF", "Le CNRS"; "L'OIM" tells none)
        own = {"la": "f", "le": "m"}.get(article, gender)
    if own != gender:
        return None
    np = " ".join(found.group("np").split())
    return _Person(np[:1].upper() + np[1:], "", False)


def _last_text_block(blocks: list[Block]) -> int:
    """The index of the article's last paragraph or list of its text (not its writer's note), or -1."""
    return max(
        (i for i, b in enumerate(blocks) if b.kind in (Kind.PARAGRAPH, Kind.LIST) and b.role not in ("about", "note")),
        default=-1,
    )


@dataclass
class _Candidate:
    block: Block
    text: str  # the paragraph or item text the quotation is in
    found: _Found
    person: _Person
    # who says the words of a quotation left open that nothing attributes, if the copy cut it or lost its closing
    # mark (see copy_cut, lost_close)
    fallback: _Person | None = None
    heading: bool = False  # a pull quote set as an intertitle: its speaker is the section's below (see extract)


def extract(
    article: Article, corrections: Mapping[str, object] | None = None, not_people: frozenset[str] = frozenset()
) -> list[Quote]:
    """Every quotation of an article, in reading order, with stable anchors.

    An inline quotation's anchor is a hash of its words, with -2, -3… when the
    same words are quoted again or the hash is another block's anchor.
    ``corrections`` is the article's front matter: ``not_quotes`` (fragments of
    quotations that are not ones) and ``speakers`` (fragment -> speaker).
    ``not_people``: keys (:func:`speaker_key`) of names known not to be persons
    (organisations, models), which a pronoun never stands for.
    """
    fixes = corrections or {}
    not_quotes = [_normal(s) for s in _strings(fixes.get("not_quotes"))]
    speakers = {_normal(k): str(v) for k, v in _mapping(fixes.get("speakers")).items()}
    quotes: list[Quote] = []
    taken = {b.anchor for b in article.blocks}
    context = _Context(not_people)
    context.know_headline(article.title or "")
    candidates: list[_Candidate | Quote] = []
    previous: str | None = None  # text of the previous paragraph or item
    previous_quoted = False  # whether it held a quotation (a quotation-only paragraph after it continues it)
    open_quote: _Candidate | None = None  # a quotation running over several paragraphs
    interviewee: _Person | None = None  # the person an interview page is with ("Interview exclusive de X, rôle")
    read_paragraph = False  # whether a paragraph was read yet (above the first one, a name signs the article)
    last_block = _last_text_block(article.blocks)
    for number, block in enumerate(article.blocks):
        if block.role in ("about", "note"):
            continue
        context.new_paragraph()
        lead = None if interviewee is not None else _interview_lead(block.text)
        if lead is not None:
            # the interviewee is met here, even in a heading: the pronoun of the answers stands for this person
            interviewee = lead
            context.remember(lead)
        if block.kind is Kind.HEADING:
            previous, previous_quoted, open_quote = None, False, None  # a pull-quote heading is never scanned
            line = _uncapitalised_name_line(block.text)
            if _NAME_LINE.match(line) or _NAME_LINE_APPOSED.match(line) or _witness_line(line):
                previous = block.text  # (a name set as a heading above the person's words: see _standalone_speaker)
            continue
        if block.kind is Kind.QUOTE:
            if block.attribution:
                name, detail, named = parse_speaker(block.attribution)
                person = context.resolve(block.attribution) if is_anaphora(name) else _Person(name, detail, named)
            else:
                intro = _lead_in(previous) if previous else None
                if intro is None:
                    previous, previous_quoted = block.text, False
                    continue
                person = context.resolve(intro.speaker, intro.detail)
            context.remember(person)
            candidates.append(_quote(article, block, block.text, person, block.anchor))
            previous, previous_quoted = block.text, True
            continue
        texts = [block.text] if block.kind is Kind.PARAGRAPH else [t for _, t in block.items]
        for segment, text in enumerate(texts):
            if open_quote is not None:
                open_quote = _continue(open_quote, text, context)
                if open_quote is not None:
                    previous, previous_quoted = text, True
                    if not open_quote.found.open:
                        open_quote = None
                    continue
            lead_in = previous if previous is not None and previous.rstrip().endswith(":") else None
            labelled = None  # the person a name line just above this paragraph sets over it
            if previous is not None and not previous_quoted and (read_paragraph or not _NAME_LINE.match(previous)):
                label = _name_line_speaker(previous, context)
                if label is not None:
                    # speaker_line_before: a round-up's name line above a paragraph that brings in the words with no
                    # name ("Marie Roe, maire de Lorgues" then "Elle décrit les dégâts : « … »", "État des lieux :
                    # « … »"): the pronoun and the bare lead-in stand for that person
                    labelled = context.resolve(*label)
                    context.remember(labelled)
            following = article.blocks[number + 1] if number + 1 < len(article.blocks) else None
            next_text = (
                following.text
                if following is not None
                # (a source line with no stop reads as a heading: "Jeanne Roe, Elle, 4 décembre 2025")
                and (
                    following.kind is Kind.PARAGRAPH
                    or (following.kind is Kind.HEADING and _source_line(following.text))
                )
                else None
            )
            # (a quotation set apart whose author the next paragraph names is his, not the last speaker's)
            named_next = next_text is not None and (
                _said_after(next_text) is not None or _heading_quote_subject(text, next_text, context) is not None
            )
            follow = _follow_on(text) if previous_quoted and candidates and not named_next else None
            # (the copy's last text: no paragraph nor list item after it, see copy_cut)
            last = number == last_block and segment == len(texts) - 1
            found_here = (
                [follow]
                if follow is not None
                else inline_quotations(
                    text, lead_in, interviewee is not None, last, lost_open=block.kind is Kind.PARAGRAPH
                )
            )
            if not found_here and interviewee is None and next_text is not None:
                # pull_quote_heading: a short quotation alone as a paragraph with no verb around it, narration below
                # ("« On en appelle au civisme »"): an intertitle, whose words the section below gives to someone
                # (see _heading_speakers); inline, nothing claims it
                found_here = _intertitle(text, next_text)
            if named_next and all(found.how == "unattributed" for found in found_here):
                # (a quotation set apart whose author the next paragraph names: its words, his)
                found_here = _alone_before_signature(text) or found_here
            if block.marks:  # never a quotation inside a Markdown link or code
                found_here = [found for found in found_here if not block.opaque(segment, found.start, found.end)]
            position = 0
            for found in found_here:
                context.mention(text[position : found.start])
                position = found.end
                unclaimed: _Person | None = None  # (who says a pending quotation's words, see below)
                heading = False
                if (
                    found.how in ("follow", "standalone")
                    and interviewee is None
                    and labelled is None
                    and _pull_quote_heading(text, found, next_text)
                ):
                    # pull_quote_heading: words set apart as an intertitle open a section; never the words of the
                    # person quoted above it going on. The section's speaker below, else nobody named (see after).
                    person = _standalone_speaker(text, found, context, None, next_text) or _Person(
                        UNKNOWN_SPEAKER, "", False
                    )
                    heading = person.name == UNKNOWN_SPEAKER
                elif found.how == "follow":
                    person = _last_person(candidates[-1])
                elif found.how == "unattributed":
                    person = (
                        _thread_speaker(text[: found.start], context) or labelled or _Person(UNKNOWN_SPEAKER, "", False)
                    )
                elif found.how == "standalone":
                    earlier = candidates[-1] if candidates and (previous_quoted or position) else None
                    before_text = previous if not previous_quoted else None
                    if before_text is not None and not read_paragraph and _NAME_LINE.match(before_text):
                        before_text = None  # (a name above the first paragraph of text is the writer's)
                    standalone = _answer_speaker(earlier, text, found, context)
                    if standalone is None:
                        standalone = _standalone_speaker(
                            text, found, context, earlier, next_text, before_text, labelled
                        )
                    if (
                        standalone is None
                        and interviewee is not None
                        and not text[: found.start].strip()
                        and not text[found.end :].strip(" .…")
                    ):
                        # pull_quote_heading: a quotation set apart as a paragraph of its own (exergue) on an
                        # interview page, no verb, nobody named around: the interviewee's words.
                        standalone = interviewee
                    if (
                        standalone is None
                        and not previous_quoted
                        and previous is not None
                        and asks(previous)
                        and not text[: found.start].strip()
                    ):
                        # interview_turn: the answer set in marks under the journalist's question (« – Que
                        # proposez-vous ? »): the interviewee's words, unnamed if the page never names them
                        standalone = interviewee or _Person(UNKNOWN_SPEAKER, "", False)
                    if standalone is None and _unattributed(" ".join(found.parts)):
                        # unattributed: a sentence of someone's words set apart that nobody around claims keeps its
                        # marks' meaning, as inline (see inline_quotations): kept, the person the report follows as
                        # its source, else unnamed
                        standalone = _followed_person(text, found, next_text, context) or _Person(
                            UNKNOWN_SPEAKER, "", False
                        )
                    if standalone is None:
                        continue
                    person = standalone
                elif found.how == "pending":
                    # A quotation left open that nothing attributes yet: who says it if the copy cut it (copy_cut)
                    # or lost its closing mark (lost_close) is read as for words set apart (see
                    # _standalone_speaker), not the speaker quoted before by default (the lost attribution may have
                    # named anyone), except under a paragraph of quoted words, which it goes on; else unnamed.
                    unclaimed = _standalone_speaker(
                        text, found, context, None, None, previous if not previous_quoted else None, labelled
                    )
                    if unclaimed is None and previous_quoted and candidates and not last:
                        unclaimed = _last_person(candidates[-1])
                    unclaimed = unclaimed or _Person(UNKNOWN_SPEAKER, "", False)
                    person = context.resolve(found.speaker_phrase, found.detail)
                else:
                    person = context.resolve(found.speaker_phrase, found.detail)
                    if found.speaker_phrase == PREVIOUS_SPEAKER:
                        gender = _pronoun_gender(text[found.end : found.end + 40])
                        gender = gender or _incise_gender(text[found.start : found.end])
                        # (or the pronoun subject of the lead-in: "Il avait dit à une voisine : « … »")
                        lead = _PRONOUN_AFTER_OPENINGS.match(_sentence_of(text[: found.start]).strip())
                        if gender is None and lead is not None:
                            gender = "f" if lead.group("pronoun").casefold() == "elle" else "m"
                        person = _agreeing(person, gender, context)
                        same = _sentence_of(text[: found.start]).strip()
                        body = _body_subject(same or _sentence_of(previous or "").strip(), gender)
                        if body is not None and (same or person.name == UNKNOWN_SPEAKER):
                            # body_pronoun: the pronoun takes up the public body or the firm the sentence right
                            # before has as its subject, of its gender, naming no person ("La mairie a publié un
                            # message sur son site. « … », précise-t-elle"): the body speaks, not a woman named
                            # earlier; across a paragraph break, only when nobody else agrees
                            person = body
                    elif is_anaphora(found.speaker_phrase.split(",", 1)[0]) and not _SAME_SOURCE.match(
                        found.speaker_phrase.strip()  # (a source's gender is no person's: see same_source)
                    ):  # "la trentenaire, interrogée par…"
                        described = _ROLE_ANAPHORA.match(" ".join(found.speaker_phrase.split(",", 1)[0].split()))
                        if (described is None or not _described_as(described.group("noun"), person.detail)) and not (
                            _periphrasis(found.speaker_phrase) in _ROLE_SYNONYMS and person.named
                        ):
                            # (a role the person was described with names her, whatever its article's gender)
                            fallback = _DETERMINERS.sub("", " ".join(found.speaker_phrase.split()), count=1)
                            fallback = "" if fallback.casefold() in _PRONOUNS else fallback
                            person = _agreeing(person, _article_gender(found.speaker_phrase), context, fallback)
                if not heading:
                    context.remember(person)
                candidate = _Candidate(block, text, found, person, unclaimed, heading)
                candidates.append(candidate)
                if found.open:
                    open_quote = candidate
            context.mention(text[position:])
            previous, previous_quoted = text, bool(found_here)
        read_paragraph = read_paragraph or block.kind is Kind.PARAGRAPH
    if open_quote is not None and open_quote.found.how == "pending" and open_quote.fallback is not None:
        # copy_cut: the last text of the copy opens a quotation that nothing closes, as a paste of a paywalled or
        # truncated page stops mid-sentence; the attribution that would close it is lost
        open_quote.person, open_quote.found.how = open_quote.fallback, "cut"
    # A quotation over several paragraphs that nothing attributed, at its start or its end, is not one.
    candidates = [c for c in candidates if not (isinstance(c, _Candidate) and c.found.how == "pending")]
    _heading_speakers(article, candidates)
    for item in _without_repeats(candidates):
        if isinstance(item, Quote):
            quotes.append(item)
            continue
        found = item.found
        # (a comma the page set inside the closing mark, before the incise: "« …ailleurs, » lâche X": punctuation of
        # the sentence around, not of the words quoted)
        joined = " […] ".join(part.rstrip(" ,") or part for part in found.parts if part.strip())
        if not words(joined):
            continue  # (marks around nothing, or an incise's leftover: no words, no quotation)
        if found.open and joined.rstrip()[-1:] not in ".!?…":
            # (copy_cut: a quotation still open at the copy's end, mid-sentence, stops where the copy does, and says so)
            joined = joined.rstrip(" ,;:") + "…"
        base = f"q-{short_hash(' '.join(found.parts))}"
        anchor, n = base, 2
        while anchor in taken:
            anchor, n = f"{base}-{n}", n + 1
        taken.add(anchor)
        item.block.spans.append((item.text, found.start, found.end, anchor))
        quote = _quote(article, item.block, joined, item.person, anchor)
        quote.inline = True
        quotes.append(quote)
    headline = None if article.title_derived else headline_quotation(article.title)
    if headline is not None:
        quotes = _with_headline(article, headline, quotes, context, interviewee)
    _described_throughout(quotes, context)
    return _corrected(quotes, not_quotes, speakers)


HEADING_QUOTE_WORDS = 20  # a pull quote set as an intertitle is at most this long
SECTION_BLOCKS = 3  # a pull quote's section: the blocks right below it whose first attributed words give its speaker


def _pull_quote_heading(text: str, found: _Found, next_text: str | None) -> bool:
    """pull_quote_heading: a paragraph that is only a short quotation, no stop closing its words nor after them
    (« Les décors sont à couper le souffle »), with narration below it: the intertitle a page sets in marks over
    the section that quotes the words, not a witness's sentence set apart (« C'est dur. », with its stop)."""
    if text[: found.start].strip() or text[found.end :].strip() or found.open:
        return False
    inner = " ".join(found.parts).strip()
    return (
        bool(inner)
        and inner[-1:] not in ".:;,"
        and len(words(inner)) <= HEADING_QUOTE_WORDS
        and next_text is not None
        # (narration below, a sentence of its own: not the attribution the copy set on the next line, ", a-t-il
        # témoigné", nor more words in marks)
        and next_text.lstrip()[:1].isupper()
    )


def _intertitle(text: str, next_text: str) -> list[_Found]:
    """The quotation a paragraph is made of alone, when it reads as a pull quote set as an intertitle (see
    _pull_quote_heading): a sentence's words, two at least, not a label; else none."""
    if QUOTE_MARKS.match(text.lstrip()) is None:
        return []  # (nothing but the quotation, a mark first: most paragraphs are not read for spans again)
    quoted = spans(text)
    if len(quoted) != 1 or quoted[0].open:
        return []
    span = quoted[0]
    found = _Found([span.inner.strip()], "", span.start, span.end, how="standalone")
    inner = found.parts[0]
    if len(words(inner)) < 2 or not looks_like_quotation(inner) or not _pull_quote_heading(text, found, next_text):
        return []
    return [found]


def _heading_speakers(article: Article, candidates: list[_Candidate | Quote]) -> None:
    """A pull quote set as an intertitle (see _pull_quote_heading) that nobody around claims is the words of the
    person the section below it quotes first, within SECTION_BLOCKS blocks, named; else nobody named."""
    if not any(isinstance(candidate, _Candidate) and candidate.heading for candidate in candidates):
        return
    index = {id(block): number for number, block in enumerate(article.blocks)}
    for position, candidate in enumerate(candidates):
        if not isinstance(candidate, _Candidate) or not candidate.heading:
            continue
        start = index[id(candidate.block)]
        said = content_words(" ".join(candidate.found.parts)) - _FUNCTION_WORDS
        for later in candidates[position + 1 :]:
            if not isinstance(later, _Candidate) or index[id(later.block)] - start > SECTION_BLOCKS:
                break
            if later.heading:
                break
            # (the intertitle takes up the words quoted below, in part: "Les reclassements, on sait que ça va être
            # compliqué" over "« …, les reclassements vont être compliqués »"; words of its own are nobody's named)
            shared = said & content_words(" ".join(later.found.parts))
            if later.person.named and len(shared) >= min(2, len(said)):
                candidate.person = later.person
                break


def _described_throughout(quotes: list[Quote], context: _Context) -> None:
    """described_elsewhere: a person named in full whose words come with no description where they are quoted
    ("…», a-t-il conclu") is described as the article describes that person elsewhere: in the attribution of
    their other words, else where the text presents them ("Jean Roe, médecin généraliste, …"). The quote index then
    describes each speaker the same way."""
    given: dict[str, str] = {}
    for quote in quotes:
        if quote.named and _says_what_one_is(quote.speaker_detail):
            given.setdefault(speaker_key(quote.speaker), quote.speaker_detail)
    for quote in quotes:
        if not quote.named or quote.speaker_detail or len(quote.speaker.split()) < 2:
            continue
        detail = given.get(speaker_key(quote.speaker))
        if detail is None:
            known = context.known(quote.speaker)
            detail = known.detail if known is not None and _says_what_one_is(known.detail) else None
        if detail:
            quote.speaker_detail = detail


def _says_what_one_is(detail: str) -> bool:
    """Whether a speaker's description says what the person is, a role first ("directeur d'un Ehpad", "l'ancien
    maire", "astronome"), not the journalist's narration kept with it ("visiblement contrarié…")."""
    head = _EPITHET_ADJECTIVE.sub("", _DETERMINERS.sub("", detail.strip(), count=1), count=1).split(" ", 1)[0]
    return bool(head) and (_role_noun(head.strip(",")) or head.strip(",") in _PERSON_NOUNS_IN_ANT)


HEADLINE_ANCHOR = ""  # a headline quotation links to its article page itself: the top, where the title is


def _with_headline(
    article: Article, headline: Headline, quotes: list[Quote], context: _Context, interviewee: _Person | None = None
) -> list[Quote]:
    """The article's quotations with its citation-titre, counted once.

    When the body quotes the same words (maybe more of them), the body's quotation is the one kept, with its
    anchor in the text; it takes the headline's speaker when nothing in the body named one. Otherwise the
    headline's quotation comes first, said by the person the headline names (resolved against the whole text:
    "LeCun : « … »" is the Yann LeCun the article names), and links to the top of the article page
    (:data:`HEADLINE_ANCHOR`, no fragment): a title has no anchor of its own in the page. A headline that is a
    quotation and nothing else, on an interview page, is the interviewee's words.
    """
    if is_anaphora(headline.speaker):  # "Le président hausse le ton : « … »": the person the article is about
        about = context.protagonist()
        person = about or _Person(UNKNOWN_SPEAKER, _DETERMINERS.sub("", headline.speaker, count=1), False)
    else:
        person = context.resolve(headline.speaker, headline.detail) if headline.speaker else None
    if headline.surname and person is not None and person.name == headline.speaker:
        # "Rivière rassure…", "Deschamps : « … »" name a person only when the text names Paul Rivière in full,
        # wherever ("C'est sans enthousiasme que Didier Deschamps s'est exprimé")
        person = context.named_in_full(headline.speaker)
    mine = _normal(headline.text)
    for quote in quotes:
        theirs = _normal(quote.text)
        if mine in theirs or (theirs in mine and len(theirs.split()) >= 3):
            if quote.speaker == UNKNOWN_SPEAKER and person is not None and person.name != UNKNOWN_SPEAKER:
                quote.speaker = quote.raw_speaker = person.name
                quote.speaker_detail, quote.named = person.detail, person.named
            return quotes
    if person is None or person.name == UNKNOWN_SPEAKER:
        # headline_quote condensed from the body's ("« C'est la ruée vers l'or en IA »" for « C'est la ruée vers l'or
        # en ce moment en intelligence artificielle »): the same opening words, the same speaker.
        # (or the same closing words: "« Mon maïs devrait faire au moins 1m50 de plus »" for « Là, il fait 50
        # centimètres, il devrait faire au moins 1m50 de plus »)
        opening, closing = mine.split()[:5], mine.split()[-5:]
        for quote in quotes:
            theirs = _normal(quote.text).split()
            same = len(opening) == 5 and (theirs[:5] == opening or theirs[-5:] == closing)
            if same and quote.speaker != UNKNOWN_SPEAKER:
                person = _Person(quote.speaker, quote.speaker_detail, quote.named)
                break
    if (person is None or person.name == UNKNOWN_SPEAKER) and (not headline.speaker or headline.surname):
        # headline_quote on an interview page ("« … »" over "Entretien avec …, X"), or over a standfirst that opens
        # with the person who said it
        person = interviewee or _standfirst_subject(article) or person
    person = person or _Person(UNKNOWN_SPEAKER, "", False)
    quote = Quote(
        id=f"{article.id}-titre",
        text=" ".join(headline.text.split()),
        speaker=person.name,
        speaker_detail=person.detail,
        article=article.id,
        anchor=HEADLINE_ANCHOR,
        named=person.named,
        inline=True,
    )
    return [quote, *quotes]


def _standfirst_subject(article: Article) -> _Person | None:
    """headline_quote: the person the first paragraph opens with, named in full, as the subject of its first sentence
    ("Marie X, présidente de la CNIL, défend…" under « … »): the French press's quotation headline, whose standfirst
    says who spoke, or a witness presented by the first name ("Claire, habitante de…, témoigne", "Dimanche, Loïc ne
    s'est pas levé…", see :func:`_witness_presented`). Not a pronoun nor a role."""
    first = next((b for b in article.blocks if b.kind is Kind.PARAGRAPH and b.role not in ("about", "note")), None)
    if first is None:
        return None
    sentence = first.text.split(". ", 1)[0]
    witness = _witness_presented(sentence)
    if witness is not None:
        # (a witness the standfirst presents by the first name, after a phrase of time or place perhaps: "Dimanche
        # 10 avril, Loïc ne s'est pas levé seulement pour voter")
        return _Person(*witness, True)
    found = _subject(sentence)
    if found is None or not sentence.startswith(found.speaker.split()[0]):
        return None
    if " " not in found.speaker and is_first_name(found.speaker) and found.detail:
        # (a witness the press names by the first name, described: "Claire, habitante de l'immeuble, témoigne…")
        return _Person(found.speaker, found.detail, True) if _witness_description(found.detail) else None
    if not _is_full_name(found.speaker):
        return None
    if not is_person_name(found.speaker):
        return None  # a firm's name ("Septeo Solutions Avocats lance…"): the standfirst is about it, it said nothing
    return _Person(found.speaker, found.detail, True)


def _pronoun_gender(after: str) -> str | None:
    """ "f" or "m": the gender of the inverted pronoun that opens ``after`` ("…, résume-t-elle")."""
    pronoun = _PRONOUN_AFTER.match(after)
    return None if pronoun is None else ("f" if pronoun.group("pronoun") == "elle" else "m")


def _incise_gender(quoted: str) -> str | None:
    """ "f" or "m": the gender of the inverted pronoun of the incises inside a quotation, when they agree."""
    found = {match.group("pronoun") for match in _PRONOUN_INCISE.finditer(quoted)}
    return None if len(found) != 1 else ("f" if found == {"elle"} else "m")


def _article_gender(phrase: str) -> str | None:
    """ "f" or "m": the gender an anaphora's article tells ("la trentenaire", "ce dernier"); "l'" tells none, nor
    "le" before an office whose noun is the same for both: the press long gave a woman's office the masculine
    ("Madame le maire"), and many papers still do ("le maire, Janny Roe"), so only "la maire" tells."""
    first, _, rest = phrase.strip().partition(" ")
    first = first.casefold()
    if first == "le" and rest.split(" ", 1)[0].casefold() in _EPICENE_OFFICES:
        return None
    return "f" if first in ("la", "cette", "elle") else "m" if first in ("le", "ce", "il") else None


# Offices whose noun is the same in both genders, the article alone telling which.
_EPICENE_OFFICES = frozenset(
    "maire ministre juge secrétaire médecin chef porte-parole responsable notaire commissaire capitaine".split()
)


def _agreeing(person: _Person, gender: str | None, context: _Context, fallback: str = "") -> _Person:
    """The person a pronoun or an anaphora stands for, in agreement: "…», résume-t-elle" or "…», ajoute la
    trentenaire" after a man was named last is the woman named before him. Only when the descriptions tell both
    genders."""
    if gender is None or person_gender(person) in (None, gender):
        return person
    # (a pronoun agrees with its antecedent: with nobody of its gender met as a subject, the person of that gender
    # named last in full, wherever; with none, nobody named, never the person of the other gender)
    return context.of_gender(gender) or context.named_of_gender(gender) or _Person(UNKNOWN_SPEAKER, fallback, False)


_NAME_THEN_APPOSITION = re.compile(
    rf"(?P<name>{_NAME_RUN})\s*,\s*(?P<detail>[a-zà-ÿ][^.!?;:«»“”\"(),]*?)\s*(?:[(,][^.!?;:«»“”\"]*)?[.!?]?\s*$"
)
_KICKER = re.compile(r"[A-ZÀ-ÖØ-Þ][^.!?:«»“”\"]{0,40}[.:]")
KICKER_WORDS = 3  # words of a round-up's kicker before the words it labels
_NAME_BRACKET = re.compile(rf"^(?P<name>{_NAME_RUN})\s*\([^()]{{1,40}}\)")
_DATE_OPENING = re.compile(rf"^(?:[Ll]e\s+)?\d{{1,2}}(?:er)?\s+{MONTHS}\b")


# An opening phrase of place or time before a sentence's subject: "Au cinquième étage, ", "Depuis septembre, ".
_PLACE_OR_TIME_OPENING = re.compile(
    r"^(?:À|A|Au|Aux|Dans|Depuis|Devant|Derrière|Près|Sur|Sous|Chez|Ce|Cette|Dès|Lundi|Mardi|Mercredi|Jeudi|Vendredi"
    r"|Samedi|Dimanche|Hier|Aujourd[’']hui|Ici|Là)\b[^,«»“”\".;:!?]{0,100},\s+"
)


def _witness_presented(sentence: str) -> tuple[str, str] | None:
    """The witness a sentence opens on by the first name alone, as its subject, after an opening phrase of place or
    time perhaps, with the age or an apposition that describes the witness (see _FIRST_NAME_SUBJECT): the name and
    the description."""
    opening = _PLACE_OR_TIME_OPENING.match(sentence)
    rest = sentence[opening.end() :] if opening is not None else sentence
    match = _FIRST_NAME_SUBJECT.match(rest)
    if match is None or match.start("name") != 0 or not is_first_name(match.group("name")):
        return None
    detail, age = (match.group("detail") or "").strip(), " ".join((match.group("age") or "").split())
    verb = _CLITIC.sub("", match.group("verb"))
    if verb in _NOT_A_VERB_AFTER:
        return None
    if detail.startswith(("qui ", "dont ")) or _EMPHATIC.match(detail):
        detail = ""
    elif detail and not _witness_description(detail):
        return None
    return match.group("name"), ", ".join(x for x in (age, detail) if x)


def _reported_subject(sentence: str) -> str | None:
    """The subject of ``sentence`` when it reports someone's words in indirect speech (the subject, a verb of saying,
    "que"), past an opening phrase of time; None otherwise."""
    said = _SAID_THAT.match(_TIME_OPENER.sub("", sentence.strip(), count=1))
    if said is None or not is_speech_verb(said.group("verb")) or said.group("verb").endswith("ant"):
        return None
    return said.group("subject").strip()


QUESTION_WORDS = 8  # the journalist's question before the words that answer it is this short at most


def _standalone_speaker(
    text: str,
    found: _Found,
    context: _Context,
    earlier: _Candidate | Quote | None,
    next_text: str | None = None,
    previous_text: str | None = None,
    labelled: _Person | None = None,
) -> _Person | None:
    """Who says a quotation that is a sentence of its own, as a reader tells it from the sentences around.

    The person subject of the sentence just before ("Eric Roux, son dirigeant, a voulu… « … »"); for a
    quotation opening its paragraph, the person subject of the next sentence (« … » En annonçant…, Xavier Roux a
    secoué…); else the speaker of the quotation just before, in this paragraph or the previous one, when nobody
    else was named since. Otherwise nobody: not a quotation. ``labelled``: the person a name line right above
    the paragraph names (see :func:`_name_line_speaker`), read once by the caller.
    """
    before = text[: found.start].rstrip()
    if _KICKER.fullmatch(before) and len(words(before)) <= KICKER_WORDS:
        # a round-up's kicker before the words ("Gastéropode. « … » Taylor Roe, vainqueur de…"): a label, the words
        # open the item as if set apart, their speaker named after them
        before = ""
    if before:
        last_start = _last_sentence_start(before)
        sentence = _PSEUDONYM.sub("", before[last_start:])  # (pseudonym_note: "Kevin (le prénom a été changé)")
        asked = sentence.strip()
        if (
            earlier is not None
            and asked.endswith("?")
            and len(words(asked)) <= QUESTION_WORDS
            and not re.search(r"[«»“”\"]", asked)
            and not any(word[:1].isupper() for word in words(asked)[1:])
        ):
            # question_answer: the journalist's short question, then the words that answer it ("Une troisième
            # étoile ? « J'y travaille. »", "Sa principale difficulté ? « … »"): the person quoted just before goes on
            person = _last_person(earlier)
            if person.name != UNKNOWN_SPEAKER:
                return person
        told = _told_at_end(sentence) if sentence[:1] not in '«“"' else None
        as_said = _AS_SAID_END.search(sentence) if told is None and sentence[:1] not in '«“"' else None
        if as_said is not None and is_speech_verb(as_said.group("verb")):
            # "…, comme l'a confirmé Daan Roe. « … »": the sentence before ends by naming who said so (words_of)
            told = as_said.group("speaker")
        told_name = told.split(",")[0].strip() if told is not None else ""
        if told is not None and (
            _is_full_name(told_name)
            # (or the surname of someone named in full before: "…, la France reste au Sahel, précise Attal. « … »")
            or (re.fullmatch(r"[A-ZÀ-ÖØ-Þ][\w’'-]+", told_name) and context.introduced(told_name))
        ):
            # standalone after a sentence the journalist attributes at its end ("…quatre défauts, reconnaît Yann
            # Roe. « … »"): the words that follow are that speaker's.
            return context.resolve(told)
        put_first = _cleft_person(sentence, context)
        if put_first is not None:
            # the cleft or presentational sentence before ("C'est le cas de Sylvie, habitante d'Annecy, qui toque à
            # la porte. « … »", "C'est Paul Roe qui a ouvert la séance. « … »"): the person it puts first speaks
            return put_first
        turn = _turned_to(sentence)
        if turn is not None:
            return context.resolve(*turn)
        if sentence and sentence[:1] not in '«“"':
            subject = _subject(sentence)
            described = _person_subject(sentence) if subject is None else None
            if (
                described is not None
                and _DEFINITE.match(described)
                and not described.casefold().startswith("les ")
                and _ONE_OF.match(described) is None  # ("L'une des principales interventions consiste…": a thing)
            ):
                # speaker_sentence_before: a person described by a definite role or noun as the subject ("La mère de
                # la victime, en larmes, a témoigné. « … »"): that person, the one the text gave it or unnamed
                return context.resolve(described)
            if (
                subject is not None
                and " " not in subject.speaker
                and is_first_name(subject.speaker)
                and _role_noun(_DETERMINERS.sub("", subject.detail, count=1).split(" ", 1)[0])
            ):
                # a witness named by the first name and a role ("Lisa, sage-femme, l'utilise… « … »")
                return context.resolve(subject.speaker, subject.detail)
            if subject is not None and " " not in subject.speaker and _witness_by_apposition(subject):
                # witness_first_name: a witness named by the first name, then described by an indefinite noun
                # phrase in apposition, as the press presents someone it met ("Sirine, une jeune femme de Nanterre,
                # présente… « … »"): a person, even with a first name no list knows
                return context.resolve(subject.speaker, subject.detail)
            aged = _AGED_FIRST_NAME.match(sentence.lstrip()) if subject is not None else None
            if aged is not None and aged.group("name") == subject.speaker and is_first_name(subject.speaker):
                # witness_first_name: a witness named by the first name and the age, as the press keeps a witness
                # anonymous ("Thérèse, 90 ans, semble un peu perdue. « … »"): the age tells a person, not a place
                return context.resolve(subject.speaker, aged.group("age"))
            met = _met_witness(subject, context)
            if met is not None:
                # witness_first_name: the witness the sentence before introduced by the first name as its subject
                # ("Isabelle se sent délaissée par le Crous. « … »"), whom the reader met there (see _scan)
                return met
            if (
                subject is not None
                and subject.detail
                and " " not in subject.speaker
                and is_first_name(subject.speaker)
                and not is_french_word(subject.speaker.casefold())
            ):
                # witness_first_name with an apposition of any kind ("Ce matin, Noémie, streameuse connue sous le
                # pseudo de…, a pris soin de… « … »"): the witness the sentence presents
                return context.resolve(subject.speaker, subject.detail)
            role_and_name = _role_then_full_name(subject.speaker) if subject is not None else None
            if role_and_name is not None:
                # ("Au coin de la rue, le marchand de fruits Karim Roe explique pourquoi… « … »")
                subject = Intro(*role_and_name)
            if subject is not None and subject.speaker != PREVIOUS_SPEAKER and is_anaphora(subject.speaker):
                # a definite role that takes up the person named before ("Le procureur Raphaël Roe a détaillé
                # l'enquête. Le procureur salue le « travail » de la police. « … »"): that person's words
                taken = context.resolve(subject.speaker)
                if taken.named:
                    return taken
                if _reported_subject(sentence) is not None:
                    # speaker_sentence_before: the sentence before reports what the role says ("La mère assure que
                    # cette décision a tout changé. « … »"): the words set apart go on with her speech, the source
                    # unnamed if nobody named holds the role
                    return taken
            role = _reported_subject(sentence) if subject is None else None
            definite = re.fullmatch(r"(?:(?:[Ll]a|[Ll]e)\b|[Ll][’'])\s*(?P<noun>[a-zà-ÿ-]+)", role or "")
            if role is not None and (
                is_anaphora(role) or (definite is not None and _person_noun(definite.group("noun")))
            ):
                # (after an opening phrase of time: "Aujourd'hui, la mère assure que…")
                return context.resolve(role)
            flat = " ".join(subject.speaker.split()) if subject is not None else ""
            body = _BODY_NAMED.search(flat) if subject is not None and subject.speaker != PREVIOUS_SPEAKER else None
            if body is not None:
                # role_anaphora: a definite role with its body ("Pourtant, le maire du Grand-Lucé s'est toujours
                # senti…"): the person the text described with that role in that body
                held = context.taken_up(flat)
                # (described with that very body: a role given with none, "X, maire", may be another town's)
                if held is not None and body.group("body").casefold() in held.detail.casefold():
                    return _Person(held.name, _DETERMINERS.sub("", flat, count=1), True)
            if subject is not None and (subject.speaker == PREVIOUS_SPEAKER or _is_full_name(subject.speaker)):
                if subject.speaker == PREVIOUS_SPEAKER and re.match(r"(?:Ils|Elles)\s", sentence):
                    # unresolved: a plural pronoun ("Ils ont reçu le renfort de…") stands for several, never for the
                    # one person whose words follow: the words are kept, their source left unnamed.
                    return _Person(UNKNOWN_SPEAKER, "", False)
                if subject.speaker != PREVIOUS_SPEAKER and not _person_name(subject.speaker, subject.detail, context):
                    # unresolved: an organisation subject of the sentence before ("Corvane Labs dégage des bénéfices…
                    # « Nous avons… »") is no person quoted; whose words they are, the page does not say.
                    return _Person(UNKNOWN_SPEAKER, "", False)
                return context.resolve(subject.speaker, subject.detail)
            nobody = subject is None or (
                # (a common noun opening the sentence, "Problème, ces derniers temps, …", is no one)
                " " not in subject.speaker and is_french_word(subject.speaker) and not is_first_name(subject.speaker)
            )
            if nobody and _POSSESSIVE.search(sentence):
                # paragraph topic: the sentence before has no person as its subject, but its possessive refers to
                # the person the paragraph opened on, the only one it names ("Cyril Roe est éleveur depuis 20 ans.
                # Problème, toutes ses charges ont explosé. « … »"): that person's words
                topic = _paragraph_topic(before[:last_start])
                if topic is not None:
                    return context.resolve(topic.speaker, topic.detail)
    else:
        after = text[found.end :]
        said = _said_after(after.lstrip(" .…")) if after.strip() else _said_after(next_text or "")
        if said is not None:
            return context.resolve(said.name, said.detail)
        # (the stop may stand outside the marks: "… dans le sport pro».")
        source = _source_line(next_text) if not after.strip(" .…") and next_text else None
        if source is not None and speaker_key(source[0]) not in context.not_people:
            return context.resolve(*source)
        signature = _SIGNATURE.match(after)
        if signature is not None and _signed_after(after):
            role = (signature.group("role") or "").strip(" ,")
            if not role or _role_noun(role.split(" ", 1)[0]):
                # block_attribution: a quotation set apart, then its signature with no verb, the name and the
                # role ("… » Jeanne Roe, secrétaire d'État"; a copy that lost the signature's line break glues
                # the role to the surname: "Jeanne RoeSecrétaire d'État").
                name = f"{signature.group('first')} {signature.group('surname')}"
                return _Person(name, role, True)
        given = _FIRST_NAME_SIGNATURE.match(after)
        witness = _witness(given, "detail") if given is not None else None
        if witness is not None:
            # witness_signature: a vox pop signs each testimony with the witness's first name after the closing
            # mark, her age or what she is perhaps, the paragraph ending there ("« … » Odile", "« … » Odile, 52 ans")
            return _Person(*witness, True)
        # (the next sentence starts after the closing mark's space, "« … » Marie Roe rentre…", or after the stop the
        # page set outside the marks: "« … ». Dans les colonnes des Echos, Pierre Roe…")
        after = after.lstrip(" .")
        next_sentence = _sentence_of_start(after)
        # (the country, the club or the party in brackets after the name, as round-ups give them: "Taylor Roe
        # (États-Unis), vainqueur de…, peine…")
        unbracketed = _NAME_BRACKET.sub(r"\g<name>", next_sentence, count=1)
        taken_up = _words_taken_up(next_sentence)
        if taken_up is not None and speaker_key(taken_up[0]) not in context.not_people:
            # words_taken_up: the sentence after the words takes them up by a noun of speech and says whose they
            # are ("« … ». La phrase, adressée au maire, est lancée par X")
            return context.resolve(*taken_up)
        named = _NAMED_SUBJECT.search(unbracketed)
        if named:
            name = _without_demonym(named.group("name"))
            if _is_full_name(name) and speaker_key(name) not in context.not_people:
                return context.resolve(name)
        presented = _witness_presented(unbracketed)
        if presented is not None and speaker_key(presented[0]) not in context.not_people:
            # speaker_line_after for a witness: the words open the paragraph, the sentence after them presents whose
            # they are by the first name, after an opening phrase of place or time perhaps ("« … » Erwan, qui habite
            # près du port, a passé la nuit debout.", "« … » Depuis septembre, Jessica ne cesse d'y penser.")
            return context.resolve(*presented)
        signed = _NAME_THEN_APPOSITION.match(unbracketed)
        if signed is not None and _is_full_name(signed.group("name")):
            # (the name, then a relative clause or an apposition, perhaps with no verb after, as a round-up signs
            # each item: "« … » Stéphanie Roe, qui a vaincu la Canadienne…, y croit", "« … » Julie Roe, démoralisée
            # après sa défaite.")
            return context.resolve(signed.group("name"), " ".join(signed.group("detail").split()))
        if unbracketed != next_sentence:
            # (the name, its bracket, then its apposition and the verb: "Taylor Roe (États-Unis), vainqueur de…,
            # peine à…")
            apposed = _subject_of(unbracketed)
            if (
                apposed is not None
                and _is_full_name(apposed.speaker)
                and unbracketed.startswith(apposed.speaker)
                and speaker_key(apposed.speaker) not in context.not_people
            ):
                return context.resolve(apposed.speaker, apposed.detail)
        first = next_sentence.strip()
        opening = _OPENING_PHRASE.match(first)
        opened = opening is not None and (
            opening.group("first").casefold() in _OPENERS or _DATE_OPENING.match(opening.group()) is not None
        )
        # (a singular article: "Les ouvrières de l'usine Paul Roe…" names a group and its firm)
        if opened or re.match(r"(?:[Ll]e|[Ll]a)\s+[a-zà-ÿ]|[Ll][’']\s*[a-zà-ÿ]", first):
            # the next sentence, after its opening phrase, has the person and a role in apposition as its subject
            # ("« … » Au sortir de douze heures de négociations, Alexandre Roe, négociateur du Medef, avait de
            # quoi sourire."), or the role and the name ("« … » Le 11 juin sur France 3, la ministre Élisabeth Roe
            # gageait que…"), with no opening phrase too ("« … » Le commandant Paul Roe sait que…")
            subject = _subject_of(first[opening.end() :] if opened and opening is not None else first)
            role_and_name = _role_then_full_name(subject.speaker) if subject is not None else None
            if role_and_name is not None:
                subject = Intro(*role_and_name)
            if (
                subject is not None
                and (opened or role_and_name is not None)
                and _is_full_name(subject.speaker)
                and speaker_key(subject.speaker) not in context.not_people
            ):
                return context.resolve(subject.speaker, subject.detail)
        subject = _subject_past_fronting(first)
        if subject is not None and speaker_key(subject.speaker) not in context.not_people:
            return context.resolve(subject.speaker, subject.detail)
        role = _ROLE_SAID_NEXT.match(next_sentence)
        if role is not None and _role_noun(role.group("noun").casefold()) and is_speech_verb(role.group("verb")):
            # the sentence after names the speaker by role, with a verb of saying ("« … » Récemment, le PDG de
            # Nvidia a exprimé sa colère…"): the person so described, or the role kept for an unnamed source
            return context.resolve(role.group("np"))
        heading = _heading_quote_subject(text, next_text, context)
        if heading is not None:
            return context.resolve(heading.speaker, heading.detail)
        if labelled is not None:
            return labelled  # speaker_line_before: the person the name line above names (read once, in extract)
        turn = _turned_to(previous_text.strip()) if previous_text and not after.strip(" .…") else None
        if turn is not None:
            # the paragraph before ends by turning to the next witness ("… Interview avec Laurent Roe."): the words
            # set apart under it are theirs
            return context.resolve(*turn)
        closing = (
            previous_text[_last_sentence_start(previous_text) :] if previous_text and not after.strip(" .…") else ""
        )
        put_first = _cleft_person(closing.strip(), context) if closing else None
        if put_first is not None:
            # the paragraph before ends on a cleft or presentational sentence ("C'est en tout cas le point de vue de
            # Paul Roe, manager de Castres."): the words set apart under it are that person's, as in one paragraph
            return put_first
        reported = _reported_speech_end(previous_text) if previous_text else None
        if reported is not None:
            # speaker_line_before: the paragraph before ends by reporting someone's words ("Il affirme que l'usage
            # de l'IA se répand."): the quotation set apart under it goes on with that speaker's own words
            return context.resolve(reported)
        subject = _paragraph_subject(previous_text) if previous_text and not after.strip(" .…") else None
        if subject is not None and (
            subject.speaker in (PREVIOUS_SPEAKER, "il", "elle")
            or _person_name(subject.speaker, subject.detail, context)  # ("l'entraîneur Luis Roe": a role tells)
        ):
            # speaker_paragraph_before: a quotation that is a paragraph of its own, under a paragraph whose last
            # sentence has a person as its subject ("… Puis, avec ses salariés, il a relevé les fils." then
            # « … »): the press sets that person's words apart under the narration of what they did
            return context.resolve(subject.speaker, subject.detail)
        closing_narration = _narrated_end(previous_text) if previous_text and not after.strip(" .…") else ""
        witness = _met_witness(_subject(closing_narration), context) if closing_narration else None
        if witness is not None:
            # witness_first_name, speaker_paragraph_before: the paragraph above ends on what a witness named by the
            # first name alone does ("Martine range ses courses dans un cabas."), the words set apart under it hers
            return witness
    if earlier is not None:
        person = _last_person(earlier)
        last = context.last
        if last is not None and person.name != UNKNOWN_SPEAKER and speaker_key(last.name) == speaker_key(person.name):
            return person
    return None


# A person named in full opening a clause, an apposition perhaps, then a verb in lower case (not "et", "ou": a list).
_NAME_OPENS_CLAUSE = re.compile(
    rf"^(?P<name>{_NAME_RUN})(?:\s*,\s*(?P<apposition>[^,.;:!?«»“”\"]{{1,80}}(?:,\s*[^,.;:!?«»“”\"]{{1,80}})?),)?"
    r"\s+(?!(?:et|ou|ni)\b)[a-zà-öø-ÿ’'-]{2,}"
)


def _subject_past_fronting(sentence: str) -> Intro | None:
    """lead_quote_subject: the person named in full who is the subject of the sentence after words that open their
    paragraph, past whatever phrases of time, place or manner the sentence opens with ("« … » Jean Roe, 66 ans, est
    adjoint au maire depuis 2020.", "« … » Debout sur une estrade, lundi, Paul Roe exulte."): the press opens a
    portrait or a scene with the person's words and names them in the next sentence. None when no clause of the
    sentence opens with a full name and its verb."""
    starts = [0, *(m.end() for m in re.finditer(r",\s+(?=[A-ZÀ-ÖØ-Þ])", sentence))]
    for start in starts:
        clause = sentence[start:]
        presented = _witness_presented(clause) if start else None
        if presented is not None and presented[1]:
            # (a witness by the first name and what she is, after a descriptive phrase: "« … » Grands yeux bleus et
            # pas décidé, Marie, le médecin de permanence, souffle un peu"; with no description, "Un peu plus loin,
            # Sandrine attend…" may bring in the next witness of a vox pop)
            return Intro(*presented)
        opened = _NAME_OPENS_CLAUSE.match(clause)
        if opened is None or not _is_full_name(opened.group("name")):
            continue
        subject = _subject_of(clause)
        if subject is not None and subject.speaker == opened.group("name"):
            return subject if subject.detail else Intro(subject.speaker, (opened.group("apposition") or "").strip())
    return None


# A question's attribution that names whom it was put to: "…? lance-t-il à Matteo, son camarade de terminale",
# "…?, demande Paul à Marie".
_ASKED_TO = re.compile(
    rf"^\W*(?:[\w’'-]+\s+){{0,3}}?(?:lanc|demand|interroge|questionn|glisse|interpell|souffl)[\w’'-]*"
    # (the inverted subject may come first: "…? demande Katel Roe à Gaspard")
    r"(?:\s+[^,.;:!?«»“”\"]{1,60}?)?\s+"
    rf"(?:à|au)\s+(?P<name>{_GIVEN_NAME}(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)?)"
    r"(?:\s*,\s*(?P<detail>(?:son|sa|une?|le|la)\s[^,.;:!?«»“”\"]{2,80}))?"
)


def _answer_speaker(earlier: _Candidate | Quote | None, text: str, found: _Found, context: _Context) -> _Person | None:
    """reply_turn: the words set apart right after a question put to someone by name, in the same paragraph ("« Et
    toi ? » lance-t-il à Matteo, son camarade. « Ce matin, en cours de maths. »"): that person's answer."""
    if not isinstance(earlier, _Candidate) or earlier.text != text or not " ".join(earlier.found.parts).endswith("?"):
        return None
    between = text[earlier.found.end : found.start]
    if QUOTE_MARKS.search(between):
        return None
    asked = _ASKED_TO.match(between)
    if asked is None or not is_first_name(asked.group("name").split()[0]):
        return None
    # (the possessive kept: "son camarade" says whose)
    return context.resolve(asked.group("name"), (asked.group("detail") or "").strip())


def _followed_person(text: str, found: _Found, next_text: str | None, context: _Context) -> _Person | None:
    """followed_person: the person a report follows, for words set apart that nobody around claims.

    A report narrates what a person does or says and sets their words apart without naming them again ("Lucette
    Roe vit seule depuis dix ans. Sa fille l'appelle chaque soir. ¶ « … »"): the reader takes the words for the
    person met last, named in full or by a first name, unless the text right after the words names someone else
    (the words may be that person's: a vox pop introduces its next witness after her words) or the sentence before
    them turns to someone or something else ("Même constat chez Renault. « … »", see _TURN_TO). None otherwise: a
    body or an unnamed source met last stays unnamed (see extract)."""
    met = context.last
    if met is None or not met.named or not is_first_name(met.name.split()[0]):
        return None
    turn = _TURN_TO.search(text[: found.start].rstrip())
    if turn is not None and turn.group("name") != met.name:
        return None
    after = text[found.end :] + " " + _sentence_of_start(next_text or "")
    if any(is_first_name(word) and word not in met.name.split() for word in _CAPITALISED_TOKEN.findall(after)):
        return None
    return met


def _shown_witness(flat: str) -> tuple[_Person | None, bool]:
    """The witness a demonstrative shows (:data:`_SHOWN_WITNESS`), unnamed, named by the noun ("cette mère de
    famille" -> "Mère de famille"), what follows the noun its description; and whether "autre" sets it apart from
    the witness before. (None, False) when the noun is no witness's."""
    shown = _SHOWN_WITNESS.match(flat)
    if shown is None or shown.group("noun") not in _WITNESS_NOUNS:
        return None, False
    noun = shown.group("noun") + (shown.group("kind") or "")
    rest = (shown.group("rest") or "").strip(" ,")
    return _Person(noun[:1].upper() + noun[1:], rest, False), bool(shown.group("other"))


_INDEFINITE_APPOSITION = re.compile(
    r"^(?:un|une)\s+(?:(?:jeune|vieil|vieille|petit|petite|ancien|ancienne|autre)\s+)?(?P<noun>[A-ZÀ-ÖØ-Þa-zà-ÿ-][a-zà-ÿ-]{2,})"
)
# (besides the witness nouns _person_noun reads: "dame", "monsieur", "fille", "garçon", "adolescent", "enfant")
_PEOPLE_NOUNS = _PEOPLE | frozenset({"jeune"})


def _witness_by_apposition(subject: Intro) -> bool:
    """A first name alone and an indefinite noun phrase of a person after it ("Sirine, une jeune femme de Nanterre",
    "Karim, un habitant du quartier"): a witness; a first name a list knows, whatever the noun ("Marie, une
    Parisienne travaillant à Argenteuil"); a word no list knows, a person's noun only (a town is "une commune")."""
    described = _INDEFINITE_APPOSITION.match(subject.detail)
    if described is None or not subject.speaker[:1].isupper():
        return False
    noun = described.group("noun").casefold()
    if described.group("noun")[:1].isupper() and not _is_demonym(described.group("noun")):
        return False  # (a capitalised noun after the article is a demonym, "une Anglaise installée à Vire", or a name)
    if is_first_name(subject.speaker):
        return True
    return not is_french_word(subject.speaker.casefold()) and (
        _person_noun(noun) or noun in _PEOPLE_NOUNS or noun in _PERSON_NOUNS_IN_ANT
    )


def _met_witness(subject: Intro | None, context: _Context) -> _Person | None:
    """The witness named by the first name alone who is a sentence's ``subject``, when that is the person the reader
    met last (see _scan); None otherwise."""
    if subject is None or " " in subject.speaker or not is_first_name(subject.speaker):
        return None
    met = context.last
    return met if met is not None and met.named and met.name == subject.speaker else None


def _cleft_person(sentence: str, context: _Context) -> _Person | None:
    """The person a cleft or presentational sentence puts first (:data:`_CLEFT_SUBJECT`), resolved; None if none."""
    cleft = _CLEFT_SUBJECT.match(sentence)
    name = (cleft.group("name") or cleft.group("example")) if cleft is not None else ""
    if cleft is None or not name or not _named_witness(name):
        return None
    return context.resolve(name, cleft.group("described") or "")


def _name_line_speaker(previous_text: str, context: _Context) -> tuple[str, str] | None:
    """speaker_line_before: the person a line of its own names, with no verb, above someone's words.

    The name and the role, the club or the party ("Luka Roe (entraîneur d'Amiens)", "Paul Roe, maire de Lorgues"),
    or a witness by the first name ("Marie, 45 ans, habitante du quartier"): the name and the description.
    """
    # (a name line in capitals, as some sites set it: "MARIE ROE, DIRECTRICE DE L'ÉCOLE")
    previous_text = _uncapitalised_name_line(previous_text)
    line = _NAME_LINE.match(previous_text)
    apposed_line = _NAME_LINE_APPOSED.match(previous_text) if line is None else None
    witness = _witness_line(previous_text) if line is None else None
    if witness is not None:
        # speaker_line_before for a witness named by the first name, the age or what the witness is after it,
        # in brackets or after a comma, a colon perhaps ("Marie, 45 ans, habitante du quartier", "Marie (45
        # ans, aide-soignante) :"): the vox pop's line above each testimony
        return witness
    if apposed_line is not None and not any(
        _finite_verb(w) or w.casefold() in FINITE_WORDS for w in words(apposed_line.group("described"))
    ):
        # the same with the description after a comma, no verb: "Ruben Roe, Palme d'or pour Triangle of Sadness"
        # above the words (a round-up of winners' reactions)
        name = f"{apposed_line.group('first')} {apposed_line.group('surname').strip()}"
        if _is_full_name(name) and is_first_name(apposed_line.group("first")):
            return name, " ".join(apposed_line.group("described").split())
    if line is not None:
        name = f"{line.group('first')} {line.group('surname').strip()}"
        role = " ".join((line.group("role") or "").split())
        if (
            _is_full_name(name)
            and speaker_key(name) not in context.not_people
            and (
                not role
                or _role_noun(_DETERMINERS.sub("", role, count=1).split(" ", 1)[0])
                or (role[:1].isupper() and len(words(role)) <= 3)
            )
        ):
            # speaker_line_before: a round-up of reactions sets each speaker's name, the role or the club, the
            # country or the party in brackets, on a line of its own with no verb ("Luka Roe (entraîneur
            # d'Amiens)", "Paul Roe (Lens)"), perhaps under the round-up's label for the reaction ("Le plus
            # déçu : Paul Roe (Lens)"), the words below
            return name, role
    return None


def _heading_quote_subject(text: str, next_text: str | None, context: _Context) -> Intro | None:
    """quote_heading: a witness's words set as a subheading, alone on their line with no stop (a heading takes
    none), then the paragraph that brings that witness in, named in full as its first subject ("« On va s'en
    sortir »" then "Paul Roe, éleveur à Vire, a vu…"), as television and radio sites lay out their reports: the
    words are that person's, not those of the person quoted or told of just before. The person is met there for
    the first time, or presented there with an apposition."""
    line = text.strip()
    if not next_text or line[:1] not in '«“"' or line[-1:] not in '»”"':
        return None
    inner = line[1:-1].strip()
    if not inner or inner[-1] in ".!?…;:," or QUOTE_MARKS.search(inner):
        return None
    first = _sentence_of_start(next_text).strip()
    subject = _subject(first) if first[:1] not in '«“"' else None
    if subject is None or subject.speaker == PREVIOUS_SPEAKER or not _is_full_name(subject.speaker):
        return None
    if _DETERMINERS.match(subject.speaker) or speaker_key(subject.speaker) in context.not_people:
        return None
    if context.introduced(subject.speaker) and not subject.detail:
        return None
    return subject


def _sentence_of_start(text: str) -> str:
    """The first sentence of ``text``, without its stop."""
    end = _SENTENCE_END.search(text)
    return text[: end.start() if end else len(text)]


_AS_SAID_END = re.compile(
    rf",\s*comme\s+(?:l[’']\s*)?(?:{_AUX}|l[’']a)\s+(?:{_ADVERBS}\s+)?(?P<verb>[\w’']+)\s+(?P<speaker>{_NAME_RUN})"
    r"(?:\s*,\s*[^,.;:!?«»“”\"]{2,80})?\s*[.!]?\s*$"
)


def _narrated_end(paragraph: str) -> str:
    """The last sentence of ``paragraph`` when it is the journalist's narration, with no quotation marks; else ""."""
    sentence = _sentence_of(paragraph).strip()
    return "" if re.search(r"[«»“”\"]", sentence) else sentence


def _paragraph_subject(paragraph: str) -> Intro | None:
    """The person subject of the last sentence of ``paragraph``, told by name or by "il" or "elle", or None (no
    quotation in that sentence, no plural: "Ils ont…" is several people)."""
    sentence = _narrated_end(paragraph)
    if not sentence or re.match(r"(?:Ils|Elles)\s", sentence):
        return None
    pronoun = _PRONOUN_AFTER_OPENINGS.match(sentence)  # ("Puis, avec ses salariés, il a relevé les fils.")
    if pronoun is not None and not _IMPERSONAL.match(sentence[pronoun.start("pronoun") :]):
        return Intro(pronoun.group("pronoun").casefold())  # (resolved, agreeing in gender)
    subject = _subject(sentence)
    role_and_name = _role_then_full_name(subject.speaker) if subject is not None else None
    if role_and_name is not None:
        return Intro(*role_and_name)  # ("…, l'entraîneur parisien Luis Roe a recadré les médias.")
    if subject is None or not (subject.speaker == PREVIOUS_SPEAKER or _is_full_name(subject.speaker)):
        # (a witness the press names by the first name and the age or what she is: "Max, 75 ans, habite au 2e étage
        # et témoigne de la violence de la déflagration.")
        witness = _witness_presented(sentence)
        return Intro(*witness) if witness is not None and witness[1] else None
    return subject


def _reported_speech_end(paragraph: str) -> str | None:
    """The speaker phrase of the indirect speech that ends ``paragraph`` ("… Il affirme que l'IA se répand." ->
    the previous speaker; "… Ahmed Roe estime que…" -> "Ahmed Roe"), or None."""
    sentence = _narrated_end(paragraph)
    if not sentence:
        return None
    according = _ACCORDING_SENTENCE.match(sentence)
    if according is not None:
        # (indirect speech "Selon X, …" or "D'après le maire X interrogé par l'AFP, …": X's)
        source = _according_source(according.group("who"))
        return ", ".join(part for part in source if part) if source is not None else None
    said = _SAID_THAT.match(sentence)
    if said is None or not is_speech_verb(said.group("verb")) or said.group("verb").endswith("ant"):
        return None
    subject = _TRAIL.sub("", said.group("subject")).strip(" ,")
    if subject.casefold() in ("il", "elle"):
        return PREVIOUS_SPEAKER
    # (the name may take its apposition: "Sophie Roe, infirmière depuis quinze ans, estime que…")
    return subject if _is_full_name(subject.split(",")[0].strip()) else None


# "Selon X, …", "D'après le maire X, …": the indirect speech of a sentence opening on its source.
_ACCORDING_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?…])\s+)(?:Selon|D[’']après)\s+(?P<who>[^,.;:!?«»“”\"]{3,120}?),\s+(?=\w)"
)


def _according_source(who: str) -> tuple[str, str] | None:
    """The person "Selon …," or "D'après …," names, and the role ("le maire de Mamoudzou Karim Roe interrogé par
    l'AFP" -> ("Karim Roe", "maire de Mamoudzou")): a person named in full, or None."""
    who = _REACHED_BY_AFTER.sub("", _TRAIL.sub("", who).strip(" ,"), count=1).strip(" ,")
    role_and_name = _role_then_full_name(who)
    name, detail = role_and_name if role_and_name is not None else (who, "")
    return (name, detail) if _is_full_name(name) and is_person_name(name) else None


# A role as the subject of the sentence after a quotation set apart, then a verb of saying.
_ROLE_SAID_NEXT = re.compile(
    r"^\s*(?:[A-ZÀ-ÖØ-Þ][\w’' -]{2,30},\s*)?(?P<np>(?:(?:[Ll]e|[Ll]a)\b|[Ll][’'])\s*(?P<noun>[\w-]+)"
    r"(?:\s+(?:de|du|des|d[’'])\s*[^,.;:!?«»“”\"]{1,40}?)?)"
    rf"\s+(?:a|avait|s[’']est|est)\s+(?:{_ADVERBS}\s+)?(?P<verb>[\w’']+)"
)
# A line that is a person's name alone, perhaps the role after it in brackets: "Luka Roe (entraîneur d'Amiens)".
_NAME_LINE = re.compile(
    # (a round-up's label for the reaction first, perhaps: "Le plus déçu : Paul Roe (Lens)")
    r"^\s*(?:[A-ZÀ-ÖØ-Þ][^:«»“”\"()]{1,40}?\s*:\s*)?"
    rf"(?P<first>{_GIVEN_NAME})\s+"
    r"(?P<surname>(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]*(?:[’'-][A-ZÀ-ÖØ-Þa-zà-öø-ÿ][a-zà-öø-ÿ]+)*\s?){1,2}?)"
    r"(?:\s*\((?P<role>[^()]{2,80})\))?\s*$"
)
# A witness's first name on a line of its own, the age or what the witness is after it: "Marie, 45 ans, habitante".
_WITNESS_LINE = re.compile(
    rf"^\s*(?P<name>{_GIVEN_NAME})(?:\s*\((?P<paren>[^()]{{2,60}})\))?"
    # (the description may end with the place's department in brackets: "habitante de Figanières (Var)")
    r"(?:\s*,\s*(?P<described>[^.!?:«»“”\"()]{2,80}?(?:\s\([^()]{2,40}\))?))?\s*:?\s*$"
)
NAME_LINE_WORDS = 12  # a name line in capitals is this long at most


def _witness_line(text: str) -> tuple[str, str] | None:
    """(the first name, the description) of a witness's line (:data:`_WITNESS_LINE`): a first name, then the age or
    what the witness is, each part of the description one of them; or None."""
    match = _WITNESS_LINE.match(text)
    return _witness(match, "paren", "described") if match is not None else None


def _witness(match: re.Match[str], *details: str) -> tuple[str, str] | None:
    """(the first name, the description) a match gives a witness by (its group "name", then its ``details`` groups,
    joined by commas): a first name the lists know, described as a witness is (:func:`_witness_description`); or
    None. The signature after the marks, the credit in brackets and the line above the words name witnesses so."""
    if not is_first_name(match.group("name")):
        return None
    described = ", ".join(" ".join(match.group(g).split()) for g in details if match.group(g))
    return (match.group("name"), described) if _witness_description(described) else None


def _witness_description(detail: str) -> bool:
    """Whether what follows a witness's first name describes the witness: nothing, or parts set off by commas, each
    the age ("45 ans") or an apposition a witness is described by (:func:`_witness_apposition`)."""
    return not detail.strip() or all(
        _AGE_ALONE.match(part) or _witness_apposition(part) for part in _description_parts(detail)
    )


def _description_parts(detail: str) -> list[str]:
    """A witness's description cut at its commas, each part on one line: "62 ans, bouquiniste" -> two parts."""
    return [" ".join(part.split()) for part in detail.split(",")]


def _addressed_person(role: str | None, name: str) -> bool:
    """Whether "à"/"au" and these words name a person the words were said to (see _ADDRESSEE_AFTER): a role and a
    name ("au caporal-chef Jessie"), or a first name alone that is no town ("à Marie", never "à Nancy")."""
    first = name.split()[0]
    if role:
        return _role_noun(role.strip().casefold())
    return (
        _GIVEN_NAME_SHAPE.match(first) is not None
        and is_first_name(first)
        and first.casefold() not in _PLACE_FIRST_NAMES
        and len(name.split()) <= 2
    )


def _without_attire(detail: str) -> str:
    """A witness's description without the sketch of what she wears (absolute_attire): the moment, not who she is."""
    if "," not in detail and _ATTIRE_ON_BODY.match(detail) is None:
        return detail
    return ", ".join(part for part in _description_parts(detail) if not _ATTIRE_ON_BODY.match(part))


def _uncapitalised_name_line(text: str) -> str:
    """A name line set in capitals ("MARIE ROE, DIRECTRICE DE L'ÉCOLE") as the text would write it ("Marie Roe,
    directrice de l'école"); any other text as it is."""
    if not text.isupper() or len(text.split()) > NAME_LINE_WORDS:
        return text
    name, comma, rest = text.partition(",")
    return name.strip().title() + (f", {rest.strip().lower()}" if comma else "")


_NAME_LINE_APPOSED = re.compile(
    rf"^\s*(?P<first>{_GIVEN_NAME})\s+"
    r"(?P<surname>(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]*(?:[’'-][A-ZÀ-ÖØ-Þa-zà-öø-ÿ][a-zà-öø-ÿ]+)*\s?){1,2}?)"
    r"\s*,\s*(?P<described>[^.!?:«»“”\"]{2,80}?)\s*$"
)
# The line under words set apart that says who said them, where and when, with no verb, as round-ups of statements
# and the week's quotes print it: the person, the medium and the day ("Jeanne Roe, Elle, 4 décembre 2025", "Paul Roe –
# Première, décembre 2025"), or the person described and the day ("Le tennisman serbe Paul Roe le 4 août, après…").
_SOURCE_LINE_MEDIUM = re.compile(
    rf"^\s*(?P<name>{_GIVEN_NAME}(?:\s+(?:de\s+|d[’'])?[A-ZÀ-ÖØ-Þ][\w’'-]+){{1,2}})"
    rf"\s*(?:,|[–—-])\s*(?P<medium>[^,.;:!?«»“”\"]{{2,40}}?)\s*,\s*(?:\d{{1,2}}(?:er)?\s+)?{MONTHS}\s+\d{{4}}\s*$"
)
_SOURCE_LINE_DESCRIBED = re.compile(
    r"^\s*(?:(?:Le|La)\b|L[’'])\s*(?P<role>[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+){0,2})\s+"
    rf"(?P<name>{_GIVEN_NAME}(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){{1,2}})"
    rf"\s+le\s+\d{{1,2}}(?:er)?\s+{MONTHS}\b"
)
SOURCE_LINE_WORDS = 80  # a source line, its circumstances told, is no longer than this


def _source_line(text: str) -> tuple[str, str] | None:
    """(the person, the description) a source line under words set apart gives (:data:`_SOURCE_LINE_MEDIUM`,
    :data:`_SOURCE_LINE_DESCRIBED`), or None."""
    if len(words(text)) > SOURCE_LINE_WORDS:
        return None
    medium = _SOURCE_LINE_MEDIUM.match(text)
    if medium is not None and is_person_name(medium.group("name")):
        return medium.group("name"), ""
    described = _SOURCE_LINE_DESCRIBED.match(text)
    if described is not None and is_person_name(described.group("name")):
        role = described.group("role")
        if not any(_finite_verb(w) or w in FINITE_WORDS for w in role.split()):
            return described.group("name"), role
    return None


_SIGNATURE = re.compile(
    rf"^\s*[–—-]?\s*(?P<first>{_GIVEN_NAME})\s+"
    r"(?P<surname>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’'-]+)(?P<role>(?:\s*,\s*|\s+|(?=[A-ZÀ-ÖØ-Þ]))[^.!?«»“”\"]{2,150})?\s*$"
)


# A phrase of place, time or means opening the clause after a lede's colon, up to its comma: "au téléphone, ",
# "ce jeudi, ", "devant la mairie, ".
_LEDE_FRONTED = re.compile(
    r"\s*(?:au|à|aux|en|dans|par|sur|depuis|devant|derrière|ce|cette|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche)\s[^,«»“”\".;:!?]{2,40},\s+(?=[A-ZÀ-ÖØ-Þ])"
)


# speaker_line_after: the sentence after a quotation set apart names who said it: "C'est ainsi que X, président de
# Y, a interpellé…", "C'est en ces termes que X…", "La déclaration est de X, fondateur de Y.", "Ces propos sont de X".
_SAID_AFTER = re.compile(
    # (after a colon, in lower case: "« … » : c'est ainsi que X a commencé son post")
    r"^\s*(?:[Cc][’']est\s+(?:ainsi|en\s+ces\s+termes|par\s+ces\s+mots|avec\s+ces\s+mots|sur\s+ces\s+mots)\s+qu(?:e\s+|[’']\s*)"
    # "« … » : voilà comment X définit la Maison des ados", "Voici comment X résume…"
    r"|(?:[Vv]oilà|[Vv]oici)\s+comment\s+"
    # "À travers ces mots, X, patron de Y, confirme…", "Par ces mots, X…"
    r"|(?:À|A|Par|Avec|Sur)\s+(?:travers\s+)?(?:ces|ses)\s+(?:mots|propos|paroles)\s*,\s*"
    r"|(?:La\s+déclaration|Le\s+propos|Les\s+propos|Ces\s+mots|Ces\s+propos|Cette\s+phrase|La\s+phrase|La\s+formule)"
    r"\s+(?:est|sont)\s+(?:de\s+|d[’']\s*)"
    # "C'est ce qu'a déclaré ce mardi 12 mars X", "Voilà ce qu'a indiqué le conseiller fédéral X", "C'est ce
    # qu'affirme X": the verb, perhaps when, then the speaker
    r"|(?:C[’']est|Voilà|Voici)\s+ce\s+qu(?:e\s+|[’']\s*)(?:(?:a|avait|ont|avaient)\s+)?[\w’'-]+"
    rf"(?:\s+(?:ce\s+)?{WEEKDAYS}(?:\s+\d{{1,2}}(?:er)?(?:\s+[a-zéû]+)?)?|\s+hier|\s+ce\s+(?:matin|soir))?\s+)"
    r"(?:(?:le|la)\s+)?(?:(?:M\.|Mme|Dr|Pr)\s+)?"
    # (a role before the name: "le conseiller fédéral Albert X")
    r"(?:(?-i:[a-zà-ÿ][\w’'-]*)(?:\s+(?-i:[a-zà-ÿ][\w’'-]*)){0,2}\s+(?=(?-i:[A-ZÀ-ÖØ-Þ])))?"
    rf"(?P<name>{_NAME_TOKEN}(?:[ -](?:de\s+|du\s+|d[’']|[Ll]e\s+|[Ll]a\s+)?{_NAME_TOKEN}){{1,3}})"
    r"(?:\s*,\s*(?P<detail>[^,.;:!?«»“”\"]{2,150}?)\s*(?=,|\s+(?:a|avait|s[’']est)\s|[.;]|$))?"
)


# …the role and its complement first, the name in apposition after its comma: "C'est ce qu'a déclaré la présidente
# de la Banque centrale européenne (BCE), Christine Roe, dans son discours".
_CLEFT_ROLE_NAME = re.compile(
    r"^\s*(?:C[’']est|Voilà|Voici)\s+ce\s+qu(?:e\s+|[’']\s*)(?:(?:a|avait|ont|avaient)\s+)?[\w’'-]+\s+"
    r"(?P<role>(?:(?:le|la)\b|l[’'])\s*(?P<noun>[a-zà-ÿ][\w’'-]*)[^,.;:!?«»“”\"]{0,90}?)\s*,\s*"
    rf"(?P<name>{_NAME_TOKEN}(?:[ -](?:de\s+|du\s+|d[’']|[Ll]e\s+|[Ll]a\s+)?{_NAME_TOKEN}){{1,3}})(?=\s*[,.;]|\s*$)"
)


def _cleft_role_name(text: str) -> tuple[_Person, int] | None:
    """The person the cleft with the role first names (:data:`_CLEFT_ROLE_NAME`), and where the name ends."""
    apposed = _CLEFT_ROLE_NAME.match(text)
    if apposed is None or not _role_noun(apposed.group("noun")) or not _is_full_name(apposed.group("name")):
        return None
    role = _DETERMINERS.sub("", " ".join(apposed.group("role").split()), count=1)
    return _Person(apposed.group("name"), role, True), apposed.end()


def _said_after(text: str) -> _Person | None:
    """The person the sentence at the start of ``text`` names as a quotation's author (:data:`_SAID_AFTER`), or
    the signature line under a quotation set apart: its name, a comma and a role ("Minette Roe, ministre des Postes
    – Cameroun"), as sites print the speaker under a quotation in a box."""
    said = _SAID_AFTER.match(text.lstrip(" :"))
    if said is not None and (_is_full_name(said.group("name")) or is_unlisted_name(said.group("name"))):
        return _Person(said.group("name"), (said.group("detail") or "").strip(), True)
    apposed = _cleft_role_name(text)
    if apposed is not None:
        return apposed[0]
    signed = _SIGNATURE_LINE.match(text) if len(text) <= 200 else None
    if signed is not None and _role_noun(_DETERMINERS.sub("", signed.group("detail"), count=1).split(" ", 1)[0]):
        return _Person(signed.group("name"), signed.group("detail").strip(), True)
    return None


# A witness's first name after a quotation's closing mark, closing its paragraph: "» Odile", "» Odile, 52 ans" (in
# brackets, "» (Odile)", the credit is _post_attribution's).
_FIRST_NAME_SIGNATURE = re.compile(
    rf"^\s*[–—-]?\s*(?P<name>{_GIVEN_NAME})(?:\s*,\s*(?P<detail>[^.!?«»“”\"()]{{2,80}}?))?\s*\.?\s*$"
)
_AGE_ALONE = re.compile(r"^\d{1,3}\s+ans$")
_SIGNATURE_LINE = re.compile(
    rf"^\s*[–—-]?\s*(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}})\s*,\s*(?P<detail>[^.!?«»“”\"]{{2,150}}?)\s*$"
)


def _signed_after(after: str) -> bool:
    """Whether the rest of a paragraph is a signature (:data:`_SIGNATURE`) whose name is a person's: a common first
    name, or two words no French dictionary knows ("Yoshua Bengio")."""
    signature = _SIGNATURE.match(after)
    if signature is None:
        return False
    first, surname = signature.group("first"), signature.group("surname")
    return is_first_name(first) or is_unlisted_name(f"{first} {surname}")


def _person_name(phrase: str, detail: str, context: _Context) -> bool:
    """A person's name: a civility or a common first name opens it, a role is apposed to it ("Mathis Caron,
    cofondateur de…"), or a person named so far bears its surname."""
    role = _DETERMINERS.sub("", detail.strip(), count=1).split(" ", 1)[0]
    if phrase.startswith(("M. ", "Mme ", "Dr ")) or (role and _role_noun(role.strip(","))):
        return True
    tokens = _without_demonym(phrase).split()
    if not tokens:
        return False
    known = context._introduced(tokens[-1])
    return is_first_name(tokens[0]) or (known is not None and is_first_name(known.name.split()[0]))


def _is_person_named(phrase: str) -> bool:
    """A person's full name, or a first name alone (witness_first_name: "Chantal a sa stratégie : « … »")."""
    return _is_full_name(phrase) or (len(phrase.split()) == 1 and is_first_name(phrase))


def _is_full_name(phrase: str) -> bool:
    tokens = phrase.split()
    return len(tokens) >= 2 and _names_speaker(phrase) and tokens[0].casefold() not in _OPENERS


def _continue(candidate: _Candidate, text: str, context: _Context) -> _Candidate | None:
    """A paragraph after one whose quotation did not close: it goes on if this one opens with «."""
    stripped = text.lstrip(" –—-")
    if not stripped.startswith("«"):
        candidate.found.open = False
        fallback = candidate.fallback if candidate.found.how == "pending" else None
        if (
            fallback is not None
            and candidate.text.rstrip()[-1:] in ".!?…"
            and (fallback.name != UNKNOWN_SPEAKER or _unattributed(" ".join(candidate.found.parts)))
        ):
            # lost_close: a quotation opened and never closed, its paragraph ending on a full sentence, the next one
            # not going on with «: the copy lost the closing mark; the words run to the paragraph's end, someone's
            # (nobody's around: a clause of someone's words still, see unattributed)
            candidate.person, candidate.found.how = fallback, "unclosed"
        return None
    found = spans(text)
    if not found:
        return None
    first = found[0]
    candidate.found.parts[-1] = f"{candidate.found.parts[-1]} {first.inner}"
    candidate.found.open = first.open
    if not first.open and candidate.person.name == UNKNOWN_SPEAKER:
        post = _post_attribution(text[first.end : first.end + ATTRIBUTION_WINDOW])
        if post:
            candidate.person = context.resolve(*post[:1])
            candidate.found.how = "attributed"
            context.remember(candidate.person)
    return candidate


def _alone_before_signature(text: str) -> list[_Found]:
    """A paragraph that is a quotation alone, its stop left out, above the line that names its author
    (:func:`_said_after`): the quotation, its speaker to be read from that line."""
    found = spans(text)
    if len(found) != 1 or found[0].open or text[: found[0].start].strip() or text[found[0].end :].strip(" ."):
        return []
    span = found[0]
    return (
        [_Found([span.inner], "", span.start, span.end, how="standalone")] if looks_like_quotation(span.inner) else []
    )


def _follow_on(text: str) -> _Found | None:
    """A paragraph that is only a quotation, right after one holding a quotation: the same speaker goes on.

    With straight marks, a quotation running over paragraphs opens each of them with " and closes only in the last
    (multi_paragraph, as with «): a paragraph opening with the only " it holds goes on with the same speaker."""
    found = spans(text)
    if not found and text.count('"') == 1 and text.lstrip(" –—-").startswith('"'):
        start = text.index('"')
        inner = _inner(text[start + 1 :])
        if looks_like_quotation(inner):
            return _Found([inner], PREVIOUS_SPEAKER, start, len(text.rstrip()), how="follow", open=True)
    if len(found) != 1:
        return None
    span = found[0]
    if span.open or text[: span.start].strip(" –—-") or text[span.end :].strip(" .,;…–—-"):
        return None
    if not looks_like_quotation(span.inner):
        return None
    incise = _incise(span.inner)
    if incise is not None and incise[1] != PREVIOUS_SPEAKER:
        return None  # « A, observe Jeanne Roe, B »: the incise names a new speaker
    # « A, poursuit-il, B »: the incise is the journalist's; the words on either side are one quotation
    parts = [f"{incise[0].rstrip(' ,')} {incise[2]}"] if incise is not None else [span.inner]
    return _Found(parts, PREVIOUS_SPEAKER, span.start, span.end, how="follow")


def _thread_speaker(before: str, context: _Context) -> _Person | None:
    """discourse_thread: whose words a sentence in quotation marks that no verb attributes are, when the paragraph
    reports someone's discourse. French press does not repeat the verb of saying for each quotation: the words go on
    with the person the reader met last as a speaker or a sentence's subject ("Paul Roe dirige le laboratoire. Le
    travail « n'a rien d'un sprint, il faut des années » et…"), a person, not an organisation, and only when the
    sentence before the words names nobody else ("Paul Roe … Anne Dos, elle, « … »": not his)."""
    last = context.last
    if last is None or not last.named or not _person_name(last.name, last.detail, context):
        return None
    other = _named_in_sentence(before[_last_sentence_start(before) :], context)
    if other is not None and not set(speaker_key(other).split()) <= set(speaker_key(last.name).split()):
        return None
    return last


# A first name alone opening a sentence, before its apposition: "Rémy, étudiant à Lyon, a…".
_FIRST_NAME_OPENING = re.compile(rf"\s*(?P<first>{_GIVEN_NAME})\s*,")


def _named_in_sentence(sentence: str, context: _Context) -> str | None:
    """The last person ``sentence`` names: a full name (a known first name, or two words no dictionary knows), or a
    first name alone opening it; None if it names nobody."""
    named = None
    for match in _FULL_NAME.finditer(sentence):
        name = f"{match.group('first')} {match.group('surname')}"
        if (is_first_name(match.group("first")) or is_unlisted_name(name)) and speaker_key(
            name
        ) not in context.not_people:
            named = name
    if named is None:
        opening = _FIRST_NAME_OPENING.match(sentence)
        named = opening.group("first") if opening is not None and is_first_name(opening.group("first")) else None
    return named


def _last_person(last: _Candidate | Quote) -> _Person:
    if isinstance(last, _Candidate):
        return last.person
    return _Person(last.speaker, last.speaker_detail, last.named)


ABRIDGED_MIN_WORDS = 8


def _abridged(mine: str, other: str) -> bool:
    """Whether ``mine`` is ``other`` quoted again with words left out (a pull quote drops an apposition or an
    aside): its words, eight at least, are the other's in the same order, and make half of them or more."""
    short, long = words(mine.casefold()), words(other.casefold())
    if len(short) < ABRIDGED_MIN_WORDS or len(short) >= len(long) or 2 * len(short) < len(long):
        return False
    remaining = iter(long)
    return all(word in remaining for word in short)


def _condensed(mine: str, other: str) -> bool:
    """Whether the words ``mine`` quotes join pieces of ``other`` (normalised), in order: two at least, each of two
    words or more, set apart by punctuation (an intertitle's condensed quotation)."""
    parts = [_normal(part) for part in re.split(r"\s*[,;:.!?…]+\s*", mine)]
    parts = [part for part in parts if part]
    if len(parts) < 2 or any(len(part.split()) < 2 for part in parts):
        return False
    position, haystack = 0, other
    for part in parts:
        found = haystack.find(part, position)
        if found < 0:
            return False
        position = found + len(part)
    return True


def _without_repeats(candidates: list[_Candidate | Quote]) -> list[_Candidate | Quote]:
    """A pull-quote repeats words quoted elsewhere: one quotation, not two.

    A quotation goes when its words are inside another's and nothing but the
    quotation before it named its speaker (a follow-on or lead-in guess), or
    when the same speaker says the very same words again, or the same words with some left out
    (:func:`_abridged`). Two people saying
    the same sentence are two quotations.
    """
    raw = [c.text if isinstance(c, Quote) else " ".join(c.found.parts) for c in candidates]
    texts = [_normal(text) for text in raw]
    speakers = [speaker_key(c.speaker if isinstance(c, Quote) else c.person.name) for c in candidates]
    # the role of a person named and described with it: "Ministre de la Culture" in a heading that quotes "La ministre
    # de la Culture salue « … »", then the body's "La ministre de la Culture Anne Roe a salué « … »" (one person)
    named = [c.named if isinstance(c, Quote) else c.person.named for c in candidates]
    roles = [speaker_key(c.speaker_detail if isinstance(c, Quote) else c.person.detail) for c in candidates]
    weak_ones = [isinstance(c, _Candidate) and c.found.how in ("follow", "lead-in") for c in candidates]
    headings = [isinstance(c, _Candidate) and c.heading for c in candidates]
    kept: list[_Candidate | Quote] = []
    for i, candidate in enumerate(candidates):
        mine = texts[i]
        if not named[i] and any(named[j] and mine == texts[j] and roles[j] == speakers[i] for j in range(len(texts))):
            continue  # the same words of the same person, named elsewhere: that quotation, not its role's
        weak = weak_ones[i]
        # (words quoted with no attribution are weaker still: the same words attributed anywhere are the quotation)
        unnamed = isinstance(candidate, _Candidate) and candidate.found.how == "unattributed"
        if unnamed and any(j != i and mine and (mine == texts[j] or mine in texts[j]) for j in range(len(candidates))):
            continue
        repeat = any(
            j != i
            and mine
            and (
                (mine == texts[j] and j < i and (weak or speakers[i] == speakers[j]) and not headings[j])
                # (an intertitle whose words are said below: those, attributed there)
                or (headings[i] and j > i and mine in texts[j])
                # (a pull-quote guessed from the words before it, said again below and attributed there: those)
                or (mine == texts[j] and j > i and weak and not weak_ones[j] and speakers[i] != speakers[j])
                or (mine in texts[j] and (mine != texts[j] or j < i) and weak)
                # (a pull-quote of a person's words that the same person says at more length elsewhere)
                or (mine in texts[j] and mine != texts[j] and speakers[i] == speakers[j])
                or (j < i and speakers[i] == speakers[j] and _abridged(mine, texts[j]))
            )
            for j in range(len(candidates))
        )
        if repeat:
            continue
        # (a pull-quote that condenses the words said below it, "Je suis au chômage, j'ai envie de donner du temps"
        # above "Je suis au chômage. Vu mon âge, … Alors j'ai envie de donner du temps !", is its own wording: kept,
        # and the words of the person who says them below, not of the speaker before it)
        source = next((j for j in range(i + 1, len(candidates)) if weak and _condensed(raw[i], texts[j])), None)
        if source is not None and isinstance(candidate, _Candidate):
            said = candidates[source]
            person = (
                said.person if isinstance(said, _Candidate) else _Person(said.speaker, said.speaker_detail, said.named)
            )
            candidate = _Candidate(candidate.block, candidate.text, candidate.found, person)
        kept.append(candidate)
    return kept


def _corrected(quotes: list[Quote], not_quotes: list[str], speakers: dict[str, str]) -> list[Quote]:
    out = []
    for quote in quotes:
        text = _normal(quote.text)
        if any(names_text(fragment, text) for fragment in not_quotes):
            continue
        for fragment, speaker in speakers.items():
            if names_text(fragment, text):
                name, detail, named = parse_speaker(speaker)
                quote.speaker = quote.raw_speaker = name
                quote.speaker_detail, quote.named = detail, named
        out.append(quote)
    return out


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def _mapping(value: object) -> dict[str, object]:
    return {str(k): v for k, v in value.items()} if isinstance(value, dict) else {}


# Words that never open a speaker's name or role: adverbs, prepositions, pronouns a parse may leave there.
_NOT_SPEAKER_START = (
    _OPENERS
    | frozenset(
        "au-delà souvent toujours autre c’est c'est continuer parfois encore déjà ici donc car cela ça il elle on si"
        " quand lorsque puisque".split()
    )
    | _CONNECTIVE_NOUNS
)
# (and the clitics a parse may leave after the subject: "Étudiants y" of "Les étudiants y voient…")
_LINK_WORDS = frozenset("de du des d’ d' à au aux en sur pour par avec sans chez dans y".split())
# A conjunction that opens the clause before the subject: "Si DeepSeek…", "Quand Meta…".
_CLAUSE_OPENING = re.compile(
    r"^(?:[Ss]i|[Qq]uand|[Ll]orsque|[Ll]orsqu[’']|[Pp]uisque|[Pp]uisqu[’']|[Ee]t|[Mm]ais|[Cc]ar)(?:\s+|(?<=[’']))"
    r"(?=[A-ZÀ-ÖØ-Þ])"
)


def _noun_phrase_speaker(person: _Person) -> _Person:
    """The speaker as a noun phrase, whatever a parse left around it: a speaker is a name, a role or a body, never a
    clause. The phrase ends before its verb ("Élèves de seconde ont fait la démonstration…" -> "Élèves de
    seconde") and at a stop glued to the next sentence ("Responsable informatique des HCL.La collaboration…"); a
    participle opening it ("Commentant", the name in the description after it) gives way to that name; an adverb or
    a preposition alone, or a phrase with no noun left, is nobody named."""
    if not person.named and person.name == UNKNOWN_SPEAKER:
        return person
    name = re.split(r"(?<=\w)\.(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+\s)", person.name, maxsplit=1)[0]
    name = _CLAUSE_OPENING.sub("", name, count=1)
    tokens = list(re.finditer(r"(?<!\S)[\w’'-]+", name))  # words, not the parts of "Mistral.ai"
    if not tokens:
        return person
    first = tokens[0].group().casefold()
    # (but "Autre habitante", another witness of the kind quoted before, is someone: another_of_the_kind)
    other = first == "autre" and len(tokens) > 1 and _person_noun(tokens[1].group().casefold())
    if first in _NOT_SPEAKER_START and not other:
        return _Person(UNKNOWN_SPEAKER, person.detail, False)
    if (
        first.endswith("ant")
        and not _person_noun(first)
        and first not in _PERSON_NOUNS_IN_ANT
        and lemma(first) != first
    ):
        # "Commentant ce bilan, Kezia Roe, directrice…": the participle's subject is the name after it
        name_part, _, rest = person.detail.partition(",")
        if _is_full_name(name_part.strip()):
            return _Person(name_part.strip(), rest.strip(), True)
        return _Person(UNKNOWN_SPEAKER, "", False)
    for token in tokens[1:]:
        word = re.split(r"[’']", token.group())[-1]
        if word[:1].islower() and word not in _PERSON_NOUNS_IN_ANT and (_finite_form(word) or _finite_verb(word)):
            name = name[: token.start()]
            break
    words_ = name.split()
    while words_ and (words_[-1].casefold() in _LINK_WORDS or words_[-1].casefold() in _TRAILING_PRONOUNS):
        words_.pop()
    name = " ".join(words_).rstrip(" ,")
    detail = person.detail
    if not person.named:
        circumstance = _ROLE_CIRCUMSTANCE.search(name)
        if circumstance is not None:
            # an unnamed source is named by its noun and its "de" complement ("Passagère", "Maire de Lorgues"); what
            # follows another preposition is the journalist's circumstance ("en partance pour Londres", "au budget
            # serré", "en début d'audience"), a description at most; an office's portfolio stays ("Ministre délégué
            # à l'Industrie")
            rest = name[circumstance.start() :].strip()
            name = name[: circumstance.start()].rstrip(" ,")
            detail = f"{rest}, {detail}" if detail else rest
    if name == person.name and detail == person.detail:
        return person
    if not name:
        return _Person(UNKNOWN_SPEAKER, person.detail, False)
    return _Person(name, detail, person.named)


# Pronouns a parse may leave after a role, before the verb it cut: "la ministre de la Santé se", "une femme qui".
_TRAILING_PRONOUNS = frozenset("se s’ s' qui que qu’ qu' lui leur".split())
# A preposition of circumstance after an unnamed source's noun, not before a capitalised portfolio or place.
# (nor inside an office's name: "négociateur en chef", "commandant en second", "adjoint au maire", "délégué aux
# sports", "aide à domicile", "tour à tour")
_ROLE_CIRCUMSTANCE = re.compile(
    r"(?<=\S)(?<!\b[Aa]djoint)(?<!\b[Aa]djointe)(?<!\b[Dd]élégué)(?<!\b[Dd]éléguée)(?<!\b[Dd]élégués)(?<!\b[Tt]our)"
    r"\s+(?:au|aux|à|pour|sur|dans|avec|depuis|sans)\s+(?![A-ZÀ-ÖØ-Þ]|l[’']\s*[A-ZÀ-ÖØ-Þ]|domicile\b)"
    # ("en" and a noun is mostly the field of a profession, "chercheuse en sécurité": only a state or a moment)
    r"|\s+en\s+(?=(?:partance|colère|pleurs|larmes|début|fin|poste|vacances|visite|déplacement|route|congé|arrêt"
    r"|grève|attente|transit|cavale|détention|garde\s+à\s+vue)\b)"
)


def _quote(article: Article, block: Block, text: str, person: _Person, anchor: str) -> Quote:
    person = _noun_phrase_speaker(person)
    return Quote(
        id=f"{article.id}-{anchor}",
        text=" ".join(text.split()),
        speaker=person.name,
        speaker_detail=person.detail,
        article=article.id,
        anchor=anchor,
        themes=list(block.themes),
        named=person.named,
    )


def unify_speakers(quotes: list[Quote]) -> None:
    """One speaker across articles: same key, or a surname alone matching one full name.

    Starts from each quotation's ``raw_speaker`` so that it can run again on
    cached quotations when the corpus changes.
    """
    for quote in quotes:
        quote.speaker = quote.raw_speaker
    full_names: dict[str, str] = {}
    for quote in quotes:
        if quote.named and len(quote.speaker.split()) > 1:
            key = speaker_key(quote.speaker)
            # Prefer a normally cased spelling over one in capitals.
            if key not in full_names or (full_names[key].isupper() and not quote.speaker.isupper()):
                full_names[key] = quote.speaker
    by_surname: dict[str, set[str]] = {}
    by_acronym: dict[str, set[str]] = {}
    for key, name in full_names.items():
        by_surname.setdefault(key.split()[-1], set()).add(name)
        if name[:1].isupper() and name.split()[1][:1].islower():  # a body's name, its first word capitalised alone
            by_acronym.setdefault(_initials(name), set()).add(name)
    canonical_roles: dict[str, str] = {}
    for quote in quotes:
        key = speaker_key(quote.speaker)
        if quote.named:
            if key in full_names:
                quote.speaker = full_names[key]
            elif len(key.split()) == 1 and len(by_surname.get(key, ())) == 1:
                quote.speaker = next(iter(by_surname[key]))
            elif _ACRONYM.fullmatch(quote.speaker) and len(by_acronym.get(quote.speaker, ())) == 1:
                # acronym_expansion: "le BRGM" is the Bureau de recherches géologiques et minières a quotation named
                # in full, when no other body's name spells it
                quote.speaker = next(iter(by_acronym[quote.speaker]))
        else:
            quote.speaker = canonical_roles.setdefault(key, quote.speaker)
