"""Generation: wall time of `make generate` (generator/generate.py) for the whole spec, the
TypeScript step included when generator/node_modules is installed.

It runs in a scratch copy of spec/, generator/, generated/ and wrapper/runninghub/_spec.py (the
spec walk the generator loads by path; node_modules linked, not copied), so the benchmark never
rewrites the checkout; the copy's output is then compared with the committed generated/.

Run alone: .venv/bin/python benchmarks/bench_generate.py [--json out.json]
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _bench import ROOT, Row, Section, child_env, cli, finish

BUDGET = 30.0


def tree_digest(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def main() -> None:
    args = cli(__doc__ or "")
    started = time.perf_counter()
    section = Section("generate", "Generation: make generate, whole spec")
    scratch = Path(tempfile.mkdtemp(prefix="runninghub-bench-gen-"))
    try:
        shutil.copytree(ROOT / "spec", scratch / "spec")
        shutil.copytree(ROOT / "generated", scratch / "generated", ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copytree(
            ROOT / "generator", scratch / "generator", ignore=shutil.ignore_patterns("node_modules", "__pycache__")
        )
        # the one walk of the spec's operations, which the generator loads by path (_spec.py)
        (scratch / "wrapper" / "runninghub").mkdir(parents=True)
        shutil.copy2(ROOT / "wrapper" / "runninghub" / "_spec.py", scratch / "wrapper" / "runninghub" / "_spec.py")
        node_modules = ROOT / "generator" / "node_modules"
        if node_modules.is_dir():
            (scratch / "generator" / "node_modules").symlink_to(node_modules, target_is_directory=True)
        t = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, str(scratch / "generator" / "generate.py")],
            capture_output=True,
            text=True,
            env=child_env(),
            cwd=str(scratch),
        )
        wall = time.perf_counter() - t
        output = (proc.stdout + proc.stderr).strip()
        if proc.returncode != 0:
            section.add(
                Row("Generation", "make generate, whole spec", "failed", f"budget {BUDGET:g} s", None, "< 30 s", False)
            )
            section.notes.append(f"generate.py failed (exit {proc.returncode}): {output[-500:]}")
            finish(section, args, started)
            return
        last = output.splitlines()[-1] if output else ""
        inner = last.rsplit("(", 1)[-1].rstrip(")") if "(" in last else ""
        steps: dict[str, str] = {m.group(1): m.group(2) for m in re.finditer(r"([^,]+?) (\d+(?:\.\d+)?) s", inner)}
        same = tree_digest(scratch / "generated") == tree_digest(ROOT / "generated")
        section.figures = {
            "wall_s": round(wall, 2),
            "steps_s": {k.strip(): float(v) for k, v in steps.items()},
            "typescript": node_modules.is_dir(),
            "output_identical_to_checkout": same,
            "summary": last,
        }
        parts = ", ".join(f"{k.strip()} {float(v):.1f} s" for k, v in steps.items())
        section.add(
            Row(
                "Generation",
                "make generate, whole spec" + (" (TypeScript step included)" if node_modules.is_dir() else ""),
                f"{wall:.1f} s",
                f"budget {BUDGET:g} s",
                wall / BUDGET,
                "< 30 s",
                wall < BUDGET,
                parts + ("" if same else "; output differs from the committed generated/"),
            )
        )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    finish(section, args, started)


if __name__ == "__main__":
    main()
