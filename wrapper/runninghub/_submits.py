"""Starting a task, as operations of a `Core`: a model's submit (its parameters checked, local
files uploaded, a budget's price check), a workflow's or AI App's create, and the checks
`run_many` makes before it submits anything. A submit is sent once: when its outcome is not
known, SubmitOutcomeUnknownError says so instead of a second task. `Core` binds them.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

from . import _routes
from ._catalog import Model, is_local_file, prepare_params
from ._checks import _node_list, check_callback, check_finite, check_model, check_timeout
from ._effects import Offload, Op
from ._errors import APITimeoutError, InvalidParamsError, SubmitOutcomeUnknownError
from ._live import usable_url
from ._polling import KnownTask
from ._replies import _OutcomeUnknown, describes_task_end
from ._tasks import APP_RUN, WORKFLOW_CREATE, note_run_times
from ._types import Task, TaskSnapshot, task_id_of
from ._wire import APP_RUN_REQUEST, CREATE_REPLY, CREATED, MODEL_WEBHOOK, NODE, WORKFLOW_CREATE_REQUEST

if TYPE_CHECKING:
    from ._core import Core

log = logging.getLogger("runninghub")


def _reads_files(params: Mapping[str, Any]) -> bool:
    """Whether checking `params` reads files (a path's or an open file's head and size), so
    the checks run off the event loop; bytes in memory need no I/O."""

    def on_disk(v: Any) -> bool:
        return is_local_file(v) and not isinstance(v, (bytes, bytearray, memoryview))

    return any(on_disk(v) or (isinstance(v, (list, tuple)) and any(map(on_disk, v))) for v in params.values())


def submit(
    core: Core,
    model_name: str | Model,
    params: Mapping[str, Any] | None,
    fields: Mapping[str, Any],
    *,
    webhook_url: str | None = None,
    validate: bool = True,
    queue_wait: bool = False,
    before_submit: Callable[[Model, dict[str, Any], float | None], Op[None]] | None = None,
    deadline: float | None = None,
) -> Op[Task]:
    name = check_model(model_name)
    if isinstance(params, (str, bytes)) or (params is not None and not isinstance(params, Mapping)):
        raise InvalidParamsError("params must be a mapping of wire names to values", field=None)
    if webhook_url is not None and not isinstance(webhook_url, str):
        raise TypeError(f"webhook_url must be a str, got {type(webhook_url).__name__}")
    merged = {**(params or {}), **fields}
    if webhook_url is not None:
        merged[MODEL_WEBHOOK] = webhook_url
    model = core.resolve_model(name, validate)
    if validate and _reads_files(merged):
        body: dict[str, Any] = yield Offload(lambda: prepare_params(model, merged))
    else:
        body = prepare_params(model, merged) if validate else dict(merged)
    check_finite(body)
    core._key()
    for name, value in list(body.items()):
        if isinstance(value, (list, tuple)) and any(is_local_file(v) for v in value):
            items = []
            for v in value:
                items.append((yield from core.upload(v, deadline=deadline)).url if is_local_file(v) else v)
            body[name] = items
        elif is_local_file(value):
            body[name] = (yield from core.upload(value, deadline=deadline)).url
    if before_submit is not None:  # a budget: preview the price of this exact body (_budget.py)
        yield from before_submit(model, body, deadline)
    fingerprint = hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()
    submitted_at = core.wall()
    try:
        reply = yield from core.call(
            core.send_route(_routes.model_route(model.operation_id, model.path), body),
            submit=True,
            queue_wait=queue_wait,
            deadline=deadline,
            accept=describes_task_end,  # a task that ended at once (FAILED with a code) is a task
        )
    except _OutcomeUnknown as unknown:
        raise SubmitOutcomeUnknownError(
            f"submitting {model.name} may or may not have created a task: {unknown.reason}. It was not "
            f"sent again; check the RunningHub console before retrying (body sha256 {fingerprint[:16]}...)",
            model=model.name,
            fingerprint=fingerprint,
            submitted_at=submitted_at,
            task_id=unknown.task_id,
        ) from unknown.cause
    assert reply.data is not None
    snapshot = TaskSnapshot.from_reply(reply.data)
    if not snapshot.task_id:
        raise SubmitOutcomeUnknownError(
            f"submitting {model.name}: the reply has no task id; a task may exist. Not sent again.",
            model=model.name,
            fingerprint=fingerprint,
            submitted_at=submitted_at,
        )
    log.debug("submitted %s: task %s", model.name, snapshot.task_id)
    known = KnownTask(model.endpoint, model.output_type, submitted_at)
    yield from note_run_times(core, partial(core.run_times.remember_task, snapshot.task_id, known))
    return Task(
        id=snapshot.task_id,
        model=model.name,
        endpoint=model.endpoint,
        output_type=model.output_type,
        submitted_at=submitted_at,
        status=snapshot.status or "QUEUED",
        raw=reply.data,
    )


def _create_legacy(
    core: Core,
    operation_id: str,
    body: dict[str, Any],
    label: str,
    queue_wait: bool = False,
    deadline: float | None = None,
) -> Op[Task]:
    check_finite(body)
    submitted_at = core.wall()
    fingerprint = hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()
    try:
        reply = yield from core.call(
            core.request(operation_id, body), submit=True, queue_wait=queue_wait, deadline=deadline
        )
    except _OutcomeUnknown as unknown:
        raise SubmitOutcomeUnknownError(
            f"starting {label} may or may not have created a task: {unknown.reason}. It was not sent again.",
            model=label,
            fingerprint=fingerprint,
            submitted_at=submitted_at,
            task_id=unknown.task_id,
        ) from unknown.cause
    data = (reply.data or {}).get(CREATE_REPLY.data)
    tid = task_id_of(data.get(CREATED.task_id)) if isinstance(data, Mapping) else None
    if not tid:
        raise SubmitOutcomeUnknownError(
            f"starting {label}: the reply has no task id; a task may exist",
            model=label,
            fingerprint=fingerprint,
            submitted_at=submitted_at,
        )
    status = str(data.get(CREATED.task_status) or "QUEUED") if isinstance(data, Mapping) else "QUEUED"
    yield from note_run_times(core, partial(core.run_times.remember_task, tid, KnownTask(label, None, submitted_at)))
    return Task(
        id=tid,
        model=label,
        endpoint=None,
        output_type=None,
        submitted_at=submitted_at,
        status=status,
        raw=reply.data or {},
        live_url=usable_url(data.get(CREATED.net_wss_url)) if isinstance(data, Mapping) else None,
    )


def _node_values(core: Core, nodes: Iterable[Any]) -> Op[list[dict[str, Any]]]:
    out = _node_list(nodes)
    for node in out:
        if is_local_file(node[NODE.field_value]):
            upload = yield from core.upload(node[NODE.field_value])
            node[NODE.field_value] = upload.file_name or upload.url
    return out


def submit_workflow(
    core: Core,
    workflow_id: str,
    nodes: Iterable[Any],
    *,
    webhook_url: str | None,
    instance_type: str | None,
    add_metadata: bool | None,
    use_personal_queue: bool | None,
    workflow: str | None,
) -> Op[Task]:
    keys = WORKFLOW_CREATE_REQUEST
    body: dict[str, Any] = {keys.workflow_id: str(workflow_id)}
    node_list = yield from core._node_values(nodes)
    if node_list:
        body[keys.node_info_list] = node_list
    for key, value in (
        (keys.webhook_url, webhook_url),
        (keys.instance_type, instance_type),
        (keys.add_metadata, add_metadata),
        (keys.use_personal_queue, use_personal_queue),
        (keys.workflow, workflow),
    ):
        if value is not None:
            body[key] = value
    return (yield from core._create_legacy(WORKFLOW_CREATE, body, f"workflow {workflow_id}"))


def submit_app(
    core: Core, webapp_id: str, nodes: Iterable[Any], *, webhook_url: str | None, instance_type: str | None
) -> Op[Task]:
    keys = APP_RUN_REQUEST
    body: dict[str, Any] = {
        keys.webapp_id: str(webapp_id),
        keys.node_info_list: (yield from core._node_values(nodes)),
    }
    if webhook_url is not None:
        body[keys.webhook_url] = webhook_url
    if instance_type is not None:
        body[keys.instance_type] = instance_type
    return (yield from core._create_legacy(APP_RUN, body, f"AI App {webapp_id}"))


def check_batch(
    core: Core,
    model: str | Model,
    params_list: Iterable[Mapping[str, Any]],
    concurrency: int,
    timeout: float | None = None,
    on_progress: Any = None,
) -> list[Mapping[str, Any]]:
    """run_many checks every input before it sends anything; returns the inputs as a list
    (a generator is read once, here)."""
    if isinstance(params_list, (str, bytes, Mapping)) or not isinstance(params_list, Iterable):
        raise TypeError("params_list must be a list (or iterable) of parameter mappings")
    params_list = list(params_list)
    if isinstance(concurrency, bool) or not isinstance(concurrency, int):
        raise TypeError(f"concurrency must be an int, got {type(concurrency).__name__}")
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    check_timeout(timeout)
    check_callback(on_progress, "on_progress")
    resolved = core.catalog.get(check_model(model))
    for params in params_list:
        if not isinstance(params, Mapping):
            raise InvalidParamsError("each item of params_list must be a mapping of wire names to values")
        check_finite(prepare_params(resolved, params))
    return params_list


def batch_timeout(core: Core, deadline: float | None) -> float | None:
    """What is left of run_many's timeout (one budget for the whole batch) for the next
    input; none left: that input is not submitted."""
    if deadline is None:
        return None
    left = deadline - core.clock()
    if left <= 0:
        raise APITimeoutError("run_many: the batch's timeout passed before this input was submitted (not sent)")
    return left
