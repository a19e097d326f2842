from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta_attribute_name import MetaAttributeName
    from ..models.record_reference import RecordReference

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global MetaAttributeName
    global RecordReference
    from ..models.meta_attribute_name import MetaAttributeName
    from ..models.record_reference import RecordReference

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="ExportRequest")

_PROPERTY_NAMES = frozenset(
    (
        "records",
        "attributes",
        "metaAttributes",
        "includeBinaryData",
        "includeLinks",
        "includeProperties",
        "includeDataRevisions",
        "unitSystem",
        "absoluteTemperatures",
    )
)


@_attrs_define
class ExportRequest:
    """
    Attributes:
        records (list[RecordReference]):
        attributes (list[str] | None | Unset):
        meta_attributes (list[MetaAttributeName] | None | Unset): Meta-attributes to export. Absent or null: every meta-
            attribute when `attributes`
            is null, none otherwise.
        include_binary_data (bool | Unset):  Default: False.
        include_links (bool | Unset):  Default: False.
        include_properties (bool | Unset): Add each record's `properties`. Default: False.
        include_data_revisions (bool | Unset): Add each record's `dataRevisions`. Default: False.
        unit_system (str | Unset): Unit system of point and range values and their parameters (default the database's
            own).
        absolute_temperatures (bool | Unset): Temperatures in K or degR instead of degC or degF. Default: False.
    """

    records: list[RecordReference]
    attributes: list[str] | None | Unset = UNSET
    meta_attributes: list[MetaAttributeName] | None | Unset = UNSET
    include_binary_data: bool | Unset = False
    include_links: bool | Unset = False
    include_properties: bool | Unset = False
    include_data_revisions: bool | Unset = False
    unit_system: str | Unset = UNSET
    absolute_temperatures: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        records = [records_item_data.to_dict() for records_item_data in self.records]

        attributes: list[str] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, list):
            attributes = self.attributes

        else:
            attributes = self.attributes

        meta_attributes: list[dict[str, Any]] | None | Unset
        if isinstance(self.meta_attributes, Unset):
            meta_attributes = UNSET
        elif isinstance(self.meta_attributes, list):
            meta_attributes = [
                meta_attributes_type_0_item_data.to_dict()
                for meta_attributes_type_0_item_data in self.meta_attributes
            ]

        else:
            meta_attributes = self.meta_attributes

        include_binary_data = self.include_binary_data

        include_links = self.include_links

        include_properties = self.include_properties

        include_data_revisions = self.include_data_revisions

        unit_system = self.unit_system

        absolute_temperatures = self.absolute_temperatures

        field_dict: dict[str, Any] = {
            "records": records,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if meta_attributes is not UNSET:
            field_dict["metaAttributes"] = meta_attributes
        if include_binary_data is not UNSET:
            field_dict["includeBinaryData"] = include_binary_data
        if include_links is not UNSET:
            field_dict["includeLinks"] = include_links
        if include_properties is not UNSET:
            field_dict["includeProperties"] = include_properties
        if include_data_revisions is not UNSET:
            field_dict["includeDataRevisions"] = include_data_revisions
        if unit_system is not UNSET:
            field_dict["unitSystem"] = unit_system
        if absolute_temperatures is not UNSET:
            field_dict["absoluteTemperatures"] = absolute_temperatures

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
            RecordReference.from_dict(records_item_data)
            for records_item_data in _first_value
        ]

        _attributes = src_dict.get("attributes", UNSET)
        attributes: list[str] | None | Unset
        if _attributes is None or _attributes is UNSET:
            attributes = _attributes
        else:
            try:
                if not isinstance(_attributes, list):
                    raise TypeError()
                attributes_type_0 = cast(list[str], _attributes)

                attributes = attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                attributes = _attributes

        _meta_attributes = src_dict.get("metaAttributes", UNSET)
        meta_attributes: list[MetaAttributeName] | None | Unset
        if _meta_attributes is None or _meta_attributes is UNSET:
            meta_attributes = _meta_attributes
        else:
            try:
                if not isinstance(_meta_attributes, list):
                    raise TypeError()
                meta_attributes_type_0 = [
                    MetaAttributeName.from_dict(meta_attributes_type_0_item_data)
                    for meta_attributes_type_0_item_data in _meta_attributes
                ]

                meta_attributes = meta_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                meta_attributes = _meta_attributes

        include_binary_data = src_dict.get("includeBinaryData", UNSET)

        include_links = src_dict.get("includeLinks", UNSET)

        include_properties = src_dict.get("includeProperties", UNSET)

        include_data_revisions = src_dict.get("includeDataRevisions", UNSET)

        unit_system = src_dict.get("unitSystem", UNSET)

        absolute_temperatures = src_dict.get("absoluteTemperatures", UNSET)

        if cls is ExportRequest:
            export_request = _new_instance(cls)
            export_request.records = records
            export_request.attributes = attributes
            export_request.meta_attributes = meta_attributes
            export_request.include_binary_data = include_binary_data
            export_request.include_links = include_links
            export_request.include_properties = include_properties
            export_request.include_data_revisions = include_data_revisions
            export_request.unit_system = unit_system
            export_request.absolute_temperatures = absolute_temperatures
            export_request.additional_properties = {}
        else:
            export_request = cls(
                records,
                attributes,
                meta_attributes,
                include_binary_data,
                include_links,
                include_properties,
                include_data_revisions,
                unit_system,
                absolute_temperatures,
            )

        if len(src_dict) != 1 + (attributes is not UNSET) + (
            meta_attributes is not UNSET
        ) + (include_binary_data is not UNSET) + (include_links is not UNSET) + (
            include_properties is not UNSET
        ) + (include_data_revisions is not UNSET) + (unit_system is not UNSET) + (
            absolute_temperatures is not UNSET
        ):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            export_request.additional_properties = d

        return export_request

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
