"""Operands of search criteria: checked and converted, or a CriterionError with a pointer."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

__all__ = [
    "CriterionError",
    "fail",
    "iso_date",
    "moment",
    "number",
    "pair",
    "stamp",
    "string",
    "strings",
]

_STAMP = "%Y-%m-%dT%H:%M:%SZ"


@dataclass(slots=True)
class CriterionError(Exception):
    """A criterion the server cannot apply: the JSON pointer and the reason."""

    pointer: str
    message: str


def fail(index: int, what: str, message: str) -> CriterionError:
    return CriterionError(f"/criteria/{index}{what}", message)


def number(value: Any, index: int, what: str = "/value") -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise fail(index, what, "must be a number")
    return float(value)


def string(value: Any, index: int, what: str = "/value") -> str:
    if not isinstance(value, str) or not value:
        raise fail(index, what, "must be a non-empty string")
    return value


def pair(criterion: dict[str, Any], index: int) -> list[Any]:
    values = criterion.get("values")
    if not isinstance(values, list) or len(values) != 2:
        raise fail(index, "/values", "between needs values [low, high]")
    return values


def strings(criterion: dict[str, Any], index: int) -> list[str]:
    values = criterion.get("values")
    if not isinstance(values, list) or not values:
        raise fail(index, "/values", "needs at least one value")
    return [string(v, index, f"/values/{i}") for i, v in enumerate(values)]


def iso_date(value: Any, index: int, what: str) -> str:
    try:
        return datetime.strptime(string(value, index, what), "%Y-%m-%d").strftime("%Y-%m-%d")
    except ValueError as error:
        raise fail(index, what, "must be a date (YYYY-MM-DD)") from error


def moment(value: Any, index: int, what: str) -> datetime:
    try:
        moment = datetime.fromisoformat(string(value, index, what))
    except ValueError as error:
        raise fail(index, what, "must be an ISO 8601 date-time") from error
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def stamp(moment: datetime, *, up: bool) -> str:
    """A stored time stamp (whole seconds) bounding ``moment``: rounded up or down."""
    whole = moment.replace(microsecond=0)
    if up and whole != moment:
        whole += timedelta(seconds=1)
    return whole.strftime(_STAMP)
