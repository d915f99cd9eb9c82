"""Sync and async are one definition (issue 11, item 3).

`_async_client.py` defines AsyncRunningHub; `_client.py` (RunningHub) is generated from it by
generator/unasync.py (and `_assets.py`, `_sync_batch.py` from their `_async_` sources). Checked here:
- each committed target is exactly what the transform makes of the source (no hand edit, no
  forgotten `make generate`);
- what the transform does: `async`/`await` removed, names swapped, strings and comments left,
  the module docstring replaced, import names re-sorted, and a leftover asyncio name refused;
- the two public surfaces agree: methods, properties, parameters, defaults, annotations (with
  the transform's name swaps) and docstrings.
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path
from typing import Any

import pytest
from runninghub import AsyncRunningHub, RunningHub
from runninghub._assets import AssetGroups, Assets
from runninghub._async_assets import AsyncAssetGroups, AsyncAssets
from runninghub._async_batch import AsyncBatch
from runninghub._sync_batch import Batch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "generator"))
import unasync  # noqa: E402


@pytest.mark.parametrize("target", sorted(unasync.PAIRS), ids=lambda p: p.name)
def test_the_blocking_client_is_generated_from_the_async_one(target: Path) -> None:
    assert target.read_text(encoding="utf-8") == unasync.expected(target), (
        f"wrapper/runninghub/{target.name} is not what generator/unasync.py makes of its source: "
        "change the source and run `make generate` (or python generator/unasync.py)"
    )


def test_the_drift_check_sees_an_edit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (target, pair), *_ = unasync.PAIRS.items()
    edited = tmp_path / target.name
    edited.write_text(target.read_text(encoding="utf-8") + "\n# a hand edit\n", encoding="utf-8")
    monkeypatch.setattr(unasync, "PAIRS", {edited: pair})
    assert unasync.main(["--check"]) == 1
    edited.write_text(unasync.expected(edited), encoding="utf-8")
    assert unasync.main(["--check"]) == 0


DOC = unasync.generated_doc("Title.", "_async_x.py")
SOURCE = '''"""the source's docstring"""

from collections.abc import AsyncIterator, Callable

import httpx


class AsyncRunningHub:
    async def query(self, task: str) -> str:
        """Await nothing: "await" in a string stays."""
        # await in a comment stays too
        return await self._do(task)

    async def __aexit__(self, *exc: object) -> None:
        await self._http.aclose()

    def pages(self) -> AsyncIterator[str]:
        return aiterate(self._do, "async for x in y")

    def _new_http(self) -> httpx.AsyncClient:
        return httpx.AsyncClient()
'''

EXPECTED = f'''{DOC}

from collections.abc import Callable, Iterator

import httpx


class RunningHub:
    def query(self, task: str) -> str:
        """Await nothing: "await" in a string stays."""
        # await in a comment stays too
        return self._do(task)

    def __exit__(self, *exc: object) -> None:
        self._http.close()

    def pages(self) -> Iterator[str]:
        return iterate(self._do, "async for x in y")

    def _new_http(self) -> httpx.Client:
        return httpx.Client()
'''


def test_the_transform() -> None:
    assert unasync.transform(SOURCE, DOC) == EXPECTED


@pytest.mark.parametrize(
    "code",
    [
        "import asyncio\n",  # a blocking twin has no event loop
        "async def f():\n    x = asyncio.sleep\n",
        "async def f():\n    return (await\n        g())\n",  # an await the transform cannot drop cleanly
    ],
)
def test_the_transform_refuses_what_has_no_blocking_twin(code: str) -> None:
    with pytest.raises(ValueError, match="line"):
        unasync.transform('"""doc"""\n' + code, DOC)


def _swapped(text: str) -> str:
    for aio, sync in unasync.RENAMES.items():
        text = text.replace(aio, sync)
    return text


def _surface(cls: type) -> dict[str, Any]:
    return {
        name: member
        for name, member in vars(cls).items()
        if not name.startswith("_") or name in ("__init__", "__aenter__", "__aexit__", "__enter__", "__exit__")
    }


PAIRS_OF_CLASSES = [
    (RunningHub, AsyncRunningHub),
    (Assets, AsyncAssets),
    (AssetGroups, AsyncAssetGroups),
    (Batch, AsyncBatch),
]


@pytest.mark.parametrize(("blocking", "asyncio"), PAIRS_OF_CLASSES, ids=lambda c: c.__name__)
def test_both_clients_have_one_public_surface(blocking: type, asyncio: type) -> None:
    sync = {name: m for name, m in _surface(blocking).items()}
    aio = {unasync.RENAMES.get(name, name): m for name, m in _surface(asyncio).items()}
    assert sorted(sync) == sorted(aio)
    for name, ours in sync.items():
        theirs = aio[name]
        if isinstance(ours, property):
            assert isinstance(theirs, property), name
            ours, theirs = ours.fget, theirs.fget
        assert inspect.getdoc(ours) == inspect.getdoc(theirs), name
        if not callable(ours):
            continue
        a, b = inspect.signature(ours), inspect.signature(theirs)
        assert [(p.name, p.kind, p.default, str(p.annotation)) for p in a.parameters.values()] == [
            (p.name, p.kind, p.default, _swapped(str(p.annotation))) for p in b.parameters.values()
        ], name
        assert str(a.return_annotation) == _swapped(str(b.return_annotation)), name
        if inspect.iscoroutinefunction(theirs):
            assert not inspect.iscoroutinefunction(ours), name


@pytest.mark.parametrize("cls", [aio for _, aio in PAIRS_OF_CLASSES], ids=lambda c: c.__name__)
def test_every_public_method_is_documented(cls: type) -> None:
    undocumented = [name for name, m in _surface(cls).items() if not name.startswith("_") and not inspect.getdoc(m)]
    assert not undocumented, f"public methods without a docstring: {undocumented}"
