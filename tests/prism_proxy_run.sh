#!/usr/bin/env bash
# Run tests against the sandbox through prism's validating proxy, so that every request the
# tests send and every reply the sandbox gives is checked against generated/openapi.json.
#
#   tests/prism_proxy_run.sh [pytest args]      (default: the contract checks and the client's
#   make test-prism                              sandbox-backed tests, see DEFAULT_TESTS)
#
# It starts `python -m runninghub.sandbox --port P --api-key test-key`, then
# `prism proxy generated/openapi.json http://127.0.0.1:P --errors` on port Q, and runs pytest
# with these variables set:
#   RUNNINGHUB_TEST_BASE_URL  http://127.0.0.1:Q  the URL clients under test must use (prism)
#   RUNNINGHUB_SANDBOX_URL    http://127.0.0.1:P  the sandbox itself, for its /__sandbox/ control
#                                                 routes (prism does not know them)
#   RUNNINGHUB_TEST_API_KEY   test-key            the key the sandbox accepts
# With RUNNINGHUB_TEST_BASE_URL set, the `runninghub_sandbox` fixture starts no sandbox: it drives
# this one over its control routes, and tests marked `no_prism` are skipped (with their reason).
# File URLs (outputs, uploads) point at the sandbox itself (--public-url): /files/ is not a spec
# path, so prism would answer 404, and prism does not pass binary bodies through unchanged.
# Afterwards it fails if no request went through prism, prism reported a violation, or prism
# ended any other request with an error (an upstream reply it could not read, an unknown path).
# Ports come from SANDBOX_PORT / PRISM_PORT, or are picked free. The logs (sandbox.log, prism.log)
# are kept in $LOG_DIR when it is given or the run fails, and removed otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

PY="${PYTHON:-.venv/bin/python}"
PRISM=generator/node_modules/.bin/prism
if [ ! -x "$PRISM" ]; then
  echo "prism is not installed: run 'npm ci --prefix generator' (make setup does)" >&2
  exit 1
fi
free_port() { "$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
SANDBOX_PORT="${SANDBOX_PORT:-$(free_port)}"
PRISM_PORT="${PRISM_PORT:-$(free_port)}"
KEEP_LOGS="${LOG_DIR:+1}"
LOG_DIR="${LOG_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/runninghub-prism.XXXXXX")}"
API_KEY=test-key

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

# wait_for URL SECONDS PID NAME: until URL answers any HTTP status, while PID lives.
wait_for() {
  "$PY" - "$@" <<'EOF'
import sys, time, urllib.error, urllib.request, os
url, seconds, pid, name = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
deadline = time.monotonic() + seconds
while True:
    try:
        urllib.request.urlopen(url, timeout=2)
        break
    except urllib.error.HTTPError:
        break
    except OSError:
        try:
            os.kill(pid, 0)
        except OSError:
            sys.exit(f"{name} exited before it was ready")
        if time.monotonic() > deadline:
            sys.exit(f"{name} did not answer at {url} within {seconds:g} s")
        time.sleep(0.1)
EOF
}

t0=$SECONDS
"$PY" -m runninghub.sandbox --port "$SANDBOX_PORT" --api-key "$API_KEY" --task-duration 0.3 --log-level warning \
  --public-url "http://127.0.0.1:$SANDBOX_PORT" >"$LOG_DIR/sandbox.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$SANDBOX_PORT/__sandbox/config" 30 "${pids[-1]}" sandbox \
  || { cat "$LOG_DIR/sandbox.log" >&2; exit 1; }

"$PRISM" proxy generated/openapi.json "http://127.0.0.1:$SANDBOX_PORT" --errors -h 127.0.0.1 -p "$PRISM_PORT" \
  >"$LOG_DIR/prism.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$PRISM_PORT/" 60 "${pids[-1]}" prism || { cat "$LOG_DIR/prism.log" >&2; exit 1; }
echo "sandbox on :$SANDBOX_PORT, prism proxy on :$PRISM_PORT (ready in $((SECONDS - t0)) s)"

export RUNNINGHUB_TEST_BASE_URL="http://127.0.0.1:$PRISM_PORT"
export RUNNINGHUB_SANDBOX_URL="http://127.0.0.1:$SANDBOX_PORT"
export RUNNINGHUB_TEST_API_KEY="$API_KEY"
status=0
DEFAULT_TESTS=(
  tests/test_prism_contract.py
  tests/test_client.py tests/test_client_batch_async.py tests/test_webhooks.py tests/test_client_faults.py
)
if [ "$#" -eq 0 ]; then set -- "${DEFAULT_TESTS[@]}"; fi
t1=$SECONDS
"$PY" -m pytest -q -p no:cacheprovider "$@" || status=$?
echo "pytest through prism took $((SECONDS - t1)) s"

proxied=$(grep -c "Forwarding" "$LOG_DIR/prism.log" || true)
violations=$(grep -c "VIOLATIONS\|[Vv]iolation" "$LOG_DIR/prism.log" || true)
# Any other request prism ended with an error, except the readiness probe (GET /, not in the spec).
errors=$(grep "Request terminated with error" "$LOG_DIR/prism.log" | grep -v "VIOLATIONS\|[Vv]iolation" \
  | grep -vc "\] get / " || true)
echo "prism forwarded $proxied requests; $violations violations; $errors other errors"
if [ "$violations" -gt 0 ]; then
  grep -i "violation" "$LOG_DIR/prism.log" | head -20 >&2
  status=1
fi
if [ "$errors" -gt 0 ]; then
  grep "Request terminated with error" "$LOG_DIR/prism.log" | grep -v "VIOLATIONS\|[Vv]iolation" \
    | grep -v "\] get / " | head -20 >&2
  status=1
fi
if [ "$proxied" -eq 0 ]; then
  echo "no request went through prism: do the tests honour RUNNINGHUB_TEST_BASE_URL?" >&2
  status=1
fi
if [ "$status" -eq 0 ] && [ -z "$KEEP_LOGS" ]; then rm -rf "$LOG_DIR"; else echo "logs: $LOG_DIR"; fi
exit "$status"
