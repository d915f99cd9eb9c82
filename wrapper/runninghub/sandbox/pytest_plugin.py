"""pytest plugin: a RunningHub sandbox for your tests.

Enable it in a conftest.py::

    pytest_plugins = ["runninghub.sandbox.pytest_plugin"]

and ask for the `runninghub_sandbox` fixture: a `SandboxHandle` (base_url, api_key, journal,
tasks_created, task_records(), inject_fault, configure, reset, ...). One server runs for the whole
session; each test gets it reset (no tasks, faults or journal entries; settings restored).
Override the `runninghub_sandbox_options` fixture (session scope) to change the settings, for
example::

    @pytest.fixture(scope="session")
    def runninghub_sandbox_options():
        return {"api_key": "test-key", "task_duration": 0.2}

Remote mode: when RUNNINGHUB_TEST_BASE_URL is set, no sandbox is started. The fixture is a
`RemoteSandbox` whose `base_url` is RUNNINGHUB_TEST_BASE_URL (for example a validating proxy in
front of a sandbox), whose `api_key` is RUNNINGHUB_TEST_API_KEY, and which drives the sandbox at
RUNNINGHUB_SANDBOX_URL through its /__sandbox/ control routes; the options' `SandboxConfig`
settings are applied after every reset (api_key only when RUNNINGHUB_TEST_API_KEY is not set). Tests marked
`@pytest.mark.no_prism("why")` are skipped in remote mode.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from typing import Any

import pytest

from ._remote import RemoteSandbox, SandboxHandle
from ._server import Sandbox
from ._state import SandboxConfig

DEFAULT_OPTIONS: dict[str, Any] = {"api_key": "sandbox-key", "task_duration": 0.5}
BASE_URL_ENV = "RUNNINGHUB_TEST_BASE_URL"
SANDBOX_URL_ENV = "RUNNINGHUB_SANDBOX_URL"
API_KEY_ENV = "RUNNINGHUB_TEST_API_KEY"
_CONFIG_FIELDS = frozenset(f.name for f in dataclasses.fields(SandboxConfig))


def remote_mode() -> bool:
    """True when the tests must use a sandbox reached at RUNNINGHUB_TEST_BASE_URL."""
    return bool(os.environ.get(BASE_URL_ENV))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "no_prism(reason): cannot pass through a validating proxy; skipped when RUNNINGHUB_TEST_BASE_URL is set",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not remote_mode():
        return
    for item in items:
        marker = item.get_closest_marker("no_prism")
        if marker is not None:
            reason = marker.args[0] if marker.args else marker.kwargs.get("reason", "no reason given")
            item.add_marker(pytest.mark.skip(reason=f"not through prism: {reason}"))


def _remote(options: dict[str, Any]) -> RemoteSandbox:
    base_url = os.environ[BASE_URL_ENV]
    control_url = os.environ.get(SANDBOX_URL_ENV, "")
    if not control_url:
        raise pytest.UsageError(f"{BASE_URL_ENV} is set but {SANDBOX_URL_ENV} (the sandbox itself) is not")
    settings = {k: v for k, v in options.items() if k in _CONFIG_FIELDS}
    api_key = os.environ.get(API_KEY_ENV)
    if api_key:  # the key the remote sandbox was started with
        settings.pop("api_key", None)
    else:  # make the remote sandbox accept the options' key
        api_key = settings["api_key"] = str(options.get("api_key", DEFAULT_OPTIONS["api_key"]))
    return RemoteSandbox(base_url, control_url=control_url, api_key=api_key, settings=settings)


@pytest.fixture(scope="session")
def runninghub_sandbox_options() -> dict[str, Any]:
    """Keyword arguments for the session's `Sandbox` (override this fixture to change them)."""
    return dict(DEFAULT_OPTIONS)


@pytest.fixture(scope="session")
def runninghub_sandbox_server(runninghub_sandbox_options: dict[str, Any]) -> Iterator[SandboxHandle]:
    """The session's sandbox server (not reset between tests; prefer `runninghub_sandbox`):
    a `Sandbox` in this process, or a `RemoteSandbox` when RUNNINGHUB_TEST_BASE_URL is set."""
    if remote_mode():
        with _remote(runninghub_sandbox_options) as remote:
            yield remote
        return
    with Sandbox(**runninghub_sandbox_options) as sandbox:
        yield sandbox


@pytest.fixture
def runninghub_sandbox(runninghub_sandbox_server: SandboxHandle) -> Iterator[SandboxHandle]:
    """The session's sandbox, reset for this test."""
    runninghub_sandbox_server.reset()
    yield runninghub_sandbox_server
    runninghub_sandbox_server.reset()
