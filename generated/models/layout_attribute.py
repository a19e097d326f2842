from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            **self.additional_properties,
            "name": name,
            "metaAttributes": meta_attributes,
        }

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
