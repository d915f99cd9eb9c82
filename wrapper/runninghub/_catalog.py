"""The model catalog, read from the bundled spec, and the checks made before a submit.

Nothing here is declared by hand: models, parameters, enums, ranges and media limits all come
from `generated/openapi.json` (the `x-runninghub-*` extensions and the request schemas).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import IO, Any

from . import _routes
from ._errors import InvalidParamsError
from ._spec import load_spec, model_operations
from ._wire import MODEL_WEBHOOK

MB = 1024 * 1024
# The schema keywords of a model's request fields that `prepare_params` checks before a submit;
# a keyword outside these and UNCHECKED_KEYWORDS fails tests/test_validator_keywords.py, so a new
# constraint in the spec cannot be ignored silently.
CHECKED_KEYWORDS = frozenset(
    {"type", "enum", "minimum", "maximum", "minLength", "maxLength", "maxItems", "items", "x-runninghub-media"}
)
CHECKED_ITEM_KEYWORDS = frozenset({"type", "enum"})
UNCHECKED_KEYWORDS = {
    "description": "documentation",
    "default": "the server's default when the field is left out; never sent",
    "x-runninghub-default": "filled in when left out (`_param`), not a constraint",
    "x-runninghub-step": "the registry's slider step; RunningHub is not known to refuse other values",
    "x-runninghub-registry": "the official registry's raw facts, kept for the sync tool",
    "x-runninghub-note": "documentation",
    "x-runninghub-node-field": "where the field lands in the model's workflow; documentation",
}
# Aliases between file extensions that name the same format.
_SAME_FORMAT = {"jpeg": "jpg", "tif": "tiff", "htm": "html", "mpeg": "mp3", "m4v": "mp4", "qt": "mov"}


@dataclass(frozen=True)
class Media:
    """What a media parameter accepts: `kind` (image, video, audio), `formats` (lower-case
    extensions; empty means not stated) and `max_size_mb` (None means not stated)."""

    kind: str
    formats: tuple[str, ...] = ()
    max_size_mb: float | None = None


@dataclass(frozen=True)
class Param:
    """One request field of a model, as the spec declares it."""

    name: str
    type: str
    required: bool
    description: str = ""
    enum: tuple[Any, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    max_items: int | None = None
    item_type: str | None = None
    item_enum: tuple[Any, ...] | None = None
    default: Any = None
    has_default: bool = False
    fill_value: Any = None
    has_fill_value: bool = False
    media: Media | None = None

    def describe_allowed(self) -> str:
        """What values are accepted, in words, for error messages and `models show`."""
        if self.enum is not None:
            return "one of " + ", ".join(repr(v) for v in self.enum)
        if self.item_enum is not None:
            return "a list of " + ", ".join(repr(v) for v in self.item_enum)
        parts = [f"a{'n' if self.type[0] in 'aeiou' else ''} {self.type}"]
        if self.minimum is not None or self.maximum is not None:
            parts.append(
                f"from {self.minimum if self.minimum is not None else '-inf'} to "
                f"{self.maximum if self.maximum is not None else 'inf'}"
            )
        if self.max_length is not None:
            parts.append(f"at most {self.max_length} characters")
        if self.max_items is not None:
            parts.append(f"at most {self.max_items} items")
        if self.media:
            parts.append(f"{self.media.kind} URL, or a local file (Path, bytes, binary file) to upload")
        return ", ".join(parts)


@dataclass(frozen=True)
class Model:
    """One model endpoint: `name` (as RunningHub's docs list it), `endpoint` (the path after
    /openapi/v2/), `aliases`, `category`, `output_type`, `params`."""

    name: str
    endpoint: str
    operation_id: str
    category: str
    output_type: str
    aliases: tuple[str, ...] = ()
    deprecated: bool = False
    description: str = ""
    notes: tuple[str, ...] = field(default=(), repr=False)
    registry: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """The official registry's model-level keys (`x-runninghub-registry`): extra_outputs,
    asset modes, size_constraints."""
    schema: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """The request schema in the spec (its parameters are built from it on first use)."""
    schemas: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def path(self) -> str:
        return _routes.model_prefix() + self.endpoint

    @cached_property
    def params(self) -> tuple[Param, ...]:
        """Every request field except the webhook URL (MODEL_WEBHOOK), in the spec's order."""
        required = set(self.schema.get("required", []))
        return tuple(
            _param(
                name, prop if "$ref" not in prop else self.schemas[prop["$ref"].rsplit("/", 1)[-1]], name in required
            )
            for name, prop in self.schema.get("properties", {}).items()
            if name != MODEL_WEBHOOK
        )

    @cached_property
    def param_map(self) -> dict[str, Param]:
        return {p.name: p for p in self.params}

    @property
    def required(self) -> list[str]:
        return [p.name for p in self.params if p.required and not p.has_fill_value]


def is_config_value(schema: Mapping[str, Any]) -> bool:
    """An enum (or a list of enum values), a boolean or a number: the kinds of field whose
    preselected value `x-runninghub-default` may fill in."""
    if "x-runninghub-media" in schema:
        return False
    if "enum" in schema or "enum" in (schema.get("items") or {}):
        return True
    typ = schema.get("type")
    types = set(typ) if isinstance(typ, list) else {typ}
    return bool(types - {"null"}) and types - {"null"} <= {"boolean", "integer", "number"}


def _param(name: str, schema: Mapping[str, Any], required: bool) -> Param:
    media = schema.get("x-runninghub-media")
    items = schema.get("items") or {}
    typ = schema.get("type", "string")
    if isinstance(typ, list):
        typ = next((t for t in typ if t != "null"), "string")
    # Only a configuration value is ever filled in: never free text, an id, a URL or media,
    # even if a spec file marks one (a sample prompt sent as if the user chose it costs money).
    fillable = "x-runninghub-default" in schema and is_config_value(schema)
    return Param(
        name=name,
        type=typ,
        required=required,
        description=schema.get("description", ""),
        enum=tuple(schema["enum"]) if "enum" in schema else None,
        minimum=schema.get("minimum"),
        maximum=schema.get("maximum"),
        min_length=schema.get("minLength"),
        max_length=schema.get("maxLength"),
        max_items=schema.get("maxItems"),
        item_type=items.get("type"),
        item_enum=tuple(items["enum"]) if "enum" in items else None,
        default=schema.get("default"),
        has_default="default" in schema,
        fill_value=schema.get("x-runninghub-default") if fillable else None,
        has_fill_value=fillable,
        media=Media(
            kind=media["kind"],
            formats=tuple(_SAME_FORMAT.get(f, f) for f in media.get("formats", ())),
            max_size_mb=media.get("maxSizeMB"),
        )
        if media
        else None,
    )


class Catalog:
    """Every model in the spec, looked up by name, alias or endpoint path."""

    def __init__(self, spec: Mapping[str, Any] | None = None) -> None:
        spec = spec if spec is not None else load_spec()
        schemas = spec.get("components", {}).get("schemas", {})
        models: list[Model] = []
        prefix = _routes.model_prefix()
        for op in model_operations(spec):
            if not op.path.startswith(prefix):  # the bundler refuses such a spec; a hand-made one is wrong too
                raise ValueError(f"{op.operation_id}: a model operation outside {prefix}: {op.path}")
            models.append(
                Model(
                    name=op.model,
                    endpoint=op.path[len(prefix) :],
                    operation_id=op.operation_id,
                    category=op.category,
                    output_type=op.output_type,
                    aliases=op.aliases,
                    deprecated=op.deprecated,
                    description=op.operation.get("description", ""),
                    notes=tuple(op.operation.get("x-runninghub-notes", ())),
                    registry=op.operation.get("x-runninghub-registry", {}),
                    schema=op.request_schema or {},
                    schemas=schemas,
                )
            )
        models.sort(key=lambda m: m.name.casefold())
        self._models = models
        self._index: dict[str, Model] = {}
        for m in models:
            for key in (m.name, *m.aliases, m.endpoint, m.path):
                self._index.setdefault(key, m)
                self._index.setdefault(key.casefold(), m)

    def __iter__(self) -> Iterator[Model]:
        return iter(self._models)

    def __len__(self) -> int:
        return len(self._models)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self._lookup(name) is not None

    def _lookup(self, name: str) -> Model | None:
        key = name.strip()
        return self._index.get(key) or self._index.get(key.strip("/")) or self._index.get(key.casefold())

    def get(self, name: str) -> Model:
        """The model named `name` (docs name, alias, or endpoint path); InvalidParamsError if
        there is none, with the closest names."""
        model = self._lookup(name)
        if model is None:
            close = self.suggest(name)
            hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
            raise InvalidParamsError(
                f"unknown model {name!r}{hint} (`runninghub models` lists all {len(self)})", field=None, model=name
            )
        return model

    def suggest(self, name: str, n: int = 3) -> list[str]:
        """The docs names closest to a mistyped `name`, best first. Docs names and aliases (what
        people type) are compared, and so are endpoint paths, but the answer is always a docs name."""
        import difflib  # only for mistakes: not on every client's path

        typed = name.strip()
        path = typed.strip("/").removeprefix(_routes.model_prefix().strip("/")).strip("/")
        scored: list[tuple[float, str]] = []
        for m in self._models:
            best = max(difflib.SequenceMatcher(None, typed, key).ratio() for key in (m.name, *m.aliases))
            best = max(best, difflib.SequenceMatcher(None, path, m.endpoint).ratio() - 0.01)  # names win ties
            if best >= 0.6:  # difflib.get_close_matches' default cutoff
                scored.append((best, m.name))
        scored.sort(key=lambda s: -s[0])
        return list(dict.fromkeys(docs_name for _, docs_name in scored))[:n]

    def search(self, text: str = "", *, category: str | None = None, output_type: str | None = None) -> list[Model]:
        text = text.casefold()
        return [
            m
            for m in self._models
            if (
                not text
                or text in m.name.casefold()
                or text in m.endpoint.casefold()
                or any(text in a.casefold() for a in m.aliases)
            )
            and (category is None or m.category == category or m.category.startswith(category + "/"))
            and (output_type is None or m.output_type == output_type)
        ]

    @property
    def categories(self) -> list[str]:
        return sorted({m.category for m in self._models})


# --------------------------------------------------------------------------- validation
def is_local_file(value: Any) -> bool:
    """A value the client uploads first: a Path, bytes, or an open binary file."""
    return isinstance(value, (os.PathLike, bytes, bytearray, memoryview)) or (
        hasattr(value, "read") and not isinstance(value, str)
    )


def _type_ok(value: Any, typ: str | None) -> bool:
    if typ == "string":
        return isinstance(value, str)
    if typ == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if typ == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if typ == "boolean":
        return isinstance(value, bool)
    if typ == "array":
        return isinstance(value, (list, tuple))
    if typ == "object":
        return isinstance(value, Mapping)
    return True


def _sniff(head: bytes) -> str | None:
    """The format of a file from its first bytes, for the common media formats."""
    signatures = [
        (b"\x89PNG\r\n\x1a\n", "png"),
        (b"\xff\xd8\xff", "jpg"),
        (b"GIF8", "gif"),
        (b"BM", "bmp"),
        (b"fLaC", "flac"),
        (b"OggS", "ogg"),
        (b"ID3", "mp3"),
        (b"\x1a\x45\xdf\xa3", "mkv"),
        (b"glTF", "glb"),
        (b"PK\x03\x04", "zip"),
    ]
    for sig, fmt in signatures:
        if head.startswith(sig):
            return fmt
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return "avi"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        return "mov" if brand == b"qt  " else ("m4a" if brand in (b"M4A ", b"M4B ") else "mp4")
    if len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        return "mp3"
    return None


def local_file_facts(value: Any) -> tuple[int | None, str | None, str | None]:
    """(size in bytes, format, file name) of a local file value, without reading it all."""
    if isinstance(value, os.PathLike):
        path = Path(value)
        if not path.is_file():
            raise FileNotFoundError(f"no such file: {path}")
        with path.open("rb") as fh:
            head = fh.read(16)
        suffix = path.suffix.lower().lstrip(".")
        fmt = _sniff(head) or (_SAME_FORMAT.get(suffix, suffix) or None)
        return path.stat().st_size, fmt, path.name
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value[:16])
        return len(value), _sniff(data), None
    f: IO[bytes] = value
    name = getattr(f, "name", None)
    size = None
    fmt = None
    try:
        pos = f.tell()
        head = f.read(16)
        f.seek(0, os.SEEK_END)
        size = f.tell() - pos
        f.seek(pos)
        fmt = _sniff(head)
    except (OSError, AttributeError, ValueError):
        pass
    if fmt is None and isinstance(name, str) and "." in name:
        suffix = name.rsplit(".", 1)[-1].lower()
        fmt = _SAME_FORMAT.get(suffix, suffix)
    return size, fmt, Path(name).name if isinstance(name, str) else None


def _check_media(model: Model, param: Param, value: Any) -> None:
    assert param.media is not None
    try:
        size, fmt, _ = local_file_facts(value)
    except FileNotFoundError as exc:
        raise InvalidParamsError(f"{param.name}: {exc}", field=param.name, model=model.name) from None
    media = param.media
    if media.max_size_mb is not None and size is not None and size > media.max_size_mb * MB:
        raise InvalidParamsError(
            f"{param.name}: the file is {size / MB:.1f} MB; {model.name} accepts at most {media.max_size_mb:g} MB",
            field=param.name,
            allowed=f"at most {media.max_size_mb:g} MB",
            model=model.name,
        )
    if media.formats and fmt is not None and fmt not in media.formats:
        raise InvalidParamsError(
            f"{param.name}: a {fmt} file is not accepted by {model.name}; allowed formats: {', '.join(media.formats)}",
            field=param.name,
            allowed=list(media.formats),
            model=model.name,
        )


def _check_value(model: Model, p: Param, value: Any) -> None:
    def fail(problem: str) -> InvalidParamsError:
        return InvalidParamsError(
            f"{p.name}: {problem}; {model.name} accepts {p.describe_allowed()}",
            field=p.name,
            allowed=list(p.enum) if p.enum is not None else p.describe_allowed(),
            model=model.name,
        )

    if p.media is not None:
        values = list(value) if p.type == "array" and isinstance(value, (list, tuple)) else [value]
        if p.type == "array" and not isinstance(value, (list, tuple)):
            raise fail(f"expected a list, got {type(value).__name__}")
        if p.max_items is not None and len(values) > p.max_items:
            raise fail(f"{len(values)} items given")
        for v in values:
            if is_local_file(v):
                _check_media(model, p, v)
            elif not isinstance(v, str):
                raise fail(f"got {type(v).__name__} {v!r}")
        return
    if not _type_ok(value, p.type):
        raise fail(f"expected {p.type}, got {type(value).__name__} {value!r}")
    if p.enum is not None and value not in p.enum:
        raise fail(f"{value!r} is not allowed")
    if p.type in ("integer", "number"):
        if p.minimum is not None and value < p.minimum:
            raise fail(f"{value!r} is below the minimum {p.minimum}")
        if p.maximum is not None and value > p.maximum:
            raise fail(f"{value!r} is above the maximum {p.maximum}")
    if p.type == "string":
        if p.max_length is not None and len(value) > p.max_length:
            raise fail(f"{len(value)} characters is too long")
        if p.min_length is not None and len(value) < p.min_length:
            raise fail(f"{len(value)} characters is too short")
    if p.type == "array":
        if p.max_items is not None and len(value) > p.max_items:
            raise fail(f"{len(value)} items given")
        for item in value:
            if not _type_ok(item, p.item_type) or (p.item_enum is not None and item not in p.item_enum):
                raise fail(f"item {item!r} is not allowed")


def prepare_params(model: Model, params: Mapping[str, Any]) -> dict[str, Any]:
    """Check `params` against the model's schema and fill in RunningHub's preselected values
    (`x-runninghub-default`: enum, boolean and number fields only) for fields left out. A missing
    required field of any other kind (text, ids, URLs, media) raises InvalidParamsError naming
    it; nothing is sent."""
    out: dict[str, Any] = {}
    known = model.param_map
    for name, value in params.items():
        if name == MODEL_WEBHOOK:
            if value is not None and not isinstance(value, str):
                raise InvalidParamsError(f"{name}: expected a URL string", field=name, model=model.name)
            if value is not None:
                out[name] = value
            continue
        p = known.get(name)
        if p is None:
            import difflib

            close = difflib.get_close_matches(name, list(known), n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise InvalidParamsError(
                f"{name}: {model.name} has no such field; {hint}fields: {', '.join(known) or '(none)'}",
                field=name,
                allowed=list(known),
                model=model.name,
            )
        if value is None:
            if p.required and not p.has_fill_value:
                raise InvalidParamsError(f"{name}: required, got None", field=name, model=model.name)
            continue
        _check_value(model, p, value)
        out[name] = value
    for p in model.params:
        if p.name in out:
            continue
        if p.has_fill_value:
            out[p.name] = p.fill_value
        elif p.required:
            raise InvalidParamsError(
                f"{p.name}: required by {model.name}, which accepts {p.describe_allowed()}",
                field=p.name,
                allowed=list(p.enum) if p.enum is not None else p.describe_allowed(),
                model=model.name,
            )
    if "size_constraints" in model.registry:
        _check_size(model, model.registry["size_constraints"], out)
    return out


def _check_size(model: Model, rule: Mapping[str, Any], body: Mapping[str, Any]) -> None:
    """The registry's size_constraints: width x height within a pixel count and aspect-ratio range.
    They apply when the gate field (e.g. resolution, which takes precedence) is left out."""
    wf, hf = rule.get("width_field", "width"), rule.get("height_field", "height")
    gate = rule.get("gate_field")
    if gate and body.get(gate, rule.get("gate_omit_value")) != rule.get("gate_omit_value"):
        return
    width, height = body.get(wf), body.get(hf)
    if not isinstance(width, (int, float)) or not isinstance(height, (int, float)) or height <= 0:
        return
    pixels, ratio = width * height, width / height
    low, high = rule.get("min_total_pixels"), rule.get("max_total_pixels")
    if (low is not None and pixels < low) or (high is not None and pixels > high):
        allowed = f"width x height from {low} to {high} pixels"
    elif not rule.get("min_aspect_ratio", 0) <= ratio <= rule.get("max_aspect_ratio", float("inf")):
        allowed = f"width / height from {rule.get('min_aspect_ratio')} to {rule.get('max_aspect_ratio')}"
    else:
        return
    raise InvalidParamsError(
        f"{wf}, {hf}: {width} x {height} is outside {model.name}'s limits; it accepts {allowed}",
        field=wf,
        allowed=allowed,
        model=model.name,
    )
