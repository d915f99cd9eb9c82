"""#10 item 6: the key is a secret. No repr, str, exception, log line or frame local (as a
crash reporter records them: traceback.TracebackException(capture_locals=True)) shows it, in
any of the forms a server may echo it."""

from __future__ import annotations

import json
import logging
import traceback
from typing import Any, Final
from urllib.parse import quote

import pytest
from hostile_server import HostileServer, drop, html, raw
from runninghub import RunningHub, RunningHubError
from runninghub._secret import Secret, redact

KEY = "sk-Ab/cd+ef=Gh_0123456789abcdef"
IMAGE: Final = "gpt-image-2/text-to-image-official-stable"
FORMS = [KEY, quote(KEY, safe=""), KEY.upper(), KEY.lower(), json.dumps(KEY)[1:-1].replace("/", "\\/")]


def leaks(text: str) -> list[str]:
    low = text.lower()
    return [f for f in FORMS if f.lower() in low]


def locals_trace(exc: BaseException) -> str:
    return "".join(traceback.TracebackException.from_exception(exc, capture_locals=True).format())


@pytest.fixture(scope="module")
def hostile() -> Any:
    with HostileServer() as server:
        yield server


def test_secret_and_settings_reprs_are_redacted() -> None:
    client = RunningHub(KEY, base_url="http://127.0.0.1:9")
    core = client._core
    sends = [core.request("query_task", {"a": 1}), core.request("cancel_task", {})]  # bearer, key in the body
    texts = [repr(client), repr(core.settings), *(repr(send) for send in sends)]
    texts += [repr(core._headers(True)), str(core._key()), f"{core._key()}", repr(client.low_level())]
    assert not any(leaks(t) for t in texts), texts
    assert isinstance(core._key(), Secret) and core._key().reveal() == KEY
    with pytest.raises(TypeError):
        __import__("pickle").dumps(core._key())


def test_redaction_catches_every_form_and_cuts_after_redacting() -> None:
    text = " ".join(FORMS)
    assert leaks(redact(text, Secret(KEY))) == []
    with RunningHub(KEY, base_url="http://x") as client:
        import httpx

        body = ("x" * 490 + KEY + "y" * 100).encode()
        response = httpx.Response(401, content=body, request=httpx.Request("POST", "http://x/q"))
        excerpt = client._core._body_excerpt(response)
    assert leaks(excerpt) == [] and KEY[:8] not in excerpt


@pytest.mark.parametrize("action", [drop(), html(502)], ids=["dropped", "html"])
def test_failing_submit_traceback_with_locals_has_no_key(hostile: HostileServer, action: Any) -> None:
    hostile.script(action)
    with RunningHub(KEY, base_url=hostile.url, max_retries=1) as client, pytest.raises(RunningHubError) as info:
        client.submit(IMAGE, prompt="a cat")
    assert leaks(locals_trace(info.value)) == []
    assert hostile.requests[0].headers["authorization"] == f"Bearer {KEY}"  # it was sent, only there


def echo_reply() -> bytes:
    return json.dumps({"errorCode": "1002", "errorMessage": " ".join(FORMS), "taskId": "", "status": ""}).encode()


def test_echoed_key_in_an_error_reply_is_redacted_everywhere(hostile: HostileServer) -> None:
    hostile.script(raw(401, echo_reply(), {"Content-Type": "application/json"}))  # no local holds the key
    with RunningHub(KEY, base_url=hostile.url) as client, pytest.raises(RunningHubError) as info:
        client.query("123")
    err: Any = info.value
    assert leaks(str(err)) == [] and leaks(err.body or "") == [] and leaks(locals_trace(err)) == []


def test_legacy_body_key_and_query_param_key_do_not_leak(hostile: HostileServer) -> None:
    hostile.script(drop())
    with RunningHub(KEY, base_url=hostile.url, max_retries=0) as client:
        for call in (client.account, lambda: client.app("1877265245566922753")):
            with pytest.raises(RunningHubError) as info:
                call()
            assert leaks(locals_trace(info.value)) == []
    assert KEY in hostile.requests[0].body.decode()  # the legacy key went in the body as the API wants


def test_debug_log_has_no_key(hostile: HostileServer, caplog: pytest.LogCaptureFixture) -> None:
    hostile.script(html(500))
    caplog.set_level(logging.DEBUG, logger="runninghub")
    with RunningHub(KEY, base_url=hostile.url, max_retries=1) as client, pytest.raises(RunningHubError):
        client._core.settings.backoff_base = 0.01
        client.query("123")
    assert caplog.records and leaks(caplog.text) == []
