"""Optional extras: say which one to install instead of failing with a bare ModuleNotFoundError.

Only `importlib.util.find_spec` is used, so checking costs no import of the extra's packages.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterable

# extra -> the top-level modules it provides (python-multipart below 0.0.15 has no `python_multipart`
# our sandbox can use, so an old one counts as missing).
EXTRAS: dict[str, tuple[str, ...]] = {
    "cli": ("click", "rich"),
    "sandbox": ("starlette", "uvicorn", "jsonschema", "python_multipart"),
    "live": ("websockets",),
}


# what pip calls the distributions of modules whose import name differs
PIP_NAMES: dict[str, str] = {"python_multipart": "python-multipart"}


class MissingExtraError(ModuleNotFoundError):
    """An optional part of runninghub was used without its extra installed."""


def missing_modules(modules: Iterable[str]) -> list[str]:
    """The modules of `modules` that cannot be imported."""
    out = []
    for name in modules:
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            out.append(name)
    return out


def has_extra(extra: str) -> bool:
    """True when every module of `extra` can be imported."""
    return not missing_modules(EXTRAS[extra])


def install_hint(extra: str, what: str) -> str:
    return f"{what} needs the {extra} extra: pip install 'runninghub[{extra}]'"


def require_extra(extra: str, what: str) -> None:
    """Raise MissingExtraError naming the extra when one of its modules is missing.

    Under `python -m <package>` (where Python sets sys.argv[0] to "-m" while it imports the
    package) it exits with status 2 and the message instead, with no traceback.
    """
    missing = missing_modules(EXTRAS[extra])
    if not missing:
        return
    message = f"{install_hint(extra, what)} (missing: {', '.join(PIP_NAMES.get(m, m) for m in missing)})"
    if sys.argv[:1] == ["-m"]:
        print(message, file=sys.stderr)
        raise SystemExit(2)
    raise MissingExtraError(message, name=missing[0])
