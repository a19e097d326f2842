from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tabular_linked_cell_value import TabularLinkedCellValue

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global TabularLinkedCellValue
    from ..models.tabular_linked_cell_value import TabularLinkedCellValue

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="TabularLinkedCell")

_PROPERTY_NAMES = frozenset(
    (
        "type",
        "values",
    )
)


@_attrs_define
class TabularLinkedCell:
    """A read-only cell of a linked column, one value per linked record; ignored on import.

    Attributes:
        type_ (Literal['linked']):
        values (list[TabularLinkedCellValue]):
    """

    type_: Literal["linked"]
    values: list[TabularLinkedCellValue]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        type_ = self.type_

        values = [values_item_data.to_dict() for values_item_data in self.values]

        field_dict: dict[str, Any] = {
            "type": type_,
            "values": values,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["type"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["type"]
        type_ = cast(Literal["linked"], _first_value)
        if type_ != "linked":
            raise ValueError(f"type must match const 'linked', got '{type_}'")

        values = [
            TabularLinkedCellValue.from_dict(values_item_data)
            for values_item_data in src_dict["values"]
        ]

        if cls is TabularLinkedCell:
            tabular_linked_cell = _new_instance(cls)
            tabular_linked_cell.type_ = type_
            tabular_linked_cell.values = values
            tabular_linked_cell.additional_properties = {}
        else:
            tabular_linked_cell = cls(
                type_,
                values,
            )

        if len(src_dict) != 2:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            tabular_linked_cell.additional_properties = d

        return tabular_linked_cell

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
