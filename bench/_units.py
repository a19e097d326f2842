"""P8: ``Table.bulk_fetch`` of 10,000 records with every attribute but the tabular ones in
"US Customary", against the same fetch in the database's own unit system. The server converts
with factors computed once per pair of units, so the ratio stays near 1 (target ≤ 1.3).

Tabular attributes are left out: a linked tabular value lists every record linked to each of
its rows, which grows with the database (at 20,000 records one fetch of every attribute took
more than 25 minutes, all of it those lists), so with them the figure would measure the demo
data's links rather than unit conversion.

Timed as CPU seconds of this process plus the server process (``/proc/<pid>/stat``), so other
work on the machine does not skew the ratio; wall times are reported alongside."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from ._clients import bare_client, facade_session
from ._report import Figure, Report, paired_medians
from ._server import BenchServer, process_cpu_seconds

__all__ = ["run_units"]

RECORDS = 10_000
REPEATS = 3
DB = "DEMO_MATERIALS"


def metal_records(url: str, count: int) -> list[dict[str, Any]]:
    """``count`` record JSON objects of the Metals table (paging its folders; setup)."""
    found: list[dict[str, Any]] = []
    with bare_client(url) as client:
        tables = client.get(f"/api/v1/databases/{DB}/tables").json()["tables"]
        guid = next(t["guid"] for t in tables if t["name"] == "Metals")
        folders = client.get(
            f"/api/v1/databases/{DB}/tables/{guid}/children", params={"pageSize": 1000}
        ).json()["records"]
        for folder in folders:
            page: int | None = 1
            while page is not None:
                body = client.get(
                    f"/api/v1/databases/{DB}/record-histories/{folder['historyGuid']}/children",
                    params={"page": page, "pageSize": 1000},
                ).json()
                found += [r for r in body["records"] if r["type"] != "folder"]
                page = body["nextPage"]
    if len(found) < count:
        raise RuntimeError(f"only {len(found)} Metals records")
    return found[:count]


def cpu_clock(server_pid: int) -> Callable[[], float]:
    """CPU seconds used so far by this process and the server process together."""

    def clock() -> float:
        return time.process_time() + process_cpu_seconds(server_pid)

    return clock


def run_units(report: Report) -> None:
    with BenchServer("--records", str(RECORDS * 2)) as server:
        metals = metal_records(server.url, RECORDS)
        with facade_session(server.url) as session:
            db = session.get_db(db_key=DB)
            table = db.get_table("Metals")
            identifiers: list[dict[str, Any]] = [
                {"db_key": DB, "vguid": r["versionGuid"]} for r in metals
            ]
            records = [r for r in session.get_records_by_ids(identifiers) if r is not None]
            wanted = [d for d in table.attributes.values() if d.kind != "tabular"]

            def fetch_in(system: str) -> None:
                db.unit_system = system
                for record in records:
                    record.decache_attributes()
                table.bulk_fetch(records, attributes=wanted, batch_size=500)

            fetch_in("US Customary")  # warm-up: connections, definitions of both systems
            fetch_in(db.unit_systems_available[0])
            own = db.unit_systems_available[0]
            works: dict[str, Callable[[], object]] = {
                "own": lambda: fetch_in(own),
                "us": lambda: fetch_in("US Customary"),
            }
            assert server.process is not None
            times = paired_medians(works, REPEATS, clock=cpu_clock(server.process.pid))
            walls = paired_medians(works, 1)
            sample = records[0].attributes["Density"]
    ratio = times["us"] / times["own"]
    report.add(
        Figure(
            f"P8 bulk_fetch of {len(records):,} records, US Customary vs {own}",
            ratio,
            unit="x",
            target="<= 1.3",
            ok=ratio <= 1.3 and len(records) == RECORDS,
            details={
                "own system (CPU s, client + server, median)": times["own"],
                "US Customary (CPU s, client + server, median)": times["us"],
                "wall time ratio (one run each)": walls["us"] / walls["own"],
                "attributes fetched (all but tabular)": len(wanted),
                "sample": repr(sample),
            },
        )
    )
