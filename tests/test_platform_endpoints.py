"""The platform endpoints end to end over loopback HTTP against the sandbox: price preview, queue
status, API keys, the resource and AI App catalogues (paged) and the asset library, from the sync
client, the async client and the CLI; and the sandbox's replies have the captures' shape.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any, Final

import httpx
import pytest
from conftest import SHARED
from runninghub import AsyncRunningHub, AuthenticationError, InvalidParamsError, RunningHub
from test_cli import rh as run_cli

IMAGE: Final = "gpt-image-2/text-to-image-official-stable"
IMAGE_PATH = "/openapi/v2/rhart-image-g-2-official/text-to-image"
SEEDANCE: Final = "seedance-2.0-global/multimodal-video"
CAPTURES = SHARED / "captures"
PLATFORM_PATHS = (
    "/openapi/v2/price-preview/",
    "/openapi/v2/queue/status",
    "/openapi/v2/api-key/list",
    "/openapi/v2/resource/list",
    "/openapi/v2/aiapp/list",
    "/openapi/v2/assets/",
)


def client(sb: Any) -> RunningHub:
    return RunningHub(api_key=sb.api_key, base_url=sb.base_url)


def image_body(prompt: str = "a cat") -> dict[str, Any]:
    """A valid submit body of IMAGE (the wrapper fills in its configuration defaults)."""
    return RunningHub(api_key="unused").validate(IMAGE, prompt=prompt)


def paths(sb: Any, prefix: str) -> list[str]:
    return [e["path"] for e in sb.journal if e["path"].startswith(prefix)]


def submits(sb: Any) -> list[dict[str, Any]]:
    """Requests that could create a task (model and run routes)."""
    skip = ("/openapi/v2/query", "/openapi/v2/media/upload/binary", *PLATFORM_PATHS)
    return [e for e in sb.journal if e["path"].startswith("/openapi/v2/") and not e["path"].startswith(skip)]


# --------------------------------------------------------------------------- reply shapes
def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return {str: "string", list: "array", dict: "object", type(None): "null"}[type(value)]


def same_shape(capture: Any, actual: Any, where: str = "reply") -> list[str]:
    """Where `actual` lacks a field of `capture` or holds another JSON type (null in the capture
    matches anything; the first item of a list stands for all)."""
    if capture is None:
        return []
    if _kind(capture) != _kind(actual):
        return [f"{where}: {_kind(actual)} where the capture has {_kind(capture)}"]
    problems: list[str] = []
    if isinstance(capture, dict):
        for key, value in capture.items():
            if key not in actual:
                problems.append(f"{where}.{key}: missing")
            else:
                problems += same_shape(value, actual[key], f"{where}.{key}")
    elif isinstance(capture, list) and capture and actual:
        problems += same_shape(capture[0], actual[0], f"{where}[0]")
    return problems


def _capture(name: str) -> dict[str, Any]:
    path = CAPTURES / name
    if not path.exists():
        pytest.skip(f"captures not found at {path}")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_the_sandbox_answers_with_the_captures_field_names_and_types(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    http = httpx.Client(base_url=sb.base_url, headers={"Authorization": f"Bearer {sb.api_key}"})
    group = http.post("/openapi/v2/assets/groups/create", json={"name": "g"}).json()["data"]["groupId"]
    created = http.post("/openapi/v2/assets/create", json={"groupId": group, "url": "https://h/a.png", "name": "a"})
    asset_id = created.json()["data"]["assetId"]
    replies = {
        "price-preview.success.json": http.post(f"/openapi/v2/price-preview/{IMAGE_PATH[12:]}", json=image_body()),
        "queue-status.success.json": http.get("/openapi/v2/queue/status"),
        "api-key-list.success.json": http.get("/openapi/v2/api-key/list"),
        "resource-list.success.json": http.post("/openapi/v2/resource/list", json={"resourceType": "LORA"}),
        "aiapp-list.success.json": http.post("/openapi/v2/aiapp/list", json={"current": 1, "size": 10}),
        "assets-create.success.json": created,
        "assets-query.success.json": http.post("/openapi/v2/assets/query", json={"assetId": asset_id}),
    }
    for name, reply in replies.items():
        assert reply.status_code == 200, (name, reply.text)
        assert same_shape(_capture(name)["reply"], reply.json()) == [], name
    missing_id = http.post("/openapi/v2/assets/query", json={})
    assert missing_id.json()["msg"] == _capture("assets-query.refused-missing-id.json")["reply"]["msg"]
    sb.configure(api_key_type="NORMAL")
    refused = http.post(f"/openapi/v2/price-preview/{IMAGE_PATH[12:]}", json=image_body()).json()
    assert refused["errorCode"] == _capture("price-preview.refused-1014.json")["reply"]["errorCode"]
    assert sb.tasks_created == 0  # a preview never creates a task


def test_the_price_preview_body_is_checked_against_the_models_schema(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    http = httpx.Client(base_url=sb.base_url, headers={"Authorization": f"Bearer {sb.api_key}"})
    bad = http.post(f"/openapi/v2/price-preview/{IMAGE_PATH[12:]}", json={**image_body(), "prompt": 3})
    assert bad.json()["errorCode"] == "1007" and "prompt" in bad.json()["errorMessage"]
    unknown = http.post("/openapi/v2/price-preview/no/such-model", json={})
    assert unknown.json()["errorCode"] == "1001"
    escaped = http.post(f"/openapi/v2/price-preview/{IMAGE_PATH[12:].replace('/', '%2F')}", json=image_body())
    assert escaped.json()["estimatedPrice"] == 0.05  # what a generic generated client sends
    assert httpx.get(sb.base_url + "/openapi/v2/queue/status").json()["code"] == 401  # bearer auth


# --------------------------------------------------------------------------- sync client
def test_estimate_queue_keys_and_catalogues_from_the_sync_client(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    with client(sb) as c:
        estimate = c.estimate(IMAGE, prompt="a cat")
        assert estimate.price == Decimal("0.05") and estimate.currency == "CNY" and not estimate.free
        assert estimate.raw["priceTextEn"] == "CNY 0.05/call"
        [preview] = [e for e in sb.journal if e["path"].startswith("/openapi/v2/price-preview/")]
        assert preview["path"] == "/openapi/v2/price-preview/" + IMAGE_PATH[12:]  # slashes unescaped
        assert preview["body"]["prompt"] == "a cat"
        assert submits(sb) == [] and sb.tasks_created == 0

        with pytest.raises(InvalidParamsError) as bad:  # validated like a submit: nothing sent
            c.estimate(IMAGE, prompt="a cat", no_such_field=1)
        assert bad.value.field == "no_such_field"
        assert len(paths(sb, "/openapi/v2/price-preview/")) == 1

        c.submit(IMAGE, prompt="a cat")
        queue = c.queue_status()
        assert (queue.concurrent_limit, queue.key_type, queue.total) == (50, "SHARED", 1)
        assert (queue.running, queue.queued) in ((1, 0), (0, 1)) and queue.free_slots == 49

        [key] = c.api_keys()
        assert key.enabled and key.key is not None and sb.api_key not in key.key  # masked

        loras = list(c.resources(resource_type="LORA", page_size=2))
        assert [r.name for r in loras] == ["Watercolor Style", "Ink Style", "Portrait Detail"]
        assert all(r.node_model_name and r.type == "LORA" for r in loras)
        assert len(paths(sb, "/openapi/v2/resource/list")) == 2  # read page by page
        assert [r.name for r in c.resources(name="ink")] == ["Ink Style"]

        apps = list(c.apps(page_size=5, limit=12))
        assert len(apps) == 12 and len(paths(sb, "/openapi/v2/aiapp/list")) == 3
        assert apps[0].webapp_id == "1877265245566922800" and apps[0].nodes[0]["fieldName"] == "text"
        assert len(list(c.apps(page_size=50))) == 23


def test_a_key_that_cannot_preview_gets_authentication_error_1014(runninghub_sandbox: Any) -> None:
    runninghub_sandbox.configure(api_key_type="NORMAL")
    with client(runninghub_sandbox) as c:
        with pytest.raises(AuthenticationError) as refused:
            c.estimate(IMAGE, prompt="a cat")
        assert refused.value.error_code == "1014"
        assert c.queue_status().key_type == "NORMAL"


def test_estimate_leaves_local_files_out_and_uploads_nothing(runninghub_sandbox: Any, tmp_path: Path) -> None:
    sb = runninghub_sandbox
    png = tmp_path / "in.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    with client(sb) as c:
        with pytest.raises(InvalidParamsError) as needed:  # a required file field cannot be left out
            c.estimate("seedream-v4/image-to-image", prompt="a cat", imageUrls=[png])
        assert needed.value.field == "imageUrls" and "does not upload" in str(needed.value)
        url = c.upload(png).url
        assert c.estimate("seedream-v4/image-to-image", prompt="a cat", imageUrls=[url]).price == Decimal("0.05")
    assert paths(sb, "/openapi/v2/media/upload") == ["/openapi/v2/media/upload/binary"]  # only the explicit one
    previews = [e for e in sb.journal if e["path"].startswith("/openapi/v2/price-preview/")]
    assert "imageUrls" not in previews[0]["body"] and previews[1]["body"]["imageUrls"] == [url]


def test_assets_lifecycle_and_an_asset_reference_in_a_model_field(runninghub_sandbox: Any, tmp_path: Path) -> None:
    sb = runninghub_sandbox
    sb.configure(asset_processing=0.2)
    video = tmp_path / "clip.mp4"
    video.write_bytes(b"\0\0\0\x18ftypisom" + b"\0" * 64)
    with client(sb) as c:
        group = c.assets.groups.create("people", description="real persons")
        image = c.assets.create("https://example.invalid/face.png", name="face", group=group)
        assert image.type == "Image" and not image.ready
        clip = c.assets.create(video, group=group.id)  # a local file: uploaded first
        assert clip.type == "Video"
        assert paths(sb, "/openapi/v2/media/upload/binary") == ["/openapi/v2/media/upload/binary"]
        ready = c.assets.wait(image, interval=0.05)
        assert ready.status == "ACTIVE" and ready.uri == f"asset://{image.id}"
        assert c.assets.wait(clip.uri, interval=0.05).status == "READY"
        assert {a.id for a in c.assets.list(group=group)} == {image.id, clip.id}
        assert c.assets.update(image, name="face 2").name == "face 2"
        assert c.assets.groups.query(group).asset_count == 2
        assert c.assets.groups.update(group, name="people 2").name == "people 2"
        assert [g.name for g in c.assets.groups.list()] == ["people 2"]

        task = c.submit(SEEDANCE, prompt="two people", imageUrls=[ready.uri])
        [record] = sb.task_records()
        assert record["task_id"] == task.id and record["body"]["imageUrls"] == [ready.uri]

        c.assets.delete(clip)
        assert [a.id for a in c.assets.list()] == [image.id]
        c.assets.groups.delete(group)
        assert list(c.assets.groups.list()) == []
        with pytest.raises(InvalidParamsError):
            c.assets.query("asset://")


# --------------------------------------------------------------------------- async client
def test_the_async_client_has_the_same_platform_methods(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    sb.configure(asset_processing=0.0)

    async def main() -> None:
        async with AsyncRunningHub(api_key=sb.api_key, base_url=sb.base_url) as c:
            assert (await c.estimate(IMAGE, {"prompt": "a cat"})).price == Decimal("0.05")
            assert (await c.queue_status()).concurrent_limit == 50
            assert len(await c.api_keys()) == 1
            assert [r.type async for r in c.resources(resource_type="GGUF")] == ["GGUF"]
            assert len([a async for a in c.apps(page_size=10, limit=15)]) == 15
            group = await c.assets.groups.create("g")
            asset = await c.assets.create("https://example.invalid/v.mp4", group=group)
            assert (await c.assets.wait(asset, interval=0.01)).ready
            assert [a.id async for a in c.assets.list(group=group)] == [asset.id]
            assert (await c.assets.update(asset, name="n")).name == "n"
            await c.assets.delete(asset)
            assert (await c.assets.groups.query(group)).asset_count == 0
            await c.assets.groups.delete(group)

    asyncio.run(main())
    assert sb.tasks_created == 0


def test_sync_and_async_platform_methods_have_the_same_signatures_and_docs() -> None:
    import inspect

    names = ["estimate", "queue_status", "api_keys", "resources", "apps", "run_many", "submit_workflow", "submit_app"]
    for name in names:
        sync, aio = getattr(RunningHub, name), getattr(AsyncRunningHub, name)
        assert list(inspect.signature(sync).parameters) == list(inspect.signature(aio).parameters), name
    for name in ["estimate", "queue_status", "api_keys", "resources", "apps"]:
        assert getattr(RunningHub, name).__doc__ == getattr(AsyncRunningHub, name).__doc__, name
    from runninghub._assets import Assets
    from runninghub._async_assets import AsyncAssets

    for name in ["create", "query", "wait", "list", "update", "delete"]:
        assert getattr(Assets, name).__doc__ == getattr(AsyncAssets, name).__doc__, name


# --------------------------------------------------------------------------- CLI
def _rh(sb: Any, *args: str) -> subprocess.CompletedProcess[str]:
    """The command in this process (test_cli.rh), with the sandbox's key and URL."""
    return run_cli(sb, *args)


def _json(done: subprocess.CompletedProcess[str]) -> Any:
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_cli_prices_lists_and_manages_assets(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    sb.configure(asset_processing=0.0)
    price = _json(_rh(sb, "price", IMAGE, "-p", "prompt=a cat", "--json"))
    assert price["price"] == 0.05 and price["price_text"] == "0.05" and price["currency"] == "CNY"
    assert "0.05 CNY" in _rh(sb, "price", IMAGE, "-p", "prompt=a cat").stdout
    bad = _rh(sb, "price", IMAGE, "-p", "nope=1")
    assert bad.returncode == 2 and "nope" in bad.stderr
    assert _json(_rh(sb, "queue", "--json"))["concurrent_limit"] == 50
    apps = _json(_rh(sb, "apps", "--limit", "3", "--json"))
    assert [a["webapp_id"] for a in apps] == [str(1877265245566922800 + i) for i in range(3)]
    assert "Sandbox App 1" in _rh(sb, "apps", "--limit", "1").stdout
    assert _json(_rh(sb, "keys", "--json"))[0]["enabled"] is True
    assert {r["type"] for r in _json(_rh(sb, "resources", "--type", "LORA", "--json"))} == {"LORA"}
    group = _json(_rh(sb, "assets", "groups", "create", "g", "--json"))["group_id"]
    asset = _json(_rh(sb, "assets", "create", "https://example.invalid/a.png", "--group", group, "--json"))
    assert asset["ready"] and asset["uri"] == "asset://" + asset["asset_id"]
    assert _json(_rh(sb, "assets", "query", asset["uri"], "--json"))["status"] == "ACTIVE"
    assert _json(_rh(sb, "assets", "update", asset["asset_id"], "--name", "n", "--json"))["name"] == "n"
    assert [a["asset_id"] for a in _json(_rh(sb, "assets", "list", "--group", group, "--json"))] == [asset["asset_id"]]
    assert _json(_rh(sb, "assets", "groups", "query", group, "--json"))["asset_count"] == 1
    assert _json(_rh(sb, "assets", "delete", asset["asset_id"], "--json"))["deleted"] is True
    assert _json(_rh(sb, "assets", "groups", "list", "--json"))[0]["asset_count"] == 0
    assert sb.tasks_created == 0


# --------------------------------------------------------------------------- parsing the captures
def test_the_captured_replies_parse_into_the_wrappers_types() -> None:
    from runninghub._platform import AiApp, ApiKey, Asset, Estimate, QueueStatus, Resource

    price = Estimate.from_reply(_capture("price-preview.success.json")["reply"], IMAGE)
    assert (price.price, price.currency, price.free, price.cost) == (Decimal("0.5"), "CNY", False, Decimal("0.5"))
    free = Estimate.from_reply({"errorCode": "", "estimatedPrice": "0.50", "isFreeThisCall": True}, IMAGE)
    assert free.price == Decimal("0.50") and free.free and free.cost == 0  # a free call counts 0 in a budget
    queue = QueueStatus.from_reply(_capture("queue-status.success.json")["reply"]["data"])
    assert (queue.key_type, queue.concurrent_limit, queue.running, queue.queued, queue.free_slots) == (
        "SHARED",
        30,
        0,
        0,
        30,
    )
    [key] = [ApiKey.from_reply(k) for k in _capture("api-key-list.success.json")["reply"]["data"]]
    assert key.enabled and key.quota_used == Decimal(12) and key.quota_limit is None
    [resource] = [Resource.from_reply(r) for r in _capture("resource-list.success.json")["reply"]["data"]["records"]]
    assert resource.type == "LORA" and resource.base_models == ("<base>",)
    [app] = [AiApp.from_reply(a) for a in _capture("aiapp-list.success.json")["reply"]["data"]["records"]]
    assert app.webapp_id == "1877265245566922800"  # parsed out of invokeExample, every digit kept
    asset = Asset.from_reply(_capture("assets-query.success.json")["reply"]["data"])
    assert asset.ready and asset.type == "Image" and asset.uri == "asset://<asset id>"
    assert not Asset.from_reply(_capture("assets-create.success.json")["reply"]["data"]).ready


def test_a_listed_app_runs_with_the_nodes_its_listing_shows(runninghub_sandbox: Any) -> None:
    """What docs/platform-endpoints.md suggests: run_app(app.webapp_id, app.nodes) passes the
    check against the app's own template."""
    with RunningHub(api_key=runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        app = next(iter(client.apps()))
        assert app.nodes and app.webapp_id
        assert client.run_app(app.webapp_id, app.nodes, timeout=30).succeeded
