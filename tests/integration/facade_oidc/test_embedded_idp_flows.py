"""Every OIDC sign-in path against the reference server's embedded identity provider."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from keyrings.alt.file import PlaintextKeyring

from facade import (
    KEYRING_SERVICE,
    AccessDeniedError,
    BrowserUnavailableError,
    SessionConfiguration,
    StoredTokenNotFoundError,
    TokenRefreshError,
)
from facade.auth.oidc._token_binding import BoundRefreshToken
from facade.auth.oidc._token_store import KeyringTokenStore, token_key

from ._browser import EmbeddedIdPUser
from ._running_server import RunningServer
from .conftest import CountingOIDCSessionBuilder, connection_of, identity_of, list_databases_status

CLIENT_ID = "servicelayer-sdk"


def _builder(server: RunningServer, **kwargs: object) -> CountingOIDCSessionBuilder:
    return CountingOIDCSessionBuilder(server.url, SessionConfiguration(timeout=20000), **kwargs)


def test_provider_is_discovered_from_the_service_layer(oidc_server: RunningServer) -> None:
    oidc, http = _builder(oidc_server)._resolve()
    http.close()
    assert oidc.issuer == f"{oidc_server.url}/oidc"
    assert oidc.client_id == CLIENT_ID
    assert oidc.token_endpoint == f"{oidc_server.url}/oidc/token"
    assert oidc.device_authorization_endpoint is not None
    assert oidc.scopes == ("openid", "profile", "offline_access")


def test_device_code_flow_signs_in(oidc_server: RunningServer) -> None:
    user = EmbeddedIdPUser("writer", "writer-password")
    builder = _builder(oidc_server)
    with builder.with_device_code_flow(user.approve_device) as session:
        assert session.username == "writer"
        assert session.authenticated and not session.expired
        assert session.refresh_token
        assert list_databases_status(session) == 200
    assert len(user.prompts) == 1
    assert builder.grants("urn:ietf:params:oauth:grant-type:device_code") >= 1


def test_authorization_code_flow_signs_in(oidc_server: RunningServer) -> None:
    user = EmbeddedIdPUser("reader", "reader-password")
    with _builder(oidc_server).with_authorization_code_flow(open_browser=user.open_browser) as s:
        assert s.username == "reader"
        assert s.authenticated
    assert "code_challenge_method=S256" in user.opened[0]


def test_authorization_code_flow_refused_by_the_user(oidc_server: RunningServer) -> None:
    user = EmbeddedIdPUser("reader", "reader-password", decision="deny")
    with pytest.raises(AccessDeniedError):
        _builder(oidc_server).with_authorization_code_flow(open_browser=user.open_browser)


def test_no_browser_suggests_the_device_code_flow(oidc_server: RunningServer) -> None:
    with pytest.raises(BrowserUnavailableError, match="with_device_code_flow"):
        _builder(oidc_server).with_authorization_code_flow(open_browser=lambda url: False)


def test_refresh_token_signs_in_and_rotates(oidc_server: RunningServer) -> None:
    user = EmbeddedIdPUser("admin", "admin-password")
    with _builder(oidc_server).with_device_code_flow(user.approve_device) as first:
        refresh_token = first.refresh_token
    assert refresh_token
    builder = _builder(oidc_server)
    with builder.with_refresh_token(refresh_token) as session:
        assert session.username == "admin"
        assert session.refresh_token not in (None, refresh_token)  # rotated and kept
    assert builder.grants("refresh_token") == 1
    with pytest.raises(TokenRefreshError) as caught:  # the old one was used: reuse detected
        _builder(oidc_server).with_refresh_token(refresh_token)
    assert caught.value.error == "invalid_grant"


def test_access_token_only(oidc_server: RunningServer) -> None:
    user = EmbeddedIdPUser("reader", "reader-password")
    with _builder(oidc_server).with_device_code_flow(user.approve_device) as first:
        access_token = identity_of(first).auth.tokens.access_token
    builder = _builder(oidc_server)
    with builder.with_access_token(access_token) as session:
        assert session.username == "reader"
        assert session.authenticated and not session.expired
        assert list_databases_status(session) == 200
    assert builder.idp_requests == []  # no identity provider involved


def test_stored_token_in_a_real_keyring(
    oidc_server: RunningServer, file_keyring: PlaintextKeyring
) -> None:
    user = EmbeddedIdPUser("writer", "writer-password")
    key = token_key(oidc_server.url, CLIENT_ID)
    with _builder(oidc_server).with_device_code_flow(user.approve_device) as first:
        first.persist_oidc_token()
        entry = file_keyring.get_password(KEYRING_SERVICE, key)
        assert entry is not None
        stored = BoundRefreshToken.decode(entry, where=key)
        assert stored.refresh_token == first.refresh_token
        assert stored.issuer == f"{oidc_server.url}/oidc"
    with _builder(oidc_server).with_stored_token() as session:
        assert session.username == "writer"
        rotated = session.refresh_token
    assert rotated != stored.refresh_token
    saved_back = KeyringTokenStore().load(key)
    assert saved_back is not None  # the rotation was saved back, still bound to its issuer
    assert BoundRefreshToken.decode(saved_back, where=key) == BoundRefreshToken(
        rotated,
        stored.issuer,
        stored.token_origin,  # type: ignore[arg-type]
    )
    with _builder(oidc_server).with_stored_token() as again:
        assert again.username == "writer"


def test_stored_token_missing_says_what_to_do(
    oidc_server: RunningServer, file_keyring: PlaintextKeyring
) -> None:
    with pytest.raises(StoredTokenNotFoundError, match="persist_oidc_token"):
        _builder(oidc_server).with_stored_token()


def test_stored_token_in_the_opt_in_cache_file(oidc_server: RunningServer, tmp_path: Path) -> None:
    cache = tmp_path / "tokens.json"
    user = EmbeddedIdPUser("reader", "reader-password")
    with _builder(oidc_server, token_cache_file=cache).with_device_code_flow(
        user.approve_device
    ) as first:
        first.persist_oidc_token()
    assert cache.stat().st_mode & 0o777 == 0o600
    with _builder(oidc_server, token_cache_file=cache).with_stored_token() as session:
        assert session.username == "reader"


def test_no_secret_reaches_the_logs(
    oidc_server: RunningServer, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.DEBUG)
    user = EmbeddedIdPUser("writer", "writer-password")
    with _builder(oidc_server).with_device_code_flow(user.approve_device) as first:
        tokens = identity_of(first).auth.tokens
        refresh_token = first.refresh_token
        secrets = [tokens.access_token, tokens.id_token, refresh_token, "writer-password"]
        text = repr(first) + repr(connection_of(first)) + repr(identity_of(first))
    with _builder(oidc_server).with_refresh_token(refresh_token) as second:  # type: ignore[arg-type]
        secrets.append(second.refresh_token)
        text += repr(second)
    browser_user = EmbeddedIdPUser("reader", "reader-password")
    with _builder(oidc_server).with_authorization_code_flow(
        open_browser=browser_user.open_browser
    ) as third:
        third_tokens = identity_of(third).auth.tokens
        secrets += [third_tokens.access_token, third_tokens.id_token, third.refresh_token]
        text += repr(third)
    text += "\n".join(record.getMessage() for record in caplog.records)
    text += caplog.text
    assert caplog.records, "expected DEBUG logs of the flow"
    for secret in secrets:
        assert secret and secret not in text


def test_session_builder_with_explicit_provider_configuration(oidc_server: RunningServer) -> None:
    from facade import OIDCSessionBuilder, SessionBuilder

    builder = SessionBuilder(oidc_server.url).with_oidc(
        issuer=f"{oidc_server.url}/oidc", client_id=CLIENT_ID, scopes=["openid", "offline_access"]
    )
    assert isinstance(builder, OIDCSessionBuilder)
    user = EmbeddedIdPUser("reader", "reader-password")
    with builder.with_device_code_flow(user.approve_device) as session:
        assert session.username == "reader"
        assert list_databases_status(session) == 200
