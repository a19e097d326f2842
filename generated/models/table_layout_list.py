from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.table_layout import TableLayout


T = TypeVar("T", bound="TableLayoutList")


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
        layouts = []
        for layouts_item_data in self.layouts:
            layouts_item = layouts_item_data.to_dict()
            layouts.append(layouts_item)

        default_layout: None | str
        default_layout = self.default_layout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "layouts": layouts,
                "defaultLayout": default_layout,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.table_layout import TableLayout

        d = dict(src_dict)
        layouts = []
        _layouts = d.pop("layouts")
        for layouts_item_data in _layouts:
            layouts_item = TableLayout.from_dict(layouts_item_data)

            layouts.append(layouts_item)

        def _parse_default_layout(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        default_layout = _parse_default_layout(d.pop("defaultLayout"))

        table_layout_list = cls(
            layouts=layouts,
            default_layout=default_layout,
        )

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
