"""Datasheet parts for structured values: functional data as an inline SVG plot, tabular data
as an HTML table whose linked cells link to the linked records' datasheets.

The page's Content-Security-Policy allows no styles, so the SVG uses presentation attributes
(``stroke``, ``fill``) only. Log axes are used when the x parameter's scale is ``Log``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from html import escape
from typing import Any

__all__ = ["functional_svg", "tabular_html"]

WIDTH, HEIGHT = 560, 320
LEFT, RIGHT, TOP, BOTTOM = 70, 150, 20, 50
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#17becf")


def _label(name: str, unit: str | None) -> str:
    return f"{name} ({unit})" if unit else name


def _xs(item: dict[str, Any]) -> list[float]:
    """Numeric x values, or the positions 1, 2, … of text (discrete) x values."""
    if item.get("x") is not None:
        return [float(x) for x in item["x"]]
    return [float(i) for i in range(1, len(item.get("xText") or ()) + 1)]


def _curves(value: dict[str, Any]) -> list[tuple[str, list[float], list[float]]]:
    """(legend, x, y) of each line; ranges are drawn through their midpoints."""

    def ys(item: dict[str, Any]) -> list[float]:
        if "y" in item:
            return [float(y) for y in item["y"]]
        return [(lo + hi) / 2 for lo, hi in zip(item["yLow"], item["yHigh"], strict=True)]

    units = {p["name"]: p.get("unit") for p in value.get("parameters", ())}

    def legend(parameters: list[tuple[str, Any]]) -> str:
        return ", ".join(
            f"{name} = {v:g}{' ' + units[name] if units.get(name) else ''}"
            if isinstance(v, int | float)
            else f"{name} = {v}"
            for name, v in parameters
        )

    if "series" in value:
        return [
            (
                legend(
                    [
                        (p["name"], p.get("value", p.get("textValue")))
                        for p in item.get("parameters", ())
                    ]
                )
                or f"Series {index}",
                _xs(item),
                ys(item),
            )
            for index, item in enumerate(value["series"], start=1)
        ]
    groups: dict[tuple[Any, ...], tuple[list[float], list[float]]] = {}
    columns = value.get("parameterValues", ())
    for index, (x, y) in enumerate(zip(_xs(value), ys(value), strict=True)):
        key = tuple((p.get("values") or p.get("textValues") or [])[index] for p in columns)
        xs, ys_ = groups.setdefault(key, ([], []))
        xs.append(float(x))
        ys_.append(y)
    return [
        (legend([(p["name"], k) for p, k in zip(columns, key, strict=True)]) or "Points", xs, ys_)
        for key, (xs, ys_) in groups.items()
    ]


def _scale(low: float, high: float, log: bool, size: float) -> Callable[[float], float]:
    if log:
        low, high = math.log10(low), math.log10(high)
    span = (high - low) or 1.0
    return lambda v: ((math.log10(v) if log else v) - low) / span * size


def _ticks(low: float, high: float, log: bool) -> list[float]:
    if log:
        return [
            10.0**e for e in range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1)
        ]
    span = (high - low) or 1.0
    magnitude = 10 ** math.floor(math.log10(span))
    step = next(
        (m * magnitude / 10 for m in (1, 2, 5, 10, 20, 50) if span / (m * magnitude / 10) <= 8),
        magnitude * 10,
    )
    first = math.ceil(low / step) * step
    return [first + i * step for i in range(int((high - first) / step) + 1)]


def functional_svg(
    value: dict[str, Any],
    *,
    axis_name: str | None = None,
    scale_types: dict[str, str] | None = None,
) -> str:
    """An SVG line plot: axes with units, one line per series, a legend by parameter value.

    Args:
        value: The exported functional value.
        axis_name: The y-axis label (default: the attribute name).
        scale_types: Each parameter's axis scale ('Linear' or 'Log') from its definition; the
            value's own setting wins.
    """
    curves = [c for c in _curves(value) if c[1]]
    settings = {p["name"]: p for p in value.get("parameters", ())}
    x_setting = settings.get(value["xAxis"], {})
    scale = x_setting.get("scaleType") or (scale_types or {}).get(value["xAxis"])
    log_x = scale == "Log"
    xs = [x for c in curves for x in c[1]]
    ys = [y for c in curves for y in c[2]]
    if not xs or (log_x and min(xs) <= 0):
        log_x = False
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    x_low, x_high = (min(xs), max(xs)) if xs else (0.0, 1.0)
    y_low, y_high = (min(0.0, min(ys)), max(ys)) if ys else (0.0, 1.0)
    sx, sy = _scale(x_low, x_high, log_x, plot_w), _scale(y_low, y_high, False, plot_h)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="functional-plot" width="{WIDTH}" '
        f'height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{escape(value.get("attribute", ""), quote=True)}">',
        f'<rect x="{LEFT}" y="{TOP}" width="{plot_w}" height="{plot_h}" fill="#ffffff" '
        'stroke="#333333"/>',
    ]
    for tick in _ticks(x_low, x_high, log_x) if xs else []:
        px = LEFT + sx(tick)
        parts.append(
            f'<line x1="{px:.1f}" y1="{TOP + plot_h}" x2="{px:.1f}" y2="{TOP + plot_h + 5}" '
            f'stroke="#333333"/><text x="{px:.1f}" y="{TOP + plot_h + 18}" font-size="10" '
            f'text-anchor="middle">{tick:g}</text>'
        )
    for tick in _ticks(y_low, y_high, False) if ys else []:
        py = TOP + plot_h - sy(tick)
        parts.append(
            f'<line x1="{LEFT - 5}" y1="{py:.1f}" x2="{LEFT}" y2="{py:.1f}" stroke="#333333"/>'
            f'<text x="{LEFT - 8}" y="{py + 3:.1f}" font-size="10" text-anchor="end">{tick:g}</text>'
        )
    x_title = _label(value["xAxis"], x_setting.get("unit"))
    y_title = _label(axis_name or value.get("attribute", "y"), value.get("unit"))
    parts.append(
        f'<text x="{LEFT + plot_w / 2:.0f}" y="{HEIGHT - 12}" font-size="12" '
        f'text-anchor="middle" class="x-axis-title">{escape(x_title)}</text>'
        f'<text x="16" y="{TOP + plot_h / 2:.0f}" font-size="12" text-anchor="middle" '
        f'transform="rotate(-90 16 {TOP + plot_h / 2:.0f})" class="y-axis-title">'
        f"{escape(y_title)}</text>"
    )
    for index, (legend, cx, cy) in enumerate(curves):
        colour = COLOURS[index % len(COLOURS)]
        points = " ".join(
            f"{LEFT + sx(x):.1f},{TOP + plot_h - sy(y):.1f}" for x, y in zip(cx, cy, strict=True)
        )
        parts.append(
            f'<polyline class="series" points="{points}" fill="none" stroke="{colour}" '
            'stroke-width="2.5"/>'
        )
        ly = TOP + 14 + index * 18
        parts.append(
            f'<line x1="{WIDTH - RIGHT + 10}" y1="{ly}" x2="{WIDTH - RIGHT + 30}" y2="{ly}" '
            f'stroke="{colour}" stroke-width="2.5"/><text class="legend" '
            f'x="{WIDTH - RIGHT + 35}" y="{ly + 4}" font-size="11">{escape(legend)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _cell_text(cell: dict[str, Any] | None) -> str:
    if cell is None:
        return ""
    kind = cell["type"]
    unit = f" {cell['unit']}" if cell.get("unit") else ""
    if kind == "point":
        return f"{cell['value']:g}{unit}"
    if kind == "range":
        low = "" if cell.get("low") is None else f"{cell['low']:g}"
        high = "" if cell.get("high") is None else f"{cell['high']:g}"
        return f"{low} to {high}{unit}"
    if kind == "hyperlink":
        return str(cell.get("description") or cell["url"])
    if kind == "file":
        return str(cell.get("fileName"))
    if kind == "picture":
        return "(picture)"
    return str(cell.get("value"))


def tabular_html(value: dict[str, Any], datasheet_url: Callable[[str], str]) -> str:
    """An HTML table; a linked cell shows one entry per linked record, linked to its datasheet.

    Args:
        value: The exported tabular value.
        datasheet_url: The datasheet URL of a linked record, by history GUID.
    """
    columns = value.get("columns", ())
    head = "".join(f"<th>{escape(_label(c['name'], c.get('unit')))}</th>" for c in columns)
    if value.get("linkingTable"):
        head = f"<th>{escape(str(value.get('linkingAttribute')))}</th>" + head
    body = []
    for row in value.get("rows", ()):
        cells = []
        if value.get("linkingTable"):
            cells.append(f"<td>{escape(row.get('linkingValue') or '')}</td>")
        for cell in row["cells"]:
            if cell is not None and cell["type"] == "linked":
                links = "<br>".join(
                    f'<a class="linked" href="{escape(datasheet_url(v["historyGuid"]), quote=True)}">'
                    f"{escape(_cell_text(v['value']) or '(empty)')}</a>"
                    for v in cell["values"]
                )
                cells.append(f"<td>{links}</td>")
            else:
                cells.append(f"<td>{escape(_cell_text(cell))}</td>")
        body.append(f'<tr data-identity="{row["identity"]}">{"".join(cells)}</tr>')
    return f'<table class="tabular" border="1"><tr>{head}</tr>{"".join(body)}</table>'
