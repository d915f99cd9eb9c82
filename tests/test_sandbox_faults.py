"""Fault injection in the sandbox, seen from a raw httpx client over loopback."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from runninghub.sandbox import Sandbox

SUBMIT = "/openapi/v2/rhart-image-g-2-official/text-to-image"
BODY = {"prompt": "a cat", "aspectRatio": "16:9", "resolution": "2k", "quality": "medium"}
DROPPED = (httpx.RemoteProtocolError, httpx.ReadError)


def client(sb: Sandbox, timeout: float = 10) -> httpx.Client:
    return httpx.Client(
        base_url=sb.base_url, headers={"Authorization": f"Bearer {sb.api_key}"}, timeout=timeout, trust_env=False
    )


def last(sb: Sandbox, path: str = SUBMIT) -> dict[str, Any]:
    return [e for e in sb.journal if e["path"] == path][-1]


@pytest.mark.parametrize(
    ("status", "code", "retry_after"),
    [(429, "1003", "2"), (500, "1005", None), (502, "1005", None), (503, "1010", "1")],
)
def test_status_fault(runninghub_sandbox: Sandbox, status: int, code: str, retry_after: str | None) -> None:
    sb = runninghub_sandbox
    options: dict[str, Any] = {"retry_after": retry_after} if status == 429 else {}
    sb.inject_fault(SUBMIT, "status", status=status, **options)
    with client(sb) as c:
        reply = c.post(SUBMIT, json=BODY)
        assert reply.status_code == status
        assert reply.headers.get("retry-after") == retry_after
        assert reply.json() == {
            "taskId": None,
            "status": None,
            "errorCode": code,
            "errorMessage": reply.json()["errorMessage"],
        }
        assert c.post(SUBMIT, json=BODY).status_code == 200  # count=1: used up
    assert sb.tasks_created == 1 and sb.faults == []
    entry = next(e for e in sb.journal if e["path"] == SUBMIT)
    assert entry["fault"] == "status" and entry["status"] == status and entry["task_id"] is None


def test_html_fault(runninghub_sandbox: Sandbox) -> None:
    sb = runninghub_sandbox
    sb.inject_fault("/openapi/v2/query", "html")
    with client(sb) as c:
        reply = c.post("/openapi/v2/query", json={"taskId": "1"})
    assert reply.status_code == 502 and reply.headers["content-type"].startswith("text/html")
    assert reply.text.lstrip().startswith("<html>") and "502 Bad Gateway" in reply.text
    with pytest.raises(json.JSONDecodeError):
        reply.json()
    assert last(sb, "/openapi/v2/query")["fault"] == "html"


def test_truncated_json_fault(runninghub_sandbox: Sandbox) -> None:
    sb = runninghub_sandbox
    sb.inject_fault(SUBMIT, "truncated_json", count=2)
    with client(sb) as c:
        reply = c.post(SUBMIT, json=BODY)
        assert reply.status_code == 200 and int(reply.headers["content-length"]) == len(reply.content)
        with pytest.raises(json.JSONDecodeError):
            json.loads(reply.content)
        assert reply.text.startswith('{"taskId":"')
        task_id = last(sb)["task_id"]  # handled: the task exists, the reply is cut
        assert task_id and reply.text.startswith(f'{{"taskId":"{task_id}","status":"QUEUED"')
        sb.inject_fault(SUBMIT, "truncated_json", handle=False)
        c.post(SUBMIT, json=BODY)  # the second of count=2
        unhandled = c.post(SUBMIT, json=BODY)
        with pytest.raises(json.JSONDecodeError):
            unhandled.json()
    assert sb.tasks_created == 2  # the handle=False request created no task


def test_delay_fault(runninghub_sandbox: Sandbox) -> None:
    sb = runninghub_sandbox
    sb.inject_fault(SUBMIT, "delay", seconds=0.3)
    with client(sb) as c:
        started = time.monotonic()
        reply = c.post(SUBMIT, json=BODY)
        assert time.monotonic() - started >= 0.3 and reply.status_code == 200
    # a client that leaves during the delay: the request was received, so the task exists
    sb.inject_fault(SUBMIT, "delay", seconds=0.3)
    post_and_leave(sb, SUBMIT, BODY)
    wait_for(lambda: sb.tasks_created == 2, "the delayed request made no task")
    assert [e["fault"] for e in sb.journal] == ["delay", "delay"]


def test_hold_fault_answers_only_once_released(runninghub_sandbox: Sandbox) -> None:
    sb = runninghub_sandbox
    sb.inject_fault(SUBMIT, "hold", count=2)
    with client(sb, timeout=0.1) as c, pytest.raises(httpx.ReadTimeout):
        c.post(SUBMIT, json=BODY)  # held: the timeout fires on a server that has not answered
    assert sb.tasks_created == 0 and last(sb)["fault"] == "hold" and last(sb)["status"] is None
    post_and_leave(sb, SUBMIT, BODY)  # the second is held too, its client gone
    wait_for(lambda: len(sb.journal) == 2, "the second request did not arrive")
    assert sb.tasks_created == 0
    sb.release()  # both go on, as requests a real server received would
    wait_for(lambda: sb.tasks_created == 2, "released requests made no tasks")
    with client(sb) as c:
        assert c.post(SUBMIT, json=BODY).status_code == 200  # the fault is used up
    assert [e.get("fault") for e in sb.journal] == ["hold", "hold", None]


@pytest.mark.no_prism("reads the in-process sandbox's own state")
def test_a_reset_releases_held_requests(runninghub_sandbox: Sandbox) -> None:
    sb = runninghub_sandbox
    sb.inject_fault(SUBMIT, "hold")
    post_and_leave(sb, SUBMIT, BODY)
    wait_for(lambda: len(sb.journal) == 1, "the request did not arrive")
    held = sb.state.holds[0]
    sb.reset()
    assert held.released.is_set() and sb.state.holds == []


def test_tasks_move_on_when_the_test_says(runninghub_sandbox: Sandbox) -> None:
    sb = runninghub_sandbox
    sb.configure(task_duration=3600, queued_fraction=0.5)
    with client(sb) as c:
        first, second = (c.post(SUBMIT, json=BODY).json()["taskId"] for _ in range(2))
        failing = c.post(SUBMIT, json={**BODY, "prompt": "[[fail]]"}).json()["taskId"]
        assert {sb.task_status(t) for t in (first, second, failing)} == {"QUEUED"}
        sb.start_task(first)
        assert sb.task_status(first) == "RUNNING" and sb.task_status(second) == "QUEUED"
        sb.end_task(first)
        sb.end_task(second)  # straight from QUEUED
        sb.end_task(failing)
        assert [sb.task_status(t) for t in (first, second, failing)] == ["SUCCESS", "SUCCESS", "FAILED"]
        sb.start_task(first)  # an ended task stays as it is
        assert sb.task_status(first) == "SUCCESS"
        query = c.post("/openapi/v2/query", json={"taskId": first}).json()
        assert query["status"] == "SUCCESS" and query["results"]
    with pytest.raises(KeyError):
        sb.end_task("123")


@pytest.mark.no_prism("drives the control routes at base_url, which is the sandbox itself only in process")
def test_task_steps_and_release_over_the_control_routes(runninghub_sandbox: Sandbox) -> None:
    from runninghub.sandbox._remote import RemoteSandbox

    sb = runninghub_sandbox
    sb.configure(task_duration=3600, queued_fraction=0.5)
    with client(sb) as c:
        task_id = c.post(SUBMIT, json=BODY).json()["taskId"]
    with RemoteSandbox(sb.base_url, control_url=sb.base_url, api_key=sb.api_key) as remote:
        remote.start_task(task_id)
        assert sb.task_status(task_id) == "RUNNING"
        remote.end_task(task_id)
        assert sb.task_status(task_id) == "SUCCESS"
        with pytest.raises(RuntimeError, match="404"):
            remote.end_task("123")
        remote.inject_fault(SUBMIT, "hold")
        post_and_leave(sb, SUBMIT, BODY)
        wait_for(lambda: sb.tasks_created == 1 and len(sb.journal) == 2, "the request did not arrive")
        remote.release()
        wait_for(lambda: sb.tasks_created == 2, "the released request made no task")


def post_and_leave(sb: Sandbox, path: str, body: Any) -> None:
    """Send a whole request and hang up without reading: a client gone before any answer."""
    data = json.dumps(body).encode()
    host, port = sb.base_url.removeprefix("http://").split(":")
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {sb.api_key}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n\r\n"
    )
    with socket.create_connection((host, int(port))) as s:
        s.sendall(head.encode() + data)


def wait_for(condition: Callable[[], bool], what: str) -> None:
    """Wait for state the test can see (a safety deadline only, never a window)."""
    deadline = time.monotonic() + 30
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.01)


def test_drop_before(runninghub_sandbox: Sandbox) -> None:
    sb = runninghub_sandbox
    sb.inject_fault(SUBMIT, "drop_before")
    with client(sb) as c:
        with pytest.raises(DROPPED):
            c.post(SUBMIT, json=BODY)
        assert c.post(SUBMIT, json=BODY).status_code == 200  # a new connection works
    assert sb.tasks_created == 1
    dropped = sb.journal[0]
    assert dropped["fault"] == "drop_before" and dropped["status"] is None and dropped["task_id"] is None


def test_drop_after_creates_the_task(runninghub_sandbox: Sandbox) -> None:
    sb = runninghub_sandbox
    sb.inject_fault(SUBMIT, "drop_after")
    with client(sb) as c, pytest.raises(DROPPED):
        c.post(SUBMIT, json=BODY)
    assert sb.tasks_created == 1
    entry = sb.journal[0]
    assert entry["fault"] == "drop_after" and entry["status"] is None
    assert entry["task_id"] and entry["handled_status"] == 200
    assert sb.task_status(entry["task_id"]) in ("QUEUED", "RUNNING")


def test_drop_during_a_download(runninghub_sandbox: Sandbox) -> None:
    sb = runninghub_sandbox
    sb.configure(task_duration=0, output_size=2_000_000)
    with client(sb) as c:
        task_id = c.post(SUBMIT, json=BODY).json()["taskId"]
        url = c.post("/openapi/v2/query", json={"taskId": task_id}).json()["results"][0]["url"]
        sb.inject_fault("/files/*", "drop_during", bytes=300_000)
        got = 0
        with pytest.raises(DROPPED), c.stream("GET", url) as reply:
            assert reply.headers["content-length"] == "2000000"
            for chunk in reply.iter_raw():
                got += len(chunk)
        assert got == 300_000
        assert len(c.get(url).content) == 2_000_000


def test_fault_count_patterns_and_method(runninghub_sandbox: Sandbox) -> None:
    sb = runninghub_sandbox
    sb.inject_fault("/openapi/v2/*/text-to-image", "status", count=2, status=503)
    sb.inject_fault("re:^/task/openapi/(status|outputs)$", "status", status=500)
    sb.inject_fault("/files/*", "status", status=502, method="HEAD")
    assert [f["remaining"] for f in sb.faults] == [2, 1, 1]
    with client(sb) as c:
        assert [c.post(SUBMIT, json=BODY).status_code for _ in range(3)] == [503, 503, 200]
        assert c.post("/openapi/v2/query", json={"taskId": "1"}).status_code == 200  # glob does not match
        assert c.post("/task/openapi/outputs", json={}).status_code == 500
        assert c.post("/task/openapi/status", json={}).status_code == 200
        assert c.get("/files/none").status_code == 404  # GET: not faulted
        assert c.head("/files/none").status_code == 502
    assert sb.faults == [] and sb.tasks_created == 1
    with pytest.raises(ValueError, match="unknown fault kind"):
        sb.inject_fault("/x", "explode")


def test_faults_through_the_control_route(runninghub_sandbox: Sandbox) -> None:
    sb = runninghub_sandbox
    with client(sb) as c:
        c.post("/__sandbox/faults", json={"path": SUBMIT, "kind": "drop_after", "count": 1})
        with pytest.raises(DROPPED):
            c.post(SUBMIT, json=BODY)
        journal = c.get("/__sandbox/journal").json()
    assert journal["tasks_created"] == 1 and journal["journal"][0]["fault"] == "drop_after"
