"""Deterministic functional and tabular demo values (stored form: database units, no attribute).

Stress-strain curves have an elastic line up to yield, then work hardening, one curve per
temperature; thermal expansion rises with temperature; fatigue strength falls with cycles
(a grid with a stress ratio per point). Tabular values: heat treatment steps (local) and
compatible polymers linked to the Polymers table by designation.
"""

from __future__ import annotations

from typing import Any

__all__ = ["structured_value"]

CURVE_TEMPERATURES = (20.0, 100.0, 200.0)
ATMOSPHERES = ("Air", "Vacuum", "Argon", "Nitrogen")
RATINGS = ("Good", "Fair", "Poor")
POLYMER_DESIGNATIONS = ("TP-1017", "TS-1017", "EL-1017", "TP-1034")
_SUBSTANCES = (
    ("Lead", "7439-92-1", 0.08),
    ("Cadmium", "7440-43-9", 0.005),
    ("Bis(2-ethylhexyl) phthalate", "117-81-7", 0.09),
    ("Hexabromocyclododecane", "25637-99-4", 0.02),
)


def _settings(*names_units: tuple[str, str | None]) -> list[dict[str, Any]]:
    return [
        {"name": name, "dataType": "numeric", **({"unit": unit} if unit else {})}
        for name, unit in names_units
    ]


def stress_strain(
    modulus_gpa: float, yield_mpa: float, points: int, *, temperatures: tuple[float, ...]
) -> dict[str, Any]:
    """A series value: stress (MPa) against strain (%), one curve per temperature."""
    series = []
    for temperature in temperatures:
        soften = 1 - 0.0008 * (temperature - 20.0)
        modulus = modulus_gpa * 1000 * (1 - 0.0003 * (temperature - 20.0))  # MPa
        sigma_y = yield_mpa * soften
        strain_y = sigma_y / modulus * 100  # %
        elastic = max(4, points // 6)
        xs: list[float] = [strain_y * i / (elastic - 1) for i in range(elastic)]
        plastic = points - elastic
        for i in range(1, plastic + 1):
            xs.append(strain_y + (12.0 - strain_y) * (i / plastic) ** 1.5)
        ys = [
            x / 100 * modulus
            if x <= strain_y
            else sigma_y * (1 + 0.35 * ((x - strain_y) / 12) ** 0.4)
            for x in xs
        ]
        series.append(
            {
                "x": [round(x, 4) for x in xs],
                "y": [round(y, 2) for y in ys],
                "estimated": [False] * len(xs),
                "decoration": "lines",
                "parameters": [{"name": "Temperature", "value": temperature}],
            }
        )
    return {
        "type": "functionalSeriesPoint",
        "unit": "MPa",
        "xAxis": "Strain",
        "parameters": _settings(("Strain", "%"), ("Temperature", "degC")),
        "series": series,
        "showAsTable": False,
        "logYAxis": False,
    }


def thermal_expansion(alpha_per_k: float) -> dict[str, Any]:
    """A series value: thermal strain (%) against temperature (degC)."""
    temperatures = [20.0 + 40.0 * i for i in range(11)]
    strains = [
        round(alpha_per_k * (t - 20.0) * (1 + 0.0004 * (t - 20.0)) * 100, 5) for t in temperatures
    ]
    return {
        "type": "functionalSeriesPoint",
        "unit": "%",
        "xAxis": "Temperature",
        "parameters": _settings(("Temperature", "degC")),
        "series": [
            {
                "x": temperatures,
                "y": strains,
                "estimated": [False] * 10 + [True],
                "decoration": "linesAndMarkers",
                "parameters": [],
            }
        ],
        "showAsTable": False,
        "logYAxis": False,
    }


def fatigue_strength(strength_mpa: float) -> dict[str, Any]:
    """A grid value: stress amplitude (MPa) against cycles (log), a stress ratio per point."""
    cycles = [10.0**e for e in (3, 4, 5, 6, 7, 8)]
    x: list[float] = []
    y: list[float] = []
    ratios: list[float] = []
    for ratio, factor in ((-1.0, 1.0), (0.1, 0.78)):
        for n in cycles:
            x.append(n)
            y.append(round(strength_mpa * factor * 1.6 * n ** (-0.085), 1))
            ratios.append(ratio)
    return {
        "type": "functionalGridPoint",
        "unit": "MPa",
        "xAxis": "Cycles",
        "parameters": _settings(("Cycles", None), ("Stress ratio", None)),
        "x": x,
        "y": y,
        "estimated": [False] * len(x),
        "decoration": "linesAndMarkers",
        "parameterValues": [{"name": "Stress ratio", "values": ratios}],
    }


def _point(value: float, unit: str) -> dict[str, Any]:
    return {"type": "point", "value": value, "unit": unit}


def heat_treatment(k: int) -> dict[str, Any]:
    """A local tabular value: 2 to 4 steps (step, temperature, duration, atmosphere)."""
    steps = [
        ("Solution treatment", 480.0 + 10 * (k % 6), 1.0 + (k % 3) * 0.5),
        ("Quench", 20.0, 0.1),
        ("Ageing", 160.0 + 5 * (k % 5), 8.0 + k % 10),
        ("Stress relief", 300.0, 2.0),
    ][: 2 + k % 3]
    rows = [
        {
            "identity": index,
            "linkingValue": None,
            "cells": [
                {"type": "shortText", "value": name},
                _point(temperature, "degC"),
                _point(hours, "h"),
                {"type": "discrete", "value": ATMOSPHERES[(k + index) % len(ATMOSPHERES)]},
            ],
        }
        for index, (name, temperature, hours) in enumerate(steps, start=1)
    ]
    return {"type": "tabular", "rows": rows, "nextIdentity": len(rows) + 1}


def compatible_polymers(k: int) -> dict[str, Any]:
    """A tabular value linked to Polymers by designation, with a local rating per row."""
    rows = [
        {
            "identity": index,
            "linkingValue": POLYMER_DESIGNATIONS[(k + index) % len(POLYMER_DESIGNATIONS)],
            "cells": [None, None, {"type": "discrete", "value": RATINGS[(k + index) % 3]}],
        }
        for index in (1, 2)
    ]
    return {"type": "tabular", "rows": rows, "nextIdentity": 3}


def restricted_substances(k: int) -> dict[str, Any]:
    """A local tabular value: substances with their CAS numbers and concentrations (wt%)."""
    picked = [_SUBSTANCES[(k + i) % len(_SUBSTANCES)] for i in range(1 + k % 3)]
    rows = [
        {
            "identity": index,
            "linkingValue": None,
            "cells": [
                {"type": "shortText", "value": name},
                {"type": "shortText", "value": cas},
                _point(round(share * (1 + (k % 5) / 10), 4), "wt%"),
            ],
        }
        for index, (name, cas, share) in enumerate(picked, start=1)
    ]
    return {"type": "tabular", "rows": rows, "nextIdentity": len(rows) + 1}


def structured_value(
    name: str, *, density: float, strength: float, k: int
) -> dict[str, Any] | None:
    """The k-th demo value of a functional or tabular attribute (None: no data)."""
    scale = 1 + ((k * 37) % 21 - 10) / 200
    if name == "Stress-strain":
        return stress_strain(
            density / 40 * scale,
            strength * scale,
            20 + (k * 7) % 41,
            temperatures=CURVE_TEMPERATURES,
        )
    if name == "Thermal expansion":
        return thermal_expansion(round((10 + 40_000 / density) * 1e-6 * scale, 9))
    if name == "Fatigue strength":
        return fatigue_strength(strength * 0.45 * scale)
    if name == "Heat treatment steps":
        return heat_treatment(k)
    if name == "Compatible polymers":
        return compatible_polymers(k)
    if name == "Restricted substances":
        return restricted_substances(k)
    return None
