"""Replay of batch answers by ``Idempotency-Key``, per principal and operation.

Answers are kept in the data file, so a retry after a restart still replays instead of
applying the batch twice. Answers older than a day are never replayed and are deleted: at
start-up and then at most every ten minutes as new answers are stored.
"""

from __future__ import annotations

import sqlite3
import time

KEEP_SECONDS = 24 * 3600


class IdempotencyStore:
    """First answers of batch requests, by (principal, operation, key)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._last_purge = 0.0
        self.purge_expired()

    def purge_expired(self, now: float | None = None) -> None:
        """Delete the answers older than ``KEEP_SECONDS``."""
        now = time.time() if now is None else now
        self._last_purge = now
        self.db.execute("DELETE FROM sl_idempotency WHERE created_at < ?", (now - KEEP_SECONDS,))

    def find(self, principal: str, operation_id: str, key: str) -> tuple[int, bytes] | None:
        """The stored answer of this key when it is younger than ``KEEP_SECONDS``."""
        row = self.db.execute(
            "SELECT status, body FROM sl_idempotency WHERE principal = ? AND operation_id = ? "
            "AND key = ? AND created_at >= ?",
            (principal, operation_id, key, time.time() - KEEP_SECONDS),
        ).fetchone()
        return (int(row["status"]), bytes(row["body"])) if row else None

    def remember(
        self, principal: str, operation_id: str, key: str, status: int, body: bytes
    ) -> None:
        now = time.time()
        self.db.execute(
            "INSERT OR REPLACE INTO sl_idempotency (principal, key, operation_id, status, body, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (principal, key, operation_id, status, body, now),
        )
        if now - self._last_purge > 600:
            self.purge_expired(now)
