"""Shared test helpers: paths to the project and to the reference material beside it."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

# The `runninghub_sandbox` fixture: a local RunningHub server (see runninghub.sandbox).
pytest_plugins = ["runninghub.sandbox.pytest_plugin"]

# Learned run times persist in the user's cache directory; tests (and the CLI processes they
# start) must neither read nor write it. Tests of the cache pass a path of their own.
os.environ["RUNNINGHUB_RUNTIME_CACHE"] = "0"

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "reference"


def _load(rel: str) -> Any:
    path = SHARED / rel
    if not path.exists():
        pytest.skip(f"reference material not found at {path} (CI has ../shared beside the clone)")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def reference_endpoints() -> list[dict[str, Any]]:
    return _load("endpoints.json")


@pytest.fixture(scope="session")
def reference_registry() -> list[dict[str, Any]]:
    return _load("raw/ComfyUI_RH_OpenAPI.models_registry.json")


@pytest.fixture(scope="session")
def reference_example():
    return lambda name: _load(f"examples/{name}")


@pytest.fixture(scope="session")
def bundled() -> dict[str, Any]:
    return json.loads((ROOT / "generated" / "openapi.json").read_text(encoding="utf-8"))
