"""Secrets never reach the logs: headers, session ids in paths, token query values."""

from __future__ import annotations

import base64
import logging

import httpx
import pytest

from facade import SessionConfiguration
from facade._core.transport import build_httpx_client, redact_headers, redact_text, redact_url

SESSION_ID = "Zk3q2-7Xb0cJ2mEYhQy0L9sN4vRkW1aZtP"


def test_session_id_in_path_is_hidden() -> None:
    url = f"http://sl.test/api/v1/sessions/{SESSION_ID}/lifecycle/refresh"
    assert redact_url(url) == "http://sl.test/api/v1/sessions/***/lifecycle/refresh"


def test_secret_query_values_are_hidden_and_others_kept() -> None:
    shown = redact_url("http://idp.test/cb?code=abc123&state=s1&refresh_token=rt")
    assert "abc123" not in shown and "rt" not in shown.split("?")[1].replace("refresh_token", "")
    assert "state=s1" in shown


def test_credential_headers_keep_only_their_scheme() -> None:
    headers = httpx.Headers(
        {
            "Authorization": "Basic " + base64.b64encode(b"u:p4ss").decode(),
            "X-API-Key": "demo-admin-api-key",
            "X-Session-Id": SESSION_ID,
            "Cookie": "sid=abc",
            "X-Custom-Token": "t0k",
            "Accept": "application/json",
        }
    )
    shown = redact_headers(headers)
    assert shown["authorization"] == "Basic ***"
    assert shown["x-api-key"] == "***"
    assert shown["x-session-id"] == "***"
    assert shown["cookie"] == "***"
    assert shown["x-custom-token"] == "***"
    assert shown["accept"] == "application/json"


def test_free_text_loses_tokens_and_session_paths() -> None:
    text = f"WWW-Authenticate: NTLM TlRMTVNTUAACAAAA; DELETE /api/v1/sessions/{SESSION_ID}"
    cleaned = redact_text(text)
    assert "TlRMTVNTUAACAAAA" not in cleaned and SESSION_ID not in cleaned
    assert "NTLM ***" in cleaned


def test_debug_logs_of_a_request_hold_no_secret(caplog: pytest.LogCaptureFixture) -> None:
    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            401, headers={"WWW-Authenticate": "NTLM TlRMTVNTUAACAAAAsecretchallenge"}
        )

    configuration = SessionConfiguration(headers={"X-Tenant-Secret": "tenant-s3cret"})
    client = build_httpx_client(
        configuration, base_url="http://sl.test", network=httpx.MockTransport(server)
    )
    basic = base64.b64encode(b"writer:writer-password").decode()
    with caplog.at_level(logging.DEBUG):
        client.delete(
            f"/api/v1/sessions/{SESSION_ID}",
            headers={
                "Authorization": f"Basic {basic}",
                "X-API-Key": "demo-writer-api-key",
                "X-Session-Id": SESSION_ID,
            },
        )
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "request DELETE" in logged and "-> 401" in logged
    assert "HTTP Request: DELETE" in logged  # httpx's own line, rewritten
    for secret in (SESSION_ID, basic, "demo-writer-api-key", "tenant-s3cret", "secretchallenge"):
        assert secret not in logged
