"""SQL-like, wildcard, control-character and oversized strings in searches, names and paths:
answered with results or a 4xx problem, never a 500, and never matching what they should not."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest

from tests.conftest import RunningServer

API = "/api/v1"
DB = "DEMO_MATERIALS"
HOSTILE = [
    "' OR 1=1 --",
    "'; DROP TABLE sl_versions; --",
    '" OR ""="',
    "%",
    "_",
    "%%",
    "\\",
    "\\%",
    "*",
    "a' UNION SELECT name, sql FROM sqlite_master --",
    "Robert'); DELETE FROM sl_histories;--",
    "\u202eevil\u202c",
    "\U0001f9ea alloy",
    "null",
    "x" * 1000,
]
OVERSIZED = ["x" * 1001, "y" * 8000]


@pytest.fixture(scope="module")
def http(reference_server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=reference_server.url + API, auth=("writer", "writer-password"), timeout=30
    ) as client:
        yield client


def _total(http: httpx.Client) -> int:
    answer = http.get(f"/databases/{DB}/search", params={"mode": "text", "query": "a"})
    return int(answer.json()["totalCount"])


@pytest.mark.parametrize("mode", ["name", "text"])
@pytest.mark.parametrize("query", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_search_text_matches_literally(http: httpx.Client, mode: str, query: str) -> None:
    answer = http.get(f"/databases/{DB}/search", params={"mode": mode, "query": query})
    assert answer.status_code == 200, answer.text
    for record in answer.json()["records"]:
        haystack = record["name"].casefold()
        if mode == "name":
            assert haystack == query.casefold()  # a wildcard never matches everything
        else:
            assert query.casefold() in haystack or query.strip("%_*\\") == ""


@pytest.mark.parametrize("query", OVERSIZED, ids=["1001", "8000"])
def test_oversized_search_text_is_a_400_naming_the_parameter(
    http: httpx.Client, query: str
) -> None:
    answer = http.get(f"/databases/{DB}/search", params={"mode": "text", "query": query})
    assert answer.status_code == 400, answer.text
    assert answer.headers["content-type"] == "application/problem+json"
    assert answer.json()["errors"][0]["pointer"] == "#/query/query"


def test_data_is_intact_after_the_hostile_searches(http: httpx.Client) -> None:
    assert _total(http) > 0
    for query in HOSTILE:
        http.get(f"/databases/{DB}/search", params={"mode": "text", "query": query})
    assert _total(http) > 0
    assert http.get("/databases").json()["databases"]


@pytest.mark.parametrize("name", [*HOSTILE[:-1], "x" * 255], ids=range(len(HOSTILE)))
def test_hostile_record_names_round_trip_exactly(http: httpx.Client, name: str) -> None:
    tables = {t["name"]: t["guid"] for t in http.get(f"/databases/{DB}/tables").json()["tables"]}
    unique = f"{name} {uuid.uuid4().hex[:8]}" if len(name) < 200 else name[:200] + uuid.uuid4().hex
    item = {"databaseKey": DB, "tableGuid": tables["Polymers"], "name": unique}
    answer = http.post(
        "/records/import", json={"items": [item]}, headers={"Idempotency-Key": str(uuid.uuid4())}
    )
    assert answer.status_code == 200, answer.text
    result = answer.json()["results"][0]
    assert result["status"] == "ok", result
    assert result["record"]["name"] == unique
    found = http.get(f"/databases/{DB}/search", params={"mode": "name", "query": unique}).json()
    assert [r["name"] for r in found["records"]] == [unique]


@pytest.mark.parametrize(
    ("name", "status"),
    [("", 422), ("x" * 100_000, 422), ("nul\x00byte", 200), ("line\nbreak", 200)],
    ids=["empty", "100k", "nul", "newline"],
)
def test_bad_record_names_are_refused_or_kept_exactly(
    http: httpx.Client, name: str, status: int
) -> None:
    tables = {t["name"]: t["guid"] for t in http.get(f"/databases/{DB}/tables").json()["tables"]}
    item = {"databaseKey": DB, "tableGuid": tables["Polymers"], "name": name}
    answer = http.post(
        "/records/import", json={"items": [item]}, headers={"Idempotency-Key": str(uuid.uuid4())}
    )
    assert answer.status_code == status, answer.text
    if status == 422:  # the name breaks the schema: refused as a whole, naming the field
        assert answer.headers["content-type"] == "application/problem+json"
        assert answer.json()["errors"][0]["pointer"] == "/items/0/name"
    else:  # accepted: it must then read back exactly
        result = answer.json()["results"][0]
        assert result["status"] == "ok", result
        assert result["record"]["name"] == name


@pytest.mark.parametrize(
    ("key", "status"),
    [("' OR 1=1 --", 400), ("%", 400), ("DEMO_MATERIALS'--", 400), ("x" * 300, 400), ("..", 404)],
    ids=["sql", "percent", "suffix", "long", "dot-dot"],
)
def test_hostile_database_keys_in_paths_are_refused(
    http: httpx.Client, key: str, status: int
) -> None:
    answer = http.get(f"/databases/{httpx.URL(key).raw_path.decode()}/tables")
    assert answer.status_code == status, (answer.status_code, answer.text)
    if status == 400:  # breaks the key's pattern: the parameter is named
        assert answer.json()["errors"][0]["pointer"] == "#/path/databaseKey"
    else:  # ".." is resolved by the client: /api/v1/tables, which no route serves
        assert answer.request.url.path == "/api/v1/tables"


def test_batches_over_the_limit_are_413_with_the_limit(http: httpx.Client) -> None:
    status = http.get("/status").json()
    limit = int(status.get("maxBatchSize", 1000))
    refs = [{"databaseKey": DB, "historyIdentity": 1}] * (limit + 1)
    for path, body in (
        ("/records/resolve", {"references": refs}),
        ("/records/release-states", {"records": refs}),
        ("/records/delete-or-withdraw", {"records": refs}),
    ):
        answer = http.post(path, json=body, headers={"Idempotency-Key": str(uuid.uuid4())})
        assert answer.status_code == 413, (path, answer.status_code)
        assert answer.json()["maxBatchSize"] == limit
