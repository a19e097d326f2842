"""The set-based batch queries answer exactly what the one-record-at-a-time queries do.

Runs over a real demo store (released, superseded, withdrawn, unreleased and unversioned
records in two databases, files, pictures and links) with every kind of reference, for
drafts and readers, strict and not.
"""

from __future__ import annotations

import random
import sqlite3
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from server._db import open_database
from server._demo import load_demo
from server.store import (
    STATE_COLUMNS,
    create_schema,
    export_many,
    export_value,
    links_of,
    resolve_many,
    resolve_reference,
    version_values,
)
from server.store._read import attribute_defs
from server.store._tabular_export import LinkedTables
from server.store._unit_values import UnitSelection

ROOT = "http://127.0.0.1:1"


@pytest.fixture(scope="module")
def store() -> Iterator[sqlite3.Connection]:
    db = open_database(":memory:")
    create_schema(db)
    load_demo(db, 80, 42)
    yield db
    db.close()


def _references(db: sqlite3.Connection) -> list[dict[str, Any]]:
    rng = random.Random(3)
    rows = db.execute(
        "SELECT v.guid, v.history_guid, v.version_number, h.identity, h.database_key "
        "FROM sl_versions v JOIN sl_histories h ON h.guid = v.history_guid"
    ).fetchall()
    keys = sorted({row["database_key"] for row in rows})
    refs: list[dict[str, Any]] = []
    for row in rng.sample(rows, 150):
        key = row["database_key"]
        other = next(k for k in keys if k != key)
        number = row["version_number"] if row["version_number"] is not None else 0
        refs += [
            {"databaseKey": key, "versionGuid": row["guid"].upper()},
            {"databaseKey": other, "versionGuid": row["guid"]},
            {"databaseKey": key, "historyGuid": row["history_guid"]},
            {"databaseKey": key, "historyGuid": row["history_guid"], "versionNumber": number},
            {"databaseKey": key, "historyGuid": row["history_guid"], "versionNumber": 99},
            {"databaseKey": key, "historyIdentity": row["identity"]},
            {"databaseKey": other, "historyIdentity": row["identity"]},
            {"databaseKey": key, "historyIdentity": row["identity"], "versionNumber": number},
            {
                "databaseKey": key,
                "historyIdentity": row["identity"],
                "historyGuid": str(uuid.UUID(int=rng.getrandbits(128))),
            },
        ]
    refs += [
        {"databaseKey": keys[0], "versionGuid": str(uuid.uuid4())},
        {"databaseKey": keys[0], "historyGuid": str(uuid.uuid4())},
        {"databaseKey": keys[0], "historyIdentity": 2_000_000_000},
        {"databaseKey": "NO_SUCH_DB", "historyIdentity": 1},
    ]
    rng.shuffle(refs)
    return refs


@pytest.mark.parametrize("drafts", [True, False])
@pytest.mark.parametrize("strict", [True, False])
def test_batch_matches_one_at_a_time(store: sqlite3.Connection, drafts: bool, strict: bool) -> None:
    references = _references(store)
    one_by_one = [resolve_reference(store, ref, drafts, strict) for ref in references]
    batched = resolve_many(store, references, drafts, strict)
    assert [dict(r) if r else None for r in batched] == [dict(r) if r else None for r in one_by_one]
    found = sum(r is not None for r in batched)
    assert 0 < found < len(references)


@pytest.mark.parametrize("drafts", [True, False])
@pytest.mark.parametrize("strict", [True, False])
def test_state_columns_resolve_to_the_same_versions(
    store: sqlite3.Connection, drafts: bool, strict: bool
) -> None:
    references = _references(store)
    full = resolve_many(store, references, drafts, strict)
    narrow = resolve_many(store, references, drafts, strict, columns=STATE_COLUMNS)
    names = ["history_guid", "database_key", "version_guid", "version_number", "release_state"]
    assert all(r is None or r.keys() == names for r in narrow)
    assert [dict(r) if r else None for r in narrow] == [
        {name: r[name] for name in names} if r else None for r in full
    ]


def test_batch_runs_a_few_queries_whatever_its_size(store: sqlite3.Connection) -> None:
    references = _references(store)
    statements: list[str] = []
    store.set_trace_callback(statements.append)
    try:
        resolve_many(store, references, drafts=True, strict=True)
    finally:
        store.set_trace_callback(None)
    assert len(references) > 1000
    assert len(statements) <= 4 * (len(references) // 500 + 1)


@pytest.mark.parametrize("drafts", [True, False])
@pytest.mark.parametrize("include_binary", [True, False])
@pytest.mark.parametrize("wanted", [None, {"Density", "Datasheet", "Micrograph", "Standard"}])
def test_export_matches_one_record_at_a_time(
    store: sqlite3.Connection, drafts: bool, include_binary: bool, wanted: set[str] | None
) -> None:
    references = _references(store)
    rows = [r for r in resolve_many(store, references, drafts, strict=True) if r is not None]
    exported = export_many(
        store,
        rows,
        wanted=wanted,
        include_binary=include_binary,
        include_links=True,
        drafts=drafts,
        root_url=ROOT,
    )

    def expected(row: Any, v: Any) -> dict[str, Any]:
        value = export_value(
            store, v["name"], v["value"], ROOT, row["database_key"], include_binary
        )
        if value["type"] != "tabular":
            return value
        # a tabular value's columns, linked cells and linked records come from its definition
        definition = attribute_defs(store, row["table_guid"])[v["name"]]
        linked = LinkedTables(store, selection=UnitSelection(), drafts=drafts)
        return {"attribute": v["name"], **linked.export(value, definition, row["database_key"])}

    expected_values = [
        [
            expected(row, v)
            for v in version_values(store, row["value_set"])
            if wanted is None or v["name"] in wanted
        ]
        for row in rows
    ]
    assert [e.attributes for e in exported] == expected_values
    assert [e.links for e in exported] == [links_of(store, row, drafts) for row in rows]
    kinds = {value["type"] for values in expected_values for value in values}
    assert wanted is not None or {"file", "picture"} <= kinds
    assert any(target for e in exported for group in e.links for target in group["targets"])
