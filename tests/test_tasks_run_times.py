"""The run-time cache file (learned run times, tasks submitted from this machine) is read and
written off the event loop by AsyncRunningHub: its reads and writes (under a lock another
process may hold) run in worker threads, and a submit returns its task without waiting for the
write. The blocking client writes it inline, as before."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

import pytest
from fake_driver import FakeDriver, task
from runninghub import AsyncRunningHub, RunningHub, _polling
from runninghub._polling import RunTimes

MODEL: Final = "seedream-v4/text-to-image"


class FileCalls:
    """The run-time cache's reads and writes, with the thread of each."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int]] = []
        self.wrote = threading.Condition()

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def recorded(*args: Any, **kwargs: Any) -> Any:
            result = fn(*args, **kwargs)
            with self.wrote:
                self.calls.append((name, threading.get_ident()))
                self.wrote.notify_all()
            return result

        return recorded

    def wait_for_writes(self, count: int) -> None:
        with self.wrote:  # the background writes: wait on the record, not on a clock
            assert self.wrote.wait_for(lambda: self.names().count("write") >= count, timeout=30)

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]

    def threads(self) -> set[int]:
        return {t for _, t in self.calls}


@pytest.fixture
def file_calls(monkeypatch: pytest.MonkeyPatch) -> FileCalls:
    calls = FileCalls()
    monkeypatch.setattr(_polling, "_read", calls.wrap("read", _polling._read))
    monkeypatch.setattr(_polling, "_write", calls.wrap("write", _polling._write))
    return calls


@pytest.mark.anyio
async def test_the_async_client_reads_and_writes_the_run_time_cache_off_the_event_loop(
    runninghub_sandbox: Any, file_calls: FileCalls, tmp_path: Path
) -> None:
    cache = tmp_path / "run-times.json"
    async with AsyncRunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        client._core.run_times = RunTimes(cache)
        result = await client.run(MODEL, prompt="a lighthouse")
        file_calls.wait_for_writes(2)  # the task submitted, then its run time
    assert result.succeeded
    assert "read" in file_calls.names()
    assert threading.get_ident() not in file_calls.threads(), "the run-time cache was used on the event loop"
    assert RunTimes(cache).known_task(result.task_id) is not None  # the file holds the task


@pytest.mark.anyio
async def test_a_wait_for_a_task_id_reads_the_cache_off_the_event_loop(
    runninghub_sandbox: Any, file_calls: FileCalls, tmp_path: Path
) -> None:
    cache = tmp_path / "run-times.json"
    async with AsyncRunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        client._core.run_times = RunTimes(None)  # the submit leaves the file alone
        task = await client.submit(MODEL, prompt="a lighthouse")
        RunTimes(cache).remember_task(task.id, _polling.KnownTask(task.endpoint or "", None, task.submitted_at))
        file_calls.calls.clear()
        client._core.run_times = RunTimes(cache)  # not read yet: the wait's plan reads it
        result = await client.wait(task.id)
        file_calls.wait_for_writes(1)  # its run time
    assert result.succeeded and file_calls.names()[0] == "read"
    assert threading.get_ident() not in file_calls.threads(), "the run-time cache was read on the event loop"


def test_the_blocking_client_writes_the_run_time_cache_before_returning(
    runninghub_sandbox: Any, file_calls: FileCalls, tmp_path: Path
) -> None:
    cache = tmp_path / "run-times.json"
    with RunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        client._core.run_times = RunTimes(cache)
        task = client.submit(MODEL, prompt="a lighthouse")
    assert file_calls.names().count("write") == 1  # already written: no thread of its own
    assert file_calls.threads() == {threading.get_ident()}
    assert RunTimes(cache).known_task(task.id) is not None


def test_a_failed_cache_update_never_fails_a_created_task(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    class Broken(RunTimes):
        def remember_task(self, task_id: str, known: _polling.KnownTask) -> None:
            raise ValueError("cache broken")

    fake = FakeDriver(lambda send, n: task("1999000000000000001", "QUEUED"))
    core = fake.core()
    core.run_times = Broken(tmp_path / "run-times.json")
    created = fake.run(core.submit(MODEL, None, {"prompt": "x"}))
    assert created.id == "1999000000000000001"  # the task is returned: it exists and costs money
    assert "cache broken" in caplog.text
