"""RunningHub (sync) against the sandbox over real HTTP: validation, uploads, waits, downloads."""

from __future__ import annotations

import hashlib
import io
import itertools
import logging
import os
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

import httpx
import pytest
import runninghub
from conftest import VirtualSleep
from fake_driver import FakeDriver, TimedTasks, sequence
from runninghub import (
    AuthenticationError,
    InvalidParamsError,
    Progress,
    RunningHub,
    TaskCancelledError,
    TaskFailedError,
    TaskTimeoutError,
)

IMAGE: Final = "gpt-image-2/text-to-image-official-stable"  # rhart-image-g-2-official/text-to-image
EDIT: Final = "rhart-image-n-pro/edit"
PNG_1PX = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)


def submits(sb: Any, path_part: str = "/openapi/v2/rhart") -> list[dict[str, Any]]:
    return [e for e in sb.journal if path_part in e["path"]]


def queries(sb: Any) -> list[dict[str, Any]]:
    return [e for e in sb.journal if e["path"] == "/openapi/v2/query"]


def png_decodes(data: bytes) -> bool:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    pos, idat = 8, b""
    while pos < len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        if kind == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    return len(zlib.decompress(idat)) > 0


@pytest.fixture
def client(runninghub_sandbox: Any) -> Any:
    with RunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as c:
        yield c


# --------------------------------------------------------------------------- construction
def test_key_and_base_url_from_environment(monkeypatch: pytest.MonkeyPatch, runninghub_sandbox: Any) -> None:
    monkeypatch.setenv("RUNNINGHUB_API_KEY", runninghub_sandbox.api_key)
    monkeypatch.setenv("RUNNINGHUB_BASE_URL", runninghub_sandbox.base_url)
    with RunningHub() as c:
        assert c.base_url == runninghub_sandbox.base_url
        assert c.account().currency
    monkeypatch.delenv("RUNNINGHUB_BASE_URL")
    assert RunningHub().base_url == "https://www.runninghub.ai"
    assert RunningHub(base_url="https://www.runninghub.cn/").base_url == "https://www.runninghub.cn"


def test_key_never_shown(runninghub_sandbox: Any, caplog: pytest.LogCaptureFixture) -> None:
    secret = "sk-very-secret-key-123456"
    c = RunningHub(secret, base_url=runninghub_sandbox.base_url, max_retries=0)
    assert secret not in repr(c) and secret not in str(vars(c))
    caplog.set_level(logging.DEBUG, logger="runninghub")
    with pytest.raises(AuthenticationError) as info:
        c.submit(IMAGE, prompt="a cat")
    assert secret not in str(info.value) and secret not in repr(info.value) and secret not in (info.value.body or "")
    with pytest.raises(AuthenticationError):
        c.account()  # legacy endpoint: the key travels in the body
    assert caplog.records, "debug logging produced nothing"
    assert all(secret not in r.getMessage() for r in caplog.records)
    assert runninghub_sandbox.journal and all(secret not in str(e) for e in runninghub_sandbox.journal)


def test_missing_key_fails_before_sending(runninghub_sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RUNNINGHUB_API_KEY", raising=False)
    c = RunningHub(base_url=runninghub_sandbox.base_url)
    with pytest.raises(AuthenticationError, match="no API key"):
        c.submit(IMAGE, prompt="a cat")
    assert runninghub_sandbox.journal == []


# --------------------------------------------------------------------------- validation
@pytest.mark.parametrize(
    ("model", "params", "field", "words"),
    [
        ("no-such-model/text-to-image", {"prompt": "x"}, None, "unknown model"),
        (IMAGE, {"prompt": "x", "colour": "red"}, "colour", "no such field"),
        (IMAGE, {"resolution": "2k"}, "prompt", "required"),
        (IMAGE, {"prompt": 42}, "prompt", "expected string"),
        (IMAGE, {"prompt": "x", "resolution": "8k"}, "resolution", "'1k', '2k', '4k'"),
        (IMAGE, {"prompt": "x" * 40_000}, "prompt", "too long"),
        ("kling-v3.0-pro/image-to-video", {"prompt": "x", "firstImageUrl": "u", "duration": "99"}, "duration", "'15'"),
        ("rhart-image/f-2-dev/text-to-image", {"12##text": "x", "29##value": 99999}, "29##value", "maximum"),
    ],
)
def test_invalid_params_send_nothing(
    client: RunningHub, runninghub_sandbox: Any, model: str, params: dict[str, Any], field: str | None, words: str
) -> None:
    with pytest.raises(InvalidParamsError) as info:
        client.submit(client.models.get(model), params)  # a Model: the fields are checked at run time
    assert info.value.field == field
    assert words in str(info.value)
    assert isinstance(info.value, ValueError)
    assert runninghub_sandbox.journal == []


def test_local_media_checked_before_upload(client: RunningHub, runninghub_sandbox: Any, tmp_path: Path) -> None:
    model = client.models.get(EDIT)
    media = next(p for p in model.params if p.media)
    text = tmp_path / "notes.txt"
    text.write_text("not an image")
    with pytest.raises(InvalidParamsError, match="allowed formats") as info:
        client.submit(model, {"prompt": "x", media.name: [text] if media.type == "array" else text})
    assert info.value.field == media.name
    big = tmp_path / "big.png"
    with big.open("wb") as f:
        f.write(PNG_1PX)
        f.truncate(int((media.media.max_size_mb or 1) * 1024 * 1024) + 1)  # type: ignore[union-attr]
    with pytest.raises(InvalidParamsError, match="at most"):
        client.submit(model, {"prompt": "x", media.name: [big] if media.type == "array" else big})
    assert runninghub_sandbox.journal == []


def test_required_defaults_filled_in(client: RunningHub, runninghub_sandbox: Any) -> None:
    task = client.submit(IMAGE, prompt="a cat")
    assert isinstance(task.id, str) and task.id.isdigit()
    body = submits(runninghub_sandbox)[-1]["body"]
    assert set(body) == {"prompt", "resolution", "quality"}  # aspectRatio is optional since 2026-09


def test_model_by_name_or_path_and_unvalidated_escape_hatch(client: RunningHub, runninghub_sandbox: Any) -> None:
    a = client.submit(IMAGE, {"prompt": "one"})
    b = client.submit("rhart-image-g-2-official/text-to-image", {"prompt": "two"})
    full = {"prompt": "three", "aspectRatio": "1:1", "resolution": "1k", "quality": "low"}
    c = client.submit(
        "/openapi/v2/rhart-image-g-2-official/text-to-image",  # type: ignore[arg-type]  # a full path: not a typed name
        full,
        validate=False,
    )
    assert len({a.id, b.id, c.id}) == 3
    assert [e["path"] for e in submits(runninghub_sandbox)] == [
        "/openapi/v2/rhart-image-g-2-official/text-to-image"
    ] * 3


# --------------------------------------------------------------------------- run, wait, progress
def ended_after_the_first_event(sb: Any, events: list[str]) -> Callable[[Progress], None]:
    """on_progress for an hour-long task: record each status, end the task after the first (the
    submit's QUEUED for certain, however late the reply is computed)."""

    def progress(p: Progress) -> None:
        events.append(p.status)
        if len(events) == 1:
            sb.end_task(p.task_id)

    return progress


def test_run_saves_a_decodable_png(client: RunningHub, runninghub_sandbox: Any, tmp_path: Path) -> None:
    events: list[str] = []
    runninghub_sandbox.configure(task_duration=3600)
    result = client.run(IMAGE, prompt="a cat", on_progress=ended_after_the_first_event(runninghub_sandbox, events))
    assert result.succeeded and result.task_id.isdigit()
    assert events[0] == "QUEUED" and events[-1] == "SUCCESS"
    assert result.usage is not None and result.cost is not None  # Decimal, from the reply's string
    out = result.outputs[0]
    assert out.output_type == "png" and out.url is not None
    path = out.save(tmp_path)
    assert path == tmp_path / f"{result.task_id}_0.png"
    assert png_decodes(path.read_bytes())
    assert path.read_bytes() == httpx.get(out.url).content  # byte for byte
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left
    assert result.save_all(tmp_path / "all") == [tmp_path / "all" / path.name]


def test_wait_resumes_any_task_id(client: RunningHub, runninghub_sandbox: Any) -> None:
    task = client.submit(IMAGE, prompt="a cat")
    snapshot = client.query(task.id)
    assert snapshot.task_id == task.id and not snapshot.done
    with RunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as other:
        result = other.wait(task.id)
    assert result.task_id == task.id and result.outputs
    assert client.query(task).succeeded


def test_failed_task_carries_id_and_reason(client: RunningHub) -> None:
    with pytest.raises(TaskFailedError) as info:
        client.run(IMAGE, prompt="a cat [[fail]]")
    assert info.value.task_id and info.value.task_id in str(info.value)
    assert info.value.failed_reason and info.value.failed_reason.get("exception_type")


# The timeout tests run the client's waits in virtual time (conftest.VirtualSleep) against a task
# that never ends on its own: the timeout runs out after real reads, whatever the load.


def test_timeout_cancels_then_resumed_wait_sees_cancel(
    virtual_sleep: VirtualSleep, client: RunningHub, runninghub_sandbox: Any
) -> None:
    runninghub_sandbox.configure(task_duration=3600)
    with pytest.raises(TaskTimeoutError) as info:
        client.run(IMAGE, prompt="a cat", timeout=60)
    err = info.value
    assert err.cancelled and err.task_id
    assert any(e["path"] == "/task/openapi/cancel" for e in runninghub_sandbox.journal)
    with pytest.raises(TaskCancelledError) as again:
        client.wait(err.task_id, timeout=10)
    assert again.value.task_id == err.task_id


def test_timeout_without_cancel_then_resume(
    virtual_sleep: VirtualSleep, client: RunningHub, runninghub_sandbox: Any
) -> None:
    runninghub_sandbox.configure(task_duration=3600)
    with pytest.raises(TaskTimeoutError) as info:
        client.run(IMAGE, prompt="a cat", timeout=60, cancel_on_timeout=False)
    assert not info.value.cancelled and info.value.task_id is not None
    assert not any(e["path"] == "/task/openapi/cancel" for e in runninghub_sandbox.journal)
    assert runninghub_sandbox.task_status(info.value.task_id) in ("QUEUED", "RUNNING")  # left running
    runninghub_sandbox.end_task(info.value.task_id)
    result = client.wait(info.value.task_id, timeout=20)
    assert result.succeeded
    assert runninghub_sandbox.tasks_created == 1


def test_adaptive_polling_learns_run_time() -> None:
    # two 4 s tasks of one model, one after the other, in virtual time (tests/fake_driver.py)
    fake = FakeDriver(sequence([]))
    fake.route = tasks = TimedTasks(fake.clock, 4.0)
    core = fake.core()
    for prompt in ("first", "second"):
        op = core.run(
            IMAGE,
            None,
            {"prompt": prompt},
            timeout=60,
            on_progress=None,
            webhook_url=None,
            cancel_on_timeout=True,
            validate=True,
        )
        assert fake.run(op).succeeded
    first, second = tasks.reads.values()
    # a fixed 2 s poll needs 2-3 reads for a 4 s task; the learned schedule aims at the end
    assert first <= 6
    assert second <= 2, f"{second} status reads after learning the run time"
    assert second < first


# --------------------------------------------------------------------------- uploads
@pytest.mark.no_prism(
    "prism re-encodes multipart bodies as UTF-8 text, so the stored upload is not byte for byte what was sent"
    " (stoplightio/prism#2349)"
)
def test_upload_sources_and_dedupe(client: RunningHub, runninghub_sandbox: Any, tmp_path: Path) -> None:
    path = tmp_path / "cat.png"
    path.write_bytes(PNG_1PX)
    a = client.upload(path)
    b = client.upload(PNG_1PX)
    c = client.upload(io.BytesIO(PNG_1PX))
    assert a == b == c and a.url and a.file_name
    assert a.sha256 == hashlib.sha256(PNG_1PX).hexdigest()
    assert [e["path"] for e in runninghub_sandbox.journal].count("/openapi/v2/media/upload/binary") == 1
    assert httpx.get(a.url).content == PNG_1PX


@pytest.mark.no_prism(
    "upload URLs point at the sandbox itself, not at base_url (prism): /files/ is not a spec path, so prism cannot"
    " serve it"
)
def test_auto_upload_of_media_fields(client: RunningHub, runninghub_sandbox: Any, tmp_path: Path) -> None:
    path = tmp_path / "cat.png"
    path.write_bytes(PNG_1PX)
    model = client.models.get(EDIT)
    media = next(p for p in model.params if p.media)
    value: Any = [path, PNG_1PX] if media.type == "array" else path
    client.run(model, {"prompt": "make it blue", media.name: value})
    paths = [e["path"] for e in runninghub_sandbox.journal]
    assert paths.count("/openapi/v2/media/upload/binary") == 1  # same content: one upload
    sent = submits(runninghub_sandbox, "/openapi/v2/" + model.endpoint)[0]["body"][media.name]
    urls = sent if isinstance(sent, list) else [sent]
    assert all(u.startswith(runninghub_sandbox.base_url) for u in urls)


def test_workflow_and_app_nodes_upload_file_names(client: RunningHub, runninghub_sandbox: Any, tmp_path: Path) -> None:
    path = tmp_path / "in.png"
    path.write_bytes(PNG_1PX)
    result = client.run_workflow(
        "1904136902449209346", [("10", "image", path), {"nodeId": "6", "fieldName": "text", "fieldValue": "a cat"}]
    )
    assert result.succeeded
    create = next(e for e in runninghub_sandbox.journal if e["path"] == "/task/openapi/create")
    values = [n["fieldValue"] for n in create["body"]["nodeInfoList"]]
    assert values[0].startswith("openapi/") and values[1] == "a cat"
    app = client.run_app("1877265245566922800", [("3", "text", "hello")])
    assert app.succeeded
    with pytest.raises(InvalidParamsError):
        client.submit_app("1", [("3", "text")])


def test_account(client: RunningHub) -> None:
    account = client.account()
    assert account.currency and account.remain_money is not None


# --------------------------------------------------------------------------- downloads
def test_download_is_confined_to_the_target_directory(
    client: RunningHub, runninghub_sandbox: Any, tmp_path: Path
) -> None:
    result = client.run(IMAGE, prompt="a cat")
    out = result.outputs[0]
    assert out.url is not None
    evil = runninghub.Output(
        url=out.url + "?name=../../escape.png",
        output_type="../../png",
        index=0,
        task_id="../../" + result.task_id,
        _client=client,
    )
    target = tmp_path / "inside"
    path = evil.save(target)
    assert path.parent == target and ".." not in path.name
    assert path.read_bytes() == httpx.get(out.url).content
    bad = runninghub.Output(url="file:///etc/passwd", output_type="txt", task_id="1", _client=client)
    with pytest.raises(runninghub.APIError, match="refusing"):
        bad.save(tmp_path)
    named = out.save(tmp_path / "exact-name.png")
    assert named == tmp_path / "exact-name.png" and named.exists()


def test_download_retries_and_checks_length(client: RunningHub, runninghub_sandbox: Any, tmp_path: Path) -> None:
    result = client.run(IMAGE, prompt="a cat")
    client._core.settings.backoff_base = 0.01
    runninghub_sandbox.inject_fault("/files/*", "status", count=2, status=503, retry_after="0")
    path = result.outputs[0].save(tmp_path)
    assert png_decodes(path.read_bytes())
    assert [e["status"] for e in runninghub_sandbox.journal if e["path"].startswith("/files/")] == [503, 503, 200]
    runninghub_sandbox.inject_fault("/files/*", "status", count=10, status=404)
    with pytest.raises(runninghub.APIError) as info:
        result.outputs[0].save(tmp_path / "again.png")
    assert info.value.task_id == result.task_id
    assert not (tmp_path / "again.png").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_injected_http_client_and_options(runninghub_sandbox: Any) -> None:
    seen: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [seen.append]})
    client = RunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url, http_client=http)
    client.run(IMAGE, prompt="a cat")
    assert seen and all(r.headers["host"] == r.url.netloc.decode() for r in seen)
    client.close()
    assert not http.is_closed  # not ours to close
    quick = client.with_options(max_retries=0)
    runninghub_sandbox.inject_fault("/openapi/v2/query", "status", count=1, status=503)
    with pytest.raises(runninghub.APIError):
        quick.query("123")
    http.close()


def test_low_level_client_shares_settings(client: RunningHub) -> None:
    from runninghub_api.api.tasks import query_task
    from runninghub_api.models import QueryTaskRequest

    task = client.submit(IMAGE, prompt="a cat")
    reply = query_task.sync(client=client.low_level(), body=QueryTaskRequest(task_id=task.id))
    assert reply is not None and getattr(reply, "task_id", None) == task.id


def test_models_catalog(client: RunningHub) -> None:
    models = client.models
    assert len(models) == 423
    m = models.get("Vidu-start-end-to-video-q2-turbo")
    assert m.output_type == "video" and m.category == "video/image-to-video"
    assert {p.name for p in m.params} >= {"prompt", "firstImageUrl", "duration"}
    assert models.get("rhart-video/sparkvideo-2.0/text-to-video") is models.get("seedance-2.0/text-to-video")
    assert all(x.output_type == "3d" for x in models.search(output_type="3d"))
    assert "video/image-to-video" in models.categories


def test_byte_progress_for_upload_and_download(client: RunningHub, runninghub_sandbox: Any, tmp_path: Path) -> None:
    data = PNG_1PX + os.urandom(3 * 1024 * 1024)
    sent: list[tuple[int, int | None]] = []
    client.upload(data, on_progress=lambda done, total: sent.append((done, total)))
    assert sent and sent[-1] == (len(data), len(data))
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(sent))
    runninghub_sandbox.configure(output_size=2 * 1024 * 1024)
    result = client.run(IMAGE, prompt="a cat")
    got: list[tuple[int, int | None]] = []
    path = result.outputs[0].save(tmp_path, on_progress=lambda done, total: got.append((done, total)))
    assert got[-1] == (path.stat().st_size, path.stat().st_size) and path.stat().st_size >= 2 * 1024 * 1024


def test_validate_without_sending(client: RunningHub, runninghub_sandbox: Any) -> None:
    body = client.validate(IMAGE, {"prompt": "a cat"}, quality="high")
    assert body["quality"] == "high" and body["resolution"] and "aspectRatio" not in body
    with pytest.raises(InvalidParamsError, match="quality"):
        client.validate(IMAGE, prompt="a cat", quality="ultra")
    assert runninghub_sandbox.journal == []


def test_progress_sees_failure(client: RunningHub, runninghub_sandbox: Any) -> None:
    events: list[str] = []
    runninghub_sandbox.configure(task_duration=3600)
    with pytest.raises(TaskFailedError):
        client.run(IMAGE, prompt="x [[fail]]", on_progress=ended_after_the_first_event(runninghub_sandbox, events))
    assert events[0] == "QUEUED" and events[-1] == "FAILED"


def test_runninghub_log_env_logs_requests_without_the_key(runninghub_sandbox: Any) -> None:
    import subprocess
    import sys

    code = (
        "import os; from runninghub import RunningHub; "
        "c = RunningHub(os.environ['K'], base_url=os.environ['U']); c.query(c.submit('rhart-image-g-2-official/"
        "text-to-image', prompt='x').id)"
    )
    env = {**os.environ, "RUNNINGHUB_LOG": "debug", "K": runninghub_sandbox.api_key, "U": runninghub_sandbox.base_url}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "POST /openapi/v2/query -> 200" in proc.stderr
    assert runninghub_sandbox.api_key not in proc.stderr


def test_download_dropped_mid_body_is_retried_intact(
    client: RunningHub, runninghub_sandbox: Any, tmp_path: Path
) -> None:
    runninghub_sandbox.configure(output_size=3 * 1024 * 1024)
    result = client.run(IMAGE, prompt="a cat")
    url = result.outputs[0].url
    assert url is not None
    expected = httpx.get(url).content
    runninghub_sandbox.inject_fault("/files/*", "drop_during", count=1)
    path = result.outputs[0].save(tmp_path)
    assert path.read_bytes() == expected
    downloads = [e for e in runninghub_sandbox.journal if e["path"].startswith("/files/")]
    assert len(downloads) == 3 and downloads[1].get("fault")  # the check, the dropped one, the retry
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
