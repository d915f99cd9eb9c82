"""Waiting for a task, as operations of a `Core`: `run` (submit, then wait, one timeout for
both) and `wait`: the status reads the polling plan (`_polling`) spaces out, the live channel
while it is healthy (`_live`; the read stays the authority), the task-end rules and the cancel
a passed timeout sends. `Core` binds them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

from ._checks import check_callback, check_task_id, check_timeout, notify
from ._effects import Op, Sleep
from ._errors import (
    TASK_FAILED_CODES,
    APIConnectionError,
    APIError,
    RunningHubError,
    TaskCancelledError,
    TaskFailedError,
    TaskTimeoutError,
)
from ._live import SILENT, Listen, LiveChannel, live_channel, usable_url
from ._live import available as live_available
from ._replies import task_end_error
from ._tasks import load_run_times, note_run_times
from ._types import Progress, Result, Task, TaskSnapshot
from ._wire import LEGACY_TASK_REQUEST, OUTPUTS_REPLY, RUNNING

if TYPE_CHECKING:
    from ._catalog import Model
    from ._core import Core

log = logging.getLogger("runninghub")

CANCEL_GRACE = 5.0
"""The cancel sent when a wait's timeout passes gets at most this long."""
EMPTY_STATUS_READS = 3
"""Reads in a row with an empty status after which a task counts as cancelled."""


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
    yield from load_run_times(core)
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
        if channel is not None and (channel.healthy or channel.pending):
            # no status reads while the channel speaks: listen (at most SILENT s at a time), and
            # take every event it queued before its end, so the last node events are not lost
            listen = SILENT if deadline is None else max(0.0, min(SILENT, deadline - now))
            for event in (yield Listen(channel, listen)):
                notify(on_progress, Progress(t.id, "RUNNING", core.clock() - start, None, node=event), t.id)
            if (channel.healthy or channel.pending) and (deadline is None or core.clock() < deadline):
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
                learned = partial(core.run_times.observe, endpoint, running_age, core.clock() - born)
                yield from note_run_times(core, learned)
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
