"""The identity provider's RS256 signing key, generated once and persisted with the data."""

from __future__ import annotations

import json
import sqlite3
import time

from joserfc.jwk import KeySet, RSAKey

__all__ = ["SigningKeys"]


class SigningKeys:
    """Loads (or creates) the RSA signing key from the ``idp_keys`` table."""

    def __init__(self, db: sqlite3.Connection) -> None:
        db.execute(
            "CREATE TABLE IF NOT EXISTS idp_keys ("
            " kid TEXT PRIMARY KEY, jwk TEXT NOT NULL, created_at REAL NOT NULL)"
        )
        row = db.execute("SELECT jwk FROM idp_keys ORDER BY created_at DESC LIMIT 1").fetchone()
        if row is None:
            key = RSAKey.generate_key(2048, parameters={"alg": "RS256", "use": "sig"})
            key.ensure_kid()
            db.execute(
                "INSERT INTO idp_keys (kid, jwk, created_at) VALUES (?, ?, ?)",
                (key.kid, json.dumps(key.as_dict(private=True)), time.time()),
            )
        else:
            key = RSAKey.import_key(json.loads(row[0]))
        self.signing_key = key
        self.key_set = KeySet([key])

    @property
    def kid(self) -> str:
        return str(self.signing_key.kid)

    def public_jwks(self) -> dict[str, object]:
        """The JWKS document: public parts only."""
        return dict(self.key_set.as_dict(private=False))
