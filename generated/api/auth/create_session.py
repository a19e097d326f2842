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
    from ...models.create_session_request import CreateSessionRequest
    from ...models.problem import Problem
    from ...models.server_session import ServerSession


def _get_kwargs(
    *,
    body: CreateSessionRequest | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/sessions",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ServerSession | None:
    from ...models.problem import Problem
    from ...models.server_session import ServerSession

    if response.status_code == 200:
        response_200 = ServerSession.from_dict(decode_json(response.content))

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
) -> Response[Problem | ServerSession]:
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
    body: CreateSessionRequest | Unset = UNSET,
) -> Response[Problem | ServerSession]:
    """Create a server session

     Creates a server session for the caller, authenticated by any enabled
    scheme. Later requests send the returned `id` in the `X-Session-Id`
    header. This is how connection-bound schemes (NTLM, Negotiate) are
    used: the handshake authenticates this one request only.

    Args:
        body (CreateSessionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ServerSession]
    """

    with collector_paused():  # a request body's dicts form a tree: no cycles to collect
        kwargs = encode_json_body(
            _get_kwargs(
                body=body,
            )
        )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSessionRequest | Unset = UNSET,
) -> Problem | ServerSession | None:
    """Create a server session

     Creates a server session for the caller, authenticated by any enabled
    scheme. Later requests send the returned `id` in the `X-Session-Id`
    header. This is how connection-bound schemes (NTLM, Negotiate) are
    used: the handshake authenticates this one request only.

    Args:
        body (CreateSessionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ServerSession
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSessionRequest | Unset = UNSET,
) -> Response[Problem | ServerSession]:
    """Create a server session

     Creates a server session for the caller, authenticated by any enabled
    scheme. Later requests send the returned `id` in the `X-Session-Id`
    header. This is how connection-bound schemes (NTLM, Negotiate) are
    used: the handshake authenticates this one request only.

    Args:
        body (CreateSessionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ServerSession]
    """

    with collector_paused():  # a request body's dicts form a tree: no cycles to collect
        kwargs = encode_json_body(
            _get_kwargs(
                body=body,
            )
        )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSessionRequest | Unset = UNSET,
) -> Problem | ServerSession | None:
    """Create a server session

     Creates a server session for the caller, authenticated by any enabled
    scheme. Later requests send the returned `id` in the `X-Session-Id`
    header. This is how connection-bound schemes (NTLM, Negotiate) are
    used: the handshake authenticates this one request only.

    Args:
        body (CreateSessionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ServerSession
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
