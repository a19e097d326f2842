"""A client generated from contract 1.0 and the facade keep working against a 1.1 server.

``python -m server --api-version 1.1`` serves ``openapi/servicelayer-1.1.yaml`` (additive:
new optional fields, new enum values, one new operation). Unknown enum values must surface
as readable strings and unknown fields must be kept; the facade warns about the newer minor
version and refuses another major one.
"""

from __future__ import annotations

import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from facade import ApiVersionMismatchError, ContractValidator
from facade._core.contract_validation import install_contract_validation
from generated import AuthenticatedClient, Client
from generated.api.batch import export_records, import_records
from generated.api.databases import list_databases, list_link_groups, list_tables
from generated.api.records import list_record_versions
from generated.api.status import get_status
from generated.models import (
    ExportRequest,
    HyperlinkValue,
    ImportItem,
    ImportRequest,
    LinkGroupTypeKnown,
    RecordReference,
    ReleaseStateKnown,
)
from tests.conftest import RunningServer

ROOT = Path(__file__).resolve().parents[2]
SPEC_10 = ROOT / "openapi" / "servicelayer.yaml"
SPEC_11 = ROOT / "openapi" / "servicelayer-1.1.yaml"
DB = "DEMO_MATERIALS"
V11 = ("--api-version", "1.1")


def _load(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded


# --- the 1.1 contract is additive ------------------------------------------------------------


def _operations(spec: dict[str, Any]) -> dict[tuple[str, str], str]:
    return {
        (path, method): op["operationId"]
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }


def test_v11_contract_is_additive_over_v10() -> None:
    old, new = _load(SPEC_10), _load(SPEC_11)
    assert (old["info"]["version"], new["info"]["version"]) == ("1.0.0", "1.1.0")
    old_ops, new_ops = _operations(old), _operations(new)
    assert old_ops.items() <= new_ops.items(), "1.1 removed or renamed an operation"
    assert set(new_ops.values()) - set(old_ops.values()) == {"get_database_statistics"}
    for name, schema in old["components"]["schemas"].items():
        newer = new["components"]["schemas"].get(name)
        assert newer is not None, f"1.1 dropped schema {name}"
        assert set(newer.get("required", [])) == set(schema.get("required", [])), name
        assert set(schema.get("properties", {})) <= set(newer.get("properties", {})), name
        assert set(schema.get("enum", [])) <= set(newer.get("enum", [])), name
    added = {
        name: set(new["components"]["schemas"][name].get("enum", [])) - set(s.get("enum", []))
        for name, s in old["components"]["schemas"].items()
    }
    assert {k: v for k, v in added.items() if v} == {
        "ReleaseStateKnown": {"archived"},
        "HyperlinkDisplayKnown": {"download"},
        "LinkGroupTypeKnown": {"tabular"},
    }


# --- a 1.1 server --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server_v11() -> Iterator[str]:
    """The reference server started with ``--api-version 1.1`` (answers validated by it too)."""
    server = RunningServer(("--demo", "--data", ":memory:", *V11))
    yield server.url
    server.stop()


def _client(url: str, user: str, spec: Path = SPEC_10) -> Client:
    client = Client(
        base_url=url,
        timeout=httpx.Timeout(30.0),
        httpx_args={"auth": (user, f"{user}-password")},
    )
    # Every 1.1 answer must conform to 1.1 itself and, additive, to 1.0 as well.
    install_contract_validation(client.get_httpx_client(), ContractValidator(spec))
    install_contract_validation(client.get_httpx_client(), ContractValidator(SPEC_11))
    return client


def test_status_and_new_operation(server_v11: str) -> None:
    client = _client(server_v11, "reader")
    status = get_status.sync(client=client)
    assert status is not None and status.api_version == "1.1.0"
    stats = client.get_httpx_client().get(f"/api/v1/databases/{DB}/statistics")
    assert stats.status_code == 200
    assert stats.json()["databaseKey"] == DB and stats.json()["recordCount"] > 0


def test_generated_10_client_keeps_unknown_fields_and_enum_values(server_v11: str) -> None:
    client = _client(server_v11, "writer")
    databases = list_databases.sync(client=client)
    assert databases is not None
    demo = next(d for d in databases.databases if d.key == DB)
    assert "description" in demo.additional_properties  # new field kept, not dropped
    assert demo.to_dict()["description"] == demo.additional_properties["description"]

    groups = list_link_groups.sync(DB, client=client)
    assert groups is not None
    types = {g.name: g.type_ for g in groups.link_groups}
    assert types["Processing routes"] == "tabular"  # a plain, readable str
    assert not isinstance(types["Processing routes"], LinkGroupTypeKnown)
    assert isinstance(types["Similar metals"], LinkGroupTypeKnown)

    tables = list_tables.sync(DB, client=client)
    assert tables is not None
    metals = next(t for t in tables.tables if t.name == "Metals")
    history = _released_three_times(client, metals.guid)

    versions = list_record_versions.sync(DB, history, client=client)
    assert versions is not None
    states = [v.release_state for v in versions.records]
    assert states == ["archived", "superseded", ReleaseStateKnown.RELEASED]
    assert str(states[0]) == "archived"
    assert versions.records[2].additional_properties["revisionNote"] == "third revision"
    assert versions.records[0].to_dict()["releaseState"] == "archived"


def test_unknown_hyperlink_display_is_readable(server_v11: str) -> None:
    client = _client(server_v11, "writer")
    tables = list_tables.sync(DB, client=client)
    assert tables is not None
    metals = next(t for t in tables.tables if t.name == "Metals")
    history = _released_three_times(client, metals.guid)
    body = ExportRequest(records=[RecordReference(database_key=DB, history_guid=history)])
    exported = export_records.sync(client=client, body=body, idempotency_key=uuid.uuid4().hex)
    assert exported is not None
    links = [a for a in exported.results[0].attributes if isinstance(a, HyperlinkValue)]
    assert [link.display for link in links] == ["download"]


def _released_three_times(client: Client | AuthenticatedClient, table_guid: str) -> str:
    """A new record released three times: v1 is archived in 1.1 (two later releases)."""
    history: str | None = None
    for note in ("first revision", "second revision", "third revision"):
        item = ImportItem.from_dict(
            {
                "databaseKey": DB,
                "tableGuid": table_guid,
                "historyGuid": history,
                "name": f"Forward compatibility {uuid.uuid4().hex[:8]} ({note})",
                "attributes": [
                    {
                        "type": "hyperlink",
                        "attribute": "Supplier page",
                        "url": "https://example.com/datasheet.pdf",
                    }
                ],
                "release": True,
            }
        )
        answer = import_records.sync(
            client=client,
            body=ImportRequest(items=[item], revision_notes=note),
            idempotency_key=uuid.uuid4().hex,
        )
        assert answer is not None and answer.results[0].status == "ok", answer
        record = answer.results[0].record
        assert record is not None and not isinstance(record, type(None))
        history = str(record.history_guid)  # type: ignore[union-attr]
    assert history is not None
    return history


# --- the facade: version negotiation --------------------------------------------------------


def test_facade_connects_to_newer_minor_with_a_warning(server_v11: str) -> None:
    from facade import ApiVersionWarning, SessionConfiguration
    from facade._connection import CredentialsIdentity, open_connection

    configuration = SessionConfiguration(validate_contract=True)
    with pytest.warns(ApiVersionWarning, match=r"1\.1\.0"):
        connection = open_connection(
            server_v11,
            configuration,
            auth=httpx.BasicAuth("reader", "reader-password"),
            identity=CredentialsIdentity("password", "reader"),
        )
    try:
        assert connection.api_version == "1.1.0"
        answer = list_databases.sync_detailed(client=connection.client)
        assert answer.status_code == 200 and answer.parsed is not None
        assert {d.key for d in answer.parsed.databases} == {"DEMO_MATERIALS", "DEMO_PROCESSES"}
    finally:
        connection.close()


def test_facade_session_reads_newer_server(server_v11: str) -> None:
    from facade import ApiVersionWarning, SessionBuilder

    with pytest.warns(ApiVersionWarning):
        session = SessionBuilder(server_v11).with_credentials("reader", "reader-password")
    with session:
        assert {db.db_key for db in session.dbs} == {"DEMO_MATERIALS", "DEMO_PROCESSES"}
        assert session.get_db(db_key=DB).name == "Demo Materials"


def test_version_negotiation_rules() -> None:
    from facade import ApiVersionWarning
    from facade._core.api_version import negotiate_api_version

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert negotiate_api_version("1.0.0", "1.0.0") == "1.0.0"
        assert negotiate_api_version("1.0.3", "1.0.0") == "1.0.3"
    with pytest.warns(ApiVersionWarning):
        negotiate_api_version("1.1.0", "1.0.0")
    with pytest.raises(ApiVersionMismatchError) as caught:
        negotiate_api_version("2.0.0", "1.0.0")
    assert (caught.value.server_version, caught.value.client_version) == ("2.0.0", "1.0.0")
