"""The spec: valid OpenAPI 3.1, the documented examples validate, and it covers the reference."""

from __future__ import annotations

import sys
from typing import Any

import conftest
import jsonschema
import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "generator"))
import bundle as bundler
import registry_diff
import sync_registry as sync


def test_committed_bundle_is_what_spec_produces(bundled: dict[str, Any]) -> None:
    committed = (ROOT / "generated" / "openapi.json").read_text(encoding="utf-8")
    assert bundler.dumps(bundler.bundle()) == committed, "run `make generate`"


def test_bundle_is_valid_openapi_31(bundled: dict[str, Any]) -> None:
    from openapi_spec_validator import validate  # here, not at the top: its imports cost every xdist worker

    assert bundled["openapi"] == "3.1.0"
    validate(bundled)


def _schema_validator(doc: dict[str, Any], schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    # Resolve #/components/... against the whole document.
    wrapped = dict(schema)
    wrapped["components"] = doc["components"]
    return jsonschema.Draft202012Validator(wrapped)


@pytest.mark.parametrize(
    ("example", "path"),
    [
        ("rhart-image-g-2-official.text-to-image.request.json", "/openapi/v2/rhart-image-g-2-official/text-to-image"),
        ("rhart-image-n-g31-flash.text-to-image.request.json", "/openapi/v2/rhart-image-n-g31-flash/text-to-image"),
    ],
)
def test_documented_requests_validate(bundled: dict[str, Any], reference_example: Any, example: str, path: str) -> None:
    body = reference_example(example)
    schema = bundler.request_schema(bundled, bundled["paths"][path]["post"])
    assert schema is not None
    _schema_validator(bundled, schema).validate(body)
    # and a wrong value is refused, so the check above can fail
    bad = dict(body, resolution="8k")
    assert not _schema_validator(bundled, schema).is_valid(bad)


def test_documented_submit_reply_validates(bundled: dict[str, Any], reference_example: Any) -> None:
    reply = reference_example("model-task.submit.response.json")
    schema = bundled["components"]["responses"]["TaskSubmitted"]["content"]["application/json"]["schema"]
    validator = _schema_validator(bundled, schema)
    validator.validate(reply)
    assert isinstance(reply["taskId"], str)
    # an unknown future status is accepted; a numeric task id is not
    validator.validate(dict(reply, status="SOMETHING_NEW"))
    assert not validator.is_valid(dict(reply, taskId=2013508786110730241))


def test_every_reference_endpoint_is_covered(
    bundled: dict[str, Any], reference_endpoints: list[dict[str, Any]]
) -> None:
    differences, explained = registry_diff.diff_endpoints(bundled, reference_endpoints)
    print("\n".join(differences + explained))
    # endpoints.json predates the 2026-09-01 registry: where a parameter differs, the newer
    # registry (which the spec matches, see below) is the reference; paths and names stay strict
    newer = {sync.api_path(e["endpoint"]) for e in conftest._load(PUBLIC_REGISTRY)["models"]}
    by_name = {e["name"]: e["path"] for e in reference_endpoints}
    strict = [
        d
        for d in differences
        if "is not in the spec" in d or "not the x-runninghub-model" in d or by_name[d.split(": ", 1)[0]] not in newer
    ]
    assert strict == []
    assert len(differences) <= 15  # the 2026-09-01 changes to docs-listed models (enums, required flags)
    names = {
        n
        for _path, method, op in bundler.operations(bundled)
        if bundler.is_model_operation(method, op)
        for n in [op["x-runninghub-model"], *op.get("x-runninghub-aliases", [])]
    }
    assert {e["name"] for e in reference_endpoints} <= names
    assert len({e["name"] for e in reference_endpoints}) == 261


PUBLIC_REGISTRY = "raw/ComfyUI_RH_OpenAPI.model-registry.public.2026-09-01.json"
GONE = {  # in the 2026-05-07 registry, not in the 2026-09-01 one
    "bytedance/seedance-2.0-global/text-to-video",
    "bytedance/seedance-2.0-global/image-to-video",
    "bytedance/seedance-2.0-global/multimodal-video",
    "bytedance/seedance-2.0-global-fast/text-to-video",
    "bytedance/seedance-2.0-global-fast/image-to-video",
    "bytedance/seedance-2.0-global-fast/multimodal-video",
    "cinematic-video-generator",
    "skyreels-v4/omni-reference",
}


def test_every_registry_endpoint_is_covered(bundled: dict[str, Any]) -> None:
    """The spec is synced to the newest official registry (2026-09-01): zero unexplained differences."""
    differences, explained = registry_diff.diff_registry(bundled, conftest._load(PUBLIC_REGISTRY))
    print("\n".join(differences + explained))
    assert differences == []
    # explained deviations are few and each carries its reason
    assert len(explained) <= 10


def test_the_catalog_has_every_registry_model_and_the_gone_ones_deprecated(
    bundled: dict[str, Any], reference_registry: list[dict[str, Any]]
) -> None:
    from runninghub._catalog import Catalog

    catalog = Catalog(bundled)
    public = conftest._load(PUBLIC_REGISTRY)["models"]
    assert len(public) == 383
    for entry in public:
        model = catalog.get(entry["endpoint"].removesuffix("-[Deprecated]"))
        assert entry["name_en"].strip() in {model.name, *model.aliases}
        assert {p.name for p in model.params} == {q["fieldKey"] for q in entry["params"]} or model.endpoint in {
            "rhart-image/f-dev",
            "rhart-image/f-dev-lora",
        }
    old = {e["endpoint"] for e in reference_registry} - {e["endpoint"] for e in public}
    assert old == GONE
    assert all(catalog.get(endpoint).deprecated for endpoint in GONE)


def test_model_operations_carry_metadata(bundled: dict[str, Any]) -> None:
    models = [(p, op) for p, m, op in bundler.operations(bundled) if bundler.is_model_operation(m, op)]
    assert len(models) == 423  # 383 in the 2026-09-01 registry, 8 gone from it, 32 self-hosted
    kinds = set()
    for path, op in models:
        assert op["x-runninghub-output-type"] in {"image", "video", "audio", "3d", "string"}, path
        assert "/" in op["x-runninghub-category"] or op["x-runninghub-category"] == "other", path
        schema = bundler.request_schema(bundled, op)
        assert schema is not None
        assert "webhookUrl" in schema["properties"]
        for prop in schema["properties"].values():
            media = prop.get("x-runninghub-media")
            if media:
                kinds.add(media["kind"])
                assert media.get("maxSizeMB", 1) > 0
    assert kinds == {"image", "video", "audio"}
    deprecated = [op["x-runninghub-model"] for _p, op in models if op.get("deprecated")]
    assert any("gpt-image-1.5" in n for n in deprecated)


def test_comfyui_keys_survive(bundled: dict[str, Any]) -> None:
    schema = bundled["components"]["schemas"]["RhartImageF2DevTextToImageRequest"]
    assert "12##text" in schema["properties"]
    source = (ROOT / "generated/runninghub_api/models/rhart_image_f2_dev_text_to_image_request.py").read_text()
    assert '"12##text"' in source
    assert '"12##text"' in (ROOT / "generated/runninghub_api/params.py").read_text()


def test_platform_endpoints_present(bundled: dict[str, Any]) -> None:
    expected = {
        ("post", "/openapi/v2/query"),
        ("post", "/openapi/v2/media/upload/binary"),
        ("post", "/task/openapi/upload"),
        ("post", "/task/openapi/create"),
        ("post", "/api/openapi/getJsonApiFormat"),
        ("post", "/task/openapi/status"),
        ("post", "/task/openapi/outputs"),
        ("post", "/task/openapi/cancel"),
        ("post", "/task/openapi/ai-app/run"),
        ("get", "/api/webapp/apiCallDemo"),
        ("post", "/api/fast/creation/model/params"),
        ("post", "/task/openapi/quick-ai-app/run"),
        ("post", "/task/openapi/getWebhookDetail"),
        ("post", "/task/openapi/retryWebhook"),
        ("post", "/api/openapi/getLoraUploadUrl"),
        ("post", "/uc/openapi/accountStatus"),
        ("post", "/openapi/v2/run/workflow/{workflowId}"),
        ("post", "/openapi/v2/run/ai-app/{webappId}"),
    }
    have = {(m, p) for p, m, _op in bundler.operations(bundled)}
    assert expected <= have
    assert "TASK_END" in bundled["webhooks"]
    upload = bundled["components"]["schemas"]["MediaUploadRequest"]["properties"]["file"]
    assert upload == {"type": "string", "format": "binary", "description": "The file."}
    status = bundled["components"]["schemas"]["TaskStatus"]
    assert "enum" not in status  # an unknown future status must not be rejected
    assert set(status["x-runninghub-known-values"]) == {"CREATE", "QUEUED", "RUNNING", "SUCCESS", "FAILED", "CANCEL"}
