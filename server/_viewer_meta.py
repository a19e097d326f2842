"""Meta-attribute rows of the record viewer: shown right under their parent attribute."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from html import escape
from typing import Any

from .store import UnitSelection, meta_defs, meta_values_by_set

__all__ = ["meta_rows"]


def meta_rows(
    db: sqlite3.Connection,
    row: Any,
    *,
    root_url: str,
    selection: UnitSelection,
    definition_cell: Callable[[Any, UnitSelection], str],
    value_cell: Callable[[dict[str, Any]], str],
) -> dict[str, str]:
    """HTML rows of the record's meta-attributes (empty ones marked), by parent name."""
    groups = meta_values_by_set(
        db, [row], wanted=None, selection=selection, root_url=root_url, include_binary=True
    ).get(row["value_set"], [])
    values = {(g["attribute"], v["attribute"]): v for g in groups for v in g["values"]}
    out: dict[str, str] = {}
    for parent, metas in meta_defs(db, row["table_guid"]).items():
        cells = []
        for name, definition in metas.items():
            value = values.get((parent, name))
            shown = (
                f"<td>{value_cell(value)}</td>"
                if value is not None
                else "<td class='empty'>(empty)</td>"
            )
            cells.append(
                f"<tr class='meta' id='{escape(f'{parent}/{name}', quote=True)}'>"
                f"<th class='meta'>&#8627; {escape(name)}</th>"
                f"<td class='kind'>{definition_cell(definition, selection)}</td>{shown}</tr>"
            )
        out[parent] = "".join(cells)
    return out
