from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.record_target import RecordTarget


T = TypeVar("T", bound="LinkGroupUpdate")


@_attrs_define
class LinkGroupUpdate:
    """
    Attributes:
        group (str):
        targets (list[RecordTarget]):
    """

    group: str
    targets: list[RecordTarget]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group

        targets = []
        for targets_item_data in self.targets:
            targets_item = targets_item_data.to_dict()
            targets.append(targets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group": group,
                "targets": targets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.record_target import RecordTarget

        d = dict(src_dict)
        group = d.pop("group")

        targets = []
        _targets = d.pop("targets")
        for targets_item_data in _targets:
            targets_item = RecordTarget.from_dict(targets_item_data)

            targets.append(targets_item)

        link_group_update = cls(
            group=group,
            targets=targets,
        )

        link_group_update.additional_properties = d
        return link_group_update

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
