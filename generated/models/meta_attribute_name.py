from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new_instance = object.__new__


T = TypeVar("T", bound="MetaAttributeName")

_PROPERTY_NAMES = frozenset(
    (
        "attribute",
        "metaAttribute",
    )
)


@_attrs_define
class MetaAttributeName:
    """A meta-attribute, named with its parent attribute.

    Attributes:
        attribute (str): The parent attribute.
        meta_attribute (str): The meta-attribute.
    """

    attribute: str
    meta_attribute: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute = self.attribute

        meta_attribute = self.meta_attribute

        field_dict: dict[str, Any] = {
            "attribute": attribute,
            "metaAttribute": meta_attribute,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            _first_value = src_dict["attribute"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["attribute"]
        attribute = _first_value

        meta_attribute = src_dict["metaAttribute"]

        if cls is MetaAttributeName:
            meta_attribute_name = _new_instance(cls)
            meta_attribute_name.attribute = attribute
            meta_attribute_name.meta_attribute = meta_attribute
            meta_attribute_name.additional_properties = {}
        else:
            meta_attribute_name = cls(
                attribute,
                meta_attribute,
            )

        if len(src_dict) != 2:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            meta_attribute_name.additional_properties = d

        return meta_attribute_name

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
