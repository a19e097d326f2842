"""The benchmark report: a figure is the median of its runs, and every run lands in the history."""

from __future__ import annotations

import json
from pathlib import Path

from bench._report import Figure, Report
from bench._runs import append_history, median_figures


def _run(value: float, *, ok: bool) -> list[Figure]:
    return [
        Figure("ratio", value, "x", target="<= 2x", ok=ok, details={"seconds": value}),
        Figure("requests", 10.0, target="= 10", ok=True),
    ]


def test_each_figure_is_the_median_run_with_its_spread() -> None:
    figures = median_figures([_run(3.0, ok=False), _run(1.0, ok=True), _run(1.5, ok=True)])
    ratio, requests = figures
    assert (ratio.name, ratio.value, ratio.ok, ratio.details["seconds"]) == (
        "ratio",
        1.5,
        True,
        1.5,
    )
    assert ratio.runs == [3.0, 1.0, 1.5]
    assert ratio.spread == (3.0 - 1.0) / 1.5 * 100
    assert "median of 3, spread 133.3%" in ratio.line()
    assert (requests.value, requests.spread) == (10.0, 0.0)


def test_a_figure_missing_from_a_run_uses_the_runs_that_have_it() -> None:
    figures = median_figures([_run(2.0, ok=True), _run(4.0, ok=False)[:1]])
    assert [f.name for f in figures] == ["ratio", "requests"]
    assert figures[0].value == 2.0
    assert figures[1].runs == [10.0]


def test_every_run_appends_its_figures_with_the_commit(tmp_path: Path) -> None:
    history = tmp_path / "history.jsonl"
    report = Report(quiet=True)
    for figure in median_figures([_run(1.0, ok=True), _run(1.2, ok=True), _run(1.1, ok=True)]):
        report.add(figure)
    append_history(report, history, benchmarks=["P3"], runs=3)
    append_history(report, history, benchmarks=["P3"], runs=3)
    lines = [json.loads(line) for line in history.read_text().splitlines()]
    assert len(lines) == 2
    entry = lines[0]
    assert len(entry["commit"]) == 40
    assert entry["benchmarks"] == ["P3"]
    assert entry["figures"]["ratio"] == {
        "value": 1.1,
        "unit": "x",
        "spread_percent": 18.18,
        "target": "<= 2x",
        "ok": True,
    }
