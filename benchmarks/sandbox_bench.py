"""How fast is the sandbox? Startup of the context manager, and the median time to serve a
model submit, a query, a 10 MB upload and a 10 MB download over loopback.

    .venv/bin/python benchmarks/sandbox_bench.py [--repeat 200]

Prints figures only (no pass/fail).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import httpx

SUBMIT = "/openapi/v2/rhart-image-g-2-official/text-to-image"
BODY = {"prompt": "a cat", "aspectRatio": "16:9", "resolution": "2k", "quality": "medium"}
MB = 1024 * 1024


def timed(fn: Callable[[], object], n: int) -> list[float]:
    out = []
    for _ in range(n):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def row(label: str, samples: list[float], unit: float = 1e3, suffix: str = "ms") -> None:
    med = statistics.median(samples) * unit
    p90 = sorted(samples)[int(0.9 * (len(samples) - 1))] * unit
    print(f"{label:<38} median {med:8.2f} {suffix}   p90 {p90:8.2f} {suffix}   (n={len(samples)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200, help="requests per small-request figure")
    parser.add_argument("--big-repeat", type=int, default=20, help="10 MB uploads/downloads")
    args = parser.parse_args()

    imports = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import runninghub.sandbox"], check=True)
        imports.append(time.perf_counter() - started)
    row("python -c 'import runninghub.sandbox'", imports)

    from runninghub.sandbox import Sandbox

    starts, stops = [], []
    for _ in range(10):
        started = time.perf_counter()
        sb = Sandbox(task_duration=0).start()
        starts.append(time.perf_counter() - started)
        started = time.perf_counter()
        sb.stop()
        stops.append(time.perf_counter() - started)
    row("Sandbox().start() (after import)", starts)
    row("Sandbox.stop()", stops)

    with Sandbox(task_duration=0, concurrency_limit=10**9, output_size=10 * MB) as sb:
        headers = {"Authorization": f"Bearer {sb.api_key}"}
        with httpx.Client(base_url=sb.base_url, headers=headers, timeout=30, trust_env=False) as c:
            task_id = c.post(SUBMIT, json=BODY).json()["taskId"]
            url = c.post("/openapi/v2/query", json={"taskId": task_id}).json()["results"][0]["url"]
            row("model submit (validate + create)", timed(lambda: c.post(SUBMIT, json=BODY), args.repeat))
            row(
                "query (SUCCESS, with results)",
                timed(lambda: c.post("/openapi/v2/query", json={"taskId": task_id}), args.repeat),
            )
            blob = bytes(range(256)) * (10 * MB // 256)

            def upload() -> None:
                reply = c.post("/openapi/v2/media/upload/binary", files={"file": ("big.bin", blob)})
                assert reply.json()["code"] == 0

            row("10 MB upload (v2, multipart)", timed(upload, args.big_repeat))
            row("10 MB download (an output file)", timed(lambda: c.get(url).content, args.big_repeat))
            sb.reset()
            row(
                "legacy create (workflow)",
                timed(
                    lambda: c.post("/task/openapi/create", json={"apiKey": sb.api_key, "workflowId": "1"}), args.repeat
                ),
            )


if __name__ == "__main__":
    main()
