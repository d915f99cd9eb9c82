"""The `runninghub` command line: a thin layer on `RunningHub`.

Validation, uploads, retries, polling and downloads all happen in the client; this module
parses arguments (click), shows progress (rich, imported lazily) and maps errors to exit codes.
"""

from __future__ import annotations

import errno
import shlex
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar, cast

from .._extras import require_extra

require_extra("cli", "runninghub.cli")  # a clear message, not a bare ModuleNotFoundError

import click  # noqa: E402

from ._workflow_cmds import run_kwargs, run_options, template  # noqa: E402 - workflow and app task options

if TYPE_CHECKING:
    from .. import RunningHub, Task, TaskSnapshot, Upload
    from ._ui import Activity

F = TypeVar("F", bound=Callable[..., Any])

EXIT_CODES = """\b
Exit codes:
  0    success
  1    any other API error
  2    bad input (an invalid parameter, a usage error); nothing was sent
  3    authentication failed (missing or wrong API key)
  4    insufficient balance
  5    the task failed or was cancelled (the task id is printed)
  6    timeout (the task id is printed, and whether it was cancelled)
  7    submit outcome unknown: a task may or may not exist
  8    could not reach RunningHub (connection error)
  130  interrupted (Ctrl-C)"""

SEE_EXIT_CODES = "Exit codes: 0 ok, 2 bad input, 3 auth, 5 task failed, 6 timeout, ... (see `runninghub --help`)."

HELP = """The RunningHub API from the command line: list models, run them, follow and save tasks.

The API key comes from --api-key or $RUNNINGHUB_API_KEY, the base URL from --base-url or
$RUNNINGHUB_BASE_URL (default https://www.runninghub.ai). Results, tables and --json go to
stdout; progress and messages go to stderr."""


def exit_code_for(exc: BaseException) -> int:
    """The exit code of an error (see EXIT_CODES)."""
    from .. import (
        APIConnectionError,
        AuthenticationError,
        InsufficientBalanceError,
        InvalidParamsError,
        SubmitOutcomeUnknownError,
        TaskCancelledError,
        TaskFailedError,
        TaskTimeoutError,
    )

    for classes, code in (
        ((InvalidParamsError,), 2),
        ((AuthenticationError,), 3),
        ((InsufficientBalanceError,), 4),
        ((TaskFailedError, TaskCancelledError), 5),
        ((TaskTimeoutError,), 6),
        ((SubmitOutcomeUnknownError,), 7),
        ((APIConnectionError,), 8),
    ):
        if isinstance(exc, classes):
            return code
    return 1


def _error_message(exc: BaseException) -> str:
    from .. import AuthenticationError, TaskCancelledError, TaskFailedError, TaskTimeoutError

    if isinstance(exc, AuthenticationError) and exc.error_code is None and "no API key" in str(exc):
        return "no API key: pass --api-key or set RUNNINGHUB_API_KEY"  # CLI words, not RunningHub(api_key=...)
    if isinstance(exc, TaskTimeoutError):
        if exc.cancelled:
            return f"task {exc.task_id} timed out and was cancelled"
        return f"task {exc.task_id} timed out and is still running; resume with: runninghub wait {exc.task_id}"
    if isinstance(exc, TaskFailedError):
        reason = exc.message.removeprefix(f"task {exc.task_id} failed: ")
        return f"task {exc.task_id} failed: {reason}" + (f" (code {exc.error_code})" if exc.error_code else "")
    if isinstance(exc, TaskCancelledError):
        return f"task {exc.task_id} was cancelled"
    return str(exc)  # names the task, when there is one


class _Group(click.Group):
    """The root group: every expected error becomes one line on stderr and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        from .. import RunningHubError

        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            _error_line("interrupted")
            raise click.exceptions.Exit(130) from None
        except RunningHubError as exc:
            _error_line(_error_message(exc))
            raise click.exceptions.Exit(exit_code_for(exc)) from None
        except OSError as exc:
            if exc.errno == errno.EPIPE:
                raise  # stdout closed early (`| head`): click exits quietly
            _error_line(f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else ""))
            raise click.exceptions.Exit(1) from None
        except Exception as exc:  # never a traceback for what a server or a library did
            _error_line(f"unexpected {type(exc).__name__}: {exc}")
            raise click.exceptions.Exit(1) from None


def _error_line(message: str) -> None:
    from ._ui import error

    error(message)


def _client(ctx: click.Context) -> RunningHub:
    """The client, made once per command from the group options (None: the client reads the
    environment itself)."""
    from .. import RunningHub

    obj = ctx.find_root().ensure_object(dict)
    if "client" not in obj:
        obj["client"] = ctx.with_resource(RunningHub(api_key=obj.get("api_key"), base_url=obj.get("base_url")))
    return cast("RunningHub", obj["client"])


def _json_option(f: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON on stdout (sorted keys).")(f)


def _wait_options(f: F) -> F:
    f = click.option(
        "--out",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path("."),
        show_default=True,
        help="Directory to save the outputs into (created if missing).",
    )(f)
    f = click.option(
        "--timeout",
        type=click.FloatRange(min=0, min_open=True),
        metavar="SECONDS",
        help="Give up after this long in all (the task is cancelled unless --no-cancel-on-timeout).",
    )(f)
    f = click.option(
        "--no-cancel-on-timeout",
        is_flag=True,
        help="On timeout, leave the task running (default: cancel it).",
    )(f)
    return f


# --------------------------------------------------------------------------- root
@click.group(cls=_Group, help=HELP, epilog=EXIT_CODES, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--api-key", metavar="KEY", help="RunningHub API key (default: $RUNNINGHUB_API_KEY). Never printed.")
@click.option("--base-url", metavar="URL", help="API base URL (default: $RUNNINGHUB_BASE_URL or www.runninghub.ai).")
@click.version_option(package_name="runninghub", prog_name="runninghub")
@click.pass_context
def cli(ctx: click.Context, api_key: str | None, base_url: str | None) -> None:
    ctx.ensure_object(dict).update(api_key=api_key, base_url=base_url)


# --------------------------------------------------------------------------- models
@cli.group(
    invoke_without_command=True, epilog=SEE_EXIT_CODES, short_help="List the models; `models show NAME` for one."
)
@click.option("--category", metavar="C", help="Only this category, or a prefix of it (image, video/text-to-video).")
@click.option("--search", "text", metavar="TEXT", default="", help="Only models whose name or endpoint contains TEXT.")
@click.option("--output-type", metavar="T", help="Only models with this output type (image, video, audio, string, 3d).")
@_json_option
@click.pass_context
def models(ctx: click.Context, category: str | None, text: str, output_type: str | None, as_json: bool) -> None:
    """List the models (or `models show NAME` for one model's parameters).

    JSON: a list of {aliases, category, deprecated, endpoint, name, output_type}, sorted by name.
    """
    if ctx.invoked_subcommand is not None:
        return
    from . import _ui

    found = _client(ctx).models.search(text, category=category, output_type=output_type)
    if as_json:
        _ui.emit_json([_ui.model_json(m) for m in found])
        return
    if not found:
        _ui.note("no models match", style="yellow")
        return
    _ui.models_table(found)
    _ui.note(f"{len(found)} model{'s' if len(found) != 1 else ''}", style="dim")


@models.command("show", epilog=SEE_EXIT_CODES)
@click.argument("name")
@_json_option
@click.pass_context
def models_show(ctx: click.Context, name: str, as_json: bool) -> None:
    """Every parameter of the model NAME (docs name, alias or endpoint path).

    A field whose default says "(filled in)" is sent with that value (an enum, boolean or number
    RunningHub preselects) when you leave it out; no other value is sent that you did not give.
    JSON: the model's keys plus description, notes and params (each with default, description,
    enum, fill_value, has_default, has_fill_value, item_enum, item_type, max_items, max_length,
    maximum, media {formats, kind, max_size_mb}, min_length, minimum, name, required, type).
    """
    from . import _ui

    model = _client(ctx).models.get(name)
    if as_json:
        _ui.emit_json(_ui.model_detail_json(model))
    else:
        _ui.model_detail(model)


# --------------------------------------------------------------------------- running
def _upload_files(client: RunningHub, activity: Activity, files: Sequence[Path]) -> list[Upload]:
    """Upload each local file with a row of its own and a byte progress bar. A later submit
    reuses these uploads: the client uploads the same content once per client (keyed by sha256)."""
    from .._catalog import local_file_facts
    from ._ui import human_size

    activity.phase = "uploading"
    uploads = []
    for path in files:
        label = f"{path.name} ({human_size(local_file_facts(path)[0])})"
        with activity.step(f"uploading {label}") as step:
            uploads.append(client.upload(path, on_progress=step.bytes))
            step.done = f"uploaded {label}"
    return uploads


def _interrupted(client: RunningHub, activity: Activity, out: Path | None) -> NoReturn:
    """Ctrl-C while a task runs: offer to cancel it (only on a terminal; default no), then say
    how to resume. Exit 130."""
    from .. import RunningHubError
    from ._ui import note

    activity.close(failed=True, reason="interrupted")
    task_id = activity.task_id
    if task_id is None:
        if activity.phase == "submitting":
            note("interrupted while submitting: a task may or may not exist; check the RunningHub console")
        else:
            note("interrupted; no task was created")
        raise click.exceptions.Exit(130)
    cancelled = False
    if sys.stdin.isatty():
        try:
            cancel = click.confirm(f"Cancel task {task_id}?", default=False, err=True)
        except click.exceptions.Abort:
            cancel = False
        if cancel:
            try:
                client.cancel(task_id)
                cancelled = True
            except RunningHubError as exc:
                note(f"could not cancel task {task_id}: {exc}", style="red")
            except KeyboardInterrupt:
                pass
    resume = f"runninghub wait {shlex.quote(task_id)}"
    if out is not None and out != Path("."):
        resume += f" --out {shlex.quote(str(out))}"
    if cancelled:
        note(f"interrupted; task {task_id} was cancelled")
    else:
        note(f"interrupted; task {task_id} is still running")
        note(f"resume with: {resume}")
    raise click.exceptions.Exit(130)


def _save_and_report(result: TaskSnapshot, activity: Activity, out: Path, as_json: bool) -> None:
    """Save every output into `out`, each with a row; print the paths (or the JSON)."""
    from . import _ui

    out.mkdir(parents=True, exist_ok=True)
    activity.phase = "saving"
    paths: list[Path | None] = []
    total = len(result.outputs)
    for i, output in enumerate(result.outputs, 1):
        if not output.url and output.text is None:
            paths.append(None)  # nothing to save
            continue
        with activity.step(f"saving output {i}/{total}") as step:
            paths.append(output.save(out, on_progress=step.bytes))
            step.done = f"saved output {i}/{total}: {paths[-1]}"
    activity.close()
    if as_json:
        _ui.emit_json(_ui.snapshot_json(result, paths))
        return
    for path in paths:
        if path is not None:
            _ui.echo(path)
    if not result.outputs:
        _ui.note(f"task {result.task_id} succeeded with no outputs")


@cli.command(epilog=SEE_EXIT_CODES, short_help="Run a model and save its outputs.")
@click.argument("name")
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="KEY=VALUE",
    help="A parameter, typed by the model's schema; arrays as JSON or a,b,c. Repeatable.",
)
@click.option(
    "--params-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A JSON object of parameters (--param values override it).",
)
@click.option(
    "--input",
    "-i",
    "inputs",
    multiple=True,
    metavar="FIELD=PATH",
    help="A local file for a media field, uploaded first. Repeat for array fields.",
)
@_wait_options
@click.option("--no-wait", is_flag=True, help="Submit, print the task id and exit.")
@click.option("--webhook-url", metavar="URL", help="RunningHub calls this URL when the task ends.")
@click.option(
    "--max-cost",
    metavar="AMOUNT",
    help="Read the price preview first; above AMOUNT nothing is submitted (exit 1). See docs/budgets.md.",
)
@_json_option
@click.pass_context
def run(
    ctx: click.Context,
    name: str,
    params: tuple[str, ...],
    params_file: Path | None,
    inputs: tuple[str, ...],
    out: Path,
    timeout: float | None,
    no_cancel_on_timeout: bool,
    no_wait: bool,
    webhook_url: str | None,
    max_cost: str | None,
    as_json: bool,
) -> None:
    """Run the model NAME and save its outputs into --out; prints the saved paths.

    Parameters are checked against the model's schema before anything is sent (exit 2 names the
    field and the allowed values); `runninghub models show NAME` lists them.

    \b
    JSON: {elapsed, error_code, error_message, failed_reason, outputs: [{index, output_type,
    path, text, url}], status, task_id, usage}; with --no-wait: {status, task_id}.
    """
    from . import _parse, _ui

    client = _client(ctx)
    model = client.models.get(name)
    fields = _parse.build_params(model, _parse.load_params_file(params_file), params, inputs)
    client.validate(model.name, fields)  # the client's own checks, before any upload; again at submit
    # submit and run are typed per model (Literal names, TypedDict params): a dynamic name needs Any
    model_name, request = cast(Any, model.name), cast(Any, fields)
    with _ui.Activity() as activity:
        try:
            _upload_files(client, activity, _parse.local_files(fields.values()))
            activity.submitting(model.name)
            if no_wait:
                task = client.submit(model_name, request, webhook_url=webhook_url, max_cost=max_cost)
                _print_submitted(activity, task, as_json)
                return
            result = client.run(
                model_name,
                request,
                timeout=timeout,
                on_progress=activity.on_progress,
                webhook_url=webhook_url,
                cancel_on_timeout=not no_cancel_on_timeout,
                max_cost=max_cost,
            )
        except KeyboardInterrupt:
            _interrupted(client, activity, out)
        _save_and_report(result, activity, out, as_json)


def _print_submitted(activity: Activity, task: Task, as_json: bool) -> None:
    """--no-wait: the task id on stdout (or {status, task_id})."""
    from .. import Progress
    from . import _ui

    activity.on_progress(Progress(task.id, task.status, 0.0, None))
    activity.close()
    if as_json:
        _ui.emit_json({"status": task.status, "task_id": str(task.id)})
    else:
        _ui.echo(task.id)


def _wait_and_save(
    client: RunningHub,
    activity: Activity,
    task_id: str,
    out: Path,
    timeout: float | None,
    cancel_on_timeout: bool,
    as_json: bool,
) -> None:
    activity.watch(task_id)
    try:
        result = client.wait(
            task_id, timeout=timeout, on_progress=activity.on_progress, cancel_on_timeout=cancel_on_timeout
        )
    except KeyboardInterrupt:
        _interrupted(client, activity, out)
    _save_and_report(result, activity, out, as_json)


@cli.command(epilog=SEE_EXIT_CODES, short_help="Wait for a task and save its outputs.")
@click.argument("task_id")
@_wait_options
@_json_option
@click.pass_context
def wait(
    ctx: click.Context, task_id: str, out: Path, timeout: float | None, no_cancel_on_timeout: bool, as_json: bool
) -> None:
    """Wait for the task TASK_ID to end and save its outputs into --out (JSON as for `run`)."""
    from . import _ui

    client = _client(ctx)
    with _ui.Activity() as activity:
        _wait_and_save(client, activity, task_id, out, timeout, not no_cancel_on_timeout, as_json)


@cli.command(epilog=SEE_EXIT_CODES)
@click.argument("task_id")
@_json_option
@click.pass_context
def status(ctx: click.Context, task_id: str, as_json: bool) -> None:
    """Read the status of the task TASK_ID once.

    JSON: {error_code, error_message, failed_reason, outputs: [{index, output_type, path (null),
    text, url}], status, task_id, usage: {consume_coins, consume_money, task_cost_time,
    third_party_consume_money} or null}.
    """
    from . import _ui

    snap = _client(ctx).query(task_id)
    if as_json:
        _ui.emit_json(_ui.snapshot_json(snap))
        return
    rows: list[tuple[str, Any]] = [("task", snap.task_id), ("status", snap.status)]
    if snap.error_code or snap.error_message:
        rows.append(("error", " ".join(x for x in (snap.error_code, snap.error_message) if x)))
    for o in snap.outputs:
        rows.append((f"output {o.index}", " ".join(x for x in (o.output_type, o.url or o.text) if x)))
    if snap.usage is not None:
        rows.append(("cost", snap.cost if snap.cost is not None else snap.usage.consume_coins))
        rows.append(("run time", snap.usage.task_cost_time))
    _ui.key_values(rows)


@cli.command(epilog=SEE_EXIT_CODES)
@click.argument("task_id")
@_json_option
@click.pass_context
def cancel(ctx: click.Context, task_id: str, as_json: bool) -> None:
    """Cancel the queued or running task TASK_ID. JSON: {cancelled: true, task_id}."""
    from . import _ui

    _client(ctx).cancel(task_id)
    if as_json:
        _ui.emit_json({"cancelled": True, "task_id": task_id})
    else:
        _ui.note(f"cancelled task {task_id}")


@cli.command(epilog=SEE_EXIT_CODES, short_help="Upload a file; print its url and fileName.")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_json_option
@click.pass_context
def upload(ctx: click.Context, file: Path, as_json: bool) -> None:
    """Upload FILE; prints its url (for model media fields) and fileName (for workflow and AI
    App nodes). JSON: {file_name, sha256, size, url}."""
    from . import _ui

    with _ui.Activity() as activity:
        [result] = _upload_files(_client(ctx), activity, [file])
    if as_json:
        _ui.emit_json(_ui.upload_json(result))
    else:
        from .._wire import LEGACY_UPLOAD

        _ui.key_values([("url", result.url), (LEGACY_UPLOAD.file_name, result.file_name)])  # the node value's name


@cli.command(epilog=SEE_EXIT_CODES)
@_json_option
@click.pass_context
def account(ctx: click.Context, as_json: bool) -> None:
    """Show the account balance and current task count.

    JSON: {api_type, currency, current_task_counts, remain_coins, remain_money}.
    """
    from . import _ui

    info = _client(ctx).account()
    if as_json:
        _ui.emit_json(_ui.account_json(info))
    else:
        _ui.key_values(
            [
                ("coins", info.remain_coins),
                (
                    "money",
                    f"{info.remain_money} {info.currency or ''}".strip() if info.remain_money is not None else None,
                ),
                ("running tasks", info.current_task_counts),
                ("api type", info.api_type),
            ]
        )


# --------------------------------------------------------------------------- workflows and apps
def _node_options(f: F) -> F:
    f = click.option(
        "--node", "-n", "nodes", multiple=True, metavar="NODE:FIELD=VALUE", help="A node value. Repeatable."
    )(f)
    f = click.option(
        "--node-file",
        "node_files",
        multiple=True,
        metavar="NODE:FIELD=PATH",
        help="A local file for a node, uploaded first (its fileName is sent). Repeatable.",
    )(f)
    f = click.option("--instance-type", metavar="TYPE", help="Machine type, such as plus.")(f)
    f = click.option("--webhook-url", metavar="URL", help="RunningHub calls this URL when the task ends.")(f)
    f = click.option("--no-wait", is_flag=True, help="Submit, print the task id and exit.")(f)
    return f


def _submit_nodes(
    ctx: click.Context,
    label: str,
    submit: Callable[[RunningHub, list[dict[str, Any]]], Task],
    nodes: tuple[str, ...],
    node_files: tuple[str, ...],
    out: Path,
    timeout: float | None,
    no_cancel_on_timeout: bool,
    no_wait: bool,
    as_json: bool,
    check: Callable[[RunningHub, list[dict[str, Any]]], None] | None = None,
) -> None:
    from .. import Progress
    from .._wire import NODE
    from . import _parse, _ui

    client = _client(ctx)
    node_list = _parse.build_nodes(nodes, node_files)
    if check is not None:
        check(client, node_list)  # against the workflow or app template, before any upload
    with _ui.Activity() as activity:
        try:
            _upload_files(client, activity, _parse.local_files(n[NODE.field_value] for n in node_list))
            activity.submitting(label)
            task = submit(client, node_list)
            if no_wait:
                _print_submitted(activity, task, as_json)
                return
            activity.on_progress(Progress(task.id, task.status, 0.0, None))
            result = client.wait(
                task, timeout=timeout, on_progress=activity.on_progress, cancel_on_timeout=not no_cancel_on_timeout
            )
        except KeyboardInterrupt:
            _interrupted(client, activity, out)
        _save_and_report(result, activity, out, as_json)


@cli.group(epilog=SEE_EXIT_CODES)
def workflow() -> None:
    """ComfyUI workflows."""


@workflow.command("run", epilog=SEE_EXIT_CODES)
@click.argument("workflow_id")
@_node_options
@run_options(workflow=True)
@_wait_options
@_json_option
@click.pass_context
def workflow_run(
    ctx: click.Context,
    workflow_id: str,
    nodes: tuple[str, ...],
    node_files: tuple[str, ...],
    instance_type: str | None,
    webhook_url: str | None,
    no_wait: bool,
    out: Path,
    timeout: float | None,
    no_cancel_on_timeout: bool,
    as_json: bool,
    use_personal_queue: bool,
    retain_seconds: int | None,
    access_password: str | None,
    workflow_file: Path | None,
    no_metadata: bool,
) -> None:
    """Run the workflow WORKFLOW_ID with node values changed by --node / --node-file; saves
    the outputs into --out (JSON as for `run`)."""
    options = run_kwargs(
        use_personal_queue=use_personal_queue,
        retain_seconds=retain_seconds,
        access_password=access_password,
        workflow_file=workflow_file,
        no_metadata=no_metadata,
    )
    _submit_nodes(
        ctx,
        f"workflow {workflow_id}",
        lambda client, node_list: client.submit_workflow(
            workflow_id, node_list, webhook_url=webhook_url, instance_type=instance_type, **options
        ),
        nodes,
        node_files,
        out,
        timeout,
        no_cancel_on_timeout,
        no_wait,
        as_json,
        check=lambda client, node_list: template(client, workflow_id, options).check(node_list),
    )


@cli.group(epilog=SEE_EXIT_CODES)
def app() -> None:
    """AI Apps."""


@app.command("run", epilog=SEE_EXIT_CODES)
@click.argument("webapp_id")
@_node_options
@run_options(workflow=False)
@_wait_options
@_json_option
@click.pass_context
def app_run(
    ctx: click.Context,
    webapp_id: str,
    nodes: tuple[str, ...],
    node_files: tuple[str, ...],
    instance_type: str | None,
    webhook_url: str | None,
    no_wait: bool,
    out: Path,
    timeout: float | None,
    no_cancel_on_timeout: bool,
    as_json: bool,
    use_personal_queue: bool,
    retain_seconds: int | None,
    access_password: str | None,
) -> None:
    """Run the AI App WEBAPP_ID with node values from --node / --node-file; saves the outputs
    into --out (JSON as for `run`)."""
    options = run_kwargs(
        use_personal_queue=use_personal_queue, retain_seconds=retain_seconds, access_password=access_password
    )
    _submit_nodes(
        ctx,
        f"AI App {webapp_id}",
        lambda client, node_list: client.submit_app(
            webapp_id, node_list, webhook_url=webhook_url, instance_type=instance_type, **options
        ),
        nodes,
        node_files,
        out,
        timeout,
        no_cancel_on_timeout,
        no_wait,
        as_json,
        check=lambda client, node_list: client.app(webapp_id).check(node_list),
    )


from . import _workflow_cmds  # noqa: E402 - registers workflow/app show, lora, webhook commands

_workflow_cmds.register(cli, workflow, app)

from . import _platform_cmds  # noqa: E402 - price, queue, keys, apps, resources, assets

_platform_cmds.register(cli)

from ._batch_cmds import batch as _batch_group  # noqa: E402 - `runninghub batch run|status|export`

cli.add_command(_batch_group)


# --------------------------------------------------------------------------- sandbox
@cli.command(
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []},
    add_help_option=False,
    short_help="Run a local RunningHub server (the sandbox).",
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def sandbox(args: tuple[str, ...]) -> None:
    """Run a local RunningHub server (`runninghub sandbox --help` for its options)."""
    try:
        from ..sandbox import main as sandbox_main
    except ImportError as exc:
        raise click.ClickException(f'the sandbox needs its extra: pip install "runninghub[sandbox]" ({exc})') from None
    raise click.exceptions.Exit(sandbox_main(list(args)))


def main(argv: Sequence[str] | None = None) -> None:
    """The console script `runninghub`."""
    cli.main(args=list(argv) if argv is not None else None, prog_name="runninghub")


__all__ = ["EXIT_CODES", "cli", "exit_code_for", "main"]
