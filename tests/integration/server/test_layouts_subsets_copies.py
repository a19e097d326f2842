"""Table layouts, subsets (listings, filters, membership writes) and record copies on the server."""

from __future__ import annotations

from typing import Any

import httpx

from server._demo_layouts import LAYOUTS, SUBSETS

from ._helpers import API, client, table_guid

DB = "DEMO_MATERIALS"


def _table_path(http: httpx.Client, table: str, database: str = DB) -> str:
    return f"{API}/databases/{database}/tables/{table_guid(http, database, table)}"


def _listing(http: httpx.Client, path: str, **params: Any) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    page: int | None = 1
    while page is not None:
        answer = http.get(path, params={**params, "page": page, "pageSize": 1000})
        assert answer.status_code == 200, answer.text
        records += answer.json()["records"]
        page = answer.json()["nextPage"]
    return records


def _subsets_of(http: httpx.Client, guids: list[str]) -> list[list[str]]:
    answer = http.post(
        f"{API}/records/subsets",
        json={"records": [{"databaseKey": DB, "historyGuid": g} for g in guids]},
    )
    assert answer.status_code == 200, answer.text
    return [result["subsets"] for result in answer.json()["results"]]


# --- layouts --------------------------------------------------------------------------------


def test_every_demo_table_has_two_layouts_naming_its_attributes_and_link_groups(
    reference_server,
) -> None:
    with client(reference_server.url, "reader") as http:
        link_groups = {
            (g["sourceTableGuid"], g["name"])
            for key in ("DEMO_MATERIALS", "DEMO_PROCESSES")
            for g in http.get(f"{API}/databases/{key}/link-groups").json()["linkGroups"]
        }
        for database, table in (
            ("DEMO_MATERIALS", "Metals"),
            ("DEMO_MATERIALS", "Polymers"),
            ("DEMO_PROCESSES", "Processes"),
        ):
            path = _table_path(http, table, database)
            guid = path.rsplit("/", 1)[-1]
            attributes = {a["name"] for a in http.get(f"{path}/attributes").json()["attributes"]}
            answer = http.get(f"{path}/layouts").json()
            names = [layout["name"] for layout in answer["layouts"]]
            assert names == [name for name, _ in LAYOUTS[table]] and len(names) >= 2
            assert answer["defaultLayout"] == names[0]
            for layout, (_, expected) in zip(answer["layouts"], LAYOUTS[table], strict=True):
                assert [c["name"] for c in layout["categories"]] == [e[0] for e in expected]
                for category, (_, listed, groups) in zip(
                    layout["categories"], expected, strict=True
                ):
                    shown = [a["name"] for a in category["attributes"]]
                    assert shown == list(listed)  # in display order
                    assert set(shown) <= attributes
                    assert {(guid, g) for g in category["linkGroups"]} <= link_groups
                    assert category["linkGroups"] == list(groups)


def test_layouts_of_an_unknown_table_are_404(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        answer = http.get(
            f"{API}/databases/{DB}/tables/00000000-0000-4000-8000-000000000000/layouts"
        )
        assert answer.status_code == 404


# --- subsets: listing and filters -------------------------------------------------------------


def test_subsets_of_a_table_with_its_default(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        answer = http.get(f"{_table_path(http, 'Metals')}/subsets").json()
        everything, selection, _ = SUBSETS["Metals"]
        assert answer == {
            "subsets": [{"name": everything}, {"name": selection}],
            "defaultSubset": everything,
        }


def test_subset_filter_keeps_exactly_the_members_in_every_listing(reference_server) -> None:
    everything, selection, folders = SUBSETS["Metals"]
    with client(reference_server.url, "writer") as http:
        path = _table_path(http, "Metals")
        whole = _listing(http, f"{path}/records")
        in_all = _listing(http, f"{path}/records", subset=everything)
        chosen = _listing(http, f"{path}/records", subset=selection)
        assert [r["historyGuid"] for r in in_all] == [r["historyGuid"] for r in whole]
        by_guid = {r["historyGuid"]: r for r in whole}
        expected = {
            r["historyGuid"]
            for r in whole
            if r["name"] in folders
            or (r["parentHistoryGuid"] and by_guid[r["parentHistoryGuid"]]["name"] in folders)
        }
        assert {r["historyGuid"] for r in chosen} == expected
        assert 0 < len(chosen) < len(whole)
        assert [r["historyIdentity"] for r in chosen] == sorted(
            r["historyIdentity"] for r in chosen
        )
        roots = _listing(http, f"{path}/children", subset=selection)
        assert {r["name"] for r in roots} == set(folders)
        folder = roots[0]
        children = _listing(
            http,
            f"{API}/databases/{DB}/record-histories/{folder['historyGuid']}/children",
            subset=selection,
        )
        assert {c["historyGuid"] for c in children} == {
            r["historyGuid"] for r in chosen if r["parentHistoryGuid"] == folder["historyGuid"]
        }
        member = next(r for r in chosen if r["type"] == "record")
        outsider = next(
            r for r in whole if r["historyGuid"] not in expected and r["type"] == "record"
        )
        guid = path.rsplit("/", 1)[-1]
        for record, found in ((member, True), (outsider, False)):
            by_name = http.get(
                f"{API}/databases/{DB}/search",
                params={
                    "mode": "name",
                    "query": record["name"],
                    "tableGuid": guid,
                    "subset": selection,
                },
            ).json()["records"]
            assert (record["historyGuid"] in {r["historyGuid"] for r in by_name}) is found
            by_criteria = http.post(
                f"{API}/databases/{DB}/criteria-search",
                json={
                    "tableGuid": guid,
                    "subset": selection,
                    "criteria": [
                        {"property": "name", "operator": "equal", "value": record["name"]}
                    ],
                },
            ).json()["records"]
            assert (record["historyGuid"] in {r["historyGuid"] for r in by_criteria}) is found


def test_unknown_subsets_are_404_and_a_subset_without_a_table_matches_by_name(
    reference_server,
) -> None:
    _, selection, _ = SUBSETS["Metals"]
    with client(reference_server.url, "reader") as http:
        path = _table_path(http, "Metals")
        for url in (f"{path}/records", f"{path}/children"):
            answer = http.get(url, params={"subset": "No such subset"})
            assert answer.status_code == 404
            assert "No such subset" in answer.json()["detail"]
        for params in ({}, {"tableGuid": path.rsplit("/", 1)[-1]}):
            answer = http.get(
                f"{API}/databases/{DB}/search",
                params={"mode": "text", "query": "a", "subset": "No such subset", **params},
            )
            assert answer.status_code == 404
            assert answer.json()["errors"][0]["pointer"] == "#/query/subset"
        answer = http.post(
            f"{API}/databases/{DB}/criteria-search",
            json={
                "subset": "No such subset",
                "criteria": [{"property": "name", "operator": "contains", "value": "a"}],
            },
        )
        assert answer.status_code == 404 and answer.json()["errors"][0]["pointer"] == "/subset"
        # Without a table, a subset name keeps the records of the subsets of that name.
        found = _listing(
            http, f"{API}/databases/{DB}/search", mode="text", query="a", subset=selection
        )
        everywhere = _listing(http, f"{API}/databases/{DB}/search", mode="text", query="a")
        assert 0 < len(found) < len(everywhere)
        assert {r["tableName"] for r in found} == {"Metals"}
        members = {r["historyGuid"] for r in _listing(http, f"{path}/records", subset=selection)}
        assert {r["historyGuid"] for r in found} <= members
        assert {r["historyGuid"] for r in everywhere if r["historyGuid"] in members} == {
            r["historyGuid"] for r in found
        }


# --- subsets: membership writes -----------------------------------------------------------------


def test_new_records_join_the_default_subset_or_the_subsets_given(writable_server) -> None:
    everything, selection, _ = SUBSETS["Metals"]
    with client(writable_server.url, "writer") as http:
        path = _table_path(http, "Metals")
        guid = path.rsplit("/", 1)[-1]
        folder_answer = http.post(
            f"{API}/records/import",
            json={
                "items": [
                    {
                        "databaseKey": DB,
                        "tableGuid": guid,
                        "name": "Subset folder",
                        "type": "folder",
                    },
                    {"databaseKey": DB, "tableGuid": guid, "name": "No subsets", "subsets": []},
                ]
            },
        ).json()["results"]
        folder = folder_answer[0]["record"]["historyGuid"]
        unlisted = folder_answer[1]["record"]["historyGuid"]
        child = http.post(
            f"{API}/records/import",
            json={
                "items": [
                    {
                        "databaseKey": DB,
                        "tableGuid": guid,
                        "parentHistoryGuid": folder,
                        "name": "Subset child",
                        "subsets": [selection],
                    }
                ]
            },
        ).json()["results"][0]["record"]["historyGuid"]
        # The child joined "selection", and brought its folder along.
        assert _subsets_of(http, [folder, child, unlisted]) == [
            [everything, selection],
            [selection],
            [],
        ]
        # Taking the folder out of "selection" takes its child out too.
        answer = http.post(
            f"{API}/records/import",
            json={
                "items": [
                    {
                        "databaseKey": DB,
                        "tableGuid": guid,
                        "historyGuid": folder,
                        "name": "Subset folder",
                        "subsets": [everything],
                    }
                ]
            },
        )
        assert answer.json()["results"][0]["status"] == "ok"
        assert _subsets_of(http, [folder, child]) == [[everything], []]
        assert child not in {
            r["historyGuid"] for r in _listing(http, f"{path}/records", subset=selection)
        }
        bad = http.post(
            f"{API}/records/import",
            json={
                "items": [
                    {
                        "databaseKey": DB,
                        "tableGuid": guid,
                        "historyGuid": child,
                        "name": "Subset child",
                        "subsets": [everything, "Nope"],
                    }
                ]
            },
        ).json()["results"][0]
        assert bad["status"] == "failed"
        assert bad["error"]["errors"][0]["pointer"] == "/items/0/subsets/1"
        assert _subsets_of(http, [child]) == [[]]  # the failed item changed nothing


# --- copies ------------------------------------------------------------------------------------


def _export(http: httpx.Client, guid: str) -> dict[str, Any]:
    answer = http.post(
        f"{API}/records/export",
        json={"records": [{"databaseKey": DB, "historyGuid": guid}], "includeLinks": True},
    )
    result: dict[str, Any] = answer.json()["results"][0]
    return result


def test_copy_has_the_source_values_and_subsets_in_a_new_unreleased_record(
    writable_server,
) -> None:
    _, selection, _ = SUBSETS["Metals"]
    with client(writable_server.url, "writer") as http:
        path = _table_path(http, "Metals")
        chosen = _listing(http, f"{path}/records", subset=selection)
        source = next(
            r
            for r in chosen
            if r["type"] == "record"
            and r["releaseState"] == "released"
            and any(g["targets"] for g in _export(http, r["historyGuid"])["links"])
        )
        folder = next(r for r in _listing(http, f"{path}/children") if r["type"] == "folder")
        answer = http.post(
            f"{API}/records/copy",
            json={
                "items": [
                    {
                        "source": {"databaseKey": DB, "historyGuid": source["historyGuid"]},
                        "parentHistoryGuid": folder["historyGuid"],
                        "name": "Copied grade",
                    }
                ],
                "revisionNotes": "A copy.",
            },
        )
        assert answer.status_code == 200, answer.text
        [result] = answer.json()["results"]
        assert result["status"] == "ok", result
        copy = result["record"]
        assert copy["historyGuid"] != source["historyGuid"]
        assert (copy["name"], copy["shortName"]) == ("Copied grade", "Copied grade")
        assert copy["parentHistoryGuid"] == folder["historyGuid"]
        assert (copy["versionNumber"], copy["releaseState"]) == (1, "unreleased")
        original, copied = _export(http, source["historyGuid"]), _export(http, copy["historyGuid"])
        assert copied["attributes"] == original["attributes"] and original["attributes"]
        assert all(group["targets"] == [] for group in copied["links"])
        assert _subsets_of(http, [copy["historyGuid"]]) == _subsets_of(
            http, [source["historyGuid"]]
        )
        # The copy has its own values: changing it leaves the source alone.
        http.post(
            f"{API}/records/import",
            json={
                "items": [
                    {
                        "databaseKey": DB,
                        "tableGuid": copy["tableGuid"],
                        "historyGuid": copy["historyGuid"],
                        "name": "Copied grade",
                        "clearAttributes": [original["attributes"][0]["attribute"]],
                    }
                ]
            },
        )
        assert _export(http, source["historyGuid"])["attributes"] == original["attributes"]


def test_copy_released_at_the_root_keeps_the_name_and_refuses_a_taken_one(
    writable_server,
) -> None:
    with client(writable_server.url, "writer") as http:
        path = _table_path(http, "Metals")
        source = next(r for r in _listing(http, f"{path}/records") if r["type"] == "record")
        item = {
            "source": {"databaseKey": DB, "historyGuid": source["historyGuid"]},
            "release": True,
        }
        [copy] = http.post(f"{API}/records/copy", json={"items": [item]}).json()["results"]
        record = copy["record"]
        assert (record["name"], record["shortName"]) == (source["name"], source["shortName"])
        assert record["parentHistoryGuid"] is None and record["releaseState"] == "released"
        [again] = http.post(f"{API}/records/copy", json={"items": [item]}).json()["results"]
        assert again["status"] == "failed"
        assert again["error"]["errors"][0]["pointer"] == "/items/0/name"


def test_copy_of_a_missing_record_fails_and_readers_may_not_copy(writable_server) -> None:
    item = {"source": {"databaseKey": DB, "historyGuid": "00000000-0000-4000-8000-000000000000"}}
    with client(writable_server.url, "writer") as http:
        [result] = http.post(f"{API}/records/copy", json={"items": [item]}).json()["results"]
        assert result["status"] == "notFound"
    with client(writable_server.url, "reader") as http:
        assert http.post(f"{API}/records/copy", json={"items": [item]}).status_code == 403
