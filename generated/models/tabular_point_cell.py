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


T = TypeVar("T", bound="TabularPointCell")

_PROPERTY_NAMES = frozenset(
    (
        "type",
        "value",
        "unit",
    )
)


@_attrs_define
class TabularPointCell:
    """
    Attributes:
        type_ (Literal['point']):
        value (float):
        unit (None | str | Unset): Converted on import to the column's database unit.
    """

    type_: Literal["point"]
    value: float
    unit: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        field_dict: dict[str, Any] = {
            "type": type_,
            "value": value,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
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
        type_ = cast(Literal["point"], _first_value)
        if type_ != "point":
            raise ValueError(f"type must match const 'point', got '{type_}'")

        value = src_dict["value"]

        unit: None | str | Unset = src_dict.get("unit", UNSET)

        if cls is TabularPointCell:
            tabular_point_cell = _new_instance(cls)
            tabular_point_cell.type_ = type_
            tabular_point_cell.value = value
            tabular_point_cell.unit = unit
            tabular_point_cell.additional_properties = {}
        else:
            tabular_point_cell = cls(
                type_,
                value,
                unit,
            )

        if len(src_dict) != 2 + (unit is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            tabular_point_cell.additional_properties = d

        return tabular_point_cell

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
