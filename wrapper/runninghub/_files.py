"""The filesystem as saving an output sees it: a small interface (`Files`, with `PartFile` for
the file being written) and the real one (`LOCAL_FILES`).

The download operation (`_downloads`) and the drivers' fetch (`_sync_driver`, `_async_driver`)
reach the disk only through a `Files` (the core's `files`, carried by each `Fetch`), so a test
can put an in-memory one in its place, and the asyncio driver can run every call in a worker
thread: none of these calls is made on the event loop.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol


class PartFile(Protocol):
    """A file open for writing (a download's temporary file)."""

    def write(self, data: bytes, /) -> object: ...

    def tell(self) -> int: ...

    def close(self) -> None: ...


class Files(Protocol):
    """The filesystem calls a download makes; each may block (a slow or network disk)."""

    def is_dir(self, path: Path) -> bool: ...

    def make_dirs(self, path: Path) -> None:
        """Create `path` and its parents; an existing directory is fine."""

    def exists(self, path: Path) -> bool: ...

    def size(self, path: Path) -> int | None:
        """The file's size in bytes; None when there is no such file."""

    def open_write(self, path: Path, append: bool) -> PartFile:
        """`path` open for writing: truncated (created), or appended to when `append`."""

    def replace(self, source: Path, target: Path) -> None:
        """Rename `source` to `target` in one step (an existing target is replaced)."""

    def remove(self, path: Path) -> None:
        """Delete a file; a missing one is fine."""


class LocalFiles:
    """The real filesystem."""

    def is_dir(self, path: Path) -> bool:
        return path.is_dir()

    def make_dirs(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)

    def exists(self, path: Path) -> bool:
        return path.exists()

    def size(self, path: Path) -> int | None:
        try:
            return path.stat().st_size
        except FileNotFoundError:
            return None

    def open_write(self, path: Path, append: bool) -> PartFile:
        return path.open("ab" if append else "wb")

    def replace(self, source: Path, target: Path) -> None:
        os.replace(source, target)

    def remove(self, path: Path) -> None:
        path.unlink(missing_ok=True)


LOCAL_FILES: Files = LocalFiles()
