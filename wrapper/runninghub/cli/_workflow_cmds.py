"""CLI commands for workflows and AI Apps: `workflow show`, `app show`, `app styles`,
`app quick-create`, `lora upload`, `webhook detail` and `webhook resend`.

`register(cli, workflow, app)` adds them to the root group and to its `workflow` and `app`
groups (defined in `cli/__init__.py`, which calls it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from .. import RunningHub
    from .._workflows import App, Link, WebhookDelivery, Workflow

F = TypeVar("F", bound=Callable[..., Any])


def run_options(*, workflow: bool) -> Callable[[F], F]:
    """The task options of `workflow run` (workflow=True) and `app run`, beside --instance-type
    and --webhook-url; the command passes what it gets to run_kwargs."""

    def decorate(f: F) -> F:
        f = click.option(
            "--use-personal-queue", is_flag=True, help="Queue on the server when busy (exclusive keys only)."
        )(f)
        f = click.option(
            "--retain-seconds", type=int, metavar="N", help="Keep the machine warm N seconds after the task (0-180)."
        )(f)
        f = click.option(
            "--access-password",
            metavar="TEXT",
            envvar="RUNNINGHUB_ACCESS_PASSWORD",
            help="Password of a protected workflow or app (or $RUNNINGHUB_ACCESS_PASSWORD).",
        )(f)
        if workflow:
            f = click.option(
                "--workflow-file",
                type=click.Path(exists=True, dir_okay=False, path_type=Path),
                help="Run this API-format workflow JSON instead of the stored one (nodes are checked against it).",
            )(f)
            f = click.option("--no-metadata", is_flag=True, help="Do not embed the workflow in the output images.")(f)
        return f

    return decorate


def run_kwargs(
    *,
    use_personal_queue: bool = False,
    retain_seconds: int | None = None,
    access_password: str | None = None,
    workflow_file: Path | None = None,
    no_metadata: bool = False,
) -> dict[str, Any]:
    """submit_workflow / submit_app keyword arguments from run_options (only what was given)."""
    out: dict[str, Any] = {
        "use_personal_queue": True if use_personal_queue else None,
        "retain_seconds": retain_seconds,
        "access_password": access_password or None,
    }
    if workflow_file is not None:
        out["workflow"] = workflow_file.read_text(encoding="utf-8")
    if no_metadata:
        out["add_metadata"] = False
    return out


def template(client: RunningHub, workflow_id: str, options: dict[str, Any]) -> Workflow:
    """What `workflow run` checks nodes against: the --workflow-file graph, else the stored one."""
    from .._workflows import Workflow

    text = options.get("workflow")
    return Workflow.from_api_json(text, workflow_id) if text else client.workflow(workflow_id)


def _value_json(value: Any) -> Any:
    from .._workflows import Link

    return {"link": [value.node_id, value.slot]} if isinstance(value, Link) else value


def workflow_json(workflow: Workflow) -> dict[str, Any]:
    return {
        "workflow_id": workflow.id,
        "nodes": [
            {
                "id": n.id,
                "class_type": n.class_type,
                "title": n.title,
                "inputs": {k: _value_json(v) for k, v in n.inputs.items()},
                "media_input": list(n.media_input) if n.media_input else None,
            }
            for n in workflow._ordered()
        ],
    }


def app_json(app: App) -> dict[str, Any]:
    return {
        "webapp_id": app.webapp_id,
        "name": app.name,
        "access_encrypted": app.access_encrypted,
        "nodes": [
            {
                "node_id": n.node_id,
                "node_name": n.node_name,
                "field_name": n.field_name,
                "field_type": n.field_type,
                "value": n.value,
                "options": n.options(),
                "description": n.description,
                "description_en": n.description_en,
            }
            for n in app.nodes
        ],
    }


def delivery_json(event: WebhookDelivery) -> dict[str, Any]:
    return {
        "id": event.id,
        "task_id": event.task_id,
        "webhook_url": event.webhook_url,
        "callback_status": event.callback_status,
        "callback_response": event.callback_response,
        "retry_count": event.retry_count,
        "create_time": event.create_time,
        "update_time": event.update_time,
        "event_data": event.event_data,
    }


def _text(value: Any, limit: int = 60) -> str:
    text = value if isinstance(value, str) else repr(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _table(columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    from rich import box
    from rich.table import Table

    from ._ui import cell, print_out

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(cell(_text(c) if c is not None else "") for c in row))
    print_out(table)


def _link_text(link: Link) -> str:
    return f"<- node {link.node_id} output {link.slot}"


def register(cli: click.Group, workflow: click.Group, app: click.Group) -> None:
    """Add this module's commands to the CLI."""
    from . import SEE_EXIT_CODES, _client, _json_option, _node_options, _submit_nodes, _wait_options

    @workflow.command("show", epilog=SEE_EXIT_CODES)
    @click.argument("workflow_id")
    @click.option("--links", is_flag=True, help="Also list inputs wired to other nodes.")
    @_json_option
    @click.pass_context
    def workflow_show(ctx: click.Context, workflow_id: str, links: bool, as_json: bool) -> None:
        """The nodes of the workflow WORKFLOW_ID and their editable inputs with current values
        (what `workflow run --node NODE:FIELD=VALUE` may set).

        JSON: {nodes: [{class_type, id, inputs: {name: value or {link: [node, slot]}},
        media_input: [input, kind] or null, title}], workflow_id}.
        """
        from .._workflows import Link
        from ._ui import note

        wf = _client(ctx).workflow(workflow_id)
        if as_json:
            from ._ui import emit_json

            emit_json(workflow_json(wf))
            return
        rows: list[tuple[Any, ...]] = []
        for node in wf._ordered():
            media = node.media_input
            for name, value in node.inputs.items():
                if isinstance(value, Link) and not links:
                    continue
                shown = _link_text(value) if isinstance(value, Link) else value
                kind = media[1] if media and media[0] == name else ""
                rows.append((node.id, node.class_type, node.title or "", name, shown, kind))
        _table(("node", "class_type", "title", "input", "value", "file"), rows)
        note(f"{len(wf.nodes)} nodes, {len(wf.editable())} editable inputs", style="dim")

    @app.command("show", epilog=SEE_EXIT_CODES)
    @click.argument("webapp_id")
    @_json_option
    @click.pass_context
    def app_show(ctx: click.Context, webapp_id: str, as_json: bool) -> None:
        """The inputs the AI App WEBAPP_ID exposes, with their types and current values.

        JSON: {access_encrypted, name, nodes: [{description, description_en, field_name,
        field_type, node_id, node_name, options, value}], webapp_id}.
        """
        from ._ui import emit_json, note

        info = _client(ctx).app(webapp_id)
        if as_json:
            emit_json(app_json(info))
            return
        rows = [
            (n.node_id, n.field_name, n.field_type or "", n.value, n.description_en or n.description or "")
            for n in info.nodes
        ]
        _table(("node", "field", "type", "value", "description"), rows)
        note(f"{info.name or 'AI App ' + webapp_id}: {len(info.nodes)} inputs", style="dim")

    @app.command("styles", epilog=SEE_EXIT_CODES)
    @click.argument("webapp_id")
    @click.option("--type", "style_type", type=int, help="The route's `type` (the docs show 2).")
    @_json_option
    @click.pass_context
    def app_styles(ctx: click.Context, webapp_id: str, style_type: int | None, as_json: bool) -> None:
        """The quick-create styles (model library entries) of the AI App WEBAPP_ID.

        JSON: a list of the entries as RunningHub returns them.
        """
        from ._ui import emit_json

        styles = _client(ctx).quick_create_styles(webapp_id, style_type=style_type)
        if as_json:
            emit_json([dict(s.raw) for s in styles])
            return
        _table(
            ("id", "name", "key", "category", "trigger"),
            [(s.id, s.model_name, s.model_key, s.model_category, s.trigger) for s in styles],
        )

    @app.command("quick-create", epilog=SEE_EXIT_CODES)
    @click.argument("webapp_id")
    @click.option("--code", required=True, metavar="CODE", help='The quickCreateCode, such as "002".')
    @_node_options
    @_wait_options
    @_json_option
    @click.pass_context
    def app_quick_create(
        ctx: click.Context,
        webapp_id: str,
        code: str,
        nodes: tuple[str, ...],
        node_files: tuple[str, ...],
        instance_type: str | None,
        webhook_url: str | None,
        no_wait: bool,
        out: Path,
        timeout: float | None,
        no_cancel_on_timeout: bool,
        as_json: bool,
    ) -> None:
        """Run a quick-create task of the AI App WEBAPP_ID with node values from --node /
        --node-file; saves the outputs into --out (JSON as for `run`). --instance-type and
        --webhook-url are not taken by this route."""
        if instance_type or webhook_url:
            raise click.UsageError("quick create takes neither --instance-type nor --webhook-url")
        _submit_nodes(
            ctx,
            f"quick create {webapp_id}",
            lambda client, node_list: client.submit_quick_create(webapp_id, code, node_list),
            nodes,
            node_files,
            out,
            timeout,
            no_cancel_on_timeout,
            no_wait,
            as_json,
            check=lambda client, node_list: client.app(webapp_id).check(node_list),
        )

    @cli.group(epilog=SEE_EXIT_CODES)
    def lora() -> None:
        """LoRA files for RHLoraLoader nodes."""

    @lora.command("upload", epilog=SEE_EXIT_CODES)
    @click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
    @click.option("--name", metavar="NAME", help="The LoRA's name (default: the file name without extension).")
    @_json_option
    @click.pass_context
    def lora_upload(ctx: click.Context, file: Path, name: str | None, as_json: bool) -> None:
        """Upload the .safetensors FILE; prints the fileName to put in an RHLoraLoader node.
        JSON: {file_name}."""
        from ._ui import echo, emit_json

        file_name = _client(ctx).upload_lora(file, name)
        if as_json:
            emit_json({"file_name": file_name})
        else:
            echo(file_name)

    @cli.group(epilog=SEE_EXIT_CODES)
    def webhook() -> None:
        """Webhook deliveries of tasks."""

    @webhook.command("detail", epilog=SEE_EXIT_CODES)
    @click.argument("task_id")
    @_json_option
    @click.pass_context
    def webhook_detail(ctx: click.Context, task_id: str, as_json: bool) -> None:
        """The webhook delivery of the task TASK_ID: its id (for `webhook resend`), URL, status
        and retries. JSON: {callback_response, callback_status, create_time, event_data, id,
        retry_count, task_id, update_time, webhook_url}."""
        from ._ui import emit_json, key_values

        event = _client(ctx).webhook_event(task_id)
        if as_json:
            emit_json(delivery_json(event))
            return
        key_values(
            [
                ("id", event.id),
                ("task", event.task_id),
                ("url", event.webhook_url),
                ("status", event.callback_status),
                ("retries", event.retry_count),
                ("response", _text(event.callback_response, 200) if event.callback_response else None),
                ("created", event.create_time),
                ("updated", event.update_time),
            ]
        )

    @webhook.command("resend", epilog=SEE_EXIT_CODES)
    @click.argument("webhook_id")
    @click.option("--url", "webhook_url", required=True, metavar="URL", help="Where to send the event.")
    @_json_option
    @click.pass_context
    def webhook_resend(ctx: click.Context, webhook_id: str, webhook_url: str, as_json: bool) -> None:
        """Send the webhook event WEBHOOK_ID (the id from `webhook detail`) again, to --url.
        JSON: {resent: true, webhook_id, webhook_url}."""
        from ._ui import emit_json, note

        _client(ctx).resend_webhook(webhook_id, webhook_url)
        if as_json:
            emit_json({"resent": True, "webhook_id": webhook_id, "webhook_url": webhook_url})
        else:
            note(f"webhook event {webhook_id} queued for {webhook_url}")
