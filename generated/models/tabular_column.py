from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attribute_type_code_known import AttributeTypeCodeKnown
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_history import ObjectHistory

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global ObjectHistory
    from ..models.object_history import ObjectHistory

    _LAZY_IMPORTED = True


_ATTRIBUTE_TYPE_CODE_KNOWN_VALUES = AttributeTypeCodeKnown._value2member_map_
_new_instance = object.__new__


T = TypeVar("T", bound="TabularColumn")

_PROPERTY_NAMES = frozenset(
    (
        "name",
        "typeCode",
        "unit",
        "databaseUnit",
        "isLinked",
        "discreteValues",
        "history",
    )
)


@_attrs_define
class TabularColumn:
    """
    Attributes:
        name (str):
        type_code (AttributeTypeCodeKnown | str):
        unit (None | str):
        database_unit (None | str):
        is_linked (bool): Cells come from the linked records.
        discrete_values (list[str] | Unset):
        history (ObjectHistory | Unset): Who created a schema object and who changed it last, when, and how many times
            it changed.
    """

    name: str
    type_code: AttributeTypeCodeKnown | str
    unit: None | str
    database_unit: None | str
    is_linked: bool
    discrete_values: list[str] | Unset = UNSET
    history: ObjectHistory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        name = self.name

        type_code: str
        if isinstance(self.type_code, AttributeTypeCodeKnown):
            type_code = self.type_code.value
        else:
            type_code = self.type_code

        unit: None | str
        unit = self.unit

        database_unit: None | str
        database_unit = self.database_unit

        is_linked = self.is_linked

        discrete_values: list[str] | Unset = UNSET
        if not isinstance(self.discrete_values, Unset):
            discrete_values = self.discrete_values

        history: dict[str, Any] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = self.history.to_dict()

        field_dict: dict[str, Any] = {
            "name": name,
            "typeCode": type_code,
            "unit": unit,
            "databaseUnit": database_unit,
            "isLinked": is_linked,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if discrete_values is not UNSET:
            field_dict["discreteValues"] = discrete_values
        if history is not UNSET:
            field_dict["history"] = history

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["name"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["name"]
        name = _first_value

        _type_code = src_dict["typeCode"]
        type_code: AttributeTypeCodeKnown | str
        try:
            type_code = _ATTRIBUTE_TYPE_CODE_KNOWN_VALUES.get(_type_code, _type_code)
        except TypeError:
            type_code = _type_code

        unit: None | str = src_dict["unit"]

        database_unit: None | str = src_dict["databaseUnit"]

        is_linked = src_dict["isLinked"]

        discrete_values = cast(list[str], src_dict.get("discreteValues", UNSET))

        _history = src_dict.get("history", UNSET)
        history: ObjectHistory | Unset
        if _history is UNSET:
            history = UNSET
        else:
            history = ObjectHistory.from_dict(_history)

        if cls is TabularColumn:
            tabular_column = _new_instance(cls)
            tabular_column.name = name
            tabular_column.type_code = type_code
            tabular_column.unit = unit
            tabular_column.database_unit = database_unit
            tabular_column.is_linked = is_linked
            tabular_column.discrete_values = discrete_values
            tabular_column.history = history
            tabular_column.additional_properties = {}
        else:
            tabular_column = cls(
                name,
                type_code,
                unit,
                database_unit,
                is_linked,
                discrete_values,
                history,
            )

        if len(src_dict) != 5 + (discrete_values is not UNSET) + (history is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            tabular_column.additional_properties = d

        return tabular_column

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
