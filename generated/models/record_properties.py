from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RecordProperties")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        created_by = d.pop("createdBy")

        last_modified_at = datetime.datetime.fromisoformat(d.pop("lastModifiedAt"))

        last_modified_by = d.pop("lastModifiedBy")

        def _parse_released_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                released_at_type_0 = datetime.datetime.fromisoformat(data)

                return released_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        released_at = _parse_released_at(d.pop("releasedAt"))

        is_writable = d.pop("isWritable")

        def _parse_parent_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_name = _parse_parent_name(d.pop("parentName"))

        def _parse_parent_short_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_short_name = _parse_parent_short_name(d.pop("parentShortName"))

        def _parse_parent_history_identity(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        parent_history_identity = _parse_parent_history_identity(
            d.pop("parentHistoryIdentity")
        )

        record_properties = cls(
            created_at=created_at,
            created_by=created_by,
            last_modified_at=last_modified_at,
            last_modified_by=last_modified_by,
            released_at=released_at,
            is_writable=is_writable,
            parent_name=parent_name,
            parent_short_name=parent_short_name,
            parent_history_identity=parent_history_identity,
        )

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
