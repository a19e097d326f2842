"""Signing in with Kerberos through the SDK against the real realm and the reference server.

``with_autologon()`` uses the ticket that ``kinit`` put in ``KRB5CCNAME`` (from the user's
keytab: no password anywhere); ``with_credentials(user, password, REALM)`` gets its own ticket
from the KDC. Both create one server session that every later request carries.
"""

from __future__ import annotations

import base64
import logging
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from facade import AuthenticationError, SessionBuilder
from facade.auth import AutologonUnavailableError
from facade.auth._kerberos import cached_ticket
from facade.auth._negotiate import AutologonAuth, PasswordAuth, SpnegoAuth
from server.launch import REPO
from tests.conftest import RunningServer, ServerFactory
from tests.integration.facade_session._support import SentHeaders, connect, list_database_keys
from tests.interop.kerberos_realm import DEMO_PASSWORDS, REALM, KerberosRealm, run_kerberos_realm

from .conftest import UseTicketCache, kerberos_server_args

pytestmark = pytest.mark.interop

_AUTOLOGON_SCRIPT = """
import sys
from facade import SessionBuilder
with SessionBuilder(sys.argv[1]).with_autologon() as session:
    print(session.username)
    print(",".join(sorted(db.db_key for db in session.dbs)))
"""


def test_autologon_with_a_ticket_and_no_password_anywhere_in_the_process(
    kerberos_server: RunningServer, kerberos_realm: KerberosRealm, tmp_path: Path
) -> None:
    ccache = tmp_path / "ccache"
    kerberos_realm.kinit("reader", ccache)  # from the keytab: no password
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(REPO),
        "KRB5_CONFIG": str(kerberos_realm.krb5_config),
        "KRB5CCNAME": f"FILE:{ccache}",
    }
    command = [sys.executable, "-c", _AUTOLOGON_SCRIPT, kerberos_server.url]
    for password in DEMO_PASSWORDS.values():
        assert all(password not in value for value in [*env.values(), *command])
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    username, databases = result.stdout.split()
    assert username == "reader"
    assert "DEMO_MATERIALS" in databases.split(",")
    # The service ticket was asked for with the cached ticket and stored beside it.
    assert kerberos_realm.service_principal in kerberos_realm.klist(ccache)


def test_autologon_signs_in_with_kerberos_and_verifies_the_server(
    kerberos_server: RunningServer, use_ticket_cache: UseTicketCache
) -> None:
    use_ticket_cache("writer")
    auth = AutologonAuth()
    with connect(kerberos_server.url, auth) as connection:
        assert connection.username == "writer"
        assert connection.server_session is not None
        assert connection.server_session.scheme == "negotiate"
        assert list_database_keys(connection)
    assert auth.server_verified  # the server's final token proved it holds HTTP/127.0.0.1


def test_with_credentials_for_a_realm_user_gets_its_own_ticket(
    kerberos_server: RunningServer, use_ticket_cache: UseTicketCache
) -> None:
    empty_cache = use_ticket_cache(None)
    builder = SessionBuilder(kerberos_server.url)
    with builder.with_credentials("admin", DEMO_PASSWORDS["admin"], domain=REALM) as session:
        assert session.username == "admin"
        assert {db.db_key for db in session.dbs}
    with builder.with_credentials(f"reader@{REALM}", DEMO_PASSWORDS["reader"]) as session:
        assert session.username == "reader"
    assert not empty_cache.exists()  # the ticket stayed in this process's memory


def test_with_credentials_for_a_realm_user_verifies_the_server(
    kerberos_server: RunningServer, use_ticket_cache: UseTicketCache
) -> None:
    use_ticket_cache(None)
    auth = PasswordAuth("writer", DEMO_PASSWORDS["writer"], domain=REALM)
    with connect(kerberos_server.url, auth) as connection:
        assert connection.username == "writer"
    assert auth.server_verified


def test_a_wrong_realm_password_is_named_without_the_password(
    kerberos_server: RunningServer, use_ticket_cache: UseTicketCache
) -> None:
    use_ticket_cache(None)
    with pytest.raises(AuthenticationError) as caught:
        SessionBuilder(kerberos_server.url).with_credentials("reader", "not-it", domain=REALM)
    message = str(caught.value)
    assert "Wrong password" in message and f"reader@{REALM}" in message
    assert "not-it" not in message


def test_no_ticket_says_to_run_kinit_or_use_with_credentials(
    kerberos_server: RunningServer, use_ticket_cache: UseTicketCache
) -> None:
    ccache = use_ticket_cache(None)
    with pytest.raises(AutologonUnavailableError) as caught:
        SessionBuilder(kerberos_server.url).with_autologon()
    message = str(caught.value)
    assert "kinit" in message and "with_credentials" in message
    assert str(ccache) in message


def test_an_expired_ticket_is_a_clear_authentication_error(
    kerberos_server: RunningServer, kerberos_realm: KerberosRealm, use_ticket_cache: UseTicketCache
) -> None:
    ccache = use_ticket_cache("reader", lifetime="1s")
    deadline = time.monotonic() + 30
    while kerberos_realm.has_valid_ticket(ccache) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not kerberos_realm.has_valid_ticket(ccache)
    with pytest.raises(AuthenticationError) as caught:
        SessionBuilder(kerberos_server.url).with_autologon()
    assert not isinstance(caught.value, AutologonUnavailableError)
    message = str(caught.value)
    assert "expired" in message and "kinit" in message


def test_a_wrong_service_principal_is_named(
    kerberos_server: RunningServer, use_ticket_cache: UseTicketCache
) -> None:
    # The realm knows HTTP/127.0.0.1 only: "localhost" in the URL asks for HTTP/localhost.
    use_ticket_cache("reader")
    url = kerberos_server.url.replace("127.0.0.1", "localhost")
    with pytest.raises(AuthenticationError) as caught:
        SessionBuilder(url).with_autologon()
    message = str(caught.value)
    assert f"service principal HTTP/localhost@{REALM}" in message
    assert "wrong service principal" in message


def test_clock_skew_is_named(
    server_factory: ServerFactory, realm_environment: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with run_kerberos_realm(kdc_time_offset=-3600) as skewed:  # the KDC's clock: 1 h behind
        server = server_factory(*kerberos_server_args(skewed))
        ccache = skewed.folder / "ccache"
        skewed.kinit("reader", ccache)  # the client takes the KDC's time, the server does not
        monkeypatch.setenv("KRB5_CONFIG", str(skewed.krb5_config))
        monkeypatch.setenv("KRB5CCNAME", f"FILE:{ccache}")
        with pytest.raises(AuthenticationError) as caught:
            SessionBuilder(server.url).with_autologon()
    assert "clock skew" in str(caught.value).lower()


def _tamper_final_token(replacement: str | None):
    def hook(response: httpx.Response) -> None:
        if response.status_code == 200 and "www-authenticate" in response.headers:
            del response.headers["www-authenticate"]
            if replacement is not None:
                response.headers["WWW-Authenticate"] = replacement

    return hook


def _final_token_of_another_sign_in(url: str) -> str:
    with httpx.Client() as client:
        response = client.post(
            f"{url}/api/v1/sessions", auth=SpnegoAuth(None, None, ticket=cached_ticket())
        )
    response.raise_for_status()
    return response.headers["www-authenticate"]


@pytest.mark.parametrize("forged", [False, True], ids=["no-final-token", "replayed-token"])
def test_a_server_that_does_not_prove_its_identity_is_refused(
    kerberos_server: RunningServer, use_ticket_cache: UseTicketCache, forged: bool
) -> None:
    use_ticket_cache("reader")
    replacement = _final_token_of_another_sign_in(kerberos_server.url) if forged else None
    auth = SpnegoAuth(None, None, ticket=cached_ticket())
    hooks = {"response": [_tamper_final_token(replacement)]}
    with httpx.Client(event_hooks=hooks) as client, pytest.raises(AuthenticationError) as caught:
        client.post(f"{kerberos_server.url}/api/v1/sessions", auth=auth)
    assert "Mutual authentication failed" in str(caught.value)
    assert not auth.server_verified


def test_sixteen_parallel_requests_share_one_kerberos_handshake(
    kerberos_server: RunningServer, kerberos_realm: KerberosRealm, use_ticket_cache: UseTicketCache
) -> None:
    use_ticket_cache("reader")
    tickets_before = kerberos_realm.tgs_requests(kerberos_realm.service_principal)
    with connect(kerberos_server.url, AutologonAuth()) as connection:
        sent = SentHeaders(connection)
        with ThreadPoolExecutor(max_workers=16) as pool:
            answers = list(pool.map(lambda _: list_database_keys(connection), range(16)))
        assert connection.server_session is not None
        assert connection.server_session.creations == 1
    assert all("DEMO_MATERIALS" in keys for keys in answers)
    assert len(sent.requests) == 16
    assert all("Authorization" not in headers for _, headers in sent.requests)
    assert len(sent.session_ids()) == 1
    assert kerberos_realm.tgs_requests(kerberos_realm.service_principal) == tickets_before + 1


def test_debug_logs_and_reprs_of_a_realm_sign_in_hold_no_secret(
    kerberos_server: RunningServer,
    use_ticket_cache: UseTicketCache,
    caplog: pytest.LogCaptureFixture,
) -> None:
    use_ticket_cache(None)
    password = DEMO_PASSWORDS["writer"]
    auth = PasswordAuth("writer", password, domain=REALM)
    with caplog.at_level(logging.DEBUG), connect(kerberos_server.url, auth) as connection:
        sent = SentHeaders(connection)
        list_database_keys(connection)
        shown = repr(connection) + repr(auth) + repr(connection.server_session)
    secrets = [password, base64.b64encode(password.encode()).decode(), *sent.session_ids()]
    logged = "\n".join(f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    assert logged and sent.session_ids()
    for secret in secrets:
        assert secret not in logged and secret not in shown


def test_a_lost_session_is_signed_in_again_from_the_ticket_cache(
    kerberos_server: RunningServer, use_ticket_cache: UseTicketCache
) -> None:
    use_ticket_cache("reader")
    with connect(kerberos_server.url, AutologonAuth()) as connection:
        sent = SentHeaders(connection)
        list_database_keys(connection)
        lost = next(iter(sent.session_ids()))
        revoked = httpx.delete(
            f"{kerberos_server.url}/api/v1/sessions/{lost}", headers={"X-Session-Id": lost}
        )
        assert revoked.status_code == 204
        assert list_database_keys(connection)  # answered 401, signed in again, sent again
        assert connection.server_session is not None
        assert connection.server_session.creations == 2
        assert connection.username == "reader"
    assert len(sent.session_ids()) == 2
