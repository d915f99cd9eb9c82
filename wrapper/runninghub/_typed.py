"""Typed signatures of `submit` and `run`: the generated per-model overloads (type checking only)."""

from runninghub_api.overloads import RunFn, SubmitFn

__all__ = ["RunFn", "SubmitFn"]
