from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new_instance = object.__new__


T = TypeVar("T", bound="Limits")

_PROPERTY_NAMES = frozenset(
    (
        "maxBatchSize",
        "maxPageSize",
    )
)


@_attrs_define
class Limits:
    """
    Attributes:
        max_batch_size (int):
        max_page_size (int):
    """

    max_batch_size: int
    max_page_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_batch_size = self.max_batch_size

        max_page_size = self.max_page_size

        field_dict: dict[str, Any] = {
            "maxBatchSize": max_batch_size,
            "maxPageSize": max_page_size,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            _first_value = src_dict["maxBatchSize"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["maxBatchSize"]
        max_batch_size = _first_value

        max_page_size = src_dict["maxPageSize"]

        if cls is Limits:
            limits = _new_instance(cls)
            limits.max_batch_size = max_batch_size
            limits.max_page_size = max_page_size
            limits.additional_properties = {}
        else:
            limits = cls(
                max_batch_size,
                max_page_size,
            )

        if len(src_dict) != 2:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            limits.additional_properties = d

        return limits

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
