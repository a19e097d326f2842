"""The search index: typed, indexed rows derived from stored attribute values.

Stored values are JSON (``sl_values.value``). Criteria search cannot compare JSON with an
index, so every stored value also gets rows in ``sl_search``, kept up to date by triggers on
``sl_values`` (whoever writes values, the index follows):

- point: one row per point, ``low`` = ``high`` = the value (database unit);
- range: one row, ``low`` / ``high`` the ends (an open end is -inf / +inf);
- integer and logical: one row, ``low`` = ``high`` = the value (logical 0 / 1);
- discrete: one row per value in ``word``; date: one row, ``word`` = the ISO date;
- short text, long text, hyperlink: one row marked ``is_text`` whose ``id`` is the rowid of
  the text in ``sl_search_text`` (FTS5, trigram tokenizer: indexed substring search); a
  short text's exact value is also in ``word``;
- every other kind (file, picture, functional, tabular): one presence row.

Rows of a whole value have ``column_name`` ''. A tabular value (``{"type": "tabular",
"rows": [{"cells": [cell or null, ...]}, ...]}``, cells as in the contract) also gets one row
per local cell with the column's name and the row's number (from 1): numbers in ``low`` /
``high``, texts, discrete values and dates in ``word``; criteria on one column join on the
row number, so a single row must meet them all.
"""

from __future__ import annotations

import sqlite3

__all__ = ["INDEXED_KINDS", "create_search_index", "drop_search_triggers"]

INDEXED_KINDS = (
    "point",
    "range",
    "integer",
    "logical",
    "discrete",
    "date",
    "shortText",
    "longText",
    "hyperlink",
)

_TEXT = "CASE {kind} WHEN 'hyperlink' THEN json_extract({v}.value, '$.url') ELSE json_extract({v}.value, '$.value') END"
_UNINDEX = """
    DELETE FROM sl_search_text WHERE rowid = (SELECT id FROM sl_search
        WHERE value_set = {row}.value_set AND attribute_guid = {row}.attribute_guid
        AND column_name = '' AND is_text = 1);
    DELETE FROM sl_search WHERE value_set = {row}.value_set
        AND attribute_guid = {row}.attribute_guid;
"""
# Statements that index the values of ``{v}``: in a trigger ``{v}`` is ``new`` and there is
# no source table; for a bulk load ``{v}`` is every row of sl_values.
_ROWS = """
    INSERT INTO sl_search (value_set, attribute_guid, low, high)
        SELECT {v}.value_set, {v}.attribute_guid, json_extract(p.value, '$.value'),
               json_extract(p.value, '$.value')
        FROM {each}json_each({v}.value, '$.values') p WHERE {kind} = 'point';
    INSERT INTO sl_search (value_set, attribute_guid, low, high)
        SELECT {v}.value_set, {v}.attribute_guid,
               coalesce(json_extract({v}.value, '$.low'), -9e999),
               coalesce(json_extract({v}.value, '$.high'), 9e999)
        {source} WHERE {kind} = 'range';
    INSERT INTO sl_search (value_set, attribute_guid, low, high)
        SELECT {v}.value_set, {v}.attribute_guid, json_extract({v}.value, '$.value'),
               json_extract({v}.value, '$.value')
        {source} WHERE {kind} IN ('integer', 'logical');
    INSERT INTO sl_search (value_set, attribute_guid, word)
        SELECT {v}.value_set, {v}.attribute_guid, d.value
        FROM {each}json_each({v}.value, '$.values') d WHERE {kind} = 'discrete';
    INSERT INTO sl_search (value_set, attribute_guid, word)
        SELECT {v}.value_set, {v}.attribute_guid, json_extract({v}.value, '$.value')
        {source} WHERE {kind} = 'date';
    INSERT INTO sl_search (value_set, attribute_guid)
        SELECT {v}.value_set, {v}.attribute_guid
        {source} WHERE {kind} NOT IN ({others});
    INSERT INTO sl_search (value_set, attribute_guid, column_name, row_number, low, high, word)
        SELECT {v}.value_set, {v}.attribute_guid,
               json_extract(a.details, '$.columns[' || c.key || '].name'), r.key + 1,
               CASE json_extract(c.value, '$.type')
                    WHEN 'range' THEN coalesce(json_extract(c.value, '$.low'), -9e999)
                    WHEN 'point' THEN json_extract(c.value, '$.value')
                    WHEN 'integer' THEN json_extract(c.value, '$.value')
                    WHEN 'logical' THEN json_extract(c.value, '$.value') END,
               CASE json_extract(c.value, '$.type')
                    WHEN 'range' THEN coalesce(json_extract(c.value, '$.high'), 9e999)
                    WHEN 'point' THEN json_extract(c.value, '$.value')
                    WHEN 'integer' THEN json_extract(c.value, '$.value')
                    WHEN 'logical' THEN json_extract(c.value, '$.value') END,
               CASE json_extract(c.value, '$.type')
                    WHEN 'hyperlink' THEN json_extract(c.value, '$.url')
                    WHEN 'discrete' THEN json_extract(c.value, '$.value')
                    WHEN 'date' THEN json_extract(c.value, '$.value')
                    WHEN 'shortText' THEN json_extract(c.value, '$.value')
                    WHEN 'longText' THEN json_extract(c.value, '$.value') END
        FROM {each}json_each({v}.value, '$.rows') r, json_each(r.value, '$.cells') c,
             sl_attributes a
        WHERE {kind} = 'tabular' AND a.guid = {v}.attribute_guid AND c.type = 'object';
    INSERT INTO sl_search (value_set, attribute_guid, word, is_text)
        SELECT {v}.value_set, {v}.attribute_guid,
               CASE {kind} WHEN 'shortText' THEN json_extract({v}.value, '$.value') END, 1
        {source} WHERE {kind} IN ('shortText', 'longText', 'hyperlink');
"""
_KINDS_SQL = ", ".join(f"'{kind}'" for kind in INDEXED_KINDS)
_INDEX = _ROWS.format(
    v="new", each="", source="", kind="json_extract(new.value, '$.type')", others=_KINDS_SQL
) + (
    # the text row was the last one inserted: its id is the text's rowid
    "    INSERT INTO sl_search_text (rowid, text) SELECT last_insert_rowid(), "
    + _TEXT.format(kind="json_extract(new.value, '$.type')", v="new")
    + " WHERE json_extract(new.value, '$.type') IN ('shortText', 'longText', 'hyperlink');\n"
)
_BULK_INDEX = _ROWS.format(
    v="x",
    each="sl_values x, ",
    source="FROM sl_values x",
    kind="json_extract(x.value, '$.type')",
    others=_KINDS_SQL,
) + (
    "    INSERT INTO sl_search_text (rowid, text) SELECT s.id, "
    + _TEXT.format(kind="json_extract(x.value, '$.type')", v="x")
    + " FROM sl_search s JOIN sl_values x ON x.value_set = s.value_set"
    " AND x.attribute_guid = s.attribute_guid WHERE s.is_text = 1 AND s.column_name = '';\n"
)

SEARCH_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS sl_search (
    id INTEGER PRIMARY KEY,
    value_set TEXT NOT NULL,
    attribute_guid TEXT NOT NULL,
    column_name TEXT NOT NULL DEFAULT '',
    row_number INTEGER NOT NULL DEFAULT 0,
    low REAL,
    high REAL,
    word TEXT,
    is_text INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS sl_search_low
    ON sl_search (attribute_guid, column_name, low, value_set);
CREATE INDEX IF NOT EXISTS sl_search_high
    ON sl_search (attribute_guid, column_name, high, value_set);
CREATE INDEX IF NOT EXISTS sl_search_word
    ON sl_search (attribute_guid, column_name, word, value_set);
CREATE INDEX IF NOT EXISTS sl_search_owner
    ON sl_search (value_set, attribute_guid, column_name, row_number);
CREATE VIRTUAL TABLE IF NOT EXISTS sl_search_text USING fts5(text, tokenize = 'trigram');
CREATE INDEX IF NOT EXISTS sl_versions_value_set ON sl_versions (value_set);
CREATE INDEX IF NOT EXISTS sl_histories_table ON sl_histories (table_guid);
CREATE TRIGGER IF NOT EXISTS sl_values_indexed AFTER INSERT ON sl_values BEGIN
    {_UNINDEX.format(row="new")}
    {_INDEX}
END;
CREATE TRIGGER IF NOT EXISTS sl_values_reindexed AFTER UPDATE OF value ON sl_values BEGIN
    {_UNINDEX.format(row="old")}
    {_INDEX}
END;
CREATE TRIGGER IF NOT EXISTS sl_values_unindexed AFTER DELETE ON sl_values BEGIN
    {_UNINDEX.format(row="old")}
END;
"""


TRIGGERS = ("sl_values_indexed", "sl_values_reindexed", "sl_values_unindexed")


def drop_search_triggers(db: sqlite3.Connection) -> None:
    """Before a bulk load of values: they are indexed at once afterwards (create_search_index)."""
    for name in TRIGGERS:
        db.execute(f"DROP TRIGGER IF EXISTS {name}")


def create_search_index(db: sqlite3.Connection) -> None:
    """Create the index tables and triggers; index values stored without triggers."""
    unindexed = (
        db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?", (TRIGGERS[0],)
        ).fetchone()
        is None
    )
    db.executescript(SEARCH_SCHEMA)
    if unindexed:
        db.executescript(
            f"BEGIN; DELETE FROM sl_search; DELETE FROM sl_search_text; {_BULK_INDEX} COMMIT;"
        )
