"""AsyncRunningHub reads local files off the event loop: a submit's checks of a file parameter
(its head and size), an upload's inspection of a path, its hashing and the reads of its body
all run in worker threads (each recorded with its thread, against the sandbox over loopback);
so do the opening, reads and closing of a raw file body (a LoRA's PUT) in the asyncio driver."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any, Final

import httpx
import pytest
from runninghub import AsyncRunningHub, _catalog, _uploads
from runninghub._async_driver import run_async
from runninghub._effects import Send

EDIT: Final = "rhart-image-n-pro/edit"
PNG_1PX = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)


class Threads:
    """Which threads called the wrapped functions, by name."""

    def __init__(self) -> None:
        self.seen: dict[str, set[int]] = {}

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def recorded(*args: Any, **kwargs: Any) -> Any:
            self.seen.setdefault(name, set()).add(threading.get_ident())
            return fn(*args, **kwargs)

        return recorded


@pytest.fixture
def threads(monkeypatch: pytest.MonkeyPatch) -> Threads:
    rec = Threads()
    # the file checks before a submit, and an upload's inspection, hashing and body reads
    monkeypatch.setattr(_catalog, "local_file_facts", rec.wrap("checks", _catalog.local_file_facts))
    monkeypatch.setattr(_uploads, "inspect_source", rec.wrap("inspect", _uploads.inspect_source))
    monkeypatch.setattr(_uploads, "sha256_of", rec.wrap("hash", _uploads.sha256_of))
    monkeypatch.setattr(_uploads._Reader, "chunk", rec.wrap("read", _uploads._Reader.chunk))
    return rec


@pytest.mark.anyio
async def test_a_submit_checks_and_uploads_its_files_off_the_event_loop(
    runninghub_sandbox: Any, threads: Threads, tmp_path: Path
) -> None:
    image = tmp_path / "cat.png"
    image.write_bytes(PNG_1PX)
    async with AsyncRunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        model = client.models.get(EDIT)
        media = next(p for p in model.params if p.media)
        task = await client.submit(model, {"prompt": "blue", media.name: [image] if media.type == "array" else image})
    assert task.id
    loop = threading.get_ident()
    assert {"checks", "inspect", "read"} <= set(threads.seen)
    assert all(loop not in ts for ts in threads.seen.values()), {k: loop in v for k, v in threads.seen.items()}


@pytest.mark.anyio
async def test_an_upload_of_a_known_size_hashes_its_file_off_the_event_loop(
    runninghub_sandbox: Any, threads: Threads, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.bin", tmp_path / "b.bin"
    first.write_bytes(b"x" * 4096)
    second.write_bytes(b"y" * 4096)  # the same size as one uploaded: hashed first, to dedupe
    async with AsyncRunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        await client.upload(first)
        await client.upload(second)
    loop = threading.get_ident()
    assert {"inspect", "hash", "read"} <= set(threads.seen)
    assert all(loop not in ts for ts in threads.seen.values()), {k: loop in v for k, v in threads.seen.items()}


class RecordingFile(io.BytesIO):
    def __init__(self, data: bytes, threads: Threads) -> None:
        super().__init__(data)
        self.threads = threads

    def read(self, size: int | None = -1, /) -> bytes:
        self.threads.seen.setdefault("read", set()).add(threading.get_ident())
        return super().read(size)

    def close(self) -> None:
        self.threads.seen.setdefault("close", set()).add(threading.get_ident())
        super().close()


@pytest.mark.anyio
async def test_a_raw_file_body_is_opened_read_and_closed_off_the_event_loop() -> None:
    threads = Threads()
    data = b"lora" * 700_000  # about 2.7 MB: three reads of 1 MiB
    received: list[bytes] = []

    async def server(request: httpx.Request) -> httpx.Response:
        received.append(b"".join([chunk async for chunk in request.stream]))  # type: ignore[union-attr]
        return httpx.Response(200)

    def body() -> tuple[Any, list[Any]]:
        threads.seen.setdefault("open", set()).add(threading.get_ident())
        f = RecordingFile(data, threads)
        return f, [f]

    def put() -> Generator[Any, Any, int]:
        reply = yield Send("PUT", "https://bucket.fake.test/lora", {}, content=body)
        return int(reply.status_code)

    async with httpx.AsyncClient(transport=httpx.MockTransport(server)) as http:
        assert await run_async(put(), http) == 200
    assert received == [data]
    assert set(threads.seen) == {"open", "read", "close"}
    assert all(threading.get_ident() not in ts for ts in threads.seen.values()), threads.seen


WORKFLOW: Final = "1904136902449209346"  # the sandbox's text-to-image workflow (node 10: LoadImage)


@pytest.mark.anyio
async def test_a_workflow_or_asset_file_is_inspected_off_the_event_loop(
    runninghub_sandbox: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from runninghub import _platform, _workflows

    rec = Threads()
    facts = _catalog.local_file_facts  # imported by name into both modules
    monkeypatch.setattr(_workflows, "local_file_facts", rec.wrap("node check", facts))
    monkeypatch.setattr(_platform, "local_file_facts", rec.wrap("asset type", facts))
    image = tmp_path / "in.png"
    image.write_bytes(PNG_1PX)
    async with AsyncRunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        task = await client.submit_workflow(WORKFLOW, [("10", "image", image)])
        asset = await client.assets.create(image)
    assert task.id and asset.id
    loop = threading.get_ident()
    assert set(rec.seen) == {"node check", "asset type"}
    assert all(loop not in ts for ts in rec.seen.values()), {k: loop in v for k, v in rec.seen.items()}
