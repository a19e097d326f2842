"""Against the real reference server: the validator stops a wrong request the server rejects too,
and lets the server's conforming answers through."""

from __future__ import annotations

import httpx
import pytest

from facade import ContractValidator, ContractViolation
from facade._core.contract_validation import install_contract_validation
from tests.conftest import RunningServer

DB = "DEMO_MATERIALS"


def _client(server: RunningServer, validator: ContractValidator | None) -> httpx.Client:
    client = httpx.Client(base_url=server.url, auth=("reader", "reader-password"), timeout=30)
    if validator is not None:
        install_contract_validation(client, validator)
    return client


def test_wrong_request_is_caught_and_the_server_agrees(reference_server: RunningServer) -> None:
    validator = ContractValidator()
    wrong = {"mode": "fuzzy", "query": "Aluminium", "pageSize": 5000}
    with (
        _client(reference_server, validator) as checked,
        pytest.raises(ContractViolation) as caught,
    ):
        checked.get(f"/api/v1/databases/{DB}/search", params=wrong)
    assert caught.value.operation_id == "search_records"
    assert sorted(caught.value.json_paths) == ["query.mode", "query.pageSize"]

    with _client(reference_server, None) as unchecked:
        answer = unchecked.get(f"/api/v1/databases/{DB}/search", params=wrong)
    assert answer.status_code == 400  # the server rejects what the validator stopped
    validator.validate_response(answer)  # and its 400 itself conforms to the contract


def test_conforming_exchanges_pass(reference_server: RunningServer) -> None:
    validator = ContractValidator()
    with _client(reference_server, validator) as client:
        assert client.get("/api/v1/status").status_code == 200
        assert client.get("/api/v1/databases").status_code == 200
        found = client.get(f"/api/v1/databases/{DB}/search", params={"mode": "text", "query": "al"})
        assert found.status_code == 200
        missing = "00000000-0000-4000-8000-000000000000"
        assert client.get(f"/api/v1/databases/{DB}/tables/{missing}/attributes").status_code == 404
        assert client.get("/oidc/.well-known/openid-configuration").status_code == 200
    assert validator.checked == 8  # four exchanges of two checks; /oidc is not checked
    assert list(validator.violations) == []
