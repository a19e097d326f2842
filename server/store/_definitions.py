"""Attribute definitions as the contract shows them, in a caller's unit system.

A definition carries its four-letter type code, display order, units (shown and database),
parameters, discrete values, tabular columns and the table-wide extrema of numeric kinds.
Extrema are taken over the stored values (approximate: values of older versions count too).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ._definition_history import definition_histories, part_key
from ._read import AttributeDef
from ._resolve import select_in
from ._unit_values import UnitSelection

__all__ = ["TYPE_CODES", "definitions_json"]

TYPE_CODES = {
    "point": "POIN",
    "range": "RNGE",
    "integer": "INPT",
    "shortText": "STXT",
    "longText": "LTXT",
    "discrete": "DISC",
    "functional": "FUNC",
    "hyperlink": "HLNK",
    "picture": "PICT",
    "file": "FILE",
    "logical": "LOGI",
    "date": "DTTM",
    "tabular": "TABL",
}

_EXTREMA_SQL = {
    "point": (
        "SELECT x.attribute_guid AS guid, min(json_extract(j.value, '$.value')) AS low, "
        "max(json_extract(j.value, '$.value')) AS high FROM sl_values x, "
        "json_each(x.value, '$.values') j WHERE x.attribute_guid IN ({marks}) "
        "GROUP BY x.attribute_guid"
    ),
    "range": (
        "SELECT attribute_guid AS guid, min(json_extract(value, '$.low')) AS low, "
        "max(json_extract(value, '$.high')) AS high FROM sl_values "
        "WHERE attribute_guid IN ({marks}) GROUP BY attribute_guid"
    ),
    "integer": (
        "SELECT attribute_guid AS guid, min(json_extract(value, '$.value')) AS low, "
        "max(json_extract(value, '$.value')) AS high FROM sl_values "
        "WHERE attribute_guid IN ({marks}) GROUP BY attribute_guid"
    ),
}


def _extrema(
    db: sqlite3.Connection, definitions: list[AttributeDef]
) -> dict[str, tuple[float | None, float | None]]:
    found: dict[str, tuple[float | None, float | None]] = {}
    for kind, sql in _EXTREMA_SQL.items():
        guids = [d.guid for d in definitions if d.type == kind]
        for row in select_in(db, sql, guids):
            found[row["guid"]] = (row["low"], row["high"])
    return found


def _shown(value: Any, unit: str | None, selection: UnitSelection) -> Any:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return value
    _, conversion = selection.conversion(unit)
    return conversion(float(value)) if conversion is not None else value


def _parts(definitions: list[AttributeDef]) -> list[str]:
    """History keys of every parameter and column of ``definitions``."""
    return [
        part_key(d.guid, part, item["name"])
        for d in definitions
        for part, items in (("parameter", "parameters"), ("column", "columns"))
        for item in d.details.get(items, ())
    ]


def _with_history(shown: dict[str, Any], history: dict[str, Any] | None) -> dict[str, Any]:
    if history is not None:
        shown["history"] = history
    return shown


def _parameter_json(
    parameter: dict[str, Any], order: int, selection: UnitSelection
) -> dict[str, Any]:
    unit = parameter.get("unit")
    numeric = parameter.get("dataType", "numeric") == "numeric"
    return {
        "name": parameter["name"],
        "dataType": parameter.get("dataType", "numeric"),
        "order": order,
        "unit": selection.unit(unit),
        "databaseUnit": unit,
        "restricted": bool(parameter.get("restricted", False)),
        "values": [_shown(v, unit, selection) if numeric else v for v in parameter["values"]],
        "defaultValue": _shown(parameter.get("defaultValue"), unit, selection),
        "interpolationType": parameter.get("interpolationType"),
        "scaleType": parameter.get("scaleType") if numeric else None,
    }


def _column_json(column: dict[str, Any], selection: UnitSelection) -> dict[str, Any]:
    out = {
        "name": column["name"],
        "typeCode": column["typeCode"],
        "unit": selection.unit(column.get("unit")),
        "databaseUnit": column.get("unit"),
        "isLinked": bool(column.get("isLinked", False)),
    }
    if column.get("discreteValues") is not None:
        out["discreteValues"] = list(column["discreteValues"])
    return out


def definitions_json(
    db: sqlite3.Connection,
    table_guid: str,
    definitions: list[AttributeDef],
    selection: UnitSelection,
) -> list[dict[str, Any]]:
    """The contract's AttributeDefinitions of a table, in order, in the selected units.

    Meta-attribute definitions (``meta_for`` set) name their parent in ``isMetaFor``.
    """
    extrema = _extrema(db, definitions)
    histories = definition_histories(db, [d.guid for d in definitions] + _parts(definitions))
    out: list[dict[str, Any]] = []
    for item in definitions:
        details = item.details
        shown: dict[str, Any] = {
            "guid": item.guid,
            "name": item.name,
            "type": item.type,
            "typeCode": TYPE_CODES.get(item.type, item.type.upper()[:4]),
            "order": item.order,
            "unit": selection.unit(item.unit),
            "databaseUnit": item.unit,
            "tableGuid": table_guid,
        }
        if item.type in ("point", "discrete"):
            shown["isMultivalued"] = bool(details.get("isMultivalued", item.type == "discrete"))
        if item.discrete_values is not None:
            shown["discreteValues"] = list(item.discrete_values)
        if item.type in ("point", "functional"):
            shown["parameters"] = [
                _with_history(
                    _parameter_json(p, order, selection),
                    histories.get(part_key(item.guid, "parameter", p["name"])),
                )
                for order, p in enumerate(details.get("parameters", ()), start=1)
            ]
        if item.type == "functional":
            shown["axisName"] = details.get("axisName")
        if item.type in _EXTREMA_SQL:
            low, high = extrema.get(item.guid, (None, None))
            shown["min"] = _shown(low, item.unit, selection)
            shown["max"] = _shown(high, item.unit, selection)
        if item.type == "tabular":
            shown["columns"] = [
                _with_history(
                    _column_json(c, selection),
                    histories.get(part_key(item.guid, "column", c["name"])),
                )
                for c in details.get("columns", ())
            ]
            shown["linkingAttribute"] = details.get("linkingAttribute")
            shown["linkingTable"] = details.get("linkingTable")
        shown["isMetaFor"] = item.meta_for
        if item.guid in histories:
            shown["history"] = histories[item.guid]
        out.append(shown)
    return out
