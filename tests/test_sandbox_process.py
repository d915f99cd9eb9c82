"""`python -m runninghub.sandbox` as a separate process: it answers HTTP, and streams a 200 MB
upload and a 200 MB download with flat memory (its peak RSS, read from /proc, stays low)."""

from __future__ import annotations

import hashlib
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

SUBMIT = "/openapi/v2/rhart-image-g-2-official/text-to-image"
BODY = {"prompt": "a cat", "aspectRatio": "16:9", "resolution": "2k", "quality": "medium"}
MB = 1024 * 1024
BIG = 200 * MB


def _memory_kb(pid: int) -> dict[str, int]:
    status = Path(f"/proc/{pid}/status").read_text()
    return {k: int(v.split()[0]) for k, v in re.findall(r"^(VmRSS|VmHWM):\s+(.*)$", status, re.M)}


@pytest.fixture(scope="module")
def sandbox_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[subprocess.Popen[str], str, Path]]:
    workdir = tmp_path_factory.mktemp("sandbox-workdir")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "runninghub.sandbox",
            "--port",
            "0",
            "--api-key",
            "process-key",
            "--task-duration",
            "0",
            "--output-size",
            "200MB",
            "--max-upload-bytes",
            "300MB",
            "--workdir",
            str(workdir),
            "--log-level",
            "warning",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    lines = [proc.stdout.readline() for _ in range(2)]
    match = re.search(r"(http://127\.0\.0\.1:\d+)", lines[0])
    assert match, lines
    assert "process-key" in lines[1]
    try:
        yield proc, match.group(1), workdir
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def test_module_answers_http(sandbox_process: tuple[subprocess.Popen[str], str, Path]) -> None:
    _, base_url, _ = sandbox_process
    with httpx.Client(base_url=base_url, timeout=10, trust_env=False) as c:
        assert c.post(SUBMIT, json=BODY).status_code == 401
        headers = {"Authorization": "Bearer process-key"}
        reply = c.post(SUBMIT, json={**BODY, "aspectRatio": "16:9"}, headers=headers)
        assert reply.status_code == 200 and reply.json()["status"] == "QUEUED"
        view = c.post("/openapi/v2/query", json={"taskId": reply.json()["taskId"]}, headers=headers).json()
        assert view["status"] == "SUCCESS" and view["results"][0]["url"].startswith(base_url)
        journal = c.get("/__sandbox/journal").json()
        assert journal["tasks_created"] == 1
        assert c.post("/__sandbox/reset", json={}).json() == {"ok": True}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_200_mb_upload_and_download_keep_memory_flat(
    sandbox_process: tuple[subprocess.Popen[str], str, Path], tmp_path: Path
) -> None:
    proc, base_url, workdir = sandbox_process
    headers = {"Authorization": "Bearer process-key"}
    source = tmp_path / "big.bin"
    with source.open("wb") as f:  # not all zeros, so the hash means something
        f.truncate(BIG)
        f.seek(BIG // 2)
        f.write(b"middle")
        f.seek(BIG - 3)
        f.write(b"end")
    digest = hashlib.sha256()
    with source.open("rb") as f:
        while piece := f.read(MB):
            digest.update(piece)
    with httpx.Client(base_url=base_url, timeout=60, trust_env=False, headers=headers) as c:
        c.post(SUBMIT, json=BODY)  # warm up
        baseline = _memory_kb(proc.pid)["VmRSS"]
        with source.open("rb") as f:
            reply = c.post("/openapi/v2/media/upload/binary", files={"file": ("big.bin", f)})
        assert reply.status_code == 200, reply.text
        data = reply.json()["data"]
        assert data["fileName"] == f"openapi/{digest.hexdigest()}.bin"
        after_upload = _memory_kb(proc.pid)["VmHWM"]
        # fetch it back, byte for byte (streamed)
        back = hashlib.sha256()
        with c.stream("GET", data["download_url"]) as r:
            assert int(r.headers["content-length"]) == BIG
            for piece in r.iter_bytes():
                back.update(piece)
        assert back.hexdigest() == digest.hexdigest()
        # a 200 MB output file (--output-size), written and served from disk
        task_id = c.post(SUBMIT, json=BODY).json()["taskId"]
        url = c.post("/openapi/v2/query", json={"taskId": task_id}).json()["results"][0]["url"]
        size = 0
        with c.stream("GET", url) as r:
            head = b""
            for piece in r.iter_bytes():
                head = head or piece[:8]
                size += len(piece)
        assert head == b"\x89PNG\r\n\x1a\n" and size == int(r.headers["content-length"]) == BIG
        peak = _memory_kb(proc.pid)["VmHWM"]
    upload_mb, peak_mb = (after_upload - baseline) // 1024, (peak - baseline) // 1024
    print(f"server RSS {baseline // 1024} MB; peak +{upload_mb} MB after the upload, +{peak_mb} MB after the download")
    assert upload_mb < 60, f"the 200 MB upload grew the server's RSS by {upload_mb} MB"
    assert peak_mb < 60, f"the server's RSS peaked {peak_mb} MB above its baseline"
    assert not list((workdir / "tmp").iterdir())


def test_stops_on_sigint(sandbox_process: tuple[subprocess.Popen[str], str, Path]) -> None:
    proc, base_url, _ = sandbox_process
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=10) == 0  # a safety bound, not a speed check
    with pytest.raises(httpx.ConnectError):
        httpx.get(base_url + "/files/x", timeout=2, trust_env=False)
