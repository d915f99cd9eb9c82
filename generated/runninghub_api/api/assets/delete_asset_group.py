from http import HTTPStatus
from typing import Any, Final

import httpx

from ...client import AuthenticatedClient, Client
from ...models.asset_delete_envelope import AssetDeleteEnvelope
from ...models.asset_group_id_request import AssetGroupIdRequest
from ...models.platform_error_envelope import PlatformErrorEnvelope
from ...types import Response

OPERATION_ID: Final = "delete_asset_group"
METHOD: Final = "POST"
PATH: Final = "/openapi/v2/assets/groups/delete"
# How the API key travels, as the spec declares it: "bearer" (Authorization header), "body" or
# "query" (in the field KEY_FIELD), or "none" (the operation takes no key).
AUTH: Final = "bearer"
KEY_FIELD: Final[str | None] = None


def _get_kwargs(
    *,
    body: AssetGroupIdRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openapi/v2/assets/groups/delete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


# runninghub: the request's method, url, headers and body as data, without sending it.
request_kwargs = _get_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssetDeleteEnvelope | PlatformErrorEnvelope:
    if response.status_code == 200:
        response_200 = AssetDeleteEnvelope.from_dict(response.json())

        return response_200

    response_default = PlatformErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AssetDeleteEnvelope | PlatformErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AssetGroupIdRequest,
) -> Response[AssetDeleteEnvelope | PlatformErrorEnvelope]:
    """Delete an asset group

     Delete one group.

    Args:
        body (AssetGroupIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetDeleteEnvelope | PlatformErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AssetGroupIdRequest,
) -> AssetDeleteEnvelope | PlatformErrorEnvelope | None:
    """Delete an asset group

     Delete one group.

    Args:
        body (AssetGroupIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetDeleteEnvelope | PlatformErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AssetGroupIdRequest,
) -> Response[AssetDeleteEnvelope | PlatformErrorEnvelope]:
    """Delete an asset group

     Delete one group.

    Args:
        body (AssetGroupIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetDeleteEnvelope | PlatformErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AssetGroupIdRequest,
) -> AssetDeleteEnvelope | PlatformErrorEnvelope | None:
    """Delete an asset group

     Delete one group.

    Args:
        body (AssetGroupIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetDeleteEnvelope | PlatformErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
