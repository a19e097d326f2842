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

T = TypeVar("T", bound="TabularHyperlinkCell")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["hyperlink"], d.pop("type"))
        if type_ != "hyperlink":
            raise ValueError(f"type must match const 'hyperlink', got '{type_}'")

        url = d.pop("url")

        description = d.pop("description", UNSET)

        def _parse_display(data: object) -> HyperlinkDisplayKnown | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                display_type_0 = HyperlinkDisplayKnown(data)

                return display_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HyperlinkDisplayKnown | str | Unset, data)

        display = _parse_display(d.pop("display", UNSET))

        tabular_hyperlink_cell = cls(
            type_=type_,
            url=url,
            description=description,
            display=display,
        )

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
