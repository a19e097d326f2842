from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="Database")

_PROPERTY_NAMES = frozenset(
    (
        "key",
        "guid",
        "versionGuid",
        "name",
        "currencyCode",
    )
)


@_attrs_define
class Database:
    """
    Attributes:
        key (str):
        guid (str):
        version_guid (str):
        name (str):
        currency_code (None | str | Unset):
    """

    key: str
    guid: str
    version_guid: str
    name: str
    currency_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        guid = self.guid

        version_guid = self.version_guid

        name = self.name

        currency_code: None | str | Unset
        if isinstance(self.currency_code, Unset):
            currency_code = UNSET
        else:
            currency_code = self.currency_code

        field_dict: dict[str, Any] = {
            "key": key,
            "guid": guid,
            "versionGuid": version_guid,
            "name": name,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            _first_value = src_dict["key"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["key"]
        key = _first_value

        guid = src_dict["guid"]

        version_guid = src_dict["versionGuid"]

        name = src_dict["name"]

        currency_code: None | str | Unset = src_dict.get("currencyCode", UNSET)

        if cls is Database:
            database = _new_instance(cls)
            database.key = key
            database.guid = guid
            database.version_guid = version_guid
            database.name = name
            database.currency_code = currency_code
            database.additional_properties = {}
        else:
            database = cls(
                key,
                guid,
                version_guid,
                name,
                currency_code,
            )

        if len(src_dict) != 4 + (currency_code is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            database.additional_properties = d

        return database

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
