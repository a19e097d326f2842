"""Meta-attributes: attribute definitions attached to a parent attribute, with values per record.

A meta-attribute (e.g. "Test notes" on Density) has its own kind, unit and values, stored in
the record's value set like any attribute value (``sl_values``, keyed by the meta-attribute's
GUID). Definitions live in ``sl_meta_attributes``: two parents may each have a meta-attribute
of the same name, so a meta-attribute is named by (parent name, meta-attribute name).
Queries that join ``sl_attributes`` never see meta values; this module reads and writes them.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from typing import Any, Literal

from ._functional import FUNCTIONAL_TYPES, shown_functional
from ._read import AttributeDef, definition_from_row
from ._resolve import select_in
from ._unit_values import UnitSelection, shown_in
from ._values import BINARY_TYPES, ValueError422, export_stored, prepare_value

__all__ = [
    "MetaDefs",
    "MetaSelection",
    "MetaValues",
    "UnknownMeta",
    "meta_defs",
    "meta_requested",
    "meta_values_by_set",
    "prepared_meta_values",
]

# parent attribute name -> meta-attribute name -> definition (is_meta_for set)
MetaDefs = dict[str, dict[str, AttributeDef]]
# value set -> [(parent name, [exported values])]
MetaValues = dict[str, list[dict[str, Any]]]
# None: every meta-attribute; else the (parent, meta-attribute) pairs asked for
MetaSelection = set[tuple[str, str]] | None

_DEFINITIONS: dict[tuple[int, str], MetaDefs] = {}


def meta_defs(db: sqlite3.Connection, table_guid: str) -> MetaDefs:
    """The table's meta-attribute definitions by parent name, in order (cached: they never
    change while the server runs)."""
    key = (id(db), table_guid)
    cached = _DEFINITIONS.get(key)
    if cached is None:
        cached = _DEFINITIONS[key] = _load(db, table_guid)
    return cached


def _load(db: sqlite3.Connection, table_guid: str) -> MetaDefs:
    rows = db.execute(
        "SELECT m.*, a.name AS parent_name FROM sl_meta_attributes m "
        "JOIN sl_attributes a ON a.guid = m.parent_guid "
        "WHERE m.table_guid = ? ORDER BY a.position, m.position",
        (table_guid,),
    ).fetchall()
    found: MetaDefs = defaultdict(dict)
    for row in rows:
        found[row["parent_name"]][row["name"]] = definition_from_row(
            row, order=row["position"] + 1, meta_for=row["parent_name"]
        )
    return dict(found)


def meta_requested(body: dict[str, Any]) -> MetaSelection | Literal[False]:
    """What an export asks for: None (all), a set of pairs, or False (none)."""
    listed = body.get("metaAttributes")
    if listed is None:
        return None if body.get("attributes") is None else False
    return {(item["attribute"], item["metaAttribute"]) for item in listed}


def _shown(stored: dict[str, Any], selection: UnitSelection) -> dict[str, Any]:
    if stored["type"] in FUNCTIONAL_TYPES:
        return shown_functional(stored, selection)
    return shown_in(stored, selection)


def meta_values_by_set(
    db: sqlite3.Connection,
    rows: list[sqlite3.Row],
    *,
    wanted: MetaSelection,
    selection: UnitSelection,
    root_url: str,
    include_binary: bool,
) -> MetaValues:
    """The meta-attribute values each record row's value set holds, grouped by parent."""
    by_guid: dict[str, AttributeDef] = {}
    for table_guid in {row["table_guid"] for row in rows}:
        for parent, metas in meta_defs(db, table_guid).items():
            for name, definition in metas.items():
                if wanted is None or (parent, name) in wanted:
                    by_guid[definition.guid] = definition
    if not by_guid:
        return {}
    database_of = {row["value_set"]: row["database_key"] for row in rows}
    sql = (
        "SELECT value_set, attribute_guid, value FROM sl_values "
        "WHERE value_set IN ({marks}) AND attribute_guid IN (" + ",".join("?" * len(by_guid)) + ")"
    )
    found: dict[str, dict[str, list[tuple[AttributeDef, dict[str, Any]]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for chunk_row in _select_values(db, sql, list(database_of), list(by_guid)):
        definition = by_guid[chunk_row["attribute_guid"]]
        stored = _shown(json.loads(chunk_row["value"]), selection)
        assert definition.meta_for is not None
        found[chunk_row["value_set"]][definition.meta_for].append((definition, stored))
    binary_ids = [
        stored.get("binaryId")
        for groups in found.values()
        for pairs in groups.values()
        for _, stored in pairs
        if stored["type"] in BINARY_TYPES
    ]
    columns = "id, size, mime_type" + (", data" if include_binary else "")
    binaries = {
        row["id"]: row
        for row in select_in(
            db, f"SELECT {columns} FROM sl_binaries WHERE id IN ({{marks}})", binary_ids
        )
    }
    out: MetaValues = {}
    for value_set, groups in found.items():
        out[value_set] = [
            {
                "attribute": parent,
                "values": [
                    export_stored(
                        definition.name,
                        stored,
                        root_url,
                        database_of[value_set],
                        include_binary,
                        binaries.get(str(stored.get("binaryId"))),
                    )
                    for definition, stored in sorted(pairs, key=lambda pair: pair[0].order)
                ],
            }
            for parent, pairs in groups.items()
        ]
    return out


def _select_values(
    db: sqlite3.Connection, sql: str, value_sets: list[str], guids: list[str]
) -> list[sqlite3.Row]:
    rows: list[sqlite3.Row] = []
    for start in range(0, len(value_sets), 400):
        chunk = value_sets[start : start + 400]
        rows += db.execute(
            sql.format(marks=",".join("?" * len(chunk))), [*chunk, *guids]
        ).fetchall()
    return rows


def _meta_definition(metas: MetaDefs, parent: str, name: str) -> AttributeDef | None:
    return metas.get(parent, {}).get(name)


def prepared_meta_values(
    db: sqlite3.Connection, item: dict[str, Any], table: sqlite3.Row, at: str
) -> tuple[list[tuple[str, str, str | None]], list[str]]:
    """Checked meta-attribute values of an import item (GUID, JSON, text) and GUIDs to clear.

    Raises:
        ValueError422: A value does not suit its meta-attribute (the pointer names it).
        LookupError: An unknown parent or meta-attribute (pointer, message).
    """
    metas = meta_defs(db, table["guid"])
    prepared: list[tuple[str, str, str | None]] = []
    for group_index, group in enumerate(item.get("metaAttributes") or []):
        group_at = f"{at}/metaAttributes/{group_index}"
        parent = group["attribute"]
        if parent not in metas:
            raise UnknownMeta(
                f"{group_at}/attribute",
                f"no meta-attributes on attribute {parent!r} in table {table['name']}",
            )
        for index, value in enumerate(group["values"]):
            pointer = f"{group_at}/values/{index}"
            definition = _meta_definition(metas, parent, value["attribute"])
            if definition is None:
                raise UnknownMeta(
                    f"{pointer}/attribute",
                    f"unknown meta-attribute {value['attribute']!r} of {parent!r}",
                )
            try:
                stored, text = prepare_value(db, table["database_key"], definition, value)
            except ValueError422 as error:
                raise ValueError422(pointer + error.pointer, error.message) from error
            prepared.append((definition.guid, stored, text))
    cleared: list[str] = []
    for index, named in enumerate(item.get("clearMetaAttributes") or []):
        definition = _meta_definition(metas, named["attribute"], named["metaAttribute"])
        if definition is None:
            raise UnknownMeta(
                f"{at}/clearMetaAttributes/{index}",
                f"unknown meta-attribute {named['metaAttribute']!r} of {named['attribute']!r}",
            )
        cleared.append(definition.guid)
    return prepared, cleared


class UnknownMeta(Exception):
    """An import names a parent or meta-attribute the table does not have."""

    def __init__(self, pointer: str, message: str) -> None:
        super().__init__(message)
        self.pointer = pointer
        self.message = message
