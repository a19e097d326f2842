from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.layout_attribute import LayoutAttribute


T = TypeVar("T", bound="LayoutCategory")


@_attrs_define
class LayoutCategory:
    """
    Attributes:
        name (str):
        attributes (list[LayoutAttribute]): The attributes under this heading, in display order.
        link_groups (list[str]): Names of the link groups under this heading, in display order.
    """

    name: str
    attributes: list[LayoutAttribute]
    link_groups: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        attributes = []
        for attributes_item_data in self.attributes:
            attributes_item = attributes_item_data.to_dict()
            attributes.append(attributes_item)

        link_groups = self.link_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "attributes": attributes,
                "linkGroups": link_groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.layout_attribute import LayoutAttribute

        d = dict(src_dict)
        name = d.pop("name")

        attributes = []
        _attributes = d.pop("attributes")
        for attributes_item_data in _attributes:
            attributes_item = LayoutAttribute.from_dict(attributes_item_data)

            attributes.append(attributes_item)

        link_groups = cast(list[str], d.pop("linkGroups"))

        layout_category = cls(
            name=name,
            attributes=attributes,
            link_groups=link_groups,
        )

        layout_category.additional_properties = d
        return layout_category

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
