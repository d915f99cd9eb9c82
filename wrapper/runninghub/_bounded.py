"""Reading a reply body within bounds: a size cap (after decoding) and a wall-clock deadline.

Replies are untrusted: a reply may be huge, a gzip bomb, trickle in a byte at a time, or carry a
Content-Encoding that does not decode. Both drivers read raw bytes through `BodyDecoder`
(gzip/deflate inflated here, in steps no larger than what the cap still allows) and check the
deadline between chunks, so neither memory nor time is at the server's mercy.
"""

from __future__ import annotations

import math
import zlib

import httpx

DEFAULT_MAX_REPLY_BYTES = 16 * 1024 * 1024
"""Largest JSON reply accepted (decoded), 16 MiB: real replies are a few kB."""
DEFAULT_MAX_DOWNLOAD_BYTES = 8 * 1024 * 1024 * 1024
"""Largest output file saved (decoded), 8 GiB."""
ENCODED_RATIO = 200
"""A compressed download may inflate to at most this many times its Content-Length."""


class ReplyTooLarge(Exception):
    """The body grew past its cap (the setting is named in the message)."""

    def __init__(self, limit: int, setting: str) -> None:
        super().__init__(f"the reply is larger than {limit} bytes ({setting})")
        self.limit = limit
        self.setting = setting


class UnreadableBody(Exception):
    """The body cannot be decoded: an unknown or corrupt Content-Encoding."""


class DeadlineExceeded(httpx.ReadTimeout):
    """The operation's time budget ran out while a request was in flight."""


class BodyDecoder:
    """Decodes a raw body (identity, gzip or deflate), never producing more than `limit` bytes."""

    def __init__(self, encoding: str | None, limit: int, setting: str) -> None:
        self.limit, self.setting, self.total = limit, setting, 0
        codings = [c.strip().lower() for c in (encoding or "").split(",")]
        codings = [c for c in codings if c and c != "identity"]
        self._inflate: zlib._Decompress | None = None
        if len(codings) > 1:
            raise UnreadableBody(f"unsupported Content-Encoding {encoding!r}")
        if codings:
            if codings[0] in ("gzip", "x-gzip"):
                self._inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
            elif codings[0] == "deflate":
                self._inflate = zlib.decompressobj(32 + zlib.MAX_WBITS)  # zlib or gzip framing
            else:
                raise UnreadableBody(f"unsupported Content-Encoding {encoding!r}")

    @property
    def encoded(self) -> bool:
        return self._inflate is not None

    def _count(self, data: bytes) -> bytes:
        self.total += len(data)
        if self.total > self.limit:
            raise ReplyTooLarge(self.limit, self.setting)
        return data

    def feed(self, raw: bytes) -> bytes:
        if self._inflate is None:
            return self._count(raw)
        out = []
        data = raw
        try:
            while data:
                room = max(1, self.limit - self.total + 1)
                piece = self._inflate.decompress(data, room)
                out.append(self._count(piece))
                data = self._inflate.unconsumed_tail
                if not piece and data:
                    break
        except zlib.error as exc:
            raise UnreadableBody(f"the body does not decode as its Content-Encoding says: {exc}") from None
        return b"".join(out)

    def finish(self) -> bytes:
        if self._inflate is None:
            return b""
        try:
            tail = self._inflate.flush()
        except zlib.error as exc:
            raise UnreadableBody(f"the body does not decode as its Content-Encoding says: {exc}") from None
        if not self._inflate.eof:
            raise UnreadableBody("the compressed body ends before its end marker")
        return self._count(tail)


def in_memory_body(response: httpx.Response) -> bytes | None:
    """The body of a reply httpx has read already (an in-memory transport such as
    httpx.MockTransport answers that way): decoded, and `iter_raw()` would raise StreamConsumed.
    None for a reply still on the wire."""
    return response.content if getattr(response, "_content", None) is not None else None


def raw_parts(response: httpx.Response, decoder: BodyDecoder) -> tuple[BodyDecoder, bytes | None]:
    """(the decoder to feed, the whole body when it is in memory already): a body httpx has
    decoded is checked against the same cap, not decoded twice."""
    body = in_memory_body(response)
    if body is None:
        return decoder, None
    return BodyDecoder(None, decoder.limit, decoder.setting), body


def content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length", "")
    return int(value) if value.isdigit() else None


def reply_decoder(response: httpx.Response, limit: int) -> BodyDecoder:
    """A decoder for a JSON reply; a declared length beyond the cap is refused before reading."""
    decoder = BodyDecoder(response.headers.get("content-encoding"), limit, "max_reply_bytes")
    length = content_length(response)
    if not decoder.encoded and length is not None and length > limit:
        raise ReplyTooLarge(limit, "max_reply_bytes")
    return decoder


def download_decoder(response: httpx.Response, limit: int) -> BodyDecoder:
    """A decoder for a file download: at most `limit` bytes, and a compressed body at most
    ENCODED_RATIO times its declared length (a gzip bomb cannot fill the disk)."""
    encoding = response.headers.get("content-encoding")
    length = content_length(response)
    probe = BodyDecoder(encoding, limit, "max_download_bytes")
    if probe.encoded and length is not None:
        limit = min(limit, max(1024 * 1024, length * ENCODED_RATIO))
    elif length is not None and length > limit:
        raise ReplyTooLarge(limit, "max_download_bytes")
    return BodyDecoder(encoding, limit, "max_download_bytes")


def clip_timeout(timeout: httpx.Timeout, budget: float | None) -> httpx.Timeout:
    """`timeout` with every phase cut to the remaining budget (at least 1 ms)."""
    if budget is None:
        return timeout
    left = max(0.001, budget)

    def cut(value: float | None) -> float:
        return left if value is None or math.isnan(value) else min(value, left)

    return httpx.Timeout(
        connect=cut(timeout.connect), read=cut(timeout.read), write=cut(timeout.write), pool=cut(timeout.pool)
    )
