"""Import cost and first call, each in a fresh process.

- Import: `import runninghub` and `from runninghub import RunningHub` (best of N fresh
  processes, .pyc warm, PYTHONDONTWRITEBYTECODE unset), against `import httpx` (the floor)
  and against the client class of runninghub-sdk, fal-client, replicate and openai, installed
  at pinned versions in a throwaway venv (benchmarks/.peers-venv, made on first use).
- First call: import + construct the client + validate the parameters + build and send the
  submit, in a fresh process, until the sandbox (another process) receives the request;
  against the same request sent with bare httpx (import + httpx.Client + post).

Run alone: .venv/bin/python benchmarks/bench_import.py [--quick] [--json out.json]
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from _bench import (
    API_KEY,
    BENCH_DIR,
    IMAGE_MODEL,
    Row,
    SandboxProcess,
    Section,
    child_env,
    cli,
    finish,
    median,
    ms,
    run_child,
)

PEERS_VENV = BENCH_DIR / ".peers-venv"
# distribution -> (pinned version, the import a user writes to get the client)
PEERS: dict[str, tuple[str, str]] = {
    "runninghub-sdk": ("1.1.9", "from runninghub_sdk import RunningHubClient"),
    "fal-client": ("1.0.3", "from fal_client import SyncClient"),
    "replicate": ("1.0.7", "from replicate import Client"),
    "openai": ("3.54.0", "from openai import OpenAI"),
}
OURS = "from runninghub import RunningHub"
FLOOR = "import httpx"
OUR_STATEMENTS = [FLOOR, "import runninghub", OURS, "from runninghub import AsyncRunningHub"]
TIMER = "import time\nt = time.perf_counter()\n{stmt}\nprint(time.perf_counter() - t)\n"


def peers_python() -> Path:
    return PEERS_VENV / "bin" / "python"


def ensure_peers() -> dict[str, dict[str, Any]]:
    """Create the peers venv and install the pinned peers into it (once). An install that
    fails is reported, not raised."""
    status: dict[str, dict[str, Any]] = {}
    started = time.perf_counter()
    if not peers_python().exists():
        proc = subprocess.run([sys.executable, "-m", "venv", str(PEERS_VENV)], capture_output=True, text=True)
        if proc.returncode != 0:
            return {
                name: {"version": v, "ok": False, "error": f"venv: {proc.stderr.strip()[-200:]}"}
                for name, (v, _) in PEERS.items()
            }
    probe = (
        "import json, importlib.metadata as m\n"
        "out = {}\n"
        f"for d in {list(PEERS)!r} + ['httpx']:\n"
        "    try: out[d] = m.version(d)\n"
        "    except m.PackageNotFoundError: out[d] = None\n"
        "print(json.dumps(out))\n"
    )
    have = run_child(probe, python=str(peers_python()))
    for name, (version, _) in PEERS.items():
        if have.get(name) == version:
            status[name] = {"version": version, "ok": True, "error": None}
            continue
        proc = subprocess.run(
            [
                str(peers_python()),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                f"{name}=={version}",
            ],
            capture_output=True,
            text=True,
            env=child_env(),
        )
        ok = proc.returncode == 0
        err = None if ok else (proc.stderr.strip().splitlines() or ["pip failed"])[-1][:200]
        status[name] = {"version": version, "ok": ok, "error": err}
    have = run_child(probe, python=str(peers_python()))
    status["httpx"] = {"version": have.get("httpx"), "ok": have.get("httpx") is not None, "error": None}
    status["_setup_seconds"] = {"version": None, "ok": True, "error": None, "seconds": time.perf_counter() - started}
    return status


def time_import(python: str, stmt: str) -> float:
    value: float = run_child(TIMER.format(stmt=stmt), python=python)
    return value


def measure_imports(rounds: int, peers: dict[str, dict[str, Any]]) -> dict[str, dict[str, list[float]]]:
    """Interleaved rounds: every statement once per round, in a shuffled order."""
    jobs: list[tuple[str, str, str]] = [("ours", sys.executable, s) for s in OUR_STATEMENTS]
    if peers.get("httpx", {}).get("ok"):
        jobs.append(("peers", str(peers_python()), FLOOR))
    for name, (_, stmt) in PEERS.items():
        if peers[name]["ok"]:
            jobs.append(("peers", str(peers_python()), stmt))
    times: dict[str, dict[str, list[float]]] = {"ours": {}, "peers": {}}
    for venv, python, stmt in jobs:  # warm-up: writes .pyc, fills the page cache
        try:
            time_import(python, stmt)
            times[venv][stmt] = []
        except RuntimeError as exc:
            print(f"  {stmt} ({venv}) fails: {exc}", file=sys.stderr)
    rng = random.Random(6)
    for _ in range(rounds):
        order = [j for j in jobs if j[2] in times[j[0]]]
        rng.shuffle(order)
        for venv, python, stmt in order:
            times[venv][stmt].append(time_import(python, stmt))
    return times


FIRST_CALL_OURS = """
import json, time
t0 = time.time()
from runninghub import RunningHub
t1 = time.time()
client = RunningHub(api_key={key!r}, base_url={url!r})
t2 = time.time()
task = client.submit({model!r}, prompt="first call")
t3 = time.time()
print(json.dumps([t0, t1, t2, t3]))
"""

FIRST_CALL_BARE = """
import json, time
t0 = time.time()
import httpx
t1 = time.time()
client = httpx.Client(timeout=httpx.Timeout(60.0, connect=10.0))
t2 = time.time()
r = client.post({url!r} + {path!r}, json={body!r}, headers={{"Authorization": "Bearer " + {key!r}}})
task_id = r.json()["taskId"]
t3 = time.time()
print(json.dumps([t0, t1, t2, t3]))
"""


def measure_first_call(rounds: int) -> dict[str, list[dict[str, float]]]:
    out: dict[str, list[dict[str, float]]] = {"ours": [], "bare": []}
    with SandboxProcess("--task-duration", "60", "--concurrency-limit", "100000") as sb:
        from runninghub import RunningHub

        with RunningHub(api_key=API_KEY, base_url=sb.base_url) as probe:
            model = probe.models.get(IMAGE_MODEL)
            probe.submit(IMAGE_MODEL, prompt="first call")
        entry = sb.journal()[-1]
        path, body = entry["path"], entry["body"]
        assert path == model.path, entry
        codes = {
            "ours": FIRST_CALL_OURS.format(key=API_KEY, url=sb.base_url, model=IMAGE_MODEL),
            "bare": FIRST_CALL_BARE.format(key=API_KEY, url=sb.base_url, path=path, body=body),
        }
        for kind in ("ours", "bare"):  # warm-up
            run_child(codes[kind])
        for i in range(rounds):
            for kind in ("ours", "bare") if i % 2 == 0 else ("bare", "ours"):
                t0, t1, t2, t3 = run_child(codes[kind])
                sent = [e for e in sb.journal() if e["path"] == path][-1]["time"]
                out[kind].append(
                    {
                        "import": t1 - t0,
                        "construct": t2 - t1,
                        "to_sent": sent - t0,
                        "validate_and_send": sent - t2,
                        "to_reply": t3 - t0,
                    }
                )
    return out


def main() -> None:
    args = cli(__doc__ or "")
    started = time.perf_counter()
    rounds = 3 if args.quick else 12
    section = Section("import", "Import cost and first call (fresh processes)")
    peers = ensure_peers()
    setup = peers.pop("_setup_seconds")
    section.figures["peers"] = peers
    section.figures["peers_setup_seconds"] = round(setup["seconds"], 1)
    times = measure_imports(rounds, peers)
    best = {venv: {s: min(v) for s, v in d.items() if v} for venv, d in times.items()}
    section.figures["imports_ms"] = {
        venv: {s: {"best": round(min(v) * 1000, 2), "median": round(median(v) * 1000, 2)} for s, v in d.items() if v}
        for venv, d in times.items()
    }
    section.figures["rounds"] = rounds
    ours, floor = best["ours"][OURS], best["ours"][FLOOR]
    section.add(
        Row(
            "Import",
            f"`{OURS}` vs `{FLOOR}`",
            ms(ours),
            ms(floor),
            ours / floor,
            "≤ 1.2×",
            ours / floor <= 1.2,
            f"best of {rounds} fresh processes",
        )
    )
    for stmt in ("import runninghub", "from runninghub import AsyncRunningHub"):
        t = best["ours"][stmt]
        section.add(Row("Import", f"`{stmt}` vs `{FLOOR}`", ms(t), ms(floor), t / floor))
    peer_floor = best["peers"].get(FLOOR)
    for name, (version, stmt) in PEERS.items():
        if not peers[name]["ok"]:
            section.add(
                Row(
                    "Import",
                    f"`{OURS}` vs {name} {version}",
                    ms(ours),
                    "install failed",
                    None,
                    note=peers[name]["error"],
                )
            )
            continue
        t = best["peers"][stmt]
        note = f"`{stmt}`" + (f"; {ms(t)} = {t / peer_floor:.2f}× its venv's `{FLOOR}`" if peer_floor else "")
        section.add(Row("Import", f"`{OURS}` vs {name} {version}", ms(ours), ms(t), ours / t, note=note))
    if peer_floor:
        section.add(
            Row(
                "Import",
                f"`{OURS}` vs `{FLOOR}` without click/rich installed",
                ms(ours),
                ms(peer_floor),
                ours / peer_floor,
                note="httpx imports its CLI (click, rich, pygments) when they are installed; runninghub depends "
                "on both, so with runninghub present that is the floor; this row is plain httpx (peers venv)",
            )
        )

    first = measure_first_call(3 if args.quick else 7)
    section.figures["first_call_s"] = first
    o = {k: median(x[k] for x in first["ours"]) for k in first["ours"][0]}
    b = {k: median(x[k] for x in first["bare"]) for k in first["bare"][0]}
    section.add(
        Row(
            "First call",
            "import + client + validate + submit sent (fresh process, until the sandbox receives it)",
            ms(o["to_sent"]),
            ms(b["to_sent"]),
            o["to_sent"] / b["to_sent"],
            note=f"median of {len(first['ours'])}; ours: import {ms(o['import'])}, client {ms(o['construct'])}, "
            f"validate+send {ms(o['validate_and_send'])} (loads the model catalog); bare httpx: import "
            f"{ms(b['import'])}, client {ms(b['construct'])}, send {ms(b['validate_and_send'])}",
        )
    )
    finish(section, args, started)
    print(json.dumps(section.figures["imports_ms"], indent=1))


if __name__ == "__main__":
    main()
