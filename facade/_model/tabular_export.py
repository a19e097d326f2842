"""Tabular values to the contract's models, for an import (the read side is ``tabular_wire``)."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from generated import models
from generated.types import UNSET, Unset

from .tabular_binary_cells import LocalPictureValue
from .tabular_cells import (
    LocalCell,
    LocalDateValue,
    LocalDiscreteValue,
    LocalHyperlinkValue,
    LocalIntegerValue,
    LocalLogicalValue,
    LocalLongTextValue,
    LocalPointValue,
    LocalRangeValue,
    LocalShortTextValue,
)

if TYPE_CHECKING:  # annotations only
    from generated.models.hyperlink_display_known import HyperlinkDisplayKnown
    from generated.models.tabular_date_cell import TabularDateCell
    from generated.models.tabular_discrete_cell import TabularDiscreteCell
    from generated.models.tabular_file_cell import TabularFileCell
    from generated.models.tabular_hyperlink_cell import TabularHyperlinkCell
    from generated.models.tabular_integer_cell import TabularIntegerCell
    from generated.models.tabular_logical_cell import TabularLogicalCell
    from generated.models.tabular_long_text_cell import TabularLongTextCell
    from generated.models.tabular_picture_cell import TabularPictureCell
    from generated.models.tabular_point_cell import TabularPointCell
    from generated.models.tabular_range_cell import TabularRangeCell
    from generated.models.tabular_short_text_cell import TabularShortTextCell
    from generated.models.tabular_value import TabularValue

    CellModel = (
        TabularPointCell
        | TabularRangeCell
        | TabularDiscreteCell
        | TabularIntegerCell
        | TabularLogicalCell
        | TabularDateCell
        | TabularShortTextCell
        | TabularLongTextCell
        | TabularHyperlinkCell
        | TabularPictureCell
        | TabularFileCell
    )


__all__ = ["tabular_to_model"]


def _display(value: str | None) -> HyperlinkDisplayKnown | str | Unset:
    if not value:
        return UNSET
    try:
        return models.HyperlinkDisplayKnown(value)
    except ValueError:
        return value


def _cell_model(cell: LocalCell) -> CellModel | None:
    if cell.is_empty():
        return None
    if isinstance(cell, LocalPictureValue):
        return cell._to_model()
    value = cell.value
    if isinstance(cell, LocalPointValue):
        return models.TabularPointCell(type_="point", value=value, unit=cell.unit)
    if isinstance(cell, LocalRangeValue):
        return models.TabularRangeCell(
            type_="range",
            low=cell.low,
            high=cell.high,
            low_inclusive=cell.low_value_is_inclusive,
            high_inclusive=cell.high_value_is_inclusive,
            unit=cell.unit,
        )
    if isinstance(cell, LocalHyperlinkValue):
        return models.TabularHyperlinkCell(
            type_="hyperlink",
            url=value,
            description=cell.hyperlink_description
            if cell.hyperlink_description is not None
            else UNSET,
            display=_display(cell.hyperlink_display),
        )
    if isinstance(cell, LocalDiscreteValue):
        return models.TabularDiscreteCell(type_="discrete", value=value)
    if isinstance(cell, LocalIntegerValue):
        return models.TabularIntegerCell(type_="integer", value=value)
    if isinstance(cell, LocalLogicalValue):
        return models.TabularLogicalCell(type_="logical", value=value)
    if isinstance(cell, LocalDateValue):
        assert isinstance(value, datetime.date)
        return models.TabularDateCell(type_="date", value=value)
    if isinstance(cell, LocalLongTextValue):
        return models.TabularLongTextCell(type_="longText", value=value)
    if isinstance(cell, LocalShortTextValue):
        return models.TabularShortTextCell(type_="shortText", value=value)
    raise ValueError(f"cannot write a {type(cell).__name__}")


def tabular_to_model(value: Any) -> TabularValue:
    """The contract's model of a tabular value, for an import (linked cells are left out)."""
    rows = []
    for row in value.rows:
        cells: list[Any] = [
            None if isinstance(cell, tuple) else _cell_model(cell) for cell in row.cells
        ]
        rows.append(
            models.TabularRow(
                cells=cells,
                identity=row.identity if row.identity is not None else UNSET,
                linking_value=row.linking_value,
            )
        )
    return models.TabularValue(
        type_="tabular",
        attribute=value.name,
        rows=rows,
        destructive=value.destructively_edited,
    )
