"""The sandbox's workflow and AI App templates, shaped like RunningHub's real replies.

- `getJsonApiFormat` answers one API-format workflow (the same for every id) with titles in
  `_meta`, literal inputs and links, and loader nodes (LoadImage, LoadVideo, LoadAudio,
  RHLoraLoader) so clients can check and upload against it;
- `apiCallDemo` answers an AI App template as the captured reply has it (`data.curl`,
  `webappName`, `statisticsInfo`, `nodeInfoList` with fieldType/fieldData, covers, tags);
- the legacy create refuses a nodeInfoList that does not match the workflow (and the AI App and
  quick-create runs one that does not match the app template) with code 803 and RunningHub's
  `NODE_INFO_MISMATCH(nodeId=.., fieldName=.., reason=..)` message.

Registered ahead of the generic routes in `_app.build_app`.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .._wire import API_DEMO, APP_NODE, APP_RUN_REQUEST, APP_TAG, NODE, WORKFLOW_CREATE_REQUEST, WORKFLOW_JSON

if TYPE_CHECKING:
    from ._app import SandboxApp


def _node(class_type: str, title: str, **inputs: Any) -> dict[str, Any]:
    return {"class_type": class_type, "inputs": inputs, "_meta": {"title": title}}


WORKFLOW: dict[str, Any] = {
    "3": _node(
        "KSampler",
        "KSampler",
        seed=669816362794144,
        steps=20,
        cfg=8,
        sampler_name="euler",
        scheduler="normal",
        denoise=1,
        model=["13", 0],
        positive=["6", 0],
        negative=["7", 0],
        latent_image=["5", 0],
    ),
    "4": _node("CheckpointLoaderSimple", "Load Checkpoint", ckpt_name="sandbox.safetensors"),
    "5": _node("EmptyLatentImage", "Empty Latent Image", width=512, height=512, batch_size=1),
    "6": _node("CLIPTextEncode", "Positive Prompt", text="a cat", clip=["13", 1]),
    "7": _node("CLIPTextEncode", "Negative Prompt", text="blurry", clip=["13", 1]),
    "8": _node("VAEDecode", "VAE Decode", samples=["3", 0], vae=["4", 2]),
    "9": _node("SaveImage", "Save Image", filename_prefix="ComfyUI", images=["8", 0]),
    "10": _node("LoadImage", "Load Image", image="example.png"),
    "11": _node("LoadVideo", "Load Video", video="example.mp4"),
    "12": _node("LoadAudio", "Load Audio", audio="example.mp3"),
    "13": _node(
        "RHLoraLoader",
        "RH Lora Loader",
        model=["4", 0],
        clip=["4", 1],
        lora_name="api-lora-cn/example.safetensors",
        strength_model=1,
        strength_clip=1,
    ),
    "14": _node("ImageScaleBy", "Upscale Image By", image=["10", 0], upscale_method="nearest-exact", scale_by=1.5),
    "15": _node("SaveImageWebsocket", "Preview", images=["14", 0], enabled=True),
}


def _app_node(
    node_id: str, node_name: str, field: str, value: str, field_type: str, data: Any, zh: str, en: str
) -> dict[str, Any]:
    return {
        APP_NODE.node_id: node_id,
        APP_NODE.node_name: node_name,
        APP_NODE.field_name: field,
        APP_NODE.field_value: value,
        APP_NODE.field_data: json.dumps(data, ensure_ascii=False),
        APP_NODE.field_type: field_type,
        APP_NODE.description: zh,
        APP_NODE.description_en: en,
    }


MODELS = [
    {"name": "flux-kontext-pro", "index": "flux-kontext-pro", "description": "Pro"},
    {"name": "flux-kontext-max", "index": "flux-kontext-max", "description": "Max"},
    {"default": "flux-kontext-pro", "description": "忽略"},
]
APP_NODES = [
    _app_node(
        "10",
        "LoadImage",
        "image",
        "example.png",
        "IMAGE",
        [["example.png"], {"image_upload": True}],
        "上传图像",
        "Upload image",
    ),
    _app_node("3", "CLIPTextEncode", "text", "a cat", "STRING", ["STRING", {"multiline": True}], "提示词", "Prompt"),
    _app_node(
        "6", "CLIPTextEncode", "text", "a dog", "STRING", ["STRING", {"multiline": True}], "第二提示词", "Prompt 2"
    ),
    _app_node("122", "RH_Translator", "prompt", "hello", "STRING", ["STRING", {"default": ""}], "翻译文本", "Text"),
    _app_node("37", "RH_ComfyFluxKontext", "model", "flux-kontext-pro", "LIST", MODELS, "模型切换", "Model switch"),
    _app_node("25", "KSampler", "steps", "20", "INT", ["INT", {"default": 20}], "步数", "Steps"),
    _app_node("25", "KSampler", "cfg", "3.5", "FLOAT", ["FLOAT", {"default": 3.5}], "引导", "Guidance"),
    _app_node("40", "LoadVideo", "video", "example.mp4", "VIDEO", [["example.mp4"]], "上传视频", "Upload video"),
]


# the fields of a template input that the call example's curl body shows
_EXAMPLE_NODE_KEYS = (APP_NODE.node_id, APP_NODE.field_name, APP_NODE.field_value, APP_NODE.description)


def mismatch(workflow: Any, nodes: Any) -> str | None:
    """RunningHub's 803 message for the first nodeInfoList item the workflow cannot take."""
    if not isinstance(workflow, dict) or not isinstance(nodes, list):
        return None
    for item in nodes:
        if not isinstance(item, dict):
            continue
        node_id, field = str(item.get(NODE.node_id)), str(item.get(NODE.field_name))
        node = workflow.get(node_id)
        if not isinstance(node, dict):
            reason = "node_not_found_in_workflow"
        elif field not in (node.get("inputs") or {}):
            reason = "field_not_found_in_node_inputs"
        else:
            continue
        return f"NODE_INFO_MISMATCH(nodeId={node_id}, fieldName={field}, reason={reason})"
    return None


def app_mismatch(nodes: Any) -> str | None:
    """The 803 message for the first nodeInfoList item the sandbox's AI App template lacks."""
    if not isinstance(nodes, list):
        return None
    inputs: dict[str, set[str]] = {}
    for n in APP_NODES:
        inputs.setdefault(n[APP_NODE.node_id], set()).add(n[APP_NODE.field_name])
    template = {node_id: {"inputs": dict.fromkeys(fields)} for node_id, fields in inputs.items()}
    return mismatch(template, nodes)


def workflow_routes(h: SandboxApp) -> list[Route]:
    """The routes this module serves, bound to the sandbox app `h`."""
    from ._app import legacy as _legacy  # the sandbox's one legacy envelope (imported late: _app imports us)
    from ._app import spec_route

    # the call example's query parameter that names the app (the other one carries the key)
    key_param = h.index.key_field("get_ai_app_call_example")
    webapp_param = next(n for n in h.index.query_params("get_ai_app_call_example") if n != key_param)

    async def workflow_json(request: Request) -> Response:
        _, error = await h.legacy_body(request, "get_workflow_json")
        if error is not None:
            return error
        return _legacy(0, "SUCCESS", {WORKFLOW_JSON.prompt: json.dumps(WORKFLOW, ensure_ascii=False)})

    async def api_call_demo(request: Request) -> Response:
        key = request.query_params.get(str(h.index.key_field("get_ai_app_call_example")))
        key_ok = key is not None and h.state.config.key_ok(key)
        h.note(request, key_ok=key_ok)
        if not key_ok:
            h.note(request, error_code="802")
            return _legacy(802, "APIKEY_UNAUTHORIZED")
        webapp_id = request.query_params.get(webapp_param)
        if not webapp_id:
            h.note(request, error_code="301")
            return _legacy(301, f"PARAMS_INVALID ({webapp_param}: is required)")
        example = {
            APP_RUN_REQUEST.webapp_id: webapp_id,
            str(h.index.key_field("run_ai_app")): "{{apikey}}",
            APP_RUN_REQUEST.node_info_list: [{k: n[k] for k in _EXAMPLE_NODE_KEYS} for n in APP_NODES],
        }
        curl = (
            f"curl --location --request POST '{h.state.base_url}{h.index.path('run_ai_app')}' "
            "--header 'Content-Type: application/json' "
            f"--data-raw '{json.dumps(example, ensure_ascii=False)}'"
        )
        data = {
            API_DEMO.curl: curl,
            API_DEMO.webapp_name: "Sandbox app",
            API_DEMO.statistics_info: {
                "likeCount": "1",
                "downloadCount": "0",
                "useCount": "42",
                "pv": "0",
                "collectCount": "3",
            },
            API_DEMO.node_info_list: copy.deepcopy(APP_NODES),
            API_DEMO.covers: [],
            API_DEMO.tags: [
                {
                    APP_TAG.id: "1871151815242543214",
                    APP_TAG.name: "沙盒",
                    APP_TAG.name_en: "Sandbox",
                    APP_TAG.labels: None,
                }
            ],
        }
        return _legacy(0, "success", data)

    async def create(request: Request) -> Response:
        body, error = await h.legacy_body(request, "create_workflow_task")
        if error is not None:
            return error
        workflow: Any = WORKFLOW
        given = body.get(WORKFLOW_CREATE_REQUEST.workflow)
        if isinstance(given, str):
            try:
                workflow = json.loads(given)
            except ValueError:
                h.note(request, error_code="301")
                return _legacy(301, f"PARAMS_INVALID ({WORKFLOW_CREATE_REQUEST.workflow}: not JSON)")
        problem = mismatch(workflow, body.get(WORKFLOW_CREATE_REQUEST.node_info_list))
        if problem:
            h.note(request, error_code="803")
            return _legacy(803, problem)
        return await h._legacy_create(request, "create_workflow_task")

    def app_run(operation_id: str) -> Callable[[Request], Awaitable[Response]]:
        async def run(request: Request) -> Response:
            body, error = await h.legacy_body(request, operation_id)
            if error is not None:
                return error
            problem = app_mismatch(body.get(APP_RUN_REQUEST.node_info_list))
            if problem:
                h.note(request, error_code="803")
                return _legacy(803, problem)
            return await h._legacy_create(request, operation_id)

        return run

    return [
        spec_route(h.index, "get_workflow_json", workflow_json),
        spec_route(h.index, "get_ai_app_call_example", api_call_demo),
        spec_route(h.index, "create_workflow_task", create),
        spec_route(h.index, "run_ai_app", app_run("run_ai_app")),
        spec_route(h.index, "run_quick_create", app_run("run_quick_create")),
    ]
