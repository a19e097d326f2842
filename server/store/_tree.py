"""Flat listings of a table's tree and criteria search pages.

``records_page`` lists every node of a table (or the descendants of one node) in identity
order, so consecutive pages are index range reads, not sorts. Reading a listing page by page
costs each page its own rows, not the rows before it: the connection keeps, per listing (a
table, a node's descendants, a subset's members), the total and where each page it served
ended (a temporary table), valid while neither a history nor a subset's membership changes
(``sl_tree_generation``, counted by triggers). Page N+1 then starts after the last identity
of page N instead of skipping N pages with OFFSET, and the total is counted once.
``criteria_page`` pages the versions meeting a compiled list of criteria (see
``_criteria``).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ._criteria import criteria_condition
from ._read import RECORD_COLUMNS, Page, latest_column, page_of, record_json
from ._subsets import subset_condition
from ._unit_values import UnitSelection

__all__ = ["criteria_page", "records_page"]

_DESCENDANTS = """
    WITH RECURSIVE below(guid) AS (
        SELECT guid FROM sl_histories WHERE parent_guid = :under
        UNION ALL
        SELECT c.guid FROM sl_histories c JOIN below b ON c.parent_guid = b.guid
    )
"""


_PAGE_MARKS = """
CREATE TEMP TABLE IF NOT EXISTS sl_page_marks (
    listing TEXT NOT NULL,
    page_size INTEGER NOT NULL,
    page INTEGER NOT NULL,
    generation INTEGER NOT NULL,
    total INTEGER NOT NULL,
    last_identity INTEGER NOT NULL,
    PRIMARY KEY (listing, page_size, page)
)
"""


def records_page(
    db: sqlite3.Connection,
    table_guid: str,
    *,
    under: str | None,
    drafts: bool,
    page: int,
    page_size: int,
    subset: int | None = None,
) -> Page:
    """One page of every visible node of a table (``under``: only that node's descendants;
    ``subset``: only members of that subset)."""
    latest = latest_column(drafts)
    params: dict[str, Any] = {"table": table_guid, "under": under, "subset": subset}
    prefix, where = "", f"h.table_guid = :table AND {latest} IS NOT NULL"
    source, order = "sl_histories h", "h.identity"
    if subset is not None:
        # Driven by the subset's members, already in identity order (a primary-key range).
        source = "sl_subset_members m CROSS JOIN sl_histories h ON h.identity = m.identity"
        order = "m.identity"
        where = f"m.subset_id = :subset AND {where}"
    if under is not None:
        prefix, where = _DESCENDANTS, where + " AND h.guid IN (SELECT guid FROM below)"
    listing = f"{table_guid}|{drafts}|{under or ''}|{'' if subset is None else subset}"
    db.execute(_PAGE_MARKS)
    generation = db.execute("SELECT generation FROM sl_tree_generation").fetchone()[0]
    db.execute(
        "DELETE FROM sl_page_marks WHERE listing = ? AND generation <> ?", (listing, generation)
    )
    known = db.execute(
        "SELECT total FROM sl_page_marks WHERE listing = ? LIMIT 1", (listing,)
    ).fetchone()
    before = db.execute(
        "SELECT last_identity FROM sl_page_marks WHERE listing = ? AND page_size = ? AND page = ?",
        (listing, page_size, page - 1),
    ).fetchone()
    if known is not None:
        total = known[0]
    else:  # count on the histories alone (an index range)
        count = f"{prefix} SELECT COUNT(*) FROM {source} WHERE {where}"
        total = db.execute(count, params).fetchone()[0]
    if before is not None:  # page - 1 was served: start after its last row
        window = f"WHERE {where} AND {order} > :after ORDER BY {order} LIMIT :size"
        params.update(after=before[0], size=page_size)
    else:
        window = f"WHERE {where} ORDER BY {order} LIMIT :size OFFSET :skip"
        params.update(size=page_size, skip=(page - 1) * page_size)
    rows = db.execute(
        f"{prefix} SELECT {RECORD_COLUMNS} FROM (SELECT h.identity FROM {source} "
        f"{window}) page "
        f"CROSS JOIN sl_histories h ON h.identity = page.identity "
        f"JOIN sl_versions v ON v.guid = {latest} JOIN sl_tables t ON t.guid = h.table_guid "
        "ORDER BY h.identity",
        params,
    ).fetchall()
    if rows:
        db.execute(
            "INSERT OR REPLACE INTO sl_page_marks VALUES (?, ?, ?, ?, ?, ?)",
            (listing, page_size, page, generation, total, rows[-1]["identity"]),
        )
    return Page([record_json(row) for row in rows], page, page_size, total)


def criteria_page(
    db: sqlite3.Connection,
    database_key: str,
    *,
    table_guid: str | None,
    criteria: list[dict[str, Any]],
    units: UnitSelection,
    drafts: bool,
    page: int,
    page_size: int,
    subset: int | list[int] | None = None,
) -> Page:
    """One page (by name) of the latest visible versions meeting every criterion.

    Raises:
        CriterionError: a criterion cannot be applied (see ``criteria_condition``).
    """
    condition, params = criteria_condition(
        db, table_guid=table_guid, criteria=criteria, units=units, drafts=drafts
    )
    where, scope = "h.database_key = ?", [database_key]
    if table_guid is not None:
        where += " AND h.table_guid = ?"
        scope.append(table_guid)
    only, extra = subset_condition(subset)
    where += only
    scope.extend(extra)
    return page_of(db, f"{where} AND {condition}", (*scope, *params), drafts, page, page_size)
