"""The pytest plugin: one sandbox server per session, reset for every test, and usable from a
user's own project with `pytest_plugins = ["runninghub.sandbox.pytest_plugin"]`."""

from __future__ import annotations

import textwrap
from typing import Any

import httpx
import pytest
from conftest import QUICK_TASK_SECONDS
from runninghub.sandbox import Sandbox

pytest_plugins = ["pytester"]

SUBMIT = "/openapi/v2/rhart-image-g-2-official/text-to-image"
BODY = {"prompt": "a cat", "aspectRatio": "16:9", "resolution": "2k", "quality": "medium"}
_seen: dict[str, Any] = {}


def test_fixture_leaves_state_behind(runninghub_sandbox: Sandbox) -> None:
    sb = runninghub_sandbox
    assert isinstance(sb, Sandbox) and sb.api_key == "sandbox-key"
    sb.configure(task_duration=3600, concurrency_limit=1)
    sb.inject_fault("/openapi/v2/query", "status", count=5, status=503)
    reply = httpx.post(sb.base_url + SUBMIT, json=BODY, headers={"Authorization": "Bearer sandbox-key"}, timeout=10)
    assert reply.status_code == 200 and sb.tasks_created == 1
    _seen["base_url"] = sb.base_url


def test_fixture_is_reset_between_tests(runninghub_sandbox: Sandbox) -> None:
    sb = runninghub_sandbox
    if "base_url" in _seen:  # the same server as the previous test
        assert sb.base_url == _seen["base_url"]
    assert sb.tasks_created == 0 and sb.journal == [] and sb.faults == []
    assert sb.config.task_duration == QUICK_TASK_SECONDS and sb.config.concurrency_limit == 50  # conftest.py


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


def test_remote_handle_drives_a_sandbox_over_its_control_routes(tmp_path: Any) -> None:
    from runninghub.sandbox import RemoteSandbox, SandboxHandle

    with Sandbox(api_key="k", task_duration=5) as local:
        remote = RemoteSandbox(
            "http://proxy.invalid:4010/", control_url=local.base_url, api_key="k", settings={"task_duration": 0.2}
        )
        handles: list[SandboxHandle] = [local, remote]  # one protocol for both (checked by mypy)
        assert remote.base_url == "http://proxy.invalid:4010" and remote.api_key == "k" and len(handles) == 2
        remote.reset()  # the sandbox's own settings, then `settings`
        assert local.config.task_duration == 0.2 and remote.config.task_duration == 0.2
        assert remote.configure(concurrency_limit=3).concurrency_limit == 3 == local.config.concurrency_limit
        with pytest.raises(ValueError, match="nope"):
            remote.configure(nope=1)
        fault = remote.inject_fault("/openapi/v2/query", "status", count=2, status=503, retry_after="1")
        assert (fault.kind, fault.remaining, fault.options) == ("status", 2, {"status": 503, "retry_after": "1"})
        assert remote.faults == local.faults and len(remote.faults) == 1
        with pytest.raises(ValueError, match="explode"):
            remote.inject_fault("/x", "explode")
        remote.clear_faults()
        assert local.faults == []
        headers = {"Authorization": "Bearer k"}
        task = httpx.post(
            local.base_url + SUBMIT, json={**BODY, "webhookUrl": "http://127.0.0.1:9/hook"}, headers=headers
        )
        task_id = task.json()["taskId"]
        assert remote.tasks_created == 1 and remote.journal == local.journal and remote.journal[0]["path"] == SUBMIT
        [record] = remote.task_records()
        assert record["task_id"] == task_id and record["body"]["prompt"] == "a cat"
        assert remote.task_status(task_id) in ("QUEUED", "RUNNING") and remote.task_status("1") is None
        view = httpx.post(local.base_url + "/openapi/v2/query", json={"taskId": task_id}, headers=headers)
        while view.json()["status"] != "SUCCESS":
            view = httpx.post(local.base_url + "/openapi/v2/query", json={"taskId": task_id}, headers=headers)
        url = view.json()["results"][0]["url"]
        assert remote.file_path(url) == local.file_path(url) and remote.file_path(url).is_file()
        remote.reset()
        assert local.tasks_created == 0 and local.config.concurrency_limit == 50
        assert "control_url" in repr(remote)
        remote.close()


def test_plugin_remote_mode(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    pytester.makeconftest('pytest_plugins = ["runninghub.sandbox.pytest_plugin"]\n')
    pytester.makepyfile(
        textwrap.dedent(
            """
            import os

            import pytest
            from runninghub.sandbox import RemoteSandbox

            def test_remote(runninghub_sandbox):
                assert isinstance(runninghub_sandbox, RemoteSandbox)
                assert runninghub_sandbox.base_url == os.environ["RUNNINGHUB_TEST_BASE_URL"]
                assert runninghub_sandbox.api_key == "remote-key"
                assert runninghub_sandbox.config.task_duration == 0.5  # the plugin's default options
                runninghub_sandbox.configure(task_duration=9)

            def test_reset_again(runninghub_sandbox):
                assert runninghub_sandbox.config.task_duration == 0.5

            @pytest.mark.no_prism("cannot pass")
            def test_skipped():
                raise AssertionError("must not run")
            """
        )
    )
    with Sandbox(api_key="remote-key") as remote:
        monkeypatch.setenv("RUNNINGHUB_TEST_BASE_URL", "http://127.0.0.1:9")
        monkeypatch.setenv("RUNNINGHUB_SANDBOX_URL", remote.base_url)
        monkeypatch.setenv("RUNNINGHUB_TEST_API_KEY", "remote-key")
        result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider", "-rs")
        result.assert_outcomes(passed=2, skipped=1)
        result.stdout.fnmatch_lines(["*not through prism: cannot pass*"])
        assert remote.journal == []  # only control routes were called
    monkeypatch.delenv("RUNNINGHUB_TEST_BASE_URL")
    pytester.makepyfile(
        test_local=textwrap.dedent(
            """
            import pytest
            from runninghub.sandbox import Sandbox

            @pytest.mark.no_prism("runs locally")
            def test_local(runninghub_sandbox):
                assert isinstance(runninghub_sandbox, Sandbox)
            """
        )
    )
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider", "test_local.py")
    result.assert_outcomes(passed=1)
