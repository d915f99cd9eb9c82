"""The sandbox's Starlette application: RunningHub's routes, driven by the bundled spec.

Model operations are not listed here: one catch-all route looks the request path up among the
spec's model operations, so a model added to the spec is served with no code change. Platform
routes are written out, but their request bodies are validated against the spec too.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import ipaddress
import json
import logging
import mimetypes
import os
import re
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from .._wire import (
    END_EVENT,
    ENVELOPE,
    LEGACY_TASK_REQUEST,
    LEGACY_UPLOAD,
    LEGACY_UPLOAD_REQUEST,
    LORA_REQUEST,
    LORA_UPLOAD,
    MEDIA_UPLOAD,
    QUERY_REQUEST,
    QUICK_PARAMS_REQUEST,
    QUICK_STYLE,
    RETRY_WEBHOOK,
    TASK,
    UPLOAD_ENVELOPE,
    UPLOAD_REQUEST,
)
from ._asgi import ENTRY_KEY, SandboxMiddleware
from ._extra_routes import extra_routes
from ._multipart import Form, MultipartError, MultipartTooLarge, read_multipart
from ._own_keys import OTHER_MEDIA_TYPE, RECORD_SIZE, RECORD_STATUS, RECORD_TASK_ID
from ._specindex import SpecIndex
from ._state import (
    FAULT_KINDS,
    PROMPT_TIPS,
    SECRET_FIELDS,
    SUCCESS,
    Refusal,
    SandboxState,
    Task,
    WebhookEvent,
    redact,
    v2_refusal,
)

Handler = Callable[[Request], Awaitable[Response]]
logger = logging.getLogger("runninghub.sandbox")
_EXT = re.compile(r"^[a-z0-9]{1,8}$")
# Keys of the replies built on every request, looked up once (the generated layer's names).
_CODE, _MSG, _ERRORS, _DATA = ENVELOPE.code, ENVELOPE.msg, ENVELOPE.error_messages, ENVELOPE.data
_SUBMITTED_KEYS = (TASK.task_id, TASK.status, TASK.error_code, TASK.error_message, TASK.results)
_CLIENT_ID, _PROMPT_TIPS = TASK.client_id, TASK.prompt_tips


# --- replies -------------------------------------------------------------------------------


def v2_error(http_status: int, code: str, message: str) -> JSONResponse:
    """A refused v2 request: the v2 task object with empty taskId/status (as RunningHub sends)."""
    return JSONResponse(v2_refusal(code, message), http_status)


def v2_unauthorized() -> JSONResponse:
    return v2_error(401, "1002", "invalid api key")


def legacy(code: int, msg: str, data: Any = None) -> JSONResponse:
    """The legacy envelope; live replies carry errorMessages (null) as a fourth key."""
    return JSONResponse({_CODE: code, _MSG: msg, _ERRORS: None, _DATA: data})


def legacy_unauthorized() -> JSONResponse:
    return legacy(802, "APIKEY_UNAUTHORIZED")


def refused_v2(refusal: Refusal) -> JSONResponse:
    return JSONResponse(v2_refusal(refusal.v2_code, refusal.v2_message))


def refused_legacy(refusal: Refusal) -> JSONResponse:
    return legacy(refusal.legacy_code, refusal.legacy_msg)


class BodyTooLarge(Exception):
    """A request body over the max_body_bytes setting."""


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refusing (BodyTooLarge) one over `limit` bytes without reading it all
    into memory: by Content-Length first, then while it streams."""
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise BodyTooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    body = b"".join(chunks)
    request._body = body  # let request.body()/json() reuse what was read
    return body


def too_large_reply(request: Request, limit: int, v2_prefix: str) -> JSONResponse:
    message = f"request body over {limit} bytes"
    if request.url.path.startswith(v2_prefix):
        return v2_error(413, "1007", message)
    if request.url.path.startswith("/__sandbox/"):
        return JSONResponse({"error": message}, 413)
    return JSONResponse({_CODE: 301, _MSG: f"PARAMS_INVALID ({message})", _ERRORS: None, _DATA: None}, 413)


def _entry(request: Request) -> dict[str, Any] | None:
    entry: dict[str, Any] | None = request.scope.get(ENTRY_KEY)
    return entry


def _summary(raw: bytes, body: Any) -> dict[str, Any]:
    summary: dict[str, Any] = {"content_type": "json", "bytes": len(raw)}
    if isinstance(body, dict):
        summary["keys"] = sorted(k for k in body if k not in SECRET_FIELDS)
        summary["sizes"] = {
            k: len(json.dumps(v, ensure_ascii=False)) for k, v in body.items() if k not in SECRET_FIELDS
        }
    return summary


class SandboxApp:
    """Route handlers over one SandboxState and one SpecIndex."""

    def __init__(self, state: SandboxState, index: SpecIndex) -> None:
        self.state = state
        self.index = index
        self.uploads_dir = state.files_dir / "uploads"
        self.tmp_dir = state.workdir / "tmp"
        self.tmp_dir.mkdir(parents=True, exist_ok=True)
        self._deliveries: set[asyncio.Task[None]] = set()

    # --- helpers -----------------------------------------------------------------------

    def note(self, request: Request, **values: Any) -> None:
        self.state.note(_entry(request), **values)

    async def read_json(self, request: Request) -> tuple[bool, Any]:
        limit = self.state.config.max_body_bytes
        try:
            raw = await read_body(request, limit)
        except BodyTooLarge:
            self.note(request, body_summary={"content_type": "too large", "limit": limit})
            raise
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            self.note(request, body_summary={"content_type": "invalid json", "bytes": len(raw)})
            return False, None
        self.note(request, body=redact(body), body_summary=_summary(raw, body))
        return True, body

    def bearer_ok(self, request: Request) -> bool:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        ok = scheme.lower() == "bearer" and self.state.config.key_ok(token.strip())
        self.note(request, key_ok=ok)
        return ok

    async def v2_body(self, request: Request, spec_path: str) -> tuple[Any, Response | None]:
        """Bearer auth, JSON parse and schema validation of a v2 request."""
        if not self.bearer_ok(request):
            return None, v2_unauthorized()
        ok, body = await self.read_json(request)
        if not ok or not isinstance(body, dict):
            self.note(request, error_code="1007")
            return None, v2_error(400, "1007", "body: invalid JSON" if not ok else "body: must be a JSON object")
        problem = self.index.check("post", spec_path, body)
        if problem:
            self.note(request, error_code="1007")
            return None, v2_error(400, "1007", problem)
        return body, None

    async def legacy_body(self, request: Request, operation_id: str) -> tuple[Any, Response | None]:
        """JSON parse, body-key auth (in the field the spec names) and schema validation of a
        legacy request."""
        spec_path, key_field = self.index.path(operation_id), self.index.key_field(operation_id)
        ok, body = await self.read_json(request)
        if key_field is not None:
            key = body.get(key_field) if isinstance(body, dict) else None
            key_ok = isinstance(key, str) and self.state.config.key_ok(key)
            self.note(request, key_ok=key_ok)
            if not key_ok:
                self.note(request, error_code="802")
                return None, legacy_unauthorized()
        if not ok or not isinstance(body, dict):
            self.note(request, error_code="301")
            return None, legacy(301, "PARAMS_INVALID (body: invalid JSON)")
        problem = self.index.check("post", spec_path, body)
        if problem:
            self.note(request, error_code="301")
            return None, legacy(301, f"PARAMS_INVALID ({problem})")
        return body, None

    def new_task(
        self, request: Request, *, api: str, route: str, kind: str, body: Any, priced: Any = None
    ) -> Task | Refusal:
        task = self.state.create_task(api=api, route=route, kind=kind, body=body, priced=priced)
        if isinstance(task, Refusal):
            self.note(request, error_code=task.v2_code if api == "v2" else str(task.legacy_code))
        else:
            self.note(request, task_id=task.task_id)
        return task

    def v2_submitted(self, task: Task) -> JSONResponse:
        reply = dict(zip(_SUBMITTED_KEYS, (task.task_id, "QUEUED", "", "", None), strict=True))
        reply[_CLIENT_ID], reply[_PROMPT_TIPS] = task.client_id, PROMPT_TIPS
        return JSONResponse(reply)

    async def results(self, task: Task) -> list[dict[str, Any]] | None:
        """The results of a task that succeeded (writing its file once, off the event loop)."""
        if task.status(time.monotonic()) != SUCCESS:
            return None
        if task.results is not None:
            return task.results
        return await run_in_threadpool(self.state.materialize, task)

    # --- v2: models, workflows, apps, query, upload --------------------------------------

    async def model_submit(self, request: Request) -> Response:
        path = request.url.path
        op = self.index.model_ops.get(path)
        if op is None:
            self.note(request, error_code="1001")
            return v2_error(404, "1001", f"invalid url: no endpoint {path}")
        body, error = await self.v2_body(request, path)
        if error is not None:
            return error
        priced = self.index.with_defaults("post", path, body)
        task = self.new_task(request, api="v2", route=path, kind=op.output_type, body=body, priced=priced)
        return refused_v2(task) if isinstance(task, Refusal) else self.v2_submitted(task)

    async def run_workflow_v2(self, request: Request) -> Response:
        return await self._run_v2(request, self.index.path("run_workflow_v2"))

    async def run_ai_app_v2(self, request: Request) -> Response:
        return await self._run_v2(request, self.index.path("run_ai_app_v2"))

    async def _run_v2(self, request: Request, spec_path: str) -> Response:
        body, error = await self.v2_body(request, spec_path)
        if error is not None:
            return error
        kind = self.state.config.workflow_output_type
        task = self.new_task(request, api="v2", route=spec_path, kind=kind, body=body)
        return refused_v2(task) if isinstance(task, Refusal) else self.v2_submitted(task)

    async def query(self, request: Request) -> Response:
        body, error = await self.v2_body(request, self.index.path("query_task"))
        if error is not None:
            return error
        task_id = str(body[QUERY_REQUEST.task_id])
        if not task_id.isdigit():
            # RunningHub parses taskId as a number (captures: v2-query.refused.1007.bad-taskid).
            self.note(request, error_code="1007")
            return v2_error(400, "1007", "failed to parse request body")
        task = self.state.get_task(task_id)
        if task is None:
            self.note(request, error_code="1004")
            return JSONResponse(v2_refusal("1004", "Task not found"))
        results = await self.results(task)
        view = self.state.v2_view(task, results)
        self.note(request, task_status=view[TASK.status])
        return JSONResponse(view)

    async def upload_v2(self, request: Request) -> Response:
        if not self.bearer_ok(request):
            async for _ in request.stream():  # read it all, so the client gets the answer
                pass
            # This route answers a bad key in its envelope (captures: v2-upload.refused.bad-key).
            self.note(request, error_code="401")
            message = "ApiKey verification failed: API Key不存在"
            reply = {UPLOAD_ENVELOPE.code: 401, UPLOAD_ENVELOPE.message: message, UPLOAD_ENVELOPE.data: None}
            return JSONResponse(reply, 401)
        form, error = await self._read_upload(request, legacy_api=False)
        if error is not None:
            return error
        assert form is not None
        part = next(p for p in form.files if p.field == UPLOAD_REQUEST.file)
        stored = self._store_upload(part.path, part.sha256, part.filename)
        part.path = None
        form.discard()  # the other parts' temporary files
        name = stored.name
        # As the live route answers: size a string of bytes, fileName under openapi/, a type.
        return legacy(
            0,
            "success",
            {
                MEDIA_UPLOAD.type_: _media_type(part.filename),
                MEDIA_UPLOAD.download_url: f"{self.state.base_url}/files/uploads/{name}",
                MEDIA_UPLOAD.file_name: f"openapi/{name}",
                MEDIA_UPLOAD.size: str(part.size),
            },
        )

    # --- uploads (shared) -----------------------------------------------------------------

    async def _read_upload(self, request: Request, *, legacy_api: bool) -> tuple[Form | None, Response | None]:
        limit = self.state.config.max_upload_bytes

        def too_large() -> Response:
            if legacy_api:
                self.note(request, error_code="809")
                return legacy(809, "APIKEY_FILE_SIZE_EXCEEDED")
            self.note(request, error_code="1008")
            return legacy(1008, "file exceeds size limit")

        def invalid(problem: str) -> Response:
            if legacy_api:
                self.note(request, error_code="301")
                return legacy(301, f"PARAMS_INVALID ({problem})")
            self.note(request, error_code="1007")
            return v2_error(400, "1007", problem)

        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > limit + (1 << 20):
            # Clearly over the limit: read and discard the body (flat memory, no disk).
            read = 0
            async for chunk in request.stream():
                read += len(chunk)
            self.note(request, body_summary={"content_type": "multipart", "bytes": read, "fields": [], "files": []})
            return None, too_large()
        try:
            form = await read_multipart(
                request.headers.get("content-type", ""),
                request.stream(),
                self.tmp_dir,
                max_file_bytes=limit,
                max_total_bytes=limit + (1 << 20),
            )
        except MultipartTooLarge:
            return None, too_large()
        except MultipartError as exc:
            return None, invalid(f"body: {exc}")
        files = [{"field": p.field, "filename": p.filename, RECORD_SIZE: p.size} for p in form.files]
        self.note(
            request,
            body={"fields": redact(form.fields), "files": files},
            body_summary={
                "content_type": "multipart",
                "bytes": form.bytes_read,
                "fields": sorted(k for k in form.fields if k not in SECRET_FIELDS),
                "files": files,
            },
        )
        if legacy_api:
            key = form.fields.get(str(self.index.key_field("upload_file_legacy")))
            key_ok = key is not None and self.state.config.key_ok(key)
            self.note(request, key_ok=key_ok)
            if not key_ok:
                form.discard()
                self.note(request, error_code="802")
                return None, legacy_unauthorized()
        file_part = LEGACY_UPLOAD_REQUEST.file if legacy_api else UPLOAD_REQUEST.file
        if not any(p.field == file_part for p in form.files):
            form.discard()
            return None, invalid(f"{file_part}: is required")
        if any(p.too_large for p in form.files):
            form.discard()
            return None, too_large()
        return form, None

    def _store_upload(self, tmp: Path | None, sha256: str, filename: str) -> Path:
        assert tmp is not None
        ext = Path(filename).suffix.lower().lstrip(".")
        ext = ext if _EXT.match(ext) else "bin"
        self.uploads_dir.mkdir(parents=True, exist_ok=True)
        dest = self.uploads_dir / f"{sha256}.{ext}"
        os.replace(tmp, dest)
        return dest

    # --- legacy: workflows, apps, tasks -------------------------------------------------

    async def _legacy_create(self, request: Request, operation_id: str) -> Response:
        spec_path = self.index.path(operation_id)
        body, error = await self.legacy_body(request, operation_id)
        if error is not None:
            return error
        kind = self.state.config.workflow_output_type
        task = self.new_task(request, api="legacy", route=spec_path, kind=kind, body=body)
        if isinstance(task, Refusal):
            return refused_legacy(task)
        return legacy(0, "success", self.state.create_data(task))

    async def create_workflow_task(self, request: Request) -> Response:
        return await self._legacy_create(request, "create_workflow_task")

    async def run_ai_app(self, request: Request) -> Response:
        return await self._legacy_create(request, "run_ai_app")

    async def run_quick_create(self, request: Request) -> Response:
        return await self._legacy_create(request, "run_quick_create")

    async def _legacy_task(self, request: Request, operation_id: str) -> tuple[Task | None, Response | None]:
        body, error = await self.legacy_body(request, operation_id)
        if error is not None:
            return None, error
        task = self.state.get_task(body[LEGACY_TASK_REQUEST.task_id])
        if task is None:
            self.note(request, error_code="807")
            return None, legacy(807, "APIKEY_TASK_NOT_FOUND")
        return task, None

    async def task_status(self, request: Request) -> Response:
        task, error = await self._legacy_task(request, "get_task_status")
        if error is not None:
            return error
        assert task is not None
        return legacy(0, "success", task.status(time.monotonic()))

    async def task_outputs(self, request: Request) -> Response:
        task, error = await self._legacy_task(request, "get_task_outputs")
        if error is not None:
            return error
        assert task is not None
        results = await self.results(task)
        reply = self.state.legacy_outputs(task, results)
        self.note(request, error_code=str(reply[_CODE]))
        return JSONResponse(reply)

    async def cancel_task(self, request: Request) -> Response:
        task, error = await self._legacy_task(request, "cancel_task")
        if error is not None:
            return error
        assert task is not None
        self.state.cancel(task)
        return legacy(0, "success")

    async def upload_legacy(self, request: Request) -> Response:
        form, error = await self._read_upload(request, legacy_api=True)
        if error is not None:
            return error
        assert form is not None
        part = next(p for p in form.files if p.field == LEGACY_UPLOAD_REQUEST.file)
        stored = self._store_upload(part.path, part.sha256, part.filename)
        part.path = None
        form.discard()  # the other parts' temporary files
        name = stored.stem if stored.suffix == ".zip" else stored.name
        return legacy(0, "success", {LEGACY_UPLOAD.file_name: f"api/{name}", LEGACY_UPLOAD.file_type: "input"})

    async def account_status(self, request: Request) -> Response:
        ok, body = await self.read_json(request)
        if ok and isinstance(body, dict) and self.index.key_field("get_account_status") not in body:
            # (captures: account-status.refused.1601): the key is asked for by name.
            self.note(request, key_ok=False, error_code="1601")
            return legacy(1601, "param apiKey is required")
        _, error = await self.legacy_body(request, "get_account_status")
        if error is not None:
            return error
        return legacy(0, "success", self.state.account())

    async def webhook_detail(self, request: Request) -> Response:
        body, error = await self.legacy_body(request, "get_webhook_detail")
        if error is not None:
            return error
        detail = self.state.webhook_detail(str(body[LEGACY_TASK_REQUEST.task_id]))
        if detail is None:
            self.note(request, error_code="1")
            return legacy(1, "webhook event not exists")
        return legacy(0, "success", detail)

    async def retry_webhook(self, request: Request) -> Response:
        body, error = await self.legacy_body(request, "retry_webhook")
        if error is not None:
            return error
        if not self.state.retry_webhook(str(body[RETRY_WEBHOOK.webhook_id]), str(body[RETRY_WEBHOOK.webhook_url])):
            self.note(request, error_code="1")
            return legacy(1, "webhook event not exists")
        return legacy(0, "success")

    async def quick_create_params(self, request: Request) -> Response:
        body, error = await self.legacy_body(request, "get_quick_create_params")
        if error is not None:
            return error
        webapp_id = body[QUICK_PARAMS_REQUEST.webapp_id]
        q = QUICK_STYLE
        data = [
            {
                q.id: str(1000 + i),
                q.type_: body.get(QUICK_PARAMS_REQUEST.type_, 2),
                q.webapp_id: webapp_id,
                q.model_category: "style",
                q.model_name: name,
                q.model_key: key,
                q.model_preview_url: None,
                q.content: f"{name} style",
                q.model_trigger: key,
                q.model_loar_1_file_name: f"api-lora-cn/{key}.safetensors",
                q.model_loar_1_weight: 0.8,
                q.model_loar_2_file_name: None,
                q.model_loar_2_weight: None,
            }
            for i, (name, key) in enumerate((("Watercolor", "watercolor"), ("Ink", "ink")))
        ]
        return legacy(0, "success", data)

    async def lora_upload_url(self, request: Request) -> Response:
        body, error = await self.legacy_body(request, "get_lora_upload_url")
        if error is not None:
            return error
        md5 = str(body[LORA_REQUEST.md_5_hex]).lower()
        if not re.fullmatch(r"[0-9a-f]{32}", md5):
            self.note(request, error_code="301")
            return legacy(301, f"PARAMS_INVALID ({LORA_REQUEST.md_5_hex}: must be 32 hex digits)")
        token = secrets.token_hex(16)
        with self.state.lock:
            self.state.lora_tokens[md5] = token
        url = f"{self.state.base_url}/lora-upload/{md5}.safetensors?X-Sandbox-Signature={token}"
        return legacy(0, "success", {LORA_UPLOAD.file_name: f"api-lora-cn/{md5}.safetensors", LORA_UPLOAD.url: url})

    async def lora_put(self, request: Request) -> Response:
        """The "object storage" a LoRA upload URL points at: stores the PUT body, checks its MD5."""
        md5 = request.path_params["md5"]
        with self.state.lock:
            token = self.state.lora_tokens.get(md5)
        given = request.query_params.get("X-Sandbox-Signature", "")
        if token is None or not secrets.compare_digest(given, token):
            return Response("SignatureDoesNotMatch", 403, media_type="text/plain")
        dest_dir = self.state.files_dir / "lora"
        dest_dir.mkdir(parents=True, exist_ok=True)
        limit = self.state.config.max_lora_bytes
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > limit:
            return Response("EntityTooLarge", 413, media_type="text/plain")
        tmp = self.tmp_dir / f"lora-{secrets.token_hex(8)}.part"
        digest = hashlib.md5()  # noqa: S324 - the protocol's checksum, not security
        size = 0
        try:
            with tmp.open("wb") as f:
                async for chunk in request.stream():
                    size += len(chunk)
                    if size > limit:
                        raise BodyTooLarge
                    f.write(chunk)
                    digest.update(chunk)
        except BodyTooLarge:
            tmp.unlink(missing_ok=True)
            return Response("EntityTooLarge", 413, media_type="text/plain")
        except BaseException:  # a client gone mid-body: leave no partial file behind
            tmp.unlink(missing_ok=True)
            raise
        self.note(request, body_summary={"content_type": "binary", "bytes": size})
        if digest.hexdigest() != md5:
            tmp.unlink(missing_ok=True)
            return Response("BadDigest: the body's MD5 does not match md5Hex", 400, media_type="text/plain")
        os.replace(tmp, dest_dir / f"{md5}.safetensors")
        return Response(b"", 200, headers={"ETag": f'"{md5}"'})

    # --- files ----------------------------------------------------------------------------

    async def files(self, request: Request) -> Response:
        rel = request.path_params["path"]
        root = self.state.files_dir.resolve()
        target = (root / rel).resolve()
        if root not in target.parents:
            raise HTTPException(404)
        if not target.is_file():
            # An output of a task nobody queried yet: write it now.
            parts = Path(rel).parts
            task = self.state.get_task(parts[0]) if len(parts) == 2 else None
            if task is None or await self.results(task) is None or not target.is_file():
                raise HTTPException(404)
        media_type = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if target.suffix == ".glb":
            media_type = "model/gltf-binary"
        return FileResponse(target, media_type=media_type)

    # --- control routes (no auth, not in the spec) --------------------------------------

    def control_refusal(self, request: Request) -> Response | None:
        """Why a state-changing control request is refused, or None. A web page the tester has
        open must not drive the sandbox: a cross-origin request (an Origin header naming another
        host) is refused, and a POST must be JSON, which a plain HTML form cannot send."""
        origin = request.headers.get("origin")
        if origin is not None:
            host = request.headers.get("host", "")
            parts = urlsplit(origin)
            if parts.scheme not in ("http", "https") or parts.netloc.lower() != host.lower():
                return JSONResponse({"error": f"cross-origin control request refused (Origin {origin[:100]})"}, 403)
        if request.method == "POST":
            ctype = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
            if ctype != "application/json":
                return JSONResponse({"error": "control routes take application/json bodies"}, 415)
        return None

    async def control_json(self, request: Request) -> Any:
        """The JSON body of a control POST (an empty body is {}); ValueError when it is not JSON."""
        raw = await read_body(request, self.state.config.max_body_bytes)
        return json.loads(raw) if raw.strip() else {}

    async def control_faults(self, request: Request) -> Response:
        if request.method == "GET":
            return JSONResponse({"faults": self.state.list_faults()})
        refusal = self.control_refusal(request)
        if refusal is not None:
            return refusal
        if request.method == "DELETE":
            self.state.clear_faults()
            return JSONResponse({"faults": []})
        try:
            spec = await self.control_json(request)
            if not isinstance(spec, dict):
                raise ValueError("expected a JSON object")
            spec = dict(spec)
            pattern = spec.pop("path")
            kind = spec.pop("kind")
            count = int(spec.pop("count", 1))
            method = spec.pop("method", None)
            fault = self.state.add_fault(str(pattern), str(kind), count, method, **spec)
        except (KeyError, ValueError, TypeError, re.error) as exc:
            return JSONResponse({"error": f"{type(exc).__name__}: {exc}", "kinds": list(FAULT_KINDS)}, 400)
        return JSONResponse({"fault": fault.as_dict()})

    async def control_journal(self, request: Request) -> Response:
        journal = self.state.journal_copy()
        with self.state.lock:
            created = len(self.state.tasks)
        return JSONResponse({"journal": journal, "tasks_created": created})

    async def control_tasks(self, request: Request) -> Response:
        records = self.state.task_records()
        return JSONResponse({"tasks": records, "tasks_created": len(records)})

    async def control_reset(self, request: Request) -> Response:
        refusal = self.control_refusal(request)
        if refusal is not None:
            return refusal
        self.state.reset()
        return JSONResponse({"ok": True})

    async def control_release(self, request: Request) -> Response:
        """Let the requests "hold" faults caught go on (Sandbox.release)."""
        refusal = self.control_refusal(request)
        if refusal is not None:
            return refusal
        self.state.release_holds()
        return JSONResponse({"ok": True})

    async def control_task_step(self, request: Request) -> Response:
        """POST /__sandbox/tasks/{id}/start or /end: move a task on now (Sandbox.start_task, end_task)."""
        refusal = self.control_refusal(request)
        if refusal is not None:
            return refusal
        task = self.state.get_task(request.path_params[RECORD_TASK_ID])
        step = {"start": self.state.start_task, "end": self.state.end_task}.get(request.path_params["step"])
        if task is None or step is None:
            return JSONResponse({"error": "unknown task or step (start, end)"}, 404)
        step(task)
        return JSONResponse({"ok": True, RECORD_STATUS: task.status(time.monotonic())})

    async def control_config(self, request: Request) -> Response:
        """GET: the settings, without the API key (anyone who can reach the port can read
        this). POST: change some (validated; nothing changes on an error)."""
        if request.method == "POST":
            refusal = self.control_refusal(request)
            if refusal is not None:
                return refusal
            try:
                changes = await self.control_json(request)
                if not isinstance(changes, dict):
                    raise ValueError("expected a JSON object")
                self.state.configure(**changes)
            except (ValueError, TypeError) as exc:
                return JSONResponse({"error": str(exc)}, 400)
        with self.state.lock:
            config = dict(vars(self.state.config))
        config.pop("api_key", None)
        return JSONResponse({"config": config, "base_url": self.state.base_url, "files_dir": str(self.state.files_dir)})

    # --- webhooks -----------------------------------------------------------------------

    async def webhook_loop(self, interval: float = 0.05) -> None:
        """Notice ended tasks that have a webhookUrl, and deliver (and retry) their events."""
        async with httpx.AsyncClient(trust_env=False) as client:
            while True:
                try:
                    for task in self.state.ended_webhook_tasks():
                        payload, text = self.state.webhook_payload(task, await self.results(task))
                        self.state.add_webhook_event(task, text, payload)
                    for event in self.state.due_webhooks():
                        # v2 tasks: eventData is the task object; legacy tasks: a JSON string.
                        e = END_EVENT
                        body = {e.event: "TASK_END", e.task_id: event.task_id, e.event_data: event.payload}
                        job = asyncio.create_task(self._deliver(client, event, body))
                        self._deliveries.add(job)
                        job.add_done_callback(self._deliveries.discard)
                except Exception:  # keep the loop alive whatever happens
                    logger.exception("sandbox webhook loop")
                await asyncio.sleep(interval)

    async def _deliver(self, client: httpx.AsyncClient, event: WebhookEvent, body: dict[str, Any]) -> None:
        if self.state.config.webhook_loopback_only and not _is_loopback(event.url):
            message = "not delivered: webhook_loopback_only is set and the host is not loopback"
            self.state.webhook_done(event, False, message, final=True)
            return
        try:
            reply = await client.post(event.url, json=body, timeout=self.state.config.webhook_timeout)
            ok, text = reply.is_success, f"{reply.status_code} {reply.text[:500]}"
        except Exception as exc:  # any failure is a failed delivery
            ok, text = False, f"{type(exc).__name__}: {exc}"
        self.state.webhook_done(event, ok, text)

    @contextlib.asynccontextmanager
    async def lifespan(self, app: Starlette) -> AsyncIterator[None]:
        loop_task = asyncio.create_task(self.webhook_loop())
        try:
            yield
        finally:
            loop_task.cancel()
            for job in list(self._deliveries):
                job.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await loop_task


def _media_type(filename: str) -> str:
    """The v2 upload's `type` for a file name: image, video, audio or file."""
    guessed = mimetypes.guess_type(filename)[0] or ""
    kind = guessed.split("/", 1)[0]
    return kind if kind in ("image", "video", "audio") else OTHER_MEDIA_TYPE


def _is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _json_error_handlers(v2_prefix: str) -> dict[Any, Callable[[Request, Exception], Awaitable[Response]]]:
    async def not_found(request: Request, exc: Exception) -> Response:
        if request.url.path.startswith(v2_prefix):
            return v2_error(404, "1001", f"invalid url: {request.url.path}")
        if request.url.path.startswith("/files/"):
            return JSONResponse({"error": "not found"}, 404)
        return JSONResponse({_CODE: 412, _MSG: "TOKEN_INVALID", _DATA: None}, 404)

    async def bad_method(request: Request, exc: Exception) -> Response:
        reply = v2_error(405, "1009", f"method {request.method} not allowed")
        allow = (getattr(exc, "headers", None) or {}).get("Allow")
        if allow:
            reply.headers["Allow"] = allow
        return reply

    async def server_error(request: Request, exc: Exception) -> Response:
        return v2_error(500, "1000", f"sandbox internal error: {type(exc).__name__}: {exc}")

    return {404: not_found, 405: bad_method, Exception: server_error}


def spec_route(
    index: SpecIndex,
    operation_id: str,
    handler: Callable[[Request], Awaitable[Response]],
    converters: Mapping[str, str] | None = None,
) -> Route:
    """The Starlette route of a spec operation: its path template and method (a path parameter
    named in `converters` gets that converter, such as "path" for one that holds slashes)."""
    path = index.path(operation_id)
    for name, converter in (converters or {}).items():
        path = path.replace("{" + name + "}", "{" + name + ":" + converter + "}")
    return Route(path, handler, methods=[index.method(operation_id)])


def build_app(state: SandboxState, index: SpecIndex) -> SandboxMiddleware:
    """The complete ASGI app: journal and faults around the Starlette routes."""
    from ._workflow_routes import workflow_routes  # here: that module imports this one
    from ._ws_routes import ws_routes

    h = SandboxApp(state, index)
    routes = [
        *workflow_routes(h),  # first, so they win: real-shaped workflow JSON and app templates, 803 on create
        # v2 (routes by operationId from the spec, like every route here)
        spec_route(index, "query_task", h.query),
        spec_route(index, "upload_media", h.upload_v2),
        spec_route(index, "run_workflow_v2", h.run_workflow_v2),
        spec_route(index, "run_ai_app_v2", h.run_ai_app_v2),
        *extra_routes(h),  # price preview, queue, keys, catalogues, assets (_extra_routes.py)
        Route(index.model_prefix + "{endpoint:path}", h.model_submit, methods=["POST"]),
        # legacy
        spec_route(index, "create_workflow_task", h.create_workflow_task),
        spec_route(index, "run_ai_app", h.run_ai_app),
        spec_route(index, "run_quick_create", h.run_quick_create),
        spec_route(index, "get_task_status", h.task_status),
        spec_route(index, "get_task_outputs", h.task_outputs),
        spec_route(index, "cancel_task", h.cancel_task),
        spec_route(index, "upload_file_legacy", h.upload_legacy),
        spec_route(index, "get_webhook_detail", h.webhook_detail),
        spec_route(index, "retry_webhook", h.retry_webhook),
        spec_route(index, "get_lora_upload_url", h.lora_upload_url),
        spec_route(index, "get_quick_create_params", h.quick_create_params),
        spec_route(index, "get_account_status", h.account_status),
        *ws_routes(h),  # the netWssUrl progress channel (_ws_routes.py)
        # files served by the sandbox itself
        Route("/files/{path:path}", h.files, methods=["GET", "HEAD"]),
        Route("/lora-upload/{md5}.safetensors", h.lora_put, methods=["PUT"]),
        # control
        Route("/__sandbox/faults", h.control_faults, methods=["GET", "POST", "DELETE"]),
        Route("/__sandbox/journal", h.control_journal, methods=["GET"]),
        Route("/__sandbox/tasks", h.control_tasks, methods=["GET"]),
        Route("/__sandbox/reset", h.control_reset, methods=["POST"]),
        Route("/__sandbox/release", h.control_release, methods=["POST"]),
        Route("/__sandbox/tasks/{task_id}/{step}", h.control_task_step, methods=["POST"]),
        Route("/__sandbox/config", h.control_config, methods=["GET", "POST"]),
    ]
    handlers = _json_error_handlers(index.model_prefix)

    async def body_too_large(request: Request, exc: Exception) -> Response:
        return too_large_reply(request, state.config.max_body_bytes, index.model_prefix)

    handlers[BodyTooLarge] = body_too_large
    app = Starlette(routes=routes, exception_handlers=handlers, lifespan=h.lifespan)
    return SandboxMiddleware(app, state)
