"""The public SessionBuilder paths, end to end against the reference server (seed 000 names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from facade import (
    AuthenticationError,
    Session,
    SessionBuilder,
    SessionConfiguration,
)


def _database_keys(session: Session) -> set[str]:
    return {db.db_key for db in session.dbs}


def test_with_credentials_without_domain_is_basic(reference_server) -> None:
    with SessionBuilder(reference_server.url).with_credentials(
        "reader", "reader-password"
    ) as session:
        assert isinstance(session, Session)
        assert session.username == "reader"
        assert session.authenticated
        assert {"DEMO_MATERIALS", "DEMO_PROCESSES"} <= _database_keys(session)


def test_with_credentials_and_domain_is_ntlm(reference_server) -> None:
    builder = SessionBuilder(reference_server.url, SessionConfiguration(timeout=30000))
    with builder.with_credentials("writer", "writer-password", domain="DEMO") as session:
        assert session.username == "writer"
        assert "DEMO_MATERIALS" in _database_keys(session)


def test_with_credentials_accepts_a_domain_qualified_user_name(reference_server) -> None:
    with SessionBuilder(reference_server.url).with_credentials(
        "DEMO\\reader", "reader-password"
    ) as session:
        assert "DEMO_MATERIALS" in _database_keys(session)


def test_with_api_key(reference_server) -> None:
    with SessionBuilder(reference_server.url).with_api_key("demo-writer-api-key") as session:
        assert session.username == "writer"
        assert "DEMO_PROCESSES" in _database_keys(session)


def test_with_autologon_uses_the_current_users_credentials(
    reference_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user_file = tmp_path / "ntlm-users"
    user_file.write_text("DEMO:reader:reader-password\n")
    user_file.chmod(0o600)
    monkeypatch.setenv("NTLM_USER_FILE", str(user_file))
    with SessionBuilder(reference_server.url).with_autologon() as session:
        assert "DEMO_MATERIALS" in _database_keys(session)


def test_credentials_are_checked_at_once(reference_server) -> None:
    with pytest.raises(AuthenticationError) as caught:
        SessionBuilder(reference_server.url).with_credentials("reader", "wrong-password")
    assert "wrong-password" not in str(caught.value)


def test_session_urls_come_from_the_server(reference_server) -> None:
    with SessionBuilder(reference_server.url).with_credentials(
        "reader", "reader-password"
    ) as session:
        assert session.service_layer_url.rstrip("/") == reference_server.url.rstrip("/")
        assert session.viewer_base_url.startswith(reference_server.url)


def test_bad_arguments_fail_before_any_request() -> None:
    # Nothing listens on this URL: a TypeError/ValueError proves no request was attempted.
    builder = SessionBuilder("http://127.0.0.1:9")
    with pytest.raises(TypeError):
        builder.with_credentials(None, "x")  # type: ignore[arg-type]
    with pytest.raises((TypeError, ValueError)):
        builder.with_api_key("")


def test_the_generated_client_is_reachable_for_low_level_calls(reference_server) -> None:
    from generated.api.databases import list_tables
    from generated.models import TableList

    with SessionBuilder(reference_server.url).with_api_key("demo-reader-api-key") as session:
        tables = list_tables.sync("DEMO_MATERIALS", client=session.generated_client)
        assert isinstance(tables, TableList)
        assert {"Metals", "Polymers"} <= {t.name for t in tables.tables}
