"""`mkdocs serve`: the glossary's totals merged again after an edit equal those merged from scratch (Hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.glossary import AGAIN_MAX, ArticleTerms, TermData, merge, merge_again

SLUGS = ["llm", "llama", "open-source", "poids", "gpu", "rlhf", "licence", "benchmark"]
THEMES = ["strategy", "security", "geopolitics", "startups"]

block = st.tuples(
    st.sampled_from([f"p-{n}" for n in range(12)]),
    st.lists(st.sampled_from(SLUGS), min_size=1, max_size=4, unique=True).map(lambda s: tuple(sorted(s))),
    st.lists(st.sampled_from(THEMES), max_size=3, unique=True).map(tuple),
)
definition = st.tuples(
    st.sampled_from(["Un grand modèle (LLM)", "Graphics (GPU)"]), st.sampled_from(SLUGS), st.just("p-0")
)
share = st.tuples(st.lists(block, max_size=5), st.lists(definition, max_size=2))


def part(article: str, drawn: tuple[list, list]) -> ArticleTerms:
    return ArticleTerms(article, list(drawn[0]), list(drawn[1]))


def snapshot(terms: dict[str, TermData]) -> list[object]:
    """Every value; lists in order, counters as counts (their readers sort them)."""
    return [
        (slug, list(d.occurrences), sorted(d.themes.items()), sorted(d.related.items()), d.inline_definitions)
        for slug, d in terms.items()
    ]


@settings(max_examples=200, deadline=None)
@given(
    before=st.lists(share, min_size=1, max_size=25),
    edits=st.lists(st.tuples(st.integers(min_value=0), share), min_size=1, max_size=3),
)
def test_merging_again_gives_what_merging_gives(before: list, edits: list) -> None:
    parts = [part(f"a{i:03}", drawn) for i, drawn in enumerate(before)]
    previous = merge_again(None, parts)
    assert snapshot(previous.terms) == snapshot(merge(parts))
    after = list(parts)
    for index, drawn in edits:
        index %= len(after)
        after[index] = part(after[index].article, drawn)
    again = merge_again(previous, after)
    assert snapshot(again.terms) == snapshot(merge(after))
    # Entries no edited article uses, or uses as before, are the last build's objects (unless all were merged again).
    edited = {i % len(parts) for i, _ in edits}
    if len([i for i in edited if after[i] != parts[i]]) <= AGAIN_MAX * len(parts):
        used = {
            s
            for i in edited
            for p in (parts[i], after[i])
            for s in [*(x for b in p.blocks for x in b[1]), *(d[1] for d in p.definitions)]
        }
        assert all(again.terms[s] is previous.terms[s] for s in previous.terms if s not in used)


def test_articles_added_or_removed_merge_everything_again() -> None:
    one = ArticleTerms("a1", [("p-1", ("llm",), ("strategy",))], [])
    two = ArticleTerms("a2", [("p-2", ("gpu", "llm"), ())], [])
    previous = merge_again(None, [one])
    assert snapshot(merge_again(previous, [one, two]).terms) == snapshot(merge([one, two]))
    assert snapshot(merge_again(merge_again(None, [one, two]), [two]).terms) == snapshot(merge([two]))


def test_an_edit_merges_only_the_entries_it_touches() -> None:
    parts = [
        ArticleTerms(f"a{i:02}", [(f"p-{i}", ("gpu", "llm") if i % 2 else ("llama",), ("strategy",))], [])
        for i in range(30)
    ]
    previous = merge_again(None, parts)
    edited = list(parts)
    edited[3] = ArticleTerms(
        "a03", [("p-new", ("gpu", "llm"), ("security",))], [("Un grand modèle (LLM)", "llm", "p-new")]
    )
    again = merge_again(previous, edited)
    assert snapshot(again.terms) == snapshot(merge(edited))
    assert again.terms["llama"] is previous.terms["llama"]
    assert again.terms["llm"] is not previous.terms["llm"]
    assert again.terms["llm"].inline_definitions == [("Un grand modèle (LLM)", "a03", "p-new")]


@settings(max_examples=100, deadline=None)
@given(
    before=st.lists(share, min_size=10, max_size=30),
    edits=st.lists(st.tuples(st.integers(min_value=0), share), min_size=1, max_size=6),
)
def test_edit_after_edit_the_totals_stay_right(before: list, edits: list) -> None:
    """A serve session: each rebuild starts from the last one's totals."""
    parts = [part(f"a{i:03}", drawn) for i, drawn in enumerate(before)]
    totals = merge_again(None, parts)
    for index, drawn in edits:
        parts = list(parts)
        parts[index % len(parts)] = part(parts[index % len(parts)].article, drawn)
        totals = merge_again(totals, parts)
        assert snapshot(totals.terms) == snapshot(merge(parts))
