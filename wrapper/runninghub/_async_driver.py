"""The asyncio driver: carries out an operation's effects (`_effects`) with an httpx.AsyncClient.
It shares the request and download helpers of the blocking driver (`_sync_driver`)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._bounded import DeadlineExceeded, download_decoder, raw_parts, reply_decoder

if TYPE_CHECKING:
    from ._effects import Fetch, Fetched, Op, Send

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


async def _nothing() -> AsyncIterator[bytes]:
    return
    yield  # an empty async iterator


async def _send(client: httpx.AsyncClient, send: Send) -> httpx.Response:
    from ._sync_driver import aiter_file, build_request, open_request, request_timeout_for

    kwargs, handles = open_request(send)
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
        for h in handles:
            h.close()


async def _fetch(client: httpx.AsyncClient, fetch: Fetch) -> Fetched:
    from ._effects import Fetched
    from ._sync_driver import _fetch_headers, _fetch_open, fetch_progress, request_timeout_for

    request = client.build_request(
        "GET", fetch.url, headers=_fetch_headers(fetch), timeout=request_timeout_for(client, fetch)
    )
    response = await client.send(request, stream=True, follow_redirects=True)
    try:
        f, expected = _fetch_open(fetch, response)
        decoder, body = raw_parts(response, download_decoder(response, fetch.max_bytes))
        with f:
            if body is not None:
                f.write(decoder.feed(body))
            async for raw in response.aiter_raw() if body is None else _nothing():
                f.write(decoder.feed(raw))
                fetch_progress(fetch, f.tell(), expected)
            f.write(decoder.finish())
            written = f.tell()
    finally:
        await response.aclose()
    return Fetched(response.status_code, expected, written)
