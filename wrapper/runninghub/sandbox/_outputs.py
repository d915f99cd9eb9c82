"""Small, valid output files for each output type, written with the standard library only.

Every writer takes a `tag` (embedded in the file so outputs of different tasks differ) and a
target `size` in bytes: when the natural file is smaller, it is padded *validly* (an ancillary
PNG chunk, an MP4 `free` box, a WAV `pad ` chunk, a larger GLB binary chunk). Padding is written
in fixed-size pieces, so a 200 MB file costs flat memory.
"""

from __future__ import annotations

import json
import math
import os
import struct
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

_PIECE = 1 << 20  # padding is written 1 MiB at a time
_ZEROS = bytes(_PIECE)

# output type (x-runninghub-output-type) -> (file extension, outputType in results, media type)
OUTPUT_KINDS: dict[str, tuple[str, str, str]] = {
    "image": ("png", "png", "image/png"),
    "video": ("mp4", "mp4", "video/mp4"),
    "audio": ("wav", "wav", "audio/wav"),
    "3d": ("glb", "glb", "model/gltf-binary"),
    "string": ("txt", "txt", "text/plain; charset=utf-8"),
}


def kind_of(output_type: str | None) -> str:
    """The writer kind for a spec output type; unknown types get a PNG (the commonest output)."""
    return output_type if output_type in OUTPUT_KINDS else "image"


def _write_zeros(f: BinaryIO, n: int) -> None:
    while n > 0:
        step = min(n, _PIECE)
        f.write(_ZEROS[:step])
        n -= step


def _zeros_crc(n: int, crc: int) -> int:
    while n > 0:
        step = min(n, _PIECE)
        crc = zlib.crc32(_ZEROS[:step], crc)
        n -= step
    return crc


# --- PNG -------------------------------------------------------------------------------------


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def _png_core(tag: str, width: int = 32, height: int = 32, note: str = "") -> tuple[bytes, bytes, bytes]:
    """(signature + IHDR + tEXt + IDAT, IEND chunk, seed) for an RGB gradient image."""
    seed = zlib.crc32(tag.encode())
    r0, g0, b0 = seed & 0xFF, (seed >> 8) & 0xFF, (seed >> 16) & 0xFF
    # Built a row at a time (slice assignment, bytes.translate), not a pixel at a time: a
    # placeholder of a few hundred pixels a side costs milliseconds.
    reds = bytes((r0 + 8 * x) & 0xFF for x in range(width))
    blues = bytes((b0 + 4 * x) & 0xFF for x in range(width))
    rows = bytearray()
    row = bytearray(3 * width)
    for y in range(height):
        row[0::3] = reds
        row[1::3] = bytes(((g0 + 8 * y) & 0xFF,)) * width
        row[2::3] = blues.translate(bytes((v + 4 * y) & 0xFF for v in range(256)))
        rows.append(0)  # filter type: none
        rows += row
    comment = f"runninghub sandbox output {tag}" + (f"; {note}" if note else "")
    head = (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + _png_chunk(b"tEXt", b"Comment\x00" + comment.encode("latin-1", "replace"))
        + _png_chunk(b"IDAT", zlib.compress(bytes(rows), 6))
    )
    return head, _png_chunk(b"IEND", b""), struct.pack(">I", seed)


# A placeholder image is drawn at 1/PLACEHOLDER_SCALE of the size asked for (a "2k" 16:9 request
# gives 256x144), with its long side kept between 32 and PLACEHOLDER_MAX_SIDE pixels.
PLACEHOLDER_SCALE = 8
PLACEHOLDER_MAX_SIDE = 512
_SIZE_CLASS = {"1k": 1024, "2k": 2048, "3k": 3072, "4k": 4096, "8k": 8192}


def _pair(value: object) -> tuple[int, int] | None:
    """(w, h) from "16:9", "1280x720" or "1024*1024"; None for anything else ("auto", ...)."""
    if not isinstance(value, str):
        return None
    for sep in (":", "x", "*", "X"):
        a, found, b = value.strip().partition(sep)
        if found and a.strip().isdigit() and b.strip().isdigit() and int(a) > 0 and int(b) > 0:
            return int(a), int(b)
    return None


def image_dims(body: object) -> tuple[int, int] | None:
    """The placeholder's (width, height) for a model request: the aspect ratio and size class it
    asks for (aspectRatio, resolution, size, width/height), scaled down; None when it asks for neither."""
    if not isinstance(body, dict):
        return None
    ratio = _pair(body.get("aspectRatio")) or _pair(body.get("size"))
    w, h = body.get("width"), body.get("height")
    if ratio is None and isinstance(w, int) and isinstance(h, int) and w > 0 and h > 0:
        ratio = (w, h)
    res = body.get("resolution")
    long_side = _SIZE_CLASS.get(res.strip().lower()) if isinstance(res, str) else None
    if ratio is None and long_side is None:
        return None
    rw, rh = ratio or (1, 1)
    if long_side is None:
        long_side = max(rw, rh) if max(rw, rh) >= 256 else 1024  # "1280x720" is a size; "16:9" is not
    side = max(32, min(PLACEHOLDER_MAX_SIDE, long_side // PLACEHOLDER_SCALE))
    if rw >= rh:
        return side, max(1, round(side * rh / rw))
    return max(1, round(side * rw / rh)), side


def write_png(f: BinaryIO, tag: str, size: int, dims: tuple[int, int] | None = None) -> None:
    if dims is None:
        head, tail, _ = _png_core(tag)
    else:
        note = f"placeholder {dims[0]}x{dims[1]}, 1/{PLACEHOLDER_SCALE} of the size asked for"
        head, tail, _ = _png_core(tag, *dims, note=note)
    f.write(head)
    pad = size - len(head) - len(tail) - 12  # a chunk costs 12 bytes besides its data
    if pad >= 0:
        # "rhPd": ancillary (r), private (h), reserved bit clear (P), safe to copy (d).
        kind = b"rhPd"
        f.write(struct.pack(">I", pad) + kind)
        _write_zeros(f, pad)
        f.write(struct.pack(">I", _zeros_crc(pad, zlib.crc32(kind)) & 0xFFFFFFFF))
    f.write(tail)


# --- MP4 -------------------------------------------------------------------------------------


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def _mp4_core(tag: str, duration_s: int = 1) -> bytes:
    ftyp = _box(b"ftyp", b"isom" + struct.pack(">I", 512) + b"isomiso2mp41")
    timescale = 1000
    unity = struct.pack(">9I", 0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000)
    mvhd = _box(
        b"mvhd",
        struct.pack(">B3xIIII", 0, 0, 0, timescale, duration_s * timescale)
        + struct.pack(">IH10x", 0x00010000, 0x0100)
        + unity
        + bytes(24)
        + struct.pack(">I", 2),
    )
    note = f"runninghub sandbox output {tag}".encode()
    udta = _box(b"udta", _box(b"\xa9cmt", struct.pack(">HH", len(note), 0x55C4) + note))
    return ftyp + _box(b"moov", mvhd + udta)


def write_mp4(f: BinaryIO, tag: str, size: int) -> None:
    core = _mp4_core(tag)
    f.write(core)
    pad = size - len(core)
    while pad >= 8:  # one or more `free` boxes (each under 4 GiB)
        box = min(pad, 0xFFFF0000)
        if pad - box and pad - box < 8:
            box -= 8
        f.write(struct.pack(">I", box) + b"free")
        _write_zeros(f, box - 8)
        pad -= box


# --- WAV -------------------------------------------------------------------------------------


def write_wav(f: BinaryIO, tag: str, size: int) -> None:
    rate, seconds = 8000, 0.25
    freq = 220 + zlib.crc32(tag.encode()) % 440
    frames = int(rate * seconds)
    samples = b"".join(struct.pack("<h", int(8000 * math.sin(2 * math.pi * freq * i / rate))) for i in range(frames))
    fmt = struct.pack("<HHIIHH", 1, 1, rate, rate * 2, 2, 16)
    note = f"runninghub sandbox output {tag}".encode()
    note += b"\x00" * (len(note) % 2)
    chunks = _riff(b"fmt ", fmt) + _riff(b"data", samples) + _riff(b"note", note)
    total = 12 + len(chunks)
    pad = size - total - 8
    if pad >= 0:
        pad -= pad % 2  # RIFF chunks are word-aligned
    body_len = 4 + len(chunks) + (pad + 8 if pad >= 0 else 0)
    f.write(b"RIFF" + struct.pack("<I", body_len) + b"WAVE" + chunks)
    if pad >= 0:
        f.write(b"pad " + struct.pack("<I", pad))
        _write_zeros(f, pad)


def _riff(kind: bytes, data: bytes) -> bytes:
    return kind + struct.pack("<I", len(data)) + data + (b"\x00" if len(data) % 2 else b"")


# --- GLB -------------------------------------------------------------------------------------


def write_glb(f: BinaryIO, tag: str, size: int) -> None:
    positions = struct.pack("<9f", 0, 0, 0, 1, 0, 0, 0, 1, 0)  # one triangle
    doc = {
        "asset": {"version": "2.0", "generator": "runninghub sandbox"},
        "extras": {"tag": tag},
        "scene": 0,
        "scenes": [{"nodes": [0]}],
        "nodes": [{"mesh": 0}],
        "meshes": [{"primitives": [{"attributes": {"POSITION": 0}}]}],
        "accessors": [
            {"bufferView": 0, "componentType": 5126, "count": 3, "type": "VEC3", "min": [0, 0, 0], "max": [1, 1, 0]}
        ],
        "bufferViews": [{"buffer": 0, "byteOffset": 0, "byteLength": len(positions)}],
        "buffers": [{"byteLength": 0}],
    }

    # The binary chunk is the triangle plus zero padding up to `size` (buffer.byteLength covers it).
    def json_chunk(bin_len: int) -> bytes:
        doc["buffers"] = [{"byteLength": bin_len}]
        raw = json.dumps(doc, separators=(",", ":")).encode()
        return raw + b" " * (-len(raw) % 4)

    bin_len = len(positions)
    for _ in range(4):  # the JSON holds the length: settle both (chunks stay 4-byte aligned)
        js = json_chunk(bin_len)
        want = max(len(positions), size - 28 - len(js))
        want -= want % 4
        if want == bin_len:
            break
        bin_len = want
    js = json_chunk(bin_len)
    total = 12 + 8 + len(js) + 8 + bin_len
    f.write(b"glTF" + struct.pack("<II", 2, total))
    f.write(struct.pack("<I", len(js)) + b"JSON" + js)
    f.write(struct.pack("<I", bin_len) + b"BIN\x00" + positions)
    _write_zeros(f, bin_len - len(positions))


# --- text ------------------------------------------------------------------------------------


def write_text(f: BinaryIO, text: str, size: int) -> None:
    """The text itself (`tag` is the text for this writer), padded with newlines."""
    raw = text.encode()
    f.write(raw)
    pad = size - len(raw)
    while pad > 0:
        step = min(pad, _PIECE)
        f.write(b"\n" * step)
        pad -= step


WRITERS: dict[str, Callable[[BinaryIO, str, int], None]] = {
    "image": write_png,
    "video": write_mp4,
    "audio": write_wav,
    "3d": write_glb,
    "string": write_text,
}


def write_output(path: Path, kind: str, tag: str, size: int, *, image_size: tuple[int, int] | None = None) -> int:
    """Write one output file atomically (temp name, then rename); returns its size in bytes.
    `image_size` (see image_dims) sets a PNG's pixel size."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    with tmp.open("wb") as f:
        if kind == "image" and image_size is not None:
            write_png(f, tag, size, image_size)
        else:
            WRITERS[kind](f, tag, size)
    os.replace(tmp, path)
    return path.stat().st_size
