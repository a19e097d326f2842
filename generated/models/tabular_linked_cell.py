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


T = TypeVar("T", bound="TabularLinkedCell")


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
        type_ = self.type_

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tabular_linked_cell_value import TabularLinkedCellValue

        d = dict(src_dict)
        type_ = cast(Literal["linked"], d.pop("type"))
        if type_ != "linked":
            raise ValueError(f"type must match const 'linked', got '{type_}'")

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = TabularLinkedCellValue.from_dict(values_item_data)

            values.append(values_item)

        tabular_linked_cell = cls(
            type_=type_,
            values=values,
        )

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
