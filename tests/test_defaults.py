"""No value the user did not give is sent, except the enum/boolean/number defaults the spec marks.

For every model in the catalog: the body built from only the required fields that have no
preselected value holds exactly those fields plus `x-runninghub-default` configuration values;
the generated low-level request classes (which serialize OpenAPI `default`s) add nothing else.
"""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from runninghub import InvalidParamsError, RunningHub
from runninghub._catalog import Catalog, Model, Param, is_config_value, prepare_params
from runninghub.sandbox import Sandbox

CATALOG = Catalog()


def _sample(p: Param) -> Any:
    """A value of the field's kind, inside its limits, that the spec never holds as a default."""
    if p.media is not None:
        url = f"https://example.com/given-{p.name}.{p.media.formats[0] if p.media.formats else 'bin'}"
        return [url] if p.type == "array" else url
    if p.enum is not None:
        return p.enum[-1]
    if p.type == "array":
        return [p.item_enum[-1]] if p.item_enum else ["given"]
    if p.type == "boolean":
        return True
    if p.type in ("integer", "number"):
        value = p.maximum if p.maximum is not None else (p.minimum if p.minimum is not None else 1)
        return int(value) if p.type == "integer" else value
    return "given " + "x" * max(0, (p.min_length or 0) - 6)


def _minimal(model: Model) -> dict[str, Any]:
    return {p.name: _sample(p) for p in model.params if p.required and not p.has_fill_value}


def _props(model: Model) -> dict[str, Any]:
    schemas = model.schemas
    return {
        k: schemas[v["$ref"].rsplit("/", 1)[-1]] if "$ref" in v else v for k, v in model.schema["properties"].items()
    }


@pytest.mark.parametrize("model", list(CATALOG), ids=lambda m: m.endpoint)
def test_only_given_values_and_marked_configuration_defaults_are_sent(model: Model) -> None:
    given = _minimal(model)
    body = prepare_params(model, given)
    props = _props(model)
    for name, value in given.items():
        assert body[name] == value
    for name in sorted(set(body) - set(given)):
        schema = props[name]
        assert "x-runninghub-default" in schema, f"{name} was sent without being given or marked"
        assert is_config_value(schema), f"{name}: a {schema.get('type')} default is not a configuration value"
        assert body[name] == schema["x-runninghub-default"]


def _request_class(schema_name: str) -> Any:
    models = importlib.import_module("runninghub_api.models")
    # the generator's class names differ from the schema names only in case ("4b" -> "4B")
    by_folded = {name.casefold(): name for name in models.__all__}
    return getattr(models, by_folded[schema_name.casefold()])


@pytest.mark.parametrize("model", list(CATALOG), ids=lambda m: m.endpoint)
def test_generated_request_class_adds_only_configuration_defaults(model: Model) -> None:
    """The low-level client sends every OpenAPI `default`: those must be configuration values."""
    given = {**_minimal(model), **{p.name: p.fill_value for p in model.params if p.required and p.has_fill_value}}
    body = _request_class(_schema_name(model)).from_dict(given).to_dict()
    props = _props(model)
    for name in sorted(set(body) - set(given)):
        assert "default" in props[name] and is_config_value(props[name]), f"{name} sent as an OpenAPI default"


def _schema_name(model: Model) -> str:
    for name, schema in model.schemas.items():
        if schema is model.schema:
            return name
    raise AssertionError(f"no schema for {model.name}")


def test_spec_marks_defaults_only_on_configuration_values() -> None:
    """Spec-level: `x-runninghub-default` only on required enum/boolean/number fields, OpenAPI
    `default` never on free text, ids, URLs or media."""
    problems = []
    for model in CATALOG:
        required = set(model.schema.get("required", []))
        for name, schema in _props(model).items():
            if "x-runninghub-default" in schema and not (name in required and is_config_value(schema)):
                problems.append(f"{model.endpoint}.{name}: x-runninghub-default {schema['x-runninghub-default']!r}")
            if "default" in schema and not is_config_value(schema):
                problems.append(f"{model.endpoint}.{name}: default {schema['default']!r}")
    assert problems == []


def test_text_fill_value_in_a_spec_is_never_sent() -> None:
    """Even a spec that marks a sample prompt is not trusted with it: the field stays required."""
    spec = {
        "paths": {
            "/openapi/v2/x/t2i": {
                "post": {
                    "x-runninghub-model": "x/t2i",
                    "operationId": "x_t2i",
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/R"}}}},
                }
            }
        },
        "components": {
            "schemas": {
                "R": {
                    "type": "object",
                    "required": ["prompt", "size"],
                    "properties": {
                        "prompt": {"type": "string", "x-runninghub-default": "1 cat in classroom dance"},
                        "size": {"type": "string", "enum": ["1k", "2k"], "x-runninghub-default": "1k"},
                    },
                }
            }
        },
    }
    model = Catalog(spec).get("x/t2i")
    with pytest.raises(InvalidParamsError) as info:
        prepare_params(model, {})
    assert info.value.field == "prompt"
    assert prepare_params(model, {"prompt": "mine"}) == {"prompt": "mine", "size": "1k"}


@pytest.mark.parametrize(
    ("model", "field"),
    [
        ("kling-v2.5-turbo-pro/text-to-video", "prompt"),
        ("kling-lip-sync/lip-sync-video", "sessionId"),
        ("minimax/voice-clone", "custom_voice_id"),
    ],
)
def test_missing_required_text_is_refused_and_nothing_is_sent(
    runninghub_sandbox: Sandbox, model: str, field: str
) -> None:
    sb = runninghub_sandbox
    params = {k: v for k, v in _minimal(CATALOG.get(model)).items() if k != field}
    with RunningHub(api_key=sb.api_key, base_url=sb.base_url) as client, pytest.raises(InvalidParamsError) as info:
        client.submit(client.models.get(model), params)
    assert info.value.field == field and field in str(info.value)
    assert sb.tasks_created == 0 and sb.journal == []
