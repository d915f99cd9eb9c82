"""#10 item 7: every exception leaving a public method is a RunningHubError (or a TypeError /
ValueError for a bad argument, before any request); the CLI never shows a traceback for a
server's misbehaviour, strips terminal escapes from server text and exits 7 for any unknown
submit outcome."""

from __future__ import annotations

import json
from typing import Any, Final

import httpx
import pytest
from click.testing import CliRunner
from hostile_server import HostileServer, corrupt_gzip, deep_json, json_reply, redirect_loop
from runninghub import RunningHub, RunningHubError
from runninghub.cli import cli
from runninghub.cli._ui import clean

IMAGE: Final = "gpt-image-2/text-to-image-official-stable"
KEY = "sk-test-key-123456"


@pytest.fixture(scope="module")
def hostile() -> Any:
    with HostileServer() as server:
        yield server


def run_cli(hostile: HostileServer, *args: str) -> Any:
    env = {"RUNNINGHUB_API_KEY": KEY, "RUNNINGHUB_BASE_URL": hostile.url, "NO_COLOR": "1"}
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=True)


@pytest.mark.parametrize("action", [deep_json(), corrupt_gzip(), redirect_loop()], ids=["deep", "gzip", "redirect"])
def test_public_methods_raise_only_runninghub_errors(hostile: HostileServer, action: Any) -> None:
    hostile.script(action)
    http = httpx.Client(follow_redirects=True, timeout=5)  # a client of yours that follows redirects
    with RunningHub(KEY, base_url=hostile.url, max_retries=1, http_client=http) as client:
        client._core.settings.backoff_base = 0.01
        for call in (lambda: client.query("123"), client.account, lambda: client.submit(IMAGE, prompt="x")):
            with pytest.raises(RunningHubError):
                call()
    http.close()


@pytest.mark.parametrize("action", [deep_json(), corrupt_gzip()], ids=["deep", "gzip"])
def test_cli_exits_7_without_a_traceback_for_an_unreadable_submit_reply(hostile: HostileServer, action: Any) -> None:
    hostile.script(action)
    result = run_cli(hostile, "run", IMAGE, "-p", "prompt=a cat", "--no-wait")
    assert result.exit_code == 7, result.output
    assert "Traceback" not in result.output and hostile.count("/openapi/v2/") == 1


def test_cli_strips_terminal_escapes_from_server_text(hostile: HostileServer) -> None:
    evil = "bad \x1b[2J\x1b]0;pwned\x07key\x1b[31m"
    hostile.script(json_reply({"taskId": "", "status": "", "errorCode": "1007", "errorMessage": evil}))
    result = run_cli(hostile, "run", IMAGE, "-p", "prompt=a cat", "--no-wait")
    assert result.exit_code == 2, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output and "bad" in result.output


def test_clean_keeps_text_and_drops_controls() -> None:
    assert clean("a\x1b[31mb\x1b[0m\tc\x9bd\x00e") == "ab\tcde"
    assert json.loads(json.dumps(clean("ok"))) == "ok"


def test_cli_tables_strip_escapes_and_ignore_markup(hostile: HostileServer) -> None:
    """Server text in a table (an AI App's title) can neither move the cursor nor style or link
    itself with rich markup."""
    evil = "App \x1b[2J\x1b]8;;http://evil/\x07[link=http://evil/]click[/link][bold]me"
    page = {"records": [{"title": evil, "invokeExample": "/openapi/v2/run/ai-app/42"}], "current": 1, "size": 10}
    page |= {"total": 1, "pages": 1, "hasNext": False}
    hostile.script(json_reply({"code": 0, "msg": "success", "data": page}))
    result = run_cli(hostile, "apps")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "[link=http://evil/]click[/link][bold]me" in result.output  # shown as text, not as markup


def test_live_rows_never_read_server_text_as_markup() -> None:
    import io

    from rich.console import Console
    from runninghub import Progress
    from runninghub.cli._ui import Activity

    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=200)
    with Activity(console) as activity:
        activity.submitting("model")
        activity.on_progress(Progress("1", "RUNNING", 0.0, None))
        activity.on_progress(Progress("1", "[link=http://evil/]RUN\x1b]0;title\x07[/link]", 1.0, None))
    text = out.getvalue()
    assert "[link=http://evil/]RUN[/link]" in text and "]0;title" not in text
