"""Fault injection in the sandbox, seen from a raw httpx client over loopback."""

from __future__ import annotations

import json
import time
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
    # a client that gives up during the delay: the request was received, so the task exists
    sb.inject_fault(SUBMIT, "delay", seconds=0.5)
    with client(sb, timeout=0.2) as c, pytest.raises(httpx.ReadTimeout):
        c.post(SUBMIT, json=BODY)
    deadline = time.monotonic() + 3
    while sb.tasks_created < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert sb.tasks_created == 2
    assert [e["fault"] for e in sb.journal] == ["delay", "delay"]


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
