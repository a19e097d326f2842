from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.record_color_known import RecordColorKnown
from ..models.record_type_input import RecordTypeInput
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
    from ..models.meta_attribute_name import MetaAttributeName
    from ..models.meta_attribute_values import MetaAttributeValues
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
    global MetaAttributeName
    global MetaAttributeValues
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
    from ..models.meta_attribute_name import MetaAttributeName
    from ..models.meta_attribute_values import MetaAttributeValues
    from ..models.picture_value import PictureValue
    from ..models.point_value import PointValue
    from ..models.range_value import RangeValue
    from ..models.short_text_value import ShortTextValue
    from ..models.tabular_value import TabularValue

    _LAZY_IMPORTED = True


_RECORD_COLOR_KNOWN_VALUES = RecordColorKnown._value2member_map_
_RECORD_TYPE_INPUT_VALUES = RecordTypeInput._value2member_map_
_new_instance = object.__new__


T = TypeVar("T", bound="ImportItem")

_PROPERTY_NAMES = frozenset(
    (
        "databaseKey",
        "tableGuid",
        "name",
        "historyGuid",
        "parentHistoryGuid",
        "moveToRoot",
        "shortName",
        "type",
        "color",
        "attributes",
        "clearAttributes",
        "subsets",
        "metaAttributes",
        "clearMetaAttributes",
        "release",
    )
)


@_attrs_define
class ImportItem:
    """
    Attributes:
        database_key (str):
        table_guid (str):
        name (str):
        history_guid (None | str | Unset): The record to update; absent or null creates a record.
        parent_history_guid (None | str | Unset): The parent folder or record; absent or null is the table root for a
            new record
            and the current parent for an update. An update that changes only the parent
            (or `moveToRoot`) moves the record without making a new version.
        move_to_root (bool | Unset): Move an existing record to the root of its table (without parentHistoryGuid).
            Default: False.
        short_name (str | Unset):
        type_ (RecordTypeInput | Unset):
        color (RecordColorKnown | Unset):
        attributes (list[DateValue | DiscreteValue | FileValue | FunctionalGridPointValue | FunctionalGridRangeValue |
            FunctionalSeriesPointValue | FunctionalSeriesRangeValue | HyperlinkValue | IntegerValue | LogicalValue |
            LongTextValue | PictureValue | PointValue | RangeValue | ShortTextValue | TabularValue] | Unset):
        clear_attributes (list[str] | Unset):
        subsets (list[str] | Unset): The subsets of the table the record belongs to afterwards (replacing its current
            ones); its ancestors join them too, and removing the record from a subset removes
            its descendants. Absent: unchanged for an update, the table's default subset for
            a new record.
        meta_attributes (list[MetaAttributeValues] | Unset): Meta-attribute values to write, grouped by parent
            attribute.
        clear_meta_attributes (list[MetaAttributeName] | Unset): Meta-attribute values to remove.
        release (bool | Unset): Release the resulting version (version-controlled tables). Default: False.
    """

    database_key: str
    table_guid: str
    name: str
    history_guid: None | str | Unset = UNSET
    parent_history_guid: None | str | Unset = UNSET
    move_to_root: bool | Unset = False
    short_name: str | Unset = UNSET
    type_: RecordTypeInput | Unset = UNSET
    color: RecordColorKnown | Unset = UNSET
    attributes: (
        list[
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
        | Unset
    ) = UNSET
    clear_attributes: list[str] | Unset = UNSET
    subsets: list[str] | Unset = UNSET
    meta_attributes: list[MetaAttributeValues] | Unset = UNSET
    clear_meta_attributes: list[MetaAttributeName] | Unset = UNSET
    release: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        database_key = self.database_key

        table_guid = self.table_guid

        name = self.name

        history_guid: None | str | Unset
        if isinstance(self.history_guid, Unset):
            history_guid = UNSET
        else:
            history_guid = self.history_guid

        parent_history_guid: None | str | Unset
        if isinstance(self.parent_history_guid, Unset):
            parent_history_guid = UNSET
        else:
            parent_history_guid = self.parent_history_guid

        move_to_root = self.move_to_root

        short_name = self.short_name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        color: str | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color.value

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
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

        clear_attributes: list[str] | Unset = UNSET
        if not isinstance(self.clear_attributes, Unset):
            clear_attributes = self.clear_attributes

        subsets: list[str] | Unset = UNSET
        if not isinstance(self.subsets, Unset):
            subsets = self.subsets

        meta_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meta_attributes, Unset):
            meta_attributes = [
                meta_attributes_item_data.to_dict()
                for meta_attributes_item_data in self.meta_attributes
            ]

        clear_meta_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clear_meta_attributes, Unset):
            clear_meta_attributes = [
                clear_meta_attributes_item_data.to_dict()
                for clear_meta_attributes_item_data in self.clear_meta_attributes
            ]

        release = self.release

        field_dict: dict[str, Any] = {
            "databaseKey": database_key,
            "tableGuid": table_guid,
            "name": name,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if history_guid is not UNSET:
            field_dict["historyGuid"] = history_guid
        if parent_history_guid is not UNSET:
            field_dict["parentHistoryGuid"] = parent_history_guid
        if move_to_root is not UNSET:
            field_dict["moveToRoot"] = move_to_root
        if short_name is not UNSET:
            field_dict["shortName"] = short_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if color is not UNSET:
            field_dict["color"] = color
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if clear_attributes is not UNSET:
            field_dict["clearAttributes"] = clear_attributes
        if subsets is not UNSET:
            field_dict["subsets"] = subsets
        if meta_attributes is not UNSET:
            field_dict["metaAttributes"] = meta_attributes
        if clear_meta_attributes is not UNSET:
            field_dict["clearMetaAttributes"] = clear_meta_attributes
        if release is not UNSET:
            field_dict["release"] = release

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["databaseKey"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["databaseKey"]
        database_key = _first_value

        table_guid = src_dict["tableGuid"]

        name = src_dict["name"]

        history_guid: None | str | Unset = src_dict.get("historyGuid", UNSET)

        parent_history_guid: None | str | Unset = src_dict.get(
            "parentHistoryGuid", UNSET
        )

        move_to_root = src_dict.get("moveToRoot", UNSET)

        short_name = src_dict.get("shortName", UNSET)

        _type_ = src_dict.get("type", UNSET)
        type_: RecordTypeInput | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = _RECORD_TYPE_INPUT_VALUES.get(_type_)
            except TypeError:  # unhashable: not a member
                type_ = None
            if type_ is None:
                type_ = RecordTypeInput(_type_)

        _color = src_dict.get("color", UNSET)
        color: RecordColorKnown | Unset
        if _color is UNSET:
            color = UNSET
        else:
            try:
                color = _RECORD_COLOR_KNOWN_VALUES.get(_color)
            except TypeError:  # unhashable: not a member
                color = None
            if color is None:
                color = RecordColorKnown(_color)

        _attributes = src_dict.get("attributes", UNSET)
        attributes: (
            list[
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
            | Unset
        ) = UNSET
        if _attributes is not UNSET:
            attributes = []
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
                            componentsschemas_attribute_value_type_0 = (
                                PointValue.from_dict(data)
                            )

                            return componentsschemas_attribute_value_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_attribute_value_type_1 = (
                                RangeValue.from_dict(data)
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
                            componentsschemas_attribute_value_type_5 = (
                                DateValue.from_dict(data)
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
                            componentsschemas_attribute_value_type_9 = (
                                FileValue.from_dict(data)
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
                        componentsschemas_attribute_value_type_15 = (
                            TabularValue.from_dict(data)
                        )

                        return componentsschemas_attribute_value_type_15

                    attributes_item = _parse_attributes_item(_attributes_item)

                attributes.append(attributes_item)

        clear_attributes = cast(list[str], src_dict.get("clearAttributes", UNSET))

        subsets = cast(list[str], src_dict.get("subsets", UNSET))

        _meta_attributes = src_dict.get("metaAttributes", UNSET)
        meta_attributes: list[MetaAttributeValues] | Unset = UNSET
        if _meta_attributes is not UNSET:
            meta_attributes = [
                MetaAttributeValues.from_dict(meta_attributes_item_data)
                for meta_attributes_item_data in _meta_attributes
            ]

        _clear_meta_attributes = src_dict.get("clearMetaAttributes", UNSET)
        clear_meta_attributes: list[MetaAttributeName] | Unset = UNSET
        if _clear_meta_attributes is not UNSET:
            clear_meta_attributes = [
                MetaAttributeName.from_dict(clear_meta_attributes_item_data)
                for clear_meta_attributes_item_data in _clear_meta_attributes
            ]

        release = src_dict.get("release", UNSET)

        if cls is ImportItem:
            import_item = _new_instance(cls)
            import_item.database_key = database_key
            import_item.table_guid = table_guid
            import_item.name = name
            import_item.history_guid = history_guid
            import_item.parent_history_guid = parent_history_guid
            import_item.move_to_root = move_to_root
            import_item.short_name = short_name
            import_item.type_ = type_
            import_item.color = color
            import_item.attributes = attributes
            import_item.clear_attributes = clear_attributes
            import_item.subsets = subsets
            import_item.meta_attributes = meta_attributes
            import_item.clear_meta_attributes = clear_meta_attributes
            import_item.release = release
            import_item.additional_properties = {}
        else:
            import_item = cls(
                database_key,
                table_guid,
                name,
                history_guid,
                parent_history_guid,
                move_to_root,
                short_name,
                type_,
                color,
                attributes,
                clear_attributes,
                subsets,
                meta_attributes,
                clear_meta_attributes,
                release,
            )

        if len(src_dict) != 3 + (history_guid is not UNSET) + (
            parent_history_guid is not UNSET
        ) + (move_to_root is not UNSET) + (short_name is not UNSET) + (
            type_ is not UNSET
        ) + (color is not UNSET) + (attributes is not UNSET) + (
            clear_attributes is not UNSET
        ) + (subsets is not UNSET) + (meta_attributes is not UNSET) + (
            clear_meta_attributes is not UNSET
        ) + (release is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            import_item.additional_properties = d

        return import_item

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
