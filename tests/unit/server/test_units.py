"""Unit systems and conversions of the reference server (pint underneath)."""

from __future__ import annotations

import pytest

from server.store._unit_values import UnitSelection, UnitValueError, shown_in, to_database_units
from server.store._units import UNIT_SYSTEMS, UnitError, conversion, equivalent_units, target_unit


def test_celsius_to_fahrenheit_has_factor_and_offset() -> None:
    c = conversion("degC", "degF")
    assert c.factor == pytest.approx(1.8)
    assert c.offset == pytest.approx(32.0)
    assert c(100.0) == pytest.approx(212.0)


def test_conversion_is_cached_per_pair() -> None:
    assert conversion("kg/m^3", "lb/ft^3") is conversion("kg/m^3", "lb/ft^3")


def test_conversion_between_dimensions_is_refused() -> None:
    with pytest.raises(UnitError, match="cannot be converted"):
        conversion("kg/m^3", "MPa")


def test_unknown_unit_is_refused() -> None:
    with pytest.raises(UnitError, match="unknown unit"):
        equivalent_units("furlong")


@pytest.mark.parametrize("system", UNIT_SYSTEMS)
@pytest.mark.parametrize("unit", ["kg/m^3", "W/m.K", "MPa", "GPa", "degC", "h", "%"])
@pytest.mark.parametrize("absolute", [False, True])
def test_round_trip_through_every_system(system: str, unit: str, absolute: bool) -> None:
    shown = target_unit(unit, system, absolute)
    assert shown is not None
    there = conversion(unit, shown)
    back = conversion(shown, unit)
    for value in (2821.5, 0.25, -40.0, 1e6):
        assert back(there(value)) == pytest.approx(value, rel=1e-9, abs=1e-9)


def test_us_customary_and_absolute_temperatures() -> None:
    assert target_unit("degC", "US Customary", False) == "degF"
    assert target_unit("degC", "US Customary", True) == "degR"
    assert target_unit("degC", "Metric", True) == "K"
    assert target_unit("W/m.K", "US Customary", True) == "BTU/hr.ft.F"
    assert target_unit("kg/m^3", "SI (Consistent)", False) == "kg/m^3"
    assert target_unit("MPa", "SI (Consistent)", False) == "Pa"


def test_shown_in_converts_values_and_parameters() -> None:
    stored = {
        "type": "point",
        "unit": "GPa",
        "values": [
            {"value": 70.0, "parameters": [{"name": "Temperature", "value": 20.0, "unit": "degC"}]}
        ],
    }
    shown = shown_in(stored, UnitSelection("US Customary", absolute_temperatures=True))
    assert shown["unit"] == "ksi"
    assert shown["values"][0]["value"] == pytest.approx(70.0 * 145.0377377, rel=1e-6)
    parameter = shown["values"][0]["parameters"][0]
    assert parameter["unit"] == "degR"
    assert parameter["value"] == pytest.approx((20.0 + 273.15) * 1.8)
    assert stored["unit"] == "GPa"  # the stored value is left alone


def test_import_converts_to_database_units() -> None:
    value = {"type": "range", "low": 30.0, "high": 40.0, "unit": "ksi"}
    stored = to_database_units(
        value, attribute="Yield strength", database_unit="MPa", parameter_units={}
    )
    assert stored["unit"] == "MPa"
    assert stored["low"] == pytest.approx(206.8427, rel=1e-6)


def test_import_with_an_incompatible_unit_names_attribute_unit_and_allowed_units() -> None:
    value = {"type": "point", "values": [{"value": 1.0}], "unit": "MPa"}
    with pytest.raises(UnitValueError) as caught:
        to_database_units(value, attribute="Density", database_unit="kg/m^3", parameter_units={})
    assert '"Density"' in caught.value.message
    assert '"MPa"' in caught.value.message
    assert "lb/ft^3" in caught.value.message


def test_import_converts_parameter_units() -> None:
    value = {
        "type": "point",
        "unit": "GPa",
        "values": [
            {"value": 70.0, "parameters": [{"name": "Temperature", "value": 68.0, "unit": "degF"}]}
        ],
    }
    stored = to_database_units(
        value,
        attribute="Young's modulus",
        database_unit="GPa",
        parameter_units={"Temperature": "degC"},
    )
    parameter = stored["values"][0]["parameters"][0]
    assert parameter == {"name": "Temperature", "value": pytest.approx(20.0), "unit": "degC"}
