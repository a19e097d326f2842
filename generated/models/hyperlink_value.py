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


T = TypeVar("T", bound="HyperlinkValue")

_PROPERTY_NAMES = frozenset(
    (
        "type",
        "attribute",
        "url",
        "description",
        "display",
    )
)


@_attrs_define
class HyperlinkValue:
    """
    Attributes:
        type_ (Literal['hyperlink']):
        attribute (str):
        url (str):
        description (str | Unset):
        display (HyperlinkDisplayKnown | str | Unset):
    """

    type_: Literal["hyperlink"]
    attribute: str
    url: str
    description: str | Unset = UNSET
    display: HyperlinkDisplayKnown | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        attribute = self.attribute

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
            "attribute": attribute,
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

        attribute = src_dict["attribute"]

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

        if cls is HyperlinkValue:
            hyperlink_value = _new_instance(cls)
            hyperlink_value.type_ = type_
            hyperlink_value.attribute = attribute
            hyperlink_value.url = url
            hyperlink_value.description = description
            hyperlink_value.display = display
            hyperlink_value.additional_properties = {}
        else:
            hyperlink_value = cls(
                type_,
                attribute,
                url,
                description,
                display,
            )

        if len(src_dict) != 3 + (description is not UNSET) + (display is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            hyperlink_value.additional_properties = d

        return hyperlink_value

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
