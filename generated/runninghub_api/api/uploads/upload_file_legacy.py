from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.legacy_upload_envelope import LegacyUploadEnvelope
from ...models.legacy_upload_request import LegacyUploadRequest
from ...types import Response

OPERATION_ID: Final = "upload_file_legacy"
METHOD: Final = "POST"
PATH: Final = "/task/openapi/upload"
# How the API key travels, as the spec declares it: "bearer" (Authorization header), "body" or
# "query" (in the field KEY_FIELD), or "none" (the operation takes no key).
AUTH: Final = "body"
KEY_FIELD: Final[str | None] = "apiKey"


def _get_kwargs(
    *,
    body: LegacyUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/task/openapi/upload",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


# runninghub: the request's method, url, headers and body as data, without sending it.
request_kwargs = _get_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LegacyUploadEnvelope | None:
    if response.status_code == 200:
        response_200 = LegacyUploadEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LegacyUploadEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LegacyUploadRequest,
) -> Response[LegacyUploadEnvelope]:
    """Upload resource (legacy)

     Upload an image (JPG, PNG, JPEG, WEBP), a ZIP of images, audio (MP3, WAV, FLAC) or video (MP4, AVI,
    MOV, MKV), at most 30 MB (code 809 beyond). `data.fileName` is the value for LoadImage, LoadImages
    (zip), LoadAudio and LoadVideo nodes; it is not a public URL.

    Args:
        body (LegacyUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LegacyUploadEnvelope]
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
    body: LegacyUploadRequest,
) -> LegacyUploadEnvelope | None:
    """Upload resource (legacy)

     Upload an image (JPG, PNG, JPEG, WEBP), a ZIP of images, audio (MP3, WAV, FLAC) or video (MP4, AVI,
    MOV, MKV), at most 30 MB (code 809 beyond). `data.fileName` is the value for LoadImage, LoadImages
    (zip), LoadAudio and LoadVideo nodes; it is not a public URL.

    Args:
        body (LegacyUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LegacyUploadEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LegacyUploadRequest,
) -> Response[LegacyUploadEnvelope]:
    """Upload resource (legacy)

     Upload an image (JPG, PNG, JPEG, WEBP), a ZIP of images, audio (MP3, WAV, FLAC) or video (MP4, AVI,
    MOV, MKV), at most 30 MB (code 809 beyond). `data.fileName` is the value for LoadImage, LoadImages
    (zip), LoadAudio and LoadVideo nodes; it is not a public URL.

    Args:
        body (LegacyUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LegacyUploadEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LegacyUploadRequest,
) -> LegacyUploadEnvelope | None:
    """Upload resource (legacy)

     Upload an image (JPG, PNG, JPEG, WEBP), a ZIP of images, audio (MP3, WAV, FLAC) or video (MP4, AVI,
    MOV, MKV), at most 30 MB (code 809 beyond). `data.fileName` is the value for LoadImage, LoadImages
    (zip), LoadAudio and LoadVideo nodes; it is not a public URL.

    Args:
        body (LegacyUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LegacyUploadEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
