"""run_many's concurrency (`_limited`): results in input order, at most `concurrency` at a time,
and a failure raised only once every item has ended (first in input order), so no started run
is left unwatched, in both clients' versions."""

from __future__ import annotations

import asyncio
import threading

import pytest
from runninghub._limited import gather_limited, map_limited


def test_map_limited_keeps_order_and_the_limit() -> None:
    running, most, lock = 0, 0, threading.Lock()
    gate = threading.Barrier(3)

    def work(x: int) -> int:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        if x < 3:
            gate.wait(timeout=10)  # the first three run together: the limit is reached, not undershot
        with lock:
            running -= 1
        return x * 10

    assert map_limited(work, list(range(8)), 3) == [x * 10 for x in range(8)]
    assert most == 3


def test_map_limited_raises_the_first_failure_after_every_item_ended() -> None:
    failed = threading.Event()
    ended: list[int] = []

    def work(x: int) -> int:
        if x in (0, 2):
            failed.set()
            raise ValueError(f"item {x}")
        failed.wait(timeout=10)  # still running when item 0 fails
        ended.append(x)
        return x

    with pytest.raises(ValueError, match="item 0"):
        map_limited(work, [0, 1, 2, 3], 4)
    assert sorted(ended) == [1, 3]


@pytest.mark.anyio
async def test_gather_limited_keeps_order_and_the_limit() -> None:
    running, most = 0, 0

    async def work(x: int) -> int:
        nonlocal running, most
        running += 1
        most = max(most, running)
        for _ in range(3):
            await asyncio.sleep(0)
        running -= 1
        return x * 10

    assert await gather_limited(work, list(range(8)), 3) == [x * 10 for x in range(8)]
    assert most == 3


@pytest.mark.anyio
async def test_gather_limited_raises_the_first_failure_after_every_item_ended() -> None:
    ended: list[int] = []

    async def work(x: int) -> int:
        if x in (0, 2):
            raise ValueError(f"item {x}")
        for _ in range(5):
            await asyncio.sleep(0)  # still running when item 0 fails
        ended.append(x)
        return x

    with pytest.raises(ValueError, match="item 0"):
        await gather_limited(work, [0, 1, 2, 3], 4)
    assert sorted(ended) == [1, 3]
