from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import (
    UNSET,
    File,
    Response,
    Unset,
    collector_paused,
    decode_json,
)

if TYPE_CHECKING:
    from ...models.binary_data_info import BinaryDataInfo
    from ...models.problem import Problem


def _get_kwargs(
    database_key: str,
    *,
    body: File,
    file_name: str | Unset = UNSET,
    mime_type: str | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fileName"] = file_name

    params["mimeType"] = mime_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/databases/{database_key}/binary-data".format(
            database_key=quote(str(database_key), safe=""),
        ),
        "params": params,
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BinaryDataInfo | Problem | None:
    from ...models.binary_data_info import BinaryDataInfo
    from ...models.problem import Problem

    if response.status_code == 201:
        response_201 = BinaryDataInfo.from_dict(decode_json(response.content))

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(decode_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(decode_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(decode_json(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(decode_json(response.content))

        return response_404

    if response.status_code == 413:
        response_413 = Problem.from_dict(decode_json(response.content))

        return response_413

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
) -> Response[BinaryDataInfo | Problem]:
    with collector_paused():  # an answer's models form a tree: no cycles to collect
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    database_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    file_name: str | Unset = UNSET,
    mime_type: str | Unset = UNSET,
) -> Response[BinaryDataInfo | Problem]:
    """Upload the content of a file or picture

     Returns a `binaryId` that an import item's file or picture value refers to.

    Args:
        database_key (str):
        file_name (str | Unset):
        mime_type (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BinaryDataInfo | Problem]
    """

    with collector_paused():  # a request body's dicts form a tree: no cycles to collect
        kwargs = _get_kwargs(
            database_key=database_key,
            body=body,
            file_name=file_name,
            mime_type=mime_type,
        )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    database_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    file_name: str | Unset = UNSET,
    mime_type: str | Unset = UNSET,
) -> BinaryDataInfo | Problem | None:
    """Upload the content of a file or picture

     Returns a `binaryId` that an import item's file or picture value refers to.

    Args:
        database_key (str):
        file_name (str | Unset):
        mime_type (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BinaryDataInfo | Problem
    """

    return sync_detailed(
        database_key=database_key,
        client=client,
        body=body,
        file_name=file_name,
        mime_type=mime_type,
    ).parsed


async def asyncio_detailed(
    database_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    file_name: str | Unset = UNSET,
    mime_type: str | Unset = UNSET,
) -> Response[BinaryDataInfo | Problem]:
    """Upload the content of a file or picture

     Returns a `binaryId` that an import item's file or picture value refers to.

    Args:
        database_key (str):
        file_name (str | Unset):
        mime_type (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BinaryDataInfo | Problem]
    """

    with collector_paused():  # a request body's dicts form a tree: no cycles to collect
        kwargs = _get_kwargs(
            database_key=database_key,
            body=body,
            file_name=file_name,
            mime_type=mime_type,
        )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    database_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    file_name: str | Unset = UNSET,
    mime_type: str | Unset = UNSET,
) -> BinaryDataInfo | Problem | None:
    """Upload the content of a file or picture

     Returns a `binaryId` that an import item's file or picture value refers to.

    Args:
        database_key (str):
        file_name (str | Unset):
        mime_type (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BinaryDataInfo | Problem
    """

    return (
        await asyncio_detailed(
            database_key=database_key,
            client=client,
            body=body,
            file_name=file_name,
            mime_type=mime_type,
        )
    ).parsed
