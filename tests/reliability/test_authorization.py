"""Authorization matrix: every operation x every demo account x every authentication scheme
against the expected allow/deny; a reader never sees drafts nor writes."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from tests.conftest import RunningServer

from ._schemes import ACCOUNTS, SCHEMES

API = "/api/v1"
DB = "DEMO_MATERIALS"


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    running = RunningServer(("--demo", "--records", "120"))
    yield running
    running.stop()


@dataclass(frozen=True)
class Ids:
    metals: str
    polymers: str
    folder: str
    released: dict[str, Any]  # a record whose latest version is released
    drafted: dict[str, Any]  # released v1 with an unreleased v2 (the draft, as a writer sees it)
    binary: str


@pytest.fixture(scope="module")
def ids(server: RunningServer) -> Ids:
    with httpx.Client(base_url=server.url + API, auth=("admin", "admin-password")) as admin:
        tables = {
            t["name"]: t["guid"] for t in admin.get(f"/databases/{DB}/tables").json()["tables"]
        }
        folders = admin.get(f"/databases/{DB}/tables/{tables['Metals']}/children").json()["records"]
        records = [
            r
            for f in folders
            for r in admin.get(
                f"/databases/{DB}/record-histories/{f['historyGuid']}/children"
            ).json()["records"]
        ]
        released = next(r for r in records if r["releaseState"] == "released")
        drafted = next(
            r for r in records if r["releaseState"] == "unreleased" and r["versionNumber"] == 2
        )
        binary = admin.post(
            f"/databases/{DB}/binary-data", content=b"probe", params={"fileName": "p.txt"}
        ).json()["binaryId"]
        # a reader may download it only once a released version refers to it
        attached = admin.post(
            "/records/import",
            json={
                "items": [
                    {
                        "databaseKey": DB,
                        "tableGuid": tables["Metals"],
                        "name": f"Binary holder {uuid.uuid4().hex[:6]}",
                        "attributes": [
                            {"type": "file", "attribute": "Datasheet", "fileName": "p.txt",
                             "binaryId": binary}
                        ],
                        "release": True,
                    }
                ]
            },
        ).json()["results"][0]  # fmt: skip
        assert attached["status"] == "ok", attached
    return Ids(
        tables["Metals"], tables["Polymers"], folders[0]["historyGuid"], released, drafted, binary
    )


@dataclass(frozen=True)
class Operation:
    name: str
    method: str
    path: str
    body: dict[str, Any] | None = None
    content: bytes | None = None
    writes: bool = False


def operations(i: Ids) -> list[Operation]:
    h, v = i.released["historyGuid"], i.released["versionGuid"]
    ref = {"databaseKey": DB, "historyGuid": h}
    ghost = {"databaseKey": DB, "historyGuid": str(uuid.uuid4())}
    return [
        Operation("list_databases", "GET", "/databases"),
        Operation("get_database", "GET", f"/databases/{DB}"),
        Operation("list_tables", "GET", f"/databases/{DB}/tables"),
        Operation("list_attribute_definitions", "GET", f"/databases/{DB}/tables/{i.metals}/attributes"),
        Operation("list_table_children", "GET", f"/databases/{DB}/tables/{i.metals}/children"),
        Operation("list_link_groups", "GET", f"/databases/{DB}/link-groups"),
        Operation("get_record", "GET", f"/databases/{DB}/record-histories/{h}"),
        Operation("list_record_versions", "GET", f"/databases/{DB}/record-histories/{h}/versions"),
        Operation("list_record_children", "GET", f"/databases/{DB}/record-histories/{i.folder}/children"),
        Operation("get_record_version", "GET", f"/databases/{DB}/record-versions/{v}"),
        Operation("search_records", "GET", f"/databases/{DB}/search?mode=text&query=steel"),
        Operation("download_binary_data", "GET", f"/databases/{DB}/binary-data/{i.binary}"),
        Operation("resolve_records", "POST", "/records/resolve", {"references": [ref]}),
        Operation("export_records", "POST", "/records/export", {"records": [ref]}),
        Operation("fetch_release_states", "POST", "/records/release-states", {"records": [ref]}),
        Operation(
            "import_records",
            "POST",
            "/records/import",
            {"items": [{"databaseKey": DB, "tableGuid": i.polymers, "name": f"probe {uuid.uuid4()}"}]},
            writes=True,
        ),
        Operation("update_links", "POST", "/records/links", {"items": [{**ghost, "groups": []}]}, writes=True),
        Operation("delete_or_withdraw_records", "POST", "/records/delete-or-withdraw", {"records": [ghost]}, writes=True),
        Operation("upload_binary_data", "POST", f"/databases/{DB}/binary-data", content=b"x", writes=True),
    ]  # fmt: skip


def _send(http: httpx.Client, op: Operation) -> httpx.Response:
    headers = {"Idempotency-Key": str(uuid.uuid4())} if op.method == "POST" else {}
    if op.content is not None:
        headers["Content-Type"] = "application/octet-stream"
        return http.request(op.method, API + op.path, content=op.content, headers=headers)
    return http.request(op.method, API + op.path, json=op.body, headers=headers)


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
@pytest.mark.parametrize("account", ACCOUNTS)
def test_every_operation_allows_or_denies_as_the_role_says(
    server: RunningServer, ids: Ids, scheme: str, account: str
) -> None:
    outcomes: dict[str, int] = {}
    expected: dict[str, int | str] = {}
    with SCHEMES[scheme](server.url, account) as http:
        for op in operations(ids):
            answer = _send(http, op)
            assert answer.headers.get("X-Request-Id"), op.name
            outcomes[op.name] = answer.status_code
            expected[op.name] = 403 if op.writes and account == "reader" else "2xx"
            if answer.status_code == 403:
                assert answer.headers["content-type"].startswith("application/problem+json")
                assert f'"{account}" may not write' in answer.json()["detail"]
    seen = {k: ("2xx" if 200 <= s < 300 else s) for k, s in outcomes.items()}
    assert seen == expected


def test_nobody_gets_in_without_valid_credentials(server: RunningServer, ids: Ids) -> None:
    wrong = [
        {},
        {"Authorization": "Basic " + "d3JpdGVyOndyb25n"},  # writer:wrong
        {"X-API-Key": "demo-writer-api-key-but-not-quite"},
        {"X-Session-Id": str(uuid.uuid4())},
        {"Authorization": "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9."},  # alg none
    ]
    for headers in wrong:
        with httpx.Client(base_url=server.url, headers=headers) as http:
            for op in operations(ids):
                answer = _send(http, op)
                assert answer.status_code == 401, (op.name, headers.keys(), answer.status_code)
                assert answer.headers.get_list("WWW-Authenticate")


def test_a_reader_writes_nothing_even_when_denied(server: RunningServer, ids: Ids) -> None:
    name = f"reader probe {uuid.uuid4()}"
    body = {"items": [{"databaseKey": DB, "tableGuid": ids.polymers, "name": name}]}
    for scheme in SCHEMES:
        with SCHEMES[scheme](server.url, "reader") as http:
            assert (
                _send(http, Operation("import", "POST", "/records/import", body)).status_code == 403
            )
            target = {"databaseKey": DB, "historyGuid": ids.released["historyGuid"]}
            denied = _send(
                http,
                Operation("withdraw", "POST", "/records/delete-or-withdraw", {"records": [target]}),
            )
            assert denied.status_code == 403
    with httpx.Client(base_url=server.url + API, auth=("admin", "admin-password")) as admin:
        found = admin.get(f"/databases/{DB}/search", params={"mode": "name", "query": name}).json()
        assert found["totalCount"] == 0
        record = admin.get(f"/databases/{DB}/record-histories/{ids.released['historyGuid']}").json()
        assert record["releaseState"] == "released"


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_a_reader_never_sees_drafts(server: RunningServer, ids: Ids, scheme: str) -> None:
    h, draft = ids.drafted["historyGuid"], ids.drafted["versionGuid"]
    ref = {"databaseKey": DB, "versionGuid": draft}
    views: dict[str, dict[str, Any]] = {}
    for account in ("writer", "reader"):
        with SCHEMES[scheme](server.url, account) as http:
            view: dict[str, Any] = {}
            view["version"] = http.get(f"{API}/databases/{DB}/record-versions/{draft}").status_code
            view["latest"] = http.get(f"{API}/databases/{DB}/record-histories/{h}").json()[
                "versionNumber"
            ]
            versions = http.get(f"{API}/databases/{DB}/record-histories/{h}/versions").json()
            view["states"] = sorted(v["releaseState"] for v in versions["records"])
            resolved = _send(
                http,
                Operation(
                    "r", "POST", "/records/resolve", {"references": [ref], "strictVersion": True}
                ),
            )
            view["resolved"] = resolved.json()["results"][0] is not None
            states = _send(
                http, Operation("s", "POST", "/records/release-states", {"records": [ref]})
            )
            view["state"] = states.json()["results"][0]["status"]
            search = http.get(
                f"{API}/databases/{DB}/search",
                params={"mode": "name", "query": ids.drafted["name"]},
            ).json()
            view["searched"] = sorted(r["releaseState"] for r in search["records"])
            views[account] = view
    assert views["writer"] == {
        "version": 200,
        "latest": 2,
        "states": ["released", "unreleased"],
        "resolved": True,
        "state": "ok",
        "searched": ["unreleased"],
    }
    assert views["reader"] == {
        "version": 404, "latest": 1, "states": ["released"],
        "resolved": False, "state": "notFound", "searched": ["released"],
    }  # fmt: skip
