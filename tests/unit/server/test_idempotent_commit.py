"""A batch write and the answer kept for its Idempotency-Key commit together, or not at all."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from server._app import build_app
from server._config import ServerConfig
from server._db import open_database
from server._demo import load_demo
from server._idempotency import IdempotencyStore

WRITER = {"Authorization": "Basic " + base64.b64encode(b"writer:writer-password").decode()}


@pytest.fixture
def client() -> Iterator[TestClient]:
    db = open_database(":memory:")
    app = build_app(ServerConfig(demo=True, records=20), db, validate_responses=False)
    load_demo(db, 20, 42)
    with TestClient(app, base_url="http://127.0.0.1:8765") as test_client:
        yield test_client


def _polymers_guid(client: TestClient) -> str:
    tables = client.get("/api/v1/databases/DEMO_MATERIALS/tables", headers=WRITER).json()
    return next(t["guid"] for t in tables["tables"] if t["name"] == "Polymers")


def _import(client: TestClient, key: str, name: str) -> int:
    body = {
        "items": [
            {
                "databaseKey": "DEMO_MATERIALS",
                "tableGuid": _polymers_guid(client),
                "name": name,
                "attributes": [],
            }
        ]
    }
    headers = {**WRITER, "Idempotency-Key": key}
    return client.post("/api/v1/records/import", json=body, headers=headers).status_code


def _count(client: TestClient, name: str) -> int:
    page = client.get(
        "/api/v1/databases/DEMO_MATERIALS/search",
        params={"mode": "name", "query": name},
        headers=WRITER,
    ).json()
    return int(page["totalCount"])


def test_a_repeated_key_replays_without_applying_again(client: TestClient) -> None:
    assert _import(client, "key-1", "Idempotent polymer") == 200
    assert _import(client, "key-1", "Idempotent polymer") == 200
    assert _count(client, "Idempotent polymer") == 1


def test_when_the_answer_cannot_be_kept_the_batch_is_rolled_back(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(IdempotencyStore, "remember", fail)
    assert _import(client, "key-2", "Half-applied polymer") == 500
    assert _count(client, "Half-applied polymer") == 0
