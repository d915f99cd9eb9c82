from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.run_ai_app_v2_request import RunAiAppV2Request
from ...models.v2_error_body import V2ErrorBody
from ...models.v2_task import V2Task
from ...types import Response

OPERATION_ID: Final = "run_ai_app_v2"
METHOD: Final = "POST"
PATH: Final = "/openapi/v2/run/ai-app/{webappId}"
# How the API key travels, as the spec declares it: "bearer" (Authorization header), "body" or
# "query" (in the field KEY_FIELD), or "none" (the operation takes no key).
AUTH: Final = "bearer"
KEY_FIELD: Final[str | None] = None


def _get_kwargs(
    webapp_id: str,
    *,
    body: RunAiAppV2Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openapi/v2/run/ai-app/{webapp_id}".format(
            webapp_id=quote(str(webapp_id), safe=""),
        ),
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
    webapp_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunAiAppV2Request,
) -> Response[V2ErrorBody | V2Task]:
    """Run an AI App (v2)

     Start an AI App task with bearer auth; poll with POST /openapi/v2/query.

    Args:
        webapp_id (str):
        body (RunAiAppV2Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V2ErrorBody | V2Task]
    """

    kwargs = _get_kwargs(
        webapp_id=webapp_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webapp_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunAiAppV2Request,
) -> V2ErrorBody | V2Task | None:
    """Run an AI App (v2)

     Start an AI App task with bearer auth; poll with POST /openapi/v2/query.

    Args:
        webapp_id (str):
        body (RunAiAppV2Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V2ErrorBody | V2Task
    """

    return sync_detailed(
        webapp_id=webapp_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    webapp_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunAiAppV2Request,
) -> Response[V2ErrorBody | V2Task]:
    """Run an AI App (v2)

     Start an AI App task with bearer auth; poll with POST /openapi/v2/query.

    Args:
        webapp_id (str):
        body (RunAiAppV2Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V2ErrorBody | V2Task]
    """

    kwargs = _get_kwargs(
        webapp_id=webapp_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webapp_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunAiAppV2Request,
) -> V2ErrorBody | V2Task | None:
    """Run an AI App (v2)

     Start an AI App task with bearer auth; poll with POST /openapi/v2/query.

    Args:
        webapp_id (str):
        body (RunAiAppV2Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V2ErrorBody | V2Task
    """

    return (
        await asyncio_detailed(
            webapp_id=webapp_id,
            client=client,
            body=body,
        )
    ).parsed
