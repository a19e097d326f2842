from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attribute_type_code_known import AttributeTypeCodeKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="TabularColumn")


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
    """

    name: str
    type_code: AttributeTypeCodeKnown | str
    unit: None | str
    database_unit: None | str
    is_linked: bool
    discrete_values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "typeCode": type_code,
                "unit": unit,
                "databaseUnit": database_unit,
                "isLinked": is_linked,
            }
        )
        if discrete_values is not UNSET:
            field_dict["discreteValues"] = discrete_values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_type_code(data: object) -> AttributeTypeCodeKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_attribute_type_code_type_0 = AttributeTypeCodeKnown(
                    data
                )

                return componentsschemas_attribute_type_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AttributeTypeCodeKnown | str, data)

        type_code = _parse_type_code(d.pop("typeCode"))

        def _parse_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit = _parse_unit(d.pop("unit"))

        def _parse_database_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        database_unit = _parse_database_unit(d.pop("databaseUnit"))

        is_linked = d.pop("isLinked")

        discrete_values = cast(list[str], d.pop("discreteValues", UNSET))

        tabular_column = cls(
            name=name,
            type_code=type_code,
            unit=unit,
            database_unit=database_unit,
            is_linked=is_linked,
            discrete_values=discrete_values,
        )

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
