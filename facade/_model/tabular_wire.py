"""Tabular values from the contract's models (the write side is ``tabular_export``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generated import models
from generated.types import Unset

from .tabular import AttributeTabular, Cell, TabularRow
from .tabular_binary_cells import binary_cell_from_model, cell_class
from .tabular_cells import (
    LinkedCell,
    LocalCell,
    LocalHyperlinkValue,
    LocalPointValue,
    LocalRangeValue,
    TabularColumn,
)

if TYPE_CHECKING:  # annotations only: the models load at first use (generated.models)
    from generated.models.tabular_value import TabularValue

__all__ = ["tabular_from_model"]


def _opt(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def _local(column: TabularColumn, model: Any) -> LocalCell:
    cls = cell_class(column)
    if model is None:
        return cls(column)
    if isinstance(model, models.TabularPointCell):
        return LocalPointValue(column, model.value, _opt(model.unit))
    if isinstance(model, models.TabularRangeCell):
        return LocalRangeValue(
            column,
            _opt(model.low),
            _opt(model.high),
            unit=_opt(model.unit),
            low_value_is_inclusive=model.low_inclusive is not False,
            high_value_is_inclusive=model.high_inclusive is not False,
        )
    if isinstance(model, models.TabularPictureCell | models.TabularFileCell):
        return binary_cell_from_model(column, model)
    if isinstance(model, models.TabularHyperlinkCell):
        return LocalHyperlinkValue(
            column,
            model.url,
            hyperlink_description=_opt(model.description),
            hyperlink_display=_opt(model.display),
        )
    return cls(column, model.value)


def _linked(column: TabularColumn, model: Any) -> tuple[LinkedCell, ...]:
    if not isinstance(model, models.TabularLinkedCell):
        return ()
    cells = []
    for item in model.values:
        value = _opt(item.value)
        fields: dict[str, Any] = {}
        if value is not None:
            fields["kind"] = value.type_
            fields["unit"] = _opt(getattr(value, "unit", None))
            if isinstance(value, models.TabularRangeCell):
                fields["low"], fields["high"] = _opt(value.low), _opt(value.high)
                fields["value"] = (fields["low"], fields["high"])
            elif isinstance(value, models.TabularHyperlinkCell):
                fields["value"] = value.url
            else:
                fields["value"] = value.value
        cells.append(LinkedCell(column, item.history_guid, **fields))
    return tuple(cells)


def tabular_from_model(model: TabularValue) -> AttributeTabular:
    """The facade value of an exported tabular model."""
    columns = tuple(
        TabularColumn(
            c.name,
            str(c.type_code),
            _opt(c.unit),
            c.is_linked,
            tuple(c.discrete_values) if not isinstance(c.discrete_values, Unset) else None,
        )
        for c in _opt(model.columns) or ()
    )
    value = AttributeTabular(
        model.attribute,
        columns,
        linking_attribute=_opt(model.linking_attribute),
        linking_table=_opt(model.linking_table),
    )

    def rows(table: AttributeTabular) -> list[TabularRow]:
        built = []
        for row in model.rows:
            cells: list[Cell] = [
                _linked(column, cell) if column.is_linked else _local(column, cell)
                for column, cell in zip(columns, row.cells, strict=True)
            ]
            built.append(
                TabularRow(
                    table,
                    cells,
                    identity=_opt(row.identity),
                    linking_value=_opt(row.linking_value),
                )
            )
        return built

    targets = {
        group.linking_value: [(t.database_key, t.history_guid) for t in group.records]
        for group in _opt(model.linked_records) or ()
    }
    value.load_exported(rows, targets)
    return value
