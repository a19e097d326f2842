from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.record_property_name import RecordPropertyName
from ..models.search_operator import SearchOperator
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchCriterion")


@_attrs_define
class SearchCriterion:
    """One condition. Exactly one of `attribute` (an attribute name of the request's
    table) or `property` (a record property). `column` names a column of a tabular
    attribute. `value` or `values` carry the operand as the operator needs it.

        Attributes:
            operator (SearchOperator):
            attribute (str | Unset):
            property_ (RecordPropertyName | Unset): A record property a criterion can test.
            column (str | Unset):
            value (bool | float | None | str | Unset):
            values (list[float | str] | Unset):
    """

    operator: SearchOperator
    attribute: str | Unset = UNSET
    property_: RecordPropertyName | Unset = UNSET
    column: str | Unset = UNSET
    value: bool | float | None | str | Unset = UNSET
    values: list[float | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator = self.operator.value

        attribute = self.attribute

        property_: str | Unset = UNSET
        if not isinstance(self.property_, Unset):
            property_ = self.property_.value

        column = self.column

        value: bool | float | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        values: list[float | str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item: float | str
                values_item = values_item_data
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operator": operator,
            }
        )
        if attribute is not UNSET:
            field_dict["attribute"] = attribute
        if property_ is not UNSET:
            field_dict["property"] = property_
        if column is not UNSET:
            field_dict["column"] = column
        if value is not UNSET:
            field_dict["value"] = value
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        operator = SearchOperator(d.pop("operator"))

        attribute = d.pop("attribute", UNSET)

        _property_ = d.pop("property", UNSET)
        property_: RecordPropertyName | Unset
        if isinstance(_property_, Unset):
            property_ = UNSET
        else:
            property_ = RecordPropertyName(_property_)

        column = d.pop("column", UNSET)

        def _parse_value(data: object) -> bool | float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | float | None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        _values = d.pop("values", UNSET)
        values: list[float | str] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:

                def _parse_values_item(data: object) -> float | str:
                    return cast(float | str, data)

                values_item = _parse_values_item(values_item_data)

                values.append(values_item)

        search_criterion = cls(
            operator=operator,
            attribute=attribute,
            property_=property_,
            column=column,
            value=value,
            values=values,
        )

        search_criterion.additional_properties = d
        return search_criterion

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
