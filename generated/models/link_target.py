from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new_instance = object.__new__


T = TypeVar("T", bound="LinkTarget")

_PROPERTY_NAMES = frozenset(
    (
        "databaseKey",
        "historyGuid",
        "name",
        "tableName",
    )
)


@_attrs_define
class LinkTarget:
    """
    Attributes:
        database_key (str):
        history_guid (str):
        name (str):
        table_name (str):
    """

    database_key: str
    history_guid: str
    name: str
    table_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database_key = self.database_key

        history_guid = self.history_guid

        name = self.name

        table_name = self.table_name

        field_dict: dict[str, Any] = {
            "databaseKey": database_key,
            "historyGuid": history_guid,
            "name": name,
            "tableName": table_name,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            _first_value = src_dict["databaseKey"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["databaseKey"]
        database_key = _first_value

        history_guid = src_dict["historyGuid"]

        name = src_dict["name"]

        table_name = src_dict["tableName"]

        if cls is LinkTarget:
            link_target = _new_instance(cls)
            link_target.database_key = database_key
            link_target.history_guid = history_guid
            link_target.name = name
            link_target.table_name = table_name
            link_target.additional_properties = {}
        else:
            link_target = cls(
                database_key,
                history_guid,
                name,
                table_name,
            )

        if len(src_dict) != 4:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            link_target.additional_properties = d

        return link_target

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
