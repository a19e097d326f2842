"""A server answer the contract does not describe is an error, never a silent 'not found'."""

from __future__ import annotations

import json

import httpx
import pytest

import facade._connection as connect_module
from facade import ServiceLayerError, Session, SessionConfiguration
from facade._builders import connect
from facade._connection import CredentialsIdentity
from facade.auth._apikey import ApiKeyAuth

HGUID = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"


def _server(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path == "/api/v1/status":
        return httpx.Response(
            200,
            json={
                "apiVersion": "1.0.0",
                "serverVersion": "1.0.0",
                "viewerBaseUrl": "https://sl.test/viewer",
                "limits": {"maxBatchSize": 100, "maxPageSize": 100},
            },
        )
    if path == "/api/v1/sessions" and request.method == "POST":
        return httpx.Response(
            200,
            json={
                "id": "session-id-0123456789",
                "username": "reader",
                "authenticationScheme": "apiKey",
                "createdAt": "2026-01-01T00:00:00Z",
                "expiresAt": "2099-01-01T00:00:00Z",
                "status": "ACTIVE",
            },
        )
    if path.startswith("/api/v1/sessions/") and request.method == "DELETE":
        return httpx.Response(204)
    if path == "/api/v1/records/resolve":
        count = len(json.loads(request.content)["references"])
        # A record missing most required fields: the generated model cannot read it; with
        # several references, the second one only (the others are not found).
        results: list[object] = [{"historyGuid": HGUID}] * count
        if count > 1:
            results = [None] * count
            results[1] = {"historyGuid": HGUID}
        return httpx.Response(200, json={"results": results})
    return httpx.Response(404, json={"title": "Not Found", "status": 404})


def _session(monkeypatch: pytest.MonkeyPatch) -> Session:
    original = connect_module.build_httpx_client

    def with_mock(*args: object, **kwargs: object) -> httpx.Client:
        kwargs["network"] = httpx.MockTransport(_server)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(connect_module, "build_httpx_client", with_mock)
    session = connect(
        "https://sl.test",
        SessionConfiguration(),
        auth=ApiKeyAuth("demo-reader-api-key"),
        identity=CredentialsIdentity("apiKey"),
    )
    return session


def test_an_unreadable_resolve_result_raises_instead_of_reading_as_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = _session(monkeypatch)
    with pytest.raises(ServiceLayerError, match="result 0 of the batch is not a record the"):
        session.get_records_by_ids([{"db_key": "DEMO_MATERIALS", "hguid": HGUID}])


def test_the_error_names_the_unreadable_result_among_others(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = _session(monkeypatch)
    ids = [{"db_key": "DEMO_MATERIALS", "hguid": HGUID}] * 3
    with pytest.raises(ServiceLayerError, match="result 1 of the batch is not a record the"):
        session.get_records_by_ids(ids)
