"""The client's logic, written once for the sync and the async client.

Every operation is a generator that yields *effects*: `Send` (one HTTP request, answered with
an `httpx.Response` or an exception thrown back in), `Sleep` and `Fetch` (stream a URL into a
file). `RunningHub` and `AsyncRunningHub` only carry effects out, so retries, polling,
deadlines, validation and uploads behave the same in both.

Retry rules (README "Retries"):
- a submit is sent again only when the server provably did not create the task: the connection
  could not be opened, HTTP 429, or codes 415/421/1003/1011/1520, honouring Retry-After; any
  other failure after the request may have reached the server raises SubmitOutcomeUnknownError;
- queries, uploads, downloads, cancels and account reads retry on connection errors, timeouts,
  429, 5xx, HTML pages and unreadable JSON, with exponential backoff, jitter and Retry-After,
  up to `max_retries` times.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import logging
import os
import random
import secrets
import threading
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, TypeVar
from urllib.parse import urlsplit

import httpx

from . import __version__, _uploads
from ._catalog import Catalog, Model, is_local_file, prepare_params
from ._errors import (
    SUBMIT_SAFE_TO_RETRY,
    TASK_FAILED_CODES,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    InvalidParamsError,
    RateLimitError,
    RunningHubError,
    SubmitOutcomeUnknownError,
    TaskCancelledError,
    TaskFailedError,
    TaskTimeoutError,
    make_api_error,
)
from ._types import Account, Output, Progress, Result, Task, TaskSnapshot, Upload, task_id_of

log = logging.getLogger("runninghub")
T = TypeVar("T")

DEFAULT_BASE_URL = "https://www.runninghub.ai"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 3
# Enough idle connections for run_many at concurrency 50 to keep reusing its connections.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=64)
QUERY_PATH = "/openapi/v2/query"
CANCEL_PATH = "/task/openapi/cancel"
ACCOUNT_PATH = "/uc/openapi/accountStatus"
WORKFLOW_PATH = "/task/openapi/create"
APP_PATH = "/task/openapi/ai-app/run"
QUEUE_FULL = frozenset({"421", "1520", "415"})
CHUNK = 1024 * 1024


# --------------------------------------------------------------------------- effects
ByteProgress = Callable[[int, int | None], None]
"""Called with (bytes transferred so far, total bytes or None when unknown)."""


@dataclass
class Send:
    """Send one request; the driver answers with the httpx.Response (body read)."""

    method: str
    url: str
    headers: dict[str, str]
    json: Any = None
    params: dict[str, str] | None = None
    files: Callable[[], tuple[dict[str, Any], list[IO[bytes]]]] | None = None  # re-opened per attempt
    timeout: httpx.Timeout | None = None
    # a raw body streamed from a binary file (a LoRA PUT), re-opened per attempt
    content: Callable[[], tuple[IO[bytes], list[IO[bytes]]]] | None = None


@dataclass
class Sleep:
    seconds: float


@dataclass
class Fetch:
    """Stream `url` into `dest` (appending from `offset` when the server honours Range)."""

    url: str
    dest: Path
    offset: int = 0
    timeout: httpx.Timeout | None = None
    progress: ByteProgress | None = None


@dataclass
class Fetched:
    status_code: int
    expected: int | None  # total length, when the server said
    written: int  # bytes now in dest


class FetchStatusError(Exception):
    def __init__(self, status_code: int, retry_after: float | None) -> None:
        super().__init__(f"HTTP {status_code}")
        self.status_code = status_code
        self.retry_after = retry_after


Effect = Send | Sleep | Fetch | _uploads.LocalEffect
Op = Generator[Effect, Any, T]


class _OutcomeUnknown(Exception):
    """Internal: a submit failed after it may have reached the server."""

    def __init__(self, reason: str, cause: BaseException | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.cause = cause


# --------------------------------------------------------------------------- helpers
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
    if "errorCode" in data:
        code = data.get("errorCode")
        if code not in (None, "", 0, "0"):
            return str(code), str(data.get("errorMessage") or "")
    if "code" in data and not isinstance(data.get("code"), bool):
        code = data.get("code")
        if code not in (0, "0", None, 200, "200"):
            return str(code), str(data.get("msg") or data.get("message") or "")
    return None, None


@dataclass(frozen=True)
class Reply:
    """A decoded reply: JSON object `data` (None when the body is not a JSON object)."""

    response: httpx.Response
    data: dict[str, Any] | None

    @property
    def request_id(self) -> str | None:
        h = self.response.headers
        value: str | None = h.get("x-request-id") or h.get("x-trace-id") or h.get("traceid")
        return value


def decode(response: httpx.Response) -> Reply:
    try:
        data = json.loads(response.content)
    except ValueError:
        return Reply(response, None)
    return Reply(response, data if isinstance(data, dict) else None)


# Polling schedule, by output type: (first interval, growth per second of task age, longest
# interval). See README "Polling".
POLL_SCHEDULE: dict[str, tuple[float, float, float]] = {
    "image": (1.0, 0.05, 5.0),
    "string": (0.7, 0.05, 3.0),
    "audio": (1.5, 0.06, 8.0),
    "video": (3.0, 0.08, 15.0),
    "3d": (3.0, 0.08, 15.0),
}


POLL_WINDOW = 1.5
"""Inside a learned run-time window, reads are at most this far apart (s)."""


def poll_delay(output_type: str | None, age: float, window: tuple[float, float] | None, rng: random.Random) -> float:
    """Seconds to wait before the next status read of a task `age` seconds old.

    Without a window: an interval that starts short (1 s for images, 3 s for video) and grows
    with the task's age up to a cap (5 s for images, 15 s for video), with ±10 % jitter.

    With a window (lo, hi] known to hold this model's run time (learned from earlier tasks of
    this client: lo an age at which one was still running, hi one at which one was done), reads
    step through the window 1.5 s apart from lo (one read at hi when the window is narrower), so
    the end is noticed within 1.5 s; past the window, short reads (0.5 s, growing) until done.
    """
    first, growth, cap = POLL_SCHEDULE.get(output_type or "", POLL_SCHEDULE["image"])
    base = min(cap, first + growth * age)
    if window is not None:
        lo, hi = max(window[0], age), window[1]
        if age < hi:
            target = min(hi, lo + POLL_WINDOW)
            return max(0.02, target - age) + rng.uniform(0.0, 0.05)
        return min(base, 0.5 + 0.25 * (age - hi)) * rng.uniform(0.9, 1.1)
    return base * rng.uniform(0.9, 1.1)


class RunTimes:
    """What this client learned of each endpoint's run time: a window (lo, hi] (thread-safe).

    Each finished task gives its own window: the age of its last read that found it running
    (0 when none did) and the age of the read that found it done. Windows intersect, so they
    narrow; an observation outside the window (the model got slower) restarts from it; a task
    done at its first read lowers lo a little, so a model that gets faster is noticed too.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._windows: dict[str, tuple[float, float]] = {}

    def get(self, endpoint: str | None) -> tuple[float, float] | None:
        if not endpoint:
            return None
        with self._lock:
            return self._windows.get(endpoint)

    def observe(self, endpoint: str | None, running_age: float, done_age: float, first_read: bool) -> None:
        if not endpoint or done_age <= 0:
            return
        with self._lock:
            old = self._windows.get(endpoint)
            if old is None:
                lo, hi = running_age, done_age
            else:
                lo, hi = max(old[0], running_age), min(old[1], done_age)
                if lo >= hi:  # the run time moved outside what was known: start again from this task
                    lo, hi = running_age, done_age
                elif first_read:
                    lo = max(0.0, lo - 0.05 * hi)
            self._windows[endpoint] = (lo, hi)


@dataclass
class Settings:
    api_key: str | None
    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    max_retry_after: float = 60.0
    max_poll_failures: int = 10
    explicit_timeout: bool = False  # apply `timeout` per request (else the HTTP client's own)
    user_agent: str = f"runninghub-python/{__version__}"


def configure_logging_from_env() -> None:
    """RUNNINGHUB_LOG=debug (or info, warning) sends the `runninghub` logger to stderr."""
    level = os.environ.get("RUNNINGHUB_LOG", "").upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR") or getattr(log, "_from_env", False):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(level)
    log._from_env = True  # type: ignore[attr-defined]


def _resolve_settings(
    api_key: str | None, base_url: str | None, timeout: float | httpx.Timeout | None, max_retries: int | None
) -> Settings:
    key = api_key if api_key is not None else os.environ.get("RUNNINGHUB_API_KEY")
    url = (base_url or os.environ.get("RUNNINGHUB_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidParamsError(f"base_url must be an http(s) URL, got {url!r}", field="base_url")
    if timeout is None:
        to = DEFAULT_TIMEOUT
    elif isinstance(timeout, httpx.Timeout):
        to = timeout
    else:
        to = httpx.Timeout(float(timeout))
    return Settings(
        api_key=key.strip() if key else None,
        base_url=url,
        timeout=to,
        explicit_timeout=timeout is not None,
        max_retries=DEFAULT_MAX_RETRIES if max_retries is None else max(0, int(max_retries)),
    )


def _node_list(nodes: Iterable[Any]) -> list[dict[str, Any]]:
    """nodeInfoList items from dicts or (nodeId, fieldName, fieldValue) tuples."""
    out = []
    for item in nodes:
        if isinstance(item, Mapping):
            node = dict(item)
        elif isinstance(item, Sequence) and not isinstance(item, str) and len(item) == 3:
            node = {"nodeId": item[0], "fieldName": item[1], "fieldValue": item[2]}
        else:
            raise InvalidParamsError(
                f"nodeInfoList items are dicts or (nodeId, fieldName, fieldValue) tuples, got {item!r}",
                field="nodeInfoList",
            )
        for key in ("nodeId", "fieldName"):
            if key not in node:
                raise InvalidParamsError(f"nodeInfoList item {node!r} has no {key}", field="nodeInfoList")
            node[key] = str(node[key])
        if "fieldValue" not in node:
            raise InvalidParamsError(f"nodeInfoList item {node!r} has no fieldValue", field="nodeInfoList")
        out.append(node)
    return out


# --------------------------------------------------------------------------- the core
class Core:
    """State shared by one client: settings, catalog, upload cache, learned durations."""

    def __init__(self, settings: Settings, catalog: Callable[[], Catalog]) -> None:
        self.settings = settings
        self._catalog = catalog
        self.uploads = _uploads.UploadCache()  # shared by with_options copies
        self.run_times = RunTimes()
        self.rng = random.Random()  # noqa: S311 - jitter, not security

    @property
    def catalog(self) -> Catalog:
        return self._catalog()

    # ---- request building
    def _key(self) -> str:
        if not self.settings.api_key:
            raise AuthenticationError(
                "no API key: pass RunningHub(api_key=...) or set RUNNINGHUB_API_KEY", error_code=None
            )
        return self.settings.api_key

    def _headers(self, bearer: bool) -> dict[str, str]:
        headers = {"User-Agent": self.settings.user_agent, "Accept": "application/json"}
        if bearer:
            headers["Authorization"] = f"Bearer {self._key()}"
        return headers

    def request_timeout(self) -> httpx.Timeout | None:
        """The per-request timeout: the client's `timeout` when one was given, else None (the
        HTTP client's own, which is `timeout` for a client this SDK created)."""
        return self.settings.timeout if self.settings.explicit_timeout else None

    def v2(self, path: str, body: Any = None, *, files: Any = None) -> Send:
        url = self.settings.base_url + path
        return Send("POST", url, self._headers(True), json=body, files=files, timeout=self.request_timeout())

    def legacy(self, path: str, body: dict[str, Any], *, key_field: str = "apiKey") -> Send:
        url, body = self.settings.base_url + path, {key_field: self._key(), **body}
        return Send("POST", url, self._headers(False), json=body, timeout=self.request_timeout())

    def redact(self, text: str) -> str:
        key = self.settings.api_key
        return text.replace(key, "***") if key and len(key) >= 4 else text

    def _body_excerpt(self, response: httpx.Response) -> str:
        return self.redact(response.content[:500].decode("utf-8", "replace"))

    def backoff(self, attempt: int, retry_after: float | None) -> float:
        s = self.settings
        delay: float = min(s.backoff_cap, s.backoff_base * 2.0**attempt) * self.rng.uniform(0.5, 1.0)
        if retry_after is not None:
            delay = max(delay, min(retry_after, s.max_retry_after))
        return delay

    def classify(self, reply: Reply, task_id: str | None) -> APIError:
        """The error an error reply stands for (tests/conformance/README.md, "How a reply is read")."""
        response, status = reply.response, reply.response.status_code
        label = f"{response.request.method} {response.request.url.path}" if response._request else "request"
        code, message = _error_fields(reply.data)
        retry_after = parse_retry_after(response.headers)
        body = self._body_excerpt(response)
        if status == 429:
            return RateLimitError(
                f"{label}: rate limited ({self.redact(message or '') or 'HTTP 429'})",
                retry_after=retry_after,
                status_code=status,
                error_code=code,
                body=body,
                task_id=task_id,
                request_id=reply.request_id,
            )
        if reply.data is None:
            kind = "an HTML page" if b"<html" in response.content[:512].lower() else "a reply that is not JSON"
            cls = AuthenticationError if status in (401, 403) else APIError
            retryable = cls is APIError and (status < 300 or status == 408 or status >= 500)
            return cls(
                f"{label}: RunningHub answered HTTP {status} with {kind}",
                status_code=status,
                body=body,
                retryable=retryable,
                task_id=task_id,
                request_id=reply.request_id,
            )
        return make_api_error(
            f"{label}: {self.redact(message or '') or response.reason_phrase or 'error'}",
            code=code,
            status_code=status,
            body=body,
            task_id=task_id,
            retry_after=retry_after,
            request_id=reply.request_id,
        )

    # ---- one request, with the retry rules
    def call(
        self,
        send: Send,
        *,
        submit: bool = False,
        queue_wait: bool = False,
        max_retries: int | None = None,
        deadline: float | None = None,
        accept: Callable[[dict[str, Any]], bool] | None = None,
        task_id: str | None = None,
    ) -> Op[Reply]:
        """Send `send` until it succeeds or the rules say stop; return the decoded reply.

        `accept(data)` may declare a reply that carries an error code a valid result (a query
        of a FAILED task). With `submit`, only provably-not-created failures are retried, and
        `queue_wait` retries queue-full answers without limit (run_many).
        """
        retries = self.settings.max_retries if max_retries is None else max_retries
        attempt = 0
        label = f"{send.method} {urlsplit(send.url).path}"
        while True:
            started = time.monotonic()
            try:
                response = yield send
            except httpx.TransportError as exc:
                elapsed = time.monotonic() - started
                log.debug("%s failed after %.0f ms: %s", label, elapsed * 1000, type(exc).__name__)
                if isinstance(exc, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
                    raise APIConnectionError(f"{label}: {exc}") from exc
                if submit and not _before_send(exc):
                    raise _OutcomeUnknown(
                        f"the connection failed after the request was sent ({type(exc).__name__})", exc
                    ) from exc
                error_cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
                error: RunningHubError = error_cls(
                    f"{label}: {type(exc).__name__}: {self.redact(str(exc)) or 'connection failed'}", task_id=task_id
                )
                error.__cause__ = exc
                retry_after = None
            else:
                reply = decode(response)
                status = response.status_code
                log.debug(
                    "%s -> %s in %.0f ms (request id %s)",
                    label,
                    status,
                    (time.monotonic() - started) * 1000,
                    reply.request_id,
                )
                code = _error_fields(reply.data)[0]
                if reply.data is not None and status < 400 and (code is None or (accept and accept(reply.data))):
                    return reply
                retry_after = parse_retry_after(response.headers)
                error = self.classify(reply, task_id)
                if submit:
                    provably_refused = status == 429 or (code in SUBMIT_SAFE_TO_RETRY)
                    if not provably_refused:
                        # a server error may come after the task was created: never resend
                        if status >= 500 or (error.retryable and not isinstance(error, RateLimitError)):
                            raise _OutcomeUnknown(str(error), error)
                        raise error
                    if queue_wait and (code in QUEUE_FULL or status == 429):
                        attempt = min(attempt, 2)  # keep waits short (<= 2 s) while slots free up
                        retries = attempt + 1
                elif not (isinstance(error, APIError) and error.retryable):
                    raise error
            if attempt >= retries:
                raise error
            delay = self.backoff(attempt, retry_after)
            if deadline is not None and time.monotonic() + delay > deadline:
                raise error
            log.debug("%s: retry %d in %.2f s", label, attempt + 1, delay)
            attempt += 1
            yield Sleep(delay)

    # ---- operations
    def resolve_model(self, model: str, validate: bool) -> Model:
        if validate or model in self.catalog:
            return self.catalog.get(model)
        endpoint = model.strip().removeprefix("/openapi/v2/").strip("/")
        if not endpoint:
            raise InvalidParamsError("model must not be empty", field=None)
        return Model(name=endpoint, endpoint=endpoint, operation_id="", category="other", output_type="image")

    def submit(
        self,
        model_name: str,
        params: Mapping[str, Any] | None,
        fields: Mapping[str, Any],
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        queue_wait: bool = False,
    ) -> Op[Task]:
        if isinstance(params, (str, bytes)) or (params is not None and not isinstance(params, Mapping)):
            raise InvalidParamsError("params must be a mapping of wire names to values", field=None)
        merged = {**(params or {}), **fields}
        if webhook_url is not None:
            merged["webhookUrl"] = webhook_url
        model = self.resolve_model(model_name, validate)
        body = prepare_params(model, merged) if validate else dict(merged)
        self._key()
        for name, value in list(body.items()):
            if isinstance(value, (list, tuple)) and any(is_local_file(v) for v in value):
                items = []
                for v in value:
                    items.append((yield from self.upload(v)).url if is_local_file(v) else v)
                body[name] = items
            elif is_local_file(value):
                body[name] = (yield from self.upload(value)).url
        fingerprint = hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()
        submitted_at = time.time()
        try:
            reply = yield from self.call(self.v2(model.path, body), submit=True, queue_wait=queue_wait)
        except _OutcomeUnknown as unknown:
            raise SubmitOutcomeUnknownError(
                f"submitting {model.name} may or may not have created a task: {unknown.reason}. It was not "
                f"sent again; check the RunningHub console before retrying (body sha256 {fingerprint[:16]}...)",
                model=model.name,
                fingerprint=fingerprint,
                submitted_at=submitted_at,
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
        return Task(
            id=snapshot.task_id,
            model=model.name,
            endpoint=model.endpoint,
            output_type=model.output_type,
            submitted_at=submitted_at,
            status=snapshot.status or "QUEUED",
            raw=reply.data,
        )

    def _create_legacy(self, path: str, body: dict[str, Any], label: str, queue_wait: bool = False) -> Op[Task]:
        submitted_at = time.time()
        fingerprint = hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()
        try:
            reply = yield from self.call(self.legacy(path, body), submit=True, queue_wait=queue_wait)
        except _OutcomeUnknown as unknown:
            raise SubmitOutcomeUnknownError(
                f"starting {label} may or may not have created a task: {unknown.reason}. It was not sent again.",
                model=label,
                fingerprint=fingerprint,
                submitted_at=submitted_at,
            ) from unknown.cause
        data = (reply.data or {}).get("data")
        tid = task_id_of(data.get("taskId")) if isinstance(data, Mapping) else None
        if not tid:
            raise SubmitOutcomeUnknownError(
                f"starting {label}: the reply has no task id; a task may exist",
                model=label,
                fingerprint=fingerprint,
                submitted_at=submitted_at,
            )
        status = str(data.get("taskStatus") or "QUEUED") if isinstance(data, Mapping) else "QUEUED"
        return Task(
            id=tid,
            model=label,
            endpoint=None,
            output_type=None,
            submitted_at=submitted_at,
            status=status,
            raw=reply.data or {},
        )

    def _node_values(self, nodes: Iterable[Any]) -> Op[list[dict[str, Any]]]:
        out = _node_list(nodes)
        for node in out:
            if is_local_file(node["fieldValue"]):
                upload = yield from self.upload(node["fieldValue"])
                node["fieldValue"] = upload.file_name or upload.url
        return out

    def submit_workflow(
        self,
        workflow_id: str,
        nodes: Iterable[Any],
        *,
        webhook_url: str | None,
        instance_type: str | None,
        add_metadata: bool | None,
        use_personal_queue: bool | None,
        workflow: str | None,
    ) -> Op[Task]:
        body: dict[str, Any] = {"workflowId": str(workflow_id)}
        node_list = yield from self._node_values(nodes)
        if node_list:
            body["nodeInfoList"] = node_list
        for key, value in (
            ("webhookUrl", webhook_url),
            ("instanceType", instance_type),
            ("addMetadata", add_metadata),
            ("usePersonalQueue", use_personal_queue),
            ("workflow", workflow),
        ):
            if value is not None:
                body[key] = value
        return (yield from self._create_legacy(WORKFLOW_PATH, body, f"workflow {workflow_id}"))

    def submit_app(
        self, webapp_id: str, nodes: Iterable[Any], *, webhook_url: str | None, instance_type: str | None
    ) -> Op[Task]:
        body: dict[str, Any] = {"webappId": str(webapp_id), "nodeInfoList": (yield from self._node_values(nodes))}
        if webhook_url is not None:
            body["webhookUrl"] = webhook_url
        if instance_type is not None:
            body["instanceType"] = instance_type
        return (yield from self._create_legacy(APP_PATH, body, f"AI App {webapp_id}"))

    def query(self, task_id: str, *, deadline: float | None = None) -> Op[TaskSnapshot]:
        """One status read. A reply whose code says the task failed (805, 1006, 1015, 1504)
        raises TaskFailedError with the reply's details; other codes raise their error."""
        tid = str(task_id)
        reply = yield from self.call(
            self.v2(QUERY_PATH, {"taskId": tid}),
            deadline=deadline,
            task_id=tid,
            accept=lambda d: _error_fields(d)[0] in TASK_FAILED_CODES,
        )
        assert reply.data is not None
        snap = TaskSnapshot.from_reply(reply.data, tid)
        if snap.error_code in TASK_FAILED_CODES:
            reason = snap.failed_reason or {}
            detail = snap.error_message or reason.get("exception_message") or f"code {snap.error_code}"
            raise TaskFailedError(
                f"task {tid} failed: {detail}",
                task_id=tid,
                error_code=snap.error_code,
                failed_reason=snap.failed_reason,
                snapshot=snap,
            )
        return snap

    def cancel(self, task_id: str) -> Op[None]:
        yield from self.call(self.legacy(CANCEL_PATH, {"taskId": str(task_id)}), task_id=str(task_id))
        log.debug("cancelled task %s", task_id)

    def account(self) -> Op[Account]:
        reply = yield from self.call(self.legacy(ACCOUNT_PATH, {}, key_field="apikey"))
        return Account.from_reply((reply.data or {}).get("data"))

    def upload(self, source: Any, file_name: str | None = None, on_progress: ByteProgress | None = None) -> Op[Upload]:
        return _uploads.upload(self, source, file_name, on_progress)

    def check_batch(self, model: str, params_list: Sequence[Mapping[str, Any]], concurrency: int) -> None:
        """run_many checks every input before it sends anything."""
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        resolved = self.catalog.get(model)
        for params in params_list:
            prepare_params(resolved, params)

    def run(
        self,
        model: str,
        params: Mapping[str, Any] | None,
        fields: Mapping[str, Any],
        *,
        timeout: float | None,
        on_progress: Callable[[Progress], None] | None,
        webhook_url: str | None,
        cancel_on_timeout: bool,
        validate: bool,
        queue_wait: bool = False,
    ) -> Op[Result]:
        """Submit, then wait; `timeout` counts from the start of the submit."""
        started = time.monotonic()
        task = yield from self.submit(
            model, params, fields, webhook_url=webhook_url, validate=validate, queue_wait=queue_wait
        )
        if on_progress is not None:
            on_progress(Progress(task.id, task.status, time.monotonic() - started, None))
        first = TaskSnapshot.from_reply(task.raw, task.id)
        if first.succeeded and first.outputs:  # some endpoints answer with the result at once
            return Result(
                task_id=task.id,
                status=first.status,
                outputs=first.outputs,
                usage=first.usage,
                raw=first.raw,
                elapsed=time.monotonic() - started,
            )
        return (
            yield from self.wait(
                task, timeout=timeout, on_progress=on_progress, cancel_on_timeout=cancel_on_timeout, started=started
            )
        )

    def wait(
        self,
        task: Task | str,
        *,
        timeout: float | None,
        on_progress: Callable[[Progress], None] | None,
        cancel_on_timeout: bool,
        started: float | None = None,
    ) -> Op[Result]:
        t = task if isinstance(task, Task) else Task(id=str(task), submitted_at=0.0)
        start = time.monotonic() if started is None else started
        deadline = start + timeout if timeout is not None else None
        # when the task was created, on the monotonic clock (the wait's start when unknown)
        born = time.monotonic() - max(0.0, time.time() - t.submitted_at) if t.submitted_at else start
        window = self.run_times.get(t.endpoint) if t.submitted_at else None
        last_status: str | None = None
        failures = 0
        reads = 0
        running_age = 0.0  # age at the last read that found the task not done
        while True:
            now = time.monotonic()
            age = now - born
            known = (max(window[0], running_age), window[1]) if window else None
            delay = poll_delay(t.output_type, age, known, self.rng)
            if deadline is not None:
                delay = max(0.0, min(delay, deadline - now))
            if delay:
                yield Sleep(delay)
            sent_age = time.monotonic() - born
            reads += 1
            try:
                snap = yield from self.query(t.id, deadline=deadline)
            except TaskFailedError as exc:
                if on_progress is not None:
                    on_progress(Progress(t.id, "FAILED", time.monotonic() - start, exc.snapshot))
                raise
            except (APIConnectionError, APIError) as exc:
                retryable = isinstance(exc, APIConnectionError) or (isinstance(exc, APIError) and exc.retryable)
                failures += 1
                if not retryable or failures > self.settings.max_poll_failures:
                    exc.task_id = t.id
                    raise
                log.warning("task %s: status read failed (%s); still waiting", t.id, exc)
            else:
                failures = 0
                elapsed = time.monotonic() - start
                if snap.status != last_status:
                    last_status = snap.status
                    if on_progress is not None:
                        on_progress(Progress(t.id, snap.status, elapsed, snap))
                if not snap.done:
                    running_age = sent_age
                if snap.succeeded:
                    if t.submitted_at:
                        self.run_times.observe(t.endpoint, running_age, time.monotonic() - born, reads == 1)
                    return Result(
                        task_id=snap.task_id or t.id,
                        status=snap.status,
                        outputs=snap.outputs,
                        usage=snap.usage,
                        error_code=snap.error_code,
                        error_message=snap.error_message,
                        failed_reason=snap.failed_reason,
                        raw=snap.raw,
                        elapsed=elapsed,
                    )
                if snap.failed:
                    reason = snap.failed_reason or {}
                    detail = snap.error_message or reason.get("exception_message") or "no reason given"
                    raise TaskFailedError(
                        f"task {t.id} failed: {detail}",
                        task_id=t.id,
                        error_code=snap.error_code,
                        failed_reason=snap.failed_reason,
                        snapshot=snap,
                    )
                if snap.cancelled:
                    raise TaskCancelledError(f"task {t.id} was cancelled", task_id=t.id)
            if deadline is not None and time.monotonic() >= deadline:
                cancelled = False
                if cancel_on_timeout:
                    try:
                        yield from self.cancel(t.id)
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

    def download(
        self, output: Output, dest: Path, *, overwrite: bool = True, on_progress: ByteProgress | None = None
    ) -> Op[Path]:
        target = _target_path(output, dest)
        if target.exists() and not overwrite:
            raise FileExistsError(f"{target} exists (overwrite=False)")
        if not output.url:
            if output.text is None:
                raise APIError(f"output {output.index} of task {output.task_id} has no URL and no text")
            tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
            tmp.write_text(output.text, encoding="utf-8")
            os.replace(tmp, target)
            return target
        scheme = urlsplit(output.url).scheme.lower()
        if scheme not in ("http", "https"):
            raise APIError(
                f"refusing to download output {output.index} of task {output.task_id} from a "
                f"{scheme or 'relative'} URL",
                task_id=output.task_id,
            )
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        attempt = 0
        try:
            while True:
                offset = tmp.stat().st_size if tmp.exists() else 0
                try:
                    got: Fetched = yield Fetch(output.url, tmp, offset, self.request_timeout(), on_progress)
                    if got.expected is not None and got.written != got.expected:
                        raise httpx.ReadError(f"got {got.written} of {got.expected} bytes")
                    os.replace(tmp, target)
                    log.debug(
                        "saved output %d of task %s to %s (%d bytes)", output.index, output.task_id, target, got.written
                    )
                    return target
                except (httpx.TransportError, FetchStatusError) as exc:
                    status = exc.status_code if isinstance(exc, FetchStatusError) else None
                    retryable = status is None or status in (408, 425, 429) or status >= 500
                    if not retryable or attempt >= self.settings.max_retries:
                        msg = f"downloading output {output.index} of task {output.task_id} failed: {exc}"
                        if status is not None:
                            raise APIError(
                                msg, status_code=status, task_id=output.task_id, retryable=retryable
                            ) from exc
                        raise APIConnectionError(msg, task_id=output.task_id) from exc
                    delay = self.backoff(attempt, exc.retry_after if isinstance(exc, FetchStatusError) else None)
                    attempt += 1
                    yield Sleep(delay)
        finally:
            if tmp.exists():
                tmp.unlink()


def _target_path(output: Output, dest: Path) -> Path:
    """Where an output goes: inside `dest` when it is a directory (an existing one, or a path
    without a file extension), named by task id and index and never by anything in the URL;
    else `dest` itself."""
    if dest.is_dir() or not dest.suffix:
        dest.mkdir(parents=True, exist_ok=True)
        return dest / output.default_filename
    dest.parent.mkdir(parents=True, exist_ok=True)
    return dest


# --------------------------------------------------------------------------- sync driver
def advance(op: Op[T], value: Any, error: BaseException | None) -> tuple[bool, Any]:
    """One step of an operation: (True, its result) when it finished, else (False, the next
    effect). `error` is thrown into it, else `value` is sent."""
    try:
        return False, (op.throw(error) if error is not None else op.send(value))
    except StopIteration as stop:
        return True, stop.value


def run_sync(op: Op[T], client: httpx.Client) -> T:
    """Carry out an operation's effects with a blocking httpx.Client."""
    value: Any = None
    error: BaseException | None = None
    while True:
        done, effect = advance(op, value, error)
        if done:
            return effect  # type: ignore[no-any-return]
        value, error = None, None
        try:
            if isinstance(effect, Send):
                value = send_sync(client, effect)
            elif isinstance(effect, Sleep):
                time.sleep(effect.seconds)
            elif isinstance(effect, _uploads.LocalEffect):
                value = effect.sync()
            else:
                value = fetch_sync(client, effect)
        except Exception as exc:
            error = exc


def open_request(send: Send) -> tuple[dict[str, Any], list[IO[bytes]]]:
    """httpx.request keyword arguments for `send`, and the file handles to close afterwards."""
    files, handles = send.files() if send.files is not None else (None, [])
    kwargs = {
        "headers": send.headers,
        "json": send.json,
        "params": send.params,
        "files": files,
        "timeout": send.timeout if send.timeout is not None else httpx.USE_CLIENT_DEFAULT,
    }
    if send.content is not None:
        kwargs["content"], more = send.content()
        handles = [*handles, *more]
    return kwargs, handles


async def aiter_file(f: IO[bytes]) -> AsyncIterator[bytes]:
    """A raw file body for httpx.AsyncClient (which cannot read a sync file itself)."""
    aiter_chunks = getattr(f, "aiter_chunks", None)  # an upload body reads off the event loop itself
    if aiter_chunks is not None:
        async for chunk in aiter_chunks():
            yield chunk
        return
    while chunk := f.read(CHUNK):
        yield chunk


def send_sync(client: httpx.Client, send: Send) -> httpx.Response:
    kwargs, handles = open_request(send)
    try:
        return client.request(send.method, send.url, **kwargs)
    finally:
        for h in handles:
            h.close()


def _fetch_headers(fetch: Fetch) -> dict[str, str]:
    headers = {"Accept-Encoding": "identity"}
    if fetch.offset:
        headers["Range"] = f"bytes={fetch.offset}-"
    return headers


def _fetch_open(fetch: Fetch, response: httpx.Response) -> tuple[IO[bytes], int | None]:
    if response.status_code >= 400:
        raise FetchStatusError(response.status_code, parse_retry_after(response.headers))
    resume = bool(fetch.offset) and response.status_code == 206
    start = fetch.offset if resume else 0
    length = response.headers.get("content-length")
    expected = (
        start + int(length) if length and length.isdigit() and not response.headers.get("content-encoding") else None
    )
    f = fetch.dest.open("ab" if resume else "wb")
    return f, expected


def fetch_sync(client: httpx.Client, fetch: Fetch) -> Fetched:
    # No Authorization header: result URLs are on other hosts and must never see the key.
    with client.stream(
        "GET",
        fetch.url,
        headers=_fetch_headers(fetch),
        follow_redirects=True,
        timeout=fetch.timeout if fetch.timeout is not None else httpx.USE_CLIENT_DEFAULT,
    ) as response:
        f, expected = _fetch_open(fetch, response)
        with f:
            for chunk in response.iter_bytes(CHUNK):
                f.write(chunk)
                if fetch.progress is not None:
                    fetch.progress(f.tell(), expected)
            written = f.tell()
    return Fetched(response.status_code, expected, written)
