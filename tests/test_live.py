"""Live tests against the real RunningHub API: opt-in, skipped unless RUNNINGHUB_LIVE=1 and a key.

They spend money (one cheap image task). Run them with:

    RUNNINGHUB_LIVE=1 RUNNINGHUB_API_KEY=... [RUNNINGHUB_BASE_URL=https://www.runninghub.cn] \
        .venv/bin/python -m pytest tests/test_live.py -v
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from runninghub import RunningHub

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(
        os.environ.get("RUNNINGHUB_LIVE") != "1" or not os.environ.get("RUNNINGHUB_API_KEY"),
        reason="live tests need RUNNINGHUB_LIVE=1 and RUNNINGHUB_API_KEY (they cost money)",
    ),
]
MODEL = os.environ.get("RUNNINGHUB_LIVE_MODEL", "nano-banana2-gemini31flash/text-to-image-channel-low-price")


def test_live_account() -> None:
    with RunningHub() as client:
        account = client.account()
    assert account.remain_money is not None or account.remain_coins is not None


def test_live_run_and_save(tmp_path: Path) -> None:
    with RunningHub() as client:
        result = client.run(client.models.get(MODEL), prompt="a small red cube on a white table", timeout=600)
        paths = result.save_all(tmp_path)
    assert result.succeeded and paths and all(p.stat().st_size > 0 for p in paths)
