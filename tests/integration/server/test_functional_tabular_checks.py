"""The server refuses functional and tabular values that do not fit their attribute (422 with a
pointer and a message naming what is wrong) and applies tabular imports cell by cell."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.conftest import RunningServer

from ._helpers import API, all_records, client, table_guid

DB = "DEMO_MATERIALS"


@pytest.fixture(scope="module")
def http(writable_server: RunningServer) -> Any:
    with client(writable_server.url, "writer") as session:
        yield session


def _import(http: httpx.Client, value: dict[str, Any]) -> dict[str, Any]:
    metals = table_guid(http, DB, "Metals")
    item = {"databaseKey": DB, "tableGuid": metals, "name": "Check", "attributes": [value]}
    answer = http.post(f"{API}/records/import", json={"items": [item]})
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()["results"][0]
    return result


def _error(result: dict[str, Any]) -> tuple[str, str]:
    assert result["status"] == "failed", result
    error = result["error"]["errors"][0]
    return error["pointer"], error["message"]


def _series(**changes: Any) -> dict[str, Any]:
    curve = {
        "x": [0.0, 1.0],
        "y": [0.0, 200.0],
        "parameters": [{"name": "Temperature", "value": 20.0}],
    }
    value = {
        "type": "functionalSeriesPoint",
        "attribute": "Stress-strain",
        "xAxis": "Strain",
        "unit": "MPa",
        "series": [curve],
    }
    curve.update(changes.pop("curve", {}))
    value.update(changes)
    return value


def test_unknown_parameter_is_refused_naming_the_known_ones(http: httpx.Client) -> None:
    pointer, message = _error(
        _import(http, _series(curve={"parameters": [{"name": "Humidity", "value": 1.0}]}))
    )
    assert pointer.endswith("/series/0/parameters/0/name")
    assert "'Strain', 'Temperature'" in message


def test_series_lengths_must_match(http: httpx.Client) -> None:
    pointer, message = _error(_import(http, _series(curve={"y": [1.0]})))
    assert pointer.endswith("/series/0/y") and "2 x values but 1 y values" in message


def test_numeric_x_given_as_text_is_refused(http: httpx.Client) -> None:
    value = _series(curve={"xText": ["a", "b"]})
    del value["series"][0]["x"]
    pointer, message = _error(_import(http, value))
    assert (
        pointer.endswith("/series/0/xText")
        and "numeric" in message
        and 'give its values as "x"' in message
    )


def test_unit_of_another_dimension_is_refused(http: httpx.Client) -> None:
    pointer, message = _error(_import(http, _series(unit="degC")))
    assert pointer.endswith("/unit") and "MPa" in message


def test_grid_parameter_values_must_cover_every_point(http: httpx.Client) -> None:
    grid = {
        "type": "functionalGridPoint",
        "attribute": "Fatigue strength",
        "xAxis": "Cycles",
        "x": [1e4, 1e5],
        "y": [200.0, 180.0],
        "parameterValues": [{"name": "Stress ratio", "values": [-1.0]}],
    }
    pointer, message = _error(_import(http, grid))
    assert pointer.endswith("/parameterValues/0/values") and "1 values for 2 points" in message


def _steps(*cells: list[Any], identity: int | None = None) -> dict[str, Any]:
    return {
        "type": "tabular",
        "attribute": "Heat treatment steps",
        "rows": [{"identity": identity, "cells": list(c)} for c in cells],
    }


def test_tabular_cells_must_fit_their_columns(http: httpx.Client) -> None:
    pointer, message = _error(_import(http, _steps([{"type": "shortText", "value": "Anneal"}])))
    assert pointer.endswith("/rows/0/cells") and "1 cells for 4 columns" in message
    wrong_kind = [None, {"type": "shortText", "value": "hot"}, None, None]
    pointer, message = _error(_import(http, _steps(wrong_kind)))
    assert pointer.endswith("/rows/0/cells/1/type") and "point cells" in message
    atmosphere = [None, None, None, {"type": "discrete", "value": "Plasma"}]
    pointer, message = _error(_import(http, _steps(atmosphere)))
    assert "not one of" in message


def test_unknown_row_identity_is_refused(http: httpx.Client) -> None:
    pointer, message = _error(_import(http, _steps([None, None, None, None], identity=7)))
    assert pointer.endswith("/rows/0/identity") and "no row with identity 7" in message


def test_local_table_rows_cannot_link(http: httpx.Client) -> None:
    value = _steps([None, None, None, None])
    value["rows"][0]["linkingValue"] = "TP-1017"
    pointer, message = _error(_import(http, value))
    assert pointer.endswith("/rows/0/linkingValue") and "not linked" in message


def test_cell_units_convert_to_the_column_unit(http: httpx.Client) -> None:
    cells = [
        None,
        {"type": "point", "value": 932.0, "unit": "degF"},
        {"type": "point", "value": 30, "unit": "min"},
        None,
    ]
    result = _import(http, _steps(cells))
    assert result["status"] == "ok", result
    body = {
        "records": [{"databaseKey": DB, "historyGuid": result["record"]["historyGuid"]}],
        "attributes": ["Heat treatment steps"],
    }
    exported = http.post(f"{API}/records/export", json=body).json()["results"][0]["attributes"][0]
    row = exported["rows"][0]
    assert row["identity"] == 1
    assert row["cells"][1] == {"type": "point", "value": pytest.approx(500.0), "unit": "degC"}
    assert row["cells"][2]["value"] == pytest.approx(0.5) and row["cells"][2]["unit"] == "h"


def test_demo_curves_have_the_documented_shape(http: httpx.Client) -> None:
    metal = next(r for r in all_records(http, DB, "Metals") if r["type"] == "record")
    body = {
        "records": [{"databaseKey": DB, "historyGuid": metal["historyGuid"]}],
        "attributes": ["Stress-strain", "Fatigue strength", "Thermal expansion"],
    }
    values = {
        v["attribute"]: v
        for v in http.post(f"{API}/records/export", json=body).json()["results"][0]["attributes"]
    }
    curves = values["Stress-strain"]["series"]
    assert [c["parameters"][0]["value"] for c in curves] == [20.0, 100.0, 200.0]
    for curve in curves:
        assert 20 <= len(curve["x"]) <= 60
        slopes = [
            (y1 - y0) / (x1 - x0)
            for x0, x1, y0, y1 in zip(
                curve["x"], curve["x"][1:], curve["y"], curve["y"][1:], strict=False
            )
        ]
        assert slopes[0] > 10 * slopes[-1] > 0  # elastic line, then yield and slow hardening
    assert values["Fatigue strength"]["type"] == "functionalGridPoint"
    assert values["Fatigue strength"]["y"][0] > values["Fatigue strength"]["y"][5]
    assert values["Thermal expansion"]["xAxis"] == "Temperature"
