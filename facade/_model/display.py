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
from .functional import FunctionalValue
from .tabular import AttributeTabular
from .values import AttributePoint, AttributeRange, AttributeValue

if TYPE_CHECKING:  # annotations only: records and tables import this module
    from .record import Record
    from .table import Table

__all__ = ["curves_svg", "functional_svg", "points_svg", "record_html", "table_html"]


def curves_svg(
    curves: list[list[tuple[float, float]]],
    *,
    title: str,
    x_label: str,
    width: int = 240,
    height: int = 120,
) -> str | None:
    """An inline SVG line plot of one or more curves of (x, y) points.

    Args:
        curves: The curves; each a list of (x, y) pairs.
        title: The y axis label (name and unit).
        x_label: The x axis label (name and unit).
        width: The plot's width in pixels.
        height: The plot's height in pixels.

    Returns:
        The ``<svg>`` element, or None when there are fewer than two points in all.
    """
    points = [pair for curve in curves for pair in curve]
    if len(points) < 2:
        return None
    xs, ys = [x for x, _ in points], [y for _, y in points]
    pad = 24
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0

    def at(x: float, y: float) -> tuple[float, float]:
        px = pad + (x - min(xs)) / span_x * (width - 2 * pad)
        py = height - pad - (y - min(ys)) / span_y * (height - 2 * pad)
        return px, py

    colours = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b")
    drawn = []
    for number, curve in enumerate(curves):
        colour = colours[number % len(colours)]
        placed = [at(x, y) for x, y in sorted(curve)]
        line = " ".join(f"{px:.1f},{py:.1f}" for px, py in placed)
        dots = "".join(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="2"/>' for px, py in placed)
        drawn.append(
            f'<polyline fill="none" stroke="{colour}" stroke-width="1.5" points="{line}"/>'
            f'<g fill="{colour}">{dots}</g>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" aria-label="{_escape(title)}">{"".join(drawn)}'
        f'<text x="{pad}" y="{height - 4}" font-size="10">{_escape(x_label)}: '
        f"{min(xs):g} to {max(xs):g}</text>"
        f'<text x="2" y="12" font-size="10">{_escape(title)}: '
        f"{min(ys):g} to {max(ys):g}</text></svg>"
    )


def points_svg(value: AttributePoint) -> str | None:
    """A plot of a point's values against its first numeric parameter (None without one).

    Args:
        value: A point value with several parameterized values.

    Returns:
        The ``<svg>`` element, or None.
    """
    pairs: list[tuple[float, float]] = []
    axis = ""
    for point in value.points:
        numeric = [p for p in point.parameters if isinstance(p.value, int | float)]
        if not numeric:
            return None
        axis = axis or (
            f"{numeric[0].name} [{numeric[0].unit}]" if numeric[0].unit else numeric[0].name
        )
        pairs.append((float(numeric[0].value), float(point.value)))
    unit = f" [{value.unit}]" if value.unit else ""
    return curves_svg([pairs], title=value.name + unit, x_label=axis)


def functional_svg(value: FunctionalValue) -> str | None:
    """A plot of a functional value's curves, y (or the middle of a range) against x.

    Args:
        value: A functional value with numeric x values.

    Returns:
        The ``<svg>`` element, or None when x is not numeric.
    """
    curves = value.value if isinstance(value.value, tuple) else (value.value,)
    plotted: list[list[tuple[float, float]]] = []
    for curve in curves:
        if curve is None or curve.x_is_discrete:
            return None
        if hasattr(curve, "y"):
            ys = list(curve.y)
        else:
            ys = [(low + high) / 2 for low, high in zip(curve.y_low, curve.y_high, strict=True)]
        plotted.append([(float(x), y) for x, y in zip(curve.x, ys, strict=True)])
    x_parameter = value.parameters.get(value.x_axis)
    x_unit = getattr(x_parameter, "unit", None)
    x_label = f"{value.x_axis} [{x_unit}]" if x_unit else value.x_axis
    unit = f" [{value.unit}]" if value.unit else ""
    return curves_svg(plotted, title=value.name + unit, x_label=x_label)


def _tabular_html(value: AttributeTabular) -> str:
    headers = [
        f"{c.name} [{c.unit}]" if getattr(c, "unit", None) else c.name
        for c in value.column_definitions
    ]
    rows = [[_escape(cell) for cell in row.values()] for row in value.rows]
    return _table(headers, rows)


def _value_html(value: AttributeValue) -> tuple[str, str]:
    """The cell of one value and its unit."""
    unit = getattr(value, "unit", None) or ""
    if value.is_empty():
        return "<i>empty</i>", _escape(unit)
    if isinstance(value, FunctionalValue):
        plot = functional_svg(value)
        rows = len(value.table_view.table_view)
        return (plot + "<br/>" if plot else "") + _escape(f"{rows} points"), _escape(unit)
    if isinstance(value, AttributeTabular):
        return _tabular_html(value), ""
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
