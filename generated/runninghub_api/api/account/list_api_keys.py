from http import HTTPStatus
from typing import Any, Final

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_key_list_envelope import ApiKeyListEnvelope
from ...models.platform_error_envelope import PlatformErrorEnvelope
from ...types import Response

OPERATION_ID: Final = "list_api_keys"
METHOD: Final = "GET"
PATH: Final = "/openapi/v2/api-key/list"
# How the API key travels, as the spec declares it: "bearer" (Authorization header), "body" or
# "query" (in the field KEY_FIELD), or "none" (the operation takes no key).
AUTH: Final = "bearer"
KEY_FIELD: Final[str | None] = None


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/openapi/v2/api-key/list",
    }

    return _kwargs


# runninghub: the request's method, url, headers and body as data, without sending it.
request_kwargs = _get_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiKeyListEnvelope | PlatformErrorEnvelope:
    if response.status_code == 200:
        response_200 = ApiKeyListEnvelope.from_dict(response.json())

        return response_200

    response_default = PlatformErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiKeyListEnvelope | PlatformErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiKeyListEnvelope | PlatformErrorEnvelope]:
    """List the account's API keys

     No body. `data` is an array; keys are masked by the platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyListEnvelope | PlatformErrorEnvelope]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ApiKeyListEnvelope | PlatformErrorEnvelope | None:
    """List the account's API keys

     No body. `data` is an array; keys are masked by the platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyListEnvelope | PlatformErrorEnvelope
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiKeyListEnvelope | PlatformErrorEnvelope]:
    """List the account's API keys

     No body. `data` is an array; keys are masked by the platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyListEnvelope | PlatformErrorEnvelope]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ApiKeyListEnvelope | PlatformErrorEnvelope | None:
    """List the account's API keys

     No body. `data` is an array; keys are masked by the platform.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyListEnvelope | PlatformErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
