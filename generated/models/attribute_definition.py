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


T = TypeVar("T", bound="AttributeDefinition")


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
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()
                parameters.append(parameters_item)

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

        is_meta_for: None | str | Unset
        if isinstance(self.is_meta_for, Unset):
            is_meta_for = UNSET
        else:
            is_meta_for = self.is_meta_for

        history: dict[str, Any] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = self.history.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guid": guid,
                "name": name,
                "type": type_,
                "typeCode": type_code,
                "order": order,
                "unit": unit,
                "databaseUnit": database_unit,
                "tableGuid": table_guid,
            }
        )
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
        from ..models.attribute_parameter import AttributeParameter
        from ..models.object_history import ObjectHistory
        from ..models.tabular_column import TabularColumn

        d = dict(src_dict)
        guid = d.pop("guid")

        name = d.pop("name")

        def _parse_type_(data: object) -> AttributeTypeKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_attribute_type_type_0 = AttributeTypeKnown(data)

                return componentsschemas_attribute_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AttributeTypeKnown | str, data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_type_code(data: object) -> AttributeTypeCodeKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_attribute_type_code_type_0 = AttributeTypeCodeKnown(
                    data
                )

                return componentsschemas_attribute_type_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AttributeTypeCodeKnown | str, data)

        type_code = _parse_type_code(d.pop("typeCode"))

        order = d.pop("order")

        def _parse_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit = _parse_unit(d.pop("unit"))

        def _parse_database_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        database_unit = _parse_database_unit(d.pop("databaseUnit"))

        table_guid = d.pop("tableGuid")

        is_multivalued = d.pop("isMultivalued", UNSET)

        discrete_values = cast(list[str], d.pop("discreteValues", UNSET))

        _parameters = d.pop("parameters", UNSET)
        parameters: list[AttributeParameter] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = AttributeParameter.from_dict(parameters_item_data)

                parameters.append(parameters_item)

        def _parse_axis_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        axis_name = _parse_axis_name(d.pop("axisName", UNSET))

        def _parse_min_(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_ = _parse_min_(d.pop("min", UNSET))

        def _parse_max_(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_ = _parse_max_(d.pop("max", UNSET))

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

        def _parse_is_meta_for(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        is_meta_for = _parse_is_meta_for(d.pop("isMetaFor", UNSET))

        _history = d.pop("history", UNSET)
        history: ObjectHistory | Unset
        if isinstance(_history, Unset):
            history = UNSET
        else:
            history = ObjectHistory.from_dict(_history)

        attribute_definition = cls(
            guid=guid,
            name=name,
            type_=type_,
            type_code=type_code,
            order=order,
            unit=unit,
            database_unit=database_unit,
            table_guid=table_guid,
            is_multivalued=is_multivalued,
            discrete_values=discrete_values,
            parameters=parameters,
            axis_name=axis_name,
            min_=min_,
            max_=max_,
            columns=columns,
            linking_attribute=linking_attribute,
            linking_table=linking_table,
            is_meta_for=is_meta_for,
            history=history,
        )

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
