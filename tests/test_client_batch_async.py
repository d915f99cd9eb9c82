"""run_many (sync and async) and the async client's main paths, against the sandbox."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Final

import pytest
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
    runninghub_sandbox.configure(task_duration=0.4, concurrency_limit=2)
    with RunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        results = client.run_many(IMAGE, [{"prompt": f"dog {i}"} for i in range(8)], concurrency=5)
    assert all(r.succeeded for r in results)
    assert runninghub_sandbox.tasks_created == 8
    refused = [e for e in runninghub_sandbox.journal if e["path"] == SUBMIT_PATH and e.get("task_id") is None]
    assert refused, "the account limit was never hit, so the test proves nothing"


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
async def test_async_query_faults_and_timeout_cancel(runninghub_sandbox: Any) -> None:
    runninghub_sandbox.configure(task_duration=0.5)
    async with AsyncRunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        client._core.settings.backoff_base = 0.02
        task = await client.submit(IMAGE, prompt="a cat")
        runninghub_sandbox.inject_fault("/openapi/v2/query", "html", count=2)
        assert (await client.wait(task, timeout=20)).succeeded
        runninghub_sandbox.configure(task_duration=30)
        with pytest.raises(TaskTimeoutError) as info:
            await client.run(IMAGE, prompt="slow", timeout=0.8)
        assert info.value.cancelled and info.value.task_id


@pytest.mark.anyio
async def test_async_run_many(runninghub_sandbox: Any) -> None:
    runninghub_sandbox.configure(task_duration=0.3, concurrency_limit=2)
    async with AsyncRunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        results = await client.run_many(IMAGE, [{"prompt": f"c{i}"} for i in range(6)], concurrency=4)
    assert [r.succeeded for r in results] == [True] * 6
    assert runninghub_sandbox.tasks_created == 6


@pytest.mark.anyio
async def test_async_gather_is_concurrent(runninghub_sandbox: Any) -> None:
    runninghub_sandbox.configure(task_duration=1.0)
    async with AsyncRunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        results = await asyncio.gather(*(client.run(IMAGE, prompt=f"p{i}") for i in range(5)))
    assert len({r.task_id for r in results}) == 5
    assert max_concurrent(runninghub_sandbox) == 5  # the five tasks ran at once, not in series


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
