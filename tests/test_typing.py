"""The generated per-model overloads make a type checker flag a wrong field or enum value, in a
message a person can read; a `Final` constant and a `Model` object type-check."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any, Final

import pytest
from runninghub import AsyncRunningHub, RunningHub

SNIPPET = """
from typing import Final
from runninghub import AsyncRunningHub, RunningHub

client = RunningHub(api_key="k")
ok = client.submit("gpt-image-2/text-to-image-official-stable", prompt="a cat", resolution="2k")
ok2 = client.run("rhart-image-g-2-official/text-to-image", {"prompt": "a cat"}, timeout=30)
bad_enum = client.submit("gpt-image-2/text-to-image-official-stable", prompt="a cat", resolution="8k")  # line 8
bad_field = client.run("rhart-image-g-2-official/text-to-image", {"prompt": "x", "qualty": "low"})  # line 9
bad_type = client.submit("Vidu-start-end-to-video-q2-turbo", prompt="x", firstImageUrl="u", lastImageUrl="u", bgm="yes")
bad_kwarg = client.submit("gpt-image-2/text-to-image-official-stable", prompt="a cat", qualty="low")  # line 11

MODEL: Final = "gpt-image-2/text-to-image-official-stable"
ok3 = client.run(MODEL, prompt="a cat")
bad_final = client.run(MODEL, prompt="a cat", resolution="8k")  # line 15
model = client.models.get(MODEL)
ok4 = client.run(model, prompt="a cat", resolution="2k")
ok5 = client.submit(model, {"prompt": "a cat"}, webhook_url="https://example.com/hook")
for listed in client.models:
    client.submit(listed, prompt="x")
plain = "gpt-image-2/text-to-image-official-stable"
not_checkable = client.run(plain, prompt="a cat")  # line 22: a str variable is not a known name
bad_option = client.run(MODEL, prompt="a cat", timeout="soon")  # line 23
bad_model_option = client.submit(model, prompt="a cat", webhook_url=3)  # line 24


async def main() -> None:
    result = await AsyncRunningHub(api_key="k").run("gpt-image-2/text-to-image-official-stable", prompt="a cat")
    by_model = await AsyncRunningHub(api_key="k").run(model, prompt="a cat")
    bad_async = await AsyncRunningHub(api_key="k").submit(MODEL, prompt="a cat", resolution="8k")  # line 30
    reveal_type(result)
    reveal_type(by_model)
    reveal_type(ok)
    reveal_type(ok5)
"""
ERROR_LINES: Final = [8, 9, 10, 11, 15, 22, 23, 24, 30]


def test_mypy_flags_wrong_fields_and_values_in_a_few_lines(tmp_path: Path, pytestconfig: pytest.Config) -> None:
    source = tmp_path / "user_code.py"
    source.write_text(SNIPPET)
    # mypy's incremental cache, kept between runs in pytest's cache directory (apart from the
    # project's .mypy_cache and its options): the library and its dependencies are read again only
    # when they change (4 s of CPU when cold), the snippet, a new file each time, always.
    cache = pytestconfig.cache.mkdir("typing-mypy") if pytestconfig.cache is not None else tmp_path / "cache"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(cache),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    out = proc.stdout
    error_lines = sorted({int(m) for m in re.findall(r"user_code\.py:(\d+): error", out)})
    assert error_lines == ERROR_LINES, out
    assert out.count('Revealed type is "runninghub._types.Result"') == 2, out
    assert out.count('Revealed type is "runninghub._types.Task"') == 2, out
    # One line per wrong call (it names what is expected), not a list of every model's
    # overloads (849 lines for one wrong enum value before): 4 reveals, 9 errors, a summary.
    assert "Possible overload variants" not in out, out[:2000]
    assert len(out.splitlines()) <= len(ERROR_LINES) + 4 + 1, out
    assert "LiteralOrFinalModelName" in out


def test_a_model_object_is_accepted_where_a_name_is(runninghub_sandbox: Any) -> None:
    with RunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        model = client.models.get("gpt-image-2/text-to-image-official-stable")
        task = client.submit(model, prompt="a cat")
        assert task.id
        assert client.run(model, {"prompt": "a cat"}, timeout=60).outputs
        assert client.validate(model, prompt="a cat")["prompt"] == "a cat"
        assert client.estimate(model, prompt="a cat").price is not None
        with pytest.raises(TypeError, match="or a Model"):
            client.submit(object(), prompt="a cat")  # type: ignore[call-overload]  # a wrong type on purpose


@pytest.mark.anyio
async def test_a_model_object_is_accepted_by_the_async_client(runninghub_sandbox: Any) -> None:
    async with AsyncRunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        task = await client.submit(client.models.get("gpt-image-2/text-to-image-official-stable"), prompt="a cat")
        assert task.id
