from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.item_result import ItemResult

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global ItemResult
    from ..models.item_result import ItemResult

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="ImportResponse")

_PROPERTY_NAMES = frozenset(("results",))


@_attrs_define
class ImportResponse:
    """
    Attributes:
        results (list[ItemResult]):
    """

    results: list[ItemResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        results = [results_item_data.to_dict() for results_item_data in self.results]

        field_dict: dict[str, Any] = {
            "results": results,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["results"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["results"]
        results = [
            ItemResult.from_dict(results_item_data)
            for results_item_data in _first_value
        ]

        if cls is ImportResponse:
            import_response = _new_instance(cls)
            import_response.results = results
            import_response.additional_properties = {}
        else:
            import_response = cls(
                results,
            )

        if len(src_dict) != 1:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            import_response.additional_properties = d

        return import_response

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
