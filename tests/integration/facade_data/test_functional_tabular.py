"""Functional and tabular values through the reference server: every variant written and read
back equal, units converted both ways, per-cell tabular updates keeping row identities, the
destructive-editing guard, and linked records resolved."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from facade import (
    AttributeFunctionalGridPoint,
    AttributeFunctionalGridRange,
    AttributeFunctionalSeriesPoint,
    AttributeFunctionalSeriesRange,
    AttributeTabular,
    FunctionalValueParameter,
    GraphDecoration,
    GridParameterValues,
    GridPoint,
    GridRange,
    LinkedCell,
    LocalPointValue,
    Record,
    SeriesParameterValue,
    SeriesPoint,
    SeriesRange,
    Session,
)
from generated.api.batch import export_records
from generated.models.export_request import ExportRequest
from generated.models.record_reference import RecordReference

from .conftest import records_of

DB = "DEMO_MATERIALS"


def _stress_strain_parameters(strain_unit: str = "%", temperature_unit: str = "degC") -> list[Any]:
    return [
        FunctionalValueParameter("Strain", strain_unit),
        FunctionalValueParameter("Temperature", temperature_unit),
    ]


def _curves() -> list[SeriesPoint]:
    return [
        SeriesPoint(
            [0.0, 0.1, 0.2, 1.0, 5.0],
            [0.0, 70.0, 140.0, 180.0, 230.0 - t / 10],
            is_estimated=[False, False, False, True, True],
            decoration=GraphDecoration.LINES_AND_MARKERS,
            parameters=[SeriesParameterValue("Temperature", t)],
        )
        for t in (20.0, 100.0, 200.0)
    ]


def _new_metal(session: Session, values: list[Any]) -> Record:
    table = session.get_db(db_key=DB).get_table("Metals")
    record = table.create_record(f"Curve test {uuid.uuid4().hex[:8]}")
    record.set_attributes(values)
    assert session.update([record]) == [record]
    return record


def _read_back(session: Session, record: Record, name: str) -> Any:
    fresh = session.get_record_by_id(DB, hguid=record.history_guid)
    assert fresh is not None
    return fresh.attributes[name]


def _fatigue_parameters() -> list[Any]:
    return [FunctionalValueParameter("Cycles"), FunctionalValueParameter("Stress ratio")]


VARIANTS = {
    "series point": lambda: AttributeFunctionalSeriesPoint(
        "Stress-strain",
        _curves(),
        x_axis="Strain",
        unit="MPa",
        parameters=_stress_strain_parameters(),
    ),
    "series range": lambda: AttributeFunctionalSeriesRange(
        "Stress-strain",
        [
            SeriesRange(
                [0.5, 1.0],
                [150.0, 170.0],
                [160.0, 185.0],
                decoration=GraphDecoration.MARKERS,
                parameters=[SeriesParameterValue("Temperature", 100.0)],
            )
        ],
        x_axis="Strain",
        unit="MPa",
        parameters=_stress_strain_parameters(),
        show_as_table=True,
    ),
    "grid point": lambda: AttributeFunctionalGridPoint(
        "Fatigue strength",
        GridPoint(
            [1e4, 1e5, 1e6, 1e4],
            [210.0, 180.0, 150.0, 160.0],
            parameters=[GridParameterValues("Stress ratio", [-1.0, -1.0, -1.0, 0.1])],
        ),
        x_axis="Cycles",
        unit="MPa",
        parameters=_fatigue_parameters(),
    ),
    "grid range": lambda: AttributeFunctionalGridRange(
        "Fatigue strength",
        GridRange(
            [1e4, 1e6],
            [200.0, 140.0],
            [220.0, 160.0],
            is_estimated=[True, False],
            parameters=[GridParameterValues("Stress ratio", [0.1, 0.1])],
        ),
        x_axis="Cycles",
        unit="MPa",
        parameters=_fatigue_parameters(),
    ),
}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_functional_variant_round_trips(writer: Session, variant: str) -> None:
    written = VARIANTS[variant]()
    record = _new_metal(writer, [written])
    read = _read_back(writer, record, written.name)
    assert type(read) is type(written)
    assert read == written
    assert read.value == written.value
    assert (read.unit, read.x_axis, list(read.parameters)) == (
        written.unit,
        written.x_axis,
        list(written.parameters),
    )


def test_functional_units_convert_on_write(writer: Session) -> None:
    ksi_per_mpa = 0.1450377377
    written = AttributeFunctionalSeriesPoint(
        "Stress-strain",
        [
            SeriesPoint(
                [0.0, 0.5],
                [0.0, 29.0],
                parameters=[SeriesParameterValue("Temperature", 212.0)],
            )
        ],
        x_axis="Strain",
        unit="ksi",
        parameters=_stress_strain_parameters(temperature_unit="degF"),
    )
    record = _new_metal(writer, [written])
    read = _read_back(writer, record, "Stress-strain")
    assert read.unit == "MPa"
    assert read.parameters["Temperature"].unit == "degC"
    (curve,) = read.value
    assert curve.y[1] == pytest.approx(29.0 / ksi_per_mpa, rel=1e-6)
    assert curve.parameters_by_name["Temperature"].value == pytest.approx(100.0)
    assert curve.x == (0.0, 0.5)


def _export_in(session: Session, record: Record, names: list[str], system: str) -> dict[str, Any]:
    body = ExportRequest(
        records=[RecordReference(database_key=DB, history_guid=record.history_guid)],
        attributes=names,
        unit_system=system,
    )
    answer = export_records.sync(client=session._connection.client, body=body)
    assert answer is not None
    return {a.attribute: a.to_dict() for a in answer.results[0].attributes}


def _metal_with_data(session: Session) -> Record:
    for record in records_of(session, DB, "Metals"):
        values = record.attributes
        if "Heat treatment steps" in values and "Compatible polymers" in values:
            return record
    raise AssertionError("no demo metal has tabular data")


def test_functional_and_tabular_values_convert_to_a_unit_system(writer: Session) -> None:
    record = _metal_with_data(writer)
    metric = _export_in(writer, record, ["Stress-strain", "Heat treatment steps"], "Metric")
    us = _export_in(writer, record, ["Stress-strain", "Heat treatment steps"], "US Customary")
    curve_m, curve_us = metric["Stress-strain"]["series"][0], us["Stress-strain"]["series"][0]
    assert us["Stress-strain"]["unit"] == "ksi"
    assert curve_us["y"][-1] == pytest.approx(curve_m["y"][-1] * 0.1450377377, rel=1e-6)
    temperature = {p["name"]: p for p in us["Stress-strain"]["parameters"]}["Temperature"]
    assert temperature["unit"] == "degF"
    assert curve_us["parameters"][0]["value"] == pytest.approx(
        curve_m["parameters"][0]["value"] * 1.8 + 32
    )
    cell_m = metric["Heat treatment steps"]["rows"][0]["cells"][1]
    cell_us = us["Heat treatment steps"]["rows"][0]["cells"][1]
    assert (cell_m["unit"], cell_us["unit"]) == ("degC", "degF")
    assert cell_us["value"] == pytest.approx(cell_m["value"] * 1.8 + 32)
    columns = {c["name"]: c for c in us["Heat treatment steps"]["columns"]}
    assert (columns["Temperature"]["unit"], columns["Temperature"]["databaseUnit"]) == (
        "degF",
        "degC",
    )


def _heat_treatment(session: Session) -> tuple[Record, AttributeTabular]:
    demo = _metal_with_data(session).attributes["Heat treatment steps"]
    assert isinstance(demo, AttributeTabular)
    value = AttributeTabular("Heat treatment steps", demo.column_definitions)
    for step, temperature, hours, atmosphere in (
        ("Solution treatment", 530.0, 1.0, "Air"),
        ("Quench", 20.0, 0.1, "Air"),
        ("Ageing", 175.0, 8.0, "Argon"),
    ):
        row = value.append_row()
        cells = row.cells_by_column
        cells["Step"].value = step  # type: ignore[union-attr]
        cells["Temperature"].value = temperature  # type: ignore[union-attr]
        cells["Duration"].value = hours  # type: ignore[union-attr]
        cells["Atmosphere"].value = atmosphere  # type: ignore[union-attr]
    record = _new_metal(session, [value])
    read = _read_back(session, record, "Heat treatment steps")
    assert isinstance(read, AttributeTabular)
    return record, read


def test_local_tabular_round_trips_with_row_identities(writer: Session) -> None:
    _, read = _heat_treatment(writer)
    assert read.shape == (3, 4)
    assert read.columns == ["Step", "Temperature", "Duration", "Atmosphere"]
    assert read.linked_columns == [False] * 4 and read.linking_table is None
    assert [r.value for r in read.rows[0].cells] == ["Solution treatment", 530.0, 1.0, "Air"]
    assert all(r.is_exported for r in read.rows)
    assert len({r.identity for r in read.rows}) == 3


def test_per_cell_update_keeps_row_identities_and_converts_cell_units(writer: Session) -> None:
    record, value = _heat_treatment(writer)
    identities = [row.identity for row in value.rows]
    duration = value.rows[0].cells_by_column["Duration"]
    assert isinstance(duration, LocalPointValue) and duration.unit == "h"
    duration.value, duration.unit = 90.0, "min"
    value.delete_row(1)
    added = value.append_row()
    added.cells_by_column["Step"].value = "Inspection"  # type: ignore[union-attr]
    record.set_attributes([value])
    writer.update([record])
    read = _read_back(writer, record, "Heat treatment steps")
    assert [r.identity for r in read.rows[:2]] == [identities[0], identities[2]]
    assert read.rows[2].identity not in identities
    assert read.rows[0].cells_by_column["Duration"].value == pytest.approx(1.5)
    assert read.rows[0].cells_by_column["Duration"].unit == "h"
    assert read.rows[2].values() == ("Inspection", None, None, None)


def test_swapping_rows_needs_destructive_editing(writer: Session) -> None:
    record, value = _heat_treatment(writer)
    identities = [row.identity for row in value.rows]
    with pytest.raises(ValueError, match=r"enable_destructive_editing\(\)"):
        value.swap_rows(0, 2)
    assert [row.identity for row in value.rows] == identities
    value.enable_destructive_editing()
    value.swap_rows(0, 2)
    record.set_attributes([value])
    writer.update([record])
    read = _read_back(writer, record, "Heat treatment steps")
    assert [r.identity for r in read.rows] == [identities[2], identities[1], identities[0]]
    assert read.rows[0].values()[0] == "Ageing"


def test_linked_tabular_resolves_linked_records_and_guards_relinking(writer: Session) -> None:
    record = _metal_with_data(writer)
    value = record.attributes["Compatible polymers"]
    assert isinstance(value, AttributeTabular)
    assert (value.linking_table, value.linking_attribute) == ("Polymers", "Designation")
    assert value.linked_columns == [True, True, False]
    linked = value.linked_records
    assert linked and set(linked) == {row.linking_value for row in value.rows}
    for linking_value, records in linked.items():
        assert records
        for polymer in records:
            assert polymer.table_name == "Polymers"
            assert polymer.attributes["Designation"].value == linking_value
    row = value.rows[0]
    families = row.cells_by_column["Polymer family"]
    assert isinstance(families, tuple) and families
    polymers = {p.history_guid: p for p in linked[str(row.linking_value)]}
    for cell in families:
        assert isinstance(cell, LinkedCell)
        family = polymers[cell.record_history_guid].attributes["Polymer family"].value
        assert cell.value == (family[0] if isinstance(family, tuple) else family)
        with pytest.raises(AttributeError, match="read-only"):
            cell.value = "Epoxy"  # type: ignore[misc]
    with pytest.raises(ValueError, match="enable_destructive_editing"):
        row.set_linking_value("EL-1017")
    value.enable_destructive_editing()
    row.set_linking_value("EL-1017")
    record.set_attributes([value])
    writer.update([record])
    read = _read_back(writer, record, "Compatible polymers")
    assert read.rows[0].linking_value == "EL-1017"
    assert read.rows[0].identity == row.identity
    assert read.linked_records["EL-1017"][0].attributes["Designation"].value == "EL-1017"


def test_relinking_without_the_flag_is_refused_by_the_server(writer: Session) -> None:
    record = _metal_with_data(writer)
    answer = _export_in(writer, record, ["Compatible polymers"], "Metric")["Compatible polymers"]
    answer["rows"][0]["linkingValue"] = "TS-1017"
    client = writer._connection.client.get_httpx_client()
    item = {
        "databaseKey": DB,
        "tableGuid": record.table.guid,
        "historyGuid": record.history_guid,
        "name": record.name,
        "attributes": [answer],
    }
    result = client.post("/api/v1/records/import", json={"items": [item]}).json()["results"][0]
    assert result["status"] == "failed"
    assert "destructive" in result["error"]["errors"][0]["message"]
