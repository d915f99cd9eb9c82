"""The conformance cases under tests/conformance/ are well-formed and agree with the spec, with
the error-code table of tests/conformance/README.md and with RunningHub's documented codes.

This checks the case files only; the runners that exercise a client against them are the
wrapper's tests (Python) and tests/conformance/ts (TypeScript, `make test-ts`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import ROOT, SHARED

HERE = ROOT / "tests" / "conformance"
ERROR_CLASSES = {
    "APIError",
    "AuthenticationError",
    "ContentPolicyError",
    "InsufficientBalanceError",
    "InvalidParamsError",
    "RateLimitError",
    "TaskFailedError",
}
REPLY_OPERATIONS = {"submit", "query", "legacy_outputs", "legacy_status", "legacy_create", "upload", "account"}
RETRY_OPERATIONS = {"submit", "query", "upload", "download", "account"}
FAULT_KINDS = {"connect_error", "read_timeout", "dropped_after_send", "status", "html", "truncated_json", "error_code"}
# The status sets and the resend codes are the spec's (x-runninghub-*-values on TaskStatus,
# x-runninghub-error-codes on ErrorCode), as the clients read them.
_SCHEMAS = json.loads((ROOT / "generated" / "openapi.json").read_text(encoding="utf-8"))["components"]["schemas"]
TERMINAL = set(_SCHEMAS["TaskStatus"]["x-runninghub-terminal-values"])
HEADERS = {"Authorization": "Bearer test-key", "Content-Type": "application/json"}
# Codes that prove a submit created no task (retries.json rules).
SUBMIT_RETRY_CODES = {c for c, e in _SCHEMAS["ErrorCode"]["x-runninghub-error-codes"].items() if e.get("resend-submit")}
# How a reply without a known code is read by its HTTP status (x-runninghub-http-fallbacks).
STATUS_ROWS: dict[str, dict[str, Any]] = {
    str(row["status"]): row for row in _SCHEMAS["ErrorCode"]["x-runninghub-http-fallbacks"]
}


def _status_row(status: int, *, readable: bool) -> dict[str, Any]:
    """The row that reads `status` (README "HTTP statuses"): the exact status, else its class
    (a row for unreadable bodies only is skipped for a JSON object), else default."""
    for key in (str(status), f"{status // 100}xx"):
        row = STATUS_ROWS.get(key)
        if row is not None and not (readable and row.get("body") == "unreadable"):
            return row
    return STATUS_ROWS["default"]


def _plain(cls: str) -> str:
    return "APIError" if cls == "NotFoundError" else cls  # the class every client has


# Replies that deliberately deviate from the spec, to test a lenient reading.
LENIENT = {"query with a 19-digit numeric taskId keeps every digit": "the spec types the v2 taskId as a string"}


def _load(name: str) -> list[dict[str, Any]]:
    doc = json.loads((HERE / name).read_text(encoding="utf-8"))
    assert set(doc) == {"cases"}, f"{name}: the top level is {{'cases': [...]}}"
    cases = doc["cases"]
    assert isinstance(cases, list) and cases
    names = [c.get("name") for c in cases]
    assert all(isinstance(n, str) and n for n in names), f"{name}: every case has a name"
    dupes = sorted({n for n in names if names.count(n) > 1})
    assert not dupes, f"{name}: duplicate case names {dupes}"
    return cases


@pytest.fixture(scope="module")
def requests_cases() -> list[dict[str, Any]]:
    return _load("requests.json")


@pytest.fixture(scope="module")
def replies_cases() -> list[dict[str, Any]]:
    return _load("replies.json")


@pytest.fixture(scope="module")
def retries_cases() -> list[dict[str, Any]]:
    return _load("retries.json")


@pytest.fixture(scope="module")
def code_table() -> dict[str, tuple[str, bool | None]]:
    """code → (class, retryable) from the table in tests/conformance/README.md; `pending` for
    804/813 (retryable None), `(none)` for 0."""
    table: dict[str, tuple[str, bool | None]] = {}
    for line in (HERE / "README.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*(\d+)\s*\|[^|]*\|\s*`?([A-Za-z()]+)`?[^|]*\|\s*(yes|no)?\s*\|$", line)
        if m:
            code, cls, retry = m.groups()
            assert code not in table, f"README table lists {code} twice"
            table[code] = (cls, None if retry is None else retry == "yes")
    assert len(table) > 40
    assert {cls for cls, _ in table.values()} <= ERROR_CLASSES | {"pending", "(none)"}
    return table


def _models(doc: dict[str, Any]) -> dict[str, str]:
    """Every name a model can be addressed by (docs name, alias, endpoint, path) → its path."""
    out: dict[str, str] = {}
    for path, item in doc["paths"].items():
        op = item.get("post") or {}
        if path.startswith("/openapi/v2/") and "x-runninghub-model" in op:
            for key in (
                op["x-runninghub-model"],
                *op.get("x-runninghub-aliases", []),
                path[len("/openapi/v2/") :],
                path,
            ):
                out[key] = path
    return out


def _request_schema(doc: dict[str, Any], path: str) -> dict[str, Any]:
    ref = doc["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    schema: dict[str, Any] = doc["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    return schema


def _validator(doc: dict[str, Any], schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    # Local $refs resolve against a root that carries the components.
    return jsonschema.Draft202012Validator({**schema, "components": doc["components"]})


# --------------------------------------------------------------------------- requests.json
def test_requests_cases_are_well_formed(requests_cases: list[dict[str, Any]]) -> None:
    for case in requests_cases:
        name = case["name"]
        assert set(case) in ({"name", "model", "params", "expect"}, {"name", "model", "params", "expect_error"}), name
        assert isinstance(case["model"], str) and isinstance(case["params"], dict), name
        if "expect" in case:
            expect = case["expect"]
            assert set(expect) == {"method", "path", "headers", "json"}, name
            assert expect["method"] == "POST" and expect["headers"] == HEADERS, name
            assert isinstance(expect["json"], dict), name
        else:
            err = case["expect_error"]
            assert set(err) == {"error", "field"}, name
            assert err["error"] in ERROR_CLASSES, name
            assert err["field"] is None or isinstance(err["field"], str), name


def test_request_models_exist_in_the_spec(requests_cases: list[dict[str, Any]], bundled: dict[str, Any]) -> None:
    models = _models(bundled)
    for case in requests_cases:
        unknown_model = "expect_error" in case and case["expect_error"]["field"] is None
        assert (case["model"] in models) != unknown_model, f"{case['name']}: {case['model']!r}"
        if "expect" in case:
            assert case["expect"]["path"] == models[case["model"]], case["name"]


def test_request_expectations_follow_the_spec(requests_cases: list[dict[str, Any]], bundled: dict[str, Any]) -> None:
    """The expected body is the params plus the x-runninghub-default of each required field left
    out (and nothing else), and it validates against the request schema."""
    models = _models(bundled)
    for case in (c for c in requests_cases if "expect" in c):
        schema = _request_schema(bundled, models[case["model"]])
        props, required = schema["properties"], schema.get("required", [])
        body, params = case["expect"]["json"], case["params"]
        filled = {k: props[k]["x-runninghub-default"] for k in required if k not in params}
        assert all("x-runninghub-default" in props[k] for k in filled), case["name"]
        assert body == {**params, **filled}, case["name"]
        errors = list(_validator(bundled, {**schema, "additionalProperties": False}).iter_errors(body))
        assert not errors, f"{case['name']}: {[e.message for e in errors]}"


def test_request_errors_are_real_violations(requests_cases: list[dict[str, Any]], bundled: dict[str, Any]) -> None:
    """Each expect_error case breaks the request schema exactly at its field."""
    models = _models(bundled)
    for case in (c for c in requests_cases if "expect_error" in c and c["expect_error"]["field"] is not None):
        field = case["expect_error"]["field"]
        schema = _request_schema(bundled, models[case["model"]])
        props, required = schema["properties"], schema.get("required", [])
        body = dict(case["params"])
        body.update(
            {
                k: props[k]["x-runninghub-default"]
                for k in required
                if k not in body and "x-runninghub-default" in props[k]
            }
        )
        fields: set[str] = set()
        for e in _validator(bundled, {**schema, "additionalProperties": False}).iter_errors(body):
            if e.validator == "required":
                fields.update(k for k in e.validator_value if k not in body)
            elif e.validator == "additionalProperties":
                fields.update(k for k in body if k not in props)
            else:
                fields.add(str(e.absolute_path[0]))
        assert fields == {field}, f"{case['name']}: the schema objects to {sorted(fields)}"


def test_requests_cover_the_documented_examples(requests_cases: list[dict[str, Any]], reference_example: Any) -> None:
    bodies = [c["expect"]["json"] for c in requests_cases if "expect" in c]
    for name in (
        "rhart-image-g-2-official.text-to-image.request.json",
        "rhart-image-n-g31-flash.text-to-image.request.json",
    ):
        assert reference_example(name) in bodies, name


# --------------------------------------------------------------------------- replies.json
EXPECT_KEYS = {
    "task": {"kind", "task_id", "status", "terminal", "succeeded", "outputs"},
    "error": {"kind", "error", "error_code", "retryable"},
    "pending": {"kind", "status"},
    "upload": {"kind", "url", "file_name"},
    "account": {"kind", "remain_coins", "remain_money", "currency", "api_type", "current_task_counts"},
}


def _code_of(body_text: str) -> str | None:
    """The reply's code as the README's rule 3 reads it (None: no code, or not JSON)."""
    try:
        data = json.loads(body_text)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    if data.get("errorCode") not in (None, ""):
        return str(data["errorCode"])
    if "code" in data and data["code"] != 0:
        return str(data["code"])
    return None


def _is_object(body_text: str) -> bool:
    try:
        return isinstance(json.loads(body_text), dict)
    except ValueError:
        return False


def test_replies_are_well_formed(replies_cases: list[dict[str, Any]]) -> None:
    for case in replies_cases:
        name, expect = case["name"], case["expect"]
        assert set(case) == {"name", "operation", "http_status", "headers", "body_text", "expect"}, name
        assert case["operation"] in REPLY_OPERATIONS, name
        assert isinstance(case["http_status"], int) and 100 <= case["http_status"] < 600, name
        assert all(isinstance(k, str) and isinstance(v, str) for k, v in case["headers"].items()), name
        assert isinstance(case["body_text"], str), name
        assert set(expect) == EXPECT_KEYS[expect["kind"]], name
        if expect["kind"] == "task":
            assert expect["task_id"] is None or re.fullmatch(r"\d+", expect["task_id"]), name
            assert expect["terminal"] == (expect["status"] in TERMINAL), name
            assert expect["succeeded"] == (expect["status"] == "SUCCESS"), name
            for out in expect["outputs"]:
                assert set(out) == {"url", "output_type", "text"}, name
            if expect["task_id"] is not None:
                assert expect["task_id"] in case["body_text"], f"{name}: the id's exact digits are in the body"
        elif expect["kind"] == "error":
            assert expect["error"] in ERROR_CLASSES, name
            assert expect["error_code"] is None or isinstance(expect["error_code"], str), name
            assert isinstance(expect["retryable"], bool), name
        elif expect["kind"] == "pending":
            assert case["operation"] == "legacy_outputs" and expect["status"] in {"RUNNING", "QUEUED"}, name


def _names_task_end(case: dict[str, Any]) -> bool:
    try:
        body = json.loads(case["body_text"])
    except ValueError:
        return False
    return (
        case["operation"] in ("submit", "query")
        and 200 <= case["http_status"] < 300
        and isinstance(body, dict)
        and bool(body.get("taskId") or body.get("task_id"))
        and str(body.get("status") or "").upper() in ("SUCCESS", "FAILED", "CANCEL")
    )


def test_reply_errors_follow_the_code_table(
    replies_cases: list[dict[str, Any]], code_table: dict[str, tuple[str, bool | None]]
) -> None:
    for case in replies_cases:
        name, expect, status = case["name"], case["expect"], case["http_status"]
        code = _code_of(case["body_text"])
        row = _status_row(status, readable=_is_object(case["body_text"]))
        by_status = {"kind": "error", "error": _plain(row["class"]), "error_code": code, "retryable": row["retryable"]}
        if row.get("over-code"):  # README rule 1 (HTTP 429)
            assert expect == by_status, name
        elif _names_task_end(case):  # README rule 3: the task's state, whatever its code
            assert expect["kind"] == "task" and expect["terminal"], name
        elif code is not None and code in code_table:
            cls, retryable = code_table[code]
            if cls == "pending":
                assert expect == {"kind": "pending", "status": {"804": "RUNNING", "813": "QUEUED"}[code]}, name
            else:  # rule 4; a plain APIError code takes its status row's class (rule 5)
                cls = by_status["error"] if cls == "APIError" else cls
                assert expect == {"kind": "error", "error": cls, "error_code": code, "retryable": retryable}, name
        elif expect["kind"] == "error":  # rules 2 and 5: no code, or one the table does not list
            assert expect == by_status, name
        else:
            assert 200 <= status < 300 and code is None, name


def test_successful_replies_match_the_spec(replies_cases: list[dict[str, Any]], bundled: dict[str, Any]) -> None:
    schema_of = {
        "submit": "V2Task",
        "query": "V2Task",
        "legacy_create": "TaskCreateEnvelope",
        "legacy_status": "TaskStatusEnvelope",
        "legacy_outputs": "TaskOutputsEnvelope",
        "upload": "MediaUploadEnvelope",
        "account": "AccountStatusEnvelope",
    }
    for case in replies_cases:
        if case["expect"]["kind"] == "error" or case["name"] in LENIENT:
            continue
        name = schema_of[case["operation"]]
        if case["operation"] == "upload" and "download_url" not in case["body_text"]:
            name = "LegacyUploadEnvelope"
        validator = _validator(bundled, {"$ref": f"#/components/schemas/{name}"})
        errors = [e.message for e in validator.iter_errors(json.loads(case["body_text"]))]
        assert not errors, f"{case['name']}: {errors}"
    for name, why in LENIENT.items():
        case = next(c for c in replies_cases if c["name"] == name)
        validator = _validator(bundled, {"$ref": "#/components/schemas/V2Task"})
        assert list(validator.iter_errors(json.loads(case["body_text"]))), f"{name} is listed as lenient: {why}"


def _platform_codes() -> tuple[set[str], set[str]]:
    """The codes of the two tables of platform.md §8 (legacy, v2)."""
    path = SHARED / "platform.md"
    if not path.exists():
        pytest.skip(f"reference material not found at {path}")
    text = path.read_text(encoding="utf-8")
    legacy = text.split("### 8.1", 1)[1].split("### 8.2", 1)[0]
    v2 = text.split("### 8.2", 1)[1].split("## 9", 1)[0]

    def codes(section: str) -> set[str]:
        return set(re.findall(r"^\|\s*(\d+)\s*\|", section, flags=re.M))

    return codes(legacy), codes(v2)


def test_every_documented_code_is_in_the_table_and_the_replies(
    replies_cases: list[dict[str, Any]], code_table: dict[str, tuple[str, bool | None]]
) -> None:
    legacy, v2 = _platform_codes()
    assert legacy | v2 <= set(code_table), "README table lists every code of platform.md §8"
    # and only adds codes the spec takes from a capture (its x-runninghub-error-codes source)
    spec = _SCHEMAS["ErrorCode"]["x-runninghub-error-codes"]
    extra = set(code_table) - legacy - v2
    assert all("capture" in spec[code]["source"] for code in extra), sorted(extra)
    seen_legacy, seen_v2 = set(), set()
    for case in replies_cases:
        try:
            data = json.loads(case["body_text"])
        except ValueError:
            continue
        if isinstance(data, dict):
            if data.get("errorCode") not in (None, ""):
                seen_v2.add(str(data["errorCode"]))
            if isinstance(data.get("code"), int):
                seen_legacy.add(str(data["code"]))
    assert legacy - seen_legacy == set(), "legacy codes missing from replies.json (as `code`)"
    assert v2 - seen_v2 == set(), "v2 codes missing from replies.json (as `errorCode`)"


def test_replies_cover_the_required_situations(replies_cases: list[dict[str, Any]]) -> None:
    by_op = {(c["operation"], c["expect"].get("status")) for c in replies_cases}
    for op_status in [("query", "RUNNING"), ("query", "SUCCESS"), ("query", "FAILED"), ("query", "CANCEL")]:
        assert op_status in by_op, op_status
    assert any(
        c["expect"]["kind"] == "task"
        and not c["expect"]["terminal"]
        and c["expect"]["status"] not in {"CREATE", "QUEUED", "RUNNING"}
        for c in replies_cases
    ), "an unknown status"
    assert any('"task_id"' in c["body_text"] for c in replies_cases), "the task_id spelling"
    assert any(
        re.search(r'"taskId":\d{19}\b', c["body_text"]) and c["operation"] == "legacy_create" for c in replies_cases
    )
    statuses = {c["http_status"] for c in replies_cases}
    assert {429, 500, 502, 503} <= statuses
    assert any("<html" in c["body_text"].lower() and c["http_status"] == 200 for c in replies_cases)


# --------------------------------------------------------------------------- retries.json
def _expected_retry(op: str, fault: dict[str, Any], code_table: dict[str, tuple[str, bool | None]]) -> str:
    """The rules of tests/conformance/README.md, retries.json section."""
    kind = fault["kind"]
    if kind == "connect_error":
        return "retry"
    if kind in ("read_timeout", "dropped_after_send"):  # the request may have been served
        return "outcome_unknown" if op == "submit" else "retry"
    # the other faults are replies: html, truncated_json, status (empty body), error_code (JSON)
    status = fault.get("status", 500 if kind == "status" else 200)
    row = _status_row(status, readable=kind == "error_code")
    cls, retryable = _plain(row["class"]), row["retryable"]
    if kind == "error_code" and not row.get("over-code"):
        cls, retryable = code_table[fault["error_code"]]
    if op == "submit":
        if row.get("resend-submit") or fault.get("error_code") in SUBMIT_RETRY_CODES:
            return "retry"
        # a redirect or a server error may come after the task was created, whatever the code;
        # so may any retryable APIError; a refusal that is not retryable (814, 4xx) proves it was not
        unknown = row.get("submit-outcome-unknown") or (retryable and cls == "APIError")
        return "outcome_unknown" if unknown else "raise"
    return "retry" if retryable else "raise"


def test_retries_are_well_formed_and_follow_the_rules(
    retries_cases: list[dict[str, Any]], code_table: dict[str, tuple[str, bool | None]]
) -> None:
    for case in retries_cases:
        name, fault = case["name"], case["fault"]
        assert set(case) - {"delay_at_least"} == {"name", "operation", "fault", "expect"}, name
        assert case["operation"] in RETRY_OPERATIONS, name
        assert fault["kind"] in FAULT_KINDS and set(fault) <= {"kind", "status", "retry_after", "error_code"}, name
        assert fault["kind"] != "status" or isinstance(fault.get("status"), int), name
        assert (fault["kind"] == "error_code") == ("error_code" in fault), name
        assert "retry_after" not in fault or re.fullmatch(r"\d+", fault["retry_after"]), name
        assert case["expect"] in {"retry", "outcome_unknown", "raise"}, name
        assert case["expect"] == _expected_retry(case["operation"], fault, code_table), name
        if "delay_at_least" in case:
            assert case["expect"] == "retry" and case["delay_at_least"] == float(fault["retry_after"]), name
        elif case["expect"] == "retry":
            assert "retry_after" not in fault, f"{name}: give delay_at_least with retry_after"


def test_retries_cover_every_operation_and_fault(retries_cases: list[dict[str, Any]]) -> None:
    seen = {(c["operation"], c["fault"]["kind"]) for c in retries_cases}
    for op in RETRY_OPERATIONS:
        for kind in ("connect_error", "read_timeout", "status"):
            assert (op, kind) in seen, (op, kind)
    for kind in FAULT_KINDS:
        assert ("submit", kind) in seen, kind
    outcomes = {(c["operation"], c["expect"]) for c in retries_cases}
    assert {("submit", "retry"), ("submit", "outcome_unknown"), ("submit", "raise")} <= outcomes


def test_case_files_are_plain_utf8_json() -> None:
    for path in sorted(Path(HERE).glob("*.json")):
        text = path.read_text(encoding="utf-8")
        assert text.endswith("\n") and "\r" not in text, path.name
        assert json.loads(text)
