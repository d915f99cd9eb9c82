"""Write the blocking client from the asyncio one: one definition of both clients' methods,
signatures and docstrings. PAIRS: wrapper/runninghub/_async_client.py -> _client.py (the
clients), _async_assets.py -> _assets.py (`client.assets`), _async_batch.py -> _sync_batch.py
(`client.batch()`).

The transform works on tokens, so strings, comments and layout are kept as written:
- `async` before `def` / `with` / `for` and every `await` are removed, with the space after them;
- the names in RENAMES are swapped (whole NAME tokens only, never inside strings);
- the module docstring is replaced by one that names the pair (`generated_doc`);
- a one-line `from x import a, b` whose names a swap unsorted is sorted again, and so are runs of
  one-line relative imports (as ruff's isort).
It then checks that no asyncio construct is left. The output is not reformatted (lines only get
shorter), so it is a pure function of the source: `make generate` writes it, `make
check-generated` and tests/test_client_surface.py check it.

    python generator/unasync.py          write every target
    python generator/unasync.py --check  exit 1 if a target differs from what its source gives
"""

from __future__ import annotations

import io
import sys
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WRAPPER = ROOT / "wrapper" / "runninghub"
# target -> (source, the target's one-line title)
PAIRS = {
    WRAPPER / "_client.py": (WRAPPER / "_async_client.py", "RunningHub: the blocking client."),
    WRAPPER / "_assets.py": (
        WRAPPER / "_async_assets.py",
        "`client.assets` of the blocking client: the asset library.",
    ),
    WRAPPER / "_sync_batch.py": (WRAPPER / "_async_batch.py", "Batch: batch jobs of the blocking client."),
}

# asyncio name -> blocking name. Every pair names the same thing in the other client's world.
RENAMES = {
    "AsyncRunningHub": "RunningHub",
    "AsyncClient": "Client",  # httpx
    "AsyncIterator": "Iterator",
    "AsyncAssets": "Assets",
    "AsyncBatch": "Batch",
    "AsyncAssetGroups": "AssetGroups",
    "AsyncRunOp": "RunOp",  # _platform: a client's `_do`
    "_async_assets": "_assets",
    "_async_batch": "_sync_batch",
    "_async_client": "_client",
    "AsyncGate": "Gate",  # _limited: semaphores
    "new_async_gate": "new_gate",
    "gather_workers": "run_workers",  # _limited: a batch's workers
    "aiterate": "iterate",  # _platform's page iterators
    "gather_limited": "map_limited",  # _limited: run_many's concurrency
    "_async_driver": "_sync_driver",
    "run_async": "run_sync",
    "aclose": "close",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
}


def generated_doc(title: str, source_name: str) -> str:
    return (
        f'"""{title}\n\nGenerated from {source_name} by generator/unasync.py (`make generate`); do not edit:\n'
        f'change {source_name}, the one definition of both clients\' versions."""'
    )


def transform(source: str, doc: str) -> str:
    """The blocking twin of `source` (see the module docstring)."""
    lines = source.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(row_col: tuple[int, int]) -> int:
        return starts[row_col[0] - 1] + row_col[1]

    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement) on the source text
    docstring_done = False
    for i, tok in enumerate(tokens):
        if tok.type == tokenize.STRING and not docstring_done:
            edits.append((offset(tok.start), offset(tok.end), doc))
            docstring_done = True
        elif tok.type == tokenize.NAME and (
            tok.string == "await" or (tok.string == "async" and tokens[i + 1].string in ("def", "with", "for"))
        ):
            nxt = tokens[i + 1]
            if nxt.start[0] != tok.start[0] or nxt.type in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT):
                raise ValueError(f"line {tok.start[0]}: `{tok.string}` must be followed on its line")
            edits.append((offset(tok.start), offset(nxt.start), ""))
        elif tok.type == tokenize.NAME and tok.string in RENAMES:
            edits.append((offset(tok.start), offset(tok.end), RENAMES[tok.string]))
        if tok.type not in (tokenize.STRING, tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.ENCODING):
            docstring_done = True  # only a string before any code is the module docstring
    out = source
    for start, end, text in sorted(edits, reverse=True):
        out = out[:start] + text + out[end:]
    out = "".join(_sorted_relative_imports([_sorted_import(line) for line in out.splitlines(keepends=True)]))
    _check(out)
    return out


def _sorted_relative_imports(lines: list[str]) -> list[str]:
    """Runs of consecutive one-line `from .x import ...` lines sorted by module, as ruff's isort
    does (a swapped module name can move a line)."""
    out: list[str] = []
    run: list[str] = []
    for line in [*lines, ""]:
        stripped = line.lstrip()
        if stripped.startswith("from .") and "(" not in line and (not run or _indent(run[0]) == _indent(line)):
            run.append(line)
            continue
        out += sorted(run, key=lambda ln: ln.split()[1])
        run = [line] if stripped.startswith("from .") and "(" not in line else []
        if not run and line:
            out.append(line)
    return out


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _sorted_import(line: str) -> str:
    """`line` with the names of a one-line from-import in ruff's isort order (constants,
    classes, then the rest; case-sensitive within each)."""
    head, sep, names = line.rstrip("\n").partition(" import ")
    if not sep or not head.lstrip().startswith("from ") or "(" in names or "#" in names:
        return line

    def order(name: str) -> tuple[int, str]:
        bare = name.split(" as ")[0]
        kind = 0 if bare.isupper() and len(bare) > 1 else 1 if bare[:1].isupper() else 2
        return kind, bare

    parts = sorted((n.strip() for n in names.split(",")), key=order)
    return f"{head} import {', '.join(parts)}" + line[len(line.rstrip(chr(10))) :]


def _check(out: str) -> None:
    """Nothing of asyncio is left in the blocking client."""
    for tok in tokenize.generate_tokens(io.StringIO(out).readline):
        if tok.type == tokenize.NAME and (tok.string in ("async", "await", "asyncio") or tok.string in RENAMES):
            raise ValueError(f"line {tok.start[0]}: `{tok.string}` is left in the blocking client")


def expected(target: Path) -> str:
    """What `target` must hold: the transform of its source."""
    source, title = PAIRS[target]
    return transform(source.read_text(encoding="utf-8"), generated_doc(title, source.name))


def main(argv: list[str]) -> int:
    stale = []
    for target in PAIRS:
        text = expected(target)
        if "--check" not in argv:
            target.write_text(text, encoding="utf-8")
        elif not target.exists() or target.read_text(encoding="utf-8") != text:
            stale.append(target.name)
    for name in stale:
        print(f"{name} differs from what generator/unasync.py makes of its source: run make generate")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
