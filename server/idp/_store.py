"""The identity provider's grants in SQLite: authorization codes, device codes, refresh tokens.

Codes and tokens are stored as SHA-256 digests only; a refresh token belongs to a family
(one sign-in) so that reuse of a rotated token can revoke the whole family.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import time
from dataclasses import dataclass

__all__ = ["AuthorizationCode", "DeviceGrant", "GrantStore", "RefreshGrant", "digest"]

_USER_CODE_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ"  # RFC 8628 §6.1: no vowels, no look-alikes


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class AuthorizationCode:
    client_id: str
    redirect_uri: str
    username: str
    scope: str
    code_challenge: str
    nonce: str | None
    expires_at: float
    used: bool
    family_id: str


@dataclass(frozen=True, slots=True)
class DeviceGrant:
    device_digest: str
    user_code: str
    client_id: str
    scope: str
    expires_at: float
    interval: int
    last_poll: float
    status: str  # pending, approved, denied, consumed
    username: str | None


@dataclass(frozen=True, slots=True)
class RefreshGrant:
    family_id: str
    username: str
    client_id: str
    scope: str
    expires_at: float
    rotated: bool
    revoked: bool


_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS idp_codes (code_digest TEXT PRIMARY KEY, client_id TEXT,"
    " redirect_uri TEXT, username TEXT, scope TEXT, code_challenge TEXT, nonce TEXT,"
    " expires_at REAL, used INTEGER DEFAULT 0, family_id TEXT)",
    "CREATE TABLE IF NOT EXISTS idp_devices (device_digest TEXT PRIMARY KEY,"
    " user_code TEXT UNIQUE, client_id TEXT, scope TEXT, expires_at REAL, interval INTEGER,"
    " last_poll REAL DEFAULT 0, status TEXT DEFAULT 'pending', username TEXT)",
    "CREATE TABLE IF NOT EXISTS idp_refresh_tokens (token_digest TEXT PRIMARY KEY,"
    " family_id TEXT, username TEXT, client_id TEXT, scope TEXT, expires_at REAL,"
    " rotated INTEGER DEFAULT 0, revoked INTEGER DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS idp_refresh_family ON idp_refresh_tokens (family_id)",
    "CREATE TABLE IF NOT EXISTS idp_revoked_access (jti TEXT PRIMARY KEY, expires_at REAL)",
    "CREATE TABLE IF NOT EXISTS idp_revoked_families (family_id TEXT PRIMARY KEY, expires_at REAL)",
)
_PURGE_EVERY_SECONDS = 60.0
_KEEP_USED_SECONDS = 3600.0  # used and expired codes linger an hour for reuse detection


class GrantStore:
    """Reads and writes the identity provider's grants."""

    def __init__(self, db: sqlite3.Connection, *, access_token_ttl: int = 3600) -> None:
        self._db = db
        self._access_token_ttl = access_token_ttl
        self._last_purge = 0.0
        for statement in _SCHEMA:
            db.execute(statement)
        self.purge_expired()

    def purge_expired(self, now: float | None = None) -> None:
        """Delete codes, device grants, refresh tokens and revocations past their use.

        Args:
            now: The time to compare with (the clock when None).
        """
        now = time.time() if now is None else now
        self._last_purge = now
        past = now - _KEEP_USED_SECONDS
        for table in ("idp_codes", "idp_devices", "idp_refresh_tokens"):
            self._db.execute(f"DELETE FROM {table} WHERE expires_at < ?", (past,))
        for table in ("idp_revoked_access", "idp_revoked_families"):
            self._db.execute(f"DELETE FROM {table} WHERE expires_at < ?", (now,))

    def _purge_now_and_then(self) -> None:
        if time.time() - self._last_purge > _PURGE_EVERY_SECONDS:
            self.purge_expired()

    # Authorization codes
    def add_code(
        self,
        client_id: str,
        redirect_uri: str,
        username: str,
        scope: str,
        code_challenge: str,
        nonce: str | None,
        lifetime: int = 120,
    ) -> str:
        self._purge_now_and_then()
        code = secrets.token_urlsafe(32)
        self._db.execute(
            "INSERT INTO idp_codes (code_digest, client_id, redirect_uri, username, scope,"
            " code_challenge, nonce, expires_at, family_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                digest(code),
                client_id,
                redirect_uri,
                username,
                scope,
                code_challenge,
                nonce,
                time.time() + lifetime,
                secrets.token_hex(16),
            ),
        )
        return code

    def take_code(self, code: str) -> AuthorizationCode | None:
        """The code's grant, marking it used (the caller rejects it when it was used before)."""
        row = self._db.execute(
            "SELECT client_id, redirect_uri, username, scope, code_challenge, nonce, expires_at,"
            " used, family_id FROM idp_codes WHERE code_digest = ?",
            (digest(code),),
        ).fetchone()
        if row is None:
            return None
        self._db.execute("UPDATE idp_codes SET used = 1 WHERE code_digest = ?", (digest(code),))
        return AuthorizationCode(
            client_id=row[0],
            redirect_uri=row[1],
            username=row[2],
            scope=row[3],
            code_challenge=row[4],
            nonce=row[5],
            expires_at=row[6],
            used=bool(row[7]),
            family_id=row[8],
        )

    # Device codes
    def add_device(
        self, client_id: str, scope: str, lifetime: int, interval: int
    ) -> tuple[str, str]:
        """A new (device_code, user_code) pair."""
        self._purge_now_and_then()
        device_code = secrets.token_urlsafe(32)
        while True:
            raw = "".join(secrets.choice(_USER_CODE_ALPHABET) for _ in range(8))
            user_code = f"{raw[:4]}-{raw[4:]}"
            taken = self._db.execute(
                "SELECT 1 FROM idp_devices WHERE user_code = ?", (user_code,)
            ).fetchone()
            if taken is None:
                break
        self._db.execute(
            "INSERT INTO idp_devices (device_digest, user_code, client_id, scope, expires_at,"
            " interval) VALUES (?, ?, ?, ?, ?, ?)",
            (digest(device_code), user_code, client_id, scope, time.time() + lifetime, interval),
        )
        return device_code, user_code

    def _device_where(self, column: str, value: str) -> DeviceGrant | None:
        row = self._db.execute(
            "SELECT device_digest, user_code, client_id, scope, expires_at, interval, last_poll,"
            f" status, username FROM idp_devices WHERE {column} = ?",
            (value,),
        ).fetchone()
        return None if row is None else DeviceGrant(*row)

    def device_by_code(self, device_code: str) -> DeviceGrant | None:
        return self._device_where("device_digest", digest(device_code))

    def device_by_user_code(self, user_code: str) -> DeviceGrant | None:
        normalized = user_code.strip().upper().replace(" ", "")
        if len(normalized) == 8 and "-" not in normalized:
            normalized = f"{normalized[:4]}-{normalized[4:]}"
        return self._device_where("user_code", normalized)

    def update_device(self, device_digest: str, **values: object) -> None:
        allowed = {"last_poll", "interval", "status", "username"}
        assignments = ", ".join(f"{name} = ?" for name in values if name in allowed)
        params = [value for name, value in values.items() if name in allowed]
        self._db.execute(
            f"UPDATE idp_devices SET {assignments} WHERE device_digest = ?",
            (*params, device_digest),
        )

    # Refresh tokens
    def add_refresh(
        self, family_id: str, username: str, client_id: str, scope: str, lifetime: int
    ) -> str:
        self._purge_now_and_then()
        token = secrets.token_urlsafe(48)
        self._db.execute(
            "INSERT INTO idp_refresh_tokens (token_digest, family_id, username, client_id, scope,"
            " expires_at) VALUES (?, ?, ?, ?, ?, ?)",
            (digest(token), family_id, username, client_id, scope, time.time() + lifetime),
        )
        return token

    def refresh_grant(self, token: str) -> RefreshGrant | None:
        row = self._db.execute(
            "SELECT family_id, username, client_id, scope, expires_at, rotated, revoked"
            " FROM idp_refresh_tokens WHERE token_digest = ?",
            (digest(token),),
        ).fetchone()
        if row is None:
            return None
        return RefreshGrant(row[0], row[1], row[2], row[3], row[4], bool(row[5]), bool(row[6]))

    def mark_rotated(self, token: str) -> None:
        self._db.execute(
            "UPDATE idp_refresh_tokens SET rotated = 1 WHERE token_digest = ?", (digest(token),)
        )

    def revoke_family(self, family_id: str) -> None:
        """Revoke a sign-in: its refresh tokens, and the access tokens issued from it."""
        self._db.execute(
            "UPDATE idp_refresh_tokens SET revoked = 1 WHERE family_id = ?", (family_id,)
        )
        # access tokens name their family (``sid``); they live at most access_token_ttl
        self._db.execute(
            "INSERT OR REPLACE INTO idp_revoked_families (family_id, expires_at) VALUES (?, ?)",
            (family_id, time.time() + self._access_token_ttl + 60),
        )

    def family_revoked(self, family_id: str) -> bool:
        """Whether the sign-in ``family_id`` was revoked."""
        row = self._db.execute(
            "SELECT 1 FROM idp_revoked_families WHERE family_id = ?", (family_id,)
        ).fetchone()
        return row is not None

    # Revoked access tokens (by jti, until they would have expired anyway)
    def revoke_access(self, jti: str, expires_at: float) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO idp_revoked_access (jti, expires_at) VALUES (?, ?)",
            (jti, expires_at),
        )

    def access_revoked(self, jti: str) -> bool:
        row = self._db.execute("SELECT 1 FROM idp_revoked_access WHERE jti = ?", (jti,)).fetchone()
        return row is not None
