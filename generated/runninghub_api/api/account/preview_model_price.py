from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.price_preview import PricePreview
from ...models.price_preview_request import PricePreviewRequest
from ...models.v2_error_body import V2ErrorBody
from ...types import Response

OPERATION_ID: Final = "preview_model_price"
METHOD: Final = "POST"
PATH: Final = "/openapi/v2/price-preview/{endpoint}"
# How the API key travels, as the spec declares it: "bearer" (Authorization header), "body" or
# "query" (in the field KEY_FIELD), or "none" (the operation takes no key).
AUTH: Final = "bearer"
KEY_FIELD: Final[str | None] = None


def _get_kwargs(
    endpoint: str,
    *,
    body: PricePreviewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openapi/v2/price-preview/{endpoint}".format(
            endpoint=quote(str(endpoint), safe=""),
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
) -> PricePreview | V2ErrorBody:
    if response.status_code == 200:
        response_200 = PricePreview.from_dict(response.json())

        return response_200

    response_default = V2ErrorBody.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PricePreview | V2ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    endpoint: str,
    *,
    client: AuthenticatedClient | Client,
    body: PricePreviewRequest,
) -> Response[PricePreview | V2ErrorBody]:
    """Preview the price of a model call

     Answers what submitting the same body to `POST /openapi/v2/{endpoint}` would cost; no task is
    created and nothing is charged. The body is exactly that model's submit body (`x-runninghub-same-
    body-as`), so it is validated against the model's request schema. The reply is flat (no `code`):
    success is judged by `errorCode`. Consumer (NORMAL) keys were reported to get errorCode 1014 here;
    enterprise-shared keys get a price. The estimate is not the final charge: the task's `usage` is.

    Args:
        endpoint (str):
        body (PricePreviewRequest): The model's submit body, unchanged (its fields are those of
            the model's request schema).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PricePreview | V2ErrorBody]
    """

    kwargs = _get_kwargs(
        endpoint=endpoint,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint: str,
    *,
    client: AuthenticatedClient | Client,
    body: PricePreviewRequest,
) -> PricePreview | V2ErrorBody | None:
    """Preview the price of a model call

     Answers what submitting the same body to `POST /openapi/v2/{endpoint}` would cost; no task is
    created and nothing is charged. The body is exactly that model's submit body (`x-runninghub-same-
    body-as`), so it is validated against the model's request schema. The reply is flat (no `code`):
    success is judged by `errorCode`. Consumer (NORMAL) keys were reported to get errorCode 1014 here;
    enterprise-shared keys get a price. The estimate is not the final charge: the task's `usage` is.

    Args:
        endpoint (str):
        body (PricePreviewRequest): The model's submit body, unchanged (its fields are those of
            the model's request schema).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PricePreview | V2ErrorBody
    """

    return sync_detailed(
        endpoint=endpoint,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    endpoint: str,
    *,
    client: AuthenticatedClient | Client,
    body: PricePreviewRequest,
) -> Response[PricePreview | V2ErrorBody]:
    """Preview the price of a model call

     Answers what submitting the same body to `POST /openapi/v2/{endpoint}` would cost; no task is
    created and nothing is charged. The body is exactly that model's submit body (`x-runninghub-same-
    body-as`), so it is validated against the model's request schema. The reply is flat (no `code`):
    success is judged by `errorCode`. Consumer (NORMAL) keys were reported to get errorCode 1014 here;
    enterprise-shared keys get a price. The estimate is not the final charge: the task's `usage` is.

    Args:
        endpoint (str):
        body (PricePreviewRequest): The model's submit body, unchanged (its fields are those of
            the model's request schema).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PricePreview | V2ErrorBody]
    """

    kwargs = _get_kwargs(
        endpoint=endpoint,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint: str,
    *,
    client: AuthenticatedClient | Client,
    body: PricePreviewRequest,
) -> PricePreview | V2ErrorBody | None:
    """Preview the price of a model call

     Answers what submitting the same body to `POST /openapi/v2/{endpoint}` would cost; no task is
    created and nothing is charged. The body is exactly that model's submit body (`x-runninghub-same-
    body-as`), so it is validated against the model's request schema. The reply is flat (no `code`):
    success is judged by `errorCode`. Consumer (NORMAL) keys were reported to get errorCode 1014 here;
    enterprise-shared keys get a price. The estimate is not the final charge: the task's `usage` is.

    Args:
        endpoint (str):
        body (PricePreviewRequest): The model's submit body, unchanged (its fields are those of
            the model's request schema).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PricePreview | V2ErrorBody
    """

    return (
        await asyncio_detailed(
            endpoint=endpoint,
            client=client,
            body=body,
        )
    ).parsed
