"""The reference server's Negotiate acceptor (pyspnego + the service keytab) with real tickets."""

from __future__ import annotations

import base64
from pathlib import Path

import httpx
import pytest
import spnego

from server.__main__ import parse_args
from tests.conftest import ServerFactory
from tests.interop.kerberos_realm import REALM, KerberosRealm, run_kerberos_realm

from .conftest import UseTicketCache, kerberos_server_args

pytestmark = pytest.mark.interop

SESSIONS = "/api/v1/sessions"


def _negotiate(url: str, context: spnego.ContextProxy) -> httpx.Response:
    token = context.step()
    assert token is not None
    header = {"Authorization": f"Negotiate {base64.b64encode(token).decode()}"}
    return httpx.post(url + SESSIONS, headers=header)


def _server_token(response: httpx.Response) -> bytes:
    scheme, _, token = response.headers["www-authenticate"].partition(" ")
    assert scheme == "Negotiate"
    return base64.b64decode(token)


def test_a_ticket_creates_a_session_for_the_realm_user(
    kerberos_server, use_ticket_cache: UseTicketCache
) -> None:
    use_ticket_cache("writer")
    context = spnego.client(hostname="127.0.0.1", service="HTTP", protocol="negotiate")
    response = _negotiate(kerberos_server.url, context)
    assert response.status_code == 200, response.text
    assert response.json()["username"] == "writer"
    assert response.json()["authenticationScheme"] == "negotiate"
    assert context.negotiated_protocol == "kerberos"
    context.step(_server_token(response))  # the server's AP-REP: it holds the service key
    assert context.complete


def test_ntlm_inside_negotiate_still_signs_in(kerberos_server, realm_environment: None) -> None:
    context = spnego.client(
        "DEMO\\reader", "reader-password", hostname="127.0.0.1", protocol="ntlm"
    )
    limits = httpx.Limits(max_connections=1)
    with httpx.Client(limits=limits) as client:
        token = context.step()
        response = client.post(
            kerberos_server.url + SESSIONS,
            headers={"Authorization": f"NTLM {base64.b64encode(token or b'').decode()}"},
        )
        challenge = base64.b64decode(response.headers["www-authenticate"].split(" ", 1)[1])
        token = context.step(challenge)
        response = client.post(
            kerberos_server.url + SESSIONS,
            headers={"Authorization": f"NTLM {base64.b64encode(token or b'').decode()}"},
        )
    assert response.status_code == 200, response.text
    assert response.json()["username"] == "reader"


def test_a_realm_user_without_an_account_is_refused(
    kerberos_server, kerberos_realm: KerberosRealm, use_ticket_cache: UseTicketCache
) -> None:
    kerberos_realm.admin("addprinc -randkey stranger")
    kerberos_realm.admin(f"ktadd -norandkey -k {kerberos_realm.user_keytab('stranger')} stranger")
    use_ticket_cache("stranger")
    context = spnego.client(hostname="127.0.0.1", service="HTTP", protocol="negotiate")
    response = _negotiate(kerberos_server.url, context)
    assert response.status_code == 401
    assert "no account" in response.json()["detail"]


def test_a_ticket_for_a_key_the_server_lacks_names_the_service_principal(
    server_factory: ServerFactory,
    kerberos_realm: KerberosRealm,
    use_ticket_cache: UseTicketCache,
) -> None:
    other = kerberos_realm.folder / "other-service.keytab"
    kerberos_realm.admin("addprinc -randkey HTTP/other.example")
    kerberos_realm.admin(f"ktadd -k {other} HTTP/other.example")
    server = server_factory(*kerberos_server_args(kerberos_realm, other))
    use_ticket_cache("reader")
    context = spnego.client(hostname="127.0.0.1", service="HTTP", protocol="negotiate")
    response = _negotiate(server.url, context)
    assert response.status_code == 401
    detail = response.json()["detail"]
    assert "service principal" in detail
    assert f"HTTP/127.0.0.1@{REALM}" in detail


def test_clock_skew_between_client_and_server_is_named(
    server_factory: ServerFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The KDC's clock runs an hour behind; the client takes its time from the KDC (as MIT
    # Kerberos does by default), the server keeps the machine's: they are an hour apart.
    with run_kerberos_realm(kdc_time_offset=-3600) as skewed:
        server = server_factory(*kerberos_server_args(skewed))
        ccache = tmp_path / "ccache"
        skewed.kinit("reader", ccache)
        monkeypatch.setenv("KRB5_CONFIG", str(skewed.krb5_config))
        monkeypatch.setenv("KRB5CCNAME", f"FILE:{ccache}")
        context = spnego.client(hostname="127.0.0.1", service="HTTP", protocol="negotiate")
        response = _negotiate(server.url, context)
    assert response.status_code == 401
    assert "clock skew" in response.json()["detail"].lower()


def test_keytab_flags_are_checked_before_the_server_starts(kerberos_realm: KerberosRealm) -> None:
    keytab = str(kerberos_realm.service_keytab)
    config, _ = parse_args(["--keytab", keytab, "--kerberos-realm", REALM])
    assert (config.keytab, config.kerberos_realm) == (keytab, REALM)
    for argv in (
        ["--keytab", keytab],
        ["--keytab", "/nonexistent/http.keytab", "--kerberos-realm", REALM],
        ["--keytab", keytab, "--kerberos-realm", REALM, "--auth", "basic,session"],
    ):
        with pytest.raises(SystemExit):
            parse_args(argv)
