"""P11: ``export_table`` to Parquet of 100,000 and 1,000,000 demo records: peak memory of the
exporting process (its maximum resident set, measured by the OS) and how time grows.

Each export runs in a fresh ``python -m bench._export_worker`` process, which reports its own
peak RSS (``ru_maxrss``): the export's alone, interpreter, imports and pyarrow included. The table is
DEMO_PROCESSES/Processes, which holds every record of its database.

The 100,000-record export runs twice, before and after the million-record one, and the growth
divides by the mean of the two. A single 100,000-record export, minutes before the big one, let
the machine's speed at that moment decide the figure: on the same code and machine, one day's
two runs read 11.8x (30.5 s against 359.8 s) and 8.87x (42.2 s against 374.7 s), the
100,000-record time moving by 38 % and the million-record one by 4 %. Bracketing it costs one
more small export (about half a minute); the first bracketed run read 32.4 and 32.1 s against
361.3 s (11.2x). The details also give each process's CPU seconds, the exporting process's and
the server's, so a missed figure shows whether the work grew or the machine slowed: by hand on
the same code (whole processes, start-up included), 24.8 and 10.3 s at 100,000 records, 247.7
and 100.6 s at 1,000,000.

The demo databases are built once and kept in ``bench/.cache`` (a million records take minutes
to generate); their names carry a digest of the server's demo data and store sources, so a
change there builds them anew. Each run serves a copy, so what a run stores (batch answers kept for
Idempotency-Keys) never reaches the next one.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from server.launch import ServerProcess

from ._report import Figure, Report
from ._server import BenchServer, process_cpu_seconds

__all__ = ["run_export"]

SMALL = 100_000
LARGE = int(os.environ.get("BENCH_P11_RECORDS", "1000000"))
ATTRIBUTES = "Process type,Temperature,Duration,Steps,Last audit,Standard"
CACHE = Path(__file__).with_name(".cache")
SERVER = Path(__file__).resolve().parents[1] / "server"
BUILD_TIMEOUT = 3600.0  # a million records per database take minutes on a busy machine


def _server_digest() -> str:
    digest = hashlib.sha256()
    sources = [*SERVER.glob("_demo*.py"), *SERVER.glob("store/*.py")]
    for source in sorted(sources):
        digest.update(source.relative_to(SERVER).as_posix().encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def demo_database(count: int) -> Path:
    """The cached demo database of ``count`` records per database, built when missing."""
    CACHE.mkdir(exist_ok=True)
    cached = CACHE / f"demo-{count}-{_server_digest()}.sqlite3"
    if cached.exists():
        return cached
    for stale in CACHE.glob(f"demo-{count}-*.sqlite3*"):
        stale.unlink()
    building = cached.with_suffix(".building")
    for leftover in CACHE.glob(building.name + "*"):
        leftover.unlink()
    print(f"  building the demo database of {count:,} records (kept in {CACHE})", flush=True)
    arguments = ("--demo", "--records", str(count), "--data", str(building))
    with ServerProcess(*arguments, start_timeout=BUILD_TIMEOUT):
        pass  # the server generates the demo data before it answers
    db = sqlite3.connect(building)  # fold the write-ahead log into the one file
    try:
        db.execute("PRAGMA journal_mode = DELETE")
    finally:
        db.close()
    building.replace(cached)
    return cached


def _export(url: str, path: Path) -> dict[str, float]:
    """Run one export in a child process; its timing, count and peak RSS (bytes)."""
    done = subprocess.run(
        [sys.executable, "-m", "bench._export_worker", url, str(path), ATTRIBUTES],
        check=False,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:  # the worker's own error, not only its exit status
        raise RuntimeError(
            f"the export worker exited with {done.returncode}:\n{done.stderr[-4000:]}"
        )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


ORDER = (SMALL, LARGE, SMALL)
"""The exports in the order they run: the small one brackets the large one (see above)."""


def run_export(report: Report) -> None:
    results: dict[int, list[dict[str, float]]] = {SMALL: [], LARGE: []}
    with tempfile.TemporaryDirectory() as folder:
        for count in ORDER:
            served = Path(folder) / f"demo-{count}.sqlite3"
            shutil.copyfile(demo_database(count), served)
            with BenchServer("--records", str(count), "--data", str(served)) as server:
                assert server.process is not None  # started by the with statement
                server_cpu = process_cpu_seconds(server.process.pid)
                done = _export(server.url, Path(folder) / f"processes-{count}.parquet")
                done["server_cpu_seconds"] = process_cpu_seconds(server.process.pid) - server_cpu
                if done["records"] != count:
                    raise RuntimeError(f"exported {done['records']} of {count}")
                results[count].append(done)
            served.unlink()
    large = results[LARGE][0]
    small_seconds = [result["seconds"] for result in results[SMALL]]
    small_peak = max(result["peak_bytes"] for result in results[SMALL])
    peak_mb = large["peak_bytes"] / 1e6
    report.add(
        Figure(
            f"P11 export_table peak memory, {LARGE:,} records to Parquet",
            peak_mb,
            "MB",
            target="<= 400 MB",
            ok=peak_mb <= 400,
            details={
                "peak MB at 100,000": small_peak / 1e6,
                "file MB": large["file_bytes"] / 1e6,
            },
        )
    )
    growth = large["seconds"] / statistics.mean(small_seconds)
    scale = LARGE / SMALL
    report.add(
        Figure(
            f"P11 export_table time, {LARGE:,} vs {SMALL:,} records",
            growth,
            "x",
            target=f"<= {scale * 1.1:g}x",
            ok=growth <= scale * 1.1,
            details={
                "small s (before and after the large export)": [round(t, 2) for t in small_seconds],
                "large s": large["seconds"],
                "CPU s, exporting process (small; large)": _cpu_shown(results, "cpu_seconds"),
                "CPU s, server (small; large)": _cpu_shown(results, "server_cpu_seconds"),
            },
        )
    )


def _cpu_shown(results: dict[int, list[dict[str, float]]], key: str) -> str:
    """The small exports' and the large export's CPU seconds under ``key``, for the details."""
    small = ", ".join(f"{result[key]:.1f}" for result in results[SMALL])
    return f"{small}; {results[LARGE][0][key]:.1f}"
