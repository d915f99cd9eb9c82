"""The polling plan (runninghub._polling) in virtual time: each simulated task ends at a known
age and is read whenever the plan says, so reads and detection delays are exact and the whole
file runs in well under a second. Persistence is tested on a file of the test's own.

The targets (issue 13), for every scenario, over the tasks after the first three: median reads
at most a third of a fixed 2 s poll's (a read at once, then every 2 s), median detection delay
at most 1.5 s, p90 at most 3 s (nearest rank: the value at rank ceil(0.9 n))."""

from __future__ import annotations

import json
import math
import multiprocessing
import random
import statistics
from pathlib import Path

import pytest
from runninghub._polling import KnownTask, RunTimes, cache_path


def simulate(
    rt: RunTimes, run_time: float, rng: random.Random, endpoint: str = "m", kind: str = "image"
) -> tuple[int, float]:
    """Read a task that ends at age `run_time` as the plan says; (reads, detection delay)."""
    age, running, reads = 0.0, 0.0, 0
    while True:
        age += rt.delay(endpoint, kind, age, running, rng)
        reads += 1
        assert reads < 500, "the plan stopped advancing"
        if age >= run_time:
            rt.observe(endpoint, running, age)
            return reads, age - run_time
        running = age


def fixed_poll_reads(run_time: float, interval: float = 2.0) -> int:
    """A read at once and then every `interval` (runninghub-sdk's wait loop)."""
    return 1 + math.ceil(run_time / interval)


def p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[math.ceil(0.9 * len(ordered)) - 1]


def figures(results: list[tuple[int, float]], times: list[float], warm: int = 3) -> tuple[float, float, float]:
    """(reads ratio to the 2 s poll, median delay, p90 delay) over the tasks after `warm`."""
    counted = results[warm:]
    ours = statistics.median(r for r, _ in counted)
    reference = statistics.median(fixed_poll_reads(t) for t in times[warm:])
    delays = [d for _, d in counted]
    return ours / reference, statistics.median(delays), p90(delays)


def run(times: list[float], seed: int = 1, kind: str = "image") -> tuple[float, float, float]:
    rng, rt = random.Random(seed), RunTimes(None)
    return figures([simulate(rt, t, rng, kind=kind) for t in times], times)


def varying(base: float, n: int = 60, seed: int = 7) -> list[float]:
    draw = random.Random(seed)
    return [base * draw.uniform(0.6, 1.4) for _ in range(n)]


SCENARIOS: dict[str, tuple[list[float], str]] = {
    "constant 5 s": ([5.0] * 20, "image"),
    "constant 30 s": ([30.0] * 20, "video"),
    "constant 120 s": ([120.0] * 20, "video"),
    "±40 % around 5 s": (varying(5.0), "image"),
    "±40 % around 30 s": (varying(30.0), "video"),
    "±40 % around 120 s": (varying(120.0), "video"),
    "the issue's 5,7,4,6,5,8 s": ([5.0, 7.0, 4.0, 6.0, 5.0, 8.0] * 5, "image"),
    "a model that gets slower (5 s, then 20 s)": ([5.0] * 10 + [20.0] * 10, "image"),
    "a model that gets faster (30 s, then 10 s)": ([30.0] * 10 + [10.0] * 10, "image"),
}


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_polling_targets_hold(name: str) -> None:
    times, kind = SCENARIOS[name]
    ratio, median, late = run(times, kind=kind)
    assert ratio <= 1 / 3, f"{name}: {ratio:.2f} of a 2 s poll's reads"
    assert median <= 1.5, f"{name}: median delay {median:.2f} s"
    assert late <= 3.0, f"{name}: p90 delay {late:.2f} s"


@pytest.mark.parametrize("base", [5.0, 30.0, 120.0])
def test_varying_run_times_meet_the_targets_for_most_draws(base: float) -> None:
    """The targets are medians and a p90 over a finite sample, so a plan that meets them on
    average still misses some draws (at ±40 % around 30 s they are tight: five reads must reach
    the median task, which leaves reads about 2.5-2.8 s apart, and so a median delay near
    1.3 s). Over ten draws of 60 tasks each, at least eight meet all three."""
    kind = "image" if base == 5 else "video"
    met = 0
    for seed in range(10):
        ratio, median, late = run(varying(base, seed=100 + seed), seed=seed, kind=kind)
        met += ratio <= 1 / 3 and median <= 1.5 and late <= 3.0
    assert met >= 8


def test_a_fast_run_after_a_slow_one_is_not_read_late() -> None:
    """The issue's case: after one 30 s task, a 5 s task of the same model was read once, 24.6 s
    after it ended. With one observation the plan probes at halves of its first read (15 s,
    7.5 s): the 5 s task is noticed at the 7.5 s probe, 2.5 s late. Noticing it sooner would need
    probes closer together, and every later 30 s task would pay for them."""
    rng, rt = random.Random(2), RunTimes(None)
    simulate(rt, 30.0, rng)
    _, delay = simulate(rt, 5.0, rng)
    assert delay <= 3.0


def test_cold_start_with_a_persisted_cache_meets_the_targets(tmp_path: Path) -> None:
    """A new RunTimes (a new process) reading the file another one wrote plans its first task
    as the writer would: over ten such first tasks, the targets hold."""
    for base, kind in ((5.0, "image"), (30.0, "video"), (120.0, "video")):
        path = tmp_path / f"runtimes-{base:g}.json"
        teacher = RunTimes(path)
        for _ in range(3):
            simulate(teacher, base, random.Random(3), kind=kind)
        firsts = [simulate(RunTimes(path), base, random.Random(seed), kind=kind) for seed in range(10)]
        ratio, median, late = figures(firsts, [base] * 10, warm=0)
        assert ratio <= 1 / 3 and median <= 1.5 and late <= 3.0, (base, ratio, median, late)


def test_the_plan_is_deterministic_given_the_generator() -> None:
    times = varying(30.0, n=20)
    assert run(times, seed=5, kind="video") == run(times, seed=5, kind="video")


def test_nonsense_observations_are_ignored() -> None:
    rt, rng = RunTimes(None), random.Random(1)
    for lo, hi in ((5.0, 1.0), (-1.0, 2.0), (0.0, float("nan")), (0.0, float("inf")), (0.0, 1e12)):
        rt.observe("m", lo, hi)
    assert rt.samples("m") == [] and rt.estimate("m") is None
    for _ in range(5):
        simulate(rt, 5.0, rng)
    assert simulate(rt, 5.0, rng)[0] == 1


def test_observations_persist_across_instances(tmp_path: Path) -> None:
    path = tmp_path / "runtimes.json"
    rng, first = random.Random(4), RunTimes(path)
    for _ in range(4):
        simulate(first, 30.0, rng)
    first.remember_task("1234", KnownTask("vendor/model", "image", 1_000.0))
    # a new process: the first task is already planned from what the earlier one learned
    cold_reads, _ = simulate(RunTimes(None), 30.0, rng)
    second = RunTimes(path)
    reads, delay = simulate(second, 30.0, rng)
    assert reads <= 3 < cold_reads and delay <= 1.5
    doc = json.loads(path.read_text())
    assert doc["version"] == 1 and "m" in doc["endpoints"]


def test_known_tasks_are_remembered_with_their_model(tmp_path: Path) -> None:
    import time

    path = tmp_path / "runtimes.json"
    RunTimes(path).remember_task("98765", KnownTask("vendor/model", "video", time.time()))
    known = RunTimes(path).known_task("98765")
    assert known is not None and known.endpoint == "vendor/model" and known.output_type == "video"


def _writer(path: str, endpoint: str) -> None:
    rt = RunTimes(Path(path))
    for i in range(10):
        rt.observe(endpoint, 1.0 + i * 0.01, 2.0 + i * 0.01)


def test_several_processes_merge_into_one_file(tmp_path: Path) -> None:
    path = tmp_path / "runtimes.json"
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(path), f"model-{n}")) for n in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    endpoints = json.loads(path.read_text())["endpoints"]
    assert sorted(endpoints) == ["model-0", "model-1", "model-2"]
    assert all(len(rows) == 10 for rows in endpoints.values())


def test_a_corrupt_or_foreign_file_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "runtimes.json"
    path.write_text('{"version": 1, "endpoints": {"m": [[5, 1], ["x", 2], [1, 1e999]]}, "tasks": []}')
    rt = RunTimes(path)
    assert rt.samples("m") == []
    rt.observe("m", 1.0, 2.0)
    assert RunTimes(path).samples("m") == [(1.0, 2.0)]


def test_the_cache_can_be_turned_off_or_moved(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("RUNNINGHUB_RUNTIME_CACHE", "0")
    assert cache_path() is None
    monkeypatch.setenv("RUNNINGHUB_RUNTIME_CACHE", str(tmp_path / "x.json"))
    assert cache_path() == tmp_path / "x.json"
    monkeypatch.delenv("RUNNINGHUB_RUNTIME_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_path() == tmp_path / "runninghub" / "runtimes.json"


def test_writes_leave_no_temporary_files(tmp_path: Path) -> None:
    path = tmp_path / "runtimes.json"
    rt = RunTimes(path)
    for i in range(5):
        rt.observe("m", 1.0 + i, 2.0 + i)
    (tmp_path / ".runtimes.json.tmp").write_text("left by a process killed mid-write")
    rt.observe("m", 9.0, 10.0)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["runtimes.json", "runtimes.json.lock"]
