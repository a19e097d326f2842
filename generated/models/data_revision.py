from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.object_history import ObjectHistory

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global ObjectHistory
    from ..models.object_history import ObjectHistory

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="DataRevision")

_PROPERTY_NAMES = frozenset(
    (
        "attribute",
        "isPopulated",
        "dataVersionNumber",
        "createdInRecordVersion",
        "retiredInRecordVersion",
        "history",
    )
)


@_attrs_define
class DataRevision:
    """The revision of one attribute's data in the exported record version: whether it holds
    data, how many times the data changed (`dataVersionNumber`, 0 when it never held any),
    the record version in which the current data appeared and, when a later version
    changed it, the version that did (null: still current). `history` says who created the
    data first and who changed it last (null when it never held any). Record versions of a
    table without version control count as 0.

        Attributes:
            attribute (str):
            is_populated (bool):
            data_version_number (int):
            created_in_record_version (int | None):
            retired_in_record_version (int | None):
            history (None | ObjectHistory):
    """

    attribute: str
    is_populated: bool
    data_version_number: int
    created_in_record_version: int | None
    retired_in_record_version: int | None
    history: None | ObjectHistory
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        attribute = self.attribute

        is_populated = self.is_populated

        data_version_number = self.data_version_number

        created_in_record_version: int | None
        created_in_record_version = self.created_in_record_version

        retired_in_record_version: int | None
        retired_in_record_version = self.retired_in_record_version

        history: dict[str, Any] | None
        if isinstance(self.history, ObjectHistory):
            history = self.history.to_dict()
        else:
            history = self.history

        field_dict: dict[str, Any] = {
            "attribute": attribute,
            "isPopulated": is_populated,
            "dataVersionNumber": data_version_number,
            "createdInRecordVersion": created_in_record_version,
            "retiredInRecordVersion": retired_in_record_version,
            "history": history,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["attribute"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["attribute"]
        attribute = _first_value

        is_populated = src_dict["isPopulated"]

        data_version_number = src_dict["dataVersionNumber"]

        created_in_record_version: int | None = src_dict["createdInRecordVersion"]

        retired_in_record_version: int | None = src_dict["retiredInRecordVersion"]

        _history = src_dict["history"]
        history: None | ObjectHistory
        if _history is None:
            history = _history
        else:
            try:
                if not isinstance(_history, dict):
                    raise TypeError()
                history_type_0 = ObjectHistory.from_dict(_history)

                history = history_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                history = _history

        if cls is DataRevision:
            data_revision = _new_instance(cls)
            data_revision.attribute = attribute
            data_revision.is_populated = is_populated
            data_revision.data_version_number = data_version_number
            data_revision.created_in_record_version = created_in_record_version
            data_revision.retired_in_record_version = retired_in_record_version
            data_revision.history = history
            data_revision.additional_properties = {}
        else:
            data_revision = cls(
                attribute,
                is_populated,
                data_version_number,
                created_in_record_version,
                retired_in_record_version,
                history,
            )

        if len(src_dict) != 6:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            data_revision.additional_properties = d

        return data_revision

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
