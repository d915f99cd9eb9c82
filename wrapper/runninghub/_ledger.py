"""The batch ledger: one SQLite file that records every job's state durably, before and after
each step that can cost money, so a batch survives a crash (even SIGKILL) without paying twice.

The format is stable and versioned (`PRAGMA user_version` and the `meta` table hold the schema
version): any SQLite tool can read it. docs/batch-jobs.md describes every column.

States: pending -> submitting -> submitted -> done | failed, and outcome_unknown. `submitting` is
committed durably (synchronous=FULL, on disk) before the submit request is sent and `submitted`
(with the task id) as soon as the reply arrives. A process that dies between the two leaves
`submitting`, which the next run turns into `outcome_unknown` and never submits again unless
asked (`retry_unknown`). Other changes need only survive a process crash (see `Ledger._tx`).

Several processes on one machine can work one ledger: every claim is one `BEGIN IMMEDIATE`
transaction, and a job is owned (`claimed_by`) by one live process at a time. SQLite's locking
is not reliable on network file systems (NFS, SMB): keep the ledger on a local disk.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1
STATES = ("pending", "submitting", "submitted", "done", "failed", "outcome_unknown")
KINDS = ("model", "workflow", "app")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS jobs (
    id            TEXT PRIMARY KEY,
    line          INTEGER NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('model', 'workflow', 'app')),
    target        TEXT NOT NULL,
    params        TEXT NOT NULL,
    state         TEXT NOT NULL DEFAULT 'pending' CHECK (state IN
                  ('pending', 'submitting', 'submitted', 'done', 'failed', 'outcome_unknown')),
    task_id       TEXT,
    outputs       TEXT,
    cost          TEXT,
    estimate      TEXT,
    error_code    TEXT,
    error_message TEXT,
    claimed_by    TEXT,
    claimed_at    REAL,
    submitted_at  REAL,
    updated_at    REAL NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS jobs_state_line ON jobs (state, line);
"""

# Spend committed to: what finished jobs cost, else what a submitted (or maybe submitted) job
# was estimated to cost.
_COMMITTED_SPEND = (
    "SELECT cost, estimate FROM jobs WHERE state IN ('submitting', 'submitted', 'done', 'outcome_unknown') "
    "OR (state = 'failed' AND task_id IS NOT NULL)"
)


class LedgerError(Exception):
    """The ledger file cannot be used (another schema version, or another input)."""


@dataclass(frozen=True)
class Job:
    """One row of the ledger."""

    id: str
    line: int
    kind: str
    target: str
    params: Any
    state: str
    task_id: str | None = None
    outputs: list[dict[str, Any]] | None = None
    cost: Decimal | None = None
    estimate: Decimal | None = None
    error_code: str | None = None
    error_message: str | None = None
    claimed_by: str | None = None
    submitted_at: float | None = None
    attempts: int = 0

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Job:
        return cls(
            id=row["id"],
            line=row["line"],
            kind=row["kind"],
            target=row["target"],
            params=json.loads(row["params"]),
            state=row["state"],
            task_id=row["task_id"],
            outputs=json.loads(row["outputs"]) if row["outputs"] else None,
            cost=Decimal(row["cost"]) if row["cost"] else None,
            estimate=Decimal(row["estimate"]) if row["estimate"] else None,
            error_code=row["error_code"],
            error_message=row["error_message"],
            claimed_by=row["claimed_by"],
            submitted_at=row["submitted_at"],
            attempts=row["attempts"],
        )


@dataclass(frozen=True)
class JobSpec:
    """A job as read from an input line, before it is in the ledger."""

    id: str
    line: int
    kind: str
    target: str
    params: Any

    def params_json(self) -> str:
        return json.dumps(self.params, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


# --------------------------------------------------------------------------- owners
def _start_ticks(pid: int) -> str | None:
    """A process's start time in clock ticks (Linux), so a reused pid is not taken for the old
    process; None where /proc is missing."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()
    return "Z" if fields[0] in ("Z", "X") else fields[19]


_LIVE_RUNS: set[str] = set()  # owner ids of runs in progress in this process
_HOST = socket.gethostname()


def new_owner() -> str:
    """An owner id for one run: host, pid, process start and a random token."""
    pid = os.getpid()
    owner = f"{_HOST}:{pid}:{_start_ticks(pid) or '-'}:{secrets.token_hex(4)}"
    _LIVE_RUNS.add(owner)
    return owner


def end_owner(owner: str) -> None:
    _LIVE_RUNS.discard(owner)


def owner_alive(owner: str) -> bool:
    """Whether the run `owner` may still be working. Owners on another host count as alive
    (the ledger is local; never take another machine's jobs)."""
    try:
        host, pid_text, ticks, _token = owner.split(":")
        pid = int(pid_text)
    except ValueError:
        return False
    if host != _HOST:
        return True
    if pid == os.getpid():
        return owner in _LIVE_RUNS
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # exists, someone else's
    now = _start_ticks(pid)
    return not (now == "Z" or (now is not None and ticks != "-" and now != ticks))


# --------------------------------------------------------------------------- the ledger
class Ledger:
    """An open ledger file. Thread-safe (one connection behind a lock); several processes may
    open the same file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self.seconds = 0.0  # time spent in ledger calls (benchmarks report it)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA busy_timeout = 60000")
        self._use_wal()
        # FULL: a commit is on disk before the submit that depends on it is sent.
        self._db.execute("PRAGMA synchronous = FULL")
        with self._tx():
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, SCHEMA_VERSION):
                raise LedgerError(f"{self.path}: ledger schema version {version}; this version reads {SCHEMA_VERSION}")
            if version == 0:
                for statement in filter(str.strip, _SCHEMA.split(";")):  # executescript would commit
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                self._db.executemany(
                    "INSERT OR REPLACE INTO meta VALUES (?, ?)",
                    [("schema_version", str(SCHEMA_VERSION)), ("created_at", str(time.time()))],
                )

    def _use_wal(self) -> None:
        """WAL mode, set once per file. Switching modes takes a lock SQLite's busy handler does not
        wait for, so a second process opening the ledger at the same moment retries briefly."""
        deadline = time.monotonic() + 60
        while True:
            try:
                if str(self._db.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                    self._db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self, durable: bool = True) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE: the write lock is taken up front).

        `durable`: the commit is on disk when it returns (synchronous=FULL). The others
        (synchronous=NORMAL) survive a crash of the process, not always a power loss; WAL keeps
        commits in order, so a power loss only ever rolls back the latest ones. Only a change
        that guards money must be durable: `submitting` before a submit is sent, and the task
        id after; losing any other change to a power cut moves a job back to one of those,
        from which the next run does the safe thing."""
        with self._lock:
            started = time.perf_counter()
            if not durable:
                self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            else:
                self._db.execute("COMMIT")
            finally:
                if not durable:
                    self._db.execute("PRAGMA synchronous = FULL")
                self.seconds += time.perf_counter() - started

    def _read(self, sql: str, args: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            started = time.perf_counter()
            try:
                return list(self._db.execute(sql, args))
            finally:
                self.seconds += time.perf_counter() - started

    # ---- input
    def add_jobs(self, specs: Iterable[JobSpec]) -> int:
        """Record jobs not yet in the ledger as pending; returns how many were new. A job whose id
        is already there must be the same job (kind, target and params), else LedgerError."""
        now, added = time.time(), 0
        with self._tx() as db:
            known = {r["id"]: r for r in db.execute("SELECT id, line, kind, target, params FROM jobs")}
            rows = []
            for spec in specs:
                old = known.get(spec.id)
                if old is None:
                    rows.append((spec.id, spec.line, spec.kind, spec.target, spec.params_json(), now))
                    continue
                if (old["kind"], old["target"], old["params"]) != (spec.kind, spec.target, spec.params_json()):
                    raise LedgerError(
                        f"line {spec.line}: job {spec.id!r} differs from the one the ledger recorded "
                        f"(line {old['line']}); use another ledger for a changed input"
                    )
            db.executemany(
                "INSERT INTO jobs (id, line, kind, target, params, updated_at) VALUES (?, ?, ?, ?, ?, ?)", rows
            )
            added = len(rows)
        return added

    # ---- ownership
    def release_dead(self) -> int:
        """Jobs of runs that are gone: `submitting` becomes outcome_unknown (the submit may have
        reached the server), `submitted` is unowned again (its task is waited for by id).
        Returns how many jobs changed."""
        owners = [r[0] for r in self._read("SELECT DISTINCT claimed_by FROM jobs WHERE claimed_by IS NOT NULL")]
        dead = [o for o in owners if not owner_alive(o)]
        changed = 0
        for owner in dead:
            with self._tx() as db:
                changed += db.execute(
                    "UPDATE jobs SET state = 'outcome_unknown', claimed_by = NULL, updated_at = ?, "
                    "error_code = 'outcome_unknown', error_message = ? WHERE claimed_by = ? AND state = 'submitting'",
                    (time.time(), "the process died while submitting: a task may or may not exist", owner),
                ).rowcount
                changed += db.execute("UPDATE jobs SET claimed_by = NULL WHERE claimed_by = ?", (owner,)).rowcount
        return changed

    def release(self, owner: str) -> None:
        """At the end of a run: submitted jobs go back to unowned; a job still `submitting`
        (an interrupted submit) becomes outcome_unknown."""
        with self._tx() as db:
            db.execute(
                "UPDATE jobs SET state = 'outcome_unknown', claimed_by = NULL, updated_at = ?, "
                "error_code = 'outcome_unknown', error_message = 'the run ended while submitting' "
                "WHERE claimed_by = ? AND state = 'submitting'",
                (time.time(), owner),
            )
            db.execute("UPDATE jobs SET claimed_by = NULL WHERE claimed_by = ?", (owner,))

    def retry_unknown(self) -> int:
        """Make every outcome_unknown job pending again (the user's explicit choice: a task may
        already exist for it). Returns how many."""
        with self._tx() as db:
            return db.execute(
                "UPDATE jobs SET state = 'pending', updated_at = ?, error_code = NULL, "
                "error_message = 'resubmitted after outcome_unknown' "
                "WHERE state = 'outcome_unknown' AND claimed_by IS NULL",
                (time.time(),),
            ).rowcount

    def claim_submitted(self, owner: str) -> Job | None:
        """An unowned submitted job (its task to be waited for), now owned by `owner`."""
        with self._tx(durable=False) as db:
            row = db.execute(
                "UPDATE jobs SET claimed_by = ?, claimed_at = ? WHERE id = (SELECT id FROM jobs "
                "WHERE state = 'submitted' AND claimed_by IS NULL ORDER BY line LIMIT 1) RETURNING *",
                (owner, time.time()),
            ).fetchone()
        return Job.from_row(row) if row is not None else None

    def claim_pending(self, owner: str) -> Job | None:
        """The next pending job, now `submitting` and owned by `owner`, committed to disk before
        its submit is sent (one atomic UPDATE, so two claimers never get the same job)."""
        now = time.time()
        with self._tx() as db:
            row = db.execute(
                "UPDATE jobs SET state = 'submitting', claimed_by = ?, claimed_at = ?, updated_at = ?, "
                "attempts = attempts + 1, error_code = NULL, error_message = NULL WHERE id = (SELECT id FROM jobs "
                "WHERE state = 'pending' AND claimed_by IS NULL ORDER BY line LIMIT 1) RETURNING *",
                (owner, now, now),
            ).fetchone()
        return Job.from_row(row) if row is not None else None

    def reserve(self, job_id: str, owner: str, estimate: Decimal, max_total: Decimal) -> bool:
        """Record the estimate of an owned `submitting` job if the committed spend (costs of
        finished jobs, estimates of the others that may be running or billed) plus it stays
        within `max_total`; else nothing changes and False. One transaction, so concurrent
        claimers never pass the cap together."""
        with self._tx() as db:
            spent = sum((Decimal(c or e or "0") for c, e in db.execute(_COMMITTED_SPEND)), Decimal(0))
            if spent + estimate > max_total:
                return False
            db.execute("UPDATE jobs SET estimate = ? WHERE id = ? AND claimed_by = ?", (str(estimate), job_id, owner))
        return True

    # ---- transitions of an owned job
    def _update(self, job_id: str, owner: str, sql: str, args: Sequence[Any], durable: bool = False) -> None:
        with self._tx(durable) as db:
            changed = db.execute(
                f"UPDATE jobs SET {sql}, updated_at = ? WHERE id = ? AND claimed_by = ?",  # noqa: S608 - constants
                (*args, time.time(), job_id, owner),
            ).rowcount
        if changed != 1:
            raise LedgerError(f"job {job_id!r} is no longer owned by this run")

    def mark_submitted(self, job_id: str, owner: str, task_id: str, submitted_at: float) -> None:
        """Record the task id the server returned. Also when the run lost the job meanwhile (it
        ended while this submit was in flight, which made the job outcome_unknown): a task id
        is the truth about that job, so it is kept and the job is waited for by the next run."""
        with self._tx() as db:
            owned = db.execute(
                "UPDATE jobs SET state = 'submitted', task_id = ?, submitted_at = ?, updated_at = ? "
                "WHERE id = ? AND claimed_by = ?",
                (task_id, submitted_at, time.time(), job_id, owner),
            ).rowcount
            if owned:
                return
            db.execute(
                "UPDATE jobs SET state = 'submitted', task_id = ?, submitted_at = ?, updated_at = ?, "
                "error_code = NULL, error_message = NULL "
                "WHERE id = ? AND state = 'outcome_unknown' AND task_id IS NULL AND claimed_by IS NULL",
                (task_id, submitted_at, time.time(), job_id),
            )
        raise LedgerError(f"job {job_id!r} is no longer owned by this run (task {task_id} kept in the ledger)")

    def park(self, job_id: str, owner: str) -> None:
        """An owned submitting job whose submit provably created no task so far (it was refused
        and is about to be tried again): pending while it waits, still owned, so a crash now
        leaves a job that is simply submitted later, not one of unknown outcome."""
        self._update(job_id, owner, "state = 'pending'", ())

    def unpark(self, job_id: str, owner: str) -> None:
        """Back to submitting, on disk, before the submit is sent again."""
        self._update(job_id, owner, "state = 'submitting'", (), durable=True)

    def mark_unsent(self, job_id: str, owner: str, code: str | None, message: str) -> None:
        """The submit provably created no task (refused, or never sent): back to pending."""
        self._update(
            job_id, owner, "state = 'pending', claimed_by = NULL, error_code = ?, error_message = ?", (code, message)
        )

    def mark_unknown(self, job_id: str, owner: str, message: str) -> None:
        self._update(
            job_id,
            owner,
            "state = 'outcome_unknown', claimed_by = NULL, error_code = 'outcome_unknown', error_message = ?",
            (message,),
        )

    def mark_failed(self, job_id: str, owner: str, code: str | None, message: str, cost: Decimal | None) -> None:
        self._update(
            job_id,
            owner,
            "state = 'failed', claimed_by = NULL, error_code = ?, error_message = ?, cost = ?",
            (code, message, str(cost) if cost is not None else None),
        )

    def mark_done(self, job_id: str, owner: str, outputs: list[dict[str, Any]], cost: Decimal | None) -> None:
        self._update(
            job_id,
            owner,
            "state = 'done', claimed_by = NULL, outputs = ?, cost = ?, error_code = NULL, error_message = NULL",
            (json.dumps(outputs, ensure_ascii=False), str(cost) if cost is not None else None),
        )

    def note_error(self, job_id: str, owner: str, code: str | None, message: str) -> None:
        """A problem that leaves the job where it is (a failed status read or download)."""
        self._update(job_id, owner, "error_code = ?, error_message = ?", (code, message))

    # ---- reading
    def counts(self) -> dict[str, int]:
        """Jobs per state (every state present, 0 when none)."""
        out = dict.fromkeys(STATES, 0)
        for state, n in self._read("SELECT state, COUNT(*) FROM jobs GROUP BY state"):
            out[state] = n
        return out

    def total_cost(self) -> Decimal:
        """What finished jobs cost, as reported by the server."""
        return sum((Decimal(r[0]) for r in self._read("SELECT cost FROM jobs WHERE cost IS NOT NULL")), Decimal(0))

    def committed_spend(self) -> Decimal:
        return sum((Decimal(c or e or "0") for c, e in self._read(_COMMITTED_SPEND)), Decimal(0))

    def jobs(self, states: Iterable[str] | None = None) -> list[Job]:
        rows = self._read("SELECT * FROM jobs ORDER BY line")
        wanted = set(states) if states is not None else None
        return [Job.from_row(r) for r in rows if wanted is None or r["state"] in wanted]

    def meta(self) -> Mapping[str, str]:
        return {k: v for k, v in self._read("SELECT key, value FROM meta")}
