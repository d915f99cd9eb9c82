"""Contract checks through prism's validating proxy (run by tests/prism_proxy_run.sh).

With RUNNINGHUB_TEST_BASE_URL pointing at `prism proxy generated/openapi.json <sandbox> --errors`,
every request below must be valid for the spec and every reply the sandbox gives must be too:
prism answers 422 (request) or 500 problem+json (reply) otherwise. The conformance request
bodies are sent as they are, so the hand-written expectations are checked by an independent
validator as well. Skipped when RUNNINGHUB_TEST_BASE_URL is not set.
"""

from __future__ import annotations

import json
import os
import time
from typing import Any

import httpx
import pytest
from conftest import ROOT

BASE_URL = os.environ.get("RUNNINGHUB_TEST_BASE_URL", "")
API_KEY = os.environ.get("RUNNINGHUB_TEST_API_KEY", "test-key")
pytestmark = pytest.mark.skipif(not BASE_URL, reason="RUNNINGHUB_TEST_BASE_URL is not set (tests/prism_proxy_run.sh)")
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


@pytest.fixture(scope="module")
def http() -> Any:
    with httpx.Client(base_url=BASE_URL, timeout=30, trust_env=False) as client:
        yield client


def _ok(reply: httpx.Response) -> Any:
    """The JSON of a reply that prism let through unchanged."""
    assert "problem+json" not in reply.headers.get("content-type", ""), reply.text[:2000]
    assert reply.status_code == 200, reply.text[:2000]
    return reply.json()


def _bearer() -> dict[str, str]:
    return {"Authorization": f"Bearer {API_KEY}"}


def _wait_v2(http: httpx.Client, task_id: str, timeout: float = 30) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        task = _ok(http.post("/openapi/v2/query", json={"taskId": task_id}, headers=_bearer()))
        assert task["errorCode"] in ("", None), task
        if task["status"] in ("SUCCESS", "FAILED", "CANCEL") or time.monotonic() > deadline:
            done: dict[str, Any] = task
            return done
        time.sleep(0.05)


def test_conformance_requests_are_valid_for_the_spec(http: httpx.Client) -> None:
    cases = json.loads((ROOT / "tests" / "conformance" / "requests.json").read_text(encoding="utf-8"))["cases"]
    sent = 0
    for case in (c for c in cases if "expect" in c):
        expect = case["expect"]
        headers = {**expect["headers"], "Authorization": f"Bearer {API_KEY}"}
        reply = http.request(expect["method"], expect["path"], content=json.dumps(expect["json"]), headers=headers)
        task = _ok(reply)
        assert task["errorCode"] in ("", None) and isinstance(task["taskId"], str), (case["name"], task)
        sent += 1
    assert sent >= 10


def test_model_task_lifecycle(http: httpx.Client) -> None:
    body = {"prompt": "A lighthouse on a cliff at dusk", "aspectRatio": "16:9", "resolution": "2k", "quality": "low"}
    submitted = _ok(http.post("/openapi/v2/rhart-image-g-2-official/text-to-image", json=body, headers=_bearer()))
    task = _wait_v2(http, submitted["taskId"])
    assert task["status"] == "SUCCESS" and task["results"], task


def test_uploads_and_account(http: httpx.Client) -> None:
    files = {"file": ("pixel.png", PNG, "image/png")}
    uploaded = _ok(http.post("/openapi/v2/media/upload/binary", files=files, headers=_bearer()))
    assert uploaded["code"] == 0 and uploaded["data"]["download_url"], uploaded
    legacy = _ok(http.post("/task/openapi/upload", data={"apiKey": API_KEY, "fileType": "image"}, files=files))
    assert legacy["code"] == 0 and legacy["data"]["fileName"], legacy
    account = _ok(http.post("/uc/openapi/accountStatus", json={"apikey": API_KEY}))
    assert account["code"] == 0, account


def test_workflow_task_lifecycle(http: httpx.Client) -> None:
    created = _ok(
        http.post(
            "/task/openapi/create",
            json={
                "apiKey": API_KEY,
                "workflowId": "1904136902449209346",
                "nodeInfoList": [{"nodeId": "6", "fieldName": "text", "fieldValue": "a cat"}],
            },
        )
    )
    assert created["code"] == 0, created
    task_id = str(created["data"]["taskId"])
    body = {"apiKey": API_KEY, "taskId": task_id}
    deadline = time.monotonic() + 30
    while True:
        outputs = _ok(http.post("/task/openapi/outputs", json=body))
        if outputs["code"] not in (804, 813) or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert outputs["code"] == 0 and outputs["data"], outputs
    status = _ok(http.post("/task/openapi/status", json=body))
    assert status["data"] == "SUCCESS", status


def test_the_wrapper_runs_a_model_through_the_proxy() -> None:
    from runninghub import RunningHub

    with RunningHub(API_KEY, base_url=BASE_URL) as client:
        result = client.run("f-2-dev/text-to-image", {"12##text": "a red fox in fresh snow"})
    assert result.status == "SUCCESS" and result.outputs
