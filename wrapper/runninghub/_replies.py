"""Reading a reply: decoding it, the error code and message it carries, the task it names,
whether it describes a task's end, and its Retry-After.
"""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._errors import RunningHubError, TaskCancelledError, TaskFailedError
from ._types import TERMINAL, TaskSnapshot, task_id_of
from ._wire import (
    CREATE_REPLY,
    CREATED,
    ENVELOPE,
    FAILED_REASON,
    TASK,
    TASK_ALSO,
    UPLOAD_ENVELOPE,
    read,
)


# --------------------------------------------------------------------------- helpers
def _named_task(data: Any) -> str | None:
    """The task id a v2 reply names (`taskId`, or `task_id`), None when empty or absent."""
    if not isinstance(data, Mapping):
        return None
    return task_id_of(read(data, TASK.task_id, TASK_ALSO.task_id))


def _submitted_task(data: Any) -> str | None:
    """The task id a submit reply names: v2 `taskId`, or the legacy `data.taskId`."""
    named = _named_task(data)
    if named is None and isinstance(data, Mapping) and isinstance(data.get(CREATE_REPLY.data), Mapping):
        named = task_id_of(data[CREATE_REPLY.data].get(CREATED.task_id))
    return named


def _other_task(data: Any, asked: str | None) -> str | None:
    """The id of another task than `asked` that the reply names, if it does."""
    named = _named_task(data) if asked else None
    return named if named is not None and named != asked else None


def describes_task_end(data: Mapping[str, Any]) -> bool:
    """A reply that names a task and gives it an end status (SUCCESS, FAILED, CANCEL) is that
    task's state, whatever error code it also carries (README "Errors")."""
    status = str(data.get(TASK.status) or data.get(CREATED.task_status) or "").upper()
    return _named_task(data) is not None and status in TERMINAL


def _before_send(exc: httpx.TransportError) -> bool:
    """True when httpx failed before any byte of the request could reach the server."""
    return isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))


def parse_retry_after(headers: Mapping[str, str]) -> float | None:
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _error_fields(data: Any) -> tuple[str | None, str | None]:
    """RunningHub's error code and message in a reply, or (None, None) when it reports none."""
    if not isinstance(data, Mapping):
        return None, None
    if TASK.error_code in data:
        code = data.get(TASK.error_code)
        if code not in (None, "", 0, "0"):
            return str(code), str(data.get(TASK.error_message) or "")
    if ENVELOPE.code in data and not isinstance(data.get(ENVELOPE.code), bool):
        code = data.get(ENVELOPE.code)
        if code not in (0, "0", None, 200, "200"):
            return str(code), str(data.get(ENVELOPE.msg) or data.get(UPLOAD_ENVELOPE.message) or "")
    return None, None


@dataclass(frozen=True)
class Reply:
    """A decoded reply: JSON object `data` (None when the body is not a JSON object). The
    repr leaves `data` out: it is untrusted text that may echo anything."""

    response: httpx.Response
    data: dict[str, Any] | None = field(repr=False)

    @property
    def request_id(self) -> str | None:
        h = self.response.headers
        value: str | None = h.get("x-request-id") or h.get("x-trace-id") or h.get("traceid")
        return value


def decode(response: httpx.Response) -> Reply:
    try:
        data = json.loads(response.content)
    except (ValueError, RecursionError):  # RecursionError: nesting deeper than the parser goes
        return Reply(response, None)
    return Reply(response, data if isinstance(data, dict) else None)


def task_end_error(snap: TaskSnapshot, task_id: str) -> RunningHubError:
    """TaskFailedError or TaskCancelledError for a snapshot whose status is FAILED or CANCEL."""
    reason = snap.failed_reason or {}
    detail = (
        snap.error_message
        or reason.get(FAILED_REASON.exception_message)
        or (f"code {snap.error_code}" if snap.error_code else "no reason given")
    )
    if snap.cancelled:
        return TaskCancelledError(f"task {task_id} was cancelled", task_id=task_id, snapshot=snap)
    return TaskFailedError(
        f"task {task_id} failed: {detail}",
        task_id=task_id,
        error_code=snap.error_code,
        failed_reason=snap.failed_reason,
        snapshot=snap,
    )


class _OutcomeUnknown(Exception):
    """Internal: a submit failed after it may have reached the server."""

    def __init__(self, reason: str, cause: BaseException | None, task_id: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.cause = cause
        self.task_id = task_id
