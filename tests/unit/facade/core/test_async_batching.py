"""Batches under asyncio: at most ``max_under_way`` started and not finished, later batches
started only as earlier ones finish, and every item's outcome kept in order."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest

from facade import ServerError
from facade._core.batching import BatchOptions, run_batches_async


class _Tracker:
    """A batch sender that records how many batches are under way and in what order."""

    def __init__(self) -> None:
        self.under_way = 0
        self.most = 0
        self.started: list[int] = []
        self.finished: list[int] = []
        self.events: list[str] = []

    async def send(self, batch: Sequence[int]) -> list[int]:
        first = batch[0]
        self.under_way += 1
        self.most = max(self.most, self.under_way)
        self.started.append(first)
        self.events.append(f"start {first}")
        for _ in range(3 + first % 4):  # uneven answers: batches finish out of order
            await asyncio.sleep(0)
        self.under_way -= 1
        self.finished.append(first)
        self.events.append(f"finish {first}")
        if first == 40:
            raise ServerError("batch refused", status_code=503)
        return [item * 2 for item in batch]


def _run(tracker: _Tracker, *, max_under_way: int | None) -> tuple[list[object], list[object]]:
    items = list(range(100))
    return asyncio.run(
        run_batches_async(
            items,
            tracker.send,
            max_batch_size=10,
            options=BatchOptions(batch_size=10),
            max_under_way=max_under_way,
        )
    )


def test_at_most_max_under_way_batches_are_started_and_not_finished() -> None:
    tracker = _Tracker()
    results, failures = _run(tracker, max_under_way=3)
    assert tracker.most == 3
    assert sorted(tracker.started) == list(range(0, 100, 10))
    # every item is done or failed, in order: the refused batch fails its ten items
    assert results == [None if 40 <= i < 50 else i * 2 for i in range(100)]
    assert [f.item for f in failures] == list(range(40, 50))  # type: ignore[attr-defined]


def test_later_batches_start_only_as_earlier_ones_finish() -> None:
    tracker = _Tracker()
    _run(tracker, max_under_way=3)
    # the first three start at once; each later start follows one more finish
    assert tracker.events[:3] == ["start 0", "start 10", "start 20"]
    for position, event in enumerate(tracker.events):
        if event.startswith("start"):
            starts = sum(e.startswith("start") for e in tracker.events[: position + 1])
            finishes = sum(e.startswith("finish") for e in tracker.events[:position])
            assert starts - finishes <= 3


def test_without_a_bound_every_batch_starts_at_once() -> None:
    tracker = _Tracker()
    results, _ = _run(tracker, max_under_way=None)
    assert tracker.most == 10
    assert tracker.events[:10] == [f"start {i}" for i in range(0, 100, 10)]
    assert len(results) == 100


@pytest.mark.parametrize("bound", [0, -1, True, 2.5])
def test_a_bad_bound_is_refused(bound: object) -> None:
    with pytest.raises((TypeError, ValueError), match="max_under_way"):
        _run(_Tracker(), max_under_way=bound)  # type: ignore[arg-type]
