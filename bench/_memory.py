"""P7: peak Python memory (tracemalloc) of bulk-fetching attributes of 100,000 records,
reported against the size of the JSON the server sent for them."""

from __future__ import annotations

import gc
import tracemalloc
from collections import defaultdict

import httpx

from facade._records import Record
from facade._tree import Table

from ._clients import facade_session
from ._report import Figure, Report
from ._server import BenchServer

__all__ = ["run_memory"]

RECORDS = 100_000
BATCH = 1000


def run_memory(report: Report) -> None:
    with BenchServer("--records", str(RECORDS)) as server, facade_session(server.url) as session:
        db = session.get_db(db_key="DEMO_MATERIALS")
        records = [r for r in db.search_for_records_by_text("a") if r.type.value != "folder"]
        records = records[:RECORDS]
        by_table: dict[Table, list[Record]] = defaultdict(list)
        for record in records:
            by_table[record.table].append(record)
        received = [0]

        def count(response: httpx.Response) -> None:
            if response.request.url.path.endswith("/records/export"):
                received[0] += int(response.headers.get("Content-Length", "0"))

        session._client.get_httpx_client().event_hooks["response"].append(count)
        gc.collect()
        tracemalloc.start()
        baseline = tracemalloc.get_traced_memory()[0]
        for table, members in by_table.items():
            table.bulk_fetch(members, batch_size=BATCH)
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        values = sum(len(r._attributes or {}) for r in records)
    peak_mb = (peak - baseline) / 1e6
    json_mb = received[0] / 1e6
    report.add(
        Figure(
            f"P7 peak memory bulk-fetching attributes of {len(records):,} records / JSON received",
            peak_mb / json_mb if json_mb else float("nan"),
            "x",
            details={
                "peak MB above baseline": peak_mb,
                "retained MB after": (current - baseline) / 1e6,
                "JSON received MB": json_mb,
                "attribute values": values,
                "batch size": BATCH,
            },
        )
    )
