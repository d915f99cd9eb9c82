"""The sandbox's `netWssUrl` channel: ComfyUI's native progress messages for a running task.

`/ws/c_instance?clientId=...` (the URL a legacy create or an outputs 804 reply names) streams,
on the task's own clock, what a RunningHub ComfyUI instance sends (PLATFORM-EXTRAS §4,
captures ws.*.json): `execution_start`, `execution_cached` for the loader nodes, `executing`
and `progress` (value/max) through the sandbox workflow's nodes, `executed` for the save node,
then `executing {node: null}` and `execution_success`, or `execution_error` for a failing
task and `execution_interrupted` for a cancelled one.

A fault on `GET /ws/c_instance` (any kind, e.g. `add_fault("/ws/c_instance", "drop_during")`)
closes the socket after its first message without an end, as the documented unstable channel
does, so clients can be tested falling back to polling.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from typing import TYPE_CHECKING, Any

from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from ._own_keys import WS_CLIENT_ID
from ._state import CANCEL, FAILED, QUEUED, SUCCESS, TERMINAL

if TYPE_CHECKING:
    from ._app import SandboxApp
    from ._state import Task

WS_PATH = "/ws/c_instance"
CACHED = ["4", "10", "13"]  # loader nodes of the sandbox workflow (_workflow_routes.WORKFLOW)
EXECUTED = ["6", "7", "5", "3", "8", "9"]  # in ComfyUI's order; "3" (KSampler) reports steps
SAMPLER, STEPS, SAVE = "3", 10, "9"
TICK = 0.05  # how often the stream looks at the task's state


def _message(kind: str, prompt_id: str, **data: Any) -> dict[str, Any]:
    return {"type": kind, "data": {**data, "prompt_id": prompt_id}}


def _plan(task: Task) -> list[tuple[float, dict[str, Any]]]:
    """(seconds after the task starts running, message) for a task that runs to its end."""
    prompt_id = str(uuid.uuid5(uuid.NAMESPACE_OID, task.task_id))
    run = max(task.run_for, 0.01)
    plan: list[tuple[float, dict[str, Any]]] = [
        (0.0, _message("execution_start", prompt_id, timestamp=int(time.time() * 1000))),
        (0.0, _message("execution_cached", prompt_id, nodes=CACHED)),
    ]
    share = run * 0.9 / len(EXECUTED)  # the end message comes at the task's end, after all nodes
    for i, node in enumerate(EXECUTED):
        at = i * share
        plan.append((at, _message("executing", prompt_id, node=node)))
        if node == SAMPLER:
            plan += [
                (at + share * step / STEPS, _message("progress", prompt_id, value=step, max=STEPS, node=node))
                for step in range(1, STEPS + 1)
            ]
    plan.append(
        (
            len(EXECUTED) * share,
            _message(
                "executed",
                prompt_id,
                node=SAVE,
                output={"images": [{"filename": f"ComfyUI_{task.task_id}.png", "subfolder": "", "type": "output"}]},
            ),
        )
    )
    return plan


def _end(task: Task, status: str) -> list[dict[str, Any]]:
    prompt_id = str(uuid.uuid5(uuid.NAMESPACE_OID, task.task_id))
    if status == CANCEL:
        return [_message("execution_interrupted", prompt_id, node_id=None, node_type=None, executed=[])]
    if status == FAILED:
        return [
            _message(
                "execution_error",
                prompt_id,
                node_id=SAMPLER,
                node_type="KSampler",
                executed=EXECUTED[:3],
                exception_message="sandbox: the task was asked to fail",
                exception_type="RuntimeError",
                traceback=[],
                current_inputs={},
                current_outputs={},
            )
        ]
    return [
        _message("executing", prompt_id, node=None),
        _message("execution_success", prompt_id, timestamp=int(time.time() * 1000)),
    ]


def ws_routes(h: SandboxApp) -> list[WebSocketRoute]:
    state = h.state

    async def channel(websocket: WebSocket) -> None:
        client_id = websocket.query_params.get(WS_CLIENT_ID, "")
        task = next((t for t in state.iter_tasks() if t.client_id and t.client_id == client_id), None)
        entry = state.journal_begin("GET", WS_PATH, list(websocket.query_params.keys()))
        fault = state.take_fault("GET", WS_PATH)
        if task is None:
            state.note(entry, status=403)
            await websocket.close(code=4403, reason="unknown clientId")
            return
        await websocket.accept()
        state.note(entry, status=101, task_id=task.task_id)
        try:
            while task.status(time.monotonic()) == QUEUED:
                await asyncio.sleep(TICK)
            started = task.created + task.queued_for
            for sent, (at, message) in enumerate(_plan(task), start=1):
                while time.monotonic() < started + at:
                    if task.status(time.monotonic()) in TERMINAL:  # cancelled, or ended early (end_task)
                        break
                    await asyncio.sleep(min(TICK, max(0.0, started + at - time.monotonic())))
                if task.status(time.monotonic()) == CANCEL:
                    break
                await websocket.send_json(message)
                if fault is not None:  # the unstable channel: gone after one message, no end
                    state.note(entry, dropped_after=sent)
                    await websocket.close(code=1011)
                    return
            status = task.status(time.monotonic())
            while status not in (SUCCESS, FAILED, CANCEL):
                await asyncio.sleep(min(TICK, max(0.0, task.ends_at - time.monotonic())))
                status = task.status(time.monotonic())
            for message in _end(task, status):
                await websocket.send_json(message)
            await websocket.close()
        except (WebSocketDisconnect, RuntimeError):
            return  # the client went away

    return [WebSocketRoute(WS_PATH, channel)]
