"""Turning command-line text into parameter values, by the types the catalog declares.

Nothing is validated here: a value that does not parse as its declared type is passed on as
the string it was, and the client's own checks (`client.validate`) refuse it with a message
naming the field and what it accepts.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click

from .._catalog import Model, Param

_INT = re.compile(r"[+-]?\d+")
_TRUE = frozenset({"true", "yes", "on", "1"})
_FALSE = frozenset({"false", "no", "off", "0"})


def split_assignment(text: str, option: str) -> tuple[str, str]:
    """`key=value` -> (key, value); the value may itself contain `=`."""
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise click.BadParameter(f"expected key=value, got {text!r}", param_hint=f"'{option}'")
    return key.strip(), value


def split_node(text: str, option: str) -> tuple[str, str, str]:
    """`nodeId:fieldName=value` -> (nodeId, fieldName, value)."""
    key, eq, value = text.partition("=")
    node_id, colon, field = key.partition(":")
    if not eq or not colon or not node_id.strip() or not field.strip():
        raise click.BadParameter(f"expected nodeId:fieldName=value, got {text!r}", param_hint=f"'{option}'")
    return node_id.strip(), field.strip(), value


def _scalar(typ: str | None, raw: str) -> Any:
    text = raw.strip()
    if typ == "integer":
        return int(text) if _INT.fullmatch(text) else raw
    if typ == "number":
        if _INT.fullmatch(text):
            return int(text)
        try:
            number = float(text)
        except ValueError:
            return raw
        return number if math.isfinite(number) else raw
    if typ == "boolean":
        low = text.lower()
        return True if low in _TRUE else False if low in _FALSE else raw
    if typ == "object":
        try:
            return json.loads(text)
        except ValueError:
            return raw
    return raw


def convert(param: Param | None, raw: str) -> Any:
    """The value of `--param name=raw` for a parameter declared as `param` (None: unknown field,
    passed on as text for the client to refuse). Arrays are JSON (`[...]`) or comma-separated."""
    if param is None:
        return raw
    if param.type == "array":
        text = raw.strip()
        if text.startswith("["):
            try:
                return json.loads(text)
            except ValueError:
                return raw
        return [_scalar(param.item_type, item) for item in text.split(",")] if text else []
    return _scalar(param.type, raw)


def load_params_file(path: Path | None) -> dict[str, Any]:
    if path is None:
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise click.BadParameter(f"{path}: {exc}", param_hint="'--params-file'") from None
    if not isinstance(data, dict):
        raise click.BadParameter(
            f"{path}: expected a JSON object of field names to values", param_hint="'--params-file'"
        )
    return data


def build_params(model: Model, base: dict[str, Any], params: Iterable[str], inputs: Iterable[str]) -> dict[str, Any]:
    """The request fields: the params file, then each `--param` (typed by the catalog; a repeated
    array field collects its values), then each `--input` as a local file (a `Path`, which the
    client checks and uploads; appended for array fields)."""
    out = dict(base)
    repeated: set[str] = set()
    for text in params:
        key, raw = split_assignment(text, "--param")
        param = model.param_map.get(key)
        value = convert(param, raw)
        if param is not None and param.type == "array" and key in repeated and isinstance(value, list):
            previous = out[key]
            out[key] = [*(previous if isinstance(previous, list) else [previous]), *value]
        else:
            out[key] = value
        repeated.add(key)
    for text in inputs:
        key, raw = split_assignment(text, "--input")
        path = Path(os.path.expanduser(raw))
        param = model.param_map.get(key)
        if param is not None and param.type == "array":
            previous = out.get(key)
            items = previous if isinstance(previous, list) else ([] if previous is None else [previous])
            out[key] = [*items, path]
        else:
            out[key] = path
    return out


def build_nodes(nodes: Iterable[str], node_files: Iterable[str]) -> list[dict[str, Any]]:
    """nodeInfoList items: `--node` values as text, `--node-file` values as local files (Path)."""
    from .._wire import NODE

    out: list[dict[str, Any]] = []
    for text in nodes:
        node_id, field, value = split_node(text, "--node")
        out.append({NODE.node_id: node_id, NODE.field_name: field, NODE.field_value: value})
    for text in node_files:
        node_id, field, value = split_node(text, "--node-file")
        path = Path(os.path.expanduser(value))
        if not path.is_file():
            raise click.BadParameter(f"no such file: {value}", param_hint="'--node-file'")
        out.append({NODE.node_id: node_id, NODE.field_name: field, NODE.field_value: path})
    return out


def local_files(values: Iterable[Any]) -> list[Path]:
    """The local files among parameter values (and inside list values), in order, each once."""
    found: list[Path] = []
    for value in values:
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, Path) and item not in found:
                found.append(item)
    return found
