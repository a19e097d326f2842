"""The test realm itself: a real KDC that issues tickets from the users' keytabs."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.interop.kerberos_realm import DEMO_PASSWORDS, REALM, KerberosRealm

pytestmark = pytest.mark.interop


def test_every_demo_account_has_a_principal_and_the_service_a_keytab(
    kerberos_realm: KerberosRealm,
) -> None:
    principals = kerberos_realm.admin("listprincs")
    for user in DEMO_PASSWORDS:
        assert f"{user}@{REALM}" in principals
    keytab = subprocess.run(
        [kerberos_realm.tools["klist"], "-k", str(kerberos_realm.service_keytab)],
        capture_output=True,
        text=True,
        check=True,
        env=kerberos_realm.env(),
    ).stdout
    assert kerberos_realm.service_principal in keytab


def test_kinit_from_a_keytab_fills_the_ticket_cache(
    kerberos_realm: KerberosRealm, tmp_path: Path
) -> None:
    ccache = tmp_path / "ccache"
    kerberos_realm.kinit("writer", ccache)
    listing = kerberos_realm.klist(ccache)
    assert f"Default principal: writer@{REALM}" in listing
    assert f"krbtgt/{REALM}@{REALM}" in listing
