"""The bundled OpenAPI spec: where it is, and the one reading of its operations.

Wheel installs carry it as `runninghub_api/openapi.json`; a source checkout has it beside the
generated package as `generated/openapi.json`. The package is located without importing it.

`operations`, `is_model_operation`, `request_schema` and `model_operations` are the only walk of
`paths` that says which operations are models: the catalog, the sandbox and the generator all
use them (the generator loads this file by path), so a change of the rule changes all three.
This module imports nothing of ours and nothing outside the standard library; keep it so.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MODEL_EXTENSION = "x-runninghub-model"
JSON = "application/json"


def spec_path() -> Path:
    """The path of the bundled spec; FileNotFoundError if neither location has it."""
    import importlib.util

    found = importlib.util.find_spec("runninghub_api")
    if found is None or not found.origin:
        raise FileNotFoundError("the runninghub_api package is not installed")
    here = Path(found.origin).parent  # the same folder as Path(runninghub_api.__file__).parent
    for candidate in (here / "openapi.json", here.parent / "openapi.json"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"openapi.json not found beside {here}")


@functools.cache
def load_spec() -> dict[str, Any]:
    """The bundled spec as a dict (read once; treat it as read-only)."""
    import json

    data: dict[str, Any] = json.loads(spec_path().read_text(encoding="utf-8"))
    return data


# --------------------------------------------------------------------------- the walk
def operations(doc: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) of every operation under `paths`, in path order."""
    for path, item in sorted((doc.get("paths") or {}).items()):
        for method, op in item.items():
            if method in HTTP_METHODS and isinstance(op, dict):
                yield path, method, op


def is_model_operation(method: str, op: Mapping[str, Any]) -> bool:
    """The one rule: a model is a POST that carries `x-runninghub-model`. (The bundler also
    requires such an operation to live under the model prefix, so every reader may rely on it.)"""
    if method.lower() not in HTTP_METHODS:  # a path passed by mistake would silently match nothing
        raise ValueError(f"not an HTTP method: {method!r}")
    return method.lower() == "post" and MODEL_EXTENSION in op


def _json_body_schema(op: Mapping[str, Any]) -> Any:
    return ((op.get("requestBody") or {}).get("content") or {}).get(JSON, {}).get("schema")


def _ref_name(schema: Any) -> str | None:
    ref = schema.get("$ref") if isinstance(schema, Mapping) else None
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def request_schema_ref(op: Mapping[str, Any]) -> str | None:
    """The component name a JSON request body refers to (`$ref`), or None (inline or no body)."""
    return _ref_name(_json_body_schema(op))


def request_schema(doc: Mapping[str, Any], op: Mapping[str, Any]) -> dict[str, Any] | None:
    """The JSON request body schema of an operation, its `$ref` (one level) resolved; None when
    it has none."""
    return _resolved(doc, _json_body_schema(op))


def _resolved(doc: Mapping[str, Any], schema: Any) -> dict[str, Any] | None:
    name = _ref_name(schema)
    if name is None:
        inline: dict[str, Any] | None = schema  # inline, or None when there is no JSON body
        return inline
    found: dict[str, Any] | None = (doc.get("components") or {}).get("schemas", {}).get(name)
    return found


@dataclass(frozen=True, slots=True)
class ModelOperation:
    """One model operation as the spec declares it. `category` and `output_type` fall back to
    "other" and "image" (the bundler requires both, so only a hand-made document lacks them)."""

    path: str
    method: str
    operation_id: str
    model: str
    aliases: tuple[str, ...] = ()
    category: str = "other"
    output_type: str = "image"
    deprecated: bool = False
    request_schema_name: str | None = None
    """The component the request body refers to; None for an inline schema."""
    request_schema: dict[str, Any] | None = field(default=None, repr=False, compare=False)
    operation: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """The whole operation object, for the extensions only some readers use."""


def model_operations(doc: Mapping[str, Any]) -> list[ModelOperation]:
    """Every model operation of `doc`, in path order."""
    return [
        _model_operation(doc, path, method, op)
        for path, method, op in operations(doc)
        if is_model_operation(method, op)
    ]


def _model_operation(doc: Mapping[str, Any], path: str, method: str, op: dict[str, Any]) -> ModelOperation:
    body = _json_body_schema(op)
    return ModelOperation(
        path=path,
        method=method,
        operation_id=str(op.get("operationId", "")),
        model=str(op[MODEL_EXTENSION]),
        aliases=tuple(op.get("x-runninghub-aliases", ())),
        category=str(op.get("x-runninghub-category", "other")),
        output_type=str(op.get("x-runninghub-output-type", "image")),
        deprecated=bool(op.get("deprecated")),
        request_schema_name=_ref_name(body),
        request_schema=_resolved(doc, body),
        operation=op,
    )
