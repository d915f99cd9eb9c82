"""When to read a task's status next: a per-model run-time distribution, remembered across processes.

Each finished task gives one observation of its model's run time, an interval (lo, hi]: lo the
age of its last read that found it still running (0 when none did), hi the age of the read that
found it done. `RunTimes` keeps the most recent observations per endpoint and estimates the
run-time distribution from them (`build_estimate`): a narrow observation is a uniform piece over
its interval; a wide one (a task caught by its first read) only says "ended by hi" and is spread
over the last part of its interval as wide as the model's run times are seen to vary. Newer
observations weigh more (DECAY); one far outside the plausible range (SURPRISE) means the model
changed, and the older ones are dropped from planning.

The plan (`next_read_age`) is built for the polling targets: few reads (a third of a fixed 2 s
poll's) and a prompt notice (median delay <= 1.5 s, p90 <= 3 s):

- the first read comes at the FIRST_QUANTILE of the distribution (so a model whose run time
  hardly varies is read once), but at most FIRST_GAP after the earliest plausible end (its
  EARLIEST quantile, lowered by one sample spacing while few tasks are known);
- later reads are at most MAX_GAP apart, LATE_GAP apart past the GAP_SWITCH quantile, each also
  at the FIRST_QUANTILE of the end times still possible when that comes sooner;
- probes guard against a model that got faster: while little is known (weight < TRUSTED), reads
  at halves of the first read down to PROBE_MIN; later, one at half of the first read when that
  read usually catches the task (a late first read); and after STALE tasks caught by their
  first read, the next first read comes at the earliest plausible end;
- past every known end (the model got slower): reads LATE_GAP apart for a while, then the cold
  schedule;
- cold (nothing known): an interval that starts short and grows with the task's age.

Observations persist in a small JSON file in the user's cache directory (`cache_path()`),
merged on write under a file lock so several processes can share it; `RUNNINGHUB_RUNTIME_CACHE=0`
turns it off and any other value is taken as the file's path. The file also remembers which
endpoint a task id belongs to and when it was submitted, so `wait(task_id)` in a new process
(every CLI call) plans like the process that submitted it.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
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
FIRST_QUANTILE = 0.7
"""The next read aims at this quantile of the end times still possible."""
EARLIEST = 0.05
"""The quantile taken as a model's earliest plausible end."""
EXTRAPOLATE = 1.0
"""The earliest plausible end lies this many sample spacings below the EARLIEST quantile."""
FIRST_GAP = 2.8
"""The first read comes at most this long (s) after the earliest plausible end."""
MAX_GAP = 2.8
"""Later reads are at most this far apart (s) ..."""
LATE_GAP = 2.0
"""... and at most this far once the GAP_SWITCH quantile of the end times has passed."""
GAP_SWITCH = 0.6
UNSURE_GAP = 1.5
"""Reads this far apart (s) while little is known (weight < TRUSTED): the end of one or two tasks
seen through a wide gap is uncertain, not a run-time variation."""
NARROW = 3.0
"""An observation at most this wide (s) says where its task ended; a wider one only bounds it."""
SPREAD = 0.4
"""A wide observation is spread over at most this share of its upper end (the run-time variation
assumed until narrow observations show how much the model varies)."""
MIN_WEIGHT = 1.0
"""Narrow observations of at least this much weight are needed to measure the variation."""
DECAY = 0.97
"""Each newer observation of a model weighs an older one down by this factor."""
SURPRISE = 1.6
"""A task that ended this many times sooner than the earliest plausible end, or started later
than the latest, means the model changed: older observations are dropped from planning."""
TRUSTED = 2.5
"""Below this much weight of observations the plan probes early (PROBE_MIN and up)."""
PROBE_MIN = 6.0
"""No probe earlier than this age (s): for shorter tasks a probe costs more reads than a late
notice costs time."""
STALE = 4
"""After this many tasks in a row caught by their first read, the next first read comes at the
earliest plausible end: it checks that the model has not got faster."""
MAX_RUN = 7 * 24 * 3600.0
"""Observations beyond this (s) are ignored: no task runs a week."""
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


@dataclass(frozen=True)
class Estimate:
    """A model's run-time distribution: a weighted mixture of uniform pieces (start, end, weight)."""

    pieces: tuple[tuple[float, float, float], ...]
    weight: float  # the observations' total weight: how much the plan trusts it
    stale: int  # tasks caught by their first read since one was last seen running near its end
    latest: float  # the latest end of a weighty observation

    @functools.cached_property
    def _table(self) -> tuple[list[float], list[float]]:
        """The distribution function at every piece boundary (it is linear in between)."""
        xs = sorted({x for a, b, _ in self.pieces for x in (a, b)})
        return xs, [sum(w * min(1.0, max(0.0, (x - a) / (b - a))) for a, b, w in self.pieces) / self.weight for x in xs]

    def cdf(self, x: float) -> float:
        xs, cs = self._table
        i = bisect.bisect_right(xs, x)
        if i == 0:
            return 0.0
        if i == len(xs):
            return 1.0
        return cs[i - 1] + (cs[i] - cs[i - 1]) * (x - xs[i - 1]) / (xs[i] - xs[i - 1])

    def quantile(self, p: float) -> float:
        xs, cs = self._table
        i = min(len(xs) - 1, max(1, bisect.bisect_left(cs, p)))
        span = cs[i] - cs[i - 1]
        return xs[i] if span <= 0 else xs[i - 1] + (xs[i] - xs[i - 1]) * (p - cs[i - 1]) / span

    @functools.cached_property
    def earliest(self) -> float:
        """The earliest plausible end: the EARLIEST quantile, less EXTRAPOLATE sample spacings
        (the lowest of n draws from a range lies about 1/(n+1) of the range above its start)."""
        low, high = self.quantile(EARLIEST), self.quantile(1 - EARLIEST)
        return max(0.0, low - EXTRAPOLATE * (high - low) / (self.weight + 1))


def build_estimate(samples: list[tuple[float, float]], weights: list[float]) -> Estimate | None:
    """The distribution the observations (lo, hi] say, with their weights.

    A narrow observation (at most NARROW wide) is its own piece: the task ended somewhere in it.
    A wide one (a task caught by its first read near the end, or after a long gap) says only
    "ended by hi": it is taken to have ended in the last W s before hi (and after lo), W being
    how widely the narrow observations spread (at most SPREAD of hi; all of it when none is
    known). For a model whose tasks all take about the same time that keeps the first read where
    it catches them; for one that varies it pulls the earliest plausible end down, so the plan
    reads earlier until reads find tasks running again."""
    rows = [(lo, hi, w) for (lo, hi), w in zip(samples, weights, strict=True) if w > 1e-6]
    if not rows:
        return None
    narrow = [(lo, max(hi, lo + 1e-3), w) for lo, hi, w in rows if hi - lo <= NARROW]
    spread: float | None = None
    if sum(w for _, _, w in narrow) >= MIN_WEIGHT:
        seen = Estimate(tuple(narrow), sum(w for _, _, w in narrow), 0, 0.0)
        spread = seen.quantile(1 - EARLIEST) - seen.quantile(EARLIEST)
    pieces: list[tuple[float, float, float]] = []
    stale = 0
    for lo, hi, w in rows:
        if hi - lo <= NARROW:
            pieces.append((lo, max(hi, lo + 1e-3), w))
            stale = 0
            continue
        stale += 1
        width = SPREAD * hi if spread is None else min(SPREAD * hi, max(spread, 0.05))
        pieces.append((max(lo, hi - width), hi, w))
    weighty = [hi for _, hi, w in rows if w >= 0.2] or [rows[-1][1]]
    return Estimate(tuple(pieces), sum(w for _, _, w in rows), stale, max(weighty))


def next_weights(estimate: Estimate | None, weights: list[float], lo: float, hi: float) -> list[float]:
    """The weights once observation (lo, hi] joins: older ones decay, and all but vanish when
    the new one is far outside the model's plausible range (the model got much faster or slower)."""
    factor = DECAY
    if estimate is not None and estimate.weight >= TRUSTED:
        earliest, last = estimate.quantile(EARLIEST), estimate.quantile(1 - EARLIEST)
        if hi * SURPRISE < earliest or lo > last * SURPRISE:
            factor = 0.0
    return [w * factor for w in weights] + [1.0]


def next_read_age(estimate: Estimate, age: float, running_age: float) -> float | None:
    """The age at which to read next, for a task now `age` old last seen running at
    `running_age`; None when the task has outlived every known end (the model got slower)."""
    below = estimate.cdf(running_age)
    if below > 0.98:
        return None
    earliest = estimate.earliest
    aim = estimate.quantile(below + FIRST_QUANTILE * (1 - below))
    if running_age < earliest:  # the first read where tasks end: at most FIRST_GAP past the earliest
        target = min(aim, max(age, earliest) + FIRST_GAP)
    else:  # reads MAX_GAP apart, then LATE_GAP apart (UNSURE_GAP while little is known)
        wide = estimate.weight >= TRUSTED and estimate.cdf(age) < GAP_SWITCH
        gap = MAX_GAP if wide else LATE_GAP if estimate.weight >= TRUSTED else UNSURE_GAP
        target = min(aim, age + gap)
    if running_age < earliest:  # no read has found the task running where tasks end
        if estimate.stale >= STALE:
            target = min(target, earliest)
        first = target
        probes: list[float] = []
        if estimate.weight < TRUSTED:  # little known: halve down to PROBE_MIN, for a much faster run
            probe = first / 2
            while probe >= PROBE_MIN:
                probes.append(probe)
                probe /= 2
        elif first / 2 >= PROBE_MIN and estimate.cdf(first) >= 0.5:
            probes.append(first / 2)  # read once only: one probe notices a model that got faster
        later = [p for p in probes if p > max(age, running_age) + 0.05]
        if later:
            target = min(target, min(later))
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
        self._weights: dict[str, list[float]] = {}
        self._estimates: dict[str, Estimate | None] = {}

    @classmethod
    def default(cls) -> RunTimes:
        return cls(cache_path())

    @property
    def persists(self) -> bool:
        """Whether this reads and writes the cache file (a call may then block on the disk or on
        another process's lock: the asyncio client makes such calls in a worker thread)."""
        return self._path is not None

    def load(self) -> None:
        """Read the cache file now, if not read yet (else its first use reads it)."""
        self._ensure_loaded()

    # ---- planning
    def delay(
        self, endpoint: str | None, output_type: str | None, age: float, running_age: float, rng: random.Random
    ) -> float:
        """Seconds to wait before the next status read of a task `age` seconds old."""
        estimate = self.estimate(endpoint)
        if estimate is None:
            return cold_delay(output_type, age, rng)
        target = next_read_age(estimate, age, running_age)
        if target is None:  # slower than every known task: keep reads close for a while
            latest = estimate.latest
            if age < 1.5 * latest + MAX_GAP:
                return LATE_GAP * rng.uniform(0.9, 1.0)
            return cold_delay(output_type, age, rng)
        return max(0.02, target - age) + rng.uniform(0.0, 0.05)

    def samples(self, endpoint: str | None) -> list[tuple[float, float]]:
        if not endpoint:
            return []
        self._ensure_loaded()
        with self._lock:
            return list(self._samples.get(endpoint, ()))

    def estimate(self, endpoint: str | None) -> Estimate | None:
        """The run-time distribution learned for `endpoint` (None: nothing known)."""
        if not endpoint:
            return None
        self._ensure_loaded()
        with self._lock:
            if endpoint not in self._estimates:
                self._replay(endpoint)
            return self._estimates.get(endpoint)

    def _replay(self, endpoint: str) -> None:
        """Weights and estimate from the observations alone (after loading the file)."""
        weights: list[float] = []
        estimate: Estimate | None = None
        rows = self._samples.get(endpoint, [])
        for i, (lo, hi) in enumerate(rows):
            weights = next_weights(estimate, weights, lo, hi)
            estimate = build_estimate(rows[: i + 1], weights)
        self._weights[endpoint], self._estimates[endpoint] = weights, estimate

    # ---- learning
    def observe(self, endpoint: str | None, running_age: float, done_age: float) -> None:
        if not endpoint or not 0 <= running_age < done_age <= MAX_RUN:
            return
        self._ensure_loaded()
        observation = (round(running_age, 3), round(done_age, 3))
        with self._lock:
            if endpoint not in self._estimates:
                self._replay(endpoint)
            kept = self._samples.setdefault(endpoint, [])
            weights = next_weights(self._estimates.get(endpoint), self._weights.get(endpoint, []), *observation)
            kept.append(observation)
            del kept[:-KEEP]
            weights = weights[-KEEP:]
            self._weights[endpoint], self._estimates[endpoint] = weights, build_estimate(kept, weights)
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
                and 0 <= r[0] < r[1] <= MAX_RUN
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
    # one temporary name: writes happen under the file lock, so a process killed mid-write leaves
    # at most this one file, which the next write replaces
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(json.dumps(doc, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


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
