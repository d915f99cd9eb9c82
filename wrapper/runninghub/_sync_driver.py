"""The blocking driver: carries out an operation's effects with an `httpx.Client`.

Also the request and download helpers the asyncio driver (`_async_driver.run_async`) shares:
`open_request`, `build_request` (where the key goes in), `request_timeout_for`, `aiter_file`, and
the download attempt's headers, start (`fetch_start`) and progress. Downloads write through the
`Fetch`'s `Files` (`_files`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterator, Callable
from typing import IO, TYPE_CHECKING, Any, TypeVar

import httpx

from ._bounded import DeadlineExceeded, clip_timeout, download_decoder, raw_parts, reply_decoder
from ._effects import Fetch, Fetched, FetchStatusError, LocalEffect, Op, Send, Sleep, advance, scrub
from ._replies import parse_retry_after
from ._secret import reveal_values, wire_headers

if TYPE_CHECKING:
    from ._files import PartFile

T = TypeVar("T")

STALL_TIMEOUT = 60.0
"""A download whose server sends nothing for this long fails (and is retried)."""
CHUNK = 1024 * 1024


def run_sync(op: Op[T], client: httpx.Client) -> T:
    """Carry out an operation's effects with a blocking httpx.Client. An operation interrupted
    by Ctrl-C (or any BaseException) is closed at once, so its cleanup (a partial download's
    temporary file, an upload's handles) runs now, not whenever its traceback is collected."""
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
                    value = send_sync(client, effect)
                elif isinstance(effect, Sleep):
                    time.sleep(effect.seconds)
                elif isinstance(effect, LocalEffect):
                    value = effect.sync()
                else:
                    value = fetch_sync(client, effect)
            except Exception as exc:
                error = scrub(exc)
    finally:
        op.close()


def open_request(send: Send) -> tuple[dict[str, Any], list[IO[bytes]]]:
    """httpx.request keyword arguments for `send` (the key not yet in them), and the file
    handles to close afterwards."""
    files, handles = send.files() if send.files is not None else (None, [])
    kwargs: dict[str, Any] = {"files": files}
    if send.content is not None:
        kwargs["content"], more = send.content()
        handles = [*handles, *more]
    return kwargs, handles


def build_request(
    client: httpx.Client | httpx.AsyncClient, send: Send, kwargs: dict[str, Any], timeout: httpx.Timeout
) -> httpx.Request:
    """The request as sent: the key goes in here (headers, Secret values), as call arguments
    only, so no frame of ours keeps it in a local variable."""
    return client.build_request(
        send.method,
        send.url,
        headers=wire_headers(send.headers),
        json=reveal_values(send.json),
        params=reveal_values(send.params),
        timeout=timeout,
        **kwargs,
    )


def request_timeout_for(client: httpx.Client | httpx.AsyncClient, send: Send | Fetch) -> httpx.Timeout:
    """The request's timeout (else the HTTP client's), cut to the budget left. A download
    always has a stall timeout: without one of its own, each read waits at most 60 s."""
    timeout = send.timeout if send.timeout is not None else client.timeout
    if isinstance(send, Fetch) and timeout.read is None:
        timeout = httpx.Timeout(connect=timeout.connect, read=STALL_TIMEOUT, write=timeout.write, pool=timeout.pool)
    return clip_timeout(timeout, send.budget)


async def aiter_file(f: IO[bytes]) -> AsyncIterator[bytes]:
    """A raw file body for httpx.AsyncClient (which cannot read a sync file itself), read in a
    worker thread chunk by chunk (a LoRA is hundreds of MB: the event loop stays free)."""
    aiter_chunks = getattr(f, "aiter_chunks", None)  # an upload body reads off the event loop itself
    if aiter_chunks is not None:
        async for chunk in aiter_chunks():
            yield chunk
        return
    import asyncio  # here: the blocking client never loads asyncio

    while chunk := await asyncio.to_thread(f.read, CHUNK):
        yield chunk


def _past(deadline: float | None, request: httpx.Request) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise DeadlineExceeded("the operation's timeout ran out while the reply was arriving", request=request)


def within_sync(budget: float | None, work: Callable[[], T]) -> T:
    """`work()`, given up on when the operation's budget runs out. Per-read timeouts cannot bound
    a reply whose every read arrives in time (headers trickling in a byte at a time), so with a
    budget the request runs in a thread of its own; one given up on ends by itself (its reads
    are bounded) and its result is dropped."""
    if budget is None:
        return work()
    box: dict[str, Any] = {}
    done = threading.Event()

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:  # handed to the waiting caller
            box["error"] = exc
        finally:
            done.set()

    threading.Thread(target=run, name="runninghub-request", daemon=True).start()
    if not done.wait(max(0.0, budget)):
        raise DeadlineExceeded("the operation's timeout ran out while a request was in flight")
    if "error" in box:
        raise box["error"]
    return box["value"]  # type: ignore[no-any-return]


def send_sync(client: httpx.Client, send: Send) -> httpx.Response:
    """One request within the operation's budget (`within_sync`)."""
    return within_sync(send.budget, lambda: _send_sync(client, send))


def _send_sync(client: httpx.Client, send: Send) -> httpx.Response:
    """One request, its body read raw and bounded: at most `send.max_bytes` decoded, and the
    deadline checked between chunks (a reply trickling in cannot outlast the budget)."""
    deadline = None if send.budget is None else time.monotonic() + send.budget
    kwargs, handles = open_request(send)
    try:
        request = build_request(client, send, kwargs, request_timeout_for(client, send))
        response = client.send(request, stream=True)
        try:
            decoder, body = raw_parts(response, reply_decoder(response, send.max_bytes))
            chunks = []
            for raw in [body] if body is not None else response.iter_raw():
                chunks.append(decoder.feed(raw))
                _past(deadline, request)
            chunks.append(decoder.finish())
        finally:
            response.close()
        response._content = b"".join(chunks)
        return response
    finally:
        for h in handles:
            h.close()


def _fetch_headers(fetch: Fetch) -> dict[str, str]:
    headers = {"Accept-Encoding": "identity"}
    if fetch.offset:
        headers["Range"] = f"bytes={fetch.offset}-"
    return headers


def fetch_start(fetch: Fetch, response: httpx.Response) -> tuple[bool, int | None]:
    """How a download attempt's reply is written: (append to the partial file, the total length
    when the server said); FetchStatusError for an error status."""
    if response.status_code >= 400:
        raise FetchStatusError(response.status_code, parse_retry_after(response.headers))
    resume = bool(fetch.offset) and response.status_code == 206
    start = fetch.offset if resume else 0
    length = response.headers.get("content-length")
    expected = (
        start + int(length) if length and length.isdigit() and not response.headers.get("content-encoding") else None
    )
    return resume, expected


def _fetch_open(fetch: Fetch, response: httpx.Response) -> tuple[PartFile, int | None]:
    append, expected = fetch_start(fetch, response)
    return fetch.files.open_write(fetch.dest, append), expected


def fetch_progress(fetch: Fetch, written: int, expected: int | None) -> None:
    if fetch.progress is None:
        return
    try:
        fetch.progress(written, expected)
    except Exception as exc:
        exc._runninghub_user = True  # type: ignore[attr-defined]
        raise


def fetch_sync(client: httpx.Client, fetch: Fetch) -> Fetched:
    """One download attempt within the operation's budget (`within_sync`)."""
    return within_sync(fetch.budget, lambda: _fetch_sync(client, fetch))


def _fetch_sync(client: httpx.Client, fetch: Fetch) -> Fetched:
    # No Authorization header: result URLs are on other hosts and must never see the key.
    deadline = None if fetch.budget is None else time.monotonic() + fetch.budget
    request = client.build_request(
        "GET", fetch.url, headers=_fetch_headers(fetch), timeout=request_timeout_for(client, fetch)
    )
    response = client.send(request, stream=True, follow_redirects=True)
    try:
        f, expected = _fetch_open(fetch, response)
        try:
            decoder, body = raw_parts(response, download_decoder(response, fetch.max_bytes))
            for raw in [body] if body is not None else response.iter_raw():
                f.write(decoder.feed(raw))
                fetch_progress(fetch, f.tell(), expected)
                _past(deadline, request)
            f.write(decoder.finish())
            written = f.tell()
        finally:
            f.close()
    finally:
        response.close()
    return Fetched(response.status_code, expected, written)
