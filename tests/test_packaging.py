"""Packaging and friendly edges: lean dependencies, extras that name themselves, one version,
CLI wording, docs-name suggestions, and sandbox placeholder images of the requested shape."""

from __future__ import annotations

import importlib.metadata
import struct
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import runninghub
from click.testing import CliRunner
from runninghub import RunningHub
from runninghub._extras import MissingExtraError, require_extra
from runninghub.sandbox import _outputs

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)


# --- metadata -------------------------------------------------------------------------------


def test_base_dependencies_are_httpx_and_attrs_only() -> None:
    names = sorted(d.split(">")[0].split("<")[0].split("=")[0].strip() for d in PYPROJECT["project"]["dependencies"])
    assert names == ["attrs", "httpx"]
    extras = PYPROJECT["project"]["optional-dependencies"]
    assert {"cli", "sandbox"} <= set(extras)
    assert not {"dev", "codegen", "test", "lint", "docs"} & set(extras), "dev tools belong in [dependency-groups]"
    assert any(d.startswith("python-multipart>=0.0.15") for d in extras["sandbox"])
    assert {"test", "lint", "codegen", "dev", "docs", "release"} <= set(PYPROJECT["dependency-groups"])


def test_one_version_source() -> None:
    assert "version" not in PYPROJECT["project"] and "version" in PYPROJECT["project"]["dynamic"]
    assert PYPROJECT["tool"]["hatch"]["version"]["path"] == "wrapper/runninghub/__init__.py"
    assert importlib.metadata.version("runninghub") == runninghub.__version__


def test_license_and_notice_are_shipped() -> None:
    assert PYPROJECT["project"]["license-files"] == ["LICENSE", "NOTICE"]
    assert "Apache License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    notice = (ROOT / "NOTICE").read_text(encoding="utf-8")
    assert "ComfyUI_RH_OpenAPI" in notice and "Apache License" in notice
    assert {"LICENSE", "NOTICE"} <= set(PYPROJECT["tool"]["hatch"]["build"]["targets"]["sdist"]["include"])


# --- lean install and extras ----------------------------------------------------------------


def test_the_library_works_without_click_and_rich() -> None:
    proc = run_python(
        "import sys; sys.modules['click'] = None; sys.modules['rich'] = None\n"
        "from runninghub import RunningHub\n"
        "print(RunningHub(api_key='k').models.get('seedream-v4/text-to-image').path)\n"
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "/openapi/v2/seedream-v4/text-to-image"


def test_the_command_names_the_cli_extra_when_it_is_missing() -> None:
    proc = run_python("import sys; sys.modules['rich'] = None\nfrom runninghub._cli_entry import main\nmain()\n")
    assert proc.returncode == 2
    assert proc.stderr.strip() == (
        "the runninghub command needs the cli extra: pip install 'runninghub[cli]' (missing: rich)"
    )


def test_python_m_sandbox_names_the_sandbox_extra_when_it_is_missing() -> None:
    # Python sets sys.argv[0] to "-m" while `python -m runninghub.sandbox` imports the package.
    proc = run_python("import sys; sys.modules['uvicorn'] = None; sys.argv = ['-m']\nimport runninghub.sandbox\n")
    assert proc.returncode == 2
    assert "runninghub.sandbox needs the sandbox extra: pip install 'runninghub[sandbox]' (missing: uvicorn)" in (
        proc.stderr
    )
    assert "Traceback" not in proc.stderr


def test_importing_without_an_extra_raises_a_named_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "python_multipart", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'runninghub\[sandbox\]' \(missing: python-multipart\)"):
        require_extra("sandbox", "runninghub.sandbox")
    assert issubclass(MissingExtraError, ModuleNotFoundError)


def test_the_console_script_is_the_shim() -> None:
    assert PYPROJECT["project"]["scripts"] == {"runninghub": "runninghub._cli_entry:main"}


# --- friendly edges -------------------------------------------------------------------------


def test_cli_missing_key_message_speaks_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    from runninghub.cli import cli

    monkeypatch.delenv("RUNNINGHUB_API_KEY", raising=False)
    result = CliRunner().invoke(cli, ["status", "1234567890123456789"])
    assert result.exit_code == 3
    assert "no API key: pass --api-key or set RUNNINGHUB_API_KEY" in result.output
    assert "RunningHub(api_key" not in result.output


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("gpt-image-2/text-to-image-oficial-stable", "gpt-image-2/text-to-image-official-stable"),
        ("seedream-v4/txt-to-image", "seedream-v4/text-to-image"),
        # a mistyped endpoint path is answered with the docs name, not another path
        ("rhart-image-g-2-official/text-to-imag", "gpt-image-2/text-to-image-official-stable"),
        ("/openapi/v2/rhart-image-g-2-official/text-to-imag", "gpt-image-2/text-to-image-official-stable"),
    ],
)
def test_did_you_mean_suggests_docs_names(typed: str, first: str) -> None:
    catalog = RunningHub(api_key="k").models
    suggestions = catalog.suggest(typed)
    assert suggestions[0] == first
    assert all(not s.startswith("rhart-") and not s.startswith("/") for s in suggestions), suggestions
    with pytest.raises(runninghub.InvalidParamsError, match=f"did you mean '{first}'"):
        catalog.get(typed)


@pytest.mark.parametrize(
    ("body", "dims"),
    [
        ({"aspectRatio": "16:9", "resolution": "2k"}, (256, 144)),
        ({"aspectRatio": "9:16", "resolution": "4k"}, (288, 512)),
        ({"aspectRatio": "1:1", "resolution": "1k"}, (128, 128)),
        ({"aspectRatio": "16:9"}, (128, 72)),
        ({"size": "1024*1536"}, (128, 192)),
        ({"width": 1280, "height": 720}, (160, 90)),
        ({"aspectRatio": "21:9", "resolution": "8k"}, (512, 219)),  # capped
        ({"aspectRatio": "auto"}, None),
        ({"prompt": "a cat"}, None),
    ],
)
def test_placeholder_image_size(body: dict[str, Any], dims: tuple[int, int] | None) -> None:
    assert _outputs.image_dims(body) == dims


def test_sandbox_image_has_the_requested_shape(runninghub_sandbox: Any, tmp_path: Path) -> None:
    with RunningHub(runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url) as client:
        result = client.run(
            "gpt-image-2/text-to-image-official-stable", prompt="x", aspectRatio="16:9", resolution="2k", timeout=30
        )
        (path,) = result.save_all(tmp_path)
    data = path.read_bytes()
    assert data[12:16] == b"IHDR" and struct.unpack(">II", data[16:24]) == (256, 144)
    assert b"placeholder 256x144" in data
