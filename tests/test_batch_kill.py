"""The kill test: `runninghub batch run` killed with SIGKILL at random moments and resumed each
time pays at most once per job and finishes every job with byte-exact outputs.

The check itself is benchmarks/batch_kill_check.py (which also runs the full 1,000 jobs x 20
kills); here it runs smaller: RUNNINGHUB_BATCH_KILL_JOBS (default 150) jobs and
RUNNINGHUB_BATCH_KILLS (default 6) kills against the session's sandbox (`make test`: 60 and 4,
`make test-heavy`: the defaults).
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Any

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "batch_kill_check.py"


def _check_module() -> Any:
    spec = importlib.util.spec_from_file_location("batch_kill_check", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.no_prism("kills the client mid-request; reads the sandbox's task records")
def test_batch_killed_at_random_moments_pays_once_per_job(runninghub_sandbox: Any, tmp_path: Path) -> None:
    sb = runninghub_sandbox
    concurrency = 20
    sb.configure(task_duration=0.2, concurrency_limit=concurrency)
    figures = _check_module().kill_check(
        sb.base_url,
        sb.api_key,
        sb.base_url,
        jobs=int(os.environ.get("RUNNINGHUB_BATCH_KILL_JOBS", "150")),
        kills=int(os.environ.get("RUNNINGHUB_BATCH_KILLS", "6")),
        concurrency=concurrency,
        workdir=tmp_path,
        seed=int(os.environ.get("RUNNINGHUB_BATCH_KILL_SEED", "14")),
    )
    assert figures["ok"], figures["problems"]
    assert figures["kills_landed"] >= 1, "no kill landed while the batch ran: the test proved nothing"
    assert figures["outputs_compared"] == figures["jobs"]
