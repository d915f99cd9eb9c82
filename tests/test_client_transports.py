"""A client over an in-memory transport (httpx.MockTransport, as users' own tests use): httpx
has read such a reply already, and the bounded reader must take it as it is, under the same cap."""

from __future__ import annotations

import asyncio
import gzip
from pathlib import Path

import httpx
import pytest
from runninghub import APIError, AsyncRunningHub, RunningHub
from runninghub._types import Output

TASK = "1234567890"
REPLY = {"taskId": TASK, "status": "RUNNING", "errorCode": "", "results": None}


def handler(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith(".png"):
        return httpx.Response(200, content=b"\x89PNG in memory")
    return httpx.Response(200, json=REPLY)


def test_sync_query_and_download_over_a_mock_transport(tmp_path: Path) -> None:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    with RunningHub(api_key="k" * 32, base_url="http://mock.test", http_client=http) as client:
        assert client.query(TASK).status == "RUNNING"
        output = Output(url="http://mock.test/a.png", output_type="png", task_id=TASK)
        output._client = client
        assert output.save(tmp_path).read_bytes() == b"\x89PNG in memory"


def test_async_query_and_download_over_a_mock_transport(tmp_path: Path) -> None:
    async def main() -> bytes:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with AsyncRunningHub(api_key="k" * 32, base_url="http://mock.test", http_client=http) as client:
            assert (await client.query(TASK)).status == "RUNNING"
            output = Output(url="http://mock.test/a.png", output_type="png", task_id=TASK)
            output._client = client
            return (await output.asave(tmp_path)).read_bytes()

    assert asyncio.run(main()) == b"\x89PNG in memory"


def test_an_in_memory_reply_is_still_capped() -> None:
    big = httpx.Response(200, content=gzip.compress(b"{" + b" " * 4096 + b"}"), headers={"content-encoding": "gzip"})
    http = httpx.Client(transport=httpx.MockTransport(lambda request: big))
    client = RunningHub(api_key="k" * 32, base_url="http://mock.test", http_client=http, max_reply_bytes=1024)
    with pytest.raises(APIError, match="max_reply_bytes"):
        client.with_options(max_retries=0).query(TASK)
