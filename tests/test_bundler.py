"""The bundler and the generator fail loudly, naming the problem."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "generator"))
import bundle as bundler
import generate

MODEL = "spec/models/vidu/vidu/start-end-to-video-q2-turbo.yaml"


@pytest.fixture
def full_spec_copy(tmp_path: Path) -> Path:
    dest = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", dest)
    return dest


@pytest.fixture
def spec_copy(tmp_path: Path) -> Path:
    """A small spec that bundles cleanly: the root, the components and the platform operations,
    and one model (MODEL), instead of the 400 models; each test breaks it in one way."""
    dest = tmp_path / "spec"
    dest.mkdir()
    shutil.copy(ROOT / "spec/openapi.yaml", dest)
    for part in ("components", "platform"):
        shutil.copytree(ROOT / "spec" / part, dest / part)
    model = dest / MODEL.removeprefix("spec/")
    model.parent.mkdir(parents=True)
    shutil.copy(ROOT / MODEL, model)
    return dest


def _edit(spec_dir: Path, rel: str, old: str, new: str) -> None:
    path = spec_dir / rel.removeprefix("spec/")
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


def _errors(spec_dir: Path) -> str:
    with pytest.raises(bundler.SpecError) as info:
        bundler.bundle(spec_dir)
    return str(info.value)


def test_copy_bundles(full_spec_copy: Path) -> None:
    assert bundler.dumps(bundler.bundle(full_spec_copy)) == (ROOT / "generated/openapi.json").read_text()


def test_the_small_copy_bundles_with_its_one_model(spec_copy: Path) -> None:
    bundled = bundler.bundle(spec_copy)
    models = [op for item in bundled["paths"].values() for op in item.values() if "x-runninghub-output-type" in op]
    assert [op["operationId"] for op in models] == ["vidu_start_end_to_video_q2_turbo"]


def test_broken_ref(spec_copy: Path) -> None:
    _edit(spec_copy, MODEL, "#/components/schemas/WebhookUrl", "#/components/schemas/WebhookUrlTypo")
    assert "does not resolve" in _errors(spec_copy)


def test_external_ref(spec_copy: Path) -> None:
    _edit(spec_copy, MODEL, "#/components/schemas/WebhookUrl", "other.yaml#/WebhookUrl")
    assert "not an internal reference" in _errors(spec_copy)


def test_duplicate_operation_id(spec_copy: Path) -> None:
    _edit(spec_copy, MODEL, "operationId: vidu_start_end_to_video_q2_turbo", "operationId: query_task")
    assert "operationId query_task is also used" in _errors(spec_copy)


def test_operation_defined_twice(spec_copy: Path) -> None:
    src = spec_copy / MODEL.removeprefix("spec/")
    shutil.copy(src, src.with_name("copy.yaml"))
    assert "is already defined in" in _errors(spec_copy)


def test_duplicate_yaml_key(spec_copy: Path) -> None:
    _edit(spec_copy, MODEL, "      summary:", "      summary: twice\n      summary:")
    assert "duplicate key 'summary'" in _errors(spec_copy)


def test_enum_collision_after_mangling(spec_copy: Path) -> None:
    _edit(spec_copy, MODEL, "          - small\n", "          - small\n          - Small\n")
    assert "collide as 'small'" in _errors(spec_copy)


def test_null_in_enum(spec_copy: Path) -> None:
    _edit(spec_copy, MODEL, "          - small\n", "          - null\n")
    assert "null inside enum" in _errors(spec_copy)


def test_model_without_webhook_url(spec_copy: Path) -> None:
    _edit(spec_copy, MODEL, "        webhookUrl:\n          $ref: '#/components/schemas/WebhookUrl'\n", "")
    assert "has no webhookUrl" in _errors(spec_copy)


def test_model_without_metadata(spec_copy: Path) -> None:
    _edit(spec_copy, MODEL, "      x-runninghub-output-type: video\n", "")
    assert "missing x-runninghub-output-type" in _errors(spec_copy)


def test_undeclared_tag(spec_copy: Path) -> None:
    _edit(spec_copy, MODEL, "      - vidu\n", "      - nobody\n")
    assert "tag 'nobody' is not declared" in _errors(spec_copy)


def test_unknown_top_level_key(spec_copy: Path) -> None:
    (spec_copy / "models" / "stray.yaml").write_text("info: {title: x}\n")
    assert "top-level keys ['info'] are not allowed" in _errors(spec_copy)


def test_unused_component(spec_copy: Path) -> None:
    (spec_copy / "components" / "stray.yaml").write_text("components:\n  schemas:\n    Stray: {type: string}\n")
    assert "components.schemas.Stray is never referenced" in _errors(spec_copy)


def test_all_problems_reported_together(spec_copy: Path) -> None:
    _edit(spec_copy, MODEL, "      - vidu\n", "      - nobody\n")
    _edit(spec_copy, MODEL, "      x-runninghub-output-type: video\n", "")
    message = _errors(spec_copy)
    assert "nobody" in message and "x-runninghub-output-type" in message


def test_generator_warning_is_an_error() -> None:
    env = generate._tool_env()
    with pytest.raises(generate.GenerationError, match="reported problems"):
        generate._run([sys.executable, "-c", "print('WARNING: Endpoint will not be generated')"], env, ROOT)
    with pytest.raises(generate.GenerationError, match="exit 3"):
        generate._run([sys.executable, "-c", "raise SystemExit(3)"], env, ROOT)


def test_missing_formatter_is_an_error() -> None:
    env = {"PATH": "/nonexistent"}
    with pytest.raises(generate.GenerationError, match="not on PATH"):
        generate._check_tools(env)


def test_import_of_one_endpoint_is_lazy() -> None:
    code = (
        "import sys, runninghub_api.api.tasks.query_task as q;"
        "print(sum(1 for m in sys.modules if m.startswith('runninghub_api.models.')),"
        "sum(1 for m in sys.modules if m.startswith('runninghub_api.api.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    models, apis = int(out[0]), int(out[1])
    assert models <= 10, f"{models} model modules imported for one endpoint"
    assert apis <= 3
    code = "import sys, runninghub_api; print(sum(1 for m in sys.modules if m.startswith('runninghub_api.models')))"
    assert (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "0"
    )


def test_yaml_slip_with_a_null_value(spec_copy: Path) -> None:
    _edit(spec_copy, MODEL, "          description: text prompt\n", "          description: {a: text, prompt}\n")
    assert "no value" in _errors(spec_copy)
