"""Argument checks made before anything is sent, and the user's progress callback."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from ._catalog import Model
from ._errors import CallbackError, InvalidParamsError
from ._types import Progress
from ._wire import NODE, WORKFLOW_CREATE_REQUEST

# --------------------------------------------------------------------------- argument checks
# Everything checkable is checked before the submit: a bad argument raises TypeError/ValueError
# (InvalidParamsError is a ValueError) and nothing is sent.


def check_timeout(timeout: Any, name: str = "timeout") -> float | None:
    if timeout is None:
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
        raise TypeError(f"{name} must be a number of seconds or None, got {type(timeout).__name__}")
    value = float(timeout)
    if math.isnan(value) or value <= 0:
        raise ValueError(f"{name} must be a positive number of seconds, got {timeout!r}")
    return None if math.isinf(value) else value


def check_callback(callback: Any, name: str) -> None:
    if callback is not None and not callable(callback):
        raise TypeError(f"{name} must be callable or None, got {type(callback).__name__}")


def check_model(model: Any) -> str:
    if isinstance(model, Model):  # from client.models: its endpoint names it exactly
        return model.endpoint
    if not isinstance(model, str):
        raise TypeError(f"model must be a str (a model name or endpoint) or a Model, got {type(model).__name__}")
    return model


def check_task_id(task_id: Any) -> str:
    if isinstance(task_id, bool) or not isinstance(task_id, (str, int)):
        raise TypeError(f"a task is a Task or a task id (str), got {type(task_id).__name__}")
    tid = str(task_id).strip()
    if not tid:
        raise ValueError("the task id is empty")
    return tid


def check_finite(body: Any, path: str = "") -> None:
    """NaN and infinity cannot be sent as JSON: refuse them, naming the field."""
    if isinstance(body, float) and not math.isfinite(body):
        raise InvalidParamsError(f"{path or 'a value'}: {body!r} is not a number JSON can carry", field=path or None)
    if isinstance(body, Mapping):
        for key, value in body.items():
            if not isinstance(key, str):
                raise InvalidParamsError(f"field names are strings, got {key!r}", field=None)
            check_finite(value, f"{path}.{key}" if path else key)
    elif isinstance(body, (list, tuple)):
        for i, value in enumerate(body):
            check_finite(value, f"{path}[{i}]")


def notify(callback: Callable[[Progress], None] | None, progress: Progress, task_id: str) -> None:
    """Call the user's on_progress; what it raises reaches the caller as CallbackError, with the
    task id (the task is not cancelled: resume with client.wait(task_id))."""
    if callback is None:
        return
    try:
        callback(progress)
    except Exception as exc:
        raise CallbackError(
            f"on_progress raised {type(exc).__name__}: {exc}; task {task_id} was not cancelled "
            "(resume with client.wait(task_id))",
            task_id=task_id,
        ) from exc


NODES = WORKFLOW_CREATE_REQUEST.node_info_list  # the key of a node-value list in every request body


def _node_list(nodes: Iterable[Any]) -> list[dict[str, Any]]:
    """nodeInfoList items from dicts or (nodeId, fieldName, fieldValue) tuples."""
    out = []
    for item in nodes:
        if isinstance(item, Mapping):
            node = dict(item)
        elif isinstance(item, Sequence) and not isinstance(item, str) and len(item) == 3:
            node = {NODE.node_id: item[0], NODE.field_name: item[1], NODE.field_value: item[2]}
        else:
            raise InvalidParamsError(
                f"{NODES} items are dicts or ({NODE.node_id}, {NODE.field_name}, {NODE.field_value}) tuples, "
                f"got {item!r}",
                field=NODES,
            )
        for key in (NODE.node_id, NODE.field_name):
            if key not in node:
                raise InvalidParamsError(f"{NODES} item {node!r} has no {key}", field=NODES)
            node[key] = str(node[key])
        if NODE.field_value not in node:
            raise InvalidParamsError(f"{NODES} item {node!r} has no {NODE.field_value}", field=NODES)
        out.append(node)
    return out
