"""RunningHub: the blocking client."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from ._catalog import Catalog
from ._core import DEFAULT_LIMITS, Core, Op, _resolve_settings, configure_logging_from_env, run_sync
from ._types import Account, Output, Progress, Result, Task, TaskSnapshot, Upload

if TYPE_CHECKING:
    from runninghub_api import AuthenticatedClient

    from ._typed import RunFn, SubmitFn

T = TypeVar("T")


@functools.cache
def _shared_catalog() -> Catalog:
    return Catalog()


def _task_id(task: Task | str) -> str:
    return task.id if isinstance(task, Task) else str(task)


class _ClientBase:
    """What both clients share: settings, the catalog, the core; key kept out of repr."""

    _core: Core

    def __init__(
        self,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
    ) -> None:
        configure_logging_from_env()
        self._core = Core(_resolve_settings(api_key, base_url, timeout, max_retries), _shared_catalog)

    @property
    def models(self) -> Catalog:
        """Every model in the spec: iterate it, `.get(name)`, `.search(text, category=...)`."""
        return self._core.catalog

    @property
    def base_url(self) -> str:
        return self._core.settings.base_url

    @property
    def max_retries(self) -> int:
        return self._core.settings.max_retries

    def __repr__(self) -> str:
        key = "set" if self._core.settings.api_key else "missing"
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key=<{key}>)"

    def validate(self, model: str, params: Mapping[str, Any] | None = None, **fields: Any) -> dict[str, Any]:
        """Check parameters as `submit` would, without sending anything: returns the body that
        would be sent (with RunningHub's defaults for omitted required fields filled in), or
        raises InvalidParamsError naming the field and the allowed values. Local files are
        checked for format and size but not uploaded."""
        from ._catalog import prepare_params

        return prepare_params(self.models.get(model), {**(params or {}), **fields})

    def low_level(self) -> AuthenticatedClient:
        """The generated low-level client (`runninghub_api`) with the same key, base URL and
        timeout, for endpoints the wrapper does not cover. It has no retries."""
        from runninghub_api import AuthenticatedClient

        return AuthenticatedClient(base_url=self.base_url, token=self._core._key(), timeout=self._core.settings.timeout)


class RunningHub(_ClientBase):
    """The RunningHub client.

    `api_key` defaults to $RUNNINGHUB_API_KEY, `base_url` to $RUNNINGHUB_BASE_URL, else
    https://www.runninghub.ai (https://www.runninghub.cn works the same way). `timeout` is per
    request; `max_retries` applies to each request (submits follow stricter rules, see README).
    Pass `http_client` to use your own httpx.Client (proxies, transports); it is not closed.
    """

    if TYPE_CHECKING:
        submit: SubmitFn[Task]
        run: RunFn[Result]

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(api_key, base_url, timeout, max_retries)
        self._own_http = http_client is None
        self._http = http_client or httpx.Client(timeout=self._core.settings.timeout, limits=DEFAULT_LIMITS)

    def _do(self, op: Op[T]) -> T:
        result = run_sync(op, self._http)
        if isinstance(result, TaskSnapshot):
            for output in result.outputs:
                output._client = self
        return result

    # ---- context manager
    def close(self) -> None:
        """Release the connections (only those of a client this object created)."""
        if self._own_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> RunningHub:
        """A client sharing this one's connections, with other per-request settings."""
        other = RunningHub(
            self._core.settings.api_key,
            base_url=self.base_url,
            timeout=timeout if timeout is not None else self._core.settings.timeout,
            max_retries=max_retries if max_retries is not None else self.max_retries,
            http_client=self._http,
        )
        other._core.uploads = self._core.uploads
        other._core.run_times = self._core.run_times
        return other

    # ---- models
    if not TYPE_CHECKING:

        def submit(self, model, params=None, *, webhook_url=None, validate=True, **fields):
            """Submit one task; returns a Task (`task.id` is a str). Validates first: bad input
            raises InvalidParamsError and nothing is sent. Local files (Path, bytes, binary
            file) in media fields are uploaded first."""
            return self._do(self._core.submit(model, params, fields, webhook_url=webhook_url, validate=validate))

        def run(
            self,
            model,
            params=None,
            *,
            timeout=None,
            on_progress=None,
            webhook_url=None,
            cancel_on_timeout=True,
            validate=True,
            **fields,
        ):
            """Submit and wait: returns the Result. `timeout` is one budget for the whole run."""
            return self._do(
                self._core.run(
                    model,
                    params,
                    fields,
                    timeout=timeout,
                    on_progress=on_progress,
                    webhook_url=webhook_url,
                    cancel_on_timeout=cancel_on_timeout,
                    validate=validate,
                )
            )

    def wait(
        self,
        task: Task | str,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        cancel_on_timeout: bool = True,
    ) -> Result:
        """Wait for any task (a Task or a task id) to end; returns its Result, or raises
        TaskFailedError / TaskCancelledError / TaskTimeoutError (each with `.task_id`)."""
        return self._do(
            self._core.wait(task, timeout=timeout, on_progress=on_progress, cancel_on_timeout=cancel_on_timeout)
        )

    def query(self, task: Task | str) -> TaskSnapshot:
        """One status read: `.status`, `.outputs`, `.usage`, `.done`."""
        return self._do(self._core.query(_task_id(task)))

    def cancel(self, task: Task | str) -> None:
        """Cancel a queued or running task."""
        self._do(self._core.cancel(_task_id(task)))

    def upload(
        self,
        source: str | Path | bytes | Any,
        *,
        file_name: str | None = None,
        on_progress: Callable[[int, int | None], None] | None = None,
    ) -> Upload:
        """Upload a file (path, bytes or binary file object), streamed from disk. The same
        content is uploaded once per client. Returns `.url` and `.file_name`. `on_progress`
        is called with (bytes sent, total) as the file goes out."""
        return self._do(self._core.upload(source, file_name, on_progress))

    def account(self) -> Account:
        """Balance and current task count."""
        return self._do(self._core.account())

    def run_many(
        self,
        model: str,
        params_list: Sequence[Mapping[str, Any]],
        *,
        concurrency: int = 4,
        timeout: float | None = None,
        return_exceptions: bool = False,
        on_progress: Callable[[Progress], None] | None = None,
        cancel_on_timeout: bool = True,
    ) -> list[Any]:
        """Run one model over many parameter sets, at most `concurrency` at a time; results in
        input order. A queue-full answer means wait and submit again, so a batch larger than the
        account's concurrency limit completes. All inputs are validated before anything is sent.
        With `return_exceptions`, failures are returned in place instead of raised."""
        self._core.check_batch(model, params_list, concurrency)

        def one(params: Mapping[str, Any]) -> Any:
            try:
                return self._do(
                    self._core.run(
                        model,
                        params,
                        {},
                        timeout=timeout,
                        on_progress=on_progress,
                        webhook_url=None,
                        cancel_on_timeout=cancel_on_timeout,
                        validate=True,
                        queue_wait=True,
                    )
                )
            except Exception as exc:
                if return_exceptions:
                    return exc
                raise

        with ThreadPoolExecutor(max_workers=min(concurrency, max(1, len(params_list)))) as pool:
            return list(pool.map(one, params_list))

    # ---- workflows and AI Apps
    def submit_workflow(
        self,
        workflow_id: str,
        node_info_list: Iterable[Any] = (),
        *,
        webhook_url: str | None = None,
        instance_type: str | None = None,
        add_metadata: bool | None = None,
        use_personal_queue: bool | None = None,
        workflow: str | None = None,
    ) -> Task:
        """Start a ComfyUI workflow task. Node values that are local files are uploaded and
        replaced by their fileName. Items are dicts or (nodeId, fieldName, fieldValue)."""
        return self._do(
            self._core.submit_workflow(
                workflow_id,
                node_info_list,
                webhook_url=webhook_url,
                instance_type=instance_type,
                add_metadata=add_metadata,
                use_personal_queue=use_personal_queue,
                workflow=workflow,
            )
        )

    def run_workflow(
        self,
        workflow_id: str,
        node_info_list: Iterable[Any] = (),
        *,
        timeout: float | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        cancel_on_timeout: bool = True,
        **options: Any,
    ) -> Result:
        """submit_workflow, then wait."""
        task = self.submit_workflow(workflow_id, node_info_list, **options)
        return self.wait(task, timeout=timeout, on_progress=on_progress, cancel_on_timeout=cancel_on_timeout)

    def submit_app(
        self,
        webapp_id: str,
        node_info_list: Iterable[Any],
        *,
        webhook_url: str | None = None,
        instance_type: str | None = None,
    ) -> Task:
        """Start an AI App task (local files in node values are uploaded first)."""
        return self._do(
            self._core.submit_app(webapp_id, node_info_list, webhook_url=webhook_url, instance_type=instance_type)
        )

    def run_app(
        self,
        webapp_id: str,
        node_info_list: Iterable[Any],
        *,
        timeout: float | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        cancel_on_timeout: bool = True,
        **options: Any,
    ) -> Result:
        """submit_app, then wait."""
        task = self.submit_app(webapp_id, node_info_list, **options)
        return self.wait(task, timeout=timeout, on_progress=on_progress, cancel_on_timeout=cancel_on_timeout)

    # ---- webhooks
    def confirm_webhook(self, body: bytes | str | Mapping[str, Any]) -> TaskSnapshot:
        """Parse a TASK_END callback and re-read the task with a query: RunningHub does not sign
        callbacks, so the query's answer, not the callback, is what to trust. Safe to call
        for the same callback twice (it only reads)."""
        from ._webhooks import parse_webhook

        return self.query(parse_webhook(body).task_id)


def save_output_sync(
    output: Output,
    dest: Path,
    *,
    client: RunningHub | None,
    overwrite: bool,
    on_progress: Callable[[int, int | None], None] | None = None,
) -> Path:
    if client is not None:
        return client._do(client._core.download(output, dest, overwrite=overwrite, on_progress=on_progress))
    with RunningHub(api_key="") as temp:
        return temp._do(temp._core.download(output, dest, overwrite=overwrite, on_progress=on_progress))
