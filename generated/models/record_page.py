from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.record import Record

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global Record
    from ..models.record import Record

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="RecordPage")

_PROPERTY_NAMES = frozenset(
    (
        "records",
        "page",
        "pageSize",
        "totalCount",
        "nextPage",
    )
)


@_attrs_define
class RecordPage:
    """
    Attributes:
        records (list[Record]):
        page (int):
        page_size (int):
        total_count (int):
        next_page (int | None):
    """

    records: list[Record]
    page: int
    page_size: int
    total_count: int
    next_page: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        records = [records_item_data.to_dict() for records_item_data in self.records]

        page = self.page

        page_size = self.page_size

        total_count = self.total_count

        next_page: int | None
        next_page = self.next_page

        field_dict: dict[str, Any] = {
            "records": records,
            "page": page,
            "pageSize": page_size,
            "totalCount": total_count,
            "nextPage": next_page,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["records"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["records"]
        records = [
            Record.from_dict(records_item_data) for records_item_data in _first_value
        ]

        page = src_dict["page"]

        page_size = src_dict["pageSize"]

        total_count = src_dict["totalCount"]

        next_page: int | None = src_dict["nextPage"]

        if cls is RecordPage:
            record_page = _new_instance(cls)
            record_page.records = records
            record_page.page = page
            record_page.page_size = page_size
            record_page.total_count = total_count
            record_page.next_page = next_page
            record_page.additional_properties = {}
        else:
            record_page = cls(
                records,
                page,
                page_size,
                total_count,
                next_page,
            )

        if len(src_dict) != 5:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            record_page.additional_properties = d

        return record_page

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
