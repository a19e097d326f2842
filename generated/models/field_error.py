from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new_instance = object.__new__


T = TypeVar("T", bound="FieldError")

_PROPERTY_NAMES = frozenset(
    (
        "pointer",
        "message",
    )
)


@_attrs_define
class FieldError:
    """
    Attributes:
        pointer (str): JSON pointer into the body, or `#/query/<name>`, `#/path/<name>`, `#/header/<name>`.
        message (str):
    """

    pointer: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pointer = self.pointer

        message = self.message

        field_dict: dict[str, Any] = {
            "pointer": pointer,
            "message": message,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            _first_value = src_dict["pointer"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["pointer"]
        pointer = _first_value

        message = src_dict["message"]

        if cls is FieldError:
            field_error = _new_instance(cls)
            field_error.pointer = pointer
            field_error.message = message
            field_error.additional_properties = {}
        else:
            field_error = cls(
                pointer,
                message,
            )

        if len(src_dict) != 2:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            field_error.additional_properties = d

        return field_error

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
