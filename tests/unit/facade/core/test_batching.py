"""Batching: sizes capped by the server, per-item outcomes, partial success, threads, progress."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import pytest

from facade import ServerError
from facade._core.batching import BatchOptions, run_batches


def test_batches_are_capped_at_the_server_limit() -> None:
    sizes: list[int] = []

    def send(batch: Sequence[int]) -> list[int]:
        sizes.append(len(batch))
        return [i * 2 for i in batch]

    results, failures = run_batches(
        list(range(250)), send, max_batch_size=64, options=BatchOptions(batch_size=100)
    )
    assert sizes == [64, 64, 64, 58]
    assert results == [i * 2 for i in range(250)] and failures == []


def test_a_failed_batch_names_each_of_its_items_and_keeps_the_others() -> None:
    boom = ServerError("503 Service Unavailable", status=503)

    def send(batch: Sequence[int]) -> list[object]:
        if 10 in batch:
            raise boom
        return [ValueError(f"item {i}") if i == 25 else i for i in batch]

    results, failures = run_batches(
        list(range(30)), send, max_batch_size=1000, options=BatchOptions(batch_size=10)
    )
    assert [f.item for f in failures] == [*range(10, 20), 25]
    assert all(f.error is boom for f in failures[:10])
    assert str(failures[-1].error) == "item 25"
    assert [r for r in results if r is not None] == [
        i for i in range(30) if not 10 <= i < 20 and i != 25
    ]


def test_when_every_batch_fails_the_error_is_raised() -> None:
    def send(batch: Sequence[int]) -> list[int]:
        raise PermissionError("reader may not write")

    with pytest.raises(PermissionError, match="may not write"):
        run_batches([1, 2, 3], send, max_batch_size=10, options=BatchOptions(batch_size=2))


def test_a_short_answer_fails_the_batch_instead_of_misaligning() -> None:
    def send(batch: Sequence[int]) -> list[int]:
        return list(batch)[:1] if 3 in batch else list(batch)

    results, failures = run_batches(
        [1, 2, 3, 4], send, max_batch_size=10, options=BatchOptions(batch_size=2)
    )
    assert results == [1, 2, None, None]
    assert [f.item for f in failures] == [3, 4]
    assert "answered 1 results for 2 items" in str(failures[0].error)


def test_parallel_batches_use_threads_and_report_progress() -> None:
    threads: set[str] = set()
    barrier = threading.Barrier(3, timeout=5)
    seen: list[tuple[int, int]] = []

    def send(batch: Sequence[int]) -> list[int]:
        threads.add(threading.current_thread().name)
        barrier.wait()  # three batches in flight at once, or this times out
        return list(batch)

    results, failures = run_batches(
        list(range(30)),
        send,
        max_batch_size=1000,
        options=BatchOptions(
            batch_size=10,
            parallelize=True,
            max_num_threads=3,
            progress=lambda done, total: seen.append((done, total)),
        ),
    )
    assert results == list(range(30)) and failures == []
    assert len(threads) == 3
    assert sorted(seen) == [(10, 30), (20, 30), (30, 30)]


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ((0, False, 6), ValueError),
        (("10", False, 6), TypeError),
        ((10, "yes", 6), TypeError),
        ((10, True, 0), ValueError),
        ((True, False, 6), TypeError),
    ],
)
def test_bad_bulk_options_are_refused(
    options: tuple[object, object, object], error: type[Exception]
) -> None:
    batch_size, parallelize, max_num_threads = options
    with pytest.raises(error):
        BatchOptions(
            batch_size=batch_size,  # type: ignore[arg-type]
            parallelize=parallelize,  # type: ignore[arg-type]
            max_num_threads=max_num_threads,  # type: ignore[arg-type]
        )
