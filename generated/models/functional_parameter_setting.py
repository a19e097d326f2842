from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FunctionalParameterSetting")


@_attrs_define
class FunctionalParameterSetting:
    """A parameter of a functional value: the unit its values are in (absent: dimensionless;
    converted on import to the parameter's database unit, on export to the unit system)
    and datum-level settings (absent: inherited from the attribute's parameter).
    `dataType` ('numeric' or 'discrete') is exported from the definition and ignored on
    import. Plain strings keep exports cheap to read.

        Attributes:
            name (str):
            unit (str | Unset):
            data_type (str | Unset):
            default_value (float | Unset): Default of a numeric parameter.
            default_text (str | Unset): Default of a discrete parameter.
            interpolation_type (str | Unset): 'None', 'Linear' or 'Cubic Spline'.
            scale_type (str | Unset): 'Linear' or 'Log'.
    """

    name: str
    unit: str | Unset = UNSET
    data_type: str | Unset = UNSET
    default_value: float | Unset = UNSET
    default_text: str | Unset = UNSET
    interpolation_type: str | Unset = UNSET
    scale_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        unit = self.unit

        data_type = self.data_type

        default_value = self.default_value

        default_text = self.default_text

        interpolation_type = self.interpolation_type

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
        if default_text is not UNSET:
            field_dict["defaultText"] = default_text
        if interpolation_type is not UNSET:
            field_dict["interpolationType"] = interpolation_type
        if scale_type is not UNSET:
            field_dict["scaleType"] = scale_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        unit = d.pop("unit", UNSET)

        data_type = d.pop("dataType", UNSET)

        default_value = d.pop("defaultValue", UNSET)

        default_text = d.pop("defaultText", UNSET)

        interpolation_type = d.pop("interpolationType", UNSET)

        scale_type = d.pop("scaleType", UNSET)

        functional_parameter_setting = cls(
            name=name,
            unit=unit,
            data_type=data_type,
            default_value=default_value,
            default_text=default_text,
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
