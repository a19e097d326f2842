"""What every operation needs: the generated client, the server's limits, and how a record the server sent becomes a ``Record`` of its table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from generated import Client

from .._core.batching import BatchOptions, ItemFailure, run_batches
from .._model.record import Record
from .steps import Steps, post_batch, run_steps

if TYPE_CHECKING:  # annotations only: the models load at first use (generated.models)
    from generated.models.record import Record as RecordModel

__all__ = ["OperationContext"]

T = TypeVar("T")


@dataclass(frozen=True)
class OperationContext:
    """The connection-wide facts operations use.

    Attributes:
        client: The generated client (authentication, retries and pool included).
        max_batch_size: The server's limit of items per batch request.
        max_page_size: The server's largest page of a listing.
        max_pages: The most pages one listing may read (``SessionConfiguration.max_pages``).
        record_from_model: Turns a record the server sent into a ``Record`` of its table.
        records_from_models: ``record_from_model`` of each of a batch's records (None stays
            None), each table found once.
        download_on_demand: Binary values not exported with their data download it when read
            (blocking requests); False where requests are awaited.
    """

    client: Client
    max_batch_size: int
    max_page_size: int
    max_pages: int
    record_from_model: Callable[[RecordModel], Record]
    records_from_models: Callable[[Sequence[RecordModel | None]], list[Record | None]]
    download_on_demand: bool = True

    def run(self, steps: Steps[T]) -> T:
        """Run an operation written as steps with blocking requests (see ``steps``)."""
        return run_steps(steps, client=self.client, max_batch_size=self.max_batch_size)

    def run_batches(
        self,
        items: Sequence[T],
        send: Callable[[Sequence[T]], Sequence[Any]],
        *,
        options: BatchOptions | None = None,
    ) -> tuple[list[Any], list[ItemFailure[T]]]:
        """``run_batches`` capped at this server's batch limit (see ``BatchOptions``)."""
        return run_batches(items, send, max_batch_size=self.max_batch_size, options=options)

    def post_batch(
        self,
        endpoint: Any,
        body: Any,
        *,
        answer: type[Any],
        done: tuple[str, ...] = ("ok",),
    ) -> list[Any]:
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
        return self.run(post_batch(endpoint, body, answer=answer, done=done))
