"""The public names of functional and tabular values, in one place for the package root."""

from __future__ import annotations

from .functional import (
    AttributeFunctionalGridPoint,
    AttributeFunctionalGridRange,
    AttributeFunctionalSeriesPoint,
    AttributeFunctionalSeriesRange,
    FunctionalValue,
)
from .functional_data import (
    GraphDecoration,
    GridParameterValues,
    GridPoint,
    GridRange,
    SeriesParameterValue,
    SeriesPoint,
    SeriesRange,
)
from .functional_parameters import FunctionalValueParameter
from .functional_table import FunctionalTableView
from .tabular import AttributeTabular, TabularRow
from .tabular_cells import (
    LinkedCell,
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
    TabularColumn,
)

__all__ = [
    "AttributeFunctionalGridPoint",
    "AttributeFunctionalGridRange",
    "AttributeFunctionalSeriesPoint",
    "AttributeFunctionalSeriesRange",
    "AttributeTabular",
    "FunctionalTableView",
    "FunctionalValue",
    "FunctionalValueParameter",
    "GraphDecoration",
    "GridParameterValues",
    "GridPoint",
    "GridRange",
    "LinkedCell",
    "LocalCell",
    "LocalDateValue",
    "LocalDiscreteValue",
    "LocalHyperlinkValue",
    "LocalIntegerValue",
    "LocalLogicalValue",
    "LocalLongTextValue",
    "LocalPointValue",
    "LocalRangeValue",
    "LocalShortTextValue",
    "SeriesParameterValue",
    "SeriesPoint",
    "SeriesRange",
    "TabularColumn",
    "TabularRow",
]
