"""P11's growth divides the million-record time by the mean of two 100,000-record exports, one
before and one after it, so the machine's speed at one moment does not decide the figure."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

import bench._export as export
from bench._report import Report


class _Process:
    pid = 1


class _Server:
    url = "http://127.0.0.1:1"
    process = _Process()


def test_the_small_export_brackets_the_large_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    database = tmp_path / "demo.sqlite3"
    database.write_bytes(b"")
    seconds = {export.SMALL: iter([20.0, 30.0]), export.LARGE: iter([260.0])}
    served: list[int] = []

    @contextmanager
    def bench_server(*arguments: str) -> Iterator[_Server]:
        served.append(int(arguments[arguments.index("--records") + 1]))
        yield _Server()

    def fake_export(url: str, path: Path) -> dict[str, Any]:
        count = served[-1]
        peak = 150e6 if count == export.SMALL else 200e6
        return {
            "records": count,
            "seconds": next(seconds[count]),
            "cpu_seconds": 10.0 if count == export.SMALL else 100.0,
            "file_bytes": 1.0,
            "peak_bytes": peak,
        }

    monkeypatch.setattr(export, "demo_database", lambda count: database)
    monkeypatch.setattr(export, "BenchServer", bench_server)
    monkeypatch.setattr(export, "_export", fake_export)
    server_cpu = iter([0.0, 4.0, 4.0, 44.0, 44.0, 48.0])  # before and after each export
    monkeypatch.setattr(export, "process_cpu_seconds", lambda pid: next(server_cpu))
    report = Report(quiet=True)

    export.run_export(report)

    assert served == [export.SMALL, export.LARGE, export.SMALL]
    growth = next(f for f in report.figures if f.name.startswith("P11 export_table time"))
    assert growth.value == pytest.approx(260.0 / 25.0)  # not 260 / 20 nor 260 / 30
    assert growth.ok
    assert growth.details["small s (before and after the large export)"] == [20.0, 30.0]
    assert growth.details["CPU s, exporting process (small; large)"] == "10.0, 10.0; 100.0"
    assert growth.details["CPU s, server (small; large)"] == "4.0, 4.0; 40.0"
