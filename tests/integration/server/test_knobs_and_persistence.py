"""Idempotent replay, fault injection, rate limiting, restarts with a data file, the viewer."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from ._helpers import API, all_records, client, table_guid

DB = "DEMO_MATERIALS"


def test_same_idempotency_key_replays_and_changes_nothing(writable_server) -> None:
    with client(writable_server.url, "writer") as http:
        metals = table_guid(http, DB, "Metals")
        body = {"items": [{"databaseKey": DB, "tableGuid": metals, "name": "Idempotent alloy"}]}
        headers = {"Idempotency-Key": "test-idempotent-0001"}
        first = http.post(f"{API}/records/import", json=body, headers=headers)
        again = http.post(f"{API}/records/import", json=body, headers=headers)
        assert first.json() == again.json()
        found = http.get(
            f"{API}/databases/{DB}/search", params={"mode": "name", "query": "Idempotent alloy"}
        )
        assert found.json()["totalCount"] == 1
        other = http.post(
            f"{API}/records/import", json=body, headers={"Idempotency-Key": "test-idempotent-0002"}
        )
        assert (
            other.json()["results"][0]["record"]["historyGuid"]
            != first.json()["results"][0]["record"]["historyGuid"]
        )


def test_idempotency_keys_are_per_principal(writable_server) -> None:
    refs = {"references": [{"databaseKey": DB, "historyIdentity": 1}]}
    headers = {"Idempotency-Key": "shared-key"}
    with (
        client(writable_server.url, "writer") as writer,
        client(writable_server.url, "admin") as admin,
    ):
        writer.post(f"{API}/records/resolve", json=refs, headers=headers)
        replay = admin.post(f"{API}/records/resolve", json=refs, headers=headers)
        assert "Idempotent-Replayed" not in replay.headers
        assert (
            writer.post(f"{API}/records/resolve", json=refs, headers=headers).headers[
                "Idempotent-Replayed"
            ]
            == "true"
        )


def test_fail_rate_gives_500_503_and_dropped_connections(server_factory) -> None:
    server = server_factory(
        "--demo", "--records", "10", "--fail-rate", "0.6", validate_responses=False
    )
    outcomes: set[str] = set()
    with httpx.Client(base_url=server.url, timeout=10) as http:
        for _ in range(60):
            try:
                answer = http.get(f"{API}/status")
            except httpx.TransportError:
                outcomes.add("dropped")
                continue
            outcomes.add(str(answer.status_code))
            if answer.status_code == 503:
                assert answer.headers["Retry-After"] == "1"
    assert outcomes == {"200", "500", "503", "dropped"}


def test_rate_limit_answers_429_with_retry_after(server_factory) -> None:
    server = server_factory("--demo", "--records", "10", "--rate-limit", "2")
    with client(server.url, "reader") as http:
        statuses = [http.get(f"{API}/databases").status_code for _ in range(6)]
        assert statuses[:2] == [200, 200] and 429 in statuses
        limited = http.get(f"{API}/databases")
        assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1
    with client(server.url, "writer") as other:
        assert other.get(f"{API}/databases").status_code == 200


def test_data_survives_a_restart(server_factory, tmp_path: Path) -> None:
    data = tmp_path / "servicelayer.sqlite3"
    server = server_factory("--demo", "--records", "20", "--data", str(data))
    with client(server.url, "writer") as http:
        metals = table_guid(http, DB, "Metals")
        created = http.post(
            f"{API}/records/import",
            json={
                "items": [
                    {"databaseKey": DB, "tableGuid": metals, "name": "Survivor", "release": True}
                ]
            },
            headers={"Idempotency-Key": "restart-1"},
        )
        history = created.json()["results"][0]["record"]["historyGuid"]
    server.restart()
    with client(server.url, "writer") as http:
        assert (
            http.get(f"{API}/databases/{DB}/record-histories/{history}").json()["name"]
            == "Survivor"
        )
        replay = http.post(
            f"{API}/records/import", json={"items": []}, headers={"Idempotency-Key": "restart-1"}
        )
        assert replay.status_code == 422  # validated before replay: an empty batch is invalid
        again = http.post(
            f"{API}/records/import",
            json={
                "items": [
                    {"databaseKey": DB, "tableGuid": metals, "name": "Survivor", "release": True}
                ]
            },
            headers={"Idempotency-Key": "restart-1"},
        )
        assert again.json()["results"][0]["record"]["historyGuid"] == history


@pytest.mark.parametrize("path", ["/viewer/datasheet", "/viewer/datasheet.aspx"])
def test_viewer_shows_a_datasheet(reference_server, path: str) -> None:
    with client(reference_server.url, "reader") as http:
        record = http.get(
            f"{API}/databases/{DB}/search", params={"mode": "name", "query": "Aluminium 6061-T6"}
        ).json()["records"][0]
        page = http.get(path, params={"dbKey": DB, "recordHistoryGuid": record["historyGuid"]})
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        assert "Aluminium 6061-T6" in page.text and "kg/m^3" in page.text
    assert (
        httpx.get(
            f"{reference_server.url}{path}",
            params={"dbKey": DB, "recordHistoryGuid": record["historyGuid"]},
        ).status_code
        == 401
    )


def test_viewer_shows_pictures_inline_and_links(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        records = all_records(http, DB, "Metals")[:40]
        refs = [{"databaseKey": DB, "historyGuid": r["historyGuid"]} for r in records]
        exported = http.post(
            f"{API}/records/export",
            json={"records": refs, "attributes": ["Micrograph"], "includeLinks": True},
        ).json()["results"]
        with_picture = next(r for r in exported if r["attributes"])
        page = http.get(
            "/viewer/datasheet",
            params={"dbKey": DB, "recordHistoryGuid": with_picture["record"]["historyGuid"]},
        ).text
        assert '<img alt="Micrograph" src="data:image/png;base64,' in page
        linked = next(r for r in exported if any(g["targets"] for g in r["links"]))
        page = http.get(
            "/viewer/datasheet",
            params={"dbKey": DB, "recordHistoryGuid": linked["record"]["historyGuid"]},
        ).text
        target = next(t for g in linked["links"] for t in g["targets"])
        assert f"recordHistoryGuid={target['historyGuid']}" in page
