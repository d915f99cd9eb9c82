"""Webhooks: the sandbox POSTs TASK_END; the callback is parsed and confirmed with a query."""

from __future__ import annotations

import json
import queue
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, Final

import pytest
from runninghub import InvalidParamsError, RunningHub, WebhookDeduplicator, parse_webhook

IMAGE: Final = "gpt-image-2/text-to-image-official-stable"


@pytest.fixture
def receiver() -> Any:
    received: queue.Queue[bytes] = queue.Queue()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            received.put(self.rfile.read(int(self.headers["Content-Length"])))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook", received
    server.shutdown()


def test_webhook_delivered_parsed_and_confirmed(runninghub_sandbox: Any, receiver: Any) -> None:
    url, received = receiver
    runninghub_sandbox.configure(task_duration=0.3)
    with RunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        task = client.submit(IMAGE, prompt="a cat", webhook_url=url)
        body = received.get(timeout=15)
        event = parse_webhook(body)
        assert event.event == "TASK_END" and event.task_id == task.id
        snapshot = client.confirm_webhook(body)
        assert snapshot.succeeded and snapshot.task_id == task.id
        dedupe = WebhookDeduplicator()
        assert dedupe.first_time(snapshot)
        assert not dedupe.first_time(client.confirm_webhook(body))  # the same callback twice
    submitted = next(e for e in runninghub_sandbox.journal if e["path"].endswith("/text-to-image"))
    assert submitted["body"]["webhookUrl"] == url


def test_forged_callback_is_not_trusted(runninghub_sandbox: Any) -> None:
    forged = json.dumps({"event": "TASK_END", "taskId": "1234567890123456789", "eventData": "{}"})
    with RunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        with pytest.raises(Exception) as info:
            client.confirm_webhook(forged)
        assert "1004" in str(info.value) or "not found" in str(info.value).lower()


def test_parse_webhook_rejects_garbage() -> None:
    for body in (b"not json", b"[]", b'{"event": "TASK_END"}'):
        with pytest.raises(InvalidParamsError):
            parse_webhook(body)
    event = parse_webhook({"event": "TASK_END", "taskId": 2013508786110730241, "eventData": '{"code": 0}'})
    assert event.task_id == "2013508786110730241" and event.data == {"code": 0}
