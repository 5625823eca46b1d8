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


@settings(max_examples=200, deadline=None)
@given(
    before=st.lists(share, min_size=1, max_size=30),
    edits=st.lists(st.tuples(st.integers(min_value=0), share), min_size=1, max_size=6),
)
def test_edit_after_edit_the_totals_are_those_merged_from_scratch(before: list, edits: list) -> None:
    """A serve session: each rebuild starts from the last one's totals; entries no edit touches keep their objects."""
    parts = [part(f"a{i:03}", drawn) for i, drawn in enumerate(before)]
    totals = merge_again(None, parts)
    assert snapshot(totals.terms) == snapshot(merge(parts))
    for index, drawn in edits:
        index %= len(parts)
        edited = list(parts)
        edited[index] = part(parts[index].article, drawn)
        again = merge_again(totals, edited)
        assert snapshot(again.terms) == snapshot(merge(edited))
        if AGAIN_MAX * len(parts) >= 1:  # not merged from scratch
            used = {x for p in (parts[index], edited[index]) for b in p.blocks for x in b[1]}
            used |= {d[1] for p in (parts[index], edited[index]) for d in p.definitions}
            assert all(again.terms[s] is totals.terms[s] for s in totals.terms if s not in used)
        parts, totals = edited, again
