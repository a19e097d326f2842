from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.record_target import RecordTarget

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global RecordTarget
    from ..models.record_target import RecordTarget

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="LinkGroupUpdate")

_PROPERTY_NAMES = frozenset(
    (
        "group",
        "targets",
    )
)


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
        if not _LAZY_IMPORTED:
            _import_lazily()
        group = self.group

        targets = [targets_item_data.to_dict() for targets_item_data in self.targets]

        field_dict: dict[str, Any] = {
            "group": group,
            "targets": targets,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["group"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["group"]
        group = _first_value

        targets = [
            RecordTarget.from_dict(targets_item_data)
            for targets_item_data in src_dict["targets"]
        ]

        if cls is LinkGroupUpdate:
            link_group_update = _new_instance(cls)
            link_group_update.group = group
            link_group_update.targets = targets
            link_group_update.additional_properties = {}
        else:
            link_group_update = cls(
                group,
                targets,
            )

        if len(src_dict) != 2:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
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
