"""The Python wrapper against the language-neutral cases in tests/conformance/.

Each case is played over real HTTP on loopback: a small canned server answers with the case's
raw status, headers and body (or drops the connection, or stalls), and the real client reads it.
The operations the wrapper does not use are skipped by name, not silently: it reads every task
through POST /openapi/v2/query, so legacy_status and legacy_outputs replies are for clients
that call those endpoints.
"""

from __future__ import annotations

import json
import queue
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import runninghub
from conftest import VirtualSleep
from runninghub import Output, RunningHub, SubmitOutcomeUnknownError

HERE = Path(__file__).parent / "conformance"
KEY = "test-key"
TASK_ID = "2013508786110730241"
NOT_USED_BY_PYTHON = {"legacy_status", "legacy_outputs"}


def _cases(name: str) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))["cases"]
    return cases


class Canned:
    """A loopback HTTP server that answers each request with the next queued action."""

    def __init__(self) -> None:
        self.actions: queue.Queue[dict[str, Any]] = queue.Queue()
        self.requests: list[dict[str, Any]] = []
        canned = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                canned.requests.append(
                    {"method": self.command, "path": self.path, "headers": dict(self.headers), "body": body}
                )
                action = canned.actions.get_nowait() if not canned.actions.empty() else canned.default
                if action.get("drop"):
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                payload = action.get("body", b"")
                self.send_response(action.get("status", 200))
                for k, v in action.get("headers", {}).items():
                    if k.lower() != "content-length":
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = _handle

            def log_message(self, *args: Any) -> None:
                pass

        self.default: dict[str, Any] = {"status": 500, "body": b"no action queued"}
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()  # quick shutdown

    def queue(self, *actions: dict[str, Any]) -> None:
        for a in actions:
            self.actions.put(a)


@pytest.fixture(scope="module")
def canned() -> Iterator[Canned]:
    server = Canned()
    yield server
    server.server.shutdown()


@pytest.fixture
def server(canned: Canned) -> Canned:
    while not canned.actions.empty():
        canned.actions.get_nowait()
    canned.requests.clear()
    return canned


class FailFirstConnect(httpx.HTTPTransport):
    """A transport whose first connection attempt fails (nothing is sent), like a refused port."""

    def __init__(self) -> None:
        super().__init__()
        self.failed = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not self.failed:
            self.failed = True
            raise httpx.ConnectError("connection refused (conformance fault)", request=request)
        return super().handle_request(request)


class FirstReplyTimesOut(httpx.HTTPTransport):
    """A transport whose first request reaches the server (which answers) and then times out as
    a read would: the client sees exactly what a reply that never came looks like, at once,
    instead of waiting out a real read timeout (that one is tested over loopback against a held
    request in test_client_faults.py)."""

    def __init__(self) -> None:
        super().__init__()
        self.timed_out = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if not self.timed_out:
            self.timed_out = True
            response.close()
            raise httpx.ReadTimeout("timed out (conformance fault)", request=request)
        return response


def make_client(server: Canned, *, retries: int = 0, transport: httpx.BaseTransport | None = None) -> RunningHub:
    http = httpx.Client(transport=transport, timeout=httpx.Timeout(0.8))
    client = RunningHub(KEY, base_url=server.base_url, max_retries=retries, http_client=http)
    client._core.settings.backoff_base = 0.01
    return client


SUCCESS = {
    "submit": {"taskId": TASK_ID, "status": "QUEUED", "errorCode": "", "errorMessage": "", "results": None},
    "query": {"taskId": TASK_ID, "status": "SUCCESS", "errorCode": "", "results": [{"url": "u", "outputType": "png"}]},
    "upload": {"code": 0, "msg": "success", "data": {"download_url": "https://x/y.png", "fileName": "api/y.png"}},
    "account": {"code": 0, "msg": "success", "data": {"remainMoney": "1", "currency": "CNY"}},
    "legacy_create": {"code": 0, "msg": "success", "data": {"taskId": TASK_ID, "taskStatus": "QUEUED"}},
}


def ok_action(operation: str) -> dict[str, Any]:
    if operation == "download":
        return {"status": 200, "headers": {"Content-Type": "image/png"}, "body": b"\x89PNG\r\n\x1a\n" + b"1" * 100}
    return {
        "status": 200,
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps(SUCCESS[operation]).encode(),
    }


def perform(client: RunningHub, server: Canned, operation: str, tmp_path: Path, task_id: str = TASK_ID) -> Any:
    if operation == "submit":
        return client.submit("gpt-image-2/text-to-image-official-stable", prompt="a cat")
    if operation == "query":  # a reply about another task than the one asked is an error
        return client.query(task_id)
    if operation == "upload":
        return client.upload(b"\x89PNG\r\n\x1a\n0000")
    if operation == "account":
        return client.account()
    if operation == "legacy_create":
        # validate=False: these cases are about reading the create reply (no workflow JSON to check against)
        return client.submit_workflow("1904136902449209346", [("6", "text", "a cat")], validate=False)
    if operation == "download":
        out = Output(url=server.base_url + "/files/out.png", output_type="png", task_id=TASK_ID, _client=client)
        return out.save(tmp_path)
    raise AssertionError(operation)


# --------------------------------------------------------------------------- requests.json
@pytest.mark.parametrize("case", _cases("requests"), ids=lambda c: c["name"])
def test_request_building(case: dict[str, Any], server: Canned) -> None:
    client = make_client(server)
    server.queue(ok_action("submit"))
    if "expect_error" in case:
        with pytest.raises(runninghub.InvalidParamsError) as info:
            client.submit(case["model"], case["params"])
        assert info.value.field == case["expect_error"]["field"]
        assert isinstance(info.value, getattr(runninghub, case["expect_error"]["error"]))
        assert server.requests == []
        return
    client.submit(case["model"], case["params"])
    (sent,) = server.requests
    expect = case["expect"]
    assert sent["method"] == expect["method"]
    assert sent["path"] == expect["path"]
    headers = {k.lower(): v for k, v in sent["headers"].items()}
    for name, value in expect["headers"].items():
        assert headers[name.lower()].split(";")[0] == value, name
    assert json.loads(sent["body"]) == expect["json"]


# --------------------------------------------------------------------------- replies.json
def _check_error(err: BaseException, expect: dict[str, Any]) -> None:
    if isinstance(err, SubmitOutcomeUnknownError):  # the classified reply is its cause
        assert isinstance(err.__cause__, runninghub.RunningHubError), err
        err = err.__cause__
    assert isinstance(err, getattr(runninghub, expect["error"])), f"{type(err).__name__}: {err}"
    assert getattr(err, "error_code", None) == expect["error_code"]
    assert bool(getattr(err, "retryable", False)) == expect["retryable"]


@pytest.mark.parametrize("case", _cases("replies"), ids=lambda c: c["name"])
def test_reply_reading(case: dict[str, Any], server: Canned, tmp_path: Path) -> None:
    if case["operation"] in NOT_USED_BY_PYTHON:
        pytest.skip(f"the Python wrapper does not call the {case['operation']} endpoint (it reads tasks via v2 query)")
    client = make_client(server)
    server.queue(
        {"status": case["http_status"], "headers": case.get("headers", {}), "body": case["body_text"].encode("utf-8")}
    )
    expect = case["expect"]
    if expect["kind"] == "error":
        with pytest.raises(runninghub.RunningHubError) as info:
            perform(client, server, case["operation"], tmp_path)
        _check_error(info.value, expect)
        return
    result = perform(client, server, case["operation"], tmp_path, expect.get("task_id") or TASK_ID)
    if expect["kind"] == "task":
        snap = (
            result
            if isinstance(result, runninghub.TaskSnapshot)
            else runninghub.TaskSnapshot.from_reply(
                result.raw if case["operation"] == "submit" else (result.raw.get("data") or {}), result.id
            )
        )
        if case["operation"] == "legacy_create":
            assert result.id == expect["task_id"] and result.status == expect["status"]
            return
        assert snap.task_id == expect["task_id"]
        assert snap.status == expect["status"]
        assert snap.done == expect["terminal"] and snap.succeeded == expect["succeeded"]
        assert [{"url": o.url, "output_type": o.output_type, "text": o.text} for o in snap.outputs] == expect["outputs"]
    elif expect["kind"] == "upload":
        assert (result.url, result.file_name) == (expect["url"], expect["file_name"])
    elif expect["kind"] == "account":
        assert result.remain_coins == (float(expect["remain_coins"]) if expect["remain_coins"] is not None else None)
        assert result.remain_money == (float(expect["remain_money"]) if expect["remain_money"] is not None else None)
        assert result.currency == expect["currency"] and result.api_type == expect["api_type"]
        assert result.current_task_counts == expect["current_task_counts"]
    else:
        raise AssertionError(f"unexpected kind {expect['kind']}")


# --------------------------------------------------------------------------- retries.json
def fault_action(case: dict[str, Any]) -> dict[str, Any]:
    fault = case["fault"]
    kind = fault["kind"]
    if kind == "read_timeout":  # answered, then dropped by FirstReplyTimesOut
        return ok_action(case["operation"])
    if kind == "dropped_after_send":
        return {"drop": True}
    headers = {"Retry-After": fault["retry_after"]} if "retry_after" in fault else {}
    if kind == "status":
        return {"status": fault["status"], "headers": headers, "body": b""}
    if kind == "html":
        return {
            "status": fault.get("status", 200),
            "headers": {"Content-Type": "text/html", **headers},
            "body": b"<html><body><h1>502 Bad Gateway</h1></body></html>",
        }
    if kind == "truncated_json":
        text = json.dumps(SUCCESS.get(case["operation"], SUCCESS["query"]))
        return {"status": 200, "headers": {"Content-Type": "application/json"}, "body": text[: len(text) // 2].encode()}
    if kind == "error_code":
        code = fault["error_code"]
        body = (
            {"code": int(code), "msg": "error", "data": None}
            if case["operation"] == "account"
            else {"taskId": "", "status": "FAILED", "errorCode": code, "errorMessage": "error"}
        )
        return {
            "status": fault.get("status", 200),
            "headers": {"Content-Type": "application/json", **headers},
            "body": json.dumps(body).encode(),
        }
    raise AssertionError(kind)


@pytest.mark.parametrize("case", _cases("retries"), ids=lambda c: c["name"])
def test_retry_decision(case: dict[str, Any], server: Canned, tmp_path: Path, virtual_sleep: VirtualSleep) -> None:
    kind = case["fault"]["kind"]
    transport = {"connect_error": FailFirstConnect, "read_timeout": FirstReplyTimesOut}.get(kind)
    client = make_client(server, retries=2, transport=transport() if transport else None)
    if kind != "connect_error":  # a refused connection sends nothing: the server sees only the retry
        server.queue(fault_action(case))
    server.queue(ok_action(case["operation"]))
    expect = case["expect"]
    if expect == "retry":
        perform(client, server, case["operation"], tmp_path)
        assert len(server.requests) == (1 if kind == "connect_error" else 2)
        # one wait before the one retry, at least the Retry-After (skipped: virtual_sleep)
        assert len(virtual_sleep.sleeps) == 1 and virtual_sleep.sleeps[0] >= case.get("delay_at_least", 0)
        return
    assert virtual_sleep.sleeps == [], "no wait without a retry"
    with pytest.raises(runninghub.RunningHubError) as info:
        perform(client, server, case["operation"], tmp_path)
    if expect == "outcome_unknown":
        assert isinstance(info.value, SubmitOutcomeUnknownError), f"{type(info.value).__name__}: {info.value}"
    else:
        assert not isinstance(info.value, SubmitOutcomeUnknownError), str(info.value)
    assert len(server.requests) == 1, "the request was sent again"
