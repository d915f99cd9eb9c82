"""Throughput: `run_many` of 1,000 short tasks with a concurrency limit of 50.

The sandbox (its own process) runs every task for DURATION seconds and refuses a 51st
concurrent task (code 421); `run_many(concurrency=50)` runs in a fresh process, sync
(RunningHub, threads) and async (AsyncRunningHub). Reported: wall time against the ideal
(tasks × duration / limit), the requests the sandbox received (from its journal), and the
client process's peak RSS (VmHWM).

Run alone: .venv/bin/python benchmarks/bench_throughput.py [--quick] [--json out.json]
"""

from __future__ import annotations

import time
from typing import Any

from _bench import (
    API_KEY,
    IMAGE_MODEL,
    QUERY_PATH,
    SUBMIT_PREFIX,
    Row,
    SandboxProcess,
    Section,
    cli,
    finish,
    median,
    pctl,
    run_child,
)
from runninghub._errors import SUBMIT_SAFE_TO_RETRY

TASKS = 1000
LIMIT = 50
DURATION = 2.0
QUEUE_FULL = SUBMIT_SAFE_TO_RETRY  # refusals that prove no task was created (the spec's resend-submit)

CHILD = """
import asyncio, json, time
from pathlib import Path
from runninghub import AsyncRunningHub, RunningHub

def hwm():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0

params = [{{"prompt": f"throughput task {{i}}"}} for i in range({n})]
if {mode!r} == "sync":
    with RunningHub(api_key={key!r}, base_url={url!r}) as client:
        t = time.perf_counter()
        results = client.run_many({model!r}, params, concurrency={limit}, return_exceptions=True)
        wall = time.perf_counter() - t
else:
    async def main():
        async with AsyncRunningHub(api_key={key!r}, base_url={url!r}) as client:
            t = time.perf_counter()
            results = await client.run_many({model!r}, params, concurrency={limit}, return_exceptions=True)
            return results, time.perf_counter() - t
    results, wall = asyncio.run(main())
errors = [repr(r) for r in results if isinstance(r, BaseException)]
print(json.dumps({{"wall": wall, "ok": len(results) - len(errors), "errors": errors[:3], "hwm": hwm()}}))
"""


def detection_lags(submits: list[dict[str, Any]], queries: list[dict[str, Any]]) -> list[float]:
    """Per task, from the journal: the first status read that saw it done, minus its end
    (the submit's arrival plus DURATION)."""
    ends = {e["task_id"]: e["time"] + DURATION for e in submits if e.get("task_id")}
    seen: dict[str, float] = {}
    for e in queries:
        tid = str((e.get("body") or {}).get("taskId"))
        if e.get("task_status") == "SUCCESS" and tid in ends and tid not in seen:
            seen[tid] = e["time"]
    return [seen[t] - ends[t] for t in seen] or [float("nan")]


def main() -> None:
    args = cli(__doc__ or "")
    started = time.perf_counter()
    n = 200 if args.quick else TASKS
    section = Section("throughput", f"Throughput: run_many of {n} tasks at a concurrency limit of {LIMIT}")
    ideal = n * DURATION / LIMIT
    with SandboxProcess("--task-duration", str(DURATION), "--concurrency-limit", str(LIMIT)) as sb:
        for mode in ("sync", "async"):
            sb.reset()
            sb.configure(journal_limit=10 * n + 10_000)
            code = CHILD.format(n=n, mode=mode, key=API_KEY, url=sb.base_url, model=IMAGE_MODEL, limit=LIMIT)
            out: dict[str, Any] = run_child(code, timeout=ideal * 5 + 60)
            journal = sb.journal()
            submits = [e for e in journal if e["path"].startswith(SUBMIT_PREFIX) and e["path"] != QUERY_PATH]
            refused = [e for e in submits if str(e.get("error_code")) in QUEUE_FULL or e.get("status") == 429]
            queries = [e for e in journal if e["path"] == QUERY_PATH]
            created = len({e["task_id"] for e in submits if e.get("task_id")})
            lags = detection_lags(submits, queries)
            fig = {
                "tasks": n,
                "duration_s": DURATION,
                "limit": LIMIT,
                "wall_s": round(out["wall"], 2),
                "ideal_s": ideal,
                "ok": out["ok"],
                "errors": out["errors"],
                "tasks_created": created,
                "submit_requests": len(submits),
                "refused_queue_full": len(refused),
                "status_requests": len(queries),
                "requests_total": len(journal),
                "peak_rss_mb": round(out["hwm"] / 2**20, 1),
                "detection_lag_s": {
                    "median": round(median(lags), 3),
                    "p90": round(pctl(lags, 0.9), 3),
                    "max": round(max(lags), 3),
                },
            }
            section.figures[mode] = fig
            ratio = out["wall"] / ideal
            label = "RunningHub.run_many (threads)" if mode == "sync" else "AsyncRunningHub.run_many"
            section.add(
                Row(
                    "Throughput",
                    f"{n} tasks of {DURATION:g} s at limit {LIMIT}, {label}",
                    f"{out['wall']:.1f} s",
                    f"ideal {ideal:.0f} s",
                    ratio,
                    "≤ 1.15×",
                    ratio <= 1.15 and out["ok"] == n,
                    f"{out['ok']}/{n} ok; {len(journal) / n:.2f} requests/task ({len(submits)} submits, "
                    f"{len(refused)} refused as queue-full, {len(queries)} status reads); "
                    f"peak RSS {fig['peak_rss_mb']:.0f} MB; a task's end is noticed {median(lags):.2f} s later "
                    f"(median; p90 {pctl(lags, 0.9):.2f} s)",
                )
            )
    if args.quick:
        section.notes.append(f"--quick: {n} tasks; not for the table")
    finish(section, args, started)


if __name__ == "__main__":
    main()
