"""The server maps user@REALM of its configured realm to the account, and nothing else."""

from __future__ import annotations

import pytest

from server.auth._kerberos import realm_user, use_service_keytab


@pytest.mark.parametrize(
    ("principal", "account"),
    [
        ("reader@SERVICELAYER.TEST", "reader"),
        ("reader@servicelayer.test", "reader"),
        ("reader@OTHER.TEST", None),
        ("HTTP/host@SERVICELAYER.TEST", None),
        ("@SERVICELAYER.TEST", None),
        ("reader", None),
    ],
)
def test_realm_user(principal: str, account: str | None) -> None:
    assert realm_user(principal, "SERVICELAYER.TEST") == account


def test_a_missing_keytab_is_refused_by_name(tmp_path) -> None:
    with pytest.raises(ValueError, match="no readable keytab"):
        use_service_keytab(str(tmp_path / "absent.keytab"))
