"""Uploads are exact and once (issue 10 item 5), over loopback HTTP against the sandbox.

Every test counts the upload requests in the sandbox journal and, where bytes travel, checks
them against what the sandbox stored (download_url serves the stored file back)."""

from __future__ import annotations

import asyncio
import functools
import hashlib
import os
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import VirtualSleep
from runninghub import (
    APITimeoutError,
    AsyncRunningHub,
    InvalidParamsError,
    RunningHub,
    RunningHubError,
    UploadError,
    _uploads,
)

UPLOAD = "/openapi/v2/media/upload/binary"
EDIT = "rhart-image-n-pro/edit"  # a model with a media field
PNG_1PX = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)
MiB = 1024 * 1024


def uploads(sb: Any) -> list[dict[str, Any]]:
    return [e for e in sb.journal if e["path"] == UPLOAD]


def stored(sb: Any) -> list[dict[str, Any]]:
    """Uploads the sandbox answered with success (a complete multipart body)."""
    return [e for e in uploads(sb) if e["status"] == 200 and not e["error_code"]]


@pytest.fixture
def client(runninghub_sandbox: Any) -> Iterator[RunningHub]:
    with RunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as c:
        yield c


@pytest.fixture
def hashes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The thread names every full hash of a source ran in."""
    seen: list[str] = []
    real = _uploads.sha256_of

    def counting(source: _uploads.Source) -> str:
        seen.append(threading.current_thread().name)
        return real(source)

    monkeypatch.setattr(_uploads, "sha256_of", counting)
    return seen


def _bounded(fn: Callable[[], Any], seconds: float = 20.0) -> Any:
    """Run fn in a thread: a regression that spins (reading /dev/zero) fails instead of hanging."""
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed to the test
            box["error"] = exc

    t = threading.Thread(target=target, daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), "the upload did not return"
    if "error" in box:
        raise box["error"]
    return box["value"]


# --------------------------------------------------------------------------- exact bytes
@pytest.mark.no_prism("prism re-encodes multipart bodies, so stored uploads are not byte for byte what was sent")
def test_file_object_uploads_from_its_position_byte_exact(
    client: RunningHub, runninghub_sandbox: Any, tmp_path: Path
) -> None:
    data = os.urandom(3 * MiB + 12345)
    path = tmp_path / "odd name é.bin"
    path.write_bytes(data)
    sent: list[tuple[int, int | None]] = []
    with path.open("rb") as f:
        f.seek(1000)
        up = client.upload(f, on_progress=lambda done, total: sent.append((done, total)))
        position = f.tell()
    rest = data[1000:]
    assert httpx.get(up.url or "").content == rest
    assert up.size == len(rest) and up.sha256 == hashlib.sha256(rest).hexdigest()
    assert sent[-1] == (len(rest), len(rest))
    assert position == 1000  # left where it was
    (entry,) = uploads(runninghub_sandbox)
    assert entry["body_summary"]["files"] == [{"field": "file", "filename": path.name, "size": len(rest)}]


@pytest.mark.no_prism("prism re-encodes multipart bodies, so stored uploads are not byte for byte what was sent")
def test_retried_upload_sends_the_same_bytes(
    virtual_sleep: VirtualSleep, client: RunningHub, runninghub_sandbox: Any, tmp_path: Path
) -> None:
    data = os.urandom(MiB + 7)
    runninghub_sandbox.inject_fault(UPLOAD, "status", status=503)  # Retry-After: 1 (skipped: virtual_sleep)
    with (tmp_path / "a.bin").open("wb+") as f:
        f.write(b"header" + data)
        f.seek(6)
        up = client.upload(f)
    assert len(uploads(runninghub_sandbox)) == 2 and len(stored(runninghub_sandbox)) == 1
    assert httpx.get(up.url or "").content == data
    assert virtual_sleep.sleeps == [1.0]  # the 503's Retry-After, honoured once


# --------------------------------------------------------------------------- once per content
def test_same_content_at_two_paths_uploads_once(
    client: RunningHub, runninghub_sandbox: Any, tmp_path: Path, hashes: list[str]
) -> None:
    data = os.urandom(2 * MiB)
    a, b = tmp_path / "a.bin", tmp_path / "b.bin"
    a.write_bytes(data)
    b.write_bytes(data)
    first, second, third = client.upload(a), client.upload(b), client.upload(a)
    assert first == second == third
    assert len(uploads(runninghub_sandbox)) == 1
    # a: a new size, hashed as it streamed; b: a known size, hashed first (and found); a again:
    # known by its identity, not read at all
    assert len(hashes) == 1
    with b.open("rb") as f:
        assert client.upload(f) == first  # the same file open: known by its identity too
    assert len(hashes) == 1
    assert client.upload(data) == first and len(uploads(runninghub_sandbox)) == 1


def test_a_changed_file_is_hashed_and_uploaded_again(
    client: RunningHub, runninghub_sandbox: Any, tmp_path: Path
) -> None:
    path = tmp_path / "a.bin"
    path.write_bytes(b"one" * 1000)
    first = client.upload(path)
    st = path.stat()
    path.write_bytes(b"two" * 1000)  # same size, new content, and the old modification time:
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # only the change time tells
    second = client.upload(path)
    assert second.sha256 == hashlib.sha256(b"two" * 1000).hexdigest()
    assert first.sha256 != second.sha256 and len(uploads(runninghub_sandbox)) == 2


def test_sixteen_threads_upload_one_file_once(
    client: RunningHub, runninghub_sandbox: Any, tmp_path: Path, hashes: list[str]
) -> None:
    path = tmp_path / "big.bin"
    path.write_bytes(os.urandom(4 * MiB))
    barrier = threading.Barrier(16)
    results: list[Any] = [None] * 16

    def worker(i: int) -> None:
        barrier.wait()
        results[i] = client.upload(path)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert all(r is not None and r == results[0] for r in results)
    assert len(uploads(runninghub_sandbox)) == 1
    assert hashes == []  # the one upload hashed what it sent; the others waited for it


def test_two_copies_of_new_content_uploaded_at_once_go_once(
    client: RunningHub, runninghub_sandbox: Any, tmp_path: Path
) -> None:
    data = os.urandom(2 * MiB)
    paths = [tmp_path / "a.bin", tmp_path / "b.bin"]
    for p in paths:
        p.write_bytes(data)
    barrier = threading.Barrier(8)
    results: list[Any] = [None] * 8

    def worker(i: int) -> None:
        barrier.wait()
        results[i] = client.upload(paths[i % 2])

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert all(r is not None and r == results[0] for r in results)
    assert len(uploads(runninghub_sandbox)) == 1


def test_async_gather_uploads_once_and_hashes_off_the_loop(
    runninghub_sandbox: Any, tmp_path: Path, hashes: list[str]
) -> None:
    path = tmp_path / "big.bin"
    data = os.urandom(4 * MiB)
    path.write_bytes(data)

    async def main() -> list[Any]:
        async with AsyncRunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as c:
            first = await asyncio.gather(*(c.upload(path) for _ in range(16)))
            second = await asyncio.gather(c.upload(data), c.upload(tmp_path.joinpath("big.bin")))
            return [*first, *second]

    results = asyncio.run(main())
    assert all(r == results[0] for r in results)
    assert len(uploads(runninghub_sandbox)) == 1
    assert len(hashes) == 1  # the bytes (a size already uploaded), hashed to be looked up
    assert threading.main_thread().name not in hashes  # in worker threads, never on the loop


# --------------------------------------------------------------------------- refused before sending
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_non_regular_files_are_refused_before_anything_is_sent(
    client: RunningHub, runninghub_sandbox: Any, tmp_path: Path
) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    read_end, write_end = os.pipe()
    left, right = socket.socketpair()
    with (
        open("/dev/zero", "rb") as zero,  # a device, as a user would open it
        os.fdopen(read_end, "rb") as pipe,
        left.makefile("rb") as sock,
        os.fdopen(write_end, "wb"),
        right,
    ):
        cases: dict[str, Any] = {
            "/dev/zero path": Path("/dev/zero"),
            "/dev/zero file": zero,
            "FIFO path": fifo,
            "FIFO path as str": str(fifo),
            "pipe": pipe,
            "socket": sock,
            "directory": tmp_path,
            "missing": tmp_path / "missing.png",
        }
        for label, source in cases.items():
            with pytest.raises(InvalidParamsError, match="upload: ") as info:
                _bounded(functools.partial(client.upload, source))
            assert info.value.field == "file", label
    assert runninghub_sandbox.journal == []


def test_text_and_closed_files_are_refused(client: RunningHub, runninghub_sandbox: Any, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("hello")
    with path.open() as text, pytest.raises(InvalidParamsError, match="text mode"):
        client.upload(text)
    f = path.open("rb")
    f.close()
    with pytest.raises(InvalidParamsError, match="closed"):
        client.upload(f)
    assert runninghub_sandbox.journal == []


# --------------------------------------------------------------------------- changes while streaming
@pytest.mark.parametrize("size_seen", [False, True], ids=["new-size", "hashed-first"])
@pytest.mark.parametrize("change", ["grow", "shrink", "touch"])
def test_a_file_changing_while_it_streams_is_an_upload_error(
    client: RunningHub, runninghub_sandbox: Any, tmp_path: Path, change: str, size_seen: bool
) -> None:
    if size_seen:  # other content of the same size first: this one is hashed before it streams
        client.upload(os.urandom(3 * MiB))
    path = tmp_path / "moving.bin"
    path.write_bytes(os.urandom(3 * MiB))

    def meddle(done: int, total: int | None) -> None:
        if done != MiB:  # once, after the first chunk went out
            return
        if change == "grow":
            with path.open("ab") as f:
                f.write(b"more")
        elif change == "shrink":
            os.truncate(path, MiB + 10)
        else:
            os.utime(path, ns=(1, 1))

    with pytest.raises(UploadError, match=r"moving\.bin"):
        _bounded(lambda: client.upload(path, on_progress=meddle))
    assert len(stored(runninghub_sandbox)) == int(size_seen)  # the body never completed: not stored
    assert isinstance(UploadError("x"), RunningHubError)


# --------------------------------------------------------------------------- single flight
class _Boom(RunningHubError):
    pass


def _leader_work(log: list[str], fail: BaseException | None) -> Any:
    def work() -> Any:
        log.append("work")
        yield "effect"
        if fail is not None:
            raise fail
        return "value"

    return work


def test_once_table_shares_errors_and_retries_after_an_abandoned_leader() -> None:
    table: _uploads.OnceTable[str, str] = _uploads.OnceTable()
    log: list[str] = []
    leader: Any = table.get_or_run("k", _leader_work(log, None))
    assert next(leader) == "effect"
    waiter: Any = table.get_or_run("k", _leader_work(log, None))
    wait = next(waiter)
    assert isinstance(wait, _uploads.Await) and not wait.future.done()
    leader.close()  # the leader is cancelled: the waiter does the work itself
    with pytest.raises(_uploads._Abandoned):
        wait.future.result()
    assert waiter.throw(wait.future.exception()) == "effect"
    with pytest.raises(StopIteration) as done:
        next(waiter)
    assert done.value.value == ("value", True) and log == ["work", "work"]

    other: Any = table.get_or_run("e", _leader_work(log, _Boom("server said no")))
    next(other)
    follower: Any = table.get_or_run("e", _leader_work(log, None))
    shared = next(follower)
    assert isinstance(shared, _uploads.Await)
    with pytest.raises(_Boom):
        other.send(None)
    assert isinstance(shared.future.exception(), _Boom)  # a RunningHub error is everyone's outcome


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX only")
def test_a_forked_child_does_not_wait_for_the_parents_upload_in_flight(
    client: RunningHub, runninghub_sandbox: Any, tmp_path: Path
) -> None:
    path = tmp_path / "a.bin"
    path.write_bytes(os.urandom(64 * 1024))
    cache = client._core.uploads
    kind, ticket = cache.claim(_uploads.inspect_source(path))  # as if a parent thread were uploading it
    assert kind == "stream"
    pid = os.fork()
    if pid == 0:  # the child: upload it itself, never wait for the parent's thread
        code = 1
        try:
            code = 0 if client.upload(path).url else 2
        finally:
            os._exit(code)
    deadline = time.monotonic() + 30
    while (done := os.waitpid(pid, os.WNOHANG))[0] == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    if done[0] == 0:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        pytest.fail("the child waited for an upload of the parent's")
    assert os.waitstatus_to_exitcode(done[1]) == 0
    assert len(stored(runninghub_sandbox)) == 1
    cache.streamed(_uploads.inspect_source(path), ticket, RunningHubError("parent gave up"))


def test_waiting_for_an_upload_in_flight_stays_within_the_run_timeout(
    client: RunningHub, runninghub_sandbox: Any, tmp_path: Path
) -> None:
    path = tmp_path / "cat.png"
    path.write_bytes(PNG_1PX)
    source = _uploads.inspect_source(path)
    kind, ticket = client._core.uploads.claim(source)  # another thread's upload of it, stuck
    assert kind == "stream"
    model = client.models.get(EDIT)
    media = next(p for p in model.params if p.media)
    value: Any = [path] if media.type == "array" else path
    run: Any = client.run  # a model chosen at run time: past the typed overloads
    with pytest.raises(APITimeoutError, match="in flight"):  # unbounded, it would wait for ever (_bounded fails)
        _bounded(lambda: run(EDIT, {"prompt": "make it blue", media.name: value}, timeout=0.1))
    assert runninghub_sandbox.journal == []  # neither an upload nor a submit
    client._core.uploads.streamed(source, ticket, RunningHubError("gave up"))


def test_async_uploads_are_exact_and_report_a_changing_file(runninghub_sandbox: Any, tmp_path: Path) -> None:
    data = os.urandom(2 * MiB + 3)
    path = tmp_path / "a.bin"
    path.write_bytes(b"skip" + data)
    moving = tmp_path / "moving.bin"
    moving.write_bytes(os.urandom(3 * MiB))
    threads: set[str] = set()

    def grow(done: int, total: int | None) -> None:
        threads.add(threading.current_thread().name)
        if done == MiB:
            with moving.open("ab") as f:
                f.write(b"more")

    async def main() -> Any:
        async with AsyncRunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as c:
            with path.open("rb") as f:
                f.seek(4)
                up = await c.upload(f)
            with pytest.raises(UploadError, match="changed while it was read"):
                await c.upload(moving, on_progress=grow)
            return up

    up = asyncio.run(main())
    assert httpx.get(up.url or "").content == data
    assert threads == {threading.main_thread().name}  # on_progress runs on the event loop's thread
    assert len(stored(runninghub_sandbox)) == 1
