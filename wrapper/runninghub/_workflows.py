"""ComfyUI workflows and AI Apps: their templates, the checks made before a run, and the rest of
their documented surface (quick create, LoRA upload, webhook event detail and resend).

`Workflow` is read from the API-format JSON (`getJsonApiFormat`), `App` from the AI App's call
example (`apiCallDemo`). A nodeInfoList is checked against one of them before anything is sent:
the node exists, the field is one of its inputs and not a link, the value has the input's type,
and a local file goes only into a media input of a loader node (where it is uploaded first).
Operations are generators of effects (see `_effects`), carried out by both clients.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import IO, Any

import httpx

from . import _routes
from ._catalog import is_local_file, local_file_facts
from ._checks import NODES, _node_list, check_timeout
from ._core import Core
from ._effects import Offload, Op, Send, Sleep
from ._errors import APIConnectionError, APIError, InvalidParamsError, is_retryable
from ._replies import Reply
from ._spec import load_spec
from ._tasks import APP_RUN, WORKFLOW_CREATE
from ._types import Progress, Result, Task
from ._wire import (
    API_DEMO,
    APP_NODE,
    APP_RUN_REQUEST,
    DELIVERY,
    ENVELOPE,
    LEGACY_TASK_REQUEST,
    LORA_REQUEST,
    LORA_UPLOAD,
    NODE,
    QUICK_PARAMS_REQUEST,
    QUICK_RUN_REQUEST,
    QUICK_STYLE,
    RETRY_WEBHOOK,
    UPLOAD_REQUEST,
    WORKFLOW_CREATE_REQUEST,
    WORKFLOW_JSON,
    WORKFLOW_JSON_REQUEST,
)

log = logging.getLogger("runninghub")


# Formats the documented upload accepts for workflow and AI App nodes (legacy upload page):
# images JPG/PNG/JPEG/WEBP, audio MP3/WAV/FLAC, video MP4/AVI/MOV/MKV, ZIP of images.
MEDIA_FORMATS: dict[str, frozenset[str]] = {
    "image": frozenset({"jpg", "png", "webp"}),
    "video": frozenset({"mp4", "avi", "mov", "mkv"}),
    "audio": frozenset({"mp3", "wav", "flac"}),
    "zip": frozenset({"zip"}),
}
# Loader nodes whose input takes an uploaded fileName (platform docs: LoadImage `image`,
# LoadImages (zip) `upload`, LoadAudio `audio`, LoadVideo `video`).
LOADER_INPUTS: dict[str, tuple[str, str]] = {
    "LoadImage": ("image", "image"),
    "LoadImages": ("upload", "zip"),
    "LoadAudio": ("audio", "audio"),
    "LoadVideo": ("video", "video"),
}
# The v2 run routes (bearer auth, the v2 task reply; spec/platform/v2-run-*.yaml): their paths
# have one parameter, the workflow's or the app's id.
V2_RUN_WORKFLOW, V2_RUN_APP = "run_workflow_v2", "run_ai_app_v2"
ROUTES = ("legacy", "v2")
_PATH_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
LORA_NODE = "RHLoraLoader"  # the only node that reads an uploaded LoRA (getLoraUploadUrl docs)
APP_MEDIA_TYPES = {"IMAGE": "image", "VIDEO": "video", "AUDIO": "audio"}
CHUNK = 1024 * 1024


# --------------------------------------------------------------------------- templates
@dataclass(frozen=True)
class Link:
    """An input wired to another node's output: (node id, output slot)."""

    node_id: str
    slot: int

    def __repr__(self) -> str:
        return f"Link({self.node_id!r}, {self.slot})"


@dataclass(frozen=True)
class NodeInput:
    """One input of a workflow node: its literal value, or a Link."""

    node_id: str
    name: str
    value: Any
    class_type: str
    title: str | None

    @property
    def is_link(self) -> bool:
        return isinstance(self.value, Link)


@dataclass(frozen=True)
class WorkflowNode:
    """A node of an API-format workflow: `inputs` maps names to literal values or Links."""

    id: str
    class_type: str
    title: str | None
    inputs: Mapping[str, Any]

    def editable(self) -> dict[str, Any]:
        """The inputs holding literal values (the ones a nodeInfoList may set)."""
        return {k: v for k, v in self.inputs.items() if not isinstance(v, Link)}

    @property
    def media_input(self) -> tuple[str, str] | None:
        """(input name, kind) when this is a loader node whose input takes an uploaded file;
        kind is image, video, audio, zip or lora."""
        if self.class_type in LOADER_INPUTS:
            return LOADER_INPUTS[self.class_type]
        if "lora" in self.class_type.lower() and "loader" in self.class_type.lower():
            name = next((k for k in self.editable() if "lora" in k.lower()), None)
            return (name, "lora") if name else None
        return None


def _is_link(value: Any) -> bool:
    return (
        isinstance(value, list)
        and len(value) == 2
        and isinstance(value[0], (str, int))
        and not isinstance(value[0], bool)
        and isinstance(value[1], int)
        and not isinstance(value[1], bool)
    )


@dataclass(frozen=True)
class Workflow:
    """A ComfyUI workflow in API format: `nodes` by id (`workflow.nodes["6"].inputs["text"]`)."""

    id: str | None
    nodes: Mapping[str, WorkflowNode]
    raw: Mapping[str, Any] = field(repr=False, default_factory=dict)

    @classmethod
    def from_api_json(cls, data: str | bytes | Mapping[str, Any], workflow_id: str | None = None) -> Workflow:
        """A Workflow from API-format JSON (a string or the parsed object)."""
        if isinstance(data, (str, bytes)):
            try:
                data = json.loads(data)
            except ValueError as exc:
                raise InvalidParamsError(
                    f"workflow JSON does not parse: {exc}", field=WORKFLOW_CREATE_REQUEST.workflow
                ) from None
        if not isinstance(data, Mapping):
            raise InvalidParamsError(
                "workflow JSON must be an object of nodes by id", field=WORKFLOW_CREATE_REQUEST.workflow
            )
        if isinstance(data.get("nodes"), list) and "links" in data:
            raise InvalidParamsError(
                "this is ComfyUI's UI-format workflow; RunningHub takes the API format (ComfyUI: Export (API))",
                field=WORKFLOW_CREATE_REQUEST.workflow,
            )
        nodes: dict[str, WorkflowNode] = {}
        for node_id, node in data.items():
            if not isinstance(node, Mapping) or not isinstance(node.get("class_type"), str):
                continue  # not a node (API format has nothing else at the top, but be lenient)
            raw_inputs = node.get("inputs")
            inputs = {
                str(k): Link(str(v[0]), int(v[1])) if _is_link(v) else v
                for k, v in (raw_inputs.items() if isinstance(raw_inputs, Mapping) else ())
            }
            meta = node.get("_meta")
            title = meta.get("title") if isinstance(meta, Mapping) else None
            nodes[str(node_id)] = WorkflowNode(
                str(node_id), node["class_type"], title if isinstance(title, str) else None, inputs
            )
        return cls(workflow_id, nodes, dict(data))

    def find(self, class_type: str | None = None, *, title: str | None = None) -> list[WorkflowNode]:
        """Nodes of this class_type and/or title, in id order."""
        return [
            n
            for n in self._ordered()
            if (class_type is None or n.class_type == class_type) and (title is None or n.title == title)
        ]

    def editable(self) -> list[NodeInput]:
        """Every input holding a literal value, node by node."""
        return [
            NodeInput(n.id, name, value, n.class_type, n.title)
            for n in self._ordered()
            for name, value in n.editable().items()
        ]

    def _ordered(self) -> list[WorkflowNode]:
        return sorted(self.nodes.values(), key=lambda n: (not n.id.isdigit(), int(n.id) if n.id.isdigit() else 0, n.id))

    def to_json(self) -> str:
        """The API-format JSON, as the `workflow` override of a run takes it."""
        return json.dumps(self.raw, ensure_ascii=False)

    def check(self, nodes: Iterable[Any]) -> None:
        """Check nodeInfoList items as submit_workflow does (InvalidParamsError on a mistake);
        local files are checked, not uploaded. Sends nothing."""
        check_workflow_nodes(self, _node_list(nodes))


@dataclass(frozen=True)
class AppNode:
    """One input an AI App exposes: `value` is its current value (a string, as the template has it)."""

    node_id: str
    field_name: str
    field_type: str | None
    value: Any
    description: str | None = None
    description_en: str | None = None
    node_name: str | None = None
    field_data: str | None = None

    @property
    def media_kind(self) -> str | None:
        return APP_MEDIA_TYPES.get((self.field_type or "").upper())

    def options(self) -> list[str] | None:
        """The values a LIST input offers (from fieldData), or None when it does not say."""
        if (self.field_type or "").upper() != "LIST" or not self.field_data:
            return None
        try:
            data = json.loads(self.field_data)
        except ValueError:
            return None
        found: list[str] = []
        for item in data if isinstance(data, list) else ():
            if isinstance(item, Mapping) and "index" in item:
                found += [str(item["index"])] + ([str(item["name"])] if "name" in item else [])
        return found or None


@dataclass(frozen=True)
class App:
    """An AI App's node template (from its API call example)."""

    webapp_id: str
    name: str | None
    nodes: Sequence[AppNode]
    access_encrypted: bool | None = None
    raw: Mapping[str, Any] = field(repr=False, default_factory=dict)

    @classmethod
    def from_demo(cls, webapp_id: str, data: Mapping[str, Any]) -> App:
        items = data.get(API_DEMO.node_info_list)
        if not isinstance(items, list):
            items = _nodes_from_curl(data.get(API_DEMO.curl) or data.get(API_DEMO.url))
        nodes = [
            AppNode(
                node_id=str(item.get(APP_NODE.node_id)),
                field_name=str(item.get(APP_NODE.field_name)),
                field_type=_opt_str(item.get(APP_NODE.field_type)),
                value=item.get(APP_NODE.field_value),
                description=_opt_str(item.get(APP_NODE.description)),
                description_en=_opt_str(item.get(APP_NODE.description_en)),
                node_name=_opt_str(item.get(APP_NODE.node_name)),
                field_data=_opt_str(item.get(APP_NODE.field_data)),
            )
            for item in items
            if isinstance(item, Mapping) and APP_NODE.node_id in item and APP_NODE.field_name in item
        ]
        encrypted = data.get(API_DEMO.access_encrypted)
        return cls(
            str(webapp_id),
            _opt_str(data.get(API_DEMO.webapp_name)),
            nodes,
            encrypted if isinstance(encrypted, bool) else None,
            dict(data),
        )

    def node(self, node_id: str, field_name: str) -> AppNode | None:
        return next((n for n in self.nodes if n.node_id == str(node_id) and n.field_name == field_name), None)

    def check(self, nodes: Iterable[Any]) -> None:
        """Check nodeInfoList items as submit_app does (InvalidParamsError on a mistake);
        local files are checked, not uploaded. Sends nothing."""
        check_app_nodes(self, _node_list(nodes))


def _opt_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _nodes_from_curl(curl: Any) -> list[Any]:
    """The nodeInfoList inside a call example's curl command (older replies carry only that)."""
    if not isinstance(curl, str):
        return []
    match = re.search(r"--data-raw\s+'(.*)'", curl, re.S)
    try:
        body = json.loads(match.group(1)) if match else None
    except ValueError:
        return []
    items = body.get(APP_RUN_REQUEST.node_info_list) if isinstance(body, dict) else None
    return items if isinstance(items, list) else []


# --------------------------------------------------------------------------- checks
def _where(i: int, node: Mapping[str, Any]) -> str:
    return f"nodeInfoList[{i}] (node {node[NODE.node_id]!r}, field {node[NODE.field_name]!r})"


def _no_repeats(nodes: Sequence[Mapping[str, Any]]) -> None:
    """One value per input: a second value for the same node and field is a mistake (which of
    the two the server would take is not documented)."""
    seen: dict[tuple[str, str], int] = {}
    for i, item in enumerate(nodes):
        key = (item[NODE.node_id], item[NODE.field_name])
        if key in seen:
            raise InvalidParamsError(
                f"{_where(i, item)}: the same input is already set by nodeInfoList[{seen[key]}]",
                field=NODES,
            )
        seen[key] = i


def _type_name(value: Any) -> str:
    for typ, name in ((bool, "a boolean"), (int, "a number"), (float, "a number"), (str, "a string")):
        if isinstance(value, typ):
            return name
    return f"a {type(value).__name__}"


def _number_text(value: Any, integer: bool) -> bool:
    if not isinstance(value, str):
        return False
    try:
        int(value) if integer else float(value)
    except ValueError:
        return False
    return True


def _value_ok(value: Any, current: Any) -> bool:
    """`value` fits an input whose current value is `current`. Any number fits a numeric
    input: JSON writes a float input's 8.0 as 8, so an integer current value does not prove
    an integer input. A number written as text is accepted too (AI App templates and the CLI
    carry text)."""
    if isinstance(current, bool):
        return isinstance(value, bool) or (isinstance(value, str) and value.lower() in ("true", "false"))
    if isinstance(current, (int, float)):
        return (isinstance(value, (int, float)) and not isinstance(value, bool)) or _number_text(value, False)
    if isinstance(current, str):
        return isinstance(value, str)
    return isinstance(value, (str, int, float, bool))  # an input without a usable current value


def _media_error(where: str, kind: str | None, node_label: str) -> InvalidParamsError:
    if kind is None:
        return InvalidParamsError(
            f"{where}: a local file can only go into a media input of a loader node "
            f"(LoadImage, LoadVideo, LoadAudio, LoadImages, {LORA_NODE}); {node_label} is not one",
            field=NODE.field_value,
            allowed="a value, not a file",
        )
    return InvalidParamsError(
        f"{where}: uploaded LoRAs work only in an {LORA_NODE} node; {node_label} cannot read one",
        field=NODE.field_value,
        allowed=LORA_NODE,
    )


def _check_file_kind(where: str, value: Any, kind: str) -> None:
    if kind == "lora":
        return
    _, fmt, _ = local_file_facts(value)
    allowed = MEDIA_FORMATS[kind]
    if fmt is not None and fmt not in allowed:
        raise InvalidParamsError(
            f"{where}: takes {kind} files ({', '.join(sorted(allowed))}), got a {fmt} file",
            field=NODE.field_value,
            allowed=sorted(allowed),
        )


def check_workflow_nodes(workflow: Workflow, nodes: Sequence[Mapping[str, Any]]) -> list[str | None]:
    """Check nodeInfoList items against a workflow; for each item, the kind of upload its
    local file needs (image, video, audio, zip, lora) or None. Raises InvalidParamsError."""
    _no_repeats(nodes)
    kinds: list[str | None] = []
    label = f"workflow {workflow.id}" if workflow.id else "the workflow"
    for i, item in enumerate(nodes):
        where = _where(i, item)
        node = workflow.nodes.get(item[NODE.node_id])
        if node is None:
            ids = ", ".join(f"{n.id} ({n.class_type})" for n in workflow._ordered())
            raise InvalidParamsError(
                f"{where}: {label} has no node {item[NODE.node_id]!r}; its nodes: {ids}",
                field=NODE.node_id,
                allowed=[n.id for n in workflow._ordered()],
            )
        editable = node.editable()
        name, value = item[NODE.field_name], item[NODE.field_value]
        node_label = f"node {node.id} ({node.class_type})"
        if name not in node.inputs:
            raise InvalidParamsError(
                f"{where}: {node_label} has no input {name!r}; editable inputs: {', '.join(editable) or 'none'}",
                field=NODE.field_name,
                allowed=list(editable),
            )
        current = node.inputs[name]
        if isinstance(current, Link):
            raise InvalidParamsError(
                f"{where}: input {name!r} of {node_label} is linked to node {current.node_id} output "
                f"{current.slot}, so it cannot be set; editable inputs: {', '.join(editable) or 'none'}",
                field=NODE.field_name,
                allowed=list(editable),
            )
        media = node.media_input
        if is_local_file(value):
            if media is None or media[0] != name:
                raise _media_error(where, None, node_label)
            if media[1] == "lora" and node.class_type != LORA_NODE:
                raise _media_error(where, "lora", node_label)
            _check_file_kind(where, value, media[1])
            kinds.append(media[1])
            continue
        if not _value_ok(value, current):
            raise InvalidParamsError(
                f"{where}: {node_label} input {name!r} takes {_type_name(current)} (now {current!r}), "
                f"got {_type_name(value)} {value!r}",
                field=NODE.field_value,
                allowed=_type_name(current),
            )
        kinds.append(None)
    return kinds


_APP_TYPES: dict[str, Any] = {"INT": 0, "FLOAT": 0.0, "BOOLEAN": False, "SWITCH": False, "STRING": ""}


def check_app_nodes(app: App, nodes: Sequence[Mapping[str, Any]]) -> list[str | None]:
    """Check nodeInfoList items against an AI App's template (as check_workflow_nodes)."""
    _no_repeats(nodes)
    kinds: list[str | None] = []
    if not app.nodes and nodes:
        raise InvalidParamsError(
            f"AI App {app.webapp_id} has no node template (run it once on the website first, or pass validate=False)",
            field=NODES,
        )
    pairs = [f"{n.node_id}:{n.field_name}" for n in app.nodes]
    for i, item in enumerate(nodes):
        where = _where(i, item)
        node = app.node(item[NODE.node_id], item[NODE.field_name])
        if node is None:
            raise InvalidParamsError(
                f"{where}: AI App {app.webapp_id} has no such input; its inputs (node:field): {', '.join(pairs)}",
                field=NODE.node_id if all(n.node_id != item[NODE.node_id] for n in app.nodes) else NODE.field_name,
                allowed=pairs,
            )
        value, kind = item[NODE.field_value], node.media_kind
        label = f"input {node.node_id}:{node.field_name} ({node.field_type})"
        if is_local_file(value):
            if kind is None:
                raise InvalidParamsError(
                    f"{where}: {label} is not a media input; a local file goes into IMAGE, VIDEO or AUDIO inputs",
                    field=NODE.field_value,
                    allowed="a value, not a file",
                )
            _check_file_kind(where, value, kind)
            kinds.append(kind)
            continue
        typ = (node.field_type or "").upper()
        options = node.options()
        whole = typ != "INT" or (isinstance(value, int) or _number_text(value, True))  # INT says integer
        if typ in _APP_TYPES and not (_value_ok(value, _APP_TYPES[typ]) and whole):
            wanted = "an integer" if typ == "INT" else _type_name(_APP_TYPES[typ])
            raise InvalidParamsError(
                f"{where}: {label} takes {wanted}, got {_type_name(value)} {value!r}",
                field=NODE.field_value,
                allowed=wanted,
            )
        if options is not None and str(value) not in options:
            raise InvalidParamsError(
                f"{where}: {label} takes one of {', '.join(options)}; got {value!r}",
                field=NODE.field_value,
                allowed=options,
            )
        if not isinstance(value, (str, int, float, bool)):
            raise InvalidParamsError(
                f"{where}: expected a string, number or boolean, got {value!r}", field=NODE.field_value
            )
        kinds.append(None)
    return kinds


def fill_from_template(app: App, nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`nodes` plus every template input they leave out, with its current value."""
    given = {(n[NODE.node_id], n[NODE.field_name]) for n in nodes}
    extra = [
        {NODE.node_id: n.node_id, NODE.field_name: n.field_name, NODE.field_value: n.value}
        for n in app.nodes
        if (n.node_id, n.field_name) not in given and n.value is not None
    ]
    return nodes + extra


# --------------------------------------------------------------------------- results
@dataclass(frozen=True)
class QuickCreateStyle:
    """One quick-create model library entry (style) of an AI App."""

    id: str | None
    model_name: str | None
    model_key: str | None
    model_category: str | None
    content: str | None
    trigger: str | None
    preview_url: str | None
    raw: Mapping[str, Any] = field(repr=False, default_factory=dict)

    @classmethod
    def from_item(cls, item: Mapping[str, Any]) -> QuickCreateStyle:
        sid = item.get(QUICK_STYLE.id)
        return cls(
            id=None if sid is None else str(sid),
            model_name=_opt_str(item.get(QUICK_STYLE.model_name)),
            model_key=_opt_str(item.get(QUICK_STYLE.model_key)),
            model_category=_opt_str(item.get(QUICK_STYLE.model_category)),
            content=_opt_str(item.get(QUICK_STYLE.content)),
            trigger=_opt_str(item.get(QUICK_STYLE.model_trigger)),
            preview_url=_opt_str(item.get(QUICK_STYLE.model_preview_url)),
            raw=dict(item),
        )


@dataclass(frozen=True)
class WebhookDelivery:
    """A task's webhook delivery record. `id` is what resend_webhook takes; `event_data` the
    callback body sent (parsed when it is JSON text). Untrusted server data."""

    id: str | None
    task_id: str | None
    webhook_url: str | None
    event_data: Any
    callback_status: str | None
    callback_response: str | None
    retry_count: int | None
    create_time: str | None
    update_time: str | None
    raw: Mapping[str, Any] = field(repr=False, default_factory=dict)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> WebhookDelivery:
        event = data.get(DELIVERY.event_data)
        if isinstance(event, str):
            with contextlib.suppress(ValueError):
                event = json.loads(event)
        count = data.get(DELIVERY.retry_count)
        return cls(
            id=None if data.get(DELIVERY.id) is None else str(data[DELIVERY.id]),
            task_id=None if data.get(DELIVERY.task_id) is None else str(data[DELIVERY.task_id]),
            webhook_url=_opt_str(data.get(DELIVERY.webhook_url)),
            event_data=event,
            callback_status=_opt_str(data.get(DELIVERY.callback_status)),
            callback_response=_opt_str(data.get(DELIVERY.callback_response)),
            retry_count=int(count) if isinstance(count, int) or (isinstance(count, str) and count.isdigit()) else None,
            create_time=_opt_str(data.get(DELIVERY.create_time)),
            update_time=_opt_str(data.get(DELIVERY.update_time)),
            raw={k: v for k, v in data.items() if k != DELIVERY.user_api_key},  # masked, but still a key
        )


# --------------------------------------------------------------------------- per-client state
class _Cache:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.workflows: dict[str, Workflow] = {}
        self.apps: dict[str, App] = {}
        self.loras: dict[str, str] = {}  # md5 -> fileName
        self.lora_md5s: dict[str, str] = {}  # "path:size:mtime" -> md5


_caches: weakref.WeakKeyDictionary[Core, _Cache] = weakref.WeakKeyDictionary()
_caches_lock = threading.Lock()


def cache_of(core: Core) -> _Cache:
    with _caches_lock:
        cache = _caches.get(core)
        if cache is None:
            cache = _caches[core] = _Cache()
        return cache


def node_titles(core: Core, task_label: str | None) -> dict[str, str | None] | None:
    """Node id -> title of a workflow task's workflow, when this client has read it (for live
    progress); None otherwise. `task_label` is the task's model label, "workflow <id>"."""
    if not task_label or not task_label.startswith("workflow "):
        return None
    with cache_of(core).lock:
        workflow = cache_of(core).workflows.get(task_label.removeprefix("workflow "))
    return {node_id: node.title for node_id, node in workflow.nodes.items()} if workflow else None


def _data(reply: Reply) -> Any:
    return (reply.data or {}).get(ENVELOPE.data)


# --------------------------------------------------------------------------- operations
def check_id(value: Any, field: str) -> str:
    """A workflow or AI App id as sent: a non-empty string or an integer (ids are long decimal
    numbers); anything else is refused before any request."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InvalidParamsError(f"{field} must be a string or an integer, not {type(value).__name__}", field=field)
    text = str(value).strip()
    if not text:
        raise InvalidParamsError(f"{field} must not be empty", field=field)
    return text


def fetch_workflow(core: Core, workflow_id: str, deadline: float | None = None) -> Op[Workflow]:
    """The workflow's API-format JSON (getJsonApiFormat), read once per client."""
    workflow_id = check_id(workflow_id, WORKFLOW_JSON_REQUEST.workflow_id)
    wid = str(workflow_id)
    cache = cache_of(core)
    with cache.lock:
        cached = cache.workflows.get(wid)
    if cached is not None:
        return cached
    reply = yield from core.call(
        core.request("get_workflow_json", {WORKFLOW_JSON_REQUEST.workflow_id: wid}), deadline=deadline
    )
    data = _data(reply)
    prompt = data.get(WORKFLOW_JSON.prompt) if isinstance(data, Mapping) else None
    if not isinstance(prompt, str):
        raise APIError(f"workflow {wid}: the reply has no workflow JSON", body=core.redact(str(reply.data))[:500])
    try:
        workflow = Workflow.from_api_json(prompt, wid)
    except InvalidParamsError as exc:
        raise APIError(f"workflow {wid}: the reply's workflow JSON is unusable: {exc}") from None
    with cache.lock:
        cache.workflows[wid] = workflow
    return workflow


def _demo_query(webapp_id: str) -> dict[str, Any]:
    """The call example's query parameters but the key (Core.request adds it where the spec
    says), named by the generated endpoint's own request builder."""
    from runninghub_api.api.apps import get_ai_app_call_example as demo

    params: dict[str, Any] = demo.request_kwargs(api_key="", webapp_id=webapp_id)["params"]
    return {k: v for k, v in params.items() if k != demo.KEY_FIELD}


def _path_parameter(operation_id: str) -> str:
    """The one parameter of a v2 run route's path (the workflow's or the app's id)."""
    found = re.findall(r"\{(\w+)\}", _routes.route(operation_id).path)
    if len(found) != 1:
        raise LookupError(f"{operation_id}: expected one path parameter, the spec has {found}")
    return str(found[0])


def fetch_app(core: Core, webapp_id: str, deadline: float | None = None) -> Op[App]:
    """The AI App's node template (apiCallDemo), read once per client."""
    webapp_id = check_id(webapp_id, APP_RUN_REQUEST.webapp_id)
    wid = str(webapp_id)
    cache = cache_of(core)
    with cache.lock:
        cached = cache.apps.get(wid)
    if cached is not None:
        return cached
    reply = yield from core.call(core.request("get_ai_app_call_example", params=_demo_query(wid)), deadline=deadline)
    data = _data(reply)
    if not isinstance(data, Mapping):
        raise APIError(f"AI App {wid}: the reply has no call example", body=core.redact(str(reply.data))[:500])
    app = App.from_demo(wid, data)
    with cache.lock:
        cache.apps[wid] = app
    return app


def _check_types(**options: tuple[Any, type]) -> None:
    """Each given option (not None) is of its type: a wrong one is refused before any request."""
    for name, (value, typ) in options.items():
        if value is not None and (not isinstance(value, typ) or (typ is not bool and isinstance(value, bool))):
            raise InvalidParamsError(
                f"{name}: expected {typ.__name__}, got {type(value).__name__} {value!r}",
                field=name,
                allowed=typ.__name__,
            )


def _check_options(retain_seconds: int | None, instance_type: str | None) -> None:
    if retain_seconds is not None:
        schema = load_spec()["components"]["schemas"].get("RetainSeconds", {})
        low, high = schema.get("minimum", 0), schema.get("maximum")
        if (
            not isinstance(retain_seconds, int)
            or isinstance(retain_seconds, bool)
            or retain_seconds < low
            or (high is not None and retain_seconds > high)
        ):
            raise InvalidParamsError(
                f"retain_seconds: expected whole seconds from {low} to {high} (0 = off), got {retain_seconds!r}",
                field=WORKFLOW_CREATE_REQUEST.retain_seconds,
                allowed=(low, high),
            )
    if instance_type is not None and (not isinstance(instance_type, str) or not instance_type):
        raise InvalidParamsError(
            f"instance_type: expected a name such as 'default' or 'plus', got {instance_type!r}",
            field=WORKFLOW_CREATE_REQUEST.instance_type,
            allowed=["default", "plus"],
        )


def _upload_media(
    core: Core, nodes: list[dict[str, Any]], kinds: Sequence[str | None], deadline: float | None
) -> Op[None]:
    """Upload each checked local file to its kind and put the stored fileName in its place."""
    for node, kind in zip(nodes, kinds, strict=True):
        if kind is None:
            continue
        value = node[NODE.field_value]
        if kind == "lora":
            node[NODE.field_value] = yield from upload_lora(core, value, None, deadline)
        else:
            upload = yield from core.upload(value, deadline=deadline)
            node[NODE.field_value] = upload.file_name or upload.url


def _options_body(options: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in options.items() if v is not None}


def _check_route(route: str, target_id: Any, **legacy_only: Any) -> None:
    """`route` is legacy or v2; the v2 run routes take the id in the path and do not take the
    legacy-only options (the workflow override, accessPassword)."""
    if route not in ROUTES:
        raise InvalidParamsError(f"route: expected 'legacy' or 'v2', got {route!r}", field="route", allowed=ROUTES)
    if route != "v2":
        return
    given = [name for name, value in legacy_only.items() if value is not None]
    if given:
        raise InvalidParamsError(
            f"{', '.join(given)}: not taken by the v2 run route (use route='legacy')", field=given[0]
        )
    if not _PATH_ID.match(str(target_id)):
        raise InvalidParamsError(f"id {target_id!r}: expected letters and digits (it goes in the v2 path)", field="id")


def _submit_v2(
    core: Core, operation_id: str, target_id: Any, body: dict[str, Any], queue_wait: bool, deadline: float | None
) -> Op[Task]:
    """A checked body to the v2 run route: the id goes in the path, and the submit rules are the
    model submit's (Core.submit, unvalidated: the nodes were checked here)."""
    fields = {
        k: v for k, v in body.items() if k not in (WORKFLOW_CREATE_REQUEST.workflow_id, APP_RUN_REQUEST.webapp_id)
    }
    path = _routes.path_of(operation_id, {_path_parameter(operation_id): str(target_id)})
    endpoint = path.removeprefix(_routes.model_prefix())
    return (yield from core.submit(endpoint, fields, {}, validate=False, queue_wait=queue_wait, deadline=deadline))


def submit_workflow(
    core: Core,
    workflow_id: str,
    nodes: Iterable[Any],
    *,
    validate: bool,
    webhook_url: str | None,
    instance_type: str | None,
    add_metadata: bool | None,
    use_personal_queue: bool | None,
    retain_seconds: int | None,
    access_password: str | None,
    workflow: str | Mapping[str, Any] | Workflow | None,
    deadline: float | None = None,
    queue_wait: bool = False,
    route: str = "legacy",
) -> Op[Task]:
    """Start a workflow task (legacy create; `route="v2"`: the v2 run route). With `validate`,
    the nodeInfoList is checked against the workflow (the `workflow` override when given, else
    the fetched one) first. `queue_wait` (batches) retries a queue-full refusal until a slot
    frees up."""
    workflow_id = check_id(workflow_id, WORKFLOW_CREATE_REQUEST.workflow_id)
    node_list = _node_list(nodes)
    _check_route(route, workflow_id, access_password=access_password, workflow=workflow)
    _check_options(retain_seconds, instance_type)
    _check_types(
        webhook_url=(webhook_url, str),
        add_metadata=(add_metadata, bool),
        use_personal_queue=(use_personal_queue, bool),
        access_password=(access_password, str),
    )
    override: str | None = None
    template: Workflow | None = None
    if isinstance(workflow, Workflow):
        template, override = workflow, workflow.to_json()
    elif isinstance(workflow, Mapping):
        template, override = Workflow.from_api_json(workflow, str(workflow_id)), json.dumps(workflow)
    elif isinstance(workflow, str):
        override = workflow
        if validate:
            template = Workflow.from_api_json(workflow, str(workflow_id))
    if validate:  # read even with no items: live progress names nodes by the titles it holds
        if template is None:
            template = yield from fetch_workflow(core, workflow_id, deadline)
        kinds = yield from _checked(check_workflow_nodes, template, node_list)
        yield from _upload_media(core, node_list, kinds, deadline)
    node_list = yield from core._node_values(node_list)  # validate=False: any local file, uploaded
    keys = WORKFLOW_CREATE_REQUEST
    body: dict[str, Any] = {keys.workflow_id: str(workflow_id)}
    if node_list:
        body[keys.node_info_list] = node_list
    body |= _options_body(
        {
            keys.webhook_url: webhook_url,
            keys.instance_type: instance_type,
            keys.add_metadata: add_metadata,
            keys.use_personal_queue: use_personal_queue,
            keys.retain_seconds: retain_seconds,
            keys.access_password: access_password,
            keys.workflow: override,
        }
    )
    if route == "v2":
        return (yield from _submit_v2(core, V2_RUN_WORKFLOW, workflow_id, body, queue_wait, deadline))
    label = f"workflow {workflow_id}"
    return (yield from core._create_legacy(WORKFLOW_CREATE, body, label, queue_wait=queue_wait, deadline=deadline))


def _checked(
    check: Callable[[Any, Sequence[Mapping[str, Any]]], list[str | None]], template: Any, nodes: list[Any]
) -> Op[list[str | None]]:
    """`check(template, nodes)`; in a worker thread under asyncio when a value is a local file
    (its first bytes are read to tell its format)."""
    if any(is_local_file(item.get(NODE.field_value)) for item in nodes if isinstance(item, Mapping)):
        kinds: list[str | None] = yield Offload(partial(check, template, nodes))
        return kinds
    return check(template, nodes)


def _app_nodes(
    core: Core, webapp_id: str, nodes: Iterable[Any], validate: bool, fill_defaults: bool, deadline: float | None
) -> Op[list[Any]]:
    node_list = _node_list(nodes)
    if (validate and node_list) or fill_defaults:
        app = yield from fetch_app(core, webapp_id, deadline)
        if validate:
            kinds = yield from _checked(check_app_nodes, app, node_list)
            yield from _upload_media(core, node_list, kinds, deadline)
        if fill_defaults:
            node_list = fill_from_template(app, node_list)
    return (yield from core._node_values(node_list))


def submit_app(
    core: Core,
    webapp_id: str,
    nodes: Iterable[Any],
    *,
    validate: bool,
    fill_defaults: bool,
    webhook_url: str | None,
    instance_type: str | None,
    use_personal_queue: bool | None,
    retain_seconds: int | None,
    access_password: str | None,
    deadline: float | None = None,
    queue_wait: bool = False,
    before_submit: Callable[[dict[str, Any], float | None], Op[None]] | None = None,
    route: str = "legacy",
) -> Op[Task]:
    """Start an AI App task, checked against the app's template first with `validate`;
    `fill_defaults` adds the template's current value for every input left out;
    `before_submit` (a budget, _budget.py) sees the final body just before the submit;
    `route="v2"` sends it to the v2 run route."""
    webapp_id = check_id(webapp_id, APP_RUN_REQUEST.webapp_id)
    _check_route(route, webapp_id, access_password=access_password)
    _check_options(retain_seconds, instance_type)
    _check_types(
        webhook_url=(webhook_url, str),
        use_personal_queue=(use_personal_queue, bool),
        access_password=(access_password, str),
    )
    node_list = yield from _app_nodes(core, webapp_id, nodes, validate, fill_defaults, deadline)
    keys = APP_RUN_REQUEST
    body: dict[str, Any] = {keys.webapp_id: str(webapp_id), keys.node_info_list: node_list}
    body |= _options_body(
        {
            keys.webhook_url: webhook_url,
            keys.instance_type: instance_type,
            keys.use_personal_queue: use_personal_queue,
            keys.retain_seconds: retain_seconds,
            keys.access_password: access_password,
        }
    )
    if before_submit is not None:
        yield from before_submit(body, deadline)
    if route == "v2":
        return (yield from _submit_v2(core, V2_RUN_APP, webapp_id, body, queue_wait, deadline))
    label = f"AI App {webapp_id}"
    return (yield from core._create_legacy(APP_RUN, body, label, queue_wait=queue_wait, deadline=deadline))


def quick_create_styles(core: Core, webapp_id: str, style_type: int | None) -> Op[list[QuickCreateStyle]]:
    """The model library styles an AI App offers for quick create. The route takes no API key."""
    webapp_id = check_id(webapp_id, QUICK_PARAMS_REQUEST.webapp_id)
    body: dict[str, Any] = {QUICK_PARAMS_REQUEST.webapp_id: str(webapp_id)}
    if style_type is not None:
        body[QUICK_PARAMS_REQUEST.type_] = style_type
    reply = yield from core.call(core.request("get_quick_create_params", body))
    data = _data(reply)
    return [QuickCreateStyle.from_item(item) for item in data or () if isinstance(item, Mapping)]


def submit_quick_create(
    core: Core,
    webapp_id: str,
    code: str,
    nodes: Iterable[Any],
    *,
    validate: bool,
    fill_defaults: bool,
    deadline: float | None = None,
) -> Op[Task]:
    """Start a quick-create task: `code` is the app's quickCreateCode (such as "002")."""
    webapp_id = check_id(webapp_id, QUICK_RUN_REQUEST.webapp_id)
    if not isinstance(code, str) or not code:
        raise InvalidParamsError(
            f"quick create code: expected text such as '002', got {code!r}", field=QUICK_RUN_REQUEST.quick_create_code
        )
    node_list = yield from _app_nodes(core, webapp_id, nodes, validate, fill_defaults, deadline)
    body = {
        QUICK_RUN_REQUEST.webapp_id: str(webapp_id),
        QUICK_RUN_REQUEST.quick_create_code: code,
        QUICK_RUN_REQUEST.node_info_list: node_list,
    }
    label = f"quick create {webapp_id}/{code}"
    return (yield from core._create_legacy("run_quick_create", body, label, deadline=deadline))


def md5_of(path: Path) -> str:
    """The file's MD5, read in 1 MB chunks (never whole into memory)."""
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def upload_lora(core: Core, source: Any, name: str | None, deadline: float | None = None) -> Op[str]:
    """Upload a .safetensors LoRA: its MD5 (read in chunks), an upload URL (getLoraUploadUrl),
    then a streamed PUT of the bytes. Returns the fileName for an RHLoraLoader node. The same
    content is uploaded once per client."""
    if isinstance(source, str):
        source = Path(source)
    if not isinstance(source, os.PathLike):
        raise InvalidParamsError(f"upload_lora takes a path, not {type(source).__name__}", field=UPLOAD_REQUEST.file)
    path = Path(source)
    if not path.is_file():
        raise FileNotFoundError(f"no such file: {path}")
    st = path.stat()
    size, cache = st.st_size, cache_of(core)
    # A file already seen (same path, size and modification time) is not read again for its MD5.
    where = f"{os.path.realpath(path)}:{size}:{st.st_mtime_ns}"
    with cache.lock:
        md5 = cache.lora_md5s.get(where)
    if md5 is None:
        md5 = yield Offload(lambda: md5_of(path))  # a thread of its own under asyncio: the loop stays free
    with cache.lock:
        cache.lora_md5s[where] = md5
        known = cache.loras.get(md5)
    if known is not None:
        log.debug("LoRA %s skipped: the same content was already uploaded", path.name)
        return known
    lora_name = name or path.stem
    send = core.request("get_lora_upload_url", {LORA_REQUEST.lora_name: lora_name, LORA_REQUEST.md_5_hex: md5})
    reply = yield from core.call(send, deadline=deadline)
    data = _data(reply)
    url = data.get(LORA_UPLOAD.url) if isinstance(data, Mapping) else None
    file_name = data.get(LORA_UPLOAD.file_name) if isinstance(data, Mapping) else None
    if not isinstance(url, str) or not isinstance(file_name, str):
        raise APIError("LoRA upload: the reply has no url and fileName", body=core.redact(str(reply.data))[:500])
    if httpx.URL(url).scheme not in ("http", "https"):
        raise APIError("LoRA upload: the upload URL is not http(s)")
    yield from _put_file(core, url, path, size, deadline)
    with cache.lock:
        cache.loras[md5] = file_name
    log.debug("uploaded LoRA %s (%d bytes) as %s", path.name, size, file_name)
    return file_name


def _put_file(core: Core, url: str, path: Path, size: int, deadline: float | None) -> Op[None]:
    """PUT a file to a pre-signed URL (no API key: it is another host). A PUT of the same
    bytes to the same object is idempotent, so connection errors and the retryable HTTP statuses
    (x-runninghub-http-fallbacks: 429, 5xx, 408, ...) are retried."""
    headers = {"User-Agent": core.settings.user_agent, "Content-Type": "application/octet-stream"}
    headers["Content-Length"] = str(size)

    def body() -> tuple[IO[bytes], list[IO[bytes]]]:
        f = path.open("rb")
        return f, [f]

    label = f"PUT {httpx.URL(url).host}"
    attempt = 0
    while True:
        send = Send(
            "PUT", url, headers, content=body, timeout=core.request_timeout(), budget=core.budget_left(deadline)
        )
        error: Exception
        try:
            response = yield send
        except httpx.TransportError as exc:
            error = APIConnectionError(f"{label}: {type(exc).__name__}")
            error.__cause__ = exc
        else:
            status = response.status_code
            if response.is_success:
                return
            error = APIError(
                f"{label}: HTTP {status} {response.content[:200].decode('utf-8', 'replace')}",
                status_code=status,
                retryable=is_retryable(None, status, readable=False),  # the spec's HTTP status rows
            )
            if not error.retryable:
                raise error
        delay = core.backoff(attempt, None)
        if attempt >= core.settings.max_retries or (deadline is not None and core.clock() + delay > deadline):
            raise error
        yield Sleep(delay)
        attempt += 1


def run_task(
    core: Core,
    submit: Callable[[float | None], Op[Task]],
    *,
    timeout: float | None,
    on_progress: Callable[[Progress], None] | None,
    cancel_on_timeout: bool,
) -> Op[Result]:
    """Submit (the op `submit(deadline)` builds), then wait: `timeout` is one budget from the
    start, template read, uploads and the submit included."""
    timeout = check_timeout(timeout)
    started = core.clock()
    deadline = None if timeout is None else started + timeout
    task = yield from submit(deadline)
    return (
        yield from core.wait(
            task, timeout=timeout, on_progress=on_progress, cancel_on_timeout=cancel_on_timeout, started=started
        )
    )


def webhook_event(core: Core, task_id: str) -> Op[WebhookDelivery]:
    """The webhook delivery record of a task (code 1 when the task had no webhook)."""
    tid = str(task_id)
    reply = yield from core.call(core.request("get_webhook_detail", {LEGACY_TASK_REQUEST.task_id: tid}), task_id=tid)
    data = _data(reply)
    if not isinstance(data, Mapping):
        raise APIError(f"task {tid}: the reply has no webhook event", task_id=tid)
    return WebhookDelivery.from_data(data)


def resend_webhook(core: Core, event: WebhookDelivery | str, webhook_url: str | None) -> Op[None]:
    """Send a webhook event again (to `webhook_url`, default the event's own URL)."""
    webhook_id = event.id if isinstance(event, WebhookDelivery) else str(event)
    url = webhook_url or (event.webhook_url if isinstance(event, WebhookDelivery) else None)
    if not webhook_id:
        raise InvalidParamsError("resend_webhook: the event has no id", field=RETRY_WEBHOOK.webhook_id)
    if not url:
        raise InvalidParamsError("resend_webhook: webhook_url is required", field=RETRY_WEBHOOK.webhook_url)
    yield from core.call(
        core.request("retry_webhook", {RETRY_WEBHOOK.webhook_id: webhook_id, RETRY_WEBHOOK.webhook_url: url})
    )


def iter_rows(workflow: Workflow) -> Iterator[tuple[str, str, str, str, Any]]:
    """(node id, class_type, title, input, value) of every editable input, for tables."""
    for item in workflow.editable():
        yield item.node_id, item.class_type, item.title or "", item.name, item.value


__all__ = [
    "App",
    "AppNode",
    "Link",
    "NodeInput",
    "QuickCreateStyle",
    "WebhookDelivery",
    "Workflow",
    "WorkflowNode",
]
