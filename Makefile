# Everything runs in .venv with the pinned tools. Python targets (setup-python, test, demo, lint,
# docs, dist, test-lowest, bench) need Python >= 3.11 only; node >= 20 with npm is needed only
# for the TypeScript client, the spec lint, Prism and regeneration (setup-node and the targets
# that use it), which say so when it is missing.
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
# Fails with a clear message when node or npm is missing.
NEED_NODE = @command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || { \
  echo "make $@: needs node >= 20 and npm (the TypeScript client, spec lint, Prism and generation use them)."; \
  echo "  Install them (Debian/Ubuntu: apt-get install nodejs npm) and retry."; \
  echo "  make demo, make test, make lint and make docs need Python only."; exit 1; } >&2

.PHONY: setup setup-python setup-node generate test test-lowest lint lint-spec test-ts test-prism \
  check-generated test-generator registry-diff sync-registry demo bench bench-tests test-heavy docs docs-serve dist clean

## Everything: the Python venv and the node tools.
setup: setup-python setup-node

## .venv: the package (editable, with the cli and sandbox extras) and the dev tools
## (dependency groups in pyproject.toml; pip >= 25.1 for --group).
setup-python: $(VENV)/.installed

## generator/node_modules: the pinned node tools (npm ci).
setup-node: $(NODE_MODULES)/.installed

# Two steps, so `make demo` needs only the package and its extras (a few MB, seconds).
$(VENV)/.runtime-installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=25.1"
	$(PY) -m pip install --quiet -e ".[cli,sandbox]"
	touch $@

$(VENV)/.installed: $(VENV)/.runtime-installed
	$(PY) -m pip install --quiet --group dev
	touch $@

$(NODE_MODULES)/.installed: generator/package.json generator/package-lock.json
	$(NEED_NODE)
	npm ci --prefix generator --no-audit --no-fund
	touch $@

## Regenerate generated/ (bundled spec, low-level client, TypedDicts, TypeScript) from spec/.
generate: setup-python setup-node
	$(NEED_NODE)
	$(PY) generator/generate.py

## The test suite (Python only; tests that need node or a proxy skip with a reason), on
## TEST_WORKERS pytest-xdist workers: some tests wait on loopback I/O or child processes, so more
## workers than cores pays, up to a point (2 cores: 4 workers 49 s and 74-76 s of CPU, 6 workers
## 49 s and 85 s, 3 workers 55 s); idle workers steal queued tests (TEST_DIST=worksteal: 50-54 s
## against 78 s for `load`, same machine). `make test TEST_WORKERS=0` runs it in one process. `make bench-tests` times it. The two
## randomized checks run on smaller budgets here (QUICK_BUDGETS: schemathesis on every platform operation
## and a fixed sample of the models, once each); `make test-heavy` runs them in full.
## Bytecode is written even where PYTHONDONTWRITEBYTECODE is set: without it every worker rewrites
## the asserts of every test module again (4 s of CPU each) and every CLI process compiles anew.
TEST_WORKERS ?= 4
TEST_DIST ?= worksteal
QUICK_BUDGETS := RUNNINGHUB_SCHEMATHESIS_EXAMPLES=1 RUNNINGHUB_SCHEMATHESIS_MODELS=sample RUNNINGHUB_BATCH_KILL_JOBS=60 RUNNINGHUB_BATCH_KILLS=4
test: setup-python
	PYTHONDONTWRITEBYTECODE= $(QUICK_BUDGETS) $(PY) -m pytest -n $(TEST_WORKERS) --dist $(TEST_DIST)

## The randomized checks on their full budgets (CI): schemathesis with 2 examples per operation
## and phase, and the batch kill test with 150 jobs and 6 kills.
test-heavy: setup-python
	PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -q tests/test_sandbox_schemathesis.py tests/test_batch_kill.py

## The client, CLI and sandbox tests against the lowest dependency versions pyproject.toml allows,
## in a separate venv (.venv-lowest, made by tests/lowest_versions.sh with uv).
test-lowest:
	PYTHON=$(PYTHON) tests/lowest_versions.sh

## The main job: start a local sandbox, run a text-to-image model, save the image in demo-output/.
## Needs only the package with its extras (not the dev tools).
demo: $(VENV)/.runtime-installed
	$(PY) examples/demo.py

lint: setup-python
	$(BIN)/ruff check wrapper tests generator examples benchmarks
	$(BIN)/ruff format --check wrapper tests generator examples benchmarks
	$(BIN)/mypy

## Lint generated/openapi.json: redocly and spectral, rulesets in generator/ (warnings fail too).
lint-spec: setup-node
	$(NEED_NODE)
	$(NODE_BIN)/redocly lint generated/openapi.json --config generator/redocly.yaml
	$(NODE_BIN)/spectral lint generated/openapi.json --ruleset generator/.spectral.yaml --fail-severity warn

## Compile the generated TypeScript client and the conformance runner (tsc --strict), run it with node.
test-ts: setup-node
	$(NEED_NODE)
	rm -rf $(TS_BUILD)
	$(NODE_BIN)/tsc --project tests/conformance/ts/tsconfig.json --strict
	node --test --test-reporter=spec $(TS_BUILD)/tests/conformance/ts/

## The sandbox-backed tests again, through prism's validating proxy (tests/prism_proxy_run.sh).
test-prism: setup-python setup-node
	$(NEED_NODE)
	tests/prism_proxy_run.sh

## Fail if generated/ (or the code tables of tests/conformance/README.md and
## docs/errors-and-retries.md, written by the same step) is not exactly what spec/ produces
## (new untracked files included).
check-generated: generate
	@changes="$$(git status --porcelain --untracked-files=all -- generated tests/conformance/README.md docs/errors-and-retries.md wrapper/runninghub/_client.py wrapper/runninghub/_assets.py wrapper/runninghub/_sync_batch.py)"; \
	if [ -n "$$changes" ]; then echo "generated/ differs from what spec/ produces:"; echo "$$changes" | head -50; \
	  echo "Run 'make generate' and commit generated/."; exit 1; fi; echo "generated/ is up to date"

## The tests that run the generator on a scratch copy of spec/ + generator/ (a spec change reaches
## the client's requests and reply reads through generation alone); too slow for `make test`. Python only.
test-generator: setup-python
	RUNNINGHUB_GENERATOR_TESTS=1 $(PY) -m pytest -q tests/test_routes.py tests/test_reply_fields.py \
		tests/test_http_fallbacks.py

## Compare spec/ with a newer official registry: make registry-diff REGISTRY=path/to/models_registry.json
registry-diff: setup-python
	$(PY) generator/registry_diff.py --registry "$(REGISTRY)"

## Update spec/models/ from a newer official registry (either format), keeping hand-written parts:
## make sync-registry REGISTRY=path/to/registry.json [LABEL=2026-09-01]; then make generate.
sync-registry: setup-python
	$(PY) generator/sync_registry.py --registry "$(REGISTRY)" $(if $(LABEL),--label "$(LABEL)")

## Benchmarks against the local sandbox (about 5 min): writes benchmarks/results/latest.{md,json},
## the one home of the figures (the docs include it). One script alone: .venv/bin/python benchmarks/bench_<name>.py
bench: setup-python
	$(PY) benchmarks/run_all.py

## How long `make test` takes (wall, CPU, tests run, ratio to the 60 s target): runs it once.
bench-tests: setup-python
	$(PY) benchmarks/bench_test_suite.py

$(VENV)/.docs-installed: $(VENV)/.runtime-installed
	$(PY) -m pip install --quiet --group docs
	touch $@

## The documentation site (mkdocs.yml, docs/): mkdocs build --strict into site/ (a warning or a
## broken internal link fails).
docs: $(VENV)/.docs-installed
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

## Serve the documentation on http://127.0.0.1:8001 with live reload.
docs-serve: $(VENV)/.docs-installed
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8001

## Build the wheel and sdist into dist/, `twine check --strict` them, check they hold LICENSE and
## NOTICE, and install the wheel in clean venvs (tests/dist_check.sh).
dist: $(VENV)/.runtime-installed
	$(PY) -m pip install --quiet --group release
	rm -rf dist
	$(PY) -m build --outdir dist .
	$(BIN)/twine check --strict dist/*
	PYTHON=$(PYTHON) tests/dist_check.sh dist

clean:
	rm -rf $(VENV) .venv-lowest .pytest_cache .mypy_cache .ruff_cache site dist
