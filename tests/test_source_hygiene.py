"""Source rules that ruff does not check.

A module-level name bound twice silently replaces the first binding for every use in the module, including the
uses written for the first one: loaders/extract.py once defined two different ``_CUE_BETWEEN`` patterns, and the
rules written for the first ran with the second.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("loaders", "graph", "vankien", "ontology", "queries", "bench")
MODULES = sorted(p for package in PACKAGES for p in (ROOT / package).glob("*.py"))


def module_level_bindings(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
    return names


def test_the_check_sees_a_second_binding() -> None:
    tree = ast.parse("A = 1\ndef f() -> None: ...\nA = 2\nB: int = 3\n")
    assert module_level_bindings(tree) == Counter({"A": 2, "f": 1, "B": 1})


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_module_level_name_is_bound_once(path: Path) -> None:
    names = module_level_bindings(ast.parse(path.read_text(encoding="utf-8")))
    assert [name for name, count in names.items() if count > 1] == []
