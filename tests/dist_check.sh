#!/usr/bin/env bash
# `make dist` (after build and twine check): the wheel and sdist in DIST hold LICENSE and NOTICE;
# the wheel installed alone in a clean venv gives a working library that imports neither click
# nor rich, and a `runninghub` command that names the missing extra; with [cli,sandbox] the CLI
# and the sandbox work.
#
#   tests/dist_check.sh [DIST]      (default: dist)
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
DIST="${1:-dist}"
wheel="$(ls "$DIST"/runninghub-*.whl)"
sdist="$(ls "$DIST"/runninghub-*.tar.gz)"
"$PYTHON" - "$wheel" "$sdist" <<'PY'
import sys, tarfile, zipfile
wheel, sdist = sys.argv[1:]
names = zipfile.ZipFile(wheel).namelist()
for want in ("LICENSE", "NOTICE"):
    assert any(n.endswith(f".dist-info/licenses/{want}") for n in names), f"{want} missing from {wheel}"
    assert any(n.endswith(f"/{want}") for n in tarfile.open(sdist).getnames()), f"{want} missing from {sdist}"
meta = next(zipfile.ZipFile(wheel).read(n).decode() for n in names if n.endswith(".dist-info/METADATA"))
base = [l for l in meta.splitlines() if l.startswith("Requires-Dist:") and "extra ==" not in l]
assert not any(x in l for l in base for x in ("click", "rich")), base
print(f"LICENSE and NOTICE in both; base dependencies: {[l.split(':', 1)[1].strip() for l in base]}")
PY
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$PYTHON" -m venv "$tmp/base"
"$tmp/base/bin/python" -m pip install --quiet --disable-pip-version-check "$wheel"
(cd "$tmp" && "$tmp/base/bin/python" - <<'PY'
import sys
from runninghub import RunningHub
assert "click" not in sys.modules and "rich" not in sys.modules, "the library imported the CLI's dependencies"
with RunningHub(api_key="k") as client:
    assert len(client.models) > 300
print(f"base install: {len(RunningHub(api_key='k').models)} models, no click/rich imported")
PY
)
set +e
out="$("$tmp/base/bin/runninghub" models 2>&1)"; code=$?
set -e
[ "$code" -eq 2 ] && grep -q "pip install 'runninghub\[cli\]'" <<<"$out" || { echo "runninghub without the cli extra: exit $code: $out"; exit 1; }
set +e
out="$("$tmp/base/bin/python" -m runninghub.sandbox 2>&1)"; code=$?
set -e
[ "$code" -eq 2 ] && grep -q "pip install 'runninghub\[sandbox\]'" <<<"$out" || { echo "sandbox without its extra: exit $code: $out"; exit 1; }
echo "base install: the command and the sandbox name the extra they need"
"$PYTHON" -m venv "$tmp/full"
"$tmp/full/bin/python" -m pip install --quiet --disable-pip-version-check "${wheel}[cli,sandbox]"
"$tmp/full/bin/runninghub" models --search seedream-v4/ --json >/dev/null
"$tmp/full/bin/python" -m runninghub.sandbox --help >/dev/null
(cd "$tmp" && "$tmp/full/bin/python" - <<'PY'
from runninghub import RunningHub
from runninghub.sandbox import Sandbox
with Sandbox(task_duration=0.2) as sb, RunningHub(sb.api_key, base_url=sb.base_url) as client:
    result = client.run("seedream-v4/text-to-image", prompt="a cat", timeout=30)
    assert result.outputs, result
print("full install: the CLI lists models, the sandbox runs a task")
PY
)
