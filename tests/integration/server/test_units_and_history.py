"""Attribute definitions, unit systems, unit conversion on read and write, record properties
and lifecycle events, against the reference server."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from ._helpers import API, client, table_guid

DB = "DEMO_MATERIALS"
SYSTEMS = ("Metric", "SI (Consistent)", "US Customary")


def _definitions(http: httpx.Client, table: str, **params: Any) -> dict[str, dict[str, Any]]:
    guid = table_guid(http, DB, table)
    answer = http.get(f"{API}/databases/{DB}/tables/{guid}/attributes", params=params)
    assert answer.status_code == 200, answer.text
    return {a["name"]: a for a in answer.json()["attributes"]}


def _import(http: httpx.Client, *items: dict[str, Any], **extra: Any) -> list[dict[str, Any]]:
    answer = http.post(f"{API}/records/import", json={"items": list(items), **extra})
    assert answer.status_code == 200, answer.text
    return list(answer.json()["results"])


def _export(http: httpx.Client, history: str, **extra: Any) -> dict[str, Any]:
    body = {"records": [{"databaseKey": DB, "historyGuid": history}], **extra}
    answer = http.post(f"{API}/records/export", json=body)
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()["results"][0]
    return result


def _values(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {v["attribute"]: v for v in result["attributes"]}


def test_metals_define_every_kind_with_type_codes_and_order(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        definitions = _definitions(http, "Metals")
    codes = {d["typeCode"] for d in definitions.values()}
    assert codes == {"POIN", "RNGE", "DISC", "INPT", "LOGI", "DTTM", "STXT", "LTXT", "HLNK"} | {
        "FILE",
        "PICT",
        "FUNC",
        "TABL",
    }
    assert [d["order"] for d in definitions.values()] == list(range(1, len(definitions) + 1))
    modulus = definitions["Young's modulus"]
    assert modulus["unit"] == modulus["databaseUnit"] == "GPa"
    assert modulus["isMultivalued"] is True
    (temperature,) = modulus["parameters"]
    assert (temperature["name"], temperature["unit"], temperature["dataType"]) == (
        "Temperature",
        "degC",
        "numeric",
    )
    assert modulus["min"] < modulus["max"]
    composition = definitions["Composition"]
    assert [c["name"] for c in composition["columns"]] == ["Element", "Mass fraction", "Role"]
    assert definitions["Stress-strain"]["axisName"] == "Stress"


def test_definitions_follow_the_unit_system(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        us = _definitions(http, "Metals", unitSystem="US Customary", absoluteTemperatures="true")
        metric = _definitions(http, "Metals")
    assert us["Density"]["unit"] == "lb/ft^3"
    assert us["Density"]["databaseUnit"] == "kg/m^3"
    assert us["Young's modulus"]["parameters"][0]["unit"] == "degR"
    assert us["Density"]["max"] == pytest.approx(metric["Density"]["max"] * 0.0624279606, rel=1e-6)


def test_unit_systems_and_an_unknown_one(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        listed = http.get(f"{API}/databases/{DB}/unit-systems").json()
        guid = table_guid(http, DB, "Metals")
        unknown = http.get(
            f"{API}/databases/{DB}/tables/{guid}/attributes", params={"unitSystem": "Imperial"}
        )
    assert listed == {"databaseUnitSystem": "Metric", "unitSystems": list(SYSTEMS)}
    assert unknown.status_code == 404
    assert "US Customary" in unknown.json()["detail"]


def test_equivalent_units_carry_factor_and_offset(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        answer = http.get(f"{API}/databases/{DB}/unit-equivalents", params={"unit": "degC"}).json()
        unknown = http.get(f"{API}/databases/{DB}/unit-equivalents", params={"unit": "furlong"})
    by_symbol = {e["symbol"]: e for e in answer["equivalents"]}
    assert by_symbol["degF"]["factor"] == pytest.approx(1.8)
    assert by_symbol["degF"]["offset"] == pytest.approx(32.0)
    assert by_symbol["K"]["offset"] == pytest.approx(273.15)
    assert unknown.status_code == 404


@pytest.mark.parametrize("system", SYSTEMS)
def test_a_value_written_in_a_system_reads_back_the_same(writable_server, system: str) -> None:
    with client(writable_server.url, "writer") as http:
        metals = table_guid(http, DB, "Metals")
        shown = _definitions(http, "Metals", unitSystem=system, absoluteTemperatures="true")
        modulus_unit = shown["Young's modulus"]["unit"]
        temperature_unit = shown["Young's modulus"]["parameters"][0]["unit"]
        written = {
            "type": "point",
            "attribute": "Young's modulus",
            "unit": modulus_unit,
            "values": [
                {
                    "value": 1234.5678,
                    "parameters": [
                        {"name": "Temperature", "value": 345.6, "unit": temperature_unit}
                    ],
                }
            ],
        }
        item = {"databaseKey": DB, "tableGuid": metals, "name": f"Round trip {system}"}
        created = _import(http, {**item, "attributes": [written]})[0]
        assert created["status"] == "ok", created
        history = created["record"]["historyGuid"]
        back = _values(_export(http, history, unitSystem=system, absoluteTemperatures=True))[
            "Young's modulus"
        ]
        stored = _values(_export(http, history))["Young's modulus"]
    assert back["unit"] == modulus_unit
    assert back["values"][0]["value"] == pytest.approx(1234.5678, rel=1e-9)
    parameter = back["values"][0]["parameters"][0]
    assert parameter["unit"] == temperature_unit
    assert parameter["value"] == pytest.approx(345.6, rel=1e-9)
    assert stored["unit"] == "GPa"
    assert stored["values"][0]["parameters"][0]["unit"] == "degC"


def test_absolute_temperatures_on_export(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        guid = table_guid(http, DB, "Polymers")
        root = http.get(f"{API}/databases/{DB}/tables/{guid}/children").json()["records"][0]
        child = http.get(
            f"{API}/databases/{DB}/record-histories/{root['historyGuid']}/children"
        ).json()["records"][0]
        relative = _values(_export(http, child["historyGuid"]))["Glass transition temperature"]
        absolute = _values(_export(http, child["historyGuid"], absoluteTemperatures=True))[
            "Glass transition temperature"
        ]
    assert relative["unit"] == "degC"
    assert absolute["unit"] == "K"
    assert absolute["values"][0]["value"] == pytest.approx(relative["values"][0]["value"] + 273.15)


def test_an_incompatible_unit_is_refused_naming_attribute_unit_and_allowed(writable_server) -> None:
    with client(writable_server.url, "writer") as http:
        metals = table_guid(http, DB, "Metals")
        value = {"type": "point", "attribute": "Density", "unit": "MPa", "values": [{"value": 1.0}]}
        item = {"databaseKey": DB, "tableGuid": metals, "name": "Bad unit", "attributes": [value]}
        (result,) = _import(http, item)
    assert result["status"] == "failed"
    detail = result["error"]["detail"]
    assert '"Density"' in detail and '"MPa"' in detail and "lb/ft^3" in detail
    assert result["error"]["errors"][0]["pointer"] == "/items/0/attributes/0/unit"


def test_history_after_create_update_release_and_withdraw(writable_server) -> None:
    with client(writable_server.url, "writer") as http:
        metals = table_guid(http, DB, "Metals")
        item = {"databaseKey": DB, "tableGuid": metals, "name": "History check"}
        history = _import(http, item, revisionNotes="new")[0]["record"]["historyGuid"]
        density = {"type": "point", "attribute": "Density", "values": [{"value": 2700.0}]}
        _import(
            http, {**item, "historyGuid": history, "attributes": [density]}, revisionNotes="fix"
        )
        _import(http, {**item, "historyGuid": history, "release": True}, releaseNotes="ok")
        _import(http, {**item, "historyGuid": history, "attributes": [density], "release": True})
        withdrawn = http.post(
            f"{API}/records/delete-or-withdraw",
            json={
                "records": [{"databaseKey": DB, "historyGuid": history}],
                "withdrawalNotes": "gone",
            },
        )
        assert withdrawn.json()["results"][0]["status"] == "withdrawn"
        events = http.get(f"{API}/databases/{DB}/record-histories/{history}/events").json()[
            "events"
        ]
        batch = http.post(
            f"{API}/records/version-histories",
            json={"records": [{"databaseKey": DB, "historyGuid": history}]},
        ).json()["results"][0]
    kinds = [(e["kind"], e["versionNumber"]) for e in events]
    assert kinds == [
        ("create", 1),
        ("modify", 1),
        ("release", 1),
        ("create", 2),
        ("supersede", 1),
        ("release", 2),
        ("withdraw", 2),
    ]
    assert events[0]["notes"] == "new" and events[1]["notes"] == "fix"
    assert events[2]["notes"] == "ok" and events[-1]["notes"] == "gone"
    assert {e["user"] for e in events} == {"writer"}
    assert [v["versionNumber"] for v in batch["versions"]] == [1, 2]
    assert batch["events"] == events


def test_every_demo_record_has_events_and_properties(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        guid = table_guid(http, DB, "Metals")
        folder = http.get(f"{API}/databases/{DB}/tables/{guid}/children").json()["records"][0]
        records = http.get(
            f"{API}/databases/{DB}/record-histories/{folder['historyGuid']}/children"
        ).json()["records"][:20]
        refs = [{"databaseKey": DB, "historyGuid": r["historyGuid"]} for r in records]
        histories = http.post(f"{API}/records/version-histories", json={"records": refs}).json()
        exported = http.post(
            f"{API}/records/export",
            json={"records": refs, "attributes": [], "includeProperties": True},
        ).json()
    for result in histories["results"]:
        assert result["events"], result["historyGuid"]
        assert all(e["user"] and e["notes"] for e in result["events"] if e["kind"] == "create")
    for result in exported["results"]:
        properties = result["properties"]
        assert properties["parentName"] == folder["name"]
        assert properties["isWritable"] is False  # the reader may not write
        assert properties["createdBy"] in ("admin", "writer")


def test_metals_have_youngs_modulus_at_three_to_five_temperatures(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        guid = table_guid(http, DB, "Metals")
        folder = http.get(f"{API}/databases/{DB}/tables/{guid}/children").json()["records"][0]
        records = http.get(
            f"{API}/databases/{DB}/record-histories/{folder['historyGuid']}/children"
        ).json()["records"][:30]
        refs = [{"databaseKey": DB, "historyGuid": r["historyGuid"]} for r in records]
        exported = http.post(
            f"{API}/records/export", json={"records": refs, "attributes": ["Young's modulus"]}
        ).json()
    counts = set()
    for result in exported["results"]:
        (modulus,) = result["attributes"]
        assert modulus["unit"] == "GPa"
        assert all(p["parameters"][0]["unit"] == "degC" for p in modulus["values"])
        counts.add(len(modulus["values"]))
    assert counts == {3, 4, 5}
