from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_criterion import SearchCriterion

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global SearchCriterion
    from ..models.search_criterion import SearchCriterion

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="CriteriaSearchRequest")

_PROPERTY_NAMES = frozenset(
    (
        "criteria",
        "tableGuid",
        "unitSystem",
        "absoluteTemperatures",
        "subset",
    )
)


@_attrs_define
class CriteriaSearchRequest:
    """
    Attributes:
        criteria (list[SearchCriterion]):
        table_guid (str | Unset):
        unit_system (str | Unset): Unit system the numeric values are given in (default the database's own; 404 names an
            unknown one).
        absolute_temperatures (bool | Unset): Temperatures are given in K or degR. Default: False.
        subset (str | Unset): Only records in a subset of this name (of `tableGuid`'s table, or of any table without
            `tableGuid`; 404 when there is none).
    """

    criteria: list[SearchCriterion]
    table_guid: str | Unset = UNSET
    unit_system: str | Unset = UNSET
    absolute_temperatures: bool | Unset = False
    subset: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        criteria = [
            criteria_item_data.to_dict() for criteria_item_data in self.criteria
        ]

        table_guid = self.table_guid

        unit_system = self.unit_system

        absolute_temperatures = self.absolute_temperatures

        subset = self.subset

        field_dict: dict[str, Any] = {
            "criteria": criteria,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if table_guid is not UNSET:
            field_dict["tableGuid"] = table_guid
        if unit_system is not UNSET:
            field_dict["unitSystem"] = unit_system
        if absolute_temperatures is not UNSET:
            field_dict["absoluteTemperatures"] = absolute_temperatures
        if subset is not UNSET:
            field_dict["subset"] = subset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["criteria"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["criteria"]
        criteria = [
            SearchCriterion.from_dict(criteria_item_data)
            for criteria_item_data in _first_value
        ]

        table_guid = src_dict.get("tableGuid", UNSET)

        unit_system = src_dict.get("unitSystem", UNSET)

        absolute_temperatures = src_dict.get("absoluteTemperatures", UNSET)

        subset = src_dict.get("subset", UNSET)

        if cls is CriteriaSearchRequest:
            criteria_search_request = _new_instance(cls)
            criteria_search_request.criteria = criteria
            criteria_search_request.table_guid = table_guid
            criteria_search_request.unit_system = unit_system
            criteria_search_request.absolute_temperatures = absolute_temperatures
            criteria_search_request.subset = subset
            criteria_search_request.additional_properties = {}
        else:
            criteria_search_request = cls(
                criteria,
                table_guid,
                unit_system,
                absolute_temperatures,
                subset,
            )

        if len(src_dict) != 1 + (table_guid is not UNSET) + (
            unit_system is not UNSET
        ) + (absolute_temperatures is not UNSET) + (subset is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            criteria_search_request.additional_properties = d

        return criteria_search_request

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
