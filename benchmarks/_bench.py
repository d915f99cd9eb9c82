"""Shared helpers for the benchmark scripts: a sandbox in its own process, statistics, the
result rows every script reports, and the machine description.

Every figure is a ratio against a reference measured in the same run on the same machine,
so a slow or noisy machine moves both sides and leaves the verdict alone. All traffic goes to
a sandbox on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Final

import httpx
from runninghub_api.api import MODEL_PREFIX, ROUTES

# Benchmarks never read or write the user's run-time cache: a cold row must be cold, and a
# warm one must plan from this run's tasks only (imported before runninghub by every bench).
os.environ["RUNNINGHUB_RUNTIME_CACHE"] = "0"

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "benchmarks"
RESULTS_DIR = BENCH_DIR / "results"
API_KEY = "bench-key"
LOOPBACK = "127.0.0.1"
# Models used across the benchmarks (one per output type, so learned run times never mix).
IMAGE_MODEL: Final = "gpt-image-2.0/text-to-image-channel-low-price"
AUDIO_MODEL: Final = "suno-single-v5"
VIDEO_MODEL: Final = "hailuo-2.3-t2v-pro"
# Routes from the generated layer (the spec), like the client's: the status read and the prefix
# of every model submit.
QUERY_PATH: Final = ROUTES["query_task"].path
SUBMIT_PREFIX: Final = MODEL_PREFIX


# --------------------------------------------------------------------------- results
@dataclass
class Row:
    """One line of the results table. `ratio` is measured / reference (lower is better unless
    the target says otherwise); `ok` is None when the row has no target."""

    area: str
    what: str
    measured: str
    reference: str
    ratio: float | None = None
    target: str = ""
    ok: bool | None = None
    note: str = ""


@dataclass
class Section:
    id: str
    title: str
    rows: list[Row] = field(default_factory=list)
    figures: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def add(self, row: Row) -> Row:
        self.rows.append(row)
        return row

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "rows": [asdict(r) for r in self.rows],
            "figures": self.figures,
            "notes": self.notes,
            "seconds": round(self.seconds, 2),
        }


def verdict(ok: bool | None) -> str:
    return "—" if ok is None else ("pass" if ok else "**MISS**")


def ratio_text(ratio: float | None) -> str:
    if ratio is None:
        return "—"
    return f"{ratio:.2f}×" if ratio < 100 else f"{ratio:.0f}×"


def print_section(section: Section) -> None:
    print(f"\n== {section.title} ({section.seconds:.1f} s)")
    for r in section.rows:
        target = f" target {r.target}:" if r.target else ""
        print(
            f"  {r.area} | {r.what}: {r.measured} vs {r.reference} = {ratio_text(r.ratio)}{target}"
            f" {verdict(r.ok) if r.ok is not None else ''}" + (f"  ({r.note})" if r.note else "")
        )
    for note in section.notes:
        print(f"  note: {note}")


def cli(description: str) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--json", type=Path, default=None, help="write this section's results here")
    p.add_argument("--quick", action="store_true", help="fewer repetitions (a smoke run, not for the table)")
    return p.parse_args()


def finish(section: Section, args: argparse.Namespace, started: float) -> None:
    section.seconds = time.perf_counter() - started
    print_section(section)
    if args.json is not None:
        args.json.write_text(json.dumps(section.to_json(), indent=2), encoding="utf-8")


# --------------------------------------------------------------------------- numbers
def median(values: Iterable[float]) -> float:
    return float(statistics.median(list(values)))


def pctl(values: Sequence[float], q: float) -> float:
    data = sorted(values)
    if not data:
        return float("nan")
    k = min(len(data) - 1, max(0, round(q * (len(data) - 1))))
    return float(data[k])


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:.0f} µs"


def mb(n_bytes: float) -> str:
    return f"{n_bytes / 2**20:.0f} MB"


def child_env(**extra: str) -> dict[str, str]:
    """The environment for measured child processes: bytecode caching on (warm .pyc), no proxy
    for loopback."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["NO_PROXY"] = "127.0.0.1,localhost"
    env.pop("PYTHONPATH", None)
    env.update(extra)
    return env


def vm_hwm_bytes() -> int:
    """Peak resident set size of this process (VmHWM), in bytes."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


# --------------------------------------------------------------------------- the machine
def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = 0
    try:
        m = re.search(r"MemTotal:\s+(\d+) kB", Path("/proc/meminfo").read_text())
        ram = int(m.group(1)) * 1024 if m else 0
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": round(ram / 2**30, 1),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "os": f"{platform.system()} {platform.release()}",
        "httpx": httpx.__version__,
    }


# --------------------------------------------------------------------------- the sandbox
class SandboxProcess:
    """`python -m runninghub.sandbox` in its own process on 127.0.0.1, so the measured client's
    CPU and memory are its own; driven over its control routes (`/__sandbox/...`)."""

    def __init__(self, *flags: str) -> None:
        self.flags = list(flags)
        self.proc: subprocess.Popen[str] | None = None
        self.base_url = ""
        self._control: httpx.Client | None = None

    def start(self) -> SandboxProcess:
        cmd = [sys.executable, "-m", "runninghub.sandbox", "--host", LOOPBACK, "--port", "0"]
        cmd += ["--api-key", API_KEY, "--log-level", "warning", *self.flags]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=child_env())
        assert self.proc.stdout is not None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError(f"the sandbox exited early (code {self.proc.poll()})")
            m = re.search(r"RunningHub sandbox: (http://\S+)", line)
            if m:
                self.base_url = m.group(1)
                break
        else:
            raise RuntimeError("the sandbox did not start within 60 s")
        self._control = httpx.Client(base_url=self.base_url, timeout=120, trust_env=False)
        return self

    def stop(self) -> None:
        if self._control is not None:
            self._control.close()
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def __enter__(self) -> SandboxProcess:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def control(self) -> httpx.Client:
        assert self._control is not None, "start() first"
        return self._control

    def configure(self, **changes: Any) -> dict[str, Any]:
        r = self.control.post("/__sandbox/config", json=changes)
        r.raise_for_status()
        config: dict[str, Any] = r.json()["config"]
        return config

    def reset(self) -> None:
        self.control.post("/__sandbox/reset", json={}).raise_for_status()  # control POSTs are JSON

    def journal(self) -> list[dict[str, Any]]:
        r = self.control.get("/__sandbox/journal")
        r.raise_for_status()
        entries: list[dict[str, Any]] = r.json()["journal"]
        return entries


def run_child(code: str, *, python: str | None = None, timeout: float = 600, env: dict[str, str] | None = None) -> Any:
    """Run `code` in a fresh interpreter; it prints one JSON value on its last line."""
    proc = subprocess.run(
        [python or sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env or child_env(),
        cwd=str(BENCH_DIR),
    )
    if proc.returncode != 0:
        raise RuntimeError(f"child failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])
