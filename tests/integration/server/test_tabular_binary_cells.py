"""Picture and file cells of local tabular columns: stored as binaries, exported by URL or
inline, kept by reference, and refused (422 with a pointer) without content."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest

from tests.conftest import RunningServer

from ._helpers import API, client, table_guid

DB = "DEMO_MATERIALS"
COLUMNS = 11  # the demo's "Characterization": Image and Raw data are columns 5 and 6


@pytest.fixture(scope="module")
def http(writable_server: RunningServer) -> Any:
    with client(writable_server.url, "writer") as session:
        yield session


def _row(**cells: dict[str, Any]) -> dict[str, Any]:
    row: list[dict[str, Any] | None] = [None] * COLUMNS
    for index, cell in cells.items():
        row[int(index.lstrip("c"))] = cell
    return {"cells": row}


def _import(http: httpx.Client, rows: list[dict[str, Any]]) -> dict[str, Any]:
    metals = table_guid(http, DB, "Metals")
    value = {"type": "tabular", "attribute": "Characterization", "rows": rows}
    item = {"databaseKey": DB, "tableGuid": metals, "name": "Cells", "attributes": [value]}
    answer = http.post(f"{API}/records/import", json={"items": [item]})
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()["results"][0]
    return result


def _cells(http: httpx.Client, history_guid: str, include: bool) -> list[Any]:
    answer = http.post(
        f"{API}/records/export",
        json={
            "records": [{"databaseKey": DB, "historyGuid": history_guid}],
            "includeBinaryData": include,
        },
    )
    assert answer.status_code == 200, answer.text
    values = answer.json()["results"][0]["attributes"]
    tabular = next(v for v in values if v["attribute"] == "Characterization")
    return list(tabular["rows"][0]["cells"])


def test_picture_and_file_cells_are_stored_and_served(http: httpx.Client) -> None:
    data = base64.b64encode(b"\x89PNG picture bytes").decode()
    result = _import(
        http,
        [
            _row(
                c5={"type": "picture", "data": data, "mimeType": "image/png"},
                c6={"type": "file", "data": data, "fileName": "raw.txt", "description": "Raw"},
            )
        ],
    )
    assert result["status"] == "ok", result
    guid = result["record"]["historyGuid"]
    picture, file = _cells(http, guid, include=False)[5:7]
    assert (
        picture["url"].endswith(f"/binary-data/{picture['binaryId']}") and picture["data"] is None
    )
    assert picture["size"] == len(b"\x89PNG picture bytes") and picture["mimeType"] == "image/png"
    assert (file["fileName"], file["description"]) == ("raw.txt", "Raw")
    served = http.get(picture["url"])
    assert served.status_code == 200 and served.content == b"\x89PNG picture bytes"
    inline = _cells(http, guid, include=True)[5]
    assert base64.b64decode(inline["data"]) == b"\x89PNG picture bytes" and inline["url"] is None


@pytest.mark.parametrize(
    ("cell", "pointer", "message"),
    [
        ({"type": "picture"}, "/rows/0/cells/5/data", "needs data or binaryId"),
        ({"type": "picture", "binaryId": "0" * 32}, "/rows/0/cells/5/binaryId", "no uploaded"),
        ({"type": "file", "fileName": "x.txt", "data": "%%%"}, "/rows/0/cells/5/type", "holds"),
    ],
)
def test_cells_without_content_are_refused(
    http: httpx.Client, cell: dict[str, Any], pointer: str, message: str
) -> None:
    result = _import(http, [_row(c5=cell)])
    assert result["status"] == "failed", result
    error = result["error"]["errors"][0]
    assert error["pointer"].endswith(pointer) and message in error["message"], error
