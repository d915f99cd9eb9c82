"""Compare the spec with RunningHub's model lists, so keeping the spec current is routine.

    python generator/registry_diff.py --registry path/to/models_registry.json
    python generator/registry_diff.py --endpoints path/to/endpoints.json

`--registry` reads the official model registry (HM-RunningHub/ComfyUI_RH_OpenAPI
`models_registry.json`, any version) and lists endpoints and parameters added, removed or
changed against spec/. `--endpoints` reads the docs-derived reference list (name, path, params).
Both compare: the endpoint exists at that path, under that name (x-runninghub-model or an alias),
with the same parameter names, required flags and enum values; the registry comparison also
checks ranges, lengths and media limits. A difference the spec explains on purpose is listed in
the operation's `x-runninghub-registry-deviations` (a list of "param: reason" or "*: reason")
and reported as explained, not as a difference. Exit code 1 when anything unexplained differs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bundle as bundler

V2 = "/openapi/v2/"
MEDIA = {"IMAGE": "image", "VIDEO": "video", "AUDIO": "audio"}
LABEL_SUFFIX = "-[Deprecated]"  # registry label artifact: same endpoint without the suffix


def spec_models(doc: dict[str, Any]) -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    """path -> (operation, request schema) for every model operation."""
    out = {}
    for path, _method, op in bundler.operations(doc):
        if bundler.is_model_operation(path, op):
            out[path] = (op, bundler.request_schema(doc, op) or {})
    return out


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


def _registry_params(entry: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out = {}
    for q in entry.get("params", []):
        p: dict[str, Any] = {"required": bool(q.get("required"))}
        if q["type"] == "LIST":
            p["enum"] = [o["value"] for o in q.get("options", []) if o["value"] != "empty"]
        if q["type"] in ("INT", "FLOAT"):
            if "min" in q:
                p["minimum"] = q["min"]
            if "max" in q:
                p["maximum"] = q["max"]
        if q["type"] == "STRING" and "maxLength" in q:
            p["maxLength"] = q["maxLength"]
        if q["type"] in MEDIA:
            if q.get("multipleInputs") and (q.get("maxInputNum") or 1) > 1:
                p["maxItems"] = q["maxInputNum"]
            if q.get("maxSize") is not None:
                p["maxSizeMB"] = q["maxSize"]
            if q.get("accept"):
                p["formats"] = [f.lower() for f in json.loads(q["accept"])]
        out[q["fieldKey"]] = p
    return out


def diff_registry(doc: dict[str, Any], registry: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """(differences, explained) between the spec and an official models_registry.json."""
    models = spec_models(doc)
    differences: list[str] = []
    explained: list[str] = []
    seen: set[str] = set()
    for entry in sorted(registry, key=lambda e: e["endpoint"]):
        endpoint = entry["endpoint"]
        path = V2 + (endpoint[: -len(LABEL_SUFFIX)] if endpoint.endswith(LABEL_SUFFIX) else endpoint)
        if path not in models:
            differences.append(f"{endpoint}: added in the registry ({entry['name_en'].strip()!r}), not in the spec")
            continue
        seen.add(path)
        op, schema = models[path]
        names = {op["x-runninghub-model"], *op.get("x-runninghub-aliases", [])}
        if entry["name_en"].strip() not in names:
            differences.append(f"{endpoint}: registry name {entry['name_en'].strip()!r} is not among {sorted(names)}")
        _compare(endpoint, op, schema, _registry_params(entry), differences, explained)
    for path, (op, _schema) in sorted(models.items()):
        if path not in seen and not op.get("deprecated") and "registry" in op.get("x-runninghub-source", ""):
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
