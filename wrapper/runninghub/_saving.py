"""Output.save() / Output.asave(): through the client that produced the output, else through a
client without a key (result URLs never get a key): one kept for every blocking save, so its
connection pool is reused; a short-lived one per asyncio save (an httpx.AsyncClient belongs to one
event loop)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from ._async_client import AsyncRunningHub
    from ._client import RunningHub
    from ._types import Output


def save_output_sync(
    output: Output,
    dest: Path,
    *,
    client: RunningHub | None,
    overwrite: bool,
    on_progress: Callable[[int, int | None], None] | None = None,
    timeout: float | None = None,
) -> Path:
    if client is not None:
        return client._do(
            client._core.download(output, dest, overwrite=overwrite, on_progress=on_progress, timeout=timeout)
        )
    temp = _keyless_client()
    return temp._do(temp._core.download(output, dest, overwrite=overwrite, on_progress=on_progress, timeout=timeout))


_KEYLESS: list[RunningHub] = []
_KEYLESS_LOCK = threading.Lock()


def _keyless_client() -> RunningHub:
    """One client without a key, for outputs saved without the client that produced them (from a
    webhook or Task.from_dict): its connection pool is reused from save to save. Result URLs
    never get a key anyway."""
    with _KEYLESS_LOCK:
        if not _KEYLESS:
            from ._client import RunningHub

            _KEYLESS.append(RunningHub(api_key=""))
        return _KEYLESS[0]


async def save_output_async(
    output: Output,
    dest: Path,
    *,
    client: AsyncRunningHub | None,
    overwrite: bool,
    on_progress: Callable[[int, int | None], None] | None = None,
    timeout: float | None = None,
) -> Path:
    if client is not None:
        return await client._do(
            client._core.download(output, dest, overwrite=overwrite, on_progress=on_progress, timeout=timeout)
        )
    from ._async_client import AsyncRunningHub

    async with AsyncRunningHub(api_key="") as temp:
        return await temp._do(
            temp._core.download(output, dest, overwrite=overwrite, on_progress=on_progress, timeout=timeout)
        )
