"""Routes by operationId, read from the generated layer.

`runninghub_api.api.ROUTES` (generated from the spec by generator/generate.py, the same values
as each endpoint module's OPERATION_ID/METHOD/PATH/AUTH/KEY_FIELD) says for every operation its
method, path template and how it carries the API key. The wrapper builds every request from it
(`Core.request`), so a path or auth change in spec/ reaches the client through `make generate`.
The index is imported on first use, never by `import runninghub`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from runninghub_api.api import Route


def route(operation_id: str) -> Route:
    """The route of `operation_id`; LookupError when the bundled spec has no such operation."""
    from runninghub_api.api import ROUTES

    try:
        return ROUTES[operation_id]
    except KeyError:
        raise LookupError(f"the bundled spec has no operation {operation_id!r}") from None


def model_prefix() -> str:
    """What every model endpoint's path starts with (the model's endpoint name follows)."""
    from runninghub_api.api import MODEL_PREFIX

    return MODEL_PREFIX


def path_of(operation_id: str, path_params: Mapping[str, str] | None = None) -> str:
    """The operation's path with `{name}` parameters filled in as given (the slashes of a model
    endpoint stay as they are); KeyError names a parameter the path has but was not given."""
    return filled(route(operation_id), path_params).path


def filled(found: Route, path_params: Mapping[str, str] | None = None) -> Route:
    """`found` with its path's `{name}` parameters filled in (the route itself when it has none)."""
    path = found.path
    for name, value in (path_params or {}).items():
        if "{" + name + "}" not in path:
            raise KeyError(f"{found.operation_id}: the path {path} has no parameter {name}")
        path = path.replace("{" + name + "}", value)
    if "{" in path:
        raise KeyError(f"{found.operation_id}: the path {path} needs parameters that were not given")
    return found if path == found.path else found._replace(path=path)


def model_route(operation_id: str, path: str) -> Route:
    """The route of a model submit: its operation's when the spec lists it (`operation_id`), else
    one the listed model endpoints share, at `path` (validate=False with an unlisted endpoint)."""
    if operation_id:
        return route(operation_id)
    from runninghub_api.api import MODEL_AUTH, MODEL_METHOD, Route

    return Route("", MODEL_METHOD, path, MODEL_AUTH, None, "")
