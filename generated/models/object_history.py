from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_fromisoformat = datetime.datetime.fromisoformat
_new_instance = object.__new__


T = TypeVar("T", bound="ObjectHistory")

_PROPERTY_NAMES = frozenset(
    (
        "createdAt",
        "createdBy",
        "lastModifiedAt",
        "lastModifiedBy",
        "updateCount",
    )
)


@_attrs_define
class ObjectHistory:
    """Who created a schema object and who changed it last, when, and how many times it changed.

    Attributes:
        created_at (datetime.datetime):
        created_by (str):
        last_modified_at (datetime.datetime):
        last_modified_by (str):
        update_count (int): Changes since creation.
    """

    created_at: datetime.datetime
    created_by: str
    last_modified_at: datetime.datetime
    last_modified_by: str
    update_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        created_by = self.created_by

        last_modified_at = self.last_modified_at.isoformat()

        last_modified_by = self.last_modified_by

        update_count = self.update_count

        field_dict: dict[str, Any] = {
            "createdAt": created_at,
            "createdBy": created_by,
            "lastModifiedAt": last_modified_at,
            "lastModifiedBy": last_modified_by,
            "updateCount": update_count,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            _first_value = src_dict["createdAt"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["createdAt"]
        created_at = _fromisoformat(_first_value)

        created_by = src_dict["createdBy"]

        last_modified_at = _fromisoformat(src_dict["lastModifiedAt"])

        last_modified_by = src_dict["lastModifiedBy"]

        update_count = src_dict["updateCount"]

        if cls is ObjectHistory:
            object_history = _new_instance(cls)
            object_history.created_at = created_at
            object_history.created_by = created_by
            object_history.last_modified_at = last_modified_at
            object_history.last_modified_by = last_modified_by
            object_history.update_count = update_count
            object_history.additional_properties = {}
        else:
            object_history = cls(
                created_at,
                created_by,
                last_modified_at,
                last_modified_by,
                update_count,
            )

        if len(src_dict) != 5:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            object_history.additional_properties = d

        return object_history

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
