"""The record viewer renders hostile hyperlink values as text and sends security headers."""

from __future__ import annotations

import uuid

import pytest

from tests.conftest import RunningServer

from ._helpers import API, client, table_guid

HOSTILE_URLS = [
    "javascript:alert(document.cookie)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "\x01javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
]


def _record_with_link(server: RunningServer, url: str) -> dict[str, str]:
    with client(server.url, "writer") as http:
        guid = table_guid(http, "DEMO_MATERIALS", "Metals")
        item = {
            "databaseKey": "DEMO_MATERIALS",
            "tableGuid": guid,
            "name": f"Link test {uuid.uuid4().hex[:8]}",
            "attributes": [
                {"type": "hyperlink", "attribute": "Supplier page", "url": url, "description": "Go"}
            ],
        }
        answer = http.post(
            f"{API}/records/import",
            json={"items": [item]},
            headers={"Idempotency-Key": str(uuid.uuid4())},
        )
        assert answer.status_code == 200, answer.text
        result = answer.json()["results"][0]
        assert result["status"] == "ok", result
        return {"dbKey": "DEMO_MATERIALS", "recordHistoryGuid": result["record"]["historyGuid"]}


@pytest.mark.parametrize("url", HOSTILE_URLS, ids=range(len(HOSTILE_URLS)))
def test_a_hostile_hyperlink_is_shown_as_text_not_as_a_link(
    writable_server: RunningServer, url: str
) -> None:
    params = _record_with_link(writable_server, url)
    with client(writable_server.url, "writer") as http:
        page = http.get("/viewer/datasheet", params=params)
    assert page.status_code == 200, page.text
    row = page.text.split("<th>Supplier page</th>", 1)[1].split("</tr>", 1)[0]
    assert "<a " not in row
    assert "href" not in row


@pytest.mark.parametrize("url", ["https://example.com/a?b=1", "http://x.test/", "mailto:a@b.c"])
def test_a_web_or_mail_hyperlink_stays_a_link(writable_server: RunningServer, url: str) -> None:
    params = _record_with_link(writable_server, url)
    with client(writable_server.url, "writer") as http:
        page = http.get("/viewer/datasheet", params=params)
    row = page.text.split("<th>Supplier page</th>", 1)[1].split("</tr>", 1)[0]
    assert '<a href="' in row and 'rel="noopener noreferrer"' in row


def test_viewer_pages_send_security_headers(writable_server: RunningServer) -> None:
    params = _record_with_link(writable_server, "https://example.com/")
    with client(writable_server.url, "reader") as http:
        page = http.get("/viewer/datasheet", params=params)
        missing = http.get("/viewer/datasheet", params={"dbKey": "X", "recordHistoryGuid": "y"})
    for answer in (page, missing):
        policy = answer.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in policy and "default-src 'none'" in policy
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["x-frame-options"] == "DENY"


def test_api_answers_send_nosniff(reference_server: RunningServer) -> None:
    with client(reference_server.url, "reader") as http:
        assert http.get(f"{API}/databases").headers["x-content-type-options"] == "nosniff"
