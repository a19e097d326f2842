"""The tree of a table: flat listings and moves.

A table's records come from one paged listing (``list_table_records``), optionally only the
descendants of one node, never from a walk of the tree. A move is an update that changes
only the parent, so it makes no new version.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from generated import models
from generated.api.batch import import_records
from generated.api.records import list_table_records
from generated.types import UNSET

from .._core.gc_pause import gc_paused
from .._core.responses import checked
from .._model.enums import RecordType
from .._model.record import Record
from .._model.table import Table
from .context import OperationContext
from .listings import PageSteps, _all_pages, next_page
from .steps import Call, Steps

if TYPE_CHECKING:  # annotations only: each model loads where it is first used
    pass
    from generated.models.record import Record as RecordModel
    from generated.models.record_page import RecordPage

__all__ = [
    "move_record",
    "record_pages",
    "table_records",
    "table_records_page",
    "table_records_steps",
]


def table_records(
    context: OperationContext,
    table: Table,
    *,
    under: Record | None = None,
    subset: str | None = None,
) -> list[Record]:
    """Every record and folder of ``table`` (or below ``under``; only members of ``subset``, if given), from one paged listing.

    The garbage collector pauses meanwhile: the pages' models and the records hold no cycles,
    and its passes over the growing number of them were a large part of the client's time.
    """
    with gc_paused():
        return context.run(table_records_steps(context, table, under=under, subset=subset))


def table_records_steps(
    context: OperationContext,
    table: Table,
    *,
    under: Record | None = None,
    subset: str | None = None,
) -> Steps[list[Record]]:
    """``table_records`` as steps, for the Session and the AsyncSession alike."""
    return _all_pages(context, table_records_page(table, under=under, subset=subset))


def table_records_page(
    table: Table, *, under: Record | None = None, subset: str | None = None
) -> PageSteps:
    """Reads one page of the flat listing of ``table`` (or of the descendants of ``under``; only members of ``subset``, if given)."""
    below = under.history_guid if under is not None and under.history_guid else UNSET

    def page(number: int, size: int) -> Steps[RecordPage]:
        response = yield Call(
            list_table_records,
            (table.db_key, table.guid),
            {
                "under": below,
                "subset": subset if subset is not None else UNSET,
                "page": number,
                "page_size": size,
            },
        )
        return checked(response, "list_table_records", expected=models.RecordPage)

    return page


def record_pages(context: OperationContext, table: Table) -> Iterator[list[Record]]:
    """Every record of ``table`` (generic records too, not folders), a page at a time.

    Pages of the flat listing are read one after another; only the page being read is held,
    however large the table (an export of millions of records streams through here).
    """
    page = table_records_page(table)
    number: int | None = 1
    read = 0
    while number is not None:
        with gc_paused():  # thousands of objects per page, no cycles among them
            answer = context.run(page(number, context.max_page_size))
            found = [context.record_from_model(m) for m in answer.records]
        read += 1
        records = [r for r in found if r.type is not RecordType.Folder]
        if records:
            yield records
        number = next_page(answer, number, read=read, max_pages=context.max_pages)


def move_record(
    context: OperationContext, record: Record, *, parent: Record | Table
) -> RecordModel:
    """Move ``record`` below ``parent`` (a folder or record of its table, or the table root).

    Returns:
        The record's version as the server now holds it (same version, new parent).

    Raises:
        APIError: The server refused the move (e.g. a record cannot be its own ancestor).
    """
    from generated.models.import_item import ImportItem
    from generated.models.import_request import ImportRequest
    from generated.models.import_response import ImportResponse

    item = ImportItem(
        database_key=record.db_key,
        table_guid=record.table.guid,
        name=record.name or "",
        history_guid=record.history_guid or UNSET,
    )
    if isinstance(parent, Record):
        item.parent_history_guid = parent.history_guid
    else:
        item.move_to_root = True
    body = ImportRequest(items=[item])
    results = context.post_batch(import_records, body, answer=ImportResponse)
    outcome = results[0]
    if isinstance(outcome, Exception):
        raise outcome
    model: RecordModel = outcome.record
    return model
