"""Any criteria body the contract accepts gets a 200 or a 4xx naming the criterion, never a
server error: random criteria on real tables, attributes, columns and properties, against a
server that validates its own answers against the contract."""

from __future__ import annotations

import random
from typing import Any

import httpx

from tests.conftest import RunningServer

API = "/api/v1/databases/DEMO_MATERIALS"
OPERATORS = [
    "lessThan",
    "greaterThan",
    "between",
    "contains",
    "containsAny",
    "containsAll",
    "notContains",
    "exists",
    "notExists",
    "equal",
]
PROPERTIES = [
    "name",
    "shortName",
    "recordType",
    "recordColor",
    "historyIdentity",
    "versionNumber",
    "tableName",
    "parentName",
    "parentShortName",
    "createdDate",
    "modifiedDate",
    "releasedDate",
    "creator",
    "lastModifier",
]
OPERANDS: list[Any] = [
    None, 0, 1.5, -3, 1e308, "x", "ab", "abc%_", '"q"', "2024-01-01", "2025-01-06T08:00:00Z",
    "2025-01-06T08:00:00", True, False, "folder", "red", "Sheet", "", "a" * 300,
]  # fmt: skip


def _criterion(rng: random.Random, attributes: list[str]) -> dict[str, Any]:
    criterion: dict[str, Any] = {"operator": rng.choice(OPERATORS)}
    if rng.random() < 0.7:
        criterion["attribute"] = rng.choice([*attributes, "No such attribute"])
        if criterion["attribute"] == "Composition" or rng.random() < 0.05:
            criterion["column"] = rng.choice(["Element", "Mass fraction", "Role", "X"])
    else:
        criterion["property"] = rng.choice(PROPERTIES)
    if rng.random() < 0.6:
        criterion["value"] = rng.choice(OPERANDS)
    if rng.random() < 0.5:
        items = [v for v in OPERANDS if v is not None and not isinstance(v, bool)]
        criterion["values"] = [rng.choice(items) for _ in range(rng.randint(0, 3))]
    return criterion


def test_random_criteria_never_fail_the_server(search_server: RunningServer) -> None:
    rng = random.Random(20260115)
    with httpx.Client(base_url=search_server.url, auth=("writer", "writer-password")) as client:
        tables = client.get(f"{API}/tables").json()["tables"]
        attributes = {
            t["guid"]: [
                a["name"]
                for a in client.get(f"{API}/tables/{t['guid']}/attributes").json()["attributes"]
            ]
            for t in tables
        }
        statuses: dict[int, int] = {}
        for _ in range(400):
            table = rng.choice(tables)["guid"]
            body: dict[str, Any] = {
                "criteria": [_criterion(rng, attributes[table]) for _ in range(rng.randint(1, 3))]
            }
            if rng.random() < 0.9:
                body["tableGuid"] = table
            if rng.random() < 0.3:
                body["unitSystem"] = rng.choice(["US Customary", "SI (Consistent)", "Metric"])
            answer = client.post(f"{API}/criteria-search", json=body, params={"pageSize": 40})
            statuses[answer.status_code] = statuses.get(answer.status_code, 0) + 1
            assert answer.status_code in (200, 422), (body, answer.text)
            if answer.status_code == 422:
                assert answer.json()["errors"][0]["pointer"].startswith("/criteria/"), body
    assert statuses.get(200, 0) > 20
