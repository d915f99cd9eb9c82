"""The effect contract between the operations and the drivers.

An operation (`Op`) is a generator that yields effects: `Send` (one HTTP request, answered with an
`httpx.Response` or an exception thrown back in), `Sleep`, `Fetch` (stream a URL into a file,
through its `Files`, answered with `Fetched`) and local effects (`LocalEffect`: `Offload`, a
blocking call such as hashing or a filesystem step, run off the event loop under asyncio;
`Shielded`, one that a cancellation does not cut short;
`Background`, one nothing waits for; an upload's wait for another; the live channel).
`advance` and `scrub` are what both drivers (`_sync_driver.run_sync`,
`_async_driver.run_async`) share.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, TypeVar

import httpx

from ._bounded import DEFAULT_MAX_DOWNLOAD_BYTES, DEFAULT_MAX_REPLY_BYTES
from ._files import LOCAL_FILES, Files

T = TypeVar("T")


# --------------------------------------------------------------------------- effects
ByteProgress = Callable[[int, int | None], None]
"""Called with (bytes transferred so far, total bytes or None when unknown)."""


@dataclass
class Send:
    """Send one request; the driver answers with the httpx.Response (body read, at most
    `max_bytes` decoded, within `budget` seconds when set). With `auth`, the driver adds the
    Authorization header itself at the last moment; Secret values in `json`/`params` are
    revealed there too, so no Send (nor its repr) holds the key's text."""

    method: str
    url: str
    headers: dict[str, str]
    json: Any = None
    params: dict[str, Any] | None = None
    files: Callable[[], tuple[dict[str, Any], list[IO[bytes]]]] | None = None  # re-opened per attempt
    timeout: httpx.Timeout | None = None
    # a raw body streamed from a binary file (a LoRA PUT), re-opened per attempt
    content: Callable[[], tuple[IO[bytes], list[IO[bytes]]]] | None = None
    budget: float | None = None  # seconds left of the operation's timeout, requests in flight included
    max_bytes: int = DEFAULT_MAX_REPLY_BYTES


class LocalEffect:
    """An effect carried out without the network: `sync()` in the sync driver, `aio()` in the
    async one. The driver sends back the return value or throws the exception in."""

    def sync(self) -> Any:
        raise NotImplementedError

    async def aio(self) -> Any:
        raise NotImplementedError


@dataclass(frozen=True)
class Offload(LocalEffect):
    """Run a blocking call (hashing a file, a filesystem step): inline in the sync driver, in a
    worker thread under asyncio, so the event loop stays free."""

    fn: Callable[[], Any]

    def sync(self) -> Any:
        return self.fn()

    async def aio(self) -> Any:
        import asyncio  # here, not at module level: a blocking client never loads asyncio

        return await asyncio.to_thread(self.fn)


@dataclass(frozen=True)
class Shielded(Offload):
    """An Offload that, once begun, ends before a cancellation reaches the operation (under
    asyncio the cancel waits for the worker thread): a batch's ledger write that records a task
    id or a result lands before the run's end releases its jobs."""

    async def aio(self) -> Any:
        import asyncio

        work = asyncio.ensure_future(asyncio.to_thread(self.fn))
        try:
            return await asyncio.shield(work)
        except asyncio.CancelledError:
            await asyncio.wait([work])
            raise


@dataclass(frozen=True)
class Background(LocalEffect):
    """Start a blocking call whose result nothing waits for (an update of the run-time cache
    file): inline in the sync driver; under asyncio in a worker thread, not awaited, so no
    cancellation can fall between a task's creation and the operation returning it. It never
    raises into the operation (a created task must still be returned): a failure is logged."""

    fn: Callable[[], None]

    def _run(self) -> None:
        try:
            self.fn()
        except Exception as exc:  # nobody awaits it: say so rather than lose it silently
            logging.getLogger("runninghub").warning("background file update failed: %s", exc)

    def sync(self) -> None:
        self._run()

    async def aio(self) -> None:
        import asyncio

        try:
            asyncio.get_running_loop().run_in_executor(None, self._run)
        except RuntimeError:  # the loop's executor is shut down already: do it now
            self._run()


@dataclass
class Sleep:
    seconds: float


@dataclass
class Fetch:
    """Stream `url` into `dest` (appending from `offset` when the server honours Range),
    written through `files` (the asyncio driver calls it off the event loop)."""

    url: str
    dest: Path
    offset: int = 0
    timeout: httpx.Timeout | None = None
    progress: ByteProgress | None = None
    budget: float | None = None
    max_bytes: int = DEFAULT_MAX_DOWNLOAD_BYTES
    files: Files = LOCAL_FILES


@dataclass
class Fetched:
    status_code: int
    expected: int | None  # total length, when the server said
    written: int  # bytes now in dest


class FetchStatusError(Exception):
    def __init__(self, status_code: int, retry_after: float | None) -> None:
        super().__init__(f"HTTP {status_code}")
        self.status_code = status_code
        self.retry_after = retry_after


Effect = Send | Sleep | Fetch | LocalEffect
Op = Generator[Effect, Any, T]


def advance(op: Op[T], value: Any, error: BaseException | None) -> tuple[bool, Any]:
    """One step of an operation: (True, its result) when it finished, else (False, the next
    effect). `error` is thrown into it, else `value` is sent."""
    try:
        return False, (op.throw(error) if error is not None else op.send(value))
    except StopIteration as stop:
        return True, stop.value


def scrub(exc: BaseException) -> BaseException:
    """Drop the tracebacks of a driver failure and of its chain: the frames inside httpx hold
    the request headers (the key) as locals, which a crash reporter would record. A callback's
    own exception keeps its traceback."""
    seen: set[int] = set()
    item: BaseException | None = exc
    while item is not None and id(item) not in seen:
        seen.add(id(item))
        if not getattr(item, "_runninghub_user", False):
            item.__traceback__ = None
        item = item.__cause__ or item.__context__
    return exc
