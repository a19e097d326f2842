"""Data revisions come from the record versions the caller may see: a reader's export never
reveals data of unreleased versions."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.conftest import RunningServer

from ._helpers import API, client, table_guid

DB = "DEMO_MATERIALS"


@pytest.fixture(scope="module")
def writer(writable_server: RunningServer) -> Any:
    with client(writable_server.url, "writer") as session:
        yield session


@pytest.fixture(scope="module")
def reader(writable_server: RunningServer) -> Any:
    with client(writable_server.url, "reader") as session:
        yield session


def _density(value: float) -> dict[str, Any]:
    return {"type": "point", "attribute": "Density", "unit": "kg/m^3", "values": [{"value": value}]}


def _write(http: httpx.Client, item: dict[str, Any]) -> dict[str, Any]:
    answer = http.post(f"{API}/records/import", json={"items": [item]})
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()["results"][0]
    assert result["status"] == "ok", result
    return result


def _revisions(http: httpx.Client, history_guid: str) -> dict[str, dict[str, Any]]:
    answer = http.post(
        f"{API}/records/export",
        json={
            "records": [{"databaseKey": DB, "historyGuid": history_guid}],
            "attributes": [],
            "includeDataRevisions": True,
        },
    )
    assert answer.status_code == 200, answer.text
    result = answer.json()["results"][0]
    assert result["attributes"] == []
    return {r["attribute"]: r for r in result["dataRevisions"]}


def test_a_reader_sees_the_revisions_of_released_versions_only(
    writer: httpx.Client, reader: httpx.Client
) -> None:
    metals = table_guid(writer, DB, "Metals")
    first = _write(
        writer,
        {
            "databaseKey": DB,
            "tableGuid": metals,
            "name": "Revisions seen by a reader",
            "release": True,
            "attributes": [_density(2700.0)],
        },
    )
    guid = first["record"]["historyGuid"]
    _write(
        writer,
        {
            "databaseKey": DB,
            "tableGuid": metals,
            "historyGuid": guid,
            "name": "Revisions seen by a reader",
            "release": False,
            "attributes": [_density(2750.0)],
        },
    )
    drafts = _revisions(writer, guid)["Density"]
    assert (drafts["dataVersionNumber"], drafts["createdInRecordVersion"]) == (2, 2)
    released = _revisions(reader, guid)["Density"]
    assert (released["dataVersionNumber"], released["createdInRecordVersion"]) == (1, 1)
    assert released["retiredInRecordVersion"] is None and released["isPopulated"] is True
    assert released["history"]["updateCount"] == 0
