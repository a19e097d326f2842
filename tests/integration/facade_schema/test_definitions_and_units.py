"""Attribute definitions and unit systems through the facade, against the reference server."""

from __future__ import annotations

import pytest

import facade
from facade import Session

SYSTEMS = ["Metric", "SI (Consistent)", "US Customary"]


def test_every_definition_kind_has_its_class_and_type_code(reader: Session) -> None:
    metals = reader.get_db(db_key="DEMO_MATERIALS").get_table("Metals")
    definitions = metals.attributes
    classes = {d.type: type(d) for d in definitions.values()}
    assert classes == {
        "POIN": facade.AttributeDefinitionPoint,
        "RNGE": facade.AttributeDefinitionRange,
        "DISC": facade.AttributeDefinitionDiscrete,
        "INPT": facade.AttributeDefinitionInteger,
        "LOGI": facade.AttributeDefinitionLogical,
        "DTTM": facade.AttributeDefinitionDate,
        "STXT": facade.AttributeDefinitionShortText,
        "LTXT": facade.AttributeDefinitionLongText,
        "HLNK": facade.AttributeDefinitionHyperlink,
        "FILE": facade.AttributeDefinitionFile,
        "PICT": facade.AttributeDefinitionPicture,
        "FUNC": facade.AttributeDefinitionFloatFunctional,
        "TABL": facade.AttributeDefinitionTabular,
    }
    assert [d.order for d in definitions.values()] == list(range(1, len(definitions) + 1))
    assert all(d.table is metals and d.name == n for n, d in definitions.items())
    modulus = definitions["Young's modulus"]
    assert isinstance(modulus, facade.AttributeDefinitionPoint)
    assert (modulus.unit, modulus.database_unit, modulus.is_multivalued) == ("GPa", "GPa", True)
    temperature = modulus.parameters["Temperature"]
    assert isinstance(temperature, facade.AttributeParameter)
    assert (temperature.unit, temperature.data_type, temperature.default_value) == (
        "degC",
        "Numeric",
        20.0,
    )
    assert modulus.min is not None and modulus.max is not None and modulus.min < modulus.max
    form = definitions["Form"]
    assert isinstance(form, facade.AttributeDefinitionDiscrete)
    assert form.discrete_values[:2] == ["Bar", "Sheet"]
    composition = definitions["Composition"]
    assert isinstance(composition, facade.AttributeDefinitionTabular)
    assert composition.columns == ["Element", "Mass fraction", "Role"]
    assert composition.column_types == ["STXT", "POIN", "DISC"]
    assert composition.column_units == [None, "%", None]
    assert composition.linking_attribute is None and composition.linking_table is None
    curve = definitions["Stress-strain"]
    assert isinstance(curve, facade.AttributeDefinitionFloatFunctional)
    assert curve.axis_name == "Stress" and list(curve.parameters) == ["Strain", "Temperature"]
    assert metals.get_attribute_definition(identity=modulus.id) is modulus


def test_unknown_attribute_lists_close_matches(reader: Session) -> None:
    metals = reader.get_db(db_key="DEMO_MATERIALS").get_table("Metals")
    with pytest.raises(KeyError, match="did you mean 'Density'"):
        metals.get_attribute_definition("Densty")
    with pytest.raises(KeyError, match="did you mean"):
        metals.bulk_fetch(metals.children[0].children[:1], attributes=["Youngs modulus"])


def test_unit_systems_and_an_unknown_one(reader: Session) -> None:
    db = reader.get_db(db_key="DEMO_MATERIALS")
    assert db.unit_systems_available == SYSTEMS
    assert db.unit_system == "Metric" and db.absolute_temperatures is False
    with pytest.raises(ValueError, match=r"available: Metric, SI \(Consistent\), US Customary"):
        db.unit_system = "Imperial"
    with pytest.raises(TypeError):
        db.absolute_temperatures = "yes"  # type: ignore[assignment]
    factors = db.dimensionally_equivalent_units("degC")
    assert factors["degF"] == {"factor": pytest.approx(1.8), "offset": pytest.approx(32.0)}


def test_definitions_follow_the_unit_system(reader: Session) -> None:
    db = reader.get_db(db_key="DEMO_MATERIALS")
    metals = db.get_table("Metals")
    db.unit_system = "US Customary"
    db.absolute_temperatures = True
    density = metals.attributes["Density"]
    assert (density.unit, density.database_unit) == ("lb/ft^3", "kg/m^3")
    assert metals.attributes["Young's modulus"].parameters["Temperature"].unit == "degR"
    db.unit_system = facade.DATABASE_UNIT_SYSTEM
    db.absolute_temperatures = False
    assert metals.attributes["Density"].unit == "kg/m^3"


@pytest.mark.parametrize("system", SYSTEMS)
def test_round_trip_through_each_unit_system(writer: Session, system: str) -> None:
    db = writer.get_db(db_key="DEMO_MATERIALS")
    metals = db.get_table("Metals")
    db.unit_system = system
    record = metals.create_record(f"Round trip in {system}")
    density = record.attributes["Density"]
    density.value = 2821.123456789
    modulus = record.attributes["Young's modulus"]
    assert isinstance(modulus, facade.AttributePointMulti)
    modulus.set_value([70.5, 68.25], [{"Temperature": 20.0}, {"Temperature": 150.0}])
    strength = record.attributes["Yield strength"]
    strength.value = facade.Range(240.5, 276.75)
    record.set_attributes([density, modulus, strength])
    writer.update([record])
    record.decache_attributes()
    assert record.attributes["Density"].value == pytest.approx(2821.123456789, rel=1e-9)
    assert record.attributes["Density"].unit == metals.attributes["Density"].unit
    points = record.attributes["Young's modulus"].value
    assert [p.value for p in points] == pytest.approx([70.5, 68.25], rel=1e-9)
    assert [p.parameters_by_name["Temperature"] for p in points] == pytest.approx(
        [20.0, 150.0], rel=1e-9
    )
    assert record.attributes["Yield strength"].low == pytest.approx(240.5, rel=1e-9)
    db.unit_system = "Metric"
    record.decache_attributes()
    in_metric = record.attributes["Density"]
    expected = {"Metric": 2821.123456789, "SI (Consistent)": 2821.123456789}
    expected["US Customary"] = 2821.123456789 / 0.062427960576144606
    assert in_metric.value == pytest.approx(expected[system], rel=1e-9)


def test_absolute_temperatures(reader: Session) -> None:
    db = reader.get_db(db_key="DEMO_MATERIALS")
    polymers = db.get_table("Polymers")
    record = polymers.children[0].children[0]
    celsius = record.attributes["Glass transition temperature"]
    assert celsius.unit == "degC"
    db.absolute_temperatures = True
    record.decache_attributes()
    kelvin = record.attributes["Glass transition temperature"]
    assert kelvin.unit == "K"
    assert kelvin.value == pytest.approx(celsius.value + 273.15, rel=1e-12)
    assert repr(kelvin).endswith(" K>")
    db.unit_system = "US Customary"
    record.decache_attributes()
    rankine = record.attributes["Glass transition temperature"]
    assert rankine.unit == "degR"
    assert rankine.value == pytest.approx((celsius.value + 273.15) * 1.8, rel=1e-9)


def test_a_unit_of_another_dimension_is_refused_before_sending(writer: Session) -> None:
    metals = writer.get_db(db_key="DEMO_MATERIALS").get_table("Metals")
    record = metals.create_record("Wrong unit")
    density = record.attributes["Density"]
    with pytest.raises(ValueError, match=r"units allowed: kg/m\^3.*lb/ft\^3"):
        density.unit = "MPa"
    density.unit = "g/cm^3"
    density.value = 2.7
    record.set_attributes([density])
    writer.update([record])
    record.decache_attributes()
    assert record.attributes["Density"].value == pytest.approx(2700.0, rel=1e-9)
