"""#11 item 1: how a reply without a known code is read by its HTTP status lives once, in the spec
(x-runninghub-http-fallbacks on ErrorCode, spec/components/errors.yaml).

Every expectation is read from the bundled spec, never copied: the class and retry flag of each
row, the statuses that resend a submit or leave its outcome unknown, and the generated module
and tables. The wrapper reads the generated module (a test swaps a row and sees the behaviour
follow), and no HTTP status literal for these decisions is left in wrapper code. Runs through the
fake driver in virtual time (ms).
"""

from __future__ import annotations

import copy
import json
import os
import re
import sys
from pathlib import Path
from typing import Any, Final

import pytest
from conftest import ROOT
from fake_driver import FakeDriver, Reply, sequence, task
from runninghub import _errors
from runninghub._errors import (
    APIError,
    RunningHubError,
    SubmitOutcomeUnknownError,
    error_class_for,
    http_row,
    is_retryable,
    make_api_error,
)
from runninghub_api import wire_tables as wire
from scratch_generator import copy_inputs, generate_python, run_client

sys.path.insert(0, str(ROOT / "generator"))
import wire_tables

IMAGE: Final = "gpt-image-2/text-to-image-official-stable"
TID: Final = "2013508786110730241"
HTML: Final = b"<html><body><h1>error page</h1></body></html>"
DOC: Final = json.loads((ROOT / "generated" / "openapi.json").read_text(encoding="utf-8"))
ROWS: Final = wire_tables.http_fallbacks(DOC)
# a status each row reads (a class row: its first, a middle and its last status; default: a few
# statuses no other row names)
SAMPLES: Final = {"2xx": (200, 203, 299), "3xx": (301, 302, 308), "5xx": (500, 503, 599), "default": (400, 418, 451)}


def _statuses(key: str) -> tuple[int, ...]:
    return SAMPLES.get(key, (int(key),) if key.isdigit() else ())


CASES: Final = [
    pytest.param(key, status, readable, id=f"{status}-{'json' if readable else 'html'}")
    for key, row in ROWS.items()
    for status in _statuses(key)
    for readable in (True, False)
    if readable is False or row.get("body", "any") == "any"
]


def _class(name: str) -> type[RunningHubError]:
    cls = getattr(_errors, name)
    assert isinstance(cls, type) and issubclass(cls, RunningHubError), name
    return cls


def _reply(status: int, readable: bool, code: str | None = None) -> Reply:
    """A reply with `status` that names no task: a JSON object (with `code` if given) or an HTML page."""
    if not readable:
        return Reply(HTML, status=status, headers={"Content-Type": "text/html"})
    body = {"taskId": "", "status": "", "errorCode": code or "", "errorMessage": "refused", "results": None}
    return Reply(body, status=status)


def test_every_row_has_samples_and_every_class_is_raised() -> None:
    # a new row without a sample status here would go untested: fail instead
    assert all(_statuses(key) for key in ROWS), [key for key in ROWS if not _statuses(key)]
    assert {row["class"] for row in ROWS.values()} <= set(_errors._CLASSES) | {"APIError"}
    for key, statuses in SAMPLES.items():
        if key != "default":
            assert all(http_row(s) != "default" or ROWS[key].get("body") for s in statuses), key
    assert all(http_row(status) == "default" for status in SAMPLES["default"])


# --------------------------------------------------------------------------- classification
@pytest.mark.parametrize(("key", "status", "readable"), CASES)
def test_a_reply_without_a_code_is_read_as_its_status_row_declares(key: str, status: int, readable: bool) -> None:
    row = ROWS[key]
    assert http_row(status, readable=readable) == key
    error = make_api_error("refused", code=None, status_code=status, readable=readable)
    assert type(error) is _class(row["class"]), (status, type(error))
    assert error.retryable is row["retryable"] is is_retryable(None, status, readable=readable)
    assert error.status_code == status and error.error_code is None


def test_a_json_2xx_reply_with_an_unknown_code_is_not_read_as_an_unreadable_one() -> None:
    unreadable_only = [k for k, r in ROWS.items() if r.get("body") == "unreadable"]
    assert unreadable_only, "the spec has a row for unreadable bodies only"
    for key in unreadable_only:
        status = _statuses(key)[0]
        assert http_row(status, readable=True) != key
        error = make_api_error("refused", code="999999", status_code=status)
        assert error.retryable is ROWS[http_row(status)]["retryable"]


def test_a_known_code_decides_unless_the_row_is_over_code() -> None:
    """Rule 4: a code the table lists decides retryable whatever the status; a row marked
    over-code (429) decides first; a plain APIError code takes its status row's class."""
    codes = wire_tables.error_codes(DOC)
    not_retryable = next(c for c, e in codes.items() if e["class"] == "InvalidParamsError" and not e["retryable"])
    plain = next(c for c, e in codes.items() if e["class"] == "APIError" and e["retryable"])
    for key, row in ROWS.items():
        status = _statuses(key)[0]
        readable = row.get("body", "any") == "any"
        error = make_api_error("refused", code=not_retryable, status_code=status, readable=readable)
        if row.get("over-code"):
            assert type(error) is _class(row["class"]) and error.retryable is row["retryable"], key
        else:
            assert isinstance(error, _errors.InvalidParamsError) and error.retryable is False, key
            error = make_api_error("refused", code=plain, status_code=status, readable=readable)
            assert type(error) is _class(row["class"]) and error.retryable is True, key


# --------------------------------------------------------------------------- through the core
@pytest.mark.parametrize(("key", "status", "readable"), CASES)
def test_a_status_read_is_repeated_only_on_a_retryable_row(key: str, status: int, readable: bool) -> None:
    row = ROWS[key]
    fake = FakeDriver(sequence([_reply(status, readable), task(TID, "SUCCESS")]), max_retries=1)
    core = fake.core()
    if row["retryable"]:
        assert fake.run(core.query(TID)).task_id == TID
        assert len(fake.requests) == 2 and len(fake.sleeps) == 1
        return
    with pytest.raises(_class(row["class"])) as info:
        fake.run(core.query(TID))
    assert getattr(info.value, "status_code", None) == status
    assert len(fake.requests) == 1 and fake.sleeps == []


@pytest.mark.parametrize(("key", "status", "readable"), CASES)
def test_a_submit_is_resent_only_on_a_resend_submit_row(key: str, status: int, readable: bool) -> None:
    """Money first: a resend-submit row (429) sends the submit again; a submit-outcome-unknown
    row or any other retryable APIError row is SubmitOutcomeUnknownError after one request;
    every other row raises its class after one request."""
    row = ROWS[key]
    fake = FakeDriver(sequence([_reply(status, readable), task(TID, "QUEUED")]))
    core = fake.core()
    if row.get("resend-submit"):
        assert fake.run(core.submit(IMAGE, None, {"prompt": "a cat"})).id == TID
        assert len(fake.requests) == 2
        return
    with pytest.raises(RunningHubError) as info:
        fake.run(core.submit(IMAGE, None, {"prompt": "a cat"}))
    assert len(fake.requests) == 1, key
    unknown = row.get("submit-outcome-unknown") or (row["retryable"] and row["class"] == "APIError")
    if unknown:
        assert isinstance(info.value, SubmitOutcomeUnknownError), (key, type(info.value))
    else:
        assert type(info.value) is _class(row["class"]), (key, type(info.value))


def test_a_submit_outcome_unknown_row_wins_over_a_code_that_proves_nothing() -> None:
    """HTTP 500 with a code that is not retryable (1012): the task may exist, not sent again."""
    codes = wire_tables.error_codes(DOC)
    code = next(c for c, e in codes.items() if e["class"] == "APIError" and not e["retryable"])
    for key in (k for k, r in ROWS.items() if r.get("submit-outcome-unknown")):
        fake = FakeDriver(sequence([_reply(_statuses(key)[0], True, code), task(TID, "QUEUED")]))
        with pytest.raises(SubmitOutcomeUnknownError):
            fake.run(fake.core().submit(IMAGE, None, {"prompt": "a cat"}))
        assert len(fake.requests) == 1, key


def test_a_2xx_json_object_without_a_code_is_a_reply_and_3xx_is_not() -> None:
    for status, ok in ((200, True), (203, True), (302, False)):
        fake = FakeDriver(sequence([Reply(task(TID, "SUCCESS").body, status=status)]), max_retries=0)
        if ok:
            assert fake.run(fake.core().query(TID)).succeeded
        else:
            with pytest.raises(APIError) as info:
                fake.run(fake.core().query(TID))
            assert info.value.status_code == status


# --------------------------------------------------------------------------- the wrapper reads the module
def test_the_wrapper_follows_the_generated_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Swap rows in runninghub_api.wire_tables: the wrapper's decisions follow (no copy)."""
    assert is_retryable(None, 409) is ("409" in wire.HTTP_RETRYABLE)
    monkeypatch.setattr(wire, "HTTP_RETRYABLE", wire.HTTP_RETRYABLE ^ {"409"})
    assert is_retryable(None, 409) is ("409" in wire.HTTP_RETRYABLE)
    monkeypatch.setattr(wire, "HTTP_CLASSES", {**wire.HTTP_CLASSES, "418": "RateLimitError"})
    assert error_class_for(None, 418) is _errors.RateLimitError
    monkeypatch.setattr(wire, "HTTP_RESEND_SUBMIT", frozenset({"418"}))
    monkeypatch.setattr(wire, "HTTP_RETRYABLE", wire.HTTP_RETRYABLE | {"418"})
    fake = FakeDriver(sequence([_reply(418, False), task(TID, "QUEUED")]))
    assert fake.run(fake.core().submit(IMAGE, None, {"prompt": "a cat"})).id == TID and len(fake.requests) == 2
    fake = FakeDriver(sequence([_reply(429, False), task(TID, "QUEUED")]))
    with pytest.raises(_errors.RateLimitError):  # 429 no longer resends: the table said so
        fake.run(fake.core().submit(IMAGE, None, {"prompt": "a cat"}))


def test_the_generated_sets_are_the_spec_rows() -> None:
    assert {key: row["class"] for key, row in ROWS.items()} == wire.HTTP_CLASSES
    flags = {
        "HTTP_RETRYABLE": "retryable",
        "HTTP_OVER_CODE": "over-code",
        "HTTP_RESEND_SUBMIT": "resend-submit",
        "HTTP_QUEUE_FULL": "queue-full",
        "HTTP_SUBMIT_OUTCOME_UNKNOWN": "submit-outcome-unknown",
    }
    for name, flag in flags.items():
        assert getattr(wire, name) == {key for key, row in ROWS.items() if row.get(flag)}, name
    assert {key for key, row in ROWS.items() if row.get("body") == "unreadable"} == wire.HTTP_UNREADABLE_ONLY


# Comparisons of an HTTP status with a number: `status == 429`, `status_code in (401, 403)`,
# `status >= 500`, `300 <= status`. Each decision of this kind reads the spec's rows instead.
STATUS_LITERAL = re.compile(
    r"status\w*\s*(?:==|!=|<=|>=|<|>|(?:not\s+)?in)\s*[\(\[{]?\s*[1-5]\d\d\b|\b[1-5]\d\d\s*(?:==|!=|<=|>=|<|>)\s*\w*status"
)
# HTTP mechanics, not a reading of RunningHub's replies: a download (another host) is an error
# from 400 and resumes on 206 Partial Content.
ALLOWED: Final = {
    ("_sync_driver.py", "response.status_code >= 400"),
    ("_sync_driver.py", "response.status_code == 206"),
    ("_async_driver.py", "response.status_code >= 400"),
    ("_async_driver.py", "response.status_code == 206"),
}


def _status_literals(text: str, name: str) -> list[str]:
    found = []
    for line in text.splitlines():
        code = line.split("#", 1)[0]
        for match in STATUS_LITERAL.finditer(code):
            if not any(name == f and snippet in code for f, snippet in ALLOWED):
                found.append(f"{name}: {line.strip()} ({match.group(0)})")
    return found


def test_no_http_status_literal_decides_in_wrapper_code() -> None:
    package = ROOT / "wrapper" / "runninghub"
    found = []
    for path in sorted(package.rglob("*.py")):
        if "sandbox" in path.relative_to(package).parts:  # the sandbox is a server: it sends statuses
            continue
        found += _status_literals(path.read_text(encoding="utf-8"), path.name)
    assert found == [], "read x-runninghub-http-fallbacks (runninghub._errors) instead:\n" + "\n".join(found)


def test_the_scan_finds_the_literals_it_forbids() -> None:
    for line in (
        "if status == 429:",
        "cls = X if status in (401, 403) else Y",
        "retryable = status is None or status in (408, 425, 429) or status >= 500",
        "or 300 <= status < 400",
        "return status_code in (408, 409) or status_code >= 500",
    ):
        assert _status_literals(line, "_x.py"), line
    assert not _status_literals("if response.status_code >= 400:", "_sync_driver.py")
    assert not _status_literals("KEEP_ENDPOINTS = 400", "_x.py")


# --------------------------------------------------------------------------- the table is checked
def _with_rows(rows: list[dict[str, Any]]) -> dict[str, Any]:
    doc: dict[str, Any] = copy.deepcopy(DOC)
    doc["components"]["schemas"]["ErrorCode"]["x-runninghub-http-fallbacks"] = rows
    return doc


def test_a_broken_status_table_is_refused() -> None:
    rows = DOC["components"]["schemas"]["ErrorCode"]["x-runninghub-http-fallbacks"]
    default = {"status": "default", "meaning": "any other", "class": "APIError", "retryable": False, "source": "a"}
    with pytest.raises(wire_tables.TableError, match="default row"):
        wire_tables.python_module(_with_rows([r for r in rows if r["status"] != "default"]))
    with pytest.raises(wire_tables.TableError, match="appears twice"):
        wire_tables.python_module(_with_rows([*rows, dict(rows[0])]))
    bad = {"status": "5XX", "meaning": "x", "class": "APIError", "retryable": True, "source": "a"}
    with pytest.raises(wire_tables.TableError, match="status '5XX'"):
        wire_tables.http_fallbacks(_with_rows([default, bad]))
    resend = {**bad, "status": 503, "resend-submit": True}
    with pytest.raises(wire_tables.TableError, match="resend a submit"):
        wire_tables.http_fallbacks(_with_rows([default, resend]))
    typo = {**bad, "status": 503, "resend_submit": True}
    with pytest.raises(wire_tables.TableError, match="unknown keys"):
        wire_tables.http_fallbacks(_with_rows([default, typo]))
    with pytest.raises(wire_tables.TableError, match="class 'Oops'"):
        wire_tables.http_fallbacks(_with_rows([default, {**bad, "status": 503, "class": "Oops"}]))
    with pytest.raises(wire_tables.TableError, match="source must be"):
        wire_tables.http_fallbacks(_with_rows([default, {**bad, "status": 503, "source": ""}]))
    assert list(wire_tables.http_fallbacks(_with_rows([default, {**bad, "status": 503}]))) == ["default", "503"]
    # a new row reaches the module
    new = {"status": 418, "meaning": "teapot", "class": "APIError", "retryable": True, "source": "RFC 2324"}
    module = wire_tables.python_module(_with_rows([*rows, new]))
    assert '"418": "APIError"' in module and re.search(
        r'HTTP_RETRYABLE: frozenset\[str\] = frozenset\(\{[^}]*"418"', module
    )


def test_the_readme_and_docs_status_tables_are_what_the_generator_writes() -> None:
    table = wire_tables.http_table(DOC)
    for path in (ROOT / "tests" / "conformance" / "README.md", ROOT / "docs" / "errors-and-retries.md"):
        text = path.read_text(encoding="utf-8")
        assert f"{wire_tables.HTTP_START}\n{table}\n{wire_tables.END}" in text, f"{path.name}: run make generate"
    labels = [line.split("|")[1].strip() for line in table.splitlines()[2:]]
    assert sorted(labels) == sorted(wire_tables.status_label(key) for key in ROWS)


READ_ROWS: Final = """
import json, runninghub_api
from runninghub._errors import error_class_for, is_retryable
print(json.dumps({"package": runninghub_api.__file__, "409": is_retryable(None, 409),
                  "418": [error_class_for(None, 418).__name__, is_retryable(None, 418)]}))
"""


@pytest.mark.skipif(
    os.environ.get("RUNNINGHUB_GENERATOR_TESTS") != "1",
    reason="runs the generator (about 10 s): `make test-generator` sets RUNNINGHUB_GENERATOR_TESTS=1",
)
def test_a_status_row_changed_in_spec_reaches_the_wrapper_through_the_generator(tmp_path: Path) -> None:
    copy_inputs(tmp_path)
    errors = tmp_path / "spec" / "components" / "errors.yaml"
    text = errors.read_text(encoding="utf-8")
    row = "        - {status: 409, meaning: conflict, class: APIError, retryable: true,"
    assert text.count(row) == 1
    text = text.replace(row, row.replace("retryable: true", "retryable: false"))
    text += "        - {status: 418, meaning: teapot, class: RateLimitError, retryable: true, source: RFC 2324}\n"
    errors.write_text(text, encoding="utf-8")
    out = run_client(generate_python(tmp_path), READ_ROWS)
    assert out["409"] is False and out["418"] == ["RateLimitError", True]
