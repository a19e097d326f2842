"""Signing in through every non-OIDC path against the reference server."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from facade import AuthenticationError, AutologonUnavailableError
from facade.auth._apikey import ApiKeyAuth
from facade.auth._negotiate import AutologonAuth, PasswordAuth

from ._support import DEMO_DOMAIN, SentHeaders, connect, list_database_keys


def test_password_without_domain_signs_in_with_basic(reference_server) -> None:
    auth = PasswordAuth("writer", "writer-password")
    with connect(reference_server.url, auth) as connection:
        assert connection.username == "writer"
        assert connection.server_session is not None
        assert connection.server_session.scheme == "basic"
        assert list_database_keys(connection)


def test_domain_user_signs_in_with_ntlm(reference_server) -> None:
    auth = PasswordAuth("reader", "reader-password", domain=DEMO_DOMAIN)
    with connect(reference_server.url, auth) as connection:
        assert connection.server_session is not None
        assert connection.server_session.scheme == "ntlm"
        assert connection.username == "reader"
        assert list_database_keys(connection)


def test_api_key_signs_in(reference_server) -> None:
    with connect(reference_server.url, ApiKeyAuth("demo-reader-api-key")) as connection:
        assert connection.username == "reader"
        assert list_database_keys(connection)


def test_later_requests_carry_the_server_session_not_the_credentials(reference_server) -> None:
    auth = PasswordAuth("writer", "writer-password", domain=DEMO_DOMAIN)
    with connect(reference_server.url, auth) as connection:
        sent = SentHeaders(connection)
        for _ in range(3):
            list_database_keys(connection)
    assert len(sent.requests) == 3
    assert all("Authorization" not in headers for _, headers in sent.requests)
    assert len(sent.session_ids()) == 1


def test_domain_user_falls_back_to_basic_when_ntlm_is_not_offered(server_factory) -> None:
    server = server_factory("--auth", "basic,session")
    auth = PasswordAuth("writer", "writer-password", domain=DEMO_DOMAIN)
    with connect(server.url, auth) as connection:
        list_database_keys(connection)  # raises unless the server accepts the session
    assert auth.scheme == "basic"


def test_wrong_password_says_what_to_do(reference_server) -> None:
    with pytest.raises(AuthenticationError) as caught:
        connect(reference_server.url, PasswordAuth("writer", "not-the-password"))
    message = str(caught.value)
    assert caught.value.status == 401
    assert "writer" in message and "Check the user name, password" in message
    assert "not-the-password" not in message


def test_wrong_ntlm_password_is_refused(reference_server) -> None:
    with pytest.raises(AuthenticationError, match="Check the user name"):
        connect(reference_server.url, PasswordAuth("writer", "wrong", domain=DEMO_DOMAIN))


def test_wrong_api_key_is_refused(reference_server) -> None:
    with pytest.raises(AuthenticationError, match="refused"):
        connect(reference_server.url, ApiKeyAuth("not-a-demo-key"))


def test_server_without_password_schemes_points_to_other_methods(server_factory) -> None:
    server = server_factory("--auth", "apiKey,session")
    with pytest.raises(AuthenticationError, match=r"with_api_key"):
        connect(server.url, PasswordAuth("writer", "writer-password"))


def test_autologon_uses_the_current_users_ntlm_credentials(
    reference_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user_file = tmp_path / "ntlm-user"
    user_file.write_text(f"{DEMO_DOMAIN}:reader:reader-password\n")
    user_file.chmod(0o600)
    monkeypatch.setenv("NTLM_USER_FILE", str(user_file))
    with connect(reference_server.url, AutologonAuth()) as connection:
        assert connection.username == "reader"
        assert connection.server_session is not None
        assert connection.server_session.scheme == "negotiate"
        assert list_database_keys(connection)


def test_autologon_without_credentials_names_what_is_missing(
    reference_server, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NTLM_USER_FILE", raising=False)
    with pytest.raises(AutologonUnavailableError) as caught:
        connect(reference_server.url, AutologonAuth())
    message = str(caught.value)
    assert "NTLM_USER_FILE" in message
    assert "gssapi" in message or "kinit" in message
    assert os.environ.get("NTLM_USER_FILE") is None
