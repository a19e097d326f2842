"""The catalogue: databases, their tables and attribute definitions, and binary data."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, BinaryIO

import httpx

from generated.api.binary import download_binary_data
from generated.api.databases import list_attribute_definitions, list_databases, list_tables
from generated.types import File

from .._core.errors import ConnectionFailedError, RequestTimeoutError, error_from_response
from .._core.network import STREAM_EXTENSION
from .._core.responses import checked
from .._core.transport import redact_url
from .._model.binary_values import BinaryDownload
from .context import OperationContext
from .steps import Call, Steps

if TYPE_CHECKING:  # annotations only: each model loads where it is first used
    pass
    from generated.models.database import Database as DatabaseModel
    from generated.models.table import Table as TableModel

__all__ = [
    "attribute_types",
    "attribute_types_steps",
    "attribute_units",
    "binary_loader",
    "databases",
    "databases_steps",
    "tables",
    "tables_steps",
]


def databases(context: OperationContext) -> list[DatabaseModel]:
    """Every database the user may read (one request)."""
    return context.run(databases_steps())


def databases_steps() -> Steps[list[DatabaseModel]]:
    """Every database the user may read (one request)."""
    from generated.models.database_list import DatabaseList

    response = yield Call(list_databases)
    return checked(response, "list_databases", expected=DatabaseList).databases


def tables(context: OperationContext, db_key: str) -> list[TableModel]:
    """Every table of database ``db_key`` (one request)."""
    return context.run(tables_steps(db_key))


def tables_steps(db_key: str) -> Steps[list[TableModel]]:
    """Every table of database ``db_key`` (one request)."""
    from generated.models.table_list import TableList

    response = yield Call(list_tables, (db_key,))
    return checked(response, "list_tables", expected=TableList).tables


def attribute_types(context: OperationContext, *, db_key: str, table_guid: str) -> dict[str, str]:
    """Attribute names of a table and their kinds (one request)."""
    return context.run(attribute_types_steps(db_key=db_key, table_guid=table_guid))


def attribute_types_steps(*, db_key: str, table_guid: str) -> Steps[dict[str, str]]:
    """``attribute_types`` as steps."""
    from generated.models.attribute_definition_list import AttributeDefinitionList

    response = yield Call(list_attribute_definitions, (db_key, table_guid))
    listed = checked(response, "list_attribute_definitions", expected=AttributeDefinitionList)
    return {d.name: str(d.type_) for d in listed.attributes}


def attribute_units(
    context: OperationContext, *, db_key: str, table_guid: str
) -> dict[str, str | None]:
    """Attribute names of a table and the unit values are stored in (None: no unit); one request."""
    from generated.models.attribute_definition_list import AttributeDefinitionList

    response = list_attribute_definitions.sync_detailed(db_key, table_guid, client=context.client)
    listed = checked(response, "list_attribute_definitions", expected=AttributeDefinitionList)
    return {d.name: d.unit for d in listed.attributes}


def binary_loader(context: OperationContext, db_key: str) -> Callable[[str], BinaryDownload]:
    """For a binary value's URL, how to download its bytes (one request each time).

    Only the binary id is taken from the URL: the request goes to this Service Layer, with its
    credentials, whatever host the URL names.
    """

    def loader_for(url: str) -> BinaryDownload:
        return _Download(context, db_key=db_key, binary_id=url.rstrip("/").rsplit("/", 1)[-1])

    return loader_for


_ERROR_BODY_LIMIT = 64 * 1024


class _Download:
    """One binary's bytes: read into memory, or streamed into a file."""

    def __init__(self, context: OperationContext, *, db_key: str, binary_id: str) -> None:
        self._context = context
        self._db_key = db_key
        self._binary_id = binary_id

    def read(self) -> bytes:
        client = self._context.client
        response = download_binary_data.sync_detailed(self._db_key, self._binary_id, client=client)
        return checked(response, "download_binary_data", expected=File).payload.read()

    def write_to(self, file: BinaryIO) -> int:
        request = download_binary_data._get_kwargs(self._db_key, self._binary_id)
        http = self._context.client.get_httpx_client()
        what = f"GET {redact_url(request['url'])}"
        try:
            with http.stream(
                request["method"], request["url"], extensions={STREAM_EXTENSION: True}
            ) as response:
                if response.status_code != 200:
                    raise _download_error(response)
                written = 0
                for chunk in response.iter_bytes():
                    file.write(chunk)
                    written += len(chunk)
                return written
        except httpx.TimeoutException as exc:
            raise RequestTimeoutError(
                f"{what}: the download stalled longer than the timeout "
                "(SessionConfiguration.timeout)"
            ) from exc
        except httpx.TransportError as exc:
            raise ConnectionFailedError(
                f"{what}: the connection failed during the download "
                f"({type(exc).__name__}); try again"
            ) from exc


def _download_error(response: httpx.Response) -> Exception:
    """The typed error of a refused download, reading at most 64 KiB of its problem details."""
    body = b""
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > _ERROR_BODY_LIMIT:
            body = b""
            break
    headers = [
        (k, v)
        for k, v in response.headers.multi_items()
        if k.lower() not in ("content-encoding", "content-length")
    ]
    plain = httpx.Response(response.status_code, headers=headers, content=body)
    return error_from_response(plain, "download_binary_data")
