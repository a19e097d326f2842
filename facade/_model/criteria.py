"""Search criteria: one condition on an attribute, a tabular column or a record property.

A ``SearchCriterion`` checks itself when built: the operator must suit the attribute's type
and the value must have the form the operator needs, so a bad criterion fails before any
request. ``Table.search_for_records_where`` and ``Database.search_for_records_where`` combine
a list of criteria with AND.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, Union

from .enums import RecordColor, RecordType

if TYPE_CHECKING:  # annotations only: definitions and record properties import this module
    from .definitions import AttributeDefinition
    from .properties import PseudoAttributeDefinition

__all__ = [
    "OPERATORS",
    "SearchCriterion",
    "SearchOperator",
    "criterion_from_keywords",
    "operators_for_property",
    "operators_for_type",
]

SearchOperator = Literal[
    "LESS_THAN",
    "GREATER_THAN",
    "BETWEEN",
    "CONTAINS",
    "CONTAINS_ANY",
    "CONTAINS_ALL",
    "NOT_CONTAINS",
    "EXISTS",
    "NOT_EXISTS",
    "EQUAL",
]
OPERATORS: tuple[str, ...] = SearchOperator.__args__  # type: ignore[attr-defined]

_PRESENCE = ("EXISTS", "NOT_EXISTS")
_NUMBERS = ("LESS_THAN", "GREATER_THAN", "BETWEEN", *_PRESENCE)
_TEXT = ("CONTAINS", "NOT_CONTAINS", *_PRESENCE)
# Operators per attribute type code (a tabular column's cells by the column's type code).
OPERATORS_BY_TYPE: dict[str, tuple[str, ...]] = {
    "POIN": _NUMBERS,
    "RNGE": _NUMBERS,
    "INPT": (*_NUMBERS, "EQUAL"),
    "DTTM": ("BETWEEN", *_PRESENCE),
    "LOGI": ("CONTAINS", *_PRESENCE),
    "STXT": (*_TEXT, "EQUAL"),
    "LTXT": _TEXT,
    "HLNK": _TEXT,
    "DISC": ("CONTAINS", "CONTAINS_ANY", "CONTAINS_ALL", "NOT_CONTAINS", *_PRESENCE),
}
# Record properties a search can test: their operators.
_PROPERTY_TEXT = (*_TEXT, "EQUAL")
_PROPERTY_TIME = ("LESS_THAN", "GREATER_THAN", "BETWEEN")
PROPERTY_OPERATORS: dict[str, tuple[str, ...]] = {
    "name": _PROPERTY_TEXT,
    "short_name": _PROPERTY_TEXT,
    "table_name": _PROPERTY_TEXT,
    "created_by": _PROPERTY_TEXT,
    "last_modified_by": _PROPERTY_TEXT,
    "parent_record_name": _PROPERTY_TEXT,
    "parent_record_short_name": _PROPERTY_TEXT,
    "type": ("EQUAL", "CONTAINS_ANY"),
    "color": ("EQUAL", "CONTAINS_ANY"),
    "history_identity": ("LESS_THAN", "GREATER_THAN", "BETWEEN", "EQUAL"),
    "version_number": ("LESS_THAN", "GREATER_THAN", "BETWEEN", "EQUAL", *_PRESENCE),
    "created_on": _PROPERTY_TIME,
    "last_modified_on": _PROPERTY_TIME,
    "released_on": (*_PROPERTY_TIME, *_PRESENCE),
}

Attribute = Union["AttributeDefinition", "PseudoAttributeDefinition"]


def operators_for_type(type_code: str) -> tuple[str, ...]:
    """The operators that suit values of an attribute type (or tabular column type)."""
    return OPERATORS_BY_TYPE.get(type_code, _PRESENCE)


def operators_for_property(name: str) -> tuple[str, ...]:
    """The operators that suit a record property.

    Raises:
        ValueError: The property cannot be searched; the message lists those that can.
    """
    allowed = PROPERTY_OPERATORS.get(name)
    if allowed is None:
        searchable = ", ".join(sorted(PROPERTY_OPERATORS))
        raise ValueError(
            f"the record property {name!r} cannot be searched; searchable properties: {searchable}"
        )
    return allowed


def _is_number(value: object) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(float(value))
    )


def _is_day(value: object) -> bool:
    return isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)


class SearchCriterion:
    """One condition of a criteria search.

    Args:
        attribute: An attribute definition (``table.attributes[name]``) or a record property
            (``RecordProperties.created_on``).
        operator: LESS_THAN, GREATER_THAN, BETWEEN, CONTAINS, CONTAINS_ANY, CONTAINS_ALL,
            NOT_CONTAINS, EXISTS, NOT_EXISTS or EQUAL; it must suit the attribute's type.
        value: The operand: a number (LESS_THAN, GREATER_THAN; in the attribute's unit in
            the database's active unit system), a (low, high) pair (BETWEEN: numbers,
            ``datetime.date`` for date attributes, datetimes for date properties; naive
            datetimes are UTC), a str (CONTAINS, NOT_CONTAINS; a bool for logical
            attributes), a list of str (CONTAINS_ANY, CONTAINS_ALL), an int or str (EQUAL;
            ``RecordType`` / ``RecordColor`` for those properties), None (EXISTS, NOT_EXISTS).
        column_name: A column of a tabular attribute: the criterion tests its cells.
            Criteria on one column must all be met by a single row.

    Raises:
        TypeError: ``attribute`` is not a definition, or ``value`` has the wrong type.
        ValueError: The operator does not suit the attribute's type (the message names the
            type and the operators allowed), an unknown column, or a BETWEEN pair out of order.
    """

    def __init__(
        self,
        attribute: Attribute,
        operator: SearchOperator,
        value: Any = None,
        column_name: str | None = None,
    ) -> None:
        if not callable(getattr(attribute, "search_operators", None)):
            raise TypeError(
                "attribute must be an AttributeDefinition (table.attributes[...]) or a "
                f"record property (RecordProperties...), not {type(attribute).__name__}"
            )
        if operator not in OPERATORS:
            raise ValueError(f"unknown operator {operator!r}; use one of {', '.join(OPERATORS)}")
        self._attribute = attribute
        self._operator = operator
        self.column_name = column_name
        self.value_type = self._check_operator()
        self.value = self._checked_value(value)

    @property
    def attribute(self) -> Attribute:
        """The attribute definition or record property tested."""
        return self._attribute

    @property
    def operation(self) -> str:
        """The operator (``LESS_THAN`` …)."""
        return self._operator

    operator = operation

    @property
    def is_property(self) -> bool:
        """True for a criterion on a record property."""
        return self.value_type.startswith("PROP:")

    def _check_operator(self) -> str:
        """The type the operator applies to.

        A column's type for tabular cells, ``PROP:<name>`` for a record property.
        """
        attribute, column = self._attribute, self.column_name
        allowed, kind = attribute.search_operators(column)
        if kind.startswith("PROP:"):
            what = f"the record property {attribute.name!r} ({attribute.type})"
        elif column is not None:
            what = f"column {column!r} of {attribute.name!r} ({kind or 'linked'})"
        else:
            what = f"{attribute.name!r} ({kind})"
            if self._operator == "EQUAL" and kind == "TABL":
                raise ValueError(
                    f"EQUAL on the tabular attribute {attribute.name!r} needs column_name"
                )
        if self._operator not in allowed:
            raise ValueError(
                f"{self._operator} does not suit {what}; operators allowed: {', '.join(allowed)}"
            )
        return kind

    def _checked_value(self, value: Any) -> Any:
        operator, kind = self._operator, self.value_type
        name = self._attribute.name
        if operator in _PRESENCE:
            if value is not None:
                raise TypeError(f"{operator} takes no value (for {name!r})")
            return None
        if kind in ("PROP:type", "PROP:color"):
            enum = RecordType if kind == "PROP:type" else RecordColor
            items = list(value) if operator == "CONTAINS_ANY" else [value]
            if not items or not all(isinstance(v, enum) for v in items):
                raise TypeError(f"{name!r} criteria take {enum.__name__} values")
            return items if operator == "CONTAINS_ANY" else value
        if operator == "BETWEEN":
            return self._pair(value)
        if operator in ("LESS_THAN", "GREATER_THAN"):
            if kind.startswith("PROP:") and kind not in (
                "PROP:history_identity",
                "PROP:version_number",
            ):
                if not isinstance(value, datetime.datetime):
                    raise TypeError(f"{operator} on {name!r} takes a datetime")
                return value
            if not _is_number(value):
                raise TypeError(f"{operator} on {name!r} takes a number, not {value!r}")
            return value
        if operator in ("CONTAINS_ANY", "CONTAINS_ALL"):
            if isinstance(value, str) or not isinstance(value, Sequence) or not value:
                raise TypeError(f"{operator} on {name!r} takes a non-empty list of str")
            if not all(isinstance(v, str) for v in value):
                raise TypeError(f"{operator} on {name!r} takes a list of str")
            return list(value)
        if operator == "CONTAINS" and kind == "LOGI":
            if not isinstance(value, bool):
                raise TypeError(f"CONTAINS on the logical attribute {name!r} takes True or False")
            return value
        if operator == "EQUAL" and (
            kind in ("INPT", "POIN", "RNGE")
            or kind.endswith("_identity")
            or kind.endswith("_number")
        ):
            if not _is_number(value):
                raise TypeError(f"EQUAL on {name!r} takes a number, not {value!r}")
            return value
        if operator == "EQUAL" and kind == "DTTM":
            if not _is_day(value):
                raise TypeError(f"EQUAL on {name!r} takes a datetime.date")
            return value
        if operator == "EQUAL" and kind == "LOGI":
            if not isinstance(value, bool):
                raise TypeError(f"EQUAL on {name!r} takes True or False")
            return value
        if not isinstance(value, str) or not value:
            raise TypeError(f"{operator} on {name!r} takes a non-empty str, not {value!r}")
        return value

    def _pair(self, value: Any) -> tuple[Any, Any]:
        name, kind = self._attribute.name, self.value_type
        if isinstance(value, str) or not isinstance(value, Sequence) or len(value) != 2:
            raise TypeError(f"BETWEEN on {name!r} takes a (low, high) pair")
        low, high = value
        if kind == "DTTM":
            if not (_is_day(low) and _is_day(high)):
                raise TypeError(f"BETWEEN on the date attribute {name!r} takes two datetime.date")
        elif kind in ("PROP:created_on", "PROP:last_modified_on", "PROP:released_on"):
            if not all(isinstance(v, datetime.datetime) for v in (low, high)):
                raise TypeError(f"BETWEEN on {name!r} takes two datetimes")
            low, high = _utc(low), _utc(high)
        elif not (_is_number(low) and _is_number(high)):
            raise TypeError(f"BETWEEN on {name!r} takes two numbers")
        if low > high:
            raise ValueError(
                f"BETWEEN on {name!r}: {low!r} comes after {high!r}; give them in order"
            )
        return (value[0], value[1])

    def __repr__(self) -> str:
        column = f" column={self.column_name!r}" if self.column_name else ""
        return f"<SearchCriterion {self._attribute.name!r} {self._operator} {self.value!r}{column}>"


def _utc(moment: datetime.datetime) -> datetime.datetime:
    """Naive datetimes are UTC."""
    return moment.replace(tzinfo=datetime.UTC) if moment.tzinfo is None else moment


# search_criterion keywords in the order the first given one wins
_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("less_than", "LESS_THAN"),
    ("greater_than", "GREATER_THAN"),
    ("contains", "CONTAINS"),
    ("contains_any", "CONTAINS_ANY"),
    ("contains_all", "CONTAINS_ALL"),
    ("does_not_contain", "NOT_CONTAINS"),
    ("exists", "EXISTS"),
    ("equal_to", "EQUAL"),
    ("between_dates", "BETWEEN"),
)


def criterion_from_keywords(
    attribute: Attribute, keywords: dict[str, Any], *, in_column: str | None
) -> SearchCriterion:
    """The criterion ``search_criterion(**keywords)`` describes: the first keyword given wins.

    Raises:
        ValueError: No keyword was given, or the criterion is invalid (see SearchCriterion).
    """
    for keyword, operator in _KEYWORDS:
        value = keywords.get(keyword)
        if value is None:
            continue
        if keyword == "exists":
            if not isinstance(value, bool):
                raise TypeError("exists takes True or False")
            return SearchCriterion(
                attribute, "EXISTS" if value else "NOT_EXISTS", column_name=in_column
            )
        return SearchCriterion(attribute, operator, value, column_name=in_column)  # type: ignore[arg-type]
    names = ", ".join(k for k, _ in _KEYWORDS)
    raise ValueError(f"search_criterion needs one of {names}")
