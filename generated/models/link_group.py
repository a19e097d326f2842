from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.link_group_type_known import LinkGroupTypeKnown

T = TypeVar("T", bound="LinkGroup")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "sourceTableGuid": source_table_guid,
                "targetDatabaseKey": target_database_key,
                "targetTableGuid": target_table_guid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_type_(data: object) -> LinkGroupTypeKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = LinkGroupTypeKnown(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LinkGroupTypeKnown | str, data)

        type_ = _parse_type_(d.pop("type"))

        source_table_guid = d.pop("sourceTableGuid")

        target_database_key = d.pop("targetDatabaseKey")

        target_table_guid = d.pop("targetTableGuid")

        link_group = cls(
            name=name,
            type_=type_,
            source_table_guid=source_table_guid,
            target_database_key=target_database_key,
            target_table_guid=target_table_guid,
        )

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
