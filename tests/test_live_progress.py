"""Live progress from a workflow task's netWssUrl WebSocket (runninghub._live).

Against the sandbox, which streams ComfyUI's messages for its workflow tasks on the task's clock:
node progress reaches on_progress, the end is read once to confirm (no status reads while the
channel is healthy), and a channel that drops hands the wait back to polling without an error.
The parser is also checked against the ComfyUI messages in ../shared/reference/captures/.

The tasks never end on their own (an hour long): each test ends its task when it has seen what
it waits for (the channel's first message, a status read), and the channel then sends what is
left of its messages at once.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable
from typing import Any, Final

import pytest
from conftest import SHARED
from runninghub import AsyncRunningHub, RunningHub, TaskFailedError
from runninghub._live import LiveChannel, NodeProgress, live_channel, usable_url
from runninghub._types import Progress

QUERY = "/openapi/v2/query"
WS = "/ws/c_instance"
CAPTURES = SHARED / "captures"


def reads(sb: Any) -> int:
    return sum(1 for e in sb.journal if e["path"] == QUERY)


def nodes(events: list[Progress]) -> list[NodeProgress]:
    return [e.node for e in events if e.node is not None]


LONG: Final = 3600.0  # a task's run time: it ends when the test says


class EndAtFirstMessage(list[Progress]):
    """on_progress that records the events and ends the task when its channel first speaks."""

    def __init__(self, sb: Any) -> None:
        super().__init__()
        self.sb, self.ended = sb, False

    def __call__(self, event: Progress) -> None:
        self.append(event)
        if event.node is not None and not self.ended:
            self.ended = True
            self.sb.end_task(event.task_id)


class EndThenLetTheChannelFinish(EndAtFirstMessage):
    """EndAtFirstMessage, then it holds the wait loop until the channel's listener has queued
    every message left, the end among them (its thread returns after the end): the order in
    which a wait loop that stops at the channel's end would lose the last events."""

    def __call__(self, event: Progress) -> None:
        first = event.node is not None and not self.ended
        super().__call__(event)
        if first:
            deadline = time.monotonic() + 10
            while any(t.name == "runninghub-live" for t in threading.enumerate()) and time.monotonic() < deadline:
                time.sleep(0.01)


def once_a_read_was_answered(sb: Any, then: Callable[[str], None]) -> threading.Thread:
    """Call `then(task_id)` from a thread once the sandbox has answered a status read."""

    def watch() -> None:
        deadline = time.monotonic() + 30
        while not any(e["path"] == QUERY and e.get("status") for e in sb.journal):
            if time.monotonic() > deadline:
                return
            time.sleep(0.01)
        then(sb.task_records()[0]["task_id"])

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    return thread


@pytest.fixture
def client(runninghub_sandbox: Any) -> Any:
    runninghub_sandbox.configure(queued_fraction=0.0, task_duration=LONG)  # running at create: a URL at once
    with RunningHub(api_key=runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as c:
        yield c


@pytest.mark.no_prism("prism does not proxy WebSockets")
def test_node_progress_and_the_end_from_the_channel(client: RunningHub, runninghub_sandbox: Any) -> None:
    events = EndThenLetTheChannelFinish(runninghub_sandbox)  # every event queued before the end arrives
    result = client.run_workflow("1", on_progress=events, timeout=30)
    assert result.succeeded
    live = nodes(events)
    kinds = [n.kind for n in live]
    assert "cached" in kinds and "executing" in kinds and "executed" in kinds and kinds[-1] == "success", kinds
    steps = [n for n in live if n.kind == "progress"]
    assert steps and steps[-1].value == steps[-1].max == 10 and steps[-1].node_id == "3"
    assert any(e["path"] == WS for e in runninghub_sandbox.journal)
    # no status reads while the channel spoke: one read confirmed the end it reported
    assert reads(runninghub_sandbox) == 1


@pytest.mark.no_prism("prism does not proxy WebSockets")
def test_a_dropped_channel_falls_back_to_polling(client: RunningHub, runninghub_sandbox: Any) -> None:
    runninghub_sandbox.inject_fault(WS, "drop_during")
    events = EndAtFirstMessage(runninghub_sandbox)
    result = client.run_workflow("1", on_progress=events, timeout=30)
    assert result.succeeded
    assert len(nodes(events)) == 1  # one message, then the channel was gone
    assert reads(runninghub_sandbox) >= 1


@pytest.mark.no_prism("prism does not proxy WebSockets")
def test_a_failed_task_ends_at_its_status(client: RunningHub, runninghub_sandbox: Any) -> None:
    events = EndAtFirstMessage(runninghub_sandbox)  # ends FAILED: the request holds the fail marker
    with pytest.raises(TaskFailedError) as info:
        client.run_workflow("1", [{"nodeId": "6", "fieldName": "text", "fieldValue": "[[fail]]"}], on_progress=events)
    assert info.value.task_id
    assert "error" in [n.kind for n in nodes(events)]


@pytest.mark.no_prism("prism does not proxy WebSockets")
def test_a_task_queued_at_create_is_polled(runninghub_sandbox: Any) -> None:
    runninghub_sandbox.configure(queued_fraction=0.5, task_duration=LONG)
    with RunningHub(api_key=runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        task = client.submit_workflow("1")
        assert task.live_url is None and task.status == "QUEUED"
        ender = once_a_read_was_answered(runninghub_sandbox, runninghub_sandbox.end_task)  # it read QUEUED
        assert client.wait(task, timeout=30).succeeded
        ender.join()
    assert reads(runninghub_sandbox) >= 2 and not any(e["path"] == WS for e in runninghub_sandbox.journal)


@pytest.mark.no_prism("prism does not proxy WebSockets")
def test_async_client_listens_too(runninghub_sandbox: Any) -> None:
    runninghub_sandbox.configure(queued_fraction=0.0, task_duration=LONG)

    async def main() -> list[Progress]:
        events = EndThenLetTheChannelFinish(runninghub_sandbox)
        async with AsyncRunningHub(api_key=runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as c:
            result = await c.run_workflow("1", on_progress=events, timeout=30)
            assert result.succeeded
        return events

    kinds = [n.kind for n in nodes(asyncio.run(main()))]
    assert "executed" in kinds and kinds[-1] == "success", kinds
    assert reads(runninghub_sandbox) == 1


def test_the_url_is_kept_out_of_reprs(client: RunningHub, runninghub_sandbox: Any) -> None:
    task = client.submit_workflow("1")
    assert task.live_url and "clientId" in task.live_url
    assert task.live_url not in repr(task) and "live_url" not in task.to_dict()
    assert "clientId" not in repr(LiveChannel(task.live_url))
    client.cancel(task)


@pytest.mark.parametrize(
    "url", [None, 5, "http://example.test/ws", "file:///etc/passwd", "ws://", "wss:///nohost", "ws://h/" + "x" * 9000]
)
def test_unusable_urls_are_ignored(url: Any) -> None:
    assert usable_url(url) is None and live_channel(url) is None


def capture(name: str) -> Any:
    path = CAPTURES / name
    if not path.exists():
        pytest.skip(f"{path} not found (CI has ../shared beside the clone)")
    return json.loads(path.read_text(encoding="utf-8"))["reply"]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("ws.execution_start.json", "start"),
        ("ws.execution_cached.json", "cached"),
        ("ws.executing.json", "executing"),
        ("ws.progress.json", "progress"),
        ("ws.executed.json", "executed"),
        ("ws.execution_success.json", "success"),
        ("ws.execution_error.json", "error"),
    ],
)
def test_captured_messages_parse(name: str, kind: str) -> None:
    channel = LiveChannel("ws://127.0.0.1:1/ws", titles={"3": "KSampler", "9": "Save Image"})
    event = channel._event(json.dumps(capture(name)))
    assert event is not None and event.kind == kind
    if kind == "progress":
        assert event.value == 12 and event.max == 20 and event.node_id == "3" and event.node_title == "KSampler"


@pytest.mark.parametrize(
    "message",
    [b"\x89PNG binary preview", "not json", "[]", '{"type": 5}', '{"type": "status", "data": {}}', "[" * 100_000],
)
def test_other_frames_are_skipped(message: str | bytes) -> None:
    assert LiveChannel("ws://127.0.0.1:1/ws")._event(message) is None


def test_progress_fraction_counts_nodes_done() -> None:
    channel = LiveChannel("ws://127.0.0.1:1/ws", titles={"1": "a", "2": "b", "3": "c", "4": "d"})
    channel._event(json.dumps({"type": "execution_cached", "data": {"nodes": ["1"]}}))
    channel._event(json.dumps({"type": "executing", "data": {"node": "2"}}))
    event = channel._event(json.dumps({"type": "progress", "data": {"node": "2", "value": 5, "max": 10}}))
    assert event is not None and event.fraction == pytest.approx((1 + 0.5) / 4)


@pytest.mark.no_prism("prism does not proxy WebSockets")
def test_a_task_queued_at_create_gets_its_channel_once_running(runninghub_sandbox: Any) -> None:
    """The create reply has no netWssUrl while QUEUED; once a read finds the task RUNNING, one
    legacy outputs read (804) names it, and the node titles come from the checked workflow."""
    runninghub_sandbox.configure(queued_fraction=0.5, task_duration=LONG)
    events = EndAtFirstMessage(runninghub_sandbox)
    starter = once_a_read_was_answered(runninghub_sandbox, runninghub_sandbox.start_task)  # it read QUEUED
    with RunningHub(api_key=runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        result = client.run_workflow("1", on_progress=events, timeout=30)
    starter.join()
    assert result.succeeded
    outputs_reads = [e for e in runninghub_sandbox.journal if e["path"] == "/task/openapi/outputs"]
    assert len(outputs_reads) == 1
    live = nodes(events)
    assert live and live[-1].kind == "success"
    assert any(n.node_id == "3" and n.node_title == "KSampler" for n in live)


def test_one_check_says_whether_the_live_extra_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The client and the sandbox ask `_extras` the same question (one list of the extra's modules)."""
    from runninghub import _extras, _live
    from runninghub.sandbox._server import _ws_protocol

    assert _live.available() and _ws_protocol() != "none"
    monkeypatch.setitem(_extras.EXTRAS, "live", ("no_such_module_for_live",))
    assert not _live.available() and _ws_protocol() == "none"
