"""Both drivers close an operation that a BaseException interrupts (Ctrl-C in the sync client, a
cancelled task in the async one): its `finally` blocks (a partial download's temporary file, an
upload's open handles) run before the exception reaches the caller, not whenever the traceback
that keeps the generator alive is collected."""

from __future__ import annotations

import asyncio
from collections.abc import Generator
from typing import Any

import httpx
import pytest
from runninghub._async_driver import run_async
from runninghub._effects import LocalEffect
from runninghub._sync_driver import run_sync


class Interrupt(LocalEffect):
    """A local effect that is interrupted the way a user interrupts: KeyboardInterrupt (sync) or
    cancellation (async)."""

    def sync(self) -> Any:
        raise KeyboardInterrupt

    async def aio(self) -> Any:
        raise asyncio.CancelledError


def operation(cleaned: list[str]) -> Generator[Any, Any, str]:
    try:
        yield Interrupt()
        return "finished"
    finally:
        cleaned.append("cleaned up")


def test_the_sync_driver_closes_an_interrupted_operation() -> None:
    cleaned: list[str] = []
    with httpx.Client() as http, pytest.raises(KeyboardInterrupt) as caught:
        run_sync(operation(cleaned), http)
    assert cleaned == ["cleaned up"]  # while the traceback (and so the generator's frame) is alive
    assert caught.traceback


@pytest.mark.anyio
async def test_the_async_driver_closes_a_cancelled_operation() -> None:
    cleaned: list[str] = []
    async with httpx.AsyncClient() as http:
        with pytest.raises(asyncio.CancelledError) as caught:
            await run_async(operation(cleaned), http)
    assert cleaned == ["cleaned up"]
    assert caught.traceback
