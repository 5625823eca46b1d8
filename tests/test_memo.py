"""dossier.reuse.memo: what a `mkdocs serve` rebuild reuses, and when it does not."""

from __future__ import annotations

from dataclasses import dataclass

from dossier import fragments, linking
from dossier.glossary import Entry
from dossier.reuse import Reuse
from dossier.reuse.memo import NONE, Memo, Parts


@dataclass
class Item:
    text: str


@dataclass(frozen=True)
class Fig:
    n: int


def counting() -> tuple[list[str], Memo]:
    memo = Memo()
    memo.new_build(enabled=True)
    return [], memo


def test_a_value_is_reused_while_its_inputs_are_equal() -> None:
    made, memo = counting()
    item = Item("a")
    assert memo.get(("row", 1), (item, "slug"), lambda: made.append("1") or "v1") == "v1"
    memo.new_build(enabled=True)
    assert memo.get(("row", 1), (item, "slug"), lambda: made.append("2") or "v2") == "v1"
    # An equal object made anew (an article analysed again to the same result) is equal.
    memo.new_build(enabled=True)
    assert memo.get(("row", 1), (Item("a"), "slug"), lambda: made.append("3") or "v3") == "v1"
    # A value derived per build is an input by value: the same object holding another slug is not the same row.
    memo.new_build(enabled=True)
    assert memo.get(("row", 1), (item, "other-slug"), lambda: made.append("4") or "v4") == "v4"
    assert made == ["1", "4"] and (memo.hits, memo.misses) == (0, 1)


def test_values_not_asked_for_are_forgotten_at_the_next_build() -> None:
    _, memo = counting()
    memo.get(("row", 1), 1, lambda: "one")
    memo.get(("row", 2), 2, lambda: "two")
    memo.new_build(enabled=True)
    memo.get(("row", 1), 1, lambda: "again")  # row 2 is not asked for
    assert len(memo) == 1
    memo.new_build(enabled=True)
    assert memo.get(("row", 2), 2, lambda: "made") == "made"


def test_stamps_are_made_once_per_build_and_are_the_last_builds_object_when_equal() -> None:
    made, memo = counting()

    def urls() -> dict[str, str]:
        made.append("made")
        return {"a": "articles/a/"}

    first = memo.stamp("urls", urls)
    assert memo.stamp("urls", urls) is first and made == ["made"]
    memo.new_build(enabled=True)
    assert memo.stamp("urls", urls) is first and memo.unchanged("urls")
    memo.new_build(enabled=True)
    changed = memo.stamp("urls", lambda: {"a": "articles/a-2/"})
    assert changed is not first and not memo.unchanged("urls")


def test_mkdocs_build_keeps_nothing() -> None:
    memo = Memo()
    memo.new_build(enabled=False)
    made: list[str] = []
    for _ in range(2):
        assert memo.get(("row", 1), 1, lambda: made.append("x") or "v") == "v"
        assert memo.stamp("urls", lambda: {"a": "b"}) == {"a": "b"}
    assert made == ["x", "x"] and len(memo) == 0 and len(NONE) == 0


def test_a_written_page_is_reused_until_a_page_it_links_to_appears() -> None:
    reuse = Reuse()
    reuse.new_build(serve=True)
    page = fragments.Skeleton()
    page.html(f'<p><a href="{linking.url("acteurs/meta.md")}">Meta</a></p>')
    pages = {"index.md"}
    written: list[int] = []

    def relative(src: str) -> str | None:
        written.append(1)
        return f"../{src[:-3]}/" if src in pages else None

    def write() -> tuple[str, str, list[str]]:
        rendered = "<!-- dossier:fragment 0 -->"
        return reuse.write_page(page, "x.md", lambda: ("x/", {}), rendered, relative, {}, pages)

    full, search, missing = write()
    assert 'href="#"' in full and missing == ["acteurs/meta.md"] and "Meta" in search
    reuse.new_build(serve=True)
    assert write() == (full, search, missing) and len(written) == 1  # kept, and still reported missing
    reuse.new_build(serve=True)
    pages.add("acteurs/meta.md")  # the actor now has a page: the link must point at it
    full, _, missing = write()
    assert 'href="../acteurs/meta/"' in full and missing == []


def test_relative_urls_are_mkdocs_own() -> None:
    from mkdocs.utils import get_relative_url

    urls = ["", "index.html", "articles/", "articles/a-b/", "themes/strategy/8/", "glossaire/", "data/x.json"]
    urls += ["feed.xml", "404.html", "a/b/c.html", "a/./b/../c/", "/x/", "articles/a-b", "a.b/c/", "../q/"]
    for target in urls:
        for page in urls:
            assert linking.relative_url(target, page) == get_relative_url(target, page), (target, page)


def test_urls_shared_between_pages_are_mkdocs_own() -> None:
    """linking.PageUrls: one folder's pages share their targets' URLs, except targets inside a page's own folder."""
    from mkdocs.utils import get_relative_url

    urls = ["", "index.html", "articles/", "articles/a-b/", "articles/a-b/c/", "articles/a-c/", "themes/strategy/8/"]
    urls += ["themes/strategy/9/", "themes/strategy/", "glossaire/", "data/x.json", "a/b/c.html", "a/b/", "feed.xml"]
    sources = {f"src{i}.md": url for i, url in enumerate(urls)}
    shared = linking.PageUrls(sources.get)
    for _ in range(2):  # the second time from what the first one kept
        for page in urls:
            relative = shared.seen_from(page)
            for src, target in sources.items():
                assert relative(src) == get_relative_url(target, page), (target, page)
            assert relative("missing.md") is None


def test_resolve_writes_each_placeholder_for_the_page() -> None:
    term = linking.term_link(Entry(term="IA", slug="ia", definition="Intelligence artificielle"), "IA")
    text = f'<p>{term} <a href="{linking.url("articles/x.md", "p")}">x</a> {term}</p>'
    out = linking.resolve(text, lambda src: f"../{src[:-3]}/", {"ia": "Intelligence artificielle"})
    assert out.count('href="../glossaire/index/#ia" title="Intelligence artificielle"') == 2
    assert 'href="../articles/x/#p"' in out and "\x00" not in out


def test_parts_are_reused_by_item_while_what_they_show_is_the_same() -> None:
    one, two, three = Fig(1), Fig(2), Fig(3)  # equal values, distinct objects: kept by identity
    made: list[int] = []

    def make(item: Fig) -> str:
        made.append(item.n)
        return f"row {item.n}"

    first = Parts()
    assert [first.get(i, "slug", lambda i=i: make(i)) for i in (one, two)] == ["row 1", "row 2"]
    second = Parts(first)  # made again: takes the parts it asks for
    assert second.get(one, "slug", lambda: make(one)) == "row 1"
    assert second.get(two, "new slug", lambda: make(two)) == "row 2"
    assert second.get(Fig(1), "slug", lambda: make(Fig(1))) == "row 1"  # an equal item, another object
    assert made == [1, 2, 2, 1]
    third = Parts(second)
    assert third.get(three, "slug", lambda: make(three)) == "row 3"
    assert third.get(one, "slug", lambda: "never") == "row 1"
    assert len(third) == 2  # the parts not asked for went with the last build


def test_parts_of_items_still_alive_are_kept_unasked() -> None:
    rows = [Fig(n) for n in range(4)]
    first = Parts()
    for row in rows:
        first.get(row, "t", lambda row=row: f"row {row.n}")
    kept = Parts(first, alive=rows[1:])  # a listing page not written this build still has its rows
    assert len(kept) == 3
    assert Parts(kept, alive=rows[1:]).get(rows[3], "t", lambda: "made again") == "row 3"
    assert Parts(kept, alive=rows[1:]).get(rows[0], "t", lambda: "made again") == "made again"
