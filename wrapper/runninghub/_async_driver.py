"""The asyncio driver: carries out an operation's effects (`_effects`) with an httpx.AsyncClient.
It shares the request and download helpers of the blocking driver (`_sync_driver`). No file is
touched on the event loop: local effects run their blocking part in worker threads
(`Offload`), and a download's file is opened, written and closed in them too."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._bounded import DeadlineExceeded, download_decoder, raw_parts, reply_decoder

if TYPE_CHECKING:
    from ._effects import Fetch, Fetched, Op, Send
    from ._files import PartFile

T = TypeVar("T")


async def run_async(op: Op[T], client: httpx.AsyncClient) -> T:
    """Carry out an operation's effects with an httpx.AsyncClient. An operation interrupted by
    a cancellation (or any BaseException) is closed at once, so its cleanup runs now."""
    from ._effects import LocalEffect, Send, Sleep, advance, scrub

    value: Any = None
    error: BaseException | None = None
    try:
        while True:
            done, effect = advance(op, value, error)
            if done:
                return effect  # type: ignore[no-any-return]
            value, error = None, None
            try:
                if isinstance(effect, Send):
                    value = await _within(effect.budget, _send(client, effect))
                elif isinstance(effect, Sleep):
                    await asyncio.sleep(effect.seconds)
                elif isinstance(effect, LocalEffect):
                    value = await effect.aio()
                else:
                    value = await _within(effect.budget, _fetch(client, effect))
            except Exception as exc:
                error = scrub(exc)
    finally:
        op.close()


async def _within(budget: float | None, work: Coroutine[Any, Any, T]) -> T:
    """`work`, cancelled when the operation's time budget runs out (requests in flight too)."""
    if budget is None:
        return await work
    try:
        async with asyncio.timeout(max(0.001, budget)):
            return await work
    except TimeoutError:
        raise DeadlineExceeded("the operation's timeout ran out while a request was in flight") from None


async def _send(client: httpx.AsyncClient, send: Send) -> httpx.Response:
    from ._sync_driver import aiter_file, build_request, open_request, request_timeout_for

    # the body's files are opened, read (aiter_file) and closed in worker threads
    kwargs, handles = await asyncio.to_thread(open_request, send) if _opens_files(send) else open_request(send)
    if send.content is not None:
        kwargs["content"] = aiter_file(kwargs["content"])
    try:
        request = build_request(client, send, kwargs, request_timeout_for(client, send))
        response = await client.send(request, stream=True)
        try:
            decoder, body = raw_parts(response, reply_decoder(response, send.max_bytes))
            chunks = [decoder.feed(body)] if body is not None else [decoder.feed(r) async for r in response.aiter_raw()]
            chunks.append(decoder.finish())
        finally:
            await response.aclose()
        response._content = b"".join(chunks)
        return response
    finally:
        if handles:
            await asyncio.to_thread(_close_all, handles)


def _opens_files(send: Send) -> bool:
    return send.files is not None or send.content is not None


def _close_all(handles: list[Any]) -> None:
    for h in handles:
        h.close()


async def _fetch(client: httpx.AsyncClient, fetch: Fetch) -> Fetched:
    """One download attempt. The file is opened, written and closed in worker threads (the
    `Fetch`'s `Files`), never on the event loop: chunks are gathered up to WRITE_BATCH bytes,
    then written in one thread hop while the next batch arrives (one write in flight, so
    memory stays bounded: about two batches)."""
    from ._effects import Fetched
    from ._sync_driver import _fetch_headers, fetch_progress, fetch_start, request_timeout_for

    request = client.build_request(
        "GET", fetch.url, headers=_fetch_headers(fetch), timeout=request_timeout_for(client, fetch)
    )
    response = await client.send(request, stream=True, follow_redirects=True)
    try:
        append, expected = fetch_start(fetch, response)
        f, written = await asyncio.to_thread(_open_part, fetch, append)
        batch: list[bytes] = []
        writing: asyncio.Task[None] | None = None  # the batch being written, while the next arrives
        try:
            decoder, body = raw_parts(response, download_decoder(response, fetch.max_bytes))
            batched = 0
            async for raw in _raw_body(response, body):
                data = decoder.feed(raw)
                batch.append(data)
                batched += len(data)
                written += len(data)
                if batched >= WRITE_BATCH:
                    if writing is not None:  # one batch in flight at most: memory stays bounded
                        await asyncio.shield(writing)  # shield: a cancel must not orphan the write
                    writing = asyncio.ensure_future(asyncio.to_thread(_write_all, f, batch))
                    batch, batched = [], 0
                fetch_progress(fetch, written, expected)
            data = decoder.finish()
            batch.append(data)
            written += len(data)
        finally:
            # what arrived is kept, also when the reply broke off (the next attempt resumes
            # after it), in order, and the file is closed, a cancelled attempt's too: in a thread
            try:
                if writing is not None:
                    await writing
            finally:
                await asyncio.to_thread(_write_and_close, f, batch)
    finally:
        await response.aclose()
    return Fetched(response.status_code, expected, written)


WRITE_BATCH = 1024 * 1024
"""Downloaded bytes gathered before one write in a worker thread: a thread hop per MiB, not per
network chunk."""


def _open_part(fetch: Fetch, append: bool) -> tuple[PartFile, int]:
    """The partial file open for writing, and its size (where the bytes written so far end)."""
    f = fetch.files.open_write(fetch.dest, append)
    try:
        return f, f.tell()
    except BaseException:
        f.close()
        raise


def _write_all(f: PartFile, chunks: list[bytes]) -> None:
    for chunk in chunks:
        if chunk:
            f.write(chunk)


def _write_and_close(f: PartFile, chunks: list[bytes]) -> None:
    try:
        _write_all(f, chunks)
    finally:
        f.close()


async def _raw_body(response: httpx.Response, body: bytes | None) -> AsyncIterator[bytes]:
    """The reply's raw chunks: the whole body when httpx holds it in memory already."""
    if body is not None:
        yield body
        return
    async for raw in response.aiter_raw():
        yield raw
