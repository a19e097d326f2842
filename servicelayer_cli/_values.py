"""Records and attribute values as plain data: JSON objects, table cells, export columns."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import facade

__all__ = ["attribute_json", "cell_text", "plain_value", "record_json"]


def record_json(record: facade.Record) -> dict[str, Any]:
    """What identifies and describes ``record`` (no attribute values)."""
    return {
        "db_key": record.db_key,
        "table": record.table_name,
        "name": record.name,
        "short_name": record.short_name,
        "type": record.type.wire,
        "history_guid": record.history_guid,
        "record_guid": record.record_guid,
        "history_identity": record.history_identity,
        "version_number": record.version_number,
        "release_state": record.release_state.wire,
    }


def plain_value(value: facade.AttributeValue) -> Any:
    """The value as JSON-compatible data (numbers stay numbers; files give their URL).

    A point with one unparameterized number is that number; other points are a list of
    ``{"value", "parameters"}``. A range is ``{"low", "high"}``; a file or picture
    ``{"url", "file_name"}`` (the data is not downloaded); dates are ISO 8601 text.
    """
    import facade

    if isinstance(value, facade.BinaryType):
        return {"url": value.url, "file_name": getattr(value, "file_name", None)}
    if value.is_empty():
        return None
    if isinstance(value, facade.AttributePoint):
        points = value.points
        if len(points) == 1 and not points[0].parameters:
            return points[0].value
        return [
            {
                "value": point.value,
                "parameters": [
                    {"name": p.name, "value": p.value, "unit": p.unit} for p in point.parameters
                ],
            }
            for point in points
        ]
    if isinstance(value, facade.AttributeRange):
        return {"low": value.low, "high": value.high}
    if isinstance(value, facade.FunctionalValue):
        data = value.value
        curves = data if isinstance(data, tuple) else (data,)
        return {"x_axis": value.x_axis, "curves": [_curve(curve) for curve in curves]}
    if isinstance(value, facade.AttributeTabular):
        return {"columns": value.columns, "rows": [_plain(row.values()) for row in value.rows]}
    return _plain(value.value)


def _curve(curve: Any) -> dict[str, Any]:
    """One series or grid: x, y (or y_low and y_high), estimated flags and parameter values."""
    ys = ("y",) if hasattr(curve, "y") else ("y_low", "y_high")
    return {
        "x": list(curve.x),
        **{name: list(getattr(curve, name)) for name in ys},
        "is_estimated": list(curve.is_estimated),
        "at": {
            p.name: (list(p.values) if hasattr(p, "values") else p.value) for p in curve.parameters
        },
    }


def _plain(data: Any) -> Any:
    if isinstance(data, datetime.date | datetime.datetime):
        return data.isoformat()
    if isinstance(data, tuple | list | set | frozenset):
        return [_plain(item) for item in data]
    if isinstance(data, bytes):
        return f"<{len(data)} bytes>"
    return data


def attribute_json(value: facade.AttributeValue) -> dict[str, Any]:
    """``{"value": …, "unit": …}`` (``unit`` only for kinds that have one)."""
    data: dict[str, Any] = {"value": plain_value(value)}
    unit = getattr(value, "unit", None)
    if unit is not None:
        data["unit"] = unit
    return data


def cell_text(data: Any) -> str:
    """Plain data (as :func:`plain_value` gives it) as the text of one table or CSV cell."""
    if data is None:
        return ""
    if isinstance(data, bool):
        return "true" if data else "false"
    if isinstance(data, float):
        return str(int(data)) if data.is_integer() and abs(data) < 1e16 else repr(data)
    if isinstance(data, dict):
        if "curves" in data:
            points = sum(len(curve["x"]) for curve in data["curves"])
            return f"{len(data['curves'])} curves, {points} points vs {data['x_axis']}"
        if "rows" in data and "columns" in data:
            return f"{len(data['rows'])} rows x {len(data['columns'])} columns"
        if "parameters" in data:
            parameters = ", ".join(
                f"{p['name']}={cell_text(p['value'])}{' ' + p['unit'] if p['unit'] else ''}"
                for p in data["parameters"]
            )
            return (
                f"{cell_text(data['value'])} ({parameters})"
                if parameters
                else cell_text(data["value"])
            )
        if "low" in data and "high" in data:
            return f"{cell_text(data['low'])}..{cell_text(data['high'])}"
        if "url" in data:
            return str(data.get("file_name") or data.get("url") or "")
        return "; ".join(f"{k}={cell_text(v)}" for k, v in data.items())
    if isinstance(data, list):
        return "; ".join(cell_text(item) for item in data)
    return str(data)
