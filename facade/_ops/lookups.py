"""Record look-ups by identifiers: one GET for a version or history GUID, else the resolve
batch operation (record identifier dicts, tab-separated record lists, link targets).

Resolve batches go two at a time: the server answers the next batch while this thread reads
the last answer into Records (the request count does not change).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from generated.api.batch import resolve_records
from generated.api.records import get_record, get_record_version
from generated.models.record import Record as RecordModel
from generated.models.record_reference import RecordReference
from generated.models.resolve_response import ResolveResponse

from .._core.batching import BulkOperationError, run_batches
from .._core.errors import ServiceLayerError
from .._core.responses import checked, idempotency_key
from .identifiers import reference_from_ids, references_from_identifiers
from .record_lists import parse_record_list
from .wire_references import WireReference, resolve_request, wire_references

if TYPE_CHECKING:
    from .._model.record import Record
    from .._session import Session

__all__ = ["get_record_by_id", "records_by_ids", "records_from_string", "resolve"]


def get_record_by_id(
    session: Session,
    db_key: str,
    hguid: str | None,
    vguid: str | None,
    history_identity: int | None,
    version_number: int | None,
) -> Record | None:
    """The record these identifiers name (see ``Session.get_record_by_id``), or None."""
    reference = reference_from_ids(db_key, hguid, vguid, history_identity, version_number)
    key = reference.database_key
    if isinstance(reference.version_guid, str):
        answer = get_record_version.sync_detailed(
            key, reference.version_guid, client=session._client
        )
        return _found(session, answer, "get_record_version")
    if isinstance(reference.history_guid, str):
        answer = get_record.sync_detailed(key, reference.history_guid, client=session._client)
        return _found(session, answer, "get_record")
    return resolve(session, [reference], strict=True)[0]


def _found(session: Session, response: Any, operation: str) -> Record | None:
    if int(response.status_code) == 404:
        return None
    return session._record(checked(response, operation, RecordModel))


def records_by_ids(
    session: Session, record_identifiers: Sequence[Any], default_db_key: str | None = None
) -> list[Record | None]:
    """One Record (or None) per identifier dict; ``default_db_key`` where a dict has none."""
    references = references_from_identifiers(record_identifiers, default_db_key)
    return resolve(session, references, strict=True)


def records_from_string(
    session: Session, text: str, use_strict_version: bool
) -> list[Record | None]:
    """Records of a tab-separated record list (see ``_tsv``); None where not visible."""
    if not isinstance(use_strict_version, bool):
        raise TypeError("use_strict_version must be a bool")
    rows = parse_record_list(text, use_strict_version)
    if use_strict_version:
        references = wire_references(rows.db_keys, rows.version_guids, "versionGuid")
    else:
        references = wire_references(rows.db_keys, rows.history_guids, "historyGuid")
    return resolve(session, references, strict=use_strict_version)


def resolve(
    session: Session,
    references: Sequence[RecordReference] | Sequence[WireReference],
    strict: bool,
) -> list[Record | None]:
    """One Record (or None where not found) per reference, in as few requests as allowed."""

    def send(batch: Sequence[Any]) -> list[Record | None]:
        body = resolve_request(batch, strict)
        response = resolve_records.sync_detailed(
            client=session._client, body=body, idempotency_key=idempotency_key()
        )
        results = checked(response, "resolve_records", ResolveResponse).results
        return [_resolved(session, m, index) for index, m in enumerate(results)]

    records, failures = run_batches(
        references,
        send,
        batch_size=session.max_batch_size,
        max_batch_size=session.max_batch_size,
        parallelize=True,
        max_num_threads=2,
    )
    if failures:
        raise BulkOperationError(
            f"{len(failures)} of {len(references)} references could not be resolved: {failures[0].error}",
            records,
            failures,
        )
    return records


def _resolved(session: Session, model: object, index: int) -> Record | None:
    """A resolve result: None means not found; anything unreadable is an error, not None."""
    if model is None:
        return None
    if isinstance(model, RecordModel):
        return session._record(model)
    raise ServiceLayerError(
        f"resolve_records: result {index} of the batch is not a record the contract "
        "describes; the server's answer does not match the API version this SDK expects"
    )
