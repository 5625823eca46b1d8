"""Train the interface-line model (dossier.interface) on the project's own annotated corpus.

Every line of every article in tests/eval/articles, as a contributor pasted it, is labelled from its annotation:
a line of the site's furniture (any convention under ``furniture:``) or the article's own. A logistic regression
on dossier.interface.features learns how the two differ; its weights go to hooks/dossier/interface_model.json.
The result is deterministic: the same corpus gives the same file. Run it with ``make model`` after adding
annotated articles.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))
sys.path.insert(0, str(ROOT / "tests" / "eval"))

import score  # noqa: E402

from dossier import interface, sources  # noqa: E402
from dossier.clean import read_markdown, units_from_text  # noqa: E402

C = 3.0  # inverse regularisation strength: chosen on blind pages, see docs/methode.md
# Furniture only its place in the text tells, never its own line: a pull quote is a sentence of the report said again
# (clean._pull_quote_boxes decides it), other articles' headlines closing the page read as the article's own headings
# (clean._trailing_headlines). Their lines teach the model nothing of a line's shape; they are left out.
CONTEXT_CONVENTIONS = frozenset({"pull_quote_box", "trailing_headlines"})
MIN_LINES = 2  # a word is a feature when this many lines of the corpus have it


def _is_furniture(line: str, furniture: list[str]) -> bool:
    folded = score.fold(line)
    return any(
        (folded == item or folded.startswith(item + " ")) if len(item.split()) <= 3 else item in folded
        for item in furniture
    )


def corpus() -> tuple[list[dict[str, float]], list[bool]]:
    """The features and labels of every line of the annotated corpus."""
    rows: list[dict[str, float]] = []
    labels: list[bool] = []
    for path in score.articles(score.ARTICLES):
        gold = score.load_gold(path)
        source, _ = sources.load(path, score.ROOT)
        assert source is not None, path
        units = read_markdown(source.body)[0] if source.markdown else units_from_text(source.body)
        texts = [unit.text for unit in units if unit.text.strip()]
        furniture = [
            score.fold(item)
            for kind, items in gold.furniture.items()
            if kind not in CONTEXT_CONVENTIONS
            for item in items
        ]
        context = [score.fold(item) for kind in CONTEXT_CONVENTIONS for item in gold.furniture.get(kind, [])]
        for index, text in enumerate(texts):
            if _is_furniture(text, context):
                continue
            rows.append(interface.features(texts, index))
            labels.append(_is_furniture(text, furniture))
    return rows, labels


def main() -> int:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows, labels = corpus()
    # A word seen on one line only says nothing of the next site: words count from two lines up.
    seen = Counter(name for row in rows for name in row if name.startswith("w:"))
    rows = [{name: value for name, value in row.items() if seen.get(name, MIN_LINES) >= MIN_LINES} for row in rows]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=C, class_weight="balanced", fit_intercept=False, max_iter=10000)
    model.fit(matrix, labels)
    weights = {
        name: round(float(weight), 6)
        for name, weight in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(weight) >= 1e-4
    }
    interface.MODEL.write_text(
        json.dumps(
            {
                "about": "dossier.interface: logistic regression on line traits, trained by scripts/train_interface.py",
                "lines": len(labels),
                "furniture_lines": sum(labels),
                "C": C,
                "min_lines": MIN_LINES,
                "weights": dict(sorted(weights.items())),
            },
            ensure_ascii=False,
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    print(
        f"{len(labels)} lines, {sum(labels)} furniture, {len(weights)} weights -> {interface.MODEL.relative_to(ROOT)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
