"""Flat listing pages read one after another: each page starts after the last row of the one
before (no OFFSET, one COUNT per listing), with exactly the answers OFFSET paging gives, also
when the tree changes between two pages."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from server._db import open_database
from server._demo import load_demo
from server.store import create_schema, records_page

SIZE = 7


@pytest.fixture
def store() -> Iterator[sqlite3.Connection]:
    db = open_database(":memory:")
    create_schema(db)
    load_demo(db, 40, 42)
    yield db
    db.close()


def _table(db: sqlite3.Connection) -> str:
    guid: str = db.execute("SELECT guid FROM sl_tables WHERE name = 'Metals'").fetchone()[0]
    return guid


def _visible(db: sqlite3.Connection, table: str) -> list[int]:
    rows = db.execute(
        "SELECT identity FROM sl_histories WHERE table_guid = ? AND latest_guid IS NOT NULL "
        "ORDER BY identity",
        (table,),
    )
    return [row[0] for row in rows]


def _identities(db: sqlite3.Connection, table: str, page: int) -> tuple[list[int], int]:
    answer = records_page(db, table, under=None, drafts=True, page=page, page_size=SIZE)
    return [record["historyIdentity"] for record in answer.records], answer.total


def test_consecutive_pages_seek_past_the_previous_page_and_count_once(
    store: sqlite3.Connection,
) -> None:
    table = _table(store)
    expected = _visible(store, table)
    statements: list[str] = []
    store.set_trace_callback(statements.append)
    listed: list[int] = []
    page = 1
    while True:
        identities, total = _identities(store, table, page)
        assert total == len(expected)
        if not identities:
            break
        listed += identities
        page += 1
    store.set_trace_callback(None)
    assert listed == expected and page > 3
    listings = [s for s in statements if "CROSS JOIN sl_histories" in s]
    assert "OFFSET" in listings[0]
    assert all("OFFSET" not in s and "h.identity >" in s for s in listings[1:])
    assert sum("SELECT COUNT(*)" in s for s in statements) == 1


def test_a_change_between_pages_gives_what_offset_paging_gives(
    store: sqlite3.Connection,
) -> None:
    table = _table(store)
    first, _ = _identities(store, table, 1)
    _identities(store, table, 2)
    store.execute("UPDATE sl_histories SET latest_guid = NULL WHERE identity = ?", (first[0],))
    expected = _visible(store, table)
    identities, total = _identities(store, table, 3)
    assert total == len(expected)
    assert identities == expected[2 * SIZE : 3 * SIZE]  # one row moved up a page
    following, _ = _identities(store, table, 4)
    assert following == expected[3 * SIZE : 4 * SIZE]


def _subset(db: sqlite3.Connection, table: str) -> int:
    """The Metals subset with the most members."""
    row = db.execute(
        "SELECT s.id FROM sl_subsets s JOIN sl_subset_members m ON m.subset_id = s.id "
        "WHERE s.table_guid = ? GROUP BY s.id ORDER BY COUNT(*) DESC LIMIT 1",
        (table,),
    ).fetchone()
    subset: int = row[0]
    return subset


def _members(db: sqlite3.Connection, table: str, subset: int) -> list[int]:
    rows = db.execute(
        "SELECT h.identity FROM sl_histories h JOIN sl_subset_members m "
        "ON m.identity = h.identity WHERE m.subset_id = ? AND h.table_guid = ? "
        "AND h.latest_guid IS NOT NULL ORDER BY h.identity",
        (subset, table),
    )
    return [row[0] for row in rows]


def _subset_page(db: sqlite3.Connection, table: str, subset: int, page: int) -> list[int]:
    answer = records_page(
        db, table, under=None, drafts=True, page=page, page_size=SIZE, subset=subset
    )
    assert answer.total == len(_members(db, table, subset))
    return [record["historyIdentity"] for record in answer.records]


def test_subset_pages_seek_past_the_previous_page_and_count_once(
    store: sqlite3.Connection,
) -> None:
    table = _table(store)
    subset = _subset(store, table)
    expected = _members(store, table, subset)
    statements: list[str] = []
    store.set_trace_callback(statements.append)
    listed: list[int] = []
    page = 1
    while identities := _subset_page(store, table, subset, page):
        listed += identities
        page += 1
    store.set_trace_callback(None)
    assert listed == expected and page > 3
    listings = [s for s in statements if "CROSS JOIN sl_histories" in s and "LIMIT" in s]
    assert len(listings) == page
    assert "OFFSET" in listings[0]
    assert all("OFFSET" not in s and "m.identity >" in s for s in listings[1:])
    assert sum("SELECT COUNT(*)" in s for s in statements) == 1


def test_a_subset_membership_change_between_pages_gives_what_offset_paging_gives(
    store: sqlite3.Connection,
) -> None:
    table = _table(store)
    subset = _subset(store, table)
    first = _subset_page(store, table, subset, 1)
    _subset_page(store, table, subset, 2)
    store.execute(
        "DELETE FROM sl_subset_members WHERE subset_id = ? AND identity = ?", (subset, first[0])
    )
    expected = _members(store, table, subset)
    assert _subset_page(store, table, subset, 3) == expected[2 * SIZE : 3 * SIZE]
    assert _subset_page(store, table, subset, 4) == expected[3 * SIZE : 4 * SIZE]
