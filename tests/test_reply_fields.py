"""Reply field names come from the generated layer (issue 11, item 1).

- `runninghub_api.wire` names every schema's JSON keys by the generated models' attribute names,
  and agrees with the spec and with the models.
- No key of the replies (and the request bodies) of the operations the covered modules call is
  written by hand in them (COVERED: every module of the package, a new one has to be listed).
- No key of a reply or a request body of any operation in the spec is written by hand in the
  sandbox (wrapper/runninghub/sandbox/), its own names that spell one aside (sandbox/_own_keys.py).
- A reply key and a request key renamed in a scratch copy of spec/ reach the wrapper and the
  sandbox through the generator alone (RUNNINGHUB_GENERATOR_TESTS=1, run by `make test-generator`).
"""

from __future__ import annotations

import ast
import json
import os
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from scratch_generator import copy_inputs, generate_python, run_client
from source_scan import string_constants

ROOT = Path(__file__).resolve().parent.parent
WRAPPER = ROOT / "wrapper" / "runninghub"
OPENAPI = ROOT / "generated" / "openapi.json"

# The modules that read the replies below only through runninghub._wire (the generated keys).
COVERED = (
    "__init__.py",
    "_assets.py",
    "_async_assets.py",
    "_async_batch.py",
    "_async_client.py",
    "_async_driver.py",
    "_batch.py",
    "_bounded.py",
    "_budget.py",
    "_catalog.py",
    "_calls.py",
    "_checks.py",
    "_client_base.py",
    "_cli_entry.py",
    "_client.py",
    "_core.py",
    "_downloads.py",
    "_effects.py",
    "_errors.py",
    "_extras.py",
    "_files.py",
    "_ledger.py",
    "_limited.py",
    "_live.py",
    "_low_level.py",
    "_platform.py",
    "_polling.py",
    "_replies.py",
    "_routes.py",
    "_saving.py",
    "_secret.py",
    "_settings.py",
    "_spec.py",
    "_submits.py",
    "_sync_batch.py",
    "_sync_driver.py",
    "_tasks.py",
    "_typed.py",
    "_types.py",
    "_uploads.py",
    "_waiting.py",
    "_webhooks.py",
    "_wire.py",
    "_workflows.py",
)
# The operations whose replies the covered modules parse (every model submit answers a V2Task too).
COVERED_OPERATIONS = frozenset(
    {
        "query_task",
        "cancel_task",
        "get_task_outputs",
        "get_task_status",
        "create_workflow_task",
        "run_ai_app",
        "run_quick_create",
        "run_workflow_v2",
        "run_ai_app_v2",
        "get_account_status",
        "upload_media",
        "upload_file_legacy",
        # _platform, _assets, _budget: price preview, queue, keys, catalogues, the asset library
        "preview_model_price",
        "get_queue_status",
        "list_api_keys",
        "list_resources",
        "list_ai_apps",
        "create_asset",
        "query_asset",
        "update_asset",
        "delete_asset",
        "list_assets",
        "create_asset_group",
        "query_asset_group",
        "update_asset_group",
        "delete_asset_group",
        "list_asset_groups",
        # _workflows: templates, AI App examples, quick create, LoRA uploads, webhook deliveries
        "get_workflow_json",
        "get_ai_app_call_example",
        "get_quick_create_params",
        "get_lora_upload_url",
        "get_webhook_detail",
        "retry_webhook",
        # _webhooks: the TASK_END callback (a webhook of the spec: its request is what is read)
        "task_end_callback",
    }
)


def _spec() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(OPENAPI.read_text(encoding="utf-8"))
    return doc


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _operations(doc: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for where in ("paths", "webhooks"):
        for item in doc.get(where, {}).values():
            yield from (op for op in item.values() if isinstance(op, dict) and "operationId" in op)


def reply_schemas(doc: dict[str, Any], operation_ids: frozenset[str]) -> set[str]:
    """Every component schema the replies of these operations (and of every model submit)
    reach, following $refs through components/responses and components/schemas."""
    todo: list[Any] = [
        op.get("responses", {})
        for op in _operations(doc)
        if op["operationId"] in operation_ids or "x-runninghub-model" in op
    ]
    return _reached(doc, todo)


def request_schemas(doc: dict[str, Any], operation_ids: frozenset[str]) -> set[str]:
    """Every component schema the request bodies of these operations reach (a webhook's request
    is the callback the client reads). Model submits aside: their bodies are the user's params."""
    todo: list[Any] = [
        op.get("requestBody", {})
        for op in _operations(doc)
        if op["operationId"] in operation_ids and "x-runninghub-model" not in op
    ]
    return _reached(doc, todo)


def _reached(doc: dict[str, Any], todo: list[Any]) -> set[str]:
    seen: set[str] = set()
    while todo:
        for ref in _refs(todo.pop()):
            where = ref.removeprefix("#/components/")  # e.g. schemas/V2Task, responses/V2Error
            if where not in seen:
                seen.add(where)
                kind, name = where.split("/", 1)
                todo.append(doc["components"][kind][name])
    return {ref.split("/", 1)[1] for ref in seen if ref.startswith("schemas/")}


def _schema_keys(node: Any, keys: set[str]) -> None:
    """The property names of a schema and of the inline schemas inside it (a $ref is followed
    by the caller), with the other spellings the spec notes (x-runninghub-also-read-as)."""
    if isinstance(node, dict):
        for key, prop in (node.get("properties") or {}).items():
            keys.add(key)
            keys.update(prop.get("x-runninghub-also-read-as", []) if isinstance(prop, dict) else [])
        for value in node.values():
            _schema_keys(value, keys)
    elif isinstance(node, list):
        for value in node:
            _schema_keys(value, keys)


def reply_keys(doc: dict[str, Any], operation_ids: frozenset[str] = COVERED_OPERATIONS) -> set[str]:
    """The JSON keys of those replies, read from the spec, with the other spellings the spec
    notes for them (x-runninghub-also-read-as)."""
    schemas = doc["components"]["schemas"]
    keys: set[str] = set()
    for name in reply_schemas(doc, operation_ids):
        _schema_keys(schemas[name], keys)
    return keys


def request_keys(doc: dict[str, Any], operation_ids: frozenset[str] = COVERED_OPERATIONS) -> set[str]:
    """The JSON keys of the request bodies of those operations (multipart field names too)."""
    schemas = doc["components"]["schemas"]
    keys: set[str] = set()
    for name in request_schemas(doc, operation_ids):
        _schema_keys(schemas[name], keys)
    for op in _operations(doc):
        if op["operationId"] in operation_ids and "x-runninghub-model" not in op:
            _schema_keys(op.get("requestBody", {}), keys)  # inline request schemas
    return keys


def hand_written_keys(paths: list[Path], keys: set[str]) -> list[str]:
    """`file:line: text` for every string constant (docstrings aside) equal to one of `keys`."""
    return [f"{path.name}:{line}: {text!r}" for path, line, text in string_constants(paths) if text in keys]


# --------------------------------------------------------------------------- the scan
def test_the_reply_keys_are_the_specs() -> None:
    doc = _spec()
    schemas = reply_schemas(doc, COVERED_OPERATIONS)
    # the shapes the core and the reply types read, all reached from the spec's responses
    assert {"V2Task", "TaskResult", "TaskUsage", "TaskUsageEntry", "FailedReason", "V2ErrorBody"} <= schemas
    assert {"EmptyEnvelope", "TaskCreateEnvelope", "TaskCreateData", "TaskOutputsEnvelope", "TaskOutput"} <= schemas
    assert {"AccountInfo", "MediaUploadData", "LegacyUploadData", "TaskRunningData"} <= schemas
    keys = reply_keys(doc)
    assert {"taskId", "status", "errorCode", "errorMessage", "failedReason", "results", "netWssUrl"} <= keys
    assert {"code", "msg", "data", "url", "outputType", "text", "usage", "consumeMoney", "exception_message"} <= keys
    assert {"task_id", "outputUrl", "content", "output"} <= keys  # lenient readings the spec notes
    # the request bodies the covered modules build (multipart parts and webhook callbacks too)
    sent = request_keys(doc)
    assert {"taskId", "workflowId", "webappId", "nodeInfoList", "webhookUrl", "instanceType", "workflow"} <= sent
    assert {"groupId", "assetId", "pageNumber", "resourceName", "loraName", "webhookId", "file", "eventData"} <= sent
    assert "prompt" not in sent  # a model's params are the user's: no model request schema is scanned


# Strings in the covered modules that equal a key of those replies or requests but are no read
# or write of one (or are one no generated name covers yet), and why.
NOT_REPLY_READS = {
    "_sync_driver.py: 'content'": "httpx's keyword for a request body stream",
    "_async_driver.py: 'content'": "httpx's keyword for a request body stream",
    "_types.py: 'output'": "the file name stem safe_component falls back to",
    "_uploads.py: 'name'": "a file object's name attribute (getattr)",
    "_uploads.py: 'data'": "the label of an upload from bytes (in logs and errors)",
    # run_many's batch file (JSONL jobs) and its ledger and export: the SDK's own formats
    "_batch.py: 'id'": "a batch job's id key (the SDK's JSONL job format)",
    "_batch.py: 'workflow'": "a batch job's kind key (the SDK's JSONL job format)",
    "_batch.py: 'status'": "a column of the batch export",
    "_batch.py: 'task_id'": "a column of the batch export",
    "_batch.py: 'url'": "a saved output's entry in the batch ledger",
    "_batch.py: 'usage'": "Result.usage, read with getattr",
    # ComfyUI's API-format workflow JSON and an AI App input's fieldData: no schema in the spec
    "_workflows.py: 'title'": "a ComfyUI node's _meta.title",
    "_workflows.py: 'name'": "a LIST input's option in fieldData (a JSON string the spec leaves open)",
    "_workflows.py: 'id'": "the field an error names for a v2 id (the path parameter)",
    "_errors.py: 'task_id'": "a keyword argument of the error classes' constructors",
    "_ledger.py: 'id'": "a column of the batch ledger (SQLite)",
    "_ledger.py: 'task_id'": "a column of the batch ledger (SQLite)",
    "_ledger.py: 'workflow'": "a batch job's kind",
    "_polling.py: 'version'": "the version of the SDK's own poll-schedule cache file",
    "_spec.py: 'content'": "an OpenAPI requestBody's content map (the spec document's own keyword)",
    # the catalog reads the model request schemas themselves: JSON Schema's keywords
    "_catalog.py: 'type'": "a JSON Schema keyword of a model's request field",
    "_catalog.py: 'items'": "a JSON Schema keyword of a model's request field",
    "_catalog.py: 'description'": "a JSON Schema keyword of a model's request field",
    "_catalog.py: 'name'": "a file object's name attribute (getattr)",
    "_types.py: 'id'": "Task.to_dict/from_dict: the SDK's own record of a task, not a wire shape",
    # ComfyUI's WebSocket messages on netWssUrl: the spec has no schema for them (the socket is
    # documented as unstable), so there is no generated name to read them by
    "_live.py: 'type'": "a ComfyUI WebSocket message's type",
    "_live.py: 'data'": "a ComfyUI WebSocket message's data",
    "_live.py: 'node_id'": "a ComfyUI message's node, under its other spelling",
}


def _scan_covered() -> list[str]:
    doc = _spec()
    return hand_written_keys([WRAPPER / name for name in COVERED], reply_keys(doc) | request_keys(doc))


def _entry(line: str) -> str:
    return f"{line.split(':', 1)[0]}: {line.split(': ', 1)[1]}"


def test_no_reply_or_request_key_written_by_hand_in_the_covered_modules() -> None:
    found = [line for line in _scan_covered() if _entry(line) not in NOT_REPLY_READS]
    assert not found, "read and write keys through runninghub._wire (runninghub_api.wire):\n" + "\n".join(found)


def test_every_exception_is_still_needed() -> None:
    stale = set(NOT_REPLY_READS) - {_entry(line) for line in _scan_covered()}
    assert not stale, f"no longer spelled out, drop from NOT_REPLY_READS: {sorted(stale)}"


def test_every_wrapper_module_is_covered() -> None:
    modules = {p.name for p in WRAPPER.glob("*.py")}
    assert modules == set(COVERED), sorted(modules ^ set(COVERED))


def test_the_scan_finds_a_reply_key(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        textwrap.dedent(
            '''
            """A docstring may name taskId and errorMessage."""
            def f(data):
                """So may this one: failedReason."""
                return data.get("errorMessage") or data["results"], "error message", f"{data}"
            '''
        ),
        encoding="utf-8",
    )
    found = hand_written_keys([sample], reply_keys(_spec()))
    assert sorted(line.split(": ", 1)[1] for line in found) == ["'errorMessage'", "'results'"]


# --------------------------------------------------------------------------- the sandbox
SANDBOX = WRAPPER / "sandbox"
# The one table of the sandbox's own names that spell a RunningHub key (not scanned; checked below).
SANDBOX_OWN_KEYS = SANDBOX / "_own_keys.py"
# Strings in the sandbox that equal a key of the spec but belong to another format, and why.
SANDBOX_NOT_SPEC_KEYS = {
    "_asgi.py: 'type'": "an ASGI message's type",
    "_asgi.py: 'status'": "an ASGI response start's HTTP status (and the journal's record of it)",
    "_specindex.py: 'type'": "a JSON Schema keyword (the validator's message names a type)",
    "_specindex.py: 'name'": "an OpenAPI parameter's name (the spec document's own keyword)",
    "_specindex.py: 'content'": "an OpenAPI requestBody's content map (the spec document's own keyword)",
    "_specindex.py: 'apikey'": "the key field's spelling in any case (security: [] + apiKey)",
    "_ws_routes.py: 'type'": "a ComfyUI WebSocket message's type (the spec has no schema for them)",
    "_ws_routes.py: 'data'": "a ComfyUI WebSocket message's data",
    "_ws_routes.py: 'output'": "a ComfyUI executed message's output",
    "_outputs.py: 'size'": "a model request's size parameter (a model's params are the user's)",
    "_outputs.py: 'type'": "a glTF accessor's type",
    "_outputs.py: 'version'": "a glTF asset's version",
    "_pricing.py: 'currency'": "a rule of RunningHub's public pricing summary (its own JSON format)",
    "_workflow_routes.py: 'title'": "a ComfyUI node's _meta.title",
    "_workflow_routes.py: 'text'": "a ComfyUI node's input name (a value of fieldName)",
    "_workflow_routes.py: 'prompt'": "a ComfyUI node's input name (a value of fieldName)",
    "_workflow_routes.py: 'name'": "a LIST input's option in fieldData (a JSON string the spec leaves open)",
    "_workflow_routes.py: 'description'": "a LIST input's option in fieldData (a JSON string the spec leaves open)",
}


def _all_operations(doc: dict[str, Any]) -> frozenset[str]:
    return frozenset(op["operationId"] for op in _operations(doc))


def _sandbox_keys() -> set[str]:
    """The keys of every reply and request body of the spec (the sandbox answers them all)."""
    doc = _spec()
    every = _all_operations(doc)
    return reply_keys(doc, every) | request_keys(doc, every)


def _scan_sandbox(paths: list[Path] | None = None) -> list[str]:
    paths = paths or sorted(p for p in SANDBOX.glob("*.py") if p != SANDBOX_OWN_KEYS)
    return hand_written_keys(paths, _sandbox_keys())


def test_no_reply_or_request_key_written_by_hand_in_the_sandbox() -> None:
    found = [line for line in _scan_sandbox() if _entry(line) not in SANDBOX_NOT_SPEC_KEYS]
    assert not found, "the sandbox reads and writes keys through runninghub._wire:\n" + "\n".join(found)


def test_every_sandbox_exception_is_still_needed() -> None:
    stale = set(SANDBOX_NOT_SPEC_KEYS) - {_entry(line) for line in _scan_sandbox()}
    assert not stale, f"no longer spelled out, drop from SANDBOX_NOT_SPEC_KEYS: {sorted(stale)}"


def test_the_sandbox_scan_covers_every_operation() -> None:
    doc = _spec()
    every = _all_operations(doc)
    assert every > COVERED_OPERATIONS and len(every) > 400  # the platform's and every model's, unlisted
    keys = _sandbox_keys()
    assert reply_keys(doc) | request_keys(doc) <= keys
    assert {"taskId", "errorMessage", "code", "msg", "assetCount", "callbackStatus", "modelLoar1FileName"} <= keys
    assert "prompt" in keys and "aspectRatio" not in keys  # a workflow's JSON; a model's params are the user's


def test_the_sandbox_scan_finds_a_key_put_back(tmp_path: Path) -> None:
    # The v2 task object with its taskId spelled out again, and the query's taskId read by name:
    # the scan names both, so the test above fails on them.
    source = (SANDBOX / "_state.py").read_text(encoding="utf-8")
    blank = '    _TASK_ID: "",\n'
    assert source.count(blank) == 1
    (tmp_path / "_state.py").write_text(source.replace(blank, '    "taskId": "",\n'), encoding="utf-8")
    app = (SANDBOX / "_app.py").read_text(encoding="utf-8")
    read = "body[QUERY_REQUEST.task_id]"
    assert app.count(read) == 1
    (tmp_path / "_app.py").write_text(app.replace(read, 'body["taskId"]'), encoding="utf-8")
    found = [line for line in _scan_sandbox(sorted(tmp_path.glob("*.py"))) if _entry(line) not in SANDBOX_NOT_SPEC_KEYS]
    assert sorted(_entry(line) for line in found) == ["_app.py: 'taskId'", "_state.py: 'taskId'"]


def test_the_sandbox_own_keys_spell_spec_keys_and_are_used() -> None:
    """A name of the table that spells no RunningHub key belongs where its record is built."""
    from runninghub.sandbox import _own_keys

    names = {n: v for n, v in vars(_own_keys).items() if n.isupper()}
    keys = _sandbox_keys()
    values = {n: v if isinstance(v, tuple) else (v,) for n, v in names.items()}
    assert {n for n, vs in values.items() if not set(vs) & keys} == set()
    sources = "".join(p.read_text(encoding="utf-8") for p in SANDBOX.glob("*.py") if p != SANDBOX_OWN_KEYS)
    assert {n for n in names if n not in sources} == set()


# --------------------------------------------------------------------------- the generated module
def _key_classes() -> dict[str, dict[str, str]]:
    from runninghub_api import wire

    return {
        name.removesuffix("Keys"): {attr: value for attr, value in vars(cls).items() if not attr.startswith("_")}
        for name, cls in vars(wire).items()
        if name.endswith("Keys") and isinstance(cls, type)
    }


def test_the_wire_module_names_every_platform_schema_like_the_models() -> None:
    import attrs
    from runninghub_api import models

    doc = _spec()
    classes = _key_classes()
    assert {"V2Task", "TaskResult", "TaskUsage", "FailedReason", "EmptyEnvelope", "TaskCreateData"} <= set(classes)
    assert len(classes) > 60
    schemas = doc["components"]["schemas"]

    def props(schema: dict[str, Any]) -> set[str]:  # allOf parts merged, as the models merge them
        if "$ref" in schema:
            return props(schemas[schema["$ref"].rsplit("/", 1)[1]])
        return set(schema.get("properties", {})).union(*(props(part) for part in schema.get("allOf", [])))

    assert {"ResourcePage", "AiAppPage"} <= set(classes)  # allOf of PlatformPage and the records
    for name, keys in classes.items():
        spec_keys = props(schemas[name])
        assert set(keys.values()) == spec_keys, name  # every key of the schema, nothing else
        model = getattr(models, name)
        fields = {f.name for f in attrs.fields(model)} - {"additional_properties"}
        assert set(keys) == fields, name  # named as the generated model names them
    assert classes["V2Task"]["task_id"] == "taskId" and classes["FailedReason"]["node_id"] == "node_id"


def test_the_other_spellings_are_the_ones_the_spec_notes() -> None:
    from runninghub_api import wire

    schemas = _spec()["components"]["schemas"]
    classes = {name.removesuffix("AlsoReadAs"): cls for name, cls in vars(wire).items() if name.endswith("AlsoReadAs")}
    noted = {
        (name, key): tuple(prop["x-runninghub-also-read-as"])
        for name in classes.keys() | {"V2Task", "TaskResult"}
        for key, prop in schemas[name]["properties"].items()
        if "x-runninghub-also-read-as" in prop
    }
    keys = _key_classes()
    generated = {
        (name, keys[name][attr]): spellings
        for name, cls in classes.items()
        for attr, spellings in vars(cls).items()
        if not attr.startswith("_")
    }
    assert generated == noted
    assert wire.V2TaskAlsoReadAs.task_id == ("task_id",) and wire.TaskResultAlsoReadAs.url == ("outputUrl",)


def test_an_other_spelling_is_read_only_when_the_specs_key_is_absent() -> None:
    from runninghub._types import Output, TaskSnapshot
    from runninghub._webhooks import parse_webhook

    assert parse_webhook({"event": "TASK_END", "task_id": "42"}).task_id == "42"
    assert parse_webhook({"event": "TASK_END", "taskId": "7", "task_id": "42"}).task_id == "7"
    assert TaskSnapshot.from_reply({"task_id": "42", "status": "RUNNING"}).task_id == "42"
    assert TaskSnapshot.from_reply({"taskId": "7", "task_id": "42"}).task_id == "7"
    out = Output.from_reply({"outputUrl": "https://x/a.png", "content": "hi"}, 0, "7")
    assert (out.url, out.text) == ("https://x/a.png", "hi")
    assert (
        Output.from_reply({"url": "https://x/b.png", "outputUrl": "https://x/a.png"}, 0, "7").url == "https://x/b.png"
    )


def test_a_reply_round_trips_through_the_model_with_the_wire_keys() -> None:
    from runninghub_api.models import V2Task
    from runninghub_api.wire import TaskResultKeys, V2TaskKeys

    reply = {
        V2TaskKeys.task_id: "1904152026220003329",
        V2TaskKeys.status: "FAILED",
        V2TaskKeys.error_code: "1000",
        V2TaskKeys.error_message: "unknown error",
        V2TaskKeys.results: [{TaskResultKeys.url: "https://x/y.png", TaskResultKeys.output_type: "png"}],
    }
    task = V2Task.from_dict(reply)
    assert (task.task_id, task.error_message) == ("1904152026220003329", "unknown error")
    assert task.to_dict() == reply


def test_the_wire_module_imports_only_typing() -> None:
    source = (ROOT / "generated" / "runninghub_api" / "wire.py").read_text(encoding="utf-8")
    imports = [n for n in ast.walk(ast.parse(source)) if isinstance(n, (ast.Import, ast.ImportFrom))]
    assert [(n.module, [a.name for a in n.names]) for n in imports if isinstance(n, ast.ImportFrom)] == [
        ("typing", ["Final"])
    ]
    assert all(isinstance(n, ast.ImportFrom) for n in imports)


def test_the_wrapper_parses_a_failed_task_through_the_generated_keys() -> None:
    from runninghub._replies import task_end_error
    from runninghub._types import TaskSnapshot
    from runninghub_api.wire import TaskUsageKeys, V2TaskKeys

    snap = TaskSnapshot.from_reply(
        {
            V2TaskKeys.task_id: "1904152026220003329",
            V2TaskKeys.status: "FAILED",
            V2TaskKeys.error_code: "1000",
            V2TaskKeys.error_message: "the node ran out of memory",
            V2TaskKeys.usage: {TaskUsageKeys.third_party_consume_money: "0.14"},
        }
    )
    assert (snap.failed, snap.error_code, str(snap.cost)) == (True, "1000", "0.14")
    assert "the node ran out of memory" in str(task_end_error(snap, snap.task_id))


# --------------------------------------------------------------------------- a spec change, end to end
SERVER_AND_CLIENT = r"""
import json, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import runninghub_api
from runninghub import RunningHub, TaskFailedError

class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])) or b"{}")
        sent.update(body)  # the query's body: which key named the task
        # the task failed; its message under the key given on the command line
        reply = {"taskId": "1904152026220003329", "status": "FAILED", "errorCode": "1000"}
        reply[sys.argv[1]] = "the node ran out of memory"
        data = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass

sent = {}
server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
client = RunningHub(api_key="rk-test", base_url=f"http://127.0.0.1:{server.server_port}", max_retries=0)
try:
    client.wait("1904152026220003329", timeout=30)
    message = None
except TaskFailedError as exc:
    message = str(exc)
server.shutdown()
print(json.dumps({"package": runninghub_api.__file__, "message": message, "sent": sorted(sent)}))
"""


def _run_client(generated: Path, key: str) -> dict[str, Any]:
    return run_client(generated, SERVER_AND_CLIENT, key)


# The sandbox on a generated layer: a model task that fails at once (the fail marker, no run
# time), queried with its id under the key given on the command line; the query's reply.
SANDBOX_QUERY = r"""
import json, sys

import httpx
import runninghub_api
from runninghub._spec import load_spec, model_operations
from runninghub.sandbox import Sandbox

op = next(o for o in model_operations(load_spec()) if (o.request_schema or {}).get("required") == ["prompt"])
with Sandbox(task_duration=0.0) as sb:
    client = httpx.Client(base_url=sb.base_url, headers={"Authorization": f"Bearer {sb.api_key}"}, trust_env=False)
    task_id = client.post(op.path, json={"prompt": "a cat [[fail]]"}).json()["taskId"]
    reply = client.post("/openapi/v2/query", json={sys.argv[1]: task_id})
print(json.dumps({"package": runninghub_api.__file__, "http": reply.status_code, "reply": reply.json()}))
"""


@pytest.mark.skipif(
    os.environ.get("RUNNINGHUB_GENERATOR_TESTS") != "1",
    reason="runs the generator (about 10 s): `make test-generator` sets RUNNINGHUB_GENERATOR_TESTS=1",
)
def test_a_reply_and_a_request_key_renamed_in_spec_reach_the_wrapper_through_the_generator(tmp_path: Path) -> None:
    copy_inputs(tmp_path)
    tasks = tmp_path / "spec" / "components" / "tasks.yaml"
    text = tasks.read_text(encoding="utf-8")
    head, v2task, tail = text.partition("    V2Task:\n")
    body, sep, rest = tail.partition("    V2ErrorBody:\n")
    assert v2task and sep and body.count("        errorMessage:\n") == 1
    tasks.write_text(head + v2task + body.replace("        errorMessage:\n", "        error_message:\n") + sep + rest)
    # and a request key: the query names the task as `task_id` (the attribute name stays task_id)
    query = tmp_path / "spec" / "platform" / "v2-query.yaml"
    text = query.read_text(encoding="utf-8")
    old = "      required: [taskId]\n      properties:\n        taskId:\n"
    assert text.count(old) == 1
    query.write_text(text.replace(old, "      required: [task_id]\n      properties:\n        task_id:\n"))

    generate_python(tmp_path)
    wire = (tmp_path / "generated" / "runninghub_api" / "wire.py").read_text(encoding="utf-8")
    assert '    error_message: Final = "error_message"' in wire  # the attribute name stays
    assert '    task_id: Final = "task_id"' in wire.partition("class QueryTaskRequestKeys:")[2].split("class ")[0]

    # the task-failed message comes through under the new key, and no longer under the old one;
    # the query names the task under the new request key
    renamed = _run_client(tmp_path / "generated", "error_message")
    assert "the node ran out of memory" in renamed["message"] and renamed["sent"] == ["task_id"]
    assert "the node ran out of memory" not in _run_client(tmp_path / "generated", "errorMessage")["message"]
    # the committed generated layer reads and sends the old keys (so the checks above can fail)
    committed = _run_client(ROOT / "generated", "error_message")
    assert "the node ran out of memory" not in committed["message"] and committed["sent"] == ["taskId"]

    # the sandbox follows too: it reads the query's task under the new request key and answers
    # the failed task's message under the new reply key (the committed layer: the old keys)
    sandbox = run_client(tmp_path / "generated", SANDBOX_QUERY, "task_id")
    assert sandbox["http"] == 200 and sandbox["reply"]["status"] == "FAILED", sandbox
    assert sandbox["reply"]["error_message"].startswith("generation failed") and "errorMessage" not in sandbox["reply"]
    before = run_client(ROOT / "generated", SANDBOX_QUERY, "taskId")["reply"]
    assert before["errorMessage"].startswith("generation failed") and "error_message" not in before


# --------------------------------------------------------------------------- the CLI
CLI = WRAPPER / "cli"


def test_the_cli_spells_no_wire_key() -> None:
    """The CLI talks to RunningHub through the client; what it builds itself (node lists) uses
    the generated keys. Its own output (tables, --json) has names of its own in lower case, so
    the scan looks for the spec's mixed-case keys (nodeId, fileName, taskId, ...)."""
    doc = _spec()
    every = _all_operations(doc)
    wire = {k for k in reply_keys(doc, every) | request_keys(doc, every) if k != k.lower()}
    found = hand_written_keys(sorted(CLI.glob("*.py")), wire)
    assert not found, "use runninghub._wire (runninghub_api.wire) in the CLI:\n" + "\n".join(found)
