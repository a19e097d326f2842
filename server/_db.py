"""SQLite connection shared by every store of the server (one connection, used from the event loop)."""

from __future__ import annotations

import sqlite3


def open_database(path: str) -> sqlite3.Connection:
    """Open (creating when missing) the SQLite file at ``path``; ``:memory:`` for tests."""
    connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    connection.row_factory = sqlite3.Row
    connection.execute("PRAGMA foreign_keys = ON")
    if path != ":memory:":
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
    return connection
