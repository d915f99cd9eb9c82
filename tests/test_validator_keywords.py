"""One validator: every schema keyword the spec puts on a model's request fields is either checked
by the client before a submit (`_catalog.CHECKED_KEYWORDS`) or named as not a constraint, with a
reason (`UNCHECKED_KEYWORDS`). A keyword the spec starts to use (a `pattern`, a `minItems`) fails
here until the client checks it, instead of being ignored while the sandbox's jsonschema enforces
it. And each checked keyword is really enforced: one refused value per keyword."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from runninghub import InvalidParamsError
from runninghub._catalog import (
    CHECKED_ITEM_KEYWORDS,
    CHECKED_KEYWORDS,
    UNCHECKED_KEYWORDS,
    Catalog,
    prepare_params,
)
from runninghub._spec import load_spec


def _resolve(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def field_schemas(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """(path, field, schema) of every model request field in the bundled spec."""
    for path, item in spec["paths"].items():
        for op in item.values():
            if not isinstance(op, dict) or "x-runninghub-model" not in op:
                continue
            body = _resolve(spec, op["requestBody"]["content"]["application/json"]["schema"])
            for name, schema in body.get("properties", {}).items():
                yield path, name, _resolve(spec, schema)


def unknown_keywords(spec: Mapping[str, Any]) -> set[str]:
    """Keywords on model request fields (or their items) that nothing accounts for."""
    found: set[str] = set()
    for _, _, schema in field_schemas(spec):
        found |= set(schema) - CHECKED_KEYWORDS - set(UNCHECKED_KEYWORDS)
        if "items" in schema:
            found |= {f"items.{k}" for k in set(_resolve(spec, schema["items"])) - CHECKED_ITEM_KEYWORDS}
    return found


def test_every_keyword_of_the_spec_is_checked_or_explained() -> None:
    assert unknown_keywords(load_spec()) == set()


def test_a_new_keyword_is_caught() -> None:
    spec = {
        "paths": {
            "/openapi/v2/x": {
                "post": {
                    "x-runninghub-model": "x",
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "properties": {
                                        "a": {"type": "string", "pattern": "^a"},
                                        "b": {"type": "array", "items": {"type": "string", "format": "uri"}},
                                    }
                                }
                            }
                        }
                    },
                }
            }
        }
    }
    assert unknown_keywords(spec) == {"pattern", "items.format"}


def test_every_checked_keyword_is_used_by_the_spec() -> None:
    """No dead entry: each checked keyword appears somewhere, so the refusal tests below are real."""
    used: set[str] = set()
    for _, _, schema in field_schemas(load_spec()):
        used |= set(schema)
    assert used >= CHECKED_KEYWORDS


def _a_field_with(keyword: str) -> tuple[str, str, Any]:
    """(model, field, a value the keyword refuses) for the first field of the catalog using it."""
    catalog = Catalog()
    for model in catalog:
        for p in model.params:
            if keyword == "enum" and p.enum and p.type == "string":
                return model.name, p.name, "surely-not-an-option"
            if keyword == "minimum" and p.minimum is not None and p.type == "integer":
                return model.name, p.name, int(p.minimum) - 1
            if keyword == "maximum" and p.maximum is not None and p.type == "integer":
                return model.name, p.name, int(p.maximum) + 1
            if keyword == "maxLength" and p.max_length is not None and p.media is None:
                return model.name, p.name, "x" * (p.max_length + 1)
            if keyword == "minLength" and p.min_length and p.media is None:
                return model.name, p.name, ""
            if keyword == "maxItems" and p.max_items is not None and p.media is not None:
                return model.name, p.name, ["https://example.com/a.png"] * (p.max_items + 1)
            if keyword == "type" and p.type == "integer" and p.enum is None:
                return model.name, p.name, "seven"
            if keyword == "items" and p.type == "array" and p.item_type == "string" and p.media is None:
                return model.name, p.name, [7]
            if keyword == "x-runninghub-media" and p.media is not None and p.type == "string":
                return model.name, p.name, 7
    raise AssertionError(f"no field uses {keyword}")


@pytest.mark.parametrize("keyword", sorted(CHECKED_KEYWORDS))
def test_each_checked_keyword_refuses_before_the_submit(keyword: str) -> None:
    name, field, value = _a_field_with(keyword)
    model = Catalog().get(name)
    with pytest.raises(InvalidParamsError) as caught:
        prepare_params(model, {field: value})
    assert caught.value.field == field
