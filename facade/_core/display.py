"""HTML tables for notebooks (Jupyter's ``_repr_html_``), everything escaped.

Items that offer ``_display_cells()`` (a dict of column to value, e.g. records) become one
row each under those columns; anything else is shown by its ``repr``.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = ["SHOWN_ROWS", "escape", "html_table", "items_html"]

SHOWN_ROWS = 50
"""The most rows shown; a note says how many more there are."""

_STYLE = "border-collapse:collapse;font-size:90%"
_CELL = "border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top"


def escape(value: object) -> str:
    """``value`` as HTML text (None as nothing)."""
    return html.escape("" if value is None else str(value))


def html_table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A bordered table; ``rows`` hold HTML already escaped."""
    head = "".join(f'<th style="{_CELL}">{escape(h)}</th>' for h in headers)
    body = "".join(
        "<tr>" + "".join(f'<td style="{_CELL}">{cell}</td>' for cell in row) + "</tr>"
        for row in rows
    )
    return f'<table style="{_STYLE}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def items_html(items: Sequence[Any], failures: Sequence[Any] = (), *, what: str = "items") -> str:
    """``items`` as a compact table (the first ``SHOWN_ROWS``), then the failures and why."""
    shown = list(items)[:SHOWN_ROWS]
    cells = [item._display_cells() if hasattr(item, "_display_cells") else None for item in shown]
    columns = list(next((c for c in cells if c is not None), {"item": None}))
    rows = []
    for item, row in zip(shown, cells, strict=True):
        if row is None:
            text = "<i>not found</i>" if item is None else escape(repr(item))
            rows.append([text] + [""] * (len(columns) - 1))
        else:
            rows.append([escape(row.get(column)) for column in columns])
    more = len(items) - len(shown)
    body = html_table(columns, rows) + (f"<p>… and {more} more</p>" if more > 0 else "")
    if failures:
        failed = [
            [escape(getattr(f, "item", f)), escape(getattr(f, "reason", ""))]
            for f in list(failures)[:SHOWN_ROWS]
        ]
        body += f"<p>{len(failures)} failed:</p>" + html_table(["item", "reason"], failed)
    return f"<div><p>{len(items)} {what}</p>{body}</div>"
