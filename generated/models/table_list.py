from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.table import Table

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global Table
    from ..models.table import Table

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="TableList")

_PROPERTY_NAMES = frozenset(("tables",))


@_attrs_define
class TableList:
    """
    Attributes:
        tables (list[Table]):
    """

    tables: list[Table]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        tables = [tables_item_data.to_dict() for tables_item_data in self.tables]

        field_dict: dict[str, Any] = {
            "tables": tables,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["tables"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["tables"]
        tables = [
            Table.from_dict(tables_item_data) for tables_item_data in _first_value
        ]

        if cls is TableList:
            table_list = _new_instance(cls)
            table_list.tables = tables
            table_list.additional_properties = {}
        else:
            table_list = cls(
                tables,
            )

        if len(src_dict) != 1:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            table_list.additional_properties = d

        return table_list

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
