from http import HTTPStatus
from typing import Any, Final

import httpx

from ...client import AuthenticatedClient, Client
from ...models.platform_error_envelope import PlatformErrorEnvelope
from ...models.resource_list_envelope import ResourceListEnvelope
from ...models.resource_list_request import ResourceListRequest
from ...types import Response

OPERATION_ID: Final = "list_resources"
METHOD: Final = "POST"
PATH: Final = "/openapi/v2/resource/list"
# How the API key travels, as the spec declares it: "bearer" (Authorization header), "body" or
# "query" (in the field KEY_FIELD), or "none" (the operation takes no key).
AUTH: Final = "bearer"
KEY_FIELD: Final[str | None] = None


def _get_kwargs(
    *,
    body: ResourceListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openapi/v2/resource/list",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


# runninghub: the request's method, url, headers and body as data, without sending it.
request_kwargs = _get_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PlatformErrorEnvelope | ResourceListEnvelope:
    if response.status_code == 200:
        response_200 = ResourceListEnvelope.from_dict(response.json())

        return response_200

    response_default = PlatformErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PlatformErrorEnvelope | ResourceListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ResourceListRequest,
) -> Response[PlatformErrorEnvelope | ResourceListEnvelope]:
    """List public model-library resources

     Paged search of the public model library. `nodeModelName` of a record is the value to put in a
    loader node of a workflow.

    Args:
        body (ResourceListRequest): Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlatformErrorEnvelope | ResourceListEnvelope]
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
    body: ResourceListRequest,
) -> PlatformErrorEnvelope | ResourceListEnvelope | None:
    """List public model-library resources

     Paged search of the public model library. `nodeModelName` of a record is the value to put in a
    loader node of a workflow.

    Args:
        body (ResourceListRequest): Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlatformErrorEnvelope | ResourceListEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ResourceListRequest,
) -> Response[PlatformErrorEnvelope | ResourceListEnvelope]:
    """List public model-library resources

     Paged search of the public model library. `nodeModelName` of a record is the value to put in a
    loader node of a workflow.

    Args:
        body (ResourceListRequest): Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlatformErrorEnvelope | ResourceListEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ResourceListRequest,
) -> PlatformErrorEnvelope | ResourceListEnvelope | None:
    """List public model-library resources

     Paged search of the public model library. `nodeModelName` of a record is the value to put in a
    loader node of a workflow.

    Args:
        body (ResourceListRequest): Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlatformErrorEnvelope | ResourceListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
