from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_status_known import ItemStatusKnown

if TYPE_CHECKING:
    from ..models.problem import Problem
    from ..models.record import Record


T = TypeVar("T", bound="ItemResult")


@_attrs_define
class ItemResult:
    """
    Attributes:
        status (ItemStatusKnown | str):
        record (None | Record):
        error (None | Problem):
    """

    status: ItemStatusKnown | str
    record: None | Record
    error: None | Problem
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.problem import Problem
        from ..models.record import Record

        status: str
        if isinstance(self.status, ItemStatusKnown):
            status = self.status.value
        else:
            status = self.status

        record: dict[str, Any] | None
        if isinstance(self.record, Record):
            record = self.record.to_dict()
        else:
            record = self.record

        error: dict[str, Any] | None
        if isinstance(self.error, Problem):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "record": record,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.problem import Problem
        from ..models.record import Record

        d = dict(src_dict)

        def _parse_status(data: object) -> ItemStatusKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_item_status_type_0 = ItemStatusKnown(data)

                return componentsschemas_item_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemStatusKnown | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_record(data: object) -> None | Record:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                record_type_0 = Record.from_dict(data)

                return record_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Record, data)

        record = _parse_record(d.pop("record"))

        def _parse_error(data: object) -> None | Problem:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = Problem.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Problem, data)

        error = _parse_error(d.pop("error"))

        item_result = cls(
            status=status,
            record=record,
            error=error,
        )

        item_result.additional_properties = d
        return item_result

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
