from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.series_parameter_value import SeriesParameterValue

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global SeriesParameterValue
    from ..models.series_parameter_value import SeriesParameterValue

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="FunctionalSeriesPoints")

_PROPERTY_NAMES = frozenset(
    (
        "y",
        "x",
        "xText",
        "estimated",
        "decoration",
        "parameters",
    )
)


@_attrs_define
class FunctionalSeriesPoints:
    """One curve of y values against x (`x` for a numeric x parameter, `xText` for a discrete
    one); `estimated` has one flag per point.

        Attributes:
            y (list[float]):
            x (list[float] | Unset): Numeric x values (a numeric x parameter).
            x_text (list[str] | Unset): Text x values (a discrete x parameter), instead of `x`.
            estimated (list[bool] | Unset):
            decoration (str | Unset): How a curve is drawn: lines, markers or linesAndMarkers (other values may come).
            parameters (list[SeriesParameterValue] | Unset):
    """

    y: list[float]
    x: list[float] | Unset = UNSET
    x_text: list[str] | Unset = UNSET
    estimated: list[bool] | Unset = UNSET
    decoration: str | Unset = UNSET
    parameters: list[SeriesParameterValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        y = self.y

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

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = [
                parameters_item_data.to_dict()
                for parameters_item_data in self.parameters
            ]

        field_dict: dict[str, Any] = {
            "y": y,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if x is not UNSET:
            field_dict["x"] = x
        if x_text is not UNSET:
            field_dict["xText"] = x_text
        if estimated is not UNSET:
            field_dict["estimated"] = estimated
        if decoration is not UNSET:
            field_dict["decoration"] = decoration
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["y"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["y"]
        y = cast(list[float], _first_value)

        x = cast(list[float], src_dict.get("x", UNSET))

        x_text = cast(list[str], src_dict.get("xText", UNSET))

        estimated = cast(list[bool], src_dict.get("estimated", UNSET))

        decoration = src_dict.get("decoration", UNSET)

        _parameters = src_dict.get("parameters", UNSET)
        parameters: list[SeriesParameterValue] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = [
                SeriesParameterValue.from_dict(parameters_item_data)
                for parameters_item_data in _parameters
            ]

        if cls is FunctionalSeriesPoints:
            functional_series_points = _new_instance(cls)
            functional_series_points.y = y
            functional_series_points.x = x
            functional_series_points.x_text = x_text
            functional_series_points.estimated = estimated
            functional_series_points.decoration = decoration
            functional_series_points.parameters = parameters
            functional_series_points.additional_properties = {}
        else:
            functional_series_points = cls(
                y,
                x,
                x_text,
                estimated,
                decoration,
                parameters,
            )

        if len(src_dict) != 1 + (x is not UNSET) + (x_text is not UNSET) + (
            estimated is not UNSET
        ) + (decoration is not UNSET) + (parameters is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            functional_series_points.additional_properties = d

        return functional_series_points

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
