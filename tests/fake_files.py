"""An in-memory filesystem for the download tests (`runninghub._files.Files`): no disk, and a
record of every call with the thread that made it, so a test can tell that the asyncio driver
made none of them on the event loop.

    files = FakeFiles()
    core.files = files
    files.data[path], files.calls, files.threads("write")
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class FakePartFile:
    files: FakeFiles
    path: Path
    closed: bool = False

    def write(self, data: bytes, /) -> int:
        self.files.record("write", self.path)
        if self.closed:
            raise ValueError("write to a closed file")
        if self.files.on_write is not None:
            self.files.on_write(self.path, data)
        self.files.data[self.path] += data
        return len(data)

    def tell(self) -> int:
        self.files.record("tell", self.path)
        return len(self.files.data[self.path])

    def close(self) -> None:
        self.files.record("close", self.path)
        self.closed = True


@dataclass
class FakeFiles:
    data: dict[Path, bytearray] = field(default_factory=dict)
    dirs: set[Path] = field(default_factory=set)
    calls: list[tuple[str, Path, int]] = field(default_factory=list)  # (method, path, thread id)
    opened: list[FakePartFile] = field(default_factory=list)
    on_write: Callable[[Path, bytes], None] | None = None  # a hook: fail or pause a write

    def record(self, method: str, path: Path) -> None:
        self.calls.append((method, path, threading.get_ident()))

    def threads(self, *methods: str) -> set[int]:
        return {t for m, _, t in self.calls if not methods or m in methods}

    def methods(self) -> list[str]:
        return [m for m, _, _ in self.calls]

    def is_dir(self, path: Path) -> bool:
        self.record("is_dir", path)
        return path in self.dirs

    def make_dirs(self, path: Path) -> None:
        self.record("make_dirs", path)
        self.dirs |= {path, *path.parents}

    def exists(self, path: Path) -> bool:
        self.record("exists", path)
        return path in self.data or path in self.dirs

    def size(self, path: Path) -> int | None:
        self.record("size", path)
        return len(self.data[path]) if path in self.data else None

    def open_write(self, path: Path, append: bool) -> FakePartFile:
        self.record("open_write", path)
        if not append or path not in self.data:
            self.data[path] = bytearray()
        self.opened.append(FakePartFile(self, path))
        return self.opened[-1]

    def replace(self, source: Path, target: Path) -> None:
        self.record("replace", source)
        self.data[target] = self.data.pop(source)

    def remove(self, path: Path) -> None:
        self.record("remove", path)
        self.data.pop(path, None)

    def files_in(self, folder: Path) -> dict[str, bytes]:
        return {p.name: bytes(d) for p, d in self.data.items() if p.parent == folder}
