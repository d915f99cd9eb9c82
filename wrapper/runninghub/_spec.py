"""Locate and load the bundled OpenAPI spec (`openapi.json`), shared by the client and the sandbox.

Wheel installs carry it as `runninghub_api/openapi.json`; a source checkout has it beside the
generated package as `generated/openapi.json`. The package is located without importing it.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any


def spec_path() -> Path:
    """The path of the bundled spec; FileNotFoundError if neither location has it."""
    import importlib.util

    found = importlib.util.find_spec("runninghub_api")
    if found is None or not found.origin:
        raise FileNotFoundError("the runninghub_api package is not installed")
    here = Path(found.origin).parent  # the same folder as Path(runninghub_api.__file__).parent
    for candidate in (here / "openapi.json", here.parent / "openapi.json"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"openapi.json not found beside {here}")


@functools.cache
def load_spec() -> dict[str, Any]:
    """The bundled spec as a dict (read once; treat it as read-only)."""
    import json

    data: dict[str, Any] = json.loads(spec_path().read_text(encoding="utf-8"))
    return data
