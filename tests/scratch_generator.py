"""A scratch copy of what `make generate` reads (spec/, generator/ and the SDK's spec walk), the
generator run on it, and a client script run against the generated package it wrote. Used by the
tests that change the spec in a copy and check that the client follows (`make test-generator`)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def copy_inputs(dest: Path) -> Path:
    """spec/ and generator/ (no node_modules, no TypeScript templates) under `dest`, with
    wrapper/runninghub/_spec.py: the generator loads that walk of the spec by its path."""
    shutil.copytree(ROOT / "spec", dest / "spec")
    shutil.copytree(
        ROOT / "generator",
        dest / "generator",
        ignore=shutil.ignore_patterns("node_modules", "__pycache__", "typescript"),
    )
    (dest / "wrapper" / "runninghub").mkdir(parents=True)
    shutil.copy2(ROOT / "wrapper" / "runninghub" / "_spec.py", dest / "wrapper" / "runninghub" / "_spec.py")
    return dest


def generate_python(root: Path) -> Path:
    """Run the generator (Python outputs only) in `root`; its generated/ folder."""
    made = subprocess.run(
        [sys.executable, str(root / "generator" / "generate.py"), "--python-only"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert made.returncode == 0, made.stdout + made.stderr
    return root / "generated"


def run_client(generated: Path, script: str, *args: str) -> dict[str, Any]:
    """Run `script` (it prints one JSON object with the generated package's file as "package")
    with `generated` first on the path and the checkout's wrapper after it, without the user's
    API key; its JSON, checked to come from that package."""
    env = {k: v for k, v in os.environ.items() if k != "RUNNINGHUB_API_KEY"}
    env["PYTHONPATH"] = os.pathsep.join([str(generated), str(ROOT / "wrapper")])
    ran = subprocess.run([sys.executable, "-c", script, *args], env=env, capture_output=True, text=True, timeout=60)
    assert ran.returncode == 0, ran.stderr
    out: dict[str, Any] = json.loads(ran.stdout)
    assert Path(out["package"]).is_relative_to(generated)
    return out
