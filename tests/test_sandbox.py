"""The sandbox over real HTTP (loopback): auth, validation, tasks, outputs, uploads, the legacy
routes, webhooks, the concurrency limit, the journal and the control routes.

Uses the `runninghub_sandbox` fixture (tests/conftest.py enables the plugin): one server for the
session, reset before each test.
"""

from __future__ import annotations

import copy
import hashlib
import json
import queue
import re
import struct
import threading
import time
import wave
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from io import BytesIO
from typing import Any

import httpx
import pytest
from conftest import QUICK_TASK_SECONDS
from runninghub._spec import load_spec
from runninghub.sandbox import Sandbox

IMAGE_PATH = "/openapi/v2/rhart-image-g-2-official/text-to-image"
IMAGE_BODY = {"prompt": "a matte white smart speaker", "aspectRatio": "16:9", "resolution": "2k", "quality": "medium"}
SUBMIT_KEYS = {"taskId", "status", "errorCode", "errorMessage", "results", "clientId", "promptTips"}
QUERY_KEYS = {*SUBMIT_KEYS, "failedReason", "usage", "parentTaskId", "taskUsageList"}


def refusal(code: str, message: str) -> dict[str, Any]:
    """A refused v2 request as RunningHub answers it (captures: v2-query.refused.1007)."""
    return {
        "taskId": "",
        "status": "",
        "errorCode": code,
        "errorMessage": message,
        "results": None,
        "clientId": "",
        "promptTips": "",
        "failedReason": {},
        "usage": None,
        "parentTaskId": None,
        "taskUsageList": None,
    }


def envelope(code: int, msg: str, data: Any = None) -> dict[str, Any]:
    """The legacy envelope with the fourth key live replies carry."""
    return {"code": code, "msg": msg, "errorMessages": None, "data": data}


# --- helpers ---------------------------------------------------------------------------------


def v2(sb: Sandbox, key: str | None = None) -> httpx.Client:
    return httpx.Client(
        base_url=sb.base_url, headers={"Authorization": f"Bearer {key or sb.api_key}"}, timeout=10, trust_env=False
    )


def plain(sb: Sandbox) -> httpx.Client:
    return httpx.Client(base_url=sb.base_url, timeout=10, trust_env=False)


def _resolve(schema: Any, spec: dict[str, Any]) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def _value(schema: Any, spec: dict[str, Any]) -> Any:
    schema = _resolve(schema, spec)
    for key in ("x-runninghub-default", "default"):
        if key in schema:
            return schema[key]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "string")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "string":
        return "https://example.com/input.png" if "x-runninghub-media" in schema else "a cat"
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return False
    if kind == "array":
        return [_value(schema.get("items", {}), spec)] * max(1, schema.get("minItems", 1))
    return {name: _value(schema["properties"][name], spec) for name in schema.get("required", [])}


def request_schema(path: str) -> dict[str, Any]:
    spec = load_spec()
    schema = spec["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"]
    resolved: dict[str, Any] = _resolve(schema, spec)
    return resolved


def valid_body(path: str) -> dict[str, Any]:
    """The smallest body the spec accepts for a model operation (required fields only)."""
    body: dict[str, Any] = _value(request_schema(path), load_spec())
    return body


def model_path(output_type: str) -> str:
    """A model operation with this output type (the first in spec order)."""
    for path, item in load_spec()["paths"].items():
        op = item.get("post", {})
        if "x-runninghub-model" in op and op.get("x-runninghub-output-type") == output_type:
            return str(path)
    raise LookupError(output_type)


def submit(client: httpx.Client, path: str = IMAGE_PATH, body: dict[str, Any] | None = None) -> str:
    reply = client.post(path, json=body if body is not None else IMAGE_BODY)
    assert reply.status_code == 200, reply.text
    assert reply.json()["errorCode"] == "", reply.text
    task_id: str = reply.json()["taskId"]
    return task_id


def query(client: httpx.Client, task_id: str) -> dict[str, Any]:
    reply = client.post("/openapi/v2/query", json={"taskId": task_id})
    assert reply.status_code == 200
    data: dict[str, Any] = reply.json()
    return data


def wait_end(client: httpx.Client, task_id: str, timeout: float = 10) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        view = query(client, task_id)
        if view["status"] in ("SUCCESS", "FAILED", "CANCEL"):
            return view
        assert time.monotonic() < deadline, f"task {task_id} still {view['status']}"
        time.sleep(0.02)


def legacy_post(sb: Sandbox, path: str, **body: Any) -> dict[str, Any]:
    with plain(sb) as c:
        reply = c.post(path, json=body)
    assert reply.status_code == 200, reply.text
    data: dict[str, Any] = reply.json()
    return data


def png_pixels(data: bytes) -> tuple[int, int, bytes]:
    """Decode a PNG (8-bit RGB, filter 0): checks every chunk's CRC; returns width, height, raw."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, kinds, width, height = 8, b"", [], 0, 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        chunk = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert zlib.crc32(kind + chunk) & 0xFFFFFFFF == crc, f"bad CRC in {kind!r}"
        kinds.append(kind)
        if kind == b"IHDR":
            width, height = struct.unpack(">II", chunk[:8])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    assert kinds[0] == b"IHDR" and kinds[-1] == b"IEND" and pos == len(data)
    raw = zlib.decompress(idat)
    assert len(raw) == height * (1 + 3 * width)
    return width, height, raw


def mp4_boxes(data: bytes) -> list[tuple[bytes, bytes]]:
    boxes, pos = [], 0
    while pos < len(data):
        size, kind = struct.unpack(">I4s", data[pos : pos + 8])
        assert size >= 8 and pos + size <= len(data), f"box {kind!r} overruns the file"
        boxes.append((kind, data[pos + 8 : pos + size]))
        pos += size
    return boxes


def check_mp4(data: bytes) -> None:
    boxes = mp4_boxes(data)
    assert boxes[0][0] == b"ftyp" and boxes[0][1][:4] == b"isom"
    moov = dict(mp4_boxes(dict(boxes)[b"moov"]))
    mvhd = moov[b"mvhd"]
    assert len(mvhd) == 100
    timescale, duration = struct.unpack(">II", mvhd[12:20])
    assert timescale > 0 and duration > 0
    assert all(kind in (b"ftyp", b"moov", b"free") for kind, _ in boxes)


def check_wav(data: bytes) -> None:
    with wave.open(BytesIO(data)) as w:
        assert w.getnchannels() == 1 and w.getsampwidth() == 2 and w.getframerate() > 0
        assert w.getnframes() > 0 and len(w.readframes(w.getnframes())) == 2 * w.getnframes()
    assert struct.unpack("<I", data[4:8])[0] == len(data) - 8


def check_glb(data: bytes) -> dict[str, Any]:
    magic, version, total = struct.unpack("<4sII", data[:12])
    assert (magic, version, total) == (b"glTF", 2, len(data))
    json_len, json_type = struct.unpack("<II", data[12:20])
    assert json_type == 0x4E4F534A and json_len % 4 == 0
    doc: dict[str, Any] = json.loads(data[20 : 20 + json_len])
    assert doc["asset"]["version"] == "2.0"
    bin_len, bin_type = struct.unpack("<II", data[20 + json_len : 28 + json_len])
    assert bin_type == 0x004E4942 and 28 + json_len + bin_len == len(data)
    assert doc["buffers"][0]["byteLength"] <= bin_len
    return doc


# --- auth ------------------------------------------------------------------------------------


def test_v2_auth(runninghub_sandbox: Sandbox) -> None:
    sb = runninghub_sandbox
    with plain(sb) as c:
        for headers in ({}, {"Authorization": "Bearer wrong-key"}, {"Authorization": sb.api_key}):
            for path in (IMAGE_PATH, "/openapi/v2/query"):
                reply = c.post(path, json=IMAGE_BODY, headers=headers)
                assert reply.status_code == 401
                assert reply.json() == refusal("1002", "invalid api key")
    assert sb.tasks_created == 0
    assert [e["key_ok"] for e in sb.journal] == [False] * 6
    with v2(sb) as c:
        submit(c)
    assert sb.journal[-1]["key_ok"] is True and sb.tasks_created == 1
    assert "wrong-key" not in json.dumps(sb.journal) and sb.api_key not in json.dumps(sb.journal)


def test_legacy_auth(runninghub_sandbox: Sandbox) -> None:
    sb = runninghub_sandbox
    denied = envelope(802, "APIKEY_UNAUTHORIZED")
    cases: list[tuple[str, dict[str, Any]]] = [
        ("/task/openapi/create", {"workflowId": "1"}),
        ("/task/openapi/ai-app/run", {"webappId": "1", "nodeInfoList": []}),
        ("/task/openapi/status", {"taskId": "1"}),
        ("/task/openapi/outputs", {"taskId": "1"}),
        ("/task/openapi/cancel", {"taskId": "1"}),
        ("/api/openapi/getJsonApiFormat", {"workflowId": "1"}),
    ]
    for path, body in cases:
        # (errorMessages is optional: the docs' examples leave it out, live replies carry it)
        assert {**legacy_post(sb, path, **body), "errorMessages": None} == denied
        assert {**legacy_post(sb, path, apiKey="wrong", **body), "errorMessages": None} == denied
    # the account endpoint reads lower-case `apikey`
    assert legacy_post(sb, "/uc/openapi/accountStatus", apiKey=sb.api_key) == envelope(1601, "param apiKey is required")
    assert legacy_post(sb, "/uc/openapi/accountStatus", apikey="wrong") == denied
    assert legacy_post(sb, "/uc/openapi/accountStatus", apikey=sb.api_key)["code"] == 0
    with plain(sb) as c:
        upload = c.post("/task/openapi/upload", data={"apiKey": "wrong"}, files={"file": ("a.png", b"x")})
        assert upload.status_code == 200 and upload.json() == denied
        demo = c.get("/api/webapp/apiCallDemo", params={"apiKey": "wrong", "webappId": "1"})
        assert {**demo.json(), "errorMessages": None} == denied
        assert c.get("/api/webapp/apiCallDemo", params={"apiKey": sb.api_key, "webappId": "1"}).json()["code"] == 0
    assert sb.tasks_created == 0
    assert "wrong" not in json.dumps(sb.journal) and sb.api_key not in json.dumps(sb.journal)


# --- validation ------------------------------------------------------------------------------


def _first_prop(path: str, predicate: Any) -> tuple[str, dict[str, Any]]:
    spec = load_spec()
    for name, prop in request_schema(path)["properties"].items():
        prop = _resolve(prop, spec)
        if predicate(prop):
            return name, prop
    raise LookupError(path)


def _range_case() -> tuple[str, dict[str, Any], str]:
    for path in [p for p, i in load_spec()["paths"].items() if "x-runninghub-model" in i.get("post", {})]:
        try:
            name, prop = _first_prop(path, lambda p: "maximum" in p and p.get("type") == "integer")
        except LookupError:
            continue
        return path, {**valid_body(path), name: prop["maximum"] + 1}, name
    raise LookupError("no integer range in the spec")


@pytest.mark.parametrize("case", ["enum", "type", "required", "range", "maxLength", "not-an-object", "bad-json"])
def test_validation_errors_name_the_field(runninghub_sandbox: Any, case: str) -> None:
    sb = runninghub_sandbox
    path, field = IMAGE_PATH, ""
    body: Any = dict(IMAGE_BODY)
    if case == "enum":
        body["aspectRatio"], field = "16:10", "aspectRatio"
    elif case == "type":
        body["prompt"], field = 42, "prompt"
    elif case == "required":
        del body["quality"]
        field = "quality"
    elif case == "range":
        path, body, field = _range_case()
    elif case == "maxLength":
        body["prompt"], field = "x" * (request_schema(IMAGE_PATH)["properties"]["prompt"]["maxLength"] + 1), "prompt"
    elif case == "not-an-object":
        body, field = ["prompt"], "body"
    with v2(sb) as c:
        if case == "bad-json":
            reply = c.post(path, content=b"{not json", headers={"Content-Type": "application/json"})
            field = "body"
        else:
            reply = c.post(path, json=body)
    assert reply.status_code == 400
    data = reply.json()
    assert data == {**refusal("1007", data["errorMessage"])}
    assert data["errorCode"] == "1007" and data["taskId"] == "" and data["status"] == ""
    assert data["errorMessage"].startswith(f"{field}: "), data["errorMessage"]
    assert len(data["errorMessage"]) < 400  # never echoes a long value
    assert sb.tasks_created == 0
    assert sb.journal[-1]["error_code"] == "1007" and sb.journal[-1]["task_id"] is None


def test_unknown_keys_allowed_and_nested_errors_named(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    with v2(sb) as c:
        submit(c, body={**IMAGE_BODY, "somethingNew": 1})
        reply = c.post("/openapi/v2/run/workflow/1", json={"nodeInfoList": [{"nodeId": "6", "fieldName": "text"}]})
    assert reply.status_code == 400
    assert reply.json()["errorMessage"].startswith("nodeInfoList[0].fieldValue: ")


def test_every_model_operation_accepts_its_minimal_body(runninghub_sandbox: Any) -> None:
    """Driven by the spec: every model path answers, and accepts the required fields only."""
    sb = runninghub_sandbox
    sb.configure(concurrency_limit=10_000, task_duration=0)
    paths = [p for p, i in load_spec()["paths"].items() if "x-runninghub-model" in i.get("post", {})]
    assert len(paths) > 300
    with v2(sb) as c:
        for path in paths:
            reply = c.post(path, json=valid_body(path))
            assert reply.status_code == 200 and reply.json()["status"] == "QUEUED", (path, reply.text)
    assert sb.tasks_created == len(paths)


def test_new_spec_endpoint_needs_no_code_change() -> None:
    spec = copy.deepcopy(load_spec())
    template = spec["paths"][IMAGE_PATH]
    op = copy.deepcopy(template["post"])
    op["operationId"] = "acme_new_model_text_to_video"
    op["x-runninghub-model"] = "acme/new-model"
    op["x-runninghub-output-type"] = "video"
    spec["paths"]["/openapi/v2/acme/new-model/text-to-video"] = {"post": op}
    with Sandbox(spec=spec, task_duration=0) as sb, v2(sb) as c:
        task_id = submit(c, "/openapi/v2/acme/new-model/text-to-video")
        view = wait_end(c, task_id)
        assert view["results"][0]["outputType"] == "mp4"
        assert c.post("/openapi/v2/acme/new-model/text-to-video", json={"prompt": 1}).status_code == 400


def test_unknown_route_and_method(runninghub_sandbox: Any) -> None:
    with v2(runninghub_sandbox) as c:
        missing = c.post("/openapi/v2/no-such/model", json={})
        assert missing.status_code == 404 and missing.json()["errorCode"] == "1001"
        wrong = c.get(IMAGE_PATH)
        assert wrong.status_code == 405 and wrong.json()["errorCode"] == "1009"
        legacy = c.post("/task/openapi/nothing", json={})
        assert legacy.status_code == 404 and legacy.json()["code"] == 412


# --- tasks -----------------------------------------------------------------------------------


def test_submit_reply_shape(runninghub_sandbox: Any, reference_example: Any) -> None:
    documented = reference_example("model-task.submit.response.json")
    with v2(runninghub_sandbox) as c:
        reply = c.post(IMAGE_PATH, json=reference_example("rhart-image-g-2-official.text-to-image.request.json"))
    assert reply.status_code == 200 and reply.headers["content-type"] == "application/json"
    data = reply.json()
    assert list(data) == list(documented)  # same keys, same order
    assert re.fullmatch(r"\d{19}", data["taskId"]) and not data["taskId"].startswith("0")
    assert data["status"] == "QUEUED" and data["errorCode"] == "" and data["errorMessage"] == ""
    assert data["results"] is None
    assert re.fullmatch(r"[0-9a-f]{32}", data["clientId"])
    assert isinstance(data["promptTips"], str) and json.loads(data["promptTips"])["result"] is True
    assert runninghub_sandbox.tasks_created == 1
    assert runninghub_sandbox.journal[-1]["task_id"] == data["taskId"]


def test_status_progression_and_query(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    sb.configure(task_duration=3600, queued_fraction=0.5)  # it moves on when the test says (below)
    with v2(sb) as c:
        task_id = submit(c)
        seen = [query(c, task_id)["status"]]
        sb.start_task(task_id)
        seen.append(query(c, task_id)["status"])
        sb.end_task(task_id)
        view = query(c, task_id)
        seen.append(view["status"])
    assert seen == ["QUEUED", "RUNNING", "SUCCESS"]
    assert set(view) == QUERY_KEYS
    assert view["taskId"] == task_id and view["errorCode"] == "" and view["failedReason"] == {}
    # money and time as decimal strings, as real replies carry them; a model's money is third-party
    assert view["usage"] == {
        "consumeMoney": None,
        "thirdPartyConsumeMoney": "0.05",
        "consumeCoins": None,
        "taskCostTime": "0",
    }
    assert view["taskUsageList"] == [
        {"taskId": task_id, "parentTaskId": None, "taskStatus": "SUCCESS", "usage": view["usage"]}
    ]
    [result] = view["results"]
    assert set(result) == {"url", "outputType", "nodeId", "text"}
    assert result["url"].startswith(sb.base_url + "/files/") and result["outputType"] == "png"
    assert result["text"] is None
    assert sb.task_status(task_id) == "SUCCESS"
    [record] = sb.task_records()
    assert record["task_id"] == task_id and record["body"]["prompt"] == IMAGE_BODY["prompt"]
    assert record["ended_at"] - record["created_at"] < 3600  # it ended when it was told to


def test_a_task_follows_its_own_clock(runninghub_sandbox: Any) -> None:
    """Left alone, a task is QUEUED, then RUNNING, then done on the clock its settings gave it.
    Every status is checked against the times the query was sent and answered, so only what the
    clock rules out fails (a read that comes late under load may skip RUNNING, never go back)."""
    sb = runninghub_sandbox
    duration, queued = 0.3, 0.15
    sb.configure(task_duration=duration, queued_fraction=queued / duration)
    order = ["QUEUED", "RUNNING", "SUCCESS"]
    seen: list[tuple[float, float, str]] = []
    with v2(sb) as c:
        before = time.monotonic()
        task_id = submit(c)
        after = time.monotonic()  # created in [before, after]
        while not seen or seen[-1][2] != "SUCCESS":
            sent = time.monotonic()
            status = query(c, task_id)["status"]
            seen.append((sent, time.monotonic(), status))
            assert time.monotonic() < before + 30, seen  # a safety bound only
            time.sleep(0.02)
    statuses = [s for _, _, s in seen]
    assert statuses == sorted(statuses, key=order.index)  # never back
    for sent, answered, status in seen:
        if status == "QUEUED":
            assert sent < after + queued
        if status == "RUNNING":
            assert answered >= before + queued and sent < after + duration
        if status == "SUCCESS":
            assert answered >= before + duration
    [record] = sb.task_records()
    assert record["ended_at"] - record["created_at"] == pytest.approx(duration, abs=0.01)


def test_query_unknown_task(runninghub_sandbox: Any) -> None:
    with v2(runninghub_sandbox) as c:
        data = query(c, "1234567890123456789")
    assert data == refusal("1004", "Task not found")
    with v2(runninghub_sandbox) as c:
        bad = c.post("/openapi/v2/query", json={"taskId": "aic-connection-test"})
    assert bad.status_code == 400 and bad.json() == refusal("1007", "failed to parse request body")


@pytest.mark.parametrize("output_type", ["image", "video", "audio", "3d", "string"])
def test_output_files_are_real_and_served_byte_for_byte(runninghub_sandbox: Any, output_type: str) -> None:
    sb = runninghub_sandbox
    sb.configure(task_duration=0)
    path = model_path(output_type)
    with v2(sb) as c:
        task_id = submit(c, path, valid_body(path))
        view = wait_end(c, task_id)
        assert view["status"] == "SUCCESS"
        [result] = view["results"]
        download = c.get(result["url"])
    assert download.status_code == 200
    data = download.content
    assert int(download.headers["content-length"]) == len(data) > 0
    assert data == sb.file_path(result["url"]).read_bytes()
    assert result["nodeId"] and result["url"].endswith("." + result["outputType"])
    if output_type == "image":
        assert result["outputType"] == "png" and download.headers["content-type"] == "image/png"
        assert png_pixels(data)[:2] == (32, 32)
    elif output_type == "video":
        assert result["outputType"] == "mp4"
        check_mp4(data)
    elif output_type == "audio":
        assert result["outputType"] == "wav"
        check_wav(data)
    elif output_type == "3d":
        assert result["outputType"] == "glb"
        check_glb(data)
    else:
        assert result["outputType"] == "txt"
        assert result["text"] and data.decode() == result["text"] and task_id in result["text"]
    if output_type != "string":
        assert result["text"] is None


@pytest.mark.parametrize("output_type", ["image", "video", "audio", "3d", "string"])
def test_output_size_pads_validly(runninghub_sandbox: Any, output_type: str) -> None:
    sb = runninghub_sandbox
    size = 3 * 1024 * 1024 + 1
    sb.configure(task_duration=0, output_size=size)
    path = model_path(output_type)
    with v2(sb) as c:
        [result] = wait_end(c, submit(c, path, valid_body(path)))["results"]
        data = c.get(result["url"]).content
    assert size - 4 <= len(data) <= size + 4
    checks = {"image": png_pixels, "video": check_mp4, "audio": check_wav, "3d": check_glb}
    if output_type in checks:
        checks[output_type](data)


def test_outputs_differ_per_task_and_are_written_once(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    sb.configure(task_duration=0)
    with v2(sb) as c:
        a, b = submit(c), submit(c)
        url_a = wait_end(c, a)["results"][0]["url"]
        url_b = wait_end(c, b)["results"][0]["url"]
        assert c.get(url_a).content != c.get(url_b).content
        disk = sb.file_path(url_a)
        mtime = disk.stat().st_mtime_ns
        wait_end(c, a)
        assert disk.stat().st_mtime_ns == mtime
        ranged = c.get(url_a, headers={"Range": "bytes=0-7"})
        assert ranged.status_code == 206 and ranged.content == b"\x89PNG\r\n\x1a\n"


def test_failure_marker(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    sb.configure(task_duration=0.1)
    with v2(sb) as c:
        task_id = submit(c, body={**IMAGE_BODY, "prompt": "a cat [[fail]] please"})
        view = wait_end(c, task_id)
        ok = wait_end(c, submit(c))
    assert view["status"] == "FAILED" and view["errorCode"] == "1015" and view["errorMessage"]
    assert view["results"] is None
    reason = view["failedReason"]
    assert set(reason) == {
        "exception_type",
        "exception_message",
        "node_id",
        "node_name",
        "traceback",
        "current_inputs",
        "current_outputs",
    }
    assert all(isinstance(v, str) for v in reason.values())  # JSON text in strings, as real ones
    assert "[[fail]]" in reason["exception_message"] and isinstance(json.loads(reason["traceback"]), list)
    assert view["usage"]["thirdPartyConsumeMoney"] is None  # a failed task costs nothing
    assert ok["status"] == "SUCCESS"
    # the marker works in any string field, nested too, and is configurable
    sb.configure(fail_marker="BOOM")
    workflow = legacy_post(
        sb,
        "/task/openapi/create",
        apiKey=sb.api_key,
        workflowId="1",
        nodeInfoList=[{"nodeId": "6", "fieldName": "text", "fieldValue": "BOOM"}],
    )
    task = workflow["data"]["taskId"]
    sb.end_task(task)
    outputs = legacy_post(sb, "/task/openapi/outputs", apiKey=sb.api_key, taskId=task)
    assert outputs["code"] == 805 and outputs["msg"] == "APIKEY_TASK_STATUS_ERROR"
    assert outputs["data"]["failedReason"]["exception_type"] == "RuntimeError"
    assert legacy_post(sb, "/task/openapi/status", apiKey=sb.api_key, taskId=task)["data"] == "FAILED"


# --- uploads ---------------------------------------------------------------------------------


def test_v2_upload_and_fetch_back(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    payload = bytes(range(256)) * 4000  # about 1 MB, not all one byte
    with v2(sb) as c:
        reply = c.post("/openapi/v2/media/upload/binary", files={"file": ("Photo.PNG", payload, "image/png")})
        assert reply.status_code == 200
        data = reply.json()
        assert data["code"] == 0 and data["msg"] == "success" and data["errorMessages"] is None
        digest = hashlib.sha256(payload).hexdigest()
        assert data["data"]["fileName"] == f"openapi/{digest}.png"
        assert data["data"]["size"] == str(len(payload)) and data["data"]["type"] == "image"
        assert data["data"]["download_url"] == f"{sb.base_url}/files/uploads/{digest}.png"
        back = c.get(data["data"]["download_url"])
        assert back.status_code == 200 and back.content == payload
        assert int(back.headers["content-length"]) == len(payload)
        # the generated client's fixed boundary works too
        fixed = c.post(
            "/openapi/v2/media/upload/binary",
            files={"file": ("x.bin", b"abc")},
            headers={"Content-Type": "multipart/form-data; boundary=+++"},
        )
        assert fixed.json()["data"]["fileName"] == f"openapi/{hashlib.sha256(b'abc').hexdigest()}.bin"
        missing = c.post("/openapi/v2/media/upload/binary", files={"other": ("a.png", b"x")})
        assert missing.status_code == 400 and missing.json()["errorMessage"] == "file: is required"
        not_multipart = c.post("/openapi/v2/media/upload/binary", json={"file": "x"})
        assert not_multipart.status_code == 400 and not_multipart.json()["errorCode"] == "1007"
    entry = sb.journal[0]
    assert entry["body"]["files"] == [{"field": "file", "filename": "Photo.PNG", "size": len(payload)}]
    assert entry["key_ok"] is True


def test_upload_size_limits(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    sb.configure(max_upload_bytes=100_000)
    ok, big = b"a" * 100_000, b"b" * 100_001
    huge = b"c" * 3_000_000  # rejected from Content-Length alone
    with v2(sb) as c:
        assert c.post("/openapi/v2/media/upload/binary", files={"file": ("a.png", ok)}).json()["code"] == 0
        for blob in (big, huge):
            reply = c.post("/openapi/v2/media/upload/binary", files={"file": ("b.png", blob)})
            assert reply.status_code == 200
            assert reply.json() == envelope(1008, "file exceeds size limit")
        for blob in (big, huge):
            reply = c.post(
                "/task/openapi/upload",
                data={"apiKey": sb.api_key, "fileType": "image"},
                files={"file": ("b.png", blob)},
            )
            assert reply.json() == envelope(809, "APIKEY_FILE_SIZE_EXCEEDED")
    stored = list((sb.state.files_dir / "uploads").iterdir())
    assert [p.stat().st_size for p in stored] == [len(ok)]
    assert not list((sb.state.workdir / "tmp").iterdir())  # nothing left behind


def test_legacy_upload(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    with plain(sb) as c:
        reply = c.post(
            "/task/openapi/upload",
            data={"apiKey": sb.api_key, "fileType": "image"},
            files={"file": ("cat.png", b"\x89PNG fake")},
        )
        zipped = c.post("/task/openapi/upload", data={"apiKey": sb.api_key}, files={"file": ("set.zip", b"PK zip")})
        no_file = c.post("/task/openapi/upload", data={"apiKey": sb.api_key})
    digest = hashlib.sha256(b"\x89PNG fake").hexdigest()
    assert reply.json() == envelope(0, "success", {"fileName": f"api/{digest}.png", "fileType": "input"})
    assert zipped.json()["data"]["fileName"] == f"api/{hashlib.sha256(b'PK zip').hexdigest()}"
    assert no_file.json()["code"] == 301
    assert sb.journal[0]["body"]["fields"] == {"fileType": "image"}  # the key is not recorded


# --- legacy tasks ----------------------------------------------------------------------------


def test_workflow_app_and_quick_create_tasks(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    sb.configure(task_duration=3600, queued_fraction=0.5)  # it moves on when the test says (below)
    key = sb.api_key
    nodes = [{"nodeId": "6", "fieldName": "text", "fieldValue": "a cat"}]
    created = [legacy_post(sb, "/task/openapi/create", apiKey=key, workflowId="1904136902449209346", addMetadata=True)]
    task = created[0]["data"]["taskId"]
    outputs = legacy_post(sb, "/task/openapi/outputs", apiKey=key, taskId=task)
    assert outputs == {"code": 813, "msg": "APIKEY_TASK_IS_QUEUED", "data": None}
    assert legacy_post(sb, "/task/openapi/status", apiKey=key, taskId=task)["data"] == "QUEUED"
    created += [
        legacy_post(
            sb, "/task/openapi/create", apiKey=key, workflowId="unknown", nodeInfoList=nodes, instanceType="plus"
        ),
        legacy_post(sb, "/task/openapi/ai-app/run", apiKey=key, webappId=1877265245566922800, nodeInfoList=nodes),
        legacy_post(
            sb, "/task/openapi/quick-ai-app/run", apiKey=key, webappId="1", quickCreateCode="002", nodeInfoList=nodes
        ),
    ]
    for reply in created:
        assert reply["code"] == 0 and reply["msg"] == "success"
        data = reply["data"]
        assert set(data) == {"taskId", "taskStatus", "clientId", "netWssUrl", "promptTips"}
        assert isinstance(data["taskId"], str) and re.fullmatch(r"\d{19}", data["taskId"])
        assert data["taskStatus"] == "QUEUED" and data["netWssUrl"] is None  # null while queued
    sb.start_task(task)
    running = legacy_post(sb, "/task/openapi/outputs", apiKey=key, taskId=task)
    assert running["code"] == 804 and running["data"]["netWssUrl"].startswith("ws://")
    assert legacy_post(sb, "/task/openapi/status", apiKey=key, taskId=task) == envelope(0, "success", "RUNNING")
    sb.end_task(task)
    done = legacy_post(sb, "/task/openapi/outputs", apiKey=key, taskId=task)
    assert done["code"] == 0
    [item] = done["data"]
    assert {"fileUrl", "fileType", "taskCostTime", "nodeId", "consumeMoney"} <= set(item)
    assert item["taskCostTime"] == "0" and item["consumeMoney"] == "0.05" and item["consumeCoins"] == "5"
    assert item["fileType"] == "png"
    with plain(sb) as c:
        png_pixels(c.get(item["fileUrl"]).content)
    with v2(sb) as c:  # a v2 query reads a legacy task too
        assert query(c, task)["results"][0]["url"] == item["fileUrl"]
    assert sb.tasks_created == 4
    assert legacy_post(sb, "/task/openapi/status", apiKey=key, taskId="42")["code"] == 807
    bad = legacy_post(sb, "/task/openapi/create", apiKey=key)
    assert bad["code"] == 301 and "workflowId" in bad["msg"]


def test_v2_run_routes(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    sb.configure(task_duration=0)
    nodes = [{"nodeId": "6", "fieldName": "text", "fieldValue": "a cat"}]
    with v2(sb) as c:
        for path, body in [
            ("/openapi/v2/run/workflow/1904136902449209346", {"nodeInfoList": nodes, "addMetadata": True}),
            ("/openapi/v2/run/ai-app/1877265245566922800", {"nodeInfoList": nodes, "instanceType": "default"}),
        ]:
            reply = c.post(path, json=body)
            assert reply.status_code == 200 and set(reply.json()) == SUBMIT_KEYS
            assert wait_end(c, reply.json()["taskId"])["status"] == "SUCCESS"
        assert c.post("/openapi/v2/run/ai-app/1", json={}).status_code == 400  # nodeInfoList required
        assert plain(sb).post("/openapi/v2/run/workflow/1", json={}).status_code == 401


def test_cancel(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    sb.configure(task_duration=3600)
    key = sb.api_key
    with v2(sb) as c:
        task_id = submit(c)
        assert legacy_post(sb, "/task/openapi/cancel", apiKey=key, taskId=task_id) == envelope(0, "success")
        view = query(c, task_id)
    assert view["status"] == "CANCEL" and view["results"] is None
    assert legacy_post(sb, "/task/openapi/status", apiKey=key, taskId=task_id)["data"] == "CANCEL"
    assert legacy_post(sb, "/task/openapi/outputs", apiKey=key, taskId=task_id)["code"] == 805
    assert legacy_post(sb, "/task/openapi/cancel", apiKey=key, taskId="1234")["code"] == 807


def test_account(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    sb.configure(task_duration=0.3, task_cost=1.5, balance=10)
    before = legacy_post(sb, "/uc/openapi/accountStatus", apikey=sb.api_key)
    assert before["code"] == 0
    assert set(before["data"]) == {"remainCoins", "currentTaskCounts", "remainMoney", "currency", "apiType"}
    assert float(before["data"]["remainMoney"]) == 10 and int(before["data"]["currentTaskCounts"]) == 0
    with v2(sb) as c:
        task_id = submit(c)
        assert legacy_post(sb, "/uc/openapi/accountStatus", apikey=sb.api_key)["data"]["currentTaskCounts"] == "1"
        wait_end(c, task_id)
    after = legacy_post(sb, "/uc/openapi/accountStatus", apikey=sb.api_key)["data"]
    assert float(after["remainMoney"]) == 8.5 and after["currentTaskCounts"] == "0"


def test_other_platform_routes(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    key = sb.api_key
    workflow = legacy_post(sb, "/api/openapi/getJsonApiFormat", apiKey=key, workflowId="1904136902449209346")
    assert workflow["code"] == 0 and "class_type" in json.loads(workflow["data"]["prompt"])["3"]
    params = legacy_post(sb, "/api/fast/creation/model/params", type=2, webappId="1")
    assert params["code"] == 0 and params["data"][0]["modelLoar1FileName"]
    with plain(sb) as c:
        demo = c.get("/api/webapp/apiCallDemo", params={"apiKey": key, "webappId": "42"}).json()
    assert demo["code"] == 0 and demo["data"]["curl"].startswith("curl ") and "nodeInfoList" in demo["data"]["curl"]
    assert key not in demo["data"]["curl"]
    # LoRA: an upload URL, then a PUT of the bytes (checked against md5Hex)
    lora = b"safetensors bytes" * 1000
    md5 = hashlib.md5(lora).hexdigest()
    reply = legacy_post(sb, "/api/openapi/getLoraUploadUrl", apiKey=key, loraName="style", md5Hex=md5)
    assert reply["code"] == 0 and reply["data"]["fileName"] == f"api-lora-cn/{md5}.safetensors"
    url = reply["data"]["url"]
    with plain(sb) as c:
        assert c.put(url, content=b"other bytes").status_code == 400
        assert c.put(url.split("?")[0], content=lora).status_code == 403  # unsigned
        put = c.put(url, content=lora, headers={"Content-Type": "application/octet-stream"})
        assert put.status_code == 200 and put.headers["etag"] == f'"{md5}"'
    assert (sb.state.files_dir / "lora" / f"{md5}.safetensors").read_bytes() == lora


# --- webhooks --------------------------------------------------------------------------------


@pytest.fixture
def receiver() -> Iterator[tuple[str, queue.Queue[bytes], list[int]]]:
    """A webhook receiver on loopback; answers the statuses in `plan` first, then 200."""
    received: queue.Queue[bytes] = queue.Queue()
    plan: list[int] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            received.put(self.rfile.read(int(self.headers["Content-Length"])))
            self.send_response(plan.pop(0) if plan else 200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook", received, plan
    server.shutdown()
    server.server_close()


def test_webhook_delivery_retry_and_detail(runninghub_sandbox: Any, receiver: Any) -> None:
    sb = runninghub_sandbox
    url, received, plan = receiver
    plan.append(500)  # the first delivery fails: retried
    sb.configure(task_duration=0.2, webhook_retry_delay=0.1)
    with v2(sb) as c:
        task_id = submit(c, body={**IMAGE_BODY, "webhookUrl": url})
        first, second = received.get(timeout=5), received.get(timeout=5)
        assert first == second
        event = json.loads(second)
        assert event["event"] == "TASK_END" and event["taskId"] == task_id
        data = event["eventData"]  # a v2 task's eventData is the task object itself
        assert data == query(c, task_id) and data["status"] == "SUCCESS"
        detail: dict[str, Any] = {}
        for _ in range(100):
            detail = legacy_post(sb, "/task/openapi/getWebhookDetail", apiKey=sb.api_key, taskId=task_id)
            if detail["data"]["callbackStatus"] == "SUCCESS":
                break
            time.sleep(0.02)
        info = detail["data"]
        assert info["callbackStatus"] == "SUCCESS" and info["retryCount"] == 1 and info["webhookUrl"] == url
        # getWebhookDetail shows the eventData as JSON text (captures: get-webhook-detail.success)
        assert json.loads(info["eventData"]) == event["eventData"] and info["taskId"] == task_id
        assert sb.api_key not in info["userApiKey"]
        # resend, to the same receiver
        again = legacy_post(sb, "/task/openapi/retryWebhook", apiKey=sb.api_key, webhookId=info["id"], webhookUrl=url)
        assert again == envelope(0, "success")
        assert json.loads(received.get(timeout=5))["taskId"] == task_id
        # a task without a webhook
        plain_task = submit(c)
        none = legacy_post(sb, "/task/openapi/getWebhookDetail", apiKey=sb.api_key, taskId=plain_task)
        assert none == envelope(1, "webhook event not exists")
        unknown = legacy_post(sb, "/task/openapi/retryWebhook", apiKey=sb.api_key, webhookId="9", webhookUrl=url)
        assert unknown["code"] == 1


def test_webhook_gives_up_after_retries(runninghub_sandbox: Any, receiver: Any) -> None:
    sb = runninghub_sandbox
    url, received, plan = receiver
    plan.extend([503] * 10)
    sb.configure(task_duration=0, webhook_retries=2, webhook_retry_delay=0.05)
    task = legacy_post(sb, "/task/openapi/create", apiKey=sb.api_key, workflowId="1", webhookUrl=url)["data"]["taskId"]
    bodies = [received.get(timeout=5) for _ in range(3)]
    event = json.loads(bodies[0])
    assert json.loads(event["eventData"])["code"] == 0  # legacy tasks: the outputs reply
    deadline = time.monotonic() + 30  # the third answer is recorded after the receiver got it
    while (info := legacy_post(sb, "/task/openapi/getWebhookDetail", apiKey=sb.api_key, taskId=task)["data"])[
        "callbackStatus"
    ] == "PENDING":
        assert time.monotonic() < deadline
        time.sleep(0.02)
    assert info["callbackStatus"] == "FAILED" and info["retryCount"] == 2 and info["callbackResponse"].startswith("503")
    assert received.empty()  # FAILED is final: nothing more is sent (only PENDING events are delivered)


def test_failed_and_cancelled_tasks_send_webhooks(runninghub_sandbox: Any, receiver: Any) -> None:
    sb = runninghub_sandbox
    url, received, _ = receiver
    sb.configure(task_duration=0.1)
    with v2(sb) as c:
        failed = submit(c, body={**IMAGE_BODY, "prompt": "[[fail]]", "webhookUrl": url})
        assert json.loads(received.get(timeout=5))["eventData"]["status"] == "FAILED"
        sb.configure(task_duration=3600)
        cancelled = submit(c, body={**IMAGE_BODY, "webhookUrl": url})
        legacy_post(sb, "/task/openapi/cancel", apiKey=sb.api_key, taskId=cancelled)
        event = json.loads(received.get(timeout=5))
    assert event["taskId"] == cancelled and event["eventData"]["status"] == "CANCEL"
    assert failed != cancelled


def test_webhook_loopback_only(runninghub_sandbox: Any, receiver: Any) -> None:
    sb = runninghub_sandbox
    url, received, _ = receiver
    sb.configure(task_duration=0, webhook_loopback_only=True)
    with v2(sb) as c:
        local = submit(c, body={**IMAGE_BODY, "webhookUrl": url.replace("127.0.0.1", "localhost")})
        assert json.loads(received.get(timeout=5))["taskId"] == local
        remote = submit(c, body={**IMAGE_BODY, "webhookUrl": "http://192.0.2.1/hook"})  # TEST-NET: never reached
    deadline = time.monotonic() + 5
    while True:
        detail = legacy_post(sb, "/task/openapi/getWebhookDetail", apiKey=sb.api_key, taskId=remote)
        if detail["code"] == 0 and detail["data"]["callbackStatus"] != "PENDING":
            break
        assert time.monotonic() < deadline
        time.sleep(0.02)
    assert detail["data"]["callbackStatus"] == "FAILED" and detail["data"]["retryCount"] == 0
    assert "loopback" in detail["data"]["callbackResponse"]


# --- concurrency limit -----------------------------------------------------------------------


def test_concurrency_limit(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    sb.configure(concurrency_limit=2, task_duration=3600)
    key = sb.api_key
    with v2(sb) as c:
        first, _ = submit(c), submit(c)
        refused = c.post(IMAGE_PATH, json=IMAGE_BODY)
        assert refused.status_code == 200
        assert refused.json() == refusal("421", "TASK_QUEUE_MAXED")
        workflow = c.post("/openapi/v2/run/workflow/1", json={})
        assert workflow.json()["errorCode"] == "421"
        legacy = legacy_post(sb, "/task/openapi/create", apiKey=key, workflowId="1")
        assert legacy == envelope(421, "TASK_QUEUE_MAXED")
        assert sb.tasks_created == 2
        assert [e["task_id"] is None for e in sb.journal[-3:]] == [True] * 3
        legacy_post(sb, "/task/openapi/cancel", apiKey=key, taskId=first)  # frees a slot
        submit(c)
    assert sb.tasks_created == 3


# --- journal and control routes --------------------------------------------------------------


def test_journal(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    with v2(sb) as c:
        task_id = submit(c, body={**IMAGE_BODY, "prompt": "p" * 5000})
        query(c, task_id)
        c.post(IMAGE_PATH, json={"prompt": 1})
    legacy_post(sb, "/task/openapi/status", apiKey=sb.api_key, taskId=task_id)
    journal = sb.journal
    assert [(e["method"], e["path"], e["status"]) for e in journal] == [
        ("POST", IMAGE_PATH, 200),
        ("POST", "/openapi/v2/query", 200),
        ("POST", IMAGE_PATH, 400),
        ("POST", "/task/openapi/status", 200),
    ]
    first = journal[0]
    assert first["task_id"] == task_id and first["key_ok"] is True and first["fault"] is None
    assert first["body_summary"]["keys"] == sorted(IMAGE_BODY)
    assert first["body_summary"]["sizes"]["prompt"] == 5002
    assert len(first["body"]["prompt"]) < 400  # long strings are shortened
    assert [e["task_id"] for e in journal[1:]] == [None, None, None]
    assert journal[2]["error_code"] == "1007"
    assert "apiKey" not in journal[3]["body"] and sb.api_key not in json.dumps(journal)
    assert all(e["duration_ms"] is not None for e in journal)
    journal[0]["path"] = "changed"
    assert sb.journal[0]["path"] == IMAGE_PATH  # a copy
    assert sb.tasks_created == 1


def test_control_routes(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    with plain(sb) as c:
        added = c.post("/__sandbox/faults", json={"path": "/openapi/v2/query", "kind": "status", "status": 503})
        assert added.status_code == 200 and added.json()["fault"]["kind"] == "status"
        assert c.get("/__sandbox/faults").json()["faults"][0]["status"] == 503
        bad = c.post("/__sandbox/faults", json={"path": "/x", "kind": "explode"})
        assert bad.status_code == 400 and "drop_after" in bad.json()["kinds"]
        hit = c.post("/openapi/v2/query", json={"taskId": "1"}, headers={"Authorization": f"Bearer {sb.api_key}"})
        assert hit.status_code == 503
        config = c.post("/__sandbox/config", json={"task_duration": 0.05})
        assert config.json()["config"]["task_duration"] == 0.05 and sb.config.task_duration == 0.05
        assert c.post("/__sandbox/config", json={"nope": 1}).status_code == 400
        journal = c.get("/__sandbox/journal").json()
        assert [e["fault"] for e in journal["journal"]] == ["status"] and journal["tasks_created"] == 0
        assert c.post("/__sandbox/reset", json={}).json() == {"ok": True}
        assert c.get("/__sandbox/journal").json()["journal"] == []
    assert sb.config.task_duration == QUICK_TASK_SECONDS  # the session's setting, restored by the reset
    assert not [e for e in sb.journal if e["path"].startswith("/__sandbox")]


# --- the context manager ---------------------------------------------------------------------


def test_context_manager_starts_and_stops_cleanly() -> None:
    # how fast it starts is measured by benchmarks/sandbox_bench.py, not asserted here
    with Sandbox(api_key="other-key", task_duration=0) as sb:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", sb.base_url)
        with v2(sb) as c:
            assert wait_end(c, submit(c))["status"] == "SUCCESS"
        workdir = sb.state.workdir
        port = sb.port
    assert not workdir.exists()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/files/x", timeout=2, trust_env=False)
