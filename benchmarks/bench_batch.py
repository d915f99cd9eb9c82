"""Batch through the ledger: 10,000 jobs of 2 s at concurrency 50 (`client.batch(...).run()`).

The sandbox (its own process) runs every task for DURATION seconds with a concurrency limit of
LIMIT; the batch runs in a fresh process with `concurrency=LIMIT`, every job recorded in the
SQLite ledger (WAL; three commits per job, the two that guard money durable) and its output saved.
Reported: wall time against the ideal (jobs × duration / limit), the time the run spent inside
ledger calls per job (fsync and write-lock waits included), the ledger's own cost per job
measured alone in the same child (claim, submitted, done: no network), and the child's peak RSS.

Run alone: .venv/bin/python benchmarks/bench_batch.py [--quick] [--json out.json]
"""

from __future__ import annotations

import time
from typing import Any

from _bench import API_KEY, Row, SandboxProcess, Section, cli, finish, run_child

JOBS = 10_000
LIMIT = 50
DURATION = 2.0

CHILD = """
import json, tempfile, time
from decimal import Decimal
from pathlib import Path
from runninghub import RunningHub
from runninghub._ledger import JobSpec, Ledger, end_owner, new_owner

def hwm():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0

with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
    tmp = Path(tmp)
    # the ledger alone: the three commits a job makes, with no network in between
    with Ledger(tmp / "alone.sqlite") as alone:
        m = 2000
        alone.add_jobs(JobSpec(f"j{{i}}", i + 1, "model", "m", {{"prompt": str(i)}}) for i in range(m))
        owner = new_owner()
        t = time.perf_counter()
        while (job := alone.claim_pending(owner)) is not None:
            alone.mark_submitted(job.id, owner, "1" + job.id[1:], time.time())
            alone.mark_done(job.id, owner, [{{"index": 0, "path": "x", "url": "u"}}], Decimal("0.05"))
        alone_per_job = (time.perf_counter() - t) / m
        end_owner(owner)
    jobs = tmp / "jobs.jsonl"
    with jobs.open("w") as f:
        for i in range({n}):
            job = {{"id": f"job-{{i}}", "model": {model!r}, "params": {{"prompt": f"batch bench {{i}}"}}}}
            f.write(json.dumps(job) + "\\n")
    with RunningHub(api_key={key!r}, base_url={url!r}) as client:
        batch = client.batch(jobs, out=tmp / "out", concurrency={limit})
        t = time.perf_counter()
        summary = batch.run()
        wall = time.perf_counter() - t
        in_ledger = batch.ledger.seconds
        batch.close()
    files = sum(1 for _ in (tmp / "out").iterdir())
print(json.dumps({{"wall": wall, "counts": summary.counts, "reason": summary.reason, "files": files,
                  "error": str(summary.error) if summary.error else None,
                  "ledger_s": in_ledger, "alone_per_job": alone_per_job, "hwm": hwm()}}))
"""


REFERENCE = """
import json, time
from runninghub import RunningHub
with RunningHub(api_key={key!r}, base_url={url!r}) as client:
    t = time.perf_counter()
    results = client.run_many({model!r}, [{{"prompt": f"reference {{i}}"}} for i in range({n})],
                              concurrency={limit}, return_exceptions=True)
    wall = time.perf_counter() - t
errors = [repr(r) for r in results if isinstance(r, BaseException)]
print(json.dumps({{"wall": wall, "ok": len(results) - len(errors), "errors": errors[:3]}}))
"""


def main() -> None:
    args = cli(__doc__ or "")
    started = time.perf_counter()
    n = 1000 if args.quick else JOBS
    section = Section("batch", f"Batch: {n} jobs of {DURATION:g} s at concurrency {LIMIT} through the ledger")
    ideal = n * DURATION / LIMIT
    model = "gpt-image-2/text-to-image-official-stable"
    with SandboxProcess("--task-duration", str(DURATION), "--concurrency-limit", str(LIMIT)) as sb:
        sb.configure(balance=1e9)  # 12,000 tasks would exhaust the default sandbox balance
        code = CHILD.format(n=n, key=API_KEY, url=sb.base_url, model=model, limit=LIMIT)
        out: dict[str, Any] = run_child(code, timeout=ideal * 5 + 120)
        journal = sb.journal()
        # the same machine's efficiency right now: run_many (no ledger, no downloads), same sandbox
        m = min(n, 2000)
        ref_code = REFERENCE.format(n=m, key=API_KEY, url=sb.base_url, model=model, limit=LIMIT)
        ref: dict[str, Any] = run_child(ref_code, timeout=m * DURATION / LIMIT * 5 + 120)
    ref_ideal = m * DURATION / LIMIT
    ref_ratio = ref["wall"] / ref_ideal
    done = out["counts"]["done"]
    ratio = out["wall"] / ideal
    per_job_us = out["ledger_s"] / n * 1e6
    alone_us = out["alone_per_job"] * 1e6
    section.figures = {
        "jobs": n,
        "duration_s": DURATION,
        "concurrency": LIMIT,
        "wall_s": round(out["wall"], 2),
        "ideal_s": ideal,
        "done": done,
        "counts": out["counts"],
        "reason": out["reason"],
        "error": out["error"],
        "files_saved": out["files"],
        "in_ledger_calls_per_job_us": round(per_job_us),
        "ledger_alone_per_job_us": round(alone_us),
        "peak_rss_mb": round(out["hwm"] / 2**20, 1),
        "requests_seen_by_sandbox_last_10k": len(journal),
        "run_many_reference": {
            "jobs": m,
            "wall_s": round(ref["wall"], 2),
            "ideal_s": ref_ideal,
            "ok": ref["ok"],
            "errors": ref["errors"],
        },
    }
    section.add(
        Row(
            "Batch",
            f"{n} jobs of {DURATION:g} s at concurrency {LIMIT}, client.batch(...).run() with its ledger",
            f"{out['wall']:.1f} s",
            f"ideal {ideal:.0f} s",
            ratio,
            "≤ 1.10×",
            ratio <= 1.10 and done == n,
            f"{done}/{n} done ({out['reason']}{': ' + out['error'] if out['error'] else ''}), "
            f"{out['files']} outputs saved; {per_job_us:.0f} µs per job inside ledger calls "
            f"(3 commits, 2 of them durable; lock waits included), {alone_us:.0f} µs per job for the ledger alone; "
            f"peak RSS {section.figures['peak_rss_mb']:.0f} MB",
        )
    )
    section.add(
        Row(
            "Batch",
            f"the same machine now: run_many of {m} tasks of {DURATION:g} s at {LIMIT} (no ledger, no downloads)",
            f"{ref['wall']:.1f} s",
            f"ideal {ref_ideal:.0f} s",
            ref_ratio,
            "",
            None,
            f"{ref['ok']}/{m} ok; the batch's ratio is {ratio / ref_ratio:.2f}× run_many's in this run",
        )
    )
    if args.quick:
        section.notes.append(f"--quick: {n} jobs; not for the table")
    finish(section, args, started)


if __name__ == "__main__":
    main()
