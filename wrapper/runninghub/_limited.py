"""The pieces of concurrency that differ between the clients (threads for RunningHub, tasks for
AsyncRunningHub), each in a blocking and an asyncio version of the same name pair (the name
swaps of generator/unasync.py):
- `map_limited` / `gather_limited`: run_many's work over items, at most `concurrency` at a time,
  results in input order; both wait for every item before raising the first error in input
  order, so no started run is left behind unwatched;
- `run_workers` / `gather_workers`: a batch's workers; on an error (Ctrl-C, a cancellation
  included) `on_error` runs (the stop flag) and the error is raised once every worker ended;
- `new_gate` / `new_async_gate`: a semaphore of the right kind (`Gate` / `AsyncGate`).
asyncio is imported on first use: a blocking client never loads it."""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

if TYPE_CHECKING:
    import asyncio

    AsyncGate: TypeAlias = asyncio.Semaphore

Gate: TypeAlias = threading.Semaphore

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


def new_gate(size: int) -> Gate:
    return threading.Semaphore(size)


def new_async_gate(size: int) -> AsyncGate:
    import asyncio

    return asyncio.Semaphore(size)


def run_workers(worker: Callable[[], None], n: int, on_error: Callable[[], None]) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=n, thread_name_prefix="runninghub-batch") as pool:
        futures = [pool.submit(worker) for _ in range(n)]
        try:
            for future in futures:
                while not future.done():
                    time.sleep(0.05)  # the calling thread stays free for Ctrl-C
                future.result()
        except BaseException:
            on_error()
            raise  # after the pool's exit: every worker has ended


async def gather_workers(worker: Callable[[], Coroutine[Any, Any, None]], n: int, on_error: Callable[[], None]) -> None:
    import asyncio

    tasks = [asyncio.create_task(worker()) for _ in range(n)]
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        on_error()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
