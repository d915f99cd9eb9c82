from http import HTTPStatus
from typing import Any, Final

import httpx

from ...client import AuthenticatedClient, Client
from ...models.rhart_audio_text_to_audio_speech_02_turbo_request import (
    RhartAudioTextToAudioSpeech02TurboRequest,
)
from ...models.v2_error_body import V2ErrorBody
from ...models.v2_task import V2Task
from ...types import Response

OPERATION_ID: Final = "rhart_audio_text_to_audio_speech_02_turbo"
METHOD: Final = "POST"
PATH: Final = "/openapi/v2/rhart-audio/text-to-audio/speech-02-turbo"
# How the API key travels, as the spec declares it: "bearer" (Authorization header), "body" or
# "query" (in the field KEY_FIELD), or "none" (the operation takes no key).
AUTH: Final = "bearer"
KEY_FIELD: Final[str | None] = None


def _get_kwargs(
    *,
    body: RhartAudioTextToAudioSpeech02TurboRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openapi/v2/rhart-audio/text-to-audio/speech-02-turbo",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


# runninghub: the request's method, url, headers and body as data, without sending it.
request_kwargs = _get_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> V2ErrorBody | V2Task:
    if response.status_code == 200:
        response_200 = V2Task.from_dict(response.json())

        return response_200

    response_default = V2ErrorBody.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[V2ErrorBody | V2Task]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RhartAudioTextToAudioSpeech02TurboRequest,
) -> Response[V2ErrorBody | V2Task]:
    """minimax/speech-02-turbo

     Submit a task (audio/text-to-audio, audio output). The reply carries the task id; poll `POST
    /openapi/v2/query` for the result.

    Args:
        body (RhartAudioTextToAudioSpeech02TurboRequest): Request body of minimax/speech-02-turbo.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V2ErrorBody | V2Task]
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
    body: RhartAudioTextToAudioSpeech02TurboRequest,
) -> V2ErrorBody | V2Task | None:
    """minimax/speech-02-turbo

     Submit a task (audio/text-to-audio, audio output). The reply carries the task id; poll `POST
    /openapi/v2/query` for the result.

    Args:
        body (RhartAudioTextToAudioSpeech02TurboRequest): Request body of minimax/speech-02-turbo.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V2ErrorBody | V2Task
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RhartAudioTextToAudioSpeech02TurboRequest,
) -> Response[V2ErrorBody | V2Task]:
    """minimax/speech-02-turbo

     Submit a task (audio/text-to-audio, audio output). The reply carries the task id; poll `POST
    /openapi/v2/query` for the result.

    Args:
        body (RhartAudioTextToAudioSpeech02TurboRequest): Request body of minimax/speech-02-turbo.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V2ErrorBody | V2Task]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RhartAudioTextToAudioSpeech02TurboRequest,
) -> V2ErrorBody | V2Task | None:
    """minimax/speech-02-turbo

     Submit a task (audio/text-to-audio, audio output). The reply carries the task id; poll `POST
    /openapi/v2/query` for the result.

    Args:
        body (RhartAudioTextToAudioSpeech02TurboRequest): Request body of minimax/speech-02-turbo.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V2ErrorBody | V2Task
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
