"""Meta-attributes of the demo tables and the history of every demo attribute definition.

Meta-attributes hang under a parent attribute ("Source" and "Test notes" under Density, the
test temperature under Tensile strength …), each with its own kind and unit; most records
have values for them, some leave them empty. Every definition gets a creation event and
some a later change, so definition histories have something to show.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from ._demo_catalogue import AttributeSpec, Family
from .store import add_definition_event, part_key

__all__ = ["META_ATTRIBUTES", "add_definition_histories", "add_meta_attributes", "meta_value_rows"]

SOURCES = ("Supplier datasheet", "In-house test", "Handbook")
_SOURCE = AttributeSpec("Source", "discrete", None, SOURCES, {"isMultivalued": False})
_NOTES = AttributeSpec("Test notes", "longText")
_TEMPERATURE = AttributeSpec("Test temperature", "point", "degC")

# (table, parent attribute) -> its meta-attributes, in order
META_ATTRIBUTES: dict[tuple[str, str], tuple[AttributeSpec, ...]] = {
    ("Metals", "Density"): (_SOURCE, _NOTES),
    ("Metals", "Yield strength"): (_SOURCE, _TEMPERATURE),
    ("Polymers", "Density"): (_NOTES,),
    ("Polymers", "Tensile strength"): (_SOURCE, _NOTES, _TEMPERATURE),
    ("Processes", "Temperature"): (AttributeSpec("Measured by", "shortText"),),
}
_NAMESPACE = uuid.UUID("6d657461-6174-4472-8962-757465730000")
SCHEMA_CREATED = datetime(2024, 9, 2, 9, 0, tzinfo=UTC)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def add_meta_attributes(
    db: sqlite3.Connection, table_name: str, table_guid: str
) -> list[tuple[str, AttributeSpec]]:
    """Insert the table's meta-attribute definitions; their (GUID, spec) in value order."""
    parents = {
        row["name"]: row["guid"]
        for row in db.execute(
            "SELECT name, guid FROM sl_attributes WHERE table_guid = ?", (table_guid,)
        )
    }
    made: list[tuple[str, AttributeSpec]] = []
    for (table, parent), metas in META_ATTRIBUTES.items():
        if table != table_name:
            continue
        for position, spec in enumerate(metas):
            # name-based GUIDs: the demo's random GUID sequence stays as it was
            guid = str(uuid.uuid5(_NAMESPACE, f"{table_guid}/{parent}/{spec.name}"))
            db.execute(
                "INSERT INTO sl_meta_attributes (guid, table_guid, parent_guid, name, type, unit, "
                "discrete_values, position, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    guid,
                    table_guid,
                    parents[parent],
                    spec.name,
                    spec.type,
                    spec.unit,
                    json.dumps(list(spec.discrete)) if spec.discrete else None,
                    position,
                    json.dumps(spec.details) if spec.details else None,
                ),
            )
            made.append((guid, spec))
    return made


def _meta_value(spec: AttributeSpec, family: Family, k: int) -> tuple[dict[str, Any], str | None]:
    if spec.type == "discrete":
        return {"type": "discrete", "values": [SOURCES[k % len(SOURCES)]]}, None
    if spec.type == "point":
        value = {"value": 20.0 + 3 * (k % 3), "parameters": []}
        return {"type": "point", "values": [value], "unit": spec.unit, "estimated": False}, None
    if spec.type == "longText":
        text = f"{family.prefix}: measured on test batch {k + 1} to the standard procedure."
        return {"type": "longText", "value": text}, text.lower()
    text = ("Lab A", "Lab B", "Supplier")[k % 3]
    return {"type": "shortText", "value": text}, text.lower()


def meta_value_rows(
    value_set: str, metas: list[tuple[str, AttributeSpec]], family: Family, variant: int
) -> list[tuple[str, str, str, str | None]]:
    """Rows of ``sl_values`` for the meta-attributes of one value set (some left empty)."""
    rows = []
    for j, (guid, spec) in enumerate(metas):
        if (variant + j) % 4 == 3:
            continue
        value, text = _meta_value(spec, family, variant + j)
        rows.append((value_set, guid, json.dumps(value, separators=(",", ":")), text))
    return rows


def add_definition_histories(db: sqlite3.Connection) -> None:
    """A creation event for every definition, parameter and tabular column; every third
    attribute and every second parameter or column was changed later."""
    rows = db.execute(
        "SELECT guid, details FROM sl_attributes ORDER BY table_guid, position"
    ).fetchall()
    guids = [row[0] for row in rows]
    metas = [row[0] for row in db.execute("SELECT guid FROM sl_meta_attributes ORDER BY guid")]
    for position, guid in enumerate(guids):
        created = SCHEMA_CREATED + timedelta(minutes=position)
        add_definition_event(db, object_guid=guid, kind="create", at=_stamp(created), user="admin")
        if position % 3 == 0:
            changed = created + timedelta(days=90 + position)
            add_definition_event(
                db, object_guid=guid, kind="modify", at=_stamp(changed), user="admin"
            )
    for position, row in enumerate(rows):
        details = json.loads(row[1]) if row[1] else {}
        for part, items in (("parameter", "parameters"), ("column", "columns")):
            for index, item in enumerate(details.get(items, ())):
                created = SCHEMA_CREATED + timedelta(minutes=position, seconds=index + 1)
                key = part_key(row[0], part, item["name"])
                add_definition_event(
                    db, object_guid=key, kind="create", at=_stamp(created), user="admin"
                )
                if index == 1:  # the second parameter or column was revised later
                    changed = created + timedelta(days=60)
                    add_definition_event(
                        db, object_guid=key, kind="modify", at=_stamp(changed), user="admin"
                    )
    for position, guid in enumerate(metas):
        created = SCHEMA_CREATED + timedelta(days=30, minutes=position)
        add_definition_event(db, object_guid=guid, kind="create", at=_stamp(created), user="admin")
