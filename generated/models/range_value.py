from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trailing_zero_information import TrailingZeroInformation

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global TrailingZeroInformation
    from ..models.trailing_zero_information import TrailingZeroInformation

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="RangeValue")

_PROPERTY_NAMES = frozenset(
    (
        "type",
        "attribute",
        "low",
        "high",
        "lowInclusive",
        "highInclusive",
        "unit",
        "lowTrailingZeros",
        "highTrailingZeros",
    )
)


@_attrs_define
class RangeValue:
    """
    Attributes:
        type_ (Literal['range']):
        attribute (str):
        low (float | None | Unset):
        high (float | None | Unset):
        low_inclusive (bool | Unset):  Default: True.
        high_inclusive (bool | Unset):  Default: True.
        unit (None | str | Unset): Unit of low and high; converted on import like a point value's unit.
        low_trailing_zeros (TrailingZeroInformation | Unset): The precision a number was entered with: the number as
            entered (no trailing zeros),
            the unit it was entered in and its significant figures (90 entered as "90.0" is
            `{enteredValue: "90", significantFigures: 3}`). Written with a point or a range bound,
            stored as given and exported unchanged whatever unit system the value is read in.
        high_trailing_zeros (TrailingZeroInformation | Unset): The precision a number was entered with: the number as
            entered (no trailing zeros),
            the unit it was entered in and its significant figures (90 entered as "90.0" is
            `{enteredValue: "90", significantFigures: 3}`). Written with a point or a range bound,
            stored as given and exported unchanged whatever unit system the value is read in.
    """

    type_: Literal["range"]
    attribute: str
    low: float | None | Unset = UNSET
    high: float | None | Unset = UNSET
    low_inclusive: bool | Unset = True
    high_inclusive: bool | Unset = True
    unit: None | str | Unset = UNSET
    low_trailing_zeros: TrailingZeroInformation | Unset = UNSET
    high_trailing_zeros: TrailingZeroInformation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        type_ = self.type_

        attribute = self.attribute

        low: float | None | Unset
        if isinstance(self.low, Unset):
            low = UNSET
        else:
            low = self.low

        high: float | None | Unset
        if isinstance(self.high, Unset):
            high = UNSET
        else:
            high = self.high

        low_inclusive = self.low_inclusive

        high_inclusive = self.high_inclusive

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        low_trailing_zeros: dict[str, Any] | Unset = UNSET
        if not isinstance(self.low_trailing_zeros, Unset):
            low_trailing_zeros = self.low_trailing_zeros.to_dict()

        high_trailing_zeros: dict[str, Any] | Unset = UNSET
        if not isinstance(self.high_trailing_zeros, Unset):
            high_trailing_zeros = self.high_trailing_zeros.to_dict()

        field_dict: dict[str, Any] = {
            "type": type_,
            "attribute": attribute,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if low is not UNSET:
            field_dict["low"] = low
        if high is not UNSET:
            field_dict["high"] = high
        if low_inclusive is not UNSET:
            field_dict["lowInclusive"] = low_inclusive
        if high_inclusive is not UNSET:
            field_dict["highInclusive"] = high_inclusive
        if unit is not UNSET:
            field_dict["unit"] = unit
        if low_trailing_zeros is not UNSET:
            field_dict["lowTrailingZeros"] = low_trailing_zeros
        if high_trailing_zeros is not UNSET:
            field_dict["highTrailingZeros"] = high_trailing_zeros

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["type"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["type"]
        type_ = cast(Literal["range"], _first_value)
        if type_ != "range":
            raise ValueError(f"type must match const 'range', got '{type_}'")

        attribute = src_dict["attribute"]

        low: float | None | Unset = src_dict.get("low", UNSET)

        high: float | None | Unset = src_dict.get("high", UNSET)

        low_inclusive = src_dict.get("lowInclusive", UNSET)

        high_inclusive = src_dict.get("highInclusive", UNSET)

        unit: None | str | Unset = src_dict.get("unit", UNSET)

        _low_trailing_zeros = src_dict.get("lowTrailingZeros", UNSET)
        low_trailing_zeros: TrailingZeroInformation | Unset
        if _low_trailing_zeros is UNSET:
            low_trailing_zeros = UNSET
        else:
            low_trailing_zeros = TrailingZeroInformation.from_dict(_low_trailing_zeros)

        _high_trailing_zeros = src_dict.get("highTrailingZeros", UNSET)
        high_trailing_zeros: TrailingZeroInformation | Unset
        if _high_trailing_zeros is UNSET:
            high_trailing_zeros = UNSET
        else:
            high_trailing_zeros = TrailingZeroInformation.from_dict(
                _high_trailing_zeros
            )

        if cls is RangeValue:
            range_value = _new_instance(cls)
            range_value.type_ = type_
            range_value.attribute = attribute
            range_value.low = low
            range_value.high = high
            range_value.low_inclusive = low_inclusive
            range_value.high_inclusive = high_inclusive
            range_value.unit = unit
            range_value.low_trailing_zeros = low_trailing_zeros
            range_value.high_trailing_zeros = high_trailing_zeros
            range_value.additional_properties = {}
        else:
            range_value = cls(
                type_,
                attribute,
                low,
                high,
                low_inclusive,
                high_inclusive,
                unit,
                low_trailing_zeros,
                high_trailing_zeros,
            )

        if len(src_dict) != 2 + (low is not UNSET) + (high is not UNSET) + (
            low_inclusive is not UNSET
        ) + (high_inclusive is not UNSET) + (unit is not UNSET) + (
            low_trailing_zeros is not UNSET
        ) + (high_trailing_zeros is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            range_value.additional_properties = d

        return range_value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
