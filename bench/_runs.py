"""Stable figures: each benchmark runs 3 times, each figure is the median run, with its spread.

Every benchmark function runs ``runs`` times in the same ``make bench`` (``BENCH_RUNS``, default
3), each time on its own fresh server and after a full collection, so that no run pays for
another's reference cycles: a P12 run leaves 100,000 records linked into their tree, about
300,000 objects that only the collector frees, and whichever full collection comes next walks
them inside a later benchmark's timing. A figure reports the run whose value is the median (its
target verdict and details included) and adds every run's value and the spread, the range as a
percentage of the median. Each ``make bench`` then appends one line to ``bench/history.jsonl``
(commit, date, figures), a file kept in git so that a regression shows as a diff.
"""

from __future__ import annotations

import datetime
import gc
import json
import math
import os
import platform
import subprocess
from collections.abc import Callable
from pathlib import Path

from ._report import Figure, Report

__all__ = ["DEFAULT_RUNS", "append_history", "median_figures", "run_repeated", "runs_wanted"]

DEFAULT_RUNS = 3


def runs_wanted() -> int:
    """Runs per benchmark: ``BENCH_RUNS`` when set (at least 1), else 3."""
    return max(1, int(os.environ.get("BENCH_RUNS", DEFAULT_RUNS)))


def run_repeated(benchmark: Callable[[Report], None], *, runs: int) -> list[list[Figure]]:
    """The figures of each of ``runs`` runs of ``benchmark`` (a failing run raises)."""
    results = []
    for number in range(1, runs + 1):
        print(f"  run {number}/{runs}", flush=True)
        quiet = Report(quiet=True)
        gc.collect()  # what earlier runs and benchmarks left in reference cycles goes now
        benchmark(quiet)
        results.append(quiet.figures)
    return results


def median_figures(runs: list[list[Figure]]) -> list[Figure]:
    """One figure per name: the median run's, with every run's value and the spread."""
    names: list[str] = []
    by_name: dict[str, list[Figure]] = {}
    for figures in runs:
        for figure in figures:
            if figure.name not in by_name:
                names.append(figure.name)
            by_name.setdefault(figure.name, []).append(figure)
    combined = []
    for name in names:
        figures = by_name[name]
        ordered = sorted(figures, key=lambda f: (math.isnan(f.value), f.value))
        median = ordered[(len(ordered) - 1) // 2]
        values = [f.value for f in figures]
        spread = _spread(values, median.value)
        details = dict(median.details)
        details["runs"] = ", ".join(_shown(v) for v in values)
        details["spread"] = f"{spread:.1f}% of the median" if not math.isnan(spread) else "n/a"
        combined.append(
            Figure(
                name,
                median.value,
                median.unit,
                target=median.target,
                ok=median.ok,
                details=details,
                spread=spread,
                runs=values,
            )
        )
    return combined


def _spread(values: list[float], median: float) -> float:
    finite = [v for v in values if not math.isnan(v)]
    if not finite or median == 0 or math.isnan(median):
        return float("nan")
    return (max(finite) - min(finite)) / abs(median) * 100


def _shown(value: float) -> str:
    return f"{value:.4g}" if isinstance(value, float) else str(value)


def _git(*args: str) -> str:
    try:
        return subprocess.run(
            ["git", *args], check=True, capture_output=True, text=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def append_history(report: Report, path: Path, *, benchmarks: list[str], runs: int) -> None:
    """Append this run's figures, with the git commit they measure, to ``path`` (JSON lines)."""
    entry = {
        "commit": _git("rev-parse", "HEAD") or "unknown",
        "uncommitted_changes": bool(_git("status", "--porcelain", "--untracked-files=no")),
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "benchmarks": benchmarks,
        "runs": runs,
        "figures": {
            f.name: {
                "value": None if math.isnan(f.value) else f.value,
                "unit": f.unit.strip(),
                "spread_percent": None if math.isnan(f.spread) else round(f.spread, 2),
                "target": f.target,
                "ok": f.ok,
            }
            for f in report.figures
        },
    }
    with path.open("a", encoding="utf-8") as history:
        history.write(json.dumps(entry, sort_keys=True) + "\n")
