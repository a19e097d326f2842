"""``export_table`` fetches the next batch while the caller writes one: order, overlap, errors.

The table here is a stand-in that records what it was asked to fetch, on which thread; the
real export against the reference server is in
``tests/integration/facade_data/test_dataframes_and_export.py``. What these tests need, a
fetch that fails part-way or that waits on the caller, is what a server cannot easily give.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import pytest

from facade._model.export import _batches, _fetched_batches, _Layout

WAIT = 10.0  # seconds; only reached when the overlap is missing


class _Table:
    """Records the batches it fetches; ``fail_at`` makes that fetch raise."""

    def __init__(self, *, fail_at: int | None = None) -> None:
        self.fetched: list[list[int]] = []
        self.threads: set[str] = set()
        self.started: list[threading.Event] = [threading.Event() for _ in range(20)]
        self.fail_at = fail_at

    def bulk_fetch(self, batch: Sequence[Any], *, attributes: list[str], batch_size: int) -> None:
        number = len(self.fetched)
        self.started[number].set()
        self.threads.add(threading.current_thread().name)
        self.fetched.append(list(batch))
        assert attributes == ["Density"] and batch_size == len(batch)
        if number == self.fail_at:
            raise RuntimeError(f"batch {number} could not be fetched")


LAYOUT = _Layout({"Density": "point"}, {"Density": "kg/m^3"}, chosen=["Density"])


def _pages(count: int, *, page_size: int) -> list[list[Any]]:
    records = list(range(count))
    return [records[i : i + page_size] for i in range(0, count, page_size)]


def _export_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("export-fetch")]


def test_batches_cut_pages_into_lists_of_the_batch_size() -> None:
    assert list(_batches(_pages(7, page_size=3), 2)) == [[0, 1], [2, 3], [4, 5], [6]]
    assert list(_batches(_pages(4, page_size=4), 2)) == [[0, 1], [2, 3]]
    assert list(_batches([], 5)) == []


def test_every_batch_comes_fetched_in_order_from_the_worker_thread() -> None:
    table = _Table()
    got = list(
        _fetched_batches(table, _pages(25, page_size=7), batch_size=10, layout=LAYOUT)  # type: ignore[arg-type]
    )
    assert got == [list(range(10)), list(range(10, 20)), list(range(20, 25))]
    assert table.fetched == got
    assert all(name.startswith("export-fetch") for name in table.threads)
    assert _export_threads() == []


def test_the_next_batch_is_fetched_while_the_caller_holds_one() -> None:
    table = _Table()
    fetched = _fetched_batches(table, _pages(30, page_size=10), batch_size=10, layout=LAYOUT)  # type: ignore[arg-type]
    for number, batch in enumerate(fetched):
        assert batch == list(range(number * 10, number * 10 + 10))
        if number < 2:  # the caller writes batch k only once batch k + 1 is under way
            assert table.started[number + 1].wait(WAIT), "the next batch was not fetched meanwhile"
    assert len(table.fetched) == 3


def test_a_failed_fetch_is_raised_when_its_batch_is_due_and_later_ones_are_never_fetched() -> None:
    table = _Table(fail_at=1)
    fetched = _fetched_batches(table, _pages(60, page_size=10), batch_size=10, layout=LAYOUT)  # type: ignore[arg-type]
    assert next(fetched) == list(range(10))
    with pytest.raises(RuntimeError, match="batch 1 could not be fetched"):
        next(fetched)
    assert len(table.fetched) <= 3  # batch 2 may have been under way; none after it
    assert _export_threads() == []


def test_a_caller_that_stops_early_ends_the_worker() -> None:
    table = _Table()
    fetched = _fetched_batches(table, _pages(100, page_size=10), batch_size=10, layout=LAYOUT)  # type: ignore[arg-type]
    assert next(fetched) == list(range(10))
    fetched.close()
    assert len(table.fetched) <= 3
    assert _export_threads() == []
