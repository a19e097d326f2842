"""Replay of batch answers by ``Idempotency-Key``, per principal and operation.

Answers are kept in the data file, so a retry after a restart still replays instead of
applying the batch twice. Keys older than a day are forgotten.
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

    def find(self, principal: str, operation_id: str, key: str) -> tuple[int, bytes] | None:
        row = self.db.execute(
            "SELECT status, body FROM sl_idempotency WHERE principal = ? AND operation_id = ? "
            "AND key = ?",
            (principal, operation_id, key),
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
            self._last_purge = now
            self.db.execute(
                "DELETE FROM sl_idempotency WHERE created_at < ?", (now - KEEP_SECONDS,)
            )
