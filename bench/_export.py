"""P11: ``export_table`` to Parquet of 100,000 and 1,000,000 demo records: peak memory of the
exporting process (its maximum resident set, measured by the OS) and how time grows.

Each export runs in a fresh ``python -m bench._export_worker`` process, which reports its own
peak RSS (``ru_maxrss``): the export's alone, interpreter, imports and pyarrow included. The table is
DEMO_PROCESSES/Processes, which holds every record of its database.

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
import subprocess
import sys
import tempfile
from pathlib import Path

from server.launch import ServerProcess

from ._report import Figure, Report
from ._server import BenchServer

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
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run_export(report: Report) -> None:
    results: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for count in (SMALL, LARGE):
            served = Path(folder) / f"demo-{count}.sqlite3"
            shutil.copyfile(demo_database(count), served)
            with BenchServer("--records", str(count), "--data", str(served)) as server:
                results[count] = _export(server.url, Path(folder) / f"processes-{count}.parquet")
                if results[count]["records"] != count:
                    raise RuntimeError(f"exported {results[count]['records']} of {count}")
            served.unlink()
    small, large = results[SMALL], results[LARGE]
    peak_mb = large["peak_bytes"] / 1e6
    report.add(
        Figure(
            f"P11 export_table peak memory, {LARGE:,} records to Parquet",
            peak_mb,
            "MB",
            target="<= 400 MB",
            ok=peak_mb <= 400,
            details={
                "peak MB at 100,000": small["peak_bytes"] / 1e6,
                "file MB": large["file_bytes"] / 1e6,
            },
        )
    )
    growth = large["seconds"] / small["seconds"]
    scale = LARGE / SMALL
    report.add(
        Figure(
            f"P11 export_table time, {LARGE:,} vs {SMALL:,} records",
            growth,
            "x",
            target=f"<= {scale * 1.1:g}x",
            ok=growth <= scale * 1.1,
            details={"small s": small["seconds"], "large s": large["seconds"]},
        )
    )
