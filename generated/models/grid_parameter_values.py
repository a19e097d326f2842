from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="GridParameterValues")

_PROPERTY_NAMES = frozenset(
    (
        "name",
        "values",
        "textValues",
    )
)


@_attrs_define
class GridParameterValues:
    """One value of a parameter per point of a grid: `values` for a numeric parameter,
    `textValues` for a discrete one.

        Attributes:
            name (str):
            values (list[float] | Unset):
            text_values (list[str] | Unset):
    """

    name: str
    values: list[float] | Unset = UNSET
    text_values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        values: list[float] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        text_values: list[str] | Unset = UNSET
        if not isinstance(self.text_values, Unset):
            text_values = self.text_values

        field_dict: dict[str, Any] = {
            "name": name,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if values is not UNSET:
            field_dict["values"] = values
        if text_values is not UNSET:
            field_dict["textValues"] = text_values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            _first_value = src_dict["name"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["name"]
        name = _first_value

        values = cast(list[float], src_dict.get("values", UNSET))

        text_values = cast(list[str], src_dict.get("textValues", UNSET))

        if cls is GridParameterValues:
            grid_parameter_values = _new_instance(cls)
            grid_parameter_values.name = name
            grid_parameter_values.values = values
            grid_parameter_values.text_values = text_values
            grid_parameter_values.additional_properties = {}
        else:
            grid_parameter_values = cls(
                name,
                values,
                text_values,
            )

        if len(src_dict) != 1 + (values is not UNSET) + (text_values is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            grid_parameter_values.additional_properties = d

        return grid_parameter_values

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
