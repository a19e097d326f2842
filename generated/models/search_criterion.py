from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.record_property_name import RecordPropertyName
from ..models.search_operator import SearchOperator
from ..types import UNSET, Unset

_RECORD_PROPERTY_NAME_VALUES = RecordPropertyName._value2member_map_
_SEARCH_OPERATOR_VALUES = SearchOperator._value2member_map_
_new_instance = object.__new__


T = TypeVar("T", bound="SearchCriterion")

_PROPERTY_NAMES = frozenset(
    (
        "operator",
        "attribute",
        "metaAttributeOf",
        "property",
        "column",
        "value",
        "values",
    )
)


@_attrs_define
class SearchCriterion:
    """One condition. Exactly one of `attribute` (an attribute name of the request's
    table) or `property` (a record property). `column` names a column of a tabular
    attribute. `value` or `values` carry the operand as the operator needs it.

        Attributes:
            operator (SearchOperator):
            attribute (str | Unset):
            meta_attribute_of (str | Unset): With `attribute`, the parent attribute of the meta-attribute named in
                `attribute`.
            property_ (RecordPropertyName | Unset): A record property a criterion can test.
            column (str | Unset):
            value (bool | float | None | str | Unset):
            values (list[float | str] | Unset):
    """

    operator: SearchOperator
    attribute: str | Unset = UNSET
    meta_attribute_of: str | Unset = UNSET
    property_: RecordPropertyName | Unset = UNSET
    column: str | Unset = UNSET
    value: bool | float | None | str | Unset = UNSET
    values: list[float | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator = self.operator.value

        attribute = self.attribute

        meta_attribute_of = self.meta_attribute_of

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

        field_dict: dict[str, Any] = {
            "operator": operator,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if attribute is not UNSET:
            field_dict["attribute"] = attribute
        if meta_attribute_of is not UNSET:
            field_dict["metaAttributeOf"] = meta_attribute_of
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
        try:
            _first_value = src_dict["operator"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["operator"]
        _operator = _first_value
        operator: SearchOperator
        try:
            operator = _SEARCH_OPERATOR_VALUES.get(_operator)
        except TypeError:  # unhashable: not a member
            operator = None
        if operator is None:
            operator = SearchOperator(_operator)

        attribute = src_dict.get("attribute", UNSET)

        meta_attribute_of = src_dict.get("metaAttributeOf", UNSET)

        _property_ = src_dict.get("property", UNSET)
        property_: RecordPropertyName | Unset
        if _property_ is UNSET:
            property_ = UNSET
        else:
            try:
                property_ = _RECORD_PROPERTY_NAME_VALUES.get(_property_)
            except TypeError:  # unhashable: not a member
                property_ = None
            if property_ is None:
                property_ = RecordPropertyName(_property_)

        column = src_dict.get("column", UNSET)

        value: bool | float | None | str | Unset = src_dict.get("value", UNSET)

        _values = src_dict.get("values", UNSET)
        values: list[float | str] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item: float | str = values_item_data

                values.append(values_item)

        if cls is SearchCriterion:
            search_criterion = _new_instance(cls)
            search_criterion.operator = operator
            search_criterion.attribute = attribute
            search_criterion.meta_attribute_of = meta_attribute_of
            search_criterion.property_ = property_
            search_criterion.column = column
            search_criterion.value = value
            search_criterion.values = values
            search_criterion.additional_properties = {}
        else:
            search_criterion = cls(
                operator,
                attribute,
                meta_attribute_of,
                property_,
                column,
                value,
                values,
            )

        if len(src_dict) != 1 + (attribute is not UNSET) + (
            meta_attribute_of is not UNSET
        ) + (property_ is not UNSET) + (column is not UNSET) + (value is not UNSET) + (
            values is not UNSET
        ):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
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
