"""registry-diff reports every class of registry change (each one made to a copy of the registry)."""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable
from typing import Any

import conftest
import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "generator"))
import bundle as bundler
import registry_diff
import sync_registry as sync

Entry = dict[str, Any]


PUBLIC = "raw/ComfyUI_RH_OpenAPI.model-registry.public.2026-09-01.json"


@pytest.fixture(scope="module")
def spec_doc() -> dict[str, Any]:
    return bundler.bundle()


@pytest.fixture(scope="module")
def public_registry() -> dict[str, Any]:
    """The newest official registry, the public {version, models} document the spec is synced to."""
    registry: dict[str, Any] = conftest._load(PUBLIC)
    return registry


def internal_list(public: dict[str, Any], doc: dict[str, Any]) -> list[Entry]:
    """The same registry as an internal list: with the node-side keys the public format leaves
    out (extra_outputs, payload_as_list, payload_as_prompt_suffix) as the spec records them."""
    models = registry_diff.spec_models(doc)
    out: list[dict[str, Any]] = copy.deepcopy(public["models"])
    for entry in out:
        op, schema = models[sync.api_path(entry["endpoint"])]
        entry.update({k: v for k, v in (op.get("x-runninghub-registry") or {}).items() if k in sync.PUBLIC_OMITS})
        props = schema.get("properties", {})
        for q in entry["params"]:
            keys = (props.get(q["fieldKey"]) or {}).get("x-runninghub-registry") or {}
            q.update({k: v for k, v in keys.items() if k in sync.PUBLIC_OMITS})
    return out


@pytest.fixture(scope="module")
def reference_list(public_registry: dict[str, Any], spec_doc: dict[str, Any]) -> list[Entry]:
    return internal_list(public_registry, spec_doc)


def _param(registry: list[Entry], test: Callable[[Entry, dict[str, Any]], bool]) -> tuple[Entry, dict[str, Any]]:
    for entry in registry:
        for q in entry["params"]:
            if test(entry, q):
                return entry, q
    raise AssertionError("no such parameter in the registry")


def _entry(registry: list[Entry], endpoint: str) -> Entry:
    return next(e for e in registry if e["endpoint"] == endpoint)


def _media(kind: str) -> Callable[[Entry, dict[str, Any]], bool]:
    return lambda e, q: q["type"] == kind and "maxSize" in q and "accept" in q


def _change_type(reg: list[Entry]) -> str:
    _e, q = _param(reg, lambda e, q: q["type"] == "INT")
    q["type"] = "FLOAT"
    return "type"


def _change_media_kind(reg: list[Entry]) -> str:
    _e, q = _param(reg, _media("IMAGE"))
    q["type"] = "VIDEO"
    return "media kind"


def _change_default(reg: list[Entry]) -> str:
    _e, q = _param(
        reg,
        lambda e, q: (
            q["type"] == "LIST" and not q["required"] and len(q.get("options", [])) > 2 and "defaultValue" in q
        ),
    )
    q["defaultValue"] = next(o["value"] for o in q["options"] if o["value"] not in (q["defaultValue"], "empty"))
    return "default"


def _change_preselected(reg: list[Entry]) -> str:
    _e, q = _param(
        reg,
        lambda e, q: q["type"] == "LIST" and q["required"] and len(q.get("options", [])) > 2 and "defaultValue" in q,
    )
    q["defaultValue"] = next(o["value"] for o in q["options"] if o["value"] not in (q["defaultValue"], "empty"))
    return "preselected value"


def _change_step(reg: list[Entry]) -> str:
    _e, q = _param(reg, lambda e, q: q["type"] == "INT" and "step" in q)
    q["step"] = q["step"] * 2
    return "step"


def _change_max_input_num(reg: list[Entry]) -> str:
    _e, q = _param(
        reg, lambda e, q: q["type"] == "IMAGE" and bool(q.get("multipleInputs")) and (q.get("maxInputNum") or 0) > 2
    )
    q["maxInputNum"] -= 1
    return "maxItems"


def _drop_limit(reg: list[Entry]) -> str:
    _e, q = _param(reg, lambda e, q: q["type"] == "INT" and "max" in q)
    del q["max"]
    return "maximum"


def _drop_max_length(reg: list[Entry]) -> str:
    _e, q = _param(reg, lambda e, q: q["type"] == "STRING" and "maxLength" in q)
    del q["maxLength"]
    return "maxLength"


def _change_size(reg: list[Entry]) -> str:
    _e, q = _param(reg, _media("VIDEO"))
    q["maxSize"] += 1
    return "media size limit"


def _change_formats(reg: list[Entry]) -> str:
    _e, q = _param(reg, _media("AUDIO"))
    q["accept"] = '["FLAC"]'
    return "media formats"


def _change_output_type(reg: list[Entry]) -> str:
    reg[0]["output_type"] = "audio" if reg[0]["output_type"] != "audio" else "video"
    return "output_type"


def _add_extra_outputs(reg: list[Entry]) -> str:
    next(e for e in reg if "extra_outputs" not in e)["extra_outputs"] = [{"name": "image", "type": "IMAGE"}]
    return "model key extra_outputs"


def _change_asset_mode(reg: list[Entry]) -> str:
    next(e for e in reg if "asset_ids_mode" in e)["asset_ids_mode"] = "something_new"
    return "model key asset_ids_mode"


def _add_payload_as_list(reg: list[Entry]) -> str:
    _e, q = _param(reg, lambda e, q: q["type"] == "LIST" and not q.get("payload_as_list"))
    q["payload_as_list"] = True
    return "key payload_as_list"


def _drop_prompt_suffix(reg: list[Entry]) -> str:
    _e, q = _param(reg, lambda e, q: "payload_as_prompt_suffix" in q)
    del q["payload_as_prompt_suffix"]
    return "key payload_as_prompt_suffix"


def _add_tail_insert(reg: list[Entry]) -> str:
    _e, q = _param(reg, lambda e, q: "tail_insert" not in q and q["type"] == "BOOLEAN")
    q["tail_insert"] = True
    return "key tail_insert"


def _flip_required(reg: list[Entry]) -> str:
    _e, q = _param(reg, lambda e, q: q["type"] == "BOOLEAN" and not q["required"])
    q["required"] = True
    return "required=False, registry says True"


def _add_enum_value(reg: list[Entry]) -> str:
    _e, q = _param(reg, lambda e, q: q["type"] == "LIST" and q["fieldKey"] == "aspectRatio")
    q["options"].append({"value": "7:3", "description": "7:3"})
    return "enum"


def _add_model(reg: list[Entry]) -> str:
    reg.append(dict(copy.deepcopy(reg[0]), endpoint="acme/brand-new/text-to-image", name_en="acme/brand-new"))
    return "added in the registry"


def _remove_model(reg: list[Entry]) -> str:
    del reg[1]
    return "removed from the registry"


def _add_param(reg: list[Entry]) -> str:
    reg[2]["params"].append(
        {"fieldKey": "newKnob", "type": "BOOLEAN", "required": False, "label": "x", "description": "x"}
    )
    return "'newKnob' is missing from the spec"


def _remove_param(reg: list[Entry]) -> str:
    e = next(e for e in reg if len(e["params"]) > 2)
    removed = e["params"].pop()
    return f"{removed['fieldKey']!r} is in the spec but not in the registry"


CHANGES = [
    _change_type,
    _change_media_kind,
    _change_default,
    _change_preselected,
    _change_step,
    _change_max_input_num,
    _drop_limit,
    _drop_max_length,
    _change_size,
    _change_formats,
    _change_output_type,
    _add_extra_outputs,
    _change_asset_mode,
    _add_payload_as_list,
    _drop_prompt_suffix,
    _add_tail_insert,
    _flip_required,
    _add_enum_value,
    _add_model,
    _remove_model,
    _add_param,
    _remove_param,
]


def test_the_spec_matches_the_registry_it_was_synced_from(
    spec_doc: dict[str, Any], public_registry: dict[str, Any], reference_list: list[Entry]
) -> None:
    assert registry_diff.diff_registry(spec_doc, public_registry)[0] == []
    assert registry_diff.diff_registry(spec_doc, reference_list)[0] == []


@pytest.mark.parametrize("change", CHANGES, ids=lambda f: f.__name__.lstrip("_"))
def test_each_change_class_is_reported(
    spec_doc: dict[str, Any], reference_list: list[Entry], change: Callable[[list[Entry]], str]
) -> None:
    registry = copy.deepcopy(reference_list)
    words = change(registry)
    differences, _explained = registry_diff.diff_registry(spec_doc, registry)
    assert differences, f"{change.__name__} was not reported"
    assert any(words in d for d in differences), differences


def test_a_deviation_explains_a_difference(spec_doc: dict[str, Any], reference_list: list[Entry]) -> None:
    registry = copy.deepcopy(reference_list)
    entry = next(e for e in registry if e["endpoint"] == "rhart-image/f-dev")  # carries a "*" deviation
    entry["output_type"] = "video"
    differences, explained = registry_diff.diff_registry(spec_doc, registry)
    assert differences == [] and any("rhart-image/f-dev: output_type" in e for e in explained)


def test_the_public_format_is_read_and_its_missing_keys_say_nothing(
    spec_doc: dict[str, Any], public_registry: dict[str, Any]
) -> None:
    """The public document has no extra_outputs or payload_as_list: their absence is no change,
    though the spec records them (from the 2026-05-07 internal list)."""
    recorded = [op for op, _s in registry_diff.spec_models(spec_doc).values() if "x-runninghub-registry" in op]
    assert any("extra_outputs" in op["x-runninghub-registry"] for op in recorded)
    public = copy.deepcopy(public_registry)
    assert registry_diff.diff_registry(spec_doc, public)[0] == []
    # but what it does carry is compared
    _e, q = _param(public["models"], lambda e, q: q["type"] == "INT" and "max" in q)
    q["max"] += 1
    assert any("maximum" in d for d in registry_diff.diff_registry(spec_doc, public)[0])
