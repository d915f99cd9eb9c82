"""The batch ledger and the input checks, without a server: claims, states, schema, lines."""

from __future__ import annotations

import json
import sqlite3
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from runninghub import InvalidParamsError, RunningHub
from runninghub._batch import check_jobs, export_text, read_jobs
from runninghub._ledger import SCHEMA_VERSION, JobSpec, Ledger, LedgerError, end_owner, new_owner, owner_alive

IMAGE = "gpt-image-2/text-to-image-official-stable"


def specs(n: int) -> list[JobSpec]:
    return [JobSpec(f"j{i}", i + 1, "model", IMAGE, {"prompt": f"p{i}"}) for i in range(n)]


def test_schema_is_versioned_and_readable_by_plain_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "l.sqlite"
    with Ledger(path) as ledger:
        ledger.add_jobs(specs(2))
        assert ledger.meta()["schema_version"] == str(SCHEMA_VERSION)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT id, state, params FROM jobs ORDER BY line").fetchall() == [
        ("j0", "pending", '{"prompt":"p0"}'),
        ("j1", "pending", '{"prompt":"p1"}'),
    ]
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    with pytest.raises(LedgerError, match="schema version 99"):
        Ledger(path)


def test_rerun_with_a_changed_job_is_refused(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.sqlite") as ledger:
        assert ledger.add_jobs(specs(3)) == 3
        assert ledger.add_jobs(specs(4)) == 1  # only the new line is added
        changed = [JobSpec("j1", 2, "model", IMAGE, {"prompt": "other"})]
        with pytest.raises(LedgerError, match="line 2: job 'j1' differs"):
            ledger.add_jobs(changed)


def test_claims_are_exclusive_across_threads(tmp_path: Path) -> None:
    path = tmp_path / "l.sqlite"
    with Ledger(path) as setup:
        setup.add_jobs(specs(200))
    claimed: list[str] = []
    lock = threading.Lock()

    def worker() -> None:
        # each worker its own connection, as separate processes would have
        with Ledger(path) as ledger:
            owner = new_owner()
            while (job := ledger.claim_pending(owner)) is not None:
                with lock:
                    claimed.append(job.id)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(claimed) == sorted(f"j{i}" for i in range(200))  # each exactly once


def test_a_dead_owner_leaves_outcome_unknown_and_unowned_submitted_jobs(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.sqlite") as ledger:
        ledger.add_jobs(specs(3))
        owner = new_owner()
        a, b = ledger.claim_pending(owner), ledger.claim_pending(owner)
        assert a and b
        ledger.mark_submitted(b.id, owner, "123", 1.0)
        assert ledger.release_dead() == 0  # the owner is alive: nothing is touched
        end_owner(owner)  # the run is gone (as after a crash)
        assert not owner_alive(owner)
        assert ledger.release_dead() == 2
        states = {j.id: (j.state, j.claimed_by, j.task_id) for j in ledger.jobs()}
        assert states == {
            "j0": ("outcome_unknown", None, None),
            "j1": ("submitted", None, "123"),
            "j2": ("pending", None, None),
        }
        me = new_owner()
        job = ledger.claim_submitted(me)
        assert job is not None and job.task_id == "123"
        assert ledger.retry_unknown() == 1
        assert ledger.counts()["pending"] == 2


def test_reserve_keeps_the_cap_over_committed_spend(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.sqlite") as ledger:
        ledger.add_jobs(specs(3))
        owner = new_owner()
        cap = Decimal("0.25")
        first, second = ledger.claim_pending(owner), ledger.claim_pending(owner)
        assert first and second
        assert ledger.reserve(first.id, owner, Decimal("0.10"), cap)
        ledger.mark_submitted(first.id, owner, "1", 1.0)
        ledger.mark_done(first.id, owner, [], Decimal("0.12"))  # the real cost replaces the estimate
        assert ledger.reserve(second.id, owner, Decimal("0.10"), cap)
        third = ledger.claim_pending(owner)
        assert third is not None
        assert not ledger.reserve(third.id, owner, Decimal("0.05"), cap)  # 0.12 + 0.10 + 0.05 > 0.25
        assert ledger.committed_spend() == Decimal("0.22")
        end_owner(owner)


def test_export_csv_and_jsonl(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.sqlite") as ledger:
        ledger.add_jobs(specs(2))
        owner = new_owner()
        job = ledger.claim_pending(owner)
        assert job is not None
        ledger.mark_submitted(job.id, owner, "99", 1.0)
        ledger.mark_done(job.id, owner, [{"index": 0, "path": "out/j0_0.png", "url": "u"}], Decimal("0.05"))
        csv_text = export_text(ledger, "csv").splitlines()
        assert csv_text[0] == "job,line,task_id,status,outputs,cost,error_code,error"
        assert csv_text[1] == "j0,1,99,done,out/j0_0.png,0.05,,"
        rows = [json.loads(line) for line in export_text(ledger, "jsonl").splitlines()]
        assert rows[1] == {
            "job": "j1",
            "line": 2,
            "task_id": None,
            "status": "pending",
            "outputs": [],
            "cost": None,
            "error_code": None,
            "error": None,
        }
        end_owner(owner)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "line 2: not JSON"),
        ('{"params": {}}', 'line 2: a job has exactly one of "model", "workflow" or "app"'),
        ('{"model": "x", "app": "y"}', "line 2: a job has exactly one of"),
        ('{"model": "' + IMAGE + '", "params": {}, "extra": 1}', "line 2: unknown key"),
        ('{"id": "../x", "model": "' + IMAGE + '"}', 'line 2: "id" must be'),
        ('{"workflow": "1", "nodes": {}}', 'line 2: "nodes" must be a list'),
    ],
)
def test_a_bad_line_is_named(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "jobs.jsonl"
    path.write_text(json.dumps({"model": IMAGE, "params": {"prompt": "ok"}}) + "\n" + line + "\n")
    with pytest.raises(InvalidParamsError, match=message.replace("(", r"\(").replace('"', '"')):
        read_jobs(path)


def test_every_job_is_checked_before_anything_is_sent(tmp_path: Path) -> None:
    path = tmp_path / "jobs.jsonl"
    lines = [
        {"model": IMAGE, "params": {"prompt": "ok"}},
        {"model": IMAGE, "params": {"prompt": "x", "resolution": "9k"}},
    ]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines))
    client = RunningHub(api_key="k", base_url="http://127.0.0.1:9")  # nothing listens: any send would fail
    with pytest.raises(InvalidParamsError, match=r"line 2 \(job 2\)"):
        check_jobs(client._core, read_jobs(path))
    with pytest.raises(InvalidParamsError, match="line 2"):
        client.batch(path, out=tmp_path / "out")
    assert not (tmp_path / "jobs.ledger.sqlite").exists()  # refused before the ledger was made
    dup = [
        {"id": "a", "model": IMAGE, "params": {"prompt": "1"}},
        {"id": "a", "model": IMAGE, "params": {"prompt": "2"}},
    ]
    with pytest.raises(InvalidParamsError, match="line 2: job id 'a' is also on line 1"):
        client.batch(dup, ledger=tmp_path / "d.sqlite")


def test_a_task_id_that_arrives_after_the_run_let_go_is_kept(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.sqlite") as ledger:
        ledger.add_jobs(specs(1))
        owner = new_owner()
        job = ledger.claim_pending(owner)
        assert job is not None
        ledger.release(owner)  # the run ended (a second Ctrl-C) while the submit was in flight
        assert ledger.jobs()[0].state == "outcome_unknown"
        with pytest.raises(LedgerError, match="task 77 kept"):
            ledger.mark_submitted(job.id, owner, "77", 1.0)
        [kept] = ledger.jobs()
        assert (kept.state, kept.task_id, kept.claimed_by) == ("submitted", "77", None)
        end_owner(owner)
