from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="TabularRangeCell")

_PROPERTY_NAMES = frozenset(
    (
        "type",
        "low",
        "high",
        "lowInclusive",
        "highInclusive",
        "unit",
    )
)


@_attrs_define
class TabularRangeCell:
    """
    Attributes:
        type_ (Literal['range']):
        low (float | None | Unset):
        high (float | None | Unset):
        low_inclusive (bool | Unset):  Default: True.
        high_inclusive (bool | Unset):  Default: True.
        unit (None | str | Unset):
    """

    type_: Literal["range"]
    low: float | None | Unset = UNSET
    high: float | None | Unset = UNSET
    low_inclusive: bool | Unset = True
    high_inclusive: bool | Unset = True
    unit: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

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

        field_dict: dict[str, Any] = {
            "type": type_,
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            _first_value = src_dict["type"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["type"]
        type_ = cast(Literal["range"], _first_value)
        if type_ != "range":
            raise ValueError(f"type must match const 'range', got '{type_}'")

        low: float | None | Unset = src_dict.get("low", UNSET)

        high: float | None | Unset = src_dict.get("high", UNSET)

        low_inclusive = src_dict.get("lowInclusive", UNSET)

        high_inclusive = src_dict.get("highInclusive", UNSET)

        unit: None | str | Unset = src_dict.get("unit", UNSET)

        if cls is TabularRangeCell:
            tabular_range_cell = _new_instance(cls)
            tabular_range_cell.type_ = type_
            tabular_range_cell.low = low
            tabular_range_cell.high = high
            tabular_range_cell.low_inclusive = low_inclusive
            tabular_range_cell.high_inclusive = high_inclusive
            tabular_range_cell.unit = unit
            tabular_range_cell.additional_properties = {}
        else:
            tabular_range_cell = cls(
                type_,
                low,
                high,
                low_inclusive,
                high_inclusive,
                unit,
            )

        if len(src_dict) != 1 + (low is not UNSET) + (high is not UNSET) + (
            low_inclusive is not UNSET
        ) + (high_inclusive is not UNSET) + (unit is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            tabular_range_cell.additional_properties = d

        return tabular_range_cell

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
