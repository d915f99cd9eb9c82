# Everything runs in .venv with the pinned tools (created by `make setup`).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: setup generate test lint check-generated registry-diff demo bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev,sandbox,codegen]"
	touch $@

## Regenerate generated/ (bundled spec, low-level client, TypedDicts) from spec/.
generate: setup
	$(PY) generator/generate.py

## The test suite (the README's test command).
test: setup
	$(PY) -m pytest

lint: setup
	$(BIN)/ruff check wrapper tests generator
	$(BIN)/ruff format --check wrapper tests generator
	$(BIN)/mypy

## Fail if generated/ is not exactly what spec/ produces (new untracked files included).
check-generated: generate
	@changes="$$(git status --porcelain --untracked-files=all -- generated)"; \
	if [ -n "$$changes" ]; then echo "generated/ differs from what spec/ produces:"; echo "$$changes" | head -50; \
	  echo "Run 'make generate' and commit generated/."; exit 1; fi; echo "generated/ is up to date"

## Compare spec/ with a newer official registry: make registry-diff REGISTRY=path/to/models_registry.json
registry-diff: setup
	$(PY) generator/registry_diff.py --registry "$(REGISTRY)"

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
