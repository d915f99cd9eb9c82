"""Run a function over items, at most `concurrency` at a time, results in input order: the one
piece of `run_many` that differs between the clients (threads for RunningHub, tasks for
AsyncRunningHub). Both wait for every item before raising the first error in input order, so no
started run is left behind unwatched."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

X = TypeVar("X")
Y = TypeVar("Y")


def map_limited(work: Callable[[X], Y], items: Sequence[X], concurrency: int) -> list[Y]:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=min(concurrency, max(1, len(items)))) as pool:
        futures = [pool.submit(work, item) for item in items]
    return [future.result() for future in futures]  # every one has ended: the pool was shut down


async def gather_limited(work: Callable[[X], Awaitable[Y]], items: Sequence[X], concurrency: int) -> list[Y]:
    import asyncio

    gate = asyncio.Semaphore(concurrency)

    async def one(item: X) -> Y:
        async with gate:
            return await work(item)

    ended = await asyncio.gather(*(one(item) for item in items), return_exceptions=True)
    for outcome in ended:
        if isinstance(outcome, BaseException):
            raise outcome
    return ended  # type: ignore[return-value]  # no exception among them
