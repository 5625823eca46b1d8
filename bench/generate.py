"""Deterministic generator of raw French news articles in the style of the seeds.

Every article is built from its own random stream (seed and index), so article
``i`` is the same whatever N is: the 100-article corpus is a prefix of the
1,000-article one. Vocabulary comes from the project's own ``themes.yml``
keywords and ``glossary.yml`` terms and aliases, mixed into sentence templates.

Two outputs for the same articles:

* raw files for ``sources/articles/`` (titles, bylines, bullet glyphs, « »
  quotations with speech verbs, dash-attributed block quotes, site cruft);
* ordinary Markdown pages for a plain MkDocs baseline (title heading, headings,
  paragraphs, lists, block quotes; escaped; no site cruft).

Usage::

    python bench/generate.py 100 /tmp/articles            # raw articles
    python bench/generate.py 100 /tmp/docs --plain         # Markdown pages under /tmp/docs/articles/
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SEED = 20250731

# ----------------------------------------------------------------------------
# Vocabulary
# ----------------------------------------------------------------------------

FIRST_NAMES = """
Camille Julien Sophie Thomas Léa Nicolas Chloé Antoine Manon Hugo Inès Mathieu Clara Karim Élodie Yann Amina
Pierre Lucie Olivier Sarah Vincent Nadia Guillaume Aurélie Mehdi Claire Benoît Hélène François Laura David
Fatou Étienne Juliette Romain Anaïs Jérôme Mélanie Rachid Margaux Sébastien Priya Wei Kenji Ingrid Lars Aisha
""".split()
LAST_NAMES = """
Martin Bernard Dubois Lefèvre Moreau Laurent Girard Roux Fournier Mercier Blanc Guérin Faure Chevalier Garnier
Perrin Lambert Bonnet Fontaine Rousseau Vincent Morel Leclerc Benali Nguyen Haddad Diallo Kowalski Lindqvist
Tanaka Chen Okafor Schneider Rossi Ferreira Da Silva Petit Marchand Caron Renaud Barbier Meunier Colin Lemaire
""".split()
ORGS = ["Meta", "OpenAI", "Google", "Microsoft", "Anthropic", "Mistral AI", "DeepSeek", "Alibaba", "Nvidia"]
ORGS += ["Amazon", "Apple", "xAI", "Scale AI", "Hugging Face", "Moonshot AI", "Google DeepMind"]
PLACES = [
    "l'Inria",
    "l'EPFL",
    "Sciences Po",
    "l'université Paris-Saclay",
    "HEC Paris",
    "l'Imperial College",
    "Stanford",
]
PLACES += ["l'université de Montréal", "l'ENS", "Polytechnique", "l'université de Tsinghua", "Oxford"]
FIRMS = ["Morgan Stanley", "Goldman Sachs", "Gartner", "IDC", "Forrester", "BNP Paribas", "Bernstein", "Jefferies"]
STARTUPS = ["Nabla", "Dust", "Photoroom", "Giskard", "Pleias", "Kyutai", "LightOn", "H Company", "Poolside", "Sakana"]
CITIES = ["Paris", "Bruxelles", "Washington", "Pékin", "Londres", "Berlin", "Toronto", "Singapour", "Bangalore"]
CITIES += ["San Francisco", "Shanghai", "Stockholm", "Tel-Aviv", "Séoul"]
PUBLISHERS = ["technews-ia.fr", "lejournaldelatech.com", "futura-innov.fr", "numerama-pro.net", "ia-hebdo.info"]
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()

SPEECH_POST = ["estime", "explique", "souligne", "note", "prédit", "confie", "affirme", "ajoute", "observe"]
SPEECH_POST += ["fait remarquer", "avertit", "résume", "tempère", "nuance", "insiste", "rappelle", "a déclaré"]
SPEECH_PRE = ["explique", "affirme", "déclare", "résume", "prévient", "a ainsi déclaré", "a lancé"]
ANONYMOUS = [
    "un analyste de l'industrie",
    "un porte-parole de Meta",
    "une source proche du dossier",
    "un investisseur de la Silicon Valley",
    "une chercheuse en sécurité",
    "un ancien cadre de Google",
    "un capital-risqueur parisien",
    "une responsable européenne",
]
DASH_ANONYMOUS = [
    "Analyste technologique anonyme",
    "Porte-parole de Meta",
    "Un ingénieur de l'équipe Llama",
    "Source interne",
    "Responsable de la politique numérique européenne",
]
ROLES = [
    "PDG de {org}",
    "directrice de la stratégie chez {org}",
    "chercheur chez {org}",
    "chercheuse à {place}",
    "analyste chez {firm}",
    "professeur à {place}",
    "fondateur de {startup}",
    "cofondatrice de {startup}",
    "porte-parole de {org}",
    "économiste chez {firm}",
    "responsable de l'IA chez {org}",
    "ancien ingénieur de {org}",
]

TITLES = [
    "{A} et {term} : {Hook}",
    "Pourquoi {A} mise sur {term}",
    "{term} : ce que change le virage de {A}",
    "Comment {A} veut {v} grâce à {term}",
    "{A} face à {B} : la bataille de {n}",
    "{A} prépare un tournant autour de {term}",
    "L'avenir de {term} se joue-t-il chez {A} ?",
    "{term}, {n} et {n2} : le pari risqué de {A}",
    "Ce que la décision de {A} change pour {n}",
    "{A} accélère sur {term} malgré les doutes",
    "Enquête : {A}, {term} et la question de {n}",
    "{A} peut-il encore {v} sans {term} ?",
]
HOOKS = ["un tournant stratégique", "la fin d'une époque", "un pari à plusieurs milliards", "le grand virage"]
HOOKS += ["une ambition mondiale", "les coulisses d'un revirement", "un choix qui divise"]
HEADINGS = [
    "Un enjeu de {n}",
    "Ce que {term} change pour {A}",
    "Pourquoi {A} veut {v} ?",
    "La réponse de {B}",
    "{term} au cœur de la stratégie",
    "Les limites de {term}",
    "Un marché en pleine recomposition",
    "Quelles conséquences pour {n} ?",
    "{A} sous pression",
    "Le rôle de {term}",
    "Entre {n} et {n2}",
    "Ce qu'il faut retenir",
    "Les startups en première ligne",
    "Une bataille mondiale",
]
SENTENCES = [
    "{A} mise désormais sur {term} pour renforcer sa position en matière de {n}.",
    "Pour {A}, la question de {n} se pose avec une acuité nouvelle depuis le {date}.",
    "Les observateurs constatent que {term} est devenu un enjeu de {n} pour tout le secteur.",
    "En {year}, {A} a consacré près de {num} milliards de dollars à {term}, un record en matière de {n}.",
    "Ce choix pourrait modifier l'équilibre de {n} entre {A} et {B}.",
    "Plus de {pct} % des entreprises interrogées citent {term} comme un facteur de {n}.",
    "{A} et {B} s'affrontent sur le terrain de {n}, alors que {term} attire l'attention des marchés.",
    "La démarche de {A} repose sur une approche {adj} de {term}.",
    "Les équipes de {A} cherchent à {v} sans renoncer à {term}.",
    "Un rapport publié le {date} estime que {term} représente déjà {pct} % des dépenses du secteur.",
    "Dans ce contexte, {term} devient un outil {adj} pour {A}.",
    "Certains dirigeants de {A} veulent {v} rapidement, d'autres plaident pour davantage de {n}.",
    "Le lancement de {term} en {month} {year} a marqué un tournant pour {A}.",
    "À {city}, les autorités suivent de près les projets de {A} autour de {term}.",
    "Cette évolution interroge la place de {n} dans les choix de {A}.",
    "{A} revendique aujourd'hui {num} millions d'utilisateurs pour {term}.",
    "La dimension {adj} du dossier n'échappe à personne, ni à {B} ni aux régulateurs.",
    "Depuis {year}, {term} s'est imposé comme une référence pour les développeurs.",
    "Le coût de {term} reste élevé : il faut compter plusieurs centaines de millions d'euros par génération.",
    "Les partisans de {term} y voient un levier de {n}, ses détracteurs un risque de {n2}.",
    "Face à {B}, {A} tente de {v} tout en préservant son image.",
    "Les chiffres publiés le {date} montrent une hausse de {pct} % sur un an.",
    "La question de {n} s'invite désormais dans chaque conseil d'administration.",
    "Pour les petites équipes, {term} change profondément la donne.",
    "Rien ne dit pourtant que {A} parviendra à {v} avant {year2}.",
    "Les investisseurs attendent de {A} une feuille de route claire sur {term}.",
    "Ce mouvement concerne aussi {C}, qui a annoncé un plan de {num} milliards d'euros.",
    "Le débat dépasse largement {A} : il touche à {n} et à {n2}.",
    "À court terme, {term} reste la priorité affichée par la direction de {A}.",
    "Plusieurs sources évoquent un calendrier serré, avec une annonce attendue en {month} {year2}.",
]
QUOTES = [
    "Nous ne pouvons pas ignorer {term}, c'est une question de {n} pour tout le secteur",
    "Le vrai sujet n'est pas la technologie mais la capacité de {A} à {v} dans la durée",
    "Si {A} renonce à {term}, d'autres occuperont la place très rapidement",
    "Nous avons appris à nos dépens que {n} ne se décrète pas, elle se construit",
    "Personne ne sait encore si {term} tiendra ses promesses, mais tout le monde investit",
    "Les régulateurs arrivent toujours après la bataille, et {term} ne fera pas exception",
    "Pour une startup comme la nôtre, {term} a tout changé en moins de deux ans",
    "Il serait naïf de croire que {A} agit par altruisme : c'est une affaire de {n}",
    "La concurrence avec {B} oblige tout le monde à aller plus vite que prévu",
    "Notre priorité reste de {v} sans sacrifier la confiance de nos utilisateurs",
    "Ouvrir ou fermer un modèle, ce n'est jamais un choix purement technique",
    "Le rapport de force entre {A} et {B} se joue désormais sur {term}",
]
BULLET_INTROS = [
    "Voici les principaux points à retenir :",
    "Plusieurs facteurs expliquent ce choix :",
    "Les conséquences possibles sont nombreuses :",
    "Trois enjeux se dégagent :",
    "Parmi les pistes évoquées :",
]
BULLETS = [
    "{N} : {A} pourrait {v} plus vite que prévu.",
    "Un accès à {term} plus coûteux pour les petites entreprises.",
    "{N} accrue face à {B} et {C}.",
    "Des questions de {n} encore sans réponse.",
    "Un rôle croissant de {term} dans la stratégie de {A}.",
    "{N} : les régulateurs européens observent le dossier de près.",
    "Des investissements de {num} milliards de dollars annoncés pour {year2}.",
    "Une dépendance renforcée à {term}.",
]
CRUFT_TOP = ["Partager :", "Facebook", "Twitter", "LinkedIn", "Copier le lien", "Partager cet article"]
CRUFT_MIDDLE = [
    "À lire aussi : {title}",
    "Lire aussi : {title}",
    "Publicité",
    "Crédit photo : {name} / Agence",
]
CRUFT_END = [
    "Inscrivez-vous à notre newsletter pour recevoir chaque semaine l'essentiel de l'actualité de l'IA.",
    "Ne manquez aucune actualité : recevez nos alertes et nos articles directement par e-mail.",
    "Nous utilisons des cookies pour améliorer votre expérience de navigation sur notre site et mesurer l'audience.",
    "© {year} {publisher}. Tous droits réservés.",
    "Laisser un commentaire",
    "Cet article vous a plu ? Partagez-le avec vos collègues.",
]
_VERB_EXCEPTIONS = {"leader", "danger"}
_ADJ_ENDINGS = (
    "ique",
    "iel",
    "if",
    "eux",
    "ant",
    "ain",
    "al",
    "ois",
    "éen",
    "aire",
    "able",
    "ible",
    "dent",
    "enté",
    "ôlé",
)
GENERIC_VERBS = ["accélérer", "convaincre", "se démarquer", "rattraper son retard", "garder la main", "rassurer"]


@dataclass
class Vocabulary:
    """Theme keywords split by rough part of speech, glossary forms, and people."""

    nouns: dict[str, list[str]]
    adjectives: dict[str, list[str]]
    verbs: dict[str, list[str]]
    terms: list[str]
    speakers: list[tuple[str, str]]
    authors: list[str]


def _part_of_speech(keyword: str) -> str:
    if " " in keyword or not keyword[:1].islower():
        return "noun"
    if keyword.endswith(_ADJ_ENDINGS):
        return "adjective"
    if keyword not in _VERB_EXCEPTIONS and keyword.endswith(("er", "ir", "re")) and len(keyword) > 5:
        return "verb"
    return "noun"


def load_vocabulary(root: Path = ROOT, seed: int = DEFAULT_SEED) -> Vocabulary:
    themes = yaml.safe_load((root / "sources" / "themes.yml").read_text(encoding="utf-8"))
    glossary = yaml.safe_load((root / "sources" / "glossary.yml").read_text(encoding="utf-8"))
    nouns: dict[str, list[str]] = {}
    adjectives: dict[str, list[str]] = {}
    verbs: dict[str, list[str]] = {}
    for theme in themes["themes"]:
        tid = str(theme["id"])
        nouns[tid], adjectives[tid], verbs[tid] = [], [], []
        for keyword in theme.get("keywords", []):
            {"noun": nouns, "adjective": adjectives, "verb": verbs}[_part_of_speech(str(keyword))][tid].append(
                str(keyword)
            )
        # Every theme needs something in each slot; fall back on a neutral word.
        nouns[tid] = nouns[tid] or ["stratégie"]
        adjectives[tid] = adjectives[tid] or ["stratégique"]
        verbs[tid] += GENERIC_VERBS
    terms: list[str] = []
    for entry in glossary.get("terms", []):
        terms.append(str(entry["term"]))
        terms.extend(str(alias) for alias in entry.get("aliases") or [])
    rng = random.Random(f"{seed}-people")
    pairs = [(f, last) for f in FIRST_NAMES for last in LAST_NAMES]
    rng.shuffle(pairs)
    names = [f"{first} {last}" for first, last in pairs[:200]]
    speakers = []
    for name in names:
        role = rng.choice(ROLES).format(
            org=rng.choice(ORGS), place=rng.choice(PLACES), firm=rng.choice(FIRMS), startup=rng.choice(STARTUPS)
        )
        speakers.append((name, role))
    authors = [f"{first} {last}" for first, last in pairs[200:260]]
    return Vocabulary(nouns, adjectives, verbs, terms, speakers, authors)


# ----------------------------------------------------------------------------
# Article model
# ----------------------------------------------------------------------------


@dataclass
class Block:
    kind: str  # heading | paragraph | list | quote | cruft
    text: str = ""
    items: list[str] = field(default_factory=list)
    marker: str = "-"
    attribution: str = ""


@dataclass
class GenArticle:
    id: str
    title: str
    show_title: bool
    byline: list[str]
    front_matter: dict[str, str]
    markdown: bool
    blocks: list[Block]
    curly_apostrophes: bool = False
    formatted: bool = False  # Markdown only: inline formatting as authors write it (emphasis, links, code)

    @property
    def filename(self) -> str:
        return f"{self.id}.{'md' if self.markdown else 'txt'}"

    def words(self) -> int:
        return len(self.to_raw().split())

    def to_raw(self) -> str:
        return render_raw(self)

    def to_plain(self) -> str:
        return render_plain(self)


def french_date(rng: random.Random, first_year: int = 2023, last_year: int = 2025) -> tuple[str, str]:
    """A date written the French way ("1er avril 2024") and its ISO form."""
    year = rng.randint(first_year, last_year)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    text = f"{'1er' if day == 1 else day} {MONTHS[month - 1]} {year}"
    return text, f"{year:04d}-{month:02d}-{day:02d}"


_ELISION = re.compile(r"\b(de|que|le|la) (?=[aeiouyéèêàâîôûAEIOUYÉÈÊÀ])")


def _elide(text: str) -> str:
    """French elision: "de Apple" -> "d'Apple", "que IA" -> "qu'IA", "le open source" -> "l'open source"."""
    return _ELISION.sub(lambda m: {"de": "d'", "que": "qu'"}.get(m.group(1), "l'"), text)


def _capitalise(text: str) -> str:
    """Upper-case the first letter unless the word is a brand written in mixed case ("xAI", "iPhone")."""
    if text[:1].islower() and not text[1:2].isupper():
        return text[:1].upper() + text[1:]
    return text


class _Writer:
    """Fills templates for one article: a dominant theme, a secondary one, and random slots."""

    def __init__(self, vocab: Vocabulary, rng: random.Random) -> None:
        self.v = vocab
        self.rng = rng
        self.theme_ids = list(vocab.nouns)
        self.main = rng.choice(self.theme_ids)
        self.last_named: str | None = None

    def _theme(self) -> str:
        # Mostly the article's main theme, sometimes any other: passages mix themes.
        return self.main if self.rng.random() < 0.55 else self.rng.choice(self.theme_ids)

    def fill(self, template: str) -> str:
        r = self.rng
        orgs = r.sample(ORGS, 3)
        theme, other = self._theme(), self._theme()
        date, _ = french_date(r)
        noun = r.choice(self.v.nouns[theme])
        values = {
            "A": orgs[0],
            "B": orgs[1],
            "C": orgs[2],
            "term": r.choice(self.v.terms),
            "n": noun,
            "N": noun[:1].upper() + noun[1:],
            "n2": r.choice(self.v.nouns[other]),
            "adj": r.choice(self.v.adjectives[theme]),
            "v": r.choice(self.v.verbs[theme]),
            "num": str(r.choice([2, 3, 5, 8, 10, 12, 15, 20, 35, 40, 65, 100, 350, 700])),
            "pct": str(r.randint(3, 92)),
            "year": str(r.randint(2019, 2025)),
            "year2": str(r.randint(2026, 2030)),
            "month": r.choice(MONTHS),
            "date": date,
            "city": r.choice(CITIES),
            "Hook": r.choice(HOOKS),
        }
        return _capitalise(_elide(template.format(**values)))

    def sentence(self) -> str:
        return self.fill(self.rng.choice(SENTENCES))

    def paragraph(self, sentences: int) -> str:
        return " ".join(self.sentence() for _ in range(sentences))

    def speaker(self) -> tuple[str, str]:
        return self.rng.choice(self.v.speakers)

    def inline_quote(self) -> str:
        """A paragraph with one « » quotation attributed by a speech verb, before or after it."""
        r = self.rng
        quote = self.fill(r.choice(QUOTES))
        context = self.sentence()
        form = r.random()
        name, role = self.speaker()
        if form < 0.45:
            verb = r.choice(SPEECH_POST)
            who = f"{name}, {role}" if r.random() < 0.7 else r.choice(ANONYMOUS)
            self.last_named = name
            return f"{context} « {quote} », {verb} {who}."
        if form < 0.6 and self.last_named:
            verb = r.choice(["ajoute-t-il", "poursuit-elle", "précise-t-il", "insiste-t-elle", "estime-t-il"])
            return f"« {quote} », {verb}. {context}"
        if form < 0.8:
            self.last_named = name
            return f"{context} Selon {name}, « {quote}. »"
        self.last_named = name
        return f"{context} {name} {r.choice(SPEECH_PRE)} : « {quote}. »"

    def block_quote(self) -> Block:
        r = self.rng
        text = self.fill(r.choice(QUOTES)) + ". " + self.fill(r.choice(QUOTES)) + "."
        if r.random() < 0.8:
            name, role = self.speaker()
            detail = role if r.random() < 0.7 else f"{role}, {r.choice(['dans un podcast', 'lors d’une conférence'])}"
            attribution = f"{name}, {detail}"
        else:
            attribution = r.choice(DASH_ANONYMOUS)
        return Block("quote", text, attribution=attribution)

    def bullet_list(self) -> list[Block]:
        r = self.rng
        items = [self.fill(t) for t in r.sample(BULLETS, r.randint(3, 5))]
        return [Block("paragraph", r.choice(BULLET_INTROS)), Block("list", items=items, marker=r.choice("•-–"))]


def generate_article(index: int, vocab: Vocabulary, seed: int = DEFAULT_SEED) -> GenArticle:
    """Article ``index`` of the corpus; the same for a given seed whatever N is."""
    r = random.Random(f"{seed}-{index}")
    w = _Writer(vocab, r)
    digest = hashlib.sha256(f"{seed}-{index}".encode()).hexdigest()[:16]
    title = w.fill(r.choice(TITLES))
    date_text, date_iso = french_date(r)
    author = r.choice(vocab.authors)
    second = r.choice(vocab.authors)
    markdown = r.random() < 0.1
    byline_style = r.random()
    byline: list[str] = []
    if byline_style < 0.3:
        byline = [f"Par {author}"]
    elif byline_style < 0.45:
        byline = [f"Par {author}, le {date_text}"]
    elif byline_style < 0.55:
        byline = ["Par", author, f"{r.randint(3, 12)} min de lecture"]
    elif byline_style < 0.65:
        byline = [f"Publié le {date_text} à {r.randint(6, 22)}h{r.randint(0, 59):02d}", f"Par {author} et {second}"]
    elif byline_style < 0.75:
        byline = [f"{date_text} | {author} | Intelligence artificielle"]
    front_matter: dict[str, str] = {}
    if r.random() < 0.08:
        front_matter = {"title": title, "author": author, "date": date_iso}
        if r.random() < 0.5:
            front_matter["publisher"] = r.choice(PUBLISHERS)
    blocks: list[Block] = []
    if r.random() < 0.3:
        blocks.append(Block("cruft", r.choice(CRUFT_TOP)))
    blocks.append(Block("paragraph", w.paragraph(r.randint(3, 5))))
    target = r.randint(450, 1350)
    words = sum(len(b.text.split()) for b in blocks) + 20
    while words < target:
        blocks.append(Block("heading", w.fill(r.choice(HEADINGS))))
        for _ in range(r.randint(2, 4)):
            roll = r.random()
            if roll < 0.2:
                blocks.extend(w.bullet_list())
            elif roll < 0.32:
                blocks.append(w.block_quote())
                blocks.append(Block("paragraph", w.paragraph(r.randint(2, 3))))
            elif roll < 0.55:
                blocks.append(Block("paragraph", w.inline_quote() + " " + w.paragraph(r.randint(1, 3))))
            else:
                blocks.append(Block("paragraph", w.paragraph(r.randint(3, 6))))
            if r.random() < 0.06:
                teaser = w.fill(r.choice(TITLES))
                blocks.append(Block("cruft", r.choice(CRUFT_MIDDLE).format(title=teaser, name=r.choice(vocab.authors))))
        words = sum(len(b.text.split()) + sum(len(i.split()) for i in b.items) for b in blocks)
    if r.random() < 0.4:
        teasers = [w.fill(r.choice(TITLES)) for _ in range(r.randint(2, 3))]
        blocks.append(Block("cruft", "À lire aussi"))
        blocks.append(Block("cruft", items=teasers, marker=r.choice("•-")))
    for line in r.sample(CRUFT_END, r.randint(0, 3)):
        blocks.append(Block("cruft", line.format(year=r.randint(2023, 2025), publisher=r.choice(PUBLISHERS))))
    return GenArticle(
        id=f"{index:05d}_{digest}",
        title=title,
        show_title=markdown or r.random() < 0.85,
        byline=byline,
        front_matter=front_matter,
        markdown=markdown,
        blocks=blocks,
        curly_apostrophes=r.random() < 0.4,
    )


def generate(n: int, seed: int = DEFAULT_SEED, root: Path = ROOT) -> list[GenArticle]:
    vocab = load_vocabulary(root, seed)
    return [generate_article(i, vocab, seed) for i in range(n)]


# ----------------------------------------------------------------------------
# Output
# ----------------------------------------------------------------------------


def _yaml_value(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_raw(article: GenArticle) -> str:
    """The article as a contributor would paste it: plain text (or light Markdown), cruft included."""
    text = _raw_lines(article)
    return text.replace("'", "’") if article.curly_apostrophes else text


def _raw_lines(article: GenArticle) -> str:
    lines: list[str] = []
    if article.front_matter:
        lines.append("---")
        lines.extend(f"{key}: {_yaml_value(value)}" for key, value in article.front_matter.items())
        lines.append("---")
    md = article.markdown
    if article.show_title:
        lines.append(f"# {article.title}" if md else article.title)
        lines.append("")
    if article.byline:
        lines.extend(article.byline)
        lines.append("")
    for block in article.blocks:
        if block.kind == "heading":
            lines.append(f"## {block.text}" if md else block.text)
        elif block.kind == "quote":
            lines.append(f"> {block.text}" if md else block.text)
            if md:
                lines.append("")
            lines.append(f"– {block.attribution}")
        elif block.items:
            indent = "" if md or block.marker == "-" else "  "
            marker = "-" if md else block.marker
            lines.extend(f"{indent}{marker} {item}" for item in block.items)
        else:
            lines.append(_formatted(block.text, len(lines)) if md and article.formatted else block.text)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _formatted(text: str, seed: int) -> str:
    """A paragraph with the inline Markdown an author adds: a word in bold, one in italics, a link, some code."""
    words = text.split(" ")
    if len(words) < 12:
        return text
    picks = {3: "**{}**", 7: "*{}*", 10: "[{}](https://exemple.fr/" + str(seed) + ")"}
    if seed % 3 == 0:
        picks[5] = "`{}`"
    out = [picks[i].format(w) if i in picks and w.isalpha() else w for i, w in enumerate(words)]
    return " ".join(out)


def variant(articles: list[GenArticle], markdown: bool) -> list[GenArticle]:
    """The same articles, all as ``.md`` (with inline formatting) or all as ``.txt`` (bench: Markdown variant)."""
    return [dataclasses.replace(a, markdown=markdown, formatted=markdown) for a in articles]


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!~{}])")


def md_escape(text: str) -> str:
    """Backslash-escape every character Markdown (or an HTML parser) could read as syntax."""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = re.sub(r"^(\s*)([-+])(?=\s)", r"\1\\\2", text)
    text = re.sub(r"^(\s*\d+)([.)])(?=\s)", r"\1\\\2", text)
    return text.replace("&", "&amp;")


def render_plain(article: GenArticle) -> str:
    """The same article as an ordinary, hand-written Markdown page (no site cruft)."""
    out = [f"# {md_escape(article.title)}", ""]
    if article.byline:
        out += [md_escape(" ".join(article.byline)), ""]
    for block in article.blocks:
        if block.kind == "cruft":
            continue
        if block.kind == "heading":
            out.append(f"## {md_escape(block.text)}")
        elif block.kind == "quote":
            out += [f"> {md_escape(block.text)}", ">", f"> — {md_escape(block.attribution)}"]
        elif block.kind == "list":
            out += [f"- {md_escape(item)}" for item in block.items]
        else:
            out.append(md_escape(block.text))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def write_raw(articles: list[GenArticle], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for article in articles:
        path = folder / article.filename
        path.write_text(article.to_raw(), encoding="utf-8")
        paths.append(path)
    return paths


def write_plain(articles: list[GenArticle], docs_dir: Path) -> list[Path]:
    """Markdown pages under ``docs_dir/articles/``, plus an index linking them all."""
    folder = docs_dir / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for article in articles:
        path = folder / f"{article.id}.md"
        path.write_text(article.to_plain(), encoding="utf-8")
        paths.append(path)
    links = "\n".join(f"- [{md_escape(a.title)}]({a.id}.md)" for a in articles)
    (folder / "index.md").write_text(f"# Articles\n\n{links}\n", encoding="utf-8")
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("target", type=Path, help="folder for raw articles (or docs folder with --plain)")
    parser.add_argument("--plain", action="store_true", help="write Markdown pages under TARGET/articles/")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    articles = generate(args.n, args.seed)
    paths = write_plain(articles, args.target) if args.plain else write_raw(articles, args.target)
    words = sum(a.words() for a in articles)
    print(f"{len(paths)} articles, {words} words, in {args.target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
