"""Definition details of the demo's parameterised, functional and tabular attributes (JSON).

Stored with each attribute definition: multi-valued flags, parameters (database units), the
functional y-axis name and tabular columns.
"""

from __future__ import annotations

from typing import Any

__all__ = ["BY_TEMPERATURE", "COMPOSITION", "STRESS_STRAIN"]


def _temperature(values: list[float], default: float) -> dict[str, Any]:
    return {
        "name": "Temperature",
        "dataType": "numeric",
        "unit": "degC",
        "restricted": False,
        "values": values,
        "defaultValue": default,
        "interpolationType": "Linear",
        "scaleType": "Linear",
    }


BY_TEMPERATURE: dict[str, Any] = {
    "isMultivalued": True,
    "parameters": [_temperature([20.0, 100.0, 200.0, 300.0, 400.0], 20.0)],
}
STRESS_STRAIN: dict[str, Any] = {
    "axisName": "Stress",
    "parameters": [
        {
            "name": "Strain",
            "dataType": "numeric",
            "unit": "%",
            "restricted": False,
            "values": [],
            "defaultValue": None,
            "interpolationType": "Linear",
            "scaleType": "Linear",
        },
        _temperature([20.0, 200.0], 20.0),
    ],
}
COMPOSITION: dict[str, Any] = {
    "columns": [
        {"name": "Element", "typeCode": "STXT", "unit": None, "isLinked": False},
        {"name": "Mass fraction", "typeCode": "POIN", "unit": "%", "isLinked": False},
        {
            "name": "Role",
            "typeCode": "DISC",
            "unit": None,
            "isLinked": False,
            "discreteValues": ["Base", "Alloying", "Impurity"],
        },
    ],
    "linkingAttribute": None,
    "linkingTable": None,
}
