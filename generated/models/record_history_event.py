from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.record_history_event_kind_known import RecordHistoryEventKindKnown

T = TypeVar("T", bound="RecordHistoryEvent")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "versionNumber": version_number,
                "versionGuid": version_guid,
                "at": at,
                "user": user,
                "notes": notes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_kind(data: object) -> RecordHistoryEventKindKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = RecordHistoryEventKindKnown(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RecordHistoryEventKindKnown | str, data)

        kind = _parse_kind(d.pop("kind"))

        def _parse_version_number(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        version_number = _parse_version_number(d.pop("versionNumber"))

        version_guid = d.pop("versionGuid")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        user = d.pop("user")

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        record_history_event = cls(
            kind=kind,
            version_number=version_number,
            version_guid=version_guid,
            at=at,
            user=user,
            notes=notes,
        )

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
