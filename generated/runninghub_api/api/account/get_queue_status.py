from http import HTTPStatus
from typing import Any, Final

import httpx

from ...client import AuthenticatedClient, Client
from ...models.platform_error_envelope import PlatformErrorEnvelope
from ...models.queue_status_envelope import QueueStatusEnvelope
from ...types import Response

OPERATION_ID: Final = "get_queue_status"
METHOD: Final = "GET"
PATH: Final = "/openapi/v2/queue/status"
# How the API key travels, as the spec declares it: "bearer" (Authorization header), "body" or
# "query" (in the field KEY_FIELD), or "none" (the operation takes no key).
AUTH: Final = "bearer"
KEY_FIELD: Final[str | None] = None


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/openapi/v2/queue/status",
    }

    return _kwargs


# runninghub: the request's method, url, headers and body as data, without sending it.
request_kwargs = _get_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PlatformErrorEnvelope | QueueStatusEnvelope:
    if response.status_code == 200:
        response_200 = QueueStatusEnvelope.from_dict(response.json())

        return response_200

    response_default = PlatformErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PlatformErrorEnvelope | QueueStatusEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[PlatformErrorEnvelope | QueueStatusEnvelope]:
    """Read the key's queue status

     No body. `concurrentLimit` is how many tasks the key may run at once; the counts are what it runs
    and queues now. Clients also use it as a cheap key and site check.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlatformErrorEnvelope | QueueStatusEnvelope]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> PlatformErrorEnvelope | QueueStatusEnvelope | None:
    """Read the key's queue status

     No body. `concurrentLimit` is how many tasks the key may run at once; the counts are what it runs
    and queues now. Clients also use it as a cheap key and site check.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlatformErrorEnvelope | QueueStatusEnvelope
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[PlatformErrorEnvelope | QueueStatusEnvelope]:
    """Read the key's queue status

     No body. `concurrentLimit` is how many tasks the key may run at once; the counts are what it runs
    and queues now. Clients also use it as a cheap key and site check.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlatformErrorEnvelope | QueueStatusEnvelope]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> PlatformErrorEnvelope | QueueStatusEnvelope | None:
    """Read the key's queue status

     No body. `concurrentLimit` is how many tasks the key may run at once; the counts are what it runs
    and queues now. Clients also use it as a cheap key and site check.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlatformErrorEnvelope | QueueStatusEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
