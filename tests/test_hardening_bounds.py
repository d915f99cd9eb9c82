"""#10 item 4: replies are bounded. A JSON reply past max_reply_bytes, a gzip bomb, deep
nesting and a compressed download are refused without the memory or disk they ask for."""

from __future__ import annotations

import gzip
import json
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from hostile_server import HostileServer, deep_json, gzipped, json_reply, raw
from runninghub import APIError, Output, RunningHub

TID = "2013508786110730241"
KEY = "sk-test-key-123456"


@pytest.fixture(scope="module")
def hostile() -> Any:
    with HostileServer() as server:
        yield server


def test_reply_past_the_cap_is_refused_naming_the_setting(hostile: HostileServer) -> None:
    big = {"taskId": TID, "status": "RUNNING", "pad": "x" * 5000}
    hostile.script(json_reply(big))
    client = RunningHub(KEY, base_url=hostile.url, max_retries=0, max_reply_bytes=1024)
    with client, pytest.raises(APIError, match="max_reply_bytes"):
        client.query(TID)
    assert hostile.requests[0].headers["accept-encoding"] == "identity"


def test_gzip_bomb_reply_is_decoded_only_up_to_the_cap(hostile: HostileServer) -> None:
    hostile.script(gzipped(b"[" + b" " * (40 * 1024 * 1024) + b"]", headers={"Content-Type": "application/json"}))
    client = RunningHub(KEY, base_url=hostile.url, max_retries=0, max_reply_bytes=4 * 1024 * 1024)
    tracemalloc.start()
    try:
        with client, pytest.raises(APIError, match="max_reply"):
            client.query(TID)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024  # the 40 MB body decoded whole would need over 40 MB


def test_small_gzip_reply_still_reads(hostile: HostileServer) -> None:
    body = json.dumps({"taskId": TID, "status": "RUNNING"}).encode()
    hostile.script(gzipped(body, headers={"Content-Type": "application/json"}))
    with RunningHub(KEY, base_url=hostile.url, max_retries=0) as client:
        assert client.query(TID).status == "RUNNING"


def test_deep_json_on_a_query_is_an_api_error_not_a_recursion_error(hostile: HostileServer) -> None:
    hostile.script(deep_json())
    with RunningHub(KEY, base_url=hostile.url, max_retries=1) as client, pytest.raises(APIError) as info:
        client._core.settings.backoff_base = 0.01
        client.query(TID)
    assert info.value.retryable and len(hostile.requests) == 2


def test_gzip_bomb_download_cannot_fill_the_disk(hostile: HostileServer, tmp_path: Path) -> None:
    bomb = gzip.compress(b"\0" * (50 * 1024 * 1024), compresslevel=1)  # inflates 200-fold and more
    hostile.script(raw(200, bomb, {"Content-Encoding": "gzip", "Content-Type": "image/png"}))
    out = Output(url=hostile.url + "/out.png", output_type="png", task_id=TID)
    with pytest.raises(APIError, match="max_download_bytes"):
        out.save(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_download_longer_than_the_cap_is_refused_before_reading(hostile: HostileServer, tmp_path: Path) -> None:
    hostile.script(raw(200, b"0" * 5000, {"Content-Type": "image/png"}))
    with RunningHub(KEY, base_url=hostile.url, max_download_bytes=1000) as client:
        out = Output(url=hostile.url + "/out.png", output_type="png", task_id=TID, _client=client)
        with pytest.raises(APIError, match="max_download_bytes"):
            out.save(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_limits_are_checked() -> None:
    with pytest.raises(TypeError):
        RunningHub(KEY, max_reply_bytes="big")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        RunningHub(KEY, max_download_bytes=0)
