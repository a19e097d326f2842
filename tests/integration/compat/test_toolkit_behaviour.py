"""The Scripting Toolkit's documented behaviour, written as a Toolkit script would, against the reference server.

Each test is one place where a Toolkit script would otherwise run and do the wrong thing:
release states compared with strings, colour and record-type values, typo'd attribute
assignments, bulk fetches by definition, ``session.update([record])[0]`` on a failure, range
inclusivity, point parameters, and ``Table.get_records_by_ids``.
"""

from __future__ import annotations

import pytest

import facade as mpy


def _metals(session: mpy.Session) -> mpy.Table:
    return session.get_db(db_key="DEMO_MATERIALS").get_table("Metals")


def _released_metals(session: mpy.Session) -> list[mpy.Record]:
    return [
        record
        for folder in _metals(session).children
        for record in folder.children
        if record.release_state == "Released"
    ]


# --- release states, colours and record types (stk-surface §4, §12) ----------------------------


def test_release_state_compares_equal_to_the_toolkit_strings(writer: mpy.Session) -> None:
    records = [r for folder in _metals(writer).children for r in folder.children]
    states = {r.release_state for r in records}
    assert "Released" in states and "Unreleased" in states
    released = next(r for r in records if r.release_state == "Released")
    assert released.release_state is mpy.ReleaseState.Released
    assert isinstance(released.release_state, str)
    assert str(released.release_state) == "Released" and f"{released.release_state}" == "Released"
    polymers = writer.get_db(db_key="DEMO_MATERIALS").get_table("Polymers")
    assert polymers.children[0].children[0].release_state == "Unversioned"


def test_release_state_values_are_exactly_the_toolkits() -> None:
    assert [s.value for s in mpy.ReleaseState] == [
        "Released",
        "Superseded",
        "Withdrawn",
        "Unreleased",
        "Unversioned",
        "Unknown",
    ]
    assert mpy.ReleaseState("Withdrawn") is mpy.ReleaseState.Withdrawn


def test_record_color_values_are_exactly_the_toolkits() -> None:
    toolkit = {
        "Red": 0, "Maroon": 1, "Fuchsia": 2, "Yellow": 3, "Black": 4, "Gray": 5, "Aqua": 6,
        "Green": 7, "Navy": 8, "Purple": 9, "Blue": 10, "Silver": 11, "Lime": 12, "Olive": 13,
        "Teal": 14, "White": 15, "InheritFromParent": 16,
    }  # fmt: skip
    assert {c.name: int(c) for c in mpy.RecordColor} == toolkit
    assert mpy.RecordColor(6) is mpy.RecordColor.Aqua
    assert mpy.RecordColor.Aqua.safe_name == "Aqua"


def test_record_type_values_are_exactly_the_toolkits(reader: mpy.Session) -> None:
    assert [t.value for t in mpy.RecordType] == ["Record", "Folder", "Generic"]
    folder = _metals(reader).children[0]
    assert folder.type == "Folder" and folder.type is mpy.RecordType.Folder
    assert folder.children[0].type == "Record"


def test_a_colour_round_trips_through_the_server_by_name(writer: mpy.Session) -> None:
    metals = _metals(writer)
    record = metals.create_record("Aqua record", color=mpy.RecordColor.Aqua)
    writer.update([record])
    again = writer.get_record_by_id(db_key="DEMO_MATERIALS", hguid=record.history_guid)
    assert again is not None and again.color is mpy.RecordColor.Aqua and again.color == 6


# --- unknown attributes (stk-surface §2: unit_system is the Database's) -------------------------


def test_assigning_an_attribute_that_does_not_exist_names_close_matches(
    reader: mpy.Session,
) -> None:
    db = reader.get_db(db_key="DEMO_MATERIALS")
    with pytest.raises(AttributeError, match="did you mean 'unit_system'"):
        db.unit_systm = "SI (Consistent)"  # type: ignore[attr-defined]
    table = db.get_table("Metals")
    with pytest.raises(AttributeError, match="unit_system"):
        table.unit_system = "SI (Consistent)"  # type: ignore[misc]
    record = table.children[0].children[0]
    with pytest.raises(AttributeError, match="did you mean 'short_name'"):
        record.shortname = "x"  # type: ignore[attr-defined]
    density = record.attributes["Density"]
    with pytest.raises(AttributeError, match="'value'"):
        density.valeu = 3.0  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match="did you mean 'unit'"):
        table.attributes["Density"].units = "kg/m^3"  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        reader.dbz = []  # type: ignore[attr-defined]
    # What exists is still settable.
    db.unit_system = "Metric"
    record.short_name = "renamed locally"
    density.value = 2700.0
    assert (db.unit_system, record.short_name, density.value) == (
        "Metric",
        "renamed locally",
        2700.0,
    )


def test_values_built_by_hand_refuse_unknown_attributes_too() -> None:
    value = mpy.AttributeRange("Yield strength", mpy.Range(1.0, 2.0))
    with pytest.raises(AttributeError, match="did you mean 'unit'"):
        value.unti = "MPa"  # type: ignore[attr-defined]
    file = mpy.AttributeFile("Datasheet", b"x", file_name="a.pdf")
    file.description = "set in __init__, so still settable"
    assert file.description == "set in __init__, so still settable"


# --- bulk_fetch by definitions (stk-surface §3) --------------------------------------------------


def test_bulk_fetch_takes_definitions_and_record_properties(reader: mpy.Session) -> None:
    metals = _metals(reader)
    folder = metals.children[0]
    records = folder.children[:4]
    metals.bulk_fetch(
        records,
        attributes=[
            metals.attributes["Density"],
            "Yield strength",
            mpy.RecordProperties.parent_record_name,
        ],
    )
    for record in records:
        assert not record.attributes["Density"].is_empty()
        assert record.parent_record_name == folder.name
    other = reader.get_db(db_key="DEMO_MATERIALS").get_table("Polymers")
    with pytest.raises(ValueError, match="Polymers"):
        metals.bulk_fetch(records, attributes=[next(iter(other.attributes.values()))])


# --- session.update([record])[0] on a failure (stk-surface §1) ----------------------------------


def test_indexing_a_failed_update_raises_the_servers_reason(writer: mpy.Session) -> None:
    record = _released_metals(writer)[0]
    record.set_attributes([mpy.AttributeInteger("No such attribute", 3)])
    with pytest.raises(mpy.BulkOperationError, match="No such attribute") as raised:
        writer.update([record])[0]
    error = raised.value
    assert isinstance(error, IndexError) and isinstance(error, mpy.FailedItemError)
    assert error.operation == "update" and [f.item for f in error.failures] == [record]
    assert isinstance(error.__cause__, mpy.InvalidRequestError)
    assert str(error).startswith("update: index 0 is out of range")


def test_indexing_a_successful_update_gives_the_record(writer: mpy.Session) -> None:
    record = _released_metals(writer)[1]
    batch = record.attributes["Batch size"]
    batch.value = 41
    record.set_attributes([batch])
    assert writer.update([record])[0] is record


# --- ranges and point parameters (stk-surface §6) ------------------------------------------------


def test_range_values_expose_inclusivity_as_the_toolkit(writer: mpy.Session) -> None:
    metals = _metals(writer)
    record = metals.create_record("Half-open range")
    strength = record.attributes["Yield strength"]
    assert isinstance(strength, mpy.AttributeRange)
    with pytest.raises(ValueError, match="empty"):
        _ = strength.low_value_is_inclusive
    strength.value = mpy.Range(200.0, 250.0, low_value_is_inclusive=False)
    record.set_attributes([strength])
    writer.update([record])
    record.decache_attributes()
    read = record.attributes["Yield strength"]
    assert isinstance(read, mpy.AttributeRange)
    assert (read.low, read.high) == pytest.approx((200.0, 250.0))
    assert read.low_value_is_inclusive is False and read.high_value_is_inclusive is True


def test_point_values_with_parameters_expose_parameters(reader: mpy.Session) -> None:
    metals = _metals(reader)
    record = _released_metals(reader)[0]
    modulus = record.attributes["Young's modulus"]
    assert isinstance(modulus, mpy.AttributePointMulti)
    assert "Temperature" in modulus.parameters
    assert modulus.parameters["Temperature"].unit == (
        metals.attributes["Young's modulus"].parameters["Temperature"].unit  # type: ignore[attr-defined]
    )


# --- Table.get_records_by_ids (stk-surface §3) ---------------------------------------------------


def test_table_get_records_by_ids(reader: mpy.Session) -> None:
    metals = _metals(reader)
    records = _released_metals(reader)[:3]
    found = metals.get_records_by_ids(
        [
            {"hguid": records[0].history_guid},
            {"vguid": records[1].record_guid},
            {"history_identity": records[2].history_identity},
            {"hguid": "00000000-0000-0000-0000-000000000000"},
        ]
    )
    assert [r.record_guid if r else None for r in found] == [
        records[0].record_guid,
        records[1].record_guid,
        records[2].record_guid,
        None,
    ]
    assert found.reason(3) is not None


def test_functional_values_expose_parameters(reader: mpy.Session) -> None:
    metals = _metals(reader)
    curve = next(
        value
        for record in _released_metals(reader)
        if not (value := record.attributes["Stress-strain"]).is_empty()
    )
    assert isinstance(curve, mpy.FunctionalValue)
    definition = metals.attributes["Stress-strain"]
    assert set(curve.parameters) <= set(definition.parameters)  # type: ignore[attr-defined]
    assert curve.x_axis in curve.parameters
    assert all(isinstance(p, mpy.FunctionalValueParameter) for p in curve.parameters.values())
    with pytest.raises(AttributeError, match="did you mean 'x_axis'"):
        curve.xaxis = "Strain"  # type: ignore[attr-defined]


# --- ValueWithPrecision (stk-surface §6) ----------------------------------------------------------


def test_value_with_precision_as_the_toolkit() -> None:
    precise = mpy.ValueWithPrecision(12.3, 2)
    assert str(precise.as_decimal) == "12.30" and precise.significant_figures == 4
    assert mpy.ValueWithPrecision(0.012, 4).significant_figures == 3
    assert mpy.ValueWithPrecision(1234.0, -2).significant_figures == 2
    with pytest.raises(ValueError, match="significant figures"):
        mpy.ValueWithPrecision(123456789.0, 8)
    with pytest.raises(TypeError):
        mpy.ValueWithPrecision(1.0, 2.0)  # type: ignore[arg-type]


def test_a_point_written_with_precision_stores_the_number(writer: mpy.Session) -> None:
    record = _metals(writer).create_record("Measured to two digits")
    density = record.attributes["Density"]
    assert isinstance(density, mpy.AttributePointSingle)
    density.value = mpy.ValueWithPrecision(2712.3, 2)
    assert density.value == mpy.ValueWithPrecision(2712.3, 2)
    record.set_attributes([density])
    writer.update([record])
    record.decache_attributes()
    assert record.attributes["Density"].value == pytest.approx(2712.3)
