"""Budgets against the sandbox: the price preview is read first, and a call above its budget is
refused before anything is submitted (the sandbox journal counts the submits); run_many's
max_total_cost stops submitting at the cap; unpriced calls need allow_unpriced; result.cost.

The sandbox charges (and previews) a flat 0.05 CNY per task.
"""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal
from pathlib import Path
from typing import Any, Final

import pytest
from conftest import VirtualSleep
from runninghub import (
    AsyncRunningHub,
    BudgetExceededError,
    InvalidParamsError,
    RunningHub,
    RunningHubError,
    UnpricedError,
)
from runninghub._budget import Budget, NotRun, to_money
from runninghub.sandbox import Sandbox

IMAGE: Final = "gpt-image-2/text-to-image-official-stable"
IMAGE_PATH = "/openapi/v2/rhart-image-g-2-official/text-to-image"
PRICE = Decimal("0.05")


def client(sb: Any, **options: Any) -> RunningHub:
    return RunningHub(api_key=sb.api_key, base_url=sb.base_url, **options)


def submits(sb: Any) -> int:
    """Requests to the model's submit route (each may create a task)."""
    return sum(1 for e in sb.journal if e["path"] == IMAGE_PATH)


def previews(sb: Any) -> int:
    return sum(1 for e in sb.journal if e["path"].startswith("/openapi/v2/price-preview/"))


def test_a_budget_below_the_estimate_refuses_with_no_submit(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    with client(sb) as c:
        with pytest.raises(BudgetExceededError) as refused:
            c.run(IMAGE, prompt="a cat", max_cost="0.04")
        assert refused.value.estimate.price == PRICE and refused.value.limit == Decimal("0.04")
        with pytest.raises(BudgetExceededError):
            c.submit(IMAGE, prompt="a cat", max_cost=0.01)
        assert (previews(sb), submits(sb), sb.tasks_created) == (2, 0, 0)

        result = c.run(IMAGE, prompt="a cat", max_cost=PRICE)  # at the limit: runs
        assert result.cost == PRICE and isinstance(result.cost, Decimal)
        assert (previews(sb), submits(sb), sb.tasks_created) == (3, 1, 1)


def test_no_budget_means_no_price_preview(runninghub_sandbox: Any) -> None:
    with client(runninghub_sandbox) as c:
        c.run(IMAGE, prompt="a cat")
    assert previews(runninghub_sandbox) == 0 and submits(runninghub_sandbox) == 1


def test_the_client_wide_max_cost_per_call_and_the_smaller_limit_wins(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    with client(sb, max_cost_per_call="0.01") as c:
        with pytest.raises(BudgetExceededError):
            c.submit(IMAGE, prompt="a cat")
        with pytest.raises(BudgetExceededError):  # a larger per-call budget does not lift the net
            c.submit(IMAGE, prompt="a cat", max_cost=10)
        assert c.with_options(max_retries=0)._budget == c._budget
    with client(sb, max_cost_per_call=1) as c:
        with pytest.raises(BudgetExceededError):
            c.submit(IMAGE, prompt="a cat", max_cost="0.02")
        c.submit(IMAGE, prompt="a cat")
    assert submits(sb) == 1


def test_an_unpriced_model_is_refused_under_a_budget_unless_allowed(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    sb.configure(api_key_type="NORMAL")  # RunningHub answers price-preview with 1014 for such keys
    with client(sb) as c:
        with pytest.raises(UnpricedError) as refused:
            c.run(IMAGE, prompt="a cat", max_cost=1)
        assert isinstance(refused.value, BudgetExceededError) and refused.value.estimate is None
        assert submits(sb) == 0
        result = c.run(IMAGE, prompt="a cat", max_cost=1, allow_unpriced=True)
        assert result.cost == PRICE and submits(sb) == 1
    with client(sb, max_cost_per_call=1, allow_unpriced=True) as c:
        c.submit(IMAGE, prompt="a cat")
        with pytest.raises(UnpricedError):
            c.submit(IMAGE, prompt="a cat", allow_unpriced=False)
    assert submits(sb) == 2


def test_workflows_have_no_preview_so_a_budget_needs_allow_unpriced(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    with client(sb) as c:
        with pytest.raises(UnpricedError):
            c.run_workflow("1904136902449209346", [("6", "text", "a cat")], max_cost=1)
        assert sb.journal == []  # refused before any request
        result = c.run_workflow("1904136902449209346", [("6", "text", "a cat")], max_cost=1, allow_unpriced=True)
        assert result.cost is not None
    with client(sb, max_cost_per_call=1) as c, pytest.raises(UnpricedError):
        c.submit_workflow("1904136902449209346")
    assert sb.tasks_created == 1


def test_an_ai_app_is_previewed_at_its_run_route_under_a_budget(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    app = "1877265245566922800"
    with client(sb) as c:
        with pytest.raises(BudgetExceededError) as refused:
            c.submit_app(app, [], max_cost="0.01")
        assert refused.value.estimate.price == PRICE and sb.tasks_created == 0
        [preview] = [e for e in sb.journal if e["path"].startswith("/openapi/v2/price-preview/")]
        assert preview["path"] == f"/openapi/v2/price-preview/run/ai-app/{app}" and "webappId" not in preview["body"]
        assert c.run_app(app, [], max_cost=1).cost == PRICE and sb.tasks_created == 1
        sb.configure(api_key_type="NORMAL")  # a server that cannot price it: unpriced
        with pytest.raises(UnpricedError):
            c.submit_app(app, [], max_cost=1)
        c.submit_app(app, [], max_cost=1, allow_unpriced=True)
    assert sb.tasks_created == 2


def test_max_total_cost_stops_submitting_at_the_cap_and_reports_what_did_not_run(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    inputs = [{"prompt": f"cat {i}"} for i in range(6)]
    with client(sb) as c:
        results = c.run_many(IMAGE, inputs, concurrency=2, max_total_cost="0.12")  # room for two
    assert submits(sb) == 2 and sb.tasks_created == 2
    assert results.not_run == [2, 3, 4, 5]
    assert all(isinstance(r, NotRun) and r.params is inputs[r.index] for r in results[2:])
    assert results[2].spent == Decimal("0.10")
    assert results.cost == Decimal("0.10") and results.estimated == Decimal("0.10")
    assert [r.status for r in results[:2]] == ["SUCCESS", "SUCCESS"]


def test_run_many_without_a_cap_returns_the_total_cost(runninghub_sandbox: Any) -> None:
    with client(runninghub_sandbox) as c:
        results = c.run_many(IMAGE, [{"prompt": "a"}, {"prompt": "b"}, {"prompt": "c"}], concurrency=3)
    assert results.cost == 3 * PRICE and results.not_run == [] and results.estimated is None
    assert previews(runninghub_sandbox) == 0


def test_run_many_max_cost_applies_to_each_call(runninghub_sandbox: Any) -> None:
    with client(runninghub_sandbox) as c:
        results = c.run_many(IMAGE, [{"prompt": "a"}], max_cost="0.01", return_exceptions=True)
    assert isinstance(results[0], BudgetExceededError) and submits(runninghub_sandbox) == 0


def test_the_async_client_enforces_the_same_budgets(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox

    async def main() -> None:
        async with AsyncRunningHub(api_key=sb.api_key, base_url=sb.base_url, max_cost_per_call="0.5") as c:
            with pytest.raises(BudgetExceededError):
                await c.run(IMAGE, prompt="a cat", max_cost="0.01")
            results = await c.run_many(IMAGE, [{"prompt": str(i)} for i in range(4)], max_total_cost="0.1")
            assert results.not_run == [2, 3] and results.cost == Decimal("0.10")
            with pytest.raises(UnpricedError):
                await c.submit_workflow("1904136902449209346")

    asyncio.run(main())
    assert submits(sb) == 2


def test_the_estimate_follows_the_sandboxs_pricing_rules(virtual_sleep: VirtualSleep, tmp_path: Path) -> None:
    # its own sandbox, whose tasks end at once, and the client's poll waits skipped
    rules = [{"when": {"quality": "medium"}, "price": 0.25}, {"when": {"quality": "high"}, "price": 2.948}]
    entry = {"endpoint": IMAGE_PATH.removeprefix("/openapi/v2/"), "pricing_type": "parameter_based", "rules": rules}
    pricing = tmp_path / "pricing.json"
    pricing.write_text(json.dumps({"pricing": [entry]}), encoding="utf-8")
    with Sandbox(task_duration=0, pricing_file=str(pricing)) as sb, client(sb) as c:
        assert c.estimate(IMAGE, prompt="a", quality="high").price == Decimal("2.948")
        with pytest.raises(BudgetExceededError):
            c.run(IMAGE, prompt="a", quality="high", max_cost=1)
        result = c.run(IMAGE, prompt="a", quality="medium", max_cost=1)
        assert result.cost == c.estimate(IMAGE, prompt="a", quality="medium").price == Decimal("0.25")
        assert sb.tasks_created == 1


def test_the_price_preview_counts_in_the_runs_timeout(runninghub_sandbox: Any) -> None:
    sb = runninghub_sandbox
    # The preview is held unanswered (30 s at most; the client's read timeout is 60 s): only
    # what is left of the run's 0.5 s can end it before the server answers.
    sb.inject_fault("/openapi/v2/price-preview/*", "hold", count=1, seconds=30)
    with client(sb, max_retries=0) as c, pytest.raises(RunningHubError):
        c.run(IMAGE, prompt="a cat", max_cost=1, timeout=0.5)
    [preview] = [e for e in sb.journal if e["path"].startswith("/openapi/v2/price-preview/")]
    assert preview["fault"] == "hold" and preview["status"] is None  # given up before any answer
    assert submits(sb) == 0


def test_the_cli_run_takes_max_cost(runninghub_sandbox: Any, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    sb = runninghub_sandbox
    script = Path(sys.executable).with_name("runninghub")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "runninghub.cli"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("RUNNINGHUB_")}
    env.update(RUNNINGHUB_BASE_URL=sb.base_url, RUNNINGHUB_API_KEY=sb.api_key, RUNNINGHUB_RUNTIME_CACHE="0")

    def rh(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*command, *args], capture_output=True, text=True, env=env, timeout=60, check=False)

    refused = rh("run", IMAGE, "-p", "prompt=a cat", "--max-cost", "0.01", "--out", str(tmp_path))
    assert refused.returncode == 1 and "max_cost 0.01" in refused.stderr and submits(sb) == 0
    assert rh("run", IMAGE, "-p", "prompt=a cat", "--max-cost", "nope").returncode == 2
    done = rh("run", IMAGE, "-p", "prompt=a cat", "--max-cost", "0.05", "--no-wait")
    assert done.returncode == 0, done.stderr
    assert submits(sb) == 1


def test_budget_values() -> None:
    assert to_money(0.1) == Decimal("0.1") and to_money("2") == Decimal(2) and to_money(None) is None
    for bad in (-1, "x", float("nan"), True):
        with pytest.raises(InvalidParamsError):
            to_money(bad)
    net = Budget(Decimal("1"), allow_unpriced=True)
    assert Budget.of("2", None, net) == Budget(Decimal("1"), True)
    assert Budget.of("0.5", False, net) == Budget(Decimal("0.5"), False)
    assert Budget.of(None, None, None) == Budget(None, False)
