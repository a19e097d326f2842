"""Plain data and cell text of attribute values; ID parsing; export format choice."""

from __future__ import annotations

import datetime
from pathlib import Path

import click
import pytest

from facade import (
    AttributeDate,
    AttributeDiscrete,
    AttributeFunctionalSeriesPoint,
    AttributeLogical,
    AttributePoint,
    AttributeRange,
    AttributeTabular,
    FunctionalValueParameter,
    ParameterizedPointValue,
    PointParameterValue,
    Range,
    SeriesParameterValue,
    SeriesPoint,
    TabularColumn,
)
from servicelayer_cli._export import choose_format
from servicelayer_cli._records import RecordId, parse_record_id
from servicelayer_cli._values import attribute_json, cell_text, plain_value

GUID = "bdd640fb-0667-4ad1-9c80-000000000005"


def test_a_single_point_is_its_number_with_its_unit() -> None:
    density = AttributePoint("Density", 2700.0, unit="kg/m^3")
    assert attribute_json(density) == {"value": 2700.0, "unit": "kg/m^3"}
    assert cell_text(plain_value(density)) == "2700"


def test_parameterized_points_keep_their_parameters_and_units() -> None:
    points = (
        ParameterizedPointValue(48.1, (PointParameterValue("Temperature", 20.0, "degC"),)),
        ParameterizedPointValue(51.5, (PointParameterValue("Temperature", 200.0, "degC"),)),
    )
    value = plain_value(AttributePoint("Conductivity", points, unit="W/m.K"))
    assert value[0] == {
        "value": 48.1,
        "parameters": [{"name": "Temperature", "value": 20.0, "unit": "degC"}],
    }
    assert cell_text(value) == "48.1 (Temperature=20 degC); 51.5 (Temperature=200 degC)"


def test_ranges_dates_logicals_and_lists() -> None:
    assert plain_value(AttributeRange("Yield", Range(1.5, None))) == {"low": 1.5, "high": None}
    assert cell_text({"low": 1.5, "high": None}) == "1.5.."
    assert plain_value(AttributeDate("Tested", datetime.date(2024, 11, 15))) == "2024-11-15"
    assert cell_text(plain_value(AttributeLogical("RoHS", value=False))) == "false"
    colours = AttributeDiscrete("Colour", ["red", "blue"], is_multivalued=True)
    assert cell_text(plain_value(colours)) == "red; blue"
    assert cell_text(None) == "" and cell_text(1e20) == "1e+20" and cell_text(float("nan")) == "nan"


def test_record_ids() -> None:
    assert parse_record_id(GUID.upper()) == RecordId(GUID.upper(), guid=GUID)
    assert parse_record_id(f"MAT:{GUID}") == RecordId(f"MAT:{GUID}", db_key="MAT", guid=GUID)
    assert parse_record_id("MAT:42") == RecordId("MAT:42", db_key="MAT", history_identity=42)
    for bad in ("42", ":42", "MAT:", "MAT:x42", "not-a-guid"):
        with pytest.raises(click.BadParameter):
            parse_record_id(bad)


def test_export_format_from_option_then_suffix_then_csv() -> None:
    assert choose_format("json", Path("out.csv")) == "json"
    assert choose_format(None, Path("out.PARQUET")) == "parquet"
    assert choose_format(None, Path("out.txt")) == "csv"


def test_a_curve_is_plain_data_and_a_one_line_cell() -> None:
    curve = AttributeFunctionalSeriesPoint(
        "Stress-strain",
        [SeriesPoint([0.0, 1.0], [0.0, 200.0], parameters=[SeriesParameterValue("T", 20.0)])],
        x_axis="Strain",
        unit="MPa",
        parameters=[FunctionalValueParameter("Strain", "%"), FunctionalValueParameter("T")],
    )
    data = plain_value(curve)
    assert data == {
        "x_axis": "Strain",
        "curves": [
            {"x": [0.0, 1.0], "y": [0.0, 200.0], "is_estimated": [False, False], "at": {"T": 20.0}}
        ],
    }
    assert attribute_json(curve)["unit"] == "MPa"
    assert cell_text(data) == "1 curves, 2 points vs Strain"


def test_a_table_is_its_rows() -> None:
    table = AttributeTabular("Steps", [TabularColumn("Step", "STXT")])
    table.append_row().cells[0].value = "Anneal"  # type: ignore[union-attr]
    data = plain_value(table)
    assert data == {"columns": ["Step"], "rows": [["Anneal"]]}
    assert cell_text(data) == "1 rows x 1 columns"
