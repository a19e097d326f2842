"""Batched reads of records: attribute and link exports, versions, and release states.

Each batch asks for the exact version every Record object holds; the answers are loaded into
those Records in place. Link targets are resolved to Records in one more batched look-up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from generated import models
from generated.api.batch import export_records, fetch_release_states
from generated.types import UNSET, Unset

from .._core.batching import BatchOptions, BulkResult, finish
from .._model.binary_values import BinaryDownload
from .._model.enums import ReleaseState
from .._model.record import Record
from .._model.table import Table
from .._model.tabular import AttributeTabular
from .._model.values import fill_meta_values, values_from_models
from . import schema
from .catalog import binary_loader
from .context import OperationContext
from .lookups import resolve_steps
from .steps import Batches, Steps, post_batch

if TYPE_CHECKING:  # annotations only: each model loads where it is first used
    from generated.models.export_result import ExportResult
    from generated.models.record import Record as RecordModel

__all__ = [
    "export",
    "export_steps",
    "fetch_links",
    "fetch_versions",
    "release_states",
    "release_states_steps",
]


def export(
    context: OperationContext,
    records: Sequence[Record],
    *,
    attributes: list[str] | None,
    include_binary_data: bool,
    include_links: bool,
    include_properties: bool = False,
    options: BatchOptions | None = None,
    link_groups: list[str] | None = None,
    meta_attributes: list[tuple[str, str]] | None = None,
) -> None:
    """Load attribute values or links into ``records``.

    ``attributes``: None for all; ``link_groups``: None for every group;
    ``meta_attributes``: (parent, meta-attribute) names, None for every meta-attribute when
    ``attributes`` is None and none otherwise.

    Values come in the unit system of the records' database (``Database.unit_system``) and
    every record gets a value for each attribute asked for (empty where it has no data).

    Raises:
        BulkOperationError: Some records could not be exported; the others are loaded.
    """
    context.run(
        export_steps(
            context,
            records,
            attributes=attributes,
            include_binary_data=include_binary_data,
            include_links=include_links,
            include_properties=include_properties,
            options=options,
            link_groups=link_groups,
            meta_attributes=meta_attributes,
        )
    )


def export_steps(
    context: OperationContext,
    records: Sequence[Record],
    *,
    attributes: list[str] | None,
    include_binary_data: bool,
    include_links: bool,
    include_properties: bool = False,
    options: BatchOptions | None = None,
    link_groups: list[str] | None = None,
    meta_attributes: list[tuple[str, str]] | None = None,
) -> Steps[None]:
    """``export`` as steps."""
    from generated.models.meta_attribute_name import MetaAttributeName

    metas_wanted = (
        [MetaAttributeName(attribute=p, meta_attribute=m) for p, m in meta_attributes]
        if meta_attributes is not None
        else UNSET
    )
    loaders: dict[str, Callable[[str], BinaryDownload]] = {}
    wanted: dict[Any, Mapping[str, Any] | None] = {}

    def load(record: Record, result: ExportResult) -> None:
        if result.record is not None:
            record._load(_same_or_new(record, result.record))
        if include_properties and not isinstance(result.properties, Unset | None):
            record._set_properties(result.properties)
        if include_links or attributes == []:
            return
        loader = loaders.get(record.db_key) or binary_loader(context, record.db_key)
        loaders[record.db_key] = loader
        if record.table not in wanted:
            wanted[record.table] = _definitions(record.table, attributes)
        download = loader if context.download_on_demand else None
        values = values_from_models(result.attributes, download, definitions=wanted[record.table])
        record.table._show_in_display_units(values)
        if not isinstance(result.meta_attributes, Unset):
            fill_meta_values(values, result.meta_attributes, download=download)
        for value in values.values():
            if isinstance(value, AttributeTabular):
                value.bind_record(record)
        record._set_attributes(values, partial=attributes is not None)

    def send(batch: Sequence[Record]) -> Steps[list[Any]]:
        from generated.models.export_request import ExportRequest
        from generated.models.export_response import ExportResponse

        unit_system, absolute = batch[0].table.database._unit_request()
        body = ExportRequest(
            records=[r._reference(by_version=True) for r in batch],
            attributes=attributes,
            meta_attributes=metas_wanted,
            include_binary_data=include_binary_data,
            include_links=include_links,
            include_properties=include_properties,
            unit_system=unit_system if unit_system is not None else UNSET,
            absolute_temperatures=absolute,
        )
        outcomes = yield from post_batch(export_records, body, answer=ExportResponse)
        if include_links:
            return outcomes  # the links are resolved once every batch is in
        # Values are built as each batch arrives, so the batch's parsed answer and models are
        # dropped before the next one: never all batches' models at once.
        for record, outcome in zip(batch, outcomes, strict=True):
            if not isinstance(outcome, Exception):
                load(record, outcome)
        return [outcome if isinstance(outcome, Exception) else True for outcome in outcomes]

    results, failures = yield Batches(records, send, options)
    if include_links:
        for record, result in zip(records, results, strict=True):
            if result is not None:
                load(record, result)
        yield from _load_links(context, records, results=results, link_groups=link_groups)
    finish(
        failures, total=len(records), results=results, raise_on_failure=True, operation="bulk_fetch"
    )


def _same_or_new(record: Record, model: RecordModel) -> RecordModel:
    """The record's own model when the server sent it unchanged (one copy per record, not two)."""
    own = record._model
    return own if own is not None and own == model else model


def _definitions(table: Table, attributes: list[str] | None) -> Mapping[str, Any] | None:
    """The definitions of the attributes asked for (None when the table has none loaded)."""
    definitions = table._definitions_for_values()
    if definitions is None or attributes is None:
        return definitions
    return {name: definitions[name] for name in attributes if name in definitions}


def _load_links(
    context: OperationContext,
    records: Sequence[Record],
    *,
    results: list[ExportResult | None],
    link_groups: list[str] | None = None,
) -> Steps[None]:
    """Resolve every link target once, then give each record its link groups."""
    wanted = None if link_groups is None else set(link_groups)
    for result in results:
        if result is not None and wanted is not None:
            result.links = [g for g in result.links if g.group in wanted]
    targets: dict[tuple[str, str], Record | None] = {}
    for result in results:
        for group in result.links if result is not None else []:
            for t in group.targets:
                targets[(t.database_key, t.history_guid)] = None
    if targets:
        keys = list(targets)
        found = yield from resolve_steps(
            context,
            [models.RecordReference(database_key=k, history_guid=g or UNSET) for k, g in keys],
            strict=False,
        )
        targets.update(zip(keys, found, strict=True))
    for record, result in zip(records, results, strict=True):
        if result is None:
            continue
        record._set_links(
            {
                group.group: {
                    r
                    for t in group.targets
                    if (r := targets[(t.database_key, t.history_guid)]) is not None
                }
                for group in result.links
            }
        )


def fetch_links(
    context: OperationContext,
    records: Sequence[Record],
    *,
    link_groups: list[str] | None = None,
    options: BatchOptions | None = None,
) -> None:
    """Load the links of ``records`` (no attribute values); only ``link_groups`` if given.

    Raises:
        BulkOperationError: Some records' links could not be read; the others are loaded.
    """
    export(
        context,
        records,
        attributes=[],
        include_binary_data=False,
        include_links=True,
        options=options,
        link_groups=link_groups,
    )


def fetch_versions(
    context: OperationContext, records: Sequence[Record], *, options: BatchOptions
) -> None:
    """Load every version, the release state and the version history of ``records`` (one request per batch).

    Raises:
        BulkOperationError: Some records could not be read; the others are loaded.
    """

    def send(batch: Sequence[Record]) -> list[Any]:
        return schema.version_histories(context, [r._reference() for r in batch])

    results, failures = context.run_batches(records, send, options=options)
    for record, result in zip(records, results, strict=True):
        if result is None:
            continue
        versions = [Record._from_model(m, record.table) for m in result.versions]
        for version in versions:
            version._set_history_events(result.events)
        record._set_versions(versions)
        record._set_history_events(result.events)
    finish(
        failures,
        total=len(records),
        results=results,
        raise_on_failure=True,
        operation="bulk_fetch_all_record_versions",
    )


def release_states(
    context: OperationContext, records: Sequence[Record], *, options: BatchOptions
) -> BulkResult[Record]:
    """Set the release state of each record's version; returns the records that got one."""
    return context.run(release_states_steps(records, options=options))


def release_states_steps(
    records: Sequence[Record], *, options: BatchOptions
) -> Steps[BulkResult[Record]]:
    """``release_states`` as steps.

    Each batch sets its records' states as soon as its answer arrives, and keeps only the
    record (or the item's error): no answer model outlives its batch, so 10,000 answers do
    not pile up for the garbage collector to scan again and again.
    """

    def send(batch: Sequence[Record]) -> Steps[list[Any]]:
        from generated.models.release_states_request import ReleaseStatesRequest
        from generated.models.release_states_response import ReleaseStatesResponse

        body = ReleaseStatesRequest(records=[r._reference(by_version=True) for r in batch])
        outcomes = yield from post_batch(fetch_release_states, body, answer=ReleaseStatesResponse)
        if len(outcomes) != len(batch):
            return outcomes  # the batch runner reports the mismatch for every item
        kept: list[Any] = []
        for record, outcome in zip(batch, outcomes, strict=True):
            if isinstance(outcome, Exception):
                kept.append(outcome)
            else:
                record._set_release_state(ReleaseState.from_wire(outcome.release_state))
                kept.append(record)
        return kept

    results, failures = yield Batches(records, send, options)
    done = [record for record, result in zip(records, results, strict=True) if result is not None]
    finish(
        failures,
        total=len(records),
        results=done,
        raise_on_failure=options.raise_on_failure,
        operation="bulk_fetch_release_states",
    )
    return BulkResult(done, failures, operation="bulk_fetch_release_states")
