"""Saving an output through the core's filesystem (`Core.files`, `runninghub._files.Files`):
in-memory here (tests/fake_files.py), so the download rules run without a disk.

- the asyncio driver makes no filesystem call on the event loop (the fake records each call's
  thread), and an interrupted download closes its file and leaves nothing behind;
- both real drivers resume a cut download with Range and append the 206 reply (httpx's
  MockTransport, no sockets);
- the download operation, through the fake driver in virtual time: the resume offset is the
  partial file's size, the file is renamed into place only once whole, a failure removes it.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fake_driver import FakeDriver, sequence
from fake_files import FakeFiles
from runninghub._async_driver import run_async
from runninghub._core import Core
from runninghub._effects import Fetch, Fetched, Op, advance
from runninghub._errors import APIConnectionError, APIError
from runninghub._sync_driver import run_sync
from runninghub._types import Output

PAYLOAD = bytes(range(256)) * 4096 * 3  # 3 MiB: a few of the asyncio driver's 1 MiB write batches
CUT = 24 * 64 * 1024  # the first attempt's connection drops after this many bytes (24 chunks)
URL = "https://files.fake.test/out.png"
OUT_DIR = Path("/virtual/out")
TARGET = OUT_DIR / "t1_0.png"


def output() -> Output:
    return Output(url=URL, output_type="png", index=0, task_id="t1")


def core_with(files: FakeFiles) -> Core:
    core = FakeDriver(sequence([])).core()
    core.files = files
    core.settings.backoff_base = 0.0  # the real drivers really sleep between attempts
    return core


# --------------------------------------------------------------------------- over MockTransport
def ranges_seen(requests: list[httpx.Request]) -> list[str | None]:
    return [r.headers.get("range") for r in requests]


def _start(request: httpx.Request) -> int:
    value = request.headers.get("range", "bytes=0-")
    return int(value.removeprefix("bytes=").split("-")[0])


def cut_then_rest_sync(requests: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    """A file server whose first reply drops after CUT bytes; later ones honour Range."""

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        start = _start(request)

        def body() -> Iterator[bytes]:
            for i in range(start, len(PAYLOAD), 64 * 1024):
                if len(requests) == 1 and i >= CUT:
                    raise httpx.ReadError("connection dropped")
                yield PAYLOAD[i : min(i + 64 * 1024, len(PAYLOAD))]

        status = 206 if start else 200
        return httpx.Response(status, headers={"Content-Length": str(len(PAYLOAD) - start)}, content=body())

    return handler


def cut_then_rest_async(requests: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        start = _start(request)

        async def body() -> AsyncIterator[bytes]:
            for i in range(start, len(PAYLOAD), 64 * 1024):
                if len(requests) == 1 and i >= CUT:
                    raise httpx.ReadError("connection dropped")
                yield PAYLOAD[i : min(i + 64 * 1024, len(PAYLOAD))]

        status = 206 if start else 200
        return httpx.Response(status, headers={"Content-Length": str(len(PAYLOAD) - start)}, content=body())

    return handler


@pytest.mark.anyio
async def test_the_async_driver_makes_no_filesystem_call_on_the_event_loop() -> None:
    files = FakeFiles()
    requests: list[httpx.Request] = []
    loop_thread = threading.get_ident()
    async with httpx.AsyncClient(transport=httpx.MockTransport(cut_then_rest_async(requests))) as http:
        saved = await run_async(core_with(files).download(output(), OUT_DIR), http)
    assert saved == TARGET
    assert bytes(files.data[TARGET]) == PAYLOAD
    assert list(files.data) == [TARGET]  # the partial file was renamed, nothing else is left
    assert ranges_seen(requests) == [None, f"bytes={CUT}-"]
    assert {"open_write", "write", "close", "size", "replace", "exists"} <= set(files.methods())
    assert loop_thread not in files.threads(), "a filesystem call ran on the event loop"
    assert all(f.closed for f in files.opened)


def test_the_sync_driver_resumes_through_the_cores_files() -> None:
    files = FakeFiles()
    requests: list[httpx.Request] = []
    with httpx.Client(transport=httpx.MockTransport(cut_then_rest_sync(requests))) as http:
        saved = run_sync(core_with(files).download(output(), OUT_DIR), http)
    assert saved == TARGET and bytes(files.data[TARGET]) == PAYLOAD
    assert list(files.data) == [TARGET]
    assert ranges_seen(requests) == [None, f"bytes={CUT}-"]
    assert all(f.closed for f in files.opened)


@pytest.mark.anyio
async def test_a_cancelled_async_download_closes_its_file_and_leaves_nothing() -> None:
    files = FakeFiles()
    first_batch = asyncio.Event()
    loop = asyncio.get_running_loop()

    def wrote(path: Path, data: bytes) -> None:
        loop.call_soon_threadsafe(first_batch.set)

    files.on_write = wrote

    async def handler(request: httpx.Request) -> httpx.Response:
        async def body() -> AsyncIterator[bytes]:
            for i in range(0, len(PAYLOAD), 64 * 1024):
                yield PAYLOAD[i : i + 64 * 1024]
            await asyncio.Event().wait()  # the rest never comes

        return httpx.Response(200, headers={"Content-Length": str(2 * len(PAYLOAD))}, content=body())

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        saving = asyncio.ensure_future(run_async(core_with(files).download(output(), OUT_DIR), http))
        await first_batch.wait()  # a batch reached the file
        saving.cancel()
        with pytest.raises(asyncio.CancelledError):
            await saving
    assert files.data == {}  # no partial file, no target
    assert files.opened and all(f.closed for f in files.opened)
    assert "remove" in files.methods()


# --------------------------------------------------------------------------- virtual time
class FakeFileServer:
    """Answers a download's `Fetch` effects as the drivers would, writing through the Fetch's
    `files`: attempt i sends at most `cuts[i]` bytes (None: the rest) and then drops."""

    def __init__(self, cuts: list[int | None], status: int | None = None) -> None:
        self.cuts = cuts
        self.status = status
        self.fetches: list[Fetch] = []

    def __call__(self, fetch: Fetch) -> Fetched:
        from runninghub._effects import FetchStatusError

        self.fetches.append(fetch)
        if self.status is not None:
            raise FetchStatusError(self.status, None)
        cut = self.cuts[min(len(self.fetches) - 1, len(self.cuts) - 1)]
        f = fetch.files.open_write(fetch.dest, append=bool(fetch.offset))
        try:
            end = len(PAYLOAD) if cut is None else min(len(PAYLOAD), fetch.offset + cut)
            f.write(PAYLOAD[fetch.offset : end])
            if cut is not None:
                raise httpx.ReadError("connection dropped")
            return Fetched(206 if fetch.offset else 200, len(PAYLOAD), f.tell())
        finally:
            f.close()


def answering_fetches(op: Op[Any], server: Callable[[Fetch], Fetched]) -> Generator[Any, Any, Any]:
    """`op` with its Fetch effects answered by `server`; every other effect passes on to the
    driver running this (the fake driver)."""
    value: Any = None
    error: BaseException | None = None
    while True:
        done, effect = advance(op, value, error)
        if done:
            return effect
        value, error = None, None
        if isinstance(effect, Fetch):
            try:
                value = server(effect)
            except Exception as exc:
                error = exc
            continue
        try:
            value = yield effect
        except Exception as exc:
            error = exc


def test_a_cut_download_resumes_from_the_partial_files_size_and_is_renamed_once_whole() -> None:
    fake = FakeDriver(sequence([]))
    core = fake.core()
    core.files = files = FakeFiles()
    server = FakeFileServer([CUT, CUT, None])
    saved = fake.run(answering_fetches(core.download(output(), OUT_DIR), server))
    assert saved == TARGET and bytes(files.data[TARGET]) == PAYLOAD
    assert [f.offset for f in server.fetches] == [0, CUT, 2 * CUT]
    part = server.fetches[0].dest
    assert part.parent == OUT_DIR and part.name.startswith(f".{TARGET.name}.") and part.name.endswith(".part")
    assert {f.dest for f in server.fetches} == {part}  # one partial file, resumed
    assert files.methods().count("replace") == 1 and list(files.data) == [TARGET]
    assert len(fake.sleeps) == 2  # a backoff before each new attempt, in virtual time


def test_a_download_that_fails_for_good_removes_its_partial_file_and_never_writes_the_target() -> None:
    fake = FakeDriver(sequence([]), max_retries=2)
    core = fake.core()
    core.files = files = FakeFiles()
    server = FakeFileServer([CUT])  # every attempt drops
    with pytest.raises(APIConnectionError, match="downloading output 0 of task t1 failed"):
        fake.run(answering_fetches(core.download(output(), OUT_DIR), server))
    assert [f.offset for f in server.fetches] == [0, CUT, 2 * CUT]
    assert files.data == {} and "replace" not in files.methods()


def test_an_error_status_is_not_retried_and_leaves_nothing() -> None:
    fake = FakeDriver(sequence([]))
    core = fake.core()
    core.files = files = FakeFiles()
    with pytest.raises(APIError) as caught:
        fake.run(answering_fetches(core.download(output(), OUT_DIR), FakeFileServer([None], status=404)))
    assert caught.value.status_code == 404 and files.data == {}


def test_an_existing_target_is_kept_without_overwrite_and_a_text_output_is_written_whole() -> None:
    fake = FakeDriver(sequence([]))
    core = fake.core()
    core.files = files = FakeFiles()
    files.data[TARGET] = bytearray(b"mine")
    with pytest.raises(FileExistsError):
        fake.run(core.download(output(), OUT_DIR, overwrite=False))
    assert files.data == {TARGET: bytearray(b"mine")}
    text = Output(url=None, output_type="txt", text="héllo", index=1, task_id="t1")
    saved = fake.run(core.download(text, OUT_DIR / "note.txt"))
    assert saved == OUT_DIR / "note.txt" and files.data[saved] == "héllo".encode()
    assert sorted(files.files_in(OUT_DIR)) == ["note.txt", TARGET.name]  # no partial file left
