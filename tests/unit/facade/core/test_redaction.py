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


def test_debug_log_of_a_failed_attempt_holds_no_secret(caplog: pytest.LogCaptureFixture) -> None:
    def server(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    client = build_httpx_client(
        SessionConfiguration(max_retries=0),
        base_url="http://sl.test",
        network=httpx.MockTransport(server),
    )
    with caplog.at_level(logging.DEBUG, logger="facade.transport"), pytest.raises(ConnectionError):
        client.get(f"/api/v1/sessions/{SESSION_ID}")
    failed = [r.getMessage() for r in caplog.records if "failed" in r.getMessage()]
    assert failed and all("/api/v1/sessions/" in line for line in failed)
    assert not any(SESSION_ID in r.getMessage() for r in caplog.records)


def test_nothing_is_redacted_for_a_log_nobody_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    import facade._core.transport as transport

    redacted: list[object] = []
    monkeypatch.setattr(transport, "redact_url", lambda url: redacted.append(url) or "")
    client = build_httpx_client(
        SessionConfiguration(),
        base_url="http://sl.test",
        network=httpx.MockTransport(lambda request: httpx.Response(200, json={})),
    )
    logging.getLogger("facade.transport").setLevel(logging.INFO)
    try:
        assert client.get("/api/v1/databases").status_code == 200
    finally:
        logging.getLogger("facade.transport").setLevel(logging.NOTSET)
    assert redacted == []
