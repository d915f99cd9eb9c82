"""The workflow, app, lora and webhook commands, run in this process (test_cli.rh) against the sandbox."""

from __future__ import annotations

import hashlib
import json
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_cli import _env
from test_cli import rh as run_cli
from test_workflows import APP_DEMO_PATH, APP_ID, PNG_1PX, QUICK_RUN_PATH, WF, WORKFLOW_JSON_PATH, Receiver


def rh(sb: Any, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The command in this process (test_cli.rh), with the sandbox's key and URL and no colour."""
    return run_cli(None, *args, env={**_env(sb, NO_COLOR="1"), **(env or {})})


@pytest.fixture
def sb(runninghub_sandbox: Any) -> Any:
    runninghub_sandbox.configure(task_duration=0.2, webhook_retries=0)
    return runninghub_sandbox


def test_workflow_show_lists_nodes_and_editable_inputs(sb: Any) -> None:
    table = rh(sb, "workflow", "show", WF)
    assert table.returncode == 0, table.stderr
    rows = [line.split() for line in table.stdout.splitlines()]
    assert ["6", "CLIPTextEncode", "Positive", "Prompt", "text", "a", "cat"] in rows
    assert ["10", "LoadImage", "Load", "Image", "image", "example.png", "image"] in rows
    assert not any(r[:1] == ["6"] and "clip" in r for r in rows)  # links only with --links
    assert "<- node 13 output 1" in rh(sb, "workflow", "show", WF, "--links").stdout
    data = json.loads(rh(sb, "workflow", "show", WF, "--json").stdout)
    node = next(n for n in data["nodes"] if n["id"] == "6")
    assert node["inputs"] == {"text": "a cat", "clip": {"link": ["13", 1]}} and node["title"] == "Positive Prompt"


def test_workflow_run_with_a_wrong_node_exits_2_with_nothing_sent(sb: Any, tmp_path: Path) -> None:
    image = tmp_path / "in.png"
    image.write_bytes(PNG_1PX)
    done = rh(sb, "workflow", "run", WF, "--node", "6:txt=a cat", "--node-file", f"10:image={image}")
    assert done.returncode == 2 and "has no input 'txt'" in done.stderr and "editable inputs: text" in done.stderr
    assert [e["path"] for e in sb.journal] == [WORKFLOW_JSON_PATH]  # the free template read: no upload, no task


def test_app_show_styles_and_quick_create(sb: Any) -> None:
    shown = rh(sb, "app", "show", APP_ID)
    assert shown.returncode == 0, shown.stderr
    assert ["25", "steps", "INT", "20", "Steps"] in [line.split() for line in shown.stdout.splitlines()]
    data = json.loads(rh(sb, "app", "show", APP_ID, "--json").stdout)
    model = next(n for n in data["nodes"] if n["field_name"] == "model")
    assert model["field_type"] == "LIST" and "flux-kontext-max" in model["options"]
    styles = json.loads(rh(sb, "app", "styles", APP_ID, "--json").stdout)
    assert [s["modelKey"] for s in styles] == ["watercolor", "ink"]
    bad = rh(sb, "app", "run", APP_ID, "-n", "25:steps=many", "--no-wait")
    assert bad.returncode == 2 and "takes an integer" in bad.stderr
    quick = rh(sb, "app", "quick-create", APP_ID, "--code", "002", "-n", "3:text=hi", "--no-wait", "--json")
    assert quick.returncode == 0, quick.stderr
    [run] = [e for e in sb.journal if e["path"] == QUICK_RUN_PATH]
    assert run["task_id"] == json.loads(quick.stdout)["task_id"] and run["body"]["quickCreateCode"] == "002"
    assert APP_DEMO_PATH in [e["path"] for e in sb.journal]


@pytest.mark.no_prism("the PUT goes to the sandbox's own storage route, and the test reads its files")
def test_lora_upload(sb: Any, tmp_path: Path) -> None:
    data = b"lora from the cli " * 10000
    path = tmp_path / "style.safetensors"
    path.write_bytes(data)
    done = rh(sb, "lora", "upload", str(path), "--name", "my style", "--json")
    assert done.returncode == 0, done.stderr
    md5 = hashlib.md5(data).hexdigest()
    assert json.loads(done.stdout) == {"file_name": f"api-lora-cn/{md5}.safetensors"}
    assert (sb.state.files_dir / "lora" / f"{md5}.safetensors").read_bytes() == data


@pytest.fixture
def receivers() -> Iterator[tuple[Receiver, Receiver]]:
    bad, good = Receiver(500), Receiver(200)
    yield bad, good
    bad.close()
    good.close()


@pytest.mark.no_prism("the sandbox delivers webhooks to a loopback receiver")
def test_webhook_detail_and_resend(sb: Any, receivers: tuple[Receiver, Receiver]) -> None:
    bad, good = receivers
    run = rh(sb, "workflow", "run", WF, "-n", "6:text=x", "--webhook-url", bad.url, "--no-wait", "--json")
    task_id = json.loads(run.stdout)["task_id"]
    deadline = time.monotonic() + 15
    while True:
        detail = rh(sb, "webhook", "detail", task_id, "--json")
        if detail.returncode == 0 and json.loads(detail.stdout)["callback_status"] == "FAILED":
            break
        assert time.monotonic() < deadline, detail.stderr
        time.sleep(0.05)
    event = json.loads(detail.stdout)
    assert event["task_id"] == task_id and event["webhook_url"] == bad.url
    table = rh(sb, "webhook", "detail", task_id)
    assert ["status", "FAILED"] in [line.split() for line in table.stdout.splitlines()]
    resent = rh(sb, "webhook", "resend", event["id"], "--url", good.url, "--json")
    assert resent.returncode == 0, resent.stderr
    assert json.loads(resent.stdout) == {"resent": True, "webhook_id": event["id"], "webhook_url": good.url}
    deadline = time.monotonic() + 10
    while not good.bodies:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    assert good.bodies[0]["taskId"] == task_id


def test_run_options_reach_the_body(sb: Any, tmp_path: Path) -> None:
    graph = {"1": {"class_type": "CLIPTextEncode", "inputs": {"text": "hi", "clip": ["2", 1]}, "_meta": {"title": "T"}}}
    graph_file = tmp_path / "api.json"
    graph_file.write_text(json.dumps(graph), encoding="utf-8")
    bad = rh(sb, "workflow", "run", WF, "-n", "6:text=x", "--workflow-file", str(graph_file), "--no-wait")
    assert bad.returncode == 2 and "has no node '6'" in bad.stderr  # checked against the file's graph
    assert sb.journal == []
    env_password = {"RUNNINGHUB_ACCESS_PASSWORD": "pw"}
    done = rh(sb, "workflow", "run", WF, "-n", "1:text=x", "--workflow-file", str(graph_file), "--no-metadata",
              "--use-personal-queue", "--retain-seconds", "30", "--no-wait", env=env_password)  # fmt: skip
    assert done.returncode == 0, done.stderr
    [create] = [e["body"] for e in sb.journal if e["path"] == "/task/openapi/create"]
    assert json.loads(create["workflow"]) == graph and create["addMetadata"] is False
    assert (create["usePersonalQueue"], create["retainSeconds"], create["accessPassword"]) == (True, 30, "pw")
    app = rh(sb, "app", "run", APP_ID, "-n", "3:text=x", "--retain-seconds", "10", "--no-wait")
    assert app.returncode == 0, app.stderr
    [run] = [e["body"] for e in sb.journal if e["path"] == "/task/openapi/ai-app/run"]
    assert run["retainSeconds"] == 10 and "usePersonalQueue" not in run and "accessPassword" not in run
