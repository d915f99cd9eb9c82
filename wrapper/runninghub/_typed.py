"""Typed signatures of `submit` and `run`: the generated per-model overloads.

The clients define `submit` and `run` as ordinary annotated methods (so mypy checks their
bodies) and wrap them with `as_submit` / `as_run`, which return the method unchanged at run
time and give type checkers the generated overloads instead: a literal (or `Final`) model
name checks its fields and values, a `Model` object is accepted with any fields. The
generated module (one overload pair per model) is only read by type checkers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, cast

if TYPE_CHECKING:
    from runninghub_api.overloads import RunFn as RunFn
    from runninghub_api.overloads import SubmitFn as SubmitFn

    from ._catalog import Model

__all__ = ["as_run", "as_submit"]

R = TypeVar("R")


def as_submit(method: Callable[..., R]) -> SubmitFn[R, Model]:
    """`method` itself, typed as the per-model `submit` overloads returning what it returns."""
    return cast("SubmitFn[R, Model]", method)


def as_run(method: Callable[..., R]) -> RunFn[R, Model]:
    """`method` itself, typed as the per-model `run` overloads returning what it returns."""
    return cast("RunFn[R, Model]", method)
