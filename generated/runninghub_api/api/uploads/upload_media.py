from http import HTTPStatus
from typing import Any, Final

import httpx

from ...client import AuthenticatedClient, Client
from ...models.media_upload_envelope import MediaUploadEnvelope
from ...models.media_upload_request import MediaUploadRequest
from ...models.v2_error_body import V2ErrorBody
from ...types import Response

OPERATION_ID: Final = "upload_media"
METHOD: Final = "POST"
PATH: Final = "/openapi/v2/media/upload/binary"
# How the API key travels, as the spec declares it: "bearer" (Authorization header), "body" or
# "query" (in the field KEY_FIELD), or "none" (the operation takes no key).
AUTH: Final = "bearer"
KEY_FIELD: Final[str | None] = None


def _get_kwargs(
    *,
    body: MediaUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openapi/v2/media/upload/binary",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


# runninghub: the request's method, url, headers and body as data, without sending it.
request_kwargs = _get_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MediaUploadEnvelope | V2ErrorBody:
    if response.status_code == 200:
        response_200 = MediaUploadEnvelope.from_dict(response.json())

        return response_200

    response_default = V2ErrorBody.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MediaUploadEnvelope | V2ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MediaUploadRequest,
) -> Response[MediaUploadEnvelope | V2ErrorBody]:
    """Upload a file (new)

     Upload one file as multipart part `file`. Use `data.download_url` as the value of a model media
    field, and `data.fileName` as a workflow or AI App node value. The size limit of this endpoint is
    not published; per-model limits are in `x-runninghub-media`.

    Args:
        body (MediaUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MediaUploadEnvelope | V2ErrorBody]
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
    body: MediaUploadRequest,
) -> MediaUploadEnvelope | V2ErrorBody | None:
    """Upload a file (new)

     Upload one file as multipart part `file`. Use `data.download_url` as the value of a model media
    field, and `data.fileName` as a workflow or AI App node value. The size limit of this endpoint is
    not published; per-model limits are in `x-runninghub-media`.

    Args:
        body (MediaUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MediaUploadEnvelope | V2ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MediaUploadRequest,
) -> Response[MediaUploadEnvelope | V2ErrorBody]:
    """Upload a file (new)

     Upload one file as multipart part `file`. Use `data.download_url` as the value of a model media
    field, and `data.fileName` as a workflow or AI App node value. The size limit of this endpoint is
    not published; per-model limits are in `x-runninghub-media`.

    Args:
        body (MediaUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MediaUploadEnvelope | V2ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MediaUploadRequest,
) -> MediaUploadEnvelope | V2ErrorBody | None:
    """Upload a file (new)

     Upload one file as multipart part `file`. Use `data.download_url` as the value of a model media
    field, and `data.fileName` as a workflow or AI App node value. The size limit of this endpoint is
    not published; per-model limits are in `x-runninghub-media`.

    Args:
        body (MediaUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MediaUploadEnvelope | V2ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
