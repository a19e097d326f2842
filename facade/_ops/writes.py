"""Record writes in batches: import (create/update/release), link updates, delete or withdraw.

Everything is validated before the first request (names, parents, link targets), each item's
outcome is kept, and the records that succeeded are updated in place from the server's answer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from generated import models
from generated.api.batch import delete_or_withdraw_records, import_records, update_links
from generated.types import UNSET

from .._core.batching import BatchOptions, BulkResult, ItemFailure, finish
from .._core.checks import optional_str
from .._core.errors import InvalidRecordStateError
from .._model.enums import RecordColor, RecordType
from .._model.record import Record
from .._model.table import Table
from .context import OperationContext
from .reads import export_steps
from .steps import Batches, Steps, post_batch

if TYPE_CHECKING:  # annotations only: each model loads where it is first used
    from generated.models.import_item import ImportItem

__all__ = [
    "delete_items",
    "delete_items_steps",
    "import_items",
    "import_items_steps",
    "link_items",
    "link_items_steps",
]

_DONE = ("ok", "deleted", "withdrawn")


def _import_item(record: Record, *, update_attributes: bool) -> ImportItem:
    from generated.models.import_item import ImportItem
    from generated.models.record_type_input import RecordTypeInput

    name = record.name
    if name is None:
        raise ValueError(f"cannot push a record without a name (in table {record.table_name!r})")
    item = ImportItem(database_key=record.db_key, table_guid=record.table.guid, name=name)
    model = record._server_model
    if model is None:
        parent = record._new_parent
        if isinstance(parent, Record):
            item.parent_history_guid = parent.history_guid
        item.short_name = record.short_name or name
        folder = record.type is RecordType.Folder
        item.type_ = RecordTypeInput.FOLDER if folder else RecordTypeInput.RECORD
        item.color = models.RecordColorKnown(record.color.wire)
    else:
        item.history_guid = model.history_guid
        if record._short_name_set is not None:
            item.short_name = record._short_name_set
        if record.color is not RecordColor.from_wire(model.color):
            item.color = models.RecordColorKnown(record.color.wire)
    if update_attributes:
        values, cleared = record._changes
        # A value marked not applicable carries no data: the server drops what it had.
        applicable = [v for v in values.values() if v.is_applicable]
        dropped = {v.name for v in values.values() if not v.is_applicable}
        if applicable:
            item.attributes = [v.to_model() for v in applicable]
        if cleared or dropped:
            item.clear_attributes = sorted(set(cleared) | dropped)
        _add_meta_changes(item, record)
    subsets = record._subsets_to_push
    if subsets is not None:
        item.subsets = subsets
    if record.table.version_controlled:
        item.release = bool(record.flag_for_release)
    return item


def _add_meta_changes(item: ImportItem, record: Record) -> None:
    """Meta-attribute values staged on ``record``: written by parent, or removed."""
    from generated.models.meta_attribute_name import MetaAttributeName

    staged, cleared = record._meta_changes
    groups: dict[str, list[Any]] = {}
    removed = set(cleared)
    for (parent, name), value in staged.items():
        if value.is_applicable:
            groups.setdefault(parent, []).append(value.to_model())
        else:
            removed.add((parent, name))
    if groups:
        item.meta_attributes = [
            models.MetaAttributeValues(attribute=parent, values=values)
            for parent, values in groups.items()
        ]
    if removed:
        item.clear_meta_attributes = [
            MetaAttributeName(attribute=parent, meta_attribute=name)
            for parent, name in sorted(removed)
        ]


def _unpushed_parent(record: Record) -> Record | None:
    parent = record._new_parent
    if isinstance(parent, Record) and not parent.exists_on_server:
        return parent
    return None


def _levels(records: list[Record]) -> list[list[Record]]:
    """New records after their new parents: level n holds children of level n-1."""
    pending = list(dict.fromkeys(records))
    placed: set[int] = set()
    levels: list[list[Record]] = []
    while pending:
        level = [
            r for r in pending if (parent := _unpushed_parent(r)) is None or id(parent) in placed
        ]
        if not level:
            raise InvalidRecordStateError(
                f"the parent of new record {pending[0].name!r} is not on the server: push the "
                "parent first (or in the same update)"
            )
        levels.append(level)
        placed.update(id(r) for r in level)
        pending = [r for r in pending if id(r) not in placed]
    return levels


def import_items(
    context: OperationContext,
    records: list[Record],
    *,
    update_attributes: bool,
    update_links_too: bool,
    refresh_attributes: bool,
    include_binary_data_in_refresh: bool,
    notes: str | None,
    release_notes: str | None,
    options: BatchOptions,
) -> BulkResult[Record]:
    """Create or update ``records`` (parents before children) and return the successes."""
    return context.run(
        import_items_steps(
            context,
            records,
            update_attributes=update_attributes,
            update_links_too=update_links_too,
            refresh_attributes=refresh_attributes,
            include_binary_data_in_refresh=include_binary_data_in_refresh,
            notes=notes,
            release_notes=release_notes,
            options=options,
        )
    )


def import_items_steps(
    context: OperationContext,
    records: list[Record],
    *,
    update_attributes: bool,
    update_links_too: bool,
    refresh_attributes: bool,
    include_binary_data_in_refresh: bool,
    notes: str | None,
    release_notes: str | None,
    options: BatchOptions,
) -> Steps[BulkResult[Record]]:
    """``import_items`` as steps (everything is checked before the first step)."""
    optional_str(notes, "notes")
    optional_str(release_notes, "release_notes")
    for record in records:  # validate everything before the first request
        if record.name is None:
            raise ValueError(
                f"cannot push a record without a name (in table {record.table_name!r})"
            )
        if update_attributes:
            for pending in (*record._changes[0].values(), *record._meta_changes[0].values()):
                if pending.is_applicable:
                    pending.to_model()
    levels = _levels(records)
    return _import_levels(
        context,
        records,
        levels=levels,
        update_attributes=update_attributes,
        update_links_too=update_links_too,
        refresh_attributes=refresh_attributes,
        include_binary_data_in_refresh=include_binary_data_in_refresh,
        notes=notes,
        release_notes=release_notes,
        options=options,
    )


def _import_levels(
    context: OperationContext,
    records: list[Record],
    *,
    levels: list[list[Record]],
    update_attributes: bool,
    update_links_too: bool,
    refresh_attributes: bool,
    include_binary_data_in_refresh: bool,
    notes: str | None,
    release_notes: str | None,
    options: BatchOptions,
) -> Steps[BulkResult[Record]]:
    succeeded: list[Record] = []
    failures: list[ItemFailure[Record]] = []

    def send(batch: Sequence[Record]) -> Steps[list[Any]]:
        from generated.models.import_request import ImportRequest
        from generated.models.import_response import ImportResponse

        body = ImportRequest(
            items=[_import_item(r, update_attributes=update_attributes) for r in batch],
            revision_notes=notes if notes is not None else UNSET,
            release_notes=release_notes if release_notes is not None else UNSET,
        )
        return (yield from post_batch(import_records, body, answer=ImportResponse, done=_DONE))

    # Parents must exist before their children are sent: one level at a time, each level in
    # batches as large as the server allows.
    level_options = BatchOptions(
        batch_size=context.max_batch_size,
        progress=options.progress,
        show_progress=options.show_progress,
    )
    for level in levels:
        ready = [r for r in level if _unpushed_parent(r) is None]
        for r in level:
            if _unpushed_parent(r) is not None:
                error = InvalidRecordStateError(f"the parent of {r.name!r} failed to push")
                failures.append(ItemFailure(r, error))
        if not ready:
            continue
        results, level_failures = yield Batches(ready, send, level_options)
        failures.extend(level_failures)
        for record, result in zip(ready, results, strict=True):
            if result is None or result.record is None:
                continue
            record._pushed(result.record, attributes_written=update_attributes)
            record._subsets_pushed()
            succeeded.append(record)
    if update_links_too:
        with_links = [r for r in succeeded if r._pending_link_groups]
        if with_links:
            linked = yield from link_items_steps(
                context, with_links, options=BatchOptions(), report=False
            )
            failures.extend(linked.failures)
    if refresh_attributes and succeeded:
        by_table: dict[Table, list[Record]] = defaultdict(list)
        for record in succeeded:
            by_table[record.table].append(record)
        for group in by_table.values():
            yield from export_steps(
                context,
                group,
                attributes=None,
                include_binary_data=include_binary_data_in_refresh,
                include_links=False,
            )
    finish(
        failures,
        total=len(records),
        results=succeeded,
        raise_on_failure=options.raise_on_failure,
        operation="update",
    )
    return BulkResult(succeeded, failures, operation="update")


def link_items(
    context: OperationContext,
    records: list[Record],
    *,
    options: BatchOptions,
    report: bool = True,
) -> BulkResult[Record]:
    """Replace the link groups set with ``set_links`` on each record.

    A record whose update failed keeps its staged links, and its failure says which.
    ``report=False`` leaves the failure policy to the caller (``update`` with links).
    """
    return context.run(link_items_steps(context, records, options=options, report=report))


def link_items_steps(
    context: OperationContext,
    records: list[Record],
    *,
    options: BatchOptions,
    report: bool = True,
) -> Steps[BulkResult[Record]]:
    """``link_items`` as steps (every link target is checked before the first step)."""
    for record in records:
        record._require_server("linking it")
        for group, targets in record._pending_link_groups.items():
            for target in targets:
                if not target.exists_on_server:
                    raise InvalidRecordStateError(
                        f"link target {target.name!r} (group {group!r} of {record.name!r}) "
                        "does not exist on the server"
                    )

    return _send_links(context, records, options=options, report=report)


def _send_links(
    context: OperationContext, records: list[Record], *, options: BatchOptions, report: bool
) -> Steps[BulkResult[Record]]:
    def send(batch: Sequence[Record]) -> Steps[list[Any]]:
        from generated.models.link_group_update import LinkGroupUpdate
        from generated.models.link_update_item import LinkUpdateItem
        from generated.models.link_update_request import LinkUpdateRequest
        from generated.models.link_update_response import LinkUpdateResponse
        from generated.models.record_target import RecordTarget

        items = [
            LinkUpdateItem(
                database_key=r.db_key,
                history_guid=r.history_guid or "",
                groups=[
                    LinkGroupUpdate(
                        group=group,
                        targets=[
                            RecordTarget(database_key=t.db_key, history_guid=t.history_guid or "")
                            for t in targets
                        ],
                    )
                    for group, targets in r._pending_link_groups.items()
                ],
            )
            for r in batch
        ]
        body = LinkUpdateRequest(items=items)
        return (yield from post_batch(update_links, body, answer=LinkUpdateResponse, done=_DONE))

    todo = [r for r in records if r._pending_link_groups]
    batch_options = BatchOptions(
        batch_size=context.max_batch_size,
        progress=options.progress,
        show_progress=options.show_progress,
    )
    results, failures = yield Batches(todo, send, batch_options)
    done: list[Record] = []
    for record, result in zip(todo, results, strict=True):
        if result is not None:
            record._links_pushed()
            done.append(record)
    failures = [ItemFailure(f.item, f.error, _kept_links_note(f.item)) for f in failures]
    if report:
        finish(
            failures,
            total=len(todo),
            results=done,
            raise_on_failure=options.raise_on_failure,
            operation="update_links",
        )
    return BulkResult(done, failures, operation="update_links")


def _kept_links_note(record: Record) -> str:
    """Which staged links a failed record keeps, and how to drop them."""
    groups = ", ".join(
        f"{group!r} -> [{', '.join(sorted(repr(t.name) for t in targets))}]"
        for group, targets in sorted(record._pending_link_groups.items())
    )
    return (
        f"its staged links stay staged and are sent again by the next update_links: {groups} "
        "(decache_links() discards them)"
    )


def delete_items(
    context: OperationContext,
    records: Sequence[Record],
    *,
    options: BatchOptions,
    update_release_states: bool,
    withdrawal_notes: str | None,
) -> BulkResult[Record]:
    """Delete or withdraw the version each record object holds; deleted ones stop existing."""
    return context.run(
        delete_items_steps(
            records,
            options=options,
            update_release_states=update_release_states,
            withdrawal_notes=withdrawal_notes,
        )
    )


def delete_items_steps(
    records: Sequence[Record],
    *,
    options: BatchOptions,
    update_release_states: bool,
    withdrawal_notes: str | None,
) -> Steps[BulkResult[Record]]:
    """``delete_items`` as steps (the notes are checked before the first step)."""
    optional_str(withdrawal_notes, "withdrawal_notes")
    return _delete(
        records,
        options=options,
        update_release_states=update_release_states,
        withdrawal_notes=withdrawal_notes,
    )


def _delete(
    records: Sequence[Record],
    *,
    options: BatchOptions,
    update_release_states: bool,
    withdrawal_notes: str | None,
) -> Steps[BulkResult[Record]]:
    def send(batch: Sequence[Record]) -> Steps[list[Any]]:
        from generated.models.delete_or_withdraw_request import DeleteOrWithdrawRequest
        from generated.models.delete_or_withdraw_response import DeleteOrWithdrawResponse

        body = DeleteOrWithdrawRequest(
            records=[r._reference(by_version=True) for r in batch],
            withdrawal_notes=withdrawal_notes if withdrawal_notes is not None else UNSET,
        )
        return (
            yield from post_batch(
                delete_or_withdraw_records, body, answer=DeleteOrWithdrawResponse, done=_DONE
            )
        )

    results, failures = yield Batches(records, send, options)
    done: list[Record] = []
    for record, result in zip(records, results, strict=True):
        if result is None:
            continue
        deleted = str(result.status) == "deleted"
        if deleted or update_release_states:
            model = result.record if result.record is not None else None
            record._removed_on_server(deleted=deleted, model=model)
        done.append(record)
    finish(
        failures,
        total=len(records),
        results=done,
        raise_on_failure=options.raise_on_failure,
        operation="bulk_delete_or_withdraw_records",
    )
    return BulkResult(done, failures, operation="bulk_delete_or_withdraw_records")
