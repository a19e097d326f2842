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

_new_instance = object.__new__


T = TypeVar("T", bound="TabularLongTextCell")

_PROPERTY_NAMES = frozenset(
    (
        "type",
        "value",
    )
)


@_attrs_define
class TabularLongTextCell:
    """
    Attributes:
        type_ (Literal['longText']):
        value (str):
    """

    type_: Literal["longText"]
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        field_dict: dict[str, Any] = {
            "type": type_,
            "value": value,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            _first_value = src_dict["type"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["type"]
        type_ = cast(Literal["longText"], _first_value)
        if type_ != "longText":
            raise ValueError(f"type must match const 'longText', got '{type_}'")

        value = src_dict["value"]

        if cls is TabularLongTextCell:
            tabular_long_text_cell = _new_instance(cls)
            tabular_long_text_cell.type_ = type_
            tabular_long_text_cell.value = value
            tabular_long_text_cell.additional_properties = {}
        else:
            tabular_long_text_cell = cls(
                type_,
                value,
            )

        if len(src_dict) != 2:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            tabular_long_text_cell.additional_properties = d

        return tabular_long_text_cell

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
