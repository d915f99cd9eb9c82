"""Transfers: upload and download of 10 MB, 200 MB and 1 GB files.

- upload: `client.upload(path)` (which also hashes the file, for its once-per-content cache)
  against bare httpx posting the same multipart form from an open file object;
- download: `output.save(dir)` of a sandbox output of that size (sandbox `output_size`)
  against bare httpx `client.stream("GET", url)` written chunk by chunk to a file;
- download-async: `await output.asave(dir)` with AsyncRunningHub (its file written in worker
  threads, off the event loop) against bare `httpx.AsyncClient.stream` written on the loop.

Each measurement runs in a fresh process (so its peak RSS, VmHWM, is its own), the sandbox in
another one. Test files are written into a temporary directory (random 16 MiB blocks); the
1 GB size is skipped, with a note, when the disk is short of space.

Run alone: .venv/bin/python benchmarks/bench_transfers.py [--quick] [--json out.json]
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from _bench import (
    API_KEY,
    IMAGE_MODEL,
    Row,
    SandboxProcess,
    Section,
    cli,
    finish,
    median,
    run_child,
)

MiB = 2**20
SIZES: list[tuple[str, int, int]] = [("10 MB", 10 * MiB, 7), ("200 MB", 200 * MiB, 5), ("1 GB", 1024 * MiB, 2)]
RSS_LIMIT = 100 * MiB

HWM = """
def hwm():
    from pathlib import Path
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0
"""

UPLOAD_OURS = (
    HWM
    + """
import json, time
from pathlib import Path
from runninghub import RunningHub
with RunningHub(api_key={key!r}, base_url={url!r}) as client:
    t = time.perf_counter()
    up = client.upload(Path({path!r}))
    wall = time.perf_counter() - t
assert up.url
print(json.dumps({{"wall": wall, "hwm": hwm()}}))
"""
)

UPLOAD_BARE = (
    HWM
    + """
import json, time
import httpx
with httpx.Client(timeout=httpx.Timeout(60.0, connect=10.0)) as client:
    t = time.perf_counter()
    with open({path!r}, "rb") as f:
        r = client.post(
            {url!r} + "/openapi/v2/media/upload/binary",
            files={{"file": ({name!r}, f, "application/octet-stream")}},
            headers={{"Authorization": "Bearer " + {key!r}}},
        )
    r.raise_for_status()
    assert r.json()["data"]["download_url"]
    wall = time.perf_counter() - t
print(json.dumps({{"wall": wall, "hwm": hwm()}}))
"""
)

DOWNLOAD_OURS = (
    HWM
    + """
import json, time
from runninghub import RunningHub
with RunningHub(api_key={key!r}, base_url={url!r}) as client:
    snapshot = client.query({task_id!r})
    t = time.perf_counter()
    path = snapshot.outputs[0].save({dest!r})
    wall = time.perf_counter() - t
size = path.stat().st_size
path.unlink()
print(json.dumps({{"wall": wall, "hwm": hwm(), "size": size}}))
"""
)

DOWNLOAD_BARE = (
    HWM
    + """
import json, os, time
import httpx
target = os.path.join({dest!r}, "bare.bin")
with httpx.Client(timeout=httpx.Timeout(60.0, connect=10.0)) as client:
    t = time.perf_counter()
    with client.stream("GET", {file_url!r}) as r, open(target, "wb") as f:
        r.raise_for_status()
        for chunk in r.iter_bytes():
            f.write(chunk)
    wall = time.perf_counter() - t
size = os.path.getsize(target)
os.unlink(target)
print(json.dumps({{"wall": wall, "hwm": hwm(), "size": size}}))
"""
)

DOWNLOAD_OURS_ASYNC = (
    HWM
    + """
import asyncio, json, time
from runninghub import AsyncRunningHub
async def main():
    async with AsyncRunningHub(api_key={key!r}, base_url={url!r}) as client:
        snapshot = await client.query({task_id!r})
        t = time.perf_counter()
        path = await snapshot.outputs[0].asave({dest!r})
        return path, time.perf_counter() - t
path, wall = asyncio.run(main())
size = path.stat().st_size
path.unlink()
print(json.dumps({{"wall": wall, "hwm": hwm(), "size": size}}))
"""
)

DOWNLOAD_BARE_ASYNC = (
    HWM
    + """
import asyncio, json, os, time
import httpx
target = os.path.join({dest!r}, "bare-async.bin")
async def main():
    async with httpx.AsyncClient(timeout=httpx.Timeout(60.0, connect=10.0)) as client:
        t = time.perf_counter()
        async with client.stream("GET", {file_url!r}) as r:
            r.raise_for_status()
            with open(target, "wb") as f:  # blocking writes on the loop, as a plain script does
                async for chunk in r.aiter_bytes():
                    f.write(chunk)
        return time.perf_counter() - t
wall = asyncio.run(main())
size = os.path.getsize(target)
os.unlink(target)
print(json.dumps({{"wall": wall, "hwm": hwm(), "size": size}}))
"""
)
DIRECTIONS = ("upload", "download", "download-async")


def make_file(path: Path, size: int) -> None:
    block = os.urandom(16 * MiB)
    with path.open("wb") as f:
        left = size
        while left > 0:
            f.write(block[: min(left, len(block))])
            left -= len(block)


def finished_output(sb: SandboxProcess, size: int) -> tuple[str, str]:
    """A succeeded task whose one output is `size` bytes: (task id, file URL)."""
    sb.configure(output_size=size, task_duration=0.0)
    auth = {"Authorization": f"Bearer {API_KEY}"}
    from runninghub import RunningHub

    with RunningHub(api_key=API_KEY, base_url=sb.base_url) as probe:
        path = probe.models.get(IMAGE_MODEL).path
    r = sb.control.post(path, json={"prompt": "transfer"}, headers=auth)
    r.raise_for_status()
    task_id = r.json()["taskId"]
    for _ in range(600):
        q = sb.control.post("/openapi/v2/query", json={"taskId": task_id}, headers=auth).json()
        if q.get("status") == "SUCCESS":
            return task_id, q["results"][0]["url"]
        time.sleep(0.1)
    raise RuntimeError("the sandbox output was not ready")


def main() -> None:
    args = cli(__doc__ or "")
    started = time.perf_counter()
    sizes = [(f"{size // 10 // MiB} MB", size // 10, 2) for _, size, _ in SIZES[:2]] if args.quick else SIZES
    section = Section("transfers", "Transfers: upload and download throughput and peak RSS")
    work = Path(tempfile.mkdtemp(prefix="runninghub-bench-"))
    try:
        with SandboxProcess("--max-upload-bytes", "2G", "--workdir", str(work / "sandbox")) as sb:
            for label, size, reps in sizes:
                free = shutil.disk_usage(work).free
                need = (2 * reps + 3) * size + 2**30  # source, uploads kept by the sandbox, output, download
                if free < need:
                    section.notes.append(f"{label} skipped: {free / 2**30:.1f} GB free, {need / 2**30:.1f} GB needed")
                    continue
                src = work / f"upload-{size}.bin"
                make_file(src, size)
                dest = work / "downloads"
                dest.mkdir(exist_ok=True)
                task_id, file_url = finished_output(sb, size)
                codes = {
                    ("upload", "ours"): UPLOAD_OURS.format(key=API_KEY, url=sb.base_url, path=str(src)),
                    ("upload", "bare"): UPLOAD_BARE.format(key=API_KEY, url=sb.base_url, path=str(src), name=src.name),
                    ("download", "ours"): DOWNLOAD_OURS.format(
                        key=API_KEY, url=sb.base_url, task_id=task_id, dest=str(dest)
                    ),
                    ("download", "bare"): DOWNLOAD_BARE.format(file_url=file_url, dest=str(dest)),
                    ("download-async", "ours"): DOWNLOAD_OURS_ASYNC.format(
                        key=API_KEY, url=sb.base_url, task_id=task_id, dest=str(dest)
                    ),
                    ("download-async", "bare"): DOWNLOAD_BARE_ASYNC.format(file_url=file_url, dest=str(dest)),
                }
                runs: dict[tuple[str, str], list[dict[str, Any]]] = {k: [] for k in codes}
                for i in range(reps):
                    for direction in DIRECTIONS:
                        for side in ("ours", "bare") if i % 2 == 0 else ("bare", "ours"):
                            runs[(direction, side)].append(run_child(codes[(direction, side)], timeout=900))
                src.unlink()
                sb.reset()
                fig: dict[str, Any] = {"bytes": size, "reps": reps}
                for direction in DIRECTIONS:
                    o, b = runs[(direction, "ours")], runs[(direction, "bare")]
                    mbps_o = median(size / r["wall"] for r in o) / MiB
                    mbps_b = median(size / r["wall"] for r in b) / MiB
                    rss_o = max(r["hwm"] for r in o)
                    rss_b = max(r["hwm"] for r in b)
                    fig[direction] = {
                        "ours_mb_s": round(mbps_o, 1),
                        "bare_mb_s": round(mbps_b, 1),
                        "ours_peak_rss_mb": round(rss_o / MiB, 1),
                        "bare_peak_rss_mb": round(rss_b / MiB, 1),
                        "ours_walls_s": [round(r["wall"], 3) for r in o],
                        "bare_walls_s": [round(r["wall"], 3) for r in b],
                    }
                    ratio = mbps_o / mbps_b
                    what, bare = {
                        "upload": ("client.upload(path)", "multipart post of a file object"),
                        "download": ("output.save(dir)", "client.stream to a file"),
                        "download-async": ("await output.asave(dir)", "AsyncClient.stream to a file"),
                    }[direction]
                    section.add(
                        Row(
                            "Transfers",
                            f"{direction} {label}: `{what}` vs bare httpx {bare}",
                            f"{mbps_o:.0f} MB/s, peak RSS {rss_o / MiB:.0f} MB",
                            f"{mbps_b:.0f} MB/s, peak RSS {rss_b / MiB:.0f} MB",
                            ratio,
                            "≥ 0.8× and RSS < 100 MB",
                            ratio >= 0.8 and rss_o < RSS_LIMIT,
                            f"median of {reps}, fresh process each",
                        )
                    )
                section.figures[label] = fig
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.quick:
        section.notes.append("--quick: 1 MB and 20 MB only; not for the table")
    finish(section, args, started)


if __name__ == "__main__":
    main()
