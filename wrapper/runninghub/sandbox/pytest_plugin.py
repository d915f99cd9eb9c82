"""pytest plugin: a RunningHub sandbox for your tests.

Enable it in a conftest.py::

    pytest_plugins = ["runninghub.sandbox.pytest_plugin"]

and ask for the `runninghub_sandbox` fixture: a `Sandbox` (base_url, api_key, journal,
tasks_created, inject_fault, configure, ...). One server runs for the whole session; each test
gets it reset (no tasks, faults or journal entries; settings restored). Override the
`runninghub_sandbox_options` fixture (session scope) to change the settings, for example::

    @pytest.fixture(scope="session")
    def runninghub_sandbox_options():
        return {"api_key": "test-key", "task_duration": 0.2}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from ._server import Sandbox

DEFAULT_OPTIONS: dict[str, Any] = {"api_key": "sandbox-key", "task_duration": 0.5}


@pytest.fixture(scope="session")
def runninghub_sandbox_options() -> dict[str, Any]:
    """Keyword arguments for the session's `Sandbox` (override this fixture to change them)."""
    return dict(DEFAULT_OPTIONS)


@pytest.fixture(scope="session")
def runninghub_sandbox_server(runninghub_sandbox_options: dict[str, Any]) -> Iterator[Sandbox]:
    """The session's sandbox server (not reset between tests; prefer `runninghub_sandbox`)."""
    with Sandbox(**runninghub_sandbox_options) as sandbox:
        yield sandbox


@pytest.fixture
def runninghub_sandbox(runninghub_sandbox_server: Sandbox) -> Iterator[Sandbox]:
    """The session's sandbox, reset for this test."""
    runninghub_sandbox_server.reset()
    yield runninghub_sandbox_server
    runninghub_sandbox_server.reset()
