"""The client's logic, written once for the sync and the async client.

Every operation is a generator that yields *effects*: `Send` (one HTTP request, answered with
an `httpx.Response` or an exception thrown back in), `Sleep` and `Fetch` (stream a URL into a
file). `RunningHub` and `AsyncRunningHub` only carry effects out, so retries, polling,
deadlines, validation and uploads behave the same in both.

Retry rules (README "Retries", docs/errors-and-retries.md):
- a submit is sent again only when the server provably did not create the task: the connection
  could not be opened, HTTP 429, or codes 415/421/1003/1011/1520 in a reply that names no task,
  honouring Retry-After; anything else that goes wrong after the request may have reached the
  server (unreadable replies included) raises SubmitOutcomeUnknownError;
- queries, uploads, downloads, cancels and account reads retry on connection errors, timeouts,
  429, 5xx, HTML pages and unreadable JSON, with exponential backoff, jitter and Retry-After,
  up to `max_retries` times;
- a `deadline` bounds it all: each request gets what is left of it (drivers cut a reply that
  is still arriving), and no wait is slept that would pass it;
- a reply that names a task and gives it an end status (FAILED with any code, CANCEL) is the
  task's state, not a failed request; a reply about another task than the one asked is an error.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

from . import _downloads, _routes, _tasks, _uploads
from ._bounded import ReplyTooLarge, UnreadableBody
from ._catalog import Catalog, Model
from ._checks import (
    NODES,
    _node_list,
    check_callback,
    check_finite,
    check_model,
    check_task_id,
    check_timeout,
    notify,
)
from ._effects import ByteProgress, Effect, Fetch, Fetched, FetchStatusError, Op, Send, Sleep, advance, scrub
from ._errors import (
    QUEUE_FULL_CODES,
    SUBMIT_SAFE_TO_RETRY,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    InvalidParamsError,
    RateLimitError,
    RunningHubError,
    make_api_error,
)
from ._polling import RunTimes
from ._replies import (
    Reply,
    _before_send,
    _error_fields,
    _named_task,
    _other_task,
    _OutcomeUnknown,
    _submitted_task,
    decode,
    describes_task_end,
    parse_retry_after,
    task_end_error,
)
from ._secret import AuthHeaders, Secret, redact
from ._settings import (
    DEFAULT_BASE_URL,
    DEFAULT_LIMITS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    Settings,
    _resolve_settings,
    check_api_key,
    configure_logging_from_env,
)
from ._sync_driver import (
    CHUNK,
    STALL_TIMEOUT,
    _fetch_headers,
    _fetch_open,
    aiter_file,
    build_request,
    fetch_progress,
    fetch_sync,
    open_request,
    request_timeout_for,
    run_sync,
    send_sync,
    within_sync,
)
from ._tasks import APP_RUN, CANCEL_GRACE, EMPTY_STATUS_READS, WORKFLOW_CREATE
from ._types import Account, Upload
from ._wire import ACCOUNT_REPLY

if TYPE_CHECKING:
    from runninghub_api.api import Route

# What other modules and the tests import from here (most of it lives in the modules it
# re-exports: _checks, _effects, _replies, _settings, _sync_driver, _tasks).
__all__ = [
    "APP_RUN",
    "CANCEL_GRACE",
    "CHUNK",
    "DEFAULT_BASE_URL",
    "DEFAULT_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "EMPTY_STATUS_READS",
    "NODES",
    "STALL_TIMEOUT",
    "WORKFLOW_CREATE",
    "ByteProgress",
    "Core",
    "Effect",
    "Fetch",
    "FetchStatusError",
    "Fetched",
    "Op",
    "Reply",
    "Send",
    "Settings",
    "Sleep",
    "_before_send",
    "_error_fields",
    "_fetch_headers",
    "_fetch_open",
    "_named_task",
    "_node_list",
    "_other_task",
    "_resolve_settings",
    "_submitted_task",
    "advance",
    "aiter_file",
    "build_request",
    "check_api_key",
    "check_callback",
    "check_finite",
    "check_model",
    "check_task_id",
    "check_timeout",
    "configure_logging_from_env",
    "decode",
    "describes_task_end",
    "fetch_progress",
    "fetch_sync",
    "notify",
    "open_request",
    "parse_retry_after",
    "request_timeout_for",
    "run_sync",
    "scrub",
    "send_sync",
    "task_end_error",
    "within_sync",
]

log = logging.getLogger("runninghub")

AUTH_STYLES = frozenset({"bearer", "body", "query", "none"})  # runninghub_api.api.Route.auth
QUEUE_FULL = QUEUE_FULL_CODES  # from the spec (x-runninghub-error-codes, queue-full)


# --------------------------------------------------------------------------- the core
class Core:
    """State shared by one client: settings, catalog, upload cache, learned durations."""

    def __init__(self, settings: Settings, catalog: Callable[[], Catalog]) -> None:
        self.settings = settings
        self._catalog = catalog
        self.uploads = _uploads.UploadCache()  # shared by with_options copies
        self.run_times = RunTimes.default()
        self.rng = random.Random()  # noqa: S311 - jitter, not security
        # Time as the core sees it: replaced in tests (tests/fake_driver.py) by a virtual clock.
        self.clock: Callable[[], float] = time.monotonic
        self.wall: Callable[[], float] = time.time

    @property
    def catalog(self) -> Catalog:
        return self._catalog()

    def after_fork(self) -> None:
        """In a child process: locks another thread may have held at fork() are replaced, and
        the jitter generator is reseeded (parent and child must not retry in step)."""
        self.run_times._lock = threading.Lock()
        self.rng = random.Random()  # noqa: S311 - jitter, not security
        self.uploads.after_fork()

    # ---- request building
    def _key(self) -> Secret:
        """The API key (a Secret: put it in a body or params as is, the driver reveals it)."""
        if not self.settings.api_key:
            raise AuthenticationError(
                "no API key: pass RunningHub(api_key=...) or set RUNNINGHUB_API_KEY", error_code=None
            )
        return self.settings.api_key

    def _headers(self, bearer: bool) -> dict[str, str]:
        # Accept-Encoding identity: replies are read raw and bounded (a compressed one is still
        # decoded, within max_reply_bytes).
        headers = {"User-Agent": self.settings.user_agent, "Accept": "application/json", "Accept-Encoding": "identity"}
        return AuthHeaders(headers, self._key()) if bearer else headers

    def budget_left(self, deadline: float | None) -> float | None:
        return None if deadline is None else deadline - self.clock()

    def request_timeout(self) -> httpx.Timeout | None:
        """The per-request timeout: the client's `timeout` when one was given, else None (the
        HTTP client's own, which is `timeout` for a client this SDK created)."""
        return self.settings.timeout if self.settings.explicit_timeout else None

    def request(
        self,
        operation_id: str,
        body: Any = None,
        *,
        path_params: Mapping[str, str] | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> Send:
        """The request of an operation, built from its generated route (_routes): method, path
        (its `{name}` parameters filled from `path_params`) and the auth style the spec declares
        (the bearer header, or the key in the body or query field it names)."""
        route = _routes.route(operation_id)
        return self.send_route(route._replace(path=_routes.path_of(operation_id, path_params)), body, params)

    def send_route(self, route: Route, body: Any = None, params: Mapping[str, Any] | None = None) -> Send:
        """The request for `route` (its path already filled in)."""
        url = self.settings.base_url + route.path
        query = dict(params) if params is not None else None
        if route.auth not in AUTH_STYLES or (route.auth in ("body", "query") and not route.key_field):
            raise LookupError(f"{route.operation_id}: unknown auth {route.auth!r} (key field {route.key_field!r})")
        key_field = route.key_field or ""
        if route.auth == "body":
            body = {key_field: self._key(), **(body or {})}
        elif route.auth == "query":
            query = {key_field: self._key(), **(query or {})}
        headers = self._headers(route.auth == "bearer")
        return Send(route.method, url, headers, json=body, params=query, timeout=self.request_timeout())

    def redact(self, text: str) -> str:
        """`text` without the key in any form (as is, URL-encoded, JSON-escaped, any case)."""
        return redact(text, self.settings.api_key)

    def _body_excerpt(self, response: httpx.Response) -> str:
        # redact first, then cut: a key straddling the cut would otherwise show its first half
        return self.redact(response.content[:8192].decode("utf-8", "replace"))[:500]

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
    def _driver_error(self, label: str, exc: Exception, task_id: str | None) -> tuple[RunningHubError, bool]:
        """The error for something the driver could not do, and whether trying again can help."""
        if isinstance(exc, ReplyTooLarge):
            return APIError(f"{label}: {exc}; raise it with RunningHub(max_reply_bytes=...)", task_id=task_id), False
        if isinstance(exc, (UnreadableBody, httpx.DecodingError)):
            return APIError(
                f"{label}: unreadable reply: {self.redact(str(exc))}", task_id=task_id, retryable=True
            ), True
        if isinstance(exc, httpx.TransportError):
            cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
            what = self.redact(str(exc)) or "connection failed"
            return cls(f"{label}: {type(exc).__name__}: {what}", task_id=task_id), True
        # TooManyRedirects, protocol errors from below httpx, anything else: not worth repeating
        return APIConnectionError(
            f"{label}: {type(exc).__name__}: {self.redact(str(exc))[:300]}", task_id=task_id
        ), False

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
        of a FAILED task). With `submit`, only provably-not-created failures are retried (and
        never a reply that names a task id), `queue_wait` retries queue-full answers without
        limit (run_many). `deadline` (on `self.clock`) bounds everything: each request gets
        what is left of it, and no wait goes past it. With `task_id`, a reply naming another
        task is an error (never another task's result).
        """
        retries = self.settings.max_retries if max_retries is None else max_retries
        attempt = 0
        label = f"{send.method} {urlsplit(send.url).path}"
        send = replace(send, max_bytes=self.settings.max_reply_bytes)
        while True:
            started = self.clock()
            if deadline is not None:
                if started >= deadline:  # nothing left: do not send (a submit would be paid for nothing)
                    raise APITimeoutError(f"{label}: the timeout ran out before the request was sent (not sent)")
                send = replace(send, budget=deadline - started)
            retryable = True
            try:
                response = yield send
            except Exception as exc:  # whatever the driver could not do, thrown back in
                log.debug("%s failed after %.0f ms: %s", label, (self.clock() - started) * 1000, type(exc).__name__)
                if isinstance(exc, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
                    raise APIConnectionError(f"{label}: {exc}") from exc
                if submit and not (isinstance(exc, httpx.TransportError) and _before_send(exc)):
                    raise _OutcomeUnknown(
                        f"the request was sent and no readable answer came back ({type(exc).__name__}: "
                        f"{self.redact(str(exc))[:200]})",
                        exc,
                    ) from exc
                error, retryable = self._driver_error(label, exc, task_id)
                error.__cause__ = exc
                retry_after = None
            else:
                reply = decode(response)
                status = response.status_code
                log.debug(
                    "%s -> %s in %.0f ms (request id %s)",
                    label,
                    status,
                    (self.clock() - started) * 1000,
                    reply.request_id,
                )
                code = _error_fields(reply.data)[0]
                other = _other_task(reply.data, task_id)
                if (
                    other is None
                    and reply.data is not None
                    and status < 400
                    and (code is None or (accept and accept(reply.data)))
                ):
                    return reply
                retry_after = parse_retry_after(response.headers)
                error = self.classify(reply, task_id) if other is None else self._wrong_task(reply, task_id, other)
                if submit:
                    named = _submitted_task(reply.data)
                    refused = status == 429 or code in SUBMIT_SAFE_TO_RETRY
                    if named and refused:
                        raise _OutcomeUnknown(
                            f"the reply names task {named} and also says it was refused ({code or status}); "
                            f"check it with client.query({named!r})",
                            error,
                            task_id=named,
                        )
                    if not refused:
                        error.task_id = named or error.task_id
                        # a server error, a redirect or an unreadable reply may come after the task was created
                        if (
                            status >= 500
                            or 300 <= status < 400
                            or (error.retryable and not isinstance(error, RateLimitError))
                        ):
                            raise _OutcomeUnknown(str(error), error, task_id=named)
                        raise error
                    if queue_wait and (code in QUEUE_FULL or status == 429):
                        attempt = min(attempt, 2)  # keep waits short (<= 2 s) while slots free up
                        retries = attempt + 1
                elif not (isinstance(error, APIError) and error.retryable):
                    raise error
            if not retryable or attempt >= retries:
                raise error
            delay = self.backoff(attempt, retry_after)
            if deadline is not None and self.clock() + delay > deadline:
                log.debug("%s: a retry in %.2f s would pass the deadline; giving up", label, delay)
                raise error
            log.debug("%s: retry %d in %.2f s", label, attempt + 1, delay)
            attempt += 1
            yield Sleep(delay)

    def _wrong_task(self, reply: Reply, asked: str | None, named: str) -> APIError:
        return APIError(
            f"the reply is about task {named}, not the task asked for ({asked}); not used",
            status_code=reply.response.status_code,
            body=self._body_excerpt(reply.response),
            retryable=True,
            task_id=asked,
            request_id=reply.request_id,
        )

    # ---- operations
    def resolve_model(self, model: str, validate: bool) -> Model:
        if validate or model in self.catalog:
            return self.catalog.get(model)
        endpoint = model.strip().removeprefix(_routes.model_prefix()).strip("/")
        if not endpoint:
            raise InvalidParamsError("model must not be empty", field=None)
        return Model(name=endpoint, endpoint=endpoint, operation_id="", category="other", output_type="image")

    # ---- the task life cycle (_tasks) and downloads (_downloads): functions of a Core, bound
    # here so callers write core.submit(...)
    submit = _tasks.submit
    _create_legacy = _tasks._create_legacy
    _node_values = _tasks._node_values
    submit_workflow = _tasks.submit_workflow
    submit_app = _tasks.submit_app
    query = _tasks.query
    cancel = _tasks.cancel
    check_batch = _tasks.check_batch
    batch_timeout = _tasks.batch_timeout
    run = _tasks.run
    wait = _tasks.wait
    download = _downloads.download

    def account(self) -> Op[Account]:
        reply = yield from self.call(self.request("get_account_status", {}))
        return Account.from_reply((reply.data or {}).get(ACCOUNT_REPLY.data))

    def upload(
        self,
        source: Any,
        file_name: str | None = None,
        on_progress: ByteProgress | None = None,
        *,
        deadline: float | None = None,
    ) -> Op[Upload]:
        return _uploads.upload(self, source, file_name, on_progress, deadline)
