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
    from ...models.resolve_request import ResolveRequest
    from ...models.resolve_response import ResolveResponse


def _get_kwargs(
    *,
    body: ResolveRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/records/resolve",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ResolveResponse | None:
    from ...models.problem import Problem
    from ...models.resolve_response import ResolveResponse

    if response.status_code == 200:
        response_200 = ResolveResponse.from_dict(decode_json(response.content))

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
) -> Response[Problem | ResolveResponse]:
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
    body: ResolveRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | ResolveResponse]:
    """Resolve record references

     Resolves each reference to a record version, by priority:
    `versionGuid` > `historyIdentity` (+ `versionNumber`) > `historyGuid`.
    With `strictVersion` true a reference naming a version resolves to that
    version only (null when the caller may not see it); false resolves to
    the latest version visible to the caller. Results align with the input;
    null where unresolved. At most `limits.maxBatchSize` references.

    Args:
        idempotency_key (str | Unset):
        body (ResolveRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResolveResponse]
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
    body: ResolveRequest,
    idempotency_key: str | Unset = UNSET,
) -> Problem | ResolveResponse | None:
    """Resolve record references

     Resolves each reference to a record version, by priority:
    `versionGuid` > `historyIdentity` (+ `versionNumber`) > `historyGuid`.
    With `strictVersion` true a reference naming a version resolves to that
    version only (null when the caller may not see it); false resolves to
    the latest version visible to the caller. Results align with the input;
    null where unresolved. At most `limits.maxBatchSize` references.

    Args:
        idempotency_key (str | Unset):
        body (ResolveRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResolveResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ResolveRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | ResolveResponse]:
    """Resolve record references

     Resolves each reference to a record version, by priority:
    `versionGuid` > `historyIdentity` (+ `versionNumber`) > `historyGuid`.
    With `strictVersion` true a reference naming a version resolves to that
    version only (null when the caller may not see it); false resolves to
    the latest version visible to the caller. Results align with the input;
    null where unresolved. At most `limits.maxBatchSize` references.

    Args:
        idempotency_key (str | Unset):
        body (ResolveRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResolveResponse]
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
    body: ResolveRequest,
    idempotency_key: str | Unset = UNSET,
) -> Problem | ResolveResponse | None:
    """Resolve record references

     Resolves each reference to a record version, by priority:
    `versionGuid` > `historyIdentity` (+ `versionNumber`) > `historyGuid`.
    With `strictVersion` true a reference naming a version resolves to that
    version only (null when the caller may not see it); false resolves to
    the latest version visible to the caller. Results align with the input;
    null where unresolved. At most `limits.maxBatchSize` references.

    Args:
        idempotency_key (str | Unset):
        body (ResolveRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResolveResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
