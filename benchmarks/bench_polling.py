"""Polling: status requests per task and detection delay, in real seconds.

For tasks of 5 s (an image model), 30 s (an audio model) and 120 s (a video model), all three
lengths at once, each on its own model so the learned run times never mix:

- runninghub: one cold task (the client has never seen the model), then WARM tasks at once
  (the client now knows the model's run time from the cold one). `client.submit` + `client.wait`.
- baselines, with bare httpx, at the same time against the same sandbox, 1 + WARM tasks per
  length: a fixed 2 s poll that reads at once and then every 2 s (what runninghub-sdk's
  `wait_for_query_v2_completion` does) and a fixed 5 s poll that sleeps 5 s before each read
  (what ComfyUI_RH_OpenAPI's `poll` does).

The sandbox's run times are exact and 5, 30 and 120 are multiples of 2 and 5, so a fixed poll
would read right at the end every time; real run times vary, so the baseline tasks start their
poll grid at evenly spread phases (task k waits k/5 of the interval first), which puts the
moment the task ends anywhere within the interval, as a varying run time does.

Status requests are counted in the sandbox journal; the detection delay is the time from the
task's end (the sandbox's `task_records()`) to the moment the client has noticed it (`wait`
returns, or the baseline's loop ends). The sandbox runs in this process (task_records() is its
in-process API); the load is a few requests per second.

Run alone: .venv/bin/python benchmarks/bench_polling.py [--quick] [--json out.json]
(--quick scales the lengths down to 1, 3 and 6 s: a smoke run only.)
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, cast

import httpx
from _bench import (
    API_KEY,
    AUDIO_MODEL,
    IMAGE_MODEL,
    QUERY_PATH,
    VIDEO_MODEL,
    Row,
    Section,
    cli,
    finish,
    median,
)
from runninghub import RunningHub
from runninghub._catalog import prepare_params
from runninghub._types import TERMINAL  # the spec's terminal statuses
from runninghub.sandbox import Sandbox

WARM = 4
# (task length in s, model, parameters)
LENGTHS: list[tuple[float, str, dict[str, Any]]] = [
    (5.0, IMAGE_MODEL, {"prompt": "a lighthouse at dusk"}),
    (30.0, AUDIO_MODEL, {"description": "a calm piano piece"}),
    (120.0, VIDEO_MODEL, {"prompt": "waves on a beach at dusk"}),
]
BASELINES = {"2 s poll": (2.0, True), "5 s poll": (5.0, False)}  # interval, read before the first sleep


def requests(n: float) -> str:
    return f"{n:g} request" + ("" if n == 1 else "s")


class Bench:
    def __init__(self, sb: Sandbox) -> None:
        self.sb = sb
        self.lock = threading.Lock()  # task_duration applies to the next task: configure + submit as one step
        self.headers = {"Authorization": f"Bearer {API_KEY}"}

    def submit_ours(self, client: RunningHub, length: float, model: str, params: dict[str, Any]) -> Any:
        with self.lock:
            self.sb.configure(task_duration=length)
            return client.submit(cast(Any, model), **params)

    def ours(self, client: RunningHub, length: float, model: str, params: dict[str, Any]) -> tuple[str, float]:
        task = self.submit_ours(client, length, model, params)
        client.wait(task)
        return task.id, time.time()

    def baseline(
        self,
        http: httpx.Client,
        length: float,
        path: str,
        body: dict[str, Any],
        interval: float,
        read_first: bool,
        phase: float,
    ) -> tuple[str, float]:
        with self.lock:
            self.sb.configure(task_duration=length)
            r = http.post(self.sb.base_url + path, json=body, headers=self.headers)
            r.raise_for_status()
            task_id = str(r.json()["taskId"])
        time.sleep(phase)
        if not read_first:
            time.sleep(interval)
        while True:
            r = http.post(self.sb.base_url + QUERY_PATH, json={"taskId": task_id}, headers=self.headers)
            if r.status_code == 200 and r.json().get("status") in TERMINAL:
                return task_id, time.time()
            time.sleep(interval)

    def ours_length(
        self, client: RunningHub, length: float, model: str, params: dict[str, Any]
    ) -> dict[str, list[tuple[str, float]]]:
        cold = self.ours(client, length, model, params)
        with ThreadPoolExecutor(WARM) as pool:
            warm = list(pool.map(lambda _: self.ours(client, length, model, params), range(WARM)))
        return {"cold": [cold], "warm": warm}


def main() -> None:
    args = cli(__doc__ or "")
    started = time.perf_counter()
    scale = 0.05 if args.quick else 1.0
    lengths = [(max(1.0, round(length * scale)), m, p) for length, m, p in LENGTHS]
    section = Section("polling", "Polling: status requests and detection delay (real seconds)")
    with Sandbox(api_key=API_KEY, task_duration=1.0, concurrency_limit=100_000) as sb:
        bench = Bench(sb)
        client = RunningHub(api_key=API_KEY, base_url=sb.base_url)
        models = {m: client.models.get(m) for _, m, _ in lengths}
        https = {name: httpx.Client(timeout=60) for name in BASELINES}
        futures: dict[tuple[float, str], list[Future[Any]]] = {}
        with ThreadPoolExecutor(len(lengths) * (1 + len(BASELINES) * (1 + WARM))) as pool:
            for length, model, params in lengths:
                futures[(length, "ours")] = [pool.submit(bench.ours_length, client, length, model, params)]
                body = prepare_params(models[model], params)
                for name, (interval, read_first) in BASELINES.items():
                    futures[(length, name)] = [
                        pool.submit(
                            bench.baseline,
                            https[name],
                            length,
                            models[model].path,
                            body,
                            interval,
                            read_first,
                            k * interval / (1 + WARM),
                        )
                        for k in range(1 + WARM)
                    ]
            outcome = {key: [f.result() for f in fs] for key, fs in futures.items()}
        client.close()
        for h in https.values():
            h.close()
        records = {r["task_id"]: r for r in sb.task_records()}
        reads: dict[str, int] = {}
        for e in sb.journal:
            if e["path"] == QUERY_PATH and isinstance(e.get("body"), dict):
                tid = str(e["body"].get("taskId"))
                reads[tid] = reads.get(tid, 0) + 1

    def stats(tasks: list[tuple[str, float]]) -> dict[str, Any]:
        per = [{"requests": reads.get(tid, 0), "delay": noticed - records[tid]["ended_at"]} for tid, noticed in tasks]
        return {
            "tasks": per,
            "requests": median(p["requests"] for p in per),
            "delay": median(p["delay"] for p in per),
        }

    for length, model, _ in lengths:
        ours = outcome[(length, "ours")][0]
        fig: dict[str, Any] = {
            "model": model,
            "output_type": models[model].output_type,
            "cold": stats(ours["cold"]),
            "warm": stats(ours["warm"]),
            **{name: stats(outcome[(length, name)]) for name in BASELINES},
        }
        section.figures[f"{length:g}s"] = fig
        ref, ref5 = fig["2 s poll"], fig["5 s poll"]
        for phase in ("cold", "warm"):
            f = fig[phase]
            ratio = f["requests"] / ref["requests"]
            ok = ratio <= 1 / 3 and f["delay"] <= 1.5
            label = "first task of the model" if phase == "cold" else f"median of {WARM} later tasks, run at once"
            section.add(
                Row(
                    "Polling",
                    f"{length:g} s {models[model].output_type} task, {phase} ({label})",
                    f"{requests(f['requests'])}, notices {f['delay']:.2f} s after the end",
                    f"2 s poll: {requests(ref['requests'])}, {ref['delay']:.2f} s",
                    ratio,
                    "≤ 0.33× requests and delay ≤ 1.5 s",
                    ok,
                    f"5 s poll: {requests(ref5['requests'])}, {ref5['delay']:.2f} s",
                )
            )
    if args.quick:
        section.notes.append("--quick: task lengths scaled down; not for the table")
    finish(section, args, started)


if __name__ == "__main__":
    main()
