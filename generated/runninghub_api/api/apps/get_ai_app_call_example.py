from http import HTTPStatus
from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_call_demo_envelope import ApiCallDemoEnvelope
from ...types import UNSET, Response

OPERATION_ID: Final = "get_ai_app_call_example"
METHOD: Final = "GET"
PATH: Final = "/api/webapp/apiCallDemo"
# How the API key travels, as the spec declares it: "bearer" (Authorization header), "body" or
# "query" (in the field KEY_FIELD), or "none" (the operation takes no key).
AUTH: Final = "query"
KEY_FIELD: Final[str | None] = "apiKey"


def _get_kwargs(
    *,
    api_key: str,
    webapp_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["apiKey"] = api_key

    params["webappId"] = webapp_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/webapp/apiCallDemo",
        "params": params,
    }

    return _kwargs


# runninghub: the request's method, url, headers and body as data, without sending it.
request_kwargs = _get_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiCallDemoEnvelope | None:
    if response.status_code == 200:
        response_200 = ApiCallDemoEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiCallDemoEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    api_key: str,
    webapp_id: str,
) -> Response[ApiCallDemoEnvelope]:
    """Get API call examples for an AI App

     The app's name, usage counts, covers, tags, its editable inputs (`nodeInfoList`, with `fieldType`)
    and a ready-made curl command (`data.curl`; older docs called it `url`). An empty nodeInfoList means
    the app must first be run once on the website.

    Args:
        api_key (str):
        webapp_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiCallDemoEnvelope]
    """

    kwargs = _get_kwargs(
        api_key=api_key,
        webapp_id=webapp_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    api_key: str,
    webapp_id: str,
) -> ApiCallDemoEnvelope | None:
    """Get API call examples for an AI App

     The app's name, usage counts, covers, tags, its editable inputs (`nodeInfoList`, with `fieldType`)
    and a ready-made curl command (`data.curl`; older docs called it `url`). An empty nodeInfoList means
    the app must first be run once on the website.

    Args:
        api_key (str):
        webapp_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiCallDemoEnvelope
    """

    return sync_detailed(
        client=client,
        api_key=api_key,
        webapp_id=webapp_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    api_key: str,
    webapp_id: str,
) -> Response[ApiCallDemoEnvelope]:
    """Get API call examples for an AI App

     The app's name, usage counts, covers, tags, its editable inputs (`nodeInfoList`, with `fieldType`)
    and a ready-made curl command (`data.curl`; older docs called it `url`). An empty nodeInfoList means
    the app must first be run once on the website.

    Args:
        api_key (str):
        webapp_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiCallDemoEnvelope]
    """

    kwargs = _get_kwargs(
        api_key=api_key,
        webapp_id=webapp_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    api_key: str,
    webapp_id: str,
) -> ApiCallDemoEnvelope | None:
    """Get API call examples for an AI App

     The app's name, usage counts, covers, tags, its editable inputs (`nodeInfoList`, with `fieldType`)
    and a ready-made curl command (`data.curl`; older docs called it `url`). An empty nodeInfoList means
    the app must first be run once on the website.

    Args:
        api_key (str):
        webapp_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiCallDemoEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            api_key=api_key,
            webapp_id=webapp_id,
        )
    ).parsed
