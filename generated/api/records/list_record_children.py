from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import (
    UNSET,
    Response,
    Unset,
    collector_paused,
    decode_json,
)

if TYPE_CHECKING:
    from ...models.problem import Problem
    from ...models.record_page import RecordPage


def _get_kwargs(
    database_key: str,
    history_guid: str,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    subset: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["subset"] = subset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/databases/{database_key}/record-histories/{history_guid}/children".format(
            database_key=quote(str(database_key), safe=""),
            history_guid=quote(str(history_guid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RecordPage | None:
    from ...models.problem import Problem
    from ...models.record_page import RecordPage

    if response.status_code == 200:
        response_200 = RecordPage.from_dict(decode_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(decode_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(decode_json(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(decode_json(response.content))

        return response_404

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
) -> Response[Problem | RecordPage]:
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
    history_guid: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    subset: str | Unset = UNSET,
) -> Response[Problem | RecordPage]:
    """The children of a folder or record

    Args:
        database_key (str):
        history_guid (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 100.
        subset (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecordPage]
    """

    kwargs = _get_kwargs(
        database_key=database_key,
        history_guid=history_guid,
        page=page,
        page_size=page_size,
        subset=subset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    database_key: str,
    history_guid: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    subset: str | Unset = UNSET,
) -> Problem | RecordPage | None:
    """The children of a folder or record

    Args:
        database_key (str):
        history_guid (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 100.
        subset (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecordPage
    """

    return sync_detailed(
        database_key=database_key,
        history_guid=history_guid,
        client=client,
        page=page,
        page_size=page_size,
        subset=subset,
    ).parsed


async def asyncio_detailed(
    database_key: str,
    history_guid: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    subset: str | Unset = UNSET,
) -> Response[Problem | RecordPage]:
    """The children of a folder or record

    Args:
        database_key (str):
        history_guid (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 100.
        subset (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecordPage]
    """

    kwargs = _get_kwargs(
        database_key=database_key,
        history_guid=history_guid,
        page=page,
        page_size=page_size,
        subset=subset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    database_key: str,
    history_guid: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    subset: str | Unset = UNSET,
) -> Problem | RecordPage | None:
    """The children of a folder or record

    Args:
        database_key (str):
        history_guid (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 100.
        subset (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecordPage
    """

    return (
        await asyncio_detailed(
            database_key=database_key,
            history_guid=history_guid,
            client=client,
            page=page,
            page_size=page_size,
            subset=subset,
        )
    ).parsed
