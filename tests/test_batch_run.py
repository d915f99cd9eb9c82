"""Batch runs against the sandbox: resume after a stop, a crash between submitting and
submitted, --retry-unknown, two processes on one ledger, the async batch and the CLI.

What the server did is read from the sandbox's task records (one per task created), so a job
submitted twice shows up as two tasks with its prompt.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from conftest import QUICK_CLI, QUICK_CLI_PRELUDE, VirtualSleep
from runninghub import AsyncRunningHub, BatchProgress, RunningHub
from test_cli import rh as run_cli

IMAGE = "gpt-image-2/text-to-image-official-stable"


def write_jobs(path: Path, n: int, fail: tuple[int, ...] = ()) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            prompt = f"batch job {i}" + (" [[fail]]" if i in fail else "")
            f.write(json.dumps({"id": f"job-{i}", "model": IMAGE, "params": {"prompt": prompt}}) + "\n")
    return path


def tasks_per_job(sb: Any) -> Counter[str]:
    return Counter("job-" + t["body"]["prompt"].split()[2] for t in sb.task_records())


def env_for(sb: Any) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RUNNINGHUB_")}
    # no run-time cache: these processes must not write the user's (~/.cache/runninghub)
    env.update(RUNNINGHUB_BASE_URL=sb.base_url, RUNNINGHUB_API_KEY=sb.api_key, RUNNINGHUB_RUNTIME_CACHE="0")
    return env


def rh(sb: Any, *args: str) -> subprocess.CompletedProcess[str]:
    """The command in this process (test_cli.rh); a crash and two processes at once run as processes."""
    return run_cli(sb, *args)


def test_batch_resumes_after_a_clean_stop(runninghub_sandbox: Any, tmp_path: Path) -> None:
    sb = runninghub_sandbox
    sb.configure(task_duration=0.3)
    jobs = write_jobs(tmp_path / "jobs.jsonl", 24)
    seen: list[BatchProgress] = []
    with RunningHub(sb.api_key, base_url=sb.base_url) as client:
        first = client.batch(jobs, out=tmp_path / "out", concurrency=4)

        def progress(p: BatchProgress) -> None:
            seen.append(p)
            if p.done >= 6:
                first.stop()

        first.on_progress = progress
        summary = first.run()
        assert summary.reason == "stopped"
        left = first.status()
        first.close()
        assert 6 <= left["done"] < 24 and left["submitting"] == 0
        created_at_stop = sb.tasks_created
        assert created_at_stop == 24 - left["pending"]  # submitted ones have their task ids in the ledger

        with client.batch(jobs, out=tmp_path / "out", concurrency=4) as second:
            summary = second.run()
            assert summary.reason == "complete" and summary.counts["done"] == 24
            assert summary.spent == sum(j.cost or 0 for j in second.jobs()) == Decimal("1.20")  # 24 x 0.05
            for job in second.jobs():
                [output] = job.outputs or []
                assert Path(output["path"]).name == f"{job.id}_0.png"
                assert Path(output["path"]).read_bytes() == sb.file_path(output["url"]).read_bytes()
    assert set(tasks_per_job(sb).values()) == {1} and sb.tasks_created == 24
    assert seen[-1].done >= 6 and seen[-1].spent > 0
    assert not list((tmp_path / "out").glob(".*.part"))


_CRASH_AFTER_SUBMIT = (
    QUICK_CLI_PRELUDE
    + """
import os
from runninghub import _ledger

calls = {"n": 0}
real = _ledger.Ledger.mark_submitted

def crash(self, *args, **kwargs):
    calls["n"] += 1
    if calls["n"] == CRASH_AT:
        os._exit(9)  # the task exists on the server; its id was never recorded
    return real(self, *args, **kwargs)

_ledger.Ledger.mark_submitted = crash
main(sys.argv[1:])
"""
)


def test_crash_between_submitting_and_submitted_gives_outcome_unknown(runninghub_sandbox: Any, tmp_path: Path) -> None:
    sb = runninghub_sandbox
    sb.configure(task_duration=0.2)
    jobs = write_jobs(tmp_path / "jobs.jsonl", 6)
    args = ["batch", "run", str(jobs), "--out", str(tmp_path / "out"), "--concurrency", "1"]
    code = _CRASH_AFTER_SUBMIT.replace("CRASH_AT", "3")
    crashed = subprocess.run([sys.executable, "-c", code, *args], env=env_for(sb), capture_output=True, text=True)
    assert crashed.returncode == 9
    assert tasks_per_job(sb)["job-2"] == 1  # the third submit reached the server

    resumed = rh(sb, *args, "--json")
    assert resumed.returncode == 7, resumed.stderr
    summary = json.loads(resumed.stdout)
    assert summary["unknown"] == ["job-2"]
    assert summary["counts"]["done"] == 5
    assert "outcome unknown for job(s) job-2" in resumed.stderr
    assert tasks_per_job(sb) == Counter({f"job-{i}": 1 for i in range(6)})  # job-2 was not submitted again

    again = rh(sb, *args)  # still not resubmitted without --retry-unknown
    assert again.returncode == 7 and sb.tasks_created == 6

    retried = rh(sb, *args, "--retry-unknown", "--json")
    assert retried.returncode == 0, retried.stderr
    assert json.loads(retried.stdout)["counts"]["done"] == 6
    assert tasks_per_job(sb)["job-2"] == 2 and sb.tasks_created == 7  # the explicit resubmit

    status = rh(sb, "batch", "status", str(tmp_path / "jobs.ledger.sqlite"), "--json")
    assert json.loads(status.stdout) == {
        "counts": {"done": 6, "failed": 0, "outcome_unknown": 0, "pending": 0, "submitted": 0, "submitting": 0},
        "ledger": str(tmp_path / "jobs.ledger.sqlite"),
        "total_cost": "0.30",
        "unknown": [],
    }


def test_two_processes_on_one_ledger_never_submit_a_job_twice(runninghub_sandbox: Any, tmp_path: Path) -> None:
    sb = runninghub_sandbox
    sb.configure(task_duration=0.2)
    n = 80
    jobs = write_jobs(tmp_path / "jobs.jsonl", n)
    args = [*QUICK_CLI, "batch", "run", str(jobs), "--out", str(tmp_path / "out"), "--concurrency", "6", "--json"]
    procs = [
        subprocess.Popen(args, env=env_for(sb), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1][-500:] for o in outs]
    assert tasks_per_job(sb) == Counter({f"job-{i}": 1 for i in range(n)})
    assert len(list((tmp_path / "out").iterdir())) == n


def test_failed_jobs_export_and_exit_code(runninghub_sandbox: Any, tmp_path: Path) -> None:
    sb = runninghub_sandbox
    sb.configure(task_duration=0.2)
    jobs = write_jobs(tmp_path / "jobs.jsonl", 4, fail=(1,))
    run = rh(sb, "batch", "run", str(jobs), "--out", str(tmp_path / "out"), "--concurrency", "4")
    assert run.returncode == 5, run.stderr
    assert "3 done, 1 failed, 0 unknown, 0 left; spent 0.15" in run.stderr
    export = rh(sb, "batch", "export", str(tmp_path / "jobs.ledger.sqlite"), "--format", "jsonl")
    rows = {r["job"]: r for r in map(json.loads, export.stdout.splitlines())}
    assert rows["job-1"]["status"] == "failed" and rows["job-1"]["error_code"] == "1015"
    assert rows["job-0"]["outputs"] == [str(tmp_path / "out" / "job-0_0.png")] and rows["job-0"]["cost"] == "0.05"
    records = {t["task_id"]: t["status"] for t in sb.task_records()}
    assert all(records[r["task_id"]] == {"done": "SUCCESS", "failed": "FAILED"}[r["status"]] for r in rows.values())


def test_a_bad_line_sends_nothing(runninghub_sandbox: Any, tmp_path: Path) -> None:
    jobs = write_jobs(tmp_path / "jobs.jsonl", 3)
    with jobs.open("a") as f:
        f.write('{"model": "no-such-model", "params": {}}\n')
    run = rh(runninghub_sandbox, "batch", "run", str(jobs), "--out", str(tmp_path / "out"))
    assert run.returncode == 2 and "line 4" in run.stderr
    assert runninghub_sandbox.journal == []


@pytest.mark.anyio
async def test_async_batch(runninghub_sandbox: Any, tmp_path: Path) -> None:
    sb = runninghub_sandbox
    sb.configure(task_duration=0.2)
    items = [{"model": IMAGE, "params": {"prompt": f"batch job {i}"}} for i in range(8)]
    async with AsyncRunningHub(sb.api_key, base_url=sb.base_url) as client:
        work = client.batch(items, out=tmp_path / "out", ledger=tmp_path / "l.sqlite", concurrency=3)
        async with work:
            summary = await work.run()
    assert summary.reason == "complete" and summary.counts["done"] == 8
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f"{i}_0.png" for i in range(1, 9))
    assert sb.tasks_created == 8


@pytest.mark.anyio
async def test_async_batch_cancelled_keeps_task_ids(runninghub_sandbox: Any, tmp_path: Path) -> None:
    sb = runninghub_sandbox
    sb.configure(task_duration=3600)  # still running when the run is cancelled
    items = [{"model": IMAGE, "params": {"prompt": f"batch job {i}"}} for i in range(3)]
    async with AsyncRunningHub(sb.api_key, base_url=sb.base_url) as client:
        work = client.batch(items, out=tmp_path / "out", ledger=tmp_path / "l.sqlite", concurrency=3)
        run = asyncio.create_task(work.run())
        deadline = time.monotonic() + 30
        while work.status()["submitted"] < 3:  # all three recorded as submitted, then cancelled
            assert time.monotonic() < deadline, work.status()
            await asyncio.sleep(0.01)
        run.cancel()
        with pytest.raises(asyncio.CancelledError):
            await run
        assert work.status()["submitted"] == 3
        assert {j.task_id for j in work.jobs()} == {t["task_id"] for t in sb.task_records()}
        work.close()


def test_max_total_cost_stops_submitting_at_the_cap(runninghub_sandbox: Any, tmp_path: Path) -> None:
    sb = runninghub_sandbox
    sb.configure(task_duration=0.2, task_cost=0.05)
    jobs = write_jobs(tmp_path / "jobs.jsonl", 10)
    with RunningHub(sb.api_key, base_url=sb.base_url) as client:
        if not callable(getattr(client, "estimate", None)):
            pytest.skip("client.estimate (budgets) is not in this tree yet")
        with client.batch(jobs, out=tmp_path / "out", concurrency=3, max_total_cost="0.22") as work:
            summary = work.run()
            assert summary.reason == "budget"
            assert summary.counts["done"] == 4 and summary.counts["pending"] == 6  # 4 x 0.05 <= 0.22 < 5 x 0.05
            assert summary.spent == Decimal("0.20")
    assert sb.tasks_created == 4
    run = rh(sb, "batch", "run", str(jobs), "--out", str(tmp_path / "out"), "--max-total-cost", "0.30")
    assert run.returncode == 1 and "stopped at --max-total-cost: 4 job(s) not submitted" in run.stderr
    assert sb.tasks_created == 6  # the cap counts what the ledger already spent


def test_default_concurrency_is_the_keys_free_slots(runninghub_sandbox: Any, tmp_path: Path) -> None:
    sb = runninghub_sandbox
    sb.configure(task_duration=0.3, concurrency_limit=3)
    jobs = write_jobs(tmp_path / "jobs.jsonl", 9)
    with RunningHub(sb.api_key, base_url=sb.base_url) as client:
        if not callable(getattr(client, "queue_status", None)):
            pytest.skip("client.queue_status is not in this tree yet")
        with client.batch(jobs, out=tmp_path / "out") as work:
            assert work.run().counts["done"] == 9
    submits = [e for e in sb.journal if e["path"] == "/openapi/v2/rhart-image-g-2-official/text-to-image"]
    assert len(submits) == 9  # three at a time: never refused as queue-full


def test_a_refused_submit_waits_as_pending_not_submitting(
    virtual_sleep: VirtualSleep, runninghub_sandbox: Any, tmp_path: Path
) -> None:
    """Between queue-full or 429 refusals (no task created) the job is parked as pending, so a
    crash while it waits for a slot does not make its outcome unknown. The ledger is read at each
    of the run's sleeps (virtual: skipped), so what it holds while waiting is seen for certain."""
    from runninghub._ledger import Ledger

    sb = runninghub_sandbox
    sb.configure(task_duration=0.2)
    sb.inject_fault("/openapi/v2/rhart-image-g-2-official/text-to-image", "status", count=2, status=429, retry_after=1)
    jobs = write_jobs(tmp_path / "jobs.jsonl", 1)
    seen: list[tuple[str, bool]] = []
    with RunningHub(sb.api_key, base_url=sb.base_url) as client:
        work = client.batch(jobs, out=tmp_path / "out", concurrency=1)
        with Ledger(work.ledger_path) as view:

            def look(seconds: float) -> None:
                [job] = view.jobs()
                seen.append((job.state, job.claimed_by is not None))

            virtual_sleep.on_sleep = look
            work.run()
        assert work.status()["done"] == 1
        work.close()
    refusal_waits = 2 * 4  # each 1 s Retry-After, slept in steps of 0.25 s (the stop flag is read between)
    assert seen[:refusal_waits] == [("pending", True)] * refusal_waits  # parked while refused, every time
    assert sb.tasks_created == 1


def test_workflow_and_app_jobs(runninghub_sandbox: Any, tmp_path: Path) -> None:
    sb = runninghub_sandbox
    sb.configure(task_duration=0.2)
    with RunningHub(sb.api_key, base_url=sb.base_url) as client:
        node = next((n for n in client.app("1877265245566922800").nodes if n.field_type == "STRING"), None)
        if node is None:
            pytest.skip("the sandbox's AI App has no text input")
        items = [
            {
                "id": "wf",
                "workflow": "1904136902449209346",
                "nodes": [{"nodeId": "6", "fieldName": "text", "fieldValue": "a fox"}],
            },
            {
                "id": "app",
                "app": "1877265245566922800",
                "nodes": [{"nodeId": node.node_id, "fieldName": node.field_name, "fieldValue": "an owl"}],
            },
            {
                "id": "bad",
                "workflow": "1904136902449209346",
                "nodes": [{"nodeId": "999", "fieldName": "text", "fieldValue": "x"}],
            },
        ]
        with client.batch(items, out=tmp_path / "out", ledger=tmp_path / "l.sqlite", concurrency=2) as work:
            summary = work.run()
            jobs = {j.id: j for j in work.jobs()}
    assert summary.counts["done"] == 2 and summary.counts["failed"] == 1
    assert jobs["bad"].task_id is None and "999" in (jobs["bad"].error_message or "")  # checked, never sent
    paths = {r["path"] for r in sb.task_records()}
    assert paths == {"/task/openapi/create", "/task/openapi/ai-app/run"}
    assert all(Path(o["path"]).exists() for j in ("wf", "app") for o in jobs[j].outputs or [])
