from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new_instance = object.__new__


T = TypeVar("T", bound="BinaryDataInfo")

_PROPERTY_NAMES = frozenset(
    (
        "binaryId",
        "url",
        "size",
        "mimeType",
        "fileName",
    )
)


@_attrs_define
class BinaryDataInfo:
    """
    Attributes:
        binary_id (str):
        url (str):
        size (int):
        mime_type (None | str):
        file_name (None | str):
    """

    binary_id: str
    url: str
    size: int
    mime_type: None | str
    file_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        binary_id = self.binary_id

        url = self.url

        size = self.size

        mime_type: None | str
        mime_type = self.mime_type

        file_name: None | str
        file_name = self.file_name

        field_dict: dict[str, Any] = {
            "binaryId": binary_id,
            "url": url,
            "size": size,
            "mimeType": mime_type,
            "fileName": file_name,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            _first_value = src_dict["binaryId"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["binaryId"]
        binary_id = _first_value

        url = src_dict["url"]

        size = src_dict["size"]

        mime_type: None | str = src_dict["mimeType"]

        file_name: None | str = src_dict["fileName"]

        if cls is BinaryDataInfo:
            binary_data_info = _new_instance(cls)
            binary_data_info.binary_id = binary_id
            binary_data_info.url = url
            binary_data_info.size = size
            binary_data_info.mime_type = mime_type
            binary_data_info.file_name = file_name
            binary_data_info.additional_properties = {}
        else:
            binary_data_info = cls(
                binary_id,
                url,
                size,
                mime_type,
                file_name,
            )

        if len(src_dict) != 5:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            binary_data_info.additional_properties = d

        return binary_data_info

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
