"""Regenerate everything in generated/ from spec/.

1. bundle spec/ into generated/openapi.json (checked, sorted, the same bytes on every run);
2. openapi-python-client (attrs + httpx) into generated/runninghub_api/, with the templates in
   generator/templates/: lazy package and models/__init__, and every endpoint module's route as
   data (OPERATION_ID, METHOD, PATH, AUTH, KEY_FIELD; the same in api/__init__.py's ROUTES), read
   from a route table this script writes beside them for the run (`route_table`);
   generated/runninghub_api/wire.py: the JSON keys of every platform schema, named by the
   generated models' attribute names (generator/wire_keys.py, checked against those models);
3. datamodel-code-generator: one TypedDict per model request into
   generated/runninghub_api/params.py;
4. generated/runninghub_api/overloads.py: per-model typed signatures of the wrapper's `submit`
   and `run` (Protocols over the TypedDicts, keyed by model name and endpoint path);
5. a py.typed marker;
6. the TypeScript client into generated/typescript/: openapi-typescript types (schema.ts), the
   model table (models.ts) and the openapi-fetch client (index.ts, from
   generator/templates/typescript/), type-checked with `tsc --strict` before it is replaced. The
   node tools are the pinned ones in generator/package.json (`npm ci --prefix generator`).

Any warning from either generator, a missing formatter, or a spec check failing is an error.
Run it through `make generate`, with the pinned versions from pyproject.toml (extra "codegen").
`--python-only` skips the TypeScript client (used by tests on a scratch copy of spec/ + generator/).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bundle as bundler
import unasync
import wire_keys
import wire_tables

ROOT = bundler.ROOT
GENERATED = ROOT / "generated"
PACKAGE = "runninghub_api"
OUT = GENERATED / PACKAGE
HERE = Path(__file__).resolve().parent
PINNED = {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.6"}
NODE_MODULES = HERE / "node_modules"
TS_OUT = GENERATED / "typescript"
TS_TEMPLATE = HERE / "templates" / "typescript" / "index.ts"
TS_PINNED = ("openapi-typescript", "openapi-fetch", "typescript")  # versions in generator/package.json


class GenerationError(Exception):
    pass


def _tool_env() -> dict[str, str]:
    """PATH with this interpreter's scripts first: the post-hooks find ruff through PATH."""
    env = dict(os.environ)
    bindir = str(Path(sys.executable).parent)
    env["PATH"] = bindir + os.pathsep + env.get("PATH", "")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _check_tools(env: dict[str, str]) -> None:
    from importlib.metadata import PackageNotFoundError, version

    for dist, want in PINNED.items():
        try:
            have = version(dist)
        except PackageNotFoundError:
            raise GenerationError(f"{dist} is not installed: pip install -e '.[codegen]'") from None
        if have != want:
            raise GenerationError(f"{dist} {have} is installed, the pinned version is {want}")
    for tool in ("ruff", "openapi-python-client", "datamodel-codegen"):
        if shutil.which(tool, path=env["PATH"]) is None:
            raise GenerationError(f"{tool} is not on PATH ({env['PATH']})")


def _run(cmd: list[str], env: dict[str, str], cwd: Path) -> str:
    proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True)
    output = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise GenerationError(f"{cmd[0]} failed (exit {proc.returncode}):\n{output}")
    noisy = [
        line
        for line in output.splitlines()
        if any(w in line.lower() for w in ("warning", "skipping", "error", "will not be generated"))
    ]
    if noisy:
        raise GenerationError(f"{cmd[0]} reported problems:\n" + "\n".join(noisy))
    return output


def _deref(doc: dict[str, Any], node: Any) -> Any:
    """`node` with a local `$ref` followed (the bundled spec keeps refs into components)."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = doc
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def auth_of(doc: dict[str, Any], op: dict[str, Any]) -> tuple[str, str | None]:
    """How an operation carries the API key, as the spec declares it: ("bearer", None) when its
    security (or the document's) names bearerAuth; else the field that holds the key, a request
    body property or query parameter spelled apiKey in any case (spec/components/security.yaml):
    ("body", name) or ("query", name); ("none", None) when it takes no key."""
    security = op.get("security", doc.get("security") or [])
    if any("bearerAuth" in requirement for requirement in security):
        return "bearer", None
    found: set[tuple[str, str]] = set()
    for param in op.get("parameters", []):
        param = _deref(doc, param)
        if param.get("in") == "query" and str(param.get("name", "")).lower() == "apikey":
            found.add(("query", param["name"]))
    content = _deref(doc, op.get("requestBody", {})).get("content", {})
    for media in content.values():
        schema = _deref(doc, media.get("schema", {}))
        found.update(("body", name) for name in schema.get("properties", {}) if name.lower() == "apikey")
    if len(found) > 1:
        raise GenerationError(f"{op.get('operationId')}: more than one API key field: {sorted(found)}")
    return found.pop() if found else ("none", None)


def route_table(doc: dict[str, Any]) -> dict[str, Any]:
    """Every operation's route, by operationId and by the name the endpoint template sees (the
    operationId as a Python identifier), with the endpoint module openapi-python-client writes."""
    from openapi_python_client.strings import PythonIdentifier

    routes: dict[str, dict[str, str]] = {}
    by_id: dict[str, dict[str, str]] = {}
    for path, method, op in bundler.operations(doc):
        op_id = op.get("operationId")
        if not op_id:
            raise GenerationError(f"{method.upper()} {path} has no operationId")
        auth, key_field = auth_of(doc, op)
        tag = (op.get("tags") or ["default"])[0]
        name = PythonIdentifier(op_id, "field_")
        module = f"{PythonIdentifier(tag, 'tag')}.{name}"
        route = {
            "operation_id": op_id,
            "method": method.upper(),
            "path": path,
            "auth": auth,
            "key_field": key_field or "",
            "module": module,
        }
        if any(c in value for value in route.values() for c in '"\\\n'):
            raise GenerationError(f"{op_id}: a route value the templates cannot quote: {route}")
        if name in routes:
            raise GenerationError(f"{op_id} and {routes[name]['operation_id']} share the module name {name}")
        routes[str(name)] = route
        by_id[op_id] = route
    # A model endpoint the spec does not list yet is sent as the listed ones are (one method and auth).
    model_routes = {
        (by_id[m.operation_id]["method"], by_id[m.operation_id]["auth"]) for m in bundler.model_operations(doc)
    }
    if len(model_routes) != 1:
        raise GenerationError(f"model endpoints differ in method or auth: {sorted(model_routes)}")
    [(model_method, model_auth)] = model_routes
    return {
        "routes": routes,
        "by_id": by_id,
        "model_prefix": bundler.MODEL_PREFIX,
        "model_method": model_method,
        "model_auth": model_auth,
    }


def write_templates(doc: dict[str, Any], into: Path) -> Path:
    """generator/templates/ plus this run's route_table.jinja (plain Jinja literals), in `into`."""
    shutil.copytree(HERE / "templates", into, ignore=shutil.ignore_patterns("typescript"))
    table = route_table(doc)
    lines = ["{#- Written by generator/generate.py for one run: every route, from the spec. -#}"]
    for name, value in table.items():
        lines.append("{% set " + name + " = " + json.dumps(value, sort_keys=True) + " %}")
    (into / "route_table.jinja").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return into


def check_routes(doc: dict[str, Any], package: Path) -> None:
    """Every operation's endpoint module exists where api/__init__.py's ROUTES says."""
    missing = [
        route["module"]
        for route in route_table(doc)["by_id"].values()
        if not (package / "api" / (route["module"].replace(".", "/") + ".py")).is_file()
    ]
    if missing:
        raise GenerationError(f"endpoint modules not where the route table expects: {', '.join(missing[:10])}")


def params_document(doc: dict[str, Any]) -> dict[str, Any]:
    """The input of datamodel-code-generator: just the model request schemas.

    A required field with `x-runninghub-default` is made optional, because the wrapper fills it
    in when the caller leaves it out; the TypedDicts describe what `RunningHub.submit` accepts.
    """
    schemas = doc["components"]["schemas"]
    keep: dict[str, Any] = {}
    for model in bundler.model_operations(doc):
        name = _schema_name(model)
        schema = json.loads(json.dumps(schemas[name]))
        props = schema.get("properties", {})
        required = [k for k in schema.get("required", []) if "x-runninghub-default" not in props.get(k, {})]
        if required:
            schema["required"] = required
        else:
            schema.pop("required", None)
        keep[name] = schema
    keep["WebhookUrl"] = schemas["WebhookUrl"]
    return {
        "openapi": "3.1.0",
        "info": {"title": "RunningHub model request parameters", "version": doc["info"]["version"]},
        "paths": {},
        "components": {"schemas": keep},
    }


def _schema_name(model: Any) -> str:
    """The request schema component of a model operation (the bundler refuses an inline one)."""
    if model.request_schema_name is None:
        raise GenerationError(f"{model.operation_id}: the request body schema is not a $ref")
    return str(model.request_schema_name)


def _request_schema_names(doc: dict[str, Any]) -> list[tuple[list[str], str]]:
    """(the model's names and endpoint path, its request schema name) for every model."""
    out = []
    for model in bundler.model_operations(doc):
        names = [model.model, *model.aliases, model.path.removeprefix(bundler.MODEL_PREFIX)]
        out.append((list(dict.fromkeys(names)), _schema_name(model)))
    return sorted(out, key=lambda item: item[1])


def overloads_module(doc: dict[str, Any], params_source: str) -> str:
    """Source of overloads.py: typed `submit`/`run` signatures, two overloads per model (a
    params mapping, or keyword fields), then one for a `Model` object and a last one that only
    shapes mypy's message; generic in what the call returns and in the Model type.

    A call that matches no model's overload lands on the last one (mypy reports the first
    overload that matches once types are erased, and only that one's model type accepts an
    erased `str`; its other arguments are `object`, so a wrong option lands there too), so
    mypy prints one line instead of listing every overload (hundreds of notes). No `str` or
    Model is accepted by it, so a wrong field, value or option is still an error."""
    models = _request_schema_names(doc)
    missing = [
        schema
        for _names, schema in models
        if f"class {schema}(" not in params_source and f"{schema} = TypedDict(" not in params_source
    ]
    if missing:
        raise GenerationError(f"params.py lacks TypedDicts for: {', '.join(missing[:10])}")
    common = {
        "SubmitFn": (
            "webhook_url: str | None = None, validate: bool = True, "
            "max_cost: Decimal | float | str | None = None, allow_unpriced: bool | None = None"
        ),
        "RunFn": (
            "timeout: float | None = None, on_progress: Callable[[Any], None] | None = None, "
            "webhook_url: str | None = None, cancel_on_timeout: bool = True, validate: bool = True, "
            "max_cost: Decimal | float | str | None = None, allow_unpriced: bool | None = None"
        ),
    }
    lines = [
        '"""Typed signatures of RunningHub.submit and .run, one pair of overloads per model (generated).',
        "",
        "The wrapper declares `submit: SubmitFn[Task, Model]` and `run: RunFn[Result, Model]` for type",
        "checkers, so a wrong field name or enum value is flagged. Models are matched by name, alias or",
        "endpoint path (a literal or a `Final` constant); a `Model` object is accepted with any fields.",
        "A call that matches none is reported in one line naming `LiteralOrFinalModelName`.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Callable, Mapping",
        "from decimal import Decimal",
        "from typing import Any, Literal, Never, Protocol, TypeVar, Unpack, overload",
        "",
        "from . import params as p",
        "",
        'T_co = TypeVar("T_co", covariant=True)',
        'M_contra = TypeVar("M_contra", contravariant=True)',
        'W_co = TypeVar("W_co", covariant=True)',
        'N_co = TypeVar("N_co", covariant=True)',
        "",
        "",
        "class WithThatModelsFieldsAndValues:",
        '    """Never created: it only completes the sentence in mypy\'s message for a call that',
        '    matches no model."""',
        "",
        "",
        "class LiteralOrFinalModelName(Protocol[W_co, N_co]):",
        '    """The model type of the last overload: after erasure any `str` fits it, unerased none',
        "    does (str.casefold returns a str, not Never), so mypy reports that overload in one",
        '    line (it adds no notes on members when an argument is Never). W_co only names it."""',
        "",
        "    def casefold(self) -> N_co: ...",
        "",
        "",
        "class ModelObject(Protocol[N_co]):",
        '    """The same for a `Model` with a wrong option: erased, any Model fits (it has an',
        '    `endpoint`), unerased none does."""',
        "",
        "    @property",
        "    def endpoint(self) -> N_co: ...",
        "",
    ]
    for proto, options in common.items():
        lines += ["", f"class {proto}(Protocol[T_co, M_contra]):"]
        for names, schema in models:
            literal = "Literal[" + ", ".join(json.dumps(n, ensure_ascii=False) for n in names) + "]"
            lines += [
                "    @overload",
                f"    def __call__(self, model: {literal}, params: p.{schema}, /, *, {options}) -> T_co: ...",
                "    @overload",
                f"    def __call__(self, model: {literal}, /, *, {options}, **fields: Unpack[p.{schema}]) -> T_co: ...",
            ]
        lines += [
            "    @overload",
            "    def __call__(",
            f"        self, model: M_contra, params: Mapping[str, Any] | None = None, /, *, {options}, **fields: Any",
            "    ) -> T_co: ...",
            "    @overload",
            "    def __call__(",
            "        self,",
            "        model: LiteralOrFinalModelName[WithThatModelsFieldsAndValues, Never] | ModelObject[Never],",
            "        /,",
            "        *args: object,",
            "        **fields: object,",
            "    ) -> T_co: ...",
            "    def __call__(self, model: Any, params: Any = None, /, *args: Any, **kwargs: Any) -> T_co: ...",
            "",
        ]
    return "\n".join(lines)


def generate(python_only: bool = False) -> dict[str, float]:
    timings: dict[str, float] = {}
    env = _tool_env()
    _check_tools(env)
    if not python_only:
        _check_node_tools()

    t0 = time.perf_counter()
    try:
        doc = bundler.bundle()
    except bundler.SpecError as exc:
        raise GenerationError(f"spec/ does not bundle:\n{exc}") from None
    GENERATED.mkdir(exist_ok=True)
    (GENERATED / "openapi.json").write_text(bundler.dumps(doc), encoding="utf-8")
    timings["bundle"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        # Generate into a scratch folder first, so a failure leaves generated/ as it was.
        staged = Path(tmp) / PACKAGE
        templates = write_templates(doc, Path(tmp) / "templates")
        _run(
            [
                "openapi-python-client",
                "generate",
                "--path",
                str(GENERATED / "openapi.json"),
                "--meta",
                "none",
                "--config",
                str(HERE / "openapi-python-client.yml"),
                "--custom-template-path",
                str(templates),
                "--output-path",
                str(staged),
                "--fail-on-warning",
            ],
            env,
            cwd=Path(tmp),
        )
        check_routes(doc, staged)
        wire_keys.write(doc, staged)  # every schema's JSON keys by the models' attribute names (wire.py)
        timings["openapi-python-client"] = time.perf_counter() - t0

        t0 = time.perf_counter()
        params_spec = Path(tmp) / "params.json"
        params_spec.write_text(json.dumps(params_document(doc), indent=2, sort_keys=True), encoding="utf-8")
        _run(
            [
                "datamodel-codegen",
                "--input",
                "params.json",
                "--input-file-type",
                "openapi",
                "--preset",
                "standard-py311-20261027",
                "--target-python-version",
                "3.11",
                "--naming-strategy",
                "full-path",
                "--enum-field-as-literal",
                "all",
                "--disable-timestamp",
                "--output-model-type",
                "typing.TypedDict",
                "--custom-file-header",
                '"""Request parameters of every RunningHub model, one TypedDict each (generated).\n\n'
                "Fields the runninghub wrapper fills in (x-runninghub-default) are NotRequired.\n"
                '"""',
                "--output",
                str(staged / "params.py"),
            ],
            env,
            cwd=Path(tmp),
        )
        overloads = staged / "overloads.py"
        overloads.write_text(
            overloads_module(doc, (staged / "params.py").read_text(encoding="utf-8")), encoding="utf-8"
        )
        _run(
            ["ruff", "format", "--no-cache", "--isolated", "--quiet", str(staged / "params.py"), str(overloads)],
            env,
            cwd=Path(tmp),
        )
        (staged / "py.typed").write_text("", encoding="utf-8")
        wire_tables.write(doc, staged)  # error codes and statuses (+ the conformance README table)
        timings["datamodel-code-generator"] = time.perf_counter() - t0

        if OUT.exists():
            shutil.rmtree(OUT)
        shutil.copytree(staged, OUT)

    # the blocking client from the asyncio one (absent only from the tests' scratch copies)
    if all(source.exists() for source, _ in unasync.PAIRS.values()):
        unasync.main([])

    if not python_only:
        t0 = time.perf_counter()
        generate_typescript(doc)
        timings["typescript"] = time.perf_counter() - t0
    return timings


# --------------------------------------------------------------------------- TypeScript
def _check_node_tools() -> None:
    """The pinned node tools are installed (`npm ci --prefix generator`)."""
    if not NODE_MODULES.is_dir():
        raise GenerationError("generator/node_modules is missing: run `npm ci --prefix generator` (make setup does)")
    wanted = json.loads((HERE / "package.json").read_text(encoding="utf-8"))["devDependencies"]
    for pkg in TS_PINNED:
        manifest = NODE_MODULES / pkg / "package.json"
        have = json.loads(manifest.read_text(encoding="utf-8"))["version"] if manifest.exists() else None
        if have != wanted[pkg]:
            raise GenerationError(
                f"{pkg} {have or '(missing)'} is installed in generator/node_modules, the pinned version is "
                f"{wanted[pkg]}: run `npm ci --prefix generator`"
            )


def _npm_tool(tool: str, args: list[str], cwd: Path) -> str:
    """Run a pinned npm tool from generator/node_modules/.bin; any warning is an error."""
    exe = NODE_MODULES / ".bin" / tool
    if not exe.exists():
        raise GenerationError(f"{tool} is not in generator/node_modules/.bin: run `npm ci --prefix generator`")
    env = dict(os.environ, NO_COLOR="1", FORCE_COLOR="0", NO_UPDATE_NOTIFIER="1")
    output = _run([str(exe), *args], env, cwd=cwd)
    noisy = [line for line in output.splitlines() if "\u26a0" in line or "\u2718" in line]
    if noisy:
        raise GenerationError(f"{tool} reported problems:\n" + "\n".join(noisy))
    return output


def typescript_models_module(doc: dict[str, Any]) -> str:
    """Source of generated/typescript/models.ts: every model's path, category and output type by
    docs name, and the aliases. `path` is typed `keyof paths`, so tsc checks it against schema.ts."""
    models: dict[str, dict[str, Any]] = {}
    aliases: dict[str, str] = {}
    for model in bundler.model_operations(doc):
        models[model.model] = {
            "path": model.path,
            "category": model.category,
            "outputType": model.output_type,
            "deprecated": model.deprecated,
        }
        for alias in model.aliases:
            aliases[alias] = model.model

    def literal(value: Any) -> str:
        return json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)

    return "\n".join(
        [
            "// Generated by generator/generate.py from generated/openapi.json; do not edit.",
            'import type { paths } from "./schema.js";',
            "",
            "/** One model endpoint: `POST <path>` with a JSON body. */",
            "export interface ModelInfo {",
            "  readonly path: keyof paths;",
            "  /** Such as image/text-to-image. */",
            "  readonly category: string;",
            "  /** image, video, audio, 3d or string. */",
            "  readonly outputType: string;",
            "  /** Delisted or deprecated by RunningHub. */",
            "  readonly deprecated: boolean;",
            "}",
            "",
            "/** Every model, by its name in RunningHub's docs (x-runninghub-model). */",
            f"export const MODELS = {literal(models)} as const satisfies Readonly<Record<string, ModelInfo>>;",
            "",
            "export type ModelName = keyof typeof MODELS;",
            'export type ModelPath = (typeof MODELS)[ModelName]["path"];',
            "",
            "/** Other listed names of a model (x-runninghub-aliases), to its docs name. */",
            f"export const MODEL_ALIASES: Readonly<Record<string, ModelName>> = {literal(aliases)};",
            "",
        ]
    )


def _tsconfig_for(staged: Path) -> dict[str, Any]:
    """A throw-away tsconfig that type-checks the staged client against the pinned packages."""
    return {
        "compilerOptions": {
            "strict": True,
            "noEmit": True,
            "target": "ES2022",
            "lib": ["ES2022", "DOM", "DOM.Iterable"],
            "module": "NodeNext",
            "moduleResolution": "NodeNext",
            "noUncheckedIndexedAccess": True,
            "types": [],
            "paths": {"openapi-fetch": [str(NODE_MODULES / "openapi-fetch")]},
        },
        "files": [str(staged / name) for name in ("schema.ts", "models.ts", "index.ts")],
    }


def generate_typescript(doc: dict[str, Any]) -> None:
    """generated/typescript/: types, model table and client; replaced only once tsc passes."""
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "typescript"
        staged.mkdir()
        _npm_tool(
            "openapi-typescript",
            [
                str(GENERATED / "openapi.json"),
                "--output",
                str(staged / "schema.ts"),
                # a `default` in a request body is the server's, not a required field
                "--default-non-nullable",
                "false",
            ],
            cwd=Path(tmp),
        )
        (staged / "models.ts").write_text(typescript_models_module(doc), encoding="utf-8")
        shutil.copyfile(TS_TEMPLATE, staged / "index.ts")
        tsconfig = Path(tmp) / "tsconfig.json"
        tsconfig.write_text(json.dumps(_tsconfig_for(staged), indent=2), encoding="utf-8")
        _npm_tool("tsc", ["--project", str(tsconfig)], cwd=Path(tmp))
        if TS_OUT.exists():
            shutil.rmtree(TS_OUT)
        shutil.copytree(staged, TS_OUT)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Regenerate generated/ from spec/.")
    parser.add_argument("--python-only", action="store_true", help="skip the TypeScript client")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    try:
        timings = generate(python_only=args.python_only)
    except GenerationError as exc:
        print(f"make generate failed: {exc}", file=sys.stderr)
        return 1
    files = sum(1 for _ in OUT.rglob("*.py"))
    ts_files = sum(1 for _ in TS_OUT.glob("*.ts"))
    parts = ", ".join(f"{k} {v:.1f} s" for k, v in timings.items())
    print(
        f"generated/ regenerated: {files} Python files and {ts_files} TypeScript files"
        f" in {time.perf_counter() - t0:.1f} s ({parts})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
