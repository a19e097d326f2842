from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.picture_value import PictureValue
    from ..models.point_value import PointValue
    from ..models.range_value import RangeValue
    from ..models.short_text_value import ShortTextValue
    from ..models.tabular_value import TabularValue

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
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
    global PictureValue
    global PointValue
    global RangeValue
    global ShortTextValue
    global TabularValue
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
    from ..models.range_value import RangeValue
    from ..models.short_text_value import ShortTextValue
    from ..models.tabular_value import TabularValue

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="MetaAttributeValues")

_PROPERTY_NAMES = frozenset(
    (
        "attribute",
        "values",
    )
)


@_attrs_define
class MetaAttributeValues:
    """Values of meta-attributes of one parent attribute; each value's `attribute` names the meta-attribute.

    Attributes:
        attribute (str): The parent attribute.
        values (list[DateValue | DiscreteValue | FileValue | FunctionalGridPointValue | FunctionalGridRangeValue |
            FunctionalSeriesPointValue | FunctionalSeriesRangeValue | HyperlinkValue | IntegerValue | LogicalValue |
            LongTextValue | PictureValue | PointValue | RangeValue | ShortTextValue | TabularValue]):
    """

    attribute: str
    values: list[
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        attribute = self.attribute

        values = []
        for values_item_data in self.values:
            values_item: dict[str, Any]
            if (
                isinstance(values_item_data, PointValue)
                or isinstance(values_item_data, RangeValue)
                or isinstance(values_item_data, DiscreteValue)
                or isinstance(values_item_data, IntegerValue)
                or isinstance(values_item_data, LogicalValue)
                or isinstance(values_item_data, DateValue)
                or isinstance(values_item_data, ShortTextValue)
                or isinstance(values_item_data, LongTextValue)
                or isinstance(values_item_data, HyperlinkValue)
                or isinstance(values_item_data, FileValue)
                or isinstance(values_item_data, PictureValue)
                or isinstance(values_item_data, FunctionalSeriesPointValue)
                or isinstance(values_item_data, FunctionalSeriesRangeValue)
                or isinstance(values_item_data, FunctionalGridPointValue)
                or isinstance(values_item_data, FunctionalGridRangeValue)
            ):
                values_item = values_item_data.to_dict()
            else:
                values_item = values_item_data.to_dict()

            values.append(values_item)

        field_dict: dict[str, Any] = {
            "attribute": attribute,
            "values": values,
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

        values = []
        _values = src_dict["values"]
        for values_item_data in _values:
            _values_item = values_item_data
            values_item: (
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
                if not isinstance(_values_item, dict):
                    raise TypeError()
                _values_item_tag = _values_item.get("type")
                if _values_item_tag == "point":
                    values_item = PointValue.from_dict(_values_item)
                elif _values_item_tag == "range":
                    values_item = RangeValue.from_dict(_values_item)
                elif _values_item_tag == "discrete":
                    values_item = DiscreteValue.from_dict(_values_item)
                elif _values_item_tag == "integer":
                    values_item = IntegerValue.from_dict(_values_item)
                elif _values_item_tag == "logical":
                    values_item = LogicalValue.from_dict(_values_item)
                elif _values_item_tag == "date":
                    values_item = DateValue.from_dict(_values_item)
                elif _values_item_tag == "shortText":
                    values_item = ShortTextValue.from_dict(_values_item)
                elif _values_item_tag == "longText":
                    values_item = LongTextValue.from_dict(_values_item)
                elif _values_item_tag == "hyperlink":
                    values_item = HyperlinkValue.from_dict(_values_item)
                elif _values_item_tag == "file":
                    values_item = FileValue.from_dict(_values_item)
                elif _values_item_tag == "picture":
                    values_item = PictureValue.from_dict(_values_item)
                elif _values_item_tag == "functionalSeriesPoint":
                    values_item = FunctionalSeriesPointValue.from_dict(_values_item)
                elif _values_item_tag == "functionalSeriesRange":
                    values_item = FunctionalSeriesRangeValue.from_dict(_values_item)
                elif _values_item_tag == "functionalGridPoint":
                    values_item = FunctionalGridPointValue.from_dict(_values_item)
                elif _values_item_tag == "functionalGridRange":
                    values_item = FunctionalGridRangeValue.from_dict(_values_item)
                elif _values_item_tag == "tabular":
                    values_item = TabularValue.from_dict(_values_item)
                else:
                    raise TypeError()
            except (TypeError, ValueError, AttributeError, KeyError):

                def _parse_values_item(
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

                values_item = _parse_values_item(_values_item)

            values.append(values_item)

        if cls is MetaAttributeValues:
            meta_attribute_values = _new_instance(cls)
            meta_attribute_values.attribute = attribute
            meta_attribute_values.values = values
            meta_attribute_values.additional_properties = {}
        else:
            meta_attribute_values = cls(
                attribute,
                values,
            )

        if len(src_dict) != 2:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            meta_attribute_values.additional_properties = d

        return meta_attribute_values

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
