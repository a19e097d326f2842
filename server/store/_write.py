"""Writes: import (create/update with version control) and delete-or-withdraw.

Every function here applies one batch item; the caller wraps it in a savepoint so each item
is atomic. Failures raise ItemFailure, which the batch handler turns into the item's result.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ._history import add_event, delete_events
from ._meta import UnknownMeta, prepared_meta_values
from ._read import (
    PUBLIC_STATES,
    attribute_defs,
    get_table,
    latest_record,
    resolve_reference,
)
from ._subsets import UnknownSubset, forget_member, join_default_subset, set_record_subsets
from ._values import ValueError422, prepare_value

_PUBLIC = ",".join(f"'{state}'" for state in PUBLIC_STATES)


@dataclass(slots=True)
class ItemFailure(Exception):
    """Why one batch item was not applied: item status, HTTP status, detail, field errors."""

    status: str
    http_status: int
    detail: str
    errors: list[dict[str, str]] = field(default_factory=list)


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@contextmanager
def atomic_item(db: sqlite3.Connection) -> Iterator[None]:
    """A savepoint: the item is applied in full or not at all."""
    db.execute("SAVEPOINT item")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK TO item")
        db.execute("RELEASE item")
        raise
    db.execute("RELEASE item")


def refresh_latest(db: sqlite3.Connection, history_guid: str) -> None:
    """Recompute the history's latest (drafts) and latest public version pointers."""
    db.execute(
        "UPDATE sl_histories SET "
        "latest_guid = (SELECT guid FROM sl_versions WHERE history_guid = :h "
        "ORDER BY version_number DESC LIMIT 1), "
        "public_guid = (SELECT guid FROM sl_versions WHERE history_guid = :h "
        f"AND release_state IN ({_PUBLIC}) ORDER BY version_number DESC LIMIT 1) "
        "WHERE guid = :h",
        {"h": history_guid},
    )


def item_not_found(detail: str) -> ItemFailure:
    return ItemFailure("notFound", 404, detail)


def invalid_item(pointer: str, message: str, detail: str | None = None) -> ItemFailure:
    return ItemFailure(
        "failed", 422, detail or f"{pointer}: {message}", [{"pointer": pointer, "message": message}]
    )


def _check_parent(
    db: sqlite3.Connection, table_guid: str, parent: str, history: str | None, at: str
) -> None:
    row = db.execute(
        "SELECT guid, parent_guid FROM sl_histories WHERE guid = ? AND table_guid = ?",
        (parent, table_guid),
    ).fetchone()
    if row is None:
        raise invalid_item(f"{at}/parentHistoryGuid", "no such record in this table")
    seen = 0
    while row is not None and history is not None:
        if row["guid"] == history:
            raise invalid_item(f"{at}/parentHistoryGuid", "a record cannot be its own ancestor")
        if row["parent_guid"] is None or seen > 10_000:
            break
        seen += 1
        row = db.execute(
            "SELECT guid, parent_guid FROM sl_histories WHERE guid = ?", (row["parent_guid"],)
        ).fetchone()


def _previous_value(
    db: sqlite3.Connection, value_set: str | None, attribute_guid: str
) -> dict[str, Any] | None:
    if value_set is None:
        return None
    row = db.execute(
        "SELECT value FROM sl_values WHERE value_set = ? AND attribute_guid = ?",
        (value_set, attribute_guid),
    ).fetchone()
    return json.loads(row["value"]) if row else None


def _prepared_values(
    db: sqlite3.Connection,
    item: dict[str, Any],
    table: sqlite3.Row,
    at: str,
    previous_set: str | None = None,
) -> tuple[list[tuple[str, str, str | None]], list[str]]:
    defs = attribute_defs(db, table["guid"])
    prepared: list[tuple[str, str, str | None]] = []
    for index, value in enumerate(item.get("attributes") or []):
        pointer = f"{at}/attributes/{index}"
        definition = defs.get(value["attribute"])
        if definition is None:
            raise invalid_item(
                f"{pointer}/attribute",
                "unknown attribute",
                f"Unknown attribute {value['attribute']!r} in table {table['name']}.",
            )
        previous = (
            _previous_value(db, previous_set, definition.guid)
            if definition.type == "tabular"
            else None
        )
        try:
            stored, text = prepare_value(db, table["database_key"], definition, value, previous)
        except ValueError422 as error:
            raise invalid_item(pointer + error.pointer, error.message) from error
        prepared.append((definition.guid, stored, text))
    cleared: list[str] = []
    for index, name in enumerate(item.get("clearAttributes") or []):
        if name not in defs:
            raise invalid_item(f"{at}/clearAttributes/{index}", "unknown attribute")
        cleared.append(defs[name].guid)
    try:
        meta_values, meta_cleared = prepared_meta_values(db, item, table, at)
    except UnknownMeta as error:
        raise invalid_item(error.pointer, error.message) from error
    except ValueError422 as error:
        raise invalid_item(error.pointer, error.message) from error
    return prepared + meta_values, cleared + meta_cleared


def _new_version(
    db: sqlite3.Connection,
    history: str,
    number: int | None,
    fields: dict[str, Any],
    state: str,
    user: str,
    now: str,
    notes: str | None,
    value_set: str | None = None,
) -> str:
    guid = str(uuid.uuid4())
    db.execute(
        "INSERT INTO sl_versions (guid, history_guid, version_number, name, short_name, type, "
        "color, release_state, created_at, created_by, modified_at, modified_by, released_at, "
        "notes, value_set) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
        (
            guid,
            history,
            number,
            fields["name"],
            fields["short_name"],
            fields["type"],
            fields["color"],
            state,
            now,
            user,
            now,
            user,
            notes,
            value_set or guid,
        ),
    )
    return guid


def _own_value_set(db: sqlite3.Connection, version: str) -> None:
    """Copy-on-write: give the version its own value set before its values change."""
    current = db.execute("SELECT value_set FROM sl_versions WHERE guid = ?", (version,))
    value_set = current.fetchone()[0]
    if value_set == version:
        return
    db.execute(
        "INSERT INTO sl_values (value_set, attribute_guid, value, text) "
        "SELECT ?, attribute_guid, value, text FROM sl_values WHERE value_set = ?",
        (version, value_set),
    )
    db.execute("UPDATE sl_versions SET value_set = ? WHERE guid = ?", (version, version))


_VALUE_FIELDS = ("attributes", "clearAttributes", "metaAttributes", "clearMetaAttributes")


def _has_changes(item: dict[str, Any], latest: sqlite3.Row) -> bool:
    if any(item.get(key) for key in _VALUE_FIELDS):
        return True
    pairs = (("name", "name"), ("shortName", "short_name"), ("color", "color"), ("type", "type"))
    if any(item.get(key) is not None and item[key] != latest[col] for key, col in pairs):
        return True
    parent = item.get("parentHistoryGuid")
    return parent is not None and parent.lower() != latest["parent_guid"]


def _apply_subsets(
    db: sqlite3.Connection,
    table: sqlite3.Row,
    identity: int,
    item: dict[str, Any],
    at: str,
    *,
    created: bool,
) -> None:
    """The item's ``subsets`` (a new record without them joins the table's default subset)."""
    names = item.get("subsets")
    if names is None:
        if created:
            join_default_subset(db, table, identity)
        return
    try:
        set_record_subsets(db, table, identity, names)
    except UnknownSubset as error:
        index = names.index(error.name)
        raise invalid_item(f"{at}/subsets/{index}", "no such subset in this table") from error


def _moves_only(item: dict[str, Any], latest: sqlite3.Row, parent: str | None) -> bool:
    """Whether an update changes nothing but the record's place in the tree."""
    if any(item.get(key) for key in _VALUE_FIELDS) or item.get("release"):
        return False
    if item["name"] != latest["name"]:
        return False
    pairs = (("shortName", "short_name"), ("color", "color"), ("type", "type"))
    if any(item.get(key) is not None and item[key] != latest[col] for key, col in pairs):
        return False
    if item.get("moveToRoot"):
        return latest["parent_guid"] is not None
    return parent is not None and parent != latest["parent_guid"]


def import_item(
    db: sqlite3.Connection,
    item: dict[str, Any],
    at: str,
    user: str,
    revision_notes: str | None,
    release_notes: str | None,
) -> sqlite3.Row:
    """Create or update one record; returns the resulting version (as a record row)."""
    database_key = item["databaseKey"]
    table = get_table(db, database_key, item["tableGuid"])
    if table is None:
        raise item_not_found(f"No table {item['tableGuid']} in database {database_key!r}.")
    versioned = bool(table["version_controlled"])
    history = (item.get("historyGuid") or "").lower() or None
    latest = None
    if history is not None:
        latest = latest_record(db, database_key, history, drafts=True)
        if latest is None or latest["table_guid"] != table["guid"]:
            raise item_not_found(f"No record {history} in table {table['name']}.")
    parent = (item.get("parentHistoryGuid") or "").lower() or None
    if parent is not None:
        _check_parent(db, table["guid"], parent, history, at)
    values, cleared = _prepared_values(
        db, item, table, at, latest["value_set"] if latest is not None else None
    )
    if item.get("moveToRoot") and (latest is None or parent is not None):
        raise invalid_item(
            f"{at}/moveToRoot", "moves an existing record, without parentHistoryGuid"
        )
    if latest is not None and _moves_only(item, latest, parent):
        assert history is not None
        db.execute("UPDATE sl_histories SET parent_guid = ? WHERE guid = ?", (parent, history))
        _apply_subsets(db, table, latest["identity"], item, at, created=False)
        moved = resolve_reference(
            db, {"databaseKey": database_key, "versionGuid": latest["version_guid"]}, drafts=True
        )
        assert moved is not None
        return moved
    now = now_iso()
    release = bool(item.get("release")) and versioned
    if latest is None:
        history = str(uuid.uuid4())
        inserted = db.execute(
            "INSERT INTO sl_histories (guid, database_key, table_guid, parent_guid) "
            "VALUES (?, ?, ?, ?)",
            (history, database_key, table["guid"], parent),
        )
        assert inserted.lastrowid is not None
        _apply_subsets(db, table, inserted.lastrowid, item, at, created=True)
        fields = {
            "name": item["name"],
            "short_name": item.get("shortName") or item["name"],
            "type": item.get("type") or "record",
            "color": item.get("color") or "inheritFromParent",
        }
        state = "unreleased" if versioned else "unversioned"
        target = _new_version(
            db, history, 1 if versioned else None, fields, state, user, now, revision_notes
        )
        add_event(
            db,
            history=history,
            version=target,
            kind="create",
            at=now,
            user=user,
            notes=revision_notes,
        )
    else:
        assert history is not None
        target = latest["version_guid"]
        changed = _has_changes(item, latest)
        if versioned and latest["release_state"] != "unreleased" and (changed or not release):
            fields = {
                "name": latest["name"],
                "short_name": latest["short_name"],
                "type": latest["type"],
                "color": latest["color"],
            }
            target = _new_version(
                db,
                history,
                latest["version_number"] + 1,
                fields,
                "unreleased",
                user,
                now,
                revision_notes,
                latest["value_set"],
            )
            add_event(
                db,
                history=history,
                version=target,
                kind="create",
                at=now,
                user=user,
                notes=revision_notes,
            )
        elif changed:
            add_event(
                db,
                history=history,
                version=target,
                kind="modify",
                at=now,
                user=user,
                notes=revision_notes,
            )
        db.execute(
            "UPDATE sl_versions SET name = ?, short_name = ?, type = coalesce(?, type), "
            "color = coalesce(?, color), modified_at = ?, modified_by = ?, "
            "notes = coalesce(?, notes) WHERE guid = ?",
            (
                item["name"],
                item.get("shortName") or latest["short_name"],
                item.get("type"),
                item.get("color"),
                now,
                user,
                revision_notes,
                target,
            ),
        )
        if parent is not None:
            db.execute("UPDATE sl_histories SET parent_guid = ? WHERE guid = ?", (parent, history))
        _apply_subsets(db, table, latest["identity"], item, at, created=False)
    if values or cleared:
        _own_value_set(db, target)
    db.executemany(
        "INSERT OR REPLACE INTO sl_values (value_set, attribute_guid, value, text) "
        "VALUES (?, ?, ?, ?)",
        [(target, guid, stored, text) for guid, stored, text in values],
    )
    db.executemany(
        "DELETE FROM sl_values WHERE value_set = ? AND attribute_guid = ?",
        [(target, guid) for guid in cleared],
    )
    if release:
        _release(db, history, target, now, user, release_notes)
    refresh_latest(db, history)
    row = resolve_reference(db, {"databaseKey": database_key, "versionGuid": target}, drafts=True)
    assert row is not None
    return row


def _release(
    db: sqlite3.Connection, history: str, target: str, now: str, user: str, notes: str | None
) -> None:
    state = db.execute("SELECT release_state FROM sl_versions WHERE guid = ?", (target,))
    if state.fetchone()[0] != "unreleased":
        return
    superseded = db.execute(
        "SELECT guid FROM sl_versions WHERE history_guid = ? AND release_state = 'released'",
        (history,),
    ).fetchall()
    for row in superseded:
        add_event(
            db,
            history=history,
            version=row["guid"],
            kind="supersede",
            at=now,
            user=user,
            notes=None,
        )
    add_event(db, history=history, version=target, kind="release", at=now, user=user, notes=notes)
    db.execute(
        "UPDATE sl_versions SET release_state = 'superseded' "
        "WHERE history_guid = ? AND release_state = 'released'",
        (history,),
    )
    db.execute(
        "UPDATE sl_versions SET release_state = 'released', released_at = ?, "
        "notes = coalesce(?, notes) WHERE guid = ?",
        (now, notes, target),
    )


def _delete_history(db: sqlite3.Connection, history: str) -> None:
    db.execute(
        "DELETE FROM sl_values WHERE value_set IN "
        "(SELECT guid FROM sl_versions WHERE history_guid = ? AND value_set = guid)",
        (history,),
    )
    db.execute("DELETE FROM sl_versions WHERE history_guid = ?", (history,))
    db.execute("DELETE FROM sl_links WHERE source_guid = ? OR target_guid = ?", (history, history))
    forget_member(db, history)
    db.execute("DELETE FROM sl_histories WHERE guid = ?", (history,))
    delete_events(db, history=history)


def delete_or_withdraw(
    db: sqlite3.Connection, reference: dict[str, Any], at: str, user: str, notes: str | None
) -> tuple[str, sqlite3.Row]:
    """Delete never-released versions and unversioned records; withdraw released ones."""
    row = resolve_reference(db, reference, drafts=True)
    if row is None:
        raise item_not_found("No record with that reference.")
    history = row["history_guid"]
    state = row["release_state"]
    if state in ("unversioned", "unreleased"):
        if state == "unversioned" or row["version_number"] is None:
            child = db.execute(
                "SELECT 1 FROM sl_histories WHERE parent_guid = ? LIMIT 1", (history,)
            )
            if child.fetchone() is not None:
                raise invalid_item(at, "the record has children; delete them first")
            _delete_history(db, history)
            return "deleted", row
        db.execute("DELETE FROM sl_values WHERE value_set = ?", (row["version_guid"],))
        db.execute("DELETE FROM sl_versions WHERE guid = ?", (row["version_guid"],))
        delete_events(db, history=history, version=row["version_guid"])
        remaining = db.execute("SELECT 1 FROM sl_versions WHERE history_guid = ?", (history,))
        if remaining.fetchone() is None:
            child = db.execute(
                "SELECT 1 FROM sl_histories WHERE parent_guid = ? LIMIT 1", (history,)
            )
            if child.fetchone() is not None:
                raise invalid_item(at, "the record has children; delete them first")
            _delete_history(db, history)
        else:
            refresh_latest(db, history)
        return "deleted", row
    if state != "withdrawn":
        now = now_iso()
        db.execute(
            "UPDATE sl_versions SET release_state = 'withdrawn', modified_at = ?, modified_by = ?, "
            "notes = coalesce(?, notes) WHERE guid = ?",
            (now, user, notes, row["version_guid"]),
        )
        add_event(
            db,
            history=history,
            version=row["version_guid"],
            kind="withdraw",
            at=now,
            user=user,
            notes=notes,
        )
        refresh_latest(db, history)
    updated = resolve_reference(
        db, {"databaseKey": row["database_key"], "versionGuid": row["version_guid"]}, drafts=True
    )
    assert updated is not None
    return "withdrawn", updated
