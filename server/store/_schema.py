"""SQLite tables of the data store: databases, tables, attributes, meta-attributes, records,
values, links, binaries, lifecycle events of records and of attribute definitions.

A record history owns versions; ``latest_guid`` (what writers see) and ``public_guid`` (the
latest version a reader may see) are kept on the history so look-ups and pages need no
per-row sub-queries. A version's attribute values are the rows of its ``value_set``: the
demo shares value sets between versions; a write copies the set first unless the version
owns it (``value_set`` = its own GUID).
"""

from __future__ import annotations

import sqlite3

from ._layouts import LAYOUT_SCHEMA
from ._search_index import create_search_index, drop_search_triggers
from ._subsets import SUBSET_SCHEMA

SCHEMA = """
CREATE TABLE IF NOT EXISTS sl_databases (
    key TEXT PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    version_guid TEXT NOT NULL,
    name TEXT NOT NULL,
    currency_code TEXT
);
CREATE TABLE IF NOT EXISTS sl_tables (
    guid TEXT PRIMARY KEY,
    database_key TEXT NOT NULL REFERENCES sl_databases(key),
    name TEXT NOT NULL,
    version_controlled INTEGER NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS sl_attributes (
    guid TEXT PRIMARY KEY,
    table_guid TEXT NOT NULL REFERENCES sl_tables(guid),
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    unit TEXT,
    discrete_values TEXT,
    position INTEGER NOT NULL,
    details TEXT,
    UNIQUE (table_guid, name)
);
CREATE TABLE IF NOT EXISTS sl_meta_attributes (
    guid TEXT PRIMARY KEY,
    table_guid TEXT NOT NULL REFERENCES sl_tables(guid),
    parent_guid TEXT NOT NULL REFERENCES sl_attributes(guid),
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    unit TEXT,
    discrete_values TEXT,
    position INTEGER NOT NULL,
    details TEXT,
    UNIQUE (parent_guid, name)
);
CREATE TABLE IF NOT EXISTS sl_definition_events (
    object_guid TEXT NOT NULL,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    PRIMARY KEY (object_guid, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sl_link_groups (
    database_key TEXT NOT NULL REFERENCES sl_databases(key),
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    source_table_guid TEXT NOT NULL,
    target_database_key TEXT NOT NULL,
    target_table_guid TEXT NOT NULL,
    PRIMARY KEY (source_table_guid, name)
);
CREATE TABLE IF NOT EXISTS sl_histories (
    identity INTEGER PRIMARY KEY AUTOINCREMENT,
    guid TEXT NOT NULL UNIQUE,
    database_key TEXT NOT NULL,
    table_guid TEXT NOT NULL,
    parent_guid TEXT,
    latest_guid TEXT,
    public_guid TEXT
);
CREATE INDEX IF NOT EXISTS sl_histories_parent ON sl_histories (table_guid, parent_guid);
CREATE INDEX IF NOT EXISTS sl_histories_parent_guid ON sl_histories (parent_guid);
CREATE TABLE IF NOT EXISTS sl_tree_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
INSERT OR IGNORE INTO sl_tree_generation (id, generation) VALUES (1, 0);
CREATE TRIGGER IF NOT EXISTS sl_histories_added AFTER INSERT ON sl_histories BEGIN
    UPDATE sl_tree_generation SET generation = generation + 1;
END;
CREATE TRIGGER IF NOT EXISTS sl_histories_changed AFTER UPDATE ON sl_histories BEGIN
    UPDATE sl_tree_generation SET generation = generation + 1;
END;
CREATE TRIGGER IF NOT EXISTS sl_histories_removed AFTER DELETE ON sl_histories BEGIN
    UPDATE sl_tree_generation SET generation = generation + 1;
END;
CREATE TABLE IF NOT EXISTS sl_versions (
    guid TEXT PRIMARY KEY,
    history_guid TEXT NOT NULL,
    version_number INTEGER,
    name TEXT NOT NULL COLLATE NOCASE,
    short_name TEXT NOT NULL COLLATE NOCASE,
    type TEXT NOT NULL,
    color TEXT NOT NULL,
    release_state TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL,
    released_at TEXT,
    notes TEXT,
    value_set TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sl_versions_history ON sl_versions (history_guid, version_number);
CREATE INDEX IF NOT EXISTS sl_versions_name ON sl_versions (name);
CREATE INDEX IF NOT EXISTS sl_versions_short_name ON sl_versions (short_name);
CREATE TABLE IF NOT EXISTS sl_values (
    value_set TEXT NOT NULL,
    attribute_guid TEXT NOT NULL,
    value TEXT NOT NULL,
    text TEXT,
    PRIMARY KEY (value_set, attribute_guid)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sl_links (
    source_guid TEXT NOT NULL,
    group_name TEXT NOT NULL,
    position INTEGER NOT NULL,
    target_guid TEXT NOT NULL,
    PRIMARY KEY (source_guid, group_name, position)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sl_links_target ON sl_links (target_guid);
CREATE TABLE IF NOT EXISTS sl_binaries (
    id TEXT PRIMARY KEY,
    database_key TEXT NOT NULL,
    file_name TEXT,
    mime_type TEXT,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS sl_events (
    history_guid TEXT NOT NULL,
    seq INTEGER NOT NULL,
    version_guid TEXT NOT NULL,
    kind TEXT NOT NULL,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    notes TEXT,
    PRIMARY KEY (history_guid, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sl_idempotency (
    principal TEXT NOT NULL,
    key TEXT NOT NULL,
    operation_id TEXT NOT NULL,
    status INTEGER NOT NULL,
    body BLOB NOT NULL,
    created_at REAL NOT NULL,
    PRIMARY KEY (principal, operation_id, key)
);
"""


SECONDARY_INDEXES = (
    "sl_histories_parent",
    "sl_histories_parent_guid",
    "sl_versions_history",
    "sl_versions_name",
    "sl_versions_short_name",
    "sl_links_target",
    "sl_subset_members_identity",
)


TREE_TRIGGERS = (
    "sl_histories_added",
    "sl_histories_changed",
    "sl_histories_removed",
    "sl_subset_members_added",
    "sl_subset_members_changed",
    "sl_subset_members_removed",
)
"""Count every change to the histories and to subset membership in ``sl_tree_generation``
(see ``_tree.records_page``)."""


def drop_secondary_indexes(db: sqlite3.Connection) -> None:
    """Before a bulk load: indexes are faster to build once afterwards (create_schema)."""
    for name in SECONDARY_INDEXES:
        db.execute(f"DROP INDEX IF EXISTS {name}")
    for name in TREE_TRIGGERS:  # created again, and the generation moved on, by create_schema
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    drop_search_triggers(db)


def create_schema(db: sqlite3.Connection) -> None:
    """Create the store's tables and indexes when missing (idempotent).

    A data file written before attribute definitions had details gets the column added.
    """
    db.executescript(SCHEMA + LAYOUT_SCHEMA + SUBSET_SCHEMA)
    # changes made while the tree triggers were dropped (a bulk load) count too
    db.execute("UPDATE sl_tree_generation SET generation = generation + 1")
    columns = {row[1] for row in db.execute("PRAGMA table_info(sl_attributes)")}
    if "details" not in columns:
        db.execute("ALTER TABLE sl_attributes ADD COLUMN details TEXT")
    create_search_index(db)


def is_empty(db: sqlite3.Connection) -> bool:
    """True when no database has been created yet (a fresh data file)."""
    return db.execute("SELECT 1 FROM sl_databases LIMIT 1").fetchone() is None
