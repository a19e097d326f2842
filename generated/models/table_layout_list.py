from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.table_layout import TableLayout

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global TableLayout
    from ..models.table_layout import TableLayout

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="TableLayoutList")

_PROPERTY_NAMES = frozenset(
    (
        "layouts",
        "defaultLayout",
    )
)


@_attrs_define
class TableLayoutList:
    """
    Attributes:
        layouts (list[TableLayout]):
        default_layout (None | str):
    """

    layouts: list[TableLayout]
    default_layout: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        layouts = [layouts_item_data.to_dict() for layouts_item_data in self.layouts]

        default_layout: None | str
        default_layout = self.default_layout

        field_dict: dict[str, Any] = {
            "layouts": layouts,
            "defaultLayout": default_layout,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["layouts"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["layouts"]
        layouts = [
            TableLayout.from_dict(layouts_item_data)
            for layouts_item_data in _first_value
        ]

        default_layout: None | str = src_dict["defaultLayout"]

        if cls is TableLayoutList:
            table_layout_list = _new_instance(cls)
            table_layout_list.layouts = layouts
            table_layout_list.default_layout = default_layout
            table_layout_list.additional_properties = {}
        else:
            table_layout_list = cls(
                layouts,
                default_layout,
            )

        if len(src_dict) != 2:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            table_layout_list.additional_properties = d

        return table_layout_list

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
