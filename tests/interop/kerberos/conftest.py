"""Fixtures of the Kerberos tests: the MIT realm, a reference server holding its service keytab,
and ticket caches filled by ``kinit`` from the users' keytabs (no password in this process).

``use_ticket_cache(user)`` points this process's Kerberos library at a fresh cache holding a
ticket for ``user`` (``KRB5CCNAME``) in the test realm (``KRB5_CONFIG``), as a signed-in
user's environment does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import RunningServer
from tests.interop.kerberos_realm import REALM, KerberosRealm
from tests.interop.kerberos_realm import kerberos_realm as kerberos_realm  # a pytest fixture

UseTicketCache = Callable[..., Path]


def kerberos_server_args(realm: KerberosRealm, keytab: Path | None = None) -> tuple[str, ...]:
    """``python -m server`` flags of a demo server that accepts the realm's tickets."""
    keytab = keytab or realm.service_keytab
    return ("--demo", "--records", "20", "--keytab", str(keytab), "--kerberos-realm", REALM)


@pytest.fixture(scope="module")
def kerberos_server(kerberos_realm: KerberosRealm) -> Iterator[RunningServer]:
    """A demo server with every scheme, Negotiate accepting the realm's tickets."""
    server = RunningServer(kerberos_server_args(kerberos_realm))
    yield server
    server.close()


@pytest.fixture
def realm_environment(kerberos_realm: KerberosRealm, monkeypatch: pytest.MonkeyPatch) -> None:
    """This process uses the test realm's configuration and no NTLM credentials."""
    monkeypatch.setenv("KRB5_CONFIG", str(kerberos_realm.krb5_config))
    monkeypatch.delenv("NTLM_USER_FILE", raising=False)


@pytest.fixture
def use_ticket_cache(
    kerberos_realm: KerberosRealm,
    realm_environment: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> UseTicketCache:
    """``use_ticket_cache(user, lifetime=None)``: kinit into a fresh cache and point at it."""

    def use(user: str | None, *, lifetime: str | None = None) -> Path:
        ccache = tmp_path / f"ccache-{user or 'empty'}"
        if user is not None:
            kerberos_realm.kinit(user, ccache, lifetime=lifetime)
        monkeypatch.setenv("KRB5CCNAME", f"FILE:{ccache}")
        return ccache

    return use
