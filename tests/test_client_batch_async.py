"""run_many (sync and async) and the async client's main paths, against the sandbox."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

import pytest
from conftest import VirtualSleep
from runninghub import (
    AsyncRunningHub,
    RunningHub,
    SubmitOutcomeUnknownError,
    TaskFailedError,
    TaskTimeoutError,
)

IMAGE: Final = "gpt-image-2/text-to-image-official-stable"
SUBMIT_PATH = "/openapi/v2/rhart-image-g-2-official/text-to-image"


def max_concurrent(sb: Any) -> int:
    """Most tasks that were running at once, from the sandbox's task records."""
    spans = sorted((t["created_at"], t["ended_at"]) for t in sb.task_records())
    events = sorted([(s, 1) for s, _ in spans] + [(e, -1) for _, e in spans])
    level = peak = 0
    for _, delta in events:
        level += delta
        peak = max(peak, level)
    return peak


def refused(sb: Any) -> list[dict[str, Any]]:
    """Submits the account's concurrency limit turned away (no task made)."""
    return [e for e in sb.journal if e["path"] == SUBMIT_PATH and e.get("status") and e.get("task_id") is None]


def end_tasks_when(sb: Any, ready: Callable[[], bool], total: int) -> threading.Thread:
    """From a thread: once `ready()`, end every task as soon as it exists, until `total` were made.
    Tasks otherwise last an hour, so what the test waits for happens before any ends, however
    slowly the requests come. After 30 s it ends them anyway: a client that cannot get there
    fails the test's assertions instead of hanging."""

    def work() -> None:
        patience, deadline = time.monotonic() + 30, time.monotonic() + 90
        while time.monotonic() < deadline:
            if ready() or time.monotonic() > patience:
                records = sb.task_records()
                for record in records:
                    if record["status"] in ("QUEUED", "RUNNING"):
                        sb.end_task(record["task_id"])
                if len(records) >= total:
                    return
            time.sleep(0.01)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    return thread


def test_run_many_batch_of_20_at_concurrency_3(runninghub_sandbox: Any) -> None:
    runninghub_sandbox.configure(task_duration=0.15)
    with RunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        results = client.run_many(IMAGE, [{"prompt": f"cat {i}"} for i in range(20)], concurrency=3)
    assert len(results) == 20 and all(r.succeeded for r in results)
    prompts = {t["task_id"]: t["body"]["prompt"] for t in runninghub_sandbox.task_records()}
    assert [prompts[r.task_id] for r in results] == [f"cat {i}" for i in range(20)]  # input order
    assert runninghub_sandbox.tasks_created == 20
    assert max_concurrent(runninghub_sandbox) <= 3


def test_run_many_larger_than_account_limit_completes(runninghub_sandbox: Any) -> None:
    runninghub_sandbox.configure(task_duration=3600, concurrency_limit=2)
    ender = end_tasks_when(runninghub_sandbox, lambda: bool(refused(runninghub_sandbox)), 8)
    with RunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        results = client.run_many(IMAGE, [{"prompt": f"dog {i}"} for i in range(8)], concurrency=5)
    ender.join()
    assert all(r.succeeded for r in results)
    assert runninghub_sandbox.tasks_created == 8
    assert refused(runninghub_sandbox), "the account limit was never hit, so the test proves nothing"


def test_run_many_validates_everything_first(runninghub_sandbox: Any) -> None:
    from runninghub import InvalidParamsError

    with (
        RunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client,
        pytest.raises(InvalidParamsError),
    ):
        client.run_many(IMAGE, [{"prompt": "ok"}, {"prompt": "ok", "resolution": "9k"}])
    assert runninghub_sandbox.journal == []


def test_run_many_return_exceptions(runninghub_sandbox: Any) -> None:
    runninghub_sandbox.configure(task_duration=0.3)
    with RunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        results = client.run_many(IMAGE, [{"prompt": "ok"}, {"prompt": "bad [[fail]]"}], return_exceptions=True)
        assert results[0].succeeded and isinstance(results[1], TaskFailedError)
        with pytest.raises(TaskFailedError):
            client.run_many(IMAGE, [{"prompt": "bad [[fail]]"}])


# --------------------------------------------------------------------------- async
@pytest.mark.anyio
async def test_async_run_download_and_query(runninghub_sandbox: Any, tmp_path: Path) -> None:
    async with AsyncRunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        result = await client.run(IMAGE, prompt="a cat")
        path = await result.outputs[0].asave(tmp_path)
        assert path.name == f"{result.task_id}_0.png" and path.read_bytes().startswith(b"\x89PNG")
        snap = await client.query(result.task_id)
        assert snap.succeeded
        up = await client.upload(b"\x89PNG\r\n\x1a\nxyz")
        assert up.url and (await client.account()).currency


@pytest.mark.anyio
@pytest.mark.no_prism("prism answers a dropped upstream connection with its own 500 reply")
async def test_async_submit_fault_is_outcome_unknown(runninghub_sandbox: Any) -> None:
    runninghub_sandbox.inject_fault(SUBMIT_PATH, "drop_after", count=1)
    async with AsyncRunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        with pytest.raises(SubmitOutcomeUnknownError):
            await client.submit(IMAGE, prompt="a cat")
    assert runninghub_sandbox.tasks_created == 1
    assert sum(1 for e in runninghub_sandbox.journal if e["path"] == SUBMIT_PATH) == 1


@pytest.mark.anyio
@pytest.mark.no_prism("an HTML error page is not a reply the spec allows (prism: VIOLATIONS)")
async def test_async_query_faults_and_timeout_cancel(virtual_sleep: VirtualSleep, runninghub_sandbox: Any) -> None:
    # in virtual time (conftest.VirtualSleep) against tasks that end when the test says
    runninghub_sandbox.configure(task_duration=3600)
    async with AsyncRunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        task = await client.submit(IMAGE, prompt="a cat")
        runninghub_sandbox.inject_fault("/openapi/v2/query", "html", count=2)
        runninghub_sandbox.end_task(task.id)
        assert (await client.wait(task, timeout=20)).succeeded
        assert len([e for e in runninghub_sandbox.journal if e.get("fault") == "html"]) == 2
        with pytest.raises(TaskTimeoutError) as info:
            await client.run(IMAGE, prompt="slow", timeout=60)  # the task never ends on its own
        assert info.value.cancelled and info.value.task_id
        assert runninghub_sandbox.task_status(info.value.task_id) == "CANCEL"


@pytest.mark.anyio
async def test_async_run_many(runninghub_sandbox: Any) -> None:
    runninghub_sandbox.configure(task_duration=3600, concurrency_limit=2)
    ender = end_tasks_when(runninghub_sandbox, lambda: bool(refused(runninghub_sandbox)), 6)
    async with AsyncRunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        results = await client.run_many(IMAGE, [{"prompt": f"c{i}"} for i in range(6)], concurrency=4)
    ender.join()
    assert [r.succeeded for r in results] == [True] * 6
    assert runninghub_sandbox.tasks_created == 6 and refused(runninghub_sandbox)


@pytest.mark.anyio
async def test_async_gather_is_concurrent(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    sb.configure(task_duration=3600)  # the tasks end once all five exist: only concurrent runs get there
    ender = end_tasks_when(sb, lambda: sb.tasks_created >= 5, 5)
    async with AsyncRunningHub(sb.api_key, base_url=sb.base_url) as client:
        results = await asyncio.gather(*(client.run(IMAGE, prompt=f"p{i}") for i in range(5)))
    ender.join()
    assert len({r.task_id for r in results}) == 5
    assert max_concurrent(runninghub_sandbox) == 5  # the five tasks ran at once, not in series


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
