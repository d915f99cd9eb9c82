"""Batch: batch jobs of the blocking client.

Generated from _async_batch.py by generator/unasync.py (`make generate`); do not edit:
change _async_batch.py, the one definition of both clients' versions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Self

from ._batch import DEFAULT_CONCURRENCY, SUBMITS_IN_FLIGHT, BatchSummary, _BatchBase, _Engine, _free_slots
from ._errors import RunningHubError

if TYPE_CHECKING:
    from ._client import RunningHub
    from ._ledger import Job
    from ._limited import Gate


class Batch(_BatchBase):
    """A batch of jobs behind a ledger: `run()` works through it (a coroutine on AsyncBatch).

    Made by `client.batch(...)`. Usable as a context manager (closes the ledger). Each job's
    ledger reads and writes and file checks are effects of its operation: under asyncio they
    run in worker threads, off the event loop."""

    def __init__(self, client: RunningHub, source: Any, **options: Any) -> None:
        super().__init__(client._core, source, **options)
        self._client = client

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(self) -> BatchSummary:
        """Work through the ledger until no job is left to do here (or stop(), the budget, or
        an account-wide error); returns the summary. Ctrl-C (or cancelling the run) stops it
        cleanly (the ledger keeps every task id) and is raised again."""
        from ._limited import new_gate, run_workers

        self._check_budget_support(self._client)
        engine = self._start()
        try:
            n = self.concurrency or self._queue_free() or DEFAULT_CONCURRENCY
            gate = new_gate(min(n, SUBMITS_IN_FLIGHT))
            run_workers(lambda: self._worker(engine, gate), n, engine.stop_flag.set)
        finally:
            engine.end()
        return engine.summary()

    def _queue_free(self) -> int | None:
        status = getattr(self._client, "queue_status", None)
        if not callable(status):
            return None
        try:
            return _free_slots(status())
        except RunningHubError:
            return None

    def _worker(self, engine: _Engine, gate: Gate) -> None:
        do = self._client._do
        try:
            while not engine.stop_flag.is_set():
                waiting = do(engine.claim_waiting())
                if waiting is not None:
                    do(engine.finish(waiting, engine.task_of(waiting), resumed=True))
                    continue
                with gate:  # at most SUBMITS_IN_FLIGHT jobs are `submitting` at once
                    job = do(engine.claim_new())
                    if job is None:
                        if do(engine.recover()):
                            continue
                        return
                    if engine.max_total_cost is not None and not do(
                        engine.reserve(job, self._estimate(job))
                    ):
                        continue
                    task = do(engine.submit(job))
                if task is not None:
                    do(engine.finish(job, task, resumed=False))
        except BaseException:
            engine.stop_flag.set()
            raise

    def _estimate(self, job: Job) -> Any:
        try:
            return getattr(self._client, "estimate")(job.target, job.params)  # noqa: B009 - optional API
        except Exception as exc:
            return exc
