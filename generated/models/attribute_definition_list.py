from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_definition import AttributeDefinition

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global AttributeDefinition
    from ..models.attribute_definition import AttributeDefinition

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="AttributeDefinitionList")

_PROPERTY_NAMES = frozenset(
    (
        "attributes",
        "metaAttributes",
    )
)


@_attrs_define
class AttributeDefinitionList:
    """
    Attributes:
        attributes (list[AttributeDefinition]):
        meta_attributes (list[AttributeDefinition] | Unset): The meta-attributes of the table's attributes (each names
            its parent in
            `isMetaFor`), in order. Two parents may each have a meta-attribute of the same name.
    """

    attributes: list[AttributeDefinition]
    meta_attributes: list[AttributeDefinition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        attributes = [
            attributes_item_data.to_dict() for attributes_item_data in self.attributes
        ]

        meta_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meta_attributes, Unset):
            meta_attributes = [
                meta_attributes_item_data.to_dict()
                for meta_attributes_item_data in self.meta_attributes
            ]

        field_dict: dict[str, Any] = {
            "attributes": attributes,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if meta_attributes is not UNSET:
            field_dict["metaAttributes"] = meta_attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["attributes"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["attributes"]
        attributes = [
            AttributeDefinition.from_dict(attributes_item_data)
            for attributes_item_data in _first_value
        ]

        _meta_attributes = src_dict.get("metaAttributes", UNSET)
        meta_attributes: list[AttributeDefinition] | Unset = UNSET
        if _meta_attributes is not UNSET:
            meta_attributes = [
                AttributeDefinition.from_dict(meta_attributes_item_data)
                for meta_attributes_item_data in _meta_attributes
            ]

        if cls is AttributeDefinitionList:
            attribute_definition_list = _new_instance(cls)
            attribute_definition_list.attributes = attributes
            attribute_definition_list.meta_attributes = meta_attributes
            attribute_definition_list.additional_properties = {}
        else:
            attribute_definition_list = cls(
                attributes,
                meta_attributes,
            )

        if len(src_dict) != 1 + (meta_attributes is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            attribute_definition_list.additional_properties = d

        return attribute_definition_list

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
