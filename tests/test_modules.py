"""The hooks' modules as source: a module-level name is bound once.

quotes.py holds hundreds of patterns; a second ``_NAME = …`` further down silently replaces the first for every
function that reads it at run time, while the patterns compiled in between keep the first. Both happened (a lower-case
particle pattern shadowed by a capitalised one), so each module is checked here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

MODULES = sorted((Path(__file__).resolve().parents[1] / "hooks" / "dossier").glob("*.py"))


def _bound_twice(tree: ast.Module) -> list[str]:
    seen: set[str] = set()
    twice: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            if name in seen:
                twice.append(name)
            seen.add(name)
    return twice


@pytest.mark.parametrize("module", MODULES, ids=lambda path: path.name)
def test_a_module_binds_each_top_level_name_once(module: Path) -> None:
    assert _bound_twice(ast.parse(module.read_text(encoding="utf-8"))) == []


def test_the_check_finds_a_name_bound_twice() -> None:
    source = "A = 1\ndef f():\n    return A\nA = 2\n"
    assert _bound_twice(ast.parse(source)) == ["A"]
