"""#10 item 3: `timeout` is one wall-clock budget: requests in flight (a reply trickling in a
byte at a time), retries and Retry-After waits, run_many's whole batch and downloads. Logic in
virtual time; the in-flight bounds over loopback, where the client's own small timeout really
elapses: a reply that trickles in for many seconds and would end the operation well (a task
that succeeded) must be given up before its last byte was sent."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any, Final

import httpx
import pytest
from conftest import VirtualSleep
from fake_driver import FakeDriver, Reply, by_path, sequence
from hostile_server import HostileServer, json_reply, trickle, trickle_head
from runninghub import (
    APIConnectionError,
    AsyncRunningHub,
    Output,
    RateLimitError,
    RunningHub,
    RunningHubError,
    SubmitOutcomeUnknownError,
    TaskTimeoutError,
)
from runninghub._effects import Fetch
from runninghub._sync_driver import STALL_TIMEOUT, request_timeout_for

IMAGE: Final = "gpt-image-2/text-to-image-official-stable"
SUBMIT = "/openapi/v2/rhart-image-g-2-official/text-to-image"
TID = "2013508786110730241"
KEY = "sk-test-key-123456"
RUNNING = json.dumps({"taskId": TID, "status": "RUNNING", "errorCode": "", "errorMessage": ""}).encode()
# Trickled whole, this reply would end a wait or a run well: only the budget makes it an error.
DONE = json.dumps({"taskId": TID, "status": "SUCCESS", "errorCode": "", "errorMessage": "", "results": []}).encode()
# The operations' timeout over loopback: the first request must go out within it (the trickled
# reply then takes the rest, 10 s or more, so it is never the other way round).
BUDGET: Final = 0.5
FULL = {"taskId": "", "status": "", "errorCode": "421", "errorMessage": "TASK_QUEUE_MAXED"}


@pytest.fixture(scope="module")
def hostile() -> Any:
    with HostileServer() as server:
        yield server


# ---- in virtual time
def test_retry_after_beyond_the_budget_never_sleeps_past_it() -> None:
    busy = Reply({}, status=503, headers={"Retry-After": "10"})
    fake = FakeDriver(sequence([busy]))
    core = fake.core()
    with pytest.raises(RunningHubError):
        fake.run(core.query(TID, deadline=fake.clock.now + 3))
    assert fake.clock.now - 1000 <= 3 and all(s <= 3 for s in fake.sleeps)


def test_wait_with_retries_ends_within_its_budget() -> None:
    fake = FakeDriver(by_path(query=Reply({}, status=502, takes=0.4), cancel=Reply({"code": 0})))
    core = fake.core()
    with pytest.raises((TaskTimeoutError, RunningHubError)):
        fake.run(core.wait(TID, timeout=5, on_progress=None, cancel_on_timeout=False))
    assert fake.clock.now - 1000 <= 5.01


def test_slow_request_is_cut_at_the_deadline() -> None:
    fake = FakeDriver(by_path(query=Reply(json.loads(RUNNING), takes=30)))
    core = fake.core()
    with pytest.raises(TaskTimeoutError):
        fake.run(core.wait(TID, timeout=4, on_progress=None, cancel_on_timeout=False))
    assert fake.clock.now - 1000 <= 4.01


def test_queue_full_forever_ends_at_the_deadline() -> None:
    fake = FakeDriver(sequence([Reply(FULL)]))
    core = fake.core()
    with pytest.raises(RateLimitError):
        fake.run(core.submit(IMAGE, None, {"prompt": "a"}, queue_wait=True, deadline=fake.clock.now + 30))
    assert fake.clock.now - 1000 <= 30 and 2 <= len(fake.requests) < 100


def test_download_has_a_stall_timeout_by_default() -> None:
    fetch = Fetch("https://x/y.png", Path("y"), timeout=None, budget=None)
    assert request_timeout_for(httpx.Client(timeout=None), fetch).read == STALL_TIMEOUT
    assert request_timeout_for(httpx.Client(timeout=None), Fetch("u", Path("y"), budget=2.0)).read == 2.0


# ---- over loopback
# The body trickling in (about 25 s in all), or the headers, a byte at a time (about 10 s): each
# socket read is in time, so per-read timeouts never fire; the operation's timeout still bounds it.
TRICKLES = [trickle(DONE, every=0.25), trickle_head(DONE, every=0.1)]
TRICKLE_IDS = ["body", "headers"]


@pytest.fixture
def read_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A wait's first status read goes out at once (else it comes about 1 s in, past the budget)."""
    from runninghub import _polling

    for kind, (_, growth, cap) in list(_polling.POLL_SCHEDULE.items()):
        monkeypatch.setitem(_polling.POLL_SCHEDULE, kind, (0.0, growth, cap))


def given_up_unanswered(hostile: HostileServer) -> bool:
    """Every request was given up before its reply's last byte: what ended it was the client's budget."""
    assert hostile.requests, "no request went out within the budget: the test proved nothing"
    return not any(r.answered for r in hostile.requests)


@pytest.mark.parametrize("action", TRICKLES, ids=TRICKLE_IDS)
def test_trickled_reply_cannot_outlast_the_wait_budget(read_at_once: None, hostile: HostileServer, action: Any) -> None:
    hostile.script(action)
    with RunningHub(KEY, base_url=hostile.url) as client, pytest.raises(TaskTimeoutError):
        client.wait(TID, timeout=BUDGET, cancel_on_timeout=False)
    assert given_up_unanswered(hostile)


@pytest.mark.parametrize("action", TRICKLES, ids=TRICKLE_IDS)
def test_trickled_submit_reply_is_outcome_unknown_within_the_run_budget(hostile: HostileServer, action: Any) -> None:
    hostile.script(action)
    with RunningHub(KEY, base_url=hostile.url) as client, pytest.raises(SubmitOutcomeUnknownError):
        client.run(IMAGE, prompt="a cat", timeout=BUDGET)
    assert given_up_unanswered(hostile) and hostile.count(SUBMIT) == 1


@pytest.mark.parametrize("action", TRICKLES, ids=TRICKLE_IDS)
def test_trickled_reply_async(read_at_once: None, hostile: HostileServer, action: Any) -> None:
    hostile.script(action)

    async def main() -> None:
        async with AsyncRunningHub(KEY, base_url=hostile.url) as client:
            await client.wait(TID, timeout=BUDGET, cancel_on_timeout=False)

    with pytest.raises(TaskTimeoutError):
        asyncio.run(main())
    assert given_up_unanswered(hostile)


def test_retry_after_20_on_submit_with_run_timeout_3(virtual_sleep: VirtualSleep, hostile: HostileServer) -> None:
    hostile.script(json_reply({"taskId": "", "errorCode": "1003"}, status=429, headers={"Retry-After": "20"}))
    with RunningHub(KEY, base_url=hostile.url) as client, pytest.raises(RateLimitError):
        client.run(IMAGE, prompt="a cat", timeout=3)
    assert virtual_sleep.sleeps == [] and hostile.count(SUBMIT) == 1  # a 20 s wait cannot fit in 3 s: none at all


def test_run_many_timeout_bounds_the_batch_against_a_full_queue(
    virtual_sleep: VirtualSleep, hostile: HostileServer
) -> None:
    hostile.script(json_reply(FULL))
    with RunningHub(KEY, base_url=hostile.url) as client:
        results = client.run_many(
            IMAGE, [{"prompt": f"cat {i}"} for i in range(6)], concurrency=2, timeout=30, return_exceptions=True
        )
    assert len(results) == 6 and all(isinstance(r, RunningHubError) for r in results)
    assert virtual_sleep.sleeps and all(s <= 30 for s in virtual_sleep.sleeps)  # it waited for slots, within the 30 s
    assert hostile.count(SUBMIT) > 6  # refused submits were sent again while the budget lasted


def test_save_timeout_bounds_a_trickling_download(hostile: HostileServer, tmp_path: Path) -> None:
    hostile.script(trickle(b"\x89PNG" + b"0" * 200, every=0.05))  # about 10 s in all
    out = Output(url=hostile.url + "/out.png", output_type="png", task_id=TID)
    with pytest.raises(APIConnectionError):
        out.save(tmp_path, timeout=BUDGET)
    assert given_up_unanswered(hostile)
    assert list(tmp_path.iterdir()) == []  # no partial file left


def test_nothing_is_sent_once_the_budget_is_spent() -> None:
    fake = FakeDriver(sequence([Reply({"taskId": TID, "status": "QUEUED"})]))
    core = fake.core()
    with pytest.raises(RunningHubError, match="not sent"):
        fake.run(core.submit(IMAGE, None, {"prompt": "a"}, deadline=fake.clock.now))
    assert fake.requests == []
