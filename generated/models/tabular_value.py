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


T = TypeVar("T", bound="TabularValue")


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
        type_ = self.type_

        attribute = self.attribute

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = []
            for columns_item_data in self.columns:
                columns_item = columns_item_data.to_dict()
                columns.append(columns_item)

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
            linked_records = []
            for linked_records_item_data in self.linked_records:
                linked_records_item = linked_records_item_data.to_dict()
                linked_records.append(linked_records_item)

        destructive = self.destructive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "attribute": attribute,
                "rows": rows,
            }
        )
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
        from ..models.tabular_column import TabularColumn
        from ..models.tabular_linked_records import TabularLinkedRecords
        from ..models.tabular_row import TabularRow

        d = dict(src_dict)
        type_ = cast(Literal["tabular"], d.pop("type"))
        if type_ != "tabular":
            raise ValueError(f"type must match const 'tabular', got '{type_}'")

        attribute = d.pop("attribute")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = TabularRow.from_dict(rows_item_data)

            rows.append(rows_item)

        _columns = d.pop("columns", UNSET)
        columns: list[TabularColumn] | Unset = UNSET
        if _columns is not UNSET:
            columns = []
            for columns_item_data in _columns:
                columns_item = TabularColumn.from_dict(columns_item_data)

                columns.append(columns_item)

        def _parse_linking_attribute(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linking_attribute = _parse_linking_attribute(d.pop("linkingAttribute", UNSET))

        def _parse_linking_table(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linking_table = _parse_linking_table(d.pop("linkingTable", UNSET))

        _linked_records = d.pop("linkedRecords", UNSET)
        linked_records: list[TabularLinkedRecords] | Unset = UNSET
        if _linked_records is not UNSET:
            linked_records = []
            for linked_records_item_data in _linked_records:
                linked_records_item = TabularLinkedRecords.from_dict(
                    linked_records_item_data
                )

                linked_records.append(linked_records_item)

        destructive = d.pop("destructive", UNSET)

        tabular_value = cls(
            type_=type_,
            attribute=attribute,
            rows=rows,
            columns=columns,
            linking_attribute=linking_attribute,
            linking_table=linking_table,
            linked_records=linked_records,
            destructive=destructive,
        )

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
