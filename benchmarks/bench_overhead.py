"""Per-request overhead: a submit and a query through RunningHub / AsyncRunningHub, against the
same requests (same body, same keep-alive connection pattern: one client, one connection)
sent with a bare httpx.Client / httpx.AsyncClient that also decodes the JSON reply.

The sandbox runs in its own process (tasks end at once; no concurrency limit) and is reset
every block so its own per-request cost stays flat. Calls alternate ours/bare (ABBA order),
so drift hits both sides alike; medians of many calls.

Run alone: .venv/bin/python benchmarks/bench_overhead.py [--quick] [--json out.json]
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from _bench import (
    API_KEY,
    IMAGE_MODEL,
    QUERY_PATH,
    Row,
    SandboxProcess,
    Section,
    cli,
    median,
    pctl,
    us,
)
from _bench import finish as finish_section
from runninghub import AsyncRunningHub, RunningHub

TIMEOUT = httpx.Timeout(60.0, connect=10.0)
BLOCK = 250  # calls per side between sandbox resets


def _headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {API_KEY}"}


def measure_sync(sb: SandboxProcess, blocks: int, body: dict[str, Any], path: str) -> dict[str, dict[str, list[float]]]:
    times: dict[str, dict[str, list[float]]] = {"submit": {"ours": [], "bare": []}, "query": {"ours": [], "bare": []}}
    url = sb.base_url + path
    query_url = sb.base_url + QUERY_PATH
    with RunningHub(api_key=API_KEY, base_url=sb.base_url) as client, httpx.Client(timeout=TIMEOUT) as http:

        def ours_submit() -> Any:
            return client.submit(IMAGE_MODEL, prompt="overhead").id

        def bare_submit() -> Any:
            r = http.post(url, json=body, headers=_headers())
            r.raise_for_status()
            return r.json()["taskId"]

        task_id = ""

        def ours_query() -> Any:
            return client.query(task_id).status

        def bare_query() -> Any:
            r = http.post(query_url, json={"taskId": task_id}, headers=_headers())
            r.raise_for_status()
            return r.json()["status"]

        pairs: dict[str, tuple[Callable[[], Any], Callable[[], Any]]] = {
            "submit": (ours_submit, bare_submit),
            "query": (ours_query, bare_query),
        }
        for _ in range(blocks):
            sb.reset()
            task_id = bare_submit()
            for op, (ours, bare) in pairs.items():
                for _ in range(5):  # warm the connections (and the sandbox's output file)
                    ours()
                    bare()
                for i in range(BLOCK):
                    order = ((ours, "ours"), (bare, "bare")) if i % 4 in (0, 3) else ((bare, "bare"), (ours, "ours"))
                    for fn, side in order:
                        t = time.perf_counter()
                        fn()
                        times[op][side].append(time.perf_counter() - t)
    return times


async def _measure_async(
    sb: SandboxProcess, blocks: int, body: dict[str, Any], path: str
) -> dict[str, dict[str, list[float]]]:
    times: dict[str, dict[str, list[float]]] = {"submit": {"ours": [], "bare": []}, "query": {"ours": [], "bare": []}}
    url = sb.base_url + path
    query_url = sb.base_url + QUERY_PATH
    async with (
        AsyncRunningHub(api_key=API_KEY, base_url=sb.base_url) as client,
        httpx.AsyncClient(timeout=TIMEOUT) as http,
    ):
        task_id = ""

        async def ours_submit() -> Any:
            return (await client.submit(IMAGE_MODEL, prompt="overhead")).id

        async def bare_submit() -> Any:
            r = await http.post(url, json=body, headers=_headers())
            r.raise_for_status()
            return r.json()["taskId"]

        async def ours_query() -> Any:
            return (await client.query(task_id)).status

        async def bare_query() -> Any:
            r = await http.post(query_url, json={"taskId": task_id}, headers=_headers())
            r.raise_for_status()
            return r.json()["status"]

        pairs: dict[str, tuple[Callable[[], Awaitable[Any]], Callable[[], Awaitable[Any]]]] = {
            "submit": (ours_submit, bare_submit),
            "query": (ours_query, bare_query),
        }
        for _ in range(blocks):
            sb.reset()
            task_id = await bare_submit()
            for op, (ours, bare) in pairs.items():
                for _ in range(5):
                    await ours()
                    await bare()
                for i in range(BLOCK):
                    order = ((ours, "ours"), (bare, "bare")) if i % 4 in (0, 3) else ((bare, "bare"), (ours, "ours"))
                    for fn, side in order:
                        t = time.perf_counter()
                        await fn()
                        times[op][side].append(time.perf_counter() - t)
    return times


def main() -> None:
    args = cli(__doc__ or "")
    started = time.perf_counter()
    blocks = 1 if args.quick else 6
    section = Section("overhead", "Per-request overhead (sandbox in another process, loopback)")
    with SandboxProcess("--task-duration", "0", "--concurrency-limit", "100000000") as sb:
        with RunningHub(api_key=API_KEY, base_url=sb.base_url) as probe:
            probe.submit(IMAGE_MODEL, prompt="overhead")
        entry = sb.journal()[-1]
        body, path = entry["body"], entry["path"]
        results = {
            "sync": measure_sync(sb, blocks, body, path),
            "async": asyncio.run(_measure_async(sb, blocks, body, path)),
        }
    for mode, label in (("sync", "RunningHub vs httpx.Client"), ("async", "AsyncRunningHub vs httpx.AsyncClient")):
        for op in ("submit", "query"):
            o, b = results[mode][op]["ours"], results[mode][op]["bare"]
            mo, mb_ = median(o), median(b)
            section.figures[f"{mode}_{op}"] = {
                "n": len(o),
                "ours_median_us": round(mo * 1e6, 1),
                "bare_median_us": round(mb_ * 1e6, 1),
                "ours_p90_us": round(pctl(o, 0.9) * 1e6, 1),
                "bare_p90_us": round(pctl(b, 0.9) * 1e6, 1),
            }
            section.add(
                Row(
                    "Per request",
                    f"{op}, {label}",
                    us(mo),
                    us(mb_),
                    mo / mb_,
                    "≤ 1.1×",
                    mo / mb_ <= 1.1,
                    f"median of {len(o)}; +{(mo - mb_) * 1e6:.0f} µs per call",
                )
            )
    finish_section(section, args, started)


if __name__ == "__main__":
    main()
