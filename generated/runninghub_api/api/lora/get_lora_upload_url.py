from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lora_upload_url_envelope import LoraUploadUrlEnvelope
from ...models.lora_upload_url_request import LoraUploadUrlRequest
from ...types import Response

OPERATION_ID: Final = "get_lora_upload_url"
METHOD: Final = "POST"
PATH: Final = "/api/openapi/getLoraUploadUrl"
# How the API key travels, as the spec declares it: "bearer" (Authorization header), "body" or
# "query" (in the field KEY_FIELD), or "none" (the operation takes no key).
AUTH: Final = "body"
KEY_FIELD: Final[str | None] = "apiKey"


def _get_kwargs(
    *,
    body: LoraUploadUrlRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/openapi/getLoraUploadUrl",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


# runninghub: the request's method, url, headers and body as data, without sending it.
request_kwargs = _get_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LoraUploadUrlEnvelope | None:
    if response.status_code == 200:
        response_200 = LoraUploadUrlEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LoraUploadUrlEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoraUploadUrlRequest,
) -> Response[LoraUploadUrlEnvelope]:
    """Get a LoRA upload URL

     A pre-signed URL to PUT a .safetensors file to (Content-Type application/octet-stream); use
    data.fileName with the RHLoraLoader node. Cached by md5.

    Args:
        body (LoraUploadUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoraUploadUrlEnvelope]
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
    body: LoraUploadUrlRequest,
) -> LoraUploadUrlEnvelope | None:
    """Get a LoRA upload URL

     A pre-signed URL to PUT a .safetensors file to (Content-Type application/octet-stream); use
    data.fileName with the RHLoraLoader node. Cached by md5.

    Args:
        body (LoraUploadUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoraUploadUrlEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoraUploadUrlRequest,
) -> Response[LoraUploadUrlEnvelope]:
    """Get a LoRA upload URL

     A pre-signed URL to PUT a .safetensors file to (Content-Type application/octet-stream); use
    data.fileName with the RHLoraLoader node. Cached by md5.

    Args:
        body (LoraUploadUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoraUploadUrlEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LoraUploadUrlRequest,
) -> LoraUploadUrlEnvelope | None:
    """Get a LoRA upload URL

     A pre-signed URL to PUT a .safetensors file to (Content-Type application/octet-stream); use
    data.fileName with the RHLoraLoader node. Cached by md5.

    Args:
        body (LoraUploadUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoraUploadUrlEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
