"""What the command line shows: rich progress rows and messages on stderr, tables and JSON on
stdout. Imported only by commands that need it, so `runninghub --help` stays quick.

rich leaves out colour and animation when the stream is not a terminal, and honours NO_COLOR.
"""

from __future__ import annotations

import functools
import json
import re
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any

import click
from rich.console import Console, RenderableType
from rich.progress import Progress as RichProgress
from rich.progress import ProgressColumn, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text

from .._catalog import Model, Param
from .._live import NodeProgress
from .._types import Account, Output, Progress, Result, TaskSnapshot, Upload, Usage


@functools.cache
def err_console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


@functools.cache
def out_console() -> Console:
    console = Console(highlight=False)
    if not console.is_terminal:
        # Piped: never wrap table rows, so each model stays on one greppable line.
        console = Console(highlight=False, width=10_000)
    return console


def print_out(renderable: RenderableType) -> None:
    """A table or text on stdout; when piped, without the trailing spaces of padded cells."""
    console = out_console()
    if console.is_terminal:
        console.print(renderable)
        return
    with console.capture() as captured:
        console.print(renderable)
    click.echo("\n".join(line.rstrip() for line in captured.get().splitlines()))


# Terminal escape sequences (CSI, OSC, other ESC forms) and C0/C1 control characters but tab and
# newline: server text (error messages, task fields) must not move the cursor, retitle the
# window or hide what comes next.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: window title, hyperlinks
    r"|\x1b[@-_]?"  # other escapes
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"  # control characters but tab and newline
)


def clean(text: str) -> str:
    """`text` without terminal escape sequences and control characters."""
    return _ESCAPES.sub("", text)


def cell(value: object) -> Text:
    """A table cell: cleaned like `clean` and never read as rich markup (`[link=...]`)."""
    return Text(clean(value if isinstance(value, str) else str(value)))


def echo(text: object) -> None:
    """One plain line on stdout (a task id, a path, a file name the server named), cleaned."""
    click.echo(clean(str(text)))


def error(message: str) -> None:
    """One line on stderr: `error: <message>`."""
    err_console().print(Text("error: ", style="bold red") + Text(" ".join(clean(message).split())))


def note(message: str, style: str = "") -> None:
    """A human message on stderr."""
    err_console().print(Text(clean(message), style=style))


def emit_json(data: Any) -> None:
    """Machine-readable output on stdout: sorted keys, two-space indent, UTF-8 as is."""
    click.echo(json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False))


# --------------------------------------------------------------------------- activity
class _Mark(SpinnerColumn):
    """A spinner while a row is under way, then ✓ or ✗."""

    def render(self, task: Any) -> RenderableType:
        if task.fields.get("failed"):
            return Text("✗", style="red")
        if task.finished:
            return Text("✓", style="green")
        return super().render(task)


class _Bytes(ProgressColumn):
    """A byte progress bar and percentage, only on transfer rows (uploads, downloads)."""

    def __init__(self, bar_width: int = 24) -> None:
        super().__init__()
        self.bar_width = bar_width

    def render(self, task: Any) -> RenderableType:
        steps = task.fields.get("steps")
        if steps:  # a workflow node's sampler steps (live progress)
            done = task.fields.get("steps_done", 0)
            grid = Table.grid(padding=(0, 1))
            grid.add_row(ProgressBar(total=steps, completed=done, width=self.bar_width), Text(f"{done}/{steps}"))
            return grid
        if not task.fields.get("transfer"):
            return Text("")
        total, done = task.fields.get("bytes_total"), task.fields.get("bytes_done", 0)
        if not total:
            return Text(human_size(done))
        grid = Table.grid(padding=(0, 1))
        grid.add_row(
            ProgressBar(total=total, completed=done, width=self.bar_width), Text(f"{100 * done // max(total, 1):3d}%")
        )
        return grid


class Step:
    """What `Activity.step` yields: set `.done` to the row's text for when the step succeeds;
    pass `.bytes` as the `on_progress` of an upload or download to fill the row's bar."""

    def __init__(self, doing: str, activity: Activity | None = None, row: TaskID | None = None) -> None:
        self.done = doing
        self._activity, self._row = activity, row

    def bytes(self, done: int, total: int | None) -> None:
        progress = self._activity._progress if self._activity is not None else None
        if progress is not None and self._row is not None:
            progress.update(self._row, transfer=True, bytes_done=done, bytes_total=total)


def human_size(size: int | None) -> str:
    if size is None:
        return "size unknown"
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{size} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"  # unreachable


class Activity:
    """What a command is doing, on stderr: in a terminal, one live row per step (a spinner per
    upload, the task's status with the time elapsed, a spinner per download); otherwise one
    plain line per finished step and per status change."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or err_console()
        self.live = self.console.is_terminal and not self.console.is_dumb_terminal
        self._progress: RichProgress | None = None
        self._rows: list[TaskID] = []
        self._wait_row: TaskID | None = None
        self._submit_row: TaskID | None = None
        self._started = time.monotonic()
        self.task_id: str | None = None
        self.phase = "preparing"
        self._last_status: str | None = None
        self._node_rows: dict[str, TaskID] = {}

    def __enter__(self) -> Activity:
        if self.live:
            self._progress = RichProgress(
                _Mark(),
                TextColumn("{task.description}", markup=False),  # descriptions hold server text
                _Bytes(bar_width=24),
                TimeElapsedColumn(),
                console=self.console,
                transient=False,
            )
            self._progress.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        from .. import TaskCancelledError, TaskFailedError, TaskTimeoutError

        if isinstance(exc, (TaskFailedError, TaskCancelledError)) and self._wait_row is not None:
            # the task's final status, when the client raised before reporting it
            status = "FAILED" if isinstance(exc, TaskFailedError) else "CANCELLED"
            self._finish(self._wait_row, f"task {self.task_id} · {status}", failed=True)
        self.close(failed=exc is not None, reason="timed out" if isinstance(exc, TaskTimeoutError) else "")

    def close(self, failed: bool = False, reason: str = "") -> None:
        """Stop the live display (before a prompt, or at the end); with `failed`, rows still
        open are marked ✗ (and `reason` is appended to them)."""
        progress, self._progress = self._progress, None
        if progress is None:
            return
        if failed:
            for row in self._rows:
                task = progress.tasks[row]
                if not task.finished:
                    description = f"{task.description} · {reason}" if reason else task.description
                    progress.update(row, description=clean(description), failed=True)
                    progress.stop_task(row)
        progress.stop()

    def _add(self, description: str) -> TaskID | None:
        if self._progress is None:
            return None
        row = self._progress.add_task(clean(description), total=1, failed=False)
        self._rows.append(row)
        return row

    def _finish(self, row: TaskID | None, description: str, *, failed: bool = False) -> None:
        if self._progress is not None and row is not None:
            if failed:
                self._progress.update(row, description=clean(description), failed=True)
                self._progress.stop_task(row)
            else:
                self._progress.update(row, description=clean(description), completed=1)
        elif not self.live:
            note(description)

    @contextmanager
    def step(self, doing: str) -> Iterator[Step]:
        """A row for one step (an upload, a download), finished with the text set on the yielded
        `Step` (default: `doing`) or marked failed."""
        row = self._add(doing)
        step = Step(doing, self, row)
        try:
            yield step
        except BaseException:
            self._finish(row, doing, failed=True)
            raise
        self._finish(row, step.done)

    def submitting(self, label: str) -> None:
        self.phase = "submitting"
        self._submit_row = self._add(f"submitting {label}")

    def watch(self, task_id: str) -> None:
        """The row that follows a task's status until it ends."""
        self.task_id = task_id
        self.phase = "waiting"
        self._wait_row = self._add(f"task {task_id} · waiting")

    def on_progress(self, event: Progress) -> None:
        """`on_progress` for run and wait: the submit event (no snapshot), then each new status."""
        if self.task_id is None:
            row, self._submit_row = self._submit_row, None
            self._finish(row, f"submitted task {event.task_id}")
            self.watch(event.task_id)
        if event.node is not None:
            self._on_node(event.node)
            return
        if event.status == self._last_status:
            return
        self._last_status = event.status
        text = f"task {event.task_id} · {event.status}"
        if self._progress is not None and self._wait_row is not None:
            if event.snapshot is not None and event.snapshot.done:
                self._finish(self._wait_row, text, failed=not event.snapshot.succeeded)
            else:
                self._progress.update(self._wait_row, description=clean(text))
        elif not self.live:
            note(f"{text} ({event.elapsed:.0f} s)")

    def _on_node(self, node: NodeProgress) -> None:
        """A row per workflow node that runs (a bar for a sampler's steps), from the live channel."""
        if node.kind in ("success", "error", "interrupted"):
            for node_id in list(self._node_rows):
                self._end_node(node_id, failed=node.kind != "success")
            return
        if node.node_id is None or node.kind not in ("executing", "progress", "executed"):
            return
        label = f"node {node.node_id}" + (f" · {node.node_title}" if node.node_title else "")
        if node.kind == "executing":
            for node_id in list(self._node_rows):  # ComfyUI runs one node at a time
                self._end_node(node_id)
        row = self._node_rows.get(node.node_id)
        if row is None:
            row = self._add(label)
            if row is None:
                if not self.live and node.kind == "executing":
                    note(label)
                return
            self._node_rows[node.node_id] = row
        if node.kind == "progress" and self._progress is not None and node.max:
            self._progress.update(row, steps=node.max, steps_done=node.value or 0)
        elif node.kind == "executed":
            self._end_node(node.node_id)

    def _end_node(self, node_id: str, failed: bool = False) -> None:
        row = self._node_rows.pop(node_id, None)
        if row is not None and self._progress is not None:
            self._finish(row, self._progress.tasks[row].description, failed=failed)


# --------------------------------------------------------------------------- JSON shapes
def json_number(value: Decimal | None) -> float | None:
    """A Decimal amount as a JSON number (json cannot write Decimal)."""
    return None if value is None else float(value)


def usage_json(usage: Usage | None) -> dict[str, Any] | None:
    if usage is None:
        return None
    return {
        "consume_coins": json_number(usage.consume_coins),
        "consume_money": json_number(usage.consume_money),
        "task_cost_time": json_number(usage.task_cost_time),
        "third_party_consume_money": json_number(usage.third_party_consume_money),
    }


def output_json(output: Output, path: Path | None = None) -> dict[str, Any]:
    return {
        "index": output.index,
        "output_type": output.output_type,
        "path": str(path) if path is not None else None,
        "text": output.text,
        "url": output.url,
    }


def snapshot_json(snap: TaskSnapshot, paths: Sequence[Path | None] = ()) -> dict[str, Any]:
    saved = list(paths)
    data: dict[str, Any] = {
        "error_code": snap.error_code,
        "error_message": snap.error_message,
        "failed_reason": snap.failed_reason,
        "outputs": [output_json(o, saved[i] if i < len(saved) else None) for i, o in enumerate(snap.outputs)],
        "status": snap.status,
        "task_id": str(snap.task_id),
        "usage": usage_json(snap.usage),
    }
    if isinstance(snap, Result):
        data["elapsed"] = round(snap.elapsed, 3)
    return data


def upload_json(upload: Upload) -> dict[str, Any]:
    return {"file_name": upload.file_name, "sha256": upload.sha256, "size": upload.size, "url": upload.url}


def account_json(account: Account) -> dict[str, Any]:
    return {
        "api_type": account.api_type,
        "currency": account.currency,
        "current_task_counts": account.current_task_counts,
        "remain_coins": json_number(account.remain_coins),
        "remain_money": json_number(account.remain_money),
    }


def model_json(model: Model) -> dict[str, Any]:
    return {
        "aliases": list(model.aliases),
        "category": model.category,
        "deprecated": model.deprecated,
        "endpoint": model.endpoint,
        "name": model.name,
        "output_type": model.output_type,
    }


def param_json(p: Param) -> dict[str, Any]:
    return {
        "default": p.default,
        "description": p.description,
        "enum": list(p.enum) if p.enum is not None else None,
        "fill_value": p.fill_value,
        "has_default": p.has_default,
        "has_fill_value": p.has_fill_value,
        "item_enum": list(p.item_enum) if p.item_enum is not None else None,
        "item_type": p.item_type,
        "max_items": p.max_items,
        "max_length": p.max_length,
        "maximum": p.maximum,
        "media": {"formats": list(p.media.formats), "kind": p.media.kind, "max_size_mb": p.media.max_size_mb}
        if p.media
        else None,
        "min_length": p.min_length,
        "minimum": p.minimum,
        "name": p.name,
        "required": p.required,
        "type": p.type,
    }


def model_detail_json(model: Model) -> dict[str, Any]:
    return {
        **model_json(model),
        "description": model.description,
        "notes": list(model.notes),
        "params": [param_json(p) for p in model.params],
    }


# --------------------------------------------------------------------------- tables
def models_table(models: list[Model]) -> None:
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    for column in ("name", "endpoint", "category", "output", "deprecated"):
        table.add_column(column, no_wrap=True)
    for m in models:
        table.add_row(*map(cell, (m.name, m.endpoint, m.category, m.output_type, "deprecated" if m.deprecated else "")))
    print_out(table)


def _fmt(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)


def _allowed(p: Param) -> str:
    parts: list[str] = []
    if p.enum is not None:
        parts.append(", ".join(_fmt(v) for v in p.enum))
    if p.item_enum is not None:
        parts.append("items: " + ", ".join(_fmt(v) for v in p.item_enum))
    if p.minimum is not None or p.maximum is not None:
        low = f"{p.minimum:g}" if p.minimum is not None else "-inf"
        high = f"{p.maximum:g}" if p.maximum is not None else "inf"
        parts.append(f"{low} to {high}")
    if p.min_length is not None:
        parts.append(f"min length {p.min_length}")
    if p.max_length is not None:
        parts.append(f"max length {p.max_length}")
    if p.max_items is not None:
        parts.append(f"max {p.max_items} items")
    return "; ".join(parts)


def _default(p: Param) -> str:
    if p.has_fill_value:
        return f"{_fmt(p.fill_value)} (filled in)"
    if p.has_default:
        return _fmt(p.default)
    return ""


def _media(p: Param) -> str:
    if p.media is None:
        return ""
    parts = [p.media.kind]
    if p.media.formats:
        parts.append(", ".join(p.media.formats))
    if p.media.max_size_mb is not None:
        parts.append(f"≤ {p.media.max_size_mb:g} MB")
    return "; ".join(parts)


def model_detail(model: Model) -> None:
    from rich import box
    from rich.table import Table

    head = Text()
    head.append(model.name, style="bold")
    head.append(f"\nendpoint     {model.path}")
    head.append(f"\ncategory     {model.category}")
    head.append(f"\noutput type  {model.output_type}")
    if model.aliases:
        head.append(f"\naliases      {', '.join(model.aliases)}")
    if model.deprecated:
        head.append("\ndeprecated   yes", style="yellow")
    for n in model.notes:
        head.append(f"\nnote         {n}", style="dim")
    print_out(head)
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    for column in ("parameter", "type", "required", "allowed", "default", "media", "description"):
        table.add_column(column, overflow="fold")
    for p in model.params:
        typ = f"{p.type}[{p.item_type}]" if p.type == "array" and p.item_type else p.type
        row = (p.name, typ, "yes" if p.required else "", _allowed(p), _default(p), _media(p), p.description)
        table.add_row(*map(cell, row))
    print_out(table)
    filled = [p.name for p in model.params if p.has_fill_value]
    # Say plainly which values are sent without being given: nothing else is.
    print_out(
        Text(
            f"filled in when omitted: {', '.join(filled)} (RunningHub's preselected values); nothing else is sent"
            if filled
            else "no field is filled in: only what you give is sent",
            style="dim",
        )
    )


def key_values(rows: list[tuple[str, Any]]) -> None:
    """`key  value` lines on stdout (None shown as -)."""
    width = max((len(k) for k, _ in rows), default=0)
    for key, value in rows:
        click.echo(f"{key.ljust(width)}  {'-' if value is None else clean(str(value))}")  # values from the server
