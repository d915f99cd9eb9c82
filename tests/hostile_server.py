"""A loopback HTTP server that answers anything, scripted per request (stdlib only).

Each request is answered by the next queued action (the last one repeats), written straight to
the socket, so replies no well-behaved server would send are possible: bodies trickling in a
byte at a time, deep JSON, a Content-Encoding that does not decode, redirect loops,
contradictory replies, Retry-After, HTML.

    with HostileServer() as server:
        server.script(json_reply({...}), trickle(b"{...}", every=0.2))
        client = RunningHub("key", base_url=server.url)
        server.requests  # [Request(method, path, headers, body, answered), ...]
"""

from __future__ import annotations

import gzip
import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Action = Callable[[socket.socket, "Request"], None]


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    answered: bool = False  # the action sent all of its reply (a trickle: its last byte)


def _head(status: int, headers: dict[str, str], length: int | None) -> bytes:
    lines = [f"HTTP/1.1 {status} X"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def raw(status: int, body: bytes, headers: dict[str, str] | None = None) -> Action:
    def act(conn: socket.socket, request: Request) -> None:
        conn.sendall(_head(status, headers or {}, len(body)) + body)

    return act


def json_reply(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Action:
    return raw(status, json.dumps(data).encode(), {"Content-Type": "application/json", **(headers or {})})


def trickle(body: bytes, every: float, status: int = 200) -> Action:
    """Headers at once, then the body one byte every `every` seconds."""

    def act(conn: socket.socket, request: Request) -> None:
        conn.sendall(_head(status, {"Content-Type": "application/json"}, len(body)))
        for i in range(len(body)):
            time.sleep(every)
            conn.sendall(body[i : i + 1])

    return act


def trickle_head(body: bytes, every: float, status: int = 200) -> Action:
    """The status line and headers one byte every `every` seconds (then the body at once): a
    reply whose every socket read succeeds in time, and that never finishes."""

    def act(conn: socket.socket, request: Request) -> None:
        head = _head(status, {"Content-Type": "application/json"}, len(body))
        for i in range(len(head)):
            time.sleep(every)
            conn.sendall(head[i : i + 1])
        conn.sendall(body)

    return act


def deep_json(depth: int = 100_000) -> Action:
    return raw(200, b"[" * depth + b"]" * depth, {"Content-Type": "application/json"})


def gzipped(data: bytes, status: int = 200, headers: dict[str, str] | None = None) -> Action:
    return raw(status, gzip.compress(data, compresslevel=1), {"Content-Encoding": "gzip", **(headers or {})})


def corrupt_gzip() -> Action:
    return raw(200, b"this is not gzip at all", {"Content-Type": "application/json", "Content-Encoding": "gzip"})


def redirect_loop() -> Action:
    def act(conn: socket.socket, request: Request) -> None:
        conn.sendall(_head(302, {"Location": request.path}, 0))

    return act


def html(status: int = 200) -> Action:
    return raw(status, b"<html><body>busy</body></html>", {"Content-Type": "text/html"})


def drop() -> Action:
    """Read the request, answer nothing, close."""

    def act(conn: socket.socket, request: Request) -> None:
        conn.shutdown(socket.SHUT_RDWR)

    return act


class HostileServer:
    def __init__(self) -> None:
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self.requests: list[Request] = []
        self._actions: list[Action] = [raw(500, b"no action scripted")]
        self._served = 0
        self._lock = threading.Lock()
        self._open = True
        threading.Thread(target=self._serve, daemon=True).start()

    def script(self, *actions: Action) -> None:
        with self._lock:
            self._actions = list(actions)
            self._served = 0
            self.requests.clear()

    def count(self, path_part: str) -> int:
        return sum(1 for r in self.requests if path_part in r.path)

    def _serve(self) -> None:
        while self._open:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            try:
                request = _read_request(conn)
                if request is None:
                    return
                with self._lock:
                    self.requests.append(request)
                    action = self._actions[min(self._served, len(self._actions) - 1)]
                    self._served += 1
                action(conn, request)
                request.answered = True
            except OSError:
                pass

    def close(self) -> None:
        self._open = False
        self._sock.close()

    def __enter__(self) -> HostileServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _read_request(conn: socket.socket) -> Request | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    length = int(headers.get("content-length") or 0)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return Request(method, path, headers, body)
