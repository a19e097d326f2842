"""P7: peak Python memory (tracemalloc) of bulk-fetching attributes of 100,000 records,
reported against the size of the JSON the server sent for them (target <= 3x).

All 100,000 records are measured. The attributes fetched are those of the kinds P7 was
defined with (points, ranges, discrete, integer, logical, date, texts, hyperlinks, files,
pictures); functional and tabular values are measured by P9c. A linked tabular value lists
every record linked to each row, which grows with the database: at 100,000 records one
1,000-record answer of every attribute passes 400 MB.

What brought the peak from 6x to under 3x (see the README's performance section):
``__slots__`` on Record, its mixins and the value classes (no instance ``__dict__``); values
built as each batch arrives, so one batch's parsed answer and generated models are alive at a
time, not every batch's until the last; the record's own model kept when the export sends it
unchanged; units, parameter names and discrete values shared (``sys.intern``) instead of one
copy per value; values named by their definition's name string.
"""

from __future__ import annotations

import gc
import os
import time
import tracemalloc
from collections import defaultdict

import httpx

from facade import BulkOperationError, Record, Session, Table

from ._clients import collect_records, facade_session
from ._report import Figure, Report
from ._server import BenchServer

__all__ = ["run_memory"]

SERVER_RECORDS = 100_000
RECORDS = int(os.environ.get("BENCH_P7_RECORDS", "100000"))
BATCH = 1000
SCALAR_KINDS = ("point", "range", "discrete", "integer", "logical", "date")
TEXT_AND_BINARY_KINDS = ("shortText", "longText", "hyperlink", "file", "picture")
KINDS = frozenset(SCALAR_KINDS + TEXT_AND_BINARY_KINDS)
TARGET = 3.0


def _records(session: Session, url: str) -> list[Record]:
    """100,000 records of DEMO_MATERIALS, found without paging a search through all of them.

    The demo data numbers history GUIDs with a counter after a fixed prefix (server/_demo.py),
    so one record's GUID gives the others; the look-up (batched) skips folders and gaps.
    """
    prefix = collect_records(url, "DEMO_MATERIALS", 1)[0]["historyGuid"][:24]
    wanted: list[dict[str, str | int]] = [
        {"db_key": "DEMO_MATERIALS", "hguid": f"{prefix}{n:012x}"}
        for n in range(RECORDS + RECORDS // 5)
    ]
    try:
        found = session.get_records_by_ids(wanted, raise_on_failure=True)
    except BulkOperationError as error:
        found = error.results
    records = [r for r in found if r is not None and r.type.value != "folder"]
    if len(records) < RECORDS:
        raise RuntimeError(f"only {len(records)} records found")
    return records[:RECORDS]


def run_memory(report: Report) -> None:
    with (
        BenchServer("--records", str(SERVER_RECORDS)) as server,
        facade_session(server.url) as session,
    ):
        start = time.perf_counter()
        records = _records(session, server.url)
        lookup = time.perf_counter() - start
        by_table: dict[Table, list[Record]] = defaultdict(list)
        for record in records:
            by_table[record.table].append(record)
        wanted = {
            table: [d for d in table.attributes.values() if d.kind in KINDS] for table in by_table
        }
        received = [0]

        def count(response: httpx.Response) -> None:
            if response.request.url.path.endswith("/records/export"):
                received[0] += int(response.headers.get("Content-Length", "0"))

        session._connection.client.get_httpx_client().event_hooks["response"].append(count)
        gc.collect()
        start = time.perf_counter()
        tracemalloc.start()
        baseline = tracemalloc.get_traced_memory()[0]
        for table, members in by_table.items():
            table.bulk_fetch(members, attributes=wanted[table], batch_size=BATCH)
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        fetch = time.perf_counter() - start
        values = sum(len(r._attributes or {}) for r in records)
    peak_mb = (peak - baseline) / 1e6
    json_mb = received[0] / 1e6
    ratio = peak_mb / json_mb if json_mb else float("nan")
    report.add(
        Figure(
            f"P7 peak memory bulk-fetching attributes of {len(records):,} records / JSON received",
            ratio,
            "x",
            target=f"<= {TARGET:g}x",
            ok=ratio <= TARGET,
            details={
                "peak MB above baseline": peak_mb,
                "retained MB after": (current - baseline) / 1e6,
                "JSON received MB": json_mb,
                "attribute values": values,
                "attributes per table": ", ".join(f"{t.name} {len(w)}" for t, w in wanted.items()),
                "batch size": BATCH,
                "look-up s": lookup,
                "bulk fetch s (traced)": fetch,
            },
        )
    )
