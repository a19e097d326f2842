"""Stored idempotent answers are replayed for a day, then neither replayed nor kept."""

from __future__ import annotations

import time

from server._db import open_database
from server._idempotency import KEEP_SECONDS, IdempotencyStore
from server.store import create_schema


def _rows(db) -> int:  # type: ignore[no-untyped-def]
    return int(db.execute("SELECT COUNT(*) FROM sl_idempotency").fetchone()[0])


def test_answers_older_than_a_day_are_not_replayed_and_are_purged() -> None:
    db = open_database(":memory:")
    create_schema(db)
    store = IdempotencyStore(db)
    store.remember("writer", "import_records", "fresh", 200, b"{}")
    db.execute(
        "INSERT INTO sl_idempotency (principal, key, operation_id, status, body, created_at)"
        " VALUES ('writer', 'old', 'import_records', 200, x'7b7d', ?)",
        (time.time() - KEEP_SECONDS - 5,),
    )
    assert store.find("writer", "import_records", "fresh") == (200, b"{}")
    assert store.find("writer", "import_records", "old") is None
    assert _rows(db) == 2
    IdempotencyStore(db)  # a start-up purges
    assert _rows(db) == 1
    db.close()
