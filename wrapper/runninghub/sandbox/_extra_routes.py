"""The sandbox's platform routes beyond tasks: price preview, queue status, API keys, the public
resource and AI App catalogues, and the asset library.

Reply shapes follow `captures/` (price-preview.*, queue-status.*, api-key-list.*, resource-list.*,
aiapp-list.*, assets-*): the same field names and value types (counts as strings where the
captures have strings). Request bodies are validated against the spec; a price-preview body
against the submit schema of the model it names (`x-runninghub-same-body-as`).
"""

from __future__ import annotations

import math
import re
import secrets
import string
import time
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .._wire import (
    AI_APP,
    AI_APP_LIST,
    API_KEY,
    APP_NODE,
    APP_V2_REQUEST,
    ASSET,
    ASSET_CREATE,
    ASSET_GROUP,
    ASSET_ID_REQUEST,
    ASSET_LIST_REQUEST,
    ASSET_PAGE,
    ASSET_UPDATE,
    GROUP_CREATE,
    GROUP_ID_REQUEST,
    GROUP_PAGE,
    GROUP_UPDATE,
    NODE,
    PLATFORM_ENVELOPE,
    PRICE,
    QUEUE,
    RESOURCE,
    RESOURCE_LIST,
    RESOURCE_OWNER,
    RESOURCE_PAGE,
    RESOURCE_POSTER,
    RESOURCE_TAG,
    RESOURCE_VERSION,
)
from ._state import ACTIVE, QUEUED, RUNNING, SandboxState, contains_marker
from ._workflow_routes import APP_NODES

if TYPE_CHECKING:
    from ._app import SandboxApp

ASSET_READY = {"Video": "READY"}  # the official client's tests: READY for video, ACTIVE otherwise
_VIDEO_EXT = (".mp4", ".mov", ".webm", ".mkv", ".avi")
_AUDIO_EXT = (".mp3", ".wav", ".m4a", ".flac", ".ogg", ".aac")
_BY_ASSET_ID = ("query_asset", "update_asset", "delete_asset")  # operationIds
_APP_RUN = re.compile(r"run/ai-app/[0-9]+")
_PATH_PARAM = re.compile(r"\{[^}]*\}")  # the webappId parameter of the v2 AI App run's path
# an input the sandbox's AI App template really has (apiCallDemo, _workflow_routes.APP_NODES)
_TEMPLATE_PROMPT = next(n for n in APP_NODES if n[APP_NODE.node_id] == "3")
_PROMPT_NODE = {
    NODE.node_id: _TEMPLATE_PROMPT[APP_NODE.node_id],
    NODE.field_name: _TEMPLATE_PROMPT[APP_NODE.field_name],
    NODE.field_value: _TEMPLATE_PROMPT[APP_NODE.field_value],
    NODE.description: _TEMPLATE_PROMPT[APP_NODE.description_en],
}
_A, _G = ASSET, ASSET_GROUP


# every platform envelope has these three keys (PlatformErrorEnvelope: a refusal's)
_CODE, _MSG, _DATA = PLATFORM_ENVELOPE.code, PLATFORM_ENVELOPE.msg, PLATFORM_ENVELOPE.data


def _ok(data: Any) -> JSONResponse:
    return JSONResponse({_CODE: 0, _MSG: "success", _DATA: data})


def _refused(code: int, msg: str) -> JSONResponse:
    return JSONResponse({_CODE: code, _MSG: msg, _DATA: None})


def price_of(state: SandboxState, route: str, body: Any) -> Decimal:
    """What a task of `route` with `body` is charged: the sandbox's own price (its pricing rule
    when one applies, else the flat `task_cost`), so the preview is what the task then costs."""
    return state.price_for(route, body)


def _page(items: list[dict[str, Any]], current: int, size: int, *, previous: bool) -> dict[str, Any]:
    """One page of `items`; `previous` adds hasPrevious (resource/list has it, aiapp/list not)."""
    total = len(items)
    pages = math.ceil(total / size) if size else 0
    start = (current - 1) * size
    k = RESOURCE_PAGE  # AiAppPage has the same keys but hasPrevious
    page = {
        k.records: items[start : start + size],
        k.current: current,
        k.size: size,
        k.total: total,
        k.pages: pages,
        k.has_next: current < pages,
    }
    if previous:
        page[k.has_previous] = current > 1
    return page


def _stamp_id(prefix: str) -> str:
    """An id shaped like the official kit's group ids (group-20260327004931-dvjbj)."""
    tail = "".join(secrets.choice(string.ascii_lowercase) for _ in range(5))
    return f"{prefix}-{time.strftime('%Y%m%d%H%M%S')}-{tail}"


def _asset_type(url: str) -> str:
    path = url.split("?", 1)[0].lower()
    if path.endswith(_VIDEO_EXT):
        return "Video"
    if path.endswith(_AUDIO_EXT):
        return "Audio"
    return "Image"


_R, _V, _P = RESOURCE, RESOURCE_VERSION, RESOURCE_POSTER
RESOURCES: list[dict[str, Any]] = [
    {
        _R.id: str(1_900_000_000_000_000_000 + i),
        _R.resource_name: name,
        _R.resource_type: rtype,
        _R.create_time: "2026-08-01 10:00:00",
        _R.desc: f"Sandbox {rtype.lower()} {name}",
        _R.node_model_name: node_name,
        _R.owner: {RESOURCE_OWNER.name: "sandbox", RESOURCE_OWNER.avatar: None},
        _R.tags: [{RESOURCE_TAG.id: tag, RESOURCE_TAG.name: tag_name}],
        _R.versions: [
            {
                _V.id: str(1_910_000_000_000_000_000 + i),
                _V.version: "v1",
                _V.version_resource_name: node_name,
                _V.base_model: base,
                _V.base_model_subtype: "",
                _V.trigger_words: "",
                _V.desc: "",
                _V.poster_infos: [{_P.image_width: 1024, _P.image_height: 1024}],
            }
        ],
    }
    for i, (name, rtype, node_name, base, tag, tag_name) in enumerate(
        (
            ("Watercolor Style", "LORA", "sandbox/watercolor.safetensors", "Flux2-Klein-9B", 1, "style"),
            ("Ink Style", "LORA", "sandbox/ink.safetensors", "Flux2-Klein-9B", 1, "style"),
            ("Portrait Detail", "LORA", "sandbox/portrait.safetensors", "SDXL 1.0", 2, "portrait"),
            ("Sandbox Base", "CHECKPOINT", "sandbox/base.safetensors", "SDXL 1.0", 3, "base"),
            ("Sandbox UNet", "UNET", "sandbox/unet.safetensors", "Flux2-Klein-9B", 3, "base"),
            ("Sandbox Q4", "GGUF", "sandbox/q4.gguf", "Flux2-Klein-9B", 3, "base"),
        )
    )
]
AI_APP_COUNT = 23
AI_APP_FIRST_ID = 1_877_265_245_566_922_800


class PlatformRoutes:
    """Handlers of the platform routes over one SandboxApp (its state, spec index and helpers)."""

    def __init__(self, app: SandboxApp) -> None:
        self.app = app
        self.state = app.state

    def _resources(self, base_url: str) -> list[dict[str, Any]]:
        out = []
        for r in RESOURCES:
            poster = f"{base_url}/files/posters/{r[_R.id]}.png"
            versions = [
                {
                    **v,
                    _V.poster_infos: [
                        {_P.poster_url: poster, _P.thumbnail_url: poster, **p} for p in v[_V.poster_infos]
                    ],
                }
                for v in r[_R.versions]
            ]
            owner = {**r[_R.owner], RESOURCE_OWNER.avatar: f"{base_url}/files/avatars/sandbox.png"}
            out.append({**r, _R.poster_url: poster, _R.thumbnail_url: poster, _R.owner: owner, _R.versions: versions})
        return out

    # --- auth and bodies ----------------------------------------------------------------

    def _authorized(self, request: Request, *, bare_ok: bool = False) -> bool:
        header = request.headers.get("authorization", "").strip()
        scheme, _, token = header.partition(" ")
        if scheme.lower() == "bearer":
            key: str | None = token.strip()
        else:
            key = header if bare_ok else None  # the official skill sends the bare key on aiapp/list
        ok = self.state.config.key_ok(key)
        self.app.note(request, key_ok=ok)
        return ok

    def _unauthorized(self, request: Request) -> JSONResponse:
        self.app.note(request, error_code="401")
        return _refused(401, "ApiKey verification failed: API Key不存在")

    async def _body(self, request: Request, operation_id: str, *, bare_ok: bool = False) -> tuple[Any, Response | None]:
        spec_path = self.app.index.path(operation_id)
        if not self._authorized(request, bare_ok=bare_ok):
            return None, self._unauthorized(request)
        ok, body = await self.app.read_json(request)
        if not ok or not isinstance(body, dict):
            self.app.note(request, error_code="1007")
            return None, _refused(1007, "failed to parse request body")
        problem = self.app.index.check("post", spec_path, body)
        if problem:
            self.app.note(request, error_code="1007")
            return None, _refused(1007, problem)
        return body, None

    # --- price preview, queue status, API keys ------------------------------------------

    async def price_preview(self, request: Request) -> Response:
        from ._app import v2_error

        endpoint = request.path_params["endpoint"].strip("/")
        route = self.app.index.model_prefix + endpoint
        if _APP_RUN.fullmatch(endpoint):  # an AI App run (one third-party client previews these)
            route = self.app.index.path("run_ai_app_v2")
        elif route not in self.app.index.model_ops:
            self.app.note(request, error_code="1001")
            return v2_error(404, "1001", f"invalid url: no endpoint {route}")
        body, error = await self.app.v2_body(request, route)  # bearer auth; the submit's schema
        if error is not None:
            return error
        cfg = self.state.config
        if cfg.api_key_type.upper() == "NORMAL":
            self.app.note(request, error_code="1014")
            return JSONResponse({PRICE.error_code: "1014", PRICE.error_message: "Access Denied"})
        price = price_of(self.state, route, body)
        symbol = "¥" if cfg.currency == "CNY" else f"{cfg.currency} "
        return JSONResponse(
            {
                PRICE.error_code: 0,
                PRICE.error_message: "",
                PRICE.estimated_price: float(price),  # a JSON number, as the captures have it
                PRICE.currency: cfg.currency,
                PRICE.price_text: f"{symbol}{price:.2f}/次",
                PRICE.price_text_en: f"{cfg.currency} {price:.2f}/call",
                PRICE.free_limit: False,
                PRICE.free_limit_count: "0",
                PRICE.remaining_free_limit_count: "0",
                PRICE.is_free_this_call: False,
            }
        )

    async def queue_status(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._unauthorized(request)
        now = time.monotonic()
        statuses = [t.status(now) for t in self.state.iter_tasks()]
        running = sum(1 for s in statuses if s == RUNNING)
        queued = sum(1 for s in statuses if s == QUEUED)
        cfg = self.state.config
        return _ok(
            {
                QUEUE.api_key_type: cfg.api_key_type,
                QUEUE.concurrent_limit: cfg.concurrency_limit,
                QUEUE.running_count: str(running),
                QUEUE.queued_count: str(queued),
                QUEUE.total_current_tasks: str(sum(1 for s in statuses if s in ACTIVE)),
            }
        )

    async def api_keys(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._unauthorized(request)
        with self.state.lock:
            used = len(self.state.tasks)
        key = {
            API_KEY.key: self.state.config.masked_key(),
            API_KEY.api_key_name: None,
            API_KEY.status: 1,
            API_KEY.quota_limit: None,
            API_KEY.quota_used: used,
            API_KEY.visible: True,
            API_KEY.expire_at: None,
            API_KEY.expire_in_minute: None,
            API_KEY.created_at: time.strftime("%Y-%m-%d"),
        }
        return _ok([key])

    # --- catalogues ---------------------------------------------------------------------

    async def resources(self, request: Request) -> Response:
        body, error = await self._body(request, "list_resources")
        if error is not None:
            return error
        items = self._resources(self.state.base_url)
        q = RESOURCE_LIST
        if body.get(q.resource_type):
            items = [r for r in items if r[_R.resource_type] == body[q.resource_type]]
        if body.get(q.resource_name):
            word = str(body[q.resource_name]).casefold()
            items = [r for r in items if word in r[_R.resource_name].casefold()]
        if body.get(q.base_models):
            wanted = set(body[q.base_models])
            items = [r for r in items if any(v[_V.base_model] in wanted for v in r[_R.versions])]
        if body.get(q.tags):
            tags = set(body[q.tags])
            items = [r for r in items if any(t[RESOURCE_TAG.id] in tags for t in r[_R.tags])]
        return _ok(_page(items, int(body.get(q.current, 1)), int(body.get(q.size, 10)), previous=True))

    async def ai_apps(self, request: Request) -> Response:
        body, error = await self._body(request, "list_ai_apps", bare_ok=True)
        if error is not None:
            return error
        base = self.state.base_url
        apps = []
        run_path = self.app.index.path("run_ai_app_v2")
        for i in range(AI_APP_COUNT):
            webapp_id = str(AI_APP_FIRST_ID + i)
            nodes = [_PROMPT_NODE]
            example = {APP_V2_REQUEST.node_info_list: nodes, APP_V2_REQUEST.instance_type: "default"}
            invoke = (
                f"curl --location --request POST '{base}{_PATH_PARAM.sub(webapp_id, run_path)}' "
                "--header 'Authorization: Bearer <API_KEY>' --header 'Content-Type: application/json' "
                f"--data-raw '{_json(example)}'"
            )
            apps.append(
                {
                    AI_APP.title: f"Sandbox App {i + 1}",
                    AI_APP.description: f"A sandbox AI App ({i + 1} of {AI_APP_COUNT}).",
                    AI_APP.cover: f"{base}/files/covers/{webapp_id}.png",
                    AI_APP.invoke_example: invoke,
                }
            )
        if body.get(AI_APP_LIST.sort) == "NEWEST":
            apps.reverse()
        q = AI_APP_LIST
        return _ok(_page(apps, int(body.get(q.current, 1)), int(body.get(q.size, 10)), previous=False))

    # --- assets -------------------------------------------------------------------------

    def _asset_view(self, asset: dict[str, Any]) -> dict[str, Any]:
        status = asset[_A.status]
        if status == "PROCESSING" and time.monotonic() >= asset["ready_at"]:
            status = "FAILED" if asset["fail"] else ASSET_READY.get(asset[_A.asset_type], "ACTIVE")
        return {
            _A.asset_id: asset[_A.asset_id],
            _A.name: asset[_A.name],
            _A.status: status,
            _A.preview_url: asset[ASSET_CREATE.url],
            _A.asset_type: asset[_A.asset_type],
        }

    def _group_view(self, group: dict[str, Any]) -> dict[str, Any]:
        group_id = group[_G.group_id]
        count = sum(1 for a in self.state.assets.values() if a[ASSET_CREATE.group_id] == group_id)
        return {**group, _G.asset_count: count}

    async def _asset_body(self, request: Request, operation_id: str) -> tuple[Any, Response | None]:
        route = self.app.index.path(operation_id)
        if not self._authorized(request):
            return None, self._unauthorized(request)
        ok, body = await self.app.read_json(request)
        if ok and isinstance(body, dict) and operation_id in _BY_ASSET_ID and not body.get(ASSET_ID_REQUEST.asset_id):
            self.app.note(request, error_code="1007")
            return None, _refused(1007, "素材ID不能为空")  # what RunningHub answers (captures)
        if not ok or not isinstance(body, dict):
            self.app.note(request, error_code="1007")
            return None, _refused(1007, "failed to parse request body")
        problem = self.app.index.check("post", route, body)
        if problem:
            self.app.note(request, error_code="1007")
            return None, _refused(1007, problem)
        return body, None

    def _not_found(self, request: Request, what: str) -> JSONResponse:
        self.app.note(request, error_code="1004")
        return _refused(1004, f"{what}不存在")

    async def asset_create(self, request: Request) -> Response:
        body, error = await self._asset_body(request, "create_asset")
        if error is not None:
            return error
        c = ASSET_CREATE
        group_id = body.get(c.group_id) or None
        with self.state.lock:
            if group_id is not None and group_id not in self.state.asset_groups:
                return self._not_found(request, "素材组")
            asset_id = _stamp_id("asset")
            url = str(body[c.url])
            # the stored asset: the create request's fields, its id and status, and when it is ready
            self.state.assets[asset_id] = {
                _A.asset_id: asset_id,
                c.name: str(body.get(c.name) or ""),
                c.url: url,
                c.asset_type: str(body.get(c.asset_type) or _asset_type(url)),
                c.group_id: group_id,
                _A.status: "PROCESSING",
                "ready_at": time.monotonic() + max(0.0, float(self.state.config.asset_processing)),
                "fail": contains_marker(body, self.state.config.fail_marker),
            }
        self.app.note(request, task_id=asset_id)
        return _ok({_A.asset_id: asset_id, _A.status: "PROCESSING"})

    async def asset_query(self, request: Request) -> Response:
        body, error = await self._asset_body(request, "query_asset")
        if error is not None:
            return error
        with self.state.lock:
            asset = self.state.assets.get(str(body[ASSET_ID_REQUEST.asset_id]))
            if asset is None:
                return self._not_found(request, "素材")
            view = self._asset_view(asset)
        return _ok({k: view[k] for k in (_A.asset_id, _A.status, _A.preview_url, _A.asset_type)})

    async def asset_list(self, request: Request) -> Response:
        body, error = await self._asset_body(request, "list_assets")
        if error is not None:
            return error
        q = ASSET_LIST_REQUEST
        with self.state.lock:
            group = body.get(q.group_id)
            assets = self.state.assets.values()
            items = [self._asset_view(a) for a in assets if not group or a[ASSET_CREATE.group_id] == group]
        if body.get(q.status):
            items = [a for a in items if a[_A.status] == body[q.status]]
        if body.get(q.name):
            items = [a for a in items if str(body[q.name]) in a[_A.name]]
        return _ok(_items_page(items, body, ASSET_PAGE))

    async def asset_update(self, request: Request) -> Response:
        body, error = await self._asset_body(request, "update_asset")
        if error is not None:
            return error
        with self.state.lock:
            asset = self.state.assets.get(str(body[ASSET_UPDATE.asset_id]))
            if asset is None:
                return self._not_found(request, "素材")
            if ASSET_UPDATE.name in body:
                asset[ASSET_CREATE.name] = str(body[ASSET_UPDATE.name])
            view = self._asset_view(asset)
        return _ok({k: view[k] for k in (_A.asset_id, _A.name, _A.status)})

    async def asset_delete(self, request: Request) -> Response:
        body, error = await self._asset_body(request, "delete_asset")
        if error is not None:
            return error
        with self.state.lock:
            if self.state.assets.pop(str(body[ASSET_ID_REQUEST.asset_id]), None) is None:
                return self._not_found(request, "素材")
        return _ok(None)

    async def group_create(self, request: Request) -> Response:
        body, error = await self._asset_body(request, "create_asset_group")
        if error is not None:
            return error
        c = GROUP_CREATE
        group = {
            _G.group_id: _stamp_id("group"),
            _G.name: str(body[c.name]),
            _G.description: body.get(c.description, ""),
        }
        with self.state.lock:
            self.state.asset_groups[group[_G.group_id]] = group
        return _ok(dict(group))

    async def _group(self, request: Request, operation_id: str) -> tuple[Any, dict[str, Any] | None, Response | None]:
        body, error = await self._asset_body(request, operation_id)
        if error is not None:
            return None, None, error
        group = self.state.asset_groups.get(str(body[GROUP_ID_REQUEST.group_id]))
        if group is None:
            return None, None, self._not_found(request, "素材组")
        return body, group, None

    async def group_query(self, request: Request) -> Response:
        _, group, error = await self._group(request, "query_asset_group")
        if error is not None:
            return error
        assert group is not None
        with self.state.lock:
            return _ok(self._group_view(group))

    async def group_list(self, request: Request) -> Response:
        body, error = await self._asset_body(request, "list_asset_groups")
        if error is not None:
            return error
        with self.state.lock:
            items = [self._group_view(g) for g in self.state.asset_groups.values()]
        q = ASSET_LIST_REQUEST  # the group list takes the asset list's request
        if body.get(q.group_id):
            items = [g for g in items if g[_G.group_id] == body[q.group_id]]
        if body.get(q.name):
            items = [g for g in items if str(body[q.name]) in g[_G.name]]
        return _ok(_items_page(items, body, GROUP_PAGE))

    async def group_update(self, request: Request) -> Response:
        body, group, error = await self._group(request, "update_asset_group")
        if error is not None:
            return error
        assert group is not None
        with self.state.lock:
            for key, stored in ((GROUP_UPDATE.name, _G.name), (GROUP_UPDATE.description, _G.description)):
                if key in body:
                    group[stored] = str(body[key])
            return _ok(dict(group))

    async def group_delete(self, request: Request) -> Response:
        body, _, error = await self._group(request, "delete_asset_group")
        if error is not None:
            return error
        with self.state.lock:
            self.state.asset_groups.pop(str(body[GROUP_ID_REQUEST.group_id]), None)
        return _ok(None)


def _items_page(
    items: list[dict[str, Any]], body: dict[str, Any], page: type[ASSET_PAGE] | type[GROUP_PAGE]
) -> dict[str, Any]:
    q = ASSET_LIST_REQUEST
    number, size = int(body.get(q.page_number, 1)), int(body.get(q.page_size, 10))
    start = (number - 1) * size
    return {page.items: items[start : start + size], page.total_count: len(items)}


def _json(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


def extra_routes(app: SandboxApp) -> list[Route]:
    """The routes of this module, to be listed before the model catch-all route."""
    h = PlatformRoutes(app)
    assets = [
        ("create_asset", h.asset_create),
        ("query_asset", h.asset_query),
        ("list_assets", h.asset_list),
        ("update_asset", h.asset_update),
        ("delete_asset", h.asset_delete),
        ("create_asset_group", h.group_create),
        ("query_asset_group", h.group_query),
        ("list_asset_groups", h.group_list),
        ("update_asset_group", h.group_update),
        ("delete_asset_group", h.group_delete),
    ]
    from ._app import spec_route

    ix = app.index
    return [
        spec_route(ix, "preview_model_price", h.price_preview, {"endpoint": "path"}),
        spec_route(ix, "get_queue_status", h.queue_status),
        spec_route(ix, "list_api_keys", h.api_keys),
        spec_route(ix, "list_resources", h.resources),
        spec_route(ix, "list_ai_apps", h.ai_apps),
        *(spec_route(ix, operation_id, handler) for operation_id, handler in assets),
    ]
