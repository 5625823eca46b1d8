"""Score the extraction on the development corpus (``tests/eval/articles``): issue 21, point 5.

Each article (``<name>.txt`` or ``<name>.md``) has a hand annotation next to it (``<name>.yml``):

.. code-block:: yaml

    conventions: [post_inverted, breadcrumb]   # the conventions the article exercises
    title: "…"              # the title a reader should see (exact, spaces aside); null: no title line in the copy
    author: "…"             # or null: none
    date: "2025-03-03"      # "YYYY-MM" when only the month is given (the article's date then has no day); null: none
    themes: [strategy]      # the obvious themes, all required
    themes_ok: [security]   # optional: themes that may be found too without counting as wrong
    quotes:
      - text: "a fragment of the quotation, as in the source"
        more: ["another fragment"]   # optional: they must all be in the same extracted quotation
        speaker: "Full Name"         # or a role ("Porte-parole de Meta"), or "source non précisée"
        aliases: ["…"]               # optional: other acceptable speakers
        detail: "…"                  # optional: must be in the speaker's description
        convention: post_inverted    # or a list
    not_quotes: ["low-cost"]         # scare quotes and labels: never quotations
    furniture:                       # by convention: lines (or fragments) that must be gone from page and title
      related_reading: ["A LIRE AUSSI", "…"]
    once:                            # by convention: lines that must be on the page exactly once
      summary_widget: ["…"]
    keep: ["a body fragment that must remain"]

Each article runs through the real pipeline (``sources.load`` then ``corpus.analyse_source`` with the
site-template lines the folder's articles share (``dossier.boilerplate``), then
``quotes.unify_speakers`` over the corpus, as ``corpus.build`` does). Then, per convention and overall:

* **recall**: gold quotations found: one extracted quotation holds all their fragments (compared after
  folding case, spaces, quotation marks and apostrophes);
* **precision**: extracted quotations that are right: one holding a gold fragment that no earlier
  extracted quotation holds. The others are false positives: a scare quote (a part equal to or inside a
  ``not_quotes`` span), a duplicate (a pull-quote counted twice), or an unannotated span. Per
  convention, it is computed over the articles that exercise it;
* **speaker**: quotations found whose speaker is the gold one or an alias (:func:`quotes.speaker_key`);
  **detail**: those whose gold ``detail`` is in the extracted speaker's description;
* **scare**: ``not_quotes`` spans not taken as quotations;
* **title**, **author**, **date**: articles whose metadata is right (the author's case aside: a byline in
  capitals is shown with the name's own capitals);
* **furniture**: furniture lines gone from the article's text and title (a line of three words or fewer
  must not be a line of the page nor start one; a longer one must not be in it), and ``once`` lines found
  exactly once;
* **keep**: body fragments still in the article's text;
* **themes** precision and recall against ``Article.themes`` (``themes_ok`` neither required nor wrong).
  The themes were annotated twice, the second time blind (without the first annotation or the
  pipeline's output): ``themes`` holds those both annotators called obvious, ``themes_ok`` those
  either called obvious or touched on. Agreement on the obvious ones: 38 articles of 48 identical,
  Cohen's kappa 0.77 (strategy), 0.94 (security), 0.89 (geopolitics), 0.89 (startups).

Usage: ``python tests/eval/score.py [--json] [--failures] [--folder DIR]`` (or ``make eval``). Always
exits 0 once scored; exits 2 when an annotation does not match its article (a typo in the corpus).
``--check`` only checks the annotations (what whoever annotates a held-out set runs: it shows no
extraction); ``tests/eval/heldout.md`` says how such a set of real pages is built, outside git.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ARTICLES = HERE / "articles"
if str(ROOT / "hooks") not in sys.path:
    sys.path.insert(0, str(ROOT / "hooks"))

from dossier import boilerplate, corpus, sources  # noqa: E402
from dossier import quotes as quotes_mod  # noqa: E402

THRESHOLD = 0.95
MIN_ITEMS = 2  # a convention's figure is asserted when it rests on at least this many items

QUOTE_CONVENTIONS = (
    "post_verb_comma",
    "post_inverted",
    "pre_verb_colon",
    "pre_que",
    "participle",
    "selon",
    "pour_x",
    "speaker_line_before",
    "curly",
    "straight",
    "no_inner_space",
    "incise",
    "multi_paragraph",
    "follow_on",
    "pronoun",
    "unresolved",
    "role_speaker",
    "block_attribution",
    "pull_quote_heading",
    "reflexive_verb",
    "demonym",
    "relative_after_speaker",
    "scare_quotes",
    "pronoun_subject",
    "epithet",
    "role_org_name",
    "words_before_verb",
    "partial_governed",
    "standalone",
    "unclosed_straight",
    "headline_quote",
    "words_of",
    "doubled_single_marks",
    "single_quotes",
    "no_outer_space",
    "reversed_guillemet",
    "speaker_line_after",
    "witness_first_name",
    "document_speaker",
    "signature_line",
    "manner_between",
    "cleft_after",
    "verbless_role",
    "role_anaphora_occasion",
    "medium_before_name",
    "same_mark_close",
    "civility_subject",
    "family_name_first",
    "role_then_name",
    "reported_by",
    "appeal_governed",
    "role_surname",
    "role_of_org",
    "capital_metonymy",
    "long_opening",
    "compound_role",
    "affiliation_of",
    "fused_quotation",
    "interview_turn",
    "role_of_protagonist",
    "unattributed",
    "conformity_clause",
    "discourse_thread",
    "role_renamed",
    "civility_surname",
    "example_witness",
    "particle_surname",
    "subordinate_first",
    "apposition_unclosed",
    "headline_surname",
    "arabic_article",
    "question_after_name",
    "channel_number",
    "fronted_complement",
    "selon_reporting",
    "acronym_expansion",
    "aside_turn",
    "textual_island",
    "repeated_link",
    "pseudonym_note",
    "fronted_participle",
    "elided_pronoun",
    "live_entry",
    "unbalanced_straight",
    "nested_straight",
    "rare_first_name",
    "inverted_relative",
    "cleft_view",
    "association_speaker",
    "dated_opening",
    "participle_after_noun",
    "object_pronoun",
    "incise_role_last",
    "reply_turn",
    "body_written",
    "elided_negation",
    "followed_person",
    "words_taken_up",
    "shown_witness",
    "initial_surname",
    "spaced_euphonic",
    "opening_adverb",
    "clause_of_time",
    "demonstrative_subject",
    "proper_noun_complement",
    "curly_straight",
    "role_civility",
    "rank_adjective",
    "clause_before_colon",
    "travel_witness",
    "changed_first_name",
    "union_section",
    "semi_auxiliary",
)
HEAD_CONVENTIONS = (
    "breadcrumb",
    "menu_words",
    "dateline",
    "dateline_bare",
    "byline",
    "reading_time",
    "comment_count",
    "wire_dateline",
    "headline_label",
    "syndication",
    "view_count",
    "issue_line",
    "site_header",
    "post_meta_publisher",
    "site_dateline",
    "yearless_dateline",
    "newsroom_byline",
    "site_tagline",
    "news_ticker",
    "credits_line",
    "newswire_dateline",
    "caps_colon_dateline",
    "standfirst_byline",
    "stray_title_mark",
    "split_rubric",
    "glued_kicker",
    "menu_column",
    "split_dateline",
    "double_hyphen_wire",
    "press_release_label",
    "initials_byline",
    "agency_sign_off",
    "two_letter_initials",
)
FURNITURE_CONVENTIONS = (
    "image_markdown",
    "bare_image_url",
    "image_slot",
    "photo_credit",
    "related_reading",
    "summary_widget",
    "feature_box",
    "address_block",
    "share",
    "comment",
    "newsletter",
    "cookie",
    "paywall",
    "tag_list",
    "ad_break",
    "live_status",
    "sponsor",
    "social_post",
    "headline_repeat",
    "video_player",
    "site_template",
    "excerpt",
    "signature_end",
    "end_publisher",
    "related_documents",
    "caption_standfirst",
    "group_caption",
    "picture_title",
    "markup_residue",
    "english_theme",
    "picture_file",
    "call_to_support",
    "app_prompt",
    "lone_counter",
    "translator_credit",
    "wire_credits",
    "comment_form",
    "contact_prompt",
    "weather_widget",
    "theme_buttons",
    "english_address",
    "sidebar_heading",
    "agency_half_credit",
    "press_release_notice",
    "pull_quote_box",
    "trailing_headlines",
)
THEMES = ("strategy", "security", "geopolitics", "startups")
CONVENTIONS = QUOTE_CONVENTIONS + HEAD_CONVENTIONS + FURNITURE_CONVENTIONS

# (column, numerator field, denominator field) of the table, in order.
FIGURES = (
    ("recall", "found", "gold"),
    ("precision", "right", "extracted"),
    ("speaker", "speaker_ok", "found"),
    ("detail", "detail_ok", "detail_n"),
    ("scare", "scare_left", "scare_n"),
    ("title", "title_ok", "articles"),
    ("author", "author_ok", "articles"),
    ("date", "date_ok", "articles"),
    ("furniture", "furniture_gone", "furniture_n"),
    ("keep", "keep_ok", "keep_n"),
    ("themes_p", "theme_tp", "theme_predicted"),
    ("themes_r", "theme_tp", "theme_gold"),
)


class AnnotationError(ValueError):
    """An annotation that does not match its article: fix the corpus, not the code."""


# ----------------------------------------------------------------------------
# Normalisation
# ----------------------------------------------------------------------------

_QUOTE_MARKS = dict.fromkeys(map(ord, '«»“”„‟"‹›'), " ")
_APOSTROPHES = dict.fromkeys(map(ord, "’‘ʼ`´"), "'")


def fold(text: str) -> str:
    """Case, spaces, quotation marks, apostrophes and ellipses folded: for comparing quotations and lines."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).translate(_QUOTE_MARKS)
    text = text.replace("…", "...").casefold()
    return " ".join(text.split())


_DETERMINER = re.compile(r"^(?:(?:le|la|les|un|une|son|sa|ses|leur)\s+|l')")


def spaces(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).replace("\u00a0", " ").split())


_ANY_MARK = dict.fromkeys(map(ord, '«»“”„‟"‹›’‘ʼ`´'), "'")


def marks_folded(text: str) -> str:
    """A title with its quotation marks and apostrophes of any kind as one mark (‘…’ printed “…”), case kept."""
    return re.sub(r"\s*'\s*", "'", spaces(text).translate(_ANY_MARK))


def _parts(text: str) -> list[str]:
    return [part for part in (fold(p) for p in re.split(r"\[(?:…|\.\.\.)\]", text)) if part]


# ----------------------------------------------------------------------------
# Annotations
# ----------------------------------------------------------------------------


@dataclass
class GoldQuote:
    fragments: list[str]
    speaker: str
    aliases: list[str]
    detail: str | None
    conventions: list[str]


@dataclass
class Gold:
    name: str
    path: Path
    conventions: set[str]
    title: str | None
    author: str | None
    date: str | None
    themes: list[str]
    themes_ok: list[str]
    quotes: list[GoldQuote]
    not_quotes: list[str]
    furniture: dict[str, list[str]]
    once: dict[str, list[str]]
    keep: list[str]


def _strings(value: object, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise AnnotationError(f"{where}: expected a string or a list of strings, got {value!r}")


def _by_convention(value: object, where: str) -> dict[str, list[str]]:
    if value is None:
        return {}
    if isinstance(value, list):  # no convention named
        return {"furniture": _strings(value, where)}
    if not isinstance(value, dict):
        raise AnnotationError(f"{where}: expected a mapping of convention to lines")
    return {str(k): _strings(v, f"{where}.{k}") for k, v in value.items()}


def load_gold(path: Path) -> Gold:
    """Read and check one annotation against its article."""
    annotation = path.with_suffix(".yml")
    # A corpus outside the project (real articles measured but never committed) is named by its full path.
    where = annotation.relative_to(ROOT).as_posix() if annotation.is_relative_to(ROOT) else annotation.as_posix()
    data = yaml.safe_load(annotation.read_text(encoding="utf-8")) or {}
    unknown = set(data) - {
        "conventions",
        "title",
        "author",
        "date",
        "themes",
        "themes_ok",
        "quotes",
        "not_quotes",
        "furniture",
        "once",
        "keep",
    }
    if unknown:
        raise AnnotationError(f"{where}: unknown keys {sorted(unknown)}")
    quotes = []
    for i, item in enumerate(data.get("quotes") or []):
        fragments = _strings(item.get("text"), f"{where}: quotes[{i}].text") + _strings(
            item.get("more"), f"{where}: quotes[{i}].more"
        )
        if not fragments or not item.get("speaker"):
            raise AnnotationError(f"{where}: quotes[{i}] needs a text and a speaker")
        quotes.append(
            GoldQuote(
                fragments,
                str(item["speaker"]),
                _strings(item.get("aliases"), f"{where}: quotes[{i}].aliases"),
                item.get("detail"),
                _strings(item.get("convention"), f"{where}: quotes[{i}].convention"),
            )
        )
    date = data.get("date")
    gold = Gold(
        name=path.name,
        path=path,
        conventions=set(_strings(data.get("conventions"), f"{where}: conventions")),
        title=data.get("title"),
        author=data.get("author"),
        date=str(date) if date is not None else None,
        themes=_strings(data.get("themes"), f"{where}: themes"),
        themes_ok=_strings(data.get("themes_ok"), f"{where}: themes_ok"),
        quotes=quotes,
        not_quotes=_strings(data.get("not_quotes"), f"{where}: not_quotes"),
        furniture=_by_convention(data.get("furniture"), f"{where}: furniture"),
        once=_by_convention(data.get("once"), f"{where}: once"),
        keep=_strings(data.get("keep"), f"{where}: keep"),
    )
    gold.conventions |= {c for q in quotes for c in q.conventions} | set(gold.furniture) | set(gold.once)
    if gold.not_quotes:
        gold.conventions.add("scare_quotes")
    _check(gold, where)
    return gold


def _check(gold: Gold, where: str) -> None:
    """Every annotated string is in the article; every convention and theme is known."""
    text = gold.path.read_text(encoding="utf-8")
    folded = fold(text)
    problems = []
    for convention in sorted(gold.conventions - set(CONVENTIONS) - {"furniture"}):
        problems.append(f"unknown convention {convention!r}")
    for theme in sorted(set(gold.themes + gold.themes_ok) - set(THEMES)):
        problems.append(f"unknown theme {theme!r}")
    if gold.date is not None and not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", gold.date):
        problems.append(f"date {gold.date!r} is not YYYY-MM-DD or YYYY-MM")
    strings = [("title", gold.title)] if gold.title else []
    strings += [("quote", f) for q in gold.quotes for f in q.fragments]
    strings += [("not_quote", s) for s in gold.not_quotes]
    strings += [(f"furniture.{k}", s) for k, v in gold.furniture.items() for s in v]
    strings += [(f"once.{k}", s) for k, v in gold.once.items() for s in v]
    strings += [("keep", s) for s in gold.keep]
    for kind, value in strings:
        if fold(value) not in folded:
            problems.append(f"{kind} not in the article: {value!r}")
    if problems:
        raise AnnotationError(f"{where}: " + "; ".join(problems))


def articles(folder: Path = ARTICLES) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md"))


# ----------------------------------------------------------------------------
# Scoring
# ----------------------------------------------------------------------------


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    speaker_ok: int = 0
    speaker_either: int = 0
    detail_n: int = 0
    detail_ok: int = 0
    extracted: int = 0
    right: int = 0
    scare_n: int = 0
    scare_left: int = 0
    articles: int = 0
    title_ok: int = 0
    author_ok: int = 0
    date_ok: int = 0
    furniture_n: int = 0
    furniture_gone: int = 0
    keep_n: int = 0
    keep_ok: int = 0
    theme_tp: int = 0
    theme_predicted: int = 0
    theme_gold: int = 0

    def figures(self) -> dict[str, tuple[float | None, int]]:
        """Column -> (value or None when there is nothing to count, number of items)."""
        out: dict[str, tuple[float | None, int]] = {}
        for name, numerator, denominator in FIGURES:
            n = getattr(self, denominator)
            out[name] = (getattr(self, numerator) / n if n else None, n)
        return out


@dataclass
class Failure:
    convention: str
    article: str
    kind: str
    expected: str
    got: str


@dataclass
class Result:
    tallies: dict[str, Tally] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    articles: int = 0

    def tally(self, *names: str) -> Iterable[Tally]:
        for name in ("overall", *names):
            yield self.tallies.setdefault(name, Tally())

    def rows(self) -> list[tuple[str, Tally]]:
        order = ["overall", *CONVENTIONS, *(f"theme:{t}" for t in THEMES)]
        return [(name, self.tallies[name]) for name in order if name in self.tallies]

    def below(self, threshold: float = THRESHOLD, min_items: int = MIN_ITEMS) -> list[str]:
        """The figures under the threshold: 'row figure value (n items)'."""
        low = []
        for name, tally in self.rows():
            for figure, (value, n) in tally.figures().items():
                if value is None or (name != "overall" and n < min_items):
                    continue
                if value < threshold:
                    low.append(f"{name} {figure} {value:.2f} ({n} items)")
        return low

    def as_json(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "threshold": THRESHOLD,
            "figures": {
                name: {
                    **{figure: {"value": v, "n": n} for figure, (v, n) in tally.figures().items()},
                    # (not in the table: see _unnamed_either)
                    "speaker_either": {
                        "value": tally.speaker_either / tally.found if tally.found else None,
                        "n": tally.found,
                    },
                }
                for name, tally in self.rows()
            },
            "below_threshold": self.below(),
            "failures": [f.__dict__ for f in self.failures],
        }


def _page_lines(article: object) -> list[str]:
    title = getattr(article, "title", "")
    text = getattr(article, "text", "")
    return [fold(line) for line in [title, *text.split("\n")] if line.strip()]


def _present(item: str, lines: list[str]) -> bool:
    folded = fold(item)
    if len(folded.split()) <= 3:
        return any(line == folded or line.startswith(folded + " ") for line in lines)
    return any(folded in line for line in lines)


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# A role the site lists without its article ("Chef de l'État", "Habitante") is the annotation's "le chef de l'État",
# "une habitante".
_ARTICLE = re.compile(r"^(?:(?:[Ll]es?|[Ll]a|[Uu]ne?)\s+|[Ll][’'])(?=[a-zà-ÿ])")


def _speaker_ok(extracted: str, gold: GoldQuote) -> bool:
    def key(name: str) -> str:
        return quotes_mod.speaker_key(_ARTICLE.sub("", name.strip(), count=1))

    return key(extracted) in {key(s) for s in [gold.speaker, *gold.aliases]}


def _unnamed_either(extracted: quotes_mod.Quote, gold: GoldQuote) -> bool:
    """An unnamed source written either way: the project's « source non précisée » with the description kept
    (the issue's convention for an anaphora nobody named stands for) where the annotation gives the description as
    the speaker ("Habitante", "Avocat général"), as held-out folders annotated by others may. For reports only
    (``--json``'s ``speaker_either``); the table's speaker figure stays strict."""
    if extracted.speaker != quotes_mod.UNKNOWN_SPEAKER:
        return False
    described = fold(_ARTICLE.sub("", extracted.speaker_detail.strip(), count=1))
    return any(
        described and (described == fold(s) or described.startswith(fold(s) + " "))
        for s in (_ARTICLE.sub("", name.strip(), count=1) for name in [gold.speaker, *gold.aliases])
    )


def _score_quotes(result: Result, gold: Gold, found: list[quotes_mod.Quote]) -> None:
    name = gold.name
    article_quote_conventions = [c for c in gold.conventions if c in QUOTE_CONVENTIONS and c != "scare_quotes"]
    parts = [(quote, _parts(quote.text)) for quote in found]
    # Recall, speaker, detail.
    for g in gold.quotes:
        fragments = [fold(f) for f in g.fragments]
        match = next((q for q, folded in parts if all(f in fold(q.text) for f in fragments)), None)
        conventions = g.conventions or ["unlabelled"]
        for t in result.tally(*conventions):
            t.gold += 1
        if match is None:
            partial = [q for q, _ in parts if any(f in fold(q.text) for f in fragments)]
            got = (
                "split or cut: " + " | ".join(f"{_short(q.text, 60)} ({q.speaker})" for q in partial)
                if partial
                else "not found"
            )
            for c in conventions:
                result.failures.append(Failure(c, name, "quote missed", _short(g.fragments[0]), got))
            continue
        speaker_ok = _speaker_ok(match.speaker, g)
        # (the site gives a description without its article: "arrière montpelliérain" for "l'arrière…")
        detail_ok = g.detail is not None and _DETERMINER.sub("", fold(g.detail)) in fold(match.speaker_detail)
        for t in result.tally(*conventions):
            t.found += 1
            t.speaker_ok += speaker_ok
            t.speaker_either += speaker_ok or _unnamed_either(match, g)
            if g.detail is not None:
                t.detail_n += 1
                t.detail_ok += detail_ok
        for c in conventions:
            if not speaker_ok:
                expected = " / ".join([g.speaker, *g.aliases])
                result.failures.append(
                    Failure(
                        c,
                        name,
                        "wrong speaker",
                        f"{expected} for «{_short(g.fragments[0], 50)}»",
                        f"{match.speaker!r} (detail {match.speaker_detail!r})",
                    )
                )
            elif g.detail is not None and not detail_ok:
                result.failures.append(
                    Failure(c, name, "detail lost", f"{g.detail!r} for {g.speaker}", f"{match.speaker_detail!r}")
                )
    # Precision: each extracted quotation is right when it holds a gold fragment no earlier one holds.
    fragments = [fold(f) for g in gold.quotes for f in g.fragments]
    scares = [fold(s) for s in gold.not_quotes]
    seen: set[str] = set()
    for quote, folded_parts in parts:
        text = fold(quote.text)
        held = {f for f in fragments if f in text}
        right = bool(held - seen)
        seen |= held
        for t in result.tally(*article_quote_conventions):
            t.extracted += 1
            t.right += right
        if right:
            continue
        scare = any(p == s or p in s for p in folded_parts for s in scares)
        why = "duplicate" if held else ("scare quote taken" if scare else "unexpected quotation")
        convention = "pull_quote_heading" if held else ("scare_quotes" if scare else "precision")
        result.failures.append(
            Failure(convention, name, why, "no quotation here", f"«{_short(quote.text, 70)}» ({quote.speaker})")
        )
    # Scare quotes left alone.
    for span in gold.not_quotes:
        s = fold(span)
        taken = any(p == s or p in s for _, folded_parts in parts for p in folded_parts)
        for t in result.tally("scare_quotes"):
            t.scare_n += 1
            t.scare_left += not taken


def _score_article(result: Result, gold: Gold, analysis: corpus.Analysis) -> None:
    article = analysis.article
    name = gold.name
    conventions = sorted(gold.conventions)
    lines = _page_lines(article)
    title = spaces(article.title)
    if gold.title is not None:
        # (a headline's final stop is dropped on purpose: French headlines carry none)
        title_ok = marks_folded(title.rstrip(".")) == marks_folded(gold.title.rstrip("."))
    else:  # no title line in the copy: any title that is not furniture
        title_ok = bool(title) and not any(
            _present(item, [fold(title)]) for items in gold.furniture.values() for item in items
        )
    # (a byline printed in capitals, "FLORINE GALERON", is the same writer the site shows as "Florine Galeron")
    author_ok = (
        (article.author is None)
        if gold.author is None
        else spaces(article.author or "").casefold() == gold.author.casefold()
    )
    date_ok = article.date == gold.date  # None when the copy gives no date; a month alone is "YYYY-MM"
    # Title, byline and date are tallied for the head conventions; body kept for head and furniture ones.
    head = [c for c in conventions if c in HEAD_CONVENTIONS]
    page_conventions = head + [c for c in conventions if c in FURNITURE_CONVENTIONS]
    for t in result.tally(*head):
        t.articles += 1
        t.title_ok += title_ok
        t.author_ok += author_ok
        t.date_ok += date_ok
    head = head or ["title"]
    if not title_ok:
        for c in head:
            result.failures.append(Failure(c, name, "title", gold.title or "(any, not furniture)", article.title))
    if not author_ok:
        for c in head:
            result.failures.append(Failure(c, name, "author", str(gold.author), str(article.author)))
    if not date_ok:
        for c in head:
            result.failures.append(Failure(c, name, "date", str(gold.date), str(article.date)))
    # Furniture gone, once-lines once.
    for convention, items in gold.furniture.items():
        for item in items:
            gone = not _present(item, lines)
            for t in result.tally(convention):
                t.furniture_n += 1
                t.furniture_gone += gone
            if not gone:
                result.failures.append(Failure(convention, name, "furniture left", "(removed)", _short(item)))
    for convention, items in gold.once.items():
        for item in items:
            count = sum(line.count(fold(item)) for line in lines)
            for t in result.tally(convention):
                t.furniture_n += 1
                t.furniture_gone += count == 1
            if count != 1:
                result.failures.append(Failure(convention, name, "not once", f"once: {_short(item)}", f"{count}×"))
    # Body kept.
    page = "\n".join(lines)
    for item in gold.keep:
        kept = fold(item) in page
        for t in result.tally(*page_conventions):
            t.keep_n += 1
            t.keep_ok += kept
        if not kept:
            result.failures.append(Failure("keep", name, "body text lost", _short(item), "(missing)"))
    # Themes.
    predicted, wanted, allowed = set(article.themes), set(gold.themes), set(gold.themes_ok)
    for theme in THEMES:
        hit, wrong, missed = (
            theme in predicted & wanted,
            theme in predicted - wanted - allowed,
            theme in wanted - predicted,
        )
        for t in result.tally(f"theme:{theme}"):
            t.theme_tp += hit
            t.theme_predicted += hit or wrong
            t.theme_gold += theme in wanted
        if wrong:
            result.failures.append(Failure(f"theme:{theme}", name, "theme wrong", "(not this theme)", theme))
        if missed:
            result.failures.append(
                Failure(f"theme:{theme}", name, "theme missed", theme, ", ".join(article.themes) or "(none)")
            )


def score(folder: Path = ARTICLES) -> Result:
    """Run the pipeline on every article of ``folder`` and score it against the annotations."""
    config = corpus.load_config(ROOT, ROOT / "sources" / "themes.yml", ROOT / "sources" / "glossary.yml")
    golds = [load_gold(path) for path in articles(folder)]
    # The folder is a corpus: lines that frame several of its articles are a site's template (as corpus.build).
    edges = {gold.path: boilerplate.edges(gold.path.read_bytes(), gold.path.suffix == ".md") for gold in golds}
    template = boilerplate.recurring(edges.values())
    analyses: list[tuple[Gold, corpus.Analysis]] = []
    for gold in golds:
        source, problems = sources.load(gold.path, ROOT)
        if source is None:
            raise AnnotationError("; ".join(str(p) for p in problems))
        analyses.append((gold, corpus.analyse_source(source, config, boilerplate.held(edges[gold.path], template))))
    quotes_mod.unify_speakers([q for _, analysis in analyses for q in analysis.quotes])  # as corpus.build does
    result = Result(articles=len(analyses))
    for gold, analysis in analyses:
        _score_quotes(result, gold, analysis.quotes)
        _score_article(result, gold, analysis)
    return result


# ----------------------------------------------------------------------------
# Report
# ----------------------------------------------------------------------------


def table(result: Result) -> str:
    columns = [name for name, _, _ in FIGURES]
    width = 11
    lines = [f"{'convention':<22}" + "".join(f"{c:>{width}}" for c in columns)]
    for name, tally in result.rows():
        cells = []
        for value, n in tally.figures().values():
            cells.append(f"{'—':>{width}}" if value is None else f"{value:>{width - 5}.2f} ({n:>2})")
        lines.append(f"{name:<22}" + "".join(cells))
    return "\n".join(lines)


def failures_text(result: Result) -> str:
    grouped: dict[str, list[Failure]] = {}
    for failure in result.failures:
        grouped.setdefault(failure.convention, []).append(failure)
    out = []
    for convention in sorted(grouped):
        out.append(f"\n## {convention} ({len(grouped[convention])})")
        for f in grouped[convention]:
            out.append(f"- {f.article}: {f.kind}: expected {f.expected} — got {f.got}")
    return "\n".join(out)


def check(folder: Path) -> int:
    """Print each annotation's problems; 2 when there is any (what an annotator runs: no pipeline output)."""
    errors = 0
    paths = articles(folder)
    for path in paths:
        try:
            gold = load_gold(path)
        except (AnnotationError, yaml.YAMLError, OSError) as exc:
            errors += 1
            print(f"error: {exc}")
            continue
        lines = sum(map(len, gold.furniture.values()))
        print(f"ok {path.name}: {len(gold.quotes)} quotations, {lines} furniture lines")
    print(f"{len(paths)} articles, {errors} with errors")
    return 2 if errors else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--json", action="store_true", help="print the figures and failures as JSON")
    parser.add_argument("--failures", action="store_true", help="list every failure, grouped by convention")
    parser.add_argument(
        "--folder", type=Path, default=ARTICLES, help="score another annotated corpus (e.g. real pages kept out of git)"
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="only check the annotations against their articles (no extraction is run or shown)",
    )
    args = parser.parse_args(argv)
    if args.check:
        return check(args.folder)
    try:
        result = score(args.folder)
    except AnnotationError as exc:
        print(f"annotation error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
        return 0
    overall = result.tallies["overall"]
    print(
        f"{result.articles} articles, {overall.gold} quotations, {overall.scare_n} scare quotes, "
        f"{overall.furniture_n} furniture lines; figures per convention (value (items)):\n"
    )
    print(table(result))
    low = result.below()
    print(f"\n{len(low)} figures below {THRESHOLD} (conventions with at least {MIN_ITEMS} items):")
    for line in low:
        print(f"  {line}")
    if args.failures:
        print(failures_text(result))
    else:
        print(f"\n{len(result.failures)} failures: `--failures` lists them.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
