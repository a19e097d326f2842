"""Resolving references by priority and strictness; search by name and text."""

from __future__ import annotations

from ._helpers import API, all_records, client, table_guid

DB = "DEMO_MATERIALS"


def _resolve(http, refs, strict=True):
    answer = http.post(f"{API}/records/resolve", json={"references": refs, "strictVersion": strict})
    assert answer.status_code == 200, answer.text
    return answer.json()["results"]


def test_priority_version_guid_then_identity_then_history_guid(reference_server) -> None:
    with client(reference_server.url, "writer") as http:
        records = all_records(http, DB, "Metals")
        first, second = records[0], records[1]
        [by_version] = _resolve(
            http,
            [
                {
                    "databaseKey": DB,
                    "versionGuid": first["versionGuid"],
                    "historyIdentity": second["historyIdentity"],
                    "historyGuid": second["historyGuid"],
                }
            ],
        )
        assert by_version["versionGuid"] == first["versionGuid"]
        [by_identity] = _resolve(
            http,
            [
                {
                    "databaseKey": DB,
                    "historyIdentity": first["historyIdentity"],
                    "historyGuid": second["historyGuid"],
                }
            ],
        )
        assert by_identity["historyGuid"] == first["historyGuid"]
        [by_history, missing] = _resolve(
            http,
            [
                {"databaseKey": DB, "historyGuid": second["historyGuid"]},
                {"databaseKey": DB, "historyGuid": "00000000-0000-4000-8000-000000000000"},
            ],
        )
        assert by_history["historyGuid"] == second["historyGuid"] and missing is None


def test_strict_version_for_readers(reference_server) -> None:
    with (
        client(reference_server.url, "writer") as writer,
        client(reference_server.url, "reader") as reader,
    ):
        draft = next(
            r
            for r in all_records(writer, DB, "Metals")
            if r["releaseState"] == "unreleased" and r["versionNumber"] == 2
        )
        ref = {"databaseKey": DB, "versionGuid": draft["versionGuid"]}
        assert _resolve(reader, [ref], strict=True) == [None]
        [latest] = _resolve(reader, [ref], strict=False)
        assert latest["versionNumber"] == 1
        [numbered] = _resolve(
            reader,
            [{"databaseKey": DB, "historyIdentity": draft["historyIdentity"], "versionNumber": 1}],
        )
        assert numbered["releaseState"] == "released"
        states = reader.post(
            f"{API}/records/release-states",
            json={"records": [{"databaseKey": DB, "historyGuid": draft["historyGuid"]}]},
        ).json()["results"]
        assert states[0]["releaseState"] == "released"


def test_search_by_name_is_exact_case_insensitive_on_name_or_short_name(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        by_name = http.get(
            f"{API}/databases/{DB}/search", params={"mode": "name", "query": "aluminium 6061-t6"}
        ).json()
        assert [r["name"] for r in by_name["records"]] == ["Aluminium 6061-T6"]
        by_short = http.get(
            f"{API}/databases/{DB}/search", params={"mode": "name", "query": "AL 6061-T6"}
        ).json()
        assert [r["name"] for r in by_short["records"]] == ["Aluminium 6061-T6"]
        assert (
            http.get(
                f"{API}/databases/{DB}/search", params={"mode": "name", "query": "Aluminium 6061"}
            ).json()["totalCount"]
            == 0
        )


def test_text_search_pages_and_table_filter(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        params = {"mode": "text", "query": "aluminium", "pageSize": 50}
        first = http.get(f"{API}/databases/{DB}/search", params=params).json()
        assert first["totalCount"] > 50 and first["nextPage"] == 2
        polymers = table_guid(http, DB, "Polymers")
        none = http.get(
            f"{API}/databases/{DB}/search", params={**params, "tableGuid": polymers}
        ).json()
        assert none["totalCount"] == 0
        odd = http.get(
            f"{API}/databases/{DB}/search", params={"mode": "text", "query": "%' OR 1=1 --"}
        )
        assert odd.status_code == 200 and odd.json()["totalCount"] == 0
