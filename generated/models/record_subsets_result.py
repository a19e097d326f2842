from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_status_known import ItemStatusKnown
from ..types import UNSET, Unset

_ITEM_STATUS_KNOWN_VALUES = ItemStatusKnown._value2member_map_
_new_instance = object.__new__


T = TypeVar("T", bound="RecordSubsetsResult")

_PROPERTY_NAMES = frozenset(
    (
        "status",
        "subsets",
        "historyGuid",
    )
)


@_attrs_define
class RecordSubsetsResult:
    """
    Attributes:
        status (ItemStatusKnown | str):
        subsets (list[str]):
        history_guid (str | Unset):
    """

    status: ItemStatusKnown | str
    subsets: list[str]
    history_guid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str
        if isinstance(self.status, ItemStatusKnown):
            status = self.status.value
        else:
            status = self.status

        subsets = self.subsets

        history_guid = self.history_guid

        field_dict: dict[str, Any] = {
            "status": status,
            "subsets": subsets,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if history_guid is not UNSET:
            field_dict["historyGuid"] = history_guid

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

        subsets = cast(list[str], src_dict["subsets"])

        history_guid = src_dict.get("historyGuid", UNSET)

        if cls is RecordSubsetsResult:
            record_subsets_result = _new_instance(cls)
            record_subsets_result.status = status
            record_subsets_result.subsets = subsets
            record_subsets_result.history_guid = history_guid
            record_subsets_result.additional_properties = {}
        else:
            record_subsets_result = cls(
                status,
                subsets,
                history_guid,
            )

        if len(src_dict) != 2 + (history_guid is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            record_subsets_result.additional_properties = d

        return record_subsets_result

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
