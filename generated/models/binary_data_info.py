from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BinaryDataInfo")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "binaryId": binary_id,
                "url": url,
                "size": size,
                "mimeType": mime_type,
                "fileName": file_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        binary_id = d.pop("binaryId")

        url = d.pop("url")

        size = d.pop("size")

        def _parse_mime_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mime_type = _parse_mime_type(d.pop("mimeType"))

        def _parse_file_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        file_name = _parse_file_name(d.pop("fileName"))

        binary_data_info = cls(
            binary_id=binary_id,
            url=url,
            size=size,
            mime_type=mime_type,
            file_name=file_name,
        )

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
