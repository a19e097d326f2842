"""Empty functional and tabular values made from their attribute definitions."""

from __future__ import annotations

from typing import Any

from .functional import AttributeFunctionalSeriesPoint
from .functional_parameters import FunctionalValueParameter
from .tabular import AttributeTabular
from .tabular_cells import TabularColumn
from .value_base import AttributeValue

__all__ = ["empty_structured_value"]


def _parameter(parameter: Any) -> FunctionalValueParameter:
    data_type = str(parameter.data_type).lower()
    return FunctionalValueParameter(
        parameter.name,
        parameter.unit,
        data_type=data_type if data_type in ("numeric", "discrete") else "numeric",
        inherited={
            "default_value": parameter.default_value,
            "interpolation_type": parameter.interpolation_type,
            "axis_scale_type": parameter.axis_scale_type,
        },
    )


def empty_structured_value(definition: Any) -> AttributeValue:
    """An empty value for a functional (a series of points) or tabular definition."""
    if definition.kind == "functional":
        parameters = [_parameter(p) for p in definition.parameters.values()]
        if not parameters:
            raise ValueError(f"functional attribute {definition.name!r} has no parameters")
        return AttributeFunctionalSeriesPoint(
            definition.name,
            x_axis=parameters[0].name,
            unit=definition.unit,
            parameters=parameters,
        )
    columns = [
        TabularColumn(
            name,
            code,
            unit,
            is_linked=code == "",
            discrete_values=tuple(definition.discrete_values[name])
            if name in definition.discrete_values
            else None,
        )
        for name, code, unit in zip(
            definition.columns, definition.column_types, definition.column_units, strict=True
        )
    ]
    return AttributeTabular(
        definition.name,
        columns,
        linking_attribute=definition.linking_attribute,
        linking_table=definition.linking_table,
    )
