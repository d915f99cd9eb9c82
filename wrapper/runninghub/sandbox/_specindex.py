"""What the sandbox reads from the bundled spec: the model operations and request validators.

Nothing is declared by hand: the model operations are `runninghub._spec.model_operations` (the
one rule the catalog and the generator use too; their paths share `model_prefix`); every route
is looked up by operationId (`path`, `method`) with the field that carries the API key
(`key_field`, as the spec declares it); a request body is validated with jsonschema (Draft
2020-12) against the schema the spec gives, `$ref`s resolved against the whole document.
Validators are built on first use and cached per operation.
"""

from __future__ import annotations

import json
import posixpath
import threading
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .._spec import ModelOperation, model_operations, operations

_SPEC_URI = "urn:runninghub:openapi"


class SpecIndex:
    """Model operations by path, and cached request validators by (method, path template)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.routes: dict[str, tuple[str, str]] = {}  # operationId -> (METHOD, path template)
        for path, method, operation in operations(spec):
            if "operationId" in operation:
                self.routes[str(operation["operationId"])] = (method.upper(), path)
        self.model_ops: dict[str, ModelOperation] = {op.path: op for op in model_operations(spec)}
        # What every model path starts with (the sandbox answers any path under it as a model).
        self.model_prefix = posixpath.join(posixpath.commonpath(list(self.model_ops)), "") if self.model_ops else "/"
        self._registry: Registry[Any] = Registry().with_resource(
            _SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
        )
        self._validators: dict[tuple[str, str, str], Draft202012Validator | None] = {}
        self._lock = threading.Lock()

    def path(self, operation_id: str) -> str:
        """The path template of an operation (KeyError when the spec has none by that id)."""
        return self.routes[operation_id][1]

    def method(self, operation_id: str) -> str:
        return self.routes[operation_id][0]

    def key_field(self, operation_id: str) -> str | None:
        """The body property or query parameter an operation takes the API key in (spelled apiKey
        in any case, with `security: []`, spec/components/security.yaml); None for bearer auth
        or an operation that takes no key."""
        method, path = self.routes[operation_id]
        op = self.spec["paths"][path][method.lower()]
        if op.get("security", self.spec.get("security")) != []:
            return None
        names = [p.get("name") for p in op.get("parameters", []) if isinstance(p, dict) and p.get("in") == "query"]
        for content_type in op.get("requestBody", {}).get("content", {}):
            schema = self._resolve(self.request_schema(method, path, content_type))
            names += list(schema.get("properties", {})) if isinstance(schema, dict) else []
        return next((str(n) for n in names if str(n).lower() == "apikey"), None)

    def query_params(self, operation_id: str) -> list[str]:
        """The names of an operation's query parameters, in the spec's order."""
        method, path = self.routes[operation_id]
        op = self.spec["paths"][path][method.lower()]
        return [str(p["name"]) for p in op.get("parameters", []) if isinstance(p, dict) and p.get("in") == "query"]

    def _resolve(self, schema: Any) -> Any:
        while isinstance(schema, dict) and str(schema.get("$ref", "")).startswith("#/"):
            node: Any = self.spec
            for part in str(schema["$ref"])[2:].split("/"):
                node = node.get(part, {}) if isinstance(node, dict) else {}
            schema = node
        return schema

    def request_schema(self, method: str, path: str, content_type: str = "application/json") -> Any:
        """The request body schema of an operation (a `$ref` is kept as is), or None."""
        op = self.spec.get("paths", {}).get(path, {}).get(method.lower())
        if not isinstance(op, dict):
            return None
        return op.get("requestBody", {}).get("content", {}).get(content_type, {}).get("schema")

    def validator(self, method: str, path: str, content_type: str = "application/json") -> Draft202012Validator | None:
        """The cached validator of an operation's request body (None when the spec has none)."""
        key = (method.lower(), path, content_type)
        try:
            return self._validators[key]
        except KeyError:
            pass
        schema = self.request_schema(method, path, content_type)
        validator = None
        if schema is not None:
            # Re-home the operation's schema inside the spec document, so that `#/components/...`
            # references resolve against the whole spec.
            root: dict[str, Any] = {"$schema": "https://json-schema.org/draft/2020-12/schema"}
            if isinstance(schema, dict) and set(schema) == {"$ref"} and str(schema["$ref"]).startswith("#/"):
                root["$ref"] = _SPEC_URI + str(schema["$ref"])
                validator = Draft202012Validator(root, registry=self._registry)
            else:
                uri = f"urn:runninghub:inline:{method.lower()}:{path}:{content_type}"
                inline = dict(schema) if isinstance(schema, dict) else {"allOf": [schema]}
                registry = self._registry.with_resource(
                    uri, Resource.from_contents({"$defs": {"x": inline}}, default_specification=DRAFT202012)
                )
                root["$ref"] = uri + "#/$defs/x"
                validator = Draft202012Validator(root, registry=registry)
        with self._lock:
            self._validators[key] = validator
        return validator

    def with_defaults(self, method: str, path: str, body: Any) -> Any:
        """`body` plus the documented server default (`default`) of every top-level field it
        leaves out, as the server applies them (used to price a request by rule)."""
        schema = self._resolve(self.request_schema(method, path))
        if not isinstance(body, dict) or not isinstance(schema, dict):
            return body
        props = schema.get("properties") or {}
        filled = {k: v["default"] for k, v in props.items() if isinstance(v, dict) and "default" in v}
        return {**filled, **body}

    def check(self, method: str, path: str, body: Any, content_type: str = "application/json") -> str | None:
        """None when `body` is valid, else one message `<field>: <what is wrong>`."""
        validator = self.validator(method, path, content_type)
        if validator is None:
            return None
        error = best_match(validator.iter_errors(body))
        return None if error is None else describe(error)


def _field(path: Any) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _short(value: Any, limit: int = 60) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 3] + "..."


_JSON_TYPES = {
    dict: "object",
    list: "array",
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    type(None): "null",
}


def describe(error: ValidationError) -> str:
    """`<field>: <what is wrong>`, short (never echoes a long value)."""
    kw = str(error.validator)
    value: Any = error.validator_value
    inst: Any = error.instance
    field = _field(error.absolute_path)
    if kw == "required":
        missing = [name for name in value if isinstance(inst, dict) and name not in inst]
        name = missing[0] if missing else "?"
        return f"{_field([*error.absolute_path, name])}: is required"
    if kw == "type":
        expected = " or ".join(value) if isinstance(value, list) else str(value)
        what = f"must be of type {expected}, got {_JSON_TYPES.get(type(inst), type(inst).__name__)}"
    elif kw == "enum":
        what = f"must be one of {_short(value, 200)}, got {_short(inst)}"
    elif kw == "const":
        what = f"must be {_short(value)}, got {_short(inst)}"
    elif kw == "minimum":
        what = f"must be >= {value}, got {_short(inst)}"
    elif kw == "maximum":
        what = f"must be <= {value}, got {_short(inst)}"
    elif kw == "exclusiveMinimum":
        what = f"must be > {value}, got {_short(inst)}"
    elif kw == "exclusiveMaximum":
        what = f"must be < {value}, got {_short(inst)}"
    elif kw == "multipleOf":
        what = f"must be a multiple of {value}, got {_short(inst)}"
    elif kw == "minLength":
        what = f"must be at least {value} characters long, got {len(inst)}"
    elif kw == "maxLength":
        what = f"must be at most {value} characters long, got {len(inst)}"
    elif kw == "minItems":
        what = f"must have at least {value} items, got {len(inst)}"
    elif kw == "maxItems":
        what = f"must have at most {value} items, got {len(inst)}"
    elif kw == "pattern":
        what = f"must match the pattern {value}"
    elif kw == "uniqueItems":
        what = "must not contain duplicate items"
    else:
        message = error.message
        what = message if len(message) <= 200 else message[:197] + "..."
    return f"{field or 'body'}: {what}"
