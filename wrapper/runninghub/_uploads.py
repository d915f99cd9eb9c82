"""Uploads: how a local file (path, bytes or binary file object) becomes an Upload.

Core.upload delegates here; the operation yields the same effects as every other one, so the
sync and the async client behave alike.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ._catalog import is_local_file, local_file_facts
from ._errors import APIError, InvalidParamsError
from ._types import Upload

if TYPE_CHECKING:
    from ._core import ByteProgress, Core, Op

log = logging.getLogger("runninghub")

UPLOAD_PATH = "/openapi/v2/media/upload/binary"
HASH_CHUNK = 1024 * 1024


class _TapReader:
    """A binary file that hashes what httpx streams from it and reports (bytes read, total)."""

    def __init__(self, raw: IO[bytes], total: int | None, callback: ByteProgress | None) -> None:
        self._raw, self._total, self._callback, self._done = raw, total, callback, 0
        self.hasher = hashlib.sha256()
        self.name = getattr(raw, "name", "upload")

    def read(self, size: int = -1) -> bytes:
        chunk = self._raw.read(size)
        self.hasher.update(chunk)
        self._done += len(chunk)
        if self._callback is not None:
            self._callback(self._done, self._total)
        return chunk

    def fileno(self) -> int:
        return self._raw.fileno()

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._raw.seek(offset, whence)

    def tell(self) -> int:
        return self._raw.tell()


def _files_factory(
    source: Any,
    file_name: str,
    on_progress: ByteProgress | None = None,
    size: int | None = None,
    taps: list[_TapReader] | None = None,
) -> Callable[[], tuple[dict[str, Any], list[IO[bytes]]]]:
    """Build multipart `files` afresh for each attempt; the file is streamed, never read whole.
    With `taps`, each attempt's reader is a _TapReader appended there (hash and progress)."""
    if on_progress is not None or taps is not None:
        inner = _files_factory(source, file_name)
        readers = taps if taps is not None else []

        def tapped() -> tuple[dict[str, Any], list[IO[bytes]]]:
            files, handles = inner()
            name, raw, mime = files["file"]
            readers.append(_TapReader(raw, size, on_progress))
            return {"file": (name, readers[-1], mime)}, handles

        return tapped
    if isinstance(source, os.PathLike):
        path = Path(source)

        def from_path() -> tuple[dict[str, Any], list[IO[bytes]]]:
            f = path.open("rb")
            return {"file": (file_name, f, "application/octet-stream")}, [f]

        return from_path
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)

        def from_bytes() -> tuple[dict[str, Any], list[IO[bytes]]]:
            return {"file": (file_name, io.BytesIO(data), "application/octet-stream")}, []

        return from_bytes
    fobj: IO[bytes] = source
    start = fobj.tell() if hasattr(fobj, "tell") else 0

    def from_file() -> tuple[dict[str, Any], list[IO[bytes]]]:
        fobj.seek(start)
        return {"file": (file_name, fobj, "application/octet-stream")}, []

    return from_file


def _sha256(source: Any) -> str:
    """sha256 of bytes, or of an open binary file from its position (the position is kept)."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return hashlib.sha256(source).hexdigest()
    h = hashlib.sha256()
    start = source.tell()
    for chunk in iter(lambda: source.read(HASH_CHUNK), b""):
        h.update(chunk)
    source.seek(start)
    return h.hexdigest()


def upload(core: Core, source: Any, file_name: str | None, on_progress: ByteProgress | None) -> Op[Upload]:
    """The operation behind Core.upload."""
    if isinstance(source, str):
        source = Path(source)
    if not is_local_file(source):
        raise InvalidParamsError(
            f"upload takes a path, bytes or a binary file, not {type(source).__name__}", field="file"
        )
    size, fmt, name = local_file_facts(source)
    # Dedupe before sending: a file on disk by (path, size, modification time), so a large
    # file is not read twice; bytes and open files by their sha256. Every upload's sha256 is
    # computed as it streams and remembered too, so the same content is sent once.
    if isinstance(source, os.PathLike):
        st = Path(source).stat()
        key: str | None = f"file:{os.path.realpath(source)}:{st.st_size}:{st.st_mtime_ns}"
    else:
        key = "sha256:" + _sha256(source)
    with core._uploads_lock:
        cached = core.uploads.get(key) if key else None
    if cached is not None:
        log.debug("upload of %s skipped: the same content was already uploaded", name or "data")
        return cached
    fname = file_name or name or f"upload.{fmt or 'bin'}"
    taps: list[_TapReader] = []
    files = _files_factory(source, fname, on_progress, size, taps)
    reply = yield from core.call(core.v2(UPLOAD_PATH, files=files))
    data = (reply.data or {}).get("data")
    data = data if isinstance(data, Mapping) else {}
    url, stored = data.get("download_url"), data.get("fileName")
    if not url and not stored:
        raise APIError("upload: the reply has neither download_url nor fileName", body=str(reply.data)[:500])
    digest = taps[-1].hasher.hexdigest() if taps else None
    result = Upload(
        url=url if isinstance(url, str) else None,
        file_name=stored if isinstance(stored, str) else None,
        size=size,
        sha256=digest,
        raw=dict(data),
    )
    with core._uploads_lock:
        for k in {key, f"sha256:{digest}" if digest else None} - {None}:
            core.uploads[k] = result  # type: ignore[index]
    return result
