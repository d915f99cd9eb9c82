"""Polling when run times vary, and the first task of a process that inherits learned run times.

- varying: tasks of one model whose run times vary ±40 % (uniform, seeded per row), run in
  rounds of ROUND at once, so each round plans from what the earlier ones taught. Reported over
  the tasks after the first round (the targets are medians and a p90, so a row needs enough
  tasks to mean something: 60 for 5 s, 36 for 30 s).
- cold with cache: an earlier client (another process in real use) learned the model's run
  time and wrote the run-time cache; FRESH new clients with an empty memory read that file and
  each runs its first task.

Reference: a fixed 2 s poll that reads at once and then every 2 s (runninghub-sdk's loop),
computed for the same run times (1 + ceil(T / 2) reads, noticed at the next multiple of 2 s,
the poll's phase spread as in bench_polling.py). Targets: ≤ 1/3 of the reference's reads,
median detection ≤ 1.5 s, p90 ≤ 3 s.

At ±40 % around 30 s the three targets sit at the edge of what any plan can do: a plan that
knows the distribution exactly (the first read one gap after the shortest possible run, then
reads a fixed gap apart, the best gap picked afterwards) meets all three on only part of the
random draws of 36 tasks. `oracle_share` computes that share over 200 draws and the row's note
reports it, so a miss of this row reads against what is possible.

Status reads are counted in the sandbox journal; the detection delay is from the task's end
(the sandbox's records) to the moment `wait` returned.

Run alone: .venv/bin/python benchmarks/bench_polling_varied.py [--quick] [--json out.json]
"""

from __future__ import annotations

import math
import os
import random
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, cast

from _bench import API_KEY, AUDIO_MODEL, IMAGE_MODEL, QUERY_PATH, Row, Section, cli, finish, median, pctl

os.environ["RUNNINGHUB_RUNTIME_CACHE"] = "0"  # every client here gets its cache explicitly

from runninghub import RunningHub
from runninghub._polling import RunTimes
from runninghub.sandbox import Sandbox

ROUND = 12
FRESH = 3
SEED = 20261201
LENGTHS: list[tuple[float, str, dict[str, Any], int]] = [
    (5.0, IMAGE_MODEL, {"prompt": "a lighthouse at dusk"}, 6),  # (base s, model, params, rounds)
    (30.0, AUDIO_MODEL, {"description": "a calm piano piece"}, 4),
]


def fixed_poll(run_time: float, phase: float, interval: float = 2.0) -> tuple[int, float]:
    """Reads and delay of a fixed poll that starts `phase` s after the submit."""
    reads = 1 + max(0, math.ceil((run_time - phase) / interval))
    return reads, phase + (reads - 1) * interval - run_time


def plan_for(run_time: float, first: float, gap: float) -> tuple[int, float]:
    """Reads and delay of a plan that reads at `first` and then every `gap`."""
    later = max(0, math.ceil((run_time - first) / gap))
    return 1 + later, first + later * gap - run_time


def oracle_share(base: float, tasks: int, draws: int = 200) -> tuple[float, float]:
    """(share of draws, gap) for the best fixed plan that knows the ±40 % distribution: the
    first read at 0.6 base + gap, then every gap; each draw is `tasks` uniform run times."""
    best = (0.0, 0.0)
    for gap in (2.4, 2.5, 2.6, 2.7, 2.8, 2.9, 3.0):
        met = 0
        for seed in range(draws):
            rng = random.Random(f"oracle-{seed}")
            times = [base * rng.uniform(0.6, 1.4) for _ in range(tasks)]
            first = 0.6 * base + gap
            plan = [plan_for(t, first, gap) for t in times]
            refs = [fixed_poll(t, (k % 5) * 2.0 / 5)[0] for k, t in enumerate(times)]
            delays = sorted(d for _, d in plan)
            ratio = median(r for r, _ in plan) / median(refs)
            met += ratio <= 1 / 3 and median(delays) <= 1.5 and pctl(delays, 0.9) <= 3.0
        best = max(best, (met / draws, gap))
    return best


class Runner:
    def __init__(self, sb: Sandbox) -> None:
        self.sb = sb
        self.lock = threading.Lock()  # task_duration applies to the next task: configure + submit as one step

    def one(self, client: RunningHub, run_time: float, model: str, params: dict[str, Any]) -> tuple[str, float]:
        with self.lock:
            self.sb.configure(task_duration=run_time)
            task = client.submit(cast(Any, model), **params)
        client.wait(task)
        return task.id, time.time()


def main() -> None:
    args = cli(__doc__ or "")
    started = time.perf_counter()
    scale = 0.2 if args.quick else 1.0
    section = Section("polling-varied", "Polling with varying run times, and cold start with a run-time cache")
    with tempfile.TemporaryDirectory() as tmp, Sandbox(api_key=API_KEY, concurrency_limit=100_000) as sb:
        runner = Runner(sb)

        def varying(base: float, model: str, params: dict[str, Any], rounds: int) -> dict[str, Any]:
            client = RunningHub(api_key=API_KEY, base_url=sb.base_url)
            client._core.run_times = RunTimes(None)
            rng = random.Random(f"{SEED}-{base:g}")  # per row: the draws do not depend on thread timing
            times = [[max(1.0, base * scale * rng.uniform(0.6, 1.4)) for _ in range(ROUND)] for _ in range(rounds)]
            done: list[tuple[str, float, float]] = []
            with ThreadPoolExecutor(ROUND) as pool:
                for r, batch in enumerate(times):
                    got = list(pool.map(lambda t: runner.one(client, t, model, params), batch))
                    if r:
                        done += [(tid, noticed, t) for (tid, noticed), t in zip(got, batch, strict=True)]
            client.close()
            return {"tasks": done}

        def cold_with_cache(base: float, model: str, params: dict[str, Any]) -> dict[str, Any]:
            path = Path(tmp) / f"runtimes-{base:g}.json"
            teacher = RunningHub(api_key=API_KEY, base_url=sb.base_url)
            teacher._core.run_times = RunTimes(path)
            for _ in range(3):
                runner.one(teacher, base * scale, model, params)
            teacher.close()

            def first_task(_: int) -> tuple[str, float, float]:
                fresh = RunningHub(api_key=API_KEY, base_url=sb.base_url)
                fresh._core.run_times = RunTimes(path)  # what a new process finds in the cache
                tid, noticed = runner.one(fresh, base * scale, model, params)
                fresh.close()
                return tid, noticed, base * scale

            with ThreadPoolExecutor(FRESH) as fresh_pool:
                return {"tasks": list(fresh_pool.map(first_task, range(FRESH)))}

        with ThreadPoolExecutor(2 * len(LENGTHS)) as pool:
            jobs = {
                **{("varying", b): pool.submit(varying, b, m, p, n) for b, m, p, n in LENGTHS},
                **{("cached", b): pool.submit(cold_with_cache, b, m, p) for b, m, p, _ in LENGTHS},
            }
            outcome = {k: f.result() for k, f in jobs.items()}
        records = {r["task_id"]: r for r in sb.task_records()}
        reads: dict[str, int] = {}
        for e in sb.journal:
            if e["path"] == QUERY_PATH and isinstance(e.get("body"), dict):
                tid = str(e["body"].get("taskId"))
                reads[tid] = reads.get(tid, 0) + 1

    for (kind, base), out in sorted(outcome.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        tasks = out["tasks"]
        ours_reads = [reads.get(tid, 0) for tid, _, _ in tasks]
        delays = [noticed - records[tid]["ended_at"] for tid, noticed, _ in tasks]
        refs = [fixed_poll(t, (k % 5) * 2.0 / 5) for k, (_, _, t) in enumerate(tasks)]
        ref_reads, ref_delay = median(r for r, _ in refs), median(d for _, d in refs)
        ratio = median(ours_reads) / ref_reads
        p90 = pctl(sorted(delays), 0.9)
        ok = ratio <= 1 / 3 and median(delays) <= 1.5 and p90 <= 3.0
        note = ""
        if kind == "varying" and base >= 30:  # where the targets are at the edge (see the docstring)
            share, gap = oracle_share(base * scale, len(tasks))
            note = (
                f"a plan that knows the distribution meets all three on {share:.0%} of draws "
                f"of {len(tasks)} tasks (gap {gap:g} s)"
            )
        label = (
            f"{base * scale:g} s ±40 %, {len(tasks)} tasks after the first round"
            if kind == "varying"
            else f"{base * scale:g} s, first task of {len(tasks)} new clients with the cache"
        )
        section.figures[f"{kind}-{base:g}s"] = {"reads": ours_reads, "delays": delays, "ref_reads": ref_reads}
        section.add(
            Row(
                "Polling",
                label,
                f"{median(ours_reads):g} reads, notices {median(delays):.2f} s (p90 {p90:.2f} s) after the end",
                f"2 s poll: {ref_reads:g} reads, {ref_delay:.2f} s",
                ratio,
                "≤ 0.33× reads, median ≤ 1.5 s, p90 ≤ 3 s",
                ok,
                note,
            )
        )
    if args.quick:
        section.notes.append("--quick: run times scaled down; not for the table")
    finish(section, args, started)


if __name__ == "__main__":
    main()
