"""Running the sandbox: in a background thread (`Sandbox`), in the foreground (`serve`), or
from the command line (`main`)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from .._spec import load_spec
from ._app import build_app
from ._asgi import CONNECTIONS, connection_key
from ._specindex import SpecIndex
from ._state import FAULT_KINDS, MB, Fault, SandboxConfig, SandboxState, check_settings


class SandboxH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, plus a registry of live connections so that fault injection can
    drop one (see `_asgi.abort_connection`)."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._sandbox_key = connection_key(self.server, self.client)
        CONNECTIONS[self._sandbox_key] = self

    def connection_lost(self, exc: Exception | None) -> None:
        CONNECTIONS.pop(getattr(self, "_sandbox_key", None), None)  # type: ignore[arg-type]
        super().connection_lost(exc)

    def is_disconnected(self) -> bool:
        return self.cycle is None or self.cycle.disconnected


class _Server(uvicorn.Server):
    """uvicorn's server, woken at once by `stop()` instead of at its next 0.1 s tick."""

    _wake: asyncio.Event | None = None
    _loop: asyncio.AbstractEventLoop | None = None

    async def main_loop(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        counter = 0
        should_exit = await self.on_tick(counter)
        while not should_exit:
            counter = (counter + 1) % 864000
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), 0.1)
            should_exit = await self.on_tick(counter)

    def wake(self) -> None:
        self.should_exit = True
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None:
            with contextlib.suppress(RuntimeError):  # the loop already closed
                loop.call_soon_threadsafe(wake.set)


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY on accepted sockets only when proto is TCP
    # (with proto 0, every reply waits ~40 ms for a delayed ACK).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    return sock


def _base_url(host: str, port: int) -> str:
    if host in ("0.0.0.0", ""):  # noqa: S104 - only used to print a reachable address
        host = "127.0.0.1"
    elif host == "::":
        host = "::1"
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def _ws_protocol() -> str:
    """uvicorn's WebSocket implementation for the netWssUrl channel: the sans-I/O one where this
    uvicorn has it (0.35+), else the classic one; "none" without the `websockets` package."""
    from uvicorn.config import WS_PROTOCOLS

    from .._extras import has_extra

    if not has_extra("live"):
        return "none"
    return "websockets-sansio" if "websockets-sansio" in WS_PROTOCOLS else "websockets"


def _uvicorn_config(app: Any, log_level: str) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        http=SandboxH11Protocol,
        ws=_ws_protocol(),  # the netWssUrl channel (_ws_routes.py)
        lifespan="on",
        loop="asyncio",
        log_level=log_level,
        access_log=False,
        timeout_graceful_shutdown=2,
    )


class Sandbox:
    """A local RunningHub server, running in a background thread.

    >>> with Sandbox(api_key="sandbox-key", task_duration=1.0) as sb:
    ...     sb.base_url  # http://127.0.0.1:<free port>

    Settings are those of `SandboxConfig` (task_duration, output_size, fail_marker,
    max_upload_bytes, concurrency_limit, ...); `sb.config` can be changed while it runs.
    """

    def __init__(
        self,
        api_key: str = "sandbox-key",
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        task_duration: float = 2.0,
        output_size: int = 0,
        fail_marker: str = "[[fail]]",
        max_upload_bytes: int = 30 * MB,
        concurrency_limit: int = 50,
        workdir: str | Path | None = None,
        public_url: str | None = None,
        log_level: str = "warning",
        spec: dict[str, Any] | None = None,
        **settings: Any,
    ) -> None:
        self.public_url = public_url
        self._initial = SandboxConfig(
            api_key=api_key,
            task_duration=task_duration,
            output_size=output_size,
            fail_marker=fail_marker,
            max_upload_bytes=max_upload_bytes,
            concurrency_limit=concurrency_limit,
            **settings,
        )
        check_settings(dict(vars(self._initial)))  # before anything is bound or created
        self.host = host
        self.port = port
        self.log_level = log_level
        self._spec = spec
        self._workdir_arg = Path(workdir) if workdir is not None else None
        self._owns_workdir = workdir is None
        self._state: SandboxState | None = None
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.base_url = ""
        self.startup_seconds = 0.0

    # --- lifecycle -------------------------------------------------------------------------

    def start(self) -> Sandbox:
        """Bind, start the server thread and wait until it accepts connections."""
        if self._thread is not None:
            raise RuntimeError("this sandbox is already running")
        started = time.perf_counter()
        sock = _bind(self.host, self.port)
        self.port = sock.getsockname()[1]
        self.base_url = (self.public_url or _base_url(self.host, self.port)).rstrip("/")
        workdir = self._workdir_arg or Path(tempfile.mkdtemp(prefix="runninghub-sandbox-"))
        self.workdir = workdir
        index = SpecIndex(self._spec if self._spec is not None else load_spec())
        self._state = SandboxState(dataclasses.replace(self._initial), workdir, self.base_url)
        server = _Server(_uvicorn_config(build_app(self._state, index), self.log_level))
        self._server = server
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name=f"runninghub-sandbox-{self.port}", daemon=True
        )
        self._thread.start()
        while not server.started:
            if not self._thread.is_alive():
                sock.close()
                raise RuntimeError("the sandbox server failed to start (see the log above)")
            time.sleep(0.001)
        self.startup_seconds = time.perf_counter() - started
        return self

    def stop(self) -> None:
        """Stop the server, wait for its thread, and delete its work dir (if it made one)."""
        if self._state is not None:
            self._state.release_holds()  # a held request would keep the server from shutting down
        if self._server is not None:
            self._server.wake()
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server = None
        self._thread = None
        if self._owns_workdir and self._state is not None:
            shutil.rmtree(self._state.workdir, ignore_errors=True)

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # --- state -----------------------------------------------------------------------------

    @property
    def state(self) -> SandboxState:
        if self._state is None:
            raise RuntimeError("the sandbox is not running: use `with Sandbox() as sb:` or sb.start()")
        return self._state

    @property
    def config(self) -> SandboxConfig:
        """The live settings (changes apply to the next request)."""
        return self.state.config

    @property
    def api_key(self) -> str:
        return self.state.config.api_key

    def configure(self, **changes: Any) -> SandboxConfig:
        """Change settings, such as `sb.configure(task_duration=0.1)`; `reset()` restores them."""
        return self.state.configure(**changes)

    def reset(self) -> None:
        """Forget tasks, uploads, webhook events, faults and the journal; restore the settings."""
        self.state.reset()

    def inject_fault(self, path: str, kind: str, count: int = 1, *, method: str | None = None, **options: Any) -> Fault:
        """Make the next `count` requests whose path matches `path` misbehave.

        `path` is a glob (fnmatch, matched against the whole path, e.g. "/openapi/v2/*"), or a
        regular expression prefixed with "re:" (searched in the path). Kinds and options:
        status (status=429|500|502|503, retry_after=...), html (status=502), truncated_json
        (handle=True), delay (seconds=...), drop_before, drop_after, drop_during (bytes=...),
        hold (the request waits until `release()`; seconds=60 at most).
        """
        return self.state.add_fault(path, kind, count, method, **options)

    def release(self) -> None:
        """Let the requests that "hold" faults caught go on (handled now, answered if the client
        still listens)."""
        self.state.release_holds()

    def start_task(self, task_id: str) -> None:
        """Move a QUEUED task to RUNNING now (KeyError for an unknown task)."""
        self.state.start_task(self._task(task_id))

    def end_task(self, task_id: str) -> None:
        """End a QUEUED or RUNNING task now: SUCCESS, or FAILED if its request held the fail marker."""
        self.state.end_task(self._task(task_id))

    def _task(self, task_id: str) -> Any:
        task = self.state.get_task(task_id)
        if task is None:
            raise KeyError(task_id)
        return task

    def clear_faults(self) -> None:
        self.state.clear_faults()

    @property
    def faults(self) -> list[dict[str, Any]]:
        """Faults not used up yet."""
        return self.state.list_faults()

    @property
    def journal(self) -> list[dict[str, Any]]:
        """A copy of every request received since the last reset (oldest first)."""
        return self.state.journal_copy()

    @property
    def tasks_created(self) -> int:
        """How many tasks were created since the last reset."""
        with self.state.lock:
            return len(self.state.tasks)

    def task_records(self) -> list[dict[str, Any]]:
        """One dict per task created since the last reset: task_id, path, api, output_kind,
        status, body (the request, API key removed, long strings shortened), webhook_url, price
        (decimal text, charged if it succeeds), created_at and ended_at (epoch seconds; ended_at
        is when it ends or was cancelled)."""
        return self.state.task_records()

    def task_status(self, task_id: str) -> str | None:
        """The status a query would report now, or None for an unknown task."""
        task = self.state.get_task(task_id)
        return None if task is None else task.status(time.monotonic())

    def file_path(self, url: str) -> Path:
        """The file on disk behind a URL the sandbox handed out (an output or an upload)."""
        path = urlsplit(url).path
        if not path.startswith("/files/"):
            raise ValueError(f"not a sandbox file URL: {url}")
        return self.state.files_dir / path[len("/files/") :]

    def __repr__(self) -> str:
        return f"Sandbox(base_url={self.base_url!r})"


def serve(
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    api_key: str = "sandbox-key",
    workdir: str | Path | None = None,
    public_url: str | None = None,
    log_level: str = "info",
    spec: dict[str, Any] | None = None,
    **settings: Any,
) -> None:
    """Run the sandbox in the foreground until interrupted (Ctrl+C). `public_url` is the base
    of the file URLs it hands out (default: http://<host>:<port>)."""
    config = SandboxConfig(api_key=api_key, **settings)
    sock = _bind(host, port)
    base_url = (public_url or _base_url(host, sock.getsockname()[1])).rstrip("/")
    own = workdir is None
    root = Path(workdir) if workdir is not None else Path(tempfile.mkdtemp(prefix="runninghub-sandbox-"))
    try:
        state = SandboxState(config, root, base_url)
        app = build_app(state, SpecIndex(spec if spec is not None else load_spec()))
        server = uvicorn.Server(_uvicorn_config(app, log_level))
        sock.listen(2048)
        print(f"RunningHub sandbox: {base_url}", flush=True)
        print(f"API key: {'(any)' if config.accept_any_key else api_key}", flush=True)
        print(f"Control: {base_url}/__sandbox/journal  (faults, reset, config)", flush=True)
        server.run(sockets=[sock])
    finally:
        sock.close()
        if own:
            shutil.rmtree(root, ignore_errors=True)


def _size(text: str) -> int:
    """A byte count such as 30MB, 200M, 512k or 1024."""
    units = {"k": 1024, "m": MB, "g": 1024 * MB}
    t = text.strip().lower().removesuffix("b").removesuffix("i")
    if t and t[-1] in units:
        return int(float(t[:-1]) * units[t[-1]])
    return int(t)


def build_parser(prog: str = "python -m runninghub.sandbox") -> argparse.ArgumentParser:
    d = SandboxConfig()
    p = argparse.ArgumentParser(prog=prog, description="Run a local RunningHub server (the sandbox).")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    p.add_argument("--api-key", default=d.api_key, help=f"the key clients must send (default {d.api_key})")
    p.add_argument("--accept-any-key", action="store_true", help="accept any non-empty key")
    p.add_argument("--task-duration", type=float, default=d.task_duration, help="seconds from submit to end")
    p.add_argument("--queued-fraction", type=float, default=d.queued_fraction, help="share of it spent QUEUED")
    p.add_argument("--output-size", type=_size, default=d.output_size, help="pad output files to this size")
    p.add_argument("--fail-marker", default=d.fail_marker, help="text that makes a task fail")
    p.add_argument("--max-upload-bytes", type=_size, default=d.max_upload_bytes, help="largest upload (30MB)")
    p.add_argument("--concurrency-limit", type=int, default=d.concurrency_limit, help="most tasks at once")
    p.add_argument("--workdir", default=None, help="where files go (default: a temporary dir)")
    p.add_argument("--public-url", default=None, help="base of the file URLs handed out (default: the address)")
    p.add_argument("--webhook-loopback-only", action="store_true", help="deliver webhooks to loopback hosts only")
    p.add_argument(
        "--pricing-file", default=None, help="RunningHub's public pricing summary (JSON), to price model tasks by rule"
    )
    p.add_argument("--task-cost", type=float, default=d.task_cost, help="flat price of a task without a rule")
    p.add_argument("--balance", type=float, default=d.balance, help="starting account balance")
    p.add_argument("--max-body-bytes", type=_size, default=d.max_body_bytes, help="largest JSON request body (8MB)")
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    return p


def main(argv: Sequence[str] | None = None, prog: str = "python -m runninghub.sandbox") -> int:
    """`python -m runninghub.sandbox [--port 8000] [--api-key KEY] [--task-duration S] ...`"""
    args = build_parser(prog).parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        serve(
            host=args.host,
            port=args.port,
            api_key=args.api_key,
            workdir=args.workdir,
            public_url=args.public_url,
            log_level=args.log_level,
            webhook_loopback_only=args.webhook_loopback_only,
            accept_any_key=args.accept_any_key,
            task_duration=args.task_duration,
            queued_fraction=args.queued_fraction,
            output_size=args.output_size,
            fail_marker=args.fail_marker,
            max_upload_bytes=args.max_upload_bytes,
            concurrency_limit=args.concurrency_limit,
            pricing_file=args.pricing_file,
            task_cost=args.task_cost,
            balance=args.balance,
            max_body_bytes=args.max_body_bytes,
        )
    return 0


__all__ = ["FAULT_KINDS", "Sandbox", "SandboxH11Protocol", "build_parser", "main", "serve"]
