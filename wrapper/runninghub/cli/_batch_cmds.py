"""`runninghub batch run | status | export`: batch jobs behind a ledger (see docs/batch-jobs.md).

Only click is imported at module level, so `runninghub --help` stays quick.
"""

from __future__ import annotations

import signal
import sys
from decimal import Decimal
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from .._batch import BatchProgress, BatchSummary

BATCH_EXIT_CODES = """\b
Exit codes of `batch run`:
  0    every job is done
  1    stopped at --max-total-cost with jobs left (or another API error)
  2    a bad input line (nothing was sent)
  3/4/8 stopped by a wrong key, no balance or no connection (the job it concerned is pending)
  5    some jobs failed (see `batch export`)
  7    some jobs' submits had an unknown outcome (see `batch status`; --retry-unknown)
  130  interrupted: the ledger keeps every task id; run the same command to resume"""


@click.group(epilog=BATCH_EXIT_CODES)
def batch() -> None:
    """Batch jobs with a ledger: many tasks that survive a crash without paying twice."""


def _sigterm(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def _money(value: Decimal) -> str:
    return f"{value.normalize():f}" if value else "0"


class _Bar:
    """A progress bar on stderr: jobs finished of all, with done / failed / unknown and spend."""

    def __init__(self, total: int, counts: dict[str, int]) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        from ._ui import err_console

        self.progress = Progress(
            TextColumn("batch"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.description}", markup=False),
            TimeElapsedColumn(),
            console=err_console(),
            transient=False,
        )
        finished = counts["done"] + counts["failed"] + counts["outcome_unknown"]
        self.row = self.progress.add_task(
            self._text(counts["done"], counts["failed"], counts["outcome_unknown"], 0, None),
            total=total,
            completed=finished,
        )

    @staticmethod
    def _text(done: int, failed: int, unknown: int, running: int, spent: Decimal | None) -> str:
        text = f"done {done}  failed {failed}  unknown {unknown}  running {running}"
        return text + (f"  spent {_money(spent)}" if spent is not None else "")

    def update(self, p: BatchProgress) -> None:
        self.progress.update(
            self.row,
            completed=p.done + p.failed + p.unknown,
            total=p.total,
            description=self._text(p.done, p.failed, p.unknown, p.running, p.spent),
        )


def _summary_json(summary: BatchSummary, ledger: Path) -> dict[str, Any]:
    return {
        "ledger": str(ledger),
        "reason": summary.reason,
        "counts": summary.counts,
        "spent": str(summary.spent),
        "unknown": summary.unknown,
        "error": str(summary.error) if summary.error is not None else None,
    }


@batch.command("run", epilog=BATCH_EXIT_CODES)
@click.argument("jobs", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--out", type=click.Path(file_okay=False, path_type=Path), required=True, help="Directory for the outputs."
)
@click.option(
    "--ledger",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The ledger file (default: JOBS with .ledger.sqlite). Keep it on a local disk.",
)
@click.option("--concurrency", type=click.IntRange(min=1), help="Jobs at once (default: the key's free slots, else 4).")
@click.option("--max-total-cost", metavar="X", help="Stop submitting before the estimated spend would pass X.")
@click.option("--retry-unknown", is_flag=True, help="Submit again jobs whose earlier submit had an unknown outcome.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
@click.pass_context
def batch_run(
    ctx: click.Context,
    jobs: Path,
    out: Path,
    ledger: Path | None,
    concurrency: int | None,
    max_total_cost: str | None,
    retry_unknown: bool,
    as_json: bool,
) -> None:
    """Run every job of JOBS (a JSONL file, one job a line, or a ledger to resume) and save the
    outputs into --out as <job id>_<index>.<ext>.

    \b
    A line is {"model": NAME, "params": {...}}, {"workflow": ID, "nodes": [...]} or
    {"app": ID, "nodes": [...]}, with an optional "id" (default: the line number). Every line is
    checked before anything is sent. Run the same command again after a crash or Ctrl-C: it
    resumes, waits for submitted tasks by id and never submits a job twice. A job whose submit
    may or may not have reached the server is reported and submitted again only with
    --retry-unknown. Several processes may run one ledger at once.
    """
    from .. import InvalidParamsError
    from . import _client, _ui

    cap: Decimal | None = None
    if max_total_cost is not None:
        try:
            cap = Decimal(max_total_cost)
        except ArithmeticError:
            raise click.BadParameter(f"not a number: {max_total_cost!r}", param_hint="--max-total-cost") from None
    client = _client(ctx)
    try:
        work = client.batch(
            jobs, out=out, ledger=ledger, concurrency=concurrency, max_total_cost=cap, retry_unknown=retry_unknown
        )
    except ValueError as exc:
        if isinstance(exc, InvalidParamsError):
            raise
        raise click.UsageError(str(exc)) from None
    with work:
        counts = work.status()
        bar = _Bar(sum(counts.values()), counts)
        work.on_progress = bar.update
        previous = signal.signal(signal.SIGTERM, _sigterm)
        try:
            with bar.progress:
                summary = work.run()
        except KeyboardInterrupt:
            left = work.status()
            _ui.note(
                f"interrupted: {left['done']} done, {left['submitted']} submitted (their task ids are in the "
                f"ledger), {left['pending']} pending; run the same command to resume"
            )
            raise click.exceptions.Exit(130) from None
        finally:
            signal.signal(signal.SIGTERM, previous)
        if as_json:
            _ui.emit_json(_summary_json(summary, work.ledger_path))
        _report(summary, work.ledger_path)


def _report(summary: BatchSummary, ledger: Path) -> None:
    from . import _ui, exit_code_for

    c = summary.counts
    _ui.note(
        f"{c['done']} done, {c['failed']} failed, {c['outcome_unknown']} unknown, "
        f"{c['pending'] + c['submitting'] + c['submitted']} left; spent {_money(summary.spent)} (ledger {ledger})"
    )
    if summary.unknown:
        shown = ", ".join(summary.unknown[:10]) + (" ..." if len(summary.unknown) > 10 else "")
        _ui.note(
            f"outcome unknown for job(s) {shown}: a task may or may not exist (check the RunningHub console); "
            "--retry-unknown submits them again",
            style="yellow",
        )
    left = c["pending"] + c["submitting"] + c["submitted"]
    if left and summary.reason == "complete":
        _ui.note(f"{left} job(s) are being worked by another process on this ledger")
    if summary.error is not None:
        _ui.error(f"stopped: {summary.error}")
        raise click.exceptions.Exit(exit_code_for(summary.error))
    if summary.reason == "budget":
        _ui.note(f"stopped at --max-total-cost: {c['pending']} job(s) not submitted", style="yellow")
        raise click.exceptions.Exit(1)
    if summary.unknown:
        raise click.exceptions.Exit(7)
    if c["failed"]:
        raise click.exceptions.Exit(5)


def _open_ledger(path: Path) -> Any:
    from .._ledger import Ledger

    return Ledger(path)


@batch.command("status")
@click.argument("ledger", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON on stdout: {counts, ledger, total_cost, unknown}.")
def batch_status(ledger: Path, as_json: bool) -> None:
    """Jobs per state in the ledger LEDGER, and what finished jobs cost."""
    from . import _ui

    with _open_ledger(ledger) as db:
        counts, total = db.counts(), db.total_cost()
        unknown = [j.id for j in db.jobs(["outcome_unknown"])]
    if as_json:
        _ui.emit_json({"counts": counts, "ledger": str(ledger), "total_cost": str(total), "unknown": unknown})
        return
    rows: list[tuple[str, Any]] = [(state, n) for state, n in counts.items()]
    rows += [("total", sum(counts.values())), ("total cost", _money(total))]
    _ui.key_values(rows)
    if unknown:
        _ui.note(f"outcome unknown: {', '.join(unknown[:20])}{' ...' if len(unknown) > 20 else ''}", style="yellow")


@batch.command("export")
@click.argument("ledger", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write here (default: stdout).")
def batch_export(ledger: Path, fmt: str, output: Path | None) -> None:
    """Every job of LEDGER: job, line, task_id, status, outputs, cost, error_code, error."""
    from .._batch import export_text

    with _open_ledger(ledger) as db:
        text = export_text(db, fmt)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
