"""Batching for bulk operations: every item ends done or failed, and no failure is silent.

Items are cut into batches of ``batch_size`` (capped at the server's ``maxBatchSize``), sent
one after another or on a thread pool that shares the session's one httpx client. A batch
that fails as a whole (transport error, 5xx after retries) marks each of its items failed
with that error; the other batches' results are kept. Batch POSTs carry a fresh
Idempotency-Key each, so the transport may resend them safely.

The failure policy (``finish``): the failed items are logged as one WARNING on the
``facade.bulk`` logger that gives their count and names the first few with their reasons (each
failed item is then logged at DEBUG with its name and reason), or, when the caller asked for
``raise_on_failure``, raised as one ``BulkOperationError`` that keeps the successes. Either
way every failed item is in the result's (or the error's) ``failures``. An error is raised or
logged, never both. One WARNING per item cost more than half of a 100,000-row record list's
time, and buried the summary under 100,000 lines.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Generic, SupportsIndex, TextIO, TypeVar, overload

from .calls import current_call, run_in_context
from .errors import ServiceLayerError
from .failures import ExplainedFailures, ItemFailure, LookupResult, describe_item

__all__ = [
    "BatchOptions",
    "BulkOperationError",
    "BulkResult",
    "ExplainedFailures",
    "FailedItemError",
    "ItemFailure",
    "LookupResult",
    "Progress",
    "ProgressCallback",
    "finish",
    "run_batches",
    "run_batches_async",
]

logger = logging.getLogger("facade.bulk")

T = TypeVar("T")
R = TypeVar("R")
ProgressCallback = Callable[[int, int], None]
"""Called as ``progress(items_finished, items_total)`` after each batch."""

Progress = ProgressCallback | bool | None
"""What ``progress=`` accepts: a callback, True for a progress bar, or None/False for nothing."""


WARNING_NAMES_FIRST = 3
"""How many failed items the summary WARNING names with their reasons."""


def _summary(failures: Sequence[ItemFailure[Any]], total: int) -> str:
    first = failures[0]
    more = f" (and {len(failures) - 1} more: see .failures)" if len(failures) > 1 else ""
    return f"{len(failures)} of {total} failed; first {first}{more}"


class BulkResult(list[T]):
    """The items that succeeded, as a list, plus ``failures`` for the rest.

    Indexing past the successes says why the missing items failed, so
    ``session.update([record])[0]`` reports the reason rather than a bare IndexError.

    Attributes:
        failures: One ``ItemFailure`` (item and error) per item that did not succeed.
    """

    def __init__(
        self,
        succeeded: Sequence[T] = (),
        failures: Sequence[ItemFailure[T]] = (),
        *,
        operation: str | None = None,
    ) -> None:
        """Build a result.

        Args:
            succeeded: The items that succeeded, in order.
            failures: The items that failed, with their errors.
            operation: The method that produced the result, e.g. ``"update"``.
        """
        super().__init__(succeeded)
        self.failures: list[ItemFailure[T]] = list(failures)
        self.operation = operation

    @property
    def failed(self) -> list[T]:
        """The items that failed."""
        return [f.item for f in self.failures]

    @overload
    def __getitem__(self, index: SupportsIndex) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: SupportsIndex | slice) -> T | list[T]:
        try:
            return super().__getitem__(index)
        except IndexError:
            if not self.failures:
                raise
            total = len(self) + len(self.failures)
            name = f"{self.operation}: " if self.operation else ""
            raise FailedItemError(
                f"{name}index {index} is out of range: {len(self)} item(s) succeeded; "
                + _summary(self.failures, total),
                list(self),
                list(self.failures),
                self.operation,
            ) from self.failures[0].error

    def _repr_html_(self) -> str:
        """The items as a compact table for notebooks, then the failures and why."""
        from .display import items_html

        return items_html(self, self.failures, what="succeeded")


class BulkOperationError(ServiceLayerError):
    """Items of a bulk operation failed and the caller asked for an error.

    Raised by bulk operations called with ``raise_on_failure=True`` (or with
    ``SessionConfiguration(raise_on_failure=True)``), and always by bulk fetches, which have
    no result to carry failures in. What succeeded was applied and is kept.

    Attributes:
        results: What the operation produced: the records that succeeded (writes), or one
            entry per identifier with None where it failed (look-ups, fetches).
        failures: One ``ItemFailure`` (item and error) per failed item.
        operation: The method that was called, e.g. ``"update"``.
    """

    def __init__(
        self,
        message: str,
        results: list[Any],
        failures: list[ItemFailure[Any]],
        operation: str | None = None,
    ) -> None:
        """Build the error.

        Args:
            message: What failed, in words.
            results: What the operation produced (see the class attributes).
            failures: The failed items with their errors.
            operation: The method that was called.
        """
        super().__init__(message)
        self.results = results
        self.failures = failures
        self.operation = operation

    @property
    def succeeded(self) -> list[Any]:
        """The items that succeeded (``results`` without the Nones)."""
        return [r for r in self.results if r is not None]


class FailedItemError(BulkOperationError, IndexError):
    """Indexing a bulk result past its successes, when items failed: says why they failed.

    ``session.update([record])[0]`` raises this when the record was not written. It is an
    ``IndexError`` (the item is not in the list of successes) and a ``BulkOperationError``
    (so one ``except BulkOperationError`` handles it and ``raise_on_failure=True`` alike), with
    the failures and their reasons; the first failure's error is its ``__cause__``.
    """


def choose_raise_on_failure(choice: bool | None, *, default: bool) -> bool:
    """The per-call ``raise_on_failure``, else the session's default."""
    if choice is None:
        return default
    if not isinstance(choice, bool):
        raise TypeError(
            f"raise_on_failure must be True, False or None, not {type(choice).__name__}"
        )
    return choice


def finish(
    failures: Sequence[ItemFailure[Any]],
    *,
    total: int,
    results: list[Any],
    raise_on_failure: bool,
    operation: str | None = None,
) -> None:
    """Apply the failure policy: raise one BulkOperationError, or log the failures.

    Logging is one WARNING with the count and the first ``WARNING_NAMES_FIRST`` failures
    (item and reason), then one DEBUG line per failure when DEBUG is enabled on
    ``facade.bulk``.
    """
    if not failures:
        return
    name = current_call() or operation or "bulk operation"
    if raise_on_failure:
        raise BulkOperationError(
            f"{name}: {_summary(failures, total)}", results, list(failures), name
        )
    shown = "; ".join(
        f"{describe_item(f.item)} failed: {f.reason}" for f in failures[:WARNING_NAMES_FIRST]
    )
    more = len(failures) - WARNING_NAMES_FIRST
    logger.warning(
        "%s: %d of %d failed (all in .failures): %s%s",
        name,
        len(failures),
        total,
        shown,
        f" (and {more} more)" if more > 0 else "",
    )
    if logger.isEnabledFor(logging.DEBUG):
        for failure in failures:
            logger.debug("%s: %s failed: %s", name, describe_item(failure.item), failure.reason)


@dataclass
class _Outcomes(Generic[T, R]):
    # Whole batches answered without an error item: (the batch's indexes, its answers), kept as
    # they came so that 100,000 answers are placed by slice, not one dict entry each.
    answered: list[tuple[range, list[R]]] = field(default_factory=list)
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
        progress: Called as ``progress(items_finished, items_total)`` after each batch, or
            True for a progress bar.
        show_progress: Show a progress bar on the terminal (same as ``progress=True``).
        raise_on_failure: Raise ``BulkOperationError`` when any item fails, instead of
            logging each failure at WARNING.

    Raises:
        TypeError: An option has the wrong type.
        ValueError: ``batch_size`` or ``max_num_threads`` is below 1.
    """

    batch_size: int = 100
    parallelize: bool = False
    max_num_threads: int = 6
    progress: Progress = None
    show_progress: bool = False
    raise_on_failure: bool = False

    def __post_init__(self) -> None:
        _check_count(self.batch_size, "batch_size")
        if not isinstance(self.parallelize, bool):
            raise TypeError(f"parallelize must be a bool, not {type(self.parallelize).__name__}")
        _check_count(self.max_num_threads, "max_num_threads")
        check_progress(self.progress)
        if not isinstance(self.raise_on_failure, bool):
            raise TypeError(
                f"raise_on_failure must be a bool, not {type(self.raise_on_failure).__name__}"
            )
        if not isinstance(self.show_progress, bool):
            raise TypeError(
                f"show_progress must be a bool, not {type(self.show_progress).__name__}"
            )


def _check_count(value: object, what: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int, not {type(value).__name__}")
    if value < 1:
        raise ValueError(f"{what} must be at least 1, got {value}")


class _BatchRun(Generic[T]):
    """The bookkeeping of one bulk run, shared by the threaded and the asyncio runners.

    The batches, each item's outcome, progress, and the final results and failures.
    """

    def __init__(
        self,
        items: Sequence[T],
        *,
        max_batch_size: int,
        options: BatchOptions | None,
        description: str,
    ) -> None:
        self.items = items
        self.options = options or BatchOptions()
        size = max(1, min(self.options.batch_size, max_batch_size))
        self.batches = [
            range(start, min(start + size, len(items))) for start in range(0, len(items), size)
        ]
        self.outcomes: _Outcomes[T, Any] = _Outcomes()
        self._done = 0
        progress = self.options.progress
        self._callback = progress if callable(progress) else None
        wants_bar = self.options.show_progress or progress is True
        self._bar = _progress_bar(len(items), description) if wants_bar else None

    def batch_items(self, indexes: range) -> list[T]:
        return list(self.items[indexes.start : indexes.stop])

    def record(
        self, indexes: range, *, answers: Sequence[Any] | None, error: Exception | None
    ) -> None:
        """Keep one batch's answers (one per item) or the error that failed it as a whole."""
        outcomes = self.outcomes
        if error is None and answers is not None and len(answers) != len(indexes):
            error = ServiceLayerError(
                f"the server answered {len(answers)} results for {len(indexes)} items"
            )
        with outcomes.lock:
            if error is not None or answers is None:
                failure = error or ServiceLayerError("the batch gave no answer")
                outcomes.batch_errors.append(failure)
                for i in indexes:
                    outcomes.errors[i] = failure
            elif not any(issubclass(kind, Exception) for kind in set(map(type, answers))):
                outcomes.answered.append((indexes, list(answers)))
            else:
                for i, answer in zip(indexes, answers, strict=True):
                    if isinstance(answer, Exception):
                        outcomes.errors[i] = answer
                    else:
                        outcomes.results[i] = answer
            self._done += len(indexes)
            finished = self._done
        if self._bar is not None:
            self._bar.update(len(indexes))
        if self._callback is not None:
            self._callback(finished, len(self.items))

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()

    def result(self) -> tuple[list[Any], list[ItemFailure[T]]]:
        outcomes, items = self.outcomes, self.items
        answered = outcomes.answered or outcomes.results
        if items and not answered and len(outcomes.batch_errors) == len(self.batches):
            raise outcomes.batch_errors[0]
        aligned: list[Any] = [None] * len(items)
        for indexes, answers in outcomes.answered:
            aligned[indexes.start : indexes.stop] = answers
        for i, answer in outcomes.results.items():
            aligned[i] = answer
        failures = [ItemFailure(items[i], outcomes.errors[i]) for i in sorted(outcomes.errors)]
        return aligned, failures


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
    run = _BatchRun(items, max_batch_size=max_batch_size, options=options, description=description)

    def one(indexes: range) -> None:
        try:
            answers = send(run.batch_items(indexes))
        except Exception as error:  # the whole batch failed: each item says why
            run.record(indexes, answers=None, error=error)
        else:
            run.record(indexes, answers=answers, error=None)

    try:
        if run.options.parallelize and len(run.batches) > 1:
            workers = min(run.options.max_num_threads, len(run.batches))
            with ThreadPoolExecutor(max_workers=workers) as pool:
                list(pool.map(run_in_context(one), run.batches))
        else:
            for batch in run.batches:
                one(batch)
    finally:
        run.close()
    return run.result()


async def run_batches_async(
    items: Sequence[T],
    send: Callable[[Sequence[T]], Awaitable[Sequence[Any]]],
    *,
    max_batch_size: int,
    options: BatchOptions | None = None,
    description: str = "records",
    max_under_way: int | None = None,
) -> tuple[list[Any], list[ItemFailure[T]]]:
    """``run_batches`` for asyncio: batches go concurrently, ``max_under_way`` at most.

    A batch is under way from building its request to reading its answer. Each of
    ``max_under_way`` tasks takes the next batch when its last one is done, so batches
    are started as earlier ones finish rather than all at once. The caller's transport
    bounds the requests on the network; with ``max_under_way`` at twice that bound, a
    built request waits for every slot, and no more are built ahead than can go next.
    None: one task per batch, all started at once. Outcomes, progress and errors as
    ``run_batches``.
    """
    import asyncio  # here, not at module level: blocking programs never load asyncio

    run = _BatchRun(items, max_batch_size=max_batch_size, options=options, description=description)
    if max_under_way is not None:
        _check_count(max_under_way, "max_under_way")

    async def one(indexes: range) -> None:
        try:
            answers = await send(run.batch_items(indexes))
        except Exception as error:  # the whole batch failed: each item says why
            run.record(indexes, answers=None, error=error)
        else:
            run.record(indexes, answers=answers, error=None)

    waiting = iter(run.batches)

    async def next_batches() -> None:
        for indexes in waiting:  # shared: each batch is taken by one task
            await one(indexes)

    tasks = len(run.batches) if max_under_way is None else min(max_under_way, len(run.batches))
    try:
        await asyncio.gather(*(next_batches() for _ in range(tasks)))
    finally:
        run.close()
    return run.result()


def _progress_bar(total: int, description: str, *, file: TextIO | None = None) -> Any:
    """A tqdm bar (on stderr) that stays on screen when the work is done."""
    from tqdm import tqdm

    return tqdm(total=total, unit=" " + description, leave=True, file=file or sys.stderr)


def check_progress(progress: object) -> None:
    """TypeError unless ``progress`` is a callback, True, False or None."""
    if progress is None or isinstance(progress, bool) or callable(progress):
        return
    raise TypeError(
        "progress must be a callback progress(done, total), True for a progress bar, or None; "
        f"not {type(progress).__name__}"
    )
