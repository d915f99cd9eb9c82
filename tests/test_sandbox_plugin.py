"""The pytest plugin: one sandbox server per session, reset for every test, and usable from a
user's own project with `pytest_plugins = ["runninghub.sandbox.pytest_plugin"]`."""

from __future__ import annotations

import textwrap
from typing import Any

import httpx
import pytest
from runninghub.sandbox import Sandbox

pytest_plugins = ["pytester"]

SUBMIT = "/openapi/v2/rhart-image-g-2-official/text-to-image"
BODY = {"prompt": "a cat", "aspectRatio": "16:9", "resolution": "2k", "quality": "medium"}
_seen: dict[str, Any] = {}


def test_fixture_leaves_state_behind(runninghub_sandbox: Sandbox) -> None:
    sb = runninghub_sandbox
    assert isinstance(sb, Sandbox) and sb.api_key == "sandbox-key"
    sb.configure(task_duration=30, concurrency_limit=1)
    sb.inject_fault("/openapi/v2/query", "status", count=5, status=503)
    reply = httpx.post(sb.base_url + SUBMIT, json=BODY, headers={"Authorization": "Bearer sandbox-key"}, timeout=10)
    assert reply.status_code == 200 and sb.tasks_created == 1
    _seen["base_url"] = sb.base_url


def test_fixture_is_reset_between_tests(runninghub_sandbox: Sandbox) -> None:
    sb = runninghub_sandbox
    if "base_url" in _seen:  # the same server as the previous test
        assert sb.base_url == _seen["base_url"]
    assert sb.tasks_created == 0 and sb.journal == [] and sb.faults == []
    assert sb.config.task_duration == 0.5 and sb.config.concurrency_limit == 50


def test_plugin_in_a_user_project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")  # only what the conftest asks for (and faster)
    pytester.makeconftest(
        textwrap.dedent(
            """
            import pytest

            pytest_plugins = ["runninghub.sandbox.pytest_plugin"]


            @pytest.fixture(scope="session")
            def runninghub_sandbox_options():
                return {"api_key": "user-key", "task_duration": 0}
            """
        )
    )
    pytester.makepyfile(
        textwrap.dedent(
            """
            import httpx

            def test_model_runs(runninghub_sandbox):
                headers = {"Authorization": "Bearer user-key"}
                body = {"prompt": "a cat", "aspectRatio": "16:9", "resolution": "2k", "quality": "medium"}
                base = runninghub_sandbox.base_url
                task = httpx.post(base + "/openapi/v2/rhart-image-g-2-official/text-to-image", json=body,
                                  headers=headers).json()
                view = httpx.post(base + "/openapi/v2/query", json={"taskId": task["taskId"]}, headers=headers).json()
                assert view["status"] == "SUCCESS"
                assert runninghub_sandbox.tasks_created == 1

            def test_clean_again(runninghub_sandbox):
                assert runninghub_sandbox.tasks_created == 0
            """
        )
    )
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)
