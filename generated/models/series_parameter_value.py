from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="SeriesParameterValue")

_PROPERTY_NAMES = frozenset(
    (
        "name",
        "value",
        "textValue",
    )
)


@_attrs_define
class SeriesParameterValue:
    """A parameter value held constant over a whole series: `value` for a numeric parameter,
    `textValue` for a discrete one.

        Attributes:
            name (str):
            value (float | Unset):
            text_value (str | Unset):
    """

    name: str
    value: float | Unset = UNSET
    text_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        text_value = self.text_value

        field_dict: dict[str, Any] = {
            "name": name,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if value is not UNSET:
            field_dict["value"] = value
        if text_value is not UNSET:
            field_dict["textValue"] = text_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            _first_value = src_dict["name"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["name"]
        name = _first_value

        value = src_dict.get("value", UNSET)

        text_value = src_dict.get("textValue", UNSET)

        if cls is SeriesParameterValue:
            series_parameter_value = _new_instance(cls)
            series_parameter_value.name = name
            series_parameter_value.value = value
            series_parameter_value.text_value = text_value
            series_parameter_value.additional_properties = {}
        else:
            series_parameter_value = cls(
                name,
                value,
                text_value,
            )

        if len(src_dict) != 1 + (value is not UNSET) + (text_value is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            series_parameter_value.additional_properties = d

        return series_parameter_value

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
