"""The parser's modules bind each module-level name once.

The parser keeps many compiled patterns at module level; a second assignment of the same name
further down a module silently replaces the first for every function that reads it (it happened
twice: an appeal pattern and a record-label pattern, each caught only by a corpus score).
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "articles" / "importers" / "dumps"


@pytest.fixture(autouse=True)
def _clear_cache():
    """Reads source files only: no database, no Django cache."""
    yield


@pytest.mark.parametrize(
    "module", sorted(p.relative_to(PACKAGE).as_posix() for p in PACKAGE.glob("**/*.py"))
)
def test_no_module_level_name_is_bound_twice(module):
    tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    twice = []
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            if name in seen:
                twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen[name] = node.lineno
    assert not twice, twice
