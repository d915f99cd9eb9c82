"""Compare the spec with RunningHub's model lists, so keeping the spec current is routine.

    python generator/registry_diff.py --registry path/to/models_registry.json
    python generator/registry_diff.py --endpoints path/to/endpoints.json

`--registry` reads an official model registry in either format (the internal list
`models_registry.json`, or the public `{version, models}` document) and reports every class of
change against spec/: models added or removed; a model's output_type and model-level keys
(extra_outputs, asset modes, size_constraints); parameters added or removed; and per parameter
its required flag, type, list form, enum values, minimum, maximum, maxLength, maxItems
(maxInputNum), step, default and preselected value, media kind, formats and size limit, and
the node-side keys (tail_insert, payload_as_list, payload_as_prompt_suffix). A limit that
disappears is a change too. The expected values are what generator/sync_registry.py would
write, so "0 differences" means a sync would change nothing. Keys the public format never
carries are not compared when reading it. `--endpoints` reads the docs-derived reference list
(name, path, params: existence, names, required flags, enum values).
A difference the spec explains on purpose is listed in the operation's
`x-runninghub-registry-deviations` (a list of "param: reason" or "*: reason") and reported as
explained, not as a difference. Exit code 1 when anything unexplained differs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bundle as bundler
import sync_registry as sync

V2 = sync.V2


def spec_models(doc: dict[str, Any]) -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    """path -> (operation, request schema) for every model operation."""
    return {m.path: (m.operation, m.request_schema or {}) for m in bundler.model_operations(doc)}


def _deviations(op: dict[str, Any]) -> dict[str, str]:
    out = {}
    for item in op.get("x-runninghub-registry-deviations", []):
        key, _, reason = item.partition(":")
        out[key.strip()] = reason.strip()
    return out


def _enum_of(prop: dict[str, Any]) -> list[Any] | None:
    if "enum" in prop:
        return list(prop["enum"])
    items = prop.get("items") or {}
    return list(items["enum"]) if "enum" in items else None


def _compare(
    where: str,
    op: dict[str, Any],
    schema: dict[str, Any],
    expected: dict[str, dict[str, Any]],
    differences: list[str],
    explained: list[str],
) -> None:
    props = {k: v for k, v in schema.get("properties", {}).items() if k != "webhookUrl"}
    required = set(schema.get("required", []))
    dev = _deviations(op)

    def report(param: str, text: str) -> None:
        reason = dev.get(param) or dev.get("*")
        (explained if reason else differences).append(
            f"{where}: {text}" + (f"  [explained: {reason}]" if reason else "")
        )

    for name in sorted(set(expected) - set(props)):
        report(name, f"parameter {name!r} is missing from the spec")
    for name in sorted(set(props) - set(expected)):
        report(name, f"parameter {name!r} is in the spec but not in the reference")
    for name in sorted(set(props) & set(expected)):
        want, have = expected[name], props[name]
        if bool(want.get("required")) != (name in required):
            report(name, f"{name!r} required={name in required}, reference says {bool(want.get('required'))}")
        if want.get("enum") is not None and _enum_of(have) != want["enum"]:
            report(name, f"{name!r} enum {_enum_of(have)} != reference {want['enum']}")
        for key in ("minimum", "maximum", "maxLength", "maxItems"):
            if key in want and have.get(key) != want[key]:
                report(name, f"{name!r} {key} {have.get(key)} != reference {want[key]}")
        media = have.get("x-runninghub-media") or {}
        if "maxSizeMB" in want and media.get("maxSizeMB") != want["maxSizeMB"]:
            report(name, f"{name!r} media size limit {media.get('maxSizeMB')} != reference {want['maxSizeMB']}")
        if "formats" in want and media.get("formats") != want["formats"]:
            report(name, f"{name!r} media formats {media.get('formats')} != reference {want['formats']}")


# What each synced property key is called in a report.
_PROP_KEYS = {
    "type": "type",
    "items": "list items",
    "enum": "enum",
    "minimum": "minimum",
    "maximum": "maximum",
    "maxLength": "maxLength",
    "maxItems": "maxItems (maxInputNum)",
    "x-runninghub-step": "step",
    "default": "default",
    "x-runninghub-default": "preselected value (x-runninghub-default)",
}
_MEDIA_KEYS = {"kind": "media kind", "formats": "media formats", "maxSizeMB": "media size limit (MB)"}


def _show(value: Any) -> str:
    return "none" if value is _NONE else json.dumps(value, ensure_ascii=False, sort_keys=True)


_NONE = object()


def _compare_registry(
    where: str,
    op: dict[str, Any],
    schema: dict[str, Any],
    entry: dict[str, Any],
    reg: sync.Registry,
    differences: list[str],
    explained: list[str],
) -> None:
    """Every synced fact of one model: output type, model-level registry keys, the parameter set,
    required flags and each parameter's type, enum, limits, media, step, defaults and keys."""
    dev = _deviations(op)

    def report(param: str, text: str) -> None:
        reason = dev.get(param) or dev.get("*")
        (explained if reason else differences).append(
            f"{where}: {text}" + (f"  [explained: {reason}]" if reason else "")
        )

    if op.get("x-runninghub-output-type") != entry["output_type"]:
        report("*", f"output_type {op.get('x-runninghub-output-type')!r} != registry {entry['output_type']!r}")
    have_model = op.get("x-runninghub-registry") or {}
    for key in sync.MODEL_KEYS:
        if reg.omits(key):
            continue
        have, want = have_model.get(key, _NONE), entry.get(key, _NONE)
        if have != want:
            report("*", f"model key {key} {_show(have)} != registry {_show(want)}")
    expected, want_required = sync.convert_params(entry)
    props = {k: v for k, v in schema.get("properties", {}).items() if k != "webhookUrl"}
    required = set(schema.get("required", []))
    for name in expected:
        if name not in props:
            report(name, f"parameter {name!r} is missing from the spec")
    for name in props:
        if name not in expected:
            report(name, f"parameter {name!r} is in the spec but not in the registry")
    for name in (n for n in expected if n in props):
        want, have = expected[name], props[name]
        if (name in want_required) != (name in required):
            report(name, f"{name!r} required={name in required}, registry says {name in want_required}")
        omitted_list = reg.omits("payload_as_list") and have.get("type") == "array" and "enum" in want
        for key, label in _PROP_KEYS.items():
            h, w = have.get(key, _NONE), want.get(key, _NONE)
            if omitted_list and key in ("type", "items", "enum", "default", "x-runninghub-default"):
                continue  # the public format cannot say "sent as a list"; the spec's list form stands
            if h != w:
                report(name, f"{name!r} {label} {_show(h)} != registry {_show(w)}")
        hm, wm = have.get("x-runninghub-media") or {}, want.get("x-runninghub-media") or {}
        for key, label in _MEDIA_KEYS.items():
            if hm.get(key, _NONE) != wm.get(key, _NONE):
                report(name, f"{name!r} {label} {_show(hm.get(key, _NONE))} != registry {_show(wm.get(key, _NONE))}")
        hk, wk = have.get("x-runninghub-registry") or {}, want.get("x-runninghub-registry") or {}
        for key in sync.PARAM_KEYS:
            if not reg.omits(key) and hk.get(key, _NONE) != wk.get(key, _NONE):
                report(name, f"{name!r} key {key} {_show(hk.get(key, _NONE))} != registry {_show(wk.get(key, _NONE))}")


def diff_registry(doc: dict[str, Any], registry: Any) -> tuple[list[str], list[str]]:
    """(differences, explained) between the spec and an official registry: the internal list
    (models_registry.json), the public {version, models} document, or a loaded sync.Registry."""
    reg = registry if isinstance(registry, sync.Registry) else sync.registry_from_data(registry)
    models = spec_models(doc)
    differences: list[str] = []
    explained: list[str] = []
    for path, entry in sorted(reg.entries.items()):
        endpoint = entry["endpoint"]
        if path not in models:
            differences.append(f"{endpoint}: added in the registry ({entry['name_en'].strip()!r}), not in the spec")
            continue
        op, schema = models[path]
        names = {op["x-runninghub-model"], *op.get("x-runninghub-aliases", [])}
        if entry["name_en"].strip() not in names:
            differences.append(f"{endpoint}: registry name {entry['name_en'].strip()!r} is not among {sorted(names)}")
        _compare_registry(endpoint, op, schema, entry, reg, differences, explained)
    for path, (op, _schema) in sorted(models.items()):
        if path not in reg.entries and not op.get("deprecated") and sync.from_registry(op):
            differences.append(f"{path[len(V2) :]}: in the spec but removed from the registry (mark it deprecated?)")
    return differences, explained


def diff_endpoints(doc: dict[str, Any], endpoints: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """(differences, explained) between the spec and the docs-derived endpoints.json."""
    models = spec_models(doc)
    differences: list[str] = []
    explained: list[str] = []
    for entry in sorted(endpoints, key=lambda e: e["name"]):
        where = entry["name"]
        if entry["path"] not in models:
            differences.append(f"{where}: path {entry['path']} is not in the spec")
            continue
        op, schema = models[entry["path"]]
        names = {op["x-runninghub-model"], *op.get("x-runninghub-aliases", [])}
        if entry["name"] not in names:
            differences.append(f"{where}: not the x-runninghub-model or an alias of {entry['path']}")
        expected = {}
        for p in entry["params"]:
            e: dict[str, Any] = {"required": p["required"]}
            if "enum" in p:
                e["enum"] = p["enum"]
            elif "enum" in (p.get("items") or {}):
                e["enum"] = p["items"]["enum"]
            expected[p["name"]] = e
        _compare(where, op, schema, expected, differences, explained)
    return differences, explained


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--registry", type=Path, help="an official models_registry.json")
    parser.add_argument("--endpoints", type=Path, help="a docs-derived endpoints.json")
    args = parser.parse_args(argv)
    if not args.registry and not args.endpoints:
        parser.error("give --registry and/or --endpoints")
    doc = bundler.bundle()
    status = 0
    for label, path, fn in (
        ("registry", args.registry, diff_registry),
        ("endpoints", args.endpoints, diff_endpoints),
    ):
        if not path:
            continue
        differences, explained = fn(doc, json.loads(path.read_text(encoding="utf-8")))
        print(f"{label} {path.name}: {len(differences)} differences, {len(explained)} explained")
        for line in differences:
            print(f"  DIFF {line}")
        for line in explained:
            print(f"  ok   {line}")
        status |= bool(differences)
    return status


if __name__ == "__main__":
    sys.exit(main())
