from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.link_group import LinkGroup


T = TypeVar("T", bound="LinkGroupList")


@_attrs_define
class LinkGroupList:
    """
    Attributes:
        link_groups (list[LinkGroup]):
    """

    link_groups: list[LinkGroup]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link_groups = []
        for link_groups_item_data in self.link_groups:
            link_groups_item = link_groups_item_data.to_dict()
            link_groups.append(link_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "linkGroups": link_groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.link_group import LinkGroup

        d = dict(src_dict)
        link_groups = []
        _link_groups = d.pop("linkGroups")
        for link_groups_item_data in _link_groups:
            link_groups_item = LinkGroup.from_dict(link_groups_item_data)

            link_groups.append(link_groups_item)

        link_group_list = cls(
            link_groups=link_groups,
        )

        link_group_list.additional_properties = d
        return link_group_list

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
