"""P6: ``search_for_records_by_text`` across every demo database: one request per page.

Counted with the databases' tables already loaded (the first search also loads them, one
request per database; that count is reported alongside)."""

from __future__ import annotations

import math

from ._clients import bare_client, facade_session
from ._report import Figure, Report
from ._server import BenchServer

__all__ = ["run_search"]

QUERY = "a"


def run_search(report: Report) -> None:
    with BenchServer("--records", "3000") as server, facade_session(server.url) as session:
        dbs = session.dbs
        size = session._connection.max_page_size
        expected, matches = 0, 0
        with bare_client(server.url) as bare:
            for db in dbs:
                answer = bare.get(
                    f"/api/v1/databases/{db.db_key}/search",
                    params={"mode": "text", "query": QUERY, "pageSize": size},
                )
                answer.raise_for_status()
                total = int(answer.json()["totalCount"])
                matches += total
                expected += max(1, math.ceil(total / size))
        stats = session._connection.transport_stats
        before = stats.attempts
        session.search_for_records_by_text(QUERY)  # cold: also loads each database's tables
        cold = stats.attempts - before
        before = stats.attempts
        found = session.search_for_records_by_text(QUERY)
        requests = stats.attempts - before
    report.add(
        Figure(
            f"P6 search_for_records_by_text requests ({len(dbs)} databases, {matches:,} matches)",
            requests,
            target=f"= {expected} (one per database page of {size})",
            ok=requests == expected and len(found) == matches,
            details={"records returned": len(found), "requests when tables not yet loaded": cold},
        )
    )
