from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new_instance = object.__new__


T = TypeVar("T", bound="UnitSystemList")

_PROPERTY_NAMES = frozenset(
    (
        "databaseUnitSystem",
        "unitSystems",
    )
)


@_attrs_define
class UnitSystemList:
    """
    Attributes:
        database_unit_system (str): The system values are stored in.
        unit_systems (list[str]):
    """

    database_unit_system: str
    unit_systems: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database_unit_system = self.database_unit_system

        unit_systems = self.unit_systems

        field_dict: dict[str, Any] = {
            "databaseUnitSystem": database_unit_system,
            "unitSystems": unit_systems,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            _first_value = src_dict["databaseUnitSystem"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["databaseUnitSystem"]
        database_unit_system = _first_value

        unit_systems = cast(list[str], src_dict["unitSystems"])

        if cls is UnitSystemList:
            unit_system_list = _new_instance(cls)
            unit_system_list.database_unit_system = database_unit_system
            unit_system_list.unit_systems = unit_systems
            unit_system_list.additional_properties = {}
        else:
            unit_system_list = cls(
                database_unit_system,
                unit_systems,
            )

        if len(src_dict) != 2:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            unit_system_list.additional_properties = d

        return unit_system_list

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
