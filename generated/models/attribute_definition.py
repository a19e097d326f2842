from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attribute_type_code_known import AttributeTypeCodeKnown
from ..models.attribute_type_known import AttributeTypeKnown
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_parameter import AttributeParameter
    from ..models.object_history import ObjectHistory
    from ..models.tabular_column import TabularColumn

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global AttributeParameter
    global ObjectHistory
    global TabularColumn
    from ..models.attribute_parameter import AttributeParameter
    from ..models.object_history import ObjectHistory
    from ..models.tabular_column import TabularColumn

    _LAZY_IMPORTED = True


_ATTRIBUTE_TYPE_CODE_KNOWN_VALUES = AttributeTypeCodeKnown._value2member_map_
_ATTRIBUTE_TYPE_KNOWN_VALUES = AttributeTypeKnown._value2member_map_
_new_instance = object.__new__


T = TypeVar("T", bound="AttributeDefinition")

_PROPERTY_NAMES = frozenset(
    (
        "guid",
        "name",
        "type",
        "typeCode",
        "order",
        "unit",
        "databaseUnit",
        "tableGuid",
        "isMultivalued",
        "discreteValues",
        "parameters",
        "axisName",
        "min",
        "max",
        "columns",
        "linkingAttribute",
        "linkingTable",
        "isMetaFor",
        "history",
    )
)


@_attrs_define
class AttributeDefinition:
    """
    Attributes:
        guid (str):
        name (str):
        type_ (AttributeTypeKnown | str):
        type_code (AttributeTypeCodeKnown | str):
        order (int): 1-based position in the table's layout.
        unit (None | str): Unit in the requested unit system; null when dimensionless.
        database_unit (None | str): Unit the database stores values in.
        table_guid (str):
        is_multivalued (bool | Unset): Point: several values with parameters; discrete: several values. Default: False.
        discrete_values (list[str] | Unset): Allowed values of a discrete attribute, in order.
        parameters (list[AttributeParameter] | Unset): Parameters of a multi-valued point or functional attribute.
        axis_name (None | str | Unset): Y-axis label of a functional attribute.
        min_ (float | None | Unset): Smallest stored value (point, range, integer), in `unit`.
        max_ (float | None | Unset): Largest stored value (point, range, integer), in `unit`.
        columns (list[TabularColumn] | Unset): Columns of a tabular attribute.
        linking_attribute (None | str | Unset): Short-text attribute of `linkingTable` that links rows.
        linking_table (None | str | Unset):
        is_meta_for (None | str | Unset): Meta-attributes: the name of the parent attribute; null for an attribute.
        history (ObjectHistory | Unset): Who created a schema object and who changed it last, when, and how many times
            it changed.
    """

    guid: str
    name: str
    type_: AttributeTypeKnown | str
    type_code: AttributeTypeCodeKnown | str
    order: int
    unit: None | str
    database_unit: None | str
    table_guid: str
    is_multivalued: bool | Unset = False
    discrete_values: list[str] | Unset = UNSET
    parameters: list[AttributeParameter] | Unset = UNSET
    axis_name: None | str | Unset = UNSET
    min_: float | None | Unset = UNSET
    max_: float | None | Unset = UNSET
    columns: list[TabularColumn] | Unset = UNSET
    linking_attribute: None | str | Unset = UNSET
    linking_table: None | str | Unset = UNSET
    is_meta_for: None | str | Unset = UNSET
    history: ObjectHistory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        guid = self.guid

        name = self.name

        type_: str
        if isinstance(self.type_, AttributeTypeKnown):
            type_ = self.type_.value
        else:
            type_ = self.type_

        type_code: str
        if isinstance(self.type_code, AttributeTypeCodeKnown):
            type_code = self.type_code.value
        else:
            type_code = self.type_code

        order = self.order

        unit: None | str
        unit = self.unit

        database_unit: None | str
        database_unit = self.database_unit

        table_guid = self.table_guid

        is_multivalued = self.is_multivalued

        discrete_values: list[str] | Unset = UNSET
        if not isinstance(self.discrete_values, Unset):
            discrete_values = self.discrete_values

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = [
                parameters_item_data.to_dict()
                for parameters_item_data in self.parameters
            ]

        axis_name: None | str | Unset
        if isinstance(self.axis_name, Unset):
            axis_name = UNSET
        else:
            axis_name = self.axis_name

        min_: float | None | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        max_: float | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

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

        is_meta_for: None | str | Unset
        if isinstance(self.is_meta_for, Unset):
            is_meta_for = UNSET
        else:
            is_meta_for = self.is_meta_for

        history: dict[str, Any] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = self.history.to_dict()

        field_dict: dict[str, Any] = {
            "guid": guid,
            "name": name,
            "type": type_,
            "typeCode": type_code,
            "order": order,
            "unit": unit,
            "databaseUnit": database_unit,
            "tableGuid": table_guid,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if is_multivalued is not UNSET:
            field_dict["isMultivalued"] = is_multivalued
        if discrete_values is not UNSET:
            field_dict["discreteValues"] = discrete_values
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if axis_name is not UNSET:
            field_dict["axisName"] = axis_name
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if columns is not UNSET:
            field_dict["columns"] = columns
        if linking_attribute is not UNSET:
            field_dict["linkingAttribute"] = linking_attribute
        if linking_table is not UNSET:
            field_dict["linkingTable"] = linking_table
        if is_meta_for is not UNSET:
            field_dict["isMetaFor"] = is_meta_for
        if history is not UNSET:
            field_dict["history"] = history

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["guid"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["guid"]
        guid = _first_value

        name = src_dict["name"]

        _type_ = src_dict["type"]
        type_: AttributeTypeKnown | str
        try:
            type_ = _ATTRIBUTE_TYPE_KNOWN_VALUES.get(_type_, _type_)
        except TypeError:
            type_ = _type_

        _type_code = src_dict["typeCode"]
        type_code: AttributeTypeCodeKnown | str
        try:
            type_code = _ATTRIBUTE_TYPE_CODE_KNOWN_VALUES.get(_type_code, _type_code)
        except TypeError:
            type_code = _type_code

        order = src_dict["order"]

        unit: None | str = src_dict["unit"]

        database_unit: None | str = src_dict["databaseUnit"]

        table_guid = src_dict["tableGuid"]

        is_multivalued = src_dict.get("isMultivalued", UNSET)

        discrete_values = cast(list[str], src_dict.get("discreteValues", UNSET))

        _parameters = src_dict.get("parameters", UNSET)
        parameters: list[AttributeParameter] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = [
                AttributeParameter.from_dict(parameters_item_data)
                for parameters_item_data in _parameters
            ]

        axis_name: None | str | Unset = src_dict.get("axisName", UNSET)

        min_: float | None | Unset = src_dict.get("min", UNSET)

        max_: float | None | Unset = src_dict.get("max", UNSET)

        _columns = src_dict.get("columns", UNSET)
        columns: list[TabularColumn] | Unset = UNSET
        if _columns is not UNSET:
            columns = [
                TabularColumn.from_dict(columns_item_data)
                for columns_item_data in _columns
            ]

        linking_attribute: None | str | Unset = src_dict.get("linkingAttribute", UNSET)

        linking_table: None | str | Unset = src_dict.get("linkingTable", UNSET)

        is_meta_for: None | str | Unset = src_dict.get("isMetaFor", UNSET)

        _history = src_dict.get("history", UNSET)
        history: ObjectHistory | Unset
        if _history is UNSET:
            history = UNSET
        else:
            history = ObjectHistory.from_dict(_history)

        if cls is AttributeDefinition:
            attribute_definition = _new_instance(cls)
            attribute_definition.guid = guid
            attribute_definition.name = name
            attribute_definition.type_ = type_
            attribute_definition.type_code = type_code
            attribute_definition.order = order
            attribute_definition.unit = unit
            attribute_definition.database_unit = database_unit
            attribute_definition.table_guid = table_guid
            attribute_definition.is_multivalued = is_multivalued
            attribute_definition.discrete_values = discrete_values
            attribute_definition.parameters = parameters
            attribute_definition.axis_name = axis_name
            attribute_definition.min_ = min_
            attribute_definition.max_ = max_
            attribute_definition.columns = columns
            attribute_definition.linking_attribute = linking_attribute
            attribute_definition.linking_table = linking_table
            attribute_definition.is_meta_for = is_meta_for
            attribute_definition.history = history
            attribute_definition.additional_properties = {}
        else:
            attribute_definition = cls(
                guid,
                name,
                type_,
                type_code,
                order,
                unit,
                database_unit,
                table_guid,
                is_multivalued,
                discrete_values,
                parameters,
                axis_name,
                min_,
                max_,
                columns,
                linking_attribute,
                linking_table,
                is_meta_for,
                history,
            )

        if len(src_dict) != 8 + (is_multivalued is not UNSET) + (
            discrete_values is not UNSET
        ) + (parameters is not UNSET) + (axis_name is not UNSET) + (
            min_ is not UNSET
        ) + (max_ is not UNSET) + (columns is not UNSET) + (
            linking_attribute is not UNSET
        ) + (linking_table is not UNSET) + (is_meta_for is not UNSET) + (
            history is not UNSET
        ):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            attribute_definition.additional_properties = d

        return attribute_definition

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
