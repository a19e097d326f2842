"""Attribute values: one class per kind of the contract, converted to and from generated models.

Values hold plain Python data (float, str, date, bytes…) and validate on assignment, so a
wrong type fails at once (TypeError) instead of as a 422 in a batch later. Binary values
(files, pictures) carry a ``url`` when exported without data; ``binary_data`` and ``save()``
need the bytes (fetched with ``include_binary_data=True`` or downloaded on demand).
"""

from __future__ import annotations

import datetime
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar

from generated import models
from generated.types import UNSET, Unset

from .._core.checks import require_str
from .binary_values import (
    AttributeFile,
    AttributePicture,
    BinaryDownload,
    BinaryType,
    safe_file_name,
)
from .functional_wire import functional_from_model
from .point_values import (
    AttributePoint,
    AttributePointMulti,
    AttributePointSingle,
    ParameterizedPointValue,
    PointParameterValue,
    PointValueParameter,
)
from .precision import (
    TrailingZeroInformation,
    ValueWithPrecision,
    trailing_zeros_from_model,
    trailing_zeros_to_model,
)
from .structured_empty import empty_structured_value
from .tabular_wire import tabular_from_model
from .value_base import _INT32, _MIN_DATE, AttributeValue, _number, _opt

if TYPE_CHECKING:  # annotations only: the models load at first use (generated.models)
    from generated.models.date_value import DateValue
    from generated.models.discrete_value import DiscreteValue
    from generated.models.hyperlink_display_known import HyperlinkDisplayKnown
    from generated.models.hyperlink_value import HyperlinkValue
    from generated.models.integer_value import IntegerValue
    from generated.models.logical_value import LogicalValue
    from generated.models.long_text_value import LongTextValue
    from generated.models.meta_attribute_values import MetaAttributeValues
    from generated.models.point_value import PointValue
    from generated.models.range_value import RangeValue

    from .value_base import ValueModel

__all__ = [
    "AttributeDate",
    "AttributeDiscrete",
    "AttributeDiscreteMulti",
    "AttributeDiscreteSingle",
    "AttributeFile",
    "AttributeHyperlink",
    "AttributeInteger",
    "AttributeLogical",
    "AttributeLongText",
    "AttributePicture",
    "AttributePoint",
    "AttributePointMulti",
    "AttributePointSingle",
    "AttributeRange",
    "AttributeShortText",
    "AttributeUnsupported",
    "AttributeValue",
    "BinaryType",
    "ParameterizedPointValue",
    "PointParameterValue",
    "PointValueParameter",
    "Range",
    "fill_meta_values",
    "safe_file_name",
    "value_for_definition",
    "value_from_model",
    "value_of_kind",
]


# --- range --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Range:
    """A range of numbers; a None bound is open.

    A bound may be a ``ValueWithPrecision`` to write it with its precision; it is read back
    as a float, with the precision in ``AttributeRange.low_value_trailing_zero_information``.
    """

    low: float | ValueWithPrecision | None = None
    high: float | ValueWithPrecision | None = None
    low_value_is_inclusive: bool = True
    high_value_is_inclusive: bool = True

    def __post_init__(self) -> None:
        for bound in ("low", "high"):
            value = getattr(self, bound)
            if value is not None and not isinstance(value, ValueWithPrecision):
                object.__setattr__(self, bound, _number(value, f"Range.{bound}"))
        if self.low is not None and self.high is not None and float(self.low) > float(self.high):
            raise ValueError(f"Range low {self.low} is above high {self.high}")


class AttributeRange(AttributeValue):
    """A range (RNGE): ``value`` is a ``Range``; ``low``/``high`` read its bounds.

    Args:
        name: The attribute's name.
        value: The ``Range`` (None for an empty value).
        unit: The unit of the bounds; None for the attribute's own.
    """

    __slots__ = ("_bound_precision", "_unit")

    type = "RNGE"
    kind = "range"

    def __init__(self, name: str, value: Range | None = None, unit: str | None = None) -> None:
        self._unit: str | None = None
        self._bound_precision: tuple[TrailingZeroInformation | None, ...] = (None, None)
        super().__init__(name, value)
        self.unit = unit

    @property
    def low_value_trailing_zero_information(self) -> TrailingZeroInformation | None:
        """The precision the stored low bound was written with (None when none was kept)."""
        return self._bound_precision[0]

    @property
    def high_value_trailing_zero_information(self) -> TrailingZeroInformation | None:
        """The precision the stored high bound was written with (None when none was kept)."""
        return self._bound_precision[1]

    def _show_in(self, unit: str, *, factor: float, offset: float) -> None:
        """Show the bounds in ``unit`` (``bound * factor + offset``); inclusivity and precision stay."""
        r: Range | None = self._value
        if r is not None:
            self._value = Range(
                None if r.low is None else float(r.low) * factor + offset,
                None if r.high is None else float(r.high) * factor + offset,
                r.low_value_is_inclusive,
                r.high_value_is_inclusive,
            )
        self._unit = unit

    def _read_precision(
        self, low: TrailingZeroInformation | None, high: TrailingZeroInformation | None
    ) -> None:
        """Keep the precision the server exported with the bounds."""
        self._bound_precision = (low, high)

    @property
    def unit(self) -> str | None:
        """Unit of the bounds.

        Set it to declare the unit you write (checked when the definition is known).
        """
        return self._unit

    @unit.setter
    def unit(self, unit: str | None) -> None:
        if unit is not None and not isinstance(unit, str):
            raise TypeError(f"unit of {self.name!r} must be a str or None")
        if unit is not None and self.definition is not None:
            self.definition.check_unit(unit)
        self._unit = unit

    @property
    def default_unit(self) -> str | None:
        """The attribute's unit in the current unit system (None without a definition)."""
        return self.definition.unit if self.definition is not None else None

    def __repr__(self) -> str:
        if self._value is None:
            return f"<AttributeRange {self.name!r}: empty>"
        unit = f" {self._unit}" if self._unit else ""
        return f"<AttributeRange {self.name!r}: {self._value.low} to {self._value.high}{unit}>"

    def _check(self, value: Any) -> Any:
        self._bound_precision = (None, None)
        if not isinstance(value, Range):
            raise TypeError(f"value of {self.name!r} must be a Range, not {type(value).__name__}")
        if value.low is None and value.high is None:
            return None
        return value

    @property
    def low(self) -> float | None:
        """The low bound (ValueError when the value is empty)."""
        if self._value is None:
            raise ValueError(f"attribute {self.name!r} is empty")
        low: float | None = self._value.low
        return low

    @property
    def high(self) -> float | None:
        """The high bound (ValueError when the value is empty)."""
        if self._value is None:
            raise ValueError(f"attribute {self.name!r} is empty")
        high: float | None = self._value.high
        return high

    @property
    def low_value_is_inclusive(self) -> bool:
        """Whether the low bound belongs to the range (ValueError when the value is empty)."""
        if self._value is None:
            raise ValueError(f"attribute {self.name!r} is empty")
        inclusive: bool = self._value.low_value_is_inclusive
        return inclusive

    @property
    def high_value_is_inclusive(self) -> bool:
        """Whether the high bound belongs to the range (ValueError when the value is empty)."""
        if self._value is None:
            raise ValueError(f"attribute {self.name!r} is empty")
        inclusive: bool = self._value.high_value_is_inclusive
        return inclusive

    def _to_model(self) -> RangeValue:
        r: Range = self._value
        entered_unit = self._unit
        if entered_unit is None and self.definition is not None:
            entered_unit = getattr(self.definition, "database_unit", None)
        return models.RangeValue(
            type_="range",
            attribute=self.name,
            low=None if r.low is None else float(r.low),
            high=None if r.high is None else float(r.high),
            low_inclusive=r.low_value_is_inclusive,
            high_inclusive=r.high_value_is_inclusive,
            unit=self._unit,
            low_trailing_zeros=trailing_zeros_to_model(r.low, entered_unit) or UNSET,
            high_trailing_zeros=trailing_zeros_to_model(r.high, entered_unit) or UNSET,
        )


# --- discrete -----------------------------------------------------------------------------------


class AttributeDiscrete(AttributeValue):
    """A discrete value (DISC): one str or a tuple of str; values outside the list are refused.

    ``AttributeDiscreteSingle`` holds one str, ``AttributeDiscreteMulti`` a tuple of str.

    Args:
        name: The attribute's name.
        value: One of the attribute's discrete values, or a tuple of them.
        is_multivalued: Whether the attribute takes several values.
    """

    __slots__ = ("is_multivalued",)

    type = "DISC"
    kind = "discrete"

    def __new__(cls, name: str, value: Any = None, **kwargs: Any) -> Any:
        if cls is AttributeDiscrete:
            multi = kwargs.get("is_multivalued", False)
            cls = AttributeDiscreteMulti if multi else AttributeDiscreteSingle
        return super().__new__(cls)

    def __init__(self, name: str, value: Any = None, *, is_multivalued: bool = False) -> None:
        self.is_multivalued = is_multivalued
        super().__init__(name, value)

    @property
    def possible_discrete_values(self) -> frozenset[str]:
        """The values allowed by the definition (empty without a definition)."""
        allowed = getattr(self.definition, "discrete_values", None) or ()
        return frozenset(allowed)

    def _allowed(self, item: str) -> str:
        allowed = getattr(self.definition, "discrete_values", None)
        if allowed and item not in allowed:
            raise ValueError(
                f"{item!r} is not allowed for {self.name!r}; allowed: {', '.join(allowed)}"
            )
        return item

    @property
    def order(self) -> int | tuple[int, ...] | None:
        """1-based position of the value(s) in the definition's list (None if unknown)."""
        allowed = list(getattr(self.definition, "discrete_values", None) or ())
        if self._value is None or not allowed:
            return None
        if isinstance(self._value, tuple):
            return tuple(allowed.index(v) + 1 for v in self._value)
        return allowed.index(self._value) + 1

    def _check(self, value: Any) -> Any:
        if self.is_multivalued:
            if isinstance(value, str) or not isinstance(value, tuple | list):
                raise TypeError(
                    f"value of multi-valued {self.name!r} must be a tuple of str, "
                    f"not {type(value).__name__}"
                )
            if not all(isinstance(v, str) for v in value):
                raise TypeError(f"every value of {self.name!r} must be a str")
            return tuple(self._allowed(v) for v in value) or None
        return self._allowed(require_str(value, f"value of {self.name!r}"))

    def _to_model(self) -> DiscreteValue:
        values = list(self._value) if isinstance(self._value, tuple) else [self._value]
        return models.DiscreteValue(type_="discrete", attribute=self.name, values=values)


class AttributeDiscreteSingle(AttributeDiscrete):
    """A single-valued discrete attribute: ``value`` is one str."""

    __slots__ = ()


class AttributeDiscreteMulti(AttributeDiscrete):
    """A multi-valued discrete attribute: ``value`` is a tuple of str."""

    __slots__ = ()

    def __init__(self, name: str, value: Any = None, *, is_multivalued: bool = True) -> None:
        super().__init__(name, value, is_multivalued=True)


# --- scalars ------------------------------------------------------------------------------------


class AttributeInteger(AttributeValue):
    """An integer (INPT): signed 32-bit."""

    __slots__ = ()

    type = "INPT"
    kind = "integer"

    def _check(self, value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"value of {self.name!r} must be an int, not {type(value).__name__}")
        if not _INT32[0] <= value <= _INT32[1]:
            raise ValueError(f"value of {self.name!r} must fit in 32 bits, got {value}")
        return value

    def _to_model(self) -> IntegerValue:
        return models.IntegerValue(type_="integer", attribute=self.name, value=self._value)


class AttributeLogical(AttributeValue):
    """A logical (LOGI): True or False."""

    __slots__ = ()

    type = "LOGI"
    kind = "logical"

    def _check(self, value: Any) -> Any:
        if not isinstance(value, bool):
            raise TypeError(f"value of {self.name!r} must be a bool, not {type(value).__name__}")
        return value

    def _to_model(self) -> LogicalValue:
        return models.LogicalValue(type_="logical", attribute=self.name, value=self._value)


class AttributeDate(AttributeValue):
    """A date (DTTM): a ``datetime.date`` on or after 1753-01-01."""

    __slots__ = ()

    type = "DTTM"
    kind = "date"

    def _check(self, value: Any) -> Any:
        if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
            raise TypeError(
                f"value of {self.name!r} must be a datetime.date, not {type(value).__name__}"
            )
        if value < _MIN_DATE:
            raise ValueError(f"value of {self.name!r} must be on or after {_MIN_DATE}")
        return value

    def _to_model(self) -> DateValue:
        return models.DateValue(type_="date", attribute=self.name, value=self._value)


class AttributeShortText(AttributeValue):
    """A short text (STXT): at most 255 characters."""

    __slots__ = ()

    type = "STXT"
    kind = "shortText"
    max_length: ClassVar[int | None] = 255

    def _check(self, value: Any) -> Any:
        require_str(value, f"value of {self.name!r}")
        if self.max_length is not None and len(value) > self.max_length:
            raise ValueError(
                f"value of {self.name!r} is {len(value)} characters; the limit is {self.max_length}"
            )
        return value

    def _to_model(self) -> ValueModel:
        return models.ShortTextValue(type_="shortText", attribute=self.name, value=self._value)


class AttributeLongText(AttributeShortText):
    """A long text (LTXT)."""

    __slots__ = ()

    type = "LTXT"
    kind = "longText"
    max_length = None

    def _to_model(self) -> LongTextValue:
        return models.LongTextValue(type_="longText", attribute=self.name, value=self._value)


class AttributeHyperlink(AttributeValue):
    """A hyperlink (HLNK): ``value`` is the URL; with a description and a display mode.

    Args:
        name: The attribute's name.
        value: The URL.
        hyperlink_description: The text shown for the link.
        hyperlink_display: How the viewer opens it (``"New"``, ``"Top"``, ``"Content"``).
    """

    __slots__ = ("hyperlink_description", "hyperlink_display")

    type = "HLNK"
    kind = "hyperlink"

    def __init__(
        self,
        name: str,
        value: str | None = None,
        hyperlink_description: str | None = None,
        hyperlink_display: str | None = None,
    ) -> None:
        super().__init__(name, value)
        self.hyperlink_description = hyperlink_description
        self.hyperlink_display = hyperlink_display

    def _check(self, value: Any) -> Any:
        return require_str(value, f"URL of {self.name!r}") or None

    def _to_model(self) -> HyperlinkValue:
        display: HyperlinkDisplayKnown | str | Unset = UNSET
        if self.hyperlink_display:
            try:
                display = models.HyperlinkDisplayKnown(self.hyperlink_display)
            except ValueError:
                display = self.hyperlink_display
        return models.HyperlinkValue(
            type_="hyperlink",
            attribute=self.name,
            url=self._value,
            description=self.hyperlink_description
            if self.hyperlink_description is not None
            else UNSET,
            display=display,
        )


# --- conversions --------------------------------------------------------------------------------

_CLASSES: dict[str, type[AttributeValue]] = {
    cls.kind: cls
    for cls in (
        AttributePoint,
        AttributeRange,
        AttributeDiscrete,
        AttributeInteger,
        AttributeLogical,
        AttributeDate,
        AttributeShortText,
        AttributeLongText,
        AttributeHyperlink,
        AttributeFile,
        AttributePicture,
    )
}


def value_of_kind(kind: str, name: str) -> AttributeValue:
    """An empty value of the contract's attribute ``kind`` (e.g. ``"point"``) for ``name``."""
    cls = _CLASSES.get(str(kind))
    if cls is None:
        raise ValueError(f"attribute {name!r} has a type this SDK does not know: {kind!r}")
    return cls(name)


def value_for_definition(definition: Any) -> AttributeValue:
    """An empty value of the right class for an attribute definition, knowing its definition.

    Kinds this SDK cannot read or write give an ``AttributeUnsupported``.
    """
    kind = definition.kind
    value: AttributeValue
    if kind == "point":
        multi = definition.is_multivalued
        value = (AttributePointMulti if multi else AttributePointSingle)(definition.name)
    elif kind == "discrete":
        value = AttributeDiscrete(definition.name, is_multivalued=definition.is_multivalued)
    elif kind in _CLASSES:
        value = _CLASSES[kind](definition.name)
    elif kind in ("functional", "tabular"):
        value = empty_structured_value(definition)
    else:
        value = AttributeUnsupported(definition.name)
    _defined(value, definition)
    if isinstance(value, AttributePoint | AttributeRange):
        value.unit = definition.unit
    return value


def _defined(value: AttributeValue, definition: Any) -> None:
    """Give ``value`` its definition and an empty value for each of its meta-attributes."""
    value._with_definition(definition)
    metas = getattr(definition, "meta_attributes", None)
    if metas:
        value._set_meta_values({name: value_for_definition(m) for name, m in metas.items()})


class AttributeUnsupported(AttributeValue):
    """A value of a kind this SDK does not read or write (e.g. discrete functional): always None."""

    __slots__ = ()

    def _check(self, value: Any) -> Any:
        raise TypeError(f"attribute {self.name!r} is of a kind this SDK cannot set")

    @property
    def type(self) -> str:  # type: ignore[override]
        """The attribute's type code as the server sent it (``"????"`` when unknown)."""
        return self.definition.type if self.definition is not None else "????"


def _shared(text: str | None) -> str | None:
    """One str object per distinct unit or parameter name, however many values name it.

    Each value read from JSON otherwise holds its own copy: 100,000 records of a table hold
    the same few units and parameter names hundreds of thousands of times.
    """
    return sys.intern(text) if type(text) is str else text


def _point_value(model: PointValue, multi: bool | None, *, name: str) -> AttributePoint:
    entries = model.values
    params = [_opt(e.parameters) or [] for e in entries]
    value: Any
    if multi is False or (multi is None and len(entries) == 1 and not params[0]):
        value = entries[0].value
    else:
        value = tuple(
            ParameterizedPointValue(
                float(e.value),
                tuple(
                    PointParameterValue(_shared(q.name), q.value, _shared(_opt(q.unit)))  # type: ignore[arg-type]
                    for q in ps
                ),
            )
            for e, ps in zip(entries, params, strict=True)
        )
    point = AttributePoint(name, value, _shared(_opt(model.unit)), bool(model.estimated))
    precision = tuple(trailing_zeros_from_model(e.trailing_zeros) for e in entries)
    point._read_precision(precision if any(precision) else ())  # () : none kept, no tuple each
    return point


@cache
def _simple_classes() -> dict[type, type[AttributeValue]]:
    """The value class per model of the kinds read by passing ``model.value`` (built once)."""
    return {
        models.IntegerValue: AttributeInteger,
        models.LogicalValue: AttributeLogical,
        models.DateValue: AttributeDate,
        models.ShortTextValue: AttributeShortText,
        models.LongTextValue: AttributeLongText,
    }


def value_from_model(
    model: ValueModel,
    download: Callable[[str], BinaryDownload | None] | None = None,
    *,
    definition: Any = None,
) -> AttributeValue:
    """The value class for an exported ``model``; ``download(url)`` builds a lazy loader.

    With the attribute's ``definition`` the value knows it (and single or multi-valued
    follows the definition, not the number of values sent).
    """
    name = definition.name if definition is not None else model.attribute
    value = _value_from_model(model, name, download=download, definition=definition)
    if definition is not None:
        _defined(value, definition)
    return value


def _value_from_model(
    model: ValueModel,
    name: str,
    *,
    download: Callable[[str], BinaryDownload | None] | None,
    definition: Any,
) -> AttributeValue:
    functional = (  # module attributes: the models load with the first value read
        models.FunctionalSeriesPointValue,
        models.FunctionalSeriesRangeValue,
        models.FunctionalGridPointValue,
        models.FunctionalGridRangeValue,
    )
    if isinstance(model, functional):
        return functional_from_model(model)
    if isinstance(model, models.TabularValue):
        return tabular_from_model(model)
    multi: bool | None = getattr(definition, "is_multivalued", None)
    if isinstance(model, models.PointValue):
        return _point_value(model, multi, name=name)
    if isinstance(model, models.RangeValue):
        r = Range(
            _opt(model.low),
            _opt(model.high),
            model.low_inclusive is not False,
            model.high_inclusive is not False,
        )
        range_value = AttributeRange(name, r, _shared(_opt(model.unit)))
        range_value._read_precision(
            trailing_zeros_from_model(model.low_trailing_zeros),
            trailing_zeros_from_model(model.high_trailing_zeros),
        )
        return range_value
    if isinstance(model, models.DiscreteValue):
        multi = len(model.values) > 1 if multi is None else multi
        return AttributeDiscrete(
            name,
            tuple(map(_shared, model.values)) if multi else _shared(model.values[0]),
            is_multivalued=multi,
        )
    if isinstance(model, models.HyperlinkValue):
        return AttributeHyperlink(name, model.url, _opt(model.description), _opt(model.display))
    if isinstance(model, models.FileValue | models.PictureValue):
        binary: BinaryType
        if isinstance(model, models.FileValue):
            binary = AttributeFile(name, None, model.file_name, _opt(model.description))
        else:
            binary = AttributePicture(name)
        url = _opt(model.url)
        binary._load(model, download(url) if download and url else None)
        return binary
    cls = _simple_classes().get(type(model))
    if cls is None:
        raise ValueError(f"unknown attribute value model {type(model).__name__}")
    return cls(name, model.value)


def values_from_models(
    models: Iterable[ValueModel],
    download: Callable[[str], BinaryDownload | None] | None = None,
    *,
    definitions: Mapping[str, Any] | None = None,
) -> dict[str, AttributeValue]:
    """Values by attribute name.

    With the table's ``definitions``, every attribute of the table in order, empty where nothing was
    sent.
    """
    if definitions is None:
        return {m.attribute: value_from_model(m, download) for m in models}
    sent = {m.attribute: m for m in models}
    values: dict[str, AttributeValue] = {}
    for name, definition in definitions.items():
        model = sent.pop(name, None)
        values[name] = (
            value_for_definition(definition)
            if model is None
            else value_from_model(model, download, definition=definition)
        )
    for name, model in sent.items():
        values[name] = value_from_model(model, download)
    return values


def fill_meta_values(
    values: Mapping[str, AttributeValue],
    groups: Iterable[MetaAttributeValues],
    *,
    download: Callable[[str], BinaryDownload | None] | None = None,
) -> None:
    """Put exported meta-attribute values into their parents' ``meta_attributes``.

    Values of parents that were not exported, or of meta-attributes the parent's definition
    does not know, are left out.
    """
    for group in groups:
        parent = values.get(group.attribute)
        if parent is None or parent.definition is None:
            continue
        definitions = parent.definition.meta_attributes
        for model in group.values:
            definition = definitions.get(model.attribute)
            if definition is not None:
                parent._put_meta_value(value_from_model(model, download, definition=definition))
