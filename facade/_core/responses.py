"""Answers of the generated client: the parsed body, or the typed error for its status.

Batch answers carry one outcome per item; ``item_outcomes`` turns each failed item into the
same typed error a single request would raise. Batch POSTs carry a fresh Idempotency-Key each.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from typing import Any, TypeVar

import httpx

from .errors import APIError, error_from_response

__all__ = [
    "as_httpx_response",
    "checked",
    "error_from_generated",
    "idempotency_key",
    "item_error",
    "item_outcomes",
]

R = TypeVar("R")


def idempotency_key() -> str:
    """A fresh key for one logical batch request."""
    return str(uuid.uuid4())


def checked(response: Any, operation: str, *, expected: type[R]) -> R:
    """The parsed body of a 2xx ``response`` of the generated client, else the typed error.

    Args:
        response: What a generated ``sync_detailed`` function returned.
        operation: The operationId, for the error.
        expected: The model class a successful answer parses to.

    Returns:
        The parsed body.

    Raises:
        APIError: The typed error for the status (or for an unreadable 2xx body).
    """
    if 200 <= int(response.status_code) < 300 and isinstance(response.parsed, expected):
        return response.parsed
    raise error_from_generated(response, operation)


def error_from_generated(response: Any, operation: str) -> APIError:
    """The typed error for an answer of the generated client (its status, headers and body).

    The generated ``Response`` keeps the raw content and headers; they are read back through
    the same mapping as any other answer, so the problem details and request id are kept.
    """
    return error_from_response(as_httpx_response(response), operation)


def as_httpx_response(response: Any) -> httpx.Response:
    """An ``httpx.Response`` with the status, headers and body of a generated ``Response``."""
    return httpx.Response(
        int(response.status_code),
        headers=response.headers,
        content=response.content,
    )


def item_error(problem: Any, status: str, *, operation: str) -> Exception:
    """The typed error for one failed item of a batch answer (``problem``: a Problem model)."""
    body: dict[str, Any] = (
        problem.to_dict() if problem is not None else {"title": status, "status": 422}
    )
    code = int(body.get("status") or 422)
    if status == "notFound" and problem is None:
        body, code = {"title": "Not Found", "status": 404, "detail": "no such record"}, 404
    raw = httpx.Response(
        code, headers={"Content-Type": "application/problem+json"}, content=json.dumps(body)
    )
    return error_from_response(raw, operation)


def item_outcomes(
    results: Sequence[Any], operation: str, *, done: tuple[str, ...] = ("ok",)
) -> list[Any]:
    """Each item result of a batch answer, or its typed error where its status is not in ``done``."""
    return [
        r
        if str(r.status) in done
        else item_error(getattr(r, "error", None), str(r.status), operation=operation)
        for r in results
    ]
