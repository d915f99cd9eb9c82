"""Streaming multipart/form-data reader (python-multipart's parser, fed chunk by chunk).

File parts go straight to a temporary file in the sandbox's work dir while their SHA-256 is
computed, so an upload of any size costs flat memory and one disk write. A file part larger than
the limit stops being written (it is still read to the end, so the client gets a clean answer).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from python_multipart.multipart import MultipartParser, parse_options_header

MAX_FIELD_BYTES = 1 << 20  # non-file fields (apiKey, fileType, ...) are small


class MultipartError(ValueError):
    """The body is not valid multipart/form-data."""


class MultipartTooLarge(MultipartError):
    """The whole body is over the total limit (many parts, or one with a lying length)."""


@dataclass
class UploadedPart:
    field: str
    filename: str
    content_type: str
    size: int = 0
    sha256: str = ""
    path: Path | None = None  # None once the part went over the limit (nothing kept)
    too_large: bool = False


@dataclass
class Form:
    fields: dict[str, str] = field(default_factory=dict)
    files: list[UploadedPart] = field(default_factory=list)
    bytes_read: int = 0

    def discard(self) -> None:
        """Delete the temporary files."""
        for part in self.files:
            if part.path is not None:
                part.path.unlink(missing_ok=True)
                part.path = None


class _Reader:
    def __init__(self, tmp_dir: Path, max_file_bytes: int) -> None:
        self.tmp_dir = tmp_dir
        self.max_file_bytes = max_file_bytes
        self.form = Form()
        self._header_name = b""
        self._header_value = b""
        self._disposition = b""
        self._content_type = b""
        self._field: str | None = None
        self._field_data = bytearray()
        self._part: UploadedPart | None = None
        self._file: IO[bytes] | None = None
        self._hash: Any = None

    def on_part_begin(self) -> None:
        self._disposition = b""
        self._content_type = b""
        self._field = None
        self._field_data = bytearray()
        self._part = None

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def on_header_end(self) -> None:
        name = self._header_name.lower()
        if name == b"content-disposition":
            self._disposition = self._header_value
        elif name == b"content-type":
            self._content_type = self._header_value
        self._header_name = b""
        self._header_value = b""

    def on_headers_finished(self) -> None:
        _, options = parse_options_header(self._disposition)
        if b"name" not in options:
            raise MultipartError('a part has no Content-Disposition "name"')
        name = options[b"name"].decode("utf-8", "replace")
        if b"filename" in options:
            part = UploadedPart(
                field=name,
                filename=options[b"filename"].decode("utf-8", "replace"),
                content_type=self._content_type.decode("latin-1"),
            )
            fd, tmp = tempfile.mkstemp(dir=self.tmp_dir, prefix="upload-", suffix=".part")
            part.path = Path(tmp)
            self._file = os.fdopen(fd, "wb")
            self._hash = hashlib.sha256()
            self._part = part
            self.form.files.append(part)
        else:
            self._field = name

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        piece = data[start:end]
        part = self._part
        if part is None:
            if len(self._field_data) + len(piece) > MAX_FIELD_BYTES:
                raise MultipartError(f"field {self._field!r} is too large")
            self._field_data += piece
            return
        part.size += len(piece)
        if part.too_large:
            return
        if part.size > self.max_file_bytes:
            self._close_file()
            part.too_large = True
            if part.path is not None:
                part.path.unlink(missing_ok=True)
                part.path = None
            return
        assert self._file is not None
        self._file.write(piece)
        self._hash.update(piece)

    def on_part_end(self) -> None:
        if self._part is not None:
            if not self._part.too_large:
                self._part.sha256 = self._hash.hexdigest()
            self._close_file()
            self._part = None
        elif self._field is not None:
            self.form.fields.setdefault(self._field, self._field_data.decode("utf-8", "replace"))

    def _close_file(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def abort(self) -> None:
        self._close_file()
        self.form.discard()


async def read_multipart(
    content_type: str,
    stream: AsyncIterator[bytes],
    tmp_dir: Path,
    max_file_bytes: int,
    max_total_bytes: int | None = None,
) -> Form:
    """Read a multipart body from `stream`; MultipartError when it is malformed,
    MultipartTooLarge once more than `max_total_bytes` arrived (every temporary file is deleted
    on either error)."""
    ctype, params = parse_options_header(content_type)
    if ctype != b"multipart/form-data" or b"boundary" not in params:
        raise MultipartError("expected multipart/form-data with a boundary")
    reader = _Reader(tmp_dir, max_file_bytes)
    parser = MultipartParser(
        params[b"boundary"],
        {
            "on_part_begin": reader.on_part_begin,
            "on_part_data": reader.on_part_data,
            "on_part_end": reader.on_part_end,
            "on_header_field": reader.on_header_field,
            "on_header_value": reader.on_header_value,
            "on_header_end": reader.on_header_end,
            "on_headers_finished": reader.on_headers_finished,
        },
    )
    try:
        async for chunk in stream:
            reader.form.bytes_read += len(chunk)
            if max_total_bytes is not None and reader.form.bytes_read > max_total_bytes:
                raise MultipartTooLarge(f"body over {max_total_bytes} bytes")
            parser.write(chunk)
        parser.finalize()
        if reader._part is not None or any(not p.sha256 and not p.too_large for p in reader.form.files):
            raise MultipartError("the body ended inside a part")
    except MultipartError:
        reader.abort()
        raise
    except Exception as exc:  # python-multipart raises its own error types
        reader.abort()
        raise MultipartError(str(exc) or type(exc).__name__) from exc
    finally:
        reader._close_file()
    return reader.form
