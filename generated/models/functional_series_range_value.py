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
    from ..models.functional_series_ranges import FunctionalSeriesRanges

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global FunctionalParameterSetting
    global FunctionalSeriesRanges
    from ..models.functional_parameter_setting import FunctionalParameterSetting
    from ..models.functional_series_ranges import FunctionalSeriesRanges

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="FunctionalSeriesRangeValue")

_PROPERTY_NAMES = frozenset(
    (
        "type",
        "attribute",
        "xAxis",
        "series",
        "unit",
        "parameters",
        "showAsTable",
        "logYAxis",
    )
)


@_attrs_define
class FunctionalSeriesRangeValue:
    """A functional value as series of y ranges.

    Attributes:
        type_ (Literal['functionalSeriesRange']):
        attribute (str):
        x_axis (str):
        series (list[FunctionalSeriesRanges]):
        unit (str | Unset): The y unit (absent when dimensionless).
        parameters (list[FunctionalParameterSetting] | Unset):
        show_as_table (bool | Unset):  Default: False.
        log_y_axis (bool | Unset):  Default: False.
    """

    type_: Literal["functionalSeriesRange"]
    attribute: str
    x_axis: str
    series: list[FunctionalSeriesRanges]
    unit: str | Unset = UNSET
    parameters: list[FunctionalParameterSetting] | Unset = UNSET
    show_as_table: bool | Unset = False
    log_y_axis: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        type_ = self.type_

        attribute = self.attribute

        x_axis = self.x_axis

        series = [series_item_data.to_dict() for series_item_data in self.series]

        unit = self.unit

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = [
                parameters_item_data.to_dict()
                for parameters_item_data in self.parameters
            ]

        show_as_table = self.show_as_table

        log_y_axis = self.log_y_axis

        field_dict: dict[str, Any] = {
            "type": type_,
            "attribute": attribute,
            "xAxis": x_axis,
            "series": series,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if unit is not UNSET:
            field_dict["unit"] = unit
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if show_as_table is not UNSET:
            field_dict["showAsTable"] = show_as_table
        if log_y_axis is not UNSET:
            field_dict["logYAxis"] = log_y_axis

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
        type_ = cast(Literal["functionalSeriesRange"], _first_value)
        if type_ != "functionalSeriesRange":
            raise ValueError(
                f"type must match const 'functionalSeriesRange', got '{type_}'"
            )

        attribute = src_dict["attribute"]

        x_axis = src_dict["xAxis"]

        series = [
            FunctionalSeriesRanges.from_dict(series_item_data)
            for series_item_data in src_dict["series"]
        ]

        unit = src_dict.get("unit", UNSET)

        _parameters = src_dict.get("parameters", UNSET)
        parameters: list[FunctionalParameterSetting] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = [
                FunctionalParameterSetting.from_dict(parameters_item_data)
                for parameters_item_data in _parameters
            ]

        show_as_table = src_dict.get("showAsTable", UNSET)

        log_y_axis = src_dict.get("logYAxis", UNSET)

        if cls is FunctionalSeriesRangeValue:
            functional_series_range_value = _new_instance(cls)
            functional_series_range_value.type_ = type_
            functional_series_range_value.attribute = attribute
            functional_series_range_value.x_axis = x_axis
            functional_series_range_value.series = series
            functional_series_range_value.unit = unit
            functional_series_range_value.parameters = parameters
            functional_series_range_value.show_as_table = show_as_table
            functional_series_range_value.log_y_axis = log_y_axis
            functional_series_range_value.additional_properties = {}
        else:
            functional_series_range_value = cls(
                type_,
                attribute,
                x_axis,
                series,
                unit,
                parameters,
                show_as_table,
                log_y_axis,
            )

        if len(src_dict) != 4 + (unit is not UNSET) + (parameters is not UNSET) + (
            show_as_table is not UNSET
        ) + (log_y_axis is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            functional_series_range_value.additional_properties = d

        return functional_series_range_value

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
