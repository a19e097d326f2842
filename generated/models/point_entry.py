from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.point_parameter import PointParameter
    from ..models.trailing_zero_information import TrailingZeroInformation

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global PointParameter
    global TrailingZeroInformation
    from ..models.point_parameter import PointParameter
    from ..models.trailing_zero_information import TrailingZeroInformation

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="PointEntry")

_PROPERTY_NAMES = frozenset(
    (
        "value",
        "parameters",
        "trailingZeros",
    )
)


@_attrs_define
class PointEntry:
    """
    Attributes:
        value (float):
        parameters (list[PointParameter] | Unset):
        trailing_zeros (TrailingZeroInformation | Unset): The precision a number was entered with: the number as entered
            (no trailing zeros),
            the unit it was entered in and its significant figures (90 entered as "90.0" is
            `{enteredValue: "90", significantFigures: 3}`). Written with a point or a range bound,
            stored as given and exported unchanged whatever unit system the value is read in.
    """

    value: float
    parameters: list[PointParameter] | Unset = UNSET
    trailing_zeros: TrailingZeroInformation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        value = self.value

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = [
                parameters_item_data.to_dict()
                for parameters_item_data in self.parameters
            ]

        trailing_zeros: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trailing_zeros, Unset):
            trailing_zeros = self.trailing_zeros.to_dict()

        field_dict: dict[str, Any] = {
            "value": value,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if trailing_zeros is not UNSET:
            field_dict["trailingZeros"] = trailing_zeros

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["value"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["value"]
        value = _first_value

        _parameters = src_dict.get("parameters", UNSET)
        parameters: list[PointParameter] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = [
                PointParameter.from_dict(parameters_item_data)
                for parameters_item_data in _parameters
            ]

        _trailing_zeros = src_dict.get("trailingZeros", UNSET)
        trailing_zeros: TrailingZeroInformation | Unset
        if _trailing_zeros is UNSET:
            trailing_zeros = UNSET
        else:
            trailing_zeros = TrailingZeroInformation.from_dict(_trailing_zeros)

        if cls is PointEntry:
            point_entry = _new_instance(cls)
            point_entry.value = value
            point_entry.parameters = parameters
            point_entry.trailing_zeros = trailing_zeros
            point_entry.additional_properties = {}
        else:
            point_entry = cls(
                value,
                parameters,
                trailing_zeros,
            )

        if len(src_dict) != 1 + (parameters is not UNSET) + (
            trailing_zeros is not UNSET
        ):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            point_entry.additional_properties = d

        return point_entry

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
