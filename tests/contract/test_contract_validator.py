"""The contract validator catches wrong requests and wrong responses, and only those.

Wrong answers come from httpx.MockTransport (a correct server cannot produce them); the
validator sits on a generated client exactly as it does on the facade's clients.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from facade import ContractValidator, ContractViolation, validate_contract
from facade._core.contract_validation import (
    contract_validation_requested,
    install_contract_validation,
    uninstall_contract_validation,
)
from generated import Client
from generated.api.batch import import_records
from generated.api.records import get_record
from generated.models import ImportItem, ImportRequest, PointEntry, PointValue

DB = "DEMO_MATERIALS"
HISTORY = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"
TABLE = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
RECORD: dict[str, Any] = {
    "historyGuid": HISTORY,
    "versionGuid": "8c7b6a5f-4e3d-4c2b-9a1f-0e9d8c7b6a5f",
    "historyIdentity": 1042,
    "versionNumber": 2,
    "name": "Aluminium 6061-T6",
    "shortName": "Al 6061-T6",
    "type": "record",
    "color": "inheritFromParent",
    "parentHistoryGuid": None,
    "tableGuid": TABLE,
    "tableName": "Metals",
    "databaseKey": DB,
    "releaseState": "released",
    "createdAt": "2025-11-03T08:15:00Z",
    "createdBy": "admin",
    "lastModifiedAt": "2026-01-10T14:02:00Z",
    "lastModifiedBy": "writer",
}
PROBLEM_HEADERS = {"content-type": "application/problem+json", "X-Request-Id": "r1"}


class Recorder:
    """A MockTransport handler answering with a fixed response and counting requests."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response]) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer(request)


def _client(
    recorder: Recorder, validator: ContractValidator, base_url: str = "http://sl.test"
) -> Client:
    client = Client(base_url=base_url, httpx_args={"transport": httpx.MockTransport(recorder)})
    install_contract_validation(client.get_httpx_client(), validator)
    return client


@pytest.fixture(scope="module")
def validator() -> ContractValidator:
    return ContractValidator()


def test_wrong_response_names_operation_and_json_path(validator: ContractValidator) -> None:
    wrong = {**RECORD, "releaseState": 3, "historyIdentity": "1042"}
    del wrong["createdBy"]
    client = _client(Recorder(lambda _: httpx.Response(200, json=wrong)), validator)

    with pytest.raises(ContractViolation) as caught:
        get_record.sync_detailed(DB, HISTORY, client=client)

    violation = caught.value
    assert (violation.direction, violation.operation_id, violation.method) == (
        "response",
        "get_record",
        "GET",
    )
    assert violation.path == "/api/v1/databases/{databaseKey}/record-histories/{historyGuid}"
    assert violation.status == 200
    assert sorted(violation.json_paths) == ["$.createdBy", "$.historyIdentity", "$.releaseState"]
    assert "get_record" in str(violation) and "$.releaseState" in str(violation)


def test_wrong_request_is_stopped_before_it_is_sent(validator: ContractValidator) -> None:
    recorder = Recorder(lambda _: httpx.Response(200, json={"results": []}))
    client = _client(recorder, validator)
    entry = PointEntry(value=1.0)
    entry.value = "heavy"  # type: ignore[assignment]
    body = ImportRequest(
        items=[
            ImportItem(
                database_key=DB,
                table_guid=TABLE,
                name="",  # minLength 1
                attributes=[PointValue(type_="point", attribute="Density", values=[entry])],
            )
        ]
    )

    with pytest.raises(ContractViolation) as caught:
        import_records.sync_detailed(client=client, body=body)

    assert recorder.requests == []
    assert caught.value.direction == "request"
    assert caught.value.operation_id == "import_records"
    assert sorted(caught.value.json_paths) == [
        "$.items[0].attributes[0].values[0].value",
        "$.items[0].name",
    ]


def test_conforming_traffic_passes_and_is_counted(validator: ContractValidator) -> None:
    recorder = Recorder(lambda _: httpx.Response(200, json=RECORD))
    client = _client(recorder, validator, base_url="http://sl.test/service-layer")
    before = validator.checked

    response = get_record.sync_detailed(DB, HISTORY, client=client)

    assert response.status_code == 200 and response.parsed is not None
    assert recorder.requests[0].url.path.startswith("/service-layer/api/v1/")
    assert validator.checked == before + 2  # the request and its response


def test_additive_changes_conform_to_the_older_contract(validator: ContractValidator) -> None:
    newer = {**RECORD, "releaseState": "archived", "revisionNote": "new in 1.1"}
    client = _client(Recorder(lambda _: httpx.Response(200, json=newer)), validator)

    response = get_record.sync_detailed(DB, HISTORY, client=client)

    assert response.status_code == 200


def test_problem_json_is_validated_as_json(validator: ContractValidator) -> None:
    good = {"type": "about:blank", "title": "Not Found", "status": 404, "requestId": "r1"}
    client = _client(
        Recorder(lambda _: httpx.Response(404, json=good, headers=PROBLEM_HEADERS)), validator
    )
    assert get_record.sync_detailed(DB, HISTORY, client=client).status_code == 404

    bad = {k: v for k, v in good.items() if k != "requestId"}
    client = _client(
        Recorder(lambda _: httpx.Response(404, json=bad, headers=PROBLEM_HEADERS)), validator
    )
    with pytest.raises(ContractViolation) as caught:
        get_record.sync_detailed(DB, HISTORY, client=client)
    assert caught.value.json_paths == ["$.requestId"]


def test_undocumented_status_is_a_violation(validator: ContractValidator) -> None:
    client = _client(Recorder(lambda _: httpx.Response(418, json={})), validator)
    with pytest.raises(ContractViolation) as caught:
        get_record.sync_detailed(DB, HISTORY, client=client)
    assert caught.value.errors == [("status", "undocumented status 418")]


def test_undocumented_server_failures_are_not_violations(validator: ContractValidator) -> None:
    problem = {"type": "about:blank", "title": "Oops", "status": 500, "requestId": "r1"}
    answer = httpx.Response(500, json=problem, headers=PROBLEM_HEADERS)
    client = _client(Recorder(lambda _: answer), validator)
    assert get_record.sync_detailed(DB, HISTORY, client=client).status_code == 500


def test_paths_outside_the_contract_are_ignored(validator: ContractValidator) -> None:
    recorder = Recorder(lambda _: httpx.Response(200, text="not json at all"))
    with httpx.Client(transport=httpx.MockTransport(recorder), base_url="http://sl.test") as http:
        install_contract_validation(http, validator)
        before = validator.checked
        http.get("/oidc/.well-known/openid-configuration")
        http.post("/oidc/token", data={"grant_type": "refresh_token"})
    assert validator.checked == before
    assert len(recorder.requests) == 2


def test_messages_never_quote_values(validator: ContractValidator) -> None:
    secret = "s3cr3t!value"  # not a valid session id: the path parameter pattern fails
    client = _client(Recorder(lambda _: httpx.Response(200, json={})), validator)
    with pytest.raises(ContractViolation) as caught:
        client.get_httpx_client().get(f"/api/v1/sessions/{secret}")
    assert set(caught.value.json_paths) == {"path.sessionId"}
    assert secret not in str(caught.value) and secret not in repr(caught.value.errors)


def test_query_parameters_and_methods_are_checked(validator: ContractValidator) -> None:
    client = _client(Recorder(lambda _: httpx.Response(200, json={})), validator)
    http = client.get_httpx_client()
    with pytest.raises(ContractViolation) as caught:
        http.get(f"/api/v1/databases/{DB}/search", params={"mode": "fuzzy", "pageSize": 0})
    assert sorted(caught.value.json_paths) == ["query.mode", "query.pageSize", "query.query"]
    with pytest.raises(ContractViolation) as caught:
        http.put(f"/api/v1/databases/{DB}")
    assert caught.value.errors == [("method", "not in the contract")]


def test_recording_mode_keeps_going() -> None:
    recording = ContractValidator(raise_on_violation=False)
    wrong = copy.deepcopy(RECORD)
    wrong["name"] = None
    client = _client(Recorder(lambda _: httpx.Response(200, json=wrong)), recording)
    get_record.sync_detailed(DB, HISTORY, client=client)
    get_record.sync_detailed(DB, HISTORY, client=client)
    assert [v.json_paths for v in recording.violations] == [["$.name"], ["$.name"]]


def test_context_manager_installs_and_removes_hooks() -> None:
    recorder = Recorder(lambda _: httpx.Response(200, json={**RECORD, "name": 5}))
    client = Client(
        base_url="http://sl.test", httpx_args={"transport": httpx.MockTransport(recorder)}
    )

    with validate_contract(client, raise_on_violation=False) as checking:
        get_record.sync_detailed(DB, HISTORY, client=client)
    get_record.sync_detailed(DB, HISTORY, client=client)  # not checked any more

    assert checking.checked == 2
    assert [v.json_paths for v in checking.violations] == [["$.name"]]
    assert client.get_httpx_client().event_hooks == {"request": [], "response": []}


def test_install_is_idempotent_and_reversible(validator: ContractValidator) -> None:
    with httpx.Client() as http:
        install_contract_validation(http, validator)
        install_contract_validation(http, validator)
        assert [len(hooks) for hooks in http.event_hooks.values()] == [1, 1]
        uninstall_contract_validation(http)
        assert [len(hooks) for hooks in http.event_hooks.values()] == [0, 0]


def test_async_clients_get_async_hooks(validator: ContractValidator) -> None:
    import asyncio

    async def run() -> None:
        transport = httpx.MockTransport(lambda _: httpx.Response(200, json={**RECORD, "type": 1}))
        async with httpx.AsyncClient(transport=transport, base_url="http://sl.test") as http:
            install_contract_validation(http, validator)
            with pytest.raises(ContractViolation) as caught:
                await http.get(f"/api/v1/databases/{DB}/record-histories/{HISTORY}")
            assert caught.value.json_paths == ["$.type"]

    asyncio.run(run())


@pytest.mark.parametrize(
    ("flag", "env", "expected"),
    [(False, None, False), (True, None, True), (False, "1", True), (False, "0", False)],
)
def test_validation_is_requested_by_option_or_environment(
    monkeypatch: pytest.MonkeyPatch, flag: bool, env: str | None, expected: bool
) -> None:
    if env is None:
        monkeypatch.delenv("SERVICELAYER_VALIDATE_CONTRACT", raising=False)
    else:
        monkeypatch.setenv("SERVICELAYER_VALIDATE_CONTRACT", env)
    assert contract_validation_requested(flag) is expected


def test_big_arrays_are_sampled_unless_asked_for_all() -> None:
    records = [dict(RECORD) for _ in range(200)]
    records[150]["releaseState"] = None
    page = {"records": records, "page": 1, "pageSize": 200, "totalCount": 200, "nextPage": None}
    path = f"/api/v1/databases/{DB}/record-histories/{HISTORY}/versions"

    def fetch(validator: ContractValidator) -> None:
        client = _client(Recorder(lambda _: httpx.Response(200, json=page)), validator)
        client.get_httpx_client().get(path)

    fetch(ContractValidator())  # the first 25 items conform
    with pytest.raises(ContractViolation) as caught:
        fetch(ContractValidator(max_array_items=None))
    assert caught.value.json_paths == ["$.records[150].releaseState"]
