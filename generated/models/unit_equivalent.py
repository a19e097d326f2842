from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new_instance = object.__new__


T = TypeVar("T", bound="UnitEquivalent")

_PROPERTY_NAMES = frozenset(
    (
        "symbol",
        "factor",
        "offset",
    )
)


@_attrs_define
class UnitEquivalent:
    """
    Attributes:
        symbol (str):
        factor (float):
        offset (float):
    """

    symbol: str
    factor: float
    offset: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        factor = self.factor

        offset = self.offset

        field_dict: dict[str, Any] = {
            "symbol": symbol,
            "factor": factor,
            "offset": offset,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            _first_value = src_dict["symbol"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["symbol"]
        symbol = _first_value

        factor = src_dict["factor"]

        offset = src_dict["offset"]

        if cls is UnitEquivalent:
            unit_equivalent = _new_instance(cls)
            unit_equivalent.symbol = symbol
            unit_equivalent.factor = factor
            unit_equivalent.offset = offset
            unit_equivalent.additional_properties = {}
        else:
            unit_equivalent = cls(
                symbol,
                factor,
                offset,
            )

        if len(src_dict) != 3:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            unit_equivalent.additional_properties = d

        return unit_equivalent

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
