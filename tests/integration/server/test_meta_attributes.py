"""Meta-attributes and definition histories on the reference server: definitions, export
(which meta-attributes come back when), import and clearing, errors, units and the viewer."""

from __future__ import annotations

import re
from typing import Any

import httpx

from ._helpers import API, all_records, client, table_guid

DB = "DEMO_MATERIALS"


def _listing(http: httpx.Client, table: str, **params: Any) -> dict[str, Any]:
    guid = table_guid(http, DB, table)
    answer = http.get(f"{API}/databases/{DB}/tables/{guid}/attributes", params=params)
    assert answer.status_code == 200, answer.text
    listing: dict[str, Any] = answer.json()
    return listing


def _metas(listing: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(m["isMetaFor"], m["name"]): m for m in listing["metaAttributes"]}


def _export(http: httpx.Client, history: str, **extra: Any) -> dict[str, Any]:
    body = {"records": [{"databaseKey": DB, "historyGuid": history}], **extra}
    answer = http.post(f"{API}/records/export", json=body)
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()["results"][0]
    return result


def _meta_values(result: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (group["attribute"], value["attribute"]): value
        for group in result["metaAttributes"]
        for value in group["values"]
    }


def _import(http: httpx.Client, item: dict[str, Any]) -> dict[str, Any]:
    answer = http.post(f"{API}/records/import", json={"items": [item]})
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()["results"][0]
    return result


def _item(http: httpx.Client, record: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "databaseKey": DB,
        "tableGuid": table_guid(http, DB, "Metals"),
        "historyGuid": record["historyGuid"],
        "name": record["name"],
        **extra,
    }


# --- definitions -------------------------------------------------------------------------------


def test_meta_attributes_are_listed_apart_and_name_their_parent(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        listing = _listing(http, "Metals")
    attributes = {a["name"] for a in listing["attributes"]}
    metas = _metas(listing)
    assert set(metas) == {
        ("Density", "Source"),
        ("Density", "Test notes"),
        ("Yield strength", "Source"),
        ("Yield strength", "Test temperature"),
    }
    assert all(a["isMetaFor"] is None for a in listing["attributes"])
    assert "Test notes" not in attributes and "Source" not in attributes
    # the same name under two parents: two definitions
    assert metas[("Density", "Source")]["guid"] != metas[("Yield strength", "Source")]["guid"]
    source = metas[("Density", "Source")]
    assert (source["typeCode"], source["isMultivalued"]) == ("DISC", False)
    assert source["discreteValues"] == ["Supplier datasheet", "In-house test", "Handbook"]
    assert [m["order"] for m in listing["metaAttributes"][:2]] == [1, 2]


def test_meta_attribute_units_follow_the_unit_system(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        own = _metas(_listing(http, "Metals"))[("Yield strength", "Test temperature")]
        us = _metas(_listing(http, "Metals", unitSystem="US Customary"))[
            ("Yield strength", "Test temperature")
        ]
    assert (own["unit"], own["databaseUnit"]) == ("degC", "degC")
    assert (us["unit"], us["databaseUnit"]) == ("degF", "degC")
    assert abs(us["min"] - (own["min"] * 1.8 + 32)) < 1e-9


def test_every_definition_has_a_history(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        listing = _listing(http, "Metals")
    definitions = listing["attributes"] + listing["metaAttributes"]
    assert all(d["history"]["createdBy"] == "admin" for d in definitions)
    counts = {d["history"]["updateCount"] for d in definitions}
    assert counts == {0, 1}
    changed = next(d["history"] for d in definitions if d["history"]["updateCount"] == 1)
    assert changed["lastModifiedAt"] > changed["createdAt"]
    never = next(d["history"] for d in definitions if d["history"]["updateCount"] == 0)
    assert never["lastModifiedAt"] == never["createdAt"]


# --- export ------------------------------------------------------------------------------------


def test_export_of_everything_includes_meta_values(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        records = all_records(http, DB, "Metals")[:8]
        results = [_export(http, r["historyGuid"]) for r in records]
    found = [_meta_values(r) for r in results]
    assert any(("Density", "Test notes") in f for f in found)
    assert any(("Density", "Test notes") not in f for f in found)  # some left empty
    for result in results:
        # meta values never appear among the attributes
        assert not {"Source", "Test notes", "Test temperature"} & {
            v["attribute"] for v in result["attributes"]
        }
    value = next(f[("Density", "Source")] for f in found if ("Density", "Source") in f)
    assert value["type"] == "discrete" and len(value["values"]) == 1


def test_export_by_name_leaves_meta_values_out_unless_asked(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        record = all_records(http, DB, "Metals")[0]
        full = _meta_values(_export(http, record["historyGuid"]))
        by_name = _export(http, record["historyGuid"], attributes=["Density"])
        asked = _export(
            http,
            record["historyGuid"],
            attributes=["Density"],
            metaAttributes=[{"attribute": "Density", "metaAttribute": "Test notes"}],
        )
        unknown = _export(
            http,
            record["historyGuid"],
            attributes=[],
            metaAttributes=[{"attribute": "Density", "metaAttribute": "Colour"}],
        )
    assert by_name["metaAttributes"] == []
    assert _meta_values(asked) == {
        key: value for key, value in full.items() if key == ("Density", "Test notes")
    }
    assert unknown["metaAttributes"] == []


def test_meta_point_values_come_in_the_unit_system(reference_server) -> None:
    key = ("Yield strength", "Test temperature")
    with client(reference_server.url, "reader") as http:
        records = all_records(http, DB, "Metals")[:8]
        for record in records:
            own = _meta_values(_export(http, record["historyGuid"]))
            if key in own:
                break
        us = _meta_values(_export(http, record["historyGuid"], unitSystem="US Customary"))
    assert own[key]["unit"] == "degC" and us[key]["unit"] == "degF"
    assert abs(us[key]["values"][0]["value"] - (own[key]["values"][0]["value"] * 1.8 + 32)) < 1e-9


# --- import ------------------------------------------------------------------------------------


def test_import_writes_and_clears_meta_values(writable_server) -> None:
    with client(writable_server.url, "writer") as http:
        record = all_records(http, DB, "Metals")[3]
        written = _import(
            http,
            _item(
                http,
                record,
                metaAttributes=[
                    {
                        "attribute": "Density",
                        "values": [
                            {
                                "type": "longText",
                                "attribute": "Test notes",
                                "value": "Re-measured.",
                            },
                            {
                                "type": "discrete",
                                "attribute": "Source",
                                "values": ["In-house test"],
                            },
                        ],
                    },
                    {
                        "attribute": "Yield strength",
                        "values": [
                            {
                                "type": "point",
                                "attribute": "Test temperature",
                                "values": [{"value": 77.0, "parameters": []}],
                                "unit": "degF",
                            },
                            {"type": "discrete", "attribute": "Source", "values": ["Handbook"]},
                        ],
                    },
                ],
            ),
        )
        assert written["status"] == "ok", written
        new_version = written["record"]
        after = _meta_values(_export(http, new_version["historyGuid"]))
        assert after[("Density", "Test notes")]["value"] == "Re-measured."
        temperature = after[("Yield strength", "Test temperature")]
        assert temperature["unit"] == "degC"  # stored in the database unit
        assert abs(temperature["values"][0]["value"] - 25.0) < 1e-9
        assert after[("Yield strength", "Source")]["values"] == ["Handbook"]
        # two meta-attributes of the same name, under two parents, hold their own values
        assert after[("Density", "Source")]["values"] == ["In-house test"]

        cleared = _import(
            http,
            _item(
                http,
                new_version,
                clearMetaAttributes=[{"attribute": "Density", "metaAttribute": "Test notes"}],
            ),
        )
        assert cleared["status"] == "ok", cleared
        final = _meta_values(_export(http, new_version["historyGuid"]))
    assert ("Density", "Test notes") not in final
    assert ("Yield strength", "Test temperature") in final


def test_a_meta_only_change_makes_a_new_version(writable_server) -> None:
    with client(writable_server.url, "writer") as http:
        record = next(r for r in all_records(http, DB, "Metals") if r["releaseState"] == "released")
        written = _import(
            http,
            _item(
                http,
                record,
                metaAttributes=[
                    {
                        "attribute": "Density",
                        "values": [{"type": "longText", "attribute": "Test notes", "value": "v+1"}],
                    }
                ],
            ),
        )
    assert written["status"] == "ok", written
    assert written["record"]["versionNumber"] == record["versionNumber"] + 1
    assert written["record"]["releaseState"] == "unreleased"


def test_import_errors_name_the_meta_attribute(writable_server) -> None:
    with client(writable_server.url, "writer") as http:
        record = all_records(http, DB, "Metals")[5]
        cases = [
            (
                {
                    "attribute": "Form",
                    "values": [{"type": "longText", "attribute": "X", "value": "a"}],
                },
                "/items/0/metaAttributes/0/attribute",
            ),
            (
                {
                    "attribute": "Density",
                    "values": [{"type": "longText", "attribute": "Colour", "value": "a"}],
                },
                "/items/0/metaAttributes/0/values/0/attribute",
            ),
            (
                {
                    "attribute": "Density",
                    "values": [{"type": "shortText", "attribute": "Test notes", "value": "a"}],
                },
                "/items/0/metaAttributes/0/values/0/type",
            ),
            (
                {
                    "attribute": "Density",
                    "values": [{"type": "discrete", "attribute": "Source", "values": ["Rumour"]}],
                },
                "/items/0/metaAttributes/0/values/0/values/0",
            ),
            (
                {
                    "attribute": "Yield strength",
                    "values": [
                        {
                            "type": "point",
                            "attribute": "Test temperature",
                            "values": [{"value": 1.0, "parameters": []}],
                            "unit": "kg",
                        }
                    ],
                },
                "/items/0/metaAttributes/0/values/0/unit",
            ),
        ]
        for group, pointer in cases:
            result = _import(http, _item(http, record, metaAttributes=[group]))
            assert result["status"] == "failed", (group, result)
            assert result["error"]["status"] == 422
            assert result["error"]["errors"][0]["pointer"] == pointer, result["error"]
        clear = _import(
            http,
            _item(
                http, record, clearMetaAttributes=[{"attribute": "Density", "metaAttribute": "X"}]
            ),
        )
    assert clear["status"] == "failed"
    assert clear["error"]["errors"][0]["pointer"] == "/items/0/clearMetaAttributes/0"


# --- viewer ------------------------------------------------------------------------------------


def test_viewer_shows_meta_attributes_under_their_parent(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        record = all_records(http, DB, "Metals")[1]
        meta = _meta_values(_export(http, record["historyGuid"]))
        page = http.get(
            "/viewer/datasheet",
            params={"dbKey": DB, "recordHistoryGuid": record["historyGuid"]},
        )
    assert page.status_code == 200
    html = page.text
    row_ids = re.findall(r"<tr(?: class='meta')? id='([^']+)'", html)
    density = row_ids.index("Density")
    assert row_ids[density + 1 : density + 3] == ["Density/Source", "Density/Test notes"]
    strength = row_ids.index("Yield strength")
    assert row_ids[strength + 1 : strength + 3] == [
        "Yield strength/Source",
        "Yield strength/Test temperature",
    ]
    for (parent, name), value in meta.items():
        row = re.search(rf"<tr class='meta' id='{re.escape(parent)}/{name}'>(.*?)</tr>", html)
        assert row is not None
        if value["type"] == "longText":
            assert value["value"] in row.group(1)
    missing = {("Density", "Source"), ("Density", "Test notes")} - set(meta)
    for parent, name in missing:
        assert f"id='{parent}/{name}'><th class='meta'>&#8627; {name}</th>" in html


# --- criteria search ---------------------------------------------------------------------------


def _search(http: httpx.Client, *criteria: dict[str, Any]) -> httpx.Response:
    body = {"criteria": list(criteria), "tableGuid": table_guid(http, DB, "Metals")}
    return http.post(f"{API}/databases/{DB}/criteria-search", json=body, params={"pageSize": 1000})


def test_criteria_on_meta_attributes_name_the_parent(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        on_strength = _search(
            http,
            {
                "attribute": "Source",
                "metaAttributeOf": "Yield strength",
                "operator": "containsAny",
                "values": ["Handbook"],
            },
        )
        unknown = _search(
            http,
            {"attribute": "Colour", "metaAttributeOf": "Density", "operator": "exists"},
        )
        not_a_meta = _search(http, {"attribute": "Source", "operator": "exists"})
        records = all_records(http, DB, "Metals")
        exported = http.post(
            f"{API}/records/export",
            json={
                "records": [{"databaseKey": DB, "historyGuid": r["historyGuid"]} for r in records],
                "attributes": [],
                "metaAttributes": [{"attribute": "Yield strength", "metaAttribute": "Source"}],
            },
        ).json()["results"]
        expected = {
            result["record"]["historyGuid"]
            for result in exported
            if _meta_values(result).get(("Yield strength", "Source"), {}).get("values")
            == ["Handbook"]
        }
    assert on_strength.status_code == 200, on_strength.text
    assert {r["historyGuid"] for r in on_strength.json()["records"]} == expected and expected
    for answer in (unknown, not_a_meta):
        assert answer.status_code == 422, answer.text
        assert answer.json()["errors"][0]["pointer"] == "/criteria/0/attribute"


def test_parameters_and_columns_have_histories(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        definitions = {a["name"]: a for a in _listing(http, "Metals")["attributes"]}
    parameters = definitions["Stress-strain"]["parameters"]
    columns = definitions["Composition"]["columns"]
    for part in (*parameters, *columns):
        assert part["history"]["createdBy"] == "admin", part
    assert [p["history"]["updateCount"] for p in parameters] == [0, 1]
    assert [c["history"]["updateCount"] for c in columns[:2]] == [0, 1]
    revised = columns[1]["history"]
    assert revised["lastModifiedAt"] > revised["createdAt"]
