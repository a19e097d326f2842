"""Batched reads of records: attribute and link exports, and release states.

Each batch asks for the exact version every Record object holds; the answers are loaded into
those Records in place. Link targets are resolved to Records in one more batched look-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from generated.api.batch import export_records, fetch_release_states
from generated.models.export_request import ExportRequest
from generated.models.export_response import ExportResponse
from generated.models.export_result import ExportResult
from generated.models.record_reference import RecordReference
from generated.models.release_states_request import ReleaseStatesRequest
from generated.models.release_states_response import ReleaseStatesResponse
from generated.types import UNSET

from .._core.batching import BulkResult, Progress, finish, run_batches
from .._core.responses import checked, idempotency_key, item_outcomes
from .._model.enums import ReleaseState
from .lookups import resolve

if TYPE_CHECKING:
    from .._model.record import Record
    from .._session import Session

__all__ = ["export", "fetch_links", "release_states"]


def export(
    session: Session,
    records: list[Record],
    *,
    attributes: list[str] | None,
    include_binary_data: bool,
    include_links: bool,
    batch_size: int = 100,
    parallelize: bool = False,
    max_num_threads: int = 6,
    progress: Progress = None,
    show_progress: bool = False,
) -> None:
    """Load attribute values (``attributes``: None = all) or links into ``records``."""

    def send(batch: Sequence[Record]) -> list[Any]:
        results = _export_batch(session, batch, attributes, include_binary_data, include_links)
        return item_outcomes(results, "export_records")

    results, failures = run_batches(
        records,
        send,
        batch_size=batch_size,
        max_batch_size=session.max_batch_size,
        parallelize=parallelize,
        max_num_threads=max_num_threads,
        progress=progress,
        show_progress=show_progress,
    )
    targets: dict[tuple[str, str], Record | None] = {}
    for record, result in zip(records, results, strict=True):
        if result is None:
            continue
        if result.record is not None:
            record._load(result.record)
        if include_links:
            record._links = {g.group: set() for g in result.links}
            for group in result.links:
                for t in group.targets:
                    targets[(t.database_key, t.history_guid)] = None
        else:
            record.table._apply_export(record, result, partial=attributes is not None)
    if targets:
        keys = list(targets)
        found = resolve(
            session,
            [RecordReference(database_key=k, history_guid=g or UNSET) for k, g in keys],
            strict=False,
        )
        targets.update(zip(keys, found, strict=True))
        for record, result in zip(records, results, strict=True):
            for group in result.links if result is not None else []:
                record._links[group.group] = {  # type: ignore[index]
                    r
                    for t in group.targets
                    if (r := targets[(t.database_key, t.history_guid)]) is not None
                }
    finish(
        failures, total=len(records), results=results, raise_on_failure=True, operation="bulk_fetch"
    )


def fetch_links(session: Session, records: list[Record]) -> None:
    """Load the links of ``records`` (no attribute values)."""
    export(session, records, attributes=[], include_binary_data=False, include_links=True)


def _export_batch(
    session: Session,
    records: Sequence[Record],
    attributes: list[str] | None,
    include_binary_data: bool,
    include_links: bool,
) -> list[ExportResult]:
    """One export request for ``records``: the exact version each Record object holds."""
    body = ExportRequest(
        records=[r._reference(by_version=True) for r in records],
        attributes=attributes,
        include_binary_data=include_binary_data,
        include_links=include_links,
    )
    response = export_records.sync_detailed(
        client=session._client, body=body, idempotency_key=idempotency_key()
    )
    return checked(response, "export_records", ExportResponse).results


def release_states(
    session: Session,
    records: list[Record],
    batch_size: int,
    parallelize: bool,
    max_num_threads: int,
    progress: Progress,
    show_progress: bool,
    raise_on_failure: bool,
) -> BulkResult[Record]:
    """Set the release state of each record's version; returns the records that got one."""

    def send(batch: Sequence[Record]) -> list[Any]:
        body = ReleaseStatesRequest(records=[r._reference(by_version=True) for r in batch])
        response = fetch_release_states.sync_detailed(
            client=session._client, body=body, idempotency_key=idempotency_key()
        )
        results = checked(response, "fetch_release_states", ReleaseStatesResponse).results
        return item_outcomes(results, "fetch_release_states")

    results, failures = run_batches(
        records,
        send,
        batch_size=batch_size,
        max_batch_size=session.max_batch_size,
        parallelize=parallelize,
        max_num_threads=max_num_threads,
        progress=progress,
        show_progress=show_progress,
    )
    done: list[Record] = []
    for record, result in zip(records, results, strict=True):
        if result is not None:
            record._release_state = ReleaseState.from_wire(result.release_state)
            done.append(record)
    finish(
        failures,
        total=len(records),
        results=done,
        raise_on_failure=raise_on_failure,
        operation="bulk_fetch_release_states",
    )
    return BulkResult(done, failures)
