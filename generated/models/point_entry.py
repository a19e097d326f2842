from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.point_parameter import PointParameter


T = TypeVar("T", bound="PointEntry")

_PROPERTY_NAMES = frozenset(
    (
        "value",
        "parameters",
    )
)


@_attrs_define
class PointEntry:
    """
    Attributes:
        value (float):
        parameters (list[PointParameter] | Unset):
    """

    value: float
    parameters: list[PointParameter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = [
                parameters_item_data.to_dict()
                for parameters_item_data in self.parameters
            ]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "value": value,
        }
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.point_parameter import PointParameter

        if type(src_dict) is not dict:
            src_dict = dict(
                src_dict
            )  # what the default templates start with (and its errors)
        value = src_dict["value"]

        _parameters = src_dict.get("parameters", UNSET)
        parameters: list[PointParameter] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = [
                PointParameter.from_dict(parameters_item_data)
                for parameters_item_data in _parameters
            ]

        point_entry = cls(
            value,
            parameters,
        )

        if len(src_dict) == 1 + (parameters is not UNSET):
            d: dict[str, Any] = {}
        else:
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
