"""AsyncRunningHub: the asyncio client. Same methods as RunningHub, as coroutines."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from ._client import _ClientBase, _task_id
from ._core import (
    CHUNK,
    DEFAULT_LIMITS,
    Fetch,
    Fetched,
    Op,
    Send,
    Sleep,
    _fetch_headers,
    _fetch_open,
    advance,
    open_request,
)
from ._types import Account, Output, Progress, Result, Task, TaskSnapshot, Upload

if TYPE_CHECKING:
    from ._typed import RunFn, SubmitFn

T = TypeVar("T")


async def run_async(op: Op[T], client: httpx.AsyncClient) -> T:
    """Carry out an operation's effects with an httpx.AsyncClient."""
    value: Any = None
    error: BaseException | None = None
    while True:
        done, effect = advance(op, value, error)
        if done:
            return effect  # type: ignore[no-any-return]
        value, error = None, None
        try:
            if isinstance(effect, Send):
                value = await _send(client, effect)
            elif isinstance(effect, Sleep):
                await asyncio.sleep(effect.seconds)
            else:
                value = await _fetch(client, effect)
        except Exception as exc:
            error = exc


async def _send(client: httpx.AsyncClient, send: Send) -> httpx.Response:
    kwargs, handles = open_request(send)
    try:
        return await client.request(send.method, send.url, **kwargs)
    finally:
        for h in handles:
            h.close()


async def _fetch(client: httpx.AsyncClient, fetch: Fetch) -> Fetched:
    async with client.stream(
        "GET",
        fetch.url,
        headers=_fetch_headers(fetch),
        follow_redirects=True,
        timeout=fetch.timeout if fetch.timeout is not None else httpx.USE_CLIENT_DEFAULT,
    ) as response:
        f, expected = _fetch_open(fetch, response)
        with f:
            async for chunk in response.aiter_bytes(CHUNK):
                f.write(chunk)
                if fetch.progress is not None:
                    fetch.progress(f.tell(), expected)
            written = f.tell()
    return Fetched(response.status_code, expected, written)


class AsyncRunningHub(_ClientBase):
    """The asyncio RunningHub client; see RunningHub for the meaning of every argument."""

    if TYPE_CHECKING:
        submit: SubmitFn[Coroutine[Any, Any, Task]]
        run: RunFn[Coroutine[Any, Any, Result]]

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(api_key, base_url, timeout, max_retries)
        self._own_http = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=self._core.settings.timeout, limits=DEFAULT_LIMITS)

    async def _do(self, op: Op[T]) -> T:
        result = await run_async(op, self._http)
        if isinstance(result, TaskSnapshot):
            for output in result.outputs:
                output._client = self
        return result

    async def close(self) -> None:
        if self._own_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    if not TYPE_CHECKING:

        async def submit(self, model, params=None, *, webhook_url=None, validate=True, **fields):
            return await self._do(self._core.submit(model, params, fields, webhook_url=webhook_url, validate=validate))

        async def run(
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
        return await self._do(
            self._core.wait(task, timeout=timeout, on_progress=on_progress, cancel_on_timeout=cancel_on_timeout)
        )

    async def query(self, task: Task | str) -> TaskSnapshot:
        return await self._do(self._core.query(_task_id(task)))

    async def cancel(self, task: Task | str) -> None:
        await self._do(self._core.cancel(_task_id(task)))

    async def upload(
        self,
        source: str | Path | bytes | Any,
        *,
        file_name: str | None = None,
        on_progress: Callable[[int, int | None], None] | None = None,
    ) -> Upload:
        return await self._do(self._core.upload(source, file_name, on_progress))

    async def account(self) -> Account:
        return await self._do(self._core.account())

    async def run_many(
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
        self._core.check_batch(model, params_list, concurrency)
        gate = asyncio.Semaphore(concurrency)

        async def one(params: Mapping[str, Any]) -> Any:
            async with gate:
                return await self._do(
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

        return list(await asyncio.gather(*(one(p) for p in params_list), return_exceptions=return_exceptions))

    async def submit_workflow(
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
        return await self._do(
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
        task = await self.submit_workflow(workflow_id, node_info_list, **options)
        return await self.wait(task, timeout=timeout, on_progress=on_progress, cancel_on_timeout=cancel_on_timeout)

    async def submit_app(
        self,
        webapp_id: str,
        node_info_list: Iterable[Any],
        *,
        webhook_url: str | None = None,
        instance_type: str | None = None,
    ) -> Task:
        return await self._do(
            self._core.submit_app(webapp_id, node_info_list, webhook_url=webhook_url, instance_type=instance_type)
        )

    async def run_app(
        self,
        webapp_id: str,
        node_info_list: Iterable[Any],
        *,
        timeout: float | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        cancel_on_timeout: bool = True,
        **options: Any,
    ) -> Result:
        task = await self.submit_app(webapp_id, node_info_list, **options)
        return await self.wait(task, timeout=timeout, on_progress=on_progress, cancel_on_timeout=cancel_on_timeout)

    async def confirm_webhook(self, body: bytes | str | Mapping[str, Any]) -> TaskSnapshot:
        from ._webhooks import parse_webhook

        return await self.query(parse_webhook(body).task_id)


async def save_output_async(
    output: Output,
    dest: Path,
    *,
    client: AsyncRunningHub | None,
    overwrite: bool,
    on_progress: Callable[[int, int | None], None] | None = None,
) -> Path:
    if client is not None:
        return await client._do(client._core.download(output, dest, overwrite=overwrite, on_progress=on_progress))
    async with AsyncRunningHub(api_key="") as temp:
        return await temp._do(temp._core.download(output, dest, overwrite=overwrite, on_progress=on_progress))
