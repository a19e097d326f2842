from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.layout_category import LayoutCategory

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global LayoutCategory
    from ..models.layout_category import LayoutCategory

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="TableLayout")

_PROPERTY_NAMES = frozenset(
    (
        "name",
        "categories",
    )
)


@_attrs_define
class TableLayout:
    """
    Attributes:
        name (str):
        categories (list[LayoutCategory]):
    """

    name: str
    categories: list[LayoutCategory]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        name = self.name

        categories = [
            categories_item_data.to_dict() for categories_item_data in self.categories
        ]

        field_dict: dict[str, Any] = {
            "name": name,
            "categories": categories,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

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

        categories = [
            LayoutCategory.from_dict(categories_item_data)
            for categories_item_data in src_dict["categories"]
        ]

        if cls is TableLayout:
            table_layout = _new_instance(cls)
            table_layout.name = name
            table_layout.categories = categories
            table_layout.additional_properties = {}
        else:
            table_layout = cls(
                name,
                categories,
            )

        if len(src_dict) != 2:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            table_layout.additional_properties = d

        return table_layout

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
