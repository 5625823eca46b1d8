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

import dataclasses
import operator
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .actors import Actor, ActorMatcher, Actors, unknown_names
from .figures import Figure, Sentences, attach_actors, extract_figures
from .glossary import Entry, Linker
from .linking import ACTOR_PREFIX
from .model import Article, Kind, replace_run
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
        code: list[tuple[int, int]] = []  # Markdown code in the block's text: no figure or date is read there
        for i, segment in enumerate(block.segments()):
            taken, k = glossary_terms.get(i, []), 0
            where = plain.find(segment, at)
            at = where + len(segment) if where >= 0 else at
            if block.marks and where >= 0:
                code += [(where + s, where + e) for seg, s, e, tag, _ in block.marks if seg == i and tag == "code"]
            for start, end, actor in matcher.find(segment):
                if where >= 0:
                    found.append((offset + where + start, offset + where + end, actor))
                named[actor.slug] += 1
                free, k = _free(taken, start, end, k)
                if free and not (block.marks and block.opaque(i, start, end)):
                    links.append((i, start, end, ACTOR_PREFIX + actor.slug))
        for slug, n in named.items():
            facts.mentions.setdefault(slug, []).extend([block.anchor] * n)
            themes = facts.themes.setdefault(slug, Counter())
            for theme in block.themes:
                themes[theme] += n
        if links:
            block.terms = sorted(block.terms + links)
        for start, end in code:  # blanked, so that offsets still fall in the right block
            plain = plain[:start] + " " * (end - start) + plain[end:]
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
    return gather_again(None, per_article, actors, matcher, quotes).facts


@dataclass(frozen=True)
class FactTotals:
    """:func:`gather`'s result and what :func:`gather_again` needs to replace some articles' shares of it.

    `mkdocs serve` keeps it from one build to the next. Nothing in it is
    changed afterwards: the next build makes new objects where values differ.
    """

    parts: list[ArticleFacts]  # in article order
    actors: Actors
    facts: Facts
    mentioned: dict[str, ActorData]  # actors named in the articles, before quotations and figures are attached
    together: dict[str, dict[str, int]]  # actor -> for each other actor, the articles naming both
    first: dict[str, str]  # actor -> the first article naming it (article order)
    unknown: dict[str, int]  # names not in actors.yml, with their mentions (all of them)


def _share(
    item: ArticleFacts, by_slug: Mapping[str, Actor]
) -> dict[str, tuple[tuple[str, list[str], int], Counter[str] | None]]:
    """One article's row and themes for each actor it names (known actors only)."""
    return {
        slug: (
            (item.article, list(dict.fromkeys(item.mentions[slug])), len(item.mentions[slug])),
            item.themes.get(slug),
        )
        for slug in sorted(item.mentions)
        if slug in by_slug
    }


def _add_counts(counts: dict[str, int], more: Mapping[str, int], sign: int = 1) -> None:
    """Add (or take away) counts; keys falling to zero go."""
    for key, n in more.items():
        total = counts.get(key, 0) + sign * n
        if total:
            counts[key] = total
        else:
            counts.pop(key, None)


def _row_order(row: tuple[str, list[str], int]) -> tuple[int, str]:
    return -row[2], row[0]  # most mentions first, then article order


def gather_again(
    previous: FactTotals | None,
    per_article: Iterable[ArticleFacts],
    actors: Actors,
    matcher: ActorMatcher,
    quotes: list[Quote],
) -> FactTotals:
    """:func:`gather`, from the last build's totals when few articles changed: their shares are replaced.

    Actors that no changed article names (and whose quotations and figures are
    the same) keep the last build's objects. Gathered from scratch on a first
    build, when the actor list changed, or when articles came, went or moved.
    """
    parts = sorted(per_article, key=lambda f: f.article)
    by_slug = actors.by_slug()
    changed = _changed_parts(previous, parts, actors)
    if previous is None or changed is None:
        mentioned, together, first, unknown = _mentions(parts, by_slug)
        figures = [(item.article, f) for item in parts for f in item.figures]
        dates = [(item.article, d) for item in parts for d in item.dates]
        redone: set[str] | None = None  # every actor
    else:
        mentioned, together, first, unknown = (
            dict(previous.mentioned),
            dict(previous.together),
            dict(previous.first),
            dict(previous.unknown),
        )
        figures, dates = list(previous.facts.figures), list(previous.facts.dates)
        redone = set()
        for position in changed:
            old, new = previous.parts[position], parts[position]
            replace_run(figures, new.article, [(new.article, f) for f in new.figures], _ARTICLE)
            replace_run(dates, new.article, [(new.article, d) for d in new.dates], _ARTICLE)
            _add_counts(unknown, old.unknown, -1)
            _add_counts(unknown, new.unknown)
            before, after = _share(old, by_slug), _share(new, by_slug)
            redone |= _replace_mentions(mentioned, together, first, before, after, new.article, by_slug)
        order = sorted(mentioned, key=lambda slug: (first[slug], slug))
        if list(mentioned) != order:
            mentioned = {slug: mentioned[slug] for slug in order}
    facts = Facts(figures=figures, dates=dates)
    facts.actors = _attach(mentioned, figures, quotes, actors, matcher, previous, redone)
    facts.unknown = sorted(
        ((name, n) for name, n in unknown.items() if n >= REVIEW_MIN), key=lambda x: (-x[1], x[0].casefold(), x[0])
    )
    return FactTotals(parts, actors, facts, mentioned, together, first, unknown)


def _changed_parts(previous: FactTotals | None, parts: list[ArticleFacts], actors: Actors) -> list[int] | None:
    """Positions of the articles whose facts changed since ``previous``; None: gather everything again."""
    if previous is None or previous.actors is not actors or len(parts) != len(previous.parts):
        return None
    if any(old.article != new.article for old, new in zip(previous.parts, parts, strict=True)):
        return None
    changed = [
        i for i, (old, new) in enumerate(zip(previous.parts, parts, strict=True)) if old is not new and old != new
    ]
    return changed if len(changed) <= AGAIN_MAX * len(parts) else None


# Beyond this share of articles changed since the last build, gathering everything again is as quick.
AGAIN_MAX = 0.1


def _mentions(
    parts: list[ArticleFacts], by_slug: Mapping[str, Actor]
) -> tuple[dict[str, ActorData], dict[str, dict[str, int]], dict[str, str], dict[str, int]]:
    """Every actor's rows, mentions, themes and companions; the unknown names' counts (from scratch)."""
    mentioned: dict[str, ActorData] = {}
    together: dict[str, dict[str, int]] = {}
    first: dict[str, str] = {}
    unknown: dict[str, int] = {}
    unknown_get = unknown.get
    # Counts are added with dict.get rather than Counter.update: the same counts, without Counter.update's
    # checks on each of the corpus' tens of thousands of small counters.
    for item in parts:
        for name, n in item.unknown.items():
            unknown[name] = unknown_get(name, 0) + n
        present = [slug for slug in sorted(item.mentions) if slug in by_slug]
        for slug in present:
            data = mentioned.get(slug)
            if data is None:
                data = mentioned[slug] = ActorData(by_slug[slug])
                first[slug] = item.article
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
    for slug, data in mentioned.items():
        together[slug].pop(slug, None)
        data.articles.sort(key=_row_order)
        data.related = _related(together[slug])
    return mentioned, together, first, unknown


def _related(companions: Mapping[str, int]) -> list[tuple[str, int]]:
    return sorted(companions.items(), key=lambda x: (-x[1], x[0]))[:RELATED_SHOWN]


_ARTICLE = operator.itemgetter(0)  # of a figure's or date's row: (article id, located)


def _replace_mentions(
    mentioned: dict[str, ActorData],
    together: dict[str, dict[str, int]],
    first: dict[str, str],
    before: dict[str, tuple[tuple[str, list[str], int], Counter[str] | None]],
    after: dict[str, tuple[tuple[str, list[str], int], Counter[str] | None]],
    article: str,
    by_slug: Mapping[str, Actor],
) -> set[str]:
    """Replace one article's share in each actor's data (new objects); the actors whose data changed."""
    same_cast = before.keys() == after.keys()
    redone: set[str] = set()
    for slug in before.keys() | after.keys():
        if same_cast and before[slug] == after[slug]:
            continue  # the same row, themes and companions
        redone.add(slug)
        companions = dict(together.get(slug, {}))
        for share, sign in ((before, -1), (after, 1)):
            if slug in share:
                _add_counts(companions, {other: 1 for other in share if other != slug}, sign)
        old = mentioned.get(slug)
        rows = [row for row in (old.articles if old is not None else []) if row[0] != article]
        themes: Counter[str] = Counter(old.themes) if old is not None else Counter()
        if slug in before and before[slug][1]:
            themes.subtract(before[slug][1])
        if slug in after:
            rows.append(after[slug][0])
            rows.sort(key=_row_order)
            if after[slug][1]:
                themes.update(after[slug][1])
        if not rows:
            mentioned.pop(slug, None)
            together.pop(slug, None)
            first.pop(slug, None)
            continue
        together[slug] = companions
        first[slug] = min(row[0] for row in rows)
        mentioned[slug] = ActorData(
            by_slug[slug],
            articles=rows,
            mentions=sum(row[2] for row in rows),
            themes=+themes,
            related=_related(companions),
        )
    return redone


def _attach(
    mentioned: dict[str, ActorData],
    figures: list[tuple[str, Located]],
    quotes: list[Quote],
    actors: Actors,
    matcher: ActorMatcher,
    previous: FactTotals | None,
    redone: set[str] | None,
) -> dict[str, ActorData]:
    """The actors with their figures (those naming an actor of the articles) and quotations (by speaker).

    An actor whose data, figures and quotations are the last build's keeps its object.
    """
    names = {data.actor.name: slug for slug, data in mentioned.items()}
    about: dict[str, list[tuple[str, Located]]] = {}
    for article_id, located in figures:
        figure = located.item
        if isinstance(figure, Figure) and figure.actor in names:
            about.setdefault(names[figure.actor], []).append((article_id, located))
    folded = folded_forms(actors)
    speakers: dict[str, Actor | None] = {}  # a speaker has many quotations
    said: dict[str, list[Quote]] = {}
    quoted: dict[str, Actor] = {}
    for quote in sorted(quotes, key=lambda q: q.id):
        if quote.speaker not in speakers:
            speakers[quote.speaker] = speaker_actor(quote.speaker, matcher, folded)
        actor = speakers[quote.speaker]
        if actor is not None:
            said.setdefault(actor.slug, []).append(quote)
            quoted[actor.slug] = actor
    kept = previous.facts.actors if previous is not None and redone is not None else {}
    out: dict[str, ActorData] = {}
    for slug in [*mentioned, *(slug for slug in said if slug not in mentioned)]:
        data = mentioned.get(slug)
        figures_of, quotes_of = about.get(slug, []), said.get(slug, [])
        last = kept.get(slug)
        if (
            last is not None
            and redone is not None
            and slug not in redone
            and (data is None) == (not last.articles)
            and last.figures == figures_of
            and last.quotes == quotes_of
        ):
            out[slug] = last
        elif data is None:  # quoted, never named
            out[slug] = ActorData(quoted[slug], quotes=quotes_of)
        else:
            out[slug] = dataclasses.replace(data, figures=figures_of, quotes=quotes_of)
    return out


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
