"""Every captured real reply (../shared/reference/captures/) against the spec and the wrapper.

A capture is `{source, confidence, route, situation, request, reply, notes}`. For each one whose
route the spec has, the reply must validate against that operation's response schema in
generated/openapi.json, *strictly*: an object schema that lists `properties` accepts no other
key unless the spec says `additionalProperties` itself (each such leniency carries a note in the
spec). So a field that real replies carry and the spec does not describe fails here. The reply
is then parsed with the wrapper's types: money and durations as Decimal, task ids as strings,
the reply kept in `.raw`.

Captures of routes the spec does not have are skipped by name with the reason; once the spec
gains the route (a new platform file), the capture is picked up with no change here.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SHARED
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from runninghub._types import Account, Output, TaskSnapshot, Upload, Usage, money_of
from runninghub._webhooks import parse_webhook

CAPTURES = SHARED / "captures"
WEBHOOK_ROUTE = "POST {webhookUrl}"
# Placeholders in capture routes, replaced by a concrete value before matching spec paths.
_PLACEHOLDER = re.compile(r"\{[^}]*\}|<[^>]*>")


@dataclass(frozen=True)
class Capture:
    name: str
    route: str  # one route ("POST /path"); a capture listing two routes yields two Captures
    situation: str
    confidence: str
    request: Any
    reply: Any
    notes: str


def load_captures() -> list[Capture]:
    if not CAPTURES.is_dir():
        return []
    out = []
    for path in sorted(CAPTURES.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        for route in str(doc["route"]).split(" | "):
            out.append(
                Capture(
                    name=path.name,
                    route=route.strip(),
                    situation=str(doc.get("situation", "")),
                    confidence=str(doc.get("confidence", "")),
                    request=doc.get("request"),
                    reply=doc.get("reply"),
                    notes=str(doc.get("notes", "")),
                )
            )
    return out


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((ROOT / "generated" / "openapi.json").read_text(encoding="utf-8"))
    return loaded


def _sample_model_endpoint() -> str:
    """A model endpoint of the spec (without /openapi/v2/), to stand in for `{endpoint}`."""
    for path, item in sorted(spec()["paths"].items()):
        if path.startswith("/openapi/v2/") and "x-runninghub-model" in item.get("post", {}):
            return str(path).removeprefix("/openapi/v2/")
    raise AssertionError("the spec has no model operation")


def concrete_path(route_path: str) -> str:
    """The capture's path with its placeholders filled in: `{endpoint}`-like ones with a real
    model endpoint (it spans two segments), others with an id."""

    def fill(match: re.Match[str]) -> str:
        text = match.group(0).lower()
        return _sample_model_endpoint() if "endpoint" in text else "1904136902449209346"

    return _PLACEHOLDER.sub(fill, route_path.split("?", 1)[0])


def _template_regex(template: str, greedy_last: bool) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    params = [i for i, p in enumerate(parts) if p.startswith("{")]
    rx = ""
    for i, part in enumerate(parts):
        if part.startswith("{"):
            rx += ".+" if greedy_last and i == params[-1] else "[^/]+"
        else:
            rx += re.escape(part)
    return re.compile(f"^{rx}$")


def spec_operation(route: str) -> tuple[str, str] | None:
    """(spec path, method) serving a capture's route, or None when the spec has no such route.
    A path parameter matches one segment; failing that, the last one may span several
    (a model endpoint inside a path, like price-preview/{endpoint})."""
    method, _, raw_path = route.partition(" ")
    method = method.lower()
    if not raw_path.startswith("/"):
        return None
    path = concrete_path(raw_path)
    paths = spec()["paths"]
    if method in paths.get(path, {}):
        return path, method
    for greedy in (False, True):
        for template in sorted(paths):
            if "{" in template and method in paths[template] and _template_regex(template, greedy).match(path):
                return template, method
    return None


def skip_reason(capture: Capture) -> str | None:
    """Why a capture is not checked against the spec (None: it is)."""
    if capture.route.startswith(WEBHOOK_ROUTE):
        return None if spec().get("webhooks", {}).get("TASK_END") else "the spec has no TASK_END webhook"
    if not capture.route.split(" ", 1)[-1].startswith("/"):
        return f"not an HTTP route of the API ({capture.route})"
    if "web console" in capture.route or "logged-in session" in capture.route:
        return "console-only route (logged-in web session, not an API-key route)"
    if spec_operation(capture.route) is None:
        return f"the spec has no {capture.route.split('?', 1)[0]} (yet)"
    return None


# ------------------------------------------------------------------------- strict schemas
def strict(node: Any) -> Any:
    """A copy of a schema in which every object schema listing `properties` and not saying
    `additionalProperties` refuses other keys."""
    if isinstance(node, list):
        return [strict(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: strict(v) for k, v in node.items()}
    if isinstance(node.get("properties"), dict) and "additionalProperties" not in node:
        out["additionalProperties"] = False
    return out


@cache
def _strict_registry() -> Registry[Any]:
    doc = copy.deepcopy(spec())
    doc["components"] = strict(doc["components"])
    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", Resource.from_contents(doc, default_specification=DRAFT202012)
    )
    return registry


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec()
        for part in str(node["$ref"])[2:].split("/"):
            target = target[part]
        node = target
    return node


def _validator(schema: Any) -> Draft202012Validator:
    if isinstance(schema, dict) and set(schema) == {"$ref"}:
        root: Any = {"$ref": "urn:spec" + str(schema["$ref"])}
    else:
        root = strict(schema)
    return Draft202012Validator(root, registry=_strict_registry())


def reply_schemas(capture: Capture) -> list[Any]:
    """The JSON schemas a capture's reply may match: every response the operation declares
    (the HTTP status is rarely recorded), or the webhook's request body."""
    if capture.route.startswith(WEBHOOK_ROUTE):
        op = spec()["webhooks"]["TASK_END"]["post"]
        return [op["requestBody"]["content"]["application/json"]["schema"]]
    found = spec_operation(capture.route)
    assert found is not None
    path, method = found
    schemas = []
    for response in spec()["paths"][path][method]["responses"].values():
        content = _resolve(response).get("content", {})
        if "application/json" in content:
            schemas.append(content["application/json"]["schema"])
    return schemas


def validation_errors(capture: Capture) -> list[str]:
    """Empty when the reply validates (strictly) against one of its schemas; else the errors
    against each."""
    problems = []
    for schema in reply_schemas(capture):
        errors = sorted(_validator(schema).iter_errors(capture.reply), key=lambda e: list(e.absolute_path))
        if not errors:
            return []
        problems += [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message[:160]}" for e in errors[:5]]
    return problems or ["the operation declares no JSON response"]


CASES = load_captures()
CHECKED = [c for c in CASES if skip_reason(c) is None]


def _id(c: Capture) -> str:
    return f"{c.name}[{c.route.split('?', 1)[0]}]"


def test_captures_are_present() -> None:
    if not CAPTURES.is_dir():
        pytest.skip(f"reference captures not found at {CAPTURES} (CI has ../shared beside the clone)")
    assert len(CHECKED) >= 40, [c.name for c in CHECKED]


def test_skipped_captures_are_listed_with_a_reason() -> None:
    """Not a check of the spec: the list of captures not checked, and why (see -rA output)."""
    skipped = {_id(c): skip_reason(c) for c in CASES if skip_reason(c) is not None}
    for name, reason in sorted(skipped.items()):
        print(f"skipped {name}: {reason}")
    assert all(skipped.values())


@pytest.mark.parametrize("capture", CASES, ids=_id)
def test_capture_validates_against_the_spec(capture: Capture) -> None:
    reason = skip_reason(capture)
    if reason is not None:
        pytest.skip(reason)
    assert validation_errors(capture) == []


def test_strict_validation_can_fail() -> None:
    """The strict check refuses an undeclared key and a wrong type, so passing means something."""
    query = next(c for c in CHECKED if c.route == "POST /openapi/v2/query" and isinstance(c.reply.get("usage"), dict))
    assert validation_errors(query) == []
    undeclared = Capture(**{**vars(query), "reply": {**query.reply, "inventedField": 1}})
    assert validation_errors(undeclared)
    nested = copy.deepcopy(query.reply)
    nested["usage"]["inventedMoney"] = "1"
    assert validation_errors(Capture(**{**vars(query), "reply": nested}))
    wrong = Capture(**{**vars(query), "reply": {**query.reply, "taskId": 2013508786110730241}})
    assert validation_errors(wrong)


# ------------------------------------------------------------------------- parsing
def _route_path(capture: Capture) -> str:
    found = spec_operation(capture.route) if not capture.route.startswith(WEBHOOK_ROUTE) else None
    return found[0] if found else ""


def _is_v2_task_route(path: str) -> bool:
    return path == "/openapi/v2/query" or path.startswith("/openapi/v2/run/") or _is_model(path)


def _is_model(path: str) -> bool:
    return "x-runninghub-model" in spec()["paths"].get(path, {}).get("post", {})


def _decimal_or_none(value: Any) -> Decimal | None:
    """What a money field should parse to: its Decimal, or None for null and for the
    placeholders some captures hold ("<money string>")."""
    try:
        return None if value is None else Decimal(str(value))
    except ArithmeticError:
        return None


def _check_usage(usage: Usage | None, raw: Any) -> None:
    if not isinstance(raw, dict):
        assert usage is None
        return
    assert usage is not None
    for attr, key in (
        ("consume_money", "consumeMoney"),
        ("third_party_consume_money", "thirdPartyConsumeMoney"),
        ("consume_coins", "consumeCoins"),
        ("task_cost_time", "taskCostTime"),
    ):
        value = getattr(usage, attr)
        assert value == _decimal_or_none(raw.get(key)), (key, raw.get(key), value)
        assert value is None or isinstance(value, Decimal)
    assert usage.raw == raw


def _check_snapshot(snap: TaskSnapshot, reply: dict[str, Any]) -> None:
    assert isinstance(snap.task_id, str)
    tid = reply.get("taskId")
    assert snap.task_id == (str(tid) if tid not in (None, "") else "")
    assert snap.raw == reply
    _check_usage(snap.usage, reply.get("usage"))
    results = reply.get("results") or []
    assert len(snap.outputs) == len(results)
    for output, item in zip(snap.outputs, results, strict=True):
        assert isinstance(output, Output) and output.raw == item
        assert output.url == item.get("url")
    expected_cost = None
    if isinstance(reply.get("usage"), dict):
        parts = [money_of(reply["usage"].get(k)) for k in ("consumeMoney", "thirdPartyConsumeMoney")]
        known = [p for p in parts if p is not None]
        expected_cost = sum(known, Decimal(0)) if known else None
    assert snap.cost == expected_cost
    for entry, raw in zip(snap.task_usage, reply.get("taskUsageList") or [], strict=True):
        assert entry.task_id == (str(raw["taskId"]) if raw.get("taskId") is not None else None)
        _check_usage(entry.usage, raw.get("usage"))
    assert snap.parent_task_id == (str(reply["parentTaskId"]) if reply.get("parentTaskId") else None)


@pytest.mark.parametrize("capture", CHECKED, ids=_id)
def test_capture_parses_with_the_wrapper_types(capture: Capture) -> None:
    reply = capture.reply
    path = _route_path(capture)
    data = reply.get("data") if isinstance(reply, dict) else None
    if capture.route.startswith(WEBHOOK_ROUTE):
        event = parse_webhook(json.dumps(reply))
        assert event.task_id == str(reply["taskId"]) and isinstance(event.task_id, str)
        assert isinstance(event.data, dict)  # eventData: an object, or a string holding one
        inner = event.data
        if "status" in inner:  # a v2 task object
            _check_snapshot(TaskSnapshot.from_reply(inner), inner)
    elif _is_v2_task_route(path):
        _check_snapshot(TaskSnapshot.from_reply(reply), reply)
    elif path == "/openapi/v2/media/upload/binary" or path == "/task/openapi/upload":
        upload = Upload.from_reply(data)
        assert upload.raw == (data if isinstance(data, dict) else {})
        size = data.get("size") if isinstance(data, dict) else None
        assert upload.size == (int(size) if size is not None else None)
        if isinstance(data, dict):
            assert upload.file_name == data.get("fileName")
            assert upload.url == data.get("download_url")
    elif path == "/uc/openapi/accountStatus":
        account = Account.from_reply(data)
        raw = data if isinstance(data, dict) else {}
        assert account.raw == raw
        for attr, key in (("remain_coins", "remainCoins"), ("remain_money", "remainMoney")):
            value = getattr(account, attr)
            assert value == (Decimal(str(raw[key])) if raw.get(key) is not None else None)
            assert value is None or isinstance(value, Decimal)
        count = raw.get("currentTaskCounts")
        assert account.current_task_counts == (int(count) if count is not None else None)
    elif path == "/task/openapi/outputs" and isinstance(data, list):
        for i, item in enumerate(data):
            output = Output.from_reply(item, i, "1")
            assert output.url == item.get("fileUrl") and output.raw == item
            _check_usage(Usage.from_reply(item), item)
    elif isinstance(data, dict) and "taskId" in data:  # a legacy task-create reply
        snap = TaskSnapshot.from_reply(data)
        assert snap.task_id == str(data["taskId"]) and isinstance(snap.task_id, str)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0.14", Decimal("0.14")),
        (0.05, Decimal("0.05")),
        (25, Decimal(25)),
        ("121", Decimal(121)),
        (None, None),
        ("", None),
        ("n/a", None),
        (True, None),
        (float("nan"), None),
        ("Infinity", None),
    ],
)
def test_money_of(value: Any, expected: Decimal | None) -> None:
    assert money_of(value) == expected


def test_capture_names_are_unique_files() -> None:
    assert len({Path(c.name).name for c in CASES}) == len({c.name for c in CASES})


def test_result_keeps_task_usage_and_cost(runninghub_sandbox: Any) -> None:
    """End to end: a run's Result carries cost (Decimal, from the reply's string), the
    taskUsageList entries and the raw reply."""
    import runninghub

    runninghub_sandbox.configure(task_duration=0)
    client = runninghub.RunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url)
    result = client.run("rhart-image-g-2-official/text-to-image", prompt="a cat", aspectRatio="16:9")
    client.close()
    assert result.cost == Decimal("0.05") and isinstance(result.cost, Decimal)
    assert [e.task_id for e in result.task_usage] == [result.task_id]
    assert result.task_usage[0].usage is not None and result.task_usage[0].usage.money == Decimal("0.05")
    assert result.raw["usage"]["thirdPartyConsumeMoney"] == "0.05"
