from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.link_target import LinkTarget

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global LinkTarget
    from ..models.link_target import LinkTarget

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="RecordLinks")

_PROPERTY_NAMES = frozenset(
    (
        "group",
        "targets",
    )
)


@_attrs_define
class RecordLinks:
    """
    Attributes:
        group (str):
        targets (list[LinkTarget]):
    """

    group: str
    targets: list[LinkTarget]
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
            LinkTarget.from_dict(targets_item_data)
            for targets_item_data in src_dict["targets"]
        ]

        if cls is RecordLinks:
            record_links = _new_instance(cls)
            record_links.group = group
            record_links.targets = targets
            record_links.additional_properties = {}
        else:
            record_links = cls(
                group,
                targets,
            )

        if len(src_dict) != 2:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            record_links.additional_properties = d

        return record_links

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
