"""`make bench-tests`: run `make test`'s command once and print its wall time, CPU time (the
pytest process and every child it waited for: xdist workers, CLI and sandbox processes), the
number of tests, and the ratio of the wall time to the 60 s target.

    .venv/bin/python benchmarks/bench_test_suite.py [--json FILE] [--log FILE] [-- extra pytest args]

Not part of `make bench`'s default: it takes a minute or more and loads both cores. It prints
figures and asserts nothing. On a shared machine the CPU time is the steadier figure; the ratio
CPU / wall says how much of the run was spent waiting rather than computing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 60.0
# pytest's last line: "1876 passed, 30 skipped, 2 warnings in 58.12s (0:00:58)".
OUTCOME = re.compile(r"(\d+) (passed|failed|skipped|errors?|xfailed|xpassed|deselected)")


def make_test_command() -> list[str]:
    """`make test` without its setup step: the recipe's pytest command, echoed by make -n."""
    recipe = subprocess.run(
        ["make", "--no-print-directory", "-n", "test"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = [line for line in recipe.splitlines() if " -m pytest" in line]
    if len(lines) != 1:
        raise SystemExit(f"cannot find make test's pytest command in:\n{recipe}")
    return ["sh", "-c", lines[0]]


def report(rows: list[dict[str, Any]], top: int = 15) -> dict[str, Any]:
    """Print the slowest tests by wall and by CPU time, and the CPU time of each file."""
    by_file: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for row in rows:
        entry = by_file[row["test"].split("::")[0]]
        entry[0] += row["wall"]
        entry[1] += row["cpu"]
        entry[2] += 1
    slowest = sorted(rows, key=lambda r: -r["wall"])[:top]
    busiest = sorted(rows, key=lambda r: -r["cpu"])[:top]
    files = sorted(by_file.items(), key=lambda kv: -kv[1][1])[:top]
    waiting = sorted(by_file.items(), key=lambda kv: -kv[1][0])[:top]
    print(f"sum over tests:  {sum(r['wall'] for r in rows):.1f} s wall, {sum(r['cpu'] for r in rows):.1f} s CPU")
    print(f"\nslowest {top} tests (wall s, CPU s):")
    for r in slowest:
        print(f"  {r['wall']:6.2f} {r['cpu']:6.2f}  {r['test']}")
    print(f"\nbusiest {top} tests (CPU s, wall s):")
    for r in busiest:
        print(f"  {r['cpu']:6.2f} {r['wall']:6.2f}  {r['test']}")
    print("\nfiles by CPU time (CPU s, wall s, tests):")
    for name, (wall, cpu, count) in files:
        print(f"  {cpu:6.1f} {wall:6.1f} {int(count):5d}  {name}")
    workers: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if "start" in row:
            workers[row.get("worker", "main")].append(row)
    if workers:
        # Each worker's first start to last end, and how much of that span it spent in tests: a
        # worker idle between tests waited for the controller to send it more.
        origin = min(r["start"] for group in workers.values() for r in group)
        print("\nworkers (first start, last end, s in tests, tests; s from the first test's start):")
        for name in sorted(workers):
            group = workers[name]
            end = max(r["start"] + r["wall"] for r in group) - origin
            busy = sum(r["wall"] for r in group)
            print(f"  {name:6} {min(r['start'] for r in group) - origin:6.1f} {end:6.1f} {busy:6.1f} {len(group):5d}")
    print("\nfiles by wall time (wall s, CPU s, tests):")
    for name, (wall, cpu, count) in waiting:
        print(f"  {wall:6.1f} {cpu:6.1f} {int(count):5d}  {name}")
    return {"by_wall": slowest, "by_cpu": busiest}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--log", type=Path, help="write pytest's whole output to this file")
    parser.add_argument("pytest_args", nargs="*", help="after --: appended to the pytest command")
    args = parser.parse_args()
    command = make_test_command()
    if args.pytest_args:
        command[-1] += " " + " ".join(args.pytest_args)
    print(f"running: {command[-1]}", flush=True)
    load_before = os.getloadavg()[0]  # others' work on a shared machine slows the wall, not the CPU
    times_file = Path(tempfile.mkstemp(prefix="test-times-", suffix=".jsonl")[1])
    env = {**os.environ, "RUNNINGHUB_TEST_TIMES": str(times_file)}  # tests/conftest.py appends to it
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    load_after = os.getloadavg()[0]
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary = next((line for line in reversed(proc.stdout.splitlines()) if " in " in line and "=" in line), "")
    counts: dict[str, int] = {}
    for number, outcome in OUTCOME.findall(summary):
        counts[outcome] = counts.get(outcome, 0) + int(number)
    if args.log:
        args.log.write_text(proc.stdout + proc.stderr, encoding="utf-8")
    if proc.returncode != 0:
        sys.stdout.write(proc.stdout[-6000:])
        sys.stderr.write(proc.stderr[-3000:])
    tests = sum(counts.get(k, 0) for k in ("passed", "failed", "error", "errors", "xfailed", "xpassed"))
    figures = {
        "command": command[-1],
        "exit_code": proc.returncode,
        "wall_seconds": round(wall, 2),
        "cpu_seconds": round(cpu, 2),
        "cpu_per_wall": round(cpu / wall, 2) if wall else None,
        "cores": os.cpu_count(),
        "tests_run": tests,
        "outcomes": counts,
        "target_seconds": TARGET_SECONDS,
        "ratio_to_target": round(wall / TARGET_SECONDS, 2),
        "load_average_1min": [round(load_before, 2), round(load_after, 2)],
        "pytest_summary": summary.strip("= "),
    }
    print(f"pytest:          {figures['pytest_summary']}  (exit code {proc.returncode})")
    print(f"wall time:       {wall:.1f} s")
    print(f"CPU time:        {cpu:.1f} s  ({figures['cpu_per_wall']} cores busy on average, {os.cpu_count()} cores)")
    print(f"tests run:       {tests}  {counts}")
    print(f"ratio to target: {figures['ratio_to_target']}x of {TARGET_SECONDS:.0f} s (wall)")
    print(f"load average:    {load_before:.2f} before, {load_after:.2f} after (1 min; this run included)")
    rows = [json.loads(line) for line in times_file.read_text(encoding="utf-8").splitlines() if line]
    times_file.unlink()
    figures["slowest"] = report(rows)
    figures["tests"] = rows
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
