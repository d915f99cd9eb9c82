"""`make bench`: run every benchmark script, each in its own process, one after the other, and
write the table: benchmarks/results/latest.md (markdown) and latest.json (for machines).

    .venv/bin/python benchmarks/run_all.py [--only import,overhead] [--quick]

benchmarks/results/latest.md is the one home of the figures: the docs site includes it, and
nothing else copies them (the README links to it). Prints the total time at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _bench import BENCH_DIR, RESULTS_DIR, ROOT, child_env, machine, ratio_text, verdict

SCRIPTS: dict[str, str] = {
    "import": "bench_import.py",
    "overhead": "bench_overhead.py",
    "polling": "bench_polling.py",
    "polling-varied": "bench_polling_varied.py",
    "live": "bench_live.py",
    "batch": "bench_batch.py",
    "throughput": "bench_throughput.py",
    "transfers": "bench_transfers.py",
    "generate": "bench_generate.py",
}
# Mostly idle (it waits real seconds for 5-120 s tasks, a few requests a second): it runs
# alongside the others, which run one at a time.
BACKGROUND = {"polling"}
OTHER_AUTHORS = ["sandbox_bench.py"]  # run if present; their printed figures are folded in
OTHER_LINE = re.compile(r"^(.*?)\s+median\s+([\d.]+) (\w+)\s+p90\s+([\d.]+) \w+\s+\(n=(\d+)\)")


def start_script(
    name: str, script: str, quick: bool, tmp: Path, background: bool
) -> tuple[subprocess.Popen[str], Path]:
    out = tmp / f"{name}.json"
    cmd = [sys.executable, str(BENCH_DIR / script), "--json", str(out)] + (["--quick"] if quick else [])
    log = (tmp / f"{name}.log").open("w") if background else None
    proc = subprocess.Popen(
        cmd, env=child_env(), cwd=str(ROOT), stdout=log, stderr=subprocess.STDOUT if log else None, text=True
    )
    if log is not None:
        log.close()  # the child has its own copy
    return proc, out


def collect(name: str, script: str, proc: subprocess.Popen[str], out: Path, seconds: float) -> dict[str, Any]:
    code = proc.wait()
    if code != 0 or not out.exists():
        return {
            "id": name,
            "title": f"{script} failed (exit {code})",
            "rows": [],
            "figures": {},
            "notes": [f"{script} failed with exit code {code}; see the `make bench` output"],
            "seconds": round(seconds, 2),
            "failed": True,
        }
    section: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    section["seconds"] = round(seconds, 2)
    return section


def run_other(script: str, timeout: float = 180) -> dict[str, Any] | None:
    """Another author's script: run as it is and keep the tail of what it prints."""
    path = BENCH_DIR / script
    if not path.exists():
        return None
    t = time.perf_counter()
    try:
        proc = subprocess.run(
            [sys.executable, str(path)], capture_output=True, text=True, env=child_env(), cwd=str(ROOT), timeout=timeout
        )
        text, code = (proc.stdout + proc.stderr).strip(), proc.returncode
    except subprocess.TimeoutExpired:
        text, code = f"timed out after {timeout:g} s", -1
    print(text)
    return {
        "script": script,
        "exit_code": code,
        "seconds": round(time.perf_counter() - t, 2),
        "output_tail": text.splitlines()[-40:],
    }


def git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], capture_output=True, text=True, cwd=str(ROOT)).stdout.strip()
    except OSError:
        return ""


def cell(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render(report: dict[str, Any]) -> str:
    m = report["machine"]
    per_script = ", ".join(f"{s['id']} {s['seconds']:.0f} s" for s in report["sections"])
    lines = [
        f"Measured on {report['date']} by `make bench` in {report['total_seconds']:.0f} s "
        f"({per_script}; polling runs alongside the others), "
        f"on {m['cpu']} (nproc {m['nproc']}), {m['ram_gb']:g} GB RAM, "
        f"{m['implementation']} {m['python']}, httpx {m['httpx']}, {m['os']}; commit {report['commit']}.",
        "",
        f"**{report['targets']['met']} of {report['targets']['total']} targets met.** "
        "Every ratio is runninghub / reference, both measured in this run on this machine "
        "(for throughput and generation the reference is the ideal or the budget). "
        "Everything runs against the sandbox on 127.0.0.1.",
        "",
        "| Area | Measure | runninghub | Reference | Ratio | Target | Result | Notes |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for s in report["sections"]:
        for r in s["rows"]:
            lines.append(
                "| "
                + " | ".join(
                    cell(x)
                    for x in (
                        r["area"],
                        r["what"],
                        r["measured"],
                        r["reference"],
                        ratio_text(r["ratio"]),
                        r["target"] or "—",
                        verdict(r["ok"]),
                        r["note"],
                    )
                )
                + " |"
            )
        if s.get("failed"):
            lines.append(f"| {cell(s['id'])} | {cell(s['title'])} | — | — | — | — | **FAILED** | |")
    notes = [f"{s['id']}: {n}" for s in report["sections"] for n in s.get("notes", [])]
    peers = next((s["figures"].get("peers") for s in report["sections"] if s["id"] == "import"), None)
    if peers:
        pinned = ", ".join(
            f"{name} {p['version']}" + ("" if p["ok"] else " (install failed)")
            for name, p in peers.items()
            if name != "httpx"
        )
        notes.append(f"peers, pinned in a throwaway venv (benchmarks/.peers-venv): {pinned}")
    if notes:
        lines += ["", *[f"- {n}" for n in notes]]
    for other in report.get("other_scripts", []):
        lines += [
            "",
            f"`benchmarks/{other['script']}` (the sandbox's own speed; figures as it printed them, no target):",
            "",
        ]
        parsed = [m.groups() for m in map(OTHER_LINE.match, other["output_tail"]) if m]
        if parsed and other["exit_code"] == 0:
            lines += ["| Sandbox | median | p90 | n |", "| --- | --- | --- | --- |"]
            lines += [f"| {cell(w)} | {med} {unit} | {p90} {unit} | {n} |" for w, med, unit, p90, n in parsed]
        else:
            lines += ["```", *other["output_tail"], "```"]
    return "\n".join(lines) + "\n"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--only", default="", help="comma-separated: " + ",".join(SCRIPTS))
    p.add_argument("--quick", action="store_true", help="smoke run with fewer repetitions (not for the table)")
    args = p.parse_args()
    only = [x for x in args.only.split(",") if x]
    started = time.perf_counter()
    chosen = {n: s for n, s in SCRIPTS.items() if not only or n in only}
    sections: dict[str, dict[str, Any]] = {}
    others = []
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        background = {}
        for name in BACKGROUND & set(chosen):
            print(f"\n### {chosen[name]} (in the background, alongside the others)", flush=True)
            background[name] = (*start_script(name, chosen[name], args.quick, tmp, True), time.perf_counter())
        for name, script in chosen.items():
            if name in background:
                continue
            print(f"\n### {script}", flush=True)
            t = time.perf_counter()
            proc, out = start_script(name, script, args.quick, tmp, False)
            proc.wait()
            sections[name] = collect(name, script, proc, out, time.perf_counter() - t)
        if not only:
            for script in OTHER_AUTHORS:
                print(f"\n### {script}", flush=True)
                other = run_other(script)
                if other is not None:
                    others.append(other)
        for name, (proc, out, t) in background.items():
            proc.wait()
            sections[name] = collect(name, chosen[name], proc, out, time.perf_counter() - t)
            print(f"\n### {chosen[name]} (background) printed:\n" + (tmp / f"{name}.log").read_text(), flush=True)
    ordered = [sections[n] for n in chosen]
    total = time.perf_counter() - started
    rows = [r for s in ordered for r in s["rows"] if r["ok"] is not None]
    report = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "commit": (git("rev-parse", "--short", "HEAD") or "unknown")
        + (" + uncommitted changes in wrapper/" if git("status", "--porcelain", "--", "wrapper") else ""),
        "total_seconds": round(total, 1),
        "quick": args.quick,
        "targets": {
            "met": sum(1 for r in rows if r["ok"]),
            "total": len(rows),
            "missed": [f"{r['area']}: {r['what']}" for r in rows if not r["ok"]],
        },
        "sections": ordered,
        "other_scripts": others,
    }
    table = render(report)
    if args.quick or only:
        out_md, out_json = RESULTS_DIR / "partial.md", RESULTS_DIR / "partial.json"
    else:
        out_md, out_json = RESULTS_DIR / "latest.md", RESULTS_DIR / "latest.json"
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    out_md.write_text("# Benchmarks\n\n" + table, encoding="utf-8")
    out_json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print("\n" + table)
    print(f"wrote {out_md.relative_to(ROOT)} and {out_json.relative_to(ROOT)}")
    print(f"make bench: total {total:.1f} s ({total / 60:.1f} min)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
