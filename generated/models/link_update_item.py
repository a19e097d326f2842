from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.link_group_update import LinkGroupUpdate

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global LinkGroupUpdate
    from ..models.link_group_update import LinkGroupUpdate

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="LinkUpdateItem")

_PROPERTY_NAMES = frozenset(
    (
        "databaseKey",
        "historyGuid",
        "groups",
    )
)


@_attrs_define
class LinkUpdateItem:
    """
    Attributes:
        database_key (str):
        history_guid (str):
        groups (list[LinkGroupUpdate]):
    """

    database_key: str
    history_guid: str
    groups: list[LinkGroupUpdate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        database_key = self.database_key

        history_guid = self.history_guid

        groups = [groups_item_data.to_dict() for groups_item_data in self.groups]

        field_dict: dict[str, Any] = {
            "databaseKey": database_key,
            "historyGuid": history_guid,
            "groups": groups,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["databaseKey"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["databaseKey"]
        database_key = _first_value

        history_guid = src_dict["historyGuid"]

        groups = [
            LinkGroupUpdate.from_dict(groups_item_data)
            for groups_item_data in src_dict["groups"]
        ]

        if cls is LinkUpdateItem:
            link_update_item = _new_instance(cls)
            link_update_item.database_key = database_key
            link_update_item.history_guid = history_guid
            link_update_item.groups = groups
            link_update_item.additional_properties = {}
        else:
            link_update_item = cls(
                database_key,
                history_guid,
                groups,
            )

        if len(src_dict) != 3:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            link_update_item.additional_properties = d

        return link_update_item

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
