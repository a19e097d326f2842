from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.parameter_data_type_known import ParameterDataTypeKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttributeParameter")


@_attrs_define
class AttributeParameter:
    """A parameter of a multi-valued point or functional attribute.

    Attributes:
        name (str):
        data_type (ParameterDataTypeKnown | str):
        order (int):
        unit (None | str): Unit in the requested unit system.
        database_unit (None | str):
        restricted (bool | Unset): Only the listed values are allowed. Default: False.
        values (list[float | str] | Unset): Numeric values (in `unit`) or the allowed discrete values.
        default_value (float | None | str | Unset):
        interpolation_type (None | str | Unset): 'None', 'Linear' or 'Cubic Spline'.
        scale_type (None | str | Unset): 'Linear' or 'Log'; null for discrete parameters.
    """

    name: str
    data_type: ParameterDataTypeKnown | str
    order: int
    unit: None | str
    database_unit: None | str
    restricted: bool | Unset = False
    values: list[float | str] | Unset = UNSET
    default_value: float | None | str | Unset = UNSET
    interpolation_type: None | str | Unset = UNSET
    scale_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        data_type: str
        if isinstance(self.data_type, ParameterDataTypeKnown):
            data_type = self.data_type.value
        else:
            data_type = self.data_type

        order = self.order

        unit: None | str
        unit = self.unit

        database_unit: None | str
        database_unit = self.database_unit

        restricted = self.restricted

        values: list[float | str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item: float | str
                values_item = values_item_data
                values.append(values_item)

        default_value: float | None | str | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        else:
            default_value = self.default_value

        interpolation_type: None | str | Unset
        if isinstance(self.interpolation_type, Unset):
            interpolation_type = UNSET
        else:
            interpolation_type = self.interpolation_type

        scale_type: None | str | Unset
        if isinstance(self.scale_type, Unset):
            scale_type = UNSET
        else:
            scale_type = self.scale_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "dataType": data_type,
                "order": order,
                "unit": unit,
                "databaseUnit": database_unit,
            }
        )
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if values is not UNSET:
            field_dict["values"] = values
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if interpolation_type is not UNSET:
            field_dict["interpolationType"] = interpolation_type
        if scale_type is not UNSET:
            field_dict["scaleType"] = scale_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_data_type(data: object) -> ParameterDataTypeKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                data_type_type_0 = ParameterDataTypeKnown(data)

                return data_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ParameterDataTypeKnown | str, data)

        data_type = _parse_data_type(d.pop("dataType"))

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

        restricted = d.pop("restricted", UNSET)

        _values = d.pop("values", UNSET)
        values: list[float | str] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:

                def _parse_values_item(data: object) -> float | str:
                    return cast(float | str, data)

                values_item = _parse_values_item(values_item_data)

                values.append(values_item)

        def _parse_default_value(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        default_value = _parse_default_value(d.pop("defaultValue", UNSET))

        def _parse_interpolation_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        interpolation_type = _parse_interpolation_type(
            d.pop("interpolationType", UNSET)
        )

        def _parse_scale_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scale_type = _parse_scale_type(d.pop("scaleType", UNSET))

        attribute_parameter = cls(
            name=name,
            data_type=data_type,
            order=order,
            unit=unit,
            database_unit=database_unit,
            restricted=restricted,
            values=values,
            default_value=default_value,
            interpolation_type=interpolation_type,
            scale_type=scale_type,
        )

        attribute_parameter.additional_properties = d
        return attribute_parameter

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
