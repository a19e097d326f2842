from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tabular_date_cell import TabularDateCell
    from ..models.tabular_discrete_cell import TabularDiscreteCell
    from ..models.tabular_file_cell import TabularFileCell
    from ..models.tabular_hyperlink_cell import TabularHyperlinkCell
    from ..models.tabular_integer_cell import TabularIntegerCell
    from ..models.tabular_linked_cell import TabularLinkedCell
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
    global TabularLinkedCell
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
    from ..models.tabular_linked_cell import TabularLinkedCell
    from ..models.tabular_logical_cell import TabularLogicalCell
    from ..models.tabular_long_text_cell import TabularLongTextCell
    from ..models.tabular_picture_cell import TabularPictureCell
    from ..models.tabular_point_cell import TabularPointCell
    from ..models.tabular_range_cell import TabularRangeCell
    from ..models.tabular_short_text_cell import TabularShortTextCell

    _LAZY_IMPORTED = True


_new_instance = object.__new__


T = TypeVar("T", bound="TabularRow")

_PROPERTY_NAMES = frozenset(
    (
        "cells",
        "identity",
        "linkingValue",
    )
)


@_attrs_define
class TabularRow:
    """One row: `cells` has one entry per column in column order (null: empty). `identity` is
    the row's lasting id; absent or null on import adds a row.

        Attributes:
            cells (list[None | TabularDateCell | TabularDiscreteCell | TabularFileCell | TabularHyperlinkCell |
                TabularIntegerCell | TabularLinkedCell | TabularLogicalCell | TabularLongTextCell | TabularPictureCell |
                TabularPointCell | TabularRangeCell | TabularShortTextCell]):
            identity (int | None | Unset):
            linking_value (None | str | Unset):
    """

    cells: list[
        None
        | TabularDateCell
        | TabularDiscreteCell
        | TabularFileCell
        | TabularHyperlinkCell
        | TabularIntegerCell
        | TabularLinkedCell
        | TabularLogicalCell
        | TabularLongTextCell
        | TabularPictureCell
        | TabularPointCell
        | TabularRangeCell
        | TabularShortTextCell
    ]
    identity: int | None | Unset = UNSET
    linking_value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        cells = []
        for cells_item_data in self.cells:
            cells_item: dict[str, Any] | None
            if (
                isinstance(cells_item_data, TabularPointCell)
                or isinstance(cells_item_data, TabularRangeCell)
                or isinstance(cells_item_data, TabularDiscreteCell)
                or isinstance(cells_item_data, TabularIntegerCell)
                or isinstance(cells_item_data, TabularLogicalCell)
                or isinstance(cells_item_data, TabularDateCell)
                or isinstance(cells_item_data, TabularShortTextCell)
                or isinstance(cells_item_data, TabularLongTextCell)
                or isinstance(cells_item_data, TabularHyperlinkCell)
                or isinstance(cells_item_data, TabularPictureCell)
                or isinstance(cells_item_data, TabularFileCell)
                or isinstance(cells_item_data, TabularLinkedCell)
            ):
                cells_item = cells_item_data.to_dict()
            else:
                cells_item = cells_item_data
            cells.append(cells_item)

        identity: int | None | Unset
        if isinstance(self.identity, Unset):
            identity = UNSET
        else:
            identity = self.identity

        linking_value: None | str | Unset
        if isinstance(self.linking_value, Unset):
            linking_value = UNSET
        else:
            linking_value = self.linking_value

        field_dict: dict[str, Any] = {
            "cells": cells,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if identity is not UNSET:
            field_dict["identity"] = identity
        if linking_value is not UNSET:
            field_dict["linkingValue"] = linking_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["cells"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["cells"]
        cells = []
        _cells = _first_value
        for cells_item_data in _cells:
            _cells_item = cells_item_data
            cells_item: (
                None
                | TabularDateCell
                | TabularDiscreteCell
                | TabularFileCell
                | TabularHyperlinkCell
                | TabularIntegerCell
                | TabularLinkedCell
                | TabularLogicalCell
                | TabularLongTextCell
                | TabularPictureCell
                | TabularPointCell
                | TabularRangeCell
                | TabularShortTextCell
            )
            if _cells_item is None:
                cells_item = _cells_item
            else:
                try:
                    if not isinstance(_cells_item, dict):
                        raise TypeError()
                    _cells_item_tag = _cells_item.get("type")
                    if _cells_item_tag == "point":
                        cells_item = TabularPointCell.from_dict(_cells_item)
                    elif _cells_item_tag == "range":
                        cells_item = TabularRangeCell.from_dict(_cells_item)
                    elif _cells_item_tag == "discrete":
                        cells_item = TabularDiscreteCell.from_dict(_cells_item)
                    elif _cells_item_tag == "integer":
                        cells_item = TabularIntegerCell.from_dict(_cells_item)
                    elif _cells_item_tag == "logical":
                        cells_item = TabularLogicalCell.from_dict(_cells_item)
                    elif _cells_item_tag == "date":
                        cells_item = TabularDateCell.from_dict(_cells_item)
                    elif _cells_item_tag == "shortText":
                        cells_item = TabularShortTextCell.from_dict(_cells_item)
                    elif _cells_item_tag == "longText":
                        cells_item = TabularLongTextCell.from_dict(_cells_item)
                    elif _cells_item_tag == "hyperlink":
                        cells_item = TabularHyperlinkCell.from_dict(_cells_item)
                    elif _cells_item_tag == "picture":
                        cells_item = TabularPictureCell.from_dict(_cells_item)
                    elif _cells_item_tag == "file":
                        cells_item = TabularFileCell.from_dict(_cells_item)
                    elif _cells_item_tag == "linked":
                        cells_item = TabularLinkedCell.from_dict(_cells_item)
                    else:
                        raise TypeError()
                except (TypeError, ValueError, AttributeError, KeyError):

                    def _parse_cells_item(
                        data: object,
                    ) -> (
                        None
                        | TabularDateCell
                        | TabularDiscreteCell
                        | TabularFileCell
                        | TabularHyperlinkCell
                        | TabularIntegerCell
                        | TabularLinkedCell
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
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_tabular_cell_type_1 = (
                                TabularLinkedCell.from_dict(data)
                            )

                            return componentsschemas_tabular_cell_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(
                            None
                            | TabularDateCell
                            | TabularDiscreteCell
                            | TabularFileCell
                            | TabularHyperlinkCell
                            | TabularIntegerCell
                            | TabularLinkedCell
                            | TabularLogicalCell
                            | TabularLongTextCell
                            | TabularPictureCell
                            | TabularPointCell
                            | TabularRangeCell
                            | TabularShortTextCell,
                            data,
                        )

                    cells_item = _parse_cells_item(_cells_item)

            cells.append(cells_item)

        identity: int | None | Unset = src_dict.get("identity", UNSET)

        linking_value: None | str | Unset = src_dict.get("linkingValue", UNSET)

        if cls is TabularRow:
            tabular_row = _new_instance(cls)
            tabular_row.cells = cells
            tabular_row.identity = identity
            tabular_row.linking_value = linking_value
            tabular_row.additional_properties = {}
        else:
            tabular_row = cls(
                cells,
                identity,
                linking_value,
            )

        if len(src_dict) != 1 + (identity is not UNSET) + (linking_value is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            tabular_row.additional_properties = d

        return tabular_row

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
