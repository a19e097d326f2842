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


T = TypeVar("T", bound="DiscreteValue")

_PROPERTY_NAMES = frozenset(
    (
        "type",
        "attribute",
        "values",
    )
)


@_attrs_define
class DiscreteValue:
    """
    Attributes:
        type_ (Literal['discrete']):
        attribute (str):
        values (list[str]):
    """

    type_: Literal["discrete"]
    attribute: str
    values: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        attribute = self.attribute

        values = self.values

        field_dict: dict[str, Any] = {
            "type": type_,
            "attribute": attribute,
            "values": values,
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
        type_ = cast(Literal["discrete"], _first_value)
        if type_ != "discrete":
            raise ValueError(f"type must match const 'discrete', got '{type_}'")

        attribute = src_dict["attribute"]

        values = cast(list[str], src_dict["values"])

        if cls is DiscreteValue:
            discrete_value = _new_instance(cls)
            discrete_value.type_ = type_
            discrete_value.attribute = attribute
            discrete_value.values = values
            discrete_value.additional_properties = {}
        else:
            discrete_value = cls(
                type_,
                attribute,
                values,
            )

        if len(src_dict) != 3:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            discrete_value.additional_properties = d

        return discrete_value

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
