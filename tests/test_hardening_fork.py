"""#10 item 8: after fork(), a client the SDK created drops the connections it inherited (the
child gets a fresh pool and never reads a reply meant for its parent)."""

from __future__ import annotations

import os
import sys
from typing import Any

import pytest
from runninghub import RunningHub

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "darwin", reason="needs os.fork")


def in_child(check: Any) -> int:
    """Run `check()` in a forked child; its exit status (0 when it returned True)."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 1
        try:
            code = 0 if check() else 3
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def test_child_gets_a_fresh_pool_and_works(runninghub_sandbox: Any) -> None:
    with RunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        client.account()  # a warm connection in the pool
        parent_http = client._http
        copy = client.with_options(max_retries=0)

        def check() -> bool:
            fresh = client._http is not parent_http and copy._http is client._http
            return fresh and client.account() is not None

        assert in_child(check) == 0
        assert client._http is parent_http  # the parent keeps its own
        assert client.account() is not None


def test_client_you_pass_in_is_left_alone(runninghub_sandbox: Any) -> None:
    import httpx

    http = httpx.Client()
    with RunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url, http_client=http) as client:
        assert in_child(lambda: client._http is http) == 0
    http.close()
