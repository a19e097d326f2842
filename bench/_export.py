"""P11: ``export_table`` to Parquet of 100,000 and 1,000,000 demo records: peak memory of the
exporting process (its maximum resident set, measured by the OS) and how time grows.

Each export runs in a fresh ``python -m bench._export_worker`` process, which reports its own
peak RSS (``ru_maxrss``): the export's alone, interpreter, imports and pyarrow included. The table is
DEMO_PROCESSES/Processes, which holds every record of its database.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from ._report import Figure, Report
from ._server import BenchServer

__all__ = ["run_export"]

SMALL = 100_000
LARGE = int(os.environ.get("BENCH_P11_RECORDS", "1000000"))
ATTRIBUTES = "Process type,Temperature,Duration,Steps,Last audit,Standard"


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
            with BenchServer("--records", str(count)) as server:
                results[count] = _export(server.url, Path(folder) / f"processes-{count}.parquet")
                if results[count]["records"] != count:
                    raise RuntimeError(f"exported {results[count]['records']} of {count}")
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
