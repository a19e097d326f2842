from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new_instance = object.__new__


T = TypeVar("T", bound="Table")

_PROPERTY_NAMES = frozenset(
    (
        "guid",
        "name",
        "databaseKey",
        "versionControlled",
    )
)


@_attrs_define
class Table:
    """
    Attributes:
        guid (str):
        name (str):
        database_key (str):
        version_controlled (bool): Whether records of this table have versions and release states.
    """

    guid: str
    name: str
    database_key: str
    version_controlled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        guid = self.guid

        name = self.name

        database_key = self.database_key

        version_controlled = self.version_controlled

        field_dict: dict[str, Any] = {
            "guid": guid,
            "name": name,
            "databaseKey": database_key,
            "versionControlled": version_controlled,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            _first_value = src_dict["guid"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["guid"]
        guid = _first_value

        name = src_dict["name"]

        database_key = src_dict["databaseKey"]

        version_controlled = src_dict["versionControlled"]

        if cls is Table:
            table = _new_instance(cls)
            table.guid = guid
            table.name = name
            table.database_key = database_key
            table.version_controlled = version_controlled
            table.additional_properties = {}
        else:
            table = cls(
                guid,
                name,
                database_key,
                version_controlled,
            )

        if len(src_dict) != 4:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            table.additional_properties = d

        return table

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
