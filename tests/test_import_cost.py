"""Import cost (issue #15): `from runninghub import RunningHub` loads the client class and what
defining it needs, nothing more; the core, catalog, budgets, workflows, platform endpoints and
heavy standard-library modules wait for the first client. Timing is benchmarks/bench_import.py's
job; this checks which modules are loaded, which does not depend on the machine's speed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Modules the client class does not need to be defined (those `import httpx` loads anyway aside).
DEFERRED = [
    "runninghub._core",
    "runninghub._effects",
    "runninghub._checks",
    "runninghub._replies",
    "runninghub._settings",
    "runninghub._sync_driver",
    "runninghub._tasks",
    "runninghub._submits",
    "runninghub._waiting",
    "runninghub._files",
    "runninghub._downloads",
    "runninghub._calls",
    "runninghub._catalog",
    "runninghub._types",
    "runninghub._budget",
    "runninghub._platform",
    "runninghub._workflows",
    "runninghub._assets",
    "runninghub._uploads",
    "runninghub._polling",
    "runninghub._live",
    "runninghub._routes",
    "runninghub._wire",
    "runninghub_api.api",  # the route index
    "runninghub_api.wire",  # the JSON keys
    "asyncio",
    "concurrent.futures",
    "decimal",
    "dataclasses",
]


def loaded_after(statement: str, then: str = "") -> set[str]:
    code = f"import json, sys\n{statement}\n{then}\nprint(json.dumps(sorted(sys.modules)))\n"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return set(json.loads(proc.stdout))


def test_importing_the_client_class_defers_the_rest() -> None:
    floor = loaded_after("import httpx")  # with click and rich installed, httpx's CLI loads more
    loaded = loaded_after("from runninghub import RunningHub")
    assert "runninghub._client" in loaded
    assert sorted(m for m in DEFERRED if m in loaded and m not in floor) == []


def test_a_client_loads_what_it_needs_on_construction() -> None:
    # the deferred imports happen, and the client works, once one is made
    then = "c = RunningHub(api_key='k'); assert c.models.get('seedream-v4/text-to-image').path; c.close()"
    loaded = loaded_after("from runninghub import RunningHub", then)
    assert {"runninghub._core", "runninghub._catalog", "runninghub._budget"} <= loaded


def test_a_blocking_client_never_loads_asyncio_nor_unused_endpoints() -> None:
    floor = loaded_after("import httpx")
    then = "c = RunningHub(api_key='k'); c.validate('seedream-v4/text-to-image', prompt='x'); c.close()"
    loaded = loaded_after("from runninghub import RunningHub", then)
    unused = ["asyncio", "runninghub._platform", "runninghub._workflows", "runninghub._assets"]
    assert sorted(m for m in unused if m in loaded and m not in floor) == []
