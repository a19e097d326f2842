"""DEBUG logs of every sign-in flow hold no password, API key or server-session id."""

from __future__ import annotations

import base64
import logging
from pathlib import Path

import httpx
import pytest

from facade.auth._apikey import ApiKeyAuth
from facade.auth._negotiate import AutologonAuth, PasswordAuth

from ._support import DEMO_DOMAIN, SentHeaders, connect, list_database_keys


def _secret_forms(secret: str) -> list[str]:
    return [secret, base64.b64encode(secret.encode()).decode()]


def test_debug_logs_of_every_flow_hold_no_secret(
    reference_server,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    user_file = tmp_path / "ntlm-user"
    user_file.write_text(f"{DEMO_DOMAIN}:admin:admin-password\n")
    monkeypatch.setenv("NTLM_USER_FILE", str(user_file))
    flows: list[tuple[httpx.Auth, list[str]]] = [
        (PasswordAuth("writer", "writer-password"), ["writer-password", "writer:writer-password"]),
        (PasswordAuth("reader", "reader-password", domain=DEMO_DOMAIN), ["reader-password"]),
        (ApiKeyAuth("demo-writer-api-key"), ["demo-writer-api-key"]),
        (AutologonAuth(), ["admin-password"]),
    ]
    secrets: list[str] = []
    with caplog.at_level(logging.DEBUG):
        for auth, flow_secrets in flows:
            secrets.extend(flow_secrets)
            with connect(reference_server.url, auth, token_refresh_margin=0) as connection:
                sent = SentHeaders(connection)
                list_database_keys(connection)
                assert connection.server_session is not None
                connection.server_session.refresh()
                connection.server_session_info()
                secrets.extend(sent.session_ids())
                assert repr(connection) and repr(auth)
                secrets_in_reprs = repr(connection) + repr(auth) + repr(connection.server_session)
                for secret in flow_secrets:
                    assert secret not in secrets_in_reprs
    logged = "\n".join(
        f"{record.name} {record.getMessage()} {record.exc_text or ''}" for record in caplog.records
    )
    assert "request POST" in logged and "/api/v1/sessions/***" in logged
    assert len(secrets) >= 9  # four session ids were captured
    for secret in secrets:
        for form in _secret_forms(secret):
            assert form not in logged, f"a secret reached the logs ({len(form)} characters)"
