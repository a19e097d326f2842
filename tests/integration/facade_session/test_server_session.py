"""The server session: refreshed before expiry (once for many threads), re-created, revoked."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from facade import AuthenticationError, ServiceLayerError
from facade.auth._apikey import ApiKeyAuth
from facade.auth._negotiate import PasswordAuth

from ._support import DEMO_DOMAIN, SentHeaders, connect, list_database_keys

TTL = 4  # seconds; the refresh margin below is half of it


def _revoke_out_of_band(url: str, session_id: str) -> None:
    response = httpx.delete(
        f"{url}/api/v1/sessions/{session_id}", headers={"X-Session-Id": session_id}
    )
    assert response.status_code == 204


def test_close_revokes_the_server_session(reference_server) -> None:
    connection = connect(reference_server.url, PasswordAuth("writer", "writer-password"))
    sent = SentHeaders(connection)
    list_database_keys(connection)
    (session_id,) = sent.session_ids()
    connection.close()
    assert connection.closed and not connection.authenticated
    answer = httpx.get(
        f"{reference_server.url}/api/v1/databases", headers={"X-Session-Id": session_id}
    )
    assert answer.status_code == 401
    with pytest.raises(ServiceLayerError, match="closed"):
        list_database_keys(connection)


def test_leaving_with_revokes_the_server_session(reference_server) -> None:
    with connect(reference_server.url, ApiKeyAuth("demo-reader-api-key")) as connection:
        sent = SentHeaders(connection)
        list_database_keys(connection)
    (session_id,) = sent.session_ids()
    answer = httpx.get(
        f"{reference_server.url}/api/v1/databases", headers={"X-Session-Id": session_id}
    )
    assert answer.status_code == 401


def test_session_is_refreshed_before_it_expires(server_factory) -> None:
    server = server_factory("--session-ttl", str(TTL))
    auth = PasswordAuth("writer", "writer-password", domain=DEMO_DOMAIN)
    with connect(server.url, auth, token_refresh_margin=TTL / 2) as connection:
        session = connection.server_session
        assert session is not None
        first = connection.server_session_info()
        assert first is not None
        sent = SentHeaders(connection)
        list_database_keys(connection)
        assert session.refreshes == 0
        time.sleep(TTL / 2 + 0.3)
        list_database_keys(connection)
        assert session.refreshes == 1 and session.creations == 1
        later = connection.server_session_info()
        assert later is not None and later.expires_at > first.expires_at
        assert len(sent.session_ids()) == 1  # the same session, extended


def test_sixteen_threads_share_exactly_one_refresh(server_factory) -> None:
    server = server_factory("--session-ttl", str(TTL))
    with connect(
        server.url, ApiKeyAuth("demo-writer-api-key"), token_refresh_margin=TTL / 2
    ) as connection:
        session = connection.server_session
        assert session is not None
        time.sleep(TTL / 2 + 0.3)
        barrier = threading.Barrier(16)
        failures: list[BaseException] = []

        def work() -> None:
            barrier.wait()
            try:
                list_database_keys(connection)
            except BaseException as exc:  # reported below
                failures.append(exc)

        threads = [threading.Thread(target=work) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failures == []
        assert session.refreshes == 1 and session.creations == 1


def test_lost_session_is_recreated_when_the_password_was_stored(reference_server) -> None:
    auth = PasswordAuth("writer", "writer-password", store_password=True)
    with connect(reference_server.url, auth) as connection:
        sent = SentHeaders(connection)
        list_database_keys(connection)
        _revoke_out_of_band(reference_server.url, next(iter(sent.session_ids())))
        list_database_keys(connection)
        assert connection.server_session is not None
        assert connection.server_session.creations == 2
        assert len(sent.session_ids()) == 2


def test_lost_session_is_recreated_for_an_api_key(reference_server) -> None:
    with connect(reference_server.url, ApiKeyAuth("demo-reader-api-key")) as connection:
        sent = SentHeaders(connection)
        list_database_keys(connection)
        _revoke_out_of_band(reference_server.url, next(iter(sent.session_ids())))
        list_database_keys(connection)
        assert connection.server_session is not None
        assert connection.server_session.creations == 2


def test_lost_session_is_not_recreated_without_the_password(reference_server) -> None:
    auth = PasswordAuth("writer", "writer-password", domain=DEMO_DOMAIN)
    with connect(reference_server.url, auth) as connection:
        sent = SentHeaders(connection)
        list_database_keys(connection)
        _revoke_out_of_band(reference_server.url, next(iter(sent.session_ids())))
        with pytest.raises(AuthenticationError):
            list_database_keys(connection)
        assert connection.server_session is not None
        assert connection.server_session.creations == 1


def test_expired_session_without_password_says_how_to_avoid_it(server_factory) -> None:
    server = server_factory("--session-ttl", "2")
    auth = PasswordAuth("writer", "writer-password")
    with connect(server.url, auth, token_refresh_margin=0.1) as connection:
        time.sleep(2.4)
        with pytest.raises(AuthenticationError, match="store_password=True"):
            list_database_keys(connection)
        assert connection.expired and not connection.authenticated
