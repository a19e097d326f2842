"""``FunctionalTableView``: functional data as a read-only table (the legacy layout)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .functional_parameters import FunctionalValueParameter

__all__ = ["FunctionalTableView"]


def _header(name: str, unit: str | None) -> str:
    return f"{name} [{unit}]" if unit else name


@dataclass(frozen=True)
class FunctionalTableView:
    """Rows of 'Y min', 'Y max', x, the other parameters, 'Estimated point?' (+ 'Series number').

    Point data repeats y in 'Y min' and 'Y max'. Every accessor returns new lists, so editing
    them changes nothing.
    """

    name: str
    unit: str | None
    x_axis: str
    parameters: tuple[FunctionalValueParameter, ...]
    curves: tuple[Any, ...]
    with_series_numbers: bool

    def _others(self) -> list[FunctionalValueParameter]:
        return [p for p in self.parameters if p.name != self.x_axis]

    @property
    def column_headers(self) -> list[str]:
        """The column names, with units."""
        by_name = {p.name: p for p in self.parameters}
        headers = [
            f"Y min ({_header(self.name, self.unit)})",
            f"Y max ({_header(self.name, self.unit)})",
            _header(self.x_axis, by_name[self.x_axis].unit),
            *(_header(p.name, p.unit) for p in self._others()),
            "Estimated point?",
        ]
        return [*headers, "Series number"] if self.with_series_numbers else headers

    @property
    def parameter_column_index(self) -> dict[str, int]:
        """The column index of each parameter (x axis included)."""
        names = [self.x_axis, *(p.name for p in self._others())]
        return {name: 2 + index for index, name in enumerate(names)}

    def _rows(self, numbered: bool) -> list[list[Any]]:
        rows: list[list[Any]] = []
        others = self._others()
        for number, curve in enumerate(self.curves, start=1):
            lows = curve.y_low if hasattr(curve, "y_low") else curve.y
            highs = curve.y_high if hasattr(curve, "y_high") else curve.y
            constant = {p.name: getattr(p, "value", None) for p in curve.parameters}
            per_point = {p.name: p.values for p in curve.parameters if hasattr(p, "values")}
            for index, x in enumerate(curve.x):
                values = [
                    per_point[p.name][index] if p.name in per_point else constant.get(p.name)
                    for p in others
                ]
                row = [lows[index], highs[index], x, *values, curve.is_estimated[index]]
                rows.append([*row, number] if numbered else row)
        return rows

    @property
    def table_view(self) -> list[list[Any]]:
        """One row per point."""
        return self._rows(numbered=False)

    @property
    def table_view_with_series_number(self) -> list[list[Any]]:
        """One row per point, with the 1-based series number last (series values only)."""
        if not self.with_series_numbers:
            raise ValueError("a grid has no series numbers")
        return self._rows(numbered=True)

    @property
    def data_by_column(self) -> dict[str, list[Any]]:
        """Each column's values, by header."""
        headers = self.column_headers
        rows = self._rows(numbered=self.with_series_numbers)
        return {h: [row[i] for row in rows] for i, h in enumerate(headers)}

    def __repr__(self) -> str:
        return f"<FunctionalTableView {self.name!r}: {len(self.table_view)} rows>"
