"""Batch jobs with a ledger: `client.batch("jobs.jsonl", out="results")` -> `Batch` (sync) or
`AsyncBatch` (asyncio; `_async_batch.py`, of which `_sync_batch.py` is the generated blocking
twin), on the engine of this module and the same ledger format (see `_ledger`).

Each input line is one job: {"model": NAME, "params": {...}}, {"workflow": ID, "nodes": [...]}
or {"app": ID, "nodes": [...]}, with an optional "id" (default: the line number). Every line is
checked before anything is sent. A run claims jobs from the ledger, submits them (recording
`submitting` before and `submitted` with the task id after), waits for their tasks by id, saves
the outputs into `out` as `<job id>_<index>.<ext>` (atomically) and records done or failed.
Running it again resumes; several processes may run one ledger at once.

Jobs are carried out as operations of the client's core (generators of effects), so the sync
client runs them in threads and the async one as coroutines, with the same retry, polling and
queue-full rules as `run_many`.
"""

from __future__ import annotations

import csv
import glob
import io
import json
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._checks import _node_list
from ._core import Core
from ._effects import Op, Shielded, Sleep, advance
from ._errors import (
    APIConnectionError,
    APIError,
    AuthenticationError,
    InsufficientBalanceError,
    InvalidParamsError,
    NotFoundError,
    RateLimitError,
    RunningHubError,
    SubmitOutcomeUnknownError,
    TaskCancelledError,
    TaskFailedError,
)
from ._ledger import Job, JobSpec, Ledger, end_owner, new_owner
from ._types import Output, Result, Task

if TYPE_CHECKING:
    pass

DEFAULT_CONCURRENCY = 4
"""Jobs run at once when neither `concurrency` nor the key's queue status says otherwise."""
SUBMITS_IN_FLIGHT = 8
"""Most jobs of one run in `submitting` at once: a crash can leave at most this many jobs of
unknown outcome (submits are quick, so this does not slow a batch)."""
_JOB_ID = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,119}$")
_SQLITE_MAGIC = b"SQLite format 3\x00"
_STOP_CHECK = 0.25  # longest sleep between two looks at the stop flag (s)


class _Stopped(Exception):
    """Internal: the batch was asked to stop."""


# --------------------------------------------------------------------------- input
def _job_spec(data: Any, line: int) -> JobSpec:
    where = f"line {line}"
    if not isinstance(data, Mapping):
        raise InvalidParamsError(f"{where}: a job is a JSON object, got {type(data).__name__}", field=None)
    kinds = [k for k in ("model", "workflow", "app") if k in data]
    if len(kinds) != 1:
        raise InvalidParamsError(f'{where}: a job has exactly one of "model", "workflow" or "app"', field=None)
    kind = kinds[0]
    allowed = {"id", kind, "params" if kind == "model" else "nodes"}
    extra = sorted(set(data) - allowed)
    if extra:
        raise InvalidParamsError(f"{where}: unknown key(s) {', '.join(extra)} (allowed: {sorted(allowed)})", field=None)
    target = data[kind]
    if not isinstance(target, (str, int)) or isinstance(target, bool) or not str(target).strip():
        raise InvalidParamsError(f'{where}: "{kind}" must be a non-empty string', field=kind)
    raw_id = data.get("id", line)
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)) or not _JOB_ID.match(str(raw_id)):
        raise InvalidParamsError(
            f'{where}: "id" must be 1-120 letters, digits, "_", "-" or "." (it names the output files), got {raw_id!r}',
            field="id",
        )
    if kind == "model":
        params = data.get("params", {})
        if not isinstance(params, Mapping):
            raise InvalidParamsError(f'{where}: "params" must be a JSON object', field="params")
        return JobSpec(str(raw_id), line, kind, str(target), dict(params))
    nodes = data.get("nodes", [])
    if not isinstance(nodes, list):
        raise InvalidParamsError(f'{where}: "nodes" must be a list', field="nodes")
    return JobSpec(str(raw_id), line, kind, str(target), nodes)


def read_jobs(path: str | Path) -> list[JobSpec]:
    """Parse a JSONL file of jobs (blank lines and lines starting with # are skipped); a bad
    line raises InvalidParamsError naming it."""
    specs = []
    with Path(path).open(encoding="utf-8") as f:
        for number, text in enumerate(f, 1):
            if not text.strip() or text.lstrip().startswith("#"):
                continue
            try:
                data = json.loads(text)
            except ValueError as exc:
                raise InvalidParamsError(f"line {number}: not JSON ({exc})", field=None) from None
            specs.append(_job_spec(data, number))
    return specs


def jobs_from(items: Iterable[Mapping[str, Any]]) -> list[JobSpec]:
    """Jobs from dicts (the same shape as the JSONL lines; line numbers count from 1)."""
    return [_job_spec(item, i) for i, item in enumerate(items, 1)]


def check_jobs(core: Core, specs: list[JobSpec]) -> None:
    """Everything checkable before a submit, for every job: unique ids, known models, valid
    parameters, well-formed node lists. Raises InvalidParamsError naming the line."""
    from ._catalog import prepare_params

    seen: dict[str, int] = {}
    for spec in specs:
        if spec.id in seen:
            raise InvalidParamsError(
                f"line {spec.line}: job id {spec.id!r} is also on line {seen[spec.id]}", field="id"
            )
        seen[spec.id] = spec.line
        try:
            if spec.kind == "model":
                prepare_params(core.catalog.get(spec.target), spec.params)
            else:
                _node_list(spec.params)
        except InvalidParamsError as exc:
            exc.message = f"line {spec.line} (job {spec.id}): {exc.message}"
            exc.args = (exc.message,)
            raise


# --------------------------------------------------------------------------- reporting
@dataclass(frozen=True)
class BatchProgress:
    """What `on_progress` receives after every change: jobs per state and the spend so far
    (what finished tasks cost, as reported). `running` is submitting plus submitted."""

    total: int
    pending: int
    running: int
    done: int
    failed: int
    unknown: int
    spent: Decimal


@dataclass
class BatchSummary:
    """The end of a run. `reason`: "complete" (no job left to do), "stopped" (stop() or
    Ctrl-C), "budget" (max_total_cost reached: the rest were not submitted) or "error" (`error`
    stopped it: the jobs it concerns are pending or submitted again). `unknown` lists the jobs
    whose submit may or may not have created a task: rerun with retry_unknown to submit them."""

    reason: str
    counts: dict[str, int]
    spent: Decimal
    unknown: list[str] = field(default_factory=list)
    error: RunningHubError | None = None

    @property
    def complete(self) -> bool:
        return self.counts.get("done", 0) + self.counts.get("failed", 0) == sum(self.counts.values())


def _cost_of(result: Any) -> Decimal | None:
    cost = getattr(result, "cost", None)
    if cost is None:
        usage = getattr(result, "usage", None)
        cost = getattr(usage, "consume_money", None) if usage is not None else None
    if cost is None:
        return None
    try:
        return Decimal(str(cost))
    except InvalidOperation:
        return None


EXPORT_FIELDS = ["job", "line", "task_id", "status", "outputs", "cost", "error_code", "error"]


def export_rows(ledger: Ledger) -> list[dict[str, Any]]:
    """One dict per job: job, line, task_id, status, outputs (paths), cost, error_code, error."""
    return [
        {
            "job": j.id,
            "line": j.line,
            "task_id": j.task_id,
            "status": j.state,
            "outputs": [o.get("path") for o in j.outputs or []],
            "cost": str(j.cost) if j.cost is not None else None,
            "error_code": j.error_code,
            "error": j.error_message,
        }
        for j in ledger.jobs()
    ]


def export_text(ledger: Ledger, fmt: str) -> str:
    """The ledger as CSV (outputs separated by spaces) or JSONL."""
    rows = export_rows(ledger)
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)
    if fmt != "csv":
        raise ValueError(f"format must be csv or jsonl, not {fmt!r}")
    buf = io.StringIO()
    writer = csv.DictWriter(
        buf, fieldnames=["job", "line", "task_id", "status", "outputs", "cost", "error_code", "error"]
    )
    writer.writeheader()
    for r in rows:
        writer.writerow({**r, "outputs": " ".join(p for p in r["outputs"] if p)})
    return buf.getvalue()


# --------------------------------------------------------------------------- the engine
class _Engine:
    """One run over a ledger: claims, per-job operations and counters (thread-safe)."""

    def __init__(
        self,
        core: Core,
        ledger: Ledger,
        out: Path,
        *,
        max_total_cost: Decimal | None,
        on_progress: Callable[[BatchProgress], None] | None,
    ) -> None:
        self.core, self.ledger, self.out = core, ledger, out
        self.max_total_cost = max_total_cost
        self.on_progress = on_progress
        self.owner = new_owner()
        self.stop_flag = threading.Event()
        self.no_more_submits = False
        self.error: RunningHubError | None = None
        self.capped = False
        self._lock = threading.Lock()
        self.counts = ledger.counts()
        self.spent = ledger.total_cost()

    # ---- counters
    def _moved(self, old: str, new: str, cost: Decimal | None = None) -> None:
        with self._lock:
            self.counts[old] -= 1
            self.counts[new] += 1
            if cost is not None:
                self.spent += cost
            c = dict(self.counts)
            spent = self.spent
        if self.on_progress is not None:
            self.on_progress(
                BatchProgress(
                    total=sum(c.values()),
                    pending=c["pending"],
                    running=c["submitting"] + c["submitted"],
                    done=c["done"],
                    failed=c["failed"],
                    unknown=c["outcome_unknown"],
                    spent=spent,
                )
            )

    def _fatal(self, exc: RunningHubError) -> None:
        """An error about the account or the connection, not the job: stop submitting."""
        with self._lock:
            if self.error is None:
                self.error = exc
        self.stop_flag.set()

    # ---- operations
    def _blocking(self, call: Callable[..., Any], *args: Any) -> Op[Any]:
        """A ledger read or write (or a file check) as an effect: inline in the blocking client,
        in a worker thread under asyncio (an SQLite commit may wait on the disk), finished even
        when the run is cancelled meanwhile (Shielded)."""
        return (yield Shielded(partial(call, *args)))

    def _stoppable(self, op: Op[Any], parked: Job | None = None) -> Op[Any]:
        """Run `op`, looking at the stop flag before each of its effects (long sleeps are cut
        into short ones). On stop, `op` is closed and _Stopped raised.

        `parked`: `op` is the submit of this job. A submit op sleeps only before its first send
        (upload retries) or after an attempt that provably created no task (a queue-full or
        rate-limit refusal, a connection that never opened), so while it sleeps the job is
        parked as pending, and it is `submitting` again, on disk, before the op goes on."""
        value: Any = None
        error: BaseException | None = None
        while True:
            done, effect = advance(op, value, error)
            if done:
                return effect
            value, error = None, None
            if self.stop_flag.is_set():
                op.close()
                raise _Stopped
            if isinstance(effect, Sleep):
                if parked is not None:
                    yield from self._blocking(self.ledger.park, parked.id, self.owner)
                remaining = effect.seconds
                while remaining > 0:
                    step = min(remaining, _STOP_CHECK)
                    yield Sleep(step)
                    remaining -= step
                    if self.stop_flag.is_set():
                        op.close()
                        raise _Stopped
                if parked is not None:
                    yield from self._blocking(self.ledger.unpark, parked.id, self.owner)
                continue
            try:
                value = yield effect
            except Exception as exc:
                error = exc

    def claim_waiting(self) -> Op[Job | None]:
        """A submitted job nobody is waiting for (left by an earlier run), now this run's."""
        if self.stop_flag.is_set():
            return None
        job: Job | None = yield from self._blocking(self.ledger.claim_submitted, self.owner)
        return job

    def claim_new(self) -> Op[Job | None]:
        """The next pending job, now `submitting` (on disk) and this run's."""
        if self.stop_flag.is_set() or self.no_more_submits:
            return None
        job: Job | None = yield from self._blocking(self.ledger.claim_pending, self.owner)
        if job is not None:
            self._moved("pending", "submitting")
        return job

    def recover(self) -> Op[bool]:
        """Take back the jobs of runs that died (see Ledger.release_dead); True if any."""
        if self.stop_flag.is_set() or not (yield from self._blocking(self.ledger.release_dead)):
            return False
        counts = yield from self._blocking(self.ledger.counts)
        with self._lock:
            self.counts = counts
        return True

    def reserve(self, job: Job, estimate: Any) -> Op[bool]:
        """Under max_total_cost: keep the claimed job if its estimate fits, else put it back
        (nothing was sent) and submit nothing more. `estimate` is what client.estimate returned
        (its `.price`), or the exception it raised."""
        assert self.max_total_cost is not None
        if isinstance(estimate, BaseException):
            yield from self._blocking(
                self.ledger.mark_unsent, job.id, self.owner, None, f"not submitted: no price preview ({estimate})"
            )
            self._moved("submitting", "pending")
            self._fatal(
                estimate
                if isinstance(estimate, RunningHubError)
                else RunningHubError(f"job {job.id}: no price preview: {estimate}")
            )
            return False
        price = _price_of(estimate)
        if price is None:
            yield from self._blocking(
                self.ledger.mark_unsent, job.id, self.owner, None, "not submitted: the server gave no price"
            )
            self._moved("submitting", "pending")
            self._fatal(RunningHubError(f"job {job.id}: the server gave no price, so max_total_cost cannot be kept"))
            return False
        if not (yield from self._blocking(self.ledger.reserve, job.id, self.owner, price, self.max_total_cost)):
            yield from self._blocking(
                self.ledger.mark_unsent, job.id, self.owner, None, "not submitted: max_total_cost reached"
            )
            self._moved("submitting", "pending")
            self.no_more_submits = self.capped = True
            return False
        return True

    def finish(self, job: Job, task: Task, resumed: bool) -> Op[None]:
        """Wait for a submitted job's task, save its outputs, record done or failed."""
        try:
            result: Result = yield from self._stoppable(
                self.core.wait(task, timeout=None, on_progress=None, cancel_on_timeout=False)
            )
        except _Stopped:
            return  # still submitted: the next run waits for it
        except TaskFailedError as exc:
            snap = exc.snapshot
            yield from self._blocking(
                self.ledger.mark_failed,
                job.id,
                self.owner,
                exc.error_code,
                exc.message,
                _cost_of(snap) if snap else None,
            )
            self._moved("submitted", "failed")
            return
        except TaskCancelledError as exc:
            yield from self._blocking(self.ledger.mark_failed, job.id, self.owner, "cancelled", exc.message, None)
            self._moved("submitted", "failed")
            return
        except NotFoundError as exc:  # the task expired or belongs to another key
            yield from self._blocking(
                self.ledger.mark_failed, job.id, self.owner, exc.error_code or "not_found", str(exc), None
            )
            self._moved("submitted", "failed")
            return
        except RunningHubError as exc:
            yield from self._blocking(
                self.ledger.note_error, job.id, self.owner, getattr(exc, "error_code", None), f"status read: {exc}"
            )
            self._fatal(exc)
            return
        try:
            outputs = yield from self._stoppable(self._save(job, result, resumed))
        except _Stopped:
            return
        except (RunningHubError, OSError) as exc:
            # the task and its outputs stay on the server: the next run downloads what is missing
            yield from self._blocking(
                self.ledger.note_error, job.id, self.owner, getattr(exc, "error_code", None), f"download: {exc}"
            )
            return
        cost = _cost_of(result)
        yield from self._blocking(self.ledger.mark_done, job.id, self.owner, outputs, cost)
        self._moved("submitted", "done", cost)

    def task_of(self, job: Job) -> Task:
        model = self.core.catalog.get(job.target) if job.kind == "model" and job.target in self.core.catalog else None
        return Task(
            id=str(job.task_id),
            model=model.name if model else job.target,
            endpoint=model.endpoint if model else None,
            output_type=model.output_type if model else None,
            submitted_at=job.submitted_at or 0.0,
        )

    def _submit_op(self, job: Job) -> Op[Task]:
        """The client's own submit for the job (workflows and apps are checked against their
        template first, as client.submit_workflow / submit_app do)."""
        from . import _workflows

        if job.kind == "model":
            return self.core.submit(job.target, job.params, {}, validate=True, queue_wait=True)
        options: dict[str, Any] = dict.fromkeys(("webhook_url", "instance_type", "use_personal_queue"))
        options |= {"retain_seconds": None, "access_password": None, "validate": True}
        if job.kind == "workflow":
            return _workflows.submit_workflow(
                self.core, job.target, job.params, add_metadata=None, workflow=None, **options
            )
        return _workflows.submit_app(self.core, job.target, job.params, fill_defaults=False, **options)

    def submit(self, job: Job) -> Op[Task | None]:
        """Submit an owned `submitting` job; record what became of it. None: not submitted."""
        try:
            task: Task = yield from self._stoppable(self._submit_op(job), parked=job)
        except _Stopped:
            # Stopped before an effect of the submit: nothing was sent yet, or the last
            # attempt was provably refused (only then does a submit sleep and try again).
            yield from self._blocking(
                self.ledger.mark_unsent, job.id, self.owner, None, "not submitted: the run was stopped"
            )
            self._moved("submitting", "pending")
            return None
        except SubmitOutcomeUnknownError as exc:
            yield from self._blocking(self.ledger.mark_unknown, job.id, self.owner, str(exc))
            self._moved("submitting", "outcome_unknown")
            return None
        except (AuthenticationError, InsufficientBalanceError, APIConnectionError) as exc:
            yield from self._blocking(
                self.ledger.mark_unsent, job.id, self.owner, getattr(exc, "error_code", None), str(exc)
            )
            self._moved("submitting", "pending")
            self._fatal(exc)
            return None
        except RateLimitError as exc:  # refused (no task): back to pending, try again later
            yield from self._blocking(self.ledger.mark_unsent, job.id, self.owner, exc.error_code, str(exc))
            self._moved("submitting", "pending")
            yield Sleep(min(10.0, max(1.0, exc.retry_after or 0.0)))
            return None
        except APIError as exc:
            if exc.retryable and not isinstance(exc, InvalidParamsError):
                # a transient answer before the submit (a template read): not the job's fault
                yield from self._blocking(self.ledger.mark_unsent, job.id, self.owner, exc.error_code, str(exc))
                self._moved("submitting", "pending")
                self._fatal(exc)
                return None
            yield from self._blocking(
                self.ledger.mark_failed, job.id, self.owner, exc.error_code or "refused", str(exc), None
            )
            self._moved("submitting", "failed")
            return None
        except InvalidParamsError as exc:  # refused before sending (e.g. a workflow's node check)
            yield from self._blocking(
                self.ledger.mark_failed,
                job.id,
                self.owner,
                getattr(exc, "error_code", None) or "invalid",
                str(exc),
                None,
            )
            self._moved("submitting", "failed")
            return None
        yield from self._blocking(self.ledger.mark_submitted, job.id, self.owner, task.id, task.submitted_at)
        self._moved("submitting", "submitted")
        return task

    def _save(self, job: Job, result: Result, resumed: bool) -> Op[list[dict[str, Any]]]:
        """Download every output as <job id>_<index>.<ext>; a file already there is complete
        (downloads are renamed into place) and is not fetched again."""
        saved = []
        for output in result.outputs:
            entry: dict[str, Any] = {"index": output.index, "url": output.url, "output_type": output.output_type}
            if output.url or output.text is not None:
                path = self.out / f"{job.id}_{output.index}.{output.extension}"
                if not (yield from self._blocking(path.exists)):
                    if resumed:
                        # a download cut short by a crash leaves its temporary file; this run
                        # owns the job, so no other process is writing it
                        yield from self._blocking(_remove_parts, path)
                    yield from self.core.download(_for_job(output), path, overwrite=True)
                entry["path"] = str(path)
            saved.append(entry)
        return saved

    def summary(self) -> BatchSummary:
        counts = self.ledger.counts()
        if self.error is not None:
            reason = "error"
        elif self.capped:
            reason = "budget"
        elif self.stop_flag.is_set():
            reason = "stopped"
        else:
            reason = "complete"
        unknown = [j.id for j in self.ledger.jobs(["outcome_unknown"])]
        return BatchSummary(reason, counts, self.ledger.total_cost(), unknown, self.error)

    def end(self) -> None:
        """The run is over: its jobs go back to the ledger (see Ledger.release)."""
        self.ledger.release(self.owner)
        end_owner(self.owner)


def _remove_parts(path: Path) -> None:
    """The temporary files of earlier downloads of `path`."""
    for stale in path.parent.glob(f".{glob.escape(path.name)}.*.part"):
        stale.unlink(missing_ok=True)


def _for_job(output: Output) -> Output:
    return Output(url=output.url, output_type=output.output_type, text=output.text, index=output.index, task_id="")


# --------------------------------------------------------------------------- the public objects
class _BatchBase:
    def __init__(
        self,
        core: Core,
        source: str | Path | Iterable[Mapping[str, Any]],
        *,
        out: str | Path,
        ledger: str | Path | None,
        concurrency: int | None,
        max_total_cost: Decimal | float | str | None,
        retry_unknown: bool,
        on_progress: Callable[[BatchProgress], None] | None,
    ) -> None:
        if concurrency is not None and concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        specs: list[JobSpec] | None
        if isinstance(source, (str, Path)):
            path = Path(source)
            if _is_ledger(path):
                ledger_path, specs = path, None
            else:
                specs = read_jobs(path)
                ledger_path = Path(ledger) if ledger is not None else path.with_suffix(".ledger.sqlite")
        else:
            if ledger is None:
                raise ValueError("a batch from a list of jobs needs ledger=PATH")
            specs, ledger_path = jobs_from(source), Path(ledger)
        if specs is not None:
            check_jobs(core, specs)
        self._core = core
        self.out = Path(out)
        self.concurrency = concurrency
        self.max_total_cost = Decimal(str(max_total_cost)) if max_total_cost is not None else None
        self.retry_unknown = retry_unknown
        self.on_progress = on_progress
        self.ledger = Ledger(ledger_path)
        if specs is not None:
            self.ledger.add_jobs(specs)
        self._engine: _Engine | None = None

    @property
    def ledger_path(self) -> Path:
        return self.ledger.path

    def status(self) -> dict[str, int]:
        """Jobs per state, from the ledger."""
        return self.ledger.counts()

    def jobs(self, states: Iterable[str] | None = None) -> list[Job]:
        """The ledger's jobs (in input order), optionally only those in `states`."""
        return self.ledger.jobs(states)

    def stop(self) -> None:
        """Ask a running `run()` to stop: no new submits, waits end; thread-safe."""
        if self._engine is not None:
            self._engine.stop_flag.set()

    def close(self) -> None:
        self.ledger.close()

    def _start(self) -> _Engine:
        self.out.mkdir(parents=True, exist_ok=True)
        if self.retry_unknown:
            self.ledger.retry_unknown()
        self.ledger.release_dead()
        engine = _Engine(
            self._core, self.ledger, self.out, max_total_cost=self.max_total_cost, on_progress=self.on_progress
        )
        self._engine = engine
        return engine

    def _check_budget_support(self, client: Any) -> None:
        if self.max_total_cost is None:
            return
        if not callable(getattr(client, "estimate", None)):
            raise RunningHubError("max_total_cost needs client.estimate (the price preview), which this version lacks")
        unpriced = [j.id for j in self.ledger.jobs(["pending"]) if j.kind != "model"]
        if unpriced:
            raise RunningHubError(
                f"max_total_cost: workflow and AI App jobs have no price preview (job {unpriced[0]}"
                f"{f' and {len(unpriced) - 1} more' if len(unpriced) > 1 else ''})"
            )


def _price_of(estimate: Any) -> Decimal | None:
    """What a budget counts in client.estimate's answer: `.cost` (0 when the call is free),
    else `.price`, else the number itself."""
    price = getattr(estimate, "cost", getattr(estimate, "price", estimate))
    if price is None or isinstance(price, bool):
        return None
    try:
        return Decimal(str(price))
    except InvalidOperation:
        return None


def _free_slots(status: Any) -> int | None:
    """What the key may still run, from client.queue_status(): `.free_slots` (its concurrent
    limit minus the tasks it runs and queues), at least 1."""
    free = getattr(status, "free_slots", None)
    if not isinstance(free, int) or isinstance(free, bool):
        return None
    return max(1, free)


def _is_ledger(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(16) == _SQLITE_MAGIC
    except OSError:
        return False
