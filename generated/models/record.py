from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.record_color_known import RecordColorKnown
from ..models.record_type_known import RecordTypeKnown
from ..models.release_state_known import ReleaseStateKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="Record")


@_attrs_define
class Record:
    """One version of a record (the only version of an unversioned record).

    Attributes:
        history_guid (str):
        version_guid (str):
        history_identity (int):
        version_number (int | None): Null in tables without version control.
        name (str):
        short_name (str):
        type_ (RecordTypeKnown | str):
        color (RecordColorKnown | str):
        parent_history_guid (None | str): Null for a record at the root of its table.
        table_guid (str):
        table_name (str):
        database_key (str):
        release_state (ReleaseStateKnown | str):
        created_at (datetime.datetime):
        created_by (str):
        last_modified_at (datetime.datetime):
        last_modified_by (str):
        released_at (datetime.datetime | None | Unset):
    """

    history_guid: str
    version_guid: str
    history_identity: int
    version_number: int | None
    name: str
    short_name: str
    type_: RecordTypeKnown | str
    color: RecordColorKnown | str
    parent_history_guid: None | str
    table_guid: str
    table_name: str
    database_key: str
    release_state: ReleaseStateKnown | str
    created_at: datetime.datetime
    created_by: str
    last_modified_at: datetime.datetime
    last_modified_by: str
    released_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        history_guid = self.history_guid

        version_guid = self.version_guid

        history_identity = self.history_identity

        version_number: int | None
        version_number = self.version_number

        name = self.name

        short_name = self.short_name

        type_: str
        if isinstance(self.type_, RecordTypeKnown):
            type_ = self.type_.value
        else:
            type_ = self.type_

        color: str
        if isinstance(self.color, RecordColorKnown):
            color = self.color.value
        else:
            color = self.color

        parent_history_guid: None | str
        parent_history_guid = self.parent_history_guid

        table_guid = self.table_guid

        table_name = self.table_name

        database_key = self.database_key

        release_state: str
        if isinstance(self.release_state, ReleaseStateKnown):
            release_state = self.release_state.value
        else:
            release_state = self.release_state

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        last_modified_at = self.last_modified_at.isoformat()

        last_modified_by = self.last_modified_by

        released_at: None | str | Unset
        if isinstance(self.released_at, Unset):
            released_at = UNSET
        elif isinstance(self.released_at, datetime.datetime):
            released_at = self.released_at.isoformat()
        else:
            released_at = self.released_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "historyGuid": history_guid,
                "versionGuid": version_guid,
                "historyIdentity": history_identity,
                "versionNumber": version_number,
                "name": name,
                "shortName": short_name,
                "type": type_,
                "color": color,
                "parentHistoryGuid": parent_history_guid,
                "tableGuid": table_guid,
                "tableName": table_name,
                "databaseKey": database_key,
                "releaseState": release_state,
                "createdAt": created_at,
                "createdBy": created_by,
                "lastModifiedAt": last_modified_at,
                "lastModifiedBy": last_modified_by,
            }
        )
        if released_at is not UNSET:
            field_dict["releasedAt"] = released_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        history_guid = d.pop("historyGuid")

        version_guid = d.pop("versionGuid")

        history_identity = d.pop("historyIdentity")

        def _parse_version_number(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        version_number = _parse_version_number(d.pop("versionNumber"))

        name = d.pop("name")

        short_name = d.pop("shortName")

        def _parse_type_(data: object) -> RecordTypeKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = RecordTypeKnown(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RecordTypeKnown | str, data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_color(data: object) -> RecordColorKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                color_type_0 = RecordColorKnown(data)

                return color_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RecordColorKnown | str, data)

        color = _parse_color(d.pop("color"))

        def _parse_parent_history_guid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_history_guid = _parse_parent_history_guid(d.pop("parentHistoryGuid"))

        table_guid = d.pop("tableGuid")

        table_name = d.pop("tableName")

        database_key = d.pop("databaseKey")

        def _parse_release_state(data: object) -> ReleaseStateKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_release_state_type_0 = ReleaseStateKnown(data)

                return componentsschemas_release_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ReleaseStateKnown | str, data)

        release_state = _parse_release_state(d.pop("releaseState"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        created_by = d.pop("createdBy")

        last_modified_at = datetime.datetime.fromisoformat(d.pop("lastModifiedAt"))

        last_modified_by = d.pop("lastModifiedBy")

        def _parse_released_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                released_at_type_0 = datetime.datetime.fromisoformat(data)

                return released_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        released_at = _parse_released_at(d.pop("releasedAt", UNSET))

        record = cls(
            history_guid=history_guid,
            version_guid=version_guid,
            history_identity=history_identity,
            version_number=version_number,
            name=name,
            short_name=short_name,
            type_=type_,
            color=color,
            parent_history_guid=parent_history_guid,
            table_guid=table_guid,
            table_name=table_name,
            database_key=database_key,
            release_state=release_state,
            created_at=created_at,
            created_by=created_by,
            last_modified_at=last_modified_at,
            last_modified_by=last_modified_by,
            released_at=released_at,
        )

        record.additional_properties = d
        return record

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
