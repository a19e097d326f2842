"""Record look-ups by identifiers: one GET for a version or history GUID, else the resolve
batch operation (record identifier dicts, tab-separated record lists, link targets).

Resolve batches go two at a time: the server answers the next batch while this thread reads
the last answer into Records (the request count does not change).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from generated.api.batch import resolve_records
from generated.api.records import get_record, get_record_version
from generated.models.record import Record as RecordModel
from generated.models.record_reference import RecordReference
from generated.models.resolve_response import ResolveResponse

from .._core.batching import BatchOptions, BulkOperationError
from .._core.checks import require_bool
from .._core.errors import ServiceLayerError
from .._core.responses import checked, idempotency_key
from .._model.record import Record
from .context import OperationContext
from .identifiers import reference_from_ids, references_from_identifiers
from .record_lists import parse_record_list
from .wire_references import WireReference, resolve_request, wire_references

__all__ = ["get_record_by_id", "records_by_ids", "records_from_string", "resolve"]

_RESOLVE_OPTIONS = BatchOptions(batch_size=2**31 - 1, parallelize=True, max_num_threads=2)
"""Resolve batches: as large as the server allows, two in flight."""


def get_record_by_id(
    context: OperationContext,
    db_key: str,
    *,
    hguid: str | None = None,
    vguid: str | None = None,
    history_identity: int | None = None,
    version_number: int | None = None,
) -> Record | None:
    """The record these identifiers name (vguid > history_identity (+version) > hguid), or None.

    A vguid or a lone hguid is one GET of that version or history (404 reads as None); a
    history identity goes through the resolve batch operation.
    """
    reference = reference_from_ids(
        db_key,
        hguid=hguid,
        vguid=vguid,
        history_identity=history_identity,
        version_number=version_number,
    )
    key = reference.database_key
    if isinstance(reference.version_guid, str):
        answer = get_record_version.sync_detailed(
            key, reference.version_guid, client=context.client
        )
        return _found(context, answer, operation="get_record_version")
    if isinstance(reference.history_guid, str):
        answer = get_record.sync_detailed(key, reference.history_guid, client=context.client)
        return _found(context, answer, operation="get_record")
    return resolve(context, [reference], strict=True)[0]


def _found(context: OperationContext, response: Any, *, operation: str) -> Record | None:
    if int(response.status_code) == 404:
        return None
    return context.record_from_model(checked(response, operation, expected=RecordModel))


def records_by_ids(
    context: OperationContext,
    record_identifiers: Sequence[Any],
    *,
    default_db_key: str | None = None,
) -> list[Record | None]:
    """One Record (or None) per identifier dict; ``default_db_key`` where a dict has none."""
    references = references_from_identifiers(record_identifiers, default_db_key)
    return resolve(context, references, strict=True)


def records_from_string(
    context: OperationContext, text: str, *, use_strict_version: bool
) -> list[Record | None]:
    """Records of a tab-separated record list; None where not visible."""
    require_bool(use_strict_version, "use_strict_version")
    rows = parse_record_list(text, use_strict_version)
    if use_strict_version:
        references = wire_references(rows.db_keys, rows.version_guids, field="versionGuid")
    else:
        references = wire_references(rows.db_keys, rows.history_guids, field="historyGuid")
    return resolve(context, references, strict=use_strict_version)


def resolve(
    context: OperationContext,
    references: Sequence[RecordReference] | Sequence[WireReference],
    *,
    strict: bool,
) -> list[Record | None]:
    """One Record (or None where not found) per reference, in as few requests as allowed.

    Raises:
        BulkOperationError: Some references could not be resolved; it keeps the rest.
    """

    def send(batch: Sequence[Any]) -> list[Record | None]:
        body = resolve_request(batch, strict)
        response = resolve_records.sync_detailed(
            client=context.client, body=body, idempotency_key=idempotency_key()
        )
        results = checked(response, "resolve_records", expected=ResolveResponse).results
        return [_resolved(context, m, index=index) for index, m in enumerate(results)]

    records, failures = context.run_batches(references, send, options=_RESOLVE_OPTIONS)
    if failures:
        raise BulkOperationError(
            f"{len(failures)} of {len(references)} references could not be resolved: {failures[0].error}",
            records,
            failures,
        )
    return records


def _resolved(context: OperationContext, model: object, *, index: int) -> Record | None:
    """A resolve result: None means not found; anything unreadable is an error, not None."""
    if model is None:
        return None
    if isinstance(model, RecordModel):
        return context.record_from_model(model)
    raise ServiceLayerError(
        f"resolve_records: result {index} of the batch is not a record the contract "
        "describes; the server's answer does not match the API version this SDK expects"
    )
