"""Tabular values: per-cell imports that keep row identities, export units and linked cells.

A stored tabular value is ``{"type": "tabular", "rows": [...], "nextIdentity": n}``; each row
has its ``identity``, ``linkingValue`` and one cell per column (local cells in the column's
database unit, None for empty and for every linked column). Linked cells, ``columns`` and
``linkedRecords`` are computed on export from the definition and the linked table.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._read import AttributeDef
from ._unit_values import UnitSelection, UnitValueError, _import_conversion

__all__ = ["CELL_TYPES", "BinaryCells", "TabularError", "prepare_tabular", "shown_cell"]

CELL_TYPES = {
    "POIN": "point",
    "RNGE": "range",
    "DISC": "discrete",
    "INPT": "integer",
    "LOGI": "logical",
    "DTTM": "date",
    "STXT": "shortText",
    "LTXT": "longText",
    "HLNK": "hyperlink",
    "PICT": "picture",
    "FILE": "file",
}
# Keeps the content of an imported picture or file cell (its bytes or an uploaded binaryId)
# and records its ``binaryId`` and ``mimeType`` in the stored cell; raises TabularError.
BinaryCells = Callable[[dict[str, Any], dict[str, Any], str], None]
_DESTRUCTIVE = 'a destructive edit: send "destructive": true to apply it'


class TabularError(Exception):
    """A tabular value that does not fit its attribute: the pointer suffix and the reason."""

    def __init__(self, pointer: str, message: str) -> None:
        super().__init__(message)
        self.pointer = pointer
        self.message = message


def _local_cell(
    definition: AttributeDef,
    column: dict[str, Any],
    cell: dict[str, Any],
    pointer: str,
    binaries: BinaryCells | None,
) -> dict[str, Any]:
    expected = CELL_TYPES.get(str(column["typeCode"]))
    if cell["type"] != expected:
        raise TabularError(
            f"{pointer}/type",
            f'column "{column["name"]}" holds {expected} cells, not {cell["type"]}',
        )
    if expected in ("picture", "file"):
        if binaries is None:
            raise TabularError(f"{pointer}/type", f"{expected} cells cannot be stored here")
        stored = {k: v for k, v in cell.items() if k not in ("url", "data", "size")}
        binaries(cell, stored, pointer)
        return stored
    stored = dict(cell)
    if expected in ("point", "range"):
        database_unit = column.get("unit")
        try:
            convert = _import_conversion(
                cell.get("unit"),
                database_unit,
                f'attribute "{definition.name}", column "{column["name"]}"',
                f"{pointer}/unit",
            )
        except UnitValueError as error:
            raise TabularError(error.pointer, error.message) from error
        stored["unit"] = database_unit
        keys = ("value",) if expected == "point" else ("low", "high")
        for key in keys:
            if convert is not None and stored.get(key) is not None:
                stored[key] = convert(stored[key])
        low, high = stored.get("low"), stored.get("high")
        if expected == "range" and low is not None and high is not None and low > high:
            raise TabularError(f"{pointer}/low", "low is above high")
    if expected == "discrete":
        allowed = column.get("discreteValues") or []
        if cell["value"] not in allowed:
            raise TabularError(f"{pointer}/value", f"not one of {allowed}")
    return stored


def _cells(
    definition: AttributeDef,
    columns: list[dict[str, Any]],
    row: dict[str, Any],
    pointer: str,
    binaries: BinaryCells | None,
) -> list[dict[str, Any] | None]:
    cells = row["cells"]
    if len(cells) != len(columns):
        names = ", ".join(c["name"] for c in columns)
        raise TabularError(
            f"{pointer}/cells",
            f"{len(cells)} cells for {len(columns)} columns: give one per column ({names})",
        )
    out: list[dict[str, Any] | None] = []
    for index, (column, cell) in enumerate(zip(columns, cells, strict=True)):
        if column.get("isLinked") or cell is None:
            out.append(None)  # linked cells are read-only: whatever was sent is ignored
            continue
        if cell.get("type") == "linked":
            raise TabularError(
                f"{pointer}/cells/{index}", f'column "{column["name"]}" is local, not linked'
            )
        out.append(_local_cell(definition, column, cell, f"{pointer}/cells/{index}", binaries))
    return out


def prepare_tabular(
    definition: AttributeDef,
    value: dict[str, Any],
    previous: dict[str, Any] | None,
    binaries: BinaryCells | None = None,
) -> dict[str, Any]:
    """An imported tabular value applied cell by cell to the ``previous`` stored one.

    ``binaries`` keeps the content of picture and file cells (without it they are refused).

    Rows with an identity update that row; rows without one are added with a new identity;
    previous rows left out are deleted. Reordering kept rows or changing an existing row's
    linking value needs ``destructive``.

    Raises:
        TabularError: unknown row, wrong cell count or kind, a destructive edit not allowed.
    """
    details = definition.details
    columns: list[dict[str, Any]] = list(details.get("columns", ()))
    linked_table = details.get("linkingTable")
    destructive = bool(value.get("destructive"))
    old_rows = {r["identity"]: r for r in (previous or {}).get("rows", ())}
    old_order = [r["identity"] for r in (previous or {}).get("rows", ())]
    next_identity = int((previous or {}).get("nextIdentity", 1))
    rows: list[dict[str, Any]] = []
    kept: list[int] = []
    for index, row in enumerate(value["rows"]):
        pointer = f"/rows/{index}"
        identity = row.get("identity")
        linking = row.get("linkingValue")
        if linking is not None and linked_table is None:
            raise TabularError(f"{pointer}/linkingValue", "this tabular attribute is not linked")
        if identity is None:
            identity = next_identity
            next_identity += 1
        else:
            old = old_rows.get(identity)
            if old is None:
                raise TabularError(f"{pointer}/identity", f"no row with identity {identity}")
            if identity in kept:
                raise TabularError(f"{pointer}/identity", f"row {identity} is given twice")
            if old.get("linkingValue") != linking and not destructive:
                raise TabularError(
                    f"{pointer}/linkingValue",
                    f"relinking exported row {identity} is {_DESTRUCTIVE}",
                )
            kept.append(identity)
        rows.append(
            {
                "identity": identity,
                "linkingValue": linking,
                "cells": _cells(definition, columns, row, pointer, binaries),
            }
        )
    if not destructive and kept != [i for i in old_order if i in kept]:
        raise TabularError("/rows", f"reordering rows is {_DESTRUCTIVE}")
    return {"type": "tabular", "rows": rows, "nextIdentity": next_identity}


def shown_cell(cell: dict[str, Any] | None, selection: UnitSelection) -> dict[str, Any] | None:
    """A stored local cell in the units of ``selection``."""
    if cell is None or cell["type"] not in ("point", "range") or selection.is_database:
        return cell
    unit, convert = selection.conversion(cell.get("unit"))
    out = {**cell, "unit": unit}
    if convert is not None:
        for key in ("value", "low", "high"):
            if out.get(key) is not None:
                out[key] = convert(out[key])
    return out
