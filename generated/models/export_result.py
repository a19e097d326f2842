from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_status_known import ItemStatusKnown
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_revision import DataRevision
    from ..models.date_value import DateValue
    from ..models.discrete_value import DiscreteValue
    from ..models.file_value import FileValue
    from ..models.functional_grid_point_value import FunctionalGridPointValue
    from ..models.functional_grid_range_value import FunctionalGridRangeValue
    from ..models.functional_series_point_value import FunctionalSeriesPointValue
    from ..models.functional_series_range_value import FunctionalSeriesRangeValue
    from ..models.hyperlink_value import HyperlinkValue
    from ..models.integer_value import IntegerValue
    from ..models.logical_value import LogicalValue
    from ..models.long_text_value import LongTextValue
    from ..models.meta_attribute_values import MetaAttributeValues
    from ..models.picture_value import PictureValue
    from ..models.point_value import PointValue
    from ..models.problem import Problem
    from ..models.range_value import RangeValue
    from ..models.record import Record
    from ..models.record_links import RecordLinks
    from ..models.record_properties import RecordProperties
    from ..models.short_text_value import ShortTextValue
    from ..models.tabular_value import TabularValue

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global DataRevision
    global DateValue
    global DiscreteValue
    global FileValue
    global FunctionalGridPointValue
    global FunctionalGridRangeValue
    global FunctionalSeriesPointValue
    global FunctionalSeriesRangeValue
    global HyperlinkValue
    global IntegerValue
    global LogicalValue
    global LongTextValue
    global MetaAttributeValues
    global PictureValue
    global PointValue
    global Problem
    global RangeValue
    global Record
    global RecordLinks
    global RecordProperties
    global ShortTextValue
    global TabularValue
    from ..models.data_revision import DataRevision
    from ..models.date_value import DateValue
    from ..models.discrete_value import DiscreteValue
    from ..models.file_value import FileValue
    from ..models.functional_grid_point_value import FunctionalGridPointValue
    from ..models.functional_grid_range_value import FunctionalGridRangeValue
    from ..models.functional_series_point_value import FunctionalSeriesPointValue
    from ..models.functional_series_range_value import FunctionalSeriesRangeValue
    from ..models.hyperlink_value import HyperlinkValue
    from ..models.integer_value import IntegerValue
    from ..models.logical_value import LogicalValue
    from ..models.long_text_value import LongTextValue
    from ..models.meta_attribute_values import MetaAttributeValues
    from ..models.picture_value import PictureValue
    from ..models.point_value import PointValue
    from ..models.problem import Problem
    from ..models.range_value import RangeValue
    from ..models.record import Record
    from ..models.record_links import RecordLinks
    from ..models.record_properties import RecordProperties
    from ..models.short_text_value import ShortTextValue
    from ..models.tabular_value import TabularValue

    _LAZY_IMPORTED = True


_ITEM_STATUS_KNOWN_VALUES = ItemStatusKnown._value2member_map_
_new_instance = object.__new__


T = TypeVar("T", bound="ExportResult")

_PROPERTY_NAMES = frozenset(
    (
        "status",
        "record",
        "attributes",
        "links",
        "error",
        "metaAttributes",
        "properties",
        "dataRevisions",
    )
)


@_attrs_define
class ExportResult:
    """
    Attributes:
        status (ItemStatusKnown | str):
        record (None | Record):
        attributes (list[DateValue | DiscreteValue | FileValue | FunctionalGridPointValue | FunctionalGridRangeValue |
            FunctionalSeriesPointValue | FunctionalSeriesRangeValue | HyperlinkValue | IntegerValue | LogicalValue |
            LongTextValue | PictureValue | PointValue | RangeValue | ShortTextValue | TabularValue]):
        links (list[RecordLinks]):
        error (None | Problem):
        meta_attributes (list[MetaAttributeValues] | Unset): Meta-attribute values that hold data, grouped by parent
            attribute.
        properties (None | RecordProperties | Unset): The record's properties (when `includeProperties` was true).
        data_revisions (list[DataRevision] | Unset): The revisions of the record's data, one per attribute of its table
            (when `includeDataRevisions` was true).
    """

    status: ItemStatusKnown | str
    record: None | Record
    attributes: list[
        DateValue
        | DiscreteValue
        | FileValue
        | FunctionalGridPointValue
        | FunctionalGridRangeValue
        | FunctionalSeriesPointValue
        | FunctionalSeriesRangeValue
        | HyperlinkValue
        | IntegerValue
        | LogicalValue
        | LongTextValue
        | PictureValue
        | PointValue
        | RangeValue
        | ShortTextValue
        | TabularValue
    ]
    links: list[RecordLinks]
    error: None | Problem
    meta_attributes: list[MetaAttributeValues] | Unset = UNSET
    properties: None | RecordProperties | Unset = UNSET
    data_revisions: list[DataRevision] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
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

        attributes = []
        for attributes_item_data in self.attributes:
            attributes_item: dict[str, Any]
            if (
                isinstance(attributes_item_data, PointValue)
                or isinstance(attributes_item_data, RangeValue)
                or isinstance(attributes_item_data, DiscreteValue)
                or isinstance(attributes_item_data, IntegerValue)
                or isinstance(attributes_item_data, LogicalValue)
                or isinstance(attributes_item_data, DateValue)
                or isinstance(attributes_item_data, ShortTextValue)
                or isinstance(attributes_item_data, LongTextValue)
                or isinstance(attributes_item_data, HyperlinkValue)
                or isinstance(attributes_item_data, FileValue)
                or isinstance(attributes_item_data, PictureValue)
                or isinstance(attributes_item_data, FunctionalSeriesPointValue)
                or isinstance(attributes_item_data, FunctionalSeriesRangeValue)
                or isinstance(attributes_item_data, FunctionalGridPointValue)
                or isinstance(attributes_item_data, FunctionalGridRangeValue)
            ):
                attributes_item = attributes_item_data.to_dict()
            else:
                attributes_item = attributes_item_data.to_dict()

            attributes.append(attributes_item)

        links = [links_item_data.to_dict() for links_item_data in self.links]

        error: dict[str, Any] | None
        if isinstance(self.error, Problem):
            error = self.error.to_dict()
        else:
            error = self.error

        meta_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meta_attributes, Unset):
            meta_attributes = [
                meta_attributes_item_data.to_dict()
                for meta_attributes_item_data in self.meta_attributes
            ]

        properties: dict[str, Any] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, RecordProperties):
            properties = self.properties.to_dict()
        else:
            properties = self.properties

        data_revisions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_revisions, Unset):
            data_revisions = [
                data_revisions_item_data.to_dict()
                for data_revisions_item_data in self.data_revisions
            ]

        field_dict: dict[str, Any] = {
            "status": status,
            "record": record,
            "attributes": attributes,
            "links": links,
            "error": error,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if meta_attributes is not UNSET:
            field_dict["metaAttributes"] = meta_attributes
        if properties is not UNSET:
            field_dict["properties"] = properties
        if data_revisions is not UNSET:
            field_dict["dataRevisions"] = data_revisions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["status"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["status"]
        _status = _first_value
        status: ItemStatusKnown | str
        try:
            status = _ITEM_STATUS_KNOWN_VALUES.get(_status, _status)
        except TypeError:
            status = _status

        _record = src_dict["record"]
        record: None | Record
        if _record is None:
            record = _record
        else:
            try:
                if not isinstance(_record, dict):
                    raise TypeError()
                record_type_0 = Record.from_dict(_record)

                record = record_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                record = _record

        attributes = []
        _attributes = src_dict["attributes"]
        for attributes_item_data in _attributes:
            _attributes_item = attributes_item_data
            attributes_item: (
                DateValue
                | DiscreteValue
                | FileValue
                | FunctionalGridPointValue
                | FunctionalGridRangeValue
                | FunctionalSeriesPointValue
                | FunctionalSeriesRangeValue
                | HyperlinkValue
                | IntegerValue
                | LogicalValue
                | LongTextValue
                | PictureValue
                | PointValue
                | RangeValue
                | ShortTextValue
                | TabularValue
            )
            try:
                if not isinstance(_attributes_item, dict):
                    raise TypeError()
                _attributes_item_tag = _attributes_item.get("type")
                if _attributes_item_tag == "point":
                    attributes_item = PointValue.from_dict(_attributes_item)
                elif _attributes_item_tag == "range":
                    attributes_item = RangeValue.from_dict(_attributes_item)
                elif _attributes_item_tag == "discrete":
                    attributes_item = DiscreteValue.from_dict(_attributes_item)
                elif _attributes_item_tag == "integer":
                    attributes_item = IntegerValue.from_dict(_attributes_item)
                elif _attributes_item_tag == "logical":
                    attributes_item = LogicalValue.from_dict(_attributes_item)
                elif _attributes_item_tag == "date":
                    attributes_item = DateValue.from_dict(_attributes_item)
                elif _attributes_item_tag == "shortText":
                    attributes_item = ShortTextValue.from_dict(_attributes_item)
                elif _attributes_item_tag == "longText":
                    attributes_item = LongTextValue.from_dict(_attributes_item)
                elif _attributes_item_tag == "hyperlink":
                    attributes_item = HyperlinkValue.from_dict(_attributes_item)
                elif _attributes_item_tag == "file":
                    attributes_item = FileValue.from_dict(_attributes_item)
                elif _attributes_item_tag == "picture":
                    attributes_item = PictureValue.from_dict(_attributes_item)
                elif _attributes_item_tag == "functionalSeriesPoint":
                    attributes_item = FunctionalSeriesPointValue.from_dict(
                        _attributes_item
                    )
                elif _attributes_item_tag == "functionalSeriesRange":
                    attributes_item = FunctionalSeriesRangeValue.from_dict(
                        _attributes_item
                    )
                elif _attributes_item_tag == "functionalGridPoint":
                    attributes_item = FunctionalGridPointValue.from_dict(
                        _attributes_item
                    )
                elif _attributes_item_tag == "functionalGridRange":
                    attributes_item = FunctionalGridRangeValue.from_dict(
                        _attributes_item
                    )
                elif _attributes_item_tag == "tabular":
                    attributes_item = TabularValue.from_dict(_attributes_item)
                else:
                    raise TypeError()
            except (TypeError, ValueError, AttributeError, KeyError):

                def _parse_attributes_item(
                    data: object,
                ) -> (
                    DateValue
                    | DiscreteValue
                    | FileValue
                    | FunctionalGridPointValue
                    | FunctionalGridRangeValue
                    | FunctionalSeriesPointValue
                    | FunctionalSeriesRangeValue
                    | HyperlinkValue
                    | IntegerValue
                    | LogicalValue
                    | LongTextValue
                    | PictureValue
                    | PointValue
                    | RangeValue
                    | ShortTextValue
                    | TabularValue
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attribute_value_type_0 = PointValue.from_dict(
                            data
                        )

                        return componentsschemas_attribute_value_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attribute_value_type_1 = RangeValue.from_dict(
                            data
                        )

                        return componentsschemas_attribute_value_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attribute_value_type_2 = (
                            DiscreteValue.from_dict(data)
                        )

                        return componentsschemas_attribute_value_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attribute_value_type_3 = (
                            IntegerValue.from_dict(data)
                        )

                        return componentsschemas_attribute_value_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attribute_value_type_4 = (
                            LogicalValue.from_dict(data)
                        )

                        return componentsschemas_attribute_value_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attribute_value_type_5 = DateValue.from_dict(
                            data
                        )

                        return componentsschemas_attribute_value_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attribute_value_type_6 = (
                            ShortTextValue.from_dict(data)
                        )

                        return componentsschemas_attribute_value_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attribute_value_type_7 = (
                            LongTextValue.from_dict(data)
                        )

                        return componentsschemas_attribute_value_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attribute_value_type_8 = (
                            HyperlinkValue.from_dict(data)
                        )

                        return componentsschemas_attribute_value_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attribute_value_type_9 = FileValue.from_dict(
                            data
                        )

                        return componentsschemas_attribute_value_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attribute_value_type_10 = (
                            PictureValue.from_dict(data)
                        )

                        return componentsschemas_attribute_value_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attribute_value_type_11 = (
                            FunctionalSeriesPointValue.from_dict(data)
                        )

                        return componentsschemas_attribute_value_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attribute_value_type_12 = (
                            FunctionalSeriesRangeValue.from_dict(data)
                        )

                        return componentsschemas_attribute_value_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attribute_value_type_13 = (
                            FunctionalGridPointValue.from_dict(data)
                        )

                        return componentsschemas_attribute_value_type_13
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attribute_value_type_14 = (
                            FunctionalGridRangeValue.from_dict(data)
                        )

                        return componentsschemas_attribute_value_type_14
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_attribute_value_type_15 = TabularValue.from_dict(
                        data
                    )

                    return componentsschemas_attribute_value_type_15

                attributes_item = _parse_attributes_item(_attributes_item)

            attributes.append(attributes_item)

        links = [
            RecordLinks.from_dict(links_item_data)
            for links_item_data in src_dict["links"]
        ]

        _error = src_dict["error"]
        error: None | Problem
        if _error is None:
            error = _error
        else:
            try:
                if not isinstance(_error, dict):
                    raise TypeError()
                error_type_0 = Problem.from_dict(_error)

                error = error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                error = _error

        _meta_attributes = src_dict.get("metaAttributes", UNSET)
        meta_attributes: list[MetaAttributeValues] | Unset = UNSET
        if _meta_attributes is not UNSET:
            meta_attributes = [
                MetaAttributeValues.from_dict(meta_attributes_item_data)
                for meta_attributes_item_data in _meta_attributes
            ]

        _properties = src_dict.get("properties", UNSET)
        properties: None | RecordProperties | Unset
        if _properties is None or _properties is UNSET:
            properties = _properties
        else:
            try:
                if not isinstance(_properties, dict):
                    raise TypeError()
                properties_type_0 = RecordProperties.from_dict(_properties)

                properties = properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                properties = _properties

        _data_revisions = src_dict.get("dataRevisions", UNSET)
        data_revisions: list[DataRevision] | Unset = UNSET
        if _data_revisions is not UNSET:
            data_revisions = [
                DataRevision.from_dict(data_revisions_item_data)
                for data_revisions_item_data in _data_revisions
            ]

        if cls is ExportResult:
            export_result = _new_instance(cls)
            export_result.status = status
            export_result.record = record
            export_result.attributes = attributes
            export_result.links = links
            export_result.error = error
            export_result.meta_attributes = meta_attributes
            export_result.properties = properties
            export_result.data_revisions = data_revisions
            export_result.additional_properties = {}
        else:
            export_result = cls(
                status,
                record,
                attributes,
                links,
                error,
                meta_attributes,
                properties,
                data_revisions,
            )

        if len(src_dict) != 5 + (meta_attributes is not UNSET) + (
            properties is not UNSET
        ) + (data_revisions is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            export_result.additional_properties = d

        return export_result

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
