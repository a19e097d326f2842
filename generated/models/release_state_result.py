from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_status_known import ItemStatusKnown
from ..models.release_state_known import ReleaseStateKnown
from ..types import UNSET, Unset

_ITEM_STATUS_KNOWN_VALUES = ItemStatusKnown._value2member_map_
_RELEASE_STATE_KNOWN_VALUES = ReleaseStateKnown._value2member_map_
_new_instance = object.__new__


T = TypeVar("T", bound="ReleaseStateResult")

_PROPERTY_NAMES = frozenset(
    (
        "status",
        "historyGuid",
        "versionGuid",
        "versionNumber",
        "releaseState",
    )
)


@_attrs_define
class ReleaseStateResult:
    """
    Attributes:
        status (ItemStatusKnown | str):
        history_guid (str | Unset):
        version_guid (str | Unset):
        version_number (int | None | Unset):
        release_state (ReleaseStateKnown | str | Unset):
    """

    status: ItemStatusKnown | str
    history_guid: str | Unset = UNSET
    version_guid: str | Unset = UNSET
    version_number: int | None | Unset = UNSET
    release_state: ReleaseStateKnown | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str
        if isinstance(self.status, ItemStatusKnown):
            status = self.status.value
        else:
            status = self.status

        history_guid = self.history_guid

        version_guid = self.version_guid

        version_number: int | None | Unset
        if isinstance(self.version_number, Unset):
            version_number = UNSET
        else:
            version_number = self.version_number

        release_state: str | Unset
        if isinstance(self.release_state, Unset):
            release_state = UNSET
        elif isinstance(self.release_state, ReleaseStateKnown):
            release_state = self.release_state.value
        else:
            release_state = self.release_state

        field_dict: dict[str, Any] = {
            "status": status,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if history_guid is not UNSET:
            field_dict["historyGuid"] = history_guid
        if version_guid is not UNSET:
            field_dict["versionGuid"] = version_guid
        if version_number is not UNSET:
            field_dict["versionNumber"] = version_number
        if release_state is not UNSET:
            field_dict["releaseState"] = release_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        history_guid = src_dict.get("historyGuid", UNSET)

        version_guid = src_dict.get("versionGuid", UNSET)

        version_number: int | None | Unset = src_dict.get("versionNumber", UNSET)

        _release_state = src_dict.get("releaseState", UNSET)
        release_state: ReleaseStateKnown | str | Unset
        if _release_state is UNSET:
            release_state = _release_state
        else:
            try:
                release_state = _RELEASE_STATE_KNOWN_VALUES.get(
                    _release_state, _release_state
                )
            except TypeError:
                release_state = _release_state

        if cls is ReleaseStateResult:
            release_state_result = _new_instance(cls)
            release_state_result.status = status
            release_state_result.history_guid = history_guid
            release_state_result.version_guid = version_guid
            release_state_result.version_number = version_number
            release_state_result.release_state = release_state
            release_state_result.additional_properties = {}
        else:
            release_state_result = cls(
                status,
                history_guid,
                version_guid,
                version_number,
                release_state,
            )

        if len(src_dict) != 1 + (history_guid is not UNSET) + (
            version_guid is not UNSET
        ) + (version_number is not UNSET) + (release_state is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            release_state_result.additional_properties = d

        return release_state_result

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
