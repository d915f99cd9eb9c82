"""The `runninghub` command against the sandbox.

Each test drives the real command, checks its exit code, stdout and stderr, and checks what the
sandbox received (its journal) or holds (its tasks), so no function of ours is replaced. Most run
it in this process with click's runner (`rh`), which saves the quarter second of imports a process
costs; those that need a process of its own run the console script installed beside this Python
(`rh_process`): the entry point itself, Ctrl-C, a terminal, the `sandbox` command, and a few exit
codes end to end.
"""

from __future__ import annotations

import json
import os
import pty
import re
import select
import signal
import subprocess
import sys
import time
import traceback
import zlib
from collections.abc import Callable
from contextlib import chdir
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import QUICK_CLI, VirtualSleep
from runninghub import RunningHub
from runninghub._settings import DEFAULT_MAX_RETRIES
from runninghub.cli import cli

IMAGE = "gpt-image-2/text-to-image-official-stable"  # rhart-image-g-2-official/text-to-image
IMAGE_PATH = "/openapi/v2/rhart-image-g-2-official/text-to-image"
EDIT = "seedream-v4/image-to-image"  # imageUrls: array of png/jpg, at most 10 MB each
SPEECH = "minimax/speech-2.8-turbo"  # integer, number, boolean and array parameters
VIDEO = "kling-v3-4k-text-to-video"  # number and boolean parameters
PNG_1PX = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)
EXIT_CODES = {"0": "success", "2": "bad input", "3": "authentication", "4": "balance", "5": "failed",
              "6": "timeout", "7": "unknown", "8": "connection", "130": "interrupted"}  # fmt: skip


def _command() -> list[str]:
    script = Path(sys.executable).with_name("runninghub")
    return [str(script)] if script.exists() else [sys.executable, "-m", "runninghub.cli"]


CLI = _command()


def _env(sb: Any | None, **extra: str) -> dict[str, str]:
    """This environment without the user's RunningHub settings and colour choices (the learned run
    times stay off: conftest.py)."""
    dropped = ("NO_COLOR", "FORCE_COLOR")
    env = {
        k: v
        for k, v in os.environ.items()
        if not (k.startswith("RUNNINGHUB_") and k != "RUNNINGHUB_RUNTIME_CACHE") and k not in dropped
    }
    if sb is not None:
        env.update(RUNNINGHUB_BASE_URL=sb.base_url, RUNNINGHUB_API_KEY=sb.api_key)
    env.update(extra)
    return env


def rh(
    sb: Any | None, *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `runninghub ARGS` in this process (key and base URL of the sandbox in the environment):
    the result has a process's returncode, stdout and stderr. An exception that escaped the
    command appears in stderr as a traceback, as it would from the console script."""
    wanted = env if env is not None else _env(sb)
    overlay: dict[str, str | None] = {k: None for k in os.environ if k not in wanted}
    overlay.update({k: v for k, v in wanted.items() if os.environ.get(k) != v})
    with chdir(cwd or Path.cwd()):
        result = CliRunner().invoke(cli, list(args), env=overlay, prog_name="runninghub")
    stderr = result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        stderr += "".join(traceback.format_exception(result.exception))
    return subprocess.CompletedProcess([*CLI, *args], result.exit_code, result.stdout, stderr)


def rh_process(
    sb: Any | None,
    *args: str,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 60,
    command: list[str] = CLI,
) -> subprocess.CompletedProcess[str]:
    """Run `runninghub ARGS` as a process: the console script itself (or `command`: QUICK_CLI
    reads its tasks on the tests' quick schedule)."""
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        env=env if env is not None else _env(sb),
        cwd=cwd,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def png_is_valid(data: bytes) -> bool:
    """Signature, every chunk's CRC, IHDR first, IEND last, and image data that inflates."""
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return False
    pos, kinds, idat = 8, [], b""
    while pos < len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if zlib.crc32(kind + body) != int.from_bytes(data[pos + 8 + length : pos + 12 + length], "big"):
            return False
        kinds.append(kind)
        if kind == b"IDAT":
            idat += body
        pos += 12 + length
    return kinds[0] == b"IHDR" and kinds[-1] == b"IEND" and len(zlib.decompress(idat)) > 0


def canonical(stdout: str) -> str:
    return json.dumps(json.loads(stdout), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def submits(sb: Any) -> list[dict[str, Any]]:
    return [e for e in sb.journal if e["path"].startswith("/openapi/v2/") and e["path"] not in _PLATFORM]


_PLATFORM = {"/openapi/v2/query", "/openapi/v2/media/upload/binary"}


def uploads(sb: Any) -> list[dict[str, Any]]:
    return [e for e in sb.journal if e["path"] == "/openapi/v2/media/upload/binary"]


def reads(sb: Any) -> int:
    return sum(1 for e in sb.journal if e["path"] == "/openapi/v2/query")


def only_task(sb: Any) -> str:
    records = sb.task_records()
    assert len(records) == 1, records
    return str(records[0]["task_id"])


# --------------------------------------------------------------------------- help and models
def test_help_lists_every_exit_code() -> None:
    done = rh_process(None, "--help")  # how fast it starts is benchmarks/bench_import.py's to measure
    assert done.returncode == 0, done.stderr
    for command in ("models", "run", "wait", "status", "cancel", "upload", "account", "workflow", "app", "sandbox"):
        assert re.search(rf"^\s+{command}\s", done.stdout, re.M), command
    table = done.stdout[done.stdout.index("Exit codes:") :]
    for code, word in EXIT_CODES.items():
        assert re.search(rf"^\s+{code}\s+.*{word}", table, re.M), (code, table)


def test_models_table_filters_by_search_category_and_output_type(runninghub_sandbox: Any) -> None:
    done = rh(runninghub_sandbox, "models", "--search", "gpt-image-2")
    assert done.returncode == 0, done.stderr
    rows = [line.split() for line in done.stdout.splitlines()]
    names = [row[0] for row in rows[2:]]
    assert names == [m.name for m in RunningHub().models.search("gpt-image-2")] and IMAGE in names
    assert rows[names.index(IMAGE) + 2][1:4] == [
        "rhart-image-g-2-official/text-to-image",
        "image/text-to-image",
        "image",
    ]
    assert rows[0] == ["name", "endpoint", "category", "output", "deprecated"]
    assert f"{len(names)} models" in done.stderr
    assert all(line == line.rstrip() for line in done.stdout.splitlines())  # piped: no padding

    videos = rh(runninghub_sandbox, "models", "--category", "video", "--output-type", "video", "--json")
    found = json.loads(videos.stdout)
    expected = RunningHub().models.search(category="video", output_type="video")
    assert [m["name"] for m in found] == [m.name for m in expected] and len(found) > 20
    assert all(m["category"].startswith("video/") for m in found)
    assert runninghub_sandbox.journal == []  # the catalog is local


def test_models_json_lists_the_whole_catalog_with_stable_keys(runninghub_sandbox: Any) -> None:
    done = rh(runninghub_sandbox, "models", "--json")
    assert done.returncode == 0, done.stderr
    assert done.stdout == canonical(done.stdout)
    found = json.loads(done.stdout)
    catalog = list(RunningHub().models)
    assert len(found) == len(catalog) > 300
    assert {tuple(sorted(m)) for m in found} == {
        ("aliases", "category", "deprecated", "endpoint", "name", "output_type")
    }
    by_name = {m["name"]: m for m in found}
    for model in catalog:
        entry = by_name[model.name]
        assert (entry["endpoint"], entry["deprecated"], entry["aliases"]) == (
            model.endpoint,
            model.deprecated,
            list(model.aliases),
        )
    assert any(m["deprecated"] for m in found) and not all(m["deprecated"] for m in found)
    assert done.stderr == ""


def test_models_show_lists_every_parameter(runninghub_sandbox: Any) -> None:
    done = rh(runninghub_sandbox, "models", "show", IMAGE)
    assert done.returncode == 0, done.stderr
    lines = {line.split()[0]: line for line in done.stdout.splitlines() if line.strip()}
    assert "/openapi/v2/rhart-image-g-2-official/text-to-image" in lines["endpoint"]
    # optional since the 2026-09-01 registry: its default is the server's, not filled in
    assert "'16:9'" in lines["aspectRatio"] and "(filled in)" not in lines["aspectRatio"]
    assert "'21:9'" in lines["aspectRatio"]
    assert "'1k', '2k', '4k'" in lines["resolution"] and "'2k' (filled in)" in lines["resolution"]
    assert "max length 20000" in lines["prompt"] and "(filled in)" not in lines["prompt"]
    assert "filled in when omitted: quality, resolution" in lines["filled"]

    media = rh(runninghub_sandbox, "models", "show", EDIT).stdout
    row = next(line for line in media.splitlines() if line.startswith("imageUrls"))
    assert "image; png, jpg; ≤ 10 MB" in row and "max 10 items" in row
    speech = rh(runninghub_sandbox, "models", "show", SPEECH).stdout
    row = next(line for line in speech.splitlines() if line.startswith("pitch"))
    assert "-12 to 12" in row and " 0 " in row  # range and the schema default


def test_models_show_json(runninghub_sandbox: Any) -> None:
    done = rh(runninghub_sandbox, "models", "show", "rhart-image-g-2-official/text-to-image", "--json")
    assert done.returncode == 0, done.stderr
    assert done.stdout == canonical(done.stdout)
    data = json.loads(done.stdout)
    assert data["name"] == IMAGE and data["output_type"] == "image"
    params = {p["name"]: p for p in data["params"]}
    assert set(params) == {"aspectRatio", "prompt", "quality", "resolution"}
    assert not params["aspectRatio"]["has_fill_value"] and params["aspectRatio"]["default"] == "16:9"
    assert params["resolution"]["has_fill_value"] and params["resolution"]["fill_value"] == "2k"
    assert params["resolution"]["enum"] == ["1k", "2k", "4k"] and params["prompt"]["max_length"] == 20000
    assert sorted(params["prompt"]) == [
        "default", "description", "enum", "fill_value", "has_default", "has_fill_value", "item_enum", "item_type",
        "max_items", "max_length", "maximum", "media", "min_length", "minimum", "name", "required", "type",
    ]  # fmt: skip
    edit = json.loads(rh(runninghub_sandbox, "models", "show", EDIT, "--json").stdout)
    image_urls = next(p for p in edit["params"] if p["name"] == "imageUrls")
    assert image_urls["media"] == {"formats": ["png", "jpg"], "kind": "image", "max_size_mb": 10}


def test_models_show_unknown_name_exits_2_with_suggestions(runninghub_sandbox: Any) -> None:
    done = rh(runninghub_sandbox, "models", "show", "gpt-image-2/text-to-image-official-stabel")
    assert done.returncode == 2
    assert "unknown model" in done.stderr and IMAGE in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


# --------------------------------------------------------------------------- run
def test_run_saves_a_valid_png_and_prints_its_path(runninghub_sandbox: Any, tmp_path: Path) -> None:
    out = tmp_path / "new" / "dir"
    done = rh(runninghub_sandbox, "run", IMAGE, "--param", "prompt=a matte white speaker", "-p", "resolution=1k",
              "--out", str(out))  # fmt: skip
    assert done.returncode == 0, done.stderr
    task_id = only_task(runninghub_sandbox)
    saved = Path(done.stdout.strip())
    assert saved == out / f"{task_id}_0.png"
    assert png_is_valid(saved.read_bytes())
    [submit] = submits(runninghub_sandbox)
    assert submit["path"] == IMAGE_PATH
    assert submit["body"] == {"prompt": "a matte white speaker", "resolution": "1k",
                              "quality": "medium"}  # fmt: skip
    assert f"submitted task {task_id}" in done.stderr and f"task {task_id} · SUCCESS" in done.stderr
    assert "\x1b" not in done.stderr + done.stdout  # not a terminal: no colour, no cursor moves


def test_run_default_out_is_the_current_directory(runninghub_sandbox: Any, tmp_path: Path) -> None:
    done = rh(runninghub_sandbox, "run", IMAGE, "-p", "prompt=x", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / done.stdout.strip()).resolve().parent == tmp_path.resolve()
    assert png_is_valid((tmp_path / done.stdout.strip()).read_bytes())


def test_param_values_are_typed_by_the_schema(runninghub_sandbox: Any, tmp_path: Path) -> None:
    done = rh(runninghub_sandbox, "run", SPEECH, "-p", "text=hello", "-p", "pitch=-3", "-p", "speed=1.5",
              "-p", "english_normalization=true", "-p", "pronunciation_dict=a/b,c/d", "-p", "volume=2",
              "-p", "voice_id=Elegant_Man", "--no-wait")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert submits(runninghub_sandbox)[0]["body"] == {
        "text": "hello",
        "pitch": -3,
        "speed": 1.5,
        "english_normalization": True,
        "pronunciation_dict": ["a/b", "c/d"],
        "volume": 2,
        "enable_base64_output": False,
        "voice_id": "Elegant_Man",
    }
    params_file = tmp_path / "params.json"
    params_file.write_text(json.dumps({"prompt": "from the file", "cfgScale": 0.25, "duration": "5"}))
    done = rh(runninghub_sandbox, "run", VIDEO, "--params-file", str(params_file), "-p", "multiShot=no",
              "-p", "duration=7", "-p", 'pronunciation_dict=["x"]', "--no-wait")  # fmt: skip
    assert done.returncode == 2 and "pronunciation_dict" in done.stderr  # not a field of VIDEO
    done = rh(runninghub_sandbox, "run", VIDEO, "--params-file", str(params_file), "-p", "multiShot=no",
              "-p", "duration=7", "--no-wait")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert submits(runninghub_sandbox)[1]["body"] == {
        "prompt": "from the file",
        "cfgScale": 0.25,
        "duration": "7",  # a string enum stays a string
        "multiShot": False,
    }


def test_inputs_are_uploaded_once_each_and_sent_as_urls(runninghub_sandbox: Any, tmp_path: Path) -> None:
    a, b = tmp_path / "a.png", tmp_path / "b.png"
    a.write_bytes(PNG_1PX)
    b.write_bytes(PNG_1PX + b"\x00")
    done = rh(runninghub_sandbox, "run", EDIT, "-p", "prompt=make it blue", "--input", f"imageUrls={a}",
              "-i", f"imageUrls={b}", "--out", str(tmp_path), "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    sent = uploads(runninghub_sandbox)
    assert [u["body"]["files"][0]["filename"] for u in sent] == ["a.png", "b.png"]  # once each
    urls = submits(runninghub_sandbox)[0]["body"]["imageUrls"]
    assert len(urls) == 2 and all(u.startswith(runninghub_sandbox.base_url + "/files/") for u in urls)
    assert runninghub_sandbox.file_path(urls[0]).read_bytes() == PNG_1PX
    assert "uploaded a.png (67 bytes)" in done.stderr and "uploaded b.png (68 bytes)" in done.stderr
    result = json.loads(done.stdout)
    assert png_is_valid(Path(result["outputs"][0]["path"]).read_bytes())


# --------------------------------------------------------------------------- bad input: exit 2, nothing sent
@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["-p", "prompt=x", "-p", "resolution=8k"], ["resolution", "'8k'", "'1k', '2k', '4k'"]),
        (["-p", "prompt=x", "-p", "resolutoin=2k"], ["resolutoin", "did you mean 'resolution'"]),
        (["-p", "resolution=2k"], ["prompt", "required"]),
        (["-p", "prompt=x", "-p", "aspectRatio=7:3"], ["aspectRatio", "'16:9'", "'21:9'"]),
    ],
)
def test_a_bad_parameter_exits_2_naming_the_field_and_sends_nothing(
    runninghub_sandbox: Any, args: list[str], words: list[str]
) -> None:
    done = rh(runninghub_sandbox, "run", IMAGE, *args)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("error: ") and len(done.stderr.strip().splitlines()) == 1
    for word in words:
        assert word in done.stderr
    assert done.stdout == ""
    assert runninghub_sandbox.journal == []


def test_a_refused_input_file_is_not_uploaded(runninghub_sandbox: Any, tmp_path: Path) -> None:
    gif = tmp_path / "cat.gif"
    gif.write_bytes(b"GIF89a" + b"\x00" * 20)
    big = tmp_path / "big.png"
    big.write_bytes(PNG_1PX + b"\x00" * (10 * 1024 * 1024))
    for path, words in ((gif, ["gif", "png, jpg"]), (big, ["10 MB"]), (tmp_path / "none.png", ["no such file"])):
        done = rh(runninghub_sandbox, "run", EDIT, "-p", "prompt=x", "-i", f"imageUrls={path}")
        assert done.returncode == 2, done.stderr
        assert "imageUrls" in done.stderr and all(w in done.stderr for w in words), done.stderr
    assert runninghub_sandbox.journal == []


@pytest.mark.parametrize(
    "args",
    [
        ["run"],  # no model name
        ["run", IMAGE, "--param", "prompt"],  # no '='
        ["run", IMAGE, "--timeout", "-1"],
        ["workflow", "run", "1", "--node", "6=text"],  # no nodeId:fieldName
        ["nosuchcommand"],
    ],
)
def test_usage_errors_exit_2(runninghub_sandbox: Any, args: list[str]) -> None:
    done = rh(runninghub_sandbox, *args)
    assert done.returncode == 2, done
    assert "Traceback" not in done.stderr and "Error" in done.stderr
    assert runninghub_sandbox.journal == []


# --------------------------------------------------------------------------- other commands
def test_no_wait_prints_only_the_task_id_then_wait_saves(runninghub_sandbox: Any, tmp_path: Path) -> None:
    runninghub_sandbox.configure(task_duration=3600)  # QUEUED until the test ends it (below)
    done = rh(runninghub_sandbox, "run", IMAGE, "-p", "prompt=x", "--no-wait")
    assert done.returncode == 0, done.stderr
    task_id = done.stdout.strip()
    assert re.fullmatch(r"\d+", task_id) and done.stdout == task_id + "\n"
    assert task_id == only_task(runninghub_sandbox)
    assert not [e for e in runninghub_sandbox.journal if e["path"] == "/openapi/v2/query"]  # did not wait
    status = rh(runninghub_sandbox, "status", task_id)
    assert status.returncode == 0 and re.search(r"^status\s+QUEUED$", status.stdout, re.M), status.stdout

    runninghub_sandbox.end_task(task_id)
    waited = rh(runninghub_sandbox, "wait", task_id, "--out", str(tmp_path))
    assert waited.returncode == 0, waited.stderr
    assert waited.stdout.strip() == str(tmp_path / f"{task_id}_0.png")
    assert png_is_valid((tmp_path / f"{task_id}_0.png").read_bytes())

    status = rh(runninghub_sandbox, "status", task_id)
    assert re.search(r"^status\s+SUCCESS$", status.stdout, re.M)
    assert re.search(rf"^output 0\s+png {re.escape(runninghub_sandbox.base_url)}/files/", status.stdout, re.M)


def test_status_json(runninghub_sandbox: Any) -> None:
    runninghub_sandbox.configure(task_duration=3600)
    task_id = rh(runninghub_sandbox, "run", IMAGE, "-p", "prompt=x", "--no-wait").stdout.strip()
    runninghub_sandbox.end_task(task_id)
    done = rh(runninghub_sandbox, "status", task_id, "--json")
    assert done.returncode == 0, done.stderr
    assert done.stdout == canonical(done.stdout)
    data = json.loads(done.stdout)
    assert sorted(data) == ["error_code", "error_message", "failed_reason", "outputs", "status", "task_id", "usage"]
    assert data["task_id"] == task_id and data["status"] == "SUCCESS"
    assert sorted(data["outputs"][0]) == ["index", "output_type", "path", "text", "url"]
    assert data["outputs"][0]["path"] is None and data["outputs"][0]["output_type"] == "png"
    assert sorted(data["usage"]) == ["consume_coins", "consume_money", "task_cost_time", "third_party_consume_money"]

    missing = rh(runninghub_sandbox, "status", "123456789")
    assert missing.returncode == 1 and "not found" in missing.stderr and "123456789" in missing.stderr


def test_cancel_then_wait_exits_5(runninghub_sandbox: Any) -> None:
    runninghub_sandbox.configure(task_duration=3600)
    task_id = rh(runninghub_sandbox, "run", IMAGE, "-p", "prompt=x", "--no-wait").stdout.strip()
    done = rh(runninghub_sandbox, "cancel", task_id)
    assert done.returncode == 0, done.stderr
    assert f"cancelled task {task_id}" in done.stderr
    assert runninghub_sandbox.task_status(task_id) in ("CANCEL", "CANCELLED")
    waited = rh(runninghub_sandbox, "wait", task_id)
    assert waited.returncode == 5
    assert f"task {task_id} was cancelled" in waited.stderr
    again = rh(runninghub_sandbox, "cancel", task_id, "--json")
    assert again.returncode == 0 and json.loads(again.stdout) == {"cancelled": True, "task_id": task_id}


def test_upload_prints_url_and_file_name(runninghub_sandbox: Any, tmp_path: Path) -> None:
    path = tmp_path / "in.png"
    path.write_bytes(PNG_1PX)
    done = rh(runninghub_sandbox, "upload", str(path))
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(None, 1) for line in done.stdout.splitlines())
    assert lines["url"].startswith(runninghub_sandbox.base_url + "/files/")
    assert runninghub_sandbox.file_path(lines["url"]).read_bytes() == PNG_1PX
    assert lines["fileName"].endswith(".png")
    assert len(uploads(runninghub_sandbox)) == 1

    done = rh(runninghub_sandbox, "upload", str(path), "--json")
    data = json.loads(done.stdout)
    assert done.stdout == canonical(done.stdout)
    assert sorted(data) == ["file_name", "sha256", "size", "url"] and data["size"] == len(PNG_1PX)
    assert data["url"] == lines["url"] and data["file_name"] == lines["fileName"]

    missing = rh(runninghub_sandbox, "upload", str(tmp_path / "nope.png"))
    assert missing.returncode == 2 and len(uploads(runninghub_sandbox)) == 2


def test_account(runninghub_sandbox: Any) -> None:
    done = rh(runninghub_sandbox, "account")
    assert done.returncode == 0, done.stderr
    assert re.search(r"^coins\s+\d", done.stdout, re.M) and re.search(r"^running tasks\s+0$", done.stdout, re.M)
    data = json.loads(rh(runninghub_sandbox, "account", "--json").stdout)
    assert sorted(data) == ["api_type", "currency", "current_task_counts", "remain_coins", "remain_money"]
    assert isinstance(data["remain_coins"], float) and data["current_task_counts"] == 0
    assert [e["path"] for e in runninghub_sandbox.journal] == ["/uc/openapi/accountStatus"] * 2


def test_options_instead_of_environment(runninghub_sandbox: Any) -> None:
    env = _env(None)
    done = rh(None, "--base-url", runninghub_sandbox.base_url, "--api-key", runninghub_sandbox.api_key, "account",
              env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert len(runninghub_sandbox.journal) == 1


def test_workflow_run_uploads_node_files_and_saves(runninghub_sandbox: Any, tmp_path: Path) -> None:
    image = tmp_path / "in.png"
    image.write_bytes(PNG_1PX)
    done = rh(runninghub_sandbox, "workflow", "run", "1904136902449209346", "--node", "6:text=a cat: sitting",
              "--node-file", f"10:image={image}", "--out", str(tmp_path / "out"))  # fmt: skip
    assert done.returncode == 0, done.stderr
    [create] = [e for e in runninghub_sandbox.journal if e["path"] == "/task/openapi/create"]
    nodes = create["body"]["nodeInfoList"]
    assert nodes[0] == {"nodeId": "6", "fieldName": "text", "fieldValue": "a cat: sitting"}
    assert len(uploads(runninghub_sandbox)) == 1
    uploaded = json.loads(rh(runninghub_sandbox, "upload", str(image), "--json").stdout)
    assert nodes[1] == {"nodeId": "10", "fieldName": "image", "fieldValue": uploaded["file_name"]}  # not the URL
    saved = [Path(line) for line in done.stdout.splitlines()]
    assert saved and all(p.exists() and p.parent == tmp_path / "out" for p in saved)


def test_app_run_no_wait(runninghub_sandbox: Any) -> None:
    done = rh(runninghub_sandbox, "app", "run", "1877265245566922800", "-n", "122:prompt=hi", "--no-wait", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert sorted(data) == ["status", "task_id"] and data["task_id"] == only_task(runninghub_sandbox)
    [run] = [e for e in runninghub_sandbox.journal if e["path"] == "/task/openapi/ai-app/run"]
    assert run["body"]["webappId"] == "1877265245566922800"
    assert run["body"]["nodeInfoList"] == [{"nodeId": "122", "fieldName": "prompt", "fieldValue": "hi"}]


def test_sandbox_command_delegates_to_the_sandbox(runninghub_sandbox: Any) -> None:
    helped = rh(None, "sandbox", "--help")
    assert helped.returncode == 0 and "--task-duration" in helped.stdout and "--fail-marker" in helped.stdout
    proc = subprocess.Popen([*CLI, "sandbox", "--port", "0", "--api-key", "k-123", "--log-level", "warning"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(None))  # fmt: skip
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        base_url = re.search(r"http://\S+", first)
        assert base_url, first
        done = rh(None, "--base-url", base_url.group(0), "--api-key", "k-123", "account", env=_env(None))
        assert done.returncode == 0, done.stderr
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=15) == 0


# --------------------------------------------------------------------------- errors and exit codes
def test_a_wrong_key_exits_3_and_is_never_printed(runninghub_sandbox: Any) -> None:
    done = rh_process(runninghub_sandbox, "--api-key", "wrong-key-0123456789", "run", IMAGE, "-p", "prompt=x")
    assert done.returncode == 3
    assert done.stderr.startswith("error: ") and "wrong-key-0123456789" not in done.stderr + done.stdout
    assert runninghub_sandbox.tasks_created == 0
    assert rh(runninghub_sandbox, "--api-key", "wrong-key-0123456789", "account").returncode == 3


def test_a_missing_key_exits_3_before_sending(runninghub_sandbox: Any) -> None:
    done = rh(None, "--base-url", runninghub_sandbox.base_url, "run", IMAGE, "-p", "prompt=x", env=_env(None))
    assert done.returncode == 3 and "RUNNINGHUB_API_KEY" in done.stderr
    assert runninghub_sandbox.journal == []


def test_insufficient_balance_exits_4(runninghub_sandbox: Any) -> None:
    body = {"taskId": None, "status": None, "errorCode": "416", "errorMessage": "BALANCE_NOT_ENOUGH"}
    runninghub_sandbox.inject_fault(IMAGE_PATH, "status", status=200, body=body)
    done = rh(runninghub_sandbox, "run", IMAGE, "-p", "prompt=x")
    assert done.returncode == 4, done.stderr
    assert "BALANCE_NOT_ENOUGH" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_a_failed_task_exits_5_and_prints_the_task_id(runninghub_sandbox: Any) -> None:
    done = rh_process(runninghub_sandbox, "run", IMAGE, "-p", "prompt=a cat [[fail]]", command=QUICK_CLI)
    assert done.returncode == 5
    task_id = only_task(runninghub_sandbox)
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith(f"error: task {task_id} failed: ") and "fail marker" in last
    assert done.stdout == ""


# The timeout tests wait in virtual time (conftest.VirtualSleep): the CLI's waits are skipped and
# its clock runs ahead, so the timeout runs out after reads of a task that never ends on its own.


def test_a_timeout_exits_6_and_cancels_the_task(virtual_sleep: VirtualSleep, runninghub_sandbox: Any) -> None:
    runninghub_sandbox.configure(task_duration=3600)
    done = rh(runninghub_sandbox, "run", IMAGE, "-p", "prompt=x", "--timeout", "60")
    assert done.returncode == 6
    assert sum(virtual_sleep.sleeps) <= 60 and len(virtual_sleep.sleeps) >= reads(runninghub_sandbox) > 1
    task_id = only_task(runninghub_sandbox)
    assert f"error: task {task_id} timed out and was cancelled" in done.stderr
    assert runninghub_sandbox.task_status(task_id) in ("CANCEL", "CANCELLED")


def test_a_timeout_can_leave_the_task_running(virtual_sleep: VirtualSleep, runninghub_sandbox: Any) -> None:
    runninghub_sandbox.configure(task_duration=3600)
    done = rh(runninghub_sandbox, "run", IMAGE, "-p", "prompt=x", "--timeout", "60", "--no-cancel-on-timeout")
    assert done.returncode == 6
    task_id = only_task(runninghub_sandbox)
    assert f"still running; resume with: runninghub wait {task_id}" in done.stderr
    assert runninghub_sandbox.task_status(task_id) in ("QUEUED", "RUNNING")
    assert not [e for e in runninghub_sandbox.journal if e["path"] == "/task/openapi/cancel"]
    read = reads(runninghub_sandbox)
    waited = rh(runninghub_sandbox, "wait", task_id, "--timeout", "30", "--no-cancel-on-timeout")
    assert waited.returncode == 6 and task_id in waited.stderr
    assert reads(runninghub_sandbox) > read and runninghub_sandbox.task_status(task_id) in ("QUEUED", "RUNNING")


def test_a_dropped_submit_exits_7_and_is_not_resent(runninghub_sandbox: Any) -> None:
    runninghub_sandbox.inject_fault(IMAGE_PATH, "drop_after")
    done = rh(runninghub_sandbox, "run", IMAGE, "-p", "prompt=x")
    assert done.returncode == 7, done.stderr
    assert "may or may not have created a task" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert len(submits(runninghub_sandbox)) == 1  # sent once, never again
    assert runninghub_sandbox.tasks_created == 1


def test_an_unreachable_server_exits_8(virtual_sleep: VirtualSleep) -> None:
    done = rh(None, "--base-url", "http://127.0.0.1:9", "--api-key", "k", "account", env=_env(None))
    assert done.returncode == 8
    assert done.stderr.startswith("error: ") and len(done.stderr.strip().splitlines()) == 1
    assert len(virtual_sleep.sleeps) == DEFAULT_MAX_RETRIES  # a backoff before each retry (skipped), then exit 8


def test_a_server_error_exits_1(virtual_sleep: VirtualSleep, runninghub_sandbox: Any) -> None:
    runninghub_sandbox.inject_fault("/uc/openapi/accountStatus", "status", count=10, status=500)
    done = rh(runninghub_sandbox, "account")
    assert done.returncode == 1, done.stderr
    assert "HTTP 500" in done.stderr and "Traceback" not in done.stderr
    asked = [e for e in runninghub_sandbox.journal if e["path"] == "/uc/openapi/accountStatus"]
    assert len(asked) == DEFAULT_MAX_RETRIES + 1 and len(virtual_sleep.sleeps) == DEFAULT_MAX_RETRIES


# --------------------------------------------------------------------------- JSON stability
def test_run_json_is_stable(runninghub_sandbox: Any, tmp_path: Path) -> None:
    keys = None
    for i in range(2):
        done = rh(runninghub_sandbox, "run", IMAGE, "-p", f"prompt=cat {i}", "--out", str(tmp_path), "--json")
        assert done.returncode == 0, done.stderr
        assert done.stdout == canonical(done.stdout)  # sorted keys, one document, nothing else
        data = json.loads(done.stdout)
        assert isinstance(data["task_id"], str) and data["task_id"] == runninghub_sandbox.task_records()[i]["task_id"]
        shape = (sorted(data), [sorted(o) for o in data["outputs"]], sorted(data["usage"]))
        assert keys is None or shape == keys
        keys = shape
        assert data["status"] == "SUCCESS" and Path(data["outputs"][0]["path"]).exists()
    assert keys == (
        ["elapsed", "error_code", "error_message", "failed_reason", "outputs", "status", "task_id", "usage"],
        [["index", "output_type", "path", "text", "url"]],
        ["consume_coins", "consume_money", "task_cost_time", "third_party_consume_money"],
    )
    first = rh(runninghub_sandbox, "models", "show", IMAGE, "--json").stdout
    assert first == rh(runninghub_sandbox, "models", "show", IMAGE, "--json").stdout


def test_no_wait_json(runninghub_sandbox: Any) -> None:
    done = rh(runninghub_sandbox, "run", IMAGE, "-p", "prompt=x", "--no-wait", "--json")
    data = json.loads(done.stdout)
    assert sorted(data) == ["status", "task_id"] and data["task_id"] == only_task(runninghub_sandbox)


# --------------------------------------------------------------------------- terminals and Ctrl-C
class Pty:
    """The CLI with stdin and stderr on a pseudo-terminal (stdout captured apart), reading its tasks
    on the tests' quick schedule (conftest.QUICK_CLI)."""

    def __init__(self, args: list[str], env: dict[str, str], cwd: Path | None = None) -> None:
        self.master, slave = pty.openpty()
        self.proc = subprocess.Popen(
            [*QUICK_CLI, *args],
            stdin=slave,
            stdout=subprocess.PIPE,
            stderr=slave,
            env={**env, "TERM": "xterm"},
            cwd=cwd,
        )
        os.close(slave)
        self.text = ""

    def read_until(self, done: Callable[[str], bool], timeout: float = 20) -> str:
        deadline = time.monotonic() + timeout
        while not done(self.text) and time.monotonic() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.1)
            if ready:
                try:
                    self.text += os.read(self.master, 65536).decode("utf-8", "replace")
                except OSError:  # the child closed the terminal
                    break
        return self.text

    def finish(self, timeout: float = 20) -> tuple[int, str]:
        code = self.proc.wait(timeout=timeout)
        self.read_until(lambda _: False, timeout=0.3)
        assert self.proc.stdout is not None
        out = self.proc.stdout.read().decode()
        os.close(self.master)
        return code, out


def test_ctrl_c_on_a_terminal_offers_to_cancel(runninghub_sandbox: Any, tmp_path: Path) -> None:
    runninghub_sandbox.configure(task_duration=3600)
    term = Pty(["run", IMAGE, "-p", "prompt=x"], _env(runninghub_sandbox), cwd=tmp_path)
    term.read_until(lambda t: "QUEUED" in t or "RUNNING" in t)
    task_id = only_task(runninghub_sandbox)
    term.proc.send_signal(signal.SIGINT)
    text = term.read_until(lambda t: f"Cancel task {task_id}? [y/N]" in t)
    assert f"Cancel task {task_id}? [y/N]" in text, text
    os.write(term.master, b"y\n")
    code, out = term.finish()
    assert code == 130 and out == ""
    assert f"task {task_id} was cancelled" in term.text
    assert runninghub_sandbox.task_status(task_id) in ("CANCEL", "CANCELLED")


def test_ctrl_c_answered_no_leaves_the_task_and_says_how_to_resume(runninghub_sandbox: Any, tmp_path: Path) -> None:
    runninghub_sandbox.configure(task_duration=3600)
    term = Pty(["run", IMAGE, "-p", "prompt=x", "--out", "somewhere"], _env(runninghub_sandbox), cwd=tmp_path)
    term.read_until(lambda t: "QUEUED" in t or "RUNNING" in t)
    task_id = only_task(runninghub_sandbox)
    term.proc.send_signal(signal.SIGINT)
    term.read_until(lambda t: "[y/N]" in t)
    os.write(term.master, b"\n")  # the default: no
    code, _ = term.finish()
    assert code == 130
    assert f"runninghub wait {task_id} --out somewhere" in term.text
    assert runninghub_sandbox.task_status(task_id) in ("QUEUED", "RUNNING")


def test_ctrl_c_without_a_terminal_does_not_ask(runninghub_sandbox: Any) -> None:
    runninghub_sandbox.configure(task_duration=3600)
    proc = subprocess.Popen(
        [*QUICK_CLI, "run", IMAGE, "-p", "prompt=x"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(runninghub_sandbox),
    )
    deadline = time.monotonic() + 20
    while not any(e["path"] == "/openapi/v2/query" for e in runninghub_sandbox.journal):
        assert time.monotonic() < deadline
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 130, err
    task_id = only_task(runninghub_sandbox)
    assert "[y/N]" not in err and f"resume with: runninghub wait {task_id}" in err
    assert "Traceback" not in err and out == ""
    assert runninghub_sandbox.task_status(task_id) in ("QUEUED", "RUNNING")


def test_live_progress_on_a_terminal_and_no_colour(runninghub_sandbox: Any, tmp_path: Path) -> None:
    term = Pty(["run", IMAGE, "-p", "prompt=x", "--out", str(tmp_path)], _env(runninghub_sandbox))
    code, out = term.finish()
    assert code == 0 and Path(out.strip()).exists()
    assert "\x1b[" in term.text  # a live display: cursor control and colour
    assert "✓" in term.text and "SUCCESS" in term.text and "saved output 1/1" in term.text

    def colours(text: str) -> list[str]:
        return re.findall(r"\x1b\[([0-9;]*)m", text)

    term = Pty(["run", IMAGE, "-p", "resolution=8k"], _env(runninghub_sandbox))
    code, _ = term.finish()
    assert code == 2 and any("31" in c.split(";") for c in colours(term.text))  # "error:" in red
    term = Pty(["run", IMAGE, "-p", "resolution=8k"], _env(runninghub_sandbox, NO_COLOR="1"))
    code, _ = term.finish()
    assert code == 2 and not any(set(c.split(";")) & {"31", "32", "33"} for c in colours(term.text))
