"""``python -m bench`` (``make bench``): every benchmark, side by side, then a summary line.

Each benchmark starts the reference server it needs and runs 3 times (``BENCH_RUNS``; P11,
a million-record export, once); each figure is the median run's and prints as ``name: value (target …) ok|MISSED [median of 3,
spread …]``. The figures go to ``bench/results.json`` and are appended, with the git commit, to
``bench/history.jsonl``.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from ._async import run_async_release_states
from ._criteria import run_criteria
from ._export import run_export
from ._functional import run_functional
from ._lookups import run_lookups
from ._memory import run_memory
from ._refresh import run_refresh
from ._release_states import run_release_states
from ._report import Report
from ._runs import append_history, median_figures, run_repeated, runs_wanted
from ._search import run_search
from ._startup import run_startup
from ._tsv import run_tsv
from ._units import run_units

BENCHMARKS: dict[str, Callable[[Report], None]] = {
    "startup": run_startup,
    "P1/P4": run_lookups,
    "P2": run_release_states,
    "P3": run_tsv,
    "P5": run_refresh,
    "P6": run_search,
    "P7": run_memory,
    "P8": run_units,
    "P9c": run_functional,
    "P10": run_async_release_states,
    "P11": run_export,
    "P12": run_criteria,
}


ONCE = {"P11"}
"""Benchmarks run once whatever ``BENCH_RUNS`` says: P11 exports a million records (minutes)."""


def main(argv: list[str]) -> int:
    """Run the benchmarks named in ``argv`` (default: all)."""
    chosen = argv or list(BENCHMARKS)
    runs = runs_wanted()
    report = Report()
    for name in chosen:
        print(f"{name}:", flush=True)
        try:
            repeat = 1 if name in ONCE else runs
            figures = median_figures(run_repeated(BENCHMARKS[name], runs=repeat))
        except Exception as error:
            traceback.print_exc()
            report.failed(name, error)
            continue
        for figure in figures:
            report.add(figure)
    print(report.summary(), flush=True)
    report.write(Path(__file__).with_name("results.json"))
    append_history(report, Path(__file__).with_name("history.jsonl"), benchmarks=chosen, runs=runs)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
