"""AsyncRunningHub, the asyncio client, and the one definition of both clients: `_client.py`
(RunningHub, the blocking client) is generated from this file by generator/unasync.py (`make
generate`): `async`/`await` dropped and the names of generator/unasync.py's table swapped
(AsyncClient -> Client, run_async -> run_sync, ...). Change the clients here."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

import httpx

from ._client_base import _LIVE, _ClientBase, _task_id, unexpected
from ._typed import as_run, as_submit

# Only what defining the class needs is imported here: `from runninghub import RunningHub`
# stays close to `import httpx`. The core, the catalog, budgets, workflows and the platform
# endpoints are imported when a client is made or a method is called.
if TYPE_CHECKING:
    from decimal import Decimal

    from ._async_assets import AsyncAssets
    from ._async_batch import AsyncBatch
    from ._batch import BatchProgress
    from ._budget import Money, RunManyResults
    from ._catalog import Model
    from ._effects import Op
    from ._platform import AiApp, ApiKey, Estimate, QueueStatus, Resource
    from ._types import Account, Progress, Result, Task, TaskSnapshot, Upload
    from ._workflows import App, QuickCreateStyle, WebhookDelivery, Workflow

T = TypeVar("T")


class AsyncRunningHub(_ClientBase):
    """The RunningHub client: `RunningHub` blocks; `AsyncRunningHub` has the same methods as coroutines.

    `api_key` defaults to $RUNNINGHUB_API_KEY, `base_url` to $RUNNINGHUB_BASE_URL, else
    https://www.runninghub.ai (https://www.runninghub.cn works the same way). `timeout` is per
    request; `max_retries` applies to each request (submits follow stricter rules, see README).
    Pass `http_client` to use your own httpx client (httpx.Client; httpx.AsyncClient for
    AsyncRunningHub) with its proxies and transports; it is not closed.
    `max_cost_per_call` is a safety net: every model call is price-previewed first and refused
    (BudgetExceededError, nothing paid) above it; `allow_unpriced` lets calls that cannot be
    priced run anyway (docs/budgets.md).
    """

    _http_owner: AsyncRunningHub | None = None  # with_options copies share this client's pool

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_cost_per_call: Money | None = None,
        allow_unpriced: bool = False,
        max_reply_bytes: int | None = None,
        max_download_bytes: int | None = None,
    ) -> None:
        from ._budget import Budget, to_money

        super().__init__(api_key, base_url, timeout, max_retries)
        self._set_limits(max_reply_bytes, max_download_bytes)
        self._budget = Budget(to_money(max_cost_per_call, "max_cost_per_call"), bool(allow_unpriced))
        self._own_http = http_client is None
        self._http = http_client or self._new_http()
        _LIVE.add(self)

    def _new_http(self) -> httpx.AsyncClient:
        from ._settings import DEFAULT_LIMITS

        return httpx.AsyncClient(timeout=self._core.settings.timeout, limits=DEFAULT_LIMITS)

    def _after_fork(self) -> None:
        """In a child process: a fresh pool instead of the parent's connections."""
        self._core.after_fork()
        if self._own_http:
            self._http = self._new_http()
        elif self._http_owner is not None:
            self._http = self._http_owner._http

    async def _do(self, op: Op[T]) -> T:
        from ._async_driver import run_async
        from ._types import TaskSnapshot

        try:
            result = await run_async(op, self._http)
        except Exception as exc:
            wrapped = unexpected(exc, self._core)
            if wrapped is exc:
                raise
            raise wrapped from exc
        if isinstance(result, TaskSnapshot):
            for output in result.outputs:
                output._client = self
        return result

    # ---- context manager
    async def close(self) -> None:
        """Release the connections (only those of a client this object created)."""
        if self._own_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def copy(self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None) -> AsyncRunningHub:
        """A client sharing this one's connections, uploads, learned run times and budget, with
        other per-request settings (`with_options` is the same method). A timeout you never set
        stays the HTTP client's own; closing the copy leaves the connections open."""
        other = AsyncRunningHub(
            cast(str, self._core.settings.api_key), http_client=self._http, **self._copy_options(timeout, max_retries)
        )
        self._share_state(other)
        return other

    with_options = copy

    # ---- models (type checkers see the generated per-model overloads: _typed.py)
    @as_submit
    async def submit(
        self,
        model: str | Model,
        params: Mapping[str, Any] | None = None,
        *,
        webhook_url: str | None = None,
        validate: bool = True,
        max_cost: Money | None = None,
        allow_unpriced: bool | None = None,
        **fields: Any,
    ) -> Task:
        """Submit one task; returns a Task (`task.id` is a str). Validates first: bad input
        raises InvalidParamsError and nothing is sent. Local files (Path, bytes, binary
        file) in media fields are uploaded first. With `max_cost` (or the client's
        max_cost_per_call) the price is previewed first and a call above it raises
        BudgetExceededError before anything is paid."""
        hook = self._guard(max_cost, allow_unpriced)
        return await self._do(
            self._core.submit(model, params, fields, webhook_url=webhook_url, validate=validate, before_submit=hook)
        )

    @as_run
    async def run(
        self,
        model: str | Model,
        params: Mapping[str, Any] | None = None,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        webhook_url: str | None = None,
        cancel_on_timeout: bool = True,
        validate: bool = True,
        max_cost: Money | None = None,
        allow_unpriced: bool | None = None,
        **fields: Any,
    ) -> Result:
        """Submit and wait: returns the Result. `timeout` is one budget for the whole run.
        `max_cost` as for submit; `result.cost` is what the task's usage reports."""
        return await self._do(
            self._core.run(
                model,
                params,
                fields,
                timeout=timeout,
                on_progress=on_progress,
                webhook_url=webhook_url,
                cancel_on_timeout=cancel_on_timeout,
                validate=validate,
                before_submit=self._guard(max_cost, allow_unpriced),
            )
        )

    async def wait(
        self,
        task: Task | str,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        cancel_on_timeout: bool = True,
    ) -> Result:
        """Wait for any task (a Task or a task id) to end; returns its Result, or raises
        TaskFailedError / TaskCancelledError / TaskTimeoutError (each with `.task_id`)."""
        return await self._do(
            self._core.wait(task, timeout=timeout, on_progress=on_progress, cancel_on_timeout=cancel_on_timeout)
        )

    async def query(self, task: Task | str) -> TaskSnapshot:
        """One status read: `.status`, `.outputs`, `.usage`, `.done`."""
        return await self._do(self._core.query(_task_id(task)))

    async def cancel(self, task: Task | str) -> None:
        """Cancel a queued or running task."""
        await self._do(self._core.cancel(_task_id(task)))

    async def upload(
        self,
        source: str | Path | bytes | Any,
        *,
        file_name: str | None = None,
        on_progress: Callable[[int, int | None], None] | None = None,
    ) -> Upload:
        """Upload a file (path, bytes or binary file object), streamed from disk. The same
        content is uploaded once per client. Returns `.url` and `.file_name`. `on_progress`
        is called with (bytes sent, total) as the file goes out."""
        return await self._do(self._core.upload(source, file_name, on_progress))

    async def account(self) -> Account:
        """Balance and current task count."""
        return await self._do(self._core.account())

    # ---- price preview, queue, keys, catalogues, assets (_platform.py, _assets.py)
    async def estimate(self, model: str | Model, params: Mapping[str, Any] | None = None, **fields: Any) -> Estimate:
        """The price RunningHub quotes for this call (price preview): `.price` (Decimal, in
        `.currency`), `.free`, `.raw`. Validated like a submit (bad input raises
        InvalidParamsError and nothing is sent); no task is created and nothing is uploaded:
        fields holding local files are left out of the preview (`.omitted`). A key that may
        not preview prices (consumer keys: code 1014) raises AuthenticationError."""
        from . import _platform
        from ._checks import check_model

        return await self._do(_platform.estimate(self._core, check_model(model), params, fields))

    async def queue_status(self) -> QueueStatus:
        """The key's queue: `.concurrent_limit`, `.running`, `.queued`, `.key_type`
        (EXCLUSIVE, SHARED or NORMAL) and `.free_slots`."""
        from . import _platform

        return await self._do(_platform.queue_status(self._core))

    async def api_keys(self) -> list[ApiKey]:
        """The account's API keys (masked by RunningHub): `.key`, `.name`, `.enabled`, quota."""
        from . import _platform

        return await self._do(_platform.api_keys(self._core))

    def resources(
        self,
        *,
        resource_type: str | None = None,
        name: str | None = None,
        base_models: Sequence[str] | None = None,
        tags: Sequence[int] | None = None,
        page_size: int = 50,
        limit: int | None = None,
    ) -> AsyncIterator[Resource]:
        """Public model-library resources, read page by page as you iterate: `resource_type`
        (LORA, CHECKPOINT, UNET, GGUF), a `name` keyword, `base_models`, tag ids; at most
        `limit` items. `.node_model_name` is the value for a loader node."""
        from . import _platform

        size, stop = _platform.check_page_size(page_size, 50), _platform.check_limit(limit)
        filters = _platform.resource_filters(resource_type, name, base_models, tags)
        return _platform.aiterate(self._do, lambda page: _platform.resource_page(self._core, page, size, filters), stop)

    def apps(
        self, *, sort: str | None = None, days: int | None = None, page_size: int = 50, limit: int | None = None
    ) -> AsyncIterator[AiApp]:
        """Public AI Apps, read page by page as you iterate (`sort` RECOMMEND, HOTTEST or NEWEST;
        `days` with HOTTEST); at most `limit` items. `.webapp_id` runs with run_app."""
        from . import _platform

        size, stop = _platform.check_page_size(page_size, 50), _platform.check_limit(limit)
        filters = _platform.app_filters(sort, days)
        return _platform.aiterate(self._do, lambda page: _platform.app_page(self._core, page, size, filters), stop)

    @property
    def assets(self) -> AsyncAssets:
        """The asset library: `.create(url_or_file)`, `.query(id)`, `.wait(id)`, `.list()`,
        `.update(id, name=...)`, `.delete(id)` and `.groups`. Use a ready asset as `asset.uri`."""
        from ._async_assets import AsyncAssets

        return AsyncAssets(self._core, self._do)

    async def run_many(
        self,
        model: str | Model,
        params_list: Iterable[Mapping[str, Any]],
        *,
        concurrency: int = 4,
        timeout: float | None = None,
        return_exceptions: bool = False,
        on_progress: Callable[[Progress], None] | None = None,
        cancel_on_timeout: bool = True,
        max_cost: Money | None = None,
        max_total_cost: Money | None = None,
        allow_unpriced: bool | None = None,
    ) -> RunManyResults:
        """Run one model over many parameter sets, at most `concurrency` at a time; results in
        input order. A queue-full answer means wait and submit again, so a batch larger than the
        account's concurrency limit completes. All inputs are validated before anything is sent.
        With `return_exceptions`, failures are returned in place instead of raised.

        `max_cost` applies to each call; `max_total_cost` stops submitting once the estimated
        total of what was submitted plus the next call would pass it: what runs finishes, and
        each input not run is a NotRun in the returned list (`.not_run` lists their indices).
        The list's `.cost` is the sum of the results' reported cost.

        `timeout` is one budget for the whole batch (queue-full waits included); an input not
        yet submitted when it runs out fails with APITimeoutError and is not sent."""
        from ._budget import CapReached, not_run, results_of, spend_cap
        from ._limited import gather_limited

        params_list = self._core.check_batch(model, params_list, concurrency, timeout, on_progress)
        deadline = self._core.clock() + timeout if timeout is not None else None
        cap = spend_cap(max_total_cost)
        hook = self._guard(max_cost, allow_unpriced, cap)

        async def one(item: tuple[int, Mapping[str, Any]]) -> Any:
            index, params = item
            if cap is not None and cap.closed:
                return not_run(index, params, CapReached(None, cap.reserved))
            try:
                return await self._do(
                    self._core.run(
                        model,
                        params,
                        {},
                        timeout=self._core.batch_timeout(deadline),
                        on_progress=on_progress,
                        webhook_url=None,
                        cancel_on_timeout=cancel_on_timeout,
                        validate=True,
                        queue_wait=True,
                        before_submit=hook,
                    )
                )
            except CapReached as stop:
                return not_run(index, params, stop)
            except Exception as exc:
                if return_exceptions:
                    return exc
                raise

        return results_of(await gather_limited(one, list(enumerate(params_list)), concurrency), cap)

    def batch(
        self,
        source: str | Path | Iterable[Mapping[str, Any]],
        *,
        out: str | Path = ".",
        ledger: str | Path | None = None,
        concurrency: int | None = None,
        max_total_cost: Decimal | float | str | None = None,
        retry_unknown: bool = False,
        on_progress: Callable[[BatchProgress], None] | None = None,
    ) -> AsyncBatch:
        """A batch of jobs behind a durable ledger (see docs/batch-jobs.md); `.run()` works
        through it and can be rerun after any crash without paying twice.

        `source` is a JSONL file (one job a line: {"model": NAME, "params": {...}},
        {"workflow": ID, "nodes": [...]} or {"app": ID, "nodes": [...]}, optional "id"), an
        existing ledger file (to resume), or a list of such dicts (then `ledger` is required).
        Every job is checked before anything is sent. Outputs are saved into `out` as
        `<job id>_<index>.<ext>`. `ledger` defaults to the input's name with `.ledger.sqlite`.
        `concurrency` defaults to the key's free slots (queue status), else 4;
        `max_total_cost` stops submitting before the estimated spend would pass it;
        `retry_unknown` submits again the jobs whose earlier submit may or may not have created
        a task; `on_progress` receives a BatchProgress after every change."""
        from ._async_batch import AsyncBatch

        return AsyncBatch(
            self,
            source,
            out=out,
            ledger=ledger,
            concurrency=concurrency,
            max_total_cost=max_total_cost,
            retry_unknown=retry_unknown,
            on_progress=on_progress,
        )

    # ---- workflows and AI Apps
    async def workflow(self, workflow_id: str) -> Workflow:
        """The workflow's nodes, from its API-format JSON (read once per client):
        `.nodes["6"].inputs["text"]`, `.find(class_type="CLIPTextEncode")`, `.editable()`."""
        from . import _workflows

        return await self._do(_workflows.fetch_workflow(self._core, workflow_id))

    async def app(self, webapp_id: str) -> App:
        """An AI App's node template, from its API call example (read once per client):
        `.nodes`, each with node_id, field_name, field_type, value (current) and description."""
        from . import _workflows

        return await self._do(_workflows.fetch_app(self._core, webapp_id))

    async def submit_workflow(
        self,
        workflow_id: str,
        node_info_list: Iterable[Any] = (),
        *,
        validate: bool = True,
        route: str = "legacy",
        webhook_url: str | None = None,
        instance_type: str | None = None,
        add_metadata: bool | None = None,
        use_personal_queue: bool | None = None,
        retain_seconds: int | None = None,
        access_password: str | None = None,
        workflow: str | Mapping[str, Any] | Workflow | None = None,
        max_cost: Money | None = None,
        allow_unpriced: bool | None = None,
    ) -> Task:
        """Start a ComfyUI workflow task. Items are dicts or (nodeId, fieldName, fieldValue).

        With `validate` (the default) every item is checked against the workflow first (its
        JSON is read once per client; that read costs nothing): the node exists, the field is
        one of its inputs and not a link, the value has the input's type. A mistake raises
        InvalidParamsError naming the node and field, and nothing is sent. Local files go into
        media inputs of loader nodes (LoadImage, LoadVideo, LoadAudio, LoadImages, RHLoraLoader)
        and are uploaded first, replaced by their fileName. `workflow` (API-format JSON, a dict
        or a Workflow) runs that graph instead of the stored one and is what items are checked
        against. `instance_type` is "default" or "plus"; `use_personal_queue` is for exclusive
        keys; `retain_seconds` keeps the machine warm after the task; `access_password` opens a
        password-protected workflow. RunningHub has no price preview for workflows: under a
        budget (`max_cost`, or the client's max_cost_per_call) the call raises UnpricedError
        unless `allow_unpriced=True`. `route="v2"` sends the task to the v2 run route (bearer
        auth; third-party documented; no `workflow` override or `access_password` there)."""
        return await self._do(
            self._workflow_op(
                workflow_id,
                node_info_list,
                None,
                validate=validate,
                route=route,
                webhook_url=webhook_url,
                instance_type=instance_type,
                add_metadata=add_metadata,
                use_personal_queue=use_personal_queue,
                retain_seconds=retain_seconds,
                access_password=access_password,
                workflow=workflow,
                max_cost=max_cost,
                allow_unpriced=allow_unpriced,
            )
        )

    async def run_workflow(
        self,
        workflow_id: str,
        node_info_list: Iterable[Any] = (),
        *,
        timeout: float | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        cancel_on_timeout: bool = True,
        **options: Any,
    ) -> Result:
        """submit_workflow (same options, `validate` included), then wait. `timeout` is one
        budget for all of it: the template read, uploads and the submit count too."""
        return await self._do(
            self._run_op(
                lambda deadline: self._workflow_op(workflow_id, node_info_list, deadline, **options),
                timeout,
                on_progress,
                cancel_on_timeout,
            )
        )

    async def submit_app(
        self,
        webapp_id: str,
        node_info_list: Iterable[Any] = (),
        *,
        validate: bool = True,
        route: str = "legacy",
        fill_defaults: bool = False,
        webhook_url: str | None = None,
        instance_type: str | None = None,
        use_personal_queue: bool | None = None,
        retain_seconds: int | None = None,
        access_password: str | None = None,
        max_cost: Money | None = None,
        allow_unpriced: bool | None = None,
    ) -> Task:
        """Start an AI App task. With `validate` (the default) every item is checked against the
        app's node template first (read from its API call example): the node and field are in
        the template and the value has the field's type; local files go only into IMAGE, VIDEO
        and AUDIO fields and are uploaded first. `fill_defaults` also sends the template's
        current value for every field left out. Options (budget ones included) as for
        submit_workflow."""
        return await self._do(
            self._app_op(
                webapp_id,
                node_info_list,
                None,
                validate=validate,
                route=route,
                fill_defaults=fill_defaults,
                webhook_url=webhook_url,
                instance_type=instance_type,
                use_personal_queue=use_personal_queue,
                retain_seconds=retain_seconds,
                access_password=access_password,
                max_cost=max_cost,
                allow_unpriced=allow_unpriced,
            )
        )

    async def run_app(
        self,
        webapp_id: str,
        node_info_list: Iterable[Any] = (),
        *,
        timeout: float | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        cancel_on_timeout: bool = True,
        **options: Any,
    ) -> Result:
        """submit_app (same options, `validate` and `fill_defaults` included), then wait;
        `timeout` is one budget for all of it, as for run_workflow."""
        return await self._do(
            self._run_op(
                lambda deadline: self._app_op(webapp_id, node_info_list, deadline, **options),
                timeout,
                on_progress,
                cancel_on_timeout,
            )
        )

    async def quick_create_styles(self, webapp_id: str, *, style_type: int | None = None) -> list[QuickCreateStyle]:
        """The model library styles an AI App offers for quick create (`style_type` is the
        route's `type`; the docs show 2)."""
        from . import _workflows

        return await self._do(_workflows.quick_create_styles(self._core, webapp_id, style_type))

    async def submit_quick_create(
        self,
        webapp_id: str,
        code: str,
        node_info_list: Iterable[Any] = (),
        *,
        validate: bool = True,
        fill_defaults: bool = False,
    ) -> Task:
        """Start a quick-create task of an AI App; `code` is its quickCreateCode (such as
        "002"). Items are checked against the app's template as for submit_app."""
        return await self._do(
            self._quick_op(webapp_id, code, node_info_list, None, validate=validate, fill_defaults=fill_defaults)
        )

    async def run_quick_create(
        self,
        webapp_id: str,
        code: str,
        node_info_list: Iterable[Any] = (),
        *,
        timeout: float | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        cancel_on_timeout: bool = True,
        **options: Any,
    ) -> Result:
        """submit_quick_create (same options), then wait; `timeout` is one budget for all of it."""
        return await self._do(
            self._run_op(
                lambda deadline: self._quick_op(webapp_id, code, node_info_list, deadline, **options),
                timeout,
                on_progress,
                cancel_on_timeout,
            )
        )

    async def upload_lora(self, path: str | Path, name: str | None = None) -> str:
        """Upload a .safetensors LoRA (its MD5 read in chunks, then a streamed PUT to the URL
        RunningHub gives); returns the fileName to put in an RHLoraLoader node. The same
        content is uploaded once per client. `name` defaults to the file's stem."""
        from . import _workflows

        return await self._do(_workflows.upload_lora(self._core, path, name))

    async def webhook_event(self, task: Task | str) -> WebhookDelivery:
        """The delivery record of a task's webhook event: `.id` (for resend_webhook),
        `.callback_status`, `.retry_count`, `.event_data`. APIError (code 1) when the task
        had no webhook."""
        from . import _workflows

        return await self._do(_workflows.webhook_event(self._core, _task_id(task)))

    async def resend_webhook(self, event: WebhookDelivery | str, webhook_url: str | None = None) -> None:
        """Send a webhook event again: a WebhookDelivery from webhook_event (to its own URL
        unless `webhook_url` is given) or a webhook id (then `webhook_url` is required)."""
        from . import _workflows

        await self._do(_workflows.resend_webhook(self._core, event, webhook_url))

    # ---- webhooks
    async def confirm_webhook(self, body: bytes | str | Mapping[str, Any]) -> TaskSnapshot:
        """Parse a TASK_END callback and re-read the task with a query: RunningHub does not sign
        callbacks, so the query's answer, not the callback, is what to trust. Safe to call
        for the same callback twice (it only reads)."""
        from ._webhooks import parse_webhook

        return await self.query(parse_webhook(body).task_id)
