from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tabular_date_cell import TabularDateCell
    from ..models.tabular_discrete_cell import TabularDiscreteCell
    from ..models.tabular_file_cell import TabularFileCell
    from ..models.tabular_hyperlink_cell import TabularHyperlinkCell
    from ..models.tabular_integer_cell import TabularIntegerCell
    from ..models.tabular_logical_cell import TabularLogicalCell
    from ..models.tabular_long_text_cell import TabularLongTextCell
    from ..models.tabular_picture_cell import TabularPictureCell
    from ..models.tabular_point_cell import TabularPointCell
    from ..models.tabular_range_cell import TabularRangeCell
    from ..models.tabular_short_text_cell import TabularShortTextCell

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global TabularDateCell
    global TabularDiscreteCell
    global TabularFileCell
    global TabularHyperlinkCell
    global TabularIntegerCell
    global TabularLogicalCell
    global TabularLongTextCell
    global TabularPictureCell
    global TabularPointCell
    global TabularRangeCell
    global TabularShortTextCell
    from ..models.tabular_date_cell import TabularDateCell
    from ..models.tabular_discrete_cell import TabularDiscreteCell
    from ..models.tabular_file_cell import TabularFileCell
    from ..models.tabular_hyperlink_cell import TabularHyperlinkCell
    from ..models.tabular_integer_cell import TabularIntegerCell
    from ..models.tabular_logical_cell import TabularLogicalCell
    from ..models.tabular_long_text_cell import TabularLongTextCell
    from ..models.tabular_picture_cell import TabularPictureCell
    from ..models.tabular_point_cell import TabularPointCell
    from ..models.tabular_range_cell import TabularRangeCell
    from ..models.tabular_short_text_cell import TabularShortTextCell

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="TabularLinkedCellValue")

_PROPERTY_NAMES = frozenset(
    (
        "historyGuid",
        "value",
    )
)


@_attrs_define
class TabularLinkedCellValue:
    """The value one linked record holds for a linked column (null when it has none).

    Attributes:
        history_guid (str):
        value (None | TabularDateCell | TabularDiscreteCell | TabularFileCell | TabularHyperlinkCell |
            TabularIntegerCell | TabularLogicalCell | TabularLongTextCell | TabularPictureCell | TabularPointCell |
            TabularRangeCell | TabularShortTextCell):
    """

    history_guid: str
    value: (
        None
        | TabularDateCell
        | TabularDiscreteCell
        | TabularFileCell
        | TabularHyperlinkCell
        | TabularIntegerCell
        | TabularLogicalCell
        | TabularLongTextCell
        | TabularPictureCell
        | TabularPointCell
        | TabularRangeCell
        | TabularShortTextCell
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        history_guid = self.history_guid

        value: dict[str, Any] | None
        if (
            isinstance(self.value, TabularPointCell)
            or isinstance(self.value, TabularRangeCell)
            or isinstance(self.value, TabularDiscreteCell)
            or isinstance(self.value, TabularIntegerCell)
            or isinstance(self.value, TabularLogicalCell)
            or isinstance(self.value, TabularDateCell)
            or isinstance(self.value, TabularShortTextCell)
            or isinstance(self.value, TabularLongTextCell)
            or isinstance(self.value, TabularHyperlinkCell)
            or isinstance(self.value, TabularPictureCell)
            or isinstance(self.value, TabularFileCell)
        ):
            value = self.value.to_dict()
        else:
            value = self.value

        field_dict: dict[str, Any] = {
            "historyGuid": history_guid,
            "value": value,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["historyGuid"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["historyGuid"]
        history_guid = _first_value

        _value = src_dict["value"]
        value: (
            None
            | TabularDateCell
            | TabularDiscreteCell
            | TabularFileCell
            | TabularHyperlinkCell
            | TabularIntegerCell
            | TabularLogicalCell
            | TabularLongTextCell
            | TabularPictureCell
            | TabularPointCell
            | TabularRangeCell
            | TabularShortTextCell
        )
        if _value is None:
            value = _value
        else:
            try:
                if not isinstance(_value, dict):
                    raise TypeError()
                _value_tag = _value.get("type")
                if _value_tag == "point":
                    value = TabularPointCell.from_dict(_value)
                elif _value_tag == "range":
                    value = TabularRangeCell.from_dict(_value)
                elif _value_tag == "discrete":
                    value = TabularDiscreteCell.from_dict(_value)
                elif _value_tag == "integer":
                    value = TabularIntegerCell.from_dict(_value)
                elif _value_tag == "logical":
                    value = TabularLogicalCell.from_dict(_value)
                elif _value_tag == "date":
                    value = TabularDateCell.from_dict(_value)
                elif _value_tag == "shortText":
                    value = TabularShortTextCell.from_dict(_value)
                elif _value_tag == "longText":
                    value = TabularLongTextCell.from_dict(_value)
                elif _value_tag == "hyperlink":
                    value = TabularHyperlinkCell.from_dict(_value)
                elif _value_tag == "picture":
                    value = TabularPictureCell.from_dict(_value)
                elif _value_tag == "file":
                    value = TabularFileCell.from_dict(_value)
                else:
                    raise TypeError()
            except (TypeError, ValueError, AttributeError, KeyError):

                def _parse_value(
                    data: object,
                ) -> (
                    None
                    | TabularDateCell
                    | TabularDiscreteCell
                    | TabularFileCell
                    | TabularHyperlinkCell
                    | TabularIntegerCell
                    | TabularLogicalCell
                    | TabularLongTextCell
                    | TabularPictureCell
                    | TabularPointCell
                    | TabularRangeCell
                    | TabularShortTextCell
                ):
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tabular_local_cell_type_0 = (
                            TabularPointCell.from_dict(data)
                        )

                        return componentsschemas_tabular_local_cell_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tabular_local_cell_type_1 = (
                            TabularRangeCell.from_dict(data)
                        )

                        return componentsschemas_tabular_local_cell_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tabular_local_cell_type_2 = (
                            TabularDiscreteCell.from_dict(data)
                        )

                        return componentsschemas_tabular_local_cell_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tabular_local_cell_type_3 = (
                            TabularIntegerCell.from_dict(data)
                        )

                        return componentsschemas_tabular_local_cell_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tabular_local_cell_type_4 = (
                            TabularLogicalCell.from_dict(data)
                        )

                        return componentsschemas_tabular_local_cell_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tabular_local_cell_type_5 = (
                            TabularDateCell.from_dict(data)
                        )

                        return componentsschemas_tabular_local_cell_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tabular_local_cell_type_6 = (
                            TabularShortTextCell.from_dict(data)
                        )

                        return componentsschemas_tabular_local_cell_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tabular_local_cell_type_7 = (
                            TabularLongTextCell.from_dict(data)
                        )

                        return componentsschemas_tabular_local_cell_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tabular_local_cell_type_8 = (
                            TabularHyperlinkCell.from_dict(data)
                        )

                        return componentsschemas_tabular_local_cell_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tabular_local_cell_type_9 = (
                            TabularPictureCell.from_dict(data)
                        )

                        return componentsschemas_tabular_local_cell_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tabular_local_cell_type_10 = (
                            TabularFileCell.from_dict(data)
                        )

                        return componentsschemas_tabular_local_cell_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        None
                        | TabularDateCell
                        | TabularDiscreteCell
                        | TabularFileCell
                        | TabularHyperlinkCell
                        | TabularIntegerCell
                        | TabularLogicalCell
                        | TabularLongTextCell
                        | TabularPictureCell
                        | TabularPointCell
                        | TabularRangeCell
                        | TabularShortTextCell,
                        data,
                    )

                value = _parse_value(_value)

        if cls is TabularLinkedCellValue:
            tabular_linked_cell_value = _new_instance(cls)
            tabular_linked_cell_value.history_guid = history_guid
            tabular_linked_cell_value.value = value
            tabular_linked_cell_value.additional_properties = {}
        else:
            tabular_linked_cell_value = cls(
                history_guid,
                value,
            )

        if len(src_dict) != 2:
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            tabular_linked_cell_value.additional_properties = d

        return tabular_linked_cell_value

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
