"""Workflows and AI Apps against the sandbox: templates, checks before paying, uploads (media
and LoRA), quick create, webhook delivery detail and resend; sync and async."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from conftest import SHARED
from runninghub import (
    APIError,
    App,
    AsyncRunningHub,
    InvalidParamsError,
    Link,
    RunningHub,
    RunningHubError,
    WebhookDelivery,
    Workflow,
)

# The wire paths, written out: the client takes them from the generated layer (tests/test_routes.py).
WORKFLOW_JSON_PATH = "/api/openapi/getJsonApiFormat"
APP_DEMO_PATH = "/api/webapp/apiCallDemo"
QUICK_PARAMS_PATH = "/api/fast/creation/model/params"
QUICK_RUN_PATH = "/task/openapi/quick-ai-app/run"
LORA_URL_PATH = "/api/openapi/getLoraUploadUrl"
WEBHOOK_DETAIL_PATH = "/task/openapi/getWebhookDetail"
WEBHOOK_RETRY_PATH = "/task/openapi/retryWebhook"
WF = "1904136902449209346"
APP_ID = "1877265245566922800"
CREATE = "/task/openapi/create"
APP_RUN = "/task/openapi/ai-app/run"
UPLOAD = "/openapi/v2/media/upload/binary"
PNG_1PX = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)
MP4_HEAD = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64


def paths(sb: Any) -> list[str]:
    return [e["path"] for e in sb.journal]


def sent(sb: Any, path: str) -> list[dict[str, Any]]:
    return [e["body"] for e in sb.journal if e["path"] == path]


def stored_name(value: Any) -> bool:
    """An upload's fileName (such as api/<sha256>.png), not a URL and not a local path."""
    return isinstance(value, str) and "/" in value and not value.startswith(("http://", "https://", "/"))


@pytest.fixture
def client(runninghub_sandbox: Any) -> Iterator[RunningHub]:
    runninghub_sandbox.configure(task_duration=0.2)
    with RunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as c:
        yield c


@pytest.fixture
def png(tmp_path: Path) -> Path:
    path = tmp_path / "in.png"
    path.write_bytes(PNG_1PX)
    return path


# --------------------------------------------------------------------------- templates
def test_workflow_nodes_are_listed_and_read_once(client: RunningHub, runninghub_sandbox: Any) -> None:
    wf = client.workflow(WF)
    assert wf.nodes["6"].class_type == "CLIPTextEncode" and wf.nodes["6"].title == "Positive Prompt"
    assert wf.nodes["6"].inputs["text"] == "a cat"
    assert wf.nodes["6"].inputs["clip"] == Link("13", 1)  # a link, not a literal list
    assert [n.id for n in wf.find(class_type="CLIPTextEncode")] == ["6", "7"]
    assert [n.id for n in wf.find(title="Load Image")] == ["10"]
    editable = {(i.node_id, i.name) for i in wf.editable()}
    assert ("6", "text") in editable and ("6", "clip") not in editable and ("3", "model") not in editable
    assert wf.nodes["10"].media_input == ("image", "image") and wf.nodes["13"].media_input == ("lora_name", "lora")
    assert client.workflow(WF) is wf
    assert paths(runninghub_sandbox) == [WORKFLOW_JSON_PATH]  # cached per client
    assert "apiKey" not in runninghub_sandbox.journal[0]["body"]  # the journal drops the key it got


def test_workflow_from_the_captured_reply() -> None:
    path = SHARED / "captures" / "get-json-api-format.success.docs.json"
    if not path.exists():
        pytest.skip("reference captures not found")
    reply = json.loads(path.read_text(encoding="utf-8"))["reply"]
    wf = Workflow.from_api_json(reply["data"]["prompt"], "1")
    assert wf.nodes["3"].inputs["model"] == Link("4", 0) and wf.nodes["3"].inputs["steps"] == 20
    assert wf.nodes["9"].title == "Save Image"
    assert {i.name for i in wf.editable() if i.node_id == "9"} == {"filename_prefix"}


def test_a_ui_format_workflow_is_refused() -> None:
    with pytest.raises(InvalidParamsError, match="API format"):
        Workflow.from_api_json({"nodes": [{"id": 6, "type": "CLIPTextEncode"}], "links": [], "version": 0.4})


def test_app_from_the_captured_reply() -> None:
    path = SHARED / "captures" / "api-call-demo.success.docs.json"
    if not path.exists():
        pytest.skip("reference captures not found")
    reply = json.loads(path.read_text(encoding="utf-8"))["reply"]
    app = App.from_demo("1", reply["data"])
    assert app.name == "Flux Kontext单图模式"
    image = app.node("39", "image")
    assert image is not None and image.field_type == "IMAGE" and image.media_kind == "image"
    model = app.node("37", "model")
    assert model is not None and "flux-kontext-pro" in (model.options() or [])


def test_app_template_is_read(client: RunningHub, runninghub_sandbox: Any) -> None:
    app = client.app(APP_ID)
    assert app.webapp_id == APP_ID and app.name == "Sandbox app" and app.access_encrypted is None  # as in the capture
    steps = app.node("25", "steps")
    assert steps is not None and (steps.field_type, steps.value, steps.description_en) == ("INT", "20", "Steps")
    assert [e["path"] for e in runninghub_sandbox.journal] == [APP_DEMO_PATH]
    assert runninghub_sandbox.journal[0]["query"] == ["apiKey", "webappId"]


# --------------------------------------------------------------------------- checks before paying
@pytest.mark.parametrize(
    ("item", "words"),
    [
        (("66", "text", "a dog"), ["'66'", "has no node", "6 (CLIPTextEncode)"]),
        (("6", "txt", "a dog"), ["'txt'", "editable inputs: text"]),
        (("6", "clip", "x"), ["'clip'", "linked to node 13 output 1"]),
        (("3", "steps", "many"), ["'steps'", "takes a number", "got a string"]),
        (("3", "steps", True), ["'steps'", "got a boolean"]),
        (("6", "text", 5), ["'text'", "takes a string"]),
        (("15", "enabled", "yes"), ["'enabled'", "takes a boolean"]),
        (("6", "text", PNG_1PX), ["local file", "loader node"]),
        (("7", "text", "again"), ["already set by nodeInfoList[0]"]),
    ],
)
def test_a_wrong_node_is_refused_with_nothing_sent(
    client: RunningHub, runninghub_sandbox: Any, item: tuple[Any, ...], words: list[str]
) -> None:
    client.workflow(WF)  # the template, read once per client
    runninghub_sandbox.reset()
    with pytest.raises(InvalidParamsError) as caught:
        client.run_workflow(WF, [("7", "text", "fine"), item])
    message = str(caught.value)
    assert "nodeInfoList[1]" in message and all(w in message for w in words), message
    assert runninghub_sandbox.journal == []  # no request at all: nothing uploaded, nothing paid


def test_values_of_the_right_type_are_accepted(client: RunningHub, runninghub_sandbox: Any) -> None:
    task = client.submit_workflow(
        WF, [("3", "cfg", 7.5), ("3", "steps", 30), ("3", "seed", "12"), ("15", "enabled", False), ("6", "text", "x")]
    )
    assert task.id
    [body] = sent(runninghub_sandbox, CREATE)
    assert [n["fieldValue"] for n in body["nodeInfoList"]] == [7.5, 30, "12", False, "x"]  # sent as given


def test_a_video_in_a_load_image_node_is_refused(client: RunningHub, runninghub_sandbox: Any, tmp_path: Path) -> None:
    video = tmp_path / "clip.mp4"
    video.write_bytes(MP4_HEAD)
    with pytest.raises(InvalidParamsError, match=r"takes image files .*got a mp4 file"):
        client.submit_workflow(WF, [("10", "image", video)])
    assert UPLOAD not in paths(runninghub_sandbox) and CREATE not in paths(runninghub_sandbox)
    client.submit_workflow(WF, [("11", "video", video)])  # the video loader takes it
    assert paths(runninghub_sandbox).count(UPLOAD) == 1


def test_a_local_image_in_load_image_is_uploaded_and_replaced_by_its_file_name(
    client: RunningHub, runninghub_sandbox: Any, png: Path
) -> None:
    result = client.run_workflow(WF, [("10", "image", png), ("6", "text", "a dog")])
    assert result.succeeded
    assert paths(runninghub_sandbox)[:3] == [WORKFLOW_JSON_PATH, UPLOAD, CREATE]
    [body] = sent(runninghub_sandbox, CREATE)
    image = body["nodeInfoList"][0]
    sha = hashlib.sha256(PNG_1PX).hexdigest()
    assert (image["nodeId"], image["fieldName"]) == ("10", "image")
    assert stored_name(image["fieldValue"]) and image["fieldValue"].endswith(f"{sha}.png")  # fileName, not URL


def test_validate_false_sends_as_given_and_the_sandbox_answers_803(client: RunningHub, runninghub_sandbox: Any) -> None:
    with pytest.raises(APIError) as caught:
        client.submit_workflow(WF, [("66", "text", "x")], validate=False)
    assert caught.value.error_code == "803"
    assert "NODE_INFO_MISMATCH(nodeId=66, fieldName=text, reason=node_not_found_in_workflow)" in str(caught.value)
    assert paths(runninghub_sandbox) == [CREATE]  # no template read, one create, not retried
    with pytest.raises(APIError, match="field_not_found_in_node_inputs"):
        client.submit_workflow(WF, [("6", "txt", "x")], validate=False)


def test_workflow_override_is_what_nodes_are_checked_against(client: RunningHub, runninghub_sandbox: Any) -> None:
    graph = {
        "1": {"class_type": "CLIPTextEncode", "inputs": {"text": "hi", "clip": ["2", 1]}},
        "2": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "x.safetensors"}},
        "3": {"class_type": "LoraLoader", "inputs": {"lora_name": "a.safetensors", "model": ["2", 0]}},
    }
    with pytest.raises(InvalidParamsError, match="has no node '6'"):
        client.submit_workflow(WF, [("6", "text", "x")], workflow=graph)
    with pytest.raises(InvalidParamsError, match="only in an RHLoraLoader"):
        client.submit_workflow(WF, [("3", "lora_name", Path(__file__))], workflow=graph)
    assert runninghub_sandbox.journal == []  # the override is the template: nothing fetched
    client.submit_workflow(WF, [("1", "text", "x")], workflow=graph)
    [body] = sent(runninghub_sandbox, CREATE)
    assert json.loads(body["workflow"]) == graph


def test_run_options_reach_the_body(client: RunningHub, runninghub_sandbox: Any) -> None:
    client.submit_workflow(
        WF,
        [("6", "text", "x")],
        instance_type="plus",
        use_personal_queue=True,
        retain_seconds=60,
        access_password="secret",
        add_metadata=False,
        webhook_url="http://127.0.0.1:9/hook",
    )
    client.submit_app(APP_ID, [("3", "text", "x")], instance_type="default", retain_seconds=0, access_password="p")
    [wf] = sent(runninghub_sandbox, CREATE)
    assert {k: wf[k] for k in ("instanceType", "usePersonalQueue", "retainSeconds", "accessPassword")} == {
        "instanceType": "plus",
        "usePersonalQueue": True,
        "retainSeconds": 60,
        "accessPassword": "secret",
    }
    assert wf["addMetadata"] is False and wf["webhookUrl"] == "http://127.0.0.1:9/hook"
    [app] = sent(runninghub_sandbox, APP_RUN)
    assert (app["instanceType"], app["retainSeconds"], app["accessPassword"]) == ("default", 0, "p")
    assert "usePersonalQueue" not in app and "addMetadata" not in app  # only what was given
    before = len(runninghub_sandbox.journal)
    for wrong in (-1, 181, 1.5):
        with pytest.raises(InvalidParamsError, match="retain_seconds"):
            client.submit_workflow(WF, [], retain_seconds=wrong)  # type: ignore[arg-type]
    with pytest.raises(InvalidParamsError, match="use_personal_queue: expected bool"):
        client.submit_workflow(WF, [], use_personal_queue="true")  # type: ignore[arg-type]
    with pytest.raises(InvalidParamsError, match="access_password: expected str"):
        client.submit_app(APP_ID, [], access_password=1234)  # type: ignore[arg-type]
    assert len(runninghub_sandbox.journal) == before


# --------------------------------------------------------------------------- AI Apps
@pytest.mark.parametrize(
    ("item", "words"),
    [
        (("99", "text", "x"), ["no such input", "3:text"]),
        (("3", "prompt", "x"), ["no such input"]),
        (("25", "steps", "many"), ["takes an integer"]),
        (("25", "steps", 2.5), ["takes an integer"]),
        (("25", "cfg", "high"), ["takes a number"]),
        (("37", "model", "flux-kontext-mini"), ["one of", "flux-kontext-max"]),
        (("3", "text", PNG_1PX), ["not a media input"]),
    ],
)
def test_app_nodes_are_checked_against_the_template(
    client: RunningHub, runninghub_sandbox: Any, item: tuple[Any, ...], words: list[str]
) -> None:
    with pytest.raises(InvalidParamsError) as caught:
        client.run_app(APP_ID, [item])
    assert all(w in str(caught.value) for w in words), str(caught.value)
    assert paths(runninghub_sandbox) == [APP_DEMO_PATH]  # the free template read, nothing else


def test_app_run_uploads_media_and_fills_defaults_only_when_asked(
    client: RunningHub, runninghub_sandbox: Any, png: Path
) -> None:
    assert client.run_app(APP_ID, [("10", "image", png), ("25", "steps", 8)]).succeeded
    [first] = sent(runninghub_sandbox, APP_RUN)
    assert stored_name(first["nodeInfoList"][0]["fieldValue"]) and len(first["nodeInfoList"]) == 2
    client.submit_app(APP_ID, [("3", "text", "hi")], fill_defaults=True)
    filled = sent(runninghub_sandbox, APP_RUN)[1]["nodeInfoList"]
    assert filled[0] == {"nodeId": "3", "fieldName": "text", "fieldValue": "hi"}
    assert {"nodeId": "25", "fieldName": "steps", "fieldValue": "20"} in filled
    assert len(filled) == len(client.app(APP_ID).nodes)  # every template input, once
    runninghub_sandbox.reset()
    client.submit_app(APP_ID, [("3", "text", 5)], validate=False)  # not checked, not read
    assert paths(runninghub_sandbox) == [APP_RUN]
    with pytest.raises(APIError, match=r"NODE_INFO_MISMATCH\(nodeId=99, fieldName=text, reason=node_not_found"):
        client.submit_app(APP_ID, [("99", "text", "x")], validate=False)  # the sandbox refuses it (803)


def test_quick_create_styles_and_run(client: RunningHub, runninghub_sandbox: Any) -> None:
    styles = client.quick_create_styles(APP_ID, style_type=2)
    assert [s.model_name for s in styles] == ["Watercolor", "Ink"] and styles[0].trigger == "watercolor"
    [params] = sent(runninghub_sandbox, QUICK_PARAMS_PATH)
    assert params == {"webappId": APP_ID, "type": 2}  # this route takes no key
    with pytest.raises(InvalidParamsError):
        client.run_quick_create(APP_ID, "002", [("3", "txt", "x")])
    result = client.run_quick_create(APP_ID, "002", [("3", "text", "a cat")])
    assert result.succeeded
    [run] = sent(runninghub_sandbox, QUICK_RUN_PATH)
    assert run["quickCreateCode"] == "002" and run["nodeInfoList"] == [
        {"nodeId": "3", "fieldName": "text", "fieldValue": "a cat"}
    ]


# --------------------------------------------------------------------------- LoRA
@pytest.mark.no_prism("the PUT goes to the sandbox's own storage route, and the test reads its files")
def test_upload_lora_is_a_byte_exact_put_once_per_md5(
    client: RunningHub, runninghub_sandbox: Any, tmp_path: Path
) -> None:
    data = bytes(range(256)) * 5000 + b"tail"  # not all one byte, not a multiple of the chunk
    path = tmp_path / "style.safetensors"
    path.write_bytes(data)
    md5 = hashlib.md5(data).hexdigest()
    assert client.upload_lora(path) == f"api-lora-cn/{md5}.safetensors"
    assert client.upload_lora(path, "again") == f"api-lora-cn/{md5}.safetensors"  # once per md5
    [url_req] = sent(runninghub_sandbox, LORA_URL_PATH)
    assert url_req == {"loraName": "style", "md5Hex": md5}
    puts = [e for e in runninghub_sandbox.journal if e["method"] == "PUT"]
    assert len(puts) == 1 and puts[0]["status"] == 200 and puts[0]["body_summary"]["bytes"] == len(data)
    stored = runninghub_sandbox.state.files_dir / "lora" / f"{md5}.safetensors"
    assert stored.read_bytes() == data  # the sandbox also checked the MD5 of what it got
    path.write_bytes(data[::-1])  # new content in the same file: read again, uploaded again
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 10**9))
    assert client.upload_lora(path) == f"api-lora-cn/{hashlib.md5(data[::-1]).hexdigest()}.safetensors"
    assert len([e for e in runninghub_sandbox.journal if e["method"] == "PUT"]) == 2


@pytest.mark.no_prism("the PUT goes to the sandbox's own storage route")
def test_a_lora_file_in_an_rh_lora_loader_is_uploaded(
    client: RunningHub, runninghub_sandbox: Any, tmp_path: Path
) -> None:
    path = tmp_path / "mine.safetensors"
    path.write_bytes(b"weights" * 1000)
    client.submit_workflow(WF, [("13", "lora_name", path), ("13", "strength_model", 0.7)])
    assert paths(runninghub_sandbox) == [WORKFLOW_JSON_PATH, LORA_URL_PATH, "/lora-upload/"
        + hashlib.md5(path.read_bytes()).hexdigest() + ".safetensors", CREATE]  # fmt: skip
    [body] = sent(runninghub_sandbox, CREATE)
    assert body["nodeInfoList"][0]["fieldValue"].startswith("api-lora-cn/")


@pytest.mark.no_prism("the PUT goes to the sandbox's own storage route")
def test_a_refused_put_is_an_error_and_not_remembered(
    client: RunningHub, runninghub_sandbox: Any, tmp_path: Path
) -> None:
    path = tmp_path / "x.safetensors"
    path.write_bytes(b"abc" * 100)
    runninghub_sandbox.inject_fault("/lora-upload/*", "status", status=403)
    with pytest.raises(APIError, match="HTTP 403"):
        client.upload_lora(path)
    assert client.upload_lora(path).startswith("api-lora-cn/")  # tried again, not taken from a cache


# --------------------------------------------------------------------------- webhooks
class Receiver:
    """A webhook receiver on loopback that answers each POST with `status`."""

    def __init__(self, status: int) -> None:
        self.bodies: list[dict[str, Any]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                receiver.bodies.append(json.loads(body))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receivers() -> Iterator[tuple[Receiver, Receiver]]:
    bad, good = Receiver(500), Receiver(200)
    yield bad, good
    bad.close()
    good.close()


def _until(check: Any, timeout: float = 10.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError("condition not met in time")


def _failed_delivery(client: RunningHub, sb: Any, bad: Receiver) -> WebhookDelivery:
    sb.configure(webhook_retries=0)
    result = client.run_workflow(WF, [("6", "text", "x")], webhook_url=bad.url)
    _until(lambda: bad.bodies)

    def failed() -> WebhookDelivery | None:
        event = client.webhook_event(result.task_id)
        return event if event.callback_status == "FAILED" else None

    event: WebhookDelivery = _until(failed)
    assert event.task_id == result.task_id and event.webhook_url == bad.url and event.id
    return event


@pytest.mark.no_prism("the sandbox delivers webhooks to a loopback receiver")
def test_webhook_event_and_resend(
    client: RunningHub, runninghub_sandbox: Any, receivers: tuple[Receiver, Receiver]
) -> None:
    bad, good = receivers
    event = _failed_delivery(client, runninghub_sandbox, bad)
    assert isinstance(event.event_data, dict) and event.event_data["code"] == 0  # parsed from its JSON text
    assert "userApiKey" not in event.raw
    client.resend_webhook(event, good.url)
    [body] = _until(lambda: good.bodies)
    assert body["event"] == "TASK_END" and body["taskId"] == event.task_id
    assert sent(runninghub_sandbox, WEBHOOK_RETRY_PATH) == [{"webhookId": event.id, "webhookUrl": good.url}]
    assert _until(lambda: client.webhook_event(event.task_id or "").callback_status == "SUCCESS")
    task = client.submit_workflow(WF, [])
    with pytest.raises(APIError, match="webhook event not exists"):  # a task without a webhook
        client.webhook_event(task)
    with pytest.raises(InvalidParamsError):
        client.resend_webhook("123")  # a bare id needs a URL
    assert WEBHOOK_DETAIL_PATH in paths(runninghub_sandbox)


# --------------------------------------------------------------------------- async
@pytest.mark.no_prism("LoRA PUT and webhooks go to sandbox-only routes")
def test_async_client_does_the_same(
    runninghub_sandbox: Any, png: Path, tmp_path: Path, receivers: tuple[Receiver, Receiver]
) -> None:
    asyncio.run(_async_flow(runninghub_sandbox, png, tmp_path, receivers))


async def _async_flow(sb: Any, png: Path, tmp_path: Path, receivers: tuple[Receiver, Receiver]) -> None:
    sb.configure(task_duration=0.2, webhook_retries=0)
    bad, good = receivers
    async with AsyncRunningHub(sb.api_key, base_url=sb.base_url) as client:
        wf = await client.workflow(WF)
        assert wf.nodes["6"].inputs["text"] == "a cat"
        sb.reset()
        sb.configure(task_duration=0.2, webhook_retries=0)
        with pytest.raises(InvalidParamsError, match="linked to node"):
            await client.submit_workflow(WF, [("6", "clip", "x")])
        assert sb.journal == []
        result = await client.run_workflow(WF, [("10", "image", png)], webhook_url=bad.url)
        assert result.succeeded and stored_name(sent(sb, CREATE)[0]["nodeInfoList"][0]["fieldValue"])
        app = await client.app(APP_ID)
        assert app.node("3", "text") is not None
        with pytest.raises(InvalidParamsError):
            await client.run_app(APP_ID, [("3", "txt", "x")])
        assert (await client.run_app(APP_ID, [("3", "text", "hi")])).succeeded
        assert [s.model_key for s in await client.quick_create_styles(APP_ID)] == ["watercolor", "ink"]
        assert (await client.run_quick_create(APP_ID, "002", [("3", "text", "hi")])).succeeded
        data = b"async lora " * 20000
        lora = tmp_path / "a.safetensors"
        lora.write_bytes(data)
        md5 = hashlib.md5(data).hexdigest()
        assert await client.upload_lora(lora) == f"api-lora-cn/{md5}.safetensors"
        assert (sb.state.files_dir / "lora" / f"{md5}.safetensors").read_bytes() == data
        _until(lambda: bad.bodies)
        deadline = time.monotonic() + 10
        while (event := await client.webhook_event(result.task_id)).callback_status != "FAILED":
            assert time.monotonic() < deadline
            await asyncio.sleep(0.01)  # a look every 10 ms, not a busy loop of requests
        await client.resend_webhook(event.id or "", good.url)
        _until(lambda: good.bodies)


def test_sync_and_async_methods_match() -> None:
    import inspect

    names = [
        "workflow",
        "app",
        "submit_workflow",
        "run_workflow",
        "submit_app",
        "run_app",
        "quick_create_styles",
        "submit_quick_create",
        "run_quick_create",
        "upload_lora",
        "webhook_event",
        "resend_webhook",
    ]
    for name in names:
        sync, asyn = getattr(RunningHub, name), getattr(AsyncRunningHub, name)
        assert inspect.iscoroutinefunction(asyn), name
        assert inspect.signature(sync) == inspect.signature(asyn), name
        assert sync.__doc__ == asyn.__doc__ and sync.__doc__, name


def test_route_paths_are_the_specs(bundled: dict[str, Any]) -> None:
    """The paths this module calls are operations of the bundled spec (one source of truth)."""
    for path in (
        WORKFLOW_JSON_PATH,
        APP_DEMO_PATH,
        QUICK_PARAMS_PATH,
        QUICK_RUN_PATH,
        LORA_URL_PATH,
        WEBHOOK_DETAIL_PATH,
        WEBHOOK_RETRY_PATH,
    ):
        assert path in bundled["paths"], path


def test_run_timeout_is_one_budget_from_the_template_read_on(client: RunningHub, runninghub_sandbox: Any) -> None:
    # The template read is held unanswered (30 s at most; the client's own read timeout is 60 s):
    # only the run's 0.5 s budget can end it before the server answers.
    runninghub_sandbox.inject_fault(WORKFLOW_JSON_PATH, "hold", seconds=30)
    with pytest.raises(RunningHubError):
        client.run_workflow(WF, [("6", "text", "x")], timeout=0.5)
    [read] = [e for e in runninghub_sandbox.journal if e["path"] == WORKFLOW_JSON_PATH]
    assert read["fault"] == "hold" and read["status"] is None  # given up before any answer: cut at the budget
    assert CREATE not in paths(runninghub_sandbox)


def test_queue_wait_submits_again_after_a_queue_full_refusal(client: RunningHub, runninghub_sandbox: Any) -> None:
    """For batches: the op's queue_wait retries 421 (no task was created) until a slot frees."""
    from runninghub import _workflows

    runninghub_sandbox.configure(concurrency_limit=1, task_duration=3600)
    first = client.submit_workflow(WF, [])
    options: dict[str, Any] = dict.fromkeys(
        ("webhook_url", "instance_type", "add_metadata", "use_personal_queue", "retain_seconds", "access_password")
    )

    def free_the_slot_once_refused() -> None:  # the slot frees after a refusal, whatever the load
        _until(lambda: any(e["error_code"] == "421" for e in runninghub_sandbox.journal if e["path"] == CREATE))
        runninghub_sandbox.end_task(first.id)

    freer = threading.Thread(target=free_the_slot_once_refused, daemon=True)
    freer.start()
    op = _workflows.submit_workflow(client._core, WF, [], validate=False, workflow=None, queue_wait=True, **options)
    assert client._do(op).id
    freer.join()
    codes = [e["error_code"] for e in runninghub_sandbox.journal if e["path"] == CREATE]
    assert codes[0] is None and "421" in codes[1:-1] and codes[-1] is None


def test_the_v2_run_routes_on_request(client: RunningHub, runninghub_sandbox: Any, png: Path) -> None:
    result = client.run_workflow(WF, [("6", "text", "a fox"), ("10", "image", png)], route="v2", instance_type="plus")
    assert result.succeeded
    [wf] = [e for e in runninghub_sandbox.journal if e["path"] == f"/openapi/v2/run/workflow/{WF}"]
    assert wf["key_ok"] is True and set(wf["body"]) == {"nodeInfoList", "instanceType"}  # the id is in the path
    assert CREATE not in paths(runninghub_sandbox)
    assert client.run_app(APP_ID, [("3", "text", "hi")], route="v2", retain_seconds=0).succeeded
    [app] = [e["body"] for e in runninghub_sandbox.journal if e["path"] == f"/openapi/v2/run/ai-app/{APP_ID}"]
    assert app == {"nodeInfoList": [{"nodeId": "3", "fieldName": "text", "fieldValue": "hi"}], "retainSeconds": 0}
    runninghub_sandbox.reset()
    calls: list[Callable[[], object]] = [
        lambda: client.submit_workflow(WF, [("66", "text", "x")], route="v2"),  # still checked first
        lambda: client.submit_workflow(WF, [], route="v2", access_password="p"),  # not a v2 field
        lambda: client.submit_workflow(WF, [], route="v2", workflow={"1": {"class_type": "X", "inputs": {}}}),
        lambda: client.submit_app("../1", [], route="v2"),  # the id goes in the path
        lambda: client.submit_app(APP_ID, [], route="v3"),
    ]
    for call in calls:
        with pytest.raises(InvalidParamsError):
            call()
    assert [p for p in paths(runninghub_sandbox) if p != WORKFLOW_JSON_PATH] == []
