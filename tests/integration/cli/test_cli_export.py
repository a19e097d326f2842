"""``servicelayer export``: CSV, JSON and Parquet files of a whole table, read back and compared."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb

from facade import Record, RecordType, SessionBuilder
from tests.conftest import RunningServer

from .conftest import Invoke, reader_env


def _table_records(server: RunningServer, table: str) -> dict[str, Record]:
    """Every non-folder record of ``table``, found by walking its tree with the facade."""
    session = SessionBuilder(server.url).with_credentials("reader", "reader-password")
    pending = list(session.get_db(db_key="DEMO_MATERIALS").get_table(table).children)
    found: dict[str, Record] = {}
    while pending:
        node = pending.pop()
        pending.extend(node.children if node.type is not RecordType.Record else [])
        if node.type is not RecordType.Folder:
            found[node.record_guid or ""] = node
    return found


def test_export_csv_with_every_attribute(
    invoke: Invoke, reference_server: RunningServer, tmp_path: Path
) -> None:
    output = tmp_path / "metals.csv"
    result = invoke(
        "export", "DEMO_MATERIALS", "Metals", "-o", str(output), **reader_env(reference_server.url)
    )
    assert result.exit_code == 0, result.output
    expected = _table_records(reference_server, "Metals")
    with output.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["record_guid"] for row in rows} == set(expected)
    assert f"Exported {len(expected)} records" in result.stdout
    header = list(rows[0])
    assert header[:5] == ["history_guid", "record_guid", "name", "version_number", "release_state"]
    assert {"Density", "Density [unit]", "Yield strength low", "Yield strength high"} <= set(header)
    sample = next(row for row in rows if row["Density"])
    record = expected[sample["record_guid"]]
    density = record.attributes["Density"]
    assert float(sample["Density"]) == density.value
    assert sample["Density [unit]"] == density.unit  # type: ignore[attr-defined]
    assert sample["name"] == record.name


def test_export_json_with_chosen_attributes(
    invoke: Invoke, reference_server: RunningServer, tmp_path: Path
) -> None:
    output = tmp_path / "out" / "metals.json"
    result = invoke(
        "export",
        "DEMO_MATERIALS",
        "Metals",
        "--attributes",
        "Density, Form",
        "-o",
        str(output),
        "--json",
        **reader_env(reference_server.url),
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["format"] == "json" and summary["attributes"] == ["Density", "Form"]
    rows = json.loads(output.read_text(encoding="utf-8"))
    assert len(rows) == summary["records"] == len(_table_records(reference_server, "Metals"))
    assert all(set(row["attributes"]) <= {"Density", "Form"} for row in rows)
    assert any(row["attributes"].get("Density", {}).get("unit") for row in rows)


def test_export_parquet_read_back_with_duckdb(
    invoke: Invoke, reference_server: RunningServer, tmp_path: Path
) -> None:
    output = tmp_path / "metals.data"
    result = invoke(
        "export",
        "DEMO_MATERIALS",
        "Metals",
        "--attributes",
        "Density,Yield strength,Batch size",
        "--format",
        "parquet",
        "-o",
        str(output),
        **reader_env(reference_server.url),
    )
    assert result.exit_code == 0, result.output
    expected = _table_records(reference_server, "Metals")
    relation = duckdb.sql(f"SELECT * FROM read_parquet('{output}')")
    columns = dict(zip(relation.columns, relation.types, strict=True))
    assert str(columns["Density [kg/m^3]"]) == "DOUBLE"
    assert str(columns["Yield strength low [MPa]"]) == "DOUBLE"
    assert str(columns["Batch size"]) == "BIGINT"
    rows = duckdb.sql(
        f'SELECT record_guid, "Density [kg/m^3]", "Batch size" FROM read_parquet(\'{output}\')'
    ).fetchall()
    assert {guid for guid, _, _ in rows} == set(expected)
    guid, density, batch = next(row for row in rows if row[1] is not None and row[2] is not None)
    values = expected[guid].attributes
    assert density == values["Density"].value
    assert batch == values["Batch size"].value


def test_export_refuses_unknown_attributes_and_writes_nothing(
    invoke: Invoke, reference_server: RunningServer, tmp_path: Path
) -> None:
    output = tmp_path / "metals.csv"
    result = invoke(
        "export",
        "DEMO_MATERIALS",
        "Metals",
        "--attributes",
        "Density,Colour",
        "-o",
        str(output),
        **reader_env(reference_server.url),
    )
    assert result.exit_code == 1
    assert "no attribute 'Colour'" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_export_of_an_unknown_table_is_not_found(
    invoke: Invoke, reference_server: RunningServer, tmp_path: Path
) -> None:
    result = invoke(
        "export",
        "DEMO_MATERIALS",
        "Ceramics",
        "-o",
        str(tmp_path / "x.csv"),
        **reader_env(reference_server.url),
    )
    assert result.exit_code == 3
    assert result.stderr.strip() == "error: no table named 'Ceramics' in database 'DEMO_MATERIALS'"
