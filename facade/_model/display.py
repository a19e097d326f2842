"""HTML for notebooks: a record's datasheet, a table's summary, and records as a compact table.

Jupyter calls ``_repr_html_``; terminals keep the plain ``repr``. Everything shown is
escaped. A record's datasheet lists every attribute value with its unit; pictures whose
bytes are here are shown inline, points with parameters as a small inline SVG plot (value
against the first numeric parameter). Nothing here waits on an AsyncSession: values not
fetched yet are reported as such.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING

from .._core.display import escape as _escape
from .._core.display import html_table as _table
from .._core.errors import ServiceLayerError
from .binary_values import AttributePicture, BinaryType
from .frames import record_cells
from .values import AttributePoint, AttributeRange, AttributeValue

if TYPE_CHECKING:  # annotations only: records and tables import this module
    from .record import Record
    from .table import Table

__all__ = ["points_svg", "record_html", "table_html"]


def points_svg(value: AttributePoint, *, width: int = 240, height: int = 120) -> str | None:
    """An inline SVG line plot of a point's values against its first numeric parameter.

    Returns:
        The ``<svg>`` element, or None when the points have no numeric parameter.
    """
    pairs: list[tuple[float, float]] = []
    axis: str | None = None
    for point in value.points:
        numeric = [p for p in point.parameters if isinstance(p.value, int | float)]
        if not numeric:
            return None
        axis = axis or (
            f"{numeric[0].name} [{numeric[0].unit}]" if numeric[0].unit else numeric[0].name
        )
        pairs.append((float(numeric[0].value), point.value))
    if len(pairs) < 2:
        return None
    pairs.sort()
    xs, ys = [x for x, _ in pairs], [y for _, y in pairs]
    pad = 24
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0

    def at(x: float, y: float) -> str:
        px = pad + (x - min(xs)) / span_x * (width - 2 * pad)
        py = height - pad - (y - min(ys)) / span_y * (height - 2 * pad)
        return f"{px:.1f},{py:.1f}"

    line = " ".join(at(x, y) for x, y in pairs)
    dots = "".join(
        f'<circle cx="{at(x, y).split(",")[0]}" cy="{at(x, y).split(",")[1]}" r="2"/>'
        for x, y in pairs
    )
    unit = f" [{value.unit}]" if value.unit else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" aria-label="{_escape(value.name)}">'
        f'<polyline fill="none" stroke="#1f77b4" stroke-width="1.5" points="{line}"/>'
        f'<g fill="#1f77b4">{dots}</g>'
        f'<text x="{pad}" y="{height - 4}" font-size="10">{_escape(axis)}: '
        f"{min(xs):g} to {max(xs):g}</text>"
        f'<text x="2" y="12" font-size="10">{_escape(value.name + unit)}: '
        f"{min(ys):g} to {max(ys):g}</text></svg>"
    )


def _value_html(value: AttributeValue) -> tuple[str, str]:
    """The cell of one value and its unit."""
    unit = getattr(value, "unit", None) or ""
    if value.is_empty():
        return "<i>empty</i>", _escape(unit)
    if isinstance(value, AttributePicture):
        data = value._data_in_memory
        if data is not None:
            mime = value.mime_file_type or "image/png"
            encoded = base64.b64encode(data).decode("ascii")
            return f'<img src="data:{_escape(mime)};base64,{encoded}" style="max-width:240px"/>', ""
        return f"picture (not fetched: {_escape(value.url)})", ""
    if isinstance(value, BinaryType):
        name = getattr(value, "file_name", None) or value.url or "file"
        return _escape(name), ""
    if isinstance(value, AttributePoint):
        points = value.points
        if len(points) == 1 and not points[0].parameters:
            return _escape(f"{points[0].value:g}"), _escape(unit)
        plot = points_svg(value)
        listed = "<br/>".join(
            _escape(
                f"{p.value:g} ("
                + ", ".join(
                    f"{q.name}={q.value}{' ' + q.unit if q.unit else ''}" for q in p.parameters
                )
                + ")"
            )
            for p in points
        )
        return (plot + "<br/>" if plot else "") + listed, _escape(unit)
    if isinstance(value, AttributeRange):
        return _escape(f"{value.low} to {value.high}"), _escape(unit)
    shown = value.value
    if isinstance(shown, tuple):
        shown = "; ".join(map(str, shown))
    return _escape(shown), _escape(unit)


def record_html(record: Record) -> str:
    """A record's datasheet: identity, release state, then every value with its unit."""
    cells = record_cells(record)
    title = f"{_escape(record.name)} <small>({_escape(record.db_key)} / {_escape(record.table_name)})</small>"
    facts = _table(
        ["release state", "version", "history GUID", "record GUID"],
        [
            [
                _escape(cells["release_state"]),
                _escape(cells["version_number"]),
                _escape(cells["history_guid"]),
                _escape(cells["record_guid"]),
            ]
        ],
    )
    try:
        values = record.attributes
    except ServiceLayerError as error:
        body = f"<p><i>attribute values not fetched: {_escape(error)}</i></p>"
    else:
        rows = [[_escape(name), *_value_html(value)] for name, value in sorted(values.items())]
        body = _table(["attribute", "value", "unit"], rows) if rows else "<p><i>no values</i></p>"
    return f"<div><h4>{title}</h4>{facts}{body}</div>"


def table_html(table: Table) -> str:
    """A table's summary: database, versioning and attribute kinds when already known."""
    rows = [
        ["database", _escape(table.db_key)],
        ["version controlled", _escape(table.version_controlled)],
    ]
    kinds = table._known_attribute_types
    if kinds is not None:
        rows.append(["attributes", _escape(", ".join(f"{n} ({k})" for n, k in kinds.items()))])
    return f"<div><h4>{_escape(table.name)}</h4>{_table(['', ''], rows)}</div>"
