"""The datasheet shows every attribute with type code and unit, unit systems and the history."""

from __future__ import annotations

from ._helpers import API, client

DB = "DEMO_MATERIALS"


def _metal(http) -> dict:
    return http.get(
        f"{API}/databases/{DB}/search", params={"mode": "name", "query": "Aluminium 6061-T6"}
    ).json()["records"][0]


def test_datasheet_lists_definitions_empty_attributes_and_history(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        record = _metal(http)
        page = http.get(
            "/viewer/datasheet", params={"dbKey": DB, "recordHistoryGuid": record["historyGuid"]}
        ).text
    assert "POIN · GPa; parameters: Temperature [degC]" in page
    assert "TABL; columns: Element, Mass fraction, Role" in page
    assert "<th>Composition</th>" in page and "(empty)" in page
    assert "<h2>History</h2>" in page and "Reviewed by the materials board." in page
    assert "Created " in page and "Units: Metric" in page


def test_datasheet_in_us_customary_with_absolute_temperatures(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        record = _metal(http)
        params = {
            "dbKey": DB,
            "recordHistoryGuid": record["historyGuid"],
            "unitSystem": "US Customary",
            "absoluteTemperatures": "true",
        }
        page = http.get("/viewer/datasheet", params=params).text
        unknown = http.get("/viewer/datasheet", params={**params, "unitSystem": "Imperial"})
    assert "lb/ft^3" in page and "degR" in page and "ksi" in page
    assert "Units: US Customary (absolute temperatures)" in page
    assert unknown.status_code == 404 and "US Customary" in unknown.text
