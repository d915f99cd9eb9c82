"""#10 item 1: a task's end is its status. FAILED/CANCEL replies (any errorCode) end a wait at
the first read; query() returns a snapshot for every task state; a reply about another task is
never taken as this one's. Logic in virtual time (tests/fake_driver.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Final

import pytest
from fake_driver import FakeDriver, Reply, by_path, sequence, task
from runninghub import APIError, NotFoundError, TaskCancelledError, TaskFailedError, TaskSnapshot, TaskTimeoutError

CAPTURES = Path(__file__).resolve().parents[1] / ".." / "shared" / "reference" / "captures"
IMAGE: Final = "gpt-image-2/text-to-image-official-stable"
TID = "2009194900306137089"


def capture(name: str) -> dict[str, Any]:
    path = CAPTURES / name
    if not path.exists():
        pytest.skip(f"reference capture {name} not beside the repository")
    reply: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))["reply"]
    return reply


def wait(fake: FakeDriver, timeout: float = 600) -> Any:
    core = fake.core()
    return fake.run(core.wait(TID, timeout=timeout, on_progress=None, cancel_on_timeout=True))


def test_docs_failed_reply_with_code_1000_ends_the_wait_at_the_first_read() -> None:
    fake = FakeDriver(by_path(query=Reply(capture("v2-query.failed.unknown-error.docs.json")), cancel=Reply({})))
    with pytest.raises(TaskFailedError) as info:
        wait(fake)
    err = info.value
    assert (err.task_id, err.error_code) == (TID, "1000") and "unknown error" in str(err)
    assert fake.paths() == ["/openapi/v2/query"]  # one read, no cancel, no polling on


def test_failed_reason_is_carried() -> None:
    body = {**capture("v2-query.failed.with-failedReason.json"), "taskId": TID, "errorCode": "805"}
    fake = FakeDriver(by_path(query=Reply(body)))
    with pytest.raises(TaskFailedError) as info:
        wait(fake)
    assert info.value.failed_reason and info.value.failed_reason["node_id"] == "276"
    assert len(fake.requests) == 1


def test_cancelled_task_reported_failed_with_a_message_ends_at_once() -> None:
    fake = FakeDriver(by_path(query=task(TID, "FAILED", errorCode="1000", errorMessage="task cancelled by user")))
    with pytest.raises(TaskFailedError, match="cancelled by user"):
        wait(fake)
    assert len(fake.requests) == 1


def test_cancel_status_ends_at_once() -> None:
    fake = FakeDriver(by_path(query=task(TID, "CANCEL")))
    with pytest.raises(TaskCancelledError) as info:
        wait(fake)
    assert info.value.task_id == TID and len(fake.requests) == 1


def test_empty_status_capture_counts_as_cancelled_after_three_reads() -> None:
    body = {**capture("v2-query.cancelled.empty-status.json"), "taskId": TID}
    fake = FakeDriver(by_path(query=Reply(body)))
    with pytest.raises(TaskCancelledError):
        wait(fake)
    assert len(fake.requests) == 3 and fake.clock.now - 1000 < 60


@pytest.mark.parametrize("code", ["1000", "1006", "1015", "1504", "805", "1002"])
def test_query_returns_a_snapshot_for_a_failed_task_whatever_its_code(code: str) -> None:
    fake = FakeDriver(sequence([task(TID, "FAILED", errorCode=code, errorMessage="m")]))
    snap = fake.run(fake.core().query(TID))
    assert isinstance(snap, TaskSnapshot) and snap.failed and snap.error_code == code
    assert len(fake.requests) == 1


def test_query_returns_a_cancelled_snapshot() -> None:
    fake = FakeDriver(sequence([task(TID, "CANCEL")]))
    assert fake.run(fake.core().query(TID)).cancelled


def test_refusal_without_task_state_is_a_request_error() -> None:
    fake = FakeDriver(sequence([Reply(capture("v2-query.unknown-task.1004.json"))]))
    with pytest.raises(NotFoundError):
        fake.run(fake.core().query(TID))


def test_reply_about_another_task_is_never_this_tasks_result() -> None:
    other = task("2009191190196789249", "SUCCESS", results=[{"url": "https://x/y.jpg", "outputType": "jpg"}])
    fake = FakeDriver(by_path(query=other, cancel=Reply({"code": 0, "msg": "success", "data": None})))
    with pytest.raises(APIError, match="not the task asked for"):
        fake.run(fake.core().query(TID))
    fake = FakeDriver(by_path(query=other, cancel=Reply({"code": 0, "msg": "success", "data": None})))
    with pytest.raises((APIError, TaskTimeoutError)) as info:
        wait(fake, timeout=30)
    assert info.value.task_id == TID


def test_submit_reply_that_is_a_failed_task_raises_without_polling() -> None:
    fake = FakeDriver(by_path(submit=task(TID, "FAILED", errorCode="1000", errorMessage="unknown error")))
    core = fake.core()
    op = core.run(
        IMAGE,
        None,
        {"prompt": "a cat"},
        timeout=60,
        on_progress=None,
        webhook_url=None,
        cancel_on_timeout=True,
        validate=True,
    )
    with pytest.raises(TaskFailedError) as info:
        fake.run(op)
    assert info.value.task_id == TID and len(fake.requests) == 1
