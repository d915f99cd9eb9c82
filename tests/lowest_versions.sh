#!/usr/bin/env bash
# `make test-lowest`: install the lowest versions pyproject.toml allows for runninghub's own
# dependencies (uv's --resolution lowest-direct: httpx, attrs, and the cli and sandbox extras at
# their floors) into a separate venv, and run the client, CLI and sandbox tests there. A floor
# that is too low fails here, not on a user's machine.
#
#   tests/lowest_versions.sh [pytest args]     (default: the subset below)
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
VENV="${LOWEST_VENV:-.venv-lowest}"
rm -rf "$VENV"
"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "uv==0.13.9"
# Only the project's direct dependencies go to their floors; pytest is the test runner, not a
# dependency of runninghub, so it is resolved normally.
"$VENV/bin/uv" pip install --quiet --python "$VENV/bin/python" --resolution lowest-direct \
  -e ".[cli,sandbox]"
"$VENV/bin/uv" pip install --quiet --python "$VENV/bin/python" "pytest>=8"
echo "lowest versions installed:"
"$VENV/bin/uv" pip freeze --python "$VENV/bin/python" \
  | grep -iE '^(httpx|httpcore|attrs|click|rich|starlette|uvicorn|jsonschema|python-multipart)==' | sed 's/^/  /'
if [ "$#" -eq 0 ]; then
  set -- tests/test_client.py tests/test_cli.py tests/test_sandbox.py tests/test_webhooks.py -q
fi
"$VENV/bin/python" -m pytest -p no:cacheprovider "$@"
