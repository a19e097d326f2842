"""Batching for bulk operations: every item ends done or failed, and nothing is lost.

Items are cut into batches of ``batch_size`` (capped at the server's ``maxBatchSize``), sent
one after another or on a thread pool that shares the session's one httpx client. A batch
that fails as a whole (transport error, 5xx after retries) marks each of its items failed
with that error; the other batches' results are kept. Batch POSTs carry a fresh
Idempotency-Key each, so the transport may resend them safely.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from .errors import ServiceLayerError

__all__ = [
    "BulkOperationError",
    "BulkResult",
    "ItemFailure",
    "ProgressCallback",
    "check_batch_options",
    "run_batches",
]

logger = logging.getLogger("facade.bulk")

T = TypeVar("T")
R = TypeVar("R")
ProgressCallback = Callable[[int, int], None]
"""Called as ``progress(items_finished, items_total)`` after each batch."""


@dataclass
class ItemFailure(Generic[T]):
    """One item that did not succeed, and why."""

    item: T
    error: Exception

    def __str__(self) -> str:
        return f"{self.item!r}: {self.error}"


class BulkResult(list[T]):
    """The items that succeeded (a list, as seed 000 returns), plus ``failures``."""

    def __init__(self, succeeded: Sequence[T] = (), failures: Sequence[ItemFailure[T]] = ()):
        super().__init__(succeeded)
        self.failures: list[ItemFailure[T]] = list(failures)

    @property
    def failed(self) -> list[T]:
        """The items that failed."""
        return [f.item for f in self.failures]


class BulkOperationError(ServiceLayerError):
    """Some items of a look-up failed; ``results`` keeps what succeeded, ``failures`` the rest."""

    def __init__(self, message: str, results: list[Any], failures: list[ItemFailure[Any]]):
        super().__init__(message)
        self.results = results
        self.failures = failures


@dataclass
class _Outcomes(Generic[T, R]):
    results: dict[int, R] = field(default_factory=dict)
    errors: dict[int, Exception] = field(default_factory=dict)
    batch_errors: list[Exception] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def check_batch_options(batch_size: object, parallelize: object, max_num_threads: object) -> None:
    """TypeError/ValueError for bad bulk options, before any request."""
    if isinstance(batch_size, bool) or not isinstance(batch_size, int):
        raise TypeError(f"batch_size must be an int, not {type(batch_size).__name__}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    if not isinstance(parallelize, bool):
        raise TypeError(f"parallelize must be a bool, not {type(parallelize).__name__}")
    if isinstance(max_num_threads, bool) or not isinstance(max_num_threads, int):
        raise TypeError(f"max_num_threads must be an int, not {type(max_num_threads).__name__}")
    if max_num_threads < 1:
        raise ValueError(f"max_num_threads must be at least 1, got {max_num_threads}")


def run_batches(
    items: Sequence[T],
    send: Callable[[Sequence[T]], Sequence[Any]],
    *,
    batch_size: int,
    max_batch_size: int,
    parallelize: bool = False,
    max_num_threads: int = 6,
    progress: ProgressCallback | None = None,
    show_progress: bool = False,
    description: str = "records",
) -> tuple[list[Any], list[ItemFailure[T]]]:
    """Send ``items`` in batches; ``send`` returns one result or exception per item.

    Returns the results aligned with ``items`` (None where failed) and the failures. When
    every item failed because whole batches failed, the first batch error is raised instead
    (e.g. a 403 for a reader), since there is nothing partial to return.
    """
    size = max(1, min(batch_size, max_batch_size))
    batches = [
        list(range(start, min(start + size, len(items)))) for start in range(0, len(items), size)
    ]
    outcomes: _Outcomes[T, Any] = _Outcomes()
    done = [0]
    bar = _progress_bar(len(items), description) if show_progress else None

    def one(indexes: list[int]) -> None:
        try:
            answers = send([items[i] for i in indexes])
            if len(answers) != len(indexes):
                raise ServiceLayerError(
                    f"the server answered {len(answers)} results for {len(indexes)} items"
                )
        except Exception as error:  # the whole batch failed: each item says why
            logger.warning("batch of %d %s failed: %s", len(indexes), description, error)
            with outcomes.lock:
                outcomes.batch_errors.append(error)
                for i in indexes:
                    outcomes.errors[i] = error
        else:
            with outcomes.lock:
                for i, answer in zip(indexes, answers, strict=True):
                    if isinstance(answer, Exception):
                        outcomes.errors[i] = answer
                    else:
                        outcomes.results[i] = answer
        with outcomes.lock:
            done[0] += len(indexes)
            finished = done[0]
        if bar is not None:
            bar.update(len(indexes))
        if progress is not None:
            progress(finished, len(items))

    try:
        if parallelize and len(batches) > 1:
            with ThreadPoolExecutor(max_workers=min(max_num_threads, len(batches))) as pool:
                list(pool.map(one, batches))
        else:
            for batch in batches:
                one(batch)
    finally:
        if bar is not None:
            bar.close()

    if items and not outcomes.results and len(outcomes.batch_errors) == len(batches):
        raise outcomes.batch_errors[0]
    aligned: list[Any] = [outcomes.results.get(i) for i in range(len(items))]
    failures = [ItemFailure(items[i], outcomes.errors[i]) for i in sorted(outcomes.errors)]
    return aligned, failures


def _progress_bar(total: int, description: str) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit=" " + description, leave=False)
