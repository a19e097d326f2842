from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="TrailingZeroInformation")

_PROPERTY_NAMES = frozenset(
    (
        "enteredValue",
        "significantFigures",
        "enteredUnit",
    )
)


@_attrs_define
class TrailingZeroInformation:
    """The precision a number was entered with: the number as entered (no trailing zeros),
    the unit it was entered in and its significant figures (90 entered as "90.0" is
    `{enteredValue: "90", significantFigures: 3}`). Written with a point or a range bound,
    stored as given and exported unchanged whatever unit system the value is read in.

        Attributes:
            entered_value (str): The number as entered, in plain decimal notation without trailing zeros.
            significant_figures (int):
            entered_unit (None | str | Unset): The unit the number was entered in (null or absent; dimensionless).
    """

    entered_value: str
    significant_figures: int
    entered_unit: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entered_value = self.entered_value

        significant_figures = self.significant_figures

        entered_unit: None | str | Unset
        if isinstance(self.entered_unit, Unset):
            entered_unit = UNSET
        else:
            entered_unit = self.entered_unit

        field_dict: dict[str, Any] = {
            "enteredValue": entered_value,
            "significantFigures": significant_figures,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if entered_unit is not UNSET:
            field_dict["enteredUnit"] = entered_unit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            _first_value = src_dict["enteredValue"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["enteredValue"]
        entered_value = _first_value

        significant_figures = src_dict["significantFigures"]

        entered_unit: None | str | Unset = src_dict.get("enteredUnit", UNSET)

        if cls is TrailingZeroInformation:
            trailing_zero_information = _new_instance(cls)
            trailing_zero_information.entered_value = entered_value
            trailing_zero_information.significant_figures = significant_figures
            trailing_zero_information.entered_unit = entered_unit
            trailing_zero_information.additional_properties = {}
        else:
            trailing_zero_information = cls(
                entered_value,
                significant_figures,
                entered_unit,
            )

        if len(src_dict) != 2 + (entered_unit is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            trailing_zero_information.additional_properties = d

        return trailing_zero_information

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
