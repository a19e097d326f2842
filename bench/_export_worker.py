"""One Parquet export for P11, in its own process: ``URL PATH ATTRIBUTES``; prints JSON."""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

import facade

from ._server import ADMIN_KEY


def peak_rss_bytes() -> int:
    """This process's own peak resident set size (``VmHWM``).

    Not ``ru_maxrss``: on Linux it keeps, across ``exec``, the high-water mark of the process
    this one was forked from, so a worker started by a ``make bench`` that already holds
    hundreds of MB would report the parent's memory as its own.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


def main(url: str, path: str, attributes: str) -> None:
    with facade.SessionBuilder(url).with_api_key(ADMIN_KEY) as session:
        table = session.get_db(db_key="DEMO_PROCESSES").get_table("Processes")
        start, cpu_start = time.perf_counter(), time.process_time()
        written = facade.export_table(table, path, attributes=attributes.split(","))
        seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    size = Path(path).stat().st_size
    peak = peak_rss_bytes()
    print(
        json.dumps(
            {
                "records": written,
                "seconds": seconds,
                "cpu_seconds": cpu_seconds,
                "file_bytes": size,
                "peak_bytes": peak,
            }
        )
    )


if __name__ == "__main__":
    main(*sys.argv[1:4])
