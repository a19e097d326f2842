"""Record look-ups by identifiers: one GET for a version or history GUID, else the resolve batch operation (record identifier dicts, tab-separated record lists, link targets).

Resolve batches go two at a time: the server answers the next batch while this thread reads
the last answer into Records (the request count does not change).
"""

from __future__ import annotations

import itertools
import operator
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from types import NoneType
from typing import TYPE_CHECKING, Any, NoReturn, cast

from generated import models
from generated.api.batch import resolve_records
from generated.api.records import get_record, get_record_version

from .._core.batching import BatchOptions, ExplainedFailures, ItemFailure, LookupResult, finish
from .._core.checks import require_bool
from .._core.errors import NotFoundError, ServiceLayerError
from .._core.gc_pause import gc_paused
from .._core.responses import checked, idempotency_key
from .._core.warn import warn_caller
from .._model.record import Record
from .context import OperationContext
from .identifiers import reference_from_ids, wire_references_from_identifiers
from .record_lists import RecordList, RecordListRow, parse_record_list
from .steps import Batches, Call, Steps
from .wire_references import WireReference, resolve_request, wire_references

if TYPE_CHECKING:  # annotations only: each model loads where it is first used
    from generated.models.record_reference import RecordReference

__all__ = [
    "RecordListMismatchWarning",
    "get_record_by_id",
    "get_record_by_id_steps",
    "records_by_ids",
    "records_by_ids_steps",
    "records_from_string",
    "records_from_string_steps",
    "resolve",
    "resolve_steps",
]


class RecordListMismatchWarning(UserWarning):
    """A record list's ``Table`` or ``RecordFullName`` column contradicts the record found."""


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
    return context.run(
        get_record_by_id_steps(
            context,
            db_key,
            hguid=hguid,
            vguid=vguid,
            history_identity=history_identity,
            version_number=version_number,
        )
    )


def get_record_by_id_steps(
    context: OperationContext,
    db_key: str,
    *,
    hguid: str | None = None,
    vguid: str | None = None,
    history_identity: int | None = None,
    version_number: int | None = None,
) -> Steps[Record | None]:
    """``get_record_by_id`` as steps."""
    reference = reference_from_ids(
        db_key,
        hguid=hguid,
        vguid=vguid,
        history_identity=history_identity,
        version_number=version_number,
    )
    key = reference.database_key
    if isinstance(reference.version_guid, str):
        answer = yield Call(get_record_version, (key, reference.version_guid))
        return _found(context, answer, operation="get_record_version")
    if isinstance(reference.history_guid, str):
        answer = yield Call(get_record, (key, reference.history_guid))
        return _found(context, answer, operation="get_record")
    found = yield from resolve_steps(context, [reference], strict=True)
    return found[0]


def _found(context: OperationContext, response: Any, *, operation: str) -> Record | None:
    if int(response.status_code) == 404:
        return None
    return context.record_from_model(checked(response, operation, expected=models.Record))


def records_by_ids(
    context: OperationContext,
    record_identifiers: Sequence[Any],
    *,
    default_db_key: str | None = None,
    known_db_keys: Callable[[], set[str]],
    options: BatchOptions,
) -> LookupResult[Record]:
    """One Record (or None) per identifier dict; ``default_db_key`` where a dict has none.

    ``known_db_keys`` is asked only when something was not resolved, to say why. The garbage
    collector pauses meanwhile (see ``gc_pause``): the models and records built hold no cycles,
    and its passes over them were a third of the client's time.
    """
    with gc_paused():
        return context.run(
            records_by_ids_steps(
                context,
                record_identifiers,
                default_db_key=default_db_key,
                known_db_keys=known_db_keys,
                options=options,
            )
        )


def records_by_ids_steps(
    context: OperationContext,
    record_identifiers: Sequence[Any],
    *,
    default_db_key: str | None = None,
    known_db_keys: Callable[[], set[str]],
    options: BatchOptions,
) -> Steps[LookupResult[Record]]:
    """``records_by_ids`` as steps (identifiers checked before the first step)."""
    references = wire_references_from_identifiers(record_identifiers, default_db_key)
    return _records_by_ids(
        context,
        record_identifiers,
        references=references,
        known_db_keys=known_db_keys,
        options=options,
    )


def _records_by_ids(
    context: OperationContext,
    record_identifiers: Sequence[Any],
    *,
    references: Sequence[RecordReference] | Sequence[WireReference],
    known_db_keys: Callable[[], set[str]],
    options: BatchOptions,
) -> Steps[LookupResult[Record]]:
    records = yield from resolve_steps(context, references, strict=True, progress=options)
    return _explained(
        records,
        list(record_identifiers).__getitem__,
        references=references,
        known_db_keys=known_db_keys,
        raise_on_failure=options.raise_on_failure,
    )


def records_from_string(
    context: OperationContext,
    text: str,
    *,
    use_strict_version: bool,
    known_db_keys: Callable[[], set[str]],
    options: BatchOptions,
) -> LookupResult[Record]:
    """Records of a tab-separated record list; None where not visible (see ``reason``).

    The garbage collector pauses meanwhile: its passes over the growing number of live rows
    made a 1,000,000-row list take more than 10 times a 100,000-row one (see ``gc_pause``).
    """
    with gc_paused():
        return context.run(
            records_from_string_steps(
                context,
                text,
                use_strict_version=use_strict_version,
                known_db_keys=known_db_keys,
                options=options,
            )
        )


def records_from_string_steps(
    context: OperationContext,
    text: str,
    *,
    use_strict_version: bool,
    known_db_keys: Callable[[], set[str]],
    options: BatchOptions,
) -> Steps[LookupResult[Record]]:
    """``records_from_string`` as steps (the text is parsed before the first step)."""
    require_bool(use_strict_version, "use_strict_version")
    rows = parse_record_list(text, use_strict_version)
    if use_strict_version:
        references = wire_references(rows.db_keys, rows.version_guids, field="versionGuid")
    else:
        references = wire_references(rows.db_keys, rows.history_guids, field="historyGuid")
    return _records_from_rows(
        context,
        rows,
        references=references,
        strict=use_strict_version,
        known_db_keys=known_db_keys,
        options=options,
    )


def _records_from_rows(
    context: OperationContext,
    rows: RecordList,
    *,
    references: Sequence[WireReference],
    strict: bool,
    known_db_keys: Callable[[], set[str]],
    options: BatchOptions,
) -> Steps[LookupResult[Record]]:
    records = yield from resolve_steps(context, references, strict=strict, progress=options)
    _check_columns(rows, records, strict=strict)
    return _explained(
        records,
        lambda i: _row(rows, i),
        references=references,
        known_db_keys=known_db_keys,
        raise_on_failure=options.raise_on_failure,
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


def _check_columns(rows: RecordList, records: Sequence[Record | None], *, strict: bool) -> None:
    """Warn where a row's Table (or, for an exact version, RecordFullName) is not the record's."""
    mismatches: list[str] = []
    for index in _record_indexes(records):
        record = cast(Record, records[index])
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
    records: list[Record | None],
    item_at: Callable[[int], Any],
    *,
    references: Sequence[Any],
    known_db_keys: Callable[[], set[str]],
    raise_on_failure: bool,
) -> LookupResult[Record]:
    """The look-up result with a reason for every None, under the bulk failure policy.

    Each failure (the row or identifier, and the error saying why) is built when first read:
    see ``ExplainedFailures``.
    """
    unresolved = _none_indexes(records)
    known_keys = known_db_keys() if unresolved else set()
    if not unresolved:  # nothing to explain: the result keeps no row (nor a text rows read)
        item_at = _no_item

    def explain(index: int) -> ItemFailure[Any]:
        return ItemFailure(item_at(index), _not_found(references[index], known_keys))

    failures = ExplainedFailures(unresolved, explain)
    finish(failures, total=len(records), results=records, raise_on_failure=raise_on_failure)
    return LookupResult(records, unresolved=unresolved, explain=failures.of_entry)


def _no_item(index: int) -> NoReturn:
    raise IndexError(f"entry {index} was found: there is no failure to explain")


def _record_indexes(records: Sequence[Record | None]) -> Iterator[int]:
    """The indexes of the entries that are records, ascending (no Python code per None)."""
    if records.count(None) == len(records):
        return iter(())  # nothing found: not even a C-level call per entry
    return itertools.compress(
        itertools.count(), map(operator.is_not, records, itertools.repeat(None))
    )


def _none_indexes(records: list[Record | None]) -> Sequence[int]:
    """The indexes of the None entries, ascending, with no int object kept per entry.

    As a list of ints they were a million objects at a million rows not found: 40 MB of fresh
    memory, and objects for the collector's pass at the end of the call to visit far out of the
    cache. A range when every entry (or none) is None, else 8 bytes an entry.
    """
    missing = records.count(None)
    if missing in (0, len(records)):
        return range(len(records) if missing else 0)
    return array(
        "q",
        itertools.compress(itertools.count(), map(operator.is_, records, itertools.repeat(None))),
    )


def _not_found(reference: Any, known_keys: set[str]) -> NotFoundError:
    key = _field(reference, "database_key", wire="databaseKey")
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
                if (value := _field(reference, attribute, wire=wire)) is not None
            ),
            "these identifiers",
        )
        detail = f"no record with {identity} in database {key!r}, or not visible to this account"
    return NotFoundError(detail, status=404, problem={"detail": detail})


def _field(reference: Any, attribute: str, *, wire: str) -> Any:
    if isinstance(reference, dict):
        return reference.get(wire)
    value = getattr(reference, attribute, None)
    return value if isinstance(value, str | int) and not isinstance(value, bool) else None


def resolve(
    context: OperationContext,
    references: Sequence[RecordReference] | Sequence[WireReference],
    *,
    strict: bool,
    progress: BatchOptions | None = None,
) -> list[Record | None]:
    """One Record (or None where not found) per reference, in as few requests as allowed.

    Raises:
        BulkOperationError: Some references could not be resolved; it keeps the rest.
    """
    with gc_paused():  # thousands of models and records, no cycles among them
        return context.run(resolve_steps(context, references, strict=strict, progress=progress))


def resolve_steps(
    context: OperationContext,
    references: Sequence[RecordReference] | Sequence[WireReference],
    *,
    strict: bool,
    progress: BatchOptions | None = None,
) -> Steps[list[Record | None]]:
    """``resolve`` as steps."""

    def send(batch: Sequence[Any]) -> Steps[list[Record | None]]:
        from generated.models.resolve_response import ResolveResponse

        body = resolve_request(batch, strict)
        response = yield Call(
            resolve_records, kwargs={"body": body, "idempotency_key": idempotency_key()}
        )
        results = checked(response, "resolve_records", expected=ResolveResponse).results
        kinds = set(map(type, results))  # C-level: records, and None where not found
        if kinds == {NoneType}:  # nothing found: no work per row (a million-row list)
            return [None] * len(results)
        record_model = models.Record
        if not kinds <= {record_model, NoneType}:
            _not_a_record(
                next(i for i, m in enumerate(results) if type(m) not in (record_model, NoneType))
            )
        return context.records_from_models(results)

    options = _RESOLVE_OPTIONS
    if progress is not None:
        options = replace(options, progress=progress.progress, show_progress=progress.show_progress)
    records, failures = yield Batches(references, send, options)
    # Whole batches failed (the server or the network): no entry can be trusted as "not found".
    finish(
        failures, total=len(references), results=records, raise_on_failure=True, operation="resolve"
    )
    return records if type(records) is list else list(records)  # the runners' own new list


def _not_a_record(index: int) -> NoReturn:
    """Raise for a resolve result that is neither a record nor None (not found)."""
    raise ServiceLayerError(
        f"resolve_records: result {index} of the batch is not a record the contract "
        "describes; the server's answer does not match the API version this SDK expects"
    )
