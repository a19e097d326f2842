"""P10: async ``bulk_fetch_release_states`` of 10,000 records at 20 ms server latency, six
requests in flight, against the Session's six threads (same batches, same server)."""

from __future__ import annotations

import asyncio
import time

import facade

from ._clients import collect_records, facade_session
from ._report import Figure, Report
from ._server import ADMIN_KEY, BenchServer

__all__ = ["run_async_release_states"]

RECORDS = 10_000
LATENCY_MS = 20
IN_FLIGHT = 6
RUNS = 3


async def _sign_in(url: str) -> facade.AsyncSession:
    builder = facade.AsyncSessionBuilder(url, max_concurrency=IN_FLIGHT)
    return await builder.with_api_key(ADMIN_KEY)


async def _timed(session: facade.AsyncSession, records: list[facade.Record]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one async run."""
    start, cpu = time.perf_counter(), time.process_time()
    done = await session.bulk_fetch_release_states(records)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    if len(done) != len(records):
        raise RuntimeError(f"{len(done.failures)} release states failed")
    return seconds, cpu_seconds


def run_async_release_states(report: Report) -> None:
    with BenchServer("--records", str(RECORDS), "--latency-ms", str(LATENCY_MS)) as server:
        found = collect_records(server.url, "DEMO_MATERIALS", RECORDS)
        identifiers: list[dict[str, str | int]] = [
            {"db_key": r["databaseKey"], "vguid": r["versionGuid"]} for r in found
        ]
        threaded: list[float] = []
        async_times: list[float] = []
        cpu: dict[str, list[float]] = {"threads": [], "async": []}
        requests: dict[str, int] = {}
        loop = asyncio.new_event_loop()
        try:
            async_session = loop.run_until_complete(_sign_in(server.url))
            looked_up = loop.run_until_complete(async_session.get_records_by_ids(identifiers))
            async_records = [r for r in looked_up if r is not None]
            with facade_session(server.url) as session:
                records = [r for r in session.get_records_by_ids(identifiers) if r is not None]
                thread_stats = session._connection.transport_stats
                async_stats = async_session._connection.transport_stats
                for _ in range(RUNS):  # interleaved: both see the same machine load
                    before = thread_stats.attempts
                    start, cpu_start = time.perf_counter(), time.process_time()
                    done = session.bulk_fetch_release_states(
                        records, parallelize=True, max_num_threads=IN_FLIGHT
                    )
                    threaded.append(time.perf_counter() - start)
                    cpu["threads"].append(time.process_time() - cpu_start)
                    requests["threads"] = thread_stats.attempts - before
                    if len(done) != len(records):
                        raise RuntimeError(f"{len(done.failures)} release states failed")
                    before = async_stats.attempts
                    seconds, cpu_seconds = loop.run_until_complete(
                        _timed(async_session, async_records)
                    )
                    async_times.append(seconds)
                    cpu["async"].append(cpu_seconds)
                    requests["async"] = async_stats.attempts - before
            loop.run_until_complete(async_session.close())
        finally:
            loop.close()
    threads, tasks = sorted(threaded)[RUNS // 2], sorted(async_times)[RUNS // 2]
    speed = threads / tasks
    report.add(
        Figure(
            f"P10 async bulk_fetch_release_states, {IN_FLIGHT} in flight, vs {IN_FLIGHT} threads",
            speed,
            "x",
            target=">= 1.0x",
            ok=speed >= 1.0,
            details={
                "threads s (median)": threads,
                "async s (median)": tasks,
                "threads CPU s (median)": sorted(cpu["threads"])[RUNS // 2],
                "async CPU s (median)": sorted(cpu["async"])[RUNS // 2],
                "requests per threaded run": requests["threads"],
                "requests per async run": requests["async"],
                "records": RECORDS,
                "server latency ms": LATENCY_MS,
            },
        )
    )
