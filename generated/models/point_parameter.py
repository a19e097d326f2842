from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="PointParameter")

_PROPERTY_NAMES = frozenset(
    (
        "name",
        "value",
        "unit",
    )
)


@_attrs_define
class PointParameter:
    """
    Attributes:
        name (str):
        value (float | str):
        unit (None | str | Unset): Unit of a numeric parameter value; converted on import to the parameter's database
            unit.
    """

    name: str
    value: float | str
    unit: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value: float | str
        value = self.value

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        field_dict: dict[str, Any] = {
            "name": name,
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
            _first_value = src_dict["name"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["name"]
        name = _first_value

        value: float | str = src_dict["value"]

        unit: None | str | Unset = src_dict.get("unit", UNSET)

        if cls is PointParameter:
            point_parameter = _new_instance(cls)
            point_parameter.name = name
            point_parameter.value = value
            point_parameter.unit = unit
            point_parameter.additional_properties = {}
        else:
            point_parameter = cls(
                name,
                value,
                unit,
            )

        if len(src_dict) != 2 + (unit is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            point_parameter.additional_properties = d

        return point_parameter

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
