from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_status_known import ItemStatusKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordSubsetsResult")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "subsets": subsets,
            }
        )
        if history_guid is not UNSET:
            field_dict["historyGuid"] = history_guid

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

        subsets = cast(list[str], d.pop("subsets"))

        history_guid = d.pop("historyGuid", UNSET)

        record_subsets_result = cls(
            status=status,
            subsets=subsets,
            history_guid=history_guid,
        )

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
