"""Actors, figures and dates of the corpus: found per article, gathered per corpus.

Per article (:func:`extract`, part of the cached per-file analysis): every
block of the article proper is scanned once per segment for actors
(:mod:`dossier.actors`), quantified facts (:mod:`dossier.figures`) and dated
mentions (:mod:`dossier.timeline`), each kept with the anchor of its block so
pages and data link to the exact paragraph. Actor mentions that do not overlap
a glossary term also become links in the article (:data:`ACTOR_PREFIX` slugs
in ``Block.terms``), so a word is never linked twice.

Per corpus (:func:`gather`): each actor's articles, themes, quotations and
the actors most often named with it; names not in ``actors.yml`` worth
reviewing.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .actors import Actor, ActorMatcher, Actors, unknown_names
from .figures import Figure, Sentences, attach_actors, extract_figures
from .glossary import Entry, Linker
from .linking import ACTOR_PREFIX
from .model import Article, Kind
from .quotes import Quote
from .timeline import DateMention, extract_dates

REVIEW_MIN = 2  # unknown names listed for review from this many mentions in the corpus
RELATED_SHOWN = 8


def actor_entries(actors: Actors) -> dict[str, Entry]:
    """Link targets for actors, keyed like glossary entries: linked once per page, the description as tooltip."""
    out: dict[str, Entry] = {}
    for actor in actors.actors:
        slug = ACTOR_PREFIX + actor.slug
        definition = f"{KIND_LABELS.get(actor.kind, actor.kind)}. {actor.description}".strip()
        out[slug] = Entry(term=actor.name, slug=slug, definition=definition, link="first-per-page")
    return out


KIND_LABELS = {
    "organisation": "Organisation",
    "personne": "Personne",
    "modèle": "Modèle d’IA",
    "produit": "Produit ou infrastructure",
    "pays": "Pays",
    "région": "Région",
}
KIND_TITLES = {
    "organisation": "Organisations",
    "personne": "Personnes",
    "modèle": "Modèles d’IA",
    "produit": "Produits et infrastructures",
    "pays": "Pays",
    "région": "Régions",
}


@dataclass(frozen=True, slots=True)
class Located:
    """A figure or a date, with the anchor of the block it was found in."""

    anchor: str
    item: Figure | DateMention

    def __reduce__(self) -> tuple[type[Located], tuple[str, Figure | DateMention]]:
        return Located, (self.anchor, self.item)  # like model.Passage: quick to unpickle


@dataclass
class ArticleFacts:
    """What one article says about actors, figures and dates (compact: kept for every article)."""

    article: str  # article id
    mentions: dict[str, list[str]] = field(default_factory=dict)  # actor slug -> block anchor of each mention
    themes: dict[str, Counter[str]] = field(default_factory=dict)  # actor slug -> themes of the blocks naming it
    figures: list[Located] = field(default_factory=list)
    dates: list[Located] = field(default_factory=list)
    unknown: Counter[str] = field(default_factory=Counter)  # capitalised names not in actors.yml


def _free(taken: Sequence[tuple[int, int, str]], start: int, end: int, k: int) -> tuple[bool, int]:
    """Whether ``[start, end)`` overlaps none of ``taken`` (sorted spans), from index ``k`` on; the new index."""
    while k < len(taken) and taken[k][1] <= start:
        k += 1
    return not (k < len(taken) and taken[k][0] < end), k


def extract(article: Article, matcher: ActorMatcher, linker: Linker | None = None) -> ArticleFacts:
    """Scan the article's blocks once for actors, figures and dates; add actor links to ``Block.terms``.

    Needs the glossary scan (``Block.terms``) and the theme classification
    done; headings and author biographies are left out. Capitalised names
    that no actor and no glossary term (``linker``) covers are kept for review.
    Linear in the text: actors are found segment by segment (their links need
    segment offsets), figures and dates in one pass over the article's text.
    """
    facts = ArticleFacts(article.id)
    pieces: list[str] = []
    starts: list[int] = []
    anchors: list[str] = []
    found: list[tuple[int, int, Actor]] = []  # actor mentions, offsets in the article's text
    offset = 0
    for block in article.blocks:
        if block.kind is Kind.HEADING or block.role == "about":
            continue
        glossary_terms = block.terms_by_segment()
        links: list[tuple[int, int, int, str]] = []
        named: Counter[str] = Counter()
        plain = block.plain
        at = 0  # the segments are pieces of the block's plain text, in order
        for i, segment in enumerate(block.segments()):
            taken, k = glossary_terms.get(i, []), 0
            where = plain.find(segment, at)
            at = where + len(segment) if where >= 0 else at
            for start, end, actor in matcher.find(segment):
                if where >= 0:
                    found.append((offset + where + start, offset + where + end, actor))
                named[actor.slug] += 1
                free, k = _free(taken, start, end, k)
                if free:
                    links.append((i, start, end, ACTOR_PREFIX + actor.slug))
        for slug, n in named.items():
            facts.mentions.setdefault(slug, []).extend([block.anchor] * n)
            themes = facts.themes.setdefault(slug, Counter())
            for theme in block.themes:
                themes[theme] += n
        if links:
            block.terms = sorted(block.terms + links)
        pieces.append(plain)
        starts.append(offset)
        anchors.append(block.anchor)
        offset += len(plain) + 2
    text = "\n\n".join(pieces)  # a blank line ends every sentence: nothing reads across two blocks
    sentences = Sentences(text)
    figures = attach_actors(text, extract_figures(text, sentences), matcher, sentences, found)
    facts.figures = [Located(anchors[bisect_right(starts, f.start) - 1], f) for f in figures]
    dates = extract_dates(text, figures, sentences)
    facts.dates = [Located(anchors[bisect_right(starts, d.start) - 1], d) for d in dates]
    facts.unknown = unknown_names(text, matcher)
    if linker is not None:
        for name in list(facts.unknown):
            if any(start == 0 and end == len(name) for start, end, _ in linker.find(name)):
                del facts.unknown[name]
    return facts


# ----------------------------------------------------------------------------
# The corpus
# ----------------------------------------------------------------------------


@dataclass
class ActorData:
    """One actor across the corpus."""

    actor: Actor
    # (article id, anchors of the paragraphs naming it, mentions), most mentions first
    articles: list[tuple[str, list[str], int]] = field(default_factory=list)
    mentions: int = 0
    themes: Counter[str] = field(default_factory=Counter)
    quotes: list[Quote] = field(default_factory=list)
    related: list[tuple[str, int]] = field(default_factory=list)  # (actor slug, articles in common)
    figures: list[tuple[str, Located]] = field(default_factory=list)  # (article id, figure) about the actor


@dataclass
class Facts:
    """Actors, figures and dates of the whole corpus."""

    actors: dict[str, ActorData] = field(default_factory=dict)  # slug -> data, actors never mentioned left out
    figures: list[tuple[str, Located]] = field(default_factory=list)  # (article id, figure), corpus order
    dates: list[tuple[str, Located]] = field(default_factory=list)  # (article id, date mention)
    unknown: list[tuple[str, int]] = field(default_factory=list)  # names to review, most frequent first

    def actor_slugs(self) -> dict[str, str]:
        """Name -> slug of the actors named (those with a page)."""
        return {data.actor.name: slug for slug, data in self.actors.items()}


def _fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name.casefold()) if c.isalnum())


def speaker_actor(speaker: str, matcher: ActorMatcher, folded: dict[str, Actor] | None = None) -> Actor | None:
    """The actor a quotation's speaker is, when the speaker's name is an actor's name or alias.

    ``folded`` (:func:`folded_forms`) also finds names spelt otherwise ("ZUCKERBERG", "Mark  Zuckerberg").
    """
    for start, end, actor in matcher.find(speaker):
        if start == 0 and end == len(speaker.rstrip()):
            return actor
    return (folded if folded is not None else folded_forms(matcher.actors)).get(_fold(speaker))


def folded_forms(actors: Actors) -> dict[str, Actor]:
    """Every actor form, case, accents, spaces and punctuation folded away."""
    out: dict[str, Actor] = {}
    for actor in actors.actors:
        for form in actor.forms:
            out.setdefault(_fold(form), actor)
    return out


def gather(per_article: Iterable[ArticleFacts], actors: Actors, matcher: ActorMatcher, quotes: list[Quote]) -> Facts:
    """Each actor's articles (most mentions first), themes, quotations and companions; the corpus' figures and dates."""
    by_slug = actors.by_slug()
    facts = Facts()
    together: dict[str, Counter[str]] = {}
    unknown: Counter[str] = Counter()
    # Counts are added with dict.get rather than Counter.update: the same counts in the same order, without
    # Counter.update's checks on each of the corpus' tens of thousands of small counters.
    unknown_get = unknown.get
    for item in sorted(per_article, key=lambda f: f.article):
        facts.figures += [(item.article, f) for f in item.figures]
        facts.dates += [(item.article, d) for d in item.dates]
        for name, n in item.unknown.items():
            unknown[name] = unknown_get(name, 0) + n
        present = sorted(item.mentions)
        for slug in present:
            actor = by_slug.get(slug)
            if actor is None:
                continue
            data = facts.actors.get(slug)
            if data is None:
                data = facts.actors[slug] = ActorData(actor)
            anchors = item.mentions[slug]
            data.articles.append((item.article, list(dict.fromkeys(anchors)), len(anchors)))
            data.mentions += len(anchors)
            themes = item.themes.get(slug)
            if themes:
                counts = data.themes
                for theme, n in themes.items():
                    counts[theme] = counts.get(theme, 0) + n
            companions = together.get(slug)
            if companions is None:
                companions = together[slug] = Counter()
            companions.update(present)  # itself too: dropped below (one count in C)
    for data in facts.actors.values():
        data.articles.sort(key=lambda row: -row[2])  # stable: article id order among equals
        companions = together.get(data.actor.slug, Counter())
        companions.pop(data.actor.slug, None)
        pairs = companions.items()
        data.related = sorted(pairs, key=lambda x: (-x[1], x[0]))[:RELATED_SHOWN]
    names = facts.actor_slugs()
    for article_id, located in facts.figures:
        figure = located.item
        if isinstance(figure, Figure) and figure.actor in names:
            facts.actors[names[figure.actor]].figures.append((article_id, located))
    folded = folded_forms(actors)
    speakers: dict[str, Actor | None] = {}  # a speaker has many quotations
    for quote in sorted(quotes, key=lambda q: q.id):
        if quote.speaker not in speakers:
            speakers[quote.speaker] = speaker_actor(quote.speaker, matcher, folded)
        actor = speakers[quote.speaker]
        if actor is not None:
            data = facts.actors.get(actor.slug)
            if data is None:
                data = facts.actors[actor.slug] = ActorData(actor)
            data.quotes.append(quote)
    facts.unknown = sorted(
        ((name, n) for name, n in unknown.items() if n >= REVIEW_MIN), key=lambda x: (-x[1], x[0].casefold())
    )
    return facts


def glossary_actors(entries: Iterable[Entry], facts: Facts) -> dict[str, tuple[str, str]]:
    """Glossary entries that name an actor with a page: entry slug -> (actor name, actor slug)."""
    forms: dict[str, Actor] = {}
    for data in facts.actors.values():
        for form in data.actor.forms:
            forms.setdefault(form.casefold(), data.actor)
    out: dict[str, tuple[str, str]] = {}
    for entry in entries:
        actor = next((forms[f.casefold()] for f in entry.forms if f.casefold() in forms), None)
        if actor is not None:
            out[entry.slug] = (actor.name, actor.slug)
    return out
