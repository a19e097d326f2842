from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subset import Subset


T = TypeVar("T", bound="SubsetList")


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
        subsets = []
        for subsets_item_data in self.subsets:
            subsets_item = subsets_item_data.to_dict()
            subsets.append(subsets_item)

        default_subset: None | str
        default_subset = self.default_subset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subsets": subsets,
                "defaultSubset": default_subset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.subset import Subset

        d = dict(src_dict)
        subsets = []
        _subsets = d.pop("subsets")
        for subsets_item_data in _subsets:
            subsets_item = Subset.from_dict(subsets_item_data)

            subsets.append(subsets_item)

        def _parse_default_subset(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        default_subset = _parse_default_subset(d.pop("defaultSubset"))

        subset_list = cls(
            subsets=subsets,
            default_subset=default_subset,
        )

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
