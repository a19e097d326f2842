from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.unit_equivalent import UnitEquivalent

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global UnitEquivalent
    from ..models.unit_equivalent import UnitEquivalent

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="UnitEquivalents")

_PROPERTY_NAMES = frozenset(
    (
        "unit",
        "equivalents",
    )
)


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
        if not _LAZY_IMPORTED:
            _import_lazily()
        unit = self.unit

        equivalents = [
            equivalents_item_data.to_dict()
            for equivalents_item_data in self.equivalents
        ]

        field_dict: dict[str, Any] = {
            "unit": unit,
            "equivalents": equivalents,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["unit"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["unit"]
        unit = _first_value

        equivalents = [
            UnitEquivalent.from_dict(equivalents_item_data)
            for equivalents_item_data in src_dict["equivalents"]
        ]

        if cls is UnitEquivalents:
            unit_equivalents = _new_instance(cls)
            unit_equivalents.unit = unit
            unit_equivalents.equivalents = equivalents
            unit_equivalents.additional_properties = {}
        else:
            unit_equivalents = cls(
                unit,
                equivalents,
            )

        if len(src_dict) != 2:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
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
