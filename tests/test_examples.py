"""The examples run as users would run them (a subprocess, in a fresh folder), so they cannot rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT


@pytest.mark.parametrize(
    ("script", "folder"),
    [("demo.py", "demo-output"), ("low_level_client.py", "demo-output"), ("batch.py", "batch-output")],
)
def test_example_runs_and_saves_a_png(script: str, folder: str, tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "examples" / script)], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    saved = sorted((tmp_path / folder).glob("*.png"))
    assert saved and all(p.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") for p in saved)
