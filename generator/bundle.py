"""Bundle spec/ into one deterministic OpenAPI document, and check it.

Every YAML file under spec/ is a partial OpenAPI document: `spec/openapi.yaml` is the root
(info, servers, security, tags); every other file holds `paths`, `webhooks` and/or `components`.
They are deep-merged at the level of one operation (path + method) or one component (kind +
name). Defining anything twice is an error, as is anything the checks below reject: a file
with other top-level keys, a broken or external `$ref`, a duplicate operationId, names that
collide once generators mangle them, an undeclared tag, a model operation (`x-runninghub-model`)
that is not a POST under MODEL_PREFIX, lacks its `x-runninghub-*` metadata, `webhookUrl` or a
`$ref` request schema, an enum holding null or values that collide
after name mangling, and unused components. Errors are collected and raised together.

Usage: python generator/bundle.py [--out generated/openapi.json]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec"


def _load_spec_walk() -> ModuleType:
    """wrapper/runninghub/_spec.py, loaded by its path: the one reading of which operations are
    models, shared with the SDK's catalog and sandbox. Not `import runninghub._spec`: the generator
    runs before generated/ exists and in a venv without the SDK's dependencies, and importing the
    package would run its __init__. The file imports only the standard library."""
    name = "_runninghub_spec_walk"  # one module object however many generator modules load it
    if name in sys.modules:
        return sys.modules[name]
    found = importlib.util.spec_from_file_location(name, ROOT / "wrapper" / "runninghub" / "_spec.py")
    assert found is not None and found.loader is not None
    module = importlib.util.module_from_spec(found)
    sys.modules[name] = module  # before exec: dataclasses looks its module up while building the class
    found.loader.exec_module(module)
    return module


if TYPE_CHECKING:  # the same file, as mypy sees it (mypy_path has wrapper/)
    from runninghub import _spec as spec_walk
else:
    spec_walk = _load_spec_walk()

# The walk of `paths` and the rule of what a model operation is (used by generate.py,
# registry_diff.py, sync_registry.py, wire_keys.py and the checks below).
HTTP_METHODS: tuple[str, ...] = spec_walk.HTTP_METHODS
operations = spec_walk.operations
is_model_operation = spec_walk.is_model_operation  # (method, operation)
request_schema = spec_walk.request_schema
model_operations = spec_walk.model_operations
FRAGMENT_KEYS = {"paths", "webhooks", "components"}
MODEL_PREFIX = "/openapi/v2/"
MODEL_EXTENSIONS = (spec_walk.MODEL_EXTENSION, "x-runninghub-category", "x-runninghub-output-type")


class SpecError(Exception):
    """The spec does not bundle; the message lists every problem found."""


class _UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A YAML loader that refuses duplicate keys (PyYAML silently keeps the last one)."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as f:
        return yaml.load(f, Loader=_UniqueKeyLoader)  # noqa: S506 - a safe loader subclass


def spec_files(spec_dir: Path = SPEC) -> list[Path]:
    return sorted(p for p in spec_dir.rglob("*.yaml") if p.name != "openapi.yaml" or p.parent != spec_dir)


def bundle(spec_dir: Path = SPEC) -> dict[str, Any]:
    """Merge the files under spec_dir and check the result; raise SpecError listing all problems."""
    errors: list[str] = []
    root_path = spec_dir / "openapi.yaml"
    doc: dict[str, Any] = load_yaml(root_path)
    origin: dict[tuple[str, ...], str] = {}
    for section in ("paths", "webhooks"):
        for path, item in (doc.get(section) or {}).items():
            for method in item:
                origin[(section, path, method)] = "spec/openapi.yaml"
    for kind, entries in (doc.get("components") or {}).items():
        for name in entries:
            origin[("components", kind, name)] = "spec/openapi.yaml"

    for file in spec_files(spec_dir):
        rel = file.relative_to(spec_dir.parent).as_posix()
        try:
            frag = load_yaml(file)
        except yaml.YAMLError as exc:
            errors.append(f"{rel}: not valid YAML: {exc}")
            continue
        if not isinstance(frag, dict) or not frag:
            errors.append(f"{rel}: empty, or not a mapping")
            continue
        extra = set(frag) - FRAGMENT_KEYS
        if extra:
            errors.append(f"{rel}: top-level keys {sorted(extra)} are not allowed (only {sorted(FRAGMENT_KEYS)})")
        for section in ("paths", "webhooks"):
            for path, item in (frag.get(section) or {}).items():
                target = doc.setdefault(section, {}).setdefault(path, {})
                for method, op in item.items():
                    key = (section, path, method)
                    if key in origin:
                        errors.append(f"{rel}: {section} {path} {method} is already defined in {origin[key]}")
                        continue
                    origin[key] = rel
                    target[method] = op
        for kind, entries in (frag.get("components") or {}).items():
            target = doc.setdefault("components", {}).setdefault(kind, {})
            for name, value in entries.items():
                key = ("components", kind, name)
                if key in origin:
                    errors.append(f"{rel}: components.{kind}.{name} is already defined in {origin[key]}")
                    continue
                origin[key] = rel
                target[name] = value
    if not errors:
        errors.extend(check(doc))
    if errors:
        raise SpecError("\n".join(f"  - {e}" for e in errors))
    return doc


# --------------------------------------------------------------------------- checks
def _walk(node: Any, where: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield where, node
        for k, v in node.items():
            yield from _walk(v, f"{where}/{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _walk(v, f"{where}/{i}")


def _resolve(doc: dict[str, Any], ref: str) -> bool:
    node: Any = doc
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def python_identifier(name: str) -> str:
    """How generators turn a name into an identifier: words joined, case folded."""
    return "_".join(w.lower() for w in re.split(r"[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])", name) if w)


def class_name(name: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in python_identifier(name).split("_"))


def check(doc: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    if doc.get("openapi") != "3.1.0":
        errors.append("openapi must be 3.1.0")
    # $refs: internal and resolvable
    used_refs: set[str] = set()
    for where, node in _walk(doc):
        ref = node.get("$ref")
        if ref is None:
            continue
        if not isinstance(ref, str) or not ref.startswith("#/"):
            errors.append(f"{where}: $ref {ref!r} is not an internal reference (#/...)")
        elif not _resolve(doc, ref):
            errors.append(f"{where}: $ref {ref} does not resolve")
        else:
            used_refs.add(ref)
    # components used (transitively reachable refs are enough: any ref to them)
    for kind, entries in (doc.get("components") or {}).items():
        if kind == "securitySchemes":
            continue
        for name in entries:
            if f"#/components/{kind}/{name}" not in used_refs:
                errors.append(f"components.{kind}.{name} is never referenced")
    # operation ids and names after mangling
    declared_tags = {t["name"] for t in doc.get("tags", [])}
    op_ids: dict[str, str] = {}
    mangled: dict[str, str] = {}
    model_names: dict[str, str] = {}
    all_ops = list(operations(doc)) + [
        (f"webhook {name}", m, op) for name, item in (doc.get("webhooks") or {}).items() for m, op in item.items()
    ]
    for path, method, op in all_ops:
        where = f"{method.upper()} {path}"
        oid = op.get("operationId")
        if not oid:
            errors.append(f"{where}: no operationId")
            continue
        if oid in op_ids:
            errors.append(f"{where}: operationId {oid} is also used by {op_ids[oid]}")
        op_ids[oid] = where
        ident = python_identifier(oid)
        if ident in mangled and mangled[ident] != where:
            errors.append(f"{where}: operationId {oid} collides with {mangled[ident]} as {ident}")
        mangled[ident] = where
        if not op.get("summary"):
            errors.append(f"{where}: no summary")
        for tag in op.get("tags", []):
            if tag not in declared_tags:
                errors.append(f"{where}: tag {tag!r} is not declared in spec/openapi.yaml")
        if not op.get("tags"):
            errors.append(f"{where}: no tag")
        if spec_walk.MODEL_EXTENSION not in op or method not in HTTP_METHODS:
            continue
        if not is_model_operation(method, op):
            errors.append(f"{where}: x-runninghub-model on a {method.upper()}; a model operation is a POST")
        elif not path.startswith(MODEL_PREFIX):
            errors.append(f"{where}: a model operation outside {MODEL_PREFIX}")
        else:
            errors.extend(_check_model_operation(doc, where, op, model_names))
    # schema names after mangling (the generated class names)
    seen_classes: dict[str, str] = {}
    for name in (doc.get("components") or {}).get("schemas", {}):
        cls = class_name(name).lower()
        if cls in seen_classes:
            errors.append(f"schemas {name} and {seen_classes[cls]} collide as class {class_name(name)}")
        seen_classes[cls] = name
    # a key with no value (a YAML slip: an unquoted comma in a flow mapping makes one)
    for where, node in _walk(doc):
        if "/examples/" in where or "/example/" in where or where.endswith(("/examples", "/example")):
            continue  # example values may hold nulls
        for key, value in node.items():
            if value is None and key not in ("default", "example", "const"):
                errors.append(f"{where}/{key}: no value (quote a text that holds a comma in a {{...}} mapping)")
    # enums
    for where, node in _walk(doc):
        values = node.get("enum")
        if not isinstance(values, list):
            continue
        if any(v is None for v in values):
            errors.append(f"{where}: null inside enum (write anyOf [..., {{type: 'null'}}] instead)")
        if len(set(map(repr, values))) != len(values):
            errors.append(f"{where}: enum has duplicate values")
        by_ident: dict[str, Any] = {}
        for v in values:
            ident = python_identifier(str(v)) or "_"
            if ident in by_ident and by_ident[ident] != v:
                errors.append(f"{where}: enum values {by_ident[ident]!r} and {v!r} collide as {ident!r}")
            by_ident[ident] = v
    return errors


def _check_model_operation(
    doc: dict[str, Any], where: str, op: dict[str, Any], model_names: dict[str, str]
) -> list[str]:
    errors = [f"{where}: missing {ext}" for ext in MODEL_EXTENSIONS if not op.get(ext)]
    for name in [op.get("x-runninghub-model"), *op.get("x-runninghub-aliases", [])]:
        if name in model_names:
            errors.append(f"{where}: model name {name!r} is also used by {model_names[name]}")
        model_names[name] = where
    schema = request_schema(doc, op)
    if schema is None:
        errors.append(f"{where}: no application/json request body schema")
    elif spec_walk.request_schema_ref(op) is None:
        errors.append(f"{where}: the request body schema is inline; refer to a components schema ($ref)")
    elif "webhookUrl" not in schema.get("properties", {}):
        errors.append(f"{where}: request schema has no webhookUrl property")
    return errors


def dumps(doc: dict[str, Any]) -> str:
    """The canonical bytes of the bundled document: sorted keys, 2-space indent, UTF-8."""
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "generated" / "openapi.json")
    args = parser.parse_args(argv)
    try:
        doc = bundle()
    except SpecError as exc:
        print(f"spec/ does not bundle:\n{exc}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dumps(doc), encoding="utf-8")
    n_ops = sum(1 for _ in operations(doc))
    n_models = len(model_operations(doc))
    where = args.out.relative_to(ROOT) if args.out.resolve().is_relative_to(ROOT) else args.out
    print(f"bundled {n_ops} operations ({n_models} models) into {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
