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
    "BatchOptions",
    "BulkOperationError",
    "BulkResult",
    "ItemFailure",
    "ProgressCallback",
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
    """The items that succeeded (a plain list of them, as the Scripting Toolkit returns), plus ``failures``."""

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


@dataclass(frozen=True)
class BatchOptions:
    """How a bulk operation cuts its items into batches and sends them.

    Args:
        batch_size: Items per batch request (capped at the server's limit).
        parallelize: Send batches on a thread pool instead of one after another.
        max_num_threads: Threads of that pool.
        progress: Called as ``progress(items_finished, items_total)`` after each batch.
        show_progress: Show a progress bar on the terminal.

    Raises:
        TypeError: An option has the wrong type.
        ValueError: ``batch_size`` or ``max_num_threads`` is below 1.
    """

    batch_size: int = 100
    parallelize: bool = False
    max_num_threads: int = 6
    progress: ProgressCallback | None = None
    show_progress: bool = False

    def __post_init__(self) -> None:
        _check_count(self.batch_size, "batch_size")
        if not isinstance(self.parallelize, bool):
            raise TypeError(f"parallelize must be a bool, not {type(self.parallelize).__name__}")
        _check_count(self.max_num_threads, "max_num_threads")
        if self.progress is not None and not callable(self.progress):
            raise TypeError("progress must be a callable taking (finished, total)")
        if not isinstance(self.show_progress, bool):
            raise TypeError(
                f"show_progress must be a bool, not {type(self.show_progress).__name__}"
            )


def _check_count(value: object, what: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int, not {type(value).__name__}")
    if value < 1:
        raise ValueError(f"{what} must be at least 1, got {value}")


def run_batches(
    items: Sequence[T],
    send: Callable[[Sequence[T]], Sequence[Any]],
    *,
    max_batch_size: int,
    options: BatchOptions | None = None,
    description: str = "records",
) -> tuple[list[Any], list[ItemFailure[T]]]:
    """Send ``items`` in batches; ``send`` returns one result or exception per item.

    Args:
        items: What to send.
        send: Sends one batch; returns one result or one exception per item, in order.
        max_batch_size: The server's batch limit (``options.batch_size`` is capped at it).
        options: Batch size, threads and progress reporting (default ``BatchOptions()``).
        description: What the items are, for logs and the progress bar.

    Returns:
        The results aligned with ``items`` (None where failed) and the failures.

    Raises:
        Exception: The first batch error, when every item failed because whole batches failed
            (e.g. a 403 for a reader), since there is nothing partial to return.
    """
    options = options or BatchOptions()
    parallelize, max_num_threads = options.parallelize, options.max_num_threads
    progress = options.progress
    size = max(1, min(options.batch_size, max_batch_size))
    batches = [
        list(range(start, min(start + size, len(items)))) for start in range(0, len(items), size)
    ]
    outcomes: _Outcomes[T, Any] = _Outcomes()
    done = [0]
    bar = _progress_bar(len(items), description) if options.show_progress else None

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
