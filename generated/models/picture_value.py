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

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="PictureValue")

_PROPERTY_NAMES = frozenset(
    (
        "type",
        "attribute",
        "mimeType",
        "size",
        "url",
        "data",
        "binaryId",
    )
)


@_attrs_define
class PictureValue:
    """Exactly one of `url` (export), `data` (base64) or `binaryId` (an upload) carries the content.

    Attributes:
        type_ (Literal['picture']):
        attribute (str):
        mime_type (None | str | Unset):
        size (int | None | Unset):
        url (None | str | Unset):
        data (None | str | Unset):
        binary_id (None | str | Unset):
    """

    type_: Literal["picture"]
    attribute: str
    mime_type: None | str | Unset = UNSET
    size: int | None | Unset = UNSET
    url: None | str | Unset = UNSET
    data: None | str | Unset = UNSET
    binary_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        attribute = self.attribute

        mime_type: None | str | Unset
        if isinstance(self.mime_type, Unset):
            mime_type = UNSET
        else:
            mime_type = self.mime_type

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        data: None | str | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data

        binary_id: None | str | Unset
        if isinstance(self.binary_id, Unset):
            binary_id = UNSET
        else:
            binary_id = self.binary_id

        field_dict: dict[str, Any] = {
            "type": type_,
            "attribute": attribute,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if size is not UNSET:
            field_dict["size"] = size
        if url is not UNSET:
            field_dict["url"] = url
        if data is not UNSET:
            field_dict["data"] = data
        if binary_id is not UNSET:
            field_dict["binaryId"] = binary_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            _first_value = src_dict["type"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["type"]
        type_ = cast(Literal["picture"], _first_value)
        if type_ != "picture":
            raise ValueError(f"type must match const 'picture', got '{type_}'")

        attribute = src_dict["attribute"]

        mime_type: None | str | Unset = src_dict.get("mimeType", UNSET)

        size: int | None | Unset = src_dict.get("size", UNSET)

        url: None | str | Unset = src_dict.get("url", UNSET)

        data: None | str | Unset = src_dict.get("data", UNSET)

        binary_id: None | str | Unset = src_dict.get("binaryId", UNSET)

        if cls is PictureValue:
            picture_value = _new_instance(cls)
            picture_value.type_ = type_
            picture_value.attribute = attribute
            picture_value.mime_type = mime_type
            picture_value.size = size
            picture_value.url = url
            picture_value.data = data
            picture_value.binary_id = binary_id
            picture_value.additional_properties = {}
        else:
            picture_value = cls(
                type_,
                attribute,
                mime_type,
                size,
                url,
                data,
                binary_id,
            )

        if len(src_dict) != 2 + (mime_type is not UNSET) + (size is not UNSET) + (
            url is not UNSET
        ) + (data is not UNSET) + (binary_id is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            picture_value.additional_properties = d

        return picture_value

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
