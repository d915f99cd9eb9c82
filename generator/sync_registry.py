"""Update spec/models/ from a newer official model registry: make sync-registry REGISTRY=path.

    python generator/sync_registry.py --registry path/to/models_registry.json [--label 2026-09-01]

It reads both formats RunningHub publishes: the internal list (`models_registry.json`, a JSON
list of entries) and the public document (`model-registry.public.json`, `{version, models}`,
with the node-side keys `extra_outputs`, `payload_as_list` and `payload_as_prompt_suffix` left
out: where the public format cannot say, the spec's current value is kept).

Who owns what in a model file (spec/models/<tag>/<endpoint>.yaml)
-----------------------------------------------------------------
Synced (rewritten from the registry on every run; edit the registry, not these):
  operation   `x-runninghub-output-type`, `x-runninghub-registry`
              (the model-level registry keys: extra_outputs, asset modes, size_constraints),
              `deprecated` (set when the registry drops the model)
  schema      `required`, the set and order of properties (webhookUrl last)
  property    `type`, `items`, `enum`, `minimum`, `maximum`, `maxLength`, `maxItems`,
              `x-runninghub-media`, `x-runninghub-step`, `default`, `x-runninghub-default`,
              `x-runninghub-registry` (the parameter-level keys: tail_insert, payload_as_list,
              payload_as_prompt_suffix)
Hand-written (kept as they are; the tool only writes them when it creates a file):
  operation   operationId, summary, description, tags, `x-runninghub-model`,
              `x-runninghub-name-cn`, `x-runninghub-category`, `x-runninghub-source`,
              `x-runninghub-docs-pages`, and
              everything hand-written: `x-runninghub-aliases`, `x-runninghub-notes`,
              `x-runninghub-registry-deviations`, `x-runninghub-alternate-paths`,
              `x-runninghub-successors`, `x-runninghub-captures`, any other key
  property    `description`, `x-runninghub-note`, `x-runninghub-node-field`, any other key
A parameter named in `x-runninghub-registry-deviations` ("param: reason", or "*: reason" for
the whole model) is a deliberate difference: the tool leaves that property (or model) alone.
Models the registry never listed (x-runninghub-source without "registry") are not touched.
YAML comments inside a model file are not kept when the tool rewrites it: write notes as
`x-runninghub-notes` (model) or `x-runninghub-note` (parameter).

Defaults: `x-runninghub-default` (filled in by the wrapper) only on required enum, boolean and
number fields; OpenAPI `default` (sent by the generated client) only on optional ones of those
kinds, and not on an optional list that offers "empty" (left out, the server does otherwise).
A registry default on free text, ids, URLs or media is a sample from RunningHub's UI and is
dropped. New models get a tag (that of their vendor's other models, else the registry's vendor
category), a category (from endpoint words, output type and input kinds), a name (the
registry's English name, or the endpoint with that name as an alias) and short parameter
labels; review those. Output is deterministic: the same registry and spec give the same bytes.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bundle as bundler

V2 = "/openapi/v2/"
MEDIA = {"IMAGE": "image", "VIDEO": "video", "AUDIO": "audio"}
LABEL_SUFFIX = "-[Deprecated]"  # registry label artifact: the same endpoint without the suffix
EMPTY = "empty"  # the ComfyUI node's "not sent" option; not a value of the API
# Registry keys of a model / a parameter kept in `x-runninghub-registry` (node-side facts).
MODEL_KEYS = (
    "extra_outputs",
    "real_person_mode_default",
    "asset_ids_mode",
    "real_person_asset_slots",
    "size_constraints",
)
PARAM_KEYS = ("tail_insert", "payload_as_list", "payload_as_prompt_suffix")
PUBLIC_OMITS = {"extra_outputs", "payload_as_list", "payload_as_prompt_suffix"}
SYNCED_PROP_KEYS = (
    "type",
    "items",
    "enum",
    "minimum",
    "maximum",
    "maxLength",
    "maxItems",
    "x-runninghub-media",
    "x-runninghub-step",
    "default",
    "x-runninghub-default",
    "x-runninghub-registry",
)
SYNCED_OP_KEYS = ("x-runninghub-output-type", "x-runninghub-registry", "deprecated")
HEADER = (
    "# {name}\n"
    "# One RunningHub model endpoint; `make generate` bundles every file under spec/.\n"
    "# Parameters are synced from the official registry (generator/sync_registry.py); descriptions,\n"
    "# notes, aliases and deviations are hand-written and kept (docs/spec-and-regeneration.md).\n"
)
# Tags for registry categories whose name is not simply the lower-cased vendor.
TAG_OF_CATEGORY = {"RunningHub/Qwe": "qwen"}
# Short labels for common fields (the registry's own descriptions are long UI prose).
LABELS = {
    "prompt": "text prompt",
    "negativePrompt": "things to avoid (negative prompt)",
    "aspectRatio": "output aspect ratio",
    "resolution": "output resolution tier",
    "duration": "output length in seconds",
    "seed": "random seed",
    "imageUrl": "input image URL",
    "imageUrls": "input images URLs",
    "videoUrl": "input video URL",
    "videoUrls": "input videos URLs",
    "audioUrl": "input audio URL",
    "width": "output width in pixels",
    "height": "output height in pixels",
}


@dataclass
class Registry:
    """An official registry in either format: its entries by API path, and what it can say."""

    label: str
    public: bool
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)

    def omits(self, key: str) -> bool:
        """True if this format never carries `key` (so its absence says nothing)."""
        return self.public and key in PUBLIC_OMITS


def registry_from_data(data: Any, label: str | None = None) -> Registry:
    """A registry from its parsed JSON: a list (internal) or {version, models} (public)."""
    public = isinstance(data, dict)
    entries = data["models"] if public else data
    reg = Registry(label=label or (data.get("version") if public else None) or "the registry", public=public)
    for entry in entries:
        reg.entries[api_path(entry["endpoint"])] = entry
    return reg


def load_registry(path: Path, label: str | None = None) -> Registry:
    return registry_from_data(json.loads(path.read_text(encoding="utf-8")), label or None) if label else _named(path)


def _named(path: Path) -> Registry:
    data = json.loads(path.read_text(encoding="utf-8"))
    return registry_from_data(data, data.get("version") if isinstance(data, dict) else path.name)


def api_path(endpoint: str) -> str:
    return V2 + (endpoint[: -len(LABEL_SUFFIX)] if endpoint.endswith(LABEL_SUFFIX) else endpoint)


# --------------------------------------------------------------------------- conversion
def _number(value: Any, typ: str) -> Any:
    if typ == "integer" and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _registry_extras(source: dict[str, Any], keys: Iterable[str]) -> dict[str, Any]:
    return {k: source[k] for k in keys if k in source}


def convert_param(q: dict[str, Any]) -> dict[str, Any]:
    """The synced keys of one property, from one registry parameter."""
    kind, required = q["type"], bool(q.get("required"))
    prop: dict[str, Any] = {}
    config = False
    if kind == "LIST":
        values = [o["value"] for o in q.get("options", []) if o["value"] != EMPTY]
        typ = _value_type(values)
        if q.get("payload_as_list"):
            prop["type"] = "array"
            prop["items"] = {"type": typ, "enum": values}
        else:
            prop["type"] = typ
            prop["enum"] = values
        config = True
    elif kind in ("INT", "FLOAT"):
        typ = "integer" if kind == "INT" else "number"
        prop["type"] = typ
        for src, dst in (("min", "minimum"), ("max", "maximum")):
            if q.get(src) is not None:
                prop[dst] = _number(q[src], typ)
        config = True
    elif kind == "BOOLEAN":
        prop["type"] = "boolean"
        config = True
    elif kind in MEDIA:
        many = bool(q.get("multipleInputs")) and (q.get("maxInputNum") or 1) > 1
        if many:
            prop["type"] = "array"
            prop["items"] = {"type": "string"}
            prop["maxItems"] = q["maxInputNum"]
        else:
            prop["type"] = "string"
        media: dict[str, Any] = {"kind": MEDIA[kind]}
        if q.get("accept"):
            media["formats"] = [f.lower() for f in json.loads(q["accept"])]
        if q.get("maxSize") is not None:
            media["maxSizeMB"] = q["maxSize"]
        prop["x-runninghub-media"] = media
    elif q.get("multipleInputs"):  # a list of texts (e.g. pronunciation_dict)
        prop["type"] = "array"
        prop["items"] = {"type": "string"}
        if q.get("maxInputNum") is not None:
            prop["maxItems"] = q["maxInputNum"]
    else:  # STRING and anything new: free text
        prop["type"] = "string"
        if q.get("maxLength") is not None:
            prop["maxLength"] = q["maxLength"]
    if kind in ("INT", "FLOAT") and q.get("step") is not None:
        prop["x-runninghub-step"] = _number(q["step"], prop["type"])
    default = q.get("defaultValue")
    if kind == "LIST" and not required and any(o["value"] == EMPTY for o in q.get("options", [])):
        # "empty" means the node leaves the field out, and the server then does something else
        # (seedream-v5-pro: width x height instead of resolution): its preselection is no server default
        default = None
    if config and default is not None and default != EMPTY:
        default = _typed_default(prop, default)
        if default is not None:
            prop["x-runninghub-default" if required else "default"] = default
    extras = _registry_extras(q, PARAM_KEYS)
    if "payload_as_prompt_suffix" in extras:  # the node's prompt templates are UI text: keep the facts
        extras["payload_as_prompt_suffix"] = {
            k: v for k, v in extras["payload_as_prompt_suffix"].items() if not k.startswith("templates")
        }
    if extras:
        prop["x-runninghub-registry"] = extras
    return prop


def _value_type(values: list[Any]) -> str:
    """The JSON type of a list's option values: most are strings, a few lists offer numbers."""
    if values and all(isinstance(v, bool) for v in values):
        return "boolean"
    if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "integer"
    if values and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return "number"
    return "string"


def _typed_default(prop: dict[str, Any], value: Any) -> Any:
    """The registry default as the property's type, or None where it does not fit."""
    typ = prop["type"]
    if "enum" in prop:
        return value if value in prop["enum"] else None
    if typ == "array":
        allowed = prop["items"]["enum"]
        values = value if isinstance(value, list) else [value]
        return values if all(v in allowed for v in values) else None
    if typ == "boolean":
        if isinstance(value, bool):
            return value
        return {"true": True, "false": False}.get(str(value).lower())
    try:
        number = float(value) if not isinstance(value, (int, float)) or isinstance(value, bool) else value
    except (TypeError, ValueError):
        return None
    if typ == "integer":
        return int(number) if float(number).is_integer() else None
    return float(number)


def convert_params(entry: dict[str, Any]) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """(properties by name, required names) from a registry entry, in the registry's order."""
    props = {q["fieldKey"]: convert_param(q) for q in entry.get("params", [])}
    required = [q["fieldKey"] for q in entry.get("params", []) if q.get("required")]
    return props, required


# --------------------------------------------------------------------------- spec files
@dataclass
class ModelFile:
    path: Path
    doc: dict[str, Any]
    api_path: str
    schema_name: str

    @property
    def op(self) -> dict[str, Any]:
        result: dict[str, Any] = self.doc["paths"][self.api_path]["post"]
        return result

    @property
    def schema(self) -> dict[str, Any]:
        result: dict[str, Any] = self.doc["components"]["schemas"][self.schema_name]
        return result


def read_model_files(spec_dir: Path) -> dict[str, ModelFile]:
    out = {}
    for file in sorted((spec_dir / "models").rglob("*.yaml")):
        doc = bundler.load_yaml(file)
        for model in bundler.model_operations(doc):  # the one rule, as the bundler reads it
            if model.request_schema_name is None:
                raise ValueError(f"{file}: {model.path}: the request body schema is not a $ref")
            out[model.path] = ModelFile(file, doc, model.path, model.request_schema_name)
    return out


class _NoAliasDumper(yaml.SafeDumper):  # type: ignore[misc]
    """Writes a value used twice in full, never as a YAML anchor and alias."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump_model_file(mf: ModelFile) -> str:
    body = str(yaml.dump(mf.doc, Dumper=_NoAliasDumper, sort_keys=False, allow_unicode=True, width=100))
    return HEADER.format(name=mf.op["x-runninghub-model"]) + body


def deviations(op: dict[str, Any]) -> dict[str, str]:
    out = {}
    for item in op.get("x-runninghub-registry-deviations", []):
        key, _, reason = item.partition(":")
        out[key.strip()] = reason.strip()
    return out


def from_registry(op: dict[str, Any]) -> bool:
    return "registry" in op.get("x-runninghub-source", "")


def labels_from(files: dict[str, ModelFile]) -> dict[str, str]:
    """A short label per field name, as the spec's existing files most often describe it (a tie
    goes to the alphabetically first), for the parameters of new models."""
    seen: dict[str, dict[str, int]] = {}
    for mf in files.values():
        for name, prop in mf.schema.get("properties", {}).items():
            text = prop.get("description")
            if isinstance(text, str) and text and text != name and "##" not in name:
                counts = seen.setdefault(name, {})
                counts[text] = counts.get(text, 0) + 1
    return {name: min(counts, key=lambda t: (-counts[t], t)) for name, counts in seen.items()}


def _merge_prop(
    old: dict[str, Any] | None, new: dict[str, Any], reg: Registry, name: str, labels: dict[str, str] | None = None
) -> dict[str, Any]:
    """The synced keys from `new`, every other key of `old` kept, in a stable key order."""
    old = old or {}
    synced = dict(new)
    keep_list = reg.omits("payload_as_list") and old.get("type") == "array" and "enum" in (old.get("items") or {})
    if keep_list and "enum" in synced:  # the public format cannot say "sent as a list": keep the spec's list
        values = synced.pop("enum")
        synced.update(type="array", items={"type": "string", "enum": values})
        for key in ("default", "x-runninghub-default"):
            if key in synced and not isinstance(synced[key], list):
                synced[key] = [synced[key]]
    kept_registry = {k: v for k, v in (old.get("x-runninghub-registry") or {}).items() if reg.omits(k)}
    if kept_registry:
        merged = {**kept_registry, **synced.get("x-runninghub-registry", {})}
        synced["x-runninghub-registry"] = {k: merged[k] for k in PARAM_KEYS if k in merged}
    out: dict[str, Any] = {}
    for key in ("type", "items", "enum", "minimum", "maximum", "maxLength", "maxItems"):
        if key in synced:
            out[key] = synced[key]
    out["description"] = old.get("description") or LABELS.get(name) or (labels or {}).get(name) or name
    for key in SYNCED_PROP_KEYS:
        if key in synced and key not in out:
            out[key] = synced[key]
    for key, value in old.items():
        if key not in SYNCED_PROP_KEYS and key not in out:
            out[key] = value
    return out


def sync_model(mf: ModelFile, entry: dict[str, Any], reg: Registry, labels: dict[str, str] | None = None) -> None:
    """Rewrite the synced parts of one existing model file from its registry entry."""
    op, schema = mf.op, mf.schema
    dev = deviations(op)
    if "*" in dev:
        return
    op["x-runninghub-output-type"] = entry["output_type"]
    _set_model_registry_keys(op, entry, reg)
    new_props, new_required = convert_params(entry)
    old_props = schema.get("properties", {})
    old_required = schema.get("required", [])
    props: dict[str, Any] = {}
    for name, new in new_props.items():
        props[name] = (
            old_props[name]
            if name in dev and name in old_props
            else _merge_prop(old_props.get(name), new, reg, name, labels)
        )
    for name, prop in old_props.items():  # deliberate extras the registry lacks
        if name in dev and name not in props and name != "webhookUrl":
            props[name] = prop
    props["webhookUrl"] = old_props.get("webhookUrl", {"$ref": "#/components/schemas/WebhookUrl"})
    required = [n for n in new_required if n not in dev]
    required += [n for n in old_required if n in dev and n in props and n not in required]
    rebuilt = {k: v for k, v in schema.items() if k not in ("required", "properties")}
    if required:
        rebuilt["required"] = required
    rebuilt["properties"] = props
    schema.clear()
    schema.update(_ordered_schema(rebuilt))


def _ordered_schema(schema: dict[str, Any]) -> dict[str, Any]:
    order = ("type", "description", "required", "properties")
    return {**{k: schema[k] for k in order if k in schema}, **{k: v for k, v in schema.items() if k not in order}}


def _set_model_registry_keys(op: dict[str, Any], entry: dict[str, Any], reg: Registry) -> None:
    keys = {k: v for k, v in (op.get("x-runninghub-registry") or {}).items() if reg.omits(k)}
    keys.update(_registry_extras(entry, MODEL_KEYS))
    if keys:
        op["x-runninghub-registry"] = dict(sorted(keys.items()))
    else:
        op.pop("x-runninghub-registry", None)


def delist(mf: ModelFile, reg: Registry) -> bool:
    """Mark a model the registry no longer lists as deprecated; True if the file changed."""
    op = mf.op
    if op.get("deprecated"):  # already deprecated (by hand or by an earlier sync): leave it
        return False
    op["deprecated"] = True
    op["x-runninghub-notes"] = [
        *op.get("x-runninghub-notes", []),
        f"not in the official model registry of {reg.label}: delisted by RunningHub",
    ]
    _reorder_op(op)
    return True


OP_ORDER = (
    "operationId",
    "summary",
    "description",
    "deprecated",
    "tags",
    "x-runninghub-model",
    "x-runninghub-aliases",
    "x-runninghub-name-cn",
    "x-runninghub-category",
    "x-runninghub-output-type",
    "x-runninghub-source",
)


def _reorder_op(op: dict[str, Any]) -> None:
    tail = ("requestBody", "responses")
    ordered = {k: op[k] for k in OP_ORDER if k in op}
    ordered.update({k: v for k, v in op.items() if k not in ordered and k not in tail})
    ordered.update({k: op[k] for k in tail if k in op})
    op.clear()
    op.update(ordered)


# --------------------------------------------------------------------------- new models
def category(entry: dict[str, Any]) -> str:
    """The spec's `x-runninghub-category` for a model new to the spec, from its endpoint words,
    output type and input media kinds (the first rule that matches)."""
    out, ep = entry["output_type"], entry["endpoint"].lower()
    kinds = {MEDIA[q["type"]] for q in entry.get("params", []) if q["type"] in MEDIA}
    by_word = {
        "video": [
            ("text-to-video", "video/text-to-video"),
            ("start-end", "video/image-to-video"),
            ("image-to-video", "video/image-to-video"),
            ("reference", "video/reference-to-video"),
            ("multimodal", "video/reference-to-video"),
            ("lip-sync", "video/audio-to-video"),
            ("motion", "video/motion-control"),
            ("extend", "video/video-extend"),
            ("edit", "video/video-edit"),
            ("effect", "video/video-effects"),
        ],
        "image": [
            ("text-to-image", "image/text-to-image"),
            ("upscale", "image/image-tools"),
            ("gigapixel", "image/image-tools"),
            ("enhance", "image/image-tools"),
            ("remove", "image/image-tools"),
            ("edit", "image/image-to-image"),
            ("image-to-image", "image/image-to-image"),
        ],
        "string": [
            ("tts", "audio/text-to-audio"),
            ("lyrics", "audio/text-to-lyrics"),
            ("song", "audio/text-to-music"),
            ("bgm", "audio/text-to-music"),
            ("instrumental", "audio/text-to-music"),
            ("vocal", "audio/text-to-music"),
        ],
        "audio": [("music", "audio/text-to-music"), ("song", "audio/text-to-music"), ("cover", "audio/text-to-music")],
    }
    for word, cat in by_word.get(out, []):
        if word in ep:
            return cat
    if out == "video":
        if "video" in kinds:
            return "video/video-tools"
        if "audio" in kinds:
            return "video/audio-to-video"
        return "video/image-to-video" if "image" in kinds else "video/text-to-video"
    if out == "image":
        return "image/image-to-image" if "image" in kinds else "image/text-to-image"
    if out == "audio":
        return "audio/text-to-audio"
    if out == "3d":
        return "3d/image-to-3d" if "image" in kinds else "3d/text-to-3d"
    if out == "string":
        for kind in ("video", "image", "audio"):
            if kind in kinds:
                return f"text/{kind}-to-text"
        return "text/text-to-text"
    return "other"


def sibling_tags(files: dict[str, ModelFile]) -> dict[str, str]:
    """The tag the spec already uses for each first path segment (the vendor), where it is one."""
    seen: dict[str, set[str]] = {}
    for path, mf in files.items():
        seen.setdefault(path[len(V2) :].split("/", 1)[0], set()).update(mf.op.get("tags", []))
    return {segment: next(iter(tags)) for segment, tags in seen.items() if len(tags) == 1}


def tag_of(entry: dict[str, Any], siblings: dict[str, str] | None = None) -> str:
    """The tag of a new model: that of the spec's models under the same first path segment,
    else the registry's vendor category."""
    segment = api_path(entry["endpoint"])[len(V2) :].split("/", 1)[0]
    if siblings and segment in siblings:
        return siblings[segment]
    cat = entry.get("category", "")
    return TAG_OF_CATEGORY.get(cat) or cat.rsplit("/", 1)[-1].strip().lower().replace(" ", "-") or "other"


def model_name(entry: dict[str, Any]) -> tuple[str, list[str]]:
    """(x-runninghub-model, aliases): the registry's English name where it is a path-like docs
    name, else the endpoint with that name as an alias."""
    name, endpoint = entry.get("name_en", "").strip(), entry["endpoint"]
    if name and " " not in name:
        return name, []
    return endpoint, [name] if name and name != endpoint else []


def new_model_file(
    spec_dir: Path, entry: dict[str, Any], reg: Registry, siblings: dict[str, str], labels: dict[str, str]
) -> ModelFile:
    path = api_path(entry["endpoint"])
    endpoint = path[len(V2) :]
    name, aliases = model_name(entry)
    cat = category(entry)
    schema_name = bundler.class_name(endpoint) + "Request"
    op: dict[str, Any] = {
        "operationId": bundler.python_identifier(endpoint),
        "summary": name,
        "description": f"Submit a task ({cat}, {entry['output_type']} output). The reply carries the task id;"
        " poll `POST /openapi/v2/query` for the result.",
        "tags": [tag_of(entry, siblings)],
        "x-runninghub-model": name,
    }
    if aliases:
        op["x-runninghub-aliases"] = aliases
    op.update(
        {
            "x-runninghub-category": cat,
            "x-runninghub-output-type": entry["output_type"],
            "x-runninghub-source": f"path and parameters from the official model registry ({reg.label})",
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema_name}"}}},
            },
            "responses": {
                "200": {"$ref": "#/components/responses/TaskSubmitted"},
                "default": {"$ref": "#/components/responses/V2Error"},
            },
        }
    )
    schema = {"type": "object", "description": f"Request body of {name}."}
    doc = {"paths": {path: {"post": op}}, "components": {"schemas": {schema_name: schema}}}
    mf = ModelFile(spec_dir / "models" / tag_of(entry, siblings) / f"{endpoint}.yaml", doc, path, schema_name)
    if entry.get("name_cn"):
        op["x-runninghub-name-cn"] = entry["name_cn"].strip()
    sync_model(mf, entry, reg, labels)
    _reorder_op(op)
    return mf


def _add_registry_name(op: dict[str, Any], entry: dict[str, Any], names: set[str]) -> None:
    """A renamed model keeps its name and gains the registry's new one as an alias."""
    name = entry.get("name_en", "").strip()
    if name and name not in names:
        op["x-runninghub-aliases"] = [*op.get("x-runninghub-aliases", []), name]
        names.add(name)
        _reorder_op(op)


# --------------------------------------------------------------------------- the run
@dataclass
class Report:
    added: list[str] = field(default_factory=list)
    deprecated: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: int = 0


def sync(spec_dir: Path, reg: Registry, *, write: bool = True) -> Report:
    """Bring spec_dir/models in line with `reg`; returns what changed (files written if `write`)."""
    files = read_model_files(spec_dir)
    siblings = sibling_tags(files)
    labels = labels_from(files)
    names = {n for mf in files.values() for n in (mf.op["x-runninghub-model"], *mf.op.get("x-runninghub-aliases", []))}
    report = Report()
    outputs: dict[Path, str] = {}
    for path, entry in sorted(reg.entries.items()):
        mf = files.get(path)
        if mf is None:
            mf = new_model_file(spec_dir, entry, reg, siblings, labels)
            report.added.append(path[len(V2) :])
            outputs[mf.path] = dump_model_file(mf)
            continue
        before = copy.deepcopy(mf.doc)
        if from_registry(mf.op):
            sync_model(mf, entry, reg, labels)
            _add_registry_name(mf.op, entry, names)
        if mf.doc != before:
            report.changed.append(path[len(V2) :])
            outputs[mf.path] = dump_model_file(mf)
        else:
            report.unchanged += 1
    for path, mf in sorted(files.items()):
        if path not in reg.entries and from_registry(mf.op) and delist(mf, reg):
            report.deprecated.append(path[len(V2) :])
            outputs[mf.path] = dump_model_file(mf)
    if write:
        for file, text in sorted(outputs.items()):
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_text(text, encoding="utf-8")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--registry", type=Path, required=True, help="an official registry, either format")
    parser.add_argument("--label", help="the registry's date or version, for notes (default: its version)")
    parser.add_argument("--spec", type=Path, default=bundler.SPEC, help="the spec directory (default: spec/)")
    parser.add_argument("--dry-run", action="store_true", help="report, write nothing")
    args = parser.parse_args(argv)
    reg = load_registry(args.registry, args.label)
    report = sync(args.spec, reg, write=not args.dry_run)
    kind = "public" if reg.public else "internal"
    print(
        f"{args.registry.name} ({kind} format, {reg.label}, {len(reg.entries)} models): "
        f"{len(report.added)} added, {len(report.deprecated)} deprecated, {len(report.changed)} changed, "
        f"{report.unchanged} unchanged"
    )
    for label, items in (("added", report.added), ("deprecated", report.deprecated), ("changed", report.changed)):
        for item in items:
            print(f"  {label:10} {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
