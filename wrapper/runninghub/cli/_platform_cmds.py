"""CLI commands for the platform endpoints: `price`, `queue`, `keys`, `apps`, `resources` and
`assets` (create, query, list, update, delete, and `assets groups ...`).

`register(cli)` adds them to the root group (`cli/__init__.py` calls it). Each takes `--json`;
money is printed as text (a Decimal) in tables and as a JSON number in `--json`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from .._platform import AiApp, ApiKey, Asset, AssetGroup, Estimate, QueueStatus, Resource

_JSON_HELP = "Print JSON on stdout (sorted keys)."


def estimate_json(e: Estimate) -> dict[str, Any]:
    return {
        "model": e.model,
        "price": float(e.price),
        "price_text": str(e.price),
        "currency": e.currency,
        "free": e.free,
        "text": e.text,
        "omitted": list(e.omitted),
    }


def queue_json(q: QueueStatus) -> dict[str, Any]:
    return {
        "concurrent_limit": q.concurrent_limit,
        "running": q.running,
        "queued": q.queued,
        "total": q.total,
        "free_slots": q.free_slots,
        "key_type": q.key_type,
    }


def key_json(k: ApiKey) -> dict[str, Any]:
    return {
        "key": k.key,
        "name": k.name,
        "enabled": k.enabled,
        "status": k.status,
        "quota_limit": float(k.quota_limit) if k.quota_limit is not None else None,
        "quota_used": float(k.quota_used) if k.quota_used is not None else None,
        "expire_at": k.expire_at,
        "created_at": k.created_at,
    }


def app_json(a: AiApp) -> dict[str, Any]:
    return {"webapp_id": a.webapp_id, "title": a.title, "description": a.description, "cover": a.cover}


def resource_json(r: Resource) -> dict[str, Any]:
    return {
        "id": r.id,
        "name": r.name,
        "type": r.type,
        "node_model_name": r.node_model_name,
        "base_models": list(r.base_models),
    }


def asset_json(a: Asset) -> dict[str, Any]:
    return {
        "asset_id": a.id,
        "uri": a.uri,
        "status": a.status,
        "ready": a.ready,
        "type": a.type,
        "name": a.name,
        "preview_url": a.preview_url,
    }


def group_json(g: AssetGroup) -> dict[str, Any]:
    return {"group_id": g.id, "name": g.name, "description": g.description, "asset_count": g.asset_count}


def _table(rows: list[dict[str, Any]], columns: list[str]) -> None:
    from rich.table import Table

    from . import _ui

    table = Table(box=None, pad_edge=False)
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*(_ui.cell("-" if row.get(c) is None else row.get(c)) for c in columns))
    _ui.print_out(table)


def register(cli: click.Group) -> None:
    from . import _client, _json_option

    @cli.command(short_help="Show what a model call would cost (price preview).")
    @click.argument("name")
    @click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="A parameter, as for `run`.")
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
        help="A local file for a media field (not uploaded: left out of the preview).",
    )
    @_json_option
    @click.pass_context
    def price(
        ctx: click.Context,
        name: str,
        params: tuple[str, ...],
        params_file: Path | None,
        inputs: tuple[str, ...],
        as_json: bool,
    ) -> None:
        """Show the price RunningHub quotes for running the model NAME with these parameters.

        Parameters are checked as for `run` (exit 2 names a bad field); no task is created and
        nothing is uploaded. JSON: {currency, free, model, omitted, price, price_text, text}.
        """
        from . import _parse, _ui

        client = _client(ctx)
        model = client.models.get(name)
        fields = _parse.build_params(model, _parse.load_params_file(params_file), params, inputs)
        estimate = client.estimate(model.name, fields)
        if as_json:
            _ui.emit_json(estimate_json(estimate))
            return
        rows: list[tuple[str, Any]] = [
            ("model", estimate.model),
            ("price", f"{estimate.price} {estimate.currency or ''}".strip()),
            ("free", "yes" if estimate.free else "no"),
        ]
        if estimate.omitted:
            rows.append(("left out", ", ".join(estimate.omitted) + " (local files are not uploaded for a price)"))
        _ui.key_values(rows)

    @cli.command(short_help="Show the key's queue: concurrency limit, running, queued.")
    @_json_option
    @click.pass_context
    def queue(ctx: click.Context, as_json: bool) -> None:
        """Show the key's concurrency limit, its running and queued tasks and its type.

        JSON: {concurrent_limit, free_slots, key_type, queued, running, total}.
        """
        from . import _ui

        status = _client(ctx).queue_status()
        if as_json:
            _ui.emit_json(queue_json(status))
            return
        _ui.key_values(
            [
                ("key type", status.key_type),
                ("concurrent limit", status.concurrent_limit),
                ("running", status.running),
                ("queued", status.queued),
                ("free slots", status.free_slots),
            ]
        )

    @cli.command(short_help="List the account's API keys (masked).")
    @_json_option
    @click.pass_context
    def keys(ctx: click.Context, as_json: bool) -> None:
        """List the account's API keys, masked by RunningHub.

        JSON: [{created_at, enabled, expire_at, key, name, quota_limit, quota_used, status}].
        """
        from . import _ui

        rows = [key_json(k) for k in _client(ctx).api_keys()]
        if as_json:
            _ui.emit_json(rows)
        else:
            _table(rows, ["key", "name", "enabled", "quota_used", "quota_limit", "created_at"])

    @cli.command(short_help="List public AI Apps.")
    @click.option("--sort", type=click.Choice(["RECOMMEND", "HOTTEST", "NEWEST"]), help="Order of the list.")
    @click.option("--days", type=click.IntRange(min=1), help="With --sort HOTTEST: over this many days.")
    @click.option("--limit", type=click.IntRange(min=0), default=20, show_default=True, help="At most this many.")
    @_json_option
    @click.pass_context
    def apps(ctx: click.Context, sort: str | None, days: int | None, limit: int, as_json: bool) -> None:
        """List public AI Apps with the id to run them with (`runninghub app run ID`).

        JSON: [{cover, description, title, webapp_id}].
        """
        from . import _ui

        rows = [app_json(a) for a in _client(ctx).apps(sort=sort, days=days, limit=limit)]
        if as_json:
            _ui.emit_json(rows)
        else:
            _table(rows, ["webapp_id", "title"])

    @cli.command(short_help="Search the public model library (LoRA, checkpoints, ...).")
    @click.option("--type", "resource_type", metavar="TYPE", help="LORA, CHECKPOINT, UNET or GGUF.")
    @click.option("--search", "name", metavar="TEXT", help="A keyword in the resource name.")
    @click.option("--base-model", "base_models", multiple=True, metavar="NAME", help="A base model. Repeatable.")
    @click.option("--limit", type=click.IntRange(min=0), default=20, show_default=True, help="At most this many.")
    @_json_option
    @click.pass_context
    def resources(
        ctx: click.Context,
        resource_type: str | None,
        name: str | None,
        base_models: tuple[str, ...],
        limit: int,
        as_json: bool,
    ) -> None:
        """Search the public model library; `node_model_name` goes into a loader node.

        JSON: [{base_models, id, name, node_model_name, type}].
        """
        from . import _ui

        found = _client(ctx).resources(
            resource_type=resource_type, name=name, base_models=list(base_models) or None, limit=limit
        )
        rows = [resource_json(r) for r in found]
        if as_json:
            _ui.emit_json(rows)
        else:
            _table(rows, ["name", "type", "node_model_name"])

    @cli.group(short_help="The asset library (asset:// references for Seedance inputs).")
    def assets() -> None:
        """Register media as assets and manage them; use a ready asset as asset://ID."""

    @assets.command("create")
    @click.argument("source")
    @click.option("--type", "asset_type", type=click.Choice(["Image", "Video", "Audio"]), help="The media kind.")
    @click.option("--name", help="A name for the asset.")
    @click.option("--group", metavar="GROUP_ID", help="The group to add it to.")
    @click.option("--wait/--no-wait", default=True, show_default=True, help="Wait until it is ready.")
    @_json_option
    @click.pass_context
    def assets_create(
        ctx: click.Context,
        source: str,
        asset_type: str | None,
        name: str | None,
        group: str | None,
        wait: bool,
        as_json: bool,
    ) -> None:
        """Register SOURCE (a URL, or a local file, uploaded first) as an asset.

        JSON: {asset_id, name, preview_url, ready, status, type, uri}.
        """
        client = _client(ctx)
        asset = client.assets.create(source, asset_type=asset_type, name=name, group=group)
        if wait:
            asset = client.assets.wait(asset)
        _show_asset(asset, as_json)

    @assets.command("query")
    @click.argument("asset_id")
    @_json_option
    @click.pass_context
    def assets_query(ctx: click.Context, asset_id: str, as_json: bool) -> None:
        """Show the asset ASSET_ID (an id or asset://ID). JSON as for `assets create`."""
        _show_asset(_client(ctx).assets.query(asset_id), as_json)

    @assets.command("list")
    @click.option("--group", metavar="GROUP_ID", help="Only this group's assets.")
    @click.option("--status", help="Only assets with this status.")
    @click.option("--limit", type=click.IntRange(min=0), default=100, show_default=True, help="At most this many.")
    @_json_option
    @click.pass_context
    def assets_list(ctx: click.Context, group: str | None, status: str | None, limit: int, as_json: bool) -> None:
        """List assets. JSON: a list of objects as for `assets create`."""
        from . import _ui

        rows = [asset_json(a) for a in _client(ctx).assets.list(group=group, status=status, limit=limit)]
        if as_json:
            _ui.emit_json(rows)
        else:
            _table(rows, ["uri", "status", "type", "name"])

    @assets.command("update")
    @click.argument("asset_id")
    @click.option("--name", required=True, help="The new name.")
    @_json_option
    @click.pass_context
    def assets_update(ctx: click.Context, asset_id: str, name: str, as_json: bool) -> None:
        """Rename the asset ASSET_ID. JSON as for `assets create`."""
        _show_asset(_client(ctx).assets.update(asset_id, name=name), as_json)

    @assets.command("delete")
    @click.argument("asset_id")
    @_json_option
    @click.pass_context
    def assets_delete(ctx: click.Context, asset_id: str, as_json: bool) -> None:
        """Delete the asset ASSET_ID. JSON: {asset_id, deleted: true}."""
        from . import _ui

        _client(ctx).assets.delete(asset_id)
        if as_json:
            _ui.emit_json({"asset_id": asset_id, "deleted": True})
        else:
            _ui.note(f"deleted asset {asset_id}")

    @assets.group("groups")
    def groups() -> None:
        """Asset groups: create, query, list, update, delete."""

    @groups.command("create")
    @click.argument("name")
    @click.option("--description", help="A description.")
    @_json_option
    @click.pass_context
    def groups_create(ctx: click.Context, name: str, description: str | None, as_json: bool) -> None:
        """Create the group NAME. JSON: {asset_count, description, group_id, name}."""
        _show_group(_client(ctx).assets.groups.create(name, description=description), as_json)

    @groups.command("query")
    @click.argument("group_id")
    @_json_option
    @click.pass_context
    def groups_query(ctx: click.Context, group_id: str, as_json: bool) -> None:
        """Show the group GROUP_ID. JSON as for `groups create`."""
        _show_group(_client(ctx).assets.groups.query(group_id), as_json)

    @groups.command("list")
    @click.option("--limit", type=click.IntRange(min=0), default=100, show_default=True, help="At most this many.")
    @_json_option
    @click.pass_context
    def groups_list(ctx: click.Context, limit: int, as_json: bool) -> None:
        """List asset groups. JSON: a list of objects as for `groups create`."""
        from . import _ui

        rows = [group_json(g) for g in _client(ctx).assets.groups.list(limit=limit)]
        if as_json:
            _ui.emit_json(rows)
        else:
            _table(rows, ["group_id", "name", "asset_count"])

    @groups.command("update")
    @click.argument("group_id")
    @click.option("--name", help="The new name.")
    @click.option("--description", help="The new description.")
    @_json_option
    @click.pass_context
    def groups_update(
        ctx: click.Context, group_id: str, name: str | None, description: str | None, as_json: bool
    ) -> None:
        """Change the group GROUP_ID. JSON as for `groups create`."""
        _show_group(_client(ctx).assets.groups.update(group_id, name=name, description=description), as_json)

    @groups.command("delete")
    @click.argument("group_id")
    @_json_option
    @click.pass_context
    def groups_delete(ctx: click.Context, group_id: str, as_json: bool) -> None:
        """Delete the group GROUP_ID. JSON: {deleted: true, group_id}."""
        from . import _ui

        _client(ctx).assets.groups.delete(group_id)
        if as_json:
            _ui.emit_json({"deleted": True, "group_id": group_id})
        else:
            _ui.note(f"deleted group {group_id}")


def _show_asset(asset: Asset, as_json: bool) -> None:
    from . import _ui

    if as_json:
        _ui.emit_json(asset_json(asset))
    else:
        _ui.key_values([("uri", asset.uri), ("status", asset.status), ("type", asset.type), ("name", asset.name)])


def _show_group(group: AssetGroup, as_json: bool) -> None:
    from . import _ui

    if as_json:
        _ui.emit_json(group_json(group))
    else:
        _ui.key_values(
            [
                ("group", group.id),
                ("name", group.name),
                ("description", group.description),
                ("assets", group.asset_count),
            ]
        )
