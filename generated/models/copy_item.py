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


T = TypeVar("T", bound="CopyItem")

_PROPERTY_NAMES = frozenset(
    (
        "source",
        "parentHistoryGuid",
        "name",
        "release",
    )
)


@_attrs_define
class CopyItem:
    """
    Attributes:
        source (RecordReference): Identifies a record or one of its versions. At least one of
            `versionGuid`, `historyIdentity` or `historyGuid` is required; when
            several are given the priority is versionGuid > historyIdentity
            (+ versionNumber) > historyGuid.
        parent_history_guid (None | str | Unset): The folder or record to copy into (same table); absent or null is the
            table root.
        name (str | Unset):
        release (bool | Unset): Release the copy (version-controlled tables). Default: False.
    """

    source: RecordReference
    parent_history_guid: None | str | Unset = UNSET
    name: str | Unset = UNSET
    release: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        source = self.source.to_dict()

        parent_history_guid: None | str | Unset
        if isinstance(self.parent_history_guid, Unset):
            parent_history_guid = UNSET
        else:
            parent_history_guid = self.parent_history_guid

        name = self.name

        release = self.release

        field_dict: dict[str, Any] = {
            "source": source,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if parent_history_guid is not UNSET:
            field_dict["parentHistoryGuid"] = parent_history_guid
        if name is not UNSET:
            field_dict["name"] = name
        if release is not UNSET:
            field_dict["release"] = release

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["source"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["source"]
        source = RecordReference.from_dict(_first_value)

        parent_history_guid: None | str | Unset = src_dict.get(
            "parentHistoryGuid", UNSET
        )

        name = src_dict.get("name", UNSET)

        release = src_dict.get("release", UNSET)

        if cls is CopyItem:
            copy_item = _new_instance(cls)
            copy_item.source = source
            copy_item.parent_history_guid = parent_history_guid
            copy_item.name = name
            copy_item.release = release
            copy_item.additional_properties = {}
        else:
            copy_item = cls(
                source,
                parent_history_guid,
                name,
                release,
            )

        if len(src_dict) != 1 + (parent_history_guid is not UNSET) + (
            name is not UNSET
        ) + (release is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            copy_item.additional_properties = d

        return copy_item

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
