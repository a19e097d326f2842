from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_status_known import ItemStatusKnown
from ..types import UNSET, Unset

if TYPE_CHECKING:
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


T = TypeVar("T", bound="ExportResult")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.picture_value import PictureValue
        from ..models.point_value import PointValue
        from ..models.problem import Problem
        from ..models.range_value import RangeValue
        from ..models.record import Record
        from ..models.record_properties import RecordProperties
        from ..models.short_text_value import ShortTextValue

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

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        error: dict[str, Any] | None
        if isinstance(self.error, Problem):
            error = self.error.to_dict()
        else:
            error = self.error

        meta_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meta_attributes, Unset):
            meta_attributes = []
            for meta_attributes_item_data in self.meta_attributes:
                meta_attributes_item = meta_attributes_item_data.to_dict()
                meta_attributes.append(meta_attributes_item)

        properties: dict[str, Any] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, RecordProperties):
            properties = self.properties.to_dict()
        else:
            properties = self.properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "record": record,
                "attributes": attributes,
                "links": links,
                "error": error,
            }
        )
        if meta_attributes is not UNSET:
            field_dict["metaAttributes"] = meta_attributes
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        attributes = []
        _attributes = d.pop("attributes")
        for attributes_item_data in _attributes:

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
                    componentsschemas_attribute_value_type_2 = DiscreteValue.from_dict(
                        data
                    )

                    return componentsschemas_attribute_value_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_attribute_value_type_3 = IntegerValue.from_dict(
                        data
                    )

                    return componentsschemas_attribute_value_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_attribute_value_type_4 = LogicalValue.from_dict(
                        data
                    )

                    return componentsschemas_attribute_value_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_attribute_value_type_5 = DateValue.from_dict(data)

                    return componentsschemas_attribute_value_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_attribute_value_type_6 = ShortTextValue.from_dict(
                        data
                    )

                    return componentsschemas_attribute_value_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_attribute_value_type_7 = LongTextValue.from_dict(
                        data
                    )

                    return componentsschemas_attribute_value_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_attribute_value_type_8 = HyperlinkValue.from_dict(
                        data
                    )

                    return componentsschemas_attribute_value_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_attribute_value_type_9 = FileValue.from_dict(data)

                    return componentsschemas_attribute_value_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_attribute_value_type_10 = PictureValue.from_dict(
                        data
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
                componentsschemas_attribute_value_type_15 = TabularValue.from_dict(data)

                return componentsschemas_attribute_value_type_15

            attributes_item = _parse_attributes_item(attributes_item_data)

            attributes.append(attributes_item)

        links = []
        _links = d.pop("links")
        for links_item_data in _links:
            links_item = RecordLinks.from_dict(links_item_data)

            links.append(links_item)

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

        _meta_attributes = d.pop("metaAttributes", UNSET)
        meta_attributes: list[MetaAttributeValues] | Unset = UNSET
        if _meta_attributes is not UNSET:
            meta_attributes = []
            for meta_attributes_item_data in _meta_attributes:
                meta_attributes_item = MetaAttributeValues.from_dict(
                    meta_attributes_item_data
                )

                meta_attributes.append(meta_attributes_item)

        def _parse_properties(data: object) -> None | RecordProperties | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_0 = RecordProperties.from_dict(data)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordProperties | Unset, data)

        properties = _parse_properties(d.pop("properties", UNSET))

        export_result = cls(
            status=status,
            record=record,
            attributes=attributes,
            links=links,
            error=error,
            meta_attributes=meta_attributes,
            properties=properties,
        )

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
