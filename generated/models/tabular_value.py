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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tabular_column import TabularColumn
    from ..models.tabular_linked_records import TabularLinkedRecords
    from ..models.tabular_row import TabularRow

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global TabularColumn
    global TabularLinkedRecords
    global TabularRow
    from ..models.tabular_column import TabularColumn
    from ..models.tabular_linked_records import TabularLinkedRecords
    from ..models.tabular_row import TabularRow

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="TabularValue")

_PROPERTY_NAMES = frozenset(
    (
        "type",
        "attribute",
        "rows",
        "columns",
        "linkingAttribute",
        "linkingTable",
        "linkedRecords",
        "destructive",
    )
)


@_attrs_define
class TabularValue:
    """A tabular value. On export `columns`, `linkingAttribute`, `linkingTable` and
    `linkedRecords` describe the table (ignored on import). An import is applied cell by
    cell: rows keep their identities, rows left out are deleted, rows without identity are
    added. Reordering rows or changing the linking value of an existing row is refused
    (422) unless `destructive` is true.

        Attributes:
            type_ (Literal['tabular']):
            attribute (str):
            rows (list[TabularRow]):
            columns (list[TabularColumn] | Unset):
            linking_attribute (None | str | Unset):
            linking_table (None | str | Unset):
            linked_records (list[TabularLinkedRecords] | Unset):
            destructive (bool | Unset): Allow reordering rows and relinking existing rows. Default: False.
    """

    type_: Literal["tabular"]
    attribute: str
    rows: list[TabularRow]
    columns: list[TabularColumn] | Unset = UNSET
    linking_attribute: None | str | Unset = UNSET
    linking_table: None | str | Unset = UNSET
    linked_records: list[TabularLinkedRecords] | Unset = UNSET
    destructive: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        type_ = self.type_

        attribute = self.attribute

        rows = [rows_item_data.to_dict() for rows_item_data in self.rows]

        columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = [
                columns_item_data.to_dict() for columns_item_data in self.columns
            ]

        linking_attribute: None | str | Unset
        if isinstance(self.linking_attribute, Unset):
            linking_attribute = UNSET
        else:
            linking_attribute = self.linking_attribute

        linking_table: None | str | Unset
        if isinstance(self.linking_table, Unset):
            linking_table = UNSET
        else:
            linking_table = self.linking_table

        linked_records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_records, Unset):
            linked_records = [
                linked_records_item_data.to_dict()
                for linked_records_item_data in self.linked_records
            ]

        destructive = self.destructive

        field_dict: dict[str, Any] = {
            "type": type_,
            "attribute": attribute,
            "rows": rows,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if columns is not UNSET:
            field_dict["columns"] = columns
        if linking_attribute is not UNSET:
            field_dict["linkingAttribute"] = linking_attribute
        if linking_table is not UNSET:
            field_dict["linkingTable"] = linking_table
        if linked_records is not UNSET:
            field_dict["linkedRecords"] = linked_records
        if destructive is not UNSET:
            field_dict["destructive"] = destructive

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
        type_ = cast(Literal["tabular"], _first_value)
        if type_ != "tabular":
            raise ValueError(f"type must match const 'tabular', got '{type_}'")

        attribute = src_dict["attribute"]

        rows = [
            TabularRow.from_dict(rows_item_data) for rows_item_data in src_dict["rows"]
        ]

        _columns = src_dict.get("columns", UNSET)
        columns: list[TabularColumn] | Unset = UNSET
        if _columns is not UNSET:
            columns = [
                TabularColumn.from_dict(columns_item_data)
                for columns_item_data in _columns
            ]

        linking_attribute: None | str | Unset = src_dict.get("linkingAttribute", UNSET)

        linking_table: None | str | Unset = src_dict.get("linkingTable", UNSET)

        _linked_records = src_dict.get("linkedRecords", UNSET)
        linked_records: list[TabularLinkedRecords] | Unset = UNSET
        if _linked_records is not UNSET:
            linked_records = [
                TabularLinkedRecords.from_dict(linked_records_item_data)
                for linked_records_item_data in _linked_records
            ]

        destructive = src_dict.get("destructive", UNSET)

        if cls is TabularValue:
            tabular_value = _new_instance(cls)
            tabular_value.type_ = type_
            tabular_value.attribute = attribute
            tabular_value.rows = rows
            tabular_value.columns = columns
            tabular_value.linking_attribute = linking_attribute
            tabular_value.linking_table = linking_table
            tabular_value.linked_records = linked_records
            tabular_value.destructive = destructive
            tabular_value.additional_properties = {}
        else:
            tabular_value = cls(
                type_,
                attribute,
                rows,
                columns,
                linking_attribute,
                linking_table,
                linked_records,
                destructive,
            )

        if len(src_dict) != 3 + (columns is not UNSET) + (
            linking_attribute is not UNSET
        ) + (linking_table is not UNSET) + (linked_records is not UNSET) + (
            destructive is not UNSET
        ):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            tabular_value.additional_properties = d

        return tabular_value

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
