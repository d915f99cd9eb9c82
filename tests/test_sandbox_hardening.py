"""The sandbox is safe to run in other people's test suites, and charges like RunningHub.

Hardening: bounded request bodies, no temporary files left by extra multipart parts, control
routes that a web page cannot drive and that refuse bad settings, fault patterns that cannot
stall the event loop, and a config route that never shows the key. Money: prices by rule from a
pricing file (or flat), a balance that goes down, and a submit beyond it refused.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import runninghub
from conftest import SHARED
from runninghub.sandbox import RemoteSandbox, Sandbox
from runninghub.sandbox._state import MAX_MATCHED_PATH, Fault

IMAGE_PATH = "/openapi/v2/rhart-image-g-2-official/text-to-image"
IMAGE_BODY = {"prompt": "a matte white smart speaker", "aspectRatio": "16:9", "resolution": "2k", "quality": "medium"}
KEY = "hardening-key"
PRICING = SHARED / "raw" / "ComfyUI_RH_OpenAPI.developer-kit.pricing.public.json"


@pytest.fixture(scope="module")
def sb() -> Iterator[Sandbox]:
    with Sandbox(api_key=KEY, task_duration=0) as sandbox:
        yield sandbox


@pytest.fixture(autouse=True)
def _fresh(sb: Sandbox) -> None:
    sb.reset()


def v2(sb: Sandbox) -> httpx.Client:
    return httpx.Client(base_url=sb.base_url, headers={"Authorization": f"Bearer {KEY}"}, timeout=10)


def plain(sb: Sandbox) -> httpx.Client:
    return httpx.Client(base_url=sb.base_url, timeout=10)


def tmp_files(sb: Sandbox) -> list[Path]:
    return sorted((sb.state.workdir / "tmp").iterdir())


# ------------------------------------------------------------------------- request bodies
def test_json_bodies_are_bounded(sb: Sandbox) -> None:
    sb.configure(max_body_bytes=2000)
    big = {**IMAGE_BODY, "prompt": "x" * 3000}
    with v2(sb) as c:
        reply = c.post(IMAGE_PATH, json=big)
        assert reply.status_code == 413 and reply.json()["errorCode"] == "1007"

        def chunks() -> Iterator[bytes]:  # no Content-Length: refused while it streams
            yield json.dumps(big).encode()[:1500]
            yield json.dumps(big).encode()[1500:]

        streamed = c.post(IMAGE_PATH, content=chunks(), headers={"Content-Type": "application/json"})
        assert streamed.status_code == 413
        assert c.post(IMAGE_PATH, json=IMAGE_BODY).status_code == 200  # a normal body still works
    with plain(sb) as c:
        legacy = c.post("/task/openapi/create", json={"apiKey": KEY, "workflowId": "1", "workflow": "x" * 3000})
        assert legacy.status_code == 413 and legacy.json()["code"] == 301
        control = c.post("/__sandbox/config", json={"fail_marker": "x" * 3000})
        assert control.status_code == 413
    assert sb.tasks_created == 1 and sb.config.fail_marker == "[[fail]]"


def test_extra_multipart_parts_leave_no_temporary_files(sb: Sandbox) -> None:
    files = [("file", ("a.png", b"A" * 1000)), ("other", ("b.png", b"B" * 1000)), ("more", ("c.png", b"C" * 10))]
    with v2(sb) as c:
        assert c.post("/openapi/v2/media/upload/binary", files=files).json()["code"] == 0
        assert c.post("/openapi/v2/media/upload/binary", files=files[1:]).status_code == 400  # no `file` part
    with plain(sb) as c:
        legacy = c.post("/task/openapi/upload", data={"apiKey": KEY}, files=files)
        assert legacy.json()["code"] == 0
    assert tmp_files(sb) == []
    assert sorted(p.name for p in (sb.state.files_dir / "uploads").iterdir()) == [
        f"{__import__('hashlib').sha256(b'A' * 1000).hexdigest()}.png"
    ]


def test_many_multipart_parts_are_bounded_in_total(sb: Sandbox) -> None:
    sb.configure(max_upload_bytes=10_000)
    # each part is under the per-file limit, together they are far over limit + 1 MB
    files = [("file", ("a.png", b"A" * 10))] + [(f"p{i}", (f"{i}.bin", b"x" * 9_000)) for i in range(150)]

    built = httpx.Request("POST", "http://x/", files=files)
    headers = {"Content-Type": built.headers["content-type"]}

    def body() -> Iterator[bytes]:  # streamed (no Content-Length), so only the total bound stops it
        yield from built.stream  # type: ignore[misc]

    with v2(sb) as c:
        try:
            reply = c.post("/openapi/v2/media/upload/binary", content=body(), headers=headers)
        except httpx.HTTPError:
            pass  # the sandbox may answer and close before the client finished sending
        else:
            assert reply.json().get("code") == 1008, reply.text
    assert tmp_files(sb) == []


# ------------------------------------------------------------------------- control routes
def test_control_routes_refuse_cross_origin_and_form_posts(sb: Sandbox) -> None:
    with v2(sb) as c:
        c.post(IMAGE_PATH, json=IMAGE_BODY)
    with plain(sb) as c:
        own = sb.base_url
        posts: list[tuple[str, dict[str, Any]]] = [
            ("/__sandbox/reset", {"data": {"x": "1"}}),  # a form post: not JSON
            ("/__sandbox/reset", {"content": b"", "headers": {"Content-Type": "text/plain"}}),
            ("/__sandbox/config", {"data": {"api_key": "mine"}}),
            ("/__sandbox/faults", {"data": {"path": "/x", "kind": "html"}}),
        ]
        for path, kwargs in posts:
            assert c.post(path, **kwargs).status_code == 415, path
        evil = {"Origin": "http://evil.example"}
        assert c.post("/__sandbox/reset", json={}, headers=evil).status_code == 403
        assert c.post("/__sandbox/config", json={"task_duration": 9}, headers=evil).status_code == 403
        assert c.delete("/__sandbox/faults", headers={"Origin": "null"}).status_code == 403
        assert sb.tasks_created == 1 and sb.config.task_duration == 0  # nothing happened
        assert c.post("/__sandbox/reset", json={}, headers={"Origin": own}).status_code == 200
        assert c.post("/__sandbox/reset").status_code == 415  # not even an empty POST without JSON
    assert sb.tasks_created == 0


@pytest.mark.parametrize(
    "changes",
    [
        {"task_duration": "fast"},
        {"task_duration": -1},
        {"task_duration": float("inf")},
        {"queued_fraction": 2},
        {"concurrency_limit": -1},
        {"concurrency_limit": 2.5},
        {"concurrency_limit": True},
        {"accept_any_key": "yes"},
        {"api_key": ""},
        {"journal_limit": 0},
        {"output_size": 1 << 40},
        {"pricing_file": 3},
        {"task_duration": 1, "nope": 2},
    ],
)
def test_settings_are_validated(sb: Sandbox, changes: dict[str, Any]) -> None:
    before = sb.config
    with pytest.raises(ValueError):
        sb.configure(**changes)
    with plain(sb) as c:
        body = json.dumps(changes, allow_nan=True)
        reply = c.post("/__sandbox/config", content=body, headers={"Content-Type": "application/json"})
        assert reply.status_code == 400, reply.text
    assert sb.config == before


def test_config_route_never_returns_the_key(sb: Sandbox) -> None:
    with plain(sb) as c:
        for reply in (c.get("/__sandbox/config"), c.post("/__sandbox/config", json={"task_duration": 0})):
            assert reply.status_code == 200
            assert KEY not in reply.text and "api_key" not in reply.json()["config"]
    with RemoteSandbox(sb.base_url, control_url=sb.base_url, api_key=KEY) as remote:
        assert remote.config.api_key == KEY and remote.config.task_duration == 0  # the handle knows it


# ------------------------------------------------------------------------- fault patterns
@pytest.mark.parametrize(
    "pattern",
    ["re:(a+)+$", "re:(a*)*b", "re:(a|aa)+$", r"re:(x)\1", "re:.*.*.*x", "re:" + "a" * 300, "/" + "*" * 300],
)
def test_fault_patterns_that_could_stall_are_refused(sb: Sandbox, pattern: str) -> None:
    with pytest.raises(ValueError):
        sb.inject_fault(pattern, "html")
    with plain(sb) as c:
        assert c.post("/__sandbox/faults", json={"path": pattern, "kind": "html"}).status_code == 400
    assert sb.faults == []


def test_allowed_fault_patterns_work_and_match_fast(sb: Sandbox) -> None:
    sb.inject_fault("re:^/openapi/v2/.*query$", "status", status=503)
    with v2(sb) as c:
        assert c.post("/openapi/v2/query", json={"taskId": "1"}).status_code == 503
    # the worst shape allowed (two repeats) against a very long path stays quick because patterns
    # see only the path's first MAX_MATCHED_PATH characters (uncut: minutes); checked by what
    # matches, not by a stopwatch
    long_path = "/" + "a" * 100_000
    assert Fault(2, "re:^/a*$", "html", 1).matches("GET", long_path + "b")  # the b is beyond the cut
    assert not Fault(3, "re:b", "html", 1).matches("GET", long_path + "b")
    assert Fault(4, "re:b", "html", 1).matches("GET", "/" + "a" * (MAX_MATCHED_PATH - 2) + "b")
    assert not Fault(1, "re:a*a*b", "html", 1).matches("GET", long_path)  # after the cut checks: uncut, minutes


# ------------------------------------------------------------------------- prices and balance
def _pricing_file(tmp_path: Path) -> str:
    entries = [
        {
            "endpoint": IMAGE_PATH.removeprefix("/openapi/v2/"),
            "pricing_type": "parameter_based",
            "unit": "/次",
            "currency": "CNY",
            "rules": [
                {"when": {"quality": "medium", "resolution": "2k"}, "price": 0.25},
                {"when": {"quality": "high", "resolution": "2k"}, "price": 2.948},
            ],
        },
        {"endpoint": "seedream-v4/text-to-image", "pricing_type": "fixed", "unit": "/次", "price": 0.14},
    ]
    path = tmp_path / "pricing.json"
    path.write_text(json.dumps({"pricing": entries}), encoding="utf-8")
    return str(path)


def _usage(c: httpx.Client, task_id: str) -> dict[str, Any]:
    deadline = time.monotonic() + 10
    while True:
        view = c.post("/openapi/v2/query", json={"taskId": task_id}).json()
        if view["status"] in ("SUCCESS", "FAILED"):
            usage: dict[str, Any] = view["usage"]
            return usage
        assert time.monotonic() < deadline
        time.sleep(0.01)


def test_prices_by_rule_else_flat(tmp_path: Path) -> None:
    with Sandbox(api_key=KEY, task_duration=0, pricing_file=_pricing_file(tmp_path), task_cost=0.07) as sb, v2(sb) as c:
        by_rule = c.post(IMAGE_PATH, json=IMAGE_BODY).json()["taskId"]
        other_rule = c.post(IMAGE_PATH, json={**IMAGE_BODY, "quality": "high"}).json()["taskId"]
        no_rule = c.post(IMAGE_PATH, json={**IMAGE_BODY, "quality": "low"}).json()["taskId"]
        workflow = c.post("/openapi/v2/run/workflow/1", json={}).json()["taskId"]
        assert _usage(c, by_rule)["thirdPartyConsumeMoney"] == "0.25"
        assert _usage(c, other_rule)["thirdPartyConsumeMoney"] == "2.948"
        assert _usage(c, no_rule)["thirdPartyConsumeMoney"] == "0.07"  # the flat price
        prices = {r["task_id"]: r["price"] for r in sb.task_records()}
        assert [prices[t] for t in (by_rule, other_rule, no_rule)] == ["0.25", "2.948", "0.07"]
        assert _usage(c, workflow)["consumeMoney"] == "0.07" and _usage(c, workflow)["consumeCoins"] == "7"
        remain = httpx.post(f"{sb.base_url}/uc/openapi/accountStatus", json={"apikey": KEY}).json()["data"]
    assert Decimal(remain["remainMoney"]) == Decimal(100) - Decimal("0.25") - Decimal("2.948") - Decimal("0.14")


@pytest.mark.skipif(not PRICING.exists(), reason=f"pricing data not found at {PRICING}")
def test_public_pricing_file_prices_most_models() -> None:
    from runninghub._spec import load_spec
    from runninghub.sandbox._pricing import PriceTable

    table = PriceTable.load(PRICING)
    spec = load_spec()
    models = [p for p, item in spec["paths"].items() if "x-runninghub-model" in item.get("post", {})]
    assert sum(1 for p in models if p.removeprefix("/openapi/v2/") in table.entries) >= 250
    assert table.rule_price(IMAGE_PATH, {"quality": "high", "resolution": "2k"}) == Decimal("2.948")
    assert table.rule_price("/openapi/v2/seedream-v4/text-to-image", {"prompt": "x"}) == Decimal("0.14")


def test_per_second_prices_use_the_duration(tmp_path: Path) -> None:
    from runninghub.sandbox._pricing import PriceTable

    path = tmp_path / "p.json"
    entry = {
        "endpoint": "v/x",
        "pricing_type": "parameter_based",
        "unit": "/秒",
        "rules": [{"when": {"r": "720p"}, "price": 0.9}],
    }
    path.write_text(json.dumps({"pricing": [entry]}), encoding="utf-8")
    table = PriceTable.load(path)
    assert table.rule_price("/openapi/v2/v/x", {"r": "720p", "duration": "5"}) == Decimal("4.5")
    assert table.rule_price("/openapi/v2/v/x", {"r": "720p"}) == Decimal("0.9")
    assert table.rule_price("/openapi/v2/v/x", {"r": "1080p"}) is None
    wildcard = {"endpoint": "w", "pricing_type": "parameter_based", "rules": [{"when": {"n": ""}, "price": 0.13}]}
    path.write_text(json.dumps({"pricing": [wildcard]}), encoding="utf-8")
    assert PriceTable.load(path).rule_price("/openapi/v2/w", {"n": 2}) == Decimal("0.13")  # "" is any value
    assert PriceTable.load(tmp_path / "missing.json").entries == {}  # flat prices, no error


def test_balance_goes_down_and_a_submit_beyond_it_is_refused(sb: Sandbox) -> None:
    sb.configure(balance=0.12, task_cost=0.05, task_duration=3600)
    with v2(sb) as c:
        first, second = (c.post(IMAGE_PATH, json=IMAGE_BODY).json() for _ in range(2))
        assert first["errorCode"] == second["errorCode"] == ""
        refused = c.post(IMAGE_PATH, json=IMAGE_BODY).json()  # 0.10 held by tasks in flight
        assert refused["errorCode"] == "812" and refused["taskId"] == ""
        legacy = httpx.post(f"{sb.base_url}/task/openapi/create", json={"apiKey": KEY, "workflowId": "1"}).json()
        assert legacy["code"] == 416 and legacy["msg"] == "TASK_CREATE_FAILED_BY_NOT_ENOUGH_WALLET"
    assert sb.tasks_created == 2
    sb.configure(task_duration=0, balance=0.17)  # room for one more
    with v2(sb) as c:
        failed = c.post(IMAGE_PATH, json={**IMAGE_BODY, "prompt": "[[fail]]"}).json()["taskId"]
        assert _usage(c, failed)["thirdPartyConsumeMoney"] is None  # not charged
    account = httpx.post(f"{sb.base_url}/uc/openapi/accountStatus", json={"apikey": KEY}).json()["data"]
    assert account["remainMoney"] == "0.17"  # the first two still run (not charged yet), the failed one is free


def test_client_gets_insufficient_balance_and_no_task(sb: Sandbox) -> None:
    sb.configure(balance=0.01, task_cost=0.05)
    client = runninghub.RunningHub(KEY, base_url=sb.base_url, max_retries=0)
    with pytest.raises(runninghub.InsufficientBalanceError):
        client.submit(client.models.get("rhart-image-g-2-official/text-to-image"), dict(IMAGE_BODY))
    client.close()
    assert sb.tasks_created == 0
    assert [e["error_code"] for e in sb.journal] == ["812"]


def test_bad_settings_are_refused_at_start() -> None:
    with pytest.raises(ValueError, match="queued_fraction"), Sandbox(queued_fraction=3):
        pass


def test_command_line_takes_the_money_settings() -> None:
    from runninghub.sandbox import build_parser

    args = build_parser().parse_args(["--pricing-file", "p.json", "--balance", "2.5", "--max-body-bytes", "1MB"])
    assert (args.pricing_file, args.balance, args.max_body_bytes) == ("p.json", 2.5, 1 << 20)


def test_lora_puts_are_bounded_and_leave_no_partial_file(sb: Sandbox) -> None:
    import hashlib

    sb.configure(max_lora_bytes=1000)
    with plain(sb) as c:
        for blob in (b"L" * 2000, b"S" * 10):
            md5 = hashlib.md5(blob).hexdigest()
            url = c.post("/api/openapi/getLoraUploadUrl", json={"apiKey": KEY, "loraName": "x", "md5Hex": md5})
            put_url = url.json()["data"]["url"]

            def body(data: bytes = blob) -> Iterator[bytes]:  # streamed: no Content-Length
                yield data[:600]
                yield data[600:]

            reply = c.put(put_url, content=body())
            assert reply.status_code == (413 if len(blob) > 1000 else 200)
    assert tmp_files(sb) == []
    assert [p.name for p in (sb.state.files_dir / "lora").iterdir()] == [
        f"{hashlib.md5(b'S' * 10).hexdigest()}.safetensors"
    ]


def test_rules_see_the_spec_defaults_of_fields_left_out(tmp_path: Path) -> None:
    """A rule on a field with a documented server default prices a request that leaves it out
    as the server would: with that default."""
    from test_sandbox import valid_body

    path = "/openapi/v2/kling-video-o3-pro/reference-to-video"  # `sound`: default false
    entry = {
        "endpoint": path.removeprefix("/openapi/v2/"),
        "pricing_type": "parameter_based",
        "unit": "/次",
        "rules": [{"when": {"sound": "false"}, "price": 0.72}, {"when": {"sound": "true"}, "price": 0.9}],
    }
    pricing = tmp_path / "p.json"
    pricing.write_text(json.dumps({"pricing": [entry]}), encoding="utf-8")
    body = {k: v for k, v in valid_body(path).items() if k != "sound"}
    with Sandbox(api_key=KEY, task_duration=3600, pricing_file=str(pricing)) as sb, v2(sb) as c:
        for extra in ({}, {"sound": True}):
            reply = c.post(path, json={**body, **extra})
            assert reply.json()["errorCode"] == "", reply.text
        assert [r["price"] for r in sb.task_records()] == ["0.72", "0.9"]
