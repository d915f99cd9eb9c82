"""The string constants of Python sources, docstrings aside: what the "written by hand" scans
(tests/test_routes.py, tests/test_reply_fields.py) read."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the docstring nodes (module, class, function): documentation, not behaviour."""
    out: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            value = body[0].value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                out.add(id(value))
    return out


def string_constants(paths: list[Path]) -> Iterator[tuple[Path, int, str]]:
    """(file, line, text) of every string constant in `paths` that is not a docstring."""
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = _docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
                yield path, node.lineno, node.value
