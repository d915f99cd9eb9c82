"""Shared test helpers: paths to the project and to the reference material beside it."""

from __future__ import annotations

import asyncio
import json
import os
import resource
import signal
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Final

import pytest

# The `runninghub_sandbox` fixture: a local RunningHub server (see runninghub.sandbox).
pytest_plugins = ["runninghub.sandbox.pytest_plugin"]

# Learned run times persist in the user's cache directory; tests (and the CLI processes they
# start) must neither read nor write it. Tests of the cache pass a path of their own.
os.environ["RUNNINGHUB_RUNTIME_CACHE"] = "0"

# A shell that starts a command in the background (`make test &`, some CI runners) leaves SIGINT
# ignored, and every child inherits that: the CLI's Ctrl-C tests would wait out their timeouts.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

# `benchmarks/bench_test_suite.py` sets this: every test appends its wall and CPU seconds (this
# process, and the children it waited for: CLI processes) to the file, one JSON line per test.
TIMES_FILE = os.environ.get("RUNNINGHUB_TEST_TIMES")


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


if TIMES_FILE:
    times_file: str = TIMES_FILE  # narrowed: the hook below runs later

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
        started, wall, cpu = time.time(), time.perf_counter(), _cpu_seconds()
        yield
        line = {
            "test": item.nodeid,
            "wall": time.perf_counter() - wall,
            "cpu": _cpu_seconds() - cpu,
            "worker": os.environ.get("PYTEST_XDIST_WORKER", "main"),  # when each worker was busy: its idle time
            "start": started,
        }
        with open(times_file, "a", encoding="utf-8") as out:  # one write per line: workers append safely
            out.write(json.dumps(line) + "\n")


# Files whose tests take seconds each (subprocesses, fuzzing, kills): collected first, so that
# pytest-xdist hands them out at the start rather than leaving one of them for the end of the run.
COLLECTED_FIRST: Final = (
    "test_sandbox_schemathesis.py",
    "test_batch_kill.py",
    "test_batch_run.py",
    "test_typing.py",
    "test_cli.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: i for i, name in enumerate(COLLECTED_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(COLLECTED_FIRST)))  # stable: others keep their order


ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "reference"


def _load(rel: str) -> Any:
    path = SHARED / rel
    if not path.exists():
        pytest.skip(f"reference material not found at {path} (CI has ../shared beside the clone)")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def reference_endpoints() -> list[dict[str, Any]]:
    endpoints: list[dict[str, Any]] = _load("endpoints.json")
    return endpoints


@pytest.fixture(scope="session")
def reference_registry() -> list[dict[str, Any]]:
    registry: list[dict[str, Any]] = _load("raw/ComfyUI_RH_OpenAPI.models_registry.json")
    return registry


@pytest.fixture(scope="session")
def reference_example() -> Callable[[str], Any]:
    return lambda name: _load(f"examples/{name}")


@pytest.fixture(scope="session")
def bundled() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((ROOT / "generated" / "openapi.json").read_text(encoding="utf-8"))
    return doc


class VirtualSleep:
    """The drivers' sleeps (`runninghub._sync_driver`'s `time.sleep`, `runninghub._async_driver`'s
    `asyncio.sleep`), recorded and skipped: a test
    asserts on the seconds the client chose to wait (a Retry-After honoured, a backoff) instead of
    timing a wall-clock window. The core's clocks run ahead by what was skipped, so deadlines and
    Retry-After dates see the wait as if it had happened."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []
        self.skipped = 0.0
        self.on_sleep: Callable[[float], None] | None = None  # a test's look at the state while "asleep"

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.skipped += max(0.0, seconds)
        if self.on_sleep is not None:
            self.on_sleep(seconds)

    def monotonic(self) -> float:
        return time.monotonic() + self.skipped

    def time(self) -> float:
        return time.time() + self.skipped

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)


class _VirtualAsyncio:
    """`asyncio` as the asyncio driver sees it: its sleeps are recorded and skipped (one pass of
    the event loop instead), the rest is asyncio's."""

    def __init__(self, fake: VirtualSleep) -> None:
        self.fake = fake

    async def sleep(self, seconds: float, result: Any = None) -> Any:
        self.fake.sleep(seconds)
        return await asyncio.sleep(0, result)

    def __getattr__(self, name: str) -> Any:
        return getattr(asyncio, name)


@pytest.fixture
def virtual_sleep(monkeypatch: pytest.MonkeyPatch) -> VirtualSleep:
    """Skip and record the clients' sleeps (sync and asyncio); make clients after asking for it
    (the core reads its clock when it is built)."""
    from runninghub import _async_driver, _core, _replies, _sync_driver

    fake = VirtualSleep()
    for module in (_core, _replies, _sync_driver):  # the clock, Retry-After dates, the driver's sleeps
        monkeypatch.setattr(module, "time", fake)
    monkeypatch.setattr(_async_driver, "asyncio", _VirtualAsyncio(fake))
    return fake


# Loopback tests against the sandbox read their tasks on a cold schedule a fifth of the real one
# (first read after 0.2 s, not 1 s): a 0.5 s sandbox task is seen done at about 0.6 s instead of
# 1 s. The schedule itself is tested in virtual time (tests/test_polling.py), untouched.
QUICK_COLD_POLLS = 5.0


# The command line in a process of its own, reading its tasks on the same quick cold schedule
# (QUICK_CLI_PRELUDE: for scripts that patch more before calling main).
QUICK_CLI_PRELUDE: Final = f"""
import sys
from runninghub import _polling
from runninghub.cli import main

for kind, (first, growth, cap) in list(_polling.POLL_SCHEDULE.items()):
    _polling.POLL_SCHEDULE[kind] = (first / {QUICK_COLD_POLLS}, growth, cap)
"""
QUICK_CLI: Final = [sys.executable, "-c", QUICK_CLI_PRELUDE + "main(sys.argv[1:])\n"]


@pytest.fixture
def runninghub_sandbox(runninghub_sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    from runninghub import _polling

    for kind, (first, growth, cap) in list(_polling.POLL_SCHEDULE.items()):
        monkeypatch.setitem(_polling.POLL_SCHEDULE, kind, (first / QUICK_COLD_POLLS, growth, cap))
    return runninghub_sandbox


# The session sandbox's tasks take 0.2 s instead of the plugin's 0.5 s: with the quick cold polls
# above, a task is seen done on the first read. Tests of progress or timeouts set their own
# durations (runninghub_sandbox.configure), as they did before.
QUICK_TASK_SECONDS: Final = 0.2


@pytest.fixture(scope="session")
def runninghub_sandbox_options() -> dict[str, Any]:
    from runninghub.sandbox.pytest_plugin import DEFAULT_OPTIONS

    return {**DEFAULT_OPTIONS, "task_duration": QUICK_TASK_SECONDS}
