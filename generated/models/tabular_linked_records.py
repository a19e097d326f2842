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


T = TypeVar("T", bound="TabularLinkedRecords")

_PROPERTY_NAMES = frozenset(
    (
        "linkingValue",
        "records",
    )
)


@_attrs_define
class TabularLinkedRecords:
    """
    Attributes:
        linking_value (str):
        records (list[LinkTarget]):
    """

    linking_value: str
    records: list[LinkTarget]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        linking_value = self.linking_value

        records = [records_item_data.to_dict() for records_item_data in self.records]

        field_dict: dict[str, Any] = {
            "linkingValue": linking_value,
            "records": records,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["linkingValue"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["linkingValue"]
        linking_value = _first_value

        records = [
            LinkTarget.from_dict(records_item_data)
            for records_item_data in src_dict["records"]
        ]

        if cls is TabularLinkedRecords:
            tabular_linked_records = _new_instance(cls)
            tabular_linked_records.linking_value = linking_value
            tabular_linked_records.records = records
            tabular_linked_records.additional_properties = {}
        else:
            tabular_linked_records = cls(
                linking_value,
                records,
            )

        if len(src_dict) != 2:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            tabular_linked_records.additional_properties = d

        return tabular_linked_records

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
