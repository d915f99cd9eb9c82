"""A client library for accessing RunningHub API"""

# The clients are imported on first use (PEP 562): reading a route from runninghub_api.api
# imports neither attrs nor the client.
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import client

    value = getattr(client, name)
    globals()[name] = value
    return value


__all__ = (
    "AuthenticatedClient",
    "Client",
)
