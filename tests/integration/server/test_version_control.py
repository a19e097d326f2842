"""Version control through import, release and delete-or-withdraw; per-item results."""

from __future__ import annotations

from typing import Any

import httpx

from ._helpers import API, client, table_guid

DB = "DEMO_MATERIALS"


def _import(http: httpx.Client, *items: dict[str, Any], **extra: Any) -> list[dict[str, Any]]:
    answer = http.post(f"{API}/records/import", json={"items": list(items), **extra})
    assert answer.status_code == 200, answer.text
    return list(answer.json()["results"])


def _versions(http: httpx.Client, history: str) -> list[tuple[int | None, str]]:
    body = http.get(f"{API}/databases/{DB}/record-histories/{history}/versions").json()
    return [(r["versionNumber"], r["releaseState"]) for r in body["records"]]


def test_create_release_update_release_withdraw(writable_server) -> None:
    with client(writable_server.url, "writer") as http:
        metals = table_guid(http, DB, "Metals")
        item = {"databaseKey": DB, "tableGuid": metals, "name": "Aluminium 2219-T87"}
        created = _import(http, item)[0]
        assert created["status"] == "ok"
        history = created["record"]["historyGuid"]
        assert _versions(http, history) == [(1, "unreleased")]

        _import(http, {**item, "historyGuid": history, "release": True}, releaseNotes="first")
        assert _versions(http, history) == [(1, "released")]

        density = {
            "type": "point",
            "attribute": "Density",
            "values": [{"value": 2840.0}],
            "unit": "kg/m^3",
        }
        updated = _import(http, {**item, "historyGuid": history, "attributes": [density]})[0]
        assert updated["record"]["versionNumber"] == 2
        assert _versions(http, history) == [(1, "released"), (2, "unreleased")]

        _import(http, {**item, "historyGuid": history, "release": True})
        assert _versions(http, history) == [(1, "superseded"), (2, "released")]

        answer = http.post(
            f"{API}/records/delete-or-withdraw",
            json={
                "records": [{"databaseKey": DB, "historyGuid": history}],
                "withdrawalNotes": "obsolete",
            },
        )
        assert answer.json()["results"][0]["status"] == "withdrawn"
        assert _versions(http, history) == [(1, "superseded"), (2, "withdrawn")]


def test_delete_removes_never_released_and_unversioned_records(writable_server) -> None:
    with client(writable_server.url, "writer") as http:
        metals = table_guid(http, DB, "Metals")
        polymers = table_guid(http, DB, "Polymers")
        draft = _import(http, {"databaseKey": DB, "tableGuid": metals, "name": "Draft metal"})[0][
            "record"
        ]
        polymer = _import(http, {"databaseKey": DB, "tableGuid": polymers, "name": "PA12 natural"})[
            0
        ]["record"]
        assert polymer["releaseState"] == "unversioned" and polymer["versionNumber"] is None
        refs = [{"databaseKey": DB, "historyGuid": r["historyGuid"]} for r in (draft, polymer)]
        results = http.post(f"{API}/records/delete-or-withdraw", json={"records": refs}).json()[
            "results"
        ]
        assert [r["status"] for r in results] == ["deleted", "deleted"]
        for record in (draft, polymer):
            assert (
                http.get(
                    f"{API}/databases/{DB}/record-histories/{record['historyGuid']}"
                ).status_code
                == 404
            )


def test_deleting_a_draft_keeps_the_released_version(writable_server) -> None:
    with client(writable_server.url, "writer") as http:
        metals = table_guid(http, DB, "Metals")
        item = {"databaseKey": DB, "tableGuid": metals, "name": "Titanium Grade 5 test"}
        history = _import(http, {**item, "release": True})[0]["record"]["historyGuid"]
        draft = _import(http, {**item, "historyGuid": history, "shortName": "Ti G5"})[0]["record"]
        assert draft["versionNumber"] == 2
        results = http.post(
            f"{API}/records/delete-or-withdraw",
            json={"records": [{"databaseKey": DB, "versionGuid": draft["versionGuid"]}]},
        ).json()["results"]
        assert results[0]["status"] == "deleted"
        assert _versions(http, history) == [(1, "released")]


def test_each_item_is_atomic_and_reported(writable_server) -> None:
    with client(writable_server.url, "writer") as http:
        metals = table_guid(http, DB, "Metals")
        good = {"databaseKey": DB, "tableGuid": metals, "name": "Copper C101 test"}
        bad = {
            **good,
            "name": "Broken",
            "attributes": [{"type": "integer", "attribute": "Hardness", "value": 3}],
        }
        missing = {**good, "historyGuid": "00000000-0000-4000-8000-000000000000"}
        results = _import(http, good, bad, missing)
        assert [r["status"] for r in results] == ["ok", "failed", "notFound"]
        assert results[1]["error"]["errors"][0]["pointer"] == "/items/1/attributes/0/attribute"
        found = http.get(
            f"{API}/databases/{DB}/search", params={"mode": "name", "query": "Broken"}
        ).json()
        assert found["totalCount"] == 0


def test_values_round_trip_through_export(writable_server) -> None:
    with client(writable_server.url, "writer") as http:
        metals = table_guid(http, DB, "Metals")
        upload = http.post(
            f"{API}/databases/{DB}/binary-data",
            params={"fileName": "sheet.pdf", "mimeType": "application/pdf"},
            content=b"%PDF-1.7 test",
        )
        assert upload.status_code == 201
        values = [
            {
                "type": "range",
                "attribute": "Yield strength",
                "low": 100.0,
                "high": 120.0,
                "unit": "MPa",
            },
            {"type": "discrete", "attribute": "Form", "values": ["Bar"]},
            {"type": "date", "attribute": "Test date", "value": "2026-01-02"},
            {
                "type": "file",
                "attribute": "Datasheet",
                "fileName": "sheet.pdf",
                "binaryId": upload.json()["binaryId"],
            },
            {"type": "picture", "attribute": "Micrograph", "data": "iVBORw0KGgo="},
        ]
        record = _import(
            http, {"databaseKey": DB, "tableGuid": metals, "name": "Exported", "attributes": values}
        )[0]["record"]
        ref = {"databaseKey": DB, "historyGuid": record["historyGuid"]}
        exported = http.post(
            f"{API}/records/export", json={"records": [ref], "includeBinaryData": True}
        ).json()["results"][0]
        by_name = {v["attribute"]: v for v in exported["attributes"]}
        assert by_name["Yield strength"]["low"] == 100.0
        assert by_name["Datasheet"]["data"] is not None and by_name["Datasheet"]["size"] == 13
        assert by_name["Micrograph"]["data"] == "iVBORw0KGgo="
        by_url = http.post(
            f"{API}/records/export", json={"records": [ref], "attributes": ["Datasheet"]}
        ).json()["results"][0]
        [datasheet] = by_url["attributes"]
        download = http.get(datasheet["url"])
        assert download.content == b"%PDF-1.7 test"
        assert 'filename="sheet.pdf"' in download.headers["content-disposition"]


def test_links_replace_and_export(writable_server) -> None:
    with client(writable_server.url, "writer") as http:
        metals = table_guid(http, DB, "Metals")
        a, b = _import(
            http,
            *(
                {"databaseKey": DB, "tableGuid": metals, "name": n, "release": True}
                for n in ("Link A", "Link B")
            ),
        )
        processes = http.get(
            f"{API}/databases/DEMO_PROCESSES/search", params={"mode": "text", "query": "annealing"}
        ).json()["records"]
        item = {
            "databaseKey": DB,
            "historyGuid": a["record"]["historyGuid"],
            "groups": [
                {
                    "group": "Similar metals",
                    "targets": [{"databaseKey": DB, "historyGuid": b["record"]["historyGuid"]}],
                },
                {
                    "group": "Heat treatments",
                    "targets": [
                        {
                            "databaseKey": "DEMO_PROCESSES",
                            "historyGuid": processes[0]["historyGuid"],
                        }
                    ],
                },
            ],
        }
        assert (
            http.post(f"{API}/records/links", json={"items": [item]}).json()["results"][0]["status"]
            == "ok"
        )
        exported = http.post(
            f"{API}/records/export",
            json={
                "records": [{"databaseKey": DB, "historyGuid": a["record"]["historyGuid"]}],
                "includeLinks": True,
            },
        ).json()
        links = {
            g["group"]: [t["name"] for t in g["targets"]] for g in exported["results"][0]["links"]
        }
        assert links["Similar metals"] == ["Link B"]
        assert links["Heat treatments"] == [processes[0]["name"]]


def test_reader_may_not_write(writable_server) -> None:
    with client(writable_server.url, "reader") as http:
        metals = table_guid(http, DB, "Metals")
        answer = http.post(
            f"{API}/records/import",
            json={"items": [{"databaseKey": DB, "tableGuid": metals, "name": "x"}]},
        )
        assert answer.status_code == 403
        assert http.post(f"{API}/databases/{DB}/binary-data", content=b"x").status_code == 403
        refs = {"records": [{"databaseKey": DB, "historyIdentity": 5}]}
        assert http.post(f"{API}/records/delete-or-withdraw", json=refs).status_code == 403
