"""``python -m bench`` (``make bench``): every benchmark, side by side, then a summary line.

Each benchmark starts the reference server it needs. Figures are ratios measured in one run;
they print as ``name: value (target …) ok|MISSED`` and go to ``bench/results.json``.
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
from ._search import run_search
from ._tsv import run_tsv
from ._units import run_units

BENCHMARKS: dict[str, Callable[[Report], None]] = {
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


def main(argv: list[str]) -> int:
    """Run the benchmarks named in ``argv`` (default: all)."""
    chosen = argv or list(BENCHMARKS)
    report = Report()
    for name in chosen:
        try:
            BENCHMARKS[name](report)
        except Exception as error:
            traceback.print_exc()
            report.failed(name, error)
    print(report.summary(), flush=True)
    report.write(Path(__file__).with_name("results.json"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
