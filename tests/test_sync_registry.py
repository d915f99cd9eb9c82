"""make sync-registry: on a scratch copy of spec/ and a registry with one model added, one
removed and one parameter changed, exactly those spec edits are made and hand-written parts stay."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import conftest
import pytest
import yaml
from conftest import ROOT

sys.path.insert(0, str(ROOT / "generator"))
import bundle as bundler
import registry_diff
import sync_registry as sync

ADDED = "acme/brand-new/text-to-image"
REMOVED = "kling-v2.5-turbo-pro/text-to-video"
CHANGED = "rhart-image-g-2/text-to-image"  # a hand-written x-runninghub-note on aspectRatio
CHANGED_FILE = "spec/models/rhart-image/rhart-image-g-2/text-to-image.yaml"
PUBLIC = "raw/ComfyUI_RH_OpenAPI.model-registry.public.2026-09-01.json"
HAND_WRITTEN = {
    "x-runninghub-aliases": ["gpt-image-2/text-to-image-by-hand"],
    "x-runninghub-captures": ["captures/some-capture.json"],
}


def _files(spec: Path) -> dict[str, str]:
    return {p.relative_to(spec.parent).as_posix(): p.read_text(encoding="utf-8") for p in sorted(spec.rglob("*.yaml"))}


@pytest.fixture()
def scratch(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    # hand-written parts on the model whose parameter changes
    file = tmp_path / CHANGED_FILE
    doc = yaml.safe_load(file.read_text(encoding="utf-8"))
    op = doc["paths"]["/openapi/v2/" + CHANGED]["post"]
    op.update(HAND_WRITTEN)
    op["x-runninghub-notes"] = ["a note written by hand"]
    file.write_text(
        sync.HEADER.format(name=op["x-runninghub-model"])
        + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)
    )
    return tmp_path / "spec"


@pytest.fixture(scope="module")
def public_registry() -> dict[str, Any]:
    registry: dict[str, Any] = conftest._load(PUBLIC)
    return registry


def _edited_registry(public: dict[str, Any]) -> dict[str, Any]:
    """The registry the spec is synced to, with a model added, one removed, one enum value more."""
    doc = copy.deepcopy(public)
    reg = doc["models"]
    template = next(e for e in reg if e["endpoint"] == "rhart-image-g-2/text-to-image")
    new = copy.deepcopy(template)
    new.update(endpoint=ADDED, name_en=ADDED, name_cn="新模型", category="RunningHub/RHArt Image")
    new["params"] = [
        {"fieldKey": "prompt", "type": "STRING", "required": True, "label": "p", "description": "p",
         "defaultValue": "a sample prompt that must not become a default", "maxLength": 4000},
        {"fieldKey": "size", "type": "LIST", "required": True, "label": "s", "description": "s", "defaultValue": "2k",
         "options": [{"value": "1k", "description": "1k"}, {"value": "2k", "description": "2k"}]},
        {"fieldKey": "images", "type": "IMAGE", "required": False, "label": "i", "description": "i",
         "multipleInputs": True, "maxInputNum": 4, "accept": '["PNG","JPG"]', "maxSize": 10},
    ]  # fmt: skip
    reg.append(new)
    reg.remove(next(e for e in reg if e["endpoint"] == REMOVED))
    aspect = next(q for q in template["params"] if q["fieldKey"] == "aspectRatio")
    aspect["options"].append({"value": "7:3", "description": "7:3"})
    return doc


def test_exactly_the_registry_edits_are_made_and_hand_written_parts_kept(
    scratch: Path, public_registry: dict[str, Any]
) -> None:
    before = _files(scratch)
    registry = _edited_registry(public_registry)
    report = sync.sync(scratch, sync.registry_from_data(registry, "test"))
    assert (report.added, report.deprecated, report.changed) == ([ADDED], [REMOVED], [CHANGED])
    after = _files(scratch)
    new_file = "spec/models/rhart-image/acme/brand-new/text-to-image.yaml"
    assert set(after) - set(before) == {new_file} and set(before) - set(after) == set()
    changed = sorted(f for f in before if before[f] != after[f])
    assert changed == sorted([CHANGED_FILE, "spec/models/kling/kling-v2.5-turbo-pro/text-to-video.yaml"])

    # the changed parameter: one enum value more, everything else of the file as it was
    old_doc, new_doc = yaml.safe_load(before[CHANGED_FILE]), yaml.safe_load(after[CHANGED_FILE])
    old_aspect = old_doc["components"]["schemas"]["RhartImageG2TextToImageRequest"]["properties"]["aspectRatio"]
    new_aspect = new_doc["components"]["schemas"]["RhartImageG2TextToImageRequest"]["properties"]["aspectRatio"]
    assert new_aspect["enum"] == [*old_aspect["enum"], "7:3"]
    assert {k: v for k, v in new_aspect.items() if k != "enum"} == {k: v for k, v in old_aspect.items() if k != "enum"}
    assert new_aspect["x-runninghub-note"].startswith("ComfyUI node also prefixes")
    old_aspect["enum"] = new_aspect["enum"]
    assert new_doc == old_doc  # aliases, captures, notes, descriptions: kept

    # the removed model: deprecated, with a note; nothing else changed
    removed = yaml.safe_load(after["spec/models/kling/kling-v2.5-turbo-pro/text-to-video.yaml"])
    op = removed["paths"]["/openapi/v2/" + REMOVED]["post"]
    assert op["deprecated"] is True and "official model registry of test" in op["x-runninghub-notes"][-1]
    old_removed = yaml.safe_load(before["spec/models/kling/kling-v2.5-turbo-pro/text-to-video.yaml"])
    old_op = old_removed["paths"]["/openapi/v2/" + REMOVED]["post"]
    old_op.update(deprecated=True, **{"x-runninghub-notes": op["x-runninghub-notes"]})
    assert removed == old_removed

    # the added model: typed from the registry, no sample text as a default
    doc = bundler.bundle(scratch)
    added = doc["paths"]["/openapi/v2/" + ADDED]["post"]
    assert added["x-runninghub-model"] == ADDED and added["tags"] == ["rhart-image"]
    assert added["x-runninghub-category"] == "image/text-to-image" and added["x-runninghub-output-type"] == "image"
    schema = bundler.request_schema(doc, added)
    assert schema is not None and schema["required"] == ["prompt", "size"]
    props = schema["properties"]
    assert props["prompt"] == {"type": "string", "maxLength": 4000, "description": "text prompt"}
    assert props["size"]["enum"] == ["1k", "2k"] and props["size"]["x-runninghub-default"] == "2k"
    assert props["images"]["maxItems"] == 4 and props["images"]["x-runninghub-media"] == {
        "kind": "image", "formats": ["png", "jpg"], "maxSizeMB": 10}  # fmt: skip
    assert list(props)[-1] == "webhookUrl"

    # and the result agrees with the registry, and a second run changes nothing
    assert registry_diff.diff_registry(doc, registry)[0] == []
    again = sync.sync(scratch, sync.registry_from_data(registry, "test"))
    assert (again.added, again.deprecated, again.changed) == ([], [], [])
    assert _files(scratch) == after


def test_both_formats_give_the_same_spec(tmp_path: Path, public_registry: dict[str, Any]) -> None:
    """The internal list carries the node-side keys the public document leaves out; synced from
    either, with the same facts, the spec comes out the same."""
    public = _edited_registry(public_registry)
    internal = copy.deepcopy(public["models"])
    models = registry_diff.spec_models(bundler.bundle())
    for entry in internal:  # the node-side keys as the spec records them
        if sync.api_path(entry["endpoint"]) in models:
            op, schema = models[sync.api_path(entry["endpoint"])]
            entry.update({k: v for k, v in (op.get("x-runninghub-registry") or {}).items() if k in sync.PUBLIC_OMITS})
            for q in entry["params"]:
                keys = (schema["properties"].get(q["fieldKey"]) or {}).get("x-runninghub-registry") or {}
                q.update({k: v for k, v in keys.items() if k in sync.PUBLIC_OMITS})
    results = []
    for name, data in (("internal", internal), ("public", public)):
        spec = tmp_path / name / "spec"
        shutil.copytree(ROOT / "spec", spec)
        file = tmp_path / name / "registry.json"
        file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        done = subprocess.run(
            [sys.executable, str(ROOT / "generator" / "sync_registry.py"), "--registry", str(file),
             "--label", "test", "--spec", str(spec)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        assert f"({name} format, test," in done.stdout and "1 added, 1 deprecated, 1 changed" in done.stdout
        results.append(_files(spec))
    assert results[0] == results[1]
