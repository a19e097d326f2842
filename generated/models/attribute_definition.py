from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attribute_type_known import AttributeTypeKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttributeDefinition")


@_attrs_define
class AttributeDefinition:
    """
    Attributes:
        guid (str):
        name (str):
        type_ (AttributeTypeKnown | str):
        unit (None | str):
        table_guid (str):
        discrete_values (list[str] | Unset): Allowed values of a discrete attribute.
    """

    guid: str
    name: str
    type_: AttributeTypeKnown | str
    unit: None | str
    table_guid: str
    discrete_values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        guid = self.guid

        name = self.name

        type_: str
        if isinstance(self.type_, AttributeTypeKnown):
            type_ = self.type_.value
        else:
            type_ = self.type_

        unit: None | str
        unit = self.unit

        table_guid = self.table_guid

        discrete_values: list[str] | Unset = UNSET
        if not isinstance(self.discrete_values, Unset):
            discrete_values = self.discrete_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guid": guid,
                "name": name,
                "type": type_,
                "unit": unit,
                "tableGuid": table_guid,
            }
        )
        if discrete_values is not UNSET:
            field_dict["discreteValues"] = discrete_values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        guid = d.pop("guid")

        name = d.pop("name")

        def _parse_type_(data: object) -> AttributeTypeKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_attribute_type_type_0 = AttributeTypeKnown(data)

                return componentsschemas_attribute_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AttributeTypeKnown | str, data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit = _parse_unit(d.pop("unit"))

        table_guid = d.pop("tableGuid")

        discrete_values = cast(list[str], d.pop("discreteValues", UNSET))

        attribute_definition = cls(
            guid=guid,
            name=name,
            type_=type_,
            unit=unit,
            table_guid=table_guid,
            discrete_values=discrete_values,
        )

        attribute_definition.additional_properties = d
        return attribute_definition

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
