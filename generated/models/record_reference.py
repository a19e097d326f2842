from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="RecordReference")

_PROPERTY_NAMES = frozenset(
    (
        "databaseKey",
        "versionGuid",
        "historyIdentity",
        "versionNumber",
        "historyGuid",
    )
)


@_attrs_define
class RecordReference:
    """Identifies a record or one of its versions. At least one of
    `versionGuid`, `historyIdentity` or `historyGuid` is required; when
    several are given the priority is versionGuid > historyIdentity
    (+ versionNumber) > historyGuid.

        Attributes:
            database_key (str):
            version_guid (str | Unset):
            history_identity (int | Unset):
            version_number (int | Unset):
            history_guid (str | Unset):
    """

    database_key: str
    version_guid: str | Unset = UNSET
    history_identity: int | Unset = UNSET
    version_number: int | Unset = UNSET
    history_guid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database_key = self.database_key

        version_guid = self.version_guid

        history_identity = self.history_identity

        version_number = self.version_number

        history_guid = self.history_guid

        field_dict: dict[str, Any] = {
            "databaseKey": database_key,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if version_guid is not UNSET:
            field_dict["versionGuid"] = version_guid
        if history_identity is not UNSET:
            field_dict["historyIdentity"] = history_identity
        if version_number is not UNSET:
            field_dict["versionNumber"] = version_number
        if history_guid is not UNSET:
            field_dict["historyGuid"] = history_guid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            _first_value = src_dict["databaseKey"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["databaseKey"]
        database_key = _first_value

        version_guid = src_dict.get("versionGuid", UNSET)

        history_identity = src_dict.get("historyIdentity", UNSET)

        version_number = src_dict.get("versionNumber", UNSET)

        history_guid = src_dict.get("historyGuid", UNSET)

        if cls is RecordReference:
            record_reference = _new_instance(cls)
            record_reference.database_key = database_key
            record_reference.version_guid = version_guid
            record_reference.history_identity = history_identity
            record_reference.version_number = version_number
            record_reference.history_guid = history_guid
            record_reference.additional_properties = {}
        else:
            record_reference = cls(
                database_key,
                version_guid,
                history_identity,
                version_number,
                history_guid,
            )

        if len(src_dict) != 1 + (version_guid is not UNSET) + (
            history_identity is not UNSET
        ) + (version_number is not UNSET) + (history_guid is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            record_reference.additional_properties = d

        return record_reference

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
