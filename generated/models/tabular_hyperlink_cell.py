from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hyperlink_display_known import HyperlinkDisplayKnown
from ..types import UNSET, Unset

_HYPERLINK_DISPLAY_KNOWN_VALUES = HyperlinkDisplayKnown._value2member_map_
_new_instance = object.__new__


T = TypeVar("T", bound="TabularHyperlinkCell")

_PROPERTY_NAMES = frozenset(
    (
        "type",
        "url",
        "description",
        "display",
    )
)


@_attrs_define
class TabularHyperlinkCell:
    """
    Attributes:
        type_ (Literal['hyperlink']):
        url (str):
        description (str | Unset):
        display (HyperlinkDisplayKnown | str | Unset):
    """

    type_: Literal["hyperlink"]
    url: str
    description: str | Unset = UNSET
    display: HyperlinkDisplayKnown | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url = self.url

        description = self.description

        display: str | Unset
        if isinstance(self.display, Unset):
            display = UNSET
        elif isinstance(self.display, HyperlinkDisplayKnown):
            display = self.display.value
        else:
            display = self.display

        field_dict: dict[str, Any] = {
            "type": type_,
            "url": url,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if description is not UNSET:
            field_dict["description"] = description
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            _first_value = src_dict["type"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["type"]
        type_ = cast(Literal["hyperlink"], _first_value)
        if type_ != "hyperlink":
            raise ValueError(f"type must match const 'hyperlink', got '{type_}'")

        url = src_dict["url"]

        description = src_dict.get("description", UNSET)

        _display = src_dict.get("display", UNSET)
        display: HyperlinkDisplayKnown | str | Unset
        if _display is UNSET:
            display = _display
        else:
            try:
                display = _HYPERLINK_DISPLAY_KNOWN_VALUES.get(_display, _display)
            except TypeError:
                display = _display

        if cls is TabularHyperlinkCell:
            tabular_hyperlink_cell = _new_instance(cls)
            tabular_hyperlink_cell.type_ = type_
            tabular_hyperlink_cell.url = url
            tabular_hyperlink_cell.description = description
            tabular_hyperlink_cell.display = display
            tabular_hyperlink_cell.additional_properties = {}
        else:
            tabular_hyperlink_cell = cls(
                type_,
                url,
                description,
                display,
            )

        if len(src_dict) != 2 + (description is not UNSET) + (display is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            tabular_hyperlink_cell.additional_properties = d

        return tabular_hyperlink_cell

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
