"""One spec index: the catalog, the sandbox and the generator read the model operations through
`runninghub._spec` (the generator loads the same file by path), so they list the same operations
from the bundled spec and read a hand-made spec the same way."""

from __future__ import annotations

import copy
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import runninghub._spec
from conftest import ROOT
from runninghub._catalog import Catalog
from runninghub.sandbox._specindex import SpecIndex

sys.path.insert(0, str(ROOT / "generator"))
import bundle as bundler
import generate
import registry_diff

MODEL_PATH = "/openapi/v2/acme/text-to-image"


def readings(doc: dict[str, Any]) -> dict[str, set[tuple[str, str]]]:
    """(path, operationId) of every model operation, as each reader of the spec lists them."""
    return {
        "catalog": {(m.path, m.operation_id) for m in Catalog(doc)},
        "sandbox": {(op.path, op.operation_id) for op in SpecIndex(doc).model_ops.values()},
        "generator": {(m.path, m.operation_id) for m in bundler.model_operations(doc)},
        "registry_diff": {(path, op["operationId"]) for path, (op, _schema) in registry_diff.spec_models(doc).items()},
    }


def synthetic() -> dict[str, Any]:
    """A spec the bundler's checks accept: one model operation, and a POST under the same
    prefix that is not a model."""

    def body(schema: str) -> dict[str, Any]:
        return {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}}

    return {
        "openapi": "3.1.0",
        "info": {"title": "synthetic", "version": "1"},
        "tags": [{"name": "acme"}],
        "paths": {
            MODEL_PATH: {
                "post": {
                    "operationId": "acme_text_to_image",
                    "summary": "Acme text to image",
                    "tags": ["acme"],
                    "x-runninghub-model": "acme/text-to-image",
                    "x-runninghub-aliases": ["Acme T2I"],
                    "x-runninghub-category": "image/text-to-image",
                    "x-runninghub-output-type": "video",
                    "requestBody": body("AcmeRequest"),
                    "responses": {"200": {"description": "submitted"}},
                }
            },
            "/openapi/v2/query": {
                "post": {
                    "operationId": "query_task",
                    "summary": "Query a task",
                    "tags": ["acme"],
                    "requestBody": body("QueryRequest"),
                    "responses": {"200": {"description": "the task"}},
                }
            },
        },
        "components": {
            "schemas": {
                "AcmeRequest": {
                    "type": "object",
                    "required": ["prompt"],
                    "properties": {"prompt": {"type": "string"}, "webhookUrl": {"type": "string"}},
                },
                "QueryRequest": {"type": "object", "properties": {"taskId": {"type": "string"}}},
            }
        },
    }


def test_every_reader_lists_the_same_model_operations_of_the_bundled_spec() -> None:
    doc = runninghub._spec.load_spec()
    found = readings(doc)
    assert len(found["generator"]) == 423
    assert all(listed == found["generator"] for listed in found.values()), {k: len(v) for k, v in found.items()}
    # what the generator writes from that listing: one TypedDict per model request, every model in models.ts
    names = {schema for _names, schema in generate._request_schema_names(doc)}
    assert names == {m.request_schema_name for m in bundler.model_operations(doc)}
    assert len(names) == 423


def test_a_synthetic_spec_is_read_the_same_way_by_all() -> None:
    doc = synthetic()
    assert bundler.check(doc) == []  # the generator accepts it
    expected = {(MODEL_PATH, "acme_text_to_image")}
    assert readings(doc) == dict.fromkeys(readings(doc), expected)
    # the model's facts agree too
    [model] = Catalog(doc)
    sandbox = SpecIndex(doc).model_ops[MODEL_PATH]
    [listed] = bundler.model_operations(doc)
    assert model.path == sandbox.path == listed.path
    facts = (model.name, model.aliases, model.category, model.output_type, model.deprecated)
    assert facts == (sandbox.model, sandbox.aliases, sandbox.category, sandbox.output_type, sandbox.deprecated)
    assert facts == ("acme/text-to-image", ("Acme T2I",), "image/text-to-image", "video", False)
    assert (listed.model, listed.aliases, listed.category, listed.output_type) == facts[:4]
    assert dict(model.schema) == sandbox.request_schema == listed.request_schema
    assert listed.request_schema_name == "AcmeRequest"
    assert [p.name for p in model.params] == ["prompt"]
    # and so do the generator's outputs
    models_ts = generate.typescript_models_module(doc)
    assert MODEL_PATH in models_ts and "/openapi/v2/query" not in models_ts
    # (names and endpoint path, deduplicated: the endpoint equals the name here; request schema)
    assert generate._request_schema_names(doc) == [(["acme/text-to-image", "Acme T2I"], "AcmeRequest")]


def test_only_a_post_is_a_model_for_every_reader() -> None:
    """`x-runninghub-model` on a GET makes no model anywhere, and the bundler refuses it."""
    doc = synthetic()
    get = copy.deepcopy(doc["paths"][MODEL_PATH]["post"])
    get.update(operationId="acme_info", **{"x-runninghub-model": "acme/info", "x-runninghub-aliases": []})
    del get["requestBody"]
    doc["paths"]["/openapi/v2/acme/info"] = {"get": get}
    expected = {(MODEL_PATH, "acme_text_to_image")}
    assert readings(doc) == dict.fromkeys(readings(doc), expected)
    assert bundler.check(doc) == ["GET /openapi/v2/acme/info: x-runninghub-model on a GET; a model operation is a POST"]


def test_a_model_outside_the_model_prefix_is_refused() -> None:
    doc = synthetic()
    doc["paths"]["/openapi/v1/acme/text-to-image"] = doc["paths"].pop(MODEL_PATH)
    assert bundler.check(doc) == [
        f"POST /openapi/v1/acme/text-to-image: a model operation outside {bundler.MODEL_PREFIX}"
    ]
    with pytest.raises(ValueError, match="outside"):
        Catalog(doc)
    # the rule still says it is a model: the sandbox and the generator list it, the catalog refuses it
    assert {op.path for op in SpecIndex(doc).model_ops.values()} == {"/openapi/v1/acme/text-to-image"}


def test_the_generator_reads_the_sdk_s_own_walk() -> None:
    """bundle.py loads wrapper/runninghub/_spec.py by path (it cannot import the package), and no
    other reader tests for the model extension itself: the rule lives in one place."""
    for used in (bundler.model_operations, bundler.is_model_operation, bundler.operations):
        loaded_from = sys.modules[used.__module__].__file__
        assert loaded_from is not None and Path(loaded_from).samefile(runninghub._spec.__file__)
    rule = re.compile(r"""["']x-runninghub-model["']\s+(not\s+)?in\b""")
    readers = [*(ROOT / "wrapper" / "runninghub").rglob("*.py"), *(ROOT / "generator").glob("*.py")]
    second = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in readers
        if path.name != "_spec.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if rule.search(line)
    ]
    assert second == []


def test_is_model_operation_refuses_a_path_for_a_method() -> None:
    """The old generator helper took (path, op): a path passed as the method fails loudly."""
    with pytest.raises(ValueError, match="not an HTTP method"):
        runninghub._spec.is_model_operation(MODEL_PATH, {"x-runninghub-model": "acme/text-to-image"})


def test_a_model_request_schema_must_be_a_component() -> None:
    """The generator names a model's TypedDict after its request component, so an inline schema
    is refused when the spec bundles, not later in the generator."""
    doc = synthetic()
    op = doc["paths"][MODEL_PATH]["post"]
    op["requestBody"]["content"]["application/json"]["schema"] = doc["components"]["schemas"].pop("AcmeRequest")
    assert bundler.check(doc) == [
        f"POST {MODEL_PATH}: the request body schema is inline; refer to a components schema ($ref)"
    ]
    [listed] = bundler.model_operations(doc)
    assert listed.request_schema_name is None and listed.request_schema is not None


def test_the_generator_lists_models_without_the_sdk_package() -> None:
    """The generator runs before generated/ exists and without the SDK's dependencies: its walk
    works with `runninghub` (and the generated package) impossible to import."""
    script = (
        "import sys\n"
        "sys.modules.update(runninghub=None, runninghub_api=None, httpx=None, attrs=None)\n"
        f"sys.path.insert(0, {str(ROOT / 'generator')!r})\n"
        "import bundle, generate, registry_diff, sync_registry, wire_keys\n"
        "doc = bundle.bundle()\n"
        "loaded = [m for m, v in sys.modules.items() if m.startswith('runninghub') and v is not None]\n"
        "print(len(bundle.model_operations(doc)), loaded)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["423", "[]"]
