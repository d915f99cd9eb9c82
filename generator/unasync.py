"""Write the blocking client (wrapper/runninghub/_client.py) from the asyncio one
(wrapper/runninghub/_async_client.py): one definition of both clients' methods, signatures and
docstrings.

The transform works on tokens, so strings, comments and layout are kept as written:
- `async` before `def` / `with` / `for` and every `await` are removed, with the space after them;
- the names in RENAMES are swapped (whole NAME tokens only, never inside strings);
- the module docstring is replaced by GENERATED_DOC;
- a one-line `from x import a, b` whose names a swap unsorted is sorted again (as ruff's isort).
It then checks that no asyncio construct is left. The output is not reformatted (lines only get
shorter), so it is a pure function of the source: `make generate` writes it, `make
check-generated` and tests/test_client_surface.py check it.

    python generator/unasync.py          write _client.py
    python generator/unasync.py --check  exit 1 if _client.py differs from what the source gives
"""

from __future__ import annotations

import io
import sys
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "wrapper" / "runninghub" / "_async_client.py"
TARGET = ROOT / "wrapper" / "runninghub" / "_client.py"

# asyncio name -> blocking name. Every pair names the same thing in the other client's world.
RENAMES = {
    "AsyncRunningHub": "RunningHub",
    "AsyncClient": "Client",  # httpx
    "AsyncIterator": "Iterator",
    "AsyncAssets": "Assets",
    "AsyncBatch": "Batch",
    "aiterate": "iterate",  # _platform's page iterators
    "gather_limited": "map_limited",  # _limited: run_many's concurrency
    "_async_driver": "_sync_driver",
    "run_async": "run_sync",
    "aclose": "close",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
}

GENERATED_DOC = (
    '"""RunningHub: the blocking client.\n\n'
    "Generated from _async_client.py by generator/unasync.py (`make generate`); do not edit: change\n"
    '_async_client.py, the one definition of both clients."""'
)


def transform(source: str) -> str:
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
            edits.append((offset(tok.start), offset(tok.end), GENERATED_DOC))
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
    out = "".join(_sorted_import(line) for line in out.splitlines(keepends=True))
    _check(out)
    return out


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


def main(argv: list[str]) -> int:
    expected = transform(SOURCE.read_text(encoding="utf-8"))
    if "--check" in argv:
        if TARGET.read_text(encoding="utf-8") != expected:
            print(f"{TARGET.name} differs from what generator/unasync.py makes of {SOURCE.name}: run make generate")
            return 1
        return 0
    TARGET.write_text(expected, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
