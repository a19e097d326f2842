from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new_instance = object.__new__


T = TypeVar("T", bound="RecordTarget")

_PROPERTY_NAMES = frozenset(
    (
        "databaseKey",
        "historyGuid",
    )
)


@_attrs_define
class RecordTarget:
    """
    Attributes:
        database_key (str):
        history_guid (str):
    """

    database_key: str
    history_guid: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database_key = self.database_key

        history_guid = self.history_guid

        field_dict: dict[str, Any] = {
            "databaseKey": database_key,
            "historyGuid": history_guid,
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

        if cls is RecordTarget:
            record_target = _new_instance(cls)
            record_target.database_key = database_key
            record_target.history_guid = history_guid
            record_target.additional_properties = {}
        else:
            record_target = cls(
                database_key,
                history_guid,
            )

        if len(src_dict) != 2:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            record_target.additional_properties = d

        return record_target

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
