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
    from ...models.copy_request import CopyRequest
    from ...models.import_response import ImportResponse
    from ...models.problem import Problem


def _get_kwargs(
    *,
    body: CopyRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/records/copy",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ImportResponse | Problem | None:
    from ...models.import_response import ImportResponse
    from ...models.problem import Problem

    if response.status_code == 200:
        response_200 = ImportResponse.from_dict(decode_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(decode_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(decode_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(decode_json(response.content))

        return response_403

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
) -> Response[ImportResponse | Problem]:
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
    body: CopyRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ImportResponse | Problem]:
    """Copy records within their table

     Each item creates a new record in the source record's table, below
    `parentHistoryGuid` (absent or null: the table root), with the attribute values of
    the source version and the same subsets. Links are not copied. `name` (default
    the source's name) is also the short name when it is given. In a
    version-controlled table the copy is unreleased unless `release` is true.
    Requires write permission. At most `limits.maxBatchSize` items.

    Args:
        idempotency_key (str | Unset):
        body (CopyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportResponse | Problem]
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
    body: CopyRequest,
    idempotency_key: str | Unset = UNSET,
) -> ImportResponse | Problem | None:
    """Copy records within their table

     Each item creates a new record in the source record's table, below
    `parentHistoryGuid` (absent or null: the table root), with the attribute values of
    the source version and the same subsets. Links are not copied. `name` (default
    the source's name) is also the short name when it is given. In a
    version-controlled table the copy is unreleased unless `release` is true.
    Requires write permission. At most `limits.maxBatchSize` items.

    Args:
        idempotency_key (str | Unset):
        body (CopyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportResponse | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CopyRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ImportResponse | Problem]:
    """Copy records within their table

     Each item creates a new record in the source record's table, below
    `parentHistoryGuid` (absent or null: the table root), with the attribute values of
    the source version and the same subsets. Links are not copied. `name` (default
    the source's name) is also the short name when it is given. In a
    version-controlled table the copy is unreleased unless `release` is true.
    Requires write permission. At most `limits.maxBatchSize` items.

    Args:
        idempotency_key (str | Unset):
        body (CopyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportResponse | Problem]
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
    body: CopyRequest,
    idempotency_key: str | Unset = UNSET,
) -> ImportResponse | Problem | None:
    """Copy records within their table

     Each item creates a new record in the source record's table, below
    `parentHistoryGuid` (absent or null: the table root), with the attribute values of
    the source version and the same subsets. Links are not copied. `name` (default
    the source's name) is also the short name when it is given. In a
    version-controlled table the copy is unreleased unless `release` is true.
    Requires write permission. At most `limits.maxBatchSize` items.

    Args:
        idempotency_key (str | Unset):
        body (CopyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
