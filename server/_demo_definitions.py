"""Definition details of the demo's parameterised, functional and tabular attributes (JSON).

Stored with each attribute definition: multi-valued flags, parameters (database units), the
functional y-axis name and tabular columns.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "BY_TEMPERATURE",
    "COMPATIBLE_POLYMERS",
    "COMPOSITION",
    "FATIGUE_STRENGTH",
    "HEAT_TREATMENT_STEPS",
    "RESTRICTED_SUBSTANCES",
    "STRESS_STRAIN",
    "THERMAL_EXPANSION",
]


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
        _temperature([20.0, 100.0, 200.0], 20.0),
    ],
}
THERMAL_EXPANSION: dict[str, Any] = {
    "axisName": "Thermal strain",
    "parameters": [_temperature([], 20.0)],
}


def _dimensionless(name: str, scale: str) -> dict[str, Any]:
    return {
        "name": name,
        "dataType": "numeric",
        "unit": None,
        "restricted": False,
        "values": [],
        "defaultValue": None,
        "interpolationType": "Linear",
        "scaleType": scale,
    }


FATIGUE_STRENGTH: dict[str, Any] = {
    "axisName": "Stress amplitude",
    "parameters": [_dimensionless("Cycles", "Log"), _dimensionless("Stress ratio", "Linear")],
}


def _column(
    name: str, code: str, unit: str | None = None, linked: bool = False, values: Any = None
) -> dict[str, Any]:
    column: dict[str, Any] = {"name": name, "typeCode": code, "unit": unit, "isLinked": linked}
    if values is not None:
        column["discreteValues"] = list(values)
    return column


HEAT_TREATMENT_STEPS: dict[str, Any] = {
    "columns": [
        _column("Step", "STXT"),
        _column("Temperature", "POIN", "degC"),
        _column("Duration", "POIN", "h"),
        _column("Atmosphere", "DISC", values=("Air", "Vacuum", "Argon", "Nitrogen")),
    ],
    "linkingAttribute": None,
    "linkingTable": None,
}
CHARACTERIZATION: dict[str, Any] = {
    "columns": [
        _column("Order", "INPT"),
        _column("Date", "DTTM"),
        _column("Technique", "DISC", values=("Electron microscopy", "Light microscopy", "Other")),
        _column("Technique (other)", "STXT"),
        _column("Non-destructive?", "LOGI"),
        _column("Image", "PICT"),
        _column("Raw data", "FILE"),
        _column("Data on server", "HLNK"),
        _column("Temperature", "POIN", "K"),
        _column("Notes", "LTXT"),
        _column("Grain size", "RNGE", "mm"),
    ],
    "linkingAttribute": None,
    "linkingTable": None,
}
COMPATIBLE_POLYMERS: dict[str, Any] = {
    "columns": [
        _column("Polymer family", "DISC", linked=True),
        _column("Density", "POIN", "kg/m^3", linked=True),
        _column("Rating", "DISC", values=("Good", "Fair", "Poor")),
    ],
    "linkingAttribute": "Designation",
    "linkingTable": "Polymers",
}
RESTRICTED_SUBSTANCES: dict[str, Any] = {
    "columns": [
        _column("Substance", "STXT"),
        _column("CAS number", "STXT"),
        _column("Concentration", "POIN", "wt%"),
    ],
    "linkingAttribute": None,
    "linkingTable": None,
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
