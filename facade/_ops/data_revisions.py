"""Data revision histories of records, one export request per batch with no attribute values."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from generated.api.batch import export_records
from generated.types import Unset

from .._core.batching import BatchOptions, finish
from .._model.data_revisions import data_revision_from_model
from .._model.record import Record
from .context import OperationContext

if TYPE_CHECKING:  # annotations only: each model loads where it is first used
    pass

__all__ = ["fetch_data_revisions"]


def fetch_data_revisions(
    context: OperationContext, records: Sequence[Record], *, options: BatchOptions
) -> None:
    """Load ``Record.data_revision_history`` of ``records``.

    Raises:
        BulkOperationError: Some records could not be read; the others are loaded.
    """

    def send(batch: Sequence[Record]) -> list[Any]:
        from generated.models.export_request import ExportRequest
        from generated.models.export_response import ExportResponse

        body = ExportRequest(
            records=[r._reference(by_version=True) for r in batch],
            attributes=[],
            meta_attributes=[],
            include_data_revisions=True,
        )
        return context.post_batch(export_records, body, answer=ExportResponse)

    results, failures = context.run_batches(records, send, options=options)
    for record, result in zip(records, results, strict=True):
        if result is None or isinstance(result.data_revisions, Unset):
            continue
        record._set_data_revisions([data_revision_from_model(m) for m in result.data_revisions])
    finish(
        failures,
        total=len(records),
        results=results,
        raise_on_failure=True,
        operation="bulk_fetch_data_revision_history",
    )
