"""``search`` and ``get``: finding records and reading their attribute values."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    import facade

__all__ = ["RecordId", "fetch_attributes", "find_records", "parse_record_id", "search_records"]

_GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


@dataclass(frozen=True)
class RecordId:
    """One ID of ``servicelayer get``: a GUID (any database unless ``db_key``) or an identity."""

    text: str
    db_key: str | None = None
    guid: str | None = None
    history_identity: int | None = None


def parse_record_id(text: str) -> RecordId:
    """Read one ID of ``servicelayer get``.

    Args:
        text: ``GUID`` (history or version), ``DB:GUID`` or ``DB:identity``.

    Returns:
        The parsed ID.

    Raises:
        click.BadParameter: Anything else (exit code 1).
    """
    db_key, separator, rest = text.partition(":")
    if not separator:
        db_key, rest = "", text
    elif not db_key:
        raise click.BadParameter(f"{text!r} has no database key before ':'", param_hint="ID")
    if _GUID.match(rest):
        return RecordId(text, db_key=db_key or None, guid=rest.lower())
    if db_key and rest.isdigit():
        return RecordId(text, db_key=db_key, history_identity=int(rest))
    raise click.BadParameter(
        f"{text!r} is not a history GUID, a version GUID or DB:identity (e.g. MAT:42)",
        param_hint="ID",
    )


def search_records(
    session: facade.Session, text: str, *, db_key: str | None, by_name: bool
) -> list[facade.Record]:
    """Search every database, or only ``db_key``.

    Args:
        session: A connected session.
        text: The search text.
        db_key: Search this database only; None for all.
        by_name: Match names exactly (ignoring case) instead of a text search.

    Returns:
        The records found.

    Raises:
        KeyError: No database has the key ``db_key``.
    """
    source: facade.Session | facade.Database = session
    if db_key is not None:
        source = session.get_db(db_key=db_key)
    if by_name:
        return source.search_for_records_by_name(text)
    return source.search_for_records_by_text(text)


def find_records(
    session: facade.Session, ids: list[RecordId]
) -> list[tuple[RecordId, facade.Record | None]]:
    """Look up records by ID.

    A GUID without a database is looked for in every database, as a version GUID first and
    then as a history GUID.

    Args:
        session: A connected session.
        ids: The parsed IDs.

    Returns:
        Each ID with its record, or None when no database visible to the user has it.

    Raises:
        KeyError: An ID names a database that does not exist.
    """
    for key in {record_id.db_key for record_id in ids if record_id.db_key}:
        session.get_db(db_key=key)  # an unknown database key is a KeyError (not found)
    return [(record_id, _find(session, record_id)) for record_id in ids]


def _find(session: facade.Session, record_id: RecordId) -> facade.Record | None:
    if record_id.history_identity is not None and record_id.db_key is not None:
        return session.get_record_by_id(
            record_id.db_key, history_identity=record_id.history_identity
        )
    keys = [record_id.db_key] if record_id.db_key else [db.db_key for db in session.dbs]
    for key in keys:
        found = session.get_record_by_id(key, vguid=record_id.guid) or session.get_record_by_id(
            key, hguid=record_id.guid
        )
        if found is not None:
            return found
    return None


def fetch_attributes(records: list[facade.Record]) -> None:
    """Fetch every attribute value of ``records`` (batched per table; no file data).

    Args:
        records: Records from any tables.

    Raises:
        facade.BulkOperationError: Some records' values could not be fetched.
    """
    by_table: dict[Any, list[facade.Record]] = defaultdict(list)
    for record in records:
        by_table[record.table].append(record)
    for table, members in by_table.items():
        table.bulk_fetch(members)
