"""Import cost and first call, each in a fresh process.

- Import: `import runninghub` and `from runninghub import RunningHub` (best of N fresh
  processes, .pyc warm, PYTHONDONTWRITEBYTECODE unset), against `import httpx` (the floor).
  The target row is measured in a clean venv holding only runninghub's base dependencies
  (benchmarks/.clean-venv: what `pip install runninghub` gives, without click and rich, which
  httpx imports for its own CLI when they are installed), with the working tree's code on
  PYTHONPATH; the dev venv's rows (every extra installed) are for information. Also against the
  client class of runninghub-sdk, fal-client, replicate and openai, installed at pinned
  versions in a throwaway venv (benchmarks/.peers-venv, made on first use).
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
import tomllib
from pathlib import Path
from typing import Any

from _bench import (
    API_KEY,
    BENCH_DIR,
    IMAGE_MODEL,
    ROOT,
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
CLEAN_VENV = BENCH_DIR / ".clean-venv"
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


def clean_python() -> Path:
    return CLEAN_VENV / "bin" / "python"


def clean_env() -> dict[str, str]:
    """The clean venv runs the working tree's code, not an installed copy."""
    return child_env(PYTHONPATH=f"{ROOT / 'wrapper'}:{ROOT / 'generated'}")


def ensure_clean_venv() -> dict[str, Any]:
    """A venv with exactly runninghub's base dependencies (pyproject.toml [project].dependencies),
    made once and refreshed when they change. Returns {"ok", "error", "packages"}."""
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    stamp = CLEAN_VENV / "runninghub-deps.json"
    if not (clean_python().exists() and stamp.exists() and json.loads(stamp.read_text()) == deps):
        for cmd in (
            [sys.executable, "-m", "venv", "--clear", str(CLEAN_VENV)],
            [str(clean_python()), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *deps],
        ):
            proc = subprocess.run(cmd, capture_output=True, text=True, env=child_env())
            if proc.returncode != 0:
                error = (proc.stderr.strip().splitlines() or ["failed"])[-1][:200]
                return {"ok": False, "error": error, "packages": {}}
        stamp.write_text(json.dumps(deps))
    probe = "import json, importlib.metadata as m\nprint(json.dumps({d.name: d.version for d in m.distributions()}))\n"
    packages = run_child(probe, python=str(clean_python()), env=clean_env())
    return {"ok": True, "error": None, "packages": packages}


def import_breakdown(python: str, env: dict[str, str], rounds: int = 3) -> dict[str, float]:
    """Self time (ms, best of `rounds`) of each module `OURS` imports beyond what `FLOOR` imports
    (python -X importtime), largest first: where the ratio's excess goes."""

    def selftimes(stmt: str) -> dict[str, float]:
        proc = subprocess.run(
            [python, "-X", "importtime", "-c", stmt], capture_output=True, text=True, env=env, cwd=str(BENCH_DIR)
        )
        out: dict[str, float] = {}
        for line in proc.stderr.splitlines():
            parts = line.removeprefix("import time:").split("|")
            if len(parts) == 3 and parts[0].strip().isdigit():
                out[parts[2].strip()] = int(parts[0]) / 1000
        return out

    floor = set().union(*(selftimes(FLOOR) for _ in range(rounds)))
    runs = [selftimes(OURS) for _ in range(rounds)]
    extra = {m: min(r.get(m, 0.0) for r in runs) for m in runs[0] if m not in floor}
    return dict(sorted(((m, round(v, 2)) for m, v in extra.items()), key=lambda kv: -kv[1]))


def time_import(python: str, stmt: str, env: dict[str, str] | None = None) -> float:
    value: float = run_child(TIMER.format(stmt=stmt), python=python, env=env)
    return value


def measure_imports(rounds: int, peers: dict[str, dict[str, Any]], clean_ok: bool) -> dict[str, dict[str, list[float]]]:
    """Interleaved rounds: every statement once per round, in a shuffled order."""
    jobs: list[tuple[str, str, str]] = [("ours", sys.executable, s) for s in OUR_STATEMENTS]
    if clean_ok:
        jobs += [("clean", str(clean_python()), s) for s in OUR_STATEMENTS]
    if peers.get("httpx", {}).get("ok"):
        jobs.append(("peers", str(peers_python()), FLOOR))
    for name, (_, stmt) in PEERS.items():
        if peers[name]["ok"]:
            jobs.append(("peers", str(peers_python()), stmt))
    times: dict[str, dict[str, list[float]]] = {"ours": {}, "peers": {}, "clean": {}}
    envs = {"clean": clean_env()}
    for venv, python, stmt in jobs:  # warm-up: writes .pyc, fills the page cache
        try:
            time_import(python, stmt, envs.get(venv))
            times[venv][stmt] = []
        except RuntimeError as exc:
            print(f"  {stmt} ({venv}) fails: {exc}", file=sys.stderr)
    rng = random.Random(6)
    for _ in range(rounds):
        order = [j for j in jobs if j[2] in times[j[0]]]
        rng.shuffle(order)
        for venv, python, stmt in order:
            times[venv][stmt].append(time_import(python, stmt, envs.get(venv)))
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
    clean = ensure_clean_venv()
    section.figures["clean_venv"] = clean
    times = measure_imports(rounds, peers, clean["ok"])
    best = {venv: {s: min(v) for s, v in d.items() if v} for venv, d in times.items()}
    section.figures["imports_ms"] = {
        venv: {s: {"best": round(min(v) * 1000, 2), "median": round(median(v) * 1000, 2)} for s, v in d.items() if v}
        for venv, d in times.items()
    }
    section.figures["rounds"] = rounds
    dev_ours, dev_floor = best["ours"][OURS], best["ours"][FLOOR]
    if OURS in best["clean"] and FLOOR in best["clean"]:
        ours, floor = best["clean"][OURS], best["clean"][FLOOR]
        pkgs = clean["packages"]
        extra = import_breakdown(str(clean_python()), clean_env())
        section.figures["import_beyond_httpx_ms"] = extra
        top = ", ".join(f"{m} {v:.1f}" for m, v in list(extra.items())[:8])
        section.notes.append(
            f"`{OURS}` imports {len(extra)} modules beyond `{FLOOR}`, {sum(extra.values()):.1f} ms of self time "
            f"(-X importtime, clean venv); the largest (ms): {top}"
        )
        section.add(
            Row(
                "Import",
                f"`{OURS}` vs `{FLOOR}`, clean venv (base dependencies only)",
                ms(ours),
                ms(floor),
                ours / floor,
                "≤ 1.1×",
                ours / floor <= 1.1,
                f"best of {rounds} fresh processes; benchmarks/.clean-venv: httpx {pkgs.get('httpx')}, "
                f"attrs {pkgs.get('attrs')}, no click or rich (what `pip install runninghub` gives)",
            )
        )
        for stmt in ("import runninghub", "from runninghub import AsyncRunningHub"):
            t = best["clean"][stmt]
            section.add(Row("Import", f"`{stmt}` vs `{FLOOR}`, clean venv", ms(t), ms(floor), t / floor))
    else:
        ours, floor = dev_ours, dev_floor
        section.add(
            Row(
                "Import",
                f"`{OURS}` vs `{FLOOR}`, clean venv (base dependencies only)",
                "—",
                "venv failed",
                None,
                "≤ 1.1×",
                False,
                str(clean["error"]),
            )
        )
    section.add(
        Row(
            "Import",
            f"`{OURS}` vs `{FLOOR}`, dev venv (every extra installed)",
            ms(dev_ours),
            ms(dev_floor),
            dev_ours / dev_floor,
            note="with click and rich installed, `import httpx` also imports httpx's own CLI (click, rich, "
            "pygments), on both sides",
        )
    )
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
        section.add(Row("Import", f"`{OURS}` (clean venv) vs {name} {version}", ms(ours), ms(t), ours / t, note=note))

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
