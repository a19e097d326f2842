"""Server sessions: opaque random ids sent in ``X-Session-Id``, with expiry, refresh and revoke.

Only a SHA-256 digest of each id is stored, so the SQLite file holds no usable secret.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime

__all__ = ["ServerSession", "SessionStore"]


@dataclass(frozen=True, slots=True)
class ServerSession:
    """One server session; ``id`` is only known right after creation or from the caller."""

    id: str
    username: str
    scheme: str
    created_at: float
    expires_at: float
    last_refreshed_at: float
    revoked: bool

    def is_active(self, now: float) -> bool:
        return not self.revoked and now < self.expires_at

    def as_json(self) -> dict[str, str]:
        """The ``ServerSession`` schema of the spec."""
        return {
            "id": self.id,
            "username": self.username,
            "authenticationScheme": self.scheme,
            "createdAt": _iso(self.created_at),
            "expiresAt": _iso(self.expires_at),
            "lastRefreshedAt": _iso(self.last_refreshed_at),
            "status": "ACTIVE",
        }


def _iso(timestamp: float) -> str:
    return (
        datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    )


def _digest(session_id: str) -> str:
    return hashlib.sha256(session_id.encode("utf-8")).hexdigest()


class SessionStore:
    """Creates, finds, refreshes and revokes server sessions in SQLite."""

    def __init__(self, db: sqlite3.Connection, lifetime_seconds: int) -> None:
        self._db = db
        self.lifetime_seconds = lifetime_seconds
        db.execute(
            "CREATE TABLE IF NOT EXISTS server_sessions ("
            " id_digest TEXT PRIMARY KEY,"
            " username TEXT NOT NULL,"
            " scheme TEXT NOT NULL,"
            " created_at REAL NOT NULL,"
            " expires_at REAL NOT NULL,"
            " last_refreshed_at REAL NOT NULL,"
            " revoked INTEGER NOT NULL DEFAULT 0)"
        )

    def create(self, username: str, scheme: str) -> ServerSession:
        """A new active session for ``username`` proved by ``scheme``."""
        now = time.time()
        session_id = secrets.token_urlsafe(32)
        self._db.execute(
            "INSERT INTO server_sessions"
            " (id_digest, username, scheme, created_at, expires_at, last_refreshed_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (_digest(session_id), username, scheme, now, now + self.lifetime_seconds, now),
        )
        self._purge(now)
        return ServerSession(
            session_id, username, scheme, now, now + self.lifetime_seconds, now, False
        )

    def get(self, session_id: str) -> ServerSession | None:
        """The session with this id (active or not), or None when unknown."""
        row = self._db.execute(
            "SELECT username, scheme, created_at, expires_at, last_refreshed_at, revoked"
            " FROM server_sessions WHERE id_digest = ?",
            (_digest(session_id),),
        ).fetchone()
        if row is None:
            return None
        return ServerSession(session_id, row[0], row[1], row[2], row[3], row[4], bool(row[5]))

    def active(self, session_id: str) -> ServerSession | None:
        """The session when it exists, is not revoked and has not expired."""
        session = self.get(session_id)
        return session if session is not None and session.is_active(time.time()) else None

    def refresh(self, session_id: str) -> ServerSession | None:
        """Extend an active session by the lifetime; None when it is not active."""
        session = self.active(session_id)
        if session is None:
            return None
        now = time.time()
        self._db.execute(
            "UPDATE server_sessions SET expires_at = ?, last_refreshed_at = ? WHERE id_digest = ?",
            (now + self.lifetime_seconds, now, _digest(session_id)),
        )
        return self.get(session_id)

    def revoke(self, session_id: str) -> bool:
        """Revoke a session; False when unknown."""
        cursor = self._db.execute(
            "UPDATE server_sessions SET revoked = 1 WHERE id_digest = ?", (_digest(session_id),)
        )
        return cursor.rowcount > 0

    def _purge(self, now: float) -> None:
        """Forget sessions that ended more than a day ago."""
        self._db.execute("DELETE FROM server_sessions WHERE expires_at < ?", (now - 24 * 3600,))
