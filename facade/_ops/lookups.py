"""Record look-ups by identifiers: one GET for a version or history GUID, else the resolve
batch operation (record identifier dicts, tab-separated record lists, link targets).

Resolve batches go two at a time: the server answers the next batch while this thread reads
the last answer into Records (the request count does not change).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from generated.api.batch import resolve_records
from generated.api.records import get_record, get_record_version
from generated.models.record import Record as RecordModel
from generated.models.record_reference import RecordReference
from generated.models.resolve_response import ResolveResponse

from .._core.batching import (
    ItemFailure,
    LookupResult,
    Progress,
    finish,
    run_batches,
)
from .._core.errors import NotFoundError, ServiceLayerError
from .._core.responses import checked, idempotency_key
from .._core.warn import warn_caller
from .identifiers import reference_from_ids, references_from_identifiers
from .record_lists import RecordList, RecordListRow, parse_record_list
from .wire_references import WireReference, resolve_request, wire_references

if TYPE_CHECKING:
    from .._model.record import Record
    from .._session import Session

__all__ = [
    "RecordListMismatchWarning",
    "get_record_by_id",
    "records_by_ids",
    "records_from_string",
    "resolve",
]


class RecordListMismatchWarning(UserWarning):
    """A record list's ``Table`` or ``RecordFullName`` column contradicts the record found."""


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
    session: Session,
    record_identifiers: Sequence[Any],
    default_db_key: str | None = None,
    *,
    raise_on_failure: bool = False,
    progress: Progress = None,
) -> LookupResult[Record]:
    """One Record (or None) per identifier dict; ``default_db_key`` where a dict has none."""
    references = references_from_identifiers(record_identifiers, default_db_key)
    records = resolve(session, references, strict=True, progress=progress)
    return _explained(
        session,
        records,
        list(record_identifiers).__getitem__,
        references,
        raise_on_failure=raise_on_failure,
    )


def records_from_string(
    session: Session,
    text: str,
    use_strict_version: bool,
    *,
    raise_on_failure: bool = False,
    progress: Progress = None,
) -> LookupResult[Record]:
    """Records of a tab-separated record list; None where not visible (see ``reason``)."""
    if not isinstance(use_strict_version, bool):
        raise TypeError("use_strict_version must be a bool")
    rows = parse_record_list(text, use_strict_version)
    if use_strict_version:
        references = wire_references(rows.db_keys, rows.version_guids, "versionGuid")
    else:
        references = wire_references(rows.db_keys, rows.history_guids, "historyGuid")
    records = resolve(session, references, strict=use_strict_version, progress=progress)
    _check_columns(rows, records, use_strict_version)
    return _explained(
        session, records, lambda i: _row(rows, i), references, raise_on_failure=raise_on_failure
    )


def _row(rows: RecordList, index: int) -> RecordListRow:
    return RecordListRow(
        rows.lines[index],
        rows.history_guids[index],
        rows.version_guids[index],
        rows.tables[index],
        rows.db_keys[index],
        rows.full_names[index],
    )


def _check_columns(rows: RecordList, records: Sequence[Record | None], strict: bool) -> None:
    """Warn where a row's Table (or, for an exact version, RecordFullName) is not the record's."""
    mismatches: list[str] = []
    for index, record in enumerate(records):
        if record is None:
            continue
        table = rows.tables[index]
        if table is not None and table.strip() != record.table_name:
            mismatches.append(
                f"line {rows.lines[index]}: Table is {table!r} but the record is in "
                f"{record.table_name!r}"
            )
        name = rows.full_names[index]
        if strict and name is not None and name.strip() != record.name:
            mismatches.append(
                f"line {rows.lines[index]}: RecordFullName is {name!r} but the record is "
                f"named {record.name!r}"
            )
    if mismatches:
        more = f" (and {len(mismatches) - 3} more)" if len(mismatches) > 3 else ""
        warn_caller(
            "the record list contradicts the records it names: " + "; ".join(mismatches[:3]) + more,
            RecordListMismatchWarning,
        )


def _explained(
    session: Session,
    records: list[Record | None],
    item_at: Callable[[int], Any],
    references: Sequence[Any],
    *,
    raise_on_failure: bool,
) -> LookupResult[Record]:
    """The look-up result with a reason for every None, under the bulk failure policy."""
    failures: dict[int, ItemFailure[Any]] = {}
    known_keys: set[str] | None = None
    for index, record in enumerate(records):
        if record is not None:
            continue
        if known_keys is None:
            known_keys = set(session.dbs_by_key)
        failures[index] = ItemFailure(
            item_at(index), _not_found(references[index], known_keys, session)
        )
    found = list(failures.values())
    finish(found, total=len(records), results=records, raise_on_failure=raise_on_failure)
    return LookupResult(records, failures)


def _not_found(reference: Any, known_keys: set[str], session: Session) -> NotFoundError:
    key = _field(reference, "database_key", "databaseKey")
    if key not in known_keys:
        detail = (
            f"no database with key {key!r} on this server (known: {', '.join(sorted(known_keys))})"
        )
    else:
        identity = next(
            (
                f"{label} {value!r}"
                for label, attribute, wire in (
                    ("version GUID", "version_guid", "versionGuid"),
                    ("history identity", "history_identity", "historyIdentity"),
                    ("history GUID", "history_guid", "historyGuid"),
                )
                if (value := _field(reference, attribute, wire)) is not None
            ),
            "these identifiers",
        )
        detail = (
            f"no record with {identity} in database {key!r}, or not visible to "
            f"{session.username or 'this account'!r}"
        )
    return NotFoundError(detail, status=404, problem={"detail": detail})


def _field(reference: Any, attribute: str, wire: str) -> Any:
    if isinstance(reference, dict):
        return reference.get(wire)
    value = getattr(reference, attribute, None)
    return value if isinstance(value, str | int) and not isinstance(value, bool) else None


def resolve(
    session: Session,
    references: Sequence[RecordReference] | Sequence[WireReference],
    strict: bool,
    progress: Progress = None,
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
        progress=progress,
    )
    # Whole batches failed (the server or the network): no entry can be trusted as "not found".
    finish(
        failures, total=len(references), results=records, raise_on_failure=True, operation="resolve"
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
