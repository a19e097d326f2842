from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import (
    UNSET,
    Response,
    Unset,
    collector_paused,
    decode_json,
    encode_json_body,
)

if TYPE_CHECKING:
    from ...models.problem import Problem
    from ...models.version_histories_request import VersionHistoriesRequest
    from ...models.version_histories_response import VersionHistoriesResponse


def _get_kwargs(
    *,
    body: VersionHistoriesRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/records/version-histories",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | VersionHistoriesResponse | None:
    from ...models.problem import Problem
    from ...models.version_histories_response import VersionHistoriesResponse

    if response.status_code == 200:
        response_200 = VersionHistoriesResponse.from_dict(decode_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(decode_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(decode_json(response.content))

        return response_401

    if response.status_code == 413:
        response_413 = Problem.from_dict(decode_json(response.content))

        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(decode_json(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(decode_json(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(decode_json(response.content))

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(decode_json(response.content))

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | VersionHistoriesResponse]:
    with collector_paused():  # an answer's models form a tree: no cycles to collect
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VersionHistoriesRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | VersionHistoriesResponse]:
    """Every visible version and the lifecycle events of many records

     For each reference, all versions of its record visible to the caller (oldest
    first) and the lifecycle events of those versions. At most
    `limits.maxBatchSize` references.

    Args:
        idempotency_key (str | Unset):
        body (VersionHistoriesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VersionHistoriesResponse]
    """

    with collector_paused():  # a request body's dicts form a tree: no cycles to collect
        kwargs = encode_json_body(
            _get_kwargs(
                body=body,
                idempotency_key=idempotency_key,
            )
        )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: VersionHistoriesRequest,
    idempotency_key: str | Unset = UNSET,
) -> Problem | VersionHistoriesResponse | None:
    """Every visible version and the lifecycle events of many records

     For each reference, all versions of its record visible to the caller (oldest
    first) and the lifecycle events of those versions. At most
    `limits.maxBatchSize` references.

    Args:
        idempotency_key (str | Unset):
        body (VersionHistoriesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VersionHistoriesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VersionHistoriesRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | VersionHistoriesResponse]:
    """Every visible version and the lifecycle events of many records

     For each reference, all versions of its record visible to the caller (oldest
    first) and the lifecycle events of those versions. At most
    `limits.maxBatchSize` references.

    Args:
        idempotency_key (str | Unset):
        body (VersionHistoriesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VersionHistoriesResponse]
    """

    with collector_paused():  # a request body's dicts form a tree: no cycles to collect
        kwargs = encode_json_body(
            _get_kwargs(
                body=body,
                idempotency_key=idempotency_key,
            )
        )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: VersionHistoriesRequest,
    idempotency_key: str | Unset = UNSET,
) -> Problem | VersionHistoriesResponse | None:
    """Every visible version and the lifecycle events of many records

     For each reference, all versions of its record visible to the caller (oldest
    first) and the lifecycle events of those versions. At most
    `limits.maxBatchSize` references.

    Args:
        idempotency_key (str | Unset):
        body (VersionHistoriesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VersionHistoriesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
