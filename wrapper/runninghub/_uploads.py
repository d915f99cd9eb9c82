"""Uploads: how a local file (path, bytes or binary file object) becomes an Upload.

The rules (docs/uploads.md):
- only regular files are uploaded; a device, FIFO, directory, socket or an unseekable file
  object is refused with InvalidParamsError before anything is sent;
- an open file object uploads from its current position to its end, and is left at that
  position afterwards;
- the sha256 of the content is known before sending: a file on disk is hashed once per
  identity (device, inode, size, mtime, ctime, start), and the content is uploaded once per
  client (per sha256), whatever its path; concurrent callers of the same content wait for the
  one upload in flight (`Await`), in threads and in asyncio tasks alike;
- a file that grows, shrinks or is modified between the hash and the end of its upload is an
  UploadError, raised before the request is complete (the server never stores it);
- hashing and file reads run off the event loop in AsyncRunningHub (`Offload`, and the
  upload body's `aiter_chunks`).

Core.upload delegates here; the operation yields the same effects as every other one (plus the
two local effects defined here), so the sync and the async client behave alike.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import io
import logging
import os
import re
import secrets
import stat
import threading
from collections.abc import AsyncIterator, Callable, Generator, Hashable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Generic, TypeVar, cast

from ._catalog import is_local_file, local_file_facts
from ._effects import LocalEffect, Offload
from ._errors import APIError, APITimeoutError, InvalidParamsError, RunningHubError, UploadError
from ._types import Upload
from ._wire import MEDIA_UPLOAD, UPLOAD_ENVELOPE, UPLOAD_REQUEST

if TYPE_CHECKING:
    from ._core import Core
    from ._effects import ByteProgress, Op

log = logging.getLogger("runninghub")
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

READ_CHUNK = 1024 * 1024
INLINE_HASH_BYTES = 1024 * 1024
"""Bytes in memory up to this size are hashed inline; larger ones (and files) off the loop."""


# --------------------------------------------------------------------------- local effects
@dataclass(frozen=True)
class Await(LocalEffect):
    """Wait for work another caller has in flight (the same content's hash or upload), at
    most `timeout` seconds (what is left of the operation's budget)."""

    future: concurrent.futures.Future[Any]
    timeout: float | None = None

    def _late(self) -> APITimeoutError:
        return APITimeoutError("upload: the timeout passed while waiting for the same content's upload in flight")

    def sync(self) -> Any:
        try:
            return self.future.result(self.timeout)
        except concurrent.futures.TimeoutError:
            raise self._late() from None

    async def aio(self) -> Any:
        import asyncio

        # shield: a cancelled waiter must not cancel the shared future the others wait on
        try:
            return await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(self.future)), self.timeout)
        except TimeoutError:
            raise self._late() from None


def _positive(seconds: float | None) -> float | None:
    return None if seconds is None else max(0.0, seconds)


class _Abandoned(Exception):
    """Internal: the caller doing the work stopped for a reason of its own (cancelled, its
    progress callback raised); a waiter does the work itself instead."""


class OnceTable(Generic[K, V]):
    """Results by key, each computed once: concurrent callers of a key wait for the one in
    flight. Thread-safe; waiting is an `Await` effect, so it works for threads and asyncio."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._done: dict[K, V] = {}
        self._running: dict[K, concurrent.futures.Future[V]] = {}

    def get(self, key: K) -> V | None:
        with self._lock:
            return self._done.get(key)

    def __len__(self) -> int:
        with self._lock:
            return len(self._done)

    def after_fork(self) -> None:
        """In a child process: the work in flight was the parent's threads', which the child
        does not have; what is done stays."""
        self._lock = threading.Lock()
        self._running = {}

    def put(self, key: K, value: V) -> None:
        """Record a value computed elsewhere (the first one recorded stays)."""
        with self._lock:
            self._done.setdefault(key, value)

    def get_or_run(
        self, key: K, work: Callable[[], Op[V]], left: Callable[[], float | None] = lambda: None
    ) -> Op[tuple[V, bool]]:
        """(value, True when this call computed it); a waiter waits at most `left()` seconds."""
        while True:
            with self._lock:
                if key in self._done:
                    return self._done[key], False
                future = self._running.get(key)
                leader = future is None
                if future is None:
                    future = self._running[key] = concurrent.futures.Future()
            if not leader:
                try:
                    return (yield Await(future, _positive(left()))), False
                except _Abandoned:
                    continue  # the leader gave up for its own reasons: try again ourselves
            try:
                value = yield from work()
            except BaseException as exc:
                # A RunningHub error is the outcome for everyone waiting on the same content;
                # anything else (cancellation, a progress callback) is the leader's own.
                with self._lock:
                    del self._running[key]
                future.set_exception(exc if isinstance(exc, RunningHubError) else _Abandoned())
                raise
            with self._lock:
                self._done[key] = value
                del self._running[key]
            future.set_result(value)
            return value, True


Claim = tuple[str, Any]
"""("stream", ticket), ("wait", [(identity, future), ...]) or ("hash", None)."""


class UploadCache:
    """One client's upload state (shared by `with_options` copies): content hashes by file
    identity, uploads by content sha256, and the sizes uploaded or uploading.

    Content of a size this client has not uploaded (nor is uploading) cannot be a duplicate, so
    it is streamed at once and hashed as it goes (one read). Only content of a known size is
    hashed first, to look it up; a caller waits for uploads in flight of its size first, so two
    copies of new content uploaded at the same time still go once."""

    def __init__(self) -> None:
        self.digests: OnceTable[tuple[int, ...], str] = OnceTable()
        self.uploads: OnceTable[str, Upload] = OnceTable()
        self._lock = threading.Lock()
        self._sizes: set[int] = set()
        self._streaming: dict[int, list[tuple[tuple[int, ...] | None, concurrent.futures.Future[None]]]] = {}

    def after_fork(self) -> None:
        """In a child process (Core.after_fork): no upload of the parent's is in flight here."""
        self.digests.after_fork()
        self.uploads.after_fork()
        self._lock = threading.Lock()
        self._streaming = {}

    def known_digest(self, source: Source) -> str | None:
        identity = source.identity
        return self.digests.get(identity) if identity is not None else None

    def claim(self, source: Source) -> Claim:
        with self._lock:
            running = self._streaming.get(source.size)
            if running:
                return "wait", list(running)
            if source.size in self._sizes:
                return "hash", None
            ticket: concurrent.futures.Future[None] = concurrent.futures.Future()
            self._streaming[source.size] = [(source.identity, ticket)]
            return "stream", ticket

    def streamed(self, source: Source, ticket: concurrent.futures.Future[None], result: Upload | BaseException) -> None:
        """A single-pass upload ended: record it (or its failure) and wake those waiting on it."""
        if isinstance(result, Upload) and result.sha256:
            self.uploads.put(result.sha256, result)
            if source.identity is not None:
                self.digests.put(source.identity, result.sha256)
        with self._lock:
            if isinstance(result, Upload):
                self._sizes.add(source.size)
            self._streaming.pop(source.size, None)
        if isinstance(result, Upload):
            ticket.set_result(None)
        else:
            ticket.set_exception(result if isinstance(result, RunningHubError) else _Abandoned())


# --------------------------------------------------------------------------- sources
_FILE_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
)


def _kind(mode: int) -> str:
    return next((label for test, label in _FILE_KINDS if test(mode)), "not a regular file")


def _stamp(st: os.stat_result) -> tuple[int, int, int, int, int]:
    """What changes when a file's content may have changed (ctime cannot be set back)."""
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


@dataclass
class Source:
    """A checked upload source: exactly `size` bytes from `start`."""

    label: str  # for messages
    size: int
    start: int
    name: str | None
    fmt: str | None
    path: Path | None = None
    data: bytes | None = None
    fobj: IO[bytes] | None = None
    stamp: tuple[int, int, int, int, int] | None = None  # a file on disk, as checked

    @property
    def identity(self) -> tuple[int, ...] | None:
        """Hash-cache key: the same bytes on disk, unchanged; None when only hashing can tell."""
        return (*self.stamp, self.start) if self.stamp is not None else None


def _refuse(message: str) -> InvalidParamsError:
    return InvalidParamsError(f"upload: {message}", field=UPLOAD_REQUEST.file)


def _open_regular(path: Path) -> IO[bytes]:
    """Open a file for reading without blocking on a FIFO, and refuse anything not regular."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise _refuse(f"{path} is {_kind(mode)}; only regular files are uploaded")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def inspect_source(source: Any) -> Source:
    """Check an upload source before anything is sent (InvalidParamsError when it cannot be
    uploaded as it is) and measure it."""
    if isinstance(source, str):
        source = Path(source)
    if not is_local_file(source):
        raise _refuse(f"takes a path, bytes or a binary file, not {type(source).__name__}")
    if isinstance(source, os.PathLike):
        return _inspect_path(Path(source))
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        _, fmt, _ = local_file_facts(data)
        return Source("data", len(data), 0, None, fmt, data=data)
    return _inspect_file_object(source)


def _inspect_path(path: Path) -> Source:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise _refuse(f"no such file: {path}") from None
    except OSError as exc:
        raise _refuse(f"cannot read {path}: {exc.strerror}") from None
    if not stat.S_ISREG(st.st_mode):
        raise _refuse(f"{path} is {_kind(st.st_mode)}; only regular files are uploaded")
    try:
        _, fmt, name = local_file_facts(path)
    except OSError as exc:
        raise _refuse(f"cannot read {path}: {exc.strerror or exc}") from None
    return Source(str(path), st.st_size, 0, name, fmt, path=path, stamp=_stamp(st))


def _inspect_file_object(f: Any) -> Source:
    name = getattr(f, "name", None)
    label = repr(name) if isinstance(name, str) else type(f).__name__
    if isinstance(f, io.TextIOBase):
        raise _refuse(f"{label} is open in text mode; open it with 'rb'")
    if getattr(f, "closed", False):
        raise _refuse(f"{label} is closed")
    st: os.stat_result | None = None
    try:
        fd = f.fileno()
    except (AttributeError, OSError, ValueError):
        fd = None
    if isinstance(fd, int):
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _refuse(
                f"{label} is {_kind(st.st_mode)}; only regular files are uploaded (read a stream into bytes first)"
            )
    try:
        seekable = f.seekable() if hasattr(f, "seekable") else hasattr(f, "seek") and hasattr(f, "tell")
        start = f.tell() if seekable else None
    except (OSError, ValueError):
        seekable, start = False, None
    if not seekable or not isinstance(start, int):
        raise _refuse(f"{label} is not seekable; pass a path or bytes instead")
    if st is not None:
        size = max(0, st.st_size - start)
    else:
        end = f.seek(0, os.SEEK_END)
        f.seek(start)
        size = max(0, end - start)
    _, fmt, file_name = local_file_facts(f)
    return Source(label, size, start, file_name, fmt, fobj=f, stamp=_stamp(st) if st is not None else None)


class _Reader:
    """Reads exactly `source.size` bytes from its start, in chunks, and raises UploadError when
    the file is not what was checked (it shrank, grew or was modified)."""

    def __init__(self, source: Source, hasher: Any = None) -> None:
        self.source, self.hasher = source, hasher
        self._left = source.size
        self._own = source.path is not None
        if source.path is not None:
            self._f: IO[bytes] = _open_regular(source.path)
            self._check("changed since it was checked")
        elif source.fobj is not None:
            self._f = source.fobj
            self._f.seek(source.start)
        else:
            self._f = io.BytesIO(source.data or b"")

    def _changed(self, what: str) -> UploadError:
        return UploadError(f"upload: {self.source.label} {what}; nothing was stored, upload it again once it is stable")

    def _check(self, what: str) -> None:
        if self.source.stamp is not None and _stamp(os.fstat(self._f.fileno())) != self.source.stamp:
            raise self._changed(what)

    def chunk(self) -> bytes:
        """The next chunk; b"" at the end, once the file was found unchanged."""
        if self._left <= 0:
            if self.source.stamp is not None:
                self._check("changed while it was read (its size or modification time moved)")
            elif self.source.fobj is not None and self._f.read(1):
                raise self._changed("grew while it was read")
            return b""
        data = self._f.read(min(READ_CHUNK, self._left))
        if not data:
            done = self.source.size - self._left
            raise self._changed(f"shrank while it was read ({done} of {self.source.size} bytes)")
        self._left -= len(data)
        if self.hasher is not None:
            self.hasher.update(data)
        return data

    def close(self) -> None:
        if self._own:
            self._f.close()
        elif self.source.fobj is not None:
            self._f.seek(self.source.start)  # leave a caller's file where it was


def sha256_of(source: Source) -> str:
    """The sha256 of a source's bytes (blocking: reads the whole file once)."""
    if source.data is not None:
        return hashlib.sha256(source.data).hexdigest()
    h = hashlib.sha256()
    reader = _Reader(source)
    try:
        while chunk := reader.chunk():
            h.update(chunk)
    finally:
        reader.close()
    return h.hexdigest()


# --------------------------------------------------------------------------- the request body
_FORM_ESCAPES = {'"': "%22", "\\": "\\\\", **{chr(c): f"%{c:02X}" for c in range(0x20) if c != 0x1B}}
_FORM_ESCAPE_RE = re.compile("|".join(re.escape(c) for c in _FORM_ESCAPES))


def _form_quote(value: str) -> str:
    """A multipart parameter value, escaped as HTML5 forms (and httpx) do."""
    return _FORM_ESCAPE_RE.sub(lambda m: _FORM_ESCAPES[m.group(0)], value)


class _Body:
    """A multipart/form-data body with one `file` part: exactly the source's bytes, streamed.
    Iterated by httpx.Client; `aiter_chunks` for httpx.AsyncClient reads in a worker thread.
    The closing boundary is sent only after the file was found unchanged, so a file that
    changes mid-stream never arrives as a complete upload."""

    def __init__(
        self, source: Source, file_name: str, progress: ByteProgress | None, boundary: str, hash_it: bool
    ) -> None:
        self.source, self.progress = source, progress
        self.hasher = hashlib.sha256() if hash_it else None
        self.head = (
            f"--{boundary}\r\n"
            f'Content-Disposition: form-data; name="{UPLOAD_REQUEST.file}"; filename="{_form_quote(file_name)}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        self.tail = f"\r\n--{boundary}--\r\n".encode()
        self.length = len(self.head) + source.size + len(self.tail)
        self._reader: _Reader | None = None
        # What stopped this body (the file changed, on_progress raised): the driver reports it
        # as a failed request, the upload raises it as it is.
        self.failure: Exception | None = None

    def _report(self, done: int) -> None:
        if self.progress is not None:
            self.progress(done, self.source.size)

    def __iter__(self) -> Iterator[bytes]:
        self.close()
        try:
            reader = self._reader = _Reader(self.source, self.hasher)
            yield self.head
            done = 0
            while chunk := reader.chunk():
                yield chunk
                done += len(chunk)
                self._report(done)
        except Exception as exc:
            self.failure = exc
            raise
        yield self.tail

    async def aiter_chunks(self) -> AsyncIterator[bytes]:
        import asyncio

        self.close()
        try:
            reader = self._reader = await asyncio.to_thread(_Reader, self.source, self.hasher)
            yield self.head
            done = 0
            while chunk := await asyncio.to_thread(reader.chunk):
                yield chunk
                done += len(chunk)
                self._report(done)
        except Exception as exc:
            self.failure = exc
            raise
        yield self.tail

    def close(self) -> None:
        reader, self._reader = self._reader, None
        if reader is not None:
            reader.close()


# --------------------------------------------------------------------------- the operation
def _digest(cache: UploadCache, source: Source, left: Callable[[], float | None]) -> Op[str]:
    """The sha256 of a source, hashed at most once per file identity (off the event loop)."""
    if source.data is not None and source.size <= INLINE_HASH_BYTES:
        return sha256_of(source)

    def work() -> Generator[Any, Any, str]:
        digest: str = yield Offload(lambda: sha256_of(source))
        return digest

    identity = source.identity
    if identity is None:
        return (yield from work())
    digest, _ = yield from cache.digests.get_or_run(identity, work, left)
    return digest


def _send(
    core: Core,
    source: Source,
    file_name: str,
    digest: str | None,
    progress: ByteProgress | None,
    deadline: float | None,
) -> Op[Upload]:
    """One upload request (retried by the usual rules); without `digest`, the body hashes what
    it sends."""
    send = core.request("upload_media")  # the route and auth style from the generated layer
    boundary = secrets.token_hex(16)

    bodies: list[_Body] = []

    def content() -> tuple[IO[bytes], list[IO[bytes]]]:
        bodies.append(_Body(source, file_name, progress, boundary, digest is None))
        return cast("IO[bytes]", bodies[-1]), [cast("IO[bytes]", bodies[-1])]

    first = _Body(source, file_name, progress, boundary, False)  # the same length for every attempt
    # in place: the headers object may carry what the driver adds at the last moment
    send.headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
    send.headers["Content-Length"] = str(first.length)
    send.content = content
    try:
        reply = yield from core.call(send, deadline=deadline)
    except RunningHubError:
        failure = bodies[-1].failure if bodies else None
        if failure is not None:  # not a failed request: the file changed, or on_progress raised
            raise failure from None
        raise
    data = (reply.data or {}).get(UPLOAD_ENVELOPE.data)
    data = data if isinstance(data, Mapping) else {}
    url, stored = data.get(MEDIA_UPLOAD.download_url), data.get(MEDIA_UPLOAD.file_name)
    if not url and not stored:
        raise APIError(
            f"upload: the reply has neither {MEDIA_UPLOAD.download_url} nor {MEDIA_UPLOAD.file_name}",
            body=core.redact(str(reply.data))[:500],
        )
    if digest is None:
        hasher = bodies[-1].hasher
        assert hasher is not None
        digest = hasher.hexdigest()
    log.debug("uploaded %s (%d bytes, sha256 %s)", source.label, source.size, digest[:12])
    return Upload(
        url=url if isinstance(url, str) else None,
        file_name=stored if isinstance(stored, str) else None,
        size=source.size,
        sha256=digest,
        raw=dict(data),
    )


def upload(
    core: Core,
    source: Any,
    file_name: str | None,
    on_progress: ByteProgress | None,
    deadline: float | None = None,
) -> Op[Upload]:
    """The operation behind Core.upload: check, then upload once per content sha256 for this
    client (UploadCache says when the content must be hashed first). `deadline` (on
    core.clock) bounds the requests and any wait for another caller's upload."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        checked = inspect_source(source)
    else:  # a path or a file: stat and a peek at its head, off the event loop
        checked = yield Offload(lambda: inspect_source(source))
    cache: UploadCache = core.uploads

    def left() -> float | None:
        return core.budget_left(deadline)

    name = file_name or checked.name or f"upload.{checked.fmt or 'bin'}"
    while True:
        digest = cache.known_digest(checked)
        if digest is not None:
            break
        kind, claim = cache.claim(checked)
        if kind == "hash":
            digest = yield from _digest(cache, checked, left)
            break
        if kind == "wait":
            for identity, future in claim:
                try:
                    yield Await(future, _positive(left()))
                except _Abandoned:
                    pass
                except RunningHubError:
                    if identity is not None and identity == checked.identity:
                        raise  # the same file's upload failed: that is this call's outcome too
            continue
        try:  # "stream": new content (no upload of its size): one pass, hashed as it goes
            result = yield from _send(core, checked, name, None, on_progress, deadline)
        except BaseException as exc:
            cache.streamed(checked, claim, exc)
            raise
        cache.streamed(checked, claim, result)
        return result
    result, sent = yield from cache.uploads.get_or_run(
        digest, lambda: _send(core, checked, name, digest, on_progress, deadline), left
    )
    if not sent:
        log.debug("upload of %s skipped: the same content was already uploaded", checked.label)
        if on_progress is not None:
            on_progress(checked.size, checked.size)
    return result
