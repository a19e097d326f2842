from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.record_color_known import RecordColorKnown
from ..models.record_type_known import RecordTypeKnown
from ..models.release_state_known import ReleaseStateKnown
from ..types import UNSET, Unset

_RECORD_COLOR_KNOWN_VALUES = RecordColorKnown._value2member_map_
_RECORD_TYPE_KNOWN_VALUES = RecordTypeKnown._value2member_map_
_RELEASE_STATE_KNOWN_VALUES = ReleaseStateKnown._value2member_map_
_fromisoformat = datetime.datetime.fromisoformat
_new_instance = object.__new__


T = TypeVar("T", bound="Record")

_PROPERTY_NAMES = frozenset(
    (
        "historyGuid",
        "versionGuid",
        "historyIdentity",
        "versionNumber",
        "name",
        "shortName",
        "type",
        "color",
        "parentHistoryGuid",
        "tableGuid",
        "tableName",
        "databaseKey",
        "releaseState",
        "createdAt",
        "createdBy",
        "lastModifiedAt",
        "lastModifiedBy",
        "releasedAt",
    )
)


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

        field_dict: dict[str, Any] = {
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
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if released_at is not UNSET:
            field_dict["releasedAt"] = released_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            _first_value = src_dict["historyGuid"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["historyGuid"]
        history_guid = _first_value

        version_guid = src_dict["versionGuid"]

        history_identity = src_dict["historyIdentity"]

        version_number: int | None = src_dict["versionNumber"]

        name = src_dict["name"]

        short_name = src_dict["shortName"]

        _type_ = src_dict["type"]
        type_: RecordTypeKnown | str
        try:
            type_ = _RECORD_TYPE_KNOWN_VALUES.get(_type_, _type_)
        except TypeError:
            type_ = _type_

        _color = src_dict["color"]
        color: RecordColorKnown | str
        try:
            color = _RECORD_COLOR_KNOWN_VALUES.get(_color, _color)
        except TypeError:
            color = _color

        parent_history_guid: None | str = src_dict["parentHistoryGuid"]

        table_guid = src_dict["tableGuid"]

        table_name = src_dict["tableName"]

        database_key = src_dict["databaseKey"]

        _release_state = src_dict["releaseState"]
        release_state: ReleaseStateKnown | str
        try:
            release_state = _RELEASE_STATE_KNOWN_VALUES.get(
                _release_state, _release_state
            )
        except TypeError:
            release_state = _release_state

        created_at = _fromisoformat(src_dict["createdAt"])

        created_by = src_dict["createdBy"]

        last_modified_at = _fromisoformat(src_dict["lastModifiedAt"])

        last_modified_by = src_dict["lastModifiedBy"]

        _released_at = src_dict.get("releasedAt", UNSET)
        released_at: datetime.datetime | None | Unset
        if _released_at is None or _released_at is UNSET:
            released_at = _released_at
        else:
            try:
                if not isinstance(_released_at, str):
                    raise TypeError()
                released_at_type_0 = _fromisoformat(_released_at)

                released_at = released_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                released_at = _released_at

        if cls is Record:
            record = _new_instance(cls)
            record.history_guid = history_guid
            record.version_guid = version_guid
            record.history_identity = history_identity
            record.version_number = version_number
            record.name = name
            record.short_name = short_name
            record.type_ = type_
            record.color = color
            record.parent_history_guid = parent_history_guid
            record.table_guid = table_guid
            record.table_name = table_name
            record.database_key = database_key
            record.release_state = release_state
            record.created_at = created_at
            record.created_by = created_by
            record.last_modified_at = last_modified_at
            record.last_modified_by = last_modified_by
            record.released_at = released_at
            record.additional_properties = {}
        else:
            record = cls(
                history_guid,
                version_guid,
                history_identity,
                version_number,
                name,
                short_name,
                type_,
                color,
                parent_history_guid,
                table_guid,
                table_name,
                database_key,
                release_state,
                created_at,
                created_by,
                last_modified_at,
                last_modified_by,
                released_at,
            )

        if len(src_dict) != 17 + (released_at is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
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
