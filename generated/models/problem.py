from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_error import FieldError

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global FieldError
    from ..models.field_error import FieldError

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="Problem")

_PROPERTY_NAMES = frozenset(
    (
        "type",
        "title",
        "status",
        "requestId",
        "detail",
        "instance",
        "errors",
    )
)


@_attrs_define
class Problem:
    """RFC 9457 problem details.

    Attributes:
        type_ (str): A URI reference identifying the problem type.
        title (str):
        status (int):
        request_id (str):
        detail (str | Unset):
        instance (str | Unset):
        errors (list[FieldError] | Unset): One entry per invalid field.
    """

    type_: str
    title: str
    status: int
    request_id: str
    detail: str | Unset = UNSET
    instance: str | Unset = UNSET
    errors: list[FieldError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        type_ = self.type_

        title = self.title

        status = self.status

        request_id = self.request_id

        detail = self.detail

        instance = self.instance

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = [errors_item_data.to_dict() for errors_item_data in self.errors]

        field_dict: dict[str, Any] = {
            "type": type_,
            "title": title,
            "status": status,
            "requestId": request_id,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if detail is not UNSET:
            field_dict["detail"] = detail
        if instance is not UNSET:
            field_dict["instance"] = instance
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["type"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["type"]
        type_ = _first_value

        title = src_dict["title"]

        status = src_dict["status"]

        request_id = src_dict["requestId"]

        detail = src_dict.get("detail", UNSET)

        instance = src_dict.get("instance", UNSET)

        _errors = src_dict.get("errors", UNSET)
        errors: list[FieldError] | Unset = UNSET
        if _errors is not UNSET:
            errors = [
                FieldError.from_dict(errors_item_data) for errors_item_data in _errors
            ]

        if cls is Problem:
            problem = _new_instance(cls)
            problem.type_ = type_
            problem.title = title
            problem.status = status
            problem.request_id = request_id
            problem.detail = detail
            problem.instance = instance
            problem.errors = errors
            problem.additional_properties = {}
        else:
            problem = cls(
                type_,
                title,
                status,
                request_id,
                detail,
                instance,
                errors,
            )

        if len(src_dict) != 4 + (detail is not UNSET) + (instance is not UNSET) + (
            errors is not UNSET
        ):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            problem.additional_properties = d

        return problem

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
