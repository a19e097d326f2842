from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_status_known import ItemStatusKnown

if TYPE_CHECKING:
    from ..models.problem import Problem
    from ..models.record import Record
    from ..models.record_history_event import RecordHistoryEvent

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global Problem
    global Record
    global RecordHistoryEvent
    from ..models.problem import Problem
    from ..models.record import Record
    from ..models.record_history_event import RecordHistoryEvent

    _LAZY_IMPORTED = True


_ITEM_STATUS_KNOWN_VALUES = ItemStatusKnown._value2member_map_
_new_instance = object.__new__


T = TypeVar("T", bound="VersionHistoriesResult")

_PROPERTY_NAMES = frozenset(
    (
        "status",
        "historyGuid",
        "versions",
        "events",
        "error",
    )
)


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
        if not _LAZY_IMPORTED:
            _import_lazily()
        status: str
        if isinstance(self.status, ItemStatusKnown):
            status = self.status.value
        else:
            status = self.status

        history_guid: None | str
        history_guid = self.history_guid

        versions = [
            versions_item_data.to_dict() for versions_item_data in self.versions
        ]

        events = [events_item_data.to_dict() for events_item_data in self.events]

        error: dict[str, Any] | None
        if isinstance(self.error, Problem):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {
            "status": status,
            "historyGuid": history_guid,
            "versions": versions,
            "events": events,
            "error": error,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["status"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["status"]
        _status = _first_value
        status: ItemStatusKnown | str
        try:
            status = _ITEM_STATUS_KNOWN_VALUES.get(_status, _status)
        except TypeError:
            status = _status

        history_guid: None | str = src_dict["historyGuid"]

        versions = [
            Record.from_dict(versions_item_data)
            for versions_item_data in src_dict["versions"]
        ]

        events = [
            RecordHistoryEvent.from_dict(events_item_data)
            for events_item_data in src_dict["events"]
        ]

        _error = src_dict["error"]
        error: None | Problem
        if _error is None:
            error = _error
        else:
            try:
                if not isinstance(_error, dict):
                    raise TypeError()
                error_type_0 = Problem.from_dict(_error)

                error = error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                error = _error

        if cls is VersionHistoriesResult:
            version_histories_result = _new_instance(cls)
            version_histories_result.status = status
            version_histories_result.history_guid = history_guid
            version_histories_result.versions = versions
            version_histories_result.events = events
            version_histories_result.error = error
            version_histories_result.additional_properties = {}
        else:
            version_histories_result = cls(
                status,
                history_guid,
                versions,
                events,
                error,
            )

        if len(src_dict) != 5:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
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
