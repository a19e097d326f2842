"""The identity provider's rows are deleted once they can no longer be used."""

from __future__ import annotations

import time

from server._db import open_database
from server.idp._store import GrantStore


def _count(db, table: str) -> int:  # type: ignore[no-untyped-def]
    return int(db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_expired_codes_devices_tokens_and_revocations_are_purged() -> None:
    db = open_database(":memory:")
    grants = GrantStore(db, access_token_ttl=60)
    grants.add_code("c", "http://127.0.0.1/cb", "writer", "openid", "x" * 43, None, lifetime=1)
    grants.add_device("c", "openid", 1, 1)
    grants.add_refresh("family", "writer", "c", "openid offline_access", 1)
    grants.revoke_access("jti-1", time.time() + 1)
    grants.revoke_family("family")
    tables = ("idp_codes", "idp_devices", "idp_refresh_tokens", "idp_revoked_access",
              "idp_revoked_families")  # fmt: skip
    assert [_count(db, t) for t in tables] == [1, 1, 1, 1, 1]
    grants.purge_expired(now=time.time() + 30)
    assert [_count(db, t) for t in tables] == [1, 1, 1, 0, 1]  # used codes linger an hour
    grants.purge_expired(now=time.time() + 2 * 3600)
    assert [_count(db, t) for t in tables] == [0, 0, 0, 0, 0]
    db.close()
