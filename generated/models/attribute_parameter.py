from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.parameter_data_type_known import ParameterDataTypeKnown
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


_PARAMETER_DATA_TYPE_KNOWN_VALUES = ParameterDataTypeKnown._value2member_map_
_new_instance = object.__new__


T = TypeVar("T", bound="AttributeParameter")

_PROPERTY_NAMES = frozenset(
    (
        "name",
        "dataType",
        "order",
        "unit",
        "databaseUnit",
        "restricted",
        "values",
        "defaultValue",
        "interpolationType",
        "scaleType",
        "history",
    )
)


@_attrs_define
class AttributeParameter:
    """A parameter of a multi-valued point or functional attribute.

    Attributes:
        name (str):
        data_type (ParameterDataTypeKnown | str):
        order (int):
        unit (None | str): Unit in the requested unit system.
        database_unit (None | str):
        restricted (bool | Unset): Only the listed values are allowed. Default: False.
        values (list[float | str] | Unset): Numeric values (in `unit`) or the allowed discrete values.
        default_value (float | None | str | Unset):
        interpolation_type (None | str | Unset): 'None', 'Linear' or 'Cubic Spline'.
        scale_type (None | str | Unset): 'Linear' or 'Log'; null for discrete parameters.
        history (ObjectHistory | Unset): Who created a schema object and who changed it last, when, and how many times
            it changed.
    """

    name: str
    data_type: ParameterDataTypeKnown | str
    order: int
    unit: None | str
    database_unit: None | str
    restricted: bool | Unset = False
    values: list[float | str] | Unset = UNSET
    default_value: float | None | str | Unset = UNSET
    interpolation_type: None | str | Unset = UNSET
    scale_type: None | str | Unset = UNSET
    history: ObjectHistory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        name = self.name

        data_type: str
        if isinstance(self.data_type, ParameterDataTypeKnown):
            data_type = self.data_type.value
        else:
            data_type = self.data_type

        order = self.order

        unit: None | str
        unit = self.unit

        database_unit: None | str
        database_unit = self.database_unit

        restricted = self.restricted

        values: list[float | str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item: float | str
                values_item = values_item_data
                values.append(values_item)

        default_value: float | None | str | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        else:
            default_value = self.default_value

        interpolation_type: None | str | Unset
        if isinstance(self.interpolation_type, Unset):
            interpolation_type = UNSET
        else:
            interpolation_type = self.interpolation_type

        scale_type: None | str | Unset
        if isinstance(self.scale_type, Unset):
            scale_type = UNSET
        else:
            scale_type = self.scale_type

        history: dict[str, Any] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = self.history.to_dict()

        field_dict: dict[str, Any] = {
            "name": name,
            "dataType": data_type,
            "order": order,
            "unit": unit,
            "databaseUnit": database_unit,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if values is not UNSET:
            field_dict["values"] = values
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if interpolation_type is not UNSET:
            field_dict["interpolationType"] = interpolation_type
        if scale_type is not UNSET:
            field_dict["scaleType"] = scale_type
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

        _data_type = src_dict["dataType"]
        data_type: ParameterDataTypeKnown | str
        try:
            data_type = _PARAMETER_DATA_TYPE_KNOWN_VALUES.get(_data_type, _data_type)
        except TypeError:
            data_type = _data_type

        order = src_dict["order"]

        unit: None | str = src_dict["unit"]

        database_unit: None | str = src_dict["databaseUnit"]

        restricted = src_dict.get("restricted", UNSET)

        _values = src_dict.get("values", UNSET)
        values: list[float | str] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item: float | str = values_item_data

                values.append(values_item)

        default_value: float | None | str | Unset = src_dict.get("defaultValue", UNSET)

        interpolation_type: None | str | Unset = src_dict.get(
            "interpolationType", UNSET
        )

        scale_type: None | str | Unset = src_dict.get("scaleType", UNSET)

        _history = src_dict.get("history", UNSET)
        history: ObjectHistory | Unset
        if _history is UNSET:
            history = UNSET
        else:
            history = ObjectHistory.from_dict(_history)

        if cls is AttributeParameter:
            attribute_parameter = _new_instance(cls)
            attribute_parameter.name = name
            attribute_parameter.data_type = data_type
            attribute_parameter.order = order
            attribute_parameter.unit = unit
            attribute_parameter.database_unit = database_unit
            attribute_parameter.restricted = restricted
            attribute_parameter.values = values
            attribute_parameter.default_value = default_value
            attribute_parameter.interpolation_type = interpolation_type
            attribute_parameter.scale_type = scale_type
            attribute_parameter.history = history
            attribute_parameter.additional_properties = {}
        else:
            attribute_parameter = cls(
                name,
                data_type,
                order,
                unit,
                database_unit,
                restricted,
                values,
                default_value,
                interpolation_type,
                scale_type,
                history,
            )

        if len(src_dict) != 5 + (restricted is not UNSET) + (values is not UNSET) + (
            default_value is not UNSET
        ) + (interpolation_type is not UNSET) + (scale_type is not UNSET) + (
            history is not UNSET
        ):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            attribute_parameter.additional_properties = d

        return attribute_parameter

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
