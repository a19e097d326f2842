"""Criteria on record properties: names, users, dates, identities, types and colours, tested on
the version, history and table columns of a record (``v``, ``h``, ``t``)."""

from __future__ import annotations

from typing import Any

from ._criteria_operands import fail, moment, number, pair, stamp, string, strings
from ._read import latest_column

__all__ = ["PROPERTIES", "property_condition"]

_NUMERIC = frozenset({"lessThan", "greaterThan", "between"})
_PRESENCE = frozenset({"exists", "notExists"})
_TEXT_PROPERTY = _PRESENCE | {"contains", "notContains", "equal"}
_DATE_PROPERTY = _PRESENCE | _NUMERIC
PROPERTIES: dict[str, tuple[str, frozenset[str]]] = {
    "name": ("v.name", _TEXT_PROPERTY),
    "shortName": ("v.short_name", _TEXT_PROPERTY),
    "tableName": ("t.name", _TEXT_PROPERTY),
    "creator": ("v.created_by", _TEXT_PROPERTY),
    "lastModifier": ("v.modified_by", _TEXT_PROPERTY),
    "parentName": ("{parent}.name", _TEXT_PROPERTY),
    "parentShortName": ("{parent}.short_name", _TEXT_PROPERTY),
    "recordType": ("v.type", frozenset({"equal", "containsAny"})),
    "recordColor": ("v.color", frozenset({"equal", "containsAny"})),
    "historyIdentity": ("h.identity", _NUMERIC | {"equal"}),
    "versionNumber": ("v.version_number", _NUMERIC | _PRESENCE | {"equal"}),
    "createdDate": ("v.created_at", _DATE_PROPERTY),
    "modifiedDate": ("v.modified_at", _DATE_PROPERTY),
    "releasedDate": ("v.released_at", _DATE_PROPERTY),
}
_PROPERTY_KINDS = {
    "recordType": ("record", "folder", "generic"),
    "recordColor": [
        "red",
        "maroon",
        "fuchsia",
        "purple",
        "lime",
        "green",
        "olive",
        "yellow",
        "navy",
        "blue",
        "teal",
        "aqua",
        "black",
        "gray",
        "silver",
        "white",
        "inheritFromParent",
    ],
}


def property_condition(
    criterion: dict[str, Any], index: int, *, drafts: bool
) -> tuple[str, list[Any]]:
    """The SQL condition and parameters of one record-property criterion.

    Raises:
        CriterionError: An operator the property does not support, or a bad operand.
    """
    name, operator = criterion["property"], criterion["operator"]
    expression, allowed = PROPERTIES[name]
    if operator not in allowed:
        raise fail(
            index,
            "/operator",
            f"{operator} does not apply to the record property {name}; "
            f"use one of {sorted(allowed)}",
        )
    if "{parent}" in expression:
        column = expression.split(".", 1)[1]
        pointer = latest_column(drafts).split(".", 1)[1]
        expression = (
            f"(SELECT pv.{column} FROM sl_histories ph JOIN sl_versions pv ON pv.guid = "
            f"ph.{pointer} WHERE ph.guid = h.parent_guid)"
        )
    value = criterion.get("value")
    if operator in ("exists", "notExists"):
        return f"{expression} {'IS NOT NULL' if operator == 'exists' else 'IS NULL'}", []
    if name in _PROPERTY_KINDS:
        words = strings(criterion, index) if operator == "containsAny" else [value]
        known = _PROPERTY_KINDS[name]
        for i, word in enumerate(words):
            if word not in known:
                where = f"/values/{i}" if operator == "containsAny" else "/value"
                raise fail(index, where, f"must be one of {list(known)}")
        return f"{expression} IN ({', '.join('?' * len(words))})", list(words)
    if name.endswith("Date"):
        return _dates(expression, criterion, index)
    if name in ("historyIdentity", "versionNumber"):
        return _numbers(expression, criterion, index)
    text = string(value, index)
    if operator == "equal":
        return f"{expression} = ? COLLATE NOCASE", [text]
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    test = f"{expression} LIKE ? ESCAPE '\\'"
    return (test if operator == "contains" else f"coalesce(NOT ({test}), 1)"), [f"%{escaped}%"]


def _dates(expression: str, criterion: dict[str, Any], index: int) -> tuple[str, list[Any]]:
    operator = criterion["operator"]
    if operator == "between":
        low, high = pair(criterion, index)
        first, last = moment(low, index, "/values/0"), moment(high, index, "/values/1")
        if first > last:
            raise fail(index, "/values", "the first date-time is after the second")
        return f"{expression} BETWEEN ? AND ?", [stamp(first, up=True), stamp(last, up=False)]
    at = moment(criterion.get("value"), index, "/value")
    if operator == "lessThan":  # stored stamps are whole seconds
        return f"{expression} < ?", [stamp(at, up=True)]
    return f"{expression} > ?", [stamp(at, up=False)]


def _numbers(expression: str, criterion: dict[str, Any], index: int) -> tuple[str, list[Any]]:
    operator = criterion["operator"]
    if operator == "between":
        low, high = pair(criterion, index)
        return f"{expression} BETWEEN ? AND ?", [
            number(low, index, "/values/0"),
            number(high, index, "/values/1"),
        ]
    symbol = {"lessThan": "<", "greaterThan": ">", "equal": "="}[operator]
    return f"{expression} {symbol} ?", [number(criterion.get("value"), index)]
