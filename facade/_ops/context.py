"""What every operation needs: the generated client, the server's limits, and how a record the server sent becomes a ``Record`` of its table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from generated import Client
from generated.models.record import Record as RecordModel

from .._core.batching import BatchOptions, ItemFailure, run_batches
from .._core.responses import checked, idempotency_key, item_outcomes
from .._model.record import Record

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
    """

    client: Client
    max_batch_size: int
    max_page_size: int
    max_pages: int
    record_from_model: Callable[[RecordModel], Record]

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
        operation = endpoint.__name__.rsplit(".", 1)[-1]
        response = endpoint.sync_detailed(
            client=self.client, body=body, idempotency_key=idempotency_key()
        )
        results = checked(response, operation, expected=answer).results
        return item_outcomes(results, operation, done=done)
