"""Figures: one line each (``name: value (target …) ok|MISSED``), a summary, results.json."""

from __future__ import annotations

import json
import math
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Figure", "Report", "median_time", "paired_medians"]


@dataclass
class Figure:
    """One measured figure; ``ok`` is None for figures reported without a target."""

    name: str
    value: float
    unit: str = ""
    target: str = ""
    ok: bool | None = None
    details: dict[str, Any] = field(default_factory=dict)
    spread: float = float("nan")  # range of the runs' values, % of the median (bench._runs)
    runs: list[float] = field(default_factory=list)

    def line(self) -> str:
        shown = f"{self.value:,.3g}" if isinstance(self.value, float) else f"{self.value:,}"
        if abs(self.value) >= 1000 or float(self.value).is_integer():
            shown = f"{self.value:,.0f}"
        text = f"{self.name}: {shown}{self.unit}"
        if self.target:
            text += f" (target {self.target}) {'ok' if self.ok else 'MISSED'}"
        if len(self.runs) > 1 and not math.isnan(self.spread):
            text += f" [median of {len(self.runs)}, spread {self.spread:.1f}%]"
        return text


@dataclass
class Report:
    """Collects figures, prints each as it comes, and writes them to a JSON file."""

    figures: list[Figure] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)
    quiet: bool = False  # collects without printing (one of several runs)

    def add(self, figure: Figure) -> Figure:
        self.figures.append(figure)
        if self.quiet:
            return figure
        print(figure.line(), flush=True)
        for key, value in figure.details.items():
            shown = f"{value:.4g}" if isinstance(value, float) else value
            print(f"    {key}: {shown}", flush=True)
        return figure

    def failed(self, name: str, error: BaseException) -> None:
        """A benchmark that could not run counts as a missed target."""
        self.add(
            Figure(name, float("nan"), target="runs", ok=False, details={"error": repr(error)})
        )

    def summary(self) -> str:
        targets = [f for f in self.figures if f.ok is not None]
        met = sum(1 for f in targets if f.ok)
        took = time.perf_counter() - self.started
        return f"targets met: {met}/{len(targets)} (bench run took {took:.0f} s)"

    def write(self, path: Path) -> None:
        payload = {
            "python": platform.python_version(),
            "machine": platform.machine(),
            "seconds": round(time.perf_counter() - self.started, 1),
            "figures": [asdict(f) for f in self.figures],
        }
        path.write_text(json.dumps(payload, indent=2, default=str) + "\n")


def median_time(
    work: Callable[[], object], repeats: int, clock: Callable[[], float] = time.perf_counter
) -> float:
    """Median over ``repeats`` runs of ``work()`` measured with ``clock``."""
    samples = []
    for _ in range(repeats):
        start = clock()
        work()
        samples.append(clock() - start)
    return statistics.median(samples)


def paired_samples(
    works: dict[str, Callable[[], object]],
    repeats: int,
    clock: Callable[[], float] = time.perf_counter,
    *,
    before_round: Callable[[], object] | None = None,
) -> dict[str, list[float]]:
    """Each work's times, runs interleaved (a, b, a, b …) so load drifts hit all alike.

    Args:
        works: The works to time, by name, run in this order in each round.
        repeats: Rounds.
        clock: The clock the times are read from.
        before_round: Run untimed at the start of each round (None: nothing).

    Returns:
        Each work's times, one per round, in order.
    """
    samples: dict[str, list[float]] = {name: [] for name in works}
    for _ in range(repeats):
        if before_round is not None:
            before_round()
        for name, work in works.items():
            start = clock()
            work()
            samples[name].append(clock() - start)
    return samples


def paired_medians(
    works: dict[str, Callable[[], object]],
    repeats: int,
    clock: Callable[[], float] = time.perf_counter,
) -> dict[str, float]:
    """Median time of each work, runs interleaved (see ``paired_samples``)."""
    samples = paired_samples(works, repeats, clock)
    return {name: statistics.median(values) for name, values in samples.items()}
