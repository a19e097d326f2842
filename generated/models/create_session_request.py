from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="CreateSessionRequest")

_PROPERTY_NAMES = frozenset(("clientName",))


@_attrs_define
class CreateSessionRequest:
    """
    Attributes:
        client_name (str | Unset): Shown in server logs.
    """

    client_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_name = self.client_name

        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if client_name is not UNSET:
            field_dict["clientName"] = client_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            _first_value = src_dict.get("clientName", UNSET)
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict.get("clientName", UNSET)
        client_name = _first_value

        if cls is CreateSessionRequest:
            create_session_request = _new_instance(cls)
            create_session_request.client_name = client_name
            create_session_request.additional_properties = {}
        else:
            create_session_request = cls(
                client_name,
            )

        if len(src_dict) != 0 + (client_name is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            create_session_request.additional_properties = d

        return create_session_request

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
