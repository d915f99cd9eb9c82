"""The platform endpoints beyond tasks: price preview, queue status, API keys, the public
resource and AI App catalogues, and the asset library.

Operations are effect generators over a `Core` (like `_tasks` and `_calls`), so the sync and the
async client share them. Paths come from the bundled spec by operationId; replies are untrusted
and read leniently (numbers as strings, nulls, unknown keys kept in `.raw`). None of these calls
creates a task or costs money, so they are retried like queries.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any, Generic, TypeVar

from . import _routes
from ._catalog import Model, is_local_file, local_file_facts, prepare_params
from ._core import Core
from ._effects import Offload, Op, Send, Sleep
from ._errors import APIError, InvalidParamsError
from ._types import money_of
from ._wire import (
    AI_APP,
    AI_APP_LIST,
    AI_APP_PAGE,
    API_KEY,
    APP_RUN_REQUEST,
    ASSET,
    ASSET_CREATE,
    ASSET_GROUP,
    ASSET_ID_REQUEST,
    ASSET_LIST_REQUEST,
    ASSET_PAGE,
    ASSET_UPDATE,
    ENVELOPE,
    GROUP_CREATE,
    GROUP_ID_REQUEST,
    GROUP_PAGE,
    GROUP_UPDATE,
    PAGE,
    PRICE,
    QUEUE,
    RESOURCE,
    RESOURCE_LIST,
    RESOURCE_PAGE,
    RESOURCE_VERSION,
)

T = TypeVar("T")

# The official asset client's sets (ComfyUI_RH_OpenAPI): anything else is still processing.
ASSET_READY = frozenset({"ACTIVE", "SUCCESS", "SUCCEEDED", "COMPLETED", "DONE", "READY", "AVAILABLE"})
ASSET_FAILED = frozenset({"FAILED", "ERROR", "CANCEL", "CANCELED"})
ASSET_URI = "asset://"
_APP_ID = re.compile(r"/run/ai-app/(\d+)")
_ASSET_KINDS = {"image": "Image", "video": "Video", "audio": "Audio"}
_FORMAT_KIND = {
    **dict.fromkeys(("png", "jpg", "webp", "gif", "bmp", "tiff"), "image"),
    **dict.fromkeys(("mp4", "mov", "webm", "mkv", "avi"), "video"),
    **dict.fromkeys(("mp3", "wav", "m4a", "flac", "ogg", "aac"), "audio"),
}


def _send(core: Core, operation_id: str, body: Any = None, **path_params: str) -> Send:
    """The operation's request (route and auth from the generated layer); a body-less POST sends {}."""
    if body is None and _routes.route(operation_id).method != "GET":
        body = {}
    return core.request(operation_id, body, path_params=path_params)


def _data(reply_data: Mapping[str, Any] | None) -> Any:
    return (reply_data or {}).get(ENVELOPE.data)


def _str(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _int(value: Any) -> int | None:
    number = money_of(value)
    return int(number) if number is not None and number == number.to_integral_value() else None


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


# --------------------------------------------------------------------------- results
@dataclass(frozen=True)
class Estimate:
    """A price preview: what the call would cost (`price`, a Decimal in `currency`), whether
    this call is free, and the raw reply. Not the final charge: the task's `usage` is.

    `omitted` names the fields holding local files: `estimate()` does not upload, so they were
    left out of the preview (a price rarely depends on a file; `run(max_cost=...)` previews
    the exact body after its uploads)."""

    model: str
    price: Decimal
    currency: str | None
    free: bool
    text: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)
    omitted: tuple[str, ...] = ()

    @property
    def cost(self) -> Decimal:
        """What a budget counts: 0 when this call is free, else `price`."""
        return Decimal(0) if self.free else self.price

    @classmethod
    def from_reply(cls, data: Mapping[str, Any], model: str) -> Estimate:
        price = money_of(data.get(PRICE.estimated_price))
        if price is None:
            raise APIError(f"price preview of {model}: the reply has no {PRICE.estimated_price}", body=str(data)[:500])
        return cls(
            model=model,
            price=price,
            currency=_str(data.get(PRICE.currency)),
            free=data.get(PRICE.is_free_this_call) is True,
            text=_str(data.get(PRICE.price_text_en)) or _str(data.get(PRICE.price_text)),
            raw=dict(data),
        )


@dataclass(frozen=True)
class QueueStatus:
    """The key's queue: how many tasks it may run at once, runs and queues now, and its type
    (EXCLUSIVE, SHARED or NORMAL). Counts are None when the reply does not say."""

    concurrent_limit: int | None
    running: int | None
    queued: int | None
    key_type: str | None
    total: int | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @property
    def free_slots(self) -> int | None:
        """concurrent_limit minus running and queued tasks (never below 0), or None."""
        if self.concurrent_limit is None:
            return None
        busy = self.total if self.total is not None else (self.running or 0) + (self.queued or 0)
        return max(0, self.concurrent_limit - busy)

    @classmethod
    def from_reply(cls, data: Any) -> QueueStatus:
        d = _mapping(data)
        return cls(
            concurrent_limit=_int(d.get(QUEUE.concurrent_limit)),
            running=_int(d.get(QUEUE.running_count)),
            queued=_int(d.get(QUEUE.queued_count)),
            key_type=_str(d.get(QUEUE.api_key_type)),
            total=_int(d.get(QUEUE.total_current_tasks)),
            raw=dict(d),
        )


@dataclass(frozen=True)
class ApiKey:
    """One API key of the account, as listed (the key itself is masked by the platform)."""

    key: str | None
    name: str | None
    status: int | None
    quota_limit: Decimal | None
    quota_used: Decimal | None
    expire_at: str | None
    created_at: str | None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @property
    def enabled(self) -> bool:
        return self.status == 1

    @classmethod
    def from_reply(cls, item: Any) -> ApiKey:
        d = _mapping(item)
        return cls(
            key=_str(d.get(API_KEY.key)),
            name=_str(d.get(API_KEY.api_key_name)),
            status=_int(d.get(API_KEY.status)),
            quota_limit=money_of(d.get(API_KEY.quota_limit)),
            quota_used=money_of(d.get(API_KEY.quota_used)),
            expire_at=_str(d.get(API_KEY.expire_at)),
            created_at=_str(d.get(API_KEY.created_at)),
            raw=dict(d),
        )


@dataclass(frozen=True)
class Resource:
    """A public model-library resource (LoRA, checkpoint, UNet, GGUF). `node_model_name` is
    the value for a loader node; `base_models` those of its versions."""

    id: str | None
    name: str | None
    type: str | None
    node_model_name: str | None
    base_models: tuple[str, ...] = ()
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_reply(cls, item: Any) -> Resource:
        d = _mapping(item)
        found = d.get(RESOURCE.versions)
        versions: list[Any] = found if isinstance(found, list) else []
        base = RESOURCE_VERSION.base_model
        bases = tuple(str(v[base]) for v in versions if isinstance(v, Mapping) and v.get(base))
        return cls(
            id=_str(d.get(RESOURCE.id)),
            name=_str(d.get(RESOURCE.resource_name)),
            type=_str(d.get(RESOURCE.resource_type)),
            node_model_name=_str(d.get(RESOURCE.node_model_name)),
            base_models=bases,
            raw=dict(d),
        )


@dataclass(frozen=True)
class AiApp:
    """A public AI App. The list has no id field: `webapp_id` is read from `invoke_example`
    (a curl command calling /run/ai-app/<id>), `nodes` from its nodeInfoList (empty when the
    example has none)."""

    webapp_id: str | None
    title: str | None
    description: str | None
    cover: str | None
    invoke_example: str | None
    nodes: tuple[Mapping[str, Any], ...] = ()
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_reply(cls, item: Any) -> AiApp:
        d = _mapping(item)
        example = d.get(AI_APP.invoke_example) if isinstance(d.get(AI_APP.invoke_example), str) else None
        found = _APP_ID.search(example or "")
        return cls(
            webapp_id=found.group(1) if found else None,
            title=_str(d.get(AI_APP.title)),
            description=_str(d.get(AI_APP.description)),
            cover=_str(d.get(AI_APP.cover)),
            invoke_example=example,
            nodes=_example_nodes(example or ""),
            raw=dict(d),
        )


def _example_nodes(example: str) -> tuple[Mapping[str, Any], ...]:
    """The nodeInfoList inside a curl example (unquoted JSON), or () when it cannot be read."""
    start = example.find(json.dumps(APP_RUN_REQUEST.node_info_list))
    bracket = example.find("[", start) if start >= 0 else -1
    if bracket < 0:
        return ()
    try:
        nodes, _ = json.JSONDecoder().raw_decode(example[bracket:])
    except ValueError:
        return ()
    return tuple(n for n in nodes if isinstance(n, Mapping)) if isinstance(nodes, list) else ()


@dataclass(frozen=True)
class Asset:
    """An asset of the asset library. Use it in a model's media field as `asset.uri`
    (`asset://<id>`) once `ready`; `failed` when processing failed."""

    id: str
    status: str | None
    type: str | None = None
    name: str | None = None
    preview_url: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @property
    def uri(self) -> str:
        return ASSET_URI + self.id

    @property
    def ready(self) -> bool:
        return (self.status or "").upper() in ASSET_READY

    @property
    def failed(self) -> bool:
        return (self.status or "").upper() in ASSET_FAILED

    @classmethod
    def from_reply(cls, data: Any, asset_id: str | None = None) -> Asset:
        d = _mapping(data)
        found = _str(d.get(ASSET.asset_id)) or asset_id
        if not found:
            raise APIError(f"asset reply has no {ASSET.asset_id}", body=str(data)[:500])
        return cls(
            id=found,
            status=_str(d.get(ASSET.status)),
            type=_str(d.get(ASSET.asset_type)),
            name=_str(d.get(ASSET.name)),
            preview_url=_str(d.get(ASSET.preview_url)),
            raw=dict(d),
        )


@dataclass(frozen=True)
class AssetGroup:
    """A group of assets."""

    id: str
    name: str | None
    description: str | None = None
    asset_count: int | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_reply(cls, data: Any, group_id: str | None = None) -> AssetGroup:
        d = _mapping(data)
        found = _str(d.get(ASSET_GROUP.group_id)) or group_id
        if not found:
            raise APIError(f"asset group reply has no {ASSET_GROUP.group_id}", body=str(data)[:500])
        return cls(
            id=found,
            name=_str(d.get(ASSET_GROUP.name)),
            description=_str(d.get(ASSET_GROUP.description)),
            asset_count=_int(d.get(ASSET_GROUP.asset_count)),
            raw=dict(d),
        )


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    has_next: bool


def asset_id_of(asset: Asset | str) -> str:
    """An asset id from an Asset, an id or an `asset://` reference."""
    text = asset.id if isinstance(asset, Asset) else str(asset)
    text = text.removeprefix(ASSET_URI).strip()
    if not text:
        raise InvalidParamsError("asset id must not be empty", field=ASSET.asset_id)
    return text


def group_id_of(group: AssetGroup | str) -> str:
    text = group.id if isinstance(group, AssetGroup) else str(group).strip()
    if not text:
        raise InvalidParamsError("group id must not be empty", field=ASSET_GROUP.group_id)
    return text


# --------------------------------------------------------------------------- operations
def estimate_body(core: Core, model: Model, body: Mapping[str, Any], *, deadline: float | None = None) -> Op[Estimate]:
    """The price preview of exactly this submit body (no task is created); `deadline` (the
    monotonic clock) bounds it as part of a run's timeout."""
    send = _send(core, "preview_model_price", dict(body), endpoint=model.endpoint)
    reply = yield from core.call(send, deadline=deadline)
    return Estimate.from_reply(reply.data or {}, model.name)


def estimate_app_body(
    core: Core, webapp_id: str, body: Mapping[str, Any], *, deadline: float | None = None
) -> Op[Estimate]:
    """The price preview of an AI App run: `price-preview/run/ai-app/<id>` with the v2 run body
    (the app's nodeInfoList and options). One third-party client uses this route (low
    confidence); a server that does not know it answers an error, and the app is unpriced."""
    preview = {k: v for k, v in body.items() if k != APP_RUN_REQUEST.webapp_id}
    send = _send(core, "preview_model_price", preview, endpoint=f"run/ai-app/{webapp_id}")
    reply = yield from core.call(send, deadline=deadline)
    return Estimate.from_reply(reply.data or {}, f"AI App {webapp_id}")


def _holds_local_file(value: Any) -> bool:
    if isinstance(value, (list, tuple)):
        return any(is_local_file(v) for v in value)
    return is_local_file(value)


def estimate(core: Core, model_name: str, params: Mapping[str, Any] | None, fields: Mapping[str, Any]) -> Op[Estimate]:
    """Validate like a submit (same checks, same filled-in defaults), then preview the price.
    Nothing is uploaded: fields holding local files are left out of the preview (`omitted`)."""
    if isinstance(params, (str, bytes)) or (params is not None and not isinstance(params, Mapping)):
        raise InvalidParamsError("params must be a mapping of wire names to values", field=None)
    model = core.resolve_model(model_name, True)
    body = prepare_params(model, {**(params or {}), **fields})
    omitted = tuple(name for name, value in body.items() if _holds_local_file(value))
    try:
        result = yield from estimate_body(core, model, {k: v for k, v in body.items() if k not in omitted})
    except InvalidParamsError as exc:  # the server's 1007 for a required field we left out
        required = [name for name in omitted if name in model.required]
        if not required:
            raise
        raise InvalidParamsError(
            f"{required[0]}: estimate() does not upload local files, and {model.name} requires this field "
            "to price the call; pass a URL instead (client.upload(path).url; the upload is reused by the "
            "submit), or use run(..., max_cost=...), which previews after its uploads",
            field=required[0],
            model=model.name,
        ) from exc
    return replace(result, omitted=omitted) if omitted else result


def queue_status(core: Core) -> Op[QueueStatus]:
    reply = yield from core.call(_send(core, "get_queue_status"))
    return QueueStatus.from_reply(_data(reply.data))


def api_keys(core: Core) -> Op[list[ApiKey]]:
    reply = yield from core.call(_send(core, "list_api_keys"))
    data = _data(reply.data)
    return [ApiKey.from_reply(item) for item in (data if isinstance(data, list) else [])]


def _records_page(data: Any, size: int, records_key: str) -> tuple[list[Any], bool]:
    d = _mapping(data)
    found = d.get(records_key)
    records: list[Any] = found if isinstance(found, list) else []
    current, pages = _int(d.get(PAGE.current)), _int(d.get(PAGE.pages))
    has_next = d.get(PAGE.has_next)
    if not isinstance(has_next, bool):
        has_next = current is not None and pages is not None and current < pages
    return list(records), bool(has_next and len(records) >= 1)


def resource_filters(
    resource_type: str | None, name: str | None, base_models: Sequence[str] | None, tags: Sequence[int] | None
) -> dict[str, Any]:
    """The resource list's filters as its request names them (None: not sent)."""
    return {
        RESOURCE_LIST.resource_type: resource_type,
        RESOURCE_LIST.resource_name: name,
        RESOURCE_LIST.base_models: list(base_models) if base_models is not None else None,
        RESOURCE_LIST.tags: list(tags) if tags is not None else None,
    }


def app_filters(sort: str | None, days: int | None) -> dict[str, Any]:
    """The AI App list's filters as its request names them (None: not sent)."""
    return {AI_APP_LIST.sort: sort, AI_APP_LIST.days: days}


def resource_page(core: Core, page: int, size: int, filters: Mapping[str, Any]) -> Op[Page[Resource]]:
    body = {
        **{k: v for k, v in filters.items() if v is not None},
        RESOURCE_LIST.current: page,
        RESOURCE_LIST.size: size,
    }
    reply = yield from core.call(_send(core, "list_resources", body))
    records, has_next = _records_page(_data(reply.data), size, RESOURCE_PAGE.records)
    return Page([Resource.from_reply(r) for r in records], has_next)


def app_page(core: Core, page: int, size: int, filters: Mapping[str, Any]) -> Op[Page[AiApp]]:
    body = {**{k: v for k, v in filters.items() if v is not None}, AI_APP_LIST.current: page, AI_APP_LIST.size: size}
    reply = yield from core.call(_send(core, "list_ai_apps", body))
    records, has_next = _records_page(_data(reply.data), size, AI_APP_PAGE.records)
    return Page([AiApp.from_reply(r) for r in records], has_next)


def _items_page(
    data: Any, page: int, size: int, parse: Callable[[Any], T], keys: type[ASSET_PAGE] | type[GROUP_PAGE]
) -> Page[T]:
    d = _mapping(data)
    found = d.get(keys.items)
    items: list[Any] = found if isinstance(found, list) else []
    total = _int(d.get(keys.total_count))
    has_next = bool(items) and (total > page * size if total is not None else len(items) >= size)
    return Page([parse(i) for i in items], has_next)


def asset_page(core: Core, page: int, size: int, filters: Mapping[str, Any]) -> Op[Page[Asset]]:
    body = {
        **{k: v for k, v in filters.items() if v is not None},
        ASSET_LIST_REQUEST.page_number: page,
        ASSET_LIST_REQUEST.page_size: size,
    }
    reply = yield from core.call(_send(core, "list_assets", body))
    return _items_page(_data(reply.data), page, size, Asset.from_reply, ASSET_PAGE)


def group_page(core: Core, page: int, size: int, filters: Mapping[str, Any]) -> Op[Page[AssetGroup]]:
    body = {
        **{k: v for k, v in filters.items() if v is not None},
        ASSET_LIST_REQUEST.page_number: page,
        ASSET_LIST_REQUEST.page_size: size,
    }
    reply = yield from core.call(_send(core, "list_asset_groups", body))
    return _items_page(_data(reply.data), page, size, AssetGroup.from_reply, GROUP_PAGE)


def _asset_type_of(source: Any, url: str | None) -> str | None:
    fmt: str | None = None
    if source is not None and is_local_file(source):
        fmt = local_file_facts(source)[1]
    elif url:
        fmt = url.split("?", 1)[0].rsplit(".", 1)[-1].lower() if "." in url.rsplit("/", 1)[-1] else None
    kind = _FORMAT_KIND.get(fmt or "")
    return _ASSET_KINDS[kind] if kind else None


def create_asset(
    core: Core, source: Any, *, asset_type: str | None, name: str | None, group: AssetGroup | str | None
) -> Op[Asset]:
    """Register a media URL (or a local file, uploaded first) as an asset. `asset_type`
    (Image, Video, Audio) defaults to what the file or URL extension says, else is not sent."""
    if isinstance(source, str) and not source.strip():
        raise InvalidParamsError("asset source must be a URL or a local file", field=ASSET_CREATE.url)
    local = not (isinstance(source, str) and "://" in source)  # a str without a scheme is a path
    if isinstance(source, str) and local:
        source = Path(source).expanduser()
    url = (yield from core.upload(source)).url if local else str(source)
    if not url:
        raise APIError("upload: no download_url to register as an asset")
    # a local file's first bytes tell its type: read in a worker thread under asyncio
    kind = asset_type
    if not kind:
        kind = (yield Offload(partial(_asset_type_of, source, url))) if local else _asset_type_of(None, url)
    body: dict[str, Any] = {ASSET_CREATE.url: url}
    if group is not None:
        body[ASSET_CREATE.group_id] = group_id_of(group)
    if kind is not None:
        body[ASSET_CREATE.asset_type] = kind
    if name is not None:
        body[ASSET_CREATE.name] = name
    reply = yield from core.call(_send(core, "create_asset", body))
    created = Asset.from_reply(_data(reply.data))
    return replace(created, type=created.type or kind, name=created.name or name)


def query_asset(core: Core, asset: Asset | str) -> Op[Asset]:
    asset_id = asset_id_of(asset)
    reply = yield from core.call(_send(core, "query_asset", {ASSET_ID_REQUEST.asset_id: asset_id}))
    return Asset.from_reply(_data(reply.data), asset_id)


def update_asset(core: Core, asset: Asset | str, name: str) -> Op[Asset]:
    asset_id = asset_id_of(asset)
    reply = yield from core.call(
        _send(core, "update_asset", {ASSET_UPDATE.asset_id: asset_id, ASSET_UPDATE.name: name})
    )
    return Asset.from_reply(_data(reply.data), asset_id)


def delete_asset(core: Core, asset: Asset | str) -> Op[None]:
    yield from core.call(_send(core, "delete_asset", {ASSET_ID_REQUEST.asset_id: asset_id_of(asset)}))


def wait_asset(core: Core, asset: Asset | str, *, timeout: float, interval: float) -> Op[Asset]:
    """Read the asset until it is ready (returns it) or failed (APIError); TimeoutError after
    `timeout` seconds. The official client reads every 2 s for up to 180-300 s."""
    deadline = time.monotonic() + timeout
    while True:
        current = yield from query_asset(core, asset)
        if current.ready:
            return current
        if current.failed:
            raise APIError(f"asset {current.id} failed (status {current.status})")
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"asset {current.id} is still {current.status} after {timeout:g} s")
        yield Sleep(min(interval, left))


def create_group(core: Core, name: str, description: str | None) -> Op[AssetGroup]:
    body = {GROUP_CREATE.name: name, **({GROUP_CREATE.description: description} if description is not None else {})}
    reply = yield from core.call(_send(core, "create_asset_group", body))
    return AssetGroup.from_reply(_data(reply.data))


def query_group(core: Core, group: AssetGroup | str) -> Op[AssetGroup]:
    group_id = group_id_of(group)
    reply = yield from core.call(_send(core, "query_asset_group", {GROUP_ID_REQUEST.group_id: group_id}))
    return AssetGroup.from_reply(_data(reply.data), group_id)


def update_group(core: Core, group: AssetGroup | str, name: str | None, description: str | None) -> Op[AssetGroup]:
    group_id = group_id_of(group)
    changes = ((GROUP_UPDATE.name, name), (GROUP_UPDATE.description, description))
    body = {GROUP_UPDATE.group_id: group_id, **{k: v for k, v in changes if v is not None}}
    reply = yield from core.call(_send(core, "update_asset_group", body))
    return AssetGroup.from_reply(_data(reply.data), group_id)


def delete_group(core: Core, group: AssetGroup | str) -> Op[None]:
    yield from core.call(_send(core, "delete_asset_group", {GROUP_ID_REQUEST.group_id: group_id_of(group)}))


# --------------------------------------------------------------------------- paging
PageOp = Callable[[int], Op[Page[T]]]


# A client's `_do`: what carries an operation out (the namespaces of _assets.py get it).
RunOp = Callable[[Op[Any]], Any]
AsyncRunOp = Callable[[Op[Any]], Awaitable[Any]]


def iterate(run: Callable[[Op[Page[T]]], Page[T]], page_op: PageOp[T], limit: int | None) -> Iterator[T]:
    """Items of every page in order, fetching a page only when the previous one is used up."""
    page, count = 1, 0
    while limit is None or count < limit:
        current = run(page_op(page))
        for item in current.items:
            if limit is not None and count >= limit:
                return
            yield item
            count += 1
        if not current.has_next or not current.items:
            return
        page += 1


async def aiterate(
    run: Callable[[Op[Page[T]]], Awaitable[Page[T]]], page_op: PageOp[T], limit: int | None
) -> AsyncIterator[T]:
    """`iterate` for the async client."""
    page, count = 1, 0
    while limit is None or count < limit:
        current = await run(page_op(page))
        for item in current.items:
            if limit is not None and count >= limit:
                return
            yield item
            count += 1
        if not current.has_next or not current.items:
            return
        page += 1


def check_page_size(size: int, maximum: int) -> int:
    if not 1 <= size <= maximum:
        raise InvalidParamsError(f"page_size must be from 1 to {maximum}, got {size}", field=PAGE.size)
    return size


def check_limit(limit: int | None) -> int | None:
    if limit is not None and limit < 0:
        raise InvalidParamsError(f"limit must not be negative, got {limit}", field=None)
    return limit


__all__: Sequence[str] = [
    "AiApp",
    "ApiKey",
    "Asset",
    "AssetGroup",
    "Estimate",
    "QueueStatus",
    "Resource",
]
