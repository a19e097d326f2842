"""The reference server's basic reads: status, databases, tables, records, errors."""

from __future__ import annotations

import httpx

from ._helpers import API, all_records, client, table_guid


def test_status_reports_limits_and_viewer(reference_server) -> None:
    answer = httpx.get(f"{reference_server.url}{API}/status")
    assert answer.status_code == 200
    body = answer.json()
    assert body["limits"] == {"maxBatchSize": 1000, "maxPageSize": 1000}
    assert body["viewerBaseUrl"] == f"{reference_server.url}/viewer"
    assert answer.headers["X-Request-Id"]


def test_max_batch_flag_is_reported_and_enforced(server_factory) -> None:
    server = server_factory("--demo", "--records", "20", "--max-batch", "3")
    assert httpx.get(f"{server.url}{API}/status").json()["limits"]["maxBatchSize"] == 3
    refs = [
        {"databaseKey": "DEMO_MATERIALS", "historyGuid": f"00000000-0000-4000-8000-00000000000{i}"}
        for i in range(4)
    ]
    with client(server.url, "reader") as http:
        answer = http.post(f"{API}/records/resolve", json={"references": refs})
        assert answer.status_code == 413
        assert answer.headers["content-type"] == "application/problem+json"
        assert answer.json()["maxBatchSize"] == 3
        assert http.post(f"{API}/records/resolve", json={"references": refs[:3]}).status_code == 200


def test_demo_databases_and_tables(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        keys = [d["key"] for d in http.get(f"{API}/databases").json()["databases"]]
        assert keys == ["DEMO_MATERIALS", "DEMO_PROCESSES"]
        tables = http.get(f"{API}/databases/DEMO_MATERIALS/tables").json()["tables"]
        assert {(t["name"], t["versionControlled"]) for t in tables} == {
            ("Metals", True),
            ("Polymers", False),
        }
        processes = http.get(f"{API}/databases/DEMO_PROCESSES/tables").json()["tables"]
        assert [t["name"] for t in processes] == ["Processes"]


def test_metals_define_every_attribute_kind_with_units(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        guid = table_guid(http, "DEMO_MATERIALS", "Metals")
        attributes = http.get(f"{API}/databases/DEMO_MATERIALS/tables/{guid}/attributes").json()[
            "attributes"
        ]
        kinds = {a["type"] for a in attributes}
        assert kinds == {
            "point",
            "range",
            "discrete",
            "integer",
            "logical",
            "date",
            "shortText",
            "longText",
            "hyperlink",
            "file",
            "picture",
            "functional",
            "tabular",
        }
        density = next(a for a in attributes if a["name"] == "Density")
        assert density["unit"] == "kg/m^3"


def test_each_database_has_at_least_a_thousand_records(reference_server) -> None:
    with client(reference_server.url, "writer") as http:
        metals = all_records(http, "DEMO_MATERIALS", "Metals")
        polymers = all_records(http, "DEMO_MATERIALS", "Polymers")
        processes = all_records(http, "DEMO_PROCESSES", "Processes")
    assert len(metals) + len(polymers) >= 1000
    assert len(processes) >= 1000
    assert {r["releaseState"] for r in polymers} == {"unversioned"}
    assert {r["versionNumber"] for r in polymers} == {None}
    assert {"released", "withdrawn", "unreleased"} <= {r["releaseState"] for r in metals}
    assert any(r["name"].startswith("Aluminium 6061") for r in metals)


def test_reader_never_sees_drafts(reference_server) -> None:
    with (
        client(reference_server.url, "reader") as reader,
        client(reference_server.url, "writer") as writer,
    ):
        writer_records = all_records(writer, "DEMO_MATERIALS", "Metals")
        reader_records = all_records(reader, "DEMO_MATERIALS", "Metals")
        assert "unreleased" not in {r["releaseState"] for r in reader_records}
        never_released = [
            r
            for r in writer_records
            if r["releaseState"] == "unreleased" and r["versionNumber"] == 1
        ]
        assert never_released
        hidden = never_released[0]
        path = f"{API}/databases/DEMO_MATERIALS/record-histories/{hidden['historyGuid']}"
        assert reader.get(path).status_code == 404
        assert writer.get(path).json()["versionGuid"] == hidden["versionGuid"]
        assert (
            reader.get(
                f"{API}/databases/DEMO_MATERIALS/record-versions/{hidden['versionGuid']}"
            ).status_code
            == 404
        )


def test_reader_sees_latest_released_version_under_a_draft(reference_server) -> None:
    with (
        client(reference_server.url, "reader") as reader,
        client(reference_server.url, "writer") as writer,
    ):
        drafts = [
            r
            for r in all_records(writer, "DEMO_MATERIALS", "Metals")
            if r["releaseState"] == "unreleased" and r["versionNumber"] == 2
        ]
        record = drafts[0]
        seen = reader.get(
            f"{API}/databases/DEMO_MATERIALS/record-histories/{record['historyGuid']}"
        ).json()
        assert (seen["versionNumber"], seen["releaseState"]) == (1, "released")
        versions = writer.get(
            f"{API}/databases/DEMO_MATERIALS/record-histories/{record['historyGuid']}/versions"
        ).json()["records"]
        assert [v["versionNumber"] for v in versions] == [1, 2]
        versions = reader.get(
            f"{API}/databases/DEMO_MATERIALS/record-histories/{record['historyGuid']}/versions"
        ).json()["records"]
        assert [v["versionNumber"] for v in versions] == [1]


def test_pages_follow_next_page_to_the_end(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        guid = table_guid(http, "DEMO_MATERIALS", "Metals")
        folder = http.get(f"{API}/databases/DEMO_MATERIALS/tables/{guid}/children").json()[
            "records"
        ][0]
        path = f"{API}/databases/DEMO_MATERIALS/record-histories/{folder['historyGuid']}/children"
        first = http.get(path, params={"pageSize": 7}).json()
        assert first["nextPage"] == 2 and len(first["records"]) == 7
        seen: list[str] = []
        page: int | None = 1
        while page is not None:
            body = http.get(path, params={"page": page, "pageSize": 7}).json()
            seen += [r["historyGuid"] for r in body["records"]]
            page = body["nextPage"]
        assert len(seen) == len(set(seen)) == first["totalCount"]


def test_bad_parameter_is_a_400_naming_it(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        guid = table_guid(http, "DEMO_MATERIALS", "Metals")
        answer = http.get(
            f"{API}/databases/DEMO_MATERIALS/tables/{guid}/children", params={"pageSize": 5000}
        )
        assert answer.status_code == 400
        assert answer.headers["content-type"] == "application/problem+json"
        body = answer.json()
        assert body["errors"][0]["pointer"] == "#/query/pageSize"
        assert body["requestId"] == answer.headers["X-Request-Id"]
        assert (
            http.get(f"{API}/databases/DEMO_MATERIALS/record-histories/not-a-guid").status_code
            == 400
        )


def test_invalid_body_is_a_422_naming_the_field(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        answer = http.post(
            f"{API}/records/resolve",
            json={"references": [{"historyGuid": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"}]},
        )
        assert answer.status_code == 422
        assert {"pointer": "/references/0/databaseKey", "message": "is required"} in answer.json()[
            "errors"
        ]
        malformed = http.post(
            f"{API}/records/resolve", content=b"{nope", headers={"content-type": "application/json"}
        )
        assert malformed.status_code == 400


def test_unknown_database_is_404_and_no_credentials_401(reference_server) -> None:
    with client(reference_server.url, "reader") as http:
        assert http.get(f"{API}/databases/NOPE").status_code == 404
    anonymous = httpx.get(f"{reference_server.url}{API}/databases")
    assert anonymous.status_code == 401
    assert any(v.startswith("Basic") for v in anonymous.headers.get_list("WWW-Authenticate"))
