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
    from ..models.functional_parameter_setting import FunctionalParameterSetting
    from ..models.grid_parameter_values import GridParameterValues

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global FunctionalParameterSetting
    global GridParameterValues
    from ..models.functional_parameter_setting import FunctionalParameterSetting
    from ..models.grid_parameter_values import GridParameterValues

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="FunctionalGridRangeValue")

_PROPERTY_NAMES = frozenset(
    (
        "type",
        "attribute",
        "xAxis",
        "yLow",
        "yHigh",
        "unit",
        "parameters",
        "x",
        "xText",
        "estimated",
        "decoration",
        "parameterValues",
    )
)


@_attrs_define
class FunctionalGridRangeValue:
    """A functional value as one cloud of y ranges, each with its own parameter values.

    Attributes:
        type_ (Literal['functionalGridRange']):
        attribute (str):
        x_axis (str):
        y_low (list[float]):
        y_high (list[float]):
        unit (str | Unset): The y unit (absent when dimensionless).
        parameters (list[FunctionalParameterSetting] | Unset):
        x (list[float] | Unset): Numeric x values (a numeric x parameter).
        x_text (list[str] | Unset): Text x values (a discrete x parameter), instead of `x`.
        estimated (list[bool] | Unset):
        decoration (str | Unset): How a curve is drawn: lines, markers or linesAndMarkers (other values may come).
        parameter_values (list[GridParameterValues] | Unset):
    """

    type_: Literal["functionalGridRange"]
    attribute: str
    x_axis: str
    y_low: list[float]
    y_high: list[float]
    unit: str | Unset = UNSET
    parameters: list[FunctionalParameterSetting] | Unset = UNSET
    x: list[float] | Unset = UNSET
    x_text: list[str] | Unset = UNSET
    estimated: list[bool] | Unset = UNSET
    decoration: str | Unset = UNSET
    parameter_values: list[GridParameterValues] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        type_ = self.type_

        attribute = self.attribute

        x_axis = self.x_axis

        y_low = self.y_low

        y_high = self.y_high

        unit = self.unit

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = [
                parameters_item_data.to_dict()
                for parameters_item_data in self.parameters
            ]

        x: list[float] | Unset = UNSET
        if not isinstance(self.x, Unset):
            x = self.x

        x_text: list[str] | Unset = UNSET
        if not isinstance(self.x_text, Unset):
            x_text = self.x_text

        estimated: list[bool] | Unset = UNSET
        if not isinstance(self.estimated, Unset):
            estimated = self.estimated

        decoration = self.decoration

        parameter_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameter_values, Unset):
            parameter_values = [
                parameter_values_item_data.to_dict()
                for parameter_values_item_data in self.parameter_values
            ]

        field_dict: dict[str, Any] = {
            "type": type_,
            "attribute": attribute,
            "xAxis": x_axis,
            "yLow": y_low,
            "yHigh": y_high,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if unit is not UNSET:
            field_dict["unit"] = unit
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if x is not UNSET:
            field_dict["x"] = x
        if x_text is not UNSET:
            field_dict["xText"] = x_text
        if estimated is not UNSET:
            field_dict["estimated"] = estimated
        if decoration is not UNSET:
            field_dict["decoration"] = decoration
        if parameter_values is not UNSET:
            field_dict["parameterValues"] = parameter_values

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
        type_ = cast(Literal["functionalGridRange"], _first_value)
        if type_ != "functionalGridRange":
            raise ValueError(
                f"type must match const 'functionalGridRange', got '{type_}'"
            )

        attribute = src_dict["attribute"]

        x_axis = src_dict["xAxis"]

        y_low = cast(list[float], src_dict["yLow"])

        y_high = cast(list[float], src_dict["yHigh"])

        unit = src_dict.get("unit", UNSET)

        _parameters = src_dict.get("parameters", UNSET)
        parameters: list[FunctionalParameterSetting] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = [
                FunctionalParameterSetting.from_dict(parameters_item_data)
                for parameters_item_data in _parameters
            ]

        x = cast(list[float], src_dict.get("x", UNSET))

        x_text = cast(list[str], src_dict.get("xText", UNSET))

        estimated = cast(list[bool], src_dict.get("estimated", UNSET))

        decoration = src_dict.get("decoration", UNSET)

        _parameter_values = src_dict.get("parameterValues", UNSET)
        parameter_values: list[GridParameterValues] | Unset = UNSET
        if _parameter_values is not UNSET:
            parameter_values = [
                GridParameterValues.from_dict(parameter_values_item_data)
                for parameter_values_item_data in _parameter_values
            ]

        if cls is FunctionalGridRangeValue:
            functional_grid_range_value = _new_instance(cls)
            functional_grid_range_value.type_ = type_
            functional_grid_range_value.attribute = attribute
            functional_grid_range_value.x_axis = x_axis
            functional_grid_range_value.y_low = y_low
            functional_grid_range_value.y_high = y_high
            functional_grid_range_value.unit = unit
            functional_grid_range_value.parameters = parameters
            functional_grid_range_value.x = x
            functional_grid_range_value.x_text = x_text
            functional_grid_range_value.estimated = estimated
            functional_grid_range_value.decoration = decoration
            functional_grid_range_value.parameter_values = parameter_values
            functional_grid_range_value.additional_properties = {}
        else:
            functional_grid_range_value = cls(
                type_,
                attribute,
                x_axis,
                y_low,
                y_high,
                unit,
                parameters,
                x,
                x_text,
                estimated,
                decoration,
                parameter_values,
            )

        if len(src_dict) != 5 + (unit is not UNSET) + (parameters is not UNSET) + (
            x is not UNSET
        ) + (x_text is not UNSET) + (estimated is not UNSET) + (
            decoration is not UNSET
        ) + (parameter_values is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            functional_grid_range_value.additional_properties = d

        return functional_grid_range_value

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
