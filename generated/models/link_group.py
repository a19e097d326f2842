from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.link_group_type_known import LinkGroupTypeKnown

_LINK_GROUP_TYPE_KNOWN_VALUES = LinkGroupTypeKnown._value2member_map_
_new_instance = object.__new__


T = TypeVar("T", bound="LinkGroup")

_PROPERTY_NAMES = frozenset(
    (
        "name",
        "type",
        "sourceTableGuid",
        "targetDatabaseKey",
        "targetTableGuid",
    )
)


@_attrs_define
class LinkGroup:
    """
    Attributes:
        name (str):
        type_ (LinkGroupTypeKnown | str):
        source_table_guid (str):
        target_database_key (str):
        target_table_guid (str):
    """

    name: str
    type_: LinkGroupTypeKnown | str
    source_table_guid: str
    target_database_key: str
    target_table_guid: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str
        if isinstance(self.type_, LinkGroupTypeKnown):
            type_ = self.type_.value
        else:
            type_ = self.type_

        source_table_guid = self.source_table_guid

        target_database_key = self.target_database_key

        target_table_guid = self.target_table_guid

        field_dict: dict[str, Any] = {
            "name": name,
            "type": type_,
            "sourceTableGuid": source_table_guid,
            "targetDatabaseKey": target_database_key,
            "targetTableGuid": target_table_guid,
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

        _type_ = src_dict["type"]
        type_: LinkGroupTypeKnown | str
        try:
            type_ = _LINK_GROUP_TYPE_KNOWN_VALUES.get(_type_, _type_)
        except TypeError:
            type_ = _type_

        source_table_guid = src_dict["sourceTableGuid"]

        target_database_key = src_dict["targetDatabaseKey"]

        target_table_guid = src_dict["targetTableGuid"]

        if cls is LinkGroup:
            link_group = _new_instance(cls)
            link_group.name = name
            link_group.type_ = type_
            link_group.source_table_guid = source_table_guid
            link_group.target_database_key = target_database_key
            link_group.target_table_guid = target_table_guid
            link_group.additional_properties = {}
        else:
            link_group = cls(
                name,
                type_,
                source_table_guid,
                target_database_key,
                target_table_guid,
            )

        if len(src_dict) != 5:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            link_group.additional_properties = d

        return link_group

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
