"""Live progress: how soon the end of a workflow task is noticed through its netWssUrl channel.

TASKS workflow tasks of LENGTH s each, one after another, against the sandbox (which streams
ComfyUI's messages on the task's clock and sends execution_success at the task's end):

- live: `run_workflow(..., on_progress=...)` on a task running at create (the create reply
  names its channel): the wait listens, then reads once to confirm the end;
- reference: the same tasks waited for by polling (the channel not used), from the same run.

The detection delay is from the task's end (the sandbox's records) to `run_workflow`
returning; status reads are counted in the sandbox journal. Target: the end noticed within
0.2 s of the server's execution_success, with one status read (the confirmation) per task.

Run alone: .venv/bin/python benchmarks/bench_live.py [--quick] [--json out.json]
"""

from __future__ import annotations

import dataclasses
import os
import time
from typing import Any

from _bench import API_KEY, QUERY_PATH, Row, Section, cli, finish, median

os.environ["RUNNINGHUB_RUNTIME_CACHE"] = "0"

from runninghub import RunningHub
from runninghub._types import Progress
from runninghub.sandbox import Sandbox

QUERY = QUERY_PATH
TASKS = 5
LENGTH = 6.0


def run(sb: Sandbox, live: bool, length: float) -> list[tuple[str, float, int]]:
    """(task id, moment noticed, node events seen) per task."""
    out = []
    with RunningHub(api_key=API_KEY, base_url=sb.base_url) as client:
        client.workflow("1")  # the template read once, outside the measured part
        for _ in range(TASKS):
            events: list[Progress] = []
            callback: Any = events.append if live else None
            task = client.submit_workflow("1")
            if not live:
                task = dataclasses.replace(task, live_url=None)
            client.wait(task, on_progress=callback, timeout=length * 5)
            out.append((task.id, time.time(), sum(1 for e in events if e.node is not None)))
    return out


def main() -> None:
    args = cli(__doc__ or "")
    started = time.perf_counter()
    length = 2.0 if args.quick else LENGTH
    section = Section("live", "Live progress: end of a workflow task noticed through its WebSocket")
    with Sandbox(api_key=API_KEY, task_duration=length, queued_fraction=0.0, concurrency_limit=1000) as sb:
        figures = {"live": run(sb, True, length), "polling": run(sb, False, length)}
        records = {r["task_id"]: r for r in sb.task_records()}
        reads: dict[str, int] = {}
        for e in sb.journal:
            if e["path"] == QUERY and isinstance(e.get("body"), dict):
                tid = str(e["body"].get("taskId"))
                reads[tid] = reads.get(tid, 0) + 1
    stats = {}
    for name, tasks in figures.items():
        delays = [noticed - records[tid]["ended_at"] for tid, noticed, _ in tasks]
        stats[name] = {
            "delay": median(delays),
            "max_delay": max(delays),
            "reads": median(reads.get(tid, 0) for tid, _, _ in tasks),
            "node_events": median(n for _, _, n in tasks),
        }
    section.figures = stats
    live, ref = stats["live"], stats["polling"]
    section.add(
        Row(
            "Live progress",
            f"{TASKS} workflow tasks of {length:g} s: end noticed after execution_success",
            f"{live['delay']:.3f} s (max {live['max_delay']:.3f} s), {live['reads']:g} status read, "
            f"{live['node_events']:g} node events",
            f"polling: {ref['delay']:.2f} s, {ref['reads']:g} reads",
            live["delay"] / ref["delay"] if ref["delay"] else None,
            "≤ 0.2 s and 1 read per task",
            live["max_delay"] <= 0.2 and live["reads"] <= 1,
        )
    )
    if args.quick:
        section.notes.append("--quick: shorter tasks; not for the table")
    finish(section, args, started)


if __name__ == "__main__":
    main()
