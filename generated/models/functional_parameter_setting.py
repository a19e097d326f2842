from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="FunctionalParameterSetting")

_PROPERTY_NAMES = frozenset(
    (
        "name",
        "unit",
        "dataType",
        "defaultValue",
        "defaultText",
        "interpolationType",
        "scaleType",
    )
)


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

        field_dict: dict[str, Any] = {
            "name": name,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
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
        try:
            _first_value = src_dict["name"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["name"]
        name = _first_value

        unit = src_dict.get("unit", UNSET)

        data_type = src_dict.get("dataType", UNSET)

        default_value = src_dict.get("defaultValue", UNSET)

        default_text = src_dict.get("defaultText", UNSET)

        interpolation_type = src_dict.get("interpolationType", UNSET)

        scale_type = src_dict.get("scaleType", UNSET)

        if cls is FunctionalParameterSetting:
            functional_parameter_setting = _new_instance(cls)
            functional_parameter_setting.name = name
            functional_parameter_setting.unit = unit
            functional_parameter_setting.data_type = data_type
            functional_parameter_setting.default_value = default_value
            functional_parameter_setting.default_text = default_text
            functional_parameter_setting.interpolation_type = interpolation_type
            functional_parameter_setting.scale_type = scale_type
            functional_parameter_setting.additional_properties = {}
        else:
            functional_parameter_setting = cls(
                name,
                unit,
                data_type,
                default_value,
                default_text,
                interpolation_type,
                scale_type,
            )

        if len(src_dict) != 1 + (unit is not UNSET) + (data_type is not UNSET) + (
            default_value is not UNSET
        ) + (default_text is not UNSET) + (interpolation_type is not UNSET) + (
            scale_type is not UNSET
        ):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
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
