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

from ._state import ACTIVE, QUEUED, RUNNING, SandboxState, contains_marker

if TYPE_CHECKING:
    from ._app import SandboxApp

ASSET_READY = {"Video": "READY"}  # the official client's tests: READY for video, ACTIVE otherwise
_VIDEO_EXT = (".mp4", ".mov", ".webm", ".mkv", ".avi")
_AUDIO_EXT = (".mp3", ".wav", ".m4a", ".flac", ".ogg", ".aac")
_BY_ASSET_ID = ("query_asset", "update_asset", "delete_asset")  # operationIds
_APP_RUN = re.compile(r"run/ai-app/[0-9]+")


def _ok(data: Any) -> JSONResponse:
    return JSONResponse({"code": 0, "msg": "success", "data": data})


def _refused(code: int, msg: str) -> JSONResponse:
    return JSONResponse({"code": code, "msg": msg, "data": None})


def price_of(state: SandboxState, route: str, body: Any) -> Decimal:
    """What a task of `route` with `body` is charged: the sandbox's own price (its pricing rule
    when one applies, else the flat `task_cost`), so the preview is what the task then costs."""
    return state.price_for(route, body)


def _page(items: list[dict[str, Any]], current: int, size: int, *, previous: bool) -> dict[str, Any]:
    """One page of `items`; `previous` adds hasPrevious (resource/list has it, aiapp/list not)."""
    total = len(items)
    pages = math.ceil(total / size) if size else 0
    start = (current - 1) * size
    page = {
        "records": items[start : start + size],
        "current": current,
        "size": size,
        "total": total,
        "pages": pages,
        "hasNext": current < pages,
    }
    if previous:
        page["hasPrevious"] = current > 1
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


RESOURCES: list[dict[str, Any]] = [
    {
        "id": str(1_900_000_000_000_000_000 + i),
        "resourceName": name,
        "resourceType": rtype,
        "createTime": "2026-08-01 10:00:00",
        "desc": f"Sandbox {rtype.lower()} {name}",
        "nodeModelName": node_name,
        "owner": {"name": "sandbox", "avatar": None},
        "tags": [{"id": tag, "name": tag_name}],
        "versions": [
            {
                "id": str(1_910_000_000_000_000_000 + i),
                "version": "v1",
                "versionResourceName": node_name,
                "baseModel": base,
                "baseModelSubtype": "",
                "triggerWords": "",
                "desc": "",
                "posterInfos": [{"imageWidth": 1024, "imageHeight": 1024}],
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
            poster = f"{base_url}/files/posters/{r['id']}.png"
            versions = [
                {**v, "posterInfos": [{"posterUrl": poster, "thumbnailUrl": poster, **p} for p in v["posterInfos"]]}
                for v in r["versions"]
            ]
            owner = {**r["owner"], "avatar": f"{base_url}/files/avatars/sandbox.png"}
            out.append({**r, "posterUrl": poster, "thumbnailUrl": poster, "owner": owner, "versions": versions})
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
            return JSONResponse({"errorCode": "1014", "errorMessage": "Access Denied"})
        price = price_of(self.state, route, body)
        symbol = "¥" if cfg.currency == "CNY" else f"{cfg.currency} "
        return JSONResponse(
            {
                "errorCode": 0,
                "errorMessage": "",
                "estimatedPrice": float(price),  # a JSON number, as the captures have it
                "currency": cfg.currency,
                "priceText": f"{symbol}{price:.2f}/次",
                "priceTextEn": f"{cfg.currency} {price:.2f}/call",
                "freeLimit": False,
                "freeLimitCount": "0",
                "remainingFreeLimitCount": "0",
                "isFreeThisCall": False,
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
                "apiKeyType": cfg.api_key_type,
                "concurrentLimit": cfg.concurrency_limit,
                "runningCount": str(running),
                "queuedCount": str(queued),
                "totalCurrentTasks": str(sum(1 for s in statuses if s in ACTIVE)),
            }
        )

    async def api_keys(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._unauthorized(request)
        with self.state.lock:
            used = len(self.state.tasks)
        key = {
            "key": self.state.config.masked_key(),
            "apiKeyName": None,
            "status": 1,
            "quotaLimit": None,
            "quotaUsed": used,
            "visible": True,
            "expireAt": None,
            "expireInMinute": None,
            "createdAt": time.strftime("%Y-%m-%d"),
        }
        return _ok([key])

    # --- catalogues ---------------------------------------------------------------------

    async def resources(self, request: Request) -> Response:
        body, error = await self._body(request, "list_resources")
        if error is not None:
            return error
        items = self._resources(self.state.base_url)
        if body.get("resourceType"):
            items = [r for r in items if r["resourceType"] == body["resourceType"]]
        if body.get("resourceName"):
            word = str(body["resourceName"]).casefold()
            items = [r for r in items if word in r["resourceName"].casefold()]
        if body.get("baseModels"):
            wanted = set(body["baseModels"])
            items = [r for r in items if any(v["baseModel"] in wanted for v in r["versions"])]
        if body.get("tags"):
            tags = set(body["tags"])
            items = [r for r in items if any(t["id"] in tags for t in r["tags"])]
        return _ok(_page(items, int(body.get("current", 1)), int(body.get("size", 10)), previous=True))

    async def ai_apps(self, request: Request) -> Response:
        body, error = await self._body(request, "list_ai_apps", bare_ok=True)
        if error is not None:
            return error
        base = self.state.base_url
        apps = []
        run_path = self.app.index.path("run_ai_app_v2")
        for i in range(AI_APP_COUNT):
            webapp_id = str(AI_APP_FIRST_ID + i)
            # an input the app's template (apiCallDemo, _workflow_routes.APP_NODES) really has
            nodes = [{"nodeId": "3", "fieldName": "text", "fieldValue": "a cat", "description": "Prompt"}]
            invoke = (
                f"curl --location --request POST '{base}{run_path.replace('{webappId}', webapp_id)}' "
                "--header 'Authorization: Bearer <API_KEY>' --header 'Content-Type: application/json' "
                f'--data-raw \'{{"nodeInfoList": {_json(nodes)}, "instanceType": "default"}}\''
            )
            apps.append(
                {
                    "title": f"Sandbox App {i + 1}",
                    "description": f"A sandbox AI App ({i + 1} of {AI_APP_COUNT}).",
                    "cover": f"{base}/files/covers/{webapp_id}.png",
                    "invokeExample": invoke,
                }
            )
        if body.get("sort") == "NEWEST":
            apps.reverse()
        return _ok(_page(apps, int(body.get("current", 1)), int(body.get("size", 10)), previous=False))

    # --- assets -------------------------------------------------------------------------

    def _asset_view(self, asset: dict[str, Any]) -> dict[str, Any]:
        status = asset["status"]
        if status == "PROCESSING" and time.monotonic() >= asset["ready_at"]:
            status = "FAILED" if asset["fail"] else ASSET_READY.get(asset["assetType"], "ACTIVE")
        return {
            "assetId": asset["assetId"],
            "name": asset["name"],
            "status": status,
            "previewUrl": asset["url"],
            "assetType": asset["assetType"],
        }

    def _group_view(self, group: dict[str, Any]) -> dict[str, Any]:
        count = sum(1 for a in self.state.assets.values() if a["groupId"] == group["groupId"])
        return {**group, "assetCount": count}

    async def _asset_body(self, request: Request, operation_id: str) -> tuple[Any, Response | None]:
        route = self.app.index.path(operation_id)
        if not self._authorized(request):
            return None, self._unauthorized(request)
        ok, body = await self.app.read_json(request)
        if ok and isinstance(body, dict) and operation_id in _BY_ASSET_ID and not body.get("assetId"):
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
        group_id = body.get("groupId") or None
        with self.state.lock:
            if group_id is not None and group_id not in self.state.asset_groups:
                return self._not_found(request, "素材组")
            asset_id = _stamp_id("asset")
            url = str(body["url"])
            self.state.assets[asset_id] = {
                "assetId": asset_id,
                "name": str(body.get("name") or ""),
                "url": url,
                "assetType": str(body.get("assetType") or _asset_type(url)),
                "groupId": group_id,
                "status": "PROCESSING",
                "ready_at": time.monotonic() + max(0.0, float(self.state.config.asset_processing)),
                "fail": contains_marker(body, self.state.config.fail_marker),
            }
        self.app.note(request, task_id=asset_id)
        return _ok({"assetId": asset_id, "status": "PROCESSING"})

    async def asset_query(self, request: Request) -> Response:
        body, error = await self._asset_body(request, "query_asset")
        if error is not None:
            return error
        with self.state.lock:
            asset = self.state.assets.get(str(body["assetId"]))
            if asset is None:
                return self._not_found(request, "素材")
            view = self._asset_view(asset)
        return _ok({k: view[k] for k in ("assetId", "status", "previewUrl", "assetType")})

    async def asset_list(self, request: Request) -> Response:
        body, error = await self._asset_body(request, "list_assets")
        if error is not None:
            return error
        with self.state.lock:
            group = body.get("groupId")
            items = [self._asset_view(a) for a in self.state.assets.values() if not group or a["groupId"] == group]
        if body.get("status"):
            items = [a for a in items if a["status"] == body["status"]]
        if body.get("name"):
            items = [a for a in items if str(body["name"]) in a["name"]]
        return _ok(_items_page(items, body))

    async def asset_update(self, request: Request) -> Response:
        body, error = await self._asset_body(request, "update_asset")
        if error is not None:
            return error
        with self.state.lock:
            asset = self.state.assets.get(str(body["assetId"]))
            if asset is None:
                return self._not_found(request, "素材")
            if "name" in body:
                asset["name"] = str(body["name"])
            view = self._asset_view(asset)
        return _ok({k: view[k] for k in ("assetId", "name", "status")})

    async def asset_delete(self, request: Request) -> Response:
        body, error = await self._asset_body(request, "delete_asset")
        if error is not None:
            return error
        with self.state.lock:
            if self.state.assets.pop(str(body["assetId"]), None) is None:
                return self._not_found(request, "素材")
        return _ok(None)

    async def group_create(self, request: Request) -> Response:
        body, error = await self._asset_body(request, "create_asset_group")
        if error is not None:
            return error
        group = {"groupId": _stamp_id("group"), "name": str(body["name"]), "description": body.get("description", "")}
        with self.state.lock:
            self.state.asset_groups[group["groupId"]] = group
        return _ok(dict(group))

    async def _group(self, request: Request, operation_id: str) -> tuple[Any, dict[str, Any] | None, Response | None]:
        body, error = await self._asset_body(request, operation_id)
        if error is not None:
            return None, None, error
        group = self.state.asset_groups.get(str(body["groupId"]))
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
        if body.get("groupId"):
            items = [g for g in items if g["groupId"] == body["groupId"]]
        if body.get("name"):
            items = [g for g in items if str(body["name"]) in g["name"]]
        return _ok(_items_page(items, body))

    async def group_update(self, request: Request) -> Response:
        body, group, error = await self._group(request, "update_asset_group")
        if error is not None:
            return error
        assert group is not None
        with self.state.lock:
            for key in ("name", "description"):
                if key in body:
                    group[key] = str(body[key])
            return _ok(dict(group))

    async def group_delete(self, request: Request) -> Response:
        body, _, error = await self._group(request, "delete_asset_group")
        if error is not None:
            return error
        with self.state.lock:
            self.state.asset_groups.pop(str(body["groupId"]), None)
        return _ok(None)


def _items_page(items: list[dict[str, Any]], body: dict[str, Any]) -> dict[str, Any]:
    number, size = int(body.get("pageNumber", 1)), int(body.get("pageSize", 10))
    start = (number - 1) * size
    return {"items": items[start : start + size], "totalCount": len(items)}


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
