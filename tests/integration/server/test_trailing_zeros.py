"""The server keeps the precision points and range bounds were written with, and refuses
precision that does not fit the number or the attribute (422 with a pointer)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.conftest import RunningServer

from ._helpers import API, client, table_guid

DB = "DEMO_MATERIALS"


@pytest.fixture(scope="module")
def http(writable_server: RunningServer) -> Any:
    with client(writable_server.url, "writer") as session:
        yield session


def _import(http: httpx.Client, value: dict[str, Any]) -> dict[str, Any]:
    metals = table_guid(http, DB, "Metals")
    item = {"databaseKey": DB, "tableGuid": metals, "name": "Precision", "attributes": [value]}
    answer = http.post(f"{API}/records/import", json={"items": [item]})
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()["results"][0]
    return result


def _density(trailing_zeros: dict[str, Any]) -> dict[str, Any]:
    entry = {"value": 2700.0, "trailingZeros": trailing_zeros}
    return {"type": "point", "attribute": "Density", "unit": "kg/m^3", "values": [entry]}


def _exported(http: httpx.Client, history_guid: str, **params: Any) -> dict[str, Any]:
    answer = http.post(
        f"{API}/records/export",
        json={"records": [{"databaseKey": DB, "historyGuid": history_guid}], **params},
    )
    assert answer.status_code == 200, answer.text
    values: list[dict[str, Any]] = answer.json()["results"][0]["attributes"]
    return next(v for v in values if v["attribute"] == "Density")


def test_precision_is_stored_and_exported_unchanged_in_another_unit_system(
    http: httpx.Client,
) -> None:
    precision = {"enteredValue": "2700", "enteredUnit": "kg/m^3", "significantFigures": 5}
    result = _import(http, _density(precision))
    assert result["status"] == "ok", result
    guid = result["record"]["historyGuid"]
    assert _exported(http, guid)["values"][0]["trailingZeros"] == precision
    systems = http.get(f"{API}/databases/{DB}/unit-systems").json()
    other = next(s for s in systems["unitSystems"] if s != systems["databaseUnitSystem"])
    shown = _exported(http, guid, unitSystem=other)
    assert shown["values"][0]["trailingZeros"] == precision


@pytest.mark.parametrize(
    ("precision", "pointer", "message"),
    [
        (
            {"enteredValue": "2712.5", "enteredUnit": "kg/m^3", "significantFigures": 3},
            "/attributes/0/values/0/trailingZeros/significantFigures",
            "more significant digits",
        ),
        (
            {"enteredValue": "2700", "enteredUnit": "MPa", "significantFigures": 4},
            "/attributes/0/values/0/trailingZeros/enteredUnit",
            "not allowed",
        ),
    ],
)
def test_precision_that_does_not_fit_is_refused(
    http: httpx.Client, precision: dict[str, Any], pointer: str, message: str
) -> None:
    result = _import(http, _density(precision))
    assert result["status"] == "failed", result
    error = result["error"]["errors"][0]
    assert error["pointer"].endswith(pointer) and message in error["message"]


def test_range_bounds_keep_their_own_precision(http: httpx.Client) -> None:
    high = {"enteredValue": "62", "enteredUnit": "MPa", "significantFigures": 3}
    value = {
        "type": "range",
        "attribute": "Yield strength",
        "low": 40.0,
        "high": 62.0,
        "unit": "MPa",
        "highTrailingZeros": high,
    }
    result = _import(http, value)
    assert result["status"] == "ok", result
    answer = http.post(
        f"{API}/records/export",
        json={"records": [{"databaseKey": DB, "historyGuid": result["record"]["historyGuid"]}]},
    )
    stored = next(
        v for v in answer.json()["results"][0]["attributes"] if v["attribute"] == "Yield strength"
    )
    assert stored["highTrailingZeros"] == high and "lowTrailingZeros" not in stored


def test_a_malformed_entered_value_is_a_contract_error(http: httpx.Client) -> None:
    precision = {"enteredValue": "2.70e3", "significantFigures": 3}
    metals = table_guid(http, DB, "Metals")
    item = {
        "databaseKey": DB,
        "tableGuid": metals,
        "name": "P",
        "attributes": [_density(precision)],
    }
    answer = http.post(f"{API}/records/import", json={"items": [item]})
    assert answer.status_code in (400, 422), answer.text
