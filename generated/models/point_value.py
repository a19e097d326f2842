from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.point_entry import PointEntry

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global PointEntry
    from ..models.point_entry import PointEntry

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="PointValue")

_PROPERTY_NAMES = frozenset(
    (
        "type",
        "attribute",
        "values",
        "unit",
        "estimated",
    )
)


@_attrs_define
class PointValue:
    """
    Attributes:
        type_ (Literal['point']):
        attribute (str):
        values (list[PointEntry]):
        unit (None | str | Unset): Unit of the values. On import any unit dimensionally equivalent to the
            attribute's is accepted and converted to the database unit (null: the
            database unit); 422 names the attribute, the unit and the units allowed.
        estimated (bool | Unset):  Default: False.
    """

    type_: Literal["point"]
    attribute: str
    values: list[PointEntry]
    unit: None | str | Unset = UNSET
    estimated: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        type_ = self.type_

        attribute = self.attribute

        values = [values_item_data.to_dict() for values_item_data in self.values]

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        estimated = self.estimated

        field_dict: dict[str, Any] = {
            "type": type_,
            "attribute": attribute,
            "values": values,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if unit is not UNSET:
            field_dict["unit"] = unit
        if estimated is not UNSET:
            field_dict["estimated"] = estimated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["type"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["type"]
        type_ = cast(Literal["point"], _first_value)
        if type_ != "point":
            raise ValueError(f"type must match const 'point', got '{type_}'")

        attribute = src_dict["attribute"]

        values = [
            PointEntry.from_dict(values_item_data)
            for values_item_data in src_dict["values"]
        ]

        unit: None | str | Unset = src_dict.get("unit", UNSET)

        estimated = src_dict.get("estimated", UNSET)

        if cls is PointValue:
            point_value = _new_instance(cls)
            point_value.type_ = type_
            point_value.attribute = attribute
            point_value.values = values
            point_value.unit = unit
            point_value.estimated = estimated
            point_value.additional_properties = {}
        else:
            point_value = cls(
                type_,
                attribute,
                values,
                unit,
                estimated,
            )

        if len(src_dict) != 3 + (unit is not UNSET) + (estimated is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            point_value.additional_properties = d

        return point_value

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
