"""Money safety under faults: each fault kind on submit and on query, with the exact number of
tasks created read from the sandbox journal."""

from __future__ import annotations

import socket
import time
from typing import Any, Final

import pytest
from conftest import VirtualSleep
from fake_driver import FakeDriver, Reply, sequence, task
from runninghub import (
    APIConnectionError,
    RateLimitError,
    RunningHub,
    SubmitOutcomeUnknownError,
)

IMAGE: Final = "gpt-image-2/text-to-image-official-stable"
TID: Final = "2013508786110730241"
SUBMIT_PATH = "/openapi/v2/rhart-image-g-2-official/text-to-image"


# Through prism (tests/prism_proxy_run.sh) these faults never reach the client as such: prism
# answers a dropped connection or an unparsable body with its own 500 problem+json, and an HTML
# error page is a reply violation. The JSON 429/5xx replies are in the spec and pass through.
PRISM_REPLACES_DROP = pytest.mark.no_prism("prism answers a dropped upstream connection with its own 500 reply")
PRISM_REJECTS_HTML = pytest.mark.no_prism("an HTML error page is not a reply the spec allows (prism: VIOLATIONS)")
PRISM_REPLACES_TRUNCATED = pytest.mark.no_prism("prism answers an unparsable JSON reply with its own 500 reply")


# The client's per-request timeout: every reply but a held one comes well within it (a slow one
# is read again, as any timed-out read is). The "hold" faults keep a request unanswered until the
# test releases it, so a timeout fires on a server that provably has not answered, whatever the
# load, and takes only the client's own (small) timeout.
READ_TIMEOUT: Final = 1.5
HELD_SUBMIT_TIMEOUT: Final = 0.1  # the submit is the only request: nothing else must fit in it
HELD_QUERY_TIMEOUT: Final = 0.5  # the other status reads must fit in it (a slow one is read again)


def submit_requests(sb: Any) -> int:
    return sum(1 for e in sb.journal if e["path"] == SUBMIT_PATH)


def make_client(sb: Any, timeout: float = READ_TIMEOUT) -> RunningHub:
    c = RunningHub(sb.api_key, base_url=sb.base_url, timeout=timeout)
    c._core.settings.backoff_base = 0.05  # keep retries quick in tests
    return c


@pytest.fixture
def client(runninghub_sandbox: Any) -> Any:
    with make_client(runninghub_sandbox) as c:
        yield c


def wait_for(condition: Any, what: str) -> None:
    """Wait for state the test can see (a safety deadline only, never a window)."""
    deadline = time.monotonic() + 30
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.01)


UNKNOWN_OUTCOME = [
    pytest.param("drop_before", {}, 0, marks=PRISM_REPLACES_DROP),
    pytest.param("drop_after", {}, 1, marks=PRISM_REPLACES_DROP),
    ("status", {"status": 500}, 0),
    ("status", {"status": 502}, 0),
    ("status", {"status": 503}, 0),
    pytest.param("html", {}, 0, marks=PRISM_REJECTS_HTML),
    pytest.param("truncated_json", {}, None, marks=PRISM_REPLACES_TRUNCATED),
    ("hold", {}, 1),  # unanswered until the client gave up; released, the request makes its task
]


@pytest.mark.parametrize(("kind", "options", "created"), UNKNOWN_OUTCOME)
def test_submit_fault_never_creates_a_second_task(
    client: RunningHub, runninghub_sandbox: Any, kind: str, options: dict[str, Any], created: int | None
) -> None:
    runninghub_sandbox.inject_fault(SUBMIT_PATH, kind, count=1, **options)
    if kind == "hold":
        client = make_client(runninghub_sandbox, timeout=HELD_SUBMIT_TIMEOUT)
    with client, pytest.raises(SubmitOutcomeUnknownError) as info:
        client.submit(IMAGE, prompt="a cat")
    err = info.value
    assert err.model == IMAGE and len(err.fingerprint) == 64 and err.submitted_at <= time.time()
    assert "not sent again" in str(err).lower() or "not\nsent again" in str(err).lower()
    if kind == "hold":  # the client gave up on a request the server had not answered yet
        assert runninghub_sandbox.tasks_created == 0
        runninghub_sandbox.release()  # it goes on on the server, as a real one would: it makes its task
        wait_for(lambda: runninghub_sandbox.tasks_created == 1, "the released submit made no task")
    assert submit_requests(runninghub_sandbox) == 1, "the submit was sent more than once"
    if created is not None:
        assert runninghub_sandbox.tasks_created == created
    assert runninghub_sandbox.tasks_created <= 1


@pytest.mark.parametrize("status", [429])
def test_submit_retried_when_provably_refused(
    virtual_sleep: VirtualSleep, client: RunningHub, runninghub_sandbox: Any, status: int
) -> None:
    runninghub_sandbox.inject_fault(SUBMIT_PATH, "status", count=2, status=status, retry_after="0.3")
    task = client.submit(IMAGE, prompt="a cat")
    assert virtual_sleep.sleeps == [0.3, 0.3]  # Retry-After honoured twice (the waits are skipped)
    assert task.id and submit_requests(runninghub_sandbox) == 3
    assert runninghub_sandbox.tasks_created == 1


def test_submit_gives_up_on_rate_limit_after_max_retries(
    virtual_sleep: VirtualSleep, client: RunningHub, runninghub_sandbox: Any
) -> None:
    runninghub_sandbox.inject_fault(SUBMIT_PATH, "status", count=10, status=429, retry_after="0")
    with pytest.raises(RateLimitError) as info:
        client.submit(IMAGE, prompt="a cat")
    assert info.value.status_code == 429 and info.value.retryable
    assert submit_requests(runninghub_sandbox) == client.max_retries + 1
    assert len(virtual_sleep.sleeps) == client.max_retries  # a wait before each retry (skipped)
    assert runninghub_sandbox.tasks_created == 0


def test_queue_full_is_retried_then_reported(
    virtual_sleep: VirtualSleep, client: RunningHub, runninghub_sandbox: Any
) -> None:
    runninghub_sandbox.configure(concurrency_limit=1, task_duration=3600)
    client.submit(IMAGE, prompt="one")
    with pytest.raises(RateLimitError) as info:
        client.submit(IMAGE, prompt="two")  # refused with 421 each time
    assert info.value.error_code == "421"
    assert submit_requests(runninghub_sandbox) == 1 + client.max_retries + 1
    assert len(virtual_sleep.sleeps) == client.max_retries
    assert runninghub_sandbox.tasks_created == 1


def test_connection_refused_is_retried_then_reported(virtual_sleep: VirtualSleep) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    client = RunningHub("k", base_url=f"http://127.0.0.1:{port}", max_retries=2)
    with pytest.raises(APIConnectionError) as info:
        client.submit(IMAGE, prompt="a cat")
    assert not isinstance(info.value, SubmitOutcomeUnknownError)
    assert len(virtual_sleep.sleeps) == 2  # a backoff before each of the two retries, then the error


QUERY_FAULTS = [
    pytest.param("drop_before", {}, marks=PRISM_REPLACES_DROP),
    pytest.param("drop_after", {}, marks=PRISM_REPLACES_DROP),
    ("status", {"status": 429, "retry_after": "0.1"}),
    ("status", {"status": 500}),
    ("status", {"status": 502}),
    ("status", {"status": 503, "retry_after": "0.1"}),
    pytest.param("html", {}, marks=PRISM_REJECTS_HTML),
    pytest.param("truncated_json", {}, marks=PRISM_REPLACES_TRUNCATED),
    ("hold", {}),  # unanswered: each read times out and is read again
]


@pytest.mark.parametrize(("kind", "options"), QUERY_FAULTS)
def test_query_faults_are_retried(
    virtual_sleep: VirtualSleep, client: RunningHub, runninghub_sandbox: Any, kind: str, options: dict[str, Any]
) -> None:  # the waits between reads are skipped (virtual_sleep); a held read's timeout is real
    runninghub_sandbox.configure(task_duration=3600)
    task = client.submit(IMAGE, prompt="a cat")
    runninghub_sandbox.end_task(task.id)  # done before the first read: every read after the faults finds it
    runninghub_sandbox.inject_fault("/openapi/v2/query", kind, count=2, **options)
    if kind == "hold":
        client = make_client(runninghub_sandbox, timeout=HELD_QUERY_TIMEOUT)
    with client:
        result = client.wait(task, timeout=30)
    assert result.succeeded and result.task_id == task.id
    faulted = [e for e in runninghub_sandbox.journal if e["path"] == "/openapi/v2/query" and e.get("fault")]
    assert len(faulted) == 2
    if "retry_after" in options:
        assert virtual_sleep.sleeps.count(float(options["retry_after"])) == 2  # honoured at each refusal
    assert runninghub_sandbox.tasks_created == 1


def test_many_failed_polls_do_not_abort_a_wait() -> None:
    # in virtual time (tests/fake_driver.py): six status reads in a row answer 502, no retries
    done = task(TID, "SUCCESS", results=[{"url": "https://files.fake.test/a.png", "outputType": "png"}])
    fake = FakeDriver(sequence([Reply({"errorCode": "1005"}, status=502)] * 6 + [done]), max_retries=0)
    result = fake.run(fake.core().wait(TID, timeout=60, on_progress=None, cancel_on_timeout=True))
    assert result.succeeded and result.task_id == TID
    assert fake.paths() == ["/openapi/v2/query"] * 7  # every failed read was followed by another
    assert fake.clock.now - 1000 < 60


@PRISM_REPLACES_DROP
def test_upload_retried_on_faults(virtual_sleep: VirtualSleep, client: RunningHub, runninghub_sandbox: Any) -> None:
    runninghub_sandbox.inject_fault("/openapi/v2/media/upload/binary", "drop_after", count=1)
    runninghub_sandbox.inject_fault("/openapi/v2/media/upload/binary", "status", count=1, status=503)
    upload = client.upload(b"\x89PNG\r\n\x1a\n" + b"0" * 1000)
    assert upload.url
    assert len(virtual_sleep.sleeps) == 2 and virtual_sleep.sleeps[1] == 1.0  # a backoff, then the 503's Retry-After
    assert sum(1 for e in runninghub_sandbox.journal if e["path"] == "/openapi/v2/media/upload/binary") == 3
