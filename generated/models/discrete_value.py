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

T = TypeVar("T", bound="DiscreteValue")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "attribute": attribute,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["discrete"], d.pop("type"))
        if type_ != "discrete":
            raise ValueError(f"type must match const 'discrete', got '{type_}'")

        attribute = d.pop("attribute")

        values = cast(list[str], d.pop("values"))

        discrete_value = cls(
            type_=type_,
            attribute=attribute,
            values=values,
        )

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
