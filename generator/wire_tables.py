"""The wire tables: RunningHub's error codes and task statuses, from the bundled spec.

The spec holds them once: `x-runninghub-error-codes` and `x-runninghub-http-fallbacks` on the
ErrorCode schema (spec/components/errors.yaml) and the `x-runninghub-*-values` status sets on
TaskStatus (spec/components/tasks.yaml). This step writes

- generated/runninghub_api/wire_tables.py: frozensets and dicts, no imports, which the wrapper's
  `_errors` and `_types` read;
- the code table of tests/conformance/README.md, between `<!-- generated: error codes -->` and
  `<!-- /generated -->`, which other language clients follow;
- the codes-by-exception table of docs/errors-and-retries.md (between
  `<!-- generated: error codes by exception -->` and `<!-- /generated -->`).

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


def http_fallbacks(doc: Mapping[str, Any]) -> list[dict[str, Any]]:
    rows = _schema(doc, "ErrorCode").get("x-runninghub-http-fallbacks") or []
    problems = [
        f"x-runninghub-http-fallbacks[{i}]: needs status, meaning, an error class and retryable"
        for i, row in enumerate(rows)
        if not (
            isinstance(row, Mapping)
            and isinstance(row.get("status"), str)
            and isinstance(row.get("meaning"), str)
            and row.get("class") in ERROR_CLASSES
            and isinstance(row.get("retryable"), bool)
        )
    ]
    if problems:
        raise TableError("\n".join(problems))
    return [dict(row) for row in rows]


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


def python_module(doc: Mapping[str, Any]) -> str:
    """Source of generated/runninghub_api/wire_tables.py (ruff-format clean as written)."""
    codes, sets = error_codes(doc), statuses(doc)
    by_class = {cls: {c for c, e in codes.items() if e["class"] == cls} for cls in ERROR_CLASSES}
    flagged = {flag: {c for c, e in codes.items() if e.get(flag)} for flag in FLAGS}
    pending = {c: e["pending-status"] for c, e in codes.items() if e["class"] == "pending"}
    lines = [
        '"""RunningHub\'s error codes and task statuses (generated by generator/wire_tables.py; do not edit).',
        "",
        "From x-runninghub-error-codes on the ErrorCode schema and the x-runninghub-*-values sets on",
        "TaskStatus in generated/openapi.json. Codes are strings (legacy `code` and v2 `errorCode`).",
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
    for fallback in http_fallbacks(doc):
        retry = "yes" if fallback["retryable"] else "no"
        rows.append(row(fallback["status"], fallback["meaning"], _class_cell(fallback), retry))
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
        statuses = "; ".join(f["status"] for f in fallbacks if f["class"] == cls and f["status"] != "HTTP 2xx")
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
    return [(README, START, readme_table(doc)), (DOCS, DOCS_START, docs_table(doc))]


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
    return [str(p.relative_to(ROOT) if p.is_relative_to(ROOT) else p) for p in stale]


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
