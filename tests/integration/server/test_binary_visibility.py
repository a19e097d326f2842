"""Binary data follows the visibility of the versions that refer to it; ids cannot be guessed."""

from __future__ import annotations

import re
import uuid
from typing import Any

import httpx

from tests.conftest import RunningServer

from ._helpers import API, client, table_guid

DB = "DEMO_MATERIALS"


def _upload(http: httpx.Client, content: bytes) -> str:
    answer = http.post(
        f"{API}/databases/{DB}/binary-data",
        params={"fileName": "sheet.pdf", "mimeType": "application/pdf"},
        content=content,
    )
    assert answer.status_code == 201, answer.text
    return str(answer.json()["binaryId"])


def _import(http: httpx.Client, item: dict[str, Any]) -> dict[str, Any]:
    answer = http.post(
        f"{API}/records/import",
        json={"items": [item]},
        headers={"Idempotency-Key": str(uuid.uuid4())},
    )
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()["results"][0]
    assert result["status"] == "ok", result
    return result


def test_a_drafts_binary_is_not_served_to_readers_until_released(
    writable_server: RunningServer,
) -> None:
    content = f"%PDF-1.7 draft {uuid.uuid4()}".encode()
    with (
        client(writable_server.url, "writer") as writer,
        client(writable_server.url, "reader") as reader,
    ):
        binary_id = _upload(writer, content)
        path = f"{API}/databases/{DB}/binary-data/{binary_id}"
        assert reader.get(path).status_code == 404  # uploaded, referred to by nothing
        item = {
            "databaseKey": DB,
            "tableGuid": table_guid(writer, DB, "Metals"),
            "name": f"Draft with file {uuid.uuid4().hex[:6]}",
            "attributes": [
                {
                    "type": "file",
                    "attribute": "Datasheet",
                    "fileName": "s.pdf",
                    "binaryId": binary_id,
                }
            ],
        }
        record = _import(writer, item)["record"]
        assert record["releaseState"] == "unreleased"
        assert writer.get(path).content == content
        hidden = reader.get(path)
        assert hidden.status_code == 404
        assert binary_id in hidden.json()["detail"]  # the same answer as an unknown id
        _import(writer, {**item, "historyGuid": record["historyGuid"], "release": True})
        assert reader.get(path).content == content


def test_binary_ids_are_random_not_derived_from_the_content(
    writable_server: RunningServer,
) -> None:
    with client(writable_server.url, "writer") as writer:
        first = _upload(writer, b"same bytes")
        second = _upload(writer, b"same bytes")
    assert first != second
    assert re.fullmatch(r"[0-9a-f]{32}", first) and re.fullmatch(r"[0-9a-f]{32}", second)
