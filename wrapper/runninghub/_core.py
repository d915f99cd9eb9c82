"""The state one client shares across its operations (`Core`): settings, the key, the catalog,
the upload cache, learned run times, the clocks; and how an operation's request is built.

Every operation is a generator that yields *effects* (`_effects`): `Send` (one HTTP request,
answered with an `httpx.Response` or an exception thrown back in), `Sleep` and `Fetch` (stream a
URL into a file). `RunningHub` and `AsyncRunningHub` only carry effects out (`_sync_driver`,
`_async_client`), so retries, polling, deadlines, validation and uploads behave the same in both.
The operations live by concern: one request with the retry rules (`_calls`), the task life cycle
(`_submits` to start one, `_tasks` to read or cancel it, `_waiting` to wait for its end), saving
outputs (`_downloads`), uploads (`_uploads`); `Core` binds them as methods.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from . import _calls, _downloads, _routes, _submits, _tasks, _uploads, _waiting
from ._catalog import Catalog, Model
from ._effects import ByteProgress, Op, Send
from ._errors import AuthenticationError, InvalidParamsError
from ._files import LOCAL_FILES, Files
from ._polling import RunTimes
from ._secret import AuthHeaders, Secret, redact
from ._settings import Settings
from ._types import Account, Upload
from ._wire import ACCOUNT_REPLY

if TYPE_CHECKING:
    from runninghub_api.api import Route


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
        # The disk as downloads see it (_files): replaced in tests by an in-memory one.
        self.files: Files = LOCAL_FILES

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
        return self.send_route(_routes.filled(_routes.route(operation_id), path_params), body, params)

    def send_route(self, route: Route, body: Any = None, params: Mapping[str, Any] | None = None) -> Send:
        """The request for `route` (its path already filled in)."""
        url = self.settings.base_url + route.path
        query = dict(params) if params is not None else None
        key_field = route.key_field
        if route.auth == "body" and key_field:
            body = {key_field: self._key(), **(body or {})}
        elif route.auth == "query" and key_field:
            query = {key_field: self._key(), **(query or {})}
        elif route.auth not in ("bearer", "none"):  # (runninghub_api.api.AuthStyle)
            raise LookupError(f"{route.operation_id}: unknown auth {route.auth!r} (key field {key_field!r})")
        headers = self._headers(route.auth == "bearer")
        return Send(route.method, url, headers, json=body, params=query, timeout=self.request_timeout())

    def redact(self, text: str) -> str:
        """`text` without the key in any form (as is, URL-encoded, JSON-escaped, any case)."""
        return redact(text, self.settings.api_key)

    # ---- one request with the retry rules, and the errors replies stand for (_calls)
    call = _calls.call
    classify = _calls.classify
    backoff = _calls.backoff
    _body_excerpt = _calls._body_excerpt

    # ---- operations
    def resolve_model(self, model: str, validate: bool) -> Model:
        if validate or model in self.catalog:
            return self.catalog.get(model)
        endpoint = model.strip().removeprefix(_routes.model_prefix()).strip("/")
        if not endpoint:
            raise InvalidParamsError("model must not be empty", field=None)
        return Model(name=endpoint, endpoint=endpoint, operation_id="", category="other", output_type="image")

    # ---- the task life cycle (_submits, _tasks, _waiting) and downloads (_downloads): functions
    # of a Core, bound here so callers write core.submit(...)
    submit = _submits.submit
    _create_legacy = _submits._create_legacy
    _node_values = _submits._node_values
    submit_workflow = _submits.submit_workflow
    submit_app = _submits.submit_app
    check_batch = _submits.check_batch
    batch_timeout = _submits.batch_timeout
    query = _tasks.query
    cancel = _tasks.cancel
    run = _waiting.run
    wait = _waiting.wait
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
