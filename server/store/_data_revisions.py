"""Data revision histories: how the data of each attribute of a record changed across versions.

A record's versions share value sets until a version changes them; an attribute's data is
revised in every version whose stored value differs from the previous version's (a first
value, a change, or a removal). For the exported version the revision is the run of versions
holding its current data: the version that started it, the one that ended it (None while it
is current), how many revisions came before and including it, and who made the first and the
latest of them. Versions the caller may not see are left out.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Any

from ._read import PUBLIC_STATES, attribute_defs
from ._resolve import select_in

__all__ = ["data_revisions"]


def _versions(
    db: sqlite3.Connection, history_guids: list[str], drafts: bool
) -> dict[str, list[sqlite3.Row]]:
    """The versions of each history the caller may see, oldest first."""
    states = (
        "" if drafts else f" AND release_state IN ({', '.join(repr(s) for s in PUBLIC_STATES)})"
    )
    sql = (
        "SELECT history_guid, guid, version_number, value_set, created_at, created_by, "
        "modified_at, modified_by FROM sl_versions WHERE history_guid IN ({marks})" + states
    )
    by_history: dict[str, list[sqlite3.Row]] = defaultdict(list)
    for row in select_in(db, sql, history_guids):
        by_history[row["history_guid"]].append(row)
    for versions in by_history.values():
        versions.sort(key=lambda v: v["version_number"] or 0)
    return by_history


def _values(db: sqlite3.Connection, value_sets: list[str]) -> dict[tuple[str, str], str]:
    """Stored value JSON by (value set, attribute GUID)."""
    sql = "SELECT value_set, attribute_guid, value FROM sl_values WHERE value_set IN ({marks})"
    return {
        (r["value_set"], r["attribute_guid"]): r["value"] for r in select_in(db, sql, value_sets)
    }


def _revision(
    name: str, held: list[str | None], versions: list[sqlite3.Row], current: int
) -> dict[str, Any]:
    """The revision of one attribute's data in version ``current`` (an index into ``versions``)."""
    starts = [i for i, value in enumerate(held) if value != (held[i - 1] if i else None)]
    start = max((i for i in starts if i <= current), default=None)
    later = [i for i in starts if i > current]
    populated = held[current] is not None
    first_data = next((i for i in starts if held[i] is not None), None)
    history = None
    if populated and start is not None and first_data is not None:
        made, changed = versions[first_data], versions[start]
        history = {
            "createdAt": made["created_at"],
            "createdBy": made["created_by"],
            "lastModifiedAt": changed["modified_at"],
            "lastModifiedBy": changed["modified_by"],
            "updateCount": sum(1 for i in starts if i <= current) - 1,
        }
    return {
        "attribute": name,
        "isPopulated": populated,
        "dataVersionNumber": sum(1 for i in starts if i <= current),
        "createdInRecordVersion": (versions[start]["version_number"] or 0)
        if start is not None
        else None,
        "retiredInRecordVersion": (versions[later[0]]["version_number"] or 0) if later else None,
        "history": history,
    }


def data_revisions(
    db: sqlite3.Connection, rows: list[sqlite3.Row], *, drafts: bool
) -> list[list[dict[str, Any]]]:
    """For each record version row, one ``DataRevision`` per attribute of its table."""
    by_history = _versions(db, list({row["history_guid"] for row in rows}), drafts)
    value_sets = list({v["value_set"] for versions in by_history.values() for v in versions})
    values = _values(db, value_sets)
    out: list[list[dict[str, Any]]] = []
    for row in rows:
        versions = by_history.get(row["history_guid"], [])
        current = next(
            (i for i, v in enumerate(versions) if v["guid"] == row["version_guid"]), None
        )
        revisions = []
        for definition in attribute_defs(db, row["table_guid"]).values():
            if definition.meta_for is not None:
                continue
            if current is None:  # the caller sees no version of it but this one
                held = [values.get((row["value_set"], definition.guid))]
                revisions.append(_revision(definition.name, held, [row], 0))
                continue
            held = [values.get((v["value_set"], definition.guid)) for v in versions]
            revisions.append(_revision(definition.name, held, versions, current))
        out.append(revisions)
    return out
