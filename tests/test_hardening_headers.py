"""A reply whose headers trickle in, a byte at a time, each socket read in time: the operation's
timeout still bounds it (per-read timeouts alone never fire), for the sync and the async client."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest
from hostile_server import HostileServer, trickle_head
from runninghub import AsyncRunningHub, RunningHub, SubmitOutcomeUnknownError, TaskTimeoutError
from test_hardening_budget import IMAGE, KEY, RUNNING, SUBMIT, TID


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    with HostileServer() as server:
        yield server


def test_trickled_headers_cannot_outlast_the_wait_budget(hostile: HostileServer) -> None:
    hostile.script(trickle_head(RUNNING, every=0.1))  # about 10 s for the headers alone
    started = time.monotonic()
    with RunningHub(KEY, base_url=hostile.url) as client, pytest.raises(TaskTimeoutError):
        client.wait(TID, timeout=1.0, cancel_on_timeout=False)
    assert time.monotonic() - started < 3


def test_trickled_headers_on_submit_are_outcome_unknown_within_the_budget(hostile: HostileServer) -> None:
    hostile.script(trickle_head(RUNNING, every=0.1))
    started = time.monotonic()
    with RunningHub(KEY, base_url=hostile.url) as client, pytest.raises(SubmitOutcomeUnknownError):
        client.run(IMAGE, prompt="a cat", timeout=1.0)
    assert time.monotonic() - started < 3 and hostile.count(SUBMIT) == 1


def test_trickled_headers_async(hostile: HostileServer) -> None:
    hostile.script(trickle_head(RUNNING, every=0.1))

    async def main() -> None:
        async with AsyncRunningHub(KEY, base_url=hostile.url) as client:
            await client.wait(TID, timeout=1.0, cancel_on_timeout=False)

    started = time.monotonic()
    with pytest.raises(TaskTimeoutError):
        asyncio.run(main())
    assert time.monotonic() - started < 3
