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

import hashlib
import json
import logging
import os
import random
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

from . import _routes, _uploads
from ._bounded import ReplyTooLarge, UnreadableBody
from ._catalog import Catalog, Model, is_local_file, prepare_params
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
    TASK_FAILED_CODES,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    CallbackError,
    InvalidParamsError,
    RateLimitError,
    RunningHubError,
    SubmitOutcomeUnknownError,
    TaskCancelledError,
    TaskFailedError,
    TaskTimeoutError,
    make_api_error,
)
from ._live import SILENT, Listen, LiveChannel, live_channel, usable_url
from ._live import available as live_available
from ._polling import KnownTask, RunTimes
from ._replies import (
    Reply,
    _before_send,
    _error_fields,
    _named_task,
    _other_task,
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
from ._types import (
    Account,
    Output,
    Progress,
    Result,
    Task,
    TaskSnapshot,
    Upload,
    task_id_of,
)
from ._wire import (
    ACCOUNT_REPLY,
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
    from runninghub_api.api import Route

# What other modules and the tests import from here (most of it lives in the modules it
# re-exports: _checks, _effects, _replies, _settings, _sync_driver).
__all__ = [
    "APP_RUN",
    "CHUNK",
    "DEFAULT_BASE_URL",
    "DEFAULT_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
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

# operationIds (spec/platform/*.yaml) of the calls more than one module makes; the routes and
# auth styles are the generated layer's (_routes).
WORKFLOW_CREATE = "create_workflow_task"
APP_RUN = "run_ai_app"
AUTH_STYLES = frozenset({"bearer", "body", "query", "none"})  # runninghub_api.api.Route.auth
CANCEL_GRACE = 5.0
"""The cancel sent when a wait's timeout passes gets at most this long."""
QUEUE_FULL = QUEUE_FULL_CODES  # from the spec (x-runninghub-error-codes, queue-full)


class _OutcomeUnknown(Exception):
    """Internal: a submit failed after it may have reached the server."""

    def __init__(self, reason: str, cause: BaseException | None, task_id: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.cause = cause
        self.task_id = task_id


EMPTY_STATUS_READS = 3
"""Reads in a row with an empty status after which a task counts as cancelled."""


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

    def submit(
        self,
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
        model = self.resolve_model(name, validate)
        body = prepare_params(model, merged) if validate else dict(merged)
        check_finite(body)
        self._key()
        for name, value in list(body.items()):
            if isinstance(value, (list, tuple)) and any(is_local_file(v) for v in value):
                items = []
                for v in value:
                    items.append((yield from self.upload(v, deadline=deadline)).url if is_local_file(v) else v)
                body[name] = items
            elif is_local_file(value):
                body[name] = (yield from self.upload(value, deadline=deadline)).url
        if before_submit is not None:  # a budget: preview the price of this exact body (_budget.py)
            yield from before_submit(model, body, deadline)
        fingerprint = hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()
        submitted_at = self.wall()
        try:
            reply = yield from self.call(
                self.send_route(_routes.model_route(model.operation_id, model.path), body),
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
        self.run_times.remember_task(snapshot.task_id, KnownTask(model.endpoint, model.output_type, submitted_at))
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
        self,
        operation_id: str,
        body: dict[str, Any],
        label: str,
        queue_wait: bool = False,
        deadline: float | None = None,
    ) -> Op[Task]:
        check_finite(body)
        submitted_at = self.wall()
        fingerprint = hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()
        try:
            reply = yield from self.call(
                self.request(operation_id, body), submit=True, queue_wait=queue_wait, deadline=deadline
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
        self.run_times.remember_task(tid, KnownTask(label, None, submitted_at))
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

    def _node_values(self, nodes: Iterable[Any]) -> Op[list[dict[str, Any]]]:
        out = _node_list(nodes)
        for node in out:
            if is_local_file(node[NODE.field_value]):
                upload = yield from self.upload(node[NODE.field_value])
                node[NODE.field_value] = upload.file_name or upload.url
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
        keys = WORKFLOW_CREATE_REQUEST
        body: dict[str, Any] = {keys.workflow_id: str(workflow_id)}
        node_list = yield from self._node_values(nodes)
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
        return (yield from self._create_legacy(WORKFLOW_CREATE, body, f"workflow {workflow_id}"))

    def submit_app(
        self, webapp_id: str, nodes: Iterable[Any], *, webhook_url: str | None, instance_type: str | None
    ) -> Op[Task]:
        keys = APP_RUN_REQUEST
        body: dict[str, Any] = {
            keys.webapp_id: str(webapp_id),
            keys.node_info_list: (yield from self._node_values(nodes)),
        }
        if webhook_url is not None:
            body[keys.webhook_url] = webhook_url
        if instance_type is not None:
            body[keys.instance_type] = instance_type
        return (yield from self._create_legacy(APP_RUN, body, f"AI App {webapp_id}"))

    def query(self, task_id: str, *, deadline: float | None = None) -> Op[TaskSnapshot]:
        """One status read: a snapshot for every task state (FAILED and CANCEL included, with
        the reply's code, message and failed reason); raises only when the read itself failed
        (auth, not found, rate limit, server errors, a reply about another task)."""
        tid = check_task_id(task_id)
        reply = yield from self.call(
            self.request("query_task", {QUERY_REQUEST.task_id: tid}),
            deadline=deadline,
            task_id=tid,
            accept=describes_task_end,
        )
        assert reply.data is not None
        return TaskSnapshot.from_reply(reply.data, tid)

    def cancel(self, task_id: str, *, deadline: float | None = None) -> Op[None]:
        tid = check_task_id(task_id)
        yield from self.call(
            self.request("cancel_task", {LEGACY_TASK_REQUEST.task_id: tid}), task_id=tid, deadline=deadline
        )
        log.debug("cancelled task %s", task_id)

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

    def check_batch(
        self,
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
        resolved = self.catalog.get(check_model(model))
        for params in params_list:
            if not isinstance(params, Mapping):
                raise InvalidParamsError("each item of params_list must be a mapping of wire names to values")
            check_finite(prepare_params(resolved, params))
        return params_list

    def batch_timeout(self, deadline: float | None) -> float | None:
        """What is left of run_many's timeout (one budget for the whole batch) for the next
        input; none left: that input is not submitted."""
        if deadline is None:
            return None
        left = deadline - self.clock()
        if left <= 0:
            raise APITimeoutError("run_many: the batch's timeout passed before this input was submitted (not sent)")
        return left

    def run(
        self,
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
        started = self.clock()
        deadline = started + timeout if timeout is not None else None
        task = yield from self.submit(
            model,
            params,
            fields,
            webhook_url=webhook_url,
            validate=validate,
            queue_wait=queue_wait,
            deadline=deadline,
            before_submit=before_submit,
        )
        notify(on_progress, Progress(task.id, task.status, self.clock() - started, None), task.id)
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
                elapsed=self.clock() - started,
            )
        if first.failed or first.cancelled:  # the submit reply itself says the task ended
            raise task_end_error(first, task.id)
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
        timeout = check_timeout(timeout)
        check_callback(on_progress, "on_progress")
        if not isinstance(task, Task):
            tid = check_task_id(task)
            known = self.run_times.known_task(tid)  # submitted from this machine: plan as for its model
            task = (
                Task(id=tid, endpoint=known.endpoint, output_type=known.output_type, submitted_at=known.submitted_at)
                if known
                else Task(id=tid, submitted_at=0.0)
            )
        t = task
        start = self.clock() if started is None else started
        deadline = start + timeout if timeout is not None else None
        # when the task was created, on the core's clock (the wait's start when unknown)
        born = self.clock() - max(0.0, self.wall() - t.submitted_at) if t.submitted_at else start
        # what run times are learned under (a model's endpoint, or "workflow ID"); a task's age
        # is known only with its submit time
        endpoint = (t.endpoint or t.model) if t.submitted_at else None
        channels: list[LiveChannel] = []  # the task's live channel, once it has one
        try:
            return (
                yield from self._wait_loop(
                    t, start, deadline, born, endpoint, channels, timeout, on_progress, cancel_on_timeout
                )
            )
        finally:
            for channel in channels:
                channel.close()

    def _node_titles(self, t: Task) -> dict[str, str | None] | None:
        from ._workflows import node_titles  # here: _workflows builds on this module

        return node_titles(self, t.model)

    def _live_url(self, tid: str) -> Op[str | None]:
        """The live channel of a running workflow or app task that was queued at create: the
        legacy outputs read answers 804 with its netWssUrl (one request; None when it has none)."""
        try:
            reply = yield from self.call(
                self.request("get_task_outputs", {LEGACY_TASK_REQUEST.task_id: tid}),
                task_id=tid,
                max_retries=0,
                accept=lambda d: True,
            )
        except RunningHubError:
            return None
        data = (reply.data or {}).get(OUTPUTS_REPLY.data)
        return usable_url(data.get(RUNNING.net_wss_url)) if isinstance(data, Mapping) else None

    def _wait_loop(
        self,
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
        channel = live_channel(t.live_url, self._node_titles(t)) if t.live_url else None
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
            now = self.clock()
            age = now - born
            delay = self.run_times.delay(endpoint, t.output_type, age, running_age, self.rng)
            if channel is not None and channel.healthy:
                # no status reads while the channel speaks: listen (at most SILENT s at a time)
                listen = SILENT if deadline is None else max(0.0, min(SILENT, deadline - now))
                for event in (yield Listen(channel, listen)):
                    notify(on_progress, Progress(t.id, "RUNNING", self.clock() - start, None, node=event), t.id)
                if channel.healthy and (deadline is None or self.clock() < deadline):
                    continue
                # it reported the end (read now to confirm), dropped or went quiet (poll again)
                delay = 0.0 if channel.ended else min(delay, 1.0)
                now = self.clock()
            elif channel is not None and channel.ended:
                delay = min(delay, 0.5)  # the channel said it ended: confirm promptly
            if deadline is not None:
                delay = max(0.0, min(delay, deadline - now))
            if delay:
                yield Sleep(delay)
            sent_age = self.clock() - born
            reads += 1
            try:
                snap = yield from self.query(t.id, deadline=deadline)
            except (APIConnectionError, APIError) as exc:
                if isinstance(exc, APIError) and exc.error_code in TASK_FAILED_CODES:
                    # a failure code without the task object (legacy-style): the task failed
                    raise TaskFailedError(
                        f"task {t.id} failed: {exc.message}", task_id=t.id, error_code=exc.error_code
                    ) from exc
                retryable = isinstance(exc, APIConnectionError) or (isinstance(exc, APIError) and exc.retryable)
                failures += 1
                if not retryable or failures > self.settings.max_poll_failures:
                    exc.task_id = t.id
                    raise
                if deadline is None or self.clock() < deadline:  # else: the timeout below says it
                    log.warning("task %s: status read failed (%s); still waiting", t.id, exc)
            else:
                failures = 0
                elapsed = self.clock() - start
                if snap.status != last_status:
                    last_status = snap.status
                    notify(on_progress, Progress(t.id, snap.status, elapsed, snap), t.id)
                if not snap.done:
                    running_age = sent_age
                    if may_ask_live and snap.status == "RUNNING":
                        may_ask_live = False
                        url = yield from self._live_url(t.id)
                        channel = live_channel(url, self._node_titles(t)) if url else None
                        channels += [channel] if channel else []
                if snap.succeeded:
                    self.run_times.observe(endpoint, running_age, self.clock() - born)
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
            if deadline is not None and self.clock() >= deadline:
                cancelled = False
                if cancel_on_timeout:
                    try:
                        yield from self.cancel(t.id, deadline=self.clock() + CANCEL_GRACE)
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
        self,
        output: Output,
        dest: Path,
        *,
        overwrite: bool = True,
        on_progress: ByteProgress | None = None,
        timeout: float | None = None,
    ) -> Op[Path]:
        """Stream an output to `dest`: at most `max_download_bytes` (and a compressed body at
        most ENCODED_RATIO times its length), within `timeout` seconds in all when given, and
        each read within the stall timeout (the client's read timeout, else 60 s)."""
        timeout = check_timeout(timeout)
        check_callback(on_progress, "on_progress")
        deadline = self.clock() + timeout if timeout is not None else None
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
                what = f"downloading output {output.index} of task {output.task_id}"
                fetch = Fetch(
                    output.url,
                    tmp,
                    offset,
                    self.request_timeout(),
                    on_progress,
                    budget=self.budget_left(deadline),
                    max_bytes=self.settings.max_download_bytes,
                )
                try:
                    got: Fetched = yield fetch
                    if got.expected is not None and got.written != got.expected:
                        raise httpx.ReadError(f"got {got.written} of {got.expected} bytes")
                    os.replace(tmp, target)
                    log.debug(
                        "saved output %d of task %s to %s (%d bytes)", output.index, output.task_id, target, got.written
                    )
                    return target
                except (httpx.TransportError, FetchStatusError, UnreadableBody) as exc:
                    status = exc.status_code if isinstance(exc, FetchStatusError) else None
                    retryable = status is None or status in (408, 425, 429) or status >= 500
                    delay = self.backoff(attempt, exc.retry_after if isinstance(exc, FetchStatusError) else None)
                    late = deadline is not None and self.clock() + delay > deadline
                    if not retryable or attempt >= self.settings.max_retries or late:
                        msg = f"{what} failed: {self.redact(str(exc))}"
                        if late:
                            msg += f" (save timeout of {timeout:g} s)"
                        if status is not None:
                            raise APIError(
                                msg, status_code=status, task_id=output.task_id, retryable=retryable
                            ) from exc
                        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
                        raise cls(msg, task_id=output.task_id) from exc
                    attempt += 1
                    yield Sleep(delay)
                except ReplyTooLarge as exc:
                    raise APIError(
                        f"{what}: {exc}; raise it with RunningHub(max_download_bytes=...)", task_id=output.task_id
                    ) from None
                except Exception as exc:
                    if getattr(exc, "_runninghub_user", False):
                        raise CallbackError(
                            f"{what}: on_progress raised {type(exc).__name__}: {exc}", task_id=output.task_id
                        ) from exc
                    if isinstance(exc, (RunningHubError, OSError)):
                        raise
                    raise APIConnectionError(
                        f"{what} failed: {type(exc).__name__}: {self.redact(str(exc))[:300]}", task_id=output.task_id
                    ) from exc
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
