from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_reference import RecordReference

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global RecordReference
    from ..models.record_reference import RecordReference

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="ResolveRequest")

_PROPERTY_NAMES = frozenset(
    (
        "references",
        "strictVersion",
    )
)


@_attrs_define
class ResolveRequest:
    """
    Attributes:
        references (list[RecordReference]):
        strict_version (bool | Unset):  Default: True.
    """

    references: list[RecordReference]
    strict_version: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        references = [
            references_item_data.to_dict() for references_item_data in self.references
        ]

        strict_version = self.strict_version

        field_dict: dict[str, Any] = {
            "references": references,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if strict_version is not UNSET:
            field_dict["strictVersion"] = strict_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["references"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["references"]
        references = [
            RecordReference.from_dict(references_item_data)
            for references_item_data in _first_value
        ]

        strict_version = src_dict.get("strictVersion", UNSET)

        if cls is ResolveRequest:
            resolve_request = _new_instance(cls)
            resolve_request.references = references
            resolve_request.strict_version = strict_version
            resolve_request.additional_properties = {}
        else:
            resolve_request = cls(
                references,
                strict_version,
            )

        if len(src_dict) != 1 + (strict_version is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            resolve_request.additional_properties = d

        return resolve_request

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
