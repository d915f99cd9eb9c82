"""Tests wait on observable state or virtual time, not on wall-clock windows (issue 11).

An AST scan of tests/ fails on what made tests slow or flaky under load:
- a sleep (`time.sleep`, `asyncio.sleep`) longer than POLL_STEP or not a literal: a test that
  waits for something sleeps a short step between looks at it (`while not done(): sleep(0.01)`);
- an assertion on an elapsed time (`time.monotonic() - started < 3`, or a name holding such a
  difference): what a test asserts is a count or an order of events, a speed target is a
  benchmark's (benchmarks/);
- a sandbox "delay" fault: a delay is "longer than the timeout" or "shorter" only until the
  machine is busy; a "hold" fault keeps the request unanswered until the test releases it.

A safety deadline (`assert time.monotonic() < deadline`) is fine: it only ends a test that would
otherwise hang. What the scan must let through is listed in ALLOWED, each with its reason; an
entry that no longer matches anything fails too, so the list stays true.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import Final

TESTS = Path(__file__).resolve().parent
POLL_STEP: Final = 0.05  # the longest sleep between two looks at observable state
CLOCKS: Final = frozenset({"monotonic", "perf_counter", "time"})

# (file, the flagged source as ast.unparse prints it) -> why it stays
ALLOWED: Final = {
    ("hostile_server.py", "time.sleep(every)"): "the trickle's pace is the reply under test, not a wait of the test",
    ("test_sandbox_faults.py", "sb.inject_fault(SUBMIT, 'delay', seconds=0.3)"): "the delay fault's own test",
    (
        "test_sandbox_faults.py",
        "time.monotonic() - started >= 0.3 and reply.status_code == 200",
    ): "the delay fault's own test: a lower bound, which load cannot break",
}


def _is_clock(node: ast.AST) -> bool:
    """`time.monotonic()`, `time.perf_counter()` or `time.time()`."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in CLOCKS
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "time"
    )


def _is_elapsed(node: ast.AST) -> bool:
    return isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub) and _is_clock(node.left)


def _short_literal(node: ast.AST | None) -> bool:
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, (int, float))
        and not isinstance(node.value, bool)
        and node.value <= POLL_STEP
    )


def findings(source: str) -> Iterator[tuple[int, str, str]]:
    """(line, what, the source flagged) for every wall-clock wait or window in `source`."""
    tree = ast.parse(source)
    elapsed_names = {
        target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and _is_elapsed(node.value)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "sleep"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in ("time", "asyncio")
            and not _short_literal(node.args[0] if node.args else None)
        ):
            yield node.lineno, f"a sleep longer than {POLL_STEP} s (or not a literal)", ast.unparse(node)
        elif isinstance(node, ast.Assert):
            for sub in ast.walk(node.test):
                if _is_elapsed(sub) or (isinstance(sub, ast.Name) and sub.id in elapsed_names):
                    yield node.lineno, "an assertion on elapsed time", ast.unparse(node.test)
                    break
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "inject_fault"
            and len(node.args) > 1
            and isinstance(node.args[1], ast.Constant)
            and node.args[1].value == "delay"
        ):
            yield node.lineno, 'a "delay" fault (a "hold" fault is released by the test)', ast.unparse(node)
        elif isinstance(node, ast.Tuple) and _is_delay_case(node):
            yield node.lineno, 'a "delay" fault case (a "hold" fault is released by the test)', ast.unparse(node)


def _is_delay_case(node: ast.Tuple) -> bool:
    """A parametrized fault case: ("delay", {"seconds": 2.0}, ...)."""
    return (
        bool(node.elts)
        and isinstance(node.elts[0], ast.Constant)
        and node.elts[0].value == "delay"
        and any(
            isinstance(e, ast.Dict) and any(isinstance(k, ast.Constant) and k.value == "seconds" for k in e.keys)
            for e in node.elts[1:]
        )
    )


def test_no_test_waits_on_a_wall_clock_window() -> None:
    flagged: list[str] = []
    used: set[tuple[str, str]] = set()
    for path in sorted(TESTS.rglob("*.py")):
        for line, what, code in findings(path.read_text(encoding="utf-8")):
            key = (path.name, code)
            if key in ALLOWED:
                used.add(key)
            else:
                flagged.append(f"{path.relative_to(TESTS)}:{line}: {what}: {code}")
    assert not flagged, "wait on observable state or virtual time instead:\n" + "\n".join(flagged)
    assert not set(ALLOWED) - used, f"allowed but no longer found (remove them): {sorted(set(ALLOWED) - used)}"


def test_the_scan_finds_each_kind() -> None:
    source = """
import asyncio, time
def t(sb, started, deadline, every):
    time.sleep(0.01)
    time.sleep(POLL)
    time.sleep(0.5)
    asyncio.sleep(every)
    assert time.monotonic() < deadline
    assert time.perf_counter() - started < 3
    elapsed = time.monotonic() - started
    assert elapsed < 2.0
    sb.inject_fault("/x", "delay", seconds=2)
    sb.inject_fault("/x", "hold")
CASES = [("delay", {"seconds": 2.0}, 1), ("hold", {}, 1), ("delay", {})]
"""
    lines = [line for line, _, _ in findings(source)]
    assert sorted(lines) == [5, 6, 7, 9, 11, 12, 14]
