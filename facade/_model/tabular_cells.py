"""Cells of tabular values: editable local cells of every simple kind and read-only linked cells.

A column's kind decides its cells' class. Local cells check what is assigned (TypeError for a
wrong type, ValueError for a value the column does not allow); numeric cells have a ``unit``.
A linked cell shows one linked record's value; assigning to it raises AttributeError.
"""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass
from typing import Any, ClassVar

__all__ = [
    "LinkedCell",
    "LocalCell",
    "LocalDateValue",
    "LocalDiscreteValue",
    "LocalHyperlinkValue",
    "LocalIntegerValue",
    "LocalLogicalValue",
    "LocalLongTextValue",
    "LocalPointValue",
    "LocalRangeValue",
    "LocalShortTextValue",
    "TabularColumn",
    "local_cell_class",
]

_INT32 = (-2_147_483_648, 2_147_483_647)


@dataclass(frozen=True)
class TabularColumn:
    """A column of a tabular attribute: name, 4-letter type code, unit, linked or local."""

    name: str
    type_code: str
    unit: str | None = None
    is_linked: bool = False
    discrete_values: tuple[str, ...] | None = None

    def __repr__(self) -> str:
        where = "linked" if self.is_linked else "local"
        unit = f" [{self.unit}]" if self.unit else ""
        return f"<TabularColumn {self.name!r} {self.type_code}{unit} {where}>"


class LocalCell:
    """An editable cell of a local column; ``value`` None is empty.

    Args:
        column: The cell's column.
        value: The cell's value (None: empty).
    """

    kind: ClassVar[str] = ""

    def __init__(self, column: TabularColumn, value: Any = None) -> None:
        self.column = column
        self._value: Any = None
        if value is not None:
            self.value = value

    @property
    def value(self) -> Any:
        """The cell's value (None when empty)."""
        return self._value

    @value.setter
    def value(self, value: Any) -> None:
        self._value = None if value is None else self._check(value)

    def _check(self, value: Any) -> Any:
        return value

    def _what(self) -> str:
        return f"cell of column {self.column.name!r}"

    def is_empty(self) -> bool:
        """Whether the cell is empty.

        Returns:
            True when the cell holds nothing.
        """
        return self._value is None

    def clear(self) -> None:
        """Empty the cell."""
        self._value = None

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and vars(other) == vars(self)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.column.name!r}: {self._value!r}>"


class LocalShortTextValue(LocalCell):
    """A short text cell (at most 255 characters)."""

    kind = "shortText"
    max_length: ClassVar[int | None] = 255

    def _check(self, value: Any) -> Any:
        if not isinstance(value, str):
            raise TypeError(f"{self._what()} takes a str, not {type(value).__name__}")
        if self.max_length is not None and len(value) > self.max_length:
            raise ValueError(f"{self._what()} holds at most {self.max_length} characters")
        return value


class LocalLongTextValue(LocalShortTextValue):
    """A long text cell."""

    kind = "longText"
    max_length = None


class LocalLogicalValue(LocalCell):
    """A logical cell (True or False)."""

    kind = "logical"

    def _check(self, value: Any) -> Any:
        if not isinstance(value, bool):
            raise TypeError(f"{self._what()} takes a bool, not {type(value).__name__}")
        return value


class LocalIntegerValue(LocalCell):
    """An integer cell (signed 32-bit)."""

    kind = "integer"

    def _check(self, value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{self._what()} takes an int, not {type(value).__name__}")
        if not _INT32[0] <= value <= _INT32[1]:
            raise ValueError(f"{self._what()} must fit in 32 bits, got {value}")
        return value


class LocalDateValue(LocalCell):
    """A date cell (``datetime.date``)."""

    kind = "date"

    def _check(self, value: Any) -> Any:
        if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
            raise TypeError(f"{self._what()} takes a datetime.date, not {type(value).__name__}")
        return value


def _number(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{what} takes a number, not {type(value).__name__}")
    if not math.isfinite(value):
        raise ValueError(f"{what} must be finite, got {value!r}")
    return float(value)


class LocalPointValue(LocalCell):
    """A point cell: a number in ``unit`` (None: the column's unit, ``default_unit``).

    Args:
        column: The cell's column.
        value: The number (None: empty).
        unit: The unit of the number (None: the column's).
    """

    kind = "point"

    def __init__(self, column: TabularColumn, value: Any = None, unit: str | None = None) -> None:
        super().__init__(column, value)
        self.unit = unit if unit is not None else column.unit

    @property
    def default_unit(self) -> str | None:
        """The column's unit."""
        return self.column.unit

    def _check(self, value: Any) -> Any:
        return _number(value, self._what())

    def clear(self) -> None:
        """Empty the cell and reset its unit to the column's."""
        super().clear()
        self.unit = self.column.unit

    def __repr__(self) -> str:
        unit = f" {self.unit}" if self.unit and self._value is not None else ""
        return f"<LocalPointValue {self.column.name!r}: {self._value!r}{unit}>"


class LocalRangeValue(LocalCell):
    """A range cell: ``low`` and ``high`` (either may be None) in ``unit``.

    Args:
        column: The cell's column.
        low: The low bound (None: open).
        high: The high bound (None: open).
        unit: The unit of the bounds (None: the column's).
        low_value_is_inclusive: Whether the low bound is in the range.
        high_value_is_inclusive: Whether the high bound is in the range.
    """

    kind = "range"

    def __init__(
        self,
        column: TabularColumn,
        low: float | None = None,
        high: float | None = None,
        *,
        unit: str | None = None,
        low_value_is_inclusive: bool = True,
        high_value_is_inclusive: bool = True,
    ) -> None:
        super().__init__(column)
        self.unit = unit if unit is not None else column.unit
        self.low_value_is_inclusive = low_value_is_inclusive
        self.high_value_is_inclusive = high_value_is_inclusive
        self._low: float | None = None
        self._high: float | None = None
        self.set_bounds(low, high)

    @property
    def default_unit(self) -> str | None:
        """The column's unit."""
        return self.column.unit

    @property
    def low(self) -> float | None:
        """The low bound (None: open); settable, as in the Toolkit (``cell.low = 1.0``).

        Setting a low bound above the high bound raises ``ValueError``; move both with
        ``set_bounds``.
        """
        return self._low

    @low.setter
    def low(self, low: float | None) -> None:
        self.set_bounds(low, self._high)

    @property
    def high(self) -> float | None:
        """The high bound (None: open); settable, as in the Toolkit (``cell.high = 2.0``).

        Setting a high bound below the low bound raises ``ValueError``; move both with
        ``set_bounds``.
        """
        return self._high

    @high.setter
    def high(self, high: float | None) -> None:
        self.set_bounds(self._low, high)

    def set_bounds(self, low: float | None, high: float | None) -> None:
        """Set both bounds.

        Args:
            low: The low bound (None: open).
            high: The high bound (None: open).

        Raises:
            ValueError: low is above high.
        """
        lo = None if low is None else _number(low, f"low of {self._what()}")
        hi = None if high is None else _number(high, f"high of {self._what()}")
        if lo is not None and hi is not None and lo > hi:
            raise ValueError(f"{self._what()}: low {lo} is above high {hi}")
        self._low, self._high = lo, hi
        self._value = None if lo is None and hi is None else (lo, hi)

    @property
    def value(self) -> Any:
        """(low, high), or None when empty; set bounds with ``set_bounds``."""
        return self._value

    @value.setter
    def value(self, value: Any) -> None:
        if value is None:
            self.set_bounds(None, None)
            return
        low, high = value
        self.set_bounds(low, high)

    def clear(self) -> None:
        """Empty the cell and reset its unit to the column's."""
        self.set_bounds(None, None)
        self.unit = self.column.unit


class LocalDiscreteValue(LocalCell):
    """A discrete cell: one of the column's ``possible_discrete_values``."""

    kind = "discrete"

    @property
    def possible_discrete_values(self) -> frozenset[str]:
        """The values the column allows."""
        return frozenset(self.column.discrete_values or ())

    @property
    def order(self) -> int | None:
        """1-based position of the value among the column's values (None when empty)."""
        allowed = list(self.column.discrete_values or ())
        return allowed.index(self._value) + 1 if self._value in allowed else None

    def _check(self, value: Any) -> Any:
        if not isinstance(value, str):
            raise TypeError(f"{self._what()} takes a str, not {type(value).__name__}")
        allowed = self.column.discrete_values
        if allowed is not None and value not in allowed:
            raise ValueError(f"{self._what()} takes one of {list(allowed)}, not {value!r}")
        return value


class LocalHyperlinkValue(LocalCell):
    """A hyperlink cell: ``value`` is the URL; with a description and a display mode.

    Args:
        column: The cell's column.
        value: The URL (None: empty).
        hyperlink_description: The text shown for the link.
        hyperlink_display: How the link opens.
    """

    kind = "hyperlink"

    def __init__(
        self,
        column: TabularColumn,
        value: str | None = None,
        *,
        hyperlink_description: str | None = None,
        hyperlink_display: str | None = None,
    ) -> None:
        super().__init__(column, value)
        self.hyperlink_description = hyperlink_description
        self.hyperlink_display = hyperlink_display

    def _check(self, value: Any) -> Any:
        if not isinstance(value, str):
            raise TypeError(f"{self._what()} takes a URL str, not {type(value).__name__}")
        return value or None


_LOCAL: dict[str, type[LocalCell]] = {
    "STXT": LocalShortTextValue,
    "LTXT": LocalLongTextValue,
    "LOGI": LocalLogicalValue,
    "INPT": LocalIntegerValue,
    "DTTM": LocalDateValue,
    "POIN": LocalPointValue,
    "RNGE": LocalRangeValue,
    "DISC": LocalDiscreteValue,
    "HLNK": LocalHyperlinkValue,
}


def local_cell_class(column: TabularColumn) -> type[LocalCell]:
    """The cell class of a local column of a simple kind (ValueError for other kinds).

    ``tabular_binary_cells.cell_class`` also knows picture and file columns.
    """
    cls = _LOCAL.get(column.type_code)
    if cls is None:
        raise ValueError(f"column {column.name!r} of type {column.type_code} has no local cells")
    return cls


class LinkedCell:
    """A read-only cell of a linked column: one linked record's value.

    Assigning raises AttributeError: change the linked record's attribute instead.

    Args:
        column: The cell's column.
        record_history_guid: The linked record's history GUID.
        kind: The kind of the value (e.g. ``"point"``), None when empty.
        value: The linked record's value.
        unit: Its unit (numeric kinds).
        low: The low bound (ranges).
        high: The high bound (ranges).
    """

    __slots__ = ("column", "high", "kind", "low", "record_history_guid", "unit", "value")
    column: TabularColumn
    kind: str | None
    value: Any
    unit: str | None
    low: float | None
    high: float | None
    record_history_guid: str

    def __init__(
        self,
        column: TabularColumn,
        record_history_guid: str,
        *,
        kind: str | None = None,
        value: Any = None,
        unit: str | None = None,
        low: float | None = None,
        high: float | None = None,
    ) -> None:
        for name, item in (
            ("column", column),
            ("record_history_guid", record_history_guid),
            ("kind", kind),
            ("value", value),
            ("unit", unit),
            ("low", low),
            ("high", high),
        ):
            object.__setattr__(self, name, item)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(
            f"cells of linked column {self.column.name!r} are read-only: "
            "change the linked record's attribute instead"
        )

    def is_empty(self) -> bool:
        """Whether the linked record has no value for this column.

        Returns:
            True when the cell is empty.
        """
        return self.value is None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LinkedCell) and all(
            getattr(self, n) == getattr(other, n) for n in self.__slots__
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        return f"<LinkedCell {self.column.name!r}: {self.value!r}{unit}>"
