from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subset import Subset

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global Subset
    from ..models.subset import Subset

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="SubsetList")

_PROPERTY_NAMES = frozenset(
    (
        "subsets",
        "defaultSubset",
    )
)


@_attrs_define
class SubsetList:
    """
    Attributes:
        subsets (list[Subset]):
        default_subset (None | str):
    """

    subsets: list[Subset]
    default_subset: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        subsets = [subsets_item_data.to_dict() for subsets_item_data in self.subsets]

        default_subset: None | str
        default_subset = self.default_subset

        field_dict: dict[str, Any] = {
            "subsets": subsets,
            "defaultSubset": default_subset,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["subsets"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["subsets"]
        subsets = [
            Subset.from_dict(subsets_item_data) for subsets_item_data in _first_value
        ]

        default_subset: None | str = src_dict["defaultSubset"]

        if cls is SubsetList:
            subset_list = _new_instance(cls)
            subset_list.subsets = subsets
            subset_list.default_subset = default_subset
            subset_list.additional_properties = {}
        else:
            subset_list = cls(
                subsets,
                default_subset,
            )

        if len(src_dict) != 2:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            subset_list.additional_properties = d

        return subset_list

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
