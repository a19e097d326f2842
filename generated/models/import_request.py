from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_item import ImportItem

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global ImportItem
    from ..models.import_item import ImportItem

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="ImportRequest")

_PROPERTY_NAMES = frozenset(
    (
        "items",
        "revisionNotes",
        "releaseNotes",
    )
)


@_attrs_define
class ImportRequest:
    """
    Attributes:
        items (list[ImportItem]):
        revision_notes (str | Unset):
        release_notes (str | Unset):
    """

    items: list[ImportItem]
    revision_notes: str | Unset = UNSET
    release_notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        items = [items_item_data.to_dict() for items_item_data in self.items]

        revision_notes = self.revision_notes

        release_notes = self.release_notes

        field_dict: dict[str, Any] = {
            "items": items,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if revision_notes is not UNSET:
            field_dict["revisionNotes"] = revision_notes
        if release_notes is not UNSET:
            field_dict["releaseNotes"] = release_notes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["items"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["items"]
        items = [
            ImportItem.from_dict(items_item_data) for items_item_data in _first_value
        ]

        revision_notes = src_dict.get("revisionNotes", UNSET)

        release_notes = src_dict.get("releaseNotes", UNSET)

        if cls is ImportRequest:
            import_request = _new_instance(cls)
            import_request.items = items
            import_request.revision_notes = revision_notes
            import_request.release_notes = release_notes
            import_request.additional_properties = {}
        else:
            import_request = cls(
                items,
                revision_notes,
                release_notes,
            )

        if len(src_dict) != 1 + (revision_notes is not UNSET) + (
            release_notes is not UNSET
        ):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            import_request.additional_properties = d

        return import_request

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
