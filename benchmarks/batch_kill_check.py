"""Kill check: a batch run as `python -m runninghub.cli batch run ...` is killed with SIGKILL at
random moments and resumed each time; then it must have paid at most once per job and finished
every job it could.

Checked against the sandbox's own records (/__sandbox/tasks: one record per task created):
- no job has more than one task, except those reported outcome_unknown and then explicitly
  resubmitted with --retry-unknown (a kill inside a submit's round trip cannot be resolved:
  the ledger says so instead of guessing);
- every job the ledger has as done has the task the server created for it, that task
  SUCCEEDED, and its saved output is byte-for-byte the server's file; failed <-> FAILED;
- after the final --retry-unknown run every job is done.

    .venv/bin/python benchmarks/batch_kill_check.py [--jobs 1000] [--kills 20] [--json out.json]

tests/test_batch_kill.py runs the same check with fewer jobs and kills.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

IMAGE = "gpt-image-2/text-to-image-official-stable"
CLI = [sys.executable, "-m", "runninghub.cli"]


def write_jobs(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"job-{i}", "model": IMAGE, "params": {"prompt": f"kill check {i}"}}) + "\n")


def _env(base_url: str, api_key: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RUNNINGHUB_")}
    # RUNNINGHUB_RUNTIME_CACHE=0: the killed runs never touch the user's run-time cache
    env.update(RUNNINGHUB_BASE_URL=base_url, RUNNINGHUB_API_KEY=api_key, NO_PROXY="127.0.0.1,localhost")
    env["RUNNINGHUB_RUNTIME_CACHE"] = "0"
    return env


def _run_args(workdir: Path, concurrency: int, *extra: str) -> list[str]:
    jobs, out, ledger = workdir / "jobs.jsonl", workdir / "out", workdir / "jobs.ledger.sqlite"
    return [
        *CLI,
        "batch",
        "run",
        str(jobs),
        "--out",
        str(out),
        "--ledger",
        str(ledger),
        "--concurrency",
        str(concurrency),
        *extra,
    ]


def kill_check(
    base_url: str,
    api_key: str,
    control_url: str,
    *,
    jobs: int,
    kills: int,
    concurrency: int,
    workdir: Path,
    seed: int | None = None,
    kill_window: tuple[float, float] = (0.3, 2.5),
) -> dict[str, Any]:
    """Run the check; returns its figures (`ok` and `problems` say whether it held)."""
    rng = random.Random(seed)
    write_jobs(workdir / "jobs.jsonl", jobs)
    env = _env(base_url, api_key)
    started = time.perf_counter()
    killed_at: list[float] = []
    states_after_kill: list[dict[str, int]] = []
    for i in range(kills):
        proc = subprocess.Popen(
            _run_args(workdir, concurrency), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        began = time.perf_counter()
        # Every other kill waits for a job in `submitting` (a submit in flight or about to be
        # sent: the moment that must never lead to a second payment); the others at a random time.
        if i % 2 and _wait_for_submitting(workdir / "jobs.ledger.sqlite", proc, rng.uniform(0.0, 0.02)):
            delay = None
        else:
            delay = rng.uniform(*kill_window)
        try:
            proc.wait(timeout=delay if delay is not None else 0.0001)  # it may finish before the kill
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            killed_at.append(round(time.perf_counter() - began, 2))
        states_after_kill.append(ledger_counts(workdir / "jobs.ledger.sqlite"))
    final = subprocess.run(_run_args(workdir, concurrency, "--json"), env=env, capture_output=True, text=True)
    summary = json.loads(final.stdout) if final.stdout.strip() else {"error": final.stderr[-2000:]}
    unknown_jobs = list(summary.get("unknown") or [])
    with httpx.Client(base_url=control_url, timeout=120, trust_env=False) as control:
        records_before_retry = control.get("/__sandbox/tasks").json()["tasks"]
        retry = subprocess.run(
            _run_args(workdir, concurrency, "--retry-unknown", "--json"), env=env, capture_output=True, text=True
        )
        records = control.get("/__sandbox/tasks").json()["tasks"]
        figures = verify(workdir, records_before_retry, records, unknown_jobs, jobs, base_url)
    figures.update(
        jobs=jobs,
        kills_requested=kills,
        kills_landed=len(killed_at),
        killed_at_s=killed_at,
        final_exit=final.returncode,
        retry_exit=retry.returncode,
        outcome_unknown_after_kills=len(unknown_jobs),
        wall_s=round(time.perf_counter() - started, 1),
        states_after_each_kill=states_after_kill,
    )
    if retry.returncode != 0:
        figures["problems"].append(f"the --retry-unknown run exited {retry.returncode}: {retry.stderr[-500:]}")
        figures["ok"] = False
    return figures


def _submitting_since(path: Path, since: float) -> int:
    """Jobs in `submitting` claimed after `since` (epoch s): claimed by the running process,
    not left over by the one killed before."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=60) as db:
            row = db.execute("SELECT COUNT(*) FROM jobs WHERE state = 'submitting' AND claimed_at > ?", (since,))
            return int(row.fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0


def _wait_for_submitting(path: Path, proc: subprocess.Popen[bytes], extra: float, limit: float = 30.0) -> bool:
    """Wait until the running process has a job in `submitting` (then `extra` seconds more);
    False if the process ended or `limit` passed first."""
    since = time.time()
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None:
        if _submitting_since(path, since):
            time.sleep(extra)
            return True
        time.sleep(0.002)
    return False


def ledger_counts(path: Path) -> dict[str, int]:
    if not path.exists():
        return {}
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=60) as db:
            return dict(db.execute("SELECT state, COUNT(*) FROM jobs GROUP BY state").fetchall())
    except sqlite3.OperationalError:  # not created yet
        return {}


def _job_of(record: dict[str, Any]) -> str:
    prompt = str((record.get("body") or {}).get("prompt", ""))
    return "job-" + prompt.removeprefix("kill check ")


def verify(
    workdir: Path,
    before_retry: list[dict[str, Any]],
    records: list[dict[str, Any]],
    unknown_jobs: list[str],
    n: int,
    base_url: str,
) -> dict[str, Any]:
    problems: list[str] = []
    per_job_before = Counter(_job_of(r) for r in before_retry)
    per_job = Counter(_job_of(r) for r in records)
    twice_before_retry = [j for j, c in per_job_before.items() if c > 1]
    if twice_before_retry:
        problems.append(f"jobs with two tasks before any --retry-unknown: {twice_before_retry[:10]}")
    unknown_with_task = [j for j in unknown_jobs if per_job_before.get(j)]
    for job, count in per_job.items():
        allowed = 2 if job in unknown_with_task else 1
        if count > allowed:
            problems.append(f"{job}: {count} tasks")
    by_task = {r["task_id"]: r for r in records}
    rows: list[sqlite3.Row] = []
    if ledger_counts(workdir / "jobs.ledger.sqlite"):
        with sqlite3.connect(workdir / "jobs.ledger.sqlite") as db:
            db.row_factory = sqlite3.Row
            rows = list(db.execute("SELECT * FROM jobs ORDER BY line"))
    states = Counter(r["state"] for r in rows)
    if len(rows) != n or states.get("done", 0) != n:
        problems.append(f"ledger states after the final runs: {dict(states)} (expected {n} done)")
    checked = 0
    with httpx.Client(timeout=60, trust_env=False) as http:
        for row in rows:
            record = by_task.get(row["task_id"])
            if record is None:
                problems.append(f"{row['id']}: task {row['task_id']} unknown to the server")
                continue
            if _job_of(record) != row["id"]:
                problems.append(f"{row['id']}: task {row['task_id']} belongs to {_job_of(record)}")
            expected = {"done": "SUCCESS", "failed": "FAILED"}.get(row["state"])
            if expected is not None and record["status"] != expected:
                problems.append(f"{row['id']}: ledger {row['state']}, server {record['status']}")
            for output in json.loads(row["outputs"] or "[]"):
                saved = Path(output["path"]).read_bytes()
                served = http.get(output["url"]).content
                if saved != served:
                    problems.append(f"{row['id']}: {output['path']} differs from the server's file")
                checked += 1
    leftovers = sorted(p.name for p in (workdir / "out").iterdir() if p.name.endswith(".part"))
    if leftovers:
        problems.append(f"partial downloads left: {leftovers[:5]}")
    return {
        "ok": not problems,
        "problems": problems[:50],
        "tasks_created": len(records),
        "tasks_created_before_retry": len(before_retry),
        "unknown_with_a_task": len(unknown_with_task),
        "unknown_without_a_task": len(unknown_jobs) - len(unknown_with_task),
        "outputs_compared": checked,
        "final_states": dict(states),
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--jobs", type=int, default=int(os.environ.get("RUNNINGHUB_BATCH_KILL_JOBS", "1000")))
    p.add_argument("--kills", type=int, default=int(os.environ.get("RUNNINGHUB_BATCH_KILLS", "20")))
    p.add_argument("--concurrency", type=int, default=50)
    p.add_argument("--task-duration", type=float, default=0.5)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--json", type=Path, default=None)
    args = p.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _bench import API_KEY, SandboxProcess

    flags = ("--task-duration", str(args.task_duration), "--concurrency-limit", str(args.concurrency))
    with SandboxProcess(*flags) as sb, tempfile.TemporaryDirectory(prefix="batch-kill-") as tmp:
        figures = kill_check(
            sb.base_url,
            API_KEY,
            sb.base_url,
            jobs=args.jobs,
            kills=args.kills,
            concurrency=args.concurrency,
            workdir=Path(tmp),
            seed=args.seed,
            kill_window=(0.5, 4.0),
        )
    text = json.dumps(figures, indent=2)
    print(text)
    if args.json is not None:
        args.json.write_text(text, encoding="utf-8")
    raise SystemExit(0 if figures["ok"] else 1)


if __name__ == "__main__":
    main()
