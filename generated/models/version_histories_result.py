from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_status_known import ItemStatusKnown

if TYPE_CHECKING:
    from ..models.problem import Problem
    from ..models.record import Record
    from ..models.record_history_event import RecordHistoryEvent


T = TypeVar("T", bound="VersionHistoriesResult")


@_attrs_define
class VersionHistoriesResult:
    """
    Attributes:
        status (ItemStatusKnown | str):
        history_guid (None | str):
        versions (list[Record]):
        events (list[RecordHistoryEvent]):
        error (None | Problem):
    """

    status: ItemStatusKnown | str
    history_guid: None | str
    versions: list[Record]
    events: list[RecordHistoryEvent]
    error: None | Problem
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.problem import Problem

        status: str
        if isinstance(self.status, ItemStatusKnown):
            status = self.status.value
        else:
            status = self.status

        history_guid: None | str
        history_guid = self.history_guid

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        error: dict[str, Any] | None
        if isinstance(self.error, Problem):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "historyGuid": history_guid,
                "versions": versions,
                "events": events,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.problem import Problem
        from ..models.record import Record
        from ..models.record_history_event import RecordHistoryEvent

        d = dict(src_dict)

        def _parse_status(data: object) -> ItemStatusKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_item_status_type_0 = ItemStatusKnown(data)

                return componentsschemas_item_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemStatusKnown | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_history_guid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        history_guid = _parse_history_guid(d.pop("historyGuid"))

        versions = []
        _versions = d.pop("versions")
        for versions_item_data in _versions:
            versions_item = Record.from_dict(versions_item_data)

            versions.append(versions_item)

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = RecordHistoryEvent.from_dict(events_item_data)

            events.append(events_item)

        def _parse_error(data: object) -> None | Problem:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = Problem.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Problem, data)

        error = _parse_error(d.pop("error"))

        version_histories_result = cls(
            status=status,
            history_guid=history_guid,
            versions=versions,
            events=events,
            error=error,
        )

        version_histories_result.additional_properties = d
        return version_histories_result

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
