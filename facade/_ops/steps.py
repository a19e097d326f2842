"""Operations as steps: what to send and how to read the answer, without doing any I/O.

An operation written as a generator yields what it needs from the server: a :class:`Call`
(one request of a generated endpoint module), :class:`Batches` (items cut into batch
requests, each batch itself a generator of steps) or :class:`Overlap` (steps under way while
the client works on an earlier answer, e.g. the next page of a listing). It receives each
answer back and returns its result. A driver does the I/O: :func:`run_steps` with the generated ``sync_detailed``
functions (batches on a thread pool), :func:`run_steps_async` with ``asyncio_detailed``
(batches on tasks, the AsyncSession keeping at most twice ``max_concurrency`` under way;
its client lets at most ``max_concurrency`` of their requests onto the network at once).
Session and AsyncSession run the very same operation code; only the driver differs.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from generated import Client

from .._core.batching import BatchOptions, ItemFailure, run_batches, run_batches_async
from .._core.calls import run_in_context
from .._core.responses import checked, idempotency_key, item_outcomes

__all__ = [
    "Batches",
    "Call",
    "Overlap",
    "Steps",
    "post_batch",
    "run_steps",
    "run_steps_async",
]

T = TypeVar("T")
R = TypeVar("R")
W = TypeVar("W")


@dataclass(frozen=True)
class Call:
    """One request: ``endpoint.sync_detailed(*args, client=…, **kwargs)`` or its asyncio twin."""

    endpoint: Any
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Batches(Generic[T]):
    """``items`` sent in batches; ``send(batch)`` gives the steps of one batch request.

    The answer sent back is ``(results aligned with items, failures)`` as ``run_batches``
    returns it.
    """

    items: Sequence[T]
    send: Callable[[Sequence[T]], Steps[Sequence[Any]]]
    options: BatchOptions | None = None


@dataclass(frozen=True)
class Overlap(Generic[T, W]):
    """``steps`` under way while ``work`` runs: the server answers while the client works.

    A listing reads its next page this way while it builds the records of the page just read.
    The drivers run ``steps`` where they run any other step (so the request goes out at once)
    and ``work`` on a worker thread (as parallel ``Batches`` do): the GIL is free for it while
    the request waits for the server. The answer sent back is ``(result of steps, result of
    work)``. Both have ended when the operation goes on: if either raised, that error is
    thrown into the operation (``work``'s first, as it is about an earlier answer).
    """

    steps: Steps[T]
    work: Callable[[], W]


Steps = Generator[Call | Batches[Any] | Overlap[Any, Any], Any, R]
"""An operation: yields calls, batches and overlaps, receives their answers, returns its result."""


def post_batch(
    endpoint: Any, body: Any, *, answer: type[Any], done: tuple[str, ...] = ("ok",)
) -> Steps[list[Any]]:
    """POST one batch through a generated ``endpoint`` module with a fresh Idempotency-Key.

    Args:
        endpoint: The generated module (e.g. ``generated.api.batch.export_records``).
        body: The request model.
        answer: The response model class whose ``results`` hold one outcome per item.
        done: Item statuses that mean success.

    Returns:
        One result per item, or the typed error of each item that failed.

    Raises:
        APIError: The whole batch was refused.
    """
    operation = endpoint.__name__.rsplit(".", 1)[-1]
    response = yield Call(endpoint, kwargs={"body": body, "idempotency_key": idempotency_key()})
    results = checked(response, operation, expected=answer).results
    return item_outcomes(results, operation, done=done)


def run_steps(steps: Steps[R], *, client: Client, max_batch_size: int) -> R:
    """Run ``steps`` with blocking requests; batches go on a thread pool when asked to.

    The work of an ``Overlap`` goes to one worker thread, started at the first and kept until
    the steps end, so that no thread start delays the request sent meanwhile.
    """
    beside: ThreadPoolExecutor | None = None
    try:
        step = next(steps)
        while True:
            try:
                if isinstance(step, Call):
                    answer: Any = step.endpoint.sync_detailed(
                        *step.args, client=client, **step.kwargs
                    )
                elif isinstance(step, Overlap):
                    beside = beside or ThreadPoolExecutor(max_workers=1)
                    answer = _run_overlap(
                        step, beside, client=client, max_batch_size=max_batch_size
                    )
                else:
                    answer = _run_batches(step, client=client, max_batch_size=max_batch_size)
            except BaseException as error:
                step = steps.throw(error)
            else:
                step = steps.send(answer)
    except StopIteration as stop:
        result: R = stop.value
        return result
    finally:
        if beside is not None:
            beside.shutdown()


def _run_overlap(
    step: Overlap[Any, Any], beside: ThreadPoolExecutor, *, client: Client, max_batch_size: int
) -> tuple[Any, Any]:
    """The work on the ``beside`` thread, the steps (the requests) on this one."""
    working = beside.submit(run_in_context(step.work))
    try:
        answer = run_steps(step.steps, client=client, max_batch_size=max_batch_size)
    except BaseException:
        wait([working])
        if (failed := working.exception()) is not None:
            raise failed from None
        raise
    return answer, working.result()


def _run_batches(
    step: Batches[Any], *, client: Client, max_batch_size: int
) -> tuple[list[Any], list[ItemFailure[Any]]]:
    def send(batch: Sequence[Any]) -> Sequence[Any]:
        return run_steps(step.send(batch), client=client, max_batch_size=max_batch_size)

    return run_batches(step.items, send, max_batch_size=max_batch_size, options=step.options)


async def run_steps_async(
    steps: Steps[R], *, client: Client, max_batch_size: int, max_under_way: int | None = None
) -> R:
    """Run ``steps`` with awaited requests; batches go concurrently.

    The client's transport bounds the requests in flight (``build_async_httpx_client``);
    ``max_under_way`` bounds the batches started and not finished (``run_batches_async``).
    """
    try:
        step = next(steps)
        while True:
            try:
                if isinstance(step, Call):
                    answer: Any = await step.endpoint.asyncio_detailed(
                        *step.args, client=client, **step.kwargs
                    )
                elif isinstance(step, Overlap):
                    answer = await _run_overlap_async(
                        step,
                        client=client,
                        max_batch_size=max_batch_size,
                        max_under_way=max_under_way,
                    )
                else:
                    answer = await _run_batches_async(
                        step,
                        client=client,
                        max_batch_size=max_batch_size,
                        max_under_way=max_under_way,
                    )
            except BaseException as error:
                step = steps.throw(error)
            else:
                step = steps.send(answer)
    except StopIteration as stop:
        result: R = stop.value
        return result


async def _run_overlap_async(
    step: Overlap[Any, Any], *, client: Client, max_batch_size: int, max_under_way: int | None
) -> tuple[Any, Any]:
    """The work on a thread, so that the loop sends the steps' requests meanwhile."""
    import asyncio  # here, not at module level: blocking programs never load asyncio

    working = asyncio.ensure_future(asyncio.to_thread(step.work))
    try:
        answer = await run_steps_async(
            step.steps,
            client=client,
            max_batch_size=max_batch_size,
            max_under_way=max_under_way,
        )
    except BaseException:
        await asyncio.wait([working])  # a thread cannot be cancelled: it ends first
        if not working.cancelled() and (failed := working.exception()) is not None:
            raise failed from None
        raise
    return answer, await working


async def _run_batches_async(
    step: Batches[Any], *, client: Client, max_batch_size: int, max_under_way: int | None
) -> tuple[list[Any], list[ItemFailure[Any]]]:
    async def send(batch: Sequence[Any]) -> Sequence[Any]:
        return await run_steps_async(
            step.send(batch),
            client=client,
            max_batch_size=max_batch_size,
            max_under_way=max_under_way,
        )

    return await run_batches_async(
        step.items,
        send,
        max_batch_size=max_batch_size,
        options=step.options,
        max_under_way=max_under_way,
    )
