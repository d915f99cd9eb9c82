"""One request with the retry rules (`call`), and the error a failed reply or driver failure
stands for (`classify`), as functions of a `Core` (bound as its methods).

Retry rules (README "Retries", docs/errors-and-retries.md):
- a submit is sent again only when the server provably did not create the task: the connection
  could not be opened, or a reply that names no task carries a code or an HTTP status the spec
  marks resend-submit (HTTP 429, codes 415/421/1003/1011/1520), honouring Retry-After; anything
  else that goes wrong after the request may have reached the server (unreadable replies, the
  statuses marked submit-outcome-unknown) raises SubmitOutcomeUnknownError;
- queries, uploads, downloads, cancels and account reads retry on connection errors, timeouts
  and every reply the spec's tables call retryable (x-runninghub-error-codes, and by HTTP status
  x-runninghub-http-fallbacks: 429, 5xx, 408, 409, 425, HTML pages and unreadable JSON), with
  exponential backoff, jitter and Retry-After, up to `max_retries` times;
- a `deadline` bounds it all: each request gets what is left of it (drivers cut a reply that
  is still arriving), and no wait is slept that would pass it;
- a reply that names a task and gives it an end status (FAILED with any code, CANCEL) is the
  task's state, not a failed request; a reply about another task than the one asked is an error.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

from ._bounded import ReplyTooLarge, UnreadableBody
from ._effects import Op, Send, Sleep
from ._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    RateLimitError,
    RunningHubError,
    error_class_for,
    make_api_error,
    resends_submit,
    submit_may_have_created,
    waits_out_queue,
)
from ._replies import (
    Reply,
    _before_send,
    _error_fields,
    _other_task,
    _OutcomeUnknown,
    _submitted_task,
    decode,
    parse_retry_after,
)

if TYPE_CHECKING:
    from ._core import Core

log = logging.getLogger("runninghub")


def _body_excerpt(core: Core, response: httpx.Response) -> str:
    # redact first, then cut: a key straddling the cut would otherwise show its first half
    return core.redact(response.content[:8192].decode("utf-8", "replace"))[:500]


def backoff(core: Core, attempt: int, retry_after: float | None) -> float:
    s = core.settings
    delay: float = min(s.backoff_cap, s.backoff_base * 2.0**attempt) * core.rng.uniform(0.5, 1.0)
    if retry_after is not None:
        delay = max(delay, min(retry_after, s.max_retry_after))
    return delay


def classify(core: Core, reply: Reply, task_id: str | None) -> APIError:
    """The error an error reply stands for (tests/conformance/README.md, "How a reply is read"):
    its code through x-runninghub-error-codes, its HTTP status through x-runninghub-http-fallbacks."""
    response, status = reply.response, reply.response.status_code
    label = f"{response.request.method} {response.request.url.path}" if response._request else "request"
    code, message = _error_fields(reply.data)
    readable = reply.data is not None
    if readable:
        text = core.redact(message or "") or response.reason_phrase or "error"
    else:
        kind = "an HTML page" if b"<html" in response.content[:512].lower() else "a reply that is not JSON"
        text = f"RunningHub answered HTTP {status} with {kind}"
    if error_class_for(code, status, readable=readable) is RateLimitError:
        text = f"rate limited ({text})"
    return make_api_error(
        f"{label}: {text}",
        code=code,
        status_code=status,
        body=core._body_excerpt(response),
        task_id=task_id,
        retry_after=parse_retry_after(response.headers),
        request_id=reply.request_id,
        readable=readable,
    )


def _driver_error(core: Core, label: str, exc: Exception, task_id: str | None) -> tuple[RunningHubError, bool]:
    """The error for something the driver could not do, and whether trying again can help."""
    if isinstance(exc, ReplyTooLarge):
        return APIError(f"{label}: {exc}; raise it with RunningHub(max_reply_bytes=...)", task_id=task_id), False
    if isinstance(exc, (UnreadableBody, httpx.DecodingError)):
        return APIError(f"{label}: unreadable reply: {core.redact(str(exc))}", task_id=task_id, retryable=True), True
    if isinstance(exc, httpx.TransportError):
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        what = core.redact(str(exc)) or "connection failed"
        return cls(f"{label}: {type(exc).__name__}: {what}", task_id=task_id), True
    # TooManyRedirects, protocol errors from below httpx, anything else: not worth repeating
    return APIConnectionError(f"{label}: {type(exc).__name__}: {core.redact(str(exc))[:300]}", task_id=task_id), False


def call(
    core: Core,
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
    limit (run_many). `deadline` (on `core.clock`) bounds everything: each request gets
    what is left of it, and no wait goes past it. With `task_id`, a reply naming another
    task is an error (never another task's result).
    """
    retries = core.settings.max_retries if max_retries is None else max_retries
    attempt = 0
    label = f"{send.method} {urlsplit(send.url).path}"
    send = replace(send, max_bytes=core.settings.max_reply_bytes)
    while True:
        started = core.clock()
        if deadline is not None:
            if started >= deadline:  # nothing left: do not send (a submit would be paid for nothing)
                raise APITimeoutError(f"{label}: the timeout ran out before the request was sent (not sent)")
            send = replace(send, budget=deadline - started)
        retryable = True
        try:
            response = yield send
        except Exception as exc:  # whatever the driver could not do, thrown back in
            log.debug("%s failed after %.0f ms: %s", label, (core.clock() - started) * 1000, type(exc).__name__)
            if isinstance(exc, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
                raise APIConnectionError(f"{label}: {exc}") from exc
            if submit and not (isinstance(exc, httpx.TransportError) and _before_send(exc)):
                raise _OutcomeUnknown(
                    f"the request was sent and no readable answer came back ({type(exc).__name__}: "
                    f"{core.redact(str(exc))[:200]})",
                    exc,
                ) from exc
            error, retryable = _driver_error(core, label, exc, task_id)
            error.__cause__ = exc
            retry_after = None
        else:
            reply = decode(response)
            status = response.status_code
            log.debug(
                "%s -> %s in %.0f ms (request id %s)",
                label,
                status,
                (core.clock() - started) * 1000,
                reply.request_id,
            )
            code = _error_fields(reply.data)[0]
            other = _other_task(reply.data, task_id)
            if (
                other is None
                and reply.data is not None
                and response.is_success
                and (code is None or (accept and accept(reply.data)))
            ):
                return reply
            retry_after = parse_retry_after(response.headers)
            error = classify(core, reply, task_id) if other is None else _wrong_task(core, reply, task_id, other)
            readable = reply.data is not None
            if submit:
                named = _submitted_task(reply.data)
                refused = resends_submit(code, status, readable=readable)
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
                    if submit_may_have_created(status, readable=readable) or (
                        error.retryable and not isinstance(error, RateLimitError)
                    ):
                        raise _OutcomeUnknown(str(error), error, task_id=named)
                    raise error
                if queue_wait and waits_out_queue(code, status, readable=readable):
                    attempt = min(attempt, 2)  # keep waits short (<= 2 s) while slots free up
                    retries = attempt + 1
            elif not (isinstance(error, APIError) and error.retryable):
                raise error
        if not retryable or attempt >= retries:
            raise error
        delay = core.backoff(attempt, retry_after)
        if deadline is not None and core.clock() + delay > deadline:
            log.debug("%s: a retry in %.2f s would pass the deadline; giving up", label, delay)
            raise error
        log.debug("%s: retry %d in %.2f s", label, attempt + 1, delay)
        attempt += 1
        yield Sleep(delay)


def _wrong_task(core: Core, reply: Reply, asked: str | None, named: str) -> APIError:
    return APIError(
        f"the reply is about task {named}, not the task asked for ({asked}); not used",
        status_code=reply.response.status_code,
        body=core._body_excerpt(reply.response),
        retryable=True,
        task_id=asked,
        request_id=reply.request_id,
    )
