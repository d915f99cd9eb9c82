"""`low_level()`: the generated client (`runninghub_api`) on the wrapper's own HTTP client.

The generated `AuthenticatedClient` builds an httpx client of its own; given only a base URL it
would lose what the user's `http_client` carries (proxies, mounts, a custom transport, event
hooks) and open a second connection pool. Here its httpx client gets a transport that sends each
request through the wrapper's client instead, so both share one pool and one configuration.
Closing the low-level client leaves that pool open: it belongs to the wrapper.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from runninghub_api import AuthenticatedClient


class ThroughClient(httpx.BaseTransport):
    """A transport that sends through another (sync) httpx client."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._client.send(request, stream=True)

    def close(self) -> None:
        """Nothing: the pool is the wrapper's."""


class AsyncThroughClient(httpx.AsyncBaseTransport):
    """A transport that sends through another async httpx client."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, stream=True)

    async def aclose(self) -> None:
        """Nothing: the pool is the wrapper's."""


@functools.cache
def redacted_client_class() -> type[AuthenticatedClient]:
    """AuthenticatedClient whose repr leaves the token out (attrs would print it)."""
    from runninghub_api import AuthenticatedClient

    class RedactedClient(AuthenticatedClient):
        __slots__ = ()

        def __repr__(self) -> str:
            return f"AuthenticatedClient(base_url={self._base_url!r}, token=<redacted>)"

    return RedactedClient


def low_level_client(
    http: httpx.Client | httpx.AsyncClient, base_url: str, token: str, timeout: httpx.Timeout | float | None
) -> AuthenticatedClient:
    """The generated client with `token` and `base_url`, sending through `http` (sync or async,
    as the wrapper's client is). `timeout` None keeps `http`'s own."""
    wanted = http.timeout if timeout is None else httpx.Timeout(timeout)
    low = redacted_client_class()(base_url=base_url, token=token, timeout=wanted)
    auth = {low.auth_header_name: f"{low.prefix} {token}" if low.prefix else token}
    if isinstance(http, httpx.AsyncClient):
        low.set_async_httpx_client(
            httpx.AsyncClient(base_url=base_url, headers=auth, timeout=wanted, transport=AsyncThroughClient(http))
        )
    else:
        low.set_httpx_client(
            httpx.Client(base_url=base_url, headers=auth, timeout=wanted, transport=ThroughClient(http))
        )
    return low
