"""When to read a task's status next: a per-model run-time sample, remembered across processes.

Each finished task gives one observation of its model's run time, an interval (lo, hi]: lo the
age of its last read that found it still running (0 when none did), hi the age of the read that
found it done. `RunTimes` keeps the most recent observations per endpoint (not an intersected
window: real run times vary with the queue and the prompt) and plans the next read from them:

- cold (nothing known): an interval that starts short and grows with the task's age (below);
- warm: read at the `READ_QUANTILE` of the known end times that are still possible (those past
  the last age the task was seen running), but never more than `MAX_GAP` after the earliest
  possible end, so a task of a model whose run time varies is noticed within `MAX_GAP`; with
  fewer than `TRUSTED` observations, one extra read at half the earliest known end catches a
  run far faster than the few seen so far;
- past every known end (the model got slower): short reads, growing.

Observations persist in a small JSON file in the user's cache directory (`cache_path()`),
merged on write under a file lock so several processes can share it; `RUNNINGHUB_RUNTIME_CACHE=0`
turns it off and any other value is taken as the file's path. The file also remembers which
endpoint a task id belongs to and when it was submitted, so `wait(task_id)` in a new process
(every CLI call) plans like the process that submitted it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import random
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger("runninghub")

# Cold schedule by output type: (first interval, growth per second of task age, longest interval).
POLL_SCHEDULE: dict[str, tuple[float, float, float]] = {
    "image": (1.0, 0.05, 5.0),
    "string": (0.7, 0.05, 3.0),
    "audio": (1.5, 0.06, 8.0),
    "video": (3.0, 0.08, 15.0),
    "3d": (3.0, 0.08, 15.0),
}
READ_QUANTILE = 0.6
"""The next read aims at this quantile of the end times still possible."""
MAX_GAP = 2.5
"""Within the range where a model's tasks end, reads are at most this far apart (s)."""
TRUSTED = 3
"""Below this many observations, reads also probe at fractions of the earliest known end."""
EARLY_PROBES = (0.25, 0.5)
SPEEDUP = 0.95
"""A task done at its first read was perhaps faster than planned: its end is noted this much
earlier, so reads creep earlier until one finds a task still running (a model got faster)."""
KEEP = 24
"""Observations kept per endpoint (the most recent)."""
KEEP_ENDPOINTS = 400
KEEP_TASKS = 2000
TASK_MAX_AGE = 7 * 24 * 3600.0
CACHE_VERSION = 1
ENV_CACHE = "RUNNINGHUB_RUNTIME_CACHE"


def cache_path() -> Path | None:
    """Where learned run times persist, or None when turned off (`RUNNINGHUB_RUNTIME_CACHE=0`)."""
    setting = os.environ.get(ENV_CACHE, "").strip()
    if setting.lower() in ("0", "false", "no", "off"):
        return None
    if setting and setting != "1":
        return Path(setting).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "runninghub" / "runtimes.json"


@dataclass(frozen=True)
class KnownTask:
    """What this machine remembers of a task it submitted."""

    endpoint: str
    output_type: str | None
    submitted_at: float  # wall clock (time.time())


def cold_delay(output_type: str | None, age: float, rng: random.Random) -> float:
    first, growth, cap = POLL_SCHEDULE.get(output_type or "", POLL_SCHEDULE["image"])
    return min(cap, first + growth * age) * rng.uniform(0.9, 1.1)


def narrowed(lo: float, hi: float) -> tuple[float, float]:
    """An observation as planning uses it: one wider than the reads are apart (a cold task, or
    one done at its first read) is taken as ending around its middle, so the next task's reads
    probe there and give a narrow observation."""
    if hi - lo <= MAX_GAP:
        return lo, hi
    middle = (lo + hi) / 2
    return max(lo, middle - MAX_GAP / 2), min(hi, middle + MAX_GAP / 2)


def next_read_age(samples: list[tuple[float, float]], age: float, running_age: float) -> float | None:
    """The age at which to read next, planned from observations (lo, hi] of earlier tasks, for a
    task now `age` old that was last seen running at `running_age`; None when every known end
    has passed (the task is slower than any seen)."""
    basis = [narrowed(lo, hi) for lo, hi in samples]
    possible = [(lo, hi) for lo, hi in basis if hi > running_age]
    if not possible:
        return None
    ends = sorted(hi for _, hi in possible)
    earliest = max(age, min(lo for lo, _ in possible))
    index = min(len(ends) - 1, max(0, math.ceil(READ_QUANTILE * len(ends)) - 1))
    target = min(ends[index], earliest + MAX_GAP)
    if len(samples) < TRUSTED and running_age < earliest:
        # few observations: probe at fractions of the earliest known end, for a much faster run
        for fraction in EARLY_PROBES:
            probe = fraction * min(lo for lo, _ in samples)
            if probe >= MAX_GAP and probe > age + 0.05 and probe > running_age:  # short models: not worth it
                target = min(target, probe)
                break
    return max(target, age)


class RunTimes:
    """Observed run times per endpoint and the tasks this machine submitted (thread-safe).

    `path` is the persistent file (None: memory only). Loading is lazy and happens once;
    every observation is merged into the file at once (small: at most KEEP per endpoint).
    """

    def __init__(self, path: Path | None = None, *, persist: bool = True) -> None:
        self._lock = threading.Lock()
        self._path = path if persist else None
        self._loaded = self._path is None
        self._samples: dict[str, list[tuple[float, float]]] = {}
        self._tasks: dict[str, KnownTask] = {}

    @classmethod
    def default(cls) -> RunTimes:
        return cls(cache_path())

    # ---- planning
    def delay(
        self, endpoint: str | None, output_type: str | None, age: float, running_age: float, rng: random.Random
    ) -> float:
        """Seconds to wait before the next status read of a task `age` seconds old."""
        samples = self.samples(endpoint)
        if not samples:
            return cold_delay(output_type, age, rng)
        target = next_read_age(samples, age, running_age)
        if target is None:  # slower than every known task: keep reads close for a while
            latest = max(hi for _, hi in samples)
            if age < 1.5 * latest + MAX_GAP:
                return min(MAX_GAP, 0.5 + 0.25 * max(0.0, age - latest)) * rng.uniform(0.9, 1.0)
            return cold_delay(output_type, age, rng)
        return max(0.02, target - age) + rng.uniform(0.0, 0.05)

    def samples(self, endpoint: str | None) -> list[tuple[float, float]]:
        if not endpoint:
            return []
        self._ensure_loaded()
        with self._lock:
            return list(self._samples.get(endpoint, ()))

    # ---- learning
    def observe(self, endpoint: str | None, running_age: float, done_age: float) -> None:
        if not endpoint or done_age <= 0 or running_age < 0 or running_age >= done_age:
            return
        self._ensure_loaded()
        with self._lock:
            kept = self._samples.setdefault(endpoint, [])
            if running_age == 0.0 and kept:
                # done at the first read: it says only "ended by done_age". Note it a little
                # earlier (see SPEEDUP), but not before recent tasks were still seen running.
                floor = max((lo for lo, hi in kept[-TRUSTED:] if hi - lo < MAX_GAP - 0.005), default=0.0)
                done_age = max(done_age * SPEEDUP, min(done_age, floor + 0.05))
                running_age = max(0.0, done_age - MAX_GAP)  # exactly MAX_GAP wide: marks a guess
            observation = (round(running_age, 3), round(done_age, 3))
            kept.append(observation)
            del kept[:-KEEP]
        self._persist(observation=(endpoint, *observation))

    def remember_task(self, task_id: str, task: KnownTask) -> None:
        self._ensure_loaded()
        with self._lock:
            self._tasks[task_id] = task
            if len(self._tasks) > KEEP_TASKS:
                for old in list(self._tasks)[: len(self._tasks) - KEEP_TASKS]:
                    del self._tasks[old]
        self._persist(task=(task_id, task))

    def known_task(self, task_id: str) -> KnownTask | None:
        self._ensure_loaded()
        with self._lock:
            return self._tasks.get(task_id)

    # ---- the file
    def _ensure_loaded(self) -> None:
        if self._loaded:
            return
        with self._lock:
            if self._loaded:
                return
            self._loaded = True
            data = _read(self._path) if self._path else None
            if data is not None:
                self._samples, self._tasks = _parse(data)

    def _persist(
        self,
        observation: tuple[str, float, float] | None = None,
        task: tuple[str, KnownTask] | None = None,
    ) -> None:
        """Merge one new fact into the file: what other processes wrote meanwhile is kept."""
        path = self._path
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with _locked(path):
                current = _read(path)
                samples, tasks = _parse(current) if current is not None else ({}, {})
                if observation is not None:
                    endpoint, lo, hi = observation
                    kept = samples.setdefault(endpoint, [])
                    kept.append((round(lo, 3), round(hi, 3)))
                    del kept[:-KEEP]
                if task is not None:
                    tasks[task[0]] = task[1]
                _write(path, samples, tasks)
        except OSError as exc:  # a read-only home or a full disk must not fail a task
            log.debug("run-time cache %s not written: %s", path, exc)


def _parse(data: Any) -> tuple[dict[str, list[tuple[float, float]]], dict[str, KnownTask]]:
    samples: dict[str, list[tuple[float, float]]] = {}
    tasks: dict[str, KnownTask] = {}
    if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
        return samples, tasks
    for endpoint, rows in (data.get("endpoints") or {}).items():
        if isinstance(endpoint, str) and isinstance(rows, list):
            good = [
                (float(r[0]), float(r[1]))
                for r in rows
                if isinstance(r, list)
                and len(r) == 2
                and all(isinstance(v, int | float) and math.isfinite(v) for v in r)
                and 0 <= r[0] < r[1]
            ]
            if good:
                samples[endpoint] = good[-KEEP:]
    now = time.time()
    for task_id, row in (data.get("tasks") or {}).items():
        if isinstance(task_id, str) and isinstance(row, dict):
            endpoint, submitted = row.get("endpoint"), row.get("submitted_at")
            output_type = row.get("output_type")
            if (
                isinstance(endpoint, str)
                and isinstance(submitted, int | float)
                and now - submitted < TASK_MAX_AGE
                and (output_type is None or isinstance(output_type, str))
            ):
                tasks[task_id] = KnownTask(endpoint, output_type, float(submitted))
    return samples, tasks


def _read(path: Path) -> Any:
    try:
        with path.open("rb") as f:
            raw = f.read(4 * 1024 * 1024)
        return json.loads(raw)
    except (OSError, ValueError, RecursionError):
        return None


def _write(path: Path, samples: dict[str, list[tuple[float, float]]], tasks: dict[str, KnownTask]) -> None:
    endpoints = dict(list(samples.items())[-KEEP_ENDPOINTS:])
    recent = dict(list(tasks.items())[-KEEP_TASKS:])
    doc = {
        "version": CACHE_VERSION,
        "endpoints": {k: [list(v) for v in rows] for k, rows in endpoints.items()},
        "tasks": {
            k: {"endpoint": t.endpoint, "output_type": t.output_type, "submitted_at": t.submitted_at}
            for k, t in recent.items()
        },
    }
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.write_text(json.dumps(doc, separators=(",", ":")), encoding="utf-8")
    os.replace(tmp, path)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An advisory lock beside the file (fcntl where there is one; elsewhere last writer wins)."""
    lock_path = path.with_name(path.name + ".lock")
    with lock_path.open("a+b") as handle:
        try:
            import fcntl
        except ImportError:  # Windows: the merge still keeps most of what others wrote
            yield
            return
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
