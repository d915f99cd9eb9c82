"""A task once it exists, as operations of a `Core`: read its status (`query`) and cancel it;
the run-time cache's reads and writes as effects; and the operationIds of the calls that create
workflow and AI App tasks, which more than one module makes. Starting tasks is `_submits`,
waiting for them `_waiting`; `Core` binds all three.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._checks import check_task_id
from ._effects import Background, Offload, Op
from ._replies import describes_task_end
from ._types import TaskSnapshot
from ._wire import LEGACY_TASK_REQUEST, QUERY_REQUEST

if TYPE_CHECKING:
    from ._core import Core

log = logging.getLogger("runninghub")

# operationIds (spec/platform/*.yaml) of the calls more than one module makes; the routes and
# auth styles are the generated layer's (_routes).
WORKFLOW_CREATE = "create_workflow_task"
APP_RUN = "run_ai_app"


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


def note_run_times(core: Core, update: Callable[[], None]) -> Op[None]:
    """A fact for the run-time cache (a task submitted, a run time learned): when the cache is
    a file, written in the background (off the event loop, and no cancellation point between a
    created task and its return); in memory, at once."""
    if core.run_times.persists:
        yield Background(update)
    else:
        update()


def load_run_times(core: Core) -> Op[None]:
    """Read the run-time cache file before a wait plans from it (off the event loop)."""
    if core.run_times.persists:
        yield Offload(core.run_times.load)
