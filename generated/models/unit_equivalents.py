from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.unit_equivalent import UnitEquivalent


T = TypeVar("T", bound="UnitEquivalents")


@_attrs_define
class UnitEquivalents:
    """
    Attributes:
        unit (str):
        equivalents (list[UnitEquivalent]):
    """

    unit: str
    equivalents: list[UnitEquivalent]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit = self.unit

        equivalents = []
        for equivalents_item_data in self.equivalents:
            equivalents_item = equivalents_item_data.to_dict()
            equivalents.append(equivalents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unit": unit,
                "equivalents": equivalents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.unit_equivalent import UnitEquivalent

        d = dict(src_dict)
        unit = d.pop("unit")

        equivalents = []
        _equivalents = d.pop("equivalents")
        for equivalents_item_data in _equivalents:
            equivalents_item = UnitEquivalent.from_dict(equivalents_item_data)

            equivalents.append(equivalents_item)

        unit_equivalents = cls(
            unit=unit,
            equivalents=equivalents,
        )

        unit_equivalents.additional_properties = d
        return unit_equivalents

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
