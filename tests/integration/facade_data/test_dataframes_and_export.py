"""Dataframes, long-form points and the streaming Parquet export, against the demo server;
the Parquet file is read back with DuckDB."""

from __future__ import annotations

import json
import math
from pathlib import Path

import duckdb
import pandas
import pyarrow.parquet as pq
import pytest

import facade
from facade import Record, Session

from .conftest import MAX_PAGE, log_requests, records_of


def _metals(session: Session) -> tuple[facade.Table, list[Record]]:
    table = session.get_db(db_key="DEMO_MATERIALS").get_table("Metals")
    return table, records_of(session, "DEMO_MATERIALS", "Metals")


def test_records_to_dataframe_has_one_row_per_record_with_units_in_column_names(
    reader: Session,
) -> None:
    _, records = _metals(reader)
    log = log_requests(reader)
    frame = facade.records_to_dataframe(records, ["Density", "Yield strength", "Batch size"])
    assert log.count("/records/export") >= 1  # fetched in batches, not one request per record
    assert log.count("/records/export") <= math.ceil(len(records) / 64) + 1
    assert len(frame) == len(records)
    assert list(frame.columns[:8]) == [
        "db_key",
        "table",
        "history_guid",
        "record_guid",
        "history_identity",
        "version_number",
        "name",
        "release_state",
    ]
    assert "Density [kg/m^3]" in frame.columns
    assert "Yield strength low [MPa]" in frame.columns
    assert "Yield strength high [MPa]" in frame.columns
    assert frame.attrs["units"]["Density [kg/m^3]"] == "kg/m^3"
    assert frame.attrs["units"]["Yield strength high [MPa]"] == "MPa"
    assert "Batch size" in frame.columns
    by_guid = frame.set_index("record_guid")
    for record in records[:40]:
        values = record.attributes
        row = by_guid.loc[record.record_guid]
        assert row["name"] == record.name
        assert row["release_state"] == record.release_state.name
        density = values.get("Density")
        if density is not None and not density.is_empty():
            assert row["Density [kg/m^3]"] == density.value
        strength = values.get("Yield strength")
        if strength is not None and not strength.is_empty():
            assert row["Yield strength low [MPa]"] == strength.low


def test_table_to_dataframe_reads_the_whole_table(reader: Session) -> None:
    table, records = _metals(reader)
    frame = table.to_dataframe(attributes=["Density"])
    assert set(frame["record_guid"]) == {r.record_guid for r in records}
    chosen = table.to_dataframe(records[:5])
    assert list(chosen["record_guid"]) == [r.record_guid for r in records[:5]]
    assert "Young's modulus" not in chosen.columns  # multi-valued points are in long form


def test_records_from_several_tables_and_bad_arguments(reader: Session) -> None:
    _, metals = _metals(reader)
    polymers = records_of(reader, "DEMO_MATERIALS", "Polymers")
    frame = facade.records_to_dataframe([*metals[:3], *polymers[:3]], ["Density"])
    assert list(frame["table"]) == ["Metals"] * 3 + ["Polymers"] * 3
    with pytest.raises(TypeError, match="attributes"):
        facade.records_to_dataframe(metals, "Density")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Record"):
        facade.records_to_dataframe(["not a record"])  # type: ignore[list-item]


def test_functional_to_dataframe_gives_one_row_per_point_with_parameter_columns(
    reader: Session,
) -> None:
    _, records = _metals(reader)
    frame = facade.functional_to_dataframe(records[:20], "Young's modulus")
    expected = sum(
        len(v.points)
        for r in records[:20]
        if (v := r.attributes.get("Young's modulus")) is not None and not v.is_empty()
    )
    assert expected > 0
    assert len(frame) == expected
    assert "value [GPa]" in frame.columns
    assert "Temperature [degC]" in frame.columns
    assert frame.attrs["units"] == {"value [GPa]": "GPa", "Temperature [degC]": "degC"}
    first = records[0]
    own = frame[frame["record_guid"] == first.record_guid]
    points = first.attributes["Young's modulus"].points
    assert list(own["value [GPa]"]) == [p.value for p in points]
    assert list(own["Temperature [degC]"]) == [p.parameters[0].value for p in points]
    single = facade.functional_to_dataframe(first, "Young's modulus")
    assert len(single) == len(points)
    formed = first.table.create_record(
        "local", attributes={"Form": facade.AttributeDiscrete("Form", "Bar")}
    )
    with pytest.raises(TypeError, match="point or functional values"):
        facade.functional_to_dataframe(formed, "Form")


def test_export_table_streams_parquet_that_duckdb_reads_back(
    reader: Session, tmp_path: Path
) -> None:
    table, records = _metals(reader)
    nodes = len(table.all_records(include_folders=True))
    output = tmp_path / "metals.parquet"
    seen: list[int] = []
    log = log_requests(reader)
    written = facade.export_table(
        table,
        output,
        attributes=["Density", "Yield strength", "Batch size", "RoHS compliant", "Test date"],
        batch_size=50,
        progress=seen.append,
    )
    assert written == len(records)
    # the flat listing, a page per request, never a walk of the tree; a batch per 50 records
    assert log.count("/records") == math.ceil(nodes / MAX_PAGE) > 1
    assert log.count("/children") == 0
    assert log.count("/records/export") == math.ceil(len(records) / 50)
    assert seen[-1] == len(records) and all(
        b - a <= 50 for a, b in zip([0, *seen], seen, strict=False)
    )
    count = duckdb.sql(f"SELECT count(*) FROM read_parquet('{output}')").fetchall()
    assert count == [(len(records),)]
    relation = duckdb.sql(f"SELECT * FROM read_parquet('{output}')")
    types = dict(zip(relation.columns, map(str, relation.types), strict=True))
    assert types["Density [kg/m^3]"] == "DOUBLE"
    assert types["Yield strength low [MPa]"] == "DOUBLE"
    assert types["Batch size"] == "BIGINT"
    assert types["RoHS compliant"] == "BOOLEAN"
    assert types["Test date"] == "DATE"
    rows = duckdb.sql(
        f'SELECT record_guid, "Density [kg/m^3]", "Yield strength high [MPa]", "Batch size" '
        f"FROM read_parquet('{output}')"
    ).fetchall()
    by_guid = {row[0]: row[1:] for row in rows}
    assert set(by_guid) == {r.record_guid for r in records}
    checked = 0
    for record in records[:60]:
        values = record.attributes
        density, high, batch = by_guid[record.record_guid]
        if (value := values.get("Density")) is not None and not value.is_empty():
            assert density == value.value
            checked += 1
        else:
            assert density is None
        if (value := values.get("Yield strength")) is not None and not value.is_empty():
            assert high == value.high
        if (value := values.get("Batch size")) is not None and not value.is_empty():
            assert batch == value.value
    assert checked > 0
    metadata = pq.read_schema(output).metadata
    units = json.loads(metadata[b"units"])
    assert units["Density [kg/m^3]"] == "kg/m^3"
    assert units["Yield strength low [MPa]"] == "MPa"
    assert pq.read_schema(output).field("Density [kg/m^3]").metadata == {b"unit": b"kg/m^3"}
    assert pandas.read_parquet(output).shape[0] == len(records)


def test_export_table_refuses_bad_input_before_reading_records(
    reader: Session, tmp_path: Path
) -> None:
    table, _ = _metals(reader)
    log = log_requests(reader)
    with pytest.raises(ValueError, match="no attribute 'Colour'"):
        facade.export_table(table, tmp_path / "x.parquet", attributes=["Density", "Colour"])
    with pytest.raises(ValueError, match="format"):
        facade.export_table(table, tmp_path / "x.xlsx", format="xlsx")
    with pytest.raises(ValueError, match="batch_size"):
        facade.export_table(table, tmp_path / "x.parquet", batch_size=0)
    assert log.count("/records") == 0 and log.count("/records/export") == 0
    assert list(tmp_path.iterdir()) == []


def test_export_table_writes_csv_too(reader: Session, tmp_path: Path) -> None:
    table, records = _metals(reader)
    output = tmp_path / "metals.csv"
    assert facade.export_table(table, output, attributes=["Density"], format="csv") == len(records)
    frame = pandas.read_csv(output)
    assert len(frame) == len(records)
    assert "Density [kg/m^3]" in frame.columns


def test_functional_values_in_long_form_and_as_a_plot(reader: Session) -> None:
    _, records = _metals(reader)
    with_curves = [
        r
        for r in records[:60]
        if (v := r.attributes.get("Stress-strain")) is not None and not v.is_empty()
    ]
    assert with_curves, "the demo gives some metals a stress-strain curve"
    frame = facade.functional_to_dataframe(with_curves, "Stress-strain")
    first = with_curves[0].attributes["Stress-strain"]
    view = first.table_view
    own = frame[frame["record_guid"] == with_curves[0].record_guid]
    assert len(own) == len(view.table_view)
    y_column = view.column_headers[0]
    assert list(own[y_column]) == [row[0] for row in view.table_view]
    assert frame.attrs["units"][y_column] == first.unit
    assert "Strain [%]" in frame.columns and frame.attrs["units"]["Strain [%]"] == "%"
    sheet = with_curves[0]._repr_html_()
    assert "<svg" in sheet and "Stress-strain" in sheet
    tables = [
        v
        for r in records[:60]
        for v in r.attributes.values()
        if isinstance(v, facade.AttributeTabular) and not v.is_empty()
    ]
    assert tables, "the demo gives metals tabular values"
    owner = next(r for r in records[:60] if tables[0] in r.attributes.values())
    sheet = owner._repr_html_()
    for column in tables[0].columns:
        assert column in sheet
