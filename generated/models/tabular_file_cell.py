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


T = TypeVar("T", bound="TabularFileCell")

_PROPERTY_NAMES = frozenset(
    (
        "type",
        "fileName",
        "description",
        "mimeType",
        "size",
        "url",
        "data",
        "binaryId",
    )
)


@_attrs_define
class TabularFileCell:
    """A file in a local column, carried like a picture cell's content, with its name and description.

    Attributes:
        type_ (Literal['file']):
        file_name (str):
        description (str | Unset):
        mime_type (None | str | Unset):
        size (int | None | Unset):
        url (None | str | Unset):
        data (None | str | Unset):
        binary_id (None | str | Unset):
    """

    type_: Literal["file"]
    file_name: str
    description: str | Unset = UNSET
    mime_type: None | str | Unset = UNSET
    size: int | None | Unset = UNSET
    url: None | str | Unset = UNSET
    data: None | str | Unset = UNSET
    binary_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        file_name = self.file_name

        description = self.description

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
            "fileName": file_name,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if description is not UNSET:
            field_dict["description"] = description
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
        type_ = cast(Literal["file"], _first_value)
        if type_ != "file":
            raise ValueError(f"type must match const 'file', got '{type_}'")

        file_name = src_dict["fileName"]

        description = src_dict.get("description", UNSET)

        mime_type: None | str | Unset = src_dict.get("mimeType", UNSET)

        size: int | None | Unset = src_dict.get("size", UNSET)

        url: None | str | Unset = src_dict.get("url", UNSET)

        data: None | str | Unset = src_dict.get("data", UNSET)

        binary_id: None | str | Unset = src_dict.get("binaryId", UNSET)

        if cls is TabularFileCell:
            tabular_file_cell = _new_instance(cls)
            tabular_file_cell.type_ = type_
            tabular_file_cell.file_name = file_name
            tabular_file_cell.description = description
            tabular_file_cell.mime_type = mime_type
            tabular_file_cell.size = size
            tabular_file_cell.url = url
            tabular_file_cell.data = data
            tabular_file_cell.binary_id = binary_id
            tabular_file_cell.additional_properties = {}
        else:
            tabular_file_cell = cls(
                type_,
                file_name,
                description,
                mime_type,
                size,
                url,
                data,
                binary_id,
            )

        if len(src_dict) != 2 + (description is not UNSET) + (
            mime_type is not UNSET
        ) + (size is not UNSET) + (url is not UNSET) + (data is not UNSET) + (
            binary_id is not UNSET
        ):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            tabular_file_cell.additional_properties = d

        return tabular_file_cell

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
