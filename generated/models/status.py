from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.limits import Limits

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global Limits
    from ..models.limits import Limits

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="Status")

_PROPERTY_NAMES = frozenset(
    (
        "apiVersion",
        "serverVersion",
        "viewerBaseUrl",
        "limits",
    )
)


@_attrs_define
class Status:
    """
    Attributes:
        api_version (str): Semantic version of this contract implemented by the server.
        server_version (str):
        viewer_base_url (str): Base URL of the record viewer (datasheets).
        limits (Limits):
    """

    api_version: str
    server_version: str
    viewer_base_url: str
    limits: Limits
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        api_version = self.api_version

        server_version = self.server_version

        viewer_base_url = self.viewer_base_url

        limits = self.limits.to_dict()

        field_dict: dict[str, Any] = {
            "apiVersion": api_version,
            "serverVersion": server_version,
            "viewerBaseUrl": viewer_base_url,
            "limits": limits,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["apiVersion"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["apiVersion"]
        api_version = _first_value

        server_version = src_dict["serverVersion"]

        viewer_base_url = src_dict["viewerBaseUrl"]

        limits = Limits.from_dict(src_dict["limits"])

        if cls is Status:
            status = _new_instance(cls)
            status.api_version = api_version
            status.server_version = server_version
            status.viewer_base_url = viewer_base_url
            status.limits = limits
            status.additional_properties = {}
        else:
            status = cls(
                api_version,
                server_version,
                viewer_base_url,
                limits,
            )

        if len(src_dict) != 4:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            status.additional_properties = d

        return status

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
