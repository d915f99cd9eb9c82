"""The outermost ASGI layer: the request journal and fault injection.

Dropping a connection needs the transport, which ASGI does not expose: the sandbox's uvicorn
protocol class (`_server.SandboxH11Protocol`) registers every connection here under its
(server address, client address) pair, which is also what ASGI puts in `scope["server"]` and
`scope["client"]`, and `abort_connection` looks it up and calls `transport.abort()`.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, Protocol
from urllib.parse import parse_qsl

from .._wire import V2_ERROR
from ._own_keys import FAULT_STATUS
from ._state import Fault, SandboxState

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

ENTRY_KEY = "runninghub.journal_entry"
CONTROL_PREFIX = "/__sandbox/"


class _Connection(Protocol):
    transport: asyncio.Transport

    def is_disconnected(self) -> bool: ...


# (server address, client address) -> the live connection (see _server.SandboxH11Protocol)
CONNECTIONS: dict[tuple[Any, Any], _Connection] = {}


def connection_key(server: Any, client: Any) -> tuple[Any, Any]:
    return (tuple(server) if server else None, tuple(client) if client else None)


async def abort_connection(scope: Scope, flush: bool = False) -> None:
    """Close the request's TCP connection at once (after writing out what was sent, if `flush`)."""
    conn = CONNECTIONS.get(connection_key(scope.get("server"), scope.get("client")))
    if conn is None:
        raise RuntimeError("dropping a connection needs the sandbox's own server (runninghub.sandbox.Sandbox/serve)")
    if flush:
        for _ in range(5000):  # at most ~5 s
            if conn.transport.is_closing() or conn.transport.get_write_buffer_size() == 0:
                break
            await asyncio.sleep(0.001)
    conn.transport.abort()
    # Let the server notice (connection_lost runs on the next loop iterations), so that it does
    # not try to answer the request itself.
    for _ in range(50):
        if conn.is_disconnected():
            break
        await asyncio.sleep(0)


_V2_FAULT_CODES = {
    429: ("1003", "request rate limit exceeded"),
    500: ("1005", "server error"),
    502: ("1005", "bad gateway"),
    503: ("1010", "service unavailable"),
    504: ("1005", "gateway timeout"),
}

_HTML = (
    "<html>\r\n<head><title>{code} {reason}</title></head>\r\n<body>\r\n"
    "<center><h1>{code} {reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
_REASONS = {429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}


def _v2_error(code: str, message: str) -> dict[str, Any]:
    """The body of a v2 error a fault answers with: no task, the code and its message."""
    e = V2_ERROR
    return {e.task_id: None, e.status: None, e.error_code: code, e.error_message: message}


async def _drain(receive: Receive) -> None:
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body", False):
            return


async def _buffer_body(receive: Receive, limit: int) -> Receive:
    """Read up to `limit` bytes of the request body now; the returned `receive` replays them,
    then continues with the original."""
    buffered: list[Message] = []
    size = 0
    while size <= limit:
        message = await receive()
        buffered.append(message)
        if message["type"] != "http.request" or not message.get("more_body", False):
            break
        size += len(message.get("body", b""))

    async def replay() -> Message:
        if buffered:
            return buffered.pop(0)
        return await receive()

    return replay


HOLD_LIMIT = 60.0  # a hold nobody releases still ends (the request then goes on)


async def _until_released(fault: Fault, limit: float) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while not fault.released.is_set() and loop.time() < deadline:
        await asyncio.sleep(0.005)


async def _send_simple(send: Send, status: int, body: bytes, content_type: bytes, extra: list[Any]) -> None:
    headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode()), *extra]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


class SandboxMiddleware:
    """Journals every request (except the /__sandbox/ control routes) and applies faults."""

    def __init__(self, app: ASGIApp, state: SandboxState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(CONTROL_PREFIX):
            await self.app(scope, receive, send)
            return
        state = self.state
        query = scope.get("query_string", b"").decode("latin-1")
        entry = state.journal_begin(scope["method"], scope["path"], [k for k, _ in parse_qsl(query)])
        scope[ENTRY_KEY] = entry
        fault = state.take_fault(scope["method"], scope["path"])
        answered: dict[str, Any] = {}

        started = time.perf_counter()

        async def recording_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                answered["status"] = message["status"]
                # noted before the client can see the answer (updated again when done)
                elapsed = round((time.perf_counter() - started) * 1000, 3)
                state.note(entry, status=message["status"], duration_ms=elapsed)
            await send(message)

        try:
            if fault is None:
                await self.app(scope, receive, recording_send)
            else:
                state.note(entry, fault=fault.kind)
                await self._apply(fault, scope, receive, recording_send, entry)
        finally:
            state.note(
                entry, status=answered.get("status"), duration_ms=round((time.perf_counter() - started) * 1000, 3)
            )

    async def _apply(self, fault: Fault, scope: Scope, receive: Receive, send: Send, entry: dict[str, Any]) -> None:
        opts = fault.options
        kind = fault.kind
        if kind == "delay":
            # Read a small body first, so that the request is still handled when the client gives
            # up during the delay (as a real server that already received it would).
            replay = await _buffer_body(receive, limit=1 << 20)
            await asyncio.sleep(float(opts.get("seconds", 1.0)))
            await self.app(scope, replay, send)
        elif kind == "hold":
            # Received, then held until the test releases it (Sandbox.release): a client's
            # timeout fires on a server that provably has not answered, whatever the load.
            replay = await _buffer_body(receive, limit=1 << 20)
            await _until_released(fault, float(opts.get("seconds", HOLD_LIMIT)))
            await self.app(scope, replay, send)
        elif kind == "status":
            status = int(opts.get(FAULT_STATUS, 503))
            await _drain(receive)
            code, message = _V2_FAULT_CODES.get(status, ("1000", "unknown error"))
            body = opts.get("body")
            if body is None:
                body = _v2_error(code, message)
            raw = body.encode() if isinstance(body, str) else json.dumps(body).encode()
            extra = []
            retry_after = opts.get("retry_after", "1" if status in (429, 503) else None)
            if retry_after is not None:
                extra.append((b"retry-after", str(retry_after).encode()))
            await _send_simple(send, status, raw, b"application/json", extra)
        elif kind == "html":
            status = int(opts.get(FAULT_STATUS, 502))
            await _drain(receive)
            html = _HTML.format(code=status, reason=_REASONS.get(status, "Error")).encode()
            await _send_simple(send, status, html, b"text/html", [])
        elif kind == "truncated_json":
            await self._truncated(scope, receive, send, bool(opts.get("handle", True)))
        elif kind == "drop_before":
            await abort_connection(scope)
        elif kind == "drop_after":
            handled: dict[str, Any] = {}

            async def swallow(message: Message) -> None:
                if message["type"] == "http.response.start":
                    handled["status"] = message["status"]

            await self.app(scope, receive, swallow)
            self.state.note(entry, handled_status=handled.get("status"))
            await abort_connection(scope)
        elif kind == "drop_during":
            await self._drop_during(scope, receive, send, opts.get("bytes"))

    async def _truncated(self, scope: Scope, receive: Receive, send: Send, handle: bool) -> None:
        """HTTP 200 whose body is the first half of a valid JSON body."""
        if not handle:
            await _drain(receive)
            full = json.dumps(_v2_error("1005", "server error"))
            raw = full.encode()
            await _send_simple(send, 200, raw[: len(raw) // 2], b"application/json", [])
            return
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(bytes(message.get("body", b"")))

        await self.app(scope, receive, capture)
        raw = b"".join(chunks)
        half = raw[: len(raw) // 2]
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(half)).encode()))
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": half, "more_body": False})

    async def _drop_during(self, scope: Scope, receive: Receive, send: Send, limit: Any) -> None:
        """Send the status line, the headers and the first `limit` body bytes (default: half the
        Content-Length), then drop the connection."""
        sent = 0
        budget: int | None = None if limit is None else int(limit)
        dropped = False

        async def partial(message: Message) -> None:
            nonlocal sent, budget, dropped
            if dropped:
                return
            if message["type"] == "http.response.start":
                if budget is None:
                    length = dict(message.get("headers", [])).get(b"content-length")
                    budget = int(length) // 2 if length else 0
                await send(message)
                return
            if message["type"] != "http.response.body":
                return
            body = bytes(message.get("body", b""))
            assert budget is not None
            take = body[: max(0, budget - sent)]
            if take:
                await send({"type": "http.response.body", "body": take, "more_body": True})
                sent += len(take)
            if sent >= budget or not message.get("more_body", False):
                dropped = True
                await abort_connection(scope, flush=True)

        await self.app(scope, receive, partial)
        if not dropped:
            await abort_connection(scope, flush=True)
