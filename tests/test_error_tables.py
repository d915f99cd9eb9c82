"""#11 item 1: the error codes and task statuses live once, in the spec.

Every expectation here is read from the bundled spec (x-runninghub-error-codes on ErrorCode, the
x-runninghub-*-values sets on TaskStatus), never copied: the wrapper's classification of each
code, the submit's resend rule, the status sets, the generated module and the conformance
README's code table must all follow it. Runs in virtual time through the fake driver (ms).
"""

from __future__ import annotations

import copy
import json
import re
import sys
from typing import Any, Final

import pytest
from conftest import ROOT
from fake_driver import FakeDriver, Reply, sequence, task
from runninghub import _errors, _types
from runninghub._errors import (
    APIError,
    NotFoundError,
    RateLimitError,
    RunningHubError,
    SubmitOutcomeUnknownError,
    error_class_for,
    is_retryable,
    make_api_error,
)
from runninghub._types import TaskSnapshot

sys.path.insert(0, str(ROOT / "generator"))
import wire_tables

IMAGE: Final = "gpt-image-2/text-to-image-official-stable"
TID: Final = "2013508786110730241"
README: Final = ROOT / "tests" / "conformance" / "README.md"
MODULE: Final = ROOT / "generated" / "runninghub_api" / "wire_tables.py"


@pytest.fixture(scope="module")
def codes(bundled: dict[str, Any]) -> dict[str, dict[str, Any]]:
    table: dict[str, dict[str, Any]] = wire_tables.error_codes(bundled)
    return table


def _spec_codes(*, errors_only: bool = False) -> list[str]:
    """The codes of the bundled spec, for parametrising (read at collection, not copied);
    `errors_only` leaves out success and the status signals (804, 813)."""
    doc = json.loads((ROOT / "generated" / "openapi.json").read_text(encoding="utf-8"))
    table = wire_tables.error_codes(doc)
    return [c for c, e in table.items() if not (errors_only and e["class"] in wire_tables.NOT_ERRORS)]


def _class_named(name: str) -> type[RunningHubError]:
    cls = getattr(_errors, name)
    assert isinstance(cls, type) and issubclass(cls, RunningHubError), name
    return cls


def _refusal(code: str) -> dict[str, Any]:
    """A v2 reply that names no task and carries `code` (how RunningHub refuses a request)."""
    return {"taskId": "", "status": "", "errorCode": code, "errorMessage": "refused", "results": None}


# --------------------------------------------------------------------------- classification
@pytest.mark.parametrize("code", _spec_codes())
def test_every_code_is_classified_as_the_spec_declares(code: str, codes: dict[str, dict[str, Any]]) -> None:
    entry = codes[code]
    if entry["class"] in wire_tables.NOT_ERRORS:
        # success and status signals are never an error class of their own, nor retried as one
        assert code not in _errors._RETRYABLE and error_class_for(code, 200) is APIError
        return
    # a failed-task code is an APIError on a request; the wait loop raises TaskFailedError
    want = APIError if entry["class"] == "TaskFailedError" else _class_named(entry["class"])
    for status in (200, 400):  # with a code, the table decides whatever the HTTP status
        error = make_api_error("refused", code=code, status_code=status)
        assert isinstance(error, want), (code, status, type(error))
        if want is APIError:
            assert type(error) is APIError or status != 200, (code, type(error))
        assert error.retryable is entry["retryable"], (code, status)
        assert error.error_code == code
        assert is_retryable(code, status) is entry["retryable"]


@pytest.mark.parametrize("code", _spec_codes(errors_only=True))
def test_a_wait_whose_status_read_is_refused_with_each_code_does_what_the_spec_declares(
    code: str, codes: dict[str, dict[str, Any]]
) -> None:
    """Through the core: a status read refused with the code raises the declared class (a
    failed-task code: TaskFailedError), or, when the code is retryable, is read again."""
    entry = codes[code]
    fake = FakeDriver(sequence([Reply(_refusal(code)), task(TID, "SUCCESS")]), max_retries=1)
    core = fake.core()
    wait = core.wait(TID, timeout=600, on_progress=None, cancel_on_timeout=False)
    if entry["retryable"]:
        assert fake.run(wait).task_id == TID
        assert len(fake.requests) == 2
        return
    with pytest.raises(_class_named(entry["class"])) as info:
        fake.run(wait)
    assert getattr(info.value, "error_code", None) == code and len(fake.requests) == 1
    assert getattr(info.value, "retryable", False) is False


@pytest.mark.parametrize("code", _spec_codes(errors_only=True))
def test_a_submit_is_sent_again_only_for_the_codes_the_spec_marks(code: str, codes: dict[str, dict[str, Any]]) -> None:
    """Money first: only a code marked resend-submit (it proves no task was created) sends the
    submit again; every other refusal reaches the caller after exactly one request."""
    entry = codes[code]
    fake = FakeDriver(sequence([Reply(_refusal(code)), task(TID, "QUEUED")]))
    core = fake.core()
    if entry.get("resend-submit"):
        assert fake.run(core.submit(IMAGE, None, {"prompt": "a cat"})).id == TID
        assert len(fake.requests) == 2
        return
    with pytest.raises((APIError, SubmitOutcomeUnknownError)) as info:
        fake.run(core.submit(IMAGE, None, {"prompt": "a cat"}))
    assert len(fake.requests) == 1, code
    if isinstance(info.value, SubmitOutcomeUnknownError):
        # only a server error that may come after the task was created leaves the outcome open
        assert entry["retryable"] and entry["class"] == "APIError", code
    else:
        want = APIError if entry["class"] == "TaskFailedError" else _class_named(entry["class"])
        assert isinstance(info.value, want) and getattr(info.value, "error_code", None) == code, code


def test_the_wrapper_sets_are_the_spec_table(codes: dict[str, dict[str, Any]]) -> None:
    by_class = {name: {c for c, e in codes.items() if e["class"] == name} for name in wire_tables.ERROR_CLASSES}
    assert by_class["TaskFailedError"] == _errors.TASK_FAILED_CODES
    assert {c for c, e in codes.items() if e.get("resend-submit")} == _errors.SUBMIT_SAFE_TO_RETRY
    assert {c for c, e in codes.items() if e.get("queue-full")} == _errors.QUEUE_FULL_CODES
    assert {c for c, e in codes.items() if e["retryable"]} == _errors._RETRYABLE
    # every class the spec names is one the wrapper raises (a new one fails here, not silently)
    named = {e["class"] for e in codes.values()} - set(wire_tables.NOT_ERRORS) - {"APIError"}
    assert named <= set(_errors._CLASSES)
    assert error_class_for("999999", 404) is NotFoundError  # an unknown code: the HTTP status decides
    assert error_class_for("999999", 429) is RateLimitError and error_class_for(None, 200) is APIError


# --------------------------------------------------------------------------- statuses
def test_status_sets_come_from_the_spec(bundled: dict[str, Any]) -> None:
    sets = wire_tables.statuses(bundled)
    assert (
        _types.TERMINAL == set(sets["terminal"]) == set(sets["success"]) | set(sets["failed"]) | set(sets["cancelled"])
    )
    assert _types.CANCELLED == set(sets["cancelled"]) >= {"CANCEL", "CANCELLED", "CANCELED"}
    assert {_types.SUCCESS} == set(sets["success"]) and {_types.FAILED} == set(sets["failed"])
    for status in sets["terminal"]:
        snap = TaskSnapshot(task_id=TID, status=status)
        assert snap.done
        assert snap.succeeded is (status in sets["success"]) and snap.failed is (status in sets["failed"])
        assert snap.cancelled is (status in sets["cancelled"])
    for status in [*(set(sets["known"]) - set(sets["terminal"])), "PAUSED", ""]:
        assert not TaskSnapshot(task_id=TID, status=status).done, status  # an open set: not finished


# --------------------------------------------------------------------------- generated outputs
def test_the_generated_module_is_what_the_spec_produces(bundled: dict[str, Any]) -> None:
    assert MODULE.read_text(encoding="utf-8") == wire_tables.python_module(bundled), "run make generate"


def test_the_conformance_readme_table_is_what_the_generator_writes(bundled: dict[str, Any]) -> None:
    text = README.read_text(encoding="utf-8")
    table = wire_tables.readme_table(bundled)
    assert f"{wire_tables.START}\n{table}\n{wire_tables.END}" in text, "run make generate"
    assert wire_tables.with_table(text, table) == text
    assert wire_tables.check() == []


def _codes_in(cell: str) -> set[str]:
    return set(re.findall(r"\b\d+\b", re.sub(r"HTTP [^;|]*", "", cell)))


def test_the_docs_table_is_what_the_generator_writes(bundled: dict[str, Any], codes: dict[str, dict[str, Any]]) -> None:
    text = (ROOT / "docs" / "errors-and-retries.md").read_text(encoding="utf-8")
    table = wire_tables.docs_table(bundled)
    assert f"{wire_tables.DOCS_START}\n{table}\n{wire_tables.END}" in text, "run make generate"
    for code, entry in codes.items():  # every error code is listed once, on its class's row
        if entry["class"] not in wire_tables.NOT_ERRORS:
            rows = [row for row in table.splitlines()[2:] if code in _codes_in(row.split("|")[2])]
            assert len(rows) == 1 and f"`{entry['class']}`" in rows[0], code


def test_readme_rows_follow_the_spec_entries(bundled: dict[str, Any], codes: dict[str, dict[str, Any]]) -> None:
    rows = {line.split("|")[1].strip(): line for line in wire_tables.readme_table(bundled).splitlines()[2:]}
    assert set(codes) <= set(rows)
    for code, entry in codes.items():
        cells = [c.strip() for c in rows[code].split("|")[1:-1]]
        assert cells[1] == entry["meaning"]
        if entry["class"] == "NotFoundError":
            assert cells[2] == "`APIError` (not found)"  # the class every client has
        elif entry["class"] not in wire_tables.NOT_ERRORS:
            assert cells[2] == f"`{entry['class']}`" and cells[3] == ("yes" if entry["retryable"] else "no")


# --------------------------------------------------------------------------- the table is complete
def _with_entry(bundled: dict[str, Any], code: str, entry: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(bundled)
    doc["components"]["schemas"]["ErrorCode"]["x-runninghub-error-codes"][code] = entry
    return doc


def test_a_code_added_without_a_class_is_refused(bundled: dict[str, Any]) -> None:
    entry = {"meaning": "a new code", "family": "v2", "retryable": False, "source": "a capture"}
    with pytest.raises(wire_tables.TableError, match=r"'1999'.*class None"):
        wire_tables.python_module(_with_entry(bundled, "1999", entry))
    with pytest.raises(wire_tables.TableError, match="class 'Oops'"):
        wire_tables.readme_table(_with_entry(bundled, "1999", {**entry, "class": "Oops"}))
    with pytest.raises(wire_tables.TableError, match="retryable"):
        wire_tables.error_codes(_with_entry(bundled, "1999", {**entry, "class": "APIError", "retryable": None}))
    with pytest.raises(wire_tables.TableError, match="resend a submit"):
        wire_tables.error_codes(_with_entry(bundled, "1999", {**entry, "class": "APIError", "resend-submit": True}))
    # the same entry with a class is accepted and reaches the module
    assert '"1999": "APIError"' in wire_tables.python_module(
        _with_entry(bundled, "1999", {**entry, "class": "APIError"})
    )


def test_inconsistent_status_sets_are_refused(bundled: dict[str, Any]) -> None:
    doc = copy.deepcopy(bundled)
    doc["components"]["schemas"]["TaskStatus"]["x-runninghub-cancelled-values"] = ["CANCEL"]
    with pytest.raises(wire_tables.TableError, match="terminal-values"):
        wire_tables.python_module(doc)
    doc["components"]["schemas"]["TaskStatus"].pop("x-runninghub-success-values")
    with pytest.raises(wire_tables.TableError, match="success-values"):
        wire_tables.statuses(doc)


def test_every_spec_code_says_where_it_comes_from(codes: dict[str, dict[str, Any]]) -> None:
    assert all(e["source"].strip() and e["family"] in ("legacy", "v2") for e in codes.values())
    assert {c for c, e in codes.items() if e["class"] == "pending"} == {"804", "813"}
