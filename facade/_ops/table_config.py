"""A table's layouts and subsets, the subsets of records, and record copies."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from generated import models
from generated.api.batch import copy_records, fetch_record_subsets
from generated.api.databases import list_table_layouts, list_table_subsets
from generated.types import UNSET

from .._core.batching import BatchOptions, BulkResult, finish
from .._core.responses import checked
from .._model.record import Record
from .._model.table import Table
from .context import OperationContext
from .steps import Batches, Call, Steps, post_batch

if TYPE_CHECKING:  # annotations only: each model loads where it is first used
    pass
    from generated.models.record import Record as RecordModel
    from generated.models.subset_list import SubsetList
    from generated.models.table_layout_list import TableLayoutList

__all__ = ["copy_record", "record_subsets", "table_layouts", "table_subsets"]


def table_layouts(context: OperationContext, table: Table) -> TableLayoutList:
    """The layouts of ``table`` and its default one (one request)."""
    return context.run(_table_layouts_steps(table))


def _table_layouts_steps(table: Table) -> Steps[TableLayoutList]:
    response = yield Call(list_table_layouts, (table.db_key, table.guid))
    return checked(response, "list_table_layouts", expected=models.TableLayoutList)


def table_subsets(context: OperationContext, table: Table) -> SubsetList:
    """The subsets of ``table`` and its default one (one request)."""
    return context.run(_table_subsets_steps(table))


def _table_subsets_steps(table: Table) -> Steps[SubsetList]:
    response = yield Call(list_table_subsets, (table.db_key, table.guid))
    return checked(response, "list_table_subsets", expected=models.SubsetList)


def record_subsets(
    context: OperationContext, records: Sequence[Record], *, options: BatchOptions
) -> BulkResult[Record]:
    """Load the subsets each record belongs to (one request per batch)."""
    return context.run(_record_subsets_steps(records, options=options))


def _record_subsets_steps(
    records: Sequence[Record], *, options: BatchOptions
) -> Steps[BulkResult[Record]]:
    def send(batch: Sequence[Record]) -> Steps[list[Any]]:
        from generated.models.record_subsets_request import RecordSubsetsRequest
        from generated.models.record_subsets_response import RecordSubsetsResponse

        body = RecordSubsetsRequest(records=[r._reference() for r in batch])
        return (yield from post_batch(fetch_record_subsets, body, answer=RecordSubsetsResponse))

    results, failures = yield Batches(records, send, options)
    done: list[Record] = []
    for record, result in zip(records, results, strict=True):
        if result is not None:
            record._set_subsets(result.subsets)
            done.append(record)
    finish(
        failures,
        total=len(records),
        results=done,
        raise_on_failure=options.raise_on_failure,
        operation="fetching subsets",
    )
    return BulkResult(done, failures, operation="fetching subsets")


def copy_record(
    context: OperationContext,
    record: Record,
    *,
    parent: Record | Table,
    name: str | None,
    release: bool,
) -> RecordModel:
    """Copy ``record`` below ``parent`` (one request); the new record as the server stored it.

    Raises:
        APIError: The server refused the copy (e.g. the name is taken at the destination).
    """
    from generated.models.copy_item import CopyItem
    from generated.models.copy_request import CopyRequest
    from generated.models.import_response import ImportResponse

    item = CopyItem(
        source=record._reference(by_version=True),
        parent_history_guid=parent.history_guid if isinstance(parent, Record) else None,
        name=name if name is not None else UNSET,
        release=release,
    )
    results = context.post_batch(copy_records, CopyRequest(items=[item]), answer=ImportResponse)
    outcome = results[0]
    if isinstance(outcome, Exception):
        raise outcome
    model: RecordModel = outcome.record
    return model
