"""The generated per-model overloads make a type checker flag a wrong field or enum value."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

SNIPPET = """
from runninghub import AsyncRunningHub, RunningHub

client = RunningHub(api_key="k")
ok = client.submit("gpt-image-2/text-to-image-official-stable", prompt="a cat", resolution="2k")
ok2 = client.run("rhart-image-g-2-official/text-to-image", {"prompt": "a cat"}, timeout=30)
bad_enum = client.submit("gpt-image-2/text-to-image-official-stable", prompt="a cat", resolution="8k")  # line 7
bad_field = client.run("rhart-image-g-2-official/text-to-image", {"prompt": "x", "qualty": "low"})  # line 8
bad_type = client.submit("Vidu-start-end-to-video-q2-turbo", prompt="x", firstImageUrl="u", lastImageUrl="u", bgm="yes")


async def main() -> None:
    result = await AsyncRunningHub(api_key="k").run("gpt-image-2/text-to-image-official-stable", prompt="a cat")
    reveal_type(result)
    reveal_type(ok)
"""


def test_mypy_flags_wrong_fields_and_values(tmp_path: Path) -> None:
    source = tmp_path / "user_code.py"
    source.write_text(SNIPPET)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    out = proc.stdout
    error_lines = sorted({int(m) for m in re.findall(r"user_code\.py:(\d+): error", out)})
    assert error_lines == [7, 8, 9], out
    assert 'Revealed type is "runninghub._types.Result"' in out
    assert 'Revealed type is "runninghub._types.Task"' in out
