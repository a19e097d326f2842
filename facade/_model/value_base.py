"""The common base of attribute values and the contract models they convert to."""

from __future__ import annotations

import datetime
import math
from typing import TYPE_CHECKING, Any, ClassVar

from generated.types import Unset

from .._core.strict import StrictAttributes, instance_state

if TYPE_CHECKING:  # annotations only: definitions build values, which import this module;
    # the value models load when the first value is read or written (see values._readers)
    from generated.models.date_value import DateValue
    from generated.models.discrete_value import DiscreteValue
    from generated.models.file_value import FileValue
    from generated.models.functional_grid_point_value import FunctionalGridPointValue
    from generated.models.functional_grid_range_value import FunctionalGridRangeValue
    from generated.models.functional_series_point_value import FunctionalSeriesPointValue
    from generated.models.functional_series_range_value import FunctionalSeriesRangeValue
    from generated.models.hyperlink_value import HyperlinkValue
    from generated.models.integer_value import IntegerValue
    from generated.models.logical_value import LogicalValue
    from generated.models.long_text_value import LongTextValue
    from generated.models.picture_value import PictureValue
    from generated.models.point_value import PointValue
    from generated.models.range_value import RangeValue
    from generated.models.short_text_value import ShortTextValue
    from generated.models.tabular_value import TabularValue

    from .definitions import AttributeDefinition

    ValueModel = (
        PointValue
        | RangeValue
        | DiscreteValue
        | IntegerValue
        | LogicalValue
        | DateValue
        | ShortTextValue
        | LongTextValue
        | HyperlinkValue
        | FileValue
        | PictureValue
        | FunctionalSeriesPointValue
        | FunctionalSeriesRangeValue
        | FunctionalGridPointValue
        | FunctionalGridRangeValue
        | TabularValue
    )

__all__ = ["AttributeValue"]

_INT32 = (-2_147_483_648, 2_147_483_647)
_NOT_COMPARED = ("_record", "_meta_values")  # where a value sits, not what it holds
_NO_META: dict[str, Any] = {}  # shared by every value without meta-attribute values; never changed
_MIN_DATE = datetime.date(1753, 1, 1)


_set_slot = object.__setattr__


def _opt(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def _number(value: object, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{what} must be a number, not {type(value).__name__}")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{what} must be finite, got {value!r}")
    return number


class AttributeValue(StrictAttributes):
    """Common part of every attribute value: its attribute ``name`` and 4-letter ``type``.

    Values of a record know their ``definition`` (so a wrong value fails before any request)
    and their ``record``; values built by hand have neither until a record holds them.

    Args:
        name: The attribute's name in its table.
        value: The value (None for an empty one); checked at once, so a wrong type raises
            ``TypeError`` here rather than failing on the server later.
    """

    __slots__ = ("_is_applicable", "_meta_values", "_record", "_value", "definition", "name")

    name: str
    definition: AttributeDefinition | None
    _record: Any
    _is_applicable: bool
    _meta_values: dict[str, AttributeValue]
    _value: Any

    type: ClassVar[str] = "????"
    kind: ClassVar[str] = ""

    def __init__(self, name: str, value: Any = None) -> None:
        if not isinstance(name, str) or not name:
            raise TypeError("an attribute value needs its attribute name (a non-empty str)")
        # The class's own slots, set without the strict guard's Python-level __setattr__:
        # bulk reads build values by the hundred thousand.
        _set_slot(self, "name", name)
        _set_slot(self, "definition", None)
        _set_slot(self, "_record", None)
        _set_slot(self, "_is_applicable", True)
        _set_slot(self, "_meta_values", _NO_META)
        _set_slot(self, "_value", None)
        self.value = value

    def __getattr__(self, name: str) -> Any:
        # Values built without __init__ (the checked fast paths of bulk reads) have no meta-
        # attribute values until some are set.
        if name == "_meta_values":
            return _NO_META
        raise AttributeError(
            f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self
        )

    @property
    def unit(self) -> str | None:
        """The unit the value is written in; None for kinds without units (text, dates …).

        Every value has it, so ``record.attributes[name].unit`` needs no ``isinstance``;
        points and ranges let you set it.
        """
        return None

    @property
    def id(self) -> str | None:
        """GUID of the attribute (None without a definition)."""
        return self.definition.id if self.definition is not None else None

    @property
    def record(self) -> Any:
        """The record holding this value.

        Raises:
            ValueError: The value belongs to no record (built by hand, not yet set on one).
        """
        if self._record is None:
            raise ValueError(f"the value of {self.name!r} is not attached to a record")
        return self._record

    def _attach(self, record: Any) -> None:
        """Remember the record that holds this value (and its meta-attribute values)."""
        self._record = record
        for meta in self._meta_values.values():
            meta._attach(record)

    @property
    def is_applicable(self) -> bool:
        """False marks the attribute as not applicable to the record (its data is dropped)."""
        return self._is_applicable

    @is_applicable.setter
    def is_applicable(self, applicable: bool) -> None:
        if not isinstance(applicable, bool):
            raise TypeError(
                f"is_applicable of {self.name!r} must be a bool, not {type(applicable).__name__}"
            )
        self._is_applicable = applicable

    @property
    def is_meta(self) -> bool:
        """Whether this is the value of a meta-attribute (one attached to a parent attribute)."""
        return self.definition is not None and self.definition.is_meta

    @property
    def is_meta_for(self) -> str | None:
        """Name of the parent attribute of a meta-attribute value (None otherwise)."""
        return self.definition.is_meta_for if self.definition is not None else None

    @property
    def meta_attributes(self) -> dict[str, AttributeValue]:
        """Values of this attribute's meta-attributes by name (no request; empty ones where the record has no data or they were not fetched).

        Change one and pass it (or this value) to ``Record.set_attributes``; the next
        ``Session.update`` writes it.
        """
        return dict(self._meta_values)

    def _set_meta_values(self, values: dict[str, AttributeValue]) -> None:
        """The values of this attribute's meta-attributes (they share its record)."""
        self._meta_values = dict(values)
        for meta in self._meta_values.values():
            meta._attach(self._record)

    def _put_meta_value(self, meta: AttributeValue) -> None:
        """Replace the value of one meta-attribute (as read from the server)."""
        self._set_meta_values({**self._meta_values, meta.name: meta})

    def _with_definition(self, definition: AttributeDefinition) -> None:
        """Attach the definition (a record's values know theirs)."""
        self.definition = definition

    @property
    def value(self) -> Any:
        """The value (None when empty)."""
        return self._value

    @value.setter
    def value(self, value: Any) -> None:
        self._value = None if value is None else self._check(value)

    def _check(self, value: Any) -> Any:
        return value

    def is_empty(self) -> bool:
        """Whether the value holds no data.

        Returns:
            True when there is nothing to send (``clear_attributes`` removes a value).
        """
        return self._value is None

    def to_model(self) -> ValueModel:
        """The value as the API contract writes it, for an import.

        Returns:
            The generated client's model of this value.

        Raises:
            ValueError: The value is empty (use ``Record.clear_attributes`` to remove it).
        """
        if self.is_empty():
            raise ValueError(f"attribute {self.name!r} is empty: use clear_attributes to remove it")
        return self._to_model()

    def _to_model(self) -> ValueModel:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}: {self._value!r}>"

    def __eq__(self, other: object) -> bool:
        return (
            type(other) is type(self)
            and isinstance(other, AttributeValue)
            and other.name == self.name
            and {k: v for k, v in instance_state(other).items() if k not in _NOT_COMPARED}
            == {k: v for k, v in instance_state(self).items() if k not in _NOT_COMPARED}
        )

    __hash__ = None  # type: ignore[assignment]
