"""dossier.reuse.rendered: MkDocs' render of a generated page's skeleton, reused by the next serve rebuild."""

from __future__ import annotations

from mkdocs.structure.toc import get_toc

from dossier.reuse.memo import Memo
from dossier.reuse.rendered import Rendered, Renders, tokens


def test_a_render_is_reused_by_the_next_build_while_made_from_the_same_inputs() -> None:
    memo = Memo()
    renders = Renders(memo)
    made = Rendered("<h1>Titre</h1>", [], frozenset({"titre"}))
    for build, inputs, expected in (
        (1, ("# Titre", "a/"), None),  # nothing kept yet: MkDocs renders it
        (2, ("# Titre", "a/"), made),  # the same skeleton at the same URL
        (3, ("# Titre", "b/"), None),  # another URL
        (4, ("# Titre", "b/"), made),
    ):
        memo.new_build(enabled=True)
        assert renders.reuse("a.md", inputs) == expected, build
        if expected is None:
            renders.keep("a.md", made)
    assert renders.reused == 2
    memo.new_build(enabled=True)  # a build that does not ask for the page forgets it
    memo.new_build(enabled=True)
    assert renders.reuse("a.md", ("# Titre", "b/")) is None


def test_nothing_is_kept_by_mkdocs_build() -> None:
    memo = Memo()
    renders = Renders(memo)
    memo.new_build(enabled=False)
    assert renders.reuse("a.md", ("# Titre",)) is None
    renders.keep("a.md", Rendered("", [], frozenset()))
    memo.new_build(enabled=False)
    assert renders.reuse("a.md", ("# Titre",)) is None and len(memo) == 0


def test_a_table_of_contents_round_trips_through_its_tokens() -> None:
    toc = get_toc(
        [
            {"level": 1, "id": "t", "name": "Titre &amp; co", "children": [
                {"level": 2, "id": "a", "name": "A", "children": [
                    {"level": 3, "id": "a1", "name": "A.1", "children": []},
                ]},
                {"level": 2, "id": "b", "name": "B", "children": []},
            ]},
        ]
    )  # fmt: skip
    again = get_toc(tokens(toc))
    assert str(again) == str(toc)
    assert [(i.title, i.id, i.level) for i in again.items[0].children] == [("A", "a", 2), ("B", "b", 2)]
