"""What the once-per-content rule costs an upload: `client.upload(path)` by the path it takes
through the client's upload cache, against bare httpx posting the same multipart form.

    .venv/bin/python benchmarks/bench_uploads.py [--mb 200] [--repeat 7]

- new size: content of a size the client has not uploaded streams at once, hashed as it goes;
- known size: the content is hashed first (to look it up), then streamed;
- known identity: the file's hash is cached (same unchanged file), so it is only streamed.

Runs are interleaved in one process (the sandbox in its own), each with a fresh client; the
client's CPU time is printed beside the wall time, since on a busy machine it is the steadier
figure. Prints figures only (no pass/fail; bench_transfers.py has the transfer targets).
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx
from _bench import API_KEY, SandboxProcess, median
from runninghub import RunningHub, _uploads

MiB = 1024 * 1024
UPLOAD = "/openapi/v2/media/upload/binary"
MODES = ("bare httpx", "new size (one read)", "known size (hash first)", "known identity (stream only)")


def make_file(path: Path, size: int) -> None:
    block = os.urandom(16 * MiB)
    with path.open("wb") as f:
        left = size
        while left > 0:
            f.write(block[: min(left, len(block))])
            left -= len(block)


def runners(base_url: str, src: Path, size: int) -> dict[str, Callable[[], None]]:
    http = httpx.Client(timeout=300, trust_env=False)

    def bare() -> None:
        with src.open("rb") as f:
            r = http.post(
                base_url + UPLOAD,
                files={"file": (src.name, f, "application/octet-stream")},
                headers={"Authorization": "Bearer " + API_KEY},
            )
        r.raise_for_status()

    def ours(mode: str) -> Callable[[], None]:
        def run() -> None:
            with RunningHub(API_KEY, base_url=base_url) as client:
                cache = client._core.uploads
                if mode != MODES[1]:
                    cache._sizes.add(size)  # as if other content of this size went before
                if mode == MODES[3]:
                    identity = _uploads.inspect_source(src).identity
                    assert identity is not None
                    cache.digests.put(identity, os.urandom(32).hex())  # hashed before, not uploaded
                assert client.upload(src).url

        return run

    return {MODES[0]: bare, **{m: ours(m) for m in MODES[1:]}}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--mb", type=int, default=200, help="file size in MiB")
    parser.add_argument("--repeat", type=int, default=7, help="runs of each mode")
    args = parser.parse_args()
    size = args.mb * MiB
    work = Path(tempfile.mkdtemp(prefix="runninghub-bench-uploads-"))
    wall: dict[str, list[float]] = {m: [] for m in MODES}
    cpu: dict[str, list[float]] = {m: [] for m in MODES}
    try:
        src = work / "upload.bin"
        make_file(src, size)
        with SandboxProcess("--max-upload-bytes", "2G", "--workdir", str(work / "sandbox")) as sb:
            run = runners(sb.base_url, src, size)
            for i in range(args.repeat):
                for mode in MODES if i % 2 == 0 else MODES[::-1]:
                    t, c = time.perf_counter(), time.process_time()
                    run[mode]()
                    wall[mode].append(time.perf_counter() - t)
                    cpu[mode].append(time.process_time() - c)
        t = time.perf_counter()
        _uploads.sha256_of(_uploads.inspect_source(src))
        hash_s = time.perf_counter() - t
    finally:
        shutil.rmtree(work, ignore_errors=True)
    bare = median(wall[MODES[0]])
    print(f"upload of {args.mb} MiB, median of {args.repeat}; sha256 alone {args.mb / hash_s:.0f} MB/s")
    for mode in MODES:
        w = median(wall[mode])
        print(
            f"  {mode:<30} {w * 1000:7.0f} ms  {args.mb / w:6.0f} MB/s  {bare / w:5.2f}x bare"
            f"  client CPU {median(cpu[mode]) * 1000:6.0f} ms"
        )


if __name__ == "__main__":
    main()
