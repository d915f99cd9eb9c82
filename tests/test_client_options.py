"""Options without surprises, and one public surface for both clients.

- a timeout the user did not set stays the user's HTTP client's, through `with_options` too;
- `with_options(max_retries=...)` really changes the retries (requests are counted);
- `Output.save()` on an output that came without a client reuses one connection pool;
- low_level() sends through the wrapper's HTTP client (one surface: tests/test_one_client_definition.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from runninghub import APIError, AsyncRunningHub, RunningHub
from runninghub._types import Output

TASK = "1234567890"


def recording(statuses: list[int]) -> tuple[list[httpx.Request], Callable[[httpx.Request], httpx.Response]]:
    """A transport handler answering a status read with the next of `statuses` (then 200)."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        status = statuses.pop(0) if statuses else 200
        if status != 200:
            return httpx.Response(status, json={"code": status, "msg": "busy"})
        return httpx.Response(200, json={"taskId": TASK, "status": "RUNNING", "errorCode": "", "results": None})

    return seen, handler


def read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout") or {}
    value = timeout.get("read")
    return float(value) if value is not None else None


def test_with_options_keeps_the_users_http_client_timeout() -> None:
    seen, handler = recording([])
    http = httpx.Client(timeout=300, transport=httpx.MockTransport(handler))
    client = RunningHub(api_key="k" * 32, base_url="http://sandbox.test", http_client=http)
    client.query(TASK)
    client.with_options(max_retries=0).query(TASK)
    assert [read_timeout(r) for r in seen] == [300.0, 300.0]
    # a timeout the user gives is the user's
    client.with_options(timeout=7).query(TASK)
    assert read_timeout(seen[-1]) == 7.0


def test_with_options_max_retries_is_applied() -> None:
    seen, handler = recording([503, 503, 503])
    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = RunningHub(api_key="k" * 32, base_url="http://sandbox.test", http_client=http)
    with pytest.raises(APIError):
        client.with_options(max_retries=0).query(TASK)
    assert len(seen) == 1
    seen.clear()
    quick = client.with_options(max_retries=1)
    quick._core.settings.backoff_base = quick._core.settings.backoff_cap = 0.0  # no real sleeping
    with pytest.raises(APIError):
        quick.query(TASK)
    assert len(seen) == 2


def test_save_without_a_client_reuses_one_pool(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, runninghub_sandbox: Any
) -> None:
    with RunningHub(api_key=runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        url = client.run("seedream-v4/text-to-image", prompt="a cat", timeout=30).outputs[0].url
    created: list[httpx.Client] = []
    original = httpx.Client.__init__

    def counting(self: httpx.Client, *args: Any, **kwargs: Any) -> None:
        created.append(self)
        original(self, *args, **kwargs)

    monkeypatch.setattr(httpx.Client, "__init__", counting)
    # outputs that came without their client (from a webhook, or Task.from_dict)
    outputs = [Output(task_id=TASK, index=i, url=url, output_type="png") for i in range(3)]
    for output in outputs:
        output.save(tmp_path)
    assert len(created) <= 1, f"{len(created)} connection pools for 3 saves"
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{TASK}_{i}.png" for i in range(3)]


def test_low_level_sends_through_the_users_http_client() -> None:
    """low_level() uses the wrapper's HTTP client: the user's transport (and so its proxies and
    pool) sees the request, with the bearer key and the user's client's own timeout."""
    from runninghub_api.api.tasks import query_task
    from runninghub_api.models import QueryTaskRequest

    seen, handler = recording([])
    http = httpx.Client(timeout=300, transport=httpx.MockTransport(handler), headers={"X-Proxy-Tag": "mine"})
    key = "k" * 32
    client = RunningHub(api_key=key, base_url="http://sandbox.test", http_client=http)
    low = client.low_level()
    reply = query_task.sync(client=low, body=QueryTaskRequest(task_id=TASK))
    assert getattr(reply, "task_id", None) == TASK
    assert [str(r.url) for r in seen] == ["http://sandbox.test/openapi/v2/query"]
    assert seen[0].headers["authorization"] == f"Bearer {key}" and read_timeout(seen[0]) == 300.0
    low.get_httpx_client().close()  # closing the low-level client leaves the wrapper's pool open
    client.query(TASK)
    assert len(seen) == 2 and not http.is_closed
    assert read_timeout(client.with_options(timeout=7).low_level().get_httpx_client().build_request("GET", "/")) == 7.0


@pytest.mark.anyio
async def test_async_low_level_sends_through_the_users_http_client() -> None:
    from runninghub_api.api.tasks import query_task
    from runninghub_api.models import QueryTaskRequest

    seen, handler = recording([])
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    client = AsyncRunningHub(api_key="k" * 32, base_url="http://sandbox.test", http_client=http)
    reply = await query_task.asyncio(client=client.low_level(), body=QueryTaskRequest(task_id=TASK))
    assert getattr(reply, "task_id", None) == TASK and len(seen) == 1
    await client.close()


def test_copy_shares_uploads_budget_and_connections(runninghub_sandbox: Any, tmp_path: Path) -> None:
    """copy() (with_options is the same method) carries the client's shared state: an upload
    done by one is not sent again by the other, they keep one budget, and closing the copy
    leaves the connections open."""
    image = tmp_path / "a.bin"
    image.write_bytes(b"x" * 1024)
    with RunningHub(
        api_key=runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url, max_cost_per_call="0.5"
    ) as client:
        copy = client.copy(max_retries=0)
        assert RunningHub.copy is RunningHub.with_options and AsyncRunningHub.copy is AsyncRunningHub.with_options
        first = client.upload(image)
        assert copy.upload(image).url == first.url
        assert copy._budget is client._budget and copy.max_retries == 0
        copy.close()
        assert client.account() is not None  # the pool is still open
    uploads = [e for e in runninghub_sandbox.journal if "upload" in e["path"]]
    assert len(uploads) == 1, uploads
