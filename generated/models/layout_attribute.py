from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new_instance = object.__new__


T = TypeVar("T", bound="LayoutAttribute")

_PROPERTY_NAMES = frozenset(
    (
        "name",
        "metaAttributes",
    )
)


@_attrs_define
class LayoutAttribute:
    """
    Attributes:
        name (str):
        meta_attributes (list[str]): Names of the attribute's meta-attributes shown with it, in order.
    """

    name: str
    meta_attributes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        meta_attributes = self.meta_attributes

        field_dict: dict[str, Any] = {
            "name": name,
            "metaAttributes": meta_attributes,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            _first_value = src_dict["name"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["name"]
        name = _first_value

        meta_attributes = cast(list[str], src_dict["metaAttributes"])

        if cls is LayoutAttribute:
            layout_attribute = _new_instance(cls)
            layout_attribute.name = name
            layout_attribute.meta_attributes = meta_attributes
            layout_attribute.additional_properties = {}
        else:
            layout_attribute = cls(
                name,
                meta_attributes,
            )

        if len(src_dict) != 2:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            layout_attribute.additional_properties = d

        return layout_attribute

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
