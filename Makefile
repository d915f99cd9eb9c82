# Everything runs in .venv with the pinned tools (created by `make setup`).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
export PATH := $(abspath $(BIN)):$(PATH)
# The pinned node tools (generator/package.json + package-lock.json): lint, TypeScript, prism.
NODE_MODULES := generator/node_modules
NODE_BIN := $(NODE_MODULES)/.bin
TS_BUILD := $(NODE_MODULES)/.cache/runninghub-ts
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

.PHONY: setup generate test lint lint-spec test-ts test-prism check-generated registry-diff demo bench clean

setup: $(VENV)/.installed $(NODE_MODULES)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev,sandbox,codegen]"
	touch $@

$(NODE_MODULES)/.installed: generator/package.json generator/package-lock.json
	npm ci --prefix generator --no-audit --no-fund
	touch $@

## Regenerate generated/ (bundled spec, low-level client, TypedDicts) from spec/.
generate: setup
	$(PY) generator/generate.py

## The test suite (the README's test command).
test: setup
	$(PY) -m pytest

## The main job: start a local sandbox, run a text-to-image model, save the image in demo-output/.
demo: setup
	$(PY) examples/demo.py

lint: setup
	$(BIN)/ruff check wrapper tests generator
	$(BIN)/ruff format --check wrapper tests generator
	$(BIN)/mypy

## Lint generated/openapi.json: redocly and spectral, rulesets in generator/ (warnings fail too).
lint-spec: setup
	$(NODE_BIN)/redocly lint generated/openapi.json --config generator/redocly.yaml
	$(NODE_BIN)/spectral lint generated/openapi.json --ruleset generator/.spectral.yaml --fail-severity warn

## Compile the generated TypeScript client and the conformance runner (tsc --strict), run it with node.
test-ts: setup
	rm -rf $(TS_BUILD)
	$(NODE_BIN)/tsc --project tests/conformance/ts/tsconfig.json --strict
	node --test --test-reporter=spec $(TS_BUILD)/tests/conformance/ts/

## The sandbox-backed tests again, through prism's validating proxy (tests/prism_proxy_run.sh).
test-prism: setup
	tests/prism_proxy_run.sh

## Fail if generated/ is not exactly what spec/ produces (new untracked files included).
check-generated: generate
	@changes="$$(git status --porcelain --untracked-files=all -- generated)"; \
	if [ -n "$$changes" ]; then echo "generated/ differs from what spec/ produces:"; echo "$$changes" | head -50; \
	  echo "Run 'make generate' and commit generated/."; exit 1; fi; echo "generated/ is up to date"

## Compare spec/ with a newer official registry: make registry-diff REGISTRY=path/to/models_registry.json
registry-diff: setup
	$(PY) generator/registry_diff.py --registry "$(REGISTRY)"

## Benchmarks against the local sandbox (about 5 min): writes benchmarks/results/latest.{md,json}
## and the table in README.md. One script alone: .venv/bin/python benchmarks/bench_<name>.py
bench: setup
	$(PY) benchmarks/run_all.py --update-readme

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
