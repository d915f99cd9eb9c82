"""The modules `_core.py` was split into import only what ARCHITECTURE.md's module table says
they may (its "may import" column, names in parentheses aside: those are for types only or
imported on first use). A module-level import of `_core` from one of them, or of a module the
table does not list, fails here: the layering stays what a newcomer reads."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WRAPPER = ROOT / "wrapper" / "runninghub"
SPLIT = (
    "_files",
    "_effects",
    "_checks",
    "_settings",
    "_replies",
    "_sync_driver",
    "_async_driver",
    "_calls",
    "_tasks",
    "_submits",
    "_waiting",
    "_downloads",
)


def allowed_imports(table: str, module: str) -> set[str]:
    """The modules of ours the table row of `module` lets it import (outside parentheses)."""
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0] == f"`{module}.py`":
            return set(re.findall(r"`(_\w+)`", re.sub(r"\([^)]*\)", "", cells[2])))
    raise LookupError(f"ARCHITECTURE.md has no module table row for {module}.py")


def runtime_imports(source: str) -> set[str]:
    """Our modules imported at module level, `if TYPE_CHECKING:` blocks and functions aside."""
    found: set[str] = set()
    for node in ast.parse(source).body:
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                # `from . import _x` names modules; `__version__` is the package's own attribute
                found |= {a.name for a in node.names if a.name.startswith("_") and not a.name.startswith("__")}
    return found


@pytest.mark.parametrize("module", SPLIT)
def test_a_split_module_imports_what_the_architecture_says(module: str) -> None:
    table = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    imported = runtime_imports((WRAPPER / f"{module}.py").read_text(encoding="utf-8"))
    assert "_core" not in imported, f"{module} must not import _core at run time (Core binds it, not the reverse)"
    extra = imported - allowed_imports(table, module)
    assert not extra, f"{module}.py imports {sorted(extra)}, which its ARCHITECTURE.md row does not list"


def test_the_check_sees_a_forbidden_import() -> None:
    table = "| `_effects.py` | the effect contract | `_bounded` (`_core` for types only) |"
    assert allowed_imports(table, "_effects") == {"_bounded"}
    source = "from __future__ import annotations\nfrom ._bounded import X\nfrom . import __version__, _core\n"
    assert runtime_imports(source) == {"_bounded", "_core"}
    typing_only = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ._core import Core\n"
    assert runtime_imports(typing_only) == set()
