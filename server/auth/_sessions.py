"""Server sessions: opaque random ids sent in ``X-Session-Id``, with expiry, refresh and revoke.

Only a SHA-256 digest of each id is stored, so the SQLite file holds no usable secret.
A refresh extends a session by its lifetime, never past its absolute end (its creation plus
the maximum lifetime). A session created with another session is its child: it never
outlives its parent's absolute end, and it is no longer active once its parent is revoked
or has expired.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

__all__ = ["ServerSession", "SessionStore"]

_MAX_SESSION_CHAIN = 32  # sessions made from sessions made from ...: a bound on the walk


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

    def __init__(
        self,
        db: sqlite3.Connection,
        lifetime_seconds: int,
        *,
        max_lifetime_seconds: int,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._db = db
        self._clock = clock
        self.lifetime_seconds = lifetime_seconds
        self.max_lifetime_seconds = max_lifetime_seconds
        db.execute(
            "CREATE TABLE IF NOT EXISTS server_sessions ("
            " id_digest TEXT PRIMARY KEY,"
            " username TEXT NOT NULL,"
            " scheme TEXT NOT NULL,"
            " created_at REAL NOT NULL,"
            " expires_at REAL NOT NULL,"
            " last_refreshed_at REAL NOT NULL,"
            " revoked INTEGER NOT NULL DEFAULT 0,"
            " absolute_end REAL,"
            " parent_digest TEXT)"
        )
        columns = {row[1] for row in db.execute("PRAGMA table_info(server_sessions)")}
        for column in ("absolute_end REAL", "parent_digest TEXT"):
            if column.split()[0] not in columns:  # a data file from before these columns
                db.execute(f"ALTER TABLE server_sessions ADD COLUMN {column}")

    def create(self, username: str, scheme: str, *, parent_id: str | None = None) -> ServerSession:
        """A new active session for ``username`` proved by ``scheme``.

        Args:
            username: The account the session acts for.
            scheme: How the caller authenticated.
            parent_id: The session the caller used, when it created this one with a session.

        Returns:
            The new session, with its id (known only now).
        """
        now = self._clock()
        session_id = secrets.token_urlsafe(32)
        absolute_end = now + self.max_lifetime_seconds
        parent_digest = None
        if parent_id is not None:
            parent_digest = _digest(parent_id)
            row = self._db.execute(
                "SELECT absolute_end FROM server_sessions WHERE id_digest = ?", (parent_digest,)
            ).fetchone()
            if row is not None and row[0] is not None:
                absolute_end = min(absolute_end, float(row[0]))
        expires_at = min(now + self.lifetime_seconds, absolute_end)
        self._db.execute(
            "INSERT INTO server_sessions (id_digest, username, scheme, created_at, expires_at,"
            " last_refreshed_at, absolute_end, parent_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (_digest(session_id), username, scheme, now, expires_at, now, absolute_end,
             parent_digest),
        )  # fmt: skip
        self._purge(now)
        return ServerSession(session_id, username, scheme, now, expires_at, now, False)

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
        """The session when it and every session it was created from are active."""
        session = self.get(session_id)
        now = self._clock()
        if session is None or not session.is_active(now):
            return None
        return session if self._parents_active(_digest(session_id), now) else None

    def _parents_active(self, digest: str, now: float) -> bool:
        current = digest
        for _ in range(_MAX_SESSION_CHAIN):
            row = self._db.execute(
                "SELECT parent_digest FROM server_sessions WHERE id_digest = ?", (current,)
            ).fetchone()
            parent = row[0] if row is not None else None
            if parent is None:
                return True
            found = self._db.execute(
                "SELECT revoked, expires_at FROM server_sessions WHERE id_digest = ?", (parent,)
            ).fetchone()
            if found is None or found[0] or now >= found[1]:
                return False
            current = parent
        return False

    def refresh(self, session_id: str) -> ServerSession | None:
        """Extend an active session by the lifetime, never past its absolute end.

        Returns:
            The refreshed session; None when it is not active.
        """
        session = self.active(session_id)
        if session is None:
            return None
        now = self._clock()
        row = self._db.execute(
            "SELECT absolute_end FROM server_sessions WHERE id_digest = ?", (_digest(session_id),)
        ).fetchone()
        absolute_end = (
            float(row[0])
            if row[0] is not None
            else session.created_at + (self.max_lifetime_seconds)
        )
        self._db.execute(
            "UPDATE server_sessions SET expires_at = ?, last_refreshed_at = ? WHERE id_digest = ?",
            (min(now + self.lifetime_seconds, absolute_end), now, _digest(session_id)),
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
