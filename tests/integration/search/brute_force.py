"""What a criterion means, evaluated in Python on values fetched with ``bulk_fetch``: the
reference the server's answers are compared with."""

from __future__ import annotations

import datetime
import math
from typing import Any

from facade._model.criteria import SearchCriterion
from facade._model.record import Record

__all__ = ["meets", "property_value"]

_PROPERTY = {
    "name": lambda r: r.name,
    "short_name": lambda r: r.short_name,
    "table_name": lambda r: r.table_name,
    "created_by": lambda r: r.created_by,
    "last_modified_by": lambda r: r.last_modified_by,
    "created_on": lambda r: r.created_on,
    "last_modified_on": lambda r: r.last_modified_on,
    "released_on": lambda r: r.released_on,
    "type": lambda r: r.type,
    "color": lambda r: r.color,
    "history_identity": lambda r: r.history_identity,
    "version_number": lambda r: r.version_number,
    "parent_record_name": lambda r: r.parent.name if isinstance(r.parent, Record) else None,
    "parent_record_short_name": lambda r: (
        r.parent.short_name if isinstance(r.parent, Record) else None
    ),
}


def property_value(record: Record, name: str) -> Any:
    return _PROPERTY[name](record)


def _spans(value: Any) -> list[tuple[float, float]]:
    """Every number a value holds as (low, high): points, integers, a range's ends."""
    code = value.definition.type if value.definition is not None else value.type
    if code == "POIN":
        return [(p.value, p.value) for p in value.points]
    if code == "RNGE":
        low = -math.inf if value.value.low is None else value.value.low
        high = math.inf if value.value.high is None else value.value.high
        return [(low, high)]
    return [(value.value, value.value)]


def _words(value: Any) -> set[str]:
    return {value.value} if isinstance(value.value, str) else set(value.value)


def _positive(value: Any, criterion: SearchCriterion) -> bool:
    operator, operand = criterion.operation, criterion.value
    code = criterion.value_type
    if operator == "LESS_THAN":
        return any(low < operand for low, _ in _spans(value))
    if operator == "GREATER_THAN":
        return any(high > operand for _, high in _spans(value))
    if operator == "BETWEEN":
        first, last = operand
        if code == "DTTM":
            return bool(first <= value.value <= last)
        return any(low <= last and high >= first for low, high in _spans(value))
    if operator == "EQUAL":
        return bool(value.value == operand)
    if code == "LOGI":
        return bool(value.value is operand)
    if code == "DISC":
        words = _words(value)
        if operator == "CONTAINS_ANY":
            return bool(words & set(operand))
        if operator == "CONTAINS_ALL":
            return set(operand) <= words
        return operand in words
    return operand.casefold() in str(value.value).casefold()


def meets(record: Record, criterion: SearchCriterion) -> bool:
    """Whether ``record`` meets ``criterion`` (attribute criteria need its values fetched)."""
    if criterion.is_property:
        return _property_meets(record, criterion)
    value = record.attributes.get(criterion.attribute.name)
    empty = value is None or value.is_empty()
    operator = criterion.operation
    if operator == "EXISTS":
        return not empty
    if operator == "NOT_EXISTS":
        return empty
    if operator == "NOT_CONTAINS":
        return empty or not _positive(value, criterion)
    return not empty and _positive(value, criterion)


def _property_meets(record: Record, criterion: SearchCriterion) -> bool:
    value = property_value(record, criterion.attribute.name)
    operator, operand = criterion.operation, criterion.value
    if operator == "EXISTS":
        return value is not None
    if operator == "NOT_EXISTS":
        return value is None
    if operator == "NOT_CONTAINS":
        return value is None or operand.casefold() not in value.casefold()
    if value is None:
        return False
    if isinstance(value, datetime.datetime):
        operand = _utc(operand) if not isinstance(operand, tuple) else tuple(map(_utc, operand))
    if operator == "LESS_THAN":
        return bool(value < operand)
    if operator == "GREATER_THAN":
        return bool(value > operand)
    if operator == "BETWEEN":
        return bool(operand[0] <= value <= operand[1])
    if operator == "CONTAINS_ANY":
        return value in operand
    if operator == "EQUAL":
        if isinstance(value, str):
            return value.casefold() == operand.casefold()
        return bool(value == operand)
    return operand.casefold() in value.casefold()


def _utc(moment: datetime.datetime) -> datetime.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=datetime.UTC)
