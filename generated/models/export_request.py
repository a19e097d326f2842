from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta_attribute_name import MetaAttributeName
    from ..models.record_reference import RecordReference


T = TypeVar("T", bound="ExportRequest")


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
    unit_system: str | Unset = UNSET
    absolute_temperatures: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

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
            meta_attributes = []
            for meta_attributes_type_0_item_data in self.meta_attributes:
                meta_attributes_type_0_item = meta_attributes_type_0_item_data.to_dict()
                meta_attributes.append(meta_attributes_type_0_item)

        else:
            meta_attributes = self.meta_attributes

        include_binary_data = self.include_binary_data

        include_links = self.include_links

        include_properties = self.include_properties

        unit_system = self.unit_system

        absolute_temperatures = self.absolute_temperatures

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "records": records,
            }
        )
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
        if unit_system is not UNSET:
            field_dict["unitSystem"] = unit_system
        if absolute_temperatures is not UNSET:
            field_dict["absoluteTemperatures"] = absolute_temperatures

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meta_attribute_name import MetaAttributeName
        from ..models.record_reference import RecordReference

        d = dict(src_dict)
        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = RecordReference.from_dict(records_item_data)

            records.append(records_item)

        def _parse_attributes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attributes_type_0 = cast(list[str], data)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        def _parse_meta_attributes(
            data: object,
        ) -> list[MetaAttributeName] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                meta_attributes_type_0 = []
                _meta_attributes_type_0 = data
                for meta_attributes_type_0_item_data in _meta_attributes_type_0:
                    meta_attributes_type_0_item = MetaAttributeName.from_dict(
                        meta_attributes_type_0_item_data
                    )

                    meta_attributes_type_0.append(meta_attributes_type_0_item)

                return meta_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MetaAttributeName] | None | Unset, data)

        meta_attributes = _parse_meta_attributes(d.pop("metaAttributes", UNSET))

        include_binary_data = d.pop("includeBinaryData", UNSET)

        include_links = d.pop("includeLinks", UNSET)

        include_properties = d.pop("includeProperties", UNSET)

        unit_system = d.pop("unitSystem", UNSET)

        absolute_temperatures = d.pop("absoluteTemperatures", UNSET)

        export_request = cls(
            records=records,
            attributes=attributes,
            meta_attributes=meta_attributes,
            include_binary_data=include_binary_data,
            include_links=include_links,
            include_properties=include_properties,
            unit_system=unit_system,
            absolute_temperatures=absolute_temperatures,
        )

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
