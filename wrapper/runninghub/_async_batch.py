"""AsyncBatch, and the one definition of both batch objects: `_sync_batch.py` (Batch) is generated
from this file by generator/unasync.py. The engine (claims, per-job operations, the ledger) is
`_batch.py`'s; this is how a client's workers run it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Self

from ._batch import DEFAULT_CONCURRENCY, SUBMITS_IN_FLIGHT, BatchSummary, _BatchBase, _Engine, _free_slots
from ._errors import RunningHubError

if TYPE_CHECKING:
    from ._async_client import AsyncRunningHub
    from ._ledger import Job
    from ._limited import AsyncGate


class AsyncBatch(_BatchBase):
    """A batch of jobs behind a ledger: `run()` works through it (a coroutine on AsyncBatch).

    Made by `client.batch(...)`. Usable as a context manager (closes the ledger). Each job's
    ledger reads and writes and file checks are effects of its operation: under asyncio they
    run in worker threads, off the event loop."""

    def __init__(self, client: AsyncRunningHub, source: Any, **options: Any) -> None:
        super().__init__(client._core, source, **options)
        self._client = client

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.close()

    async def run(self) -> BatchSummary:
        """Work through the ledger until no job is left to do here (or stop(), the budget, or
        an account-wide error); returns the summary. Ctrl-C (or cancelling the run) stops it
        cleanly (the ledger keeps every task id) and is raised again."""
        from ._limited import gather_workers, new_async_gate

        self._check_budget_support(self._client)
        engine = self._start()
        try:
            n = self.concurrency or await self._queue_free() or DEFAULT_CONCURRENCY
            gate = new_async_gate(min(n, SUBMITS_IN_FLIGHT))
            await gather_workers(lambda: self._worker(engine, gate), n, engine.stop_flag.set)
        finally:
            engine.end()
        return engine.summary()

    async def _queue_free(self) -> int | None:
        status = getattr(self._client, "queue_status", None)
        if not callable(status):
            return None
        try:
            return _free_slots(await status())
        except RunningHubError:
            return None

    async def _worker(self, engine: _Engine, gate: AsyncGate) -> None:
        do = self._client._do
        try:
            while not engine.stop_flag.is_set():
                waiting = await do(engine.claim_waiting())
                if waiting is not None:
                    await do(engine.finish(waiting, engine.task_of(waiting), resumed=True))
                    continue
                async with gate:  # at most SUBMITS_IN_FLIGHT jobs are `submitting` at once
                    job = await do(engine.claim_new())
                    if job is None:
                        if await do(engine.recover()):
                            continue
                        return
                    if engine.max_total_cost is not None and not await do(
                        engine.reserve(job, await self._estimate(job))
                    ):
                        continue
                    task = await do(engine.submit(job))
                if task is not None:
                    await do(engine.finish(job, task, resumed=False))
        except BaseException:
            engine.stop_flag.set()
            raise

    async def _estimate(self, job: Job) -> Any:
        try:
            return await getattr(self._client, "estimate")(job.target, job.params)  # noqa: B009 - optional API
        except Exception as exc:
            return exc
