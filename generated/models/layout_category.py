from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.layout_attribute import LayoutAttribute

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global LayoutAttribute
    from ..models.layout_attribute import LayoutAttribute

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="LayoutCategory")

_PROPERTY_NAMES = frozenset(
    (
        "name",
        "attributes",
        "linkGroups",
    )
)


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
        if not _LAZY_IMPORTED:
            _import_lazily()
        name = self.name

        attributes = [
            attributes_item_data.to_dict() for attributes_item_data in self.attributes
        ]

        link_groups = self.link_groups

        field_dict: dict[str, Any] = {
            "name": name,
            "attributes": attributes,
            "linkGroups": link_groups,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["name"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["name"]
        name = _first_value

        attributes = [
            LayoutAttribute.from_dict(attributes_item_data)
            for attributes_item_data in src_dict["attributes"]
        ]

        link_groups = cast(list[str], src_dict["linkGroups"])

        if cls is LayoutCategory:
            layout_category = _new_instance(cls)
            layout_category.name = name
            layout_category.attributes = attributes
            layout_category.link_groups = link_groups
            layout_category.additional_properties = {}
        else:
            layout_category = cls(
                name,
                attributes,
                link_groups,
            )

        if len(src_dict) != 3:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
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
