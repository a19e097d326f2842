from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_fromisoformat = datetime.datetime.fromisoformat
_new_instance = object.__new__


T = TypeVar("T", bound="RecordProperties")

_PROPERTY_NAMES = frozenset(
    (
        "createdAt",
        "createdBy",
        "lastModifiedAt",
        "lastModifiedBy",
        "releasedAt",
        "isWritable",
        "parentName",
        "parentShortName",
        "parentHistoryIdentity",
    )
)


@_attrs_define
class RecordProperties:
    """Properties of a record version as the caller sees them.

    Attributes:
        created_at (datetime.datetime):
        created_by (str):
        last_modified_at (datetime.datetime):
        last_modified_by (str):
        released_at (datetime.datetime | None):
        is_writable (bool): Whether the caller may change the record.
        parent_name (None | str): Null at the root of the table.
        parent_short_name (None | str):
        parent_history_identity (int | None):
    """

    created_at: datetime.datetime
    created_by: str
    last_modified_at: datetime.datetime
    last_modified_by: str
    released_at: datetime.datetime | None
    is_writable: bool
    parent_name: None | str
    parent_short_name: None | str
    parent_history_identity: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        created_by = self.created_by

        last_modified_at = self.last_modified_at.isoformat()

        last_modified_by = self.last_modified_by

        released_at: None | str
        if isinstance(self.released_at, datetime.datetime):
            released_at = self.released_at.isoformat()
        else:
            released_at = self.released_at

        is_writable = self.is_writable

        parent_name: None | str
        parent_name = self.parent_name

        parent_short_name: None | str
        parent_short_name = self.parent_short_name

        parent_history_identity: int | None
        parent_history_identity = self.parent_history_identity

        field_dict: dict[str, Any] = {
            "createdAt": created_at,
            "createdBy": created_by,
            "lastModifiedAt": last_modified_at,
            "lastModifiedBy": last_modified_by,
            "releasedAt": released_at,
            "isWritable": is_writable,
            "parentName": parent_name,
            "parentShortName": parent_short_name,
            "parentHistoryIdentity": parent_history_identity,
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

        _released_at = src_dict["releasedAt"]
        released_at: datetime.datetime | None
        if _released_at is None:
            released_at = _released_at
        else:
            try:
                if not isinstance(_released_at, str):
                    raise TypeError()
                released_at_type_0 = _fromisoformat(_released_at)

                released_at = released_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                released_at = _released_at

        is_writable = src_dict["isWritable"]

        parent_name: None | str = src_dict["parentName"]

        parent_short_name: None | str = src_dict["parentShortName"]

        parent_history_identity: int | None = src_dict["parentHistoryIdentity"]

        if cls is RecordProperties:
            record_properties = _new_instance(cls)
            record_properties.created_at = created_at
            record_properties.created_by = created_by
            record_properties.last_modified_at = last_modified_at
            record_properties.last_modified_by = last_modified_by
            record_properties.released_at = released_at
            record_properties.is_writable = is_writable
            record_properties.parent_name = parent_name
            record_properties.parent_short_name = parent_short_name
            record_properties.parent_history_identity = parent_history_identity
            record_properties.additional_properties = {}
        else:
            record_properties = cls(
                created_at,
                created_by,
                last_modified_at,
                last_modified_by,
                released_at,
                is_writable,
                parent_name,
                parent_short_name,
                parent_history_identity,
            )

        if len(src_dict) != 9:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            record_properties.additional_properties = d

        return record_properties

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
