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
    encode_json_body,
)

if TYPE_CHECKING:
    from ...models.criteria_search_request import CriteriaSearchRequest
    from ...models.problem import Problem
    from ...models.record_page import RecordPage


def _get_kwargs(
    database_key: str,
    *,
    body: CriteriaSearchRequest,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/databases/{database_key}/criteria-search".format(
            database_key=quote(str(database_key), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: CriteriaSearchRequest,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
) -> Response[Problem | RecordPage]:
    """Records that meet every one of a list of criteria

     Criteria are combined with AND. Criteria on attributes need `tableGuid` (all
    attributes are of that table); criteria on record properties alone search every
    table of the database (or only `tableGuid`). Numeric values are read in the unit
    shown for the attribute in `unitSystem` (with `absoluteTemperatures`). Several
    criteria on one tabular `column` must all be met by a single row of the table.

    Per attribute kind: point and range `lessThan` / `greaterThan` (some value, or the
    range's low / high end, is strictly below / above `value`) and `between`
    (`values` = [low, high]: some value lies in, or the range overlaps, the closed
    interval); integer the same plus `equal`; date `between` (`values` = two ISO
    dates, inclusive); logical `contains` (`value` true or false); short and long text
    and hyperlink `contains` / `notContains` (case-insensitive substring; short text
    also `equal`, exact); discrete `containsAny` / `containsAll` (`values`),
    `contains` and `notContains` (one value); every kind `exists` / `notExists`.
    `notContains` also finds records without a value. Record properties: names and
    users as short text, identities and version numbers as integers, dates as
    date-times (`lessThan`, `greaterThan`, `between`), `recordType` and `recordColor`
    with `equal` or `containsAny`. An unknown attribute, column or property, or an
    operator the kind does not support, is a 422 whose `errors` point at the criterion.
    Results are ordered by name and paginated; follow `nextPage` until it is null.

    Args:
        database_key (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 100.
        body (CriteriaSearchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecordPage]
    """

    with collector_paused():  # a request body's dicts form a tree: no cycles to collect
        kwargs = encode_json_body(
            _get_kwargs(
                database_key=database_key,
                body=body,
                page=page,
                page_size=page_size,
            )
        )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    database_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CriteriaSearchRequest,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
) -> Problem | RecordPage | None:
    """Records that meet every one of a list of criteria

     Criteria are combined with AND. Criteria on attributes need `tableGuid` (all
    attributes are of that table); criteria on record properties alone search every
    table of the database (or only `tableGuid`). Numeric values are read in the unit
    shown for the attribute in `unitSystem` (with `absoluteTemperatures`). Several
    criteria on one tabular `column` must all be met by a single row of the table.

    Per attribute kind: point and range `lessThan` / `greaterThan` (some value, or the
    range's low / high end, is strictly below / above `value`) and `between`
    (`values` = [low, high]: some value lies in, or the range overlaps, the closed
    interval); integer the same plus `equal`; date `between` (`values` = two ISO
    dates, inclusive); logical `contains` (`value` true or false); short and long text
    and hyperlink `contains` / `notContains` (case-insensitive substring; short text
    also `equal`, exact); discrete `containsAny` / `containsAll` (`values`),
    `contains` and `notContains` (one value); every kind `exists` / `notExists`.
    `notContains` also finds records without a value. Record properties: names and
    users as short text, identities and version numbers as integers, dates as
    date-times (`lessThan`, `greaterThan`, `between`), `recordType` and `recordColor`
    with `equal` or `containsAny`. An unknown attribute, column or property, or an
    operator the kind does not support, is a 422 whose `errors` point at the criterion.
    Results are ordered by name and paginated; follow `nextPage` until it is null.

    Args:
        database_key (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 100.
        body (CriteriaSearchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecordPage
    """

    return sync_detailed(
        database_key=database_key,
        client=client,
        body=body,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    database_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CriteriaSearchRequest,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
) -> Response[Problem | RecordPage]:
    """Records that meet every one of a list of criteria

     Criteria are combined with AND. Criteria on attributes need `tableGuid` (all
    attributes are of that table); criteria on record properties alone search every
    table of the database (or only `tableGuid`). Numeric values are read in the unit
    shown for the attribute in `unitSystem` (with `absoluteTemperatures`). Several
    criteria on one tabular `column` must all be met by a single row of the table.

    Per attribute kind: point and range `lessThan` / `greaterThan` (some value, or the
    range's low / high end, is strictly below / above `value`) and `between`
    (`values` = [low, high]: some value lies in, or the range overlaps, the closed
    interval); integer the same plus `equal`; date `between` (`values` = two ISO
    dates, inclusive); logical `contains` (`value` true or false); short and long text
    and hyperlink `contains` / `notContains` (case-insensitive substring; short text
    also `equal`, exact); discrete `containsAny` / `containsAll` (`values`),
    `contains` and `notContains` (one value); every kind `exists` / `notExists`.
    `notContains` also finds records without a value. Record properties: names and
    users as short text, identities and version numbers as integers, dates as
    date-times (`lessThan`, `greaterThan`, `between`), `recordType` and `recordColor`
    with `equal` or `containsAny`. An unknown attribute, column or property, or an
    operator the kind does not support, is a 422 whose `errors` point at the criterion.
    Results are ordered by name and paginated; follow `nextPage` until it is null.

    Args:
        database_key (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 100.
        body (CriteriaSearchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecordPage]
    """

    with collector_paused():  # a request body's dicts form a tree: no cycles to collect
        kwargs = encode_json_body(
            _get_kwargs(
                database_key=database_key,
                body=body,
                page=page,
                page_size=page_size,
            )
        )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    database_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CriteriaSearchRequest,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
) -> Problem | RecordPage | None:
    """Records that meet every one of a list of criteria

     Criteria are combined with AND. Criteria on attributes need `tableGuid` (all
    attributes are of that table); criteria on record properties alone search every
    table of the database (or only `tableGuid`). Numeric values are read in the unit
    shown for the attribute in `unitSystem` (with `absoluteTemperatures`). Several
    criteria on one tabular `column` must all be met by a single row of the table.

    Per attribute kind: point and range `lessThan` / `greaterThan` (some value, or the
    range's low / high end, is strictly below / above `value`) and `between`
    (`values` = [low, high]: some value lies in, or the range overlaps, the closed
    interval); integer the same plus `equal`; date `between` (`values` = two ISO
    dates, inclusive); logical `contains` (`value` true or false); short and long text
    and hyperlink `contains` / `notContains` (case-insensitive substring; short text
    also `equal`, exact); discrete `containsAny` / `containsAll` (`values`),
    `contains` and `notContains` (one value); every kind `exists` / `notExists`.
    `notContains` also finds records without a value. Record properties: names and
    users as short text, identities and version numbers as integers, dates as
    date-times (`lessThan`, `greaterThan`, `between`), `recordType` and `recordColor`
    with `equal` or `containsAny`. An unknown attribute, column or property, or an
    operator the kind does not support, is a 422 whose `errors` point at the criterion.
    Results are ordered by name and paginated; follow `nextPage` until it is null.

    Args:
        database_key (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 100.
        body (CriteriaSearchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecordPage
    """

    return (
        await asyncio_detailed(
            database_key=database_key,
            client=client,
            body=body,
            page=page,
            page_size=page_size,
        )
    ).parsed
