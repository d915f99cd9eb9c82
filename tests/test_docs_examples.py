"""Every code block in README.md, CONTRIBUTING.md and docs/*.md is either run here or marked illustrative.

Mark a block with an HTML comment on the line before its opening fence (invisible on GitHub,
PyPI and the docs site):

    <!-- docs-test: run -->            a Python block, executed against the sandbox below
    <!-- docs-test: illustrative -->   not executed (needs a real key, a shell, another language...);
                                       a Python one must still parse

A runnable block runs on its own, in a fresh temporary folder holding `cat.png`, with
RUNNINGHUB_API_KEY and RUNNINGHUB_BASE_URL pointing at the test sandbox, so `RunningHub()` in
the docs talks to it.
"""

from __future__ import annotations

import ast
import io
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from runninghub.sandbox import SandboxHandle

ROOT = Path(__file__).resolve().parents[1]
DOC_FILES = sorted([ROOT / "README.md", ROOT / "CONTRIBUTING.md", *(ROOT / "docs").glob("**/*.md")])
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^`]*)$")
MARK = re.compile(r"^\s*<!--\s*docs-test:\s*(?P<mark>[\w-]+)\s*-->\s*$")
MARKS = {"run", "illustrative"}


@dataclass(frozen=True)
class Block:
    file: Path
    line: int  # 1-based line of the opening fence
    lang: str
    mark: str | None
    code: str

    @property
    def where(self) -> str:
        return f"{self.file.relative_to(ROOT)}:{self.line}"


def blocks(path: Path) -> list[Block]:
    """The fenced code blocks of a Markdown file, with the marker on the line before each."""
    lines = path.read_text(encoding="utf-8").splitlines()
    out: list[Block] = []
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        indent, fence = m["indent"], m["fence"]
        lang = (m["info"].strip().split() or [""])[0].lstrip(".{").rstrip("}")
        prev = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip()), "")
        mark = MARK.match(prev)
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not (
            lines[j].strip().startswith(fence[0] * len(fence)) and not lines[j].strip().strip(fence[0])
        ):
            body.append(lines[j][len(indent) :] if lines[j].startswith(indent) else lines[j].lstrip())
            j += 1
        out.append(Block(path, i + 1, lang, mark["mark"] if mark else None, "\n".join(body) + "\n"))
        i = j + 1
    return out


ALL_BLOCKS = [b for path in DOC_FILES if path.exists() for b in blocks(path)]
RUNNABLE = [b for b in ALL_BLOCKS if b.mark == "run"]


def test_docs_have_code_blocks() -> None:
    assert len(ALL_BLOCKS) > 10 and RUNNABLE, "the block parser found nothing: is the marker syntax unchanged?"


@pytest.mark.parametrize("path", DOC_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_code_block_is_marked(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path.name} does not exist")
    bad = [b for b in blocks(path) if b.mark not in MARKS or (b.mark == "run" and b.lang not in ("python", "py"))]
    assert not bad, (
        "code blocks without a valid marker (put `<!-- docs-test: run -->` before a Python block this test "
        "should execute against the sandbox, or `<!-- docs-test: illustrative -->` before any other): "
        + ", ".join(f"{b.where} ({b.lang or 'no language'}, mark {b.mark!r})" for b in bad)
    )


@pytest.mark.parametrize(
    "block", [b for b in ALL_BLOCKS if b.mark == "illustrative" and b.lang in ("python", "py")], ids=lambda b: b.where
)
def test_illustrative_python_parses(block: Block) -> None:
    ast.parse(block.code, filename=block.where)


def _tiny_png() -> bytes:
    from runninghub.sandbox._outputs import write_png

    buf = io.BytesIO()
    write_png(buf, "docs", 0)
    return buf.getvalue()


@pytest.mark.parametrize("block", RUNNABLE, ids=lambda b: b.where)
def test_runnable_block(
    block: Block, runninghub_sandbox: SandboxHandle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RUNNINGHUB_API_KEY", runninghub_sandbox.api_key)
    monkeypatch.setenv("RUNNINGHUB_BASE_URL", runninghub_sandbox.base_url)
    (tmp_path / "cat.png").write_bytes(_tiny_png())
    code = compile(block.code, block.where, "exec")
    exec(code, {"__name__": "__docs_example__"})
