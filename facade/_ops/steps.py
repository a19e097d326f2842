"""Operations as steps: what to send and how to read the answer, without doing any I/O.

An operation written as a generator yields what it needs from the server: a :class:`Call`
(one request of a generated endpoint module) or :class:`Batches` (items cut into batch
requests, each batch itself a generator of steps). It receives each answer back and returns
its result. A driver does the I/O: :func:`run_steps` with the generated ``sync_detailed``
functions (batches on a thread pool), :func:`run_steps_async` with ``asyncio_detailed``
(batches on tasks, the AsyncSession keeping at most twice ``max_concurrency`` under way;
its client lets at most ``max_concurrency`` of their requests onto the network at once).
Session and AsyncSession run the very same operation code; only the driver differs.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from generated import Client

from .._core.batching import BatchOptions, ItemFailure, run_batches, run_batches_async
from .._core.responses import checked, idempotency_key, item_outcomes

__all__ = [
    "Batches",
    "Call",
    "Steps",
    "post_batch",
    "run_steps",
    "run_steps_async",
]

T = TypeVar("T")
R = TypeVar("R")


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


Steps = Generator[Call | Batches[Any], Any, R]
"""An operation: yields calls and batches, receives their answers, returns its result."""


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
    """Run ``steps`` with blocking requests; batches go on a thread pool when asked to."""
    try:
        step = next(steps)
        while True:
            try:
                if isinstance(step, Call):
                    answer: Any = step.endpoint.sync_detailed(
                        *step.args, client=client, **step.kwargs
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
