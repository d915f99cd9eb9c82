"""The wire tables: RunningHub's error codes and task statuses, from the bundled spec.

The spec holds them once: `x-runninghub-error-codes` and `x-runninghub-http-fallbacks` on the
ErrorCode schema (spec/components/errors.yaml) and the `x-runninghub-*-values` status sets on
TaskStatus (spec/components/tasks.yaml). This step writes

- generated/runninghub_api/wire_tables.py: frozensets and dicts, no imports, which the wrapper's
  `_errors` and `_types` read;
- the code table of tests/conformance/README.md, between `<!-- generated: error codes -->` and
  `<!-- /generated -->`, which other language clients follow;
- the codes-by-exception table of docs/errors-and-retries.md (between
  `<!-- generated: error codes by exception -->` and `<!-- /generated -->`);
- the HTTP status table (how a reply without a known code is read) in both files, between
  `<!-- generated: http statuses -->` and `<!-- /generated -->`.

`make generate` runs it (from generate.py); `python generator/wire_tables.py --check` exits 1
when either output differs from what generated/openapi.json produces, without writing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OPENAPI = ROOT / "generated" / "openapi.json"
MODULE = ROOT / "generated" / "runninghub_api" / "wire_tables.py"
README = ROOT / "tests" / "conformance" / "README.md"
DOCS = ROOT / "docs" / "errors-and-retries.md"
START, END = "<!-- generated: error codes -->", "<!-- /generated -->"
HTTP_START = "<!-- generated: http statuses -->"
DOCS_START = "<!-- generated: error codes by exception -->"

# What `class` may say: the exception a client raises, or no error at all.
ERROR_CLASSES = (
    "APIError",
    "AuthenticationError",
    "ContentPolicyError",
    "InsufficientBalanceError",
    "InvalidParamsError",
    "NotFoundError",
    "RateLimitError",
    "TaskFailedError",
)
NOT_ERRORS = ("success", "pending")
FLAGS = ("retryable", "resend-submit", "queue-full")
STATUS_SETS = ("known", "terminal", "success", "failed", "cancelled")


class TableError(ValueError):
    """The spec's wire tables are incomplete or contradict themselves; lists every problem."""


def _schema(doc: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    schema: Mapping[str, Any] = doc["components"]["schemas"][name]
    return schema


def error_codes(doc: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """x-runninghub-error-codes, checked: every code has a meaning, a family, a class and the
    retry flags are booleans that agree with the class. Sorted by number."""
    table = _schema(doc, "ErrorCode").get("x-runninghub-error-codes")
    if not isinstance(table, Mapping) or not table:
        raise TableError("ErrorCode has no x-runninghub-error-codes table")
    problems: list[str] = []
    for code, entry in table.items():
        where = f"x-runninghub-error-codes[{code!r}]"
        if not (isinstance(code, str) and code.lstrip("-").isdigit()):
            problems.append(f"{where}: a code is a string of digits")
        if not isinstance(entry, Mapping):
            problems.append(f"{where}: not a mapping")
            continue
        cls = entry.get("class")
        if cls not in ERROR_CLASSES + NOT_ERRORS:
            problems.append(f"{where}: class {cls!r} is not one of {', '.join(ERROR_CLASSES + NOT_ERRORS)}")
        for key in ("meaning", "family", "source"):
            if not isinstance(entry.get(key), str) or not entry[key].strip() or "|" in entry[key]:
                problems.append(f"{where}: {key} must be a non-empty text without '|'")
        if entry.get("family") not in ("legacy", "v2"):
            problems.append(f"{where}: family is legacy or v2")
        if not isinstance(entry.get("retryable"), bool):
            problems.append(f"{where}: retryable must be true or false")
        for flag in FLAGS[1:]:
            if not isinstance(entry.get(flag, False), bool):
                problems.append(f"{where}: {flag} must be true or false")
        if entry.get("resend-submit") and not (cls == "RateLimitError" and entry.get("retryable")):
            problems.append(f"{where}: only a retryable RateLimitError code can resend a submit")
        if (cls == "pending") != ("pending-status" in entry):
            problems.append(f"{where}: pending-status goes with class pending, and only there")
    if problems:
        raise TableError("\n".join(problems))
    return {code: dict(table[code]) for code in sorted(table, key=int)}


HTTP_FLAGS = ("over-code", "resend-submit", "queue-full", "submit-outcome-unknown")
HTTP_KEYS = {"status", "meaning", "class", "retryable", "body", "source", *HTTP_FLAGS}


def _status_key(status: object) -> str | None:
    """A row's status as the key clients look up: "429", a class "5xx", or "default"."""
    if isinstance(status, int) and not isinstance(status, bool) and 100 <= status <= 599:
        return str(status)
    if status == "default" or (
        isinstance(status, str) and len(status) == 3 and status[0] in "12345" and status[1:] == "xx"
    ):
        return status
    return None


def http_fallbacks(doc: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """x-runninghub-http-fallbacks, checked, by status key ("429", "5xx", "default"): each row
    has a meaning, a source, an error class, a boolean retryable and boolean flags; a status appears once;
    the table has a default row; only a retryable RateLimitError row can resend a submit."""
    rows = _schema(doc, "ErrorCode").get("x-runninghub-http-fallbacks")
    if not isinstance(rows, list) or not rows:
        raise TableError("ErrorCode has no x-runninghub-http-fallbacks table")
    problems: list[str] = []
    table: dict[str, dict[str, Any]] = {}
    for i, row in enumerate(rows):
        where = f"x-runninghub-http-fallbacks[{i}]"
        if not isinstance(row, Mapping):
            problems.append(f"{where}: not a mapping")
            continue
        key = _status_key(row.get("status"))
        if key is None:
            problems.append(f"{where}: status {row.get('status')!r} is an HTTP status, a class like 5xx, or default")
        elif key in table:
            problems.append(f"{where}: status {key} appears twice")
        if set(row) - HTTP_KEYS:
            problems.append(f"{where}: unknown keys {sorted(set(row) - HTTP_KEYS)}")
        for text in ("meaning", "source"):
            if not isinstance(row.get(text), str) or not row[text].strip() or "|" in row[text]:
                problems.append(f"{where}: {text} must be a non-empty text without '|'")
        if row.get("class") not in ERROR_CLASSES:
            problems.append(f"{where}: class {row.get('class')!r} is not one of {', '.join(ERROR_CLASSES)}")
        if not isinstance(row.get("retryable"), bool):
            problems.append(f"{where}: retryable must be true or false")
        for flag in HTTP_FLAGS:
            if not isinstance(row.get(flag, False), bool):
                problems.append(f"{where}: {flag} must be true or false")
        if row.get("body", "any") not in ("any", "unreadable"):
            problems.append(f"{where}: body is any or unreadable")
        if row.get("resend-submit") and not (row.get("class") == "RateLimitError" and row.get("retryable")):
            problems.append(f"{where}: only a retryable RateLimitError row can resend a submit")
        if key is not None:
            table[key] = dict(row)
    if "default" not in table:
        problems.append("x-runninghub-http-fallbacks: needs a default row (status: default)")
    elif table["default"].get("body", "any") != "any" or any(table["default"].get(f) for f in HTTP_FLAGS):
        problems.append("x-runninghub-http-fallbacks: the default row reads every body and sets no flag")
    if problems:
        raise TableError("\n".join(problems))
    return table


def status_label(key: str) -> str:
    """How a status key is written in the tables: HTTP 429, HTTP 5xx, any other HTTP status."""
    return "any other HTTP status" if key == "default" else f"HTTP {key}"


def statuses(doc: Mapping[str, Any]) -> dict[str, list[str]]:
    """The TaskStatus sets; terminal must be exactly success + failed + cancelled."""
    schema = _schema(doc, "TaskStatus")
    sets: dict[str, list[str]] = {}
    problems: list[str] = []
    for name in STATUS_SETS:
        values = schema.get(f"x-runninghub-{name}-values")
        if not (isinstance(values, list) and values and all(isinstance(v, str) and v for v in values)):
            problems.append(f"TaskStatus: x-runninghub-{name}-values must list statuses")
            values = []
        sets[name] = list(values)
    ends = set(sets["success"]) | set(sets["failed"]) | set(sets["cancelled"])
    if set(sets["terminal"]) != ends:
        problems.append("TaskStatus: terminal-values must be success-values + failed-values + cancelled-values")
    if set(sets["success"]) & set(sets["failed"]) or (set(sets["success"]) | set(sets["failed"])) & set(
        sets["cancelled"]
    ):
        problems.append("TaskStatus: the success, failed and cancelled values overlap")
    if problems:
        raise TableError("\n".join(problems))
    return sets


# --------------------------------------------------------------------------- the Python module
def _frozenset(values: set[str] | list[str]) -> str:
    items = sorted(set(values), key=lambda v: (len(v), v))
    return "frozenset({" + ", ".join(json.dumps(v) for v in items) + "})" if items else "frozenset()"


def _http_set(fallbacks: Mapping[str, Mapping[str, Any]], flag: str) -> str:
    return _frozenset({key for key, row in fallbacks.items() if row.get(flag)})


def python_module(doc: Mapping[str, Any]) -> str:
    """Source of generated/runninghub_api/wire_tables.py (ruff-format clean as written)."""
    codes, sets, fallbacks = error_codes(doc), statuses(doc), http_fallbacks(doc)
    by_class = {cls: {c for c, e in codes.items() if e["class"] == cls} for cls in ERROR_CLASSES}
    flagged = {flag: {c for c, e in codes.items() if e.get(flag)} for flag in FLAGS}
    pending = {c: e["pending-status"] for c, e in codes.items() if e["class"] == "pending"}
    unreadable_only = {key for key, row in fallbacks.items() if row.get("body") == "unreadable"}
    lines = [
        '"""RunningHub\'s error codes and task statuses (generated by generator/wire_tables.py; do not edit).',
        "",
        "From x-runninghub-error-codes and x-runninghub-http-fallbacks on the ErrorCode schema and the",
        "x-runninghub-*-values sets on TaskStatus in generated/openapi.json. Codes are strings (legacy",
        "`code` and v2 `errorCode`).",
        '"""',
        "",
        "# code -> the exception class a client raises (success: no error; pending: a status signal)",
        "ERROR_CLASSES: dict[str, str] = {",
        *(f"    {json.dumps(c)}: {json.dumps(e['class'])}," for c, e in codes.items()),
        "}",
        "# class -> its codes",
        "CODES_BY_CLASS: dict[str, frozenset[str]] = {",
        *(f"    {json.dumps(cls)}: {_frozenset(by_class[cls])}," for cls in ERROR_CLASSES),
        "}",
        "# the same request can succeed later",
        f"RETRYABLE_CODES: frozenset[str] = {_frozenset(flagged['retryable'])}",
        "# proves a submit created no task and clears within seconds: the submit is sent again",
        f"RESEND_SUBMIT_CODES: frozenset[str] = {_frozenset(flagged['resend-submit'])}",
        "# a concurrency or queue limit a client may wait out",
        f"QUEUE_FULL_CODES: frozenset[str] = {_frozenset(flagged['queue-full'])}",
        "# not an error",
        f"SUCCESS_CODES: frozenset[str] = {_frozenset({c for c, e in codes.items() if e['class'] == 'success'})}",
        "# a status signal of the legacy outputs read: code -> the status it stands for",
        "PENDING_CODES: dict[str, str] = {",
        *(f"    {json.dumps(c)}: {json.dumps(status)}," for c, status in pending.items()),
        "}",
        "",
        "# How a reply is read by its HTTP status when its body carries no known code",
        '# (x-runninghub-http-fallbacks). Keys: a status ("404"), a status class ("5xx") or',
        '# "default"; an exact status wins over its class, default reads any other status.',
        "HTTP_CLASSES: dict[str, str] = {",
        *(f"    {json.dumps(k)}: {json.dumps(r['class'])}," for k, r in fallbacks.items()),
        "}",
        "# the same request can succeed later",
        f"HTTP_RETRYABLE: frozenset[str] = {_frozenset({k for k, r in fallbacks.items() if r['retryable']})}",
        "# the row decides even when the body carries a known code",
        f"HTTP_OVER_CODE: frozenset[str] = {_http_set(fallbacks, 'over-code')}",
        "# the row reads only a body that is not a JSON object",
        f"HTTP_UNREADABLE_ONLY: frozenset[str] = {_frozenset(unreadable_only)}",
        "# proves a submit created no task: the submit is sent again",
        f"HTTP_RESEND_SUBMIT: frozenset[str] = {_http_set(fallbacks, 'resend-submit')}",
        "# a limit a client may wait out",
        f"HTTP_QUEUE_FULL: frozenset[str] = {_http_set(fallbacks, 'queue-full')}",
        "# a submit answered so may have created its task, whatever the body says: not sent again",
        f"HTTP_SUBMIT_OUTCOME_UNKNOWN: frozenset[str] = {_http_set(fallbacks, 'submit-outcome-unknown')}",
        "",
        "# Task statuses (an open set: any other value is not finished)",
        f"KNOWN_STATUSES: frozenset[str] = {_frozenset(sets['known'])}",
        f"TERMINAL_STATUSES: frozenset[str] = {_frozenset(sets['terminal'])}",
        f"SUCCESS_STATUSES: frozenset[str] = {_frozenset(sets['success'])}",
        f"FAILED_STATUSES: frozenset[str] = {_frozenset(sets['failed'])}",
        f"CANCELLED_STATUSES: frozenset[str] = {_frozenset(sets['cancelled'])}",
        "",
    ]
    return "\n".join(lines)


# --------------------------------------------------------------------------- the README table
def _class_cell(entry: Mapping[str, Any]) -> str:
    cls = entry["class"]
    if cls == "success":
        return "(none)"
    if cls == "pending":
        return f"`pending` {entry['pending-status']}"
    if cls == "NotFoundError":  # an APIError for clients without the subclass
        return "`APIError` (not found)"
    return f"`{cls}`"


def readme_table(doc: Mapping[str, Any]) -> str:
    """The markdown code table of tests/conformance/README.md (without the markers)."""

    def row(*cells: str) -> str:
        return "|" + "|".join(f" {cell} " if cell else " " for cell in cells) + "|"

    rows = [row("code", "meaning", "class", "retryable"), row("---", "---", "---", "---")]
    for code, entry in error_codes(doc).items():
        retry = "" if entry["class"] in NOT_ERRORS else ("yes" if entry["retryable"] else "no")
        rows.append(row(code, entry["meaning"], _class_cell(entry), retry))
    return "\n".join(rows)


def _http_notes(entry: Mapping[str, Any]) -> str:
    notes = []
    if entry.get("over-code"):
        notes.append("whatever the body's code")
    if entry.get("body") == "unreadable":
        notes.append("only a body that is not a JSON object")
    if entry.get("resend-submit"):
        notes.append("a submit is sent again")
    if entry.get("submit-outcome-unknown"):
        notes.append("a submit's outcome is unknown, whatever the body")
    return "; ".join(notes)


def http_table(doc: Mapping[str, Any]) -> str:
    """The markdown HTTP status table of tests/conformance/README.md and docs/errors-and-retries.md
    (without the markers): the exact statuses, then the classes, then default."""
    table = http_fallbacks(doc)
    order = sorted(table, key=lambda k: (k == "default", "x" in k, k))
    rows = ["| HTTP status | meaning | class | retryable | notes |", "| --- | --- | --- | --- | --- |"]
    for key in order:
        entry = table[key]
        retry = "yes" if entry["retryable"] else "no"
        cells = [status_label(key), entry["meaning"], _class_cell(entry), retry, _http_notes(entry)]
        rows.append("|" + "|".join(f" {cell} " if cell else " " for cell in cells) + "|")
    return "\n".join(rows)


# The Python wrapper's exceptions, in the order its docs list them.
DOCS_ORDER = (
    ("InvalidParamsError", "`InvalidParamsError` (`ServerInvalidParamsError`)"),
    ("AuthenticationError", "`AuthenticationError`"),
    ("InsufficientBalanceError", "`InsufficientBalanceError`"),
    ("RateLimitError", "`RateLimitError`"),
    ("ContentPolicyError", "`ContentPolicyError`"),
    ("NotFoundError", "`NotFoundError`"),
    ("TaskFailedError", "`TaskFailedError`"),
    ("APIError", "`APIError`"),
)


def docs_table(doc: Mapping[str, Any]) -> str:
    """The codes-by-exception table of docs/errors-and-retries.md (without the markers)."""
    codes, fallbacks = error_codes(doc), http_fallbacks(doc)
    rows = ["| exception | RunningHub codes | of these, retryable |", "| --- | --- | --- |"]
    for cls, label in DOCS_ORDER:
        mine = [c for c, e in codes.items() if e["class"] == cls]
        listed = ", ".join(mine)
        statuses = ", ".join(
            status_label(key)
            for key, f in fallbacks.items()
            if f["class"] == cls and key != "default" and f.get("body", "any") == "any"
        )
        if cls == "TaskFailedError":
            listed += " in a status read that names no task (a reply naming a FAILED task ends the wait, any code)"
        retry = ", ".join(c for c in mine if codes[c]["retryable"])
        rows.append(f"| {label} | {'; '.join(filter(None, [listed, statuses]))} | {retry or '-'} |")
    return "\n".join(rows)


def with_table(text: str, table: str, start: str = START, name: str = "tests/conformance/README.md") -> str:
    """`text` with what is between `start` and the end marker replaced by `table`."""
    head, sep, rest = text.partition(start)
    _, sep2, tail = rest.partition(END)
    if not sep or not sep2:
        raise TableError(f"{name} lacks the markers {start} ... {END}")
    return f"{head}{start}\n{table}\n{END}{tail}"


def _targets(doc: Mapping[str, Any]) -> list[tuple[Path, str, str]]:
    """(file, start marker, table) of every generated table outside generated/."""
    http = http_table(doc)
    return [
        (README, START, readme_table(doc)),
        (README, HTTP_START, http),
        (DOCS, DOCS_START, docs_table(doc)),
        (DOCS, HTTP_START, http),
    ]


# --------------------------------------------------------------------------- entry points
def write(doc: Mapping[str, Any], package_dir: Path) -> None:
    """Write wire_tables.py into `package_dir` and the tables into their files (only if changed;
    a scratch copy of spec/ + generator/ has neither file and gets the module only)."""
    (package_dir / "wire_tables.py").write_text(python_module(doc), encoding="utf-8")
    for path, start, table in _targets(doc):
        if path.exists():
            before = path.read_text(encoding="utf-8")
            after = with_table(before, table, start, path.name)
            if after != before:
                path.write_text(after, encoding="utf-8")


def check(openapi: Path = OPENAPI, module_path: Path = MODULE) -> list[str]:
    """The outputs that differ from what `openapi` produces (empty when all are up to date)."""
    doc = json.loads(openapi.read_text(encoding="utf-8"))
    stale = []
    if not module_path.exists() or module_path.read_text(encoding="utf-8") != python_module(doc):
        stale.append(module_path)
    for path, start, table in _targets(doc):
        text = path.read_text(encoding="utf-8")
        if with_table(text, table, start, path.name) != text:
            stale.append(path)
    return sorted({str(p.relative_to(ROOT) if p.is_relative_to(ROOT) else p) for p in stale})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report outputs that are out of date")
    args = parser.parse_args(argv)
    try:
        if args.check:
            stale = check()
            for name in stale:
                print(f"{name} differs from what generated/openapi.json produces: run make generate", file=sys.stderr)
            return 1 if stale else 0
        write(json.loads(OPENAPI.read_text(encoding="utf-8")), MODULE.parent)
    except TableError as exc:
        print(f"the spec's wire tables are not usable:\n{exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
