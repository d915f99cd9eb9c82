"""The exceptions of the runninghub package, and how RunningHub's error codes map onto them.

Every exception raised after a task was created carries its `task_id`, so the caller can resume
with `client.wait(task_id)`. Messages never contain the API key: replies are shown truncated and
with the key redacted.
"""

from __future__ import annotations

from typing import Any

from runninghub_api import wire_tables as _wire

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BudgetExceededError",
    "CallbackError",
    "ContentPolicyError",
    "InsufficientBalanceError",
    "InvalidParamsError",
    "NotFoundError",
    "RateLimitError",
    "RunningHubError",
    "ServerInvalidParamsError",
    "SubmitOutcomeUnknownError",
    "TaskCancelledError",
    "TaskFailedError",
    "TaskTimeoutError",
    "UnpricedError",
    "UploadError",
]


class RunningHubError(Exception):
    """Base class of every error this package raises."""

    task_id: str | None = None

    def __init__(self, message: str, *, task_id: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if task_id is not None:
            self.task_id = task_id

    def __str__(self) -> str:
        if self.task_id and f"task {self.task_id}" not in self.message:
            return f"{self.message} (task {self.task_id})"
        return self.message


class InvalidParamsError(RunningHubError, ValueError):
    """The request was refused before anything was sent: unknown model, bad field or value.

    `field` is the wire name of the offending field (None for the model itself), `allowed`
    describes what would be accepted.
    """

    def __init__(
        self, message: str, *, field: str | None = None, allowed: Any = None, model: str | None = None
    ) -> None:
        super().__init__(message)
        self.field = field
        self.allowed = allowed
        self.model = model


class APIError(RunningHubError):
    """RunningHub answered with an error.

    `status_code` is the HTTP status, `error_code` RunningHub's code as a string (v2
    `errorCode` or legacy `code`; None when there was none), `message` its message, `body` the
    start of the raw reply (untrusted, key redacted), `retryable` whether trying again later
    can succeed.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        error_code: str | None = None,
        body: str | None = None,
        retryable: bool = False,
        task_id: str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, task_id=task_id)
        self.status_code = status_code
        self.error_code = error_code
        self.body = body
        self.retryable = retryable
        self.request_id = request_id

    def __str__(self) -> str:
        parts = []
        if self.status_code is not None:
            parts.append(f"HTTP {self.status_code}")
        if self.error_code:
            parts.append(f"code {self.error_code}")
        prefix = f"[{', '.join(parts)}] " if parts else ""
        return prefix + super().__str__()


class ServerInvalidParamsError(InvalidParamsError, APIError):
    """RunningHub itself refused the parameters (301, 803, 1007, ...): both an InvalidParamsError
    and an APIError, with the server's code and message."""

    def __init__(self, message: str, **kwargs: Any) -> None:
        APIError.__init__(self, message, **kwargs)
        self.field = None
        self.allowed = None
        self.model = None


class AuthenticationError(APIError):
    """The API key is missing, wrong, expired, or not allowed for this API (e.g. 1014)."""


class RateLimitError(APIError):
    """Too many requests or tasks (HTTP 429, 421 queue full, 1003, 1011, 1520...).

    `retry_after` is the server's hint in seconds, when it gave one.
    """

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("retryable", True)
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class InsufficientBalanceError(APIError):
    """The account (or enterprise key) has not enough balance for the task."""


class ContentPolicyError(APIError):
    """The input or output was rejected by content moderation (1501, 1505)."""


class NotFoundError(APIError):
    """The task, workflow or AI App does not exist (or belongs to the other site)."""


class APIConnectionError(RunningHubError):
    """RunningHub could not be reached, or the connection failed, after all retries."""


class APITimeoutError(APIConnectionError):
    """A request timed out, after all retries."""


class UploadError(RunningHubError):
    """A local file could not be uploaded as it was checked: it grew, shrank or was modified
    while it was read. Nothing was stored; upload it again once it is stable."""


class TaskFailedError(RunningHubError):
    """The task ended FAILED. `error_code`, `failed_reason` (workflow node details) and the last
    `snapshot` tell why."""

    def __init__(
        self,
        message: str,
        *,
        task_id: str,
        error_code: str | None = None,
        failed_reason: dict[str, Any] | None = None,
        snapshot: Any = None,
    ) -> None:
        super().__init__(message, task_id=task_id)
        self.error_code = error_code
        self.failed_reason = failed_reason
        self.snapshot = snapshot


class TaskCancelledError(RunningHubError):
    """The task ended cancelled (`snapshot`: the read that said so, when there was one)."""

    def __init__(self, message: str, *, task_id: str, snapshot: Any = None) -> None:
        super().__init__(message, task_id=task_id)
        self.snapshot = snapshot


class CallbackError(RunningHubError):
    """A callback of yours (`on_progress`) raised after the task was submitted. `task_id` names
    the task (it was not cancelled: `client.wait(task_id)` resumes); `__cause__` is what your
    callback raised."""

    def __init__(self, message: str, *, task_id: str) -> None:
        super().__init__(message, task_id=task_id)


class TaskTimeoutError(RunningHubError):
    """The wait's deadline passed before the task ended.

    `cancelled` says whether the task was cancelled; if not, `client.wait(task_id)` resumes.
    """

    def __init__(self, message: str, *, task_id: str, cancelled: bool, last_status: str | None = None) -> None:
        super().__init__(message, task_id=task_id)
        self.cancelled = cancelled
        self.last_status = last_status


class SubmitOutcomeUnknownError(RunningHubError):
    """A submit reached the network but no usable answer came back.

    The task may or may not exist (and may be billed). It was NOT sent again, so at most one
    task exists. `model`, `fingerprint` (sha256 of the request body) and `submitted_at` (epoch
    seconds) help to find it in the RunningHub console; `task_id` is set when the reply named a
    task (a contradictory reply); `__cause__` is the underlying failure.
    """

    def __init__(
        self, message: str, *, model: str, fingerprint: str, submitted_at: float, task_id: str | None = None
    ) -> None:
        super().__init__(message, task_id=task_id)
        self.model = model
        self.fingerprint = fingerprint
        self.submitted_at = submitted_at


class BudgetExceededError(RunningHubError):
    """A call was refused before anything was submitted: its estimated price is above the
    budget (`max_cost=`, `max_cost_per_call=`). `estimate` is the price preview (an Estimate,
    None when there was none), `limit` the budget (Decimal), `model` what was to be run."""

    def __init__(self, message: str, *, model: str, limit: Any, estimate: Any = None) -> None:
        super().__init__(message)
        self.model = model
        self.limit = limit
        self.estimate = estimate


class UnpricedError(BudgetExceededError):
    """Under a budget, a call whose price the server cannot preview (a key type that may not
    preview, a workflow or AI App) is refused unless `allow_unpriced=True`. Nothing was sent."""


# --------------------------------------------------------------------------- code mapping
# RunningHub's codes (legacy `code` and v2 `errorCode`) live once, in the spec
# (x-runninghub-error-codes, spec/components/errors.yaml); `make generate` writes them into
# runninghub_api.wire_tables and the code tables of tests/conformance/README.md and the docs.
_CLASSES: dict[str, type[RunningHubError]] = {
    "AuthenticationError": AuthenticationError,
    "InsufficientBalanceError": InsufficientBalanceError,
    "RateLimitError": RateLimitError,
    "ContentPolicyError": ContentPolicyError,
    "InvalidParamsError": InvalidParamsError,
    "NotFoundError": NotFoundError,
    "TaskFailedError": TaskFailedError,
}
_RETRYABLE = _wire.RETRYABLE_CODES
# A failed-task code on a status read that names no task: the wait loop raises TaskFailedError.
TASK_FAILED_CODES = _wire.CODES_BY_CLASS["TaskFailedError"]
# Codes that prove a submit created no task (and clear within seconds), so sending it again is safe.
SUBMIT_SAFE_TO_RETRY = _wire.RESEND_SUBMIT_CODES
# Concurrency and queue limits a submit may wait out (queue_wait).
QUEUE_FULL_CODES = _wire.QUEUE_FULL_CODES


def http_row(status_code: int | None, *, readable: bool = True) -> str:
    """The key of the x-runninghub-http-fallbacks row that reads a reply with this HTTP status
    ("404", "5xx" or "default"): an exact status wins over its class, a row for unreadable bodies
    only is skipped when the body is a JSON object (`readable`). No status: default."""
    if status_code is not None:
        for key in (str(status_code), f"{status_code // 100}xx"):
            if key in _wire.HTTP_CLASSES and (not readable or key not in _wire.HTTP_UNREADABLE_ONLY):
                return key
    return "default"


def error_class_for(code: str | None, status_code: int | None, *, readable: bool = True) -> type[RunningHubError]:
    """The exception class for a RunningHub code, falling back on the HTTP status (a code the
    table reads as a plain APIError, a status signal or no code at all; a row marked over-code,
    HTTP 429, decides first). `readable`: the body was a JSON object."""
    row = http_row(status_code, readable=readable)
    by_status = _CLASSES.get(_wire.HTTP_CLASSES[row], APIError)
    if row in _wire.HTTP_OVER_CODE:
        return by_status
    return _CLASSES.get(_wire.ERROR_CLASSES.get(code or "", ""), by_status)


def is_retryable(code: str | None, status_code: int | None, *, readable: bool = True) -> bool:
    """A code the spec's table knows decides, whatever the HTTP status (conformance README,
    rule 4), unless the status row is marked over-code (429); without one, the HTTP status row
    does. No status (no reply): not retryable here (the driver's failure decides)."""
    if status_code is None and not code:
        return False
    row = http_row(status_code, readable=readable)
    if code and code in _wire.ERROR_CLASSES and row not in _wire.HTTP_OVER_CODE:
        return code in _RETRYABLE
    return row in _wire.HTTP_RETRYABLE


def resends_submit(code: str | None, status_code: int | None, *, readable: bool = True) -> bool:
    """The reply proves a submit created no task and clears soon (x-runninghub-error-codes or
    x-runninghub-http-fallbacks marks it resend-submit): the submit may be sent again."""
    return code in SUBMIT_SAFE_TO_RETRY or http_row(status_code, readable=readable) in _wire.HTTP_RESEND_SUBMIT


def waits_out_queue(code: str | None, status_code: int | None, *, readable: bool = True) -> bool:
    """A concurrency or queue limit run_many waits out (queue-full in either table)."""
    return code in QUEUE_FULL_CODES or http_row(status_code, readable=readable) in _wire.HTTP_QUEUE_FULL


def submit_may_have_created(status_code: int | None, *, readable: bool = True) -> bool:
    """A submit answered with this status may have created its task, whatever the body says
    (submit-outcome-unknown: a redirect, a server error): it is never sent again."""
    return http_row(status_code, readable=readable) in _wire.HTTP_SUBMIT_OUTCOME_UNKNOWN


def make_api_error(
    message: str,
    *,
    code: str | None,
    status_code: int | None,
    body: str | None = None,
    task_id: str | None = None,
    retry_after: float | None = None,
    request_id: str | None = None,
    readable: bool = True,
) -> APIError:
    """An APIError (or subclass) for an error reply (`readable`: its body was a JSON object).
    Task failures and bad parameters reported by the server are APIErrors too here; the wait
    loop raises TaskFailedError itself."""
    cls: type[RunningHubError] = error_class_for(code, status_code, readable=readable)
    if cls is InvalidParamsError:
        cls = ServerInvalidParamsError
    elif not issubclass(cls, APIError):
        cls = APIError
    kwargs: dict[str, Any] = {
        "status_code": status_code,
        "error_code": code,
        "body": body,
        "retryable": is_retryable(code, status_code, readable=readable),
        "task_id": task_id,
        "request_id": request_id,
    }
    if cls is RateLimitError:
        return RateLimitError(message, retry_after=retry_after, **kwargs)
    assert issubclass(cls, APIError)
    return cls(message, **kwargs)
