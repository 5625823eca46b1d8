"""Quotations and their speakers.

Forms recognised (French news habits):

* a quotation block followed by an attribution line ("– Mark Zuckerberg, PDG
  de Meta"), or a Markdown ``>`` block with one;
* « … », “ … ” or "…" spans inside a paragraph with a speech verb after
  them ("…», fait remarquer un analyste…") or before them ("X a déclaré : « … »",
  "selon X, « … »"); spans on either side of one attribution are one quotation.

Short guillemeted words or titles without a speech verb (« chevalier blanc »,
“Behemoth”) are scare quotes and are left alone. Speech verbs are matched by
lemma, so any tense or person of a listed verb counts.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from .model import Article, Block, Kind
from .text import short_hash, words
from .themes import lemma

SPEECH_VERBS = frozenset(
    """
    dire déclarer expliquer estimer souligner noter prédire confier affirmer ajouter assurer indiquer préciser
    rappeler observer remarquer suggérer avertir prévenir juger insister reconnaître admettre lancer marteler
    résumer conclure analyser commenter déplorer regretter avancer poursuivre répondre tempérer nuancer ironiser
    écrire témoigner plaider détailler argumenter considérer pointer relever signaler annoncer promettre prévoir
    constater avouer concéder soutenir clamer proclamer répéter inquiéter alerter raconter relater décrire
    justifier défendre espérer craindre alarmer confirmer démentir nier objecter rétorquer renchérir glisser
    souffler tweeter interroger demander
    """.split()
)
# "fait remarquer", "fait valoir", "fait savoir": faire + infinitive of saying.
_FAIRE = frozenset({"remarquer", "valoir", "savoir", "observer", "part"})
ROLE_NOUNS = frozenset(
    """
    porte-parole analyste expert experte chercheur chercheuse spécialiste observateur observatrice dirigeant
    dirigeante responsable directeur directrice pdg président présidente ingénieur ingénieure source sources
    investisseur investisseuse capital-risqueur consultant consultante économiste professeur professeure
    fondateur fondatrice cadre employé employée représentant représentante avocat avocate conseiller
    conseillère porte-paroles membre journaliste
    """.split()
)
_DETERMINERS = re.compile(r"^(?:(?:une|un|les|le|la|des|notre|son|sa|cette|cet|ce)\s+|l[’']\s*)", re.I)
_PRONOUN = re.compile(r"^-(?:t-)?(?:il|elle|on)\b", re.I)
_ROLE_CUT = re.compile(
    r"\s+(?:qui|que|dont|spécialisée?s?|chargée?s?|basée?s?|travaillant|ayant|interrogée?s?|cité(?:e|s)?|joint|jointe)\b"
    r"|\s*,\s*|\s+(?=d[’']une?\s)|\s+(?=chez\s)|\s+(?=au sein\s)"
)
_SPANS = re.compile(r"«\s*(?P<g>[^«»]+?)\s*»|“(?P<c>[^“”]+?)”|\"(?P<s>[^\"]+?)\"")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
_POST = re.compile(
    r"^\s*,?\s*(?:(?:a|avait|aurait|ont|avaient)\s+)?(?P<fait>fait\s+)?(?P<verb>[\w’'-]+?)(?:-t-(?:il|elle|on))?"
    r"(?:-(?:il|elle|ils|elles|on))?\s+(?P<speaker>[^«“\"]+?)\s*(?:[.!?…](?=\s|$)|$|(?=[«“\"]))"
)
# "…», tempère-t-il." : the speaker is the one named just before.
_POST_PRONOUN = re.compile(
    r"^\s*,?\s*(?:(?:a|avait|aurait)-t-(?:il|elle|on)\s+(?P<fait1>fait\s+)?(?P<verb1>[\w’']+)\b"
    r"|(?P<fait2>fait-(?:il|elle|on)\s+)(?P<verb3>[\w’']+)\b"
    r"|(?P<verb2>[\w’']+?)(?:-t)?-(?:il|elle|on)\b)"
)
PREVIOUS_SPEAKER = "\x00previous"
ATTRIBUTION_WINDOW = 400  # characters looked at on each side of a quotation for its attribution
_PRE_SELON = re.compile(r"(?:^|[.!?]\s+|,\s*)selon\s+(?P<speaker>[^,«“]+?)\s*,?\s*(?::\s*)?$", re.I)
_PRE_VERB = re.compile(
    r"(?:^|[.!?;]\s+|,\s+)(?P<speaker>[^.!?;,«“]+?)\s+(?:(?:a|avait|aurait)\s+)?(?P<verb>[\w’'-]+)"
    r"\s*(?:que\s+|qu[’']\s*|:\s*|,\s*)?$"
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
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", folded).split())


def is_speech_verb(word: str, faire: bool = False) -> bool:
    word = word.lower().strip("’'")
    if faire:
        return word in _FAIRE
    return any(form in SPEECH_VERBS for form in _verb_candidates(word))


def _verb_candidates(word: str) -> set[str]:
    """Possible infinitives of a conjugated form, for when the lemmatizer reads it as a noun ("note")."""
    forms = {word, lemma(word), word + "r"}
    for ending, replacement in (("ent", "er"), ("é", "er"), ("ée", "er"), ("a", "er"), ("ait", "er"), ("it", "ire")):
        if word.endswith(ending):
            forms.add(word[: -len(ending)] + replacement)
    return forms


def parse_speaker(phrase: str) -> tuple[str, str, bool]:
    """'Mark Zuckerberg, dans un podcast' -> ('Mark Zuckerberg', 'dans un podcast', True);
    'un analyste de l'industrie qui travaille…' -> ("Analyste de l'industrie", 'qui travaille…', False)."""
    phrase = " ".join(phrase.split()).strip(" ,.;:–—-")
    determiner = _DETERMINERS.match(phrase)
    # "un analyste…", and "Un ancien cadre…" at the start of a sentence, are roles; "La Commission…" is a name.
    rest = phrase[determiner.end() :] if determiner else ""
    if determiner and (
        not phrase[:1].isupper() or rest[:1].islower() or rest.split(" ", 1)[0].casefold().strip(",") in ROLE_NOUNS
    ):
        phrase = phrase[determiner.end() :]
        if not phrase[:1].isupper():
            phrase = phrase[:1].lower() + phrase[1:]
    first = phrase.split(" ", 1)[0].casefold().strip(",")
    if first in ROLE_NOUNS or not phrase[:1].isupper():
        phrase = _DETERMINERS.sub("", phrase, count=1)
        match = _ROLE_CUT.search(phrase)
        name, detail = (phrase[: match.start()], phrase[match.start() :]) if match else (phrase, "")
        detail = detail.strip(" ,")
        return name[:1].upper() + name[1:], detail, False
    name, _, detail = phrase.partition(",")
    tokens = name.split()
    # A name is a run of capitalised words; what follows is detail ("Zuckerberg dans une lettre").
    cut = next(
        (i for i, t in enumerate(tokens) if not (t[:1].isupper() or t in ("de", "du", "van", "von"))), len(tokens)
    )
    if 0 < cut < len(tokens):
        detail = " ".join(tokens[cut:]) + (f", {detail.strip()}" if detail.strip() else "")
        name = " ".join(tokens[:cut])
    return name.strip(), detail.strip(), True


def _spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for match in _SPANS.finditer(text):
        inner = next(g for g in match.groups() if g is not None)
        out.append((match.start(), match.end(), " ".join(inner.split())))
    return out


def looks_like_quotation(inner: str) -> bool:
    """A sentence or a long fragment; not a scare-quoted word or a title."""
    count = len(words(inner))
    if count >= 8:
        return True
    return count >= 4 and (inner[:1].isupper() or inner.rstrip()[-1:] in ".!?…")


def _post_attribution(after: str) -> tuple[str, int] | None:
    pronoun = _POST_PRONOUN.match(after)
    if pronoun:
        verb = pronoun.group("verb1") or pronoun.group("verb2") or pronoun.group("verb3")
        fait = pronoun.group("fait1") or pronoun.group("fait2")
        if is_speech_verb(verb, faire=bool(fait)):
            return PREVIOUS_SPEAKER, pronoun.end()
    match = _POST.match(after)
    if not match or not is_speech_verb(match.group("verb"), faire=bool(match.group("fait"))):
        return None
    speaker = match.group("speaker").strip()
    if not speaker or len(words(speaker)) > 25:
        return None
    return speaker, match.end()


def _pre_attribution(before: str) -> str | None:
    selon = _PRE_SELON.search(before)
    if selon:
        return selon.group("speaker")
    match = _PRE_VERB.search(before)
    if match and is_speech_verb(match.group("verb")) and len(words(match.group("speaker"))) <= 12:
        return match.group("speaker")
    return None


@dataclass
class _Found:
    parts: list[str]
    speaker_phrase: str
    start: int
    end: int


def inline_quotations(text: str) -> list[_Found]:
    """Attributed « » / “ ” / " " quotations in one paragraph, multi-part spans merged.

    With a speech verb, any span of two words or more is a quotation; without
    one, a span continues the quotation just attributed when only punctuation
    separates them. Everything else is a scare quote or a title.
    """
    found: list[_Found] = []
    last_attribution_end = -1
    for start, end, inner in _spans(text):
        # An attribution is a short phrase next to the quotation: only that much text is looked at,
        # so a paragraph with thousands of quotations costs no more than its length.
        post = _post_attribution(text[end : end + ATTRIBUTION_WINDOW])
        window = max(0, start - ATTRIBUTION_WINDOW)
        sentence_start = max(
            text.rfind(". ", window, start), text.rfind("? ", window, start), text.rfind("! ", window, start)
        )
        before_start = sentence_start + 1 if sentence_start >= 0 else window
        pre = None if post else _pre_attribution(text[before_start:start])
        between = text[last_attribution_end:start] if last_attribution_end >= 0 else None
        if post or pre:
            if len(words(inner)) < 2:
                continue
            if post:
                speaker, consumed = post
                found.append(_Found([inner], speaker, start, end))
                last_attribution_end = end + consumed
            else:
                found.append(_Found([inner], pre or "", start, end))
                last_attribution_end = end
        elif found and between is not None and not between.strip(" ,.;:–—-") and looks_like_quotation(inner):
            found[-1].parts.append(inner)
            found[-1].end = end
            last_attribution_end = end
    return found


def extract(article: Article) -> list[Quote]:
    """Every quotation of an article, in reading order, with stable anchors.

    An inline quotation's anchor is a hash of its words, with -2, -3… when the
    same words are quoted again or the hash is another block's anchor.
    """
    quotes: list[Quote] = []
    taken = {b.anchor for b in article.blocks}
    for block in article.blocks:
        if block.role in ("about", "note"):
            continue
        if block.kind is Kind.QUOTE:
            if not block.attribution:
                continue
            name, detail, named = parse_speaker(block.attribution)
            quotes.append(_quote(article, block, block.text, name, detail, named, block.anchor))
            continue
        texts = [block.text] if block.kind is Kind.PARAGRAPH else [t for _, t in block.items]
        for text in texts:
            for found in inline_quotations(text):
                if found.speaker_phrase == PREVIOUS_SPEAKER:
                    if not quotes:
                        continue  # "dit-il" with nobody named before: speaker unknown
                    previous = quotes[-1]
                    name, detail, named = previous.speaker, previous.speaker_detail, previous.named
                else:
                    name, detail, named = parse_speaker(found.speaker_phrase)
                base = f"q-{short_hash(' '.join(found.parts))}"
                anchor, n = base, 2
                while anchor in taken:
                    anchor, n = f"{base}-{n}", n + 1
                taken.add(anchor)
                block.spans.append((text, found.start, found.end, anchor))
                quote = _quote(article, block, " […] ".join(found.parts), name, detail, named, anchor)
                quote.inline = True
                quotes.append(quote)
    return quotes


def _quote(article: Article, block: Block, text: str, name: str, detail: str, named: bool, anchor: str) -> Quote:
    return Quote(
        id=f"{article.id}-{anchor}",
        text=" ".join(text.split()),
        speaker=name,
        speaker_detail=detail,
        article=article.id,
        anchor=anchor,
        themes=list(block.themes),
        named=named,
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
    for key, name in full_names.items():
        by_surname.setdefault(key.split()[-1], set()).add(name)
    canonical_roles: dict[str, str] = {}
    for quote in quotes:
        key = speaker_key(quote.speaker)
        if quote.named:
            if key in full_names:
                quote.speaker = full_names[key]
            elif len(key.split()) == 1 and len(by_surname.get(key, ())) == 1:
                quote.speaker = next(iter(by_surname[key]))
        else:
            quote.speaker = canonical_roles.setdefault(key, quote.speaker)
