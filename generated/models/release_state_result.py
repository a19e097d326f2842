from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_status_known import ItemStatusKnown
from ..models.release_state_known import ReleaseStateKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReleaseStateResult")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
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

        history_guid = d.pop("historyGuid", UNSET)

        version_guid = d.pop("versionGuid", UNSET)

        def _parse_version_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version_number = _parse_version_number(d.pop("versionNumber", UNSET))

        def _parse_release_state(data: object) -> ReleaseStateKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_release_state_type_0 = ReleaseStateKnown(data)

                return componentsschemas_release_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ReleaseStateKnown | str | Unset, data)

        release_state = _parse_release_state(d.pop("releaseState", UNSET))

        release_state_result = cls(
            status=status,
            history_guid=history_guid,
            version_guid=version_guid,
            version_number=version_number,
            release_state=release_state,
        )

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
