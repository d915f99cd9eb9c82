"""The task life cycle, as operations of a `Core`: submit (a model, a workflow, an AI App), read
its status, cancel it, and run (submit, then wait: the polling plan, the live channel, the
timeout's cancel). `Core` binds them as methods (`core.submit(...)`).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from . import _routes
from ._catalog import Model, is_local_file, prepare_params
from ._checks import (
    _node_list,
    check_callback,
    check_finite,
    check_model,
    check_task_id,
    check_timeout,
    notify,
)
from ._effects import Op, Sleep
from ._errors import (
    TASK_FAILED_CODES,
    APIConnectionError,
    APIError,
    APITimeoutError,
    InvalidParamsError,
    RunningHubError,
    SubmitOutcomeUnknownError,
    TaskCancelledError,
    TaskFailedError,
    TaskTimeoutError,
)
from ._live import SILENT, Listen, LiveChannel, live_channel, usable_url
from ._live import available as live_available
from ._polling import KnownTask
from ._replies import _OutcomeUnknown, describes_task_end, task_end_error
from ._types import Progress, Result, Task, TaskSnapshot, task_id_of
from ._wire import (
    APP_RUN_REQUEST,
    CREATE_REPLY,
    CREATED,
    LEGACY_TASK_REQUEST,
    MODEL_WEBHOOK,
    NODE,
    OUTPUTS_REPLY,
    QUERY_REQUEST,
    RUNNING,
    WORKFLOW_CREATE_REQUEST,
)

if TYPE_CHECKING:
    from ._core import Core

log = logging.getLogger("runninghub")

# operationIds (spec/platform/*.yaml) of the calls more than one module makes; the routes and
# auth styles are the generated layer's (_routes).
WORKFLOW_CREATE = "create_workflow_task"
APP_RUN = "run_ai_app"
CANCEL_GRACE = 5.0
"""The cancel sent when a wait's timeout passes gets at most this long."""
EMPTY_STATUS_READS = 3
"""Reads in a row with an empty status after which a task counts as cancelled."""


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
    core.run_times.remember_task(snapshot.task_id, KnownTask(model.endpoint, model.output_type, submitted_at))
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
    core.run_times.remember_task(tid, KnownTask(label, None, submitted_at))
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


def query(core: Core, task_id: str, *, deadline: float | None = None) -> Op[TaskSnapshot]:
    """One status read: a snapshot for every task state (FAILED and CANCEL included, with
    the reply's code, message and failed reason); raises only when the read itself failed
    (auth, not found, rate limit, server errors, a reply about another task)."""
    tid = check_task_id(task_id)
    reply = yield from core.call(
        core.request("query_task", {QUERY_REQUEST.task_id: tid}),
        deadline=deadline,
        task_id=tid,
        accept=describes_task_end,
    )
    assert reply.data is not None
    return TaskSnapshot.from_reply(reply.data, tid)


def cancel(core: Core, task_id: str, *, deadline: float | None = None) -> Op[None]:
    tid = check_task_id(task_id)
    yield from core.call(
        core.request("cancel_task", {LEGACY_TASK_REQUEST.task_id: tid}), task_id=tid, deadline=deadline
    )
    log.debug("cancelled task %s", task_id)


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


def run(
    core: Core,
    model: str | Model,
    params: Mapping[str, Any] | None,
    fields: Mapping[str, Any],
    *,
    timeout: float | None,
    on_progress: Callable[[Progress], None] | None,
    webhook_url: str | None,
    cancel_on_timeout: bool,
    validate: bool,
    queue_wait: bool = False,
    before_submit: Callable[[Model, dict[str, Any], float | None], Op[None]] | None = None,
) -> Op[Result]:
    """Submit, then wait; `timeout` counts from the start of the submit and bounds it too."""
    timeout = check_timeout(timeout)
    check_callback(on_progress, "on_progress")
    started = core.clock()
    deadline = started + timeout if timeout is not None else None
    task = yield from core.submit(
        model,
        params,
        fields,
        webhook_url=webhook_url,
        validate=validate,
        queue_wait=queue_wait,
        deadline=deadline,
        before_submit=before_submit,
    )
    notify(on_progress, Progress(task.id, task.status, core.clock() - started, None), task.id)
    first = TaskSnapshot.from_reply(task.raw, task.id)
    if first.succeeded and first.outputs:  # some endpoints answer with the result at once
        return Result(
            task_id=task.id,
            status=first.status,
            outputs=first.outputs,
            usage=first.usage,
            raw=first.raw,
            parent_task_id=first.parent_task_id,
            task_usage=first.task_usage,
            elapsed=core.clock() - started,
        )
    if first.failed or first.cancelled:  # the submit reply itself says the task ended
        raise task_end_error(first, task.id)
    return (
        yield from core.wait(
            task, timeout=timeout, on_progress=on_progress, cancel_on_timeout=cancel_on_timeout, started=started
        )
    )


def wait(
    core: Core,
    task: Task | str,
    *,
    timeout: float | None,
    on_progress: Callable[[Progress], None] | None,
    cancel_on_timeout: bool,
    started: float | None = None,
) -> Op[Result]:
    timeout = check_timeout(timeout)
    check_callback(on_progress, "on_progress")
    if not isinstance(task, Task):
        tid = check_task_id(task)
        known = core.run_times.known_task(tid)  # submitted from this machine: plan as for its model
        task = (
            Task(id=tid, endpoint=known.endpoint, output_type=known.output_type, submitted_at=known.submitted_at)
            if known
            else Task(id=tid, submitted_at=0.0)
        )
    t = task
    start = core.clock() if started is None else started
    deadline = start + timeout if timeout is not None else None
    # when the task was created, on the core's clock (the wait's start when unknown)
    born = core.clock() - max(0.0, core.wall() - t.submitted_at) if t.submitted_at else start
    # what run times are learned under (a model's endpoint, or "workflow ID"); a task's age
    # is known only with its submit time
    endpoint = (t.endpoint or t.model) if t.submitted_at else None
    channels: list[LiveChannel] = []  # the task's live channel, once it has one
    try:
        return (
            yield from _wait_loop(
                core, t, start, deadline, born, endpoint, channels, timeout, on_progress, cancel_on_timeout
            )
        )
    finally:
        for channel in channels:
            channel.close()


def _node_titles(core: Core, t: Task) -> dict[str, str | None] | None:
    from ._workflows import node_titles  # here: _workflows builds on this module

    return node_titles(core, t.model)


def _live_url(core: Core, tid: str) -> Op[str | None]:
    """The live channel of a running workflow or app task that was queued at create: the
    legacy outputs read answers 804 with its netWssUrl (one request; None when it has none)."""
    try:
        reply = yield from core.call(
            core.request("get_task_outputs", {LEGACY_TASK_REQUEST.task_id: tid}),
            task_id=tid,
            max_retries=0,
            accept=lambda d: True,
        )
    except RunningHubError:
        return None
    data = (reply.data or {}).get(OUTPUTS_REPLY.data)
    return usable_url(data.get(RUNNING.net_wss_url)) if isinstance(data, Mapping) else None


def _wait_loop(
    core: Core,
    t: Task,
    start: float,
    deadline: float | None,
    born: float,
    endpoint: str | None,
    channels: list[LiveChannel],
    timeout: float | None,
    on_progress: Callable[[Progress], None] | None,
    cancel_on_timeout: bool,
) -> Op[Result]:
    """Read the task until it ends: as the polling plan says, or, while its live channel is
    healthy, listen on that and read once it reports the end (the read stays the authority)."""
    channel = live_channel(t.live_url, _node_titles(core, t)) if t.live_url else None
    channels += [channel] if channel else []
    # a workflow or app task queued at create gets its channel from the outputs read once it
    # runs (one request, made only for a caller who watches progress)
    may_ask_live = (
        channel is None
        and on_progress is not None
        and bool(t.submitted_at)
        and (t.model or "").startswith(("workflow ", "AI App "))
        and live_available()
    )
    last_status: str | None = None
    failures = 0
    blank = 0  # reads in a row with an empty status (how RunningHub reports some cancelled tasks)
    reads = 0
    running_age = 0.0  # age at the last read that found the task not done
    while True:
        now = core.clock()
        age = now - born
        delay = core.run_times.delay(endpoint, t.output_type, age, running_age, core.rng)
        if channel is not None and channel.healthy:
            # no status reads while the channel speaks: listen (at most SILENT s at a time)
            listen = SILENT if deadline is None else max(0.0, min(SILENT, deadline - now))
            for event in (yield Listen(channel, listen)):
                notify(on_progress, Progress(t.id, "RUNNING", core.clock() - start, None, node=event), t.id)
            if channel.healthy and (deadline is None or core.clock() < deadline):
                continue
            # it reported the end (read now to confirm), dropped or went quiet (poll again)
            delay = 0.0 if channel.ended else min(delay, 1.0)
            now = core.clock()
        elif channel is not None and channel.ended:
            delay = min(delay, 0.5)  # the channel said it ended: confirm promptly
        if deadline is not None:
            delay = max(0.0, min(delay, deadline - now))
        if delay:
            yield Sleep(delay)
        sent_age = core.clock() - born
        reads += 1
        try:
            snap = yield from core.query(t.id, deadline=deadline)
        except (APIConnectionError, APIError) as exc:
            if isinstance(exc, APIError) and exc.error_code in TASK_FAILED_CODES:
                # a failure code without the task object (legacy-style): the task failed
                raise TaskFailedError(
                    f"task {t.id} failed: {exc.message}", task_id=t.id, error_code=exc.error_code
                ) from exc
            retryable = isinstance(exc, APIConnectionError) or (isinstance(exc, APIError) and exc.retryable)
            failures += 1
            if not retryable or failures > core.settings.max_poll_failures:
                exc.task_id = t.id
                raise
            if deadline is None or core.clock() < deadline:  # else: the timeout below says it
                log.warning("task %s: status read failed (%s); still waiting", t.id, exc)
        else:
            failures = 0
            elapsed = core.clock() - start
            if snap.status != last_status:
                last_status = snap.status
                notify(on_progress, Progress(t.id, snap.status, elapsed, snap), t.id)
            if not snap.done:
                running_age = sent_age
                if may_ask_live and snap.status == "RUNNING":
                    may_ask_live = False
                    url = yield from _live_url(core, t.id)
                    channel = live_channel(url, _node_titles(core, t)) if url else None
                    channels += [channel] if channel else []
            if snap.succeeded:
                core.run_times.observe(endpoint, running_age, core.clock() - born)
                return Result(
                    task_id=snap.task_id or t.id,
                    status=snap.status,
                    outputs=snap.outputs,
                    usage=snap.usage,
                    error_code=snap.error_code,
                    error_message=snap.error_message,
                    failed_reason=snap.failed_reason,
                    raw=snap.raw,
                    parent_task_id=snap.parent_task_id,
                    task_usage=snap.task_usage,
                    elapsed=elapsed,
                )
            if snap.failed or snap.cancelled:
                raise task_end_error(snap, t.id)
            blank = blank + 1 if not snap.status else 0
            if blank >= EMPTY_STATUS_READS:
                raise TaskCancelledError(
                    f"task {t.id} was cancelled (RunningHub reported an empty status {blank} times in a row, "
                    "as it does for cancelled tasks)",
                    task_id=t.id,
                    snapshot=snap,
                )
        if deadline is not None and core.clock() >= deadline:
            cancelled = False
            if cancel_on_timeout:
                try:
                    yield from core.cancel(t.id, deadline=core.clock() + CANCEL_GRACE)
                    cancelled = True
                except RunningHubError as exc:
                    log.warning("task %s: cancel after timeout failed: %s", t.id, exc)
            what = "cancelled" if cancelled else "still running; resume with client.wait(task_id)"
            raise TaskTimeoutError(
                f"task {t.id} did not finish within {timeout:g} s ({what})",
                task_id=t.id,
                cancelled=cancelled,
                last_status=last_status,
            )
