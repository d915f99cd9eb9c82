from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.quick_create_params_envelope import QuickCreateParamsEnvelope
from ...models.quick_create_params_request import QuickCreateParamsRequest
from ...types import Response

OPERATION_ID: Final = "get_quick_create_params"
METHOD: Final = "POST"
PATH: Final = "/api/fast/creation/model/params"
# How the API key travels, as the spec declares it: "bearer" (Authorization header), "body" or
# "query" (in the field KEY_FIELD), or "none" (the operation takes no key).
AUTH: Final = "none"
KEY_FIELD: Final[str | None] = None


def _get_kwargs(
    *,
    body: QuickCreateParamsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/fast/creation/model/params",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


# runninghub: the request's method, url, headers and body as data, without sending it.
request_kwargs = _get_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> QuickCreateParamsEnvelope | None:
    if response.status_code == 200:
        response_200 = QuickCreateParamsEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[QuickCreateParamsEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QuickCreateParamsRequest,
) -> Response[QuickCreateParamsEnvelope]:
    """Obtain quick create model library style parameters

     Model library entries (styles, LoRAs) an AI App offers for quick create.

    Args:
        body (QuickCreateParamsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QuickCreateParamsEnvelope]
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
    body: QuickCreateParamsRequest,
) -> QuickCreateParamsEnvelope | None:
    """Obtain quick create model library style parameters

     Model library entries (styles, LoRAs) an AI App offers for quick create.

    Args:
        body (QuickCreateParamsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QuickCreateParamsEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QuickCreateParamsRequest,
) -> Response[QuickCreateParamsEnvelope]:
    """Obtain quick create model library style parameters

     Model library entries (styles, LoRAs) an AI App offers for quick create.

    Args:
        body (QuickCreateParamsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[QuickCreateParamsEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: QuickCreateParamsRequest,
) -> QuickCreateParamsEnvelope | None:
    """Obtain quick create model library style parameters

     Model library entries (styles, LoRAs) an AI App offers for quick create.

    Args:
        body (QuickCreateParamsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        QuickCreateParamsEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
