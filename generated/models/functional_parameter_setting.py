from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.parameter_data_type_known import ParameterDataTypeKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="FunctionalParameterSetting")


@_attrs_define
class FunctionalParameterSetting:
    """A parameter of a functional value: the unit its values are in (converted on import to
    the parameter's database unit, on export to the unit system) and datum-level settings.
    `dataType` is exported from the definition and ignored on import.

        Attributes:
            name (str):
            unit (None | str | Unset):
            data_type (ParameterDataTypeKnown | str | Unset):
            default_value (float | None | str | Unset):
            interpolation_type (None | str | Unset): 'None', 'Linear' or 'Cubic Spline'; null inherits.
            scale_type (None | str | Unset): 'Linear' or 'Log'; null inherits.
    """

    name: str
    unit: None | str | Unset = UNSET
    data_type: ParameterDataTypeKnown | str | Unset = UNSET
    default_value: float | None | str | Unset = UNSET
    interpolation_type: None | str | Unset = UNSET
    scale_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        data_type: str | Unset
        if isinstance(self.data_type, Unset):
            data_type = UNSET
        elif isinstance(self.data_type, ParameterDataTypeKnown):
            data_type = self.data_type.value
        else:
            data_type = self.data_type

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
            }
        )
        if unit is not UNSET:
            field_dict["unit"] = unit
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
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

        def _parse_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

        def _parse_data_type(data: object) -> ParameterDataTypeKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                data_type_type_0 = ParameterDataTypeKnown(data)

                return data_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ParameterDataTypeKnown | str | Unset, data)

        data_type = _parse_data_type(d.pop("dataType", UNSET))

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

        functional_parameter_setting = cls(
            name=name,
            unit=unit,
            data_type=data_type,
            default_value=default_value,
            interpolation_type=interpolation_type,
            scale_type=scale_type,
        )

        functional_parameter_setting.additional_properties = d
        return functional_parameter_setting

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
