from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.record_history_event_kind_known import RecordHistoryEventKindKnown

_RECORD_HISTORY_EVENT_KIND_KNOWN_VALUES = RecordHistoryEventKindKnown._value2member_map_
_fromisoformat = datetime.datetime.fromisoformat
_new_instance = object.__new__


T = TypeVar("T", bound="RecordHistoryEvent")

_PROPERTY_NAMES = frozenset(
    (
        "kind",
        "versionNumber",
        "versionGuid",
        "at",
        "user",
        "notes",
    )
)


@_attrs_define
class RecordHistoryEvent:
    """
    Attributes:
        kind (RecordHistoryEventKindKnown | str):
        version_number (int | None): Null in tables without version control.
        version_guid (str):
        at (datetime.datetime):
        user (str):
        notes (None | str):
    """

    kind: RecordHistoryEventKindKnown | str
    version_number: int | None
    version_guid: str
    at: datetime.datetime
    user: str
    notes: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str
        if isinstance(self.kind, RecordHistoryEventKindKnown):
            kind = self.kind.value
        else:
            kind = self.kind

        version_number: int | None
        version_number = self.version_number

        version_guid = self.version_guid

        at = self.at.isoformat()

        user = self.user

        notes: None | str
        notes = self.notes

        field_dict: dict[str, Any] = {
            "kind": kind,
            "versionNumber": version_number,
            "versionGuid": version_guid,
            "at": at,
            "user": user,
            "notes": notes,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            _first_value = src_dict["kind"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["kind"]
        _kind = _first_value
        kind: RecordHistoryEventKindKnown | str
        try:
            kind = _RECORD_HISTORY_EVENT_KIND_KNOWN_VALUES.get(_kind, _kind)
        except TypeError:
            kind = _kind

        version_number: int | None = src_dict["versionNumber"]

        version_guid = src_dict["versionGuid"]

        at = _fromisoformat(src_dict["at"])

        user = src_dict["user"]

        notes: None | str = src_dict["notes"]

        if cls is RecordHistoryEvent:
            record_history_event = _new_instance(cls)
            record_history_event.kind = kind
            record_history_event.version_number = version_number
            record_history_event.version_guid = version_guid
            record_history_event.at = at
            record_history_event.user = user
            record_history_event.notes = notes
            record_history_event.additional_properties = {}
        else:
            record_history_event = cls(
                kind,
                version_number,
                version_guid,
                at,
                user,
                notes,
            )

        if len(src_dict) != 6:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            record_history_event.additional_properties = d

        return record_history_event

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
