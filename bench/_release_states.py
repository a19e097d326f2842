"""P2: ``bulk_fetch_release_states`` on 10,000 records at 20 ms server latency, parallel vs serial."""

from __future__ import annotations

import gc
import time

from ._clients import collect_records, facade_session
from ._report import Figure, Report
from ._server import BenchServer

__all__ = ["run_release_states"]

RECORDS = 10_000
LATENCY_MS = 20
THREADS = 6


def run_release_states(report: Report) -> None:
    with BenchServer("--records", str(RECORDS), "--latency-ms", str(LATENCY_MS)) as server:
        found = collect_records(server.url, "DEMO_MATERIALS", RECORDS)
        with facade_session(server.url) as session:
            identifiers = [{"db_key": r["databaseKey"], "vguid": r["versionGuid"]} for r in found]
            records = [r for r in session.get_records_by_ids(identifiers) if r is not None]
            stats = session._connection.transport_stats
            times: dict[str, list[float]] = {"serial": [], "parallel": []}
            requests: dict[str, int] = {}
            gc.collect()  # the set-up's garbage is collected here, not inside a timed run
            for _ in range(2):
                for mode, in_parallel in (("serial", False), ("parallel", True)):
                    before = stats.attempts
                    start = time.perf_counter()
                    done = session.bulk_fetch_release_states(
                        records, parallelize=in_parallel, max_num_threads=THREADS
                    )
                    times[mode].append(time.perf_counter() - start)
                    requests[mode] = stats.attempts - before
                    if len(done) != len(records):
                        raise RuntimeError(f"{len(done.failures)} release states failed")
    serial, parallel = min(times["serial"]), min(times["parallel"])
    speedup = serial / parallel
    report.add(
        Figure(
            f"P2 bulk_fetch_release_states speed-up, {THREADS} threads vs serial",
            speedup,
            "x",
            target=">= 5x",
            ok=speedup >= 5.0,
            details={
                "serial s": serial,
                "parallel s": parallel,
                "requests per run": requests["serial"],
                "requests per parallel run": requests["parallel"],
                "server latency ms": LATENCY_MS,
            },
        )
    )
