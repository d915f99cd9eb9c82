"""#10 item 2: one rule for the submit. Anything that goes wrong after the request may have
reached the server is SubmitOutcomeUnknownError (unreadable replies included), a reply that
names a task is never sent again, every argument is checked before the submit, and what a
callback raises after the submit carries the task id."""

from __future__ import annotations

import asyncio
import math
from typing import Any, Final

import httpx
import pytest
from fake_driver import FakeDriver, Reply, by_path, sequence, task
from hostile_server import HostileServer, corrupt_gzip, deep_json, json_reply, redirect_loop
from runninghub import (
    AsyncRunningHub,
    CallbackError,
    InvalidParamsError,
    RunningHub,
    SubmitOutcomeUnknownError,
)

IMAGE: Final = "gpt-image-2/text-to-image-official-stable"
SUBMIT = "/openapi/v2/rhart-image-g-2-official/text-to-image"
TID = "2013508786110730241"


def run_op(core: Any, **kw: Any) -> Any:
    args: dict[str, Any] = {
        "timeout": 60,
        "on_progress": None,
        "webhook_url": None,
        "cancel_on_timeout": True,
        "validate": True,
    }
    args.update(kw)
    return core.run(IMAGE, None, {"prompt": "a cat"}, **args)


@pytest.fixture(scope="module")
def hostile() -> Any:
    with HostileServer() as server:
        yield server


# ---- a reply that names a task is never sent again
@pytest.mark.parametrize("code", ["421", "1520", "415", "1003", "1011"])
def test_task_id_with_a_queue_full_code_is_not_resent(code: str) -> None:
    body = {"taskId": TID, "status": "QUEUED", "errorCode": code, "errorMessage": "TASK_QUEUE_MAXED"}
    fake = FakeDriver(sequence([Reply(body), task("other", "QUEUED")]))
    core = fake.core()
    with pytest.raises(SubmitOutcomeUnknownError) as info:
        fake.run(core.submit(IMAGE, None, {"prompt": "a cat"}, queue_wait=True))
    assert info.value.task_id == TID and TID in str(info.value)
    assert len(fake.requests) == 1


def test_legacy_create_naming_a_task_with_421_is_not_resent() -> None:
    body = {"code": 421, "msg": "TASK_QUEUE_MAXED", "data": {"taskId": TID, "taskStatus": "QUEUED"}}
    fake = FakeDriver(sequence([Reply(body), Reply({"code": 0, "data": {"taskId": "2"}})]))
    core = fake.core()
    with pytest.raises(SubmitOutcomeUnknownError) as info:
        fake.run(
            core.submit_workflow(
                "190413690244",
                [("6", "text", "x")],
                webhook_url=None,
                instance_type=None,
                add_metadata=None,
                use_personal_queue=None,
                workflow=None,
            )
        )
    assert info.value.task_id == TID and len(fake.requests) == 1


def test_queue_full_without_a_task_id_is_still_retried() -> None:
    refused = Reply({"taskId": "", "status": "", "errorCode": "421", "errorMessage": "TASK_QUEUE_MAXED"})
    fake = FakeDriver(sequence([refused, task(TID, "QUEUED")]))
    created = fake.run(fake.core().submit(IMAGE, None, {"prompt": "a cat"}))
    assert created.id == TID and len(fake.requests) == 2


# ---- unreadable replies over real HTTP
@pytest.mark.parametrize("action", [deep_json(), corrupt_gzip()], ids=["deep-json", "corrupt-gzip"])
def test_unreadable_submit_reply_is_outcome_unknown(hostile: HostileServer, action: Any) -> None:
    hostile.script(action, json_reply({"taskId": "2", "status": "QUEUED"}))
    client = RunningHub("sk-test-key-123456", base_url=hostile.url, max_retries=3)
    with client, pytest.raises(SubmitOutcomeUnknownError) as info:
        client.submit(IMAGE, prompt="a cat")
    assert "not sent again" in str(info.value)
    assert hostile.count(SUBMIT) == 1


def test_redirect_loop_on_submit_is_outcome_unknown_and_posted_once(hostile: HostileServer) -> None:
    hostile.script(redirect_loop())
    http = httpx.Client(follow_redirects=True, timeout=5)
    client = RunningHub("sk-test-key-123456", base_url=hostile.url, http_client=http)
    with client, pytest.raises(SubmitOutcomeUnknownError) as info:
        client.submit(IMAGE, prompt="a cat")
    assert isinstance(info.value.__cause__, httpx.TooManyRedirects)
    assert sum(1 for r in hostile.requests if r.method == "POST") == 1
    http.close()


# ---- every argument checked before the submit
BAD_TIMEOUTS = [("5", TypeError), ([5], TypeError), (math.nan, ValueError), (-1, ValueError), (0, ValueError)]


@pytest.mark.parametrize(("timeout", "error"), BAD_TIMEOUTS, ids=["str", "list", "nan", "negative", "zero"])
def test_bad_timeout_is_refused_before_the_submit(timeout: Any, error: type[Exception]) -> None:
    fake = FakeDriver(sequence([task(TID, "QUEUED")]))
    core = fake.core()
    with pytest.raises(error):
        fake.run(run_op(core, timeout=timeout))
    with pytest.raises(error):
        fake.run(core.wait(TID, timeout=timeout, on_progress=None, cancel_on_timeout=True))
    with pytest.raises(error):
        core.check_batch(IMAGE, [{"prompt": "a"}], 2, timeout)
    assert fake.requests == []


def test_non_callable_progress_and_bad_model_are_refused_before_the_submit() -> None:
    fake = FakeDriver(sequence([task(TID, "QUEUED")]))
    core = fake.core()
    with pytest.raises(TypeError, match="on_progress"):
        fake.run(run_op(core, on_progress=3))
    with pytest.raises(TypeError, match="model"):
        fake.run(core.submit(None, None, {"prompt": "a"}))  # type: ignore[arg-type]
    with pytest.raises(InvalidParamsError):
        fake.run(core.submit(IMAGE, None, {"prompt": "a", "extra": math.nan}, validate=False))
    with pytest.raises(InvalidParamsError):
        fake.run(core.submit(IMAGE, None, {"prompt": "a", "x": [1.0, math.inf]}, validate=False))
    assert fake.requests == []


def test_non_ascii_key_is_refused_before_sending_without_showing_it() -> None:
    with pytest.raises(InvalidParamsError) as info:
        RunningHub("sk-clé-secrète-1234")
    assert "clé" not in str(info.value) and info.value.field == "api_key"
    with pytest.raises(InvalidParamsError):
        RunningHub("sk-with\nnewline-1234")


# ---- a callback's error after the submit carries the task id
def test_progress_callback_error_carries_the_task_id() -> None:
    fake = FakeDriver(by_path(submit=task(TID, "QUEUED"), query=task(TID, "RUNNING")))
    core = fake.core()

    def boom(progress: Any) -> None:
        raise KeyError("mine")

    with pytest.raises(CallbackError) as info:
        fake.run(run_op(core, on_progress=boom))
    assert info.value.task_id == TID and isinstance(info.value.__cause__, KeyError)
    assert fake.paths().count(SUBMIT) == 1


# ---- run_many over a generator (async)
def test_async_run_many_reads_a_generator(runninghub_sandbox: Any) -> None:
    async def main() -> list[Any]:
        async with AsyncRunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
            return await client.run_many(IMAGE, ({"prompt": f"cat {i}"} for i in range(3)), concurrency=2)

    results = asyncio.run(main())
    assert len(results) == 3 and all(r.succeeded for r in results)
    assert runninghub_sandbox.tasks_created == 3


@pytest.mark.parametrize(("timeout", "error"), BAD_TIMEOUTS, ids=["str", "list", "nan", "negative", "zero"])
def test_bad_client_timeout_is_refused(timeout: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        RunningHub("sk-test-key-123456", timeout=timeout)


@pytest.mark.parametrize("action", [deep_json(), corrupt_gzip()], ids=["deep-json", "corrupt-gzip"])
def test_unreadable_submit_reply_is_outcome_unknown_async(hostile: HostileServer, action: Any) -> None:
    hostile.script(action, json_reply({"taskId": "2", "status": "QUEUED"}))

    async def main() -> None:
        async with AsyncRunningHub("sk-test-key-123456", base_url=hostile.url) as client:
            await client.submit(IMAGE, prompt="a cat")

    with pytest.raises(SubmitOutcomeUnknownError):
        asyncio.run(main())
    assert hostile.count(SUBMIT) == 1


def test_download_progress_callback_error_carries_the_task_id(hostile: HostileServer, tmp_path: Any) -> None:
    from hostile_server import raw
    from runninghub import Output

    hostile.script(raw(200, b"\x89PNG" + b"0" * 100, {"Content-Type": "image/png"}))

    def boom(done: int, total: int | None) -> None:
        raise RuntimeError("mine")

    out = Output(url=hostile.url + "/o.png", output_type="png", task_id=TID)
    with pytest.raises(CallbackError) as info:
        out.save(tmp_path, on_progress=boom)
    assert info.value.task_id == TID and isinstance(info.value.__cause__, RuntimeError)
    assert list(tmp_path.iterdir()) == []
