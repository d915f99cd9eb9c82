"""The asyncio batch keeps its ledger off the event loop, without losing a write to a cancel.

- every ledger call a job makes (claims, submitted, done, ...) runs in a worker thread under
  AsyncBatch, and inline under Batch (the same engine operations, `Shielded` effects);
- a ledger call that has begun ends before a cancellation reaches the run, so the write that
  records a task id is never dropped half way.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest
from runninghub import AsyncRunningHub, RunningHub
from runninghub._effects import Shielded
from runninghub._ledger import Ledger

IMAGE = "gpt-image-2/text-to-image-official-stable"
CALLS = ("claim_pending", "claim_submitted", "mark_submitted", "mark_done")


def record_threads(monkeypatch: pytest.MonkeyPatch) -> dict[str, set[int]]:
    seen: dict[str, set[int]] = {name: set() for name in CALLS}
    for name in CALLS:
        original = getattr(Ledger, name)

        def wrapped(self: Ledger, *args: Any, _name: str = name, _original: Any = original) -> Any:
            seen[_name].add(threading.get_ident())
            return _original(self, *args)

        monkeypatch.setattr(Ledger, name, wrapped)
    return seen


@pytest.mark.anyio
async def test_the_async_batch_writes_its_ledger_off_the_event_loop(
    runninghub_sandbox: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sb = runninghub_sandbox
    sb.configure(task_duration=0.05)
    seen = record_threads(monkeypatch)
    loop_thread = threading.get_ident()
    items = [{"model": IMAGE, "params": {"prompt": f"batch job {i}"}} for i in range(3)]
    async with AsyncRunningHub(sb.api_key, base_url=sb.base_url) as client:
        work = client.batch(items, out=tmp_path / "out", ledger=tmp_path / "l.sqlite", concurrency=2)
        async with work:
            summary = await work.run()
    assert summary.counts["done"] == 3
    assert all(seen[name] for name in CALLS), seen
    on_loop = [name for name in CALLS if loop_thread in seen[name]]
    assert not on_loop, f"ledger calls made on the event loop: {on_loop}"


def test_the_blocking_batch_writes_its_ledger_in_its_workers(
    runninghub_sandbox: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sb = runninghub_sandbox
    sb.configure(task_duration=0.05)
    seen = record_threads(monkeypatch)
    items = [{"model": IMAGE, "params": {"prompt": f"batch job {i}"}} for i in range(3)]
    with RunningHub(sb.api_key, base_url=sb.base_url) as client:
        work = client.batch(items, out=tmp_path / "out", ledger=tmp_path / "l.sqlite", concurrency=2)
        with work:
            assert work.run().counts["done"] == 3
    assert threading.get_ident() not in seen["mark_submitted"]  # a worker thread, not the caller's


@pytest.mark.anyio
async def test_a_ledger_call_ends_before_a_cancellation_reaches_the_run() -> None:
    started, release = threading.Event(), threading.Event()
    written: list[str] = []

    def write() -> None:
        started.set()
        release.wait(10)
        written.append("task id")

    call = asyncio.create_task(Shielded(write).aio())
    while not started.is_set():
        await asyncio.sleep(0)
    call.cancel()
    for _ in range(5):
        await asyncio.sleep(0)  # the cancellation is delivered
    assert not call.done(), "the run ended while its ledger write was still being made"
    release.set()
    with pytest.raises(asyncio.CancelledError):
        await call
    assert written == ["task id"]
