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
    from ...models.attribute_definition_list import AttributeDefinitionList
    from ...models.problem import Problem


def _get_kwargs(
    database_key: str,
    table_guid: str,
    *,
    unit_system: str | Unset = UNSET,
    absolute_temperatures: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["unitSystem"] = unit_system

    params["absoluteTemperatures"] = absolute_temperatures

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/databases/{database_key}/tables/{table_guid}/attributes".format(
            database_key=quote(str(database_key), safe=""),
            table_guid=quote(str(table_guid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttributeDefinitionList | Problem | None:
    from ...models.attribute_definition_list import AttributeDefinitionList
    from ...models.problem import Problem

    if response.status_code == 200:
        response_200 = AttributeDefinitionList.from_dict(decode_json(response.content))

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
) -> Response[AttributeDefinitionList | Problem]:
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
    table_guid: str,
    *,
    client: AuthenticatedClient | Client,
    unit_system: str | Unset = UNSET,
    absolute_temperatures: bool | Unset = False,
) -> Response[AttributeDefinitionList | Problem]:
    """List the attribute definitions of a table

     Units (`unit`, parameter units, column units, `min` and `max`) are given in the
    unit system named by `unitSystem` (default: the database's own), with absolute
    temperatures when `absoluteTemperatures` is true. `databaseUnit` is always the unit
    the database stores values in.

    Args:
        database_key (str):
        table_guid (str):
        unit_system (str | Unset):
        absolute_temperatures (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttributeDefinitionList | Problem]
    """

    kwargs = _get_kwargs(
        database_key=database_key,
        table_guid=table_guid,
        unit_system=unit_system,
        absolute_temperatures=absolute_temperatures,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    database_key: str,
    table_guid: str,
    *,
    client: AuthenticatedClient | Client,
    unit_system: str | Unset = UNSET,
    absolute_temperatures: bool | Unset = False,
) -> AttributeDefinitionList | Problem | None:
    """List the attribute definitions of a table

     Units (`unit`, parameter units, column units, `min` and `max`) are given in the
    unit system named by `unitSystem` (default: the database's own), with absolute
    temperatures when `absoluteTemperatures` is true. `databaseUnit` is always the unit
    the database stores values in.

    Args:
        database_key (str):
        table_guid (str):
        unit_system (str | Unset):
        absolute_temperatures (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttributeDefinitionList | Problem
    """

    return sync_detailed(
        database_key=database_key,
        table_guid=table_guid,
        client=client,
        unit_system=unit_system,
        absolute_temperatures=absolute_temperatures,
    ).parsed


async def asyncio_detailed(
    database_key: str,
    table_guid: str,
    *,
    client: AuthenticatedClient | Client,
    unit_system: str | Unset = UNSET,
    absolute_temperatures: bool | Unset = False,
) -> Response[AttributeDefinitionList | Problem]:
    """List the attribute definitions of a table

     Units (`unit`, parameter units, column units, `min` and `max`) are given in the
    unit system named by `unitSystem` (default: the database's own), with absolute
    temperatures when `absoluteTemperatures` is true. `databaseUnit` is always the unit
    the database stores values in.

    Args:
        database_key (str):
        table_guid (str):
        unit_system (str | Unset):
        absolute_temperatures (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttributeDefinitionList | Problem]
    """

    kwargs = _get_kwargs(
        database_key=database_key,
        table_guid=table_guid,
        unit_system=unit_system,
        absolute_temperatures=absolute_temperatures,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    database_key: str,
    table_guid: str,
    *,
    client: AuthenticatedClient | Client,
    unit_system: str | Unset = UNSET,
    absolute_temperatures: bool | Unset = False,
) -> AttributeDefinitionList | Problem | None:
    """List the attribute definitions of a table

     Units (`unit`, parameter units, column units, `min` and `max`) are given in the
    unit system named by `unitSystem` (default: the database's own), with absolute
    temperatures when `absoluteTemperatures` is true. `databaseUnit` is always the unit
    the database stores values in.

    Args:
        database_key (str):
        table_guid (str):
        unit_system (str | Unset):
        absolute_temperatures (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttributeDefinitionList | Problem
    """

    return (
        await asyncio_detailed(
            database_key=database_key,
            table_guid=table_guid,
            client=client,
            unit_system=unit_system,
            absolute_temperatures=absolute_temperatures,
        )
    ).parsed
